"""HTML pages through trafilatura: main text, metadata, date precedence, bad markup."""

from __future__ import annotations

import json
import socket
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from _cli import run_claimx
from _pages import HEADLINE, NAV_WORDS, PARAGRAPHS, news_page
from _spans import assert_offsets
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import claimx
from claimx.html import extract_page, looks_like_html
from claimx.inputs import make_input
from claimx.models import ParseResult

CET = timezone(timedelta(hours=1))


def test_news_page_gives_clean_paragraphs_title_and_date() -> None:
    article = claimx.parse(news_page(jsonld_date="2024-03-14T09:30:00+01:00"))
    # the headline first, then one paragraph per <p>, separated by blank lines
    assert article.text == "\n\n".join((HEADLINE, *PARAGRAPHS))
    assert [p.kind for p in article.paragraphs] == ["headline"] + ["body"] * len(PARAGRAPHS)
    for word in (*NAV_WORDS, "Ferry fares", "All rights reserved", "window.ads"):
        assert word not in article.text
    assert article.title == HEADLINE
    assert article.author == "Petra Holm"
    assert article.site_name == "The Valley Ledger"
    assert article.published == datetime(2024, 3, 14, 9, 30, tzinfo=CET)
    assert "html-converted" in [d.code for d in article.diagnostics]
    assert "no-publication-date" not in [d.code for d in article.diagnostics]
    assert_offsets(article)


def test_relative_dates_resolve_against_the_page_date() -> None:
    article = claimx.parse(news_page())
    values = {d.text: d.value for d in article.dates}
    assert values["Tuesday"] == "2024-03-12"  # the Tuesday before Thursday 14 March
    assert values["last month"] == "2024-02"
    assert values["next week"] == "2024-W12"
    said = next(c for c in article.claims if c.speaker and c.speaker.text == "the valley council")
    assert said.stated is not None
    assert said.stated.value == "2024-03-12"


@pytest.mark.parametrize(
    ("meta_date", "jsonld_date", "expected"),
    [
        ("2024-03-14T09:30:00+01:00", None, datetime(2024, 3, 14, 9, 30, tzinfo=CET)),
        (None, "2023-11-02T18:05:00Z", datetime(2023, 11, 2, 18, 5, tzinfo=timezone.utc)),
        ("2024-03-14", None, datetime(2024, 3, 14, tzinfo=timezone.utc)),
        (None, None, None),
    ],
)
def test_publication_date_from_either_metadata(
    meta_date: str | None, jsonld_date: str | None, expected: datetime | None
) -> None:
    page = extract_page(news_page(meta_date=meta_date, jsonld_date=jsonld_date))
    assert page.published == expected
    assert page.text.startswith(HEADLINE + "\n\n")


def test_explicit_published_wins_over_the_page() -> None:
    article = claimx.parse(news_page(), published="2024-06-05")
    assert article.published == datetime(2024, 6, 5, tzinfo=timezone.utc)
    values = {d.text: d.value for d in article.dates}
    assert values["Tuesday"] == "2024-06-04"
    # parse_many's default also beats the page, a record's own date beats both
    pages = [news_page(), {"id": "r", "text": news_page(), "published": "2024-01-10"}]
    default = datetime(2024, 6, 5, tzinfo=timezone.utc)
    many = list(claimx.parse_many(pages, published="2024-06-05", language="en"))
    assert [a.published for a in many] == [default, datetime(2024, 1, 10, tzinfo=timezone.utc)]


def test_undated_page_reports_no_publication_date() -> None:
    article = claimx.parse(news_page(meta_date=None, jsonld_date=None))
    assert article.published is None
    diag = next(d for d in article.diagnostics if d.code == "no-publication-date")
    assert "Tuesday" in diag.message
    assert diag.span is not None
    assert article.text[diag.span.start : diag.span.end] == "Tuesday"
    assert all(d.value is None for d in article.dates if d.text in ("Tuesday", "last month"))


def test_cli_metadata_precedence_and_one_warning_line_per_file(tmp_path: Path) -> None:
    (tmp_path / "a_page.html").write_text(news_page(), encoding="utf-8")
    (tmp_path / "b_sidecar.html").write_text(news_page(), encoding="utf-8")
    (tmp_path / "b_sidecar.meta.json").write_text('{"published": "2024-02-01"}')
    (tmp_path / "c_undated.html").write_text(
        news_page(meta_date=None, jsonld_date=None), encoding="utf-8"
    )
    record = {"id": "rec", "text": news_page(), "published": "2023-12-24"}
    (tmp_path / "d_records.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")

    proc = run_claimx("parse", str(tmp_path), "--format", "json")
    assert proc.returncode == 0, proc.stderr
    dates = {
        Path(a.source or "").name: a.published
        for a in ParseResult.model_validate_json(proc.stdout).articles
    }
    assert dates["a_page.html"] == datetime(2024, 3, 14, 9, 30, tzinfo=CET)  # the page's
    assert dates["b_sidecar.html"] == datetime(2024, 2, 1, tzinfo=timezone.utc)  # sidecar
    assert dates["c_undated.html"] is None
    assert dates["d_records.jsonl:1"] == datetime(2023, 12, 24, tzinfo=timezone.utc)
    warnings = [line for line in proc.stderr.decode().splitlines() if "warning" in line]
    undated = [line for line in warnings if "no-publication-date" in line]
    assert len(undated) == 1
    assert str(tmp_path / "c_undated.html") in undated[0]

    # --published fills in for every page that has no date of its own, and beats the page's
    proc = run_claimx("parse", str(tmp_path), "--format", "json", "--published", "2024-05-31")
    assert proc.returncode == 0, proc.stderr
    dates = {
        Path(a.source or "").name: a.published
        for a in ParseResult.model_validate_json(proc.stdout).articles
    }
    may = datetime(2024, 5, 31, tzinfo=timezone.utc)
    assert dates["a_page.html"] == may
    assert dates["c_undated.html"] == may
    assert dates["b_sidecar.html"] == datetime(2024, 2, 1, tzinfo=timezone.utc)
    assert "no-publication-date" not in proc.stderr.decode()


def test_page_without_main_text_falls_back_to_all_text() -> None:
    # markup nested deeper than lxml parses: trafilatura finds nothing
    html = "<html><body>" + "<div>" * 3000 + "Officials said the road was closed."
    html += "</div>" * 3000 + "</body></html>"
    item = make_input(html)
    codes = [d.code for d in item.diagnostics]
    assert "html-no-main-text" in codes
    assert item.text == "Officials said the road was closed."


def test_extraction_never_opens_a_socket(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access during HTML extraction")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    page = news_page().replace("<head>", '<head><link rel="canonical" href="https://x.test/a">')
    item = make_input(page)
    assert item.page_published is not None
    assert item.text.startswith(HEADLINE)


BROKEN = [
    "<html><body><p>The mayor said the bridge would reopen.",  # never closed
    "<html><body><p>a<p>b<div><span>" + "Officials said so. " * 200,
    "<!doctype html><html><head><title>t</title></head><body></body></html>",  # no text
    "<html><head><script>" + "var x = 1;" * 5000 + "</script></head><body></body></html>",
    "<p>One</p><p>Two</p><div>three</div><span>four</span><a href='#'>five</a>",  # fragment
    "<html><body><table>" + "<tr><td>said</td><td>x</td></tr>" * 500 + "</table></body></html>",
    "<html><body><p>" + "&#0;&#xD800;&bogus;&amp;" * 50 + "</p></body></html>",
    "<html><body>" + "<!-- c -->" * 2000 + "<p>Police said the road was closed.</p></body>",
    "<html><body><![CDATA[ x ]]><p>The minister said taxes would fall.</p></body></html>",
    '<html><head><meta property="article:published_time" content="not a date"></head>'
    "<body><article><p>The minister said taxes would fall next week.</p></article></body>",
    "<html><body><svg><text>said</text></svg><math><mi>x</mi></math></body></html>",
    "<html>\x00<body><p>Nul\x00 said the clerk.</p></body></html>",
]


@pytest.mark.parametrize("html", BROKEN)
def test_broken_html_never_crashes(html: str) -> None:
    article = claimx.parse(html, language="en")
    assert "<p>" not in article.text
    assert "<div>" not in article.text
    assert_offsets(article)


TAGS = ["<p>", "</p>", "<div>", "</div>", "<h1>", "</h1>", "<nav>", "<li>", "<br>", "<", ">"]
TAGS += ["<script>", "</script>", "<!--", "-->", "&amp;", "&#", "</html>", "<body", '"', "'"]


@st.composite
def broken_pages(draw: st.DrawFn) -> str:
    """A real page cut, spliced with stray tags and entities, or with a span deleted."""
    page = news_page()
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(page)))
        action = draw(st.sampled_from(["insert", "delete", "cut"]))
        if action == "insert":
            page = page[:at] + draw(st.sampled_from(TAGS)) + page[at:]
        elif action == "delete":
            page = page[:at] + page[at + draw(st.integers(1, 200)) :]
        else:
            page = page[:at]
    return page


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow],
)
@given(html=broken_pages())
def test_mangled_pages_give_text_without_markup(html: str) -> None:
    item = make_input(html)
    if not looks_like_html(html):  # cut before any markup: plain text, kept as it is
        assert item.text == html
        return
    assert "<p>" not in item.text
    assert "</div>" not in item.text
    assert "window.ads" not in item.text  # scripts never come through
    codes = [d.code for d in item.diagnostics]
    assert ("html-converted" in codes) == looks_like_html(html)
