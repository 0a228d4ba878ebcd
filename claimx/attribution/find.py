"""Find every attribution of a Doc as plain dicts (what ``claimx_attribution`` stores).

Two passes, both linear in the document:

1. cue-based claims from the dependency tree (:mod:`claimx.attribution.cues`);
2. quotations (:mod:`claimx.attribution.quotes`) that no cue claim covers: a quotation next to a
   cue verb that lacked content becomes that cue's content ("He said: “...”"; a quotation before
   the cue only in the cue's paragraph, so "X responded ..." opening a paragraph never takes the
   quotation that ends the one before); where the cue lexicon sets ``quote_layout`` (English), a
   quotation that opens its statement and ends with a comma, question or exclamation mark is spoken
   by the speaker and verb laid out after it ("“Q,” X, 58, told AFP on Monday":
   :mod:`claimx.attribution.layout`), whatever the parse made of them, and that layout wins over a
   cue without content before the quotation and trims a cue's content to the quotation when the
   parse gave it the clause before a colon too; where the cue lexicon sets ``colon_speaker``
   (French, English), a quotation after a colon that ends a clause is more of the last claim whose
   cue stands before the colon, else the subject of the clause's highest verb speaks it ("X n'en
   revient pas : « ... »", "X shot back: “...”"); a quotation right after "..., said X," continues
   X's claim (a quote broken by its attribution has two content spans); a quotation running on from
   the previous paragraph continues its claim; a fully quoted sentence later in the same paragraph
   as a directly or partly quoted claim, or in the next paragraph, is more of that quotation (an
   extra content span: "“A,” said X. “B.”", "“A,” said X. ¶ “B.” ¶ “C.”"; "“A,” said X, referring
   to Y. “B.”" goes on from the quoted claim of the sentence), and so it is after an indirect claim
   of a speech cue ("X said that A. ¶ “B.”"; not after a belief or intention): one claim per
   statement, however many paragraphs its quotation runs over, never a second claim carrying a copy
   of the first one's cue.

Content that stops inside a quotation the cue stands outside of runs on to its closing mark
("told reporters that “A. B.”", "“A, because B,” he said"), and content all inside one is
the whole quotation.

Cues inside quotation marks are skipped (they belong to the quoted speech, e.g. "I believe
..."), as are boilerplate paragraphs. A claim with no content ("He said nothing.") is dropped.
"""

from __future__ import annotations

import bisect
import re
from typing import Any

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from .._extensions import doc_text
from .backoff import backoff_claims
from .colon import find_colon_claims
from .cues import (
    RawClaim,
    _shared_chars,
    _stance,
    cue_verbs,
    find_cue_claims,
    find_verb_claims,
)
from .cuespan import cue_runs
from .layout import QuoteLayout, closes_open, opens_statement, quote_layout
from .lexicon import CueLexicon, CueVerb, cue_lexicon
from .phrases import _noun_claim
from .quotes import Quote, find_quotes
from .speakers import _subject

__all__ = ["PARAGRAPH_KEY", "content_paragraphs", "find_claims", "quote_kind"]

PARAGRAPH_KEY = "claimx_paragraphs"
_GAP = re.compile(r"[\s,.:;—–\-]*")
#: What may follow content up to its closing quotation mark.
_TO_QUOTE_END = re.compile(r"[\s,.:;!?…\"'“”„‟«»‘’‚‛‹›]*")
#: Between "..., said X" and the rest of a broken quotation: no sentence end.
_SPLIT_GAP = re.compile(r"[\s,:;—–\-]*")
#: Tokens that end a sentence (:func:`_cue_adjuncts`).
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_WORD = re.compile(r"\w+")
#: Marks that may close a quotation or bracket after a sentence end.
_CLOSING = frozenset("\"'”’»›)]")
_SENTENCE_END = frozenset(".!?…")
#: Quotations shorter than this (in words) are scare quotes, not statements.
MIN_QUOTE_WORDS = 3
#: Shorter body sentences are not taken as unattributed assertions.
MIN_UNATTRIBUTED_WORDS = 4


def content_paragraphs(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, label) of the non-boilerplate paragraph spans (the whole text if none)."""
    spans = doc.spans.get(PARAGRAPH_KEY) if PARAGRAPH_KEY in doc.spans else None
    if spans is None:
        return [(0, len(doc.text), "body")] if doc.text.strip() else []
    return [(s.start_char, s.end_char, s.label_) for s in spans if s.label_ != "boilerplate"]


class _Index:
    """Char-offset lookups: paragraph of an offset, inside-a-quotation test, quoted mask."""

    def __init__(self, text: str, paras: list[tuple[int, int, str]], quotes: tuple[Quote, ...]):
        self.text = text
        self.paras = paras
        self.para_starts = [p[0] for p in paras]
        self.quotes = quotes
        self.quote_starts = [q.start for q in quotes]
        self.token_starts: list[int] = []
        mask = bytearray(len(text))
        for q in quotes:
            mask[q.inner_start : q.inner_end] = b"\x01" * (q.inner_end - q.inner_start)
        self.mask = mask

    def paragraph(self, char: int) -> int | None:
        i = bisect.bisect_right(self.para_starts, char) - 1
        if i >= 0 and self.paras[i][0] <= char < self.paras[i][1]:
            return i
        return None

    def in_quote(self, char: int) -> bool:
        return 0 <= char < len(self.mask) and bool(self.mask[char])

    def allowed(self, char: int) -> bool:
        return self.paragraph(char) is not None and not self.in_quote(char)


def quote_kind(text: str, mask: bytearray, spans: list[tuple[int, int]]) -> str:
    """``direct`` when every word character of the spans is quoted, ``indirect`` when none."""
    total = quoted = 0
    for start, end in spans:
        for i in range(start, end):
            if text[i].isalnum():
                total += 1
                quoted += mask[i]
    if total and quoted == total:
        return "direct"
    return "mixed" if quoted else "indirect"


def _inner(text: str, q: Quote) -> tuple[int, int]:
    start, end = q.inner_start, q.inner_end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] in ",;:.":  # the sentence's own punctuation
        end -= 1
    return start, end


def _whole_quote(index: _Index, start: int, end: int) -> tuple[int, int]:
    """A content span inside one quotation and reaching its end becomes the whole quotation.

    "“A. B. C,” he said": the parser gives the cue only "C"; the quotation is the content.
    """
    text = index.text
    n = bisect.bisect_right(index.quote_starts, start) - 1
    if n >= 0:
        q = index.quotes[n]
        if q.start <= start and end <= q.end and _TO_QUOTE_END.fullmatch(text, end, q.end):
            return _inner(text, q)
        # the quotation with its marks ("« A »" when the parser hangs the marks inside)
        if q.start == start and q.end <= end and _TO_QUOTE_END.fullmatch(text, q.end, end):
            return _inner(text, q)
    # a span that stops just before a closing mark keeps the mark
    # ("... away “exactly,”" rather than an unbalanced "... away “exactly")
    n = bisect.bisect_left(index.quote_starts, end) - 1
    if n >= 0:
        q = index.quotes[n]
        if start < q.start < end < q.end and _TO_QUOTE_END.fullmatch(text, end, q.end):
            return start, q.end
    return start, end


def _to_quote_end(index: _Index, cue: int, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Content that stops inside a quotation the cue stands outside of runs on to that
    quotation's end; content all inside it is the whole quotation.

    The parse of a complement ends at the first sentence or clause inside the quotation
    ("told reporters that “A. B.”", "“A, because B,” he said", "said he “would A. B.”")
    or starts at the last one ("“A. B, C,” she added" gives B), but the quoted words are
    one statement: the content ends, and if it starts inside it starts, where the
    quotation does.
    """
    if not spans or not index.quotes:
        return spans
    start, end = spans[-1]
    n = bisect.bisect_right(index.quote_starts, end - 1) - 1
    if n < 0:
        return spans
    q = index.quotes[n]
    if not q.inner_start < end <= q.inner_end or q.start <= cue < q.end:
        return spans
    inner_start, inner_end = _inner(index.text, q)
    if min(s for s, _ in spans) >= q.inner_start:
        return [(inner_start, inner_end)]  # all in the quotation: the quotation
    if end >= inner_end:
        return spans
    return [*spans[:-1], (start, inner_end)]


def _phrase(doc: Doc, c: RawClaim) -> tuple[int, int]:
    """Char span of the cue and speaker together (with the addressee after the cue)."""
    first = min(c.cue[0], c.speaker[0]) if c.speaker else c.cue[0]
    if c.phrase_start is not None:  # "X quoted Y as saying"
        first = min(first, c.phrase_start)
    last = max(c.cue[1], c.speaker[1]) if c.speaker else c.cue[1]
    if c.phrase_end is not None:  # "“A,” X told reporters, “B.”"
        last = max(last, c.phrase_end)
    return doc[first].idx, doc[last].idx + len(doc[last])


def _adjunct_end(doc: Doc, c: RawClaim, end: int, lex: CueLexicon) -> int:
    """The char end of the adjuncts (the lexicon's ``quote_gap`` labels: a time, a place,
    an addressee's preposition) that follow the attribution phrase of ``c`` (which ends at
    ``end``) and hang on its cue: a cue without content may stand that far from its
    quotation in its sentence ("..., **saying** at one point, “...”", "**tweeting** at him,
    “...”"; no sentence end between: "..., who spoke on condition of anonymity. “...”")."""
    if not lex.labels.get("quote_gap"):
        return end
    cue = doc[c.cue_head]
    for child in cue.rights:
        if child.is_punct and not child.is_quote:
            continue
        if child.idx < end:
            continue
        if not lex.has(child.dep_, "quote_gap") or not _is_gap(
            doc_text(doc), end, child.left_edge.idx
        ):
            break
        last = child.right_edge
        if any(t.is_quote for t in child.subtree):
            break
        end = last.idx + len(last)
    return end


def _quoted_before(doc: Doc, index: _Index, c: RawClaim) -> bool:
    """Whether a quotation ends before the cue of ``c`` in the cue's sentence: a quotation
    after the cue goes on from it ("“A,” X wrote in a statement explaining Y, “B.”")."""
    cue = doc[c.cue_head]
    first, start = cue.sent.start_char, cue.idx
    return any(first <= q.start and q.end <= start for q in index.quotes)


def _is_gap(text: str, start: int, end: int) -> bool:
    return start <= end and _GAP.fullmatch(text, start, end) is not None


def _last_pos(doc: Doc, c: RawClaim) -> int:
    ends = [_phrase(doc, c)[1]] + [e for _, e in c.content]
    return max(ends)


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with a sentence end (closing marks and spaces after
    it allowed)."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in _CLOSING):
        end -= 1
    return end > start and text[end - 1] in _SENTENCE_END


def _whole_sentences(doc: Doc, text: str, sents: list[tuple[int, int]], q: Quote) -> bool:
    """Whether the sentences the quotation overlaps hold nothing but it (and punctuation).

    The parser may hang a mark on the neighbouring sentence ("“A,” he said. ''" then "B.''"
    for doubled apostrophes): an opening mark at the end of a sentence that ends before it,
    or a closing mark at the start of one after a quotation that ends a sentence, is still
    the quotation's own; so is a line break after or before it.
    """
    starts = [s for s, _ in sents]
    first = bisect.bisect_right(starts, q.start) - 1
    last = bisect.bisect_right(starts, max(q.start, q.end - 1)) - 1
    if first < 0 or last < 0:
        return False
    # a line break ends a sentence the parser runs on over it ("“B.”\nNext line ...")
    first_start = max(sents[first][0], text.rfind("\n", sents[first][0], q.start) + 1)
    last_end = text.find("\n", q.end, sents[last][1])
    last_end = sents[last][1] if last_end < 0 else last_end
    opens = _is_gap(text, first_start, q.start) or (
        first + 1 < len(sents)
        and q.start < starts[first + 1] <= _inner(text, q)[0]
        and _ends_sentence(text, sents[first][0], q.start)
    )
    closes = _is_gap(text, q.end, last_end) or (
        q.inner_end <= starts[last] < q.end and _ends_sentence(text, q.inner_start, q.inner_end)
    )
    return opens and closes


def _colon_claim(
    doc: Doc,
    index: _Index,
    q: Quote,
    span: tuple[int, int],
    claims: list[RawClaim],
    lex: CueLexicon,
) -> RawClaim | None:
    """ "X a V ... : « Q »": the quotation after the colon is more of the last claim whose
    cue stands in the sentence before the colon ("comme l'a précisé X : « Q »"), else it is
    spoken by the subject of the highest verb there, that verb its cue.
    """
    text = index.text
    k = q.start - 1
    while k > 0 and text[k].isspace():
        k -= 1
    n = bisect.bisect_right(index.token_starts, k) - 1
    if n < 1 or doc[n].text != ":" or doc[n].idx != k:
        return None
    sent = doc[n - 1].sent
    before = [c for c in claims if sent.start <= c.cue_head < n]
    if before:
        last = max(before, key=lambda c: c.cue_head)
        last.content.append(span)
        return last
    best: tuple[int, Token, Token] | None = None
    for tok in doc[sent.start : n]:
        if tok.pos_ not in ("VERB", "AUX") or not index.allowed(tok.idx):
            continue
        subject = _subject(tok, lex)
        if subject is None or subject.i > tok.i or not index.allowed(subject.idx):
            continue
        depth = 0
        cur = tok
        while cur.head.i != cur.i and depth <= len(sent):  # ancestors up to the root
            cur = cur.head
            depth += 1
        if best is None or depth < best[0]:
            best = (depth, tok, subject)
    if best is None:
        return None
    _, verb, subject = best
    claim = _noun_claim(verb, subject, [span], None, "assert", lex, kind="quote")
    claims.append(claim)
    return claim


def _layout(doc: Doc, index: _Index, q: Quote, lex: CueLexicon) -> QuoteLayout | None:
    """The attribution phrase after quotation ``q`` when it opens its statement and the
    phrase lies in its paragraph (:func:`.layout.quote_layout`)."""
    text = index.text
    para = index.paragraph(q.start)
    if para is None or not closes_open(text, q.inner_start, q.inner_end):
        return None
    if not opens_statement(text, index.paras[para][0], q.start):
        return None
    close = bisect.bisect_right(index.token_starts, q.end - 1) - 1
    if close < 0 or not doc[close].is_quote:
        return None
    layout = quote_layout(doc, close, lex)
    if layout is None or not index.allowed(doc[layout.verb].idx):
        return None
    return layout if index.paragraph(doc[layout.verb].idx) == para else None


def _layout_claim(
    doc: Doc,
    index: _Index,
    q: Quote,
    span: tuple[int, int],
    claims: list[RawClaim],
    pending: list[RawClaim],
    lex: CueLexicon,
    short: bool,
) -> RawClaim | None:
    """The claim of a quotation laid out as "“Q,” X said" (:mod:`.layout`): the claim the
    parse gave its verb, with the quotation as content (and the speaker of the layout when
    the parser's lies outside it), else a new one. A verb outside the lexicon needs a
    quotation of :data:`MIN_QUOTE_WORDS` words or more."""
    layout = _layout(doc, index, q, lex)
    if layout is None:
        return None
    tok = doc[layout.verb]
    verb = lex.token_verb(tok)
    if verb is None and (short or not lex.layout_any_verb):
        return None
    claim = next((c for c in pending if c.cue_head == layout.verb), None)
    if claim is not None:
        pending.remove(claim)
    else:
        claim = next((c for c in claims if c.cue_head == layout.verb and c.kind == "verb"), None)
        if claim is not None:  # its content lies elsewhere: the parse misread the phrase
            claims.remove(claim)
    first, last = layout.speaker
    if claim is None:
        stance = "assert" if verb is None else _stance(tok, verb, lex, "", None)[0]
        claim = RawClaim(
            kind="quote",
            cue=layout.cue,
            cue_lemma=tok.lemma_.lower() if verb is None else verb.lemma,
            cue_head=layout.verb,
            speaker=layout.speaker,
            speaker_head=layout.speaker_head,
            stance=stance,
            verb=verb,
        )
    elif claim.speaker_head is None or not first <= claim.speaker_head <= last:
        claim.speaker, claim.speaker_head = layout.speaker, layout.speaker_head
    elif claim.speaker is not None and not first <= claim.speaker[0] <= claim.speaker[1] <= last:
        claim.speaker = layout.speaker
    claim.kind = "quote"
    claim.content = [span]
    claims.append(claim)
    return claim


def _cue_adjuncts(doc: Doc, c: RawClaim, start: int, end: int) -> bool:
    """Whether the words between char offsets ``start`` (the end of claim ``c``'s
    attribution phrase) and ``end`` (a quotation's opening mark) are adjuncts of its cue
    closed by a comma ("“A,” X said **late last month**, “B”", "told Y **in October**,"):
    the attribution still splits one quotation."""
    gap = doc.char_span(start, end, alignment_mode="expand")
    if gap is None or not len(gap) or gap[-1].text != ",":
        return False
    inside = {t.i for t in doc[c.cue_head].subtree}
    if c.speaker_head is not None:  # "said X, **an economist who ...**,"
        inside |= {t.i for t in doc[c.speaker_head].subtree}
    return not any(t.i not in inside or t.text in _SENTENCE_ENDS for t in gap)


def _attach_quotes(
    doc: Doc,
    index: _Index,
    claims: list[RawClaim],
    pending: list[RawClaim],
    lex: CueLexicon | None = None,
) -> None:
    text = index.text
    sents: list[tuple[int, int]] | None = None
    owner: dict[int, RawClaim] = {}
    for n, q in enumerate(index.quotes):
        start, end = _inner(text, q)
        if index.paragraph(start) is None or start >= end:
            continue
        # a shorter quotation is a scare quote unless a cue without content stands right
        # beside it ("“Denver,” he answered", "Some chanted “USA! USA!”")
        short = len(_WORD.findall(text, start, end)) < MIN_QUOTE_WORDS
        size = end - start
        covering = next(
            (c for c in claims if _shared_chars(c.content, [(start, end)]) * 2 > size),
            None,
        )
        if covering is not None:
            if (
                lex is not None
                and lex.quote_layout
                and covering.kind == "verb"
                and covering.content[0][0] < q.start
            ):
                # "X hinted at it: “Q,” he told Y": the parse gave the cue the clause before
                # the colon too; the layout says the quotation is all it said
                phrase = _layout(doc, index, q, lex)
                if phrase is not None and phrase.verb == covering.cue_head:
                    covering.kind, covering.content = "quote", [(start, end)]
            if not short:
                owner[n] = covering
            continue
        # 1. a cue verb without content right before/after the quotation; a quotation
        # before the cue is the cue's only in the cue's paragraph (a quotation ending one
        # paragraph is no content of "X responded ..." opening the next)
        found = None
        for p in pending:
            ps, pe = _phrase(doc, p)
            if (
                (_is_gap(text, q.end, ps) and index.paragraph(start) == index.paragraph(ps))
                or _is_gap(text, pe, q.start)
                or (
                    lex is not None
                    and not short
                    and not _quoted_before(doc, index, p)  # "“A,” X wrote in Y, “B”": goes on
                    and _SPLIT_GAP.fullmatch(text, _adjunct_end(doc, p, pe, lex), q.start)
                    is not None
                )
            ):
                found = p
                break
        # 1a. "“Q,” X, 58, told AFP on Monday": the words after the quotation name its
        # speaker and cue, however the parser hung them; they win over a cue before the
        # quotation ("... before he answered the rival. ¶ “Q,” X told AFP")
        if (
            (found is None or _phrase(doc, found)[1] <= q.start)
            and lex is not None
            and lex.quote_layout
        ):
            laid = _layout_claim(doc, index, q, (start, end), claims, pending, lex, short)
            if laid is not None:
                if not short:
                    owner[n] = laid
                continue
        if found is not None:
            pending.remove(found)
            found.kind = "quote"
            found.content = [(start, end)]
            claims.append(found)
            if not short:
                owner[n] = found
            continue
        if short:
            continue
        # 1b. "X n'en revient pas : « ... »" (languages whose lexicon asks for it)
        if lex is not None and lex.colon_speaker:
            colon = _colon_claim(doc, index, q, (start, end), claims, lex)
            if colon is not None:
                owner[n] = colon
                continue
        before = [c for c in claims if _last_pos(doc, c) <= q.start]
        prev = max(before, key=lambda c: _last_pos(doc, c), default=None)
        # 2. "“A,” said X, “B.”": the attribution splits the quotation
        if prev is not None and prev.content:
            ps, pe = _phrase(doc, prev)
            if prev.content[-1][1] <= ps and (
                _SPLIT_GAP.fullmatch(text, pe, q.start) or _cue_adjuncts(doc, prev, pe, q.start)
            ):
                prev.content.append((start, end))
                owner[n] = prev
                continue
        # 3. a quotation running on from the previous paragraph
        if n > 0 and index.quotes[n - 1].continued and (n - 1) in owner:
            owner[n - 1].content.append((start, end))
            owner[n] = owner[n - 1]
            continue
        # 4. more of a quoted claim's quotation in its paragraph, or a floating quote after it
        if prev is None:
            continue
        if sents is None:
            sents = [(s.start_char, s.end_char) for s in doc.sents]
        if not _whole_sentences(doc, text, sents, q):
            continue
        kind = quote_kind(text, index.mask, prev.content)
        if kind == "indirect":
            # "“A,” X said, adding that B. “C.”": the quotation goes on from the quoted
            # claim of that sentence, not from the indirect one after it
            sent = doc[prev.cue_head].sent
            quoted = [
                c
                for c in before
                if sent.start <= c.cue_head < sent.end
                and quote_kind(text, index.mask, c.content) != "indirect"
            ]
            if quoted:
                prev = max(quoted, key=lambda c: _last_pos(doc, c))
                kind = quote_kind(text, index.mask, prev.content)
        para, prev_para = index.paragraph(start), index.paragraph(prev.content[-1][0])
        if para is None or prev_para is None or para - prev_para > 1:
            continue
        if kind == "indirect" and (prev.verb is None or prev.verb.kind != "speech"):
            continue
        # "“A,” said X. “B.”" (the same quotation goes on) or "“A,” said X. ¶ “B.”" (the
        # quotation run goes on in the next paragraph, with no cue of its own): B is one
        # more content span of X's claim, not a claim of its own with a copied cue; after
        # "X said that A." B is X's too, but not after "X hopes that A."
        prev.content.append((start, end))
        owner[n] = prev


def _chars(doc: Doc, span: tuple[int, int] | None) -> list[int] | None:
    return None if span is None else _span_chars(doc, span)


def _span_chars(doc: Doc, span: tuple[int, int]) -> list[int]:
    """Char offsets ``[start, end]`` of the inclusive token range ``span``."""
    return [doc[span[0]].idx, doc[span[1]].idx + len(doc[span[1]])]


def _runs(doc: Doc, c: RawClaim, lex: CueLexicon) -> list[list[int]] | None:
    """Char spans of the cue's runs when a phrase interrupts it (:mod:`.cuespan`), else
    ``None``."""
    runs = cue_runs(doc, c.cue[0], c.cue[1], c.cue_head, lex)
    if len(runs) < 2:
        return None
    return [_span_chars(doc, run) for run in runs]


def _addressee(c: RawClaim) -> tuple[int, int] | None:
    """Tokens of the addressee: between the cue and the end of the attribution phrase."""
    if c.phrase_end is None or c.phrase_end <= c.cue[1]:
        return None
    return c.cue[1] + 1, c.phrase_end


def _tok_chars(doc: Doc, i: int | None) -> list[int] | None:
    return None if i is None else [doc[i].idx, doc[i].idx + len(doc[i])]


def _unattributed(doc: Doc, index: _Index, out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Body sentences no claim touches: the outlet's own assertions (speaker and cue None)."""
    text = index.text
    taken = bytearray(len(text))
    for item in out:
        for pair in (item["cue"], item["speaker"], *item["content"]):
            if pair is not None:
                taken[pair[0] : pair[1]] = b"\x01" * (pair[1] - pair[0])
    extra: list[dict[str, Any]] = []
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        para = index.paragraph(start)
        if para is None or index.paras[para][2] != "body" or any(taken[start:end]):
            continue
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".;:,"):
            end -= 1
        if len(_WORD.findall(text, start, end)) < MIN_UNATTRIBUTED_WORDS or text[end - 1] == "?":
            continue
        extra.append(
            {
                "kind": "unattributed",
                "cue": None,
                "cue_lemma": None,
                "cue_head": None,
                "speaker": None,
                "speaker_head": None,
                "content": [[start, end]],
                "content_head": [sent.root.idx, sent.root.idx + len(sent.root)],
                "quote": quote_kind(text, index.mask, [(start, end)]),
                "stance": "assert",
                "target": None,
                "paragraph": para,
                "block": "body",
            }
        )
    return sorted(out + extra, key=lambda d: d["content"][0][0])


def _incise_claims(
    doc: Doc, lex: CueLexicon, index: _Index, cues: list[tuple[Token, CueVerb]]
) -> list[RawClaim]:
    """« A, a déclaré X, B »: an inverted cue set off by commas inside one quotation (the
    French convention) speaks the quotation around it, in two content spans."""
    if not index.quotes:
        return []
    text = index.text
    out: list[RawClaim] = []
    inside = find_verb_claims(  # only verb cues can be incises
        doc, lex, lambda c: index.in_quote(c) and index.paragraph(c) is not None, cues
    )
    for c in inside:
        if c.kind != "verb" or c.speaker is None or c.speaker[0] < c.cue[0] - 3:
            continue  # the speaker of an incise follows its cue or is a clitic ("a-t-il")
        aux = [t.i for t in doc[c.cue_head].lefts if lex.has(t.dep_, "auxiliary")]
        first, last = min(c.cue[0], c.speaker[0], *aux), max(c.cue[1], c.speaker[1])
        if first == 0 or last + 1 >= len(doc) or doc[first - 1].text != ",":
            continue
        if doc[last + 1].text != ",":
            continue
        n = bisect.bisect_right(index.quote_starts, doc[c.cue_head].idx) - 1
        if n < 0:
            continue
        start, end = _inner(text, index.quotes[n])
        before, after = doc[first - 1].idx, doc[last + 1].idx + 1
        while after < end and text[after].isspace():
            after += 1
        if start < before and after < end:
            c.kind, c.content = "quote", [(start, before), (after, end)]
            out.append(c)
    return out


def find_claims(
    doc: Doc, language: str = "en", *, unattributed: bool = False
) -> list[dict[str, Any]]:
    """All attributed statements of ``doc`` as plain, serialisable dicts.

    Keys: ``kind``, ``cue``, ``cue_lemma``, ``cue_head``, ``speaker``, ``speaker_head``,
    ``content`` (list of ``[start, end]``), ``content_head``, ``quote``, ``stance``,
    ``target``, ``paragraph`` (index among the non-boilerplate paragraph spans), ``block``
    (that paragraph's label). Every span is a ``[start, end]`` char-offset pair or ``None``.

    With ``unattributed=True``, body sentences that hold no claim are added as the outlet's
    own assertions (``kind`` ``unattributed``; speaker, cue and cue lemma ``None``).
    """
    lex = cue_lexicon(language)
    paras = content_paragraphs(doc)
    text = doc_text(doc)
    scan = find_quotes(text, [(s, e) for s, e, _ in paras])
    index = _Index(text, paras, scan.quotes)
    index.token_starts = doc.to_array(IDX).tolist() if len(doc) else []
    cues = cue_verbs(doc, lex)  # shared by the cue finders and the incise pass
    raw = find_cue_claims(doc, lex, index.allowed, cues)
    raw += find_colon_claims(doc, lex, index.allowed)
    claims = [c for c in raw if c.content]
    pending = [
        c for c in raw if not c.content and c.verb is not None and "quote" in c.verb.frame.content
    ]
    for c in claims:
        c.content = [_whole_quote(index, s, e) for s, e in c.content]
        c.content = _to_quote_end(index, doc[c.cue[0]].idx, c.content)
    claims += _incise_claims(doc, lex, index, cues)
    _attach_quotes(doc, index, claims, pending, lex)
    out: list[dict[str, Any]] = []
    for c in sorted(claims, key=lambda c: (c.content[0][0], c.cue[0])):
        para = index.paragraph(doc[c.cue[0]].idx)
        if para is None:
            continue
        out.append(
            {
                "kind": c.kind,
                "cue": _chars(doc, c.cue),
                "cue_runs": _runs(doc, c, lex),
                "cue_lemma": c.cue_lemma,
                "cue_head": _tok_chars(doc, c.cue_head),
                "speaker": _chars(doc, c.speaker),
                "speaker_head": _tok_chars(doc, c.speaker_head),
                "content": [[s, e] for s, e in c.content],
                "content_head": _tok_chars(doc, c.content_head),
                "quote": quote_kind(text, index.mask, c.content),
                "stance": c.stance,
                "target": _chars(doc, c.target),
                "addressee": _chars(doc, _addressee(c)),
                "paragraph": para,
                "block": paras[para][2],
            }
        )
    if lex.shallow_backoff:
        out = sorted(
            out
            + backoff_claims(
                doc,
                language,
                out,
                index.paragraph,
                [p[2] for p in paras],
                lambda spans: quote_kind(text, index.mask, spans),
                MIN_QUOTE_WORDS,
            ),
            key=lambda d: d["content"][0][0],
        )
    return _unattributed(doc, index, out) if unattributed else out
