"""claimx.dask: parse and link on Dask give what parse_many and link give in one process.

Dask is in the ``test`` extra, so these tests always run. Equality checks use the
synchronous scheduler (fast, same code path per partition); one test runs a real
``LocalCluster`` of two worker processes.
"""

from __future__ import annotations

import dask
import dask.bag as db
import pandas as pd
import pytest
from _seeds import seed_text

import claimx
import claimx.dask as cdask
from claimx.errors import SchemaError
from claimx.models import Article, InputFailure

RECORDS = [
    {
        "id": "r1",
        "text": "Harbour chief Lina Osterby said on Monday that the new ferry would start "
        "in June.\n\n“We are ready,” Osterby told the Valmora Post.",
        "published": "2025-03-03",
        "source": "valmora-post",
    },
    {
        "id": "r2",
        "text": "The council of Brenholt announced that taxes would rise next year, "
        "according to mayor Pavel Iversen.",
        "published": "2025-03-04",
    },
    {"id": "r3", "text": "", "published": "2025-03-04"},
    {"id": "r4", "text": seed_text("000"), "published": "2024-05-31", "language": "en"},
    {"id": "r5", "text": seed_text("001"), "published": "2024-05-30", "language": "en"},
    {
        "id": "r6",
        "text": "Le ministre Paul Durand a déclaré mardi que la réforme serait votée en mai.",
        "language": "fr",
    },
]


def _dumps(items: list[Article | InputFailure]) -> list[dict[str, object]]:
    return [item.model_dump() for item in items]


def test_parse_bag_equals_parse_many_synchronous() -> None:
    expected = list(claimx.parse_many(RECORDS, batch_size=2))
    bag = db.from_sequence(RECORDS, npartitions=3)
    with dask.config.set(scheduler="synchronous"):
        got = cdask.parse_bag(bag, batch_size=2).compute()
    assert [a.id for a in got] == [r["id"] for r in RECORDS]
    assert _dumps(got) == _dumps(expected)
    assert sum(len(a.claims) for a in got) >= 4


def test_parse_bag_reports_bad_items_in_place() -> None:
    records = [RECORDS[0], {"id": "bad", "text": 42}, {"text": "x", "published": "not a date"}]
    expected = list(claimx.parse_many(records, errors="report"))
    with dask.config.set(scheduler="synchronous"):
        got = cdask.parse_bag(db.from_sequence(records, npartitions=2), errors="report").compute()
    assert [type(x).__name__ for x in got] == ["Article", "InputFailure", "InputFailure"]
    assert _dumps(got) == _dumps(expected)


def test_parse_bag_raises_like_parse_many() -> None:
    bag = db.from_sequence([RECORDS[0], {"id": "bad", "text": 42}], npartitions=1)
    with pytest.raises(SchemaError, match="item 1"), dask.config.set(scheduler="synchronous"):
        cdask.parse_bag(bag).compute()


def test_parse_frame_reads_columns_and_skips_missing_cells() -> None:
    import dask.dataframe as dd

    frame = pd.DataFrame(
        {
            "id": ["f1", "f2"],
            "text": [RECORDS[0]["text"], RECORDS[1]["text"]],
            "published": ["2025-03-03", None],
            "extra": [1, 2],
        }
    )
    records = [
        {"id": "f1", "text": RECORDS[0]["text"], "published": "2025-03-03"},
        {"id": "f2", "text": RECORDS[1]["text"]},
    ]
    expected = list(claimx.parse_many(records))
    with dask.config.set(scheduler="synchronous"):
        got = cdask.parse_frame(dd.from_pandas(frame, npartitions=2)).compute()
    assert _dumps(got) == _dumps(expected)
    assert got[1].published is None


def test_parse_bag_on_a_local_cluster_of_two_processes() -> None:
    from distributed import Client, LocalCluster

    expected = list(claimx.parse_many(RECORDS[:4], batch_size=2))
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        bag = db.from_sequence(RECORDS[:4], npartitions=4)
        got = cdask.parse_bag(bag, batch_size=2).compute()
        # the pipeline is loaded once per worker, by the first partition it parses
        loads = client.run(_pipeline_loads)
    assert _dumps(got) == _dumps(expected)
    assert len(loads) == 2
    assert all(n <= 1 for n in loads.values())
    assert sum(loads.values()) >= 1


def _pipeline_loads() -> int:
    from claimx.pipeline import load_pipeline

    return int(load_pipeline.cache_info().currsize)
