"""builder.background: a stage in a forked child, and what cancelling it leaves behind."""

from __future__ import annotations

import os
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from builder.background import Background, cancel_all
from builder.errors import BriefingError


def _sleep_and_tell(path: str) -> None:
    Path(path).write_text(str(os.getpid()))
    time.sleep(120)


def _pool_job(pid_file: str) -> None:
    """A stage that forks workers of its own (as the search index does) and is still running."""
    with ProcessPoolExecutor(max_workers=1) as pool:
        pool.submit(_sleep_and_tell, pid_file).result()


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return True
    return state in ("Z", "X")  # a zombie has stopped; whoever adopted it reaps it


def _double(x: int) -> int:
    return 2 * x


def _fail() -> None:
    raise ValueError("bad input")


def test_result_comes_back() -> None:
    assert Background("double", _double, 21).result() == 42
    assert Background("double", _double, 21, fork=False).result() == 42


def test_a_failure_in_the_child_is_raised_with_its_label() -> None:
    with pytest.raises(BriefingError, match="index failed: ValueError: bad input"):
        Background("index", _fail).result()


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to see the worker's state")
def test_cancel_stops_the_workers_the_child_forked(tmp_path: Path) -> None:
    """A failed build cancels the search child; the pool workers it had forked must stop with it.
    Left alive, they waited on each other's pipes for ever and kept the build lock and the
    caller's output pipe open, so the next build (and `briefing build | ...`) hung."""
    pid_file = tmp_path / "worker.pid"
    job = Background("search index", _pool_job, str(pid_file))
    deadline = time.monotonic() + 30
    while not pid_file.exists() or not pid_file.read_text():
        assert time.monotonic() < deadline, "the worker never started"
        time.sleep(0.05)
    worker = int(pid_file.read_text())
    assert not _gone(worker)
    cancel_all()
    deadline = time.monotonic() + 10
    while not _gone(worker):
        assert time.monotonic() < deadline, f"worker {worker} outlived the cancelled child"
        time.sleep(0.05)
    assert job._proc is None


def _pool_job_that_dies(pid_file: str) -> None:
    """A stage killed while its workers run (as the kernel's out-of-memory killer would)."""
    pool = ProcessPoolExecutor(max_workers=1)
    pool.submit(_sleep_and_tell, pid_file)
    while not Path(pid_file).exists() or not Path(pid_file).read_text():
        time.sleep(0.05)
    os._exit(9)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to see the worker's state")
def test_a_child_that_died_without_a_result_leaves_no_workers(tmp_path: Path) -> None:
    pid_file = tmp_path / "worker.pid"
    job = Background("search index", _pool_job_that_dies, str(pid_file))
    with pytest.raises(BriefingError, match="search index failed: the process ended without a result"):
        job.result()
    worker = int(pid_file.read_text())
    deadline = time.monotonic() + 10
    while not _gone(worker):
        assert time.monotonic() < deadline, f"worker {worker} outlived its dead parent"
        time.sleep(0.05)
