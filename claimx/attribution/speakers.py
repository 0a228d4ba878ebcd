"""Speaker side of the dependency cues: who is the subject of a cue, and its noun phrase.

Split from :mod:`claimx.attribution.cues`: tree helpers shared by the cue finders
(children by role, prepositional objects) and the speaker rules (inherited subjects,
"X quoted Y as saying", "in a letter stating", inverted cues, participle subjects: a
comma-set participle the parser hung inside a cue's content speaks for that cue's
subject, also after a subordinator (", while emphasizing"), one on the addressee of a
message for its sender, one on a message a verb of issuing governs, or on a singular
thing another verb governs, for that verb's subject; the object of "with" in an absolute
construction for the participle after it; a passive's "by" agent the parser hung on its
predicate (:func:`stray_agent`); "he's said" as "he has said").
"""

from __future__ import annotations

from spacy.tokens import Token

from .attitudes import holds_attitudes
from .coordination import coordinated_cue
from .lexicon import CueLexicon
from .raw import _TIME_ENTS, _is_infinitive
from .speakerspan import speaker_tokens

__all__ = [
    "agent_of",
    "names_someone",
    "quoted_inversion",
    "speaker_tokens",
    "split_inversion",
    "statement_verb",
    "stray_agent",
]

#: How far up the tree a subject is inherited (xcomp/advcl/conj/pcomp chains: "X is likely
#: to remind Y by **mentioning** Z" climbs four steps to "is").
_MAX_INHERIT = 4
#: Fine-grained tags of a past tense and of a past participle.
_PAST_TAGS = frozenset({"VBD", "VBN"})
#: Coarse tags of a noun phrase head.
_NOUN_POS = frozenset({"NOUN", "PROPN"})
#: Coarse tags a passive's predicate may pass through down to a stray agent phrase.
_PREDICATE_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "ADP", "DET", "PRON"})
#: Fine-grained tags of a tensed verb form (past, third person, non-third person present).
_TENSED_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: Fine-grained tag of a gerund or present participle ("noting").
_GERUND = "VBG"
#: Relative pronouns that stand for people ("voters **who** say").
_PERSONAL_RELATIVES = frozenset({"who", "whom"})
#: Fine-grained tag of a singular common noun ("a report").
_SINGULAR_NOUN = "NN"


def _children(tok: Token, lex: CueLexicon, role: str) -> list[Token]:
    labels = lex.labels.get(role, frozenset())  # lex.has, read once for all children
    return [c for c in tok.children if c.dep_ in labels]


def agent_of(tok: Token, lex: CueLexicon) -> Token | None:
    """The object of ``tok``'s "by" agent phrase ("was told **by the ministry**"), if any;
    else of one the parser hung on a passive's predicate (:func:`stray_agent`)."""
    for agent in _children(tok, lex, "agent"):
        for obj in agent.children:
            if lex.has(obj.dep_, "prep_object"):
                return obj
    stray = stray_agent(tok, lex)
    return stray[1] if stray is not None else None


def names_someone(obj: Token, lex: CueLexicon) -> bool:
    """Whether ``obj`` names someone who can speak (:func:`holds_attitudes`), a common noun
    only when it names people in either number ("by **the standards**" is no agent)."""
    if obj.pos_ == "NOUN" and not obj.ent_type_:
        return obj.lemma_.lower() in lex.attitude_nouns
    return holds_attitudes(obj, lex)


def stray_agent(tok: Token, lex: CueLexicon) -> tuple[Token, Token] | None:
    """The agent phrase (its preposition and object) of passive verb ``tok`` that the parser
    hung on the passive's predicate ("was **called** a reckless gamble **by X**", "was
    **viewed** as a mistake **by many fishermen**", "was **declared** the winner **by local
    papers**"): a ``stray_agent_preps`` word after ``tok``, reached from it through nouns,
    adjectives, numbers, determiners, pronouns and prepositions only (not through another
    verb: "was described as a plan **backed** by X"), whose object names someone
    (:func:`names_someone`). ``None`` when ``tok`` has an agent of its own or no passive
    subject."""
    if not lex.stray_agent_preps or _children(tok, lex, "agent"):
        return None
    if not _children(tok, lex, "passive_subject"):
        return None
    for prep in tok.subtree:
        if prep.i <= tok.i or not lex.has(prep.dep_, "prep"):
            continue
        if prep.lower_ not in lex.stray_agent_preps:
            continue
        cur = prep.head
        while cur.i != tok.i and cur.pos_ in _PREDICATE_POS:
            cur = cur.head
        if cur.i != tok.i or prep.head.i == tok.i:
            continue  # under another verb, or a "by" of the verb's own ("by Monday")
        for obj in _children(prep, lex, "prep_object"):
            if obj.ent_type_ not in _TIME_ENTS and names_someone(obj, lex):
                return prep, obj
    return None


def prep_phrase(prep: Token, lex: CueLexicon) -> tuple[str, Token]:
    """The name of the preposition ``prep`` opens and its last word: one of the lexicon's
    ``phrase_preps`` when its words follow, each hung on the one before ("**in** favor
    of": "favor" the object of "in", "of" a preposition on "favor"), else ``prep`` alone."""
    doc = prep.doc
    for words in lex.phrase_preps:
        end = prep.i + len(words)
        if end > len(doc) or tuple(t.lower_ for t in doc[prep.i : end]) != words:
            continue
        if all(doc[k].head.i == k - 1 for k in range(prep.i + 1, end)):
            return " ".join(words), doc[end - 1]
    return prep.lower_, prep


def _prep_objects(
    holder: Token, lex: CueLexicon, words: frozenset[str] | None = None
) -> list[tuple[Token, Token]]:
    """(preposition, its object) pairs under ``holder``, in both label schemes.

    ClearNLP hangs the object on the preposition (``prep`` -> ``pobj``); UD hangs the
    preposition on its object (``obl``/``nmod`` -> ``case``).
    """
    out: list[tuple[Token, Token]] = []
    for child in holder.children:
        if lex.has(child.dep_, "prep") and words is not None and lex.phrase_preps:
            name, last = prep_phrase(child, lex)
            if last.i != child.i and name in words:  # "voted in favor of Y"
                out.extend((child, obj) for obj in _children(last, lex, "prep_object"))
                continue
        if lex.has(child.dep_, "prep") and (words is None or child.lower_ in words):
            out.extend((child, obj) for obj in _children(child, lex, "prep_object"))
        else:
            for case in _children(child, lex, "case"):
                if words is None or case.lower_ in words:
                    out.append((case, child))
                    break
    return out


def _is_active_participle(tok: Token) -> bool:
    """A present participle ("stating", "déclarant"), from the morphology."""
    morph = tok.morph.to_dict()
    return morph.get("VerbForm") == "Part" and morph.get("Tense") == "Pres"


def _participle_conjunct(tok: Token, head: Token, lex: CueLexicon) -> bool:
    """Whether present participle ``tok`` is a conjunct of participle ``head`` with no
    subject of its own ("voters telling Y **and criticizing** Z")."""
    return (
        lex.has(tok.dep_, "conjunct")
        and tok.head.i == head.i
        and _is_active_participle(tok)
        and not _children(tok, lex, "subject")
    )


def _subject(tok: Token, lex: CueLexicon) -> Token | None:
    """The speaker head of a cue verb, inherited through xcomp/advcl/conj and relatives."""
    cur = prev = tok
    for _ in range(_MAX_INHERIT + 1):
        passive = _children(cur, lex, "passive_subject")
        if passive:  # what a passive verb's subject undergoes is no speech of it...
            if cur.i != tok.i and tok.head.i == cur.i and lex.has(tok.dep_, "open_clause"):
                return passive[0]  # ... except raising: "studios are reported to want"
            if cur.i == tok.i and _contracted_perfect(tok, passive[0], lex):
                return passive[0]  # "he's said he will ...": "he has said", no passive
            if cur.i == tok.i:  # the agent speaks: "was told by the ministry that ..."
                return agent_of(tok, lex)
            if lex.has(prev.dep_, "passive_inherit") and not _is_infinitive(tok, lex):
                # ... but it is the subject of a verb joined to it: "X was asked about Y
                # **and said** ...", "X was criticised **for saying** ...", "..., saying";
                # not of a purpose clause ("was formed **to support** ...")
                return passive[0]
            return None
        if cur.i == tok.i and tok.tag_ in _PAST_TAGS and not _as_adjunct(tok, lex):
            # a participle with a "by" phrase: its agent acts ("When **asked by** X whether
            # ..., Y said": X asks; "Y, **criticised by** X for Z")
            agent = agent_of(tok, lex)
            if agent is not None:
                return agent
        if cur.i == tok.i:
            split = split_inversion(tok, lex)
            if split is not None:
                return split[1]  # "The real danger, said Y, is the weather": Y speaks
        subjects = _children(cur, lex, "subject")
        if subjects:  # two subjects is a parse error: the nearest one is the real one
            subj = min(subjects, key=lambda t: abs(t.i - cur.i))
            if subj.lower_ in lex.relative_pronouns and lex.has(cur.dep_, "relative"):
                # "a video that accuses": the issuer's; "voters who say": the voters'
                issuer = _issuer(cur.head, lex) if subj.lower_ not in _PERSONAL_RELATIVES else None
                return issuer or cur.head
            if subj.lower_ in lex.expletives and prev.pos_ == "ADJ" and prev.i != tok.i:
                return None  # "it's worth noting ...": no one's statement
            return subj
        if cur.i == tok.i and tok.tag_ == _GERUND:
            absolute = _absolute_subject(tok, lex)
            if absolute is not None:
                return absolute  # "the hearing ended with X asking ...": X asks
        if cur.i == tok.i and "Fin" in tok.morph.get("VerbForm", []):
            stray = _stray_subject(tok, lex) or _fronted_subject(tok, lex)
            if stray is not None:
                return stray
        if cur.i == tok.i and _misread_main_verb(tok, lex):
            return tok.head  # "Beruff, a state senator, called Y Z" read as "the Beruff called"
        if (
            (cur.i == tok.i or (prev.i == tok.i and _participle_conjunct(tok, cur, lex)))
            and _is_active_participle(cur)
            and lex.has(cur.dep_, "participle_of")
        ):
            # also a participle conjoined to it: "an ad featuring voters telling Y **and
            # criticizing** Z" (the conjunct has no noun of its own to hang on)
            if cur.head.pos_ not in ("NOUN", "PROPN"):
                return None
            author = (
                _statement_author(cur.head, lex)
                or _misattached_participle(cur, lex)
                or _issuer(cur.head, lex)
                or _sender(cur, lex)
            )
            return author or cur.head  # "reports stating"
        if cur.i == tok.i and lex.has(tok.dep_, "participle_of") and _is_infinitive(tok, lex):
            holder = _noun_infinitive_holder(tok, lex)  # "X mounted a campaign **to condemn** Y"
            if holder is not None:
                return holder
        if _adjective_control(cur, prev, lex):
            prev, cur = cur, cur.head  # "X was **quick to** add ...": X of the linking verb
            continue
        if cur.head.i == cur.i:
            return _absorbed_subject(cur, lex)
        if not (lex.has(cur.dep_, "inherit_subject") or _loose_finite(cur, lex)):
            return None
        if lex.has(cur.dep_, "conjunct") and cur.head.pos_ == "ADJ":
            return None  # "the boldest and least **talked about** feature": no verb
        if cur.i != tok.i and cur.pos_ == "ADJ" and cur.lemma_.lower() in lex.adjectives:
            return None  # "X is **eager** to say ...": the cue adjective's own claim
        # a predicate adjective passes its subject on to the gerund of its preposition:
        # "X was **aggressive** in pushing Y", "the lists are **unanimous** in crowning Y"
        controller = _controller(cur, lex)
        if controller is not None:
            return controller
        prev, cur = cur, _past_complement(cur, tok, lex)
        if cur.lemma_.lower() in lex.quoting_verbs:  # "X quoted Y as saying": Y speaks
            # ... as in "Y was quoted as saying", where Y is the passive subject
            quoted = _children(cur, lex, "object") or _children(cur, lex, "passive_subject")
            if quoted:
                return quoted[0]
    return None


def _absolute_subject(tok: Token, lex: CueLexicon) -> Token | None:
    """The subject of present participle ``tok`` in an absolute construction the parser
    split ("the hearing ended **with the harbour master** asking ...", "the meeting closed
    with X warning ..."): the object of an ``absolute_preps`` word whose phrase ends right
    before the participle, on the verb the participle hangs on, when it names someone
    (:func:`names_someone`)."""
    if not lex.absolute_preps or tok.left_edge.i == 0 or not _is_active_participle(tok):
        return None
    last = tok.doc[tok.left_edge.i - 1]
    for prep in _children(tok.head, lex, "prep"):
        if prep.lower_ not in lex.absolute_preps or prep.i > tok.i:
            continue
        for obj in _children(prep, lex, "prep_object"):
            if obj.right_edge.i == last.i and names_someone(obj, lex):
                return obj
    return None


def split_inversion(tok: Token, lex: CueLexicon) -> tuple[Token, Token] | None:
    """A content split around an inverted cue ("The real danger, **said** Y, is the
    weather", "And the mayor, said Y, does not forgive"), when the parser made the fronted
    noun phrase the cue's subject and the speaker the subject of the rest: (the fronted
    subject, the speaker). The fronted phrase ends with a comma right before the cue; the
    speaker's phrase starts right after the cue and ends with a comma, as a second subject
    of the cue or the subject of its complement clause, and names someone
    (:func:`names_someone`: "X, who ..., said **their speeches**, already ..., were" is
    no inversion); the cue is finite. ``None`` otherwise."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "," or "Fin" not in tok.morph.get("VerbForm", []):
        return None
    subjects = _children(tok, lex, "subject")
    fronted = [s for s in subjects if s.i < tok.i and s.right_edge.i in (tok.i - 2, tok.i - 1)]
    if not fronted:
        return None
    candidates = [s for s in subjects if s.i > tok.i]
    for clause in _children(tok, lex, "clause"):
        if clause.i > tok.i and not _children(clause, lex, "complementizer"):
            candidates += _children(clause, lex, "subject")
    for speaker in candidates:
        end = speaker.right_edge.i
        closed = doc[end].text == "," or (end + 1 < len(doc) and doc[end + 1].text == ",")
        if speaker.left_edge.i == tok.i + 1 and closed and names_someone(speaker, lex):
            return fronted[0], speaker
    return None


def _loose_finite(verb: Token, lex: CueLexicon) -> bool:
    """Whether ``verb`` is a tensed verb the parser hung by an unlabelled link
    (``loose_clause``) on a verb before it, which then lends it its subject: a second
    predicate of a list ("X paused, then **revealed** why ...", read as a dependent of
    "paused"), or the main verb after a participle or adjective the parser made the root
    ("Majorities of voters going to the polls **say** ...", "sources privy to the talks
    **say** ..."). Not a bare form ("..., **find out** who ...") nor a participle with no
    auxiliary ("a meeting **aimed** at ...")."""
    if not lex.has(verb.dep_, "loose_clause") or verb.head.i > verb.i:
        return False
    return verb.tag_ in _TENSED_TAGS or bool(_children(verb, lex, "auxiliary"))


def _absorbed_subject(root: Token, lex: CueLexicon) -> Token | None:
    """The subject of a tensed root verb with none, which the parser gave to a clause it
    read as the verb's complement before it, when the sentence opens with that clause's
    subject and has no quotation mark up to the verb: a subject set off by commas
    ("**X**, a rabbi helping to organize Y, said ...", read as "X rabbi" with "rabbi" a
    verb; "**X**, who spoke on condition of anonymity, said ..."), or the first of a list of
    predicates with no coordinator ("**X** criticized Y said ...", "**X** offered Y a job,
    then says he ...") whose verb is followed at once by a complement clause of its own
    with one subject. Not an inverted speaker ("Y had a voice, said a spokesman ..."),
    nor a contrast ("few would admit this, but X says ...")."""
    if root.tag_ not in _TENSED_TAGS and not _children(root, lex, "auxiliary"):
        return None
    clauses = [c for c in root.lefts if lex.has(c.dep_, "clause")]
    if not clauses:
        return None
    clause = clauses[-1]
    subjects = [s for s in _children(clause, lex, "subject") if s.i < clause.i]
    if not subjects:
        return None
    subject = subjects[0]
    doc = root.doc
    start = root.sent.start
    if subject.left_edge.i != clause.left_edge.i or clause.left_edge.i != start:
        return None
    if any(doc[j].is_quote for j in range(start, root.i)):
        return None
    if not holds_attitudes(subject, lex):
        return None
    if subject.i + 1 < root.i and doc[subject.i + 1].text == ",":
        return subject  # "X, a rabbi ..., said"
    if _children(clause, lex, "coordinator"):
        return None
    after = root.i + 1
    while after < len(doc) and doc[after].head.i == root.i and lex.has(doc[after].dep_, "adverb"):
        after += 1
    own = [
        c
        for c in root.rights
        if lex.has(c.dep_, "clause")
        and c.left_edge.i == after
        and len(_children(c, lex, "subject")) == 1
    ]
    return subject if own else None


def _noun_infinitive_holder(tok: Token, lex: CueLexicon) -> Token | None:
    """Who speaks in infinitive cue ``tok`` on a noun, when its kind is one of
    ``noun_infinitive_kinds`` (a judgement, an accusation, a naming, a denial): the noun's
    possessor ("X's failure **to denounce** Y"), else the subject of the verb the noun is
    the object of, when it can hold an attitude ("X mounted a campaign **to condemn** Y").
    Another kind is a plan or a chance, no statement ("had the opportunity **to comment**",
    "AP's requests **to discuss** Y"): ``None``."""
    noun = tok.head
    if noun.pos_ not in _NOUN_POS or noun.i > tok.i:
        return None
    verb = lex.verb(tok.lemma_.lower(), tok.lower_)
    if verb is None or verb.kind not in lex.noun_infinitive_kinds:
        return None
    owners = _children(noun, lex, "possessor")
    if owners:
        return owners[0]
    if not lex.has(noun.dep_, "object") or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    subjects = _children(noun.head, lex, "subject")
    if not subjects or not holds_attitudes(subjects[0], lex):
        return None
    return subjects[0]


#: A contracted auxiliary that is "is" or "has" ("he**'s** said").
_CONTRACTED_AUX = frozenset({"'s", "’s"})


def _contracted_perfect(tok: Token, subject: Token, lex: CueLexicon) -> bool:
    """Whether a cue the parser read as a passive with a contracted "'s" is a perfect with
    "has" ("he's said he will run", "she's argued that ..."): a personal subject and a
    complement clause with a subject of its own, which a passive "is said" cannot take
    ("he is said he ..."), and no "by" agent."""
    if subject.lower_ in lex.expletives or subject.pos_ not in ("PRON", "PROPN", "NOUN"):
        return False
    if not any(c.lower_ in _CONTRACTED_AUX for c in _children(tok, lex, "auxiliary")):
        return False
    if _children(tok, lex, "agent"):
        return False
    return any(lex.has(c.dep_, "clause") and _children(c, lex, "subject") for c in tok.rights)


def _as_adjunct(tok: Token, lex: CueLexicon) -> bool:
    """Whether participle ``tok`` is opened by an adjunct mark ("**As** reported by X, ...":
    the prepositional cue's claim, :mod:`claimx.attribution.phrases`)."""
    return tok.head.lower_ in lex.adjunct_marks or any(
        c.lower_ in lex.adjunct_marks for c in tok.lefts
    )


def _misread_main_verb(tok: Token, lex: CueLexicon) -> bool:
    """Whether the parser hung past-tense cue ``tok`` on a noun before it that heads the
    sentence, as a reduced relative ("X, the senator, **called** Y Z", "a group of rabbis
    **called** for Y"): that noun has no verb of its own, so ``tok`` is its main verb and
    the noun its subject. Not a passive participle with a "by" agent ("a plan **backed** by
    X")."""
    noun = tok.head
    return (
        lex.has(tok.dep_, "participle_of")
        and tok.tag_ in _PAST_TAGS
        and noun.i < tok.i
        and (noun.head.i == noun.i or _verbless_subject(noun, tok, lex))
        and noun.pos_ in _NOUN_POS
        and not _children(tok, lex, "agent")
        and not _children(tok, lex, "auxiliary")
    )


def _verbless_subject(noun: Token, tok: Token, lex: CueLexicon) -> bool:
    """Whether subject ``noun`` of the participle ``tok`` hangs on has no verb of its own
    after all: its head is no verb ("X's campaign **called** Y a *rush* to judgment", the
    noun read as the subject of "rush"), lies inside the participle's own phrase ("a man
    **yelled** 'Stay *put*!'"), or has a subject of its own nearer to it ("X, the nominee,
    **tweeted** in response: 'Sad: the plan *fails* ...'"). A true reduced relative keeps
    its noun's verb to itself: "people **briefed** on the talks *said* ..." """
    if not lex.has(noun.dep_, "subject"):
        return False
    verb = noun.head
    if verb.i < tok.i:
        return False
    if verb.pos_ not in ("VERB", "AUX"):
        return True
    if tok.left_edge.i <= verb.i <= tok.right_edge.i:
        return True
    others = [s for s in _children(verb, lex, "subject") if s.i != noun.i]
    return any(tok.right_edge.i < s.i < verb.i for s in others)


def _stray_subject(tok: Token, lex: CueLexicon) -> Token | None:
    """The subject of a finite verb with none, which the parser labelled a modifier of the
    verb (``stray_subject``: "And **Skelly** called Y Z" read as an adverb, "**Conway**
    notes" as a compound): the nearest proper noun, or common noun that can hold an
    attitude, before the verb and not a time."""
    for child in reversed(list(tok.lefts)):
        if not lex.has(child.dep_, "stray_subject") or child.ent_type_ in _TIME_ENTS:
            continue
        if child.pos_ in _NOUN_POS and holds_attitudes(child, lex):
            return child
        if child.ent_type_ in lex.colon_speaker_labels:  # a name tagged as an adverb
            return child
    return None


def _fronted_subject(tok: Token, lex: CueLexicon) -> Token | None:
    """The subject of a finite verb with none that the parser hung, as an apposition, on
    the last noun of a fronted phrase ("In a letter to the board, **the mayor** said ...",
    "Facing donors, **the campaign chief, X,** suggested ..."): the comma-set apposition
    that runs up to the verb (past its adverbs), when it or an apposition of its own can
    hold an attitude ("the campaign chief, **X**")."""
    doc = tok.doc
    end = tok.i - 1
    while end >= 0 and doc[end].head.i == tok.i and not doc[end].is_punct:
        if not (lex.has(doc[end].dep_, "adverb") or lex.has(doc[end].dep_, "auxiliary")):
            return None
        end -= 1  # "..., X **also** said", "..., X **had** said"
    if end >= 0 and doc[end].text == ",":
        end -= 1  # "..., X, the senator, said"
    reach = (end, end + 1)  # the comma before the verb may hang inside the phrase
    for fronted in tok.lefts:
        if not (lex.has(fronted.dep_, "prep") or lex.has(fronted.dep_, "adverbial")):
            continue
        for cand in fronted.subtree:
            if (
                # an apposition, or a conjunct ("After a day of talks, X and Y agreed")
                (lex.has(cand.dep_, "quoted_predicate") or lex.has(cand.dep_, "conjunct"))
                and _runs_to_verb(cand, reach, lex)
                and not (
                    # "the mayor, **X**, said": the mayor's phrase, X inside it; but in
                    # "for his wife Y, **X** said" Y is no comma-set apposition of its own
                    lex.has(cand.head.dep_, "quoted_predicate")
                    and doc[cand.head.left_edge.i - 1].text == ","
                )
                and cand.left_edge.i > fronted.i + 1
                and doc[cand.left_edge.i - 1].text == ","
                and any(
                    (t.i == cand.i or lex.has(t.dep_, "quoted_predicate"))
                    and holds_attitudes(t, lex)
                    for t in cand.subtree
                )
            ):
                return cand
    return None


def _runs_to_verb(cand: Token, reach: tuple[int, int], lex: CueLexicon) -> bool:
    """Whether the phrase of ``cand`` runs up to ``reach`` (the end of the words before a
    verb), past insertions set off by commas that hang on a word above it: appositions of
    the same noun ("In a memo, **X**, head of Y, wrote") and adjuncts of the fronted phrase
    or of the verb ("Speaking in Z, **X**, without naming Y, accused ...")."""
    doc = cand.doc
    above = {a.i for a in cand.ancestors}
    end = cand.right_edge.i
    while end not in reach:
        if end + 2 > reach[1] or doc[end + 1].text != ",":
            return False
        inserted = [
            t for t in doc[end + 2 : reach[1] + 1] if t.left_edge.i == end + 2 and t.head.i in above
        ]
        if not inserted or any(
            lex.has(t.dep_, role) for t in inserted for role in ("subject", "object", "clause")
        ):
            return False
        end = max(t.right_edge.i for t in inserted)
    return True


def _adjective_control(adj: Token, comp: Token, lex: CueLexicon) -> bool:
    """Whether ``adj`` is a predicate adjective of a linking verb whose open complement is
    ``comp`` ("X was **quick** to add", "voters were more **likely** to say"): the
    complement's subject is the linking verb's. Not a cue adjective ("eager to say"),
    which is a claim of its own, nor an expletive subject ("it was too early to say")."""
    return (
        adj.pos_ == "ADJ"
        and comp.i != adj.i
        and comp.head.i == adj.i
        and lex.has(comp.dep_, "open_clause")
        and lex.has(adj.dep_, "predicate")
        and adj.head.i != adj.i
        and adj.lemma_.lower() not in lex.adjectives
        and not any(s.lower_ in lex.expletives for s in _children(adj.head, lex, "subject"))
    )


def _comma_before(tok: Token) -> int | None:
    """Index of the comma ``tok``'s phrase follows ("..., **saying** ..."), also one inside
    a closing quotation mark ("... “rebuilt the party,” **claiming** ..."); else ``None``."""
    k = tok.left_edge.i - 1
    while k > 0 and tok.doc[k].is_quote:
        k -= 1
    return k if k >= 0 and tok.doc[k].text == "," else None


def _comma_set(tok: Token) -> bool:
    """Whether ``tok``'s phrase follows a comma (:func:`_comma_before`)."""
    return _comma_before(tok) is not None


def _controller(cur: Token, lex: CueLexicon) -> Token | None:
    """The object of the verb ``cur`` is the open complement of, when it can speak and the
    verb is no cue: it is the complement's subject ("the scandal led **her** to declare
    ...", "prompted **the mayor** to accuse ..."; but "X urged Y to Z" is X's directive)."""
    if not lex.has(cur.dep_, "open_clause"):
        return None
    if lex.verb(cur.head.lemma_.lower(), cur.head.lower_) is not None:
        return None  # "X urged Y to reject Z": X's own directive, X speaks
    objects = [o for o in _children(cur.head, lex, "object") if o.i < cur.i]
    if objects and holds_attitudes(objects[0], lex, person_nouns=False):
        return objects[0]
    return None


def _open_chain(tok: Token, cur: Token, lex: CueLexicon) -> bool:
    """Whether cue verb ``tok`` reaches ``cur`` through open complements only ("**trying**
    to explain", "**seeking** to reassure")."""
    step = tok
    while lex.has(step.dep_, "open_clause") and step.head.i != step.i:
        step = step.head
        if step.i == cur.i:
            return True
    return False


def _past_complement(cur: Token, tok: Token, lex: CueLexicon) -> Token:
    """Where a subject is inherited from: ``cur``'s head, or, for a comma-set participle
    the parser hung inside the content of a cue verb ("X said Y was harsh, **noting** ...",
    "X insisted that Y had “rebuilt the party,” **claiming** ..."), that cue verb (the
    participle describes X's saying, not Y): :func:`_reporting_verb`. The participle may
    follow a subordinator (", **while emphasizing** ...") and be the cue itself or the verb
    whose open complement the cue is (", while **trying** to explain ...")."""
    head = cur.head
    if cur.i == tok.i:  # "X suggested Y be fired **and defended** Z": X defended Z
        coordinated = coordinated_cue(tok, lex)
        if coordinated is not None:
            return coordinated
    if (
        (cur.i == tok.i or _open_chain(tok, cur, lex))
        and cur.tag_ == _GERUND
        and lex.has(cur.dep_, "adverbial")
        and _comma_set(cur)
    ):
        reporter = _reporting_verb(head, lex)
        if reporter is not None:
            return reporter
        near = _nearest_clause(cur, head, lex)
        if near is not None:
            return near
    return head


def _nearest_clause(tok: Token, head: Token, lex: CueLexicon) -> Token | None:
    """The cue verb of a subordinate clause (relative, adverbial, or the complement of a verb
    that is no cue) that ends right before comma-set participle ``tok`` hung on ``head``
    ("Y put it at Z, which X **called** absurd, **blaming** ...", "It was a rebuke, as X
    **echoed** the charge, **saying** ..."): the participle goes with that reporting
    clause, when its subject can hold an attitude."""
    doc = tok.doc
    comma = _comma_before(tok)
    if comma is None or comma == 0:
        return None
    k = comma - 1
    while k > 0 and doc[k].is_quote:
        k -= 1
    cur = doc[k]
    for _ in range(len(doc)):
        if cur.i == head.i or cur.head.i == cur.i:
            return None
        if cur.pos_ in ("VERB", "AUX") and (
            lex.has(cur.dep_, "relative")
            or lex.has(cur.dep_, "adverbial")
            or (
                lex.has(cur.dep_, "clause")
                and lex.verb(cur.head.lemma_.lower(), cur.head.lower_) is None
            )
        ):
            if lex.verb(cur.lemma_.lower(), cur.lower_) is None:
                return None
            subjects = _children(cur, lex, "subject")
            if (
                subjects
                and subjects[0].lower_ not in lex.relative_pronouns
                and holds_attitudes(subjects[0], lex)
            ):
                anc = cur
                while anc.head.i != anc.i and anc.i != head.i:
                    anc = anc.head
                return cur if anc.i == head.i else None
            return None
        cur = cur.head
    return None


def _reporting_verb(head: Token, lex: CueLexicon) -> Token | None:
    """The cue verb, with a subject, whose content holds ``head`` (the verb a comma-set
    participle hangs on): the highest one reached up from ``head`` through complement
    clauses, open complements, conjuncts without a subject of their own and noun clauses
    on an object ("X denied the notion that Y is coming, **explaining** ...": X's), never
    past a verb after ``head``. None when ``head`` is a parenthetical cue ("“...,” X
    added, saying": the participle is X's)."""
    if lex.verb(head.lemma_.lower(), head.lower_) is not None and all(
        c.is_punct or (lex.has(c.dep_, "adverbial") and c.tag_ == _GERUND) for c in head.rights
    ):
        return None
    cur = head
    found = None
    for _ in range(_MAX_INHERIT + 2):
        if lex.has(cur.dep_, "conjunct") and _children(cur, lex, "subject"):
            break  # "A did X, and B sued Y, saying": B's own clause
        if (
            lex.has(cur.dep_, "clause")
            or lex.has(cur.dep_, "conjunct")
            or lex.has(cur.dep_, "open_clause")
        ):
            up = cur.head
        elif lex.has(cur.dep_, "noun_clause") and lex.has(cur.head.dep_, "object"):
            up = cur.head.head  # "denied the notion that ...": the verb of the noun
        elif lex.has(cur.dep_, "noun_clause") and lex.has(cur.head.dep_, "prep_object"):
            up = cur.head.head.head  # "spoke of the fear that ...": past the preposition
        else:
            break
        if up.i == cur.i or up.i > head.i:
            break
        cur = up
        if lex.verb(cur.lemma_.lower(), cur.lower_) is not None and _children(cur, lex, "subject"):
            found = cur
    return found


def _misattached_participle(participle: Token, lex: CueLexicon) -> Token | None:
    """The subject of the verb whose object the parser hung a comma-set participle on, when
    that object is a thing ("X rejected the notion ..., **saying** ...": X says it)."""
    noun = participle.head
    if not _comma_set(participle) or holds_attitudes(noun, lex):
        return None
    if not lex.has(noun.dep_, "object") or noun.head.pos_ != "VERB":
        return None
    subjects = _children(noun.head, lex, "subject")
    return subjects[0] if subjects else None


def _issuer(noun: Token, lex: CueLexicon) -> Token | None:
    """The speaker of a message a verb of issuing governs ("X **released** a video that
    accuses Y", "X is **releasing** ads attacking Y"): the verb's subject, when the object
    is a common noun with no author of its own ("a report by Z"). For a singular common
    noun, a thing, any other verb's subject that can hold an attitude ("X **drafted** a
    memo defending Y", "X **ran** a piece that noted ..."), except after a verb of
    perception ("saw a poster saying"), a cue verb (whose subject has a claim of its own:
    "X **cited** a memo saying ...") and for a message that addresses a personal pronoun
    (:func:`_addresses_someone`: the subject of "will receive a letter telling them ..." is
    its recipient). Measured and left out: plural things ("planted articles alleging":
    8 more fixed, 3 broken, "police receive 911 calls saying" among them)."""
    part = _partitive(noun, lex)
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return None
    if not lex.has(noun.dep_, "object") and part is None:
        return None
    verb = noun.head if part is None else part.head
    if verb.pos_ != "VERB":
        return None
    possessors = _children(noun, lex, "possessor")
    if part is not None and all(p.pos_ == "PRON" for p in possessors):
        possessors = []  # "spent part of **her** address defending Y": the subject's own
    if possessors or _prep_objects(noun, lex, lex.noun_agent_preps):
        return None
    lemma = verb.lemma_.lower()
    if lemma in lex.statement_issuers and part is None:
        return _subject(verb, lex)
    if (
        noun.tag_ != _SINGULAR_NOUN
        or lemma in lex.perception_verbs
        or lex.token_verb(verb) is not None
        or _addresses_someone(noun, lex)
    ):
        return None
    subject = _subject(verb, lex)
    if subject is None or subject.ent_type_ in _TIME_ENTS or not holds_attitudes(subject, lex):
        return None
    return subject


def _partitive(noun: Token, lex: CueLexicon) -> Token | None:
    """The quantity a verb governs that ``noun`` is the ``partitive_preps`` object of ("spent
    **most** of her address ...", "spent **part** of the debate ..."); else ``None``."""
    prep = noun.head
    if not lex.has(noun.dep_, "prep_object") or prep.lower_ not in lex.partitive_preps:
        return None
    part = prep.head
    if not lex.has(prep.dep_, "prep") or not lex.has(part.dep_, "object") or part.i > prep.i:
        return None
    return part


def _addresses_someone(noun: Token, lex: CueLexicon) -> bool:
    """Whether the message on ``noun`` takes a personal pronoun as its object or addressee
    ("a letter telling **them** ...", "a notice warning **us** ..."): whoever the governing
    verb's subject is, it may be the one addressed ("will receive a letter telling them")."""
    return any(
        t.i > noun.i
        and t.pos_ == "PRON"
        and (lex.has(t.dep_, "object") or lex.has(t.dep_, "dative"))
        and t.lower_ not in lex.expletives
        for t in noun.subtree
    )


#: The preposition of an addressee ("sent an email **to** supporters").
_ADDRESSEE_PREP = "to"


def _sender(participle: Token, lex: CueLexicon) -> Token | None:
    """The sender of a message whose addressee a speech participle was hung on ("X sent an
    email to supporters **saying** ...", "X made a pitch to voters **saying** ..."): the
    addressee hears, the subject of the verb the "to" phrase belongs to speaks."""
    cue = lex.verb(participle.lemma_.lower(), participle.lower_)
    if cue is None or cue.kind != "speech":
        return None
    noun = participle.head
    prep = noun.head
    if not lex.has(noun.dep_, "prep_object") or prep.lower_ != _ADDRESSEE_PREP:
        return None
    holder = prep.head
    if holder.pos_ == "NOUN" and lex.has(holder.dep_, "object"):
        holder = holder.head  # "sent **an email** to supporters": the verb of the email
    if holder.pos_ != "VERB" or holder.i > prep.i:
        return None
    return _subject(holder, lex)


def _statement_author(noun: Token, lex: CueLexicon) -> Token | None:
    """The writer of "X resigned **in a letter** stating ...": the subject of the verb the
    statement noun's "in" phrase hangs on (ClearNLP prep -> pobj, or UD obl + case); or of
    the verb that issued it ("X **issued** a statement saying ...")."""
    found = statement_verb(noun, lex)
    if found is None:
        return None
    subjects = _children(found[0], lex, "subject")
    return subjects[0] if subjects else None


def statement_verb(noun: Token, lex: CueLexicon) -> tuple[Token, bool] | None:
    """The verb a statement noun hangs on through "in" ("resigned **in a letter**") or as
    the object it issues ("**issued** a statement"), and whether it issued it."""
    if noun.lemma_.lower() not in lex.statement_nouns:
        return None
    verb = None
    issued = False
    if lex.has(noun.dep_, "prep_object") and noun.head.lower_ in lex.statement_preps:
        verb = noun.head.head
    else:
        in_case = any(c.lower_ in lex.statement_preps for c in _children(noun, lex, "case"))
        issued = lex.has(noun.dep_, "object") and noun.head.lemma_.lower() in lex.statement_issuers
        if in_case or issued:
            verb = noun.head
    if verb is None or verb.pos_ != "VERB":
        return None
    return verb, issued


def _noun_author(noun: Token, lex: CueLexicon) -> Token | None:
    """The possessor or "by" agent of a cue noun ("**X's** announcement", "a claim **by X**")."""
    if noun.lemma_.lower() not in lex.nouns or noun.pos_ != "NOUN":
        return None
    authors = _children(noun, lex, "possessor") or [
        obj for _, obj in _prep_objects(noun, lex, lex.noun_agent_preps)
    ]
    return authors[0] if authors else None


def _inverted_subject(tok: Token, lex: CueLexicon) -> Token | None:
    """UD parses "« ... », a déclaré le maire" with the speaker as an object: take it back.

    The cue hangs on the content before it, or is the root with that content among its
    left dependents ("..., indique un rapport": the clause before the comma).
    """
    if tok.head.i == tok.i:
        helpers = [c.i for c in tok.lefts if lex.has(c.dep_, "auxiliary")]
        first = min([tok.i, *helpers])
        before = tok.doc[first - 1] if first > 0 else None
        if before is None or before.text != "," or before.head.i != tok.i:
            return None
        if not any(lex.has(c.dep_, "adjoined") for c in tok.lefts):
            return None
    elif tok.head.i > tok.i or not lex.has(tok.dep_, "adjoined"):
        return None
    after = [c for c in _children(tok, lex, "inverted_subject") if c.i > tok.i]
    return after[0] if after else None


def _clitic_subject(tok: Token, lex: CueLexicon) -> Token | None:
    """An inverted subject clitic right after the cue verb or its auxiliary, past a
    euphonic "-t" ("explique-t-il", "a-t-elle ajouté"), whatever the parser made of it."""
    if not lex.inverted_clitics:
        return None
    doc = tok.doc
    anchors = [tok.i, *(c.i for c in tok.lefts if lex.has(c.dep_, "auxiliary"))]
    for anchor in anchors:
        k = anchor + 1
        if k < len(doc) and doc[k].lower_ in lex.euphonic_particles:
            k += 1
        if k < len(doc) and doc[k].lower_ in lex.inverted_clitics:
            return doc[k]
    return None


def _participle_subject(tok: Token, lex: CueLexicon) -> Token | None:
    """ "“...,” said X commenting on ...": the parser makes X the participle's subject."""
    if tok.head.i != tok.i and not lex.has(tok.dep_, "adjoined"):
        return None
    for child in tok.rights:
        if child.pos_ == "VERB" and _is_active_participle(child):
            subjects = [s for s in _children(child, lex, "subject") if tok.i < s.i < child.i]
            if subjects and subjects[0].pos_ in ("NOUN", "PROPN"):
                return subjects[0]
    return None


#: Coarse tags of a noun phrase head that can be an inverted speaker ("..., said **Smith**").
_SPEAKER_POS = frozenset({"NOUN", "PROPN", "PRON"})


#: Tokens after which a quotation opens a statement ("“...,” said X" starts a sentence, or
#: follows a colon or a dash).
_STATEMENT_OPENERS = frozenset({".", "!", "?", ":", "—", "–", "--", ";"})


def _after_quotation(tok: Token) -> bool:
    """Whether ``tok`` comes right after a closing quotation mark, a comma before or after
    it ("“...,” **said**", "“...”, **said**"), of a quotation that opens a sentence (not a
    title inside the subject: "X, star of “Y,” thanked ...")."""
    doc = tok.doc
    k = tok.i - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 1 or not doc[k].is_quote or not (k + 1 == tok.i or doc[k + 1].text == ","):
        return False
    opening = next((j for j in range(k - 1, -1, -1) if doc[j].is_quote), None)
    if opening is None or opening == k - 1:
        return False
    before = doc[opening - 1] if opening > 0 else None
    return (
        before is None
        or doc[opening].is_sent_start is True
        or before.text in _STATEMENT_OPENERS
        or "\n" in before.whitespace_
        or before.is_space
    )


def quoted_inversion(tok: Token, lex: CueLexicon) -> Token | None:
    """The speaker of a cue verb inverted after a quotation ("“...,” **said** X", "“...?”
    **asked** X") that the parser did not make its subject: it read X as an object
    ("asked **the boy**"), an adverb ("said **Skelly**") or the subject of a later verb. The
    head of the noun phrase right after the verb, when the verb has no subject of its own
    outside the quotation (the caller's test) and no passive subject."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or not _after_quotation(tok):
        return None
    if _children(tok, lex, "passive_subject") or (
        tok.head.i != tok.i and tok.head.i > tok.i  # "“X” is **said** to ...": no inversion
    ):
        return None
    cur = doc[tok.i + 1]
    for _ in range(len(doc)):  # up from the first word to its phrase's head
        if cur.head.i == cur.i or cur.head.i <= tok.i or cur.head.pos_ not in _SPEAKER_POS:
            break
        cur = cur.head
    if cur.pos_ not in _SPEAKER_POS or cur.left_edge.i != tok.i + 1:
        return None
    if cur.pos_ == "PRON" and cur.lower_ in lex.expletives:
        return None
    return cur
