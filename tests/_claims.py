"""Test helper: the claims of a parsed English sentence with a given cue lemma."""

from __future__ import annotations

import claimx
from claimx.models import Article, Claim

#: Publication date the attribution tests parse with (relative dates resolve against it).
PUBLISHED = "2024-05-31"


def parse_en(text: str) -> Article:
    """``text`` parsed as English, published :data:`PUBLISHED`."""
    return claimx.parse(text, language="en", published=PUBLISHED)


def only(article: Article, lemma: str | None = None, *, cue: str | None = None) -> Claim:
    """The one claim of ``article`` whose cue lemma is ``lemma`` (or whose cue text is
    ``cue``); fails, listing the article's claims, unless there is exactly one."""
    found = [
        c
        for c in article.claims
        if c.cue is not None and (c.cue.lemma == lemma if cue is None else c.cue.text == cue)
    ]
    assert len(found) == 1, [(c.speaker, c.cue, c.content_text) for c in article.claims]
    return found[0]


def claims_with_lemma(text: str, lemma: str) -> list[Claim]:
    """Claims of ``text`` (English, published :data:`PUBLISHED`) whose cue lemma is ``lemma``."""
    article = claimx.parse(text, language="en", published=PUBLISHED)
    return [c for c in article.claims if c.cue is not None and c.cue.lemma == lemma]


def one_claim(text: str, lemma: str) -> Claim:
    """The one claim of ``text`` whose cue lemma is ``lemma`` (fails unless exactly one)."""
    found = claims_with_lemma(text, lemma)
    assert len(found) == 1, text
    return found[0]


def assert_cue_claim(text: str, lemma: str, speaker: str, cue: str, content: str) -> None:
    """``text`` has exactly one claim with cue lemma ``lemma``, with these speaker, cue text
    and content."""
    claim = one_claim(text, lemma)
    assert claim.speaker is not None
    assert claim.speaker.text == speaker
    assert claim.cue is not None
    assert claim.cue.text == cue
    assert claim.content_text == content


def assert_one_claim(text: str, lemma: str, speaker: str, content: str, stance: str) -> None:
    """``text`` has exactly one claim with cue lemma ``lemma``, with these speaker, content
    and stance."""
    claim = one_claim(text, lemma)
    assert claim.speaker is not None
    assert claim.speaker.text == speaker
    assert claim.content_text == content
    assert claim.stance == stance
