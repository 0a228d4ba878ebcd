"""Attributions in title-case headlines (``claimx/attribution/headline.py``): the truecased
copy a headline is re-read from, and the claims found in it. Invented sentences; the real
English pipeline parses them."""

from __future__ import annotations

import pytest
from _claims import only, parse_en

from claimx.attribution.headline import function_words, is_title_case, truecased

#: An article body: names (some only opening a sentence), a quoted title written in title
#: case, and the lower-case words the headlines below share with it.
BODY = (
    "\n\nHoward Pell chairs the island council. The harbour board met on Monday, and Senator "
    "Ada Hale and Mayor Lena Ruiz spoke to it. The union chief said the crossings would run "
    'to the timetable and the fares would go up. The band played "Born To Run" to the crowd '
    "on the quay."
)


def test_the_article_a_is_lowered_and_an_initial_kept() -> None:
    body = "Mayor Ruiz met Jon Q. Pell."
    copy = truecased("Mayor Ruiz Sides With Jon Q. Pell On A Ferry Plan", body)
    assert copy == "Mayor Ruiz sides with Jon Q. Pell on a ferry plan"


def test_names_are_the_words_the_body_capitalises_more_often_than_not() -> None:
    # "Howard" only opens a sentence of the body: still a name; "To" is capitalised in a
    # quoted title once but written "to" more often: a word
    headline = "Fares Are 'Far Too High,' Howard Pell Tells Board To Act"
    copy = truecased(headline, BODY)
    assert copy == "Fares are 'far too high,' Howard Pell tells board to act"
    assert copy is not None
    assert len(copy) == len(headline)


@pytest.mark.parametrize(
    ("headline", "lemma", "speaker", "content"),
    [
        (
            "Ferry Fares Are 'Far Too High,' Howard Pell Tells Island Council.",
            "tell",
            "Howard Pell",
            "Ferry Fares Are 'Far Too High,'",
        ),
        (
            "Mayor Ruiz Tweets A Misleading Graphic To Portray Ferry Crews As Lazy.",
            "tweet",
            "Mayor Ruiz",
            "A Misleading Graphic To Portray Ferry Crews As Lazy",
        ),
    ],
)
def test_headline_claim_read_from_the_truecased_copy(
    headline: str, lemma: str, speaker: str, content: str
) -> None:
    article = parse_en(headline + BODY)
    claim = only(article, lemma)
    assert claim.paragraph == 0
    assert claim.speaker is not None
    assert claim.speaker.text == speaker
    assert claim.content_text == content


@pytest.mark.parametrize(
    "line",
    [
        "Harbour Weekly named Senator Ada Hale Its Islander Of The Year For 2024.",
        "Rep. Ola Brandt, D-Ore., chairs the NATO Harbour Committee in Brackwater.",
        "Mayor Lena Ruiz captured Dorrow, Brackwater, Kelby and Tarnholm.",
    ],
)
def test_body_sentence_full_of_names_is_not_title_case(line: str) -> None:
    small = function_words("en")
    # most longer words are capitalised, but a lower-case verb is no function word
    assert not is_title_case(line, small)
    assert truecased(line, BODY, small) is None


@pytest.mark.parametrize(
    "line",
    [
        "Hale Sides With Ruiz On Ferry Fares",
        "Hale Sees Reagan-like Grit In Ruiz.",
        "3. Experts Downplay Planned Ferry Strike.",
        "Ruiz Fully Embraced Rent Control When She Became Mayor",
    ],
)
def test_headline_with_function_words_in_lower_case_is_title_case(line: str) -> None:
    assert is_title_case(line, function_words("en"))
