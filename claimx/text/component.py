"""``claimx_paragraphs``: marks paragraphs, headlines and boilerplate; fixes sentence starts.

Runs first (before the parser), so that no sentence crosses a paragraph break or a line of
a headline block.
"""

from __future__ import annotations

from typing import Any, cast

from spacy.language import Language
from spacy.tokens import Doc, Span

from .._extensions import register_extensions
from . import segment

SPAN_KEY = "claimx_paragraphs"


class ParagraphsComponent:
    """Segments ``doc.text`` with :func:`claimx.text.segment` into labelled spans."""

    def __init__(self, *, span_key: str = SPAN_KEY) -> None:
        register_extensions()
        self.span_key = span_key

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        sent_starts: set[int] = set()
        text = doc.text
        for block in segment(text):
            span = doc.char_span(block.start, block.end, label=block.kind, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            spans.append(span)
            starts = [span.start]
            if block.kind in ("headline", "boilerplate"):
                # each line of a headline block is its own sentence
                starts += [t.i + 1 for t in span[:-1] if "\n" in t.text or "\n" in t.whitespace_]
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
