"""English wire-copy constructions of issue 11 (third round), one invented sentence each.

The real English pipeline parses every sentence; people, places and organisations are
invented.
"""

from __future__ import annotations

import pytest

import claimx
from claimx.models import Article, Claim

PUBLISHED = "2025-06-02"


def _parse(text: str) -> Article:
    return claimx.parse(text, language="en", published=PUBLISHED)


def _with_lemma(article: Article, lemma: str) -> list[Claim]:
    return [c for c in article.claims if c.cue is not None and c.cue.lemma == lemma]


def _one(article: Article, lemma: str) -> Claim:
    found = _with_lemma(article, lemma)
    assert len(found) == 1, [(c.speaker, c.cue, c.content_text) for c in article.claims]
    return found[0]


# text, cue lemma, speaker, content: the object of a desire or intention verb is the claim
DESIRES = [
    (
        "Most fishermen in Dorrow want a new harbour wall.",
        "want",
        "Most fishermen in Dorrow",
        "a new harbour wall",
    ),
    (
        "Councillor Hana Vesk promised a recount of the ballots.",
        "promise",
        "Councillor Hana Vesk",
        "a recount of the ballots",
    ),
    (
        "Younger members of the guild prefer Elsa Marrow.",
        "prefer",
        "Younger members of the guild",
        "Elsa Marrow",
    ),
]


@pytest.mark.parametrize(("text", "lemma", "speaker", "content"), DESIRES)
def test_object_of_a_desire_verb(text: str, lemma: str, speaker: str, content: str) -> None:
    claim = _one(_parse(text), lemma)
    assert claim.speaker is not None
    assert claim.speaker.text == speaker
    assert claim.content_text == content
    assert claim.stance == "predict"


@pytest.mark.parametrize(
    "text",
    [
        "The new ferry promises shorter crossings to the islands.",  # a thing promises
        "The mayor needs sixty votes to pass the harbour budget.",  # need: no desire verb
        "Councillor Hana Vesk promised Sunday to publish the accounts.",  # a date object
    ],
)
def test_no_object_claim(text: str) -> None:
    article = _parse(text)
    for claim in article.claims:
        assert claim.content_text not in {
            "shorter crossings to the islands",
            "sixty votes",
            "Sunday",
        }


# text, cue lemma, cue text, content spans (no speaker)
EVIDENTIALS = [
    (
        "The harbour workers seem like a united group again.",
        "seem",
        "seem",
        ["The harbour workers", "like a united group"],
    ),
    (
        "The harbour workers seemed ready to end their strike.",
        "seem",
        "seemed",
        ["The harbour workers", "ready to end their strike"],
    ),
    (
        "Mayor Ivo Tamsin appears to have dropped his plan for a toll bridge.",
        "appear",
        "appears",
        ["Mayor Ivo Tamsin", "to have dropped his plan for a toll bridge"],
    ),
    (
        "It appears that the ferry company will raise its fares in spring.",
        "appear",
        "appears",
        ["the ferry company will raise its fares in spring"],
    ),
    (
        "The Dorrow port authority is reportedly planning a second terminal.",
        "reportedly",
        "reportedly",
        ["The Dorrow port authority is", "planning a second terminal"],
    ),
]


@pytest.mark.parametrize(("text", "lemma", "cue", "content"), EVIDENTIALS)
def test_evidential_report_has_no_speaker(
    text: str, lemma: str, cue: str, content: list[str]
) -> None:
    claim = _one(_parse(text), lemma)
    assert claim.speaker is None
    assert claim.cue is not None
    assert claim.cue.text == cue
    assert [s.text for s in claim.content] == content
    assert claim.stance == "assert"


def test_negated_evidential_is_doubt() -> None:
    claim = _one(_parse("The dock owners did not seem worried about the storm."), "seem")
    assert claim.speaker is None
    assert claim.stance == "doubt"


@pytest.mark.parametrize(
    "text",
    [
        "The new pump appears to run an older version of the software.",  # a thing
        pytest.param(
            "The new scanner appears to run an older version of the software.",
            marks=pytest.mark.xfail(
                strict=True,
                reason="OEWN's first sense of 'scanner' is a person (someone who scans), so "
                "attitude_nouns takes the device for a holder",
            ),
        ),
        "Mayor Ivo Tamsin appeared on local radio on Tuesday.",  # no complement
    ],
)
def test_no_evidential_claim(text: str) -> None:
    assert _with_lemma(_parse(text), "appear") == []


def test_evidential_inside_a_report_belongs_to_the_report() -> None:
    article = _parse("A union official said the harbour board was reportedly close to a deal.")
    assert _with_lemma(article, "reportedly") == []
    said = _one(article, "say")
    assert said.speaker is not None
    assert said.speaker.text == "A union official"


@pytest.mark.parametrize(
    ("text", "lemma", "content"),
    [
        (
            "Asked where the fleet would winter, the skipper paused. “Harlow,” he answered.",
            "answer",
            "Harlow",
        ),
        ("The crowd outside the dock gates chanted “Open up!”", "chant", "Open up!"),
    ],
)
def test_short_quotation_beside_a_cue(text: str, lemma: str, content: str) -> None:
    claim = _one(_parse(text), lemma)
    assert claim.content_text == content
    assert claim.quote == "direct"


def test_short_scare_quote_is_no_claim() -> None:
    article = _parse("The council's “reform” of the harbour fees angered the fishermen.")
    assert article.claims == ()


def test_title_case_colon_headline_without_entity() -> None:
    article = _parse(
        "Survey: Most Islanders Back the New Ferry Plan\n\n"
        "A survey of island households was published on Monday by the harbour board."
    )
    claim = _one(article, ":")
    assert claim.speaker is not None
    assert claim.speaker.text == "Survey"
    assert claim.content_text == "Most Islanders Back the New Ferry Plan"


def test_news_rubric_before_a_colon_is_no_speaker() -> None:
    article = _parse(
        "The Latest: Ferry Crews Vote on a New Contract\n\n"
        "Crews of the island ferries voted on Monday on the contract the board offered."
    )
    assert _with_lemma(article, ":") == []


_BODY = (
    "\n\nThe ferry board met on Monday. Mayor Ola Brandt and Councillor Hana Vesk met Ida Lund "
    "and the harbour union chief Piet Osker."
)


@pytest.mark.parametrize(
    ("headline", "lemma", "speaker", "content"),
    [
        (
            "Councillor Vesk Endorses Ida Lund For Harbour Seat.",
            "endorse",
            "Councillor Vesk",
            "Ida Lund",
        ),
        (
            "Ferry Board Member Blames Storm For Missed Crossings.",
            "blame",
            "Ferry Board Member",
            "Missed Crossings",
        ),
        (
            "Island Council Urges Ferry Board To Cut Fares.",
            "urge",
            "Island Council",
            "To Cut Fares",
        ),
    ],
)
def test_title_case_headline_is_read_in_the_body_case(
    headline: str, lemma: str, speaker: str, content: str
) -> None:
    article = _parse(headline + _BODY)
    claim = _one(article, lemma)
    assert claim.paragraph == 0
    assert claim.speaker is not None
    assert claim.speaker.text == speaker
    assert claim.content_text == content
    for span in (claim.speaker, claim.cue, *claim.content):
        assert span is not None
        assert article.text[span.start : span.end] == span.text


def test_truecased_copy_keeps_names_and_length() -> None:
    from claimx.attribution.headline import truecased

    headline = "Mayor Ola Brandt Slams GOP Plan For Ferry Fares"
    # a word the body writes capitalised more often than not is a name ("Fares" opening its
    # only sentence would be one), so the body writes the fares in lower case
    body = "The plan was tabled by Ola Brandt on Monday. The ferry fares rose."
    copy = truecased(headline, body)
    assert copy == "Mayor Ola Brandt slams GOP plan for ferry fares"
    assert copy is not None
    assert len(copy) == len(headline)
    assert truecased("Mayor slams the plan for ferry fares", body) is None  # not title case


def test_noun_phrase_content_leaves_out_a_trailing_apposition() -> None:
    claim = _one(
        _parse("The dockers' union endorsed the mayor of Dorrow, a former ferry captain."),
        "endorse",
    )
    assert claim.content_text == "the mayor of Dorrow"


def test_noun_phrase_content_keeps_a_trailing_name() -> None:
    # a name in apposition says who the object is: it is part of what was announced
    claim = _one(
        _parse("The governor announced his pick for harbour commissioner, Ilse Varga."),
        "announce",
    )
    assert claim.content_text == "his pick for harbour commissioner, Ilse Varga"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The harbour master was asked if the docks would close before the storm.",
            "was asked",
            "if the docks would close before the storm",  # a question keeps "if"
        ),
        (
            "Asked whether he would stand again, Mayor Ola Brandt laughed.",
            "Asked",
            "whether he would stand again",
        ),
        (
            "The skipper looked tired when asked about the missing crates.",
            "asked about",
            "the missing crates",
        ),
    ],
)
def test_question_put_by_nobody_named(text: str, cue: str, content: str) -> None:
    claim = _one(_parse(text), "ask")
    assert claim.speaker is None
    assert claim.cue is not None
    assert claim.cue.text == cue
    assert claim.content_text == content


def test_question_with_an_asker_keeps_the_asker() -> None:
    claim = _one(_parse("Councillor Hana Vesk asked whether the docks would close."), "ask")
    assert claim.speaker is not None
    assert claim.speaker.text == "Councillor Hana Vesk"


def test_quoted_as_saying_in_the_passive() -> None:
    claim = _one(
        _parse("Mayor Ola Brandt was quoted as saying that the ferry would run again in May."),
        "say",
    )
    assert claim.speaker is not None
    assert claim.speaker.text == "Mayor Ola Brandt"
    assert claim.content_text == "the ferry would run again in May"


@pytest.mark.parametrize(
    ("text", "lemma", "content", "stance"),
    [
        (
            "The harbour union refused to sign the new contract.",
            "refuse",
            "to sign the new contract",
            "deny",
        ),
        (
            "The skipper declined to comment on the sale of the boat.",
            "decline",
            "to comment on the sale of the boat",
            "no_comment",
        ),
    ],
)
def test_refusal_to_act_is_a_denial(text: str, lemma: str, content: str, stance: str) -> None:
    claim = _one(_parse(text), lemma)
    assert claim.content_text == content
    assert claim.stance == stance


def test_person_pronoun_object_is_content_but_it_is_not() -> None:
    article = _parse(
        "Mayor Ola Brandt praised them for their work. The council criticised it on Monday."
    )
    assert _one(article, "praise").content_text.startswith("them")
    assert _with_lemma(article, "criticise") == []


def test_indirect_question_after_an_asker() -> None:
    claim = _one(
        _parse("The radio host asked if the mayor had been preparing for the vote."), "ask"
    )
    assert claim.speaker is not None
    assert claim.speaker.text == "The radio host"
    assert claim.content_text == "if the mayor had been preparing for the vote"


@pytest.mark.parametrize(
    ("text", "lemma", "cue", "content"),
    [
        (
            "Mayor Ola Brandt said the same thing about the ferry.",
            "say",
            "said",
            "the same thing about the ferry",
        ),
        (
            "Councillor Hana Vesk tweeted a photograph of the flooded quay.",
            "tweet",
            "tweeted",
            "a photograph of the flooded quay",
        ),
    ],
)
def test_object_of_a_verb_of_saying(text: str, lemma: str, cue: str, content: str) -> None:
    claim = _one(_parse(text), lemma)
    assert claim.cue is not None
    assert claim.cue.text == cue
    assert claim.content_text == content


def test_addressee_stays_out_of_the_cue() -> None:
    claim = _one(_parse("The skipper told reporters that the ferry would sail at dawn."), "tell")
    assert claim.cue is not None
    assert claim.cue.text == "told"
