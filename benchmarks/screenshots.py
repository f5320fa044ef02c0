"""Screenshots of the reader's pages, for a human to look at.

    .venv/bin/python benchmarks/screenshots.py [--site DIR] [--out DIR] [--full]

Builds the seed archive into a temporary folder (unless --site names a built site), serves
it on 127.0.0.1, and saves home, month, archive, article, actor, outlet and search pages at 360 and
1280 px wide, in the light and the dark scheme, as PNGs in benchmarks/out/screenshots/
(``--full``: the whole page, not just the first screens). Headless Debian Chromium
(/usr/bin/chromium); nothing is downloaded.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
WIDTHS = (360, 1280)
SCHEMES = ("light", "dark")


def build_seeds(tmp: Path) -> Path:
    """The repo's seeds, content and theme built into tmp/proj/site."""
    from builder.config import load_config
    from builder.pipeline import BuildOptions, run_build

    proj = tmp / "proj"
    proj.mkdir()
    for name in ("seeds", "content", "themes"):
        shutil.copytree(REPO / name, proj / name)
    shutil.copy(REPO / "briefing.yml", proj / "briefing.yml")
    if (REPO / "node_modules").is_dir():
        (proj / "node_modules").symlink_to(REPO / "node_modules")
    result = run_build(load_config(None, root=proj), BuildOptions(workers=1))
    if not result.ok:
        raise SystemExit(result.summary())
    return proj / "site"


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def pick_pages(site: Path) -> dict[str, str]:
    """One page of each type: the article and actor with the most on them."""

    def biggest(pattern: str) -> str:
        files = sorted(site.glob(pattern), key=lambda p: (-p.stat().st_size, p.as_posix()))
        if not files:
            raise SystemExit(f"no page matches {pattern} in {site}")
        return files[0].relative_to(site).as_posix()

    months = sorted(p for p in site.glob("timeline/*/*/index.html"))
    pages = {
        "home": "index.html",
        "article": biggest("articles/*/index.html"),
        "actor": biggest("actors/*/index.html"),
        "outlet": biggest("sources/*/index.html"),
        "search": "search/index.html?q=putin",
        "archive": "timeline/index.html",
    }
    if months:
        pages["month"] = months[-1].relative_to(site).as_posix()
    return pages


def shoot(site: Path, out: Path, full: bool) -> list[Path]:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    made = []
    pages = pick_pages(site)
    with serve(site) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            for width in WIDTHS:
                for scheme in SCHEMES:
                    ctx = browser.new_context(
                        viewport={"width": width, "height": 900 if width > 400 else 780},
                        color_scheme=scheme,  # type: ignore[arg-type]
                        device_scale_factor=1,
                    )
                    page = ctx.new_page()
                    for name, path in pages.items():
                        page.goto(base + path, wait_until="networkidle")
                        if name == "search":
                            with contextlib.suppress(Exception):
                                page.wait_for_selector(".search-results li, .search-result", timeout=3000)
                        target = out / f"{name}-{width}-{scheme}.png"
                        page.screenshot(path=str(target), full_page=full)
                        made.append(target)
                    ctx.close()
        finally:
            browser.close()
    return made


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--site", type=Path, help="a built site (default: build the seeds)")
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / "out" / "screenshots")
    ap.add_argument("--full", action="store_true", help="whole pages, not the first screens")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site or build_seeds(Path(tmp))
        made = shoot(site, args.out, args.full)
    for p in made:
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main())
