"""HTML pages to article text and metadata, offline.

:func:`extract_page` runs `trafilatura <https://trafilatura.readthedocs.io>`_ (main-text
extraction for news pages; it drops navigation, headers, footers, "most read" boxes and
reader comments) and its companion htmldate (the publication date from the page's
metadata: ``article:published_time``, JSON-LD ``datePublished``, ``<time>`` elements, the
URL). Both get the markup as a string or a parsed tree, never a URL, so nothing is fetched.

The text is rebuilt from trafilatura's block elements: the headline first, then one
paragraph per block (paragraph, heading, quotation, list item, table row), separated by
blank lines, so that claimx's paragraph segmentation sees the page's structure (when
trafilatura falls back to its baseline, which gives the page's text as one block with a
line per element, each line is a paragraph). When
trafilatura finds no main text (a fragment with little prose, markup too deep for lxml),
:func:`html_to_text` keeps all the page's text with tags removed, and the page says so in
a diagnostic (``html-no-main-text``).

trafilatura and lxml are imported on first use, not with ``import claimx``.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any

from .models import Diagnostic

if TYPE_CHECKING:
    from lxml.etree import _Element

__all__ = ["HtmlPage", "extract_page", "html_to_text", "looks_like_html"]

_HTML_HINT = re.compile(r"^\s*(<!doctype html|<html\b|<head\b|<body\b|<article\b)", re.IGNORECASE)
_DOCUMENT = re.compile(r"<(html|body)\b", re.IGNORECASE)
#: A document's own markers anywhere near the start (after a stray tag, a comment, ...).
_DOCUMENT_NEAR_START = re.compile(r"<!doctype html|<html\b|<body\b", re.IGNORECASE)
_TAG = re.compile(r"</?(p|div|br|h[1-6]|span|a|li|ul|article|section|script|style)\b", re.I)

#: htmldate options: the page's own metadata and markup only (no guessing from free
#: text), the original publication date rather than the last modification, a full
#: timestamp when the page gives one. ``max_date`` is fixed so that the result does not
#: depend on the clock (htmldate's default is "today").
_DATE_PARAMS: dict[str, Any] = {
    "extensive_search": False,
    "original_date": True,
    "outputformat": "%Y-%m-%dT%H:%M:%S%z",
    "max_date": "2099-12-31",
}

_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n\s*\n")


def looks_like_html(text: str) -> bool:
    """Whether the text is an HTML document or fragment rather than plain text."""
    if _HTML_HINT.match(text) or _DOCUMENT_NEAR_START.search(text[:2000]):
        return True
    return len(_TAG.findall(text[:20000])) >= 5


@dataclass(frozen=True)
class HtmlPage:
    """What a page gave: its main text and the metadata it carries."""

    text: str
    """Headline and paragraphs separated by blank lines."""
    title: str | None = None
    author: str | None = None
    site_name: str | None = None
    published: datetime | None = None
    """From the page's metadata (tz-aware; a date without a time is midnight UTC)."""
    diagnostics: tuple[Diagnostic, ...] = field(default=())


class _TextExtractor(HTMLParser):
    BLOCK = frozenset(
        [
            "p",
            "div",
            "br",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "article",
            "section",
            "header",
            "footer",
            "blockquote",
            "tr",
        ]
    )
    SKIP = frozenset({"script", "style", "noscript", "template", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """All the text of an HTML document, tags removed: block elements become paragraph
    breaks. The fallback when :func:`extract_page` finds no main text."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return _tidy("".join(parser.parts))


def _tidy(text: str) -> str:
    """Runs of spaces become one, lines are stripped, at most one blank line in a row."""
    text = _SPACES.sub(" ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _block_text(element: _Element) -> str:
    """One block's text on one or more lines (``<lb/>`` is a line break), no blank line."""
    from trafilatura.xml import xmltotxt

    text = xmltotxt(element, False)
    return _BLANK_LINES.sub("\n", _tidy(text))


def _paragraphs(body: _Element) -> list[str]:
    """One string per block of trafilatura's output tree, in document order."""
    out: list[str] = []
    for child in body:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "list":
            parts = [_block_text(item) for item in child.iter("item")]
        elif tag == "table":
            parts = [
                " | ".join(_block_text(cell) for cell in row.iter("cell"))
                for row in child.iter("row")
            ]
        elif tag:  # p, head, quote, code, ...: one paragraph
            parts = [_block_text(child)]
        else:
            parts = []
        out.extend(p for p in parts if p.strip(" |"))
    if len(out) == 1 and "\n" in out[0]:
        # trafilatura's baseline fallback: the page's text as one block, a line per element
        out = [line for line in out[0].split("\n") if line.strip()]
    return out


def _published(value: str | None) -> datetime | None:
    """htmldate's ``%Y-%m-%dT%H:%M:%S%z`` (the offset may be empty) as a tz-aware datetime."""
    if not value:
        return None
    for fmt in ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"):
        try:
            result = datetime.strptime(value, fmt)
        except ValueError:
            continue
        return result if result.tzinfo else result.replace(tzinfo=timezone.utc)
    return None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def extract_page(html: str) -> HtmlPage:
    """The main text and metadata of an HTML page or fragment; never raises for markup.

    The text starts with the page's title as a headline (unless the extracted text already
    starts with it), then one paragraph per block, separated by blank lines. Without main
    text, all the page's text is kept (tags removed) with an ``html-no-main-text``
    diagnostic; the metadata found is still used.
    """
    import trafilatura

    markup = html if _DOCUMENT.search(html[:20000]) else f"<html><body>{html}</body></html>"
    document: Any
    paragraphs: list[str] = []
    try:
        document = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=dict(_DATE_PARAMS),
        )
        if document is not None:
            paragraphs = _paragraphs(document.body)
    except Exception:  # a bug in the extractor on odd markup: fall back, do not crash
        document = None
    if document is None:
        document = _metadata_only(markup)
    title = _clean(getattr(document, "title", None))
    page = HtmlPage(
        text="",
        title=title,
        author=_clean(getattr(document, "author", None)),
        site_name=_clean(getattr(document, "sitename", None)),
        published=_published(getattr(document, "date", None)),
    )
    if not paragraphs:
        diagnostic = Diagnostic(
            code="html-no-main-text",
            message=(
                "HTML: no main text found (trafilatura); all of the page's text was kept with "
                "tags removed, navigation and footers included"
            ),
        )
        return dataclasses.replace(page, text=html_to_text(html), diagnostics=(diagnostic,))
    if title and " ".join(paragraphs[0].split("\n")[0].split()) != title:
        paragraphs.insert(0, title)
    return dataclasses.replace(page, text="\n\n".join(paragraphs))


def _metadata_only(markup: str) -> Any:
    """trafilatura's metadata for a page whose main text it could not extract (or None)."""
    from trafilatura.metadata import extract_metadata

    try:
        return extract_metadata(markup, date_config=dict(_DATE_PARAMS))
    except Exception:  # odd markup: no metadata, not a crash
        return None
