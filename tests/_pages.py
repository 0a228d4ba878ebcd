"""Test helper: invented news pages with the furniture real pages carry (navigation, a
byline with a reading time, a "most read" box, a footer) and their metadata."""

from __future__ import annotations

import json
from html import escape

from claimx.models import Article

NAV_WORDS = ("Directory of sites", "Login", "Contact", "Support", "Most read", "4 Min Read")

HEADLINE = "Valley council delays the new tram line"
PARAGRAPHS = (
    "The tram line through Orrin Valley will open a year late, the valley council said on Tuesday.",
    "“We will not cut corners on safety,” said Ilse Marrow, the council's transport "
    "director. She added that the tunnel survey had begun last month.",
    "Shop owners accused the council of hiding the delay since January. According to the "
    "owners' guild, four shops on the route have closed.",
    "The council denied the accusation and said the full timetable would be published next week.",
)

#: Another outlet's report of the same statement (plain text), for linking.
OTHER_OUTLET = (
    "Tram opening pushed back\n\n"
    "The tram line through Orrin Valley will open a year late, the valley council said on "
    "Tuesday.\n\nOfficials said the tunnel survey had begun in February."
)


def two_outlets() -> list[Article]:
    """The page (id ``ledger``) and :data:`OTHER_OUTLET` (id ``gazette``), parsed."""
    import claimx

    return [
        claimx.parse(news_page(), id="ledger"),
        claimx.parse(OTHER_OUTLET, id="gazette", published="2024-03-14"),
    ]


def news_page(
    *,
    headline: str = HEADLINE,
    paragraphs: tuple[str, ...] = PARAGRAPHS,
    meta_date: str | None = "2024-03-14T09:30:00+01:00",
    jsonld_date: str | None = "2024-03-14T09:30:00+01:00",
    author: str = "Petra Holm",
    site: str = "The Valley Ledger",
) -> str:
    """A whole page: ``<head>`` metadata, navigation, the article, an aside and a footer."""
    meta = [
        '<meta charset="utf-8">',
        f"<title>{escape(headline)} | {escape(site)}</title>",
        f'<meta property="og:title" content="{escape(headline)}">',
        f'<meta property="og:site_name" content="{escape(site)}">',
        f'<meta name="author" content="{escape(author)}">',
    ]
    if meta_date:
        meta.append(f'<meta property="article:published_time" content="{meta_date}">')
    if jsonld_date:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": headline,
            "datePublished": jsonld_date,
            "author": {"@type": "Person", "name": author},
            "publisher": {"@type": "Organization", "name": site},
        }
        meta.append(f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    nav = "".join(f'<li><a href="/{i}">{w}</a></li>' for i, w in enumerate(NAV_WORDS[:4], start=1))
    body = "".join(f"<p>{escape(p)}</p>\n" for p in paragraphs)
    return (
        "<!DOCTYPE html>\n<html lang='en'><head>"
        + "\n".join(meta)
        + "<style>body { margin: 0 }</style><script>window.ads = [];</script></head>\n<body>"
        f"<header><nav><ul>{nav}</ul></nav><div class='logo'>{escape(site)}</div></header>\n"
        f"<main><article><h1>{escape(headline)}</h1>\n"
        f"<p class='byline'>By {escape(author)} · 4 Min Read</p>\n{body}</article>\n"
        "<aside><h3>Most read</h3><ul><li><a href='/x'>Ferry fares rise</a></li>"
        "<li><a href='/y'>School roof repaired</a></li></ul></aside></main>\n"
        f"<footer><p>© 2024 {escape(site)}. All rights reserved.</p>"
        "<a href='/privacy'>Privacy</a> <a href='/terms'>Terms</a></footer></body></html>\n"
    )
