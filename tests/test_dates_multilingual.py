"""Time expressions in Spanish, Italian and Dutch (shallow pipelines, lexicon patterns).

Each sentence is parsed with ``claimx.parse`` (the real blank pipeline of its language,
the real lexicon and normaliser) published on Friday 2024-05-31; the expression must be
found with exactly this extent, value and granularity.
"""

from __future__ import annotations

import functools

import pytest

import claimx
from claimx.models import Article

PUBLISHED = "2024-05-31"

CASES: list[tuple[str, str, str, str, str | None]] = [
    # language, sentence, expected text, value, granularity
    ("es", "Hoy el ministro presentó el plan.", "Hoy", "2024-05-31", "day"),
    ("es", "La fábrica cerró ayer por la crisis.", "ayer", "2024-05-30", "day"),
    ("es", "La empresa perdió dinero el año pasado.", "el año pasado", "2023", "year"),
    ("es", "Los precios subieron la semana pasada.", "la semana pasada", "2024-W21", "week"),
    ("es", "Las ventas caerán este mes, según el banco.", "este mes", "2024-05", "month"),
    ("es", "El acuerdo se firmó hace dos años.", "hace dos años", "2022", "year"),
    ("es", "Las obras empezaron en mayo.", "mayo", "2024-05", "month"),
    ("es", "El presidente viajó el lunes a Madrid.", "el lunes", "2024-05-27", "day"),
    (
        "es",
        "La ley se aprobó el 12 de octubre de 2005.",
        "el 12 de octubre de 2005",
        "2005-10-12",
        "day",
    ),
    ("es", "La huelga duró dos años.", "dos años", "P2Y", None),
    ("es", "El contrato vence en tres meses.", "tres meses", "P3M", None),
    ("es", "La banda triunfó en los años 90.", "los años 90", "199", "decade"),
    (
        "es",
        "Las ventas crecieron en el tercer trimestre del 2009.",
        "el tercer trimestre del 2009",
        "2009-Q3",
        "quarter",
    ),
    ("es", "El paro bajó durante los últimos tres años.", "los últimos tres años", "P3Y", None),
    ("es", "El informe se publica cada año.", "cada año", "P1Y", None),
    ("es", "La cifra se conocerá en septiembre de 2025.", "septiembre de 2025", "2025-09", "month"),
    ("it", "Oggi il governo ha approvato la legge.", "Oggi", "2024-05-31", "day"),
    ("it", "Il ministro ha parlato ieri a Roma.", "ieri", "2024-05-30", "day"),
    ("it", "L'anno scorso le vendite sono calate.", "L'anno scorso", "2023", "year"),
    (
        "it",
        "Il trattato è stato firmato il 12 ottobre 2005.",
        "il 12 ottobre 2005",
        "2005-10-12",
        "day",
    ),
    ("it", "Lunedì il sindaco ha incontrato i sindacati.", "Lunedì", "2024-05-27", "day"),
    ("it", "La crisi è cominciata due anni fa.", "due anni fa", "2022", "year"),
    ("it", "La settimana scorsa i prezzi sono saliti.", "La settimana scorsa", "2024-W21", "week"),
    ("it", "Lo sciopero è durato tre mesi.", "tre mesi", "P3M", None),
    ("it", "Era un gruppo famoso negli anni '80.", "anni '80", "198", "decade"),
    ("nl", "Vandaag maakte de minister het plan bekend.", "Vandaag", "2024-05-31", "day"),
    ("nl", "De fabriek sloot gisteren de deuren.", "gisteren", "2024-05-30", "day"),
    ("nl", "Vorig jaar daalde de omzet sterk.", "Vorig jaar", "2023", "year"),
    ("nl", "Vorige week stegen de prijzen.", "Vorige week", "2024-W21", "week"),
    ("nl", "Het verdrag werd op 12 oktober 2005 getekend.", "12 oktober 2005", "2005-10-12", "day"),
    ("nl", "De burgemeester sprak maandag met de bond.", "maandag", "2024-05-27", "day"),
    ("nl", "De staking begon twee jaar geleden.", "twee jaar geleden", "2022", "year"),
    ("nl", "De verbouwing duurde drie maanden.", "drie maanden", "P3M", None),
    (
        "nl",
        "De cijfers over het derde kwartaal van 2009 vielen tegen.",
        "derde kwartaal van 2009",
        "2009-Q3",
        "quarter",
    ),
]


@functools.cache
def _parsed(language: str, text: str) -> Article:
    return claimx.parse(text, language=language, published=PUBLISHED)


@pytest.mark.parametrize(("language", "text", "expected", "value", "granularity"), CASES)
def test_time_expression(
    language: str, text: str, expected: str, value: str, granularity: str | None
) -> None:
    article = _parsed(language, text)
    found = {d.text: d for d in article.dates}
    assert expected in found, f"{expected!r} not among {sorted(found)}"
    date = found[expected]
    assert date.value == value
    assert date.granularity == granularity
    assert article.text[date.start : date.end] == expected


@pytest.mark.parametrize(
    ("language", "text", "kinds"),
    [
        ("es", "El lunes 12 de octubre de 2005 firmó; lo repite cada año.", ["date", "set"]),
        ("it", "Ogni anno, dal 2009, i prezzi salgono per tre mesi.", ["set", "date", "duration"]),
        ("nl", "Jaarlijks, al vijf jaar, sinds vorige week.", ["set", "duration", "date"]),
    ],
)
def test_kinds_in_order(language: str, text: str, kinds: list[str]) -> None:
    assert [d.kind for d in _parsed(language, text).dates] == kinds


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El ministro habló con los sindicatos sobre el plan."),
        ("it", "Il ministro ha parlato con i sindacati del piano."),
        ("nl", "De minister sprak met de bonden over het plan."),
    ],
)
def test_no_time_expression(language: str, text: str) -> None:
    assert not _parsed(language, text).dates
