"""claimx on Dask: parse and link collections too large for one process.

``pip install 'claimx[dask]'``. Everything here takes and returns Dask collections and runs
on whatever scheduler is active: the synchronous one for a test, a ``LocalCluster`` on a
laptop, a ``distributed`` cluster for millions of articles.

>>> import dask.bag as db, claimx.dask                     # doctest: +SKIP
>>> articles = claimx.dask.parse_bag(db.read_text("news-*.jsonl").map(json.loads))  # doctest: +SKIP
>>> graph = claimx.dask.link(articles).to_graph()           # doctest: +SKIP

Modules: :mod:`.parse` (records -> articles, one pipeline per worker), :mod:`.link`
(blocking, scoring and clustering across workers; equal to :func:`claimx.link`),
:mod:`.parquet` (claims and articles tables, the columns of :func:`claimx.to_pandas`).
``python -m claimx.dask --help`` runs both from the command line.
"""

from __future__ import annotations

try:
    import dask
    import dask.bag  # noqa: F401
except ImportError as exc:  # pragma: no cover - the extra is installed in the tests
    raise ImportError(
        "claimx.dask needs Dask; install it with: pip install 'claimx[dask]'"
    ) from exc

from .link import LinkResult, link
from .parquet import write_parquet
from .parse import parse_bag, parse_frame

__all__ = ["LinkResult", "link", "parse_bag", "parse_frame", "write_parquet"]
