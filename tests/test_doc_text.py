"""``doc_text`` keeps ``doc.text`` on the Doc once read (claimx._extensions)."""

from __future__ import annotations

from claimx._extensions import doc_text
from claimx.pipeline import load_pipeline

TEXT = "Vessa Marlow, the port's director, said on Monday that cranes would return.\n\nMore later."


def test_the_pipeline_keeps_the_text_it_read() -> None:
    nlp = load_pipeline("en")
    doc = nlp(TEXT)
    assert doc._.claimx_text == TEXT
    assert doc_text(doc) == doc.text == TEXT


def test_a_text_of_another_doc_is_read_again() -> None:
    nlp = load_pipeline("en")
    doc = nlp.make_doc(TEXT)
    doc._.claimx_text = "Vessa Marlow said so."  # e.g. user data copied from another Doc
    assert doc_text(doc) == TEXT
    assert doc._.claimx_text == TEXT


def test_an_empty_doc_has_an_empty_text() -> None:
    nlp = load_pipeline("en")
    assert doc_text(nlp.make_doc("")) == ""


def test_the_kept_text_is_the_one_the_extension_sets() -> None:
    """``doc_text`` reads the kept text from ``doc.user_data`` where spaCy stores the
    extension's value: a text of the right length set through ``doc._`` is returned as it
    is, not rebuilt from the tokens."""
    nlp = load_pipeline("en")
    doc = nlp.make_doc(TEXT)
    kept = "x" * len(TEXT)  # the right length: only a text set on the Doc can give it back
    doc._.claimx_text = kept
    assert doc_text(doc) == kept
