"""Cold builds of one archive with two versions of Briefing, back to back (this machine's speed
drifts from hour to hour, so versions are compared in the same minute, not across runs).

    python benchmarks/compare_cold.py --base b6ea13f --n 10000 --pairs 1

Each version's builder/ and themes/ are taken from git (--base REV; the other side is the
working tree), the archive from ../shared/bench/scale/make_corpus.py (cached in
benchmarks/out/raw-N, as scale_bench.py makes it), and each build runs in a fresh project
with an empty cache. Prints wall time, CPU (user + sys, with workers) and the stage split.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_bench import REPO, corpus  # noqa: E402


def checkout(rev: str, into: Path) -> Path:
    into.mkdir(parents=True)
    archive = subprocess.run(["git", "archive", rev, "builder", "themes"], cwd=REPO, check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def cold_build(code: Path, seeds: Path, work: Path) -> tuple[float, str]:
    proj = Path(tempfile.mkdtemp(dir=work))
    shutil.copytree(seeds, proj / "seeds", ignore=shutil.ignore_patterns(".complete"))
    (proj / "content").mkdir()
    (proj / "node_modules").symlink_to(REPO / "node_modules")
    (proj / "briefing.yml").write_text(f"title: Benchmark\ntheme: {code / 'themes' / 'default'}\n")
    env = dict(os.environ, PYTHONPATH=str(code))
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "builder", "build"], cwd=proj, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    out, _ = proc.communicate()
    wall = time.perf_counter() - t
    stages = next((line for line in out.splitlines() if line.startswith("Stages")), out[-300:])
    shutil.rmtree(proj, ignore_errors=True)
    return wall, stages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", required=True, help="git revision to compare the working tree with")
    ap.add_argument("--n", type=int, default=1000, help="articles in the synthetic archive")
    ap.add_argument("--pairs", type=int, default=1, help="base/current pairs, alternating")
    args = ap.parse_args()
    seeds = corpus(args.n, "raw")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sides = {f"base {args.base}": checkout(args.base, work / "base"), "current": REPO}
        for i in range(args.pairs):
            for name, code in sides.items():
                before = os.times()
                wall, stages = cold_build(code, seeds, work)  # CPU: the build and its workers
                after = os.times()
                cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
                print(f"pair {i + 1} {name:>16}: {wall:6.2f} s wall, {cpu:6.1f} s CPU | {stages}", flush=True)


if __name__ == "__main__":
    main()
