"""Who can hold an attitude: the subject test of desire objects ("voters **want** X") and
evidential verbs ("X **seems** determined to Y"); amounts that are never what is wanted."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import CueLexicon

__all__ = ["AMOUNT_ENTS", "holds_attitudes"]

#: Entity labels of an object that is an amount or a date, never what someone wants
#: ("needs 60 percent", "promised Sunday to ...").
AMOUNT_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "QUANTITY", "MONEY", "ORDINAL"})
#: Fine-grained tags of a plural noun (a group of people can hold an attitude: "voters").
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def holds_attitudes(subject: Token, lex: CueLexicon) -> bool:
    """Whether ``subject`` can want or promise something: a named person, organisation or
    place (``colon_speaker_labels``), a proper noun, a pronoun other than an expletive, or
    a plural noun ("voters", "officials"). A singular common noun ("the new ferry
    promises shorter crossings") is left out: it is mostly a thing, whose "promise" is no claim.
    """
    if subject.ent_type_ in lex.colon_speaker_labels or subject.pos_ == "PROPN":
        return True
    if subject.pos_ == "PRON":
        return subject.lower_ not in lex.expletives
    return subject.tag_ in _PLURAL_TAGS
