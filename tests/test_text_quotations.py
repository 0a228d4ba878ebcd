"""Quotation-aware parsing for French: ``claimx_quotations`` and ``claimx_quotation_joins``.

The French pipelines (``fr_core_news_md``, ``fr_core_news_sm``) were trained on text with
straight quotation marks; they tag « as a noun or a verb and start sentences inside
quotations. The sentences are written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

import claimx
from claimx.attribution.cues import find_cue_claims
from claimx.attribution.lexicon import cue_lexicon
from claimx.text.quotations import continuing_tokens, opening_tokens, quotation_tokens


@pytest.fixture(scope="module")
def nlp_fr() -> Any:
    return claimx.load_pipeline("fr")


def test_french_pipeline_has_the_quotation_components(nlp_fr: Any) -> None:
    names = nlp_fr.pipe_names
    assert names.index("claimx_paragraphs") < names.index("claimx_quotations")
    assert names.index("claimx_quotations") < names.index("parser")
    assert names.index("parser") < names.index("claimx_quotation_joins")
    assert names.index("claimx_quotation_joins") < names.index("claimx_attribution")


def test_english_pipeline_has_none() -> None:
    names = claimx.load_pipeline("en").pipe_names
    assert "claimx_quotations" not in names
    assert "claimx_quotation_joins" not in names


def test_quotation_tokens_and_continuing_tokens() -> None:
    nlp = spacy.blank("fr")
    doc = nlp("« Nous partirons. Le pays est prêt », a dit Léa. « Fin. » Il part.")
    words = [t.text for t in doc]
    ranges = quotation_tokens(doc)
    assert [(words[a], words[b - 1]) for a, b in ranges] == [("Nous", "»"), ("Fin", "»")]
    inside = continuing_tokens(doc)
    assert words.index(",") in inside  # "», a dit": the sentence goes on
    assert words.index("Il") not in inside  # a capital after ". »" may start one
    assert 0 not in inside  # the opening mark itself


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a déclaré : « Nous rouvrirons le pont. Les travaux sont finis. »",
        "« La grève continue », ont annoncé les syndicats de la régie.",
        "« Aucune décision n'a été prise », a précisé à l'AFP un porte-parole de la mairie.",
        "« Les comptes sont bons. Nous tiendrons l'objectif », a affirmé la ministre.",
    ],
)
def test_a_quotation_and_its_cue_are_one_sentence(nlp_fr: Any, text: str) -> None:
    doc = nlp_fr(text)
    assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]
    marks = [t for t in doc if t.text in "«»"]
    assert marks
    assert all(t.pos_ == "PUNCT" for t in marks)


def test_an_opening_mark_after_a_full_stop_starts_a_sentence(nlp_fr: Any) -> None:
    doc = nlp_fr(
        "Selon la mairie, la rue restera fermée. « Les travaux ont pris du retard. Nous "
        "rouvrirons en juin » a déclaré Paul Roche, adjoint au maire."
    )
    starts = [s.text[:1] for s in doc.sents]
    assert starts == ["S", "«"]
    claims = {c["cue_lemma"]: c for c in doc._.claimx_claims}
    selon = claims["selon"]["content"]
    assert [doc.text[s:e] for s, e in selon] == ["la rue restera fermée"]


def test_opening_tokens() -> None:
    nlp = spacy.blank("fr")
    doc = nlp("Il part. « Nous restons. » Elle a dit : « Nous restons. »")
    assert [doc[i].idx for i in opening_tokens(doc)] == [doc.text.index("«")]


def test_a_sentence_after_a_closed_quotation_still_starts(nlp_fr: Any) -> None:
    doc = nlp_fr("Elle a dit : « Je pars demain. » Le conseil se réunira lundi.")
    assert [s.text for s in doc.sents][-1] == "Le conseil se réunira lundi."


def test_quoted_inverted_cue_is_found_by_the_parse(nlp_fr: Any) -> None:
    article = claimx.parse(
        "« La grève continue », ont annoncé les syndicats de la régie.",
        language="fr",
        nlp=nlp_fr,
    )
    [claim] = article.claims
    assert claim.speaker is not None
    assert claim.speaker.text == "les syndicats de la régie"
    assert claim.cue is not None
    assert claim.cue.lemma == "annoncer"
    assert [s.text for s in claim.content] == ["La grève continue"]
    assert claim.quote == "direct"


def test_text_and_offsets_are_unchanged(nlp_fr: Any) -> None:
    text = "« Rien n'est joué », estime-t-il.\n\n« C'est fini », dit Marc."
    doc = nlp_fr(text)
    assert doc.text == text
    assert [t.text for t in doc if t.text in "«»"] == ["«", "»", "«", "»"]
    assert all(t.is_quote for t in doc if t.text in "«»")


def test_accuse_frame_whose_object_is_all_content_has_no_target() -> None:
    """A parse where the object of an accuse verb is its whole content ("accuse
    d'injustice") gives a claim without a target instead of failing."""
    nlp = spacy.blank("fr")
    doc = Doc(
        nlp.vocab,
        words=["Le", "maire", "accuse", "d'", "injustice", "."],
        heads=[1, 2, 2, 4, 2, 2],
        deps=["det", "nsubj", "ROOT", "case", "obj", "punct"],
        pos=["DET", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"],
        lemmas=["le", "maire", "accuser", "de", "injustice", "."],
        spaces=[True, True, True, False, False, False],
    )
    [claim] = find_cue_claims(doc, cue_lexicon("fr"), lambda char: True)
    assert claim.target is None
    assert claim.stance == "accuse"
    assert [doc.text[s:e] for s, e in claim.content] == ["d'injustice"]


def test_quotation_config_survives_serialisation(nlp_fr: Any) -> None:
    from thinc.api import Config

    config = Config().from_str(nlp_fr.config.to_str())["components"]
    assert config["claimx_quotations"]["mark_features"]["«"] == '"'
    assert config["claimx_quotations"]["keep_sentences"] is True
    assert config["claimx_quotation_joins"]["label"] == "parataxis"
