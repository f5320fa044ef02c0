"""axe-core (from npm) on every page type, in headless Chromium, light and dark: no serious or
critical violations. Needs /usr/bin/chromium and node_modules/axe-core (`npm ci`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO

CHROMIUM = Path("/usr/bin/chromium")
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is not installed at /usr/bin/chromium"),
    pytest.mark.skipif(not AXE.is_file(), reason="axe-core is not installed: run `npm ci`"),
]


def page_types(site: Path) -> dict[str, str]:
    """One page of each type, by its path under the site root."""

    def first(pattern: str) -> str:
        found = sorted(p for p in site.glob(pattern) if p.parent.name not in ("by-name",))
        assert found, pattern
        return found[0].relative_to(site).as_posix()

    def biggest(pattern: str) -> str:
        found = sorted(site.glob(pattern), key=lambda p: (-p.stat().st_size, p.as_posix()))
        assert found, pattern
        return found[0].relative_to(site).as_posix()

    return {
        "home": "index.html",
        "month": first("timeline/[0-9]*/*/index.html"),
        "archive": "timeline/index.html",
        "year": first("timeline/[0-9]*/index.html"),
        "article": biggest("articles/*/index.html"),
        "actor": biggest("actors/*/index.html"),
        "actors": "actors/index.html",
        "actors-by-name": "actors/by-name/index.html",
        "outlet": biggest("sources/*/index.html"),
        "outlets": "sources/index.html",
        "search": "search/index.html?q=putin",
        "search-empty": "search/index.html",
        "404": "404.html",
        "report": "report/index.html",
    }


@pytest.fixture(scope="module")
def a11y_server(built_seeds: Path, serve_dir: Any) -> str:
    """The seed site on a real HTTP server (serve_dir comes from tests/browser/conftest.py)."""
    return str(serve_dir(built_seeds))


@pytest.fixture(scope="module")
def a11y_browser(browser: Any) -> Any:
    """The session's Chromium (tests/browser/conftest.py): one Playwright per pytest process."""
    return browser


def run_axe(page: Any) -> list[dict[str, Any]]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async () => { const r = await axe.run(document, {resultTypes: ['violations']});"
        " return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + (n.failureSummary || ''))})); }"
    )
    return list(result)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_or_critical_axe_violations(
    built_seeds: Path, a11y_server: str, a11y_browser: Any, scheme: str
) -> None:
    ctx = a11y_browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = ctx.new_page()
    report: dict[str, list[dict[str, Any]]] = {}
    try:
        for name, path in page_types(built_seeds).items():
            page.goto(a11y_server + path, wait_until="networkidle")
            if name == "search":
                page.wait_for_function("document.querySelectorAll('#search-results li').length > 0", timeout=10000)
            report[name] = run_axe(page)
        # Narrow screens lay pages out differently: check the phone width too.
        page.set_viewport_size({"width": 360, "height": 780})
        for name in ("home", "article", "actor"):
            page.goto(a11y_server + page_types(built_seeds)[name], wait_until="networkidle")
            report[name + "@360"] = run_axe(page)
    finally:
        ctx.close()
    bad = {
        name: [v for v in violations if v["impact"] in ("serious", "critical")] for name, violations in report.items()
    }
    bad = {k: v for k, v in bad.items() if v}
    assert not bad, json.dumps(bad, indent=1)
    # Lesser findings are reported, not failed on: print them for the log.
    minor = {k: [v["id"] for v in vs] for k, vs in report.items() if vs}
    print(f"axe ({scheme}): minor findings {minor or 'none'}")


@pytest.fixture(scope="module")
def parts_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds built with one article per page and two quotes per part: every paged list."""
    import builder.render
    from builder.config import load_config
    from builder.pipeline import BuildOptions, run_build
    from tests.conftest import make_project

    proj = make_project(tmp_path_factory.mktemp("partsite"))
    (proj / "briefing.yml").write_text((proj / "briefing.yml").read_text() + "\npage_size: 1\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(builder.render, "QUOTES_SHOWN", 2)
        mp.setattr(builder.render, "QUOTES_PAGE", 2)
        result = run_build(load_config(None, root=proj), BuildOptions(workers=1))
    assert result.ok, result.summary()
    return proj / "site"


def test_paged_lists_have_no_serious_axe_violations(parts_site: Path, serve_dir: Any, a11y_browser: Any) -> None:
    base = str(serve_dir(parts_site))
    paths = [
        sorted(parts_site.glob("actors/*/articles/1/index.html"))[0],
        sorted(parts_site.glob("actors/*/articles/index.html"))[0],
        sorted(parts_site.glob("actors/*/quotes/2/index.html"))[0],
        sorted(parts_site.glob("timeline/*/*/1/index.html"))[0],
    ]
    report = {}
    for scheme in ("light", "dark"):
        ctx = a11y_browser.new_context(viewport={"width": 360, "height": 780}, color_scheme=scheme)
        page = ctx.new_page()
        try:
            for p in paths:
                rel = p.relative_to(parts_site).as_posix()
                page.goto(base + rel, wait_until="networkidle")
                report[f"{rel} ({scheme})"] = [v for v in run_axe(page) if v["impact"] in ("serious", "critical")]
        finally:
            ctx.close()
    bad = {k: v for k, v in report.items() if v}
    assert not bad, json.dumps(bad, indent=1)
