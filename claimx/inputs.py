"""Turning raw input (strings, bytes, files, JSONL records) into clean article inputs.

Messy but legal input is handled and reported as a :class:`~claimx.models.Diagnostic`;
input that is not text at all raises :class:`~claimx.errors.InputError`.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from html.parser import HTMLParser
from typing import Any

from .errors import DateValueError, InputError, SchemaError
from .models import Diagnostic

__all__ = [
    "ArticleInput",
    "coerce_published",
    "decode_bytes",
    "html_to_text",
    "looks_like_html",
    "make_input",
    "text_id",
]

RECORD_FIELDS = frozenset({"id", "text", "published", "source", "title", "language"})


@dataclass(frozen=True)
class ArticleInput:
    """One article to parse, validated: text plus metadata."""

    text: str
    id: str
    published: datetime | None = None
    source: str | None = None
    title: str | None = None
    language: str | None = None
    diagnostics: tuple[Diagnostic, ...] = field(default=())


def text_id(text: str) -> str:
    """A stable id for a text: the first 16 hex digits of its SHA-1."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def coerce_published(value: object) -> datetime | None:
    """A tz-aware datetime from a date, datetime or ISO-8601 string (naive means UTC).

    Raises:
        DateValueError: the value is not a date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        result = value
    elif isinstance(value, date):
        result = datetime(value.year, value.month, value.day)
    elif isinstance(value, str):
        try:
            result = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise DateValueError(
                f"publication date {value!r} is not an ISO-8601 date; "
                "use e.g. 2024-05-31 or 2024-05-31T08:00:00+02:00"
            ) from None
    else:
        raise DateValueError(
            f"publication date must be a date, datetime or ISO string, not {type(value).__name__}"
        )
    if result.tzinfo is None:
        result = result.replace(tzinfo=timezone.utc)
    return result


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode_bytes(data: bytes, source: str = "<bytes>") -> tuple[str, tuple[Diagnostic, ...]]:
    """Decode bytes as UTF-8 (BOM allowed); invalid bytes become U+FFFD with a diagnostic.

    Raises:
        InputError: the data looks binary (NUL bytes or mostly control characters).
    """
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{source}: looks like binary data (NUL bytes), not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), ()
    try:
        text = data.decode("utf-8-sig")
        diagnostics: tuple[Diagnostic, ...] = ()
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8-sig", errors="replace")
        diagnostics = (
            Diagnostic(
                code="invalid-utf8",
                message=(
                    f"{source}: not valid UTF-8 (first bad byte at offset {exc.start}); "
                    f"{text.count(chr(0xFFFD))} undecodable byte sequence(s) replaced by U+FFFD"
                ),
            ),
        )
    sample = text[:8192]
    if sample and (len(_CONTROL.findall(sample)) + sample.count("\ufffd")) / len(sample) > 0.1:
        raise InputError(f"{source}: looks like binary data (mostly control characters)")
    return text, diagnostics


_HTML_HINT = re.compile(r"^\s*(<!doctype html|<html\b|<head\b|<body\b|<article\b)", re.IGNORECASE)
_TAG = re.compile(r"</?(p|div|br|h[1-6]|span|a|li|ul|article|section|script|style)\b", re.I)


def looks_like_html(text: str) -> bool:
    """Whether the text is an HTML document or fragment rather than plain text."""
    if _HTML_HINT.match(text):
        return True
    return len(_TAG.findall(text[:20000])) >= 5


class _TextExtractor(HTMLParser):
    BLOCK = frozenset(
        "p div br h1 h2 h3 h4 h5 h6 li ul ol article section header footer blockquote tr".split()
    )
    SKIP = frozenset({"script", "style", "noscript", "template", "head"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Plain text of an HTML document: block elements become paragraph breaks."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[^\S\n]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def make_input(
    text: str | bytes,
    *,
    id: str | None = None,
    published: object = None,
    source: str | None = None,
    title: str | None = None,
    language: str | None = None,
) -> ArticleInput:
    """Validate and clean one article's text and metadata.

    Raises:
        InputError: the text is not text (binary data, wrong type).
        DateValueError: ``published`` is not a date.
    """
    diagnostics: list[Diagnostic] = []
    if isinstance(text, bytes | bytearray):
        text, diags = decode_bytes(bytes(text), source or "<bytes>")
        diagnostics.extend(diags)
    if not isinstance(text, str):
        raise InputError(f"article text must be str or bytes, not {type(text).__name__}")
    if looks_like_html(text):
        text = html_to_text(text)
        diagnostics.append(
            Diagnostic(
                code="html-converted",
                message="input looked like HTML; tags were removed and offsets refer to the text",
            )
        )
    if "\x00" in text:
        text = text.replace("\x00", " ")
        diagnostics.append(Diagnostic(code="nul-replaced", message="NUL characters replaced by spaces"))
    return ArticleInput(
        text=text,
        id=id if id is not None else text_id(text),
        published=coerce_published(published),
        source=source,
        title=title,
        language=language.lower() if language else None,
        diagnostics=tuple(diagnostics),
    )


def input_from_record(record: Mapping[str, Any], where: str) -> ArticleInput:
    """Validate a JSONL record ``{"id","text","published","source","title","language"}``.

    Raises:
        SchemaError: not an object, unknown fields, or no ``text`` string.
    """
    if not isinstance(record, Mapping):
        raise SchemaError(f"{where}: a record must be a JSON object, not {type(record).__name__}")
    unknown = set(record) - RECORD_FIELDS
    if unknown:
        raise SchemaError(
            f"{where}: unknown field(s) {sorted(unknown)}; allowed: {sorted(RECORD_FIELDS)}"
        )
    text = record.get("text")
    if not isinstance(text, str):
        raise SchemaError(f"{where}: field 'text' must be a string")
    for key in ("id", "source", "title", "language"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise SchemaError(f"{where}: field {key!r} must be a string")
    return make_input(
        text,
        id=record.get("id"),
        published=record.get("published"),
        source=record.get("source") or where,
        title=record.get("title"),
        language=record.get("language"),
    )
