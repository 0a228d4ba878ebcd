"""The data model: span invariants, immutability, strictness, JSON round trips."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from pydantic import ValidationError

from claimx.models import (
    Article,
    Claim,
    ClaimCluster,
    ClaimRef,
    Cue,
    Diagnostic,
    InputFailure,
    Paragraph,
    ParseResult,
    Speaker,
    TextSpan,
    TimeExpression,
)

TEXT = "Big news\n\nThe minister said on Friday that taxes would fall."


def _span(cls: type[TextSpan], sub: str, **kw: object) -> TextSpan:
    start = TEXT.index(sub)
    return cls(start=start, end=start + len(sub), text=sub, **kw)


def _article() -> Article:
    content = _span(TextSpan, "taxes would fall")
    return Article(
        id="a1",
        language="en",
        published=datetime(2024, 5, 31, tzinfo=timezone.utc),
        text=TEXT,
        paragraphs=(
            _span(Paragraph, "Big news", kind="headline"),
            _span(Paragraph, TEXT[10:], kind="body"),
        ),
        dates=(_span(TimeExpression, "Friday", value="2024-05-31", granularity="day"),),
        claims=(
            Claim(
                id="c1",
                speaker=_span(Speaker, "The minister"),
                cue=_span(Cue, "said", lemma="say"),
                content=(content,),
                quote="indirect",
            ),
        ),
        diagnostics=(Diagnostic(code="x", message="y"),),
    )


@pytest.mark.parametrize(
    ("start", "end", "text"),
    [(0, 3, "ab"), (5, 2, ""), (-1, 1, "ab")],
)
def test_span_rejects_inconsistent_offsets(start: int, end: int, text: str) -> None:
    with pytest.raises(ValidationError):
        TextSpan(start=start, end=end, text=text)


def test_models_are_frozen_and_strict() -> None:
    article = _article()
    with pytest.raises(ValidationError):
        article.id = "other"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        Article(id="a", language="en", text="", surprise=1)  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        Claim(id="c", speaker=None, cue=None, content=(), quote="shouted")  # type: ignore[arg-type]


def test_article_json_round_trip_and_spans_slice() -> None:
    article = _article()
    assert Article.model_validate_json(article.model_dump_json()) == article
    spans = [*article.paragraphs, *article.dates]
    for claim in article.claims:
        spans += [s for s in (claim.speaker, claim.cue, *claim.content) if s is not None]
    for span in spans:
        assert article.text[span.start : span.end] == span.text
    assert article.claims[0].content_text == "taxes would fall"


def test_parse_result_round_trip_with_errors_and_clusters() -> None:
    ref = ClaimRef(article="a1", claim="c1")
    result = ParseResult(
        articles=(_article(),),
        errors=(InputFailure(source="x.txt", error="InputError", message="binary"),),
        clusters=(ClaimCluster(id="k1", representative=ref, members=(ref,), confidence=0.5),),
    )
    assert ParseResult.model_validate_json(result.model_dump_json()) == result
    assert result.schema_version == "1.0"
