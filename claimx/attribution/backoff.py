"""Shallow back-off: statements the parse missed, found by the shallow rules.

A statistical parser can misread a language's quotation marks (``fr_core_news_sm`` takes
« for a noun and often splits the sentence at it), and then the dependency rules find no
cue for a quotation. For a language whose cue lexicon sets ``"shallow_backoff": true``
and that has a shallow lexicon (``claimx/data/shallow/<lang>.json``), the shallow rules of
:mod:`claimx.shallow` also run on a punctuation-split copy of the same tokens, and each
statement they find is kept when its content overlaps no parse-based claim, its cue no
parse-based cue and its speaker no parse-based content. Parse-based claims win, except a
quotation the parse attributed by position only (no cue), which yields to a shallow
claim with a cue.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc

__all__ = ["backoff_claims"]


def _overlaps(a: list[int] | tuple[int, int] | None, b: list[int] | tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def backoff_claims(
    doc: Doc,
    language: str,
    found: list[dict[str, Any]],
    paragraph: Callable[[int], int | None],
    labels: list[str],
    quote_kind: Callable[[list[tuple[int, int]]], str],
) -> list[dict[str, Any]]:
    """The shallow rules' statements that no claim in ``found`` covers, as claim dicts.

    A claim of ``found`` with no cue (a quotation attributed by position) whose content a
    shallow claim with a cue overlaps is removed from ``found`` (in place) and replaced.

    ``paragraph`` maps a character offset to the index of its (non-boilerplate) paragraph
    or ``None``; ``labels`` gives each paragraph's label; ``quote_kind`` classifies content
    spans as ``direct``/``indirect``/``mixed`` the way the parse-based claims are.
    """
    from ..shallow.component import sentencized_copy
    from ..shallow.rules import extract, load_lexicon

    lex = load_lexicon(language)
    if lex is None or not len(doc):
        return []
    raws = [r for r in extract(sentencized_copy(doc), lex) if r.cue or r.speaker]
    # a parse-based quotation with no cue yields to a shallow claim with a cue over it
    replaced = [
        item
        for item in found
        if item["cue"] is None
        and any(
            r.cue is not None
            and any(_overlaps(c, k) for c in r.content for k in item["content"])
            and not any(_overlaps(r.cue, k) for k in item["content"])
            for r in raws
        )
    ]
    for item in replaced:
        found.remove(item)
    contents = [c for item in found for c in item["content"]]
    cues = [item["cue"] for item in found if item["cue"] is not None]
    out: list[dict[str, Any]] = []
    for raw in raws:
        if any(_overlaps(c, k) for c in raw.content for k in contents):
            continue
        if any(_overlaps(raw.cue, k) for k in cues):
            continue
        if any(_overlaps(raw.speaker, k) for k in contents):
            continue
        anchor = raw.cue[0] if raw.cue is not None else raw.content[0][0]
        para = paragraph(anchor)
        if para is None:
            continue
        out.append(
            {
                "kind": "shallow",
                "cue": list(raw.cue) if raw.cue else None,
                "cue_lemma": raw.cue_lemma,
                "cue_head": None,
                "speaker": list(raw.speaker) if raw.speaker else None,
                "speaker_head": None,
                "content": [list(c) for c in raw.content],
                "content_head": None,
                "quote": quote_kind(raw.content),
                "stance": raw.stance,
                "target": list(raw.target) if raw.target else None,
                "paragraph": para,
                "block": labels[para],
            }
        )
        contents.extend(list(c) for c in raw.content)
        if raw.cue is not None:
            cues.append(list(raw.cue))
    return out
