"""The cleaner on the synthetic corpus (../shared/bench/scale/make_corpus.py --format raw): 30 outlets with
their own chrome, date formats and bylines; the manifest is the ground truth."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from builder.clean import CleanContext, clean_article, collect_evidence
from builder.model import RawArticle

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MAKE = SHARED / "bench" / "scale" / "make_corpus.py"


@pytest.mark.shared
@pytest.mark.skipif(not MAKE.is_file(), reason="../shared not present")
def test_synthetic_metadata_and_paragraphs(tmp_path: Path) -> None:
    out, manifest = tmp_path / "raw", tmp_path / "manifest.jsonl"
    subprocess.run(
        [sys.executable, str(MAKE), "--n", "200", "--out", str(out), "--format", "raw", "--manifest", str(manifest)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    truth = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]
    raws = [
        RawArticle(
            path=t["file"], stem=t["file"][:-4], kind="txt", text=(out / t["file"]).read_text("utf-8"), sha256=t["file"]
        )
        for t in truth
    ]
    evidence = collect_evidence(raws)
    ok = {"title": 0, "date": 0, "source": 0, "authors": 0, "url": 0, "paragraphs": 0}
    for t, raw in zip(truth, raws, strict=True):
        c = clean_article(raw, CleanContext(recurring_lines=evidence.for_article(raw)))
        m = c.metadata
        author = [t["author"]] if t["author"] and not t["author"].endswith("staff") else []
        ok["title"] += m.title == t["title"]
        ok["date"] += m.date == t["date"][:10]
        ok["source"] += (m.source or "").lower().removeprefix("the ") == t["outlet"].lower().removeprefix("the ")
        ok["authors"] += m.authors == author
        ok["url"] += m.url == t["url"]
        ok["paragraphs"] += len(c.paragraphs) == t["paragraphs"]
    for field, n in ok.items():  # every field exact on all 200 (benchmarks/synthetic_meta.py: also on 10,000)
        assert n == len(truth), f"{field}: {n}/{len(truth)}"
