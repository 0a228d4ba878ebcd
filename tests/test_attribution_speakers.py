"""Speaker resolution, time of claims, headlines and boilerplate on the real pipeline."""

from __future__ import annotations

import pytest

from claimx.models import Article, Claim


def _by_cue(article: Article, cue_word: str) -> Claim:
    found = [c for c in article.claims if c.cue and cue_word in c.cue.text]
    assert found, [(c.cue.text if c.cue else None, c.content_text) for c in article.claims]
    return found[-1]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "resolved", "through"),
    [
        (
            "Angela Merkel met reporters in Berlin on Monday. "
            "She said that the talks with the unions had failed.",
            "said",
            "She",
            "Angela Merkel",
            "Angela Merkel",
        ),
        (
            "The Defense Intelligence Agency published a long report on Tuesday. "
            "The agency said that the missiles had been made abroad.",
            "said",
            "The agency",
            "Defense Intelligence Agency",
            "Defense Intelligence Agency",
        ),
        (
            "“Prices will keep rising,” said Jane Doe, an analyst at Barclays. "
            "“Nobody can stop this trend this year,” adds the specialist.",
            "adds",
            "the specialist",
            "Jane Doe",
            "Jane Doe",
        ),
        (
            "“The bridge is unsafe,” the Transport Ministry said in a statement. "
            "“It must be closed at once,” according to the same source.",
            "according",
            "the same source",
            "Transport Ministry",
            "Transport Ministry",
        ),
        (
            "The Kremlin met officials from Berlin on Monday. "
            "It said that no troops had crossed the border.",
            "said",
            "It",
            "Kremlin",
            "Kremlin",
        ),
        (
            "John Smith praised Peter Brown at the meeting. “We will win this fight,” Smith said. "
            "He added that the union would strike.",
            "added",
            "He",
            "John Smith",
            "Smith",
        ),
        (
            "According to a report by the World Bank, growth is slowing in Asia. "
            "The report warns that exports will fall next year.",
            "warns",
            "The report",
            "World Bank",
            "World Bank",
        ),
        (
            "John Smith, the head of the dockers' union, said the strike would go on.",
            "said",
            "John Smith, the head of the dockers' union",
            "John Smith",
            None,
        ),
        (
            "According to a report by the World Health Organization, cases are rising fast.",
            "According",
            "a report by the World Health Organization",
            "World Health Organization",
            None,
        ),
    ],
)
def test_speaker_resolution(parse, text, cue, speaker, resolved, through) -> None:  # type: ignore[no-untyped-def]
    claim = _by_cue(parse(text), cue)
    assert claim.speaker is not None
    assert claim.speaker.text == speaker
    assert claim.speaker.resolved is not None
    assert resolved in claim.speaker.resolved
    assert claim.speaker.entity is not None
    if through is None:  # the speaker names the entity itself
        assert claim.speaker.resolved_from is None
    else:
        assert claim.speaker.resolved_from is not None
        assert through in claim.speaker.resolved_from.text


def test_generic_speaker_stays_unresolved(parse) -> None:  # type: ignore[no-untyped-def]
    claim = _by_cue(parse("Experts say the drought could last until next year."), "say")
    assert claim.speaker is not None
    assert claim.speaker.text == "Experts"
    assert claim.speaker.resolved is None
    assert claim.speaker.entity is None


def test_description_of_a_kind_takes_only_a_body_named_so(parse) -> None:  # type: ignore[no-untyped-def]
    # "the port authority" names a kind of body: never the last organisation quoted
    text = (
        "Harbor traffic resumed on Monday after a two-day strike by dock workers at Nordhaven. "
        "A spokesman for Meridian Shipping Inc. said its vessels had been delayed by 40 hours. "
        "The port authority said that all berths would be open again by Wednesday. "
        "The company added that no cargo had been lost."
    )
    article = parse(text)
    authority = _by_cue(article, "said")
    assert authority.speaker is not None
    assert authority.speaker.text == "The port authority"
    assert authority.speaker.resolved is None
    assert authority.speaker.entity is None
    company = _by_cue(article, "added")  # a bare "the company" still takes the nearest one
    assert company.speaker is not None
    assert company.speaker.resolved == "Meridian Shipping Inc."
    named = parse(
        "The Nordhaven Port Authority opened an inquiry. Kessler Freight said it was not told. "
        "The port authority said the inquiry would take a month."
    )
    inquiry = [c for c in named.claims if c.content_text.startswith("the inquiry")]
    assert len(inquiry) == 1
    assert inquiry[0].speaker is not None
    assert inquiry[0].speaker.resolved == "Nordhaven Port Authority"


def test_stated_and_time(parse) -> None:  # type: ignore[no-untyped-def]
    text = "The Kremlin said on Wednesday that the visit would take place in July."
    claim = _by_cue(parse(text, published="2024-05-30"), "said")
    assert claim.stated is not None
    assert claim.stated.text == "Wednesday"
    assert claim.time is not None
    assert claim.time.text == "July"


def test_stated_through_addressee_phrase(parse) -> None:  # type: ignore[no-untyped-def]
    text = "A new summit is being prepared, the Kremlin told Russian media in May."
    claim = _by_cue(parse(text, published="2024-05-30"), "told")
    assert claim.stated is not None
    assert claim.stated.text == "May"
    assert claim.time is None


def test_content_entities(parse) -> None:  # type: ignore[no-untyped-def]
    article = parse("The minister said that Germany and France had signed the treaty.")
    claim = _by_cue(article, "said")
    names = {e.name for e in article.entities if e.id in claim.entities}
    assert {"Germany", "France"} <= names


def test_headline_repeat_is_dropped_but_new_headline_claim_kept(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Prices will rise again, Bundesbank says\n\n"
        "Prices will rise again this year, the Bundesbank said on Friday in its monthly report."
    )
    article = parse(text)
    assert len(article.claims) == 1
    assert article.claims[0].paragraph == 1
    text2 = (
        "Ceasefire is holding, Kyiv says\n\n"
        "The weather in the capital was mild, the meteorological office said on Friday."
    )
    claims = parse(text2).claims
    assert [c.paragraph for c in claims] == [0, 1]


def test_boilerplate_is_never_extracted(parse) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Talks fail in Geneva\n\n"
        "The envoy said that the talks had failed after three days.\n\n"
        "source site-12"
    )
    article = parse(text)
    assert [c.content_text for c in article.claims] == ["the talks had failed after three days"]
    assert article.boilerplate


def test_paragraph_index_points_at_the_cue(parse) -> None:  # type: ignore[no-untyped-def]
    text = "First paragraph without any claim at all.\n\nThe envoy said that the talks had failed."
    article = parse(text)
    (claim,) = article.claims
    assert claim.paragraph is not None
    paragraph = article.paragraphs[claim.paragraph]
    assert claim.cue is not None
    assert paragraph.start <= claim.cue.start < paragraph.end


def test_doc_serialisation_and_multiprocess(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    texts = [
        "“The plan is a disaster,” the mayor said. “Nobody wants it.”",
        "According to the police, three people were injured in the attack.",
    ]
    docs = list(nlp.pipe(texts))
    restored = Doc(nlp.vocab).from_bytes(docs[0].to_bytes())
    assert restored._.claimx_claims == docs[0]._.claimx_claims
    assert docs[0]._.claimx_claims
    multi = list(nlp.pipe(texts, n_process=2))
    assert [d._.claimx_claims for d in multi] == [d._.claimx_claims for d in docs]


def test_unattributed_assertions_are_opt_in(nlp) -> None:  # type: ignore[no-untyped-def]
    from claimx.attribution import claims_from_doc, find_claims
    from claimx.pipeline import resolve_pipeline

    text = (
        "Storm hits the coast\n\n"
        "The storm destroyed two hundred houses on the coast. "
        "The mayor said that the town would be rebuilt."
    )
    doc = nlp(text)
    assert [d["kind"] for d in doc._.claimx_claims] == ["verb"]
    items = find_claims(doc, "en", unattributed=True)
    assert [d["kind"] for d in items] == ["unattributed", "verb"]
    doc._.claimx_claims = items
    claims = claims_from_doc(doc, "t", (), ())
    assert claims[0].speaker is None
    assert claims[0].cue is None
    assert claims[0].content_text == "The storm destroyed two hundred houses on the coast"
    # the component flag
    custom = resolve_pipeline("en")
    custom.add_pipe("claimx_paragraphs", first=True)
    for name in ("claimx_entities", "claimx_dates"):
        custom.add_pipe(name)
    custom.add_pipe("claimx_attribution", config={"unattributed": True})
    assert [d["kind"] for d in custom(text)._.claimx_claims] == ["unattributed", "verb"]
