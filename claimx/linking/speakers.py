"""The speaker gate: may two claims be one statement of one source?

A cluster groups the claims that state the same thing *from the same source*. The gate is
graded (:func:`speaker_relation`):

* ``SAME``: the speakers are one source. Two resolved speakers sharing a key (entity identity
  or resolved name; "the Pentagon" / "US Department of Defense" through the alias identity),
  one stated by the articles' own wording to be part of the other ("the Pentagon's ...
  Defense Intelligence Agency"), or one name's words at the start or end of the other's
  ("Hodge" / "Carl Hodge", "Academy" / "Academy of Arts and Sciences")
  even when the two carry different identity keys; two unattributed claims; two unnamed
  plural groups ("experts" / "analysts"); an unresolved description sharing most of its words
  with the other speaker ("the sister of ..." / "Maria Lopez, the sister of ...").
* ``CONFLICT``: the speakers are resolved to two different sources: two named speakers
  (persons, organisations) without a shared key, part-of relation or name containment, or an
  unnamed plural group ("experts") against a named speaker (unless the group is named after
  it: "CNN officials" / "CNN"). Names are compared by word stems.
* ``UNKNOWN``: nothing says whether they are one source: one side unattributed, or an
  unresolved description ("her rep", "a spokesman", "police") against anyone else.

:func:`speakers_compatible` is the pair-level test: ``SAME`` links; ``CONFLICT`` never does;
``UNKNOWN`` links when the contents nearly repeat each other (>= :data:`STRONG_CONTENT`), or,
when neither speaker is resolved to a named source (no speaker, a role noun, a group or a
description: "her rep" / "a publicist", "investigators" / "police"), from
:data:`ROLE_CONTENT`. An ``UNKNOWN`` pair below its bar does not link, but the linker still
counts its ungated score in the clusters' average. The clustering uses only the
``CONFLICT`` veto as a complete link (every cross pair of two merging clusters must not be a
conflict): two sources' statements never share a cluster, but the average link may gather
differently described mentions of one source through their links to the others.
"""

from __future__ import annotations

from enum import Enum

from ._lexicon import stem
from .features import NAME_FUNCTION_WORDS, ClaimFeatures, name_edges

__all__ = [
    "DESCRIPTION_OVERLAP",
    "ROLE_CONTENT",
    "STRONG_CONTENT",
    "SpeakerRelation",
    "is_part",
    "named_same",
    "speaker_relation",
    "speakers_compatible",
    "word_overlap",
]

#: Content similarity from which two claims restate the same words whatever their speakers
#: say: most of the idf-weighted content words shared, in a similar order.
STRONG_CONTENT = 0.6
#: Content similarity from which two claims of underspecified sources (role nouns or unnamed
#: groups on both sides: "her rep" / "a publicist") can be one statement.
ROLE_CONTENT = 0.35
#: Share of an unresolved description's words found in the other speaker's words from which
#: the two can be the same source.
DESCRIPTION_OVERLAP = 0.5


#: Words an acronym may skip ("Museum of Modern Art" -> MoMA or MMA).
_FUNCTION_WORDS = NAME_FUNCTION_WORDS


class SpeakerRelation(Enum):
    """What the speakers of two claims say about their being one source."""

    SAME = "same"
    UNKNOWN = "unknown"
    CONFLICT = "conflict"


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
    """One of the key sets names a part of the other, by the articles' own wording; a part
    of a name that opens or closes the other's name is a part of it too ("Academy president
    X" is part of "Academy of Motion Picture Arts and Sciences";
    :func:`~claimx.linking.features.part_of_evidence` keys the whole by its name edges as
    well, so "Microsoft Security Response Center director X" is part of "Microsoft")."""
    if not part_of:
        return False
    if any((x, y) in part_of or (y, x) in part_of for x in a for y in b):
        return True
    ea, eb = name_edges(a), name_edges(b)
    return any((x, y) in part_of for x in a for y in eb - b) or any(
        (y, x) in part_of for x in ea - a for y in b
    )


def _names(keys: frozenset[str]) -> list[list[str]]:
    """The resolved names among ``keys``, as word stems ("pictures" / "picture" agree)."""
    return [[stem(w) for w in k[5:].split()] for k in keys if k.startswith("name:")]


def _edge(x: list[str], y: list[str]) -> bool:
    """The shorter name's words open or close the longer one ("Academy" / "Academy of ...")."""
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    n = len(short)
    return n > 0 and (long[:n] == short or long[-n:] == short)


def _acronym(short: list[str], long: list[str]) -> bool:
    """``short`` is one word made of the initials of ``long``'s words, with or without a
    dropped leading "the" and its function words ("wsj" / "wall street journal", "dia" /
    "defense intelligence agency", "moma" / "museum of modern art")."""
    if len(short) != 1 or len(long) < 2 or not 2 <= len(short[0]) <= 8:
        return False
    word = short[0]
    every = "".join(w[:1] for w in long)
    content = "".join(w[:1] for w in long if w not in _FUNCTION_WORDS)
    return word in (every, content, "t" + every, "t" + content)


def named_same(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two resolved speakers without a shared key that still name one source: one name's
    words among the other's when at most one has a known identity, or at the start or end
    of the other's name whatever their identities."""
    ida = {k for k in a if not k.startswith("name:")}
    idb = {k for k in b if not k.startswith("name:")}
    names_a, names_b = _names(a), _names(b)
    if any(_edge(x, y) or _acronym(x, y) or _acronym(y, x) for x in names_a for y in names_b):
        return True
    if ida and idb:
        return False
    return any(set(x) <= set(y) or set(y) <= set(x) for x in names_a for y in names_b)


def speaker_relation(
    a: ClaimFeatures, b: ClaimFeatures, part_of: set[tuple[str, str]]
) -> SpeakerRelation:
    """Whether the speakers of ``a`` and ``b`` are one source, two, or cannot tell (see the
    module doc); ``part_of`` holds the ``(part, whole)`` key pairs stated by the articles."""
    if not a.speaker_known and not b.speaker_known:
        return SpeakerRelation.SAME
    if not a.speaker_known or not b.speaker_known:
        return SpeakerRelation.UNKNOWN
    ka, kb = a.speaker_keys, b.speaker_keys
    described = bool(a.described & b.described)
    if a.speaker_generic or b.speaker_generic:
        if a.speaker_generic and b.speaker_generic:
            return SpeakerRelation.SAME
        group, other = (a, b) if a.speaker_generic else (b, a)
        if not ka and not kb:
            # "police sources" / "police": a group named after the description
            if other.speaker_stems and set(other.speaker_stems) <= set(group.speaker_stems):
                return SpeakerRelation.SAME
            return SpeakerRelation.UNKNOWN
        if any(set(n) <= set(group.speaker_stems) for n in _names(other.speaker_keys)):
            return SpeakerRelation.SAME  # the group is named after the other: "CNN officials"
        return SpeakerRelation.CONFLICT
    if ka and kb:
        if ka & kb or is_part(part_of, ka, kb) or named_same(ka, kb):
            return SpeakerRelation.SAME
        if a.speaker_inferred or b.speaker_inferred:
            # a resolved description may be mis-resolved: unknown, unless both are
            # described the same way ("the sister of X")
            return SpeakerRelation.SAME if described else SpeakerRelation.UNKNOWN
        return SpeakerRelation.CONFLICT
    if described:
        return SpeakerRelation.SAME  # "the sister of X" / "Y, the sister of X"
    overlap = word_overlap(set(a.speaker_stems), set(b.speaker_stems))
    return SpeakerRelation.SAME if overlap >= DESCRIPTION_OVERLAP else SpeakerRelation.UNKNOWN


def speakers_compatible(
    a: ClaimFeatures, b: ClaimFeatures, content: float, part_of: set[tuple[str, str]]
) -> bool:
    """Whether ``a`` and ``b`` may link as one statement of one source (see the module doc).

    ``content`` is the pair's content similarity; ``part_of`` the ``(part, whole)`` key pairs
    stated by the articles.
    """
    relation = speaker_relation(a, b, part_of)
    if relation is SpeakerRelation.SAME:
        return True
    if relation is SpeakerRelation.CONFLICT:
        return False
    if content >= STRONG_CONTENT:
        return True
    return _underspecified(a) and _underspecified(b) and content >= ROLE_CONTENT


def _underspecified(f: ClaimFeatures) -> bool:
    """No speaker, or one not resolved to a named source (a role noun, a group, a
    description)."""
    return not f.speaker_keys
