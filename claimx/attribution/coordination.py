"""Verbs coordinated with a cue that the parser hung inside its content.

In "X suggested the aide be fired **and defended** the mayor" the parser makes "defended" a
conjunct of "fired", inside the content clause; but a finite verb cannot be coordinated with
a non-finite one ("be fired"), so it is coordinated with the cue: X defended the mayor, and
that is not part of what X suggested. The same holds for a conjunct in the cue's tense and
form where the content's verb has another, when the conjunct is a cue verb itself ("X
**says** the answer was Y **and says** ...") or follows the closing quotation mark of a
quoted content ("X wrote, “...,” **and shared** a link"); and for a second report of the
cue's own verb with its own subject ("A said ..., **and B said** ...", not "A says B
loves X and C **loves** Y"). Such a verb is a second statement or act, not the content of
the first: its phrase leaves the content, and a conjunct without a subject takes the cue's
speaker.

The test is on form only: morphological features (``VerbForm``; ``Tense``, ``Person``,
``Number``, ``Mood`` must agree with the cue's) and dependency roles from the language's
:class:`~claimx.attribution.lexicon.CueLexicon` (``conjunct``, ``coordinator``). A conjunct
with its own complementizer is a second content clause ("said that A **and that** B"); where
both readings keep the same form ("said prices rose **and fell**"), the parser's attachment
stands. A language without those roles gets no change.

Pure functions on spaCy tokens.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .lexicon import CueLexicon

__all__ = ["coordinated_cue", "drop_coordinated_reports", "joins_cue"]

_VERBAL = frozenset({"VERB", "AUX"})
_QUOTES = frozenset("\"'“”„‟«»‘’‚‛‹›")
#: Morphological features that make up a finite verb's form.
_FORM_FEATURES = ("Tense", "Person", "Number", "Mood")


def _finite(tok: Token, lex: CueLexicon) -> Token | None:
    """The finite word of ``tok``'s verb group: itself or one of its auxiliaries."""
    if "Fin" in tok.morph.get("VerbForm", []):
        return tok
    for child in tok.lefts:
        if lex.has(child.dep_, "auxiliary") and "Fin" in child.morph.get("VerbForm", []):
            return child
    return None


def _same_form(a: Token, b: Token) -> bool:
    """Whether finite words ``a`` and ``b`` share their tense and agree in the features both
    mark ("wanted" and "was" agree; "says" and "said" do not)."""
    if a.morph.get("Tense", []) != b.morph.get("Tense", []):
        return False
    for feature in _FORM_FEATURES[1:]:
        x, y = a.morph.get(feature, []), b.morph.get(feature, [])
        if x and y and x != y:
            return False
    return True


def _has_subject(tok: Token, lex: CueLexicon) -> bool:
    return any(lex.has(c.dep_, "subject") or lex.has(c.dep_, "passive_subject") for c in tok.lefts)


def _after_closing_quote(conj: Token, lex: CueLexicon) -> bool:
    """Whether only a coordinator and punctuation stand between ``conj``'s phrase and a
    closing quotation mark ("“...,” **and** shared")."""
    doc = conj.doc
    i = conj.left_edge.i - 1
    while i >= 0 and (lex.has(doc[i].dep_, "coordinator") or doc[i].text == ","):
        i -= 1
    if i < 0 or doc[i].text not in _QUOTES or i == conj.left_edge.i - 1:
        return False
    return sum(1 for t in doc[: i + 1] if t.text in _QUOTES) % 2 == 0


def joins_cue(conj: Token, cue: Token, lex: CueLexicon) -> bool:
    """Whether verb ``conj``, found inside the content of cue verb ``cue``, is coordinated
    with the cue rather than with the content (see the module docstring)."""
    return _reading(conj, cue, lex) == "cue"


def _reading(conj: Token, cue: Token, lex: CueLexicon) -> str:
    """How verb ``conj``, found inside the content of cue verb ``cue``, is coordinated:
    ``"cue"`` (with the cue), ``"content"`` (with the content), or ``"either"`` when the
    conjunct's form is the cue's and that of the content verb it hangs on (the parser's
    attachment stands: :func:`joins_cue` leaves it in the content, :func:`_second_report`
    gives a cue verb the cue's speaker)."""
    if conj.pos_ not in _VERBAL or conj.i <= cue.i:
        return "content"
    own = _finite(conj, lex)
    said = _finite(cue, lex)
    if own is None or said is None or not _same_form(own, said):
        return "content"
    if any(lex.has(c.dep_, "complementizer") for c in conj.children):
        return "content"  # "said that A and that B": two content clauses
    if _has_subject(conj, lex):  # "A said ..., and B said ...": a report of its own
        return "cue" if conj.lemma_.lower() == cue.lemma_.lower() else "content"
    head = conj.head
    if head.i == cue.i:
        return "content"  # a second clause of the cue without a subject: more of its content
    if head.pos_ not in _VERBAL:  # a finite verb is no conjunct of the noun the cue takes
        return "cue" if head.head.i == cue.i else "content"  # ("denounced the plan **and vowed**")
    other = _finite_governor(head, cue, lex)
    if other is None:
        return "cue"  # nor of an infinitive or a participle ("be fired and defended")
    if _same_form(own, other):
        return "either"
    is_cue = lex.token_verb(conj) is not None
    return "cue" if is_cue or _after_closing_quote(conj, lex) else "content"


def _finite_governor(tok: Token, cue: Token, lex: CueLexicon) -> Token | None:
    """The finite word of ``tok`` or of the nearest verb above it, below ``cue`` ("used a
    computer to manage data **and never used** ...": "used", not "manage"); None when
    nothing finite stands between ``tok`` and the cue."""
    cur = tok
    for _ in range(len(tok.doc)):
        if cur.i == cue.i:
            return None
        if cur.pos_ in _VERBAL:
            found = _finite(cur, lex)
            if found is not None:
                return found
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _candidates(doc: Doc, ids: set[int], cue: Token, lex: CueLexicon) -> list[Token]:
    """Conjuncts inside the content and clauses of the cue after its first one."""
    clauses = [c for c in cue.rights if lex.has(c.dep_, "clause") and c.i in ids]
    out = clauses[1:]
    out += [
        doc[i]
        for i in sorted(ids)
        if lex.has(doc[i].dep_, "conjunct")
        and doc[i].head.i in ids
        and doc[i].pos_ in _VERBAL
        and _on_spine(doc[i].head, cue, lex)
    ]
    return sorted(out, key=lambda t: t.i)


def _on_spine(tok: Token, cue: Token, lex: CueLexicon) -> bool:
    """Whether ``tok`` reaches the cue through complement clauses, conjuncts and the cue's
    object only: not from inside a relative clause or a modifier ("Airbus, whose jet first
    flew in 2005 **and is expected** to ...": the conjunct is the relative clause's)."""
    cur = tok
    for _ in range(len(tok.doc)):
        if cur.i == cue.i:
            return True
        spine = (
            lex.has(cur.dep_, "clause")
            or lex.has(cur.dep_, "open_clause")
            or lex.has(cur.dep_, "conjunct")
            or (lex.has(cur.dep_, "object") and cur.head.i == cue.i)
        )
        if not spine or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def drop_coordinated_reports(doc: Doc, ids: set[int], cue: Token, lex: CueLexicon) -> set[int]:
    """``ids`` (the content of ``cue``) without the phrases of verbs coordinated with the
    cue, and the coordinator and commas before them."""
    for conj in _candidates(doc, ids, cue, lex):
        if conj.i not in ids or not joins_cue(conj, cue, lex):
            continue
        start = conj.left_edge.i
        while start - 1 in ids and (
            lex.has(doc[start - 1].dep_, "coordinator") or doc[start - 1].is_punct
        ):
            start -= 1
        kept = ids - {t.i for t in conj.subtree} - set(range(start, conj.left_edge.i))
        if any(not doc[i].is_punct for i in kept):
            ids = kept
    return ids


def coordinated_cue(tok: Token, lex: CueLexicon) -> Token | None:
    """The cue verb that conjunct ``tok`` (no subject of its own) is coordinated with, when
    the parser hung it inside that cue's content clause ("X suggested Y be fired **and
    defended** Z": "defended" is X's; a cue verb in the form of both the cue and the
    content's verb, :func:`_second_report`); else None."""
    if not lex.has(tok.dep_, "conjunct") or _has_subject(tok, lex):
        return None
    if any(lex.has(c.dep_, "auxiliary") and c.dep_.endswith("pass") for c in tok.lefts):
        return None  # a passive conjunct's subject is no speaker: its own clause decides
    top = tok.head
    while lex.has(top.dep_, "conjunct") and top.head.i != top.i:
        top = top.head
    if not (lex.has(top.dep_, "clause") or lex.has(top.dep_, "open_clause")):
        return None
    cue = top.head
    if cue.i >= top.i or lex.token_verb(cue) is None:
        return None
    if joins_cue(tok, cue, lex) or _second_report(tok, cue, lex):
        return cue
    return None


def _second_report(conj: Token, cue: Token, lex: CueLexicon) -> bool:
    """Whether cue verb ``conj`` (no subject of its own), hung by the parser on a verb of
    ``cue``'s content that shares both its form and the cue's, reports a second statement of
    the cue's speaker ("X said her group never worked with Y **and said** ...", "X
    announced that he was in therapy **and vowed** to ..."): a report verb in the cue's own
    form after the content is read with the cue, for its speaker only. The content keeps
    the conjunct's phrase, as :func:`joins_cue` leaves it when both readings share a form
    (measured: taking the phrase out of the content as well lost two gold attributions)."""
    return lex.token_verb(conj) is not None and _reading(conj, cue, lex) == "either"
