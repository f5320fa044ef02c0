"""Skip a build whose inputs have not changed since the last successful one (make's rule).

The signature of a build's inputs covers the builder's own code, the configuration, and the
path, size and modification time of every file under the input folder, ``content/``, the
theme and the search assets. When it equals the signature recorded by the last successful
build, and the output folder still holds exactly the files that build wrote, the site is up
to date: nothing is read, cleaned or rendered, and the last build's warnings are reported
again so the summary says the same thing twice. ``--strict`` and ``--full`` always build.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import fields
from pathlib import Path
from typing import Any

from builder.cache import code_version
from builder.config import Config
from builder.output import MANIFEST, read_manifest, walk

RECORD = "last-build.json"


def input_signature(cfg: Config) -> str:
    h = hashlib.sha256(code_version().encode())
    h.update(repr({f.name: getattr(cfg, f.name) for f in fields(cfg) if f.name != "root"}).encode())
    folders = [cfg.path("input"), cfg.path("content"), cfg.path("theme"), cfg.root / "node_modules" / "lunr"]
    for folder in folders:
        h.update(b"\x01" + os.fsencode(folder))
        for rel, st in _walk(folder):
            h.update(f"{rel}\x00{st.st_size}\x00{st.st_mtime_ns}\x00{st.st_mode}\n".encode("utf-8", "surrogateescape"))
    return h.hexdigest()


def _walk(folder: Path) -> list[tuple[str, os.stat_result]]:
    """Every entry under ``folder`` with its stat (symlinks followed, as the build reads them)."""
    out: list[tuple[str, os.stat_result]] = []
    for rel, e in walk(folder):
        try:
            out.append((rel, e.stat()))
        except OSError:
            out.append((rel + " (unreadable)", os.stat_result((0,) * 10)))
    out.sort(key=lambda x: x[0])
    return out


def site_files(out: Path) -> set[str] | None:
    """Every file under ``out`` but the manifest (names only: no stat); None if not a folder."""
    if not out.is_dir():
        return None
    return {rel for rel, e in walk(out) if not e.is_dir(follow_symlinks=False) and rel != MANIFEST}


def _manifest_digest(out: Path) -> str:
    try:
        return hashlib.sha256((out / MANIFEST).read_bytes()).hexdigest()
    except OSError:
        return ""


def load_record(cache_dir: Path) -> dict[str, Any]:
    try:
        data = json.loads((cache_dir / RECORD).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def up_to_date(record: dict[str, Any], signature: str, out: Path) -> bool:
    """The inputs are those of the recorded build and ``out`` holds exactly what it wrote."""
    if not record or record.get("signature") != signature:
        return False
    if record.get("manifest") != _manifest_digest(out):
        return False
    return site_files(out) == set(read_manifest(out))


def save_record(cache_dir: Path, signature: str, out: Path, summary: dict[str, Any]) -> None:
    cache_dir.mkdir(parents=True, exist_ok=True)
    record = {"signature": signature, "manifest": _manifest_digest(out), **summary}
    tmp = cache_dir / (RECORD + ".tmp")
    tmp.write_text(json.dumps(record, sort_keys=True), encoding="utf-8")
    tmp.replace(cache_dir / RECORD)
