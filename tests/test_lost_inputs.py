"""Inputs that used to lose a whole run: each ends with the good inputs' results written
and one line about the bad one (issue #17). CLI cases run the real command line in a
subprocess; the worker-pool cases run in a subprocess with a timeout, so a hang fails.
"""

from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from _cli import ROOT, run_claimx

import claimx
from claimx.inputs import ArticleInput

STORY = (
    "Ferry pilot Jorun Asketil said on Friday that the Quellmouth crossing would resume "
    'in April. "The new hull has passed its trials," said Ines Woodhatch, who runs the '
    "Quellmouth ferry company."
)


def _stderr_lines(result: subprocess.CompletedProcess[bytes]) -> list[str]:
    lines = result.stderr.decode().splitlines()
    assert not any("Traceback" in line for line in lines), lines
    return lines


# --------------------------------------------------------------------------- surrogates


@pytest.mark.parametrize("field", ["text", "title", "source", "id"])
def test_cli_surrogate_in_any_field_is_replaced_and_reported(tmp_path: Path, field: str) -> None:
    good = {"id": "good", "text": STORY, "language": "en"}
    bad = {"id": "bad", "text": STORY, "language": "en", field: "Quell\ud800mouth"}
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    target = tmp_path / "out.json"
    result = run_claimx("parse", str(source), "-o", str(target))
    assert result.returncode == 0
    lines = _stderr_lines(result)
    replaced = [line for line in lines if "[surrogates-replaced]" in line]
    assert len(replaced) == 1
    assert f"{source}:2" in replaced[0]
    articles = json.loads(target.read_text(encoding="utf-8"))["articles"]
    assert len(articles) == 2
    assert "Quell\ufffdmouth" in articles[1][field]


def test_parse_and_parse_many_sanitize_every_string_field() -> None:
    article = claimx.parse(STORY, language="en", title="Ferry\udc80 news", source="Wire\ud800")
    assert article.title == "Ferry\ufffd news"
    assert article.source == "Wire\ufffd"
    assert [d.code for d in article.diagnostics].count("surrogates-replaced") == 2
    article.model_dump_json()  # serializes
    item = ArticleInput(text="Vessel\ud800 " + STORY, id="x\udfff", origin="feed\ud800")
    (parsed,) = claimx.parse_many([item], language="en")
    assert parsed.id == "x\ufffd"
    assert parsed.text.startswith("Vessel\ufffd ")
    parsed.model_dump_json()


def test_language_detection_survives_a_lone_surrogate() -> None:
    from claimx.language import detect_language

    assert detect_language("\ud800 " + STORY) == "en"


# --------------------------------------------------------------------------- duplicate ids


def test_cli_link_makes_duplicate_ids_unique(tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text(STORY, encoding="utf-8")
    copy = tmp_path / "copy_of_a.txt"
    copy.write_text(STORY, encoding="utf-8")
    target = tmp_path / "out.json"
    result = run_claimx("parse", str(first), str(copy), "--link", "--lang", "en", "-o", str(target))
    assert result.returncode == 0
    warnings = [line for line in _stderr_lines(result) if "[duplicate-id]" in line]
    assert len(warnings) == 1
    assert str(copy) in warnings[0]
    assert str(first) in warnings[0]
    data = json.loads(target.read_text(encoding="utf-8"))
    ids = [a["id"] for a in data["articles"]]
    assert ids[1] == f"{ids[0]}~2"
    linked = {m["article"] for c in data["clusters"] for m in c["members"]}
    assert linked == set(ids)


def test_api_link_still_rejects_duplicate_ids() -> None:
    article = claimx.parse(STORY, language="en")
    with pytest.raises(ValueError, match="duplicate article id"):
        claimx.link([article, article])


# --------------------------------------------------------------------------- files


def _without_root_privilege() -> None:  # pragma: no cover - runs in the child
    """As root, drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from the bounding set, so that
    file permissions apply to the command run after it."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def test_cli_unreadable_metadata_and_sidecar_do_not_stop_parsing(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "ferry.txt").write_text(STORY, encoding="utf-8")
    metadata = folder / "metadata.json"
    metadata.write_text('{"ferry.txt": {"language": "en"}}', encoding="utf-8")
    sidecar = folder / "ferry.meta.json"
    sidecar.write_text('{"published": "2024-04-02"}', encoding="utf-8")
    metadata.chmod(0)
    sidecar.chmod(0)
    target = tmp_path / "out.json"
    result = run_claimx("parse", str(folder), "-o", str(target), preexec_fn=_without_root_privilege)
    assert result.returncode == 0
    errors = [line for line in _stderr_lines(result) if line.startswith("claimx: error:")]
    assert errors == [
        f"claimx: error: {metadata}: InputError: cannot read file (Permission denied)",
        f"claimx: error: {sidecar}: InputError: cannot read file (Permission denied)",
    ]
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [a["source"] for a in data["articles"]] == [str(folder / "ferry.txt")]
    assert len(data["errors"]) == 2


def test_cli_names_a_fifo_as_such(tmp_path: Path) -> None:
    pipe = tmp_path / "feed"
    os.mkfifo(pipe)
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    target = tmp_path / "out.json"
    result = run_claimx("parse", str(pipe), str(story), "--lang", "en", "-o", str(target))
    assert result.returncode == 0
    errors = [line for line in _stderr_lines(result) if line.startswith("claimx: error:")]
    assert len(errors) == 1
    assert f"{pipe}: InputError: not a regular file (a named pipe)" in errors[0]
    assert len(json.loads(target.read_text(encoding="utf-8"))["articles"]) == 1


def test_cli_empty_published_is_a_usage_error(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    result = run_claimx("parse", str(story), "--published", "")
    assert result.returncode == 2
    lines = _stderr_lines(result)
    assert len(lines) == 1
    assert lines[0].startswith("claimx: error: --published: empty date")


# --------------------------------------------------------------------------- worker pool

_POOL_SCRIPT = """
import multiprocessing, sys
import claimx

items = [{"id": f"r{i}", "text": f"Captain Ysolde Marrick said berth {i} was ready."}
         for i in range(200)]
items[50] = {"id": "bad", "text": 50}
errors = sys.argv[1]
out, kept = [], None
try:
    for result in claimx.parse_many(items, language="en", n_process=2, batch_size=8,
                                    errors=errors):
        out.append(result)
except claimx.ClaimxError as exc:
    kept = exc  # a held exception must not keep the workers alive
print(len(out), sum(not isinstance(r, claimx.Article) for r in out),
      type(kept).__name__, len(multiprocessing.active_children()))
"""


@pytest.mark.parametrize(
    ("errors", "expected"), [("raise", "50 0 SchemaError 0"), ("report", "200 1 NoneType 0")]
)
def test_parse_many_two_processes_stop_after_a_bad_record(errors: str, expected: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_POOL_SCRIPT), errors],
        capture_output=True,
        timeout=300,  # the hang guard: a pool that never exits fails here
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout.decode().split("\n")[0] == expected


def test_cli_two_processes_report_a_bad_line_and_exit(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": f"r{i}", "text": f"Captain Ysolde Marrick said berth {i} was ready."})
        for i in range(200)
    ]
    lines[100] = json.dumps({"id": "odd", "text": "Captain Marrick\ud800 said it was ready."})
    lines[150] = '{"id": "broken", "text": "Captain Marrick'  # cut off: not JSON
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    target = tmp_path / "out.json"
    result = run_claimx("parse", str(source), "--n-process", "2", "--lang", "en", "-o", str(target))
    assert result.returncode == 0
    stderr = _stderr_lines(result)
    errors = [line for line in stderr if "error" in line]
    assert len(errors) == 1
    assert errors[0].startswith(f"claimx: error: {source}:151: SchemaError: not valid JSON (")
    assert any(f"{source}:101: [surrogates-replaced]" in line for line in stderr)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert len(data["articles"]) == 199
    assert [e["source"] for e in data["errors"]] == [f"{source}:151"]
