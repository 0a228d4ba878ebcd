"""Cue verbs with no subject of their own: conjuncts, open complements and gerunds after a
preposition take the subject of the word they hang on, further up the tree than a direct
head; a conjunct with a subject of its own keeps it; a verb coordinated with an adjective
inherits nothing."""

from __future__ import annotations

import pytest
from _claims import parse_en


def _speakers(text: str, cue: str) -> list[str | None]:
    """The speaker of every claim of ``text`` whose cue text is ``cue``."""
    return [
        c.speaker.text if c.speaker is not None else None
        for c in parse_en(text).claims
        if c.cue is not None and c.cue.text == cue
    ]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a gerund four steps below its subject: pcomp, prep, xcomp, acomp, "be"
        (
            "Brandt will likely be able to win over donors by citing her early results in Ostrava.",
            "citing",
            "Brandt",
        ),
        (
            "Mayor Lindqvist is also likely to remind voters of her record by mentioning the "
            "fact that she grew up in Harlow.",
            "mentioning",
            "Mayor Lindqvist",
        ),
        # a gerund after "to" in a "from ... to" phrase of a gerund after a preposition
        (
            "Over the summer, councillors have shifted from emphasizing growth to focusing on "
            "the cost of housing.",
            "focusing on",
            "councillors",
        ),
        # a participle conjoined to a participle on a noun: the noun speaks
        (
            "The ad, released on Monday, features immigrant voters telling their family "
            "stories and criticizing Dorn's immigration plans.",
            "criticizing",
            "immigrant voters",
        ),
        (
            "The spot features five teachers speaking in Polish and talking about their years "
            "in the classroom.",
            "talking about",
            "five teachers",
        ),
        # a gerund on a predicate adjective the parser labelled attr
        (
            "Senator Pell has been the most aggressive in the field in denouncing the harbour "
            "deal.",
            "denouncing",
            "Senator Pell",
        ),
    ],
)
def test_cue_without_subject_inherits_it(text: str, cue: str, speaker: str) -> None:
    assert _speakers(text, cue) == [speaker]


def test_conjunct_with_its_own_subject_keeps_it() -> None:
    assert _speakers("The mayor left and reporters asked whether the deal was dead.", "asked") == [
        "reporters"
    ]


def test_conjoined_participle_with_own_subject_is_not_the_nouns() -> None:
    # "say" has its own subject: the critics speak, not the farmer on the ad
    assert _speakers(
        "The ad shows a farmer at work and critics say the plan will fail.", "say"
    ) == ["critics"]


@pytest.mark.parametrize(
    "text",
    [
        # an adjective coordinated with a participle: no verb to take a subject from
        "Her column is the boldest and least talked about feature of the weekly paper.",
        "Young people are too smart and not cynical enough to vote for Dorn.",
    ],
)
def test_no_subject_through_a_conjoined_adjective(text: str) -> None:
    assert [c.cue.text for c in parse_en(text).claims if c.cue is not None] == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a second predicate the parser hung on the first by an unlabelled link ("dep")
        ("Ruiz paused, then revealed why the vote was so close.", "then revealed", "Ruiz"),
        # the main verb hung on an adjective the parser made the root
        (
            "Officials privy to the negotiations say it is the mayor, not the council, who "
            "wants the delay.",
            "say",
            "Officials",
        ),
    ],
)
def test_tensed_verb_on_a_loose_link_takes_its_heads_subject(
    text: str, cue: str, speaker: str
) -> None:
    assert _speakers(text, cue) == [speaker]


def test_bare_verb_on_a_loose_link_takes_no_subject() -> None:
    # "Find out" is an imperative: the editors before the colon do not speak it
    text = "Our editors walk you through the night of the count: Find out who really won the seat."
    assert _speakers(text, "Find out") == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        # a subject set off by commas, its description read as a clause ("rabbi" a verb)
        (
            "Samuel Ordway, a Boca Raton, Fla., rabbi working to plan the protest, said he and "
            "several cantors were upset about the mayor's tone.",
            "said",
            "Samuel Ordway, a Boca Raton, Fla.",
            "he and several cantors were upset about the mayor's tone",
        ),
        # a list of predicates with no coordinator, the first one read as a clause
        (
            "Brandt sharply attacked the governor's plan said he \u201cwon't let it pass\u201d "
            "in the spring session.",
            "said",
            "Brandt",
            "he \u201cwon't let it pass\u201d in the spring session",
        ),
    ],
)
def test_root_verb_takes_the_subject_the_parser_gave_a_clause_before_it(
    text: str, cue: str, speaker: str, content: str
) -> None:
    found = [
        (c.speaker.text if c.speaker is not None else None, c.content_text)
        for c in parse_en(text).claims
        if c.cue is not None and c.cue.text == cue
    ]
    assert found == [(speaker, content)]


def test_inverted_speaker_after_the_verb_is_not_replaced_by_the_clause_subject() -> None:
    # "said a former aide": the aide speaks (the parser made it an object), never "He" of
    # the clause before the verb
    text = (
        "He also had a say in choices about big Dutch loans in Latvia, said a former aide to "
        "the Latvian treasury, Janis Ozols."
    )
    assert "He" not in _speakers(text, "said")
