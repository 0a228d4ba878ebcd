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
