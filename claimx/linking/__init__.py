"""Cross-outlet claim linking: ``claimx.link(articles) -> ClaimGraph``.

>>> graph = claimx.link([article_a, article_b])           # doctest: +SKIP
>>> g = claimx.link.to_networkx(graph)                    # doctest: +SKIP

Modules: :mod:`.features` (what is read from each claim), :mod:`.passages` (the named
entities around each claim: the story of its passage), :mod:`.similarity` (named,
symmetric component scores), :mod:`.blocking` (candidate pairs), :mod:`.clustering`
(average-link merging), :mod:`.conflicts` (disagreeing details), :mod:`.export` (networkx).

The stages are separable, each with plain inputs (what :func:`.core.link` chains):

1. claim -> features: :func:`.features.extract_features` per claim (per paragraph part
   of a claim whose quotation runs over paragraphs: :func:`.features.paragraph_parts`),
   with its article's :func:`~.features.article_context`, :func:`~.features.named_roles` and
   :func:`~.features.article_story`, and :func:`.passages.passage_contexts` for the
   claim's passage; :func:`~.features.part_of_evidence` per article.
2. features -> keys -> pairs: :func:`.blocking.blocking_keys` (needs the collection's
   document frequencies of stems, entity keys and keys), then pairs inside each key's
   block (:func:`.blocking.candidate_pairs`).
3. pair -> score: :func:`.similarity.score_pair` under a :class:`~.similarity.ScoringContext`
   (collection idf of stems and article entity keys, part-of evidence); it returns 0 with
   the reason for pairs :func:`~.similarity.never_one_claim` rules out.
4. component -> clusters: the links (and ungated supports) form a graph; each connected
   component is clustered on its own by :func:`.clustering.average_link` then
   :func:`.clustering.merge_supported`, with :func:`.similarity.may_share_cluster` as the
   complete link, and :func:`.conflicts.cluster_conflicts` per cluster; a claim whose parts
   fell into several clusters stays in one (its first part's, unless that part is alone).
   Clustering touches only pairs inside one component, so clustering components apart
   gives the same clusters.
"""

from __future__ import annotations

import inspect
from typing import Any

from ..models import ClaimGraph
from .core import DEFAULT_LINKAGE, DEFAULT_THRESHOLD
from .core import link as _link
from .export import to_networkx
from .similarity import ContentSimilarity, Weights

__all__ = [
    "DEFAULT_LINKAGE",
    "DEFAULT_THRESHOLD",
    "ContentSimilarity",
    "Weights",
    "link",
    "to_networkx",
]


class _Link:
    """The callable ``claimx.link``, which also carries ``claimx.link.to_networkx``."""

    __slots__ = ()

    __call__ = staticmethod(_link)
    __signature__ = inspect.signature(_link)  # help() shows link's own parameters

    @staticmethod
    def to_networkx(graph: ClaimGraph) -> Any:
        """See :func:`claimx.linking.export.to_networkx`."""
        return to_networkx(graph)

    def __repr__(self) -> str:
        return "<function claimx.link>"


link = _Link()
"""Link equivalent claims across articles (see :func:`claimx.linking.core.link`)."""
