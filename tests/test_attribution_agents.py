"""Passive cue verbs with a "by" agent, and subjects the parser labelled as modifiers
(issue 11): one invented sentence each, parsed by the real English pipeline.

The agent speaks; what it reports is the passive subject (or the noun a participle
describes) for frames whose active voice takes a noun-phrase object ("X was praised by Y":
Y praised X), the subject with its predicate for frames of predication ("X is seen as Z
by Y"), and nothing for frames that take no object ("X was named by Y"). People, places
and organisations are invented.
"""

from __future__ import annotations

import pytest
import spacy
from _claims import PUBLISHED, assert_cue_claim, claims_with_lemma
from spacy.tokens import Doc

import claimx
from claimx.attribution.lexicon import cue_lexicon
from claimx.attribution.speakers import _subject

# text, cue lemma, speaker, cue, content
AGENTS = [
    (
        "The new harbour plan was praised by Dorrow fishermen.",
        "praise",
        "Dorrow fishermen",
        "was praised",
        "The new harbour plan",
    ),
    (
        "A toll bridge opposed by the Vesker Ferry Company will open in June.",
        "oppose",
        "the Vesker Ferry Company",
        "opposed",
        "A toll bridge",
    ),
    (
        "The council shelved a levy deemed unfair by harbour traders.",
        "deem",
        "harbour traders",
        "deemed",
        "a levy unfair",
    ),
    (
        "The council shelved the toll, which was criticized by local traders.",
        "criticize",
        "local traders",
        "was criticized",
        "the toll",
    ),
]


@pytest.mark.parametrize(("text", "lemma", "speaker", "cue", "content"), AGENTS)
def test_a_passive_with_an_agent_reports_its_subject(
    text: str, lemma: str, speaker: str, cue: str, content: str
) -> None:
    assert_cue_claim(text, lemma, speaker, cue, content)


def test_a_frame_without_an_object_reports_nothing_of_its_passive_subject() -> None:
    # "named" takes no noun-phrase object (policy): its passive subject is no content
    assert claims_with_lemma("Tomas Brell was named by the council.", "name") == []


def test_a_passive_nested_in_another_content_makes_no_second_claim() -> None:
    text = "The council approved a toll bridge opposed by the Vesker Ferry Company."
    assert claims_with_lemma(text, "oppose") == []
    assert len(claims_with_lemma(text, "approve")) == 1


def test_a_name_the_parser_labelled_a_modifier_is_the_subject() -> None:
    # the parse of "Brennick notes" with the name read as a compound of the verb (a tagger
    # error seen on unfamiliar names), built by hand: the finite verb's speaker is the name
    nlp = spacy.blank("en")
    doc = Doc(
        nlp.vocab,
        words=["Brennick", "notes", "the", "delay", "."],
        heads=[1, 1, 3, 1, 1],
        deps=["compound", "ROOT", "det", "dobj", "punct"],
        pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
        morphs=["", "VerbForm=Fin|Tense=Pres", "", "", ""],
    )
    subject = _subject(doc[1], cue_lexicon("en"))
    assert subject is not None
    assert subject.i == doc[0].i


def test_a_time_the_parser_labelled_a_modifier_is_no_subject() -> None:
    nlp = spacy.blank("en")
    doc = Doc(
        nlp.vocab,
        words=["Friday", "notes", "the", "delay", "."],
        heads=[1, 1, 3, 1, 1],
        deps=["advmod", "ROOT", "det", "dobj", "punct"],
        pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
        morphs=["", "VerbForm=Fin|Tense=Pres", "", "", ""],
        ents=["B-DATE", "O", "O", "O", "O"],
    )
    assert _subject(doc[1], cue_lexicon("en")) is None


def test_a_subject_the_parser_hung_on_a_fronted_phrase_is_the_speaker() -> None:
    # the parser reads "her chief adviser" as an apposition of "the Gazette"
    text = (
        "In a statement to the Gazette, her chief adviser, Anna Vesk, said: "
        "“The ferry will run on time.”"
    )
    assert_cue_claim(
        text, "say", "her chief adviser, Anna Vesk", "said", "The ferry will run on time"
    )


@pytest.mark.parametrize(
    ("text", "lemma", "speaker", "cue", "content"),
    [
        # an apposition with an insertion of the fronted phrase between it and the verb
        (
            "Speaking in Leeds, Ortega, without naming her, also accused the mayor of ignoring "
            "the housing crisis.",
            "accuse",
            "Ortega",
            "also accused",
            "ignoring the housing crisis",
        ),
        # a conjunct of the fronted phrase's last noun
        (
            "After a day of quarrels between two of the county's best-known Liberals, Council "
            "Leader Ana Ruiz's office announced Monday that Ruiz will meet the governor on "
            "Friday.",
            "announce",
            "Council Leader Ana Ruiz's office",
            "announced",
            "Ruiz will meet the governor on Friday",
        ),
        # an apposition of an apposition that no comma sets off ("his wife Y, X said")
        (
            "Friday in Leeds, while touring for his wife Liberal leadership front-runner Ann "
            "Ortega, former premier Tom Ortega said his wife was uniquely ready to lead.",
            "say",
            "former premier Tom Ortega",
            "said",
            "his wife was uniquely ready to lead",
        ),
    ],
)
def test_a_subject_hung_inside_a_fronted_phrase_reaches_the_verb(
    text: str, lemma: str, speaker: str, cue: str, content: str
) -> None:
    assert_cue_claim(text, lemma, speaker, cue, content)


# text, cue lemma, speaker, cue, content: the parser hangs the main verb on its subject
# as a reduced relative ("the poll [that was] found ...")
MISREAD_MAIN_VERBS = [
    (
        "A Vesker County poll found last week that most residents would vote for the bridge.",
        "find",
        "A Vesker County poll",
        "found",
        "most residents would vote for the bridge",
    ),
    (
        "“Not our ferry but we like it!” Okafor, the head of the ferry union, tweeted on Friday.",
        "tweet",
        "Okafor, the head of the ferry union",
        "tweeted",
        "Not our ferry but we like it!",
    ),
    (
        "The Dorrow senator aimed to win by a large margin in the coastal districts.",
        "aim",
        "The Dorrow senator",
        "aimed",
        "to win by a large margin in the coastal districts",
    ),
]


@pytest.mark.parametrize(("text", "lemma", "speaker", "cue", "content"), MISREAD_MAIN_VERBS)
def test_a_main_verb_read_as_a_reduced_relative_takes_its_noun_as_subject(
    text: str, lemma: str, speaker: str, cue: str, content: str
) -> None:
    assert_cue_claim(text, lemma, speaker, cue, content)


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        (
            "Harbour traffic has slowed this year as the ferry company has maintained "
            "its fare policy.",
            "maintain",
        ),
        (
            "Tourism has grown in recent months, bolstering the town's budget as it claims "
            "more territory.",
            "claim",
        ),
    ],
)
def test_a_cue_acting_on_its_own_object_does_not_report_the_clause_it_hangs_on(
    text: str, lemma: str
) -> None:
    # "maintained its fare policy", "claims more territory": an act on a thing, no report
    assert claims_with_lemma(text, lemma) == []


def test_a_cue_with_a_person_object_still_reports_the_clause_before_it() -> None:
    found = claims_with_lemma("“The quay will reopen in June,” Okafor told reporters.", "tell")
    assert len(found) == 1
    assert found[0].content_text == "The quay will reopen in June"


def test_a_gerund_on_a_predicate_adjective_takes_the_clause_subject() -> None:
    text = "Okafor has been especially aggressive in urging the council to publish the report."
    assert_cue_claim(text, "urge", "Okafor", "urging", "to publish the report")


def test_an_expletive_is_never_inherited_through_an_adjective() -> None:
    assert claims_with_lemma("It is worth noting that the quay reopened in June.", "note") == []


def test_a_cue_adjective_keeps_its_open_clause() -> None:
    text = "Okafor is eager to say that the quay is safe."
    assert claims_with_lemma(text, "say") == []
    assert len(claims_with_lemma(text, "eager")) == 1


def test_the_agent_of_a_participle_asks_the_question() -> None:
    text = "When asked by a reporter whether the quay was safe, Okafor said it was."
    assert_cue_claim(text, "ask", "a reporter", "asked", "whether the quay was safe")


def test_an_as_adjunct_with_an_agent_is_one_claim() -> None:
    text = "As reported by the Dorrow Gazette, the quay was closed for repairs in June."
    assert claims_with_lemma(text, "report") == []  # the prepositional cue's claim alone
    found = claimx.parse(text, language="en", published=PUBLISHED).claims
    assert len(found) == 1
    assert found[0].speaker is not None
    assert found[0].speaker.text == "the Dorrow Gazette"


def test_the_antecedent_of_a_relative_object_is_the_content() -> None:
    assert_cue_claim(
        "The mayor dropped the toll plan, which most traders opposed.",
        "oppose",
        "most traders",
        "opposed",
        "the toll plan, which",  # the pronoun that stands for it in the clause too
    )


def test_a_relative_clause_with_an_object_of_its_own_keeps_it() -> None:
    found = claims_with_lemma("By the time Okafor said that, the quay had closed.", "say")
    assert len(found) == 1
    assert found[0].content_text == "the quay had closed"


def test_a_welcome_is_no_judgment() -> None:
    # "greet" (judgment-33.1) is left out of the lexicon: in news it is mostly a welcome
    for text in (
        "The new harbour master was greeted by cheering dockers at the quay on Monday.",
        "The minister greeted the dockers at the quay on Monday.",
    ):
        assert claims_with_lemma(text, "greet") == [], text
        assert claimx.parse(text, language="en", published=PUBLISHED).claims == (), text
