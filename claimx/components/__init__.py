"""claimx's spaCy components, registered as factories on import.

Each is usable from a plain pipeline::

    import claimx.components  # or rely on the ``spacy_factories`` entry points
    nlp.add_pipe("claimx_paragraphs", first=True)
    nlp.add_pipe("claimx_entities")
    nlp.add_pipe("claimx_dates")
    nlp.add_pipe("claimx_attribution")

What they write (span keys and extensions are prefixed ``claimx_``):

=====================  ==========================================================
component              output
=====================  ==========================================================
claimx_paragraphs      ``doc.spans["claimx_paragraphs"]`` (labels headline,
                       subheading, body, boilerplate); sentence starts at block starts
claimx_entities        cleaned ``doc.ents``; ``doc.spans["claimx_entities"]``
claimx_dates           ``doc.spans["claimx_dates"]`` (labels DATE, TIME, DURATION, SET)
claimx_attribution     ``doc._.claimx_claims``: plain dicts (see claimx.attribution)
=====================  ==========================================================
"""

from __future__ import annotations

from ..attribution.component import AttributionComponent, make_attribution
from ..dates.component import DatesComponent, make_dates
from ..entities.component import EntitiesComponent, make_entities
from ..text.component import ParagraphsComponent, make_paragraphs

__all__ = [
    "AttributionComponent",
    "DatesComponent",
    "EntitiesComponent",
    "ParagraphsComponent",
    "make_attribution",
    "make_dates",
    "make_entities",
    "make_paragraphs",
]
