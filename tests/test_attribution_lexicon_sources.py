"""Cues derived from Open English WordNet (issue 11): verb classes and adjective clusters.

Each sentence is invented; each row names the cue lemma, the speaker, the content and the
stance the real pipeline must give. The classes behind them are ``OEWN_CLASSES`` and
``OEWN_ADJECTIVE_CLASSES`` of ``scripts/build_cues.py``.
"""

from __future__ import annotations

from typing import get_args

import pytest
from _claims import PUBLISHED, assert_one_claim

import claimx
from claimx.attribution.lexicon import cue_lexicon
from claimx.lexicons import load_data
from claimx.models import Stance

KINDS = {
    "speech", "belief", "intention", "desire", "accusation", "denial", "naming", "judgment",
    "demand", "question", "admission", "endorsement", "warning",
}  # fmt: skip


# text, cue lemma, speaker, content, stance
VERBS = [
    (
        "Councillor Mira Vasquez expressed doubts about the harbour tunnel plan.",
        "express",
        "Councillor Mira Vasquez",
        "doubts about the harbour tunnel plan",
        "assert",
    ),
    (
        "The Ostrava Miners' Union lamented that the pit would close before winter.",
        "lament",
        "The Ostrava Miners' Union",
        "the pit would close before winter",
        "assert",
    ),
    (
        "Deputy minister Arvid Lund defended the new ferry timetable.",
        "defend",
        "Deputy minister Arvid Lund",
        "the new ferry timetable",
        "assert",
    ),
    (
        "The Kestrel Residents Group contradicted the council's account of the flood.",
        "contradict",
        "The Kestrel Residents Group",
        "the council's account of the flood",
        "deny",
    ),
    (
        "Coach Benedetta Ruiz apologized for the late start of the tournament.",
        "apologize",
        "Coach Benedetta Ruiz",
        "the late start of the tournament",
        "confirm",
    ),
    (
        "In her speech, Senator Ilse Moreau focused on rural broadband.",
        "focus",
        "Senator Ilse Moreau",
        "rural broadband",
        "assert",
    ),
]

ADJECTIVES = [
    (
        "Mayor Tobias Grell is optimistic that the new bridge will open in June.",
        "optimistic",
        "Mayor Tobias Grell",
        "the new bridge will open in June",
        "predict",
    ),
    (
        "Several farmers' groups have been critical of the water levy.",
        "critical",
        "Several farmers' groups",
        "the water levy",
        "accuse",
    ),
    (
        "The Harlow Teachers Association is eager to resume the talks.",
        "eager",
        "The Harlow Teachers Association",
        "to resume the talks",
        "predict",
    ),
    (
        "Port officials are aware that the northern pier is unsafe.",
        "aware",
        "Port officials",
        "the northern pier is unsafe",
        "assert",
    ),
]


@pytest.mark.parametrize(("text", "lemma", "speaker", "content", "stance"), VERBS + ADJECTIVES)
def test_oewn_cue(text: str, lemma: str, speaker: str, content: str, stance: str) -> None:
    assert_one_claim(text, lemma, speaker, content, stance)


@pytest.mark.parametrize(
    "text",
    [
        "It is certain that the ferry fares will rise.",  # a dummy subject holds nothing
        "The new ferry captain is optimistic.",  # no clause, infinitive or object
        "The new tariffs are certain to be challenged.",  # raising: the tariffs hold nothing
        "This was critical for the harbour.",  # a demonstrative, and "for" an evaluation
    ],
)
def test_adjective_needs_a_holder_and_a_complement(text: str) -> None:
    article = claimx.parse(text, language="en", published=PUBLISHED)
    adjectives = cue_lexicon("en").adjectives
    assert [c for c in article.claims if c.cue is not None and c.cue.lemma in adjectives] == []


def test_oewn_entries_schema() -> None:
    data = load_data("cues", "en.json")
    stances = set(get_args(Stance))
    oewn = {k: v for k, v in data["verbs"].items() if v["source"] == "oewn"}
    assert len(oewn) > 100
    for lemma, verb in oewn.items():
        assert verb["kind"] in KINDS, lemma
        assert verb["oewn"], lemma
        assert all(s.endswith("-v") for s in verb["oewn"]), lemma
    for lemma, adj in data["adjectives"].items():
        assert adj["stance"] in stances, lemma
        assert adj["kind"] in KINDS, lemma
        assert adj["source"] == "oewn", lemma
        assert adj["oewn"][0].endswith("-a"), lemma
    lex = cue_lexicon("en")
    assert "know" not in lex.verbs  # the class left out (table OEWN_CLASSES)
    assert lex.verbs["say"].frame.content[0] == "clause"  # VerbNet and hand entries win
    assert lex.adjectives["critical"] == "accuse"
