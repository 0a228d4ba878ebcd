"""The JSON Schema of ``claimx parse --format json`` output, committed as ``docs/schema.json``.

``python -m claimx.schema`` prints the schema; ``python -m claimx.schema --write`` (or with
``CLAIMX_REGEN=1`` set) rewrites ``docs/schema.json``; ``--check`` exits 1 when the committed
file is out of date. Validation with :func:`validate` needs the optional ``jsonschema``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from .models import ParseResult

__all__ = ["SCHEMA_PATH", "parse_result_schema", "schema_text", "validate"]

#: Where the committed schema lives in a source checkout.
SCHEMA_PATH = Path(__file__).resolve().parent.parent / "docs" / "schema.json"


def parse_result_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :class:`~claimx.models.ParseResult`."""
    schema = ParseResult.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def schema_text() -> str:
    """The schema as the committed file holds it: sorted keys, 2-space indent, final newline."""
    return json.dumps(parse_result_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def validate(instance: object) -> None:
    """Check ``instance`` (parsed JSON) against the schema.

    Raises:
        jsonschema.ValidationError: it does not conform.
        ImportError: ``jsonschema`` is not installed (``pip install "claimx[test]"``).
    """
    import jsonschema

    schema = parse_result_schema()
    jsonschema.validators.validator_for(schema)(
        schema, format_checker=jsonschema.FormatChecker()
    ).validate(instance)


def main(argv: list[str] | None = None) -> int:
    """Print, write or check ``docs/schema.json``; returns the exit code."""
    parser = argparse.ArgumentParser(prog="python -m claimx.schema", description=__doc__)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--write", action="store_true", help=f"rewrite {SCHEMA_PATH}")
    group.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    args = parser.parse_args(argv)
    text = schema_text()
    if args.check:
        current = SCHEMA_PATH.read_text(encoding="utf-8") if SCHEMA_PATH.exists() else ""
        if current != text:
            print(f"{SCHEMA_PATH} is out of date; run: python -m claimx.schema --write")
            return 1
        return 0
    if args.write or os.environ.get("CLAIMX_REGEN") == "1":
        SCHEMA_PATH.write_text(text, encoding="utf-8")
        print(f"wrote {SCHEMA_PATH}", file=sys.stderr)
        return 0
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
