"""Claims as flat tables: pandas DataFrames, Parquet and CSV.

One row per claim, one scalar per cell (no tuples, no nested models), so that a table
written by one tool reads the same in another. The columns are defined once, here, in
:data:`CLAIM_COLUMNS` (and :data:`CLUSTER_COLUMNS` for :meth:`ClaimGraph.to_pandas
<claimx.models.ClaimGraph.to_pandas>`); :func:`claim_row` and :func:`member_rows` build rows
as plain dicts without pandas, so another writer (a Dask job, a database loader) can
produce the same columns, and :func:`arrow_schema` gives their Arrow types.

pandas and pyarrow come with the ``pandas`` extra (``pip install "claimx[pandas]"``); they
are imported when a table is built, never by ``import claimx``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, Literal

from ._atomic import atomic_write
from .models import Article, Claim, ClaimCluster, ClaimRef, TextSpan, TimeExpression

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

__all__ = [
    "CLAIM_COLUMNS",
    "CLUSTER_COLUMNS",
    "PANDAS_EXTRA",
    "Column",
    "arrow_schema",
    "claim_row",
    "claim_rows",
    "frame",
    "lookup",
    "member_rows",
    "to_pandas",
    "write_table",
]

#: The install line named when pandas or pyarrow is missing.
PANDAS_EXTRA = 'pip install "claimx[pandas]"'

ColumnType = Literal["string", "int", "timestamp", "float", "bool"]


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a claims table."""

    name: str
    type: ColumnType
    """``string``, ``int`` (nullable), ``timestamp`` (tz-aware, UTC), ``float``, ``bool``."""
    doc: str


#: The claims table, one row per claim (``claimx.to_pandas``, ``claimx parse --format
#: parquet|csv``). Offsets index ``Article.text``; a missing value is null.
CLAIM_COLUMNS: tuple[Column, ...] = (
    Column("article_id", "string", "Article.id"),
    Column("source", "string", "Article.source: the outlet or file"),
    Column("published", "timestamp", "Article.published (UTC)"),
    Column("language", "string", "Article.language"),
    Column("claim_id", "string", "Claim.id"),
    Column("speaker", "string", "the speaker as written (null: the outlet's own claim)"),
    Column("speaker_resolved", "string", "the name the speaker resolves to"),
    Column("speaker_entity", "string", "id of the article entity the speaker resolves to"),
    Column("speaker_start", "int", "offset of the speaker mention"),
    Column("speaker_end", "int", "end offset of the speaker mention"),
    Column("cue", "string", "the cue as written (said, according to, ...)"),
    Column("cue_lemma", "string", "the cue's lemma (say, according to, ...)"),
    Column("cue_start", "int", "offset of the cue"),
    Column("cue_end", "int", "end offset of the cue"),
    Column("quote", "string", "direct, indirect or mixed"),
    Column("stance", "string", "assert, deny, accuse, confirm, announce, predict, ..."),
    Column("content", "string", "the content spans joined by a space (Claim.content_text)"),
    Column("content_start", "int", "offset of the first content span"),
    Column("content_end", "int", "end offset of the last content span"),
    Column(
        "content_spans",
        "int",
        "number of content spans (2 for a quote split by its cue; one per quotation of a "
        "quotation run over paragraphs)",
    ),
    Column("target", "string", "whom the claim is about, when the cue names it"),
    Column("addressee", "string", "whom the statement was made to (told AFP), when named"),
    Column("time", "string", "the time expression inside the content, as written"),
    Column("time_value", "string", "its TIMEX3 value (2024-05-29, 2024-W22, ...)"),
    Column("stated", "string", "when the statement was made, as written (said on Friday)"),
    Column("stated_value", "string", "its TIMEX3 value"),
    Column("entities", "string", "ids of the article entities in the content, ';'-separated"),
    Column("paragraph", "int", "index into Article.paragraphs of the cue's paragraph"),
)

#: ``ClaimGraph.to_pandas()``: one row per cluster member, these columns first, then
#: :data:`CLAIM_COLUMNS`.
CLUSTER_COLUMNS: tuple[Column, ...] = (
    Column("cluster_id", "string", "ClaimCluster.id"),
    Column("cluster_size", "int", "number of claims in the cluster"),
    Column("confidence", "float", "ClaimCluster.confidence"),
    Column("representative", "bool", "whether this claim represents the cluster"),
    Column("conflict_count", "int", "conflicts of the cluster that involve this claim"),
    Column("conflicts", "string", "those conflicts, 'kind: value vs value', '; '-separated"),
)

_PANDAS_DTYPES: dict[ColumnType, str] = {
    "string": "string",
    "int": "Int64",
    "timestamp": "datetime64[us, UTC]",
    "float": "float64",
    "bool": "boolean",
}


def _span(span: TextSpan | None) -> tuple[str | None, int | None, int | None]:
    return (span.text, span.start, span.end) if span is not None else (None, None, None)


def _time(expr: TimeExpression | None) -> tuple[str | None, str | None]:
    return (expr.text, expr.value) if expr is not None else (None, None)


def claim_row(article: Article, claim: Claim) -> dict[str, Any]:
    """One claim as a dict of :data:`CLAIM_COLUMNS` (plain Python scalars or ``None``)."""
    speaker, speaker_start, speaker_end = _span(claim.speaker)
    cue, cue_start, cue_end = _span(claim.cue)
    time, time_value = _time(claim.time)
    stated, stated_value = _time(claim.stated)
    return {
        "article_id": article.id,
        "source": article.source,
        "published": article.published,
        "language": article.language,
        "claim_id": claim.id,
        "speaker": speaker,
        "speaker_resolved": claim.speaker.resolved if claim.speaker else None,
        "speaker_entity": claim.speaker.entity if claim.speaker else None,
        "speaker_start": speaker_start,
        "speaker_end": speaker_end,
        "cue": cue,
        "cue_lemma": claim.cue.lemma if claim.cue else None,
        "cue_start": cue_start,
        "cue_end": cue_end,
        "quote": claim.quote,
        "stance": claim.stance,
        "content": claim.content_text,
        "content_start": claim.content[0].start if claim.content else None,
        "content_end": claim.content[-1].end if claim.content else None,
        "content_spans": len(claim.content),
        "target": claim.target.text if claim.target else None,
        "addressee": claim.addressee.text if claim.addressee else None,
        "time": time,
        "time_value": time_value,
        "stated": stated,
        "stated_value": stated_value,
        "entities": ";".join(claim.entities) or None,
        "paragraph": claim.paragraph,
    }


def claim_rows(articles: Iterable[Article]) -> Iterator[dict[str, Any]]:
    """:func:`claim_row` for every claim of every article, in order."""
    for article in articles:
        for claim in article.claims:
            yield claim_row(article, claim)


def member_rows(
    clusters: Iterable[ClaimCluster], articles: Iterable[Article]
) -> Iterator[dict[str, Any]]:
    """One dict of :data:`CLUSTER_COLUMNS` + :data:`CLAIM_COLUMNS` per cluster member.

    Raises:
        KeyError: a member's article or claim is not among ``articles``.
    """
    by_id = {a.id: a for a in articles}
    for cluster in clusters:
        for ref in cluster.members:
            article, claim = lookup(by_id, ref)
            involved = [c for c in cluster.conflicts if ref in (c.a, c.b)]
            yield {
                "cluster_id": cluster.id,
                "cluster_size": len(cluster.members),
                "confidence": cluster.confidence,
                "representative": ref == cluster.representative,
                "conflict_count": len(involved),
                "conflicts": "; ".join(f"{c.kind}: {c.a_value} vs {c.b_value}" for c in involved)
                or None,
                **claim_row(article, claim),
            }


def lookup(by_id: dict[str, Article], ref: ClaimRef) -> tuple[Article, Claim]:
    """The article and claim a reference points at.

    Raises:
        KeyError: the article or the claim is not there.
    """
    article = by_id.get(ref.article)
    if article is None:
        raise KeyError(f"article {ref.article!r} of a cluster member is not among the articles")
    for claim in article.claims:
        if claim.id == ref.claim:
            return article, claim
    raise KeyError(f"claim {ref.claim!r} is not a claim of article {ref.article!r}")


# --------------------------------------------------------------------------- pandas


def _require(module: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ImportError(
            f"claimx's tables need {module}, which is not installed; install it with: "
            f"{PANDAS_EXTRA}"
        ) from exc


def frame(rows: Iterable[dict[str, Any]], columns: Sequence[Column]) -> pd.DataFrame:
    """A DataFrame of ``rows`` with exactly ``columns``, in that order and with their dtypes
    (nullable ``string``, ``Int64``, ``boolean``; timestamps in UTC)."""
    pd = _require("pandas")
    names = [c.name for c in columns]
    data: dict[str, list[Any]] = {name: [] for name in names}
    for row in rows:
        for name in names:
            data[name].append(row[name])
    out = pd.DataFrame(data, columns=names)
    for column in columns:
        if column.type == "timestamp":
            out[column.name] = pd.to_datetime(out[column.name], utc=True).astype(
                _PANDAS_DTYPES["timestamp"]
            )
        else:
            out[column.name] = out[column.name].astype(_PANDAS_DTYPES[column.type])
    return out


def to_pandas(articles: Article | Iterable[Article]) -> pd.DataFrame:
    """The claims of ``articles`` as a DataFrame, one row per claim (:data:`CLAIM_COLUMNS`).

    Raises:
        ImportError: pandas is not installed (``pip install "claimx[pandas]"``).
    """
    if isinstance(articles, Article):
        articles = [articles]
    return frame(claim_rows(articles), CLAIM_COLUMNS)


def arrow_schema(columns: Sequence[Column] = CLAIM_COLUMNS) -> pa.Schema:
    """The Arrow schema of a claims table (what ``--format parquet`` writes).

    Raises:
        ImportError: pyarrow is not installed (``pip install "claimx[pandas]"``).
    """
    pa = _require("pyarrow")
    types = {
        "string": pa.string(),
        "int": pa.int64(),
        "timestamp": pa.timestamp("us", tz="UTC"),
        "float": pa.float64(),
        "bool": pa.bool_(),
    }
    return pa.schema([pa.field(c.name, types[c.type]) for c in columns])


def write_table(
    articles: Iterable[Article],
    target: str | os.PathLike[str] | IO[Any],
    fmt: Literal["parquet", "csv"],
) -> None:
    """Write the claims table of ``articles`` to ``target`` as Parquet or CSV (UTF-8, a
    header row, RFC 3339 timestamps, empty cells for nulls).

    ``target`` is a path, written atomically (a temporary file renamed into place when
    complete: an interrupted write leaves the previous file), or an open stream (binary for
    Parquet, text for CSV).

    Raises:
        ImportError: pandas or pyarrow is not installed (``pip install "claimx[pandas]"``).
        OSError: the file cannot be written (the message names it).
    """
    table = to_pandas(articles)
    if fmt == "parquet":
        _require("pyarrow")
    if isinstance(target, str | os.PathLike):
        with atomic_write(target, "wb" if fmt == "parquet" else "w") as handle:
            _write_frame(table, handle, fmt)
    else:
        _write_frame(table, target, fmt)


def _write_frame(table: pd.DataFrame, stream: IO[Any], fmt: str) -> None:
    if fmt == "parquet":
        table.to_parquet(stream, index=False, schema=arrow_schema())
    else:
        table.to_csv(stream, index=False)
