"""Import a script of ``benchmarks/`` or ``scripts/`` as a module (they are scripts, not a
package)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"


def load_script(path: Path, module_name: str) -> ModuleType:
    """The Python file ``path`` as ``module_name`` (loaded once per test session)."""
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


def load_benchmark(name: str, module_name: str) -> ModuleType:
    """``benchmarks/<name>.py`` as ``module_name`` (loaded once per test session)."""
    return load_script(BENCHMARKS / f"{name}.py", module_name)
