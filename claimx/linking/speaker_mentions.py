"""Speaker mentions compared across languages: one source written twice, or two sources.

The word-based speaker gate (:mod:`.speakers`) compares two speakers' words and resolved
names. Across languages one source is written differently ("The Transport Workers
Federation" / "La Fédération des travailleurs du transport" / "Der Verband der
Transportarbeiter"), and resolution in a shallow language is a guess, so the embedding
backend (:mod:`.embeddings`) compares the mentions themselves (:func:`compare_mentions`):

* **names**: runs of two or more capitalised words that are not determiners ("Odile
  Marchetti", "Nordbahn Lines"; a German noun alone or after a determiner is not a name),
  or a mention that is one capitalised word ("Marchetti"). People's and companies' names
  are written alike in every language: two names of one source (one's words among the
  other's, or the same last word after titles only: "Frau Marchetti" / "Odile Marchetti")
  make the speakers ``SAME``. When both mentions carry names and none matches, the names
  are compared by embedding (a translated name: "European Commission" / "Europäische
  Kommission"): from :data:`SAME_COSINE` one source, else two (``CONFLICT``: "John Smith"
  / "Pierre Dupont", whatever their role words say).
* **descriptions**: otherwise the whole mentions are compared by the multilingual sentence
  embedding (and a description against a named mention's own role words as well:
  "l'ingénieur" / "the company's chief engineer, Tomas Verhulst"): from
  :data:`SAME_COSINE` one source ("the port authority" / "die Hafenbehörde"), below
  :data:`DIFFERENT_COSINE` two ("the port authority" / "der Verband der
  Transportarbeiter"), unknown in between. A bare name against a description ("Brennick
  Chemicals" / "the company") is never a conflict by its words: the name's words say
  nothing about what it names (the embedding backend still finds one when the other
  article quotes the description's source apart from the name).
* a pronoun ("she", "elle", "sie") stands for the name it was resolved to, and is unknown
  without one.

Thresholds (USE multilingual v3 cosines of mentions, measured on invented mentions in
English, French and German, ``tests/test_crosslanguage_links.py``): translations of one
mention scored 0.67-0.93, mentions of different sources at most 0.46.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._lexicon import tokens
from .anchors import NOUN_CAPITALISING
from .similarity import NAMED_SAME_SPEAKER, UNKNOWN_SPEAKER
from .speakers import SpeakerRelation

__all__ = [
    "DIFFERENT_COSINE",
    "SAME_COSINE",
    "UNKNOWN_SCORE",
    "SpeakerMention",
    "compare_mentions",
    "speaker_mention",
]

#: Embedding cosine of two mentions (or two names) from which they name one source.
SAME_COSINE = 0.6
#: Embedding cosine of two descriptions below which they name two sources.
DIFFERENT_COSINE = 0.5
#: Speaker scores as the word-based ``speaker`` component gives them: a shared name 1, one
#: source by other evidence NAMED_SAME_SPEAKER, nothing either way UNKNOWN_SPEAKER.
NAME_SCORE = 1.0
SAME_SCORE = NAMED_SAME_SPEAKER
UNKNOWN_SCORE = UNKNOWN_SPEAKER


@dataclass(frozen=True, slots=True)
class SpeakerMention:
    """What is compared of one speaker: its mention and the names in it."""

    text: str
    """The mention ("die Präsidentin des Verbands, Odile Marchetti"), or for a pronoun the
    name it was resolved to; empty for an unresolved pronoun."""
    names: tuple[tuple[str, ...], ...]
    """Folded, accent-free name runs (``("odile", "marchetti")``)."""
    described: bool
    """The mention has words besides its names and determiners (a description)."""
    titles: frozenset[str] = frozenset()
    """The language's title words (folded), skipped when two names are matched."""
    description: str = ""
    """The mention without its names ("the company's chief engineer,")."""

    @property
    def names_text(self) -> str:
        """The names as one text ("odile marchetti"), as the embedding compares them."""
        return " ".join(" ".join(name) for name in self.names)

    @property
    def texts(self) -> tuple[str, ...]:
        """Every text :func:`compare_mentions` may encode for this mention."""
        return tuple(t for t in (self.text, self.names_text, self.description) if t)


@functools.cache
def _words(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Determiners, titles and subject pronouns of ``language`` (folded), from the entity,
    shallow and coreference data; English's as well (names of English outlets and bodies
    appear in every language)."""
    from ..lexicons import load_data

    found: dict[str, set[str]] = {"determiners": set(), "titles": set(), "pronouns": set()}
    for lang in dict.fromkeys((language, "en")):
        for folder in ("entities", "shallow", "coref"):
            try:
                data: dict[str, Any] = load_data(folder, f"{lang}.json")
            except FileNotFoundError:
                continue
            for key, words in found.items():
                words.update(_fold(w).strip("'’.-") for w in data.get(key, ()))
    return (
        frozenset(found["determiners"]),
        frozenset(found["titles"]),
        frozenset(found["pronouns"]),
    )


def _fold(word: str) -> str:
    text = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


def _bare(word: str, determiners: frozenset[str]) -> str:
    """The word without an elided determiner or preposition ("L'autorité" -> "autorité")
    and a possessive ("Marchetti's" -> "Marchetti")."""
    for mark in ("'", "’"):
        head, sep, rest = word.partition(mark)
        if sep and rest and len(head) <= 2 and _fold(head) in determiners | {"d", "l"}:
            word = rest
        if word.endswith(mark + "s"):
            word = word[:-2]
    return word


def speaker_mention(text: str, resolved: str | None, language: str) -> SpeakerMention:
    """The :class:`SpeakerMention` of a speaker written ``text`` (resolved to ``resolved``)
    in ``language``."""
    determiners, titles, pronouns = _words(language)
    words = [w for w, _, _ in tokens(text) if w[:1].isalnum()]
    if len(words) == 1 and _fold(words[0]) in pronouns:
        if not resolved:
            return SpeakerMention("", (), False, titles, "")
        text, words = resolved, [w for w, _, _ in tokens(resolved) if w[:1].isalnum()]
    runs: list[tuple[str, ...]] = []
    current: list[str] = []
    kept: list[str] = []  # the words outside names: the description
    pending: list[str] = []  # the raw words of ``current``
    nouns = language in NOUN_CAPITALISING
    previous = ""

    def close() -> None:
        # a run of two or more; a lone capitalised word after the mention's first word in a
        # language that writes its nouns in lower case ("United States airframer Boeing");
        # else it is a noun or a sentence's first word
        if len(current) >= 2 or (current and start > 1 and not nouns):
            runs.append(tuple(current))
        else:
            kept.extend(pending)
        current.clear()
        pending.clear()

    position = 0  # alphabetic words read so far, the current one included
    start = 0  # the position of the current run's first word
    for raw in (w for w, _, _ in tokens(text)):
        word = _bare(raw, determiners)
        position += bool(word[:1].isalpha())
        folded = _fold(word)
        after_determiner, previous = previous in determiners, folded
        capitalised = word[:1].isupper() and word[:1].isalpha() and folded not in determiners
        if capitalised and not (nouns and after_determiner):  # "der Bahnbetreiber": a noun
            start = start if current else position
            current.append(folded)
            pending.append(raw)
            continue
        close()
        kept.append(raw)
    if current and len(words) == 1:
        runs.append(tuple(current))  # the whole mention is one name: "Marchetti"
        current.clear()
        pending.clear()
    close()
    described = any(
        w[:1].isalpha() and _fold(_bare(w, determiners)) not in determiners for w in kept
    )
    description = " ".join(kept).strip(" ,;:") if runs else text
    return SpeakerMention(text, tuple(runs), described, titles, description)


def _same_name(x: tuple[str, ...], y: tuple[str, ...], titles: frozenset[str]) -> bool:
    """One name's words among the other's, or the same last word after titles only."""
    if set(x) <= set(y) or set(y) <= set(x):
        return True
    return x[-1] == y[-1] and (all(w in titles for w in x[:-1]) or all(w in titles for w in y[:-1]))


def compare_mentions(
    a: SpeakerMention, b: SpeakerMention, cosine: Callable[[str, str], float]
) -> tuple[SpeakerRelation, float]:
    """Whether two speaker mentions (in two languages) are one source, two, or cannot tell,
    with the speaker score that goes with it (see the module doc); ``cosine`` compares two
    texts by multilingual embedding."""
    if not a.text or not b.text:
        return SpeakerRelation.UNKNOWN, UNKNOWN_SCORE
    titles = a.titles | b.titles
    if any(_same_name(x, y, titles) for x in a.names for y in b.names):
        return SpeakerRelation.SAME, NAME_SCORE
    if a.names and b.names:
        if cosine(a.names_text, b.names_text) >= SAME_COSINE:
            return SpeakerRelation.SAME, SAME_SCORE  # a translated name
        return SpeakerRelation.CONFLICT, 0.0
    similar = cosine(a.text, b.text)
    if a.names or b.names:
        # a description against a named one: also against the named one's own description
        # ("l'ingénieur" / "the company's chief engineer, Tomas Verhulst")
        named, other = (a, b) if a.names else (b, a)
        if named.described:
            similar = max(similar, cosine(named.description, other.text))
    if similar >= SAME_COSINE:
        return SpeakerRelation.SAME, SAME_SCORE
    bare_name = (a.names and not a.described) or (b.names and not b.described)
    if similar < DIFFERENT_COSINE and not bare_name:
        return SpeakerRelation.CONFLICT, 0.0
    return SpeakerRelation.UNKNOWN, UNKNOWN_SCORE
