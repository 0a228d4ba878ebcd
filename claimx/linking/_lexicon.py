"""The general word lists behind linking (``claimx/data/linking/<lang>.json``) and cheap lemmas."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

from ..lexicons import load_data

__all__ = ["WORD", "Lexicon", "lexicon", "stem", "tokens"]

#: Words (with inner hyphens/apostrophes), numbers, and single punctuation marks.
WORD = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:[-'’]\w+)*|[^\w\s]")

_DOUBLE = re.compile(r"([bdfgklmnprstvz])\1$")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word lists of one language, as sets and maps."""

    stopwords: frozenset[str]
    number_words: dict[str, float]
    scale_words: dict[str, float]
    directions: dict[str, str]
    negations: frozenset[str]
    preposition_roles: dict[str, str]
    skippable: frozenset[str]
    production_verbs: frozenset[str]
    stance_polarity: dict[str, int]
    generic_sources: frozenset[str] = frozenset()
    """Plural nouns naming an unnamed group of sources ("experts", "officials")."""
    speaker_pronouns: frozenset[str] = frozenset()
    """First-person singular subject pronouns ("i", "i'm"): in a content, the speaker."""
    role_nouns: frozenset[str] = frozenset()
    """Nouns for a position in an organisation ("producer", "spokeswoman")."""
    place_nouns: frozenset[str] = frozenset()
    """Nouns naming a place or its government ("country", "city", "government")."""
    question_words: frozenset[str] = frozenset()
    """Words opening an embedded question ("why", "whether"): "declined to say why ..."."""
    question_nouns: frozenset[str] = frozenset()
    """Nouns that open an embedded question with one ("the reason why ...", "the cause of")."""
    infinitive_markers: frozenset[str] = frozenset()
    """The word opening a bare infinitive content ("to comment")."""
    relation_nouns: frozenset[str] = frozenset()
    """Kinship nouns that describe a person through another ("the sister of ...")."""


@functools.cache
def lexicon(lang: str = "en") -> Lexicon:
    """The linking lexicon for ``lang``, falling back to English when there is none (then
    without the English question words and nouns: a claim in a language claimx has no
    question words for is not known to be a question, or not one)."""
    try:
        data: dict[str, Any] = load_data("linking", f"{lang}.json")
    except FileNotFoundError:
        data = {
            k: v
            for k, v in load_data("linking", "en.json").items()
            if k not in ("question_words", "question_nouns")
        }
    roles = {word: role for role, words in data["prepositions"].items() for word in words}
    return Lexicon(
        stopwords=frozenset(data["stopwords"]),
        number_words={k: float(v) for k, v in data["number_words"].items()},
        scale_words={k: float(v) for k, v in data["scale_words"].items()},
        directions=dict(data["directions"]),
        negations=frozenset(data["negations"]),
        preposition_roles=roles,
        skippable=frozenset(data["skippable"]),
        production_verbs=frozenset(data["production_verbs"]),
        stance_polarity={k: int(v) for k, v in data["stance_polarity"].items()},
        generic_sources=frozenset(data.get("generic_sources", ())),
        speaker_pronouns=frozenset(data.get("speaker_pronouns", ())),
        role_nouns=frozenset(data.get("role_nouns", ())),
        place_nouns=frozenset(data.get("place_nouns", ())),
        question_words=frozenset(data.get("question_words", ())),
        question_nouns=frozenset(data.get("question_nouns", ())),
        relation_nouns=frozenset(data.get("relation_nouns", ())),
        infinitive_markers=frozenset(data.get("infinitive_markers", ())),
    )


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A cheap, consistent English lemma substitute: ``missiles``/``missile`` -> ``missil``.

    Lowercases, drops a possessive, then strips one plural and one verbal suffix and a final
    ``e`` so that inflections of one word share a stem (``use``/``uses``/``used``/``using``).
    """
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) <= 2 or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 2:
            w = w[: -len(suffix)]
            w = _DOUBLE.sub(r"\1", w)
            break
    if w.endswith("e") and len(w) > 2:
        w = w[:-1]
    return w


def tokens(text: str) -> list[tuple[str, int, int]]:
    """``(token, start, end)`` for every word, number and punctuation mark of ``text``."""
    return [(m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
