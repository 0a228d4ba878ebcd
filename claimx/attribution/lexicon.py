"""Compiled attribution lexicons: cue words, frames, stance rules and coreference rules.

The knowledge lives in ``claimx/data/cues/<lang>.json`` and ``claimx/data/coref/<lang>.json``
(see their READMEs); this module turns one language's files into frozen lookup tables, once
per language (``functools.cache``), so the spaCy component never reads a file per document.
Dependency labels are looked up through the ``labels`` table of the cue file, which keeps the
differences between label schemes (ClearNLP for English, UD for French) in the data.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..lexicons import load_data

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["CorefRules", "CueLexicon", "CueVerb", "Frame", "coref_rules", "cue_lexicon"]


@dataclass(frozen=True, slots=True)
class Frame:
    """Where a cue verb's arguments are: content sources in order, addressee, target."""

    content: tuple[str, ...]
    addressee: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    content_preps: frozenset[str] = frozenset()
    drop_final_preps: frozenset[str] = frozenset()
    open_clause_lemmas: frozenset[str] = frozenset()
    predicate_preps: frozenset[str] = frozenset()
    """Prepositions marking a secondary predicate ("described Y **as** Z")."""
    infinitive_preps: frozenset[str] = frozenset()
    """``content_preps`` that give content only with an infinitive after their object:
    "called **on** Y to resign" is a demand, "called on Y" a visit."""
    predicate_preps_only: bool = False
    """The predication needs a ``predicate_preps`` phrase ("sees Y **as** Z"): a bare second
    complement or adjective does not count (belief verbs: "saw sales slip" is no claim)."""
    object_preps: frozenset[str] = frozenset()
    """Prepositions after the cue whose phrase joins an object content ("praised Y **for**
    Z")."""
    as_adjunct: bool = False
    """The cue may head an "as" adjunct whose host clause is the content ("..., as X
    noted")."""
    statement_object_stance: str | None = None
    """Stance of a predication about an attribution noun ("called the **accusations**
    absurd"): the speaker characterises someone else's statement."""
    open_refusal_stance: str | None = None
    """Stance of an ``open_clause`` content outside ``open_clause_lemmas`` ("refused **to
    sign** the contract": deny); ``None``: such a clause is no content."""
    open_clause_bare: bool = False
    """An ``open_clause`` content must have no complementizer: French reports the
    speaker's own act with a bare infinitive ("affirme **avoir vu**"), while "dit **de**
    partir" is an order."""
    bare: bool = False
    """The verb is a cue only with no object, infinitive, dative or prepositional phrase of
    its own: "'...,' he **continued**" or "X **continued**: ..." report more of a statement,
    "continued to push for Y" and "continued the talks" do not."""
    preps_unquoted: bool = False
    """A ``content_preps`` object is content only when no quotation stands beside the cue
    ("“No,” X **replied to** the reporter": the quotation is what was said)."""
    preps_negated: bool = False
    """A ``content_preps`` object is content only when the cue is negated: a non-response
    ("did **not respond to** a request for comment"), not a response ("responded to the
    attack", mostly an act)."""
    particle_object: bool = False
    """A direct object is content only after a particle of the verb: "talked **up** Y"
    praises Y, while "speaks Spanish" or "spoke the briefing room" say nothing (verbs whose
    VerbNet classes have no noun-phrase object, talk-37.5 and lecture-37.11)."""


@dataclass(frozen=True, slots=True)
class CueVerb:
    """One cue verb: its frame and stance (plain, negated, with a future-tense content)."""

    lemma: str
    frame: Frame
    stance: str
    negated: str
    future: str | None = None
    kind: str = "speech"
    """What the cue reports: speech, belief, intention, desire, accusation, denial, naming,
    judgment, demand, question, admission, endorsement, warning."""
    clause_sense: bool = False
    """A ``clause_sense_verbs`` entry: a cue only by its frame, never inside another
    claim's content."""


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Everything the extractor needs for one language, as sets and dicts."""

    language: str
    labels: dict[str, frozenset[str]]
    verbs: dict[str, CueVerb]
    prepositions: tuple[tuple[tuple[str, ...], str], ...]
    relative_pronouns: frozenset[str]
    future_markers: frozenset[str]
    no_comment_phrases: tuple[str, ...]
    statement_preps: frozenset[str]
    statement_nouns: frozenset[str]
    nouns: dict[str, str] = field(default_factory=dict)
    """Cue noun lemma -> stance ("claim that", "announcement that")."""
    derived_nouns: frozenset[str] = frozenset()
    """Cue nouns derived from a lexicon verb through Open English WordNet ("decision",
    "comment"): a claim needs a holder who is named, never the subject of any verb."""
    received_nouns: frozenset[str] = frozenset()
    """Cue nouns whose holder judges or backs someone ("support", "endorsement",
    "criticism"): "X **won the support of** Y" is Y's support of X (``received_noun_kinds``,
    ``received_noun_stances``)."""
    holding_verbs: frozenset[str] = frozenset()
    """Verbs of having whose subject holds the cue noun they govern ("X **had** a favorable
    opinion of Y")."""
    partisan_nouns: frozenset[str] = frozenset()
    """Agent nouns of a backing or judging verb ("supporter", "critic"): "X is a
    **supporter of** Y" reports X's stance on Y (after a copula only: an apposition, "X, a
    critic of Y", was measured and left out)."""
    noun_agent_preps: frozenset[str] = frozenset()
    absolute_preps: frozenset[str] = frozenset()
    """The preposition of an absolute construction whose object is the subject of the
    participle after it ("ended **with** X asking ..."): see the data README."""
    partitive_preps: frozenset[str] = frozenset()
    """The preposition of a partitive object ("spent part **of** her address ..."): see the
    data README."""
    copula_verbs: frozenset[str] = frozenset()
    """Verbs of a copula ("be"): a cue noun predicated of its holder ("X **is** a supporter
    of Y"), a that-clause predicated of a cue noun ("X's answer **was** that ...")."""
    copula_clause_marks: frozenset[str] = frozenset()
    """Complementizers of a clause a copula predicates of a cue noun ("was **that** ...")."""
    partisan_preps: frozenset[str] = frozenset()
    """The preposition of a ``partisan_nouns`` noun's content ("a supporter **of** Y")."""
    received_holder_preps: frozenset[str] = frozenset()
    """Prepositions besides ``noun_agent_preps`` that name the holder of a received noun
    ("won the support **of** Y"); never for an accusation noun ("criticism **of** Y": Y is
    criticised)."""
    having_addressee_preps: frozenset[str] = frozenset()
    """Prepositions whose holder object is the addressee of a cue noun a verb of having
    governs ("had a question **for** X"), not its content."""
    stray_agent_preps: frozenset[str] = frozenset()
    """The preposition of a passive's agent phrase, when the parser hung it on the
    passive's predicate ("was called a gamble **by** X"): see the data README."""
    noun_content_preps: frozenset[str] = frozenset()
    """Prepositions of a cue noun's content when it has an author ("X's criticism **of**
    Y")."""
    quoting_verbs: frozenset[str] = frozenset()
    """Verbs whose object is the speaker of a dependent cue ("quoted Y as saying")."""
    prep_first_words: frozenset[str] = field(default_factory=frozenset)
    initial_prepositions: frozenset[tuple[str, ...]] = frozenset()
    """Prepositional cues that count only opening a sentence, before a named speaker
    ("**Pour** X, ..." but not "voter pour X")."""
    no_comment_verbs: frozenset[str] = frozenset()
    """Verbs that make a negated cue ``no_comment`` when they head its content ("did not
    **want** to comment"); their own cue claim under it is dropped."""
    negation_words: frozenset[str] = frozenset()
    """Words a ``negation``-labelled child must be, when the label is not negation-only
    (UD ``advmod``: "ne ... **pas**"); empty: any child with the label negates."""
    inverted_clitics: frozenset[str] = frozenset()
    """Subject clitics written after their verb ("déclare**-t-il**", "a**-t-elle** ajouté"):
    right after a cue verb or its auxiliary, one is the speaker whatever the parse says."""
    euphonic_particles: frozenset[str] = frozenset()
    """Particles between a verb and an inverted clitic ("-t"), never a speaker."""
    colon_speaker: bool = False
    """A quotation after a colon that ends a clause is spoken by that clause's subject
    ("X n'en revient pas : « ... »", "X a appelé à ... : « ... »"), the clause's verb
    being its cue (or, when that verb is already a cue, more of its content)."""
    shallow_backoff: bool = False
    """Also run the language's shallow rules and keep the statements whose content no
    parse-based claim covers (a parser that misreads quotation marks: French)."""
    colon_speaker_labels: frozenset[str] = frozenset()
    """Entity labels of a speaker before a colon ("Pentagon: ..."); empty: no colon cues."""
    colon_non_speakers: frozenset[str] = frozenset()
    """Lower-cased labels that are no speaker before a colon ("update", "photo")."""
    quote_layout: bool = False
    """A quotation that opens its sentence and ends with a comma, question or exclamation
    mark inside its closing mark, followed by a speaker and a finite verb and nothing but
    adjuncts ("“Q,” X quipped"), is that speaker's, the verb its cue, even when the verb is
    no cue verb (:mod:`claimx.attribution.layout`)."""
    layout_any_verb: bool = False
    """The layout of :attr:`quote_layout` makes a claim with a verb outside the lexicon too
    ("“Q,” X **quipped**", "“Q,” the sign **read**"), when nothing but adjuncts follows
    it."""
    layout_excluded_verbs: frozenset[str] = frozenset()
    """Verb lemmas that never make such a layout an attribution ("“Q,” **was** another")."""
    adjunct_marks: frozenset[str] = frozenset()
    """Subordinators of an adjunct cue clause ("**as** X noted")."""
    question_marks: frozenset[str] = frozenset()
    """Complementizers of an embedded question ("asked **whether** ...", "wonders **if**
    ..."): kept at the head of a content, which asks rather than asserts (other
    complementizers, "that", are left out of it)."""
    condition_marks: frozenset[str] = frozenset()
    """Subordinators of a conditional clause ("**if** the vote fails", "**unless** ...",
    "**whether** A or B"): fronted before a cue set off by commas whose clause content
    follows, such a clause is part of what is said ("If A, X warned, B")."""
    raising_verbs: frozenset[str] = frozenset()
    """Passive cues that raise their subject ("X is **expected** to Y", "is said to")."""
    raising_frame: Frame | None = None
    """The frame of a raising verb in the agentless passive when its own frame takes no
    predication: a small clause as well as an infinitive ("X is **considered** (to be) a
    long shot", "X is **known** as Y")."""
    passive_verbs: dict[str, CueVerb] = field(default_factory=dict)
    """Raising verbs that are no cue verbs in the active ("know", "project"): cues only
    in the agentless passive ("X is **known** as Y", "X was **projected** the winner"),
    with :attr:`raising_frame`."""
    expletives: frozenset[str] = frozenset()
    """Dummy subjects ("it" of "it was reported that")."""
    statement_pronouns: frozenset[str] = frozenset()
    """Pronouns that stand for a statement, a plan or a thing the article just gave ("it",
    "this", "that"): the object content of a cue whose frame reads objects and whose kind
    is one of :attr:`statement_pronoun_kinds`, when no other source gives content
    ("residents **opposed it**", "the pilots **dispute this**")."""
    statement_pronoun_kinds: frozenset[str] = frozenset()
    """Cue kinds that take a :attr:`statement_pronouns` object as content."""
    noun_infinitive_kinds: frozenset[str] = frozenset()
    """Cue kinds whose infinitive on a noun speaks for the noun's possessor or for the
    subject of the verb the noun is the object of ("X mounted a campaign **to condemn**
    Y", "X's failure **to denounce** Y")."""
    statement_pronoun_stances: frozenset[str] = frozenset()
    """Cue stances that take a :attr:`statement_pronouns` object as content whatever the
    cue's kind (a verb of speech that confirms or denies: "**confirmed it**", "**disputes
    this**")."""
    statement_issuers: frozenset[str] = frozenset()
    """Verbs whose subject wrote a statement noun they govern ("**issued** a statement
    saying ..." is said by the issuer, never by the statement or a recipient)."""
    infinitive_markers: frozenset[str] = frozenset()
    """Words marking an infinitive ("to")."""
    aside_relatives: frozenset[str] = frozenset()
    """Relative pronouns that open a trailing aside ("..., **who** ..."); a relative clause
    opened by another ("..., **which** includes ...") stays in the content. Empty: every
    ``aside`` clause is cut."""
    thing_relatives: frozenset[str] = frozenset()
    """Relative pronouns of a thing ("..., **which** was dropped"): a trailing clause they
    open is an aside too, unless its antecedent is a proper noun or it holds a quotation
    mark or a cue verb (:func:`claimx.attribution.raw.trim_trailing_asides`)."""
    person_labels: frozenset[str] = frozenset()
    """Entity labels of a person's name: a trailing comma-set description of a named person
    ("..., **a former governor**") is cut from a content
    (:func:`claimx.attribution.raw.trim_trailing_asides`). Empty: none is."""
    attitude_nouns: frozenset[str] = frozenset()
    """Common nouns that name a person or a group of people ("senator", "union",
    "committee"), read from the file the ``attitude_nouns`` key names: a singular one can
    hold an attitude (:func:`claimx.attribution.attitudes.holds_attitudes`). Empty: no
    singular common noun can."""
    thing_nouns: frozenset[str] = frozenset()
    """Common nouns whose most frequent sense is a physical thing ("device", "ferry",
    "hill"), read from the file the ``thing_nouns`` key names: an evidential verb's singular
    subject that is one describes an appearance, no report
    (:func:`claimx.attribution.evidential.may_seem`). Empty: no noun is."""
    desire_objects: frozenset[str] = frozenset()
    """Cue verbs of desire and intention whose noun-phrase object is what is wanted ("voters
    **want** a change", "she **promised** a recount"), when their subject can hold an
    attitude (:func:`claimx.attribution.attitudes.holds_attitudes`)."""
    truecase_headlines: bool = False
    """Re-read a title-case headline in the case of the article body
    (:mod:`claimx.attribution.headline`): English headline style."""
    message_objects: frozenset[str] = frozenset()
    """Verbs of pure saying whose noun-phrase object is the message ("**said** the same
    thing", "**tweeted** a chart"): an extra ``object`` content source."""
    outer_object_kinds: frozenset[str] = frozenset()
    """Cue kinds whose noun-phrase content (an object or a prepositional object) makes no
    claim when the cue lies inside another claim's content ("polls showed that voters
    **supported** Y"): the outer claim reports the attitude (en: every kind but speech)."""
    relative_gap_kinds: frozenset[str] = frozenset()
    """Cue kinds whose verb, in a relative clause with no object and no content of its own,
    reports the antecedent whatever its frame ("the campaign she **envisioned**", "the
    danger he **sees**"); verbs whose frame takes an object do so anyway."""
    kind_preps: dict[str, frozenset[str]] = field(default_factory=dict)
    """Cue kind -> prepositions whose object is content for every verb of that kind whose
    frame does not read them ("wrote **about** Y", "voted **against** Y"), when the subject
    can hold an attitude and the cue lies in no other claim's content."""
    evidential_verbs: frozenset[str] = frozenset()
    """Verbs that pass on an impression without its source ("X **seems** to Y", "it
    **appears** that ..."): claims with no speaker (:mod:`claimx.attribution.evidential`)."""
    perception_verbs: frozenset[str] = frozenset()
    """Verbs of perception ("**saw** the mayor leave", "**watched** the tower fall"): a bare
    infinitive clause after them is an event perceived, no claim; "saw **that** ...", "see Y
    **as** Z" and a participle ("polls see her **winning**") stay."""
    evidential_preps: frozenset[str] = frozenset()
    """Prepositions whose phrase is the complement of an evidential verb ("X seems **like**
    Y")."""
    evidential_adverbs: frozenset[str] = frozenset()
    """Adverbs that mark the clause they modify as reported by no named source ("X is
    **reportedly** ...")."""
    connective_phrases: frozenset[str] = frozenset()
    """Word sequences that open a sentence and end in a cue verb used as a discourse
    connective, not a report: "**That said**, X", "**That being said**, X" (lower case,
    space-separated)."""
    forms: dict[str, str] = field(default_factory=dict)
    """Lower-cased inflected form -> cue verb key, for forms the model mis-lemmatises
    ("hopes" -> "hop")."""
    adjectives: dict[str, str] = field(default_factory=dict)
    """Cue adjective -> stance: an attitude predicated of its holder ("is **optimistic**
    that", "**critical** of", "**willing** to")."""
    adjective_infinitives: frozenset[str] = frozenset()
    """Cue adjectives whose infinitive is content ("eager **to** ..."); for the others an
    infinitive raises the subject ("is certain to be challenged") and gives no claim."""
    adjective_verbs: frozenset[str] = frozenset()
    """Linking verbs whose subject holds a cue adjective ("is", "remains", "seems")."""
    adjective_content_preps: frozenset[str] = frozenset()
    """Prepositions of a cue adjective's content ("critical **of** Y")."""
    answer_words: tuple[tuple[str, ...], ...] = ()
    """Answers and pro-forms that are a cue's whole content ("said **no**", "thinks
    **so**", "said **the same**"), as word sequences."""
    answer_preps: frozenset[str] = frozenset()
    """Prepositions whose phrase right after an answer word joins it ("said **no to** Y")."""
    answer_kinds: frozenset[str] = frozenset()
    """Cue kinds whose verbs take ``answer_words`` as content."""
    phrase_preps: tuple[tuple[str, ...], ...] = ()
    """Multi-word prepositions read as one content preposition, named by their words joined
    with spaces ("voted **in favor of** Y"): the parser hangs "favor" on "in" and "of" on
    "favor", and the object of the last word is the content."""
    phrasal_verbs: dict[tuple[str, str], CueVerb] = field(default_factory=dict)
    """(verb lemma, particle) -> the entry of the phrasal verb, which wins over the verb's
    own when the particle is its child ("**pointed out** that", "**came out** against Y")."""

    clause_sense_verbs: dict[str, CueVerb] = field(default_factory=dict)
    """Verbs outside ``verbs`` with a communication or cognition sense among their three
    most frequent in Open English WordNet: cues only when a finite that-clause with its own
    subject and a subject that names someone (a named entity, a proper noun, a personal
    pronoun, an ``attitude_nouns`` noun) select that sense ("X **recognized** that ...")."""
    clause_sense_marks: frozenset[str] = frozenset()
    """Complementizers of the finite clause that makes a ``clause_sense_verbs`` cue ("that")."""
    clause_sense_non_holders: frozenset[str] = frozenset()
    """Pronouns that never hold the attitude of a ``clause_sense_verbs`` cue: demonstratives
    and relatives, which point at a thing or a clause ("that **meant** that ...")."""

    def phrasal(self, lemma: str, lower: str, particles: list[str]) -> CueVerb | None:
        """The phrasal verb entry of a verb with these particles, if any."""
        if not self.phrasal_verbs:
            return None
        for key in (lemma, self.forms.get(lower, lower)):
            for particle in particles:
                found = self.phrasal_verbs.get((key, particle))
                if found is not None:
                    return found
        return None

    def token_verb(self, tok: Token) -> CueVerb | None:
        """The cue verb entry of token ``tok``: the phrasal verb one of its particles makes
        ("**came out** against"), else its own."""
        lemma, lower = tok.lemma_.lower(), tok.lower_
        if self.phrasal_verbs:
            particles = [c.lower_ for c in tok.children if self.has(c.dep_, "particle")]
            found = self.phrasal(lemma, lower, particles) if particles else None
            if found is not None:
                return found
        return self.verb(lemma, lower)

    def verb(self, lemma: str, lower: str) -> CueVerb | None:
        """The cue verb of a token by lemma, else by its lower-cased form."""
        found = self.verbs.get(lemma)
        if found is None:
            found = self.verbs.get(lower) or self.verbs.get(self.forms.get(lower, ""))
        return found

    def has(self, token_dep: str, role: str) -> bool:
        """Whether the dependency label ``token_dep`` plays ``role`` (a ``labels`` key)."""
        return token_dep in self.labels.get(role, frozenset())

    def takes_statement_pronoun(self, verb: CueVerb) -> bool:
        """Whether cue ``verb`` takes a :attr:`statement_pronouns` object as content (by
        its kind or its stance)."""
        return (
            verb.kind in self.statement_pronoun_kinds
            or verb.stance in self.statement_pronoun_stances
        )


@dataclass(frozen=True, slots=True)
class CorefRules:
    """Pronoun and description rules for speaker resolution in one language."""

    pronouns: dict[str, frozenset[str]]
    first_person: frozenset[str]
    same_source: tuple[tuple[str, ...], ...]
    descriptions: dict[str, str]
    """Head noun -> class (PERSON, ORG, GPE)."""
    label_classes: dict[str, frozenset[str]]
    determiners: frozenset[str]
    proxy_heads: frozenset[str]
    proxy_author_labels: frozenset[str] = frozenset()
    """Dependents of a report-like head that name its author ("X's", "Pentagon")."""
    proxy_author_preps: frozenset[str] = frozenset()
    """Prepositions introducing the author of a report-like head ("by", "from")."""
    subject_labels: frozenset[str] = frozenset()
    """Dependency labels of clause subjects (preferred antecedents of pronouns)."""
    speaker_labels: frozenset[str] = frozenset()
    """Entity labels a speaker may resolve to (no dates, numbers, amounts)."""
    strict_classes: frozenset[str] = frozenset()
    """Description classes resolved only to an entity whose name or apposition holds the
    head noun ("the spokesman" after "X, a spokesman for ..."), never by mere nearness."""
    kind_modifier_labels: frozenset[str] = frozenset()
    """Dependents of a description head that name a kind of body ("the **port** authority",
    "the **transit** agency"): such a description resolves only to an entity whose name or
    apposition holds the head and each of these words, never by mere nearness."""


def _frame(raw: dict[str, Any]) -> Frame:
    return Frame(
        content=tuple(raw.get("content", ())),
        addressee=tuple(raw.get("addressee", ())),
        target=tuple(raw.get("target", ())),
        content_preps=frozenset(raw.get("content_preps", ())),
        drop_final_preps=frozenset(raw.get("drop_final_preps", ())),
        open_clause_lemmas=frozenset(raw.get("open_clause_lemmas", ())),
        predicate_preps=frozenset(raw.get("predicate_preps", ())),
        infinitive_preps=frozenset(raw.get("infinitive_preps", ())),
        predicate_preps_only=bool(raw.get("predicate_preps_only", False)),
        object_preps=frozenset(raw.get("object_preps", ())),
        statement_object_stance=raw.get("statement_object_stance"),
        as_adjunct=bool(raw.get("as_adjunct", False)),
        open_clause_bare=bool(raw.get("open_clause_bare", False)),
        open_refusal_stance=raw.get("open_refusal_stance"),
        bare=bool(raw.get("bare", False)),
        particle_object=bool(raw.get("particle_object", False)),
        preps_unquoted=bool(raw.get("preps_unquoted", False)),
        preps_negated=bool(raw.get("preps_negated", False)),
    )


def _received_nouns(data: dict[str, Any]) -> frozenset[str]:
    """The cue nouns of ``received_noun_stances``, or whose verb (an OEWN noun's ``verb``,
    else the noun itself as a lexicon verb) is of a ``received_noun_kinds`` kind."""
    kinds = frozenset(data.get("received_noun_kinds", ()))
    stances = frozenset(data.get("received_noun_stances", ()))
    verbs: dict[str, Any] = data.get("verbs", {})
    out: set[str] = set()
    for noun, raw in data.get("nouns", {}).items():
        if isinstance(raw, str):
            continue
        verb = verbs.get(raw.get("verb") or noun)
        kind = verb.get("kind", "speech") if isinstance(verb, dict) else None
        if raw["stance"] in stances or kind in kinds:
            out.add(noun.lower())
    return frozenset(out)


@functools.cache
def cue_lexicon(language: str) -> CueLexicon:
    """The compiled cue lexicon of ``language`` (``claimx/data/cues/<language>.json``).

    Raises:
        FileNotFoundError: the language has no cue file.
    """
    data = load_data("cues", f"{language}.json")
    frames = {name: _frame(raw) for name, raw in data["frames"].items()}
    negated = data["negated_stance"]

    def entry(lemma: str, raw: dict[str, Any]) -> CueVerb:
        return CueVerb(
            lemma=raw.get("lemma", lemma),  # a key may be a form the model mislemmatises
            frame=frames[raw["frame"]],
            stance=raw["stance"],
            negated=raw.get("negated", negated.get(raw["stance"], raw["stance"])),
            future=raw.get("future"),
            kind=raw.get("kind", "speech"),
        )

    phrasal = {
        tuple(key.lower().split()): entry(key.lower(), raw)
        for key, raw in data.get("phrasal_verbs", {}).items()
    }
    verbs = {lemma: entry(lemma, raw) for lemma, raw in data["verbs"].items()}
    for name in data.get("extra_verbs", ()):  # derived lists (Verb∋Net): hand entries win
        for lemma, raw in load_data("cues", name)["verbs"].items():
            if lemma not in verbs:
                verbs[lemma] = CueVerb(
                    lemma=lemma,
                    frame=frames[raw["frame"]],
                    stance=raw["stance"],
                    negated=negated.get(raw["stance"], raw["stance"]),
                )
    preps = tuple(
        (tuple(w.lower() for w in item["words"]), item["lemma"]) for item in data["prepositions"]
    )
    raising = frozenset(w.lower() for w in data.get("raising_verbs", ()))
    raising_frame = frames.get(data.get("raising_frame", ""))
    passive_verbs = {
        lemma: CueVerb(
            lemma=lemma,
            frame=raising_frame,
            stance="assert",
            negated=negated.get("assert", "assert"),
            kind="belief",
        )
        for lemma in sorted(raising)
        if raising_frame is not None and lemma not in verbs
    }
    return CueLexicon(
        language=data["language"],
        labels={role: frozenset(labels) for role, labels in data["labels"].items()},
        verbs=verbs,
        prepositions=preps,
        relative_pronouns=frozenset(data.get("relative_pronouns", ())),
        future_markers=frozenset(data.get("future_markers", ())),
        no_comment_phrases=tuple(data.get("no_comment_phrases", ())),
        statement_preps=frozenset(data.get("statement_preps", ())),
        statement_nouns=frozenset(data.get("statement_nouns", ())),
        nouns={
            n.lower(): raw if isinstance(raw, str) else raw["stance"]
            for n, raw in data.get("nouns", {}).items()
        },
        derived_nouns=frozenset(
            n.lower()
            for n, raw in data.get("nouns", {}).items()
            if not isinstance(raw, str) and raw.get("source") == "oewn"
        ),
        received_nouns=_received_nouns(data),
        holding_verbs=frozenset(w.lower() for w in data.get("holding_verbs", ())),
        partisan_nouns=frozenset(w.lower() for w in data.get("partisan_nouns", ())),
        colon_speaker_labels=frozenset(data.get("colon_speaker_labels", ())),
        colon_non_speakers=frozenset(w.lower() for w in data.get("colon_non_speakers", ())),
        quote_layout=bool(data.get("quote_layout", False)),
        layout_any_verb=bool(data.get("layout_any_verb", False)),
        layout_excluded_verbs=frozenset(w.lower() for w in data.get("layout_excluded_verbs", ())),
        adjunct_marks=frozenset(w.lower() for w in data.get("adjunct_marks", ())),
        question_marks=frozenset(w.lower() for w in data.get("question_marks", ())),
        condition_marks=frozenset(w.lower() for w in data.get("condition_marks", ())),
        raising_verbs=raising,
        raising_frame=raising_frame,
        passive_verbs=passive_verbs,
        expletives=frozenset(w.lower() for w in data.get("expletives", ())),
        statement_pronouns=frozenset(w.lower() for w in data.get("statement_pronouns", ())),
        statement_pronoun_kinds=frozenset(data.get("statement_pronoun_kinds", ())),
        statement_pronoun_stances=frozenset(data.get("statement_pronoun_stances", ())),
        noun_infinitive_kinds=frozenset(data.get("noun_infinitive_kinds", ())),
        statement_issuers=frozenset(w.lower() for w in data.get("statement_issuers", ())),
        infinitive_markers=frozenset(w.lower() for w in data.get("infinitive_markers", ())),
        aside_relatives=frozenset(w.lower() for w in data.get("aside_relatives", ())),
        person_labels=frozenset(data.get("person_labels", ())),
        thing_relatives=frozenset(w.lower() for w in data.get("thing_relatives", ())),
        attitude_nouns=frozenset(
            w.lower()
            for w in (
                load_data("cues", data["attitude_nouns"])["nouns"]
                if "attitude_nouns" in data
                else ()
            )
        ),
        thing_nouns=frozenset(
            w.lower()
            for w in (
                load_data("cues", data["thing_nouns"])["nouns"] if "thing_nouns" in data else ()
            )
        ),
        desire_objects=frozenset(w.lower() for w in data.get("desire_objects", ())),
        evidential_verbs=frozenset(w.lower() for w in data.get("evidential_verbs", ())),
        message_objects=frozenset(w.lower() for w in data.get("message_objects", ())),
        outer_object_kinds=frozenset(data.get("outer_object_kinds", ())),
        relative_gap_kinds=frozenset(data.get("relative_gap_kinds", ())),
        kind_preps={
            kind: frozenset(w.lower() for w in words)
            for kind, words in data.get("kind_preps", {}).items()
        },
        perception_verbs=frozenset(w.lower() for w in data.get("perception_verbs", ())),
        truecase_headlines=bool(data.get("truecase_headlines", False)),
        evidential_adverbs=frozenset(w.lower() for w in data.get("evidential_adverbs", ())),
        connective_phrases=frozenset(w.lower() for w in data.get("connective_phrases", ())),
        evidential_preps=frozenset(w.lower() for w in data.get("evidential_preps", ())),
        forms={k.lower(): v for k, v in data.get("forms", {}).items() if v in verbs},
        adjectives={a.lower(): raw["stance"] for a, raw in data.get("adjectives", {}).items()},
        adjective_infinitives=frozenset(
            a.lower() for a, raw in data.get("adjectives", {}).items() if raw.get("infinitive")
        ),
        adjective_verbs=frozenset(w.lower() for w in data.get("adjective_verbs", ())),
        adjective_content_preps=frozenset(data.get("adjective_content_preps", ())),
        answer_words=tuple(tuple(p.lower().split()) for p in data.get("answer_words", ())),
        answer_kinds=frozenset(data.get("answer_kinds", ())),
        answer_preps=frozenset(data.get("answer_preps", ())),
        phrase_preps=tuple(tuple(p.lower().split()) for p in data.get("phrase_preps", ())),
        phrasal_verbs={(k[0], k[1]): v for k, v in phrasal.items() if len(k) == 2},
        clause_sense_verbs={
            lemma: dataclasses.replace(entry(lemma, raw), clause_sense=True)
            for lemma, raw in data.get("clause_sense_verbs", {}).items()
        },
        clause_sense_marks=frozenset(w.lower() for w in data.get("clause_sense_marks", ())),
        clause_sense_non_holders=frozenset(
            w.lower() for w in data.get("clause_sense_non_holders", ())
        ),
        noun_agent_preps=frozenset(data.get("noun_agent_preps", ())),
        absolute_preps=frozenset(data.get("absolute_preps", ())),
        partitive_preps=frozenset(data.get("partitive_preps", ())),
        copula_verbs=frozenset(data.get("copula_verbs", ())),
        copula_clause_marks=frozenset(data.get("copula_clause_marks", ())),
        partisan_preps=frozenset(data.get("partisan_preps", ())),
        received_holder_preps=frozenset(data.get("received_holder_preps", ())),
        having_addressee_preps=frozenset(data.get("having_addressee_preps", ())),
        stray_agent_preps=frozenset(data.get("stray_agent_preps", ())),
        noun_content_preps=frozenset(data.get("noun_content_preps", ())),
        quoting_verbs=frozenset(data.get("quoting_verbs", ())),
        prep_first_words=frozenset(words[0] for words, _ in preps),
        no_comment_verbs=frozenset(w.lower() for w in data.get("no_comment_verbs", ())),
        negation_words=frozenset(w.lower() for w in data.get("negation_words", ())),
        initial_prepositions=frozenset(
            tuple(w.lower() for w in item["words"])
            for item in data["prepositions"]
            if item.get("initial")
        ),
        inverted_clitics=frozenset(w.lower() for w in data.get("inverted_clitics", ())),
        euphonic_particles=frozenset(w.lower() for w in data.get("euphonic_particles", ())),
        colon_speaker=bool(data.get("colon_speaker", False)),
        shallow_backoff=bool(data.get("shallow_backoff", False)),
    )


@functools.cache
def coref_rules(language: str) -> CorefRules:
    """The compiled speaker-resolution rules of ``language`` (``claimx/data/coref/``).

    Raises:
        FileNotFoundError: the language has no coreference file.
    """
    data = load_data("coref", f"{language}.json")
    descriptions = {
        noun.lower(): cls for cls, nouns in data["descriptions"].items() for noun in nouns
    }
    return CorefRules(
        pronouns={p.lower(): frozenset(labels) for p, labels in data["pronouns"].items()},
        first_person=frozenset(w.lower() for w in data["first_person"]),
        same_source=tuple(tuple(w.lower() for w in words) for words in data["same_source"]),
        descriptions=descriptions,
        label_classes={c: frozenset(labels) for c, labels in data["label_classes"].items()},
        determiners=frozenset(w.lower() for w in data["determiners"]),
        proxy_heads=frozenset(w.lower() for w in data["proxy_heads"]),
        speaker_labels=frozenset(data.get("speaker_labels", ())),
        subject_labels=frozenset(data.get("subject_labels", ())),
        strict_classes=frozenset(data.get("strict_description_classes", ())),
        kind_modifier_labels=frozenset(data.get("kind_modifier_labels", ())),
        proxy_author_labels=frozenset(data.get("proxy_author_labels", ())),
        proxy_author_preps=frozenset(w.lower() for w in data.get("proxy_author_preps", ())),
    )
