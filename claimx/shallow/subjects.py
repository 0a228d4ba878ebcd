"""Subjects the shallow rules infer without a speaker phrase next to the verb.

* adverbs between a speaker and its verb ("La empresa también negó que C"): trimmed before the
  speaker phrase is read;
* a verb coordinated with an earlier one ("Hij wilde niet ... en zei dat C"): the
  sentence-initial subject;
* pro-drop languages (Spanish, Italian): a clause-initial verb with a content clause right
  after it ("Señaló que C", "Ha aggiunto che C") is a claim with no speaker span.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .lexicon import ShallowLexicon
from .phrases import is_break, is_cap, non_speaker, np_end, speaker_left

__all__ = ["content_opens", "shared_subject", "subordinate_subject", "trim_adverbs"]


def trim_adverbs(doc: Doc, start: int, end: int, lex: ShallowLexicon) -> int:
    """``end`` moved left over the adverbs just before it (not past ``start``)."""
    while end > start and doc[end - 1].lower_ in lex.adverbs:
        end -= 1
    return end


def content_opens(doc: Doc, j: int, limit: int, lex: ShallowLexicon) -> bool:
    """Does a content clause open at token ``j`` (after adverbs): ``que``, ``di``, ``:``?"""
    while j < limit and doc[j].lower_ in lex.adverbs:
        j += 1
    if j >= limit:
        return False
    low = doc[j].lower_
    return low in lex.complementizers or low in lex.infinitive_markers or low == ":"


def _sentence_subject(sent: Span, i: int, lex: ShallowLexicon) -> tuple[int, int] | None:
    """The sentence-initial subject, kept short: without a tagger "De wethouder wilde" reads
    as one noun phrase, so it is ``[det] word [Capitalised words]`` or a pronoun."""
    doc = sent.doc
    first = sent.start
    if doc[first].lower_ in lex.pronouns:
        return (first, first + 1)
    end = np_end(doc, first, i, lex)
    if end is None or non_speaker(doc, first, end, lex):
        return None
    j = first + 1 if doc[first].lower_ in lex.determiners else first
    j += 1
    while j < end and is_cap(doc[j]):
        j += 1
    return (first, min(j, end))


def shared_subject(
    sent: Span, c_start: int, i: int, v_end: int, lex: ShallowLexicon
) -> tuple[tuple[int, int] | None, str] | None:
    """(speaker, pattern) of a verb at ``i`` whose subject is not next to it, else ``None``.

    ``coordinated``: the clause before the verb ends in a conjunction; the speaker is the
    sentence subject (or none in a pro-drop language). ``pro-drop``: nothing but adverbs
    before the verb in its clause, which opens the sentence or follows a break. Both need
    a content clause right after the verb.
    """
    doc = sent.doc
    if not content_opens(doc, v_end, sent.end, lex):
        return None
    left = trim_adverbs(doc, c_start, i, lex)
    if left > c_start and doc[left - 1].lower_ in lex.conjunctions:
        subject = _sentence_subject(sent, left - 1, lex)
        if subject is not None or lex.pro_drop:
            return subject, "coordinated"
        return None
    if not lex.pro_drop or left > c_start:
        return None
    if c_start == sent.start or is_break(doc[c_start - 1]):
        return None, "pro-drop"
    return None


def subordinate_subject(
    doc: Doc, c_start: int, end: int, lex: ShallowLexicon
) -> tuple[int, int] | None:
    """The subject between the nearest complementizer and the verb ending at ``end``.

    "Las acciones cayeron después de que la empresa anunciara que C": the speaker of
    "anunciara" is "la empresa", after "que".
    """
    for k in range(end - 1, c_start - 1, -1):
        if doc[k].lower_ in lex.complementizers:
            return speaker_left(doc, k + 1, end, lex) if k + 1 < end else None
    return None
