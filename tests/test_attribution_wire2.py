"""English wire-copy constructions of issue 11 (second round), one invented sentence each.

The real English pipeline parses every sentence; people, places and organisations are
invented. Also checked: the PolNeAR scorer's univocal figures and its ``--docs`` slice (on
synthetic articles).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _bench import load_benchmark
from _claims import only, parse_en


def test_apposed_speaker_calls_the_accusations_absurd() -> None:
    """The issue's own shape: a speaker with an apposition characterises a statement."""
    claim = only(
        parse_en(
            "Mira Solberg, the sister of council leader Anders Solberg, called the charges "
            '"baseless" in March.'
        ),
        "call",
    )
    assert claim.speaker is not None
    assert claim.speaker.text == "Mira Solberg, the sister of council leader Anders Solberg"
    assert "the charges" in claim.content_text
    assert "baseless" in claim.content_text
    assert claim.stance == "deny"


# text, cue lemma, cue text, speaker, content
CASES = [
    (
        "Senator Ola Brandt also called for all port towns to publish their budgets.",
        "call",
        "also called for",
        "Senator Ola Brandt",
        "all port towns to publish their budgets",
    ),
    (
        "The union called on the harbour board to resign over the delays.",
        "call",
        "called on",
        "The union",
        "the harbour board to resign over the delays",
    ),
    (
        "Councillor Ines Marlow criticised the mayor's handling of the ferry strike.",
        "criticise",
        "criticised",
        "Councillor Ines Marlow",
        "the mayor's handling of the ferry strike",
    ),
    (
        "The two ministers discussed the fishing quota on Thursday.",
        "discuss",
        "discussed",
        "The two ministers",
        "the fishing quota",
    ),
    (
        "Trader Piet Osker talked about his plan for the old quay.",
        "talk",
        "talked about",
        "Trader Piet Osker",
        "his plan for the old quay",
    ),
    (
        "Most farmers see the new levy as a threat to small holdings.",
        "see",
        "see",
        "Most farmers",
        "the new levy",
    ),
    (
        "Former Governor Lena Hoff, for her part, is labelling the board's actions "
        "\u201ca reckless abuse of office.\u201d",
        "label",
        "is labelling",
        "Former Governor Lena Hoff",
        "a reckless abuse of office",
    ),
]


@pytest.mark.parametrize(("text", "lemma", "cue", "speaker", "content"), CASES)
def test_constructions(text: str, lemma: str, cue: str, speaker: str, content: str) -> None:
    claim = only(parse_en(text), lemma)
    assert claim.cue is not None
    assert claim.cue.text == cue
    assert claim.speaker is not None
    assert claim.speaker.text == speaker
    assert content in claim.content_text


def test_predication_with_as_keeps_the_predicate() -> None:
    claim = only(parse_en("Most farmers see the new levy as a threat to small holdings."), "see")
    assert "a threat to small holdings" in claim.content_text


def test_called_on_without_an_infinitive_is_a_visit() -> None:
    article = parse_en("The minister called on the flood victims in Dorne on Friday.")
    assert not [c for c in article.claims if c.cue is not None and c.cue.lemma == "call"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a time, an aside between dashes, a quotation mark between the phrase and the
        # infinitive: the asides stay out of the content
        (
            "Farm groups called on the ministry Tuesday to delay the new tariff.",
            "the ministry to delay the new tariff",
        ),
        (
            "The pact calls on every member - large or small - to cut its fishing quota.",
            "every member - large or small to cut its fishing quota",
        ),
        (
            'The union issued a notice calling on its members "to stay home on Friday."',
            "its members to stay home on Friday",
        ),
    ],
)
def test_called_on_with_an_infinitive_after_an_aside(text: str, content: str) -> None:
    assert only(parse_en(text), "call").content_text == content


polnear = load_benchmark("_polnear", "_polnear")

TEXT = "Rana Ost says she wants a new pier. Piers cost money.\n"


def test_univocal_figures_leave_out_claims_nested_in_a_gold_content() -> None:
    """PolNeAR gives a token one role in one attribution: a claim whose cue lies inside a
    gold content ("she wants ...") cannot be annotated, so the univocal figures do not count
    it against precision; a claim elsewhere still counts."""

    def span(phrase: str) -> tuple[int, int]:
        start = TEXT.index(phrase)
        return start, start + len(phrase)

    gold = polnear.GoldAttribution(
        ann_id="E1",
        source=(span("Rana Ost"),),
        cue=(span("says"),),
        content=(span("she wants a new pier"),),
    )
    doc = polnear.PolnearDoc(
        doc_id="x",
        text=TEXT,
        published=None,
        publisher="",
        annotator_file="x_0001.ann",
        gold=[gold],
    )
    outer = polnear.PolnearPrediction(
        source=gold.source, cue=gold.cue, content=(span("she wants a new pier"),)
    )
    nested = polnear.PolnearPrediction(
        source=(span("she"),), cue=(span("wants"),), content=(span("a new pier"),)
    )
    elsewhere = polnear.PolnearPrediction(
        source=(span("Piers"),), cue=(span("cost"),), content=(span("money"),)
    )
    ev = polnear.PolnearEval(doc, [outer, nested, elsewhere], ["verb in lexicon"])
    assert ev.nested == {1}
    result = polnear.score_polnear([ev])
    plain = result["overlap"]["content"]["precision"]
    univocal = result["univocal"]["overlap"]["content"]["precision"]
    assert result["nested_unaligned_predictions"] == 1
    assert univocal > plain
    assert univocal < 1.0  # the claim outside every gold content still counts
    assert result["univocal"]["overlap"]["content"]["recall"] == pytest.approx(
        result["overlap"]["content"]["recall"]
    )


def test_polnear_docs_slice(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    (folder / "text").mkdir(parents=True)
    (folder / "attributions").mkdir()
    for name in ("a", "b", "c"):
        (folder / "text" / f"{name}.txt").write_text("Ana Pell said it rained.\n", "utf-8")
        (folder / "attributions" / f"{name}_0001.ann").write_text("", "utf-8")
    names = [d.doc_id for d in polnear.iter_polnear(folder, None, slice(-2, None))]
    assert names == ["b", "c"]
    assert [d.doc_id for d in polnear.iter_polnear(folder, None, slice(0, 1))] == ["a"]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Officials said it was the harbour board, not the governor, who ordered the "
            "closure of the pier.",
            "it was the harbour board, not the governor, who ordered the closure of the pier",
        ),
        (
            "A spokeswoman said it was the pilots, not the airline, that had asked for the delay.",
            "it was the pilots, not the airline, that had asked for the delay",
        ),
    ],
)
def test_cleft_relative_clause_stays_in_the_content(sentence: str, content: str) -> None:
    """A cleft's relative clause carries what was said: it is not cut as a trailing aside."""
    assert only(parse_en(sentence), "say").content_text == content


def test_trailing_participle_aside_is_still_cut() -> None:
    """A comma-set participle commenting on the content is not part of it."""
    claim = only(
        parse_en(
            "The mayor said the ferry would resume in May, referring to repairs begun in winter."
        ),
        "say",
    )
    assert claim.content_text == "the ferry would resume in May"


def test_participle_after_a_comma_inside_a_closing_mark_is_cut() -> None:
    """American style puts the comma inside the closing quotation mark: a participle after
    it that the parser hung on the content's verb is still a comma-set aside (the speaker's
    next act), not part of the content."""
    article = parse_en(
        "The governor is insisting that she has “rebuilt the harbour,” claiming that she is "
        "responsible for the new jobs."
    )
    assert only(article, "insist").content_text == "she has “rebuilt the harbour,”"
    claiming = only(article, "claim")
    assert claiming.content_text == "she is responsible for the new jobs"
    assert claiming.speaker is not None
    assert claiming.speaker.text == "The governor"
    said = only(
        parse_en(
            "The minister said the plan “will cut waiting times in every hospital,” adding that "
            "nurses would get a raise."
        ),
        "say",
    )
    assert said.content_text == "the plan “will cut waiting times in every hospital,”"


def test_trailing_which_clause_describes_what_was_said() -> None:
    """A trailing relative clause on a named thing ("Ledgerly, which includes ...") stays
    in the content; one on a person ("..., who ...") is the writer's aside and is cut (one
    on a common noun too since issue 11's tenth round: tests/test_attribution_trim.py)."""
    article = parse_en(
        "The firm announced the launch of Ledgerly, which includes payroll and invoicing "
        "tools. Harlan Ostby said the ticket was led by Mira Dahl, who is joined on the ballot "
        "by Per Lund."
    )
    assert only(article, "announce").content_text == (
        "the launch of Ledgerly, which includes payroll and invoicing tools"
    )
    assert only(article, "say").content_text == "the ticket was led by Mira Dahl"
