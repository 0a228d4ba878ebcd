"""Lexicon verbs that lost their content or speaker (issue 11, sixth round).

One invented sentence per construction, parsed by the real English pipeline; people,
places and organisations are invented.
"""

from __future__ import annotations

import pytest
from _claims import only, parse_en

# a personal pronoun object is whom an endorsement or judgement is about
PRONOUN_OBJECTS = [
    ("The two farm unions of Dorrow endorsed her last spring.", "endorse", "her"),
    ("Councillor Ida Marsh opposed him at every vote.", "oppose", "him"),
    ("Both harbour masters strongly supported them.", "support", "them"),
]


@pytest.mark.parametrize(("text", "lemma", "content"), PRONOUN_OBJECTS)
def test_person_pronoun_alone_is_the_content(text: str, lemma: str, content: str) -> None:
    claim = only(parse_en(text), lemma)
    assert claim.speaker is not None
    assert claim.content_text == content
    assert claim.stance == "assert"


def test_reflexive_object_is_no_content() -> None:
    article = parse_en("The mayor of Brisk kept repeating himself at the hearing.")
    assert [c for c in article.claims if c.cue is not None and c.cue.lemma == "repeat"] == []


def test_passive_subject_is_still_not_the_speaker_of_the_passive_cue() -> None:
    # "X was told that ...": X heard it; the claim has no named source
    article = parse_en("The dock workers were told that the yard would close.")
    claim = only(article, "tell")
    assert claim.speaker is None


# speaker and content of a cue in three constructions
SPEAKER_CONTENT = [
    # a verb joined to a passive one speaks through that verb's subject
    (
        "Minister Tomas Brell was asked about the ferry plan and said it would pass.",
        "say",
        "Minister Tomas Brell",
        "it would pass",
    ),
    (
        "The harbour chief was pressed on the delays, saying the cranes would arrive in May.",
        "say",
        "The harbour chief",
        "the cranes would arrive in May",
    ),
    # a cue with its own object reports that object, not the clause it hangs on
    (
        "The vote was close, Mayor Lina Oster explained, recalling the night the bridge fell.",
        "recall",
        "Mayor Lina Oster",
        "the night the bridge fell",
    ),
    (
        "The quarrel seemed forgotten on Friday, as Ada Fenn and Rolf Amsel echoed the same "
        "themes.",
        "echo",
        "Ada Fenn and Rolf Amsel",
        "the same themes",
    ),
]


@pytest.mark.parametrize(("text", "lemma", "speaker", "content"), SPEAKER_CONTENT)
def test_speaker_and_content(text: str, lemma: str, speaker: str, content: str) -> None:
    claim = only(parse_en(text), lemma)
    assert claim.speaker is not None
    assert claim.speaker.text == speaker
    assert claim.content_text == content


def test_as_clause_without_an_object_still_reports_its_host() -> None:
    claim = only(parse_en("The ferry will be late again, as Captain Ivo Strand noted."), "note")
    assert claim.content_text == "The ferry will be late again"


def test_purpose_clause_of_a_passive_verb_has_no_speaker() -> None:
    # "X was formed to support Y": a purpose, not X speaking
    article = parse_en("A new harbour board has been formed to support the fishing fleet.")
    assert all(c.speaker is None for c in article.claims if c.cue is not None)


# "called Y Z" and "saw Y as Z" in the shapes the parser gives them, and open clauses
PREDICATIONS = [
    # a second noun phrase parsed as an apposition with no comma
    ("Ida Renn called her old rival her best teacher.", "call", "her old rival her best teacher"),
    # the object parsed inside the predicate
    (
        "He called the picketers “vandals” and “thugs” without proof.",
        "call",
        "the picketers “vandals” and “thugs”",
    ),
    # "as" with an adjective and no object
    (
        "Many growers saw the levy as harmful to their trade.",
        "see",
        "the levy harmful to their trade",
    ),
    # what the parser labels an open clause but is a complement of its own
    # a clause read as a gerund with a finite verb under it
    ("Local doctors say banning sugar saves lives.", "say", "banning sugar saves lives"),
    # a gerund after a verb of remarking or proposing
    ("Senator Ola Brin has proposed taxing river freight.", "propose", "taxing river freight"),
    (
        "Governor Ivo Marek laments hosting so many summits.",
        "lament",
        "hosting so many summits",
    ),
]


@pytest.mark.parametrize(("text", "lemma", "content"), PREDICATIONS)
def test_content_shapes(text: str, lemma: str, content: str) -> None:
    claim = only(parse_en(text), lemma)
    assert claim.speaker is not None
    assert " ".join(s.text for s in claim.content) == content


def test_call_upon_with_an_infinitive() -> None:
    claim = only(
        parse_en("Senator Vera Lund also called upon the port authority to reopen the east dock."),
        "call",
    )
    assert claim.content_text == "the port authority to reopen the east dock"


def test_call_upon_without_an_infinitive_is_a_visit() -> None:
    article = parse_en("Senator Vera Lund called upon the widow of the late mayor on Sunday.")
    assert [c for c in article.claims if c.cue is not None and c.cue.lemma == "call"] == []
