"""Direct quotations are taken whole: content that starts in or before a quotation and
stops inside it (at a sentence end or a comma the parse ends the complement at) runs on to
the closing mark, and a quotation that goes on after the cue's sentence joins the claim in
every style of marks the quotation scanner pairs. Invented sentences, real English pipeline.
"""

from __future__ import annotations

import pytest
import spacy

import claimx
from claimx.attribution.find import _whole_sentences
from claimx.attribution.quotes import Quote


def _content(text: str) -> list[list[str]]:
    article = claimx.parse(text, language="en", published="2024-05-01")
    for claim in article.claims:
        for span in claim.content:  # offsets index the article text
            assert article.text[span.start : span.end] == span.text
    return [[s.text for s in c.content] for c in article.claims]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            'The inspector told reporters that "the bridge is safe. It will reopen on Monday."',
            ["the bridge is safe. It will reopen on Monday"],
            id="two-sentences-after-that",
        ),
        pytest.param(
            "One resident wrote: ''The water tastes of iron. Nobody has tested it. "
            "We are worried.''",
            ["The water tastes of iron. Nobody has tested it. We are worried"],
            id="three-sentences-doubled-apostrophes",
        ),
        pytest.param(
            '"The levy is too high, because families are already paying more," the treasurer said.',
            ["The levy is too high, because families are already paying more"],
            id="comma-because-before-cue",
        ),
        pytest.param(
            "“Our pupils are doing well, while the building is falling apart,” "
            "the head teacher said.",
            ["Our pupils are doing well, while the building is falling apart"],
            id="comma-while-before-cue",
        ),
        pytest.param(
            'The treasurer said the levy "is far too high. Families cannot pay it."',
            ['the levy "is far too high. Families cannot pay it'],
            id="partial-quotation-to-its-end",
        ),
        pytest.param(
            'The pilot said it was "a hard landing, but nobody was hurt."',
            ['it was "a hard landing, but nobody was hurt'],
            id="partial-quotation-past-a-comma",
        ),
        pytest.param(
            '"Tolls, in our view, will not fix the road. We lose two lorries a month already '
            'to potholes, closing more lanes for repairs that nobody has planned," the haulier '
            "added.",
            [
                "Tolls, in our view, will not fix the road. We lose two lorries a month already "
                "to potholes, closing more lanes for repairs that nobody has planned"
            ],
            id="content-from-the-last-sentence-is-the-whole-quotation",
        ),
    ],
)
def test_content_runs_to_the_closing_mark(text: str, content: list[str]) -> None:
    assert _content(text) == [content]


def test_content_that_ends_after_a_quotation_is_unchanged() -> None:
    text = 'The mayor said the "temporary" closure of the pool would last a year.'
    assert _content(text) == [['the "temporary" closure of the pool would last a year']]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "''The levy is too high,'' the treasurer said. ''Families cannot pay it.''",
            ["The levy is too high", "Families cannot pay it"],
            id="doubled-apostrophes",
        ),
        pytest.param(
            "''The levy is too high,'' the treasurer said. ''Families cannot pay it. "
            "Nobody asked them.''",
            ["The levy is too high", "Families cannot pay it. Nobody asked them"],
            id="doubled-apostrophes-two-sentences",
        ),
        pytest.param(
            "“The bridge is the oldest in the county,” the historian said, referring to the "
            "stone crossing at Millbrook. “It was built before the mill.”",
            ["The bridge is the oldest in the county", "It was built before the mill"],
            id="after-an-indirect-claim-in-the-cue-sentence",
        ),
    ],
)
def test_a_quotation_after_the_cue_sentence_goes_on(text: str, content: list[str]) -> None:
    assert _content(text)[0] == content


def test_a_mark_or_line_break_the_parser_puts_in_the_next_sentence_stays_with_it() -> None:
    doc = spacy.blank("en")("unused")
    text = "“A,” she said. ''Bb cc.''\nNext line."
    q = Quote(15, 25, 17, 23)
    assert text[q.inner_start : q.inner_end] == "Bb cc."
    glued = [(0, 17), (17, 36)]  # "... said. ''" | "Bb cc.''\nNext line."
    assert _whole_sentences(doc, text, glued, q)
    # no sentence end before the mark: the quotation is part of that sentence
    assert not _whole_sentences(doc, text.replace("said.", "said,"), glued, q)
    # no line break after it: the sentence goes on
    assert not _whole_sentences(doc, text.replace("\n", " "), glued, q)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        pytest.param(
            "The coach had one message for the team: “Nobody leaves this pitch until the "
            "drill is right.”",
            "The coach",
            "Nobody leaves this pitch until the drill is right",
            id="object-before-the-colon",
        ),
        pytest.param(
            "The harbour master shot back: “That is simply not true, and the logs will show it.”",
            "The harbour master",
            "That is simply not true, and the logs will show it",
            id="verb-not-in-the-lexicon",
        ),
    ],
)
def test_a_quotation_after_a_colon_is_spoken_by_the_clause_subject(
    text: str, speaker: str, content: str
) -> None:
    (claim,) = claimx.parse(text, language="en", published="2024-05-01").claims
    assert claim.speaker is not None
    assert claim.speaker.text == speaker
    assert [s.text for s in claim.content] == [content]
    assert claim.quote == "direct"
