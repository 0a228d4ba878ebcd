"""Loading of the general data files in ``claimx/data`` (cached, one file at a time)."""

from __future__ import annotations

import functools
import json
from importlib.resources import files
from typing import Any

__all__ = ["load_data"]


@functools.cache
def load_data(*parts: str) -> Any:
    """Parse the JSON file ``claimx/data/<parts...>`` (e.g. ``load_data("cues", "en.json")``).

    Raises:
        FileNotFoundError: no such data file.
    """
    resource = files("claimx.data").joinpath(*parts)
    return json.loads(resource.read_text(encoding="utf-8"))
