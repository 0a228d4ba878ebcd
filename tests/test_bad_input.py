"""Messy and broken input: handled, reported, never a traceback.

CLI cases run the real command line in a subprocess (``python -m claimx``).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from _cli import run_claimx
from _spans import assert_offsets

import claimx
from claimx.models import ParseResult

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    proc = run_claimx(*args, stdin=stdin)
    assert b"Traceback" not in proc.stderr
    return proc


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", " \t\n \r\n  \u00a0\u2003 "])
def test_empty_or_whitespace_text_gives_empty_article(text: str) -> None:
    article = claimx.parse(text, language="en")
    assert article.text == text
    assert article.paragraphs == ()
    assert article.claims == ()
    assert article.entities == ()


def test_bad_files_in_a_batch_are_reported_and_the_rest_come_out(tmp_path: Path) -> None:
    good = tmp_path / "a_good.txt"
    good.write_text("The minister said on Friday that taxes would fall.\n", encoding="utf-8")
    latin1 = tmp_path / "b_latin1.txt"
    latin1.write_bytes("Le caf\xe9 said the owner, who was pleased.\n".encode("latin-1"))
    junk = tmp_path / "c_junk.txt"
    junk.write_bytes(bytes(range(256)) * 40)
    html = tmp_path / "d_page.html"
    html.write_text(
        "<!doctype html><html><head><title>t</title><script>var x = 1;</script></head>"
        "<body><h1>Bridge to reopen</h1><p>The mayor said the bridge would reopen &amp; "
        "traffic would return.</p><p>Officials agreed.</p></body></html>",
        encoding="utf-8",
    )
    records = tmp_path / "e_records.jsonl"
    records.write_text(
        '{"id": "r1", "text": "Police said the road was closed."}\n'
        "{this is not json\n"
        '{"id": "r3", "title": "missing text"}\n'
        '{"id": "r4", "text": "x", "published": "yesterday-ish"}\n'
        '{"id": "r5", "text": "Analysts said prices would rise."}\n',
        encoding="utf-8",
    )
    proc = run_cli("parse", str(tmp_path), "--format", "json", "--published", "2024-05-31")
    assert proc.returncode == 0
    result = ParseResult.model_validate_json(proc.stdout)
    by_source = {a.source: a for a in result.articles}
    assert set(by_source) == {
        str(good),
        str(latin1),
        str(html),
        f"{records}:1",
        f"{records}:5",
    }
    # Latin-1: decoded as Windows-1252 with a diagnostic, and a warning on stderr
    decoded = by_source[str(latin1)]
    assert decoded.text == "Le caf\xe9 said the owner, who was pleased.\n"
    assert [d.code for d in decoded.diagnostics] == ["decoded-as-cp1252"]
    stderr = proc.stderr.decode()
    assert "decoded-as-cp1252" in stderr
    # HTML: tags and scripts gone, entities decoded, blocks become paragraphs
    page = by_source[str(html)]
    assert "<" not in page.text
    assert "var x" not in page.text
    assert "reopen & traffic" in page.text
    assert "html-converted" in [d.code for d in page.diagnostics]
    assert [p.text for p in page.paragraphs][-1] == "Officials agreed."
    # failures: one line each on stderr and an InputFailure each in the output
    failed = {f.source: f.error for f in result.errors}
    assert failed == {
        str(junk): "InputError",
        f"{records}:2": "SchemaError",
        f"{records}:3": "SchemaError",
        f"{records}:4": "DateValueError",
    }
    error_lines = [line for line in stderr.splitlines() if line.startswith("claimx: error:")]
    assert len(error_lines) == 4
    for article in result.articles:
        assert_offsets(article)


def test_every_input_failing_exits_1() -> None:
    proc = run_cli("parse", "-", "--format", "json", stdin=b"\x00\x01\x02binary\x00" * 100)
    assert proc.returncode == 1
    result = ParseResult.model_validate_json(proc.stdout)
    assert result.articles == ()
    assert [f.source for f in result.errors] == ["<stdin>"]
    assert len(proc.stderr.decode().strip().splitlines()) == 1


def test_published_not_a_date_is_one_line_exit_2() -> None:
    proc = run_cli("parse", "-", "--published", "next tuesday", stdin=b"Text.")
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert err.count("\n") == 1
    assert "--published" in err
    assert "next tuesday" in err
    assert proc.stdout == b""


def test_jsonl_on_stdin_with_bad_lines() -> None:
    data = (
        json.dumps({"id": "ok", "text": "The minister said taxes would fall."})
        + "\n[1, 2]\n"
        + json.dumps({"id": "odd", "text": "Hi", "colour": "red"})
        + "\n"
    ).encode()
    proc = run_cli("parse", "-", "--format", "jsonl", stdin=data)
    assert proc.returncode == 0
    lines = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert [x["id"] for x in lines if "text" in x] == ["ok"]
    assert [x["source"] for x in lines if "error" in x] == ["<stdin>:2", "<stdin>:3"]


@pytest.mark.parametrize(
    "text",
    [
        'The minister said "taxes would fall.\n\nAnother paragraph said "nothing" and "more.',
        "He said \u201cit will rain\u201d and \u201cit won\u2019t.\n\n\u00bbUnclosed guillemet",
        '"""\n\n"\u201c\u201d\u201d\u201d" said nobody "',
    ],
)
def test_unbalanced_quotes_do_not_break_parsing(text: str) -> None:
    article = claimx.parse(text, language="en", published="2024-05-31")
    assert article.text == text
    assert len(article.paragraphs) >= 1
    assert_offsets(article)


def test_mixed_scripts_keep_offsets() -> None:
    text = (
        "Moscow\u2019s envoy said \u00abМосква не поставляет оружие\u00bb on Friday.\n\n"
        "\u5317\u4eac (Beijing) officials said \u201c\u6211\u4eec\u53cd\u5bf9\u201d, "
        "while \u05d9\u05e8\u05d5\u05e9\u05dc\u05d9\u05dd and \u0627\u0644\u0642\u0627\u0647"
        "\u0631\u0629 stayed silent. \U0001f680 \u0915\u0947 \u200f\u200e e\u0301\n\n"
        "The minister said taxes would fall."
    )
    article = claimx.parse(text, language="en", published="2024-05-31")
    assert article.text == text
    assert len(article.paragraphs) == 3
    assert_offsets(article)


@pytest.mark.slow
def test_long_article_keeps_offsets() -> None:
    """A 60,000-character article (the 1 MB case is measured in benchmarks/, not here)."""
    base = (ROOT / "corpus" / "001_e40566a6a020a34a.txt").read_text(encoding="utf-8")
    text = "\n\n".join([base] * (60_000 // len(base) + 1))
    article = claimx.parse(text, published="2024-05-30")
    assert len(article.text) >= 60_000
    assert len(article.paragraphs) > 100
    assert_offsets(article)


@pytest.mark.slow
def test_many_one_line_paragraphs() -> None:
    text = "\n\n".join(f"Item {i}" for i in range(10_000))
    article = claimx.parse(text, language="en")
    assert len(article.paragraphs) + len(article.boilerplate) == 10_000
    assert article.paragraphs[-1].text == "Item 9999"
    assert_offsets(article)
