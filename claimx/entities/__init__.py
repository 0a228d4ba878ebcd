"""The entities stage: people, organisations and places, one canonical form each.

Takes spaCy's ``doc.ents`` (statistical NER, or the speaker names the shallow rules guess).
Gives :class:`~claimx.models.Entity` models: the mentions of one entity chained within the
article, its canonical name, and an ``identity`` key shared across articles and languages
(``country:PRK`` for "Pyongyang" and "North Korea"; an acronym and its expansion share one).

Modules:

* :mod:`~claimx.entities.component`: the ``claimx_entities`` spaCy factory; cleans
  ``doc.ents`` and writes ``doc.spans["claimx_entities"]``;
* :mod:`~claimx.entities.mentions`: cleaning mention spans, chaining them
  (:func:`~claimx.entities.mentions.entities_from_doc`);
* :mod:`~claimx.entities.aliases`: name keys and cross-document identities from the
  country, capital and seat tables in ``claimx/data/aliases/`` (no spaCy: the linking stage
  uses it on stored articles).

``entities_from_doc`` is loaded on first use, so that ``claimx.entities.aliases`` (and the
linking stage) does not import spaCy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .aliases import identity_for, is_acronym, normalize_name

if TYPE_CHECKING:
    from .mentions import entities_from_doc

__all__ = ["entities_from_doc", "identity_for", "is_acronym", "normalize_name"]


def __getattr__(name: str) -> object:
    if name == "entities_from_doc":
        from .mentions import entities_from_doc

        return entities_from_doc
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
