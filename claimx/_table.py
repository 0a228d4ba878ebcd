"""Plain-text rendering of a :class:`~claimx.models.ParseResult` for a terminal."""

from __future__ import annotations

from collections.abc import Sequence

from .models import Article, Claim, ClaimCluster, ParseResult, TimeExpression

__all__ = ["render_table"]

#: Longest claim content shown before it is cut with an ellipsis.
CONTENT_WIDTH = 90


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _grid(headers: Sequence[str], rows: Sequence[Sequence[str]], indent: str = "  ") -> str:
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    lines = [
        indent + "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip(),
        indent + "  ".join("-" * w for w in widths),
    ]
    for row in rows:
        lines.append(
            indent + "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
        )
    return "\n".join(lines)


def _time(expr: TimeExpression | None) -> str:
    if expr is None:
        return ""
    return f"{_cut(expr.text, 20)}={expr.value}" if expr.value else _cut(expr.text, 20)


def _claim_row(claim: Claim) -> list[str]:
    speaker = ""
    if claim.speaker is not None:
        speaker = claim.speaker.text
        if claim.speaker.resolved and claim.speaker.resolved != claim.speaker.text:
            speaker += f" -> {claim.speaker.resolved}"
    return [
        _cut(speaker, 40) or "(outlet)",
        _cut(claim.cue.text, 20) if claim.cue else "",
        claim.quote,
        claim.stance,
        _cut(claim.content_text, CONTENT_WIDTH),
        _time(claim.time or claim.stated),
    ]


def _article(article: Article) -> str:
    published = article.published.date().isoformat() if article.published else "-"
    head = [
        f"== {article.id}  {article.source or ''}".rstrip(),
        f"   title: {_cut(article.title or '-', 100)}",
        f"   language: {article.language}  published: {published}  "
        f"paragraphs: {len(article.paragraphs)}  boilerplate lines: {len(article.boilerplate)}",
    ]
    parts = ["\n".join(head)]
    for diag in article.diagnostics:
        parts.append(f"   note [{diag.code}]: {_cut(diag.message, 110)}")
    if article.entities:
        rows = [[_cut(e.name, 50), e.label, str(len(e.mentions))] for e in article.entities]
        parts.append(f"Entities ({len(rows)})\n" + _grid(("name", "label", "mentions"), rows))
    if article.dates:
        rows = [
            [_cut(d.text, 40), d.value or "?", d.granularity or "", d.kind] for d in article.dates
        ]
        parts.append(
            f"Dates ({len(rows)})\n" + _grid(("text", "value", "granularity", "kind"), rows)
        )
    rows = [_claim_row(c) for c in article.claims]
    if rows:
        headers = ("speaker", "cue", "kind", "stance", "content", "time")
        parts.append(f"Claims ({len(rows)})\n" + _grid(headers, rows))
    else:
        parts.append("Claims (0)")
    return "\n\n".join(parts)


def _cluster(cluster: ClaimCluster, claims: dict[tuple[str, str], Claim]) -> str:
    lines = [f"  {cluster.id}  confidence {cluster.confidence:.2f}  {len(cluster.members)} claims"]
    for ref in cluster.members:
        claim = claims.get((ref.article, ref.claim))
        text = _cut(claim.content_text, CONTENT_WIDTH) if claim else "?"
        lines.append(f"    {ref.article}/{ref.claim}: {text}")
    for conflict in cluster.conflicts:
        lines.append(
            f"    conflict ({conflict.kind}): {conflict.a_value!r} vs {conflict.b_value!r}"
        )
    return "\n".join(lines)


def render_table(result: ParseResult) -> str:
    """The result as aligned plain-text tables, one block per article."""
    blocks = [_article(a) for a in result.articles]
    if result.clusters is not None:
        claims = {(a.id, c.id): c for a in result.articles for c in a.claims}
        body = "\n\n".join(_cluster(c, claims) for c in result.clusters) or "  (none)"
        blocks.append(f"== Clusters ({len(result.clusters)})\n{body}")
    if result.errors:
        rows = [[e.source, e.error, _cut(e.message, 80)] for e in result.errors]
        blocks.append(
            f"== Failed inputs ({len(rows)})\n" + _grid(("source", "error", "message"), rows)
        )
    if not blocks:
        blocks.append("(no input)")
    return "\n\n".join(blocks) + "\n"
