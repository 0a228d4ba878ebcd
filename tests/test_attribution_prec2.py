"""Content boundaries and cue senses (issue 11, content precision), one invented sentence each.

A verb coordinated with the cue is no part of the cue's content, even where the parser hangs
it inside the content clause; a reporting verb in a sense that reports nothing (a perception,
a name given) makes no claim. The real English pipeline parses every sentence; people, places
and organisations are invented.
"""

from __future__ import annotations

import pytest

import claimx
from claimx.models import Article, Claim

PUBLISHED = "2025-06-02"


def _parse(text: str) -> Article:
    return claimx.parse(text, language="en", published=PUBLISHED)


def _by_cue(article: Article, cue: str) -> list[Claim]:
    return [c for c in article.claims if c.cue is not None and c.cue.text == cue]


def _one(article: Article, cue: str) -> Claim:
    found = _by_cue(article, cue)
    assert len(found) == 1, [(c.speaker, c.cue, c.content_text) for c in article.claims]
    return found[0]


# text, cue, content of the cue, coordinated cue, its speaker: a verb coordinated with the
# cue (finite after a non-finite content verb, or the cue's own tense where the content has
# another, or after the closing quotation mark of the content) is a second report
COORDINATED = [
    (
        "The two aldermen both suggested the clerk be dismissed and defended the harbour board.",
        "both suggested",
        "the clerk be dismissed",
        "defended",
        "The two aldermen",
    ),
    (
        "Lena Ostrova says the simplest answer was to close the old quarry and says she "
        "drafted a bylaw to do it.",
        "says",
        "the simplest answer was to close the old quarry",
        None,
        None,
    ),
    (
        "Councillor Brix said his visits to the valley have given the campaign momentum and "
        "said that the dam did not serve the farmers.",
        "said",
        "his visits to the valley have given the campaign momentum",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "cue", "content", "other", "speaker"), COORDINATED)
def test_a_verb_coordinated_with_the_cue_leaves_the_content(
    text: str, cue: str, content: str, other: str | None, speaker: str | None
) -> None:
    article = _parse(text)
    claims = _by_cue(article, cue)
    assert content in [c.content_text for c in claims], [
        (c.cue, c.content_text) for c in article.claims
    ]
    if other is not None:
        second = _one(article, other)
        assert second.speaker is not None
        assert second.speaker.text == speaker


def test_a_second_report_with_its_own_subject_leaves_the_content() -> None:
    article = _parse(
        "Six in ten ferry users said the timetable was reliable, and half said the same "
        "of the night buses."
    )
    contents = {c.speaker.text if c.speaker else None: c.content_text for c in article.claims}
    assert contents["Six in ten ferry users"] == "the timetable was reliable"
    assert contents["half"] == "the same of the night buses"


def test_a_verb_after_the_closing_quotation_mark_leaves_the_content() -> None:
    article = _parse("Mira Holt wrote, “It is time to rebuild the pier,” and posted a photo of it.")
    claim = _one(article, "wrote")
    assert claim.content_text == "It is time to rebuild the pier"


# the parser's attachment stands where the conjunct has the content verb's own form, or its
# own complementizer ("that A and that B": two content clauses)
KEPT = [
    (
        "The engineer said the bridge was built in 1990 and carries nine thousand cars a day.",
        "the bridge was built in 1990 and carries nine thousand cars a day",
    ),
    (
        "The mayor said the levy would fund the library and repair the roads.",
        "the levy would fund the library and repair the roads",
    ),
    (
        "The warden said that the gates were closed and that the keys had been lost.",
        "the gates were closed and that the keys had been lost",
    ),
]


@pytest.mark.parametrize(("text", "content"), KEPT)
def test_a_conjunct_of_the_content_stays(text: str, content: str) -> None:
    article = _parse(text)
    claim = _one(article, "said")
    assert claim.content_text == content


# a verb of perception with a bare infinitive clause reports an event seen, not a statement
PERCEIVED = [
    "When she saw the senator leave the mill, she cheered.",
    "The voters went to see the governor speak at the fair.",
    "The board saw its rival take over the port in 2010.",
    # a present participle after a past-tense cue: an event seen as it happened
    "When Lena Marsh saw the mayor talking about the ferry on the radio, she laughed.",
    "Two fishermen said they saw a tanker drifting toward the pier.",
]


@pytest.mark.parametrize("text", PERCEIVED)
def test_a_perceived_event_is_no_claim(text: str) -> None:
    article = _parse(text)
    assert not [c for c in article.claims if c.cue is not None and c.cue.lemma == "see"]


def test_a_perceived_event_takes_no_quotation() -> None:
    article = _parse("Ana Ruiz went to see the mayor speak on Friday. “He was dull,” she said.")
    contents = [c.content_text for c in article.claims if c.cue is not None]
    assert contents == ["He was dull"]


SEEN = [
    ("Residents saw that the river had risen overnight.", "the river had risen overnight"),
    # a participle may be a judgement or a forecast: the claim stays
    (
        "The pollsters see the senator winning the northern counties.",
        "the senator winning the northern counties",
    ),
    ("I also saw that the clerk was weeping.", "the clerk was weeping"),
]


@pytest.mark.parametrize(("text", "content"), SEEN)
def test_seeing_that_is_a_claim(text: str, content: str) -> None:
    article = _parse(text)
    assert [c.content_text for c in article.claims if c.cue is not None] == [content]


def test_a_conjunct_inside_a_relative_clause_stays() -> None:
    article = _parse(
        "Officials say the levy hurts the shops that opened last year and want to close."
    )
    claim = _one(article, "say")
    assert claim.content_text == "the levy hurts the shops that opened last year and want to close"


def test_a_finite_conjunct_of_an_infinitive_leaves_the_content() -> None:
    article = _parse("He would not say whether he decided to retire or was forced out.")
    assert _one(article, "decided").content_text == "to retire"
