"""Metadata and paragraph accuracy of the cleaner on the whole synthetic archive.

    .venv/bin/python benchmarks/synthetic_meta.py              # 10,000 articles
    .venv/bin/python benchmarks/synthetic_meta.py --n 2000     # fewer (the generator is prefix-stable)
    .venv/bin/python benchmarks/synthetic_meta.py --jobs 1     # in this process only (default: 2 workers)

Generates N raw articles with ../shared/bench/scale/make_corpus.py (`--n N --format raw --manifest`) into
/tmp/briefing-synth-N (reused when its manifest is there), collects the archive's evidence over all of them
and cleans each with it, exactly as tests/test_clean_synthetic.py does (collect_evidence, then
CleanContext(recurring_lines=evidence.for_article(raw))). The manifest is the ground truth.

Prints, per field (title, date, source, authors, url, paragraphs, compared as that test compares them), the
number exact out of N, then the first 20 failing files per field (--show K: K) with expected vs got. Exits 0.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from builder.clean import CleanContext, clean_article, collect_evidence  # noqa: E402
from builder.model import RawArticle  # noqa: E402

MAKE = REPO.parent / "shared" / "bench" / "scale" / "make_corpus.py"
FIELDS = ("title", "date", "source", "authors", "url", "paragraphs")
SHOW = 20


def generate(n: int) -> tuple[Path, list[dict[str, Any]]]:
    """The corpus of n raw articles and its manifest, made once per n."""
    base = Path(f"/tmp/briefing-synth-{n}")
    out, manifest = base / "raw", base / "manifest.jsonl"
    if not manifest.is_file():
        base.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, str(MAKE), "--n", str(n), "--out", str(out), "--format", "raw", "--manifest",
             str(manifest) + ".tmp"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        Path(str(manifest) + ".tmp").rename(manifest)
    return out, [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines()]


def judge(job: tuple[dict[str, Any], RawArticle, frozenset[str]]) -> dict[str, tuple[bool, object, object]]:
    """field -> (exact, expected, got) for one article."""
    t, raw, recurring = job
    c = clean_article(raw, CleanContext(recurring_lines=recurring))
    m = c.metadata
    author = [t["author"]] if t["author"] and not t["author"].endswith("staff") else []
    src = (m.source or "").lower().removeprefix("the ")
    return {
        "title": (m.title == t["title"], t["title"], m.title),
        "date": (m.date == t["date"][:10], t["date"][:10], m.date),
        "source": (src == t["outlet"].lower().removeprefix("the "), t["outlet"], m.source),
        "authors": (m.authors == author, author, m.authors),
        "url": (m.url == t["url"], t["url"], m.url),
        "paragraphs": (len(c.paragraphs) == t["paragraphs"], t["paragraphs"], len(c.paragraphs)),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=10000, help="number of articles (default 10000)")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--show", type=int, default=SHOW, help=f"failing files listed per field (default {SHOW})")
    args = ap.parse_args(argv)
    out, truth = generate(args.n)
    raws = [
        RawArticle(path=t["file"], stem=t["file"][:-4], kind="txt", text=(out / t["file"]).read_text("utf-8"),
                   sha256=t["file"])
        for t in truth
    ]
    evidence = collect_evidence(raws)
    jobs = [(t, raw, evidence.for_article(raw)) for t, raw in zip(truth, raws, strict=True)]
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            results = list(pool.map(judge, jobs, chunksize=100))
    else:
        results = [judge(j) for j in jobs]
    n = len(truth)
    for f in FIELDS:
        print(f"{f:<11} {sum(r[f][0] for r in results):>6}/{n}")
    for f in FIELDS:
        misses = [(t["file"], r[f]) for t, r in zip(truth, results, strict=True) if not r[f][0]]
        if not misses:
            continue
        print(f"\n{f}: {len(misses)} failing (first {min(args.show, len(misses))})")
        for name, (_, want, got) in misses[: args.show]:
            print(f"  {name}: expected {want!r} got {got!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
