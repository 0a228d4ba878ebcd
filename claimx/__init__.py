"""claimx: turn news articles into typed, attributed, cross-linked claims.

>>> import claimx
>>> article = claimx.parse("The minister said on Friday that taxes would fall.",
...                        published="2024-05-31")            # doctest: +SKIP
>>> graph = claimx.link([article, other])                      # doctest: +SKIP

``import claimx`` loads no spaCy pipeline and no dateparser; they load on first use.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from .errors import (
    ClaimxError,
    ClaimxModelError,
    ClaimxWarning,
    DateValueError,
    InputError,
    SchemaError,
    UnsupportedLanguageError,
)
from .models import (
    Article,
    Claim,
    ClaimCluster,
    ClaimGraph,
    ClaimLink,
    Entity,
    ParseResult,
    TimeExpression,
)

if TYPE_CHECKING:
    from .api import parse, parse_many
    from .linking import link
    from .pipeline import load_pipeline
    from .tables import to_pandas

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Claim",
    "ClaimCluster",
    "ClaimGraph",
    "ClaimLink",
    "ClaimxError",
    "ClaimxModelError",
    "ClaimxWarning",
    "DateValueError",
    "Entity",
    "InputError",
    "ParseResult",
    "SchemaError",
    "TimeExpression",
    "UnsupportedLanguageError",
    "__version__",
    "link",
    "load_pipeline",
    "parse",
    "parse_many",
    "to_pandas",
]

_LAZY = {
    "link": "linking",
    "parse": "api",
    "parse_many": "api",
    "load_pipeline": "pipeline",
    "to_pandas": "tables",
}

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __dir__() -> list[str]:
    """The public API only (not ``Any``, ``TYPE_CHECKING`` or the submodules)."""
    return sorted(__all__)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module = importlib.import_module(f".{_LAZY[name]}", __name__)
        value = getattr(module, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'claimx' has no attribute {name!r}")
