"""Reports that name no source: evidential words and questions put by nobody named.

"X **seems** to Y", "X **appeared** paralysed", "X **seems** like Y", "it **appears**
that ...", "X is **reportedly** considering Y": the writer passes on an impression or a
report without saying whose it is (the lexicon's ``evidential_verbs``,
``evidential_preps`` and ``evidential_adverbs``); the
content is the subject with its complement ("X ... to Y"), or the clause the adverb
modifies. An agentless passive question ("she **was asked** if ...", "**when asked about**
X, ...") is an unnamed interviewer's (:func:`asked_claim`); the content is the indirect
question or the "about" object. Each is a claim with speaker ``None`` and the evidential
or question word as its cue. Pure functions on a parsed ``Doc``, called by
:mod:`claimx.attribution.cues`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import POS
from spacy.symbols import ADV, AUX, VERB
from spacy.tokens import Doc, Token

from ..text.tokens import tokens_with
from .attitudes import holds_attitudes
from .lexicon import CueLexicon
from .raw import (
    RawClaim,
    _is_infinitive,
    _subtree_ids,
    sourceless_claim,
    token_runs,
    trim_trailing_asides,
)
from .speakers import _children

__all__ = ["asked_claim", "evidential_claims", "indirect_question", "may_seem"]

#: Words opening an indirect question ("asked **if** ...", "asked **whether** ...").
_QUESTION_MARKS = frozenset({"if", "whether"})
#: Fine-grained tags of a wh-word opening an indirect question ("asked **what** ...").
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})

_VERB_POS = frozenset({VERB, AUX})
#: Fine-grained tag of a past-tense verb.
_PAST = "VBD"


def _stance(tok: Token, lex: CueLexicon) -> tuple[str, bool]:
    negated = any(
        not lex.negation_words or c.lower_ in lex.negation_words
        for c in _children(tok, lex, "negation")
    )
    return ("doubt" if negated else "assert"), negated


def _claim(
    tok: Token, lex: CueLexicon, ids: set[int], head: Token, cue_start: int
) -> RawClaim | None:
    doc = tok.doc
    content = token_runs(doc, trim_trailing_asides(doc, ids, lex), lex, head)
    if not content:
        return None
    stance, negated = _stance(tok, lex)
    lemma = tok.lemma_.lower() if tok.pos in _VERB_POS else tok.lower_
    return sourceless_claim((cue_start, tok.i), lemma, tok.i, content, head.i, stance, negated)


def may_seem(subject: Token, lex: CueLexicon) -> bool:
    """Whether an evidential verb's ``subject`` can be the topic of an impression passed on:
    anything that holds attitudes (:func:`~claimx.attribution.attitudes.holds_attitudes`),
    and any other subject but a common noun whose most frequent sense is a physical thing
    (``lex.thing_nouns``): "the race seemed to tighten", "the plan appears to be stalled",
    "the two appeared to agree" are the writer's report of an impression, "the new ferry
    appears to run on diesel" a description of what is seen."""
    if holds_attitudes(subject, lex):
        return True
    return not (subject.pos_ == "NOUN" and subject.lemma_.lower() in lex.thing_nouns)


def _verb_claim(tok: Token, lex: CueLexicon) -> RawClaim | None:
    """ "X seems to Y" (an infinitive), "X appeared calm" (a predicate), "X seems like Y"
    (an ``evidential_preps`` phrase), "it appears that Y" (a clause after an expletive
    subject). Without a complement ("appeared on television") the verb reports nothing."""
    subjects = _children(tok, lex, "subject")
    expletive = bool(subjects) and subjects[0].lower_ in lex.expletives
    if not expletive and (not subjects or not may_seem(subjects[0], lex)):
        return None  # "the ferry appears to run X": a thing, described by the writer
    complements = [
        c
        for c in tok.children
        if c.i > tok.i
        and (
            (lex.has(c.dep_, "open_clause") and (_is_infinitive(c, lex) or c.pos_ != "VERB"))
            or (lex.has(c.dep_, "clause") and expletive)
            or (lex.has(c.dep_, "predicate") and c.pos_ in ("ADJ", "NOUN", "PROPN"))
            or (lex.has(c.dep_, "prep") and c.lower_ in lex.evidential_preps)
        )
    ]
    if not complements:
        return None
    ids = set().union(*(_subtree_ids(c) for c in complements))
    if subjects and not expletive and subjects[0].lower_ not in lex.relative_pronouns:
        ids |= _subtree_ids(subjects[0])
    helpers = [
        c.i for c in tok.lefts if lex.has(c.dep_, "auxiliary") or lex.has(c.dep_, "negation")
    ]
    start = tok.i
    while start - 1 in helpers:
        start -= 1
    return _claim(tok, lex, ids, complements[0], start)


def _adverb_claim(tok: Token, lex: CueLexicon) -> RawClaim | None:
    """ "X is reportedly considering Y": the clause of the verb the adverb modifies, less the
    adverb."""
    head = tok.head
    if head.i == tok.i or head.pos not in _VERB_POS:
        return None
    ids = _subtree_ids(head) - {tok.i}
    # a subordinate clause of the verb is no part of it ("..., after X said ...")
    for child in head.children:
        if lex.has(child.dep_, "adverbial") and child.i > tok.i:
            ids -= _subtree_ids(child)
    return _claim(tok, lex, ids, head, tok.i)


def evidential_claims(
    doc: Doc, lex: CueLexicon, allowed: Callable[[int], bool], others: list[RawClaim]
) -> list[RawClaim]:
    """Claims with no speaker from evidential verbs and adverbs outside quotations and
    outside the content of the ``others`` (in "X said Y was reportedly Z" the report is
    X's), and the verbs that open a cue verb's claim ("X **seemed to** mock Y" is X's claim,
    the verb part of its cue)."""
    if not lex.evidential_verbs and not lex.evidential_adverbs:
        return []
    out: list[RawClaim] = []
    for tok in tokens_with(doc, POS, (*_VERB_POS, ADV)):
        claim = None
        if tok.pos in _VERB_POS and tok.lemma_.lower() in lex.evidential_verbs:
            claim = _verb_claim(tok, lex)
        elif tok.pos == ADV and tok.lower_ in lex.evidential_adverbs:
            claim = _adverb_claim(tok, lex)
        if claim is None or not allowed(tok.idx):
            continue
        if any(s <= tok.idx < e for other in others for s, e in other.content):
            continue
        if tok.pos in _VERB_POS and any(
            other.cue[0] <= tok.i <= other.cue[1] and doc[other.cue_head].head.i == tok.i
            for other in others
            if other.kind == "verb"
        ):
            continue  # "X seemed to mock Y": part of the cue of X's claim
        out.append(claim)
    return out


def indirect_question(tok: Token, lex: CueLexicon) -> Token | None:
    """The clause after a question verb opened by "if", "whether" or a wh-word ("asked
    **whether** ...", "asked **what** ..."), which the parser may hang on it as an adverbial
    clause."""
    for child in tok.rights:
        if not (lex.has(child.dep_, "clause") or lex.has(child.dep_, "adverbial")):
            continue
        opener = child.left_edge
        if opener.lower_ in _QUESTION_MARKS or opener.tag_ in _WH_TAGS:
            return child
    return None


def _agentless_passive(tok: Token, lex: CueLexicon) -> bool:
    """A past participle with no subject and no "by" agent, passive ("was asked") or
    reduced ("when asked about X", "Asked if ..."), also one the tagger read as a past tense
    heading an adverbial clause with no subject ("**Asked** what ..., X replied")."""
    if _children(tok, lex, "subject") or _children(tok, lex, "agent"):
        return False
    auxes = _children(tok, lex, "auxiliary")
    if tok.tag_ == _PAST and not auxes and lex.has(tok.dep_, "adverbial"):
        return True  # "**Asked** what ..., X replied": a participle the tagger read as past
    if tok.tag_ != "VBN":
        return False
    return not auxes or any(a.dep_ == "auxpass" for a in auxes)


def asked_claim(tok: Token, content_preps: frozenset[str], lex: CueLexicon) -> RawClaim | None:
    """The question an unnamed interviewer put: "the actress **was asked** if she ...",
    "**Asked** whether he would run, X said ...", "when **asked about** X" (its
    ``content_preps``). The one asked is no speaker of it; the claim has none. A trailing
    aside leaves the content (:func:`~claimx.attribution.raw.trim_trailing_asides`; "asked
    about X, **who** ...", a noun phrase)."""
    if not _agentless_passive(tok, lex):
        return None
    doc = tok.doc
    head = indirect_question(tok, lex)
    end = tok.i
    if head is None:
        preps = [c for c in tok.rights if c.lower_ in content_preps and lex.has(c.dep_, "prep")]
        objects = [o for p in preps[:1] for o in _children(p, lex, "prep_object")]
        if not objects:
            return None
        head, end = objects[0], preps[0].i
    # "asked about X, **who** ...": the writer's note on X, not the question
    ids = trim_trailing_asides(doc, _subtree_ids(head), lex, end != tok.i)
    content = token_runs(doc, ids, lex, head)
    if not content:
        return None
    helpers = {c.i for c in tok.lefts if lex.has(c.dep_, "auxiliary")}
    start = tok.i
    while start - 1 in helpers:
        start -= 1
    return sourceless_claim((start, end), tok.lemma_.lower(), tok.i, content, head.i)
