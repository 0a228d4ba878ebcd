"""The date detector reads only the words a pattern can take (claimx.dates.detect).

Each window around a time word is cut at the words that no ``Matcher`` pattern token takes
before the ``Matcher`` runs; the matches must be exactly those of the whole window, in the
same order. Sentences are invented; each goes through the real pipeline of its language.
"""

from __future__ import annotations

import pytest
from spacy.attrs import ORTH

from claimx.dates.detect import DateDetector
from claimx.pipeline import load_pipeline

SENTENCES: dict[str, list[str]] = {
    "en": [
        "Mayor Tilda Ormsby said on Tuesday, March 4, 2025, at 10:30 a.m. EST that the "
        "bridge would close for three weeks, from Monday to Thursday, and again in the 1990s "
        "style every spring, two days ago, the next six months, on 3/14/2024 and in '98.",
        "The 2015-16 season of the Brackwater league ended on the 2nd of May, some 35 years "
        "after its first game; fees rose 12 per cent a year since the third quarter of 2019.",
    ],
    "es": [
        "La alcaldesa Rocío Valdemar dijo el lunes 12 de octubre de 2005 que hace dos años "
        "la obra duró tres meses, en los años 90, y que terminará la semana próxima."
    ],
    "it": [
        "Il sindaco Piero Lunardi ha detto lunedì 12 ottobre 2005 che due anni fa i lavori "
        "sono durati tre mesi, negli anni '80, e che finiranno la settimana prossima."
    ],
    "nl": [
        "Burgemeester Joost Velder zei maandag 12 oktober 2005 dat de werken twee jaar "
        "geleden drie maanden duurden en volgende week klaar zijn."
    ],
    "fr": [
        "Le maire Gaston Verlay a déclaré lundi 12 octobre 2005 qu'il y a deux ans les "
        "travaux ont duré trois mois et qu'ils finiront la semaine prochaine."
    ],
    "de": [
        "Bürgermeisterin Frieda Kessler sagte am Montag, dem 12. Oktober 2005, dass die "
        "Arbeiten vor zwei Jahren drei Monate dauerten und nächste Woche enden."
    ],
}


@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_runs_give_the_window_matches(language: str) -> None:
    nlp = load_pipeline(language)
    detector = DateDetector(nlp.vocab, language)
    assert detector._takers.complete, "every pattern token of the lexicon is understood"
    found = read = window_tokens = 0
    for text in SENTENCES[language]:
        doc = nlp(text)
        orths = doc.to_array([ORTH]).tolist()
        for start, end in detector._windows(doc):
            whole = [(m, start + a, start + b) for m, a, b in detector.matcher(doc[start:end])]
            cut = [
                (m, run.start + a, run.start + b)
                for run in detector._matcher_runs(doc, orths, (start, end))
                for m, a, b in detector.matcher(run)
            ]
            assert cut == whole, (language, doc[start:end].text)
            found += len(whole)
            window_tokens += end - start
            read += sum(len(r) for r in detector._matcher_runs(doc, orths, (start, end)))
        assert detector(doc), f"no time expression found in {text!r}"
    assert found > 0
    assert read < window_tokens, "the cut windows are shorter than the windows"


def test_unknown_pattern_keys_turn_the_cut_off() -> None:
    nlp = load_pipeline("en")
    detector = DateDetector(nlp.vocab, "en")
    detector._takers.add([{"POS": "NUM"}])
    assert not detector._takers.complete
    doc = nlp("The vote took place on Friday in the hall of Brackwater.")
    orths = doc.to_array([ORTH]).tolist()
    assert detector._matcher_runs(doc, orths, (0, len(doc))) == [doc[0 : len(doc)]]


def test_remembered_matches_are_the_matcher_s() -> None:
    """The matches of a stretch are remembered by its words: the same words in another
    sentence, where the filters after the ``Matcher`` judge them otherwise, get the
    ``Matcher``'s own matches, and a warm detector finds what a fresh one finds."""
    nlp = load_pipeline("en")
    detector = DateDetector(nlp.vocab, "en")
    texts = [
        "The council met on Friday and voted two days ago to close the harbour in March.",
        "A 35 year old clerk said the harbour would close in March, two days from now.",
        "The council met on Friday and voted two days ago to close the harbour in March.",
    ]
    docs = [nlp(text) for text in texts]
    warm = [[(s.start, s.end, s.label_) for s in detector(doc)] for doc in docs]
    assert detector._run_matches, "the matches of the stretches read are remembered"
    for doc in docs:
        orths = doc.to_array([ORTH]).tolist()
        for start, end in detector._windows(doc):
            for run in detector._matcher_runs(doc, orths, (start, end)):
                assert detector._matches(run, orths) == list(detector.matcher(run))
    for doc, found in zip(docs, warm, strict=True):
        fresh = DateDetector(nlp.vocab, "en")
        assert [(s.start, s.end, s.label_) for s in fresh(doc)] == found
    assert warm[0] == warm[2]
    assert any(label == "DATE" for _, _, label in warm[0])


def test_no_remembered_matches_when_patterns_read_more_than_words() -> None:
    nlp = load_pipeline("en")
    detector = DateDetector(nlp.vocab, "en")
    detector._takers.add([{"POS": "NUM"}])
    doc = nlp("The vote took place on Friday in the hall of Brackwater.")
    assert [(s.start, s.end) for s in detector(doc)]
    assert not detector._run_matches


def test_clear_memos_forgets_and_changes_nothing() -> None:
    """``DatesComponent.clear_memos`` (the benchmark's cold passes) empties the detector's
    memo and the normalisation cache; the spans found after it are the same."""
    from claimx.dates.normalize import normalize

    nlp = load_pipeline("en")
    component = nlp.get_pipe("claimx_dates")
    text = "The ferry board met on Friday and said two days ago that fares rise in March."
    first = nlp(text)
    before = [(s.start, s.end, s.label_) for s in first.spans["claimx_dates"]]
    assert any(d._run_matches for d in component._detectors.values())
    component.clear_memos()
    assert not any(d._run_matches for d in component._detectors.values())
    assert normalize.cache_info().currsize == 0
    again = nlp(text)
    assert [(s.start, s.end, s.label_) for s in again.spans["claimx_dates"]] == before
    assert before, "the sentence has dates"
