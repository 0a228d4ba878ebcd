"""Agentless passive reports with a predication or a prepositional content.

"X is widely **seen as** Y", "X was **declared** the winner", "the contests **known as**
Y" (a participle on its noun), "X is **accused of** Y", "X was **praised for** Y": a cue
verb in the passive with no "by" phrase names no source, and what it reports is about its
passive subject. :func:`passive_content` gives the content of such a claim (the subject's
noun phrase and the predicate, or the subject and the object of the content preposition);
:func:`claimx.attribution.cues._impersonal` turns it into a claim with speaker ``None``.
The passive subject is never the speaker (it undergoes the report).

With a "by" agent the agent speaks (:func:`agent_content`, :func:`participle_agent`): "X
is seen as Y by Z" reports the same content with Z as speaker, and a frame whose active
voice takes a noun-phrase object reports the passive subject ("X was praised by Z", "the
plan backed by Z"); a frame that takes no object reports nothing of it.

Which verbs qualify comes from their frame (``claimx/data/cues/README.md``): a predication
needs a frame with ``predicate_preps`` ("as": characterise, name, consider, judge, believe),
a prepositional content a frame with a ``target`` (the accused: its ``content_preps``,
"accused **of**", "criticised **for**") or with ``object_preps`` (the judged: "praised
**for**"). Pure functions on a parsed spaCy ``Doc``.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import CueLexicon, CueVerb, Frame
from .raw import _TIME_ENTS, _is_infinitive, _subtree_ids
from .speakers import _children, agent_of, stray_agent

__all__ = [
    "agent_content",
    "is_passive",
    "participle_agent",
    "passive_content",
    "passive_frame",
    "passive_holder",
]

#: Coarse tags of a noun a past participle can describe ("the contests **known as** Y").
_NOUN_POS = frozenset({"NOUN", "PROPN"})
#: Predicate labels that belong to other content sources: a complement clause ("it was
#: reported **that** ...") and an infinitive ("is expected **to** ...") are read before.
_CLAUSE_PREDICATES = frozenset({"ccomp"})
#: What a cue whose passive takes a second object as its predicate reports ("was **named**
#: the director") or the stance it gives ("was **announced** the winner").
_PREDICATE_OBJECT_KIND = "naming"
_PREDICATE_OBJECT_STANCE = "announce"
#: Fine-grained tags of a bare verb after a passive, an event shown or seen rather than a
#: predicate ("were shown **chanting** ...").
_EVENT_TAGS = frozenset({"VBG", "VB"})
#: Fine-grained tags of a past participle and of the past tense it is often mistaken for.
_PAST_TAGS = frozenset({"VBN", "VBD"})


def passive_frame(verb: CueVerb, lex: CueLexicon) -> Frame:
    """The frame of cue ``verb`` in the agentless passive: its own, or, for a raising verb
    whose own frame takes no predication, the lexicon's ``raising_frame`` ("X is
    **considered** (to be) Y" as "X is considered to be Y")."""
    raising = lex.raising_frame
    if raising is not None and not verb.frame.predicate_preps and verb.lemma in lex.raising_verbs:
        return raising
    return verb.frame


def _participle_noun(tok: Token, lex: CueLexicon) -> Token | None:
    """The noun before past participle ``tok`` that it modifies ("**the contests** known as
    Y"); a participle the tagger read as a past tense ("X, **regarded** as Y,") is one all
    the same when the parser hangs it on a noun."""
    if tok.tag_ not in _PAST_TAGS or not lex.has(tok.dep_, "participle_of"):
        return None
    noun = tok.head
    if noun.pos_ not in _NOUN_POS or noun.i > tok.i:
        return None
    # a noun heading its sentence has no verb of its own: the participle is its main verb,
    # misread ("X, for example, **named** Y as Z")
    return noun if noun.head.i != noun.i else None


def is_passive(tok: Token, lex: CueLexicon) -> bool:
    """Whether verb ``tok`` is a passive: it has a passive subject, or it is a past
    participle on a noun before it ("the contests **known** as Y")."""
    return bool(_children(tok, lex, "passive_subject")) or _participle_noun(tok, lex) is not None


def passive_holder(
    tok: Token, lex: CueLexicon, *, with_agent: bool = False
) -> tuple[Token, list[int]] | None:
    """The noun phrase that passive cue ``tok`` reports on, and its token ids: the passive
    subject (whole), the antecedent of a relative pronoun subject ("the senator, **who** was
    described as ...": the antecedent and its modifiers before it), or the noun a past
    participle modifies ("**the contests** known as ..."). ``None`` when the verb has an
    agent (unless ``with_agent``), an expletive subject or none of these."""
    if not with_agent and (_children(tok, lex, "agent") or stray_agent(tok, lex) is not None):
        return None
    passive = _children(tok, lex, "passive_subject")
    noun = _participle_noun(tok, lex)
    if passive:
        subject = passive[0]
        if subject.lower_ in lex.expletives:
            return None
        if subject.lower_ not in lex.relative_pronouns or not lex.has(tok.dep_, "relative"):
            return subject, sorted(_subtree_ids(subject))
        noun = tok.head
    if noun is None:
        return None
    return noun, list(range(noun.left_edge.i, noun.i + 1))


def _names_by_object(verb: CueVerb, lex: CueLexicon) -> bool:
    """Whether an object after passive ``verb`` is its predicate: a verb of naming, of
    announcing, or a raising verb (see :func:`_predicate`)."""
    return (
        verb.kind == _PREDICATE_OBJECT_KIND
        or verb.stance == _PREDICATE_OBJECT_STANCE
        or verb.lemma in lex.raising_verbs
    )


def _predicate(tok: Token, verb: CueVerb, lex: CueLexicon) -> tuple[set[int], set[int]]:
    """The secondary predicate after passive ``tok`` ("declared **the winner**", "deemed
    **invalid**", "seen **as a moderate**"): its token ids, and those of the "as" that
    marks it (a cue word, not content)."""
    frame = passive_frame(verb, lex)
    preps = frame.predicate_preps
    if not preps:
        return set(), set()
    bare = "predication" in frame.content and not frame.predicate_preps_only
    ids: set[int] = set()
    marks: set[int] = set()
    for child in tok.rights:
        # "was declared the winner", "deemed invalid"; an object is the predicate too
        # after a verb of naming, of announcing or a raising verb ("was **named** the
        # director", "was **announced** the winner", "was **projected** the winner"), not
        # after others ("was shown the door", "rights that had been denied victims")
        predicate = lex.has(child.dep_, "predicate") and child.dep_ not in _CLAUSE_PREDICATES
        if predicate or (_names_by_object(verb, lex) and lex.has(child.dep_, "object")):
            if bare and not _is_infinitive(child, lex) and child.tag_ not in _EVENT_TAGS:
                ids |= _subtree_ids(child)
        elif lex.has(child.dep_, "prep") and child.lower_ in preps:
            inner = _subtree_ids(child) - {child.i}
            if inner:  # "seen as a moderate", "criticised as reckless" (an adjective)
                ids |= inner
                marks.add(child.i)
    for clause in _children(tok, lex, "adverbial"):  # "seen **as** more capable"
        opener = [m for m in _children(clause, lex, "complementizer") if m.lower_ in preps]
        if clause.i > tok.i and opener and opener[0].i == clause.left_edge.i:
            ids |= _subtree_ids(clause) - {opener[0].i}
            marks.add(opener[0].i)
    return ids, marks


def _prep_content(tok: Token, verb: CueVerb, lex: CueLexicon) -> tuple[set[int], set[int]]:
    """The object of a content preposition after passive ``tok`` whose subject is the
    target ("accused **of** fraud", "criticised **for** the delay", "praised **for** Y"):
    its token ids, and those of the preposition. Never a date ("praised on Monday")."""
    frame = verb.frame  # not the raising frame: "the same could not be said **for** X"
    preps = frame.content_preps if frame.target else frame.object_preps
    ids: set[int] = set()
    marks: set[int] = set()
    for prep in _children(tok, lex, "prep"):
        if prep.i < tok.i or prep.lower_ not in preps:
            continue
        objects = [
            o
            for o in _children(prep, lex, "prep_object")
            if o.ent_type_ not in _TIME_ENTS or o.pos_ == "VERB"
        ]
        if objects:
            ids |= set().union(*(_subtree_ids(o) for o in objects))
            marks.add(prep.i)
    return ids, marks


def _predicate_or_prep(tok: Token, verb: CueVerb, lex: CueLexicon) -> tuple[set[int], set[int]]:
    """The ids of the predicate of passive ``tok``, else of its content preposition's
    object, and of the words marking it (see :func:`passive_content`)."""
    ids, marks = _predicate(tok, verb, lex)
    if not ids:
        ids, marks = _prep_content(tok, verb, lex)
    return ids, marks


def passive_content(
    tok: Token, verb: CueVerb, lex: CueLexicon
) -> tuple[set[int], set[int], Token, set[int]] | None:
    """The content of an agentless passive cue ``tok`` with a predication or a
    prepositional content (see the module docstring): the token ids of the predicate (or
    of the preposition's object), those of the noun phrase the report is about, that
    noun, and the ids of the word that marks the predicate or the content ("as", "of"),
    which joins the cue when it follows it. ``None``: no such content."""
    holder = passive_holder(tok, lex)
    if holder is None:
        return None
    noun, held = holder
    ids, marks = _predicate_or_prep(tok, verb, lex)
    if not ids:
        return None
    if not marks and not _children(tok, lex, "passive_subject"):
        # a participle with a bare complement names its noun ("a group **called** X",
        # "items **labelled** Y"): an identification, not a report; "known **as** Y",
        # "seen **as** Y" and "accused **of** Y" are reports
        return None
    return ids, set(held), noun, marks


def participle_agent(tok: Token, lex: CueLexicon) -> Token | None:
    """The "by" agent of a past participle on a noun, its speaker ("the plan **backed by**
    X", "the measures, **deemed** insufficient **by** X"); ``None`` without one."""
    if _participle_noun(tok, lex) is None:
        return None
    return agent_of(tok, lex)


def agent_content(tok: Token, verb: CueVerb, lex: CueLexicon) -> tuple[set[int], Token] | None:
    """The content of passive cue ``tok`` with a "by" agent (the agent speaks): what the
    agentless passive would report ("X is **seen as** Y **by** Z": X as Y; "X was **accused
    of** Y by Z"), or, for a frame whose active voice takes a noun-phrase object, the passive
    subject alone ("X was **praised** by Z": what Z praised; "the plan **backed** by Z").
    Frames that take no object report nothing of the subject ("he was named by Z").
    The token ids and the content's head; ``None``: no such content."""
    stray = stray_agent(tok, lex)  # None when ``tok`` has an agent of its own
    if stray is None and not _children(tok, lex, "agent"):
        return None
    holder = passive_holder(tok, lex, with_agent=True)
    if holder is None:
        return None
    noun, held = holder
    ids, _marks = _predicate_or_prep(tok, verb, lex)
    if stray is not None:  # "was called a gamble **by X**": the agent is no content
        ids -= _subtree_ids(stray[0])
    if ids:
        return ids | set(held), noun
    if "object" in verb.frame.content:
        return set(held), noun
    return None
