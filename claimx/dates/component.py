"""``claimx_dates``: finds time expressions (see :mod:`claimx.dates`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .._extensions import register_extensions
from .detect import DateDetector
from .normalize import normalize

SPAN_KEY = "claimx_dates"


class DatesComponent:
    """Writes the time expressions of a Doc to ``doc.spans["claimx_dates"]``.

    Spans are labelled DATE, TIME, DURATION or SET. Detection uses the pipeline's NER
    (when present) plus the patterns of the Doc's language (``doc._.claimx_language``,
    else the pipeline's language).
    """

    def __init__(self, nlp: Language, *, span_key: str = SPAN_KEY) -> None:
        register_extensions()
        self.span_key = span_key
        self.vocab = nlp.vocab
        self.default_language = nlp.lang
        self._detectors: dict[str, DateDetector] = {}

    def _detector(self, language: str) -> DateDetector:
        if language not in self._detectors:
            self._detectors[language] = DateDetector(self.vocab, language)
        return self._detectors[language]

    def clear_memos(self) -> None:
        """Forget what the detectors remember of stretches of words they have read, and the
        cached normalisations (a benchmark's cold pass: ``benchmarks/throughput.py
        --cold-memos``)."""
        for detector in self._detectors.values():
            detector.clear_memo()
        normalize.cache_clear()  # not dateparser's parsers: their set-up is a load cost

    def __call__(self, doc: Doc) -> Doc:
        language = doc._.claimx_language or self.default_language
        doc.spans[self.span_key] = self._detector(str(language))(doc)
        return doc


@Language.factory(
    "claimx_dates",
    default_config={"span_key": SPAN_KEY},
    assigns=["doc.spans"],
)
def make_dates(nlp: Language, name: str, span_key: str) -> DatesComponent:
    """Factory of :class:`DatesComponent`."""
    return DatesComponent(nlp, span_key=span_key)
