"""dateparser as the fallback normaliser: absolute dates in any notation, other languages.

``import dateparser`` happens on first use only. Parsers are cached per (language, base),
never module singletons that grow; the publication date is always ``RELATIVE_BASE`` and the
language is always given (auto-detection is slow and error-prone).
"""

from __future__ import annotations

import functools
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from .calendar import Period, Unit, period_of

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

__all__ = ["clear_parsers", "parse_with_dateparser"]


@functools.lru_cache(maxsize=64)
def _parser(language: str, base: datetime, tz: str) -> DateDataParser:
    from dateparser.date import DateDataParser

    settings: dict[str, Any] = {
        "RELATIVE_BASE": base,
        "TIMEZONE": tz,
        "TO_TIMEZONE": tz,
        "RETURN_AS_TIMEZONE_AWARE": True,
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_TIME_AS_PERIOD": True,
    }
    return DateDataParser(languages=[language], settings=settings)


def _dateparser_once(text: str, language: str, base: datetime) -> Period | None:
    try:
        data = _parser(language, base.replace(tzinfo=None), "UTC").get_date_data(text)
    except (ValueError, OverflowError):
        return None
    found = data.date_obj
    if found is None:
        return None
    day = found.date()
    if data.period == "time":
        return Period(day, "day", clock=(found.hour, found.minute))
    unit: Unit = {"week": "week", "month": "month", "year": "year"}.get(str(data.period), "day")  # type: ignore[assignment]
    return period_of(day, unit)


#: Two far-apart reference points: a value that differs between them is relative.
_PROBES = (datetime(2001, 3, 14, 12), datetime(2013, 10, 9, 12))


def parse_with_dateparser(text: str, language: str, anchor: datetime | None) -> Period | None:
    if anchor is not None:
        return _dateparser_once(text, language, anchor.astimezone(timezone.utc))
    first, second = (_dateparser_once(text, language, b) for b in _PROBES)
    return first if first == second else None


def clear_parsers() -> None:
    """Drop the cached dateparser parsers."""
    _parser.cache_clear()
