"""Notebook and console views of the models: HTML for Jupyter, short ``repr`` strings.

``Article._repr_html_`` shows the text with speakers, cues, contents and dates
highlighted (overlapping spans combine: a date inside a content keeps both marks), then a
table of the claims; ``ClaimGraph._repr_html_`` lists each cluster's members (speaker, cue,
content) and its conflicts. Every piece of text goes through :func:`html.escape`. The
HTML is self-contained (a scoped ``<style>``, no script, no external resource).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Article, Claim, ClaimCluster, ClaimGraph, TimeExpression

__all__ = [
    "article_html",
    "article_repr",
    "claim_repr",
    "graph_html",
    "graph_repr",
    "snippet",
]

#: Clusters shown by ``ClaimGraph._repr_html_`` before "... and N more".
MAX_CLUSTERS = 50

#: The labels of highlighted spans, in legend order, with their tooltip names.
LABELS = (("speaker", "speaker"), ("cue", "cue"), ("content", "content"), ("date", "date"))

STYLE = """<style>
.claimx-view { font-family: system-ui, sans-serif; font-size: 14px; line-height: 1.55;
  color: #1f2328; max-width: 60em; }
.claimx-view h3 { font-size: 17px; margin: 0 0 4px 0; }
.claimx-view h4 { font-size: 14px; margin: 14px 0 4px 0; }
.claimx-view .cx-meta { color: #59636e; font-size: 12px; margin-bottom: 8px; }
.claimx-view .cx-text { white-space: pre-wrap; border-left: 3px solid #d1d9e0;
  padding: 4px 0 4px 12px; margin: 8px 0; }
.claimx-view .cx-content { background: #fff1a8; }
.claimx-view .cx-speaker { background: #c8e1ff; font-weight: 600; }
.claimx-view .cx-cue { color: #b3002d; font-weight: 600; text-decoration: underline; }
.claimx-view .cx-date { border-bottom: 2px dotted #1a7f37; color: #116329; }
.claimx-view .cx-legend span { padding: 1px 5px; margin-right: 6px; font-size: 12px; }
.claimx-view table { border-collapse: collapse; font-size: 13px; margin: 6px 0; }
.claimx-view th, .claimx-view td { border: 1px solid #d1d9e0; padding: 3px 7px;
  text-align: left; vertical-align: top; }
.claimx-view th { background: #f6f8fa; }
.claimx-view .cx-note { color: #9a6700; font-size: 12px; }
.claimx-view .cx-conflict { color: #b3002d; }
</style>"""


def snippet(text: str, width: int = 60) -> str:
    """``text`` on one line, cut at ``width`` characters with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


# --------------------------------------------------------------------------- repr


def article_repr(article: Article) -> str:
    """``Article(id=..., language=..., published=..., counts..., text='...')``."""
    published = article.published.date().isoformat() if article.published else None
    return (
        f"Article(id={article.id!r}, language={article.language!r}, published={published}, "
        f"paragraphs={len(article.paragraphs)}, entities={len(article.entities)}, "
        f"dates={len(article.dates)}, claims={len(article.claims)}, "
        f"text={snippet(article.text)!r})"
    )


def claim_repr(claim: Claim) -> str:
    """``Claim(id=..., speaker=..., cue=..., quote=..., stance=..., content='...')``."""
    speaker = claim.speaker.text if claim.speaker else None
    cue = claim.cue.text if claim.cue else None
    return (
        f"Claim(id={claim.id!r}, speaker={speaker!r}, cue={cue!r}, quote={claim.quote!r}, "
        f"stance={claim.stance!r}, content={snippet(claim.content_text)!r})"
    )


def graph_repr(graph: ClaimGraph) -> str:
    """``ClaimGraph(clusters=..., claims=..., links=..., conflicts=...)``."""
    members = sum(len(c.members) for c in graph.clusters)
    conflicts = sum(len(c.conflicts) for c in graph.clusters)
    return (
        f"ClaimGraph(clusters={len(graph.clusters)}, clustered_claims={members}, "
        f"links={len(graph.links)}, conflicts={conflicts})"
    )


# --------------------------------------------------------------------------- article


def _spans(article: Article) -> list[tuple[int, int, str]]:
    """Every highlighted span: ``(start, end, label)``, empty ones left out."""
    spans: list[tuple[int, int, str]] = []
    for claim in article.claims:
        if claim.speaker is not None:
            spans.append((claim.speaker.start, claim.speaker.end, "speaker"))
        if claim.cue is not None:
            spans.append((claim.cue.start, claim.cue.end, "cue"))
            spans.extend((p.start, p.end, "cue") for p in claim.cue.parts)
        spans.extend((s.start, s.end, "content") for s in claim.content)
    spans.extend((d.start, d.end, "date") for d in article.dates)
    return [s for s in spans if 0 <= s[0] < s[1] <= len(article.text)]


def highlighted_text(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    """``text`` escaped, each stretch covered by spans wrapped in one ``<span>`` whose
    classes name every label covering it (``cx-content cx-date``)."""
    events: dict[int, list[tuple[int, str]]] = {}
    for start, end, label in spans:
        events.setdefault(start, []).append((1, label))
        events.setdefault(end, []).append((-1, label))
    active: dict[str, int] = {}
    out: list[str] = []
    position = 0
    for offset in sorted(events):
        if offset > position:
            out.append(_segment(text[position:offset], active))
            position = offset
        for delta, label in events[offset]:
            active[label] = active.get(label, 0) + delta
    out.append(_segment(text[position:], active))
    return "".join(out)


def _segment(text: str, active: dict[str, int]) -> str:
    labels = [label for label, _ in LABELS if active.get(label, 0) > 0]
    if not text or not labels:
        return escape(text)
    classes = " ".join(f"cx-{label}" for label in labels)
    return f'<span class="{classes}" title="{", ".join(labels)}">{escape(text)}</span>'


def _legend() -> str:
    items = "".join(f'<span class="cx-{label}">{name}</span>' for label, name in LABELS)
    return f'<div class="cx-legend">{items}</div>'


def _time(expr: TimeExpression | None) -> str:
    if expr is None:
        return ""
    return f"{expr.text} = {expr.value}" if expr.value else expr.text


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _speaker(claim: Claim) -> str:
    if claim.speaker is None:
        return "(outlet)"
    resolved = claim.speaker.resolved
    if resolved and resolved != claim.speaker.text:
        return f"{claim.speaker.text} → {resolved}"
    return claim.speaker.text


def article_html(article: Article) -> str:
    """The article as HTML: header, highlighted text, diagnostics and a claims table."""
    published = article.published.isoformat() if article.published else "no date"
    meta = " · ".join(
        escape(part)
        for part in (
            article.id,
            article.source or article.site_name or "",
            article.language,
            published,
            f"{len(article.claims)} claims, {len(article.entities)} entities, "
            f"{len(article.dates)} dates",
        )
        if part
    )
    parts = [
        STYLE,
        '<div class="claimx-view">',
        f"<h3>{escape(article.title or snippet(article.text, 80) or '(empty article)')}</h3>",
        f'<div class="cx-meta">{meta}</div>',
        _legend(),
        f'<div class="cx-text">{highlighted_text(article.text, _spans(article))}</div>',
    ]
    for diag in article.diagnostics:
        parts.append(f'<div class="cx-note">[{escape(diag.code)}] {escape(diag.message)}</div>')
    rows = [
        (
            str(i),
            _speaker(claim),
            claim.cue.text if claim.cue else "",
            claim.quote,
            claim.stance,
            claim.content_text,
            _time(claim.time or claim.stated),
        )
        for i, claim in enumerate(article.claims)
    ]
    parts.append(f"<h4>Claims ({len(rows)})</h4>")
    if rows:
        parts.append(_table(("#", "speaker", "cue", "quote", "stance", "content", "time"), rows))
    parts.append("</div>")
    return "\n".join(parts)


# --------------------------------------------------------------------------- graph


def _cluster_html(graph: ClaimGraph, cluster: ClaimCluster, number: int) -> str:
    head = (
        f"<h4>Cluster {number}: {escape(cluster.id)} · {len(cluster.members)} claims · "
        f"confidence {cluster.confidence:.2f}</h4>"
    )
    try:
        pairs = graph.members(cluster) if graph.has_articles() else None
    except KeyError:  # a member whose article the graph does not keep: show ids
        pairs = None
    if pairs is not None:
        rows = [
            (
                article.source or article.site_name or article.id,
                _speaker(claim),
                claim.cue.text if claim.cue else "",
                claim.stance,
                claim.content_text,
            )
            for article, claim in pairs
        ]
        table = _table(("article", "speaker", "cue", "stance", "content"), rows)
    else:
        table = _table(("article", "claim"), [(r.article, r.claim) for r in cluster.members])
    names = {a.id: a.source or a.site_name or a.id for a, _ in pairs or ()}
    conflicts = "".join(
        f'<li class="cx-conflict">{escape(c.kind)}: {escape(c.a_value)} vs '
        f"{escape(c.b_value)} ({escape(names.get(c.a.article, c.a.article))} / "
        f"{escape(names.get(c.b.article, c.b.article))})</li>"
        for c in cluster.conflicts
    )
    return head + table + (f"<ul>{conflicts}</ul>" if conflicts else "")


def graph_html(graph: ClaimGraph) -> str:
    """The clusters as HTML: per member its article, speaker, cue and content; conflicts.

    Without the articles (:meth:`ClaimGraph.with_articles`) members are shown as ids.
    """
    members = sum(len(c.members) for c in graph.clusters)
    conflicts = sum(len(c.conflicts) for c in graph.clusters)
    parts = [
        STYLE,
        '<div class="claimx-view">',
        f"<h3>ClaimGraph: {len(graph.clusters)} clusters</h3>",
        f'<div class="cx-meta">{members} clustered claims · {len(graph.links)} links · '
        f"{conflicts} conflicts</div>",
    ]
    if not graph.has_articles():
        parts.append(
            '<div class="cx-note">claims not attached: '
            "graph.with_articles(articles) shows their speakers and contents</div>"
        )
    shown = graph.clusters[:MAX_CLUSTERS]
    parts.extend(_cluster_html(graph, c, i) for i, c in enumerate(shown, start=1))
    if len(graph.clusters) > len(shown):
        parts.append(f"<p>… and {len(graph.clusters) - len(shown)} more clusters</p>")
    parts.append("</div>")
    return "\n".join(parts)
