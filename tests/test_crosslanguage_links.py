"""One statement reported in English, French and German links into one cluster; statements of
different sources never share one (issue 12, item 3; the embedding backend).

The stories are invented (people, companies and places too); each is told by three short
reports, one per language, with the constructions of wire copy: an indirect statement with
"said/a annoncé/teilte ... mit", a direct quotation of a named person with a described role,
a second source saying something close to the first one's, and a denial.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import datetime, timezone

import pytest

import claimx
from claimx.linking import embeddings as emb
from claimx.linking.similarity import SAME_SPEAKER
from claimx.linking.speaker_mentions import compare_mentions, speaker_mention
from claimx.linking.speakers import SpeakerRelation
from claimx.models import Article, Claim, ClaimGraph

PUBLISHED = datetime(2026, 3, 2, tzinfo=timezone.utc)

STORIES: dict[str, dict[str, str]] = {
    "rail": {
        "en": """Floods close the Orvelle rail line

The rail operator Nordbahn Lines said on Monday that the line between Orvelle and Castagne would \
stay closed for ten days. "The tracks are under water in several places," the company's chief \
engineer, Tomas Verhulst, told reporters.

The farmers' union said that the line would remain closed for ten days. The mayor of Orvelle \
denied that the town had ignored the flood warnings.""",
        "fr": """Inondations : la ligne d'Orvelle fermée

L'exploitant ferroviaire Nordbahn Lines a annoncé lundi que la ligne entre Orvelle et Castagne \
resterait fermée pendant dix jours. « Les voies sont sous l'eau à plusieurs endroits », a déclaré \
aux journalistes l'ingénieur en chef de l'entreprise, Tomas Verhulst.

Le syndicat des agriculteurs a affirmé que la ligne resterait fermée dix jours. Le maire \
d'Orvelle a démenti que la ville ait ignoré les alertes de crue.""",
        "de": """Hochwasser legt Bahnstrecke bei Orvelle lahm

Der Bahnbetreiber Nordbahn Lines teilte am Montag mit, die Strecke zwischen Orvelle und Castagne \
bleibe zehn Tage lang gesperrt. „Die Gleise stehen an mehreren Stellen unter Wasser“, sagte der \
Chefingenieur des Unternehmens, Tomas Verhulst, vor Journalisten.

Der Bauernverband erklärte, die Strecke bleibe zehn Tage gesperrt. Der Bürgermeister von Orvelle \
bestritt, dass die Stadt die Hochwasserwarnungen ignoriert habe.""",
    },
    "leak": {
        "en": """Chemical leak at Lutzhafen plant

The fire brigade said on Thursday that the leak at the Brennick Chemicals plant in Lutzhafen had \
been contained. "We closed the valve within an hour," the plant manager, Jonas Ekberg, told \
reporters.

The environment agency said that toxic substances had reached the river. Brennick Chemicals \
denied that toxic substances had reached the river.""",
        "fr": """Fuite chimique à l'usine de Lutzhafen

Les pompiers ont annoncé jeudi que la fuite à l'usine de Brennick Chemicals à Lutzhafen avait \
été maîtrisée. « Nous avons fermé la vanne en moins d'une heure », a déclaré aux journalistes le \
directeur de l'usine, Jonas Ekberg.

L'agence de l'environnement a affirmé que des substances toxiques avaient atteint la rivière. \
Brennick Chemicals a démenti que des substances toxiques aient atteint la rivière.""",
        "de": """Chemieleck im Werk Lutzhafen

Die Feuerwehr teilte am Donnerstag mit, das Leck im Werk von Brennick Chemicals in Lutzhafen \
sei eingedämmt. „Wir haben das Ventil innerhalb einer Stunde geschlossen“, sagte der \
Werksleiter, Jonas Ekberg, vor Journalisten.

Die Umweltbehörde erklärte, giftige Stoffe hätten den Fluss erreicht. Brennick Chemicals \
bestritt, dass giftige Stoffe den Fluss erreicht hätten.""",
    },
    "museum": {
        "en": """Paintings stolen from the Kessling Museum

The Kessling Museum said on Sunday that 12 paintings had been stolen from its east wing. "The \
thieves came in through the roof," the police chief, Ruben Okafor, said.

The insurer Halvard Insurance denied that the alarm system had failed.""",
        "fr": """Des tableaux volés au musée Kessling

Le musée Kessling a annoncé dimanche que 14 tableaux avaient été volés dans son aile est. \
« Les voleurs sont entrés par le toit », a déclaré le chef de la police, Ruben Okafor.

L'assureur Halvard Insurance a démenti que le système d'alarme soit tombé en panne.""",
        "de": """Gemälde aus dem Kessling-Museum gestohlen

Das Kessling-Museum teilte am Sonntag mit, aus seinem Ostflügel seien 12 Gemälde gestohlen \
worden. „Die Diebe sind durch das Dach eingedrungen“, sagte der Polizeichef, Ruben Okafor.

Der Versicherer Halvard Insurance bestritt, dass die Alarmanlage ausgefallen sei.""",
    },
}

#: Each statement of a story by its source, told apart in each language by its content (the
#: test's own key, independent of what the extraction makes of the speaker).
Key = Callable[[Claim], bool]


def _starts(prefix: str) -> Key:
    return lambda c: c.content_text.lstrip("„“«» ").startswith(prefix)


def _has(word: str, stance: str | None = None) -> Key:
    return lambda c: word in c.content_text and (stance is None or c.stance == stance)


STATEMENTS: dict[str, dict[str, dict[str, Key]]] = {
    "rail": {
        "operator": {
            "en": _starts("the line between"),
            "fr": _starts("la ligne entre"),
            "de": _starts("die Strecke zwischen"),
        },
        "engineer": {"en": _has("tracks"), "fr": _has("voies"), "de": _has("Gleise")},
        "union": {
            "en": _starts("the line would"),
            "fr": _starts("la ligne resterait"),
            "de": _starts("die Strecke bleibe"),
        },
        "mayor": {"en": _has("warnings"), "fr": _has("alertes"), "de": _has("Hochwasser")},
    },
    "leak": {
        "brigade": {"en": _has("contained"), "fr": _has("maîtrisée"), "de": _has("eingedämmt")},
        "manager": {"en": _has("valve"), "fr": _has("vanne"), "de": _has("Ventil")},
        "agency": {
            "en": _has("toxic", "assert"),
            "fr": _has("toxiques", "assert"),
            "de": _has("giftige", "assert"),
        },
        "company": {
            "en": _has("toxic", "deny"),
            "fr": _has("toxiques", "deny"),
            "de": _has("giftige", "deny"),
        },
    },
    "museum": {
        "museum": {"en": _has("paintings"), "fr": _has("tableaux"), "de": _has("Gemälde")},
        "police": {"en": _has("thieves"), "fr": _has("voleurs"), "de": _has("Diebe")},
        "insurer": {"en": _has("alarm"), "fr": _has("alarme"), "de": _has("Alarmanlage")},
    },
}

#: Statements whose three reports agree in every detail (the museum's count differs in French).
AGREEING = [
    (story, source)
    for story, sources in STATEMENTS.items()
    for source in sources
    if (story, source) != ("museum", "museum")
]


@pytest.fixture(scope="module")
def parsed() -> dict[str, list[Article]]:
    return {
        story: [
            claimx.parse(text, language=lang, published=PUBLISHED, id=f"{story}-{lang}")
            for lang, text in reports.items()
        ]
        for story, reports in STORIES.items()
    }


@pytest.fixture(scope="module")
def graphs(parsed: dict[str, list[Article]]) -> dict[str, ClaimGraph]:
    return {story: claimx.link(articles) for story, articles in parsed.items()}


def _claim(articles: list[Article], story: str, source: str, lang: str) -> Claim:
    article = next(a for a in articles if a.language == lang)
    found = [c for c in article.claims if STATEMENTS[story][source][lang](c)]
    assert len(found) == 1, (story, source, lang, [c.content_text for c in article.claims])
    return found[0]


def _cluster_of(graph: ClaimGraph, article: str, claim: str) -> str | None:
    return next(
        (
            cl.id
            for cl in graph.clusters
            if any(m.article == article and m.claim == claim for m in cl.members)
        ),
        None,
    )


def _source_of(story: str, articles: list[Article], article: str, claim: str) -> str:
    a = next(x for x in articles if x.id == article)
    c = next(x for x in a.claims if x.id == claim)
    return next(s for s, keys in STATEMENTS[story].items() if keys[a.language](c))


def test_the_stories_are_in_three_languages(parsed: dict[str, list[Article]]) -> None:
    for articles in parsed.values():
        assert [a.language for a in articles] == ["en", "fr", "de"]


@pytest.mark.parametrize(("story", "source"), AGREEING)
def test_one_statement_in_three_languages_is_one_cluster(
    parsed: dict[str, list[Article]], graphs: dict[str, ClaimGraph], story: str, source: str
) -> None:
    articles = parsed[story]
    clusters = {
        _cluster_of(graphs[story], f"{story}-{lang}", _claim(articles, story, source, lang).id)
        for lang in ("en", "fr", "de")
    }
    assert None not in clusters
    assert len(clusters) == 1, clusters


@pytest.mark.parametrize("story", sorted(STORIES))
def test_no_cluster_mixes_two_sources(
    parsed: dict[str, list[Article]], graphs: dict[str, ClaimGraph], story: str
) -> None:
    for cluster in graphs[story].clusters:
        sources = {_source_of(story, parsed[story], m.article, m.claim) for m in cluster.members}
        assert len(sources) == 1, sources


@pytest.mark.parametrize(
    ("story", "first", "second"),
    [
        ("rail", "operator", "union"),  # the same closure announced by two sources
        ("leak", "agency", "company"),  # a claim and another source's denial of it
        ("leak", "brigade", "company"),
    ],
)
def test_different_sources_never_share_a_cluster_across_languages(
    parsed: dict[str, list[Article]],
    graphs: dict[str, ClaimGraph],
    story: str,
    first: str,
    second: str,
) -> None:
    articles = parsed[story]
    graph = graphs[story]
    for la, lb in itertools.permutations(("en", "fr", "de"), 2):
        a = _claim(articles, story, first, la)
        b = _claim(articles, story, second, lb)
        assert _cluster_of(graph, f"{story}-{la}", a.id) != _cluster_of(
            graph, f"{story}-{lb}", b.id
        )
        # a link may remain (the contents are translations), never as one source's
        for link in graph.links:
            if {link.a.claim, link.b.claim} == {a.id, b.id}:
                assert link.reasons.get("speaker", 0.0) < SAME_SPEAKER, link


def test_a_translated_quotation_is_scored_by_its_embedding(
    parsed: dict[str, list[Article]], graphs: dict[str, ClaimGraph]
) -> None:
    """Contents without a name or number were capped at the anchors' NO_ANCHORS (0.4)
    whatever their cosine; a direct quotation, or one source's statement, is scored by it."""
    from claimx.linking.anchors import NO_ANCHORS

    articles = parsed["rail"]
    en = _claim(articles, "rail", "engineer", "en")
    fr = _claim(articles, "rail", "engineer", "fr")
    assert en.quote == "direct"
    assert fr.quote == "direct"
    link = next(lk for lk in graphs["rail"].links if {lk.a.claim, lk.b.claim} == {en.id, fr.id})
    assert link.reasons["content"] > NO_ANCHORS
    denial = [_claim(articles, "rail", "mayor", lang).id for lang in ("en", "fr", "de")]
    contents = [
        lk.reasons["content"]
        for lk in graphs["rail"].links
        if lk.a.claim in denial and lk.b.claim in denial
    ]
    assert len(contents) == 3
    assert min(contents) > NO_ANCHORS, contents


def test_a_different_count_is_not_merged_as_agreement(
    parsed: dict[str, list[Article]], graphs: dict[str, ClaimGraph]
) -> None:
    """12 paintings in English and German, 14 in French: the two agreeing reports are one
    cluster; the French one joins it only with a number conflict (today it stays apart: the
    embedding backend reads disjoint numbers as two statements, see docs)."""
    articles = parsed["museum"]
    graph = graphs["museum"]
    ids = {lang: _claim(articles, "museum", "museum", lang).id for lang in ("en", "fr", "de")}
    en = _cluster_of(graph, "museum-en", ids["en"])
    assert en is not None
    assert en == _cluster_of(graph, "museum-de", ids["de"])
    if _cluster_of(graph, "museum-fr", ids["fr"]) == en:
        cluster = next(cl for cl in graph.clusters if cl.id == en)
        assert any(c.kind == "number" for c in cluster.conflicts)


@pytest.fixture(scope="module")
def cosine() -> Callable[[str, str], float]:
    return emb.Encoder().cosine


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # one person by name, whatever the role words around it
        (
            ("the ministry's spokeswoman, Lena Varga", "en"),
            ("die Sprecherin des Ministeriums, Lena Varga", "de"),
            SpeakerRelation.SAME,
        ),
        (("Frau Varga", "de"), ("Lena Varga", "fr"), SpeakerRelation.SAME),
        # a translated organisation and a translated description
        (
            ("The Coastal Fishermen's Guild", "en"),
            ("La guilde des pêcheurs côtiers", "fr"),
            SpeakerRelation.SAME,
        ),
        (("the harbour master", "en"), ("der Hafenmeister", "de"), SpeakerRelation.SAME),
        # two descriptions of two sources
        (("the harbour master", "en"), ("la guilde des pêcheurs", "fr"), SpeakerRelation.CONFLICT),
        # the same role, two people
        (
            ("the ministry's spokeswoman, Lena Varga", "en"),
            ("la porte-parole du ministère, Ines Rocha", "fr"),
            SpeakerRelation.CONFLICT,
        ),
        # a bare name against a description: its words say nothing about what it names
        (("Tessaro Foods", "en"), ("l'entreprise", "fr"), SpeakerRelation.UNKNOWN),
    ],
)
def test_compare_mentions(
    cosine: Callable[[str, str], float],
    a: tuple[str, str],
    b: tuple[str, str],
    relation: SpeakerRelation,
) -> None:
    ma, mb = speaker_mention(a[0], None, a[1]), speaker_mention(b[0], None, b[1])
    assert compare_mentions(ma, mb, cosine)[0] is relation
    assert compare_mentions(mb, ma, cosine)[0] is relation


def test_a_pronoun_is_compared_by_its_resolved_name(cosine: Callable[[str, str], float]) -> None:
    she = speaker_mention("elle", "Lena Varga", "fr")
    assert she.text == "Lena Varga"
    named = speaker_mention("Lena Varga", None, "en")
    assert compare_mentions(she, named, cosine)[0] is SpeakerRelation.SAME
    unresolved = speaker_mention("sie", None, "de")
    assert compare_mentions(unresolved, named, cosine)[0] is SpeakerRelation.UNKNOWN


def test_names_in_a_mention() -> None:
    assert speaker_mention("die Präsidentin des Verbands, Odile Marchetti", None, "de").names == (
        ("odile", "marchetti"),
    )
    # a German noun after a determiner, or alone, is no name
    assert speaker_mention("Der Verband der Transportarbeiter", None, "de").names == ()
    assert speaker_mention("Der Bahnbetreiber Nordbahn Lines", None, "de").names == (
        ("nordbahn", "lines"),
    )
    # a capitalised word after the first is a name where nouns are written in lower case
    assert speaker_mention("the shipping group Halvorsen", None, "en").names == (("halvorsen",),)
    assert speaker_mention("Industry experts", None, "en").names == ()
    french = speaker_mention("L'autorité portuaire", None, "fr")
    assert french.names == ()
    assert french.described


def test_one_language_keeps_the_word_based_comparison(parsed: dict[str, list[Article]]) -> None:
    articles = parsed["rail"]
    backend = emb.EmbeddingSimilarity()
    from claimx.linking.core import _features

    features, _ = _features(articles)
    backend.prepare(articles, features)
    english = [f for f in features if f.article == "rail-en"]
    french = [f for f in features if f.article == "rail-fr"]
    assert backend.speaker_comparison(english[0], english[1]) is None
    assert backend.speaker_comparison(english[0], french[0]) is not None
