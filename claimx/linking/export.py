"""Export a :class:`~claimx.models.ClaimGraph` to networkx (optional dependency)."""

from __future__ import annotations

from typing import Any

from ..models import ClaimGraph, ClaimRef

__all__ = ["node_id", "to_networkx"]


def node_id(ref: ClaimRef) -> str:
    """The graph node of a claim: ``"<article>/<claim>"``."""
    return f"{ref.article}/{ref.claim}"


def to_networkx(graph: ClaimGraph) -> Any:
    """A ``networkx.Graph``: one node per linked or clustered claim, one edge per link.

    Nodes carry ``article``, ``claim`` and ``cluster`` (the cluster id, or ``None``); edges
    carry ``score`` and the component ``reasons``; ``graph.graph["conflicts"]`` lists the
    conflicts as dicts.

    Raises:
        ImportError: networkx is not installed (``pip install claimx[graph]``).
    """
    try:
        import networkx as nx
    except ImportError as exc:
        raise ImportError(
            "to_networkx needs networkx, which is not installed; "
            "install it with: pip install 'claimx[graph]' (or pip install networkx)"
        ) from exc
    g = nx.Graph()
    for cluster in graph.clusters:
        for ref in cluster.members:
            g.add_node(node_id(ref), article=ref.article, claim=ref.claim, cluster=cluster.id)
    for link in graph.links:
        for ref in (link.a, link.b):
            if node_id(ref) not in g:
                g.add_node(node_id(ref), article=ref.article, claim=ref.claim, cluster=None)
        g.add_edge(node_id(link.a), node_id(link.b), score=link.score, reasons=dict(link.reasons))
    g.graph["conflicts"] = [
        c.model_dump(mode="json") for cluster in graph.clusters for c in cluster.conflicts
    ]
    return g
