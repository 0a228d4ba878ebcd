"""Who can hold an attitude (:func:`claimx.attribution.attitudes.holds_attitudes`): a singular
common noun that names a person or a group of people in Open English WordNet
(``en.json`` ``attitude_nouns``, ``en.attitude_nouns.json``) holds one, a thing does not.
Each class goes through two consumers: the prepositional contents by kind ("X **spoke
against** Y", ``kind_preps``) and the evidential verbs ("X **seems** determined to Y")."""

from __future__ import annotations

from typing import Any

import pytest
from _claims import only, parse_en

from claimx.attribution.attitudes import holds_attitudes
from claimx.attribution.lexicon import cue_lexicon


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (  # a person
            "The senator spoke against the new dam at a town meeting in Varnby.",
            "The senator",
            "spoke against",
            "the new dam at a town meeting in Varnby",
        ),
        (  # a group of people
            "The union spoke against the new dam at a town meeting in Varnby.",
            "The union",
            "spoke against",
            "the new dam at a town meeting in Varnby",
        ),
        (
            "The mayor warned against raising the harbour fees before the summer.",
            "The mayor",
            "warned against",
            "raising the harbour fees before the summer",
        ),
        (
            "The committee warned against raising the harbour fees before the summer.",
            "The committee",
            "warned against",
            "raising the harbour fees before the summer",
        ),
    ],
)
def test_person_and_group_nouns_take_kind_prepositions(
    text: str, speaker: str, cue: str, content: str
) -> None:
    claim = only(parse_en(text), cue=cue)
    assert claim.speaker is not None
    assert claim.speaker.text == speaker
    assert claim.content_text == content


@pytest.mark.parametrize(
    "text",
    [
        "The report spoke against the new dam at a town meeting in Varnby.",
        "The bill warned against raising the harbour fees before the summer.",
    ],
)
def test_thing_nouns_take_no_kind_prepositions(text: str) -> None:
    assert not parse_en(text).claims


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # a person
            "The senator seems determined to block the dam.",
            "The senator determined to block the dam",
        ),
        (  # a group of people
            "The company seems ready to sell the old mill.",
            "The company ready to sell the old mill",
        ),
    ],
)
def test_person_and_group_nouns_seem(text: str, content: str) -> None:
    claim = only(parse_en(text), "seem")
    assert claim.speaker is None
    assert claim.content_text == content


@pytest.mark.parametrize(
    "text",
    [
        "The new ferry seems to run faster than the old one.",
        "The old mill seems ready to collapse.",
        "The old bridge appears ready to collapse.",
    ],
)
def test_thing_nouns_do_not_seem(text: str) -> None:
    assert [c for c in parse_en(text).claims if c.cue is not None and c.cue.lemma == "seem"] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # an event
            "The ferry strike appears likely to end this week.",
            "The ferry strike likely to end this week",
        ),
        (  # an act
            "The budget talk in Varnby seemed to stall again.",
            "The budget talk in Varnby to stall again",
        ),
    ],
)
def test_abstract_subjects_seem(text: str, content: str) -> None:
    """A subject that is neither a holder nor a physical thing (``thing_nouns``): the
    writer passes on an impression of an event or a plan, a claim with no speaker."""
    claims = [
        c for c in parse_en(text).claims if c.cue is not None and c.cue.lemma in ("seem", "appear")
    ]
    assert len(claims) == 1
    assert claims[0].speaker is None
    assert claims[0].content_text == content


def test_thing_nouns_are_physical_things() -> None:
    """The most frequent OEWN sense of the noun is an object, artifact, substance, ..."""
    nouns = cue_lexicon("en").thing_nouns
    for noun in ("ferry", "device", "bridge", "tram", "hill", "pump"):
        assert noun in nouns, noun
    for noun in ("plan", "race", "deal", "strike", "idea", "senator", "committee"):
        assert noun not in nouns, noun


def test_attitude_nouns_come_from_persons_and_groups_of_people() -> None:
    """One of the noun's two most frequent OEWN senses is a person or a group of people."""
    nouns = cue_lexicon("en").attitude_nouns
    for noun in ("senator", "mayor", "candidate", "union", "committee", "government"):
        assert noun in nouns, noun
    assert "administration" in nouns  # its second sense: the executive
    # things, and noun.group senses that group no people ("law, jurisprudence", "economy")
    for noun in ("ferry", "report", "bill", "state", "paper", "law", "economy", "campaign"):
        assert noun not in nouns, noun


def test_desire_objects_keep_named_and_plural_holders(nlp: Any) -> None:
    """Desire objects call the test with ``person_nouns=False`` (measured: with person nouns
    they found as many gold attributions as they added claims aligned to none): "the union
    wants X" is no claim, "unions want X" is."""
    assert not parse_en("The union wants a new contract.").claims
    claim = only(parse_en("The unions want a new contract."), "want")
    assert claim.content_text == "a new contract"
    lex = cue_lexicon("en")
    doc = nlp("The union and the ferry wait.")
    union, ferry = doc[1], doc[4]
    assert holds_attitudes(union, lex)
    assert not holds_attitudes(union, lex, person_nouns=False)
    assert not holds_attitudes(ferry, lex)
