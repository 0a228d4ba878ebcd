"""The cue and coreference data files: schema checks, and robustness of the extractor."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import get_args

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimx
from claimx.attribution.lexicon import coref_rules, cue_lexicon
from claimx.lexicons import load_data
from claimx.models import Stance

STANCES = set(get_args(Stance))
ROLES = {
    "subject", "clause", "open_clause", "object", "dative", "prep", "prep_object", "case",
    "inverted_subject", "relative", "inherit_subject", "adjoined", "negation", "speaker_drop",
    "complementizer", "auxiliary", "participle_of", "possessor", "noun_clause",
    "possessive_marker", "passive_subject", "agent", "predicate", "post_modifier",
    "noun_author", "particle", "aside", "adverbial", "adverb", "quoted_predicate",
    "noun_chain", "noun_modifier", "passive_inherit", "small_clause_subject", "conjunct",
    "coordinator", "cue_gap", "stray_subject", "loose_clause", "quote_gap", "copula_predicate",
}  # fmt: skip
SOURCES = {"clause", "object", "preps", "open_clause", "quote", "adjoined", "predication"}
KINDS = {
    "speech", "belief", "intention", "desire", "accusation", "denial", "naming", "judgment",
    "demand", "question", "admission", "endorsement", "warning",
}  # fmt: skip
ROOT = Path(__file__).resolve().parent.parent


def test_cue_file_schema() -> None:
    data = load_data("cues", "en.json")
    assert set(data["labels"]) == ROLES
    for name, frame in data["frames"].items():
        assert set(frame["content"]) <= SOURCES, name
    for lemma, verb in data["verbs"].items():
        assert verb["frame"] in data["frames"], lemma
        assert verb["stance"] in STANCES, lemma
        for key in ("negated", "future"):
            assert verb.get(key, "assert") in STANCES, lemma
    for table in ("nouns", "agent_nouns"):
        for lemma, noun in data.get(table, {}).items():
            stance = noun if isinstance(noun, str) else noun["stance"]
            assert stance in STANCES, lemma
            if not isinstance(noun, str) and noun["source"] == "oewn":
                assert noun["verb"] in data["verbs"], lemma
    assert set(data["negated_stance"]) <= STANCES
    assert set(data["negated_stance"].values()) <= STANCES
    for lemma, verb in data["verbs"].items():
        assert verb["source"] in ("claimx", "verbnet", "oewn"), lemma
        assert verb.get("kind", "speech") in KINDS, lemma
    assert all(verb in data["verbs"] for verb in data["forms"].values())
    lex = cue_lexicon("en")
    assert lex.verbs["deny"].stance == "deny"
    assert lex.verbs["confirm"].negated == "doubt"
    assert lex.verbs["comment"].negated == "no_comment"


def test_coref_file_schema() -> None:
    data = load_data("coref", "en.json")
    assert set(data["descriptions"]) <= set(data["label_classes"])
    rules = coref_rules("en")
    assert rules.descriptions["agency"] == "ORG"
    assert rules.descriptions["specialist"] == "PERSON"
    assert "PERSON" in rules.pronouns["she"]
    assert ("same", "source") in rules.same_source


WORDS = st.sampled_from(
    ["said", "told", "according", "to", "the", "minister", "“", "”", '"', "«", "»", "‘", "’",
     "he", "she", "that", "X", ",", ".", "\n\n", "accuses", "of", "denied", "Paris", "on",
     "Monday", "source", "site-3"]
)  # fmt: skip


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(WORDS, max_size=40))
def test_parse_never_raises_and_offsets_hold(nlp, words) -> None:  # type: ignore[no-untyped-def]
    text = " ".join(words)
    article = claimx.parse(text, nlp=nlp, language="en", id="fuzz")
    for claim in article.claims:
        assert claim.content
        for span in (*claim.content, claim.cue, claim.speaker, claim.target):
            if span is not None:
                assert text[span.start : span.end] == span.text


def test_cue_file_is_built_from_verbnet() -> None:
    """``scripts/build_cues.py --check``: en.json is what the script derives from VerbNet."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_cues.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def test_surface_forms_find_mislemmatised_cues() -> None:
    lex = cue_lexicon("en")
    assert lex.verb("hop", "hopes") is lex.verbs["hope"]  # the small model's lemma of "hopes"
    assert lex.verb("hop", "hoped") is lex.verbs["hope"]
    assert lex.verb("say", "said") is lex.verbs["say"]
    assert lex.verb("hop", "hop") is None
    assert lex.verbs["endorse"].kind == "endorsement"  # VerbNet allow-64.1
    assert "predication" in lex.verbs["brand"].frame.content  # VerbNet dub-29.3.2
