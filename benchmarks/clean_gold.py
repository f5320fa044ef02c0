"""Gold checks for the cleaner on ../shared/seeds and ../shared/corpus.

Run: .venv/bin/python benchmarks/clean_gold.py [-v] [--set probe|probe2|…]
Prints, per file, the metadata fields that differ from gold, body shingle F1, and surviving
boilerplate phrases; exits 1 if any check fails (F1 thresholds: seeds 0.99, corpus 0.97).
`--set probe` scores the probe set instead (tests/fixtures/probe/{raw,gold}: articles written
to test generalisation, same schema and threshold as the corpus); `--set probe2` … the later rounds
(every tests/fixtures/probe* folder with a gold/ folder is a set).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path

from builder.clean import CleanContext, clean_article
from builder.content import load_sources
from builder.model import CleanArticle, RawArticle

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIXTURES = ROOT / "tests" / "fixtures"
TOKEN = re.compile(r"\w+")


def shingles(text: str) -> Counter[tuple[str, ...]]:
    toks = TOKEN.findall(text)
    if len(toks) < 4:
        return Counter([tuple(toks)]) if toks else Counter()
    return Counter(tuple(toks[i : i + 4]) for i in range(len(toks) - 3))


def f1(truth: str, pred: str) -> float:
    t, p = shingles(truth), shingles(pred)
    tp = sum((t & p).values())
    fp = sum(p.values()) - tp
    fn = sum(t.values()) - tp
    if fp == 0 and fn == 0:
        return 1.0
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def norm_source(s: str | None) -> str | None:
    if s is None:
        return None
    s = s.strip().lower()
    return s[4:] if s.startswith("the ") else s


def probe_sets() -> list[str]:
    """The probe rounds: every tests/fixtures/probe* folder with gold answers, in round order."""
    found = [d.name for d in FIXTURES.glob("probe*") if (d / "gold").is_dir()]
    return sorted(found, key=lambda s: int(s[5:] or 1))


def gold_pairs(which: str = "default") -> list[tuple[Path, Path, float]]:
    out = []
    if which.startswith("probe"):
        probe = FIXTURES / which
        for g in sorted((probe / "gold").glob("*.json")):
            out.append((probe / "raw" / (g.stem + ".txt"), g, 0.97))
        return out
    for g in sorted((SHARED / "seeds" / "gold").glob("*.json")):
        out.append((SHARED / "seeds" / (g.stem + ".txt"), g, 0.99))
    for g in sorted((SHARED / "corpus" / "gold").glob("*.json")):
        out.append((SHARED / "corpus" / "raw" / (g.stem + ".txt"), g, 0.97))
    return out


def raw_of(path: Path) -> RawArticle:
    data = path.read_bytes()
    text = data.decode("utf-8-sig")
    kind = {".html": "html", ".htm": "html", ".md": "md"}.get(path.suffix, "txt")
    return RawArticle(path=path.name, stem=path.stem, kind=kind, text=text, sha256=hashlib.sha256(data).hexdigest())


def context() -> CleanContext:
    return CleanContext(sources=load_sources(ROOT / "content" / "sources.yaml", lambda *a: None))


def check(clean: CleanArticle, gold: dict, threshold: float) -> list[str]:
    """The failed checks for one file (empty = all good)."""
    m = clean.metadata
    fails = []
    title_ok = (m.title or "").lower() == (gold["title"] or "").lower() if gold["title"] else m.title is None
    if not title_ok:
        fails.append(f"title: {m.title!r} != {gold['title']!r}")
    if m.date != gold["date"]:
        fails.append(f"date: {m.date!r} != {gold['date']!r}")
    if norm_source(m.source) != norm_source(gold["source"]):
        fails.append(f"source: {m.source!r} != {gold['source']!r}")
    if m.authors != gold["author"]:
        fails.append(f"authors: {m.authors!r} != {gold['author']!r}")
    if m.url != gold["url"]:
        fails.append(f"url: {m.url!r} != {gold['url']!r}")
    score = f1("\n\n".join(gold["body"]), "\n\n".join(clean.paragraphs))
    if score < threshold:
        fails.append(f"body F1 {score:.4f} < {threshold}")
    body = " ".join(" ".join(clean.paragraphs).split())
    for phrase in gold.get("boilerplate", []):
        if " ".join(phrase.split()) in body:
            fails.append(f"boilerplate survives: {phrase!r}")
    for para in gold.get("boilerplate_paragraphs", []):
        if para in clean.paragraphs:
            fails.append(f"boilerplate paragraph survives: {para!r}")
    return fails


def main() -> int:
    if not SHARED.is_dir():
        print("../shared not present")
        return 2
    verbose = "-v" in sys.argv
    which = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else "default"
    if which not in ("default", *probe_sets()):
        sys.exit(f"unknown --set {which!r}: default, {', '.join(probe_sets())}")
    ctx = context()
    bad = 0
    for raw_path, gold_path, threshold in gold_pairs(which):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        clean = clean_article(raw_of(raw_path), ctx)
        fails = check(clean, gold, threshold)
        score = f1("\n\n".join(gold["body"]), "\n\n".join(clean.paragraphs))
        print(f"{'OK  ' if not fails else 'FAIL'} {raw_path.name:45s} F1 {score:.4f}")
        for f in fails:
            print("     -", f)
        if verbose and fails:
            gp = set(" ".join(p.split()) for p in gold["body"])
            cp = [" ".join(p.split()) for p in clean.paragraphs]
            for p in cp:
                if p not in gp:
                    print("     + extra:", p[:150])
            for p in gold["body"]:
                if " ".join(p.split()) not in cp:
                    print("     - missing:", p[:150])
        bad += bool(fails)
    print(f"{bad} file(s) failing")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
