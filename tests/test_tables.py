"""Claims as tables: claimx.to_pandas, ClaimGraph.to_pandas/claims, Parquet and CSV."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from _cli import run_claimx
from _pages import news_page, two_outlets

import claimx
from claimx.models import Article, ClaimGraph
from claimx.tables import CLAIM_COLUMNS, CLUSTER_COLUMNS, write_table


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    return two_outlets()


def test_one_row_per_claim_with_flat_columns(articles: list[Article]) -> None:
    frame = claimx.to_pandas(articles)
    assert list(frame.columns) == [c.name for c in CLAIM_COLUMNS]
    claims = [(a, c) for a in articles for c in a.claims]
    assert len(frame) == len(claims)
    for (article, claim), row in zip(claims, frame.itertuples(index=False), strict=True):
        assert row.article_id == article.id
        assert row.claim_id == claim.id
        assert row.content == claim.content_text
        assert article.text[row.content_start : row.content_end].startswith(claim.content[0].text)
        assert row.quote == claim.quote
        assert row.stance == claim.stance
        if claim.speaker is not None:
            assert article.text[row.speaker_start : row.speaker_end] == row.speaker
        else:
            assert pd.isna(row.speaker)
        if claim.cue is not None:
            assert row.cue_lemma == claim.cue.lemma
        else:
            assert pd.isna(row.cue_lemma)
        assert (pd.isna(row.paragraph) and claim.paragraph is None) or (
            row.paragraph == claim.paragraph
        )
    for column in frame.columns:  # scalars only: no tuple, list or model in any cell
        assert frame[column].dtype != object, column
        assert all(pd.api.types.is_scalar(v) for v in frame[column]), column
    resolved = frame.set_index("speaker")["speaker_resolved"]
    assert resolved.get("Ilse Marrow, the council's transport director") is not None
    assert claimx.to_pandas(articles[0]).equals(frame[frame.article_id == "ledger"])


def test_parquet_and_csv_round_trip(articles: list[Article], tmp_path: Path) -> None:
    frame = claimx.to_pandas(articles)
    write_table(articles, str(tmp_path / "claims.parquet"), "parquet")
    back = pd.read_parquet(tmp_path / "claims.parquet")
    pd.testing.assert_frame_equal(back, frame)
    write_table(articles, str(tmp_path / "claims.csv"), "csv")
    csv = pd.read_csv(tmp_path / "claims.csv", dtype=str, keep_default_na=False)
    assert list(csv["claim_id"]) == list(frame["claim_id"])
    assert list(csv["content"]) == list(frame["content"])


def test_cli_writes_parquet_and_csv(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(news_page(), encoding="utf-8")
    out = tmp_path / "claims.parquet"
    proc = run_claimx("parse", str(page), "--format", "parquet", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    article = claimx.parse(news_page(), source=str(page))
    table = pd.read_parquet(out)
    assert list(table["content"]) == [c.content_text for c in article.claims]
    assert list(table["source"]) == [str(page)] * len(article.claims)
    proc = run_claimx("parse", str(page), "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.decode().splitlines()
    assert lines[0] == ",".join(c.name for c in CLAIM_COLUMNS)
    assert len(lines) == 1 + len(article.claims)
    # parquet to stdout is a usage error, as is --link with a table format
    proc = run_claimx("parse", str(page), "--format", "parquet")
    assert proc.returncode == 2
    assert b"-o FILE" in proc.stderr
    proc = run_claimx("parse", str(page), "--format", "csv", "--link")
    assert proc.returncode == 2


def test_missing_pandas_names_the_extra() -> None:
    code = (
        "import sys; sys.modules['pandas'] = None\n"
        "import claimx\n"
        "try:\n"
        "    claimx.to_pandas([])\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert 'pip install "claimx[pandas]"' in out.stdout


def test_import_claimx_loads_neither_pandas_nor_trafilatura() -> None:
    code = "import sys, claimx; print(sorted(m for m in ('pandas', 'pyarrow', 'trafilatura')"
    code += " if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_graph_gives_back_claims_and_a_member_table(articles: list[Article]) -> None:
    linked = claimx.link(articles)
    assert linked.clusters, "the two reports of the council's statement should link"
    # claimx.link keeps the articles it linked: the claims come back without help
    assert linked.claims(linked.clusters[0])
    # a graph read back from JSON has no articles until it is given them
    graph = ClaimGraph.model_validate_json(linked.model_dump_json())
    with pytest.raises(ValueError, match="with_articles"):
        graph.claims(graph.clusters[0])
    kept = graph.with_articles(articles)
    assert kept == graph  # the kept articles are not part of equality ...
    assert ClaimGraph.model_validate_json(kept.model_dump_json()) == graph  # ... nor of JSON
    assert "_articles" not in kept.model_dump()
    by_id = {(a.id, c.id): c for a in articles for c in a.claims}
    for cluster in kept.clusters:
        claims = kept.claims(cluster)
        assert claims == tuple(by_id[(r.article, r.claim)] for r in cluster.members)
        assert kept.claims(cluster.id) == claims
        assert graph.claims(cluster, articles) == claims
    frame = kept.to_pandas()
    names = [c.name for c in (*CLUSTER_COLUMNS, *CLAIM_COLUMNS)]
    assert list(frame.columns) == names
    assert len(frame) == sum(len(c.members) for c in graph.clusters)
    first = graph.clusters[0]
    rows = frame[frame.cluster_id == first.id]
    assert list(rows["claim_id"]) == [r.claim for r in first.members]
    assert rows["representative"].sum() == 1
    assert set(rows["confidence"]) == {first.confidence}
    with pytest.raises(KeyError):
        kept.claims("no-such-cluster")


def test_readme_notebook_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    root = Path(__file__).resolve().parent.parent
    monkeypatch.chdir(root)  # the example reads docs/examples/ from the repository root
    readme = (root / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Notebooks", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    namespace: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    claims = namespace["claims"]
    graph = namespace["graph"]
    assert isinstance(claims, pd.DataFrame)
    assert len(claims) == sum(len(a.claims) for a in namespace["articles"])  # type: ignore[attr-defined]
    assert isinstance(graph, ClaimGraph)
    assert graph.has_articles()


def test_every_column_is_documented() -> None:
    doc = (Path(__file__).resolve().parent.parent / "docs" / "data-model.md").read_text("utf-8")
    for column in (*CLAIM_COLUMNS, *CLUSTER_COLUMNS):
        assert f"| `{column.name}` | {column.type} | {column.doc} |" in doc
