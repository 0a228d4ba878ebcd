"""Cross-outlet claim linking: ``claimx.link(articles) -> ClaimGraph``.

>>> graph = claimx.link([article_a, article_b])           # doctest: +SKIP
>>> g = claimx.link.to_networkx(graph)                    # doctest: +SKIP

Modules: :mod:`.features` (what is read from each claim), :mod:`.similarity` (named,
symmetric component scores), :mod:`.blocking` (candidate pairs), :mod:`.clustering`
(average-link merging), :mod:`.conflicts` (disagreeing details), :mod:`.export` (networkx).
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
