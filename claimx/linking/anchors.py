"""Language-independent anchors of a claim's text, and their agreement across languages.

Names (capitalised word groups; countries as ``country:`` identities through the alias data,
country abbreviations and adjectives of nationality from ``claimx/data/linking/anchors.json``),
numbers read with each language's separators, and quotations. Used by
:mod:`claimx.linking.embeddings` to check what a multilingual sentence embedding says.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from ._lexicon import tokens

__all__ = ["Anchors", "agreement", "anchors", "crossed", "quotations"]

#: Anchor agreement when neither claim has an anchor, when only one has, when both have some
#: but share none; a shared anchor lifts it from ``SHARED_BASE`` to 1.
NO_ANCHORS = 0.4
ONE_SIDED = 0.35
DISJOINT = 0.15
SHARED_BASE = 0.55
#: Languages writing ``1.000,5`` (the others write ``1,000.5``).
_DECIMAL_COMMA = frozenset({"de", "es", "it", "nl", "fr", "pt", "ru", "uk", "pl", "ca"})
_CONNECTORS = frozenset(
    {"of", "de", "del", "la", "van", "der", "den", "di", "della", "von", "du", "des", "y", "and"}
)
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")
#: Languages that capitalise every noun: a single capitalised word there is a weak anchor,
#: and right after one of :data:`_NOUN_MARKERS` it is taken for a common noun ("der Auftrag").
NOUN_CAPITALISING = frozenset({"de", "lb"})
#: Tokens after which a capitalised word may just start a sentence or a quotation.
_SENTENCE_OPENERS = frozenset(
    {".", "!", "?", ":", ";", '"', "“", "”", "«", "»", "„", "(", "—", "-"}
)
_NOUN_MARKERS = frozenset(
    [
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "ein",
        "eine",
        "einen",
        "einem",
        "einer",
        "eines",
        "kein",
        "keine",
        "im",
        "am",
        "vom",
        "zum",
        "zur",
        "beim",
        "ins",
        "ans",
    ]
)


@dataclass(frozen=True, slots=True)
class Anchors:
    """Language-independent evidence read from a claim's text."""

    names: tuple[str, ...]
    """Name keys in order of first occurrence (country identities or folded words)."""
    numbers: frozenset[str]
    """Numbers as canonical strings (``"44000"``, ``"1.5"``)."""
    weak: frozenset[str] = frozenset()
    """Names that may be ordinary words (a capitalised sentence start, a German noun): they
    count when shared but never against a pair."""
    sequence: tuple[tuple[str, int], ...] = ()
    """Every name occurrence in text order with the index of its capitalised word group."""

    @property
    def keys(self) -> frozenset[str]:
        """Strong anchors: names that are not :attr:`weak`, and numbers (``#44000``)."""
        return (frozenset(self.names) - self.weak) | {f"#{n}" for n in self.numbers}

    @property
    def all_keys(self) -> frozenset[str]:
        """Strong and weak anchors."""
        return frozenset(self.names) | {f"#{n}" for n in self.numbers}


@dataclass(frozen=True, slots=True)
class _AnchorData:
    """Country abbreviations and nationality adjectives (``claimx/data/linking/anchors.json``)."""

    abbreviation: re.Pattern[str]
    """Any abbreviation of a country ("U.S.", "V. S.", "EE. UU.")."""
    codes: dict[str, str]
    """Abbreviation letters ("VS", "EEUU") -> the country's three-letter code."""
    accepted: frozenset[str]
    """Short all-capital words read as countries (the three-letter codes substituted in)."""
    demonyms: dict[str, dict[str, str]]
    """Language -> folded adjective of nationality ("amerikaanse") -> ``country:`` identity."""


def _code(surface: str) -> str:
    return re.sub(r"[.\s-]", "", surface).upper()


@functools.cache
def _anchor_data() -> _AnchorData:
    from ..lexicons import load_data

    data: dict[str, Any] = load_data("linking", "anchors.json")
    codes: dict[str, str] = {}
    patterns: list[str] = []
    for country, forms in data["abbreviations"].items():
        for form in forms:
            codes[_code(form)] = country
            letters = [re.escape(ch) for ch in form if ch not in ". "]
            # "V.S." also as "V. S." or "V.S" (detokenised text)
            dotted = "." in form
            patterns.append(r"\.?\s?".join(letters) + r"\.?" if dotted else "".join(letters))
    patterns.sort(key=len, reverse=True)
    abbreviation = re.compile(r"(?<![\w.])(?:" + "|".join(patterns) + r")(?![\w])")
    demonyms = {
        lang: {_fold(w): f"country:{c}" for c, words in table.items() for w in words}
        for lang, table in data["demonyms"].items()
    }
    return _AnchorData(abbreviation, codes, frozenset(data["abbreviations"]), demonyms)


def _fold(word: str) -> str:
    text = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def _number(surface: str, language: str) -> str | None:
    if language in _DECIMAL_COMMA:
        thousands, decimal = ".", ","
    else:
        thousands, decimal = ",", "."
    parts = surface.split(decimal)
    if len(parts) > 2:
        return None
    whole = parts[0].replace(thousands, "")
    if not whole.isdigit():
        return None
    value = float(whole + ("." + parts[1] if len(parts) == 2 and parts[1].isdigit() else ""))
    return str(int(value)) if value.is_integer() else repr(value)


def _is_cap(word: str) -> bool:
    return word[:1].isupper() and word[:1].isalpha()


def _name_groups(text: str, language: str) -> list[tuple[list[str], bool]]:
    """Runs of capitalised words (inner connectors allowed: "Corea del Norte"), each with a
    flag: weak (a single word at a sentence start, or any single word in a language that
    capitalises its nouns; all-capital acronyms are never weak)."""
    toks = [t[0] for t in tokens(text)]
    nouns = language in NOUN_CAPITALISING
    demonyms = _anchor_data().demonyms.get(language, {})
    groups: list[tuple[list[str], bool]] = []
    current: list[str] = []
    start = 0

    def close() -> None:
        single = len(current) == 1 and not current[0].isupper()
        at_start = start == 0 or toks[start - 1] in _SENTENCE_OPENERS
        groups.append((list(current), single and (nouns or at_start)))
        current.clear()

    for i, word in enumerate(toks):
        if nouns and not current and i > 0 and toks[i - 1].lower() in _NOUN_MARKERS:
            continue
        if nouns and not current and word.lower() in _NOUN_MARKERS:
            continue  # "Die Arbeiter": an article opening a sentence, then a common noun
        if _is_cap(word):
            if not current:
                start = i
            current.append(word)
        elif _fold(word) in demonyms:
            # a lowercase adjective of nationality ("estadounidense"): a group of its own
            if current:
                close()
            start = i
            current.append(word)
            close()
        elif current and word.lower() in _CONNECTORS and i + 1 < len(toks):
            # in German an article between two nouns is no name connector ("Verband der
            # Transportarbeiter", "Stoffe den Fluss")
            if _is_cap(toks[i + 1]) and not (nouns and word.lower() in _NOUN_MARKERS):
                current.append(word)
                continue
            close()
        elif current:
            close()
    if current:
        close()
    return groups


@functools.lru_cache(maxsize=50_000)
def anchors(text: str, language: str) -> Anchors:
    """The name and number anchors of ``text`` written in ``language``."""
    from ..entities import identity_for

    data = _anchor_data()
    text = data.abbreviation.sub(lambda m: data.codes[_code(m.group())], text)
    demonyms = data.demonyms.get(language, {})

    def country(phrase: str) -> str | None:
        # a short all-capital word is a country only when it is a common abbreviation:
        # ISO codes are also company acronyms ("GM" for a carmaker is not The Gambia)
        core = _code(phrase.removeprefix("The ").removeprefix("the "))
        if core.isupper() and len(core) <= 3 and core not in data.accepted:
            return None
        found = demonyms.get(_fold(phrase)) or identity_for(phrase, "GPE", language)
        return found if found is not None and found.startswith("country:") else None

    names: list[str] = []
    group_of: list[int] = []
    weak: set[str] = set()
    for g, (group, is_weak) in enumerate(_name_groups(text, language)):
        identity = country(" ".join(group))
        if identity is not None:
            names.append(identity)
            group_of.append(g)
            continue
        for word in group:
            if word.lower() in _CONNECTORS:
                continue
            single = country(word)
            if single is not None:
                names.append(single)
                group_of.append(g)
                continue
            # a compound led by a name ("Acme-fabrieken", "Globex-Chef"): its capitalised parts
            parts = [p for k, p in enumerate(word.split("-")) if k == 0 or _is_cap(p)]
            for part in parts:
                key = country(part) if part != word else None
                if key is None and len(part) > 1:
                    key = _fold(part)
                    if is_weak:
                        weak.add(key)
                if key is not None:
                    names.append(key)
                    group_of.append(g)
    numbers = {
        n for word, _, _ in tokens(text) if _NUMBER.match(word) and (n := _number(word, language))
    }
    strong = set(names) - weak
    return Anchors(
        names=tuple(dict.fromkeys(names)),
        numbers=frozenset(numbers),
        weak=frozenset(weak - strong),
        sequence=tuple(zip(names, group_of, strict=True)),
    )


#: Quoted fragments: curly, straight, guillemets, German low-high marks.
_QUOTATION = re.compile(r"“([^“”]+)”|\"([^\"]+)\"|«([^«»]+)»|„([^„“”]+)[“”]")


def quotations(text: str) -> list[str]:
    """The quoted fragments of ``text`` (without their marks; empty ones dropped)."""
    found = (next(g for g in m.groups() if g is not None) for m in _QUOTATION.finditer(text))
    return [q.strip() for q in found if q.strip()]


def agreement(a: Anchors, b: Anchors, *, quoted: bool = False) -> float:
    """Anchor agreement; ``quoted``: the two texts are quotations matched to each other,
    which counts as one more shared anchor."""
    ka, kb = a.keys, b.keys
    shared = a.all_keys & b.all_keys
    if quoted:
        shared = shared | {"\u201c\u201d"}
    if shared:
        smaller = min(len(ka | shared), len(kb | shared))
        return SHARED_BASE + (1.0 - SHARED_BASE) * len(shared) / smaller
    if ka and kb:
        return DISJOINT
    return ONE_SIDED if ka or kb else NO_ANCHORS


def _orders(anchors: Anchors, x: str, y: str) -> set[bool]:
    """Whether ``x`` comes before ``y``, over all their occurrences in different groups."""
    xs = [(i, g) for i, (n, g) in enumerate(anchors.sequence) if n == x]
    ys = [(i, g) for i, (n, g) in enumerate(anchors.sequence) if n == y]
    return {i < j for i, g in xs for j, h in ys if g != h}


def crossed(a: Anchors, b: Anchors) -> bool:
    """Shared names come in opposite orders: more crossed pairs than parallel ones.

    A name found in both claims is taken for a name even where it is weak (a word spelt the
    same in two languages). Only occurrences in different word groups count, so that
    "Acme CEO Jane Roe" / "el CEO de Acme, Jane Roe" (modifier order differs between
    languages) is not a crossing, while "Acme defeated Globex" / "Globex besiegt Acme" is.
    A pair is parallel when some occurrences agree in order (a name repeated later in a
    longer translation does not cross).
    """
    shared = sorted(set(a.names) & set(b.names))
    if len(shared) < 2:
        return False
    inverted = parallel = 0
    for k, x in enumerate(shared):
        for y in shared[k + 1 :]:
            in_a, in_b = _orders(a, x, y), _orders(b, x, y)
            if not in_a or not in_b:
                continue
            if in_a & in_b:
                parallel += 1
            else:
                inverted += 1
    return inverted > parallel
