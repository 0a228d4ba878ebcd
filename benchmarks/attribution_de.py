"""German attribution benchmark on the German Wikinews quotation corpus (shallow support).

    python benchmarks/attribution_de.py [--corpus PATH] [--split test] [--limit N] [--errors N]

Runs ``claimx.load_pipeline("de")`` (spacy.blank + sentencizer + claimx_shallow_attribution)
over each article's ``originalText`` and scores the claims against the gold annotations,
in the spirit of the upstream scorer (Petersen-Frey & Biemann, LREC-COLING 2024):

* predictions are aligned one-to-one to gold annotations by the number of shared quote
  tokens (greedy, largest overlap first; the corpus tokenisation is used);
* a cue is its head and its ``cue_parts`` (a separated particle, an auxiliary, "wie");
* token overlap per role (speaker, cue, quote): P = shared tokens of aligned pairs / all
  predicted tokens of that role, R = shared tokens / all gold tokens of that role;
* exact: an aligned pair whose role token sets are equal; P over predictions with the role,
  R over gold annotations with the role;
* per gold type (Direct, Indirect, Reported, FreeIndirect, IndirectFreeIndirect): quote
  token recall and the share of annotations found (aligned to some prediction).

The corpus is CC BY-NC-SA 4.0: it is read here for evaluation only, never copied.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "german-quotes"
ROLES = ("speaker", "cue", "quote")


def _token_ids(tokens: list[dict[str, Any]], spans: list[tuple[int, int]]) -> frozenset[int]:
    """Ids of corpus tokens overlapping any of the character spans (punctuation included)."""
    out = set()
    for start, end in spans:
        for i, tok in enumerate(tokens):
            if tok["charBegin"] < end and start < tok["charEnd"]:
                out.add(i)
    return frozenset(out)


def _gold(doc: dict[str, Any]) -> list[dict[str, Any]]:
    tokens = doc["tokens"]
    out = []
    for ann in doc["annotations"]:
        item: dict[str, Any] = {"type": ann["type"]}
        for role in ROLES:
            spans = (ann.get(role) or {}).get("spans") or []
            item[role] = _token_ids(tokens, [(s["charBegin"], s["charEnd"]) for s in spans])
        out.append(item)
    return out


def _predicted(claims: list[dict[str, Any]], tokens: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for c in claims:
        out.append(
            {
                "speaker": _token_ids(tokens, [tuple(c["speaker"])] if c["speaker"] else []),
                "cue": _token_ids(
                    tokens,
                    [tuple(c["cue"]), *(tuple(x) for x in c.get("cue_parts") or ())]
                    if c["cue"]
                    else [],
                ),
                "quote": _token_ids(tokens, [tuple(x) for x in c["content"]]),
                "kind": c["quote"],
                "pattern": c.get("pattern", ""),
                "raw": c,
            }
        )
    return out


def _align(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[tuple[int, int]]:
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            shared = len(p["quote"] & g["quote"])
            if shared:
                pairs.append((shared, i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    return one_to_one((i, j) for _, i, j in pairs)


def one_to_one(ranked: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairs (prediction, gold) from candidate pairs, best first."""
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for i, j in ranked:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def _prf(tp: float, npred: float, ngold: float) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--split", default="test", choices=("train", "dev", "test"))
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--errors", type=int, default=0, help="print N missed/false quotes")
    args = parser.parse_args(argv)

    folder = args.corpus / "data" / args.split
    if not folder.is_dir():
        print(f"corpus not found: {folder} (pass --corpus PATH)", file=sys.stderr)
        return 2
    files = sorted(folder.glob("*.json"))
    if args.limit:
        files = files[: args.limit]

    sys.path.insert(0, str(ROOT))
    import claimx

    nlp = claimx.load_pipeline("de")
    t0 = time.perf_counter()
    tp: dict[str, float] = defaultdict(float)
    npred: dict[str, float] = defaultdict(float)
    ngold: dict[str, float] = defaultdict(float)
    exact: dict[str, int] = defaultdict(int)
    cpred: dict[str, int] = defaultdict(int)
    cgold: dict[str, int] = defaultdict(int)
    type_gold: dict[str, int] = defaultdict(int)
    type_found: dict[str, int] = defaultdict(int)
    type_tok: dict[str, float] = defaultdict(float)
    type_tp: dict[str, float] = defaultdict(float)
    misses: list[str] = []
    false: list[str] = []
    n_words = 0
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        text = data["originalText"]
        tokens = data["tokens"]
        n_words += len(tokens)
        doc = nlp(text)
        pred = _predicted(doc._.claimx_claims or [], tokens)
        gold = _gold(data)
        pairs = _align(pred, gold)
        for p in pred:
            for role in ROLES:
                npred[role] += len(p[role])
                cpred[role] += bool(p[role])
        for g in gold:
            type_gold[g["type"]] += 1
            type_tok[g["type"]] += len(g["quote"])
            for role in ROLES:
                ngold[role] += len(g[role])
                cgold[role] += bool(g[role])
        for i, j in pairs:
            p, g = pred[i], gold[j]
            type_found[g["type"]] += 1
            type_tp[g["type"]] += len(p["quote"] & g["quote"])
            for role in ROLES:
                tp[role] += len(p[role] & g[role])
                exact[role] += bool(p[role]) and p[role] == g[role]
        matched_p = {i for i, _ in pairs}
        matched_g = {j for _, j in pairs}
        for j, g in enumerate(gold):
            if j not in matched_g:
                words = " ".join(tokens[k]["text"] for k in sorted(g["quote"]))
                misses.append(f"[{g['type']}] {words[:160]}")
        for i, p in enumerate(pred):
            if i not in matched_p:
                spans = p["raw"]["content"]
                false.append(f"[{p['pattern']}] " + " | ".join(text[s:e] for s, e in spans)[:160])
    elapsed = time.perf_counter() - t0

    print(
        f"German quotation attribution, split={args.split}, {len(files)} articles, "
        f"{n_words} tokens, {elapsed:.1f} s ({n_words / elapsed:,.0f} tokens/s)"
    )
    print(f"gold annotations {sum(type_gold.values())}, predicted claims {cpred['quote']}")
    print()
    print("| role | token P | token R | token F1 | exact P | exact R | exact F1 |")
    print("|---|---|---|---|---|---|---|")
    for role in ROLES:
        p, r, f = _prf(tp[role], npred[role], ngold[role])
        ep, er, ef = _prf(exact[role], cpred[role], cgold[role])
        print(f"| {role} | {p:.3f} | {r:.3f} | {f:.3f} | {ep:.3f} | {er:.3f} | {ef:.3f} |")
    print()
    print("| gold type | annotations | found | quote token R |")
    print("|---|---|---|---|")
    for kind in sorted(type_gold, key=lambda k: -type_gold[k]):
        rec = type_tp[kind] / type_tok[kind] if type_tok[kind] else 0.0
        print(f"| {kind} | {type_gold[kind]} | {type_found[kind]} | {rec:.3f} |")
    if args.errors:
        print("\nmissed gold quotes:")
        for line in misses[: args.errors]:
            print("  ", line)
        print("\npredictions with no gold quote:")
        for line in false[: args.errors]:
            print("  ", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
