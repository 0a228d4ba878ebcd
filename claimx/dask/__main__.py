"""``python -m claimx.dask parse PATH... --output DIR``: parse (and link) on a Dask cluster.

A separate entry rather than ``claimx parse --dask``: ``claimx parse`` gathers one
:class:`~claimx.models.ParseResult` in memory and prints it, while a Dask run writes a
directory of partitioned files (each worker writes its own) and needs the ``[dask]`` extra;
keeping it here leaves the ``claimx`` command free of that dependency.

JSONL files (and the ``*.jsonl`` files of a directory) are read and validated on the
workers, one partition per file; other files (``*.txt``, ``*.html``, with their metadata)
are read here as ``claimx parse`` reads them. Output in DIR: the ``claims/`` and
``articles/`` Parquet tables (:func:`claimx.dask.write_parquet`; ``--format jsonl``:
``articles-*.jsonl``), ``errors-*.jsonl`` (an ``InputFailure`` a line) and, with ``--link``,
``clusters-*.jsonl``. Exit codes as ``claimx parse``: 0 when an article was parsed, 1 when
none was, 2 for usage errors.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from .._atomic import atomic_write
from ..cli import collect_inputs
from ..errors import ClaimxModelError, DateValueError
from ..inputs import ArticleInput, coerce_published, iter_jsonl, with_defaults
from ..models import Article, InputFailure

__all__ = ["main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m claimx.dask", description="Parse (and link) articles on a Dask cluster."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse articles into DIR (articles, errors, clusters)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="JSONL files, text files, folders")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="output folder")
    p.add_argument(
        "--scheduler",
        default="local",
        metavar="WHERE",
        help="a scheduler address (tcp://host:8786), 'local' (a LocalCluster of one "
        "single-threaded worker process per core; 'local:N' for N), or 'synchronous'",
    )
    p.add_argument("--partitions", type=int, default=None, metavar="N", help="repartition")
    p.add_argument("--published", metavar="DATE", help="date for inputs with none")
    p.add_argument("--lang", metavar="CODE", help="language for inputs with none")
    p.add_argument("--batch-size", type=int, default=32, metavar="N")
    p.add_argument("--unattributed", action="store_true", help="also unattributed claims")
    p.add_argument(
        "--format",
        choices=("parquet", "jsonl"),
        default="parquet",
        help="parquet (default): DIR/claims and DIR/articles tables; jsonl: one Article a line",
    )
    p.add_argument("--link", action="store_true", help="also link claims across articles")
    return parser


@contextlib.contextmanager
def _scheduler(where: str) -> Iterator[None]:
    import dask

    if where == "synchronous":
        with dask.config.set(scheduler="synchronous"):
            yield
        return
    from distributed import Client, LocalCluster

    if where == "local" or where.startswith("local:"):
        workers = int(where.partition(":")[2] or os.cpu_count() or 1)
        with (
            LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=":0") as c,
            Client(c),
        ):
            yield
        return
    with Client(where):
        yield


def _read_jsonl(path: str, published: Any, language: str | None) -> list[Any]:
    with open(path, "rb") as handle:
        return [
            with_defaults(item, published=published, language=language)
            if isinstance(item, ArticleInput)
            else item
            for item in iter_jsonl(handle, path)
        ]


def _jsonl_files(paths: Sequence[str]) -> tuple[list[str], list[str]]:
    """The JSONL files to read on the workers, and the other paths."""
    jsonl: list[str] = []
    other: list[str] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            jsonl += [str(p) for p in sorted(path.rglob("*.jsonl"))]
            if any(
                p.suffix.lower() in (".txt", ".html", ".htm")
                for p in path.rglob("*")
                if p.is_file()
            ):
                other.append(name)
        elif path.suffix.lower() == ".jsonl" and path.is_file():
            jsonl.append(name)
        else:
            other.append(name)
    return jsonl, other


def run(args: argparse.Namespace) -> int:
    import dask
    import dask.bag as db

    from . import link, parse_bag, write_parquet

    published = coerce_published(args.published)
    language = args.lang.lower() if args.lang else None
    jsonl, other = _jsonl_files(args.paths)
    parts = [dask.delayed(_read_jsonl)(path, published, language) for path in jsonl]
    failures: list[InputFailure] = []
    if other:
        found = collect_inputs(other)
        failures += found.failures
        items = [with_defaults(i, published=published, language=language) for i in found.items]
        if items:
            parts.append(dask.delayed(items))
    if not parts:
        print("claimx: error: no input", file=sys.stderr)
        return 1
    records = db.from_delayed(parts)
    if args.partitions:
        records = records.repartition(args.partitions)
    # the InputFailure of an unreadable JSONL line stays in its place (see parse_bag)
    results = parse_bag(
        records,
        batch_size=args.batch_size,
        unattributed=args.unattributed,
        errors="report",
    )
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    with _scheduler(args.scheduler):
        results = results.persist()
        articles = results.filter(lambda x: isinstance(x, Article))
        errors = results.filter(lambda x: not isinstance(x, Article))
        writes = [
            write_parquet(articles, out, compute=False)
            if args.format == "parquet"
            else _write_jsonl(articles, out, "articles"),
            _write_jsonl(errors, out, "errors"),
        ]
        counts = [articles.count(), errors.count()]
        if args.link:
            graph = link(articles)
            writes.append(_write_jsonl(graph.clusters, out, "clusters"))
            counts.append(graph.clusters.count())
        done = dask.compute(*writes, *counts)
    n_articles, n_errors = done[len(writes)], done[len(writes) + 1]
    n_errors += len(failures)
    if failures:
        _write_lines(failures, out / "errors-input.jsonl")
    summary = f"claimx: {n_articles} articles, {n_errors} failed inputs"
    if args.link:
        summary += f", {done[len(writes) + 2]} clusters"
    print(f"{summary} -> {out}", file=sys.stderr)
    return 0 if n_articles else 1


def _json(model: Article | InputFailure | Any) -> str:
    return str(model.model_dump_json())


def _write_lines(models: Sequence[Any], path: Path) -> None:
    with atomic_write(path) as handle:
        for model in models:
            handle.write(_json(model) + "\n")


def _write_jsonl(bag: Any, out: Path, name: str) -> Any:
    """A delayed write of ``bag`` to ``out/NAME-0.jsonl, NAME-1.jsonl, ...``, one model a
    line, one file per partition, each written atomically (as ``Bag.to_textfiles`` names
    them, which writes in place)."""
    import dask

    return [
        dask.delayed(_write_lines)(part, out / f"{name}-{k}.jsonl")
        for k, part in enumerate(bag.to_delayed())
    ]


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return run(args)
    except DateValueError as exc:
        print(f"claimx: error: --published: {exc}", file=sys.stderr)
        return 2
    except ClaimxModelError as exc:
        print(f"claimx: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
