"""Property tests on the real pipeline: parse never raises, offsets slice, JSON round-trips."""

from __future__ import annotations

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
        assert article.text == text.replace("\x00", " ")  # NUL becomes a space (diagnostic)
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
