"""The ``claimx`` command line: ``claimx parse PATH... [options]``.

Exit codes: 0 when at least one article was parsed (inputs that failed are reported on
stderr and in the output's ``errors``), 1 when no article could be parsed (every input
failed, or no spaCy pipeline is installed), 2 for usage errors (bad option values, unknown
options, ``--link`` without linking support). With ``--strict``, any failed input gives 1.

Logging goes to stderr and is configured here only; the library just adds a NullHandler.
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import signal
import stat
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import IO, Any, NoReturn

from . import __version__
from ._atomic import atomic_write, check_writable
from ._progress import Progress
from .errors import ClaimxError, ClaimxModelError, DateValueError, UnsupportedLanguageError
from .inputs import (
    ArticleInput,
    coerce_published,
    iter_jsonl,
    load_metadata,
    load_sidecar,
    make_input,
    read_text_file,
    with_defaults,
)
from .models import Article, ClaimGraph, Diagnostic, InputFailure, ParseResult

__all__ = ["main"]

log = logging.getLogger("claimx.cli")

#: File name patterns picked up when a directory is given.
TEXT_SUFFIXES = (".txt", ".html", ".htm")
JSONL_SUFFIX = ".jsonl"
METADATA_FILE = "metadata.json"
SIDECAR_SUFFIX = ".meta.json"


class UsageError(Exception):
    """A bad command line: reported in one line, exit code 2."""


class _Terminated(BaseException):
    """SIGTERM arrived: unwind (temporary output removed, workers stopped), exit 143."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise _Terminated


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors (no usage dump) and no SystemExit surprises."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


# --------------------------------------------------------------------------- inputs


@dataclass
class Inputs:
    """What the paths expanded to: valid inputs in order, and failures."""

    items: list[ArticleInput] = field(default_factory=list)
    failures: list[InputFailure] = field(default_factory=list)


def _failure(source: str, exc: BaseException) -> InputFailure:
    message = str(exc)
    # Messages already name the source; keep the stderr line short.
    if message.startswith(f"{source}: "):
        message = message[len(source) + 2 :]
    return InputFailure(source=source, error=type(exc).__name__, message=message)


def _directory_files(root: Path) -> list[Path]:
    found = [
        p
        for p in root.rglob("*")
        if p.is_file()
        and (p.suffix.lower() in TEXT_SUFFIXES or p.suffix.lower() == JSONL_SUFFIX)
        and not p.name.startswith(".")
    ]
    return sorted(found)


class _MetadataCache:
    """Per-directory ``metadata.json`` files, read once; a broken one is reported once."""

    def __init__(self, out: Inputs) -> None:
        self._dirs: dict[Path, dict[str, dict[str, object]]] = {}
        self._out = out

    def for_file(self, path: Path) -> dict[str, object]:
        directory = path.parent
        if directory not in self._dirs:
            meta_path = directory / METADATA_FILE
            self._dirs[directory] = {}
            if meta_path.is_file():
                try:
                    self._dirs[directory] = load_metadata(meta_path)
                except ClaimxError as exc:
                    self._out.failures.append(_failure(str(meta_path), exc))
        meta = dict(self._dirs[directory].get(path.name, {}))
        sidecar = path.with_name(path.name[: -len(path.suffix)] + SIDECAR_SUFFIX)
        if sidecar.is_file():
            try:
                meta.update(load_sidecar(sidecar))
            except ClaimxError as exc:  # the article is parsed without it
                self._out.failures.append(_failure(str(sidecar), exc))
        return meta


def _read_jsonl(lines: Iterable[bytes], where: str, out: Inputs) -> None:
    for result in iter_jsonl(lines, where):
        if isinstance(result, ArticleInput):
            out.items.append(result)
        else:
            out.failures.append(result)


def _read_stdin(out: Inputs) -> None:
    data = sys.stdin.buffer.read()
    first = data.lstrip()[:1]
    if first == b"{":  # a JSONL stream; news text never starts with a brace
        _read_jsonl(data.splitlines(), "<stdin>", out)
        return
    try:
        out.items.append(make_input(data, source="<stdin>", origin="<stdin>"))
    except ClaimxError as exc:
        out.failures.append(_failure("<stdin>", exc))


def _read_file(path: Path, meta: _MetadataCache, out: Inputs) -> None:
    if path.suffix.lower() == JSONL_SUFFIX:
        try:
            with path.open("rb") as handle:
                _read_jsonl(handle, str(path), out)
        except OSError as exc:
            out.failures.append(
                InputFailure(source=str(path), error="InputError", message=str(exc.strerror))
            )
        return
    try:
        out.items.append(read_text_file(path, meta.for_file(path)))
    except ClaimxError as exc:
        out.failures.append(_failure(str(path), exc))


def collect_inputs(paths: Sequence[str]) -> Inputs:
    """Expand files, directories (recursive) and ``-`` into validated inputs and failures."""
    out = Inputs()
    meta = _MetadataCache(out)
    for name in paths:
        if name == "-":
            _read_stdin(out)
            continue
        path = Path(name)
        if path.is_dir():
            files = _directory_files(path)
            if not files:
                out.failures.append(
                    InputFailure(
                        source=name,
                        error="InputError",
                        message="no *.txt, *.html or *.jsonl files in this directory",
                    )
                )
            for file in files:
                _read_file(file, meta, out)
        elif path.is_file():
            _read_file(path, meta, out)
        else:
            out.failures.append(
                InputFailure(source=name, error="InputError", message=_not_a_file(path))
            )
    return out


def _not_a_file(path: Path) -> str:
    """Why ``path`` is not read: it does not exist, or what it is instead of a file."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return str(exc.strerror or exc).lower()
    kinds = ((stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket"))
    kind = next((name for test, name in kinds if test(mode)), "a device or special file")
    return f"not a regular file ({kind}); pipe its contents to '-' (stdin) instead"


# --------------------------------------------------------------------------- parsing


def _linker() -> Callable[[list[Article]], ClaimGraph] | None:
    import claimx

    link = getattr(claimx, "link", None)
    if link is not None and not callable(link):  # the submodule, not the function
        link = getattr(link, "link", None)
    return link if callable(link) else None


# --------------------------------------------------------------------------- output


#: Diagnostic codes logged at info level (``-v``) rather than as warnings: they describe
#: normal handling, not a problem with the input.
INFO_CODES = frozenset({"html-converted"})
#: Output formats that write the claims table (``claimx.tables``), and what they need.
TABLE_FORMATS = {"parquet": ("pandas", "pyarrow"), "csv": ("pandas",)}


def _report(item: ArticleInput, diagnostics: Sequence[Diagnostic]) -> None:
    """Log an article's diagnostics naming its file, one line per code (with a count)."""
    where = item.where
    groups: dict[str, list[Diagnostic]] = {}
    for diag in diagnostics:
        groups.setdefault(diag.code, []).append(diag)
    for code, group in groups.items():
        message = group[0].message
        for prefix in {item.origin, item.source, where} - {None}:
            message = message.removeprefix(f"{prefix}: ")
        count = f" ({len(group)} times)" if len(group) > 1 else ""
        level = logging.INFO if code in INFO_CODES else logging.WARNING
        log.log(level, "%s: [%s] %s%s", where, code, message, count)


def _table_width(to_terminal: bool) -> int:
    """The terminal's width (``COLUMNS`` first) when writing to it, else 120."""
    from ._table import DEFAULT_WIDTH

    if to_terminal:
        return shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() else DEFAULT_WIDTH


def _write(result: ParseResult, fmt: str, stream: IO[Any], width: int | None = None) -> None:
    """Write ``result`` in ``fmt`` (a binary stream for parquet, else a text stream)."""
    if fmt in TABLE_FORMATS:
        from .tables import write_table

        write_table(result.articles, stream, fmt)  # type: ignore[arg-type]
    elif fmt == "json":
        exclude = {"clusters"} if result.clusters is None else None
        stream.write(result.model_dump_json(indent=2, exclude=exclude))
        stream.write("\n")
    elif fmt == "jsonl":
        for record in (*result.articles, *result.errors, *(result.clusters or ())):
            stream.write(record.model_dump_json())
            stream.write("\n")
    else:
        from ._table import render_table

        stream.write(render_table(result, width))


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (exposed for docs and tests)."""
    parser = _Parser(prog="claimx", description="Turn news articles into typed, attributed claims.")
    parser.add_argument("--version", action="version", version=f"claimx {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    p = sub.add_parser(
        "parse",
        help="parse articles and print entities, dates and claims",
        description=(
            "Parse articles from files, directories (recursive *.txt, *.html, *.jsonl), or "
            "'-' (stdin). A directory's metadata.json or a <name>.meta.json sidecar gives "
            "per-file published/language/source/title/id."
        ),
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, directory or '-' for stdin")
    p.add_argument(
        "--published",
        metavar="DATE",
        help="publication date (ISO 8601) for inputs that have none of their own",
    )
    p.add_argument(
        "--lang", metavar="CODE", help="language (ISO 639-1) for inputs with none of their own"
    )
    p.add_argument(
        "--format",
        choices=("table", "json", "jsonl", "parquet", "csv"),
        help=(
            "output format (default: table on a terminal, json otherwise); parquet and csv "
            "write the claims table, one row per claim (parquet needs -o FILE; both need "
            'pip install "claimx[pandas]")'
        ),
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--batch-size", type=_positive, default=32, metavar="N", help="default 32")
    p.add_argument(
        "--n-process", type=_positive, default=1, metavar="N", help="worker processes (1)"
    )
    p.add_argument("--link", action="store_true", help="also link claims across articles")
    p.add_argument(
        "--unattributed",
        action="store_true",
        help="also emit the outlet's own unattributed assertions (speaker and cue empty)",
    )
    p.add_argument("--strict", action="store_true", help="exit 1 if any input failed")
    p.add_argument("-v", "--verbose", action="count", default=0, help="more log output")
    p.add_argument("-q", "--quiet", action="store_true", help="only errors on stderr")
    p.add_argument(
        "--no-progress",
        action="store_true",
        help="no progress bar (shown on a terminal's stderr when there are several inputs)",
    )
    return parser


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not an integer") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be >= 1, got {number}")
    return number


class _LowerLevelFormatter(logging.Formatter):
    """``claimx: warning: ...`` like other command-line tools."""

    def format(self, record: logging.LogRecord) -> str:
        record.levelname = record.levelname.lower()
        return super().format(record)


class _Handler(logging.StreamHandler):  # type: ignore[type-arg]
    """stderr lines that first wipe the progress bar (the next update redraws it); other
    libraries' records (trafilatura, htmldate, ...) only with ``-vv``."""

    def __init__(self, verbose: int) -> None:
        super().__init__(sys.stderr)
        self.progress: Progress | None = None
        self.verbose = verbose

    def filter(self, record: logging.LogRecord) -> bool:
        ours = record.name.split(".")[0] in ("claimx", "py")
        return (ours or self.verbose > 1) and bool(super().filter(record))

    def emit(self, record: logging.LogRecord) -> None:
        if self.progress is not None:
            self.progress.clear()
        super().emit(record)


def _configure_logging(verbose: int, quiet: bool) -> _Handler:
    level = logging.ERROR if quiet else logging.DEBUG if verbose > 1 else logging.INFO
    if not verbose and not quiet:
        level = logging.WARNING
    handler = _Handler(verbose)
    handler.setFormatter(_LowerLevelFormatter("claimx: %(levelname)s: %(message)s"))
    handler.set_name("claimx-cli")
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == "claimx-cli"]:
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    return handler


def _check_format(args: argparse.Namespace) -> str:
    """The output format; a table format's requirements are checked before any parsing.

    Raises:
        UsageError: parquet without ``-o``, or ``--link`` with a table format.
        ImportError: pandas or pyarrow is missing for a table format.
    """
    fmt: str = args.format or ("table" if args.output is None and sys.stdout.isatty() else "json")
    if fmt in TABLE_FORMATS:
        if fmt == "parquet" and args.output is None:
            raise UsageError("--format parquet needs -o FILE")
        if args.link:
            raise UsageError(
                f"--link: --format {fmt} writes the claims table only; use json or jsonl, "
                "or ClaimGraph.to_pandas() in Python"
            )
        import importlib.util

        for module in TABLE_FORMATS[fmt]:
            if importlib.util.find_spec(module) is None:
                raise ImportError(
                    f"--format {fmt} needs {module}, which is not installed; install it "
                    'with: pip install "claimx[pandas]"'
                )
    return fmt


def _check_output(path: str | None) -> None:
    """Fail before any parsing when ``-o`` cannot be written (no such directory, no
    permission, a directory)."""
    if path is None:
        return
    try:
        check_writable(path)
    except OSError as exc:
        raise UsageError(f"-o {path}: {exc.strerror or exc}") from None


def _unique_ids(items: list[ArticleInput]) -> list[ArticleInput]:
    """``items`` with each repeated id made unique (``ID~2``, ``ID~3``, ...) and a
    ``duplicate-id`` diagnostic on the renamed article (``--link`` needs unique ids)."""
    taken = {item.id for item in items}
    first: dict[str, ArticleInput] = {}
    out: list[ArticleInput] = []
    for item in items:
        if item.id not in first:
            first[item.id] = item
            out.append(item)
            continue
        number = 2
        while f"{item.id}~{number}" in taken:
            number += 1
        new = f"{item.id}~{number}"
        taken.add(new)
        diag = Diagnostic(
            code="duplicate-id",
            message=(
                f"article id {item.id!r} is also the id of {first[item.id].where}; "
                f"renamed {new!r} for --link"
            ),
        )
        out.append(replace(item, id=new, diagnostics=(*item.diagnostics, diag)))
    return out


def _run_parse(args: argparse.Namespace, handler: _Handler) -> int:
    if args.published is not None and not args.published.strip():
        raise UsageError(
            "--published: empty date; give an ISO-8601 date such as 2024-05-31, "
            "or leave the option out"
        )
    try:
        published: datetime | None = coerce_published(args.published)
    except DateValueError as exc:
        raise UsageError(f"--published: {exc}") from None
    lang = args.lang.lower() if args.lang else None
    link = None
    if args.link:
        link = _linker()
        if link is None:
            raise UsageError("--link: linking is not available in this version of claimx")
    if lang is not None:
        from .pipeline import load_pipeline

        try:
            load_pipeline(lang)
        except UnsupportedLanguageError as exc:
            raise UsageError(f"--lang: {exc}") from None
    fmt = _check_format(args)
    _check_output(args.output)

    found = collect_inputs(args.paths)
    items = [with_defaults(i, published=published, language=lang) for i in found.items]
    if link is not None:
        items = _unique_ids(items)
    failures = list(found.failures)
    articles: list[Article] = []
    from .api import parse_many

    progress = None
    if len(items) > 1 and sys.stderr.isatty() and not args.quiet and not args.no_progress:
        progress = Progress(len(items))
        handler.progress = progress
    outcomes = parse_many(
        items,
        batch_size=args.batch_size,
        n_process=args.n_process,
        unattributed=args.unattributed,
        errors="report",
    )
    try:
        # one outcome per item, in input order (parse_many's contract with errors="report")
        for item, outcome in zip(items, outcomes, strict=True):
            if isinstance(outcome, InputFailure):
                failures.append(outcome)
            else:
                articles.append(outcome)
                _report(item, outcome.diagnostics)
                log.debug("parsed %s", item.where)
            if progress is not None:
                progress.update()
    finally:
        close = getattr(outcomes, "close", None)  # a generator: an interruption (or
        if close is not None:  # SIGTERM) stops the worker processes now, not at exit
            close()
        if progress is not None:
            handler.progress = None
            progress.close()
    for failure in failures:
        log.error("%s: %s: %s", failure.source, failure.error, failure.message)
    clusters = None
    if link is not None:
        clusters = link(articles).clusters
    result = ParseResult(articles=tuple(articles), errors=tuple(failures), clusters=clusters)
    if args.output is None:
        _write(result, fmt, sys.stdout, _table_width(sys.stdout.isatty()))
        sys.stdout.flush()
    else:  # complete or not at all: a temporary file renamed into place
        with atomic_write(args.output, "wb" if fmt == "parquet" else "w") as handle:
            _write(result, fmt, handle, _table_width(False))
    if not articles or (args.strict and failures):
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code (never raises for user errors).

    SIGTERM is handled like Ctrl-C: the run unwinds (an unfinished ``-o`` file is removed,
    the previous one stays, worker processes stop) and exits with 143.
    """
    parser = build_parser()
    previous = _handle_sigterm()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help(sys.stderr)
            return 2
        handler = _configure_logging(args.verbose, args.quiet)
        return _run_parse(args, handler)
    except UsageError as exc:
        print(f"claimx: error: {exc}", file=sys.stderr)
        return 2
    except (ClaimxModelError, ImportError) as exc:  # a missing model or extra
        print(f"claimx: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # pragma: no cover - e.g. `claimx parse ... | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as exc:  # e.g. --output in a missing directory
        where = f"{exc.filename}: {exc.strerror or exc}" if exc.filename else str(exc)
        print(f"claimx: error: {where}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("claimx: interrupted", file=sys.stderr)
        return 130
    except _Terminated:
        print("claimx: terminated", file=sys.stderr)
        return 143
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _handle_sigterm() -> Any:
    """Make SIGTERM raise :class:`_Terminated`; returns the previous handler (``None`` when
    not in the main thread, where Python cannot set one)."""
    try:
        return signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:
        return None


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
