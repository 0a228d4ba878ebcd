"""The Claim models and diagnostics of a Doc that went through a shallow pipeline."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc

from ..models import Claim, Cue, Diagnostic, Speaker, TextSpan
from .component import SHALLOW_EXTENSION
from .lexicon import load_lexicon

if TYPE_CHECKING:
    from ..models import Entity, TimeExpression

__all__ = ["claims_from_shallow_doc", "shallow_diagnostics"]


def shallow_diagnostics(doc: Doc, language: str) -> tuple[Diagnostic, ...]:
    """The ``shallow-language`` diagnostic when ``doc`` went through a shallow pipeline."""
    if not (Doc.has_extension(SHALLOW_EXTENSION) and doc._.get(SHALLOW_EXTENSION)):
        return ()
    from ..pipeline import INSTALL_HINTS, PIPELINE_CANDIDATES

    has_lexicon = load_lexicon(language) is not None
    detail = (
        "claims come from quotation marks and a cue lexicon"
        if has_lexicon
        else "claimx has no cue lexicon for it, so no claims are extracted"
    )
    install = (
        f"; for full support install its pipeline: {INSTALL_HINTS[language]}"
        if language in PIPELINE_CANDIDATES and language in INSTALL_HINTS
        else ""
    )
    return (
        Diagnostic(
            code="shallow-language",
            message=(
                f"language {language!r} has no spaCy parser or NER here: shallow support only "
                f"({detail}; entities are speaker names labelled PERSON or ORG by a guess)"
                f"{install}"
            ),
        ),
    )


def _span(text: str, pair: Any) -> TextSpan:
    start, end = int(pair[0]), int(pair[1])
    return TextSpan(start=start, end=end, text=text[start:end])


def _times(
    item: dict[str, Any], content: tuple[TextSpan, ...], dates: tuple[TimeExpression, ...]
) -> tuple[TimeExpression | None, TimeExpression | None]:
    """``time``: the first date inside the content; ``stated``: a date between the cue and
    the content ("sagte am Montag, ...")."""
    time = next(
        (d for d in dates if any(c.start <= d.start and d.end <= c.end for c in content)), None
    )
    stated = None
    cue = item.get("cue")
    if cue is not None and content:
        lo, hi = (
            (cue[1], content[0].start) if cue[0] < content[0].start else (content[-1].end, cue[0])
        )
        stated = next((d for d in dates if lo <= d.start and d.end <= hi), None)
    return time, stated


def claims_from_shallow_doc(
    doc: Doc,
    article_id: str,
    entities: tuple[Entity, ...] = (),
    dates: tuple[TimeExpression, ...] = (),
) -> tuple[Claim, ...]:
    """Claim models from the dicts ``claimx_shallow_attribution`` stored on ``doc``."""
    text = doc.text
    paragraphs = [
        (p.start_char, p.end_char)
        for p in doc.spans.get("claimx_paragraphs", [])
        if p.label_ != "boilerplate"
    ]
    out: list[Claim] = []
    for item in doc._.claimx_claims or []:
        content = tuple(_span(text, c) for c in item["content"])
        speaker = None
        if item.get("speaker"):
            s = _span(text, item["speaker"])
            entity = next(
                (
                    e
                    for e in entities
                    if any(m.start >= s.start and m.end <= s.end for m in e.mentions)
                ),
                None,
            )
            speaker = Speaker(
                start=s.start,
                end=s.end,
                text=s.text,
                resolved=entity.name if entity else None,
                entity=entity.id if entity else None,
            )
        cue = None
        if item.get("cue"):
            c = _span(text, item["cue"])
            cue = Cue(
                start=c.start,
                end=c.end,
                text=c.text,
                lemma=item.get("cue_lemma") or c.text,
                parts=tuple(_span(text, part) for part in item.get("cue_parts") or ()),
            )
        anchor = int((item.get("cue") or item["content"][0])[0])
        paragraph = next(
            (k for k, (start, end) in enumerate(paragraphs) if start <= anchor < end), None
        )
        time, stated = _times(item, content, dates)
        key = f"{article_id}|{item.get('cue')}|{item['content']}"
        out.append(
            Claim(
                id="c" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12],
                speaker=speaker,
                cue=cue,
                content=content,
                quote=item["quote"],
                stance=item.get("stance", "assert"),
                target=_span(text, item["target"]) if item.get("target") else None,
                paragraph=paragraph,
                time=time,
                stated=stated,
                entities=tuple(
                    e.id
                    for e in entities
                    if any(
                        c.start <= m.start and m.end <= c.end for m in e.mentions for c in content
                    )
                ),
            )
        )
    return tuple(out)
