"""Cue nouns derived from lexicon verbs through Open English WordNet (issue 11, noun cues).

A noun whose sense OEWN derives from a saying or thinking sense of a lexicon verb is a cue
noun with that verb's stance ("comment" from "comment", "disavowal" from "disavow"): a
possessor, a "by" agent or a verb that utters it is its speaker, its clause or content
preposition its content. Each sentence is invented; the source is ``derived_nouns`` and
``NOUN_EXCLUDED`` of ``scripts/build_cues.py``.
"""

from __future__ import annotations

import pytest
from _claims import assert_one_claim, claims_with_lemma

from claimx.attribution.lexicon import cue_lexicon

# text, cue lemma, speaker, cue text, content, stance
ROWS = [
    # a possessor and a content preposition
    (
        "The harbour master's comments on the new breakwater were read aloud at the quay.",
        "comment",
        "The harbour master",
        "comments on",
        "the new breakwater",
        "assert",
    ),
    (
        "The councillor's remarks about the ferry timetable angered the islanders.",
        "remark",
        "The councillor",
        "remarks about",
        "the ferry timetable",
        "assert",
    ),
    # a possessor and a that-clause
    (
        "The auditor's remark that the ledgers were incomplete drew a sharp reply.",
        "remark",
        "The auditor",
        "remark",
        "the ledgers were incomplete",
        "assert",
    ),
    # the verb's stance: disavow and rebut deny, condemn accuses
    (
        "The minister's disavowal of the leaked memo came on Friday.",
        "disavowal",
        "The minister",
        "disavowal of",
        "the leaked memo",
        "deny",
    ),
    (
        "The rowing club's rebuttal of the charges was swift.",
        "rebuttal",
        "The rowing club",
        "rebuttal of",
        "the charges",
        "deny",
    ),
    # a verb that utters the noun joins the cue and gives the speaker
    (
        "The senator made comments about the grain tariff on Tuesday.",
        "comment",
        "The senator",
        "made comments about",
        "the grain tariff",
        "assert",
    ),
]


@pytest.mark.parametrize(("text", "lemma", "speaker", "cue", "content", "stance"), ROWS)
def test_derived_noun_claim(
    text: str, lemma: str, speaker: str, cue: str, content: str, stance: str
) -> None:
    assert_one_claim(text, lemma, speaker, content, stance)
    claim = claims_with_lemma(text, lemma)[0]
    assert claim.cue is not None
    assert claim.cue.text == cue


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # no holder at all: a topic, not a report
        ("A comment on the weather opened the evening show.", "comment"),
        # the subject of a verb that does not utter the noun is no holder
        ("The new rules require comments on the draft budget.", "comment"),
        # excluded: the purpose connective "in order to"
        ("In order to win the vote, the party replaced its leader.", "order"),
    ],
)
def test_derived_noun_without_holder_is_no_claim(text: str, lemma: str) -> None:
    assert claims_with_lemma(text, lemma) == []


def test_noun_phrase_content_inside_a_report_is_that_report() -> None:
    """ "She said his comments about Y were unfair": her claim only, as for a verb's
    noun-phrase object inside another claim's content."""
    text = "The ombudsman said the warden's comments about the inmates were unfair."
    assert claims_with_lemma(text, "comment") == []
    assert_one_claim(
        text,
        "say",
        "The ombudsman",
        "the warden's comments about the inmates were unfair",
        "assert",
    )


def test_derived_nouns_come_from_oewn_and_hand_entries_win() -> None:
    lex = cue_lexicon("en")
    assert "comment" in lex.derived_nouns
    assert lex.nouns["comment"] == "assert"
    assert lex.nouns["disavowal"] == "deny"
    assert "claim" in lex.nouns  # the maintainers' entry
    assert "claim" not in lex.derived_nouns
    for excluded in ("order", "debate", "report", "information", "name"):
        assert excluded not in lex.nouns


# a judging or backing noun its verb's subject gets from a named holder: the holder speaks,
# the subject is the content
RECEIVED = [
    # the parser hangs "from the fishermen" on the verb
    (
        "The harbour toll drew sharp criticism from the fishermen.",
        "criticism",
        "the fishermen",
        "The harbour toll",
        "accuse",
    ),
    (
        "Mayor Ines Kolb won the endorsement of the harbour master.",
        "endorsement",
        "the harbour master",
        "Mayor Ines Kolb",
        "assert",
    ),
    (
        "Senator Ilsa Moreno won the endorsement of Governor Pavel Brandt on Monday.",
        "endorsement",
        "Governor Pavel Brandt",
        "Senator Ilsa Moreno",
        "assert",
    ),
    (
        "The new harbour toll has drawn sharp criticism from local fishermen.",
        "criticism",
        "local fishermen",
        "The new harbour toll",
        "accuse",
    ),
]


@pytest.mark.parametrize(("text", "lemma", "speaker", "content", "stance"), RECEIVED)
def test_received_noun_is_its_holders_claim(
    text: str, lemma: str, speaker: str, content: str, stance: str
) -> None:
    assert_one_claim(text, lemma, speaker, content, stance)


def test_received_noun_keeps_of_as_content_of_a_judgment() -> None:
    """ "lobbed criticism of Y": Y is criticised, not the critic; and a noun that judges no
    one ("won the admiration of Y" is no cue noun) makes no claim."""
    assert claims_with_lemma("The mayor faced criticism of the harbour toll.", "criticism") == []
    lex = cue_lexicon("en")
    assert {"support", "endorsement", "criticism"} <= lex.received_nouns
    assert "comment" not in lex.received_nouns


def test_copular_clause_of_a_possessed_cue_noun() -> None:
    """ "X's answer was that ...": the copula's that-clause is the noun's content, the
    possessor its speaker; a noun that is no cue ("the plan's flaw is that") makes none."""
    assert_one_claim(
        "The ferry captain's answer was that the pier would reopen in May.",
        "answer",
        "The ferry captain",
        "the pier would reopen in May",
        "assert",
    )
    assert claims_with_lemma("The toll's flaw is that nobody pays for it.", "flaw") == []
    # no named holder: no claim ("the answer was that ...")
    assert claims_with_lemma("The answer was that the pier would reopen.", "answer") == []


def test_partisan_noun_after_a_copula_is_its_holders_stance() -> None:
    """ "X is a supporter of Y": X's stance on Y (``partisan_nouns``, OEWN agent nouns of a
    backing or judging verb); a profession noun ("X is a teacher of Y") is none."""
    assert_one_claim(
        "Senator Ilsa Moreno is an outspoken supporter of the harbour toll.",
        "supporter",
        "Senator Ilsa Moreno",
        "the harbour toll",
        "assert",
    )
    assert claims_with_lemma("Dag Holm is a teacher of Latin.", "teacher") == []
    lex = cue_lexicon("en")
    assert {"supporter", "critic", "opponent", "defender"} <= lex.partisan_nouns
    assert "judge" not in lex.partisan_nouns


@pytest.mark.parametrize(
    ("text", "lemma", "speaker", "content"),
    [
        (
            "Most dairy farmers had a favorable opinion of the new toll.",
            "opinion",
            "Most dairy farmers",
            "the new toll",
        ),
        (
            "The harbour master holds strong views on the ferry budget.",
            "view",
            "The harbour master",
            "the ferry budget",
        ),
    ],
)
def test_verb_of_having_holds_its_cue_noun(
    text: str, lemma: str, speaker: str, content: str
) -> None:
    """ "X had a favorable opinion of Y": the subject of a verb of having (``holding_verbs``)
    holds the noun, whose content preposition is the content."""
    assert_one_claim(text, lemma, speaker, content, "assert")


def test_verb_of_having_leaves_an_addressee_after_for() -> None:
    """ "X had a question for Y": Y is asked, not the question's content."""
    assert claims_with_lemma("The captain then had a question for the dockers.", "question") == []


def test_attack_is_a_derived_noun_of_criticism_with_a_named_holder() -> None:
    """ "X's attacks on Y": OEWN's third sense of "attack" (a strong criticism) derives from
    a judging verb; like every derived noun it needs a named holder."""
    assert_one_claim(
        "The governor's attacks on the harbour board grew sharper in May.",
        "attack",
        "The governor",
        "the harbour board",
        "assert",
    )
    assert claims_with_lemma("The attack on the harbour board came at night.", "attack") == []
    assert "attack" in cue_lexicon("en").derived_nouns


def test_received_noun_takes_a_nested_noun_phrase_claim() -> None:
    """ "X's comments on Y drew praise from Z": Z's praise of X's comments; the comment's
    prepositional content lies inside that claim's content and gives no claim of its own
    (as "she said his criticism of Y ...")."""
    text = "The harbour master's comments on the new breakwater drew praise from the crews."
    assert claims_with_lemma(text, "comment") == []
    assert_one_claim(
        text,
        "praise",
        "the crews",
        "The harbour master's comments on the new breakwater",
        "assert",
    )
