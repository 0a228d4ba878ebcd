"""Time expressions: detection patterns and normalisation against the publication date."""

from __future__ import annotations

from datetime import datetime

from spacy.tokens import Doc

from .models import TimeExpression

__all__ = ["dates_from_doc"]


def dates_from_doc(doc: Doc, published: datetime | None, language: str) -> tuple[TimeExpression, ...]:
    """Placeholder: the detected spans, unnormalised."""
    return tuple(
        TimeExpression(start=s.start_char, end=s.end_char, text=s.text)
        for s in doc.spans.get("claimx_dates", [])
    )
