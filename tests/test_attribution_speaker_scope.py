"""Who speaks a comma-set participle the parser hung inside another claim's content, and
the other speaker rules of issue 11, item 3, one invented sentence each.

The real English pipeline parses every sentence; people, places and organisations are
invented.
"""

from __future__ import annotations

import pytest
from _claims import only, parse_en

# text, cue, speaker: a comma-set participle speaks for the cue verb whose content the
# parser hung it in, not for that content's subject
PARTICIPLES = [
    (
        'At the quay on Friday, Mayor Olsen insisted that he has "saved the ferry," claiming '
        "that he is the reason the boats still run.",
        "claiming",
        "Mayor Olsen",
    ),
    (
        "The harbour master said she plans to repaint the cranes in spring, insisting that "
        "the rust is harmless.",
        "insisting",
        "The harbour master",
    ),
    # ... or for the reporting clause that ends right before it
    (
        'The council valued the quay at two million, which Mayor Olsen called "a joke," '
        "blaming the auditors.",
        "blaming",
        "Mayor Olsen",
    ),
    # also after a subordinator, and through an open complement of the participle
    (
        "The senators said they would back the harbour plan, while emphasizing that it was "
        "not an endorsement.",
        "emphasizing",
        "The senators",
    ),
    (
        "The mayor said the quay would close in May, while seeking to justify her decision "
        "to rebuild it.",
        "seeking to justify",
        "The mayor",
    ),
    # a clause whose verb is no cue does not take it
    (
        "The harbour master apologized for the memo after it leaked, saying it was a draft.",
        "saying",
        "The harbour master",
    ),
    # a parenthetical cue speaks its own participle
    (
        '"The quay is safe," Councillor Ruiz added, saying the engineers had checked it.',
        "saying",
        "Councillor Ruiz",
    ),
    # a conjunct with its own subject is a clause of its own
    (
        "The dockers marched to the hall, and the union sued the port over the rules, saying "
        "they break the contract.",
        "saying",
        "the union",
    ),
]


# text, cue, speaker: a message that a verb of issuing governs is its issuer's
ISSUED = [
    (
        "The dockers' union released a short video that accuses the port board of wasting money.",
        "accuses",
        "The dockers' union",
    ),
    (
        "The dockers' union is releasing a radio spot attacking the ferry fares.",
        "attacking",
        "The dockers' union",
    ),
    # a singular thing any verb governs: the verb's subject speaks through it ...
    (
        "The dockers' union drafted a memo defending the new rules.",
        "defending",
        "The dockers' union",
    ),
    # ... also through a partitive ("much of", "part of")
    ("The mayor spent part of her address defending the new tax.", "defending", "The mayor"),
    # ... but not after a cue verb, whose subject has a claim of its own
    ("The mayor cited a memo saying the quay was unsafe.", "saying", "a memo"),
    # a recipient does not speak what they receive (the message addresses them)
    (
        "The dockers will receive a short letter telling them of the decision.",
        "telling",
        "a short letter",
    ),
    # the addressee of a message hears it: its sender speaks
    (
        "The dockers' union sent an email to members saying that the strike would go ahead.",
        "saying",
        "The dockers' union",
    ),
    # ... but a group that backs something is no addressee of speech
    ("The mayor gave money to a group backing the ferry.", "backing", "a group"),
    # a message with an author of its own is the author's
    (
        "The dockers' union released a report by the auditors showing that the cranes were "
        "overpriced.",
        "showing",
        "the auditors",
    ),
]


# text, cue, speaker: a cue noun's possessive pronoun bound to the subject of the verb the
# noun is the object of (or hangs on through a preposition): the subject speaks, the verb
# joins the cue
BOUND = [
    (
        "Mayor Olsen repeated his promise to reopen the ferry by May.",
        "repeated his promise",
        "Mayor Olsen",
    ),
    (
        "The harbour master is keeping up her criticism of the new cranes.",
        "keeping up her criticism of",
        "The harbour master",
    ),
    (
        "The fishermen were unanimous in their opposition to the tunnel.",
        "were unanimous in their opposition to",
        "The fishermen",
    ),
    # a verb that does not utter the noun stays out of the cue, with its object
    (
        "The mayor angered local shop owners with his comments on the parking rules.",
        "with his comments on",
        "The mayor",
    ),
    # a pronoun that cannot refer to the subject stays the speaker
    (
        "The port board's plan is consistent with his preference for a smaller quay.",
        "preference for",
        "his",
    ),
]


# text, cue, speaker: a cue verb with no subject, conjoined to a content verb of the same
# form as the cue's, is a second report of the cue's speaker
SECOND_REPORTS = [
    (
        "Councillor Ruiz said the port board never met the dockers and promised to publish "
        "the minutes.",
        "promised",
        "Councillor Ruiz",
    ),
    # in the content verb's form but not the cue's, it stays the content subject's
    (
        "Councillor Ruiz says the port board never met the dockers and promised to publish "
        "the minutes.",
        "promised",
        "the port board",
    ),
]


# text, cue, speaker: the object of "with" in an absolute construction speaks for the
# participle right after it; a comma between leaves the main subject
ABSOLUTES = [
    (
        "The hearing ended with the harbour master asking the mayor whether the quay would reopen.",
        "asking",
        "the harbour master",
    ),
    ("The mayor agreed with the fishermen, saying the quay was unsafe.", "saying", "The mayor"),
]


# text, cue, speaker: a passive's agent phrase the parser hung on its predicate speaks
STRAY_AGENTS = [
    (
        "The ferry plan has been called a reckless gamble by Olaf Berg, a Danish engineer.",
        "has been called",
        "Olaf Berg, a Danish engineer",
    ),
    (
        "The harbour master was declared the winner by local newspapers on Tuesday.",
        "was declared",
        "local newspapers",
    ),
]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    PARTICIPLES + ISSUED + BOUND + SECOND_REPORTS + STRAY_AGENTS + ABSOLUTES,
)
def test_speaker_of_cue(text: str, cue: str, speaker: str) -> None:
    """Each table's cue has exactly one claim, with this speaker."""
    claim = only(parse_en(text), cue=cue)
    assert claim.speaker is not None
    assert claim.speaker.text == speaker


# text, speaker: "'s" read as a passive auxiliary is "has" when a clause with its own
# subject follows; a passive "it's said that" stays without a speaker
CONTRACTED = [
    ("He's said he will fight for the ferry until May.", "He"),
    ("It's said that the ferry will stop in May.", None),
]


@pytest.mark.parametrize(("text", "speaker"), CONTRACTED)
def test_contracted_has(text: str, speaker: str | None) -> None:
    claim = only(parse_en(text), cue="'s said")
    assert (claim.speaker.text if claim.speaker else None) == speaker


def test_fronted_asked_read_as_past_has_no_speaker() -> None:
    # the tagger reads a sentence-initial "Asked" as a past tense: still the question of
    # an unnamed interviewer, not of the one who answers
    article = parse_en('Asked what the plan would cost, the mayor replied: "Nobody knows yet."')
    claim = only(article, cue="Asked")
    assert claim.speaker is None
    assert claim.content_text == "what the plan would cost"


def test_stray_agent_leaves_the_content() -> None:
    """The agent phrase hung on the predicate is the speaker, not content; a "by" phrase
    that names no one stays in the content, with no speaker."""
    claim = only(
        parse_en("The harbour master was declared the winner by local newspapers."), "declare"
    )
    assert claim.speaker is not None
    assert claim.speaker.text == "local newspapers"
    assert "newspapers" not in claim.content_text
    other = only(parse_en("The ferry was seen as a success by the standards of the region."), "see")
    assert other.speaker is None
    assert "standards" in other.content_text


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The real danger, said Mia Holm, is the weather.",
            "Mia Holm",
            "The real danger is the weather",
        ),
        (
            "And the mayor, said Mia Holm, who remains friendly with her, does not forgive or "
            "forget.",
            "Mia Holm, who remains friendly with her",
            "the mayor does not forgive or forget",
        ),
    ],
)
def test_split_inversion(text: str, speaker: str, content: str) -> None:
    """A content split around an inverted cue: the name after the cue speaks, both sides
    are the content."""
    claim = only(parse_en(text), "say")
    assert claim.speaker is not None
    assert claim.speaker.text == speaker
    assert claim.content_text == content
