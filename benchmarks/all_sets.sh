#!/bin/bash
# Every gold set in one table: clean_gold's failing count and actors_gold's OVERALL lines (people, then
# quotes; through the cleaner) for the seeds and corpus ("default"), the probe set and each probe round.
# Usage: benchmarks/all_sets.sh [REPO]   (REPO: a checkout or worktree, default: this one)
# Two runs' outputs are compared with diff: a change of cleaner or actor finder should change only the
# lines it means to.
R=$(cd "${1:-$(dirname "$0")/..}" && pwd)
PY=${PYTHON:-$(cd "$(dirname "$0")/.." && pwd)/.venv/bin/python}
cd "$R" || exit 1
export PYTHONPATH="$R"
sets="default probe $(ls -d tests/fixtures/probe[0-9]* | xargs -n1 basename | sort -V)"
for s in $sets; do
  c=$($PY benchmarks/clean_gold.py --set "$s" 2>&1 | tail -1)
  a=$($PY benchmarks/actors_gold.py --set "$s" --synthetic 0 --cleaner 2>&1 | grep -i overall | tr '\n' ' ')
  echo "$s | $c | $a"
done
