"""The raw attribution a finder returns, and the token helpers every finder shares.

:class:`RawClaim` is an attribution in token terms (content already as char spans); the
finders of :mod:`~claimx.attribution.cues` (verbs), :mod:`~claimx.attribution.phrases`
("according to", "in a statement", cue nouns) and :mod:`~claimx.attribution.colon` return it
and :mod:`~claimx.attribution.find` turns it into plain dicts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .lexicon import CueLexicon, CueVerb

__all__ = [
    "RawClaim",
    "prepositional_cue",
    "sourceless_claim",
    "token_runs",
    "trim_trailing_asides",
]

#: Entity labels of a prepositional object that dates the cue rather than being its content.
_TIME_ENTS = frozenset({"DATE", "TIME"})
_QUOTE_CHARS = frozenset("\"'“”„‟«»‘’‚‛‹›")
#: Coarse tags of a name and of a determiner.
_PROPER_NOUN = "PROPN"
_DETERMINER = "DET"
#: Coarse tags of a verb that can be a cue.
_VERB_TAGS = frozenset({"VERB", "AUX"})


@dataclass(slots=True)
class RawClaim:
    """An attribution found in a Doc, in token indices (``*_tokens`` are inclusive ranges)."""

    kind: str
    """``verb``, ``prep``, ``statement``, ``quote`` (content from an adjacent quotation),
    ``colon``, ``noun``, ``adjective``, ``impersonal``."""
    cue: tuple[int, int]
    cue_lemma: str
    cue_head: int
    speaker: tuple[int, int] | None
    speaker_head: int | None
    content: list[tuple[int, int]] = field(default_factory=list)
    """Content as char spans."""
    content_head: int | None = None
    stance: str = "assert"
    target: tuple[int, int] | None = None
    verb: CueVerb | None = None
    negated: bool = False
    phrase_start: int | None = None
    """First token of the attribution phrase when it starts before cue and speaker
    ("**The paper quoted** Y as saying")."""
    phrase_end: int | None = None
    """Last token of the attribution phrase when it ends after cue and speaker: the
    addressee, which is no part of the cue ("X told **reporters**: “...”")."""
    outer_only: bool = False
    """The claim is dropped when its cue lies inside another claim's content: a content
    taken by a preposition of the cue's kind (``kind_preps``), or a noun-phrase content of a
    cue of ``outer_object_kinds`` (en: every kind but speech)."""


def sourceless_claim(
    cue: tuple[int, int],
    cue_lemma: str,
    cue_head: int,
    content: list[tuple[int, int]],
    content_head: int,
    stance: str = "assert",
    negated: bool = False,
    verb: CueVerb | None = None,
) -> RawClaim:
    """A claim that names no source ("it was reported that", "X seems to Y", "was asked
    if"): kind ``impersonal``, speaker ``None``."""
    return RawClaim(
        kind="impersonal",
        cue=cue,
        cue_lemma=cue_lemma,
        cue_head=cue_head,
        speaker=None,
        speaker_head=None,
        content=content,
        content_head=content_head,
        stance=stance,
        verb=verb,
        negated=negated,
    )


def _is_punct(tok: Token) -> bool:
    return tok.is_punct or tok.text in _QUOTE_CHARS


def _balanced(doc: Doc, start: int, end: int) -> bool:
    marks = sum(1 for t in doc[start : end + 1] if t.text in _QUOTE_CHARS)
    return marks % 2 == 0


def token_runs(
    doc: Doc,
    tokens: Iterable[int],
    lex: CueLexicon,
    root: Token | None = None,
    *,
    stop_words: bool = False,
) -> list[tuple[int, int]]:
    """Contiguous runs of ``tokens`` as char spans, edge punctuation and complementizers off
    (not the ``question_marks`` of an embedded question: "**whether** X would run").

    Runs holding only punctuation or stop words are dropped, unless ``stop_words`` (a
    clause of stop words is a statement: "said **it would not**").
    """
    ordered = sorted(set(tokens))
    runs: list[tuple[int, int]] = []
    for i in ordered:
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    out: list[tuple[int, int]] = []
    for start, end in runs:
        changed = True
        while changed and start <= end:
            changed = False
            first, last = doc[start], doc[end]
            if (
                first.is_punct
                and (first.text not in _QUOTE_CHARS or not _balanced(doc, start, end))
            ) or (
                lex.has(first.dep_, "complementizer")
                and first.lower_ not in lex.question_marks  # "whether ..." asks: it stays
                and start < end
                and (root is None or first.head == root)
            ):
                start += 1
                changed = True
            elif _is_punct(last) and (
                last.text not in _QUOTE_CHARS or not _balanced(doc, start, end)
            ):
                end -= 1
                changed = True
        if start > end:
            continue
        out.append((start, end))
    meaningful = [
        r
        for r in out
        if any(not (t.is_punct or (t.is_stop and not stop_words)) for t in doc[r[0] : r[1] + 1])
    ]
    chosen = meaningful or []
    return [(doc[s].idx, doc[e].idx + len(doc[e])) for s, e in chosen]


#: Shortest content (tokens) left after cutting a trailing aside.
_MIN_KEPT_TOKENS = 4
#: How many trailing asides are cut, at most.
_MAX_ASIDES = 3
#: Longest chain of appositions and conjuncts walked back to a cleft's focus.
_MAX_CHAIN = 4


def trim_trailing_asides(
    doc: Doc,
    ids: set[int],
    lex: CueLexicon,
    noun_phrase: bool = False,
    *,
    persons_only: bool = False,
) -> set[int]:
    """Cut a comma-set modifier that ends the content: a non-restrictive relative clause or
    participle ("..., **who is joined on the ballot by ...**", "..., **referring to the
    party's convention**"), also after a quotation whose closing mark follows the comma
    ("... “a disaster,” **adding that ...**"). It comments on the content, or is the
    speaker's next act; it is not what was said. An adverbial clause opened by a
    subordinator, an infinitive of purpose or a past participle is no aside
    (:func:`_said_adverbial`).

    Modifiers are those labelled ``aside`` in the lexicon (none: nothing is cut). With
    ``noun_phrase`` (the content is an object noun phrase) a comma-set apposition
    (``quoted_predicate`` label: "endorsed the mayor of X, **a former governor**") is one
    too: it describes the person named, not what was said about them. A description of a
    person named by an entity of ``person_labels`` is cut from any content, down to the
    name (:func:`_describes_person`: "..., **the mayor of X**"; after a name that is the
    whole object, "endorsed X, **who** ..."); with ``persons_only`` (the contents of noun
    and adjective cues, "support for X, **the party's nominee**") only those are cut. A
    trailing prepositional cue ("..., **according to** X") is an attribution phrase of its
    own and leaves the content too.
    """
    for _ in range(_MAX_ASIDES):
        words = [i for i in ids if not doc[i].is_punct]
        if not words:
            break
        last = max(words)
        cut = None
        kept = _MIN_KEPT_TOKENS
        for i in sorted(ids):
            tok = doc[i]
            comma = tok.left_edge.i - 1
            if comma > 0 and doc[comma].text in _QUOTE_CHARS and doc[comma - 1].text == ",":
                comma -= 1  # the comma inside a closing mark: "“... party,” **claiming** ..."
            if tok.right_edge.i < last or comma not in ids or doc[comma].text != ",":
                continue
            described = _describes_person(tok, ids, lex, noun_phrase)
            aside = (
                (lex.has(tok.dep_, "aside") and not _said_adverbial(tok, lex))
                # a described person, not a name: "X, **Regina Doe**" names who X is
                or (
                    noun_phrase
                    and lex.has(tok.dep_, "quoted_predicate")
                    and tok.pos_ != _PROPER_NOUN
                )
                or _cue_preposition(tok, lex)
            )
            if described or (
                aside
                and not persons_only
                and not _is_cleft_clause(tok, lex)
                and not _is_content_relative(tok, lex)
            ):
                cut = set(range(comma, tok.right_edge.i + 1))
                kept = 1 if described else _MIN_KEPT_TOKENS
                break
        if cut is None or len([i for i in ids - cut if not doc[i].is_punct]) < kept:
            break
        ids = ids - cut
    return ids


def prepositional_cue(doc: Doc, start: int, lex: CueLexicon) -> tuple[tuple[str, ...], str] | None:
    """The first of the lexicon's ``prepositions`` (words, lemma) whose words begin at token
    ``start`` ("**according to** X"), else ``None``."""
    for words, lemma in lex.prepositions:
        if tuple(t.lower_ for t in doc[start : start + len(words)]) == words:
            return words, lemma
    return None


def _cue_preposition(tok: Token, lex: CueLexicon) -> bool:
    """A prepositional cue of the lexicon's ``prepositions`` ("..., **according to** X"):
    an attribution phrase of its own, not part of the content it ends."""
    return lex.has(tok.dep_, "prep") and prepositional_cue(tok.doc, tok.i, lex) is not None


def _describes_person(tok: Token, ids: set[int], lex: CueLexicon, noun_phrase: bool) -> bool:
    """A comma-set description of a person named by an entity of ``person_labels``: an
    apposition opened by a determiner ("..., **a former governor**", "..., **the party's
    nominee**"), or, after a name that is the whole of an object content, any apposition
    or relative clause ("endorsed Ida Lund, **who** ...", "praised Ida Lund, **her
    rival**"). It says who the person is, which is the writer's identification, not what
    was said about them. A name in apposition ("X, **Regina Doe**") stays, as does a
    description of a common noun ("the plan, **a first step**"). So does one that holds a
    quotation mark: the speaker's own words, often a predication the parser hung inside it
    ("praised X, who left the race, **as “a decent man”**"). The name is left even when it
    is shorter than the usual shortest content."""
    name = tok.head
    if (
        not lex.person_labels
        or name.i == tok.i
        or name.ent_type_ not in lex.person_labels
        or name.pos_ != _PROPER_NOUN
        or tok.pos_ == _PROPER_NOUN
        or any(t.text in _QUOTE_CHARS for t in tok.subtree)
    ):
        return False
    if lex.has(tok.dep_, "quoted_predicate") and tok.left_edge.pos_ == _DETERMINER:
        return True
    return (
        noun_phrase
        and name.head.i not in ids  # the name heads the content
        and (lex.has(tok.dep_, "quoted_predicate") or lex.has(tok.dep_, "relative"))
    )


def _said_adverbial(tok: Token, lex: CueLexicon) -> bool:
    """An adverbial clause of the content's own verb that is part of what was said: one
    opened by a subordinator ("..., **because** costs rose", "..., even **though** ..."), an
    infinitive of purpose ("..., **to** pay the bills", "..., to show that ...") or a past
    participle with no subject ("..., **driven** by fuel costs"), which PolNeAR keeps in the
    content. Still asides: a finite clause or participle whose verb is a cue (a report of
    its own: "..., **adding** that ..."), one opened by an adjunct mark ("..., **as** X
    noted") and a present participle ("..., **leaving** families ...", as often the
    writer's note on what followed as the speaker's words)."""
    if not lex.has(tok.dep_, "adverbial"):
        return False
    if _is_infinitive(tok, lex):
        return True
    if lex.token_verb(tok):
        return False
    marks = [c for c in tok.children if lex.has(c.dep_, "complementizer")]
    if marks:
        return marks[0].lower_ not in lex.adjunct_marks
    return (
        "Part" in tok.morph.get("VerbForm", [])
        and "Past" in tok.morph.get("Tense", [])
        and not any(lex.has(c.dep_, "subject") for c in tok.children)
    )


def _is_content_relative(tok: Token, lex: CueLexicon) -> bool:
    """A relative clause that is not opened by one of ``aside_relatives`` ("..., **who** is
    joined on the ballot by ..." is the writer's note on a person). One opened by a
    pronoun of ``thing_relatives`` ("..., **which** was dropped") is the writer's note too,
    unless its antecedent is a proper noun (a named place or body: "Iowa, **which** votes
    first", more often said of it), or it holds a quotation mark (the speaker's own words:
    "..., which led to “...”") or a cue verb (a report of its own, "..., which critics say
    ...", whose cue stays nested in the content). Without ``aside_relatives`` every
    relative clause labelled ``aside`` is one."""
    if not lex.aside_relatives or not lex.has(tok.dep_, "relative"):
        return False
    opener = tok.left_edge.lower_
    if opener in lex.thing_relatives:
        return tok.head.pos_ == _PROPER_NOUN or any(
            t.text in _QUOTE_CHARS or (t.pos_ in _VERB_TAGS and lex.token_verb(t) is not None)
            for t in tok.subtree
        )
    return opener not in lex.aside_relatives


def _is_cleft_clause(tok: Token, lex: CueLexicon) -> bool:
    """A relative clause on the focus of a cleft ("it was X, not Y, **who decided**"): it
    holds what was said, it is no aside. The focus is the predicate of a verb whose subject
    is an expletive (``expletives`` in the lexicon), reached from the clause's antecedent
    through appositions and conjuncts (``noun_chain``)."""
    if not lex.has(tok.dep_, "relative"):
        return False
    focus = tok.head
    for _ in range(_MAX_CHAIN):
        if not lex.has(focus.dep_, "noun_chain") or focus.head.i == focus.i:
            break
        focus = focus.head
    verb = focus.head
    return (
        lex.has(focus.dep_, "predicate")
        and verb.i != focus.i
        and any(lex.has(c.dep_, "subject") and c.lower_ in lex.expletives for c in verb.children)
    )


def _subtree_ids(tok: Token) -> set[int]:
    return {t.i for t in tok.subtree}


def _is_infinitive(tok: Token, lex: CueLexicon) -> bool:
    """A verb with an infinitive marker ("his promise **to** cut taxes")."""
    return any(
        lex.has(c.dep_, "auxiliary") and c.lower_ in lex.infinitive_markers for c in tok.children
    )


def _span_range(span: tuple[int, int]) -> tuple[int, int]:
    return span[0], span[1] + 1
