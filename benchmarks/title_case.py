"""How many gold titles the cleaner gets right letter for letter, case included, over every gold set.

    PYTHONPATH=. .venv/bin/python benchmarks/title_case.py

The gold tests compare a title rebuilt from a URL slug ignoring case (the corpus README's rule); a
reader sees the case. Prints the count equal with case and ignoring case, then each title that is
right only ignoring case, beside its gold.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import clean_gold as CG  # noqa: E402

from builder.clean import clean_article  # noqa: E402


def main() -> int:
    ctx = CG.context()
    exact = folded = n = 0
    differ: list[str] = []
    for which in ["default", "probe", *CG.probe_sets()]:
        for raw, gold, _ in CG.gold_pairs(which):
            want = json.loads(gold.read_text(encoding="utf-8")).get("title")
            if not want:
                continue
            got = clean_article(CG.raw_of(raw), ctx).metadata.title or ""
            n += 1
            exact += got == want
            folded += got.lower() == want.lower()
            if got != want and got.lower() == want.lower():
                differ.append(f"  {raw.name}: {got!r}  (gold {want!r})")
    print(f"titles {n}: equal with case {exact}, ignoring case {folded}")
    print("\n".join(differ))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
