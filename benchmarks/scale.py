"""claimx on Dask against one process, on this machine: parsing and linking at scale.

    python benchmarks/scale.py parse [--max-docs N] [--repeat R] [--workers 2]
    python benchmarks/scale.py link [--sizes 100000 1000000] [--partitions P] [--workers 2]
                                    [--compare-max 100000]

``parse``: the English MEANTIME articles (as ``benchmarks/throughput.py`` reads them, or
the seed articles repeated) through (a) ``claimx.parse_many`` in one process, (b)
``parse_many(n_process=2)`` and (c) ``claimx.dask.parse_bag`` on a ``LocalCluster`` of
``--workers`` processes of one thread each. Each run after a warm-up (pipelines loaded);
prints articles/s, CPU seconds per process (the parent and its workers apart), peak RSS per
process and the load average around the run.

``link``: ``benchmarks/linking.py``'s synthetic claims (stories restated by 1-5 outlets,
~10 claims per article): their texts are drawn here, each partition's articles are built on
a worker (timed apart in a first pass) and linked by ``claimx.dask.link``; prints wall time,
CPU seconds and peak RSS per worker, clusters and links. Sizes up to ``--compare-max`` are
also linked by ``claimx.link`` in one process (a child process, so its peak RSS is its own)
and both graphs are hashed: identical clusters and links print ``identical``.

Peak RSS is ``getrusage(RUSAGE_SELF).ru_maxrss`` of each process (each size runs on a fresh
cluster). Wall times depend on the machine's load (shown); CPU seconds much less so.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import os
import resource
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import linking  # noqa: E402
import throughput  # noqa: E402

import claimx  # noqa: E402
from claimx.models import Article, Claim, ClaimGraph  # noqa: E402


def _usage() -> dict[str, float]:
    """This process's CPU seconds and peak RSS (MiB), and its finished children's."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "cpu": own.ru_utime + own.ru_stime,
        "rss": own.ru_maxrss / 1024,
        "children_cpu": kids.ru_utime + kids.ru_stime,
        "children_rss": kids.ru_maxrss / 1024,
    }


def _load() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def _child(func: Any, *args: Any) -> Any:
    """Run ``func(*args)`` in a fresh process (its peak RSS is its own)."""
    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        return pool.submit(func, *args).result()


def _cluster(workers: int) -> Any:
    from distributed import Client, LocalCluster

    cluster = LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    return cluster, Client(cluster)


# --------------------------------------------------------------------------- parse


def _records(max_docs: int | None, repeat: int) -> list[dict[str, str]]:
    conll = throughput.DEFAULT_CONLL
    texts, _ = throughput.load_texts(conll if conll.exists() else None, max_docs, repeat)
    return [{"id": f"t{k}", "text": t, "language": "en"} for k, t in enumerate(texts)]


def _parse_one_process(records: list[dict[str, str]], n_process: int) -> dict[str, float]:
    claimx.load_pipeline("en")
    list(claimx.parse_many(records[:4]))  # warm-up
    before = _usage()
    start = time.perf_counter()
    n = sum(1 for _ in claimx.parse_many(records, n_process=n_process))
    wall = time.perf_counter() - start
    after = _usage()
    return {
        "articles": n,
        "wall": wall,
        "cpu": after["cpu"] - before["cpu"],
        "workers_cpu": after["children_cpu"] - before["children_cpu"],
        "rss": after["rss"],
        "workers_rss": after["children_rss"],
    }


def _worker_usage() -> dict[str, float]:
    return _usage()


def _measured(client: Any, run: Any) -> tuple[Any, float, str, str, str]:
    """``run()`` on the cluster: its result, wall seconds, CPU seconds and peak RSS (MiB)
    per worker, and the load average before / after."""
    before = client.run(_worker_usage)
    load = _load()
    start = time.perf_counter()
    result = run()
    wall = time.perf_counter() - start
    after = client.run(_worker_usage)
    cpus = " + ".join(f"{after[w]['cpu'] - before[w]['cpu']:.1f}" for w in sorted(after))
    rss = " / ".join(f"{after[w]['rss']:.0f}" for w in sorted(after))
    return result, wall, cpus, rss, f"{load} / {_load()}"


HEX = frozenset("0123456789abcdef")


def _task_times(tasks: Sequence[dict[str, Any]]) -> str:
    """Compute seconds per kind of task (``distributed``'s task stream), longest first."""
    totals: dict[str, float] = {}
    for task in tasks:
        name = str(task["key"][0] if isinstance(task["key"], tuple) else task["key"])
        kind = "-".join(
            t for t in name.split("-") if not (len(t) >= 4 and all(c in HEX for c in t))
        )
        for part in task.get("startstops", ()):
            if part["action"] == "compute":
                totals[kind] = totals.get(kind, 0.0) + part["stop"] - part["start"]
    top = sorted(totals.items(), key=lambda kv: -kv[1])[:10]
    return ", ".join(f"{k} {v:.1f}" for k, v in top)


def _warm() -> int:
    claimx.load_pipeline("en")
    list(claimx.parse_many(["The mayor said the bridge would reopen."], language="en"))
    return 0


def parse_benchmark(max_docs: int | None, repeat: int, workers: int) -> None:
    import dask.bag as db

    import claimx.dask

    records = _records(max_docs, repeat)
    words = sum(len(r["text"].split()) for r in records)
    print(f"parse: {len(records)} articles, {words:,} words; {os.cpu_count()} cores")
    print(f"{'run':34s} {'art/s':>7s} {'wall s':>7s} {'CPU s per process':>30s} "
          f"{'peak RSS MiB':>18s}  load before/after")  # fmt: skip
    for n_process in (1, 2):
        load = _load()
        r = _child(_parse_one_process, records, n_process)
        cpu = f"{r['cpu']:.1f}" + (f" + workers {r['workers_cpu']:.1f}" if n_process > 1 else "")
        rss = f"{r['rss']:.0f}" + (f" / {r['workers_rss']:.0f}" if n_process > 1 else "")
        print(
            f"{'parse_many, n_process=' + str(n_process):34s} {r['articles'] / r['wall']:7.2f} "
            f"{r['wall']:7.1f} {cpu:>30s} {rss:>18s}  {load} / {_load()}"
        )
    cluster, client = _cluster(workers)
    try:
        client.run(_warm)
        bag = db.from_sequence(records, npartitions=4 * workers)
        n, wall, cpus, rss, load = _measured(client, claimx.dask.parse_bag(bag).count().compute)
    finally:
        client.close()
        cluster.close()
    print(
        f"{f'claimx.dask, LocalCluster({workers} workers)':34s} {n / wall:7.2f} {wall:7.1f} "
        f"{cpus:>30s} {rss:>18s}  {load}"
    )


# --------------------------------------------------------------------------- link


def _digest(graph: ClaimGraph) -> tuple[str, str]:
    clusters = "\n".join(c.model_dump_json() for c in graph.clusters)
    links = "\n".join(lk.model_dump_json() for lk in graph.links)
    return (
        hashlib.sha1(clusters.encode()).hexdigest()[:12],
        hashlib.sha1(links.encode()).hexdigest()[:12],
    )


def _link_one_process(base: list[tuple[Article, Claim]], n: int) -> dict[str, Any]:
    articles = linking.synthetic(base, n)
    before = _usage()
    start = time.perf_counter()
    graph = claimx.link(articles, similarity="lexical")
    wall = time.perf_counter() - start
    after = _usage()
    return {
        "wall": wall,
        "cpu": after["cpu"] - before["cpu"],
        "rss": after["rss"],
        "clusters": len(graph.clusters),
        "links": len(graph.links),
        "digest": _digest(graph),
    }


def _partition(first: int, pieces: list[list[tuple[str, int, str]]]) -> list[Article]:
    """The synthetic articles ``first, first + 1, ...`` built from their claims' texts."""
    return [linking._build_article(f"syn{first + k}", items) for k, items in enumerate(pieces)]


def _link_run(bag: Any, result: Any, whole: bool) -> tuple[float, ClaimGraph | None, int, int]:
    """Build the articles once (timed apart), then link them: the whole graph, or counts."""
    import dask

    start = time.perf_counter()
    bag.count().compute()  # the articles alone: built again by the link
    build = time.perf_counter() - start
    if whole:
        graph = result.to_graph()
        return build, graph, len(graph.clusters), len(graph.links)
    clusters, links = dask.compute(result.clusters.count(), result.links.count())
    return build, None, clusters, links


def link_benchmark(
    sizes: Sequence[int], partitions: int | None, workers: int, compare_max: int, profile: bool
) -> None:
    import dask
    import dask.bag as db
    from distributed import get_task_stream

    import claimx.dask

    start = time.perf_counter()
    base = linking._base_claims(linking.DEFAULT_MEANTIME, limit=60)
    print(f"link: base pool of {len(base)} claims in {time.perf_counter() - start:.1f} s")
    for n in sorted(sizes):
        pieces = linking.synthetic_pieces(base, n)  # the claims' texts, drawn here
        parts = partitions or max(2 * workers, -(-n // 64_000))
        bounds = [len(pieces) * k // parts for k in range(parts + 1)]
        if n <= compare_max:
            load = _load()
            one = _child(_link_one_process, base, n)
            print(
                f"{n:>9,} claims, claimx.link (one process): {one['wall']:.1f} s wall, "
                f"{one['cpu']:.1f} s CPU, peak RSS {one['rss']:.0f} MiB; {one['clusters']:,} "
                f"clusters, {one['links']:,} links; load {load} / {_load()}"
            )
        cluster, client = _cluster(workers)
        try:
            slices = client.scatter([pieces[bounds[k] : bounds[k + 1]] for k in range(parts)])
            bag = db.from_delayed(
                [dask.delayed(_partition)(bounds[k], slices[k]) for k in range(parts)]
            )
            result = claimx.dask.link(bag)
            run = functools.partial(_link_run, bag, result, n <= compare_max)
            with get_task_stream(client) as stream:
                (build, graph, clusters, links), wall, cpus, rss, load = _measured(client, run)
            if profile:
                print(f"{'':>9s} seconds per task kind: {_task_times(stream.data)}")
        finally:
            client.close()
            cluster.close()
        print(
            f"{n:>9,} claims, claimx.dask ({workers} workers, {parts} partitions): {wall:.1f} s "
            f"wall (of which ~{build:.1f} s building the articles), CPU per worker {cpus} s "
            f"(both passes), peak RSS per worker {rss} MiB; {clusters:,} clusters, {links:,} "
            f"links; load {load}"
        )
        if graph is not None:
            same = _digest(graph) == one["digest"]
            print(f"{'':>9s} clusters and links {'identical' if same else 'DIFFERENT'} "
                  f"(sha1 {_digest(graph)[0]} / {one['digest'][0]})")  # fmt: skip
        print(f"{'':>9s} client peak RSS {_usage()['rss']:.0f} MiB (synthesis base included)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("parse", help="parse throughput: one process, n_process=2, Dask")
    p.add_argument("--max-docs", type=int, default=None, help="first N articles")
    p.add_argument("--repeat", type=int, default=1, help="repeat the texts R times")
    p.add_argument("--workers", type=int, default=2)
    q = sub.add_parser("link", help="linking synthetic claims through claimx.dask")
    q.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    q.add_argument(
        "--partitions", type=int, default=None, help="default: one per 64k claims, >= 2 a worker"
    )
    q.add_argument("--workers", type=int, default=2)
    q.add_argument("--compare-max", type=int, default=100_000)
    q.add_argument("--profile", action="store_true", help="seconds per kind of task")
    args = parser.parse_args(argv)
    if args.command == "parse":
        parse_benchmark(args.max_docs, args.repeat, args.workers)
    else:
        link_benchmark(args.sizes, args.partitions, args.workers, args.compare_max, args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
