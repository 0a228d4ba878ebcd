"""Verbs outside the cue lexicon whose frame selects their communication or cognition sense
(``clause_sense_verbs`` of ``en.json``): a finite that-clause with its own subject and a
subject that can hold an attitude ("X **recognized** that ..."). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from _claims import assert_one_claim, claims_with_lemma

from claimx.attribution.lexicon import cue_lexicon


@pytest.mark.parametrize(
    ("text", "lemma", "speaker", "content"),
    [
        (
            "Mayor Tova Lind recognized that the harbour plan had failed.",
            "recognize",
            "Mayor Tova Lind",
            "the harbour plan had failed",
        ),
        (
            "The ferry workers know that the new timetable will cost them their overtime.",
            "know",
            "The ferry workers",
            "the new timetable will cost them their overtime",
        ),
    ],
)
def test_a_that_clause_and_a_holder_make_the_claim(
    text: str, lemma: str, speaker: str, content: str
) -> None:
    assert_one_claim(text, lemma, speaker, content, "assert")


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("The falling figures meant that the island ferry would stop in May.", "mean"),
        ("That meant that the island ferry would stop in May.", "mean"),
        ("Mayor Tova Lind recognized the harbour plan had failed.", "recognize"),
        ("Mayor Tova Lind recognized the failure of the harbour plan.", "recognize"),
    ],
)
def test_no_holder_or_no_that_clause_makes_no_claim(text: str, lemma: str) -> None:
    assert claims_with_lemma(text, lemma) == []


def test_inside_another_claims_content_no_second_claim() -> None:
    text = "The clerk said that the mayor recognized that the harbour plan had failed."
    assert claims_with_lemma(text, "recognize") == []
    assert len(claims_with_lemma(text, "say")) == 1


def test_the_verbs_come_from_oewn_outside_the_lexicon() -> None:
    lex = cue_lexicon("en")
    assert "recognize" in lex.clause_sense_verbs
    assert "recognize" not in lex.verbs
    assert not set(lex.clause_sense_verbs) & set(lex.verbs)
    assert lex.clause_sense_verbs["recognize"].clause_sense
