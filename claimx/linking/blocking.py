"""Candidate pairs for near-linear linking: never all pairs.

Each claim gets a few blocking keys: its speaker keys and descriptions (``s:``; "the sister of
X" is ``rel:sister:<X>``), the cross-document keys of the
rarest entities in its content (``e:``) and its rarest content stems (``t:``); at most
``stem_keys`` of each, only keys that occur in at least two claims. Pairs are formed inside
each block, only between claims of different articles; a pair met in one block only must
come from a small block (``small_block``).

A key shared by more than ``max_block`` claims (a statement wired to hundreds of outlets, a
ubiquitous speaker) is not dropped but read as a sorted neighbourhood: its claims in the order
of :func:`order_key` (their normalised content, then a hash of content and speaker), each
paired with the next ``WINDOW`` claims of other articles. Exact duplicates (the same
normalised content and speaker: :func:`duplicate_key`) sit next to each other in that order
and form a chain of candidates on their own, which the clustering collapses into one member
(:func:`claimx.linking.core.cluster_claims`); other neighbours get the vote of a larger block.
The number of pairs is at most ``claims x keys x max(max_block, WINDOW)``.

Same-article claims never become candidates: two statements in one article are either
different statements or a repetition (a headline restating the body) that reaches the same
cluster through its links to other outlets.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence

from .features import ClaimFeatures

__all__ = [
    "MAX_BLOCK",
    "PAIR_VOTES",
    "SMALL_BLOCK",
    "STEM_KEYS",
    "WINDOW",
    "block_votes",
    "blocking_keys",
    "candidate_pairs",
    "claim_keys",
    "duplicate_key",
    "key_frequencies",
    "neighbourhood_votes",
    "order_key",
]

MAX_BLOCK = 48
"""Largest block whose pairs are all voted for; a key shared by more claims (a country named
in every article, a ubiquitous speaker, a reprinted statement) is read as a sorted
neighbourhood (:func:`neighbourhood_votes`)."""
STEM_KEYS = 5
"""Entity keys and content stems per claim."""
SMALL_BLOCK = 16
"""A block of at most this many claims proposes its pairs on its own (two votes)."""
PAIR_VOTES = 2
"""Votes a pair needs to be a candidate: two from a small block, one from a larger one."""
WINDOW = 3
"""Sorted neighbourhood of a block above ``max_block``: claims of other articles paired with
each claim (the next ones in :func:`order_key` order)."""
_SCAN = 8
"""A neighbourhood looks at most ``_SCAN x WINDOW`` places ahead for claims of other
articles (one article's repeated claims are consecutive)."""
_NON_WORD = re.compile(r"[\W_]+")
_PREFIX_BYTES = 5
"""Bytes of the normalised content that order a neighbourhood (the rest of the 63-bit
:func:`order_key` is a hash of content and speaker)."""


def duplicate_key(f: ClaimFeatures) -> str:
    """The claim's normalised content and speaker: case, punctuation and spacing folded,
    then the speaker's keys (else its words) and the stance. Two claims with one key say
    the same words with the same attribution (a wire story reprinted)."""
    content = _NON_WORD.sub(" ", f.text.casefold()).strip()
    speaker = ",".join(sorted(f.speaker_keys)) or " ".join(f.speaker_stems)
    return f"{content}\x1f{speaker}\x1f{int(f.speaker_known)}\x1f{f.stance}"


def order_key(f: ClaimFeatures) -> int:
    """A 63-bit order of claims for a sorted neighbourhood: the first bytes of the
    normalised content (near-identical contents sort together), then a hash of
    :func:`duplicate_key` (equal for duplicates; the same in every process)."""
    key = duplicate_key(f)
    prefix = key.split("\x1f", 1)[0].encode("utf-8")[:_PREFIX_BYTES].ljust(_PREFIX_BYTES, b"\0")
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=3).digest()
    return int.from_bytes(prefix + digest, "big") >> 1


def key_frequencies(features: Iterable[ClaimFeatures]) -> tuple[Counter[str], Counter[str]]:
    """How many claims carry each content stem and each content entity key."""
    stem_df: Counter[str] = Counter()
    entity_df: Counter[str] = Counter()
    for f in features:
        stem_df.update(f.stem_set)
        entity_df.update(f.entity_keys)
    return stem_df, entity_df


def claim_keys(
    f: ClaimFeatures,
    stem_df: Mapping[str, int],
    entity_df: Mapping[str, int],
    *,
    stem_keys: int = STEM_KEYS,
) -> list[str]:
    """The keys of one claim, given the collection's stem and entity frequencies (a key no
    other claim has forms no block: :func:`block_votes`)."""
    keys = [f"s:{k}" for k in sorted(f.speaker_keys | f.described)]
    rare_entities = sorted((entity_df[k], k) for k in f.entity_keys if entity_df[k] >= 2)
    keys += [f"e:{k}" for _, k in rare_entities[:stem_keys]]
    rare = sorted((stem_df[s], s) for s in f.stem_set if stem_df[s] >= 2)
    keys += [f"t:{s}" for _, s in rare[:stem_keys]]
    return keys


def blocking_keys(
    features: Sequence[ClaimFeatures], *, stem_keys: int = STEM_KEYS
) -> list[list[str]]:
    """The blocking keys of every claim (same order as ``features``) that at least one other
    claim shares."""
    stem_df, entity_df = key_frequencies(features)
    raw = [claim_keys(f, stem_df, entity_df, stem_keys=stem_keys) for f in features]
    df: Counter[str] = Counter()
    for keys in raw:
        df.update(keys)
    return [[k for k in keys if df[k] >= 2] for keys in raw]


def block_votes(
    members: Sequence[int],
    articles: Sequence[object],
    orders: Sequence[int],
    *,
    max_block: int = MAX_BLOCK,
    small_block: int = SMALL_BLOCK,
    window: int = WINDOW,
) -> Iterator[tuple[int, int, int]]:
    """``(i, j, votes)`` (``i < j``) for the pairs of one block: the claim indices
    ``members`` that share a key, with their articles and :func:`order_key`. Pairs within
    one article get none; a block of more than ``max_block`` claims gives its sorted
    neighbourhood (:func:`neighbourhood_votes`)."""
    if len(members) < 2:
        return
    if len(members) > max_block:
        yield from neighbourhood_votes(members, articles, orders, window=window)
        return
    votes = PAIR_VOTES if len(members) <= small_block else 1
    for x, i in enumerate(members):
        article = articles[x]
        for y in range(x + 1, len(members)):
            if articles[y] == article:
                continue
            j = members[y]
            yield (i, j, votes) if i < j else (j, i, votes)


def neighbourhood_votes(
    members: Sequence[int],
    articles: Sequence[object],
    orders: Sequence[int],
    *,
    window: int = WINDOW,
) -> Iterator[tuple[int, int, int]]:
    """The votes of a large block: in ``(order, claim index)`` order, each claim with the
    next ``window`` claims of other articles; ``PAIR_VOTES`` for a pair with one order (a
    duplicate), one vote (as a larger block gives) for other neighbours."""
    ranked = sorted(range(len(members)), key=lambda x: (orders[x], members[x]))
    for pos, x in enumerate(ranked):
        taken = 0
        for y in ranked[pos + 1 : pos + 1 + _SCAN * window]:
            if articles[y] == articles[x]:
                continue
            i, j = members[x], members[y]
            votes = PAIR_VOTES if orders[x] == orders[y] else 1
            yield (i, j, votes) if i < j else (j, i, votes)
            taken += 1
            if taken == window:
                break


def candidate_pairs(
    features: Sequence[ClaimFeatures],
    *,
    max_block: int = MAX_BLOCK,
    stem_keys: int = STEM_KEYS,
    small_block: int = SMALL_BLOCK,
) -> list[tuple[int, int]]:
    """Sorted, distinct ``(i, j)`` index pairs (``i < j``, different articles) to score.

    A pair met only in one block larger than ``small_block`` (one shared common-ish key) is
    dropped: equivalent claims share several keys (speaker, entities, rare words).
    """
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, keys in enumerate(blocking_keys(features, stem_keys=stem_keys)):
        for key in keys:
            blocks[key].append(i)
    orders: dict[int, int] = {}
    seen: Counter[tuple[int, int]] = Counter()
    for members in blocks.values():
        articles = [features[i].ref.article for i in members]
        if len(members) > max_block:
            for i in members:
                if i not in orders:
                    orders[i] = order_key(features[i])
            ranks = [orders[i] for i in members]
        else:
            ranks = [0] * len(members)
        for i, j, votes in block_votes(
            members, articles, ranks, max_block=max_block, small_block=small_block
        ):
            seen[(i, j)] += votes
    return sorted(pair for pair, votes in seen.items() if votes >= PAIR_VOTES)
