"""Test helper: the claims of a parsed English sentence with a given cue lemma."""

from __future__ import annotations

import claimx
from claimx.models import Claim

#: Publication date the attribution tests parse with (relative dates resolve against it).
PUBLISHED = "2024-05-31"


def claims_with_lemma(text: str, lemma: str) -> list[Claim]:
    """Claims of ``text`` (English, published :data:`PUBLISHED`) whose cue lemma is ``lemma``."""
    article = claimx.parse(text, language="en", published=PUBLISHED)
    return [c for c in article.claims if c.cue is not None and c.cue.lemma == lemma]
