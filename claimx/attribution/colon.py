"""Colon attribution: "Pentagon: Moscow fires missiles at Ukraine", `Name, title: "quote"`,
transcript lines `NAME: ...`.

A colon whose left side, back to the start of the sentence or to an earlier colon, is a short
noun phrase naming an agent (an entity of one of the lexicon's ``colon_speaker_labels``, an
all-capitals name as in transcripts, or at most :data:`MAX_TITLED_WORDS` capitalised words,
which the small model often leaves untagged in a title-case headline: "Poll: ...", but none
of ``colon_non_speakers``: "UPDATE:", "The Latest:")
attributes what follows it, up to the end of the sentence, to that phrase. The left side
holds no verb and no cue word ("Prices rose: ...", "Senator Endorses Rival: ..." are no
attributions) and the right side has at least :data:`MIN_CONTENT_WORDS` words and is no
roster: at least :data:`MIN_LIST_ITEMS` comma-separated names ("Panel: Ada Roe, Ben Lund,
Cal Moss") say who, not what. Languages whose cue file has
no ``colon_speaker_labels`` get none.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from .._extensions import doc_text
from .cues import RawClaim, token_runs
from .lexicon import CueLexicon

__all__ = ["find_colon_claims"]

#: Longest speaker phrase before a colon, in tokens ("Jane Roe, mayor of Springfield").
MAX_SPEAKER_TOKENS = 10
#: Longest capitalised phrase before a colon taken as a speaker without an entity label.
MAX_TITLED_WORDS = 4
#: Shortest content after the colon, in words.
MIN_CONTENT_WORDS = 3
#: A right side of this many comma-separated names is a roster...
MIN_LIST_ITEMS = 3
#: ... when this share of its items are names.
ROSTER_SHARE = 0.8
#: Dashes that set a heading off from a name ("SECTION HEADING - Name: ..."), written with a
#: space on each side (a hyphen inside a word is no dash).
_DASHES = frozenset({"-", "–", "—", "--"})
_NP_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "PUNCT", "CCONJ", "ADP", "NUM", "PART", "X"})


def _speaker(doc: Doc, start: int, colon: int, lex: CueLexicon) -> tuple[int, int, int] | None:
    """(first, last, head) of the speaker phrase ``doc[start:colon]``, or ``None``."""
    words = [t for t in doc[start:colon] if not t.is_punct and not t.is_space]
    if not words or len(doc[start:colon]) > MAX_SPEAKER_TOKENS:
        return None
    if " ".join(t.lower_ for t in words) in lex.colon_non_speakers:
        return None  # "UPDATE:", "Photo:", "Editor's note:"
    if any(lex.verb(t.lemma_.lower(), t.lower_) is not None for t in words):
        return None  # a title-case clause: "Senator Endorses Rival: ..."
    letters = [ch for t in words for ch in t.text if ch.isalpha()]
    shouted = len(letters) >= 2 and all(ch.isupper() for ch in letters)  # "HOLT:"
    if not shouted and any(t.pos_ not in _NP_POS for t in words):
        return None
    named = [t for t in words if t.ent_type_ in lex.colon_speaker_labels]
    # a short capitalised name the model tags as a common noun in a title-case line
    # ("Mayor Lund: ...", "Poll: ...")
    titled = len(words) <= MAX_TITLED_WORDS and all(t.text[:1].isupper() for t in words)
    if not named and not shouted and not titled:
        return None
    first, last = words[0].i, words[-1].i
    head = named[0] if named else words[-1]
    return first, last, head.i


def _is_list(doc: Doc, tokens: list[int]) -> bool:
    """A run of at least :data:`MIN_LIST_ITEMS` comma-separated items ("Ada Roe, Ben Lund,
    Cal Moss"), :data:`ROSTER_SHARE` of them names (at most :data:`MAX_TITLED_WORDS` words,
    none a stop word, number or verb; case is not read, as a headline copy lowers names):
    a roster, not a statement."""
    items: list[list[Token]] = [[]]
    for i in tokens:
        tok = doc[i]
        if tok.text in {",", ";"} or tok.lower_ in {"and", "&"}:
            if items[-1]:
                items.append([])
        elif not tok.is_punct and not tok.is_space:
            items[-1].append(tok)
    items = [item for item in items if item]
    names = sum(
        1
        for item in items
        if len(item) <= MAX_TITLED_WORDS
        and not any(t.is_stop or t.like_num or t.pos_ in ("VERB", "AUX") for t in item)
    )
    return len(items) >= MIN_LIST_ITEMS and names >= ROSTER_SHARE * len(items)


def _sentence_claims(
    doc: Doc, sent: Span, lex: CueLexicon, allowed: Callable[[int], bool]
) -> list[RawClaim]:
    out: list[RawClaim] = []
    start = sent.start
    for tok in sent:
        if tok.text in _DASHES and tok.i > start and tok.whitespace_:
            start = tok.i + 1  # "SECTION HEADING - Name: ...": the name starts after the dash
            continue
        if tok.text != ":":
            continue
        colon = tok.i
        found = _speaker(doc, start, colon, lex) if allowed(tok.idx) else None
        start = colon + 1
        if found is None:
            continue
        first, last, head = found
        rest = [t.i for t in doc[colon + 1 : sent.end] if not t.is_space]
        if sum(1 for i in rest if doc[i].is_alpha) < MIN_CONTENT_WORDS or _is_list(doc, rest):
            continue
        content = token_runs(doc, rest, lex)
        if not content:
            continue
        out.append(
            RawClaim(
                kind="colon",
                cue=(colon, colon),
                cue_lemma=":",
                cue_head=colon,
                speaker=(first, last),
                speaker_head=head,
                content=content[:1] if len(content) == 1 else [(content[0][0], content[-1][1])],
                content_head=doc[rest[0]].sent.root.i if rest else None,
            )
        )
        break  # one attribution per sentence: "A: B: C" attributes C to the first named B
    return out


def find_colon_claims(doc: Doc, lex: CueLexicon, allowed: Callable[[int], bool]) -> list[RawClaim]:
    """Every colon attribution whose colon ``allowed`` accepts (see the module docstring)."""
    if not lex.colon_speaker_labels:
        return []
    out: list[RawClaim] = []
    text = doc_text(doc)
    for sent in doc.sents:
        if ":" in text[sent.start_char : sent.end_char] and any(t.text == ":" for t in sent):
            out.extend(_sentence_claims(doc, sent, lex, allowed))
    return out
