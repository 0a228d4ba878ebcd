"""The per-language time lexicon (``claimx/data/dates/<lang>.json``) as a typed object."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib.resources import files

from ..lexicons import load_data
from .calendar import Holiday

__all__ = ["TimeLexicon", "holiday_key", "time_lexicon"]

_POSSESSIVE = re.compile(r"['’]\s*s\b|['’]")


def holiday_key(text: str) -> str:
    """``text`` as the holiday table is keyed: lower case, no possessive, no leading
    "the" ("New Year's Day" -> "new year day")."""
    words = _POSSESSIVE.sub("", text.lower()).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _strings(data: dict[str, object], key: str) -> frozenset[str]:
    value = data.get(key, [])
    assert isinstance(value, list), key
    return frozenset(str(v).lower() for v in value)


def _mapping(data: dict[str, object], key: str) -> dict[str, object]:
    value = data.get(key, {})
    assert isinstance(value, dict), key
    return {str(k).lower(): v for k, v in value.items()}


@dataclass(frozen=True)
class TimeLexicon:
    """Words that detect and give meaning to time expressions in one language.

    Every field is lower-cased. An empty lexicon (a language with no data file) still
    works: detection then relies on the statistical NER alone and normalisation on
    dateparser.
    """

    language: str
    months: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    units: dict[str, str] = field(default_factory=dict)
    numbers: dict[str, float] = field(default_factory=dict)
    vague_numbers: frozenset[str] = frozenset()
    relative: dict[str, int] = field(default_factory=dict)
    relative_follows: bool = False
    """Relative words follow their noun ("la semaine dernière")."""
    capitalised_names: bool = True
    """Month and weekday names are written capitalised (en, de), so a lower-case
    ambiguous one ("may", "march") is not a date."""
    deictic_days: dict[str, int] = field(default_factory=dict)
    parts_of_day: dict[str, str] = field(default_factory=dict)
    seasons: dict[str, str] = field(default_factory=dict)
    ordinals: dict[str, int] = field(default_factory=dict)
    ago: frozenset[str] = frozenset()
    ago_prefix: frozenset[str] = frozenset()
    later: frozenset[str] = frozenset()
    modifiers: tuple[str, ...] = ()
    vague: dict[str, str] = field(default_factory=dict)
    detect_vague: frozenset[str] = frozenset()
    sets: dict[str, str] = field(default_factory=dict)
    set_words: frozenset[str] = frozenset()
    clock_zones: frozenset[str] = frozenset()
    meridiem: frozenset[str] = frozenset()
    approximators: frozenset[str] = frozenset()
    trim_leading: frozenset[str] = frozenset()
    trim_trailing: frozenset[str] = frozenset()
    split_words: frozenset[str] = frozenset()
    future_markers: frozenset[str] = frozenset()
    ambiguous_capitalised: frozenset[str] = frozenset()
    future_verbs: frozenset[str] = frozenset()
    """Verbs of planning: "is scheduled for Friday" points forward."""
    future_preps: frozenset[str] = frozenset()
    """Words and phrases before a date that point forward unless the clause is past
    ("until", "ahead of")."""
    prospective_verbs: frozenset[str] = frozenset()
    """Verbs and nouns of intention whose to-infinitive points forward from their own
    time ("vowed to", "a plan to"): under a past verb the direction is unknown."""
    past_preps: frozenset[str] = frozenset()
    """Words before a date that point back whatever the tense ("since")."""
    anterior_preps: frozenset[str] = frozenset()
    """Prepositions whose gerund tells of an earlier event ("after winning")."""
    postpone_verbs: frozenset[str] = frozenset()
    """Verbs and nouns of postponement: "postponed until Sunday" points forward from
    the publication date whatever the tense."""
    postpone_preps: frozenset[str] = frozenset()
    """The prepositions that complete them ("until", "to", "for")."""
    range_openers: frozenset[str] = frozenset()
    """Words that open a range ("from", "between"); kept in its span."""
    range_links: frozenset[str] = frozenset()
    """Words between the two ends of a range ("to", "through", "-")."""
    range_and: frozenset[str] = frozenset()
    """Words that link the ends of a range only after an opener ("between ... and")."""
    age_after: frozenset[str] = frozenset()
    """Words after a count of years that make it an age ("old", "of age")."""
    age_before: frozenset[str] = frozenset()
    """Words before a count that make it an age ("aged")."""
    holidays: dict[str, Holiday] = field(default_factory=dict)
    """Named days and their rules, keyed by :func:`holiday_key` ("christmas",
    "election day")."""
    holiday_names: frozenset[str] = frozenset()
    """The named days as written ("new year's day"), for detection."""
    holiday_nouns: frozenset[str] = frozenset()
    """Nouns a named day modifies as a time ("the Christmas holiday", "Thanksgiving
    weekend"); with any other noun it only classifies ("a Christmas tree")."""
    anaphoric_days: dict[str, int] = field(default_factory=dict)
    """Days named from the day of the narrative: "the same day" 0, "the next day" +1;
    "day" stands for any part of the day ("the following morning")."""
    same_words: frozenset[str] = frozenset()
    """Words that name the period of the narrative again ("the same", "that same")."""
    same_nouns: frozenset[str] = frozenset()
    """Nouns that take the reference's own period ("the same period")."""
    year_back: dict[str, int] = field(default_factory=dict)
    """Phrases that move it by years ("last year" -1, "a year earlier" -1)."""
    media_words: frozenset[str] = frozenset()
    """Recordings and their lengths: a bare "m:ss" that goes with them is no clock time."""
    date_links: frozenset[str] = frozenset()
    """Words between day, month and year ("12 de octubre de 2005")."""
    keep_leading: frozenset[str] = frozenset()
    """Articles TIMEX3 keeps in the extent before a date ("el lunes", "la semana pasada")."""
    decade_words: frozenset[str] = frozenset()
    """Nouns before a two-digit decade ("los años 90", "gli anni '80", "de jaren 90")."""
    set_heads: frozenset[str] = frozenset()
    """Words that make a unit or weekday recurring ("cada año", "ogni lunedì", "elke week")."""

    @property
    def empty(self) -> bool:
        """Whether the language has no lexicon (NER-only detection)."""
        return not self.months


def _holiday(rule: object) -> Holiday:
    assert isinstance(rule, dict), rule
    return Holiday(
        month=int(rule["month"]),
        day=int(rule["day"]) if "day" in rule else None,
        weekday=int(rule["weekday"]) if "weekday" in rule else None,
        nth=int(rule.get("nth", 1)),
        shift=int(rule.get("shift", 0)),
    )


@functools.cache
def time_lexicon(language: str) -> TimeLexicon:
    """The lexicon of ``language`` (an empty one when claimx has no data for it)."""
    lang = language.lower()
    if not files("claimx.data").joinpath("dates").joinpath(f"{lang}.json").is_file():
        return TimeLexicon(language=lang)
    data: dict[str, object] = load_data("dates", f"{lang}.json")
    modifiers = sorted(_strings(data, "modifiers"), key=lambda m: -len(m))
    return TimeLexicon(
        language=lang,
        months={k: int(str(v)) for k, v in _mapping(data, "months").items()},
        weekdays={k: int(str(v)) for k, v in _mapping(data, "weekdays").items()},
        units={k: str(v) for k, v in _mapping(data, "units").items()},
        numbers={k: float(str(v)) for k, v in _mapping(data, "numbers").items()},
        vague_numbers=_strings(data, "vague_numbers"),
        relative={k: int(str(v)) for k, v in _mapping(data, "relative").items()},
        relative_follows=bool(data.get("relative_follows", False)),
        capitalised_names=bool(data.get("capitalised_names", True)),
        deictic_days={k: int(str(v)) for k, v in _mapping(data, "deictic_days").items()},
        parts_of_day={k: str(v) for k, v in _mapping(data, "parts_of_day").items()},
        seasons={k: str(v) for k, v in _mapping(data, "seasons").items()},
        ordinals={k: int(str(v)) for k, v in _mapping(data, "ordinals").items()},
        ago=_strings(data, "ago"),
        ago_prefix=_strings(data, "ago_prefix"),
        later=_strings(data, "later"),
        modifiers=tuple(modifiers),
        vague={k: str(v) for k, v in _mapping(data, "vague").items()},
        detect_vague=_strings(data, "detect_vague"),
        sets={k: str(v) for k, v in _mapping(data, "sets").items()},
        set_words=_strings(data, "set_words"),
        clock_zones=_strings(data, "clock_zones"),
        meridiem=_strings(data, "meridiem"),
        approximators=_strings(data, "approximators"),
        trim_leading=_strings(data, "trim_leading"),
        trim_trailing=_strings(data, "trim_trailing"),
        split_words=_strings(data, "split_words"),
        future_markers=_strings(data, "future_markers"),
        ambiguous_capitalised=_strings(data, "ambiguous_capitalised"),
        future_verbs=_strings(data, "future_verbs"),
        future_preps=_strings(data, "future_preps"),
        prospective_verbs=_strings(data, "prospective_verbs"),
        past_preps=_strings(data, "past_preps"),
        anterior_preps=_strings(data, "anterior_preps"),
        postpone_verbs=_strings(data, "postpone_verbs"),
        postpone_preps=_strings(data, "postpone_preps"),
        range_openers=_strings(data, "range_openers"),
        range_links=_strings(data, "range_links"),
        range_and=_strings(data, "range_and"),
        age_after=_strings(data, "age_after"),
        age_before=_strings(data, "age_before"),
        media_words=_strings(data, "media_words"),
        same_words=_strings(data, "same_words"),
        same_nouns=_strings(data, "same_nouns"),
        year_back={k: int(str(v)) for k, v in _mapping(data, "year_back").items()},
        anaphoric_days={k: int(str(v)) for k, v in _mapping(data, "anaphoric_days").items()},
        holidays={holiday_key(k): _holiday(v) for k, v in _mapping(data, "holidays").items()},
        holiday_names=frozenset(_mapping(data, "holidays")),
        holiday_nouns=_strings(data, "holiday_nouns"),
        date_links=_strings(data, "date_links"),
        keep_leading=_strings(data, "keep_leading"),
        decade_words=_strings(data, "decade_words"),
        set_heads=_strings(data, "set_heads"),
    )
