"""Prepositions a cue takes by its kind (``kind_preps`` of ``en.json``): "wrote **about** Y",
"voted **against** Y", "spoke **of** Y", "asked **for** Y". The object is the content when the
subject can hold an attitude, no quotation stands beside the cue and the cue lies in no
other claim's content. Sentences written for these tests."""

from __future__ import annotations

import pytest
from _claims import assert_one_claim, claims_with_lemma

from claimx.attribution.lexicon import cue_lexicon


@pytest.mark.parametrize(
    ("text", "lemma", "speaker", "content"),
    [
        (
            "Commissioner Lea Holt wrote about the new ferry timetable.",
            "write",
            "Commissioner Lea Holt",
            "the new ferry timetable",
        ),
        (
            "Councillor Ida Varga voted against the harbour levy on Tuesday.",
            "vote",
            "Councillor Ida Varga",
            "the harbour levy",
        ),
        (
            "The union leaders spoke of a long dispute over pensions.",
            "speak",
            "The union leaders",
            "a long dispute over pensions",
        ),
        (
            "Ferry operators asked for a larger subsidy.",
            "ask",
            "Ferry operators",
            "a larger subsidy",
        ),
        (
            "Several teachers warned against closing the village school.",
            "warn",
            "Several teachers",
            "closing the village school",
        ),
        (
            "Local fishermen have long complained about the noise of the wind farm.",
            "complain",
            "Local fishermen",
            "the noise of the wind farm",
        ),
    ],
)
def test_kind_preposition_object_is_content(
    text: str, lemma: str, speaker: str, content: str
) -> None:
    assert_one_claim(text, lemma, speaker, content, "assert")


def test_the_preposition_joins_the_cue() -> None:
    found = claims_with_lemma("Councillor Ida Varga voted against the harbour levy.", "vote")
    assert [c.cue.text for c in found if c.cue is not None] == ["voted against"]


def test_a_subject_that_holds_no_attitude_makes_no_claim() -> None:
    assert (
        claims_with_lemma("The brochure speaks of a quiet island with empty beaches.", "speak")
        == []
    )


def test_inside_another_claims_content_no_second_claim() -> None:
    text = "The mayor said the councillors argued against the levy."
    assert claims_with_lemma(text, "argue") == []
    assert len(claims_with_lemma(text, "say")) == 1


def test_a_quotation_beside_the_cue_is_the_content() -> None:
    found = claims_with_lemma("“We will not pay,” Kari Holm said of the levy.", "say")
    assert len(found) == 1
    assert found[0].content_text == "We will not pay"


def test_a_preposition_of_the_object_is_no_content() -> None:
    # "of" hangs on "the scale", not on the verb: no claim about "the flooding"
    assert (
        claims_with_lemma("The residents understood the scale of the flooding.", "understand") == []
    )


def test_kinds_take_only_their_prepositions() -> None:
    lex = cue_lexicon("en")
    assert "against" in lex.kind_preps["speech"]
    assert "for" not in lex.kind_preps.get("speech", frozenset())  # "spoke for an hour"
    assert "against" in lex.kind_preps["naming"]  # "voted against"


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("A new survey showed that most ferry users supported the harbour levy.", "support"),
        ("The mayor said the fishermen want a new breakwater.", "want"),
        ("The paper reported that several councillors praised the levy.", "praise"),
    ],
)
def test_a_nested_attitude_to_a_noun_phrase_is_the_outer_claims(text: str, lemma: str) -> None:
    # outer_object_kinds: every kind but speech
    assert claims_with_lemma(text, lemma) == []


def test_a_nested_attitude_with_a_clause_stays_a_claim() -> None:
    text = "The mayor said the fishermen want to build a new breakwater."
    assert_one_claim(text, "want", "the fishermen", "to build a new breakwater", "predict")


def test_an_attitude_to_a_noun_phrase_on_its_own_is_a_claim() -> None:
    text = "Most ferry users supported the harbour levy."
    assert_one_claim(text, "support", "Most ferry users", "the harbour levy", "assert")


def test_a_nested_speech_object_stays_a_claim() -> None:
    # ECB+ links such nested reporting events: speech is not in outer_object_kinds
    text = "The mayor said the harbour master would not disclose the cause of the fire."
    found = claims_with_lemma(text, "disclose")
    assert len(found) == 1
    assert found[0].content_text == "the cause of the fire"
