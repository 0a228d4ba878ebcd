"""``Claim.addressee``: whom a statement was made to, kept apart from the cue ("told AFP")."""

from __future__ import annotations

import pytest

import claimx


def _claim(text: str, lemma: str) -> claimx.Claim:
    claims = [c for c in claimx.parse(text).claims if c.cue and c.cue.lemma == lemma]
    assert len(claims) == 1, [(c.cue, c.content_text) for c in claimx.parse(text).claims]
    return claims[0]


@pytest.mark.parametrize(
    ("text", "lemma", "addressee"),
    [
        (
            "The harbour master told reporters that the ferry would sail at noon.",
            "tell",
            "reporters",
        ),
        (
            '"We have no more beds," the hospital director told the regional council.',
            "tell",
            "the regional council",
        ),
        (
            "The coach told the local radio station that he would stay another year.",
            "tell",
            "the local radio station",
        ),
    ],
)
def test_the_addressee_is_its_own_span_and_no_part_of_the_cue(
    text: str, lemma: str, addressee: str
) -> None:
    claim = _claim(text, lemma)
    assert claim.cue is not None
    assert claim.cue.text == "told"
    assert claim.addressee is not None
    assert claim.addressee.text == addressee
    assert text[claim.addressee.start : claim.addressee.end] == addressee
    assert claim.addressee.start > claim.cue.end
    assert all(
        claim.addressee.end <= span.start or span.end <= claim.addressee.start
        for span in claim.content
    )


def test_a_claim_without_an_addressee_has_none() -> None:
    claim = _claim("The harbour master said that the ferry would sail at noon.", "say")
    assert claim.addressee is None


def test_the_claims_table_has_the_addressee() -> None:
    frame = claimx.to_pandas(
        claimx.parse("The coach told the team that training would start early.")
    )
    assert "addressee" in frame.columns
    assert list(frame["addressee"]) == ["the team"]
