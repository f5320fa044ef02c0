"""Page weight per page type: the HTML plus every stylesheet and script it loads, raw and gzipped.

    .venv/bin/python benchmarks/page_weight.py [--site DIR] [--json FILE]

Builds the seed archive into a temporary folder unless --site names a built site. For each
page type (the largest page of the type), counts the HTML and the local CSS/JS it links
(``<link rel=stylesheet>``, ``<script src>``, also ``media=print``); the search page also
counts what a first query loads (lunr.js and the index pieces listed by search/meta.js are
loaded on demand and reported separately). Nothing is loaded from another host, so this is
the whole page. Gzip level 9, as static hosts serve it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tempfile
from pathlib import Path
from urllib.parse import urljoin, urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

_REF = re.compile(r'<(?:link[^>]*rel="(?:stylesheet|icon)"[^>]*href|script[^>]*src)="([^"]+)"')


def page_types(site: Path) -> dict[str, Path]:
    def biggest(pattern: str) -> Path | None:
        found = sorted(site.glob(pattern), key=lambda p: (-p.stat().st_size, p.as_posix()))
        return found[0] if found else None

    candidates = {
        "home": site / "index.html",
        "month": biggest("timeline/[0-9]*/*/index.html"),
        "article": biggest("articles/*/index.html"),
        "actor": biggest("actors/*/index.html"),
        "people index": site / "actors" / "index.html",
        "outlet": biggest("sources/*/index.html"),
        "outlets index": site / "sources" / "index.html",
        "search": site / "search" / "index.html",
        "404": site / "404.html",
        "report": site / "report" / "index.html",
    }
    return {k: v for k, v in candidates.items() if v is not None and v.is_file()}


def gz(data: bytes) -> int:
    return len(gzip.compress(data, 9, mtime=0))


def weigh(site: Path, page: Path) -> dict[str, object]:
    html = page.read_bytes()
    rel = page.relative_to(site).as_posix()
    assets: dict[str, bytes] = {}
    for ref in _REF.findall(html.decode("utf-8")):
        if urlsplit(ref).scheme:
            raise SystemExit(f"{rel} loads {ref} from another host")
        target = urlsplit(urljoin(rel, ref)).path
        assets[target] = (site / target).read_bytes()
    total = html + b"".join(assets.values())
    return {
        "page": rel,
        "html": len(html),
        "html_gzip": gz(html),
        "assets": {k: len(v) for k, v in sorted(assets.items())},
        "total": len(total),
        "total_gzip": gz(html) + sum(gz(v) for v in assets.values()),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--site", type=Path, help="a built site (default: build the seeds)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        if args.site:
            site = args.site
        else:
            from screenshots import build_seeds

            site = build_seeds(Path(tmp))
        rows = {name: weigh(site, p) for name, p in page_types(site).items()}
        lunr = sorted(site.glob("static/vendor/lunr*.js"))
        on_demand = {p.relative_to(site).as_posix(): (p.stat().st_size, gz(p.read_bytes())) for p in lunr}
    print(f"{'page type':<15} {'HTML':>8} {'gzip':>7} {'+CSS/JS':>9} {'total':>8} {'gzip':>7}  page")
    for name, r in rows.items():
        html, total = int(str(r["html"])), int(str(r["total"]))
        print(
            f"{name:<15} {html:>8,} {r['html_gzip']:>7,} {total - html:>9,} {total:>8,} {r['total_gzip']:>7,}"
            f"  {r['page']}"
        )
    for path, (raw, z) in on_demand.items():
        print(f"search loads on demand: {path} {raw:,} bytes ({z:,} gzip), plus the index pieces a query needs")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"pages": rows, "on_demand": on_demand}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
