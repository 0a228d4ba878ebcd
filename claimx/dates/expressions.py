"""Time expressions: detection patterns and normalisation against the publication date.

* Detection (:class:`~claimx.dates.detect.DateDetector`, run by the ``claimx_dates``
  component) writes spans to ``doc.spans["claimx_dates"]`` labelled DATE, TIME, DURATION
  or SET; a range ("from Monday to Thursday") is one span.
* :func:`normalize` turns one expression into a TIMEX3-style value, granularity and
  interval, resolving relative expressions against the publication date with the news
  conventions (a bare weekday is the latest one on or before publication; a bare month
  follows the tense around it; "this month", "last year" are calendar intervals).
* :func:`dates_from_doc` combines both into :class:`~claimx.models.TimeExpression` models,
  with the direction of each expression (:func:`~claimx.dates.tense.direction_of`), ranges
  (:mod:`~claimx.dates.ranges`) and the days the narrative names ("the next day").

Conventions (TIMEX3 values; "anchor" is the publication date; "tense" is the tense around
the expression, read through non-finite verbs, see :mod:`claimx.dates.tense`):

=====================================  ==============================================
"In 2023", "August 2023"               ``2023`` (year), ``2023-08`` (month): never
                                       filled from the anchor
"this month", "last year"              the anchor's month / previous year, with its
                                       interval
"this week", "last week"               ISO week (``2024-W22``)
"January" (bare month)                 past tense: latest January on or before the
                                       anchor; future tense: the next one; otherwise the
                                       nearest. Also as a noun modifier: "agreed at
                                       their June summit", "speaking at their June
                                       summit, ..." (past: last June), "will meet at
                                       their June summit" (the next one)
"Friday" (bare weekday)                latest Friday on or before the anchor (future
                                       tense, "until", "ahead of": the next one); "struggled
                                       to answer on Sunday", "flew in to attend Monday's
                                       talks" take the past of the governing verb
"was to arrive on Monday",             a future seen from the past: no direction (weekday:
"vowed to veto it in March"            latest on or before; month: the nearest)
"since June"                           looks back whatever the tense (last June)
"postponed until Sunday",              the coming Sunday / Friday / March (on or after
"delayed to Friday", "pushed back      the anchor) whatever the tense; "moved from
to March"                              Monday to Thursday" is two dates
"from Monday to Thursday", "between    one expression: EDTF interval value
Monday and Thursday", "Monday          ``2024-01-15/2024-01-18``, granularity of the
through Thursday", "Oct. 30 to         coarser end, interval from the start of the first
Nov. 8"                                end to the end of the last. An end without a
                                       year is read next to the other end ("from
                                       September to December 2014": ``2014-09/2014-12``);
                                       two such ends are placed by the tense
"2015-16", "2015/16", "1948-1982"      a season of years: ``2015/2016``, interval over
                                       both years ("2015-03" stays a month)
"35-year-old", "aged 35", "the 2:30    not time expressions (ages, clip lengths and
video", "lasts 1:42", "Romans 8:31"    marks, verse citations)
"USA Today", "the Daily Show", "a      not time expressions (time words in names the
Christmas tree"                        NER finds; a named day that classifies a thing)
"the same day", "that day", "the next  the latest single day named before it, moved by
day", "the following morning", "the    its offset (anchor-free when none is named)
day before"
"the same month last year", "the same  the period of the latest time named before it,
quarter a year earlier"                a year back: ``2023-02`` after "in February"
"Christmas", "Election Day",           the named day in the year the tense picks (a
"Thanksgiving weekend"                 present-tense mention is the coming one unless it
                                       passed within a week); its week or weekend
"the third quarter of last year"       ``2023-Q3``; "the 1990s" ``199``; "the 19th
                                       century" ``18``
"two years ago"                        the anchor's year minus two (``2022``)
"15 years", "the past five days"       durations ``P15Y``, ``P5D`` (no interval)
"annually", "every Monday"             sets ``P1Y``, ``XXXX-WXX-1``
"now", "recently", "soon"              ``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``
"recent months"                        ``PAST_REF`` with the three months before the
                                       anchor's month (and that month) as interval
"at 18:00 UTC" (no day)                on the day named in the same sentence, else the
                                       anchor
=====================================  ==============================================

Without an anchor, relative expressions keep their text and get ``value=None``; so does a
range whose ends cannot be placed.
"""

from __future__ import annotations

from datetime import datetime

from spacy.tokens import Doc, Span

from .._extensions import doc_text
from ..models import TimeExpression
from .lexicon import time_lexicon
from .normalize import Normalized, Tense, anaphoric, normalize
from .ranges import normalize_range, split_range
from .tense import direction_of, tense_of

__all__ = ["SPAN_KEY", "Normalized", "Tense", "dates_from_doc", "normalize", "tense_of"]

SPAN_KEY = "claimx_dates"


def _day_of_sentence(span: Span, others: list[tuple[Span, TimeExpression]]) -> datetime | None:
    """The day named by another expression of ``span``'s sentence, for a bare clock time."""
    doc = span.doc
    if not doc.has_annotation("SENT_START"):
        return None
    sent = span.sent
    best: tuple[int, datetime] | None = None
    for other, expr in others:
        if (
            (other.start, other.end) == (span.start, span.end)
            or expr.granularity != "day"
            or expr.interval is None
            or "/" in (expr.value or "")  # a range names no single day
        ):
            continue
        if other.sent.start != sent.start:
            continue
        distance = abs(other.start - span.start)
        if best is None or distance < best[0]:
            best = (distance, expr.interval.begin)
    return best[1] if best else None


def _bare_clock(text: str, language: str) -> bool:
    """Whether ``text`` names a time of day but no day."""
    lex = time_lexicon(language)
    words = {w.strip(".,").lower() for w in text.split()}
    named = set(lex.months) | set(lex.weekdays) | set(lex.deictic_days) | set(lex.relative)
    return not (words & named) and not any(len(w) == 4 and w.isdigit() for w in words)


def _normalize_span(
    span: Span,
    kind: str,
    anchor: datetime | None,
    language: str,
    tense: Tense | None,
    text: str | None = None,
) -> Normalized:
    """The value of a detected span: a range from its two ends, else the span's text
    (``text``, when the caller has it)."""
    ends = split_range(span, language)
    if ends is not None:
        joined = normalize_range(ends.first.text, ends.last.text, kind, anchor, language, tense)
        if joined is not None:
            return joined
        if ends.worded:  # "from Monday to Thursday" without a date to place it
            return Normalized(None, None, None)
    return normalize(span.text if text is None else text, kind, anchor, language, tense)


def _resolve_anaphora(found: list[TimeExpression], language: str) -> None:
    """Give "the same day", "the next day", "that morning", "the same month last year" the
    time of the narrative: the latest single time named before them (in place; left as
    they are without one)."""
    previous: list[tuple[str, datetime]] = []
    for i, expr in enumerate(found):
        if expr.kind in ("date", "time") and previous:
            resolved = anaphoric(expr.text, previous, language)
            if resolved is not None:
                value, granularity, interval = resolved
                expr = found[i] = expr.model_copy(
                    update={"value": value, "granularity": granularity, "interval": interval}
                )
        if expr.interval is not None and expr.granularity and "/" not in (expr.value or ""):
            previous.append((expr.granularity, expr.interval.begin))


def _boilerplate(doc: Doc) -> list[tuple[int, int]]:
    if "claimx_paragraphs" not in doc.spans:
        return []
    return [
        (s.start_char, s.end_char)
        for s in doc.spans["claimx_paragraphs"]
        if s.label_ == "boilerplate"
    ]


def dates_from_doc(
    doc: Doc, published: datetime | None, language: str
) -> tuple[TimeExpression, ...]:
    """All time expressions of ``doc`` in text order, normalised against ``published``.

    Expressions inside boilerplate lines are skipped. Without a publication date,
    relative expressions keep their text and get ``value=None``.
    """
    skip = _boilerplate(doc)
    text = doc_text(doc)  # a span's text is this slice (Span.text joins its tokens)
    spans = sorted(doc.spans[SPAN_KEY], key=lambda s: s.start) if SPAN_KEY in doc.spans else []
    pairs: list[tuple[Span, TimeExpression]] = []
    for span in spans:
        if any(b <= span.start_char < e for b, e in skip):
            continue
        kind = span.label_.lower()
        if kind not in ("date", "time", "duration", "set"):
            kind = "date"
        tense = direction_of(span, language)
        span_text = text[span.start_char : span.end_char]
        value, granularity, interval = _normalize_span(
            span, kind, published, language, tense, span_text
        )
        pairs.append(
            (
                span,
                TimeExpression(
                    start=span.start_char,
                    end=span.end_char,
                    text=span_text,
                    kind=kind,
                    value=value,
                    granularity=granularity,
                    interval=interval,
                    anchor=published,
                ),
            )
        )
    found = [expr for _, expr in pairs]
    if published is not None:
        _resolve_anaphora(found, language)
    # a bare clock time ("at 18:00 UTC") belongs to the day named in its sentence
    for i, (span, expr) in enumerate(pairs):
        if published is None or expr.granularity not in ("minute", "hour"):
            continue
        span_text = text[span.start_char : span.end_char]
        if not _bare_clock(span_text, language):
            continue
        day = _day_of_sentence(span, pairs)
        if day is not None:
            value, granularity, interval = _normalize_span(
                span, expr.kind, day, language, None, span_text
            )
            found[i] = expr.model_copy(
                update={"value": value, "granularity": granularity, "interval": interval}
            )
    return tuple(found)
