"""Content boundaries: what a content leaves out at its end (issue 11, tenth round).

The real English pipeline parses every sentence; people, places and organisations are
invented.
"""

from __future__ import annotations

import pytest
from _claims import only, parse_en


@pytest.mark.parametrize(
    ("text", "lemma", "content"),
    [
        # a description opened by a determiner, at the end of a clause content
        (
            "The senator said she would campaign against Tomas Berglund, the mayor of the "
            "river town.",
            "say",
            "she would campaign against Tomas Berglund",
        ),
        # a name that is the whole object content: any apposition or relative clause
        (
            "The union endorsed Greta Vinter, who ran the port authority for a decade.",
            "endorse",
            "Greta Vinter",
        ),
        (
            "The council praised Anna Lindqvist, a retired nurse from the northern district.",
            "praise",
            "Anna Lindqvist",
        ),
    ],
)
def test_description_of_a_named_person_leaves_the_content(
    text: str, lemma: str, content: str
) -> None:
    """A comma-set description of a named person says who the person is (the writer's
    identification), not what was said about them."""
    assert only(parse_en(text), lemma).content_text == content


def test_description_holding_a_quotation_stays() -> None:
    """A description that holds a quotation mark is not cut: the parser may hang the
    speaker's own words, here the predication of "praising X as Y", inside it."""
    content = only(
        parse_en(
            "Berg, speaking in Ohio, is praising Tom Brandt, who ended his bid for the "
            "governorship Saturday, as \u201ca man who never stooped to insults\u201d and "
            "thanked him."
        ),
        "praise",
    ).content_text
    assert content.startswith("Tom Brandt")
    assert "a man who never stooped to insults" in content


def test_description_of_a_thing_or_a_list_of_names_stays() -> None:
    """Only a person's description is cut: an apposition on a common noun describes what
    was said, and names in a list are no description."""
    said = only(
        parse_en(
            "Officials said the grant would go to the harbour fund, a program that helps fishermen."
        ),
        "say",
    )
    assert said.content_text == (
        "the grant would go to the harbour fund, a program that helps fishermen"
    )
    listed = only(
        parse_en(
            "Mats Olander said he had spoken with Petra Nyland, Erik Holm and Lars Dahl about "
            "the budget."
        ),
        "say",
    )
    assert listed.content_text == (
        "he had spoken with Petra Nyland, Erik Holm and Lars Dahl about the budget"
    )


def test_statement_content_leaves_the_next_report() -> None:
    """ "In a statement, X did Y, saying Z": the participle is a report of its own, which
    leaves the statement's content as it leaves a cue verb's."""
    article = parse_en(
        "In a statement, the governor took aim at the new budget plan, saying it would hurt "
        "rural schools."
    )
    assert only(article, "statement").content_text == "took aim at the new budget plan"
    assert only(article, "say").content_text == "it would hurt rural schools"


def test_question_topic_leaves_the_description_of_a_person() -> None:
    """ "When asked about X, who ...": the relative clause is the writer's note on X, not
    part of the question."""
    article = parse_en(
        "When asked about Tomas Berglund, who ran the harbour board for years, the mayor smiled."
    )
    assert only(article, "ask").content_text == "Tomas Berglund"


def test_trailing_according_to_leaves_the_content() -> None:
    """ "X said A, according to Y" with "according to" hung inside the clause: the phrase is
    an attribution of its own (Y's claim of A), not part of what X said."""
    article = parse_en(
        "Critics say the harbour fund is by far the largest in the region, according to a "
        "recent survey."
    )
    said = only(article, "say")
    assert said.content_text == "the harbour fund is by far the largest in the region"
    according = only(article, "according to")
    assert according.speaker is not None
    assert according.speaker.text == "a recent survey"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # on a common noun: the writer's note on the thing, cut
        (
            "The mayor said she would veto the new parking rule, which was passed by the "
            "council last week.",
            "she would veto the new parking rule",
        ),
        # a quotation inside: the speaker's own words, kept
        (
            "The mayor said the council had approved the harbour levy, which would “ruin the "
            "fishing fleet”.",
            "the council had approved the harbour levy, which would “ruin the fishing fleet”",
        ),
        # a report of its own inside: kept (its cue stays nested in the content)
        (
            "The mayor said the council had approved the harbour levy, which critics say will "
            "raise rents.",
            "the council had approved the harbour levy, which critics say will raise rents",
        ),
    ],
)
def test_trailing_which_clause_on_a_common_noun(text: str, content: str) -> None:
    """A trailing "which" clause on a common noun is the writer's note on it, unless it
    holds a quotation or a cue verb."""
    said = [
        c for c in parse_en(text).claims if c.speaker is not None and c.speaker.text == "The mayor"
    ]
    assert [c.content_text for c in said] == [content]


def test_adjective_and_noun_contents_leave_the_description_of_a_person() -> None:
    """ "critical of X, a Y", "support for X, a Y": the contents of cue adjectives and
    nouns leave a named person's description too (and only that)."""
    critical = only(
        parse_en(
            "The mayor has been sharply critical of Anna Lindqvist, a retired nurse from the north."
        ),
        "critical",
    )
    assert critical.content_text == "Anna Lindqvist"
    supported = only(
        parse_en(
            "Nobody was surprised by the union's support for Greta Vinter, a retired ferry captain."
        ),
        "support",
    )
    assert supported.content_text == "Greta Vinter"
