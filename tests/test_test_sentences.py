"""No test copies a sentence from a corpus a benchmark scores (or from PolNeAR or the German
quotes, which may not be copied at all): ``scripts/check_test_sentences.py`` over ``tests/``.

The corpora live beside the clone (``../shared/corpora``), as in CI (``.ci/run`` runs in a
clone next to ``shared/``); on a machine without them this test is skipped with that reason.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from _bench import load_script

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"


def _script() -> ModuleType:
    return load_script(ROOT / "scripts" / "check_test_sentences.py", "check_test_sentences")


def test_the_check_finds_a_copied_run_and_ignores_a_short_one(tmp_path: Path) -> None:
    corpus = tmp_path / "corpora" / "sample"
    corpus.mkdir(parents=True)
    (corpus / "doc.txt").write_text(
        "The harbour board of Tesselby said on Friday that the old crane would be sold.",
        encoding="utf-8",
    )
    tests = tmp_path / "tests"
    tests.mkdir()
    (tests / "test_x.py").write_text(
        'COPIED = "Yesterday the harbour board of Tesselby said on Friday that it would wait."\n'
        'OWN = "The harbour board met on Friday."\n',
        encoding="utf-8",
    )
    hits = _script().find_overlaps([tests], tmp_path / "corpora", 8)
    assert [(h.literal.line, " ".join(h.words)) for h in hits] == [
        (1, "the harbour board of tesselby said on friday")
    ]


@pytest.mark.skipif(
    not CORPORA.is_dir(),
    reason="the benchmark corpora are not beside this clone (../shared/corpora; CI has them)",
)
def test_no_test_string_shares_eight_words_with_a_corpus() -> None:
    hits = _script().find_overlaps([ROOT / "tests"], CORPORA, 8)
    assert [
        f"{h.literal.path.name}:{h.literal.line}: {' '.join(h.words)} <- "
        f"{h.corpus_file.relative_to(CORPORA)}"
        for h in hits
    ] == []


def test_no_test_string_shares_eight_words_with_the_shipped_benchmark_data() -> None:
    # benchmarks/data/ (the French Wikinews set) is in the clone: checked on every run
    data = ROOT / "benchmarks" / "data"
    hits = _script().find_overlaps([ROOT / "tests"], data, 8)
    assert [f"{h.literal.path.name}:{h.literal.line}: {' '.join(h.words)}" for h in hits] == []
