"""Turning raw input (strings, bytes, files, JSONL records) into clean article inputs.

Messy but legal input is handled and reported as a :class:`~claimx.models.Diagnostic`;
input that is not text at all raises :class:`~claimx.errors.InputError`.
"""

from __future__ import annotations

import codecs
import dataclasses
import hashlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from .errors import DateValueError, InputError, SchemaError
from .html import HtmlPage, extract_page, html_to_text, looks_like_html
from .models import Diagnostic, InputFailure

__all__ = [
    "ArticleInput",
    "HtmlPage",
    "coerce_published",
    "decode_bytes",
    "extract_page",
    "html_to_text",
    "input_from_record",
    "iter_jsonl",
    "load_metadata",
    "looks_like_html",
    "make_input",
    "read_text_file",
    "replace_surrogates",
    "sanitize_input",
    "text_id",
    "with_defaults",
]

RECORD_FIELDS = frozenset({"id", "text", "published", "source", "title", "language"})


@dataclass(frozen=True)
class ArticleInput:
    """One article to parse, validated: text plus metadata.

    ``published`` is the date the caller gave (argument, record field, sidecar);
    ``page_published`` the one an HTML page carries in its metadata. The caller's wins:
    :meth:`publication_date`. ``origin`` is where the input was read from (a file path,
    ``path:line`` for a JSONL record, ``<stdin>``), for messages; ``source`` may name the
    outlet instead.
    """

    text: str
    id: str
    published: datetime | None = None
    source: str | None = None
    title: str | None = None
    language: str | None = None
    diagnostics: tuple[Diagnostic, ...] = field(default=())
    author: str | None = None
    site_name: str | None = None
    page_published: datetime | None = None
    origin: str | None = None

    def publication_date(self) -> datetime | None:
        """The date relative expressions resolve against: the given one, else the page's."""
        return self.published if self.published is not None else self.page_published

    @property
    def where(self) -> str:
        """How messages name this input: its origin, else its source, else its id."""
        return self.origin or self.source or self.id


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
#: A lone UTF-16 surrogate (valid in a ``str``, not encodable: spaCy, fastText and JSON
#: output reject it).
SURROGATES = re.compile("[\ud800-\udfff]")

#: Byte-order marks, longest first (a UTF-32-LE mark starts with the UTF-16-LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Windows-1252 for the bytes 0x80-0x9F it defines; the five it leaves undefined keep
#: their Latin-1 (C1 control) meaning, so every byte decodes and none is lost.
_CP1252_TABLE = str.maketrans(
    {chr(b): bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xA0)}
)
_NON_ASCII = re.compile("[^\x00-\x7f\ufffd]")


def _decode_legacy(data: bytes) -> str:
    """Windows-1252 (a superset of Latin-1's printable characters); never fails."""
    return data.decode("latin-1").translate(_CP1252_TABLE)


def _looks_utf8(data: bytes, text: str) -> bool:
    """Whether mostly-UTF-8 data has a few bad bytes (keep UTF-8) rather than being text
    in a legacy 8-bit encoding: valid multi-byte characters outnumber the bad sequences."""
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    return len(_NON_ASCII.findall(text)) > bad


def decode_bytes(data: bytes, source: str = "<bytes>") -> tuple[str, tuple[Diagnostic, ...]]:
    """Decode one input's bytes; never raises for text, whatever its encoding.

    The order, documented in ``docs/errors.md``:

    1. a byte-order mark (UTF-32, UTF-8, UTF-16) decides; units that do not decode with it
       (odd-length UTF-16, a lone surrogate) become U+FFFD (``invalid-encoding``). A UTF-16
       mark on data with no NUL byte is Latin-1 text that starts with ``ÿþ``: it is read
       on as below (``bad-byte-order-mark``);
    2. UTF-8;
    3. when UTF-8 fails: data that is mostly valid UTF-8 keeps it, each bad byte sequence
       replaced by U+FFFD (``invalid-utf8``); anything else is read as Windows-1252 /
       Latin-1, which decodes every byte (``decoded-as-cp1252``).

    Raises:
        InputError: the data looks binary (NUL bytes or mostly control characters).
    """
    diagnostics: list[Diagnostic] = []
    for bom, codec in _BOMS:
        if not data.startswith(bom):
            continue
        name = codec.upper().removesuffix("-SIG")
        if codec == "utf-16" and b"\x00" not in data[2:]:
            # Real UTF-16 text has NUL bytes (the high byte of every space, digit and line
            # break); without any, "ÿþ"/"þÿ" are the first two letters of Latin-1 text.
            diagnostics.append(
                Diagnostic(
                    code="bad-byte-order-mark",
                    message=f"{source}: starts like a {name} byte-order mark but is not {name}",
                )
            )
            break
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            text = data.decode(codec, errors="replace")
            diagnostics.append(
                Diagnostic(
                    code="invalid-encoding",
                    message=(
                        f"{source}: not valid {name} ({exc.reason} at byte {exc.start}); "
                        f"{text.count(chr(0xFFFD))} undecodable unit(s) replaced by U+FFFD"
                    ),
                )
            )
        return _check_text(text, source), tuple(diagnostics)
    if b"\x00" in data[:8192]:
        raise InputError(
            f"{source}: looks like binary data (NUL bytes), not text; UTF-16 or UTF-32 text "
            "needs a byte-order mark"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        replaced = data.decode("utf-8", errors="replace")
        if _looks_utf8(data, replaced):
            text = replaced
            bad = replaced.count("\ufffd") - data.count("\ufffd".encode())
            diagnostics.append(
                Diagnostic(
                    code="invalid-utf8",
                    message=(
                        f"{source}: not valid UTF-8 (first bad byte at offset {exc.start}); "
                        f"{bad} undecodable byte sequence(s) replaced by U+FFFD"
                    ),
                )
            )
        else:
            text = _decode_legacy(data)
            diagnostics.append(
                Diagnostic(
                    code="decoded-as-cp1252",
                    message=(
                        f"{source}: not UTF-8 (first bad byte at offset {exc.start}); "
                        "decoded as Windows-1252 (Latin-1)"
                    ),
                )
            )
    return _check_text(text, source), tuple(diagnostics)


def _check_text(text: str, source: str) -> str:
    """``text`` unless it is mostly control characters (binary data that happened to decode).

    Raises:
        InputError: more than a tenth of the first 8,192 characters are control characters,
            NULs or replacement characters.
    """
    sample = text[:8192]
    junk = len(_CONTROL.findall(sample)) + sample.count("\ufffd") + sample.count("\x00")
    if sample and junk / len(sample) > 0.1:
        raise InputError(f"{source}: looks like binary data (mostly control characters)")
    return text


def replace_surrogates(text: str) -> tuple[str, tuple[Diagnostic, ...]]:
    """``text`` with every lone surrogate (U+D800-U+DFFF) replaced by U+FFFD, same length.

    A Python string holds such code points when it came from JSON (``"\\ud800"``) or from
    bytes decoded with ``surrogateescape``; they cannot be encoded, so spaCy and the
    language detector would fail on them. Offsets are unchanged.
    """
    found = SURROGATES.findall(text)
    if not found:
        return text, ()
    first = SURROGATES.search(text)
    assert first is not None
    return SURROGATES.sub("\ufffd", text), (
        Diagnostic(
            code="surrogates-replaced",
            message=(
                f"{len(found)} lone surrogate code point(s) (first at offset {first.start()}) "
                "replaced by U+FFFD"
            ),
        ),
    )


#: The string fields of an :class:`ArticleInput` other than ``text``.
_STRING_FIELDS = ("id", "source", "title", "language", "author", "site_name", "origin")


def sanitize_input(item: ArticleInput) -> ArticleInput:
    """``item`` with lone surrogates replaced by U+FFFD in every string field (``text``,
    ``id``, ``source``, ``title``, ...), each field that had some reported in a
    ``surrogates-replaced`` diagnostic, so that no later step (the language detector,
    spaCy, JSON output) can fail on them. ``text`` keeps its length, so offsets hold.
    """
    changes: dict[str, Any] = {}
    diagnostics: list[Diagnostic] = []
    for name in ("text", *_STRING_FIELDS):
        value = getattr(item, name)
        if not isinstance(value, str):
            continue
        cleaned, diags = replace_surrogates(value)
        if not diags:
            continue
        changes[name] = cleaned
        prefix = "" if name == "text" else f"field {name!r}: "
        diagnostics.extend(d.model_copy(update={"message": prefix + d.message}) for d in diags)
    if not changes:
        return item
    changes["diagnostics"] = (*item.diagnostics, *diagnostics)
    return dataclasses.replace(item, **changes)


def make_input(
    text: str | bytes,
    *,
    id: str | None = None,
    published: object = None,
    source: str | None = None,
    title: str | None = None,
    language: str | None = None,
    origin: str | None = None,
) -> ArticleInput:
    """Validate and clean one article's text and metadata.

    An HTML page (:func:`~claimx.html.looks_like_html`) is reduced to its main text by
    :func:`~claimx.html.extract_page`; its title, author, site name and publication date
    fill in what the arguments leave out (``published`` given here always wins over the
    page's date: see :meth:`ArticleInput.publication_date`).

    Raises:
        InputError: the text is not text (binary data, wrong type).
        DateValueError: ``published`` is not a date.
    """
    diagnostics: list[Diagnostic] = []
    if isinstance(text, bytes | bytearray):
        text, diags = decode_bytes(bytes(text), origin or source or "<bytes>")
        diagnostics.extend(diags)
    if not isinstance(text, str):
        raise InputError(f"article text must be str or bytes, not {type(text).__name__}")
    text, diags = replace_surrogates(text)  # before HTML extraction and language detection
    diagnostics.extend(diags)
    page: HtmlPage | None = None
    if looks_like_html(text):
        page = extract_page(text)
        text = page.text
        diagnostics.append(
            Diagnostic(
                code="html-converted",
                message=_page_summary(page) + "; offsets index the extracted text, not the markup",
            )
        )
        diagnostics.extend(page.diagnostics)
    if "\x00" in text:
        text = text.replace("\x00", " ")
        diagnostics.append(
            Diagnostic(code="nul-replaced", message="NUL characters replaced by spaces")
        )
    return sanitize_input(
        ArticleInput(
            text=text,
            id=id if id is not None else text_id(text),
            published=coerce_published(published),
            source=source,
            title=title if title is not None else page.title if page else None,
            language=language.lower() if language else None,
            diagnostics=tuple(diagnostics),
            author=page.author if page else None,
            site_name=page.site_name if page else None,
            page_published=page.published if page else None,
            origin=origin,
        )
    )


def _page_summary(page: HtmlPage) -> str:
    """``HTML page: main text extracted (4 paragraphs); title, date from the page``."""
    found = [
        name
        for name, value in (
            ("title", page.title),
            ("author", page.author),
            ("site name", page.site_name),
            ("publication date", page.published),
        )
        if value
    ]
    paragraphs = page.text.count("\n\n") + 1 if page.text else 0
    what = "text" if page.diagnostics else f"main text extracted ({paragraphs} paragraphs)"
    meta = f"; {', '.join(found)} from the page's metadata" if found else ""
    return f"HTML page: {what}{meta}"


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
        origin=where,
    )


# --------------------------------------------------------------------------- files

#: Fields a metadata sidecar may set for a file (the same as a JSONL record, minus text).
METADATA_FIELDS = frozenset(RECORD_FIELDS - {"text"})
#: Informational sidecar fields, accepted and not used by the parser.
METADATA_INFO_FIELDS = frozenset({"original_language", "url", "licence", "license", "notes"})


def _check_metadata(entry: object, where: str) -> dict[str, Any]:
    if not isinstance(entry, Mapping):
        raise SchemaError(f"{where}: metadata must be a JSON object, not {type(entry).__name__}")
    unknown = set(entry) - METADATA_FIELDS - METADATA_INFO_FIELDS
    if unknown:
        raise SchemaError(
            f"{where}: unknown metadata field(s) {sorted(unknown)}; "
            f"allowed: {sorted(METADATA_FIELDS | METADATA_INFO_FIELDS)}"
        )
    for key in ("id", "source", "title", "language", "published"):
        if entry.get(key) is not None and not isinstance(entry[key], str):
            raise SchemaError(f"{where}: metadata field {key!r} must be a string")
    return {k: v for k, v in entry.items() if k in METADATA_FIELDS}


def load_metadata(path: Path) -> dict[str, dict[str, Any]]:
    """Read a directory's ``metadata.json``: ``{"<file name>": {published, language, ...}}``.

    Keys starting with ``_`` (comments) are ignored. Values may hold ``id``, ``published``,
    ``language``, ``source``, ``title`` (used) and ``original_language``, ``url``,
    ``licence``, ``notes`` (informational).

    Raises:
        SchemaError: the file is not JSON or not of that shape.
        InputError: the file cannot be read.
    """
    data = _read_json(path)
    if not isinstance(data, Mapping):
        raise SchemaError(f"{path}: must map file names to metadata objects")
    return {
        name: _check_metadata(entry, f"{path}: {name}")
        for name, entry in data.items()
        if not name.startswith("_")
    }


def load_sidecar(path: Path) -> dict[str, Any]:
    """Read one ``<name>.meta.json`` sidecar (a single metadata object).

    Raises:
        SchemaError: the file is not JSON or not of that shape.
        InputError: the file cannot be read.
    """
    return _check_metadata(_read_json(path), str(path))


def _read_json(path: Path) -> Any:
    """Parse a UTF-8 (BOM allowed) JSON file; a decoding or syntax error is a SchemaError,
    a file that cannot be read (permission denied) an InputError."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read file ({exc.strerror or exc})") from None
    try:
        return json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SchemaError(f"{path}: not valid JSON ({exc})") from None


def read_text_file(path: Path, metadata: Mapping[str, Any] | None = None) -> ArticleInput:
    """Read a text or HTML file as one article, with optional sidecar metadata.

    The source defaults to the path; bytes that are not UTF-8 are replaced (diagnostic).

    Raises:
        InputError: the file cannot be read or is binary; DateValueError: bad ``published``.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read file ({exc.strerror or exc})") from None
    meta = dict(metadata or {})
    source = meta.pop("source", None) or str(path)
    return make_input(data or "", source=source, origin=str(path), **meta)


def _line_failure(loc: str, exc: Exception) -> InputFailure:
    message = str(exc)
    if message.startswith(f"{loc}: "):
        message = message[len(loc) + 2 :]
    return InputFailure(source=loc, error=type(exc).__name__, message=message)


def iter_jsonl(lines: Iterable[bytes], where: str) -> Iterator[ArticleInput | InputFailure]:
    """Validate each line of a JSONL stream; a bad line yields an InputFailure, not a raise.

    Blank lines are skipped. A failure's ``source`` is ``<where>:<line number>``; a
    record without its own ``source`` gets that too.
    """
    for number, raw in enumerate(lines, start=1):
        loc = f"{where}:{number}"
        if not raw.strip():
            continue
        try:
            record = json.loads(raw.decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            yield _line_failure(
                loc, InputError(f"not valid UTF-8 ({exc.reason} at byte {exc.start})")
            )
            continue
        except json.JSONDecodeError as exc:
            yield _line_failure(loc, SchemaError(f"not valid JSON ({exc.msg}, column {exc.colno})"))
            continue
        try:
            yield input_from_record(record, loc)
        except (InputError, SchemaError) as exc:
            yield _line_failure(loc, exc)


def with_defaults(
    item: ArticleInput, *, published: datetime | None = None, language: str | None = None
) -> ArticleInput:
    """``item`` with ``published``/``language`` filled in where it has none of its own.

    A date an HTML page carries does not count as the item's own: a default given here
    (``--published``, ``parse_many(published=...)``) wins over it.
    """
    changes: dict[str, Any] = {}
    if item.published is None and published is not None:
        changes["published"] = published
    if item.language is None and language is not None:
        changes["language"] = language.lower()
    return dataclasses.replace(item, **changes) if changes else item
