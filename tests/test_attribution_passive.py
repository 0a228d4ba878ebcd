"""Agentless passive reports with a predication or a prepositional content
(``claimx.attribution.passive``), on the real English pipeline.

Every sentence is written for this test (invented people, places and organisations), in the
shape of the construction it checks. Such a report names no source: the claim has speaker
``None``, and the passive subject is what the report is about, never its speaker.
"""

from __future__ import annotations

import pytest

from claimx.attribution.lexicon import cue_lexicon
from claimx.models import Article, Claim


def _claims(article: Article, cue: str) -> list[Claim]:
    return [c for c in article.claims if c.cue is not None and c.cue.text == cue]


# text, cue text, content text, stance
CASES = [
    # a predication: "X is seen as Y" (content: X and Y), stance from the verb
    ("The senator is widely seen as a moderate.", "is widely seen as",
     "The senator a moderate", "assert"),
    ("Mayor Orin Tal has been mentioned as a possible candidate for governor.",
     "has been mentioned as", "Mayor Orin Tal a possible candidate for governor", "assert"),
    ("The ferry plan was widely criticized as reckless.", "was widely criticized as",
     "The ferry plan reckless", "accuse"),
    ("Many of the ballots were deemed invalid.", "were deemed",
     "Many of the ballots invalid", "assert"),
    ("Ms Vantor was declared the winner of the runoff.", "was declared",
     "Ms Vantor the winner of the runoff", "announce"),
    ("Ms Vantor was announced the winner.", "was announced", "Ms Vantor the winner",
     "announce"),
    # a relative pronoun subject: the report is about its antecedent
    ("The judge, who was described as aloof, left the bench in June.", "was described as",
     "The judge aloof", "assert"),
    # a participle on its noun
    ("Low grain prices, seen as a boon for bakers, have hurt farmers.", "seen as",
     "Low grain prices a boon for bakers", "assert"),
    # a content preposition whose object is what the subject is accused or praised of
    ("The Brennick firm is accused of hiding its losses.", "is accused of",
     "The Brennick firm hiding its losses", "accuse"),
    ("The minister was criticized for her handling of the flood.", "was criticized for",
     "The minister her handling of the flood", "accuse"),
    ("The coach was praised for his calm words.", "was praised for",
     "The coach his calm words", "assert"),
    # raising verbs take a small clause in the passive as they take an infinitive
    ("The Tarvel bypass is considered a long shot.", "is considered",
     "The Tarvel bypass a long shot", "assert"),
    # ... and those that are no cue in the active ("know", "project") are cues there
    ("The three contests known as Harvest Week decide the race.", "known as",
     "The three contests Harvest Week", "assert"),
    ("The Olin lake is known for its clear water.", "is known for",
     "The Olin lake its clear water", "assert"),
    ("Ms Lund was projected the winner in Tarvel.", "was projected",
     "Ms Lund the winner in Tarvel", "assert"),
    # a raised pronoun subject stays in the content
    ("He is expected to win the seat.", "is expected", "He to win the seat", "predict"),
    ("The board named a judge who is expected to be lenient.", "is expected",
     "a judge to be lenient", "predict"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "cue", "content", "stance"), CASES)
def test_agentless_passive_has_no_speaker(parse, text, cue, content, stance) -> None:  # type: ignore[no-untyped-def]
    found = _claims(parse(text), cue)
    assert len(found) == 1, [(c.cue.text if c.cue else None, c.content_text) for c in found]
    claim = found[0]
    assert claim.speaker is None  # the passive subject undergoes the report
    assert claim.content_text == content
    assert claim.stance == stance


def test_a_passive_with_an_agent_is_not_sourceless(parse) -> None:  # type: ignore[no-untyped-def]
    article = parse("The senator was described as a loner by his former aides.")
    assert not [c for c in article.claims if c.speaker is None], [
        (c.cue.text if c.cue else None, c.content_text) for c in article.claims
    ]


@pytest.mark.parametrize(
    "text",
    [
        "She knows the answer to the riddle.",  # "know" in the active is no report
        "The new bridge, announced in May, opened on Friday.",  # no predicate after it
        "The senator was described as such.",  # a predicate of stop words alone
        "He runs a small firm called Ostrava Tools.",  # a participle naming its noun
        "The chief executive was shown the door.",  # an object, not a predicate
        "The same could not be said for the mayor.",  # "for" is content of "known" alone
        "His supporters were shown chanting slogans.",  # an event shown, no predicate
    ],
)
def test_no_passive_report(parse, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c for c in parse(text).claims if c.speaker is None] == []


def test_passive_only_verbs_are_raising_verbs() -> None:
    lex = cue_lexicon("en")
    assert lex.raising_frame is not None
    assert set(lex.passive_verbs) <= lex.raising_verbs
    assert not set(lex.passive_verbs) & set(lex.verbs)  # a cue in the active keeps its entry
    assert "know" in lex.passive_verbs
