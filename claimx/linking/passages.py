"""The story of a claim's passage: the named entities of the paragraphs around it.

An article usually reports one story, and :func:`~claimx.linking.features.article_context`
(every entity of the article) tells which. A news roundup, a "meanwhile" paragraph or a
closing digest reports several: there the whole article's entities say nothing about which
of its stories a claim belongs to. :func:`passage_contexts` gives each paragraph the entity
keys of its passage (the paragraph and :data:`PASSAGE_WINDOW` paragraphs either side), so
the linker can judge a claim's story by its own passage as well as by its article
(:func:`claimx.linking.similarity.story_context`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from ..models import Article
from .features import CONTENT_LABELS, entity_key

__all__ = ["PASSAGE_WINDOW", "passage_contexts"]

PASSAGE_WINDOW = 2
"""Paragraphs either side of a claim's own that make its passage (news paragraphs hold one
to three sentences, so a passage is about five to ten sentences)."""


def passage_contexts(
    article: Article, paragraphs: Iterable[int] | None = None
) -> dict[int, frozenset[str]]:
    """Paragraph index -> the entity keys mentioned in its passage (the paragraphs within
    :data:`PASSAGE_WINDOW` of it), for every paragraph of ``article`` that holds a claim's
    cue (or for the ``paragraphs`` given).

    Keys are :func:`~claimx.linking.features.entity_key` of the entities with a content
    label, as in the article's context; a passage without any gets an empty set."""
    if paragraphs is None:
        paragraphs = (c.paragraph for c in article.claims if c.paragraph is not None)
    wanted = set(paragraphs)
    if not wanted or not article.paragraphs:
        return {}
    starts = [p.start for p in article.paragraphs]
    per_paragraph: dict[int, set[str]] = {}
    for entity in article.entities:
        if entity.label not in CONTENT_LABELS:
            continue
        key = entity_key(entity)
        for mention in entity.mentions:
            index = bisect.bisect_right(starts, mention.start) - 1
            per_paragraph.setdefault(index, set()).add(key)
    out: dict[int, frozenset[str]] = {}
    last = len(article.paragraphs) - 1
    for p in wanted:
        keys: set[str] = set()
        for q in range(max(0, p - PASSAGE_WINDOW), min(last, p + PASSAGE_WINDOW) + 1):
            keys |= per_paragraph.get(q, set())
        out[p] = frozenset(keys)
    return out
