"""``link(articles) -> ClaimGraph``: blocking, scoring, clustering, conflicts.

:func:`link` runs the steps in one process: :func:`_features`, a ``ScoringContext``,
:func:`~claimx.linking.blocking.candidate_pairs`, :func:`score_pairs` and
:func:`cluster_claims`. :mod:`claimx.dask` calls the same steps on
parts of the collection (scores per pair, clusters per connected component), so both give one
result.
"""

from __future__ import annotations

import functools
import gc
import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, ParamSpec, TypeVar

from ..models import Article, ClaimCluster, ClaimGraph, ClaimLink, ClaimRef
from .blocking import MAX_BLOCK, candidate_pairs, duplicate_key
from .clustering import average_link, merge_supported
from .conflicts import cluster_conflicts
from .embeddings import resolve_similarity
from .features import (
    ClaimFeatures,
    article_context,
    article_story,
    extract_features,
    named_roles,
    paragraph_parts,
    part_of_evidence,
)
from .passages import passage_contexts
from .similarity import (
    ContentSimilarity,
    ScoringContext,
    Weights,
    content_score,
    may_share_cluster,
    score_pair,
)

__all__ = [
    "DEFAULT_LINKAGE",
    "DEFAULT_THRESHOLD",
    "PairScores",
    "cluster_claims",
    "cluster_order",
    "link",
    "link_order",
    "score_pairs",
]

DEFAULT_THRESHOLD = 0.25
"""Minimum pair score for a :class:`ClaimLink`."""
DEFAULT_LINKAGE = 0.1
"""Minimum average pair score between two clusters for them to merge."""
SAME_ARTICLE_DUPLICATE = 0.6
"""Content similarity from which two claims of one article count as a repetition (a
headline restating the body); below it they count as 0 in the cluster average."""
UNGATED_SUPPORT = 1.0
"""Share of its ungated score that a pair the speaker gate stops for lack of content (the
speakers may be one source: an unattributed claim, a role noun) adds to the cluster average:
it never links two claims itself, but does not count against a merge as a 0 would."""
SUPPORT_BAR = 0.15
"""Average support over all cross pairs from which two clusters of at least
``SUPPORT_MIN_SIZE`` claims, connected by a pair whose ungated score reaches the threshold,
merge in the second pass (:func:`~claimx.linking.clustering.merge_supported`)."""
SUPPORT_MIN_SIZE = 2
"""Two clusters merge on average support (``SUPPORT_BAR``) only from this size: one loose
paraphrase of an underspecified source is not corroboration."""
LONE_LINKS = 2
"""A smaller group (a lone claim) joins a cluster of ``SUPPORT_MIN_SIZE`` or more through
ungated scores only when it reaches the link threshold with this many of its members, and on
average over all of them: agreement with several claims that corroborate each other."""


def _features(articles: Sequence[Article]) -> tuple[list[ClaimFeatures], set[tuple[str, str]]]:
    features: list[ClaimFeatures] = []
    part_of: set[tuple[str, str]] = set()
    seen: set[str] = set()
    for article in articles:
        if article.id in seen:
            raise ValueError(f"duplicate article id {article.id!r}: article ids must be unique")
        seen.add(article.id)
        if article.claims:
            part_of |= part_of_evidence(article)
        context = article_context(article)
        story = article_story(article) if article.claims else frozenset()
        roles = named_roles(article) if any(c.speaker for c in article.claims) else {}
        parts = [
            (number, part)
            for claim in article.claims
            for number, part in enumerate(paragraph_parts(article, claim))
        ]
        passages = (
            passage_contexts(article, (p.paragraph for _, p in parts if p.paragraph is not None))
            if parts
            else {}
        )
        for number, part in parts:
            f = extract_features(article, part, len(features), context, roles, story)
            f.part = number
            if part.paragraph is not None:
                f.passage = passages.get(part.paragraph)
            features.append(f)
    return features, part_of


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _gc_paused(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run ``func`` with Python's cyclic garbage collector paused, then restore it.

    Linking allocates millions of small objects (features, pairs, reasons) that form no
    reference cycles; the collector's generation-2 passes over them cost ~15% of the time at
    100,000 claims (measured: 63.6 s -> 54.4 s). Memory is still freed by reference counting;
    the collector is re-enabled (if it was on) however ``func`` returns.
    """

    @functools.wraps(func)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return func(*args, **kwargs)
        finally:
            if enabled:
                gc.enable()

    return wrapper


def _cluster_id(refs: Iterable[ClaimRef]) -> str:
    digest = hashlib.sha1(
        "\n".join(f"{r.article}\t{r.claim}" for r in refs).encode("utf-8"), usedforsecurity=False
    )
    return f"c{digest.hexdigest()[:12]}"


@_gc_paused
def link(
    articles: Iterable[Article],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    linkage: float = DEFAULT_LINKAGE,
    similarity: Literal["lexical", "embeddings", "auto"] | ContentSimilarity = "auto",
    weights: Weights | None = None,
    max_block: int = MAX_BLOCK,
    singletons: bool = False,
) -> ClaimGraph:
    """Link equivalent claims across articles into clusters, with their conflicts.

    Args:
        articles: Parsed articles (ids must be unique); only their ``claims`` are linked.
        threshold: Minimum pair score (0-1) for a link.
        linkage: Minimum average pair score for two groups of linked claims to merge.
        similarity: ``"lexical"`` (stems, idf and rapidfuzz), ``"embeddings"`` (claims in
            different languages compared by :mod:`claimx.linking.embeddings`), ``"auto"``
            (embeddings when the articles' languages differ and the extra is installed), a
            configured :class:`~claimx.linking.embeddings.EmbeddingSimilarity` (prepared
            for this call), or a symmetric function
            ``(ClaimFeatures, ClaimFeatures) -> float`` replacing the content component
            (the hook for an embedding backend).
        weights: Component weights; :class:`~claimx.linking.similarity.Weights` by default.
        max_block: Largest blocking group whose pairs are all candidates; a larger one is
            read as a sorted neighbourhood (:mod:`claimx.linking.blocking`).
        singletons: Also return one-claim clusters (every claim then has a cluster).

    Returns:
        A :class:`ClaimGraph`: clusters (largest first) with conflicts, and the links above
        ``threshold`` that support them.

    Raises:
        ValueError: a threshold out of ``[0, 1]``, an unknown ``similarity`` name, or two
            articles with the same id.
    """
    if not 0.0 <= threshold <= 1.0 or not 0.0 <= linkage <= 1.0:
        raise ValueError(f"threshold and linkage must be in [0, 1], got {threshold}, {linkage}")
    if isinstance(similarity, str) and similarity not in ("lexical", "embeddings", "auto"):
        raise ValueError(
            f"unknown similarity {similarity!r}; use 'lexical', 'embeddings', 'auto' or a function"
        )
    articles = list(articles)
    features, part_of = _features(articles)
    ctx = ScoringContext(
        features=features,
        part_of=part_of,
        weights=weights or Weights(),
        content_similarity=resolve_similarity(similarity, articles, features),
    )
    pairs = candidate_pairs(features, max_block=max_block)
    extra_pairs = getattr(ctx.content_similarity, "candidate_pairs", None)  # cross-lingual
    if extra_pairs is not None:
        pairs = sorted(set(pairs) | set(extra_pairs()))
    scores = score_pairs(ctx, features, pairs, threshold)
    clusters = cluster_claims(
        features, ctx, scores, threshold=threshold, linkage=linkage, singletons=singletons
    )
    return ClaimGraph(
        clusters=tuple(sorted(clusters, key=cluster_order)),
        links=tuple(sorted(scores.links, key=link_order)),
    ).with_articles(articles)


@dataclass(slots=True)
class PairScores:
    """The scores of candidate pairs, by ``(i, j)`` claim index pair (``i < j``)."""

    known: dict[tuple[int, int], float] = field(default_factory=dict)
    """:func:`~claimx.linking.similarity.score_pair`'s score (pairs scored on demand by
    the clustering are added)."""
    support: dict[tuple[int, int], float] = field(default_factory=dict)
    """What each pair adds to the clustering's average: its score, or a share of its
    ungated score when the speakers may be one source (see ``UNGATED_SUPPORT``)."""
    links: list[ClaimLink] = field(default_factory=list)
    """The pairs scored at ``threshold`` or above, as links."""


def score_pairs(
    ctx: ScoringContext,
    features: Sequence[ClaimFeatures] | Mapping[int, ClaimFeatures],
    pairs: Iterable[tuple[int, int]],
    threshold: float,
) -> PairScores:
    """Score ``pairs`` of claims (``features`` by index: a list, or a mapping holding a
    part of the collection whose vectors ``ctx`` has)."""
    scores = PairScores()
    for i, j in pairs:
        score, reasons = score_pair(ctx, features[i], features[j])
        scores.known[(i, j)] = score
        scores.support[(i, j)] = score or UNGATED_SUPPORT * reasons.get("ungated", 0.0)
        if score >= threshold and features[i].ref != features[j].ref:
            ra, rb = sorted((features[i].ref, features[j].ref), key=lambda r: (r.article, r.claim))
            scores.links.append(ClaimLink(a=ra, b=rb, score=score, reasons=reasons))
    scores.links = unique_links(scores.links)
    return scores


def unique_links(links: Iterable[ClaimLink]) -> list[ClaimLink]:
    """One link per pair of claims, the best scored: two paragraph parts of one claim
    (:func:`~claimx.linking.features.paragraph_parts`) may both link to the same claim."""
    best: dict[tuple[ClaimRef, ClaimRef], ClaimLink] = {}
    for link in links:
        key = (link.a, link.b)
        if key not in best or link.score > best[key].score:
            best[key] = link
    return list(best.values())


@dataclass(slots=True)
class _Duplicates:
    """Exact duplicates collapsed before clustering: each group of claims with one
    :func:`~claimx.linking.blocking.duplicate_key` linked in a chain is clustered as its
    first claim (its representative)."""

    rep: dict[int, int] = field(default_factory=dict)
    """The representative of every collapsed claim (not of the representatives)."""
    members: dict[int, list[int]] = field(default_factory=dict)
    """A representative's group, itself first."""
    score: dict[int, float] = field(default_factory=dict)
    """A representative's group: the mean score of the links that chain it."""

    def of(self, i: int) -> int:
        return self.rep.get(i, i)

    def size(self, i: int) -> int:
        return len(self.members.get(i, (i,)))

    def expand(self, group: Iterable[int]) -> list[int]:
        return sorted(x for i in group for x in self.members.get(i, (i,)))

    def reduce(self, values: Mapping[tuple[int, int], float]) -> dict[tuple[int, int], float]:
        """Pair values between representatives: the largest over their groups' pairs."""
        out: dict[tuple[int, int], float] = {}
        for (i, j), v in values.items():
            a, b = self.of(i), self.of(j)
            if a == b:
                continue
            key = (a, b) if a < b else (b, a)
            if key not in out or v > out[key]:
                out[key] = v
        return out


def _duplicates(
    features: Sequence[ClaimFeatures],
    known: Mapping[tuple[int, int], float],
    threshold: float,
    compatible: Callable[[int, int], bool],
) -> _Duplicates:
    """Groups of duplicates: claims with one duplicate key chained by links (score >=
    ``threshold``), each member compatible with the group's first claim."""
    keys: dict[int, str] = {}

    def key(i: int) -> str:
        if i not in keys:
            keys[i] = duplicate_key(features[i])
        return keys[i]

    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    edges = [(i, j, s) for (i, j), s in known.items() if s >= threshold and key(i) == key(j)]
    for i, j, _ in edges:
        ri, rj = root(i), root(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    groups: dict[int, list[int]] = {}
    for x in sorted(parent):
        groups.setdefault(root(x), []).append(x)
    dups = _Duplicates()
    for rep, group in groups.items():
        kept = [rep, *(x for x in group if x != rep and compatible(rep, x))]
        if len(kept) < 2:
            continue
        dups.members[rep] = kept
        for x in kept[1:]:
            dups.rep[x] = rep
    chain: dict[int, list[float]] = {}
    for i, j, s in edges:
        if dups.of(i) == dups.of(j) and dups.of(i) in dups.members:
            chain.setdefault(dups.of(i), []).append(s)
    dups.score = {rep: sum(v) / len(v) for rep, v in chain.items()}
    return dups


def cluster_claims(
    features: Sequence[ClaimFeatures],
    ctx: ScoringContext,
    scores: PairScores,
    *,
    threshold: float,
    linkage: float,
    singletons: bool,
) -> list[ClaimCluster]:
    """Average-link clusters of ``features`` (``features[i].index == i``) with their
    conflicts, from the candidate pairs' ``scores`` (filled further by scores on demand).

    Exact duplicates (one normalised content and speaker, linked in a chain: a statement
    reprinted by many outlets) are collapsed first and clustered as one claim, their group's
    first; so a statement repeated by thousands of articles costs a chain of links, not all
    their pairs.

    ``features`` may be the whole collection or a union of connected components of its
    graph of links and supported pairs (:mod:`claimx.dask`): a cluster never crosses one.
    """
    gate: dict[tuple[int, int], bool] = {}

    def compatible(i: int, j: int) -> bool:
        """The complete link: no cluster mixes two different sources or stories."""
        if (i, j) not in gate:
            gate[(i, j)] = may_share_cluster(ctx, features[i], features[j])
        return gate[(i, j)]

    dups = _duplicates(features, scores.known, threshold, compatible)
    if dups.rep:
        known = dups.reduce(scores.known)
        support = dups.reduce(scores.support)
    else:
        known, support = scores.known, scores.support
    above = [(score, i, j) for (i, j), score in known.items() if score >= threshold]

    def on_demand(i: int, j: int) -> float:
        a, b = features[i], features[j]
        if a.article == b.article and content_score(ctx, a, b) < SAME_ARTICLE_DUPLICATE:
            return 0.0  # two different statements of one article are not one claim
        score, reasons = score_pair(ctx, a, b)
        known[(i, j)] = score
        return score or UNGATED_SUPPORT * reasons.get("ungated", 0.0)

    groups = average_link(
        len(features), above, on_demand, support, linkage=linkage, compatible=compatible
    )
    weak = [(v, i, j) for (i, j), v in support.items() if v >= threshold and not known.get((i, j))]
    if weak:
        groups = merge_supported(
            groups,
            weak,
            lambda i, j: (
                support[(i, j)]
                if (i, j) in support
                else support.setdefault((i, j), on_demand(i, j))
            ),
            bar=SUPPORT_BAR,
            min_size=SUPPORT_MIN_SIZE,
            compatible=compatible,
            lone_bar=threshold,
            lone_links=LONE_LINKS,
        )
    if any(f.part for f in features):  # a claim's paragraph parts were clustered apart
        placed = _claims_once(groups, features, dups)
        return [
            _make_cluster(
                [features[i] for i in group],
                dups,
                features,
                known,
                threshold,
                ctx.part_of,
                members,
            )
            for group, members in placed
            if len({features[i].ref for i in members}) >= 2 or singletons
        ]
    return [
        _make_cluster([features[i] for i in group], dups, features, known, threshold, ctx.part_of)
        for group in groups
        if group[0] not in dups.rep and (sum(dups.size(i) for i in group) >= 2 or singletons)
    ]


def _claims_once(
    groups: list[list[int]], features: Sequence[ClaimFeatures], dups: _Duplicates
) -> list[tuple[list[int], set[int]]]:
    """Each claim in one cluster when its paragraph parts
    (:func:`~claimx.linking.features.paragraph_parts`) were clustered apart: the cluster of
    its first part, or, when that part stayed alone, of its earliest part clustered with
    another claim. Gives each group (of duplicate representatives) with the members it
    keeps: one part per claim, of the claims placed in it."""
    expanded = [dups.expand(group) for group in groups]
    home: dict[ClaimRef, tuple[bool, int, int]] = {}
    for g, members in enumerate(expanded):
        if groups[g][0] in dups.rep:
            continue  # a duplicate's own group: it is clustered with its representative
        alone = len({features[i].ref for i in members}) < 2
        for i in members:
            f = features[i]
            key = (alone, f.part, g)
            if f.ref not in home or key < home[f.ref]:
                home[f.ref] = key
    out: list[tuple[list[int], set[int]]] = []
    for g, (group, members) in enumerate(zip(groups, expanded, strict=True)):
        if group[0] in dups.rep:
            continue
        kept: dict[ClaimRef, int] = {}
        for i in members:
            ref = features[i].ref
            if home[ref][2] == g and ref not in kept:
                kept[ref] = i
        allowed = set(kept.values())
        reps = [i for i in group if any(m in allowed for m in dups.expand([i]))]
        if reps:
            out.append((reps, allowed))
    return out


def cluster_order(cluster: ClaimCluster) -> tuple[int, str, str]:
    """The order of :attr:`ClaimGraph.clusters`: largest first, then by first member."""
    return (-len(cluster.members), cluster.members[0].article, cluster.members[0].claim)


def link_order(link: ClaimLink) -> tuple[float, str, str, str, str]:
    """The order of :attr:`ClaimGraph.links`: best first, then by claim refs."""
    return (-link.score, link.a.article, link.a.claim, link.b.article, link.b.claim)


def _make_cluster(
    reps: list[ClaimFeatures],
    dups: _Duplicates,
    features: Sequence[ClaimFeatures],
    known: dict[tuple[int, int], float],
    threshold: float,
    part_of: set[tuple[str, str]],
    allowed: set[int] | None = None,
) -> ClaimCluster:
    """A cluster: members in ref order, the most central as representative, mean score.

    ``reps`` are the clustered claims; each stands for its group of duplicates (``dups``),
    whose pairs count with the group's chain score. ``allowed``: the members kept, when
    some are left out (:func:`_claims_once`)."""
    members = [
        features[i] for i in dups.expand(f.index for f in reps) if allowed is None or i in allowed
    ]
    members.sort(key=lambda f: (f.ref.article, f.ref.claim))
    reps = sorted(reps, key=lambda f: (f.ref.article, f.ref.claim))
    refs = tuple(f.ref for f in members)
    if len(members) == 1:
        return ClaimCluster(
            id=_cluster_id(refs), representative=refs[0], members=refs, confidence=1.0
        )
    n = len(members)
    weight = [dups.size(a.index) for a in reps]
    centrality: list[float] = []
    total = 0.0
    for x, a in enumerate(reps):
        s = (weight[x] - 1) * dups.score.get(a.index, 0.0)
        for y, b in enumerate(reps):
            if x != y:
                key = (min(a.index, b.index), max(a.index, b.index))
                s += weight[y] * known.get(key, 0.0)
        centrality.append(s / (n - 1))
        total += weight[x] * s
    best = max(range(len(reps)), key=lambda k: (centrality[k], len(reps[k].text), -k))
    confidence = total / (n * (n - 1))
    return ClaimCluster(
        id=_cluster_id(refs),
        representative=reps[best].ref,
        members=refs,
        confidence=round(min(1.0, max(0.0, confidence)), 6),
        conflicts=cluster_conflicts(
            reps,
            lambda a, b: (
                known.get((min(a.index, b.index), max(a.index, b.index)), 0.0) >= threshold
            ),
            part_of,
        ),
    )
