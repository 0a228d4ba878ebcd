"""A cue verb inside a relative clause whose gap is the noun the clause modifies: that noun
(its phrase up to the clause, and the relative pronoun standing for it) is what the cue
reports. Sentences written for these tests."""

from __future__ import annotations

from _claims import claims_with_lemma, parse_en


def _content(text: str, lemma: str) -> str:
    found = claims_with_lemma(text, lemma)
    assert len(found) == 1, [(c.speaker, c.cue, c.content_text) for c in parse_en(text).claims]
    return found[0].content_text


def test_an_object_relative_pronoun_joins_its_antecedent() -> None:
    text = "The council scrapped the ferry levy, which the harbour traders opposed."
    claim = claims_with_lemma(text, "oppose")[0]
    assert claim.speaker is not None
    assert claim.speaker.text == "the harbour traders"
    assert claim.content_text == "the ferry levy, which"


def test_a_that_parsed_as_a_subordinator_is_no_content_of_its_own() -> None:
    # "that" tagged a subordinator used to be the whole content, dropped as a stop word
    assert _content("It is a decision that many economists applaud.", "applaud") == (
        "a decision that"
    )


def test_an_indefinite_pronoun_antecedent_is_the_content() -> None:
    assert _content("That is something the dockers deny.", "deny") == "something"
    assert _content("The measure did something the farmers wanted.", "want") == "something"


def test_the_antecedent_keeps_its_modifiers_up_to_the_clause() -> None:
    text = "Orla Brandt mentioned the kind of contest she never envisioned."
    # nested in the outer claim's object: the outer claim alone reports it
    assert claims_with_lemma(text, "envision") == []
    text = "It is the kind of levy that the traders oppose."
    assert _content(text, "oppose") == "the kind of levy that"


def test_a_relative_adverb_is_no_object_gap() -> None:
    # "where"/"why" clauses modify a place or a reason: the antecedent is no content
    assert claims_with_lemma("It was the hall where the delegates approved.", "approve") == []
    assert claims_with_lemma("It was the reason why the dockers protested.", "protest") == []


def test_the_speaker_of_a_subject_relative_is_unchanged() -> None:
    assert claims_with_lemma("The man who said nothing left early.", "say") == []
    found = claims_with_lemma("On the day she said she would run, it rained.", "say")
    assert [c.content_text for c in found] == ["she would run"]


def test_a_stranded_preposition_of_the_cue_makes_the_antecedent_its_content() -> None:
    text = "It was exactly the kind of shift the council warned about in its review."
    assert _content(text, "warn") == "exactly the kind of shift"
    assert _content("You deserve the mess you vote for.", "vote") == "the mess"
    assert _content("It was the ruling the judge referred to in her letter.", "refer") == (
        "the ruling"
    )


def test_a_verb_of_belief_with_no_object_reports_its_antecedent() -> None:
    assert _content("This is not the campaign Okafor envisioned.", "envision") == "the campaign"
    found = claims_with_lemma("The danger she sees for the harbour is a long strike.", "see")
    assert [c.content_text for c in found] == ["The danger"]
    assert found[0].stance == "assert"


def test_other_frames_take_no_antecedent_without_an_object() -> None:
    # "represent" (naming, a predication frame): the place she stood for, no statement
    assert claims_with_lemma("It was the state she represented in the senate.", "represent") == []
    # a verb of saying: the manner of the answer
    assert claims_with_lemma("We saw the way the clerk responded.", "respond") == []


def test_a_passive_relative_clause_has_no_object_gap() -> None:
    text = "The record sits in a file that is maintained by the clerk."
    assert claims_with_lemma(text, "maintain") == []


def test_a_relative_clause_inside_another_content_makes_no_claim_of_its_own() -> None:
    # the outer claim's object holds the relative clause: its cue reports it
    text = "Okafor noted the risk that the planners warned about."
    assert claims_with_lemma(text, "warn") == []
    found = claims_with_lemma(text, "note")
    assert [c.content_text for c in found] == ["the risk that the planners warned about"]
    # a verb of saying too ("propose", "say" keep a nested noun-phrase content otherwise)
    text = "Okafor argued that the levy the planners proposed would fail."
    assert claims_with_lemma(text, "propose") == []
    assert [c.content_text for c in claims_with_lemma(text, "argue")] == [
        "the levy the planners proposed would fail"
    ]
    text = "The clerk said that not everything the mayor says is true."
    assert [c.content_text for c in claims_with_lemma(text, "say")] == [
        "not everything the mayor says is true"
    ]


def test_a_relative_pronoun_before_another_subject_is_the_object() -> None:
    # the parser gave the clause two subjects: the nearest speaks, the pronoun is the object
    text = "The defeat hurt Senator Ida Lund, who many in the party establishment had backed."
    found = claims_with_lemma(text, "back")
    assert [c.content_text for c in found] == ["Senator Ida Lund, who"]
    assert found[0].speaker is not None
    assert found[0].speaker.text == "many in the party establishment"
    assert _content("The voters who support the levy are few.", "support") == "the levy"


def test_a_predication_on_the_gap_takes_the_antecedent_as_its_subject() -> None:
    text = "It is a country that the senator called our top rival."
    assert _content(text, "call") == "a country that our top rival"
    text = "The clerk kept the ledger, which the auditors regard as a model."
    assert _content(text, "regard") == "the ledger, which a model"
    # the antecedent speaks in a subject relative: the object is the predication's subject
    text = "She met the reporter who called the plan a failure."
    assert _content(text, "call") == "the plan a failure"
