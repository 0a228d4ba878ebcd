"""Cue senses and complement cues that make no claim (issue 11, tenth round).

The real English pipeline parses every sentence; people, places and organisations are
invented.
"""

from __future__ import annotations

import pytest
from _claims import parse_en

from claimx.models import Article


def _described(article: Article) -> list[tuple[str | None, str | None, str, str]]:
    return [
        (
            c.cue.lemma if c.cue else None,
            c.speaker.text if c.speaker else None,
            c.content_text,
            c.stance,
        )
        for c in article.claims
    ]


# a cue verb whose infinitive complement is another cue verb: the complement is an act
# refused, planned, wanted or hoped for, which the first claim's content holds; no second
# claim says it took place
COMPLEMENT_CUES = [
    (
        "The minister refused to admit that the ferry contract had failed.",
        ("refuse", "The minister", "to admit that the ferry contract had failed", "deny"),
        "admit",
    ),
    (
        "Mayor Ines Drak decided to announce that the ferry would stop in May.",
        ("decide", "Mayor Ines Drak", "to announce that the ferry would stop in May", "announce"),
        "announce",
    ),
    (
        "The council members wanted to show that the port was safe.",
        ("want", "The council members", "to show that the port was safe", "predict"),
        "show",
    ),
    (
        "Mayor Ines Drak hopes to argue that the harbour fees are too high.",
        ("hope", "Mayor Ines Drak", "to argue that the harbour fees are too high", "predict"),
        "argue",
    ),
]


@pytest.mark.parametrize(("text", "expected", "complement"), COMPLEMENT_CUES)
def test_complement_cue_is_no_second_claim(
    text: str, expected: tuple[str, str, str, str], complement: str
) -> None:
    described = _described(parse_en(text))
    assert expected in described, described
    assert all(lemma != complement for lemma, *_ in described), described


def test_cue_with_its_own_subject_stays_a_claim() -> None:
    # a complement clause with a subject of its own is no open clause: both are claims
    described = _described(parse_en("The minister said that the mayor wants to argue the case."))
    assert [lemma for lemma, *_ in described] == ["say", "want"], described


# members of a mapped VerbNet class left out of the lexicon (``EXCLUDED`` of
# ``scripts/build_cues.py``): in news their usual sense is an act, not an attribution
ACTS = [
    "Professor Ilse Marren teaches maritime law at the harbour college.",
    "The dockers celebrated the tenth anniversary of the union on Monday.",
    "The mayor honored the lifeboat crew with a medal on Friday.",
    "The council invited the ferry crews to attend the ceremony.",
]


@pytest.mark.parametrize("text", ACTS)
def test_an_act_is_no_claim(text: str) -> None:
    assert parse_en(text).claims == (), _described(parse_en(text))


def test_supposed_to_is_no_report() -> None:
    # "is supposed to" is an obligation or a plan; "suppose" is no raising verb
    text = "The ferry timetables are supposed to be published by the council in May."
    assert parse_en(text).claims == (), _described(parse_en(text))


def test_gerund_complement_stays_a_claim() -> None:
    # a gerund complement reports an act that took place: both are claims
    text = "The harbour master recalled telling the council that the fees would rise."
    described = _described(parse_en(text))
    assert ("tell", "The harbour master", "the fees would rise", "assert") in described
    assert [lemma for lemma, *_ in described] == ["recall", "tell"], described


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a whole clause of stop words alone is a statement all the same
        (
            "Ruiz told her supporters that we will be there for them.",
            [("tell", "Ruiz", "we will be there for them", "assert")],
        ),
        (
            "The mayor assured them that it would not be enough.",
            [("assure", "The mayor", "it would not be enough", "assert")],
        ),
    ],
)
def test_complement_clause_of_stop_words_is_content(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert _described(parse_en(text)) == expected


@pytest.mark.parametrize(
    "text",
    ["Dunn questioned why they should do that.", "Dunn would not say whether that was enough."],
)
def test_embedded_question_of_stop_words_is_no_content(text: str) -> None:
    # a question, no statement: no claim, as for any cue with no content
    assert _described(parse_en(text)) == []
