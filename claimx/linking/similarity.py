"""Pairwise claim similarity: named component scores and their combination.

Every component is symmetric in its two claims and lies in ``[0, 1]``; a component that has
nothing to compare (no numbers on one side, no time on either) is left out of the average
rather than counted as a disagreement:

``content``   idf-weighted cosine of content stems blended with rapidfuzz's
              ``token_sort_ratio`` on the stem strings (or a caller's ``ContentSimilarity``)
``entities``  Dice overlap of the cross-document entity keys mentioned in the content
``speaker``   1 for the same speaker key, 0.85 when one is stated to be part of the other,
              else the overlap of the speaker words ("rep" matches "representative"; at
              least 0.5 when a side is an unresolved description or has no speaker); a
              content strategy may compare the pair's speakers itself (the embedding
              backend, for two languages: :func:`compared_mentions`): one source or two
              by that comparison take its score (two never share a cluster)
``numbers``   share of numbers in agreement (a disagreement is a conflict, not a veto)
``time``      1 when the content time intervals overlap, 0 when they do not
``roles``     a multiplier: 1, or a penalty when the same entities play swapped roles
``context``   idf-weighted cosine of the two articles' entity keys (the same story or not);
              below ``SAME_STORY_CONTEXT``, lowered to what the claims' own passages share
              with the other article (a news roundup's paragraph reports its own story):
              :func:`story_context`

Combination (:func:`score_pair`): 0 for two claims whose speakers cannot be one source
(:func:`~claimx.linking.speakers.speakers_compatible`); else the weighted average of the
available components, capped at
``CONTENT_GATE`` x content (shared names alone never link); boosted, and freed from the cap,
when one source (speaker >= ``SAME_SPEAKER``) speaks in one story (for pairs a content
strategy declares content-led, in proportion to content: :func:`boost_share`); cut by up to
``OTHER_STORY_PENALTY`` when the articles share no named entities (and 0 below
``OTHER_STORY_WORDS_CONTEXT`` unless the contents share ``OTHER_STORY_WORDS`` words, for a
lexical content score); multiplied by the role
factor and, for two different named speakers, by ``SPEAKER_MISMATCH_FACTOR`` (for a
content-led pair, less the more content it shares: :func:`mismatch_factor`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .features import ClaimFeatures
from .speakers import (
    SpeakerRelation,
    is_part,
    named_same,
    speaker_relation,
    speakers_compatible,
    word_overlap,
)

__all__ = [
    "CollectionStats",
    "ContentSimilarity",
    "ScoringContext",
    "Weights",
    "boost_share",
    "compared_mentions",
    "content_led",
    "may_share_cluster",
    "mismatch_factor",
    "never_one_claim",
    "role_factor",
    "score_pair",
    "story_context",
]

ContentSimilarity = Callable[[ClaimFeatures, ClaimFeatures], float]
"""A pluggable content similarity in ``[0, 1]`` (the hook for an embedding backend);
it must be symmetric."""

#: Role multipliers: the same entities with crossed agents/origins, and a weaker mismatch.
SWAP_FACTOR = 0.15
WEAK_ROLE_FACTOR = 0.6
#: Two claims about different agents ("Hodge checked into a clinic" / "Voss checked into a clinic").
DISTINCT_AGENT_FACTOR = 0.5
_CORE_ROLES = ("agent", "origin")
#: Speaker score from which two claims count as said by the same source.
SAME_SPEAKER = 0.85
#: Speaker score of two named speakers that the gate takes for one source without a shared
#: key: one stated part of the other, or one name inside the other ("Academy" / "Academy of
#: Arts and Sciences").
NAMED_SAME_SPEAKER = 0.85
#: The speaker score that says nothing either way (an unresolved description, one side
#: without a speaker).
UNKNOWN_SPEAKER = 0.5
#: Below this speaker score two named speakers are different sources; their pair score is
#: multiplied by SPEAKER_MISMATCH_FACTOR (outlets do repeat each other's sources' words, so
#: this is a penalty, not a veto).
DIFFERENT_SPEAKER = 0.3
SPEAKER_MISMATCH_FACTOR = 0.6
#: A pair score never exceeds this multiple of its content score (unless same source and story).
CONTENT_GATE = 1.5
#: Content score from which a content-led pair (:func:`boost_share`; claims in two languages)
#: gets the whole same-source boost; below it the boost shrinks in proportion, to 0 at 0.
CONTENT_LED_FULL = 0.5
#: Article-context cosine from which two articles count as the same story; pairs from
#: articles below it lose up to OTHER_STORY_PENALTY of their score.
SAME_STORY_CONTEXT = 0.2
OTHER_STORY_PENALTY = 0.7
#: Content words two claims must share to link when their articles' context is below
#: OTHER_STORY_WORDS_CONTEXT (half the same-story context, where the penalty is strongest):
#: a lone shared word ("the president's decision" / "the president was ignorant of the
#: plan") is a coincidence between two stories.
OTHER_STORY_WORDS = 2
OTHER_STORY_WORDS_CONTEXT = SAME_STORY_CONTEXT / 2
#: Weight of content words that are part of entity names (compared by the entities component).
ENTITY_WORD_WEIGHT = 0.5
#: Pseudo-documents in which every word is assumed absent: keeps idf meaningful when only a
#: handful of claims (one story) are linked.
IDF_PRIOR = 100


@dataclass(frozen=True, slots=True)
class Weights:
    """Weights of the averaged components (renormalised over the available ones)."""

    content: float = 0.6
    entities: float = 0.15
    speaker: float = 0.15
    numbers: float = 0.05
    time: float = 0.05
    context: float = 0.4


@dataclass(frozen=True, slots=True)
class CollectionStats:
    """The collection-level counts that pair scores read: how many claims carry each content
    stem and how many articles (with claims) each context entity key.

    Counted once over all claims (:meth:`of`), or per part of a collection and added up
    (``+``) when the parts hold disjoint sets of articles (:mod:`claimx.dask`)."""

    claims: int = 0
    stem_df: Counter[str] = field(default_factory=Counter)
    articles: int = 0
    context_df: Counter[str] = field(default_factory=Counter)

    @classmethod
    def of(cls, features: Iterable[ClaimFeatures]) -> CollectionStats:
        claims = 0
        stem_df: Counter[str] = Counter()
        contexts: dict[str, frozenset[str]] = {}
        for f in features:
            claims += 1
            stem_df.update(f.stem_set)
            contexts[f.ref.article] = f.context
        context_df: Counter[str] = Counter()
        for keys in contexts.values():
            context_df.update(keys)
        return cls(claims, stem_df, len(contexts), context_df)

    def __add__(self, other: CollectionStats) -> CollectionStats:
        return CollectionStats(
            self.claims + other.claims,
            self.stem_df + other.stem_df,
            self.articles + other.articles,
            self.context_df + other.context_df,
        )


@dataclass(slots=True)
class ScoringContext:
    """Collection-level statistics shared by all pair scores (idf, part-of evidence).

    ``stats`` are the counts of the whole collection; by default they are counted over
    ``features``, which may otherwise be any subset of it (a worker's share). Per-claim
    vectors are kept by :attr:`ClaimFeatures.index`."""

    features: Sequence[ClaimFeatures]
    part_of: set[tuple[str, str]] = field(default_factory=set)
    weights: Weights = field(default_factory=Weights)
    content_similarity: ContentSimilarity | None = None
    stats: CollectionStats | None = None
    idf: dict[str, float] = field(init=False)
    vectors: dict[int, dict[str, float]] = field(init=False)
    norms: dict[int, float] = field(init=False)
    joined: dict[int, str] = field(init=False)
    context_idf: dict[str, float] = field(init=False)
    context_norms: dict[str, float] = field(init=False)

    def __post_init__(self) -> None:
        stats = self.stats if self.stats is not None else CollectionStats.of(self.features)
        contexts = {f.ref.article: f.context for f in self.features}
        self.context_idf = {
            k: math.log((stats.articles + IDF_PRIOR) / c) for k, c in stats.context_df.items()
        }
        self.context_norms = {
            art: math.sqrt(math.fsum(self.context_idf[k] ** 2 for k in keys))
            for art, keys in contexts.items()
        }
        n = stats.claims
        self.idf = {s: math.log((n + IDF_PRIOR) / c) for s, c in stats.stem_df.items()}
        self.vectors = {
            f.index: {
                s: self.idf[s] * (ENTITY_WORD_WEIGHT if s in f.entity_stems else 1.0)
                for s in f.stem_set
            }
            for f in self.features
        }
        self.norms = {
            i: math.sqrt(math.fsum(w * w for w in v.values())) for i, v in self.vectors.items()
        }
        self.joined = {f.index: " ".join(sorted(f.stems)) for f in self.features}


def _cosine(ctx: ScoringContext, a: ClaimFeatures, b: ClaimFeatures) -> float:
    va, vb = ctx.vectors[a.index], ctx.vectors[b.index]
    shared = a.stem_set & b.stem_set
    if not shared:
        return 0.0
    # a word capitalised inside the text on one side only, written in lower case on the
    # other ("General Motors" / "surgeon general"), counts at ENTITY_WORD_WEIGHT once more:
    # a name and a common word
    mixed = (a.proper_stems & b.common_stems - b.proper_stems) | (
        b.proper_stems & a.common_stems - a.proper_stems
    )
    dot = math.fsum(
        va[s] * vb[s] * (ENTITY_WORD_WEIGHT if s in mixed else 1.0) for s in shared
    )  # exactly rounded: symmetric
    return dot / (ctx.norms[a.index] * ctx.norms[b.index])


def content_score(ctx: ScoringContext, a: ClaimFeatures, b: ClaimFeatures) -> float:
    """Lexical content similarity (or the context's pluggable one)."""
    if ctx.content_similarity is not None:
        return min(1.0, max(0.0, ctx.content_similarity(a, b)))
    cos = _cosine(ctx, a, b)
    if cos == 0.0:
        return 0.0
    fz = fuzz.token_sort_ratio(ctx.joined[a.index], ctx.joined[b.index]) / 100.0
    return 0.7 * cos + 0.3 * fz


def _keys_cosine(
    ctx: ScoringContext,
    x: frozenset[str],
    y: frozenset[str],
    norms: tuple[float, float] | None = None,
) -> float:
    """Idf-weighted cosine of two sets of context entity keys (``norms``: theirs, when
    known; exactly rounded sums, so symmetric)."""
    idf = ctx.context_idf
    small, large = (x, y) if len(x) <= len(y) else (y, x)
    dot = math.fsum(idf.get(k, 0.0) ** 2 for k in small if k in large)
    if not dot:
        return 0.0
    if norms is None:
        norms = (
            math.sqrt(math.fsum(idf.get(k, 0.0) ** 2 for k in x)),
            math.sqrt(math.fsum(idf.get(k, 0.0) ** 2 for k in y)),
        )
    return dot / (norms[0] * norms[1]) if norms[0] and norms[1] else 0.0


def story_context(ctx: ScoringContext, a: ClaimFeatures, b: ClaimFeatures) -> float | None:
    """Whether the two claims report one story: the idf-weighted cosine of the two articles'
    entity keys, lowered to what the claims' own passages share with the other article
    (:attr:`~claimx.linking.features.ClaimFeatures.passage`) when that is less: a news
    roundup's paragraph is judged by its own story, not by the article's other stories.

    The passages are read only for a pair whose articles are not clearly one story
    (cosine below :data:`SAME_STORY_CONTEXT`): two outlets' articles on one story often
    quote different people around a claim, which says nothing against the story.
    ``None`` when neither article names anything; 0 when only one does (an article without
    names shares none with the other's story)."""
    if not a.context and not b.context:
        return None
    if not a.context or not b.context:
        return 0.0  # an article without names shares none with the other's story
    norms = (ctx.context_norms[a.article], ctx.context_norms[b.article])
    whole = _keys_cosine(ctx, a.context, b.context, norms)
    pa = a.passage or a.context
    pb = b.passage or b.context
    if whole == 0.0 or whole >= SAME_STORY_CONTEXT or (pa == a.context and pb == b.context):
        return whole
    # either claim's passage names the other article's story: it is that story's passage
    passage = max(
        _keys_cosine(ctx, pa, b.context) if pa != a.context else whole,
        _keys_cosine(ctx, a.context, pb) if pb != b.context else whole,
    )
    return min(whole, passage)


def _entities(a: ClaimFeatures, b: ClaimFeatures) -> float | None:
    if not a.entity_keys or not b.entity_keys:
        return None
    return 2 * len(a.entity_keys & b.entity_keys) / (len(a.entity_keys) + len(b.entity_keys))


def compared_mentions(
    ctx: ScoringContext, a: ClaimFeatures, b: ClaimFeatures
) -> tuple[SpeakerRelation, float] | None:
    """The content strategy's own speaker comparison of the pair, if it has one
    (``speaker_comparison(a, b) -> (SpeakerRelation, score) | None``; the embedding backend
    compares the speaker mentions of claims in two languages:
    :mod:`claimx.linking.speaker_mentions`); ``None``: the word-based comparison applies."""
    hook = getattr(ctx.content_similarity, "speaker_comparison", None)
    return None if hook is None else hook(a, b)


def _speaker(ctx: ScoringContext, a: ClaimFeatures, b: ClaimFeatures) -> float | None:
    if not a.speaker_known and not b.speaker_known:
        return None
    compared = compared_mentions(ctx, a, b)
    if compared is not None and compared[0] is not SpeakerRelation.UNKNOWN:
        return compared[1]  # one source spelt in two languages, or two sources
    if a.speaker_known != b.speaker_known:
        return 0.5
    if a.speaker_keys & b.speaker_keys:
        return 1.0
    if is_part(ctx.part_of, a.speaker_keys, b.speaker_keys) or named_same(
        a.speaker_keys, b.speaker_keys
    ):
        return NAMED_SAME_SPEAKER  # one named inside the other: one source (see speakers)
    if a.described & b.described and not (a.speaker_keys and b.speaker_keys):
        return NAMED_SAME_SPEAKER  # "the sister of X" / "Y, the sister of X"
    sa, sb = set(a.speaker_stems), set(b.speaker_stems)
    overlap = word_overlap(sa, sb)
    if not a.speaker_keys or not b.speaker_keys:
        # an unresolved description ("her rep", "the ministry") may be anyone: unknown
        return max(overlap, 0.5)
    ida = {k for k in a.speaker_keys if not k.startswith("name:")}
    idb = {k for k in b.speaker_keys if not k.startswith("name:")}
    if ida and idb:  # two different known identities
        overlap = min(overlap, 0.2)
    return overlap


def _numbers(a: ClaimFeatures, b: ClaimFeatures) -> float | None:
    va = {q.value for q in a.quantities if not q.year}
    vb = {q.value for q in b.quantities if not q.year}
    if not va or not vb:
        return None
    return len(va & vb) / min(len(va), len(vb))


def _time(a: ClaimFeatures, b: ClaimFeatures) -> float | None:
    if a.time is None or b.time is None:
        return None
    return 1.0 if a.time[0] < b.time[1] and b.time[0] < a.time[1] else 0.0


def _roles_of(f: ClaimFeatures, shared: frozenset[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in f.entities:
        if m.key in shared:
            out.setdefault(m.key, set()).add(m.role)
    return out


def _crossed(ra: dict[str, set[str]], rb: dict[str, set[str]], role: str) -> bool:
    """An entity has ``role`` only in a, another only in b, and each has another role elsewhere."""
    xs = [k for k, r in ra.items() if role in r and role not in rb.get(k, {role})]
    ys = [k for k, r in rb.items() if role in r and role not in ra.get(k, {role})]
    return any(x != y for x in xs for y in ys)


def _weak(ra: dict[str, set[str]], rb: dict[str, set[str]]) -> bool:
    """A's agent plays another role in b, and b's agent is someone else."""
    agents_a = {k for k, r in ra.items() if "agent" in r}
    agents_b = {k for k, r in rb.items() if "agent" in r}
    return any(k not in agents_b for k in agents_a) and bool(agents_b - agents_a)


def _speaks_of_self(c: ClaimFeatures) -> bool:
    """The content speaks of its (known) speaker in the first person ("I will host ...")."""
    return c.speaker_agent and bool(c.speaker_keys or c.speaker_stems)


def _speaker_in(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Whether ``a``'s speaker is named in ``b``'s content or is ``b``'s speaker too, by
    entity key or by the words of the name ("DeGeneres" in "Ellen DeGeneres will host")."""
    if a.speaker_keys & (b.entity_keys | b.speaker_keys):
        return True
    stems = set(a.speaker_stems)
    return bool(stems) and (stems <= b.stem_set or bool(stems & set(b.speaker_stems)))


def _distinct_agents(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Both claims have an agent and neither agent is mentioned in the other claim. A
    content in the first person has its speaker for an agent ("I am hosting the gala", said
    by X, against "Y will host the gala")."""
    agents_a = {m.key for m in a.entities if m.role == "agent"}
    agents_b = {m.key for m in b.entities if m.role == "agent"}
    self_a, self_b = _speaks_of_self(a), _speaks_of_self(b)
    if not ((agents_a or self_a) and (agents_b or self_b)):
        return False
    if agents_a & b.entity_keys or agents_b & a.entity_keys:
        return False
    return not ((self_a and _speaker_in(a, b)) or (self_b and _speaker_in(b, a)))


def role_factor(a: ClaimFeatures, b: ClaimFeatures) -> float:
    """1.0, or a penalty when shared entities play crossed roles in the two claims.

    "Ukraine uses Russian missiles" / "Russia uses Ukrainian missiles": the agents cross (and
    the origins too), so the pair gets :data:`SWAP_FACTOR`. A shared entity that is the agent
    in one claim but not in the other, which has a different shared agent, gets
    :data:`WEAK_ROLE_FACTOR`.
    """
    if _distinct_agents(a, b):
        return DISTINCT_AGENT_FACTOR
    shared = a.entity_keys & b.entity_keys
    if len(shared) < 2:
        if len(shared) == 1:
            ra, rb = _roles_of(a, shared), _roles_of(b, shared)
            key = next(iter(shared))
            agent_a, agent_b = "agent" in ra[key], "agent" in rb[key]
            has_other_a = any(m.role == "agent" and m.key != key for m in a.entities)
            has_other_b = any(m.role == "agent" and m.key != key for m in b.entities)
            if (agent_a and not agent_b and has_other_b) or (
                agent_b and not agent_a and has_other_a
            ):
                return WEAK_ROLE_FACTOR
        return 1.0
    ra, rb = _roles_of(a, shared), _roles_of(b, shared)
    if any(_crossed(ra, rb, role) or _crossed(rb, ra, role) for role in _CORE_ROLES):
        return SWAP_FACTOR
    if _weak(ra, rb) or _weak(rb, ra):
        return WEAK_ROLE_FACTOR
    return 1.0


def speaker_gated(ctx: ScoringContext, a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Whether the speaker gate (:mod:`claimx.linking.speakers`) applies to the pair.

    The gate compares speakers by their words and resolved names; a content-similarity
    strategy may say that this is unreliable for a pair (``speaker_gate(a, b) -> bool``; the
    embedding backend does so for two languages or a shallow one, where speakers are guesses
    and written differently). Such pairs keep the mismatch penalty and the role check.
    """
    hook = getattr(ctx.content_similarity, "speaker_gate", None)
    return True if hook is None else bool(hook(a, b))


def boost_share(ctx: ScoringContext, a: ClaimFeatures, b: ClaimFeatures, content: float) -> float:
    """Share (0-1) of the same-source-in-one-story boost that the pair may receive.

    For most pairs it is 1: one source quoted in one story may be one statement reported in
    parts, with few words in common. A content-similarity strategy may declare a pair
    *content-led* (``content_led(a, b) -> bool``; the embedding backend does so for claims in
    two languages): there the speaker comparison is a guess across spellings and the story is
    known to be one (a translation), so every statement of that source in the article would
    get the same lift, and it would outrank the translation of the statement itself. For such
    pairs the boost grows with the content evidence: ``content / CONTENT_LED_FULL``, capped
    at 1, and nothing without content.
    """
    if not content_led(ctx, a, b):
        return 1.0
    return min(1.0, content / CONTENT_LED_FULL)


def content_led(ctx: ScoringContext, a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Whether the content strategy declares the pair content-led (see :func:`boost_share`)."""
    hook = getattr(ctx.content_similarity, "content_led", None)
    return hook is not None and bool(hook(a, b))


def mismatch_factor(
    ctx: ScoringContext, a: ClaimFeatures, b: ClaimFeatures, content: float
) -> float:
    """The multiplier for two named speakers that do not match (speaker < DIFFERENT_SPEAKER).

    :data:`SPEAKER_MISMATCH_FACTOR`; for a content-led pair (two languages) the penalty
    shrinks as the content evidence grows, and is gone from ``CONTENT_LED_FULL``: a speaker
    compared by its words across languages is often one source spelt twice ("Federal
    Bureau" / "Oficina Federal", a name and "the company"), so the mismatch cannot outweigh
    a translation of the content.
    """
    if not content_led(ctx, a, b):
        return SPEAKER_MISMATCH_FACTOR
    doubt = 1.0 - min(1.0, content / CONTENT_LED_FULL)
    return 1.0 - (1.0 - SPEAKER_MISMATCH_FACTOR) * doubt


def never_one_claim(
    a: ClaimFeatures, b: ClaimFeatures, ctx: ScoringContext | None = None
) -> str | None:
    """Why ``a`` and ``b`` can never be one claim, whatever their scores, or ``None``.

    ``uninformative``: a content with fewer than ``MIN_CONTENT_WORDS`` content words ("to
    comment", "it"); ``question``: an embedded question ("why she left") and an assertion
    (only where both claims' languages have question words: a question is not recognised
    in a language claimx has none for);
    ``other_story``: the two articles share no named entity, number or date (their
    :attr:`~claimx.linking.features.ClaimFeatures.story` anchors), which includes an article
    with no anchor at all: it shares nothing with another story (except for a content-led
    pair, two languages, where a shallow language may find no anchors). The clustering uses the same
    test as a complete link, so no chain of links crosses it either. A pair that the content
    strategy (``ctx``) declares content-led (two languages, compared as whole statements:
    speaker, cue and content) is not held to the content's word count: "Mara Quill commented
    the profits" says more than "the profits".
    """
    if not (a.informative and b.informative) and not (ctx is not None and content_led(ctx, a, b)):
        return "uninformative"
    if a.question is not None and b.question is not None and a.question != b.question:
        return "question"
    if (
        a.article != b.article
        and not a.story & b.story
        # an article without anchors (a shallow language may find none) is held to it
        # only where the pair is compared word by word, not as two languages' statements
        and ((a.story and b.story) or not (ctx is not None and content_led(ctx, a, b)))
    ):
        return "other_story"
    return None


def may_share_cluster(ctx: ScoringContext, a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """The clustering's complete link: two claims may sit in one cluster unless one of
    :func:`never_one_claim`'s reasons holds or their speakers are two different sources
    (``CONFLICT``, where the speaker gate applies, or by the content strategy's own
    comparison: :func:`compared_mentions`)."""
    if never_one_claim(a, b, ctx) is not None:
        return False
    compared = compared_mentions(ctx, a, b)
    if compared is not None:
        return compared[0] is not SpeakerRelation.CONFLICT
    return (
        not speaker_gated(ctx, a, b)
        or speaker_relation(a, b, ctx.part_of) is not SpeakerRelation.CONFLICT
    )


def score_pair(
    ctx: ScoringContext, a: ClaimFeatures, b: ClaimFeatures
) -> tuple[float, dict[str, float]]:
    """The combined score of two claims and its named components (symmetric in a, b)."""
    veto = never_one_claim(a, b, ctx)
    if veto is not None:
        return 0.0, {veto: 0.0}
    weights = ctx.weights
    content = content_score(ctx, a, b)
    gated = speaker_gated(ctx, a, b)
    compatible = not gated or speakers_compatible(a, b, content, ctx.part_of)
    speaker = _speaker(ctx, a, b)
    share = boost_share(ctx, a, b, content)
    if content == 0.0 and (speaker is None or speaker < SAME_SPEAKER or share == 0.0):
        # nothing in common to say, and not one source's statement: the gate makes it 0
        early = {"content": 0.0} if speaker is None else {"content": 0.0, "speaker": speaker}
        return 0.0, early
    parts: dict[str, float | None] = {
        "content": content,
        "entities": _entities(a, b),
        "speaker": speaker,
        "numbers": _numbers(a, b),
        "time": _time(a, b),
    }
    context = story_context(ctx, a, b)
    other_context = getattr(ctx.content_similarity, "context", None)  # e.g. cross-lingual
    if other_context is not None:
        context = other_context(a, b, context)
    total = 0.0
    weight = 0.0
    reasons: dict[str, float] = {}
    for name, value in parts.items():
        if value is None:
            continue
        w = float(getattr(weights, name))
        reasons[name] = round(value, 6)
        if name == "speaker" and value > UNKNOWN_SPEAKER and context is not None:
            # one source in two stories says two things: its identity counts for the claim
            # only as far as the articles report one story (else it tells nothing: 0.5)
            story = min(1.0, context / SAME_STORY_CONTEXT)
            value = UNKNOWN_SPEAKER + (value - UNKNOWN_SPEAKER) * story
        total += w * value
        weight += w
    score = total / weight if weight else 0.0
    content = reasons["content"]
    speaker = reasons.get("speaker", 0.0)
    # Content must carry a link: without shared content words, shared names are not enough.
    gate = CONTENT_GATE * content
    if context is not None:
        reasons["context"] = round(context, 6)
        if speaker >= SAME_SPEAKER and context >= SAME_STORY_CONTEXT:
            # The same source in the same story: one statement reported in parts (in
            # proportion to the content evidence for a content-led pair, see boost_share).
            score += (1.0 - score) * weights.context * context * share
            gate = max(gate, speaker * context * share)
        # Articles sharing (almost) no named entities report different stories.
        score *= 1.0 - OTHER_STORY_PENALTY * max(0.0, 1.0 - context / SAME_STORY_CONTEXT)
        if (
            context < OTHER_STORY_WORDS_CONTEXT
            and ctx.content_similarity is None
            and len(a.stem_set & b.stem_set) < OTHER_STORY_WORDS
        ):
            # two stories sharing one content word ("the president") share it by chance
            # (a caller's content similarity is not made of words: not counted there)
            reasons["other_story_words"] = float(len(a.stem_set & b.stem_set))
            gate = 0.0
    roles = role_factor(a, b)
    extra_roles = getattr(ctx.content_similarity, "role_factor", None)  # e.g. cross-lingual
    if extra_roles is not None:
        roles = min(roles, float(extra_roles(a, b)))
    reasons["roles"] = roles
    if a.described & b.described:
        reasons["described"] = 1.0  # one description of the speaker in both
    score = min(score, gate) * roles
    if a.speaker_keys and b.speaker_keys and speaker < DIFFERENT_SPEAKER:
        score *= mismatch_factor(ctx, a, b, content)  # two named sources, not the same one
    if not compatible:
        # not one source's statement: never one claim (see claimx.linking.speakers); the
        # score it would have had is kept as ``ungated`` when the speakers may still be one
        # source, for the clustering's average
        if speaker_relation(a, b, ctx.part_of) is SpeakerRelation.UNKNOWN:
            reasons["ungated"] = round(min(1.0, max(0.0, score)), 6)
        reasons["speaker_gate"] = 0.0
        score = 0.0
    return round(min(1.0, max(0.0, score)), 6), reasons
