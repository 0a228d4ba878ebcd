"""claimx.dask: parse and link on Dask give what parse_many and link give in one process.

Dask is in the ``test`` extra, so these tests always run. Equality checks use the
synchronous scheduler (fast, same code path per partition); one test runs a real
``LocalCluster`` of two worker processes.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import dask
import dask.bag as db
import pandas as pd
import pytest
from _seeds import seed_text

import claimx
import claimx.dask as cdask
from claimx.errors import SchemaError
from claimx.models import Article, InputFailure

if TYPE_CHECKING:
    from distributed import Client

RECORDS = [
    {
        "id": "r1",
        "text": "Harbour chief Lina Osterby said on Monday that the new ferry would start "
        "in June.\n\n“We are ready,” Osterby told the Valmora Post.",
        "published": "2025-03-03",
        "source": "valmora-post",
    },
    {
        "id": "r2",
        "text": "The council of Brenholt announced that taxes would rise next year, "
        "according to mayor Pavel Iversen.",
        "published": "2025-03-04",
    },
    {"id": "r3", "text": "", "published": "2025-03-04"},
    {"id": "r4", "text": seed_text("000"), "published": "2024-05-31", "language": "en"},
    {"id": "r5", "text": seed_text("001"), "published": "2024-05-30", "language": "en"},
    {
        "id": "r6",
        "text": "Le ministre Paul Durand a déclaré mardi que la réforme serait votée en mai.",
        "language": "fr",
    },
]


def _dumps(items: list[Article | InputFailure]) -> list[dict[str, object]]:
    return [item.model_dump() for item in items]


def test_import_claimx_does_not_import_dask() -> None:
    import subprocess
    import sys

    code = "import sys, claimx; claimx.parse_many; print('dask' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False"]


def test_parse_bag_takes_a_default_publication_date() -> None:
    records = [{"id": "p1", "text": "The mayor said on Friday that the bridge would reopen."}]
    expected = list(claimx.parse_many(records, published="2025-05-02"))
    with dask.config.set(scheduler="synchronous"):
        got = cdask.parse_bag(db.from_sequence(records), published="2025-05-02").compute()
    assert got[0].published is not None
    assert _dumps(got) == _dumps(expected)


def test_parse_bag_equals_parse_many_synchronous() -> None:
    expected = list(claimx.parse_many(RECORDS, batch_size=2))
    bag = db.from_sequence(RECORDS, npartitions=3)
    with dask.config.set(scheduler="synchronous"):
        got = cdask.parse_bag(bag, batch_size=2).compute()
    assert [a.id for a in got] == [r["id"] for r in RECORDS]
    assert _dumps(got) == _dumps(expected)
    assert sum(len(a.claims) for a in got) >= 4


def test_parse_bag_reports_bad_items_in_place() -> None:
    records = [RECORDS[0], {"id": "bad", "text": 42}, {"text": "x", "published": "not a date"}]
    expected = list(claimx.parse_many(records, errors="report"))
    with dask.config.set(scheduler="synchronous"):
        got = cdask.parse_bag(db.from_sequence(records, npartitions=2), errors="report").compute()
    assert [type(x).__name__ for x in got] == ["Article", "InputFailure", "InputFailure"]
    assert _dumps(got) == _dumps(expected)


def test_parse_bag_raises_like_parse_many() -> None:
    bag = db.from_sequence([RECORDS[0], {"id": "bad", "text": 42}], npartitions=1)
    with pytest.raises(SchemaError, match="item 1"), dask.config.set(scheduler="synchronous"):
        cdask.parse_bag(bag).compute()


def test_parse_frame_reads_columns_and_skips_missing_cells() -> None:
    import dask.dataframe as dd

    frame = pd.DataFrame(
        {
            "id": ["f1", "f2"],
            "text": [RECORDS[0]["text"], RECORDS[1]["text"]],
            "published": ["2025-03-03", None],
            "extra": [1, 2],
        }
    )
    records = [
        {"id": "f1", "text": RECORDS[0]["text"], "published": "2025-03-03"},
        {"id": "f2", "text": RECORDS[1]["text"]},
    ]
    expected = list(claimx.parse_many(records))
    with dask.config.set(scheduler="synchronous"):
        got = cdask.parse_frame(dd.from_pandas(frame, npartitions=2)).compute()
    assert _dumps(got) == _dumps(expected)
    assert got[1].published is None


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """A LocalCluster of two worker processes of one thread each, for this module."""
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


def test_parse_bag_on_a_local_cluster_of_two_processes(client: Client) -> None:
    expected = list(claimx.parse_many(RECORDS[:4], batch_size=2))
    bag = db.from_sequence(RECORDS[:4], npartitions=4)
    got = cdask.parse_bag(bag, batch_size=2).compute()
    # the pipeline is loaded once per worker, by the first partition it parses
    loads = client.run(_pipeline_loads)
    assert _dumps(got) == _dumps(expected)
    assert len(loads) == 2
    assert all(n <= 1 for n in loads.values())
    assert sum(loads.values()) >= 1


def _pipeline_loads() -> int:
    from claimx.pipeline import load_pipeline

    return int(load_pipeline.cache_info().currsize)


# --------------------------------------------------------------------------- linking


def _synthetic(n_claims: int, seed: int = 7) -> list[Article]:
    """Articles of ~6 claims: stories restated by 1-4 outlets with words changed, named
    speakers shared by several stories, entity names scoped per story, and sentences of
    no story at all (invented names and words throughout)."""
    import random

    from claimx.models import Claim, Cue, Entity, Speaker, TextSpan

    rng = random.Random(seed)
    common = ["harbour", "ferry", "council", "budget", "bridge", "tariff", "vote", "strike"]
    syllables = ["ka", "lo", "mi", "ren", "to", "sa", "vu", "del", "qi", "nor", "bel"]
    # invented content words, rare enough to be blocking keys
    words = common + sorted({"".join(rng.sample(syllables, 3)) for _ in range(300)})
    places = ["Valmora", "Brenholt", "Osterby", "Kelvane", "Durnwick", "Pellaro", "Istrava"]
    speakers = ["Lina Osterby", "Pavel Iversen", "Mara Quill", "Tomas Vey", "Ida Renk"]
    n_articles = max(2, n_claims // 6)
    pieces: list[list[tuple[str, str, str | None, int]]] = [[] for _ in range(n_articles)]
    made = story = 0
    # statements recur across stories, as real ones do ("prices will rise"), told by other
    # speakers about other places
    pool = [rng.sample(words, 7) for _ in range(max(10, n_claims // 40))]
    while made < n_claims:
        base = rng.choice(pool)
        # a place of the story's own (stories are told about particular places), or a
        # common one
        n, name = story + 1, ""
        while n:
            n, r = divmod(n, len(syllables))
            name += syllables[r]
        place = name.capitalize() + "mark" if rng.random() < 0.8 else rng.choice(places)
        r = rng.random()
        # a named speaker, a role noun that may be anyone, or none (the outlet)
        who = rng.choice(speakers) if r < 0.55 else "A spokesman" if r < 0.8 else None
        copies = min(rng.randint(1, 4), n_claims - made)
        for target in rng.sample(range(n_articles), copies):
            change = rng.choice((0.1, 0.3))  # a close or a loose restatement
            text = [w if rng.random() > change else rng.choice(common) for w in base]
            number = story % 50 if rng.random() < 0.8 else story % 50 + 3  # some disagree
            content = f"the {' '.join(text)} in {place} will change by {number} percent"
            pieces[target].append((content, place, who, story))
            made += 1
        story += 1
    articles = []
    for k, items in enumerate(pieces):
        text = ""
        claims = []
        mentions: dict[str, list[TextSpan]] = {}
        for c, (content, place, who, story) in enumerate(items):
            text += "\n\n" if text else ""
            speaker = cue = None
            if who:
                # one name, resolved to one of a few people ("Mara Quill" of two stories
                # may be two people)
                resolved = f"{who} {story % 3}" if who != "A spokesman" else None
                speaker = Speaker(
                    start=len(text), end=len(text) + len(who), text=who, resolved=resolved
                )
                text += who + " "
                cue = Cue(start=len(text), end=len(text) + 4, text="said", lemma="say")
                text += "said that "
            start = len(text)
            text += content
            p0 = start + content.index(place)
            mentions.setdefault(place, []).append(
                TextSpan(start=p0, end=p0 + len(place), text=place)
            )
            span = TextSpan(start=start, end=len(text), text=content)
            text += "."
            claims.append(
                Claim(id=f"c{c}", speaker=speaker, cue=cue, content=(span,), quote="indirect")
            )
        entities = tuple(
            Entity(id=f"e{e}", label="GPE", name=name, mentions=tuple(spans))
            for e, (name, spans) in enumerate(sorted(mentions.items()))
        )
        articles.append(
            Article(id=f"a{k}", language="en", text=text, entities=entities, claims=tuple(claims))
        )
    return articles


def test_link_equals_claimx_link_on_synthetic_claims() -> None:
    articles = _synthetic(3000)
    assert sum(len(a.claims) for a in articles) == 3000
    expected = claimx.link(articles, similarity="lexical")
    bag = db.from_sequence(articles, npartitions=5)
    with dask.config.set(scheduler="synchronous"):
        got = cdask.link(bag, buckets=3, batches=4).to_graph()
    assert len(expected.clusters) > 100
    assert any(len(c.members) > 2 for c in expected.clusters)
    assert any(c.conflicts for c in expected.clusters)
    assert got.clusters == expected.clusters
    assert got.links == expected.links


def test_link_on_a_local_cluster_of_two_processes(client: Client) -> None:
    articles = _synthetic(600, seed=3)
    expected = claimx.link(articles, similarity="lexical", singletons=True)
    got = cdask.link(db.from_sequence(articles, npartitions=3), singletons=True).to_graph()
    assert len(got.clusters) == 600 - sum(len(c.members) - 1 for c in got.clusters)
    assert got == expected


def test_link_rejects_duplicate_article_ids() -> None:
    articles = _synthetic(40)
    bag = db.from_sequence([*articles, articles[0]], npartitions=2)
    with (
        pytest.raises(ValueError, match="duplicate article id"),
        dask.config.set(scheduler="synchronous"),
    ):
        cdask.link(bag).to_graph()


def test_link_of_no_claims_is_empty() -> None:
    bag = db.from_sequence([Article(id="x", language="en", text="")], npartitions=1)
    with dask.config.set(scheduler="synchronous"):
        assert cdask.link(bag).to_graph() == claimx.link([])


def test_dask_command_line_writes_articles_errors_and_clusters(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    lines = [json.dumps(r) for r in RECORDS[:2]]
    source = tmp_path / "in.jsonl"
    source.write_text(f"{lines[0]}\nnot json\n{lines[1]}\n", encoding="utf-8")
    out = tmp_path / "out"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "claimx.dask",
            "parse",
            str(source),
            "-o",
            str(out),
            "--scheduler",
            "synchronous",
            "--link",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "2 articles, 1 failed inputs, 0 clusters" in done.stderr
    table = pd.read_parquet(out / "articles")
    articles = [Article.model_validate_json(j) for j in table["article_json"]]
    assert [(a.id, a.source) for a in articles] == [("r1", "valmora-post"), ("r2", f"{source}:3")]
    expected = list(claimx.parse_many([RECORDS[0], {**RECORDS[1], "source": f"{source}:3"}]))
    assert _dumps(articles) == _dumps(expected)
    claims = pd.read_parquet(out / "claims").reset_index(drop=True)
    pd.testing.assert_frame_equal(claims, claimx.to_pandas(expected), check_dtype=False)
    errors = [
        InputFailure.model_validate_json(line)
        for path in out.glob("errors-*.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert [(e.source, e.error) for e in errors] == [(f"{source}:2", "SchemaError")]


def test_write_parquet_has_to_pandas_columns_and_article_records(tmp_path: Path) -> None:
    articles = list(claimx.parse_many(RECORDS))
    bag = db.from_sequence(articles, npartitions=3)
    with dask.config.set(scheduler="synchronous"):
        written = cdask.write_parquet(bag, tmp_path)
    claims = pd.read_parquet(tmp_path / "claims").reset_index(drop=True)
    expected = claimx.to_pandas(articles)
    assert written == len(expected) >= 4
    pd.testing.assert_frame_equal(claims, expected, check_dtype=False)
    assert list(claims.columns) == list(expected.columns)
    records = pd.read_parquet(tmp_path / "articles")
    assert list(records["article_id"]) == [a.id for a in articles]
    back = [Article.model_validate_json(j) for j in records["article_json"]]
    assert back == articles


def test_dask_command_line_rejects_a_bad_date(tmp_path: Path) -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "claimx.dask",
            "parse",
            str(tmp_path),
            "-o",
            str(tmp_path / "o"),
            "--scheduler",
            "synchronous",
            "--published",
            "not a date",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 2
    assert "--published" in done.stderr
    assert "Traceback" not in done.stderr


def test_link_bag_holds_one_link_per_pair_of_a_multi_paragraph_claim() -> None:
    # a quotation run over two paragraphs is one claim scored part by part; the lazy bag of
    # links, not only ``to_graph``, keeps the best link of each claim pair
    run = (
        "“The tram depot at Selwick will move to the old rail yard,” planning chief Oren Dahl "
        "said on Monday.\n\n“The tram depot at Selwick will move to the old rail yard next "
        "spring.”"
    )
    retold = (
        "Planning chief Oren Dahl said on Monday that the tram depot at Selwick will move to "
        "the old rail yard next spring."
    )
    articles = [
        claimx.parse(text, id=name, language="en", published="2024-05-01")
        for name, text in (("run", run), ("retold", retold))
    ]
    assert [len(a.claims[0].content) for a in articles] == [2, 1]
    expected = claimx.link(articles)
    bag = db.from_sequence(articles, npartitions=2)
    with dask.config.set(scheduler="synchronous"):
        result = cdask.link(bag)
        links = result.links.compute()
        graph = result.to_graph()
    assert len(expected.links) == 1
    pairs = [(link.a, link.b) for link in links]
    assert len(pairs) == len(set(pairs)) == 1
    assert graph == expected
