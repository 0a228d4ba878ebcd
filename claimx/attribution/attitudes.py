"""Who can hold an attitude: the subject test of evidential verbs ("X **seems** determined to
Y"), of prepositional contents by kind ("X **spoke against** Y") and desire objects ("voters
**want** X"); amounts that are never what is wanted."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import CueLexicon

__all__ = ["AMOUNT_ENTS", "holds_attitudes"]

#: Entity labels of an object that is an amount or a date, never what someone wants
#: ("needs 60 percent", "promised Sunday to ...").
AMOUNT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "QUANTITY", "MONEY", "ORDINAL"})
#: Fine-grained tags of a plural noun (a group of people can hold an attitude: "voters").
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def holds_attitudes(
    subject: Token,
    lex: CueLexicon,
    *,
    person_nouns: bool = True,
    plural_nouns: bool = True,
    non_holders: frozenset[str] = frozenset(),
) -> bool:
    """Whether ``subject`` can want, say or seem something: a named person, organisation or
    place (``colon_speaker_labels``), a proper noun, a pronoun other than an expletive, a
    plural noun ("voters", "officials"), or, with ``person_nouns``, a singular common noun
    of ``lex.attitude_nouns``, one that names a person or a group of people in Open English
    WordNet ("the senator", "the union", "the committee"). Any other singular common noun
    is a thing ("the new ferry promises shorter crossings", "the report appears to ..."),
    whose "promise" is no claim.

    ``person_nouns=False`` keeps the test a consumer was measured better with: named,
    pronoun or plural holders only (desire objects, "by" agents, phrase holders, the object
    of an act, a controller; ``en.json`` ``attitude_nouns`` in the data README).
    ``plural_nouns=False`` takes a plural common noun only from ``lex.attitude_nouns``
    ("the officials", not "the figures"), and ``non_holders`` are pronouns that hold no
    attitude for the consumer (demonstratives and relatives before a clause-sense verb:
    ``clause_sense_non_holders``).
    """
    if subject.ent_type_ in lex.colon_speaker_labels or subject.pos_ == "PROPN":
        return True
    if subject.pos_ == "PRON":
        return subject.lower_ not in lex.expletives and subject.lower_ not in non_holders
    if plural_nouns and subject.tag_ in _PLURAL_TAGS:
        return True
    return person_nouns and subject.pos_ == "NOUN" and subject.lemma_.lower() in lex.attitude_nouns
