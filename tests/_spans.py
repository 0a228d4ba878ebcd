"""Test helper: every span-like object of an Article, for offset checks."""

from __future__ import annotations

from claimx.models import Article, TextSpan


def spans_of(article: Article) -> list[TextSpan]:
    """Paragraphs, boilerplate, dates, entity mentions, claim parts (with the mention a
    speaker was resolved through) and diagnostic spans."""
    spans: list[TextSpan] = [*article.paragraphs, *article.boilerplate, *article.dates]
    for entity in article.entities:
        spans.extend(entity.mentions)
    for claim in article.claims:
        spans.extend(claim.content)
        extras = (claim.speaker, claim.cue, claim.target, claim.addressee, claim.time, claim.stated)
        for extra in extras:
            if extra is not None:
                spans.append(extra)
        if claim.speaker is not None and claim.speaker.resolved_from is not None:
            spans.append(claim.speaker.resolved_from)
    spans.extend(d.span for d in article.diagnostics if d.span is not None)
    return spans


def assert_offsets(article: Article) -> None:
    """Every span of ``article`` slices its text."""
    for span in spans_of(article):
        assert article.text[span.start : span.end] == span.text, span
