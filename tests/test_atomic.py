"""Output is complete or absent: ``claimx._atomic`` and every file the CLI writes.

The CLI cases run the real command line in a subprocess; the SIGTERM and disk-full cases
check that the previous output file survives byte for byte and no temporary file is left.
"""

from __future__ import annotations

import json
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from _cli import ROOT, run_claimx

import claimx
from claimx._atomic import atomic_write, check_writable

OLD = b'{"previous": "output"}\n'


def _record(i: int) -> dict[str, str]:
    return {
        "id": f"n{i}",
        "language": "en",
        "published": "2024-03-05",
        "text": (
            f"Harbour master Ottilie Quarmby said on Monday that pier {i} in Wendlebury "
            'would close for repairs. "We will reopen before the summer," said Bram '
            "Iversley, a spokesman for the Wendlebury port authority. The council voted "
            "to fund the work, according to its chair, Melisande Coyle."
        ),
    }


def _jsonl(path: Path, n: int) -> Path:
    path.write_text("".join(json.dumps(_record(i)) + "\n" for i in range(n)), encoding="utf-8")
    return path


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


# --------------------------------------------------------------------------- the writer


def test_atomic_write_replaces_only_when_complete(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_bytes(OLD)

    def interrupted() -> None:
        with atomic_write(target) as handle:
            handle.write("half of a new file")
            raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError, match="interrupted"):
        interrupted()
    assert target.read_bytes() == OLD
    assert _leftovers(tmp_path) == []
    with atomic_write(target) as handle:
        handle.write("new\n")
    assert target.read_text(encoding="utf-8") == "new\n"
    assert _leftovers(tmp_path) == []


def test_atomic_write_keeps_permissions_and_writes_through_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_bytes(OLD)
    real.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    with atomic_write(link, "wb") as handle:
        handle.write(b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"
    assert real.stat().st_mode & 0o777 == 0o640


def test_atomic_write_to_a_device_names_it_on_failure() -> None:

    def fill() -> None:
        with atomic_write("/dev/full") as handle:
            handle.write("x" * 10_000)

    with pytest.raises(OSError, match="No space left") as info:
        fill()
    assert info.value.filename == "/dev/full"


def test_check_writable_names_the_problem(tmp_path: Path) -> None:
    check_writable(tmp_path / "new.json")  # a new file in a writable directory
    with pytest.raises(OSError, match="No such directory"):
        check_writable(tmp_path / "missing" / "out.json")
    with pytest.raises(OSError, match="Is a directory"):
        check_writable(tmp_path)


# --------------------------------------------------------------------------- the CLI


def test_cli_output_into_a_missing_directory_fails_before_parsing(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "in.jsonl", 2)
    target = tmp_path / "missing" / "out.json"
    result = run_claimx("parse", str(source), "-o", str(target))
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1
    assert str(target) in lines[0]
    assert "No such directory" in lines[0]


def test_cli_output_to_dev_full_is_one_line_naming_it(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "in.jsonl", 1)
    result = run_claimx("parse", str(source), "-o", "/dev/full")
    assert result.returncode == 1
    assert result.stderr.decode().splitlines() == [
        "claimx: error: /dev/full: No space left on device"
    ]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "parquet"])
def test_cli_replaces_the_output_file_whole(tmp_path: Path, fmt: str) -> None:
    source = _jsonl(tmp_path / "in.jsonl", 2)
    target = tmp_path / f"out.{fmt}"
    target.write_bytes(OLD)
    result = run_claimx("parse", str(source), "--format", fmt, "-o", str(target))
    assert result.returncode == 0, result.stderr.decode()
    assert target.read_bytes() != OLD
    if fmt in ("parquet", "csv"):
        import pandas as pd

        table = pd.read_parquet(target) if fmt == "parquet" else pd.read_csv(target)
        assert set(table["article_id"]) == {"n0", "n1"}
    elif fmt == "json":
        assert [a["id"] for a in json.loads(target.read_text(encoding="utf-8"))["articles"]] == [
            "n0",
            "n1",
        ]
    else:
        assert len(target.read_text(encoding="utf-8").splitlines()) == 2
    assert _leftovers(tmp_path) == []


def _limit_file_size() -> None:  # in the child: files over 4 kB cannot be written
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


def test_cli_write_that_fails_midway_keeps_the_previous_file(tmp_path: Path) -> None:
    """A write that fails part of the way (the disk fills; here a file-size limit) leaves
    the previous output intact and no temporary file."""
    source = _jsonl(tmp_path / "in.jsonl", 2)
    target = tmp_path / "out.json"
    target.write_bytes(OLD)
    result = run_claimx("parse", str(source), "-o", str(target), preexec_fn=_limit_file_size)
    assert result.returncode == 1
    lines = result.stderr.decode().splitlines()
    assert lines == [f"claimx: error: {target}: File too large"]
    assert target.read_bytes() == OLD
    assert _leftovers(tmp_path) == []


def _children(pid: int) -> list[int]:
    """The process ids of ``pid``'s children (Linux ``/proc``)."""
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in path.read_text().split()]


def _default_sigint() -> None:
    """In the child before exec: SIGINT back to its default disposition."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _running(pid: int) -> bool:
    """Whether ``pid`` is a process that has not exited (a zombie has exited)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status


@pytest.mark.parametrize(
    ("sig", "n_process", "code", "last_line"),
    [
        (signal.SIGTERM, "1", 143, "claimx: terminated"),
        (signal.SIGTERM, "2", 143, "claimx: terminated"),
        (signal.SIGINT, "2", 130, "claimx: interrupted"),
    ],
    ids=["sigterm", "sigterm-2-processes", "sigint-2-processes"],
)
def test_cli_signal_keeps_the_previous_output(
    tmp_path: Path, sig: signal.Signals, n_process: str, code: int, last_line: str
) -> None:
    """SIGTERM or SIGINT in the middle of a run: exit 143 or 130, the old file intact, no
    temporary file, no hang (the worker processes stop too)."""
    source = _jsonl(tmp_path / "in.jsonl", 80)
    target = tmp_path / "out.json"
    target.write_bytes(OLD)
    command = [sys.executable, "-m", "claimx", "parse", str(source), "-o", str(target)]
    process = subprocess.Popen(
        [*command, "-vv", "--batch-size", "4", "--n-process", n_process],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        cwd=ROOT,
        # a shell without job control starts background jobs with SIGINT ignored, and the
        # child would inherit that (pytest run as "pytest &"): give it the default handler
        preexec_fn=_default_sigint,
    )
    try:
        assert process.stderr is not None
        for line in process.stderr:  # wait until articles are being parsed
            if b"parsed " in line:
                break
        else:
            raise AssertionError("the run ended before any article was parsed")
        children = _children(process.pid)
        assert len(children) >= int(n_process) - 1
        process.send_signal(sig)
        _, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == code
    assert err.decode().splitlines()[-1] == last_line
    assert [pid for pid in children if _running(pid)] == []
    assert target.read_bytes() == OLD
    assert _leftovers(tmp_path) == []


def test_cli_output_written_after_a_run_that_was_not_interrupted(tmp_path: Path) -> None:
    """The control for the SIGTERM test: the same kind of run, left alone, replaces it."""
    source = _jsonl(tmp_path / "in.jsonl", 3)
    target = tmp_path / "out.json"
    target.write_bytes(OLD)
    result = run_claimx("parse", str(source), "-o", str(target))
    assert result.returncode == 0
    assert len(json.loads(target.read_text(encoding="utf-8"))["articles"]) == 3


# --------------------------------------------------------------------------- library writers


def _articles() -> list[claimx.Article]:
    return [claimx.parse(_record(i)["text"], language="en", id=f"n{i}") for i in range(2)]


def test_write_table_to_a_path_replaces_the_file_whole(tmp_path: Path) -> None:
    from claimx.tables import write_table

    target = tmp_path / "claims.csv"
    target.write_bytes(OLD)
    write_table(_articles(), target, "csv")
    import pandas as pd

    assert set(pd.read_csv(target)["article_id"]) == {"n0", "n1"}
    assert _leftovers(tmp_path) == []


def test_dask_write_parquet_replaces_part_files_whole(tmp_path: Path) -> None:
    import dask
    import dask.bag as db
    import pandas as pd

    import claimx.dask as cdask

    stale = tmp_path / "claims" / "part-00000.parquet"
    stale.parent.mkdir()
    stale.write_bytes(OLD)
    with dask.config.set(scheduler="synchronous"):
        cdask.write_parquet(db.from_sequence(_articles(), npartitions=1), tmp_path)
    assert set(pd.read_parquet(stale)["article_id"]) == {"n0", "n1"}
    for table in ("claims", "articles"):
        assert _leftovers(tmp_path / table) == []
