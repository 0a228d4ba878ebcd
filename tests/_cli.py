"""Test helper: run the real ``claimx`` command line in a subprocess."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_claimx(
    *args: str, stdin: bytes | None = None, preexec_fn: Callable[[], None] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """``python -m claimx ARGS`` from the repository root, output captured as bytes;
    ``preexec_fn`` runs in the child before it starts (to set limits or drop privileges)."""
    return subprocess.run(
        [sys.executable, "-m", "claimx", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
        check=False,
        cwd=ROOT,
        preexec_fn=preexec_fn,
    )
