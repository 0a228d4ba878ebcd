"""The public API surface and the end-to-end flow on the real pipeline."""

from __future__ import annotations

import subprocess
import sys

import claimx


def test_all_is_explicit_and_resolvable() -> None:
    for name in claimx.__all__:
        assert getattr(claimx, name) is not None


def test_import_loads_no_model_and_no_dateparser() -> None:
    code = "import sys, claimx; print('spacy' in sys.modules, 'dateparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_parse_returns_article_with_valid_offsets() -> None:
    text = "Big news\n\nThe minister said on Friday that taxes would fall.\n\nsource site-3"
    article = claimx.parse(text, published="2024-05-31")
    assert article.text == text
    assert [p.kind for p in article.paragraphs] == ["headline", "body"]
    assert [b.text for b in article.boilerplate] == ["source site-3"]
    for span in (*article.paragraphs, *article.boilerplate, *article.dates):
        assert text[span.start : span.end] == span.text
