"""Quotation runs: one claim per statement, however many paragraphs its quotation runs over.

A fully quoted paragraph after a quoted claim, with no cue of its own, is one more content
span of that claim (not a claim of its own with a copied cue), also after an indirect claim
of a speech cue (not after a belief); a cue opening a paragraph
never takes the quotation that ends the paragraph before it. Invented sentences, real
English pipeline.
"""

from __future__ import annotations

from typing import Any

import claimx


def _parse(text: str) -> claimx.Article:
    return claimx.parse(text, language="en", published="2024-05-01")


def _spans(claim: Any) -> list[str]:
    return [s.text for s in claim.content]


def test_a_quotation_run_over_three_paragraphs_is_one_claim() -> None:
    text = (
        "“The ferry to Varnholm will stop in November,” harbour master Ilse Brenner said.\n\n"
        "“We cannot keep the old boat running through another winter.”\n\n"
        "“A new boat will arrive in the spring.”"
    )
    article = _parse(text)
    (claim,) = article.claims
    assert _spans(claim) == [
        "The ferry to Varnholm will stop in November",
        "We cannot keep the old boat running through another winter",
        "A new boat will arrive in the spring",
    ]
    assert claim.speaker is not None
    assert claim.speaker.text == "harbour master Ilse Brenner"
    assert claim.cue is not None
    assert claim.cue.text == "said"
    assert claim.quote == "direct"
    assert claim.paragraph == 0
    for span in claim.content:  # offsets index the article text
        assert article.text[span.start : span.end] == span.text


def test_a_cue_opening_the_next_paragraph_does_not_take_the_quotation_before_it() -> None:
    text = (
        "“The plan is a disaster for the town,” the mayor said. “Nobody here wants it.”\n\n"
        "The council leader responded on Tuesday."
    )
    claims = _parse(text).claims
    assert len(claims) == 1
    assert claims[0].speaker is not None
    assert claims[0].speaker.text == "the mayor"
    assert _spans(claims[0]) == ["The plan is a disaster for the town", "Nobody here wants it"]


def test_a_quoted_paragraph_between_a_claim_and_an_unrelated_cue_joins_the_claim() -> None:
    text = (
        "“The plan is a disaster for the town,” the mayor said.\n\n"
        "“Nobody here wants it.”\n\n"
        "The council leader responded on Tuesday."
    )
    (claim,) = _parse(text).claims
    assert claim.speaker is not None
    assert claim.speaker.text == "the mayor"
    assert _spans(claim) == ["The plan is a disaster for the town", "Nobody here wants it"]


def test_a_quotation_after_a_colon_still_belongs_to_the_cue_before_the_break() -> None:
    text = "The harbour master Ilse Brenner said:\n\n“The ferry to Varnholm will stop in November.”"
    (claim,) = _parse(text).claims
    assert claim.speaker is not None
    assert claim.speaker.text == "The harbour master Ilse Brenner"
    assert _spans(claim) == ["The ferry to Varnholm will stop in November"]


def test_a_quoted_paragraph_after_an_indirect_speech_claim_is_joined() -> None:
    text = (
        "The mayor said the plan was a disaster for the town.\n\n"
        "“Nobody here wants it to go ahead at all.”"
    )
    claims = _parse(text).claims
    said = [c for c in claims if c.cue is not None and c.cue.text == "said"]
    assert len(said) == 1
    assert _spans(said[0]) == [
        "the plan was a disaster for the town",
        "Nobody here wants it to go ahead at all",
    ]
    assert said[0].quote == "mixed"


def test_a_quoted_sentence_after_a_belief_is_not_joined() -> None:
    text = "The mayor hopes that the pool will reopen in June. “We have found the money for it.”"
    claims = _parse(text).claims
    hopes = [c for c in claims if c.cue is not None and c.cue.text == "hopes"]
    assert len(hopes) == 1
    assert _spans(hopes[0]) == ["the pool will reopen in June"]
