"""``claimx_attribution``: finds attributed statements (see :mod:`claimx.attribution`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .._extensions import register_extensions


class AttributionComponent:
    """Placeholder: sets ``doc._.claimx_claims`` to an empty list."""

    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.claimx_claims = []
        return doc


@Language.factory("claimx_attribution", default_config={}, assigns=["doc._.claimx_claims"])
def make_attribution(nlp: Language, name: str) -> AttributionComponent:
    """Factory of :class:`AttributionComponent`."""
    return AttributionComponent()
