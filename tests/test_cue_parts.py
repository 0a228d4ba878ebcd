"""A cue that a phrase interrupts is its head's run of words plus ``parts``
(claimx.attribution.cuespan): the time, place or addressee between them is no cue word."""

from __future__ import annotations

import pytest

from claimx.models import Article, Claim


def claim_with(article: Article, content: str) -> Claim:
    """The one claim of ``article`` whose content text is ``content``."""
    found = [c for c in article.claims if c.content_text == content]
    assert len(found) == 1, [c.content_text for c in article.claims]
    return found[0]


@pytest.mark.parametrize(
    ("text", "head", "parts", "content"),
    [
        (
            "The dockers' union released a statement on Monday evening, saying the strike "
            "would go on.",
            "saying",
            ["released a statement"],
            "the strike would go on",
        ),
        (
            "The harbour master wrote a letter to the governor asking her to fund the new pier.",
            "asking",
            ["wrote a letter"],
            "to fund the new pier",
        ),
        (
            "The growers' board issued a statement last week, warning that the frost had "
            "ruined the apricots.",
            "warning",
            ["issued a statement"],
            "the frost had ruined the apricots",
        ),
    ],
)
def test_interrupted_cue_has_parts(parse, text, head, parts, content):  # type: ignore[no-untyped-def]
    article = parse(text, published="2026-03-02")
    claim = claim_with(article, content)
    assert claim.cue is not None
    assert claim.cue.text == head
    assert [p.text for p in claim.cue.parts] == parts
    for piece in (claim.cue, *claim.cue.parts):
        assert article.text[piece.start : piece.end] == piece.text


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The ferry operator has since said that the timetable is final.",
            "has since said",
            "the timetable is final",
        ),
        (
            "The growers sent a two-page letter urging the council to act.",
            "sent a two-page letter urging",
            "to act",
        ),
        (
            "The minister called for a new levy on cruise ships.",
            "called for",
            "a new levy on cruise ships",
        ),
    ],
)
def test_uninterrupted_cue_is_one_range(parse, text, cue, content):  # type: ignore[no-untyped-def]
    claim = claim_with(parse(text, published="2026-03-02"), content)
    assert claim.cue is not None
    assert claim.cue.text == cue
    assert claim.cue.parts == ()
