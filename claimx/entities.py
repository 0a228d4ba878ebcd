"""Entity cleaning and within-article chaining (pure functions on spaCy objects)."""

from __future__ import annotations

from spacy.tokens import Doc

from .models import Entity, TextSpan

__all__ = ["entities_from_doc"]


def entities_from_doc(doc: Doc) -> tuple[Entity, ...]:
    """Placeholder: one Entity per cleaned entity span (no chaining yet)."""
    out = []
    for i, span in enumerate(doc.spans.get("claimx_entities", [])):
        mention = TextSpan(start=span.start_char, end=span.end_char, text=span.text)
        out.append(Entity(id=f"e{i + 1}", label=span.label_, name=span.text, mentions=(mention,)))
    return tuple(out)
