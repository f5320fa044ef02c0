"""A seeds folder full of hostile text, built and opened page by page in headless Chromium
served over real HTTP with a strict Content-Security-Policy: no dialog opens, no script
from the text runs, no element from the text exists, and the policy is never violated."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from builder.config import load_config
from builder.pipeline import BuildOptions, run_build
from tests.hostile import hostile_project

CHROMIUM = Path("/usr/bin/chromium")
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is not installed at /usr/bin/chromium"),
]


class CSPHandler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", CSP)
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    proj = hostile_project(tmp_path_factory.mktemp("hostile-browser"))
    result = run_build(load_config(None, root=proj), BuildOptions())
    assert result.ok, result.summary()
    site = proj / "site"
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(CSPHandler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site, f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


@pytest.fixture(scope="module")
def page(browser: Any) -> Iterator[Any]:
    """One page for the module, from the session's Chromium (tests/browser/conftest.py)."""
    ctx = browser.new_context()
    yield ctx.new_page()
    ctx.close()


INJECTED = "img[onerror], [onmouseover], [onclick], iframe, a[href^='javascript:'], body style, main script"


def test_no_hostile_text_runs_on_any_page(hostile_site: tuple[Path, str], page: Any) -> None:
    site, base = hostile_site
    dialogs: list[str] = []
    problems: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: problems.append(m.text) if "Content Security Policy" in m.text else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    assert len(pages) > 20
    for rel in pages:
        page.goto(base + rel, wait_until="load")
        assert page.evaluate("typeof window.__pwned") == "undefined", rel
        assert page.locator(INJECTED).count() == 0, rel
    assert dialogs == []
    assert problems == []


def test_hostile_article_shows_the_markup_as_text(hostile_site: tuple[Path, str], page: Any) -> None:
    from builder.clean import CleanContext, clean_article
    from builder.ingest import read_raw

    site, base = hostile_site
    clean = clean_article(read_raw(site.parent / "seeds" / "hostile.txt"), CleanContext())
    shown = [p for p in clean.paragraphs if "<" in p or "{%" in p]
    assert len(shown) >= 2, "the hostile paragraphs should survive cleaning as text"
    article = next(p for p in (site / "articles").iterdir() if "hostile-headline" in p.name)
    page.goto(base + f"articles/{article.name}/index.html")
    body = page.locator(".story-body").inner_text()
    for paragraph in clean.paragraphs:
        assert paragraph in body
    assert page.title().startswith("<script>alert('title')</script>")


def test_search_results_show_hostile_text_as_text(hostile_site: tuple[Path, str], page: Any) -> None:
    _, base = hostile_site
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(base + "search/index.html?q=hostile")
    page.wait_for_function("document.querySelectorAll('main a[href*=\"articles/\"]').length > 0", timeout=10_000)
    assert "Hostile headline" in page.locator("main").inner_text()
    assert page.locator(INJECTED).count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert dialogs == []
