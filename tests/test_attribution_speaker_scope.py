"""Who speaks a comma-set participle the parser hung inside another claim's content, and
the other speaker rules of issue 11, item 3, one invented sentence each.

The real English pipeline parses every sentence; people, places and organisations are
invented.
"""

from __future__ import annotations

import pytest

import claimx
from claimx.models import Article, Claim

PUBLISHED = "2025-06-02"


def _parse(text: str) -> Article:
    return claimx.parse(text, language="en", published=PUBLISHED)


def _with_cue(article: Article, cue: str) -> Claim:
    found = [c for c in article.claims if c.cue is not None and c.cue.text == cue]
    assert len(found) == 1, [(c.speaker, c.cue, c.content_text) for c in article.claims]
    return found[0]


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


@pytest.mark.parametrize(("text", "cue", "speaker"), PARTICIPLES)
def test_participle_speaker(text: str, cue: str, speaker: str) -> None:
    claim = _with_cue(_parse(text), cue)
    assert claim.speaker is not None
    assert claim.speaker.text == speaker
