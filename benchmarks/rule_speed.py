"""CPU time of each cleaner rule, per article, on one core: where the cleaning stage's time goes.

    python benchmarks/rule_speed.py [--n 1000] [--runs 5] [--top 25] [--base REV]

Cleans the first --n articles of the synthetic archive (as benchmarks/process_speed.py gets
it) with the archive's evidence, timing every rule of the chain (and the split into units)
with time.process_time; each figure is the least of --runs passes (the machine is shared and
its speed jumps: the least is the most repeatable). ``--base REV`` also times the cleaner of a git revision in a child
process right after, and prints both columns: rule costs compared in the same minute (this
machine's speed drifts from hour to hour).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare_cold import checkout  # noqa: E402
from process_speed import synthetic  # noqa: E402


def rule_times(n: int, runs: int) -> dict[str, float]:
    """ms per article for each rule, and '(total)' for clean_article as a whole (least of ``runs``)."""
    from builder.clean import CleanContext, api, clean_article, collect_evidence, rules_text
    from builder.clean.doc import Doc

    raws = synthetic(n, None)
    evidence = collect_evidence(raws)
    contexts = [CleanContext(recurring_lines=evidence.for_article(r)) for r in raws]
    spent: dict[str, float] = defaultdict(float)

    def timed(name: str, fn: Callable[[Doc], None]) -> Callable[[Doc], None]:
        def run(doc: Doc) -> None:
            t = time.process_time()
            fn(doc)
            spent[name] += time.process_time() - t

        return run

    api.TEXT_RULES[:] = [dataclasses.replace(r, fn=timed(r.name, r.fn)) for r in api.TEXT_RULES]
    api.UNIT_RULES[:] = [dataclasses.replace(r, fn=timed(r.name, r.fn)) for r in api.UNIT_RULES]
    rules_text.build_units = timed("(split into units)", rules_text.build_units)  # type: ignore[assignment]
    best: dict[str, float] = {}
    for _ in range(runs):
        spent.clear()
        t0 = time.process_time()
        for raw, ctx in zip(raws, contexts, strict=True):
            clean_article(raw, ctx)
        spent["(total)"] = time.process_time() - t0
        for k, v in spent.items():
            best[k] = min(best.get(k, v), v)
    return {k: 1000 * v / len(raws) for k, v in best.items()}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--base", help="git revision to time in the same minute")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # the child's output
    args = ap.parse_args()
    now = rule_times(args.n, args.runs)
    if args.json:
        print(json.dumps(now))
        return 0
    base: dict[str, float] = {}
    if args.base:
        with tempfile.TemporaryDirectory() as tmp:
            code = checkout(args.base, Path(tmp) / "code")
            env = dict(os.environ, PYTHONPATH=str(code))
            cmd = [sys.executable, __file__, "--n", str(args.n), "--runs", str(args.runs), "--json"]
            base = json.loads(subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout)
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}; CPU ms per article, {args.n} articles, "
          f"least of {args.runs} passes")
    head = f"{'rule':28s} {'now':>7s}" + (f" {args.base[:10]:>10s}" if base else "")
    print(head)
    ranked = sorted(now, key=lambda k: (k != "(total)", -now[k]))
    for k in ranked[: args.top + 1]:
        print(f"{k:28s} {now[k]:7.3f}" + (f" {base.get(k, float('nan')):10.3f}" if base else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
