"""Cross-lingual claim matching on MEANTIME: English statements vs. their translations.

Usage::

    python benchmarks/crosslingual.py [--corpus PATH] [--langs es,it,nl] [--errors]
                                      [--no-unattributed] [--parsed-cache FILE]

``--parsed-cache FILE`` stores the parsed articles (or reads them when the file exists), so
that a linking change can be measured on a fixed extraction; ``--errors`` prints each
parallel-article ranking error with the right and the wrong candidate's reasons and speakers.

Gold: ``derived/speech_events_crosslingual.jsonl`` (English SPEECH_COGNITIVE instances with a
mention in the Spanish, Italian or Dutch translation; the instance id is shared). English texts
come from the raw XML (:mod:`_meantime`), translations from
``multilingual_processed/<lang>/meantime.conll`` (:mod:`_conll`), both detokenised with
sentence spans.

Query: the claim claimx extracts (full English pipeline) whose cue lies in the gold English
sentence (the one containing the trigger when several), else the whole sentence as an
unattributed pseudo-claim (counted). Candidates, three variants:

* ``extracted``: the claims claimx's shallow extraction finds in the translations; a candidate
  is right when one of its spans overlaps the gold translation sentence. If the translation's
  claims miss the statement, the query is a miss;
* ``extr+unat``: the same, with the translations parsed with ``unattributed=True`` (the
  outlet's own sentences as claims with speaker None), the setting symmetric to the English
  query side's whole-sentence fallback; a second extracted variant, never a replacement;
* ``oracle``: every gold translation-side statement sentence as an unattributed pseudo-claim
  (separates extraction misses from matching misses).

Candidates are ranked by the linker's pair score (:func:`claimx.linking.similarity.score_pair`
with the embedding backend: calibrated cosine x anchor agreement, speaker, numbers, time,
article context, role check), never by sentence position. Pools: (a) the parallel article,
(b) the articles of the same topic (airbus, apple, gm, stock), (c) the whole corpus.
Reported per language and pool: Recall@1 and MRR (ties count against the query).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for path in (str(ROOT), str(HERE)):
    if path not in sys.path:
        sys.path.insert(0, path)

from _conll import ConllDoc, read_conll  # noqa: E402
from _meantime import DEFAULT_CORPUS, iter_docs  # noqa: E402

from claimx.linking.features import ClaimFeatures  # noqa: E402
from claimx.linking.similarity import ScoringContext  # noqa: E402
from claimx.models import Article, Claim, TextSpan  # noqa: E402

LANGS = ("es", "it", "nl")
POOLS = ("article", "topic", "corpus")


@dataclass
class Query:
    instance: str
    doc_id: str
    topic: str
    claim: tuple[str, str]
    """(article id, claim id) of the English query claim."""
    gold: list[tuple[str, int]]
    """(doc id, sentence index) of the translation-side mentions."""
    sentence: str


def _pseudo_claim(article_id: str, text: str, start: int, end: int, n: int) -> Claim:
    return Claim(
        id=f"{article_id}:s{n}",
        speaker=None,
        cue=None,
        content=(TextSpan(start=start, end=end, text=text[start:end]),),
        quote="indirect",
    )


def _overlaps(claim: Claim, span: tuple[int, int]) -> bool:
    spans = [*claim.content, *([claim.cue] if claim.cue is not None else [])]
    return any(s.start < span[1] and span[0] < s.end for s in spans)


_CACHE: dict[str, list[Article]] = {}
"""Parsed articles by key (``en``, ``es``, ``es-u``, ...), filled from ``--parsed-cache``."""
_CACHE_PATH: list[Path] = []


def _cached_parse(
    key: str, records: list[dict[str, object]], language: str, *, unattributed: bool = False
) -> list[Article]:
    """Parse ``records`` (or reuse the ``--parsed-cache`` file's articles for ``key``)."""
    if key in _CACHE:
        return _CACHE[key]
    from claimx.api import parse_many

    articles = list(
        parse_many(records, language=language, batch_size=16, unattributed=unattributed)
    )
    if _CACHE_PATH:
        _CACHE[key] = articles
        payload = {k: [a.model_dump(mode="json") for a in v] for k, v in _CACHE.items()}
        _CACHE_PATH[0].write_text(json.dumps(payload), encoding="utf-8")
    return articles


def _load_cache(path: Path) -> None:
    _CACHE_PATH.append(path)
    if path.exists():
        data = json.loads(path.read_text(encoding="utf-8"))
        for key, items in data.items():
            _CACHE[key] = [Article.model_validate(a) for a in items]


def _parse_all(records: list[dict[str, object]], language: str) -> list[Article]:
    return _cached_parse(language, records, language)


def _english(corpus: Path) -> tuple[list[Article], dict[str, object]]:
    docs = {d.doc_id: d for d in iter_docs(corpus)}
    records: list[dict[str, object]] = [
        {
            "id": f"en:{d.doc_id}",
            "text": d.text,
            "published": d.published,
            "title": d.title,
            "language": "en",
        }
        for d in docs.values()
    ]
    return _parse_all(records, "en"), dict(docs)


def _translations(
    corpus: Path, lang: str, *, unattributed: bool = False
) -> tuple[list[Article], dict[str, ConllDoc]]:
    """The translations parsed by claimx; ``unattributed``: ids ``<lang>-u:<doc>``."""
    path = corpus / "multilingual_processed" / lang / "meantime.conll"
    docs = {d.doc_id: d for d in read_conll(path, lang)}
    prefix = f"{lang}-u" if unattributed else lang
    records: list[dict[str, object]] = [
        {"id": f"{prefix}:{d.doc_id}", "text": d.text, "title": d.title, "language": lang}
        for d in docs.values()
    ]
    return _cached_parse(prefix, records, lang, unattributed=unattributed), docs


def _query_claim(article: Article, span: tuple[int, int], trigger: str) -> Claim | None:
    inside = [c for c in article.claims if c.cue is not None and span[0] <= c.cue.start < span[1]]
    if not inside:
        return None
    for claim in inside:
        if claim.cue is not None and trigger.lower() in claim.cue.text.lower():
            return claim
    return inside[0]


def _rank(scores: Sequence[tuple[float, bool]]) -> int | None:
    """1-based rank of the best right candidate; ties count against it; None: no right one."""
    right = [s for s, ok in scores if ok]
    if not right:
        return None
    best = max(right)
    return 1 + sum(1 for s, ok in scores if not ok and s >= best)


def _print_miss(
    q: Query,
    qf: ClaimFeatures,
    row: list[tuple[str, float, bool]],
    candidates: list[tuple[str, str, ClaimFeatures]],
    ctx: ScoringContext,
    variant: str,
) -> None:
    """Print a parallel-article ranking error: the query, the wrong winner, the right one."""
    from claimx.linking.similarity import score_pair

    local = [(score, ok, k) for k, (doc_id, score, ok) in enumerate(row) if doc_id == q.doc_id]
    right = [x for x in local if x[1]]
    if not right:
        return
    best_right = max(right)
    wrong = [x for x in local if not x[1] and x[0] >= best_right[0]]
    if not wrong:
        return
    best_wrong = max(wrong)
    print(f"  {variant} {q.instance} {q.doc_id}: {qf.text[:110]!r} {_speaker_note(qf)}")
    for label, (_, _, k) in (("right", best_right), ("WRONG", best_wrong)):
        cf = candidates[k][2]
        score, reasons = score_pair(ctx, qf, cf)
        print(f"    {label} {score:.3f} {reasons} {cf.text[:110]!r} {_speaker_note(cf)}")


def _speaker_note(f: ClaimFeatures) -> str:
    """The speaker as the linker sees it: keys, else words, else unknown."""
    if f.speaker_keys:
        return "sp=" + "|".join(sorted(f.speaker_keys))
    return "sp~" + " ".join(f.speaker_stems) if f.speaker_known else "sp=?"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--langs", default=",".join(LANGS))
    parser.add_argument(
        "--errors", action="store_true", help="print parallel-article ranking errors"
    )
    parser.add_argument(
        "--no-unattributed",
        action="store_true",
        help="skip the extr+unat variant (translations parsed with unattributed=True)",
    )
    parser.add_argument(
        "--parsed-cache",
        type=Path,
        help="JSON file of parsed articles: read when it exists, else written (to compare "
        "linking changes on fixed extraction)",
    )
    args = parser.parse_args(argv)
    if args.parsed_cache is not None:
        _load_cache(args.parsed_cache)
    corpus: Path = args.corpus
    gold_path = corpus / "derived" / "speech_events_crosslingual.jsonl"
    if not gold_path.exists():
        print(f"MEANTIME not found at {corpus} (expected {gold_path})", file=sys.stderr)
        return 2
    from claimx.linking.core import _features
    from claimx.linking.embeddings import EmbeddingSimilarity, Encoder
    from claimx.linking.similarity import score_pair

    t0 = time.perf_counter()
    encoder = Encoder()
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    en_articles, en_docs = _english(corpus)
    en_by_id = {a.id: a for a in en_articles}
    # English query claims: extracted when claimx finds the statement, else the sentence
    fallback = 0
    queries_by_instance: dict[str, Query] = {}
    extra_en: dict[str, list[Claim]] = defaultdict(list)
    for record in gold:
        mention = record["en"][0]
        doc_id = str(mention["doc"]).split("_", 1)[0]
        en_doc = en_docs[doc_id]
        span = en_doc.sentences[int(mention["sent_id"])]  # type: ignore[attr-defined]
        article = en_by_id[f"en:{doc_id}"]
        claim = _query_claim(article, span, str(mention["trigger"]))
        if claim is None:
            fallback += 1
            claim = _pseudo_claim(article.id, article.text, *span, n=len(extra_en[article.id]))
            extra_en[article.id].append(claim)
        queries_by_instance[record["event_instance"]] = Query(
            instance=record["event_instance"],
            doc_id=doc_id,
            topic=en_doc.topic.removeprefix("corpus_"),  # type: ignore[attr-defined]
            claim=(article.id, claim.id),
            gold=[],
            sentence=article.text[span[0] : span[1]],
        )
    en_articles = [
        a.model_copy(update={"claims": (*a.claims, *extra_en[a.id])}) if extra_en[a.id] else a
        for a in en_articles
    ]
    t_en = time.perf_counter() - t0
    print(f"English: {len(en_articles)} articles parsed, {len(queries_by_instance)} statements; ")
    print(f"  {fallback} queries fell back to the whole sentence (statement not extracted)")
    print()
    header = f"{'lang':4} {'variant':9} {'pool':7} {'n':>4} {'R@1':>6} {'MRR':>6} {'found':>6}"
    print(header)
    print("-" * len(header))
    for lang in args.langs.split(","):
        t1 = time.perf_counter()
        tr_articles, tr_docs = _translations(corpus, lang)
        un_articles: list[Article] = []
        if not args.no_unattributed:
            un_articles, _ = _translations(corpus, lang, unattributed=True)
        queries: list[Query] = []
        gold_sentences: dict[str, set[int]] = defaultdict(set)
        for record in gold:
            mentions = record.get(lang) or []
            if not mentions:
                continue
            base = queries_by_instance[record["event_instance"]]
            q = Query(**{**base.__dict__, "gold": []})
            for m in mentions:
                doc_id = str(m["doc"]).split("_", 1)[0]
                q.gold.append((doc_id, int(m["sent_id"])))
                gold_sentences[doc_id].add(int(m["sent_id"]))
            queries.append(q)
        oracle_articles = []
        for article in tr_articles:
            doc = tr_docs[article.id.split(":", 1)[1]]
            claims = tuple(
                _pseudo_claim(f"oracle-{article.id}", article.text, *doc.sentences[s], n=s)
                for s in sorted(gold_sentences.get(doc.doc_id, ()))
                if s in doc.sentences
            )
            if claims:
                oracle_articles.append(
                    article.model_copy(update={"id": f"oracle-{article.id}", "claims": claims})
                )
        # each feature set is built apart, so the corpus-wide context (idf of anchors) of
        # one variant does not depend on the claims of another
        groups: list[tuple[list[Article], dict[str, str]]] = [
            (
                [*en_articles, *tr_articles, *oracle_articles],
                {"extracted": lang, "oracle": f"oracle-{lang}"},
            )
        ]
        if un_articles:
            groups.append(([*en_articles, *un_articles], {"extr+unat": f"{lang}-u"}))
        for articles, prefixes in groups:
            features, part_of = _features(articles)
            backend = EmbeddingSimilarity(encoder)  # one encoder: English texts encoded once
            backend.prepare(articles, features)
            ctx = ScoringContext(features=features, part_of=part_of, content_similarity=backend)
            index = {(f.ref.article, f.ref.claim): f for f in features}
            claims_of = {a.id: {c.id: c for c in a.claims} for a in articles}
            by_variant: dict[str, list[tuple[str, str, ClaimFeatures]]] = {v: [] for v in prefixes}
            for f in features:
                art_prefix, _, doc_id = f.ref.article.partition(":")
                for variant, prefix in prefixes.items():
                    if art_prefix == prefix:
                        by_variant[variant].append((doc_id, f.ref.claim, f))
            for variant, candidates in by_variant.items():
                prefix = prefixes[variant]
                # score every query against the whole corpus once; the pools are subsets
                scored_all: list[list[tuple[str, float, bool]]] = []
                for q in queries:
                    qf = index[q.claim]
                    row = []
                    for doc_id, claim_id, cf in candidates:
                        claim = claims_of[f"{prefix}:{doc_id}"][claim_id]
                        ok = any(
                            d == doc_id
                            and s in tr_docs[d].sentences
                            and _overlaps(claim, tr_docs[d].sentences[s])
                            for d, s in q.gold
                        )
                        row.append((doc_id, score_pair(ctx, qf, cf)[0], ok))
                    scored_all.append(row)
                    if args.errors:
                        _print_miss(q, qf, row, candidates, ctx, variant)
                for pool in POOLS:
                    ranks: list[int | None] = []
                    for q, row in zip(queries, scored_all, strict=True):
                        scored = [
                            (score, ok)
                            for doc_id, score, ok in row
                            if pool == "corpus"
                            or (pool == "article" and doc_id == q.doc_id)
                            or (pool == "topic" and tr_docs[doc_id].topic == q.topic)
                        ]
                        rank = _rank(scored)
                        ranks.append(rank)
                    n = len(ranks)
                    r1 = sum(1 for r in ranks if r == 1) / n if n else 0.0
                    mrr = sum(1 / r for r in ranks if r) / n if n else 0.0
                    found = sum(1 for r in ranks if r is not None) / n if n else 0.0
                    print(f"{lang:4} {variant:9} {pool:7} {n:4d} {r1:6.3f} {mrr:6.3f} {found:6.3f}")
        n_claims = sum(len(a.claims) for a in tr_articles)
        n_unat = sum(len(a.claims) for a in un_articles)
        print(
            f"     ({len(tr_articles)} {lang} articles, {n_claims} extracted claims, "
            f"{n_unat} with unattributed sentences, "
            f"{time.perf_counter() - t1:.1f} s)"
        )
    print()
    print(f"English parse {t_en:.1f} s; total {time.perf_counter() - t0:.1f} s")
    print("found: share of queries with a right candidate in the pool (extraction recall).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
