"""Line ends other than LF, and runs of punctuation that made tokenization quadratic
(``claimx.text.segment.line_view``, ``claimx.text.tokens``)."""

from __future__ import annotations

import pytest

import claimx
from claimx.text import segment
from claimx.text.segment import line_view
from claimx.text.tokens import LONG_RUN, PIECE, long_runs, make_doc

HEADLINE = "Lantern fair returns to Brackwater"
BODY = "Organiser Pell Ashgrove said the fair would open on Saturday."
QUOTE = '"Every stall is booked," said Wren Tolliver, who chairs the Brackwater council.'


@pytest.mark.parametrize(
    ("lines", "paragraphs"),
    [
        ("\n", "\n\n"),
        ("\r\n", "\r\n\r\n"),
        ("\r", "\r\r"),
        ("\u2028", "\u2028\u2028"),
        ("\x85", "\x85\x85"),
        ("\u2028", "\u2029"),
    ],
    ids=["lf", "crlf", "cr", "line-separator", "nel", "paragraph-separator"],
)
def test_every_line_end_separates_paragraphs_and_headlines(lines: str, paragraphs: str) -> None:
    text = paragraphs.join([HEADLINE, BODY + lines + "It will close on Monday.", QUOTE])
    assert [b.kind for b in segment(text)] == ["headline", "body", "body"]
    article = claimx.parse(text, language="en", published="2024-06-01")
    assert article.title == HEADLINE
    assert [p.kind for p in article.paragraphs] == ["headline", "body", "body"]
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start : paragraph.end] == paragraph.text
    lf = "\n\n".join([HEADLINE, BODY + "\n" + "It will close on Monday.", QUOTE])
    reference = claimx.parse(lf, language="en", published="2024-06-01")
    assert len(reference.claims) == 2
    assert [c.speaker.text for c in article.claims if c.speaker] == [
        c.speaker.text for c in reference.claims if c.speaker
    ]


def test_line_view_keeps_length_and_crlf() -> None:
    text = "a\rb\r\nc\u2028d\u2029e\x85"
    view = line_view(text)
    assert len(view) == len(text)
    assert view == "a\nb\r\nc\nd\u2029e\n"


@pytest.mark.parametrize(
    "text",
    [
        'Mayor Quill said "' + '"' * 10_000 + '" and left.',
        "!?" * 5_000,
        "Word" + "." * LONG_RUN + "word",
        "  " + "'" * (LONG_RUN * 3 + 5) + "   tail ",
        "«" * LONG_RUN + " ",
    ],
    ids=["quotes", "mixed", "dots", "spaces-around", "run-then-space"],
)
def test_make_doc_keeps_the_text_and_cuts_runs(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = make_doc(nlp, text)
    assert doc.text == text
    runs = long_runs(text)
    assert runs
    inside = [t for t in doc if any(start <= t.idx < end for start, end in runs)]
    assert inside
    assert all(len(t.text) <= PIECE for t in inside)


def test_make_doc_without_runs_is_the_tokenizer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = 'She said: "It was fine!!!" -- and left... (briefly)?!'
    assert long_runs(text) == []
    assert [t.text_with_ws for t in make_doc(nlp, text)] == [
        t.text_with_ws for t in nlp.make_doc(text)
    ]


def test_make_doc_tokenizes_text_around_a_run_as_usual(nlp) -> None:  # type: ignore[no-untyped-def]
    before = "Councillor Bex Harrowgate said the levy would rise. "
    after = " It was approved."
    doc = make_doc(nlp, before + "~" * 100 + after)
    expected = [t.text_with_ws for t in nlp.make_doc(before)]
    assert [t.text_with_ws for t in doc[: len(expected)]] == expected
    assert [t.text for t in doc[-4:]] == ["It", "was", "approved", "."]


def test_a_long_run_of_quote_marks_is_reported_and_parsed() -> None:
    text = 'Councillor Bex Harrowgate said the levy would rise. "' + '"' * 20_000 + " Done."
    article = claimx.parse(text, language="en")
    (diag,) = [d for d in article.diagnostics if d.code == "punctuation-run"]
    assert "20001 characters at offset 52" in diag.message
    assert [c.speaker.text for c in article.claims if c.speaker] == ["Councillor Bex Harrowgate"]
