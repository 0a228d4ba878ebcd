"""HTML extraction on news pages built from corpus articles: is the article all there, and
only the article?

    python benchmarks/html_pages.py [--corpora PATH] [--only NAME ...] [--max-docs N]

Each document of the shared corpora (readers of :mod:`robustness`: MEANTIME English,
ECB+, PolNeAR; texts the HTML code was not tuned to) is wrapped in a page of the usual
shape: ``<head>`` metadata (``og:title``, ``og:site_name``, ``article:published_time`` and
a JSON-LD ``datePublished`` when the corpus dates the document), a navigation bar, a
byline with a reading time, the headline as ``<h1>`` and each paragraph as ``<p>``, a "most
read" aside and a footer. The page goes through :func:`claimx.inputs.make_input` (no spaCy).

Prints per corpus: pages; pages whose extracted text is exactly the article (headline and
paragraphs, blank-line separated); paragraph recall (article paragraphs found as
paragraphs of the text); pages where any navigation, aside or footer string leaked into the
text; the title and the publication date found; pages that fell back to all the text
(``html-no-main-text``); milliseconds per page. Exit code 0.

The corpora are read for measurement only; nothing from them belongs in the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from robustness import DEFAULT_CORPORA, READERS, Document  # noqa: E402

from claimx.inputs import make_input  # noqa: E402

NAV = ("Home", "World", "Politics", "Business", "Sign in", "Subscribe")
ASIDE = ("Most read", "Weather warning for the coast", "Match report: late winner")
FOOTER = ("All rights reserved", "Privacy policy", "Cookie settings")
FURNITURE = (*NAV, *ASIDE, *FOOTER, "Min Read")
SITE = "The Daily Example"


def page(headline: str, paragraphs: Sequence[str], published: str | None) -> str:
    """A news page around the article."""
    meta = [
        '<meta charset="utf-8">',
        f"<title>{escape(headline)} | {SITE}</title>",
        f'<meta property="og:title" content="{escape(headline)}">',
        f'<meta property="og:site_name" content="{SITE}">',
    ]
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
        ld = {"@type": "NewsArticle", "headline": headline, "datePublished": published}
        meta.append(f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    nav = "".join(f'<li><a href="/{i}">{w}</a></li>' for i, w in enumerate(NAV))
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    aside = "".join(f"<li><a href='/r{i}'>{w}</a></li>" for i, w in enumerate(ASIDE[1:]))
    return (
        f"<!doctype html><html><head>{''.join(meta)}</head><body>"
        f"<header><nav><ul>{nav}</ul></nav></header><main><article>"
        f"<h1>{escape(headline)}</h1><p class='byline'>By Staff · 3 Min Read</p>\n{body}"
        f"</article><aside><h3>{ASIDE[0]}</h3><ul>{aside}</ul></aside></main>"
        f"<footer><p>© {SITE}. {FOOTER[0]}.</p><a href='/p'>{FOOTER[1]}</a> "
        f"<a href='/c'>{FOOTER[2]}</a></footer></body></html>"
    )


@dataclass
class Counts:
    pages: int = 0
    exact: int = 0
    paragraphs: int = 0
    found: int = 0
    leaked: int = 0
    titled: int = 0
    dated: int = 0
    with_date: int = 0
    fallback: int = 0
    seconds: float = 0.0
    leaks: list[str] = field(default_factory=list)


def _split(text: str) -> list[str]:
    blocks = [" ".join(b.split()) for b in text.replace("\r", "").split("\n\n")]
    return [b for b in blocks if b]


def measure(doc: Document, counts: Counts) -> None:
    blocks = _split(doc.text)
    if len(blocks) < 2:
        return
    headline, paragraphs = blocks[0], blocks[1:]
    markup = page(headline, paragraphs, doc.published)
    start = time.perf_counter()
    item = make_input(markup)
    counts.seconds += time.perf_counter() - start
    counts.pages += 1
    got = _split(item.text)
    counts.exact += got == blocks
    counts.paragraphs += len(paragraphs)
    found = set(got)
    counts.found += sum(p in found for p in paragraphs)
    leaked = [w for w in FURNITURE if w in item.text and w not in doc.text]
    if leaked:
        counts.leaked += 1
        counts.leaks.append(f"{doc.doc_id}: {leaked}")
    counts.titled += item.title == headline
    if doc.published:
        counts.with_date += 1
        want = doc.published[:10]
        counts.dated += bool(item.page_published and item.page_published.isoformat()[:10] == want)
    counts.fallback += "html-no-main-text" in [d.code for d in item.diagnostics]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=DEFAULT_CORPORA)
    parser.add_argument("--only", nargs="*", choices=("meantime", "ecb", "polnear"))
    parser.add_argument("--max-docs", type=int, default=None)
    args = parser.parse_args(argv)
    make_input(page("Warm up", ["The minister said so."], None))  # imports trafilatura
    totals: dict[str, Counts] = {}
    for name in args.only or ("meantime", "ecb", "polnear"):
        for doc in READERS[name](args.corpora, args.max_docs):
            if doc.language != "en":
                continue
            measure(doc, totals.setdefault(doc.corpus, Counts()))
    header = "corpus        pages  exact  par.recall  leaked  title  date      fallback  ms/page"
    print(header)
    for corpus, c in totals.items():
        date = f"{c.dated}/{c.with_date}" if c.with_date else "-"
        print(
            f"{corpus:<12}  {c.pages:>5}  {c.exact / max(c.pages, 1):>5.3f}  "
            f"{c.found / max(c.paragraphs, 1):>10.3f}  {c.leaked:>6}  "
            f"{c.titled / max(c.pages, 1):>5.3f}  {date:<8}  {c.fallback:>8}  "
            f"{1000 * c.seconds / max(c.pages, 1):>7.1f}"
        )
    for corpus, c in totals.items():
        for leak in c.leaks[:5]:
            print(f"leak {corpus} {leak}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
