"""Cross-document identity keys for entities (pure functions on strings; no spaCy).

:func:`identity_for` maps an entity's text and label to a key shared by every article:

* countries: ``country:<ISO 3166-1 alpha-3>`` for the country's names (English and, where
  the source has them, French, German, Spanish, Italian, Dutch), its ISO codes (``US``,
  ``U.S.``, ``USA``; matched in capitals only), its capital ("Pyongyang", "Washington",
  "Moscow": capital-city metonymy), its demonym ("North Korean", plural "Russians"),
  "<demonym/country> government|regime|authorities|..." and seats of government ("the
  Kremlin", "the White House"). Data: ``claimx/data/aliases/countries.json`` (built by
  ``scripts/build_aliases.py``) and ``claimx/data/aliases/seats.json``. An alias that would
  name two countries ("Congolese", "Korea") is dropped: different countries never share
  an identity;
* two-word inverted names ("Korea North") are tried reversed;
* people: ``person:<normalised full name>``; a one-word name gets ``None`` (a surname is
  only resolved within its article, by chaining);
* organisations: ``org:<normalised name>``, without a leading country code ("US Defense
  Intelligence Agency" and "Defense Intelligence Agency" share ``org:defense intelligence
  agency``). Within an article an acronym is chained to its expansion first, so the
  entity's canonical name is the expansion; an acronym never expanded keeps
  ``org:<acronym>``. Demonym qualifiers are kept ("Russian Defense Ministry" and "South
  Korean Defense Ministry" differ);
* other places ``place:``, groups (NORP) ``group:``, events ``event:``.

Normalisation (:func:`normalize_name`): Unicode NFKC, accents folded, case folded, curly
apostrophes straightened, dots of acronyms removed, hyphens and dashes to spaces, a
leading "the" and a trailing possessive dropped, whitespace collapsed.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from ..lexicons import load_data

__all__ = ["identity_for", "is_acronym", "normalize_name"]

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
_DASHES = re.compile(r"[-‐‑‒–—―/]+")
_DROP = re.compile(r"[^\w\s'&]+")
_ACRONYM_DOTS = re.compile(r"\b(\w)\.(?=\w\.?)")
_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"(?:'s|(?<=s)')$")

#: Labels whose text is looked up in the country and seat tables.
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC", "ORG"})
_PREFIX_BY_LABEL = {
    "ORG": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "EVENT": "event",
}


def _fold_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=65536)  # pure; names repeat within and across articles
def normalize_name(text: str) -> str:
    """A comparison key for a name.

    >>> normalize_name("the U.S. Department of Defense")
    'us department of defense'
    >>> normalize_name("Corée du Nord")
    'coree du nord'
    """
    s = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    s = _ACRONYM_DOTS.sub(r"\1", s)
    s = _fold_accents(s).casefold()
    s = _DASHES.sub(" ", s)
    s = _DROP.sub(" ", s)
    s = _SPACES.sub(" ", s).strip()
    s = _LEADING_THE.sub("", s)
    s = _POSSESSIVE.sub("", s).strip()
    return s


def is_acronym(text: str) -> bool:
    """Whether ``text`` is an all-capitals abbreviation such as ``DIA``, ``U.S.``, ``AT&T``."""
    core = text.replace(".", "").replace("&", "")
    letters = sum(c.isalpha() for c in core)
    return (
        2 <= len(core) <= 8
        and letters >= 2
        and core.isalnum()
        and core.upper() == core
        and core[0].isalpha()
    )


def _code_key(text: str) -> str:
    """``U.S.`` -> ``US``; a leading article is dropped ("the US")."""
    text = text.strip()
    if text[:4].lower() == "the ":
        text = text[4:]
    return text.replace(".", "").strip()


@dataclass(frozen=True, slots=True)
class _Tables:
    names: dict[str, str]  # normalised alias -> identity
    codes: dict[str, str]  # upper-case code ("US", "USA") -> identity
    government: tuple[str, ...]  # normalised government nouns
    seats: dict[str, str]  # normalised seat -> identity


def _add(table: dict[str, str], ambiguous: set[str], key: str, identity: str) -> None:
    if not key or key in ambiguous:
        return
    known = table.get(key)
    if known is None:
        table[key] = identity
    elif known != identity:
        del table[key]
        ambiguous.add(key)


@functools.cache
def _tables(language: str) -> _Tables:
    """Lookup tables for ``language`` (its names plus English and language-free forms)."""
    countries: dict[str, Any] = load_data("aliases", "countries.json")
    seats_data: dict[str, Any] = load_data("aliases", "seats.json")
    names: dict[str, str] = {}
    codes: dict[str, str] = {}
    ambiguous: set[str] = set()
    langs = dict.fromkeys([language, "en"])
    for country in countries["countries"]:
        identity = f"country:{country['code']}"
        forms: list[str] = list(country.get("capitals", []))
        for lang in langs:
            forms += country.get("names", {}).get(lang, [])
            forms += country.get("demonyms", {}).get(lang, [])
            forms += country.get("capital_names", {}).get(lang, [])
        for form in forms:
            _add(names, ambiguous, normalize_name(form), identity)
        for code in country.get("codes", []):
            codes[_code_key(code)] = identity
    seats: dict[str, str] = {}
    for seat in seats_data["seats"]:
        for form in seat["names"]:
            seats[normalize_name(form)] = seat["identity"]
    nouns = seats_data.get("government_nouns", {})
    government = tuple(normalize_name(w) for lang in langs for w in nouns.get(lang, []))
    return _Tables(names=names, codes=codes, government=government, seats=seats)


def _country(key: str, tables: _Tables, plural: bool) -> str | None:
    found = tables.names.get(key) or tables.seats.get(key)
    if found is None and plural and key.endswith("s"):
        found = tables.names.get(key[:-1])
    if found is None:
        words = key.split()
        if len(words) == 2:
            found = tables.names.get(f"{words[1]} {words[0]}")
    return found


def _government_of(key: str, tables: _Tables) -> str | None:
    """``country:`` for "North Korean government", "government of Russia", ..."""
    for noun in tables.government:
        if key.endswith(" " + noun):
            found = _country(key[: -len(noun) - 1], tables, plural=False)
            if found and found.startswith("country:"):
                return found
        for link in (" of ", " de ", " du "):
            prefix = noun + link
            if key.startswith(prefix):
                found = _country(key[len(prefix) :], tables, plural=False)
                if found and found.startswith("country:"):
                    return found
    return None


def _without_country_code(text: str, tables: _Tables) -> str:
    words = text.split()
    i = 0
    while i < len(words) - 2 and _code_key(words[i]) in tables.codes and is_acronym(words[i]):
        i += 1
    if i and not normalize_name(" ".join(words[i:])).startswith("of "):
        return " ".join(words[i:])
    return text


@functools.lru_cache(maxsize=65536)
def identity_for(text: str, label: str, language: str = "en") -> str | None:
    """Cross-document identity key of an entity mention, or ``None`` when unknown.

    >>> identity_for("Pyongyang", "GPE")
    'country:PRK'
    >>> identity_for("Vladimir Putin", "PERSON")
    'person:vladimir putin'
    """
    key = normalize_name(text)
    if not key:
        return None
    if label == "PERSON":
        return f"person:{key}" if len(key.split()) >= 2 else None
    tables = _tables(language)
    if label in _PLACE_LABELS:
        code = _code_key(text)
        if code.upper() == code and code in tables.codes:
            return tables.codes[code]
        found = _country(key, tables, plural=label == "NORP") or _government_of(key, tables)
        if found is not None:
            return found
    prefix = _PREFIX_BY_LABEL.get(label)
    if prefix is None:
        return None
    if prefix == "org":
        key = normalize_name(_without_country_code(text, tables)) or key
    return f"{prefix}:{key}"
