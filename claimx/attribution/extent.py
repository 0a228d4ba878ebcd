"""How far a cue reaches: the whole predicate that marks the attribution.

A cue is the predicate that marks an attribution, not only its head word (the convention of
the Penn Attribution Relation Corpus, which PolNeAR follows): the verbs it is the open
complement of when they share its subject ("**went on to** say", "**seemed to** blame",
"**began by** saying"), the linking verb and adverbs of a cue adjective ("**has been**
critical **of**"), the determiner and modifiers of a cue noun ("**stern** opposition **to**")
and the preposition that opens the content of a noun or adjective ("criticism **of** Y",
"worried **about** Y"). Verbs that are cues themselves ("wants to say", "refused to
comment") stay out: they are their own claims. Dependency roles come from the language's
:class:`~claimx.attribution.lexicon.CueLexicon` labels; a language without a role gives no
extension.

Pure functions on spaCy tokens, token indices in and out.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import CueLexicon

__all__ = ["adjective_cue", "governing_start", "helper_start", "noun_cue"]

#: How many governing verbs are climbed ("had **tried to continue to** argue").
_MAX_GOVERNORS = 3
#: Coarse tags of a verb or adjective a cue can be the open complement of.
_GOVERNOR_POS = frozenset({"VERB", "ADJ"})
#: Fine-grained tag of a wh-adverb ("when", "how").
_WH_ADVERB = "WRB"
#: Fine-grained tag of a gerund ("saying").
_GERUND = "VBG"


def _is_helper(child: Token, lex: CueLexicon) -> bool:
    """An auxiliary, negation or childless adverb before a word ("**has since** said")."""
    if lex.has(child.dep_, "auxiliary") or lex.has(child.dep_, "negation"):
        return True
    return (
        lex.has(child.dep_, "adverb")
        and child.n_lefts + child.n_rights == 0
        and child.tag_ != _WH_ADVERB  # "when asked", "how X said": no part of the cue
    )


def helper_start(tok: Token, start: int, lex: CueLexicon) -> int:
    """``start`` moved left over ``tok``'s auxiliaries, negation and adverbs that touch it
    ("**has not** said", "**also** said", "**has since** said") and a floating quantifier of
    its subject ("the mayors **both** denounced"). A clause-initial adverb
    set off by a comma ("Later, he said") is left out: it is not next to the verb."""
    helpers = {c.i for c in tok.lefts if _is_helper(c, lex)}
    for subject in tok.lefts:  # "the mayors **both** denounced"
        if lex.has(subject.dep_, "subject"):
            helpers |= {
                c.i
                for c in subject.rights
                if lex.has(c.dep_, "noun_chain")
                and c.pos_ == "PRON"
                and "Yes" not in c.morph.get("Reflex", [])
                and not c.n_rights
            }
    while start - 1 in helpers:
        start -= 1
    return start


def _governor(cur: Token, lex: CueLexicon) -> tuple[Token, int] | None:
    """The verb ``cur`` is the open complement of, with the first token between them that
    belongs to the link ("to" is ``cur``'s own auxiliary; "by" of "began by saying")."""
    head = cur.head
    if head.i == cur.i or head.i > cur.i:
        return None
    # "went on to say": an infinitive, which the parser may also label adverbial
    infinitive = lex.has(cur.dep_, "adverbial") and any(
        lex.has(c.dep_, "auxiliary") and c.lower_ in lex.infinitive_markers for c in cur.lefts
    )
    if (lex.has(cur.dep_, "open_clause") or infinitive) and head.pos_ in _GOVERNOR_POS:
        return head, cur.left_edge.i
    # "began by saying", "pivoted to arguing": a gerund object of the verb's preposition
    prep = head
    if (
        lex.has(cur.dep_, "prep_object")
        and lex.has(prep.dep_, "prep")
        and prep.i == cur.i - 1
        and prep.head.i < prep.i
        and prep.head.pos_ == "VERB"
        and cur.tag_ == _GERUND
    ):
        return prep.head, prep.i
    return None


def governing_start(tok: Token, start: int, lex: CueLexicon) -> int:
    """``start`` moved left over the verbs cue verb ``tok`` is the open complement of, when
    they are no cues themselves and nothing but their particles, adverbs and the linking
    "to"/"by" stands between them and the cue ("**went on to** say", "**continued to**
    question", "**tried to** discuss", "**began by** saying"; a ``bare`` cue verb with an
    infinitive is no cue). An object in between ("urged Y to say", "used the speech to
    argue") stops the climb: the subject may change."""
    cur = tok
    for _ in range(_MAX_GOVERNORS):
        found = _governor(cur, lex)
        if found is None:
            break
        gov, link = found
        if gov.pos_ == "ADJ" and gov.lemma_.lower() in lex.adjectives:
            break  # "eager to say": the adjective's own claim
        governing = lex.verb(gov.lemma_.lower(), gov.lower_) if gov.pos_ != "ADJ" else None
        if governing is not None and not governing.frame.bare:
            break  # "wants to say", "refused to comment": a cue of its own
        joined = {gov.i} | {
            c.i
            for c in gov.rights
            if lex.has(c.dep_, "particle") or (lex.has(c.dep_, "adverb") and not c.n_rights)
        }
        if any(i not in joined for i in range(gov.i, min(link, start))):
            break
        if gov.pos_ == "ADJ":  # "was quick to say": from the linking verb on
            verb = gov.head
            first = gov.doc[helper_start(gov, gov.i, lex)]
            if not lex.has(gov.dep_, "predicate") or not _helpers_between(verb, first, lex):
                break
            gov = verb
        start = helper_start(gov, gov.i, lex)
        cur = gov
    return start


def _helpers_between(verb: Token, word: Token, lex: CueLexicon) -> bool:
    """Whether ``verb`` comes before ``word`` with only its own helpers between them."""
    if verb.i >= word.i:
        return False
    doc = verb.doc
    return all(
        doc[i].head.i == verb.i and _is_helper(doc[i], lex) for i in range(verb.i + 1, word.i)
    )


def adjective_cue(tok: Token, content_head: Token | None, lex: CueLexicon) -> tuple[int, int]:
    """A cue adjective with its linking verb and the adverbs and auxiliaries before them
    ("**has been** critical", "**are not** confident") and the preposition of its content
    ("critical **of**", "worried **about**")."""
    start = helper_start(tok, tok.i, lex)
    verb = tok.head
    if lex.has(tok.dep_, "predicate") and _helpers_between(verb, verb.doc[start], lex):
        start = helper_start(verb, verb.i, lex)
    return start, _content_prep_end(tok, content_head, lex)


def noun_cue(
    tok: Token, content_head: Token | None, lex: CueLexicon, start: int | None = None
) -> tuple[int, int]:
    """A cue noun with its determiner and modifiers right before it ("**the** idea", "**stern**
    opposition"; not a possessor, who is the speaker) and the preposition of its content
    ("criticism **of**", "support **for**"). ``start``: a light verb the cue starts at."""
    first = tok.i
    if start is None:
        for mod in reversed(list(tok.lefts)):
            if mod.right_edge.i != first - 1 or not lex.has(mod.dep_, "noun_modifier"):
                break
            if mod.pos_ == "PROPN" or mod.ent_type_:
                break  # "Republican criticism": the author
            first = mod.left_edge.i
    return (first if start is None else start), _content_prep_end(tok, content_head, lex)


def _content_prep_end(tok: Token, content_head: Token | None, lex: CueLexicon) -> int:
    """The preposition right after ``tok`` whose object is the content, else ``tok``."""
    if content_head is None or tok.i + 1 >= len(tok.doc):
        return tok.i
    prep = tok.doc[tok.i + 1]
    if prep.head.i == tok.i and lex.has(prep.dep_, "prep") and content_head.head.i == prep.i:
        return prep.i
    return tok.i
