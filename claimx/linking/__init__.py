"""Cross-outlet claim linking: ``claimx.link(articles) -> ClaimGraph``.

>>> graph = claimx.link([article_a, article_b])           # doctest: +SKIP
>>> g = claimx.link.to_networkx(graph)                    # doctest: +SKIP

Modules: :mod:`.features` (what is read from each claim), :mod:`.similarity` (named,
symmetric component scores), :mod:`.blocking` (candidate pairs), :mod:`.clustering`
(average-link merging), :mod:`.conflicts` (disagreeing details), :mod:`.export` (networkx).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from ..models import Article, ClaimGraph
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

    def __call__(
        self,
        articles: Iterable[Article],
        *,
        threshold: float = DEFAULT_THRESHOLD,
        linkage: float = DEFAULT_LINKAGE,
        similarity: Literal["lexical", "embeddings", "auto"] | ContentSimilarity = "auto",
        weights: Weights | None = None,
        max_block: int = 48,
        singletons: bool = False,
    ) -> ClaimGraph:
        return _link(
            articles,
            threshold=threshold,
            linkage=linkage,
            similarity=similarity,
            weights=weights,
            max_block=max_block,
            singletons=singletons,
        )

    @staticmethod
    def to_networkx(graph: ClaimGraph) -> Any:
        """See :func:`claimx.linking.export.to_networkx`."""
        return to_networkx(graph)

    def __repr__(self) -> str:
        return "<function claimx.link>"


_Link.__call__.__doc__ = _link.__doc__

link = _Link()
"""Link equivalent claims across articles (see :func:`claimx.linking.core.link`)."""
