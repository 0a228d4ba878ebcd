"""The ``claimx`` command line, run as a real subprocess (``python -m claimx``)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from _cli import run_claimx

from claimx import __version__
from claimx.cli import main
from claimx.models import Article, InputFailure, ParseResult

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def run(*args: str, stdin: str | bytes | None = None) -> subprocess.CompletedProcess[str]:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    proc = run_claimx(*args, stdin=data)
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode()
    )


def assert_no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr
    assert "Traceback" not in proc.stdout


def test_version() -> None:
    proc = run("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"claimx {__version__}"


def test_corpus_json_uses_metadata_sidecar() -> None:
    proc = run("parse", "corpus/", "--published", "2000-01-01")  # piped: JSON by default
    assert proc.returncode == 0, proc.stderr
    result = ParseResult.model_validate_json(proc.stdout)
    result = result.model_copy(  # corpus/meantime/ (multilingual sample): test_crosslingual.py
        update={"articles": tuple(a for a in result.articles if not a.id.startswith("meantime-"))}
    )
    assert [a.id for a in result.articles] == ["000_7567d1e6eaa96bea", "001_e40566a6a020a34a"]
    # the sidecar's dates win over --published, which only fills in missing dates
    assert [a.published.date().isoformat() for a in result.articles if a.published] == [
        "2024-05-31",
        "2024-05-30",
    ]
    assert result.errors == ()
    assert "clusters" not in json.loads(proc.stdout)
    assert all(a.source and "English translation" in a.source for a in result.articles)


def test_stdin_table_and_published_default() -> None:
    text = "Tax plan\n\nThe minister said on Friday that taxes would fall.\n"
    proc = run("parse", "-", "--format", "table", "--published", "2024-05-31", stdin=text)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "== " in out
    assert "<stdin>" in out
    assert "published: 2024-05-31" in out
    assert "Claims (" in out
    assert "Dates (" in out


def test_jsonl_in_and_out_with_bad_lines(tmp_path: Path) -> None:
    records = tmp_path / "batch.jsonl"
    records.write_text(
        json.dumps({"id": "a", "text": "The mayor said the bridge would reopen in June."})
        + "\nnot json at all\n"
        + json.dumps({"id": "b", "title": "no text"})
        + "\n\n"
        + json.dumps({"id": "c", "text": "Rain is expected.", "published": "2024-02-03"})
        + "\n",
        encoding="utf-8",
    )
    proc = run("parse", str(records), "--format", "jsonl", "--published", "2024-05-31")
    assert proc.returncode == 0
    assert_no_traceback(proc)
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    articles = [Article.model_validate(x) for x in lines if "text" in x]
    failures = [InputFailure.model_validate(x) for x in lines if "error" in x]
    assert [a.id for a in articles] == ["a", "c"]
    assert [a.published.date().isoformat() for a in articles if a.published] == [
        "2024-05-31",
        "2024-02-03",
    ]
    assert [f.source for f in failures] == [f"{records}:2", f"{records}:3"]
    assert [f.error for f in failures] == ["SchemaError", "SchemaError"]
    # each failure is one line on stderr too
    assert sum(1 for line in proc.stderr.splitlines() if "error:" in line) == 2


def test_directory_with_sidecar_and_output_file(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "one.txt").write_text("The minister said taxes would fall.\n")
    (tmp_path / "sub" / "one.meta.json").write_text(
        json.dumps({"published": "2023-03-04", "title": "Taxes", "id": "one"})
    )
    (tmp_path / "two.txt").write_text("The mayor said the bridge would reopen.\n")
    (tmp_path / "metadata.json").write_text(
        json.dumps({"two.txt": {"published": "2022-01-02", "source": "Town paper"}})
    )
    (tmp_path / "ignored.csv").write_text("a,b\n")
    out = tmp_path / "result.json"
    proc = run("parse", str(tmp_path), "--output", str(out))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    result = ParseResult.model_validate_json(out.read_text())
    by_id = {a.id: a for a in result.articles}
    assert by_id["one"].title == "Taxes"
    assert by_id["one"].published is not None
    assert by_id["one"].published.date().isoformat() == "2023-03-04"
    other = next(a for a in result.articles if a.id != "one")
    assert other.source == "Town paper"
    assert other.published is not None
    assert other.published.year == 2022
    assert len(result.articles) == 2


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["parse", "corpus/", "--published", "not-a-date"], "--published"),
        (["parse", "corpus/", "--batch-size", "0"], "--batch-size"),
        (["parse", "corpus/", "--format", "xml"], "--format"),
        (["parse"], "PATH"),
    ],
)
def test_usage_errors_are_one_line_exit_2(
    args: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert err.startswith("claimx: error:")
    assert needle in err


def test_usage_error_in_subprocess_has_no_traceback() -> None:
    proc = run("parse", "corpus/", "--published", "31/05/2024x")
    assert proc.returncode == 2
    assert_no_traceback(proc)
    assert proc.stderr.count("\n") == 1
    assert proc.stdout == ""


def test_link_adds_clusters_across_the_two_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    seeds = [str(p) for p in sorted(CORPUS.glob("*.txt"))]
    assert len(seeds) == 2
    code = main(["parse", *seeds, "--link", "--format", "json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    result = ParseResult.model_validate_json(captured.out)
    assert result.clusters is not None
    claims = {(a.id, c.id) for a in result.articles for c in a.claims}
    for cluster in result.clusters:
        assert {(m.article, m.claim) for m in cluster.members} <= claims
    # both outlets report the same statements (the seed linking tests name them): at
    # least one cluster joins a claim of each article
    across = [c for c in result.clusters if len({m.article for m in c.members}) == 2]
    assert across, result.clusters


def test_all_inputs_failing_exits_1_and_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.txt"
    assert main(["parse", str(missing), "--format", "json"]) == 1
    out = capsys.readouterr()
    result = ParseResult.model_validate_json(out.out)
    assert result.articles == ()
    assert result.errors[0].source == str(missing)
    assert "no such file" in out.err
    good = tmp_path / "good.txt"
    good.write_text("The minister said taxes would fall.")
    assert main(["parse", str(good), str(missing), "--format", "json"]) == 0
    capsys.readouterr()
    assert main(["parse", str(good), str(missing), "--format", "json", "--strict"]) == 1
    capsys.readouterr()


def test_lang_option_unsupported_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(CORPUS), "--lang", "english"]) == 2
    assert "--lang" in capsys.readouterr().err


def test_missing_model_is_one_line_exit_1() -> None:
    env_proc = subprocess.run(
        [sys.executable, "-m", "claimx", "parse", "-", "--format", "json"],
        input=b"The minister said taxes would fall.",
        capture_output=True,
        timeout=120,
        check=False,
        cwd=ROOT,
        env={**_env(), "CLAIMX_PIPELINE_EN": "no_such_pipeline_package"},
    )
    err = env_proc.stderr.decode()
    assert env_proc.returncode == 1
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert "pip install" in err


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)
