"""How far an indirect content reaches (issue 11): clause and noun-phrase contents that
stopped short or started late. One invented sentence per construction, parsed by the real
English pipeline; each test asserts the content span's text.
"""

from __future__ import annotations

import pytest

from claimx.models import Article, Claim


def _one(article: Article, lemma: str) -> Claim:
    found = [c for c in article.claims if c.cue is not None and c.cue.lemma == lemma]
    assert len(found) == 1, [(c.cue, c.content_text) for c in article.claims]
    return found[0]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # a subordinate clause of the reported verb
            "The harbour master said the ferries would stay in port, because the storm had "
            "not passed.",
            "the ferries would stay in port, because the storm had not passed",
        ),
        (
            "The mayor said the library would reopen in May, even if the roof was not finished.",
            "the library would reopen in May, even if the roof was not finished",
        ),
        (  # an infinitive of purpose
            "The council said it would raise the levy, to pay for the new tram line.",
            "it would raise the levy, to pay for the new tram line",
        ),
    ],
)
def test_adverbial_clause_of_the_reported_verb_stays(parse, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    """A comma-set subordinate clause or infinitive of purpose that the parser hangs on the
    reported clause's verb belongs to what was said: it is no trailing aside."""
    assert _one(parse(text), "say").content_text == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # a present participle: the writer's note on what followed
            "The minister said the bridge would close for a month, leaving commuters without "
            "a direct route.",
            "the bridge would close for a month",
        ),
        (  # an "as" clause: an attribution of its own
            "The engineer said the tunnel was safe, as the inspectors had noted in March.",
            "the tunnel was safe",
        ),
    ],
)
def test_participle_and_as_clause_are_still_asides(parse, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    """A trailing present participle and a clause opened by "as" are still cut."""
    assert _one(parse(text), "say").content_text == content


def test_second_that_clause_coordinated_with_the_cue(parse) -> None:  # type: ignore[no-untyped-def]
    """ "thinks A, but that B": a conjunct of the cue opened by its own complementizer is a
    second clause of what was thought, even where the parser hangs it on the cue."""
    article = parse("Both think the mayor ran a fair campaign, but that there is still work to do.")
    assert _one(article, "think").content_text == (
        "the mayor ran a fair campaign, but that there is still work to do"
    )


def test_coordinated_as_clause_is_no_second_content(parse) -> None:  # type: ignore[no-untyped-def]
    """A conjunct opened by an adjunct mark ("and as X noted, ...") is another report."""
    article = parse(
        "The mayor said the bridge was unsafe, and as the engineers noted, it needed repairs."
    )
    assert _one(article, "note").content_text == "it needed repairs"


def test_conjunct_of_a_subordinate_cue_is_not_its_content(parse) -> None:  # type: ignore[no-untyped-def]
    """ "not because X wants it to but because Y needs it to": the conjunct pairs with the
    cue's own subordinate clause; it is nothing X wants."""
    article = parse(
        "The bank kept its rates low not because the council wants it to but because the "
        "market needs it to."
    )
    assert all("market" not in c.content_text for c in article.claims)


@pytest.mark.parametrize(
    ("text", "lemma", "content"),
    [
        (
            "The reporter asked whether the mayor would run again.",
            "ask",
            "whether the mayor would run again",
        ),
        ("She wondered if the bridge would hold.", "wonder", "if the bridge would hold"),
        ("The mayor said that the bridge would hold.", "say", "the bridge would hold"),
    ],
)
def test_embedded_question_keeps_its_complementizer(
    parse, text: str, lemma: str, content: str
) -> None:  # type: ignore[no-untyped-def]
    """ "whether" and "if" open a question: the content asks, and keeps them; "that" is left
    out as before."""
    assert _one(parse(text), lemma).content_text == content


@pytest.mark.parametrize(
    ("text", "lemma", "content"),
    [
        (
            "The audit shows how the agency still struggles to work as a single service.",
            "show",
            "how the agency still struggles to work as a single service",
        ),
        (
            "The council announced that the old depot would reopen as a market hall.",
            "announce",
            "the old depot would reopen as a market hall",
        ),
    ],
)
def test_final_as_phrase_stays_in_the_content(parse, text: str, lemma: str, content: str) -> None:  # type: ignore[no-untyped-def]
    """An "as" phrase that ends a clause content belongs to it; only an object content loses
    a final "as" characterisation ("dismissed claims that X as absurd")."""
    assert _one(parse(text), lemma).content_text == content


def test_trailing_past_participle_stays(parse) -> None:  # type: ignore[no-untyped-def]
    """A comma-set past participle on the reported verb says more of what was said."""
    claim = _one(
        parse("The agency said fares would rise next year, driven by higher fuel costs."), "say"
    )
    assert claim.content_text == "fares would rise next year, driven by higher fuel costs"
