"""The user's two seed articles: every listed statement, with the right speaker."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimx
from claimx.models import Article, Claim

SEEDS = Path(__file__).resolve().parents[1] / "corpus"  # the user's seeds ship in corpus/
GERMAN = SEEDS / "000_7567d1e6eaa96bea.txt"
FRENCH = SEEDS / "001_e40566a6a020a34a.txt"


@pytest.fixture(scope="module")
def articles(nlp) -> dict[str, Article]:  # type: ignore[no-untyped-def]
    return {
        "000": claimx.parse(
            GERMAN.read_text(encoding="utf-8"),
            nlp=nlp,
            language="en",
            published="2024-05-31",
            id="000",
        ),
        "001": claimx.parse(
            FRENCH.read_text(encoding="utf-8"),
            nlp=nlp,
            language="en",
            published="2024-05-30",
            id="001",
        ),
    }


def _who(claim: Claim) -> str:
    assert claim.speaker is not None
    return claim.speaker.resolved or claim.speaker.text


def _find(article: Article, cue: str, content: str) -> Claim:
    found = [c for c in article.claims if c.cue and cue in c.cue.text and content in c.content_text]
    assert len(found) == 1, [
        (c.cue.text if c.cue else None, c.content_text) for c in article.claims
    ]
    return found[0]


# article, cue text, content snippet, speaker (resolved name or, if unresolved, mention), stance,
# quote kind
EXPECTED = [
    ("000", "According to", "thousands of containers", "South Korea", "assert", "indirect"),
    ("000", "suspect", "testing more artillery", "Experts", "assert", "indirect"),
    (
        "000",
        "According to",
        "Russia is using North Korean",
        "Department of Defense",
        "assert",
        "indirect",
    ),
    (
        "000",
        "said",
        "An examination of debris",
        "Defense Intelligence Agency",
        "assert",
        "indirect",
    ),
    ("000", "accuses", "sending thousands of containers", "South Korea", "accuse", "indirect"),
    ("000", "dismissed", "Pyongyang was supplying weapons", "sister", "deny", "indirect"),
    ("000", "believe", "missile tests could be weapons", "experts", "assert", "indirect"),
    ("000", "reported", "The rockets hit a target", "KCNA", "assert", "mixed"),
    ("000", "announced", "expand the development of weapons", "Kim", "announce", "indirect"),
    ("000", "announced", "return visit by President Putin", "Kremlin", "announce", "indirect"),
    ("001", "says", "Russia uses North Korean missiles", "Washington", "assert", "indirect"),
    ("001", "says", "Russia is using North Korean ballistic", "Pentagon", "assert", "indirect"),
    ("001", "said", "The analysis confirms", "Defense Intelligence Agency", "assert", "direct"),
    (
        "001",
        "according to",
        "debris was found across Ukraine",
        "Defense Intelligence Agency",
        "assert",
        "direct",
    ),
    ("001", "accuses", "transported thousands of weapons", "Seoul", "accuse", "indirect"),
    ("001", "refuted", "the accusations", "Kim Yo Jong", "deny", "mixed"),  # + “absurd”
    ("001", "saying", "no intention of", "Kim Yo Jong", "assert", "mixed"),
    ("001", "say", "recent series of tests", "Experts", "assert", "indirect"),
    ("001", "told", "no comment to make", "Defense Ministry", "no_comment", "indirect"),
    ("001", "observes", "Among the photos", "Hong Min", "assert", "indirect"),
    ("001", "told", "seem to provide clear proof", "Hong Min", "assert", "mixed"),
    ("001", "told", "A trip by the Russian leader", "Kremlin", "assert", "indirect"),
    ("001", "According to", "recent series of North Korean tests", "Hong Min", "assert", "mixed"),
    ("001", "told", "she was not surprised", "Soo Kim", "assert", "indirect"),
    ("001", "said", "What is worrying", "Soo Kim", "assert", "direct"),
    ("001", "adds", "the extent of (their) cooperation", "Soo Kim", "assert", "direct"),
]


@pytest.mark.parametrize(("doc", "cue", "content", "speaker", "stance", "quote"), EXPECTED)
def test_seed_statement(articles, doc, cue, content, speaker, stance, quote) -> None:  # type: ignore[no-untyped-def]
    claim = _find(articles[doc], cue, content)
    assert speaker in _who(claim)
    assert claim.stance == stance
    assert claim.quote == quote


def test_descriptions_resolve_through_earlier_mentions(articles) -> None:  # type: ignore[no-untyped-def]
    agency = _find(articles["001"], "said", "The analysis confirms")
    assert agency.speaker is not None
    assert agency.speaker.text == "the American agency"
    assert agency.speaker.resolved_from is not None
    specialist = _find(articles["001"], "adds", "cooperation")
    assert specialist.speaker is not None
    assert specialist.speaker.text == "the specialist"
    assert specialist.speaker.resolved_from is not None
    assert "Soo Kim" in specialist.speaker.resolved_from.text


def test_statement_times(articles) -> None:  # type: ignore[no-untyped-def]
    kremlin = _find(articles["001"], "told", "A trip")
    assert kremlin.stated is not None
    assert kremlin.stated.text == "May"
    agency = _find(articles["001"], "said", "The analysis confirms")
    assert agency.stated is not None
    assert agency.stated.text == "Wednesday"
    announced = _find(articles["000"], "announced", "return visit")
    assert announced.stated is not None
    assert announced.stated.text == "this month"


@pytest.mark.parametrize(
    ("cue", "content", "addressee"),
    [
        ("told", "no comment to make", "AFP"),
        ("told", "seem to provide clear proof", "AFP"),
        ("told", "A trip by the Russian leader", "Russian media"),
        ("told", "she was not surprised", "AFP"),
    ],
)
def test_addressees_of_the_seed(articles, cue, content, addressee) -> None:  # type: ignore[no-untyped-def]
    # the cue is "told"; whom it was told to is the claim's addressee, not lost
    claim = _find(articles["001"], cue, content)
    assert claim.cue is not None
    assert claim.cue.text == cue
    assert claim.addressee is not None
    assert claim.addressee.text == addressee


def test_nothing_from_banner_headline_repeats_or_footers(articles) -> None:  # type: ignore[no-untyped-def]
    for article in articles.values():
        boiler = [(b.start, b.end) for b in article.boilerplate]
        for claim in article.claims:
            spans = [*claim.content, *(s for s in (claim.cue, claim.speaker) if s)]
            for span in spans:
                assert not any(s < span.end and span.start < e for s, e in boiler)
    headline = [c for c in articles["001"].claims if c.paragraph == 0]
    assert len(headline) == 1  # "..., Washington says" (no body claim by Washington)
    # "Debris all over the country: Pentagon: Moscow fires ...": a colon attribution
    banner = [
        c
        for c in articles["000"].claims
        if c.paragraph is not None and articles["000"].paragraphs[c.paragraph].kind == "headline"
    ]
    assert [
        (c.speaker.text if c.speaker else None, c.cue.text if c.cue else None) for c in banner
    ] == [("Pentagon", ":")]
    assert banner[0].content_text.startswith("Moscow fires North Korean missiles")


def test_accusation_targets(articles) -> None:  # type: ignore[no-untyped-def]
    german = _find(articles["000"], "accuses", "sending thousands")
    french = _find(articles["001"], "accuses", "transported thousands")
    assert german.target is not None
    assert german.target.text == "North Korea"
    assert french.target is not None
    assert french.target.text == "Pyongyang"


def test_quoted_content_keeps_balanced_marks(articles) -> None:  # type: ignore[no-untyped-def]
    kcna = _find(articles["000"], "reported", "The rockets hit")
    assert kcna.content_text.endswith("“exactly,”")
