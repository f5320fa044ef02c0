"""Shared test set-up.

Tests that read ../shared skip with a reason where it is absent (a user's clone).
In CI (.ci/run sets BRIEFING_NO_SKIP=1) a skip is a failure: those tests must run there.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not present (it is in CI)")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("BRIEFING_NO_SKIP") and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.longrepr = f"skipped in CI, where every test must run: {reason}"


def make_project(tmp: Path, seeds: bool = True, content: bool = True) -> Path:
    """A throw-away project folder: the repo's seeds, content and theme; lunr.js from node_modules."""
    proj = tmp / "proj"
    proj.mkdir(parents=True)
    if seeds:
        shutil.copytree(REPO / "seeds", proj / "seeds")
    else:
        (proj / "seeds").mkdir()
    if content:
        shutil.copytree(REPO / "content", proj / "content")
    shutil.copytree(REPO / "themes", proj / "themes")
    if (REPO / "node_modules").is_dir():
        (proj / "node_modules").symlink_to(REPO / "node_modules")
    shutil.copy(REPO / "briefing.yml", proj / "briefing.yml")
    return proj


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path)


@pytest.fixture(scope="session")
def built_seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed archive built once per session; returns the site folder."""
    from builder.config import load_config
    from builder.pipeline import BuildOptions, run_build

    proj = make_project(tmp_path_factory.mktemp("seedsite"))
    result = run_build(load_config(None, root=proj), BuildOptions(workers=1))
    assert result.ok, result.summary()
    return proj / "site"
