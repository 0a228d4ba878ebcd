"""Cue and speaker span boundaries, and speakers of participles and open complements
(issue 11, item 3), one invented sentence each.

The cue is the whole predicate that marks the attribution (governing verbs that share its
subject, the linking verb of a cue adjective, the preposition that opens a noun's or an
adjective's content); the speaker is the whole noun phrase without datelines, focus adverbs,
comma-set participles or floating quantifiers. The real English pipeline parses every
sentence; people, places and organisations are invented.
"""

from __future__ import annotations

import pytest

import claimx
from claimx.models import Article, Claim

PUBLISHED = "2025-06-02"


def _parse(text: str) -> Article:
    return claimx.parse(text, language="en", published=PUBLISHED)


def _with_content(article: Article, content: str) -> Claim:
    found = [c for c in article.claims if c.content_text == content]
    assert len(found) == 1, [(c.speaker, c.cue, c.content_text) for c in article.claims]
    return found[0]


# text, cue, content: the cue takes the verbs it is the open complement of
GOVERNED = [
    (
        "Mayor Ilse Brandt went on to say that the ferry would stop in May.",
        "went on to say",
        "the ferry would stop in May",
    ),
    (
        "The harbour master began by saying that the quay was unsafe.",
        "began by saying",
        "the quay was unsafe",
    ),
    (
        "Councillor Tomas Reyna continued to insist that the tunnel was too costly.",
        "continued to insist",
        "the tunnel was too costly",
    ),
    (
        "Councillor Tomas Reyna seemed to mock the plan for a second bridge.",
        "seemed to mock",
        "the plan for a second bridge",
    ),
]


def test_a_governing_cue_verb_keeps_its_own_claim() -> None:
    article = _parse("The guild wants to say that the harbour fees are unfair.")
    cues = sorted(c.cue.text for c in article.claims if c.cue is not None)
    assert "wants" in cues
    assert "wants to say" not in cues


# text, cue, content: adjectives and nouns take their linking verb / modifiers and the
# preposition of their content
PREDICATES = [
    (
        "Local fishermen have long been critical of the new harbour fees.",
        "have long been critical of",
        "the new harbour fees",
    ),
    (
        "The dockers' union is worried about the plan to sell the cranes.",
        "is worried about",
        "the plan to sell the cranes",
    ),
    (
        "Mayor Ilse Brandt's criticism of the ferry company surprised the council.",
        "criticism of",
        "the ferry company",
    ),
]


@pytest.mark.parametrize(("text", "cue", "content"), GOVERNED + PREDICATES)
def test_cue_is_the_whole_predicate(text: str, cue: str, content: str) -> None:
    claim = _with_content(_parse(text), content)
    assert claim.cue is not None
    assert claim.cue.text == cue
    assert claim.speaker is not None
    assert text.startswith(claim.speaker.text)


def test_cue_takes_adverbs_and_a_floating_quantifier() -> None:
    claim = _with_content(
        _parse("The two harbour masters both denounced the sale of the cranes."),
        "the sale of the cranes",
    )
    assert claim.cue is not None
    assert claim.cue.text == "both denounced"
    assert claim.speaker is not None
    assert claim.speaker.text == "The two harbour masters"
    since = _with_content(
        _parse("Mayor Ilse Brandt has since said the ferry would stop."), "the ferry would stop"
    )
    assert since.cue is not None
    assert since.cue.text == "has since said"


def test_the_statement_issuer_joins_the_cue() -> None:
    claim = _with_content(
        _parse(
            "The ferry company issued a statement on Tuesday saying that the route would close."
        ),
        "the route would close",
    )
    assert claim.cue is not None
    # the date between the issuer and the participle is no cue word (claimx.attribution.cuespan)
    assert claim.cue.text == "saying"
    assert [p.text for p in claim.cue.parts] == ["issued a statement"]
    assert claim.speaker is not None
    assert claim.speaker.text == "The ferry company"


def test_when_asked_keeps_the_wh_adverb_out() -> None:
    article = _parse("When asked about the fees, Mayor Ilse Brandt said they would fall.")
    asked = [c for c in article.claims if c.cue is not None and c.cue.lemma == "ask"]
    assert asked, [(c.cue, c.content_text) for c in article.claims]
    assert all(not c.cue.text.lower().startswith("when") for c in asked if c.cue)


def test_the_addressee_stays_out_of_the_cue() -> None:
    claim = _with_content(
        _parse("Mayor Ilse Brandt told the Dorrow Gazette that the ferry would stop."),
        "the ferry would stop",
    )
    assert claim.cue is not None
    assert claim.cue.text == "told"


# text, speaker, content: the speaker noun phrase
SPEAKERS = [
    (
        "Jan Novak, 57, a baker in Dunmore, said the bakery would close.",
        "Jan Novak, 57, a baker in Dunmore",
        "the bakery would close",
    ),
    (
        "RIVERTON, Ore. - Mayor Ilse Brandt said the bridge would close.",
        "Mayor Ilse Brandt",
        "the bridge would close",
    ),
    (
        "Even councillors who live by the harbour said it would fail.",
        "councillors who live by the harbour",
        "it would fail",
    ),
    (
        "Harbour officials, speaking on condition of anonymity, said the cranes were sold.",
        "Harbour officials",
        "the cranes were sold",
    ),
    (
        "Mayor Ilse Brandt, who grew up in Dorrow, said the ferry would stop.",
        "Mayor Ilse Brandt, who grew up in Dorrow",
        "the ferry would stop",
    ),
    (
        "Mayor Ilse Smith-Brandt said the bridge would close.",
        "Mayor Ilse Smith-Brandt",
        "the bridge would close",
    ),
]


# text, speaker, content: who speaks through a participle or an open complement
WHO = [
    (
        "The scandal prompted Mayor Ilse Brandt to accuse the council of lying.",
        "Mayor Ilse Brandt",
        "lying",
    ),
    (
        "The vote led her to declare that the ferry would stop.",
        "her",
        "the ferry would stop",
    ),
    (
        "Mayor Ilse Brandt said the council's tone had been harsh, noting that the budget was "
        "balanced.",
        "Mayor Ilse Brandt",
        "the budget was balanced",
    ),
    (
        "Mayor Ilse Brandt rejected the notion that the quay was unsafe, saying that engineers "
        "had checked it.",
        "Mayor Ilse Brandt",
        "engineers had checked it",
    ),
]


# the holder of a cue noun in a prepositional phrase is the subject of the verb it hangs on
HOLDERS = [
    (
        "Dozens of dockers protested outside the hall in the hope that the council would listen.",
        "Dozens of dockers",
        "the council would listen",
    ),
    (
        "Mayor Ilse Brandt marvelled at the idea that the two towns had once been enemies.",
        "Mayor Ilse Brandt",
        "the two towns had once been enemies",
    ),
]


def test_a_thing_holds_no_hope() -> None:
    claim = _with_content(
        _parse("The plan rests on the hope that prices will fall."), "prices will fall"
    )
    assert claim.speaker is None


@pytest.mark.parametrize(("text", "speaker", "content"), SPEAKERS + WHO + HOLDERS)
def test_speaker(text: str, speaker: str, content: str) -> None:
    claim = _with_content(_parse(text), content)
    assert claim.speaker is not None
    assert claim.speaker.text == speaker
