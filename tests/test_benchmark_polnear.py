"""The PolNeAR reader and scorer behind ``benchmarks/attribution.py --corpus polnear``.

Every test runs on a tiny synthetic corpus in PolNeAR's layout (``text/NAME.txt``,
``attributions/NAME_XXXX.ann`` in brat standoff, ``metadata.tsv``) written to a temporary
folder. The articles, people and organisations are invented; nothing comes from the real
corpus, which is never read here.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest
from _bench import load_benchmark

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"


def _load(name: str, module_name: str) -> ModuleType:
    return load_benchmark(name, module_name)


polnear = _load("_polnear", "_polnear")  # the name attribution.py imports it by

TEXT_A = (
    "Gravel tax to rise, council says.\n\n"
    "Mayor Ilse Varga said on Monday that the gravel tax would rise next year. "
    "According to the Brennick Chamber of Trade, shops will close.\n"
)
TEXT_B = "The Orvell Party wants a new bridge. It was reported that the river had flooded.\n"


def _span(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def _t(n: int, role: str, text: str, *phrases: str) -> str:
    spans = [_span(text, p) for p in phrases]
    offsets = ";".join(f"{s} {e}" for s, e in spans)
    return f"T{n}\t{role} {offsets}\t{' '.join(phrases)}"


def _write(root: Path) -> Path:
    folder = root / "polnear-train"
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    (folder / "text" / "a_doc.txt").write_text(TEXT_A, encoding="utf-8")
    (folder / "text" / "b_doc.txt").write_text(TEXT_B, encoding="utf-8")
    a_lines = [
        _t(1, "Source", TEXT_A, "Mayor Ilse Varga"),
        _t(2, "Cue", TEXT_A, "said"),
        _t(3, "Content", TEXT_A, "the gravel tax would rise next year"),
        _t(4, "Attribution", TEXT_A, "said"),
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
        _t(5, "Cue", TEXT_A, "According to"),
        _t(6, "Source", TEXT_A, "the Brennick Chamber of Trade"),
        # a discontinuous content whose text runs over a line break in the file
        f"T7\tContent {_span(TEXT_A, 'shops')[0]} {_span(TEXT_A, 'shops')[1]};"
        f"{_span(TEXT_A, 'will close')[0]} {_span(TEXT_A, 'will close')[1]}\tshops",
        "will close",
        _t(8, "Attribution", TEXT_A, "According to"),
        "E2\tAttribution:T8 Content:T7 Cue:T5 Source:T6",
        "#1\tAnnotatorNotes T7\ta note",
        "E3\tAttribution-no-source:T9 ",  # an empty event
    ]
    (folder / "attributions" / "a_doc_0aaa.ann").write_text("\n".join(a_lines), encoding="utf-8")
    # a second annotator: must be ignored (not the first in sorted order)
    (folder / "attributions" / "a_doc_9zzz.ann").write_text(
        "\n".join(a_lines[:5]), encoding="utf-8"
    )
    b_lines = [
        _t(1, "Source", TEXT_B, "The Orvell Party"),
        _t(2, "Cue", TEXT_B, "wants"),
        _t(3, "Content", TEXT_B, "a new bridge"),
        _t(4, "Attribution", TEXT_B, "wants"),
        "E1\tAttribution:T4 Cue:T2 Content:T3 Source:T1",
        _t(5, "Cue", TEXT_B, "It was reported"),
        _t(6, "Content", TEXT_B, "the river had flooded"),
        _t(7, "Attribution-no-source", TEXT_B, "It was reported"),
        "E2\tAttribution-no-source:T7 Cue:T5 Content:T6",
    ]
    (folder / "attributions" / "b_doc_1bbb.ann").write_text("\n".join(b_lines), encoding="utf-8")
    (folder / "metadata.tsv").write_text(
        "compartment\tfilename\tpublisher\tpublication_date\ttitle\n"
        "train\ta_doc\tgazette\t2021-03-04\tGravel\n"
        "train\tb_doc\tcourier\t2021-05-06\tBridge\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return _write(tmp_path)


def test_reader_takes_the_first_annotator_and_every_role(corpus: Path) -> None:
    docs = list(polnear.iter_polnear(corpus))
    assert [d.doc_id for d in docs] == ["a_doc", "b_doc"]
    a, b = docs
    assert a.annotator_file == "a_doc_0aaa.ann"
    assert a.published == "2021-03-04"
    assert len(a.gold) == 2  # the empty event is skipped
    said, according = a.gold
    assert [TEXT_A[s:e] for s, e in said.source] == ["Mayor Ilse Varga"]
    assert [TEXT_A[s:e] for s, e in said.content] == ["the gravel tax would rise next year"]
    assert [TEXT_A[s:e] for s, e in according.content] == ["shops", "will close"]
    assert [TEXT_A[s:e] for s, e in according.cue] == ["According to"]
    no_source = b.gold[1]
    assert no_source.source == ()
    assert [TEXT_B[s:e] for s, e in no_source.cue] == ["It was reported"]


def test_max_docs_spreads_over_the_corpus(corpus: Path) -> None:
    assert [d.doc_id for d in polnear.iter_polnear(corpus, 1)] == ["a_doc"]
    assert polnear.spread(list(range(10)), 3) == [0, 3, 6]


def _perfect(doc: object) -> list[object]:
    return [
        polnear.PolnearPrediction(source=g.source, cue=g.cue, content=g.content)
        for g in doc.gold  # type: ignore[attr-defined]
    ]


def test_scorer_gives_one_on_gold_and_less_on_damaged_predictions(corpus: Path) -> None:
    docs = list(polnear.iter_polnear(corpus))
    evals = [polnear.PolnearEval(d, _perfect(d), ["verb in lexicon"] * len(d.gold)) for d in docs]
    perfect = polnear.score_polnear(evals)
    assert perfect["attribution_recall"] == 1.0
    for kind in ("overlap", "exact"):
        for role in ("source", "cue", "content"):
            assert perfect[kind][role]["f1"] == 1.0, (kind, role)
    assert perfect["speaker_accuracy_on_matched"] == {"n": 3, "accuracy": 1.0}

    a = docs[0]
    said = a.gold[0]
    s, e = said.content[0]
    half = polnear.PolnearPrediction(
        source=((0, 6),),  # "Gravel": the wrong speaker
        cue=said.cue,
        content=((s, s + (e - s) // 2),),  # half the content
    )
    extra = polnear.PolnearPrediction(source=(), cue=((0, 6),), content=((7, 10),))
    damaged = polnear.score_polnear([polnear.PolnearEval(a, [half, extra], ["x", "x"])])
    assert damaged["attribution_recall"] == 0.5  # "According to" found by no claim
    content = damaged["overlap"]["content"]
    assert 0 < content["recall"] < 0.5
    assert 0 < content["precision"] < 1.0  # the extra claim's characters count against it
    assert damaged["exact"]["content"]["recall"] == 0.0
    assert damaged["exact"]["cue"]["recall"] == 0.5
    assert damaged["speaker_accuracy_on_matched"] == {"n": 1, "accuracy": 0.0}


def test_whitespace_never_counts(corpus: Path) -> None:
    doc = next(polnear.iter_polnear(corpus))
    chars = polnear.PolnearEval(doc, [], []).chars
    span = _span(TEXT_A, "Mayor Ilse Varga")
    assert chars.count([span]) == len("MayorIlseVarga")
    assert chars.shared([span], [(span[0] + 5, span[1] + 1)]) == len("IlseVarga")


def _tokens(words: list[tuple[str, str, str]]) -> list[object]:
    out, start = [], 0
    for form, pos, lemma in words:
        out.append(polnear.TaggedToken(start, start + len(form), pos, lemma, form.lower()))
        start += len(form) + 1
    return out


@pytest.mark.parametrize(
    ("words", "cue_word", "source", "expected"),
    [
        ([("She", "PRON", "she"), ("said", "VERB", "say")], "said", True, "verb in lexicon"),
        ([("She", "PRON", "she"), ("hopes", "VERB", "hop")], "hopes", True, "verb in lexicon"),
        ([("She", "PRON", "she"), ("backs", "VERB", "back")], "backs", True, "verb not in lexicon"),
        ([("his", "PRON", "his"), ("claim", "NOUN", "claim")], "claim", True, "noun"),
        ([("according", "VERB", "accord"), ("to", "ADP", "to")], "according", True, "adjunct"),
        ([("It", "PRON", "it"), ("seemed", "VERB", "seem")], "seemed", False, "no source"),
        ([("She", "PRON", "she"), ("glad", "ADJ", "glad")], "glad", True, "other"),
    ],
)
def test_cue_classes(
    words: list[tuple[str, str, str]], cue_word: str, source: bool, expected: str
) -> None:
    tokens = _tokens(words)
    if cue_word == "according":
        cue = (tokens[0].start, tokens[1].end)  # type: ignore[attr-defined]
    else:
        tok = next(t for t in tokens if t.lower == cue_word)  # type: ignore[attr-defined]
        cue = (tok.start, tok.end)
    gold = polnear.GoldAttribution("E1", ((0, 3),) if source else (), (cue,), ((50, 60),))
    verbs = frozenset({"say", "hopes"})
    starts = [t.start for t in tokens]  # type: ignore[attr-defined]
    assert polnear.cue_class(gold, tokens, starts, verbs) == expected


def test_benchmark_runs_claimx_on_the_synthetic_corpus(
    corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    attribution = _load("attribution", "claimx_benchmark_attribution")
    assert attribution.main(["--corpus", "polnear", "--path", str(corpus), "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert results["documents"] == 2
    assert results["gold"] == 4
    assert results["annotator_files"] == "first in sorted order per text"
    assert results["attribution_recall"] >= 0.5  # "said that" and "according to" at least
    assert set(results["by_cue_class"]) == set(polnear.CUE_CLASSES)


def test_missing_corpus_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    attribution = _load("attribution", "claimx_benchmark_attribution")
    missing = tmp_path / "nowhere"
    assert attribution.main(["--corpus", "polnear", "--path", str(missing)]) == 2
    err = capsys.readouterr().err
    assert "PolNeAR not found" in err
    assert str(missing) in err


def test_a_gold_who_is_matched_by_its_antecedent(tmp_path: Path) -> None:
    text = "Tarvel council chief Ana Holt, who said the tax would rise, resigned.\n"
    who = _span(text, "who")
    gold = polnear.GoldAttribution(
        "E1", (who,), (_span(text, "said"),), (_span(text, "the tax would rise"),)
    )
    doc = polnear.PolnearDoc("d", text, None, "", "d_0.ann", [gold])
    antecedent = polnear.PolnearPrediction(
        source=(_span(text, "Tarvel council chief Ana Holt"),), cue=gold.cue, content=gold.content
    )
    result = polnear.score_polnear([polnear.PolnearEval(doc, [antecedent], ["x"])])
    assert result["speaker_accuracy_on_matched"] == {"n": 1, "accuracy": 1.0}
    assert result["overlap"]["source"]["f1"] == 1.0
    elsewhere = polnear.PolnearPrediction(
        source=(_span(text, "Ana Holt"),), cue=gold.cue, content=gold.content
    )
    assert (
        polnear.score_polnear([polnear.PolnearEval(doc, [elsewhere], ["x"])])[
            "speaker_accuracy_on_matched"
        ]["accuracy"]
        == 1.0
    )  # "Ana Holt" also ends right before ", who"
    wrong = polnear.PolnearPrediction(
        source=(_span(text, "Tarvel"),), cue=gold.cue, content=gold.content
    )
    assert (
        polnear.score_polnear([polnear.PolnearEval(doc, [wrong], ["x"])])[
            "speaker_accuracy_on_matched"
        ]["accuracy"]
        == 0.0
    )


def test_a_tie_on_content_goes_to_the_prediction_with_the_gold_cue() -> None:
    # an outer claim ("reported") whose content is exactly the inner gold's content ties with
    # the inner claim on shared content characters: the one with the gold's cue aligns
    text = "The Dorrin Gazette reported that the harbour board had said the pier would close.\n"
    content = (_span(text, "the pier would close"),)
    gold = polnear.GoldAttribution(
        "E1", (_span(text, "the harbour board"),), (_span(text, "had said"),), content
    )
    doc = polnear.PolnearDoc("d", text, None, "", "d_0.ann", [gold])
    outer = polnear.PolnearPrediction(
        source=(_span(text, "The Dorrin Gazette"),), cue=(_span(text, "reported"),), content=content
    )
    inner = polnear.PolnearPrediction(
        source=(_span(text, "the harbour board"),), cue=(_span(text, "had said"),), content=content
    )
    for preds in ([outer, inner], [inner, outer]):
        ev = polnear.PolnearEval(doc, preds, ["x"])
        assert preds[ev.pairs[0]] == inner
        result = polnear.score_polnear([ev])
        assert result["overlap"]["cue"]["recall"] == 1.0
        assert result["speaker_accuracy_on_matched"]["accuracy"] == 1.0
