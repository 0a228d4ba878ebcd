"""Parse a Dask bag or DataFrame of article records with :func:`claimx.parse_many`.

Each partition goes through :func:`claimx.api.parse_many` in the worker that holds it, so a
partition is validated, decoded, grouped into same-language chunks and parsed exactly as
``parse_many`` does in one process, and each article's result is the one ``parse_many``
gives for the same record.

The spaCy pipeline loads once per worker process, not per partition or task: it comes from
:func:`claimx.load_pipeline`, a ``functools.cache`` living in the worker process, so the
first partition a worker parses loads it (~0.5 s, ~150 MB per language) and every later
partition on that worker reuses it. That cache works under every Dask scheduler (the
synchronous one, threads, processes, ``distributed``) without registering anything on the
cluster; a ``distributed.WorkerPlugin`` would also load it once per worker, but only on
``distributed``, and it would have to know the languages before it sees the data. Use
workers of one thread each (``LocalCluster(threads_per_worker=1)``; ``dask worker
--nthreads 1``): spaCy holds the GIL, so more threads in one worker add no speed, only
memory.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Mapping
from itertools import groupby
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datetime import datetime

from ..api import Errors, _parse_many, check_options
from ..inputs import coerce_published
from ..models import InputFailure

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe

__all__ = ["RECORD_FIELDS", "parse_bag", "parse_frame"]

#: The record fields :func:`claimx.parse_many` reads (other keys are rejected by it).
RECORD_FIELDS = ("id", "text", "published", "source", "title", "language")


def _parse_partition(
    records: list[Any],
    start: int,
    language: str | None,
    published: datetime | None,
    batch_size: int,
    unattributed: bool,
    errors: Errors,
) -> list[Any]:
    """``parse_many`` over one partition whose first record is item ``start`` of the bag;
    an :class:`~claimx.models.InputFailure` already in the bag stays in its place."""
    out: list[Any] = []
    for failed, run in groupby(enumerate(records, start), lambda x: isinstance(x[1], InputFailure)):
        items = list(run)
        if failed:
            out.extend(item for _, item in items)
        else:
            first = items[0][0]
            batch = [item for _, item in items]
            out.extend(
                _parse_many(
                    batch, language, published, batch_size, 1, unattributed, errors, None, first
                )
            )
    return out


def parse_bag(
    records: dask.bag.Bag,
    *,
    language: str | None = None,
    published: object = None,
    batch_size: int = 32,
    unattributed: bool = False,
    errors: Errors = "raise",
) -> dask.bag.Bag:
    """A bag of :class:`~claimx.models.Article` (and, with ``errors="report"``,
    :class:`~claimx.models.InputFailure` in a bad item's place), one per item, in order.

    ``records`` holds what :func:`claimx.parse_many` takes: texts, records
    ``{"id", "text", "published", "source", "title", "language"}`` or
    :class:`~claimx.inputs.ArticleInput`; an :class:`~claimx.models.InputFailure` (an
    input that failed before, e.g. a bad JSONL line) is passed on in its place. The
    arguments are ``parse_many``'s; nothing is computed until the bag is.
    """
    import dask
    import dask.bag as db

    check_options(batch_size=batch_size, errors=errors)
    default_date = coerce_published(published)
    # Each partition learns the number of items before it (a chain of tiny tasks, no eager
    # pass), so that items are numbered as in one parse_many call over the whole bag.
    parts = records.map_partitions(list).to_delayed()
    parsed = []
    start: Any = 0
    for part in parts:
        parsed.append(
            dask.delayed(_parse_partition)(
                part, start, language, default_date, batch_size, unattributed, errors
            )
        )
        start = dask.delayed(operator.add)(start, dask.delayed(len)(part))
    return db.from_delayed(parsed)


def _present(value: object) -> bool:
    """Whether a DataFrame cell holds a value (not None, NaN, NaT or pandas.NA)."""
    if value is None:
        return False
    if isinstance(value, float):
        return not math.isnan(value)
    import pandas as pd

    return not (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


def _record(row: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k in RECORD_FIELDS and _present(v)}


def parse_frame(
    frame: dask.dataframe.DataFrame,
    *,
    language: str | None = None,
    published: object = None,
    batch_size: int = 32,
    unattributed: bool = False,
    errors: Errors = "raise",
) -> dask.bag.Bag:
    """:func:`parse_bag` over the rows of a DataFrame with a ``text`` column and any of
    ``id``, ``published``, ``source``, ``title``, ``language``; other columns are ignored
    and missing cells (None, NaN, NaT) count as absent."""
    if "text" not in frame.columns:
        raise ValueError(f"the DataFrame needs a 'text' column; it has {list(frame.columns)}")
    columns = [c for c in RECORD_FIELDS if c in frame.columns]
    records = frame[columns].to_bag(format="dict").map(_record)
    return parse_bag(
        records,
        language=language,
        published=published,
        batch_size=batch_size,
        unattributed=unattributed,
        errors=errors,
    )
