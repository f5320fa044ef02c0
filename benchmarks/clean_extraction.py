"""Extraction benchmark: the cleaner on ../shared/bench/extraction (142 real pages).

Run: .venv/bin/python benchmarks/clean_extraction.py [raw|html|both] [--worst N]
Cleans every raw text (raw/<id>.txt) and every saved page (html/<id>.html.gz) in-process, writes
the predictions to a temp directory and scores them with the benchmark's own score.py.
(The subprocess form, one `briefing clean` per file, scores the same:
 cd ../shared/bench/extraction && python score.py --truth truth.json --raw-dir raw \
   --cmd '/work/main/.venv/bin/briefing clean {}' --jobs 2)
"""

from __future__ import annotations

import gzip
import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

from builder.clean import CleanContext, clean_article
from builder.model import RawArticle

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench" / "extraction"


def predict(kind: str, out: Path) -> None:
    ctx = CleanContext()
    pattern = "*.txt" if kind == "raw" else "*.html.gz"
    files = sorted((BENCH / kind).glob(pattern))
    for f in files:
        data = gzip.decompress(f.read_bytes()) if kind == "html" else f.read_bytes()
        text = data.decode("utf-8", errors="replace")
        stem = f.name.split(".")[0]
        raw = RawArticle(
            path=f.name,
            stem=stem,
            kind="html" if kind == "html" else "txt",
            text=text,
            sha256=hashlib.sha256(data).hexdigest(),
        )
        clean = clean_article(raw, ctx)
        (out / f"{stem}.txt").write_text("\n\n".join(clean.paragraphs), encoding="utf-8")


def main() -> int:
    if not BENCH.is_dir():
        print("../shared/bench/extraction not present")
        return 2
    args = sys.argv[1:]
    which = args[0] if args and not args[0].startswith("-") else "both"
    extra = [a for a in args if a.startswith("-") or a.isdigit()]
    rc = 0
    for kind in ("raw", "html") if which == "both" else (which,):
        with tempfile.TemporaryDirectory() as tmp:
            predict(kind, Path(tmp))
            print(f"== {kind} input")
            sys.stdout.flush()
            rc |= subprocess.call(
                [sys.executable, str(BENCH / "score.py"), "--truth", str(BENCH / "truth.json"), tmp, *extra]
            )
    return rc


if __name__ == "__main__":
    sys.exit(main())
