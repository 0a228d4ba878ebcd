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

__all__ = ["clear_parsers", "parse_with_dateparser", "warm_up_dateparser"]


def _new_parser(language: str, base: datetime, tz: str) -> DateDataParser:
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


@functools.lru_cache(maxsize=64)
def _parser(language: str, base: datetime, tz: str) -> DateDataParser:
    return _new_parser(language, base, tz)


#: Parsed once by :func:`warm_up_dateparser`: digits only, so any language's locale reads
#: it, through the steps every parse takes (translation, time-zone search, freshness).
_WARM_UP_TEXT = "14.03.2001 12:00"


def warm_up_dateparser(language: str) -> None:
    """Import dateparser and build what it builds lazily on its first parse (the
    language's locale and the regexes of its translations and of time zones: ~0.5 s of
    CPU, more than the rest of a pass over a hundred articles spends in it), so that the
    first article that needs dateparser does not pay for it. :func:`claimx.load_pipeline`
    calls it. The parser used is a fresh one, not one of the cached parsers; a language
    dateparser does not know is skipped (it is never passed to dateparser then either)."""
    try:
        _new_parser(language, _PROBES[0], "UTC").get_date_data(_WARM_UP_TEXT)
    except (ValueError, OverflowError):
        return


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
