"""The rendered pages: metadata (OpenGraph, Twitter, JSON-LD, canonical), timeline paging,
undated articles, safe links, no inline script or style, and the Page.inputs contract."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.config import load_config
from builder.pipeline import BuildOptions, run_build
from builder.render import first_sentence, human_date, month_label
from tests.conftest import make_project


def pages(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8") for p in sorted(site.rglob("*.html"))}


def json_lds(html: str) -> list[dict[str, object]]:
    return [json.loads(m) for m in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("U.S. President Donald Trump said it. More.", "U.S. President Donald Trump said it."),
        ("Former U.S. envoys met on Jan. 31 in Riyadh. Then.", "Former U.S. envoys met on Jan. 31 in Riyadh."),
        ("Mr. Smith went to Washington. Then he left.", "Mr. Smith went to Washington."),
        ("He said: “We will win.” Then he left.", "He said: “We will win.”"),
        ("No full stop at all", "No full stop at all"),
    ],
)
def test_first_sentence_does_not_stop_at_abbreviations(text: str, want: str) -> None:
    assert first_sentence(text) == want


def test_first_sentence_is_shortened_at_a_word() -> None:
    s = first_sentence("word " * 100, 50)
    assert s.endswith("…") and len(s) <= 51 and "  " not in s


def test_dates_and_months_read_naturally() -> None:
    assert human_date("2025-12-03") == "3 December 2025"
    assert human_date(None) == "Undated"
    assert month_label("2025-02") == "February 2025" and month_label("undated") == "Undated"


def test_every_page_has_social_metadata_and_one_h1(built_seeds: Path) -> None:
    for path, html in pages(built_seeds).items():
        for prop in ("og:title", "og:type", "og:description", "og:site_name"):
            assert f'property="{prop}"' in html, (path, prop)
        assert 'name="twitter:card" content="summary"' in html, path
        assert len(re.findall(r"<h1[\s>]", html)) == 1, path
        assert '<a class="skip-link" href="#main">' in html and '<main id="main"' in html, path


def test_no_inline_script_or_style_and_no_other_hosts(built_seeds: Path) -> None:
    for path, html in pages(built_seeds).items():
        for m in re.finditer(r"<script\b([^>]*)>(.*?)</script>", html, re.S):
            attrs, body = m.groups()
            assert 'type="application/ld+json"' in attrs or (body.strip() == "" and "src=" in attrs), path
        assert not re.search(r"<style\b|\sstyle=", html), path
        for ref in re.findall(r'<(?:link|script|img)[^>]*(?:href|src)="([^"]+)"', html):
            if "rel=\"canonical\"" in html and ref.startswith("http"):
                continue
            assert not re.match(r"(https?:)?//", ref), (path, ref)


def test_article_pages_link_the_original_safely_and_describe_themselves(built_seeds: Path) -> None:
    seen_ld = 0
    for path, html in pages(built_seeds).items():
        if not path.startswith("articles/"):
            continue
        for tag in re.findall(r'<a [^>]*href="https?://[^"]*"[^>]*>', html):
            assert 'rel="noopener noreferrer external"' in tag, (path, tag)
        assert not re.search(r'href="\s*(javascript|data|vbscript):', html, re.I), path
        lds = [d for d in json_lds(html) if d.get("@type") == "NewsArticle"]
        assert len(lds) == 1, path
        ld = lds[0]
        assert ld["@context"] == "https://schema.org" and ld["headline"], path
        original = re.search(r'<p class="original"><a href="([^"]+)"', html)
        if original:
            assert f'<link rel="canonical" href="{original.group(1)}">' in html, path
            assert ld["url"] == original.group(1)
        if "<time datetime=" in html.split("</header>")[1]:
            assert "datePublished" in ld, path
        assert 'property="og:type" content="article"' in html
        seen_ld += 1
    assert seen_ld == 5


def test_actor_pages_have_person_json_ld_feed_and_facts(built_seeds: Path) -> None:
    actor_pages = {p: h for p, h in pages(built_seeds).items() if re.fullmatch(r"actors/[^/]+/index\.html", p)}
    actor_pages.pop("actors/by-name/index.html", None)
    assert actor_pages
    for path, html in actor_pages.items():
        (ld,) = [d for d in json_lds(html) if d.get("@type") == "Person"]
        name = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
        assert name and ld["name"] == name.group(1).strip().replace("&#39;", "'")
        assert 'href="feed.xml"' in html and (built_seeds / path).with_name("feed.xml").is_file()
        for label in ("Articles", "First seen", "Last seen", "Quotes"):
            assert f"<dt>{label}</dt>" in html, (path, label)


def test_people_index_sorts_by_count_and_by_surname(built_seeds: Path) -> None:
    by_count = (built_seeds / "actors" / "index.html").read_text(encoding="utf-8")
    counts = [int(n) for n in re.findall(r'<td class="num">(\d+)</td>', by_count)]
    assert counts == sorted(counts, reverse=True) and counts
    by_name = (built_seeds / "actors" / "by-name" / "index.html").read_text(encoding="utf-8")
    names = re.findall(r'<th scope="row"><a [^>]*>([^<]+)</a>', by_name)
    surnames = [n.split()[-1].lower() for n in names]
    assert surnames == sorted(surnames), names  # "De Wever" and "von der Leyen" sort by their surname


def test_outlet_pages_and_feeds(built_seeds: Path) -> None:
    outlets = sorted((built_seeds / "sources").glob("*/index.html"))
    assert len(outlets) >= 3
    for page in outlets:
        html = page.read_text(encoding="utf-8")
        assert (page.parent / "feed.xml").is_file()
        assert 'class="related-list"' in html and 'href="../../articles/' in html


def build(tmp: Path, extra_yml: str = "", drop_override: str | None = None) -> Path:
    proj = make_project(tmp)
    if extra_yml:
        yml = proj / "briefing.yml"
        yml.write_text(yml.read_text(encoding="utf-8") + "\n" + extra_yml + "\n", encoding="utf-8")
    if drop_override:
        (proj / "content" / "articles" / f"{drop_override}.yml").unlink()
    result = run_build(load_config(None, root=proj), BuildOptions(workers=1))
    assert result.ok, result.summary()
    return proj / "site"


def test_undated_articles_are_shown_in_their_own_group(tmp_path: Path) -> None:
    site = build(tmp_path, drop_override="001_1d22eb8a19b90839")  # 001 has no date in its text
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'id="m-undated"' in home and "Putin maintains hard line" in home.split('id="m-undated"')[1]
    undated = (site / "timeline" / "undated" / "index.html").read_text(encoding="utf-8")
    assert "Putin maintains hard line" in undated and "<h1" in undated


def test_footer_does_not_promise_an_original_link_the_page_lacks(tmp_path: Path) -> None:
    # Pasted text rarely holds its address: most articles of a real archive have no original link
    # (docs/dogfood.md), so the footer of every page may not claim that each page links to one.
    proj = make_project(tmp_path)
    (proj / "seeds" / "pasted.txt").write_text(
        "Harbour board approves new ferry timetable\n\nMonday, 18 November 2019\n\n"
        "The harbour board approved a new ferry timetable on Monday after a month of talks.\n",
        encoding="utf-8",
    )
    result = run_build(load_config(None, root=proj), BuildOptions(workers=1))
    assert result.ok, result.summary()
    site = proj / "site"
    page = (site / "articles" / "harbour-board-approves-new-ferry-timetable" / "index.html").read_text(encoding="utf-8")
    assert 'class="original"' not in page
    for path, html in pages(site).items():
        colophon = re.search(r'<p class="colophon">(.*?)</p>', html, re.S)
        assert colophon, path
        assert "each page links to the original" not in colophon.group(1), path
        assert "original" in colophon.group(1), path


def test_undated_warning_names_the_article_as_well_as_its_file(tmp_path: Path) -> None:
    # Saved pages and pastes often have names like <64 hex digits>.txt: the warning gives the
    # title too, so the maintainer knows which article wants a date without opening the file.
    proj = make_project(tmp_path)
    (proj / "content" / "articles" / "001_1d22eb8a19b90839.yml").unlink()  # 001 has no date in its text
    result = run_build(load_config(None, root=proj), BuildOptions(workers=1))
    assert result.ok, result.summary()
    line = next(x for x in result.summary().splitlines() if "no date found" in x)
    assert "001_1d22eb8a19b90839.txt" in line and "“Putin maintains hard line" in line
    assert "content/articles/001_1d22eb8a19b90839.yml" in line
    # and so does the cleaning report's list of files that need a look, linking the article
    site = proj / "site"
    report = (site / "report" / "index.html").read_text(encoding="utf-8")
    item = next(li for li in report.split("<li>") if "001_1d22eb8a19b90839.txt" in li)
    slug = next(p.parent.name for p in (site / "articles").glob("putin-maintains-hard-line*/index.html"))
    assert f'href="../articles/{slug}/index.html">Putin maintains hard line' in item and "no date found" in item
    part = (site / "report" / "1" / "index.html").read_text(encoding="utf-8")
    section = part.split(f'id="{slug}"')[1].split("</section>")[0]
    assert "No date found: set one in <code>content/articles/001_1d22eb8a19b90839.yml</code>" in section



def test_an_undated_handwritten_article_is_told_to_set_its_front_matter(tmp_path: Path) -> None:
    proj = make_project(tmp_path, seeds=False)
    (proj / "content" / "articles" / "note.md").write_text(
        "---\ntitle: Editor's note on the ferry timetable\n---\nThe timetable starts in January.\n", encoding="utf-8"
    )
    result = run_build(load_config(None, root=proj), BuildOptions(workers=1))
    assert result.ok, result.summary()
    line = next(x for x in result.summary().splitlines() if "no date found" in x)
    assert "set one in its front matter" in line and "note.yml" not in line
    part = (proj / "site" / "report" / "1" / "index.html").read_text(encoding="utf-8")
    assert "No date found: set one in its front matter" in part and "note.yml" not in part


def test_timeline_pages_have_a_fixed_size_home_and_stable_month_pages(tmp_path: Path) -> None:
    site = build(tmp_path, "page_size: 2")
    home = (site / "index.html").read_text(encoding="utf-8")
    assert home.count('class="entry"') == 2
    assert "the latest 2 below, the rest by month" in home
    months = sorted(site.glob("timeline/*/*/index.html"))
    assert [p.relative_to(site).as_posix() for p in months] == [
        "timeline/2025/02/index.html",
        "timeline/2025/11/index.html",
        "timeline/2025/12/index.html",
    ]
    listed = set()
    for page in site.glob("timeline/**/index.html"):
        html = page.read_text(encoding="utf-8")
        listed |= set(re.findall(r'class="entry-title"><a href="(?:\.\./)+articles/([^/]+)/index.html"', html))
    assert len(listed) == 5  # every article is on a page of its month
    dec = (site / "timeline" / "2025" / "12" / "index.html").read_text(encoding="utf-8")
    # newest first: December's newest part -> its older part 1 -> November (rel="next" is older)
    assert 'rel="next" href="../../../timeline/2025/12/1/index.html"' in dec
    dec1 = (site / "timeline" / "2025" / "12" / "1" / "index.html").read_text(encoding="utf-8")
    assert 'rel="next" href="../../../../timeline/2025/11/index.html"' in dec1
    nov = (site / "timeline" / "2025" / "11" / "index.html").read_text(encoding="utf-8")
    assert 'rel="prev" href="../../../timeline/2025/12/1/index.html"' in nov


def test_big_months_are_split_into_stable_parts_counted_from_the_oldest(tmp_path: Path) -> None:
    site = build(tmp_path, "page_size: 1")
    dec = sorted(p.relative_to(site).as_posix() for p in site.glob("timeline/2025/12/**/index.html"))
    assert dec == ["timeline/2025/12/1/index.html", "timeline/2025/12/2/index.html", "timeline/2025/12/index.html"]
    oldest = (site / "timeline/2025/12/1/index.html").read_text(encoding="utf-8")
    assert "Kremlin summit ends without a deal" in oldest  # 3 December: the month's first article
    newest = (site / "timeline/2025/12/index.html").read_text(encoding="utf-8")
    assert newest.count('class="entry"') == 1 and "1 article of 3 in December 2025" in newest
    assert 'href="../../../../timeline/2025/12/index.html"' in oldest  # parts link each other
    listed = set()
    for page in site.glob("timeline/**/index.html"):
        html = page.read_text(encoding="utf-8")
        listed |= set(re.findall(r'class="entry-title"><a href="(?:\.\./)+articles/([^/]+)/index.html"', html))
    assert len(listed) == 5


def test_deps_cover_the_story_related_articles_and_people(tmp_path: Path) -> None:
    from builder.model import Actor, Archive, Outlet
    from builder.render import Renderer
    from builder.stories import link_stories
    from tests.test_stories import _article, _synthetic

    arts = _synthetic(60)
    event = "Envoy Aldera Brunow met Castell Dorvik at the Vossberg harbour summit on the Quellmark corridor."
    for i, day in enumerate(("2025-03-10", "2025-03-11", "2025-03-12")):
        paras = [event, f"Report {i}: the Quellmark corridor talks in Vossberg ended late.", "Brunow and Dorvik left."]
        a = _article(f"event-{i}", day, paras, ["aldera-brunow"])
        arts[a.slug] = a
    actors = {"aldera-brunow": Actor("aldera-brunow", "Aldera Brunow", ["Aldera Brunow"], [], ["event-0"])}
    archive = Archive(arts, actors, {"outlet-1": Outlet("outlet-1", "Outlet 1", ["event-1"])})
    link_stories(archive)
    assert arts["event-0"].story and arts["event-0"].story == arts["event-2"].story
    cfg = load_config(None, root=make_project(tmp_path, seeds=False))
    names = ("style.css", "search.css", "print.css", "search.js", "favicon.svg", "vendor/lunr.min.js")
    renderer = Renderer(cfg, cfg.path("theme"), archive, {n: f"static/{n}" for n in names})
    checked = 0
    for page in renderer.pages():
        if page.template != "article.html":
            continue
        assert page.inputs is not None
        inputs = [x for v in page.inputs for x in (v if isinstance(v, list) else [v])]
        shown = [*page.context["story"], *page.context["related"], *page.context["copies"]]
        for x in shown:
            assert any(x is y for y in inputs), (page.path, x.slug)
        for actor in page.context["actors"]:
            assert any(actor is y for y in inputs)
        html = renderer.render(page).decode()
        if page.context["story"]:
            assert "Also reported by" in html
        checked += 1
    assert checked == len(arts)


def test_a_person_with_many_quotes_gets_a_quotes_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import builder.render

    monkeypatch.setattr(builder.render, "QUOTES_SHOWN", 3)
    site = build(tmp_path)
    pages_with_more = sorted(site.glob("actors/*/quotes/index.html"))
    assert pages_with_more
    for qp in pages_with_more:
        person = (qp.parent.parent / "index.html").read_text(encoding="utf-8")
        assert person.count("<blockquote>") == 3
        total = int(re.search(r"<dt>Quotes</dt><dd>(\d+)</dd>", person).group(1))  # type: ignore[union-attr]
        assert qp.read_text(encoding="utf-8").count("<blockquote>") == total > 3
        assert 'href="../../actors/' in person and "quotes/index.html" in person


def test_a_persons_articles_and_quotes_come_in_parts_with_stable_urls(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Parts counted from the oldest: every article and quote of a person is on exactly one part,
    newest first, the parts link to each other, and the newest part is at <kind>/index.html."""
    import builder.render

    monkeypatch.setattr(builder.render, "QUOTES_SHOWN", 2)
    monkeypatch.setattr(builder.render, "QUOTES_PAGE", 2)
    site = build(tmp_path, "page_size: 1")
    checked = 0
    for kind, marker in (("articles", '<ol class="dated-list">'), ("quotes", "<blockquote>")):
        for newest in sorted(site.glob(f"actors/*/{kind}/index.html")):
            person = (newest.parent.parent / "index.html").read_text(encoding="utf-8")
            label = "Articles" if kind == "articles" else "Quotes"
            total = int(re.search(rf"<dt>{label}</dt><dd>(\d+)</dd>", person).group(1))  # type: ignore[union-attr]
            parts = sorted(newest.parent.glob("*/index.html"), key=lambda p: int(p.parent.name))
            assert [int(p.parent.name) for p in parts] == list(range(1, len(parts) + 1))
            seen: list[str] = []
            for page in [*parts, newest]:
                html = page.read_text(encoding="utf-8")
                body = html.split("<main", 1)[1]
                items = body.split(marker, 1)[1].split("</ol>", 1)[0] if kind == "articles" else body
                seen += re.findall(r'<a href="(\.\./\.\./\.\./(?:\.\./)?articles/[^"]+)"', items)
                if page != newest:
                    assert 'rel="prev"' in html  # a link to the newer part
                for href in re.findall(r'href="([^"]+/index\.html)"', body):
                    assert (page.parent / href).resolve().is_file(), (page, href)
            links = [h.rsplit("articles/", 1)[1] for h in seen]
            if kind == "articles":
                assert len(links) == len(set(links)) == total > 1
            else:
                assert len(links) == total > 2 and newest.read_text(encoding="utf-8").count("<blockquote>") <= 2
            checked += 1
    assert checked >= 2


def _digest_archive() -> tuple[object, dict[str, str]]:
    """60 synthetic articles, 12 people with roles and quotes, 3 outlets, stories and copies."""
    from builder.model import Actor, Archive, Outlet, Quote, RoleSeen
    from builder.stories import link_stories
    from tests.test_stories import _article, _synthetic

    arts = _synthetic(60)
    names = [f"Person {chr(65 + i)}" for i in range(12)]
    slugs = [n.lower().replace(" ", "-") for n in names]
    actors = {s: Actor(s, n, [n], [], []) for s, n in zip(slugs, names, strict=True)}
    base = next(iter(arts.values()))
    copy = _article("z-copy-1", "2025-12-30", [*base.paragraphs[:-1], base.paragraphs[-1] + " Reuters contributed."])
    arts[copy.slug] = copy
    outlets: dict[str, Outlet] = {}
    for i, a in enumerate(sorted(arts.values(), key=lambda a: (a.date or "", a.slug))):
        people = [slugs[(i + k) % 12] for k in range(1 + i % 4)]
        a.actor_slugs = people
        a.quotes = [Quote(p, f"Quote {k} of {p} in {a.slug}.", k) for k, p in enumerate(people[:2] * 2)]
        for p in people:
            actors[p].articles.append(a.slug)
            actors[p].roles.append(RoleSeen("minister" if i % 3 else "envoy", a.slug))
        outlets.setdefault(a.source_slug or "", Outlet(a.source_slug or "", a.source or "", [])).articles.append(a.slug)
    archive = Archive(arts, actors, outlets)
    link_stories(archive)
    return archive, {a.path: "src-" + a.slug for a in arts.values()}


def _digests_and_files(archive: object, sources: dict[str, str], root: Path) -> dict[str, tuple[str, bytes]]:
    """Every page and feed: (input digest, bytes), as the pipeline computes them."""
    from builder.deps import Digests
    from builder.render import Renderer

    cfg = load_config(None, root=root)
    names = ("style.css", "search.css", "print.css", "search.js", "favicon.svg", "vendor/lunr.min.js")
    renderer = Renderer(cfg, cfg.path("theme"), archive, {n: f"static/{n}" for n in names})  # type: ignore[arg-type]
    digests = Digests(archive, sources, "global")  # type: ignore[arg-type]
    out = {}
    for page in renderer.site_pages():
        out[page.path] = (digests.of(page), renderer.render(page))
    return out


def _edits() -> dict[str, object]:
    from builder.model import Quote, RoleSeen

    def title(ar: Any, src: dict[str, str]) -> None:
        ar.articles["a00007-0"].title = "A new title"
        src["a00007-0.txt"] += "!"

    def date(ar: Any, src: dict[str, str]) -> None:
        ar.articles["a00007-0"].date = "2025-02-03"
        src["a00007-0.txt"] += "!"

    def text(ar: Any, src: dict[str, str]) -> None:
        ar.articles["a00011-4"].paragraphs[0] = "A new first sentence. And more."
        src["a00011-4.txt"] += "!"

    def quote(ar: Any, src: dict[str, str]) -> None:
        a = ar.articles["a00013-6"]
        a.quotes.insert(0, Quote(a.actor_slugs[0], "A new quote.", 0))
        src[a.path] += "!"

    def quote_text(ar: Any, src: dict[str, str]) -> None:
        a = ar.articles["a00020-6"]
        a.quotes[0] = a.quotes[0]._replace(text="Changed words.")
        src[a.path] += "!"

    def rename(ar: Any, src: dict[str, str]) -> None:
        ar.actors["person-c"].name = "Person Renamed"

    def role(ar: Any, src: dict[str, str]) -> None:
        ar.actors["person-d"].role = "Prime minister"
        ar.actors["person-e"].roles.append(RoleSeen("spokesman", ar.actors["person-e"].articles[0]))

    def add_person(ar: Any, src: dict[str, str]) -> None:
        a = ar.articles["a00030-2"]
        a.actor_slugs.append("person-l")
        ar.actors["person-l"].articles.insert(0, a.slug)

    def related(ar: Any, src: dict[str, str]) -> None:
        ar.articles["a00031-3"].related.reverse()

    def story(ar: Any, src: dict[str, str]) -> None:
        ar.articles["a00040-5"].story = ar.articles["a00041-6"].story = "new-story"

    return {f.__name__: f for f in (title, date, text, quote, quote_text, rename, role, add_person, related, story)}


@pytest.mark.parametrize("name", sorted(_edits()))
def test_a_page_whose_input_digest_is_unchanged_renders_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """The incremental build's premise, page by page: after an edit to the archive, every page and
    feed whose input digest did not change renders byte for byte as before."""
    import copy

    import builder.render

    monkeypatch.setattr(builder.render, "QUOTES_SHOWN", 3)
    monkeypatch.setattr(builder.render, "QUOTES_PAGE", 4)
    root = make_project(tmp_path, seeds=False)
    with (root / "briefing.yml").open("a", encoding="utf-8") as f:
        f.write("\npage_size: 4\nfeed_size: 3\n")
    archive, sources = _digest_archive()
    before = _digests_and_files(archive, sources, root)
    edited, edited_sources = copy.deepcopy(archive), dict(sources)
    _edits()[name](edited, edited_sources)  # type: ignore[operator]
    after = _digests_and_files(edited, edited_sources, root)
    changed = [p for p in after if p in before and after[p][0] != before[p][0]]
    assert changed, "the edit changed no digest"
    stale = [p for p in after if p in before and after[p][0] == before[p][0] and after[p][1] != before[p][1]]
    assert not stale, stale


def test_digests_made_in_the_render_workers_match_the_next_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first build renders every page in the forked workers, which make the pages' input digests;
    the next build computes them in the main process: they agree, so it renders nothing."""
    import builder.pipeline

    monkeypatch.setattr(builder.pipeline, "RENDER_POOL_MIN", 1)
    cfg = load_config(None, root=make_project(tmp_path))
    first = run_build(cfg, BuildOptions(workers=2))
    assert first.ok and first.rendered > first.pages
    again = run_build(cfg, BuildOptions(workers=2, full=True))
    assert again.ok and again.rendered == 0 and again.written == 0


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_template_escaping_is_markupsafes(text: str) -> None:
    from markupsafe import escape

    from builder.render import _escape, _escape_text

    assert _escape(text) == _escape_text(text) == str(escape(text))
    assert _escape(escape(text)) == escape(text) and _escape(3) == "3"
