"""Test helper: the user's two seed articles, shipped in ``corpus/`` (never skipped)."""

from __future__ import annotations

from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def seed_path(prefix: str) -> Path:
    """``corpus/<prefix>_*.txt``; a missing seed fails the test that asks for it."""
    found = sorted(CORPUS.glob(f"{prefix}_*.txt"))
    assert found, f"seed {prefix}_*.txt is missing from corpus/"
    return found[0]


def seed_text(prefix: str) -> str:
    return seed_path(prefix).read_text(encoding="utf-8")
