"""Which way a bare month or weekday points: the tense around it, read from the parse.

A bare "June" or "Friday" names a whole cycle of candidates; the news conventions pick one
by the direction the sentence gives it (see :mod:`claimx.dates.expressions`):

* the tense of the verb the expression hangs from (:func:`tense_of`). A non-finite verb
  (a to-infinitive, a gerund or participle, a bare infinitive) has no tense of its own, so
  the finite verb that governs it decides: "struggled to answer a question on Sunday",
  "speaking at their June summit, the leaders agreed", "helped it sell the unit in March"
  are past. A to-infinitive under a present or future verb points forward ("plans to
  visit in June"); under a past verb of intention or schedule ("vowed to veto it in
  March", "was set to speak on Friday") it is a future seen from the past, which says
  nothing about the publication date (``None``);
* prepositions and phrases that fix the direction whatever the tense
  (:func:`direction_of`): "since June" looks back; "postponed until Sunday", "delayed to
  Friday", "pushed back to March" look forward from the publication date; "until",
  "before", "ahead of", "heading into" look forward unless the clause is past.

Words come from the language's lexicon (``claimx/data/dates/<lang>.json``): ``future_verbs``
(verbs of planning), ``prospective_verbs`` (verbs whose to-infinitive points forward),
``future_preps``, ``past_preps``, ``postpone_verbs`` and ``postpone_preps``.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from .lexicon import TimeLexicon, time_lexicon
from .normalize import Tense

__all__ = ["direction_of", "postponed", "tense_of"]

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
#: Steps climbed from a non-finite verb to the finite verb that governs it.
_CLIMB = 6
#: Tokens a preposition may be separated from the expression by ("ahead of the Tuesday vote").
_DETERMINERS = frozenset({"the", "this", "that", "a", "an", "its", "their", "his", "her"})


def _verb_above(token: Token, limit: int = 8) -> Token | None:
    """The first verb on the way from ``token`` to the root (``token`` itself included)."""
    for _ in range(limit):
        if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _governor(verb: Token) -> Token | None:
    """The verb that governs the clause of ``verb`` (``None`` at the root)."""
    if verb.head.i == verb.i:
        return None
    return _verb_above(verb.head, _CLIMB)


def _forms(token: Token) -> set[str]:
    """The lemma and the plausible base forms of ``token``: the small English model
    lemmatises "hoping" to "hop", so the inflected form is undone by hand too."""
    low = token.lower_
    forms = {token.lemma_.lower(), low}
    for suffix in ("ing", "ed", "es", "s", "d"):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            stem = low[: -len(suffix)]
            forms.update((stem, stem + "e"))
    return forms


def _auxes(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _finite_tense(verb: Token, auxes: list[Token], lex: TimeLexicon) -> Tense | None:
    """Tense of a verb with its own tense (a finite form or a periphrasis)."""
    if any(a.lower_ in _FUTURE_AUX for a in auxes):
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    planned = bool(_forms(verb) & lex.future_verbs)
    if planned and (auxes or verb.tag_ in ("VBZ", "VBP")):
        return "future"  # "is scheduled for", "has been set for"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return "past"
    if any(a.tag_ == "MD" for a in auxes):
        return "future"
    present = verb.tag_ in ("VBZ", "VBP", "VBG") or any(a.tag_ in ("VBZ", "VBP") for a in auxes)
    if present or "Pres" in verb.morph.get("Tense", []):
        return "present"
    if "Past" in verb.morph.get("Tense", []):
        return "past"
    return None


def _present_perfect(verb: Token, auxes: list[Token]) -> bool:
    """Whether ``verb`` is in the present perfect ("has announced")."""
    return verb.tag_ == "VBN" and any(
        a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes
    )


def _is_finite(verb: Token, auxes: list[Token]) -> bool:
    """Whether ``verb`` carries tense (its own form or an auxiliary's), not a to-infinitive,
    a bare gerund/participle or a bare infinitive. A bare past participle counts as
    finite: it is a reduced relative ("a report released Monday")."""
    if any(a.tag_ == "TO" for a in auxes):
        return False
    return bool(auxes) or verb.tag_ not in ("VBG", "VB")


def _quoted_between(a: Token, b: Token) -> bool:
    """Whether a quotation opens or closes between ``a`` and ``b`` (an odd number of
    quotation marks; a pair around a phrase does not count): direct speech keeps its
    own tense."""
    lo, hi = sorted((a.i, b.i))
    return sum(t.is_quote for t in a.doc[lo + 1 : min(hi, lo + 80)]) % 2 == 1


def _verb_tense(verb: Token, lex: TimeLexicon, depth: int = 0) -> Tense | None:
    """Tense of ``verb``, through the verbs that govern it when it is non-finite."""
    auxes = _auxes(verb)
    if _is_finite(verb, auxes):
        if verb.tag_ == "VBN" and not auxes and _forms(verb) & lex.future_verbs:
            return "future"  # "a meeting scheduled for Friday"
        return _finite_tense(verb, auxes, lex)
    infinitive = any(a.tag_ == "TO" for a in auxes)
    upper = _governor(verb)
    if upper is None or depth >= _CLIMB or _quoted_between(verb, upper):
        if infinitive:
            return "future"  # "Trump to visit Mexico on Friday"
        return "present" if verb.tag_ == "VBG" else None
    if infinitive:
        return _infinitive_tense(verb, auxes, upper, lex, depth)
    if verb.head.lower_ in lex.anterior_preps:
        return "past"  # "after winning Tuesday's primary, he must ..."
    if _present_perfect(upper, _auxes(upper)):
        return "present"  # "has announced cuts, resulting in closures in the fourth quarter"
    above = _verb_tense(upper, lex, depth + 1)
    unmarked = not any(c.dep_ == "mark" for c in verb.children)  # not "while testifying"
    trailing = verb.dep_ == "advcl" and verb.i > upper.i and unmarked
    if above == "past" and (trailing or verb.dep_ in ("acl", "relcl")):
        # a participle that trails the clause or describes a noun may tell of a later
        # event: "..., teeing up the November vote", "states holding contests on March 15"
        return None
    return above


def _infinitive_tense(
    verb: Token, auxes: list[Token], upper: Token, lex: TimeLexicon, depth: int
) -> Tense | None:
    """Tense of a to-infinitive governed by ``upper``."""
    if any(a.lemma_ == "have" for a in auxes):
        return "past"  # "appear to have been conducted"
    attach = verb.head  # the verb, adjective or noun the infinitive completes
    on_noun = attach.pos_ in ("NOUN", "PROPN")
    if on_noun and any(a.dep_ == "auxpass" for a in auxes):
        return "future"  # "an address to be delivered Wednesday"
    above = _verb_tense(upper, lex, depth + 1)
    if above != "past":
        # "plans to visit in June", "will try to meet on Friday"; unknown stays unknown
        return None if above is None else "future"
    prospective = lex.future_verbs | lex.prospective_verbs
    if _present_perfect(upper, _auxes(upper)) and _forms(upper) & prospective:
        return "future"  # "has invited him to meet on Thursday"
    if (
        on_noun
        or _forms(upper) & prospective
        or _forms(attach) & prospective
        or (attach.i == upper.i and upper.lemma_ in ("be", "go"))
    ):
        # "vowed to veto it in March", "was to arrive on Monday": a future seen from the past
        return None
    return "past"  # "struggled to answer a question on Sunday"


def tense_of(span: Span, language: str = "en") -> Tense | None:
    """Tense of the verb governing ``span`` (``None`` without a parse or a verb).

    A present-tense verb of planning ("is scheduled for", "are expected on") counts as
    future; a non-finite verb takes the tense of the finite verb above it (see the module
    docstring).
    """
    doc = span.doc
    if not doc.has_annotation("DEP"):
        return None
    verb = _verb_above(span.root)
    if verb is None:
        return None
    return _verb_tense(verb, time_lexicon(language))


@functools.cache
def _last_words(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(p.split()[-1] for p in phrases if p)


def _preceding(span: Span) -> tuple[int, str] | None:
    """Where a phrase right before ``span`` would end (past up to two determiners) and the
    lower-cased word there; ``None`` when nothing comes before."""
    doc = span.doc
    end = span.start
    while end > 0 and doc[end - 1].lower_ in _DETERMINERS and end > span.start - 2:
        end -= 1
    if end == 0:
        return None
    return end, doc[end - 1].lower_


def _preceded_by(
    span: Span, phrases: frozenset[str], before: tuple[int, str] | None
) -> Span | None:
    """The phrase of ``phrases`` right before ``span`` (``before``: its
    :func:`_preceding`, read once for every set of phrases)."""
    if before is None:
        return None
    end, word = before
    if word not in _last_words(phrases):
        return None
    doc = span.doc
    for n in (4, 3, 2, 1):
        if end - n >= 0 and doc[end - n : end].text.lower() in phrases:
            return doc[end - n : end]
    return None


def _looks_ahead(phrase: Span, lex: TimeLexicon) -> bool:
    """Whether a forward-looking phrase looks ahead of the publication date. A participle
    phrase ("heading into", "leading up to") looks ahead of its clause's time, which may
    be past: "had captured 1,944 delegates heading into Tuesday's primaries"."""
    for token in phrase:
        if token.tag_ == "VBG" and token.head.i != token.i:
            upper = _governor(token)
            if upper is None or _present_perfect(upper, _auxes(upper)):
                return True  # "heading into Tuesday's primary, her lead has disappeared"
            return _verb_tense(upper, lex, 1) != "past"
    return True


def postponed(prep: Token, lex: TimeLexicon) -> bool:
    """Whether ``prep`` ("until", "to") completes a verb or noun of postponement."""
    token = prep
    for _ in range(3):  # "pushed back to", "postponed the vote until"
        if token.head.i == token.i:
            return False
        token = token.head
        if _forms(token) & lex.postpone_verbs:
            return True
        if token.pos_ in ("VERB", "AUX"):
            return False
    return False


def direction_of(span: Span, language: str = "en") -> Tense | None:
    """The direction a bare month or weekday in ``span`` takes: its tense, overridden by a
    preposition that fixes it ("since June", "postponed until Sunday", "ahead of Tuesday's
    vote")."""
    lex = time_lexicon(language)
    before = _preceding(span) if span.start > 0 else None
    if before is None:
        return tense_of(span, language)
    if _preceded_by(span, lex.past_preps, before) is not None:
        return "past"
    prep = _preceded_by(span, lex.postpone_preps, before)
    if prep is not None and span.doc.has_annotation("DEP") and postponed(prep[-1], lex):
        return "future"
    tense = tense_of(span, language)  # not needed when a preposition above decided
    ahead = _preceded_by(span, lex.future_preps, before)
    if tense != "past" and ahead is not None and _looks_ahead(ahead, lex):
        return "future"
    return tense
