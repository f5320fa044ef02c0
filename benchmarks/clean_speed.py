"""Cleaner throughput on one core: the extraction set and 10k synthetic articles.

Run: .venv/bin/python benchmarks/clean_speed.py [--n 10000]
Generates the synthetic corpus once (../shared/bench/scale/make_corpus.py --format raw) into
/tmp/briefing-scale-<n>, then times clean_article in this process (one core) over every file.
Also times collect_evidence over the synthetic corpus.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import time
from pathlib import Path

from builder.clean import CleanContext, clean_article, collect_evidence
from builder.model import RawArticle

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def load(files: list[Path]) -> list[RawArticle]:
    out = []
    for f in files:
        data = f.read_bytes()
        out.append(
            RawArticle(
                path=f.name,
                stem=f.stem,
                kind="txt",
                text=data.decode("utf-8", errors="replace"),
                sha256=hashlib.sha256(data).hexdigest(),
            )
        )
    return out


def bench(name: str, raws: list[RawArticle], ctx: CleanContext) -> None:
    t0 = time.perf_counter()
    for r in raws:
        clean_article(r, ctx)
    dt = time.perf_counter() - t0
    size = sum(len(r.text) for r in raws) / max(1, len(raws))
    print(
        f"{name}: {len(raws)} articles in {dt:.2f} s = {len(raws) / dt:,.0f} articles/s "
        f"({1000 * dt / len(raws):.3f} ms/article, mean {size / 1000:.1f} KB)"
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10000)
    args = ap.parse_args()
    if not SHARED.is_dir():
        print("../shared not present")
        return 2
    ctx = CleanContext()
    ext = load(sorted((SHARED / "bench" / "extraction" / "raw").glob("*.txt")))
    bench("extraction raw (142 real pages)", ext, ctx)
    out = Path(f"/tmp/briefing-scale-{args.n}")
    if not (out.is_dir() and len(list(out.glob("*.txt"))) >= args.n):
        subprocess.run(
            [
                sys.executable,
                str(SHARED / "bench" / "scale" / "make_corpus.py"),
                "--n",
                str(args.n),
                "--out",
                str(out),
                "--format",
                "raw",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    raws = load(sorted(out.glob("*.txt"))[: args.n])
    t0 = time.perf_counter()
    ev = collect_evidence(raws)
    dt = time.perf_counter() - t0
    print(f"collect_evidence: {len(raws)} articles in {dt:.2f} s")
    bench(f"synthetic raw ({len(raws)} articles, no evidence)", raws, ctx)
    t0 = time.perf_counter()
    ctxs = [CleanContext(recurring_lines=ev.for_article(r)) for r in raws]
    print(f"Evidence.for_article: {len(raws)} articles in {time.perf_counter() - t0:.2f} s")
    t0 = time.perf_counter()
    for r, c in zip(raws, ctxs, strict=True):
        clean_article(r, c)
    dt = time.perf_counter() - t0
    print(f"synthetic raw with evidence: {len(raws) / dt:,.0f} articles/s ({1000 * dt / len(raws):.3f} ms/article)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
