"""Time expressions: detection patterns and normalisation against the publication date.

* Detection (:class:`~claimx._dates_detect.DateDetector`, run by the ``claimx_dates``
  component) writes spans to ``doc.spans["claimx_dates"]`` labelled DATE, TIME, DURATION
  or SET.
* :func:`normalize` turns one expression into a TIMEX3-style value, granularity and
  interval, resolving relative expressions against the publication date with the news
  conventions (a bare weekday is the latest one on or before publication; a bare month
  follows the tense of its verb; "this month", "last year" are calendar intervals).
* :func:`dates_from_doc` combines both into :class:`~claimx.models.TimeExpression` models.
"""

from __future__ import annotations

from datetime import datetime

from spacy.tokens import Doc, Span

from ._dates_normalize import Normalized, Tense, normalize
from .models import TimeExpression

__all__ = ["SPAN_KEY", "Normalized", "Tense", "dates_from_doc", "normalize", "tense_of"]

SPAN_KEY = "claimx_dates"

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})


def tense_of(span: Span) -> Tense | None:
    """Tense of the verb governing ``span`` (``None`` without a parse or a verb)."""
    doc = span.doc
    if not doc.has_annotation("DEP"):
        return None
    token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            break
        if token.head is token:
            return None
        token = token.head
    else:
        return None
    children = list(token.children)
    auxes = [c for c in children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _FUTURE_AUX for a in auxes):
        return "future"
    if any(a.tag_ == "TO" for a in auxes) and token.head.lower_ in ("going", "set", "due"):
        return "future"
    if token.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if token.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return "past"
    if any(a.tag_ == "TO" for a in auxes) or any(a.tag_ == "MD" for a in auxes):
        return "future"
    if token.tag_ in ("VBZ", "VBP", "VBG") or "Pres" in token.morph.get("Tense"):
        return "present"
    if "Past" in token.morph.get("Tense"):
        return "past"
    return None


def _boilerplate(doc: Doc) -> list[tuple[int, int]]:
    if "claimx_paragraphs" not in doc.spans:
        return []
    return [
        (s.start_char, s.end_char)
        for s in doc.spans["claimx_paragraphs"]
        if s.label_ == "boilerplate"
    ]


def dates_from_doc(
    doc: Doc, published: datetime | None, language: str
) -> tuple[TimeExpression, ...]:
    """All time expressions of ``doc`` in text order, normalised against ``published``.

    Expressions inside boilerplate lines are skipped. Without a publication date,
    relative expressions keep their text and get ``value=None``.
    """
    skip = _boilerplate(doc)
    found: list[TimeExpression] = []
    spans = sorted(doc.spans[SPAN_KEY], key=lambda s: s.start) if SPAN_KEY in doc.spans else []
    for span in spans:
        if any(b <= span.start_char < e for b, e in skip):
            continue
        kind = span.label_.lower()
        if kind not in ("date", "time", "duration", "set"):
            kind = "date"
        value, granularity, interval = normalize(
            span.text, kind, published, language, tense_of(span)
        )
        found.append(
            TimeExpression(
                start=span.start_char,
                end=span.end_char,
                text=span.text,
                kind=kind,  # type: ignore[arg-type]
                value=value,
                granularity=granularity,  # type: ignore[arg-type]
                interval=interval,
                anchor=published,
            )
        )
    return tuple(found)
