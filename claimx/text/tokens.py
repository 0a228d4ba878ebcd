"""Tokenization that stays linear in the length of a run of punctuation.

spaCy's tokenizer strips prefixes and suffixes from a whitespace-free stretch one at a time,
copying the rest each time: a run of n quotation marks or other punctuation costs O(n²)
(10,000 quote marks take ~20 s, 20,000 over a minute). :func:`make_doc` cuts every run of
:data:`LONG_RUN` or more punctuation or symbol characters into pieces of :data:`PIECE`
characters, each one token (so such a run also costs the statistical components 16 times
fewer tokens), tokenizes the text between the runs with the pipeline's own tokenizer, and
joins the pieces into one Doc. ``doc.text`` is the input text exactly, so every offset
still indexes it; the text between runs gets the tokens it would get anyway.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise
from typing import TYPE_CHECKING

from ..models import Diagnostic

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

__all__ = [
    "LONG_RUN",
    "PIECE",
    "long_runs",
    "make_doc",
    "run_diagnostics",
    "tokens_lowered",
    "tokens_with",
]

#: A run of at least this many punctuation or symbol characters (no letter, digit,
#: underscore or whitespace) is tokenized in pieces.
LONG_RUN = 64
#: The length of the pieces a long run is tokenized in.
PIECE = 16

#: Up to this many values, :func:`tokens_with` compares instead of calling ``np.isin``.
_FEW = 4

_RUN = re.compile(rf"[^\w\s]{{{LONG_RUN},}}")


def long_runs(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the runs :func:`make_doc` tokenizes in pieces."""
    return [m.span() for m in _RUN.finditer(text)]


def _pieces(text: str, runs: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """``text`` cut before and after each run and every :data:`PIECE` characters inside
    it, each piece with whether it is part of a run; the pieces join to ``text``. A space
    after a run stays with its last piece (as the whitespace of its last token)."""
    out: list[tuple[str, bool]] = []
    position = 0
    for start, end in runs:
        out.append((text[position:start], False))
        cuts = [*range(start, end, PIECE), end + (text[end : end + 1] == " ")]
        out.extend((text[a:b], True) for a, b in pairwise(cuts))
        position = cuts[-1]
    out.append((text[position:], False))
    return [(piece, run) for piece, run in out if piece]


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, except that each :data:`PIECE` characters of a run of
    punctuation is one token (see the module doc). ``doc.text == text``."""
    runs = long_runs(text)
    if not runs:
        return nlp.make_doc(text)
    from spacy.tokens import Doc

    docs = [
        Doc(nlp.vocab, words=[piece.rstrip(" ")], spaces=[piece.endswith(" ")])
        if run
        else nlp.make_doc(piece)
        for piece, run in _pieces(text, runs)
    ]
    return Doc.from_docs(docs, ensure_whitespace=False)


def run_diagnostics(text: str) -> tuple[Diagnostic, ...]:
    """A ``punctuation-run`` diagnostic when :func:`make_doc` cuts runs of ``text`` into
    pieces (naming the longest), else nothing."""
    runs = long_runs(text)
    if not runs:
        return ()
    start, end = max(runs, key=lambda run: run[1] - run[0])
    message = (
        f"{len(runs)} run(s) of {LONG_RUN} or more punctuation marks tokenized in pieces of "
        f"{PIECE} (longest: {end - start} characters at offset {start})"
    )
    return (Diagnostic(code="punctuation-run", message=message),)


def tokens_with(doc: Doc, attr: int, values: Iterable[int]) -> list[Token]:
    """The tokens of ``doc`` whose integer attribute ``attr`` (``spacy.attrs.POS``,
    ``LOWER``, ...) is one of ``values``, in text order.

    One array read of the attribute instead of a ``Token`` object for every token, for
    finders that look at a few kinds of token only."""
    import numpy as np

    wanted = set(values)
    if not len(doc) or not wanted:
        return []
    column = doc.to_array(attr)
    if len(wanted) <= _FEW:  # a comparison or two is cheaper than np.isin's set-up
        mask = np.zeros(len(column), dtype=bool)
        for value in wanted:
            mask |= column == value
    else:
        mask = np.isin(column, np.fromiter(wanted, dtype=np.uint64))
    return [doc[i] for i in np.flatnonzero(mask).tolist()]


def tokens_lowered(doc: Doc, words: Iterable[str]) -> list[Token]:
    """The tokens of ``doc`` whose lower-case form is one of ``words``, in text order
    (see :func:`tokens_with`)."""
    from spacy.attrs import LOWER
    from spacy.strings import get_string_id

    return tokens_with(doc, LOWER, (get_string_id(w) for w in words))
