"""The speaker noun phrase: a speaker head's subtree, trimmed of what names no speaker.

Split from :mod:`claimx.attribution.speakers` (who the speaker is): this module decides
how much of the noun phrase the speaker span covers (datelines, dates and times, asides,
floating quantifiers and focus adverbs left out; appositions and relative clauses kept).
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import CueLexicon
from .raw import _TIME_ENTS

__all__ = ["speaker_tokens"]

#: Fine-grained tag of a gerund or present participle ("speaking").
_GERUND = "VBG"

#: Dashes that end a dateline ("WASHINGTON (AP) — ...").
_DASHES = frozenset({"—", "–", "--", "―"})
#: Entity labels of an amount a degree adverb may modify ("about one in five").
_AMOUNT_ENTS = frozenset({"CARDINAL", "PERCENT", "QUANTITY", "MONEY"})


def _is_age(child: Token, lex: CueLexicon) -> bool:
    """An age in apposition ("Jan Novak, **57**, a baker"): a number set off by commas,
    which the entity recogniser tags as a date."""
    doc = child.doc
    return (
        child.like_num
        and lex.has(child.dep_, "noun_chain")
        and child.i > 0
        and doc[child.i - 1].text == ","
    )


def _is_aside_participle(child: Token, head: Token, lex: CueLexicon) -> bool:
    """A present participle set off by a comma after the speaker ("officials, **speaking
    on condition of anonymity**, said"): how they spoke, not who they are."""
    doc = child.doc
    start = child.left_edge.i
    return (
        child.i > head.i
        and lex.has(child.dep_, "participle_of")
        and child.tag_ == _GERUND  # not "The aides, led by X": who they are
        and start > 0
        and doc[start - 1].text == ","
    )


def _is_floating(child: Token, head: Token, lex: CueLexicon) -> bool:
    """A floating quantifier after the speaker ("the two mayors **both**"): it belongs to
    the predicate."""
    return (
        child.i > head.i
        and lex.has(child.dep_, "noun_chain")
        and child.pos_ == "PRON"
        and "Yes" not in child.morph.get("Reflex", [])  # "Olsen herself" names her
        and child.n_lefts + child.n_rights == 0
    )


def _is_line_break(tok: Token) -> bool:
    return "\n" in tok.text or "\n" in tok.whitespace_


def _is_dateline_dash(tok: Token) -> bool:
    """A dash that ends a dateline ("RIVERTON, Ore. **-** Mayor Olsen"): a long dash, or a
    hyphen with a space on each side (never the hyphen inside "Smith-Jones")."""
    if tok.text in _DASHES:
        return True
    return (
        tok.text == "-" and bool(tok.whitespace_) and tok.i > 0 and bool(tok.nbor(-1).whitespace_)
    )


def speaker_tokens(head: Token, lex: CueLexicon, cue: int | None = None) -> tuple[int, int]:
    """The speaker noun phrase: the head's subtree, trimmed.

    Dropped: dependents labelled ``speaker_drop`` after the head (a language may keep
    relative clauses: "The poll, which surveyed 900 voters,"), any dependent holding the cue
    token ``cue`` ("Smith, who **said** ...") or, for a subject before it, after it, dates
    and times ("X on Monday", but not an age in apposition: "X, 57,"), a comma-set
    participle after the head ("officials, speaking on condition of anonymity,"), a
    floating quantifier ("the mayors **both**"), a dateline before a dash or a line break
    ("WASHINGTON (AP) — Officials said", a headline line above the name) and a focus adverb
    that opens the phrase ("**Even** Republicans").
    """
    dropped: set[int] = set()
    for child in head.children:
        sub = [t.i for t in child.subtree]
        clause = lex.has(child.dep_, "speaker_drop") and child.i > head.i
        holds_cue = cue is not None and child.left_edge.i <= cue <= child.right_edge.i
        # a phrase the parser hung on a subject from beyond its cue ("X alleges that ...,
        # **a claim that** ..." with "claim" in apposition to X) is no part of the subject
        holds_cue = holds_cue or (cue is not None and head.i < cue < child.left_edge.i)
        dated = (
            child.i > head.i  # "the minister on Monday", not "annual report"
            and not _is_age(child, lex)
            and (
                child.ent_type_ in _TIME_ENTS
                or any(
                    g.ent_type_ in _TIME_ENTS
                    for g in child.children
                    if lex.has(g.dep_, "prep_object")
                )
            )
        )
        aside = _is_aside_participle(child, head, lex) or _is_floating(child, head, lex)
        if clause or holds_cue or dated or aside:
            dropped.update(sub)
        elif lex.has(child.dep_, "case") and child.i < head.i and child.i == head.left_edge.i:
            dropped.update(sub)  # UD: "selon la police", "d'après X"
        elif lex.has(child.dep_, "possessive_marker") and child.i == head.right_edge.i:
            dropped.add(child.i)  # "the government's announcement" -> "the government"
    keep = [t.i for t in head.subtree if t.i not in dropped] or [head.i]
    doc = head.doc
    start, end = min(keep), max(keep)
    # cut at a dropped clause: "Maria Lopez, who now works ..." -> "Maria Lopez"
    for i in range(head.i, end + 1):
        if i in dropped:
            end = i - 1
            break
    for i in range(head.i - 1, start - 1, -1):  # a dropped dateline or date before the head
        if i in dropped or _is_dateline_dash(doc[i]) or doc[i].is_space:
            start = i + 1
            break
        if _is_line_break(doc[i]):  # a headline or caption line above the name
            start = i + 1
            break
    while end > max(start, head.i) and (doc[end].is_punct and doc[end].text not in ")]"):
        end -= 1
    while start < head.i and (
        (doc[start].is_punct and doc[start].text not in "([") or _is_focus(doc[start], head)
    ):
        start += 1  # "Even Republicans"
    return start, end


def _is_focus(tok: Token, head: Token) -> bool:
    """A focus adverb that opens the speaker phrase ("**Even** Republicans"), not a degree
    word of an amount ("**About** one in five", "**Nearly** half") or a prefix ("then-")."""
    if tok.pos_ != "ADV" or tok.n_lefts + tok.n_rights or tok.head.i != head.i:
        return False
    nxt = tok.nbor(1)
    return bool(tok.whitespace_) and not nxt.like_num and nxt.ent_type_ not in _AMOUNT_ENTS
