"""Dependency-based attribution cues: reporting verbs and their argument frames.

:func:`find_cue_claims` runs these and the phrase finders of
:mod:`claimx.attribution.phrases`. Pure functions on a parsed spaCy ``Doc``. Each finder
returns :class:`RawClaim` objects in
token terms (content already as char spans); :mod:`claimx.attribution.find` adds the
quotation-based claims and turns everything into plain dicts. Which verbs are cues, where
their speaker/content/target sit and which stance they carry all come from
:class:`~claimx.attribution.lexicon.CueLexicon`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import POS
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Token

from .._extensions import doc_text as _doc_text
from ..text.tokens import tokens_with
from .attitudes import AMOUNT_ENTS, holds_attitudes
from .coordination import drop_coordinated_reports
from .evidential import asked_claim, evidential_claims, indirect_question
from .extent import governing_start, helper_start
from .lexicon import CueLexicon, CueVerb, Frame
from .passive import agent_content, is_passive, participle_agent, passive_content, passive_holder
from .phrases import (
    adjective_claims,
    noun_claims,
    partisan_claims,
    prep_claims,
    statement_claims,
)
from .raw import (
    _TIME_ENTS,
    RawClaim,
    _is_infinitive,
    _span_range,
    _subtree_ids,
    sourceless_claim,
    token_runs,
    trim_trailing_asides,
)
from .speakers import (
    _GERUND,
    _PAST_TAGS,
    _children,
    _clitic_subject,
    _inverted_subject,
    _is_active_participle,
    _participle_subject,
    _prep_objects,
    _subject,
    prep_phrase,
    quoted_inversion,
    speaker_tokens,
    split_inversion,
    statement_verb,
)

#: Parts of speech after an answer word that make it part of a longer phrase ("said **no**
#: new taxes", "said **so** many times").
_ANSWER_STOPS = frozenset({"NOUN", "PROPN", "ADJ", "ADV", "NUM", "DET", "PRON", "VERB", "AUX"})

#: Fine-grained tags of a relative adverb ("the day **when** ...", "a town **where** ...").
_WH_ADVERB_TAGS = frozenset({"WRB"})
#: Content sources that give a noun phrase, whose trailing comma-set modifiers are asides.
_NOUN_PHRASE_SOURCES = frozenset({"object", "preps", "kind_preps"})
#: Fine-grained tag of a personal pronoun ("him", "them"; also "it", which is left out).
_PERSONAL_PRONOUN = "PRP"
#: Characters of a quotation mark token ("“", "''", "``"): a quotation after a
#: parenthetical cue bounds what is said (:func:`_fronted`).
_MARK_CHARS = frozenset("\"'`“”„‟«»‘’‚‛‹›")
#: coarse tags of a cue verb, as spaCy's integer symbols
_VERB_POS = frozenset({VERB, AUX})
#: Share of a claim's content characters another claim whose cue holds its cue word must
#: hold for the first to be a duplicate (:func:`_drop_shared_cues`).
SUBSUMED_SHARE = 0.9


__all__ = [
    "RawClaim",
    "cue_verbs",
    "find_cue_claims",
    "find_verb_claims",
    "speaker_tokens",
    "token_runs",
]


def _names_person(tok: Token, lex: CueLexicon) -> bool:
    """A personal pronoun other than an expletive ("congratulated **him**", "thanked
    **them**"): it names whom the cue is about. "it", "this", "something" stand for a
    statement or thing and are no content on their own."""
    return tok.tag_ == _PERSONAL_PRONOUN and tok.lower_ not in lex.expletives


def _drop_final_preps(doc: Doc, ids: set[int], preps: frozenset[str], lex: CueLexicon) -> set[int]:
    """Remove a trailing "as ..." characterisation from an object content ("dismissed
    claims that X **as absurd**", the parser hanging the phrase inside the object). A
    clause content keeps its own final "as" phrase ("shows how X struggles to function
    **as a democracy**")."""
    if not preps or not ids:
        return ids
    last = (
        max(i for i in ids if not doc[i].is_punct) if any(not doc[i].is_punct for i in ids) else -1
    )
    for i in sorted(ids):
        tok = doc[i]
        if tok.lower_ in preps and lex.has(tok.dep_, "prep"):
            sub = _subtree_ids(tok)
            if max(sub) >= last:
                return ids - sub
    return ids


def _predication(
    tok: Token, lex: CueLexicon, preps: frozenset[str], preps_only: bool = False
) -> tuple[set[int], Token | None]:
    """ "called **Y Z**", "described **Y as Z**": the object and its secondary predicate.

    The predicate is a complement of the verb after the object (a second object, ``oprd``,
    ``xcomp``...), an "as" phrase on the verb or the object, or an adjective the parser hung
    after the object noun ("called the accusations “absurd”"). Without one, nothing.
    """
    objects = _children(tok, lex, "object")
    if not objects:
        return _small_clause(tok, lex) if not preps_only else (set(), None)
    obj = objects[0]
    parts = [
        c
        for c in tok.children
        if c.i > obj.i
        and not preps_only
        and (lex.has(c.dep_, "predicate") or (lex.has(c.dep_, "object") and c.i != obj.i))
    ]
    marks: set[int] = set()
    for holder in (tok, obj):
        for prep, pobj in _prep_objects(holder, lex, preps):
            if prep.i > obj.i:
                parts.append(pobj)
                marks.add(prep.i)
        for prep in _children(holder, lex, "prep"):
            # "saw Y **as detrimental**": an adjective hung on "as" with no object
            if prep.i > obj.i and prep.lower_ in preps and not _children(prep, lex, "prep_object"):
                parts += [c for c in prep.children if c.pos_ == "ADJ"]
                marks.add(prep.i)
    # "view Y **as** more prepared": "as" parsed as the marker of an adverbial clause
    for clause in _children(tok, lex, "adverbial"):
        opener = [m for m in _children(clause, lex, "complementizer") if m.lower_ in preps]
        if clause.i > obj.i and opener and opener[0].i == clause.left_edge.i:
            parts.append(clause)
            marks.add(opener[0].i)
    if preps_only:
        parts = [p for p in parts if p.head.i in marks or _opened_by(p, marks, lex)]
    else:
        parts += [c for c in obj.children if c.i > obj.i and lex.has(c.dep_, "post_modifier")]
        # an apposition with no comma before it: "called her son **her hero**"
        parts += [c for c in obj.children if c.i > obj.i and _bare_apposition(c, lex)]
    # a quoted apposition with no comma before it: "is labelling Y “a reckless abuse”"
    parts += [
        c
        for c in obj.children
        if c.i > obj.i
        and lex.has(c.dep_, "quoted_predicate")
        and c.left_edge.i > 0
        and c.doc[c.left_edge.i - 1].is_quote
        and c.doc[c.left_edge.i - 2].text != ","
    ]
    if not parts:
        return set(), None
    ids = _subtree_ids(obj) | set().union(*(_subtree_ids(p) for p in parts))
    return ids - marks, obj


def _opened_by(clause: Token, marks: set[int], lex: CueLexicon) -> bool:
    """Whether ``clause`` is opened by one of the predicate markers in ``marks``."""
    return any(m.i in marks for m in _children(clause, lex, "complementizer"))


def _bare_apposition(tok: Token, lex: CueLexicon) -> bool:
    """An apposition right after its noun, with no comma, dash or bracket between: the
    parser's reading of a second object ("called her son **her hero**")."""
    if not lex.has(tok.dep_, "quoted_predicate") or tok.left_edge.i < 1:
        return False
    before = tok.doc[tok.left_edge.i - 1]
    return not before.is_punct and not before.is_quote


def _small_clause(tok: Token, lex: CueLexicon) -> tuple[set[int], Token | None]:
    """ "called the protesters “vandals”" parsed with no object: the predicate after the
    cue holds its own subject ("protesters" as a modifier or subject of "vandals"), and the
    whole predicate is the content."""
    for child in tok.rights:
        if not lex.has(child.dep_, "predicate") or child.pos_ not in ("NOUN", "PROPN", "ADJ"):
            continue
        inner = [
            c
            for c in child.lefts
            if lex.has(c.dep_, "small_clause_subject") and c.pos_ in ("NOUN", "PROPN", "PRON")
        ]
        if inner and inner[0].i > tok.i:
            return _subtree_ids(child), inner[0]
    return set(), None


def _dominates(tok: Token, other: Token) -> bool:
    """Whether ``other`` is in the subtree of ``tok`` (``tok`` itself or a descendant): a
    walk up from ``other`` instead of building the subtree (bounded by the Doc length)."""
    cur = other
    for _ in range(len(tok.doc)):
        if cur.i == tok.i:
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _content_ids(
    tok: Token, verb: CueVerb, lex: CueLexicon, subject: Token
) -> tuple[set[int], Token | None, str]:
    """Token ids of the content of cue verb ``tok``, the content's head token and the
    frame source that gave them (``perceived``: a verb of perception whose complement is an
    event seen or heard, which makes no claim)."""
    frame = verb.frame
    excluded = _subtree_ids(subject) if _dominates(tok, subject) else set()
    excluded.add(tok.i)
    sources = frame.content
    # "voters **want** a change": the object is what is wanted
    wanted = "object" not in sources and verb.lemma in lex.desire_objects
    wanted = wanted and holds_attitudes(subject, lex, person_nouns=False)
    # "said the same of X", "tweeted a chart": what a verb of pure saying says
    said = "object" not in sources and verb.lemma in lex.message_objects
    if wanted or said or (frame.particle_object and _children(tok, lex, "particle")):
        sources = (*sources, "object")  # "talked **up** Y": the phrasal verb takes Y
    if subject.i > tok.i and "adjoined" in sources:
        # an inverted cue ("..., a annoncé X, le président") reports what comes before
        # it; a noun phrase after its subject is an apposition the parser hung on it
        sources = ("adjoined", *(s for s in sources if s != "adjoined"))
    elif "adjoined" in sources and _own_complement(tok, lex, frame, sources):
        # a cue with its own object or infinitive after it reports that, not the clause it
        # hangs on: "..., **recalling** the day ...", "as X **echoed** the same themes"
        sources = (*(s for s in sources if s != "adjoined"), "adjoined")
    # "wrote **about** Y", "voted **against** Y": the prepositions of the cue's kind, last
    extra = _extra_preps(verb, lex)
    if (
        extra
        and any(lex.has(c.dep_, "prep") and prep_phrase(c, lex)[0] in extra for c in tok.rights)
        and holds_attitudes(subject, lex)
        and not _quoted_sentence(tok, frame, subject)
    ):
        sources = (*sources, "kind_preps")
    for source in sources:
        roots: list[Token] = []
        links: set[int] = set()
        if source == "clause":
            roots = (
                _children(tok, lex, "clause")
                or _misattached_clause(tok, lex)
                or _subjected_open_clause(tok, lex)
            )
            # a clause before the cue that holds its speaker is the speaker's phrase the
            # parser read as a clause ("X, a rabbi helping Y, said ..."), no content
            roots = [r for r in roots if r.i > tok.i or not _dominates(r, subject)]
            asked = indirect_question(tok, lex) if verb.kind == "question" else None
            if not roots and asked is not None:  # "asked if ..." parsed as an adverbial
                roots = [asked]
            roots += _clause_rest(tok, roots, lex)
            more, links = _coordinated_clauses(tok, roots, lex)
            roots += more
            if verb.lemma in lex.perception_verbs and any(
                _perceived_event(tok, r, lex) for r in roots
            ):
                return set(), None, "perceived"  # an event perceived: no claim at all
        elif source == "object":
            roots = [
                c
                for c in _children(tok, lex, "object")
                if (c.pos_ != "PRON" or _names_person(c, lex))
                and not (wanted and c.ent_type_ in AMOUNT_ENTS)
                and not _relative_object(tok, c, lex)
            ]
            antecedent = _object_antecedent(tok, lex) if not roots else None
            if antecedent is not None:  # "a deal she once **supported**"
                ids = _antecedent_ids(tok, antecedent, lex) - excluded
                if ids:
                    return ids, antecedent, source
        elif source in ("preps", "kind_preps"):  # "accuses Y of Z": on the verb or on Y
            if source == "preps" and frame.preps_unquoted and _quoted_sentence(tok, frame, subject):
                continue  # "“No,” X replied to the reporter": the quotation is the content
            if source == "preps" and frame.preps_negated and not _children(tok, lex, "negation"):
                continue  # "responded to the attack": an act; "did not respond to Y": none
            preps = frame.content_preps if source == "preps" else extra
            # a kind's preposition hangs on the verb ("wrote about Y"), never on its object
            # ("saw the scope of Y")
            holders = (tok,) if source == "kind_preps" else (tok, *_children(tok, lex, "object"))
            for holder in holders:
                owned = holder.i != tok.i and bool(_children(holder, lex, "possessor"))
                pairs = _prep_objects(holder, lex, preps)
                if holder.i == tok.i:
                    pairs += _particle_objects(tok, lex, preps)
                for prep, obj in pairs:
                    if obj.i < tok.i or obj.ent_type_ in _TIME_ENTS:  # not "on Monday"
                        continue
                    if owned and prep.lower_ == "of":
                        continue  # the noun's own complement: "criticised X's handling of Y"
                    # "called for Y **to publish** ...": an infinitive after the phrase
                    # joins it; "called on Y" needs one (else it is a visit)
                    opens = [
                        c
                        for c in (
                            *_children(tok, lex, "open_clause"),
                            *_children(tok, lex, "adverbial"),
                        )
                        if _is_infinitive(c, lex) and _follows_phrase(tok, obj, c, lex)
                    ]
                    if opens or prep.lower_ not in frame.infinitive_preps:
                        roots += [obj, *opens]
            roots += _prep_clauses(tok, lex, preps)
        elif source == "open_clause":
            roots = [
                c
                for c in _children(tok, lex, "open_clause")
                if (
                    not frame.open_clause_lemmas
                    or c.lemma_.lower() in frame.open_clause_lemmas
                    or (frame.open_refusal_stance is not None and _is_infinitive(c, lex))
                )
                and not (
                    frame.open_clause_bare
                    and any(lex.has(m.dep_, "complementizer") for m in c.children)
                )
            ]
        elif source == "adjoined":
            if subject.i < tok.i and _acts_on_object(tok, lex):
                continue  # "voters **fear** the candidate": no report of the clause it hangs on
            ids, head = _adjoined(tok, lex, subject, frame)
            if ids:
                return ids - excluded, head, source
        elif source == "predication":
            ids, head = _predication(tok, lex, frame.predicate_preps, frame.predicate_preps_only)
            if (
                ids
                and head is not None
                and (_relative_object(tok, head, lex) or not _children(tok, lex, "object"))
            ):
                # "a country **that** the senator called our rival": the antecedent
                antecedent = _object_antecedent(tok, lex, predicate=True)
                if antecedent is not None:
                    ids |= _antecedent_ids(tok, antecedent, lex)
            ids -= excluded
            if ids:
                return ids, head, source
        if roots:
            ids = set().union(links, *(_subtree_ids(r) for r in roots)) - excluded
            if source == "object" and frame.object_preps:  # "praised Y for Z"
                for prep, _obj in _prep_objects(tok, lex, frame.object_preps):
                    if prep.i > tok.i:
                        ids |= _subtree_ids(prep)
            if source == "object":  # "dismissed claims that X **as absurd**"
                ids = _drop_final_preps(tok.doc, ids, frame.drop_final_preps, lex)
            if ids:
                return ids, roots[0], source
    pronoun = _statement_pronoun(tok, verb, lex, sources)
    # a thing's "support" is evidence, no stance: "a report from the agency **supports this**"
    thing = subject.pos_ == "NOUN" and not holds_attitudes(subject, lex)
    if pronoun is not None and not thing:  # "residents **opposed it**"
        ids = _subtree_ids(pronoun)
        for prep, _obj in _prep_objects(tok, lex, frame.object_preps):
            if prep.i > tok.i:  # "praised that **for** Z"
                ids |= _subtree_ids(prep)
        ids -= excluded
        if ids:
            return ids, pronoun, "object"
    antecedent = _gap_antecedent(tok, verb, lex)
    if antecedent is not None:  # "something the farmers **wanted**", "the folly you **vote for**"
        ids = _antecedent_ids(tok, antecedent, lex) - excluded
        if "predication" in frame.content:  # "one he **calls** 'Bright Harbour'"
            ids |= _gap_predicate(tok, lex, frame) - excluded
        if ids:
            return ids, antecedent, "object"
    answer = _answer(tok, verb, lex)
    if answer is not None:  # "61 percent said **no**", "Smith thinks **so**"
        return {t.i for t in answer[0]}, answer[1], "answer"
    return set(), None, ""


def _statement_pronoun(
    tok: Token, verb: CueVerb, lex: CueLexicon, sources: tuple[str, ...]
) -> Token | None:
    """The object of cue ``tok`` after it that is one of ``statement_pronouns`` ("it",
    "this", "that": a personal or demonstrative pronoun, not a relative "that"), when the
    cue's sources read objects and its kind is one of ``statement_pronoun_kinds``: the
    pronoun stands for the statement, plan or thing the article just gave ("residents
    **opposed it**", "the pilots **dispute this**"). A verb of speech takes none ("said it
    twice", "explain it to them" are vague), nor does a verb of belief or desire, whose
    frames read no object ("understood this", "they want it"), nor a pronoun with
    dependents of its own, which names people ("praised **those who resigned**"). The caller
    also asks for a subject that is no thing ("a report **supports this**")."""
    if "object" not in sources or not lex.takes_statement_pronoun(verb):
        return None
    for child in _children(tok, lex, "object"):
        # after the cue: a relative "that" before it stands for its antecedent
        if (
            child.i > tok.i
            and child.lower_ in lex.statement_pronouns
            and all(c.is_punct for c in child.children)
        ):
            return child
    return None


def _answer(tok: Token, verb: CueVerb, lex: CueLexicon) -> tuple[list[Token], Token] | None:
    """An answer or pro-form right after cue ``tok`` that stands for a whole statement
    (``answer_words``: "said **yes**", "said **no**", "thinks **so**", "said **the same**"):
    its last word hangs on the cue and no noun phrase or predicate continues it ("said
    **no** one", "said **so** many" are none); a "to" phrase after it joins it
    (``answer_preps``: "said **no to** Y"). The answer word is the content's head."""
    if verb.kind not in lex.answer_kinds:
        return None
    doc = tok.doc
    start = tok.i + 1
    while start < len(doc) and lex.has(doc[start].dep_, "particle"):
        start += 1
    for words in lex.answer_words:
        end = start + len(words)
        if end > len(doc) or tuple(t.lower_ for t in doc[start:end]) != words:
            continue
        if doc[end - 1].head.i != tok.i:
            continue
        if end < len(doc) and doc[end].pos_ in _ANSWER_STOPS:
            continue
        head = doc[end - 1]
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and lex.has(nxt.dep_, "prep") and nxt.lower_ in lex.answer_preps:
            end = nxt.right_edge.i + 1  # "said **no to the levy**": what the answer is to
        return list(doc[start:end]), head
    return None


def _antecedent_noun(head: Token, lex: CueLexicon) -> bool:
    """Whether ``head``, which a relative clause hangs on, can be what the clause's cue
    reports: a noun or name, an indefinite or demonstrative pronoun ("**something** the
    farmers wanted", "**everything** she said") or a bare numeral standing for a noun ("is
    **one** that economists applaud"); not a personal or relative pronoun, an amount or a
    time."""
    if head.pos_ in ("NOUN", "PROPN"):
        return True
    if head.pos_ == "PRON":
        return head.tag_ != _PERSONAL_PRONOUN and head.lower_ not in lex.relative_pronouns
    return head.pos_ == "NUM" and not head.ent_type_


def _object_antecedent(tok: Token, lex: CueLexicon, *, predicate: bool = False) -> Token | None:
    """The noun a relative clause whose verb is cue ``tok`` hangs on, when that noun is the
    cue's object: a relative pronoun object ("the bill, **which** she opposed") or none at
    all ("a deal she once supported"); ``None`` otherwise (the cue has an object of its own,
    a clause or an infinitive, or is no relative clause)."""
    if not lex.has(tok.dep_, "relative") or not _antecedent_noun(tok.head, lex):
        return None
    if any(lex.has(c.dep_, "clause") or lex.has(c.dep_, "open_clause") for c in tok.children):
        return None
    objects = _children(tok, lex, "object")
    if predicate:  # an object after the cue is its predicate: "that X called our rival"
        objects = [o for o in objects if o.i < tok.i]
    if objects and not all(o.lower_ in lex.relative_pronouns and o.i < tok.i for o in objects):
        return None  # "by the time he said **that**": an object of its own
    if tok.head.ent_type_ in _TIME_ENTS:
        return None  # "the same day X railed against Y": a time, no object
    if _relative_subject(tok, lex):
        return None  # "the voters **who** support X": the antecedent speaks
    if any(c.tag_ in _WH_ADVERB_TAGS for c in tok.children if c.i < tok.i):
        return None  # "a year **when** voters cried out for Y": a time or place
    return tok.head


def _relative_subject(tok: Token, lex: CueLexicon) -> bool:
    """Whether the subject of relative-clause verb ``tok`` is its relative pronoun: the
    nearest of its subjects, as the speaker is (two subjects are a parse error: in "X, **who**
    many in the party had backed" the pronoun is the object)."""
    subjects = _children(tok, lex, "subject")
    if not subjects:
        return False
    nearest = min(subjects, key=lambda t: abs(t.i - tok.i))
    return nearest.lower_ in lex.relative_pronouns


def _antecedent_ids(tok: Token, antecedent: Token, lex: CueLexicon) -> set[int]:
    """The antecedent of relative clause ``tok`` as content: its noun phrase up to where the
    clause starts, modifiers after the noun included ("**the sort of change** the party
    warned about"), and the relative pronoun that stands for it inside the clause ("the plan,
    **which** the mayor opposed"; PolNeAR marks this pronoun as the content more often than
    the antecedent)."""
    ids = set(range(antecedent.left_edge.i, tok.left_edge.i))
    return ids | {
        c.i
        for c in tok.children
        if c.i < tok.i
        and c.lower_ in lex.relative_pronouns
        and not lex.has(c.dep_, "passive_subject")
        and not (lex.has(c.dep_, "subject") and _relative_subject(tok, lex))
    }


def _gap_antecedent(tok: Token, verb: CueVerb, lex: CueLexicon) -> Token | None:
    """The antecedent of relative-clause cue ``tok`` when no content source of its frame
    found anything and the clause's gap is the cue's object, whatever its frame: a
    stranded preposition of the frame's content or of the cue's kind ("the sort of change
    the party **warned about**", "the folly you **vote for**"), or no object at all
    ("something the farmers **wanted**", "the campaign she **envisioned**")."""
    antecedent = _object_antecedent(tok, lex)
    if antecedent is None or is_passive(tok, lex):
        return None  # "the data that **is maintained** by Y": the gap is the subject
    preps = verb.frame.content_preps | _extra_preps(verb, lex)
    stranded = [
        c
        for c in _children(tok, lex, "prep")
        if c.i > tok.i and not _children(c, lex, "prep_object")
    ]
    if any(c.lower_ in preps for c in stranded):
        return antecedent
    if "predication" in verb.frame.content and _gap_predicate(tok, lex, verb.frame):
        return antecedent  # "one he **calls** 'Bright Harbour'"
    if stranded:
        return None
    if verb.kind not in lex.relative_gap_kinds or verb.frame.content[:1] != ("clause",):
        return None  # "the way she **responded**", "the state she **represented**"
    return antecedent


def _gap_predicate(tok: Token, lex: CueLexicon, frame: Frame) -> set[int]:
    """The secondary predicate of relative-clause cue ``tok`` whose object is the gap: a
    predicate after it ("one he **calls** *'Bright Harbour'*") or a phrase of the frame's
    ``predicate_preps`` ("an office that they **view** *as ineffective*"); no clause or
    infinitive."""
    ids: set[int] = set()
    for child in tok.rights:
        if lex.has(child.dep_, "clause") or lex.has(child.dep_, "open_clause"):
            continue
        if lex.has(child.dep_, "predicate") or (
            lex.has(child.dep_, "prep") and child.lower_ in frame.predicate_preps
        ):
            ids |= _subtree_ids(child)
    return ids


def _relative_object(tok: Token, obj: Token, lex: CueLexicon) -> bool:
    """Whether object ``obj`` of relative-clause cue ``tok`` is its relative pronoun,
    whatever tag the parser gave it ("a plan **that** economists applaud", "that" often
    tagged a subordinator): it stands for the antecedent, no content of its own."""
    return lex.has(tok.dep_, "relative") and obj.i < tok.i and obj.lower_ in lex.relative_pronouns


def _quoted_sentence(tok: Token, frame: Frame, subject: Token) -> bool:
    """Whether cue ``tok`` takes an adjacent quotation (``quote`` in its frame) and one is
    beside its phrase: right before it ("“...?” X **said of** Y") or after a colon that
    follows it ("X **wrote about** Y: “...”"). The quotation is what was said, the topic
    is not."""
    if "quote" not in frame.content:
        return False
    doc = tok.doc
    k = min(tok.i, subject.left_edge.i) - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k >= 0 and doc[k].is_quote:
        return True
    end = tok.sent.end
    return any(
        doc[i].text == ":" and i + 1 < len(doc) and doc[i + 1].is_quote
        for i in range(tok.i + 1, min(end + 1, len(doc)))
    )


def _perceived_event(cue: Token, root: Token, lex: CueLexicon) -> bool:
    """A verbal small clause after verb of perception ``cue``: a bare infinitive with its
    own subject and no complementizer ("saw **the mayor leave**", "watched **the tower
    fall**"), or a present participle with its own subject after a past-tense cue ("saw
    **the mayor talking** about Y", "saw **a tanker drifting** toward Y"). What one sees
    happen is no statement; "saw **that** the mayor had left" is a finite clause and stays,
    and so does a participle after a present-tense cue, which may be a forecast ("polls see
    **her winning**"), and a past participle or adjective, a judgement ("sees **other
    candidates best positioned**")."""
    if root.pos_ not in ("VERB", "AUX"):
        return False
    seen = cue.tag_ in _PAST_TAGS and root.tag_ == _GERUND
    if not seen and "Inf" not in root.morph.get("VerbForm", []):
        return False
    if any(
        lex.has(c.dep_, "complementizer")
        or (
            lex.has(c.dep_, "auxiliary")
            and ("Fin" in c.morph.get("VerbForm", []) or c.lower_ in lex.infinitive_markers)
        )
        for c in root.children
    ):
        return False
    return any(
        (lex.has(c.dep_, "subject") or lex.has(c.dep_, "passive_subject")) and c.i < root.i
        for c in root.children
    )


def _own_complement(tok: Token, lex: CueLexicon, frame: Frame, sources: tuple[str, ...]) -> bool:
    """Whether cue ``tok`` has, after it, a complement one of its content ``sources`` reads:
    a noun object (not a pronoun standing for a statement: "as X confirmed **it**"), an
    infinitive, or the object of a content preposition."""
    objects = "object" in sources or "predication" in sources
    for child in tok.rights:
        if lex.has(child.dep_, "object"):
            found = objects and (child.pos_ != "PRON" or _names_person(child, lex))
        elif lex.has(child.dep_, "open_clause"):
            found = "open_clause" in sources and _is_infinitive(child, lex)
        else:
            found = (
                "preps" in sources
                and lex.has(child.dep_, "prep")
                and prep_phrase(child, lex)[0] in frame.content_preps
            )
        if found:
            return True
    return False


def _acts_on_object(tok: Token, lex: CueLexicon) -> bool:
    """Whether cue ``tok`` has a noun-phrase object after it that is no person ("**opposed**
    the measure", not "**told** reporters"): what it does to that object is its predicate,
    and the clause it hangs on is none of its content. (The caller asks only for a subject
    before the cue: after an inverted one, "..., a annoncé X, le président", the parser's
    object is an apposition of the speaker.)"""
    return any(
        lex.has(c.dep_, "object")
        and c.i > tok.i
        and c.pos_ != "PRON"
        and not holds_attitudes(c, lex, person_nouns=False)
        for c in tok.children
    )


def _particle_objects(
    tok: Token, lex: CueLexicon, preps: frozenset[str]
) -> list[tuple[Token, Token]]:
    """(preposition, object) pairs of a content preposition the parser tagged a particle
    of cue ``tok`` with its object hung under it ("called **on** people to remember ...",
    "on" a particle with "people" as its object)."""
    return [
        (prt, obj)
        for prt in _children(tok, lex, "particle")
        if prt.lower_ in preps and prt.i > tok.i
        for obj in _children(prt, lex, "prep_object")
    ]


def _follows_phrase(tok: Token, obj: Token, clause: Token, lex: CueLexicon) -> bool:
    """Whether ``clause`` comes right after the phrase of ``obj``, but for punctuation and
    dependents of cue ``tok`` that are no argument of it: a time, an adverb, an aside
    ("called on the government **Wednesday** to block Y", "calls on all nations **- rich
    and poor -** to limit Y", "calling on Y **"**to redouble ...")."""
    doc = tok.doc
    if clause.left_edge.i <= obj.right_edge.i:
        return False
    arguments = ("subject", "object", "clause", "open_clause", "dative")
    for gap in doc[obj.right_edge.i + 1 : clause.left_edge.i]:
        if gap.is_punct:
            continue
        top = gap
        while top.head.i != tok.i and top.head.i != top.i:
            top = top.head
        if top.head.i != tok.i or top.i < obj.i or any(lex.has(top.dep_, r) for r in arguments):
            return False
    return True


def _prep_clauses(tok: Token, lex: CueLexicon, preps: frozenset[str]) -> list[Token]:
    """A clause the parser hung on the cue as an adverbial clause opened by a content
    preposition: "called **for** all mayors to publish ..." ("for" parsed as its marker)."""
    return [
        c
        for c in _children(tok, lex, "adverbial")
        if c.i > tok.i
        and any(
            m.lower_ in preps and m.i == c.left_edge.i for m in _children(c, lex, "complementizer")
        )
    ]


def _clause_rest(tok: Token, roots: list[Token], lex: CueLexicon) -> list[Token]:
    """The rest of a complement clause the parser split off: "confirmed that debris found in
    the region in January **came from a missile**" hangs "came" on the cue beside "found".

    A verb of the cue's right side that starts right where the clause ends and has no subject
    of its own continues the clause (bounded by the cue's children).
    """
    if not roots:
        return []
    end = max(r.right_edge.i for r in roots)
    out: list[Token] = []
    taken = {r.i for r in roots}
    for child in tok.rights:  # in text order
        if child.i in taken or child.left_edge.i != end + 1:
            continue
        if child.pos_ not in ("VERB", "AUX") or _children(child, lex, "subject"):
            break
        if _children(child, lex, "complementizer"):
            break  # its own subordinate clause ("..., as X noted")
        out.append(child)
        end = child.right_edge.i
    return out


def _coordinated_clauses(
    tok: Token, roots: list[Token], lex: CueLexicon
) -> tuple[list[Token], set[int]]:
    """Second complement clauses the parser coordinated with the cue itself: "said that A
    **and that B**", "thinks A, **but that B**". A conjunct of the cue opened by its own
    complementizer (not an adjunct mark: "..., and as X noted") is another clause of
    what was said, never a second act of the speaker; unless the cue has a complementizer
    of its own, which the conjunct's pairs with. Returns the clauses and the coordinators
    and punctuation that join them to the content."""
    if not roots or _children(tok, lex, "complementizer"):
        return [], set()  # "not because X wants it **but because** ...": the cue's own pair
    end = max(r.right_edge.i for r in roots)
    out: list[Token] = []
    links: set[int] = set()
    doc = tok.doc
    for conj in _children(tok, lex, "conjunct"):
        if conj.i <= end:
            continue
        marks = _children(conj, lex, "complementizer")
        if not marks or marks[0].lower_ in lex.adjunct_marks or marks[0].i != conj.left_edge.i:
            break
        between = range(end + 1, conj.left_edge.i)
        if not all(doc[i].is_punct or lex.has(doc[i].dep_, "coordinator") for i in between):
            break
        out.append(conj)
        links.update(between)
        end = conj.right_edge.i
    return out, links


def _subjected_open_clause(tok: Token, lex: CueLexicon) -> list[Token]:
    """A complement clause the parser read as an open clause after the cue: one with its
    own subject, or a gerund with a finite verb hung under it ("doctors say **banning
    sugar saves lives**": "banning" an xcomp, "saves" its object), also one whose tense
    is on its auxiliary ("said **legalizing it could put** ..."). Never an infinitive."""
    out: list[Token] = []
    for c in _children(tok, lex, "open_clause"):
        if c.i < tok.i or c.pos_ not in ("VERB", "AUX") or _is_infinitive(c, lex):
            continue
        finite = [
            g
            for g in c.rights
            if g.pos_ in ("VERB", "AUX")
            and not lex.has(g.dep_, "relative")
            and any(
                "Fin" in v.morph.get("VerbForm", [])
                for v in (g, *_children(g, lex, "auxiliary"))
                if not _is_infinitive(g, lex)
            )
        ]
        if _children(c, lex, "subject") or finite:
            out.append(c)
    return out


def _misattached_clause(tok: Token, lex: CueLexicon) -> list[Token]:
    """A "that"-clause the parser hung on a noun of the cue's phrase as a relative clause.

    "announced Monday in an internal memo that he would ..." -> the clause after "memo".
    """
    holders = [noun for _, noun in _prep_objects(tok, lex)]
    # a bare noun right after the cue: "a déclaré mercredi que ..." hung on "mercredi"
    bare = [
        c
        for c in tok.children
        if c.i == tok.i + 1 and c.pos_ == "NOUN" and not lex.has(c.dep_, "object")
    ]
    for noun in holders + bare:
        for clause in noun.children:
            if clause.i > noun.i and (lex.has(clause.dep_, "relative") or noun in bare):
                marks = [c for c in clause.children if lex.has(c.dep_, "complementizer")]
                if marks and _children(clause, lex, "subject"):
                    return [clause]
    return []


def _adjoined(
    tok: Token, lex: CueLexicon, subject: Token, frame: Frame
) -> tuple[set[int], Token | None]:
    """Content before an inverted or parenthetical cue: "..., he said" / "..., observes X";
    or of the clause an "as" adjunct hangs on ("..., as X noted", "As X noted, ...")."""
    doc = tok.doc
    helpers = [
        c.i for c in tok.lefts if lex.has(c.dep_, "auxiliary") or lex.has(c.dep_, "negation")
    ]
    marks = [
        c.i
        for c in tok.lefts
        if frame.as_adjunct and lex.has(c.dep_, "complementizer") and c.lower_ in lex.adjunct_marks
    ]
    if not marks and subject.i < tok.i and subject.head.i != tok.i:
        # a subject inherited from the clause the cue hangs on ("**X** was blunt, claiming
        # ..."): what precedes is the speaker's own clause, not a statement set off by commas
        return set(), None
    # the whole subject phrase: "..., **many analysts** say, ..."
    lead = subject.left_edge.i if subject.i < tok.i else subject.i
    first = min(tok.i, lead, *helpers, *marks)
    if not marks and (first == 0 or doc[first - 1].text not in {",", '"', "”", "»", "“", "—", "–"}):
        return set(), None
    head = tok.head
    if head.i != tok.i and lex.has(tok.dep_, "adjoined"):
        ids = _subtree_ids(head) - _subtree_ids(tok)
        if head.i < tok.i:  # "..., he said."
            close = _closing_comma(tok)
            return {i for i in ids if i < first or (close is not None and i > close)}, head
        ids |= _fronted(tok, lex, subject, first) | _governing(tok, head, lex)
        return ids, head  # parenthetical: "His plan, he stated, was ..."
    # cue is the root: its left dependents (other than the subject) are the content
    left = [
        c
        for c in tok.lefts
        if c.i != subject.i
        and not c.is_punct
        and not lex.has(c.dep_, "negation")
        and not lex.has(c.dep_, "auxiliary")
    ]
    if subject.i > tok.i and left:
        ids = set().union(*(_subtree_ids(c) for c in left))
        return ids, left[0]
    return set(), None


def _closing_comma(tok: Token) -> int | None:
    """The comma that closes parenthetical cue ``tok`` with its subject and adjuncts ("...,
    he said in March**,** ...", "..., said X, a senator**,** ..."), or None."""
    doc = tok.doc
    end = tok.i
    for child in tok.rights:
        if end + 1 < child.left_edge.i or child.text == ",":
            break  # the next word is no part of the cue phrase, or the comma is the child
        if child.is_punct:
            return None
        end = child.right_edge.i
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return None
    return end + 1


def _governing(tok: Token, head: Token, lex: CueLexicon) -> set[int]:
    """The clause that ends right before a parenthetical cue and takes as its complement
    the clause the cue hangs on ("**The truth is**, he added, there are no ..."): the whole
    is what was said."""
    gov = head.head
    if gov.i == head.i or gov.i > tok.i or not lex.has(head.dep_, "clause"):
        return set()
    if any(c.i != head.i for c in _children(gov, lex, "clause")):
        return set()  # "X said A is B that, he noted, ...": the cue is inside another clause
    own = {i for i in _subtree_ids(gov) - _subtree_ids(head) if not tok.doc[i].is_punct}
    if not own or max(own) > tok.i:
        return set()
    return own - _subtree_ids(tok)


def _fronted(tok: Token, lex: CueLexicon, subject: Token, first: int) -> set[int]:
    """What the parser hung on a parenthetical cue before the comma that opens it: part of
    the clause the cue interrupts ("**If the vote fails**, X warned, ...", "**Voters**, X
    said, ..."). Only for a cue set off by commas on both sides with nothing of its own
    after it but its subject and adjuncts, and not before a quotation (whose marks bound
    what is said: "In Z, they write, “...”")."""
    doc = tok.doc
    close = _closing_comma(tok)
    if close is None or set(doc[close + 1].text) <= _MARK_CHARS:
        return set()
    if any(t.i > close for t in tok.subtree):
        return set()  # "..., X said, **adding** ...": the cue goes on after its comma
    if any(_children(tok, lex, role) for role in ("object", "clause", "open_clause")):
        return set()
    ids: set[int] = set()
    for child in tok.lefts:
        if child.i == subject.i or child.is_punct:
            continue
        if max(t.i for t in child.subtree if not t.is_punct) < first - 1:
            ids |= _subtree_ids(child)  # (the parser may hang the opening comma inside it)
    return ids


def _fronted_clause(tok: Token, lex: CueLexicon, subject: Token, head: Token) -> set[int]:
    """A conditional clause (``condition_marks``) before a cue set off by commas whose
    clause content follows it ("**If the vote fails**, X said, the ferrymen will strike"):
    the condition is part of what is said. Other fronted phrases stay out: before such a
    cue they are mostly the speaker's own circumstances ("Holding up a book, X said, ...",
    "In a statement, X said, ...")."""
    close = _closing_comma(tok)
    if not lex.condition_marks or close is None or head.i < close or subject.i > tok.i:
        return set()
    first = subject.left_edge.i
    if first == 0 or tok.doc[first - 1].text != ",":
        return set()
    ids: set[int] = set()
    for child in tok.lefts:
        if child.right_edge.i >= first - 1 or not any(
            m.lower_ in lex.condition_marks and lex.has(m.dep_, "complementizer")
            for m in child.children
        ):
            continue
        ids |= _subtree_ids(child)
    return ids


def _stop_subject(tok: Token, head: Token | None, ids: set[int], lex: CueLexicon) -> bool:
    """Whether the content of parenthetical cue ``tok`` lies on both sides of it and
    starts with its head clause's subject, or the head itself, in stop words only ("**That**,
    they say, will ...", "**It was**, he said, one of ..."): token_runs would drop that run."""
    if head is None or not ids or min(ids) > tok.i or max(ids) < tok.i:
        return False
    if head.i < tok.i:
        return True
    for subject in _children(head, lex, "subject"):
        words = list(subject.subtree)
        if subject.right_edge.i < tok.i and all(t.i in ids and t.is_stop for t in words):
            return True
    return False


def _issuer(tok: Token, lex: CueLexicon) -> Token | None:
    """The verb that issued the statement participle ``tok`` describes ("X **issued** a
    statement Tuesday saying ..."), whether the parser hung the participle on the noun or
    on the verb."""
    if lex.has(tok.dep_, "participle_of"):
        found = statement_verb(tok.head, lex)
        if found is not None and found[1] and found[0].i < tok.i:
            return found[0]
        return None
    verb = tok.head
    if not lex.has(tok.dep_, "adverbial") or verb.i > tok.i:
        return None
    if verb.lemma_.lower() not in lex.statement_issuers:
        return None
    nouns = [o for o in _children(verb, lex, "object") if o.i < tok.i]
    if any(n.lemma_.lower() in lex.statement_nouns for n in nouns):
        return verb
    return None


def _extra_preps(verb: CueVerb, lex: CueLexicon) -> frozenset[str]:
    """The content prepositions ``verb`` takes by its kind beyond its frame's
    (``kind_preps``: "wrote **about** Y", "voted **against** Y")."""
    return lex.kind_preps.get(verb.kind, frozenset()) - verb.frame.content_preps


def _cue_span(
    tok: Token,
    verb: CueVerb,
    lex: CueLexicon,
    content: set[int] | None = None,
    preps: frozenset[str] | None = None,
) -> tuple[int, int]:
    """The verb with its auxiliaries, negation and adverbs right before it ("**has not**
    said", "**also** said"), the verbs it is the open complement of ("**went on to** say",
    :func:`~claimx.attribution.extent.governing_start`), the verb that issued the statement
    it describes ("**issued a statement** saying"), its particle ("pointed **out**") and the
    preposition that opens its content ("called **for** ...", "talked **about** ...",
    "warned **of** ..."). The addressee is no part of the cue ("**told** AFP", "**urged**
    voters to ..."): it is whom the words are for, not the words that mark attribution (the
    convention of the Penn Attribution Relation Corpus and of PolNeAR)."""
    end = tok.i
    start = governing_start(tok, helper_start(tok, tok.i, lex), lex)
    issuer = _issuer(tok, lex)
    if issuer is not None:  # "**issued a statement** saying"
        start = helper_start(issuer, issuer.i, lex)
    for child in _children(tok, lex, "particle"):
        if child.i == end + 1:
            end = child.i
    if content and end + 1 not in content and end + 1 < len(tok.doc):
        nxt = tok.doc[end + 1]
        opens = (  # "called **for** Y", or "for" parsed as the marker of "Y to Z"
            lex.has(nxt.dep_, "prep") and nxt.head.i == tok.i and nxt.n_lefts + nxt.n_rights > 0
        ) or (lex.has(nxt.dep_, "complementizer") and nxt.head.i in content)
        name, last = prep_phrase(nxt, lex)  # "voted **in favor of** Y"
        joined = nxt.head.i in content or any(t.i in content for t in last.children)
        if preps is None:
            preps = verb.frame.content_preps
        if opens and joined and name in preps:
            end = last.i
    return start, end


def _addressee_end(
    tok: Token, verb: CueVerb, lex: CueLexicon, content: set[int], speaker: int, end: int
) -> int | None:
    """The last token of the addressee right after the cue of verb ``tok`` ("told **AFP**";
    ``end``: the cue's last token, :func:`_cue_span`), which is neither content ("said
    **the same thing**") nor the speaker ("“...?” asked **the boy**"): the attribution
    phrase ends there."""
    for role in verb.frame.addressee:
        for child in _children(tok, lex, role):
            if child.i in content or child.i == speaker:
                continue
            sub = sorted(_subtree_ids(child))
            if sub[0] == end + 1:
                return sub[-1]
    return None


def _quoted_apart(a: Token, b: Token) -> bool:
    """Whether a quotation mark stands between tokens ``a`` and ``b``: a negation the parser
    hung on the cue from inside the quotation ("“Certainly **not**,” she replied") is the
    speaker's answer, not a negated cue."""
    lo, hi = sorted((a.i, b.i))
    return any(t.is_quote for t in a.doc[lo + 1 : hi])


def _stance(
    tok: Token, verb: CueVerb, lex: CueLexicon, content_text: str, head: Token | None
) -> tuple[str, bool]:
    negated = any(
        (not lex.negation_words or c.lower_ in lex.negation_words) and not _quoted_apart(c, tok)
        for c in _children(tok, lex, "negation")
    )
    stance = verb.negated if negated else verb.stance
    lowered = content_text.lower()
    if any(p in lowered for p in lex.no_comment_phrases):
        return "no_comment", negated
    if negated and head is not None and head.lemma_.lower() in lex.no_comment_verbs:
        return "no_comment", negated  # "did not want to comment"
    if verb.future and not negated and head is not None:
        auxes = [c for c in head.children if lex.has(c.dep_, "auxiliary")]
        marked = {c.lower_ for c in (head, *auxes)} & lex.future_markers  # "will", "vont"
        if marked or any(  # morphological future or conditional: "seront", "auraient"
            "Fut" in t.morph.get("Tense", []) or "Cnd" in t.morph.get("Mood", [])
            for t in (head, *auxes)
        ):
            stance = verb.future
    return stance, negated


def cue_verbs(doc: Doc, lex: CueLexicon) -> list[tuple[Token, CueVerb]]:
    """The verbs of ``doc`` that are cues, with their lexicon entries, in text order (the
    cue-verb finder's candidates; found once per Doc and shared by its passes)."""
    out: list[tuple[Token, CueVerb]] = []
    for tok in tokens_with(doc, POS, _VERB_POS):
        verb = lex.token_verb(tok)
        if verb is None and lex.passive_verbs:  # "X is known as Y": a cue in the passive
            verb = lex.passive_verbs.get(tok.lemma_.lower())
            if verb is not None and not is_passive(tok, lex):
                verb = None
        if verb is None and lex.clause_sense_verbs:
            verb = _clause_sense(tok, lex)
        if verb is not None:
            out.append((tok, verb))
    return out


def _clause_sense(tok: Token, lex: CueLexicon) -> CueVerb | None:
    """The ``clause_sense_verbs`` entry of verb ``tok`` when its frame selects the
    communication or cognition sense: a finite that-clause of its own (complementizer
    "that", a subject of its own) and a subject that names someone (a named entity, a proper noun, a
    pronoun other than an expletive or a ``clause_sense_non_holders`` word, an
    ``attitude_nouns`` noun of either number: "X **recognized** that the plan had failed";
    not "the figures **reflect** that ...")."""
    verb = lex.clause_sense_verbs.get(tok.lemma_.lower())
    if verb is None:
        return None
    subjects = _children(tok, lex, "subject")
    if not subjects or not holds_attitudes(
        subjects[0], lex, plural_nouns=False, non_holders=lex.clause_sense_non_holders
    ):
        return None
    for clause in _children(tok, lex, "clause"):
        marks = _children(clause, lex, "complementizer")
        if (
            clause.i > tok.i
            and any(m.lower_ in lex.clause_sense_marks for m in marks)
            and _children(clause, lex, "subject")
        ):
            return verb
    return None


#: Roles whose presence makes a ``bare`` cue verb an act or an aspect, not a report.
_ARGUMENT_ROLES = ("object", "open_clause", "dative", "prep", "passive_subject", "agent")


def _has_argument(tok: Token, lex: CueLexicon) -> bool:
    """Whether verb ``tok`` has an object, an infinitive, a dative or a prepositional phrase
    of its own, or is passive (the test of ``bare`` frames: "continued **to push**",
    "continued **the talks**", "continued **with** Y")."""
    return any(_children(tok, lex, role) for role in _ARGUMENT_ROLES)


def _connective(tok: Token, lex: CueLexicon) -> bool:
    """Whether the words from the start of ``tok``'s sentence (after a conjunction: "But
    that said") through ``tok`` are one of the lexicon's ``connective_phrases``
    ("**That said**, X"): a connective, whose "that" is the previous sentence."""
    start = tok.sent.start
    doc = tok.doc
    if doc[start].pos_ == "CCONJ" and start < tok.i:
        start += 1
    if tok.i - start > 3:
        return False
    return " ".join(t.lower_ for t in doc[start : tok.i + 1]) in lex.connective_phrases


def _participle_object(tok: Token, lex: CueLexicon) -> Token | None:
    """The direct object of a present participle on a statement noun (`statement_nouns`),
    whose frame reads no object: what the message urges, pushes, alleges ("a tweet
    **pushing** a claim", "a letter **urging** restraint"), as "reports **stating** that"."""
    if not (_is_active_participle(tok) and lex.has(tok.dep_, "participle_of")):
        return None
    noun = tok.head
    if noun.i > tok.i or noun.lemma_.lower() not in lex.statement_nouns:
        return None
    objects = [o for o in _children(tok, lex, "object") if o.i > tok.i]
    return objects[0] if objects else None


def _verb_claims(
    doc: Doc,
    lex: CueLexicon,
    allowed: Callable[[int], bool],
    cues: list[tuple[Token, CueVerb]] | None = None,
) -> list[RawClaim]:
    out: list[RawClaim] = []
    for tok, verb in cue_verbs(doc, lex) if cues is None else cues:
        if not allowed(tok.idx):
            continue
        if verb.kind == "question":  # "was asked if ...", "when asked about X"
            asked = asked_claim(tok, verb.frame.content_preps, lex)
            if asked is not None:
                out.append(asked)
                continue
        if verb.frame.bare and _has_argument(tok, lex):
            continue  # "continued to push for Y": aspect, not more of a statement
        if lex.connective_phrases and _connective(tok, lex):
            continue  # "That said, X": a discourse connective, no report
        subject = _clitic_subject(tok, lex) or _subject(tok, lex)
        if subject is not None and not allowed(subject.idx):
            subject = None  # a subject inside the quotation ("we") is not the speaker
        subject = subject or _inverted_subject(tok, lex) or _participle_subject(tok, lex)
        subject = subject or participle_agent(tok, lex)  # "the plan backed by X"
        inverted = None
        if subject is None and "quote" in verb.frame.content:
            # "“...,” said X" with X misparsed: the quotation before is the content, which
            # the quotation pass attaches to a claim without content
            subject = inverted = quoted_inversion(tok, lex)
        if subject is None:
            impersonal = _impersonal(tok, verb, lex)
            if impersonal is not None:
                out.append(impersonal)
            continue
        head: Token | None
        ids, head, used = (
            _content_ids(tok, verb, lex, subject) if inverted is None else (set(), None, "")
        )
        if used == "perceived":
            continue  # "saw the mayor leave": no statement, nor a quotation's cue
        if used == "clause" and head is not None:
            ids |= _fronted_clause(tok, lex, subject, head)
        if not ids and inverted is None and holds_attitudes(subject, lex, person_nouns=False):
            by_agent = agent_content(tok, verb, lex)  # "X was praised by Y": Y praised X
            if by_agent is not None:
                ids, head = by_agent
                ids -= _subtree_ids(subject)
                used = "agent"
        if not ids and inverted is None:
            message = _participle_object(tok, lex)
            if message is not None:  # "a letter **urging** restraint"
                ids, head, used = _subtree_ids(message), message, "object"
        split = split_inversion(tok, lex) if inverted is None else None
        rest = [c for c in _children(tok, lex, "clause") if c.i > tok.i]
        if split is not None and split[1].i == subject.i and rest:
            # "The real danger, said Y, is the weather": both sides of the cue
            said = _subtree_ids(split[1])
            after = max(said) + 1  # the comma that closes the speaker's phrase
            said |= {after} if after < len(doc) and doc[after].text == "," else set()
            ids = (_subtree_ids(split[0]) | (_subtree_ids(rest[0]) - said)) - {tok.i - 1}
            head, used = rest[0], "clause"
        ids -= set(range(*_span_range(speaker_tokens(subject, lex, tok.i))))
        if subject.head.i > tok.i and subject.head.head.i == tok.i and split is None:
            ids -= _subtree_ids(subject.head)  # "said X commenting on ...": not the content
        ids = drop_coordinated_reports(doc, ids, tok, lex)
        ids = trim_trailing_asides(doc, ids, lex, used in _NOUN_PHRASE_SOURCES or used == "agent")
        content = token_runs(doc, ids, lex, head)
        if used == "adjoined" and _stop_subject(tok, head, ids, lex):
            # "**That**, they say, will be easier": a subject of stop words before a
            # parenthetical cue is the content's own (token_runs drops such runs)
            content = token_runs(doc, ids, lex, head, stop_words=True)
        if (
            not content
            and used == "clause"
            and (_elliptical_clause(head, lex, tok) or _stop_word_clause(doc, ids, head, lex, tok))
            and head is not None
            and allowed(head.idx)  # in a quotation: the quotation is the content
        ):
            content = token_runs(doc, ids, lex, head, stop_words=True)  # "said it would not"
        # the noun a relative clause hangs on is the content: "the plan, which X opposed"
        antecedent = (
            used == "object"
            and head is not None
            and head.i == tok.head.i
            and lex.has(tok.dep_, "relative")
        )
        if not content and antecedent:
            # "**something** the farmers wanted", "**everything** she said": the antecedent
            # pronoun stands for what the cue reports
            content = token_runs(doc, ids, lex, head, stop_words=True)
        answer = _answer(tok, verb, lex) if not content else None
        if answer is not None and head is not None and answer[1].i == head.i:  # "said **no**"
            first, last = answer[0][0], answer[0][-1]  # stop words, but the whole answer
            content = [(first.idx, last.idx + len(last))]
        if (
            not content
            and used == "object"
            and head is not None
            and (
                _names_person(head, lex)
                or (
                    head.lower_ in lex.statement_pronouns
                    and head.i > tok.i  # not a complementizer misread as its object
                    and lex.takes_statement_pronoun(verb)
                )
            )
            and "Yes" not in head.morph.get("Reflex", [])
        ):
            # "endorsed **her**", "criticised **them**": a stop word, but whom the cue is
            # about (token_runs drops runs of stop words alone); not "repeated **himself**"
            content = [(head.idx, head.idx + len(head))]
        text = " ".join(_doc_text(doc)[s:e] for s, e in content)
        stance, negated = _stance(tok, verb, lex, text, head)
        refusal = verb.frame.open_refusal_stance
        if (
            refusal
            and used == "open_clause"
            and head is not None
            and not negated
            and head.lemma_.lower() not in verb.frame.open_clause_lemmas
        ):
            stance = refusal  # "refused to sign": a refusal, not "no comment"
        dismissal = verb.frame.statement_object_stance
        if (
            used == "predication"
            and dismissal
            and head is not None
            and not negated
            and head.lemma_.lower() in lex.nouns  # "called the accusations absurd"
        ):
            stance = dismissal
        target = None
        for role in verb.frame.target:
            for child in _children(tok, lex, role):
                kept = [
                    t.i
                    for t in child.subtree
                    if t.i not in ids
                    and not (lex.has(t.dep_, "prep") and t.lower_ in verb.frame.content_preps)
                ]
                if not kept:  # the whole object is content: no separate target
                    continue
                end = min(kept)  # the run from the object's left edge: "Y" in "Y of Z"
                while end + 1 in kept:
                    end += 1
                target = (min(kept), end)
        sp = speaker_tokens(subject, lex, tok.i)
        if subject.i > tok.i:
            sp = _with_apposition(tok, sp, ids, lex)
        outer = subject.head
        phrase_start = None
        if outer.i != tok.i and outer.lemma_.lower() in lex.quoting_verbs:
            phrase_start = min(
                (c.left_edge.i for c in _children(outer, lex, "subject")), default=outer.i
            )
        kind_preps = _extra_preps(verb, lex) if used == "kind_preps" else None
        cue = _cue_span(tok, verb, lex, ids, kind_preps)
        out.append(
            RawClaim(
                kind="verb",
                cue=cue,
                cue_lemma=verb.lemma,
                cue_head=tok.i,
                speaker=sp,
                speaker_head=subject.i,
                content=content,
                content_head=head.i if head is not None else None,
                stance=stance,
                target=target,
                verb=verb,
                negated=negated,
                phrase_start=phrase_start,
                phrase_end=_addressee_end(tok, verb, lex, ids, subject.i, cue[1]),
                outer_only=used in ("kind_preps", "agent")
                or (used in _NOUN_PHRASE_SOURCES and verb.kind in lex.outer_object_kinds)
                or antecedent
                or verb.clause_sense,
            )
        )
    return out


def _elliptical_clause(head: Token | None, lex: CueLexicon, cue: Token) -> bool:
    """Whether a complement clause (of stop words alone: the caller's test) is a subject
    and an auxiliary or modal whose verb phrase is elided ("said **it would not**", "said
    **she could**", "says **he does not**", "confirmed **she had been**"), a statement all
    the same; not a clause with a complement of stop words ("whether **that was enough**")
    nor one the parser cut short ("expects **it's** fleet to double", "its" misspelt)."""
    if head is None or head.pos_ not in ("AUX", "VERB") or not _children(head, lex, "subject"):
        return False
    if head.i < cue.i:  # "“It has. ...,” X said": the quotation around it is the content
        return False
    after = head.right_edge.i + 1  # the clause ends there: a stop, a comma or "but"
    doc = head.doc
    if after < len(doc) and not (doc[after].is_punct or doc[after].pos_ in ("CCONJ", "SCONJ")):
        return False
    return all(
        c.is_punct
        or lex.has(c.dep_, "subject")
        or lex.has(c.dep_, "negation")
        or lex.has(c.dep_, "auxiliary")
        or lex.has(c.dep_, "complementizer")
        for c in head.children
    )


#: Fine-grained tags of wh-words ("what", "who", "which", "how", "why").
_WH_TAGS = frozenset({"WP", "WP$", "WDT", "WRB"})
#: Words (punctuation aside) of the shortest complement clause of stop words alone that is
#: a statement ("said **we will be there for them**", "said **he was not quite there yet**").
_STOP_CLAUSE_WORDS = 4


def _stop_word_clause(
    doc: Doc, ids: set[int], head: Token | None, lex: CueLexicon, cue: Token
) -> bool:
    """Whether a complement clause of stop words alone (the caller's test) is a whole clause
    all the same: a verb with a subject of its own, after the cue, of at least
    :data:`_STOP_CLAUSE_WORDS` words ("told them **that we will be there for them**"); not a
    pronoun or a fragment ("said **it**"), nor an embedded question ("questioned **why they
    should do that**", "said **whether that was enough**")."""
    if head is None or head.pos_ not in ("AUX", "VERB") or head.i < cue.i:
        return False
    opener = head.left_edge
    if opener.tag_ in _WH_TAGS or opener.lower_ in lex.question_marks:
        return False  # "asked **why he would**", "said **whether that was it**": questions
    if not _children(head, lex, "subject"):
        return False
    return sum(1 for i in ids if not doc[i].is_punct) >= _STOP_CLAUSE_WORDS


def _with_apposition(
    tok: Token, sp: tuple[int, int], content: set[int], lex: CueLexicon
) -> tuple[int, int]:
    """An inverted speaker and the noun phrase after its comma, which the parser hung on
    the cue as an object: "..., a annoncé X, le président de Y" (the content is before)."""
    doc = tok.doc
    comma = sp[1] + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return sp
    for obj in _children(tok, lex, "object"):
        if obj.left_edge.i == comma + 1 and obj.i not in content and obj.pos_ in ("NOUN", "PROPN"):
            return sp[0], speaker_tokens(obj, lex)[1]
    return sp


def _impersonal(tok: Token, verb: CueVerb, lex: CueLexicon) -> RawClaim | None:
    """An agentless passive report: "It was reported that X" (content: the clause), "X is
    expected to Y" (content: X ... to Y; only for the lexicon's ``raising_verbs``, verbs of
    saying and believing that raise their subject). A claim with no speaker, not silence."""
    passive = _children(tok, lex, "passive_subject")
    if _children(tok, lex, "agent"):
        return None
    if not passive:  # "the contests known as Y": a participle on its noun
        return _passive_report(tok, verb, lex)
    doc = tok.doc
    clauses = _children(tok, lex, "clause")
    ids: set[int] = set()
    head: Token | None = None
    raised = False
    if clauses:
        head = clauses[0]
        ids = _subtree_ids(head)
    else:
        opens = [c for c in _children(tok, lex, "open_clause") if _is_infinitive(c, lex)]
        raising = verb.lemma in lex.raising_verbs  # "is said to", not "was found to"
        holder = passive_holder(tok, lex)  # a relative pronoun stands for its antecedent
        if opens and raising and holder is not None:
            head = opens[0]
            ids = _subtree_ids(head) | set(holder[1])
            raised = True
    if head is None or not ids:
        return _passive_report(tok, verb, lex)
    # the raised subject stays even as a pronoun: "**he** is expected to win"
    content = token_runs(doc, ids, lex, head, stop_words=raised)
    if not content:
        return None
    text = " ".join(_doc_text(doc)[s:e] for s, e in content)
    stance, negated = _stance(tok, verb, lex, text, head)
    aux = [c.i for c in tok.lefts if lex.has(c.dep_, "auxiliary") or lex.has(c.dep_, "negation")]
    return sourceless_claim(
        (min([tok.i, *aux]), tok.i), verb.lemma, tok.i, content, head.i, stance, negated, verb
    )


def _passive_report(tok: Token, verb: CueVerb, lex: CueLexicon) -> RawClaim | None:
    """An agentless passive with a predication or a prepositional content ("X is widely
    seen as Y", "X was accused of Y", "the contests known as Y";
    :func:`claimx.attribution.passive.passive_content`): speaker ``None``, the content
    the subject's noun phrase and the predicate, the cue the verb with its auxiliaries and
    adverbs and the "as" or preposition right after it."""
    found = passive_content(tok, verb, lex)
    if found is None:
        return None
    predicate, held, head, marks = found
    doc = tok.doc
    if not token_runs(doc, predicate, lex, head):
        return None  # "was described as such": nothing but stop words
    ids = (predicate | held) - {tok.i}
    content = token_runs(doc, ids, lex, head, stop_words=True)  # "**she** is seen as Y"
    text = " ".join(_doc_text(doc)[s:e] for s, e in content)
    stance, negated = _stance(tok, verb, lex, text, head)
    start, end = _cue_span(tok, verb, lex, ids)
    if end + 1 in marks:
        end += 1  # "is seen **as**", "was accused **of**"
    return sourceless_claim((start, end), verb.lemma, tok.i, content, head.i, stance, negated, verb)


def find_verb_claims(
    doc: Doc,
    lex: CueLexicon,
    allowed: Callable[[int], bool],
    cues: list[tuple[Token, CueVerb]] | None = None,
) -> list[RawClaim]:
    """The cue-verb claims of :func:`find_cue_claims` alone (no prepositional, statement or
    noun cues), in text order. ``cues``: :func:`cue_verbs` of ``doc`` when the caller has
    them."""
    verbs = _verb_claims(doc, lex, allowed, cues)
    refused = {c.content_head for c in verbs if c.stance == "no_comment"}
    # "declined to comment on X": the comment verb is the refusal's content, not a claim
    return [c for c in verbs if c.cue_head not in refused]


def _light_verb(doc: Doc, claim: RawClaim, lex: CueLexicon) -> bool:
    """A cue verb whose object content is a cue noun with its own clause or infinitive
    ("**expressed** hope that ...", "voiced fears that ..."): the noun claim, which joins
    the verb to its cue, says it better than the verb's object. Only plain speech verbs:
    a denial or accusation of the noun ("dismissed claims that ...") stays the verb's."""
    if claim.content_head is None or claim.kind != "verb" or claim.verb is None:
        return False
    if claim.verb.kind != "speech" or claim.stance != "assert":  # "dismissed claims that"
        return False
    noun = doc[claim.content_head]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.nouns or noun.head.i != claim.cue_head:
        return False
    return any(
        c.i > noun.i
        and (lex.has(c.dep_, "clause") or lex.has(c.dep_, "noun_clause"))
        and (any(lex.has(m.dep_, "complementizer") for m in c.children) or _is_infinitive(c, lex))
        for c in noun.children
    )


def _outer(doc: Doc, claims: list[RawClaim]) -> list[RawClaim]:
    """``claims`` less the ``outer_only`` ones whose cue lies inside another claim's
    content: a content from a preposition of the cue's kind, or a noun phrase of a kind of
    ``outer_object_kinds``. "She said he **spoke about** Y", "polls showed that voters
    **supported** Y": her statement and the polls' finding report his speaking and the
    voters' support, not a second attribution (the convention PolNeAR annotates). A clause
    content stays nested ("she says he **wants** to run" gives two claims)."""
    if not any(c.outer_only for c in claims):
        return claims
    spans = [(n, s, e) for n, c in enumerate(claims) for s, e in c.content]
    return [
        c
        for k, c in enumerate(claims)
        if not c.outer_only or not any(n != k and s <= doc[c.cue_head].idx < e for n, s, e in spans)
    ]


def _complement_cues(doc: Doc, claims: list[RawClaim], lex: CueLexicon) -> list[RawClaim]:
    """``claims`` less the verb claims whose cue verb is the infinitive open clause of
    another verb claim's cue and lies inside that claim's content: "X **refused to admit**
    Y", "X **decided to announce** Y", "X **wanted to show** that Z". The infinitive is an
    act the first cue wants, plans, refuses or asks for, not one that took place (X
    admitted nothing and showed nothing), and the first claim's content already holds it:
    one attribution, as PolNeAR annotates it ("refused to admit" is one cue). A gerund
    complement stays a claim of its own: "X **recalled telling** Y that Z" reports a
    telling that took place."""
    outers = {c.cue_head: c for c in claims if c.kind == "verb" and c.content}
    kept: list[RawClaim] = []
    for claim in claims:
        tok = doc[claim.cue_head]
        outer = outers.get(tok.head.i) if claim.kind == "verb" and tok.head.i != tok.i else None
        if (
            outer is not None
            and lex.has(tok.dep_, "open_clause")
            and _is_infinitive(tok, lex)
            and any(s <= tok.idx < e for s, e in outer.content)
        ):
            continue
        kept.append(claim)
    return kept


def _chars_in(spans: list[tuple[int, int]]) -> int:
    return sum(e - s for s, e in spans)


def _shared_chars(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _drop_shared_cues(claims: list[RawClaim]) -> list[RawClaim]:
    """``claims`` less those whose cue word is part of another claim's cue when that claim's
    content holds theirs (:data:`SUBSUMED_SHARE` of its characters) and more: one cue word
    reports one statement. "**As reported by** Z, X found Y" is Z's report, and the verb
    "reported" inside the phrase makes no second claim with X as its speaker. A claim
    whose cue word lies inside the other's content stays: "X **reportedly** argued Y" is
    the report of X's argument, nested in it. Of two equal contents the first is kept."""
    out: list[RawClaim] = []
    sizes = [_chars_in(claim.content) for claim in claims]
    for k, claim in enumerate(claims):
        size = sizes[k]
        if size and any(
            n != k
            and other.cue[0] <= claim.cue_head <= other.cue[1]
            and _shared_chars(claim.content, other.content) >= SUBSUMED_SHARE * size
            and (sizes[n] > size or (sizes[n] == size and n < k))
            for n, other in enumerate(claims)
        ):
            continue
        out.append(claim)
    return out


def _unrefused(doc: Doc, verbs: list[RawClaim], nouns: list[RawClaim]) -> list[RawClaim]:
    """``nouns`` less the cue nouns inside the content of a ``no_comment`` claim that took
    its speaker from it: "X did not respond to **requests** for comment" (the requests are
    the reporter's, not X's)."""
    refusals = [
        (c.speaker_head, c.content) for c in verbs if c.stance == "no_comment" and c.content
    ]
    if not refusals:
        return nouns
    return [
        n
        for n in nouns
        if not any(
            n.speaker_head == head and any(s <= doc[n.cue_head].idx < e for s, e in spans)
            for head, spans in refusals
        )
    ]


def find_cue_claims(
    doc: Doc,
    lex: CueLexicon,
    allowed: Callable[[int], bool],
    cues: list[tuple[Token, CueVerb]] | None = None,
) -> list[RawClaim]:
    """Every cue-based attribution whose cue starts at a char offset ``allowed`` accepts
    (``cues``: :func:`cue_verbs` of ``doc`` when the caller has them).

    Claims without content are returned too (``content == []``): a quotation next to them
    may supply it.
    """
    verbs = [c for c in find_verb_claims(doc, lex, allowed, cues) if not _light_verb(doc, c, lex)]
    taken = {
        c.cue_head
        for c in verbs
        if c.content or (c.verb is not None and "quote" in c.verb.frame.content)
    }
    claims = verbs + prep_claims(doc, lex, allowed)
    claims += statement_claims(doc, lex, allowed, taken)
    claims += _unrefused(doc, verbs, noun_claims(doc, lex, allowed, taken))
    claims += adjective_claims(doc, lex, allowed)
    claims += partisan_claims(doc, lex, allowed)
    claims = _outer(doc, claims)
    claims += evidential_claims(doc, lex, allowed, claims)
    claims = _complement_cues(doc, _drop_shared_cues(claims), lex)
    claims.sort(key=lambda c: c.cue[0])
    return claims
