"""The text stage's spaCy components.

* ``claimx_paragraphs``: marks paragraphs, headlines and boilerplate; fixes sentence
  starts. Runs first (before the parser), so that no sentence crosses a paragraph break or
  a line of a headline block.
* ``claimx_quotations`` (before the parser) and ``claimx_quotation_joins`` (after it), for
  languages whose cue file asks for them (French): the parser reads each quotation and the
  cue around it as one sentence (see :mod:`claimx.text.quotations`).
"""

from __future__ import annotations

from typing import Any, cast

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from .._extensions import doc_text, register_extensions
from . import segment
from .quotations import SPAN_KEY, continuing_tokens, opening_tokens
from .segment import has_line_break


class ParagraphsComponent:
    """Segments ``doc.text`` with :func:`claimx.text.segment` into labelled spans."""

    def __init__(self, *, span_key: str = SPAN_KEY) -> None:
        register_extensions()
        self.span_key = span_key

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        sent_starts: set[int] = set()
        text = doc_text(doc)  # kept on the Doc for the later components
        for block in segment(text):
            span = doc.char_span(block.start, block.end, label=block.kind, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            spans.append(span)
            starts = [span.start]
            if block.kind in ("headline", "boilerplate"):
                # each line of a headline block is its own sentence
                starts += [t.i + 1 for t in span[:-1] if has_line_break(t.text + t.whitespace_)]
            sent_starts.update(i for i in (*starts, span.end) if i < len(doc))
        if sent_starts:
            # one array write: setting token.is_sent_start one by one scans the doc each time
            values = cast(Any, doc.to_array(["SENT_START"]))
            values[sorted(sent_starts)] = 1
            doc.from_array(["SENT_START"], values)
        doc.spans[self.span_key] = spans
        return doc


@Language.factory(
    "claimx_paragraphs",
    default_config={"span_key": SPAN_KEY},
    assigns=["token.is_sent_start", "doc.spans"],
)
def make_paragraphs(nlp: Language, name: str, span_key: str) -> ParagraphsComponent:
    """Factory of :class:`ParagraphsComponent`."""
    return ParagraphsComponent(span_key=span_key)


class QuotationsComponent:
    """Quotation-mark features and quotation-aware sentence starts (see the module doc)."""

    def __init__(
        self,
        vocab: Vocab,
        *,
        mark_features: dict[str, str] | None = None,
        keep_sentences: bool = True,
        span_key: str = SPAN_KEY,
    ) -> None:
        self.vocab = vocab
        self.mark_features = dict(mark_features or {})
        self.keep_sentences = keep_sentences
        self.span_key = span_key
        self._set_features(vocab)

    def _set_features(self, vocab: Vocab) -> None:
        for mark, like in self.mark_features.items():
            lex, model = vocab[mark], vocab[like]
            if lex.shape_ != model.shape_ or lex.prefix_ != model.prefix_:
                lex.shape_, lex.prefix_, lex.suffix_ = model.shape_, model.prefix_, model.suffix_

    def __call__(self, doc: Doc) -> Doc:
        if doc.vocab is not self.vocab:  # a Doc made with another Vocab object
            self._set_features(doc.vocab)
        if not self.keep_sentences or not len(doc):
            return doc
        inside = continuing_tokens(doc, self.span_key)
        if not inside:
            return doc
        # SENT_START is -1 (not a start), 0 (unset) or 1; to_array gives it unsigned
        values = cast(Any, doc.to_array(["SENT_START"])).astype("int64")
        for i in inside:
            if values[i] != 1:
                values[i] = -1
        for i in opening_tokens(doc, self.span_key):
            values[i] = 1
        doc.from_array(["SENT_START"], values.astype("uint64"))
        return doc


class QuotationJoinsComponent:
    """After the parser: a sentence the parser started at a token that continues a
    quotation (see :func:`continuing_tokens`) joins the sentence before it, its root
    hung on that sentence's root with ``label``.

    The parser respects the preset starts of ``claimx_quotations`` while it parses, but
    still leaves two roots when the text ends with tokens it kept apart ("« A », a déclaré
    X." as a whole document); UD's relation for the reporting clause is ``parataxis``.
    """

    def __init__(self, *, label: str = "parataxis", span_key: str = SPAN_KEY) -> None:
        self.label = label
        self.span_key = span_key

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        sents = [(s.start, s.root.i) for s in doc.sents]
        if len(sents) < 2:
            return doc
        inside = continuing_tokens(doc, self.span_key)
        for k in range(1, len(sents)):
            start, root = sents[k]
            if start in inside:
                doc[root].head = doc[sents[k - 1][1]]
                doc[root].dep_ = self.label
        return doc


@Language.factory(
    "claimx_quotation_joins",
    default_config={"label": "parataxis", "span_key": SPAN_KEY},
    assigns=["token.head", "token.dep", "token.is_sent_start"],
    requires=["token.dep", "doc.spans"],
)
def make_quotation_joins(
    nlp: Language, name: str, label: str, span_key: str
) -> QuotationJoinsComponent:
    """Factory of :class:`QuotationJoinsComponent`."""
    return QuotationJoinsComponent(label=label, span_key=span_key)


@Language.factory(
    "claimx_quotations",
    default_config={"mark_features": {}, "keep_sentences": True, "span_key": SPAN_KEY},
    assigns=["token.is_sent_start"],
    requires=["doc.spans"],
)
def make_quotations(
    nlp: Language,
    name: str,
    mark_features: dict[str, str],
    keep_sentences: bool,
    span_key: str,
) -> QuotationsComponent:
    """Factory of :class:`QuotationsComponent`."""
    return QuotationsComponent(
        nlp.vocab, mark_features=mark_features, keep_sentences=keep_sentences, span_key=span_key
    )
