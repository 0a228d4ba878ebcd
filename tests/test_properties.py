"""Property tests on the real pipeline: parse never raises, offsets slice, JSON round-trips."""

from __future__ import annotations

import re
from datetime import timedelta

from _seeds import seed_text
from _spans import spans_of
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import claimx
from claimx.models import Article

#: News-like pieces, so that generated texts reach entities, quotes, cues and dates.
FRAGMENTS = (
    "The minister said",
    " that taxes would fall",
    ", according to officials.",
    ' "We will win," ',
    "\u201cNever,\u201d said Kim Jong Un.",
    " Reuters reported on Friday",
    " last year",
    " in May 2023",
    " Moscow denied the claims",
    "\n\n",
    "\n",
    " ",
    "U.S.",
    "\u00ab",
    "\u00bb",
    "'",
    "\u2019s",
    "Source link -75",
    "\u041c\u043e\u0441\u043a\u0432\u0430",
    "\u5317\u4eac",
    "\u0627\u0644\u0642\u0627\u0647\u0631\u0629",
)

news_like = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=25).map(
    "".join
)
any_text = st.one_of(st.text(max_size=200), news_like)

# No shrink phase: shrinking a failure through the real pipeline can take many minutes;
# the failing example is still printed as generated.
SETTINGS = settings(
    max_examples=25,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)


def check(article: Article, text: str) -> None:
    if "html-converted" not in [d.code for d in article.diagnostics]:
        # NUL becomes a space, a lone surrogate U+FFFD (each with a diagnostic)
        expected = re.sub("[\ud800-\udfff]", "\ufffd", text.replace("\x00", " "))
        assert article.text == expected
    for span in spans_of(article):
        assert article.text[span.start : span.end] == span.text
    for paragraph in article.paragraphs:
        assert paragraph.text.strip() == paragraph.text
    assert Article.model_validate_json(article.model_dump_json()) == article


@SETTINGS
@given(text=any_text)
def test_parse_english_never_raises_and_offsets_slice(text: str) -> None:
    article = claimx.parse(text, language="en", published="2024-05-31")
    check(article, text)


@SETTINGS
@given(text=news_like)
def test_parse_with_detected_language_and_no_date(text: str) -> None:
    article = claimx.parse(text)
    check(article, text)
    assert article.published is None


# ------------------------------------------------------------------ mutated real news

#: The body paragraphs of the user's two seed articles (read from corpus/, not copied).
PARAGRAPHS = [
    p.strip()
    for prefix in ("000", "001")
    for p in seed_text(prefix).split("\n\n")
    if len(p.split()) >= 12
]

#: What real text throws at the rules: quote marks of every kind, unbalanced; prepositional
#: cues and colons with nothing around them; lone surrogates; control and invisible
#: characters; stray line breaks.
INSERTIONS = (
    '"',
    "\u201c",
    "\u201d",
    "\u00ab ",
    " \u00bb",
    "'",
    "according to",
    ", according to",
    "According to",
    ":",
    ": \u201c",
    " said",
    ", he said.",
    "\ud800",
    "\udfff",
    "\x00",
    "\x07",
    "\x1b[0m",
    "\u200b",
    "\ufeff",
    "\r",
    "\n",
    "\n\n",
    "\u2014",
)


@st.composite
def mutated_paragraphs(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(PARAGRAPHS))
    edits = draw(
        st.lists(
            st.tuples(st.integers(0, len(text)), st.sampled_from(INSERTIONS)),
            min_size=1,
            max_size=6,
        )
    )
    for position, piece in sorted(edits, reverse=True):
        text = text[:position] + piece + text[position:]
    return text


def test_there_are_real_paragraphs_to_mutate() -> None:
    assert len(PARAGRAPHS) >= 10


@settings(
    max_examples=30,
    deadline=timedelta(seconds=30),  # a per-example limit: a slow path fails, a hang too
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(text=mutated_paragraphs())
def test_mutated_news_paragraphs_parse(text: str) -> None:
    article = claimx.parse(text, language="en", published="2024-05-31")
    check(article, text)
