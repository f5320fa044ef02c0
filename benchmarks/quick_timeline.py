"""Where a one-shot one-article rebuild's time goes: a timeline of the quick path's steps.

    python benchmarks/quick_timeline.py                      # the project scale_bench.py left at 10k
    python benchmarks/quick_timeline.py --project DIR --edits 3

Each run edits one article of the project (a 'the' doubled in its middle paragraph: a word it
already has, so its distinctive terms and related articles stay as they were and the quick path
applies; scale_bench.py adds a new word, which may change them: ``--new-word`` does that too), then runs `briefing build
--quiet` in a new process with the quick path's functions wrapped: each prints the time since
the process started when it is entered (>) and left (<), and the process's minor page faults so
far (a page the search child's fork shares is copied when either process writes to it: touching
10,000 objects after the fork costs the kernel thousands of copies); the search patch's lines come
from its child (its own count of faults). The project must have been built once (scale_bench.py leaves
benchmarks/out/briefing-10000). Python's bytecode cache is on, as in scale_bench.py.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from scale_bench import ENV, edited  # noqa: E402

WRAPPED = {
    "builder.pipeline": ["run_build", "scan_inputs", "_quick", "_committed"],
    "builder.quick": ["try_quick", "_prepare", "lean_archive", "_start_search", "_renderer", "write_quick",
                      "_to_render", "_pages", "_hydrate", "save_after", "_search_patch"],
    "builder.search": ["patch_search_files"],
}

CHILD = '''
import functools, importlib, os, resource, sys, time
T0 = time.perf_counter()
def log(msg):
    faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    print(f"{time.perf_counter() - T0:6.3f} {faults:7d} {msg}", file=sys.stderr, flush=True)
import builder.cli as cli
log("imported the command")
def wrap(mod, name):
    f = getattr(mod, name)
    @functools.wraps(f)
    def w(*a, **k):
        log("> " + name)
        try:
            return f(*a, **k)
        finally:
            log("< " + name)
    setattr(mod, name, w)
for modname, names in %r.items():
    mod = importlib.import_module(modname)
    for n in names:
        wrap(mod, n)
import builder.output as out
commit = out.SiteWriter.commit
def timed_commit(self, *a, **k):
    log("> commit")
    try:
        return commit(self, *a, **k)
    finally:
        log("< commit")
out.SiteWriter.commit = timed_commit
sys.argv = ["briefing", "build", "--quiet"]
try:
    cli.main()
except SystemExit:
    pass
log("end")
sys.stdout.flush()
os._exit(0)
''' % (WRAPPED,)  # noqa: UP031 -- (the child's code holds braces of its own)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--project", type=Path, default=REPO / "benchmarks" / "out" / "briefing-10000")
    ap.add_argument("--edits", type=int, default=1)
    ap.add_argument("--first", type=int, default=4321, help="index of the first seed to edit")
    ap.add_argument("--new-word", action="store_true",
                    help="add a word no article has (as scale_bench.py does: the search patch makes its postings)")
    args = ap.parse_args()
    if not (args.project / ".briefing-cache").is_dir():
        sys.exit(f"{args.project}: not built yet (run benchmarks/scale_bench.py --sizes 10000 first)")
    walls: list[tuple[float, bool]] = []
    for k in range(args.edits):
        # (a word the article has: its distinctive terms, so its related articles, stay the same)
        word = f"unheardof{k}x{os.getpid()}" if args.new_word else "the"
        target, text = edited(args.project, args.first + 11 * k, word)
        target.write_text(text, encoding="utf-8")
        t = time.perf_counter()
        run = subprocess.run([sys.executable, "-c", CHILD], cwd=args.project, env=ENV, capture_output=True, text=True)
        wall = time.perf_counter() - t
        print(f"== edit {k + 1}: {target.name}, {wall:.2f} s in all (process start to exit)")
        print(run.stderr.rstrip())
        record = (args.project / ".briefing-cache" / "last-build.json").read_text(encoding="utf-8")
        quick = '"quick": true' in record
        print("   quick path" if quick else "   not the quick path (see last-build.json)")
        walls.append((wall, quick))
    times = [w for w, q in walls if q]
    if times:
        print(f"== quick path {len(times)} of {len(walls)}: {', '.join(f'{w:.2f}' for w in times)} s; "
              f"median {statistics.median(times):.2f} s")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
