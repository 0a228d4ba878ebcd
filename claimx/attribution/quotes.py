"""Quotation spans: pairing of quotation marks in every common style, never crashing.

Works on :func:`claimx.text.normalize_quotes` of the text (same length, so offsets hold) and
one content paragraph at a time, so an unbalanced mark can never swallow the rest of the
article. A mark opens when it follows a space, an opening bracket, a dash or the start of the
paragraph and precedes a non-space; it closes when it follows a non-space and precedes a space,
punctuation or the end (two backticks always open: "`` A ''", the style of tokenised
corpora, whose doubled apostrophe closes). A quote left open at the end of a paragraph
continues into the next paragraph only when that one starts with an opening mark (the
convention for quotations running over several paragraphs); otherwise the opening mark is
reported as unmatched.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..text import normalize_quotes

__all__ = ["Quote", "QuoteScan", "find_quotes"]

_OPEN_BEFORE = frozenset(" \t\n([{—–-/:")
_CLOSE_AFTER = frozenset(" \t\n.,;:!?)]}—–-…")
#: Single marks that may open a quotation (an ASCII ' after a space, ‘ or ‚), and the
#: backtick of a ``TeX-style'' (Penn Treebank) opening mark.
_SINGLE_OPENERS = frozenset("'‘‚‹`")
_SINGLE_OPENER = re.compile("[" + re.escape("".join(sorted(_SINGLE_OPENERS))) + "]")
_MIN_SINGLE_CHARS = 2
_MARKS = frozenset("\"'")
_GUILLEMETS = frozenset("«»‹›")
_THIN_SPACES = frozenset(" \u00a0\u202f\u2009")
_MAX_SINGLE_CHARS = 300


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: ``start``/``end`` include the marks, ``inner_*`` exclude them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    continued: bool = False
    """The quotation goes on in the next paragraph."""


@dataclass(frozen=True, slots=True)
class QuoteScan:
    """Quotations found and the offsets of marks that could not be paired."""

    quotes: tuple[Quote, ...]
    unmatched: tuple[int, ...]


def _neighbours(norm: str, i: int, start: int, end: int, spaced: bool) -> tuple[str, str, str, str]:
    """Chars before/after mark ``i``; for spaced marks also those past one inner space."""
    before = norm[i - 1] if i > start else " "
    after = norm[i + 1] if i + 1 < end else " "
    inner_before, inner_after = before, after
    if spaced:  # French « guillemets » sit apart from the quoted words
        if after in _THIN_SPACES and i + 2 < end:
            inner_after = norm[i + 2]
        if before in _THIN_SPACES and i - 2 >= start:
            inner_before = norm[i - 2]
    return before, after, inner_before, inner_after


def _can_open(norm: str, i: int, start: int, end: int, spaced: bool = False) -> bool:
    before, _after, _, inner_after = _neighbours(norm, i, start, end, spaced)
    return (before in _OPEN_BEFORE or before in _MARKS) and not inner_after.isspace()


def _can_close(norm: str, i: int, start: int, end: int, spaced: bool = False) -> bool:
    _before, after, inner_before, _ = _neighbours(norm, i, start, end, spaced)
    return not inner_before.isspace() and (after in _CLOSE_AFTER or after in _MARKS)


def _role(text: str, norm: str, i: int, start: int, end: int, open_char: str | None) -> str:
    """``open``, ``close`` or ``skip`` for the double mark at ``i``.

    Typographic marks say their direction in most styles (”/» close, „/« open, “ closes a
    „ and opens otherwise); the ASCII mark relies on the spacing around it.
    """
    ch = text[i]
    spaced = ch in _GUILLEMETS
    can_open = _can_open(norm, i, start, end, spaced)
    can_close = _can_close(norm, i, start, end, spaced)
    if open_char is None:
        if ch in "„«“‟":
            return "open"
        if ch in "”»":  # Swedish ”...” and German »...« open with these
            return "open" if can_open and not can_close else "skip"
        return "open" if can_open or not can_close else "skip"
    if ch in "”»":
        return "close" if open_char != ch or can_close or not can_open else "skip"
    if ch == "“":
        return "close" if open_char in "„‟" or (can_close and not can_open) else "skip"
    if ch == "«":
        return "close" if open_char == "»" else "skip"
    if ch in "„‟":
        return "skip"
    return "close" if can_close or not can_open else "skip"


def _double_quotes(
    text: str, norm: str, blocks: Sequence[tuple[int, int]]
) -> tuple[list[Quote], list[int]]:
    quotes: list[Quote] = []
    unmatched: list[int] = []
    for n, (start, end) in enumerate(blocks):
        opening: int | None = None
        i = norm.find('"', start, end)  # jump from mark to mark, not character by character
        while i >= 0:
            role = _role(text, norm, i, start, end, None if opening is None else text[opening])
            if role == "open" and opening is None:
                opening = i
            elif role == "close" and opening is not None:
                quotes.append(Quote(opening, i + 1, opening + 1, i))
                opening = None
            else:  # a stray closing mark, or an opening one nested in an open quotation
                unmatched.append(i)
            i = norm.find('"', i + 1, end)
        if opening is not None:
            nxt = blocks[n + 1][0] if n + 1 < len(blocks) else None
            if nxt is not None and norm[nxt] == '"':
                quotes.append(Quote(opening, end, opening + 1, end, continued=True))
            else:
                unmatched.append(opening)
    return quotes, unmatched


#: A doubled ASCII apostrophe, which some feeds use for a double quotation mark.
_DOUBLED = "''"
#: Two backticks: the opening mark of ``TeX-style'' quotations (tokenised corpora use them
#: with spaces inside: "`` A ''"); the first doubled apostrophe after them closes.
_BACKTICKS = "``"


def _doubled_close(text: str, norm: str, i: int, start: int, end: int) -> int | None:
    """Where a quotation opened by a doubled apostrophe at ``i`` closes: the first doubled
    apostrophe after it that can close, taking the last two marks of a longer run (they
    also close a single quotation inside it: a run of three)."""
    j = text.find(_DOUBLED, i + 2, end)
    while j >= 0:
        run = j + 1
        while run + 1 < end and text[run + 1] == "'":
            run += 1
        if not norm[j - 1].isspace() and _can_close(norm, run, start, end):
            return run - 1
        j = text.find(_DOUBLED, run + 1, end)
    return None


def _single_quotes(text: str, norm: str, start: int, end: int, taken: list[Quote]) -> list[Quote]:
    """‘...’ / ‚...‘ / '...' pairs outside double quotations (apostrophes are skipped),
    pairs of doubled ASCII apostrophes used as double quotation marks (two marks each), and
    ``...'' pairs."""
    out: list[Quote] = []
    i = start
    while i < end:
        found = _SINGLE_OPENER.search(text, i, end)  # skip to the next possible opener
        if found is None:
            break
        i = found.start()
        if any(q.start <= i < q.end for q in taken):
            i += 1
            continue
        if text[i] == "`":
            closing = text.find(_DOUBLED, i + 2, end) if text.startswith(_BACKTICKS, i) else -1
            if closing > i + 2:
                out.append(Quote(i, closing + 2, i + 2, closing))
                i = closing + 2
            else:  # a lone backtick, or one never closed
                i += 1
            continue
        if text.startswith(_DOUBLED, i) and _can_open(norm, i, start, end):
            close = _doubled_close(text, norm, i, start, end)
            if close is not None and close > i + 2:
                out.append(Quote(i, close + 2, i + 2, close))
                i = close + 2
                continue
        if _can_open(norm, i, start, end):
            limit = min(end, i + _MAX_SINGLE_CHARS)
            for j in range(i + 1 + _MIN_SINGLE_CHARS, limit):
                if norm[j] == "'" and _can_close(norm, j, start, end):
                    after = norm[j + 1] if j + 1 < end else " "
                    if not after.isalpha():
                        out.append(Quote(i, j + 1, i + 1, j))
                        i = j
                        break
        i += 1
    return out


def find_quotes(text: str, blocks: Sequence[tuple[int, int]]) -> QuoteScan:
    """Pair the quotation marks of ``text`` inside each ``(start, end)`` block.

    ``blocks`` are the content paragraphs in text order (boilerplate left out). The last
    few scans are kept (the result is immutable): the extractor and the quotation
    diagnostics of an article ask for the same one.
    """
    return _find_quotes(text, tuple((start, end) for start, end in blocks))


@functools.lru_cache(maxsize=4)
def _find_quotes(text: str, blocks: tuple[tuple[int, int], ...]) -> QuoteScan:
    norm = normalize_quotes(text)
    quotes, unmatched = _double_quotes(text, norm, blocks)
    singles: list[Quote] = []
    for start, end in blocks:
        singles.extend(_single_quotes(text, norm, start, end, quotes))
    every = sorted(quotes + singles, key=lambda q: q.start)
    return QuoteScan(tuple(every), tuple(sorted(unmatched)))
