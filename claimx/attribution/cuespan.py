"""The words of a cue that spans other words: "**released a statement** on Monday, **saying**".

A cue is found as one token range, from its first word to its last. Most ranges hold only
cue words ("has since said", "went on to say", "expressed hope that"). Some hold a phrase
that belongs to none of it: a time or place of the statement, an addressee, an aside
("**released a statement** in opposition to the deal last week, **insisting**", "**wrote a
letter** to the governor **asking**", "**gave** the crowd **a ruminative endorsement of**").
:func:`cue_runs` splits such a range into runs of cue words: a dependent of a word of the
range whose whole subtree lies inside the range, which does not hold the cue's head, and
whose label plays the lexicon's ``cue_gap`` role (prepositional phrases, dates, datives,
appositions, relative and adverbial clauses) is left out with the punctuation around it,
unless a hyphen joins it to a neighbouring word ("six-page", "evidence-free"). The claim's
:class:`~claimx.models.Cue` is then the run that holds the head, the other runs its
``parts``. A cue no gap interrupts keeps its one range.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import CueLexicon

__all__ = ["cue_runs"]

_HYPHENS = frozenset({"-", "‐", "‑", "–"})


def cue_runs(doc: Doc, first: int, last: int, head: int, lex: CueLexicon) -> list[tuple[int, int]]:
    """Inclusive token runs of the cue words of ``doc[first:last + 1]`` (see the module
    docstring); ``[(first, last)]`` when nothing interrupts the cue."""
    if last - first < 2 or not lex.labels.get("cue_gap"):
        return [(first, last)]
    gap: set[int] = set()
    for i in range(first, last + 1):
        if i in gap or i == head:
            continue
        tok = doc[i]
        if not lex.has(tok.dep_, "cue_gap") or not first <= tok.head.i <= last:
            continue
        left, right = tok.left_edge.i, tok.right_edge.i
        if left < first or right > last or left <= head <= right:
            continue
        if _joined(doc, left - 1, left) or _joined(doc, right, right + 1):
            continue  # part of a word ("six**-**page", "**evidence**-free")
        gap.update(range(left, right + 1))
    if not gap:
        return [(first, last)]
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for i in range(first, last + 2):
        inside = i <= last and i not in gap
        if inside and start is None:
            start = i
        elif not inside and start is not None:
            runs.append(_trim(doc, start, i - 1))
            start = None
    return [r for r in runs if r[0] <= r[1]] or [(first, last)]


def _joined(doc: Doc, a: int, b: int) -> bool:
    """Whether tokens ``a`` and ``b`` are joined by a hyphen with no space."""
    if a < 0 or b >= len(doc) or doc[a].whitespace_:
        return False
    return doc[a].text in _HYPHENS or doc[b].text in _HYPHENS


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The run without punctuation or spaces at its edges."""
    while start <= end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end >= start and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return start, end
