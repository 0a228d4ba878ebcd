"""The committed JSON Schema matches the models, and real CLI output validates against it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from claimx.models import SCHEMA_VERSION, ParseResult
from claimx.schema import parse_result_schema, schema_text, validate

ROOT = Path(__file__).resolve().parent.parent


def test_committed_schema_is_current() -> None:
    committed = (ROOT / "docs" / "schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), "run: python -m claimx.schema --write"


def test_schema_is_the_models_schema_and_a_valid_schema() -> None:
    schema = parse_result_schema()
    body = {k: v for k, v in schema.items() if k != "$schema"}
    assert body == ParseResult.model_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert set(schema["properties"]) == {"schema_version", "articles", "errors", "clusters"}


def test_cli_json_output_validates(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "claimx",
            "parse",
            str(ROOT / "corpus"),
            "--format",
            "json",
            "--output",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    validate(data)
    assert data["schema_version"] == SCHEMA_VERSION
    ids = [a.id for a in ParseResult.model_validate(data).articles]
    assert ids[:2] == ["000_7567d1e6eaa96bea", "001_e40566a6a020a34a"]


def test_invalid_document_is_rejected() -> None:
    with pytest.raises(jsonschema.ValidationError):
        validate({"schema_version": "1.0", "articles": [{"id": "x"}], "errors": []})
    with pytest.raises(jsonschema.ValidationError):
        validate({"schema_version": "1.0", "articles": [], "errors": [], "surprise": 1})


def test_schema_check_command_passes() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "claimx.schema", "--check"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout
