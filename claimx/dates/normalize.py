"""Normalisation of one time expression to a TIMEX3 value (pure, cached).

The lexicon of the language (``claimx/data/dates/<lang>.json``) drives a small grammar for
the news conventions dateparser does not know (tense of bare months, weekdays on or before
the publication date, quarters, decades, seasons, durations, sets, vague references);
everything else (absolute calendar dates in any notation, languages without a lexicon)
goes to dateparser's ``DateDataParser`` with the publication date as ``RELATIVE_BASE``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from typing import Literal, NamedTuple

from ..models import Interval
from .backend import clear_parsers, parse_with_dateparser
from .calendar import Period, Unit, period_of, season_period, shift
from .lexicon import TimeLexicon, holiday_key, time_lexicon
from .parts import Parts, parse_parts, strip_modifiers, tokenize

__all__ = ["Normalized", "Tense", "anaphoric", "combine", "normalize"]

Tense = Literal["past", "present", "future"]

_UNIT_OF: dict[str, Unit] = {
    "D": "day",
    "W": "week",
    "WE": "week",
    "M": "month",
    "Q": "quarter",
    "Y": "year",
    "DE": "decade",
    "CE": "century",
}
_TIME_UNITS = {"S": "S", "MIN": "M", "H": "H"}


class Normalized(NamedTuple):
    """The normalised value of a time expression."""

    value: str | None
    granularity: str | None
    interval: Interval | None


_NONE = Normalized(None, None, None)


# --- choosing among candidate periods by tense -----------------------------------------


def _choose(
    make: Callable[[int], Period | None], anchor: date, tense: Tense | None
) -> Period | None:
    """Pick ``make(k)`` for k in -1..1 by the news convention for ``tense``.

    past: the latest period starting on or before the anchor; future: the earliest one not
    ended before the anchor; otherwise the one containing the anchor, else the nearest.
    A ``None`` candidate (29 February of a common year) is left out.
    """
    candidates = [c for c in (make(k) for k in (-1, 0, 1)) if c is not None]
    if not candidates:
        return None
    tz = timezone.utc
    point = datetime(anchor.year, anchor.month, anchor.day, tzinfo=tz)
    if tense == "past":
        before = [c for c in candidates if c.interval(tz)[0] <= point]
        return before[-1] if before else candidates[0]
    if tense == "future":
        after = [c for c in candidates if c.interval(tz)[1] > point]
        return after[0] if after else candidates[-1]
    for c in candidates:
        begin, end = c.interval(tz)
        if begin <= point < end:
            return c
    return min(candidates, key=lambda c: abs((c.interval(tz)[0] - point).total_seconds()))


def _weekday(anchor: date, weekday: int, tense: Tense | None, rel: int | None) -> date:
    if rel == -1:  # "last Friday": strictly before
        return anchor - timedelta(days=(anchor.weekday() - weekday - 1) % 7 + 1)
    if rel == 1:  # "next Friday": strictly after
        return anchor + timedelta(days=(weekday - anchor.weekday() - 1) % 7 + 1)
    if rel == 0:  # "this Friday": in the anchor's week
        return anchor + timedelta(days=weekday - anchor.weekday())
    if tense == "future":
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def _refine(period: Period, p: Parts) -> Period:
    if period.unit != "day":
        return period
    if p.clock is not None:
        return Period(period.start, "day", clock=p.clock, utc=p.utc)
    if p.part is not None:
        return Period(period.start, "day", part=p.part)
    return period


# --- the grammar -----------------------------------------------------------------------


def _duration(p: Parts) -> str | None:
    if p.unit is None:
        return None
    n = p.number if p.number is not None else ("X" if p.plural else 1.0)
    unit = p.unit
    if unit in ("DE", "CE") and n != "X":
        n, unit = float(n) * (10 if unit == "DE" else 100), "Y"
    elif unit == "2W" and n != "X":
        n, unit = float(n) * 2, "W"
    elif unit == "DE":
        unit = "DE"
    amount = n if isinstance(n, str) else (str(int(n)) if float(n).is_integer() else str(n))
    if unit in _TIME_UNITS:
        return f"PT{amount}{_TIME_UNITS[unit]}"
    return f"P{amount}{unit}"


def _absolute(p: Parts) -> Period | None:
    """Expressions that carry their own year or decade."""
    if p.year is not None:
        year = p.year
        if p.month is not None:
            if p.day is not None:
                try:
                    return _refine(Period(date(year, p.month, p.day), "day"), p)
                except ValueError:
                    return None
            return Period(date(year, p.month, 1), "month")
        if p.quarter or (p.ordinal is not None and p.unit == "Q"):
            q = p.quarter or (p.ordinal or 4)
            return Period(date(year, 3 * q - 2, 1), "quarter")
        if p.season is not None:
            return season_period(year, p.season)
        return Period(date(year, 1, 1), "year")
    if p.unit == "CE" and p.ordinal and p.rel is None:
        return Period(date(max(1, (p.ordinal - 1) * 100), 1, 1), "century")
    if p.decade is not None:
        digits = p.decade
        if len(digits) == 4:
            return Period(date(int(digits), 1, 1), "decade")
        return Period(date(1900 + int(digits), 1, 1), "decade")
    return None


def _relative(p: Parts, anchor: date, tense: Tense | None) -> Period | None:
    """Expressions resolved against the anchor (publication date)."""
    if p.deictic is not None:
        return _refine(Period(anchor + timedelta(days=p.deictic), "day"), p)
    if p.rel is not None and p.weekday is not None:
        return _refine(Period(_weekday(anchor, p.weekday, tense, p.rel), "day"), p)
    if p.rel is not None and p.month is not None and p.unit == "Y":
        # "October of next year", "March last year"
        year = anchor.year + p.rel
        if p.day is not None:
            try:
                return _refine(Period(date(year, p.month, p.day), "day"), p)
            except ValueError:
                return None
        return Period(date(year, p.month, 1), "month")
    if p.rel is not None and p.month is not None:
        rel = p.rel

        def month_in(k: int) -> Period:
            return Period(date(anchor.year + k, p.month or 1, 1), "month")

        if rel == 0:
            return month_in(0)
        ahead = p.month > anchor.month if rel == 1 else p.month < anchor.month
        return month_in(0 if ahead else rel)
    if p.unit == "Q" and (p.ordinal or p.quarter):
        q = p.quarter or p.ordinal or 4
        base_year = anchor.year + (p.rel or 0) if p.rel is not None else None
        if base_year is not None:
            return Period(date(base_year, 3 * q - 2, 1), "quarter")
        return _choose(
            lambda k: Period(date(anchor.year + k, 3 * q - 2, 1), "quarter"), anchor, tense
        )
    if p.rel is not None and p.season is not None:
        return season_period(anchor.year + p.rel, p.season)
    if p.rel is not None and p.part is not None and p.unit is None:
        day = anchor + timedelta(days=p.rel if p.part == "NI" or p.rel > 0 else 0)
        if p.rel == -1 and p.part != "NI":
            day = anchor - timedelta(days=1)
        return _refine(Period(day, "day"), p)
    if p.unit in _UNIT_OF and p.number is not None and p.direction:
        if isinstance(p.number, str) or not float(p.number).is_integer():
            return None
        steps = int(p.number) * p.direction
        unit = _UNIT_OF[p.unit]
        if unit == "week":
            return Period(anchor + timedelta(weeks=steps), "day")
        return shift(period_of(anchor, unit), steps)
    if p.unit in _UNIT_OF and p.number is None and (p.rel is not None or not p.plural):
        unit = _UNIT_OF[p.unit]
        period = period_of(anchor, unit)
        if p.unit == "WE":
            period = Period(period.start, "week", weekend=True)
        return shift(period, p.rel or 0)
    if p.month is not None:
        month, dom = p.month, p.day
        if dom is not None:

            def make_day(k: int) -> Period | None:
                step = -1 if k < 0 else 1
                for year in range(anchor.year + k, anchor.year + k + 4 * step, step):
                    try:  # 29 February: the leap year on that side
                        return Period(date(year, month, dom), "day")
                    except ValueError:
                        if k == 0:
                            return None
                return None

            chosen = _choose(make_day, anchor, tense)
            return _refine(chosen, p) if chosen is not None else None
        return _choose(lambda k: Period(date(anchor.year + k, month, 1), "month"), anchor, tense)
    if p.weekday is not None:
        return _refine(Period(_weekday(anchor, p.weekday, tense, None), "day"), p)
    if p.season is not None:
        code = p.season
        return _choose(lambda k: season_period(anchor.year + k, code), anchor, tense)
    if p.clock is not None or p.part is not None:
        return _refine(Period(anchor, "day"), p)
    return None


# --- entry point -----------------------------------------------------------------------


def _result(value: Period | str | None, anchor: datetime | None) -> Normalized:
    if value is None:
        return _NONE
    if isinstance(value, str):
        return Normalized(value, None, None)
    begin, end = value.interval(anchor.tzinfo if anchor else None)
    return Normalized(value.value, value.granularity, Interval(begin=begin, end=end))


#: Granularities from the finest to the coarsest.
_GRAINS = (
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "month",
    "quarter",
    "year",
    "decade",
    "century",
)


def combine(first: Normalized, last: Normalized) -> Normalized | None:
    """One range from its two normalised ends: the ISO 8601 interval ``first/last`` (as
    EDTF writes reduced precision: ``2015/2016``, ``2024-05-27/2024-05-30``), the coarser of
    the two granularities, and the interval from the start of ``first`` to the end of
    ``last``. ``None`` when an end is unresolved or the ends come in the wrong order."""
    if first.value is None or last.value is None or first.interval is None:
        return None
    if last.interval is None or last.interval.begin < first.interval.begin:
        return None
    grains = [g for g in (first.granularity, last.granularity) if g in _GRAINS]
    granularity = max(grains, key=_GRAINS.index) if grains else None
    interval = Interval(begin=first.interval.begin, end=last.interval.end)
    return Normalized(f"{first.value}/{last.value}", granularity, interval)


#: Days within which a named day in a present-tense sentence is the one just passed.
_RECENT_DAYS = 7


def _holiday(
    tokens: list[str], lex: TimeLexicon, anchor: datetime | None, tense: Tense | None
) -> Normalized | None:
    """A named day ("Christmas", "Election Day") or its week or weekend ("Thanksgiving
    weekend"), in the year the tense picks."""
    unit = lex.units.get(tokens[-1]) if len(tokens) > 1 else None
    name = tokens[:-1] if unit in ("W", "WE") else tokens
    rule = lex.holidays.get(holiday_key(" ".join(name)))
    if rule is None:
        return None
    if anchor is None:
        return _NONE

    def make(k: int) -> Period:
        return Period(rule.in_year(anchor.year + k), "day")

    chosen = _choose(make, anchor.date(), tense if tense in ("past", "future") else "past")
    if tense in ("present", None) and (
        chosen is None or (anchor.date() - chosen.start).days > _RECENT_DAYS
    ):
        # a present-tense mention is the coming one ("as Election Day nears"), unless it
        # has just passed ("Labor Day is barely over")
        chosen = _choose(make, anchor.date(), "future")
    if chosen is None or unit not in ("W", "WE"):
        return _result(chosen, anchor)
    week = period_of(chosen.start, "week")
    if unit == "WE" and chosen.start.weekday() == 0:  # a Monday holiday ends its weekend
        week = shift(week, -1)
    return _result(Period(week.start, "week", weekend=unit == "WE"), anchor)


def _set_value(p: Parts, tokens: list[str], lex: TimeLexicon) -> str | None:
    for tok in tokens:
        if tok in lex.sets:
            return lex.sets[tok]
    if p.weekday is not None:
        return f"XXXX-WXX-{p.weekday + 1}"
    if p.unit is not None:
        if p.number is None:
            p.number = 1.0
        return _duration(p)
    return None


def _vague(tokens: list[str], lex: TimeLexicon, anchor: datetime | None) -> Normalized | None:
    # "recent months", "the past few years": a vague stretch before the anchor
    if len(tokens) >= 2 and tokens[-1] in lex.units and tokens[-1].endswith("s"):
        head = " ".join(t for t in tokens[:-1] if t != "the")
        if head in lex.vague and lex.vague[head] == "PAST_REF":
            unit = _UNIT_OF.get(lex.units[tokens[-1]])
            if unit is None or anchor is None:
                return Normalized("PAST_REF", None, None)
            current = period_of(anchor.date(), unit)
            begin = shift(current, -3).interval(anchor.tzinfo)[0]
            end = current.interval(anchor.tzinfo)[1]
            return Normalized("PAST_REF", unit, Interval(begin=begin, end=end))
    joined = " ".join(tokens)
    if joined in lex.vague:
        return Normalized(lex.vague[joined], None, None)
    return None


@functools.lru_cache(maxsize=16384)
def normalize(
    text: str,
    kind: str,
    anchor: datetime | None,
    language: str,
    tense_hint: Tense | None = None,
) -> Normalized:
    """Normalise one time expression.

    Args:
        text: The expression as written ("last year", "on Friday", "August 2023").
        kind: ``date``, ``time``, ``duration`` or ``set``.
        anchor: The publication date (tz-aware); relative expressions need it.
        language: ISO 639-1 code, selects the lexicon and dateparser's language.
        tense_hint: Tense of the governing verb, for bare months and weekdays.

    Returns:
        ``(value, granularity, interval)``; all ``None`` when unresolved. Durations and
        sets have a value only.
    """
    try:
        return _normalize(text, kind, anchor, language, tense_hint)
    except (ValueError, OverflowError):  # beyond the calendar datetime can represent
        return _NONE


def _normalize(
    text: str, kind: str, anchor: datetime | None, language: str, tense_hint: Tense | None
) -> Normalized:
    lex = time_lexicon(language)
    tokens = strip_modifiers(tokenize(text, lex), lex)
    if not tokens:
        return _NONE
    if lex.empty:
        if kind in ("duration", "set"):
            return _NONE
        return _result(parse_with_dateparser(text, language, anchor), anchor)
    vague = _vague(tokens, lex, anchor)
    if vague is not None:
        return vague
    holiday = _holiday(tokens, lex, anchor, tense_hint)
    if holiday is not None:
        return holiday
    p = parse_parts(tokens, lex)
    if kind == "set":
        return Normalized(_set_value(p, tokens, lex), None, None)
    if kind == "duration" or (p.number is not None and p.unit and not p.direction):
        return Normalized(_duration(p), None, None)
    if p.numeric is not None:
        return _result(parse_with_dateparser(p.numeric, language, anchor), anchor)
    if p.year is not None and p.year_end is not None and p.season is None and p.month is None:
        # a season of years ("2015-16"): one range, see combine()
        first, last = (Period(date(y, 1, 1), "year") for y in (p.year, p.year_end))
        return combine(_result(first, anchor), _result(last, anchor)) or _NONE
    period = _absolute(p)
    if period is None and anchor is not None:
        period = _relative(p, anchor.date(), tense_hint)
    if period is None and anchor is not None and p.digits:
        period = parse_with_dateparser(" ".join(tokens), language, anchor)
    return _result(period, anchor)


_FINE = ("second", "minute", "hour", "day")


def anaphoric(text: str, previous: list[tuple[str, datetime]], language: str) -> Normalized | None:
    """The time ``text`` names from the time of the narrative, ``None`` when it names none.

    ``previous`` holds the granularity and start of the single times named before it,
    latest last; the latest one fine enough is the reference:

    * "the same day", "that day" (the reference's day), "the next day", "the following
      morning" (the day after), "the day before", "the previous night" (lexicon
      ``anaphoric_days``; "day" stands for any part of the day);
    * "the same month", "the same week", "the same period" (the reference's month, week,
      or its own period), with a year back: "the same month last year", "the same quarter
      a year earlier" (lexicon ``same_words``, ``same_nouns``, ``year_back``).
    """
    lex = time_lexicon(language)
    tokens = strip_modifiers(tokenize(text, lex), lex)
    part = next((lex.parts_of_day[t] for t in tokens if t in lex.parts_of_day), None)
    key = " ".join("day" if t in lex.parts_of_day else t for t in tokens)
    try:
        if key in lex.anaphoric_days:
            day_ref = next((b for g, b in reversed(previous) if g in _FINE), None)
            if day_ref is None:
                return None
            day = day_ref.date() + timedelta(days=lex.anaphoric_days[key])
            return _result(Period(day, "day", part=part), day_ref)
        return _same_period(tokens, previous, lex)
    except (ValueError, OverflowError):  # beyond the calendar datetime can represent
        return None


def _same_period(
    tokens: list[str], previous: list[tuple[str, datetime]], lex: TimeLexicon
) -> Normalized | None:
    """ "the same month (last year)": the reference's period, a year back if asked."""
    n = next((len(w.split()) for w in lex.same_words if tokens[: len(w.split())] == w.split()), 0)
    if not n or len(tokens) <= n:
        return None
    noun, rest = tokens[n], " ".join(t for t in tokens[n + 1 :] if t != "of")
    years = lex.year_back.get(rest) if rest else 0
    unit = _UNIT_OF.get(lex.units.get(noun, ""))
    if years is None or (unit is None and noun not in lex.same_nouns):
        return None
    grains = _GRAINS[: _GRAINS.index(unit) + 1] if unit else ("day", "week", "month", "quarter")
    ref = next(((g, b) for g, b in reversed(previous) if g in grains), None)
    if ref is None:
        return None
    grain, begin = ref
    day = begin.date()
    if years:
        day = day.replace(year=day.year + years, day=min(day.day, 28))
    own: Unit = unit or grain  # type: ignore[assignment]
    period = period_of(day, own)
    if lex.units.get(noun) == "WE":  # "the same weekend"
        period = Period(period.start, "week", weekend=True)
    return _result(period, begin)


def clear_cache() -> None:
    """Drop the cached normalisations and dateparser parsers."""
    normalize.cache_clear()
    clear_parsers()
