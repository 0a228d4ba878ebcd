"""Phrasal cue verbs, multi-word content prepositions, answers and non-responses.

Issue 11, eleventh round: "pointed out", "lashed out at", "voted in favor of" (the
``phrasal_verbs`` and ``phrase_preps`` keys of ``claimx/data/cues/en.json``)."""

from __future__ import annotations

import pytest
from _claims import only, parse_en


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
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
def test_in_favor_of(text: str, speaker: str, cue: str, content: str) -> None:
    claim = only(parse_en(text), cue=cue)
    assert claim.speaker is not None
    assert claim.speaker.text == speaker
    assert claim.content_text == content


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


@pytest.mark.parametrize(
    ("text", "cue", "content", "stance"),
    [
        (
            "Senator Hale lashed out at the harbour board on Friday.",
            "lashed out at",
            "the harbour board",
            "accuse",
        ),
    ],
)
def test_phrasal_speech_verbs(text: str, cue: str, content: str, stance: str) -> None:
    """Phrasal verbs OEWN files under a class of saying or criticising (``phrasal_verbs``)."""
    claim = only(parse_en(text), cue=cue)
    assert claim.speaker is not None
    assert claim.speaker.text == "Senator Hale"
    assert claim.content_text == content
    assert claim.stance == stance


def test_plain_verbs_without_their_particle() -> None:
    """Without the particle the verb is no cue ("laid the table", "ruled the province")."""
    assert parse_en("Senator Hale laid the wreath at noon.").claims == ()


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
            "Ted Marlow clearly thinks so.",
            "Ted Marlow",
            "clearly thinks",
            "so",
            "assert",
        ),
        ("Her neighbours never thought so.", "Her neighbours", "never thought", "so", "doubt"),
        (
            "Last spring, a third of the anglers said the same.",
            "a third of the anglers",
            "said",
            "the same",
            "assert",
        ),
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
    article = parse_en("Asked if the ferry plan was legal, 41 percent of the anglers said no.")
    asked = only(article, "ask")
    assert asked.speaker is None
    assert asked.content_text == "if the ferry plan was legal"
    said = only(article, "say")
    assert said.speaker is not None
    assert said.speaker.text == "41 percent of the anglers"
    assert said.content_text == "no"


@pytest.mark.parametrize(
    "text",
    ["He said so many times.", "She said no new taxes.", "They said the same old things."],
)
def test_answer_words_in_a_longer_phrase(text: str) -> None:
    """An answer word that opens a longer phrase is no answer."""
    contents = [c.content_text for c in parse_en(text).claims]
    assert not {"so", "no", "the same"} & set(contents)


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "The Harlow company did not respond to our request for its comment.",
            "The Harlow company",
            "did not respond to",
            "our request for its comment",
        ),
        (
            "Marlow has not yet responded to the mayor's remarks.",
            "Marlow",
            "has not yet responded to",
            "the mayor's remarks",
        ),
        (
            "A lawyer for Marlow did not immediately reply to questions about the loan.",
            "A lawyer for Marlow",
            "did not immediately reply to",
            "questions about the loan",
        ),
    ],
)
def test_non_response(text: str, speaker: str, cue: str, content: str) -> None:
    """Not responding to a request is a claim with stance ``no_comment``, its content what
    went unanswered (PolNeAR marks the object of "to")."""
    claim = only(parse_en(text), cue=cue)
    assert claim.speaker is not None
    assert claim.speaker.text == speaker
    assert claim.content_text == content
    assert claim.stance == "no_comment"


def test_non_response_takes_no_request_noun() -> None:
    """The request is the reporter's, not a claim of the one who did not answer it."""
    article = parse_en("Marlow did not respond to requests for comment on the loan.")
    assert [c.cue.text for c in article.claims if c.cue is not None] == ["did not respond to"]


@pytest.mark.parametrize(
    "text",
    [
        "Police responded to the fire on Tuesday.",
        "Voters responded to the new ads in large numbers.",
    ],
)
def test_response_is_no_claim(text: str) -> None:
    """A response with only a "to" object is an act, not a report."""
    assert parse_en(text).claims == ()


def test_replied_beside_a_quotation() -> None:
    """Beside a quotation, "replied to Y" reports the quotation; Y is whom it answered."""
    claim = only(parse_en("“No,” Marlow replied to the reporter."), "reply")
    assert claim.content_text == "No"


@pytest.mark.parametrize(
    "text",
    [
        "The campaign declined to respond to questions about the ferry.",
        "Marlow refused to answer questions about the budget.",
    ],
)
def test_refusal_to_respond(text: str) -> None:
    """Declining to respond or answer is no comment, as declining to comment is."""
    claims = parse_en(text).claims
    assert len(claims) == 1
    assert claims[0].stance == "no_comment"


@pytest.mark.parametrize(
    "text",
    [
        "“Certainly not,” Ms. Ruiz replied.",
        "“Not at all, not ever,” the mayor responded on Friday.",
    ],
)
def test_a_negation_inside_the_quotation_is_the_answer(text: str) -> None:
    """The parser hangs a quoted "not" on the cue; it is the speaker's answer, not a
    non-response: the stance stays assert."""
    claim = only(parse_en(text), cue="replied" if "replied" in text else "responded")
    assert claim.content_text.startswith(("Certainly not", "Not at all"))
    assert claim.stance == "assert"
