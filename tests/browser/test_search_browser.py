"""Search in a real browser (Debian's Chromium through Playwright): typing, results, keyboard,
filters, ?q= URLs and the back button, file://, a subpath, a strict CSP, escaping, no-JS, and
the sharded index scoring exactly like a whole lunr.js index."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from builder.model import Actor, Archive, Article, Outlet
from tests.conftest import make_project

pytestmark = pytest.mark.browser

DONE = "#search-page.js[data-state=done], #search-page.js[data-state=empty], #search-page.js[data-state=idle]"
EVIL_TITLE = "Talks on <script>alert('t')</script> grain"
EVIL_BODY = 'The envoy wrote <img src=x onerror="window.__pwned=1"> about the quinoa shipment.'


def _art(slug: str, title: str, date: str | None, body: list[str], actors: list[str], outlet: str) -> Article:
    return Article(
        slug=slug,
        stem=slug,
        path=f"{slug}.txt",
        title=title,
        date=date,
        source=outlet.title(),
        source_slug=outlet,
        authors=[],
        url=None,
        paragraphs=body,
        actor_slugs=actors,
        quotes=[],
        removed=[],
        warnings=[],
    )


def mini_archive() -> Archive:
    arts = [
        _art(
            "grain-deal",
            "Grain deal signed in Kristain",
            "2025-03-01",
            ["Negotiators signed the grain corridor deal on Saturday.", "Anna Kessler welcomed it."],
            ["anna-kessler"],
            "wire",
        ),
        _art(
            "border-talks",
            "Border talks stall",
            "2025-04-10",
            ["The border crossings stayed shut as talks stalled.", "Kessler blamed the other side."],
            ["anna-kessler", "oleg-tarasevich"],
            "post",
        ),
        _art("evil", EVIL_TITLE, "2025-05-20", [EVIL_BODY, "Grain prices rose."], ["oleg-tarasevich"], "wire"),
        _art("old-news", "An old ceasefire", "2024-01-05", ["A ceasefire held for a week in the valley."], [], "post"),
        _art("no-date", "Undated grain note", None, ["A note on grain storage."], [], "wire"),
    ]
    actors = {
        "anna-kessler": Actor("anna-kessler", "Anna Kessler", ["Anna Kessler"], [], ["grain-deal", "border-talks"]),
        "oleg-tarasevich": Actor(
            "oleg-tarasevich", "Oleg Tarasevich", ["Oleg Tarasevich"], [], ["border-talks", "evil"]
        ),
    }
    outlets = {
        "wire": Outlet("wire", "The Wire", ["grain-deal", "evil", "no-date"]),
        "post": Outlet("post", "The Post", ["border-talks", "old-news"]),
    }
    return Archive(articles={a.slug: a for a in arts}, actors=actors, outlets=outlets)


def render_site(archive: Archive, proj: Path) -> Path:
    """A whole site for an Archive made by hand: every page, the search index and the assets."""
    from builder.config import load_config
    from builder.render import Renderer, fingerprint_assets
    from builder.search import search_files
    from builder.vendor import search_assets

    cfg = load_config(None, root=proj)
    theme = proj / "themes" / "default"
    assets, files = fingerprint_assets(theme / "static", search_assets(Path(__file__).resolve().parents[2]))
    renderer = Renderer(cfg, theme, archive, assets)
    for page in renderer.pages():
        files[page.path] = renderer.render(page)
    files.update(search_files(archive, cfg.title))
    site = proj / "site"
    for rel, data in files.items():
        p = site / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return site


@pytest.fixture(scope="module")
def mini_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_site(mini_archive(), make_project(tmp_path_factory.mktemp("mini")))


@pytest.fixture(scope="module")
def mini_url(mini_site: Path, serve_dir: Callable[[Path], str]) -> str:
    return serve_dir(mini_site)


BLOCK = 2  # documents per l/ file in the "blocks" site (5 documents: 3 files)


@pytest.fixture(scope="module")
def blocks_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini archive with its body lengths in several l/ files."""
    from builder import search

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(search, "LENGTH_BLOCK", BLOCK)
        return render_site(mini_archive(), make_project(tmp_path_factory.mktemp("blocks")))


@pytest.fixture(scope="module")
def blocks_url(blocks_site: Path, serve_dir: Callable[[Path], str]) -> str:
    return serve_dir(blocks_site)


@pytest.fixture(scope="module")
def seeds_url(built_seeds: Path, serve_dir: Callable[[Path], str]) -> str:
    return serve_dir(built_seeds)


def titles(page: Any) -> list[str]:
    return page.locator("#search-results .search-result-title").all_inner_texts()


def open_search(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(DONE)


def type_query(page: Any, text: str) -> None:
    page.click("#search-q")
    page.keyboard.type(text)
    page.wait_for_function(
        "(q) => { const p = document.getElementById('search-page');"
        " return document.getElementById('search-q').value === q && p.dataset.state !== 'loading'; }",
        arg=text,
    )
    page.wait_for_selector(DONE)


def test_type_a_query_see_results_and_follow_one_with_the_keyboard(page: Any, seeds_url: str) -> None:
    page.goto(seeds_url + "index.html")
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "site-q"
    page.keyboard.type("donbas")
    page.keyboard.press("Enter")
    page.wait_for_selector(DONE)
    assert "q=donbas" in page.url
    assert page.input_value("#search-q") == "donbas"
    found = titles(page)
    assert found and any("Donbas" in t for t in found)
    assert page.locator("#search-results mark").count() > 0
    assert "donbas" in page.inner_text("#search-status").lower()
    first = page.get_attribute("#search-results li:first-child .search-result-title a", "href")
    page.focus("#search-q")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.getAttribute('href')") == first
    if page.locator("#search-results li").count() > 1:
        page.keyboard.press("ArrowDown")
        page.keyboard.press("ArrowUp")
        assert page.evaluate("document.activeElement.getAttribute('href')") == first
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/articles/[^/]+/index\.html$"))
    assert page.url.endswith(first.removeprefix("../"))
    assert page.locator("h1").count() == 1


def test_results_as_you_type_with_prefix_matching(page: Any, mini_url: str) -> None:
    open_search(page, mini_url + "search/index.html")
    type_query(page, "cease")
    assert titles(page) == ["An old ceasefire"]
    assert page.inner_text("#search-results mark") == "ceasefire"


def test_ranking_title_and_people_above_body(page: Any, mini_url: str) -> None:
    open_search(page, mini_url + "search/index.html?q=grain")
    found = titles(page)
    assert set(found) == {"Grain deal signed in Kristain", EVIL_TITLE, "Undated grain note"}
    open_search(page, mini_url + "search/index.html?q=kessler")
    assert titles(page)[:2] == ["Border talks stall", "Grain deal signed in Kristain"] or set(titles(page)) == {
        "Border talks stall",
        "Grain deal signed in Kristain",
    }


def test_a_one_letter_typo_still_finds_the_article(page: Any, mini_url: str) -> None:
    for typo in ("ceasfire", "ceasefrie", "kesler", "quinao"):
        open_search(page, mini_url + f"search/index.html?q={typo}")
        assert titles(page), typo


def test_url_carries_the_query_and_the_back_button_works(page: Any, mini_url: str) -> None:
    open_search(page, mini_url + "search/index.html?q=ceasefire")
    assert titles(page) == ["An old ceasefire"]
    page.fill("#search-q", "border")
    page.press("#search-q", "Enter")
    page.wait_for_function("location.search === '?q=border'")
    page.wait_for_selector(DONE)
    assert titles(page) == ["Border talks stall"]
    page.go_back()
    page.wait_for_function("location.search === '?q=ceasefire'")
    page.wait_for_function("document.getElementById('search-q').value === 'ceasefire'")
    page.wait_for_selector(DONE)
    assert titles(page) == ["An old ceasefire"]


def test_filters_with_and_without_text(page: Any, mini_url: str) -> None:
    # no text: all articles of an actor, newest first (from the small per-actor list)
    open_search(page, mini_url + "search/index.html?actor=anna-kessler")
    assert titles(page) == ["Border talks stall", "Grain deal signed in Kristain"]
    assert page.input_value("#search-actor") == "Anna Kessler"
    # an outlet through the select, combined with the text query
    open_search(page, mini_url + "search/index.html?q=grain")
    page.select_option("#search-outlet", "wire")
    page.wait_for_function("location.search.includes('outlet=wire')")
    page.wait_for_selector(DONE)
    assert set(titles(page)) == {"Grain deal signed in Kristain", EVIL_TITLE, "Undated grain note"}
    page.fill("#search-from", "2025-03-02")
    page.wait_for_function("location.search.includes('from=2025-03-02')")
    page.wait_for_selector(DONE)
    assert titles(page) == [EVIL_TITLE]
    # outlet only, no text, newest first
    open_search(page, mini_url + "search/index.html?outlet=post")
    assert titles(page) == ["Border talks stall", "An old ceasefire"]
    # the actor box by name
    open_search(page, mini_url + "search/index.html?q=border")
    page.fill("#search-actor", "Oleg Tarasevich")
    page.dispatch_event("#search-actor", "change")
    page.wait_for_function("location.search.includes('actor=oleg-tarasevich')")
    page.wait_for_selector(DONE)
    assert titles(page) == ["Border talks stall"]


def test_injection_attempts_render_as_text(page: Any, mini_url: str) -> None:
    open_search(page, mini_url + "search/index.html?q=quinoa")
    assert titles(page) == [EVIL_TITLE]
    html = page.inner_html("#search-results")
    assert "<img" not in html and "<script" not in html
    assert "<img src=x onerror=" in page.inner_text("#search-results")
    assert page.evaluate("window.__pwned") is None


def test_no_results_says_so_and_suggests_close_names(page: Any, mini_url: str) -> None:
    open_search(page, mini_url + "search/index.html?q=kesslerov")
    assert page.locator("#search-results li").count() == 0
    empty = page.locator("#search-empty")
    assert "No articles match" in empty.inner_text()
    page.wait_for_selector("#search-empty .search-suggest")
    assert "Anna Kessler" in page.inner_text("#search-empty .search-suggest")


def test_search_from_a_site_opened_from_disk(page: Any, mini_site: Path) -> None:
    url = (mini_site / "search" / "index.html").as_uri()
    open_search(page, url + "?q=ceasefire")
    assert titles(page) == ["An old ceasefire"]
    page.click("#search-results .search-result-title a")
    page.wait_for_url(re.compile(r"articles/old-news/index\.html$"))


def test_works_under_a_subpath_with_a_strict_csp(
    page: Any, mini_site: Path, serve_dir: Callable[[Path], str], tmp_path: Path
) -> None:
    (tmp_path / "deep").mkdir()
    (tmp_path / "deep" / "briefing").symlink_to(mini_site, target_is_directory=True)
    base = serve_dir(tmp_path)
    csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'"
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)

    def add_csp(route: Any) -> None:
        resp = route.fetch()
        route.fulfill(response=resp, headers={**resp.headers, "content-security-policy": csp})

    page.route("**/*", add_csp)
    open_search(page, base + "deep/briefing/search/index.html?q=border")
    assert titles(page) == ["Border talks stall"]
    assert not violations, violations
    requested = page.evaluate("performance.getEntriesByType('resource').map(e => e.name)")
    assert all(u.startswith(base) for u in requested)


def test_without_javascript_the_page_says_so(browser: Any, seeds_url: str) -> None:
    ctx = browser.new_context(java_script_enabled=False)
    try:
        pg = ctx.new_page()
        pg.goto(seeds_url + "search/index.html?q=putin")
        text = pg.inner_text("main")
        assert "JavaScript" in text
        hrefs = pg.eval_on_selector_all("main noscript a, main .search-nojs a", "els => els.map(e => e.href)")
        assert any(h.endswith("/index.html") and "/actors/" not in h for h in hrefs)
        assert any(h.endswith("/actors/index.html") for h in hrefs)
    finally:
        ctx.close()


WHOLE_INDEX = r"""async ([docs, queries]) => {
  // lunr.trimmer made Unicode-aware, as builder/search.py and search.js trim
  const trimmer = (token) =>
    token.update((s) => s.replace(/^[^\p{L}\p{N}_]+/u, '').replace(/[^\p{L}\p{N}_]+$/u, ''));
  lunr.Pipeline.registerFunction(trimmer, 'unicodeTrimmer');
  const whole = lunr(function () {
    this.pipeline.before(lunr.trimmer, trimmer); this.pipeline.remove(lunr.trimmer);
    this.ref('id');
    this.field('title', {boost: 10}); this.field('actors', {boost: 5}); this.field('body');
    docs.forEach((d) => this.add(d));
  });
  const out = [];
  for (const [text, typing] of queries) {
    const mine = await BriefingSearch.raw(text, typing);
    const theirs = whole.query((q) => BriefingSearch.buildQuery(q, mine.words))
      .map((r) => ({ref: r.ref, score: r.score}));
    out.push({text, typing, words: mine.words.length, mine: mine.results, theirs});
  }
  return out;
}"""


def docs_of(site: Path) -> list[dict[str, str]]:
    meta = (site / "search" / "meta.js").read_text()
    n = json.loads(re.search(r'"n":(\d+)', meta).group(1))
    out = []
    for i in range(n):
        text = (site / "search" / "d" / f"{i}.js").read_text()
        d = json.loads(text[text.index(",") + 1 : text.rindex(")")])
        out.append(
            {"id": str(i), "title": d["t"], "actors": "\n".join(a[1] for a in d["a"]), "body": "\n".join(d["x"])}
        )
    return out


SITES = {"mini": ("mini_site", "mini_url"), "blocks": ("blocks_site", "blocks_url"),
         "seeds": ("built_seeds", "seeds_url")}


@pytest.mark.parametrize("which", list(SITES))
def test_sharded_scores_equal_a_whole_lunr_index(page: Any, which: str, request: pytest.FixtureRequest) -> None:
    site = request.getfixturevalue(SITES[which][0])
    url = request.getfixturevalue(SITES[which][1])
    open_search(page, url + "search/index.html")
    queries = [
        ["grain", False],
        ["kessler border", False],
        ["gra", True],
        ["ceasfire", False],
        ["putin", False],
        ["donbas peace", False],
        ["pea", True],
        ["Trump’s plan", False],
        ["ukrane", False],
        ["kremlin summit", True],
        ["negotiat", True],
        ["talks negotiatin", True],
        ["the", False],
        ["«peace»", False],
        ["путин", False],
    ]
    for row in page.evaluate(WHOLE_INDEX, [docs_of(site), queries]):
        mine = {r["ref"]: r["score"] for r in row["mine"]}
        if not row["words"]:  # only stop words: nothing is asked (an empty lunr query would match all)
            assert not mine
            continue
        theirs = {r["ref"]: r["score"] for r in row["theirs"]}
        assert mine.keys() == theirs.keys(), row["text"]
        for ref, score in theirs.items():
            assert mine[ref] == pytest.approx(score, rel=1e-9, abs=1e-12), (row["text"], ref)


def test_each_seed_is_found_by_a_word_only_it_contains(page: Any, built_seeds: Path, seeds_url: str) -> None:
    from builder.lunr_text import STOP_WORDS

    docs = docs_of(built_seeds)
    words = [set(re.findall(r"[a-z]{5,}", (d["title"] + " " + d["body"]).lower())) - STOP_WORDS for d in docs]
    for i, mine in enumerate(words):
        others = set().union(*(w for j, w in enumerate(words) if j != i))
        unique = sorted(mine - others)
        assert unique, f"seed {i} has no word of its own"
        word = unique[len(unique) // 2]
        open_search(page, seeds_url + f"search/index.html?q={word}")
        assert docs[i]["title"] in titles(page), word


FAST_VS_LUNR = """async (queries) => {
  const out = [];
  for (const [text, typing] of queries) {
    const viaLunr = await BriefingSearch.raw(text, typing);
    const page = await BriefingSearch.fast(text, typing);
    out.push({text, typing, lunr: viaLunr.results, page: page.results});
  }
  return out;
}"""


def typed(text: str) -> list[list[Any]]:
    """Every state of the box while typing text, as the page queries it."""
    return [[text[:i], True] for i in range(1, len(text) + 1)]


@pytest.mark.parametrize("which", list(SITES))
def test_the_page_scorer_is_lunrs_index_query_bit_for_bit(
    page: Any, which: str, request: pytest.FixtureRequest
) -> None:
    """The page ranks with scoreQuery (typed arrays), not lunr.Index.query: same documents, the
    same float scores to the last bit (so the same order and ties), the same matched terms."""
    url = request.getfixturevalue(SITES[which][1])
    open_search(page, url + "search/index.html")
    queries = [
        *typed("grain border talks"),
        *typed("kremlin summit"),
        *typed("ceasefire"),
        *typed("negotiating"),
        ["ceasfire", False],
        ["ukrane", False],
        ["kesler", True],
        ["putin donbas", False],
        ["donbas peace", True],
        ["Trump’s plan", False],
        ["gra", True],
        ["envoy wrote about", False],
        ["xyzzyq", False],
        ["a*b talks", False],
    ]
    rows = page.evaluate(FAST_VS_LUNR, queries)
    assert sum(len(r["lunr"]) for r in rows) > 50
    for row in rows:
        lunr_rows = {r["ref"]: r for r in row["lunr"]}
        mine = {r["ref"]: r for r in row["page"]}
        assert mine.keys() == lunr_rows.keys(), row["text"]
        for ref, r in lunr_rows.items():
            assert mine[ref]["score"] == r["score"], (row["text"], ref)  # exactly, not approximately
            assert mine[ref]["terms"] == r["terms"], (row["text"], ref)


LOADED_LENGTH_FILES = r"""() => performance.getEntriesByType('resource')
  .map((e) => new URL(e.name).pathname).filter((p) => /\/search\/l\//.test(p))
  .map((p) => p.replace(/^.*\/search\//, '').replace(/\.js$/, '')).sort()"""


def test_a_query_loads_the_length_files_of_its_terms_documents_only(
    page: Any, blocks_site: Path, blocks_url: str
) -> None:
    """A word in one article loads the one l/ file holding that article's body length; a word in
    several loads theirs; the scores need no other. Typing the first letters of a word loads all."""
    docs = docs_of(blocks_site)

    def blocks_of(word: str) -> list[str]:
        ids = [int(d["id"]) for d in docs if re.search(rf"\b{word}\b", (d["title"] + " " + d["body"]).lower())]
        assert ids, word
        return sorted({f"l/{i // BLOCK}" for i in ids})

    every = sorted({f"l/{i // BLOCK}" for i in range(len(docs))})
    assert len(every) == 3
    for word in ("quinoa", "ceasefire", "grain"):
        open_search(page, blocks_url + f"search/index.html?q={word}%20")  # (a finished word: no prefix)
        assert page.evaluate(LOADED_LENGTH_FILES) == blocks_of(word), word
        assert titles(page)
    # A reader starting a word in the box gets them all (the prefix typed next needs them).
    open_search(page, blocks_url + "search/index.html")
    assert page.evaluate(LOADED_LENGTH_FILES) == []
    type_query(page, "q")
    page.wait_for_function(f"() => ({LOADED_LENGTH_FILES})().length === {len(every)}")
    assert page.evaluate(LOADED_LENGTH_FILES) == every


def test_fast_typing_and_backspace_show_the_last_querys_results(page: Any, seeds_url: str) -> None:
    """Stale keystrokes are dropped, and a query seen before (cached) shows the same list."""
    open_search(page, seeds_url + "search/index.html")
    type_query(page, "summit")
    first = titles(page)
    assert first
    page.keyboard.type("xq")  # no article has "summitxq"
    page.wait_for_selector("#search-page[data-state=empty]")
    page.keyboard.press("Backspace")
    page.keyboard.press("Backspace")
    page.wait_for_function("document.getElementById('search-results').children.length > 0")
    page.wait_for_selector(DONE)
    assert titles(page) == first
    n = page.get_attribute("#search-results", "data-n")
    expected = page.evaluate("BriefingSearch.run({q: 'summit'}, true).then((r) => r.ids.length)")
    assert n == str(expected)


def many_archive() -> Archive:
    """27 articles with "grain": different scores, and groups of identical texts (tied scores)."""
    arts = []
    for i in range(27):
        k = i % 9  # articles i, i+9, i+18 are the same text on different days: equal scores
        body = [f"Report {k}: " + " ".join(["grain"] * (1 + k % 4)) + " and " + " ".join(["wheat"] * (k + 1)) + "."]
        arts.append(_art(f"a{i:02d}", f"Harvest note {k}", f"2025-01-{i + 1:02d}", body, [], "wire"))
    return Archive(articles={a.slug: a for a in arts}, actors={}, outlets={"wire": Outlet("wire", "The Wire", [])})


def test_more_results_continue_the_ranking(
    page: Any, tmp_path_factory: pytest.TempPathFactory, serve_dir: Callable[[Path], str]
) -> None:
    """The first page is picked without sorting everything; "More results" then follows the full
    order: score, highest first, ties to the newer article, nothing repeated or left out."""
    site = render_site(many_archive(), make_project(tmp_path_factory.mktemp("many")))
    url = serve_dir(site)
    slugs = []
    for i in range(27):
        text = (site / "search" / "d" / f"{i}.js").read_text()
        slugs.append(json.loads(text[text.index(",") + 1 : text.rindex(")")])["u"])
    open_search(page, url + "search/index.html")
    ranked = page.evaluate(
        """async () => (await BriefingSearch.fast('grain', true)).results
            .sort((a, b) => b.score - a.score || Number(b.ref) - Number(a.ref)).map((x) => Number(x.ref))"""
    )
    assert len(ranked) == 27
    open_search(page, url + "search/index.html?q=grain")
    assert len(titles(page)) == 10
    while page.is_visible("#search-more"):
        n = len(titles(page))
        page.click("#search-more")
        page.wait_for_function("(n) => document.querySelectorAll('#search-results li').length > n", arg=n)
    shown = page.eval_on_selector_all(
        "#search-results .search-result-title a", "els => els.map((e) => e.getAttribute('href'))"
    )
    assert shown == [f"../articles/{slugs[i]}/index.html" for i in ranked]
    scores = page.evaluate(
        "async () => (await BriefingSearch.fast('grain', true)).results.map((x) => x.score)"
    )
    assert len(set(scores)) < len(scores)  # there are ties, and they went to the newer article


def test_when_no_article_has_every_word_those_with_most_come_first(page: Any, mini_url: str) -> None:
    # "grain" (3 articles), "kessler" (2, one with grain too), "zebra" (none)
    open_search(page, mini_url + "search/index.html?q=grain%20kessler%20zebra%20")
    found = titles(page)
    assert "matching some of your words" in page.inner_text("#search-status")
    assert found[0] == "Grain deal signed in Kristain"  # the only one with two of the words
    assert set(found) == {"Grain deal signed in Kristain", EVIL_TITLE, "Undated grain note", "Border talks stall"}
    open_search(page, mini_url + "search/index.html?q=grain%20kessler%20")
    assert titles(page) == ["Grain deal signed in Kristain"]
    assert "some of your words" not in page.inner_text("#search-status")


def test_results_show_from_the_shard_cards_before_the_documents_arrive(page: Any, mini_url: str) -> None:
    """A first page whose cards came with the shards is shown without waiting for the d/ files
    (one load per result): title, date, outlet and people at once, the excerpt when its file arrives."""
    held: list[Any] = []
    page.route("**/search/d/**", lambda route: held.append(route))
    open_search(page, mini_url + "search/index.html")
    page.click("#search-q")
    page.keyboard.type("kessler")
    page.wait_for_selector("#search-page.js[data-state=excerpts]")
    assert set(titles(page)) == {"Border talks stall", "Grain deal signed in Kristain"}
    border = page.locator("#search-results .search-result", has_text="Border talks stall")
    assert "Oleg Tarasevich" in border.locator(".search-result-actors").inner_text()
    assert border.locator(".search-result-meta").inner_text() == "10 April 2025 · The Post"
    assert border.locator(".search-result-meta a").get_attribute("href") == "../sources/post/index.html"
    assert border.locator(".search-result-title a").get_attribute("href") == "../articles/border-talks/index.html"
    assert page.inner_text("#search-results .search-result-actors mark") == "Kessler"
    assert page.locator(".search-result-excerpt.search-result-pending").count() == 2
    assert page.locator(".search-result-excerpt").all_inner_texts() == ["", ""]
    assert len(held) == 2
    for route in held:
        route.continue_()
    page.unroute("**/search/d/**")
    page.wait_for_selector(DONE)
    assert page.locator(".search-result-pending").count() == 0
    excerpts = page.locator(".search-result-excerpt").all_inner_texts()
    assert any("Kessler blamed the other side" in e for e in excerpts), excerpts
    assert page.locator(".search-result-excerpt mark").first.inner_text() == "Kessler"


def test_a_word_being_typed_past_its_stem_keeps_its_results(page: Any, seeds_url: str) -> None:
    """Typing "negotiating" letter by letter: "negotiat" and "negotiati" are no term and no prefix of
    one (the index holds the stem "negoti"), so the page matches the stems the letters typed so far
    are heading for, instead of showing nothing (or trying typos) until the word is complete."""
    open_search(page, seeds_url + "search/index.html")
    counts = {}
    for i, ch in enumerate("negotiating"):
        page.click("#search-q")
        page.keyboard.press("End")
        page.keyboard.type(ch)
        text = "negotiating"[: i + 1]
        page.wait_for_function(
            "(q) => document.getElementById('search-q').value === q"
            " && document.getElementById('search-page').dataset.state !== 'loading'", arg=text)
        page.wait_for_selector(DONE)
        counts[text] = int(page.get_attribute("#search-results", "data-n") or 0)
    assert counts["negotiat"] > 0 and counts["negotiati"] > 0 and counts["negotiatin"] > 0, counts
    assert counts["negotiat"] >= counts["negotiating"] > 0, counts
    assert page.locator("#search-results mark").count() > 0
