"""Shallow attribution for languages without a spaCy parser (sentences written for these
tests; none comes from a corpus)."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import get_args

import pytest

import claimx
from claimx.models import Article, Claim, Stance
from claimx.pipeline import load_pipeline
from claimx.shallow.component import SHALLOW_LABELS

SHALLOW = ("de", "es", "it", "nl", "ru", "uk")


def _claim(article: Article, cue: str | None, content_part: str) -> Claim:
    """The claim with this cue whose content contains ``content_part``."""
    found = [
        c
        for c in article.claims
        if (c.cue.text if c.cue else None) == cue and content_part in c.content_text
    ]
    assert found, [(c.cue, c.content_text) for c in article.claims]
    return found[0]


GERMAN = [
    # (text, speaker, cue, content)
    (
        "Der Innenminister sagte am Montag, die Lage an der Grenze sei unter Kontrolle.",
        "Der Innenminister",
        "sagte",
        "die Lage an der Grenze sei unter Kontrolle",
    ),
    (
        "Die Preise würden im Herbst weiter steigen, sagte die Ökonomin Anna Weber.",
        "die Ökonomin Anna Weber",
        "sagte",
        "Die Preise würden im Herbst weiter steigen",
    ),
    (
        "„Wir haben die Lage im Griff“, erklärte der Sprecher der Feuerwehr.",
        "der Sprecher der Feuerwehr",
        "erklärte",
        "„Wir haben die Lage im Griff“",
    ),
    (
        "Der Trainer betonte: »Die Mannschaft hat verdient gewonnen.«",
        "Der Trainer",
        "betonte",
        "»Die Mannschaft hat verdient gewonnen.«",
    ),
    (
        "Laut Polizei wurden bei dem Unfall drei Menschen verletzt.",
        "Polizei",
        "Laut",
        "wurden bei dem Unfall drei Menschen verletzt",
    ),
    (
        "Dem Bericht zufolge starben bei dem Sturm zwölf Menschen.",
        "Dem Bericht",
        "zufolge",
        "starben bei dem Sturm zwölf Menschen",
    ),
    (
        "Nach Angaben der Behörden wurden mehr als 40 Häuser zerstört.",
        "Angaben der Behörden",
        "Nach",
        "wurden mehr als 40 Häuser zerstört",
    ),
    (
        "Wie die Stadtverwaltung mitteilte, bleibt die Brücke bis Freitag gesperrt.",
        "die Stadtverwaltung",
        "mitteilte",
        "bleibt die Brücke bis Freitag gesperrt",
    ),
    (
        "Die Wirtschaft wachse wieder, so der Präsident der Notenbank.",
        "der Präsident der Notenbank",
        "so",
        "Die Wirtschaft wachse wieder",
    ),
    (
        "Die Regierung teilte am Dienstag mit, sie werde das Gesetz überarbeiten.",
        "Die Regierung",
        "teilte",
        "sie werde das Gesetz überarbeiten",
    ),
    (
        "Am Freitag sagte Bundeskanzlerin Maria Schmidt, man werde nicht nachgeben.",
        "Bundeskanzlerin Maria Schmidt",
        "sagte",
        "man werde nicht nachgeben",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), GERMAN)
def test_german_patterns(text: str, speaker: str, cue: str, content: str) -> None:
    article = claimx.parse(text)
    assert article.language == "de"
    claim = _claim(article, cue, content)
    assert claim.speaker is not None
    assert claim.speaker.text == speaker
    assert claim.content_text == content
    for span in (claim.speaker, claim.cue, *claim.content):
        assert span is not None
        assert text[span.start : span.end] == span.text


def test_german_article_has_shallow_diagnostic_quotes_and_entities() -> None:
    text = (
        "Regierung plant Steuerreform\n\n"
        "Der Finanzminister Peter Krause sagte am Montag in Berlin, die Steuern würden im "
        "kommenden Jahr sinken. „Wir entlasten die Familien“, sagte Krause. "
        "Die Reform solle Anfang 2026 in Kraft treten."
    )
    article = claimx.parse(text, published="2024-05-31")
    assert article.language == "de"
    codes = [d.code for d in article.diagnostics]
    assert codes.count("shallow-language") == 1
    direct = _claim(article, "sagte", "Wir entlasten")
    assert direct.quote == "direct"
    assert direct.content_text == "„Wir entlasten die Familien“"
    indirect = _claim(article, "sagte", "Steuern")
    assert indirect.quote == "indirect"
    assert indirect.content_text.endswith("sinken")  # no quotation mark of the next sentence
    # a reportative (Konjunktiv I) sentence continues the speaker's claim
    mood = _claim(article, None, "Reform solle")
    assert mood.speaker is not None
    assert mood.speaker.text == "Krause"
    people = {e.name: e for e in article.entities}
    assert "Peter Krause" in people
    assert people["Peter Krause"].label in SHALLOW_LABELS
    assert indirect.speaker is not None
    assert indirect.speaker.resolved == "Peter Krause"
    assert direct.speaker is not None
    assert direct.speaker.entity == people["Peter Krause"].id
    assert all(c.paragraph == 1 for c in article.claims)
    # dates: "am Montag" is when it was said, "im kommenden Jahr" what it is about
    assert indirect.stated is not None
    assert indirect.stated.text == "Montag"
    assert indirect.time is not None
    assert "kommenden Jahr" in indirect.time.text


def test_german_stance_from_cue_lexicon() -> None:
    article = claimx.parse("Der Konzern dementierte, dass Stellen abgebaut werden.")
    claim = _claim(article, "dementierte", "Stellen")
    assert claim.stance == "deny"


def test_german_separable_verb_needs_its_particle() -> None:
    # "sagte ... ab" (cancelled) is no statement; "sagte, ..." is
    article = claimx.parse("Der Verein sagte das Spiel am Sonntag wegen des Sturms ab.")
    assert article.claims == ()


OTHER = [
    (
        "es",
        "El ministro de Economía dijo que la inflación bajará este año.",
        "El ministro de Economía",
        "dijo",
        "la inflación bajará este año",
    ),
    (
        "es",
        "Según la policía, tres personas murieron en el accidente.",
        "la policía",
        "Según",
        "tres personas murieron en el accidente",
    ),
    (
        "it",
        "«Non alzeremo le tasse», ha dichiarato il presidente del Consiglio.",
        "il presidente del Consiglio",
        "ha dichiarato",
        "«Non alzeremo le tasse»",
    ),
    (
        "it",
        "Secondo la protezione civile, il fiume ha superato il livello di guardia.",
        "la protezione civile",
        "Secondo",
        "il fiume ha superato il livello di guardia",
    ),
    (
        "nl",
        "Volgens de politie zijn bij de brand drie mensen om het leven gekomen.",
        "de politie",
        "Volgens",
        "zijn bij de brand drie mensen om het leven gekomen",
    ),
    (
        "nl",
        "De burgemeester zei dat de straat maandag weer opengaat.",
        "De burgemeester",
        "zei",
        "de straat maandag weer opengaat",
    ),
    (
        "ru",
        "По словам представителя МВД, в результате аварии пострадали три человека.",
        "представителя МВД",
        "По словам",
        "в результате аварии пострадали три человека",
    ),
    (
        "ru",
        "Как сообщил губернатор области, пожар на складе полностью потушен.",
        "губернатор области",
        "сообщил",
        "пожар на складе полностью потушен",
    ),
    (
        "ru",
        "«Мы не будем повышать налоги», — сказал премьер-министр.",
        "премьер-министр",
        "сказал",
        "«Мы не будем повышать налоги»",
    ),
    (
        "uk",
        "За словами речника поліції, під час аварії постраждали троє людей.",
        "речника поліції",
        "За словами",
        "під час аварії постраждали троє людей",
    ),
    (
        "uk",
        "Як повідомив голова обласної адміністрації, пожежу на складі загасили.",
        "голова обласної адміністрації",
        "повідомив",
        "пожежу на складі загасили",
    ),
]


@pytest.mark.parametrize(("lang", "text", "speaker", "cue", "content"), OTHER)
def test_other_languages(lang: str, text: str, speaker: str, cue: str, content: str) -> None:
    article = claimx.parse(text, language=lang)
    assert article.language == lang
    codes = [d.code for d in article.diagnostics]  # no date given: "este año" stays open
    assert [c for c in codes if c != "no-publication-date"] == ["shallow-language"]
    claim = _claim(article, cue, content)
    assert claim.speaker is not None
    assert claim.speaker.text == speaker
    assert claim.content_text == content


@pytest.mark.parametrize(
    "text",
    [
        "The minister said taxes would fall.\n\nDer Minister sagte, die Steuern würden sinken."
        "\n\nМинистр заявил, что налоги снизятся.",
        "東京で会議が開かれた。「問題はない」と大臣は述べた。",
        "„Nicht geschlossen sagte er, ohne Ende",
        '»«„“ « » " sagte, laut zufolge , so',
        "Laut",
        "Wie",
    ],
)
def test_mixed_or_odd_text_does_not_crash(text: str) -> None:
    article = claimx.parse(text)
    assert article.text == text
    for claim in article.claims:
        for span in claim.content:
            assert text[span.start : span.end] == span.text


def test_mixed_language_text_is_processed_as_its_detected_language() -> None:
    text = (
        "Der Minister sagte am Freitag, die Steuern würden im nächsten Jahr sinken.\n\n"
        "The minister said taxes would fall."
    )
    article = claimx.parse(text)
    assert article.language == "de"
    assert any(c.cue is not None and c.cue.text == "sagte" for c in article.claims)


def test_shallow_doc_serialises_and_pipes() -> None:
    nlp = load_pipeline("de")
    texts = ["Laut Polizei ist die Straße gesperrt.", "Der Bürgermeister sagte, es gebe Hilfe."]
    docs = list(nlp.pipe(texts))
    assert [len(d._.claimx_claims) for d in docs] == [1, 1]
    restored = type(docs[0])(nlp.vocab).from_bytes(docs[0].to_bytes())
    assert restored._.claimx_claims == docs[0]._.claimx_claims


@pytest.mark.parametrize("lang", SHALLOW)
def test_lexicon_files_are_well_formed(lang: str) -> None:
    data = json.loads(files("claimx.data").joinpath("shallow", f"{lang}.json").read_text("utf-8"))
    assert data["language"] == lang
    stances = set(get_args(Stance))
    assert data["verbs"], "a lexicon needs reporting verbs"
    for verb in data["verbs"]:
        keys = {"lemma", "forms", "participles", "particle", "particle_word", "stance"}
        assert set(verb) <= keys | {"impersonal"}
        assert not verb.get("participles") or data.get("perfect_auxiliaries")
        assert verb["forms"]
        assert all(isinstance(f, str) and f.strip() for f in verb["forms"])
        assert verb.get("stance", "assert") in stances
    for source in data.get("sources", []):
        assert source["position"] in ("before", "after")
        assert source["tokens"]
        assert all(t == t.lower() for t in source["tokens"])
    for pair in data["quotes"]:
        assert len(pair) == 2
        assert all(len(mark) == 1 for mark in pair)
    for key, value in data.items():
        if isinstance(value, list) and value and isinstance(value[0], str):
            assert all(isinstance(v, str) and v for v in value), key


def test_parse_many_groups_shallow_and_full_languages() -> None:
    texts = [
        "Der Bürgermeister sagte am Dienstag, die Straße werde im Mai fertig.",
        "The mayor said on Tuesday that the road would be finished in May.",
        "Según el alcalde, la carretera estará lista en mayo.",
    ]
    articles = list(claimx.parse_many(texts))
    assert [a.language for a in articles] == ["de", "en", "es"]
    assert [a.text for a in articles] == texts
    shallow = ["shallow-language" in {d.code for d in a.diagnostics} for a in articles]
    assert shallow == [True, False, True]
    assert all(a.claims for a in articles)


SPEAKER_SHAPE = [
    # (lang, text, expected speaker text or None for no speaker, content part)
    (
        "nl",
        "Ten aanzien van de begroting zei hij dat de kosten zullen stijgen.",
        "hij",
        "de kosten zullen stijgen",
    ),
    (
        "nl",
        "De wethouder verklaarde en schreef herhaaldelijk dat de brug veilig is.",
        "De wethouder",
        "de brug veilig is",
    ),
    (
        "nl",
        "Er kwam kritiek van de oppositie, die zeiden dat de regering faalde.",
        None,
        "de regering faalde",
    ),
    (
        "es",
        "Tras la reunión dijo él que el acuerdo estaba cerca.",
        "él",
        "el acuerdo estaba cerca",
    ),
]


@pytest.mark.parametrize(("lang", "text", "speaker", "content"), SPEAKER_SHAPE)
def test_speaker_is_never_a_preposition_phrase_adverb_or_relative(
    lang: str, text: str, speaker: str | None, content: str
) -> None:
    article = claimx.parse(text, language=lang)
    speakers = [c.speaker.text if c.speaker else None for c in article.claims]
    assert all(
        s is None or s.split()[0].lower() not in ("ten", "tras", "herhaaldelijk", "die")
        for s in speakers
    ), speakers
    found = [c for c in article.claims if content in c.content_text]
    assert found, speakers
    assert (found[0].speaker.text if found[0].speaker else None) == speaker


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "nl",
            "Minister Jan Smit zei dat de begroting klopt. Volgens hem is er geen tekort.",
            "Minister Jan Smit",
        ),
        (
            "it",
            "Il ministro Marco Rossi ha detto che il bilancio è solido. Secondo lui non ci sono "
            "debiti nuovi.",
            "Il ministro Marco Rossi",
        ),
    ],
)
def test_object_pronoun_after_source_word_is_the_previous_speaker(
    lang: str, text: str, name: str
) -> None:
    article = claimx.parse(text, language=lang)
    source = [c for c in article.claims if c.cue and c.cue.text.lower() in ("volgens", "secondo")]
    assert source, [(c.speaker, c.cue) for c in article.claims]
    assert source[0].speaker is not None
    assert source[0].speaker.text == name


ROMANCE_AND_DUTCH = [
    # (lang, text, speaker or None, cue, content): compound tenses, adverbs, pro-drop,
    # coordinated verbs, "según dijo", infinitive contents, "het" + noun as a speaker
    (
        "it",
        "Il sindaco ha inoltre annunciato che la piscina comunale riaprirà a giugno.",
        "Il sindaco",
        "ha inoltre annunciato",
        "la piscina comunale riaprirà a giugno",
    ),
    (
        "es",
        "La empresa también negó que los despidos estuvieran previstos.",
        "La empresa",
        "negó",
        "los despidos estuvieran previstos",
    ),
    (
        "es",
        "La alcaldesa había advertido que el puente necesitaba obras urgentes.",
        "La alcaldesa",
        "había advertido",
        "el puente necesitaba obras urgentes",
    ),
    (
        "es",
        "Señaló además que el hospital contratará a cuarenta enfermeras.",
        None,
        "Señaló",
        "el hospital contratará a cuarenta enfermeras",
    ),
    (
        "it",
        "Ha aggiunto che il nuovo stadio sarà pronto entro due anni.",
        None,
        "Ha aggiunto",
        "il nuovo stadio sarà pronto entro due anni",
    ),
    (
        "it",
        "La società ha dichiarato di poter chiudere il bilancio in attivo.",
        "La società",
        "ha dichiarato",
        "poter chiudere il bilancio in attivo",
    ),
    (
        "es",
        "Los trenes nocturnos volverán en verano, según ha anunciado la compañía ferroviaria.",
        "la compañía ferroviaria",
        "ha anunciado",
        "Los trenes nocturnos volverán en verano",
    ),
    (
        "nl",
        "Het ziekenhuis zei dat de wachtlijsten korter worden.",
        "Het ziekenhuis",
        "zei",
        "de wachtlijsten korter worden",
    ),
    (
        "nl",
        "Op maandag zei het bedrijf dat er geen banen verdwijnen.",
        "het bedrijf",
        "zei",
        "er geen banen verdwijnen",
    ),
    (
        "nl",
        "De wethouder wilde geen details geven en zei dat het plan nog niet af is.",
        "De wethouder",
        "zei",
        "het plan nog niet af is",
    ),
    (
        "nl",
        "De gemeente heeft aangekondigd dat de markt naar het plein verhuist.",
        "De gemeente",
        "heeft aangekondigd",
        "de markt naar het plein verhuist",
    ),
]


@pytest.mark.parametrize(("lang", "text", "speaker", "cue", "content"), ROMANCE_AND_DUTCH)
def test_compound_adverb_pro_drop_and_coordinated_cues(
    lang: str, text: str, speaker: str | None, cue: str, content: str
) -> None:
    article = claimx.parse(text, language=lang)
    claim = _claim(article, cue, content)
    assert claim.content_text == content
    assert (claim.speaker.text if claim.speaker else None) == speaker


def test_source_clause_inside_a_sentence_leaves_both_sides_as_content() -> None:
    text = "La nueva línea de metro, según dijo, abrirá antes de las elecciones."
    article = claimx.parse(text, language="es")
    claim = _claim(article, "dijo", "abrirá antes de las elecciones")
    assert [s.text for s in claim.content] == [
        "La nueva línea de metro",
        "abrirá antes de las elecciones",
    ]
    assert claim.speaker is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no cue verb after según: "según" + noun phrase is the cue on its own
        (
            "El tiempo mejorará el fin de semana según los datos.",
            [("los datos", "según", "El tiempo mejorará el fin de semana")],
        ),
        # según + noun phrase, then a clause with its own cue verb: two claims
        (
            "Según fuentes del club, el entrenador dijo que seguirá.",
            [
                ("fuentes del club", "Según", "el entrenador dijo que seguirá"),
                ("el entrenador", "dijo", "seguirá"),
            ],
        ),
    ],
)
def test_segun_is_an_as_clause_only_right_before_its_verb(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    article = claimx.parse(text, language="es")
    found = [
        (c.speaker.text if c.speaker else None, c.cue.text if c.cue else None, c.content_text)
        for c in article.claims
    ]
    assert found == expected


def test_pro_drop_needs_a_content_clause_right_after_the_verb() -> None:
    # "Anunció ayer, ..., nuevas medidas": an object, not a reported clause
    text = "Anunció ayer, durante la rueda de prensa, nuevas medidas de ahorro."
    assert claimx.parse(text, language="es").claims == ()
    text = "Anunció ayer que habrá nuevas medidas de ahorro."
    (claim,) = claimx.parse(text, language="es").claims
    assert claim.speaker is None
    assert claim.content_text == "habrá nuevas medidas de ahorro"


@pytest.mark.parametrize(
    ("lang", "text", "own", "question"),
    [
        (
            "es",
            "El ayuntamiento aprobó ayer el presupuesto para el año próximo.\n\n"
            "La concejala dijo que habrá más parques. ¿Quién pagará las obras?",
            "El ayuntamiento aprobó ayer el presupuesto para el año próximo",
            "¿Quién pagará las obras",
        ),
        (
            "nl",
            "De gemeenteraad keurde gisteren de nieuwe begroting goed.\n\n"
            "De wethouder zei dat er meer parken komen. Wie betaalt de rekening?",
            "De gemeenteraad keurde gisteren de nieuwe begroting goed",
            "Wie betaalt de rekening",
        ),
    ],
)
def test_unattributed_sentences_in_shallow_languages(
    lang: str, text: str, own: str, question: str
) -> None:
    plain = claimx.parse(text, language=lang)
    assert [c.cue.text if c.cue else None for c in plain.claims] == [
        "dijo" if lang == "es" else "zei"
    ]
    full = claimx.parse(text, language=lang, unattributed=True)
    outlet = [c for c in full.claims if c.speaker is None and c.cue is None]
    assert [c.content_text for c in outlet] == [own]
    assert not any(question in c.content_text for c in full.claims)
    assert len(full.claims) == len(plain.claims) + 1
    for claim in full.claims:
        for span in claim.content:
            assert full.text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("lang", "text", "cue", "content"),
    [
        # the reported clause goes on after the quotation that opens it: the whole clause
        (
            "es",
            'El director dijo que "la fábrica sigue abierta" durante las obras de reforma.',
            "dijo",
            '"la fábrica sigue abierta" durante las obras de reforma',
        ),
        (
            "it",
            "Il sindaco ha detto che «la scuola resterà chiusa» fino alla fine di marzo.",
            "ha detto",
            "«la scuola resterà chiusa» fino alla fine di marzo",
        ),
        # a quotation followed by the sentence end stays the quotation alone
        (
            "es",
            'La ministra afirmó que "el acuerdo es histórico".',
            "afirmó",
            '"el acuerdo es histórico"',
        ),
    ],
)
def test_content_opening_with_a_quotation_covers_the_whole_clause(
    lang: str, text: str, cue: str, content: str
) -> None:
    claim = _claim(claimx.parse(text, language=lang), cue, content)
    assert claim.content_text == content


def test_straight_mark_before_a_space_closes_and_does_not_open() -> None:
    # a detokenised text with a stray closing mark: it must not open a quotation that runs
    # into the next sentence
    text = (
        'La portavoz dijo que "el servicio volverá mañana ". Los pasajeros esperaron '
        'durante horas en la estación. "Nadie nos informó", dijo un viajero.'
    )
    article = claimx.parse(text, language="es")
    assert not any(c.content_text.startswith('" ') for c in article.claims)
    assert not any(c.content_text.startswith('".') for c in article.claims)
    claim = _claim(article, "dijo", "Nadie nos informó")
    assert claim.speaker is not None
    assert claim.speaker.text == "un viajero"


def test_subject_after_a_complementizer_is_the_speaker() -> None:
    text = (
        "Las acciones cayeron un diez por ciento después de que la aerolínea anunciara que "
        "cancelará doscientos vuelos."
    )
    claim = _claim(claimx.parse(text, language="es"), "anunciara", "cancelará doscientos vuelos")
    assert claim.speaker is not None
    assert claim.speaker.text == "la aerolínea"
