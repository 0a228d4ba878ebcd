"""Phrasal cue verbs, multi-word content prepositions, answers and non-responses.

Issue 11, twelfth round: "pointed out", "came out against", "voted in favor of" (the
``phrasal_verbs`` and ``phrase_preps`` keys of ``claimx/data/cues/en.json``)."""

from __future__ import annotations

import pytest

from tests._claims import only, parse_en


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "Mayor Ruiz came out against the toll road in March.",
            "Mayor Ruiz",
            "came out against",
            "the toll road",
        ),
        (
            "Mayor Ruiz came out in favor of the toll road.",
            "Mayor Ruiz",
            "came out in favor of",
            "the toll road",
        ),
        (
            "Senator Hale spoke out in favor of the new dam.",
            "Senator Hale",
            "spoke out in favor of",
            "the new dam",
        ),
        (
            "She also argued in favour of keeping the ferry.",
            "She",
            "also argued in favour of",
            "keeping the ferry",
        ),
        (
            "Most council members voted in favor of the levy.",
            "Most council members",
            "voted in favor of",
            "the levy",
        ),
    ],
)
def test_taking_sides(text: str, speaker: str, cue: str, content: str) -> None:
    claim = only(parse_en(text), cue=cue)
    assert claim.speaker is not None
    assert claim.speaker.text == speaker
    assert claim.content_text == content


def test_come_out_needs_a_side() -> None:
    """ "come out" is a cue only with a side taken: results and teams that come out say
    nothing."""
    assert parse_en("The results came out in May.").claims == ()
    assert parse_en("The new phones came out last week in Denver.").claims == ()


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "But the new crop carries risks, as farmers point out.",
            "farmers",
            "But the new crop carries risks",
        ),
        ("As the mayor pointed out, the bridge is old.", "the mayor", "the bridge is old"),
        (
            "He also points out another bill that cut funding.",
            "He",
            "another bill that cut funding",
        ),
    ],
)
def test_point_out(text: str, speaker: str, content: str) -> None:
    """ "point out" is a verb of saying of its own: an "as" adjunct, an object, a clause."""
    claim = only(parse_en(text), "point out")
    assert claim.speaker is not None
    assert claim.speaker.text == speaker
    assert claim.content_text == content


def test_point_to_keeps_its_frame() -> None:
    """Without the particle "point" keeps its own frame ("pointed to Y")."""
    claim = only(parse_en("The minister pointed to weak demand for steel."), "point")
    assert claim.content_text == "weak demand for steel"


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content", "stance"),
    [
        ("Most dairy farmers said yes.", "Most dairy farmers", "said", "yes", "assert"),
        ("Half said so in May.", "Half", "said", "so", "assert"),
        (
            "Ted Marlow apparently thinks so, too.",
            "Ted Marlow",
            "apparently thinks",
            "so",
            "assert",
        ),
        ("His rivals never thought so.", "His rivals", "never thought", "so", "doubt"),
        ("Last month, 26 percent said the same.", "26 percent", "said", "the same", "assert"),
        (
            "The council said no to the toll road.",
            "The council",
            "said",
            "no to the toll road",
            "assert",
        ),
    ],
)
def test_answers(text: str, speaker: str, cue: str, content: str, stance: str) -> None:
    """An answer or pro-form is the whole content of a speech or belief cue."""
    claim = only(parse_en(text), cue=cue)
    assert claim.speaker is not None
    assert claim.speaker.text == speaker
    assert claim.content_text == content
    assert claim.stance == stance


def test_asked_question_and_answer() -> None:
    """ "Asked if Q, X said no": the question stays a claim with no speaker (PolNeAR marks
    it so) and the answer is X's claim."""
    article = parse_en("Asked if the ferry plan was legal, 46 percent of voters said no.")
    asked = only(article, "ask")
    assert asked.speaker is None
    assert asked.content_text == "if the ferry plan was legal"
    said = only(article, "say")
    assert said.speaker is not None
    assert said.speaker.text == "46 percent of voters"
    assert said.content_text == "no"


@pytest.mark.parametrize(
    "text",
    ["He said so many times.", "She said no new taxes.", "They said the same old things."],
)
def test_answer_words_in_a_longer_phrase(text: str) -> None:
    """An answer word that opens a longer phrase is no answer."""
    contents = [c.content_text for c in parse_en(text).claims]
    assert not {"so", "no", "the same"} & set(contents)
