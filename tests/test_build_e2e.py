"""End to end: build the seeds as a user would and check the site a reader gets."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import html5lib
import pytest
from click.testing import CliRunner

from builder.cli import main
from builder.config import load_config
from builder.memo import Memo
from builder.pipeline import BuildOptions, run_build
from builder.quickstate import QuickState
from tests.conftest import make_project


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        d = dict(attrs)
        for key in ("href", "src"):
            if d.get(key):
                self.links.append(d[key] or "")
        if d.get("id"):
            self.ids.add(d["id"] or "")


def site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def assert_equals_a_full_build(inc: Path, where: Path) -> None:
    """The site of project ``inc`` is byte for byte what a fresh project with the same seeds builds."""
    full = make_project(where)
    for p in (full / "seeds").glob("*.txt"):
        p.unlink()
    for p in (inc / "seeds").glob("*.txt"):
        (full / "seeds" / p.name).write_bytes(p.read_bytes())
    assert run_build(load_config(None, root=full), BuildOptions()).ok
    a, b = site_files(inc / "site"), site_files(full / "site")
    assert a.keys() == b.keys()
    assert [k for k in a if a[k] != b[k]] == []


def test_every_page_type_exists(built_seeds: Path) -> None:
    site = built_seeds
    for path in [
        "index.html",
        "404.html",
        "search/index.html",
        "actors/index.html",
        "actors/by-name/index.html",
        "sources/index.html",
        "feed.xml",
        "robots.txt",
        "report/index.html",
        "timeline/index.html",
    ]:
        assert (site / path).is_file(), path
    articles = [p for p in (site / "articles").iterdir() if (p / "index.html").is_file()]
    assert len(articles) == 5
    assert list((site / "sources").glob("*/index.html"))
    assert list((site / "timeline").rglob("index.html"))


def test_a_month_url_cut_short_is_still_a_page(built_seeds: Path) -> None:
    """timeline/YYYY/MM/ -> timeline/YYYY/ -> timeline/: the year lists its months with their
    counts, the archive every year; the counts add up to the articles."""
    months = sorted(built_seeds.glob("timeline/[0-9][0-9][0-9][0-9]/[0-9][0-9]/index.html"))
    assert months
    index = (built_seeds / "timeline" / "index.html").read_text(encoding="utf-8")
    total = 0
    for year in sorted({m.parent.parent for m in months}):
        page = (year / "index.html").read_text(encoding="utf-8")
        for m in months:
            if m.parent.parent == year:
                n = len(re.findall(r'<article class="entry', m.read_text(encoding="utf-8")))
                label = re.escape(m.parent.name)
                assert re.search(rf'href="\.\./\.\./timeline/{year.name}/{label}/index\.html">[^<]+</a> '
                                 rf'<span class="count">{n}</span>', page), (year.name, m.parent.name)
                total += n
        assert f'href="../timeline/{year.name}/index.html">{year.name}</a>' in index
    assert f"<p class=\"count-line\">{total} articles.</p>" in index
    assert total == len([p for p in (built_seeds / "articles").iterdir() if (p / "index.html").is_file()])


def test_internal_links_resolve(built_seeds: Path) -> None:
    site = built_seeds
    broken = []
    checked = 0
    for page in site.rglob("*.html"):
        parser = Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for link in parser.links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith(("//", "#", "mailto:")):
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            checked += 1
            if not target.is_file() or not target.is_relative_to(site.resolve()):
                broken.append(f"{page.relative_to(site)} -> {link}")
    assert checked > 100
    assert not broken, broken[:20]


def test_every_page_parses_as_html5(built_seeds: Path) -> None:
    for page in built_seeds.rglob("*.html"):
        parser = html5lib.HTMLParser(strict=True)
        try:
            parser.parse(page.read_bytes())
        except html5lib.html5parser.ParseError as exc:  # pragma: no cover - the message is the point
            pytest.fail(f"{page.relative_to(built_seeds)}: {exc}")


def test_links_are_relative_and_local(built_seeds: Path) -> None:
    for page in built_seeds.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for m in re.finditer(r'(?:src|href)="([^"]+)"', text):
            link = m.group(1)
            assert not link.startswith("/"), f"{page}: root-absolute link {link}"
            if link.startswith("http"):
                # only links to original articles leave the site
                assert (
                    'rel="noopener noreferrer' in text[max(0, m.start() - 300) : m.end() + 300]
                    or "canonical" in text[max(0, m.start() - 40) : m.start()]
                ), f"{page}: {link}"
        assert "<script>" not in text.replace('<script type="application/ld+json">', ""), f"{page}: inline script"
        assert " style=" not in text, f"{page}: inline style"


def test_seed_pages_show_titles_dates_and_people(built_seeds: Path) -> None:
    for page in (built_seeds / "articles").glob("*/index.html"):
        text = page.read_text(encoding="utf-8")
        assert "Undated" not in text.split('<section class="related"')[0], page
        assert '<time datetime="2025-' in text
    home = (built_seeds / "index.html").read_text(encoding="utf-8")
    assert "December 2025" in home and "Undated" not in home


def test_assets_are_fingerprinted(built_seeds: Path) -> None:
    static = [p.name for p in (built_seeds / "static").rglob("*") if p.is_file()]
    assert static
    for name in static:
        assert re.search(r"\.[0-9a-f]{10}\.\w+$", name), name


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    sites = []
    for i in range(2):
        proj = make_project(tmp_path / str(i))
        result = run_build(load_config(None, root=proj), BuildOptions(workers=1 + i))
        assert result.ok, result.summary()
        sites.append(site_files(proj / "site"))
    assert sites[0].keys() == sites[1].keys()
    differ = [k for k in sites[0] if sites[0][k] != sites[1][k]]
    assert not differ, differ[:10]


def test_rebuild_from_cache_is_identical_and_links_unchanged_files(project: Path) -> None:
    cfg = load_config(None, root=project)
    first = run_build(cfg, BuildOptions())
    before = site_files(project / "site")
    second = run_build(cfg, BuildOptions(full=True))
    assert first.ok and second.ok
    assert second.cache_hits == 5
    assert second.written == 0 and second.linked == len(before) - 1  # all but the manifest
    assert site_files(project / "site") == before


def test_cli_build_summary(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    result = CliRunner().invoke(main, ["build"])
    assert result.exit_code == 0, result.output
    assert re.search(r"Built 5 articles, \d+ people, \d+ outlets", result.output)
    assert (project / "site" / "index.html").is_file()


def test_one_article_change_renders_only_what_depends_on_it(tmp_path: Path) -> None:
    inc = make_project(tmp_path / "inc")
    cfg = load_config(None, root=inc)
    first = run_build(cfg, BuildOptions())
    assert first.ok and first.rendered > first.pages and not first.search_kept  # pages and feeds
    seed = inc / "seeds" / "002_8bd0fe5be1de002a.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace(" the ", " the very ", 1), encoding="utf-8")
    second = run_build(cfg, BuildOptions())
    assert second.ok and 0 < second.rendered < second.pages and not second.search_kept
    nothing = run_build(cfg, BuildOptions(full=True))
    assert nothing.ok and nothing.rendered == 0 and nothing.search_kept

    assert_equals_a_full_build(inc, tmp_path / "full")


def test_resident_rebuilds_read_only_what_changed_and_equal_a_full_build(tmp_path: Path) -> None:
    """serve's memo: unchanged files are not read again, unchanged facts not decoded again; a
    file edited in place (same size, new content), one added and one removed are all seen; the
    site equals a fresh full build of the same inputs."""
    from builder.memo import Memo

    inc = make_project(tmp_path / "inc")
    cfg = load_config(None, root=inc)
    memo = Memo()
    assert run_build(cfg, BuildOptions(memo=memo)).ok
    seeds = sorted((inc / "seeds").glob("*.txt"))
    raws_before = {p: raw for p, (_, raw) in memo.raws.items()}
    facts_before = dict(memo.facts)

    edited = seeds[1]
    text = edited.read_text(encoding="utf-8")
    edited.write_text(text.replace(" the ", " tha ", 1), encoding="utf-8")  # same size
    added = inc / "seeds" / "extra.txt"
    added.write_bytes(seeds[0].read_bytes().replace(b" the ", b" one ", 1))
    seeds[2].unlink()
    second = run_build(cfg, BuildOptions(memo=memo))
    assert second.ok, second.summary()
    assert second.cache_hits == 0  # the unchanged articles came from the memo, not the disk cache
    assert set(memo.raws) == {p.relative_to(inc / "seeds").as_posix() for p in (inc / "seeds").glob("*.txt")}
    reused = [p for p, (_, raw) in memo.raws.items() if raws_before.get(p) is raw]
    assert sorted(reused) == sorted(p.name for p in seeds if p not in (edited, seeds[2]))
    kept = [k for k in memo.facts if k in facts_before]  # same bytes, same evidence: same key
    assert kept and all(memo.facts[k] is facts_before[k] for k in kept)

    # An edit that changes no one's name: the people merged last time are reused.
    merged = memo.merge[2]
    edited.write_text(text.replace(" the ", " teh ", 1), encoding="utf-8")
    assert run_build(cfg, BuildOptions(memo=memo)).ok
    assert memo.merge[2] is merged
    # A new person in an article: merged again.
    person = seeds[3]
    line = "Minister Orla Quennevitz said the talks went on."
    person.write_text(person.read_text(encoding="utf-8").replace("\n\n", f"\n\n{line}\n\n", 1), encoding="utf-8")
    result = run_build(cfg, BuildOptions(memo=memo))
    assert result.ok and memo.merge[2] is not merged
    assert any(a.name == "Orla Quennevitz" for a in result.archive.actors.values())  # type: ignore[union-attr]

    assert_equals_a_full_build(inc, tmp_path / "full")


def test_serve_warms_its_memo_when_the_site_is_up_to_date(project: Path) -> None:
    from builder.memo import Memo
    from builder.pipeline import warm_memo

    cfg = load_config(None, root=project)
    assert run_build(cfg, BuildOptions()).ok
    memo = Memo()
    assert run_build(cfg, BuildOptions(memo=memo)).up_to_date is not None
    warm_memo(cfg, memo)
    assert len(memo.raws) == len(memo.facts) == 5 and memo.merge is not None and memo.stories is not None
    merged, scores = memo.merge[2], memo.stories[2]
    seed = sorted((project / "seeds").glob("*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8").replace(" the ", " teh ", 1), encoding="utf-8")
    result = run_build(cfg, BuildOptions(memo=memo))
    assert result.ok and result.cache_hits == 0 and memo.merge[2] is merged and memo.stories[2] is scores


def test_model_cache_is_reused_when_its_inputs_are_the_same_and_ignored_when_damaged(tmp_path: Path) -> None:
    """The merge of people, the related-article scores and each unchanged file's evidence come back
    from the model cache after an edit that changes no one's name and no article's features; a
    damaged file is ignored;
    each time the site is the one a build from scratch makes."""
    inc = make_project(tmp_path / "inc")
    cfg = load_config(None, root=inc)
    assert run_build(cfg, BuildOptions()).model_reused == 0
    seed = sorted((inc / "seeds").glob("*.txt"))[1]
    seed.write_text(seed.read_text(encoding="utf-8").replace(" the ", " the the ", 1), encoding="utf-8")
    QuickState(inc / ".briefing-cache").drop()  # (else the one-shot quick path rebuilds it: tests/test_quick.py)
    again = run_build(cfg, BuildOptions())
    assert again.ok and again.model_reused == 3 and not again.quick
    (inc / ".briefing-cache" / "model.bin").write_bytes(b"\x00garbage" * 50)
    damaged = run_build(cfg, BuildOptions(full=True))
    assert damaged.ok and damaged.model_reused == 0

    assert_equals_a_full_build(inc, tmp_path / "full")


def test_nothing_changed_skips_the_build_and_says_so(project: Path) -> None:
    """make's rule: same inputs, same site, nothing to do; the last build's warnings are shown
    again; any change to an input, the theme, the configuration or the site itself builds."""
    cfg = load_config(None, root=project)
    first = run_build(cfg, BuildOptions())
    assert first.ok and first.up_to_date is None
    before = site_files(project / "site")
    again = run_build(cfg, BuildOptions())
    assert again.ok and again.up_to_date is not None and again.archive is None
    assert again.up_to_date["articles"] == len(first.archive.articles)  # type: ignore[union-attr]
    assert again.diagnostics.to_dict() == first.diagnostics.to_dict()
    assert "is up to date" in again.summary() and site_files(project / "site") == before

    def rebuilds() -> bool:
        r = run_build(load_config(None, root=project), BuildOptions())
        assert r.ok, r.summary()
        return r.up_to_date is None

    seed = sorted((project / "seeds").glob("*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert rebuilds() and not rebuilds()
    template = project / "themes" / "default" / "templates" / "404.html"
    template.write_text(template.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert rebuilds() and not rebuilds()
    (project / "content" / "actors.yaml").write_text("[]\n", encoding="utf-8")
    assert rebuilds() and not rebuilds()
    (project / "briefing.yml").write_text(
        (project / "briefing.yml").read_text(encoding="utf-8") + "\npage_size: 7\n", encoding="utf-8"
    )
    assert rebuilds() and not rebuilds()
    (project / "site" / "robots.txt").unlink()  # the site lost a file: build it again
    assert rebuilds() and (project / "site" / "robots.txt").is_file() and not rebuilds()
    assert run_build(load_config(None, root=project), BuildOptions(full=True)).up_to_date is None
    assert run_build(load_config(None, root=project), BuildOptions(strict=True)).up_to_date is None


def test_search_index_made_in_a_child_process_equals_inline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import builder.pipeline as pipeline

    sites = []
    for fork_min in (10**9, 0):  # inline, then forked while stories and pages are made
        monkeypatch.setattr(pipeline, "SEARCH_FORK_MIN", fork_min)
        proj = make_project(tmp_path / str(fork_min))
        result = run_build(load_config(None, root=proj), BuildOptions(workers=2))
        assert result.ok, result.summary()
        sites.append(site_files(proj / "site"))
    assert sites[0] == sites[1]


def test_a_failing_search_child_fails_the_build_and_keeps_the_site(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import builder.pipeline as pipeline
    import builder.search as search

    cfg = load_config(None, root=project)
    assert run_build(cfg, BuildOptions()).ok
    before = site_files(project / "site")
    seed = sorted((project / "seeds").glob("*.txt"))[0]
    seed.write_text(seed.read_text(encoding="utf-8").replace(" the ", " a ", 1), encoding="utf-8")

    def broken(*args: object, **kwargs: object) -> dict[str, bytes]:
        raise RuntimeError("index exploded")

    monkeypatch.setattr(pipeline, "SEARCH_FORK_MIN", 0)
    monkeypatch.setattr(search, "search_files", broken)
    QuickState(project / ".briefing-cache").drop()  # the ordinary path's child (the quick path's: tests/test_quick.py)
    result = run_build(cfg, BuildOptions(workers=2))
    assert not result.ok and result.exit_code == 1
    assert "search index failed: RuntimeError: index exploded" in (result.failed_reason or "")
    assert site_files(project / "site") == before
    import multiprocessing

    assert not [p for p in multiprocessing.active_children() if p.name.startswith("briefing-")]


def test_serve_signs_the_look_it_compared(project: Path) -> None:
    """`serve` looks at the input folders once per check: the watcher's snapshot (files only, none
    inside hidden folders) and the build's input signature both come from that one look, and equal
    what each makes on its own, so a one-shot build after `serve` still finds the site up to date."""
    from builder.serve import snapshot
    from builder.uptodate import input_signature, scan_inputs

    seeds = project / "seeds"
    (seeds / ".git").mkdir()
    (seeds / ".git" / "HEAD").write_text("ref\n", encoding="utf-8")
    (seeds / ".notes.txt").write_text("a hidden file in a visible folder\n", encoding="utf-8")
    (seeds / "sub").mkdir()
    (seeds / "sub" / "x.txt").write_text("Headline\n\nText.\n", encoding="utf-8")
    cfg = load_config(None, root=project)
    scan = scan_inputs(cfg)
    snap = snapshot(cfg, None, scan)
    assert snap == snapshot(cfg, None)
    assert "input/sub/x.txt" in snap and "input/.notes.txt" in snap
    assert "input/.git/HEAD" not in snap and "input/sub" not in snap and "input/.git" not in snap
    st = (seeds / "sub" / "x.txt").stat()
    assert snap["input/sub/x.txt"] == (st.st_mtime_ns, st.st_size)
    assert input_signature(cfg, scan) == input_signature(cfg)
    first = run_build(cfg, BuildOptions(memo=Memo(), input_scan=scan))
    assert first.ok, first.summary()
    again = run_build(load_config(None, root=project), BuildOptions())
    assert again.up_to_date is not None, again.summary()
    (seeds / "sub" / "x.txt").write_text("Headline\n\nOther text.\n", encoding="utf-8")
    assert input_signature(cfg, scan) != input_signature(cfg)  # the look is of its moment


def test_serve_waits_for_a_file_caught_between_truncation_and_write(project: Path) -> None:
    """An editor saving in place truncates the file, then writes it: a look in between sees it
    empty. serve then looks again a moment later instead of building the article from nothing."""
    from builder.serve import emptied, snapshot

    cfg = load_config(None, root=project)
    seed = sorted((project / "seeds").glob("*.txt"))[0]
    rel = seed.relative_to(project / "seeds").as_posix()
    before = snapshot(cfg, None)
    text = seed.read_text(encoding="utf-8")
    seed.write_text("", encoding="utf-8")  # the truncation
    now = snapshot(cfg, None)
    assert emptied(frozenset({rel}), before, now)
    seed.write_text(text + "\nOne more line.\n", encoding="utf-8")  # the write
    assert not emptied(frozenset({rel}), before, snapshot(cfg, None))
    assert not emptied(None, before, now)  # files came or went: the build lists the folder itself
    empty_before = snapshot(cfg, None)
    seed.write_text("", encoding="utf-8")
    assert emptied(frozenset({rel}), empty_before, snapshot(cfg, None))
    assert not emptied(frozenset({rel}), snapshot(cfg, None), snapshot(cfg, None))  # empty, as it was
