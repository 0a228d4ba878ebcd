"""The linker compares a quotation run paragraph by paragraph (``paragraph_parts``).

One claim whose quotation runs over two paragraphs may be reported by another outlet from
either paragraph; the linker scores each part, and the claim still sits in one cluster
with one link per partner. Invented people and places; the real pipeline parses every text.
"""

from __future__ import annotations

import itertools

import claimx
from claimx.linking.core import _features
from claimx.linking.features import paragraph_parts

RUN = (
    "“Harbour fees at Brindlemoor will double in March,” port director Mara Quill said on "
    "Monday.\n\n“The ferry line from Brindlemoor to Varnholm will close for the whole winter.”"
)
FERRY = (
    "Port director Mara Quill said on Monday that the ferry line from Brindlemoor to Varnholm "
    "will close for the whole winter."
)
FEES = (
    "Port director Mara Quill said on Monday that harbour fees at Brindlemoor will double in March."
)


def _parse(text: str, article_id: str) -> claimx.Article:
    return claimx.parse(text, id=article_id, language="en", published="2024-05-01")


def test_a_quotation_run_has_one_part_per_paragraph() -> None:
    article = _parse(RUN, "run")
    (claim,) = article.claims
    parts = paragraph_parts(article, claim)
    assert [p.content_text for p in parts] == [
        "Harbour fees at Brindlemoor will double in March",
        "The ferry line from Brindlemoor to Varnholm will close for the whole winter",
    ]
    assert [p.paragraph for p in parts] == [0, 1]
    assert {p.id for p in parts} == {claim.id}
    features, _ = _features([article])
    assert [f.part for f in features] == [0, 1]
    single = _parse(FEES, "fees")
    assert paragraph_parts(single, single.claims[0]) == [single.claims[0]]


def test_another_outlet_reporting_the_second_paragraph_links_to_the_run() -> None:
    run, ferry = _parse(RUN, "run"), _parse(FERRY, "ferry")
    graph = claimx.link([run, ferry])
    assert [sorted(r.article for r in c.members) for c in graph.clusters] == [["ferry", "run"]]
    assert [(link.a.article, link.b.article) for link in graph.links] == [("ferry", "run")]


def test_a_run_sits_in_one_cluster_with_one_link_per_partner() -> None:
    articles = [_parse(RUN, "run"), _parse(FERRY, "ferry"), _parse(FEES, "fees")]
    graph = claimx.link(articles, singletons=True)
    members = [r for c in graph.clusters for r in c.members]
    assert len(members) == len(set(members)) == 3
    pairs = [(link.a, link.b) for link in graph.links]
    assert len(pairs) == len(set(pairs))
    assert all(a != b for a, b in pairs)
    run_links = {
        link.a.article if link.b.article == "run" else link.b.article
        for link in graph.links
        if "run" in (link.a.article, link.b.article)
    }
    assert run_links == {"ferry", "fees"}
    for a, b in itertools.combinations(graph.clusters, 2):
        assert not set(a.members) & set(b.members)
