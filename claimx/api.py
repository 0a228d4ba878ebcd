"""The public entry points: :func:`parse` and :func:`parse_many`."""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.context
import signal
import sys
import traceback
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Mapping, Sized
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby
from typing import TYPE_CHECKING, Any, Literal, overload

from . import _long
from ._progress import Progress
from .build import article_from_doc
from .errors import ClaimxModelError
from .inputs import (
    ArticleInput,
    coerce_published,
    input_from_record,
    make_input,
    sanitize_input,
    with_defaults,
)
from .language import detect_language
from .models import Article, InputFailure
from .pipeline import load_pipeline, pipeline_label
from .text.tokens import make_doc, run_diagnostics

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Errors", "parse", "parse_many"]

log = logging.getLogger(__name__)

#: Texts longer than spaCy's default limit are accepted; the limit is raised to this.
MAX_CHARS = 5_000_000


def _language(item: ArticleInput, default: str | None) -> str:
    return item.language or default or detect_language(item.text)


def _make_doc(nlp: Language, item: ArticleInput, language: str, unattributed: bool = False) -> Doc:
    if len(item.text) > nlp.max_length:
        nlp.max_length = max(len(item.text) + 1, MAX_CHARS)
    doc = make_doc(nlp, item.text)  # linear on runs of punctuation (claimx.text.tokens)
    # doc.text == item.text (make_doc keeps every character): keep it for doc_text instead
    # of letting the first component join the tokens again to rebuild it
    doc._.claimx_text = item.text
    published = item.publication_date()
    doc._.claimx_published = published.isoformat() if published else None
    doc._.claimx_language = language
    doc._.claimx_unattributed = unattributed
    return doc


def _to_article(doc: Doc, item: ArticleInput, language: str, label: str) -> Article:
    """``label``: :func:`~claimx.pipeline.pipeline_label` of the pipeline (``nlp.meta``
    gathers every component's labels on each call: read it once per chunk)."""
    return article_from_doc(
        doc,
        id=item.id,
        language=language,
        published=item.publication_date(),
        source=item.source,
        title=item.title,
        diagnostics=(*item.diagnostics, *run_diagnostics(item.text)),
        author=item.author,
        site_name=item.site_name,
        pipeline=label,
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
    return _to_article(doc, item, lang, pipeline_label(pipeline))


Errors = Literal["raise", "report"]
"""What :func:`parse_many` does with an item it cannot parse: raise, or yield an
:class:`~claimx.models.InputFailure` in its place."""

#: Chunks submitted and not finished, per worker process (each is ``batch_size`` articles).
_TASKS_PER_WORKER = 2
#: Chunks held per worker process, finished ones included: finished chunks wait behind a
#: slower earlier one (results come in input order) while the workers go on (bounds memory).
_BUFFERED_PER_WORKER = 8


def _coerce(item: str | bytes | Mapping[str, Any] | ArticleInput, index: int) -> ArticleInput:
    if isinstance(item, ArticleInput):
        return sanitize_input(item)
    if isinstance(item, str | bytes):
        return make_input(item)
    return input_from_record(item, f"item {index}")


def _where(item: object, index: int) -> str:
    """How a failure names its item: its origin, source or id when it has one, else its
    index."""
    if isinstance(item, ArticleInput):
        return item.where
    if isinstance(item, Mapping) and isinstance(item.get("source") or item.get("id"), str):
        return str(item.get("source") or item.get("id"))
    return f"item {index}"


@dataclass(frozen=True, slots=True)
class _Failed:
    """An item that failed, kept in its place in the stream."""

    where: str
    error: BaseException

    def failure(self) -> InputFailure:
        message = str(self.error).splitlines()[0] if str(self.error) else repr(self.error)
        message = message.removeprefix(f"{self.where}: ")
        return InputFailure(source=self.where, error=type(self.error).__name__, message=message)


_Unit = tuple[str, list[ArticleInput]] | _Failed


def _units(
    items: Iterable[str | bytes | Mapping[str, Any] | ArticleInput],
    language: str | None,
    published: datetime | None,
    batch_size: int,
    start: int = 0,
) -> Iterator[_Unit]:
    """Validate and decode every item here, in the calling process, and group the valid ones
    into same-language chunks of at most ``batch_size``; a bad item is a :class:`_Failed`
    in its place. Only a missing pipeline (:class:`ClaimxModelError`) raises. Items are
    numbered from ``start`` ("item 7" names a record with no source or id)."""
    chunk: list[ArticleInput] = []
    chunk_lang = ""
    for index, raw in enumerate(items, start):
        try:
            item = with_defaults(_coerce(raw, index), published=published)
            lang = _language(item, language)
            load_pipeline(lang)  # cached; a bad language code fails here, for this item
        except ClaimxModelError:
            raise
        except Exception as exc:  # the item is bad, not the batch
            if chunk:
                yield chunk_lang, chunk
                chunk = []
            yield _Failed(_where(raw, index), exc)
            continue
        if chunk and (lang != chunk_lang or len(chunk) >= batch_size):
            yield chunk_lang, chunk
            chunk = []
        chunk_lang = lang
        chunk.append(item)
    if chunk:
        yield chunk_lang, chunk


def _articles(
    nlp: Language, items: list[ArticleInput], lang: str, unattributed: bool, batch_size: int
) -> Iterator[Article]:
    label = pipeline_label(nlp)
    docs = ((_make_doc(nlp, item, lang, unattributed), item) for item in items)
    # A text longer than _long.CHUNK_TOKENS is parsed alone, in chunks (see claimx._long);
    # the others stream through nlp.pipe. Input order is kept.
    for long, part in groupby(docs, key=lambda pair: len(pair[0]) > _long.CHUNK_TOKENS):
        if long:
            for doc, item in part:
                yield _to_article(_long.process(nlp, doc), item, lang, label)
        else:
            for doc, item in nlp.pipe(part, as_tuples=True, batch_size=batch_size):
                yield _to_article(doc, item, lang, label)


def _parse_chunk(
    lang: str, items: list[ArticleInput], unattributed: bool, batch_size: int
) -> list[Article | _Failed]:
    """Parse one chunk; when it fails, parse its items one by one to isolate the bad one.

    Runs in the calling process or in a worker; a missing pipeline still raises.
    """
    nlp = load_pipeline(lang)
    try:
        return list(_articles(nlp, items, lang, unattributed, batch_size))
    except ClaimxModelError:
        raise
    except Exception:
        log.debug("a chunk of %d articles failed; isolating", len(items), exc_info=True)
    out: list[Article | _Failed] = []
    for item in items:
        try:
            out.extend(_articles(nlp, [item], lang, unattributed, 1))
        except ClaimxModelError:
            raise
        except Exception as exc:  # a claimx bug on this article: report it, go on
            log.debug("parse of %s failed", item.where, exc_info=True)
            note = getattr(exc, "add_note", None)
            if note is not None:  # keep the worker's traceback when the parent re-raises
                note("".join(traceback.format_exception(exc)))
            out.append(_Failed(item.where, exc))
    return out


def _in_process(
    units: Iterator[_Unit], unattributed: bool, batch_size: int
) -> Generator[Any, None, None]:
    for unit in units:
        if isinstance(unit, _Failed):
            yield unit
        else:
            yield from _parse_chunk(*unit, unattributed, batch_size)


def _mp_context() -> multiprocessing.context.BaseContext:
    """``fork`` where it is safe and cheap (Linux: workers inherit the loaded pipelines),
    else ``spawn`` (each worker loads its pipeline once)."""
    if sys.platform == "linux":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _in_pool(
    units: Iterator[_Unit], n_process: int, unattributed: bool, batch_size: int
) -> Generator[Any, None, None]:
    """Chunks parsed by ``n_process`` worker processes, results in input order.

    Each worker loads a pipeline once (or inherits it) and returns finished Articles, so
    the parent only validates input and collects results. At most
    ``_TASKS_PER_WORKER * n_process`` chunks are unfinished and
    ``_BUFFERED_PER_WORKER * n_process`` held (:func:`_drain`). A worker that dies makes the
    pool raise ``BrokenProcessPool``: nothing waits forever on a lost worker. When the
    stream stops early (an error raised, the iterator closed, SIGTERM or Ctrl-C in the
    caller), the workers are terminated at once (:func:`_stop`), not waited for.
    """
    pool = ProcessPoolExecutor(
        max_workers=n_process, mp_context=_mp_context(), initializer=_worker_signals
    )
    pending: deque[Future[list[Article | _Failed]] | _Failed] = deque()
    finished = False
    try:
        for unit in units:
            if isinstance(unit, _Failed):
                pending.append(unit)
            else:
                pending.append(pool.submit(_parse_chunk, *unit, unattributed, batch_size))
            yield from _drain(pending, n_process)
        while pending:
            yield from _resolve(pending.popleft())
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            _stop(pool)


def _worker_signals() -> None:
    """In a worker: Ctrl-C (sent to the whole process group) and SIGTERM are the parent's
    to handle; the parent stops the workers (:func:`_stop`)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut ``pool`` down now: queued chunks are cancelled and the workers, which may be
    busy with chunks nobody will read, are terminated rather than waited for."""
    workers = list((getattr(pool, "_processes", None) or {}).values())
    for process in workers:
        process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)
    for process in workers:
        process.join()


def _drain(
    pending: deque[Future[list[Article | _Failed]] | _Failed], n_process: int
) -> Iterator[Article | _Failed]:
    """Yield the finished chunks at the head of ``pending``; wait while the workers have
    more than ``_TASKS_PER_WORKER`` unfinished chunks each, or more than
    ``_BUFFERED_PER_WORKER`` chunks are held. Waiting is for any chunk to finish, not for
    the head: a long chunk does not leave the other workers idle."""
    while True:
        while pending and (isinstance(pending[0], _Failed) or pending[0].done()):
            yield from _resolve(pending.popleft())
        running = [p for p in pending if isinstance(p, Future) and not p.done()]
        if (
            len(running) <= _TASKS_PER_WORKER * n_process
            and len(pending) <= _BUFFERED_PER_WORKER * n_process
        ):
            return
        wait(running, return_when=FIRST_COMPLETED)


def _resolve(entry: Future[list[Article | _Failed]] | _Failed) -> Iterator[Article | _Failed]:
    if isinstance(entry, _Failed):
        yield entry
    else:
        yield from entry.result()


@overload
def parse_many(
    items: Iterable[str | bytes | Mapping[str, Any] | ArticleInput],
    *,
    language: str | None = ...,
    batch_size: int = ...,
    n_process: int = ...,
    unattributed: bool = ...,
    errors: Literal["raise"] = ...,
    published: object = ...,
    progress: bool = ...,
) -> Iterator[Article]: ...


@overload
def parse_many(
    items: Iterable[str | bytes | Mapping[str, Any] | ArticleInput],
    *,
    language: str | None = ...,
    batch_size: int = ...,
    n_process: int = ...,
    unattributed: bool = ...,
    errors: Literal["report"],
    published: object = ...,
    progress: bool = ...,
) -> Iterator[Article | InputFailure]: ...


def parse_many(
    items: Iterable[str | bytes | Mapping[str, Any] | ArticleInput],
    *,
    language: str | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    unattributed: bool = False,
    errors: Errors = "raise",
    published: object = None,
    progress: bool = False,
) -> Iterator[Article] | Iterator[Article | InputFailure]:
    """Parse a stream of articles lazily, in input order.

    ``items`` are texts (``str`` or ``bytes``), records ``{"id","text","published","source",
    "title","language"}`` or :class:`~claimx.inputs.ArticleInput`. The stream is consumed
    lazily, in chunks of ``batch_size`` articles of one language; with ``n_process > 1`` the
    chunks are parsed by that many worker processes (at most two chunks per worker in
    flight), each loading its pipeline once. ``language`` and ``unattributed`` are as in
    :func:`parse` (``language`` applies to items that do not give their own); so is
    ``published``, the publication date of items that do not give their own (a text, or a
    record without ``published``; it wins over the date an HTML page carries in its
    metadata, as an explicit date does).

    Every item is validated and decoded in the calling process, before any worker sees it.
    An item that cannot be parsed (not text, a bad record, a bad date, a bad language code,
    or an error inside the pipeline) raises with ``errors="raise"`` (the default), after
    the articles before it; with ``errors="report"`` it yields an
    :class:`~claimx.models.InputFailure` in its place and the stream goes on.

    With ``n_process > 1``, stopping early (an item raised with ``errors="raise"``, or the
    caller closes the returned iterator) terminates the worker processes at once.

    With ``progress=True`` a one-line progress bar on stderr counts the items done (out of
    ``len(items)`` when ``items`` has a length), articles per second and the time left.

    Raises:
        SchemaError, InputError, DateValueError, UnsupportedLanguageError: for an invalid
            item, with ``errors="raise"``.
        ClaimxModelError: no usable spaCy pipeline for a fully supported language (whatever
            ``errors`` says: no item would parse).
        DateValueError: ``published`` is not a date (at once, before any item is read).
    """
    check_options(batch_size=batch_size, n_process=n_process, errors=errors)
    default_date = coerce_published(published)
    bar = Progress(len(items) if isinstance(items, Sized) else None) if progress else None
    return _parse_many(
        items, language, default_date, batch_size, n_process, unattributed, errors, bar
    )


def check_options(*, batch_size: int, n_process: int = 1, errors: str = "raise") -> None:
    """Raise ``ValueError`` for a :func:`parse_many` option out of range."""
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size}")
    if n_process < 1:
        raise ValueError(f"n_process must be >= 1, got {n_process}")
    if errors not in ("raise", "report"):
        raise ValueError(f"errors must be 'raise' or 'report', got {errors!r}")


def _parse_many(
    items: Iterable[str | bytes | Mapping[str, Any] | ArticleInput],
    language: str | None,
    published: datetime | None,
    batch_size: int,
    n_process: int,
    unattributed: bool,
    errors: Errors,
    bar: Progress | None = None,
    start: int = 0,
) -> Iterator[Any]:
    """:func:`parse_many` after its checks; ``start`` numbers the items from there (a part
    of a longer stream: :mod:`claimx.dask` parses each partition from its offset)."""
    units = _units(items, language, published, batch_size, start)
    results = (
        _in_pool(units, n_process, unattributed, batch_size)
        if n_process > 1
        else _in_process(units, unattributed, batch_size)
    )
    finished = False
    try:
        for result in results:
            if bar is not None:
                bar.update()
            if not isinstance(result, _Failed):
                yield result
            elif errors == "raise":
                raise result.error
            else:
                yield result.failure()
        finished = True
    finally:
        # now, not when the generator is collected: a raised error's traceback keeps this
        # frame, and with it a worker pool, alive for as long as the caller holds it
        results.close()
        if bar is not None:
            bar.close() if finished else bar.clear()
