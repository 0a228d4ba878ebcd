"""Write a bag of articles as Parquet: a claims table and an articles table.

``DIR/claims/part-00000.parquet, ...``: one row per claim with exactly the columns of
:func:`claimx.to_pandas` (:data:`claimx.tables.CLAIM_COLUMNS`, built by
:func:`claimx.tables.claim_rows` and typed by :func:`claimx.tables.arrow_schema`: the
columns are defined there only). ``DIR/articles/part-00000.parquet, ...``: one row per
article, :data:`ARTICLE_COLUMNS`, its whole record as JSON in ``article_json``
(``Article.model_validate_json`` reads it back). Each worker writes its own partitions;
``pandas.read_parquet(DIR / "claims")`` or ``dask.dataframe.read_parquet`` read a table
back. Each part file is written atomically (a temporary file renamed into place when
complete), so an interrupted worker leaves no truncated part.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._atomic import atomic_write
from ..models import Article
from ..tables import CLAIM_COLUMNS, Column, arrow_schema, claim_rows, frame

if TYPE_CHECKING:
    import dask.bag

__all__ = ["ARTICLE_COLUMNS", "write_parquet"]

#: The articles table, one row per article.
ARTICLE_COLUMNS: tuple[Column, ...] = (
    Column("article_id", "string", "Article.id"),
    Column("source", "string", "Article.source"),
    Column("title", "string", "Article.title"),
    Column("language", "string", "Article.language"),
    Column("published", "timestamp", "Article.published"),
    Column("claims", "int", "number of claims"),
    Column("diagnostics", "string", "Article.diagnostics codes, ';'-separated"),
    Column("article_json", "string", "the whole Article as JSON"),
)


def _article_row(article: Article) -> dict[str, Any]:
    return {
        "article_id": article.id,
        "source": article.source,
        "title": article.title,
        "language": article.language,
        "published": article.published,
        "claims": len(article.claims),
        "diagnostics": ";".join(d.code for d in article.diagnostics) or None,
        "article_json": article.model_dump_json(),
    }


def _write(items: Iterable[object], folder: str, part: int) -> int:
    """Write one partition's two tables; returns its number of claims."""
    articles = [a for a in items if isinstance(a, Article)]
    name = f"part-{part:05d}.parquet"
    claims = frame(claim_rows(articles), CLAIM_COLUMNS)
    with atomic_write(Path(folder, "claims", name), "wb") as handle:
        claims.to_parquet(handle, index=False, schema=arrow_schema())
    records = frame((_article_row(a) for a in articles), ARTICLE_COLUMNS)
    with atomic_write(Path(folder, "articles", name), "wb") as handle:
        records.to_parquet(handle, index=False, schema=arrow_schema(ARTICLE_COLUMNS))
    return len(claims)


def write_parquet(articles: dask.bag.Bag, folder: str | Path, *, compute: bool = True) -> Any:
    """Write the articles of a bag (other items, such as an ``InputFailure``, are skipped)
    to ``folder/claims`` and ``folder/articles``, one Parquet file per partition.

    Returns the number of claims written, or with ``compute=False`` a Dask delayed value
    that writes when computed (to share one pass with other outputs).
    """
    import dask

    for table in ("claims", "articles"):
        Path(folder, table).mkdir(parents=True, exist_ok=True)
    parts = articles.to_delayed()
    written = [dask.delayed(_write)(p, str(folder), k) for k, p in enumerate(parts)]
    total = dask.delayed(sum)(written)
    return total.compute() if compute else total
