"""Average-link agglomerative clustering over the sparse graph of scored links.

Links above the threshold are visited best first. Two clusters merge only if the average
score over *all* their member pairs (pairs never proposed by blocking are scored on demand,
same-article pairs included) reaches ``linkage``; so one strong link cannot chain two
unrelated groups together, as connected components would. Merges of clusters with more than
``max_pairs`` member pairs use the scores already known, counting unknown pairs as 0.

An optional ``compatible`` predicate adds a complete link on top: two clusters merge only if
*every* cross pair is compatible (for the linker, speakers that can be one source), so the
average of the scores cannot carry a merge that one incompatible pair forbids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

__all__ = ["average_link", "merge_supported"]


def _all_compatible(
    a: list[int], b: list[int], compatible: Callable[[int, int], bool] | None
) -> bool:
    """Whether every cross pair of ``a`` and ``b`` is ``compatible`` (called with i < j)."""
    return compatible is None or all(compatible(min(x, y), max(x, y)) for x in a for y in b)


def _merge(
    cluster: list[int] | dict[int, int], members: dict[int, list[int]], ci: int, cj: int
) -> None:
    """Merge clusters ``ci`` and ``cj`` in place into the larger one (``ci`` on a tie)."""
    keep, drop = (ci, cj) if len(members[ci]) >= len(members[cj]) else (cj, ci)
    for x in members[drop]:
        cluster[x] = keep
    members[keep].extend(members.pop(drop))


def average_link(
    n: int,
    links: Iterable[tuple[float, int, int]],
    score: Callable[[int, int], float],
    known: dict[tuple[int, int], float],
    *,
    linkage: float,
    max_pairs: int = 2500,
    compatible: Callable[[int, int], bool] | None = None,
) -> list[list[int]]:
    """Clusters (sorted index lists, singletons included) of ``n`` items.

    ``links`` are ``(score, i, j)`` above threshold; ``known`` caches pair scores by
    ``(min, max)`` and is filled by calls to ``score``. ``compatible(i, j)`` (called with
    ``i < j``), when given, must hold for every cross pair of a merge.
    """
    cluster = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def pair(i: int, j: int) -> float:
        key = (i, j) if i < j else (j, i)
        if key not in known:
            known[key] = score(*key)
        return known[key]

    for _, i, j in sorted(links, key=lambda t: (-t[0], t[1], t[2])):
        ci, cj = cluster[i], cluster[j]
        if ci == cj:
            continue
        a, b = members[ci], members[cj]
        if not _all_compatible(a, b, compatible):
            continue
        if len(a) * len(b) <= max_pairs:
            total = sum(pair(x, y) for x in a for y in b)
        else:
            total = sum(known.get((min(x, y), max(x, y)), 0.0) for x in a for y in b)
        if total / (len(a) * len(b)) < linkage:
            continue
        _merge(cluster, members, ci, cj)
    return sorted(sorted(m) for m in members.values())


def merge_supported(
    groups: list[list[int]],
    weak: Iterable[tuple[float, int, int]],
    pair: Callable[[int, int], float],
    *,
    bar: float,
    min_size: int = 2,
    compatible: Callable[[int, int], bool] | None = None,
    max_pairs: int = 2500,
    lone_bar: float | None = None,
    lone_links: int = 2,
) -> list[list[int]]:
    """A second pass over ``groups``: two clusters, each of at least ``min_size`` members,
    that a ``weak`` pair ``(score, i, j)`` connects (visited best first) merge when the
    average of ``pair`` over all their cross pairs reaches ``bar`` and every cross pair is
    ``compatible``; merges of more than ``max_pairs`` cross pairs are not considered.

    This lets several claims that agree on average join although no single pair was allowed
    to link them (one loose paraphrase is not enough; a group of them is corroboration).
    With ``lone_bar``, a smaller group (a lone claim) joins a cluster of at least
    ``min_size`` when ``pair`` reaches ``lone_bar`` with at least ``lone_links`` of its
    members and on average over all of them: it agrees with several claims that already
    corroborate each other.
    """
    cluster = {x: k for k, g in enumerate(groups) for x in g}
    members: dict[int, list[int]] = {k: list(g) for k, g in enumerate(groups)}
    for _, i, j in sorted(weak, key=lambda t: (-t[0], t[1], t[2])):
        ci, cj = cluster[i], cluster[j]
        if ci == cj:
            continue
        a, b = members[ci], members[cj]
        if len(a) * len(b) > max_pairs or max(len(a), len(b)) < min_size:
            continue
        lone = min(len(a), len(b)) < min_size
        if lone and lone_bar is None:
            continue
        if not _all_compatible(a, b, compatible):
            continue
        values = [pair(min(x, y), max(x, y)) for x in a for y in b]
        mean = sum(values) / len(values)
        if lone:
            assert lone_bar is not None
            if mean < lone_bar or sum(v >= lone_bar for v in values) < lone_links:
                continue
        elif mean < bar:
            continue
        _merge(cluster, members, ci, cj)
    return sorted(sorted(m) for m in members.values())
