"""Large blocks: a statement reprinted by many outlets is linked, never dropped (issue #17).

Articles are parsed once by the real pipeline and copied under new ids (the copies of a wire
story); blocks above ``max_block`` are read as sorted neighbourhoods and exact duplicates are
collapsed before clustering.
"""

from __future__ import annotations

import dataclasses

import dask
import dask.bag as db

import claimx
import claimx.dask as cdask
from claimx.linking.blocking import (
    MAX_BLOCK,
    PAIR_VOTES,
    block_votes,
    candidate_pairs,
    duplicate_key,
    order_key,
)
from claimx.linking.core import _features
from claimx.models import Article

HARBOUR = (
    "Harbour council spokeswoman Delia Varga said on Tuesday that the ferry terminal in "
    "Brindlemoor will close for repairs in March."
)
MINES = (
    "Mining minister Oskar Thale told reporters that the copper mine near Vellaspur "
    "would reopen after the floods with 400 new jobs."
)


def _copies(text: str, prefix: str, n: int) -> list[Article]:
    article = claimx.parse(text, id=f"{prefix}0", published="2024-05-01")
    assert len(article.claims) == 1, article.claims
    return [article.model_copy(update={"id": f"{prefix}{k}"}) for k in range(n)]


def _sizes(graph: claimx.ClaimGraph) -> list[int]:
    return [len(c.members) for c in graph.clusters]


def test_two_hundred_copies_of_one_statement_make_one_cluster() -> None:
    articles = _copies(HARBOUR, "h", 200)
    graph = claimx.link(articles)
    assert _sizes(graph) == [200]
    cluster = graph.clusters[0]
    assert {m.article for m in cluster.members} == {a.id for a in articles}
    assert 0.0 < cluster.confidence <= 1.0
    assert cluster.conflicts == ()
    # a chain of links, not all 19,900 pairs
    assert 199 <= len(graph.links) <= 200 * 3


def test_two_statements_by_two_speakers_repeated_make_two_clusters() -> None:
    articles = _copies(HARBOUR, "h", 100) + _copies(MINES, "m", 100)
    graph = claimx.link(articles)
    assert _sizes(graph) == [100, 100]
    for cluster in graph.clusters:
        assert len({m.article[0] for m in cluster.members}) == 1


def test_copies_just_above_the_block_cap_are_linked_as_below_it() -> None:
    below = claimx.link(_copies(HARBOUR, "h", MAX_BLOCK))
    above = claimx.link(_copies(HARBOUR, "h", MAX_BLOCK + 1))
    assert _sizes(below) == [MAX_BLOCK]
    assert _sizes(above) == [MAX_BLOCK + 1]
    assert above.clusters[0].representative == below.clusters[0].representative


def test_singletons_count_every_copy_once() -> None:
    articles = _copies(HARBOUR, "h", 60) + _copies(MINES, "m", 1)
    graph = claimx.link(articles, singletons=True)
    assert _sizes(graph) == [60, 1]


def test_duplicate_key_folds_case_and_punctuation_but_not_the_speaker() -> None:
    a = claimx.parse("Delia Varga said the ferry terminal will close.", id="a")
    c = claimx.parse("Oskar Thale said the ferry terminal will close.", id="c")
    features, _ = _features([a, c])
    assert len(features) == 2, [f.text for f in features]
    shouted = dataclasses.replace(features[0], text="The ferry  terminal, will CLOSE!")
    assert duplicate_key(features[0]) == duplicate_key(shouted)
    assert duplicate_key(features[0]) != duplicate_key(features[1])
    assert order_key(features[0]) == order_key(shouted)
    assert order_key(features[0]) != order_key(features[1])


def test_a_large_block_gives_a_bounded_neighbourhood() -> None:
    members = list(range(200))
    articles = [f"a{i}" for i in members]
    orders = [i // 2 for i in members]  # pairs of duplicates
    votes = list(block_votes(members, articles, orders, max_block=48, window=3))
    assert 0 < len(votes) <= 3 * len(members)
    assert (0, 1, PAIR_VOTES) in votes  # duplicates: a candidate on their own
    assert (1, 2, 1) in votes  # other neighbours: one vote
    assert all(j - i <= 3 for i, j, _ in votes)


def test_copies_never_pair_within_one_article() -> None:
    members = list(range(100))
    articles = ["x"] * 50 + [f"a{i}" for i in range(50)]
    votes = list(block_votes(members, articles, [7] * 100, max_block=48, window=3))
    assert votes
    assert all(articles[i] != articles[j] for i, j, _ in votes)


def test_candidates_of_many_copies_grow_linearly() -> None:
    small, _ = _features(_copies(HARBOUR, "h", 100))
    large, _ = _features(_copies(HARBOUR, "h", 400))
    assert len(candidate_pairs(large)) <= 4.5 * len(candidate_pairs(small))


def test_dask_link_equals_claimx_link_on_copies() -> None:
    articles = _copies(HARBOUR, "h", 90) + _copies(MINES, "m", 70)
    expected = claimx.link(articles, similarity="lexical")
    bag = db.from_sequence(articles, npartitions=4)
    with dask.config.set(scheduler="synchronous"):
        got = cdask.link(bag, buckets=3, batches=2).to_graph()
    assert _sizes(expected) == [90, 70]
    assert got.clusters == expected.clusters
    assert got.links == expected.links
