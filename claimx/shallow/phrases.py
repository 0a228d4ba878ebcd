"""Phrases for shallow attribution: quotations, clauses, speaker phrases and contents.

Pure helpers on a tokenised, sentence-split ``Doc`` (``spacy.blank`` + ``sentencizer``) and
a :class:`~claimx.shallow.lexicon.ShallowLexicon`; token ranges are ``(start, end)``
token indices, character ranges ``(start, end)`` offsets into ``doc.text``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .lexicon import ShallowLexicon, VerbCue

__all__ = [
    "CLAUSE_BREAKS",
    "FINAL_PUNCT",
    "MAX_GAP_TOKENS",
    "MAX_INNER_ADVERBS",
    "MAX_SPEAKER_TOKENS",
    "as_clause_start",
    "char_range",
    "content_after",
    "content_after_word",
    "content_before",
    "content_end",
    "continues_after",
    "end_of_clause",
    "find_quotes",
    "group_end",
    "head",
    "inside_quote",
    "is_break",
    "is_cap",
    "is_quote_tok",
    "is_word",
    "kind",
    "non_speaker",
    "np_end",
    "np_token",
    "outside",
    "overlaps",
    "plausible_speaker",
    "quote_at",
    "speaker_at_sentence_start",
    "speaker_in_clause",
    "speaker_left",
    "speaker_right",
    "start_of_clause",
    "verb_at",
]

#: Tokens that close a clause inside a sentence.
CLAUSE_BREAKS = frozenset({",", ":", ";", "–", "—", "-", "(", ")", "[", "]"})
#: Punctuation left out at the end of a content.
FINAL_PUNCT = frozenset({".", "!", "?", "…", ";", ":", ","})
#: Longest speaker phrase, in tokens.
MAX_SPEAKER_TOKENS = 10
#: How far after a cue (and its speaker) the content may start.
MAX_GAP_TOKENS = 12
#: Adverbs skipped inside a compound verb form ("ha inoltre annunciato").
MAX_INNER_ADVERBS = 2


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
        if close == ch and text[i + 1 : i + 2] in ("", " ", "\n", ",", ".", ";", ":"):
            i += 1  # a straight mark before a space or punctuation closes, never opens
            continue
        j = text.find(close, i + 1)
        brk = text.find("\n\n", i + 1)
        if j == -1 or (brk != -1 and brk < j) or j == i + 1:
            i += 1
            continue
        spans.append((i, j + 1))
        i = j + 1
    return spans


def is_cap(tok: Token) -> bool:
    return tok.text[:1].isupper()


def is_word(tok: Token) -> bool:
    return any(ch.isalpha() for ch in tok.text)


def is_break(tok: Token) -> bool:
    """Does ``tok`` end a clause? (A hyphen attached to a word, as in ``Bau- und``, does not.)"""
    if tok.text not in CLAUSE_BREAKS:
        return False
    return not (tok.text == "-" and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_)


def np_token(tok: Token, lex: ShallowLexicon) -> bool:
    """Can ``tok`` be part of a speaker phrase?"""
    if is_break(tok) or (tok.is_punct and tok.text not in ("-", ".", "'", "’")):
        return False
    if tok.text == "-":
        return True  # attached: "премьер-министр", "Bau- und"
    low = tok.lower_
    if low in lex.stop_words and low not in lex.np_links and low not in lex.determiners:
        return False
    if verb_at(tok.doc, tok.i, lex) is not None:
        return False
    return is_word(tok) or tok.like_num


def head(tok: Token, lex: ShallowLexicon) -> bool:
    """Can ``tok`` be a noun or name of a speaker phrase?"""
    if not np_token(tok, lex) or tok.lower_ in lex.determiners or tok.lower_ in lex.np_links:
        return False
    if tok.lower_ in lex.stop_words:
        return False
    if not lex.capitalised_nouns:
        return True
    # German nouns and names are capitalised; "n-tv", "eHomes", "n24" are names too
    return is_cap(tok) or tok.like_num or any(ch.isupper() or ch.isdigit() for ch in tok.text)


def group_end(doc: Doc, j: int, limit: int) -> int | None:
    """End of a parenthesised or quoted name group opening at ``j`` (``(IWF)``, „Reuters“)."""
    tok = doc[j]
    if tok.text == "(":
        closing: tuple[str, ...] = (")",)
    elif is_quote_tok(tok):
        closing = ("“", "”", "«", "»", '"', "‘")
    else:
        return None
    for k in range(j + 1, min(limit, j + 12)):
        if doc[k].text in closing:
            return k + 1 if k > j + 1 else None
        if doc[k].text in (".", ";", ":") or (tok.text != "(" and k - j > 6):
            return None
    return None


def np_end(doc: Doc, i: int, limit: int, lex: ShallowLexicon, depth: int = 0) -> int | None:
    """End of the speaker phrase starting at token ``i``: ``[det] [adj]* head+ [link NP]``."""
    j = i
    if depth == 0 and i < limit and doc[i].lower_ in lex.prepositions:
        return None  # "Ten aanzien van ...", "Tras la reunión": a fronted adverbial
    if j < limit and doc[j].lower_ in lex.determiners:
        j += 1
    if lex.capitalised_nouns:
        k = j
        while k < limit and k - j < 3 and np_token(doc[k], lex) and not is_cap(doc[k]):
            k += 1  # lowercase adjectives after a determiner
        if k < limit and head(doc[k], lex):
            j = k
    heads = j
    while j < limit and j - i < MAX_SPEAKER_TOKENS + 4:
        if head(doc[j], lex):
            j += 1
            continue
        group = group_end(doc, j, limit)
        if group is None or (j == heads and doc[j].text == "("):
            break
        j = group
    if j == heads:
        return None
    if depth < 2 and j < limit and doc[j].lower_ in lex.np_links:
        nxt = j if doc[j].lower_ in lex.determiners else j + 1
        more = np_end(doc, nxt, limit, lex, depth + 1)
        if more is not None and more - i <= MAX_SPEAKER_TOKENS:
            j = more
    return j


def non_speaker(doc: Doc, start: int, end: int | None, lex: ShallowLexicon) -> bool:
    """Does the phrase ``doc[start:end]`` open with a word that is never a speaker?

    A word that is also a determiner ("het", "das") blocks only on its own: "het" is no
    speaker, "het bedrijf" is.
    """
    low = doc[start].lower_
    if low not in lex.non_speakers:
        return False
    return not (low in lex.determiners and end is not None and end - start >= 2)


def plausible_speaker(doc: Doc, start: int, end: int, lex: ShallowLexicon) -> bool:
    """Is ``doc[start:end]`` headed by a name or a noun rather than an adverb or relative?

    Without a tagger, outside German (where nouns are capitalised anyway), a lone lowercase
    word with no determiner ("meermalen", "ayer", "die") is taken for an adverb or a
    pronoun; a relative pronoun is never a speaker on its own.
    """
    if end - start != 1:
        return True
    tok = doc[start]
    if tok.lower_ in lex.relatives:
        return False
    return lex.capitalised_nouns or is_cap(tok) or tok.like_num


def speaker_right(
    doc: Doc, i: int, limit: int, lex: ShallowLexicon, *, bare: bool = False
) -> tuple[int, int] | None:
    """A speaker phrase starting at token ``i`` (before ``limit``), as a token range.

    ``bare`` accepts a lone lowercase noun ("según analistas"), as after a source word.
    """
    if i >= limit:
        return None
    low = doc[i].lower_
    if low in lex.prepositions:
        return None
    if low in lex.pronouns or (low in lex.object_pronouns and low not in lex.determiners):
        return (i, i + 1)
    end = np_end(doc, i, limit, lex)
    if non_speaker(doc, i, end, lex):
        return None
    if low in lex.object_pronouns and (end is None or end == i + 1):
        return (i, i + 1)  # "volgens haar" (not "volgens haar collega")
    if end is None or (
        not bare and not plausible_speaker(doc, i, end, lex) and low not in lex.determiners
    ):
        return None
    return (i, end)


def speaker_left(doc: Doc, start: int, end: int, lex: ShallowLexicon) -> tuple[int, int] | None:
    """The whole stretch ``doc[start:end]`` as a speaker phrase, if it is one."""
    if end - start == 1 and doc[start].lower_ in lex.pronouns:
        return (start, end)
    if non_speaker(doc, start, end, lex) or not plausible_speaker(doc, start, end, lex):
        return None
    if np_end(doc, start, end, lex) == end:
        return (start, end)
    return None


def verb_at(doc: Doc, i: int, lex: ShallowLexicon) -> tuple[int, tuple[VerbCue, ...]] | None:
    """The longest verb form starting at token ``i``: (its length in tokens, its cues)."""
    tok = doc[i]
    if (
        lex.capitalised_nouns
        and is_cap(tok)
        and not tok.is_sent_start
        and i > 0
        and not is_quote_tok(doc[i - 1])
    ):
        return None  # a capitalised word inside a German sentence is a noun
    # the words of a compound form may have adverbs between them ("ha inoltre annunciato")
    words = [(i, tok.lower_)]
    k, skipped = i + 1, 0
    while k < len(doc) and len(words) < lex.max_form_len:
        low = doc[k].lower_
        if low in lex.adverbs and skipped < MAX_INNER_ADVERBS:
            skipped += 1
        else:
            words.append((k, low))
        k += 1
    for n in range(len(words), 0, -1):
        cues = lex.verbs.get(tuple(w for _, w in words[:n]))
        if cues:
            return words[n - 1][0] - i + 1, cues
    return None


def start_of_clause(sent: Span, i: int) -> int:
    k = i
    while k > sent.start and not is_break(sent.doc[k - 1]) and not is_quote_tok(sent.doc[k - 1]):
        k -= 1
    return k


def end_of_clause(sent: Span, i: int) -> int:
    k = i
    while k < sent.end and not is_break(sent.doc[k]) and not is_quote_tok(sent.doc[k]):
        k += 1
    return k


def is_quote_tok(tok: Token) -> bool:
    return tok.is_quote or tok.text in ("„", "“", "”", "»", "«", "‚", "‘", '"')


def content_end(sent: Span) -> int:
    """Character end of a sentence without its final punctuation."""
    k = sent.end
    while k > sent.start and sent.doc[k - 1].text in FINAL_PUNCT:
        k -= 1
    return sent.doc[k - 1].idx + len(sent.doc[k - 1].text) if k > sent.start else sent.start_char


def quote_at(quotes: list[tuple[int, int]], char: int, *, closing: bool) -> tuple[int, int] | None:
    for q in quotes:
        if (closing and q[1] == char) or (not closing and q[0] == char):
            return q
    return None


def inside_quote(quotes: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(q[0] < start and end < q[1] for q in quotes)


def kind(content: list[tuple[int, int]], quotes: list[tuple[int, int]]) -> str:
    inside = [any(q[0] <= s and e <= q[1] for q in quotes) for s, e in content]
    if all(inside):
        return "direct"
    if any(q[0] >= s and q[1] <= e for q in quotes for s, e in content):
        return "mixed"
    return "indirect"


def content_after(
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
        if is_quote_tok(t) and quote_at(quotes, t.idx, closing=False):
            break
        j += 1
    else:
        return None
    if j >= sent.end:
        return None
    start = doc[j].idx
    end = content_end(sent)
    quote = quote_at(quotes, start, closing=False)
    if quote is not None and not continues_after(doc.text, quote, end):
        return [quote]
    if end <= start:
        return None
    return [(start, end)]


def continues_after(text: str, quote: tuple[int, int], end: int) -> bool:
    """Does the reported clause go on after a quotation that opens it?

    ``dijo que "la fábrica sigue abierta" durante la huelga``: a word follows the closing mark
    inside the sentence, so the content is the whole clause, not the quotation alone. A
    comma, a dash or the sentence end after the mark keeps the quotation alone.
    """
    rest = text[quote[1] : end].lstrip()
    return bool(rest) and rest[0].isalnum()


def content_before(
    sent: Span, k: int, quotes: list[tuple[int, int]], lex: ShallowLexicon
) -> list[tuple[int, int]] | None:
    """Content ending before the comma at token ``k`` (a quotation if one closes there)."""
    doc = sent.doc
    while k > sent.start and doc[k - 1].text in (",", "–", "—", "-"):
        k -= 1  # «…», — сказал X
    if k <= sent.start:
        return None
    prev = doc[k - 1]
    quote = quote_at(quotes, prev.idx + len(prev.text), closing=True)
    if quote is not None and is_quote_tok(prev) and quote[0] <= doc[sent.start].idx:
        return [quote]
    start_tok = sent.start
    # a clause opened by a previous cue in the same sentence ends this content's left side
    end = prev.idx + len(prev.text)
    start = doc[start_tok].idx
    if doc[start_tok].lower_ in lex.complementizers:
        return None
    return [(start, end)] if end > start else None


def char_range(doc: Doc, toks: tuple[int, int]) -> tuple[int, int]:
    span = doc[toks[0] : toks[1]]
    return (span.start_char, span.end_char)


def as_clause_start(sent: Span, i: int, lex: ShallowLexicon) -> int | None:
    """Start of an as-clause (``wie X, an apposition, mitteilte``) ending in the verb at ``i``."""
    doc = sent.doc
    k = i - 1
    if (
        k >= sent.start
        and doc[k].lower_ in lex.verb_sources
        and (k == sent.start or is_break(doc[k - 1]))
    ):
        return k  # "según dijo X", right before the verb only
    if not lex.as_words:
        return None
    for k in range(i - 1, max(sent.start, i - 20) - 1, -1):
        tok = doc[k]
        if tok.text in (".", ";", ":") or is_quote_tok(tok):
            return None
        if tok.lower_ in lex.as_words and (k == sent.start or is_break(doc[k - 1])):
            return k
    return None


def speaker_in_clause(
    doc: Doc, c_start: int, i: int, lex: ShallowLexicon
) -> tuple[int, int] | None:
    """A speaker inside the clause before the verb ``doc[i]`` when the clause is no NP.

    ``X hat/wird ... V`` (an auxiliary after the subject).
    """
    for k in range(c_start + 1, i):
        if doc[k].lower_ in lex.auxiliaries:
            found = speaker_left(doc, c_start, k, lex)
            if found is not None:
                return found
            break
    return None


def speaker_at_sentence_start(
    doc: Doc, start: int, i: int, lex: ShallowLexicon
) -> tuple[int, int] | None:
    """The sentence-initial subject of a verb at ``i`` that is not in the first clause.

    ``X, an apposition, V`` (the speaker spans the apposition) and ``X hat ... V`` (an
    auxiliary right after the subject).
    """
    if is_quote_tok(doc[start]):
        return None  # a sentence opening with a quotation starts with content
    k = np_end(doc, start, i, lex)
    if k is None or non_speaker(doc, start, k, lex):
        return None
    if k == i:
        return (start, k)
    if doc[k].lower_ in lex.auxiliaries and not any(doc[j].text == "," for j in range(k, i)):
        return (start, k)  # "X hat ... V" (not "X sei ernst, sagte Y": another clause)
    if doc[k].text != ",":
        return None
    m = max(j for j in range(k, i) if doc[j].text == ",")
    if all(
        doc[j].lower_ in lex.auxiliaries or doc[j].lower_ in lex.stop_words for j in range(m + 1, i)
    ):
        return (start, m)
    return None


def content_after_word(
    sent: Span, j: int, quotes: list[tuple[int, int]]
) -> list[tuple[int, int]] | None:
    """Content right after a preposition ("sprach von C")."""
    if j >= sent.end:
        return None
    start = sent.doc[j].idx
    end = content_end(sent)
    quote = quote_at(quotes, start, closing=False)
    if quote is not None and not continues_after(sent.doc.text, quote, end):
        return [quote]
    return [(start, end)] if end > start else None


def outside(
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
    end = content_end(sent)
    if right < sent.end and doc[right].idx < end:
        spans.append((doc[right].idx, end))
    return [s for s in spans if s[1] > s[0]]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
