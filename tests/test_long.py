"""Long texts are parsed in paragraph-aligned chunks (claimx._long) with the same results."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from spacy.language import Language

import claimx
from claimx import _long
from claimx.api import _make_doc, _to_article
from claimx.inputs import make_input
from claimx.models import Article
from claimx.pipeline import pipeline_label

SEEDS = sorted((Path(__file__).resolve().parent.parent / "corpus").glob("*.txt"))


def _whole_and_chunked(nlp: Language, text: str, size: int) -> tuple[Article, Article]:
    item = make_input(text, published="2024-05-31", language="en")
    label = pipeline_label(nlp)
    whole = _to_article(nlp(_make_doc(nlp, item, "en")), item, "en", label)
    doc = _long.process_long(nlp, _make_doc(nlp, item, "en"), size=size)
    assert doc is not None, "the English pipeline can be chunked"
    return whole, _to_article(doc, item, "en", label)


def _claim_keys(article: Article) -> list[tuple[object, ...]]:
    return [
        (
            c.speaker.resolved if c.speaker else None,
            c.cue.text if c.cue else None,
            c.content_text,
            c.stance,
        )
        for c in article.claims
    ]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_chunked_seed_equals_whole(nlp: Language, path: Path) -> None:
    whole, chunked = _whole_and_chunked(nlp, path.read_text(encoding="utf-8"), size=120)
    assert chunked.text == whole.text
    assert chunked.paragraphs == whole.paragraphs
    assert [(e.name, e.label) for e in chunked.entities] == [
        (e.name, e.label) for e in whole.entities
    ]
    assert [(d.text, d.value) for d in chunked.dates] == [(d.text, d.value) for d in whole.dates]
    assert _claim_keys(chunked) == _claim_keys(whole)
    assert len(chunked.claims) >= 5


def test_cuts_fall_on_paragraph_starts(nlp: Language) -> None:
    text = "\n\n".join(f"The minister said on Monday that plan {i} was ready." for i in range(40))
    doc = nlp.get_pipe("claimx_paragraphs")(nlp.make_doc(text))
    starts = {s.start for s in doc.spans["claimx_paragraphs"]}
    cuts = _long._cuts(doc, 50)
    assert cuts, "a 40-paragraph text is longer than 50 tokens"
    assert set(cuts) <= starts
    bounds = [0, *cuts, len(doc)]
    assert all(0 < b - a <= 50 for a, b in itertools.pairwise(bounds))


def test_one_long_paragraph_is_cut_after_a_sentence(nlp: Language) -> None:
    text = " ".join(f"Officials said that site {i} had reopened." for i in range(60))
    doc = nlp.get_pipe("claimx_paragraphs")(nlp.make_doc(text))
    cuts = _long._cuts(doc, 100)
    assert cuts
    assert all(doc[c - 1].text == "." for c in cuts)


def test_parse_and_parse_many_chunk_long_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "\n\n".join(
        f"Police in the capital said on Tuesday that {n} people had been detained."
        for n in range(2, 14)
    )
    monkeypatch.setattr(_long, "CHUNK_TOKENS", 60)
    article = claimx.parse(text, language="en", published="2024-05-31")
    assert article.text == text
    assert len(article.claims) == 12
    for claim in article.claims:
        for span in claim.content:
            assert text[span.start : span.end] == span.text
    short = "The ministry said the talks would resume."
    out = list(claimx.parse_many([short, text, short], language="en"))
    assert [len(a.text) for a in out] == [len(short), len(text), len(short)]
    assert len(out[1].claims) == 12


def test_pipeline_without_the_claimx_layout_is_not_chunked() -> None:
    nlp = claimx.load_pipeline("de")  # shallow: sentencizer first, nothing statistical
    doc = nlp.make_doc("Der Minister sagte, die Gespräche würden fortgesetzt. " * 50)
    assert _long.process_long(nlp, doc, size=20) is None
