"""The reader's pages in headless Chromium: phone width without sideways scrolling, no layout
shift, visible keyboard focus, a real dark scheme, a print stylesheet, nothing loaded from
another host, and the site working when opened from disk (file://)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.browser.test_a11y import CHROMIUM, page_types

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is not installed at /usr/bin/chromium"),
]

CLS = """
window.__cls = 0;
new PerformanceObserver(list => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
}).observe({type: 'layout-shift', buffered: true});
"""


@pytest.fixture(scope="module")
def pages_server(built_seeds: Path, serve_dir: Any) -> str:
    """The seed site on a real HTTP server (serve_dir comes from tests/browser/conftest.py)."""
    return str(serve_dir(built_seeds))


@pytest.fixture(scope="module")
def pages_browser(browser: Any) -> Any:
    """The session's Chromium (tests/browser/conftest.py): one Playwright per pytest process."""
    return browser


def test_phone_width_no_sideways_scroll_no_layout_shift_no_other_hosts(
    built_seeds: Path, pages_server: str, pages_browser: Any
) -> None:
    ctx = pages_browser.new_context(viewport={"width": 360, "height": 740})
    ctx.add_init_script(CLS)
    page = ctx.new_page()
    hosts: set[str] = set()
    page.on("request", lambda r: hosts.add(urlsplit(r.url).netloc))
    problems = []
    try:
        for name, path in page_types(built_seeds).items():
            page.goto(pages_server + path, wait_until="networkidle")
            page.wait_for_timeout(150)
            width = page.evaluate("document.documentElement.scrollWidth")
            if width > 360:
                problems.append(f"{name}: {width}px wide at a 360px viewport")
            cls = page.evaluate("window.__cls")
            if cls >= 0.02:
                problems.append(f"{name}: cumulative layout shift {cls:.3f}")
            if page.locator("h1").count() != 1:
                problems.append(f"{name}: not exactly one h1")
    finally:
        ctx.close()
    assert not problems, problems
    assert hosts == {urlsplit(pages_server).netloc}, hosts


def test_headings_in_order_and_landmarks(built_seeds: Path, pages_server: str, pages_browser: Any) -> None:
    page = pages_browser.new_page()
    try:
        for name, path in page_types(built_seeds).items():
            page.goto(pages_server + path, wait_until="networkidle")
            levels = page.evaluate("[...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])")
            assert levels and levels[0] == 1, (name, levels)
            for a, b in zip(levels, levels[1:], strict=False):
                assert b <= a + 1, f"{name}: heading h{a} followed by h{b}"
            for sel in ("header.site-header", "nav[aria-label]", "main#main", "footer", "form[role=search]"):
                assert page.locator(sel).count() >= 1, (name, sel)
    finally:
        page.close()


def test_keyboard_focus_is_visible_and_skip_link_works(pages_server: str, pages_browser: Any) -> None:
    page = pages_browser.new_page()
    try:
        page.goto(pages_server + "index.html")
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "(() => { const e = document.activeElement, s = getComputedStyle(e), r = e.getBoundingClientRect();"
            " return {cls: e.className, outline: s.outlineStyle, width: parseFloat(s.outlineWidth), top: r.top}; })()"
        )
        assert focused["cls"] == "skip-link"
        assert focused["outline"] != "none" and focused["width"] >= 2 and focused["top"] >= 0, focused
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "main"
        page.keyboard.press("Tab")
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline != "none"
    finally:
        page.close()


def test_dark_scheme_and_print_stylesheet(built_seeds: Path, pages_server: str, pages_browser: Any) -> None:
    page = pages_browser.new_page()
    article = page_types(built_seeds)["article"]
    try:
        page.emulate_media(color_scheme="light")
        page.goto(pages_server + article)
        light = page.evaluate("getComputedStyle(document.body).backgroundColor")
        page.emulate_media(color_scheme="dark")
        dark = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert light != dark
        lum = page.evaluate(
            "(() => { const m = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number);"
            " return (m[0] + m[1] + m[2]) / 3; })()"
        )
        assert lum < 60, dark
        page.emulate_media(media="print", color_scheme="dark")
        assert page.evaluate("getComputedStyle(document.querySelector('.site-header')).display") == "none"
        assert page.evaluate("getComputedStyle(document.querySelector('.site-search')).display") == "none"
        assert page.evaluate("getComputedStyle(document.body).backgroundColor") in ("rgb(255, 255, 255)",)
        assert page.locator(".story-body").is_visible()
    finally:
        page.close()


def test_site_works_from_disk(built_seeds: Path, pages_browser: Any) -> None:
    page = pages_browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    failed: list[str] = []
    page.on("requestfailed", lambda r: failed.append(r.url))
    try:
        page.goto((built_seeds / "index.html").as_uri())
        page.locator(".entry-title a").first.click()
        page.wait_for_load_state()
        assert page.url.endswith("/index.html") and "/articles/" in page.url
        page.locator(".people a").first.click()
        page.wait_for_load_state()
        assert "/actors/" in page.url
        page.locator("a.site-title").click()
        page.wait_for_load_state()
        assert page.url == (built_seeds / "index.html").as_uri()
        css = page.evaluate("getComputedStyle(document.body).fontFamily")
        assert "serif" in css  # the stylesheet loaded from disk
    finally:
        page.close()
    assert not errors, errors
    assert not failed, failed
