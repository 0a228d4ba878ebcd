"""Pattern rules of shallow attribution: speakers, cues and contents without a parser.

Pure functions on a tokenised, sentence-split ``Doc`` (``spacy.blank`` + ``sentencizer``)
and a :class:`ShallowLexicon`. The spaCy glue and the Claim building live in
:mod:`claimx.shallow`.

Patterns (``X`` a speaker phrase, ``C`` the content, ``V`` a cue verb form):

* ``X V, C`` / ``X V: „C“`` / ``X V, dass C`` (speaker before the verb)
* ``Adv V X, C`` (speaker after the verb, V2 or inverted order)
* ``C, V X.`` / ``„C“, V X.`` (content before, speaker after)
* ``Wie X V, C.`` / ``C, wie X V.`` (as-clauses; the speaker on either side of the verb)
* ``laut X, C`` / ``C, laut X`` / ``X zufolge C`` (source phrases, before or after)
* ``„C“, so X.`` (tail source words)
* ``nach jüngsten Angaben der Polizei C`` (a preposition + a source noun), ``Demnach C``
* ``X kündigte seinen Rücktritt an.`` (a speech-act verb with no content clause: the
  whole sentence, for the lexicon's ``reported_lemmas`` only)
* a quotation inside a longer content: a direct claim of the same speaker too
* ``X: „C“`` (a colon before a quotation) and quotations no rule took ("floating"): the
  sentence subject, else the latest speaker in the paragraph
* a quotation with no cue right after a claim with a speaker: same speaker (direct)
* (German) a sentence in the reportative mood (Konjunktiv I, ``soll ... haben``): the
  latest speaker within :data:`MAX_SPEAKER_REACH` characters, or none
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from .appositions import apposition_end, first_field_subject, is_relative_clause
from .lexicon import RawClaim, ShallowLexicon, VerbCue, load_lexicon
from .phrases import (
    as_clause_start,
    char_range,
    content_after,
    content_after_word,
    content_before,
    content_end,
    end_of_clause,
    find_quotes,
    inside_quote,
    is_cap,
    is_quote_tok,
    is_word,
    kind,
    non_speaker,
    np_end,
    outside,
    overlaps,
    quote_at,
    speaker_at_sentence_start,
    speaker_in_clause,
    speaker_left,
    speaker_right,
    start_of_clause,
    verb_at,
)
from .resolve import resolve_object_pronouns, resolve_pronouns
from .subjects import shared_subject, subordinate_subject, trim_adverbs

__all__ = ["RawClaim", "ShallowLexicon", "extract", "load_lexicon"]

#: How far back (characters) a reportative sentence looks for its speaker.
MAX_SPEAKER_REACH = 600
#: Longest target of "X accuse Y de C" / "X qualifie Y de Z", in tokens.
MAX_TARGET_TOKENS = 8
#: Shortest uncued quotation attached to the previous speaker, in tokens.
MIN_ADJACENT_QUOTE_TOKENS = 4


def _verb_claims(sent: Span, lex: ShallowLexicon, quotes: list[tuple[int, int]]) -> list[RawClaim]:
    doc = sent.doc
    out: list[RawClaim] = []
    i = sent.start
    while i < sent.end:
        found = verb_at(doc, i, lex)
        if found is None or inside_quote(quotes, doc[i].idx, doc[i].idx + 1):
            i += 1
            continue
        n, cues = found
        v_end = i + n
        clause_end = end_of_clause(sent, v_end)
        cue = _pick_cue(doc, i, v_end, clause_end, cues)
        if cue is None:
            i += 1
            continue
        claim = _claim_for_verb(sent, i, v_end, clause_end, cue, lex, quotes)
        if claim is not None:
            out.append(claim)
            i = v_end
            continue
        i += 1
    # "Die Untersuchung habe bestätigt, dass C, teilte X mit": a cue inside the content of
    # a later cue of the same sentence is part of what X reports, not a claim of its own
    return [
        a
        for a in out
        if a.cue is None
        or not any(
            b.pattern == "content-before" and any(s <= a.cue[0] < e for s, e in b.content)
            for b in out
            if b is not a
        )
    ]


def _subject_at_start(doc: Doc, start: int, i: int, lex: ShallowLexicon) -> tuple[int, int] | None:
    """The sentence-initial subject of the verb at ``i`` with its appositions, without a
    relative clause ("X, der ... vertritt, sagte": "X")."""
    found = speaker_at_sentence_start(doc, start, i, lex)
    if found is None:
        return first_field_subject(doc, start, i, lex)
    s, e = found
    comma = next((k for k in range(s, e) if doc[k].text == ","), None)
    if comma is not None and lex.relative_pronouns:
        nxt = next((k for k in range(comma + 1, e) if doc[k].text == ","), e)
        if is_relative_clause(doc, comma + 1, nxt, lex):
            return (s, comma)
    return found


def _passive_before(doc: Doc, start: int, i: int, lex: ShallowLexicon) -> bool:
    """Is a passive auxiliary ("wurde", "worden") between a subject and the cue at ``i``?"""
    return any(doc[k].lower_ in lex.passive for k in range(start, i))


def _object_content(
    sent: Span, after: int, cue: VerbCue, lex: ShallowLexicon, quotes: list[tuple[int, int]]
) -> tuple[list[tuple[int, int]] | None, tuple[int, int] | None, str]:
    """Content, target and stance of a verb whose content is no clause (``cue.frame``).

    ``object``: the rest of the sentence ("dément **toute implication**"); ``accuse`` and
    ``characterize``: Y before "de"/"d'" is the target, what follows the content ("accuse
    **Y** d'**avoir C**", "qualifie **Y** de **« Z »**"). A characterisation with a
    negative word denies a statement noun ("a qualifié ces accusations d'« absurdes »")
    and accuses anything else; without one it asserts.
    """
    doc = sent.doc
    end = content_end(sent)
    if after >= sent.end or doc[after].idx >= end:
        return None, None, cue.stance
    if cue.frame == "object":
        return [(doc[after].idx, end)], None, cue.stance
    k = None
    for j in range(after + 1, min(after + MAX_TARGET_TOKENS + 1, sent.end)):
        if doc[j].lower_ in lex.object_preps:
            k = j
            break
        if (
            j + 1 < sent.end
            and not doc[j].whitespace_
            and doc[j].lower_ + doc[j + 1].text in lex.object_preps
        ):
            k = j + 1  # "d" + "'" split by the tokenizer before a quotation mark
            break
        if not is_word(doc[j]):
            break  # "X accuse : « ... »" has no target
    if k is None or k + 1 >= sent.end or doc[k + 1].idx >= end:
        return None, None, cue.stance
    first = k - 1 if doc[k].text in ("'", "’") and not doc[k - 1].whitespace_ else k
    if first <= after:
        return None, None, cue.stance
    target = char_range(doc, (after, first))
    content = [(doc[k + 1].idx, end)]
    stance = cue.stance
    if cue.frame == "characterize":
        words = {t.lower_ for t in doc[k + 1 : sent.end]}
        if words & lex.negative_words:
            nouns = {t.lower_ for t in doc[after:first]}
            stance = "deny" if nouns & lex.statement_nouns else "accuse"
    return content, target, stance


def _cue_parts(
    doc: Doc,
    i: int,
    v_end: int,
    clause_end: int,
    c_start: int,
    cue: VerbCue,
    lex: ShallowLexicon,
    pattern: str,
) -> tuple[list[tuple[int, int]], int | None]:
    """The cue's words besides the verb form (token ranges), and the particle's index.

    A separated particle ("teilte ... **mit**"), the auxiliary of a compound tense in the
    same clause ("**hat** ... angekündigt", "„C“, **hatte** X erklärt"), the "wie" of an
    as-clause, the "es" of "heißt **es**".
    """
    parts: list[tuple[int, int]] = []
    particle = None
    if cue.particle and not any(doc[k].lower_.startswith(cue.particle) for k in range(i, v_end)):
        particle = next(
            (k for k in range(v_end, clause_end) if doc[k].lower_ == cue.particle), None
        )
        if particle is not None:
            parts.append((particle, particle + 1))
    if pattern == "as-clause" and doc[c_start].lower_ in lex.as_words:
        parts.append((c_start, c_start + 1))
    elif c_start < i and (v_end >= clause_end or not is_word(doc[v_end])):
        for k in range(i - 1, c_start - 1, -1):  # the verb closes its clause: a participle
            if doc[k].text in (",", ";", ":"):
                break
            if doc[k].lower_ in lex.auxiliaries:
                parts.append((k, k + 1))
                break
    if cue.impersonal and v_end < clause_end and doc[v_end].lower_ == "es":
        parts.append((v_end, v_end + 1))
    return sorted(parts), particle


def _pick_cue(
    doc: Doc, i: int, v_end: int, clause_end: int, cues: tuple[VerbCue, ...]
) -> VerbCue | None:
    """The cue a verb form stands for: a particle verb needs its particle in the clause."""
    form = doc[i].lower_
    plain = None
    for cue in cues:
        if cue.particle is None:
            plain = plain or cue
            continue
        if form.startswith(cue.particle) or any(
            doc[k].lower_.startswith(cue.particle) for k in range(i + 1, v_end)
        ):
            return cue  # "aankondigde", "heeft aangekondigd"
        if any(
            doc[k].lower_ == cue.particle
            or (len(cue.particle) >= 3 and doc[k].lower_ in (f"darauf{cue.particle}",))
            for k in range(v_end, clause_end)
        ):
            return cue
    return plain


def _clitic_in_cue(doc: Doc, i: int, v_end: int, lex: ShallowLexicon) -> tuple[int, int] | None:
    """The subject clitic inside an inverted compound cue (French "a -t -il ajouté", listed
    whole as an impersonal form): a hyphenated pronoun of the lexicon, the speaker."""
    for k in range(i, v_end):
        low = doc[k].lower_
        if low.startswith("-") and low in lex.pronouns:
            return k, k + 1
        if low == "-" and k + 1 < v_end and doc[k + 1].lower_ in lex.pronouns:
            return k, k + 2  # "ont - elles ajouté"
    return None


def _claim_for_verb(
    sent: Span,
    i: int,
    v_end: int,
    clause_end: int,
    cue: VerbCue,
    lex: ShallowLexicon,
    quotes: list[tuple[int, int]],
) -> RawClaim | None:
    doc = sent.doc
    c_start = start_of_clause(sent, i)
    cue_chars = (doc[i].idx, doc[v_end - 1].idx + len(doc[v_end - 1].text))
    speaker: tuple[int, int] | None = None
    content: list[tuple[int, int]] | None = None
    target: tuple[int, int] | None = None
    stance = cue.stance
    pattern = ""
    as_start = as_clause_start(sent, i, lex)
    if as_start is not None:
        c_start = as_start
    first = doc[c_start].lower_ if c_start < i else ""
    if first in lex.as_words or first in lex.verb_sources:
        # "Wie X mitteilte, C" / "C, wie X mitteilte" / "как сообщил X, C"
        s0 = c_start + 1
        if s0 < i and doc[s0].lower_ in lex.source_links:
            s0 += 1  # "wie aus Regierungskreisen verlautete"
        speaker = speaker_right(doc, s0, i, lex) if s0 < i else None
        if speaker is None:
            speaker = speaker_right(doc, v_end, clause_end, lex)
        if speaker is None and not lex.pro_drop:
            return None
        if c_start > sent.start and doc[c_start - 1].text == ",":
            if clause_end < sent.end - 1 and doc[clause_end].text == ",":
                # "C1, según dijo, C2": the as-clause interrupts the content
                content = outside(sent, (c_start, clause_end), quotes) or None
            else:
                content = content_before(sent, c_start - 1, quotes, lex)
        else:
            content = content_after(sent, max(speaker[1] if speaker else 0, v_end), lex, quotes)
        pattern = "as-clause"
    if not pattern and (
        (c_start == i or doc[c_start].lower_ in lex.auxiliaries)
        and c_start > sent.start
        and (doc[c_start - 1].text in (",", "–", "—", "-") or is_quote_tok(doc[c_start - 1]))
        # "X, an apposition, sagte, ..." is a speaker before the verb, not a content
        and _subject_at_start(doc, sent.start, i, lex) is None
    ):
        # "C, sagte X." / "„C“, sagte X." / "„C“, hatte X erklärt."
        k = c_start - 1 if doc[c_start - 1].text in (",", "–", "—", "-") else c_start
        s0 = v_end if c_start == i else c_start + 1
        while s0 < sent.end - 1 and doc[s0].lower_ in lex.inverted_time_words:
            s0 += 1  # "« C », a déclaré mercredi soir le préfet"
        speaker = speaker_right(doc, s0, sent.end, lex)
        if speaker is None and s0 < sent.end and doc[s0].lower_ in lex.addressee_preps:
            # "« C », a expliqué à l'AFP X": skip the addressee
            s1 = s0 + 2 if s0 + 1 < sent.end and doc[s0 + 1].lower_ in lex.determiners else s0 + 1
            speaker = speaker_right(doc, s1 + 1, sent.end, lex)
        if speaker is not None:  # "..., sagte Paul Berg, ein Sprecher der Stadt."
            speaker = (speaker[0], apposition_end(doc, speaker[1], sent.end, lex))
        if speaker is not None or cue.impersonal:
            content = content_before(sent, k, quotes, lex)
            pattern = "content-before"
    if not pattern:
        i_left = trim_adverbs(doc, c_start, i, lex)  # "La empresa también negó"
        left = speaker_left(doc, c_start, i_left, lex) if c_start < i_left else None
        if left is None and c_start < i:
            left = speaker_in_clause(doc, c_start, i, lex)
        if left is None and c_start < i_left:
            left = subordinate_subject(doc, c_start, i_left, lex)
        if c_start > sent.start and (left is None or left[0] == c_start):
            left = _subject_at_start(doc, sent.start, i, lex) or left
        if left is None:
            left = first_field_subject(doc, sent.start, i, lex)
        if (
            left is not None
            and lex.verb_second
            and _passive_before(doc, max(c_start, left[1]), i, lex)
        ):
            pattern = "passive"  # "Es wurde mitgeteilt, C": a passive subject is no speaker
        elif left is not None:
            speaker = left
            pattern = "speaker-before"
        elif i - c_start == 1 and doc[c_start].lower_ in lex.relatives:
            pattern = "relative"  # ", die zeiden dat C": the antecedent is no speaker span
        else:
            speaker = speaker_right(doc, v_end, clause_end, lex)
            pattern = "speaker-after"
            if speaker is None and not cue.impersonal:
                shared = shared_subject(sent, c_start, i, v_end, lex)
                if shared is None:
                    return None
                speaker, pattern = shared
        after = max(v_end, speaker[1] if speaker and speaker[0] >= v_end else v_end)
        if speaker is not None and cue.frame in ("accuse", "characterize"):
            content, target, stance = _object_content(sent, after, cue, lex, quotes)
            pattern = f"{pattern}-{cue.frame}" if content else pattern
        if content:
            pass
        elif cue.particle_word and after < sent.end and doc[after].lower_ == cue.particle_word:
            content = content_after_word(sent, after + 1, quotes)
        elif after < sent.end and doc[after].lower_ in lex.infinitive_heads:
            content = content_after_word(sent, after, quotes)  # "affirme avoir été C"
        elif after < sent.end and doc[after].lower_ in lex.infinitive_markers:
            content = content_after_word(sent, after + 1, quotes)  # "ha dichiarato di C"
        else:
            content = content_after(sent, after, lex, quotes)
        if not content and speaker is not None and cue.frame is not None:
            content, target, stance = _object_content(sent, after, cue, lex, quotes)
            pattern = f"{pattern}-{cue.frame}" if content else pattern
        if (
            not content
            and speaker is not None
            and cue.lemma in lex.reported_lemmas
            and speaker[0] == sent.start
            and not any(doc[k].lower_ in lex.passive for k in range(sent.start, sent.end))
        ):
            # a speech act with no content clause ("X kündigte einen Rücktritt an."):
            # the whole sentence is the reported statement
            content = [(sent.start_char, content_end(sent))]
            pattern = "reported"
    if not content:
        return None
    if speaker is None:
        speaker = _clitic_in_cue(doc, i, v_end, lex)  # "« C », a-t-il ajouté"
    if speaker is not None and non_speaker(doc, speaker[0], speaker[1], lex):
        return None
    parts, particle = _cue_parts(doc, i, v_end, clause_end, c_start, cue, lex, pattern)
    if target is None and cue.stance == "accuse" and particle is not None and particle > v_end:
        # "X wirft Y vor, C": Y between the verb and its particle
        found = speaker_right(doc, v_end, particle, lex)
        if found is not None and found[1] == particle:
            target = char_range(doc, found)
    return RawClaim(
        speaker=char_range(doc, speaker) if speaker else None,
        cue=cue_chars,
        cue_lemma=cue.lemma,
        content=content,
        quote=kind(content, quotes),
        stance=stance,
        pattern=pattern,
        cue_parts=[char_range(doc, part) for part in parts],
        target=target,
    )


def _source_claims(
    sent: Span, lex: ShallowLexicon, quotes: list[tuple[int, int]]
) -> list[RawClaim]:
    doc = sent.doc
    out: list[RawClaim] = []
    for src in lex.sources:
        n = len(src.tokens)
        for i in range(sent.start, sent.end - n + 1):
            if tuple(t.lower_ for t in doc[i : i + n]) != src.tokens:
                continue
            if inside_quote(quotes, doc[i].idx, doc[i].idx + 1):
                continue
            if src.initial and not (
                i == sent.start
                or (i == sent.start + 1 and doc[sent.start].lower_ in lex.conjunctions)
            ):
                continue
            if src.position == "before":
                speaker = speaker_right(doc, i + n, end_of_clause(sent, i + n), lex, bare=True)
                if speaker is None:
                    continue
                if src.initial and (
                    speaker[1] >= sent.end
                    or doc[speaker[1]].text != ","
                    or not any(is_cap(t) for t in doc[speaker[0] : speaker[1]])
                ):
                    continue  # "Pour Marc Dubois, C", not "Pour la première fois, C"
                phrase = (i, speaker[1])
            else:
                start = start_of_clause(sent, i)
                speaker = None
                for s in range(start, i):
                    speaker = speaker_left(doc, s, i, lex)
                    if speaker:
                        break
                if speaker is None:
                    continue
                phrase = (speaker[0], i + n)
            content = outside(sent, phrase, quotes)
            if not content:
                continue
            out.append(
                RawClaim(
                    speaker=char_range(doc, speaker),
                    cue=char_range(doc, (i, i + n)),
                    cue_lemma=src.lemma,
                    content=content,
                    quote=kind(content, quotes),
                    stance="assert",
                    pattern="source",
                )
            )
    # "nach jüngsten Angaben der Polizei, C": a preposition + a source noun phrase
    for i in range(sent.start, sent.end - 1):
        if doc[i].lower_ not in lex.source_noun_preps:
            continue
        if inside_quote(quotes, doc[i].idx, doc[i].idx + 1):
            continue
        window = range(i + 1, min(i + 4, sent.end))
        if not any(doc[k].lower_.endswith(lex.source_nouns) for k in window):
            continue
        end = np_end(doc, i + 1, end_of_clause(sent, i + 1), lex)
        if end is None:
            continue
        end = apposition_end(doc, end, sent.end, lex)  # "nach Angaben von X, einer Y, C"
        content = outside(sent, (i, end), quotes)
        if content:
            out.append(
                RawClaim(
                    speaker=char_range(doc, (i + 1, end)),
                    cue=char_range(doc, (i, i + 1)),
                    cue_lemma=doc[i].lower_,
                    content=content,
                    quote=kind(content, quotes),
                    stance="assert",
                    pattern="source-noun",
                )
            )
    # "Demnach C": a sentence adverb that attributes to the previous source
    for i in range(sent.start, sent.end):
        if doc[i].lower_ in lex.adverb_sources:
            content = outside(sent, (i, i + 1), quotes)
            if content:
                out.append(
                    RawClaim(
                        None,
                        char_range(doc, (i, i + 1)),
                        doc[i].lower_,
                        content,
                        kind(content, quotes),
                        "assert",
                        "adverb-source",
                    )
                )
    # ", so X." at the end of a sentence
    for i in range(sent.start + 1, sent.end):
        if doc[i].lower_ not in lex.tail_sources or doc[i - 1].text != ",":
            continue
        speaker = speaker_right(doc, i + 1, sent.end, lex)
        if speaker is None:
            continue
        before = content_before(sent, i - 1, quotes, lex)
        if before:
            out.append(
                RawClaim(
                    speaker=char_range(doc, speaker),
                    cue=char_range(doc, (i, i + 1)),
                    cue_lemma=doc[i].lower_,
                    content=before,
                    quote=kind(before, quotes),
                    stance="assert",
                    pattern="tail-source",
                )
            )
    return out


def extract(doc: Doc, lex: ShallowLexicon) -> list[RawClaim]:
    """All claims the shallow rules find in ``doc``, in text order."""
    quotes = find_quotes(doc.text, lex)
    claims: list[RawClaim] = []
    sents = list(doc.sents)
    by_sent: list[list[RawClaim]] = []
    for sent in sents:
        found = _verb_claims(sent, lex, quotes)
        for c in _source_claims(sent, lex, quotes):
            if not any(overlaps(c.cue, f.cue) for f in found if c.cue and f.cue):
                found.append(c)
        by_sent.append(found)
    prev: RawClaim | None = None
    last_speaker: tuple[int, int] | None = None
    for sent, found in zip(sents, by_sent, strict=True):
        if not found and prev is not None and prev.speaker is not None:
            extra = _follow_up(sent, prev, lex, quotes, claims)
            if extra is not None:
                found = [extra]
        if not found:
            if last_speaker is not None and sent.start_char - last_speaker[1] > MAX_SPEAKER_REACH:
                last_speaker = None
            extra = _reported_mood(sent, last_speaker, lex, quotes, claims)
            if extra is not None:
                found = [extra]
        claims.extend(found)
        prev = found[-1] if found else None
        for claim in found:
            if claim.speaker is not None:
                last_speaker = claim.speaker
    claims = _merge_reported_runs(doc.text, claims, lex)
    claims.extend(_nested_quotes(claims, quotes))
    claims.extend(_colon_quotes(doc, sents, lex, quotes, claims))
    claims.extend(_floating_quotes(doc, sents, lex, quotes, claims))
    claims.sort(key=lambda c: c.content[0][0])
    resolve_object_pronouns(doc.text, claims, lex)
    resolve_pronouns(doc.text, claims, lex)
    return claims


#: Patterns of sentences that report on their own (no cue): a run of them is one claim.
_MOOD_PATTERNS = ("mood", "subjunctive")


def _merge_reported_runs(text: str, claims: list[RawClaim], lex: ShallowLexicon) -> list[RawClaim]:
    """Adjacent reported-mood sentences of one speaker as one claim.

    "Die Lage sei ernst. Man müsse handeln." after "X sagte, ...": free indirect speech
    goes on over several sentences; it is one statement of X, not one per sentence. Only
    sentences separated by their final punctuation (same paragraph) are joined.
    """
    if not lex.reportative or not lex.verb_second:
        return claims
    out: list[RawClaim] = []
    for claim in claims:
        prev = out[-1] if out else None
        if (
            prev is not None
            and claim.pattern in _MOOD_PATTERNS
            and prev.pattern in _MOOD_PATTERNS
            and prev.speaker == claim.speaker
            and len(prev.content) == 1
            and len(claim.content) == 1
            and not text[prev.content[0][1] : claim.content[0][0]].strip(" .!?…")
        ):
            merged = [(prev.content[0][0], claim.content[0][1])]
            prev.content = merged
            prev.quote = "indirect" if "indirect" in (prev.quote, claim.quote) else prev.quote
            continue
        out.append(claim)
    return out


def _nested_quotes(claims: list[RawClaim], quotes: list[tuple[int, int]]) -> list[RawClaim]:
    """Each quotation inside a longer content is a direct claim of the same speaker too."""
    out: list[RawClaim] = []
    for claim in claims:
        for q in quotes:
            if any(s <= q[0] and q[1] <= e and (s, e) != q for s, e in claim.content):
                out.append(
                    RawClaim(
                        claim.speaker,
                        claim.cue,
                        claim.cue_lemma,
                        [q],
                        "direct",
                        claim.stance,
                        "nested-quote",
                    )
                )
    return out


def _floating_quotes(
    doc: Doc,
    sents: list[Span],
    lex: ShallowLexicon,
    quotes: list[tuple[int, int]],
    claims: list[RawClaim],
) -> list[RawClaim]:
    """Quotations no rule attributed: a direct claim of the sentence's subject, if any.

    The speaker is the sentence-initial noun phrase of the sentence holding the opening
    mark, else the speaker of the nearest earlier claim in the same paragraph, else none.
    Names in quotation marks (titles, ships, newspapers: a determiner or a capitalised
    word right before the mark, one or two words inside) are skipped.
    """
    taken = [c for claim in claims for c in claim.content]
    by_start = sorted(claims, key=lambda c: c.content[0][0])
    out: list[RawClaim] = []
    for q in quotes:
        if any(overlaps(q, t) for t in taken):
            continue
        span = doc.char_span(q[0], q[1], alignment_mode="expand")
        if span is None or len(span) < 3:
            continue
        inner = [t for t in span if not is_quote_tok(t)]
        before = doc[span.start - 1] if span.start > 0 else None
        if (
            len(inner) <= 3
            and all(is_cap(t) for t in inner if is_word(t))
            and before is not None
            and (before.lower_ in lex.determiners or is_cap(before))
        ):
            continue  # a name: der „Washington Post“
        sent = span[0].sent
        speaker: tuple[int, int] | None = None
        cued = _sentence_cue(sent, lex, quotes) if lex.verb_second else None
        if cued is not None:
            # "X bezeichnete den Plan als „Z“", "X sagte der Zeitung: „C“": the sentence's
            # cue verb and its subject
            cue_toks, cue, parts, who = cued
            out.append(
                RawClaim(
                    char_range(doc, who) if who else None,
                    char_range(doc, cue_toks),
                    cue.lemma,
                    [q],
                    "direct",
                    cue.stance,
                    "cued-quote",
                    cue_parts=[char_range(doc, p) for p in parts],
                )
            )
            continue
        if sent.start < span.start:
            first = doc[sent.start]
            if first.lower_ in lex.pronouns:
                speaker = char_range(doc, (sent.start, sent.start + 1))
            else:
                end = np_end(doc, sent.start, span.start, lex)
                if (
                    end is not None
                    and end < span.start
                    and not non_speaker(doc, sent.start, end, lex)
                    and _verb_like_after(doc, end, lex)
                ):
                    speaker = char_range(doc, (sent.start, end))
        if speaker is None:
            earlier = [c for c in by_start if c.content[0][0] < q[0] and c.speaker]
            if earlier and "\n\n" not in doc.text[earlier[-1].content[0][0] : q[0]]:
                speaker = earlier[-1].speaker
        out.append(RawClaim(speaker, None, None, [q], "direct", "assert", "floating-quote"))
    return out


def _sentence_cue(
    sent: Span, lex: ShallowLexicon, quotes: list[tuple[int, int]]
) -> tuple[tuple[int, int], VerbCue, list[tuple[int, int]], tuple[int, int] | None] | None:
    """The first cue verb of ``sent`` outside quotations with its particle and subject.

    The subject is the first field before the verb, else the noun phrase right after it
    ("Am Montag sagte X der Zeitung: „C“"). ``None`` without a cue verb or subject.
    """
    doc = sent.doc
    for i in range(sent.start, sent.end):
        if inside_quote(quotes, doc[i].idx, doc[i].idx + 1) or is_quote_tok(doc[i]):
            continue
        found = verb_at(doc, i, lex)
        if found is None:
            continue
        n, cues = found
        clause_end = end_of_clause(sent, i + n)
        cue = _pick_cue(doc, i, i + n, clause_end, cues)
        if cue is None:
            return None
        who = _subject_at_start(doc, sent.start, i, lex) if i > sent.start else None
        if who is None:
            who = speaker_right(doc, i + n, clause_end, lex)
        if who is None or non_speaker(doc, who[0], who[1], lex):
            return None
        parts: list[tuple[int, int]] = []
        if cue.particle and not doc[i].lower_.startswith(cue.particle):
            k = next((k for k in range(i + n, sent.end) if doc[k].lower_ == cue.particle), None)
            if k is not None:
                parts.append((k, k + 1))
        return (i, i + n), cue, parts, who
    return None


def _verb_like_after(doc: Doc, end: int, lex: ShallowLexicon) -> bool:
    """Is the token after a sentence-initial NP plausibly its verb (lowercase, no link)?"""
    tok = doc[end]
    return is_word(tok) and not is_cap(tok) and tok.lower_ not in lex.np_links


def _colon_quotes(
    doc: Doc,
    sents: list[Span],
    lex: ShallowLexicon,
    quotes: list[tuple[int, int]],
    claims: list[RawClaim],
) -> list[RawClaim]:
    """``X: „C“`` and ``X ... mit den Worten zitiert: „C“`` with no cue verb found."""
    taken = [c for claim in claims for c in claim.content]
    out: list[RawClaim] = []
    for sent in sents:
        for k in range(sent.start + 1, sent.end - 1):
            if doc[k].text != ":":
                continue
            q = quote_at(quotes, doc[k + 1].idx, closing=False)
            if q is None or any(overlaps(q, t) for t in taken):
                continue
            speaker = None
            end = np_end(doc, sent.start, k, lex)
            if doc[sent.start].lower_ in lex.pronouns:
                speaker = (sent.start, sent.start + 1)
            elif end is not None and not non_speaker(doc, sent.start, end, lex):
                speaker = (sent.start, end)
            if speaker is None:
                continue
            out.append(
                RawClaim(char_range(doc, speaker), None, None, [q], "direct", "assert", "colon")
            )
    return out


def _reported_mood(
    sent: Span,
    speaker: tuple[int, int] | None,
    lex: ShallowLexicon,
    quotes: list[tuple[int, int]],
    claims: list[RawClaim],
) -> RawClaim | None:
    """A sentence in the reportative mood (German Konjunktiv I, ``soll`` + perfect): a claim.

    News German reserves these forms for reported speech, so the sentence is attributed to
    the latest speaker within :data:`MAX_SPEAKER_REACH` characters, or to nobody.
    """
    if not lex.reportative or inside_quote(quotes, sent.start_char, sent.end_char - 1):
        return None
    words = [t for t in sent if is_word(t)]
    marked = any(t.lower_ in lex.reportative for t in words)
    if not marked and words and words[-1].lower_ in lex.modal_ends:
        # "soll ... gesagt haben": a reportative modal with a perfect infinitive
        marked = any(t.lower_ in lex.reportative_modals for t in words)
    if not marked:
        return None
    end = content_end(sent)
    if end - sent.start_char < 15:
        return None
    taken = [c for claim in claims for c in claim.content]
    if any(overlaps((sent.start_char, end), t) for t in taken):
        return None
    content = [(sent.start_char, end)]
    return RawClaim(speaker, None, None, content, kind(content, quotes), "assert", "mood")


def _follow_up(
    sent: Span,
    prev: RawClaim,
    lex: ShallowLexicon,
    quotes: list[tuple[int, int]],
    claims: list[RawClaim],
) -> RawClaim | None:
    """A sentence with no cue that continues the previous claim's speaker."""
    taken = [c for claim in claims for c in claim.content]
    for q in quotes:
        if not (sent.start_char <= q[0] < sent.end_char):
            continue
        if any(overlaps(q, t) for t in taken):
            continue
        span = sent.doc.char_span(q[0], q[1], alignment_mode="expand")
        if span is None or len(span) < MIN_ADJACENT_QUOTE_TOKENS + 2:
            continue
        return RawClaim(prev.speaker, None, None, [q], "direct", prev.stance, "adjacent-quote")
    if not lex.continuation:
        return None
    if inside_quote(quotes, sent.start_char, sent.end_char - 1):
        return None
    if any(t.lower_ in lex.continuation for t in sent):
        end = content_end(sent)
        if any(overlaps((sent.start_char, end), t) for t in taken):
            return None
        return RawClaim(
            prev.speaker, None, None, [(sent.start_char, end)], "indirect", "assert", "subjunctive"
        )
    return None
