"""Cue senses and frames that report nothing (issue 11, content precision, session 9), each
beside a sentence of the same verb that does report, on invented sentences.

The real English pipeline parses every sentence; people, places and organisations are
invented.
"""

from __future__ import annotations

import pytest
from _claims import claims_with_lemma

# advise-37.9: the bare object is whom the advice is for (a client, a campaign), never what
# is advised; a clause, an infinitive or an "about" object is the content
ADVISE_NO_CLAIM = [
    "The consultancy Brenholt Partners is advising the port authority on its merger.",
    "Marta Olsen, who advises Governor Tilsen, praised the budget.",
]
ADVISE_CLAIM = [
    (
        "Dr. Halvard advised that the ferry crossing be delayed until spring.",
        "the ferry crossing be delayed until spring",
    ),
    ("The engineer advised the council to close the old bridge.", "to close the old bridge"),
    (
        "The harbour engineer advised the council about the risk of flooding.",
        "the risk of flooding",
    ),
]


@pytest.mark.parametrize("text", ADVISE_NO_CLAIM)
def test_advising_a_client_is_no_claim(text: str) -> None:
    assert claims_with_lemma(text, "advise") == []


@pytest.mark.parametrize(("text", "content"), ADVISE_CLAIM)
def test_advice_with_a_content_is_a_claim(text: str, content: str) -> None:
    assert [c.content_text for c in claims_with_lemma(text, "advise")] == [content]


def test_a_cue_word_inside_another_cue_makes_no_second_claim() -> None:
    text = "As reported by the Harbour Gazette, inspectors found cracks in the old pier."
    assert claims_with_lemma(text, "report") == []
    found = claims_with_lemma(text, "according to")
    assert [(c.speaker.text if c.speaker else None, c.content_text) for c in found] == [
        ("the Harbour Gazette", "inspectors found cracks in the old pier")
    ]


def test_a_report_nested_in_an_evidential_stays() -> None:
    text = "Mayor Ilse Brandt reportedly argued that the tunnel would cost too much."
    argued = claims_with_lemma(text, "argue")
    assert [(c.speaker.text if c.speaker else None, c.content_text) for c in argued] == [
        ("Mayor Ilse Brandt", "the tunnel would cost too much")
    ]
    assert len(claims_with_lemma(text, "reportedly")) == 1


# talk-37.5, lecture-37.11: no noun-phrase object in VerbNet's frames; the topic comes with
# "about", or as the object of the phrasal verb "talk up"; preach (also transfer_mesg-37.1.1)
# keeps its object
SPEAK_NO_CLAIM = [
    ("Councillor Brandt speaks fluent Danish.", "speak"),
    ("The mayor spoke the language of compromise at the harbour meeting.", "speak"),
]
SPEAK_CLAIM = [
    ("Councillor Brandt talked up the new ferry line.", "talk", "the new ferry line"),
    ("Councillor Brandt spoke about the flooded harbour.", "speak", "the flooded harbour"),
    ("The bishop preached forgiveness to the crowd.", "preach", "forgiveness"),
]


@pytest.mark.parametrize(("text", "lemma"), SPEAK_NO_CLAIM)
def test_speaking_a_language_is_no_claim(text: str, lemma: str) -> None:
    assert claims_with_lemma(text, lemma) == []


@pytest.mark.parametrize(("text", "lemma", "content"), SPEAK_CLAIM)
def test_speaking_about_a_topic_is_a_claim(text: str, lemma: str, content: str) -> None:
    assert [c.content_text for c in claims_with_lemma(text, lemma)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "That said, the ferry timetable still needs work.",
        "But that said, the ferry timetable still needs work.",
        "That being said, the old bridge will reopen in May.",
    ],
)
def test_that_said_is_a_connective(text: str) -> None:
    assert claims_with_lemma(text, "say") == []


def test_a_demonstrative_speaker_that_said_something_stays() -> None:
    text = "The clerk read the notice aloud. That notice said the bridge would reopen in May."
    found = claims_with_lemma(text, "say")
    assert [c.content_text for c in found] == ["the bridge would reopen in May"]
