"""``tokens_with`` / ``tokens_lowered`` (claimx.text.tokens): the tokens a finder looks at,
read from one attribute array, the same as walking every token."""

from __future__ import annotations

from spacy.attrs import POS
from spacy.symbols import AUX, NOUN, VERB

from claimx.pipeline import load_pipeline
from claimx.text.tokens import tokens_lowered, tokens_with

TEXT = (
    "According to Ilse Varga, the ferry operator said in a statement that crossings "
    "would resume. Her promise to reopen the pier was, she added, firm."
)


def test_tokens_with_a_tag_are_those_of_a_walk() -> None:
    doc = load_pipeline("en")(TEXT)
    for tags in ((VERB, AUX), (NOUN,)):
        expected = [t.i for t in doc if t.pos in tags]
        assert expected, "the sentence has such tokens"
        assert [t.i for t in tokens_with(doc, POS, tags)] == expected


def test_tokens_lowered_match_the_lower_case_form() -> None:
    doc = load_pipeline("en")(TEXT)
    words = frozenset({"according", "in", "to"})
    assert [t.i for t in tokens_lowered(doc, words)] == [t.i for t in doc if t.lower_ in words]
    assert [t.text for t in tokens_lowered(doc, {"according"})] == ["According"]


def test_nothing_to_look_for_or_in() -> None:
    nlp = load_pipeline("en")
    assert tokens_lowered(nlp.make_doc(""), {"said"}) == []
    assert tokens_with(nlp(TEXT), POS, ()) == []
