"""``claimx_attribution``: finds attributed statements (see :mod:`claimx.attribution`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .._extensions import register_extensions
from .find import find_claims
from .lexicon import cue_lexicon


class AttributionComponent:
    """Writes ``doc._.claimx_claims``: one plain dict per attributed statement.

    The cue lexicon of the pipeline's language is compiled once, here; documents whose
    ``doc._.claimx_language`` names another language with a cue file use that one. With
    ``unattributed``, body sentences holding no claim are added with speaker and cue ``None``.
    """

    def __init__(self, *, language: str = "en", unattributed: bool = False) -> None:
        register_extensions()
        self.language = language
        self.unattributed = unattributed
        cue_lexicon(language)  # compile (and validate) once, not per document

    def __call__(self, doc: Doc) -> Doc:
        language = doc._.claimx_language or self.language
        try:
            cue_lexicon(language)
        except FileNotFoundError:
            language = self.language
        unattributed = self.unattributed or bool(doc._.claimx_unattributed)
        doc._.claimx_claims = find_claims(doc, language, unattributed=unattributed)
        return doc


@Language.factory(
    "claimx_attribution",
    default_config={"language": None, "unattributed": False},
    assigns=["doc._.claimx_claims"],
    requires=["token.dep", "token.lemma", "doc.spans"],
)
def make_attribution(
    nlp: Language, name: str, language: str | None, unattributed: bool
) -> AttributionComponent:
    """Factory of :class:`AttributionComponent` (``language`` defaults to ``nlp.lang``).

    ``unattributed=True`` also emits the outlet's own unattributed assertions.
    """
    return AttributionComponent(language=language or nlp.lang or "en", unattributed=unattributed)
