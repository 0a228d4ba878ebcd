"""Words that look like time but are not: ages, clip lengths, citations, names.

Each test takes a candidate span ``doc[start:end]`` found by the detector
(:mod:`claimx.dates.detect`) and says whether it must be dropped:

* :func:`is_age`: "35-year-old", "35 years old", "17-year-olds", "centuries-old",
  "35 years of age", "aged 35" (the lexicon's ``age_after`` and ``age_before``);
* :func:`is_clip_time`: a bare "m:ss" that measures a recording or marks a point in it
  ("the 2:30 video", "a clip that lasts 1:42", "at the 2:05 mark"), or cites a chapter and
  verse ("Romans 8:31"): no clock time (the lexicon's ``media_words``);
* :func:`is_holiday_modifier`: a named day that only classifies a thing ("a Christmas
  tree", "Halloween masks"), not a time ("the Christmas holiday", "Thanksgiving weekend"
  stay: the lexicon's ``holiday_nouns``);
* :func:`is_in_name`: a time word inside a name the NER found ("USA Today", "the Daily
  Show", "Saturday Night Live", "Wednesday Martin"), or digits inside a percentage or
  an amount ("'33 percent").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from .._extensions import doc_text
from .lexicon import TimeLexicon, holiday_key

__all__ = ["is_age", "is_clip_time", "is_holiday_modifier", "is_in_name"]

_BARE_CLOCK = re.compile(r"^\d{1,2}:[0-5]\d$")
#: NER labels of names and amounts a time word can be part of (not EVENT: "Super Tuesday",
#: "Black Monday" are days).
_NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT", "GPE", "LOC", "LAW"})
_AMOUNT_LABELS = frozenset({"PERCENT", "MONEY", "QUANTITY"})


def _words_after(doc: Doc, end: int, n: int) -> list[tuple[int, str]]:
    """The words in the ``2 * n`` tokens after ``end``, lower-cased, hyphens skipped
    ("-old"), each with its token index."""
    return [
        (i, doc[i].lower_)
        for i in range(end, min(len(doc), end + 2 * n))
        if doc[i].text not in ("-", "–")
    ]


def is_age(doc: Doc, start: int, end: int, lex: TimeLexicon) -> bool:
    """Whether ``doc[start:end]`` gives someone's or something's age."""
    tokens = [doc[i] for i in range(start, end)]
    if not any(t.lower_ in lex.units or t.like_num for t in tokens):
        return False
    after = _words_after(doc, end, 2)  # the words after, read once for both lengths
    for n in (1, 2):
        words = [word for i, word in after if i < end + 2 * n][:n]
        if " ".join(words) in lex.age_after:
            return True
        tail = " ".join(t.lower_ for t in tokens[-n:] if t.text not in ("-", "–"))
        if len(tokens) > n and tail in lex.age_after:
            return True
    return start > 0 and doc[start - 1].lower_ in lex.age_before


def is_clip_time(doc: Doc, start: int, end: int, lex: TimeLexicon) -> bool:
    """Whether a bare "m:ss" measures or marks a recording, or cites a verse."""
    if end - start != 1 or not _BARE_CLOCK.match(doc[start].text):
        return False
    token = doc[start]
    if start > 0:
        before = doc[start - 1]
        word = before.lower_.rstrip(".")
        time_word = (
            word in lex.months
            or word in lex.weekdays
            or word in lex.deictic_days
            or word in lex.clock_zones
            or word in lex.parts_of_day
        )
        if before.pos_ == "PROPN" and before.is_title and not time_word:
            return True  # "Romans 8:31"
        if before.ent_type_ in _NAME_LABELS and not time_word and before.is_title:
            return True
    if not doc.has_annotation("DEP"):
        return False
    head = token.head
    for _ in range(2):  # "the 2:30 video", "lasts 1:42", "a clip of 1:42"
        if head.lemma_.lower() in lex.media_words or head.lower_ in lex.media_words:
            return True
        if head.lower_ not in ("of", "at", "around", "about") or head.head.i == head.i:
            return False
        head = head.head
    return False


def is_holiday_modifier(doc: Doc, start: int, end: int, lex: TimeLexicon) -> bool:
    """Whether a named day modifies a noun that is no time ("a Christmas party")."""
    span = doc[start:end]
    text = doc_text(doc)[span.start_char : span.end_char]  # span.text, without a join
    if holiday_key(text) not in lex.holidays or not doc.has_annotation("DEP"):
        return False
    root = span.root
    head = root.head
    if root.dep_ not in ("compound", "amod", "nmod", "npadvmod") or head.pos_ not in (
        "NOUN",
        "PROPN",
    ):
        return False
    word = head.lower_
    return not (word in lex.holiday_nouns or word in lex.units or word in lex.parts_of_day)


def is_in_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the candidate lies in a longer name or amount the NER found."""
    span: Span = doc[start:end]
    for token in span:
        label = token.ent_type_
        if label not in _NAME_LABELS and label not in _AMOUNT_LABELS:
            continue
        if label in _NAME_LABELS and not all(t.is_title or t.is_upper for t in span if t.is_alpha):
            return False
        entity = _entity_of(doc, token.i)
        if entity is None or (entity.start >= start and entity.end <= end):
            continue
        # "Today in America, ...": a sentence may open with a time word the NER takes
        # for a title; a person's name ("April Smith, a spokeswoman") stays a name
        return not (doc[start].is_sent_start and entity.start == start and label != "PERSON")
    return False


def _entity_of(doc: Doc, i: int) -> Span | None:
    """The NER entity that covers token ``i``."""
    if not doc[i].ent_type_:
        return None
    start = end = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    return doc[start : end + 1]
