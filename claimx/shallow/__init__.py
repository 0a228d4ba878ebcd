"""Shallow support: attribution for languages without a spaCy parser (de, es, it, nl, ru,
uk; French when its pipeline is not installed).

Takes text in any language spaCy can tokenise. A shallow pipeline is
``spacy.blank(lang)`` + ``sentencizer`` + ``claimx_paragraphs`` +
``claimx_shallow_attribution`` + ``claimx_entities`` + ``claimx_dates``. Gives the same
:class:`~claimx.models.Claim` models as the full pipeline, found with quotation marks, a
cue lexicon (``claimx/data/shallow/<lang>.json``) and capitalisation instead of a parse,
and a ``shallow-language`` diagnostic on every article.

Modules:

* :mod:`~claimx.shallow.component`: the ``claimx_shallow_attribution`` spaCy factory and
  the blank pipeline (:func:`load_shallow_pipeline`);
* :mod:`~claimx.shallow.lexicon`: loads a language's lexicon (:func:`load_lexicon`);
* :mod:`~claimx.shallow.rules`: the patterns, per sentence (speaker before or after the
  cue verb, as-clauses, source phrases such as ``laut X``/``selon X``, colon quotations,
  floating quotations, the German reportative mood);
* :mod:`~claimx.shallow.phrases`: quotation pairs, speaker and content phrase edges;
* :mod:`~claimx.shallow.subjects`: the subject of a cue in coordinated and subordinate
  clauses;
* :mod:`~claimx.shallow.resolve`: object pronouns back to the previous named speaker;
* :mod:`~claimx.shallow.unattributed`: the outlet's own sentences (``unattributed=True``);
* :mod:`~claimx.shallow.claims`: the Claim models and the diagnostic.
"""

from __future__ import annotations

from .claims import claims_from_shallow_doc, shallow_diagnostics
from .component import load_shallow_pipeline
from .lexicon import load_lexicon

__all__ = [
    "claims_from_shallow_doc",
    "load_lexicon",
    "load_shallow_pipeline",
    "shallow_diagnostics",
]
