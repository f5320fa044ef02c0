"""The write stage: builds the new site in a temporary folder beside the output and swaps
it in at once, so a failed or interrupted build leaves the previous site untouched.

Unchanged files are hard-linked from the previous build instead of written again.
The output folder carries a manifest of what the build wrote, so files put there by
hand are noticed and never silently deleted.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import shutil
import time
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

from builder.cache import write_whole
from builder.errors import OutputError

MANIFEST = ".briefing-manifest.json"
TMP_PREFIX = ".briefing-tmp-"
OLD_PREFIX = ".briefing-old-"
TRASH_PREFIX = ".briefing-trash-"  # a replaced site or a killed build's leftovers, being deleted


class NotInPlace(Exception):
    """A writer told to write in place only could not (SiteWriter.commit)."""


def check_output_path(out: Path, project_root: Path, force: bool, trusted: bool = False) -> set[str] | None:
    """Refuse output paths whose replacement would destroy something that is not ours.
    ``trusted``: a resident process wrote the folder last and keeps it; it is not searched for
    files the build did not write (the next one-shot build does that). Returns the folder's
    files (``site_files``) when it listed them, for the up-to-date check to reuse; else None."""
    out_r = out.resolve()
    root_r = project_root.resolve()
    home = Path.home().resolve()
    if out_r == Path(out_r.anchor):
        raise OutputError(f"refusing to write the site to {out_r}: it is the filesystem root")
    if out_r == home:
        raise OutputError(f"refusing to write the site to {out_r}: it is your home folder")
    if out_r == root_r or out_r in root_r.parents:
        raise OutputError(f"refusing to write the site to {out_r}: it is the project folder or holds it")
    if out_r.exists() and not out_r.is_dir():
        raise OutputError(f"output {out}: exists and is not a folder")
    for key in ("seeds", "content", "themes"):
        p = (root_r / key).resolve()
        if out_r == p or p.is_relative_to(out_r):
            raise OutputError(f"refusing to write the site to {out_r}: it holds the project's {key}/ folder")
    if force or trusted or not out_r.is_dir():
        return None
    files = site_files(out_r) or set()
    foreign = sorted(files - read_manifest(out_r).keys())
    if foreign:
        sample = ", ".join(foreign[:5]) + (" …" if len(foreign) > 5 else "")
        raise OutputError(
            f"output {out}: holds {len(foreign)} file(s) the build did not write ({sample}). "
            "Move them away (files to publish as they are belong in content/static/), "
            "or pass --force to replace the folder."
        )
    return files


def read_manifest(out: Path) -> dict[str, str]:
    return _read_manifest(out)[0]


def _read_manifest(out: Path) -> tuple[dict[str, str], bytes | None]:
    """The manifest's files, and the file's bytes (None: no manifest)."""
    try:
        raw = (out / MANIFEST).read_bytes()
        files = json.loads(raw.decode("utf-8"))["files"]
        if isinstance(files, dict) and all(isinstance(v, str) for v in files.values()):
            return files, raw
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return {}, None


def manifest_text(files: dict[str, str]) -> str:
    """The manifest file's text: one file a line (C encoder: indent= would take the pure-Python
    one, 10x slower)."""
    return json.dumps({"files": files}, sort_keys=True, separators=(",\n", ": "))


def patched_manifest(old_text: str, old: dict[str, str], new: dict[str, str]) -> str | None:
    """manifest_text(new) made from ``old_text`` (manifest_text(old)) by replacing the digests that
    changed, when ``new`` lists the same files (None otherwise): a one-article rebuild of a
    30,000-file site changes a few of its lines, and dumping it whole took 0.03 s. Its entries are
    in key order, the first after HEAD, each other after ',\\n'."""
    if old.keys() != new.keys():
        return None
    parts = []
    at = 0
    for rel in sorted(rel for rel, sha in new.items() if old[rel] != sha):
        key = json.dumps(rel)
        was = f"{key}: {json.dumps(old[rel])}"
        if at == 0 and old_text.startswith(was, len(_HEAD)):
            i = len(_HEAD)
        else:
            i = old_text.find(",\n" + was, at) + 2
            if i < 2:
                return None
        parts += [old_text[at:i], f"{key}: {json.dumps(new[rel])}"]
        at = i + len(was)
    return "".join(parts) + old_text[at:]


_HEAD = '{"files": {'


def walk(root: Path | str, skip_hidden: bool = False) -> Iterator[tuple[str, os.DirEntry[str]]]:
    """Every entry under ``root`` with its path relative to it ('a/b.html'); folders are entered,
    symlinks to folders are not (nor, with ``skip_hidden``, folders whose name starts with a
    dot). An unreadable folder is skipped."""
    stack = [""]
    while stack:
        rel_dir = stack.pop()
        try:
            entries = list(os.scandir(os.path.join(root, rel_dir) if rel_dir else root))
        except OSError:
            continue
        for e in entries:
            rel = f"{rel_dir}/{e.name}" if rel_dir else e.name
            if e.is_dir(follow_symlinks=False) and not (skip_hidden and e.name.startswith(".")):
                stack.append(rel)
            yield rel, e


def site_files(out: Path) -> set[str] | None:
    """Every file under ``out`` but the manifest (names only: no stat); None if not a folder."""
    if not out.is_dir():
        return None
    return {rel for rel, e in walk(out) if not e.is_dir(follow_symlinks=False) and rel != MANIFEST}


def recover(out: Path) -> None:
    """Clean up after a build that was killed: restore a lost site, and move temporary folders
    (and replaced sites whose deletion has not finished) out of the way to be deleted in the
    background: a build never waits for the deletion of 30,000 old files."""
    parent = out.parent
    if not parent.is_dir():
        return
    _finish_journal(out)
    olds = sorted(parent.glob(f"{OLD_PREFIX}{out.name}-*"))
    if not out.exists() and olds:
        olds[-1].rename(out)
        olds = olds[:-1]
    leftovers = [*parent.glob(f"{TMP_PREFIX}{out.name}-*"), *olds]
    trash = [t for t in (_to_trash(p, out) for p in leftovers) if t is not None]
    trash += [p for p in parent.glob(f"{TRASH_PREFIX}{out.name}-*") if p not in trash and _stale(p)]
    _delete_detached(trash)


STALE_TRASH = 600.0  # seconds: a trash folder this old outlived the process deleting it


def _stale(trash: Path) -> bool:
    try:
        made_ns = int(trash.name.rsplit("-", 1)[1])
    except (IndexError, ValueError):
        return True
    return time.time_ns() - made_ns > STALE_TRASH * 1e9


def _to_trash(path: Path, out: Path) -> Path | None:
    """Rename ``path`` to a fresh trash name beside ``out`` (instant, whatever its size)."""
    target = out.parent / f"{TRASH_PREFIX}{out.name}-{os.getpid()}-{time.time_ns()}"
    try:
        path.rename(target)
    except OSError:
        return None
    return target


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two paths (Linux renameat2 RENAME_EXCHANGE). False where unsupported."""
    import ctypes  # (here: ctypes.util costs a one-article rebuild 8 ms of imports it never uses)
    import ctypes.util

    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    fn = getattr(libc, "renameat2", None)
    if fn is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    rc = fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    if rc == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(a))


@dataclass(frozen=True)
class Keep:
    """In place of new bytes: the previous build's file at this path is still right (its sha256)."""

    sha256: str


@dataclass
class WriteStats:
    written: int = 0
    linked: int = 0
    removed: int = 0


IN_PLACE_MIN = 200  # files written or removed: up to this many (or IN_PLACE_SHARE of the site) ...
IN_PLACE_SHARE = 0.05  # ... are put in place one by one instead of swapping in a whole new tree


def make_parent(made: set[str], root: str, rel: str) -> None:
    """Make the folder of the file ``rel`` under ``root``, unless ``made`` (the folders, relative to ``root``, known
    to exist) has it: one makedirs per folder, not one per file."""
    parent = rel.rpartition("/")[0]
    if parent and parent not in made:
        os.makedirs(os.path.join(root, parent), exist_ok=True)
        made.add(parent)


class SiteWriter:
    """Collects the new site: changed files are written into a temporary folder beside ``out``
    as they are produced (a large site is never held in memory), unchanged ones only noted.
    ``commit`` then either swaps in a whole new tree at once (a first or large build) or, when
    few files changed, moves the changed files into place under a journal that a killed build's
    successor completes (a one-article rebuild of a 30,000-file site makes no new tree).
    ``abort`` (or any failure before commit) removes the temporary folder; ``out`` is untouched."""

    def __init__(self, out: Path, in_place: bool = True, trusted: bool = False) -> None:
        """``in_place=False``: always swap in a whole new tree (``--force``: the output may hold
        files the build did not write, and replacing the folder is what the user asked for).
        ``trusted``: the files of the last manifest are known to be in place (a resident process
        wrote them and keeps the folder): an unchanged file is not looked for."""
        self.out = out.absolute()
        self.in_place = in_place
        self.trusted = trusted
        self.out.parent.mkdir(parents=True, exist_ok=True)
        recover(self.out)
        self.old_manifest, self.old_manifest_bytes = _read_manifest(self.out) if self.out.is_dir() else ({}, None)
        self.tmp = self.out.parent / f"{TMP_PREFIX}{self.out.name}-{os.getpid()}"
        shutil.rmtree(self.tmp, ignore_errors=True)
        self.tmp.mkdir()
        self._tmp, self._out = str(self.tmp), str(self.out)
        self.manifest: dict[str, str] = {}
        self.made: set[str] = set()
        self.kept: list[str] = []  # the previous build's file is still right: left where it is
        self.fresh: list[str] = []  # written into the temporary folder
        self.removed: list[str] = []  # the previous build's files the new site does not have
        self.journaled = False
        self.stats = WriteStats()

    def _register(self, rel: str, digest: str) -> bool:
        """Record a file of the new site; True if the previous build's file at ``rel`` is the same
        and still there (it is left in place)."""
        check_rel(rel)
        if rel in self.manifest or rel == MANIFEST:
            raise OutputError(f"internal error: {rel} written twice")
        self.manifest[rel] = digest
        # Plain os.path strings: pathlib costs more than the system calls on a 30,000-file site.
        if self.old_manifest.get(rel) == digest and (self.trusted or os.path.isfile(os.path.join(self._out, rel))):
            self.kept.append(rel)
            return True
        return False

    def add(self, rel: str, data: bytes | Keep) -> None:
        digest = data.sha256 if isinstance(data, Keep) else hashlib.sha256(data).hexdigest()
        if self._register(rel, digest):
            return
        if isinstance(data, Keep):
            raise OutputError(f"{self.out / rel}: the previous build's file is gone; build again")
        make_parent(self.made, self._tmp, rel)
        with open(os.path.join(self._tmp, rel), "wb") as fh:
            fh.write(data)
        self.fresh.append(rel)

    @property
    def staging(self) -> str:
        """The temporary folder the new files go to: another process (the search index's) may
        write files there itself and hand over only their paths and digests (``add_written``)."""
        return self._tmp

    def add_written(self, rel: str, sha256: str) -> None:
        """A file another process wrote at ``rel`` under ``staging`` (its sha256 given): kept as
        the previous build's when that one is the same."""
        if self._register(rel, sha256):
            os.unlink(os.path.join(self._tmp, rel))
        else:
            self.fresh.append(rel)

    def keep(self, rels: list[str]) -> None:
        """The last build's files at these paths are still right (a trusted writer only)."""
        assert self.trusted
        old, manifest = self.old_manifest, self.manifest
        for rel in rels:
            if rel in manifest or rel not in old:
                raise OutputError(f"internal error: {rel} cannot be kept")
            manifest[rel] = old[rel]
        self.kept += rels

    def keep_rest(self, drop: Collection[str] = ()) -> None:
        """Every file of the last build not yet written or kept, but those in ``drop``, is still
        right (a trusted writer only: a one-shot quick build keeps all but a few of 30,000)."""
        assert self.trusted
        old = self.old_manifest
        rest = old.keys() - self.manifest.keys() - set(drop)
        self.manifest.update({rel: old[rel] for rel in rest})
        self.kept.extend(rest)  # (in no particular order: only counted, or linked one by one)

    def paths(self) -> list[str]:
        return list(self.manifest)

    def commit(self, in_place_only: bool = False) -> WriteStats:
        """Put the new site in place. ``in_place_only``: raise NotInPlace (and write nothing) rather
        than swap in a whole new tree (a quick build did not look for files it did not write)."""
        try:
            removed = self.removed = sorted(set(self.old_manifest) - set(self.manifest))
            self.stats = WriteStats(written=len(self.fresh), linked=len(self.kept), removed=len(removed))
            text = None
            if in_place_only and self.old_manifest_bytes is not None:
                # (a quick build: the caller checked the old file is the one the last build wrote)
                text = patched_manifest(self.old_manifest_bytes.decode("utf-8"), self.old_manifest, self.manifest)
            if text is None:
                text = manifest_text(self.manifest)
            (self.tmp / MANIFEST).write_text(text, encoding="utf-8")
            changes = len(self.fresh) + len(removed)
            if (
                self.in_place
                and self.out.is_dir()
                and self.old_manifest
                and changes <= max(IN_PLACE_MIN, IN_PLACE_SHARE * len(self.manifest))
                and self._fits_in_place()
            ):
                _write_journal(self.out, {"tmp": self._tmp, "write": self.fresh, "remove": removed})
                self.journaled = True  # from here on the next build finishes what this one began
                _finish_journal(self.out)
                return self.stats
            if in_place_only:
                raise NotInPlace(f"{changes} files changed")
            for rel in self.kept:  # a whole new tree: the unchanged files hard-linked into it
                make_parent(self.made, self._tmp, rel)
                target = os.path.join(self._tmp, rel)
                try:
                    os.link(os.path.join(self._out, rel), target)
                except OSError:
                    shutil.copyfile(os.path.join(self._out, rel), target)
            _swap_in(self.tmp, self.out, len(self.old_manifest))
        except BaseException:
            self.abort()
            raise
        return self.stats

    def _fits_in_place(self) -> bool:
        """No new file lands where the old site has a folder, or below one of its files."""
        for rel in self.fresh:
            target = os.path.join(self._out, rel)
            if os.path.isdir(target):
                return False
            parent = os.path.dirname(target)
            while parent != self._out and not os.path.isdir(parent):
                if os.path.lexists(parent):
                    return False
                parent = os.path.dirname(parent)
        return True

    def abort(self) -> None:
        if not self.journaled:
            shutil.rmtree(self.tmp, ignore_errors=True)


def _journal_path(out: Path) -> Path:
    return out.parent / f".briefing-journal-{out.name}.json"


def _write_journal(out: Path, journal: dict[str, object]) -> None:
    write_whole(_journal_path(out), json.dumps(journal).encode("utf-8"))  # the journal exists whole or not at all


def _finish_journal(out: Path) -> None:
    """Move a committed build's changed files into ``out``, delete the files it dropped, and put
    its manifest in place last. Idempotent: a build killed half-way through is finished by the
    next one, so the site is never left half old, half new."""
    path = _journal_path(out)
    try:
        journal = json.loads(path.read_text(encoding="utf-8"))
        tmp, write, remove = str(journal["tmp"]), list(journal["write"]), list(journal["remove"])
    except FileNotFoundError:
        return
    except (OSError, ValueError, KeyError, TypeError):
        path.unlink(missing_ok=True)  # written atomically: an unreadable one is not ours
        return
    dst_root = str(out)
    made: set[str] = set()  # folders known to exist (6,500 files changed: one makedirs per folder)
    for rel in write:
        src = os.path.join(tmp, rel)
        if os.path.lexists(src):
            dst = os.path.join(dst_root, rel)
            parent = os.path.dirname(dst)
            if parent not in made:
                os.makedirs(parent, exist_ok=True)
                made.add(parent)
            os.replace(src, dst)
    for rel in remove:
        dst = os.path.join(dst_root, rel)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(dst)
        parent = os.path.dirname(dst)
        while parent != dst_root:
            try:
                os.rmdir(parent)  # only when empty
            except OSError:
                break
            parent = os.path.dirname(parent)
    manifest = os.path.join(tmp, MANIFEST)
    if os.path.lexists(manifest):
        os.replace(manifest, os.path.join(dst_root, MANIFEST))
    path.unlink(missing_ok=True)
    shutil.rmtree(tmp, ignore_errors=True)


def write_site(files: dict[str, bytes | Keep], out: Path) -> WriteStats:
    """Write ``files`` (relative path -> bytes, or Keep for an unchanged file of the previous
    build) as the complete new content of ``out``."""
    writer = SiteWriter(out)
    try:
        for rel in sorted(files):
            writer.add(rel, files[rel])
    except BaseException:
        writer.abort()
        raise
    return writer.commit()


def check_rel(rel: str) -> None:
    """Refuse a path that could leave the site folder."""
    parts = rel.split("/")
    if rel.startswith("/") or any(p in ("", ".", "..") for p in parts) or "\\" in rel or "\x00" in rel:
        raise OutputError(f"internal error: unsafe output path {rel!r}")


def _swap_in(tmp: Path, out: Path, old_files: int) -> None:
    if out.exists():
        if _exchange(tmp, out):
            _remove(tmp, out, old_files)  # tmp now holds the old site
            return
        old = out.parent / f"{OLD_PREFIX}{out.name}-{os.getpid()}"
        out.rename(old)
        tmp.rename(out)
        _remove(old, out, old_files)
    else:
        tmp.rename(out)


DETACH_OVER = 2000  # an old site with more files than this is deleted in the background


def _remove(path: Path, out: Path, files: int) -> None:
    """Delete the replaced site. A large one is first renamed to a trash name (so the next
    build, even in the same process, never meets it under its own temporary name) and deleted
    by a detached process; whatever is left over is removed by a later build's recover()."""
    if files <= DETACH_OVER:
        shutil.rmtree(path, ignore_errors=True)
        return
    trash = _to_trash(path, out)
    if trash is not None:
        _delete_detached([trash])


def _delete_detached(paths: list[Path]) -> None:
    if not paths:
        return
    import subprocess
    import sys

    subprocess.Popen(
        [sys.executable, "-c", "import shutil, sys\nfor p in sys.argv[1:]: shutil.rmtree(p, ignore_errors=True)",
         *map(str, paths)],
        start_new_session=True,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@contextlib.contextmanager
def build_lock(lock_path: Path, wait: float = 600.0) -> Iterator[None]:
    """One build at a time per project: a second build waits for the first, then runs."""
    import fcntl

    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+") as fh:
        deadline = time.monotonic() + wait
        announced = False
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise OutputError(
                        f"another build holds {lock_path} (waited {wait:.0f} s); try again later"
                    ) from None
                if not announced:
                    import click

                    click.echo("another build of this project is running; waiting for it to finish…", err=True)
                    announced = True
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)
