"""Text preparation: paragraphs, headlines, boilerplate and quote normalisation.

Pure functions on strings; nothing here changes the text or its offsets. The spaCy glue
lives in :mod:`claimx.text.component`.

* Paragraphs are separated by blank lines (a line holding only whitespace counts as blank)
  or by U+2029 PARAGRAPH SEPARATOR. Lines end at LF, CR-LF, a lone CR (old Mac files),
  NEL (U+0085) or U+2028 LINE SEPARATOR: :func:`line_view` maps the others onto LF
  one-for-one, so offsets found on it hold for the original text.
* Lines matching a boilerplate pattern (``claimx/data/boilerplate/patterns.json``) become
  ``boilerplate`` blocks, wherever they are.
* The leading blocks that look like headlines (short, no sentence-final full stop) are
  ``headline`` blocks; later short unpunctuated one-line blocks are ``subheading`` blocks.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Literal

from ..lexicons import load_data

__all__ = [
    "Block",
    "BlockKind",
    "has_line_break",
    "is_boilerplate_line",
    "line_view",
    "normalize_quotes",
    "segment",
]

BlockKind = Literal["headline", "subheading", "body", "boilerplate"]

_BLANK_SPLIT = re.compile(r"(?:\n[^\S\n\u2029]*\n|\u2029)\s*")
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"\w+")
#: A block ending like this is a sentence, not a heading.
_SENTENCE_END = re.compile(r"[.!…:;,]['\"’”»)\]]*\s*$")
_QUESTION_END = re.compile(r"\?['\"’”»)\]]*\s*$")

#: Headline/subheading limits (words).
MAX_HEADLINE_WORDS = 25
MAX_SUBHEADING_WORDS = 12


#: A CR that does not start a CR-LF pair; NEL; LINE SEPARATOR.
_OTHER_LINE_ENDS = re.compile("\r(?!\n)|[\x85\u2028]")
#: Every character that ends a line (a paragraph separator ends one too).
LINE_BREAKS = frozenset("\n\r\x85\u2028\u2029")


def line_view(text: str) -> str:
    """``text`` with every line end other than LF and CR-LF (a lone CR, NEL, U+2028) mapped
    to LF, one character for one: the same length, so offsets into it index ``text``.
    U+2029 PARAGRAPH SEPARATOR is kept (:func:`segment` splits paragraphs at it)."""
    return _OTHER_LINE_ENDS.sub("\n", text)


def has_line_break(text: str) -> bool:
    """Whether ``text`` holds a line end of any kind (LF, CR, NEL, U+2028, U+2029)."""
    return not LINE_BREAKS.isdisjoint(text)


@dataclass(frozen=True, slots=True)
class Block:
    """A stretch of text with its role; ``start``/``end`` exclude surrounding whitespace."""

    start: int
    end: int
    kind: BlockKind


@functools.cache
def _boilerplate_regexes() -> tuple[re.Pattern[str], ...]:
    data = load_data("boilerplate", "patterns.json")
    return tuple(
        re.compile(rf"(?:{item['pattern']})\s*", re.IGNORECASE) for item in data["patterns"]
    )


def is_boilerplate_line(line: str) -> bool:
    """Whether a whole line is boilerplate according to the pattern list."""
    stripped = line.strip()
    if not stripped:
        return False
    return any(rx.fullmatch(stripped) for rx in _boilerplate_regexes())


def _word_count(text: str, limit: int) -> int:
    """The number of words of ``text``, counted up to ``limit + 1`` (a paragraph longer
    than a heading is not read to its end)."""
    count = 0
    for _ in _WORD.finditer(text):
        count += 1
        if count > limit:
            break
    return count


def _looks_like_heading(text: str, max_words: int, *, allow_question: bool) -> bool:
    if has_line_break(text.strip()) and max_words == MAX_SUBHEADING_WORDS:
        return False
    words = _word_count(text, max_words)
    if words == 0 or words > max_words:
        return False
    if _SENTENCE_END.search(text):
        return False
    return not (_QUESTION_END.search(text) and not allow_question)


def _raw_blocks(text: str) -> list[tuple[int, int]]:
    """Blank-line separated paragraphs as (start, end) with whitespace trimmed."""
    out: list[tuple[int, int]] = []
    pos = 0
    for match in _BLANK_SPLIT.finditer(text):
        out.append((pos, match.start()))
        pos = match.end()
    out.append((pos, len(text)))
    trimmed = []
    for start, end in out:
        chunk = text[start:end]
        lstrip = len(chunk) - len(chunk.lstrip())
        rstrip = len(chunk) - len(chunk.rstrip())
        if end - rstrip > start + lstrip:
            trimmed.append((start + lstrip, end - rstrip))
    return trimmed


def _split_boilerplate(text: str, start: int, end: int) -> list[Block]:
    """Split one paragraph into boilerplate lines and the content runs between them."""
    blocks: list[Block] = []
    run_start: int | None = None
    run_end = start
    for m in _LINE.finditer(text, start, end):
        line = m.group()
        if not line.strip():
            continue
        ls = m.start() + (len(line) - len(line.lstrip()))
        le = m.end() - (len(line) - len(line.rstrip()))
        if is_boilerplate_line(line):
            if run_start is not None:
                blocks.append(Block(run_start, run_end, "body"))
                run_start = None
            blocks.append(Block(ls, le, "boilerplate"))
        else:
            if run_start is None:
                run_start = ls
            run_end = le
    if run_start is not None:
        blocks.append(Block(run_start, run_end, "body"))
    return blocks


def segment(text: str) -> list[Block]:
    """Split ``text`` into paragraphs, headlines, subheadings and boilerplate lines.

    >>> [b.kind for b in segment("Big news today\\n\\nThe minister said so.\\n\\nsource site-3")]
    ['headline', 'body', 'boilerplate']

    Any line end counts (:func:`line_view`); offsets index ``text`` itself.
    """
    text = line_view(text)
    blocks: list[Block] = []
    for start, end in _raw_blocks(text):
        blocks.extend(_split_boilerplate(text, start, end))
    content = [i for i, b in enumerate(blocks) if b.kind != "boilerplate"]
    # Leading headline blocks: all content blocks before the first sentence-like one,
    # provided at least one sentence-like block follows (a one-line text is not a headline).
    first_body = next(
        (
            i
            for i in content
            if not _looks_like_heading(
                text[blocks[i].start : blocks[i].end], MAX_HEADLINE_WORDS, allow_question=True
            )
        ),
        None,
    )
    if first_body is not None:
        for i in content:
            if i >= first_body:
                break
            b = blocks[i]
            blocks[i] = Block(b.start, b.end, "headline")
        for i in content:
            if i <= first_body:
                continue
            b = blocks[i]
            if _looks_like_heading(
                text[b.start : b.end], MAX_SUBHEADING_WORDS, allow_question=True
            ):
                blocks[i] = Block(b.start, b.end, "subheading")
    return blocks


_QUOTE_MAP = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
        "〝": '"',
        "〞": '"',
        "＂": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "‹": "'",
        "›": "'",
    }
)


def normalize_quotes(text: str) -> str:
    """Map curly, low-9 and angle quotation marks to ASCII ``"``/``'`` one-for-one.

    The result has the same length as ``text``, so offsets computed on it hold for the
    original.
    """
    return text.translate(_QUOTE_MAP)
