"""Entity cleaning and within-article chaining, on the real English pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from _seeds import seed_text
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Span

from claimx.entities.mentions import NAME_LABELS, clean_entity_spans, entities_from_doc
from claimx.models import Entity

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seed_entities(nlp: Any) -> dict[str, tuple[Entity, ...]]:
    return {p: entities_from_doc(nlp(seed_text(p))) for p in ("000", "001")}


def _ents(nlp: Any, text: str) -> tuple[Entity, ...]:
    return entities_from_doc(nlp(text))


def _by_mention(entities: tuple[Entity, ...], text: str) -> Entity:
    for e in entities:
        if any(m.text == text for m in e.mentions):
            return e
    raise AssertionError(f"no entity has a mention {text!r}: {[e.name for e in entities]}")


# ------------------------------------------------------------------ seeds


@pytest.mark.parametrize("prefix", ["000", "001"])
def test_seed_dia_is_one_entity(seed_entities: dict[str, tuple[Entity, ...]], prefix: str) -> None:
    ents = seed_entities[prefix]
    dia = _by_mention(ents, "DIA")
    assert dia is _by_mention(ents, dia.name)
    assert dia.name.endswith("Defense Intelligence Agency")
    assert dia.label == "ORG"


@pytest.mark.parametrize("prefix", ["000", "001"])
def test_seed_offsets_no_newlines_no_junk(
    nlp: Any, seed_entities: dict[str, tuple[Entity, ...]], prefix: str
) -> None:
    text = seed_text(prefix)
    ents = seed_entities[prefix]
    assert [e.id for e in ents] == [f"e{i}" for i in range(1, len(ents) + 1)]
    firsts = [e.mentions[0].start for e in ents]
    assert firsts == sorted(firsts)
    for e in ents:
        assert e.label in NAME_LABELS
        assert "\n" not in e.name
        for m in e.mentions:
            assert text[m.start : m.end] == m.text
            assert "\n" not in m.text
            assert not m.text.lower().startswith("the ")
            assert not m.text.endswith(("’s", "'s"))
        assert list(e.mentions) == sorted(e.mentions, key=lambda m: m.start)
    names = {e.name for e in ents}
    assert "Debris" not in names
    # no mention inside the boilerplate footer
    footer = text.rstrip().rsplit("\n", 1)[-1]
    footer_start = text.rstrip().rfind(footer)
    assert all(m.start < footer_start for e in ents for m in e.mentions)


def test_seed_possessive_trimmed(seed_entities: dict[str, tuple[Entity, ...]]) -> None:
    text = seed_text("001")
    start = text.index("Kim Yo Jong’s")
    kyj = _by_mention(seed_entities["001"], "Kim Yo Jong")
    assert any(m.start == start and m.text == "Kim Yo Jong" for m in kyj.mentions)
    assert kyj.name == "Kim Yo Jong"


def test_seed_kims(seed_entities: dict[str, tuple[Entity, ...]]) -> None:
    ents = seed_entities["001"]
    people = {e.name for e in ents if e.label == "PERSON"}
    assert {"Kim Yo Jong", "Kim Jong Un", "Soo Kim", "Vladimir Putin"} <= people
    putin = _by_mention(ents, "Putin")
    assert putin.name == "Vladimir Putin"
    # 000: "Kim" alone, before and after the only full name "Kim Jong Un"
    kim = _by_mention(seed_entities["000"], "Kim")
    assert kim.name == "Kim Jong Un"
    assert len(kim.mentions) >= 5


def test_seed_department_of_defense_trimmed(
    seed_entities: dict[str, tuple[Entity, ...]],
) -> None:
    dod = _by_mention(seed_entities["000"], "US Department of Defense")
    assert dod.name == "US Department of Defense"


# ------------------------------------------------------------------ rules


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("The statement by Kim Yo Jong’s office was issued on Friday.", "Kim Yo Jong", None),
        ("The statement by Kim Yo Jong's office was issued on Friday.", "Kim Yo Jong", None),
        ("A report by the US Department of Defense said so.", "US Department of Defense", None),
        ("He said President Joe Biden would travel to Paris.", "Joe Biden", None),
        (
            "Officials at the Defense Intelligence Agency (DIA) said the DIA agreed.",
            "DIA",
            "Defense Intelligence Agency",
        ),
        (
            "The North Atlantic Treaty Organization met on Monday. Later NATO said it would act.",
            "NATO",
            "North Atlantic Treaty Organization",
        ),
        (
            "Vladimir Putin met officials in Moscow. Later Putin said he was pleased.",
            "Putin",
            "Vladimir Putin",
        ),
        (
            "Prime Minister Rishi Sunak spoke in London. Sunak said he was confident.",
            "Sunak",
            "Rishi Sunak",
        ),
    ],
)
def test_cleaning_and_chaining_rules(nlp: Any, text: str, mention: str, name: str | None) -> None:
    ents = _ents(nlp, text)
    e = _by_mention(ents, mention)
    assert e.name == (name or mention)
    for ent in ents:
        for m in ent.mentions:
            assert text[m.start : m.end] == m.text


def test_shared_surname_goes_to_most_recent_full_name(nlp: Any) -> None:
    text = (
        "North Korean leader Kim Jong Un inspected a factory on Monday. "
        "His sister Kim Yo Jong issued a statement on Tuesday. "
        "Kim said the claims were absurd. "
        "Analyst Soo Kim said the tests were a signal. "
        "Kim added that more tests were likely."
    )
    ents = _ents(nlp, text)
    kims = [m for e in ents for m in e.mentions if m.text == "Kim"]
    assert len(kims) == 2
    first = next(e for e in ents if kims[0] in e.mentions)
    second = next(e for e in ents if kims[1] in e.mentions)
    assert first.name == "Kim Yo Jong"
    assert second.name == "Soo Kim"
    assert _by_mention(ents, "Kim Jong Un").mentions == (
        next(m for e in ents for m in e.mentions if m.text == "Kim Jong Un"),
    )


def test_entity_never_crosses_newline(nlp: Any) -> None:
    text = "Troops left Ukraine\n\nDebris was found near the border by Polish officials."
    doc = nlp(text)
    # force an entity across the paragraph break, as the tagger sometimes produces
    start = next(t.i for t in doc if t.text == "Ukraine")
    doc.ents = [Span(doc, start, start + 3, label="GPE")]
    names, _ = clean_entity_spans(doc)
    assert names[0].text == "Ukraine"
    assert all("\n" not in s.text for s in names)
    assert all("\n" not in e.name for e in _ents(nlp, text))


def test_sentence_initial_common_noun_is_not_a_person(nlp: Any) -> None:
    doc = nlp("The team left. Debris from the missiles was found near the border.")
    debris = next(t for t in doc if t.text == "Debris")
    assert debris.pos_ == "NOUN"
    assert debris.is_sent_start
    doc.ents = [Span(doc, debris.i, debris.i + 1, label="PERSON")]
    names, _ = clean_entity_spans(doc)
    assert names == []


def test_lowercase_and_numeric_entities_dropped(nlp: Any) -> None:
    doc = nlp("the officials said 2024 was hard for the ministry in May.")
    doc.ents = [
        Span(doc, 1, 2, label="ORG"),  # "officials"
        Span(doc, 3, 4, label="GPE"),  # "2024"
    ]
    names, _ = clean_entity_spans(doc)
    assert names == []


def test_boilerplate_entities_skipped(nlp: Any) -> None:
    text = (
        "Share on Facebook\n\n"
        "The minister met Olaf Scholz in Berlin on Monday, officials said.\n\n"
        "Scholz said the talks had gone well."
    )
    doc = nlp(text)
    assert any(s.label_ == "boilerplate" for s in doc.spans["claimx_paragraphs"])
    ents = entities_from_doc(doc)
    assert all(m.start > text.index("\n") for e in ents for m in e.mentions)
    assert _by_mention(ents, "Scholz").name == "Olaf Scholz"


def test_component_spans_carry_entity_ids_and_keep_dates(nlp: Any) -> None:
    text = "Vladimir Putin visited Pyongyang on Tuesday. Putin met Kim Jong Un there."
    doc = nlp(text)
    ents = entities_from_doc(doc)
    spans = doc.spans["claimx_entities"]
    assert len(spans) == sum(len(e.mentions) for e in ents)
    for span in spans:
        entity = next(e for e in ents if e.id == span.id_)
        assert any(m.start == span.start_char and m.end == span.end_char for m in entity.mentions)
    assert "DATE" in {e.label_ for e in doc.ents}
    assert {s.label_ for s in spans} <= NAME_LABELS


def test_deterministic(nlp: Any) -> None:
    text = "The Kremlin said Vladimir Putin would meet Xi Jinping. Putin and Xi spoke."
    assert _ents(nlp, text) == _ents(nlp, text)


def test_spans_survive_serialisation(nlp: Any) -> None:
    from spacy.tokens import Doc

    doc = nlp("The Defense Intelligence Agency (DIA) said on Monday that the DIA was sure.")
    copy = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [(s.text, s.id_) for s in copy.spans["claimx_entities"]] == [
        (s.text, s.id_) for s in doc.spans["claimx_entities"]
    ]
    assert entities_from_doc(copy) == entities_from_doc(doc)


_WORDS = [
    "Kim",
    "Jong",
    "Un",
    "the",
    "US",
    "DIA",
    "Moscow",
    "’s",
    "said",
    "(",
    ")",
    "\n\n",
    "Defense",
    "Agency",
    "North",
    "Korea",
    ".",
    '"',
    "Putin",
    "Vladimir",
    "and",
]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30))
def test_offsets_always_slice_to_text(nlp: Any, words: list[str]) -> None:
    text = " ".join(words)
    ents = entities_from_doc(nlp(text))
    assert [e.id for e in ents] == [f"e{i}" for i in range(1, len(ents) + 1)]
    for e in ents:
        assert e.mentions
        for m in e.mentions:
            assert text[m.start : m.end] == m.text
            assert "\n" not in m.text
            assert m.text.strip() == m.text


def test_one_word_person_used_as_common_word_is_dropped(nlp: Any) -> None:
    doc = nlp("Officials said the library was closed. They met at the Library on Monday.")
    lib = next(t.i for t in doc if t.text == "Library")
    doc.ents = [Span(doc, lib, lib + 1, label="PERSON")]
    names, _ = clean_entity_spans(doc)
    assert names == []
    # a surname the article never writes in lower case stays
    doc = nlp("Officials said the library was closed. They met Putin on Monday.")
    putin = next(t.i for t in doc if t.text == "Putin")
    doc.ents = [Span(doc, putin, putin + 1, label="PERSON")]
    assert [s.text for s in clean_entity_spans(doc)[0]] == ["Putin"]


def test_breaks_found_from_the_text_are_the_token_breaks() -> None:
    """An entity whose text holds no line feed, bracket or extra whitespace is kept whole
    without reading its tokens; every other one is cut at its break tokens as before:
    both ways give the same pieces for every token range of texts with odd whitespace."""
    from claimx._extensions import doc_text
    from claimx.entities.mentions import _split_at_breaks, _token_pieces
    from claimx.pipeline import load_pipeline

    nlp = load_pipeline("en")
    texts = [
        "Port  Halden Gazette (PHG) said\tthat\u00a0Ms. Orvin [of\nBrackwater] {x}  left.",
        "  Lead space.  And\r\nline ends and \u2009thin  space. End ",
    ]
    cut = 0
    for text in texts:
        doc = nlp.make_doc(text)
        for i in range(len(doc)):
            for j in range(i + 1, min(len(doc), i + 7) + 1):
                pieces = _split_at_breaks(doc[i:j], doc_text(doc))
                assert pieces == _token_pieces(doc[i:j]), doc[i:j].text
                cut += pieces != [(i, j)]
    assert cut > 0, "some ranges hold a break"
