"""``claimx_entities``: cleans and chains spaCy's entities (see :mod:`claimx.entities`).

Runs after spaCy's ``ner``. Writes:

* ``doc.ents``: the cleaned name mentions plus the other entities (DATE, CARDINAL, ...)
  split at line breaks, so the dates component sees no entity across a paragraph;
* ``doc.spans["claimx_entities"]``: the cleaned name mentions only, each span's ``id_``
  set to its article entity id (``e1``, ``e2``, ... as in ``Article.entities``), so that
  a token can be mapped to its entity on the Doc alone.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .._extensions import register_extensions
from .mentions import NAME_LABELS, chain_mentions, clean_entity_spans

SPAN_KEY = "claimx_entities"


class EntitiesComponent:
    """Replaces ``doc.ents`` with cleaned entities and stores the name mentions."""

    def __init__(self, *, span_key: str = SPAN_KEY, labels: tuple[str, ...] = ()) -> None:
        register_extensions()
        self.span_key = span_key
        self.labels = frozenset(labels) if labels else NAME_LABELS

    def __call__(self, doc: Doc) -> Doc:
        names, others = clean_entity_spans(doc, self.labels)
        language = doc._.claimx_language or doc.lang_ or "en"
        roots = chain_mentions(names, language)
        numbers: dict[int, int] = {}
        for root in roots:
            numbers.setdefault(root, len(numbers) + 1)
        stored = [
            Span(doc, s.start, s.end, label=s.label_, span_id=f"e{numbers[root]}")
            for s, root in zip(names, roots, strict=True)
        ]
        doc.ents = sorted([*stored, *others], key=lambda s: s.start)
        doc.spans[self.span_key] = stored
        return doc


@Language.factory(
    "claimx_entities",
    default_config={"span_key": SPAN_KEY, "labels": []},
    assigns=["doc.ents", "doc.spans"],
    requires=["doc.ents"],
)
def make_entities(nlp: Language, name: str, span_key: str, labels: list[str]) -> EntitiesComponent:
    """Factory of :class:`EntitiesComponent` (``labels``: names kept; default all of
    :data:`claimx.entities.NAME_LABELS`)."""
    return EntitiesComponent(span_key=span_key, labels=tuple(labels))
