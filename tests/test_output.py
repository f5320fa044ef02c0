"""Output safety: refused paths, atomic swap, hand-placed files, the build lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from builder.config import load_config
from builder.errors import OutputError
from builder.output import MANIFEST, build_lock, check_output_path, write_site
from builder.pipeline import BuildOptions, run_build


@pytest.mark.parametrize("target", ["/", "~", ".", ".."])
def test_refuses_dangerous_output_paths(tmp_path: Path, target: str) -> None:
    root = tmp_path / "proj"
    root.mkdir()
    out = Path(target).expanduser() if target.startswith(("~", "/")) else root / target
    with pytest.raises(OutputError, match="refusing"):
        check_output_path(out, root, force=True)


def test_refuses_folder_with_foreign_files_unless_forced(tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.mkdir()
    (out / "notes.txt").write_text("mine")
    with pytest.raises(OutputError, match="did not write"):
        check_output_path(out, tmp_path / "proj", force=False)
    check_output_path(out, tmp_path / "proj", force=True)


def test_write_site_replaces_whole_folder_and_records_manifest(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site({"a.html": b"1", "d/b.html": b"2"}, out)
    stats = write_site({"a.html": b"1", "c.html": b"3"}, out)
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [
        MANIFEST,
        "a.html",
        "c.html",
    ]
    assert stats.linked == 1 and stats.written == 1 and stats.removed == 1
    assert not list(tmp_path.glob(".briefing-*"))


def test_failed_write_leaves_previous_site(tmp_path: Path) -> None:
    out = tmp_path / "site"
    write_site({"a.html": b"old"}, out)
    with pytest.raises(OutputError):
        write_site({"a.html": b"new", "../escape.html": b"x"}, out)
    assert (out / "a.html").read_bytes() == b"old"
    assert not list(tmp_path.glob(".briefing-*"))


def test_strict_build_with_warnings_leaves_site_untouched(project: Path) -> None:
    cfg = load_config(None, root=project)
    assert run_build(cfg, BuildOptions()).ok
    before = (project / "site" / "index.html").read_bytes()
    (project / "seeds" / "empty.txt").write_text("")
    result = run_build(cfg, BuildOptions(strict=True))
    assert not result.ok and "--strict" in (result.failed_reason or "")
    assert (project / "site" / "index.html").read_bytes() == before


def test_killed_build_leaves_previous_site_complete(project: Path) -> None:
    cfg = load_config(None, root=project)
    assert run_build(cfg, BuildOptions()).ok
    before = {p: p.read_bytes() for p in (project / "site").rglob("*") if p.is_file()}
    # A build that is slowed down in the write stage, then killed half-way.
    script = (
        "import time\n"
        "from builder import output\n"
        "real = output.SiteWriter.add\n"
        "def slow(self, rel, data):\n"
        "    time.sleep(0.05)\n"
        "    return real(self, rel, data)\n"
        "output.SiteWriter.add = slow\n"
        "from builder.cli import main\n"
        "main(['build', '--force'])\n"
    )
    (project / "seeds" / "000_eab357e4e4cc0aca.txt").write_text("Changed title\n\nA changed body paragraph.\n")
    proc = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list(project.glob(".briefing-tmp-*/articles")):
        time.sleep(0.02)
    assert list(project.glob(".briefing-tmp-*")), "the build never reached the write stage"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    after = {p: p.read_bytes() for p in (project / "site").rglob("*") if p.is_file()}
    assert after == before
    # The next build cleans up the leftovers and succeeds.
    assert run_build(cfg, BuildOptions()).ok
    assert not list(project.glob(".briefing-tmp-*"))


def test_second_build_waits_for_the_first(tmp_path: Path) -> None:
    lock = tmp_path / "build.lock"
    order: list[str] = []
    with build_lock(lock):
        child = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import sys; from pathlib import Path; from builder.output import build_lock\n"
                f"with build_lock(Path({str(lock)!r})):\n    print('got it', flush=True)",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        time.sleep(0.5)
        assert child.poll() is None, "the second build did not wait"
        order.append("first done")
    out, err = child.communicate(timeout=30)
    assert out.strip() == "got it" and "waiting" in err
    with pytest.raises(OutputError), build_lock(lock), build_lock(lock, wait=0.2):
        pass


def test_a_replaced_large_site_is_deleted_in_the_background_under_a_trash_name(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The old site goes to a trash name at once (so the next build, even in the same process,
    never finds it under its temporary name and waits to delete it) and a detached process
    deletes it; a killed build's leftovers go the same way."""
    import builder.output as output

    monkeypatch.setattr(output, "DETACH_OVER", 0)
    cfg = load_config(None, root=project)
    for i in range(3):
        seed = sorted((project / "seeds").glob("*.txt"))[i]
        seed.write_text(seed.read_text(encoding="utf-8").replace(" the ", " one ", 1), encoding="utf-8")
        assert run_build(cfg, BuildOptions()).ok
        assert not list(project.glob(".briefing-tmp-*")) and not list(project.glob(".briefing-old-*"))
    (project / ".briefing-tmp-site-99999" / "articles").mkdir(parents=True)  # a killed build's
    assert run_build(cfg, BuildOptions(full=True)).ok
    assert not list(project.glob(".briefing-tmp-*"))
    deadline = time.monotonic() + 30
    while list(project.glob(".briefing-trash-*")) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not list(project.glob(".briefing-trash-*")), "the trash was never emptied"
    assert (project / "site" / "index.html").is_file()


def test_few_changes_go_in_place_and_a_build_stopped_half_way_is_finished_by_the_next(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rebuild that changes a few files of a large site moves them in under a journal (no new
    tree of 30,000 links); stopped between two files, the next build completes it first."""
    out = tmp_path / "site"
    old = {f"p{i}/index.html": f"old {i}".encode() for i in range(300)}
    write_site(old, out)
    inode = (out / "p1" / "index.html").stat().st_ino
    new = dict(old) | {"p3/index.html": b"new 3", "p7/index.html": b"new 7", "q/r/index.html": b"added"}
    del new["p9/index.html"]

    real = os.replace
    calls: list[str] = []

    def stopped(src: str, dst: str) -> None:
        calls.append(str(dst))
        if len(calls) == 3:  # the journal, one file, then the process is stopped
            raise KeyboardInterrupt
        real(src, dst)

    monkeypatch.setattr(os, "replace", stopped)
    with pytest.raises(KeyboardInterrupt):
        write_site(new, out)
    monkeypatch.setattr(os, "replace", real)
    assert list(tmp_path.glob(".briefing-journal-*")), "the journal is kept for the next build"
    stats = write_site(new, out)  # finishes the journal, then finds nothing left to change
    assert stats.written == 0 and stats.removed == 0
    files = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert files.pop(MANIFEST) and files == new
    assert not (out / "p9").exists()  # an emptied folder goes too
    assert (out / "p1" / "index.html").stat().st_ino == inode  # unchanged files were not rewritten
    assert not list(tmp_path.glob(".briefing-journal-*")) and not list(tmp_path.glob(".briefing-tmp-*"))


def test_force_replaces_the_folder_even_when_few_files_changed(project: Path) -> None:
    """--force means the output folder is replaced whole: a file put there by hand goes, even
    when the build would otherwise move its few changed files in place."""
    cfg = load_config(None, root=project)
    assert run_build(cfg, BuildOptions()).ok
    (project / "site" / "notes.txt").write_text("mine")
    seed = sorted((project / "seeds").glob("*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8").replace(" the ", " a ", 1), encoding="utf-8")
    assert not run_build(cfg, BuildOptions()).ok  # refused: a file the build did not write
    assert (project / "site" / "notes.txt").is_file()
    assert run_build(cfg, BuildOptions(force=True)).ok
    assert not (project / "site" / "notes.txt").exists()
    assert run_build(cfg, BuildOptions(full=True)).ok


def test_a_patched_manifest_is_the_manifest_dumped_whole() -> None:
    """A quick build replaces the changed digests in the last manifest's text: byte for byte what
    dumping the new manifest gives (first and last entries, escaped names included); with another
    set of files it declines."""
    import random

    from builder.output import manifest_text, patched_manifest

    rng = random.Random(7)
    for _ in range(200):
        names = sorted({"".join(rng.choice('ab/é."x-') for _ in range(rng.randint(1, 6)))
                        for _ in range(rng.randint(1, 25))})
        old = {n: f"{rng.getrandbits(256):064x}" for n in names}
        new = dict(old) | {n: f"{rng.getrandbits(256):064x}" for n in rng.sample(names, rng.randint(0, len(names)))}
        assert patched_manifest(manifest_text(old), old, new) == manifest_text(new)
    assert patched_manifest(manifest_text({"a": "1"}), {"a": "1"}, {"a": "1", "b": "2"}) is None
