"""Cues outside the first lexicon (issue 11, sixth round): more VerbNet classes, a quotation
continued by "continue", colon lines after a heading, attitude adjectives toward a person,
cue nouns uttered by a verb and "push for".

Each sentence is invented; each row names the cue lemma, the speaker, the content and the
stance the real pipeline must give. The sources are ``CLASSES``, ``FRAME_OVERRIDES`` and
``OEWN_ADJECTIVE_CLASSES`` of ``scripts/build_cues.py``.
"""

from __future__ import annotations

import pytest
from _claims import PUBLISHED, assert_one_claim, claims_with_lemma

import claimx
from claimx.attribution.lexicon import cue_lexicon

# text, cue lemma, speaker (None: no source), content, stance
ROWS = [
    # care-88.1: worry, wonder
    (
        "Harbour pilot Enzo Maratti worries that the new jetty will silt up by spring.",
        "worry",
        "Harbour pilot Enzo Maratti",
        "the new jetty will silt up by spring",
        "predict",
    ),
    (
        "Councillor Petra Ilves wondered whether the tram depot would ever reopen.",
        "wonder",
        "Councillor Petra Ilves",
        "whether the tram depot would ever reopen",  # a question: it keeps "whether"
        "predict",
    ),
    # learn-14: learn
    (
        "The orchard growers learned that the frost had spared most of the blossom.",
        "learn",
        "The orchard growers",
        "the frost had spared most of the blossom",
        "assert",
    ),
    # a quotation continued: say-37.7 "continue" with the bare continuation frame
    (
        '"The ferry will run twice a day," the harbour master said. '
        '"Night crossings start in June," she continued.',
        "continue",
        "she",
        "Night crossings start in June",
        "assert",
    ),
    (
        'Deputy mayor Ansel Broek continued: "No district will lose its library this year."',
        "continue",
        "Deputy mayor Ansel Broek",
        "No district will lose its library this year",
        "assert",
    ),
    # "push for": urge-58.1 "push" with the demand frame
    (
        "Dock workers pushed for a shorter night shift.",
        "push",
        "Dock workers",
        "a shorter night shift",
        "assert",
    ),
    # attitude adjectives toward a person or an event (OEWN clusters)
    (
        "Several allotment holders are angry about the new water charges.",
        "angry",
        "Several allotment holders",
        "the new water charges",
        "accuse",
    ),
    (
        "The fishing cooperatives remain wary of the quota deal.",
        "wary",
        "The fishing cooperatives",
        "the quota deal",
        "doubt",
    ),
    (
        "Coach Ilka Marsh was pleased with the new training pitch.",
        "pleased",
        "Coach Ilka Marsh",
        "the new training pitch",
        "assert",
    ),
    # a cue noun uttered by a verb, with a content preposition
    (
        "Senator Orla Beck made fresh allegations against the port authority.",
        "allegation",
        "Senator Orla Beck",
        "the port authority",
        "accuse",
    ),
    (
        "The farmers rallied in support of the new dam.",
        "support",
        "The farmers",
        "the new dam",
        "assert",
    ),
]


@pytest.mark.parametrize(("text", "lemma", "speaker", "content", "stance"), ROWS)
def test_cue(text: str, lemma: str, speaker: str, content: str, stance: str) -> None:
    assert_one_claim(text, lemma, speaker, content, stance)


def test_colon_line_after_a_heading() -> None:
    text = (
        "FERRY NUMBERS ROSE AGAIN IN MARCH - Tove Lindqvist: "
        '"The island routes carried more cars than in any March before."'
    )
    found = claims_with_lemma(text, ":")
    assert len(found) == 1
    assert found[0].speaker is not None
    assert found[0].speaker.text == "Tove Lindqvist"
    assert found[0].content_text == "The island routes carried more cars than in any March before"


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("The harbour master continued to push for a new breakwater.", "continue"),
        ("The talks continued on Monday in the town hall.", "continue"),
        ("The ferry company continued its winter timetable.", "continue"),
        ("The storm pushed the price of diesel up.", "push"),
        ("The crane pushed the barge away from the quay.", "push"),
        ("The bakers would meet the demand for rye bread by noon.", "demand"),
        ("Support for the cycle lane grew over the summer.", "support"),
        ("The jury heard the case in March.", "hear"),
        ("The new pier looked ready for the regatta.", "look"),
    ],
)
def test_acts_and_aspects_are_noclaims_with_lemma(text: str, lemma: str) -> None:
    assert claims_with_lemma(text, lemma) == []


def test_continue_before_a_cue_joins_its_span() -> None:
    found = claims_with_lemma(
        "The ferry figures continue to indicate that bookings are falling.", "indicate"
    )
    assert len(found) == 1
    assert found[0].cue.text == "continue to indicate"
    assert (
        claims_with_lemma(
            "The ferry figures continue to indicate that bookings are falling.", "continue"
        )
        == []
    )


def test_addressee_of_a_cue_noun_is_no_content() -> None:
    text = "Councillor Ines Varga gave a statement to the harbour gazette."
    article = claimx.parse(text, language="en", published=PUBLISHED)
    assert [c for c in article.claims if c.content_text == "the harbour gazette"] == []


def test_lexicon_sources() -> None:
    lex = cue_lexicon("en")
    assert lex.verbs["continue"].frame.bare
    assert lex.verbs["push"].frame.content == ("preps", "clause")
    assert lex.verbs["worry"].kind == "belief"
    for left_out in ("try", "attempt", "offer", "mean", "care", "mind", "hear"):
        assert left_out not in lex.verbs, left_out
    assert lex.adjectives["angry"] == "accuse"
    assert "fraught" not in lex.adjectives  # a hardship, not an attitude
    assert "sound" not in lex.evidential_verbs  # measured: more unaligned claims than finds
    assert "look" not in lex.evidential_verbs
