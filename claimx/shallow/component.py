"""Shallow support for languages without a spaCy parser (de, es, it, nl, ru, uk, ...).

A shallow pipeline is ``spacy.blank(lang)`` + ``sentencizer`` + ``claimx_paragraphs`` +
``claimx_shallow_attribution`` + ``claimx_entities`` + ``claimx_dates``. The attribution
rules (:mod:`claimx.shallow.rules`) use quotation marks, a cue lexicon
(``claimx/data/shallow/<lang>.json``) and capitalisation instead of a parse.

``claimx_shallow_attribution`` writes

* ``doc._.claimx_claims``: plain dicts ``{"speaker": [start, end] | None, "cue": [start, end]
  | None, "cue_lemma", "content": [[start, end], ...], "quote", "stance", "pattern"}`` in
  character offsets of ``doc.text``;
* ``doc.ents``: the name at the end of each speaker phrase (a blank pipeline has no NER),
  labelled ``PERSON`` or ``ORG`` by a capitalisation guess (see ``_name_span``);
* with ``doc._.claimx_unattributed`` (``parse(..., unattributed=True)``), the body
  sentences no claim touches as the outlet's own assertions (speaker and cue ``None``,
  as in the full pipeline);
* ``doc._.claimx_shallow = True``, which :func:`~claimx.shallow.claims.shallow_diagnostics`
  turns into the ``shallow-language`` diagnostic of the Article.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .._extensions import register_extensions
from .phrases import find_quotes
from .rules import RawClaim, ShallowLexicon, extract, load_lexicon
from .unattributed import unattributed_claims

__all__ = [
    "SHALLOW_LABELS",
    "ShallowAttributionComponent",
    "load_shallow_pipeline",
    "make_shallow_attribution",
    "sentencized_copy",
    "shallow_pipeline",
]

SHALLOW_LABELS = ("PERSON", "ORG")
"""Labels of speaker names found without NER (a capitalisation guess)."""

SHALLOW_EXTENSION = "claimx_shallow"
"""The Doc extension set on every Doc a shallow pipeline processed."""


def _register() -> None:
    register_extensions()
    if not Doc.has_extension(SHALLOW_EXTENSION):
        Doc.set_extension(SHALLOW_EXTENSION, default=False)


class ShallowAttributionComponent:
    """Finds attributed statements with patterns and a cue lexicon (no parser needed)."""

    def __init__(self, *, lang: str) -> None:
        _register()
        self.lang = lang
        self.lexicon: ShallowLexicon | None = load_lexicon(lang)

    def __call__(self, doc: Doc) -> Doc:
        doc._.claimx_shallow = True
        _fix_opening_quotes(doc)
        raw = extract(doc, self.lexicon) if self.lexicon is not None else []
        if doc._.claimx_unattributed:
            quotes = find_quotes(doc.text, self.lexicon) if self.lexicon is not None else []
            raw = sorted(
                [*raw, *unattributed_claims(doc, raw, quotes)], key=lambda c: c.content[0][0]
            )
        doc._.claimx_claims = [c.as_dict() for c in raw]
        names = [s for s in (_name_span(doc, c) for c in raw) if s is not None]
        if names:
            doc.ents = filter_spans([*doc.ents, *names])
        return doc


def _name_span(doc: Doc, claim: RawClaim) -> Span | None:
    """The name at the end of a speaker phrase as an entity span, with a guessed label.

    The name is the last run of adjacent capitalised tokens. Without NER the type is a
    guess: two or more capitalised words end in a person's given name and surname
    (``PERSON``, the last two words: "Bundeskanzler Olaf Scholz" -> "Olaf Scholz"); a
    single word after a determiner is an organisation ("die Polizei", ``ORG``); a single
    word otherwise a surname (``PERSON``).
    """
    if claim.speaker is None:
        return None
    span = doc.char_span(*claim.speaker, alignment_mode="contract")
    if span is None:
        return None
    caps = [t for t in span if t.text[:1].isupper() and any(ch.isalpha() for ch in t.text)]
    if not caps:
        return None
    end = caps[-1].i + 1
    start = end - 1
    while start > span.start and doc[start - 1].text[:1].isupper():
        start -= 1
    if end - start == 1 and doc[start].is_sent_start:
        return None  # a lone sentence-initial capital ("Er", "Die") is no name
    if end - start >= 2:
        return Span(doc, end - 2, end, label="PERSON")
    lexicon = load_lexicon(doc.lang_)
    before = doc[start - 1].lower_ if start > span.start else ""
    is_det = lexicon is not None and before in lexicon.determiners
    return Span(doc, start, end, label="ORG" if is_det else "PERSON")


def _fix_opening_quotes(doc: Doc) -> None:
    """Move a sentence start before an opening quotation mark the sentencizer left behind.

    The sentencizer splits ``… sinken. „Wir …`` after the „; the mark opens the next
    sentence.
    """
    for tok in doc[1:-1]:
        nxt = doc[tok.i + 1]
        prev = doc[tok.i - 1]
        if (
            nxt.is_sent_start
            and (tok.is_quote or tok.text in ("„", "«", "»", "“", '"'))
            and not tok.whitespace_
            and prev.whitespace_
            and prev.text in (".", "!", "?", "…", ":")
        ):
            tok.is_sent_start = True
            nxt.is_sent_start = False


def sentencized_copy(doc: Doc) -> Doc:
    """A copy of ``doc``'s tokens (same text and offsets) split into sentences by
    punctuation, as a shallow pipeline splits them, whatever a parser made of them."""
    from spacy.pipeline import Sentencizer

    view = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    Sentencizer()(view)  # sets the sentence starts in place
    _fix_opening_quotes(view)
    return view


@Language.factory(
    "claimx_shallow_attribution",
    default_config={},
    assigns=["doc._.claimx_claims", "doc.ents"],
)
def make_shallow_attribution(nlp: Language, name: str) -> ShallowAttributionComponent:
    """Factory of :class:`ShallowAttributionComponent` for the pipeline's language."""
    return ShallowAttributionComponent(lang=str(nlp.lang))


def shallow_pipeline(lang: str) -> Language:
    """A blank pipeline for ``lang`` with a sentencizer and the claimx components.

    Raises:
        ImportError, KeyError: spaCy has no language class for ``lang`` (or it needs an
            extra package, e.g. ``ja``); callers fall back to ``xx``.
    """
    import spacy

    from ..pipeline import register_factories

    register_factories()

    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("claimx_paragraphs")
    nlp.add_pipe("claimx_shallow_attribution")
    nlp.add_pipe("claimx_entities")
    nlp.add_pipe("claimx_dates")
    return nlp


def load_shallow_pipeline(lang: str) -> Language:
    """:func:`shallow_pipeline` for ``lang``; ``xx`` when spaCy cannot make ``lang`` blank.

    Cached by :func:`claimx.load_pipeline`, which calls it for every language that has no
    statistical pipeline candidate.

    Raises:
        UnsupportedLanguageError: ``lang`` is not a language code spaCy knows.
    """
    from ..errors import UnsupportedLanguageError

    lang = lang.lower()
    if not (lang.isascii() and lang.isalpha() and 2 <= len(lang) <= 3):
        raise UnsupportedLanguageError(
            f"{lang!r} is not an ISO 639 language code; give e.g. 'en', 'de' or 'fr'"
        )
    try:
        return shallow_pipeline(lang)
    except ImportError:
        # spaCy does not know the code (E048), or its tokenizer needs an extra package
        # (ja, ko, th, vi): the multi-language tokenizer still gives paragraphs and quotes
        return shallow_pipeline("xx")
