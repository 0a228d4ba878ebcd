"""Phrase cues: "according to X", "in a statement, X ...", cue nouns ("X's claim that",
"expressed hope that", "his promise to", "X's criticism of Y") and cue adjectives ("X is
optimistic that", "X was critical of Y", "X is willing to").

Pure functions on a parsed ``Doc`` returning :class:`~claimx.attribution.raw.RawClaim`;
called by :func:`claimx.attribution.cues.find_cue_claims`.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.attrs import POS
from spacy.symbols import ADJ, NOUN
from spacy.tokens import Doc, Token

from .._extensions import doc_text
from ..text.tokens import tokens_lowered, tokens_with
from .attitudes import holds_attitudes
from .extent import adjective_cue, noun_cue
from .lexicon import CueLexicon
from .raw import (
    _TIME_ENTS,
    RawClaim,
    _is_infinitive,
    _subtree_ids,
    prepositional_cue,
    token_runs,
    trim_trailing_asides,
)
from .speakers import _children, _noun_author, _prep_objects, _subject, speaker_tokens

__all__ = [
    "adjective_claims",
    "noun_claims",
    "partisan_claims",
    "prep_claims",
    "statement_claims",
]

#: "In a statement, X ...": the rest of the clause must say something.
_MIN_STATEMENT_WORDS = 3


def prep_claims(doc: Doc, lex: CueLexicon, allowed: Callable[[int], bool]) -> list[RawClaim]:
    out: list[RawClaim] = []
    for tok in tokens_lowered(doc, lex.prep_first_words):
        if not allowed(tok.idx):
            continue
        match = prepositional_cue(doc, tok.i, lex)
        if match is None:
            continue
        words, lemma = match
        end = tok.i + len(words)
        matched = set(range(tok.i, end))
        speaker = next(
            (
                c
                for i in sorted(matched, reverse=True)
                for c in doc[i].children
                if lex.has(c.dep_, "prep_object") and c.i not in matched
            ),
            None,
        )
        head = tok.head
        for _ in range(len(matched)):  # climb out of the phrase; the root is its own head
            if head.i not in matched or head.head.i == head.i:
                break
            head = head.head
        if speaker is None and lex.has(tok.dep_, "case"):  # UD: "selon X" -> case of X
            speaker, head = tok.head, tok.head.head
        if speaker is None or head.i in matched or head.i == speaker.i:
            continue
        if words in lex.initial_prepositions and not (tok.is_sent_start and speaker.ent_type_):
            continue  # "Pour X, ...": only sentence-initial, only a named X
        head = _subject_clause(head, tok, lex)
        phrase = set(range(tok.i, end)) | _subtree_ids(speaker)
        ids = trim_trailing_asides(doc, _subtree_ids(head) - phrase - _subtree_ids(tok), lex)
        content = token_runs(doc, ids, lex, head)
        text = " ".join(doc_text(doc)[s:e] for s, e in content)
        stance = (
            "no_comment" if any(p in text.lower() for p in lex.no_comment_phrases) else "assert"
        )
        author = _noun_author(speaker, lex)
        if author is not None:  # "according to X's announcement": X announced it
            noun_stance = lex.nouns[speaker.lemma_.lower()] if stance == "assert" else stance
            claim = _noun_claim(speaker, author, content, head, noun_stance, lex, speaker.i)
            out.append(claim)
            continue
        out.append(
            RawClaim(
                kind="prep",
                cue=(tok.i, end - 1),
                cue_lemma=lemma,
                cue_head=tok.i,
                speaker=speaker_tokens(speaker, lex),
                speaker_head=speaker.i,
                content=content,
                content_head=head.i,
                stance=stance,
            )
        )
    return out


def _subject_clause(head: Token, tok: Token, lex: CueLexicon) -> Token:
    """The verb whose subject ``head`` is, when the prepositional cue at ``tok`` hangs on
    that subject and is set off from it by commas before the verb ("Other concerns**,
    according to** the poll**,** include ..."): the clause is what the source says."""
    doc = tok.doc
    verb = head.head
    if not lex.has(head.dep_, "subject") or verb.i < tok.i or head.i > tok.i:
        return head
    if tok.i == 0 or doc[tok.i - 1].text != ",":
        return head
    return verb


def statement_claims(
    doc: Doc, lex: CueLexicon, allowed: Callable[[int], bool], taken: set[int]
) -> list[RawClaim]:
    """ "In a statement, X criticised ...": the clause without its subject is the content,
    less a trailing aside (:func:`~claimx.attribution.raw.trim_trailing_asides`: "...,
    **saying** Z" is a report of its own).

    ``taken``: verbs that are cues themselves ("said in a statement"); a cue verb whose frame
    found nothing ("called the arrests illegal": "call" wants "for ...") does not count.
    """
    out: list[RawClaim] = []
    for tok in tokens_lowered(doc, lex.statement_preps):
        if lex.has(tok.dep_, "prep"):
            nouns = _children(tok, lex, "prep_object")
            head, phrase_root = tok.head, tok
        elif lex.has(tok.dep_, "case"):  # UD: "dans un communiqué" -> case of the noun
            nouns, head, phrase_root = [tok.head], tok.head.head, tok.head
        else:
            continue
        nouns = [n for n in nouns if n.lemma_.lower() in lex.statement_nouns]
        if not nouns or not allowed(tok.idx) or head.pos_ != "VERB":
            continue
        if head.i in taken:
            continue  # "said in a statement": the verb is the cue
        subject = _subject(head, lex)
        if subject is None:
            continue
        ids = _subtree_ids(head) - _subtree_ids(subject) - _subtree_ids(phrase_root)
        if sum(1 for i in ids if not doc[i].is_punct) < _MIN_STATEMENT_WORDS:
            continue  # "resigned in a letter": an act, not a statement
        ids = trim_trailing_asides(doc, ids, lex)  # "..., **saying** ...": a report of its own
        content = token_runs(doc, ids, lex, head)
        phrase = sorted(_subtree_ids(phrase_root))
        out.append(
            RawClaim(
                kind="statement",
                cue=(phrase[0], nouns[0].i),
                cue_lemma=nouns[0].lemma_.lower(),
                cue_head=nouns[0].i,
                speaker=speaker_tokens(subject, lex),
                speaker_head=subject.i,
                content=content,
                content_head=head.i,
            )
        )
    return out


def _noun_claim(
    cue: Token,
    speaker: Token | None,
    content: list[tuple[int, int]],
    content_head: Token | None,
    stance: str,
    lex: CueLexicon,
    cue_start: int | None = None,
    outer_only: bool = False,
    kind: str = "noun",
) -> RawClaim:
    """A claim whose cue is the noun ``cue`` ("announcement", "claim"), or the light verb and
    the noun ("**expressed hope** that", from ``cue_start``), said by ``speaker`` (``None``:
    no source is given, "the claim that ..."). With ``kind="quote"``, ``cue`` is the verb
    of a clause that introduces a quotation after a colon."""
    if kind == "adjective":
        span = adjective_cue(cue, content_head, lex)
    elif kind == "noun":
        span = noun_cue(cue, content_head, lex, cue_start)
    else:
        span = (cue.i if cue_start is None else cue_start, cue.i)
    return RawClaim(
        kind=kind,
        cue=span,
        cue_lemma=cue.lemma_.lower(),
        cue_head=cue.i,
        speaker=speaker_tokens(speaker, lex) if speaker is not None else None,
        speaker_head=speaker.i if speaker is not None else None,
        content=content,
        content_head=content_head.i if content_head is not None else None,
        stance=stance,
        outer_only=outer_only,
    )


def noun_claims(
    doc: Doc, lex: CueLexicon, allowed: Callable[[int], bool], taken: set[int]
) -> list[RawClaim]:
    """A cue noun with a that-clause or an infinitive: "X's claim that ...", "the
    announcement by X that ...", "his promise to ...".

    The speaker is the noun's possessor or "by" object (a possessive pronoun bound to the
    subject of the verb the noun is the object of, or hangs on through a preposition, gives
    way to that subject, and the verb joins the cue: "X **repeated his promise** to ...",
    :func:`_bound_possessor`); else, when the noun is the object of a
    verb, that verb's subject, and the verb joins the cue ("She **expressed hope** that ...",
    "made the claim that"); else, when the noun's phrase hangs on a verb, that verb's subject
    if it can hold an attitude ("X protested **in the hope** that ..."); else there is none
    ("the claim that ...": speaker ``None``).
    A content preposition instead of a clause ("criticism **of** Y", "support **for** Y")
    needs an author: a possessor or agent, a verb that utters the noun (:func:`_voices`:
    "made allegations against Y") or a phrase holder ("rallied in support of Y").
    A noun whose verb is a cue with content already ("dismissed allegations that ...") gives
    no claim of its own (``taken``: such verbs). A noun derived from a lexicon verb through
    OEWN (``lex.derived_nouns``: "comment", "remark") needs a named holder even with a
    clause: never the subject of a verb that does not utter it, nor none. A prepositional
    content is ``outer_only``, as a verb's noun-phrase object.
    """
    out: list[RawClaim] = []
    for tok in tokens_with(doc, POS, (NOUN,)):
        stance = lex.nouns.get(tok.lemma_.lower())
        if stance is None or not allowed(tok.idx):
            continue
        clauses = [
            c
            for c in tok.children
            if c.i > tok.i
            and (lex.has(c.dep_, "clause") or lex.has(c.dep_, "noun_clause"))
            and (
                any(lex.has(m.dep_, "complementizer") for m in c.children) or _is_infinitive(c, lex)
            )
        ]
        speakers = _children(tok, lex, "possessor") or [
            obj for _, obj in _prep_objects(tok, lex, lex.noun_agent_preps)
        ]
        if not speakers:  # "the GM declaration of bankruptcy": a named modifier
            speakers = [
                c
                for c in _children(tok, lex, "noun_author")
                if c.i < tok.i and c.ent_type_ in lex.colon_speaker_labels
            ]
        if not clauses and speakers:  # "X's answer was that ...": the copula's clause
            clauses = _copular_clause(tok, lex)
        phrase = not clauses
        if phrase:  # "X's criticism of Y", "voiced criticism of Y": needs an author
            clauses = [
                obj
                for prep, obj in _prep_objects(tok, lex, lex.noun_content_preps)
                if prep.i > tok.i
                and obj.ent_type_ not in _TIME_ENTS
                and (speakers or not _addressee_or_medium(prep, obj, lex))
            ][:1]
        if not clauses or (phrase and not speakers):
            received = _received(tok, lex, allowed, taken)
            if received is not None:  # "X won the support of Y": Y supports X
                out.append(received)
                continue
        if not clauses:
            continue
        speaker = speakers[0] if speakers else None
        cue_start = None
        verb = tok.head
        if verb.i in taken and lex.has(tok.dep_, "object"):
            continue
        derived = tok.lemma_.lower() in lex.derived_nouns
        if (
            speaker is None
            and lex.has(tok.dep_, "object")
            and verb.pos_ in ("VERB", "AUX")
            and (not (phrase or derived) or _voices(verb, lex) or _holds(verb, tok, lex))
        ):
            subject = _subject(verb, lex)
            if subject is not None and allowed(subject.idx) and verb.i < tok.i:
                speaker, cue_start = subject, verb.i
        if speaker is None:  # "X protested **in the hope** that ...": X hopes
            speaker = _phrase_holder(tok, lex, allowed)
        elif speaker.tag_ == _POSSESSIVE_PRONOUN:
            bound = _bound_possessor(tok, speaker, lex, allowed)
            if bound is not None:
                speaker, cue_start = bound
        if speaker is not None and speaker.lower_ in lex.relative_pronouns:
            speaker = None
        if (phrase or derived) and speaker is None:
            continue  # "support for Y", "a plan to Y" with no author: a topic, not a report
        # "support for X, **the party's nominee**": a described person leaves the content
        ids = trim_trailing_asides(doc, _subtree_ids(clauses[0]), lex, phrase, persons_only=True)
        content = token_runs(doc, ids, lex, clauses[0])
        if not content:
            continue
        # a prepositional content is a noun phrase: inside another claim's content it is
        # that claim's report ("she said his **criticism of** Y ..."), as for verbs
        claim = _noun_claim(tok, speaker, content, clauses[0], stance, lex, cue_start, phrase)
        out.append(claim)
    return out


def partisan_claims(doc: Doc, lex: CueLexicon, allowed: Callable[[int], bool]) -> list[RawClaim]:
    """An agent noun of a backing or judging verb (``partisan_nouns``) predicated of its
    holder by a copula, with an "of" object: "X **is an outspoken supporter of** Y", "X
    **has been a critic of** Y". The holder speaks, the "of" object is the content (a noun
    phrase, ``outer_only``); the copula starts the cue. Not an apposition ("X, a critic of
    Y, ...": measured, fewer found than aligned to no gold)."""
    out: list[RawClaim] = []
    for tok in tokens_with(doc, POS, (NOUN,)):
        if tok.lemma_.lower() not in lex.partisan_nouns or not allowed(tok.idx):
            continue
        objects = [
            obj for prep, obj in _prep_objects(tok, lex, lex.partisan_preps) if prep.i > tok.i
        ]
        if not objects or _children(tok, lex, "possessor"):
            continue
        head = tok.head
        cue_start: int | None = None
        if (
            lex.has(tok.dep_, "copula_predicate")
            and head.lemma_ in lex.copula_verbs
            and head.i < tok.i
        ):
            holder = _subject(head, lex)
            cue_start = head.i
        else:  # an apposition ("X, a critic of Y, ..."): measured and left out
            continue
        if holder is None or holder.i > tok.i or not allowed(holder.idx):
            continue
        if holder.lower_ in lex.relative_pronouns or not holds_attitudes(holder, lex):
            continue
        content = token_runs(doc, _subtree_ids(objects[0]), lex, objects[0])
        if not content:
            continue
        out.append(_noun_claim(tok, holder, content, objects[0], "assert", lex, cue_start, True))
    return out


def _copular_clause(noun: Token, lex: CueLexicon) -> list[Token]:
    """The that-clause a copula predicates of cue noun ``noun``, its subject: "X's answer
    **was that** ...", "Their fear is that ..." (a clause after the copula, opened by a
    complementizer)."""
    verb = noun.head
    if not lex.has(noun.dep_, "subject") or verb.lemma_ not in lex.copula_verbs or verb.i < noun.i:
        return []
    return [
        c
        for c in verb.children
        if c.i > verb.i
        and lex.has(c.dep_, "predicate")
        and c.pos_ in ("VERB", "AUX")
        and any(
            m.lower_ in lex.copula_clause_marks and lex.has(m.dep_, "complementizer")
            for m in c.children
        )
    ][:1]


def _received(
    noun: Token, lex: CueLexicon, allowed: Callable[[int], bool], taken: set[int]
) -> RawClaim | None:
    """A cue noun that its verb's subject gets from a holder named by an "of" or a
    ``noun_agent_preps`` object: "X **has the support of** Y", "X **won the endorsement
    of** Y", "X **drew criticism from** Y". The holder speaks and the subject is what the
    noun is about (the content); the verb starts the cue. The verb must not utter the noun
    ("X made the claim of Y" is X's), the holder must hold attitudes and the subject must
    come first and be no relative pronoun."""
    verb = noun.head
    if noun.lemma_.lower() not in lex.received_nouns:
        return None
    if not lex.has(noun.dep_, "object") or verb.pos_ not in ("VERB", "AUX") or verb.i > noun.i:
        return None
    if verb.i in taken or _voices(verb, lex) or _children(noun, lex, "possessor"):
        return None
    stance = lex.nouns[noun.lemma_.lower()]
    holders = [
        obj
        for prep, obj in _prep_objects(noun, lex, lex.noun_agent_preps | lex.received_holder_preps)
        if prep.i > noun.i
        and (prep.lower_ not in lex.received_holder_preps or stance != "accuse")  # "criticism of Y"
        and allowed(obj.idx)
        and holds_attitudes(obj, lex)
    ]
    if not holders:  # "drew criticism from Y" with "from Y" hung on the verb
        holders = [
            obj
            for prep, obj in _prep_objects(verb, lex, lex.noun_agent_preps)
            if prep.i > noun.i and allowed(obj.idx) and holds_attitudes(obj, lex)
        ]
    subject = _subject(verb, lex)
    if not holders or subject is None or subject.i > verb.i or not allowed(subject.idx):
        return None
    if subject.lower_ in lex.relative_pronouns or subject.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    content = token_runs(noun.doc, _subtree_ids(subject), lex, subject)
    if not content:
        return None
    return _noun_claim(noun, holders[0], content, subject, stance, lex, verb.i, True)


#: Fine-grained tag of a possessive pronoun ("his", "their").
_POSSESSIVE_PRONOUN = "PRP$"
#: Possessive pronouns and the subject pronouns they agree with.
_POSSESSOR_AGREES = {
    "his": "he",
    "her": "she",
    "its": "it",
    "their": "they",
    "my": "i",
    "our": "we",
    "your": "you",
}
#: Fine-grained tags of a singular and of a plural noun.
_SINGULAR_TAGS = frozenset({"NN", "NNP"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def _agrees(possessor: Token, subject: Token) -> bool:
    """Whether possessive pronoun ``possessor`` can refer to ``subject``: the subject
    pronoun of the same person, number and gender ("she" / "her"), or a noun of the
    pronoun's number ("his", "her", "its": singular; "their": plural or an organisation)."""
    wanted = _POSSESSOR_AGREES.get(possessor.lower_)
    if wanted is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ == wanted
    if subject.pos_ not in ("NOUN", "PROPN") or wanted in ("i", "we", "you"):
        return False
    if wanted == "they":
        return subject.tag_ in _PLURAL_TAGS or subject.ent_type_ in ("ORG", "NORP")
    return subject.tag_ in _SINGULAR_TAGS


def _bound_possessor(
    noun: Token, possessor: Token, lex: CueLexicon, allowed: Callable[[int], bool]
) -> tuple[Token, int] | None:
    """The subject a cue noun's possessive pronoun refers back to, and where the cue then
    starts, when the noun is the object of the subject's verb ("X **reiterated his claim**
    that ...", "X **is keeping up her criticism of** Y") or hangs on it, or on its
    predicate adjective, through a preposition ("X **was unsparing in their criticism
    of** Y"): the pronoun is bound to the subject, who speaks (PolNeAR's and the Penn
    Attribution Relation Corpus's convention: the light verb joins the cue). A verb that
    neither utters the noun nor is a copula stays out of the cue with its object, which
    starts at the preposition ("X angered Y **with his comments on** Z")."""
    head = noun.head
    start: int | None = None
    if lex.has(noun.dep_, "prep_object") and lex.has(head.dep_, "prep"):
        prep = head
        head = head.head
        if head.pos_ == "ADJ" and lex.has(head.dep_, "predicate"):
            head = head.head  # "were unanimous in their condemnation of"
        elif head.pos_ == "VERB" and not _voices(head, lex):
            start = prep.i  # "angered Y **with his comments on**": no cue, nor its object
    elif not lex.has(noun.dep_, "object"):
        return None
    if head.pos_ not in ("VERB", "AUX") or head.i > noun.i:
        return None
    subject = _subject(head, lex)
    if subject is None or subject.i > head.i or not allowed(subject.idx):
        return None
    if subject.lower_ in lex.relative_pronouns or not _agrees(possessor, subject):
        return None
    if _children(subject, lex, "possessor"):
        return None  # "X's plan is consistent with his preference": a thing of X's
    return subject, head.i if start is None else start


def _addressee_or_medium(prep: Token, obj: Token, lex: CueLexicon) -> bool:
    """Whether a cue noun's prepositional phrase names whom or where a statement went, not
    what it says: "sent a message **to** X", "issued a threat **to** X", "posted a message
    **on** Twitter" (a named entity after "on"), "had a question **for** X" (a holder after
    "for" a verb of having governs)."""
    word = prep.lower_
    if word in lex.having_addressee_preps and holds_attitudes(obj, lex):  # "a question for X"
        noun = prep.head
        return lex.has(noun.dep_, "object") and _holds(noun.head, noun, lex)
    return word == "to" or (word == "on" and obj.ent_type_ in lex.colon_speaker_labels)


def _voices(verb: Token, lex: CueLexicon) -> bool:
    """Whether ``verb`` utters the cue noun it governs: a cue verb ("**voiced** criticism
    of", "**expressed** concern about") or a verb that issues a statement ("**made**
    allegations against", "**sent** a message about"); not "would **meet** demand for"."""
    lemma = verb.lemma_.lower()
    return lemma in lex.statement_issuers or lex.verb(lemma, verb.lower_) is not None


def _holds(verb: Token, noun: Token, lex: CueLexicon) -> bool:
    """Whether ``verb`` is a verb of having (``holding_verbs``) whose subject holds the cue
    noun it governs: "X **had** a favorable opinion of Y", "X **has** doubts about Y"; not
    a noun X gets from others ("X has the support of Y", ``received_nouns``)."""
    return (
        verb.lemma_.lower() in lex.holding_verbs and noun.lemma_.lower() not in lex.received_nouns
    )


def _phrase_holder(noun: Token, lex: CueLexicon, allowed: Callable[[int], bool]) -> Token | None:
    """The subject of the verb a cue noun's prepositional phrase hangs on, when it can hold
    an attitude ("X protested **in the hope** that ...", "X marvelled **at the idea**
    that ..."): the noun's holder. A thing ("the plan rests on the hope ...") holds none."""
    prep = noun.head
    if not lex.has(noun.dep_, "prep_object") or not lex.has(prep.dep_, "prep"):
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.i > prep.i:
        return None
    subject = _subject(verb, lex)
    if (
        subject is None
        or not allowed(subject.idx)
        or not holds_attitudes(subject, lex, person_nouns=False)
    ):
        return None
    if subject.lower_ in lex.relative_pronouns:
        return None
    return subject


def adjective_claims(doc: Doc, lex: CueLexicon, allowed: Callable[[int], bool]) -> list[RawClaim]:
    """A cue adjective predicated of its holder by a linking verb, with a clause, an
    infinitive or a content preposition: "X is optimistic **that** ...", "X was critical
    **of** Y", "X is willing **to** ...". The holder (the linking verb's subject) speaks; a
    dummy or demonstrative subject ("it is certain that") gives no claim, and neither does
    an adjective with no such complement ("X is optimistic").
    """
    out: list[RawClaim] = []
    if not lex.adjectives:
        return out
    for tok in tokens_with(doc, POS, (ADJ,)):
        if tok.lemma_.lower() not in lex.adjectives:
            continue
        verb = tok.head
        if not lex.has(tok.dep_, "predicate") or verb.lemma_.lower() not in lex.adjective_verbs:
            continue
        if not allowed(tok.idx):
            continue
        holder = _subject(verb, lex)
        if holder is None or holder.pos_ not in ("PROPN", "PRON", "NOUN"):
            continue
        if holder.lower_ in lex.expletives or holder.lower_ in lex.relative_pronouns:
            continue
        if holder.tag_ in ("DT", "WDT"):  # "this is certain", "that is sure"
            continue
        lemma = tok.lemma_.lower()
        infinitive = lemma in lex.adjective_infinitives
        clauses = [
            c
            for c in tok.children
            if c.i > tok.i
            and (
                lex.has(c.dep_, "clause")
                or (infinitive and lex.has(c.dep_, "open_clause") and _is_infinitive(c, lex))
            )
        ] or [
            obj
            for prep, obj in _prep_objects(tok, lex, lex.adjective_content_preps)
            if prep.i > tok.i and obj.ent_type_ not in _TIME_ENTS
        ]
        if not clauses:
            continue
        head = clauses[0]
        phrase = not (lex.has(head.dep_, "clause") or lex.has(head.dep_, "open_clause"))
        ids = trim_trailing_asides(doc, _subtree_ids(head), lex, phrase, persons_only=True)
        content = token_runs(doc, ids, lex, head)
        if not content:
            continue
        stance = lex.adjectives[lemma]
        out.append(_noun_claim(tok, holder, content, head, stance, lex, kind="adjective"))
    return out
