"""Quotation pairing (pure string code) in every common style, and robustness."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimx.attribution.quotes import find_quotes


def _inner(text: str) -> list[str]:
    scan = find_quotes(text, [(0, len(text))])
    return [text[q.inner_start : q.inner_end].strip() for q in scan.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “we will win” today.", ["we will win"]),
        ('He said "we will win" today.', ["we will win"]),
        ("Er sagte „wir gewinnen“ heute.", ["wir gewinnen"]),
        ("Il a dit « nous gagnerons » hier.", ["nous gagnerons"]),
        ("Er sagte »wir gewinnen« heute.", ["wir gewinnen"]),
        ("Han sa ”vi vinner” i dag.", ["vi vinner"]),
        ("He said ‘we will win’ today.", ["we will win"]),
        ("Er sagte ‚wir gewinnen‘ heute.", ["wir gewinnen"]),
        ("It's Kim’s view, not ours.", []),
        ("“ spaced out ” and “ again ”.", ["spaced out", "again"]),
        ("“no intention of “export arms whatsoever”.", ["no intention of “export arms whatsoever"]),
        ("He said `` we will win '' today.", ["we will win"]),
        ("It sells `` Alpha '' now and `` Beta '' soon.", ["Alpha", "Beta"]),
        ("A `lone backtick and `` an unclosed one.", []),
    ],
)
def test_styles(text: str, expected: list[str]) -> None:
    assert _inner(text) == expected


def test_unclosed_quote_stays_in_its_paragraph() -> None:
    text = "“Never closed here.\n\nNext paragraph with “a real quote” inside."
    blocks = [(0, 19), (21, len(text))]
    scan = find_quotes(text, blocks)
    assert [text[q.inner_start : q.inner_end] for q in scan.quotes] == ["a real quote"]
    assert scan.unmatched == (0,)


def test_quote_continued_over_paragraphs() -> None:
    text = "“First part of it.\n\n“Second part.”"
    scan = find_quotes(text, [(0, 18), (20, len(text))])
    assert [q.continued for q in scan.quotes] == [True, False]


@given(st.text(alphabet="ab .,\n“”„«»\"'‘’‚", max_size=80))
def test_never_crashes_and_stays_inside_blocks(text: str) -> None:
    half = len(text) // 2
    blocks = [(0, half), (half, len(text))] if text else []
    scan = find_quotes(text, blocks)
    for q in scan.quotes:
        assert q.start <= q.inner_start <= q.inner_end <= q.end
        assert any(s <= q.start and q.end <= e for s, e in blocks)


def test_quote_diagnostics(nlp) -> None:  # type: ignore[no-untyped-def]
    from claimx.attribution import quote_diagnostics

    doc = nlp("“This quote never ends, the mayor said.\n\nThe minister said “yes” to it.")
    diagnostics = quote_diagnostics(doc)
    assert [(d.code, d.span.start if d.span else None) for d in diagnostics] == [
        ("unbalanced-quotes", 0)
    ]
    assert quote_diagnostics(nlp("The minister said “yes” to it.")) == ()
