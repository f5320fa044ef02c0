"""The benchmarks are rerunnable: CI runs each at a small size to prove it works (not timed)."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO, needs_shared


@needs_shared
def test_scale_benchmark_runs_small() -> None:
    proc = subprocess.run(
        [sys.executable, "benchmarks/scale_bench.py", "--sizes", "60", "--peers", "none"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "| Briefing | 60 | full build (cold cache) |" in proc.stdout
    assert "| Briefing | 60 | rebuild, one article changed (median of 3; quick path " in proc.stdout
    assert "quick path: 0 of 3" not in proc.stderr  # (an edit of a paragraph's text is quick)
    assert "| Briefing | 60 | rebuild, one article's title changed (ordinary path) |" in proc.stdout
    assert "one-shot rebuild after a title edit" in proc.stderr and "quick path: False" in proc.stderr
    assert "| Briefing | 60 | `serve`: one article changed (median of 5) |" in proc.stdout
    assert "one-article rebuild byte-identical to a full build: True" in proc.stderr
    assert "byte-identical to a full build: True" in proc.stderr


@needs_shared
def test_quick_timeline_runs_small() -> None:
    """The timeline of a one-shot rebuild's steps, on the 60-article project the scale benchmark
    leaves (made here if this test runs alone)."""
    project = REPO / "benchmarks" / "out" / "briefing-60"
    if not (project / ".briefing-cache").is_dir():
        test_scale_benchmark_runs_small()
    # a build by this code first (the state another version of the builder saved is not used)
    subprocess.run([sys.executable, "-m", "builder", "build", "--quiet"], cwd=project, check=True,
                   env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=600)
    proc = subprocess.run(
        [sys.executable, "benchmarks/quick_timeline.py", "--project", str(project), "--edits", "1"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for step in ("> try_quick", "< lean_archive", "> _search_patch", "< write_quick", "< commit", "end"):
        assert step in proc.stdout, (step, proc.stdout)
    assert "\n   quick path\n" in proc.stdout, proc.stdout
    assert proc.stdout.rstrip().splitlines()[-1].startswith("== quick path 1 of 1: "), proc.stdout


@needs_shared
def test_cold_comparison_runs_small() -> None:
    proc = subprocess.run(
        [sys.executable, "benchmarks/compare_cold.py", "--base", "HEAD", "--n", "60"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 2 and all("s wall" in line and "Stages: read" in line for line in lines), proc.stdout


@needs_shared
def test_rule_speed_runs_small() -> None:
    proc = subprocess.run(
        [sys.executable, "benchmarks/rule_speed.py", "--n", "20", "--runs", "1", "--top", "3", "--base", "HEAD"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    rows = proc.stdout.splitlines()[2:]
    assert rows[0].split()[0] == "(total)" and len(rows) == 4, proc.stdout
    assert all(len(r.split()) == 3 and float(r.split()[1]) > 0 for r in rows), proc.stdout
