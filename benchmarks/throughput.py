"""Throughput of ``claimx.parse_many`` against bare ``nlp.pipe`` on the same spaCy package.

    python benchmarks/throughput.py [--corpus PATH] [--batch-size 32] [--n-process 1]
                                    [--limit N] [--repeat R] [--rounds 3]
                                    [--profile] [--memory] [--instructions]

Texts: the 120 English MEANTIME Wikinews articles, rebuilt from
``../shared/corpora/meantime/multilingual_processed/en/meantime.conll`` when that exists
(MEANTIME, Minard et al. LREC 2016, CC BY 4.0); otherwise the ``corpus/`` seed articles
repeated. Both runs get the same texts, batch size and process count, after a warm-up.

Headline figure, the paired CPU ratio: the texts are cut into chunks of ``batch_size`` x
``n_process`` texts and, in every round, each chunk goes through bare ``nlp.pipe(chunk)`` and
``claimx.parse_many(chunk)`` back to back, the order alternating from chunk to chunk and
round to round; each side's CPU seconds (``resource.getrusage``, this process and ended
workers) are summed over all chunks. The two sides of a pair run a second apart, so the
machine's load (other jobs on shared cores and caches) weighs on both alike; the script
prints the paired CPU ratio bare / claimx over all rounds (target >= 0.89: claimx costs at
most 12% more CPU than bare spaCy) and its least, median and greatest value per round.

``--instructions`` adds a figure that load cannot move at all: the script runs itself once
more under ``valgrind --tool=callgrind`` (needs valgrind; slow, ~50x: use ``--limit``) and
counts the instructions executed by bare ``nlp.pipe`` and by ``claimx.parse_many`` on the same
texts, after the same warm-up, alternately for ``--rounds`` passes each (only the passes are
counted: each runs inside a ``ctypes`` call and callgrind collects only inside ``ffi_call``).
It prints the instruction counts and their ratio bare / claimx, the load-independent
counterpart of the CPU ratio (not the same number: instructions differ in cost, and
cache misses are not counted). With ``--instructions`` only this figure is measured.

Then, as before, each round runs the whole texts through bare spaCy, claimx's pipeline (Docs
only) and ``parse_many``, and the script prints wall time, articles/s, words/s (whitespace
words) and the CPU seconds of each run (``resource.getrusage``: this process, and worker
processes that ended during the run, so ``--n-process 2`` counts its pool), the ratios
claimx/bare by wall time and by CPU time (least CPU of each run, and within each round with
its median: runs tens of seconds apart, so the load moves these more than the paired figure),
peak RSS (``resource.getrusage``), optionally the tracemalloc peak of one claimx pass
(``--memory``) and the top functions of a cProfile run (``--profile``), the CPU seconds of
loading each pipeline (not part of any timed run), and the top
``python -X importtime -c "import claimx"`` entries. Timings are never asserted anywhere.
"""

from __future__ import annotations

import argparse
import cProfile
import ctypes
import io
import os
import pstats
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONLL = (
    ROOT.parent
    / "shared"
    / "corpora"
    / "meantime"
    / "multilingual_processed"
    / "en"
    / "meantime.conll"
)

T = TypeVar("T")

_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?%)\]}]|'s|n't|'re|'ve|'ll|'d)")
_NO_SPACE_AFTER = re.compile(r"([(\[{$]) ")


def read_meantime(path: Path) -> list[str]:
    """Article texts from MEANTIME's CoNLL: title, dateline and body as paragraphs."""
    docs: list[list[list[str]]] = []
    sentence: list[str] = []
    current: dict[int, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#begin document"):
            current = {}
            continue
        if line.startswith("#end document"):
            docs.append([current[k] for k in sorted(current)])
            continue
        cols = line.split("\t")
        if len(cols) >= 4:
            current.setdefault(int(cols[1]), []).append(cols[3])
    del sentence
    texts = []
    for sentences in docs:
        joined = [
            _NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", " ".join(s))) for s in sentences
        ]
        if len(joined) >= 3:
            texts.append("\n\n".join([joined[0], joined[1], " ".join(joined[2:])]))
        elif joined:
            texts.append("\n\n".join(joined))
    return texts


def load_texts(corpus: Path | None, limit: int | None, repeat: int) -> tuple[list[str], str]:
    """The benchmark texts and a description of where they came from."""
    path = corpus or DEFAULT_CONLL
    if path.exists():
        texts, origin = read_meantime(path), f"MEANTIME en ({path})"
    else:
        seeds = sorted((ROOT / "corpus").glob("*.txt"))
        texts = [p.read_text(encoding="utf-8") for p in seeds] * 30
        origin = f"corpus/ seeds x30 ({path} not found)"
    texts = (texts[:limit] if limit else texts) * repeat
    return texts, origin


def cpu_seconds() -> tuple[float, float]:
    """User + system CPU seconds so far of this process and of its ended child processes."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def timed(label: str, run: Callable[[], int], words: int, n_texts: int) -> tuple[float, float]:
    """Run once, print wall and CPU seconds (parent, workers), articles/s and words/s; return
    (words per wall second, CPU seconds of parent and workers)."""
    cpu0, kids0 = cpu_seconds()
    start = time.perf_counter()
    count = run()
    elapsed = time.perf_counter() - start
    cpu1, kids1 = cpu_seconds()
    assert count == n_texts, f"{label}: got {count} results for {n_texts} texts"
    parent, workers = cpu1 - cpu0, kids1 - kids0
    wps = words / elapsed
    print(
        f"{label:<28} wall {elapsed:7.2f} s  CPU {parent + workers:7.2f} s "
        f"(parent {parent:.2f}, workers {workers:.2f})  {n_texts / elapsed:6.2f} articles/s  "
        f"{wps:7.0f} words/s"
    )
    return wps, parent + workers


def chunked(items: Sequence[T], size: int) -> list[list[T]]:
    """``items`` cut into consecutive lists of ``size`` (the last one may be shorter)."""
    if size < 1:
        raise ValueError(f"chunk size must be at least 1, got {size}")
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def bare_first(chunk: int, round_: int) -> bool:
    """Whether bare spaCy runs before claimx on chunk ``chunk`` of round ``round_`` (both
    from 0): the order alternates from chunk to chunk, and flips from round to round, so
    each side goes first equally often over an even number of chunks or rounds."""
    return (chunk + round_) % 2 == 0


def paired_cpu(
    chunks: Sequence[Sequence[str]],
    run_bare: Callable[[Sequence[str]], int],
    run_claimx: Callable[[Sequence[str]], int],
    round_: int,
) -> tuple[float, float]:
    """CPU seconds of bare spaCy and of claimx, each summed over ``chunks``, every chunk run
    by both back to back (order from ``bare_first``)."""
    spent = {"bare": 0.0, "claimx": 0.0}
    for i, chunk in enumerate(chunks):
        order = [("bare", run_bare), ("claimx", run_claimx)]
        if not bare_first(i, round_):
            order.reverse()
        for side, run in order:
            cpu0 = sum(cpu_seconds())
            count = run(chunk)
            spent[side] += sum(cpu_seconds()) - cpu0
            assert count == len(chunk), f"{side}: got {count} results for {len(chunk)} texts"
    return spent["bare"], spent["claimx"]


def callgrind_totals(paths: Sequence[Path]) -> list[int]:
    """The instruction total (``totals:`` line, else ``summary:``) of each callgrind dump."""
    totals = []
    for path in paths:
        found = None
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith(("totals:", "summary:")):
                found = int(line.split(":", 1)[1].split()[0])
                if line.startswith("totals:"):
                    break
        if found is None:
            raise ValueError(f"no totals or summary line in {path}")
        totals.append(found)
    return totals


def in_ffi_call(run: Callable[[], object]) -> None:
    """Run ``run`` inside a C call made through ``ctypes`` (libc ``lfind`` over one item
    calls its comparison function once), so that callgrind, told to collect only inside
    ``ffi_call`` and to dump after it, counts exactly the instructions of ``run``."""
    libc = ctypes.CDLL(None)
    compare_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)

    failed: list[BaseException] = []

    def compare(_a: object, _b: object) -> int:
        try:
            run()
        except BaseException as exc:  # ctypes would print and drop it
            failed.append(exc)
        return 0

    callback = compare_type(compare)
    key, items, count = ctypes.c_int(0), (ctypes.c_int * 1)(0), ctypes.c_size_t(1)
    libc.lfind.restype = ctypes.c_void_p
    libc.lfind(ctypes.byref(key), items, ctypes.byref(count), ctypes.c_size_t(4), callback)
    if failed:
        raise failed[0]


def count_instructions(args: argparse.Namespace) -> int:
    """Run this script under callgrind (``--callgrind-child``) and print the instructions
    of the bare and claimx passes and their ratio."""
    passthrough = ["--batch-size", str(args.batch_size), "--rounds", str(args.rounds)]
    passthrough += ["--repeat", str(args.repeat)]
    if args.corpus:
        passthrough += ["--corpus", str(args.corpus)]
    if args.limit:
        passthrough += ["--limit", str(args.limit)]
    with tempfile.TemporaryDirectory(prefix="claimx-callgrind-") as tmp:
        out = Path(tmp) / "callgrind.out"
        command = [
            "valgrind",
            "--tool=callgrind",
            "--collect-atstart=no",
            "--toggle-collect=ffi_call",
            "--dump-after=ffi_call",
            f"--callgrind-out-file={out}",
            sys.executable,
            str(Path(__file__).resolve()),
            "--callgrind-child",
            *passthrough,
        ]
        print("running under callgrind (slow):", " ".join(command[:6]), "...", flush=True)
        env = dict(os.environ, PYTHONHASHSEED="0")
        proc = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
        if proc.returncode != 0:
            print(proc.stdout + proc.stderr[-3000:])
            return proc.returncode
        passes = [
            line.split(":", 1)[1].split()
            for line in proc.stdout.splitlines()
            if line.startswith("callgrind passes:")
        ][-1]
        dumps = sorted(Path(tmp).glob("callgrind.out.*"), key=lambda p: int(p.suffix[1:]))
        totals = callgrind_totals(dumps)
    print(proc.stdout, end="")
    if len(totals) != len(passes):
        print(f"expected {len(passes)} callgrind dumps, got {len(totals)}")
        return 1
    counted: dict[str, list[int]] = {"bare": [], "claimx": []}
    for side, total in zip(passes, totals, strict=True):
        counted[side].append(total)
    for side, values in counted.items():
        print(f"instructions {side:<7} per pass: " + ", ".join(f"{v / 1e6:,.1f} M" for v in values))
    bare, claimx_ = sum(counted["bare"]), sum(counted["claimx"])
    print(
        f"instruction ratio bare / claimx (callgrind, all passes): {bare / claimx_:.3f} "
        f"(claimx {claimx_ / bare - 1:+.1%} instructions over bare spaCy)"
    )
    return 0


def callgrind_child(args: argparse.Namespace) -> int:
    """The run that ``count_instructions`` starts under callgrind: load, warm up, then
    alternate bare and claimx passes over the texts, each inside ``in_ffi_call``."""
    sys.path.insert(0, str(ROOT))
    import spacy

    import claimx
    from claimx.pipeline import load_pipeline

    texts, origin = load_texts(args.corpus, args.limit, args.repeat)
    nlp = load_pipeline("en")
    bare = spacy.load(f"{nlp.meta['lang']}_{nlp.meta['name']}")
    print(f"texts: {len(texts)} from {origin}; {sum(len(t.split()) for t in texts)} words")
    list(bare.pipe(texts[:4]))
    list(claimx.parse_many(texts[:4], language="en"))
    kw = {"batch_size": args.batch_size, "n_process": 1}

    def run_bare() -> None:
        assert sum(1 for _ in bare.pipe(texts, **kw)) == len(texts)

    def run_claimx() -> None:
        assert sum(1 for _ in claimx.parse_many(texts, language="en", **kw)) == len(texts)

    passes = []
    for round_ in range(args.rounds):
        order = [("bare", run_bare), ("claimx", run_claimx)]
        if not bare_first(0, round_):
            order.reverse()
        for side, run in order:
            in_ffi_call(run)
            passes.append(side)
    print("callgrind passes: " + " ".join(passes))
    return 0


def maxrss_mb() -> float:
    """Peak resident set size of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def import_time(top: int = 8) -> list[tuple[int, str]]:
    """The ``top`` most expensive cumulative import times (µs) of ``import claimx``."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import claimx"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    rows = []
    for line in proc.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[1].strip().isdigit():
            rows.append((int(parts[1]), parts[2].rstrip()))
    return sorted(rows, reverse=True)[:top]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, help="MEANTIME en CoNLL file")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--limit", type=int, help="use only the first N texts")
    parser.add_argument("--repeat", type=int, default=1, help="repeat the texts R times")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved timing rounds")
    parser.add_argument("--profile", action="store_true", help="cProfile one claimx pass")
    parser.add_argument("--memory", action="store_true", help="tracemalloc one claimx pass")
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="only count instructions under valgrind's callgrind (slow: use --limit)",
    )
    parser.add_argument(
        "--cold-memos",
        action="store_true",
        help="before each timed claimx pass, drop claimx's memos of texts already read "
        "(date matches by stretch of words, date normalisations): each pass then costs what "
        "new articles cost, not what repeated texts cost (in this process: n_process 1)",
    )
    parser.add_argument("--callgrind-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.callgrind_child:
        return callgrind_child(args)
    if args.instructions:
        return count_instructions(args)

    sys.path.insert(0, str(ROOT))
    import spacy

    import claimx
    from claimx.pipeline import load_pipeline

    texts, origin = load_texts(args.corpus, args.limit, args.repeat)
    words = sum(len(t.split()) for t in texts)
    cpu0 = sum(cpu_seconds())
    nlp = load_pipeline("en")
    cpu1 = sum(cpu_seconds())
    package = f"{nlp.meta['lang']}_{nlp.meta['name']}"
    bare = spacy.load(package)
    cpu2 = sum(cpu_seconds())
    print(f"texts: {len(texts)} from {origin}; {words} words")
    print(
        f"load CPU s (not timed below): claimx.load_pipeline {cpu1 - cpu0:.2f} "
        f"(with dateparser's set-up), bare spacy.load {cpu2 - cpu1:.2f}"
    )
    print(f"spaCy {spacy.__version__}, package {package} {nlp.meta['version']}")
    print(f"bare pipeline:   {bare.pipe_names}")
    print(f"claimx pipeline: {nlp.pipe_names}")
    print(f"batch size {args.batch_size}, n_process {args.n_process}\n")
    kw = {"batch_size": args.batch_size, "n_process": args.n_process}

    def run_bare() -> int:
        return sum(1 for _ in bare.pipe(texts, **kw))

    dates = nlp.get_pipe("claimx_dates")

    def cold() -> None:
        if args.cold_memos:
            dates.clear_memos()

    def run_claimx_docs() -> int:
        cold()
        return sum(1 for _ in nlp.pipe(texts, **kw))

    def run_claimx() -> int:
        cold()
        return sum(1 for _ in claimx.parse_many(texts, language="en", **kw))

    def run_bare_chunk(chunk: Sequence[str]) -> int:
        return sum(1 for _ in bare.pipe(chunk, **kw))

    def run_claimx_chunk(chunk: Sequence[str]) -> int:
        if chunk is chunks[0]:
            cold()  # once per round: the later chunks are new texts to the memos
        return sum(1 for _ in claimx.parse_many(chunk, language="en", **kw))

    chunks = chunked(texts, args.batch_size * args.n_process)

    # warm-up: loads dateparser, lexicons, caches; not timed
    list(bare.pipe(texts[:4]))
    list(claimx.parse_many(texts[:4], language="en"))

    # interleaved rounds; the best of each is reported (the machine is shared and noisy)
    runs = {
        "bare": ("  bare nlp.pipe", run_bare),
        "docs": ("  claimx nlp.pipe (Docs only)", run_claimx_docs),
        "claimx": ("  claimx.parse_many", run_claimx),
    }
    best = dict.fromkeys(runs, 0.0)
    least_cpu = dict.fromkeys(runs, float("inf"))
    round_ratios: list[float] = []  # bare / parse_many CPU within one round
    paired_ratios: list[float] = []  # bare / parse_many CPU, chunk by chunk, in one round
    paired_sums = [0.0, 0.0]
    for round_ in range(1, args.rounds + 1):
        print(f"round {round_}")
        bare_cpu, claimx_cpu = paired_cpu(chunks, run_bare_chunk, run_claimx_chunk, round_ - 1)
        paired_sums[0] += bare_cpu
        paired_sums[1] += claimx_cpu
        paired_ratios.append(bare_cpu / claimx_cpu)
        print(
            f"  paired, {len(chunks)} chunks        CPU bare {bare_cpu:7.2f} s, "
            f"parse_many {claimx_cpu:7.2f} s, ratio {bare_cpu / claimx_cpu:.3f}"
        )
        cpu_of: dict[str, float] = {}
        for name, (label, run) in runs.items():
            wps, cpu = timed(label, run, words, len(texts))
            best[name] = max(best[name], wps)
            least_cpu[name] = min(least_cpu[name], cpu)
            cpu_of[name] = cpu
        round_ratios.append(cpu_of["bare"] / cpu_of["claimx"])
    bare_wps, docs_wps, claimx_wps = best["bare"], best["docs"], best["claimx"]
    print(
        f"\npaired CPU ratio bare / parse_many (all rounds, chunks of "
        f"{args.batch_size * args.n_process} run back to back): "
        f"{paired_sums[0] / paired_sums[1]:.3f} ({paired_sums[0]:.2f} / {paired_sums[1]:.2f} s; "
        "target >= 0.89)"
    )
    print(
        f"paired CPU ratio per round: least {min(paired_ratios):.3f}, median "
        f"{statistics.median(paired_ratios):.3f}, greatest {max(paired_ratios):.3f}"
    )
    print(
        f"best words/s (wall): bare {bare_wps:.0f}, claimx Docs {docs_wps:.0f}, "
        f"parse_many {claimx_wps:.0f}"
    )
    print(
        f"least CPU s (parent + workers): bare {least_cpu['bare']:.2f}, claimx Docs "
        f"{least_cpu['docs']:.2f}, parse_many {least_cpu['claimx']:.2f}"
    )
    print(
        f"ratio parse_many / bare: wall {claimx_wps / bare_wps:.2f}, "
        f"CPU {least_cpu['bare'] / least_cpu['claimx']:.2f} (target >= 0.89)"
    )
    print(
        "CPU ratio parse_many / bare within each round: "
        + ", ".join(f"{r:.2f}" for r in round_ratios)
        + f"; median {statistics.median(round_ratios):.2f} (neighbouring runs share the "
        "machine's load, so the median of these is the steadiest figure)"
    )
    print(
        f"ratio claimx Docs / bare: wall {docs_wps / bare_wps:.2f}, "
        f"CPU {least_cpu['bare'] / least_cpu['docs']:.2f}"
    )
    print(f"peak RSS (whole run so far): {maxrss_mb():.0f} MB")

    if args.memory:
        tracemalloc.start()
        run_claimx()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"tracemalloc peak during one parse_many pass: {peak / 2**20:.1f} MB")

    if args.profile:
        profiler = cProfile.Profile()
        profiler.enable()
        run_claimx()
        profiler.disable()
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out).sort_stats("tottime")
        stats.print_stats(20)
        print("\ncProfile of one parse_many pass, top functions by own time:")
        print("\n".join(out.getvalue().splitlines()[6:32]))
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(r"claimx", 15)
        print("claimx functions by cumulative time:")
        print("\n".join(out.getvalue().splitlines()[6:26]))

    print("\npython -X importtime -c 'import claimx' (cumulative, top entries):")
    for micros, name in import_time():
        print(f"  {micros / 1000:8.1f} ms  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
