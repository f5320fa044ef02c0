"""Stories (same event, several outlets), related articles and syndicated copies."""

from __future__ import annotations

import random
import re
from pathlib import Path

from builder.config import load_config
from builder.fingerprint import fingerprint
from builder.model import Archive, Article
from builder.pipeline import BuildOptions, run_build
from builder.stories import link_stories, story_index
from tests.conftest import make_project

SEED = {
    "000": "Trump Says He Believes Russia Wants Peace",
    "001": "Putin maintains hard line in talks",
    "002": "Trump claims he and Putin could take",
    "003": "Kremlin summit ends without a deal",
    "004": "Putin Says He's Open to Discussing",
}


def article_pages(site: Path) -> dict[str, str]:
    """seed number -> its article page's HTML (found by title)."""
    out = {}
    for page in sorted(site.glob("articles/*/index.html")):
        html = page.read_text(encoding="utf-8")
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
        assert h1, page
        for k, title in SEED.items():
            if title.replace("'", "&#39;") in h1.group(1) or title in h1.group(1):
                out[k] = html
    assert sorted(out) == sorted(SEED), sorted(out)
    return out


def also_reported(html: str) -> str:
    m = re.search(r'<section class="also".*?</section>', html, re.S)
    return m.group(0) if m else ""


def test_the_kremlin_meeting_is_one_story_across_three_outlets(built_seeds: Path) -> None:
    pages = article_pages(built_seeds)
    titles = {k: SEED[k] for k in SEED}
    for k in ("000", "001", "003"):
        block = also_reported(pages[k])
        assert block, f"seed {k} has no 'Also reported by'"
        others = {o for o in ("000", "001", "003") if o != k}
        for o in others:
            assert titles[o].split()[0] in block and _has_title(block, titles[o]), (k, o)
        for o in ("002", "004"):
            assert not _has_title(block, titles[o]), (k, o)
    for k in ("002", "004"):
        assert not also_reported(pages[k]), k


def _has_title(html: str, title: str) -> bool:
    return title in html or title.replace("'", "&#39;") in html


def test_every_article_page_has_related_articles(built_seeds: Path) -> None:
    for k, html in article_pages(built_seeds).items():
        assert 'id="related-h"' in html or 'id="also-h"' in html, k


def test_timeline_entries_cross_link_the_story(built_seeds: Path) -> None:
    home = (built_seeds / "index.html").read_text(encoding="utf-8")
    lines = re.findall(r'<p class="also-line">(.*?)</p>', home, re.S)
    assert len(lines) == 3, lines  # 000, 001 and 003 each name the two others
    for line in lines:
        assert len(re.findall(r"<a ", line)) == 2


def test_a_syndicated_copy_is_shown_as_one_story(tmp_path: Path) -> None:
    proj = make_project(tmp_path)
    seeds = proj / "seeds"
    text = (seeds / "004_40ad3c175219e8c1.txt").read_text(encoding="utf-8")
    # The same article republished elsewhere: a different first line, a credit line, a typo fixed.
    copy = "Reprinted from The Moscow Times\n\n" + text.replace("defiant", "defiant,", 1)
    (seeds / "005_copy.txt").write_text(copy, encoding="utf-8")
    (proj / "content" / "articles" / "005_copy.yml").write_text(
        "title: Putin open to discussing peace plan (syndicated)\ndate: 2025-11-28\nsource: Example Wire\n",
        encoding="utf-8",
    )
    result = run_build(load_config(None, root=proj), BuildOptions(workers=1))
    assert result.ok, result.summary()
    site = proj / "site"
    copy_page = next(
        p.read_text(encoding="utf-8")
        for p in site.glob("articles/*/index.html")
        if "syndicated)</h1>" in p.read_text(encoding="utf-8")
    )
    assert "The same text as" in copy_page and "a syndicated copy" in copy_page
    original = next(
        p.read_text(encoding="utf-8")
        for p in site.glob("articles/*/index.html")
        if "Open to Discussing" in p.read_text(encoding="utf-8").split("</h1>")[0]
    )
    assert "The same text also appeared in" in original and "Example Wire" in original
    # The timeline shows the story once: the original, naming the copy.
    month = (site / "timeline" / "2025" / "11" / "index.html").read_text(encoding="utf-8")
    assert month.count('class="entry"') == 1
    assert "(same text)" in month and "Example Wire" in month
    # ... and the copy is not lost: it keeps its own page.
    assert any("syndicated" in p.parts[-2] for p in site.glob("articles/*/index.html"))


def _article(slug: str, date: str | None, paragraphs: list[str], actors: list[str] | None = None) -> Article:
    return Article(
        slug=slug,
        stem=slug,
        path=slug + ".txt",
        title=slug.replace("-", " ").title(),
        date=date,
        source="Outlet " + slug[-1],
        source_slug="outlet-" + slug[-1],
        authors=[],
        url=None,
        paragraphs=paragraphs,
        actor_slugs=actors or [],
        quotes=[],
        removed=[],
        warnings=[],
        fingerprint=fingerprint(paragraphs),
    )


def _vocabulary(rnd: random.Random, n: int) -> list[str]:
    return ["".join(rnd.choice("bcdfghklmnprstvz") + rnd.choice("aeiou") for _ in range(4)) for _ in range(n)]


def _synthetic(n: int, seed: int = 7) -> dict[str, Article]:
    rnd = random.Random(seed)
    words_pool, names_pool = _vocabulary(rnd, 3000), [w.title() for w in _vocabulary(rnd, 300)]
    arts = {}
    for i in range(n):
        day = 1 + (i * 3) % 28
        paras = []
        for _ in range(6):
            words = [words_pool[int(rnd.paretovariate(1.2)) % len(words_pool)] for _ in range(12)]
            names = rnd.sample(names_pool, 2)
            head = f"The {words[0]} and the {words[1]} met {names[0]} in {names[1]}, "
            paras.append(head + " ".join(words[2:]) + ".")
        slug = f"a{i:05d}-{i % 7}"
        arts[slug] = _article(slug, f"2025-{1 + i % 12:02d}-{day:02d}", paras)
    return arts


def test_near_duplicates_and_determinism_on_synthetic_articles() -> None:
    arts = _synthetic(300)
    base = arts["a00010-3"]
    copy = _article("z-copy-9", "2025-12-30", [*base.paragraphs[:-1], base.paragraphs[-1] + " Reuters contributed."])
    arts[copy.slug] = copy
    archive = Archive(arts, {}, {})
    link_stories(archive)
    assert copy.duplicate_of == base.slug
    assert copy.story == base.story and copy.story is not None
    first = {s: (a.related, a.story, a.duplicate_of) for s, a in arts.items()}
    link_stories(archive)  # idempotent: the same answer again, from a clean state
    assert {s: (a.related, a.story, a.duplicate_of) for s, a in arts.items()} == first
    index = story_index(archive)
    assert all(len(v) >= 2 for v in index.values())
    assert max(len(v) for v in index.values()) <= 12  # STORY_MAX: no giant chained story


def test_undated_articles_never_form_a_story_but_get_related() -> None:
    paras = ["Envoy Aldera Brunow met Castell Dorvik at the harbour summit on the ceasefire corridor."] * 3
    arts = {s: _article(s, None, [p + f" Variant {s}." for p in paras]) for s in ("u-1", "u-2")}
    arts["u-1"].paragraphs = ["Completely different words about grain and railway budgets in Kessler."] * 3
    arts["u-1"].fingerprint = fingerprint(arts["u-1"].paragraphs)
    archive = Archive(arts, {}, {})
    link_stories(archive)
    assert all(a.story is None for a in arts.values())


def test_linking_stays_linear() -> None:
    """4x the articles, about 4x the work (a quadratic comparison of pairs would be 16x). Work is
    counted as function calls under cProfile: deterministic, unlike a timing on a busy machine."""
    import cProfile
    import pstats

    def calls(n: int) -> int:
        prof = cProfile.Profile()
        prof.runcall(link_stories, Archive(_synthetic(n), {}, {}))
        return int(pstats.Stats(prof).total_calls)  # type: ignore[attr-defined]

    small, large = calls(800), calls(3200)
    assert large < 6 * small, (small, large)


def test_a_resident_process_reuses_candidate_scores_only_when_features_are_unchanged() -> None:
    """serve's memo: an edit that changes no article's features reuses the scores; one that does
    is scored again; both give exactly what linking from scratch gives."""
    from builder.memo import Memo

    def links(arts: dict[str, Article]) -> dict[str, tuple[object, ...]]:
        return {s: (a.related, a.story, a.duplicate_of) for s, a in arts.items()}

    def fresh(arts: dict[str, Article]) -> dict[str, tuple[object, ...]]:
        copy = {s: _article(s, a.date, list(a.paragraphs), list(a.actor_slugs)) for s, a in arts.items()}
        link_stories(Archive(copy, {}, {}))
        return links(copy)

    arts = _synthetic(200)
    memo = Memo()
    link_stories(Archive(arts, {}, {}), memo)
    scores = memo.stories[2]
    slug = "a00050-1"
    a = arts[slug]
    # a comma added: the same words, the same features, new shingles
    arts[slug] = _article(slug, a.date, [a.paragraphs[0].replace(" ", ", ", 1), *a.paragraphs[1:]])
    assert arts[slug].fingerprint.terms == a.fingerprint.terms
    link_stories(Archive(arts, {}, {}), memo)
    assert memo.stories[2] is scores and links(arts) == fresh(arts)
    # new words: new features, scored again
    arts[slug] = _article(slug, a.date, [*a.paragraphs, "Zorvath Quenby Ulmarek Ixtapol Brevand Oskelund."])
    link_stories(Archive(arts, {}, {}), memo)
    assert memo.stories[2] is not scores and links(arts) == fresh(arts)


def _mixed_week(n_topics: int, pairs: int) -> dict[str, Article]:
    """A real archive's week (docs/dogfood.md): many articles on unrelated subjects, each in its
    own words, and a few events told by two outlets each in their own sentences."""
    rnd = random.Random(11)

    def word() -> str:
        return "".join(rnd.choice("bcdfghklmnprstvz") + rnd.choice("aeiou") for _ in range(rnd.randint(2, 4)))

    def text(vocab: list[str], names: list[str]) -> list[str]:
        paras = []
        for _ in range(6):
            ws = [rnd.choice(vocab) for _ in range(14)]
            paras.append(f"{names[0].title()} told {names[1].title()} that the " + " ".join(ws) + ".")
        return paras

    arts: dict[str, Article] = {}
    for i in range(n_topics):
        vocab, names = [word() for _ in range(40)], [word() + " " + word() for _ in range(2)]
        slug = f"topic-{i:03d}-{i % 5}"
        arts[slug] = _article(slug, f"2019-11-{18 + i % 3:02d}", text(vocab, names))
    for k in range(pairs):
        vocab, names = [word() for _ in range(40)], [word() + " " + word() for _ in range(2)]
        for side in ("a", "b"):
            # each outlet tells it with its own words besides the event's: half shared, half its own
            own = vocab[:20] + [word() for _ in range(20)]
            slug = f"event-{k}-{side}"
            arts[slug] = _article(slug, "2019-11-19", text(own, names))
    return arts


def test_same_event_pairs_in_a_mixed_week_are_stories() -> None:
    """Above STORY_SAMPLE dated articles the bar was the 98th percentile of every article's best
    score, so at most one article in fifty could be in a story: of ten events told by two or more
    outlets in the real-page dogfood (plague, Europa's plumes, NASA's landers…), one was linked."""
    arts = _mixed_week(60, 6)
    link_stories(Archive(arts, {}, {}))
    for k in range(6):
        a, b = arts[f"event-{k}-a"], arts[f"event-{k}-b"]
        assert a.story is not None and a.story == b.story, k
    stray = [s for s, x in arts.items() if s.startswith("topic-") and x.story is not None]
    assert not stray, stray
