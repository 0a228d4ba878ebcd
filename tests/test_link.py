"""Cross-outlet linking: scores with reasons, roles, blocking, clustering, conflicts, export.

Most tests build small ``Article``/``Claim`` objects by hand (offsets consistent with the
text); the seed tests at the end run the real pipeline on the two seed articles.
"""

from __future__ import annotations

import gc
import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimx
from claimx.lexicons import load_data
from claimx.linking._lexicon import lexicon, stem
from claimx.linking.blocking import candidate_pairs
from claimx.linking.clustering import average_link, merge_supported
from claimx.linking.features import (
    ClaimFeatures,
    article_context,
    article_story,
    descriptions,
    extract_features,
    part_of_evidence,
)
from claimx.linking.similarity import ScoringContext, score_pair
from claimx.linking.speakers import speaker_relation
from claimx.models import (
    Article,
    Claim,
    ClaimGraph,
    ClaimRef,
    Cue,
    Entity,
    Interval,
    Speaker,
    TextSpan,
    TimeExpression,
)

ROOT = Path(__file__).resolve().parent.parent

# ----------------------------------------------------------------------------- helpers

#: surface -> (label, identity); every occurrence in a text becomes a mention.
ENTITIES: dict[str, tuple[str, str | None]] = {
    "Russia": ("GPE", "country:RUS"),
    "Russian": ("NORP", "country:RUS"),
    "Ukraine": ("GPE", "country:UKR"),
    "Ukrainian": ("NORP", "country:UKR"),
    "Freedonia": ("GPE", "country:FRE"),
    "Sylvania": ("GPE", "country:SYL"),
    "Sylvanian": ("NORP", "country:SYL"),
    "Kharkiv": ("GPE", "place:kharkiv"),
    "Ministry of Defence": ("ORG", "org:ministry of defence"),
    "Army Intelligence Bureau": ("ORG", "org:army intelligence bureau"),
    "Pentagon": ("ORG", "org:pentagon"),
    "Defense Intelligence Agency": ("ORG", "org:dia"),
    "Kremlin": ("ORG", "org:kremlin"),
    "Putin": ("PERSON", "person:putin"),
    "Kim": ("PERSON", "person:kim"),
    "Anna Berg": ("PERSON", "person:anna berg"),
    "Tom Reed": ("PERSON", "person:tom reed"),
}


def _find(text: str, needle: str) -> int:
    pos = text.find(needle)
    if pos < 0:
        raise ValueError(f"{needle!r} not in {text!r}")
    return pos


def _time(text: str, start: int, value: str, begin: str, end: str) -> TimeExpression:
    return TimeExpression(
        start=start,
        end=start + len(value),
        text=value,
        value=begin[:7],
        granularity="month",
        interval=Interval(
            begin=datetime.fromisoformat(begin).replace(tzinfo=timezone.utc),
            end=datetime.fromisoformat(end).replace(tzinfo=timezone.utc),
        ),
    )


def make_article(
    article_id: str,
    text: str,
    claims: Sequence[Mapping[str, Any]],
    entities: Mapping[str, tuple[str, str | None]] = ENTITIES,
) -> Article:
    """An Article whose claims are given as substrings of ``text``.

    Each claim spec: ``content`` (required), ``speaker``, ``cue``, ``stance``, ``resolved``,
    ``time`` (``(surface, begin, end)``).
    """
    ents: list[Entity] = []
    taken: list[tuple[int, int]] = []
    for surface, (label, identity) in sorted(entities.items(), key=lambda kv: -len(kv[0])):
        mentions = []
        pos = text.find(surface)
        while pos >= 0:
            end = pos + len(surface)
            word_end = end == len(text) or not text[end].isalpha()
            if word_end and not any(s < end and pos < e for s, e in taken):
                mentions.append(TextSpan(start=pos, end=end, text=surface))
                taken.append((pos, end))
            pos = text.find(surface, end)
        if mentions:
            ents.append(
                Entity(
                    id=f"e{len(ents) + 1}",
                    label=label,
                    name=surface,
                    identity=identity,
                    mentions=tuple(sorted(mentions, key=lambda m: m.start)),
                )
            )
    out: list[Claim] = []
    for spec in claims:
        cs = _find(text, spec["content"])
        content = TextSpan(start=cs, end=cs + len(spec["content"]), text=spec["content"])
        speaker = cue = None
        if spec.get("speaker"):
            ss = _find(text, spec["speaker"])
            se = ss + len(spec["speaker"])
            ent = next(
                (e.id for e in ents for m in e.mentions if ss <= m.start and m.end <= se), None
            )
            speaker = Speaker(
                start=ss,
                end=se,
                text=spec["speaker"],
                resolved=spec.get("resolved", spec["speaker"]),
                entity=ent,
            )
        if spec.get("cue"):
            us = _find(text, spec["cue"])
            cue = Cue(start=us, end=us + len(spec["cue"]), text=spec["cue"], lemma="say")
        time = None
        if spec.get("time"):
            surface, begin, end = spec["time"]
            time = _time(text, _find(text, surface), surface, begin, end)
        ids = tuple(
            e.id for e in ents if any(cs <= m.start and m.end <= content.end for m in e.mentions)
        )
        cid = "c" + hashlib.sha1(f"{article_id}:{cs}".encode()).hexdigest()[:8]
        out.append(
            Claim(
                id=cid,
                speaker=speaker,
                cue=cue,
                content=(content,),
                quote="indirect",
                stance=spec.get("stance", "assert"),
                time=time,
                entities=ids,
            )
        )
    return Article(id=article_id, language="en", text=text, entities=tuple(ents), claims=tuple(out))


def said(article_id: str, content: str, speaker: str | None = None, **extra: Any) -> Article:
    """A one-claim article: "<content>, <speaker> said." (or just the content)."""
    text = f"{content}, {speaker} said." if speaker else f"{content}."
    spec: dict[str, Any] = {"content": content, **extra}
    if speaker:
        spec.update(speaker=speaker, cue="said")
    return make_article(article_id, text, [spec])


def spoken(
    article_id: str,
    text: str,
    content: str,
    speaker: str,
    entities: Mapping[str, tuple[str, str | None]] = ENTITIES,
    **extra: Any,
) -> Article:
    """A one-claim article: ``content`` said ("said") by ``speaker``, both inside ``text``."""
    spec = {"content": content, "speaker": speaker, "cue": "said", **extra}
    return make_article(article_id, text, [spec], entities)


def pair(a: Article, b: Article) -> tuple[float, dict[str, float]]:
    feats = [extract_features(a, a.claims[0], 0), extract_features(b, b.claims[0], 1)]
    ctx = ScoringContext(features=feats, part_of=part_of_evidence(a) | part_of_evidence(b))
    return score_pair(ctx, feats[0], feats[1])


def together(graph: ClaimGraph, x: ClaimRef, y: ClaimRef) -> bool:
    return any(x in c.members and y in c.members for c in graph.clusters)


def ref(article: Article, k: int = 0) -> ClaimRef:
    return ClaimRef(article=article.id, claim=article.claims[k].id)


# ----------------------------------------------------------------------------- API


def test_link_is_public_and_lazy() -> None:
    assert "link" in claimx.__all__
    assert callable(claimx.link)
    assert callable(claimx.link.to_networkx)
    assert claimx.link([]) == ClaimGraph()


@pytest.mark.parametrize(
    "kwargs", [{"threshold": 1.5}, {"linkage": -0.1}, {"similarity": "telepathy"}]
)
def test_bad_arguments_raise(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"threshold|similarity"):
        claimx.link([], **kwargs)


def test_duplicate_article_ids_raise() -> None:
    a = said("same", "Russia is using missiles in Ukraine", "Anna Berg")
    with pytest.raises(ValueError, match="duplicate article id"):
        claimx.link([a, a])


@pytest.mark.parametrize("enabled", [True, False])
def test_link_restores_the_garbage_collector(enabled: bool) -> None:
    """link() pauses the cyclic collector while it runs and leaves it as it found it."""
    a = said("one", "Russia is using missiles in Ukraine", "Anna Berg")
    b = said("two", "Russia is using missiles in Ukraine", "Anna Berg")
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        assert len(claimx.link([a, b]).clusters) == 1
        assert gc.isenabled() is enabled
        with pytest.raises(ValueError, match="duplicate article id"):
            claimx.link([a, a])
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_lexicon_file_has_every_section() -> None:
    data = load_data("linking", "en.json")
    for key in ("stopwords", "number_words", "scale_words", "directions", "negations"):
        assert data[key], key
    assert set(data["prepositions"]) >= {"agent", "location", "goal", "origin"}
    assert data["directions"]["northeastern"] != data["directions"]["northwestern"]
    assert (ROOT / "claimx" / "data" / "linking" / "README.md").exists()


@pytest.mark.parametrize(
    ("words", "same"),
    [
        (("missiles", "missile"), True),
        (("uses", "used", "using", "use"), True),
        (("planned", "plan", "plans"), True),
        (("confirms", "confirmed", "confirming"), True),
        (("Russia's", "Russia"), True),
        (("missile", "mission"), False),
    ],
)
def test_stem_groups_inflections(words: tuple[str, ...], same: bool) -> None:
    assert (len({stem(w) for w in words}) == 1) is same


# ----------------------------------------------------------------------------- similarity


def test_equivalent_claims_link_with_named_reasons() -> None:
    a = said("a", "Russia is using Sylvanian ballistic missiles in Ukraine", "Anna Berg")
    b = said("b", "Russia uses ballistic missiles from Sylvania in Ukraine", "Anna Berg")
    graph = claimx.link([a, b])
    assert len(graph.links) == 1
    link = graph.links[0]
    assert {link.a, link.b} == {ref(a), ref(b)}
    assert {"content", "entities", "speaker", "roles"} <= set(link.reasons)
    assert link.reasons["speaker"] == 1.0
    assert link.reasons["roles"] == 1.0
    assert all(0.0 <= v <= 1.0 for v in link.reasons.values())
    assert len(graph.clusters) == 1
    assert set(graph.clusters[0].members) == {ref(a), ref(b)}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ukraine uses Russian missiles", "Russia uses Ukrainian missiles"),
        (
            "Freedonia attacked Sylvania on its northern border",
            "Sylvania attacked Freedonia on its northern border",
        ),
        ("Russia sent missiles to Ukraine", "Ukraine sent missiles to Russia"),
    ],
)
def test_role_swapped_twins_do_not_link(first: str, second: str) -> None:
    a, b = said("a", first, "Tom Reed"), said("b", second, "Tom Reed")
    _score, reasons = pair(a, b)
    assert reasons["roles"] < 0.5  # the same entities in swapped roles
    assert claimx.link([a, b]).links == ()
    # without the swap, the same wording links
    assert pair(a, said("c", first, "Tom Reed"))[0] > claimx.linking.DEFAULT_THRESHOLD


def test_the_same_roles_in_another_order_still_link() -> None:
    a = said("a", "Russia is using Sylvanian missiles in Ukraine", "Tom Reed")
    b = said("b", "In Ukraine, Russia is using missiles from Sylvania", "Tom Reed")
    score, reasons = pair(a, b)
    assert reasons["roles"] == 1.0
    assert score >= claimx.linking.DEFAULT_THRESHOLD


def test_claims_that_only_share_entities_do_not_link() -> None:
    a = said("a", "Putin will visit Sylvania next month", "Kremlin")
    b = said("b", "Kim visited Russia and met Putin in a summit", "Tom Reed")
    score, reasons = pair(a, b)
    assert reasons["entities"] > 0
    assert score < claimx.linking.DEFAULT_THRESHOLD


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "The army fired eighteen missiles at the port",
            "The army fired 18 missiles at the port",
            1.0,
        ),
        ("The army fired 18 missiles at the port", "The army fired 16 missiles at the port", 0.0),
        ("Two thousand troops crossed the river", "2,000 troops crossed the river", 1.0),
    ],
)
def test_number_agreement(first: str, second: str, expected: float) -> None:
    _, reasons = pair(said("a", first, "Tom Reed"), said("b", second, "Tom Reed"))
    assert reasons["numbers"] == expected


def test_speakers_same_named_described_and_different() -> None:
    content = "the army fired missiles at the port of Kharkiv"  # one story: Kharkiv
    same = pair(said("a", content, "Anna Berg"), said("b", content, "Anna Berg"))[1]
    described = pair(
        said("a", content, "a spokesman", resolved=None), said("b", content, "Anna Berg")
    )[1]
    different = pair(said("a", content, "Tom Reed"), said("b", content, "Anna Berg"))[1]
    assert same["speaker"] == 1.0
    assert described["speaker"] == 0.5  # an unresolved description could be anyone
    assert different["speaker"] < 0.3


def test_part_of_evidence_from_a_possessive_in_the_article() -> None:
    text = (
        "Missiles were found, said the Pentagon's military intelligence service "
        "Defense Intelligence Agency."
    )
    a = make_article(
        "a",
        text,
        [
            {
                "content": "Missiles were found",
                "speaker": "Defense Intelligence Agency",
                "cue": "said",
            }
        ],
    )
    b = said("b", "Missiles were found", "Pentagon")
    assert ("org:dia", "org:pentagon") in part_of_evidence(a)
    assert pair(a, b)[1]["speaker"] == 0.85


#: The place makes the articles one story (two articles sharing no named entity, number or
#: date never link; see test_unrelated_stories_never_share_a_cluster).
SAME = "the army fired ballistic missiles at the northern port of Kharkiv"


@pytest.mark.parametrize(
    ("first", "second", "linked"),
    [
        pytest.param(("Anna Berg",), ("Anna Berg",), True, id="same-name"),
        pytest.param(("Anna Berg",), ("Berg",), True, id="name-inside-name"),
        pytest.param(("Anna Berg",), ("Tom Reed",), False, id="two-people"),
        pytest.param(("experts",), ("Experts",), True, id="two-generic-groups"),
        pytest.param(("experts",), ("Tom Reed",), False, id="group-vs-person"),
        pytest.param(("analysts",), ("the Pentagon",), False, id="group-vs-organisation"),
        pytest.param((None,), (None,), True, id="two-unattributed"),
        pytest.param((None,), ("Tom Reed",), True, id="unattributed-restating"),
        pytest.param(("a spokesman",), ("Tom Reed",), True, id="description-restating"),
    ],
)
def test_speaker_gate_on_identical_content(
    first: tuple[str | None], second: tuple[str | None], linked: bool
) -> None:
    a, b = _stated("a", SAME, first[0]), _stated("b", SAME, second[0])
    score, reasons = pair(a, b)
    assert (score > 0.25) is linked, reasons
    assert ("speaker_gate" not in reasons) is linked
    assert (len(claimx.link([a, b]).clusters) == 1) is linked


LOOSE_A = "Sylvania fired ballistic missiles at the port"
LOOSE_B = "ballistic missiles from Sylvania struck a port near the border overnight"


def _stated(article_id: str, content: str, speaker: str | None) -> Article:
    """``content`` said by ``speaker`` (a lowercase speaker is an unresolved description)."""
    if speaker is None:
        return said(article_id, content)
    resolved = None if speaker[0].islower() or speaker == "Experts" else speaker
    return said(article_id, content, speaker, resolved=resolved)


@pytest.mark.parametrize(
    ("first", "second", "linked"),
    [
        pytest.param(None, None, True, id="two-unattributed"),
        pytest.param("Tom Reed", "Tom Reed", True, id="same-name"),
        pytest.param("Tom Reed", None, False, id="unattributed-vs-named"),
        pytest.param("Tom Reed", "Anna Berg", False, id="two-people"),
        pytest.param("a spokesman", "Tom Reed", False, id="description-vs-name"),
        pytest.param("a spokesman", "the army's spokesman", True, id="shared-description"),
        pytest.param("experts", "Tom Reed", False, id="group-vs-person"),
        # underspecified on both sides: role nouns, groups, no speaker
        pytest.param("her rep", "a publicist", True, id="two-role-nouns"),
        pytest.param(None, "her rep", True, id="unattributed-vs-role-noun"),
        pytest.param("investigators", "police", True, id="group-vs-role-noun"),
        pytest.param("experts", None, True, id="group-vs-unattributed"),
    ],
)
def test_loose_paraphrase_needs_a_compatible_speaker(
    first: str | None, second: str | None, linked: bool
) -> None:
    """Below the strong-content bar, only claims that can come from one source link."""
    score, reasons = pair(_stated("a", LOOSE_A, first), _stated("b", LOOSE_B, second))
    assert 0.3 < reasons["content"] < 0.6
    assert (score > 0.25) is linked, reasons


def test_time_overlap_and_mismatch() -> None:
    def dated(aid: str, month: str, begin: str, end: str) -> Article:
        content = f"debris was found near Kharkiv in {month}"
        return said(aid, content, "Tom Reed", time=(month, begin, end))

    jan = dated("a", "January", "2024-01-01", "2024-02-01")
    jan2 = dated("b", "January", "2024-01-01", "2024-02-01")
    march = dated("c", "March", "2024-03-01", "2024-04-01")
    assert pair(jan, jan2)[1]["time"] == 1.0
    assert pair(jan, march)[1]["time"] == 0.0


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Russia",
                "Ukraine",
                "Russian",
                "Sylvanian",
                "Kharkiv",
                "Putin",
                "the",
                "army",
                "fired",
                "missiles",
                "at",
                "18",
                "eighteen",
                "northern",
                "northeastern",
                "in",
                "from",
                "to",
                "by",
                "not",
                "said",
                "reported",
                "port",
            ]
        ),
        min_size=1,
        max_size=12,
    ),
    st.lists(
        st.sampled_from(
            [
                "Russia",
                "Ukraine",
                "Ukrainian",
                "Sylvania",
                "Kim",
                "the",
                "troops",
                "used",
                "rockets",
                "16",
                "two",
                "thousand",
                "northwestern",
                "in",
                "to",
                "by",
                "never",
                "fired",
                "missiles",
                "port",
            ]
        ),
        min_size=1,
        max_size=12,
    ),
    st.sampled_from([None, "Anna Berg", "Tom Reed", "a spokesman"]),
    st.sampled_from([None, "Anna Berg", "the Kremlin"]),
)
def test_scores_are_symmetric(
    words_a: list[str], words_b: list[str], speaker_a: str | None, speaker_b: str | None
) -> None:
    a = said("a", " ".join(words_a), speaker_a)
    b = said("b", " ".join(words_b), speaker_b)
    feats = [extract_features(a, a.claims[0], 0), extract_features(b, b.claims[0], 1)]
    ctx = ScoringContext(features=feats)
    ab = score_pair(ctx, feats[0], feats[1])
    ba = score_pair(ctx, feats[1], feats[0])
    assert ab == ba
    assert 0.0 <= ab[0] <= 1.0


# ----------------------------------------------------------------------------- blocking


def test_blocking_never_scores_all_pairs_and_skips_same_article() -> None:
    articles = []
    for k in range(120):
        # every claim has its own rare topic word; pairs of articles share one
        topic = f"topic{k // 2}x"
        text = f"The council approved the {topic} budget, Tom Reed said."
        articles.append(
            make_article(
                f"a{k}",
                text,
                [
                    {
                        "content": f"The council approved the {topic} budget",
                        "speaker": "Tom Reed",
                        "cue": "said",
                    }
                ],
            )
        )
    feats = [extract_features(a, a.claims[0], i) for i, a in enumerate(articles)]
    pairs = candidate_pairs(feats, max_block=16)
    n = len(feats)
    assert len(pairs) < n * (n - 1) // 2 / 10
    assert (0, 1) in pairs  # the two claims sharing a rare word
    assert all(feats[i].article != feats[j].article for i, j in pairs)


def test_same_article_claims_are_never_linked() -> None:
    text = "Russia uses missiles in Ukraine, Tom Reed said. Russia uses missiles in Ukraine."
    spec = {"content": "Russia uses missiles in Ukraine", "speaker": "Tom Reed", "cue": "said"}
    article = make_article("a", text, [spec])
    second = article.claims[0].model_copy(
        update={
            "id": "c-second",
            "content": (TextSpan(start=48, end=79, text=text[48:79]),),
        }
    )
    article = article.model_copy(update={"claims": (article.claims[0], second)})
    assert claimx.link([article]).links == ()


# ----------------------------------------------------------------------------- clustering


def test_average_link_does_not_chain_unrelated_claims() -> None:
    # 0-1 and 1-2 are strong links, but 0 and 2 have nothing in common
    scores = {(0, 1): 0.9, (1, 2): 0.85, (0, 2): 0.0}
    known: dict[tuple[int, int], float] = {}
    groups = average_link(
        3,
        [(0.9, 0, 1), (0.85, 1, 2)],
        lambda i, j: scores[(i, j)],
        known,
        linkage=0.6,
    )
    assert groups == [[0, 1], [2]]
    # connected components would have merged all three; a lenient linkage does
    assert average_link(
        3, [(0.9, 0, 1), (0.85, 1, 2)], lambda i, j: scores[(i, j)], {}, linkage=0.4
    ) == [[0, 1, 2]]


def test_average_link_respects_the_compatibility_gate_for_every_pair() -> None:
    # 0-1 and 1-2 are strong and the average over {0,1} x {2} passes, but 0 and 2 cannot
    # be one source: complete link on the gate keeps 2 out
    scores = {(0, 1): 0.9, (1, 2): 0.85, (0, 2): 0.5}
    links = [(0.9, 0, 1), (0.85, 1, 2)]
    free = average_link(3, links, lambda i, j: scores[(i, j)], {}, linkage=0.4)
    gated = average_link(
        3,
        links,
        lambda i, j: scores[(i, j)],
        {},
        linkage=0.4,
        compatible=lambda i, j: (i, j) != (0, 2),
    )
    assert free == [[0, 1, 2]]
    assert gated == [[0, 1], [2]]


def test_clusters_are_deterministic_and_order_independent() -> None:
    arts = [
        said("x", "Russia is using Sylvanian ballistic missiles in Ukraine", "Anna Berg"),
        said("y", "Russia uses ballistic missiles from Sylvania in Ukraine", "Anna Berg"),
        said("z", "Russia has used Sylvanian ballistic missiles in Ukraine", "Anna Berg"),
        said("w", "The council approved the harbour budget", "Tom Reed"),
    ]
    g1 = claimx.link(arts)
    g2 = claimx.link(list(reversed(arts)))
    assert g1 == g2
    assert len(g1.clusters) == 1
    cluster = g1.clusters[0]
    assert len(cluster.members) == 3
    assert cluster.representative in cluster.members
    assert 0.0 < cluster.confidence <= 1.0
    assert ClaimGraph.model_validate_json(g1.model_dump_json()) == g1
    assert json.loads(g1.model_dump_json())["clusters"][0]["id"] == cluster.id
    with_singletons = claimx.link(arts, singletons=True)
    assert sum(len(c.members) for c in with_singletons.clusters) == 4


def test_custom_content_similarity_hook() -> None:
    arts = [
        make_article(
            aid,
            f"In Freedonia, {content}.",
            [{"content": content}],
        )
        for aid, content in (
            ("a", "the harvest of apples was poor in the valley this year"),
            ("b", "a storm hit the valley towns overnight"),
        )
    ]
    assert claimx.link(arts).links == ()
    # a (toy) backend that calls everything identical makes them link
    graph = claimx.link(arts, similarity=lambda a, b: 1.0)
    assert len(graph.links) == 1


# ----------------------------------------------------------------------------- conflicts


def _conflicts(first: Article, second: Article) -> list[tuple[str, str, str]]:
    graph = claimx.link([first, second])
    assert len(graph.clusters) == 1, "the two claims should be linked"
    return [(c.kind, c.a_value, c.b_value) for c in graph.clusters[0].conflicts]


def test_place_direction_conflict() -> None:
    a = said(
        "a",
        "debris found in the Kharkiv region of northeastern Ukraine came from a missile",
        "Tom Reed",
    )
    b = said(
        "b",
        "debris found in the Kharkiv region of northwestern Ukraine came from a missile",
        "Tom Reed",
    )
    assert ("place", "northeastern Ukraine", "northwestern Ukraine") in _conflicts(a, b)


def test_number_conflict_keeps_the_counted_word() -> None:
    a = said("a", "the army fired 18 missiles at the port of Kharkiv", "Tom Reed")
    b = said("b", "the army fired 16 missiles at the port of Kharkiv", "Tom Reed")
    assert ("number", "18 missiles", "16 missiles") in _conflicts(a, b)


def test_date_negation_and_stance_conflicts() -> None:
    a = said(
        "a",
        "the army fired missiles at the port of Kharkiv in January",
        "Tom Reed",
        time=("January", "2024-01-01", "2024-02-01"),
    )
    b = said(
        "b",
        "the army fired missiles at the port of Kharkiv in March",
        "Tom Reed",
        time=("March", "2024-03-01", "2024-04-01"),
    )
    assert ("date", "January", "March") in _conflicts(a, b)
    c = said("c", "the army fired missiles at the port of Kharkiv", "Tom Reed")
    d = said("d", "the army fired missiles at the port of Kharkiv", "Tom Reed", stance="deny")
    e = said("e", "the army never fired missiles at the port of Kharkiv", "Tom Reed")
    assert {k for k, _, _ in _conflicts(c, d)} == {"stance"}  # asserted by one, denied
    assert {k for k, _, _ in _conflicts(c, e)} == {"negation"}
    # a denial and the negated content it denies, reported twice: one proposition
    assert _conflicts(d, e) == []


# ----------------------------------------------------------------------------- export


def test_to_networkx() -> None:
    nx = pytest.importorskip("networkx")
    arts = [
        said("a", "Russia is using Sylvanian ballistic missiles in Ukraine", "Anna Berg"),
        said("b", "Russia uses ballistic missiles from Sylvania in Ukraine", "Anna Berg"),
    ]
    graph = claimx.link(arts)
    g = claimx.link.to_networkx(graph)
    assert isinstance(g, nx.Graph)
    assert g.number_of_nodes() == 2
    assert g.number_of_edges() == 1
    ((u, _v, data),) = g.edges(data=True)
    assert data["score"] == graph.links[0].score
    assert "content" in data["reasons"]
    assert g.nodes[u]["cluster"] == graph.clusters[0].id


# ----------------------------------------------------------------------------- seeds

SEED_DATES = {"000": "2024-05-31", "001": "2024-05-30"}


def _parse_seeds(nlp: Any, unattributed: bool) -> tuple[list[Article], ClaimGraph]:
    articles = []
    for path in sorted((ROOT / "corpus").glob("0*.txt")):
        prefix = path.name[:3]
        articles.append(
            claimx.parse(
                path.read_text(encoding="utf-8"),
                published=SEED_DATES[prefix],
                id=prefix,
                language="en",
                nlp=nlp,
                unattributed=unattributed,
            )
        )
    return articles, claimx.link(articles)


@pytest.fixture(scope="module")
def seeds(nlp: Any) -> tuple[list[Article], ClaimGraph]:
    return _parse_seeds(nlp, unattributed=False)


@pytest.fixture(scope="module")
def seeds_unattributed(nlp: Any) -> tuple[list[Article], ClaimGraph]:
    """The seeds with the outlets' own unattributed assertions as claims (speaker None)."""
    return _parse_seeds(nlp, unattributed=True)


BOTH_SEED_FIXTURES = pytest.mark.parametrize("fixture", ["seeds", "seeds_unattributed"])


def _claims(
    articles: list[Article], article: str, *words: str, speaker: str | None = None
) -> list[ClaimRef]:
    """Claims of ``article`` whose content contains all ``words`` and, when ``speaker`` is
    given, whose speaker contains it (a content that only mentions the speaker is another
    claim: a rebuttal naming who denied something is not the denial)."""
    art = next(a for a in articles if a.id == article)
    found = []
    for c in art.claims:
        content = c.content_text.lower()
        if not all(w.lower() in content for w in words):
            continue
        if speaker is not None and (c.speaker is None or speaker not in c.speaker.text):
            continue
        found.append(ClaimRef(article=article, claim=c.id))
    return found


def pick(*words: str, speaker: str | None = None) -> tuple[tuple[str, ...], str | None]:
    """Words of a seed claim's content, and optionally a name in its speaker."""
    return words, speaker


SEED_EQUIVALENTS = [
    pytest.param(
        pick("Russia is using North Korean ballistic missiles"),
        pick("Russia is using North Korean ballistic missiles"),
        id="pentagon-dia-finding",
    ),
    pytest.param(pick("debris", "Kharkiv"), pick("debris", "Kharkiv"), id="debris-kharkiv"),
    pytest.param(
        pick("thousands of containers"),
        pick("thousands of weapons containers"),
        id="seoul-containers",
    ),
    pytest.param(
        pick("Pyongyang was supplying weapons"),
        pick(speaker="Kim Yo Jong"),
        id="kim-yo-jong-denial",
    ),
    pytest.param(
        pick("latest North Korean missile tests"),
        pick("recent series of tests"),
        id="experts-missile-tests",
    ),
    pytest.param(
        pick("return visit", "Putin"), pick("trip by the Russian leader"), id="kremlin-putin-visit"
    ),
]


@BOTH_SEED_FIXTURES
@pytest.mark.parametrize(("pick_a", "pick_b"), SEED_EQUIVALENTS)
def test_seed_equivalent_statements_share_a_cluster(
    request: pytest.FixtureRequest,
    fixture: str,
    pick_a: tuple[tuple[str, ...], str | None],
    pick_b: tuple[tuple[str, ...], str | None],
) -> None:
    articles, graph = request.getfixturevalue(fixture)
    left = _claims(articles, "000", *pick_a[0], speaker=pick_a[1])
    right = _claims(articles, "001", *pick_b[0], speaker=pick_b[1])
    assert left, f"no claim {pick_a} in 000"
    assert right, f"no claim {pick_b} in 001"
    assert any(together(graph, x, y) for x in left for y in right)


def test_seed_kims_trip_links_when_extracted(
    seeds_unattributed: tuple[list[Article], ClaimGraph],
) -> None:
    """Both outlets state Kim's 2023 trip themselves: one cluster, apart from the Kremlin's
    statement about Putin's coming visit (another statement, from another source)."""
    articles, graph = seeds_unattributed
    left = _claims(articles, "000", "visited Russia")
    right = _claims(articles, "001", "trip to Russia")
    assert left
    assert right
    trip = [c for c in graph.clusters if any(x in c.members for x in left)]
    assert len(trip) == 1
    assert any(y in trip[0].members for y in right)
    kremlin = _claims(articles, "000", "return visit", "Putin") + _claims(
        articles, "001", "trip by the Russian leader"
    )
    assert kremlin
    assert not any(k in trip[0].members for k in kremlin)


def _speaker_text(articles: list[Article], r: ClaimRef) -> str | None:
    art = next(a for a in articles if a.id == r.article)
    claim = next(c for c in art.claims if c.id == r.claim)
    return claim.speaker.text if claim.speaker else None


@BOTH_SEED_FIXTURES
def test_seed_dia_finding_cluster_is_one_source(
    request: pytest.FixtureRequest, fixture: str
) -> None:
    """The Pentagon/DIA finding does not absorb the experts', Soo Kim's or KCNA's words."""
    articles, graph = request.getfixturevalue(fixture)
    finding = _claims(articles, "001", "Russia is using North Korean ballistic missiles")
    assert finding
    clusters = [c for c in graph.clusters if finding[0] in c.members]
    assert len(clusters) == 1
    members = clusters[0].members
    speakers = {(_speaker_text(articles, r) or "").lower() for r in members}
    assert "experts" not in speakers
    assert not any("soo kim" in sp for sp in speakers)
    kcna = _claims(articles, "000", "rockets hit a target")
    assert kcna
    assert not any(k in members for k in kcna)


#: (words in 000, the other article, words in it, id, only with unattributed=True): the
#: last three are the outlet's own statements, claims only when unattributed ones are kept.
SEED_APART = [
    (pick("rockets hit a target"), "001", pick("debris"), "kcna-rockets-vs-dia-debris", False),
    (pick("rockets hit a target"), "000", pick("debris"), "kcna-rockets-vs-report-debris", False),
    (
        pick("return visit", "Putin"),
        "001",
        pick("efforts to provide additional weapons"),
        "kremlin-visit-vs-analyst",
        False,
    ),
    (
        pick("Russia is using North Korean ballistic missiles"),
        "001",
        pick("Russia uses North Korean missiles", speaker="Washington"),
        "pentagon-finding-vs-washington",
        False,
    ),
    (
        pick("return visit", "Putin"),
        "001",
        pick("Kim Jong Un made a rare overseas trip"),
        "kremlin-visit-vs-kim-trip",
        True,
    ),
    (
        pick("A report from the Pentagon supports this"),
        "001",
        pick("no comment"),
        "unattributed-report-vs-ministry-no-comment",
        True,
    ),
    (
        pick("thousands of containers"),
        "001",
        pick("vetoed"),
        "seoul-containers-vs-unattributed-veto",
        True,
    ),
]


@pytest.mark.parametrize(
    ("fixture", "words_a", "article_b", "words_b"),
    [
        pytest.param(fixture, a, other, b, id=f"{fixture}-{ident}")
        for a, other, b, ident, unattributed_only in SEED_APART
        for fixture in ("seeds", "seeds_unattributed")
        if fixture == "seeds_unattributed" or not unattributed_only
    ],
)
def test_seed_claims_that_merely_share_entities_stay_apart(
    request: pytest.FixtureRequest,
    fixture: str,
    words_a: tuple[tuple[str, ...], str | None],
    article_b: str,
    words_b: tuple[tuple[str, ...], str | None],
) -> None:
    articles, graph = request.getfixturevalue(fixture)
    left = _claims(articles, "000", *words_a[0], speaker=words_a[1])
    right = _claims(articles, article_b, *words_b[0], speaker=words_b[1])
    assert left, f"no claim {words_a} in 000"
    assert right, f"no claim {words_b} in {article_b}"
    assert not any(together(graph, x, y) for x in left for y in right)


@BOTH_SEED_FIXTURES
def test_seed_kharkiv_direction_conflict_is_reported(
    request: pytest.FixtureRequest, fixture: str
) -> None:
    _, graph = request.getfixturevalue(fixture)
    conflicts = [c for cl in graph.clusters for c in cl.conflicts if c.kind == "place"]
    values = {
        frozenset((c.a_value.split()[0].lower(), c.b_value.split()[0].lower())) for c in conflicts
    }
    assert frozenset(("northeastern", "northwestern")) in values


# --------------------------------------------------------------- graded speaker gate

INSTITUTES: dict[str, tuple[str, str | None]] = {
    **ENTITIES,
    "Sylvania Institute of Marine Sciences": ("ORG", "org:sylvania institute of marine sciences"),
    "Sylvania Institute": ("ORG", "org:sylvania institute"),
    "Marine Sciences Institute": ("ORG", "org:marine sciences institute"),
    "Tom Reed": ("PERSON", "person:tom reed"),
    "Anna Berg": ("PERSON", "person:anna berg"),
}


def _features_of(speaker: str | None, index: int) -> ClaimFeatures:
    text = f"{LOOSE_A}, {speaker} said." if speaker else f"{LOOSE_A}."
    spec: dict[str, Any] = {"content": LOOSE_A}
    if speaker:
        spec.update(speaker=speaker, cue="said", resolved=None if speaker.islower() else speaker)
    art = make_article(f"a{index}", text, [spec], entities=INSTITUTES)
    return extract_features(art, art.claims[0], index)


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        pytest.param("Tom Reed", "Anna Berg", "conflict", id="two-people"),
        pytest.param(
            "Sylvania Institute",
            "Sylvania Institute of Marine Sciences",
            "same",
            id="short-name-opens-long-name",
        ),
        pytest.param(
            "Sylvania Institute",
            "Marine Sciences Institute",
            "conflict",
            id="two-identities-sharing-a-word",
        ),
        pytest.param("experts", "Tom Reed", "conflict", id="group-vs-person"),
        pytest.param("experts", "analysts", "same", id="two-groups"),
        pytest.param("her rep", "Tom Reed", "unknown", id="role-noun-vs-person"),
        pytest.param(None, "Tom Reed", "unknown", id="unattributed-vs-person"),
        pytest.param("investigators", "police", "unknown", id="group-vs-role-noun"),
        pytest.param(None, None, "same", id="two-unattributed"),
    ],
)
def test_speaker_relation_is_graded(first: str | None, second: str | None, relation: str) -> None:
    a, b = _features_of(first, 0), _features_of(second, 1)
    assert speaker_relation(a, b, set()).value == relation
    assert speaker_relation(b, a, set()).value == relation


def test_clusters_never_hold_two_named_sources_but_gather_underspecified_ones() -> None:
    """Only a conflict is a complete link: an unattributed restatement joins Tom Reed's
    claim, Anna Berg's identical words stay apart from both."""
    arts = [
        _stated("a", SAME, "Tom Reed"),
        _stated("b", SAME, None),
        _stated("c", SAME, "Anna Berg"),
    ]
    graph = claimx.link(arts)
    groups = sorted(sorted(r.article for r in c.members) for c in graph.clusters)
    assert groups in ([["a", "b"]], [["b", "c"]])


def test_second_pass_merges_corroborated_clusters_only() -> None:
    # {0,1} and {2,3} agree on average (weak pair 1-2); the lone 4 has one weak pair with 0
    scores = {(0, 2): 0.2, (0, 3): 0.1, (1, 2): 0.3, (1, 3): 0.2, (0, 4): 0.3, (1, 4): 0.3}
    groups = [[0, 1], [2, 3], [4]]

    def pair(i: int, j: int) -> float:
        return scores.get((i, j), 0.0)

    merged = merge_supported(groups, [(0.3, 1, 2), (0.3, 0, 4)], pair, bar=0.15)
    assert merged == [[0, 1, 2, 3], [4]]
    assert merge_supported(groups, [(0.3, 1, 2)], pair, bar=0.25) == groups
    forbidden = merge_supported(
        groups, [(0.3, 1, 2)], pair, bar=0.15, compatible=lambda i, j: (i, j) != (0, 3)
    )
    assert forbidden == groups


# ------------------------------------------------------- speaker resolution at link time


def test_a_short_name_inside_a_long_one_scores_as_one_source() -> None:
    """The gate takes "Sylvania Institute" / "Sylvania Institute of Marine Sciences" for one
    source; the speaker component must agree (no different-speaker penalty)."""
    content = "the storm surge reached four metres at the northern port of Kharkiv"

    def at(aid: str, speaker: str) -> Article:
        text = f"{content}, the {speaker} said."
        spec = {"content": content, "speaker": speaker, "cue": "said"}
        return make_article(aid, text, [spec], entities=INSTITUTES)

    short, long_ = at("a", "Sylvania Institute"), at("b", "Sylvania Institute of Marine Sciences")
    other = at("c", "Marine Sciences Institute")
    assert pair(short, long_)[1]["speaker"] == 0.85
    assert pair(short, other)[1]["speaker"] < 0.3


@pytest.mark.parametrize(
    ("text", "speaker", "keyed"),
    [
        pytest.param(
            "Two guards were taken hostage, police in Kharkiv said.",
            "police in Kharkiv",
            False,
            id="police-in-a-city",
        ),
        pytest.param(
            "Two guards were taken hostage, a Kharkiv prison statement said.",
            "a Kharkiv prison statement",
            False,
            id="statement-of-a-place",
        ),
        pytest.param(
            "Two guards were taken hostage, Kharkiv said.", "Kharkiv", True, id="the-place"
        ),
        pytest.param(
            "Two guards were taken hostage, the Kharkiv city government said.",
            "the Kharkiv city government",
            True,
            id="the-place-government",
        ),
    ],
)
def test_a_description_located_at_a_place_is_not_the_place(
    text: str, speaker: str, keyed: bool
) -> None:
    art = make_article(
        "a", text, [{"content": "Two guards were taken hostage", "speaker": speaker, "cue": "said"}]
    )
    feats = extract_features(art, art.claims[0], 0)
    assert ("place:kharkiv" in feats.speaker_keys) is keyed
    assert stem("Kharkiv") in feats.speaker_stems  # the words still compare as a description


SPOKESMAN_TEXT = (
    "The singer died on Thursday at her home, her spokesman said. She had been ill for "
    "months, spokesman Carl Hodge said in a statement."
)
PEOPLE: dict[str, tuple[str, str | None]] = {
    "Carl Hodge": ("PERSON", "person:carl hodge"),
    "Dana Voss": ("PERSON", "person:dana voss"),
}


def _spokesman_article(aid: str, text: str, speaker: str) -> Article:
    """The singer's death "said" by an unresolved description (as the extractor leaves it)."""
    spec = {"content": "The singer died on Thursday at her home", "speaker": speaker}
    return make_article(aid, text, [{**spec, "cue": "said", "resolved": None}], entities=PEOPLE)


@pytest.mark.parametrize(
    ("text", "speaker", "keyed"),
    [
        pytest.param(SPOKESMAN_TEXT, "her spokesman", True, id="role-named-in-apposition"),
        pytest.param(
            "The singer died on Thursday at her home, her rep said. Her publicist, Carl "
            "Hodge, declined to comment.",
            "her rep",
            False,
            id="another-role",
        ),
        pytest.param(
            "The singer died on Thursday at her home, her publicist said. Her publicist, Carl "
            "Hodge, declined to comment.",
            "her publicist",
            True,
            id="role-comma-name",
        ),
        pytest.param(
            "The singer died on Thursday at her home, her spokesman said. Spokesman Carl "
            "Hodge and spokesman Dana Voss declined to comment.",
            "her spokesman",
            False,
            id="two-people-in-the-role",
        ),
        pytest.param(
            "The singer died on Thursday at her home, officials said. Officials Carl Hodge "
            "and Dana Voss declined to comment.",
            "officials",
            False,
            id="a-group-is-not-one-person",
        ),
    ],
)
def test_a_role_description_takes_the_person_the_article_names_in_that_role(
    text: str, speaker: str, keyed: bool
) -> None:
    art = _spokesman_article("a", text, speaker)
    feats = extract_features(art, art.claims[0], 0)
    assert ("person:carl hodge" in feats.speaker_keys) is keyed


def test_a_resolved_role_description_is_the_named_person_elsewhere() -> None:
    """ "her spokesman" is the article's "spokesman Carl Hodge": the same source as Carl
    Hodge in another outlet, and not Dana Voss."""
    content = "the singer died at home on Thursday night"
    feats = [extract_features(*_first(_spokesman_article("a", SPOKESMAN_TEXT, "her spokesman")), 0)]
    for k, name in enumerate(("Carl Hodge", "Dana Voss"), start=1):
        art = make_article(
            f"b{k}",
            f"{content}, {name} said.",
            [{"content": content, "speaker": name, "cue": "said"}],
            entities=PEOPLE,
        )
        feats.append(extract_features(*_first(art), k))
    assert speaker_relation(feats[0], feats[1], set()).value == "same"
    assert speaker_relation(feats[0], feats[2], set()).value == "conflict"


def _first(article: Article) -> tuple[Article, Claim]:
    return article, article.claims[0]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("the U.S. Department of Defense", "US Department of Defense"),
        ("Rolls-Royce", "Rolls Royce"),
        ("Corée du Nord", "coree du nord"),
    ],
)
def test_linking_name_keys_use_the_alias_normalisation(first: str, second: str) -> None:
    """One name normaliser for the alias data and the linker's ``name:`` keys."""
    from claimx.entities.aliases import normalize_name
    from claimx.linking.features import normalise_name

    assert normalise_name(first) == normalise_name(second) == normalize_name(first)


NEWSROOM: dict[str, tuple[str, str | None]] = {
    "Carl Hodge": ("PERSON", "person:carl hodge"),
    "DIA": ("ORG", "org:dia"),
    "Defense Intelligence Agency": ("ORG", "org:defense intelligence agency"),
    "Pentagon": ("ORG", "org:pentagon"),
}
DIRECTOR = "the director is in talks to return for the sequel"


def _reported(aid: str, speaker: str, resolved: str | None = None) -> ClaimFeatures:
    """``DIRECTOR`` said by ``speaker``, resolved as the extractor did (``resolved``)."""
    text = f"Carl Hodge spoke on Monday. {DIRECTOR[0].upper()}{DIRECTOR[1:]}, {speaker} said."
    art = make_article(
        aid,
        text,
        [
            {
                "content": DIRECTOR[0].upper() + DIRECTOR[1:],
                "speaker": speaker,
                "cue": "said",
                "resolved": resolved,
            }
        ],
        entities=NEWSROOM,
    )
    if resolved == "Carl Hodge":  # the extractor tied the mention to the wrong entity
        claim = art.claims[0]
        assert claim.speaker is not None
        wrong = claim.speaker.model_copy(update={"entity": "e1"})
        art = art.model_copy(update={"claims": (claim.model_copy(update={"speaker": wrong}),)})
        assert art.entities[0].name == "Carl Hodge"
    return extract_features(art, art.claims[0], 0)


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        pytest.param(("DIA",), ("Defense Intelligence Agency",), "same", id="acronym"),
        pytest.param(("The Trade Reporter",), ("TTR",), "same", id="acronym-with-the"),
        pytest.param(("The Trade Reporter",), ("TMZ",), "conflict", id="two-outlets-unrecognised"),
        pytest.param(("The Trade Reporter", "Carl Hodge"), ("TTR",), "same", id="misresolved-name"),
        pytest.param(("Pentagon",), ("DIA",), "conflict", id="not-an-acronym-of-it"),
        pytest.param(("Police",), ("TMZ",), "unknown", id="one-capitalised-noun-is-no-name"),
    ],
)
def test_unrecognised_names_and_acronyms_name_their_source(
    first: tuple[str, ...], second: tuple[str, ...], relation: str
) -> None:
    a = _reported("a", *first)
    b = _reported("b", *second)
    b.index = 1
    assert speaker_relation(a, b, set()).value == relation
    assert speaker_relation(b, a, set()).value == relation


@pytest.mark.parametrize(
    ("speaker", "entity", "relation"),
    [
        pytest.param("Carl Hodge", "e1", "conflict", id="named-in-the-mention"),
        pytest.param("The President", "e1", "unknown", id="title-resolved-elsewhere"),
        pytest.param("she", "e1", "unknown", id="pronoun-resolved-elsewhere"),
    ],
)
def test_a_resolved_description_never_vetoes_a_named_speaker(
    speaker: str, entity: str, relation: str
) -> None:
    """Only a name inside the mention makes a speaker a named source that can conflict
    with another; "The President" resolved to the nominee he named may be mis-resolved."""
    content = "the nominee will lead the agency from next year"
    text = f"Carl Hodge was named. The nominee will lead the agency from next year, {speaker} said."
    spec = {"content": "The nominee will lead the agency from next year", "speaker": speaker}
    art = make_article("a", text, [{**spec, "cue": "said", "resolved": "Carl Hodge"}], NEWSROOM)
    claim = art.claims[0]
    assert claim.speaker is not None
    tied = claim.speaker.model_copy(update={"entity": entity})
    art = art.model_copy(update={"claims": (claim.model_copy(update={"speaker": tied}),)})
    other = make_article(
        "b",
        f"{content}, Dana Voss said.",
        [{"content": content, "speaker": "Dana Voss", "cue": "said"}],
        PEOPLE,
    )
    a, b = extract_features(art, art.claims[0], 0), extract_features(other, other.claims[0], 1)
    assert "person:carl hodge" in a.speaker_keys
    assert speaker_relation(a, b, set()).value == relation


ACADEMY: dict[str, tuple[str, str | None]] = {
    "Carl Hodge": ("PERSON", "person:carl hodge"),
    "Film Academy": ("ORG", "org:film academy"),
}


@pytest.mark.parametrize(
    ("text", "part"),
    [
        pytest.param(
            "The host will return, Film Academy producer Carl Hodge said.",
            True,
            id="org-role-person",
        ),
        pytest.param(
            "The host will return, Film Academy's Carl Hodge said.",
            True,
            id="org-possessive-person",
        ),
        pytest.param(
            "The host will return, Carl Hodge, Film Academy president, said.",
            True,
            id="person-org-role-apposition",
        ),
        pytest.param(
            "The host will return, Carl Hodge, director of the Film Academy, said.",
            True,
            id="person-role-of-org-apposition",
        ),
        pytest.param(
            "The host will return after the Film Academy sued Carl Hodge.",
            False,
            id="a-verb-is-no-role",
        ),
        pytest.param(
            "The host will return, Carl Hodge, a critic of the Film Academy, said.",
            False,
            id="a-critic-of-it",
        ),
        pytest.param(
            "The host will return, Carl Hodge, Film Academy critic, said.",
            False,
            id="not-a-position-in-it",
        ),
    ],
)
def test_a_person_in_an_organisations_role_is_part_of_it(text: str, part: bool) -> None:
    art = make_article("a", text, [{"content": "The host will return"}], ACADEMY)
    assert (("person:carl hodge", "org:film academy") in part_of_evidence(art)) is part


def test_the_organisation_and_its_producer_are_one_source() -> None:
    content = "the comedian will host the ceremony for a second time"
    org = spoken("a", f"{content}, the Film Academy said.", content, "Film Academy", ACADEMY)
    person = spoken(
        "b", f"{content}, Film Academy producer Carl Hodge said.", content, "Carl Hodge", ACADEMY
    )
    feats = [extract_features(org, org.claims[0], 0), extract_features(person, person.claims[0], 1)]
    part_of = part_of_evidence(org) | part_of_evidence(person)
    assert speaker_relation(feats[0], feats[1], part_of).value == "same"
    assert speaker_relation(feats[0], feats[1], set()).value == "conflict"


BUREAU: dict[str, tuple[str, str | None]] = {
    "Carl Hodge": ("PERSON", "person:carl hodge"),
    "Dana Voss": ("PERSON", "person:dana voss"),
    "Lunaria Security Response Center": ("ORG", "org:lunaria security response center"),
    "Lunaria": ("ORG", "org:lunaria"),
    "Film Academy of Arts and Sciences": ("ORG", "org:film academy of arts and sciences"),
    "Film Academy": ("ORG", "org:film academy"),
}


@pytest.mark.parametrize(
    ("part_text", "part_speaker", "whole_text", "whole_speaker"),
    [
        pytest.param(
            "the patch fixes the flaw, Lunaria Security Response Center director Carl Hodge said.",
            "Carl Hodge",
            "the patch fixes the flaw, Lunaria said.",
            "Lunaria",
            id="part-of-a-sub-organisation-named-after-it",
        ),
        pytest.param(
            "the patch fixes the flaw, Film Academy president Carl Hodge said.",
            "Carl Hodge",
            "the patch fixes the flaw, the Film Academy of Arts and Sciences said.",
            "Film Academy of Arts and Sciences",
            id="part-of-a-name-that-opens-the-other",
        ),
    ],
)
def test_a_part_of_a_named_organisation_is_part_of_the_names_it_opens(
    part_text: str, part_speaker: str, whole_text: str, whole_speaker: str
) -> None:
    """Two spellings of one organisation (a name inside the other's name) are one source
    for the gate; so is a person stated to be part of either."""
    content = "the patch fixes the flaw"
    part = spoken("a", part_text, content, part_speaker, BUREAU)
    whole = spoken("b", whole_text, content, whole_speaker, BUREAU)
    feats = [extract_features(part, part.claims[0], 0), extract_features(whole, whole.claims[0], 1)]
    part_of = part_of_evidence(part) | part_of_evidence(whole)
    assert speaker_relation(feats[0], feats[1], part_of).value == "same"
    assert speaker_relation(feats[0], feats[1], set()).value == "conflict"
    # another person of the same organisation is still another source
    other = spoken("c", f"{content}, Dana Voss said.", content, "Dana Voss", BUREAU)
    feats.append(extract_features(other, other.claims[0], 2))
    assert speaker_relation(feats[0], feats[2], part_of).value == "conflict"


def test_a_configured_embedding_backend_is_prepared_for_the_call() -> None:
    emb = pytest.importorskip("claimx.linking.embeddings")
    if not emb.embeddings_available():
        pytest.skip("the [embeddings] extra is not installed")
    arts = [_stated("a", LOOSE_A, "her rep"), _stated("b", LOOSE_B, "a publicist")]
    named = claimx.link(arts, similarity="embeddings")
    configured = claimx.link(arts, similarity=emb.EmbeddingSimilarity())
    assert named.clusters  # same language: the lexical score links the two role nouns
    assert [c.members for c in configured.clusters] == [c.members for c in named.clusters]
    assert [lk.reasons for lk in configured.links] == [lk.reasons for lk in named.links]


# ------------------------------------------------ precision on unrelated news (issue #13)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param("to comment", id="bare-infinitive"),
        pytest.param("it", id="pronoun"),
        pytest.param("“betrayal”", id="one-quoted-word"),
    ],
)
def test_uninformative_contents_never_link(content: str) -> None:
    """One source saying nothing two outlets could share does not make one claim."""
    arts = [
        make_article(
            aid,
            f"Tom Reed declined {content} on the Kharkiv fire.",
            [{"content": content, "speaker": "Tom Reed", "cue": "declined"}],
        )
        for aid in ("a", "b")
    ]
    score, reasons = pair(*arts)
    assert score == 0.0
    assert "uninformative" in reasons
    assert claimx.link(arts).clusters == ()


def test_an_embedded_question_never_links_with_an_assertion() -> None:
    asserted = said("a", "the army fired missiles at the port of Kharkiv", "Tom Reed")
    asked = said("b", "why the army fired missiles at the port of Kharkiv", "Tom Reed")
    also_asked = said("c", "the real reason why the army fired missiles at Kharkiv", "Tom Reed")
    score, reasons = pair(asserted, asked)
    assert score == 0.0
    assert "question" in reasons
    assert pair(asked, also_asked)[0] > claimx.linking.DEFAULT_THRESHOLD
    graph = claimx.link([asserted, asked, also_asked])
    assert not together(graph, ref(asserted), ref(asked))
    assert not together(graph, ref(asserted), ref(also_asked))


def test_unrelated_stories_never_share_a_cluster() -> None:
    """Two articles sharing no named entity, number or date never link, not even through a
    third article that shares something with each."""
    content = "the council approved the harbour budget after a long night of talks"
    freedonia = said("a", f"{content} in Freedonia")
    sylvania = said("b", f"{content} in Sylvania")
    both = said("c", f"{content} in Freedonia and Sylvania")
    score, reasons = pair(freedonia, sylvania)
    assert score == 0.0
    assert "other_story" in reasons
    assert pair(freedonia, both)[0] > claimx.linking.DEFAULT_THRESHOLD
    assert pair(sylvania, both)[0] > claimx.linking.DEFAULT_THRESHOLD
    graph = claimx.link([freedonia, sylvania, both])
    assert not together(graph, ref(freedonia), ref(sylvania))
    # a shared number is enough to leave the decision to the scores
    sums = [
        said(a, f"{content} in {p}, a budget of 412 million")
        for a, p in (("d", "Freedonia"), ("e", "Sylvania"))
    ]
    assert "other_story" not in pair(*sums)[1]


def _with_context(article: Article, index: int, shared: set[str]) -> ClaimFeatures:
    """The claim's features in an article whose entity context is set by hand: 30 names
    of its own and ``shared`` (so two such articles share only ``shared``)."""
    f = extract_features(article, article.claims[0], index)
    f.context = frozenset(shared | {f"name:{article.id}{k}" for k in range(30)})
    f.story = f.context
    return f


def test_two_stories_sharing_one_content_word_never_link() -> None:
    """Below half the same-story context, one shared content word ("mayor") is chance: the
    pair needs two. The same context with a restated content still scores."""
    shared = {"person:tom reed", "place:kharkiv"}
    one_word = (said("a", "the mayor's decision"), said("b", "the mayor was unaware of the plan"))
    restated = (
        said("c", "the mayor cancelled the harbour festival"),
        said("d", "the mayor has cancelled the harbour festival for this year"),
    )
    for (x, y), expect_link in ((one_word, False), (restated, True)):
        fx, fy = _with_context(x, 0, shared), _with_context(y, 1, shared)
        score, reasons = score_pair(ScoringContext(features=[fx, fy]), fx, fy)
        assert 0.0 < reasons["context"] < 0.1
        if expect_link:
            assert "other_story_words" not in reasons
            assert score > claimx.linking.DEFAULT_THRESHOLD
        else:
            assert reasons["other_story_words"] == 1.0
            assert reasons["content"] > 0.3  # the short content alone would have carried it
            assert score == 0.0


def test_a_story_is_its_entities_numbers_and_resolved_dates() -> None:
    art = claimx.parse(
        "Tom Reed said on 3 March 2023 that 1,200 workers in Kharkiv lost their jobs.",
        language="en",
        published="2023-03-05",
    )
    story = article_story(art)
    assert "num:1200" in story
    assert any(k.startswith("date:2023-03-03") for k in story)
    assert article_context(art) <= story


# ------------------------------------------ speakers through descriptions (issue #13)

KIN: dict[str, tuple[str, str | None]] = {
    **ENTITIES,
    "Freedonian": ("NORP", "country:FRE"),
    "Mara Quill": ("PERSON", "person:mara quill"),
}
DENIAL = "the army never fired missiles at the port of Kharkiv"


def test_an_unnamed_description_matches_the_named_apposition() -> None:
    """ "the younger sister of Freedonian leader Anna Berg" in one article is "Mara Quill,
    the sister of Freedonian leader Anna Berg," in another: a scored reason, one source."""
    unnamed_speaker = "The younger sister of Freedonian leader Anna Berg"
    unnamed = spoken(
        "a", f"{unnamed_speaker} said {DENIAL}.", DENIAL, unnamed_speaker, KIN, resolved=None
    )
    named = spoken(
        "b",
        f"Mara Quill, the sister of Freedonian leader Anna Berg, said {DENIAL}.",
        DENIAL,
        "Mara Quill",
        KIN,
    )
    fa, fb = (
        extract_features(unnamed, unnamed.claims[0], 0),
        extract_features(named, named.claims[0], 1),
    )
    assert fa.speaker_keys == frozenset()
    assert fa.described & fb.described == {"rel:sister:person:anna berg"}
    assert speaker_relation(fa, fb, set()).value == "same"
    score, reasons = pair(unnamed, named)
    assert reasons["described"] == 1.0
    assert reasons["speaker"] == 0.85
    assert score > claimx.linking.DEFAULT_THRESHOLD
    assert len(claimx.link([unnamed, named]).clusters) == 1


def test_a_description_resolved_to_the_person_it_names_is_not_that_person() -> None:
    """ "the sister of Anna Berg" resolved to Anna Berg is someone else: no speaker keys, so
    no conflict with a third person either."""
    text = f"The sister of Anna Berg said {DENIAL}."
    art = make_article(
        "a",
        text,
        [
            {
                "content": DENIAL,
                "speaker": "The sister of Anna Berg",
                "cue": "said",
                "resolved": "Anna Berg",
            }
        ],
        KIN,
    )
    f = extract_features(art, art.claims[0], 0)
    assert "person:anna berg" not in f.speaker_keys
    assert "rel:sister:person:anna berg" in f.described


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("the agency's director", {"rel:director:agency"}, id="possessive-noun"),
        pytest.param("Anna Berg's brother", {"rel:brother:person:anna berg"}, id="possessive-name"),
        pytest.param("the director of the agency", {"rel:director:agency"}, id="of-noun"),
        pytest.param("her spokesman", set(), id="pronoun-owner"),
        pytest.param("the farmers of the valley", set(), id="not-a-role"),
    ],
)
def test_descriptions_of_a_person_through_another(text: str, expected: set[str]) -> None:
    art = make_article("a", f"{text} spoke.", [{"content": f"{text} spoke"}], KIN)
    assert descriptions(art, 0, len(text), lexicon("en")) == expected


def test_a_coordinated_speaker_is_each_source_it_names() -> None:
    both = make_article(
        "a",
        f"Tom Reed and Anna Berg said {DENIAL}.",
        [
            {
                "content": DENIAL,
                "speaker": "Tom Reed and Anna Berg",
                "cue": "said",
                "resolved": "Tom Reed",
            }
        ],
    )
    one = said("b", DENIAL, "Anna Berg")
    fa, fb = extract_features(both, both.claims[0], 0), extract_features(one, one.claims[0], 1)
    assert {"person:tom reed", "person:anna berg"} <= fa.speaker_keys
    assert speaker_relation(fa, fb, set()).value == "same"


def test_a_description_of_an_organisation_takes_the_articles_main_organisation() -> None:
    """ "the agency" in an article about the Army Intelligence Bureau is the Bureau (an
    inferred key: one source with the Bureau, never a veto against anyone else)."""
    content = "the army fired ballistic missiles at the port of Kharkiv"
    text = (
        f"The Army Intelligence Bureau studied the debris. {content.capitalize()}, the agency "
        "said. The Army Intelligence Bureau did not say more."
    )
    art = make_article(
        "a",
        text,
        [
            {
                "content": content.capitalize(),
                "speaker": "the agency",
                "cue": "said",
                "resolved": None,
            }
        ],
    )
    f = extract_features(art, art.claims[0], 0)
    assert "org:army intelligence bureau" in f.speaker_keys
    assert f.speaker_inferred
    bureau = said("b", content, "Army Intelligence Bureau")
    pentagon = said("c", content, "Pentagon")
    fb = extract_features(bureau, bureau.claims[0], 1)
    fc = extract_features(pentagon, pentagon.claims[0], 2)
    assert speaker_relation(f, fb, set()).value == "same"
    assert speaker_relation(f, fc, set()).value == "unknown"


def test_one_source_in_two_stories_is_no_evidence_of_one_claim() -> None:
    """Tom Reed in two articles that share no other name: his identity counts no more than
    an unknown speaker would (the articles' entity context is set by hand: 30 names each,
    one shared)."""
    first = "the army fired missiles at the port overnight"
    second = "the budget for the port was approved"
    a, b = said("a", first, "Tom Reed"), said("b", second, "Tom Reed")
    unsaid = said("c", second)

    def score(x: Article, y: Article) -> tuple[float, dict[str, float]]:
        fx, fy = extract_features(x, x.claims[0], 0), extract_features(y, y.claims[0], 1)
        fx.context = frozenset({"person:tom reed"} | {f"name:a{k}" for k in range(30)})
        fy.context = frozenset({"person:tom reed"} | {f"name:b{k}" for k in range(30)})
        fx.story, fy.story = fx.context, fy.context
        return score_pair(ScoringContext(features=[fx, fy]), fx, fy)

    same, reasons = score(a, b)
    gated, unknown_reasons = score(a, unsaid)
    unknown = unknown_reasons.get("ungated", gated)  # what it scores before the gate
    assert reasons["speaker"] == 1.0
    assert reasons["context"] < 0.05
    assert same - unknown < 0.05


def test_a_place_inside_another_is_not_another_place() -> None:
    text = "Debris was found in the Kharkiv region of northern Ukraine, Tom Reed said."
    art = make_article(
        "a", text, [{"content": "Debris was found", "speaker": "Tom Reed", "cue": "said"}]
    )
    assert ("place:kharkiv", "country:UKR") in part_of_evidence(art)


def test_seed_denial_reported_twice_is_no_stance_conflict(
    seeds_unattributed: tuple[list[Article], ClaimGraph],
) -> None:
    """Kim Yo Jong denies supplying weapons in one outlet and says Pyongyang has no
    intention of exporting them in the other: one denial, linked, without a stance conflict."""
    articles, graph = seeds_unattributed
    denial = _claims(articles, "000", "Pyongyang was supplying weapons")
    named = _claims(articles, "001", speaker="Kim Yo Jong")
    assert denial
    assert named
    clusters = [c for c in graph.clusters if denial[0] in c.members]
    assert len(clusters) == 1
    assert any(n in clusters[0].members for n in named)
    assert not [c for c in clusters[0].conflicts if c.kind in ("stance", "negation")]
    for conflict in (c for cl in graph.clusters for c in cl.conflicts):
        assert conflict.a != conflict.b
        assert conflict.a_value
        assert conflict.b_value
