"""Atom feeds, checked with a real feed parser (feedparser): site, per-person and per-outlet."""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest

from builder.config import load_config
from builder.pipeline import BuildOptions, run_build
from tests.conftest import make_project


def all_feeds(site: Path) -> list[Path]:
    return sorted(site.rglob("feed.xml"))


def check_feed(path: Path, site: Path) -> feedparser.FeedParserDict:
    d = feedparser.parse(path.read_bytes())
    assert not d.bozo, (path, d.get("bozo_exception"))
    assert d.version == "atom10", path
    assert d.feed.get("title") and d.feed.get("id") and d.feed.get("updated"), path
    assert any(link.rel == "self" for link in d.feed.links), path
    for e in d.entries:
        assert e.get("title"), path
        assert e.get("id"), path
        assert e.get("published_parsed") and e.get("updated_parsed"), (path, e.title)
        assert e.get("summary"), (path, e.title)
        alt = [link.href for link in e.links if link.rel == "alternate"]
        assert len(alt) == 1, (path, e.title)
    return d


def test_site_actor_and_outlet_feeds_are_valid_atom(built_seeds: Path) -> None:
    site = built_seeds
    feeds = all_feeds(site)
    rel = {p.relative_to(site).as_posix() for p in feeds}
    assert "feed.xml" in rel
    assert any(r.startswith("actors/") for r in rel), rel
    assert any(r.startswith("sources/") for r in rel), rel
    for path in feeds:
        check_feed(path, site)


def test_site_feed_lists_dated_articles_newest_first_with_resolvable_links(built_seeds: Path) -> None:
    site = built_seeds
    d = check_feed(site / "feed.xml", site)
    assert len(d.entries) >= 4  # every seed has a date (from its text or an override)
    dates = [e.published_parsed for e in d.entries]
    assert dates == sorted(dates, reverse=True)
    for e in d.entries:
        href = next(link.href for link in e.links if link.rel == "alternate")
        # Without base_url the link is relative to the feed: it must point at a real page.
        assert not href.startswith(("http:", "https:", "/")), href
        assert (site / href).is_file(), href
        people = [t.term for t in e.get("tags", []) if t.get("label") == "person"]
        assert people, e.title
    kremlin = [e for e in d.entries if "Kremlin summit" in e.title]
    assert kremlin and kremlin[0].published.startswith("2025-12-03")


def test_actor_feed_holds_only_that_persons_articles(built_seeds: Path) -> None:
    site = built_seeds
    for feed in sorted((site / "actors").glob("*/feed.xml")):
        d = check_feed(feed, site)
        page = (feed.parent / "index.html").read_text(encoding="utf-8")
        for e in d.entries:
            href = next(link.href for link in e.links if link.rel == "alternate")
            slug = href.split("articles/")[1].split("/")[0]
            assert f"articles/{slug}/index.html" in page, (feed, slug)


def test_feeds_use_absolute_links_with_base_url(tmp_path: Path) -> None:
    proj = make_project(tmp_path)
    yml = proj / "briefing.yml"
    yml.write_text(yml.read_text(encoding="utf-8") + "\nbase_url: https://example.org/briefing/\n", encoding="utf-8")
    assert run_build(load_config(None, root=proj), BuildOptions(workers=1)).ok
    site = proj / "site"
    for path in all_feeds(site):
        d = check_feed(path, site)
        assert d.feed.id.startswith("https://example.org/briefing/"), path
        for e in d.entries:
            assert e.id.startswith("https://example.org/briefing/articles/"), e.id
            assert e.link.startswith("https://example.org/briefing/articles/"), e.link
    sitemap = (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://example.org/briefing/articles/" in sitemap
    assert "report/" not in sitemap and "404" not in sitemap
    assert "Sitemap: https://example.org/briefing/sitemap.xml" in (site / "robots.txt").read_text(encoding="utf-8")
    home = (site / "index.html").read_text(encoding="utf-8")
    assert '<meta property="og:url" content="https://example.org/briefing/">' in home
    notfound = (site / "404.html").read_text(encoding="utf-8")
    assert 'href="https://example.org/briefing/index.html"' in notfound  # served at any depth


@pytest.mark.parametrize("title", ["Ampersand & <angle> \"quotes\"", "Ünïcödé — dash"])
def test_feed_escapes_titles(tmp_path: Path, title: str) -> None:
    proj = make_project(tmp_path, seeds=False)
    (proj / "content" / "articles" / "hand.md").write_text(
        f"---\ntitle: {title!r}\ndate: 2025-01-02\nsource: Example\n---\nBody text. Second sentence.\n",
        encoding="utf-8",
    )
    assert run_build(load_config(None, root=proj), BuildOptions(workers=1)).ok
    d = check_feed(proj / "site" / "feed.xml", proj / "site")
    assert [e.title for e in d.entries] == [title]


def test_no_sitemap_without_base_url_and_the_summary_says_why(tmp_path: Path) -> None:
    # the sitemap protocol takes absolute addresses only; a sitemap of relative ones is invalid
    proj = make_project(tmp_path)
    result = run_build(load_config(None, root=proj), BuildOptions(workers=1))
    assert result.ok
    site = proj / "site"
    assert not (site / "sitemap.xml").exists()
    assert "Sitemap:" not in (site / "robots.txt").read_text(encoding="utf-8")
    assert "No sitemap.xml" in result.summary() and "base_url" in result.summary()
    # setting base_url later writes it
    yml = proj / "briefing.yml"
    yml.write_text(yml.read_text(encoding="utf-8") + "\nbase_url: https://example.org/briefing/\n", encoding="utf-8")
    again = run_build(load_config(None, root=proj), BuildOptions(workers=1))
    assert again.ok and (site / "sitemap.xml").is_file() and "No sitemap.xml" not in again.summary()
