"""Which story a claim reports (issue #13): articles that share nothing, news roundups.

Invented people, places and organisations throughout; the real pipeline parses every article.
"""

from __future__ import annotations

import claimx
from claimx.linking.core import _features
from claimx.linking.features import ClaimFeatures, article_story
from claimx.linking.passages import PASSAGE_WINDOW, passage_contexts
from claimx.linking.similarity import (
    SAME_STORY_CONTEXT,
    ScoringContext,
    never_one_claim,
    score_pair,
    story_context,
)
from claimx.models import Article

FARES = "said the ferry fares will rise sharply for every traveller."


def _parse(text: str, article_id: str) -> Article:
    return claimx.parse(text, id=article_id, language="en", published="2024-05-01")


def test_an_article_without_names_numbers_or_dates_shares_no_story() -> None:
    """Two stories that share no named entity, number or date never share a cluster; an
    article with none at all shares none with any other article either."""
    plain = _parse(f"The harbour board {FARES}", "plain")
    plain_too = _parse(f"The harbour board {FARES.replace('said', 'said that')}", "plain2")
    named = _parse(f"The Brindlemoor harbour board {FARES}", "named")
    named_too = _parse(f"The harbour board of Brindlemoor {FARES}", "named2")
    assert article_story(plain) == frozenset()
    assert article_story(named)
    arts = [plain, plain_too, named, named_too]
    feats, _ = _features(arts)
    assert [f.article for f in feats] == ["plain", "plain2", "named", "named2"]
    assert never_one_claim(feats[0], feats[2]) == "other_story"
    assert never_one_claim(feats[0], feats[1]) == "other_story"
    assert never_one_claim(feats[2], feats[3]) is None
    graph = claimx.link(arts)
    assert [sorted(r.article for r in c.members) for c in graph.clusters] == [["named", "named2"]]
    assert all({lk.a.article, lk.b.article} == {"named", "named2"} for lk in graph.links)


#: A dockers' strike in Brindlemoor, then a roundup paragraph on the Castelvane museum fire.
ROUNDUP = "\n\n".join(
    (
        (
            "Dockworkers in Brindlemoor walked off the job on Monday, halting the "
            "ferry service to Oskelund and Varnholm."
        ),
        (
            "The union leader, Mara Quill, said the strike would last until the "
            "Brindlemoor Harbour Authority raised wages."
        ),
        (
            '"The man who drove a truck into the harbour gate was detained at the '
            'scene," police said in a statement.'
        ),
        (
            "Harbour director Tobias Wren said the ferries to Oskelund would "
            "resume once the talks ended."
        ),
        "Shipping firms Keldor Lines and Astmar Freight said their cargo was stuck in Varnholm.",
        (
            "Mayor Henrik Dahl of Brindlemoor urged both sides to meet at the "
            "Tolvik Conference Centre."
        ),
        "The Oskelund Chamber of Commerce said shops on the island were running short of goods.",
        (
            "In other news, a fire destroyed the east wing of the Castelvane "
            "Museum of Art on Sunday night."
        ),
        "Fire chief Ilse Marten said the blaze started in the museum's restoration workshop.",
        "The Castelvane Gazette reports that no paintings were lost in the fire.",
    )
)

#: The museum fire, with its own (unrelated) arrest of a van driver in the middle.
MUSEUM = "\n\n".join(
    (
        "A fire swept through the east wing of the Castelvane Museum of Art late on Sunday.",
        (
            "Fire chief Ilse Marten told reporters the blaze began in the "
            "restoration workshop of the museum."
        ),
        "Curator Pavel Roos said none of the paintings in the collection had been lost.",
        "Earlier on Sunday, a delivery van had crashed into a gate on Harlow Street.",
        "Officers named the driver as Jonas Pell of Lindqvist Avenue.",
        '"The man who drove the van into the gate was detained at the scene," police said.',
        "Witness Lotte Brandt said the van had been speeding down Harlow Street.",
        "The Verlin Foundation offered to pay for the repairs, its director Anton Krall said.",
        (
            "Deputy mayor Greta Solberg said the Castelvane Museum of Art would "
            "stay closed for a month."
        ),
    )
)


def _claim(feats: list[ClaimFeatures], article: str, words: str) -> ClaimFeatures:
    found = [f for f in feats if f.article == article and words in f.text]
    assert len(found) == 1, [f.text for f in feats if f.article == article]
    return found[0]


def test_a_roundup_paragraph_is_judged_by_its_own_story() -> None:
    """The strike article's closing roundup reports the museum fire: its fire claim links
    to the museum article's, but its own police statement (the strike's) does not link to
    the museum article's police statement of the same shape: neither passage names the
    other article's story."""
    roundup, museum = _parse(ROUNDUP, "roundup"), _parse(MUSEUM, "museum")
    feats, part_of = _features([roundup, museum])
    ctx = ScoringContext(features=feats, part_of=part_of)
    fire = _claim(feats, "roundup", "blaze started")
    fire_too = _claim(feats, "museum", "blaze began")
    police = _claim(feats, "roundup", "truck into the harbour gate")
    police_too = _claim(feats, "museum", "van into the gate")
    # the passages are parts of long articles, and the police ones name neither story's
    # shared entities (the museum, its fire chief)
    for f in (police, police_too):
        assert f.passage is not None
        assert f.passage != f.context
    shared = police.context & police_too.context
    assert shared
    assert not police.passage & shared
    assert not police_too.passage & shared
    # the articles alike are below the same-story context: the passages decide
    assert 0.0 < story_context(ctx, fire, fire_too) < SAME_STORY_CONTEXT
    assert story_context(ctx, police, police_too) == 0.0
    police_score, reasons = score_pair(ctx, police, police_too)
    assert reasons["content"] > 0.7  # the same words: only the story tells them apart
    assert police_score < claimx.linking.DEFAULT_THRESHOLD
    assert score_pair(ctx, fire, fire_too)[0] > claimx.linking.DEFAULT_THRESHOLD
    graph = claimx.link([roundup, museum])
    pairs = {frozenset({lk.a.claim, lk.b.claim}) for lk in graph.links}
    assert frozenset({fire.ref.claim, fire_too.ref.claim}) in pairs
    assert frozenset({police.ref.claim, police_too.ref.claim}) not in pairs


def test_a_passage_is_the_claims_paragraph_and_its_neighbours() -> None:
    article = _parse(ROUNDUP, "roundup")
    passages = passage_contexts(article)
    claim = next(c for c in article.claims if "truck" in c.content_text)
    assert claim.paragraph is not None
    keys = passages[claim.paragraph]
    assert "person:mara quill" in keys  # one paragraph before
    assert not any("castelvane" in k for k in keys)  # five paragraphs after
    assert PASSAGE_WINDOW == 2
