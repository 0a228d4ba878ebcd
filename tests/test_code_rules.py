"""Rules of the code base that a reviewer would otherwise check by hand."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

CLAIMX = Path(__file__).resolve().parent.parent / "claimx"

#: Names that hold spaCy tokens or spans in claimx's code (whole names or the last part of a
#: dotted name: ``tok``, ``cur.head``, ``subject``, ``sent.root``).
TOKENISH = re.compile(
    r"(?:^|[._])(?:tok|token|tokens?_?\w*|head|root|child|subj|subject|verb|word|cur|span|"
    r"sent|left_edge|right_edge|ancestor|anchor|t|w|c)$"
)


def _token_identities(tree: ast.AST) -> list[ast.Compare]:
    """``is`` / ``is not`` comparisons in ``tree`` with a token-like name on either side."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        left = node.left
        for op, right in zip(node.ops, node.comparators, strict=True):
            identity = isinstance(op, (ast.Is, ast.IsNot)) and not isinstance(right, ast.Constant)
            if identity and any(TOKENISH.search(ast.unparse(side)) for side in (left, right)):
                found.append(node)
            left = right
    return found


def test_spacy_tokens_are_compared_by_index_never_by_identity() -> None:
    # spaCy makes a new Token object on every access: ``tok.head is tok`` is always False
    # and ``a is not b`` always True, so a loop guarded by it never ends; compare ``.i``
    found = []
    for path in sorted(CLAIMX.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        where = path.relative_to(CLAIMX.parent)
        found += [f"{where}:{n.lineno}: {ast.unparse(n)}" for n in _token_identities(tree)]
    assert found == []


@pytest.mark.parametrize(
    ("source", "flagged"),
    [
        ("cur.head is cur", True),
        ("head is not tok", True),
        ("c is not subject", True),
        ("x is None or tok.i == head.i", False),
        ("relation is SpeakerRelation.SAME", False),
        ("a is not b", False),
    ],
)
def test_the_identity_check_sees_the_patterns_it_forbids(source: str, flagged: bool) -> None:
    assert bool(_token_identities(ast.parse(source))) is flagged
