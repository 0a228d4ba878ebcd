"""Pattern rules of shallow attribution: speakers, cues and contents without a parser.

Pure functions on a tokenised, sentence-split ``Doc`` (``spacy.blank`` + ``sentencizer``)
and a :class:`ShallowLexicon`. The spaCy glue and the Claim building live in
:mod:`claimx.shallow`.

Patterns (``X`` a speaker phrase, ``C`` the content, ``V`` a cue verb form):

* ``X V, C`` / ``X V: „C“`` / ``X V, dass C`` (speaker before the verb)
* ``Adv V X, C`` (speaker after the verb, V2 or inverted order)
* ``C, V X.`` / ``„C“, V X.`` (content before, speaker after)
* ``Wie X V, C.`` / ``C, wie X V.`` (as-clauses; the speaker on either side of the verb)
* ``laut X, C`` / ``C, laut X`` / ``X zufolge C`` (source phrases, before or after)
* ``„C“, so X.`` (tail source words)
* a quotation with no cue right after a claim with a speaker: same speaker (direct)
* (German) a subjunctive sentence right after an indirect claim: same speaker (indirect)
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from .lexicons import load_data

__all__ = ["RawClaim", "ShallowLexicon", "extract", "load_lexicon"]

#: Tokens that close a clause inside a sentence.
_CLAUSE_BREAKS = frozenset({",", ":", ";", "–", "—", "-", "(", ")", "[", "]"})
_FINAL_PUNCT = frozenset({".", "!", "?", "…", ";", ":", ","})
#: Longest speaker phrase, in tokens.
MAX_SPEAKER_TOKENS = 10
#: How far after a cue (and its speaker) the content may start.
MAX_GAP_TOKENS = 12
#: Shortest uncued quotation attached to the previous speaker, in tokens.
MIN_ADJACENT_QUOTE_TOKENS = 4


@dataclass(frozen=True, slots=True)
class VerbCue:
    """A reporting verb: its lemma, stance, and a separable particle if it has one."""

    lemma: str
    stance: str = "assert"
    particle: str | None = None
    particle_word: str | None = None
    impersonal: bool = False


@dataclass(frozen=True, slots=True)
class SourceCue:
    """A source phrase head: ``laut``, ``según``, ``по словам``; ``after`` for postpositions."""

    lemma: str
    tokens: tuple[str, ...]
    position: str


@dataclass(frozen=True)
class ShallowLexicon:
    """The cue lexicon and word lists of one language (``claimx/data/shallow/<lang>.json``)."""

    language: str
    quotes: tuple[tuple[str, str], ...]
    verbs: dict[tuple[str, ...], tuple[VerbCue, ...]]
    sources: tuple[SourceCue, ...] = ()
    tail_sources: frozenset[str] = frozenset()
    as_words: frozenset[str] = frozenset()
    complementizers: frozenset[str] = frozenset()
    source_links: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    non_speakers: frozenset[str] = frozenset()
    np_links: frozenset[str] = frozenset()
    stop_words: frozenset[str] = frozenset()
    continuation: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    source_nouns: tuple[str, ...] = ()
    source_noun_preps: frozenset[str] = frozenset()
    adverb_sources: frozenset[str] = frozenset()
    reported_lemmas: frozenset[str] = frozenset()
    """Verbs whose bare use (no content clause) reports a speech act: the whole sentence."""
    passive: frozenset[str] = frozenset()
    capitalised_nouns: bool = False
    """German: every noun is capitalised, so a speaker phrase needs a capitalised word."""
    max_form_len: int = field(default=1)


@dataclass(slots=True)
class RawClaim:
    """A claim found by the rules, in character offsets of the Doc."""

    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    cue_lemma: str | None
    content: list[tuple[int, int]]
    quote: str
    stance: str
    pattern: str

    def as_dict(self) -> dict[str, Any]:
        """The plain form stored in ``doc._.claimx_claims``."""
        return {
            "speaker": list(self.speaker) if self.speaker else None,
            "cue": list(self.cue) if self.cue else None,
            "cue_lemma": self.cue_lemma,
            "content": [list(c) for c in self.content],
            "quote": self.quote,
            "stance": self.stance,
            "pattern": self.pattern,
        }


def _lower_set(items: Any) -> frozenset[str]:
    return frozenset(str(x).lower() for x in items or ())


@functools.cache
def load_lexicon(lang: str) -> ShallowLexicon | None:
    """The shallow lexicon of ``lang``, or ``None`` when claimx has none for it."""
    try:
        data = load_data("shallow", f"{lang}.json")
    except FileNotFoundError:
        return None
    verbs: dict[tuple[str, ...], list[VerbCue]] = {}
    for item in data.get("verbs", []):
        cue = VerbCue(
            lemma=item["lemma"],
            stance=item.get("stance", "assert"),
            particle=item.get("particle"),
            particle_word=item.get("particle_word"),
            impersonal=bool(item.get("impersonal", False)),
        )
        for form in item["forms"]:
            verbs.setdefault(tuple(form.lower().split()), []).append(cue)
    sources = tuple(
        SourceCue(
            lemma=s["lemma"],
            tokens=tuple(t.lower() for t in s["tokens"]),
            position=s.get("position", "before"),
        )
        for s in data.get("sources", [])
    )
    return ShallowLexicon(
        language=data["language"],
        quotes=tuple((o, c) for o, c in data.get("quotes", [])),
        verbs={k: tuple(v) for k, v in verbs.items()},
        sources=sources,
        tail_sources=_lower_set(data.get("tail_sources")),
        as_words=_lower_set(data.get("as_words")),
        complementizers=_lower_set(data.get("complementizers")),
        source_links=_lower_set(data.get("source_links")),
        determiners=_lower_set(data.get("determiners")),
        pronouns=_lower_set(data.get("pronouns")),
        non_speakers=_lower_set(data.get("non_speakers")),
        np_links=_lower_set(data.get("np_links")),
        stop_words=_lower_set(data.get("stop_words")),
        continuation=_lower_set(data.get("continuation")),
        titles=frozenset(data.get("titles", ())),
        auxiliaries=_lower_set(data.get("auxiliaries")),
        source_nouns=tuple(str(x).lower() for x in data.get("source_nouns", ())),
        source_noun_preps=_lower_set(data.get("source_noun_preps")),
        adverb_sources=_lower_set(data.get("adverb_sources")),
        reported_lemmas=frozenset(data.get("reported_lemmas", ())),
        passive=_lower_set(data.get("passive")),
        capitalised_nouns=bool(data.get("capitalised_nouns", False)),
        max_form_len=max((len(k) for k in verbs), default=1),
    )


# --- quotations ---------------------------------------------------------------------------


def find_quotes(text: str, lex: ShallowLexicon) -> list[tuple[int, int]]:
    """Quotation spans ``(start, end)`` including their marks; unpaired marks are skipped.

    A quotation does not cross a blank line. Same-character marks (``"``) pair in order.
    """
    spans: list[tuple[int, int]] = []
    openers = dict(lex.quotes)
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        close = openers.get(ch)
        if close is None:
            i += 1
            continue
        j = text.find(close, i + 1)
        brk = text.find("\n\n", i + 1)
        if j == -1 or (brk != -1 and brk < j) or j == i + 1:
            i += 1
            continue
        spans.append((i, j + 1))
        i = j + 1
    return spans


# --- token helpers ------------------------------------------------------------------------


def _is_cap(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _is_word(tok: Token) -> bool:
    return any(ch.isalpha() for ch in tok.text)


def _is_break(tok: Token) -> bool:
    """Does ``tok`` end a clause? (A hyphen attached to a word, as in ``Bau- und``, does not.)"""
    if tok.text not in _CLAUSE_BREAKS:
        return False
    if tok.text == "-" and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_:
        return False
    return True


def _np_token(tok: Token, lex: ShallowLexicon) -> bool:
    """Can ``tok`` be part of a speaker phrase?"""
    if _is_break(tok) or (tok.is_punct and tok.text not in ("-", ".", "'", "’")):
        return False
    low = tok.lower_
    if low in lex.stop_words and low not in lex.np_links and low not in lex.determiners:
        return False
    if _verb_at(tok.doc, tok.i, lex) is not None:
        return False
    return _is_word(tok) or tok.like_num


def _head(tok: Token, lex: ShallowLexicon) -> bool:
    """Can ``tok`` be a noun or name of a speaker phrase?"""
    if not _np_token(tok, lex) or tok.lower_ in lex.determiners or tok.lower_ in lex.np_links:
        return False
    if tok.lower_ in lex.stop_words:
        return False
    if not lex.capitalised_nouns:
        return True
    # German nouns and names are capitalised; "n-tv", "eHomes", "n24" are names too
    return _is_cap(tok) or tok.like_num or any(ch.isupper() or ch.isdigit() for ch in tok.text)


def _group_end(doc: Doc, j: int, limit: int) -> int | None:
    """End of a parenthesised or quoted name group opening at ``j`` (``(IWF)``, „Reuters“)."""
    tok = doc[j]
    if tok.text == "(":
        closing: tuple[str, ...] = (")",)
    elif _is_quote_tok(tok):
        closing = ("“", "”", "«", "»", '"', "‘")
    else:
        return None
    for k in range(j + 1, min(limit, j + 12)):
        if doc[k].text in closing:
            return k + 1 if k > j + 1 else None
        if doc[k].text in (".", ";", ":") or (tok.text != "(" and k - j > 6):
            return None
    return None


def _np_end(doc: Doc, i: int, limit: int, lex: ShallowLexicon, depth: int = 0) -> int | None:
    """End of the speaker phrase starting at token ``i``: ``[det] [adj]* head+ [link NP]``."""
    j = i
    if j < limit and doc[j].lower_ in lex.determiners:
        j += 1
    if lex.capitalised_nouns:
        k = j
        while k < limit and k - j < 3 and _np_token(doc[k], lex) and not _is_cap(doc[k]):
            k += 1  # lowercase adjectives after a determiner
        if k < limit and _head(doc[k], lex):
            j = k
    heads = j
    while j < limit and j - i < MAX_SPEAKER_TOKENS + 4:
        if _head(doc[j], lex):
            j += 1
            continue
        group = _group_end(doc, j, limit)
        if group is None or (j == heads and doc[j].text == "("):
            break
        j = group
    if j == heads:
        return None
    if depth < 2 and j < limit and doc[j].lower_ in lex.np_links:
        nxt = j if doc[j].lower_ in lex.determiners else j + 1
        more = _np_end(doc, nxt, limit, lex, depth + 1)
        if more is not None and more - i <= MAX_SPEAKER_TOKENS:
            j = more
    return j


def _speaker_right(doc: Doc, i: int, limit: int, lex: ShallowLexicon) -> tuple[int, int] | None:
    """A speaker phrase starting at token ``i`` (before ``limit``), as a token range."""
    if i >= limit:
        return None
    low = doc[i].lower_
    if low in lex.non_speakers:
        return None
    if low in lex.pronouns:
        return (i, i + 1)
    end = _np_end(doc, i, limit, lex)
    return (i, end) if end is not None else None


def _speaker_left(doc: Doc, start: int, end: int, lex: ShallowLexicon) -> tuple[int, int] | None:
    """The whole stretch ``doc[start:end]`` as a speaker phrase, if it is one."""
    if end - start == 1 and doc[start].lower_ in lex.pronouns:
        return (start, end)
    if doc[start].lower_ in lex.non_speakers:
        return None
    if _np_end(doc, start, end, lex) == end:
        return (start, end)
    return None


def _verb_at(doc: Doc, i: int, lex: ShallowLexicon) -> tuple[int, tuple[VerbCue, ...]] | None:
    """The longest verb form starting at token ``i``: (its length in tokens, its cues)."""
    tok = doc[i]
    if (
        lex.capitalised_nouns
        and _is_cap(tok)
        and not tok.is_sent_start
        and i > 0
        and not _is_quote_tok(doc[i - 1])
    ):
        return None  # a capitalised word inside a German sentence is a noun
    for n in range(min(lex.max_form_len, len(doc) - i), 0, -1):
        key = tuple(t.lower_ for t in doc[i : i + n])
        cues = lex.verbs.get(key)
        if cues:
            return n, cues
    return None


def _clause_start(sent: Span, i: int) -> int:
    k = i
    while (
        k > sent.start
        and not _is_break(sent.doc[k - 1])
        and not _is_quote_tok(sent.doc[k - 1])
    ):
        k -= 1
    return k


def _clause_end(sent: Span, i: int) -> int:
    k = i
    while (
        k < sent.end and not _is_break(sent.doc[k]) and not _is_quote_tok(sent.doc[k])
    ):
        k += 1
    return k


def doc_text(sent: Span, i: int) -> str:
    return sent.doc[i].text


def _is_quote_tok(tok: Token) -> bool:
    return tok.is_quote or tok.text in ("„", "“", "”", "»", "«", "‚", "‘", '"')


# --- content ------------------------------------------------------------------------------


def _content_end(sent: Span) -> int:
    """Character end of a sentence without its final punctuation."""
    k = sent.end
    while k > sent.start and sent.doc[k - 1].text in _FINAL_PUNCT:
        k -= 1
    return sent.doc[k - 1].idx + len(sent.doc[k - 1].text) if k > sent.start else sent.start_char


def _quote_at(quotes: list[tuple[int, int]], char: int, *, closing: bool) -> tuple[int, int] | None:
    for q in quotes:
        if (closing and q[1] == char) or (not closing and q[0] == char):
            return q
    return None


def _inside_quote(quotes: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(q[0] < start and end < q[1] for q in quotes)


def _kind(content: list[tuple[int, int]], quotes: list[tuple[int, int]]) -> str:
    inside = [any(q[0] <= s and e <= q[1] for q in quotes) for s, e in content]
    if all(inside):
        return "direct"
    if any(q[0] >= s and q[1] <= e for q in quotes for s, e in content):
        return "mixed"
    return "indirect"


def _content_after(
    sent: Span, k: int, lex: ShallowLexicon, quotes: list[tuple[int, int]]
) -> list[tuple[int, int]] | None:
    """Content starting after a boundary (``,`` ``:`` or complementizer) at or after ``k``."""
    doc = sent.doc
    j = k
    limit = min(sent.end, k + MAX_GAP_TOKENS)
    while j < limit:
        t = doc[j]
        if t.text in (",", ":"):
            j += 1
            if j < sent.end and doc[j].lower_ in lex.complementizers:
                j += 1
            break
        if t.lower_ in lex.complementizers:
            j += 1
            break
        if _is_quote_tok(t) and _quote_at(quotes, t.idx, closing=False):
            break
        j += 1
    else:
        return None
    if j >= sent.end:
        return None
    start = doc[j].idx
    quote = _quote_at(quotes, start, closing=False)
    if quote is not None:
        return [quote]
    end = _content_end(sent)
    if end <= start:
        return None
    return [(start, end)]


def _content_before(
    sent: Span, k: int, quotes: list[tuple[int, int]], lex: ShallowLexicon
) -> list[tuple[int, int]] | None:
    """Content ending before the comma at token ``k`` (a quotation if one closes there)."""
    doc = sent.doc
    if k <= sent.start:
        return None
    prev = doc[k - 1]
    quote = _quote_at(quotes, prev.idx + len(prev.text), closing=True)
    if quote is not None and _is_quote_tok(prev) and quote[0] <= doc[sent.start].idx:
        return [quote]
    start_tok = sent.start
    # a clause opened by a previous cue in the same sentence ends this content's left side
    end = prev.idx + len(prev.text)
    start = doc[start_tok].idx
    if doc[start_tok].lower_ in lex.complementizers:
        return None
    return [(start, end)] if end > start else None


# --- the rules ----------------------------------------------------------------------------


def _char_range(doc: Doc, toks: tuple[int, int]) -> tuple[int, int]:
    span = doc[toks[0] : toks[1]]
    return (span.start_char, span.end_char)


def _verb_claims(sent: Span, lex: ShallowLexicon, quotes: list[tuple[int, int]]) -> list[RawClaim]:
    doc = sent.doc
    out: list[RawClaim] = []
    i = sent.start
    while i < sent.end:
        found = _verb_at(doc, i, lex)
        if found is None or _inside_quote(quotes, doc[i].idx, doc[i].idx + 1):
            i += 1
            continue
        n, cues = found
        v_end = i + n
        clause_end = _clause_end(sent, v_end)
        cue = _pick_cue(doc, i, v_end, clause_end, cues)
        if cue is None:
            i += 1
            continue
        claim = _claim_for_verb(sent, i, v_end, clause_end, cue, lex, quotes)
        if claim is not None:
            out.append(claim)
            i = v_end
            continue
        i += 1
    return out


def _pick_cue(
    doc: Doc, i: int, v_end: int, clause_end: int, cues: tuple[VerbCue, ...]
) -> VerbCue | None:
    """The cue a verb form stands for: a particle verb needs its particle in the clause."""
    form = doc[i].lower_
    plain = None
    for cue in cues:
        if cue.particle is None:
            plain = plain or cue
            continue
        if form.startswith(cue.particle):
            return cue
        if any(
            doc[k].lower_ == cue.particle
            or (len(cue.particle) >= 3 and doc[k].lower_ in (f"darauf{cue.particle}",))
            for k in range(v_end, clause_end)
        ):
            return cue
    return plain


def _claim_for_verb(
    sent: Span,
    i: int,
    v_end: int,
    clause_end: int,
    cue: VerbCue,
    lex: ShallowLexicon,
    quotes: list[tuple[int, int]],
) -> RawClaim | None:
    doc = sent.doc
    c_start = _clause_start(sent, i)
    cue_chars = (doc[i].idx, doc[v_end - 1].idx + len(doc[v_end - 1].text))
    speaker: tuple[int, int] | None = None
    content: list[tuple[int, int]] | None = None
    pattern = ""
    as_start = _as_clause_start(sent, i, lex)
    if as_start is not None:
        c_start = as_start
    first = doc[c_start].lower_ if c_start < i else ""
    if first in lex.as_words:
        # "Wie X mitteilte, C" / "C, wie X mitteilte" / "как сообщил X, C"
        s0 = c_start + 1
        if s0 < i and doc[s0].lower_ in lex.source_links:
            s0 += 1  # "wie aus Regierungskreisen verlautete"
        speaker = _speaker_right(doc, s0, i, lex) if s0 < i else None
        if speaker is None:
            speaker = _speaker_right(doc, v_end, clause_end, lex)
        if speaker is None:
            return None
        if c_start > sent.start and doc[c_start - 1].text == ",":
            content = _content_before(sent, c_start - 1, quotes, lex)
        else:
            content = _content_after(sent, max(speaker[1], v_end), lex, quotes)
        pattern = "as-clause"
    elif (
        c_start == i
        and i > sent.start
        and (doc[i - 1].text in (",", "–", "—", "-") or _is_quote_tok(doc[i - 1]))
    ):
        # "C, sagte X." / "„C“, sagte X."
        k = i - 1 if doc[i - 1].text in (",", "–", "—", "-") else i
        speaker = _speaker_right(doc, v_end, sent.end, lex)
        if speaker is None and not cue.impersonal:
            return None
        content = _content_before(sent, k, quotes, lex)
        pattern = "content-before"
    else:
        left = _speaker_left(doc, c_start, i, lex) if c_start < i else None
        if left is None and c_start < i:
            left = _speaker_in_clause(doc, c_start, i, lex)
        if c_start > sent.start and (left is None or left[0] == c_start):
            left = _speaker_at_sentence_start(doc, sent.start, i, lex) or left
        if left is not None:
            speaker = left
            pattern = "speaker-before"
        else:
            speaker = _speaker_right(doc, v_end, clause_end, lex)
            pattern = "speaker-after"
            if speaker is None and not cue.impersonal:
                return None
        after = max(v_end, speaker[1] if speaker and speaker[0] >= v_end else v_end)
        if cue.particle_word and after < sent.end and doc[after].lower_ == cue.particle_word:
            content = _content_after_word(sent, after + 1, quotes)
        else:
            content = _content_after(sent, after, lex, quotes)
        if (
            not content
            and speaker is not None
            and cue.lemma in lex.reported_lemmas
            and speaker[0] == sent.start
            and not any(doc[k].lower_ in lex.passive for k in range(sent.start, sent.end))
        ):
            # a speech act with no content clause ("X kündigte einen Rücktritt an."):
            # the whole sentence is the reported statement
            content = [(sent.start_char, _content_end(sent))]
            pattern = "reported"
    if not content:
        return None
    if speaker is not None and doc[speaker[0]].lower_ in lex.non_speakers:
        return None
    return RawClaim(
        speaker=_char_range(doc, speaker) if speaker else None,
        cue=cue_chars,
        cue_lemma=cue.lemma,
        content=content,
        quote=_kind(content, quotes),
        stance=cue.stance,
        pattern=pattern,
    )


def _as_clause_start(sent: Span, i: int, lex: ShallowLexicon) -> int | None:
    """Start of an as-clause (``wie X, an apposition, mitteilte``) ending in the verb at ``i``."""
    if not lex.as_words:
        return None
    doc = sent.doc
    for k in range(i - 1, max(sent.start, i - 20) - 1, -1):
        tok = doc[k]
        if tok.text in (".", ";", ":") or _is_quote_tok(tok):
            return None
        if tok.lower_ in lex.as_words and (k == sent.start or _is_break(doc[k - 1])):
            return k
    return None


def _speaker_in_clause(
    doc: Doc, c_start: int, i: int, lex: ShallowLexicon
) -> tuple[int, int] | None:
    """A speaker inside the clause before the verb ``doc[i]`` when the clause is no NP.

    ``X hat/wird ... V`` (an auxiliary after the subject).
    """
    for k in range(c_start + 1, i):
        if doc[k].lower_ in lex.auxiliaries:
            found = _speaker_left(doc, c_start, k, lex)
            if found is not None:
                return found
            break
    return None


def _speaker_at_sentence_start(
    doc: Doc, start: int, i: int, lex: ShallowLexicon
) -> tuple[int, int] | None:
    """The sentence-initial subject of a verb at ``i`` that is not in the first clause.

    ``X, an apposition, V`` (the speaker spans the apposition) and ``X hat ... V`` (an
    auxiliary right after the subject).
    """
    k = _np_end(doc, start, i, lex)
    if k is None or doc[start].lower_ in lex.non_speakers:
        return None
    if k == i:
        return (start, k)
    if doc[k].lower_ in lex.auxiliaries:
        return (start, k)
    if doc[k].text != ",":
        return None
    m = max(j for j in range(k, i) if doc[j].text == ",")
    if all(doc[j].lower_ in lex.auxiliaries or doc[j].lower_ in lex.stop_words
           for j in range(m + 1, i)):
        return (start, m)
    return None


def _content_after_word(
    sent: Span, j: int, quotes: list[tuple[int, int]]
) -> list[tuple[int, int]] | None:
    """Content right after a preposition ("sprach von C")."""
    if j >= sent.end:
        return None
    start = sent.doc[j].idx
    quote = _quote_at(quotes, start, closing=False)
    if quote is not None:
        return [quote]
    end = _content_end(sent)
    return [(start, end)] if end > start else None


def _source_claims(
    sent: Span, lex: ShallowLexicon, quotes: list[tuple[int, int]]
) -> list[RawClaim]:
    doc = sent.doc
    out: list[RawClaim] = []
    for src in lex.sources:
        n = len(src.tokens)
        for i in range(sent.start, sent.end - n + 1):
            if tuple(t.lower_ for t in doc[i : i + n]) != src.tokens:
                continue
            if _inside_quote(quotes, doc[i].idx, doc[i].idx + 1):
                continue
            if src.position == "before":
                speaker = _speaker_right(doc, i + n, _clause_end(sent, i + n), lex)
                if speaker is None:
                    continue
                phrase = (i, speaker[1])
            else:
                start = _clause_start(sent, i)
                speaker = None
                for s in range(start, i):
                    speaker = _speaker_left(doc, s, i, lex)
                    if speaker:
                        break
                if speaker is None:
                    continue
                phrase = (speaker[0], i + n)
            content = _outside(sent, phrase, quotes)
            if not content:
                continue
            out.append(
                RawClaim(
                    speaker=_char_range(doc, speaker),
                    cue=_char_range(doc, (i, i + n)),
                    cue_lemma=src.lemma,
                    content=content,
                    quote=_kind(content, quotes),
                    stance="assert",
                    pattern="source",
                )
            )
    # "nach jüngsten Angaben der Polizei, C": a preposition + a source noun phrase
    for i in range(sent.start, sent.end - 1):
        if doc[i].lower_ not in lex.source_noun_preps:
            continue
        if _inside_quote(quotes, doc[i].idx, doc[i].idx + 1):
            continue
        window = range(i + 1, min(i + 4, sent.end))
        if not any(doc[k].lower_.endswith(lex.source_nouns) for k in window):
            continue
        end = _np_end(doc, i + 1, _clause_end(sent, i + 1), lex)
        if end is None:
            continue
        content = _outside(sent, (i, end), quotes)
        if content:
            out.append(
                RawClaim(
                    speaker=_char_range(doc, (i + 1, end)),
                    cue=_char_range(doc, (i, i + 1)),
                    cue_lemma=doc[i].lower_,
                    content=content,
                    quote=_kind(content, quotes),
                    stance="assert",
                    pattern="source-noun",
                )
            )
    # "Demnach C": a sentence adverb that attributes to the previous source
    for i in range(sent.start, sent.end):
        if doc[i].lower_ in lex.adverb_sources:
            content = _outside(sent, (i, i + 1), quotes)
            if content:
                out.append(
                    RawClaim(
                        None,
                        _char_range(doc, (i, i + 1)),
                        doc[i].lower_,
                        content,
                        _kind(content, quotes),
                        "assert",
                        "adverb-source",
                    )
                )
    # ", so X." at the end of a sentence
    for i in range(sent.start + 1, sent.end):
        if doc[i].lower_ not in lex.tail_sources or doc[i - 1].text != ",":
            continue
        speaker = _speaker_right(doc, i + 1, sent.end, lex)
        if speaker is None:
            continue
        before = _content_before(sent, i - 1, quotes, lex)
        if before:
            out.append(
                RawClaim(
                    speaker=_char_range(doc, speaker),
                    cue=_char_range(doc, (i, i + 1)),
                    cue_lemma=doc[i].lower_,
                    content=before,
                    quote=_kind(before, quotes),
                    stance="assert",
                    pattern="tail-source",
                )
            )
    return out


def _outside(
    sent: Span, phrase: tuple[int, int], quotes: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The sentence minus a source phrase (and the commas around it), as char spans."""
    doc = sent.doc
    spans: list[tuple[int, int]] = []
    left_end = phrase[0]
    while left_end > sent.start and doc[left_end - 1].text in (",", "–", "—"):
        left_end -= 1
    if left_end > sent.start:
        spans.append((sent.start_char, doc[left_end - 1].idx + len(doc[left_end - 1].text)))
    right = phrase[1]
    while right < sent.end and doc[right].text in (",", "–", "—"):
        right += 1
    end = _content_end(sent)
    if right < sent.end and doc[right].idx < end:
        spans.append((doc[right].idx, end))
    return [s for s in spans if s[1] > s[0]]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def extract(doc: Doc, lex: ShallowLexicon) -> list[RawClaim]:
    """All claims the shallow rules find in ``doc``, in text order."""
    quotes = find_quotes(doc.text, lex)
    claims: list[RawClaim] = []
    sents = list(doc.sents)
    by_sent: list[list[RawClaim]] = []
    for sent in sents:
        found = _verb_claims(sent, lex, quotes)
        for c in _source_claims(sent, lex, quotes):
            if not any(_overlaps(c.cue, f.cue) for f in found if c.cue and f.cue):
                found.append(c)
        by_sent.append(found)
    prev: RawClaim | None = None
    for sent, found in zip(sents, by_sent, strict=True):
        if not found and prev is not None and prev.speaker is not None:
            extra = _follow_up(sent, prev, lex, quotes, claims)
            if extra is not None:
                found = [extra]
        claims.extend(found)
        prev = found[-1] if found else None
    claims.extend(_nested_quotes(claims, quotes))
    claims.extend(_colon_quotes(doc, sents, lex, quotes, claims))
    claims.sort(key=lambda c: c.content[0][0])
    return claims


def _nested_quotes(claims: list[RawClaim], quotes: list[tuple[int, int]]) -> list[RawClaim]:
    """Each quotation inside a longer content is a direct claim of the same speaker too."""
    out: list[RawClaim] = []
    for claim in claims:
        for q in quotes:
            if any(s <= q[0] and q[1] <= e and (s, e) != q for s, e in claim.content):
                out.append(
                    RawClaim(
                        claim.speaker,
                        claim.cue,
                        claim.cue_lemma,
                        [q],
                        "direct",
                        claim.stance,
                        "nested-quote",
                    )
                )
    return out


def _colon_quotes(
    doc: Doc,
    sents: list[Span],
    lex: ShallowLexicon,
    quotes: list[tuple[int, int]],
    claims: list[RawClaim],
) -> list[RawClaim]:
    """``X: „C“`` and ``X ... mit den Worten zitiert: „C“`` with no cue verb found."""
    taken = [c for claim in claims for c in claim.content]
    out: list[RawClaim] = []
    for sent in sents:
        for k in range(sent.start + 1, sent.end - 1):
            if doc[k].text != ":":
                continue
            q = _quote_at(quotes, doc[k + 1].idx, closing=False)
            if q is None or any(_overlaps(q, t) for t in taken):
                continue
            speaker = None
            end = _np_end(doc, sent.start, k, lex)
            if doc[sent.start].lower_ in lex.pronouns:
                speaker = (sent.start, sent.start + 1)
            elif end is not None and doc[sent.start].lower_ not in lex.non_speakers:
                speaker = (sent.start, end)
            if speaker is None:
                continue
            out.append(
                RawClaim(_char_range(doc, speaker), None, None, [q], "direct", "assert", "colon")
            )
    return out


def _follow_up(
    sent: Span,
    prev: RawClaim,
    lex: ShallowLexicon,
    quotes: list[tuple[int, int]],
    claims: list[RawClaim],
) -> RawClaim | None:
    """A sentence with no cue that continues the previous claim's speaker."""
    taken = [c for claim in claims for c in claim.content]
    for q in quotes:
        if not (sent.start_char <= q[0] < sent.end_char):
            continue
        if any(_overlaps(q, t) for t in taken):
            continue
        span = sent.doc.char_span(q[0], q[1], alignment_mode="expand")
        if span is None or len(span) < MIN_ADJACENT_QUOTE_TOKENS + 2:
            continue
        return RawClaim(prev.speaker, None, None, [q], "direct", prev.stance, "adjacent-quote")
    if not lex.continuation:
        return None
    if _inside_quote(quotes, sent.start_char, sent.end_char - 1):
        return None
    if any(t.lower_ in lex.continuation for t in sent):
        end = _content_end(sent)
        if any(_overlaps((sent.start_char, end), t) for t in taken):
            return None
        return RawClaim(
            prev.speaker, None, None, [(sent.start_char, end)], "indirect", "assert", "subjunctive"
        )
    return None
