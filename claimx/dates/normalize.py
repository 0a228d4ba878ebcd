"""Normalisation of one time expression to a TIMEX3 value (pure, cached).

The lexicon of the language (``claimx/data/dates/<lang>.json``) drives a small grammar for
the news conventions dateparser does not know (tense of bare months, weekdays on or before
the publication date, quarters, decades, seasons, durations, sets, vague references);
everything else (absolute calendar dates in any notation, languages without a lexicon)
goes to dateparser's ``DateDataParser`` with the publication date as ``RELATIVE_BASE``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Literal, NamedTuple

from ..models import Interval
from .backend import clear_parsers, parse_with_dateparser
from .calendar import Period, Unit, period_of, season_period, shift
from .lexicon import TimeLexicon, time_lexicon

__all__ = ["Normalized", "Tense", "normalize"]

Tense = Literal["past", "present", "future"]

_TOKEN = re.compile(
    r"q[1-4](?!\d)|'?\d+(?:[:./-]\d+)*(?:st|nd|rd|th|s)?|[^\W\d_]+(?:'[^\W\d_]+)?(?:\.[^\W\d_])*\.?|'\d+s?|\S",
)
_YEAR = re.compile(r"^(1\d{3}|20\d{2})$")
_SHORT_YEAR = re.compile(r"^'(\d{2})$")
_DECADE = re.compile(r"^'?(\d{2}|\d{3}0)s$")
_DAY = re.compile(r"^(0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$")
_CLOCK = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")
_MILITARY = re.compile(r"^([01]\d|2[0-3])([0-5]\d)$")
_HOUR = re.compile(r"^(1[0-2]|0?[1-9])$")
_NUMERIC_DATE = re.compile(r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$")
_QUARTER = re.compile(r"^q([1-4])$")
_ORDINAL_NUMBER = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")

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


@dataclass
class _Parts:
    """What the tokens of an expression say."""

    tokens: list[str]
    year: int | None = None
    decade: str | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    season: str | None = None
    part: str | None = None
    clock: tuple[int, int] | None = None
    utc: bool = False
    rel: int | None = None
    deictic: int | None = None
    unit: str | None = None
    plural: bool = False
    number: float | str | None = None
    direction: int = 0
    ordinal: int | None = None
    quarter: int | None = None
    numeric: str | None = None
    digits: bool = False
    same: bool = False
    extra: list[str] = field(default_factory=list)


def _tokens(text: str, lex: TimeLexicon) -> list[str]:
    """Lower-cased tokens; words with an apostrophe stay whole only when the lexicon
    knows them ("aujourd'hui"), elisions split ("l'année" -> "l'", "année")."""
    out: list[str] = []
    for tok in _TOKEN.findall(text.lower().replace("’", "'")):
        head, sep, rest = tok.partition("'")
        if sep and head and rest and tok not in lex.deictic_days and tok not in lex.vague:
            out.extend((head + "'", rest))
        else:
            out.append(tok)
    return out


def _strip(tokens: list[str], lex: TimeLexicon) -> list[str]:
    """Drop leading prepositions and modifiers (early, the end of, mid-) and trailing dots."""
    changed = True
    while changed and tokens:
        changed = False
        if tokens[0] in lex.trim_leading or tokens[0] in {"-", ",", "("}:
            tokens = tokens[1:]
            changed = True
            continue
        joined = " ".join(tokens)
        for modifier in lex.modifiers:
            if joined.startswith(modifier + " ") or joined.startswith(modifier + " -"):
                n = len(modifier.split())
                if len(tokens) > n and (tokens[n] not in lex.units or n > 1):
                    tokens = tokens[n:]
                    changed = True
                    break
    while tokens and tokens[-1] in {".", ",", "-", ")"}:
        tokens = tokens[:-1]
    return tokens


def _number(tokens: list[str], i: int, lex: TimeLexicon) -> tuple[float | str | None, int]:
    """The number starting at ``tokens[i]`` and how many tokens it takes."""
    for n in (3, 2):
        phrase = " ".join(tokens[i : i + n])
        if phrase in lex.numbers:
            return lex.numbers[phrase], n
        if phrase in lex.vague_numbers:
            return "X", n
    tok = tokens[i]
    if _NUMBER.match(tok):
        return float(tok.replace(",", "")), 1
    if tok in lex.vague_numbers:
        return "X", 1
    if tok in lex.numbers:
        total, used = lex.numbers[tok], 1
        # "twenty five", "two and a half"
        while i + used < len(tokens):
            nxt = tokens[i + used]
            if nxt in ("-",) and i + used + 1 < len(tokens) and tokens[i + used + 1] in lex.numbers:
                used += 1
                continue
            if nxt == "and" and " ".join(tokens[i + used + 1 : i + used + 3]) in lex.numbers:
                frac = lex.numbers[" ".join(tokens[i + used + 1 : i + used + 3])]
                if frac < 1:
                    return total + frac, used + 3
            if nxt in lex.numbers and lex.numbers[nxt] < 10 <= total and nxt not in ("a", "an"):
                total += lex.numbers[nxt]
                used += 1
                continue
            break
        return total, used
    return None, 0


def _parse(tokens: list[str], lex: TimeLexicon) -> _Parts:
    p = _Parts(tokens)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        bare = tok.rstrip(".")
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        p.digits = p.digits or any(c.isdigit() for c in tok)
        if _NUMERIC_DATE.match(tok) and not _YEAR.match(tok):
            p.numeric = tok
        elif _YEAR.match(tok) and not (nxt in lex.units or nxt == "-"):
            p.year = int(tok)
        elif m := _SHORT_YEAR.match(tok):
            p.year = int(m.group(1)) + (1900 if int(m.group(1)) > 30 else 2000)
        elif m := _DECADE.match(tok):
            p.decade = m.group(1)
        elif tok in lex.decade_words and re.match(r"^'?[1-9]0$", nxt):
            p.decade = nxt.lstrip("'")  # "los años 90"
            i += 1
        elif bare in lex.months and p.month is None:
            p.month = lex.months[bare]
        elif (m := _CLOCK.match(tok)) or (
            (m := _MILITARY.match(tok)) and nxt in lex.clock_zones | lex.meridiem
        ):
            p.clock = (int(m.group(1)), int(m.group(2)))
        elif (m := _HOUR.match(tok)) and nxt in lex.meridiem:
            p.clock = (int(m.group(1)), 0)
        elif tok in lex.meridiem and p.clock is not None:
            hour = p.clock[0] % 12 + (12 if tok.startswith("p") else 0)
            p.clock = (hour, p.clock[1])
        elif tok in lex.clock_zones and p.clock is not None:
            p.utc = tok in ("utc", "gmt", "z")
        elif (m := _DAY.match(tok)) and p.day is None and _near_month(tokens, i, lex):
            p.day = int(m.group(1))
        elif bare in lex.weekdays:
            p.weekday = lex.weekdays[bare]
        elif tok in lex.seasons:
            p.season = lex.seasons[tok]
        elif tok in lex.deictic_days:
            p.deictic = lex.deictic_days[tok]
            if tok in lex.parts_of_day:
                p.part = lex.parts_of_day[tok]
        elif tok in lex.parts_of_day:
            p.part = lex.parts_of_day[tok]
        elif m := _QUARTER.match(tok):
            p.quarter = int(m.group(1))
        elif (m := _ORDINAL_NUMBER.match(tok)) and nxt in lex.units and p.ordinal is None:
            p.ordinal = int(m.group(1))  # "the 19th century"
        elif tok in lex.ordinals and p.ordinal is None and _unit_ahead(tokens, i, lex):
            p.ordinal = lex.ordinals[tok]
            if tok in lex.relative:
                p.rel = lex.relative[tok]
        elif tok in lex.relative and p.rel is None:
            p.rel = lex.relative[tok]
        elif tok in lex.units and p.unit is None:
            p.unit = lex.units[tok]
            p.plural = tok.endswith("s") or tok == "centuries"
        elif tok in lex.ago or " ".join(tokens[i : i + 3]) in lex.ago:
            if " ".join(tokens[i : i + 3]) in lex.ago:
                i += 2
            p.direction = -1
        elif tok in lex.later or " ".join(tokens[i : i + 2]) in lex.later:
            p.direction = 1
        elif tok == "same":
            p.same = True
        else:
            value, used = _number(tokens, i, lex)
            if value is not None and p.number is None and _counts(tokens, i + used, lex):
                p.number = value
                i += used
                continue
            p.extra.append(tok)
        i += 1
    return p


def _unit_ahead(tokens: list[str], i: int, lex: TimeLexicon) -> bool:
    """Whether a unit follows ``tokens[i]`` closely ("second consecutive day", "3rd-quarter")."""
    return any(t in lex.units for t in tokens[i + 1 : i + 4] if t not in lex.ordinals)


def _counts(tokens: list[str], j: int, lex: TimeLexicon) -> bool:
    """Whether a number ending before ``tokens[j]`` counts a unit ("two weeks", "12-year")."""
    if j < len(tokens) and tokens[j] == "-":
        j += 1
    for k in range(j, min(j + 3, len(tokens))):
        tok = tokens[k]
        if tok in lex.units:
            return not (tok in lex.ordinals and _unit_ahead(tokens, k, lex))
        if not tok.isalpha() or tok in lex.numbers or tok in lex.relative or tok in lex.ago:
            return False
    return False


def _near_month(tokens: list[str], i: int, lex: TimeLexicon) -> bool:
    window = tokens[max(0, i - 3) : i + 4]
    return any(t.rstrip(".") in lex.months for t in window)


# --- choosing among candidate periods by tense -----------------------------------------


def _choose(make: Callable[[int], Period], anchor: date, tense: Tense | None) -> Period:
    """Pick ``make(k)`` for k in -1..1 by the news convention for ``tense``.

    past: the latest period starting on or before the anchor; future: the earliest one not
    ended before the anchor; otherwise the one containing the anchor, else the nearest.
    """
    candidates = [make(k) for k in (-1, 0, 1)]
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


def _refine(period: Period, p: _Parts) -> Period:
    if period.unit != "day":
        return period
    if p.clock is not None:
        return Period(period.start, "day", clock=p.clock, utc=p.utc)
    if p.part is not None:
        return Period(period.start, "day", part=p.part)
    return period


# --- the grammar -----------------------------------------------------------------------


def _duration(p: _Parts) -> str | None:
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


def _absolute(p: _Parts) -> Period | None:
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


def _relative(p: _Parts, anchor: date, tense: Tense | None) -> Period | None:
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

            def make_day(k: int) -> Period:
                try:
                    return Period(date(anchor.year + k, month, dom), "day")
                except ValueError:  # 29 February
                    return Period(date(anchor.year + k, month, 28), "day")

            return _refine(_choose(make_day, anchor, tense), p)
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


def _set_value(p: _Parts, tokens: list[str], lex: TimeLexicon) -> str | None:
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
    tokens = _strip(_tokens(text, lex), lex)
    if not tokens:
        return _NONE
    if lex.empty:
        if kind in ("duration", "set"):
            return _NONE
        return _result(parse_with_dateparser(text, language, anchor), anchor)
    vague = _vague(tokens, lex, anchor)
    if vague is not None:
        return vague
    p = _parse(tokens, lex)
    if kind == "set":
        return Normalized(_set_value(p, tokens, lex), None, None)
    if kind == "duration" or (p.number is not None and p.unit and not p.direction):
        return Normalized(_duration(p), None, None)
    if p.numeric is not None:
        return _result(parse_with_dateparser(p.numeric, language, anchor), anchor)
    period = _absolute(p)
    if period is None and anchor is not None:
        period = _relative(p, anchor.date(), tense_hint)
    if period is None and anchor is not None and p.digits:
        period = parse_with_dateparser(" ".join(tokens), language, anchor)
    return _result(period, anchor)


def clear_cache() -> None:
    """Drop the cached normalisations and dateparser parsers."""
    normalize.cache_clear()
    clear_parsers()
