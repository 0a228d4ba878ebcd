"""How far an indirect content reaches (issue 11): clause and noun-phrase contents that
stopped short or started late. One invented sentence per construction, parsed by the real
English pipeline; each test asserts the content span's text.
"""

from __future__ import annotations

import pytest

import claimx
from claimx.models import Article, Claim


@pytest.fixture(scope="module")
def parse(nlp):  # type: ignore[no-untyped-def]
    def run(text: str) -> Article:
        return claimx.parse(text, nlp=nlp, language="en", id="t")

    return run


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
