"""``claimx_entities``: cleans spaCy's entities (see :mod:`claimx.entities`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .._extensions import register_extensions

SPAN_KEY = "claimx_entities"


class EntitiesComponent:
    """Placeholder: copies ``doc.ents`` into ``doc.spans["claimx_entities"]``."""

    def __init__(self, *, span_key: str = SPAN_KEY) -> None:
        register_extensions()
        self.span_key = span_key

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.span_key] = list(doc.ents)
        return doc


@Language.factory(
    "claimx_entities",
    default_config={"span_key": SPAN_KEY},
    assigns=["doc.ents", "doc.spans"],
)
def make_entities(nlp: Language, name: str, span_key: str) -> EntitiesComponent:
    """Factory of :class:`EntitiesComponent`."""
    return EntitiesComponent(span_key=span_key)
