"""Score claimx's time expressions on MEANTIME Spanish, next to English.

Usage::

    python benchmarks/dates_es.py [--corpus-es PATH] [--corpus-en PATH] [--no-en] [--errors]

Same data format, text reconstruction and scoring as ``benchmarks/dates.py`` (imported, not
copied): ``timex-bio/es/test.tsv`` (see ``timex-bio/README.txt``), each document parsed with
``claimx.parse(text, language="es", published=DCT)`` (the shallow pipeline: no spaCy NER for
Spanish, so spans come from claimx's own date patterns) and compared on strict/relaxed span
P/R/F1, value P/R/F1 and value accuracy. English is run the same way through
``dates.predict`` for comparison (``--no-en`` skips it).

Reference (Spanish, same data): a strong rule-based system reaches 0.877 relaxed span F1 and
0.80 value accuracy.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
for path in (str(HERE.parent), str(HERE)):
    if path not in sys.path:
        sys.path.insert(0, path)

import dates as en_bench  # noqa: E402  (benchmarks/dates.py)

TIMEX = HERE.parent.parent / "shared" / "corpora" / "meantime" / "timex-bio"


def predict_es(docs: list[en_bench.Document]) -> list[list[en_bench.Prediction]]:
    """Run ``claimx.parse(..., language="es")`` on each document; map its dates onto tokens."""
    import claimx

    results: list[list[en_bench.Prediction]] = []
    for doc in docs:
        article = claimx.parse(doc.text, language="es", published=doc.dct)
        preds: list[en_bench.Prediction] = []
        for expr in article.dates:
            span = en_bench._to_tokens(doc, expr.start, expr.end)
            if span is not None:
                preds.append(en_bench.Prediction(*span, expr.kind.upper(), expr.value, expr.text))
        results.append(preds)
    return results


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus-es", type=Path, default=TIMEX / "es" / "test.tsv")
    parser.add_argument("--corpus-en", type=Path, default=TIMEX / "en" / "test.tsv")
    parser.add_argument("--no-en", action="store_true", help="skip the English run")
    parser.add_argument("--errors", action="store_true", help="print Spanish misses and values")
    args = parser.parse_args(argv)
    if not args.corpus_es.exists():
        print(f"MEANTIME Spanish timex-bio not found at {args.corpus_es}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    docs = en_bench.read_corpus(args.corpus_es)
    print("=== Spanish (claimx shallow pipeline, language='es') ===")
    en_bench.score(docs, predict_es(docs), errors=args.errors)
    print("(the table header says English: it is printed by benchmarks/dates.py's score())")
    print(f"\n{time.perf_counter() - t0:.1f} s")
    if not args.no_en and args.corpus_en.exists():
        t1 = time.perf_counter()
        en_docs = en_bench.read_corpus(args.corpus_en)
        print("\n=== English (full pipeline), for comparison ===")
        en_bench.score(en_docs, en_bench.predict(en_docs), errors=False)
        print(f"\n{time.perf_counter() - t1:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
