"""The public entry points: :func:`parse` and :func:`parse_many`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from . import _long
from .build import article_from_doc
from .inputs import ArticleInput, input_from_record, make_input
from .language import detect_language
from .models import Article
from .pipeline import load_pipeline

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["parse", "parse_many"]

#: Texts longer than spaCy's default limit are accepted; the limit is raised to this.
MAX_CHARS = 5_000_000


def _language(item: ArticleInput, default: str | None) -> str:
    return item.language or default or detect_language(item.text)


def _make_doc(nlp: Language, item: ArticleInput, language: str, unattributed: bool = False) -> Doc:
    if len(item.text) > nlp.max_length:
        nlp.max_length = max(len(item.text) + 1, MAX_CHARS)
    doc = nlp.make_doc(item.text)
    doc._.claimx_published = item.published.isoformat() if item.published else None
    doc._.claimx_language = language
    doc._.claimx_unattributed = unattributed
    return doc


def _to_article(doc: Doc, item: ArticleInput, language: str) -> Article:
    return article_from_doc(
        doc,
        id=item.id,
        language=language,
        published=item.published,
        source=item.source,
        title=item.title,
        diagnostics=item.diagnostics,
    )


def parse(
    text: str | bytes,
    *,
    published: object = None,
    language: str | None = None,
    source: str | None = None,
    title: str | None = None,
    id: str | None = None,
    nlp: Language | None = None,
    unattributed: bool = False,
) -> Article:
    """Parse one article into an :class:`~claimx.models.Article`.

    Args:
        text: The article text (bytes are decoded as UTF-8; HTML is reduced to text).
        published: Publication date (``date``, ``datetime`` or ISO string); relative time
            expressions are resolved against it, and stay unresolved without it.
        language: ISO 639-1 code; detected when omitted.
        source: Outlet or file name, copied to the result.
        title: Title, when known; otherwise the detected headline.
        id: Article id; defaults to a hash of the text.
        nlp: A pipeline from :func:`claimx.load_pipeline` to use instead of the default.
        unattributed: Also return the outlet's own unattributed assertions as claims with
            ``speaker`` and ``cue`` ``None`` (so that facts two outlets state can be linked).

    Raises:
        InputError: ``text`` is not text.
        DateValueError: ``published`` is not a date.
        ClaimxModelError: no spaCy pipeline is installed for the language.
    """
    item = make_input(
        text, id=id, published=published, source=source, title=title, language=language
    )
    lang = _language(item, None)
    pipeline = nlp if nlp is not None else load_pipeline(lang)
    doc = _long.process(pipeline, _make_doc(pipeline, item, lang, unattributed))
    return _to_article(doc, item, lang)


def _coerce(item: str | Mapping[str, Any] | ArticleInput, index: int) -> ArticleInput:
    if isinstance(item, ArticleInput):
        return item
    if isinstance(item, str | bytes):
        return make_input(item)
    return input_from_record(item, f"item {index}")


def parse_many(
    items: Iterable[str | Mapping[str, Any] | ArticleInput],
    *,
    language: str | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    unattributed: bool = False,
) -> Iterator[Article]:
    """Parse a stream of articles lazily, in input order.

    ``items`` are texts, records ``{"id","text","published","source","title","language"}``
    or :class:`~claimx.inputs.ArticleInput`. The stream is consumed lazily: only about
    ``batch_size`` articles (per worker) are in memory at once. Consecutive articles of one
    language go through a single ``nlp.pipe`` call. ``language`` and ``unattributed`` are as
    in :func:`parse` (``language`` applies to items that do not give their own).

    Raises:
        SchemaError, InputError, DateValueError: for an invalid item (validate records first
            with :func:`claimx.inputs.input_from_record` to skip bad ones instead).
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size}")
    if n_process < 1:
        raise ValueError(f"n_process must be >= 1, got {n_process}")
    coerced = (_coerce(item, i) for i, item in enumerate(items))
    tagged = ((item, _language(item, language)) for item in coerced)
    # One nlp.pipe call per run of consecutive same-language articles: a single call for a
    # one-language stream, so worker processes (n_process > 1) start once, not per batch.
    for lang, run in groupby(tagged, key=itemgetter(1)):
        nlp = load_pipeline(lang)
        docs = ((_make_doc(nlp, item, lang, unattributed), item) for item, _ in run)
        # A text longer than _long.CHUNK_TOKENS is parsed alone, in chunks (see claimx._long);
        # the others stream through nlp.pipe. Input order is kept.
        for long, part in groupby(docs, key=lambda pair: len(pair[0]) > _long.CHUNK_TOKENS):
            if long:
                for doc, item in part:
                    yield _to_article(_long.process(nlp, doc), item, lang)
                continue
            for doc, item in nlp.pipe(
                part, as_tuples=True, batch_size=batch_size, n_process=n_process
            ):
                yield _to_article(doc, item, lang)
