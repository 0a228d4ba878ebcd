"""Link the claims of a Dask bag of articles across workers; equal to :func:`claimx.link`.

:func:`link` builds one task graph from the linking package's own steps, so that every
score, vote and merge is the one :func:`claimx.link` computes (with ``similarity="lexical"``)
on the same articles in bag order. With ``P`` partitions:

1. **prepare** (per partition): the partition's claim features (``linking.core``), kept
   pickled, and its counts: :class:`~claimx.linking.similarity.CollectionStats`, entity
   frequencies, part-of evidence, article ids.
2. **totals** (one small task): the counts added up, duplicate article ids rejected, each
   partition's first claim index (claims are numbered in bag order, as in one process).
3. **keys** (per partition): each claim's blocking keys from the collection's counts
   (:func:`~claimx.linking.blocking.claim_keys`), sent to a key bucket by a stable hash.
4. **blocks** (per key bucket): claims grouped by key -- the shuffle -- and each block's
   pair votes (:func:`~claimx.linking.blocking.block_votes`; a block above ``max_block``
   by sorted neighbourhood, each row carrying its claim's
   :func:`~claimx.linking.blocking.order_key`), sent on by first claim.
5. **candidates** (per vote bucket): votes added up per pair; a pair with
   ``PAIR_VOTES`` is a candidate, sent to the partition of its first claim.
6. **score** (per partition ``p``): its candidates scored by
   :func:`~claimx.linking.core.score_pairs`, the partner claims' features read one
   partition ``q >= p`` at a time (at most two partitions in memory).
7. **components** (one task over index arrays): connected components of the pairs the
   clustering can merge along (score >= threshold, or support >= threshold with score 0);
   a cluster never crosses one. Each component of two claims or more goes to a batch.
8. **cluster** (per batch): its claims and their pairs, renumbered in collection order, are
   clustered by :func:`~claimx.linking.core.cluster_claims` (duplicates collapsed, average
   link, support pass, conflicts) exactly as the whole collection would be.

Features travel pickled between steps (~0.7 KB a claim, ~3.8 KB once loaded), so a worker
holds at most a few partitions' features at a time. Each step runs with Python's cyclic
garbage collector paused, as :func:`claimx.link` does: loading a partition creates
hundreds of thousands of objects, and the collector's passes over them cost more than the
loading itself.
"""

from __future__ import annotations

import copyreg
import dataclasses
import io
import operator
import pickle
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import reduce
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from ..linking.blocking import (
    MAX_BLOCK,
    PAIR_VOTES,
    block_votes,
    claim_keys,
    key_frequencies,
    order_key,
)
from ..linking.core import (
    DEFAULT_LINKAGE,
    DEFAULT_THRESHOLD,
    PairScores,
    _features,
    _gc_paused,
    cluster_claims,
    cluster_order,
    link_order,
    score_pairs,
)
from ..linking.features import ClaimFeatures, EntityMention, Quantity
from ..linking.similarity import CollectionStats, ScoringContext, Weights
from ..models import Article, ClaimCluster, ClaimGraph, ClaimLink

if TYPE_CHECKING:
    import dask.bag

__all__ = ["LinkResult", "link"]

_Ints = npt.NDArray[np.int64]
_Floats = npt.NDArray[np.float64]


# --------------------------------------------------------------------------- 1-2 counts


@dataclass
class _Counts:
    """What a partition (or the collection, once added up) tells about its claims."""

    claims: int = 0
    article_ids: list[str] = field(default_factory=list)
    stats: CollectionStats = field(default_factory=CollectionStats)
    entity_df: Counter[str] = field(default_factory=Counter)
    part_of: set[tuple[str, str]] = field(default_factory=set)


@_gc_paused
def _prepare(articles: Iterable[object]) -> tuple[bytes, _Counts]:
    """The claim features of one partition (indices from 0, pickled) and its counts."""
    kept = [a for a in articles if isinstance(a, Article)]
    features, part_of = _features(kept)
    _, entity_df = key_frequencies(features)
    counts = _Counts(
        claims=len(features),
        article_ids=[a.id for a in kept],
        stats=CollectionStats.of(features),
        entity_df=entity_df,
        part_of=part_of,
    )
    return _dumps(features), counts


def _prepare_partition(articles: Iterable[object]) -> list[tuple[bytes, _Counts]]:
    return [_prepare(articles)]


def _first(items: list[tuple[bytes, _Counts]]) -> tuple[bytes, _Counts]:
    return items[0]


@dataclass
class _Totals:
    """The collection's counts and where each partition's claims and articles start."""

    claims: int
    stats: CollectionStats
    entity_df: Counter[str]
    part_of: set[tuple[str, str]]
    claim_starts: list[int]
    article_starts: list[int]


@_gc_paused
def _totals(parts: Sequence[_Counts]) -> _Totals:
    seen: set[str] = set()
    claim_starts: list[int] = []
    article_starts: list[int] = []
    claims = articles = 0
    for part in parts:
        for article_id in part.article_ids:
            if article_id in seen:
                raise ValueError(f"duplicate article id {article_id!r}: article ids must be unique")
            seen.add(article_id)
        claim_starts.append(claims)
        article_starts.append(articles)
        claims += part.claims
        articles += len(part.article_ids)
    return _Totals(
        claims=claims,
        stats=reduce(operator.add, (p.stats for p in parts), CollectionStats()),
        entity_df=reduce(operator.add, (p.entity_df for p in parts), Counter()),
        part_of=set().union(*(p.part_of for p in parts)),
        claim_starts=claim_starts,
        article_starts=article_starts,
    )


def _rebuild(cls: type, names: tuple[str, ...], values: tuple[object, ...]) -> object:
    obj: object = object.__new__(cls)
    for name, value in zip(names, values, strict=True):
        object.__setattr__(obj, name, value)
    return obj


def _reducer(cls: type) -> Callable[[object], tuple[object, ...]]:
    names = tuple(f.name for f in dataclasses.fields(cls))

    def reduce(obj: object) -> tuple[object, ...]:
        return (_rebuild, (cls, names, tuple(getattr(obj, n) for n in names)))

    return reduce


#: Pickling of the feature dataclasses by field values: Python 3.11 unpickles a slots
#: dataclass through ``dataclasses.fields()`` per object, 3x slower than this.
_DISPATCH = {cls: _reducer(cls) for cls in (ClaimFeatures, EntityMention, Quantity)}


def _dumps(features: list[ClaimFeatures]) -> bytes:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, **_DISPATCH}  # type: ignore[dict-item]
    pickler.dump(features)
    return buffer.getvalue()


def _loads(blob: bytes) -> list[ClaimFeatures]:
    features: list[ClaimFeatures] = pickle.loads(blob)
    return features


def _load(blob: bytes, start: int) -> list[ClaimFeatures]:
    """A partition's features, renumbered from ``start`` (their index in the collection)."""
    features = _loads(blob)
    for f in features:
        f.index += start
    return features


# --------------------------------------------------------------------------- 3-5 blocking


def _bucket(key: str, buckets: int) -> int:
    """A hash that is the same in every process (``hash(str)`` is salted per process)."""
    return zlib.crc32(key.encode("utf-8")) % buckets


_KeyRows = tuple[list[str], list[int], list[int], list[int]]  # key, claim, article, order


@_gc_paused
def _keys(blob: bytes, totals: _Totals, part: int, buckets: int) -> list[_KeyRows]:
    """Each claim's blocking keys with its claim and article numbers and its
    :func:`~claimx.linking.blocking.order_key`, by key bucket."""
    out: list[_KeyRows] = [([], [], [], []) for _ in range(buckets)]
    article = totals.article_starts[part] - 1
    previous = None
    for f in _load(blob, totals.claim_starts[part]):
        if f.ref.article != previous:  # an article's claims are consecutive
            article += 1
            previous = f.ref.article
        order = -1
        for key in claim_keys(f, totals.stats.stem_df, totals.entity_df):
            if order < 0:
                order = order_key(f)
            keys, claims, articles, orders = out[_bucket(key, buckets)]
            keys.append(key)
            claims.append(f.index)
            articles.append(article)
            orders.append(order)
    return out


_Votes = tuple[_Ints, _Ints, _Ints]  # i, j, votes


@_gc_paused
def _blocks(rows: Sequence[_KeyRows], buckets: int, max_block: int) -> list[_Votes]:
    """Group one key bucket's rows (from every partition, in partition order) into blocks;
    each block's pair votes, by vote bucket (first claim index modulo ``buckets``)."""
    blocks: dict[str, tuple[list[int], list[int], list[int]]] = {}
    for keys, claims, articles, orders in rows:
        for key, claim, article, order in zip(keys, claims, articles, orders, strict=True):
            block = blocks.setdefault(key, ([], [], []))
            block[0].append(claim)
            block[1].append(article)
            block[2].append(order)
    out: list[tuple[list[int], list[int], list[int]]] = [([], [], []) for _ in range(buckets)]
    for members, articles, orders in blocks.values():
        for i, j, votes in block_votes(members, articles, orders, max_block=max_block):
            first, second, weight = out[i % buckets]
            first.append(i)
            second.append(j)
            weight.append(votes)
    return [(_ints(i), _ints(j), _ints(v)) for i, j, v in out]


def _ints(values: Sequence[int]) -> _Ints:
    return np.asarray(values, dtype=np.int64)


@_gc_paused
def _candidates(votes: Sequence[_Votes], totals: _Totals) -> list[tuple[_Ints, _Ints]]:
    """One vote bucket's pairs with ``PAIR_VOTES``, by partition of their first claim."""
    first = np.concatenate([v[0] for v in votes])
    second = np.concatenate([v[1] for v in votes])
    weight = np.concatenate([v[2] for v in votes])
    n = max(totals.claims, 1)
    pair_keys, inverse = np.unique(first * n + second, return_inverse=True)
    kept = pair_keys[np.bincount(inverse, weights=weight) >= PAIR_VOTES]
    i, j = kept // n, kept % n
    parts = np.searchsorted(np.asarray(totals.claim_starts), i, side="right") - 1
    return [(i[parts == p], j[parts == p]) for p in range(len(totals.claim_starts))]


# --------------------------------------------------------------------------- 6 scoring


@dataclass
class _Scored:
    """The scored candidates of one partition: arrays by pair, and the links, pickled."""

    i: _Ints
    j: _Ints
    known: _Floats
    support: _Floats
    links: list[bytes]


@_gc_paused
def _score(
    candidates: Sequence[tuple[_Ints, _Ints]],
    blobs: Sequence[bytes],
    totals: _Totals,
    part: int,
    threshold: float,
    weights: Weights,
) -> _Scored:
    """Score the candidates whose first claim is in ``part`` (``blobs``: the partitions
    from ``part`` on, read one at a time beside ``part``)."""
    i = np.concatenate([c[0] for c in candidates])
    j = np.concatenate([c[1] for c in candidates])
    starts = totals.claim_starts
    ends = [*starts[1:], totals.claims]
    own = _load(blobs[0], starts[part])
    arrays: list[tuple[_Ints, _Ints, _Floats, _Floats]] = []
    links: list[bytes] = []
    for offset, blob in enumerate(blobs):
        q = part + offset
        mask = (j >= starts[q]) & (j < ends[q])
        if not mask.any():
            continue
        other = own if q == part else _load(blob, starts[q])
        features = {f.index: f for f in (own if q == part else [*own, *other])}
        ctx = ScoringContext(
            features=list(features.values()),
            part_of=totals.part_of,
            weights=weights,
            stats=totals.stats,
        )
        pairs = zip(i[mask].tolist(), j[mask].tolist(), strict=True)
        scores = score_pairs(ctx, features, pairs, threshold)
        # kept compact as soon as each partition is done: arrays and pickled links
        keys = list(scores.known)
        arrays.append(
            (
                _ints([a for a, _ in keys]),
                _ints([b for _, b in keys]),
                np.asarray([scores.known[k] for k in keys], dtype=np.float64),
                np.asarray([scores.support[k] for k in keys], dtype=np.float64),
            )
        )
        links.append(pickle.dumps(scores.links, protocol=pickle.HIGHEST_PROTOCOL))
        del other, features, ctx, scores, keys
    if not arrays:
        empty = np.zeros(0, dtype=np.float64)
        arrays.append((_ints([]), _ints([]), empty, empty))
    return _Scored(
        i=np.concatenate([a[0] for a in arrays]),
        j=np.concatenate([a[1] for a in arrays]),
        known=np.concatenate([a[2] for a in arrays]),
        support=np.concatenate([a[3] for a in arrays]),
        links=links,
    )


# --------------------------------------------------------------------------- 7 components


@dataclass
class _Components:
    """Per claim: its component (a claim index) and its batch (-1: no cluster to make)."""

    label: _Ints
    batch: _Ints


def _edges(scored: _Scored, threshold: float) -> tuple[_Ints, _Ints]:
    """The pairs the clustering can merge along: linked ones and supported ones."""
    mask = (scored.known >= threshold) | ((scored.support >= threshold) & (scored.known == 0))
    return scored.i[mask], scored.j[mask]


@_gc_paused
def _components(
    edges: Sequence[tuple[_Ints, _Ints]], totals: _Totals, batches: int, singletons: bool
) -> _Components:
    parent = list(range(totals.claims))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for first, second in edges:
        for a, b in zip(first.tolist(), second.tolist(), strict=True):
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    label = _ints([root(x) for x in range(totals.claims)])
    sizes = np.bincount(label, minlength=totals.claims)
    batch = label % max(batches, 1)
    if not singletons:
        batch[sizes[label] < 2] = -1
    return _Components(label=label, batch=batch)


# --------------------------------------------------------------------------- 8 clustering


@_gc_paused
def _route_features(
    blob: bytes, totals: _Totals, part: int, comps: _Components, batches: int
) -> list[bytes]:
    """A partition's features that some batch clusters, pickled per batch."""
    out: list[list[ClaimFeatures]] = [[] for _ in range(batches)]
    for f in _load(blob, totals.claim_starts[part]):
        b = int(comps.batch[f.index])
        if b >= 0:
            out[b].append(f)
    return [_dumps(fs) for fs in out]


_Pairs = tuple[_Ints, _Ints, _Floats, _Floats]


@_gc_paused
def _route_pairs(scored: _Scored, comps: _Components, batches: int) -> list[_Pairs]:
    """A partition's scored pairs inside one component, per batch."""
    same = comps.label[scored.i] == comps.label[scored.j]
    batch = comps.batch[scored.i]
    out: list[_Pairs] = []
    for b in range(batches):
        m = same & (batch == b)
        out.append((scored.i[m], scored.j[m], scored.known[m], scored.support[m]))
    return out


@_gc_paused
def _cluster(
    features_parts: Sequence[bytes],
    pair_parts: Sequence[_Pairs],
    totals: _Totals,
    threshold: float,
    linkage: float,
    weights: Weights,
    singletons: bool,
) -> list[ClaimCluster]:
    """Cluster one batch of components, renumbered 0..n-1 in collection order."""
    features: list[ClaimFeatures] = []
    for part in features_parts:
        features.extend(_loads(part))
    features.sort(key=lambda f: f.index)
    local = {f.index: k for k, f in enumerate(features)}
    for k, f in enumerate(features):
        f.index = k
    scores = PairScores()
    for i, j, known, support in pair_parts:
        for a, b, s, u in zip(
            i.tolist(), j.tolist(), known.tolist(), support.tolist(), strict=True
        ):
            key = (local[a], local[b])
            scores.known[key] = s
            scores.support[key] = u
    ctx = ScoringContext(
        features=features, part_of=totals.part_of, weights=weights, stats=totals.stats
    )
    return cluster_claims(
        features, ctx, scores, threshold=threshold, linkage=linkage, singletons=singletons
    )


# --------------------------------------------------------------------------- the graph


@_gc_paused
def _unpickle_links(blobs: list[bytes]) -> list[ClaimLink]:
    links: list[ClaimLink] = []
    for blob in blobs:
        links.extend(pickle.loads(blob))
    return links


@dataclass(frozen=True)
class LinkResult:
    """The lazy result of :func:`link`: two bags sharing one task graph."""

    clusters: dask.bag.Bag
    """:class:`~claimx.models.ClaimCluster` objects, in no particular order."""
    links: dask.bag.Bag
    """:class:`~claimx.models.ClaimLink` objects (score >= threshold), one per claim pair
    (the best scored of a multi-paragraph claim's parts: all parts of one claim pair are
    scored in one call of :func:`~claimx.linking.core.score_pairs`), in no particular
    order."""

    def to_graph(self) -> ClaimGraph:
        """Compute both bags (one pass over the graph) into a :class:`ClaimGraph` ordered as
        :func:`claimx.link` orders it."""
        import dask

        clusters, links = dask.compute(self.clusters, self.links)
        return ClaimGraph(
            clusters=tuple(sorted(clusters, key=cluster_order)),
            links=tuple(sorted(links, key=link_order)),
        )


def link(
    articles: dask.bag.Bag,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    linkage: float = DEFAULT_LINKAGE,
    weights: Weights | None = None,
    max_block: int = MAX_BLOCK,
    singletons: bool = False,
    buckets: int | None = None,
    batches: int | None = None,
) -> LinkResult:
    """Link the claims of a bag of :class:`~claimx.models.Article` across workers.

    The clusters and links equal ``claimx.link(articles, similarity="lexical", ...)`` over
    the bag's articles in order (other items, such as the
    :class:`~claimx.models.InputFailure` of ``parse_bag(errors="report")``, are skipped).
    Cross-lingual embeddings are not used here.

    Args:
        articles: A bag of articles (ids unique across the bag), e.g. from
            :func:`claimx.dask.parse_bag`. Its partitions set the unit of work: scoring
            holds at most two partitions' claim features in memory (~4 KB a claim).
        threshold, linkage, weights, max_block, singletons: as in :func:`claimx.link`.
        buckets: Tasks of the key and pair shuffles (default: the number of partitions).
        batches: Clustering tasks (default: the number of partitions).

    Returns:
        A :class:`LinkResult`; nothing is computed until it is.

    Raises:
        ValueError: a threshold out of ``[0, 1]`` (now); two articles with one id (when
            computed).
    """
    import dask
    import dask.bag as db

    if not 0.0 <= threshold <= 1.0 or not 0.0 <= linkage <= 1.0:
        raise ValueError(f"threshold and linkage must be in [0, 1], got {threshold}, {linkage}")
    weights = weights or Weights()
    delayed = dask.delayed
    # map_partitions + to_delayed (optimised) fuses each partition's producer (a parse, a
    # read) with _prepare into one task: a worker never holds a partition's Article objects
    # (~8 KB a claim) beyond the task that turns them into features
    parts = articles.map_partitions(_prepare_partition).to_delayed(optimize_graph=True)
    n = len(parts)
    k = max(1, buckets or n)
    c = max(1, batches or n)

    # A task whose result is split (nout) sends each consumer only its share.
    prepared = [delayed(_first, nout=2)(p) for p in parts]
    blobs = [p[0] for p in prepared]
    totals = delayed(_totals)([p[1] for p in prepared])
    keys = [delayed(_keys, nout=k)(blobs[p], totals, p, k) for p in range(n)]
    votes = [delayed(_blocks, nout=k)([r[b] for r in keys], k, max_block) for b in range(k)]
    candidates = [delayed(_candidates, nout=n)([v[b] for v in votes], totals) for b in range(k)]
    scored = [
        delayed(_score)([c[p] for c in candidates], blobs[p:], totals, p, threshold, weights)
        for p in range(n)
    ]
    edges = [delayed(_edges)(s, threshold) for s in scored]
    comps = delayed(_components)(edges, totals, c, singletons)
    routed_features = [
        delayed(_route_features, nout=c)(blobs[p], totals, p, comps, c) for p in range(n)
    ]
    routed_pairs = [delayed(_route_pairs, nout=c)(s, comps, c) for s in scored]
    clusters = [
        delayed(_cluster)(
            [f[b] for f in routed_features],
            [r[b] for r in routed_pairs],
            totals,
            threshold,
            linkage,
            weights,
            singletons,
        )
        for b in range(c)
    ]
    links = [delayed(_unpickle_links)(delayed(operator.attrgetter("links"))(s)) for s in scored]
    return LinkResult(clusters=db.from_delayed(clusters), links=db.from_delayed(links))
