"""Turn a processed spaCy ``Doc`` into an :class:`~claimx.models.Article` (once, at the end)."""

from __future__ import annotations

from datetime import datetime

from spacy.tokens import Doc

from ._extensions import doc_text
from .attribution import claims_from_doc, quote_diagnostics
from .dates import dates_from_doc
from .entities import entities_from_doc
from .models import Article, Diagnostic, Paragraph, TextSpan, TimeExpression
from .shallow import claims_from_shallow_doc, shallow_diagnostics

__all__ = ["article_from_doc"]


def _paragraphs(doc: Doc, text: str) -> tuple[tuple[Paragraph, ...], tuple[TextSpan, ...]]:
    """Paragraphs and boilerplate lines; ``text`` is ``doc.text`` (a span's text is the
    slice of it, without joining the span's tokens again)."""
    paragraphs: list[Paragraph] = []
    boilerplate: list[TextSpan] = []
    for span in doc.spans.get("claimx_paragraphs", []):
        start, end = span.start_char, span.end_char
        if span.label_ == "boilerplate":
            boilerplate.append(TextSpan(start=start, end=end, text=text[start:end]))
        else:
            paragraphs.append(
                Paragraph(start=start, end=end, text=text[start:end], kind=span.label_)
            )
    return tuple(paragraphs), tuple(boilerplate)


def undated_diagnostics(
    dates: tuple[TimeExpression, ...], published: datetime | None
) -> tuple[Diagnostic, ...]:
    """A ``no-publication-date`` diagnostic when time expressions stayed unresolved for
    want of a publication date (relative ones such as "on Friday", "last month")."""
    if published is not None:
        return ()
    unresolved = [d for d in dates if d.value is None]
    if not unresolved:
        return ()
    first = unresolved[0]
    examples = ", ".join(repr(d.text) for d in unresolved[:3])
    more = f" and {len(unresolved) - 3} more" if len(unresolved) > 3 else ""
    return (
        Diagnostic(
            code="no-publication-date",
            message=(
                f"{len(unresolved)} relative time expression(s) left unresolved "
                f"({examples}{more}): no publication date; give one with published=, "
                "--published, a record field or a sidecar"
            ),
            span=TextSpan(start=first.start, end=first.end, text=first.text),
        ),
    )


def article_from_doc(
    doc: Doc,
    *,
    id: str,
    language: str,
    published: datetime | None = None,
    source: str | None = None,
    title: str | None = None,
    diagnostics: tuple[Diagnostic, ...] = (),
    author: str | None = None,
    site_name: str | None = None,
    pipeline: str | None = None,
) -> Article:
    """Build the Article for a Doc that went through the claimx pipeline (``pipeline``: its
    label, :func:`claimx.pipeline.pipeline_label`)."""
    text = doc_text(doc)  # spaCy rebuilds doc.text from the tokens on every access
    paragraphs, boilerplate = _paragraphs(doc, text)
    if title is None:
        headlines = [p for p in paragraphs if p.kind == "headline"]
        if headlines:
            title = " ".join(headlines[0].text.split())
    entities = entities_from_doc(doc)
    dates = dates_from_doc(doc, published, language)
    shallow = shallow_diagnostics(doc, language)
    if shallow:  # a blank pipeline: claims come from claimx_shallow_attribution
        claims = claims_from_shallow_doc(doc, id, entities, dates)
        diagnostics = (*diagnostics, *shallow)
    else:
        claims = claims_from_doc(doc, id, entities, dates)
    diagnostics = (
        *diagnostics,
        *quote_diagnostics(doc),
        *undated_diagnostics(dates, published),
    )
    return Article(
        id=id,
        source=source,
        title=title,
        author=author,
        site_name=site_name,
        language=language,
        published=published,
        text=text,
        paragraphs=paragraphs,
        boilerplate=boilerplate,
        entities=entities,
        dates=dates,
        claims=claims,
        diagnostics=diagnostics,
        pipeline=pipeline,
    )
