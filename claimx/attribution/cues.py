"""Dependency-based attribution cues: reporting verbs, "according to" and "in a statement".

Pure functions on a parsed spaCy ``Doc``. Each finder returns :class:`RawClaim` objects in
token terms (content already as char spans); :mod:`claimx.attribution.find` adds the
quotation-based claims and turns everything into plain dicts. Which verbs are cues, where
their speaker/content/target sit and which stance they carry all come from
:class:`~claimx.attribution.lexicon.CueLexicon`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .lexicon import CueLexicon, CueVerb
from .speakers import (
    _children,
    _clitic_subject,
    _inverted_subject,
    _noun_author,
    _participle_subject,
    _prep_objects,
    _subject,
    speaker_tokens,
)

__all__ = ["RawClaim", "find_cue_claims", "speaker_tokens", "token_runs"]

#: "In a statement, X ...": the rest of the clause must say something.
_MIN_STATEMENT_WORDS = 3
#: Entity labels of a prepositional object that dates the cue rather than being its content.
_TIME_ENTS = frozenset({"DATE", "TIME"})
_QUOTE_CHARS = frozenset("\"'“”„‟«»‘’‚‛‹›")


@dataclass(slots=True)
class RawClaim:
    """An attribution found in a Doc, in token indices (``*_tokens`` are inclusive ranges)."""

    kind: str
    """``verb``, ``prep``, ``statement``, ``quote`` (content from an adjacent quotation),
    ``float`` (a quotation following an attributed one)."""
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


def _is_punct(tok: Token) -> bool:
    return tok.is_punct or tok.text in _QUOTE_CHARS


def _balanced(doc: Doc, start: int, end: int) -> bool:
    marks = sum(1 for t in doc[start : end + 1] if t.text in _QUOTE_CHARS)
    return marks % 2 == 0


def token_runs(
    doc: Doc, tokens: Iterable[int], lex: CueLexicon, root: Token | None = None
) -> list[tuple[int, int]]:
    """Contiguous runs of ``tokens`` as char spans, edge punctuation and complementizers off.

    Runs holding only punctuation or stop words are dropped when another run remains.
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
        r for r in out if any(not (t.is_punct or t.is_stop) for t in doc[r[0] : r[1] + 1])
    ]
    chosen = meaningful or []
    return [(doc[s].idx, doc[e].idx + len(doc[e])) for s, e in chosen]


def _subtree_ids(tok: Token) -> set[int]:
    return {t.i for t in tok.subtree}


def _drop_final_preps(doc: Doc, ids: set[int], preps: frozenset[str], lex: CueLexicon) -> set[int]:
    """Remove a trailing "as ..." characterisation ("dismissed X as absurd")."""
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


def _content_ids(
    tok: Token, verb: CueVerb, lex: CueLexicon, subject: Token
) -> tuple[set[int], Token | None]:
    """Token ids of the content of cue verb ``tok`` and the content's head token."""
    frame = verb.frame
    excluded = _subtree_ids(subject) if subject.i in _subtree_ids(tok) else set()
    excluded.add(tok.i)
    sources = frame.content
    if subject.i > tok.i and "adjoined" in sources:
        # an inverted cue ("..., a annoncé X, le président") reports what comes before
        # it; a noun phrase after its subject is an apposition the parser hung on it
        sources = ("adjoined", *(s for s in sources if s != "adjoined"))
    for source in sources:
        roots: list[Token] = []
        if source == "clause":
            roots = _children(tok, lex, "clause") or _misattached_clause(tok, lex)
        elif source == "object":
            roots = [c for c in _children(tok, lex, "object") if c.pos_ != "PRON"]
        elif source == "preps":  # "accuses Y of Z": "of" hangs on the verb or on Y
            for holder in (tok, *_children(tok, lex, "object")):
                roots.extend(
                    obj
                    for _, obj in _prep_objects(holder, lex, frame.content_preps)
                    if obj.i > tok.i and obj.ent_type_ not in _TIME_ENTS  # not "on Monday"
                )
        elif source == "open_clause":
            roots = [
                c
                for c in _children(tok, lex, "open_clause")
                if (not frame.open_clause_lemmas or c.lemma_.lower() in frame.open_clause_lemmas)
                and not (
                    frame.open_clause_bare
                    and any(lex.has(m.dep_, "complementizer") for m in c.children)
                )
            ]
        elif source == "adjoined":
            ids, head = _adjoined(tok, lex, subject)
            if ids:
                return ids - excluded, head
        if roots:
            ids = set().union(*(_subtree_ids(r) for r in roots)) - excluded
            ids = _drop_final_preps(tok.doc, ids, frame.drop_final_preps, lex)
            if ids:
                return ids, roots[0]
    return set(), None


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


def _adjoined(tok: Token, lex: CueLexicon, subject: Token) -> tuple[set[int], Token | None]:
    """Content before an inverted or parenthetical cue: "..., he said" / "..., observes X"."""
    doc = tok.doc
    helpers = [
        c.i for c in tok.lefts if lex.has(c.dep_, "auxiliary") or lex.has(c.dep_, "negation")
    ]
    first = min(tok.i, subject.i, *helpers)
    if first == 0 or doc[first - 1].text not in {",", '"', "”", "»", "“", "—", "–"}:
        return set(), None
    head = tok.head
    if head.i != tok.i and lex.has(tok.dep_, "adjoined"):
        ids = _subtree_ids(head) - _subtree_ids(tok)
        if head.i < tok.i:  # "..., he said."
            return {i for i in ids if i < first}, head
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


def _cue_span(tok: Token, verb: CueVerb, lex: CueLexicon) -> tuple[int, int]:
    """The verb plus an addressee right after it ("told AFP")."""
    start, end = tok.i, tok.i
    for role in verb.frame.addressee:
        for child in _children(tok, lex, role):
            sub = sorted(_subtree_ids(child))
            if sub[0] == end + 1:
                end = sub[-1]
    return start, end


def _stance(
    tok: Token, verb: CueVerb, lex: CueLexicon, content_text: str, head: Token | None
) -> tuple[str, bool]:
    negated = any(
        not lex.negation_words or c.lower_ in lex.negation_words
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


def _verb_claims(doc: Doc, lex: CueLexicon, allowed: Callable[[int], bool]) -> list[RawClaim]:
    out: list[RawClaim] = []
    doc_text = doc.text  # Doc.text rebuilds the string on every access
    for tok in doc:
        verb = lex.verbs.get(tok.lemma_.lower())
        if verb is None or tok.pos_ not in ("VERB", "AUX") or not allowed(tok.idx):
            continue
        subject = _clitic_subject(tok, lex) or _subject(tok, lex)
        if subject is not None and not allowed(subject.idx):
            subject = None  # a subject inside the quotation ("we") is not the speaker
        subject = subject or _inverted_subject(tok, lex) or _participle_subject(tok, lex)
        if subject is None:
            continue
        ids, head = _content_ids(tok, verb, lex, subject)
        ids -= set(range(*_span_range(speaker_tokens(subject, lex))))
        if subject.head.i > tok.i and subject.head.head.i == tok.i:
            ids -= _subtree_ids(subject.head)  # "said X commenting on ...": not the content
        content = token_runs(doc, ids, lex, head)
        text = " ".join(doc_text[s:e] for s, e in content)
        stance, negated = _stance(tok, verb, lex, text, head)
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
        sp = speaker_tokens(subject, lex)
        if subject.i > tok.i:
            sp = _with_apposition(tok, sp, ids, lex)
        outer = subject.head
        phrase_start = None
        if outer.i != tok.i and outer.lemma_.lower() in lex.quoting_verbs:
            phrase_start = min(
                (c.left_edge.i for c in _children(outer, lex, "subject")), default=outer.i
            )
        out.append(
            RawClaim(
                kind="verb",
                cue=_cue_span(tok, verb, lex),
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
            )
        )
    return out


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


def _span_range(span: tuple[int, int]) -> tuple[int, int]:
    return span[0], span[1] + 1


def _prep_claims(doc: Doc, lex: CueLexicon, allowed: Callable[[int], bool]) -> list[RawClaim]:
    out: list[RawClaim] = []
    doc_text = doc.text
    for tok in doc:
        if tok.lower_ not in lex.prep_first_words or not allowed(tok.idx):
            continue
        for words, lemma in lex.prepositions:
            end = tok.i + len(words)
            if end > len(doc) or tuple(t.lower_ for t in doc[tok.i : end]) != words:
                continue
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
                break
            if words in lex.initial_prepositions and not (tok.is_sent_start and speaker.ent_type_):
                break  # "Pour X, ...": only sentence-initial, only a named X
            phrase = set(range(tok.i, end)) | _subtree_ids(speaker)
            ids = _subtree_ids(head) - phrase - _subtree_ids(tok)
            content = token_runs(doc, ids, lex, head)
            text = " ".join(doc_text[s:e] for s, e in content)
            stance = (
                "no_comment" if any(p in text.lower() for p in lex.no_comment_phrases) else "assert"
            )
            author = _noun_author(speaker, lex)
            if author is not None:  # "according to X's announcement": X announced it
                noun_stance = lex.nouns[speaker.lemma_.lower()] if stance == "assert" else stance
                out.append(_noun_claim(speaker, author, content, head, noun_stance, lex))
                break
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
            break
    return out


def _statement_claims(
    doc: Doc, lex: CueLexicon, allowed: Callable[[int], bool], taken: set[int]
) -> list[RawClaim]:
    """ "In a statement, X criticised ...": the clause without its subject is the content.

    ``taken``: verbs that are cues themselves ("said in a statement"); a cue verb whose frame
    found nothing ("called the arrests illegal": "call" wants "for ...") does not count.
    """
    out: list[RawClaim] = []
    for tok in doc:
        if tok.lower_ not in lex.statement_preps:
            continue
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
    speaker: Token,
    content: list[tuple[int, int]],
    content_head: Token | None,
    stance: str,
    lex: CueLexicon,
    kind: str = "noun",
) -> RawClaim:
    """A claim whose cue is the one word ``cue`` said by ``speaker``: a noun ("announcement",
    "claim"), or (``kind="quote"``) the verb of a clause introducing a quotation."""
    return RawClaim(
        kind=kind,
        cue=(cue.i, cue.i),
        cue_lemma=cue.lemma_.lower(),
        cue_head=cue.i,
        speaker=speaker_tokens(speaker, lex),
        speaker_head=speaker.i,
        content=content,
        content_head=content_head.i if content_head is not None else None,
        stance=stance,
    )


def _noun_claims(doc: Doc, lex: CueLexicon, allowed: Callable[[int], bool]) -> list[RawClaim]:
    """ "X's claim that ...", "the announcement by X that ...": a cue noun with both a
    speaker (possessor or "by" object) and a that-clause."""
    out: list[RawClaim] = []
    for tok in doc:
        stance = lex.nouns.get(tok.lemma_.lower())
        if stance is None or tok.pos_ != "NOUN" or not allowed(tok.idx):
            continue
        speakers = _children(tok, lex, "possessor") or [
            obj for _, obj in _prep_objects(tok, lex, lex.noun_agent_preps)
        ]
        clauses = [
            c
            for c in tok.children
            if c.i > tok.i
            and (lex.has(c.dep_, "clause") or lex.has(c.dep_, "noun_clause"))
            and any(lex.has(m.dep_, "complementizer") for m in c.children)
        ]
        if not speakers or not clauses:
            continue
        speaker = speakers[0]
        ids = _subtree_ids(clauses[0])
        content = token_runs(doc, ids, lex, clauses[0])
        if not content:
            continue
        out.append(_noun_claim(tok, speaker, content, clauses[0], stance, lex))
    return out


def find_cue_claims(doc: Doc, lex: CueLexicon, allowed: Callable[[int], bool]) -> list[RawClaim]:
    """Every cue-based attribution whose cue starts at a char offset ``allowed`` accepts.

    Claims without content are returned too (``content == []``): a quotation next to them
    may supply it.
    """
    verbs = _verb_claims(doc, lex, allowed)
    refused = {c.content_head for c in verbs if c.stance == "no_comment"}
    # "declined to comment on X": the comment verb is the refusal's content, not a claim
    verbs = [c for c in verbs if c.cue_head not in refused]
    taken = {
        c.cue_head
        for c in verbs
        if c.content or (c.verb is not None and "quote" in c.verb.frame.content)
    }
    claims = verbs + _prep_claims(doc, lex, allowed)
    claims += _statement_claims(doc, lex, allowed, taken) + _noun_claims(doc, lex, allowed)
    claims.sort(key=lambda c: c.cue[0])
    return claims
