"""Attributed statements: who said what, how, and when."""

from __future__ import annotations

from spacy.tokens import Doc

from .models import Claim, Entity, TimeExpression

__all__ = ["claims_from_doc"]


def claims_from_doc(
    doc: Doc,
    article_id: str,
    entities: tuple[Entity, ...],
    dates: tuple[TimeExpression, ...],
) -> tuple[Claim, ...]:
    """Placeholder: no claims yet."""
    return ()
