"""Entity cleaning and within-article chaining (pure functions on spaCy objects).

Two steps, both linear in the number of entity mentions:

1. :func:`clean_entity_spans` turns spaCy's ``doc.ents`` into clean name mentions:

   * kept labels: :data:`NAME_LABELS` (people, organisations, places, nationalities and
     groups, facilities, named events). PRODUCT, LAW, WORK_OF_ART and LANGUAGE are dropped:
     the small English model tags them unreliably and no claimx extractor uses them.
     Numeric labels (DATE, TIME, CARDINAL, ...) are not names; they stay in ``doc.ents``
     for the dates component, only split at line breaks. The French pipeline's ``PER`` is
     renamed ``PERSON`` (:data:`LABEL_MAP`); its ``LOC`` and ``ORG`` are kept, ``MISC``
     is not.
   * no mention crosses a line break or a bracket: spans are split at newline tokens,
     ``(`` and ``)``; mentions inside boilerplate lines are dropped;
   * leading determiners ("the"; kept when capitalised in mid-sentence: "in The Hague"),
     leading titles of people ("President"), trailing possessives ("’s", "'") and
     surrounding punctuation and quotes are trimmed;
   * junk is dropped: nothing left, no letter, no capital letter at all, a single
     sentence-initial word that is a common word (tagged as a noun/verb/adverb/pronoun by
     the tagger, e.g. "Debris" opening a paragraph, or a stop word), or a one-word PERSON
     that the same article also writes in lower case as a common word ("Library");
   * an acronym defined in parentheses after a name ("Defense Intelligence Agency (DIA)")
     and its later bare uses, and the surname of a full PERSON name used alone as a proper
     noun ("Scholz said"), become mentions when the tagger missed them (only on tokens
     outside every other entity).

2. :func:`chain_mentions` groups mentions of one entity (union-find, in text order):

   * same normalised text (case, apostrophes, dots of acronyms, a leading determiner),
     whatever the labels (the tagger may call one company PERSON once and ORG elsewhere);
     the entity takes its most frequent label;
   * an organisation with a leading all-capitals qualifier ("US Department of Defense")
     and the same name without it;
   * an acronym and its expansion: the parenthesised pattern, else the initials of the
     capitalised words of an earlier (else the first later) mention, ignoring function
     words and optionally a leading all-capitals qualifier ("DIA" = "US Defense
     Intelligence Agency");
   * a short PERSON form ("Putin", "Kim") with a full name (two or more words) it starts
     or ends: the full name whose entity was mentioned most recently before it, else the
     first full name after it. So a bare "Lee" after "Lee Min Ho" and "Lee Jae Won"
     follows whichever of the two was mentioned last, and one after "Sam Lee" goes to Sam
     Lee. Short forms that match no full name are chained among themselves by text.

The canonical name of an entity is its fullest mention (a non-acronym, most words, then
longest, then first). Entity ids are ``e1, e2, ...`` in order of first mention.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from .._extensions import doc_text
from ..lexicons import load_data
from ..models import Entity, TextSpan
from ..text.tokens import tokens_with
from .aliases import identity_for, is_acronym, normalize_name

__all__ = [
    "NAME_LABELS",
    "chain_mentions",
    "clean_entity_spans",
    "entities_from_doc",
]

NAME_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})
"""spaCy labels kept as named entities."""

SPAN_KEY = "claimx_entities"

#: Labels of other pipelines renamed to the English scheme (French ``PER``).
LABEL_MAP: dict[str, str] = {"PER": "PERSON"}

#: Parts of speech of a single sentence-initial capitalised word that is not a name.
_COMMON_POS = frozenset(
    {"NOUN", "VERB", "ADV", "PRON", "AUX", "ADP", "SCONJ", "CCONJ", "DET", "NUM", "INTJ", "PART"}
)
_BRACKETS = frozenset("()[]{}")
_QUOTES = frozenset("\"'“”‘’„‟«»‹›`´")
#: Where a text may hold a break token (:func:`_is_break`): a line feed, a bracket, or
#: whitespace that is no single space after a word (a whitespace token is made of such).
_MAY_BREAK = re.compile(r"[\n()\[\]{}]|[^\S ]|  ")


@dataclass(frozen=True, slots=True)
class _Lexicon:
    determiners: frozenset[str]
    function_words: frozenset[str]
    titles: frozenset[str]
    possessives: frozenset[str]


@functools.cache
def _lexicon(language: str) -> _Lexicon:
    try:
        data: dict[str, Any] = load_data("entities", f"{language}.json")
    except FileNotFoundError:
        data = load_data("entities", "en.json")
    return _Lexicon(
        determiners=frozenset(data["determiners"]),
        function_words=frozenset(data["function_words"]),
        titles=frozenset(data["titles"]),
        possessives=frozenset(data["possessive_suffixes"]),
    )


def _language(doc: Doc) -> str:
    lang = doc._.claimx_language if Doc.has_extension("claimx_language") else None
    return str(lang or doc.lang_ or "en")


# --------------------------------------------------------------------------- cleaning


def _is_break(token: Token) -> bool:
    return token.is_space or "\n" in token.text or token.text in _BRACKETS


def _is_sentence_start(token: Token) -> bool:
    return token.i == 0 or bool(token.is_sent_start) or token.doc[token.i - 1].is_space


def _is_edge_junk(token: Token) -> bool:
    return token.is_punct or token.is_space or token.text in _QUOTES


def _split_at_breaks(span: Span, text: str) -> list[tuple[int, int]]:
    """Token ranges of ``span`` between newline and bracket tokens (``text``: the Doc's
    text; a span whose text cannot hold such a token is not read token by token)."""
    start_char, end_char = span.start_char, span.end_char
    if (
        end_char > start_char
        and not text[start_char].isspace()
        and _MAY_BREAK.search(text, start_char, end_char) is None
    ):
        return [(span.start, span.end)]
    return _token_pieces(span)


def _token_pieces(span: Span) -> list[tuple[int, int]]:
    """Token ranges of ``span`` between newline and bracket tokens, read token by token."""
    pieces: list[tuple[int, int]] = []
    start = span.start
    for token in span:
        if _is_break(token):
            if token.i > start:
                pieces.append((start, token.i))
            start = token.i + 1
    if span.end > start:
        pieces.append((start, span.end))
    return pieces


def _trim(doc: Doc, start: int, end: int, label: str, lex: _Lexicon) -> tuple[int, int]:
    """Trim determiners, titles, possessives, punctuation and quotes from a token range."""
    while start < end:
        tok = doc[start]
        low = tok.lower_
        if _is_edge_junk(tok):
            start += 1
        elif low in lex.determiners and end - start > 1:
            if tok.is_title and not _is_sentence_start(tok):
                break  # "in The Hague": the article is part of the name
            start += 1
        elif label == "PERSON" and low.rstrip(".") in lex.titles and end - start > 1:
            start += 1
        else:
            break
    while end > start:
        tok = doc[end - 1]
        if _is_edge_junk(tok) or tok.tag_ == "POS" or tok.lower_ in lex.possessives:
            end -= 1
        else:
            break
    return start, end


def _is_junk(span: Span, lowercase_words: frozenset[int]) -> bool:
    """Whether a name mention is no name (``lowercase_words``: :func:`_lowercase_words`)."""
    text = span.text
    if not any(c.isalpha() for c in text) or not any(c.isupper() for c in text):
        return True
    if len(span) == 1 and span.label_ != "NORP":
        tok = span[0]
        if tok.is_upper:
            return False
        if span.label_ == "PERSON" and tok.lower in lowercase_words:
            return True  # "Library", "White": the article uses the word as a common word
        if not _is_sentence_start(tok):
            return False
        return tok.pos_ in _COMMON_POS or tok.is_stop
    return False


def _lowercase_words(doc: Doc) -> frozenset[int]:
    """The string ids (hashes) of the words the document writes in lower case outside
    sentence starts (read from the attribute arrays: ``is_lower and is_alpha and not
    is_sent_start`` for every token); compared with a token's ``lower``, no word is
    turned back into a string."""
    if not len(doc):
        return frozenset()
    from spacy.attrs import IS_ALPHA, IS_LOWER, ORTH, SENT_START

    arr = doc.to_array([ORTH, IS_LOWER, IS_ALPHA, SENT_START])
    # SENT_START is 1 (a start), 0 (unknown: not a start for ``not is_sent_start``) or -1
    keep = (arr[:, 1] == 1) & (arr[:, 2] == 1) & (arr[:, 3] != 1)
    return frozenset(arr[keep, 0].tolist())


def _in_ranges(start: int, end: int, ranges: Sequence[tuple[int, int]], pos: list[int]) -> bool:
    """Whether token range ``[start, end)`` overlaps one of the sorted ``ranges``.

    ``pos`` is a one-element cursor advanced monotonically (callers go in text order).
    """
    i = pos[0]
    while i < len(ranges) and ranges[i][1] <= start:
        i += 1
    pos[0] = i
    return i < len(ranges) and ranges[i][0] < end


def _missed_mentions(doc: Doc, names: list[Span], taken: bytearray) -> list[Span]:
    """Mentions the tagger missed, outside any entity: acronyms defined as "Name (ACR)"
    and their later bare uses; the surname (last word) of a full PERSON name used alone
    as a proper noun ("Scholz said" after "Olaf Scholz")."""
    wanted: dict[str, str] = {}
    for span in names:
        i = span.end
        if i + 2 < len(doc) and doc[i].text == "(" and len(span) > 1:
            tok, close = doc[i + 1], doc[i + 2]
            if close.text == ")" and is_acronym(tok.text):
                wanted.setdefault(tok.text, span.label_)
    surnames: set[str] = set()
    for span in names:
        if span.label_ == "PERSON" and len(span) > 1 and span[-1].is_title:
            surnames.add(span[-1].text)
            wanted.setdefault(span[-1].text, "PERSON")
    added: list[Span] = []
    if not wanted:
        return added
    for tok in tokens_with(doc, ORTH, (get_string_id(text) for text in wanted)):
        label = wanted.get(tok.text)
        if label is None or taken[tok.i]:
            continue
        if tok.text in surnames and tok.pos_ != "PROPN":
            continue
        added.append(Span(doc, tok.i, tok.i + 1, label=label))
        taken[tok.i] = 1
    return added


def clean_entity_spans(
    doc: Doc, labels: frozenset[str] = NAME_LABELS
) -> tuple[list[Span], list[Span]]:
    """Clean ``doc.ents``: ``(name mentions, other entities split at line breaks)``.

    Both lists are in text order and do not overlap each other.
    """
    lex = _lexicon(_language(doc))
    boiler = [
        (s.start, s.end)
        for s in doc.spans.get("claimx_paragraphs", [])
        if s.label_ == "boilerplate"
    ]
    boiler.sort()
    cursor = [0]
    names: list[Span] = []
    others: list[Span] = []
    taken = bytearray(len(doc))
    lowercase: frozenset[int] | None = None  # computed once, only when needed
    text = doc_text(doc)
    for ent in doc.ents:
        label = LABEL_MAP.get(ent.label_, ent.label_)
        for start, end in _split_at_breaks(ent, text):
            if label not in labels:
                others.append(Span(doc, start, end, label=label))
                continue
            if _in_ranges(start, end, boiler, cursor):
                continue
            start, end = _trim(doc, start, end, label, lex)
            if start >= end:
                continue
            span = Span(doc, start, end, label=label)
            if lowercase is None and end - start == 1 and label == "PERSON":
                lowercase = _lowercase_words(doc)
            if not _is_junk(span, lowercase or frozenset()):
                names.append(span)
    for span in names:
        taken[span.start : span.end] = b"\x01" * len(span)
    for span in others:
        taken[span.start : span.end] = b"\x01" * len(span)
    extra = [
        s
        for s in _missed_mentions(doc, names, taken)
        if not _in_ranges(s.start, s.end, boiler, [0])
    ]
    if extra:
        names = sorted(names + extra, key=lambda s: s.start)
    return names, others


# --------------------------------------------------------------------------- chaining


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the earlier mention stays the root: roots are first mentions
            if ra < rb:
                self.parent[rb] = ra
            else:
                self.parent[ra] = rb


def _words(span: Span) -> list[str]:
    return [t.text for t in span if not t.is_punct]


def _initials(words: Sequence[str], function_words: frozenset[str]) -> list[str]:
    """Initials of the expansion, and of it without leading all-capitals qualifiers."""
    content = [w for w in words if w.lower() not in function_words]
    if len(content) < 2 or not all(w[:1].isupper() for w in content):
        return []
    out = ["".join(w[0] for w in content).upper()]
    i = 0
    while i < len(content) - 2 and is_acronym(content[i]):
        i += 1
        out.append("".join(w[0] for w in content[i:]).upper())
    return out


def _core_key(words: Sequence[str]) -> str | None:
    """The organisation name without leading all-capitals qualifiers ("US", "UN")."""
    i = 0
    while i < len(words) - 1 and is_acronym(words[i]):
        i += 1
    if i == 0 or len(words) - i < 2:
        return None
    return normalize_name(" ".join(words[i:]))


def chain_mentions(spans: Sequence[Span], language: str = "en") -> list[int]:
    """Cluster index (index of the cluster's first mention) of each mention, in text order.

    ``spans`` are cleaned name mentions in text order (see :func:`clean_entity_spans`).
    """
    n = len(spans)
    uf = _UnionFind(n)
    lex = _lexicon(language)
    doc_words = [_words(s) for s in spans]
    keys = [normalize_name(s.text) for s in spans]
    person = [s.label_ == "PERSON" for s in spans]
    full = [person[i] and len(doc_words[i]) >= 2 for i in range(n)]
    short = [person[i] and not full[i] for i in range(n)]
    acro = [len(spans[i]) == 1 and is_acronym(spans[i].text) for i in range(n)]

    # 1. same normalised text (PERSON short forms are resolved separately below)
    first_of: dict[str, int] = {}
    for i in range(n):
        if short[i]:
            continue
        j = first_of.setdefault(keys[i], i)
        if j != i:
            uf.union(j, i)

    # 2. organisation with and without a leading all-capitals qualifier
    for i in range(n):
        if not person[i] and not acro[i]:
            core = _core_key(doc_words[i])
            other = first_of.get(core) if core else None
            if other is not None:
                uf.union(other, i)

    # 3. acronyms: parenthesised definitions first, then initials
    expansion_of: dict[str, int] = {}
    for i in range(n - 1):
        a, b = spans[i], spans[i + 1]
        doc = a.doc
        if (
            acro[i + 1]
            and not acro[i]
            and not person[i]
            and b.start == a.end + 1
            and doc[a.end].text == "("
        ):
            uf.union(i, i + 1)
            expansion_of.setdefault(keys[i + 1], i)
    by_initials: dict[str, list[int]] = {}
    for i in range(n):
        if not acro[i] and not person[i]:
            for ini in _initials(doc_words[i], lex.function_words):
                by_initials.setdefault(ini, []).append(i)
    for i in range(n):
        if not acro[i]:
            continue
        expansion = expansion_of.get(keys[i])
        if expansion is None:
            letters = "".join(c for c in spans[i].text if c.isalpha()).upper()
            candidates = by_initials.get(letters, [])
            before = [c for c in candidates if c < i]
            expansion = before[-1] if before else (candidates[0] if candidates else None)
        if expansion is not None:
            uf.union(expansion, i)

    # 4. PERSON short forms -> full names (most recently mentioned compatible entity)
    full_by_edge: dict[tuple[str, ...], list[int]] = {}
    for i in range(n):
        if full[i]:
            w = tuple(x.casefold() for x in doc_words[i])
            for k in range(1, len(w)):
                full_by_edge.setdefault(w[:k], []).append(i)
                full_by_edge.setdefault(w[-k:], []).append(i)
    last_seen: dict[int, int] = {}  # entity root -> index of its latest mention so far
    unresolved: dict[str, int] = {}
    for i in range(n):
        if short[i]:
            w = tuple(x.casefold() for x in doc_words[i])
            candidates = full_by_edge.get(w, [])
            best: int | None = None
            best_seen = -1
            for c in candidates:
                if c < i:
                    seen = last_seen.get(uf.find(c), -1)
                    if seen > best_seen:
                        best, best_seen = c, seen
            if best is None and candidates:
                best = min(candidates)
            if best is not None:
                uf.union(best, i)
            else:
                j = unresolved.setdefault(keys[i], i)
                if j != i:
                    uf.union(j, i)
        last_seen[uf.find(i)] = i
    return [uf.find(i) for i in range(n)]


# --------------------------------------------------------------------------- entities


def _canonical(members: Sequence[Span], texts: Sequence[str]) -> int:
    """Index of the member that names the entity (``texts``: the members' texts)."""

    def rank(k: int) -> tuple[int, int, int]:
        s, text = members[k], texts[k]
        acronym = len(s) == 1 and is_acronym(text)
        return (0 if acronym else 1, len(_words(s)), len(text))

    best, best_rank = 0, rank(0)
    for k in range(1, len(members)):
        current = rank(k)
        if current > best_rank:
            best, best_rank = k, current
    return best


def _majority_label(members: Sequence[Span]) -> str:
    counts: dict[str, int] = {}
    for s in members:
        counts[s.label_] = counts.get(s.label_, 0) + 1
    return max(counts, key=lambda lab: counts[lab])  # ties: first seen


def _entity_identity(label: str, name: str, texts: Sequence[str], language: str) -> str | None:
    """The identity of the entity named ``name`` whose mentions read ``texts``."""
    if label == "PERSON":
        return identity_for(name, label, language)
    found = identity_for(name, label, language)
    if found is None or not found.startswith(("country:", "org:")):
        for text in texts:
            other = identity_for(text, label, language)
            if other is not None and other.startswith("country:"):
                return other
    return found


def _numbered_groups(spans: Sequence[Span]) -> list[list[Span]] | None:
    """The mentions grouped by the entity number the ``claimx_entities`` component gave
    them (``span.id_`` ``e1``, ``e2``, ... numbered by first mention: the chains of
    :func:`chain_mentions`, so they need not be computed again), or None when ``spans``
    do not carry such a numbering."""
    groups: list[list[Span]] = []
    for span in spans:
        ident = span.id_
        digits = ident[1:]
        if not (ident[:1] == "e" and digits.isascii() and digits.isdigit() and digits[0] != "0"):
            return None
        number = int(digits)
        if number <= len(groups):
            groups[number - 1].append(span)
        elif number == len(groups) + 1:
            groups.append([span])
        else:
            return None
    return groups


def entities_from_doc(doc: Doc) -> tuple[Entity, ...]:
    """The article's entities, mentions chained, with canonical names and identities.

    Reads ``doc.spans["claimx_entities"]`` (written by the ``claimx_entities`` component,
    which numbered the chains); when absent, cleans ``doc.ents`` itself.
    """
    language = _language(doc)
    if SPAN_KEY in doc.spans:
        spans = sorted(doc.spans[SPAN_KEY], key=lambda s: (s.start, s.end))
    else:
        spans = clean_entity_spans(doc)[0]
    if not spans:
        return ()
    groups = _numbered_groups(spans)
    if groups is None:  # spans not numbered by the component: chain them here
        roots = chain_mentions(spans, language)
        chained: dict[int, list[Span]] = {}
        for span, root in zip(spans, roots, strict=True):
            chained.setdefault(root, []).append(span)
        groups = [chained[root] for root in sorted(chained)]
    text = doc_text(doc)  # a span's text is this slice (Span.text joins its tokens)
    out: list[Entity] = []
    for number, members in enumerate(groups, start=1):
        label = _majority_label(members)
        texts = [text[s.start_char : s.end_char] for s in members]
        name = texts[_canonical(members, texts)]
        out.append(
            Entity(
                id=f"e{number}",
                label=label,
                name=" ".join(name.split()),
                identity=_entity_identity(label, name, texts, language),
                mentions=tuple(
                    TextSpan(start=s.start_char, end=s.end_char, text=t)
                    for s, t in zip(members, texts, strict=True)
                ),
            )
        )
    return tuple(out)
