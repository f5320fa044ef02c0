"""Articles in other scripts, as a real archive holds them (docs/dogfood.md), in headless
Chromium: right-to-left text reads right to left inside the site's left-to-right pages, words
in any script are found by search, and a query with no word to search says so.
The article texts are invented."""

from __future__ import annotations

import urllib.parse
from pathlib import Path
from typing import Any

import pytest

from builder.config import load_config
from builder.pipeline import BuildOptions, run_build
from tests.conftest import make_project

pytestmark = pytest.mark.browser

DONE = "#search-page.js[data-state=done], #search-page.js[data-state=empty], #search-page.js[data-state=idle]"
ARABIC_TITLE = "وزير المالية يعلن خطة لدعم الشركات الصغيرة"
ARABIC = """وزير المالية يعلن خطة لدعم الشركات الصغيرة

أعلن وزير المالية يوم الأربعاء عن خطة جديدة.

وقال الوزير إن الخطة ستبدأ في يناير.
"""
RUSSIAN = """Повара рассказали о новых рецептах

Повара из трёх городов рассказали журналистам о новых рецептах зимнего супа.

Рецепты опубликуют в декабре.
"""
ENGLISH = """Harbour board approves new ferry timetable

Monday, 18 November 2019

The harbour board approved a new ferry timetable on Monday after a month of talks.

The timetable starts in January.
"""


@pytest.fixture(scope="module")
def scripts_site(tmp_path_factory: pytest.TempPathFactory, serve_dir: Any) -> tuple[Path, str]:
    proj = make_project(tmp_path_factory.mktemp("scripts"), seeds=False)
    (proj / "seeds" / "rtl.txt").write_text(ARABIC, encoding="utf-8")
    (proj / "seeds" / "ru.txt").write_text(RUSSIAN, encoding="utf-8")
    (proj / "seeds" / "en.txt").write_text(ENGLISH, encoding="utf-8")
    overrides = proj / "content" / "articles"
    overrides.mkdir(parents=True, exist_ok=True)
    rtl = f'title: "{ARABIC_TITLE}"\ndate: 2019-11-20\nslug: finance-plan\n'
    (overrides / "rtl.yml").write_text(rtl, encoding="utf-8")
    (overrides / "ru.yml").write_text("date: 2019-11-19\nslug: povara\n", encoding="utf-8")
    result = run_build(load_config(None, root=proj), BuildOptions(workers=1))
    assert result.ok, result.summary()
    return proj / "site", serve_dir(proj / "site")


def _edges(page: Any, selector: str) -> dict[str, float]:
    """The element's box and the box of its text (a Range over its contents)."""
    return page.eval_on_selector(
        selector,
        """e => { const r = document.createRange(); r.selectNodeContents(e);
                  const t = r.getBoundingClientRect(), b = e.getBoundingClientRect();
                  return {left: b.left, right: b.right, tleft: t.left, tright: t.right}; }""",
    )


def _reads_right_to_left(box: dict[str, float]) -> bool:
    """Short text set against the element's right edge, with room left over on its left."""
    return abs(box["tright"] - box["right"]) < 2 and box["tleft"] - box["left"] > 40


def test_rtl_article_title_and_paragraphs_run_right_to_left(scripts_site: tuple[Path, str], page: Any) -> None:
    _, base = scripts_site
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(base + "articles/finance-plan/index.html")
    assert _reads_right_to_left(_edges(page, "#story-title"))
    assert _reads_right_to_left(_edges(page, ".story-body p:last-child"))
    # the page itself stays left to right: its header and the date line
    assert page.eval_on_selector(".story-header .meta", "e => getComputedStyle(e).direction") == "ltr"
    # in the timeline too: the entry's title and lead
    page.goto(base + "index.html")
    title = '.entry-title a[href$="finance-plan/index.html"]'
    assert _reads_right_to_left(_edges(page, f"article.entry:has({title}) .entry-title"))
    assert _reads_right_to_left(_edges(page, f"article.entry:has({title}) .lead"))
    # an English entry is untouched
    en = _edges(page, 'article.entry:has(a[href*="harbour-board"]) .entry-title')
    assert abs(en["tleft"] - en["left"]) < 2


def test_words_in_other_scripts_are_found_and_highlighted(scripts_site: tuple[Path, str], page: Any) -> None:
    # lunr.trimmer (ASCII \W) emptied every Cyrillic or Arabic word: such a search found nothing
    # and showed the empty box's prompt, as if nothing had been typed.
    _, base = scripts_site
    for word, slug in (("рецепты", "povara"), ("«Рецепты»", "povara"), ("الخطة", "finance-plan")):
        page.goto(base + "search/index.html?q=" + urllib.parse.quote(word))
        page.wait_for_selector(DONE)
        assert page.inner_text("#search-status").startswith("1 article for"), word
        hrefs = page.eval_on_selector_all(".search-result-title a", "els => els.map(e => e.getAttribute('href'))")
        assert [h.split("/")[-2] for h in hrefs] == [slug], word
        marks = page.eval_on_selector_all(".search-result mark", "els => els.map(e => e.textContent)")
        assert marks and all(m.strip("«»").lower() == word.strip("«»").lower() for m in marks), (word, marks)
    # a Latin word searches as before
    page.goto(base + "search/index.html?q=ferry")
    page.wait_for_selector(DONE)
    assert page.inner_text("#search-status").startswith("1 article for")


def test_a_query_with_no_word_to_search_says_so(scripts_site: tuple[Path, str], page: Any) -> None:
    _, base = scripts_site
    for q, why in (("🙂 ©", "has no word to search"), ("the", "is too common to search")):
        page.goto(base + "search/index.html?q=" + urllib.parse.quote(q))
        page.wait_for_selector(DONE)
        status = page.inner_text("#search-status")
        assert "Type to search" not in status and why in status, (q, status)
