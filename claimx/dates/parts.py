"""What the words of one time expression say: tokens, numbers, dates, units, directions.

:func:`parse_parts` reads the lower-cased tokens of an expression (after
:func:`tokenize` and :func:`strip_modifiers`) into :class:`Parts` with the lexicon of the
language; :mod:`claimx.dates.normalize` turns them into a value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import TimeLexicon

__all__ = ["Parts", "parse_parts", "strip_modifiers", "tokenize", "year_range"]

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
_EN_DASH = re.compile(r"(?<=\d)–(?=\d)")
#: A range of years written as one word: "2015-16", "2004-5", "1948-1982", "2015/16".
_YEAR_RANGE = re.compile(r"^(1[5-9]\d\d|20\d\d)[-–/](\d{1,2}|1[5-9]\d\d|20\d\d)$")


def year_range(token: str) -> tuple[int, int] | None:
    """The first and last year of a range of years written as one word, ``None`` when
    ``token`` is not one ("2015-16" and "2015/16" are seasons: 2015 to 2016; "2015-03"
    reads as a month, not a range, since its end would come first)."""
    m = _YEAR_RANGE.match(token)
    if m is None:
        return None
    first, tail = int(m.group(1)), m.group(2)
    if len(tail) == 4:
        last = int(tail)
    else:
        scale = 10 ** len(tail)
        last = first // scale * scale + int(tail)
        if last <= first and first % scale >= scale - scale // 10:  # "1999-00", "2009-1"
            last += scale
    return (first, last) if first < last else None


@dataclass
class Parts:
    """What the tokens of an expression say."""

    tokens: list[str]
    year: int | None = None
    year_end: int | None = None
    """The last year of a range of years ("2015-16")."""
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


def tokenize(text: str, lex: TimeLexicon) -> list[str]:
    """Lower-cased tokens; words with an apostrophe stay whole only when the lexicon
    knows them ("aujourd'hui"), elisions split ("l'année" -> "l'", "année"); an en dash
    between digits reads as a hyphen ("2015–16")."""
    out: list[str] = []
    for tok in _TOKEN.findall(_EN_DASH.sub("-", text.lower().replace("’", "'"))):
        head, sep, rest = tok.partition("'")
        if sep and head and rest and tok not in lex.deictic_days and tok not in lex.vague:
            out.extend((head + "'", rest))
        else:
            out.append(tok)
    return out


def strip_modifiers(tokens: list[str], lex: TimeLexicon) -> list[str]:
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


def parse_parts(tokens: list[str], lex: TimeLexicon) -> Parts:
    p = Parts(tokens)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        bare = tok.rstrip(".")
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        p.digits = p.digits or any(c.isdigit() for c in tok)
        if (years := year_range(tok)) is not None and p.year is None:
            p.year, p.year_end = years
        elif _NUMERIC_DATE.match(tok) and not _YEAR.match(tok):
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
