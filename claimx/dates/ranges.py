"""Ranges of time: "from Monday to Thursday", "between 2014 and 2016", "Oct. 30 to Nov. 8".

A range is one time expression, not two: its span runs from the opening word ("from",
"between") to the last end, its value is the ISO 8601 interval of its two ends as EDTF
writes reduced precision (``2024-05-27/2024-05-30``, ``2014/2016``), its interval runs from
the start of the first end to the end of the last one (see
:func:`~claimx.dates.normalize.combine`). One expression keeps the range whole where a
claim or a link takes one time (``Claim.time``, interval overlap in linking).

* :func:`join_ranges` (detection) joins two detected dates, or two clock times, that a
  range word links: "to", "through", "until", "-" (the lexicon's ``range_links``), or "and"
  after "between" (``range_openers``). "moved the vote from Monday to Thursday" is two
  dates, not a range: a verb of postponement takes the "from".
* :func:`split_range` finds the two ends again inside a range span.
* :func:`normalize_range` resolves them together: an end with its own year stands alone;
  an end without one ("September" in "from September to December 2014") is read next to
  the other end (the start is the latest one on or before the end; the end the earliest
  one on or after the start); with two such ends, the tense of the sentence places the
  range (future: the start from the publication date, then the end after it; otherwise
  the end, then the start before it).

A range linked by a word whose ends cannot be placed (no publication date, ends in the
wrong order) keeps its span with no value; one linked by a hyphen only ("Oct. 30-Nov. 8")
is then read as written. A range of years written as one word ("2015-16", "2015/16") is
read by the normaliser itself.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from spacy.tokens import Doc, Span

from .lexicon import TimeLexicon, time_lexicon
from .normalize import Normalized, Tense, combine, normalize
from .parts import parse_parts, strip_modifiers, tokenize
from .tense import postponed

__all__ = ["Ends", "join_ranges", "normalize_range", "split_range"]

_JOINABLE = ("DATE", "TIME")


def _opener(doc: Doc, start: int, lex: TimeLexicon) -> bool:
    return start > 0 and doc[start - 1].lower_ in lex.range_openers


def _links(doc: Doc, i: int, start: int, lex: TimeLexicon) -> bool:
    """Whether ``doc[i]`` may link two ends of a range whose first end starts at ``start``."""
    word = doc[i].lower_
    if word in lex.range_links:
        return True
    return word in lex.range_and and start > 0 and doc[start - 1].lower_ in lex.range_openers


def _kinds(span: Span, lex: TimeLexicon) -> set[str]:
    """What an end of a range names: a year, a month, a weekday, a clock time."""
    kinds: set[str] = set()
    for token in span:
        low = token.lower_.rstrip(".")
        if token.is_digit and len(token.text) == 4:
            kinds.add("year")
        elif low in lex.months:
            kinds.add("month")
        elif low in lex.weekdays:
            kinds.add("weekday")
        elif ":" in low or low in lex.meridiem:
            kinds.add("clock")
    return kinds


def _linked(first: Span, link: Span, last: Span, lex: TimeLexicon) -> bool:
    """Whether ``link`` makes a range of ``first`` and ``last``: a word ("to", "and" after
    "between") links any two ends; a dash only two of a kind ("Dec. 3 - Dec. 7",
    "1948-1982", not "Tuesday-night" or "Wednesday - the morning")."""
    if not _links(first.doc, link.start, first.start, lex):
        return False
    return link[0].is_alpha or bool(_kinds(first, lex) & _kinds(last, lex))


def join_ranges(
    doc: Doc, spans: list[tuple[int, int, str]], lex: TimeLexicon
) -> list[tuple[int, int, str]]:
    """``spans`` (sorted, labelled) with each linked pair of dates or times joined into
    one range span, opener included."""
    if not lex.range_links:
        return spans
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(spans):
        s, e, label = spans[i]
        if i + 1 < len(spans):
            s2, e2, label2 = spans[i + 1]
            if (
                s2 == e + 1
                and label in _JOINABLE
                and label2 in _JOINABLE
                and _linked(doc[s:e], doc[e:s2], doc[s2:e2], lex)
                and not _vague(doc[s:e], lex)
                and not _vague(doc[s2:e2], lex)
                and not (_opener(doc, s, lex) and _moved(doc, s, lex))
            ):
                start = s - 1 if _opener(doc, s, lex) else s
                out.append((start, e2, "TIME" if label == label2 == "TIME" else "DATE"))
                i += 2
                continue
        out.append((s, e, label))
        i += 1
    return out


def _vague(span: Span, lex: TimeLexicon) -> bool:
    """Whether ``span`` is a vague reference ("now", "recently"): no end of a range."""
    return span.text.lower() in lex.vague


def _moved(doc: Doc, start: int, lex: TimeLexicon) -> bool:
    """Whether the opener before ``start`` completes a verb of postponement ("moved the
    vote from Monday to Thursday": two dates)."""
    return start > 0 and doc.has_annotation("DEP") and postponed(doc[start - 1], lex)


class Ends(NamedTuple):
    """The two ends of a range span."""

    first: Span
    last: Span
    worded: bool
    """Linked by a word or opened by one ("from", "to", "and"), not only by a hyphen."""


def split_range(span: Span, language: str) -> Ends | None:
    """The two ends of a range span, without its opener; ``None`` when ``span`` is not
    one (a range of years written as one word is not split)."""
    lex = time_lexicon(language)
    if not lex.range_links or len(span) < 3:
        return None
    doc = span.doc
    opened = span[0].lower_ in lex.range_openers
    start = span.start + 1 if opened else span.start
    for i in range(start + 1, span.end - 1):
        if _links(doc, i, start, lex):
            first, last = doc[start:i], doc[i + 1 : span.end]
            if _end(first, lex) and _end(last, lex) and _linked(first, doc[i : i + 1], last, lex):
                return Ends(first, last, opened or doc[i].is_alpha)
            return None
    return None


def _end(span: Span, lex: TimeLexicon) -> bool:
    """Whether ``span`` can stand as an end of a range: it names a time ("mid" in
    "mid-2011" does not, nor does the "16" of "2015 - 16")."""
    for token in span:
        low = token.lower_.rstrip(".")
        if token.is_digit and len(token.text) <= 2 and len(span) == 1:
            return False
        if (
            any(c.isdigit() for c in low)
            or low in lex.months
            or low in lex.weekdays
            or low in lex.deictic_days
            or low in lex.seasons
            or low in lex.parts_of_day
            or low in lex.meridiem
        ):
            return True
    return False


def _own_year(text: str, lex: TimeLexicon) -> bool:
    """Whether an end is placed on the calendar by itself (a year, a decade, "yesterday",
    "last week"), rather than by the other end ("September", "Monday", "8 a.m.")."""
    p = parse_parts(strip_modifiers(tokenize(text, lex), lex), lex)
    return (
        p.year is not None
        or p.decade is not None
        or p.deictic is not None
        or p.rel is not None
        or bool(p.direction)
        or p.numeric is not None
    )


def normalize_range(
    first: str,
    last: str,
    kind: str,
    anchor: datetime | None,
    language: str,
    tense: Tense | None,
) -> Normalized | None:
    """The range from ``first`` to ``last`` (texts of its ends), or ``None`` when its ends
    cannot be resolved or come in the wrong order."""
    lex = time_lexicon(language)
    fixed_first, fixed_last = _own_year(first, lex), _own_year(last, lex)

    def at(text: str, base: datetime | None, direction: Tense | None) -> Normalized:
        return normalize(text, kind, base, language, direction)

    if fixed_first or (tense == "future" and not fixed_last):
        a = at(first, anchor, tense)
        start = a.interval.begin if a.interval is not None else None
        b = at(last, anchor if fixed_last else start, tense if fixed_last else "future")
    else:
        b = at(last, anchor, tense)
        end = b.interval.begin if b.interval is not None else None
        a = at(first, end, "past")
    return combine(a, b)
