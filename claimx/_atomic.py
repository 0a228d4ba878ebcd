"""Output files that are either complete or not there: every file claimx writes goes
through :func:`atomic_write`.

The data goes to a temporary file in the target's directory (``.NAME.XXXX.tmp``), is
flushed and ``fsync``-ed, and only then renamed over the target (``os.replace``, atomic on
POSIX and Windows). An interruption (SIGTERM, SIGINT, an exception) or a failed write (a
full disk) removes the temporary file and leaves the previous file, if any, as it was.

A target that exists and is not a regular file (``/dev/null``, ``/dev/stdout``, a named
pipe) cannot be replaced by a rename: it is written directly. Every ``OSError`` raised here
names the target file, so a command line can report it in one line.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal

__all__ = ["atomic_write", "check_writable"]


def _named(exc: OSError, path: Path) -> OSError:
    """``exc`` naming ``path`` when it names no file (a write error such as ENOSPC)."""
    if exc.filename is not None:
        return exc
    if exc.errno is None:
        return OSError(f"{path}: {exc}")
    return OSError(exc.errno, exc.strerror or str(exc), str(path))


def _special(path: Path) -> bool:
    """Whether ``path`` exists and is not a regular file (a device, a pipe, a socket)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def check_writable(path: str | os.PathLike[str]) -> None:
    """Raise ``OSError`` naming ``path`` unless :func:`atomic_write` can write there: its
    directory exists and is writable, and the path is not a directory. Cheap; call it before
    the work whose result will be written.
    """
    target = Path(path)
    if target.is_dir():
        raise OSError(21, "Is a directory", str(target))
    if _special(target):
        if not os.access(target, os.W_OK):
            raise OSError(13, "Permission denied", str(target))
        return
    directory = target.resolve().parent
    if not directory.is_dir():
        raise OSError(2, f"No such directory {str(directory)!r}", str(target))
    if not os.access(directory, os.W_OK | os.X_OK):
        raise OSError(13, f"Permission denied (directory {str(directory)!r})", str(target))
    if target.exists() and not os.access(target, os.W_OK):
        raise OSError(13, "Permission denied", str(target))


def _new_file_mode(target: Path) -> int:
    """The permissions the target has, or a new file would get (0o666 less the umask)."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike[str], mode: Literal["w", "wb"] = "w") -> Iterator[IO[Any]]:
    """Open ``path`` for writing (text as UTF-8 with ``mode="w"``, else bytes) so that it
    is replaced only when the ``with`` block ends without an exception.

    Raises:
        OSError: the file cannot be created or written (its message names ``path``).
    """
    target = Path(path)
    encoding = None if "b" in mode else "utf-8"
    if _special(target):
        try:
            with open(target, mode, encoding=encoding) as handle:
                yield handle
        except OSError as exc:
            raise _named(exc, target) from None
        return
    real = target.resolve()  # write through a symbolic link, do not replace it
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".tmp", dir=real.parent)
    except OSError as exc:
        raise _named(exc, target) from None
    try:
        with os.fdopen(fd, mode, encoding=encoding) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _new_file_mode(real))
        os.replace(tmp, real)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise _named(exc, target) from None
        raise
