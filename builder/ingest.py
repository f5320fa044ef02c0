"""Finds and decodes the input files: one RawArticle each. The only stage that reads seeds."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from builder.model import RawArticle

KINDS = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html", ".md": "md", ".markdown": "md"}
MAX_BYTES = 8 * 1024 * 1024  # no news article is this large: a larger file is skipped with an error


@dataclass
class Skipped:
    path: str
    reason: str


def decode(data: bytes) -> tuple[str, list[str]]:
    """Decode bytes as text without ever failing.

    UTF-8 (BOM or not) first; UTF-16 when it carries a BOM; then CP-1252 with a warning;
    bytes CP-1252 does not define become U+FFFD.
    """
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), warnings
        except UnicodeDecodeError:
            warnings.append("starts with a UTF-16 byte-order mark but is not valid UTF-16")
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError as exc:
        warnings.append(f"not valid UTF-8 (byte {exc.start}); read as CP-1252")
    return data.decode("cp1252", errors="replace"), warnings


_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13))


def looks_binary(data: bytes) -> bool:
    """A NUL byte outside UTF-16, or mostly control bytes: not text."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    head = data[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    control = len(head.translate(None, _NOT_CONTROL))
    return control / len(head) > 0.1


def read_raw(path: Path, rel: str | None = None) -> RawArticle:
    """Read one file into a RawArticle. Raises ValueError with a readable reason for non-text."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ValueError(
            f"{size / 1024 / 1024:.1f} MB is over the {MAX_BYTES // (1024 * 1024)} MB limit for one article"
        )
    data = path.read_bytes()
    if not data.strip():
        raise ValueError("empty file")
    if looks_binary(data):
        raise ValueError("binary file, not text")
    text, warnings = decode(data)
    suffix = path.suffix.lower()
    return RawArticle(
        path=rel if rel is not None else path.name,
        stem=path.stem if suffix in KINDS else path.name,
        kind=KINDS.get(suffix, "txt"),
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        warnings=tuple(warnings),
    )


def _suffix(name: str) -> str:
    """Path(name).suffix, without making a Path."""
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


def discover(root: Path) -> tuple[list[tuple[Path, str]], list[Skipped]]:
    """Input files under ``root`` (with their path relative to it, with slashes) in a stable
    order (a folder's files by name, then its folders).

    Hidden files and directories are skipped silently except for a note; symlinks that
    leave ``root`` are refused; files with unknown extensions are skipped. Walks with
    os.scandir: file types come with the directory listing, no system call per file.
    """
    found: list[tuple[Path, str]] = []
    skipped: list[Skipped] = []
    root_real = root.resolve()

    def walk(folder: str, prefix: str) -> None:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
        subdirs = []
        for e in entries:
            name = e.name
            if e.is_dir():  # a symlink to a folder is listed here (and not followed), as os.walk does
                if not name.startswith(".") and name != "gold" and not e.is_symlink():
                    subdirs.append(e)
                continue
            rel = prefix + name
            if name.startswith("."):
                skipped.append(Skipped(rel, "hidden file (name starts with a dot)"))
                continue
            suffix = _suffix(name)
            if suffix.lower() not in KINDS:
                skipped.append(Skipped(rel, f"unknown file type {suffix or '(none)'!r}"))
                continue
            if e.is_symlink():
                target = Path(e.path).resolve()
                if not target.is_relative_to(root_real):
                    skipped.append(Skipped(rel, f"symlink to {target}, outside the input folder"))
                    continue
            if not e.is_file():
                skipped.append(Skipped(rel, "not a regular file"))
                continue
            found.append((Path(e.path), rel))
        for d in subdirs:
            walk(d.path, prefix + d.name + "/")

    walk(str(root), "")
    return found, skipped
