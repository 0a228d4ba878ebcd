"""Long texts: parse in paragraph-aligned chunks, then run claimx's components on one Doc.

spaCy's memory grows with the length of the Doc a statistical component processes (a
1,000,000-character article peaked at 3.1 GB in one piece). For a text longer than
:data:`CHUNK_TOKENS` tokens, :func:`process_long`:

1. tokenises the whole text once and runs ``claimx_paragraphs`` (and, where the language
   has it, ``claimx_quotations``) on it (paragraphs, headlines, boilerplate and quotations
   are found on the whole article, as for any text);
2. cuts the token sequence at paragraph starts into chunks of at most :data:`CHUNK_TOKENS`
   tokens (a longer paragraph is cut after a sentence-final ``.``, ``!`` or ``?``, and only a
   paragraph without one is cut mid-sentence);
3. runs the pipeline's own statistical components (``tok2vec``, ``parser``, ``ner``, ...) on
   each chunk;
4. joins the chunks with :meth:`spacy.tokens.Doc.from_docs` (tokens, parses, entities and
   sentence boundaries are kept; the paragraph spans are copied from step 1) and runs the
   remaining claimx components (entities, dates, attribution) on the joined Doc, so that
   speakers resolve and entities chain across the whole article.

Only pipelines laid out as :func:`claimx.load_pipeline` builds them are chunked
(``claimx_paragraphs`` and the other claimx components that precede the parser first, then
the statistical components, then the other claimx
components); any other pipeline processes the text in one piece.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Doc

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["CHUNK_TOKENS", "process", "process_long"]

#: Texts with more tokens than this are parsed in chunks of at most this many tokens
#: (about 100,000 characters of English news).
CHUNK_TOKENS = 20_000
_SENTENCE_END = frozenset({".", "!", "?", "…"})

_Pipe = Callable[[Doc], Doc]


def _stages(nlp: Language) -> tuple[list[_Pipe], list[_Pipe], list[_Pipe]] | None:
    """Split ``nlp`` into (claimx pipes before the parser, statistical pipes, claimx pipes
    after it), or None. The first group starts with ``claimx_paragraphs`` (then, for some
    languages, ``claimx_quotations``)."""
    names = nlp.pipe_names
    factories = [nlp.get_pipe_meta(name).factory for name in names]
    if not factories or factories[0] != "claimx_paragraphs":
        return None
    lead = next((i for i, f in enumerate(factories) if not f.startswith("claimx_")), None)
    if lead is None:
        return None
    rest = factories[lead:]
    first_claimx = next((i for i, f in enumerate(rest) if f.startswith("claimx_")), len(rest))
    if any(not f.startswith("claimx_") for f in rest[first_claimx:]):
        return None
    pipes = [nlp.get_pipe(name) for name in names]
    return pipes[:lead], pipes[lead : lead + first_claimx], pipes[lead + first_claimx :]


def _cuts(doc: Doc, size: int) -> list[int]:
    """Token indices where chunks start (after 0), each chunk at most ``size`` tokens."""
    starts = sorted({span.start for span in doc.spans.get("claimx_paragraphs", [])} - {0})
    cuts: list[int] = []
    begin = 0
    boundaries = [*starts, len(doc)]
    i = 0
    while len(doc) - begin > size:
        limit = begin + size
        # the last paragraph start that keeps the chunk within the limit
        best = None
        while i < len(boundaries) and boundaries[i] <= limit:
            if boundaries[i] > begin:
                best = boundaries[i]
            i += 1
        if best is None or best == len(doc):
            best = _sentence_cut(doc, begin, limit)
        cuts.append(best)
        begin = best
    return cuts


def _sentence_cut(doc: Doc, begin: int, limit: int) -> int:
    """The token after the last sentence-final mark in ``doc[begin:limit]``, else ``limit``."""
    for j in range(limit - 1, begin + (limit - begin) // 2, -1):
        if doc[j].text in _SENTENCE_END and doc[j].whitespace_:
            return j + 1
    return limit


def process_long(nlp: Language, doc: Doc, size: int = CHUNK_TOKENS) -> Doc | None:
    """Process a tokenised ``doc`` in chunks; None when ``nlp`` cannot be chunked.

    ``doc`` comes from :func:`claimx.text.tokens.make_doc` with claimx's Doc attributes
    (language, publication date, ...) already set; they are carried to the returned Doc.
    """
    stages = _stages(nlp)
    if stages is None:
        return None
    leading, statistical, finishing = stages
    for pipe in leading:
        doc = pipe(doc)
    bounds = [0, *_cuts(doc, size), len(doc)]
    if len(bounds) <= 2:
        return None
    chunks = []
    for start, end in itertools.pairwise(bounds):
        chunk = doc[start:end].as_doc()
        for pipe in statistical:
            chunk = pipe(chunk)
        chunks.append(chunk)
    # spaCy's type stub lacks the ``exclude`` keyword (there since v3.3)
    joined = Doc.from_docs(  # type: ignore[call-arg]
        chunks, ensure_whitespace=False, exclude=["user_data", "spans", "tensor"]
    )
    del chunks
    if joined.text != doc.text:  # never return offsets into another text
        return None  # pragma: no cover  (from_docs keeps each token's whitespace)
    key = "claimx_paragraphs"
    spans = [joined.char_span(s.start_char, s.end_char, label=s.label_) for s in doc.spans[key]]
    joined.spans[key] = [s for s in spans if s is not None]
    for name in ("claimx_published", "claimx_language", "claimx_unattributed", "claimx_text"):
        setattr(joined._, name, getattr(doc._, name))
    for pipe in finishing:
        joined = pipe(joined)
    return joined


def process(nlp: Language, doc: Doc, size: int | None = None) -> Doc:
    """Run ``nlp`` on ``doc``: in chunks when it is longer than ``size`` tokens.

    ``size`` defaults to :data:`CHUNK_TOKENS` (read at call time).
    """
    size = CHUNK_TOKENS if size is None else size
    if len(doc) > size:
        done = process_long(nlp, doc, size)
        if done is not None:
            return done
    return nlp(doc)
