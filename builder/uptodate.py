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

from builder.cache import code_version, write_whole
from builder.config import Config
from builder.output import MANIFEST, read_manifest, site_files, walk

RECORD = "last-build.json"


# One look at every input folder: each entry's path, whether it is a folder (symlinks not
# followed) and its stat (followed; None if it could not be read), in path order. `serve` takes
# one per look for changes and hands it to the build, which signs the same look.
Scan = dict[Path, list[tuple[str, bool, os.stat_result | None]]]


def signed_folders(cfg: Config) -> list[Path]:
    return [cfg.path("input"), cfg.path("content"), cfg.path("theme"), cfg.root / "node_modules" / "lunr"]


def scan_inputs(cfg: Config) -> Scan:
    return {folder: scan_folder(folder) for folder in signed_folders(cfg)}


def scan_folder(folder: Path) -> list[tuple[str, bool, os.stat_result | None]]:
    out: list[tuple[str, bool, os.stat_result | None]] = []
    for rel, e in walk(folder):
        try:
            st: os.stat_result | None = e.stat()
        except OSError:
            st = None
        out.append((rel, e.is_dir(follow_symlinks=False), st))
    out.sort(key=lambda x: x[0])
    return out


def folder_entries(scan: Scan | None, folder: Path) -> list[tuple[str, bool, os.stat_result | None]]:
    """The folder's entries from ``scan`` when it has them, else from a look now."""
    return scan[folder] if scan is not None and folder in scan else scan_folder(folder)


_UNREADABLE = os.stat_result((0,) * 10)


def input_signature(cfg: Config, scan: Scan | None = None) -> str:
    """The digest of the builder's code, the configuration and every input file's path, size,
    modification time and mode (from ``scan`` where it has the folder)."""
    h = hashlib.sha256(code_version().encode())
    h.update(repr({f.name: getattr(cfg, f.name) for f in fields(cfg) if f.name != "root"}).encode())
    for folder in signed_folders(cfg):
        h.update(b"\x01" + os.fsencode(folder))
        lines = []
        for rel, _, st in folder_entries(scan, folder):
            if st is None:
                rel, st = rel + " (unreadable)", _UNREADABLE
            lines.append(f"{rel}\x00{st.st_size}\x00{st.st_mtime_ns}\x00{st.st_mode}\n")
        h.update("".join(lines).encode("utf-8", "surrogateescape"))  # (the digest of the same bytes as line by line)
    return h.hexdigest()


def manifest_digest(out: Path) -> str:
    try:
        return manifest_digest_of((out / MANIFEST).read_bytes())
    except OSError:
        return ""


def manifest_digest_of(raw: bytes) -> str:
    """The digest a build's record keeps of the site manifest's bytes."""
    return hashlib.sha256(raw).hexdigest()


def load_record(cache_dir: Path) -> dict[str, Any]:
    try:
        data = json.loads((cache_dir / RECORD).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def up_to_date(record: dict[str, Any], signature: str, out: Path, files: set[str] | None = None) -> bool:
    """The inputs are those of the recorded build and ``out`` holds exactly what it wrote.
    ``files``: the folder's files as check_output_path listed them (else listed here)."""
    if not record or record.get("signature") != signature:
        return False
    if record.get("manifest") != manifest_digest(out):
        return False
    return (files if files is not None else site_files(out)) == set(read_manifest(out))


def save_record(cache_dir: Path, signature: str, out: Path, summary: dict[str, Any]) -> None:
    record = {"signature": signature, "manifest": manifest_digest(out), **summary}
    write_whole(cache_dir / RECORD, json.dumps(record, sort_keys=True).encode("utf-8"))
