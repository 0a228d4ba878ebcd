"""Robustness run: parse every document of the shared corpora and check every span.

    python benchmarks/robustness.py [--corpora PATH] [--only NAME ...] [--max-docs N]
                                    [--limit SECONDS]

Each document goes through ``claimx.parse`` on its own, with its language given explicitly
and its publication date where the corpus has one, under a per-document time limit
(``signal.setitimer`` raises :class:`DocumentTimeout` in the main thread). Corpora, under
``--corpora`` (default ``../shared/corpora`` next to the repository; see each README.txt):

* ``meantime``: MEANTIME, 120 Wikinews articles in English (raw XML, rebuilt by
  :mod:`_meantime`, creation time as publication date) and their Spanish, Italian and Dutch
  translations (``multilingual_processed/<lang>/meantime.conll``, rebuilt by :mod:`_conll`,
  with the English document's date);
* ``ecb``: ECB+ topics 1-35 (``ecbplus-dev``), rebuilt from the CoNLL file by :mod:`_conll`
  (the file repeats some documents verbatim; each is parsed once), no publication date;
* ``polnear``: the PolNeAR training texts (``polnear-train/text``), dated by ``metadata.tsv``;
* ``german``: the German Wikinews quotation corpus (``german-quotes/data/*/``), the
  ``originalText`` of each file, dated by the date in the file name.

Checks: ``parse`` neither raises nor runs past the limit, and every span-like object of the
``Article`` (every ``TextSpan`` anywhere in it: paragraphs, boilerplate, entity mentions,
dates, claim speaker / resolved_from / cue / content / target / time / stated, diagnostic
spans) lies inside ``Article.text`` and slices it to its ``text``; claim references (the
paragraph index, entity ids) point at something that exists.

Prints documents, words (whitespace-separated), time, articles/s and words/s per corpus, then
the hangs, exceptions (type, first message line, last traceback frame), broken spans and the
slowest documents. Exit code 1 if anything hung, raised or broke a span, else 0. Progress
goes to stderr. A document stuck where the alarm cannot interrupt it (inside C code) is
reported by a watchdog thread, which dumps the stacks and ends the run with exit code 3.

The corpora are read for measurement only; nothing from them belongs in the repository.
"""

from __future__ import annotations

import argparse
import csv
import faulthandler
import json
import os
import re
import signal
import sys
import threading
import time
import traceback
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for _path in (str(ROOT), str(HERE)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from _conll import read_conll  # noqa: E402
from _meantime import annotation_dir, read_doc  # noqa: E402
from pydantic import BaseModel  # noqa: E402

DEFAULT_CORPORA = ROOT.parent / "shared" / "corpora"
CORPORA = ("meantime", "ecb", "polnear", "german")
MEANTIME_TRANSLATIONS = ("es", "it", "nl")
_FILE_DATE = re.compile(r"\((\d{4}-\d\d-\d\d)\)")
_WARM_UP = "The minister said on Monday, 3 May 2021, that the plan “works”."


@dataclass(frozen=True)
class Document:
    """One text to parse."""

    corpus: str
    """Report name: ``meantime/en``, ``ecb``, ``polnear``, ``german``..."""
    doc_id: str
    language: str
    text: str
    published: str | None = None


@dataclass
class Failure:
    """A hang or an exception."""

    corpus: str
    doc_id: str
    kind: str
    message: str = ""
    frame: str = ""
    claimx_frame: str = ""


@dataclass
class BrokenSpan:
    """A span (or reference) that does not fit the article."""

    corpus: str
    doc_id: str
    field: str
    detail: str


@dataclass
class Totals:
    """Per-corpus counters."""

    docs: int = 0
    words: int = 0
    seconds: float = 0.0
    failed: int = 0
    times: list[tuple[float, str]] = field(default_factory=list)


class DocumentTimeout(BaseException):
    """Raised by the alarm when a document runs past the limit.

    A ``BaseException`` so that no ``except Exception`` inside the library swallows it."""


# --------------------------------------------------------------------------- corpus readers


def _meantime(root: Path, max_docs: int | None) -> Iterator[Document]:
    folder = root / "meantime"
    published: dict[str, str | None] = {}
    try:
        paths = sorted(annotation_dir(folder).glob("*/*.xml"))
    except FileNotFoundError as exc:
        print(f"skipped MEANTIME English: {exc}", file=sys.stderr)
        paths = []
    for n, path in enumerate(paths):
        doc = read_doc(path)
        published[doc.doc_id] = doc.published
        if max_docs is None or n < max_docs:
            yield Document("meantime/en", doc.doc_id, "en", doc.text, doc.published)
    for lang in MEANTIME_TRANSLATIONS:
        conll = folder / "multilingual_processed" / lang / "meantime.conll"
        if not conll.is_file():
            print(f"skipped MEANTIME {lang}: {conll} not found", file=sys.stderr)
            continue
        for n, cdoc in enumerate(read_conll(conll, lang)):
            if max_docs is not None and n >= max_docs:
                break
            yield Document(
                f"meantime/{lang}", cdoc.doc_id, lang, cdoc.text, published.get(cdoc.doc_id)
            )


def _ecb(root: Path, max_docs: int | None) -> Iterator[Document]:
    conll = root / "ecbplus-dev" / "ECBplus_topics1-35.conll"
    if not conll.is_file():
        print(f"skipped ECB+: {conll} not found", file=sys.stderr)
        return
    seen: set[str] = set()
    for cdoc in read_conll(conll, "en"):
        key = f"{cdoc.topic}/{cdoc.doc_id}"
        if key in seen:  # the conversion repeats some documents verbatim
            continue
        seen.add(key)
        if max_docs is not None and len(seen) > max_docs:
            break
        yield Document("ecb", key, "en", cdoc.text)


def _polnear(root: Path, max_docs: int | None) -> Iterator[Document]:
    folder = root / "polnear-train"
    texts = sorted((folder / "text").glob("*.txt"))
    if not texts:
        print(f"skipped PolNeAR: no texts under {folder / 'text'}", file=sys.stderr)
        return
    dates: dict[str, str] = {}
    metadata = folder / "metadata.tsv"
    if metadata.is_file():
        with metadata.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                dates[row["filename"]] = row["publication_date"]
    for path in texts[:max_docs] if max_docs is not None else texts:
        text = path.read_text(encoding="utf-8")
        yield Document("polnear", path.stem, "en", text, dates.get(path.stem) or None)


def _german(root: Path, max_docs: int | None) -> Iterator[Document]:
    folder = root / "german-quotes" / "data"
    files = sorted(folder.glob("*/*.json"))
    if not files:
        print(f"skipped German quotes: no files under {folder}", file=sys.stderr)
        return
    for path in files[:max_docs] if max_docs is not None else files:
        data = json.loads(path.read_text(encoding="utf-8"))
        match = _FILE_DATE.search(path.name)
        doc_id = f"{path.parent.name}/{path.name.split(' ', 1)[0]}"
        yield Document(
            "german", doc_id, "de", data["originalText"], match.group(1) if match else None
        )


READERS = {"meantime": _meantime, "ecb": _ecb, "polnear": _polnear, "german": _german}


# --------------------------------------------------------------------------- checks


def _span_problem(text: str, span: Any) -> str | None:
    start, end, covered = span.start, span.end, span.text
    if not 0 <= start <= end <= len(text):
        return f"offsets {start}:{end} outside a text of {len(text)} characters"
    if text[start:end] != covered:
        return f"{start}:{end} holds {text[start:end]!r}, span says {covered!r}"
    return None


def _walk(value: Any, path: str, text: str, out: list[tuple[str, str]]) -> None:
    """Check every ``TextSpan`` reachable from ``value`` (a model or a tuple of them)."""
    from claimx.models import TextSpan

    if isinstance(value, tuple | list):
        for item in value:
            _walk(item, path, text, out)
        return
    if not isinstance(value, BaseModel):
        return
    if isinstance(value, TextSpan):
        problem = _span_problem(text, value)
        if problem is not None:
            out.append((path or type(value).__name__, problem))
    for name in type(value).model_fields:
        child = getattr(value, name)
        if isinstance(child, BaseModel | tuple | list):
            _walk(child, f"{path}.{name}" if path else name, text, out)


def check_article(article: Any) -> list[tuple[str, str]]:
    """``(field, detail)`` for every span that does not slice ``article.text`` and every
    claim reference that points at nothing."""
    out: list[tuple[str, str]] = []
    _walk(article, "", article.text, out)
    entity_ids = {entity.id for entity in article.entities}
    for claim in article.claims:
        if claim.paragraph is not None and not 0 <= claim.paragraph < len(article.paragraphs):
            out.append(("claims.paragraph", f"index {claim.paragraph} of a claim ({claim.id})"))
        for ref in claim.entities:
            if ref not in entity_ids:
                out.append(("claims.entities", f"unknown entity id {ref!r} ({claim.id})"))
        if claim.speaker is not None and claim.speaker.entity not in (None, *entity_ids):
            out.append(("claims.speaker.entity", f"unknown entity id {claim.speaker.entity!r}"))
    return out


def _frame(entry: traceback.FrameSummary) -> str:
    path = Path(entry.filename)
    try:
        shown = str(path.resolve().relative_to(ROOT))
    except ValueError:
        shown = entry.filename
    return f"{shown}:{entry.lineno} in {entry.name}"


def _frames(tb: Any) -> tuple[str, str]:
    """The last frame of a traceback and the last frame inside claimx/."""
    stack = traceback.extract_tb(tb)
    while stack and stack[-1].name == _on_alarm.__name__:  # a timeout: where it interrupted
        stack.pop()
    if not stack:
        return "", ""
    inside = [e for e in stack if f"{os.sep}claimx{os.sep}" in e.filename]
    return _frame(stack[-1]), _frame(inside[-1]) if inside else ""


# --------------------------------------------------------------------------- the run


class Watchdog:
    """Ends the run when a document is stuck where the alarm cannot interrupt it."""

    def __init__(self, grace: float) -> None:
        self.grace = grace
        self.current: Document | None = None
        self.deadline = 0.0
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def arm(self, doc: Document, limit: float) -> None:
        self.current = doc
        self.deadline = time.monotonic() + limit + self.grace

    def disarm(self) -> None:
        self.current = None

    def _run(self) -> None:
        while True:
            time.sleep(1.0)
            doc = self.current
            if doc is not None and time.monotonic() > self.deadline:
                print(
                    f"\nHARD HANG: {doc.corpus} {doc.doc_id} did not return to Python within "
                    f"the limit plus {self.grace:.0f} s; stacks follow",
                    file=sys.stderr,
                    flush=True,
                )
                faulthandler.dump_traceback(file=sys.stderr, all_threads=True)
                sys.stdout.flush()
                os._exit(3)


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise DocumentTimeout


def _collect(root: Path, names: Sequence[str], max_docs: int | None) -> Iterator[Document]:
    for name in names:
        yield from READERS[name](root, max_docs)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpora", type=Path, default=DEFAULT_CORPORA, help="folder holding the corpora"
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=CORPORA,
        help="run only this corpus (repeatable)",
    )
    parser.add_argument("--max-docs", type=int, help="at most N documents per corpus/language")
    parser.add_argument(
        "--limit", type=float, default=20.0, help="seconds per document (default 20)"
    )
    args = parser.parse_args(argv)

    if not args.corpora.is_dir():
        print(
            f"corpora not found: {args.corpora} (expected ../shared/corpora next to the "
            "repository; pass --corpora PATH)",
            file=sys.stderr,
        )
        return 2
    names = [n for n in CORPORA if n in args.only] if args.only else list(CORPORA)

    import claimx

    print(f"corpora: {args.corpora.resolve()}; corpora run: {', '.join(names)}")
    print(f"per-document limit {args.limit:g} s; max docs per corpus: {args.max_docs or 'all'}")
    signal.signal(signal.SIGALRM, _on_alarm)
    watchdog = Watchdog(grace=max(30.0, 2 * args.limit))
    warmed: set[str] = set()
    totals: dict[str, Totals] = {}
    hangs: list[Failure] = []
    errors: list[Failure] = []
    broken: list[BrokenSpan] = []
    timings: list[tuple[float, str, str]] = []
    started = time.perf_counter()
    for count, doc in enumerate(_collect(args.corpora, names, args.max_docs), start=1):
        if doc.language not in warmed:  # load the pipeline outside the timed region
            warmed.add(doc.language)
            watchdog.arm(Document(doc.corpus, "(warm-up)", doc.language, _WARM_UP), 300.0)
            try:
                claimx.parse(_WARM_UP, language=doc.language, published="2021-05-04")
            except Exception as exc:  # the documents will show it again, with a traceback
                print(f"warm-up for {doc.language} failed: {exc!r}", file=sys.stderr)
            watchdog.disarm()
        total = totals.setdefault(doc.corpus, Totals())
        total.docs += 1
        total.words += len(doc.text.split())
        article = None
        watchdog.arm(doc, args.limit)
        t0 = time.perf_counter()
        try:
            signal.setitimer(signal.ITIMER_REAL, args.limit)
            try:
                article = claimx.parse(doc.text, language=doc.language, published=doc.published)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        except DocumentTimeout as exc:
            last, inside = _frames(exc.__traceback__)
            hangs.append(Failure(doc.corpus, doc.doc_id, "hang", frame=last, claimx_frame=inside))
        except Exception as exc:
            last, inside = _frames(exc.__traceback__)
            first_line = (str(exc).strip().splitlines() or [""])[0][:200]
            errors.append(
                Failure(doc.corpus, doc.doc_id, type(exc).__name__, first_line, last, inside)
            )
        elapsed = time.perf_counter() - t0
        watchdog.disarm()
        total.seconds += elapsed
        timings.append((elapsed, doc.corpus, doc.doc_id))
        if article is None:
            total.failed += 1
        else:
            for where, detail in check_article(article):
                broken.append(BrokenSpan(doc.corpus, doc.doc_id, where, detail))
        if count % 100 == 0:
            print(
                f"  {count} documents, {time.perf_counter() - started:.0f} s "
                f"({doc.corpus}); {len(hangs)} hangs, {len(errors)} exceptions, "
                f"{len(broken)} broken spans",
                file=sys.stderr,
                flush=True,
            )
    wall = time.perf_counter() - started
    _report(totals, hangs, errors, broken, timings, wall)
    return 1 if hangs or errors or broken else 0


def _report(
    totals: dict[str, Totals],
    hangs: list[Failure],
    errors: list[Failure],
    broken: list[BrokenSpan],
    timings: list[tuple[float, str, str]],
    wall: float,
) -> None:
    print()
    print(
        f"{'corpus':<14} {'docs':>6} {'words':>10} {'parse s':>9} {'articles/s':>11} "
        f"{'words/s':>9} {'failed':>7}"
    )
    grand = Totals()
    for t in totals.values():
        grand.docs += t.docs
        grand.words += t.words
        grand.seconds += t.seconds
        grand.failed += t.failed
    for name, t in [*totals.items(), ("total", grand)]:
        secs = t.seconds or 1e-9
        print(
            f"{name:<14} {t.docs:>6} {t.words:>10} {t.seconds:>9.1f} {t.docs / secs:>11.2f} "
            f"{t.words / secs:>9.0f} {t.failed:>7}"
        )
    print(f"wall time (reading corpora and checks included): {wall:.1f} s")

    print(f"\nhangs: {len(hangs)}")
    for f in hangs:
        where = f" interrupted at {f.frame}" if f.frame else ""
        if f.claimx_frame and f.claimx_frame != f.frame:
            where += f"; last claimx frame {f.claimx_frame}"
        print(f"  {f.corpus} {f.doc_id}:{where}")
    print(f"\nexceptions: {len(errors)}")
    for f in errors:
        print(f"  {f.corpus} {f.doc_id}: {f.kind}: {f.message}")
        print(f"      at {f.frame}")
        if f.claimx_frame and f.claimx_frame != f.frame:
            print(f"      last claimx frame {f.claimx_frame}")
    print(f"\nbroken spans: {len(broken)}")
    for b in broken:
        print(f"  {b.corpus} {b.doc_id} {b.field}: {b.detail[:200]}")
    print("\n10 slowest documents:")
    for secs, corpus, doc_id in sorted(timings, reverse=True)[:10]:
        print(f"  {secs:7.2f} s  {corpus} {doc_id}")
    verdict = "FAILED" if hangs or errors or broken else "OK"
    print(
        f"\n{verdict}: {len(hangs)} hangs, {len(errors)} exceptions, "
        f"{len(broken)} broken spans in {grand.docs} documents"
    )


if __name__ == "__main__":
    sys.exit(main())
