"""The MEANTIME reader and attribution scorer behind ``benchmarks/attribution.py``.

These run on the real corpus in ``../shared/corpora/meantime`` and are skipped, with the
reason, when it is absent. No claimx parsing happens here (the benchmark itself does that).
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import replace
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"
MEANTIME = ROOT.parent / "shared" / "corpora" / "meantime"
ANNOTATION = MEANTIME / "en_raw" / "intra_cross-doc_annotation"

needs_meantime = pytest.mark.skipif(
    not ANNOTATION.is_dir(),
    reason=f"MEANTIME raw XML not found at {ANNOTATION} (the shared corpora are not checked out)",
)


def _load(name: str, module_name: str) -> ModuleType:
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, BENCHMARKS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


meantime = _load("_meantime", "_meantime")  # the name attribution.py imports it by


@pytest.mark.parametrize(
    ("tokens", "expected"),
    [
        (["He", "said", "``", "No", "''", "."], "He said “No”."),
        (["Airbus", "'", "best", "jet"], "Airbus' best jet"),
        (["the", "aircraft", "'s", "life"], "the aircraft's life"),
        (["a", "US$", "40", "billion", "deal"], "a US$40 billion deal"),
        (["they", "do", "n't", "know", "."], "they don't know."),
        (["company", "(", "EADS", ")", ","], "company (EADS),"),
        (["on", "`", "Black", "Monday", "'", "anniversary"], "on ‘Black Monday’ anniversary"),
        (["as", '"', "voice", "control", '"', ","], 'as "voice control",'),
        (["up", "5", "%", "to", "$", "96bn"], "up 5% to $96bn"),
        (["Wayne", "’", "s", "World"], "Wayne’s World"),
        (["iLife", "'11", "suite"], "iLife '11 suite"),
        (["called", "it", "“", "exciting", "”", "."], "called it “exciting”."),
    ],
)
def test_detokenize(tokens: list[str], expected: str) -> None:
    text, offsets = meantime.detokenize(tokens)
    assert text == expected
    assert len(offsets) == len(tokens)
    for (start, end), token in zip(offsets, tokens, strict=True):
        piece = text[start:end]
        assert piece == token or (token, piece) in {
            ("``", "“"),
            ("''", "”"),
            ("`", "‘"),
            ("'", "’"),
        }


@needs_meantime
def test_known_document_layout_and_token_count() -> None:
    doc = meantime.read_doc(
        ANNOTATION
        / "corpus_apple"
        / "101354_Apple_releases_iPhone_SDK,_announces_upcoming_update.xml"
    )
    assert doc.doc_id == "101354"
    assert len(doc.tokens) == 332
    assert doc.title == "Apple releases iPhone SDK, announces upcoming update"
    assert doc.text.startswith(
        "Apple releases iPhone SDK, announces upcoming update\n\nMarch 06, 2008\n\nDuring a media"
    )
    assert doc.dct == "2008-03-06"
    assert doc.published == "2008-03-06"
    for token in doc.tokens.values():
        assert doc.text[token.start : token.end] in {token.raw, "“", "”", "‘", "’"}


@needs_meantime
def test_malformed_creation_time_falls_back_to_dateline() -> None:
    path = next(ANNOTATION.glob("*/120578_*.xml"))
    doc = meantime.read_doc(path)
    assert doc.dct == "03-02-2009"
    assert doc.published == "2009-02-03"


@needs_meantime
def test_speech_event_with_source_and_content() -> None:
    path = next(ANNOTATION.glob("corpus_airbus/100911_*.xml"))
    doc = meantime.read_doc(path)
    statements = meantime.speech_statements(doc)
    nesbit = [
        s
        for s in statements
        if any(doc.span_text(src).endswith("Paul Nesbit") for src in s.sources)
    ]
    assert len(nesbit) == 1
    gold = nesbit[0]
    assert doc.span_text(gold.cue) == "said"
    assert gold.lemma == "say"
    assert [doc.span_text(s) for s in gold.sources] == [
        "JSA Research defence analysist Paul Nesbit"
    ]
    assert [doc.span_text(c) for c in gold.contents] == ["push"]
    assert gold.attributed
    start, end = doc.sentences[gold.sentence]
    assert doc.text[start:end].startswith("JSA Research defence analysist Paul Nesbit said that")
    # the Arg0 mention resolves to an entity instance that has that mention among its mentions
    assert gold.source_instances
    assert gold.sources[0] in doc.mentions_of(gold.source_instances[0])
    cue_start, cue_end = doc.char_span(gold.cue)
    assert doc.text[cue_start:cue_end] == "said"


@needs_meantime
def test_corpus_totals_match_the_published_counts() -> None:
    docs = list(meantime.iter_docs(MEANTIME))
    statements = [s for d in docs for s in meantime.speech_statements(d)]
    assert len(docs) == 120
    assert sum(len(d.tokens) for d in docs) == 40231
    assert len(statements) == 479
    assert sum(bool(s.sources) for s in statements) == 224
    assert all(d.published for d in docs)


@needs_meantime
def test_scorer_gives_one_on_gold_and_less_on_damaged_predictions() -> None:
    attribution = _load("attribution", "claimx_benchmark_attribution")
    evals, _, _ = attribution.evaluate(MEANTIME, oracle=True)
    perfect = attribution.score(evals, "all")
    assert perfect["cue"]["exact"]["f1"] == 1.0
    assert perfect["speaker"]["overlap"]["f1"] == 1.0
    assert perfect["content"]["overlap"]["f1"] == 1.0
    assert perfect["speaker_accuracy_on_found"]["instance"] == 1.0
    for ev in evals:  # drop every speaker and widen every cue by one character
        ev.pred = [replace(p, speaker=None, cue=(p.cue[0], p.cue[1] + 1)) for p in ev.pred]
        ev.pairs = {}
        ev.align()
    damaged = attribution.score(evals, "attributed", region=True)
    assert damaged["cue"]["exact"]["f1"] == 0.0
    assert damaged["cue"]["overlap"]["f1"] == 1.0
    assert damaged["speaker"]["overlap"]["recall"] == 0.0
    assert damaged["speaker_accuracy_on_found"]["mention"] == 0.0
