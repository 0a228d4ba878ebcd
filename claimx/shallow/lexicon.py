"""The per-language data of shallow attribution (``claimx/data/shallow/<lang>.json``).

Loaded once per language (:func:`load_lexicon`); the file format is described in
``claimx/data/shallow/README.md``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from ..lexicons import load_data

__all__ = ["RawClaim", "ShallowLexicon", "SourceCue", "VerbCue", "load_lexicon"]


@dataclass(frozen=True, slots=True)
class VerbCue:
    """A reporting verb: its lemma, stance, and a separable particle if it has one."""

    lemma: str
    stance: str = "assert"
    particle: str | None = None
    particle_word: str | None = None
    impersonal: bool = False
    frame: str | None = None
    """How a verb with no content clause takes its content: ``object`` (the rest of the
    clause: "X dément toute implication"), ``accuse`` ("X accuse Y **de** C": target Y,
    content C), ``characterize`` ("X qualifie Y **de** « Z »": target Y, content Z)."""


@dataclass(frozen=True, slots=True)
class SourceCue:
    """A source phrase head: ``laut``, ``según``, ``по словам``; ``after`` for postpositions."""

    lemma: str
    tokens: tuple[str, ...]
    position: str
    initial: bool = False
    """Only opening a sentence (after a conjunction at most) and closed by a comma:
    "**Pour** X, C" (not "voter pour X")."""


@dataclass(frozen=True)
class ShallowLexicon:
    """The cue lexicon and word lists of one language (``claimx/data/shallow/<lang>.json``)."""

    language: str
    quotes: tuple[tuple[str, str], ...]
    verbs: dict[tuple[str, ...], tuple[VerbCue, ...]]
    sources: tuple[SourceCue, ...] = ()
    tail_sources: frozenset[str] = frozenset()
    as_words: frozenset[str] = frozenset()
    complementizers: frozenset[str] = frozenset()
    source_links: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    non_speakers: frozenset[str] = frozenset()
    np_links: frozenset[str] = frozenset()
    stop_words: frozenset[str] = frozenset()
    continuation: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    source_nouns: tuple[str, ...] = ()
    source_noun_preps: frozenset[str] = frozenset()
    adverb_sources: frozenset[str] = frozenset()
    reported_lemmas: frozenset[str] = frozenset()
    reportative: frozenset[str] = frozenset()
    reportative_modals: frozenset[str] = frozenset()
    modal_ends: frozenset[str] = frozenset()
    """Verb forms that mark reported speech on their own (German Konjunktiv I)."""
    """Verbs whose bare use (no content clause) reports a speech act: the whole sentence."""
    passive: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    """Words that never start a speaker phrase ("ten", "na", "tras"): a fronted adverbial."""
    relatives: frozenset[str] = frozenset()
    """Relative pronouns ("die", "que", "che"): never a speaker on their own."""
    object_pronouns: frozenset[str] = frozenset()
    """Object pronouns after a source word ("volgens hem"): the previous named speaker."""
    capitalised_nouns: bool = False
    """German: every noun is capitalised, so a speaker phrase needs a capitalised word."""
    adverbs: frozenset[str] = frozenset()
    """Adverbs that may stand between a speaker and its verb or inside a compound verb form
    ("La empresa también negó", "ha inoltre annunciato")."""
    conjunctions: frozenset[str] = frozenset()
    """Coordinating conjunctions: "X wilde niet ... en zei dat C" shares the subject X."""
    pro_drop: bool = False
    """Spanish, Italian: a finite verb needs no subject ("Señaló que C" has speaker None)."""
    infinitive_markers: frozenset[str] = frozenset()
    """A word right after the cue opening an infinitive content ("ha dichiarato di C")."""
    verb_sources: frozenset[str] = frozenset()
    """Source words that open an as-clause right before a cue verb ("según dijo X")."""
    infinitive_heads: frozenset[str] = frozenset()
    """Infinitives that open a content right after the cue ("affirme **avoir** été ...")."""
    addressee_preps: frozenset[str] = frozenset()
    """Prepositions of an addressee between an inverted cue and its speaker ("», a
    expliqué **à** l'AFP X"): the preposition, a determiner and one word are skipped."""
    inverted_time_words: frozenset[str] = frozenset()
    """Time words that may stand between an inverted cue and its speaker ("», a déclaré
    **mercredi soir** le préfet"): skipped there."""
    object_preps: frozenset[str] = frozenset()
    """Words that open the content of an ``accuse``/``characterize`` verb ("de", "d'")."""
    negative_words: frozenset[str] = frozenset()
    """Negative evaluations ("absurde", "mensonger"): a characterisation with one is a
    denial of a statement noun, an accusation of anything else."""
    statement_nouns: frozenset[str] = frozenset()
    """Nouns naming what someone said ("accusations", "propos"), for the stance above."""
    relative_pronouns: frozenset[str] = frozenset()
    """Words opening a relative clause after a comma ("Paul Berg, **der** die Stadt vertritt,
    sagte"): the clause ends the speaker; the other comma-separated noun phrases after a
    speaker are appositions and belong to it (:mod:`claimx.shallow.appositions`)."""
    subordinators: frozenset[str] = frozenset()
    """Conjunctions of adverbial clauses ("nachdem", "weil"): a clause after a cue's comma
    that opens with one is no content."""
    pronoun_mismatch: dict[str, frozenset[str]] = field(default_factory=dict)
    """Subject pronoun -> articles of speakers it cannot stand for ("er": "die", "das"),
    for :func:`claimx.shallow.resolve.resolve_pronouns`; empty: no resolution."""
    verb_second: bool = False
    """German rules: the first field before a finite cue verb is its subject when it is a
    noun phrase (:func:`claimx.shallow.appositions.first_field_subject`); a subject before a
    passive auxiliary is no speaker; a quotation in a sentence with a cue verb takes it;
    adjacent reportative sentences of one speaker are one claim."""
    max_form_len: int = field(default=1)


@dataclass(slots=True)
class RawClaim:
    """A claim found by the rules, in character offsets of the Doc."""

    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    cue_lemma: str | None
    content: list[tuple[int, int]]
    quote: str
    stance: str
    pattern: str
    cue_parts: list[tuple[int, int]] = field(default_factory=list)
    """Words of the cue apart from its head (particle, auxiliary, "wie"), in text order."""
    target: tuple[int, int] | None = None
    """Y in "X wirft Y vor, ...", "X accuse Y de ..."."""
    antecedent: tuple[int, int] | None = None
    """The earlier named speaker a pronoun speaker ("er", "sie") stands for."""

    def as_dict(self) -> dict[str, Any]:
        """The plain form stored in ``doc._.claimx_claims``."""
        return {
            "speaker": list(self.speaker) if self.speaker else None,
            "cue": list(self.cue) if self.cue else None,
            "cue_lemma": self.cue_lemma,
            "cue_parts": [list(c) for c in self.cue_parts],
            "content": [list(c) for c in self.content],
            "quote": self.quote,
            "stance": self.stance,
            "pattern": self.pattern,
            "target": list(self.target) if self.target else None,
            "antecedent": list(self.antecedent) if self.antecedent else None,
        }


def _lower_set(items: Any) -> frozenset[str]:
    return frozenset(str(x).lower() for x in items or ())


@functools.cache
def load_lexicon(lang: str) -> ShallowLexicon | None:
    """The shallow lexicon of ``lang``, or ``None`` when claimx has none for it."""
    try:
        data = load_data("shallow", f"{lang}.json")
    except FileNotFoundError:
        return None
    verbs: dict[tuple[str, ...], list[VerbCue]] = {}
    perfect = [str(a).lower() for a in data.get("perfect_auxiliaries", ())]
    hand = {item["lemma"] for item in data.get("verbs", [])}
    extra = [
        item
        for name in data.get("extra_verbs", ())  # derived lists (Verb∋Net): hand entries win
        for item in load_data("shallow", name)["verbs"]
        if item["lemma"] not in hand
    ]
    for item in [*data.get("verbs", []), *extra]:
        cue = VerbCue(
            lemma=item["lemma"],
            stance=item.get("stance", "assert"),
            particle=item.get("particle"),
            particle_word=item.get("particle_word"),
            impersonal=bool(item.get("impersonal", False)),
            frame=item.get("frame"),
        )
        # compound tenses: every perfect auxiliary + every participle ("ha" + "anunciado")
        compound = [f"{aux} {part}" for part in item.get("participles", ()) for aux in perfect]
        for form in [*item["forms"], *compound]:
            key = tuple(form.lower().split())
            if cue not in verbs.get(key, []):
                verbs.setdefault(key, []).append(cue)
    sources = tuple(
        SourceCue(
            lemma=s["lemma"],
            tokens=tuple(t.lower() for t in s["tokens"]),
            position=s.get("position", "before"),
            initial=bool(s.get("initial", False)),
        )
        for s in data.get("sources", [])
    )
    return ShallowLexicon(
        language=data["language"],
        quotes=tuple((o, c) for o, c in data.get("quotes", [])),
        verbs={k: tuple(v) for k, v in verbs.items()},
        sources=sources,
        tail_sources=_lower_set(data.get("tail_sources")),
        as_words=_lower_set(data.get("as_words")),
        complementizers=_lower_set(data.get("complementizers")),
        source_links=_lower_set(data.get("source_links")),
        determiners=_lower_set(data.get("determiners")),
        pronouns=_lower_set(data.get("pronouns")),
        non_speakers=_lower_set(data.get("non_speakers")),
        np_links=_lower_set(data.get("np_links")),
        stop_words=_lower_set(data.get("stop_words")),
        continuation=_lower_set(data.get("continuation")),
        titles=frozenset(data.get("titles", ())),
        auxiliaries=_lower_set(data.get("auxiliaries")),
        source_nouns=tuple(str(x).lower() for x in data.get("source_nouns", ())),
        source_noun_preps=_lower_set(data.get("source_noun_preps")),
        adverb_sources=_lower_set(data.get("adverb_sources")),
        reported_lemmas=frozenset(data.get("reported_lemmas", ())),
        reportative=_lower_set(data.get("reportative")),
        reportative_modals=_lower_set(data.get("reportative_modals")),
        modal_ends=_lower_set(data.get("modal_ends")),
        passive=_lower_set(data.get("passive")),
        prepositions=_lower_set(data.get("prepositions")),
        relatives=_lower_set(data.get("relatives")),
        object_pronouns=_lower_set(data.get("object_pronouns")),
        capitalised_nouns=bool(data.get("capitalised_nouns", False)),
        adverbs=_lower_set(data.get("adverbs")),
        conjunctions=_lower_set(data.get("conjunctions")),
        pro_drop=bool(data.get("pro_drop", False)),
        infinitive_markers=_lower_set(data.get("infinitive_markers")),
        verb_sources=_lower_set(data.get("verb_sources")),
        object_preps=_lower_set(data.get("object_preps")),
        infinitive_heads=_lower_set(data.get("infinitive_heads")),
        addressee_preps=_lower_set(data.get("addressee_preps")),
        inverted_time_words=_lower_set(data.get("inverted_time_words")),
        negative_words=_lower_set(data.get("negative_words")),
        statement_nouns=_lower_set(data.get("statement_nouns")),
        relative_pronouns=_lower_set(data.get("relative_pronouns")),
        verb_second=bool(data.get("verb_second", False)),
        pronoun_mismatch={
            str(k).lower(): _lower_set(v) for k, v in (data.get("pronoun_mismatch") or {}).items()
        },
        subordinators=_lower_set(data.get("subordinators")),
        max_form_len=max((len(k) for k in verbs), default=1),
    )
