"""Speaker resolution after shallow extraction.

* object pronouns after a source word ("volgens hem", "según él", "secondo lui"): the
  speaker span becomes the previous named speaker of the same paragraph (the nearest
  earlier claim whose speaker is not itself a pronoun);
* (German) subject pronouns ("Er sagte, C"): the speaker span stays the pronoun, as
  written, and its ``antecedent`` is the nearest earlier named speaker of the paragraph
  whose article agrees with it (``pronoun_mismatch``: "er" never stands for "die
  Polizei"); the Claim's ``Speaker.resolved`` names it.
"""

from __future__ import annotations

from .lexicon import RawClaim, ShallowLexicon

__all__ = ["resolve_object_pronouns", "resolve_pronouns"]


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


def resolve_pronouns(text: str, claims: list[RawClaim], lex: ShallowLexicon) -> None:
    """Set the ``antecedent`` of subject-pronoun speakers in ``claims`` (sorted) in place."""
    if not lex.pronoun_mismatch:
        return
    for k, claim in enumerate(claims):
        if claim.speaker is None:
            continue
        s, _ = claim.speaker
        pronoun = text[s : claim.speaker[1]].lower()
        if pronoun not in lex.pronoun_mismatch:
            continue
        excluded = lex.pronoun_mismatch[pronoun]
        for earlier in reversed(claims[:k]):
            found = earlier.antecedent or earlier.speaker
            if found is None or found[1] > s:
                continue
            if "\n\n" in text[found[1] : s]:
                break
            words = text[found[0] : found[1]].split()
            if not _is_named(text[found[0] : found[1]], lex) or words[0].lower() in excluded:
                continue
            claim.antecedent = found
            break
