"""Claims that are not statements, and contents that run past the statement (issue 11,
precision round), one invented sentence each.

The real English pipeline parses every sentence; people, places and organisations are
invented.
"""

from __future__ import annotations

import pytest

import claimx
from claimx.models import Article

PUBLISHED = "2025-06-02"


def _parse(text: str) -> Article:
    return claimx.parse(text, language="en", published=PUBLISHED)


def _described(article: Article) -> list[tuple[str | None, str | None, str]]:
    return [
        (c.cue.lemma if c.cue else None, c.speaker.text if c.speaker else None, c.content_text)
        for c in article.claims
    ]


# a participle or infinitive cue whose subject comes from the clause it hangs on: the
# fronted phrase of that clause is no content set off by a comma ("..., he said")
FRONTED = [
    (
        "At the union hall on Friday, the dockworkers gathered to talk about their wages.",
        "At the union hall on Friday",
        ("talk", "the dockworkers", "their wages"),
    ),
    (
        "On the same evening, at a rally in Tolver, Mayor Ines Drak was just as blunt, "
        "repeating her claim that the harbour fees had doubled.",
        "On the same evening, at a rally in Tolver",
        ("claim", "Mayor Ines Drak", "the harbour fees had doubled"),
    ),
]


@pytest.mark.parametrize(("text", "fronted", "expected"), FRONTED)
def test_fronted_phrase_is_no_content(
    text: str, fronted: str, expected: tuple[str, str, str]
) -> None:
    described = _described(_parse(text))
    assert all(content != fronted for _, _, content in described), described
    assert expected in described


PARENTHETICAL = [
    (
        "The harbour fees, Mayor Ines Drak said, will double next year.",
        ("say", "Mayor Ines Drak", "The harbour fees will double next year"),
    ),
    (
        '"The fees will double," Mayor Ines Drak said, adding that the port had no choice.',
        ("add", "Mayor Ines Drak", "the port had no choice"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARENTHETICAL)
def test_own_subject_keeps_the_content_around_it(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _described(_parse(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tolver: Ada Roe, Ben Lund, Cal Moss, Dora Vine.\n\nThe board met on Monday.",
        "Ostrava: Jana Holub, Petr Vanek, Eva Marsh.\n\nThe board met on Monday.",
    ],
)
def test_colon_roster_is_no_claim(text: str) -> None:
    assert not [c for c in _parse(text).claims if c.cue is not None and c.cue.lemma == ":"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Pentagon: Moscow fires missiles at the port of Tolver.", "Moscow fires missiles"),
        ("Poll: Holt 45, Vesk 41, Lund 8, others 6.", "Holt 45, Vesk 41"),
    ],
)
def test_colon_statement_stays_a_claim(text: str, content: str) -> None:
    colon = [c for c in _parse(text).claims if c.cue is not None and c.cue.lemma == ":"]
    assert len(colon) == 1
    assert colon[0].content_text.startswith(content)


def test_necessity_is_no_desire() -> None:
    # "need to" says what a goal requires, not what anyone wants (scripts/build_cues.py
    # leaves "need" out of VerbNet's want-32.1); "want to" stays a claim
    assert not _parse("The harbour board would need to win the vote of every member.").claims
    assert ("want", "Councillor Hana Vesk", "to win the vote") in _described(
        _parse("Councillor Hana Vesk wants to win the vote.")
    )
