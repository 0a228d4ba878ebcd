"""The outlet's own assertions in a shallow pipeline (``parse(..., unattributed=True)``).

Mirrors the full pipeline (:mod:`claimx.attribution.find`): every body sentence that no claim
touches (cue, speaker or content) and that has at least
:data:`~claimx.attribution.find.MIN_UNATTRIBUTED_WORDS` words and is no question becomes a claim
with speaker and cue ``None``; headlines and boilerplate are left out.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..attribution import MIN_UNATTRIBUTED_WORDS
from .lexicon import RawClaim
from .phrases import kind

__all__ = ["unattributed_claims"]

_WORD = re.compile(r"\w+")
_PARAGRAPHS = "claimx_paragraphs"


def _body_blocks(doc: Doc) -> list[tuple[int, int]]:
    if _PARAGRAPHS not in doc.spans:
        return [(0, len(doc.text))]
    return [(s.start_char, s.end_char) for s in doc.spans[_PARAGRAPHS] if s.label_ == "body"]


def unattributed_claims(
    doc: Doc, claims: list[RawClaim], quotes: list[tuple[int, int]]
) -> list[RawClaim]:
    """Claims (pattern ``unattributed``) for the body sentences ``claims`` leave untouched."""
    text = doc.text
    taken = bytearray(len(text))
    for claim in claims:
        for pair in (claim.cue, claim.speaker, *claim.content):
            if pair is not None:
                taken[pair[0] : pair[1]] = b"\x01" * (pair[1] - pair[0])
    blocks = _body_blocks(doc)
    out: list[RawClaim] = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        if not any(b0 <= start < b1 for b0, b1 in blocks) or any(taken[start:end]):
            continue
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".;:,"):
            end -= 1
        if len(_WORD.findall(text, start, end)) < MIN_UNATTRIBUTED_WORDS or text[end - 1] == "?":
            continue
        content = [(start, end)]
        out.append(
            RawClaim(None, None, None, content, kind(content, quotes), "assert", "unattributed")
        )
    return out
