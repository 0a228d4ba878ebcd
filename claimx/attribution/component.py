"""``claimx_attribution``: finds attributed statements (see :mod:`claimx.attribution`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .._extensions import register_extensions
from .find import content_paragraphs, find_claims
from .headline import headline_claims
from .lexicon import cue_lexicon

#: Components a headline copy does without (its claims' speakers resolve in the article).
_SKIPPED_FOR_HEADLINES = frozenset({"ner"})


class AttributionComponent:
    """Writes ``doc._.claimx_claims``: one plain dict per attributed statement.

    The cue lexicon of the pipeline's language is compiled once, here; documents whose
    ``doc._.claimx_language`` names another language with a cue file use that one. With
    ``unattributed``, body sentences holding no claim are added with speaker and cue ``None``.
    """

    def __init__(
        self, *, language: str = "en", unattributed: bool = False, nlp: Language | None = None
    ) -> None:
        register_extensions()
        self.language = language
        self.unattributed = unattributed
        self.nlp = nlp
        cue_lexicon(language)  # compile (and validate) once, not per document

    def _parse(self, text: str) -> Doc:
        """``text`` through the pipeline's tagger and parser (and what they need), not the
        entity recogniser nor claimx's own components: a headline copy needs tags and a
        tree, and the recogniser would double the cost."""
        assert self.nlp is not None
        doc = self.nlp.make_doc(text)
        for name, proc in self.nlp.pipeline:
            if not name.startswith("claimx_") and name not in _SKIPPED_FOR_HEADLINES:
                doc = proc(doc)
        return doc

    def __call__(self, doc: Doc) -> Doc:
        language = doc._.claimx_language or self.language
        try:
            cue_lexicon(language)
        except FileNotFoundError:
            language = self.language
        unattributed = self.unattributed or bool(doc._.claimx_unattributed)
        claims = find_claims(doc, language, unattributed=unattributed)
        if self.nlp is not None and cue_lexicon(language).truecase_headlines:
            extra = headline_claims(
                doc,
                content_paragraphs(doc),
                claims,
                self._parse,
                lambda sub: find_claims(sub, language),
            )
            if extra:
                claims = sorted(claims + extra, key=lambda d: d["content"][0][0])
        doc._.claimx_claims = claims
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
    return AttributionComponent(
        language=language or nlp.lang or "en", unattributed=unattributed, nlp=nlp
    )
