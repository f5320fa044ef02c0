"""A resident process's fast path (builder.incremental): local edits patch the last archive and
page list in place; other edits take the ordinary path. After every edit the site is byte for
byte what a fresh full build of the same inputs makes."""

from __future__ import annotations

import random
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from builder.config import Config, load_config
from builder.memo import Memo
from builder.pipeline import BuildOptions, run_build
from tests.conftest import make_project
from tests.test_build_e2e import assert_equals_a_full_build

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
MAKE = SHARED / "bench" / "scale" / "make_corpus.py"


def _synthetic_served(tmp_path: Path, n: int) -> tuple[Path, Config, Memo, list[Path]]:
    """A project of n synthetic raw articles, built once by a resident process (its memo)."""
    inc = make_project(tmp_path / "inc", seeds=False)
    subprocess.run([sys.executable, str(MAKE), "--n", str(n), "--out", str(inc / "seeds"), "--format", "raw"],
                   check=True, stdout=subprocess.DEVNULL)
    cfg = load_config(None, root=inc)
    memo = Memo()
    assert run_build(cfg, BuildOptions(memo=memo)).ok
    return inc, cfg, memo, sorted((inc / "seeds").glob("*.txt"))


def _edit(path: Path, change: Callable[[str], str]) -> None:
    text = path.read_text(encoding="utf-8")
    new = change(text)
    assert new != text, f"the edit changed nothing in {path.name}"
    path.write_text(new, encoding="utf-8")


def _in_quote(text: str) -> str:
    """One word changed inside the first quotation of a paragraph."""
    m = re.search(r"“([^”\n]*?) (\w{4,}) ", text)
    assert m is not None
    return text[: m.start(2)] + m.group(2).upper() + text[m.end(2) :]


def _body_word(text: str) -> str:
    paras = text.split("\n\n")
    j = len(paras) // 2
    for k in [*range(j, len(paras)), *range(j)]:
        if " the " in paras[k]:
            paras[k] = paras[k].replace(" the ", " the plainly ", 1)
            return "\n\n".join(paras)
    raise AssertionError("no ' the ' in the article")


def _lead_word(text: str) -> str:
    """A word of the first long paragraph (the lead: listed with the article on other pages)."""
    paras = text.split("\n\n")
    k = next(i for i, p in enumerate(paras) if len(p) > 200 and " the " in p)
    paras[k] = paras[k].replace(" the ", " the very ", 1)
    return "\n\n".join(paras)


def _one_more_quote(text: str) -> str:
    said = "“The work will continue,” he said."
    return text.replace(said, said + " “There is more to do,” he said.", 1)


def edit_steps(seeds: list[Path]) -> list[tuple[str, Path, Callable[[str], str], bool]]:
    """Edits of the seed project, in order, each with whether it is local (no title, person or
    related-article feature changed). "two articles at once" also edits seeds[3]: see
    edit_both."""
    return [
        ("a word of the body", seeds[2], _body_word, True),
        ("a word of the lead (shown on lists)", seeds[2], _lead_word, True),
        ("a word inside a quotation (the people's pages show it)", seeds[4], _in_quote, True),
        ("one more quotation of a person already quoted (their pages count it)", seeds[3], _one_more_quote, True),
        ("two articles at once", seeds[0], _body_word, True),
        ("the title (slugs and lists may change)", seeds[1], lambda t: t.replace("\n", " (corrected)\n", 1), False),
        ("a word again, after the ordinary path", seeds[3], _body_word, True),
    ]


def test_local_edits_are_patched_in_place_and_equal_a_full_build(tmp_path: Path) -> None:
    inc = make_project(tmp_path / "inc")
    cfg = load_config(None, root=inc)
    memo = Memo()
    first = run_build(cfg, BuildOptions(memo=memo))
    assert first.ok and first.patched == 0
    seeds = sorted((inc / "seeds").glob("*.txt"))

    for k, (what, path, change, local) in enumerate(edit_steps(seeds)):
        _edit(path, change)
        if what == "two articles at once":
            _edit(seeds[3], lambda t: t.replace(" a ", " one ", 1))
        result = run_build(cfg, BuildOptions(memo=memo))
        assert result.ok, result.summary()
        assert (result.patched > 0) == local, what
        assert_equals_a_full_build(inc, tmp_path / f"full{k}")


def test_a_change_that_is_not_local_takes_the_ordinary_path(tmp_path: Path) -> None:
    """A new person in an article changes the merge of people: no patch; the next local edit
    is patched again."""
    inc = make_project(tmp_path / "inc")
    cfg = load_config(None, root=inc)
    memo = Memo()
    assert run_build(cfg, BuildOptions(memo=memo)).ok
    seed = sorted((inc / "seeds").glob("*.txt"))[3]
    line = "Minister Orla Quennevitz said the talks went on."
    _edit(seed, lambda t: t.replace("\n\n", f"\n\n{line}\n\n", 1))
    result = run_build(cfg, BuildOptions(memo=memo))
    assert result.ok and result.patched == 0
    _edit(seed, _body_word)
    again = run_build(cfg, BuildOptions(memo=memo))
    assert again.ok and again.patched == 1
    assert_equals_a_full_build(inc, tmp_path / "full")


@pytest.mark.shared
@pytest.mark.skipif(not MAKE.is_file(), reason="../shared not present")
def test_patched_rebuilds_of_a_larger_archive_equal_a_full_build(tmp_path: Path) -> None:
    """120 synthetic articles (related articles, stories, people on many pages): several local
    edits in a row, each equal to a full build."""
    inc, cfg, memo, seeds = _synthetic_served(tmp_path, 120)
    patched = 0
    for k, i in enumerate([7, 60, 61, 119]):
        _edit(seeds[i], _body_word if k % 2 == 0 else lambda t: t.replace(" and ", " and so ", 1))
        result = run_build(cfg, BuildOptions(memo=memo))
        assert result.ok, result.summary()
        patched += result.patched
        assert_equals_a_full_build(inc, tmp_path / f"full{k}")
    assert patched >= 3  # an edit may change an article's related-article features: then no patch
    # A short line (what the archive-wide boilerplate evidence is made of) changed in three
    # articles of one outlet: the evidence is collected again.
    for k, i in enumerate([10, 11, 12]):
        _edit(seeds[i], lambda t: t.replace("\n", "\nShare this story\n", 1))
        result = run_build(cfg, BuildOptions(memo=memo))
        assert result.ok, result.summary()
        assert_equals_a_full_build(inc, tmp_path / f"short{k}")


def test_an_edit_of_a_syndicated_copy_keeps_or_drops_it_as_a_full_build_does(tmp_path: Path) -> None:
    """A copy of an article (another title, the same text) is found as a copy; small edits of the
    copy change its min-hash, and the copies found must stay what a full build finds."""
    inc = make_project(tmp_path / "inc")
    seeds = sorted((inc / "seeds").glob("*.txt"))
    original = seeds[3].read_text(encoding="utf-8")
    copy = inc / "seeds" / "zz_syndicated.txt"
    copy.write_text(original.replace("\n", " (syndicated)\n", 1), encoding="utf-8")
    cfg = load_config(None, root=inc)
    memo = Memo()
    first = run_build(cfg, BuildOptions(memo=memo))
    assert first.ok and first.archive is not None
    assert any(a.duplicate_of for a in first.archive.articles.values())
    for k in range(3):
        _edit(copy, _body_word if k % 2 == 0 else _lead_word)
        result = run_build(cfg, BuildOptions(memo=memo))
        assert result.ok, result.summary()
        assert_equals_a_full_build(inc, tmp_path / f"full{k}")


def test_the_watchers_changed_files_are_read_without_listing_the_folder(tmp_path: Path) -> None:
    """serve passes the input files its watcher saw change (builder.serve.changed_inputs): only
    those are read again, the folder's other files come from the memo, and the site is the same
    as a full build's. A file added, removed or outside the input folder: no hint."""
    from builder.serve import changed_inputs

    before = {"input/a.txt": (1, 10), "input/b.txt": (1, 20), "content/x.yml": (1, 5)}
    assert changed_inputs(before, {**before, "input/b.txt": (2, 21)}) == frozenset({"b.txt"})
    assert changed_inputs(before, {**before, "content/x.yml": (2, 5)}) is None
    assert changed_inputs(before, {**before, "input/c.txt": (1, 1)}) is None

    inc = make_project(tmp_path / "inc")
    cfg = load_config(None, root=inc)
    memo = Memo()
    assert run_build(cfg, BuildOptions(memo=memo)).ok
    seed = sorted((inc / "seeds").glob("*.txt"))[2]
    other = sorted((inc / "seeds").glob("*.txt"))[0]
    _edit(seed, _body_word)
    _edit(other, _body_word)  # changed too, but not in the hint: the memo's copy is used
    result = run_build(cfg, BuildOptions(memo=memo, changed_inputs=frozenset({seed.name})))
    assert result.ok and result.patched == 1
    _edit(other, lambda t: t.replace(" plainly ", " ", 1))  # back as it was: the site must be right again
    result = run_build(cfg, BuildOptions(memo=memo, changed_inputs=frozenset({other.name})))
    assert result.ok
    assert_equals_a_full_build(inc, tmp_path / "full")


def _random_edit(rng: random.Random, text: str) -> str:
    """One of the edits a maintainer makes: a word, a sentence, a quotation, a short line, the
    date line or the title."""
    lines = text.split("\n")
    kind = rng.choice(["word", "word", "sentence", "quote", "short", "date", "title"])
    long_lines = [i for i, line in enumerate(lines) if len(line) > 120]
    if kind == "title":
        first = next(i for i, line in enumerate(lines) if line.strip())
        lines[first] += " again"
    elif kind == "date":
        for i, line in enumerate(lines):
            m = re.search(r"20\d\d", line)
            if m and len(line) < 80:
                lines[i] = line[: m.start()] + str(int(m.group()) - 1) + line[m.end() :]
                break
        else:
            lines.append("Updated")
    elif kind == "short":
        lines.insert(rng.randrange(len(lines)), "Advertisement")
    else:
        i = rng.choice(long_lines)
        words = lines[i].split(" ")
        j = rng.randrange(1, len(words))
        extra = {"word": "indeed", "sentence": "It was late. Nobody said more.",
                 "quote": "“We will see,” he said."}[kind]
        lines[i] = " ".join([*words[:j], extra, *words[j:]])
    return "\n".join(lines)


@pytest.mark.shared
@pytest.mark.skipif(not MAKE.is_file(), reason="../shared not present")
def test_random_edits_in_a_resident_process_equal_full_builds(tmp_path: Path) -> None:
    """Ten edits of random kinds to random articles of a 120-article archive, one at a time, in
    one resident process: after each the site equals a full build of the same inputs."""
    inc, cfg, memo, seeds = _synthetic_served(tmp_path, 120)
    rng = random.Random(20261127)
    for k in range(10):
        _edit(rng.choice(seeds), lambda t: _random_edit(rng, t))
        result = run_build(cfg, BuildOptions(memo=memo))
        assert result.ok, result.summary()
        assert_equals_a_full_build(inc, tmp_path / f"full{k}")
