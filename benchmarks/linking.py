"""Cross-outlet linking benchmarks: scale (synthetic) and accuracy (ECB+).

    python benchmarks/linking.py                    # 1k / 10k / 100k synthetic claims
    python benchmarks/linking.py --sizes 1000       # one size
    python benchmarks/linking.py --ecb [--corpus ../shared/corpora/ecbplus-dev] [--embeddings]
    python benchmarks/linking.py --copies 5000      # one statement reprinted 5,000 times

Scale: real claims are extracted with claimx from the seed articles and the MEANTIME English
texts; while the attribution extractor yields few claims, every sentence of those texts is
used as an unattributed claim. They are recombined into many synthetic articles: each
synthetic "story" takes one base claim and restates it in 1-5 articles with some words
dropped or replaced and its entity identities and speakers renamed per story, so that clusters
exist and blocking keys behave like those of a large news stream. Prints time, peak memory
(the process's peak resident set size, cumulative over the sizes run in increasing
order) and the number of candidate pairs scored. Wall time depends on the machine's load;
CPU time (one process) is the figure to compare.

Copies: one invented statement, parsed once and copied into N articles (a wire story
reprinted), linked by ``claimx.link``: prints wall and CPU time, the process's peak RSS before
and after linking, the links and the cluster sizes (one cluster of N is right).

ECB+, two settings (both on the development set: the linking rules were written on its errors):

* ``--ecb --end-to-end``: END TO END. Every claim claimx extracts from the documents is linked
  in one call; each gold reporting mention is read off the claim whose cue covers its trigger,
  and a mention with no such claim is a miss (a singleton).
* ``--ecb``: GOLD MENTIONS, MISSED EXTRACTIONS FILLED IN. Only one claim per gold reporting
  mention of ``reporting_xdoc_chains_topics1-35.jsonl`` is linked, not every extracted claim:
  claimx's claim whose cue covers the trigger, else another claim of the mention's sentence
  (its cue is not checked against the trigger), else the whole sentence as a claim with the
  trigger as cue and no speaker, made up by the benchmark for a mention the extractor missed.
  The claims are clustered (a) within each gold sub-topic and (b) with all documents pooled.
  This measures the linker on gold mentions; it flatters claimx as a whole.

Both print pairwise and B³ P/R/F1 against the gold cross-document chains; ``--ecb`` also
prints two baselines: same head lemma within a sub-topic, and all statements of a sub-topic in
one cluster.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import re
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import claimx  # noqa: E402
from claimx.models import Article, Claim, Cue, Entity, Speaker, TextSpan  # noqa: E402

SHARED = ROOT.parent / "shared"
DEFAULT_ECB = SHARED / "corpora" / "ecbplus-dev"
DEFAULT_MEANTIME = SHARED / "corpora" / "meantime"
SEEDS = ROOT / "corpus"  # the seed articles (copies of ../shared/seeds)

# ---------------------------------------------------------------- metrics


def pairwise(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    """Pairwise P/R/F1 of two clusterings of the same mentions (mention -> cluster id)."""
    items = sorted(gold)
    tp = fp = fn = 0
    for x, y in itertools.combinations(items, 2):
        g = gold[x] == gold[y]
        p = pred[x] == pred[y]
        tp += g and p
        fp += p and not g
        fn += g and not p
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def bcubed(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    """B³ P/R/F1 (Bagga & Baldwin) over the mentions of ``gold``."""
    gsets: dict[str, set[str]] = defaultdict(set)
    psets: dict[str, set[str]] = defaultdict(set)
    for m in gold:
        gsets[gold[m]].add(m)
        psets[pred[m]].add(m)
    p = r = 0.0
    for m in gold:
        g, s = gsets[gold[m]], psets[pred[m]]
        inter = len(g & s)
        p += inter / len(s)
        r += inter / len(g)
    p /= len(gold)
    r /= len(gold)
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


# ---------------------------------------------------------------- ECB+

_NO_SPACE_BEFORE = {
    ",",
    ".",
    ":",
    ";",
    "?",
    "!",
    "'s",
    "n't",
    "'",
    "''",
    ")",
    "%",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
}
_NO_SPACE_AFTER = {"(", "$", "``"}


def _detok(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Text and per-token char offsets, with English spacing around punctuation."""
    out = ""
    offsets = []
    prev = ""
    for tok in tokens:
        surface = '"' if tok in ("``", "''") else tok
        if out and tok not in _NO_SPACE_BEFORE and prev not in _NO_SPACE_AFTER:
            out += " "
        offsets.append((len(out), len(out) + len(surface)))
        out += surface
        prev = tok
    return out, offsets


def _read_conll(path: Path, wanted: set[str] | None) -> dict[str, dict[int, list[str]]]:
    """Tokens per sentence of each document (all, or those in ``wanted``).

    The converted ECB+ file repeats some documents as identical ``#begin document`` blocks;
    only the first block of a key is read (appending the repeats would double every
    sentence of those documents).
    """
    docs: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    seen: set[str] = set()
    skip = False
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#begin document"):
                key = line.split("(", 1)[1].split(")", 1)[0]
                skip = key in seen
                seen.add(key)
                continue
            if line.startswith("#end document"):
                skip = False
                continue
            parts = line.rstrip("\n").split("\t")
            if skip or len(parts) < 4 or (wanted is not None and parts[0] not in wanted):
                continue
            docs[parts[0]][int(parts[1])].append(parts[3])
    return docs


class EcbDoc:
    """One ECB+ document as text, with sentence and token offsets."""

    def __init__(self, key: str, sentences: dict[int, list[str]]) -> None:
        self.key = key
        self.sent_span: dict[int, tuple[int, int]] = {}
        self.tok_span: dict[tuple[int, int], tuple[int, int]] = {}
        text = ""
        for sid in sorted(sentences):
            if text:
                text += "\n\n"
            s_text, offs = _detok(sentences[sid])
            base = len(text)
            text += s_text
            self.sent_span[sid] = (base, len(text))
            for t, (a, b) in enumerate(offs):
                self.tok_span[(sid, t)] = (base + a, base + b)
        self.text = text


def _trigger_tokens(corpus: Path) -> dict[tuple[str, str, int], list[tuple[str, list[int]]]]:
    """(chain, document, sentence) -> the (first word, token numbers) of its event mentions."""
    data = json.loads((corpus / "event_mentions_topics1-35.json").read_text(encoding="utf-8"))
    out: dict[tuple[str, str, int], list[tuple[str, list[int]]]] = defaultdict(list)
    for m in data:
        key = (m["coref_chain"], m["t_subt"], m["sent_id"])
        out[key].append((m["tokens_text"][0], m["tokens_number"]))
    return out


def _mention_tokens(
    triggers: dict[tuple[str, str, int], list[tuple[str, list[int]]]],
    chain: str,
    mention: dict[str, Any],
) -> list[int]:
    """The token numbers of a gold reporting mention's trigger in its sentence: the event
    mention of its chain in that sentence whose first word is the trigger's (a sentence can
    hold two mentions of one chain: "confirmed ... statement")."""
    first = mention["trigger"].split()[0]
    found = triggers.get((chain, mention["doc_key"], mention["sent_id"]), [])
    for word, numbers in found:
        if word == first:
            return numbers
    if found:
        return found[0][1]
    words = mention["sentence"].split()
    return [words.index(first)] if first in words else [0]


def _claim_for(article: Article, doc: EcbDoc, sid: int, toks: list[int], lemma: str) -> Claim:
    """claimx's claim whose cue covers the trigger, else the sentence as content."""
    t0 = doc.tok_span[(sid, toks[0])][0]
    t1 = doc.tok_span[(sid, toks[-1])][1]
    s0, s1 = doc.sent_span[sid]
    for claim in article.claims:
        if claim.cue is not None and claim.cue.start < t1 and t0 < claim.cue.end:
            return claim
    for claim in article.claims:  # a claim of that sentence whose content spans the trigger
        if claim.content and claim.content[0].start >= s0 and claim.content[-1].end <= s1:
            cue = claim.cue
            if cue is not None and s0 <= cue.start < s1:
                return claim
    text = article.text
    cid = hashlib.sha1(f"{doc.key}:{sid}".encode()).hexdigest()[:12]
    return Claim(
        id=f"sent-{cid}",
        speaker=None,
        cue=Cue(start=t0, end=t1, text=text[t0:t1], lemma=lemma),
        content=(TextSpan(start=s0, end=s1, text=text[s0:s1]),),
        quote="indirect",
    )


def load_ecb(corpus: Path, cache: Path | None = None) -> EcbData:
    """Parse the ECB+ documents and build one claim per gold reporting mention."""
    rows = [
        json.loads(line)
        for line in (corpus / "reporting_xdoc_chains_topics1-35.jsonl").read_text().splitlines()
        if line.strip()
    ]
    triggers = _trigger_tokens(corpus)
    wanted = {m["doc_key"] for r in rows for m in r["mentions"]}
    t_start = time.perf_counter()
    raw = _read_conll(corpus / "ECBplus_topics1-35.conll", wanted)
    docs = {k: EcbDoc(k, v) for k, v in sorted(raw.items())}
    if cache is not None and cache.exists():
        result = claimx.ParseResult.model_validate_json(cache.read_text(encoding="utf-8"))
        parsed = {a.id: a for a in result.articles}
    else:
        parsed = {
            a.id: a
            for a in claimx.parse_many(
                ({"id": k, "text": d.text, "language": "en"} for k, d in docs.items()),
                batch_size=16,
            )
        }
        if cache is not None:
            result = claimx.ParseResult(articles=tuple(parsed.values()))
            cache.write_text(result.model_dump_json(), encoding="utf-8")
    t_parse = time.perf_counter() - t_start
    gold: dict[str, str] = {}
    trigger_span: dict[str, tuple[str, int, int]] = {}
    mention_claim: dict[str, tuple[str, str]] = {}
    sub_of: dict[str, str] = {}
    lemma_of: dict[str, str] = {}
    claims_of: dict[str, dict[str, Claim]] = defaultdict(dict)
    from_claimx = 0
    for r in rows:
        for k, m in enumerate(r["mentions"]):
            mid = f"{r['chain_id']}#{k}"
            doc = docs[m["doc_key"]]
            toks = _mention_tokens(triggers, r["chain_id"], m)
            trigger_span[mid] = (
                m["doc_key"],
                doc.tok_span[(m["sent_id"], toks[0])][0],
                doc.tok_span[(m["sent_id"], toks[-1])][1],
            )
            claim = _claim_for(parsed[m["doc_key"]], doc, m["sent_id"], toks, m["head_lemma"])
            from_claimx += not claim.id.startswith("sent-")
            claims_of[m["doc_key"]][claim.id] = claim
            gold[mid] = r["chain_id"]
            mention_claim[mid] = (m["doc_key"], claim.id)
            sub_of[mid] = "/".join(m["doc_key"].split("/")[:2])
            lemma_of[mid] = m["head_lemma"]
    articles = {
        key: parsed[key].model_copy(update={"claims": tuple(claims.values())})
        for key, claims in claims_of.items()
    }
    return EcbData(
        rows,
        gold,
        mention_claim,
        sub_of,
        lemma_of,
        articles,
        len(docs),
        t_parse,
        from_claimx,
        parsed,
        trigger_span,
    )


class EcbData(NamedTuple):
    """Gold chains and the claims built for their mentions."""

    rows: list[dict[str, Any]]
    gold: dict[str, str]
    mention_claim: dict[str, tuple[str, str]]
    sub_of: dict[str, str]
    lemma_of: dict[str, str]
    articles: dict[str, Article]
    n_docs: int
    t_parse: float
    from_claimx: int
    parsed: dict[str, Article]
    """Every parsed document with all its extracted claims (the end-to-end input)."""
    trigger_span: dict[str, tuple[str, int, int]]
    """Gold mention -> (document, start, end) of its trigger in the document text."""


def _same_language_embeddings() -> Any:
    """An experiment, not a library option: the embedding backend scoring same-language pairs
    too (the better of the lexical and the anchor-checked embedding score). It fails the seed
    purity tests (claims that merely share entities merge), see docs/accuracy.md."""
    from claimx.linking import embeddings as emb
    from claimx.linking.similarity import content_score

    class SameLanguage(emb.EmbeddingSimilarity):
        def __call__(self, a: Any, b: Any) -> float:
            if self.language(a) == self.language(b) and self._lexical is not None:
                return max(content_score(self._lexical, a, b), self.cross_lingual(a, b))
            return self.cross_lingual(a, b)

    return SameLanguage()


def ecb(
    corpus: Path, verbose: bool = False, cache: Path | None = None, embeddings: bool = False
) -> None:
    data = load_ecb(corpus, cache)
    rows, gold, mention_claim, sub_of, lemma_of, articles, n_docs, t_parse, from_claimx = data[:9]
    by_cue, same_sentence, filled = _mapping_counts(data)
    assert by_cue + same_sentence == from_claimx
    print(
        f"ECB+ topics 1-35 (development set), setting: {GOLD_SETTING}.\n"
        f"{len(rows)} gold chains, {len(gold)} reporting mentions, {len(articles)} documents, "
        f"{n_docs} parsed in {t_parse:.1f} s. Only the claims of the gold mentions are linked: "
        f"{by_cue} claims whose cue covers the trigger, {same_sentence} other claims of the "
        f"mention's sentence (trigger not checked), {filled} sentences filled in as claims for "
        f"mentions the extractor missed. For claimx end to end run --ecb --end-to-end."
    )

    def predict(groups: Iterable[list[Article]], similarity: Any = "auto") -> dict[str, str]:
        cluster_of: dict[tuple[str, str], str] = {}
        for group in groups:
            sim = similarity() if callable(similarity) else similarity
            graph = claimx.link(group, similarity=sim)
            for c in graph.clusters:
                for ref in c.members:
                    cluster_of[(ref.article, ref.claim)] = c.id
        return {m: cluster_of.get(mention_claim[m], f"single:{mention_claim[m]}") for m in gold}

    by_sub: dict[str, list[Article]] = defaultdict(list)
    for key, art in articles.items():
        by_sub["/".join(key.split("/")[:2])].append(art)
    t0 = time.perf_counter()
    pooled = predict([list(articles.values())])
    t_link = time.perf_counter() - t0
    within = predict(by_sub.values())
    lemma = {m: f"{sub_of[m]}:{lemma_of[m]}" for m in gold}
    subtopic = {m: sub_of[m] for m in gold}
    print("\n" + _HEADER)
    rows = [
        ("baseline: same lemma within sub-topic", lemma),
        ("baseline: one cluster per sub-topic", subtopic),
        ("gold mentions, filled in: within gold sub-topics", within),
        ("gold mentions, filled in: all documents pooled", pooled),
    ]
    timings = [f"pooled linking time: {t_link:.2f} s"]
    if embeddings:  # the [embeddings] extra
        for label, sim in (
            ("embeddings", "embeddings"),
            ("same-language embeddings", _same_language_embeddings),
        ):
            t0 = time.perf_counter()
            emb_pooled = predict([list(articles.values())], sim)
            timings.append(f"pooled linking time, {label}: {time.perf_counter() - t0:.2f} s")
            rows.append(
                (f"gold mentions, filled in, {label}: within", predict(by_sub.values(), sim))
            )
            rows.append((f"gold mentions, filled in, {label}: pooled", emb_pooled))
    for name, pred in rows:
        print(_table_row(name, gold, pred))
    print("\n" + "\n".join(timings))
    if verbose:
        _errors(gold, pooled, mention_claim, articles)


def _errors(
    gold: dict[str, str],
    pred: dict[str, str],
    mention_claim: dict[str, tuple[str, str]],
    articles: dict[str, Article],
) -> None:
    """Print false merges and missed pairs (for the error analysis)."""
    texts = {(a.id, c.id): c.content_text[:110] for a in articles.values() for c in a.claims}
    fp: list[tuple[str, str]] = []
    fn: list[tuple[str, str]] = []
    for x, y in itertools.combinations(sorted(gold), 2):
        if mention_claim[x] == mention_claim[y]:
            continue
        g, p = gold[x] == gold[y], pred[x] == pred[y]
        if p and not g:
            fp.append((x, y))
        elif g and not p:
            fn.append((x, y))
    for label, pairs in (("FALSE MERGES", fp), ("MISSED", fn)):
        print(f"\n{label}: {len(pairs)}")
        for x, y in pairs[:25]:
            print("  -", mention_claim[x][0], "|", texts[mention_claim[x]])
            print("   ", mention_claim[y][0], "|", texts[mention_claim[y]])


def _claim_at(article: Article, start: int, end: int) -> str | None:
    """The id of the claim of ``article`` whose cue covers the span, if any."""
    for claim in article.claims:
        if claim.cue is not None and claim.cue.start < end and start < claim.cue.end:
            return claim.id
    return None


#: How the two ECB+ settings are named in every table the benchmark prints and in
#: docs/accuracy.md.
GOLD_SETTING = "gold mentions, missed extractions filled in"
END_TO_END = "end to end"


def _mapping_counts(data: EcbData) -> tuple[int, int, int]:
    """Gold mentions whose claim has a cue over the trigger, whose claim is another claim of
    the sentence, and whose claim is the benchmark's filled-in sentence."""
    by_cue = same_sentence = filled = 0
    for mention, (doc, claim_id) in data.mention_claim.items():
        if claim_id.startswith("sent-"):
            filled += 1
            continue
        _, t0, t1 = data.trigger_span[mention]
        claim = next(c for c in data.articles[doc].claims if c.id == claim_id)
        if claim.cue is not None and claim.cue.start < t1 and t0 < claim.cue.end:
            by_cue += 1
        else:
            same_sentence += 1
    return by_cue, same_sentence, filled


def _table_row(name: str, gold: dict[str, str], pred: dict[str, str]) -> str:
    p = pairwise(gold, pred)
    b = bcubed(gold, pred)
    return f"{name:58s} {p[0]:7.3f} {p[1]:7.3f} {p[2]:7.3f} {b[0]:7.3f} {b[1]:7.3f} {b[2]:7.3f}"


_HEADER = (
    f"{'system':58s} {'pair P':>7s} {'pair R':>7s} {'pair F1':>7s} {'B3 P':>7s} "
    f"{'B3 R':>7s} {'B3 F1':>7s}"
)


def end_to_end(corpus: Path, verbose: bool = False, cache: Path | None = None) -> None:
    """Every extracted claim of the documents linked at once; gold mentions read off it.

    Each gold reporting mention maps to the claim whose cue covers its trigger; a mention
    with no such claim is a miss (a singleton of its own). Pairwise and B³ scores are over
    all gold mentions; "mapped mentions only" restricts them to the mapped mentions. The
    setting of :func:`ecb` (gold mentions, missed extractions filled in) is printed beside it.
    """
    data = load_ecb(corpus, cache)
    articles = list(data.parsed.values())
    n_claims = sum(len(a.claims) for a in articles)
    t0 = time.perf_counter()
    graph = claimx.link(articles)
    t_link = time.perf_counter() - t0
    cluster_of = {(r.article, r.claim): c.id for c in graph.clusters for r in c.members}
    mapped: dict[str, tuple[str, str] | None] = {}
    for mid, (doc, start, end) in data.trigger_span.items():
        cid = _claim_at(data.parsed[doc], start, end)
        mapped[mid] = (doc, cid) if cid is not None else None
    gold = data.gold

    def label(m: str) -> str:
        ref = mapped[m]
        if ref is None:
            return f"miss:{m}"
        return cluster_of.get(ref, f"single:{ref[0]}:{ref[1]}")

    pred = {m: label(m) for m in gold}
    covered = {m: g for m, g in gold.items() if mapped[m] is not None}
    gold_setting = _gold_setting_pooled(data)
    print(
        f"ECB+ topics 1-35 (development set), {END_TO_END}: {len(articles)} documents, "
        f"{n_claims} extracted claims "
        f"linked pooled in {t_link:.2f} s ({len(graph.clusters)} clusters, "
        f"{len(graph.links)} links); {len(covered)} of {len(gold)} gold reporting mentions "
        f"map to a claim whose cue covers the trigger (coverage {len(covered) / len(gold):.3f})"
    )
    reachable = sum(
        1
        for x, y in itertools.combinations(sorted(gold), 2)
        if gold[x] == gold[y] and mapped[x] is not None and mapped[y] is not None
    )
    n_pairs = sum(1 for x, y in itertools.combinations(sorted(gold), 2) if gold[x] == gold[y])
    print(
        f"gold pairs with both mentions on a claim: {reachable} of {n_pairs} "
        f"(the end-to-end pairwise recall ceiling: {reachable / n_pairs:.3f})"
    )
    print("\n" + _HEADER)
    print(_table_row(f"{END_TO_END}, all documents pooled", gold, pred))
    print(_table_row(f"{END_TO_END}, mapped mentions only", covered, pred))
    print(_table_row(f"{GOLD_SETTING}, pooled", gold, gold_setting))
    _why_apart(data, graph, mapped, verbose)
    if verbose:
        _false_merges(data, pred, mapped)


def _false_merges(
    data: EcbData, pred: dict[str, str], mapped: dict[str, tuple[str, str] | None]
) -> None:
    """Print the mention pairs of different gold chains that share a predicted cluster."""
    pairs = [
        (x, y)
        for x, y in itertools.combinations(sorted(data.gold), 2)
        if data.gold[x] != data.gold[y] and pred[x] == pred[y]
    ]
    print(f"\nFALSE MERGES (mention pairs): {len(pairs)}")
    for x, y in pairs[:60]:
        rx, ry = mapped[x], mapped[y]
        assert rx is not None
        assert ry is not None
        print(f"  - {data.gold[x][-6:]} {rx[0]} [{_speaker_of(data, rx)}] {_text_of(data, rx)}")
        print(f"    {data.gold[y][-6:]} {ry[0]} [{_speaker_of(data, ry)}] {_text_of(data, ry)}")


def _text_of(data: EcbData, ref: tuple[str, str]) -> str:
    claim = next(c for c in data.parsed[ref[0]].claims if c.id == ref[1])
    return claim.content_text[:100]


def _gold_setting_pooled(data: EcbData) -> dict[str, str]:
    graph = claimx.link(list(data.articles.values()))
    cluster_of = {(r.article, r.claim): c.id for c in graph.clusters for r in c.members}
    return {
        m: cluster_of.get(data.mention_claim[m], f"single:{data.mention_claim[m]}")
        for m in data.gold
    }


def _why_apart(
    data: EcbData,
    graph: Any,
    mapped: dict[str, tuple[str, str] | None],
    verbose: bool,
) -> None:
    """Count why gold pairs whose mentions both map to claims are not in one cluster.

    Classes, first that applies: one document (same-article claims never link); the speaker
    gate (``conflict``: two different sources; ``unknown``: the content is below the bar
    for an unresolved speaker); time (the content intervals do not overlap); content (the
    pair scores below the threshold: paraphrase); blocking (above the threshold, never
    proposed); clustering (a link above the threshold that the average link did not merge).
    """
    from claimx.linking.blocking import candidate_pairs
    from claimx.linking.core import DEFAULT_THRESHOLD, _features
    from claimx.linking.similarity import ScoringContext, content_score, score_pair
    from claimx.linking.speakers import speaker_relation

    articles = list(data.parsed.values())
    feats, part_of = _features(articles)
    index = {(f.ref.article, f.ref.claim): f.index for f in feats}
    ctx = ScoringContext(features=feats, part_of=part_of)
    candidates = set(candidate_pairs(feats))
    cluster_of = {(r.article, r.claim): c.id for c in graph.clusters for r in c.members}
    counts: dict[str, int] = defaultdict(int)
    examples: dict[str, list[str]] = defaultdict(list)
    for x, y in itertools.combinations(sorted(data.gold), 2):
        if data.gold[x] != data.gold[y]:
            continue
        rx, ry = mapped[x], mapped[y]
        if rx is None or ry is None or rx == ry:
            continue
        if rx in cluster_of and cluster_of.get(rx) == cluster_of.get(ry):
            continue
        i, j = sorted((index[rx], index[ry]))
        a, b = feats[i], feats[j]
        score, reasons = score_pair(ctx, a, b)
        if a.article == b.article:
            why = "one document"
        elif "speaker_gate" in reasons:
            why = f"speaker {speaker_relation(a, b, part_of).value}"
        elif reasons.get("time") == 0.0:
            why = "time"
        elif score < DEFAULT_THRESHOLD:
            why = "content below threshold"
        elif (i, j) not in candidates:
            why = "blocking"
        else:
            why = "clustering"
        counts[why] += 1
        examples[why].append(
            f"{score:.2f} content {content_score(ctx, a, b):.2f} | "
            f"[{_speaker_of(data, rx)}] {a.text[:90]} || [{_speaker_of(data, ry)}] {b.text[:90]}"
        )
    total = sum(counts.values())
    print(f"\ngold pairs with both mentions on claims, not clustered together: {total}")
    for why, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {why:28s} {n:4d}")
    if verbose:
        for why, lines in sorted(examples.items()):
            print(f"\n{why}:")
            for line in lines[:40]:
                print("  -", line)


def _speaker_of(data: EcbData, ref: tuple[str, str]) -> str:
    claim = next(c for c in data.parsed[ref[0]].claims if c.id == ref[1])
    return claim.speaker.text if claim.speaker is not None else "-"


def _unrelated_articles(
    ecb_corpus: Path, meantime: Path, cache: Path | None
) -> tuple[list[Article], dict[str, str]]:
    """Every ECB+ document of topics 1-35 and every MEANTIME English article, parsed (or
    read from ``cache``), with each article's topic (``ecb:12``, ``meantime:airbus``)."""
    here = str(Path(__file__).resolve().parent)
    if here not in sys.path:
        sys.path.insert(0, here)
    from _meantime import annotation_dir, read_doc

    records: list[dict[str, Any]] = []
    topic: dict[str, str] = {}
    raw = _read_conll(ecb_corpus / "ECBplus_topics1-35.conll", None)
    for key, sentences in sorted(raw.items()):
        records.append({"id": f"ecb/{key}", "text": EcbDoc(key, sentences).text, "language": "en"})
        topic[f"ecb/{key}"] = f"ecb:{key.split('/')[0]}"
    for path in sorted(annotation_dir(meantime).glob("*/*.xml")):
        doc = read_doc(path)
        aid = f"meantime/{doc.doc_id}"
        if aid in topic:
            continue
        records.append({"id": aid, "text": doc.text, "language": "en", "published": doc.published})
        topic[aid] = f"meantime:{doc.topic.removeprefix('corpus_')}"
    if cache is not None and cache.exists():
        result = claimx.ParseResult.model_validate_json(cache.read_text(encoding="utf-8"))
        articles = list(result.articles)
    else:
        articles = list(claimx.parse_many(records, batch_size=16))
        if cache is not None:
            cache.write_text(
                claimx.ParseResult(articles=tuple(articles)).model_dump_json(), encoding="utf-8"
            )
    return articles, topic


class KnownCross(NamedTuple):
    """Claims of one document that truly report another topic's story (verified by reading)."""

    article: str
    """The document (benchmark article id)."""
    sentences: tuple[int, int]
    """First and last ECB+ sentence id (inclusive) of the passage reporting the other story."""
    topic: str
    """The topic the passage reports."""
    reason: str


KNOWN_TRUE_CROSS: tuple[KnownCross, ...] = (
    KnownCross(
        "ecb/18/18ecb/11",
        (7, 10),
        "ecb:8",
        "the office-shooting article (topic 18) ends with a news roundup whose sentences 7-10 "
        "report topic 8's bank bomb in Oregon (state police, a federal spokesman, the ATF "
        "spokesman, the Oregonian): its claims there are topic 8's statements",
    ),
)
"""Cross-topic links that are true: a document whose passage reports another topic's story.
Each entry was checked by reading the document; a link counts as known true when one claim's
cue lies in the passage and the other claim is in the passage's topic."""


def _known_true_spans(ecb_corpus: Path) -> dict[str, list[tuple[int, int, str]]]:
    """Article id -> (start, end, topic) character spans of the :data:`KNOWN_TRUE_CROSS`
    passages, in the benchmark's text of the document."""
    keys = {k.article.removeprefix("ecb/"): k for k in KNOWN_TRUE_CROSS}
    raw = _read_conll(ecb_corpus / "ECBplus_topics1-35.conll", set(keys))
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for key, known in keys.items():
        doc = EcbDoc(key, raw[key])
        first, last = known.sentences
        spans[known.article].append((doc.sent_span[first][0], doc.sent_span[last][1], known.topic))
    return spans


def _known_true(
    spans: dict[str, list[tuple[int, int, str]]],
    topic: dict[str, str],
    x: tuple[str, Claim],
    y: tuple[str, Claim],
) -> bool:
    """Whether claims ``x`` and ``y`` (article id, claim) of two topics form a known true pair."""
    for (art, claim), (other, _) in ((x, y), (y, x)):
        at = claim.cue.start if claim.cue is not None else claim.content[0].start
        for start, end, reported in spans.get(art, ()):
            if start <= at < end and topic[other] == reported:
                return True
    return False


def unrelated(ecb_corpus: Path, meantime: Path, cache: Path | None, verbose: bool) -> int:
    """Link stories that are not one another's: MEANTIME's four topics and the ECB+ topics,
    pooled. Every link and every cluster pair across two topics is an error (ECB+'s two
    seminal events of one topic are one topic here), except the passages of
    :data:`KNOWN_TRUE_CROSS`, documents verified to report another topic's story. Returns
    the number of false cross-topic links (the headline)."""
    t0 = time.perf_counter()
    articles, topic = _unrelated_articles(ecb_corpus, meantime, cache)
    t_parse = time.perf_counter() - t0
    n_claims = sum(len(a.claims) for a in articles)
    t0 = time.perf_counter()
    graph = claimx.link(articles)
    t_link = time.perf_counter() - t0
    spans = _known_true_spans(ecb_corpus)
    texts = {(a.id, c.id): c for a in articles for c in a.claims}

    def known(x: Any, y: Any) -> bool:
        return _known_true(
            spans,
            topic,
            (x.article, texts[(x.article, x.claim)]),
            (y.article, texts[(y.article, y.claim)]),
        )

    cross_links = [lk for lk in graph.links if topic[lk.a.article] != topic[lk.b.article]]
    true_links = [lk for lk in cross_links if known(lk.a, lk.b)]
    false_links = [lk for lk in cross_links if not known(lk.a, lk.b)]
    cross_pairs = false_pairs = 0
    mixed = []
    for cluster in graph.clusters:
        wrong = False
        for x, y in itertools.combinations(cluster.members, 2):
            if topic[x.article] != topic[y.article]:
                cross_pairs += 1
                if not known(x, y):
                    false_pairs += 1
                    wrong = True
        if wrong:
            mixed.append(cluster)
    n_topics = len(set(topic.values()))
    print(
        f"unrelated stories: {len(articles)} articles in {n_topics} topics (ECB+ topics 1-35, "
        f"MEANTIME airbus/apple/gm/stock), {n_claims} claims; parsed in {t_parse:.1f} s, "
        f"linked pooled in {t_link:.1f} s: {len(graph.clusters)} clusters, "
        f"{len(graph.links)} links"
    )
    print(
        f"FALSE cross-topic links: {len(false_links)} (known true: {len(true_links)}, "
        f"total {len(cross_links)}); false cross-topic claim pairs in one cluster: "
        f"{false_pairs} (total {cross_pairs}); clusters mixing topics falsely: {len(mixed)}"
    )
    for name, shown in (("false", false_links), ("known true", true_links)):
        if shown:
            print(f"{name} cross-topic links:")
        for lk in shown[: 20 if verbose else 5]:
            a, b = texts[(lk.a.article, lk.a.claim)], texts[(lk.b.article, lk.b.claim)]
            print(f"  - {lk.score:.2f} {topic[lk.a.article]} {lk.a.article} | {_said(a)}")
            print(f"         {topic[lk.b.article]} {lk.b.article} | {_said(b)}")
    for cluster in mixed[: 10 if verbose else 3]:
        print(f"  cluster {cluster.id}:")
        for r in cluster.members:
            print(f"    {topic[r.article]} | {_said(texts[(r.article, r.claim)])}")
    if verbose:
        for known_pair in KNOWN_TRUE_CROSS:
            print(
                f"known true: {known_pair.article} sentences {known_pair.sentences}: "
                f"{known_pair.reason}"
            )
    return len(false_links)


def _said(claim: Claim) -> str:
    who = claim.speaker.text if claim.speaker is not None else "-"
    return f"[{who}] {claim.content_text[:100]}"


# ---------------------------------------------------------------- scale


def _source_texts(meantime: Path, limit: int) -> list[tuple[str, str, str | None]]:
    out: list[tuple[str, str, str | None]] = []
    for path in sorted(SEEDS.glob("*.txt")):
        published = "2024-05-31" if path.name.startswith("000_") else "2024-05-30"
        out.append((path.stem, path.read_text(encoding="utf-8"), published))
    files = sorted((meantime / "en_raw").rglob("*.xml")) if meantime.exists() else []
    seen: set[str] = set()
    for path in files:
        if len(out) >= limit:
            break
        if path.name in seen:
            continue
        seen.add(path.name)
        tokens = re.findall(r"<token[^>]*>([^<]*)</token>", path.read_text(encoding="utf-8"))
        if tokens:
            text = " ".join(tokens).replace(" .", ".").replace(" ,", ",")
            out.append((path.stem, text.replace("&amp;", "&").replace("&quot;", '"'), None))
    return out


def _base_claims(meantime: Path, limit: int) -> list[tuple[Article, Claim]]:
    """Real claims (or sentence pseudo-claims while claims are scarce) with their articles."""
    texts = _source_texts(meantime, limit)
    base: list[tuple[Article, Claim]] = []
    records = ({"id": i, "text": t, "published": p, "language": "en"} for i, t, p in texts)
    for art in claimx.parse_many(records, batch_size=8):
        claims = list(art.claims)
        if len(claims) < 5:  # too few real claims yet: every paragraph sentence is a claim
            for k, m in enumerate(re.finditer(r"[^.!?\n]{40,400}[.!?]", art.text)):
                s = m.start() + (len(m.group()) - len(m.group().lstrip()))
                claims.append(
                    Claim(
                        id=f"s{k}",
                        speaker=None,
                        cue=None,
                        content=(TextSpan(start=s, end=m.end(), text=art.text[s : m.end()]),),
                        quote="indirect",
                    )
                )
        base.extend((art, c) for c in claims)
    return base


_FILLER = [
    "report",
    "officials",
    "week",
    "statement",
    "sources",
    "region",
    "forces",
    "plans",
    "talks",
    "support",
]


def synthetic(base: list[tuple[Article, Claim]], n_claims: int, seed: int = 0) -> list[Article]:
    """``n_claims`` claims in articles of ~10, grouped in stories restated by 1-5 outlets."""
    pieces = synthetic_pieces(base, n_claims, seed)
    return [_build_article(f"syn{k}", items) for k, items in enumerate(pieces)]


def synthetic_pieces(
    base: list[tuple[Article, Claim]], n_claims: int, seed: int = 0
) -> list[list[tuple[str, int, str]]]:
    """What :func:`synthetic` builds each article from: ``(content, story, speaker)`` per
    claim (``benchmarks/scale.py`` builds the articles of each partition on a worker)."""
    rng = random.Random(seed)
    n_articles = max(2, n_claims // 10)
    pieces: list[list[tuple[str, int, str]]] = [[] for _ in range(n_articles)]
    speakers = [f"Speaker{k}" for k in range(max(50, n_claims // 40))]
    made = 0
    story = 0
    while made < n_claims:
        _, claim = base[rng.randrange(len(base))]
        copies = min(rng.randint(1, 5), n_claims - made)
        who = rng.choice(speakers) if rng.random() < 0.7 else ""
        for target in rng.sample(range(n_articles), copies):
            # one story-specific name per statement, as real stories name their own
            # people and places
            content = f"{_perturb(claim, rng)} in {_story_name(story)}"
            pieces[target].append((content, story, who))
            made += 1
        story += 1
    return pieces


def _story_name(story: int) -> str:
    """A capitalised pseudo-name unique to the story ("Kobaru")."""
    syllables = ["ka", "lo", "mi", "ren", "to", "sa", "vu", "del", "qi", "nor", "bel", "ru"]
    parts = []
    n = story + 1
    while n:
        n, r = divmod(n, len(syllables))
        parts.append(syllables[r])
    return "".join(parts).capitalize() + "ville"


def _perturb(claim: Claim, rng: random.Random) -> str:
    """The claim's content with ~8% of words dropped and ~8% replaced by common words."""
    out = []
    for word in claim.content_text.split():
        r = rng.random()
        if r < 0.08:
            continue
        out.append(rng.choice(_FILLER) if r < 0.16 else word)
    return " ".join(out) or claim.content_text


def _build_article(article_id: str, items: list[tuple[str, int, str]]) -> Article:
    """One synthetic article: "<speaker> said that <content>." per claim.

    Capitalised word groups become entity mentions; their identities are scoped to one of
    ~1000 story groups, so that a name recurs across stories as real names do, except the
    story's own pseudo-name.
    """
    text = ""
    claims: list[Claim] = []
    entity_mentions: dict[tuple[str, str], list[TextSpan]] = defaultdict(list)
    for content, story, who in items:
        if text:
            text += "\n\n"
        speaker = None
        cue = None
        if who:
            s0 = len(text)
            text += who
            speaker = Speaker(start=s0, end=len(text), text=who, resolved=f"{who} {story % 7}")
            text += " "
            c0 = len(text)
            text += "said"
            cue = Cue(start=c0, end=len(text), text="said", lemma="say")
            text += " that "
        b0 = len(text)
        text += content
        for m in re.finditer(r"\b[A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})*", content):
            name = m.group()
            scoped = name.endswith("ville")
            identity = f"name:{name.lower()}" if scoped else f"name:{name.lower()}#{story % 997}"
            entity_mentions[(identity, name)].append(
                TextSpan(start=b0 + m.start(), end=b0 + m.end(), text=name)
            )
        body = TextSpan(start=b0, end=len(text), text=content)
        text += "."
        cid = hashlib.sha1(f"{article_id}:{b0}".encode()).hexdigest()[:10]
        claims.append(Claim(id=cid, speaker=speaker, cue=cue, content=(body,), quote="indirect"))
    entities = tuple(
        Entity(id=f"e{k}", label="ORG", name=name, identity=ident, mentions=tuple(spans))
        for k, ((ident, name), spans) in enumerate(sorted(entity_mentions.items()))
    )
    return Article(id=article_id, language="en", text=text, entities=entities, claims=tuple(claims))


def scale(sizes: Sequence[int], meantime: Path) -> None:
    t0 = time.perf_counter()
    base = _base_claims(meantime, limit=60)
    real = sum(1 for _, c in base if not c.id.startswith("s"))
    print(
        f"base pool: {len(base)} claims ({real} extracted by claimx, the rest sentence "
        f"pseudo-claims) in {time.perf_counter() - t0:.1f} s"
    )
    from claimx.linking.blocking import candidate_pairs
    from claimx.linking.core import _features

    print(
        f"{'claims':>8s} {'articles':>8s} {'wall s':>8s} {'CPU s':>8s} {'RSS MiB':>8s} "
        f"{'pairs scored':>13s} {'links':>8s} {'clusters':>8s}"
    )
    for n in sorted(sizes):
        articles = synthetic(base, n)
        t = time.perf_counter()
        cpu = time.process_time()
        graph = claimx.link(articles)
        elapsed = time.perf_counter() - t
        cpu = time.process_time() - cpu
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB -> MiB
        feats, _ = _features(articles)  # counted apart, outside the timing
        pairs = len(candidate_pairs(feats))
        print(
            f"{n:8d} {len(articles):8d} {elapsed:8.1f} {cpu:8.1f} {peak:8.0f} {pairs:13d} "
            f"{len(graph.links):8d} {len(graph.clusters):8d}"
        )


#: An invented wire statement for ``--copies`` (no corpus text).
COPIED_STATEMENT = (
    "Harbour council spokeswoman Delia Varga said on Tuesday that the ferry terminal in "
    "Brindlemoor will close for repairs in March."
)


def copies(n: int) -> None:
    article = claimx.parse(COPIED_STATEMENT, id="copy-0", published="2024-05-01")
    articles = [article.model_copy(update={"id": f"copy-{k}"}) for k in range(n)]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t = time.perf_counter()
    cpu = time.process_time()
    graph = claimx.link(articles)
    elapsed = time.perf_counter() - t
    cpu = time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    sizes = [len(c.members) for c in graph.clusters]
    print(
        f"{n} copies of one statement: {elapsed:.2f} s wall, {cpu:.2f} s CPU, peak RSS "
        f"{before:.0f} -> {peak:.0f} MiB, {len(graph.links)} links, cluster sizes {sizes[:5]}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--ecb", action="store_true", help="ECB+ accuracy instead of scale")
    parser.add_argument(
        "--unrelated",
        action="store_true",
        help="link ECB+ topics 1-35 and MEANTIME's four topics pooled; count cross-topic links",
    )
    parser.add_argument(
        "--end-to-end",
        action="store_true",
        help="ECB+: link every extracted claim, pooled, and read off the gold mentions",
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_ECB, help="ECB+ folder")
    parser.add_argument("--meantime", type=Path, default=DEFAULT_MEANTIME)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument(
        "--copies", type=int, metavar="N", help="link N copies of one statement (large blocks)"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="print errors (ECB+)")
    parser.add_argument(
        "--embeddings",
        action="store_true",
        help="ECB+: also rows with the [embeddings] extra (needs it installed)",
    )
    parser.add_argument(
        "--parsed-cache", type=Path, help="ECB+: reuse (or write) the parsed articles as JSON"
    )
    args = parser.parse_args(argv)
    if args.copies:
        copies(args.copies)
        return 0
    if args.unrelated:
        unrelated(args.corpus, args.meantime, args.parsed_cache, args.verbose)
        return 0
    if args.ecb:
        if not (args.corpus / "reporting_xdoc_chains_topics1-35.jsonl").exists():
            print(f"ECB+ not found at {args.corpus}; pass --corpus PATH", file=sys.stderr)
            return 2
        if args.end_to_end:
            end_to_end(args.corpus, args.verbose, args.parsed_cache)
        else:
            ecb(args.corpus, args.verbose, args.parsed_cache, args.embeddings)
    else:
        scale(args.sizes, args.meantime)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
