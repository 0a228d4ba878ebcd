"""Reader and scorer for PolNeAR (brat standoff attribution relations) behind
``benchmarks/attribution.py --corpus polnear``.

Layout of the folder (``../shared/corpora/polnear-train`` by default)::

    text/NAME.txt                  the article (UTF-8); offsets index it in characters
    attributions/NAME_XXXX.ann     brat standoff, one file per annotator
    metadata.tsv                   compartment, filename, publisher, publication_date, title

In an ``.ann`` file, ``T`` lines are spans (``T1<TAB>Source 201 220<TAB>text``; a
discontinuous span lists ``start end`` pairs separated by ``;``) and ``E`` lines tie one
attribution together (``E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1``; the event type is
``Attribution-no-source`` when no source is given; a second content is ``Content2``). Lines
that start with neither (the continuation of a span text over a newline, ``#`` notes) are
skipped. When a text has several annotators' files, the first in sorted order is the gold.

Scoring (definitions printed with the results):

* a predicted claim is aligned to at most one gold attribution and vice versa, greedily by
  the number of shared content characters (largest first; ties go to the prediction sharing
  more cue, then more source characters); whitespace never counts;
* per role (source = speaker, cue, content), *overlap*: P = characters shared by aligned pairs
  / all predicted characters of that role, R = shared / all gold characters of that role;
  *exact*: an aligned pair whose role spans cover the same letters and digits (whitespace,
  punctuation and quotation marks ignored), P over predictions with the role, R over gold
  with the role;
* *attribution recall*: the share of gold attributions whose content some predicted content
  overlaps (not one-to-one);
* *speaker accuracy on matched claims*: of aligned pairs whose gold has a source, the share
  whose predicted speaker overlaps it (a claim without a speaker counts as wrong);
* a gold source that is a relative pronoun ("who", "which", "that": PolNeAR annotates it in
  place of its antecedent) is matched, in every figure, by a predicted speaker that ends right
  before it (nothing but spaces and commas between): the antecedent it stands for;
* *univocal* figures (printed beside the plain ones): PolNeAR gives every token at most one
  role in one attribution, so an attribution nested in another's content ("She says **he
  wants** to ...") cannot be annotated; an unaligned claim whose cue lies inside the content
  of a gold attribution is left out of the precision denominators (it is neither right nor
  wrong by the corpus's convention). Recall figures are the same in both;
* cue classes of the gold (from claimx's English lexicon and spaCy's tags of the article):
  ``no source``; ``adjunct`` (the cue opens with a preposition or subordinator: "according
  to", "as ... noted"); ``verb in lexicon`` (a verb of the cue is a claimx cue verb, by lemma
  or lower-cased form); ``verb not in lexicon``; ``noun`` (no verb, a noun); ``other``.

The corpus carries no licence: it is read here for measurement only, never copied.
"""

from __future__ import annotations

import bisect
import csv
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "CUE_CLASSES",
    "DEFAULT_POLNEAR",
    "GoldAttribution",
    "PolnearDoc",
    "PolnearPrediction",
    "iter_polnear",
    "read_ann",
    "score_polnear",
]

DEFAULT_POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "polnear-train"

Span = tuple[int, int]
ROLES = ("source", "cue", "content")
CUE_CLASSES = ("verb in lexicon", "verb not in lexicon", "noun", "adjunct", "no source", "other")
#: Words that open an adjunct cue ("according to", "as ... noted", "per", "in the words of").
ADJUNCT_WORDS = frozenset({"according", "as", "per", "in", "by", "from", "for", "with", "to"})

#: Gold sources that stand for their antecedent.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t?")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")


@dataclass(frozen=True)
class GoldAttribution:
    """One gold attribution: character spans per role (a role may be empty)."""

    ann_id: str
    source: tuple[Span, ...]
    cue: tuple[Span, ...]
    content: tuple[Span, ...]

    def spans(self, role: str) -> tuple[Span, ...]:
        return getattr(self, role)  # type: ignore[no-any-return]


@dataclass
class PolnearDoc:
    """One article: text, publication date, gold attributions and the annotator file used."""

    doc_id: str
    text: str
    published: str | None
    publisher: str
    annotator_file: str
    gold: list[GoldAttribution] = field(default_factory=list)


@dataclass(frozen=True)
class PolnearPrediction:
    """A predicted claim reduced to character spans."""

    source: tuple[Span, ...]
    cue: tuple[Span, ...]
    content: tuple[Span, ...]
    speaker_text: str = ""
    cue_text: str = ""
    content_text: str = ""
    cue_lemma: str = ""

    def spans(self, role: str) -> tuple[Span, ...]:
        return getattr(self, role)  # type: ignore[no-any-return]


def _spans(field_text: str, length: int) -> tuple[Span, ...]:
    out: list[Span] = []
    for part in field_text.split(";"):
        bits = part.split()
        if len(bits) != 2:
            continue
        start, end = int(bits[0]), int(bits[1])
        if 0 <= start < end <= length:
            out.append((start, end))
    return tuple(sorted(out))


def read_ann(content: str, text_length: int) -> list[GoldAttribution]:
    """The attributions of one brat ``.ann`` file (spans outside the text are dropped)."""
    spans: dict[str, tuple[Span, ...]] = {}
    events: list[tuple[str, list[tuple[str, str]]]] = []
    for line in content.splitlines():
        t = _T_LINE.match(line)
        if t:
            spans[t.group(1)] = _spans(t.group(3), text_length)
            continue
        e = _E_LINE.match(line)
        if e:
            args = [tuple(a.split(":", 1)) for a in e.group(2).split() if ":" in a]
            events.append((e.group(1), [(role, ref) for role, ref in args]))
    out: list[GoldAttribution] = []
    for ann_id, args in events:
        roles: dict[str, list[Span]] = {"source": [], "cue": [], "content": []}
        for role, ref in args:
            name = role.rstrip("0123456789").lower()
            if name in roles:
                roles[name].extend(spans.get(ref, ()))
        if not roles["content"]:
            continue  # an empty event line
        out.append(
            GoldAttribution(
                ann_id,
                tuple(sorted(roles["source"])),
                tuple(sorted(roles["cue"])),
                tuple(sorted(roles["content"])),
            )
        )
    return out


def _metadata(folder: Path) -> dict[str, dict[str, str]]:
    path = folder / "metadata.tsv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["filename"]: row for row in csv.DictReader(fh, delimiter="\t")}


def spread(items: Sequence[Any], n: int | None) -> list[Any]:
    """``n`` items spread evenly over the list (all of them when ``n`` is None)."""
    if n is None or len(items) <= n:
        return list(items)
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]


def iter_polnear(
    folder: Path, max_docs: int | None = None, docs: slice | None = None
) -> Iterator[PolnearDoc]:
    """The articles of a PolNeAR folder in name order (``docs`` a slice of them, e.g. the
    first 150 to tune on and the last 200 held out; ``max_docs`` spread evenly over those)."""
    texts = sorted((folder / "text").glob("*.txt"))
    if docs is not None:
        texts = texts[docs]
    anns: dict[str, list[Path]] = {}
    for path in sorted((folder / "attributions").glob("*.ann")):
        anns.setdefault(path.stem.rsplit("_", 1)[0], []).append(path)
    meta = _metadata(folder)
    for path in spread(texts, max_docs):
        files = anns.get(path.stem)
        if not files:
            continue
        text = path.read_text(encoding="utf-8")
        row = meta.get(path.stem, {})
        first = files[0]
        yield PolnearDoc(
            doc_id=path.stem,
            text=text,
            published=row.get("publication_date") or None,
            publisher=row.get("publisher", ""),
            annotator_file=first.name,
            gold=read_ann(first.read_text(encoding="utf-8"), len(text)),
        )


# --- character arithmetic ------------------------------------------------------------------


class _Chars:
    """Counts of non-whitespace characters of one text over spans, by prefix sums."""

    def __init__(self, text: str) -> None:
        prefix = [0] * (len(text) + 1)
        total = 0
        for i, ch in enumerate(text):
            total += not ch.isspace()
            prefix[i + 1] = total
        self.prefix = prefix
        self.text = text

    def count(self, spans: Iterable[Span]) -> int:
        return sum(self.prefix[e] - self.prefix[s] for s, e in _merge(spans))

    def shared(self, a: Iterable[Span], b: Iterable[Span]) -> int:
        left, right = _merge(a), _merge(b)
        total = 0
        for s1, e1 in left:
            for s2, e2 in right:
                lo, hi = max(s1, s2), min(e1, e2)
                if lo < hi:
                    total += self.prefix[hi] - self.prefix[lo]
        return total

    def antecedent(self, gold: Sequence[Span], pred: Sequence[Span]) -> bool:
        """Whether ``gold`` is a relative pronoun and ``pred`` ends right before it."""
        if len(gold) != 1 or not pred:
            return False
        start, end = gold[0]
        if self.text[start:end].strip().lower() not in RELATIVE_PRONOUNS:
            return False
        last = max(e for _, e in pred)
        return last <= start and not self.text[last:start].strip(" \t\n,")

    def letters(self, spans: Iterable[Span]) -> frozenset[int]:
        return frozenset(i for s, e in _merge(spans) for i in range(s, e) if self.text[i].isalnum())


def _merge(spans: Iterable[Span]) -> list[Span]:
    out: list[Span] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


# --- cue classes ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TaggedToken:
    """What the cue classifier needs of a token: offsets, coarse tag, lemma, form."""

    start: int
    end: int
    pos: str
    lemma: str
    lower: str


def cue_class(
    gold: GoldAttribution,
    tokens: Sequence[TaggedToken],
    starts: Sequence[int],
    verbs: frozenset[str],
) -> str:
    """The class of a gold attribution's cue (see the module docstring)."""
    if not gold.source:
        return "no source"
    inside: list[TaggedToken] = []
    for s, e in gold.cue:
        i = max(bisect.bisect_right(starts, s) - 1, 0)
        while i < len(tokens) and tokens[i].start < e:
            if tokens[i].end > s:
                inside.append(tokens[i])
            i += 1
    words = [t for t in inside if t.pos not in ("PUNCT", "SPACE")]
    if not words:
        return "other"
    if words[0].pos in ("ADP", "SCONJ") or words[0].lower in ADJUNCT_WORDS:
        return "adjunct"
    cue_verbs = [t for t in words if t.pos in ("VERB", "AUX")]
    if any(t.lemma in verbs or t.lower in verbs for t in cue_verbs):
        return "verb in lexicon"
    if any(t.pos == "VERB" for t in cue_verbs):
        return "verb not in lexicon"
    if any(t.pos in ("NOUN", "PROPN") for t in words):
        return "noun"
    return "other"


# --- scoring -------------------------------------------------------------------------------


@dataclass
class _Counts:
    """Matched amounts (for precision and for recall: they differ only when a gold "who"
    is matched by its antecedent) and the two denominators."""

    tp_p: float = 0
    tp_r: float = 0
    n_pred: float = 0
    n_gold: float = 0

    def add(self, amount: float, gold_amount: float | None = None) -> None:
        self.tp_p += amount
        self.tp_r += amount if gold_amount is None else gold_amount

    def prf(self) -> dict[str, float]:
        p = self.tp_p / self.n_pred if self.n_pred else 0.0
        r = self.tp_r / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
            "tp": round(self.tp_r),
            "pred": round(self.n_pred),
            "gold": round(self.n_gold),
        }


def align(
    chars: _Chars, gold: Sequence[GoldAttribution], pred: Sequence[PolnearPrediction]
) -> dict[int, int]:
    """Gold index -> prediction index, one-to-one, greedily by shared content characters;
    ties (an outer claim whose content holds the same gold content as the claim of that
    gold's own cue) go to the prediction sharing more cue, then more source characters."""
    candidates: list[tuple[int, int, int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            shared = chars.shared(g.content, p.content)
            if shared:
                cue = chars.shared(g.cue, p.cue)
                source = chars.shared(g.source, p.source)
                candidates.append((-shared, -cue, -source, gi, pi))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for *_, gi, pi in sorted(candidates):
        if gi not in pairs and pi not in used:
            pairs[gi] = pi
            used.add(pi)
    return pairs


@dataclass
class PolnearEval:
    """One document's gold, predictions, alignment and the gold cue classes."""

    doc: PolnearDoc
    pred: list[PolnearPrediction]
    classes: list[str]
    pairs: dict[int, int] = field(default_factory=dict)
    found: set[int] = field(default_factory=set)
    """Gold indices whose content some prediction overlaps."""
    nested: set[int] = field(default_factory=set)
    """Unaligned predictions whose cue lies inside a gold content (univocal convention)."""

    def __post_init__(self) -> None:
        self.chars = _Chars(self.doc.text)
        self.pairs = align(self.chars, self.doc.gold, self.pred)
        self.found = {
            gi
            for gi, g in enumerate(self.doc.gold)
            if any(self.chars.shared(g.content, p.content) for p in self.pred)
        }
        aligned = set(self.pairs.values())
        self.nested = {
            pi
            for pi, p in enumerate(self.pred)
            if pi not in aligned and any(self.chars.shared(g.content, p.cue) for g in self.doc.gold)
        }


def _role_counts(
    evals: Sequence[PolnearEval], keep: set[str] | None, *, univocal: bool = False
) -> dict[str, Any]:
    overlap = {role: _Counts() for role in ROLES}
    exact = {role: _Counts() for role in ROLES}
    n_gold = found = spk_n = spk_ok = 0
    for ev in evals:
        chars = ev.chars
        kept = [gi for gi in range(len(ev.doc.gold)) if keep is None or ev.classes[gi] in keep]
        kept_set = set(kept)
        aligned_pred = {pi: gi for gi, pi in ev.pairs.items()}
        for pi, p in enumerate(ev.pred):
            if keep is not None and (pi not in aligned_pred or aligned_pred[pi] not in kept_set):
                continue  # by class: only predictions aligned to gold of the class
            if univocal and pi in ev.nested:
                continue  # nested in a gold content: PolNeAR cannot annotate it
            for role in ROLES:
                spans = p.spans(role)
                overlap[role].n_pred += chars.count(spans)
                exact[role].n_pred += bool(spans)
        for gi in kept:
            g = ev.doc.gold[gi]
            n_gold += 1
            found += gi in ev.found
            for role in ROLES:
                overlap[role].n_gold += chars.count(g.spans(role))
                exact[role].n_gold += bool(g.spans(role))
            if gi not in ev.pairs:
                continue
            p = ev.pred[ev.pairs[gi]]
            alias = chars.antecedent(g.source, p.source)
            for role in ROLES:
                gs, ps = g.spans(role), p.spans(role)
                if role == "source" and alias:  # the antecedent of a gold "who"
                    overlap[role].add(chars.count(ps), chars.count(gs))
                    exact[role].add(1)
                    continue
                overlap[role].add(chars.shared(gs, ps))
                if gs and ps and chars.letters(gs) == chars.letters(ps):
                    exact[role].add(1)
            if g.source:
                spk_n += 1
                spk_ok += alias or (bool(p.source) and chars.shared(g.source, p.source) > 0)
    return {
        "gold": n_gold,
        "attribution_recall": round(found / n_gold, 3) if n_gold else 0.0,
        "overlap": {role: overlap[role].prf() for role in ROLES},
        "exact": {role: exact[role].prf() for role in ROLES},
        "speaker_accuracy_on_matched": {
            "n": spk_n,
            "accuracy": round(spk_ok / spk_n, 3) if spk_n else 0.0,
        },
    }


def score_polnear(evals: Sequence[PolnearEval]) -> dict[str, Any]:
    """All figures: overall, then by gold cue class (predictions aligned to that class)."""
    out = _role_counts(evals, None)
    out["predicted_claims"] = sum(len(ev.pred) for ev in evals)
    out["unaligned_predictions"] = sum(len(ev.pred) - len(ev.pairs) for ev in evals)
    out["nested_unaligned_predictions"] = sum(len(ev.nested) for ev in evals)
    out["univocal"] = _role_counts(evals, None, univocal=True)
    out["by_cue_class"] = {cls: _role_counts(evals, {cls}) for cls in CUE_CLASSES}
    return out


def render_polnear(results: dict[str, Any]) -> list[str]:
    """The human-readable tables."""
    lines = [
        f"{'':10} {'match':8} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    for kind in ("overlap", "exact"):
        for role in ROLES:
            m = results[kind][role]
            lines.append(
                f"{role:10} {kind:8} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}"
            )
    uni = results.get("univocal")
    if uni is not None:
        for role in ROLES:
            m = uni["overlap"][role]
            lines.append(
                f"{role:10} {'univocal':8} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f}"
            )
    spk = results["speaker_accuracy_on_matched"]
    lines.append(
        f"attribution recall {results['attribution_recall']:.3f} (gold {results['gold']}); "
        f"speaker accuracy on matched claims {spk['accuracy']:.3f} (n={spk['n']})"
    )
    lines += [
        "",
        "by gold cue class (precision over the claims aligned to the class):",
        f"  {'class':20} {'gold':>5} {'recall':>6} {'src F1':>6} {'cue F1':>6} {'cnt P':>6} "
        f"{'cnt R':>6} {'cnt F1':>6} {'spk acc':>7}",
    ]
    for cls, m in results["by_cue_class"].items():
        o = m["overlap"]
        lines.append(
            f"  {cls:20} {m['gold']:5d} {m['attribution_recall']:6.3f} "
            f"{o['source']['f1']:6.3f} {o['cue']['f1']:6.3f} {o['content']['precision']:6.3f} "
            f"{o['content']['recall']:6.3f} {o['content']['f1']:6.3f} "
            f"{m['speaker_accuracy_on_matched']['accuracy']:7.3f}"
        )
    return lines
