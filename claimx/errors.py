"""Exceptions and warnings raised by claimx.

The tree::

    ClaimxError                          base of everything claimx raises on purpose
    ├── ClaimxModelError (ImportError)   no usable spaCy pipeline for a language
    ├── UnsupportedLanguageError (ValueError)
    │                                    a language code claimx cannot handle at all
    ├── InputError (ValueError)          input that cannot be read as an article
    │   └── DateValueError               a publication date that is not a date
    └── SchemaError (ValueError)         a record (JSONL) with wrong or missing fields

    ClaimxWarning (UserWarning)          messy but legal input claimx handled anyway

Leaves also subclass the builtin exception a caller would naturally catch, so
``except ValueError`` keeps working for code that does not know claimx.
"""

from __future__ import annotations

__all__ = [
    "ClaimxError",
    "ClaimxModelError",
    "ClaimxWarning",
    "DateValueError",
    "InputError",
    "SchemaError",
    "UnsupportedLanguageError",
]


class ClaimxError(Exception):
    """Base class of all errors raised by claimx."""


class ClaimxModelError(ClaimxError, ImportError):
    """No spaCy pipeline could be loaded; the message names the package to install."""


class UnsupportedLanguageError(ClaimxError, ValueError):
    """The language code is not one claimx knows how to handle."""


class InputError(ClaimxError, ValueError):
    """The input cannot be read as an article (binary data, undecodable bytes, ...)."""


class DateValueError(InputError):
    """A publication date that cannot be read as a date."""


class SchemaError(ClaimxError, ValueError):
    """A JSON/JSONL record whose fields do not match what claimx expects."""


class ClaimxWarning(UserWarning):
    """Input was messy but legal; claimx handled it and says how."""
