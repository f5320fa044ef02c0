"""Synthetic archives for the search benchmark and tests: make_corpus.py --format raw, turned into
an Archive directly from its --manifest (title, date, outlet, people) and the raw body lines.

This skips cleaning and actor extraction on purpose: the search stage is measured alone.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from builder.model import Actor, Archive, Article, Outlet
from builder.slugs import slugify

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
MAKE_CORPUS = REPO.parent / "shared" / "bench" / "scale" / "make_corpus.py"
OUT = HERE / "out"


def ensure_corpus(n: int, out: Path = OUT) -> tuple[Path, Path]:
    """Generate (once, cached) the raw corpus of n articles; returns (folder, manifest).

    A folder made earlier without the manifest (e.g. by another tool, possibly in use) is left
    as it is: the manifest comes from a fresh run in a temporary folder, after checking that
    run's articles are the folder's (make_corpus is deterministic)."""
    import filecmp
    import shutil
    import tempfile

    folder, manifest = out / f"raw-{n}", out / f"raw-{n}.jsonl"
    have = folder.is_dir() and len([p for p in folder.iterdir() if p.suffix == ".txt"]) >= n
    if have and manifest.is_file():
        return folder, manifest
    out.mkdir(parents=True, exist_ok=True)
    if not have:
        subprocess.run([sys.executable, str(MAKE_CORPUS), "--n", str(n), "--out", str(folder), "--format", "raw",
                        "--manifest", str(manifest)], check=True, stdout=subprocess.DEVNULL)
        return folder, manifest
    with tempfile.TemporaryDirectory(dir=out) as tmp:
        fresh, fresh_manifest = Path(tmp) / "raw", Path(tmp) / "manifest.jsonl"
        subprocess.run([sys.executable, str(MAKE_CORPUS), "--n", str(n), "--out", str(fresh), "--format", "raw",
                        "--manifest", str(fresh_manifest)], check=True, stdout=subprocess.DEVNULL)
        names = sorted(p.name for p in fresh.iterdir() if p.suffix == ".txt")
        same, diff, errors = filecmp.cmpfiles(fresh, folder, names[:: max(1, len(names) // 50)], shallow=False)
        if diff or errors:
            raise SystemExit(f"{folder} differs from make_corpus.py --n {n}: pass another --out")
        shutil.copyfile(fresh_manifest, manifest)
    return folder, manifest


def body_paragraphs(raw: str, title: str) -> list[str]:
    lines = raw.splitlines()
    try:
        start = lines.index(title) + 1
    except ValueError:
        start = 0
    return [ln.strip() for ln in lines[start:] if len(ln.strip()) > 60 and not ln.startswith("Original url")]


def archive_from_corpus(folder: Path, manifest: Path) -> Archive:
    articles: dict[str, Article] = {}
    actors: dict[str, Actor] = {}
    outlets: dict[str, Outlet] = {}
    for line in manifest.read_text().splitlines():
        m = json.loads(line)
        slug = m["slug"]
        raw = (folder / m["file"]).read_text(encoding="utf-8", errors="replace")
        osl = slugify(m["outlet"])
        outlets.setdefault(osl, Outlet(osl, m["outlet"], [])).articles.append(slug)
        aslugs = []
        for name in m["people"]:
            s = slugify(name)
            actors.setdefault(s, Actor(s, name, [name], [], [])).articles.append(slug)
            aslugs.append(s)
        articles[slug] = Article(
            slug=slug, stem=m["file"][:-4], path=m["file"], title=m["title"], date=m["date"][:10],
            source=m["outlet"], source_slug=osl, authors=[m.get("author") or ""], url=m.get("url"),
            paragraphs=body_paragraphs(raw, m["title"]), actor_slugs=aslugs, quotes=[], removed=[], warnings=[])
    return Archive(articles=articles, actors=actors, outlets=outlets)
