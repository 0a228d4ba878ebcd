"""Speaker phrases beyond a plain noun phrase: appositions and verb-second subjects.

* an apposition after a comma belongs to the speaker ("General Anna Roth, Kommandantin
  der Küstenwache, sagte"; "sagte Paul Berg, ein Sprecher der Stadt."), a relative clause
  does not ("Paul Berg, der die Stadt vertritt, sagte": the speaker is "Paul Berg");
* (``verb_second`` languages, German) the whole first field before a finite cue verb is its
  subject when it opens with a determiner or a name and holds no other verb: "Der
  Korrespondent des Senders in Köln berichtete, dass C" (a prepositional phrase or an
  unknown word inside the noun phrase does not cut it).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .lexicon import ShallowLexicon
from .phrases import is_cap, is_quote_tok, is_word, non_speaker, verb_at

__all__ = ["MAX_APPOSITION_TOKENS", "MAX_FIELD_TOKENS", "apposition_end", "first_field_subject"]

#: Longest apposition, in tokens.
MAX_APPOSITION_TOKENS = 14
#: Longest first field taken as a subject, in tokens.
MAX_FIELD_TOKENS = 18


def _words(doc: Doc, a: int, b: int) -> list[int]:
    return [k for k in range(a, b) if is_word(doc[k])]


def is_relative_clause(doc: Doc, a: int, b: int, lex: ShallowLexicon) -> bool:
    """Is ``doc[a:b]`` (after a comma) a relative clause: a relative pronoun ... a verb?

    "der die Stadt vertritt" (ends in a verb), "den die Zeitung" (the verb follows:
    another noun phrase or an adverb right after the pronoun), not "der Leiter der
    Behörde" (an apposition).
    """
    words = _words(doc, a, b)
    if not words or doc[words[0]].lower_ not in lex.relative_pronouns:
        return False
    if not is_cap(doc[words[-1]]):
        return True
    return any(
        doc[k].lower_ in lex.determiners
        or doc[k].lower_ in lex.pronouns
        or (doc[k].lower_ in lex.stop_words and doc[k].lower_ not in lex.np_links)
        or doc[k].lower_ == "sich"
        for k in words[1:2]
    )


def is_apposition(doc: Doc, a: int, b: int, lex: ShallowLexicon) -> bool:
    """Is ``doc[a:b]`` (between commas) a noun phrase in apposition to a speaker?

    It opens with a determiner or a capitalised word, ends in a capitalised word (or a
    closing bracket or quotation mark), and holds no verb form, complementizer or
    quotation that would make it a clause.
    """
    if a >= b or b - a > MAX_APPOSITION_TOKENS or is_relative_clause(doc, a, b, lex):
        return False
    first, last = doc[a], doc[b - 1]
    if not (first.lower_ in lex.determiners or is_cap(first) or first.like_num):
        return False
    if first.lower_ in lex.stop_words or first.lower_ in lex.prepositions:
        return False
    if not (is_cap(last) or last.text in (")", "“", "”", "«", "»", '"')):
        return False
    for k in range(a, b):
        tok = doc[k]
        if tok.lower_ in lex.complementizers or tok.text in (":", ";"):
            return False
        if tok.lower_ in lex.auxiliaries or verb_at(doc, k, lex) is not None:
            return False
    return any(is_cap(doc[k]) for k in range(a, b))


def apposition_end(doc: Doc, end: int, limit: int, lex: ShallowLexicon) -> int:
    """``end`` moved over the appositions that follow a speaker phrase ending there.

    Each comma-separated segment up to ``limit`` that is an apposition joins the speaker;
    the first that is not (a relative clause, an adverbial) stops the walk.
    """
    if not lex.relative_pronouns:
        return end  # appositions are read only where the lexicon names relative pronouns
    k = end
    for _ in range(4):  # at most four appositions
        if k >= limit or doc[k].text != ",":
            break
        nxt = k + 1
        while nxt < limit and doc[nxt].text not in (",", ";", ":", ".") and nxt - k <= 16:
            nxt += 1
        if not is_apposition(doc, k + 1, nxt, lex):
            break
        k = nxt
    return k


def first_field_subject(
    doc: Doc, start: int, i: int, lex: ShallowLexicon
) -> tuple[int, int] | None:
    """The first field ``doc[start:i]`` before the finite verb at ``i`` as its subject.

    For ``verb_second`` languages only. The field opens with a determiner or a capitalised
    word that is no adverb or preposition, holds no verb form, quotation mark, colon or
    complementizer, and is at most :data:`MAX_FIELD_TOKENS` long; commas in it must
    separate appositions (a relative clause is cut off).
    """
    if not lex.verb_second or i - start < 2 or i - start > MAX_FIELD_TOKENS:
        return None
    first = doc[start]
    low = first.lower_
    if is_quote_tok(first) or low in lex.stop_words or low in lex.prepositions:
        return None
    if low in lex.as_words or low in lex.complementizers or low in lex.pronouns:
        return None
    if not (low in lex.determiners or is_cap(first)):
        return None
    if non_speaker(doc, start, i, lex):
        return None
    comma = next((k for k in range(start, i) if doc[k].text == ","), None)
    head_end = comma if comma is not None else i
    for k in range(start, i):
        tok = doc[k]
        if is_quote_tok(tok) or tok.text in (":", ";"):
            return None
        if k >= head_end:
            continue  # appositions and relative clauses are checked below
        if tok.lower_ in lex.complementizers or tok.lower_ in lex.auxiliaries:
            return None
        if tok.lower_ in lex.reportative or tok.lower_ in lex.passive:
            return None
        if k > start and verb_at(doc, k, lex) is not None:
            return None
    words = _words(doc, start, head_end)
    if not words or not (is_cap(doc[words[-1]]) or doc[words[-1]].like_num):
        return None  # the noun phrase ends in its noun or name
    if comma is None:
        return (start, i)
    end = apposition_end(doc, comma, i, lex)
    stop = i - 1 if doc[i - 1].text == "," else i
    if end >= stop:
        return (start, end)
    if doc[end].text == "," and is_relative_clause(doc, end + 1, stop, lex):
        return (start, end)  # "X, der ... vertritt, sagte": the relative clause is cut off
    return None
