"""The custom attributes claimx sets on spaCy objects (all prefixed ``claimx_``).

Values stay plain (str, int, lists, dicts) so that ``Doc.to_bytes`` and ``nlp.pipe(...,
n_process>1)`` keep working.
"""

from __future__ import annotations

__all__ = ["register_extensions"]


def register_extensions() -> None:
    """Register claimx's Doc extensions; safe to call many times."""
    from spacy.tokens import Doc

    for name in (
        "claimx_published",
        "claimx_language",
        "claimx_claims",
        "claimx_unattributed",
    ):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
