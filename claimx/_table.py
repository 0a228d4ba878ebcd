"""Plain-text rendering of a :class:`~claimx.models.ParseResult` for a terminal.

Every line fits ``width`` columns (the terminal's width, 120 when it is unknown): each
grid has one flexible column (a claim's content, an entity's name, a date's text, a
failure's message) that is cut with an ellipsis to make the row fit; the other columns keep
their own caps.
"""

from __future__ import annotations

from collections.abc import Sequence

from .models import Article, Claim, ClaimCluster, ParseResult, TimeExpression

__all__ = ["render_table"]

#: Longest claim content shown before it is cut with an ellipsis (on a wide terminal).
CONTENT_WIDTH = 90
#: Width used when the terminal's is unknown, and the narrowest one honoured.
DEFAULT_WIDTH = 120
MIN_WIDTH = 60
#: A flexible column is never cut below this, and keeps this share of the row while
#: other columns can give way.
MIN_FLEX = 12
FLEX_SHARE = 0.4


def _cut(text: str, width: int) -> str:
    """``text`` on one line (whitespace runs become one space), cut with an ellipsis."""
    return _cut_line(" ".join(text.split()), width)


def _cut_line(line: str, width: int) -> str:
    """``line`` as it is (indentation kept), cut with an ellipsis to ``width``."""
    return line if len(line) <= width else line[: width - 1] + "…"


def _fit(widths: list[int], headers: Sequence[str], room: int, flex: int) -> list[int]:
    """Column widths whose row fits ``room``. Column ``flex`` gives way first, down to
    :data:`FLEX_SHARE` of the room; then the widest of the others, one character at a time
    (not below their header); then ``flex`` again, down to :data:`MIN_FLEX`."""
    widths = list(widths)
    floors = [max(len(h), 6) for h in headers]

    def excess() -> int:
        return sum(widths) - room

    def shrink_flex(floor: int) -> None:
        widths[flex] -= min(max(excess(), 0), max(widths[flex] - floor, 0))

    shrink_flex(max(MIN_FLEX, len(headers[flex]), int(room * FLEX_SHARE)))
    while excess() > 0:
        candidates = [i for i, w in enumerate(widths) if i != flex and w > floors[i]]
        if not candidates:
            break
        widths[max(candidates, key=lambda i: widths[i])] -= 1
    shrink_flex(max(MIN_FLEX, len(headers[flex])))
    return widths


def _grid(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    width: int,
    flex: int,
    indent: str = "  ",
) -> str:
    """Aligned columns that fit ``width``: column ``flex`` is cut first (see :func:`_fit`)."""
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    room = width - len(indent) - 2 * (len(widths) - 1)
    widths = _fit(widths, headers, room, flex)
    lines = [
        indent + "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip(),
        indent + "  ".join("-" * w for w in widths),
    ]
    for row in rows:
        cells = (_cut(c, w).ljust(w) for c, w in zip(row, widths, strict=True))
        lines.append((indent + "  ".join(cells)).rstrip())
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


def _article(article: Article, width: int) -> str:
    published = article.published.date().isoformat() if article.published else "-"
    head = [
        _cut_line(f"== {article.id}  {_cut(article.source or '', width)}".rstrip(), width),
        f"   title: {_cut(article.title or '-', width - 10)}",
        _cut_line(
            f"   language: {article.language}  published: {published}  "
            f"paragraphs: {len(article.paragraphs)}  boilerplate lines: {len(article.boilerplate)}",
            width,
        ),
    ]
    parts = ["\n".join(head)]
    for diag in article.diagnostics:
        parts.append(_cut_line(f"   note [{diag.code}]: {_cut(diag.message, width)}", width))
    if article.entities:
        rows = [[_cut(e.name, 50), e.label, str(len(e.mentions))] for e in article.entities]
        grid = _grid(("name", "label", "mentions"), rows, width, flex=0)
        parts.append(f"Entities ({len(rows)})\n{grid}")
    if article.dates:
        rows = [
            [_cut(d.text, 40), d.value or "?", d.granularity or "", d.kind] for d in article.dates
        ]
        grid = _grid(("text", "value", "granularity", "kind"), rows, width, flex=0)
        parts.append(f"Dates ({len(rows)})\n{grid}")
    rows = [_claim_row(c) for c in article.claims]
    if rows:
        headers = ("speaker", "cue", "kind", "stance", "content", "time")
        parts.append(f"Claims ({len(rows)})\n" + _grid(headers, rows, width, flex=4))
    else:
        parts.append("Claims (0)")
    return "\n\n".join(parts)


def _cluster(cluster: ClaimCluster, claims: dict[tuple[str, str], Claim], width: int) -> str:
    lines = [f"  {cluster.id}  confidence {cluster.confidence:.2f}  {len(cluster.members)} claims"]
    for ref in cluster.members:
        claim = claims.get((ref.article, ref.claim))
        text = _cut(claim.content_text, CONTENT_WIDTH) if claim else "?"
        lines.append(f"    {ref.article}/{ref.claim}: {text}")
    for conflict in cluster.conflicts:
        lines.append(
            f"    conflict ({conflict.kind}): {conflict.a_value!r} vs {conflict.b_value!r}"
        )
    return "\n".join(_cut_line(line, width) for line in lines)


def render_table(result: ParseResult, width: int | None = None) -> str:
    """The result as aligned plain-text tables, one block per article, every line at most
    ``width`` columns (default and fallback :data:`DEFAULT_WIDTH`; at least
    :data:`MIN_WIDTH`)."""
    width = max(width or DEFAULT_WIDTH, MIN_WIDTH)
    blocks = [_article(a, width) for a in result.articles]
    if result.clusters is not None:
        claims = {(a.id, c.id): c for a in result.articles for c in a.claims}
        body = "\n\n".join(_cluster(c, claims, width) for c in result.clusters) or "  (none)"
        blocks.append(f"== Clusters ({len(result.clusters)})\n{body}")
    if result.errors:
        rows = [[e.source, e.error, e.message] for e in result.errors]
        grid = _grid(("source", "error", "message"), rows, width, flex=2)
        blocks.append(f"== Failed inputs ({len(rows)})\n{grid}")
    if not blocks:
        blocks.append("(no input)")
    return "\n\n".join(blocks) + "\n"
