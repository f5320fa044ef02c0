"""Load a script of benchmarks/ as a module, for the tests that hold its figures (benchmarks/ is not a package)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
TRUTH = ROOT.parent / "shared" / "bench" / "extraction" / "truth.json"  # the real pages the real_* benchmarks use


def load(name: str) -> ModuleType:
    """benchmarks/<name>.py as the module ``name`` (loaded once per test session)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod
