"""The wire-copy layout of a quotation and its attribution, read from the words, not the tree.

"“Q,” X said", "“Q,” said X", "“Q,” X, 58, told AFP in an interview on Monday", "“Q?” the
mayor asked": a quotation that opens its sentence and ends with a comma, a question or an
exclamation mark inside its closing mark, followed in the same sentence by a short speaker
noun phrase and one finite verb (or the verb, then the speaker) and nothing but adjuncts.
The layout alone says who spoke the quotation, however the parser hung the words after it
(the small English model often makes the speaker an adverb of the quotation's own verb and
the cue verb its conjunct, or hangs the quotation on the speaker).
:func:`quote_layout` finds the speaker and the verb; :mod:`claimx.attribution.find` makes
the claim.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .lexicon import CueLexicon

__all__ = ["QuoteLayout", "opens_statement", "quote_layout"]

#: Fine-grained tags of a finite verb.
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: Fine-grained tags of the main verb after an auxiliary ("has **said**", "would **add**").
_AFTER_AUX = frozenset({"VBN", "VB", "VBG"})
#: Fine-grained tag of the main verb after a modal ("would **add**"; not "**Will** wrote").
_AFTER_MODAL = frozenset({"VB"})
#: Fine-grained tag of a modal ("would say").
_MODAL = "MD"
#: Tokens that end the attribution phrase (a sentence end, a bracket, a dash).
_STOPS = frozenset({".", "!", "?", ";", ":", "…", "(", ")", "[", "]", "—", "–", "--", "―"})
#: Coarse tags of a speaker noun phrase's head.
_HEAD_POS = frozenset({"PROPN", "NOUN", "PRON"})
#: Coarse tags of the words of a speaker noun phrase (with its apposition: "X, 58,",
#: "X, founder of Y,"): nouns, names, determiners, adjectives, numbers, the possessive
#: "'s", prepositions inside a description, "and" of two speakers, commas and hyphens.
_PHRASE_POS = frozenset(
    {"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "PART", "ADP", "CCONJ", "PUNCT", "SYM"}
)
#: Coarse tags a speaker noun phrase may open with.
_FIRST_POS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM"})
#: Coarse tags the tagger gives a capitalised name it misreads ("said **Skelly**" as an
#: adverb, "**Trump** shot back" as a verb).
_MISREAD_NAME_POS = frozenset({"ADV", "AUX", "VERB", "X", "INTJ"})
#: Fine-grained tags of a wh-word.
_WH_TAGS = frozenset({"WP", "WDT", "WP$", "WRB"})
#: Relative pronouns of a comma-set clause inside the speaker phrase ("X, who was not
#: authorized to speak, told Y").
_RELATIVES = frozenset({"who", "whom", "whose", "which"})
#: Punctuation that may sit inside a speaker phrase.
_PHRASE_PUNCT = frozenset({",", "-", "'", "’", "&", "."})
#: Marks that end the previous sentence before a quotation that opens a statement, and
#: opening brackets ("(“Q,” wrote X)").
_OPENERS = frozenset(".!?:;—–([")
_CLOSERS = frozenset("\"'”’»)]")
#: Marks that may end a sentence at the end of a quotation: "“Q?” the mayor asked" goes on,
#: "“Q?” The debate ended." does not.
_SENTENCE_MARKS = frozenset("?!")
#: The end of a quotation that leaves its statement open: "“Q,” X said".
_QUOTE_ENDS = frozenset(",?!")
#: Longest speaker phrase, in tokens ("an intelligence source, who was not authorized to
#: speak on the record,").
MAX_SPEAKER_TOKENS = 20
#: Entity labels of a time adjunct after the verb ("told AFP **Monday**").
_TIME_ENTS = frozenset({"DATE", "TIME"})
#: Coarse tags that may follow a verb outside the lexicon: its adjuncts ("quipped **in**
#: reference to Y", "shot back **with** a laugh", "posted **Monday**", "read**,** ...").
_ADJUNCT_POS = frozenset({"ADP", "ADV", "SCONJ"})
#: Coarse tags of the words of an addressee ("told **the New York Times**").
_ADDRESSEE_POS = frozenset({"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM", "PART"})


@dataclass(frozen=True, slots=True)
class QuoteLayout:
    """The attribution phrase after a quotation, in token indices (inclusive ranges)."""

    verb: int
    cue: tuple[int, int]
    speaker: tuple[int, int]
    speaker_head: int
    end: int
    """Last token of the attribution phrase before its adjuncts (the speaker after an
    inverted verb, else the cue)."""


def opens_statement(text: str, start: int, quote_start: int) -> bool:
    """Whether a quotation starting at ``quote_start`` opens its sentence: nothing but
    spaces before it since ``start`` (its paragraph's start), or a sentence end, colon or
    dash (with closing marks after it) right before it."""
    k = quote_start
    while k > start and text[k - 1].isspace():
        k -= 1
    if k <= start or "\n" in text[k:quote_start]:
        return True
    while k > start and text[k - 1] in _CLOSERS:
        k -= 1
    return k > start and text[k - 1] in _OPENERS


def closes_open(text: str, inner_start: int, inner_end: int) -> bool:
    """Whether the quoted words end with a comma, question or exclamation mark."""
    k = inner_end
    while k > inner_start and text[k - 1].isspace():
        k -= 1
    return k > inner_start and text[k - 1] in _QUOTE_ENDS


def _stop(tok: Token) -> bool:
    return tok.text in _STOPS or tok.is_quote or tok.is_space


def _verb_at(doc: Doc, i: int, end: int) -> tuple[int, int] | None:
    """(first, verb) of the finite verb group starting at ``i``: a finite verb ("said"), or
    an auxiliary or modal before it ("has said", "would add"); ``None`` if none starts
    there."""
    tok = doc[i]
    if tok.tag_ == _MODAL or (tok.tag_ in _FINITE and tok.pos_ == "AUX"):
        k = i + 1
        while k < end and doc[k].pos_ in ("ADV", "PART") and doc[k].tag_ not in _AFTER_AUX:
            k += 1  # "has also said", "did not say"
        after = _AFTER_MODAL if tok.tag_ == _MODAL else _AFTER_AUX  # not "Will wrote"
        if k < end and doc[k].tag_ in after and doc[k].pos_ in ("VERB", "AUX"):
            return i, k
        if tok.tag_ == _MODAL:
            return None
    if tok.tag_ in _FINITE and tok.pos_ in ("VERB", "AUX"):
        return i, i
    return None


def _name_like(doc: Doc, i: int, end: int) -> bool:
    """A capitalised auxiliary or modal right before a finite verb, opening the phrase: a
    name ("“Q,” **Will** wrote"), not a verb group."""
    tok = doc[i]
    return (
        tok.is_title
        and tok.pos_ == "AUX"
        and i + 1 < end
        and doc[i + 1].tag_ in _FINITE | {"VBN"}
        and doc[i + 1].pos_ == "VERB"
    )


def _misread_name(tok: Token) -> bool:
    """A capitalised word the tagger gave a verb's or an adverb's tag inside a speaker
    phrase: a name ("said **Skelly**", "**Will** wrote")."""
    return tok.is_title and tok.pos_ in _MISREAD_NAME_POS


def _cue_participle(doc: Doc, i: int, end: int, lex: CueLexicon) -> bool:
    """A cue verb tagged as a past participle with no finite verb after it in the phrase:
    the tagger's misreading of a finite cue ("“Q?” the boy **asked**"), not a participle
    on the speaker ("a report **cited** by X said")."""
    tok = doc[i]
    if tok.tag_ != "VBN" or lex.token_verb(tok) is None:
        return False
    for k in range(i + 1, end):
        if doc[k].text == "," or doc[k].pos_ == "CCONJ":
            return True  # "X barked and a guard walked him out"
        if doc[k].tag_ in _FINITE or doc[k].tag_ == _MODAL:
            return False
    return True


def _phrase_ok(doc: Doc, start: int, end: int) -> int | None:
    """The head of the speaker phrase ``doc[start:end]`` (its first noun group's last noun,
    name or pronoun), or ``None`` when the words are no noun phrase."""
    if start >= end or end - start > MAX_SPEAKER_TOKENS:
        return None
    if doc[start].pos_ not in _FIRST_POS and not _misread_name(doc[start]):
        return None
    head = None
    i = start
    first_group = True
    while i < end:
        tok = doc[i]
        if tok.text == "," and i + 1 < end and doc[i + 1].lower_ in _RELATIVES:
            # up to its closing comma (the last one before the verb is not in the range)
            i = next((j for j in range(i + 2, end) if doc[j].text == ","), end) + 1
            first_group = False
            continue
        name = _misread_name(tok)
        if not name and (
            tok.pos_ not in _PHRASE_POS or (tok.pos_ == "PUNCT" and tok.text not in _PHRASE_PUNCT)
        ):
            return None
        if tok.tag_ in _WH_TAGS:  # "the people who voted": a relative clause, no phrase
            return None
        if tok.text == "," or tok.pos_ == "ADP":
            first_group = first_group and head is None
        elif first_group and (tok.pos_ in _HEAD_POS or name):
            head = i
        i += 1
    return head


def _particle(doc: Doc, verb: int, end: int) -> int:
    """The verb's last token with its particle ("shot **back**", "went **on**")."""
    k = verb + 1
    if k < end and (doc[k].dep_ == "prt" or doc[k].tag_ == "RP"):
        return k
    return verb


def _inverted_speaker(doc: Doc, start: int, end: int) -> tuple[int, int, int] | None:
    """(first, last, head) of the speaker after an inverted verb ("said **Jan Roe, a
    spokeswoman for the city,**"): a noun group, then an apposition set off by commas
    when one follows (not a participle or relative clause: "said X, **adding** ...")."""
    if start >= end or (doc[start].pos_ not in _FIRST_POS and not _misread_name(doc[start])):
        return None
    i = start
    head = None
    while i < end and doc[i].text not in _PHRASE_PUNCT:
        if doc[i].pos_ in _HEAD_POS or _misread_name(doc[i]):
            head = i
        elif doc[i].pos_ not in _FIRST_POS and doc[i].pos_ != "PART":
            break
        i += 1
    # "Scott Hall of Cheyenne"
    if head is not None and i + 1 < end and doc[i].lower_ == "of" and doc[i + 1].pos_ == "PROPN":
        i += 1
        while i < end and doc[i].pos_ == "PROPN":
            i += 1
    if head is None:
        return None
    last = i - 1
    if i + 1 < end and doc[i].text == "," and doc[i + 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN"):
        k = i + 1
        while k < end and doc[k].text != "," and doc[k].pos_ in _PHRASE_POS:
            k += 1
        if k >= end or doc[k].text == ",":
            last = k - 1
    return start, last, head


def quote_layout(doc: Doc, close: int, lex: CueLexicon) -> QuoteLayout | None:
    """The attribution phrase after the closing quotation mark ``doc[close]``: speaker and
    finite verb ("“Q,” **Ramos, 58, told** AFP"), or the verb and then the speaker ("“Q,”
    **said Jan Roe**"), with nothing after them but an addressee and adjuncts. ``None`` when
    the words after the mark are not laid out so. A verb outside the cue lexicon counts
    only with no object of its own (adjuncts only: "“Q,” X **shot back** with a laugh"),
    never one of ``layout_excluded_verbs`` ("“Q,” was another")."""
    n = len(doc)
    if "\n" in doc[close].whitespace_:
        return None
    start = close + 1
    if start < n and doc[start].is_space and "\n" not in doc[start].text:
        start += 1  # a no-break space after the mark is a token of its own
    end = start
    while end < n and not _stop(doc[end]):
        end += 1
    if start >= end or _new_sentence(doc, close, start):
        return None
    layout = _inverted(doc, start, end) or _speaker_first(doc, start, end, lex)
    return layout if layout is not None and _rest_ok(doc, layout, end, lex) else None


def _new_sentence(doc: Doc, close: int, start: int) -> bool:
    """Whether a question or exclamation mark ended the sentence with the quotation: a
    capitalised function word after it ("“Q?” **The** debate ended", "“Q!” **He** left";
    not "“Q?” Lusk asked" nor "“Q?” the mayor asked"; the tagger reads many names as
    nouns, so a capitalised noun may still be the speaker)."""
    k = close - 1
    while k > 0 and doc[k].is_space:
        k -= 1
    if doc[k].text[-1:] not in _SENTENCE_MARKS:
        return False
    first = doc[start]
    return first.is_title and first.is_stop and first.lower_ != "i"


def _inverted(doc: Doc, start: int, end: int) -> QuoteLayout | None:
    """ "“Q,” **said Jan Roe**": the verb right after the quotation, then its speaker."""
    found = _verb_at(doc, start, end)
    if found is None:
        return None
    first, verb = found
    last = _particle(doc, verb, end)
    speaker = _inverted_speaker(doc, last + 1, end)
    if speaker is None:
        return None
    sp_first, sp_last, head = speaker
    return QuoteLayout(verb, (first, last), (sp_first, sp_last), head, sp_last)


def _speaker_first(doc: Doc, start: int, end: int, lex: CueLexicon) -> QuoteLayout | None:
    """ "“Q,” **Ramos, 58, told**": the speaker phrase, then the first finite verb (past
    a comma-set relative clause: "X, who was not authorized to speak, told")."""
    i = start
    found = None
    while i < end:
        if doc[i].text == "," and i + 1 < end and doc[i + 1].lower_ in _RELATIVES:
            comma = next((j for j in range(i + 2, end) if doc[j].text == ","), None)
            if comma is None:
                return None  # "“Q,” X, who said ...": the relative clause runs on
            i = comma + 1
            continue
        if i == start and _name_like(doc, i, end):
            i += 1  # "“Q,” Will wrote": a name the tagger read as a modal
            continue
        found = _verb_at(doc, i, end)
        if found is None and _cue_participle(doc, i, end, lex):
            found = (i, i)  # "“Q?” the 43-year-old asked", the verb tagged a participle
        if found is None and _misread_name(doc[i]):
            i += 1  # "“Q,” Trump shot back" with "Trump" tagged a verb
            continue
        if found is not None or doc[i].pos_ in ("VERB", "AUX"):
            break
        i += 1
    if found is None:
        return None
    first, verb = found
    while first - 1 > start and doc[first - 1].pos_ == "ADV":
        first -= 1  # "X also said": the adverb joins the cue
    sp_last = first - 1
    while sp_last > start and doc[sp_last].text == ",":
        sp_last -= 1
    k = sp_last
    while k > start and doc[k].ent_type_ in _TIME_ENTS:
        k -= 1
    if k < sp_last and doc[k].pos_ == "ADP" and k > start:
        sp_last = k - 1  # "X on Monday told": the time is no speaker ("the 43-year-old" is)
    while sp_last > start and doc[sp_last].text == ",":
        sp_last -= 1
    head = _phrase_ok(doc, start, sp_last + 1)
    if head is None:
        return None
    last = _particle(doc, verb, end)
    return QuoteLayout(verb, (first, last), (start, sp_last), head, last)


def _rest_ok(doc: Doc, layout: QuoteLayout, end: int, lex: CueLexicon) -> bool:
    """Whether what follows the attribution phrase leaves the quotation its content: no
    clause or object of the verb's own ("“Q!” Voters **still praise his refusal**"), only
    adjuncts (a preposition, an adverb, a subordinate clause, a time, a comma) and, after a
    cue verb whose frame has one, an addressee ("told **AFP** in an interview")."""
    tok = doc[layout.verb]
    verb = lex.token_verb(tok)
    if verb is None and tok.lemma_.lower() in lex.layout_excluded_verbs:
        return False
    k = layout.end + 1
    if k < end and verb is not None and verb.frame.addressee and doc[k].pos_ in _FIRST_POS:
        while k < end and doc[k].pos_ in _ADDRESSEE_POS:
            k += 1  # "told **the New York Times**"
    # "“A,” X said, “**B**”": a clause the parser hung on the verb inside a quotation
    # opened right after the phrase is the second half of the same quotation
    split = k < end < len(doc) and doc[end - 1].text == "," and doc[end].is_quote
    if not split and any(lex.has(c.dep_, "clause") and c.i > layout.end for c in tok.children):
        return False
    if k >= end:
        return True
    nxt = doc[k]
    if nxt.text == "," or nxt.ent_type_ in _TIME_ENTS:
        return True
    if nxt.pos_ == "CCONJ":  # "“Q,” X barked and a guard walked him out"
        return verb is not None
    if nxt.pos_ not in _ADJUNCT_POS or nxt.lower_ == "that":
        return False
    # "went on to say": an infinitive is the verb's complement, not an adjunct
    return not (nxt.lower_ in lex.infinitive_markers and k + 1 < end and doc[k + 1].tag_ == "VB")
