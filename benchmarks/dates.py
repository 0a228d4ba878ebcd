"""Score claimx's time expressions on MEANTIME English (TIMEX3 spans, types and values).

Usage::

    python benchmarks/dates.py [--corpus PATH] [--errors] [--limit N]

The corpus is the token-per-line BIO file of ``../shared/corpora/meantime/timex-bio/en/``
(see its README.txt): a ``*!-DCTVALUE="YYYY-MM-DD"-!*`` header line opens each document,
blank lines separate sentences, the third column holds the gold TIMEX3 value. Each
document's text is rebuilt from its tokens (one paragraph per sentence, light
detokenisation) with every token's character offsets, parsed by the claimx pipeline with the
DCT as publication date, and the predicted time expressions are compared with the gold ones:

* strict span P/R/F1: same first and last token;
* relaxed span P/R/F1: any token overlap (one-to-one);
* per-type relaxed recall and type accuracy (DATE/TIME/DURATION/SET);
* value accuracy: share of relaxed-matched gold expressions whose value is right; value
  P/R/F1: right values over all predictions / all gold expressions.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "meantime" / "timex-bio" / "en" / "test.tsv"
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "n't", "'re", "'ve", "'ll"}
_NO_SPACE_AFTER = {"(", "[", "$"}
TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass
class Gold:
    """A gold time expression over tokens ``[first, last]``."""

    first: int
    last: int
    kind: str
    value: str


@dataclass
class Document:
    """One MEANTIME document rebuilt as text."""

    dct: datetime
    text: str = ""
    offsets: list[tuple[int, int]] = field(default_factory=list)
    gold: list[Gold] = field(default_factory=list)


def read_corpus(path: Path) -> list[Document]:
    """Parse the BIO file into documents with text, token offsets and gold expressions."""
    docs: list[Document] = []
    doc: Document | None = None
    parts: list[str] = []
    sentence_start = True
    open_quote = False

    def finish() -> None:
        if doc is not None:
            doc.text = "".join(parts)
            docs.append(doc)

    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("*!-DCTVALUE="):
            finish()
            stamp = raw.split('"')[1]
            doc = Document(dct=datetime.fromisoformat(stamp).replace(tzinfo=timezone.utc))
            parts, sentence_start, open_quote = [], True, False
            continue
        if doc is None:
            continue
        if not raw.strip():
            sentence_start = True
            continue
        token, tag, value = [*raw.split("\t"), "O", "-"][:3]
        token = {"``": '"', "''": '"', "-LRB-": "(", "-RRB-": ")"}.get(token, token)
        length = sum(len(p) for p in parts)
        if sentence_start:
            sep = "\n\n" if parts else ""
            open_quote = False
        else:
            glued = token in _NO_SPACE_BEFORE or (token == '"' and open_quote)
            after_open = parts[-1] in _NO_SPACE_AFTER or (parts[-1] == '"' and open_quote)
            sep = "" if glued or after_open else " "
        if token == '"':
            open_quote = not open_quote
        parts.append(sep)
        start = length + len(sep)
        parts.append(token)
        index = len(doc.offsets)
        doc.offsets.append((start, start + len(token)))
        if tag.startswith("B-") or (tag.startswith("I-") and not doc.gold):
            doc.gold.append(Gold(index, index, tag[2:], value))
        elif tag.startswith("I-"):
            doc.gold[-1].last = index
        sentence_start = False
    finish()
    return docs


@dataclass
class Prediction:
    """A predicted expression mapped onto the gold tokens."""

    first: int
    last: int
    kind: str
    value: str | None
    text: str


def _to_tokens(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    covered = [i for i, (s, e) in enumerate(doc.offsets) if s < end and e > start]
    return (covered[0], covered[-1]) if covered else None


def predict(docs: list[Document]) -> list[list[Prediction]]:
    """Run claimx on every document and map its time expressions onto tokens."""
    from claimx.dates import dates_from_doc
    from claimx.pipeline import load_pipeline

    nlp = load_pipeline("en")
    results: list[list[Prediction]] = []
    spacy_docs = nlp.pipe((d.text for d in docs), batch_size=32)
    for doc, sdoc in zip(docs, spacy_docs, strict=True):
        preds: list[Prediction] = []
        for expr in dates_from_doc(sdoc, doc.dct, "en"):
            span = _to_tokens(doc, expr.start, expr.end)
            if span is not None:
                preds.append(Prediction(*span, expr.kind.upper(), expr.value, expr.text))
        results.append(preds)
    return results


def _prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(docs: list[Document], preds: list[list[Prediction]], *, errors: bool) -> None:
    """Print the score table (and, with ``errors``, every miss and wrong value)."""
    n_gold = sum(len(d.gold) for d in docs)
    n_pred = sum(len(p) for p in preds)
    strict = relaxed = value_ok = 0
    per_type: Counter[str] = Counter()
    per_type_found: Counter[str] = Counter()
    type_ok: Counter[str] = Counter()
    per_type_value: Counter[str] = Counter()
    for doc, plist in zip(docs, preds, strict=True):
        used: set[int] = set()
        for g in doc.gold:
            per_type[g.kind] += 1
            gtext = doc.text[doc.offsets[g.first][0] : doc.offsets[g.last][1]]
            match = None
            for j, p in enumerate(plist):
                if j not in used and p.first <= g.last and p.last >= g.first:
                    match = j
                    break
            if match is None:
                if errors:
                    print(f"MISS  {g.kind:8} {gtext!r} = {g.value}  [{doc.dct.date()}]")
                continue
            used.add(match)
            p = plist[match]
            relaxed += 1
            per_type_found[g.kind] += 1
            if (p.first, p.last) == (g.first, g.last):
                strict += 1
            elif errors:
                print(f"SPAN  {g.kind:8} gold {gtext!r} pred {p.text!r}")
            if p.kind == g.kind:
                type_ok[g.kind] += 1
            if p.value == g.value:
                value_ok += 1
                per_type_value[g.kind] += 1
            elif errors:
                print(
                    f"VALUE {g.kind:8} {gtext!r} gold {g.value} pred {p.value} ({p.kind})"
                    f"  [{doc.dct.date()}]"
                )
        if errors:
            for j, p in enumerate(plist):
                if j not in used:
                    print(f"FALSE {p.kind:8} {p.text!r} = {p.value}")
    rows = [
        ("strict span", *_prf(strict, n_pred, strict, n_gold)),
        ("relaxed span", *_prf(relaxed, n_pred, relaxed, n_gold)),
        ("value", *_prf(value_ok, n_pred, value_ok, n_gold)),
    ]
    print(f"\nMEANTIME English: {len(docs)} documents, {n_gold} gold, {n_pred} predicted\n")
    print(f"| {'measure':<14} | {'P':>6} | {'R':>6} | {'F1':>6} |")
    print(f"|{'-' * 16}|{'-' * 8}|{'-' * 8}|{'-' * 8}|")
    for name, p, r, f in rows:
        print(f"| {name:<14} | {p:6.3f} | {r:6.3f} | {f:6.3f} |")
    accuracy = value_ok / relaxed if relaxed else 0.0
    print(f"\nvalue accuracy (right value among relaxed-matched gold): {accuracy:.3f}\n")
    print(f"| {'type':<9} | {'gold':>5} | {'found':>6} | {'type ok':>7} | {'value ok':>8} |")
    print(f"|{'-' * 11}|{'-' * 7}|{'-' * 8}|{'-' * 9}|{'-' * 10}|")
    for kind in TYPES:
        print(
            f"| {kind:<9} | {per_type[kind]:5d} | {per_type_found[kind]:6d} |"
            f" {type_ok[kind]:7d} | {per_type_value[kind]:8d} |"
        )


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--errors", action="store_true", help="print misses and wrong values")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(
            f"MEANTIME timex-bio corpus not found at {args.corpus}; "
            "pass --corpus PATH to .../meantime/timex-bio/en/test.tsv",
            file=sys.stderr,
        )
        return 2
    t0 = time.perf_counter()
    docs = read_corpus(args.corpus)[: args.limit]
    for d in docs:
        for i, (s, e) in enumerate(d.offsets):
            assert d.text[s:e], f"bad offsets for token {i}"
    preds = predict(docs)
    score(docs, preds, errors=args.errors)
    print(f"\n{time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
