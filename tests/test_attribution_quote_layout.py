"""The wire-copy layout "“Q,” X said": a quotation that opens its sentence and ends with a
comma, question or exclamation mark inside its closing mark, then a speaker and one verb
(or the verb, then the speaker) and adjuncts (claimx.attribution.layout).

Every sentence is invented, of the shapes the small English model misparses in context.
"""

from __future__ import annotations

import pytest
from _claims import only, parse_en

# A sentence the small English model misparses, alone and with the next paragraph: the
# tree gives "told" no claim of its own (the speaker taken with the quotation).
LEMAIRE = (
    "“We were very foolish to not have stood up to him at the start,” Lemaire, 58, told "
    "Reuters in an interview in Lisbon on Monday.\n\n"
    "“Most people hoped he would fade,” he added."
)
LEMAIRE_QUOTE = "We were very foolish to not have stood up to him at the start"


def test_two_paragraph_context_keeps_the_speaker_and_cue() -> None:
    article = parse_en(LEMAIRE)
    claim = only(article, "tell")
    assert claim.speaker is not None
    assert claim.speaker.text == "Lemaire, 58"
    assert claim.content_text == LEMAIRE_QUOTE
    assert claim.quote == "direct"
    added = only(article, "add")
    assert added.content_text == "Most people hoped he would fade"
    assert added.speaker is not None
    assert added.speaker.resolved == "Lemaire"


def test_the_sentence_alone_gives_the_same_claim() -> None:
    claim = only(parse_en(LEMAIRE.split("\n\n")[0]), "tell")
    assert claim.speaker is not None
    assert claim.speaker.text == "Lemaire, 58"
    assert claim.content_text == LEMAIRE_QUOTE


def test_layout_wins_over_a_cue_before_the_quotation() -> None:
    text = (
        "The mayor of Tarvos, Ines Kessler, said the city had waited too long before it "
        "answered the developer.\n\n"
        "“We were very foolish to not have stood up to him at the start,” Kessler, 58, told "
        "reporters in Madrid on Monday."
    )
    article = parse_en(text)
    claim = only(article, "tell")
    assert claim.speaker is not None
    assert claim.speaker.text == "Kessler, 58"
    assert claim.content_text == LEMAIRE_QUOTE
    assert not any(
        c.cue is not None and c.cue.text == "answered" and "foolish" in c.content_text
        for c in article.claims
    )


def test_clause_before_a_colon_is_no_part_of_the_layout_claim() -> None:
    text = (
        "At the time, Lusk seemed to hint that he had silenced his rival: “She signed a "
        "binding agreement,” he told the Daily Ledger."
    )
    claim = only(parse_en(text), "tell")
    assert claim.content_text == "She signed a binding agreement"
    assert claim.speaker is not None
    assert claim.speaker.text == "he"


def test_speaker_with_a_comma_set_relative_clause() -> None:
    text = (
        "“The clerks have been working through every weekend,” a court official, who would "
        "only speak anonymously because the case is sealed, told Channel 4.\n\n"
        "The hearing resumes in June."
    )
    claim = only(parse_en(text), "tell")
    assert claim.speaker is not None
    assert claim.speaker.text.startswith("a court official, who would")
    assert claim.content_text == "The clerks have been working through every weekend"


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "“If the board cared about the farmers, it would have called a hearing months "
            "ago,” Pell fumed.",
            "fumed",
            "Pell",
            "If the board cared about the farmers, it would have called a hearing months ago",
        ),
        (
            "“It is a wonderful day for the valley and for all of the farmers who live "
            "here,” Pell quipped with a glance at the empty chair beside him.",
            "quipped",
            "Pell",
            "It is a wonderful day for the valley and for all of the farmers who live here",
        ),
        (
            "The sign was handmade.\n\n“I am still with Dana,” it read.",
            "read",
            "it",
            "I am still with Dana",
        ),
        (
            "“The governor says the roads are fine. Has he driven on them lately?” reacted Lusk.",
            "reacted",
            "Lusk",
            "The governor says the roads are fine. Has he driven on them lately?",
        ),
        (
            "“Come for the lakes and stay for the people,” the town's welcome page reads.",
            "reads",
            "the town's welcome page",
            "Come for the lakes and stay for the people",
        ),
        (
            'The crowd booed.\n\n"Dana wants to look like a fighter tonight," Lusk shot '
            'back. "Let me finish."',
            "shot",
            "Lusk",
            "Dana wants to look like a fighter tonight Let me finish",
        ),
    ],
)
def test_verb_outside_the_lexicon(text: str, cue: str, speaker: str, content: str) -> None:
    claim = only(parse_en(text), cue=cue)
    assert claim.speaker is not None
    assert claim.speaker.text == speaker
    assert claim.content_text == content
    assert claim.stance == "assert"


def test_pronoun_speaker_resolves() -> None:
    text = (
        "Dana Lusk spoke at the town hall on Friday.\n\n"
        "“We will win this county and the next one,” she quipped."
    )
    claim = only(parse_en(text), cue="quipped")
    assert claim.speaker is not None
    assert claim.speaker.text == "she"
    assert claim.speaker.resolved == "Dana Lusk"


@pytest.mark.parametrize(
    "text",
    [
        "“Anybody but Lusk and his friends,” was another.",  # a copula: layout_excluded_verbs
        "“Never again,” Lusk fumed.",  # too short for a verb outside the lexicon
        # a question mark ended the sentence: a capitalised function word starts the next
        "The crowd booed.\n\n“Will you let me finish?” The next debate is scheduled for "
        "May 15 in Tarvos.",
    ],
)
def test_no_claim_without_the_layout(text: str) -> None:
    assert not parse_en(text).claims


def test_a_verb_with_its_own_object_keeps_it() -> None:
    text = "“Mr. Lusk, tear down this fence!” Farmers still praise his refusal to give up."
    claim = only(parse_en(text), "praise")
    assert claim.content_text == "his refusal to give up"
