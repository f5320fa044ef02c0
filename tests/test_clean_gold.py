"""Gold-file tests: every seed in ../shared/seeds/gold and every corpus file in ../shared/corpus/gold.

Metadata exact (source ignoring case and a leading "The"; a title rebuilt from a URL slug ignoring
case), body shingle F1 >= 0.99 (seeds) / 0.97 (corpus), no gold boilerplate phrase survives.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from builder.clean import CleanContext, clean_article
from builder.content import load_sources
from builder.model import CleanArticle, RawArticle

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared not present")
TOKEN = re.compile(r"\w+")


def shingle_f1(truth: str, pred: str) -> float:
    def sh(text: str) -> Counter[tuple[str, ...]]:
        toks = TOKEN.findall(text)
        if len(toks) < 4:
            return Counter([tuple(toks)]) if toks else Counter()
        return Counter(tuple(toks[i : i + 4]) for i in range(len(toks) - 3))

    t, p = sh(truth), sh(pred)
    tp = sum((t & p).values())
    if tp == 0:
        return 0.0
    prec, rec = tp / sum(p.values()), tp / sum(t.values())
    return 2 * prec * rec / (prec + rec)


def cases() -> list[tuple[Path, Path, float]]:
    if not SHARED.is_dir():
        return []
    out = [(SHARED / "seeds" / f"{g.stem}.txt", g, 0.99) for g in sorted((SHARED / "seeds" / "gold").glob("*.json"))]
    out += [
        (SHARED / "corpus" / "raw" / f"{g.stem}.txt", g, 0.97)
        for g in sorted((SHARED / "corpus" / "gold").glob("*.json"))
    ]
    return out


def clean_file(path: Path) -> CleanArticle:
    data = path.read_bytes()
    raw = RawArticle(path=path.name, stem=path.stem, kind="txt", text=data.decode("utf-8-sig"),
                     sha256=hashlib.sha256(data).hexdigest())  # fmt: skip
    sources = load_sources(ROOT / "content" / "sources.yaml", lambda *a: None)
    return clean_article(raw, CleanContext(sources=sources))


def _norm_source(s: str | None) -> str | None:
    return None if s is None else s.strip().lower().removeprefix("the ")


CASES = cases()


@needs_shared
def test_gold_files_present() -> None:
    assert len(CASES) == 11


@needs_shared
@pytest.mark.shared
@pytest.mark.parametrize("raw_path,gold_path,threshold", CASES, ids=[c[1].stem for c in CASES])
def test_gold(raw_path: Path, gold_path: Path, threshold: float) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    out = clean_file(raw_path)
    m = out.metadata
    if gold["title"] is None:
        assert m.title is None
    else:
        assert (m.title or "").lower() == gold["title"].lower()
    assert m.date == gold["date"]
    assert _norm_source(m.source) == _norm_source(gold["source"])
    assert m.authors == gold["author"]
    assert m.url == gold["url"]
    f1 = shingle_f1("\n\n".join(gold["body"]), "\n\n".join(out.paragraphs))
    assert f1 >= threshold, f"body F1 {f1:.4f} < {threshold}"
    body = " ".join(" ".join(out.paragraphs).split())
    for phrase in gold.get("boilerplate", []):
        assert " ".join(phrase.split()) not in body, f"boilerplate survives: {phrase!r}"
    for para in gold.get("boilerplate_paragraphs", []):
        assert para not in out.paragraphs
    # every removal is recorded with a rule name and the text it removed
    assert all(r.rule and r.text for r in out.removed)
