"""Notebook views (_repr_html_), short reprs, the progress bar and the fitted table view."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from _cli import ROOT, run_claimx
from _pages import news_page, two_outlets

import claimx
from claimx._progress import Progress
from claimx._table import render_table
from claimx.models import Article, ClaimGraph, ParseResult

VOID = frozenset({"br", "meta", "img", "hr", "input", "link", "wbr"})


class _Checker(HTMLParser):
    """Well-formedness: every opened element is closed, in order; collects the text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self.stack or self.stack[-1] != "style":
            self.text.append(data)


def parse_html(markup: str) -> str:
    """The visible text of well-formed HTML (fails the test otherwise)."""
    checker = _Checker()
    checker.feed(markup)
    checker.close()
    assert checker.errors == []
    assert checker.stack == []
    return "".join(checker.text)


TRICKY = (
    "Lab results\n\n"
    'The chemist said that "<script>alert(1)</script> & a < b" was a test string.\n\n'
    "Ilse Marrow told reporters on Friday that the <b>tunnel</b> would open in May."
)


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    ledger, gazette = two_outlets()
    return [ledger, claimx.parse(TRICKY, id="lab", published="2024-03-15"), gazette]


def test_article_html_is_well_formed_escaped_and_has_every_claim(
    articles: list[Article],
) -> None:
    for article in articles:
        markup = article._repr_html_()
        text = parse_html(markup)
        for claim in article.claims:
            assert claim.content_text in text
        assert article.text.split("\n")[0] in text
        assert 'class="cx-speaker' in markup
        assert 'class="cx-cue' in markup or 'cx-cue"' in markup
    lab = articles[1]._repr_html_()
    assert "<script>alert" not in lab
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in lab
    assert "<b>tunnel</b>" not in lab
    # the date inside a content is marked as both
    ledger = articles[0]._repr_html_()
    assert 'class="cx-content cx-date"' in ledger


def test_graph_html_lists_members_and_works_without_articles(articles: list[Article]) -> None:
    linked = claimx.link(articles)
    assert linked.clusters
    graph = ClaimGraph.model_validate_json(linked.model_dump_json())  # no articles kept
    bare = parse_html(graph._repr_html_())
    assert "with_articles" in bare
    assert parse_html(linked._repr_html_()) == parse_html(
        graph.with_articles(articles)._repr_html_()
    )
    kept = graph.with_articles(articles)
    text = unescape(parse_html(kept._repr_html_()))
    for cluster in kept.clusters:
        assert cluster.id in text
        for claim in kept.claims(cluster):
            assert claim.content_text in text
            if claim.speaker is not None:
                assert claim.speaker.text in text


def test_reprs_are_short(articles: list[Article]) -> None:
    long = claimx.parse(news_page(paragraphs=tuple(["The mayor said it rained."] * 200)))
    assert len(repr(long)) < 300
    assert repr(long).startswith(f"Article(id='{long.id}'")
    assert f"claims={len(long.claims)}" in repr(long)
    assert str(long) == repr(long)
    claim = articles[0].claims[0]
    assert len(repr(claim)) < 300
    assert claim.id in repr(claim)
    graph = claimx.link(articles)
    assert repr(graph).startswith(f"ClaimGraph(clusters={len(graph.clusters)}")


# --------------------------------------------------------------------------- progress


def _stderr_on_a_terminal(args: list[str]) -> str:
    """Run the CLI with stderr on a pseudo-terminal; what the terminal received."""
    main, secondary = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "claimx", *args],
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=secondary,
    )
    os.close(secondary)
    chunks: list[bytes] = []
    while True:
        ready, _, _ = select.select([main], [], [], 120)
        if not ready:
            break
        try:
            data = os.read(main, 4096)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=120)
    os.close(main)
    assert proc.returncode == 0
    return b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"Officer {name} said the road was closed.\n")
    out = str(tmp_path / "out.json")
    shown = _stderr_on_a_terminal(["parse", str(tmp_path), "--format", "json", "-o", out])
    assert "3/3 articles" in shown
    assert "articles/s" in shown
    # one input: no bar; a pipe: no bar
    single = ["parse", str(tmp_path / "a.txt"), "--format", "json", "-o", out]
    assert "articles/s" not in _stderr_on_a_terminal(single)
    piped = run_claimx("parse", str(tmp_path), "--format", "json", "-o", out)
    assert piped.returncode == 0
    assert b"articles/s" not in piped.stderr


def test_parse_many_progress_and_published_default(capsys: pytest.CaptureFixture[str]) -> None:
    items = ["The mayor said on Friday that it rained.", {"text": "Police said so on Friday."}]
    items.append({"text": "Officials said so on Friday.", "published": "2024-01-10"})
    out = list(claimx.parse_many(items, published="2024-05-31", progress=True, language="en"))
    assert [a.published.date().isoformat() for a in out if a.published] == [
        "2024-05-31",
        "2024-05-31",
        "2024-01-10",
    ]
    assert [d.value for a in out for d in a.dates] == ["2024-05-31", "2024-05-31", "2024-01-05"]
    err = capsys.readouterr().err
    assert "3/3 articles" in err
    with pytest.raises(claimx.DateValueError):
        claimx.parse_many(items, published="soon")


def test_progress_line_counts_rate_and_eta() -> None:
    now = [0.0]
    stream = open(os.devnull, "w")  # noqa: SIM115
    bar = Progress(10, stream=stream, clock=lambda: now[0])
    now[0] = 2.0
    bar.update(4)
    line = bar.line()
    assert "4/10 articles" in line
    assert "2.0 articles/s" in line
    assert "ETA 0:03" in line
    unknown = Progress(None, stream=stream, clock=lambda: now[0])
    unknown.update(3)
    stream.close()
    assert unknown.line().startswith("claimx: 3 articles")
    assert "ETA" not in unknown.line()


# --------------------------------------------------------------------------- table view


def test_table_view_fits_the_width(articles: list[Article]) -> None:
    result = ParseResult(articles=tuple(articles))
    for width in (60, 80, 120, 200):
        lines = render_table(result, width).splitlines()
        assert max(len(line) for line in lines) <= width
    assert max(len(line) for line in render_table(result).splitlines()) <= 120
    wide = render_table(result, 200)
    assert max(len(line) for line in wide.splitlines()) > 120  # room is used when there


def test_cli_table_follows_columns() -> None:
    args = ["parse", "corpus/000_7567d1e6eaa96bea.txt", "--format", "table"]
    proc = subprocess.run(
        [sys.executable, "-m", "claimx", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "90"},
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert max(len(line) for line in lines) <= 90
    assert any("…" in line for line in lines)
