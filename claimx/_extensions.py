"""The custom attributes claimx sets on spaCy objects (all prefixed ``claimx_``).

Values stay plain (str, int, lists, dicts) so that ``Doc.to_bytes`` and ``nlp.pipe(...,
n_process>1)`` keep working.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["doc_text", "register_extensions"]

#: Where spaCy keeps the value of ``doc._.claimx_text`` in ``doc.user_data`` (the key
#: ``Underscore`` gives a Doc extension): :func:`doc_text` reads it there, as building
#: the ``doc._`` proxy costs more than the rest of the function (~4 µs a call, ~15 calls
#: an article).
_TEXT_KEY = ("._.", "claimx_text", None, None)


def register_extensions() -> None:
    """Register claimx's Doc extensions; safe to call many times."""
    from spacy.tokens import Doc

    for name in (
        "claimx_published",
        "claimx_language",
        "claimx_claims",
        "claimx_unattributed",
        "claimx_text",
    ):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def doc_text(doc: Doc) -> str:
    """``doc.text``, kept in ``doc._.claimx_text`` after the first read: spaCy joins the
    tokens again on every access, and a Doc's text never changes. A kept text whose length
    does not end where the Doc's last token ends (user data copied from another Doc) is
    read again."""
    n = len(doc)
    if n:
        last = doc[n - 1]
        length = last.idx + len(last.text_with_ws)
    else:
        length = 0
    user_data: dict[Any, Any] = doc.user_data  # typed with str keys; spaCy's are tuples
    kept = user_data.get(_TEXT_KEY)
    if isinstance(kept, str) and len(kept) == length:
        return kept
    text = doc.text
    if doc.has_extension("claimx_text"):
        doc._.claimx_text = text
    return text
