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
from collections.abc import Sequence

from .features import ClaimFeatures

__all__ = ["blocking_keys", "candidate_pairs"]


def blocking_keys(
    features: Sequence[ClaimFeatures], *, max_block: int, stem_keys: int
) -> list[list[str]]:
    """The blocking keys of every claim (same order as ``features``)."""
    stem_df: Counter[str] = Counter()
    for f in features:
        stem_df.update(f.stem_set)
    entity_df: Counter[str] = Counter()
    for f in features:
        entity_df.update(f.entity_keys)
    raw: list[list[str]] = []
    for f in features:
        keys = [f"s:{k}" for k in sorted(f.speaker_keys | f.described)]
        rare_entities = sorted((entity_df[k], k) for k in f.entity_keys if entity_df[k] >= 2)
        keys += [f"e:{k}" for _, k in rare_entities[:stem_keys]]
        rare = sorted((stem_df[s], s) for s in f.stem_set if stem_df[s] >= 2)
        keys += [f"t:{s}" for _, s in rare[:stem_keys]]
        raw.append(keys)
    df: Counter[str] = Counter()
    for keys in raw:
        df.update(keys)
    return [[k for k in keys if 2 <= df[k] <= max_block] for keys in raw]


def candidate_pairs(
    features: Sequence[ClaimFeatures],
    *,
    max_block: int = 48,
    stem_keys: int = 3,
    small_block: int = 16,
) -> list[tuple[int, int]]:
    """Sorted, distinct ``(i, j)`` index pairs (``i < j``, different articles) to score.

    A pair met only in one block larger than ``small_block`` (one shared common-ish key) is
    dropped: equivalent claims share several keys (speaker, entities, rare words).
    """
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, keys in enumerate(blocking_keys(features, max_block=max_block, stem_keys=stem_keys)):
        for key in keys:
            blocks[key].append(i)
    seen: dict[tuple[int, int], int] = {}
    for members in blocks.values():
        strong = len(members) <= small_block
        for x, i in enumerate(members):
            article = features[i].ref.article
            for j in members[x + 1 :]:
                if features[j].ref.article == article:
                    continue
                pair = (i, j) if i < j else (j, i)
                seen[pair] = 2 if strong else seen.get(pair, 0) + 1
    return sorted(pair for pair, count in seen.items() if count >= 2)
