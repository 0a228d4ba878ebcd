"""The public API surface and the end-to-end flow on the real pipeline."""

from __future__ import annotations

import subprocess
import sys

import claimx


def test_all_is_explicit_and_resolvable() -> None:
    for name in claimx.__all__:
        assert getattr(claimx, name) is not None


def test_import_loads_no_model_and_no_dateparser() -> None:
    code = "import sys, claimx; print('spacy' in sys.modules, 'dateparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_parse_returns_article_with_valid_offsets() -> None:
    text = "Big news\n\nThe minister said on Friday that taxes would fall.\n\nsource site-3"
    article = claimx.parse(text, published="2024-05-31")
    assert article.text == text
    assert [p.kind for p in article.paragraphs] == ["headline", "body"]
    assert [b.text for b in article.boilerplate] == ["source site-3"]
    for span in (*article.paragraphs, *article.boilerplate, *article.dates):
        assert text[span.start : span.end] == span.text


def test_parse_many_streams_in_order_and_matches_parse() -> None:
    texts = [
        "The minister said on Friday that taxes would fall.",
        "",
        "“We will not give up,” the mayor told reporters.",
    ]
    many = list(claimx.parse_many(texts, language="en", batch_size=2))
    assert [a.text for a in many] == texts
    single = [claimx.parse(t, language="en") for t in texts]
    assert [a.model_dump() for a in many] == [a.model_dump() for a in single]


def test_parse_many_two_processes_gives_the_same_articles() -> None:
    records = [
        {"id": f"a{i}", "text": f"Officials in city {i} said the bridge would reopen in May."}
        for i in range(4)
    ]
    one = list(claimx.parse_many(records, language="en", batch_size=2))
    two = list(claimx.parse_many(records, language="en", batch_size=2, n_process=2))
    assert [a.id for a in two] == ["a0", "a1", "a2", "a3"]
    assert [a.model_dump() for a in one] == [a.model_dump() for a in two]
    assert all(a.claims for a in two)


def test_parse_many_two_processes_keep_order_behind_a_long_chunk() -> None:
    # a long first article, then more one-article chunks than the pool holds: the workers
    # go on while the first is parsed, and the results still come in input order
    long_text = "\n\n".join(
        f"Officials in district {i} said on Monday that the canal would close for repairs."
        for i in range(40)
    )
    records = [{"id": "long", "text": long_text}] + [
        {"id": f"s{i}", "text": f"Mayor Ilse Varn of town {i} said the ferry would run again."}
        for i in range(24)
    ]
    one = list(claimx.parse_many(records, language="en", batch_size=1))
    two = list(claimx.parse_many(records, language="en", batch_size=1, n_process=2))
    assert [a.id for a in two] == [r["id"] for r in records]
    assert [a.model_dump() for a in two] == [a.model_dump() for a in one]
    assert len(two[0].claims) >= 20


def test_parse_many_is_lazy() -> None:
    seen: list[int] = []

    def stream():  # type: ignore[no-untyped-def]
        for i in range(1000):
            seen.append(i)
            yield f"Report number {i} said prices rose."

    first = next(iter(claimx.parse_many(stream(), language="en", batch_size=4)))
    assert first.text == "Report number 0 said prices rose."
    assert len(seen) < 100  # not the whole stream


def test_unattributed_assertions_are_opt_in() -> None:
    text = "Prices rose sharply across the region in March.\n\nThe minister said taxes would fall."
    default = claimx.parse(text, language="en")
    assert all(c.speaker is not None for c in default.claims)
    opted = claimx.parse(text, language="en", unattributed=True)
    outlet = [c for c in opted.claims if c.speaker is None and c.cue is None]
    assert [c.content_text for c in outlet] == ["Prices rose sharply across the region in March"]
    assert len(opted.claims) == len(default.claims) + 1


def test_unbalanced_quote_is_reported_not_fatal() -> None:
    text = "The mayor said “the bridge will reopen in May.\n\nOfficials said costs doubled."
    article = claimx.parse(text, language="en")
    codes = [d.code for d in article.diagnostics]
    assert "unbalanced-quotes" in codes
    assert any(c.content_text == "costs doubled" for c in article.claims)


def test_dir_lists_the_public_api_only() -> None:
    names = dir(claimx)
    assert names == sorted(claimx.__all__)
    assert {"parse", "parse_many", "link", "load_pipeline", "Article", "Claim"} <= set(names)
    assert not {"Any", "TYPE_CHECKING", "logging", "annotations"} & set(names)


def test_spacy_factories_entry_points_load_from_their_stage_packages() -> None:
    from importlib.metadata import entry_points

    found = {
        ep.name: ep
        for ep in entry_points(group="spacy_factories")
        if ep.value.startswith("claimx.")
    }
    assert set(found) == {
        "claimx_paragraphs",
        "claimx_quotations",
        "claimx_quotation_joins",
        "claimx_entities",
        "claimx_dates",
        "claimx_attribution",
        "claimx_shallow_attribution",
    }
    for name, ep in found.items():
        assert ep.module.endswith(".component"), name
        assert callable(ep.load())
