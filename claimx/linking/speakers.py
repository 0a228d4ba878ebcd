"""The speaker gate: may two claims be one statement of one source?

A cluster groups the claims that state the same thing *from the same source*, so before their
content is scored two claims must have compatible speakers (:func:`speakers_compatible`):

* two unattributed claims (the outlet's own assertions, ``speaker=None``) are compatible;
* an unattributed and an attributed claim only when their contents nearly repeat each other
  (content >= :data:`STRONG_CONTENT`): the outlet restating a source's words without naming it;
* an unnamed plural group ("experts", "officials": ``ClaimFeatures.speaker_generic``) only with
  another such group: "experts" are not "the DIA";
* two attributed claims when the speakers share a key (entity identity or resolved name,
  "the Pentagon" / "US Department of Defense" through the alias identity), when the articles'
  own wording states that one is part of the other ("the Pentagon's ... Defense Intelligence
  Agency"), or when the words of one speaker's name are among the other's ("Lohan" /
  "Lindsay Lohan") and they do not have two different known identities;
* an unresolved description ("her rep", "an examination of debris") when it shares most of its
  words with the other speaker ("the sister of ..." / "Kim Yo Jong, the sister of ...") or
  when the contents nearly repeat each other.

The gate is symmetric. The linker vetoes incompatible pairs and clusters with a complete link
on the gate (every cross pair of two merging clusters must be compatible), so one shared
content word cannot chain two sources' statements together.
"""

from __future__ import annotations

from .features import ClaimFeatures

__all__ = [
    "DESCRIPTION_OVERLAP",
    "STRONG_CONTENT",
    "is_part",
    "speakers_compatible",
    "word_overlap",
]

#: Content similarity from which two claims restate the same words whatever their speakers
#: say: most of the idf-weighted content words shared, in a similar order.
STRONG_CONTENT = 0.6
#: Share of an unresolved description's words found in the other speaker's words from which
#: the two can be the same source.
DESCRIPTION_OVERLAP = 0.5


def word_overlap(sa: set[str], sb: set[str]) -> float:
    """Share of the shorter word set found in the other; a word of 3+ letters also matches a
    word it begins ("rep" / "representative", "spokes" / "spokesman")."""
    if not sa or not sb:
        return 0.0
    small, large = (sa, sb) if (len(sa), sorted(sa)) <= (len(sb), sorted(sb)) else (sb, sa)
    hits = sum(
        1
        for w in small
        if w in large or any(len(x) >= 3 and (w.startswith(x) or x.startswith(w)) for x in large)
    )
    return hits / len(small)


def is_part(part_of: set[tuple[str, str]], a: frozenset[str], b: frozenset[str]) -> bool:
    """One of the key sets names a part of the other, by the articles' own wording."""
    return any((x, y) in part_of or (y, x) in part_of for x in a for y in b)


def _names(keys: frozenset[str]) -> list[set[str]]:
    return [set(k[5:].split()) for k in keys if k.startswith("name:")]


def _identities(keys: frozenset[str]) -> set[str]:
    return {k for k in keys if not k.startswith("name:")}


def _named_compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two resolved speakers without a shared key: one name's words among the other's, and
    no two different known identities."""
    ida, idb = _identities(a), _identities(b)
    if ida and idb:
        return False  # both identified, and not as the same entity
    return any(x <= y or y <= x for x in _names(a) for y in _names(b))


def speakers_compatible(
    a: ClaimFeatures, b: ClaimFeatures, content: float, part_of: set[tuple[str, str]]
) -> bool:
    """Whether ``a`` and ``b`` can be one statement of one source (see the module doc).

    ``content`` is the pair's content similarity; ``part_of`` the ``(part, whole)`` key pairs
    stated by the articles.
    """
    if not a.speaker_known and not b.speaker_known:
        return True
    strong = content >= STRONG_CONTENT
    if not a.speaker_known or not b.speaker_known:
        return strong
    if a.speaker_generic or b.speaker_generic:
        return a.speaker_generic and b.speaker_generic
    ka, kb = a.speaker_keys, b.speaker_keys
    if ka and kb:
        return bool(ka & kb) or is_part(part_of, ka, kb) or _named_compatible(ka, kb)
    overlap = word_overlap(set(a.speaker_stems), set(b.speaker_stems))
    return overlap >= DESCRIPTION_OVERLAP or strong
