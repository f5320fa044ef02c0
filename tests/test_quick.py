"""A one-shot build's quick path (builder/quick.py): after an edit of a few articles' text, a new
`briefing build` process rebuilds from the lean state the last build saved; any other change
takes the ordinary path. After every build the site is byte for byte what a fresh full build of
the same inputs makes."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from builder.config import load_config
from builder.pipeline import BuildOptions, BuildResult, run_build
from builder.quickstate import FILE, QuickState
from tests.conftest import make_project
from tests.test_build_e2e import assert_equals_a_full_build, site_files
from tests.test_incremental import _body_word, _edit, _in_quote, _lead_word, _one_more_quote, _random_edit, edit_steps

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MAKE = SHARED / "bench" / "scale" / "make_corpus.py"


def _equals_full(inc: Path, where: Path) -> None:
    """As assert_equals_a_full_build, with the project's settings and content/ copied too."""
    import shutil

    full = where / "proj"
    full.mkdir(parents=True)
    for name in ("seeds", "content", "themes"):
        shutil.copytree(inc / name, full / name)
    if (inc / "node_modules").exists():
        (full / "node_modules").symlink_to((inc / "node_modules").resolve())
    shutil.copy(inc / "briefing.yml", full / "briefing.yml")
    assert run_build(load_config(None, root=full), BuildOptions()).ok
    a, b = site_files(inc / "site"), site_files(full / "site")
    assert a.keys() == b.keys()
    assert [k for k in a if a[k] != b[k]] == []


def _build(root: Path) -> BuildResult:
    """A one-shot build, as `briefing build` makes it (no memo)."""
    result = run_build(load_config(None, root=root), BuildOptions())
    assert result.ok, result.summary()
    return result


def test_text_edits_take_the_quick_path_and_equal_a_full_build(tmp_path: Path) -> None:
    inc = make_project(tmp_path / "inc")
    first = _build(inc)
    assert not first.quick and (inc / ".briefing-cache" / FILE).is_file()
    seeds = sorted((inc / "seeds").glob("*.txt"))
    steps = edit_steps(seeds)  # (the same edits as the resident process's test)
    steps.insert(1, ("the same article again (the state's delta)", seeds[2], lambda t: t.replace(" a ", " one ", 1),
                     True))
    for k, (what, path, change, quick) in enumerate(steps):
        _edit(path, change)
        if what == "two articles at once":
            _edit(seeds[3], lambda t: t.replace(" a ", " one ", 1))
        result = _build(inc)
        assert result.quick == quick, (what, result.quick_skipped)
        if quick:
            assert result.rendered > 0, what
        else:
            assert result.quick_skipped, what
        assert_equals_a_full_build(inc, tmp_path / f"full{k}")


@pytest.mark.parametrize(
    ("what", "change", "reason"),
    [
        ("a new person", lambda t: t.replace("\n\n", "\n\nMinister Orla Quennevitz said the talks went on.\n\n", 1),
         "people"),
    ],
)
def test_edits_that_change_the_model_take_the_ordinary_path(
    tmp_path: Path, what: str, change: Callable[[str], str], reason: str
) -> None:
    inc = make_project(tmp_path / "inc")
    _build(inc)
    seed = sorted((inc / "seeds").glob("*.txt"))[3]
    _edit(seed, change)
    result = _build(inc)
    assert not result.quick and result.quick_skipped, what
    assert reason in result.quick_skipped
    assert_equals_a_full_build(inc, tmp_path / "full")
    _edit(seed, _body_word)  # the ordinary build saved a state of its own: the next edit is quick
    assert _build(inc).quick
    assert_equals_a_full_build(inc, tmp_path / "full2")


def test_same_evidence_is_whether_the_recurring_lines_stay_as_they_were() -> None:
    """Short lines recur (boilerplate evidence) in three articles of an outlet group or more."""
    from builder.quick import same_evidence

    near = {"menu": 5, "share": 2, "follow": 3, "a": 1}
    assert same_evidence({"a", "menu"}, {"b", "menu"}, "g", "g", near)  # a line of its own changed
    assert same_evidence({"share", "a"}, {"a"}, "g", "g", near)  # in two articles, then one
    assert not same_evidence({"follow", "a"}, {"a"}, "g", "g", near)  # in three: would stop recurring
    assert not same_evidence({"a"}, {"a", "share"}, "g", "g", near)  # in two others: would recur
    assert same_evidence({"a"}, {"a", "new"}, "g", "g", near)
    assert not same_evidence({"a"}, {"a"}, "g", "h", near)  # another outlet group


@pytest.mark.shared
@pytest.mark.skipif(not MAKE.is_file(), reason="../shared not present")
def test_a_short_line_that_comes_to_recur_takes_the_ordinary_path(tmp_path: Path) -> None:
    """The same new short line in three articles of one outlet: the first two edits are quick (it
    recurs nowhere), the third makes it boilerplate evidence: the ordinary path cleans again."""
    from builder.clean import evidence_of
    from builder.ingest import read_raw

    inc = make_project(tmp_path / "inc", seeds=False)
    subprocess.run([sys.executable, str(MAKE), "--n", "60", "--out", str(inc / "seeds"), "--format", "raw"],
                   check=True, stdout=subprocess.DEVNULL)
    _build(inc)
    by_group: dict[str, list[Path]] = {}
    for p in sorted((inc / "seeds").glob("*.txt")):
        by_group.setdefault(evidence_of(read_raw(p, p.name))[1], []).append(p)
    three = next(ps for ps in by_group.values() if len(ps) >= 3)[:3]
    for k, p in enumerate(three):
        _edit(p, lambda t: t.replace("\n\n", "\n\nShare this briefing with a colleague\n\n", 1))
        result = _build(inc)
        assert result.quick == (k < 2), result.quick_skipped
        assert_equals_a_full_build(inc, tmp_path / f"full{k}")


def test_other_changes_take_the_ordinary_path_with_their_reason(tmp_path: Path) -> None:
    """Files added, the settings or content/ changed: the ordinary path, which says why; an article
    with an override is quick; a file only touched is quick and renders nothing."""
    inc = make_project(tmp_path / "inc")
    _build(inc)
    seeds = sorted((inc / "seeds").glob("*.txt"))
    (inc / "seeds" / "zz_new.txt").write_text(seeds[0].read_text(encoding="utf-8").replace("\n", " (2)\n", 1),
                                             encoding="utf-8")
    added = _build(inc)
    assert not added.quick and added.quick_skipped == "files added or removed"
    cfg_file = inc / "briefing.yml"
    cfg_file.write_text(cfg_file.read_text(encoding="utf-8") + "\nfeed_size: 7\n", encoding="utf-8")
    _edit(seeds[2], _body_word)
    settings = _build(inc)
    assert not settings.quick and settings.quick_skipped
    over = inc / "content" / "articles" / f"{seeds[4].stem}.yml"
    over.parent.mkdir(parents=True, exist_ok=True)
    over.write_text("title: A title set by hand\n", encoding="utf-8")
    assert not _build(inc).quick  # (content/ changed)
    _edit(seeds[4], _in_quote)
    overridden = _build(inc)  # the article's override applies as in the ordinary path
    assert overridden.quick, overridden.quick_skipped
    _equals_full(inc, tmp_path / "full")
    os.utime(seeds[2])  # touched, not changed: quick, nothing rendered
    touched = _build(inc)
    assert touched.quick and touched.rendered == 0


def test_a_site_changed_by_hand_or_a_resident_process_is_not_trusted(tmp_path: Path) -> None:
    """The quick path keeps every file it does not render: it runs only on the site the last
    build wrote, with the state that build saved."""
    inc = make_project(tmp_path / "inc")
    _build(inc)
    seeds = sorted((inc / "seeds").glob("*.txt"))
    (inc / "site" / "index.html").unlink()
    _edit(seeds[2], _body_word)
    assert not _build(inc).quick  # (the ordinary path writes the missing page again)
    assert_equals_a_full_build(inc, tmp_path / "full")
    _edit(seeds[2], _body_word)
    assert _build(inc).quick
    # after a quick build, a file deleted in a folder it did not write in (it read again only the
    # times of the folders it wrote in)
    next(f for f in sorted((inc / "site" / "static").rglob("*")) if f.is_file()).unlink()
    _edit(seeds[2], _body_word)
    by_hand = _build(inc)
    assert not by_hand.quick and by_hand.quick_skipped == "the site is not what the last build wrote"
    assert_equals_a_full_build(inc, tmp_path / "full1")
    QuickState(inc / ".briefing-cache").drop()
    _edit(seeds[2], _lead_word)
    dropped = _build(inc)
    assert not dropped.quick and dropped.quick_skipped is None  # (not even tried)
    assert_equals_a_full_build(inc, tmp_path / "full2")


def test_a_syndicated_copy_edited_stays_or_stops_a_copy_as_a_full_build_finds(tmp_path: Path) -> None:
    inc = make_project(tmp_path / "inc")
    seeds = sorted((inc / "seeds").glob("*.txt"))
    copy = inc / "seeds" / "zz_syndicated.txt"
    copy.write_text(seeds[3].read_text(encoding="utf-8").replace("\n", " (syndicated)\n", 1), encoding="utf-8")
    first = _build(inc)
    assert first.archive is not None and any(a.duplicate_of for a in first.archive.articles.values())
    for k in range(3):
        _edit(copy, _body_word if k % 2 == 0 else _lead_word)
        _build(inc)
        assert_equals_a_full_build(inc, tmp_path / f"full{k}")


def test_a_byline_or_original_link_edited_reaches_the_feeds_that_list_the_article(tmp_path: Path) -> None:
    """A feed's entry shows its article's card and its authors and link: a quick build that
    changes only those (no other article's text read back) remakes the feeds as a full build."""
    inc = make_project(tmp_path / "inc")
    _build(inc)
    seeds = sorted((inc / "seeds").glob("*.txt"))
    edits = [(seeds[2], "by Olena Goncharova", "by Olena Honcharova", "<name>Olena Honcharova</name>", "Goncharova"),
             (seeds[0], "-a91335>", "-a91336>", "-a91336", "-a91335")]
    for k, (seed, old, new, shown, gone) in enumerate(edits):
        text = seed.read_text(encoding="utf-8")
        assert old in text
        seed.write_text(text.replace(old, new, 1), encoding="utf-8")
        result = _build(inc)
        assert result.quick, result.quick_skipped
        feed = (inc / "site" / "feed.xml").read_text(encoding="utf-8")
        assert shown in feed and gone not in feed
        assert_equals_a_full_build(inc, tmp_path / f"full{k}")


@pytest.mark.shared
@pytest.mark.skipif(not MAKE.is_file(), reason="../shared not present")
def test_random_edits_by_one_shot_builds_equal_full_builds(tmp_path: Path) -> None:
    """Ten edits of random kinds to random articles of a 120-article synthetic archive, each built
    by a new `briefing build` process: after each the site equals a full build."""
    inc = make_project(tmp_path / "inc", seeds=False)
    subprocess.run([sys.executable, str(MAKE), "--n", "120", "--out", str(inc / "seeds"), "--format", "raw"],
                   check=True, stdout=subprocess.DEVNULL)
    _build(inc)
    seeds = sorted((inc / "seeds").glob("*.txt"))
    rng = random.Random(20261128)
    quick = 0
    for k in range(10):
        _edit(rng.choice(seeds), lambda t: _random_edit(rng, t))
        repo = str(Path(__file__).resolve().parents[1])
        out = subprocess.run([sys.executable, "-m", "builder", "build", "--quiet"], cwd=inc,
                             capture_output=True, text=True, env={**os.environ, "PYTHONPATH": repo})
        assert out.returncode == 0, out.stderr
        quick += _build_was_quick(inc)
        assert_equals_a_full_build(inc, tmp_path / f"full{k}")
    assert quick >= 3  # (some random edits change a title, a person or a short line: the ordinary path)


def _build_was_quick(inc: Path) -> bool:
    import json

    record = json.loads((inc / ".briefing-cache" / "last-build.json").read_text(encoding="utf-8"))
    return bool(record.get("quick"))


def test_a_failing_search_patch_fails_the_build_and_keeps_the_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import multiprocessing

    import builder.search as search

    inc = make_project(tmp_path / "inc")
    _build(inc)
    before = site_files(inc / "site")
    _edit(sorted((inc / "seeds").glob("*.txt"))[2], _body_word)

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("index exploded")

    monkeypatch.setattr(search, "patch_search_files", broken)
    result = run_build(load_config(None, root=inc), BuildOptions())
    assert not result.ok and "search patch failed: RuntimeError: index exploded" in (result.failed_reason or "")
    assert site_files(inc / "site") == before
    assert not [p for p in multiprocessing.active_children() if p.name.startswith("briefing-")]


def test_a_quote_that_makes_a_persons_quotes_a_page_of_their_own_takes_the_ordinary_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A person's page shows their latest quotes; past QUOTES_SHOWN they get a quotes page too:
    one more quote then changes which pages the site has, which the quick path does not do."""
    import builder.render as render

    inc = make_project(tmp_path / "inc")
    first = _build(inc)
    assert first.archive is not None
    seed = sorted((inc / "seeds").glob("*.txt"))[3]
    art = next(a for a in first.archive.articles.values() if a.path == seed.name)
    speaker = next(q.speaker for q in art.quotes if q.text.startswith("The work will continue"))
    said = sum(q.speaker == speaker for a in first.archive.articles.values() for q in a.quotes)
    assert not (inc / "site" / "actors" / speaker / "quotes").exists()
    assert said <= render.QUOTES_SHOWN
    monkeypatch.setattr(render, "QUOTES_SHOWN", said)  # (as many as they have: the same site)
    _edit(seed, _one_more_quote)
    result = _build(inc)
    assert not result.quick and "pages" in (result.quick_skipped or "")
    assert (inc / "site" / "actors" / speaker / "quotes" / "index.html").is_file()
    assert_equals_a_full_build(inc, tmp_path / "full")


def test_a_boilerplate_line_added_changes_the_reports_summary_as_a_full_build_does(tmp_path: Path) -> None:
    """The cleaning report's summary counts every article's removals by rule: the quick path makes
    it again when an edit adds a removal (and leaves it when an edit keeps the rules the same)."""
    inc = make_project(tmp_path / "inc")
    _build(inc)
    summary = inc / "site" / "report" / "index.html"
    before = summary.read_bytes()
    seeds = sorted((inc / "seeds").glob("*.txt"))
    _edit(seeds[1], lambda t: t.rstrip("\n") + "\n\nSign up to our morning newsletter for the day's headlines.\n")
    added = _build(inc)
    assert added.quick, added.quick_skipped
    assert summary.read_bytes() != before
    assert_equals_a_full_build(inc, tmp_path / "full1")
    now = summary.read_bytes()
    _edit(seeds[1], _body_word)
    assert _build(inc).quick
    assert summary.read_bytes() == now
    assert_equals_a_full_build(inc, tmp_path / "full2")


def test_a_lean_archive_file_that_is_not_the_states_takes_the_ordinary_path(tmp_path: Path) -> None:
    """The lean archive is a file beside the state, named by a tag: gone, or left by another build,
    the quick path does not use it."""
    from builder.quickstate import LEAN_FILE

    inc = make_project(tmp_path / "inc")
    _build(inc)
    seeds = sorted((inc / "seeds").glob("*.txt"))
    lean = inc / ".briefing-cache" / LEAN_FILE
    older = lean.read_bytes()
    lean.unlink()
    _edit(seeds[2], _body_word)
    gone = _build(inc)
    assert not gone.quick and gone.quick_skipped == "the state is incomplete"
    lean.write_bytes(older)  # the file of the build before: another tag
    _edit(seeds[2], _body_word)
    other = _build(inc)
    assert not other.quick and other.quick_skipped == "the state is incomplete"
    assert_equals_a_full_build(inc, tmp_path / "full")
    _edit(seeds[2], _body_word)
    assert _build(inc).quick  # (the last build wrote its own)


def test_the_lean_archive_gives_each_articles_quotes_and_related_articles_back_when_read(tmp_path: Path) -> None:
    """The lean archive file keeps each article's quotes and related slugs encoded (LazyList): read
    back, they are the full build's, whatever list operation reads them first."""
    import copy
    import marshal
    import pickle

    from builder.quickstate import LazyList, lean_archive

    inc = make_project(tmp_path / "inc")
    first = _build(inc)
    assert first.archive is not None
    state = QuickState(inc / ".briefing-cache")
    try:
        blob = state.get_lean(state.get("lean"))
    finally:
        state.close()
    assert blob is not None
    lean = lean_archive(blob, {})
    full = first.archive.articles
    assert lean.articles.keys() == full.keys()
    quoted = [s for s, a in full.items() if a.quotes and a.related]
    assert quoted, "the sample project has quoted articles with related ones"
    reads: list[Callable[[list[object]], object]] = [list, len, bool, lambda v: v[0], lambda v: [*v], tuple,
                                                    lambda v: v == list(v), lambda v: next(iter(v))]
    for i, slug in enumerate(quoted):
        a = lean.articles[slug]
        assert type(a.quotes) is LazyList and type(a.related) is LazyList
        read = reads[i % len(reads)]
        assert read(a.quotes) == read(list(full[slug].quotes))  # (the first read decodes)
        assert a.quotes == full[slug].quotes and a.related == full[slug].related
    empty = LazyList(marshal.dumps([]))
    assert not empty and len(empty) == 0 and list(empty) == []
    slug = quoted[0]
    fresh = lean_archive(blob, {}).articles[slug]  # (pickled before any read: as the plain list)
    assert pickle.loads(pickle.dumps(fresh.quotes)) == full[slug].quotes
    assert copy.deepcopy(fresh.related) == full[slug].related
