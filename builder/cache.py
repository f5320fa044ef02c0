"""A persistent cache of per-article results, keyed by content hash and tool version.

The key of an article covers its raw bytes, the archive evidence it was cleaned with,
the cleaner configuration, the actor registry and a hash of the builder's own source,
so a new version of the cleaner invalidates every entry. A cache that is corrupt or
from another format is detected, reported and rebuilt, never trusted.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import marshal
import os
import re
import sqlite3
from functools import cache
from pathlib import Path
from typing import Any

import builder

FORMAT = 4
PRUNE_SLACK = 2  # stale entries are dropped once the cache holds this many times what a build uses
# The cache files this process closed, as they were then (path, device, inode, size, modification
# time). One found as it was left is not checked again: PRAGMA quick_check reads every page (70 ms
# at 10k articles, more as stale entries pile up), and `serve` opens the cache on every rebuild.
# The state a process left the file in is also written beside it (CHECKED_SUFFIX), so that the
# next build's processes (a one-shot build opens the cache in three) skip the check as well.
_LEFT_CHECKED: set[tuple[str, int, int, int, int]] = set()
CHECKED_SUFFIX = ".checked"


def _left_checked(path: Path) -> bool:
    """Whether the file is as a process of this builder left it after closing it."""
    state = _file_state(path)
    if state is None:
        return False
    if state in _LEFT_CHECKED:
        return True
    try:
        return _checked_file(path).read_text(encoding="utf-8") == repr(state[1:])
    except (OSError, ValueError):
        return False


def _checked_file(path: Path) -> Path:
    return path.parent / (path.name + CHECKED_SUFFIX)


def write_whole(path: Path, data: bytes) -> None:
    """``data`` written under another name and renamed over ``path``: a reader, or a build stopped
    half-way, never sees half a file. An OSError is the caller's (no temporary file is left)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


def _file_state(path: Path) -> tuple[str, int, int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (str(path), st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


@cache
def code_version() -> str:
    """Hash of every source file of the builder package: changes with any code change."""
    pkg = Path(builder.__file__).parent
    return _hash_sources(pkg, sorted(pkg.rglob("*.py")))


# An import statement at the start of a line: ``from X import names`` (names possibly in parentheses
# over several lines) or ``import X, Y``. Lines of docstrings that look like one can only add modules.
_IMPORT = re.compile(
    r"^[ \t]*(?:from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)|import[ \t]+([^\n]*))", re.M
)


def _names(listed: str) -> list[str]:
    """The names of an import list ('a, b as c', '(a,\n b,  # note\n)')."""
    listed = re.sub(r"#[^\n]*", "", listed).strip("() \t\n\\")
    return [n.split()[0] for n in listed.split(",") if n.split()]


def imported_modules(source: str, package: str) -> list[str]:
    """The modules, and the names of modules, that ``source`` (the text of a module of ``package``,
    a dotted name) imports anywhere, with relative imports made absolute. Read with a regular
    expression, not parsed: ast.parse of the whole builder took a quarter of a second per build."""
    out: list[str] = []
    for m in _IMPORT.finditer(source):
        dots, module, names, plain = m.groups()
        if plain is not None:
            out += _names(plain)
            continue
        if dots:
            base = package
            for _ in range(len(dots) - 1):
                base = base.rpartition(".")[0]
            module = f"{base}.{module}" if module else base
        out += [module] + [f"{module}.{n}" for n in _names(names)]
    return out


@cache
def stage_version(module: str = "builder.process") -> str:
    """Hash of the source of ``module`` and of every builder module it imports, directly or not:
    what the per-article stage runs. A change to the renderer or the pipeline keeps the cache."""
    pkg = Path(builder.__file__).parent
    seen: set[Path] = set()
    todo = [_module_file(pkg, module)]
    while todo:
        path = todo.pop()
        if path is None or path in seen:
            continue
        seen.add(path)
        package = path.parent.relative_to(pkg.parent).as_posix().replace("/", ".")
        names = imported_modules(path.read_text(encoding="utf-8"), package)
        todo.extend(_module_file(pkg, n) for n in names if n == "builder" or n.startswith("builder."))
    seen.add(pkg / "cache.py")  # the cache format itself
    return _hash_sources(pkg, sorted(seen))


def _module_file(pkg: Path, module: str) -> Path | None:
    rel = Path(*module.split(".")[1:])
    for cand in (pkg / rel.with_suffix(".py"), pkg / rel / "__init__.py"):
        if cand.is_file():
            return cand
    return None


def _hash_sources(pkg: Path, files: list[Path]) -> str:
    h = hashlib.sha256(f"format={FORMAT};version={builder.__version__}".encode())
    for p in files:
        h.update(p.relative_to(pkg).as_posix().encode())
        h.update(p.read_bytes())
    return h.hexdigest()


def article_key(sha256: str, path: str, context_digest: str, recurring: frozenset[str]) -> str:
    h = hashlib.sha256()
    for part in (stage_version(), sha256, path, context_digest, *sorted(recurring)):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def digest_of(obj: Any) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True, default=repr).encode()).hexdigest()


def encode(key: str, facts: dict[str, Any]) -> bytes:
    """marshal (fast, and unlike pickle it cannot run code) with a checksum against corruption."""
    blob = marshal.dumps((key, facts))
    return hashlib.blake2b(blob, digest_size=16).digest() + blob


def decode(data: Any) -> tuple[str, Any] | None:
    if not isinstance(data, bytes) or len(data) < 17:
        return None
    check, blob = data[:16], data[16:]
    if hashlib.blake2b(blob, digest_size=16).digest() != check:
        return None
    try:
        value = marshal.loads(blob)
    except (EOFError, ValueError, TypeError):
        return None
    return value if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str) else None


class FactsCache:
    """sqlite-backed key -> JSON store. Any error on open drops the file and starts empty."""

    def __init__(self, path: Path, warn: Any = None) -> None:
        self.path = path
        self.warn = warn or (lambda kind, msg: None)
        self.hits = 0
        self.misses = 0
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = self._open()

    def _open(self) -> sqlite3.Connection:
        try:
            db = sqlite3.connect(self.path)
            db.execute("CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT)")
            db.execute("CREATE TABLE IF NOT EXISTS facts (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
            row = db.execute("SELECT v FROM meta WHERE k = 'format'").fetchone()
            if row is None:
                db.execute("INSERT INTO meta VALUES ('format', ?)", (str(FORMAT),))
                db.commit()
            elif row[0] != str(FORMAT):
                raise sqlite3.DatabaseError(f"cache format {row[0]}, expected {FORMAT}")
            if not _left_checked(self.path):
                db.execute("PRAGMA quick_check").fetchone()
            return db
        except sqlite3.DatabaseError as exc:
            self.warn("cache rebuilt", f"{self.path}: unusable cache ({exc}); starting a new one")
            for suffix in ("", "-journal", "-wal", "-shm"):
                Path(str(self.path) + suffix).unlink(missing_ok=True)
            db = sqlite3.connect(self.path)
            db.execute("CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT)")
            db.execute("CREATE TABLE facts (key TEXT PRIMARY KEY, data BLOB NOT NULL)")
            db.execute("INSERT INTO meta VALUES ('format', ?)", (str(FORMAT),))
            db.commit()
            return db

    def get_many(self, keys: list[str]) -> dict[str, dict[str, Any]]:
        found: dict[str, dict[str, Any]] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            try:
                rows = self.db.execute(f"SELECT key, data FROM facts WHERE key IN ({marks})", chunk).fetchall()
            except sqlite3.DatabaseError as exc:
                self.warn("cache rebuilt", f"{self.path}: unreadable cache ({exc}); ignoring it")
                return {}
            for key, data in rows:
                value = decode(data)
                if value is not None and value[0] == key and isinstance(value[1], dict):
                    found[key] = value[1]
                else:
                    self.warn("cache rebuilt", f"{self.path}: a corrupt entry was ignored and recomputed")
        self.hits += len(found)
        self.misses += len(keys) - len(found)
        return found

    def put_many(self, items: dict[str, bytes]) -> None:
        """Store entries already encoded with ``encode`` (workers encode their own results)."""
        try:
            self.db.executemany("INSERT OR REPLACE INTO facts VALUES (?, ?)", list(items.items()))
            self.db.commit()
        except sqlite3.DatabaseError as exc:
            self.warn("cache not saved", f"{self.path}: {exc}")

    def prune(self, used: list[str]) -> int:
        """Drop the entries this build did not use once they outnumber the ones it did: every new
        cleaner version, changed article or changed evidence leaves old entries behind, and the
        cache should hold about one archive, not its whole history. Returns the number dropped."""
        keep = set(used)
        try:
            (total,) = self.db.execute("SELECT count(*) FROM facts").fetchone()
            if total <= PRUNE_SLACK * len(keep) + 100:
                return 0
            self.db.execute("CREATE TEMP TABLE used (key TEXT PRIMARY KEY)")
            self.db.executemany("INSERT INTO used VALUES (?)", [(k,) for k in keep])
            dropped = self.db.execute("DELETE FROM facts WHERE key NOT IN (SELECT key FROM used)").rowcount
            self.db.execute("DROP TABLE used")
            self.db.commit()
            self.db.execute("VACUUM")  # more than half the file was stale: give the space back
            return int(dropped)
        except sqlite3.DatabaseError as exc:
            self.warn("cache not pruned", f"{self.path}: {exc}")
            return 0

    def close(self) -> None:
        """Close; the file as it is now needs no check when this process opens it next."""
        self.db.close()
        state = _file_state(self.path)
        if state is not None:
            _LEFT_CHECKED.add(state)
            with contextlib.suppress(OSError):
                _checked_file(self.path).write_text(repr(state[1:]), encoding="utf-8")
