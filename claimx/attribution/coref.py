"""Speaker resolution: from a speaker mention to the article entity it refers to.

Rules (data in ``claimx/data/coref/<lang>.json``), tried in order on the speaker's head:

1. **Named**: an entity mention covers the head ("Maria Lopez, analyst at ...", "the WHO").
2. **Same source**: "the same source" / "the source" -> the previous claim's resolved speaker.
3. **Pronoun**: he/she/it/they -> the nearest preceding compatible mention (PERSON for
   he/she; ORG/GPE/NORP... for it) that is a clause subject (the head of a coordination),
   within :data:`PRONOUN_WINDOW` characters, so that in a run of quotes alternating speakers
   "he added" follows the last person named, not the previous claim's speaker; else the
   nearest preceding claim speaker of a compatible type in the same or the previous
   paragraph; else the nearest preceding compatible mention.
4. **Description**: a determiner + a known head noun ("the American agency", "the
   specialist", "the ministry") -> among preceding compatible entities, first those whose
   name or apposition contains the head noun ("World Health Organization", "Maria Lopez, a
   former analyst"); for the classes not in ``strict_classes`` (organisations: "the
   company", "the police service"), then the nearest compatible claim speaker, then the
   nearest compatible mention. An organisation or place description whose head has a
   noun modifier naming a kind of body ("the port authority", "the transit agency") takes
   only an entity whose name or apposition holds the head and the modifier, else stays
   unresolved. A person description ("the specialist") with no such
   antecedent takes only a compatible claim speaker of the same or the previous paragraph,
   else stays unresolved rather than taking a person from elsewhere in the text.
5. **Proxy**: a report/statement/spokesperson head -> the entity named inside the phrase
   ("a report by the US Department of Defense", "X's spokesman"); a definite one with no
   name inside ("the report") -> the entity of the last speaker with the same head.

Anything else (e.g. "experts", "the powerful sister of ...") stays unresolved.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .._extensions import doc_text
from ..models import Entity, TextSpan
from .lexicon import CorefRules

__all__ = ["PRONOUN_WINDOW", "Resolution", "SpeakerResolver"]

#: How far back (chars) a pronoun looks for a subject antecedent.
PRONOUN_WINDOW = 400


@dataclass(frozen=True, slots=True)
class Resolution:
    """The entity a speaker mention refers to, and the mention it was resolved through."""

    entity: Entity
    through: TextSpan | None = None


class SpeakerResolver:
    """Resolves speaker mentions of one document, in text order."""

    def __init__(self, doc: Doc, entities: tuple[Entity, ...], rules: CorefRules) -> None:
        self.doc = doc
        self.rules = rules
        agents = [
            e for e in entities if not rules.speaker_labels or e.label in rules.speaker_labels
        ]
        self.mentions = sorted(
            ((m.start, m.end, e) for e in agents for m in e.mentions), key=lambda x: x[0]
        )
        self.starts = [m[0] for m in self.mentions]
        self.speakers: list[tuple[int, int, Entity]] = []
        self.proxies: dict[str, tuple[Entity, int]] = {}
        """Proxy head lemma ("report") -> the entity and start of the last speaker it stood for."""
        """Resolved claim speakers so far: (speaker start, paragraph, entity)."""
        self._descriptors: dict[str, set[str]] | None = None

    # -- lookups ---------------------------------------------------------------------

    def covering(self, start: int, end: int) -> tuple[int, int, Entity] | None:
        """The shortest entity mention covering ``[start, end)``."""
        best = None
        hi = bisect.bisect_right(self.starts, start)
        for m in self.mentions[max(0, hi - 50) : hi]:
            if m[0] <= start and end <= m[1] and (best is None or m[1] - m[0] < best[1] - best[0]):
                best = m
        return best

    def _inside(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        lo = bisect.bisect_left(self.starts, start)
        out = []
        for m in self.mentions[lo:]:
            if m[0] >= end:
                break
            if m[1] <= end:
                out.append(m)
        return out

    def _author(self, head: Token) -> list[tuple[int, int, Entity]]:
        """Entity mentions naming the author of a report-like head: its possessor or
        modifier ("X's report", "a Pentagon report") or a "by/from/of" object."""
        rules = self.rules
        parts = [c for c in head.children if c.dep_ in rules.proxy_author_labels]
        for prep in head.children:
            if prep.lower_ in rules.proxy_author_preps:
                parts.extend(prep.children)
        found: list[tuple[int, int, Entity]] = []
        for part in parts:
            found.extend(
                self._inside(part.left_edge.idx, part.right_edge.idx + len(part.right_edge))
            )
        return found

    def _span(self, m: tuple[int, int, Entity]) -> TextSpan:
        return TextSpan(start=m[0], end=m[1], text=doc_text(self.doc)[m[0] : m[1]])

    def _last_mention(self, entity: Entity, before: int) -> TextSpan | None:
        prior = [m for m in entity.mentions if m.end <= before]
        return prior[-1] if prior else None

    def _descriptor_words(self) -> dict[str, set[str]]:
        """Entity id -> lower-cased name words and heads of appositions to its mentions."""
        if self._descriptors is None:
            words: dict[str, set[str]] = {}
            for start, end, ent in self.mentions:
                bag = words.setdefault(ent.id, {w.lower() for w in ent.name.split()})
                span = self.doc.char_span(start, end, alignment_mode="expand")
                if span is None or len(span) == 0:
                    continue
                for appos in span.root.children:
                    if appos.dep_ != "appos":
                        continue
                    # "X, the sister of ... and one of the spokespeople": both describe X
                    for desc in (appos, *(c for c in appos.children if c.dep_ == "conj")):
                        bag.add(desc.lemma_.lower())
                        bag.add(desc.lower_)
                        bag.update(  # "X, the port authority,": its kind words too
                            c.lower_
                            for c in desc.children
                            if c.dep_ in self.rules.kind_modifier_labels
                        )
            self._descriptors = words
        return self._descriptors

    # -- resolution ------------------------------------------------------------------

    def _labels_for(self, cls: str) -> frozenset[str]:
        return self.rules.label_classes.get(cls, frozenset({cls}))

    def _nearest_speaker(
        self, before: int, labels: frozenset[str], paragraph: int | None, window: int | None
    ) -> Entity | None:
        for start, para, ent in reversed(self.speakers):
            if start >= before:
                continue
            if window is not None and paragraph is not None and paragraph - para > window:
                return None
            if ent.label in labels:
                return ent
        return None

    def _nearest_mention(
        self, before: int, labels: frozenset[str], words: tuple[str, ...] = ()
    ) -> Entity | None:
        """The nearest compatible mention before ``before`` whose entity's name or
        apposition holds every one of ``words`` (any entity when there are none)."""
        hi = bisect.bisect_left(self.starts, before)
        descriptors = self._descriptor_words() if words else None
        for _start, end, ent in reversed(self.mentions[:hi]):
            if end > before or ent.label not in labels:
                continue
            if descriptors is None or descriptors.get(ent.id, set()).issuperset(words):
                return ent
        return None

    def resolve(
        self, start: int, end: int, head: Token, paragraph: int | None
    ) -> Resolution | None:
        """Resolve the speaker ``[start, end)`` with head token ``head``; remembers it."""
        found = self._resolve(start, end, head, paragraph)
        if found is not None and paragraph is not None:
            self.speakers.append((start, paragraph, found.entity))
            lemma = head.lemma_.lower()
            if lemma in self.rules.proxy_heads:
                self.proxies[lemma] = (found.entity, start)
        return found

    def _nearest_subject(self, before: int, labels: frozenset[str]) -> Entity | None:
        """The nearest compatible mention that is a clause subject (first conjunct of a
        coordination), within :data:`PRONOUN_WINDOW` chars: pronouns refer back to subjects."""
        hi = bisect.bisect_left(self.starts, before)
        subject_labels = self.rules.subject_labels
        for start, end, ent in reversed(self.mentions[:hi]):
            if before - start > PRONOUN_WINDOW:
                break
            if end > before or ent.label not in labels:
                continue
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            root = span.root
            for _ in range(len(span.sent)):  # "Apple and Google were fined": the first conjunct
                if root.dep_ != "conj" or root.head.i == root.i:
                    break
                root = root.head  # "Apple and Google were fined": the coordination's head
            if root.dep_ in subject_labels:
                first = self.covering(root.idx, root.idx + len(root))
                return first[2] if first is not None and first[2].label in labels else ent
        return None

    def _resolve(
        self, start: int, end: int, head: Token, paragraph: int | None
    ) -> Resolution | None:
        rules = self.rules
        direct = self.covering(head.idx, head.idx + len(head))
        if direct is not None:
            return Resolution(direct[2])
        for appos in head.children:  # "le président Emmanuel Macron", "the spokesman, X,"
            if appos.dep_ == "appos" and appos.i > head.i:
                named = self.covering(appos.idx, appos.idx + len(appos))
                if named is not None:
                    return Resolution(named[2])
        words = [t.lower_ for t in self.doc[head.left_edge.i : head.i + 1] if not t.is_punct]
        lemma = head.lemma_.lower()
        definite = bool(words) and words[0] in rules.determiners
        if definite and tuple(words[1:]) in rules.same_source:
            if self.speakers:
                same = self.speakers[-1][2]
                return Resolution(same, self._last_mention(same, start))
            return None
        if head.lower_ in rules.pronouns and len(words) == 1:
            labels = rules.pronouns[head.lower_]
            # the nearest compatible subject, not the previous claim's speaker: in a run of
            # quotes that alternates speakers, "he added" follows the last one named
            pron = self._nearest_subject(start, labels)
            pron = pron or self._nearest_speaker(start, labels, paragraph, window=1)
            pron = pron or self._nearest_mention(start, labels)
            return Resolution(pron, self._last_mention(pron, start)) if pron else None
        cls = rules.descriptions.get(lemma) or rules.descriptions.get(head.lower_)
        if definite and cls is not None:
            labels = self._labels_for(cls)
            kinds = [c.lower_ for c in head.children if c.dep_ in rules.kind_modifier_labels]
            if kinds and cls not in rules.strict_classes:
                # "the port authority": a body of that kind, named so, or no one
                desc = self._nearest_mention(start, labels, words=(lemma, *kinds))
                return Resolution(desc, self._last_mention(desc, start)) if desc else None
            desc = self._nearest_mention(start, labels, words=(lemma,))
            if desc is None and cls in rules.strict_classes:  # only a speaker close by
                desc = self._nearest_speaker(start, labels, paragraph, window=1)
            elif desc is None:
                desc = self._nearest_speaker(
                    start, labels, paragraph, window=None
                ) or self._nearest_mention(start, labels)
            return Resolution(desc, self._last_mention(desc, start)) if desc else None
        if lemma in rules.proxy_heads or head.lower_ in rules.proxy_heads:
            inside = self._author(head)
            if inside:
                return Resolution(inside[0][2])
            if definite and lemma in self.proxies:  # "the report" after "a report by X"
                ent, _ = self.proxies[lemma]
                return Resolution(ent, self._last_mention(ent, start))
        return None
