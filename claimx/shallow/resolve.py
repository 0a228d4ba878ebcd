"""Speaker resolution after shallow extraction: object pronouns after a source word.

"Volgens hem", "según él", "secondo lui": the pronoun stands for the previous named speaker
of the same paragraph (the nearest earlier claim whose speaker is not itself a pronoun).
"""

from __future__ import annotations

from .lexicon import RawClaim, ShallowLexicon

__all__ = ["resolve_object_pronouns"]


def _is_named(text: str, lex: ShallowLexicon) -> bool:
    low = text.lower()
    if low in lex.pronouns or low in lex.object_pronouns:
        return False
    return any(word[:1].isupper() for word in text.split())


def resolve_object_pronouns(text: str, claims: list[RawClaim], lex: ShallowLexicon) -> None:
    """Replace object-pronoun speakers in ``claims`` (sorted by content) in place.

    A pronoun with no named speaker earlier in its paragraph is left as it is.
    """
    if not lex.object_pronouns:
        return
    for k, claim in enumerate(claims):
        if claim.speaker is None or claim.pattern != "source":
            continue
        s, e = claim.speaker
        if text[s:e].lower() not in lex.object_pronouns:
            continue
        for earlier in reversed(claims[:k]):
            if earlier.speaker is None or earlier.speaker[1] > s:
                continue
            if "\n\n" in text[earlier.speaker[1] : s]:
                break
            if _is_named(text[earlier.speaker[0] : earlier.speaker[1]], lex):
                claim.speaker = earlier.speaker
                break
