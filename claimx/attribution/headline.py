"""Title-case headlines, re-read in the case the article's body uses.

The small English model reads a title-case headline ("Senator Pins Blame On Rival For
Delay") as a row of proper nouns, so its verbs are tagged as nouns and its cues are lost.
:func:`truecased` gives a copy of such a headline of the same length in which each
capitalised word but the first is lowered unless the body writes it capitalised more often
than in lower case (a name) or it is all capitals ("Senator Ola Brandt pins blame on rival
for delay");
:func:`headline_claims` parses that copy with the tagger and parser
components of the pipeline and returns its claims. Offsets do not change (the copy has the
length of the original), so the claims index ``Doc.text`` as every other claim does.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc
from spacy.util import get_lang_class

from .._extensions import doc_text

__all__ = ["function_words", "headline_claims", "is_title_case", "truecased"]

_WORD = re.compile(r"[^\W\d_]+")
#: Shortest headline (in words) that is checked for title case.
MIN_WORDS = 4
#: Share of the headline's longer words (four letters or more) that must be capitalised.
TITLE_SHARE = 0.8
#: Share of the longer words that may be lower-case words other than function words.
LOWER_SHARE = 0.1
#: Keys of a claim dict holding one char span, and the key holding a list of them.
_SPAN_KEYS = (
    "cue",
    "cue_head",
    "speaker",
    "speaker_head",
    "content_head",
    "target",
    "addressee",
)


def is_title_case(text: str, function_words: Collection[str] = frozenset()) -> bool:
    """Whether most longer words of ``text`` are capitalised (and not all of it shouted),
    and hardly any other longer word is in lower case: title case leaves function words
    ("with", "from"; ``function_words``, the language's stop words) in lower case, a body
    sentence full of names does not ("Rep. Ola Brandt chairs the Harbour Committee")."""
    words = _WORD.findall(text)
    longer = [w for w in words if len(w) >= 4]
    if len(words) < MIN_WORDS or not longer or all(w.isupper() for w in longer):
        return False
    lower = sum(
        1
        for m in _WORD.finditer(text)
        if len(m.group()) >= 4
        and m.group().islower()
        and m.group() not in function_words
        and text[m.start() - 1 : m.start()] != "-"  # "Reagan-like"
    )
    if lower > LOWER_SHARE * len(longer):
        return False
    return sum(1 for w in longer if w[0].isupper()) >= TITLE_SHARE * len(longer)


@lru_cache(maxsize=8)
def function_words(lang: str) -> frozenset[str]:
    """The stop words of the spaCy language ``lang`` (none for an unknown code)."""
    try:
        return frozenset(get_lang_class(lang).Defaults.stop_words)
    except ImportError:
        return frozenset()


def _names(body: str) -> set[str]:
    """Capitalised words the body writes capitalised more often than in lower case: names
    ("Bush", "Howard" even when it only opens sentences), not the "To" of a quoted title
    nor the "Asked" opening a sentence."""
    capital: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for m in _WORD.finditer(body):
        word = m.group()
        if word.islower():
            lower[word] += 1
        elif word[0].isupper():
            capital[word] += 1
    return {w for w, n in capital.items() if n > lower[w.lower()]}


def _acronym(word: str, after: str) -> bool:
    """Whether ``word`` (followed by the character ``after``) is all capitals: "GOP", an
    initial ("W."), "I"; not the article "A" of a title-case headline."""
    return word.isupper() and (len(word) > 1 or after == "." or word == "I")


def truecased(
    headline: str, body: str, function_words: Collection[str] = frozenset()
) -> str | None:
    """``headline`` with its capitalised words lowered, or ``None`` when it is not in title
    case or nothing changes. The first word, all-capitals words ("GOP", not the article
    "A") and the words the body writes capitalised more often than not (names) keep their
    case."""
    if not is_title_case(headline, function_words):
        return None
    return _lowered(headline, _names(body))


def _lowered(headline: str, named: Collection[str]) -> str | None:
    """``headline`` (in title case) with its capitalised words lowered but the first, the
    all-capitals ones and ``named``; ``None`` when nothing changes."""
    chars = list(headline)
    changed = False
    for n, m in enumerate(_WORD.finditer(headline)):
        word = m.group()
        if n == 0 or not word[0].isupper() or word in named:
            continue
        if _acronym(word, headline[m.end() : m.end() + 1]):
            continue
        low = word.lower()
        if len(low) == len(word):
            chars[m.start() : m.end()] = low
            changed = True
    return "".join(chars) if changed else None


def _shift(claim: dict[str, Any], offset: int) -> dict[str, Any]:
    out = dict(claim)
    for key in _SPAN_KEYS:
        if out.get(key) is not None:
            out[key] = [out[key][0] + offset, out[key][1] + offset]
    out["content"] = [[s + offset, e + offset] for s, e in out["content"]]
    return out


def headline_claims(
    doc: Doc,
    paragraphs: list[tuple[int, int, str]],
    claims: list[dict[str, Any]],
    parse: Callable[[str], Doc],
    find: Callable[[Doc], list[dict[str, Any]]],
) -> list[dict[str, Any]]:
    """Claims of the title-case paragraphs of ``doc`` (headlines, whether or not the
    segmenter labelled them so: a headline ending in a full stop reads as a sentence) read
    from a truecased copy.

    ``paragraphs``: (start, end, label) of the content paragraphs (``find_claims``
    numbering); ``claims``: what the main parse found (a paragraph holding one of its
    claims is not parsed again, and a headline claim whose content overlaps one is left
    out); ``parse`` runs the statistical
    components on a text, ``find`` finds the claims of such a Doc.
    """
    text = doc_text(doc)
    small = function_words(doc.lang_)
    attributed = [c for c in claims if c["cue"] is not None]  # not the outlet's assertions
    found = {c["paragraph"] for c in attributed}
    # a headline the main parse read a claim in is left as it is; the paragraphs holding
    # claims (most of the body) are tested for title case only when some other one is
    todo = {
        n
        for n, (s, e, _) in enumerate(paragraphs)
        if n not in found and is_title_case(text[s:e], small)
    }
    if not todo:
        return []
    titled = todo | {
        n
        for n, (s, e, _) in enumerate(paragraphs)
        if n in found and is_title_case(text[s:e], small)
    }
    body = " ".join(text[s:e] for n, (s, e, _) in enumerate(paragraphs) if n not in titled)
    if not body:
        return []
    taken = [(s, e) for c in attributed for s, e in c["content"]]
    named = _names(body)  # once for all the headlines (todo: in title case already)
    out: list[dict[str, Any]] = []
    for n in sorted(todo):
        start, end, label = paragraphs[n]
        copy = _lowered(text[start:end], named)
        if copy is None:
            continue
        for claim in find(parse(copy)):
            moved = _shift(claim, start)
            if any(s < te and ts < e for s, e in moved["content"] for ts, te in taken):
                continue
            moved["paragraph"], moved["block"] = n, label
            out.append(moved)
    return out
