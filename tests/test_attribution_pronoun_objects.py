"""Statement pronouns as the object content of a cue verb.

Issue 11, twelfth round: "it", "this", "that", "these", "those" standing alone as the
object of a cue whose frame reads objects and whose kind (endorsement, judgment, denial,
admission, ...) or stance (confirm, deny) takes them (the ``statement_pronouns``,
``statement_pronoun_kinds`` and ``statement_pronoun_stances`` keys of
``claimx/data/cues/en.json``): the pronoun stands for the plan or statement the article
just gave. Verbs of speech, belief and desire take none."""

from __future__ import annotations

import pytest
from _claims import only, parse_en


@pytest.mark.parametrize(
    ("text", "lemma", "speaker", "content", "stance"),
    [
        (
            "The ferry board proposed a toll on the bridge. Most residents of Tarnby opposed it.",
            "oppose",
            "Most residents of Tarnby",
            "it",
            "assert",
        ),
        (
            "Farmers in the valley want a new canal, but the mayor has rejected that.",
            "reject",
            "the mayor",
            "that",
            "deny",
        ),
        (
            "The port authority says the dredging is finished, although the harbour pilots "
            "dispute this.",
            "dispute",
            "the harbour pilots",
            "this",
            "deny",
        ),
        (
            "The inspector said the boiler was unsafe. The plant manager later admitted it.",
            "admit",
            "The plant manager",
            "it",
            "confirm",
        ),
        (
            "The harbor plan was unpopular, but the governor defended it at the hearing.",
            "defend",
            "the governor",
            "it",
            "assert",
        ),
        (
            "Officials at the sawmill confirmed it on Tuesday.",
            "confirm",
            "Officials at the sawmill",
            "it",
            "confirm",
        ),
        (
            "The port plan is costly. The committee supports this.",
            "support",
            "The committee",
            "this",
            "assert",
        ),
        (
            "The mayor's aides drafted a letter, and the mayor endorsed it.",
            "endorse",
            "the mayor",
            "it",
            "assert",
        ),
    ],
)
def test_statement_pronoun_object(
    text: str, lemma: str, speaker: str, content: str, stance: str
) -> None:
    claim = only(parse_en(text), lemma)
    assert claim.speaker is not None
    assert claim.speaker.text == speaker
    assert claim.content_text == content
    assert claim.stance == stance


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        # a verb of speech: "said it" is vague, the pronoun rarely a statement
        ("Grella said it twice before the vote.", "say"),
        ("Mira Lund explained this to the reporters.", "explain"),
        # desire: what is wanted is no statement
        ("They want it badly.", "want"),
        # belief: frames that read no object (measured and left out)
        ("The council understood this in 2008.", "understand"),
        # a pronoun with a modifier names people, not a statement
        ("Critics of the canal praised those who resigned from the board.", "praise"),
        # a thing's support is evidence, no stance
        ("Inspectors suspect a crack. A study from the county supports this.", "support"),
    ],
)
def test_no_statement_pronoun_content(text: str, lemma: str) -> None:
    claims = [c for c in parse_en(text).claims if c.cue is not None and c.cue.lemma == lemma]
    assert claims == [], [(c.speaker, c.cue, c.content_text) for c in claims]


def test_adjoined_clause_wins_over_the_pronoun() -> None:
    """ "..., as X confirmed it": the host clause is what was confirmed."""
    claim = only(parse_en("The ferry was late, as the captain confirmed it."), "confirm")
    assert claim.content_text == "The ferry was late"


def test_a_complementizer_read_as_object_is_no_pronoun_content() -> None:
    """A complementizer before the cue that the parser made its object ("... and **that**
    Ostrava conceded") is no content: the pronoun must follow the cue."""
    article = parse_en(
        "The report was revised to show that Varga was declared the winner and that "
        "Ostrava conceded."
    )
    contents = [c.content_text for c in article.claims if c.cue is not None]
    assert "that" not in contents
