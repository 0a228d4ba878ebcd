"""What the linker knows about one claim, computed once from its text spans and article.

A :class:`ClaimFeatures` holds the claim's content stems (stopwords removed), the entities
mentioned in the content with a coarse role each, numbers with their unit word, compass
directions attached to places, negation, the speaker's keys and the content's time interval.

Roles come from a dependency-free reading of the content (claims carry text spans, not parses):

* a demonym ("North Korean missiles", "by the Russian leader") or a possessive ("Russia's
  missiles", not in first position) modifies a thing: ``origin``;
* an entity governed by a preposition takes the preposition's role (``by`` -> ``agent``,
  ``in``/``across`` -> ``location``, ``to``/``against`` -> ``goal``, ``from``/``of`` ->
  ``origin``; "made in X" -> ``origin``); titles and determiners in between are skipped, and an
  entity right after another entity shares its role ("Kremlin leader Vladimir Putin");
* the first other entity, if it starts within the first five words, is the ``agent`` (the
  subject of an active clause); the others are ``object``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from ..entities import normalize_name
from ..models import Article, Claim, ClaimRef, Entity, Speaker, TextSpan
from ._lexicon import Lexicon, lexicon, stem, tokens

__all__ = [
    "ClaimFeatures",
    "EntityMention",
    "Quantity",
    "article_context",
    "article_story",
    "descriptions",
    "entity_key",
    "extract_features",
    "name_edges",
    "named_roles",
    "normalise_name",
    "paragraph_parts",
    "part_of_evidence",
]

#: Entity labels that name things a claim can be about (not dates or amounts).
CONTENT_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: A bare entity is read as the subject only among the first words of the content.
MAX_SUBJECT_OFFSET = 5
#: Content words (stopwords removed) a claim needs to link at all: "to comment", "it" or one
#: quoted word say nothing two outlets could share.
MIN_CONTENT_WORDS = 2
#: Content words a bare infinitive content ("to remain anonymous", "to be named") needs to
#: link when it names no entity and no number: what a source declined or asked is not a
#: statement two outlets share.
MIN_INFINITIVE_WORDS = 3
#: Words a description may put between its role noun's "of" and the entity it names
#: ("the sister of North Korean leader Kim"), and between a possessive and the role noun.
DESCRIPTION_GAP = 5
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her"})
#: One or two role words between an organisation and a person ("producer").
_ROLE_GAP = re.compile(r"^\s(?:[A-Za-z][\w-]*\s){1,2}$")
#: A capitalised or lowercase role word closing an apposition after the organisation.
_ROLE_AFTER = re.compile(r"^\s([A-Za-z][a-z-]+)(?:[,.;]|$)")
#: An apposition naming a person's role in an organisation: ", director of the ".
_ROLE_OF_GAP = re.compile(r"^, (?:the |a |an )?(?:[a-z][\w-]* )?([a-z][\w-]*) of (?:the )?$")
_POSSESSIVE_GAP = re.compile(r"^['’]s\s+(?:[\w-]+\s+){0,5}$")


@dataclass(frozen=True, slots=True)
class EntityMention:
    """An entity mention inside a claim's content."""

    key: str
    """Cross-document key: ``Entity.identity`` when known, else ``name:<normalised name>``."""
    label: str
    surface: str
    role: str
    """``agent``, ``object``, ``origin``, ``location``, ``goal`` or ``other``."""
    direction: str | None = None
    """Compass code of a direction word attached to the mention ("northeastern" -> ``NE``)."""
    direction_word: str | None = None


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number in the content with the word it counts, if any."""

    value: float
    unit: str | None
    surface: str
    year: bool = False
    """A bare four-digit number between 1800 and 2100: compared as a date, not a quantity."""


@dataclass(slots=True)
class ClaimFeatures:
    """Everything the similarity, blocking and conflict steps read about one claim."""

    index: int
    ref: ClaimRef
    text: str
    stems: tuple[str, ...]
    entities: tuple[EntityMention, ...]
    quantities: tuple[Quantity, ...]
    negation: str | None
    speaker_keys: frozenset[str]
    speaker_stems: tuple[str, ...]
    speaker_known: bool
    stance: str
    time: tuple[datetime, datetime] | None
    time_text: str | None
    entity_stems: frozenset[str] = frozenset()
    """Content stems that occur only inside entity mentions."""
    context: frozenset[str] = frozenset()
    """Entity keys of the whole article: the story the claim was reported in."""
    speaker_agent: bool = False
    """The content speaks of its speaker in the first person ("I will host the gala"): the
    speaker is one of its agents."""
    speaker_generic: bool = False
    """The speaker is an unnamed plural group ("experts", "officials"), not one source."""
    speaker_inferred: bool = False
    """The speaker keys come from resolving a mention that names no one ("the President",
    "she", "her rep"), not from a name in the mention itself."""
    statement: str = ""
    """Speaker, cue and content spans in text order, joined by spaces ("Mara Quill commented
    on the profits"): the whole statement, for comparisons across languages where a short
    content ("the profits") says too little on its own."""
    question: bool | None = False
    """The content is an embedded question ("why she entered rehab", "the reason for the
    delay"): the speaker talks about an open question, it asserts nothing. ``None``: not
    known (a language whose linking lexicon has no question words)."""
    informative: bool = True
    """The content has at least :data:`MIN_CONTENT_WORDS` content words: not a bare
    infinitive ("to comment"), a pronoun or a single quoted word; a bare infinitive without
    a name or number needs :data:`MIN_INFINITIVE_WORDS` ("to remain anonymous")."""
    story: frozenset[str] = frozenset()
    """The article's anchors: its entity keys, the numbers in its text and its resolved
    dates. Two articles sharing none report different stories."""
    proper_stems: frozenset[str] = frozenset()
    """Content stems written capitalised after the content's first word, or first and inside
    an entity mention (names)."""
    common_stems: frozenset[str] = frozenset()
    """Content stems written in lower case."""
    passage: frozenset[str] | None = None
    """Entity keys of the claim's passage (its paragraph and the paragraphs around it:
    :func:`~claimx.linking.passages.passage_contexts`), the story of that part of an article
    reporting several; ``None``: not known (the article's :attr:`context` stands for it)."""
    described: frozenset[str] = frozenset()
    """The speaker's descriptions through another entity ("the sister of leader X",
    "the agency's director"): ``rel:<role stem>:<key of X>`` (:func:`descriptions`)."""
    part: int = 0
    """Which paragraph part of its claim this is (:func:`paragraph_parts`): 0 for the
    claim's first paragraph (the whole claim when its content holds no paragraph break)."""
    stem_set: frozenset[str] = field(init=False)
    entity_keys: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.stem_set = frozenset(self.stems)
        self.entity_keys = frozenset(m.key for m in self.entities)

    @property
    def article(self) -> str:
        return self.ref.article


@functools.lru_cache(maxsize=100_000)
def normalise_name(name: str) -> str:
    """The comparison key of a name: :func:`claimx.entities.aliases.normalize_name` (accents, case,
    apostrophes, acronym dots, dashes, punctuation, a leading "the" and a possessive
    folded), the normalisation the alias identities are built with."""
    return normalize_name(name)


def entity_key(entity: Entity) -> str:
    """The cross-document key of an entity: its identity, else its normalised canonical name."""
    return entity.identity or f"name:{normalise_name(entity.name)}"


def paragraph_parts(article: Article, claim: Claim) -> list[Claim]:
    """``claim`` cut at the paragraph breaks between its content spans, one copy per
    paragraph run of spans (``[claim]`` when there is none), each with its own paragraph
    index and with the claim's date only when that lies in it.

    A quotation run over several paragraphs ("“A,” X said. ¶ “B.” ¶ “C.”") is one claim,
    but another outlet may report any one of its paragraphs: the linker compares each part,
    so that neither the later paragraphs dilute the first nor the first hides them.
    """
    spans = claim.content
    text = article.text
    cuts = [0] + [
        n for n in range(1, len(spans)) if "\n" in text[spans[n - 1].end : spans[n].start]
    ]
    if len(cuts) == 1:
        return [claim]
    starts = [p.start for p in article.paragraphs]
    parts: list[Claim] = []
    for k, first in enumerate(cuts):
        kept = spans[first : cuts[k + 1]] if k + 1 < len(cuts) else spans[first:]
        time = claim.time
        if time is not None and not any(s.start <= time.start and time.end <= s.end for s in kept):
            time = None
        update: dict[str, object] = {"content": kept, "time": time}
        if k and starts:
            update["paragraph"] = max(bisect.bisect_right(starts, kept[0].start) - 1, 0)
        parts.append(claim.model_copy(update=update))
    return parts


def _content_offsets(claim: Claim) -> list[tuple[int, int, int]]:
    """For each content span: (article start, article end, offset in the joined content)."""
    out = []
    pos = 0
    for span in claim.content:
        out.append((span.start, span.end, pos))
        pos += len(span.text) + 1
    return out


def _mentions_in_content(claim: Claim, entities: Iterable[Entity]) -> list[tuple[int, int, Entity]]:
    """``(start, end, entity)`` in joined-content offsets, in text order."""
    spans = _content_offsets(claim)
    found: list[tuple[int, int, Entity]] = []
    for entity in entities:
        if entity.label not in CONTENT_LABELS:
            continue
        for m in entity.mentions:
            for start, end, offset in spans:
                if start <= m.start and m.end <= end:
                    found.append((m.start - start + offset, m.end - start + offset, entity))
    found.sort(key=lambda item: (item[0], -item[1]))
    out: list[tuple[int, int, Entity]] = []
    for item in found:  # drop mentions nested in an earlier, longer one
        if out and item[0] < out[-1][1]:
            continue
        out.append(item)
    return out


def _first_person(toks: list[tuple[str, int, int]], lex: Lexicon) -> int:
    """Index of the content's first first-person subject pronoun ("I", "I'm"), or
    ``len(toks)`` when it has none."""
    return next((i for i, t in enumerate(toks) if t[0].lower() in lex.speaker_pronouns), len(toks))


def _roles(
    text: str,
    toks: list[tuple[str, int, int]],
    mentions: list[tuple[int, int, Entity]],
    lex: Lexicon,
    speaker_at: int,
) -> list[tuple[str, str | None, str | None]]:
    """(role, direction code, direction word) for each mention, in order. ``speaker_at``:
    where a first-person subject stands (:func:`_first_person`); an entity after it is no
    agent ("I am hosting the X Awards": the speaker is)."""
    result: list[tuple[str, str | None, str | None]] = []
    owner: dict[int, int] = {}  # token index -> mention index
    starts = [t[1] for t in toks]
    agent_taken = False
    for mi, (mstart, mend, entity) in enumerate(mentions):
        first = next((i for i, s in enumerate(starts) if s >= mstart), len(toks))
        last = first
        while last < len(toks) and toks[last][2] <= mend:
            owner[last] = mi
            last += 1
        following = toks[last][0] if last < len(toks) else ""
        possessive = following in ("'s", "’s") or text[mend : mend + 2] in ("'s", "’s")
        direction: str | None = None
        direction_word: str | None = None
        role: str | None = None
        i = first - 1
        skipped = 0
        while i >= 0 and skipped < 4:
            word = toks[i][0].lower()
            if i in owner:  # apposition/compound with an earlier entity: share its role
                role = result[owner[i]][0]
                break
            if word in lex.directions and direction is None:
                direction, direction_word = lex.directions[word], toks[i][0]
            elif word in lex.preposition_roles:
                role = lex.preposition_roles[word]
                if role == "location" and i > 0 and toks[i - 1][0].lower() in lex.production_verbs:
                    role = "origin"
                break
            elif word not in lex.skippable and word not in lex.directions:
                break
            i -= 1
            skipped += 1
        if entity.label == "NORP":
            role = "origin"  # a demonym modifies the noun that follows it, whatever governs it
        if role is None:
            words_before = sum(1 for t in toks[:first] if t[0][:1].isalnum())
            if possessive and agent_taken:
                role = "origin"  # a possessor owns the thing that follows
            elif not agent_taken and words_before <= MAX_SUBJECT_OFFSET and first < speaker_at:
                role = "agent"
            else:
                role = "object"
        if role == "agent":
            agent_taken = True
        elif role != "origin":
            agent_taken = agent_taken or (mi == 0 and role not in ("location", "goal"))
        result.append((role, direction, direction_word))
    return result


def _quantities(text: str, toks: list[tuple[str, int, int]], lex: Lexicon) -> list[Quantity]:
    out: list[Quantity] = []
    i = 0
    while i < len(toks):
        word = toks[i][0]
        lower = word.lower()
        value: float | None = None
        start = toks[i][1]
        j = i + 1
        if _NUMBER.match(word):
            try:
                value = float(word.replace(",", ""))
            except ValueError:
                value = None
        elif lower in lex.number_words and lower not in ("one", "half"):
            value = lex.number_words[lower]
            while j < len(toks) and toks[j][0].lower() in lex.number_words:
                value += lex.number_words[toks[j][0].lower()]
                j += 1
        if value is None:
            i += 1
            continue
        scaled = False
        while j < len(toks) and toks[j][0].lower() in lex.scale_words:
            value *= lex.scale_words[toks[j][0].lower()]
            scaled = True
            j += 1
        if j < len(toks) and toks[j][0] == "-":
            j += 1
        unit = None
        end = toks[j - 1][2]
        if j < len(toks) and toks[j][0][:1].isalpha() and toks[j][0].lower() not in lex.stopwords:
            unit = stem(toks[j][0])
            end = toks[j][2]
        is_year = not scaled and value.is_integer() and 1800 <= value <= 2100 and len(word) == 4
        out.append(Quantity(value, unit, text[start:end], year=is_year))
        i = j
    return out


def _describes_place(article: Article, speaker: Speaker, lex: Lexicon) -> bool:
    """The speaker mention, resolved to a place, says more than the place: a word outside
    every entity mention that is neither a function word nor a place noun ("police in
    Lyon", "the city prosecutors' office", "an Ohio prison statement"; not "the country",
    "it", "Moscow")."""
    inside = [
        (m.start, m.end)
        for e in article.entities
        for m in e.mentions
        if speaker.start <= m.start and m.end <= speaker.end
    ]
    for word, start, end in tokens(speaker.text):
        if not word[:1].isalpha() or word.lower() in lex.stopwords:
            continue
        s, e = speaker.start + start, speaker.start + end
        if any(ms <= s and e <= me for ms, me in inside):
            continue
        if stem(word) not in {stem(n) for n in lex.place_nouns}:
            return True
    return False


def _is_proper_name(text: str) -> bool:
    """Capitalised words only (after a leading article), at least two of them or one
    acronym: "The Daily Courier", "AFP"; not "Police", "The President of the club"."""
    words = [w for w, _, _ in tokens(text) if w[:1].isalnum()]
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not words or not all(w[:1].isupper() for w in words):
        return False
    return len(words) >= 2 or (len(words[0]) >= 2 and words[0].isupper())


def _pure_description(article: Article, speaker: Speaker) -> bool:
    """No entity is mentioned inside the speaker mention ("the President", "her rep")."""
    return not any(
        speaker.start <= m.start and m.end <= speaker.end
        for e in article.entities
        for m in e.mentions
    )


def _names_another(speaker: Speaker, entity: Entity) -> bool:
    """The speaker mention is a proper name sharing no word with the entity it was
    resolved to, nor with any of that entity's mentions: a resolution error, the mention
    names someone else."""
    if not _is_proper_name(speaker.text):
        return False
    own = {stem(w) for w, _, _ in tokens(speaker.text) if w[:1].isalpha()} - {"the", "a", "an"}
    other = {
        stem(w)
        for text in (entity.name, speaker.resolved or "", *(m.text for m in entity.mentions))
        for w, _, _ in tokens(text)
    }
    return not own & other


def _role_head(text: str, lex: Lexicon) -> str | None:
    """The head noun of a description ("her spokesman" -> ``spokesman``, "a spokesperson at
    naval headquarters" -> ``spokesperson``): its last word before a preposition or comma."""
    head: str | None = None
    for word, _, _ in tokens(text):
        lower = word.lower()
        if lower in lex.preposition_roles or not word[:1].isalnum():
            break
        if word[:1].isalpha() and lower not in lex.stopwords:
            head = lower
    return head


def _same_role(x: str, y: str) -> bool:
    """Two role nouns name one role: one stem, or one a 3+ letter prefix of the other ("rep" /
    "representative")."""
    sx, sy = stem(x), stem(y)
    return sx == sy or (min(len(sx), len(sy)) >= 3 and (sx.startswith(sy) or sy.startswith(sx)))


def named_roles(article: Article) -> dict[str, frozenset[str]]:
    """Role noun -> keys of the person the article names in apposition to it.

    "spokesman Carl Hodge", "her publicist, Dana Voss," and "The producers, Ana Ruiz
    and Ben Ode," name the person behind "her spokesman", "the publicist", "the producers"
    elsewhere in the article (the first person after the noun). A role noun put before two
    different persons is ambiguous and left out.
    """
    lex = lexicon(article.language)
    text = article.text
    found: dict[str, set[str]] = {}
    keys_of: dict[str, frozenset[str]] = {}
    for entity in article.entities:
        if entity.label != "PERSON":
            continue
        person = frozenset({entity_key(entity), f"name:{normalise_name(entity.name)}"})
        for m in entity.mentions:
            before = tokens(text[max(0, m.start - 40) : m.start])
            if before and before[-1][0] == ",":
                before = before[:-1]
            if not before:
                continue
            word = before[-1][0]
            lower = word.lower()
            if not word.isalpha() or lower in lex.stopwords or lower in _DETERMINERS:
                continue
            found.setdefault(lower, set()).add(entity_key(entity))
            keys_of[lower] = person
    return {noun: keys_of[noun] for noun, who in found.items() if len(who) == 1}


def _described(speaker: Speaker, roles: dict[str, frozenset[str]], lex: Lexicon) -> frozenset[str]:
    """The keys of the person the article names in the speaker description's role, if one."""
    head = _role_head(speaker.text, lex)
    if head is None or head in lex.generic_sources:
        return frozenset()  # an unnamed group ("officials") is not the one person named
    matches = {keys for noun, keys in roles.items() if _same_role(head, noun)}
    return next(iter(matches)) if len(matches) == 1 else frozenset()


_DESCRIPTION_BREAKS = frozenset({",", ";", ":", ".", "(", ")", "and", "or", "who", "which", "that"})


def _description_object(
    toks: list[tuple[str, int, int]],
    first: int,
    mentions: list[tuple[int, int, Entity]],
    lex: Lexicon,
) -> str | None:
    """The key of what ``ROLE of ...`` names, its phrase starting at token ``first``: the last
    entity mentioned before a break ("North Korean leader Kim" -> Kim), else the phrase's
    last content word ("the sister of the victim" -> ``victim``)."""
    last = first
    while last < len(toks) and last - first <= DESCRIPTION_GAP + 3:
        if toks[last][0].lower() in _DESCRIPTION_BREAKS:
            break
        last += 1
    if last == first:
        return None
    start, end = toks[first][1], toks[last - 1][2]
    inside = [e for ms, me, e in mentions if start <= ms and me <= end]
    if inside:
        return entity_key(inside[-1])
    words = [
        w for w, _, _ in toks[first:last] if w[:1].isalpha() and w.lower() not in lex.stopwords
    ]
    return stem(words[-1]) if words else None


def _possessor(
    toks: list[tuple[str, int, int]], k: int, mentions: list[tuple[int, int, Entity]]
) -> str | None:
    """The key of the possessor before role noun ``k`` ("the agency's director", "Lee's
    sister"): an entity mention ending at the possessive word, else that word's stem."""
    for back in range(k - 1, max(-1, k - 4), -1):
        word, _, end = toks[back]
        if word.lower() in _DESCRIPTION_BREAKS:
            return None
        if word[-2:] in ("'s", "’s"):
            owner = [e for _, me, e in mentions if me == end - 2]
            return entity_key(owner[-1]) if owner else stem(word)
    return None


def descriptions(
    article: Article, start: int, end: int, lex: Lexicon, *, within: int | None = None
) -> frozenset[str]:
    """``rel:<role stem>:<key>`` for every description of a person through another in
    ``article.text[start:end]``: "the sister of leader X" / "X's sister", "the agency's
    director" / "the director of the agency" (a role or kinship noun of the lexicon, then
    "of" and what it names, or after a possessive). With ``within``, the role noun must be
    among the first ``within`` words (an apposition: ", the sister of X")."""
    text = article.text[start:end]
    toks = tokens(text)
    mentions = [
        (m.start - start, m.end - start, e)
        for e in article.entities
        if e.label in CONTENT_LABELS
        for m in e.mentions
        if start <= m.start and m.end <= end
    ]
    nouns = lex.role_nouns | lex.relation_nouns
    keys: set[str] = set()
    for k, (word, _, _) in enumerate(toks):
        if within is not None and k >= within:
            break
        lower = word.lower()
        if lower not in nouns and stem(lower) not in {stem(n) for n in nouns}:
            continue
        if k + 1 < len(toks) and toks[k + 1][0].lower() == "of":
            key = _description_object(toks, k + 2, mentions, lex)
        else:
            key = _possessor(toks, k, mentions)
        if key:
            keys.add(f"rel:{stem(lower)}:{key}")
    return frozenset(keys)


def _apposition_descriptions(article: Article, entity: Entity, lex: Lexicon) -> frozenset[str]:
    """The descriptions the article puts in apposition after a mention of ``entity``
    ("Ana Ruiz, the sister of party leader Tomas Ruiz, said")."""
    keys: set[str] = set()
    for m in entity.mentions:
        after = article.text[m.end : m.end + 2]
        if after not in (", ", ",\n"):
            continue
        keys |= descriptions(article, m.end + 2, min(len(article.text), m.end + 120), lex, within=5)
    return frozenset(k for k in keys if not k.endswith(":" + entity_key(entity)))


def _speaker_descriptions(
    article: Article, claim: Claim, by_id: dict[str, Entity], lex: Lexicon
) -> frozenset[str]:
    """The speaker's descriptions: in its own mention, and in appositions to the entity it
    resolves to (a description never describes the speaker through itself)."""
    speaker = claim.speaker
    if speaker is None:
        return frozenset()
    keys = set(descriptions(article, speaker.start, speaker.end, lex))
    entity = by_id.get(speaker.entity) if speaker.entity else None
    if entity is not None and not _describes_other(article, speaker, entity, lex):
        own = entity_key(entity)
        keys = {k for k in keys if not k.endswith(":" + own)} | _apposition_descriptions(
            article, entity, lex
        )
    return frozenset(keys)


def _describes_other(article: Article, speaker: Speaker, entity: Entity, lex: Lexicon) -> bool:
    """The speaker mention describes someone through its entity: the entity is mentioned in
    the phrase after a role or kinship noun and "of" ("the sister of X", "the sister of
    Freedonian leader X" resolved to X or to "Freedonian"); not "spokesman Carl Hodge"."""
    toks = tokens(speaker.text)
    nouns = lex.role_nouns | lex.relation_nouns
    noun_stems = {stem(n) for n in nouns}
    inside = [m.start - speaker.start for m in entity.mentions if speaker.start <= m.start]
    inside = [x for x in inside if x < len(speaker.text)]
    for k, (word, _, _) in enumerate(toks[:-1]):
        lower = word.lower()
        if (lower in nouns or stem(lower) in noun_stems) and toks[k + 1][0].lower() == "of":
            first = k + 2
            last = first
            while last < len(toks) and toks[last][0].lower() not in _DESCRIPTION_BREAKS:
                last += 1
            if last > first:
                start, end = toks[first][1], toks[last - 1][2]
                if any(start <= x < end for x in inside):
                    return True
    return False


_COORDINATION = re.compile(r"\s+(?:and|&)\s+")


def _coordinated_keys(article: Article, speaker: Speaker, lex: Lexicon) -> frozenset[str]:
    """The keys of every source a coordinated speaker names ("director Carl Hodge and The
    Daily Courier": both). Each conjunct must be a name: an entity mention with at most
    role nouns and determiners around it, capitalised words, or one capitalised word; else
    nothing is added."""
    parts = _COORDINATION.split(speaker.text)
    if len(parts) < 2:
        return frozenset()
    keys: set[str] = set()
    pos = speaker.start
    for part in parts:
        start = article.text.find(part, pos, speaker.end)
        if start < 0:
            return frozenset()
        end = pos = start + len(part)
        inside = [
            e
            for e in article.entities
            if e.label in CONTENT_LABELS
            for m in e.mentions
            if start <= m.start and m.end <= end
        ]
        covered = [
            (m.start, m.end)
            for e in inside
            for m in e.mentions
            if start <= m.start and m.end <= end
        ]
        rest = [
            w.lower()
            for w, ws, we in tokens(part)
            if w[:1].isalpha() and not any(s <= start + ws and start + we <= e for s, e in covered)
        ]
        if inside and all(w in lex.role_nouns or w in _DETERMINERS for w in rest):
            keys |= {entity_key(e) for e in inside}
            keys |= {f"name:{normalise_name(e.name)}" for e in inside}
        elif _is_proper_name(part) or (part[:1].isupper() and part.isalpha() and len(part) > 2):
            keys.add(f"name:{normalise_name(part)}")  # "The Daily Courier", "Reuters"
        else:
            return frozenset()
    return frozenset(keys)


def _speaker(
    article: Article,
    claim: Claim,
    by_id: dict[str, Entity],
    lex: Lexicon,
    roles: dict[str, frozenset[str]] | None = None,
) -> tuple[frozenset[str], tuple[str, ...], bool]:
    """Keys (entity identity, resolved name) and words (text and resolved name) of the speaker.

    A speaker whose entity is only a possessor in the mention ("the singer's publicist") is a
    description of someone else: it gets no keys; so does a description located at a place
    ("police in Lyon", :func:`_describes_place`).
    """
    speaker = claim.speaker
    if speaker is None:
        return frozenset(), (), False
    keys: set[str] = set()
    entity = by_id.get(speaker.entity) if speaker.entity else None
    possessor = entity is not None and any(
        speaker.start <= m.start
        and m.end < speaker.end
        and article.text[m.end : m.end + 2] in ("'s", "’s")
        for m in entity.mentions
    )
    if entity is not None and entity.label in PLACE_LABELS:
        # "police in Lyon", "an Ohio prison statement": a description located at the place
        possessor = possessor or _describes_place(article, speaker, lex)
    if entity is not None and not possessor:
        # "the sister of X" resolved to X: a description of someone else
        possessor = _describes_other(article, speaker, entity, lex)
    misresolved = entity is not None and _names_another(speaker, entity)
    # "The Daily Courier" resolved to a person it reports on: the mention's own name counts
    possessor = possessor or misresolved
    if entity is not None and not possessor:
        keys.add(entity_key(entity))
        keys.add(f"name:{normalise_name(entity.name)}")
    if speaker.resolved and not possessor:
        keys.add(f"name:{normalise_name(speaker.resolved)}")
    if not keys and (misresolved or (entity is None and _is_proper_name(speaker.text))):
        # a name the entity recogniser missed ("The Daily Courier", "AFP"): it names a source
        keys.add(f"name:{normalise_name(speaker.text)}")
    if keys or entity is None:
        keys |= _coordinated_keys(article, speaker, lex)  # "X and Y said": each of them
    words_of = ""
    if not keys:
        # "her spokesman", where the article names "spokesman Carl Hodge": that person
        described = _described(speaker, named_roles(article) if roles is None else roles, lex)
        keys |= described
        words_of = " ".join(k[5:] for k in described if k.startswith("name:"))
    salient = False
    if not keys and _organisation_description(speaker.text, lex):
        # "the software giant", "it": the organisation the article is about, if one
        keys |= main_organisation(article)
        salient = bool(keys)
    resolved = "" if misresolved else speaker.resolved or ""
    surface = f"{speaker.text} {resolved} {words_of}"
    words = [t[0] for t in tokens(surface) if t[0][:1].isalnum()]
    stems = tuple(dict.fromkeys(stem(w) for w in words if w.lower() not in lex.stopwords))
    inferred = salient or (
        bool(keys)
        and not words_of
        and _pure_description(article, speaker)
        and not _is_proper_name(speaker.text)
    )
    return frozenset(keys), stems, inferred


def _organisation_description(text: str, lex: Lexicon) -> bool:
    """A definite description that names no person ("the company", "The US software giant",
    "the company in a statement") or the pronoun "it": not a role or kinship noun ("the
    coroner", "her sister"), a group ("the officials") or a place noun ("the country")."""
    words = [w.lower() for w, _, _ in tokens(text) if w[:1].isalpha()]
    if words == ["it"]:
        return True
    if not words or words[0] != "the":
        return False
    head = _role_head(text, lex)
    return head is not None and not (
        head in lex.role_nouns
        or head in lex.relation_nouns
        or head in lex.generic_sources
        or head in lex.place_nouns
    )


def main_organisation(article: Article) -> frozenset[str]:
    """The keys of the organisation an article is about: its organisation entity with the
    most mentions, at least two and more than any other's; else none."""
    counts = sorted(
        ((len(e.mentions), e.id, e) for e in article.entities if e.label == "ORG"),
        key=lambda t: (-t[0], t[1]),
    )
    if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return frozenset()
    entity = counts[0][2]
    return frozenset({entity_key(entity), f"name:{normalise_name(entity.name)}"})


def article_context(article: Article) -> frozenset[str]:
    """The cross-document keys of every named entity of the article."""
    return frozenset(entity_key(e) for e in article.entities if e.label in CONTENT_LABELS)


_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
#: Date values that name no particular time ("PRESENT_REF", "PAST_REF").
_VAGUE_DATE = re.compile(r"[A-Z_]+$")


def article_story(article: Article) -> frozenset[str]:
    """The anchors of the story an article reports: its entity keys (as
    :func:`article_context`), every number written in digits in its text (``num:3``,
    ``num:1200``) and the value of every resolved date (``date:2024-05``)."""
    numbers = {
        f"num:{m.group().replace(',', '')}"
        for m in _DIGITS.finditer(article.text)
        if not (m.end() < len(article.text) and article.text[m.end()].isalpha())
    }
    dates = {f"date:{d.value}" for d in article.dates if d.value and not _VAGUE_DATE.match(d.value)}
    return article_context(article) | frozenset(numbers) | frozenset(dates)


def _is_question(toks: list[tuple[str, int, int]], lex: Lexicon) -> bool | None:
    """The content opens an embedded question: a question word first ("why she left",
    "whether the plant reopens"), or after a determiner and adjectives a question noun
    followed by a question word or "of"/"for"/"behind" ("the real reason why ...", "the cause
    of the fire"). ``None`` in a language without question words in its lexicon."""
    if not lex.question_words:
        return None
    words = [w.lower() for w, _, _ in toks if w[:1].isalnum()]
    if not words:
        return False
    if words[0] in lex.question_words:
        return True
    for k, word in enumerate(words[:4]):
        if word in lex.question_nouns:
            follower = words[k + 1] if k + 1 < len(words) else ""
            return follower in lex.question_words or follower in ("of", "for", "behind")
        if k == 0 and word not in _DETERMINERS:
            return False
    return False


def _informative(
    toks: list[tuple[str, int, int]],
    stems: tuple[str, ...],
    entities: tuple[EntityMention, ...] | list[EntityMention],
    lex: Lexicon,
) -> bool:
    """At least :data:`MIN_CONTENT_WORDS` content words; a bare infinitive ("to remain
    anonymous") without a name or number in it needs :data:`MIN_INFINITIVE_WORDS`."""
    distinct = len(set(stems))
    if distinct < MIN_CONTENT_WORDS:
        return False
    words = [w for w, _, _ in toks if w[:1].isalnum()]
    infinitive = bool(words) and words[0].lower() in lex.infinitive_markers
    if infinitive and not entities and not any(w[:1].isdigit() for w in words):
        return distinct >= MIN_INFINITIVE_WORDS
    return True


def extract_features(
    article: Article,
    claim: Claim,
    index: int,
    context: frozenset[str] | None = None,
    named: dict[str, frozenset[str]] | None = None,
    story: frozenset[str] | None = None,
) -> ClaimFeatures:
    """The :class:`ClaimFeatures` of ``claim`` (one of ``article.claims``).

    ``context`` is :func:`article_context` of the article, ``named`` its
    :func:`named_roles` and ``story`` its :func:`article_story` (computed when omitted).
    """
    lex = lexicon(article.language)
    text = claim.content_text
    by_id = {e.id: e for e in article.entities}
    listed = [by_id[i] for i in claim.entities if i in by_id]
    mentions = _mentions_in_content(claim, listed or article.entities)
    toks = tokens(text)
    speaker_at = _first_person(toks, lex)
    roles = _roles(text, toks, mentions, lex, speaker_at)
    entity_mentions = tuple(
        EntityMention(
            key=entity_key(entity),
            label=entity.label,
            surface=text[start:end],
            role=role,
            direction=direction,
            direction_word=word,
        )
        for (start, end, entity), (role, direction, word) in zip(mentions, roles, strict=True)
    )
    words = [t[0] for t in toks]
    negation = next((w for w in words if w.lower() in lex.negations), None)
    # Words inside entity mentions are kept apart: the entity component already compares
    # the entities by identity ("Pyongyang" = "North Korea"), so they weigh less as content.
    inside = [(start, end) for start, end, _ in mentions]
    stems_out: list[str] = []
    stems_in: set[str] = set()
    for w, ws, we in toks:
        if not w[:1].isalnum() or w.lower() in lex.stopwords:
            continue
        if any(s <= ws and we <= e for s, e in inside):
            stems_in.add(stem(w))
        else:
            stems_out.append(stem(w))
    stems = tuple(stems_out) + tuple(sorted(stems_in - set(stems_out)))
    words_only = [(w, k) for k, (w, _, _) in enumerate(toks) if w[:1].isalpha()]
    proper = {
        stem(w)
        for k, (w, _) in enumerate(words_only)
        if w[:1].isupper() and (k > 0 or stem(w) in stems_in)  # a first word: in a name
    }
    common = {stem(w) for w, _ in words_only if w[:1].islower()}
    speaker_keys, speaker_stems, inferred = _speaker(article, claim, by_id, lex, named)
    generic = False
    if claim.speaker is not None and not speaker_keys:
        # the head (last word) names an unnamed group: "experts", "some Western analysts"
        words = [t[0] for t in tokens(claim.speaker.text) if t[0][:1].isalpha()]
        generic = bool(words) and words[-1].lower() in lex.generic_sources
    interval = claim.time.interval if claim.time is not None else None
    return ClaimFeatures(
        index=index,
        ref=ClaimRef(article=article.id, claim=claim.id),
        text=text,
        stems=stems,
        entities=entity_mentions,
        quantities=tuple(_quantities(text, toks, lex)),
        negation=negation,
        speaker_keys=speaker_keys,
        speaker_stems=speaker_stems,
        speaker_known=claim.speaker is not None,
        stance=claim.stance,
        time=(interval.begin, interval.end) if interval is not None else None,
        time_text=claim.time.text if claim.time is not None else None,
        context=article_context(article) if context is None else context,
        entity_stems=frozenset(stems_in - set(stems_out)),
        speaker_agent=speaker_at < len(toks),
        speaker_generic=generic,
        speaker_inferred=inferred,
        statement=_statement(claim),
        question=_is_question(toks, lex),
        informative=_informative(toks, stems, entity_mentions, lex),
        story=article_story(article) if story is None else story,
        described=_speaker_descriptions(article, claim, by_id, lex),
        proper_stems=frozenset(proper),
        common_stems=frozenset(common),
    )


def _statement(claim: Claim) -> str:
    """Speaker, cue and content spans of ``claim`` in text order, joined by spaces."""
    spans: list[TextSpan] = [*claim.content]
    spans += [s for s in (claim.speaker, claim.cue) if s is not None]
    return " ".join(s.text for s in sorted(spans, key=lambda s: (s.start, s.end)))


def _inside_gap(gap: str, lex: Lexicon) -> bool:
    """The words between two place mentions put the first inside the second: a comma
    ("Biloxi, Miss."), or "in"/"of" after at most a place noun and before at most a
    determiner and a direction ("Varna region of northeastern Bulgaria", "Qom in Iran")."""
    if gap == ", ":
        return True
    words = [w.lower() for w, _, _ in tokens(gap)]
    if not 1 <= len(words) <= 4:
        return False
    k = 0
    if words[k] in lex.place_nouns:
        k += 1
    if k >= len(words) or words[k] not in ("in", "of"):
        return False
    rest = words[k + 1 :]
    return all(w in _DETERMINERS or w in lex.directions for w in rest)


#: Function words inside organisation names ("Museum of Modern Art"): never a name alone.
NAME_FUNCTION_WORDS = frozenset({"of", "and", "for", "the", "&"})


@functools.lru_cache(maxsize=100_000)
def name_edges(keys: frozenset[str]) -> frozenset[str]:
    """``keys`` and the ``name:`` keys of the names that open or close the names among them
    ("name:microsoft" for "name:microsoft security response center"): the names the speaker
    gate takes for one source with the longer one
    (:func:`~claimx.linking.speakers.named_same`)."""
    out = set(keys)
    for key in keys:
        if not key.startswith("name:"):
            continue
        words = key[5:].split()
        for k in range(1, len(words)):
            for part in (words[:k], words[k:]):
                if not all(w in NAME_FUNCTION_WORDS for w in part):
                    out.add("name:" + " ".join(part))
    return frozenset(out)


def part_of_evidence(article: Article) -> set[tuple[str, str]]:
    """``(part, whole)`` key pairs the article's own wording states.

    General patterns: a possessive naming an organisation inside another ("X's military
    intelligence service Y", at most five words between); a country directly before an
    organisation ("US" + "Defense Intelligence Agency" when split into two mentions); and a
    person speaking in an organisation's role, who is part of it ("Academy producer Carl
    Hodge", "CNN's Carl Hodge", "Carl Hodge, Academy president,"); a place inside another
    (:func:`_inside_gap`: "Varna region of northeastern Bulgaria", "Biloxi, Miss.").
    """
    mentions = sorted(
        ((m.start, m.end, e) for e in article.entities for m in e.mentions),
        key=lambda item: item[0],
    )
    pairs: set[tuple[str, str]] = set()

    def add(part: Entity, whole: Entity) -> None:
        # a part of the whole is a part of the names that open or close the whole's name
        # ("Microsoft Security Response Center director X" is part of "Microsoft")
        wholes = name_edges(frozenset({entity_key(whole), f"name:{normalise_name(whole.name)}"}))
        for p in {entity_key(part), f"name:{normalise_name(part.name)}"}:
            for w in wholes:
                pairs.add((p, w))

    lex = lexicon(article.language)
    roles = lex.role_nouns
    for (_s1, e1, first), (s2, e2, second) in itertools.pairwise(mentions):
        if first.id == second.id:
            continue
        gap = article.text[e1:s2]
        if first.label in PLACE_LABELS and second.label in PLACE_LABELS:
            if _inside_gap(gap, lex):
                add(first, second)  # "Varna region of northeastern Bulgaria", "Biloxi, Miss."
        elif second.label == "ORG" and first.label in ("ORG", "GPE", "NORP"):
            if _POSSESSIVE_GAP.match(gap) or (first.label == "GPE" and gap == " "):
                add(second, first)
        elif second.label == "PERSON" and first.label == "ORG":
            words = [w.lower() for w, _, _ in tokens(gap) if w[:1].isalpha()]
            role = all(w in roles for w in words)
            if (words and role and _ROLE_GAP.match(gap)) or gap in ("'s ", "’s "):
                add(second, first)  # "Academy producer Carl Hodge", "CNN's Carl Hodge"
        elif first.label == "PERSON" and second.label == "ORG" and gap == ", ":
            after = _ROLE_AFTER.match(article.text[e2 : e2 + 40])
            if after is not None and after.group(1).lower() in roles:
                add(first, second)  # "Carl Hodge, Academy president,"
        elif first.label == "PERSON" and second.label == "ORG":
            role_of = _ROLE_OF_GAP.match(gap)
            if role_of is not None and role_of.group(1).lower() in roles:
                add(first, second)  # "Carl Hodge, director of the Academy"
    return pairs
