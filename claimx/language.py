"""Language of an article: given, else detected offline."""

from __future__ import annotations

__all__ = ["detect_language"]


def detect_language(text: str) -> str:
    """Placeholder: English until offline detection lands."""
    return "en"
