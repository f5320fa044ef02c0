"""Metadata accuracy (title, date, source, authors) on REAL news pages (hand-written gold).

    .venv/bin/python benchmarks/real_meta.py                # per-field accuracy of the pasted-text path
    .venv/bin/python benchmarks/real_meta.py -v             # also list the misses (gold vs found)
    .venv/bin/python benchmarks/real_meta.py --kind html    # the same pages as saved web pages (+ url)
    .venv/bin/python benchmarks/real_meta.py --kind both    # both paths, one after the other

Pages: ../shared/bench/extraction/raw/<key>.txt (the full visible text of a real page, one block
per line), cleaned as a pasted .txt with an empty CleanContext. Gold:
benchmarks/real_meta/gold/<id>.json, <id> the first 16 hex digits of the page's key in
../shared/bench/extraction/truth.json: {"url", "title", "date", "source", "authors", "notes",
"also"?}. Judged only from the page text (the corpus README's rules: headline without labels,
original publication date — an 'Updated' date when it is the only one shown — the masthead as a
reader knows it, byline names only). "also" lists further accepted answers for a judgement call
({"source": [...], "authors": [[...]]}).

HTML path (--kind html): the saved page ../shared/bench/extraction/html/<key>.html.gz (gzip, utf-8 with
errors="replace", as benchmarks/clean_extraction.py reads it) cleaned as a RawArticle of kind "html"; the same
fields against the same gold, plus "url" against truth.json's URL (both normalised: no fragment, no tracking
query parameters, no trailing slash). A gold file may carry an "html" object overriding fields for this path only
where the saved page shows what the pasted text lacked (a date in its JSON-LD when the text showed none), with a
"note" saying where; it may hold its own "also".

Comparison: exact; title and source case-insensitively, ignoring a leading 'The' and runs of
spaces; authors as an ordered list, case-insensitively.
"""

from __future__ import annotations

import argparse
import gzip
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
HTML_FIELDS = (*FIELDS, "url")
KINDS = ("text", "html")
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|cmpid|cid|ref|src|smid|ito|CMP|ncid|mod|rss)$", re.I)
_WS = re.compile(r"\s+")
_THE = re.compile(r"^the\s+", re.IGNORECASE)


def _text(s: str | None) -> str | None:
    if s is None:
        return None
    return _THE.sub("", _WS.sub(" ", s).strip()).casefold()


def _authors(names: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_WS.sub(" ", n).strip().casefold() for n in names)


def norm_url(url: str | None) -> str | None:
    """An address without its fragment, tracking query parameters ('?utm_source=…') and trailing slash."""
    if not url:
        return None
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    parts = urlsplit(url.strip())
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/"), query, ""))


def same(fld: str, gold: object, found: object) -> bool:
    if fld == "url":
        return norm_url(gold) == norm_url(found)  # type: ignore[arg-type]
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


def _raw(key: str, kind: str) -> RawArticle:
    if kind == "html":
        path = BENCH / "html" / f"{key}.html.gz"
        data = gzip.decompress(path.read_bytes())
    else:
        path = BENCH / "raw" / f"{key}.txt"
        data = path.read_bytes()
    return RawArticle(
        path=path.name,
        stem=key,
        kind="html" if kind == "html" else "txt",
        text=data.decode("utf-8", "replace"),
        sha256=hashlib.sha256(data).hexdigest(),
    )


def score(kind: str = "text") -> list[PageScore] | None:
    """Per gold page, the cleaner's metadata against the gold; None when ../shared is absent. kind: "text" (the
    pasted visible text) or "html" (the saved page; also scores the url; the gold's "html" overrides apply)."""
    if not TRUTH.is_file():
        return None
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    out = []
    for p in sorted(GOLD.glob("*.json")):
        g = json.loads(p.read_text(encoding="utf-8"))
        keys = [k for k in truth if k.startswith(p.stem)]
        if len(keys) != 1 or truth[keys[0]]["url"] != g["url"]:
            raise SystemExit(f"{p.stem}: no single page in truth.json with url {g['url']}")
        m = clean_article(_raw(keys[0], kind), CleanContext()).metadata
        found: dict[str, object] = {"title": m.title, "date": m.date, "source": m.source, "authors": list(m.authors)}
        fields = HTML_FIELDS if kind == "html" else FIELDS
        gold = {f: g[f] for f in fields}
        also = dict(g.get("also", {}))
        if kind == "html":
            found["url"] = m.url
            over = g.get("html", {})
            for f in fields:
                if f in over:
                    gold[f] = over[f]
                    also.pop(f, None)
            also.update(over.get("also", {}))
        ps = PageScore(p.stem, g["url"], found, gold)
        for f in fields:
            accepted = [gold[f], *also.get(f, [])]
            ps.ok[f] = any(same(f, a, found[f]) for a in accepted)
        out.append(ps)
    return out


def accuracy(scores: list[PageScore]) -> dict[str, float]:
    return {f: sum(s.ok[f] for s in scores) / len(scores) for f in scores[0].ok}


def report(kind: str, verbose: bool) -> bool:
    scores = score(kind)
    if scores is None:
        print(f"skipped: {TRUTH} not present (needs ../shared)")
        return False
    fields = list(scores[0].ok)
    if verbose:
        for s in scores:
            misses = [f for f in fields if not s.ok[f]]
            if misses:
                print(f"{s.id}  {s.url[:90]}")
                for f in misses:
                    print(f"    {f:8} gold {s.gold[f]!r}\n    {'':8} got  {s.found[f]!r}")
    acc = accuracy(scores)
    n = len(scores)
    print(f"[{kind}]")
    for f in fields:
        print(f"{f:8} {acc[f]:.3f}  ({round(acc[f] * n)}/{n})")
    print(f"OVERALL  {sum(acc.values()) / len(fields):.3f}  ({n} pages)")
    return True


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    ap.add_argument("--kind", choices=(*KINDS, "both"), default="text", help="pasted text (default), saved html, both")
    args = ap.parse_args()
    for kind in KINDS if args.kind == "both" else (args.kind,):
        if not report(kind, args.verbose):
            break
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
