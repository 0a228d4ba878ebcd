"""Cue verbs with no subject of their own (participles, gerunds, conjuncts)."""

from __future__ import annotations

import pytest
from _claims import only, parse_en


@pytest.mark.parametrize(
    ("text", "lemma", "speaker", "content"),
    [
        # a comma-set participle with no content of its own: the quotation after its
        # prepositional phrase is what it reports
        (
            'Governor Dalby offered a sharp retort, tweeting at him, "You are not just a '
            'loser, you are a liar."',
            "tweet",
            "Governor Dalby",
            "You are not just a loser",
        ),
        # ... or after a time phrase
        (
            'Mr. Orvin seemed to mock the plan, saying at one stage, "The harbor is not '
            'simply a parking lot."',
            "say",
            "Mr. Orvin",
            "The harbor is not simply",
        ),
        # the parser hangs "tweeted" on the name as a reduced relative and makes the name
        # the subject of the quoted verb, which has a subject of its own: "tweeted" is the
        # main verb
        (
            "Garvin Fell, the former county treasurer, tweeted in response: ''Sad: the "
            "mayor's plan fails every family in town.''",
            "tweet",
            "Garvin Fell, the former county treasurer",
            "Sad: the mayor's plan",
        ),
    ],
)
def test_subjectless_cue_finds_its_speaker_and_quotation(
    text: str, lemma: str, speaker: str, content: str
) -> None:
    c = only(parse_en(text), lemma)
    assert c.speaker is not None
    assert c.speaker.text == speaker
    assert c.content_text.startswith(content)


def test_broken_quotation_stays_with_its_first_cue() -> None:
    # the quotation goes on from the one before the cue: not the participle's content
    art = parse_en(
        '"We will not stop," Ms. Kerrow wrote in a letter explaining why she is speaking '
        'at the rally, "and nobody should ask us to."'
    )
    assert not any(c.cue is not None and c.cue.lemma == "speak" for c in art.claims), [
        (c.cue, c.content_text) for c in art.claims
    ]


def test_true_reduced_relative_makes_no_claim_of_its_noun() -> None:
    art = parse_en("People briefed on the talks said the harbor would reopen in May.")
    c = only(art, "say")
    assert c.speaker is not None
    assert c.speaker.text == "People briefed on the talks"
    assert all(x.cue is None or x.cue.lemma != "brief" for x in art.claims)


def test_conjoined_call_on_with_the_preposition_read_as_a_particle() -> None:
    # "on" tagged a particle of "called", with "people" as its object: still "call on Y
    # to Z", content the object and the infinitive
    art = parse_en(
        "A group of 52 Brazilian painters, poets, actors and chemists last month released a "
        'public letter about the "bitter rhetoric of Garvin" and called on people to "recall '
        'the old crusades against minorities."'
    )
    c = only(art, "call")
    assert c.speaker is not None
    assert c.speaker.text.startswith("A group of 52 Brazilian painters")
    assert c.content_text.startswith("people to")
    assert "recall the old crusades" in c.content_text


def test_participle_predication_with_its_object_read_as_a_modifier() -> None:
    # "Dalby's charge" hung inside the predicate as a noun-phrase adverbial: the whole
    # predicate is what the participle calls it
    art = parse_en(
        "Campaign spokesman Ned Fallow responded on Twitter, calling Dalby's charge "
        '"pathetic" and "dangerous."'
    )
    c = only(art, "call")
    assert c.speaker is not None
    assert c.speaker.text == "Campaign spokesman Ned Fallow"
    assert c.content_text.startswith("Dalby's charge")
    assert "pathetic" in c.content_text
