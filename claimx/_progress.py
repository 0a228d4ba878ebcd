"""A one-line progress bar on a text stream: items done, articles/s, ETA.

``parse_many(..., progress=True)`` and ``claimx parse`` (when stderr is a terminal and
there is more than one input) draw it. No dependency: a carriage return redraws the line,
at most :data:`REFRESH` times a second; :meth:`Progress.clear` wipes it so that a log line
can be written, and the next update draws it again below.
"""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable
from typing import IO

__all__ = ["Progress"]

#: Seconds between two redraws (the last update always draws).
REFRESH = 0.1
BAR_WIDTH = 24


def _clock(seconds: float) -> str:
    seconds = int(seconds + 0.5)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """Items done out of ``total`` (``None`` when unknown), rate and ETA on one line."""

    def __init__(
        self,
        total: int | None,
        *,
        stream: IO[str] | None = None,
        label: str = "articles",
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total = total
        self.done = 0
        self.label = label
        self._stream = stream if stream is not None else sys.stderr
        self._clock = clock
        self._start = clock()
        self._last_draw = float("-inf")
        self._shown = False

    def line(self) -> str:
        """The current line, without the carriage return."""
        elapsed = max(self._clock() - self._start, 1e-9)
        rate = self.done / elapsed
        speed = f"{rate:.1f} {self.label}/s" if self.done else f"- {self.label}/s"
        if not self.total:
            return f"claimx: {self.done} {self.label}  {speed}  {_clock(elapsed)}"
        share = min(self.done / self.total, 1.0)
        filled = int(share * BAR_WIDTH)
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        left = (self.total - self.done) / rate if self.done and rate > 0 else None
        eta = f"ETA {_clock(left)}" if left is not None else "ETA -"
        if self.done >= self.total:
            eta = f"in {_clock(elapsed)}"
        return f"claimx: [{bar}] {self.done}/{self.total} {self.label}  {speed}  {eta}"

    def update(self, n: int = 1) -> None:
        """Count ``n`` more items done; redraw when due."""
        self.done += n
        now = self._clock()
        if now - self._last_draw >= REFRESH or (self.total and self.done >= self.total):
            self._draw()
            self._last_draw = now

    def _draw(self) -> None:
        width = shutil.get_terminal_size((80, 24)).columns
        text = self.line()[: max(width - 1, 10)]
        self._stream.write("\r" + text.ljust(max(width - 1, 10)))
        self._stream.flush()
        self._shown = True

    def clear(self) -> None:
        """Wipe the bar's line (before writing something else to the stream)."""
        if self._shown:
            width = shutil.get_terminal_size((80, 24)).columns
            self._stream.write("\r" + " " * max(width - 1, 10) + "\r")
            self._stream.flush()
            self._shown = False

    def close(self) -> None:
        """Draw the final state and end the line."""
        self._draw()
        self._stream.write("\n")
        self._stream.flush()
        self._shown = False
