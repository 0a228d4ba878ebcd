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
