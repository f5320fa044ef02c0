"""The search stage's cache (builder/search_cache.py): whatever it holds, search_files gives the
files it gives without it, byte for byte; a damaged cache is only ever recomputed."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from builder import search as S
from builder import search_cache as SC
from tests.test_search import article, make_archive, tricky_archive

WORDS = ("ceasefire grain corridor envoy talks sanctions drone strike port harbour negotiations minister "
         "parliament vote budget refinery pipeline winter energy prisoners exchange mediator summit").split()


def synthetic_archive(n: int = 40) -> Any:
    arts = []
    for i in range(n):
        words = [WORDS[(i * 7 + j * j) % len(WORDS)] for j in range(30 + i % 11)]
        paras = [" ".join(words[:15]) + f" doc{i}.", " ".join(words[15:]) + " — the end, isn't it?"]
        date = None if i % 13 == 0 else f"2025-{1 + i % 12:02d}-{1 + i % 27:02d}"
        arts.append(article(f"doc-{i:03d}", f"Title {WORDS[i % len(WORDS)]} {i}", date, paras,
                            actors=["anna-kessler"] if i % 3 else ["oleg-tarasevich", "anna-kessler"],
                            outlet="wire" if i % 4 else "post"))
    return make_archive(arts)


class Spy:
    """Records whether each build patched the stored index or inverted everything."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[str] = []
        patch, invert = S._patch, S._invert

        def spy_patch(*a: Any) -> Any:
            out = patch(*a)
            if out is not None:
                self.calls.append("patch")
            return out

        def spy_invert(*a: Any) -> Any:
            if a[-1].folder is not None:  # (not the uncached build it is compared with)
                self.calls.append("invert")
            return invert(*a)

        monkeypatch.setattr(S, "_patch", spy_patch)
        monkeypatch.setattr(S, "_invert", spy_invert)


def same_with_cache(archive: Any, cache: Path, workers: int = 1) -> None:
    want = S.search_files(archive, "T", workers=1)
    assert S.search_files(archive, "T", workers=workers, cache_dir=cache) == want


def edit(archive: Any, slug: str, text: str) -> None:
    a = archive.articles[slug]
    a.paragraphs = [*a.paragraphs[:-1], a.paragraphs[-1] + text]


def test_cold_warm_and_edited_builds_equal_uncached_ones(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = Spy(monkeypatch)
    archive = synthetic_archive()
    same_with_cache(archive, tmp_path)  # cold: writes the cache
    assert (tmp_path / SC.DOCS_FILE).is_file() and (tmp_path / SC.INDEX_FILE).is_file()
    same_with_cache(archive, tmp_path)  # warm, nothing changed
    edit(archive, "doc-007", " newly edited words, quokkas")  # a new term
    same_with_cache(archive, tmp_path)
    edit(archive, "doc-011", " ceasefire ceasefire")  # known terms only, counts change
    archive.articles["doc-012"].title = "A new title"
    same_with_cache(archive, tmp_path)
    edit(archive, "doc-007", "")  # (no-op)
    archive.articles["doc-007"].paragraphs[-1] = archive.articles["doc-007"].paragraphs[-1].replace(" quokkas", "")
    same_with_cache(archive, tmp_path)  # the new term gone again
    assert spy.calls == ["invert", "patch", "patch", "patch", "patch"]


def test_added_removed_renamed_and_redated_articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = Spy(monkeypatch)
    archive = synthetic_archive()
    same_with_cache(archive, tmp_path)
    archive.actors["anna-kessler"].name = "Anna Kessler-Berg"  # in most documents' people field
    same_with_cache(archive, tmp_path)
    del archive.articles["doc-020"]
    same_with_cache(archive, tmp_path)
    new = copy.deepcopy(archive.articles["doc-021"])
    new.slug, new.date = "doc-new", "2020-01-01"  # renumbers every later document
    archive.articles[new.slug] = new
    same_with_cache(archive, tmp_path)
    archive.articles["doc-005"].date = "2031-01-01"
    same_with_cache(archive, tmp_path)
    assert spy.calls == ["invert"] * 5


def test_tricky_text_and_forked_workers(tmp_path: Path) -> None:
    archive = tricky_archive()
    same_with_cache(archive, tmp_path, workers=2)
    same_with_cache(archive, tmp_path, workers=2)
    edit(archive, "doc-2", " \u00a0zero\u200bwidth 🙂 and a\x1cfile")
    same_with_cache(archive, tmp_path, workers=2)
    same_with_cache(archive, tmp_path, workers=1)


@pytest.mark.parametrize("damage", ["garbage", "truncate", "flip", "append", "empty", "version", "directory"])
def test_a_damaged_cache_is_recomputed(tmp_path: Path, damage: str) -> None:
    archive = synthetic_archive(30)
    same_with_cache(archive, tmp_path)
    edit(archive, "doc-003", " prisoners")
    same_with_cache(archive, tmp_path)  # (a frame appended to the records file)
    for name in (SC.DOCS_FILE, SC.INDEX_FILE, SC.FUZZY_FILE):
        path = tmp_path / name
        data = path.read_bytes()
        if damage == "garbage":
            path.write_bytes(b"\x00garbage" * 100)
        elif damage == "truncate":
            path.write_bytes(data[: len(data) * 2 // 3])
        elif damage == "flip":
            at = len(data) // 2
            path.write_bytes(data[:at] + bytes([data[at] ^ 0x40]) + data[at + 1:])
        elif damage == "append":
            path.write_bytes(data + b"000000000100deadbeef" + b"x" * 50)
        elif damage == "empty":
            path.write_bytes(b"")
        elif damage == "version":
            path.write_bytes(data.replace(SC.analyser_version(), b"0" * len(SC.analyser_version()), 1))
        elif damage == "directory":
            path.unlink()
            path.mkdir()
    edit(archive, "doc-004", " pipeline")
    same_with_cache(archive, tmp_path)
    edit(archive, "doc-005", " refinery")
    same_with_cache(archive, tmp_path)


def test_records_are_appended_then_compacted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SC, "INDEX_LAG", 0.1)  # (1% of 40 documents would be none)
    archive = synthetic_archive(40)
    same_with_cache(archive, tmp_path)
    records = tmp_path / SC.DOCS_FILE
    index = tmp_path / SC.INDEX_FILE
    size, index_bytes = records.stat().st_size, index.read_bytes()
    edit(archive, "doc-010", " winter")
    same_with_cache(archive, tmp_path)
    assert size < records.stat().st_size < size * 1.2  # one frame appended
    assert index.read_bytes() == index_bytes  # the stored index still serves (patched in memory)
    for i in range(11, 25):  # more than a quarter stale: the records file is rewritten, so is the index
        edit(archive, f"doc-{i:03d}", " summit")
        same_with_cache(archive, tmp_path)
    assert records.stat().st_size < size * 1.3
    assert index.read_bytes() != index_bytes
    loaded = SC.SearchCache.load(tmp_path)
    assert loaded.sound and len(loaded.records) <= 50 and loaded.index is not None


def test_no_cache_dir_writes_nothing(tmp_path: Path) -> None:
    archive = synthetic_archive(10)
    S.search_files(archive, "T", workers=1)
    assert not any(tmp_path.iterdir())


def test_doc_key_is_unambiguous() -> None:
    assert SC.doc_key("a", [], ["b"]) != SC.doc_key("a", ["b"], [])
    assert SC.doc_key("a\0b", [], []) != SC.doc_key("a", ["b"], [])
    assert SC.doc_key("t", [], ["x\ny"]) != SC.doc_key("t", [], ["x", "y"])
    assert SC.doc_key("t", ["n"], ["p"]) == SC.doc_key("t", ["n"], ["p"])
