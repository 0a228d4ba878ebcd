"""The text stage: tokenization, paragraphs, headlines, boilerplate and quotation marks.

Takes the article text (already decoded and, for HTML, extracted: see
:mod:`claimx.inputs`). Gives blocks with their role (``headline``, ``subheading``,
``body``, ``boilerplate``) as character offsets; nothing here changes the text or its
offsets.

Modules:

* :mod:`~claimx.text.tokens`: :func:`~claimx.text.tokens.make_doc`, the tokenizer call
  every article goes through (runs of punctuation in pieces, so tokenizing stays linear),
  and :func:`~claimx.text.tokens.tokens_with`, the tokens with one of some attribute values
  read from one array (for finders that test a few kinds of token);
* :mod:`~claimx.text.component`: the ``claimx_paragraphs`` spaCy factory, first in every
  pipeline; writes ``doc.spans["claimx_paragraphs"]`` and makes every block start a
  sentence;
* :mod:`~claimx.text.quotations`: which tokens continue a quotation, for the
  ``claimx_quotations`` and ``claimx_quotation_joins`` components (French: the parser reads
  a quotation and its cue as one sentence);
* :mod:`~claimx.text.segment`: the pure string functions (:func:`segment`,
  :func:`normalize_quotes`, the boilerplate patterns of ``claimx/data/boilerplate/``;
  every kind of line end, CR, NEL, U+2028 and U+2029 included, counts).
"""

from __future__ import annotations

from .segment import normalize_quotes, segment

__all__ = ["normalize_quotes", "segment"]
