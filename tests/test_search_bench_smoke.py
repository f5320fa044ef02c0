"""The search benchmark is rerunnable: CI runs it at a small size (not timed) to prove it works."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, needs_shared


@needs_shared
@pytest.mark.browser
@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="Chromium is not installed at /usr/bin/chromium")
def test_search_benchmark_runs_small(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "benchmarks/search_bench.py", "--sizes", "60", "--runs", "1", "--out", str(tmp_path)],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for label in ("common", "medium", "rare"):
        assert "| 60 | " in proc.stdout and f"| {label} |" in proc.stdout
