"""Calendar arithmetic for time values: periods, shifts, TIMEX3 strings and intervals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Literal

__all__ = ["Holiday", "Period", "add_months", "period_of", "shift"]

Unit = Literal["day", "week", "month", "quarter", "year", "decade", "century"]

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_PART_HOURS = {"MO": (6, 12), "MI": (11, 14), "AF": (12, 18), "EV": (18, 22), "NI": (22, 30)}


def add_months(day: date, months: int) -> date:
    """``day``'s month shifted by ``months`` (day of month clipped to 1)."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True, slots=True)
class Period:
    """A calendar period: its first day and its unit (plus optional refinements)."""

    start: date
    unit: Unit
    season: str | None = None
    """TIMEX3 season code (SP, SU, FA, WI) when the period is a season of ``start.year``."""
    weekend: bool = False
    """A week reduced to its weekend."""
    part: str | None = None
    """TIMEX3 part-of-day code (MO, AF, EV, NI, MI) refining a day."""
    clock: tuple[int, int] | None = None
    """Hour and minute refining a day."""
    utc: bool = False
    """The clock time was given in UTC/GMT."""

    @property
    def value(self) -> str:
        """The TIMEX3 value string."""
        d = self.start
        if self.unit == "century":
            return f"{d.year // 100:02d}"
        if self.unit == "decade":
            return f"{d.year // 10:03d}"
        if self.unit == "year":
            return f"{d.year:04d}"
        if self.unit == "quarter":
            if self.season:
                return f"{d.year:04d}-{self.season}"
            return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
        if self.unit == "month":
            return f"{d.year:04d}-{d.month:02d}"
        if self.unit == "week":
            iso = d.isocalendar()
            return f"{iso[0]:04d}-W{iso[1]:02d}" + ("-WE" if self.weekend else "")
        text = d.isoformat()
        if self.clock is not None:
            return f"{text}T{self.clock[0]:02d}:{self.clock[1]:02d}" + ("Z" if self.utc else "")
        if self.part is not None:
            return f"{text}T{self.part}"
        return text

    @property
    def granularity(self) -> str:
        """The precision of :attr:`value` (a ``models.Granularity``)."""
        if self.unit == "day" and self.clock is not None:
            return "minute"
        if self.unit == "day" and self.part is not None:
            return "hour"
        return self.unit

    def interval(self, tz: tzinfo | None) -> tuple[datetime, datetime]:
        """The half-open interval ``[begin, end)`` the period covers, in ``tz`` (UTC default)."""
        zone = tz or timezone.utc

        def at(day: date, hours: float = 0) -> datetime:
            base = datetime(day.year, day.month, day.day, tzinfo=zone)
            return base + timedelta(hours=hours)

        d = self.start
        if self.unit == "day":
            if self.clock is not None:
                begin = at(d, self.clock[0]) + timedelta(minutes=self.clock[1])
                return begin, begin + timedelta(minutes=1)
            if self.part is not None:
                lo, hi = _PART_HOURS.get(self.part, (0, 24))
                return at(d, lo), at(d, hi)
            return at(d), at(d + timedelta(days=1))
        if self.unit == "week":
            if self.weekend:
                return at(d + timedelta(days=5)), at(d + timedelta(days=7))
            return at(d), at(d + timedelta(days=7))
        months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}[self.unit]
        return at(d), at(add_months(d, months))


def period_of(day: date, unit: Unit) -> Period:
    """The period of ``unit`` that contains ``day``."""
    if unit == "day":
        return Period(day, "day")
    if unit == "week":
        return Period(day - timedelta(days=day.weekday()), "week")
    if unit == "month":
        return Period(date(day.year, day.month, 1), "month")
    if unit == "quarter":
        return Period(date(day.year, (day.month - 1) // 3 * 3 + 1, 1), "quarter")
    if unit == "year":
        return Period(date(day.year, 1, 1), "year")
    if unit == "decade":
        return Period(date(day.year // 10 * 10, 1, 1), "decade")
    return Period(date(day.year // 100 * 100, 1, 1), "century")


def season_period(year: int, code: str) -> Period:
    """The (meteorological) season ``code`` of ``year``."""
    return Period(date(year, _SEASON_START[code], 1), "quarter", season=code)


def shift(period: Period, steps: int) -> Period:
    """``period`` moved by ``steps`` of its own unit."""
    d = period.start
    if period.unit == "day":
        start = d + timedelta(days=steps)
    elif period.unit == "week":
        start = d + timedelta(weeks=steps)
    else:
        months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}
        start = add_months(d, steps * months[period.unit])
    return Period(start, period.unit, period.season, period.weekend, period.part)


@dataclass(frozen=True, slots=True)
class Holiday:
    """A named day's rule: a fixed date ("12-25"), or the ``nth`` given weekday of a month
    (``nth`` -1 for the last one), moved by ``shift`` days ("the Tuesday after the first
    Monday of November")."""

    month: int
    day: int | None = None
    weekday: int | None = None
    nth: int = 1
    shift: int = 0

    def in_year(self, year: int) -> date:
        """The holiday's date in ``year``."""
        if self.day is not None:
            return date(year, self.month, self.day)
        weekday = self.weekday or 0
        if self.nth > 0:
            first = date(year, self.month, 1)
            day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (self.nth - 1))
        else:
            last = add_months(date(year, self.month, 1), 1) - timedelta(days=1)
            day = last - timedelta(days=(last.weekday() - weekday) % 7)
        return day + timedelta(days=self.shift)
