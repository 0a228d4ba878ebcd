"""The Claim models of an article, from the dicts the attribution component stored.

:func:`claims_from_doc` builds them once the article's entities and dates are known.

Decisions:

* the speaker is resolved to an entity (:mod:`claimx.attribution.coref`); generic speakers
  ("experts") stay unresolved;
* ``time`` is a date inside the content (the one closest in the tree to the content's main
  verb), ``stated`` a date outside content and speaker at most four tree steps below the cue
  ("said on Wednesday", "told Russian media in May", "said in a statement released Wednesday");
* headline claims are kept only when no body claim with the same speaker (resolved name, else
  speaker text) holds at least half of their content words; repeated headline claims are
  kept once. Boilerplate paragraphs are never read;
* a fully quoted sentence after a quoted claim, in the same paragraph or the next, continues
  that claim's quotation ("“A,” said X. “B.”" and "“A,” said X. ¶ “B.”" are one claim with
  two content spans; ``paragraph`` stays the cue's): a quotation run is one statement, with
  one cue. The linker compares such a claim paragraph by paragraph
  (:func:`claimx.linking.features.paragraph_parts`);
* cues inside quotation marks belong to the quoted speech and are skipped, so "I"/"we" in a
  quotation is never a speaker; a cue without content ("He said nothing.") gives no claim;
* unpaired quotation marks are ignored (reported by :func:`quote_diagnostics`).
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Callable, Sequence
from typing import Any

from spacy.tokens import Doc, Token

from .._extensions import doc_text
from ..models import Claim, Cue, Diagnostic, Entity, Speaker, TextSpan, TimeExpression
from .coref import SpeakerResolver
from .find import content_paragraphs, find_claims
from .lexicon import coref_rules
from .quotes import find_quotes

__all__ = ["claims_from_doc", "find_claims", "quote_diagnostics"]

_WORD = re.compile(r"\w{3,}")
#: Share of a headline claim's content words a body claim must hold to make it a repeat.
HEADLINE_OVERLAP = 0.5
_MAX_HOPS = 12
#: A stated date hangs at most this far below the cue ("said in a statement released Monday").
_MAX_STATED_HOPS = 4
#: Dates further than this (chars) from a claim's cue and content are not looked at.
_DATE_WINDOW = 300


def _span(text: str, pair: list[int] | None) -> TextSpan | None:
    if pair is None:
        return None
    return TextSpan(start=pair[0], end=pair[1], text=text[pair[0] : pair[1]])


def _token_at(doc: Doc, pair: list[int] | None) -> Token | None:
    if pair is None:
        return None
    span = doc.char_span(pair[0], pair[1], alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _roots(doc: Doc) -> Callable[[list[int] | None], Token | None]:
    """:func:`_token_at` of ``doc``, remembered by offsets: a claim reads its speaker's
    head twice, and a date is read once for every claim near it."""
    known: dict[tuple[int, int], Token | None] = {}

    def token_at(pair: list[int] | None) -> Token | None:
        if pair is None:
            return None
        key = (pair[0], pair[1])
        if key not in known:
            known[key] = _token_at(doc, pair)
        return known[key]

    return token_at


def _mentioned(entities: Sequence[Entity]) -> Callable[[list[list[int]]], tuple[str, ...]]:
    """A function giving the ids of the ``entities`` with a mention inside one of the
    content spans it is given, in the order of ``entities`` (the mentions sorted once per
    article, each span reading only the mentions that start inside it)."""
    mentions = sorted((m.start, m.end, k) for k, ent in enumerate(entities) for m in ent.mentions)
    starts = [start for start, _, _ in mentions]

    def mentioned(content: list[list[int]]) -> tuple[str, ...]:
        found: set[int] = set()
        for s, e in content:
            for n in range(bisect.bisect_left(starts, s), len(mentions)):
                start, end, k = mentions[n]
                if start > e:
                    break
                if end <= e:
                    found.add(k)
        return tuple(entities[k].id for k in sorted(found))

    return mentioned


def _hops(tok: Token, target: Token) -> int | None:
    """Steps from ``tok`` up to ``target`` in the tree, or ``None`` if not an ancestor."""
    cur = tok
    for n in range(_MAX_HOPS):
        if cur == target:
            return n
        if cur.head == cur:
            return None
        cur = cur.head
    return None


def _inside(start: int, end: int, spans: list[list[int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _overlaps(start: int, end: int, spans: list[list[int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _time(
    token_at: Callable[[list[int] | None], Token | None],
    item: dict[str, Any],
    dates: list[TimeExpression],
    starts: list[int],
) -> tuple[TimeExpression | None, TimeExpression | None]:
    """The date the content refers to and the date the statement was made, if any.

    ``token_at``: :func:`_token_at` of the Doc (:func:`_roots`); ``dates`` are sorted by
    start; ``starts`` are their start offsets.
    """
    content: list[list[int]] = item["content"]
    head = token_at(item.get("content_head"))
    cue = token_at(item.get("cue_head"))
    best: tuple[int, int, TimeExpression] | None = None
    stated: TimeExpression | None = None
    blocked = [*content]
    speaker_head = token_at(item.get("speaker_head"))
    if speaker_head is not None:  # the whole speaker phrase, relative clauses included
        blocked.append([speaker_head.left_edge.idx, speaker_head.right_edge.idx + 1])
    spans = [*content] + ([item["cue"]] if item["cue"] else [])
    lo = min(s for s, _ in spans) - _DATE_WINDOW
    hi = max(e for _, e in spans) + _DATE_WINDOW
    first = bisect.bisect_left(starts, lo)
    for n in range(first, len(dates)):
        date = dates[n]
        if date.start > hi:
            break
        if _inside(date.start, date.end, content):
            root = token_at([date.start, date.end])
            hops = _hops(root, head) if root is not None and head is not None else None
            key = (hops if hops is not None else _MAX_HOPS, n)
            if best is None or key < best[:2]:
                best = (key[0], key[1], date)
        elif stated is None and cue is not None and not _overlaps(date.start, date.end, blocked):
            root = token_at([date.start, date.end])
            hops = _hops(root, cue) if root is not None else None
            if hops is not None and hops <= _MAX_STATED_HOPS:  # "said [in a statement] on Monday"
                stated = date
    return (best[2] if best else None), stated


def _content_words(text: str, spans: list[list[int]]) -> set[str]:
    return {w.lower() for s, e in spans for w in _WORD.findall(text, s, e)}


def _drop_headline_repeats(text: str, built: list[tuple[dict[str, Any], Claim]]) -> list[Claim]:
    def who(claim: Claim) -> str:
        sp = claim.speaker
        return (sp.resolved or sp.text).lower() if sp else ""

    body = [
        (who(c), _content_words(text, d["content"])) for d, c in built if d["block"] != "headline"
    ]
    out: list[Claim] = []
    seen: set[tuple[str, str]] = set()
    for item, claim in built:
        if item["block"] == "headline":
            words = _content_words(text, item["content"])
            key = (who(claim), " ".join(sorted(words)))
            if key in seen:
                continue
            seen.add(key)
            if words and any(
                w == who(claim) and len(words & bw) >= HEADLINE_OVERLAP * len(words)
                for w, bw in body
            ):
                continue
        out.append(claim)
    return out


def _cue(text: str, item: dict[str, Any]) -> Cue | None:
    """The claim's cue: the run of cue words that holds its head, the other runs its
    ``parts``, when a phrase interrupts the cue (``cue_runs``); else the whole range."""
    if item["cue"] is None:
        return None
    start, end = item["cue"]
    parts: tuple[TextSpan, ...] = ()
    runs = item.get("cue_runs")
    head = item.get("cue_head")
    if runs and head is not None:
        at = next((k for k, (s, e) in enumerate(runs) if s <= head[0] < e), None)
        if at is not None:
            start, end = runs[at]
            parts = tuple(TextSpan(start=s, end=e, text=text[s:e]) for s, e in runs if s != start)
    return Cue(start=start, end=end, text=text[start:end], lemma=item["cue_lemma"], parts=parts)


def _claim_id(article_id: str, item: dict[str, Any]) -> str:
    key = f"{article_id}|{item['cue']}|{item['content']}"
    return "c" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def claims_from_doc(
    doc: Doc,
    article_id: str,
    entities: tuple[Entity, ...],
    dates: tuple[TimeExpression, ...],
) -> tuple[Claim, ...]:
    """Build the article's claims from what ``claimx_attribution`` stored on ``doc``.

    Falls back to running :func:`find_claims` when the component did not run.
    """
    language = doc._.claimx_language if doc.has_extension("claimx_language") else None
    language = language or doc.lang_ or "en"
    items = doc._.claimx_claims if doc.has_extension("claimx_claims") else None
    if items is None:
        items = find_claims(doc, language)
    text = doc_text(doc)
    resolver = SpeakerResolver(doc, entities, coref_rules(language))
    ordered = sorted(dates, key=lambda d: d.start)
    starts = [d.start for d in ordered]
    token_at = _roots(doc)
    mentioned_in = _mentioned(entities)
    built: list[tuple[dict[str, Any], Claim]] = []
    for item in sorted(items, key=lambda d: (d["speaker"] or d["cue"] or d["content"][0])[0]):
        speaker = None
        if item["speaker"] is not None:
            s, e = item["speaker"]
            head = token_at(item.get("speaker_head") or item["speaker"])
            found = resolver.resolve(s, e, head, item["paragraph"]) if head is not None else None
            speaker = Speaker(
                start=s,
                end=e,
                text=text[s:e],
                resolved=found.entity.name if found else None,
                entity=found.entity.id if found else None,
                resolved_from=found.through if found else None,
            )
        content = tuple(TextSpan(start=s, end=e, text=text[s:e]) for s, e in item["content"])
        time, stated = _time(token_at, item, ordered, starts)
        cue = _cue(text, item)
        claim = Claim(
            id=_claim_id(article_id, item),
            speaker=speaker,
            cue=cue,
            content=content,
            quote=item["quote"],
            stance=item["stance"],
            target=_span(text, item.get("target")),
            addressee=_span(text, item.get("addressee")),
            time=time,
            stated=stated,
            entities=mentioned_in(item["content"]),
            paragraph=item["paragraph"],
        )
        built.append((item, claim))
    built.sort(key=lambda pair: (pair[1].content[0].start, pair[1].cue.start if pair[1].cue else 0))
    return tuple(_drop_headline_repeats(text, built))


def quote_diagnostics(doc: Doc) -> tuple[Diagnostic, ...]:
    """One ``unbalanced-quotes`` diagnostic per quotation mark that could not be paired.

    Such marks are ignored by the extractor (a quotation never runs past its paragraph);
    this reports them so the caller can put them on ``Article.diagnostics``.
    """
    text = doc_text(doc)
    blocks = [(start, end) for start, end, _ in content_paragraphs(doc)]
    return tuple(
        Diagnostic(
            code="unbalanced-quotes",
            message="a quotation mark without its pair was ignored",
            span=TextSpan(start=i, end=i + 1, text=text[i]),
        )
        for i in find_quotes(text, blocks).unmatched
    )
