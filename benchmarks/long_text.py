"""Time and peak memory of one very long article, parsed in chunks (default) or in one piece.

    python benchmarks/long_text.py [--chars 1000000] [--mode chunked|whole|both]

The article is the English MEANTIME texts (CC BY 4.0; see ``throughput.py``) joined with
blank lines and repeated up to ``--chars`` characters (the ``corpus/`` seeds when MEANTIME is
absent). Each mode runs in a fresh subprocess, so that its peak RSS
(``resource.getrusage``) is its own. ``chunked`` is ``claimx.parse`` (texts over
``claimx._long.CHUNK_TOKENS`` tokens are parsed in paragraph-aligned chunks); ``whole`` runs
the same pipeline on the text as one Doc. Prints seconds, peak RSS and the counts of
paragraphs, entities, dates and claims of each, so the two can be compared. Timings are
never asserted anywhere.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from throughput import DEFAULT_CONLL, read_meantime  # noqa: E402


def long_text(chars: int) -> str:
    """MEANTIME (or seed) articles joined by blank lines, up to ``chars`` characters."""
    if DEFAULT_CONLL.exists():
        texts = read_meantime(DEFAULT_CONLL)
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    parts: list[str] = []
    size = 0
    while size < chars:
        for text in texts:
            parts.append(text)
            size += len(text) + 2
            if size >= chars:
                break
    return "\n\n".join(parts)[:chars]


def run_one(mode: str, chars: int) -> dict[str, object]:
    """Parse the long text in this process and return the figures."""
    import claimx
    from claimx.api import _make_doc, _to_article
    from claimx.inputs import make_input
    from claimx.pipeline import pipeline_label

    text = long_text(chars)
    nlp = claimx.load_pipeline("en")
    nlp("Warm-up.")
    start = time.perf_counter()
    if mode == "chunked":
        article = claimx.parse(text, language="en", published="2024-05-31")
    else:
        item = make_input(text, published="2024-05-31", language="en")
        article = _to_article(nlp(_make_doc(nlp, item, "en")), item, "en", pipeline_label(nlp))
    seconds = time.perf_counter() - start
    return {
        "mode": mode,
        "chars": len(text),
        "seconds": round(seconds, 1),
        "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
        "paragraphs": len(article.paragraphs),
        "entities": len(article.entities),
        "dates": len(article.dates),
        "claims": len(article.claims),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--chars", type=int, default=1_000_000)
    parser.add_argument("--mode", choices=["chunked", "whole", "both"], default="both")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(run_one(args.mode, args.chars)))
        return 0
    modes = ["chunked", "whole"] if args.mode == "both" else [args.mode]
    print(
        f"{'mode':8} {'chars':>9} {'seconds':>8} {'RSS MiB':>8} {'paras':>6} "
        f"{'ents':>6} {'dates':>6} {'claims':>6}"
    )
    for mode in modes:
        out = subprocess.run(
            [sys.executable, __file__, "--child", "--mode", mode, "--chars", str(args.chars)],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(
            f"{r['mode']:8} {r['chars']:>9} {r['seconds']:>8} {r['peak_rss_mib']:>8} "
            f"{r['paragraphs']:>6} {r['entities']:>6} {r['dates']:>6} {r['claims']:>6}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
