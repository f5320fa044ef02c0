"""Metadata accuracy (title, date, source, authors) on REAL news pages (hand-written gold).

    .venv/bin/python benchmarks/real_meta.py        # per-field accuracy
    .venv/bin/python benchmarks/real_meta.py -v     # also list the misses (gold vs found)

Pages: ../shared/bench/extraction/raw/<key>.txt (the full visible text of a real page, one block
per line), cleaned as a pasted .txt with an empty CleanContext. Gold:
benchmarks/real_meta/gold/<id>.json, <id> the first 16 hex digits of the page's key in
../shared/bench/extraction/truth.json: {"url", "title", "date", "source", "authors", "notes",
"also"?}. Judged only from the page text (the corpus README's rules: headline without labels,
original publication date — an 'Updated' date when it is the only one shown — the masthead as a
reader knows it, byline names only). "also" lists further accepted answers for a judgement call
({"source": [...], "authors": [[...]]}).

Comparison: exact; title and source case-insensitively, ignoring a leading 'The' and runs of
spaces; authors as an ordered list, case-insensitively.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from builder.clean import CleanContext, clean_article  # noqa: E402
from builder.model import RawArticle  # noqa: E402

BENCH = REPO.parent / "shared" / "bench" / "extraction"
TRUTH = BENCH / "truth.json"
GOLD = REPO / "benchmarks" / "real_meta" / "gold"
FIELDS = ("title", "date", "source", "authors")
_WS = re.compile(r"\s+")
_THE = re.compile(r"^the\s+", re.IGNORECASE)


def _text(s: str | None) -> str | None:
    if s is None:
        return None
    return _THE.sub("", _WS.sub(" ", s).strip()).casefold()


def _authors(names: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_WS.sub(" ", n).strip().casefold() for n in names)


def same(fld: str, gold: object, found: object) -> bool:
    if fld in ("title", "source"):
        return _text(gold) == _text(found)  # type: ignore[arg-type]
    if fld == "authors":
        return _authors(gold) == _authors(found)  # type: ignore[arg-type]
    return gold == found


@dataclass
class PageScore:
    id: str
    url: str
    found: dict[str, object] = field(default_factory=dict)
    gold: dict[str, object] = field(default_factory=dict)
    ok: dict[str, bool] = field(default_factory=dict)


def score() -> list[PageScore] | None:
    """Per gold page, the cleaner's metadata against the gold; None when ../shared is absent."""
    if not TRUTH.is_file():
        return None
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    out = []
    for p in sorted(GOLD.glob("*.json")):
        g = json.loads(p.read_text(encoding="utf-8"))
        keys = [k for k in truth if k.startswith(p.stem)]
        if len(keys) != 1 or truth[keys[0]]["url"] != g["url"]:
            raise SystemExit(f"{p.stem}: no single page in truth.json with url {g['url']}")
        raw_path = BENCH / "raw" / f"{keys[0]}.txt"
        data = raw_path.read_bytes()
        raw = RawArticle(
            path=raw_path.name,
            stem=keys[0],
            kind="txt",
            text=data.decode("utf-8", "replace"),
            sha256=hashlib.sha256(data).hexdigest(),
        )
        m = clean_article(raw, CleanContext()).metadata
        found: dict[str, object] = {"title": m.title, "date": m.date, "source": m.source, "authors": list(m.authors)}
        ps = PageScore(p.stem, g["url"], found, {f: g[f] for f in FIELDS})
        also = g.get("also", {})
        for f in FIELDS:
            accepted = [g[f], *also.get(f, [])]
            ps.ok[f] = any(same(f, a, found[f]) for a in accepted)
        out.append(ps)
    return out


def accuracy(scores: list[PageScore]) -> dict[str, float]:
    return {f: sum(s.ok[f] for s in scores) / len(scores) for f in FIELDS}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    args = ap.parse_args()
    scores = score()
    if scores is None:
        print(f"skipped: {TRUTH} not present (needs ../shared)")
        return 0
    if args.verbose:
        for s in scores:
            misses = [f for f in FIELDS if not s.ok[f]]
            if misses:
                print(f"{s.id}  {s.url[:90]}")
                for f in misses:
                    print(f"    {f:8} gold {s.gold[f]!r}\n    {'':8} got  {s.found[f]!r}")
    acc = accuracy(scores)
    n = len(scores)
    for f in FIELDS:
        print(f"{f:8} {acc[f]:.3f}  ({round(acc[f] * n)}/{n})")
    print(f"OVERALL  {sum(acc.values()) / len(FIELDS):.3f}  ({n} pages)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
