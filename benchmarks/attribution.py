"""English attribution benchmark: claimx claims against MEANTIME's speech/cognitive events,
or against PolNeAR's attribution relations.

Usage::

    python benchmarks/attribution.py [--corpus meantime|polnear|PATH] [--path PATH]
                                     [--max-docs N] [--errors N] [--json]

``--corpus polnear`` scores the PolNeAR training split (``--path``, default
``../shared/corpora/polnear-train``; definitions in ``_polnear.py`` and printed with the
results). The rest of this docstring describes the MEANTIME benchmark, the default.

Data: the raw MEANTIME XML (``../shared/corpora/meantime/en_raw/intra_cross-doc_annotation``,
120 English Wikinews articles, CC BY 4.0). Each document's text is rebuilt from its tokens
(title paragraph, dateline paragraph, body; see ``_meantime.py``) and parsed with
``claimx.parse_many`` (``published`` = the document creation time); every ``Article.claims``
entry with a cue is a prediction.

Gold and matching definitions (printed with the results):

* gold statement = a ``SPEECH_COGNITIVE`` event mention. Its **cue** is the mention's trigger
  token(s); its **source** the ``Arg0`` participant entity mention(s) (``HAS_PARTICIPANT``),
  with the entity instance reached through ``REFERS_TO`` and all mentions of that instance;
  its **content** the ``SLINK`` target event mention(s) -- an event trigger, not a clause.
* alignment: a predicted claim matches a gold statement when their cues share a token
  (one-to-one, greedy, exact cue matches first, then larger overlap, then text order).
* cue: *exact* = same character span; *overlap* = at least one shared token.
* speaker: *exact* = the predicted speaker span equals a gold Arg0 mention span; *overlap* =
  they share a token. Counted only on aligned pairs; precision is over all predicted claims
  with a speaker, recall over gold statements with an Arg0.
* content: *exact* = a predicted content span equals the gold content trigger span;
  *overlap* = the predicted content spans contain every token of a gold content trigger.
  Precision over predicted claims with content, recall over gold statements with an SLINK.
  A quote extractor returns clauses, so *exact* content is expected to be near zero.
* speaker accuracy on found claims (cue-aligned pairs whose gold has an Arg0): *mention* =
  the predicted speaker overlaps the gold Arg0 mention; *instance* = the predicted speaker or
  its ``resolved_from`` mention overlaps any mention of the gold Arg0 entity instance.
  A claim without a speaker counts as wrong.
* region: MEANTIME annotates events fully only in the title and the first four body
  sentences (its sentences 0-5; 1 is the dateline). After that only the mentions added for
  cross-document chains exist (no Arg0, no SLINK), so true statements there are unannotated.
  Headline figures use that region (gold there; predictions whose cue starts there);
  whole-document figures are printed too, their precision being a floor.
* secondary row (never the headline): the region scored again without the claims whose cue
  is a preposition ("according to"), which MEANTIME cannot annotate (its events are verbs,
  nouns and some adjectives); the claims are removed before alignment and their number printed.
* subsets: **all** = every SPEECH_COGNITIVE mention (includes cognitive events such as
  "expect", "plan", "fear", "see", "know", nominal "announcement"/"statement", and mentions
  with no annotated source or content); **attributed** = gold with both an Arg0 and an SLINK.
  In the subset, predictions aligned to gold outside the subset are left out of precision.

Runs in well under 3 minutes on 2 cores (``n_process=1``, ``batch_size=16``).
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
for _path in (str(_HERE), str(_HERE.parent)):  # _meantime; claimx when not installed
    if _path not in sys.path:
        sys.path.append(_path)

from _meantime import (  # noqa: E402
    DEFAULT_CORPUS,
    MeantimeDoc,
    SpeechStatement,
    iter_docs,
    speech_statements,
)
from _polnear import (  # noqa: E402
    CUE_CLASSES,
    DEFAULT_POLNEAR,
    PolnearDoc,
    PolnearEval,
    PolnearPrediction,
    TaggedToken,
    cue_class,
    iter_polnear,
    render_polnear,
    score_polnear,
)

Span = tuple[int, int]

#: MEANTIME annotates events fully only in the title and the first four body sentences
#: (sentence indices 0-5, 1 being the dateline); later sentences hold only the few mentions
#: added for cross-document chains (about 1 in 6 of the density). Precision is meaningful
#: only in this region.
ANNOTATED_LAST_SENTENCE = 5

DEFINITIONS = (
    "gold cue = SPEECH_COGNITIVE event trigger; gold speaker = its Arg0 entity mention "
    "(instance via REFERS_TO); gold content = SLINK target event trigger. Claims align to "
    "gold by cue token overlap (1:1). exact = identical char span; overlap = shared token "
    "(cue, speaker) or predicted content containing the gold content trigger (content). "
    "Speaker accuracy: of aligned claims whose gold has an Arg0, predicted speaker overlaps "
    "the Arg0 mention (mention) or it/its resolved_from overlaps any mention of the Arg0 "
    "instance (instance). all = every SPEECH_COGNITIVE mention; attributed = gold with Arg0 "
    "and SLINK. Region = title + first 4 body sentences, the only fully annotated part."
)


@dataclass(frozen=True)
class Predicted:
    """A predicted claim reduced to character spans."""

    cue: Span
    cue_text: str
    speaker: Span | None
    speaker_text: str
    resolved_from: Span | None
    content: tuple[Span, ...]
    content_text: str
    cue_lemma: str = ""


@dataclass
class DocEval:
    """One document's gold, predictions and alignment."""

    doc: MeantimeDoc
    gold: list[SpeechStatement]
    pred: list[Predicted]
    starts: list[int] = field(default_factory=list)
    token_ids: list[int] = field(default_factory=list)
    pairs: dict[int, int] = field(default_factory=dict)
    """Gold index -> prediction index."""

    def __post_init__(self) -> None:
        ordered = sorted(self.doc.tokens.values(), key=lambda t: t.start)
        self.starts = [t.start for t in ordered]
        self.token_ids = [t.t_id for t in ordered]

    def tokens_in(self, span: Span) -> set[int]:
        """Ids of the tokens a character span touches."""
        start, end = span
        out: set[int] = set()
        i = max(bisect.bisect_right(self.starts, start) - 1, 0)
        while i < len(self.starts) and self.starts[i] < end:
            tok = self.doc.tokens[self.token_ids[i]]
            if tok.end > start:
                out.add(tok.t_id)
            i += 1
        return out

    def region_end(self) -> int:
        """End offset of the fully annotated region (see ``ANNOTATED_LAST_SENTENCE``)."""
        ends = [e for i, (_, e) in self.doc.sentences.items() if i <= ANNOTATED_LAST_SENTENCE]
        return max(ends, default=0)

    def mention_tokens(self, m_id: str) -> set[int]:
        return set(self.doc.mentions[m_id].t_ids)

    def align(self) -> None:
        """Greedy one-to-one alignment on cue token overlap (exact matches first)."""
        candidates: list[tuple[int, int, int, int, int]] = []
        for gi, gold in enumerate(self.gold):
            g_tokens = self.mention_tokens(gold.cue)
            g_span = self.doc.char_span(gold.cue)
            for pi, pred in enumerate(self.pred):
                shared = len(g_tokens & self.tokens_in(pred.cue))
                if shared:
                    candidates.append((0 if pred.cue == g_span else 1, -shared, gi, pi, 0))
        used_g: set[int] = set()
        used_p: set[int] = set()
        for _, _, gi, pi, _ in sorted(candidates):
            if gi not in used_g and pi not in used_p:
                self.pairs[gi] = pi
                used_g.add(gi)
                used_p.add(pi)


def _predictions(article: Any) -> list[Predicted]:
    out: list[Predicted] = []
    for claim in article.claims:
        if claim.cue is None:
            continue
        speaker = claim.speaker
        resolved = speaker.resolved_from if speaker is not None else None
        out.append(
            Predicted(
                cue=(claim.cue.start, claim.cue.end),
                cue_text=claim.cue.text,
                speaker=(speaker.start, speaker.end) if speaker is not None else None,
                speaker_text=speaker.text if speaker is not None else "",
                resolved_from=(resolved.start, resolved.end) if resolved is not None else None,
                content=tuple((s.start, s.end) for s in claim.content),
                content_text=claim.content_text,
                cue_lemma=claim.cue.lemma or "",
            )
        )
    return out


def oracle_predictions(doc: MeantimeDoc, gold: Sequence[SpeechStatement]) -> list[Predicted]:
    """Predictions copied from the gold (harness self-check: every score must be 1.0)."""
    out: list[Predicted] = []
    for g in gold:
        speaker = doc.char_span(g.sources[0]) if g.sources else None
        out.append(
            Predicted(
                cue=doc.char_span(g.cue),
                cue_text=doc.span_text(g.cue),
                speaker=speaker,
                speaker_text=doc.span_text(g.sources[0]) if g.sources else "",
                resolved_from=None,
                content=tuple(doc.char_span(c) for c in g.contents),
                content_text=" ".join(doc.span_text(c) for c in g.contents),
            )
        )
    return out


# --- scoring -------------------------------------------------------------------------------


@dataclass
class Counts:
    """True positives and the two denominators."""

    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    def prf(self) -> dict[str, float | int]:
        p = self.tp / self.n_pred if self.n_pred else 0.0
        r = self.tp / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "tp": self.tp,
            "pred": self.n_pred,
            "gold": self.n_gold,
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
        }


def _speaker_match(ev: DocEval, gold: SpeechStatement, pred: Predicted) -> tuple[bool, bool]:
    """(exact, overlap) of the predicted speaker against the gold Arg0 mention(s)."""
    if pred.speaker is None:
        return False, False
    p_tokens = ev.tokens_in(pred.speaker)
    exact = any(ev.doc.char_span(s) == pred.speaker for s in gold.sources)
    overlap = any(p_tokens & ev.mention_tokens(s) for s in gold.sources)
    return exact, overlap


def _speaker_instance_match(ev: DocEval, gold: SpeechStatement, pred: Predicted) -> bool:
    spans = [s for s in (pred.speaker, pred.resolved_from) if s is not None]
    if not spans:
        return False
    p_tokens = set().union(*(ev.tokens_in(s) for s in spans))
    mentions = set(gold.sources)
    for instance in gold.source_instances:
        mentions.update(ev.doc.mentions_of(instance))
    return any(p_tokens & ev.mention_tokens(m) for m in mentions if m in ev.doc.mentions)


def _content_match(ev: DocEval, gold: SpeechStatement, pred: Predicted) -> tuple[bool, bool]:
    """(exact, contains-trigger) of the predicted content against the SLINK target(s)."""
    exact = any(ev.doc.char_span(c) in pred.content for c in gold.contents)
    contained = False
    for c in gold.contents:
        spans = ev.doc.token_spans(c)
        if spans and all(any(s <= a and b <= e for s, e in pred.content) for a, b in spans):
            contained = True
    return exact, contained


def score(evals: Sequence[DocEval], subset: str, *, region: bool = False) -> dict[str, Any]:
    """All metrics for ``subset`` (``all`` or ``attributed``).

    With ``region``, only gold statements in the fully annotated first sentences count, and
    only predictions whose cue starts there (or that align to such gold).
    """

    def keep(g: SpeechStatement) -> bool:
        in_region = not region or g.sentence <= ANNOTATED_LAST_SENTENCE
        return in_region and (subset == "all" or g.attributed)

    cue = {"exact": Counts(), "overlap": Counts()}
    spk = {"exact": Counts(), "overlap": Counts()}
    con = {"exact": Counts(), "overlap": Counts()}
    acc_n = acc_mention = acc_instance = 0
    content_found_n = content_found_ok = 0
    for ev in evals:
        aligned_to = {p: g for g, p in ev.pairs.items()}
        end = ev.region_end()
        for pi, pred in enumerate(ev.pred):
            if pi in aligned_to and not keep(ev.gold[aligned_to[pi]]):
                continue  # aligned to gold outside this subset
            if pi not in aligned_to and region and pred.cue[0] >= end:
                continue  # outside the annotated region
            for counts in cue.values():
                counts.n_pred += 1
            if pred.speaker is not None:
                for counts in spk.values():
                    counts.n_pred += 1
            if pred.content:
                for counts in con.values():
                    counts.n_pred += 1
        for gi, gold in enumerate(ev.gold):
            if not keep(gold):
                continue
            for counts in cue.values():
                counts.n_gold += 1
            if gold.sources:
                for counts in spk.values():
                    counts.n_gold += 1
            if gold.contents:
                for counts in con.values():
                    counts.n_gold += 1
            if gi not in ev.pairs:
                continue
            pred = ev.pred[ev.pairs[gi]]
            cue["overlap"].tp += 1
            cue["exact"].tp += int(ev.doc.char_span(gold.cue) == pred.cue)
            if gold.sources:
                exact, overlap = _speaker_match(ev, gold, pred)
                spk["exact"].tp += int(exact)
                spk["overlap"].tp += int(overlap)
                acc_n += 1
                acc_mention += int(overlap)
                acc_instance += int(overlap or _speaker_instance_match(ev, gold, pred))
            if gold.contents:
                exact, contained = _content_match(ev, gold, pred)
                con["exact"].tp += int(exact)
                con["overlap"].tp += int(contained)
                content_found_n += 1
                content_found_ok += int(contained)
    return {
        "cue": {k: v.prf() for k, v in cue.items()},
        "speaker": {k: v.prf() for k, v in spk.items()},
        "content": {k: v.prf() for k, v in con.items()},
        "speaker_accuracy_on_found": {
            "n": acc_n,
            "mention": round(acc_mention / acc_n, 3) if acc_n else 0.0,
            "instance": round(acc_instance / acc_n, 3) if acc_n else 0.0,
        },
        "content_accuracy_on_found": {
            "n": content_found_n,
            "contains_trigger": round(content_found_ok / content_found_n, 3)
            if content_found_n
            else 0.0,
        },
    }


# --- lemmas, errors ------------------------------------------------------------------------


def fill_lemmas(evals: Sequence[DocEval]) -> dict[tuple[str, str], str]:
    """Lemma of every gold cue: MEANTIME's ``pred``, else spaCy's lemma of the trigger."""
    from claimx import load_pipeline

    lemmas: dict[tuple[str, str], str] = {}
    todo: list[tuple[DocEval, SpeechStatement]] = []
    for ev in evals:
        for gold in ev.gold:
            if gold.lemma:
                lemmas[(ev.doc.doc_id, gold.cue)] = gold.lemma
            else:
                todo.append((ev, gold))
    nlp = load_pipeline("en")
    keep = [
        p for p in ("tok2vec", "tagger", "attribute_ruler", "lemmatizer") if p in nlp.pipe_names
    ]
    texts = []
    for ev, gold in todo:
        start, end = ev.doc.sentences[gold.sentence]
        texts.append(ev.doc.text[start:end])
    with nlp.select_pipes(enable=keep):
        docs = list(nlp.pipe(texts, batch_size=64))
    for (ev, gold), sdoc in zip(todo, docs, strict=True):
        offset = ev.doc.sentences[gold.sentence][0]
        cue_start = ev.doc.char_span(gold.cue)[0] - offset
        token = next((t for t in sdoc if t.idx <= cue_start < t.idx + len(t)), None)
        text = ev.doc.span_text(gold.cue).lower()
        lemmas[(ev.doc.doc_id, gold.cue)] = token.lemma_.lower() if token is not None else text
    return lemmas


def lemma_table(
    evals: Sequence[DocEval], lemmas: dict[tuple[str, str], str], top: int = 15
) -> list[dict[str, Any]]:
    """Per-lemma recall (cue overlap) for the ``top`` most frequent gold lemmas."""
    total: Counter[str] = Counter()
    found: Counter[str] = Counter()
    attributed: Counter[str] = Counter()
    for ev in evals:
        for gi, gold in enumerate(ev.gold):
            lemma = lemmas[(ev.doc.doc_id, gold.cue)]
            total[lemma] += 1
            attributed[lemma] += int(gold.attributed)
            found[lemma] += int(gi in ev.pairs)
    return [
        {
            "lemma": lemma,
            "gold": n,
            "attributed": attributed[lemma],
            "found": found[lemma],
            "recall": round(found[lemma] / n, 3),
        }
        for lemma, n in total.most_common(top)
    ]


def _sentence_at(doc: MeantimeDoc, offset: int) -> tuple[int, int]:
    for start, end in doc.sentences.values():
        if start <= offset < end:
            return start, end
    return offset, offset


def _mark(text: str, spans: Iterable[tuple[Span, str, str]], window: Span) -> str:
    """The window's text with spans bracketed (``[[cue]]``, ``{speaker}``, ``<content>``)."""
    edits: list[tuple[int, int, str]] = []
    for (start, end), left, right in spans:
        if window[0] <= start and end <= window[1]:
            edits.append((end, 0, right))
            edits.append((start, 1, left))
    out = text[window[0] : window[1]]
    for pos, _, mark in sorted(edits, reverse=True):
        out = out[: pos - window[0]] + mark + out[pos - window[0] :]
    return " ".join(out.split())


def _spread(items: Sequence[Any], n: int) -> list[Any]:
    """``n`` items spread evenly over the list (deterministic sample)."""
    if len(items) <= n:
        return list(items)
    step = len(items) / n
    return [items[int(i * step)] for i in range(n)]


def error_report(
    evals: Sequence[DocEval], n: int, lemmas: dict[tuple[str, str], str] | None = None
) -> list[str]:
    """Missed gold statements, false positives and wrong speakers, ``n`` of each."""
    missed_lemmas: Counter[str] = Counter()
    fp_cues: Counter[str] = Counter()
    missed: list[str] = []
    false_pos: list[str] = []
    wrong_speaker: list[str] = []
    for ev in evals:
        doc = ev.doc
        aligned = set(ev.pairs.values())
        for gi, gold in enumerate(ev.gold):
            marks = [(doc.char_span(gold.cue), "[[", "]]")]
            marks += [(doc.char_span(s), "{", "}") for s in gold.sources]
            marks += [(doc.char_span(c), "<", ">") for c in gold.contents]
            window = doc.sentences[gold.sentence]
            flags = ("A" if gold.attributed else "-") + (
                "R" if gold.sentence <= ANNOTATED_LAST_SENTENCE else "-"
            )
            line = (
                f"{doc.doc_id} {flags} "
                f"cue={doc.span_text(gold.cue)!r} src="
                f"{[doc.span_text(s) for s in gold.sources]} | {_mark(doc.text, marks, window)}"
            )
            pi = ev.pairs.get(gi)
            if pi is None:
                missed.append(line)
                if lemmas is not None and gold.sentence <= ANNOTATED_LAST_SENTENCE:
                    missed_lemmas[lemmas[(doc.doc_id, gold.cue)]] += 1
            elif gold.sources and not _speaker_instance_match(ev, gold, ev.pred[pi]):
                pred = ev.pred[pi]
                wrong_speaker.append(f"{line}\n      predicted speaker: {pred.speaker_text!r}")
        for pi, pred in enumerate(ev.pred):
            if pi in aligned or pred.cue[0] >= ev.region_end():
                continue
            fp_cues[pred.cue_text.lower()] += 1
            marks = [(pred.cue, "[[", "]]")]
            if pred.speaker is not None:
                marks.append((pred.speaker, "{", "}"))
            marks += [(s, "<", ">") for s in pred.content]
            window = _sentence_at(doc, pred.cue[0])
            lo = min([window[0], *(s for s, _ in pred.content)])
            hi = max([window[1], *(e for _, e in pred.content)])
            false_pos.append(
                f"{doc.doc_id} cue={pred.cue_text!r} speaker={pred.speaker_text!r} | "
                f"{_mark(doc.text, marks, (lo, hi))}"
            )
    missed.sort(key=lambda line: line.split()[1])  # attributed, in-region gold first
    out = [
        f"MISSED gold statements ({len(missed)}; flags: A = has Arg0 and SLINK, "
        "R = in the fully annotated first sentences):"
    ]
    out += [f"  {line}" for line in _spread(missed, n)]
    out.append(f"FALSE POSITIVES in the fully annotated first sentences ({len(false_pos)}):")
    out += [f"  {line}" for line in _spread(false_pos, n)]
    out.append(f"WRONG SPEAKER on found claims ({len(wrong_speaker)}):")
    out += [f"  {line}" for line in _spread(wrong_speaker, n)]
    out.append("missed gold lemmas in the annotated region: " + _counts(missed_lemmas))
    out.append("false-positive cues in the annotated region: " + _counts(fp_cues))
    return out


def _counts(counter: Counter[str], top: int = 25) -> str:
    return ", ".join(f"{key} {count}" for key, count in counter.most_common(top))


# --- output --------------------------------------------------------------------------------


def _table(result: dict[str, Any]) -> list[str]:
    lines = [f"{'':10} {'match':8} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}"]
    for part in ("cue", "speaker", "content"):
        for kind in ("exact", "overlap"):
            m = result[part][kind]
            lines.append(
                f"{part:10} {kind:8} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} "
                f"{m['tp']:5d} {m['pred']:5d} {m['gold']:5d}"
            )
    acc = result["speaker_accuracy_on_found"]
    lines.append(
        f"speaker accuracy on found claims (n={acc['n']}): mention {acc['mention']:.3f}, "
        f"instance {acc['instance']:.3f}"
    )
    con = result["content_accuracy_on_found"]
    lines.append(
        f"content contains gold trigger on found claims (n={con['n']}): "
        f"{con['contains_trigger']:.3f}"
    )
    return lines


def evaluate(corpus: Path, *, oracle: bool = False) -> tuple[list[DocEval], list[Any], float]:
    """Parse the corpus with claimx (or copy the gold with ``oracle``) and align."""
    docs = list(iter_docs(corpus))
    started = time.perf_counter()
    articles: list[Any] = []
    if not oracle:
        import claimx

        records = [{"id": d.doc_id, "text": d.text, "published": d.published} for d in docs]
        articles = list(claimx.parse_many(records, language="en", batch_size=16, n_process=1))
    parse_seconds = time.perf_counter() - started
    evals: list[DocEval] = []
    for i, doc in enumerate(docs):
        gold = speech_statements(doc)
        if oracle:
            pred = oracle_predictions(doc, gold)
        else:
            if articles[i].text != doc.text:
                raise RuntimeError(f"{doc.doc_id}: claimx changed the text; offsets differ")
            pred = _predictions(articles[i])
        ev = DocEval(doc, gold, pred)
        ev.align()
        evals.append(ev)
    return evals, articles, parse_seconds


def preposition_lemmas() -> frozenset[str]:
    """Cue lemmas of claimx's prepositional cues ("according to"), from its English lexicon."""
    from claimx.lexicons import load_data

    return frozenset(item["lemma"] for item in load_data("cues", "en.json")["prepositions"])


def without_prepositions(
    evals: Sequence[DocEval], lemmas: frozenset[str]
) -> tuple[list[DocEval], int, int]:
    """The evaluations with every prepositional-cue claim removed, realigned.

    MEANTIME annotates events (verbs, nouns, some adjectives), never prepositions, so an
    "according to" claim can never match a gold cue. Returns (evals, claims removed, removed
    claims that had been aligned to a gold statement).
    """
    out: list[DocEval] = []
    removed = removed_aligned = 0
    for ev in evals:
        aligned = set(ev.pairs.values())
        kept = [p for p in ev.pred if p.cue_lemma not in lemmas]
        removed += len(ev.pred) - len(kept)
        removed_aligned += sum(
            1 for i, p in enumerate(ev.pred) if p.cue_lemma in lemmas and i in aligned
        )
        new = DocEval(ev.doc, ev.gold, kept)
        new.align()
        out.append(new)
    return out, removed, removed_aligned


def run(corpus: Path, errors: int, *, oracle: bool = False) -> tuple[dict[str, Any], list[str]]:
    """Parse the corpus with claimx and score it; returns (results, error lines)."""
    evals, articles, parse_seconds = evaluate(corpus, oracle=oracle)
    docs = [ev.doc for ev in evals]
    lemmas = fill_lemmas(evals)
    results: dict[str, Any] = {
        "corpus": str(corpus),
        "documents": len(docs),
        "tokens": sum(len(d.tokens) for d in docs),
        "gold_statements": sum(len(ev.gold) for ev in evals),
        "gold_attributed": sum(g.attributed for ev in evals for g in ev.gold),
        "gold_with_arg0": sum(bool(g.sources) for ev in evals for g in ev.gold),
        "gold_with_slink": sum(bool(g.contents) for ev in evals for g in ev.gold),
        "oracle": oracle,
        "predicted_claims": sum(len(ev.pred) for ev in evals),
        "claims_sharing_a_cue": sum(
            count - 1
            for ev in evals
            for count in Counter(p.cue for p in ev.pred).values()
            if count > 1
        ),
        "unattributed_claims_ignored": sum(1 for a in articles for c in a.claims if c.cue is None),
        "parse_seconds": round(parse_seconds, 1),
        "definitions": DEFINITIONS,
        "region_last_sentence": ANNOTATED_LAST_SENTENCE,
        "region": {
            "all": score(evals, "all", region=True),
            "attributed": score(evals, "attributed", region=True),
        },
        "documents_whole": {
            "all": score(evals, "all"),
            "attributed": score(evals, "attributed"),
        },
        "lemmas": lemma_table(evals, lemmas),
    }
    no_preps, removed, removed_aligned = without_prepositions(evals, preposition_lemmas())
    results["region_excluding_prepositions"] = {
        "all": score(no_preps, "all", region=True),
        "attributed": score(no_preps, "attributed", region=True),
        "claims_removed": removed,
        "claims_removed_that_matched_gold": removed_aligned,
    }
    return results, error_report(evals, errors, lemmas) if errors else []


def render(results: dict[str, Any]) -> list[str]:
    """The human-readable report."""
    lines = [
        ("ORACLE (gold copied as predictions)\n" if results["oracle"] else "")
        + f"MEANTIME English attribution: {results['documents']} docs, {results['tokens']} tokens,"
        f" parsed in {results['parse_seconds']} s",
        f"gold SPEECH_COGNITIVE mentions {results['gold_statements']} (with Arg0 "
        f"{results['gold_with_arg0']}, with SLINK {results['gold_with_slink']}, both "
        f"{results['gold_attributed']}); predicted claims with a cue "
        f"{results['predicted_claims']} (unattributed, ignored: "
        f"{results['unattributed_claims_ignored']}; extra claims on an already used cue span: "
        f"{results['claims_sharing_a_cue']})",
        "",
        "Definitions: " + results["definitions"],
    ]
    titles = {
        "region": "title + first 4 body sentences (fully annotated; headline figures)",
        "documents_whole": "whole documents (gold sparse after sentence 5: precision is a floor)",
    }
    for scope, title in titles.items():
        for subset in ("all", "attributed"):
            lines += ["", f"== {title}; gold: {subset} =="]
            lines += _table(results[scope][subset])
    secondary = results["region_excluding_prepositions"]
    lines += [
        "",
        "SECONDARY (not the headline figures): title + first 4 body sentences, excluding claims "
        "whose cue is a preposition (not annotatable as an event in MEANTIME); "
        f"{secondary['claims_removed']} such claims removed over the corpus, "
        f"{secondary['claims_removed_that_matched_gold']} of which had matched a gold statement",
    ]
    for subset in ("all", "attributed"):
        lines += ["", f"== excluding prepositional cues, region; gold: {subset} =="]
        lines += _table(secondary[subset])
    lines += ["", "per-lemma cue recall (top gold lemmas, all SPEECH_COGNITIVE):"]
    lines.append(f"  {'lemma':16} {'gold':>5} {'attr':>5} {'found':>5} {'recall':>6}")
    for row in results["lemmas"]:
        lines.append(
            f"  {row['lemma']:16} {row['gold']:5d} {row['attributed']:5d} {row['found']:5d} "
            f"{row['recall']:6.3f}"
        )
    return lines


# --- PolNeAR ------------------------------------------------------------------------------

POLNEAR_DEFINITIONS = (
    "gold = the first annotator file of each text in sorted order. A claim aligns to at most "
    "one gold attribution, greedily by shared content characters (ties: more shared cue, "
    "then source characters). overlap: P = characters "
    "shared by aligned pairs / all predicted characters of the role, R = shared / all gold "
    "characters of the role (whitespace never counts); exact: aligned pair whose role spans "
    "hold the same letters and digits. attribution recall = share of gold attributions whose "
    "content some claim overlaps. speaker accuracy = of aligned pairs with a gold source, "
    "predicted speaker overlaps it; a gold relative pronoun source (who) is matched by the "
    "predicted speaker ending right before it (its antecedent). Cue classes: verb in "
    "claimx's lexicon (lemma or form), verb not in it, noun cue, adjunct cue (according to, "
    "as ... noted), no source, other. univocal: overlap figures without the unaligned "
    "claims whose cue lies inside a gold content (PolNeAR gives a token one role in one "
    "attribution, so it cannot annotate a nested one)."
)


def _polnear_predictions(article: Any) -> list[PolnearPrediction]:
    out: list[PolnearPrediction] = []
    for claim in article.claims:
        if claim.cue is None:
            continue  # the outlet's own assertions are not attributions
        speaker = claim.speaker
        out.append(
            PolnearPrediction(
                source=((speaker.start, speaker.end),) if speaker is not None else (),
                cue=tuple(sorted((p.start, p.end) for p in (claim.cue, *claim.cue.parts))),
                content=tuple((s.start, s.end) for s in claim.content),
                speaker_text=speaker.text if speaker is not None else "",
                cue_text=claim.cue.text,
                content_text=claim.content_text,
                cue_lemma=claim.cue.lemma,
            )
        )
    return out


def _tagged(texts: Sequence[str]) -> list[list[TaggedToken]]:
    """Coarse tags and lemmas of every token (tagger only, for the gold cue classes)."""
    from claimx import load_pipeline

    nlp = load_pipeline("en")
    keep = [
        p for p in ("tok2vec", "tagger", "attribute_ruler", "lemmatizer") if p in nlp.pipe_names
    ]
    out: list[list[TaggedToken]] = []
    with nlp.select_pipes(enable=keep):
        for doc in nlp.pipe(texts, batch_size=16):
            out.append(
                [
                    TaggedToken(t.idx, t.idx + len(t), t.pos_, t.lemma_.lower(), t.lower_)
                    for t in doc
                ]
            )
    return out


def evaluate_polnear(
    folder: Path, max_docs: int | None, docs_slice: slice | None = None
) -> tuple[list[PolnearEval], float]:
    """Parse the PolNeAR articles with claimx and align the claims to the gold."""
    import claimx
    from claimx.attribution.lexicon import cue_lexicon

    docs = list(iter_polnear(folder, max_docs, docs_slice))
    records = [{"id": d.doc_id, "text": d.text, "published": d.published} for d in docs]
    started = time.perf_counter()
    articles = list(claimx.parse_many(records, language="en", batch_size=16, n_process=1))
    parse_seconds = time.perf_counter() - started
    verbs = frozenset(cue_lexicon("en").verbs)
    evals: list[PolnearEval] = []
    for doc, article, tokens in zip(docs, articles, _tagged([d.text for d in docs]), strict=True):
        if article.text != doc.text:
            raise RuntimeError(f"{doc.doc_id}: claimx changed the text; offsets differ")
        starts = [t.start for t in tokens]
        classes = [cue_class(g, tokens, starts, verbs) for g in doc.gold]
        evals.append(PolnearEval(doc, _polnear_predictions(article), classes))
    return evals, parse_seconds


def _polnear_line(doc: PolnearDoc, marks: list[tuple[tuple[int, int], str, str]]) -> str:
    spans = [span for span, _, _ in marks]
    lo = min(s for s, _ in spans)
    hi = max(e for _, e in spans)
    text = doc.text
    start = max(text.rfind("\n", 0, lo) + 1, lo - 200)
    end = min(e for e in (text.find("\n", hi), hi + 200, len(text)) if e >= 0)
    return _mark(text, marks, (start, end))


def polnear_errors(evals: Sequence[PolnearEval], n: int) -> list[str]:
    """Missed gold attributions by cue class, unaligned claims and wrong speakers, ``n`` each
    (for the developer's eyes: never paste them into the project)."""
    missed: dict[str, list[str]] = {cls: [] for cls in CUE_CLASSES}
    false_pos: list[str] = []
    wrong_speaker: list[str] = []
    for ev in evals:
        doc = ev.doc
        aligned = set(ev.pairs.values())
        for gi, g in enumerate(doc.gold):
            marks = [(s, "[[", "]]") for s in g.cue]
            marks += [(s, "{", "}") for s in g.source] + [(s, "<", ">") for s in g.content]
            line = f"{doc.doc_id} | {_polnear_line(doc, marks)}"
            if gi not in ev.found:
                missed[ev.classes[gi]].append(line)
            elif gi in ev.pairs and g.source:
                p = ev.pred[ev.pairs[gi]]
                alias = ev.chars.antecedent(g.source, p.source)
                if not alias and (not p.source or not ev.chars.shared(g.source, p.source)):
                    wrong_speaker.append(f"{line}\n      predicted speaker: {p.speaker_text!r}")
        for pi, p in enumerate(ev.pred):
            if pi in aligned:
                continue
            marks = [(s, "[[", "]]") for s in p.cue]
            marks += [(s, "{", "}") for s in p.source] + [(s, "<", ">") for s in p.content]
            false_pos.append(f"{doc.doc_id} | {_polnear_line(doc, marks)}")
    out: list[str] = []
    for cls, lines in missed.items():
        out.append(f"MISSED ({cls}): {len(lines)}")
        out += [f"  {line}" for line in _spread(lines, n)]
    out.append(f"UNALIGNED CLAIMS: {len(false_pos)}")
    out += [f"  {line}" for line in _spread(false_pos, n)]
    out.append(f"WRONG SPEAKER on aligned claims: {len(wrong_speaker)}")
    out += [f"  {line}" for line in _spread(wrong_speaker, n)]
    return out


def _dump_record(
    kind: str, doc: PolnearDoc, cls: str, cue: str, source: str, spans: Any
) -> dict[str, Any]:
    """One line of ``--dump-misses``: ``spans`` has ``cue``, ``source`` and ``content``."""
    marks = [(s, "[[", "]]") for s in spans.cue]
    marks += [(s, "{", "}") for s in spans.source] + [(s, "<", ">") for s in spans.content]
    return {
        "kind": kind,
        "doc": doc.doc_id,
        "class": cls,
        "cue": cue,
        "source": source,
        "context": _polnear_line(doc, marks),
    }


def polnear_dump(evals: Sequence[PolnearEval]) -> list[dict[str, Any]]:
    """Every missed gold attribution and every claim aligned to no gold, one record each with
    its cue class and marked context, for counting errors by construction (written to a file
    outside the project: the corpus text never enters it)."""
    out: list[dict[str, Any]] = []
    for ev in evals:
        doc = ev.doc
        aligned = set(ev.pairs.values())
        for gi, g in enumerate(doc.gold):
            if gi not in ev.found:
                cue = " ".join(doc.text[s:e] for s, e in g.cue)
                source = " ".join(doc.text[s:e] for s, e in g.source)
                out.append(_dump_record("missed", doc, ev.classes[gi], cue, source, g))
        for pi, p in enumerate(ev.pred):
            if pi not in aligned:
                out.append(
                    _dump_record("unaligned", doc, p.cue_lemma, p.cue_text, p.speaker_text, p)
                )
    return out


def run_polnear(
    folder: Path,
    max_docs: int | None,
    errors: int,
    docs_slice: slice | None = None,
    dump: Path | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """Parse and score PolNeAR; returns (results, error lines). ``dump`` names a JSON-lines
    file that receives every miss and every unaligned claim (see ``polnear_dump``)."""
    evals, parse_seconds = evaluate_polnear(folder, max_docs, docs_slice)
    if dump is not None:
        with dump.open("w", encoding="utf-8") as fh:
            for record in polnear_dump(evals):
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    results: dict[str, Any] = {
        "corpus": str(folder),
        "documents": len(evals),
        "documents_slice": (
            f"{docs_slice.start or 0}:{'' if docs_slice.stop is None else docs_slice.stop}"
            if docs_slice is not None
            else "all"
        ),
        "annotator_files": "first in sorted order per text",
        "characters": sum(len(ev.doc.text) for ev in evals),
        "parse_seconds": round(parse_seconds, 1),
        "definitions": POLNEAR_DEFINITIONS,
        **score_polnear(evals),
    }
    return results, polnear_errors(evals, errors) if errors else []


def render_polnear_results(results: dict[str, Any]) -> list[str]:
    """The human-readable PolNeAR report."""
    return [
        f"PolNeAR English attribution: {results['documents']} docs "
        f"(slice {results.get('documents_slice', 'all')}), "
        f"{results['characters']} characters, parsed in {results['parse_seconds']} s; "
        f"gold = {results['annotator_files']}",
        f"gold attributions {results['gold']}; predicted claims with a cue "
        f"{results['predicted_claims']} (aligned to no gold: {results['unaligned_predictions']}"
        f", of which nested in a gold content: {results.get('nested_unaligned_predictions', 0)})",
        "",
        "Definitions: " + results["definitions"],
        "",
        *render_polnear(results),
    ]


def _slice(text: str) -> slice:
    """``"START:END"`` (either side may be empty) as a slice."""
    start, _, end = text.partition(":")
    return slice(int(start) if start else None, int(end) if end else None)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit code.

    ``--lang de`` runs the German benchmark (``benchmarks/attribution_de.py``), ``--lang fr``
    the French one (``benchmarks/attribution_fr.py``), with the remaining arguments.
    """
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--lang", default="en")
    known, rest = pre.parse_known_args(argv)
    if known.lang != "en":
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        if known.lang == "de":
            from attribution_de import main as main_de

            return main_de(list(rest))
        if known.lang == "fr":
            from attribution_fr import main as main_fr

            return main_fr(list(rest))
        print(f"no attribution benchmark for --lang {known.lang!r} (en, de, fr)", file=sys.stderr)
        return 2
    argv = rest
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--corpus",
        default="meantime",
        help="meantime (default), polnear, or a corpus folder (MEANTIME, or PolNeAR when it "
        "holds attributions/)",
    )
    parser.add_argument("--path", type=Path, default=None, help="folder of the named corpus")
    parser.add_argument(
        "--max-docs", type=int, default=None, metavar="N", help="PolNeAR: N documents only"
    )
    parser.add_argument(
        "--docs",
        default=None,
        metavar="START:END",
        help="PolNeAR: a slice of the articles in name order (0:150 the first 150; --docs=-200: "
        "the last 200)",
    )
    parser.add_argument(
        "--dump-misses",
        type=Path,
        default=None,
        metavar="FILE",
        help="PolNeAR: write every missed gold attribution and unaligned claim as JSON lines "
        "(keep the file outside the project)",
    )
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N errors")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--oracle",
        action="store_true",
        help="score predictions copied from the gold instead of claimx (harness self-check)",
    )
    args = parser.parse_args(argv)
    name = str(args.corpus)
    if name not in ("meantime", "polnear"):
        folder = Path(name)
        name = "polnear" if (folder / "attributions").is_dir() else "meantime"
    else:
        folder = args.path or (DEFAULT_POLNEAR if name == "polnear" else DEFAULT_CORPUS)
    if name == "polnear":
        if not (folder / "text").is_dir() or not (folder / "attributions").is_dir():
            print(
                f"PolNeAR not found at {folder} (no text/ and attributions/ folders); pass "
                "--path PATH (../shared/corpora/polnear-train)",
                file=sys.stderr,
            )
            return 2
        docs_slice = _slice(args.docs) if args.docs else None
        results, error_lines = run_polnear(
            folder, args.max_docs, args.errors, docs_slice, args.dump_misses
        )
        lines = render_polnear_results(results)
    else:
        if not folder.exists():
            print(
                f"MEANTIME not found at {folder}; pass --path PATH (../shared/corpora/meantime)",
                file=sys.stderr,
            )
            return 2
        results, error_lines = run(folder, args.errors, oracle=args.oracle)
        lines = render(results)
    if args.json:
        if error_lines:
            results["errors"] = error_lines
        print(json.dumps(results, indent=2))
    else:
        print("\n".join(lines))
        if error_lines:
            print()
            print("\n".join(error_lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
