"""Details on which two claims of one cluster disagree.

``number``    the same counted thing (unit word) with different values ("18 missiles" vs
              "16 missiles"), or one bare number each that differs
``place``     one place with different compass words ("northeastern" vs "northwestern
              Ukraine"), or different places in the location role
``date``      non-overlapping content time intervals, or disjoint years in the text
``negation``  one claim negated, the other not, under stances of one sign
``stance``    one claim asserts what the other denies: opposite stances (deny vs
              assert/confirm/...) over contents of the same polarity

A claim's polarity is its stance's sign times its content's (negated or not): "X denied that
it supplied weapons" and "X said it had no intention of supplying weapons" are one denial
reported twice, not a conflict. A place inside another by the articles' own wording
("the Varna region of northeastern Bulgaria") is not a different place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence, Set
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


def _places(a: ClaimFeatures, b: ClaimFeatures, part_of: Set[tuple[str, str]]) -> Found:
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
        if any((x, y) in part_of or (y, x) in part_of for x in loc_a for y in loc_b):
            return  # one place inside the other
        yield "place", sorted(loc_a.values())[0], sorted(loc_b.values())[0]


def _dates(a: ClaimFeatures, b: ClaimFeatures) -> Found:
    if a.time is None or b.time is None:
        return
    if a.time[0] < b.time[1] and b.time[0] < a.time[1]:
        return
    yield "date", a.time_text or a.time[0].isoformat(), b.time_text or b.time[0].isoformat()


def _polarity(a: ClaimFeatures, b: ClaimFeatures) -> Found:
    """One conflict when the claims' polarities (stance sign x content sign) differ."""
    polarity = lexicon("en").stance_polarity
    pa, pb = polarity.get(a.stance, 0) or 1, polarity.get(b.stance, 0) or 1
    ea = pa * (-1 if a.negation is not None else 1)
    eb = pb * (-1 if b.negation is not None else 1)
    if ea == eb:
        return  # one proposition, asserted (or denied) by both
    if pa != pb:
        yield "stance", a.stance, b.stance
    else:
        yield "negation", a.negation or "(affirmative)", b.negation or "(affirmative)"


def pair_conflicts(
    a: ClaimFeatures, b: ClaimFeatures, part_of: Set[tuple[str, str]] = frozenset()
) -> list[Conflict]:
    """Every detail on which ``a`` and ``b`` disagree; ``part_of`` holds the ``(part,
    whole)`` key pairs the articles state (a place inside another is not another place)."""
    found: list[Conflict] = []
    checks = (_numbers, lambda x, y: _places(x, y, part_of), _dates, _polarity)
    for check in checks:
        for kind, va, vb in check(a, b):
            found.append(Conflict(kind=kind, a=a.ref, b=b.ref, a_value=va, b_value=vb))
    return found


def cluster_conflicts(
    members: Sequence[ClaimFeatures],
    linked: Callable[[ClaimFeatures, ClaimFeatures], bool] | None = None,
    part_of: Set[tuple[str, str]] = frozenset(),
) -> tuple[Conflict, ...]:
    """Conflicts between claims of different articles in one cluster, one per distinct detail.

    With ``linked``, only pairs it accepts (the directly linked ones) are compared;
    ``part_of`` as for :func:`pair_conflicts`.
    """
    seen: set[tuple[str, frozenset[str]]] = set()
    out: list[Conflict] = []
    for x, a in enumerate(members):
        for b in members[x + 1 :]:
            if a.ref.article == b.ref.article or (linked is not None and not linked(a, b)):
                continue
            for conflict in pair_conflicts(a, b, part_of):
                key = (
                    conflict.kind,
                    frozenset((conflict.a_value.lower(), conflict.b_value.lower())),
                )
                if key not in seen:
                    seen.add(key)
                    out.append(conflict)
    return tuple(out)
