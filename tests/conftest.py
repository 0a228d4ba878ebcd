"""Shared fixtures: the real English pipeline, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from claimx import load_pipeline

    return load_pipeline("en")


@pytest.fixture(scope="session")
def parse(nlp):  # type: ignore[no-untyped-def]
    """``claimx.parse`` on English text with the session's pipeline (id "t")."""
    import claimx
    from claimx.models import Article

    def run(text: str, published: str | None = None) -> Article:
        return claimx.parse(text, nlp=nlp, language="en", published=published, id="t")

    return run
