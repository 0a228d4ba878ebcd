"""``claimx_dates``: finds time expressions (see :mod:`claimx.dates`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .._extensions import register_extensions

SPAN_KEY = "claimx_dates"


class DatesComponent:
    """Placeholder: spaCy DATE/TIME entities into ``doc.spans["claimx_dates"]``."""

    def __init__(self, *, span_key: str = SPAN_KEY) -> None:
        register_extensions()
        self.span_key = span_key

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.span_key] = [e for e in doc.ents if e.label_ in ("DATE", "TIME")]
        return doc


@Language.factory(
    "claimx_dates",
    default_config={"span_key": SPAN_KEY},
    assigns=["doc.spans"],
)
def make_dates(nlp: Language, name: str, span_key: str) -> DatesComponent:
    """Factory of :class:`DatesComponent`."""
    return DatesComponent(span_key=span_key)
