"""Per-article stage speed: builder.process.process() and its sub-stages, one process, one core.

Run: .venv/bin/python benchmarks/process_speed.py [--n 2000] [--runs 3] [--seeds DIR]
Synthetic corpus: DIR (default /work/p10k/seeds if present, else
../shared/bench/scale/make_corpus.py --format raw into /tmp/briefing-scale-<n>), cleaned with
archive evidence as the build does; plus the extraction set (142 raw texts, 142 saved pages).
Prints ms/article for the whole of process() and for each sub-stage (clean, markdown, actors,
quotes, fingerprint, language), the median of --runs runs of CPU time (time.process_time: the machine may be
shared), and the load average. On a busy machine compare against the previous code in the same
minute; benchmarks/process_guard.py proves the output unchanged.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from builder.clean import CleanContext, clean_article, collect_evidence
from builder.extract.actors import find_actors
from builder.extract.language import detect_language
from builder.extract.quotes import find_quotes
from builder.extract.registry import Registry
from builder.fingerprint import fingerprint
from builder.ingest import read_raw
from builder.markup import render_text_paragraphs
from builder.model import RawArticle
from builder.process import ProcessContext, process

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
P10K = Path("/work/p10k/seeds")


def synthetic(n: int, seeds: Path | None) -> list[RawArticle]:
    if seeds is None and P10K.is_dir():
        seeds = P10K
    if seeds is None:
        seeds = Path(f"/tmp/briefing-scale-{n}")
        if not (seeds.is_dir() and len(list(seeds.glob("*.txt"))) >= n):
            script = SHARED / "bench" / "scale" / "make_corpus.py"
            cmd = [sys.executable, str(script), "--n", str(n), "--out", str(seeds), "--format", "raw"]
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return [read_raw(p) for p in sorted(seeds.glob("*.txt"))[:n]]


def extraction() -> tuple[list[RawArticle], list[RawArticle]]:
    bench = SHARED / "bench" / "extraction"
    raw = [read_raw(p) for p in sorted((bench / "raw").glob("*.txt"))]
    html = []
    for p in sorted((bench / "html").glob("*.html.gz")):
        data = gzip.decompress(p.read_bytes())
        text = data.decode("utf-8", errors="replace")
        html.append(RawArticle(path=p.name, stem=p.name.split(".")[0], kind="html", text=text,
                               sha256=hashlib.sha256(data).hexdigest()))  # fmt: skip
    return raw, html


def timed(fn: Callable[[Any], Any], items: list[Any], runs: int) -> float:
    """Median over ``runs`` of the ms per item of fn over items."""
    out = []
    for _ in range(runs):
        t0 = time.process_time()
        for it in items:
            fn(it)
        out.append((time.process_time() - t0) * 1000 / max(1, len(items)))
    return statistics.median(out)


def report(name: str, raws: list[RawArticle], ctxs: list[ProcessContext], runs: int) -> None:
    pairs = list(zip(raws, ctxs, strict=True))
    total = timed(lambda rc: process(*rc), pairs, runs)
    cleans = [clean_article(r, c.clean) for r, c in pairs]
    paras = [c.paragraphs for c in cleans]
    clean = timed(lambda rc: clean_article(rc[0], rc[1].clean), pairs, runs)
    markdown = timed(render_text_paragraphs, paras, runs)
    reg = ctxs[0].registry if ctxs else Registry()
    actors_of = [find_actors(p, reg) for p in paras]
    actors = timed(lambda p: find_actors(p, reg), paras, runs)
    # find_quotes reuses find_actors' scan of the same article (process() calls them in turn)
    both = timed(lambda pa: find_quotes(pa[0], find_actors(pa[0], reg)), list(zip(paras, actors_of, strict=True)), runs)
    quotes = both - actors
    fp = timed(fingerprint, paras, runs)
    lang = timed(detect_language, paras, runs)
    print(f"{name} ({len(raws)} articles): process {total:.3f} ms/article = clean {clean:.3f} + markdown "
          f"{markdown:.3f} + actors {actors:.3f} + quotes {quotes:.3f} + fingerprint {fp:.3f} "
          f"+ language {lang:.3f}")  # fmt: skip
    sys.stdout.flush()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seeds", type=Path, default=None)
    ap.add_argument("--sets", default="synthetic,raw,html", help="which of synthetic,raw,html to time")
    args = ap.parse_args()
    if not SHARED.is_dir():
        print("../shared not present")
        return 2
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    sets = args.sets.split(",")
    reg = Registry()
    if "synthetic" in sets:
        raws = synthetic(args.n, args.seeds)
        ev = collect_evidence(raws)
        ctxs = [ProcessContext(clean=CleanContext(recurring_lines=ev.for_article(r)), registry=reg) for r in raws]
        report("synthetic", raws, ctxs, args.runs)
    ext_raw, ext_html = extraction()
    plain = ProcessContext(registry=reg)
    if "raw" in sets:
        report("extraction raw", ext_raw, [plain] * len(ext_raw), args.runs)
    if "html" in sets:
        report("extraction html", ext_html, [plain] * len(ext_html), args.runs)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
