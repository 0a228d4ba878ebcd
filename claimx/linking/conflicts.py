"""Details on which two claims of one cluster disagree.

``number``    the same counted thing (unit word) with different values ("18 missiles" vs
              "16 missiles"), or one bare number each that differs
``place``     one place with different compass words ("northeastern" vs "northwestern
              Ukraine"), or different places in the location role
``date``      non-overlapping content time intervals, or disjoint years in the text
``negation``  one claim negated, the other not
``stance``    opposite stances (deny vs assert/confirm/...)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Literal

from ..models import Conflict
from ._lexicon import lexicon
from .features import PLACE_LABELS, ClaimFeatures

__all__ = ["cluster_conflicts", "pair_conflicts"]

Kind = Literal["number", "place", "date", "negation", "stance", "other"]
Found = Iterator[tuple[Kind, str, str]]


def _numbers(a: ClaimFeatures, b: ClaimFeatures) -> Found:
    qa = [q for q in a.quantities if not q.year]
    qb = [q for q in b.quantities if not q.year]
    units = {q.unit for q in qa if q.unit} & {q.unit for q in qb if q.unit}
    for unit in sorted(units):
        xa = [q for q in qa if q.unit == unit]
        xb = [q for q in qb if q.unit == unit]
        if not {q.value for q in xa} & {q.value for q in xb}:
            yield "number", xa[0].surface, xb[0].surface
    bare_a = [q for q in qa if q.unit is None]
    bare_b = [q for q in qb if q.unit is None]
    if len(bare_a) == 1 and len(bare_b) == 1 and bare_a[0].value != bare_b[0].value:
        yield "number", bare_a[0].surface, bare_b[0].surface
    ya = {q.value for q in a.quantities if q.year}
    yb = {q.value for q in b.quantities if q.year}
    if ya and yb and not ya & yb:
        yield "date", str(int(min(ya))), str(int(min(yb)))


def _places(a: ClaimFeatures, b: ClaimFeatures) -> Found:
    for ma in a.entities:
        if ma.direction is None:
            continue
        for mb in b.entities:
            if mb.key == ma.key and mb.direction is not None and mb.direction != ma.direction:
                yield (
                    "place",
                    f"{ma.direction_word} {ma.surface}",
                    f"{mb.direction_word} {mb.surface}",
                )
    loc_a = {
        m.key: m.surface for m in a.entities if m.role == "location" and m.label in PLACE_LABELS
    }
    loc_b = {
        m.key: m.surface for m in b.entities if m.role == "location" and m.label in PLACE_LABELS
    }
    if loc_a and loc_b and not (set(loc_a) & b.entity_keys) and not (set(loc_b) & a.entity_keys):
        yield "place", sorted(loc_a.values())[0], sorted(loc_b.values())[0]


def _dates(a: ClaimFeatures, b: ClaimFeatures) -> Found:
    if a.time is None or b.time is None:
        return
    if a.time[0] < b.time[1] and b.time[0] < a.time[1]:
        return
    yield "date", a.time_text or a.time[0].isoformat(), b.time_text or b.time[0].isoformat()


def _polarity(a: ClaimFeatures, b: ClaimFeatures) -> Found:
    if (a.negation is None) != (b.negation is None):
        yield "negation", a.negation or "(affirmative)", b.negation or "(affirmative)"
    polarity = lexicon("en").stance_polarity
    pa, pb = polarity.get(a.stance, 0), polarity.get(b.stance, 0)
    if pa * pb < 0:
        yield "stance", a.stance, b.stance


def pair_conflicts(a: ClaimFeatures, b: ClaimFeatures) -> list[Conflict]:
    """Every detail on which ``a`` and ``b`` disagree."""
    found: list[Conflict] = []
    for check in (_numbers, _places, _dates, _polarity):
        for kind, va, vb in check(a, b):
            found.append(Conflict(kind=kind, a=a.ref, b=b.ref, a_value=va, b_value=vb))
    return found


def cluster_conflicts(
    members: Sequence[ClaimFeatures],
    linked: Callable[[ClaimFeatures, ClaimFeatures], bool] | None = None,
) -> tuple[Conflict, ...]:
    """Conflicts between claims of different articles in one cluster, one per distinct detail.

    With ``linked``, only pairs it accepts (the directly linked ones) are compared.
    """
    seen: set[tuple[str, frozenset[str]]] = set()
    out: list[Conflict] = []
    for x, a in enumerate(members):
        for b in members[x + 1 :]:
            if a.ref.article == b.ref.article or (linked is not None and not linked(a, b)):
                continue
            for conflict in pair_conflicts(a, b):
                key = (
                    conflict.kind,
                    frozenset((conflict.a_value.lower(), conflict.b_value.lower())),
                )
                if key not in seen:
                    seen.add(key)
                    out.append(conflict)
    return tuple(out)
