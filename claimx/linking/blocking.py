"""Candidate pairs for near-linear linking: never all pairs.

Each claim gets a few blocking keys: its speaker keys and descriptions (``s:``; "the sister of
X" is ``rel:sister:<X>``), the cross-document keys of the
rarest entities in its content (``e:``) and its rarest content stems (``t:``); at most
``stem_keys`` of each, only keys that occur in at least two claims. A key shared by more
than ``max_block`` claims says little and is dropped (a country named in every article, a
ubiquitous speaker). Pairs are formed inside each block, only between claims of different
articles; a pair met in one block only must come from a small block (``small_block``). The
number of pairs is at most ``claims x keys x max_block``.

Same-article claims never become candidates: two statements in one article are either
different statements or a repetition (a headline restating the body) that reaches the same
cluster through its links to other outlets.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence

from .features import ClaimFeatures

__all__ = [
    "MAX_BLOCK",
    "PAIR_VOTES",
    "SMALL_BLOCK",
    "STEM_KEYS",
    "block_votes",
    "blocking_keys",
    "candidate_pairs",
    "claim_keys",
    "key_frequencies",
]

MAX_BLOCK = 48
"""Largest block: a key shared by more claims is not used."""
STEM_KEYS = 3
"""Entity keys and content stems per claim."""
SMALL_BLOCK = 16
"""A block of at most this many claims proposes its pairs on its own (two votes)."""
PAIR_VOTES = 2
"""Votes a pair needs to be a candidate: two from a small block, one from a larger one."""


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
    """The keys of one claim, given the collection's stem and entity frequencies, before
    the block-size filter (keys that form no block of 2 to ``max_block`` claims are not
    used: :func:`block_votes`)."""
    keys = [f"s:{k}" for k in sorted(f.speaker_keys | f.described)]
    rare_entities = sorted((entity_df[k], k) for k in f.entity_keys if entity_df[k] >= 2)
    keys += [f"e:{k}" for _, k in rare_entities[:stem_keys]]
    rare = sorted((stem_df[s], s) for s in f.stem_set if stem_df[s] >= 2)
    keys += [f"t:{s}" for _, s in rare[:stem_keys]]
    return keys


def blocking_keys(
    features: Sequence[ClaimFeatures], *, max_block: int = MAX_BLOCK, stem_keys: int = STEM_KEYS
) -> list[list[str]]:
    """The blocking keys of every claim (same order as ``features``)."""
    stem_df, entity_df = key_frequencies(features)
    raw = [claim_keys(f, stem_df, entity_df, stem_keys=stem_keys) for f in features]
    df: Counter[str] = Counter()
    for keys in raw:
        df.update(keys)
    return [[k for k in keys if 2 <= df[k] <= max_block] for keys in raw]


def block_votes(
    members: Sequence[int],
    articles: Sequence[object],
    *,
    max_block: int = MAX_BLOCK,
    small_block: int = SMALL_BLOCK,
) -> Iterator[tuple[int, int, int]]:
    """``(i, j, votes)`` (``i < j``) for the pairs of one block: the claim indices
    ``members`` that share a key, with their articles. Pairs within one article get none; a
    block of more than ``max_block`` claims (or of one) gives no votes."""
    if not 2 <= len(members) <= max_block:
        return
    votes = PAIR_VOTES if len(members) <= small_block else 1
    for x, i in enumerate(members):
        article = articles[x]
        for y in range(x + 1, len(members)):
            if articles[y] == article:
                continue
            j = members[y]
            yield (i, j, votes) if i < j else (j, i, votes)


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
    for i, keys in enumerate(blocking_keys(features, max_block=max_block, stem_keys=stem_keys)):
        for key in keys:
            blocks[key].append(i)
    seen: Counter[tuple[int, int]] = Counter()
    for members in blocks.values():
        articles = [features[i].ref.article for i in members]
        for i, j, votes in block_votes(
            members, articles, max_block=max_block, small_block=small_block
        ):
            seen[(i, j)] += votes
    return sorted(pair for pair, votes in seen.items() if votes >= PAIR_VOTES)
