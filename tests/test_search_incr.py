"""Incremental search builds (builder/search.py _incremental): after an edit, an added or removed
term, a title change, an added or removed article, the files (kept ones as they were, made ones
as made) equal a build from nothing, byte for byte; and shard cuts move only around a change."""

from __future__ import annotations

import copy
import hashlib
import random
from pathlib import Path
from typing import Any

import pytest

from builder import lunr_text as T
from builder import search as S
from builder.output import Keep
from tests.test_search import article, decode, make_archive

SYLLABLES = "ka ro mi te su na lo pe vi da gu ze ta ni mo re".split()


def big_archive(n: int = 300, seed: int = 7) -> Any:
    rnd = random.Random(seed)
    vocab = ["".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(1, 4))) for _ in range(3000)]
    weights = [1 / (r + 1) for r in range(len(vocab))]
    arts = []
    for i in range(n):
        paras = [" ".join(rnd.choices(vocab, weights, k=rnd.randint(20, 60))) + "." for _ in range(3)]
        date = f"2025-{1 + i % 12:02d}-{1 + i % 27:02d}"
        people = [["anna-kessler"], ["oleg-tarasevich", "anna-kessler"], []][i % 3]
        arts.append(article(f"doc-{i:04d}", " ".join(rnd.choices(vocab, k=4)), date, paras, actors=people,
                            outlet="wire" if i % 4 else "post"))
    return make_archive(arts)


class Site:
    """The search files as the site holds them, rebuilt with the cache like the pipeline does."""

    def __init__(self, cache: Path, monkeypatch: pytest.MonkeyPatch, text_keys: bool = False) -> None:
        self.cache = cache
        self.text_keys = text_keys
        self.files: dict[str, bytes] = {}
        self.used: list[bool] = []
        real = S._incremental

        def spy(*a: Any) -> Any:
            out = real(*a)
            self.used.append(out is not None)
            return out

        monkeypatch.setattr(S, "_incremental", spy)

    def build(self, archive: Any) -> int:
        """-> how many files were made (not kept)."""
        previous = {p: hashlib.sha256(b).hexdigest() for p, b in self.files.items()}
        keys = None
        if self.text_keys:  # as the pipeline's source keys: a digest each article's text is made from
            keys = {a.path: hashlib.sha256("\0".join(a.paragraphs).encode()).hexdigest()
                    for a in archive.articles.values()}
        out = S.search_files(archive, "T", workers=1, cache_dir=self.cache, previous=previous, text_keys=keys)
        files, made = {}, 0
        for p, b in out.items():
            if isinstance(b, Keep):
                assert hashlib.sha256(self.files[p]).hexdigest() == b.sha256, p
                files[p] = self.files[p]
            else:
                files[p] = b
                made += 1
        self.files = files
        assert files == S.search_files(archive, "T", workers=1)  # a build from nothing
        return made


def edit(archive: Any, slug: str, old: str, new: str) -> None:
    a = archive.articles[slug]
    a.paragraphs = [p.replace(old, new, 1) for p in a.paragraphs]


@pytest.mark.parametrize("text_keys", [False, True])
def test_incremental_builds_equal_builds_from_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      text_keys: bool) -> None:
    site = Site(tmp_path, monkeypatch, text_keys)
    archive = big_archive()
    total = site.build(archive)  # cold
    assert site.build(archive) <= 2  # nothing changed: meta.js (and actors.js, same bytes) at most
    a = archive.articles["doc-0150"]
    edit(archive, "doc-0150", " ", " ka ")  # one word more: its body length (an l/ file) and the tf of "ka"
    made = site.build(archive)
    assert made < total / 3
    edit(archive, "doc-0151", " ", " quokkaword ")  # a term new to the archive
    site.build(archive)
    edit(archive, "doc-0151", " quokkaword ", " ")  # ... and gone again
    site.build(archive)
    archive.articles["doc-0152"].title = "A brand new title, quokkaword"
    site.build(archive)
    archive.articles["doc-0152"].title = "A brand new title, quokkawort"  # a term gone, one new, at once
    site.build(archive)
    archive.articles["doc-0152"].title = "quokkawort, a title brand new"  # the same terms: only its card
    assert site.build(archive) >= 3  # its d/ file, the shards showing its card, meta.js
    for i in range(0, 12):  # several documents at once
        edit(archive, f"doc-{20 * i:04d}", " ", f" extra{i} ")
    site.build(archive)
    assert site.used == [True] * 8, site.used
    a.paragraphs = a.paragraphs[:1]  # much shorter (the rounded average length may change: then all)
    site.build(archive)
    new = copy.deepcopy(archive.articles["doc-0021"])
    new.slug = "doc-new"
    archive.articles[new.slug] = new  # an added article: other ids, everything made again
    site.build(archive)
    del archive.articles["doc-0100"]  # a removed one
    site.build(archive)
    edit(archive, "doc-0090", " ", " ro ")
    site.build(archive)
    assert site.used[-3:] == [False, False, True]


def shard_parts(files: dict[str, bytes]) -> dict[str, tuple[dict[str, Any], list[Any]]]:
    """t/<name>.js -> ({term: its entry}, its cards)."""
    out = {}
    for p in files:
        if p.startswith("search/t/"):
            data = decode(files, p[len("search/"):-3])
            out[p] = ({e[0]: e for e in data["t"]}, data["c"])
    return out


def posting_changes(archive: Any, slug: str, before: Any) -> set[str]:
    """The terms whose postings of this document differ from ``before`` (its fields' analysis then):
    a tf changed, the term came or went in a field, or an inline (title, people) length changed."""
    now = field_analysis(archive, slug)
    out: set[str] = set()
    for fi, ((len0, tf0), (len1, tf1)) in enumerate(zip(before, now, strict=True)):
        if len0 != len1 and not S.TABLE_FIELDS[fi]:
            out |= tf0.keys() | tf1.keys()
        out |= {t for t in tf0.keys() | tf1.keys() if tf0.get(t) != tf1.get(t)}
    return out - {""}


def field_analysis(archive: Any, slug: str) -> list[tuple[int, dict[str, int]]]:
    fields = S.document_fields(archive.articles[slug], archive)
    return [T.analyse(fields[f]) for f, _ in S.FIELDS]


@pytest.mark.parametrize("change", [" ... ", " ka ", " ka quokkaword "])
def test_an_edit_rewrites_only_the_shards_whose_postings_or_cards_change(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, change: str) -> None:
    """The body lengths are in the l/ files, not in the postings: an edit that only lengthens the
    body (" ... ": a token the trimmer empties, counted in the length, no term) makes again its d/
    file, one l/ file and meta.js, and a shard only where its cards change; an edit that adds a
    word remakes the shards of the terms whose postings changed too, and in them only those entries."""
    monkeypatch.setattr(S, "LENGTH_BLOCK", 64)
    site = Site(tmp_path, monkeypatch)
    archive = big_archive()
    site.build(archive)
    before_files = dict(site.files)
    doc_id = [a.slug for a in S.doc_order(archive)].index("doc-0150")
    before = field_analysis(archive, "doc-0150")
    edit(archive, "doc-0150", " ", change)
    assert field_analysis(archive, "doc-0150")[2][0] > before[2][0]  # the body is longer
    changed_terms = posting_changes(archive, "doc-0150", before)
    assert bool(changed_terms) == (change != " ... ")
    made = site.build(archive)
    assert site.used == [True]  # (the first build had no store)
    differ = {p for p in site.files if before_files.get(p) != site.files[p]}
    assert made == len(differ)
    other = differ - {f"search/d/{doc_id}.js", f"search/l/{doc_id // 64}.js", "search/meta.js"}
    assert {p for p in other if not p.startswith("search/t/") and not p.startswith("search/f/")} == set()
    old_parts, new_parts = shard_parts(before_files), shard_parts(site.files)
    entries_changed: set[str] = set()
    for p in other - {p for p in other if p.startswith("search/f/")}:
        (old_t, old_c), (new_t, new_c) = old_parts.get(p, ({}, [])), new_parts[p]
        changed_here = {t for t in old_t.keys() | new_t.keys() if old_t.get(t) != new_t.get(t)}
        assert changed_here or old_c != new_c, p  # no shard remade for nothing
        entries_changed |= changed_here
    # Entries of other terms than those whose postings changed move only when a shard is cut anew
    # (a term added: its neighbours change shard); otherwise exactly the changed terms' entries.
    if "quokkaword" not in change:
        assert entries_changed == changed_terms
    else:
        assert changed_terms <= entries_changed
    shards_of_terms = {p for p, (t, _) in new_parts.items() if changed_terms & t.keys()}
    assert len(other) <= len(shards_of_terms) + 12, (len(other), len(shards_of_terms))


def test_without_previous_files_everything_is_made(tmp_path: Path) -> None:
    archive = big_archive(60)
    first = S.search_files(archive, "T", workers=1, cache_dir=tmp_path)
    assert not any(isinstance(b, Keep) for b in first.values())
    edit(archive, "doc-0010", " ", " ka ")
    again = S.search_files(archive, "T", workers=1, cache_dir=tmp_path)
    assert again == S.search_files(archive, "T", workers=1)
    # The site's files are not what the store describes: everything is made.
    wrong = {p: "0" * 64 for p in again}
    third = S.search_files(archive, "T", workers=1, cache_dir=tmp_path, previous=wrong)
    assert third == again


def test_shard_cuts_move_only_around_a_changed_term() -> None:
    rnd = random.Random(3)
    terms = sorted({"".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 5))) for _ in range(20000)},
                   key=T.js_sort_key)
    dfs = {t: int(rnd.paretovariate(1.2)) for t in terms}
    hashes = {t: S.cut_hash(t) for t in terms}

    def firsts(ts: list[str]) -> set[str]:
        cuts = S.shard_cuts(ts, [dfs[t] for t in ts], [hashes[t] for t in ts])
        return {ts[c] for c in cuts[:-1]}

    base = firsts(terms)
    assert 20 < len(base) < len(terms) / 10
    sizes = []
    for at in rnd.sample(range(1, len(terms)), 50):
        gone = terms[:at] + terms[at + 1:]
        sizes.append(len(base ^ firsts(gone)))
        dfs2 = dict(dfs)
        dfs[terms[at]] += 500  # a term much larger
        sizes.append(len(base ^ firsts(terms)))
        dfs.update(dfs2)
    assert max(sizes) <= 6 and sum(sizes) <= 2 * len(sizes), sizes


def test_a_pipeline_rebuild_after_an_edit_keeps_most_search_files(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Through the pipeline (the site's manifest as ``previous``, its source keys as ``text_keys``):
    the edit's rebuild is incremental, keeps most search files and equals a full build."""
    from builder.config import load_config
    from builder.pipeline import BuildOptions, run_build
    from tests.conftest import make_project
    from tests.test_build_e2e import assert_equals_a_full_build

    inc = make_project(tmp_path / "inc")
    cfg = load_config(None, root=inc)
    assert run_build(cfg, BuildOptions()).ok
    outcomes: list[Any] = []
    real = S._incremental

    def spy(*a: Any) -> Any:
        out = real(*a)
        outcomes.append(out)
        return out

    monkeypatch.setattr(S, "_incremental", spy)
    seed = inc / "seeds" / "002_8bd0fe5be1de002a.txt"
    text = seed.read_text(encoding="utf-8")
    assert "discussions with Russia" in text
    seed.write_text(text.replace("discussions with Russia", "discussions with Russia and others", 1), encoding="utf-8")
    from builder.quickstate import QuickState

    QuickState(inc / ".briefing-cache").drop()  # the ordinary path (the quick path patches in a child)
    assert run_build(cfg, BuildOptions()).ok
    assert len(outcomes) == 1 and outcomes[0] is not None
    kept = sum(isinstance(b, Keep) for b in outcomes[0].values())
    assert kept > len(outcomes[0]) / 2
    assert_equals_a_full_build(inc, tmp_path / "full")


def test_document_digests_are_remembered_by_what_they_are_made_of() -> None:
    """_doc_keys keeps the last build's digests (serve digests only what changed): a remembered
    digest is the one made afresh, and an edited document's is made again."""
    archive = big_archive(40)
    docs = S.doc_order(archive)
    S._DOC_KEYS[0] = {}
    fresh, names = S._doc_keys(docs, archive, None)
    assert len(S._DOC_KEYS[0]) == len(docs)
    assert S._doc_keys(docs, archive, None) == (fresh, names)
    docs[5].title = "Another title"
    again, _ = S._doc_keys(docs, archive, None)
    assert [i for i, (a, b) in enumerate(zip(fresh, again, strict=True)) if a != b] == [5]
    S._DOC_KEYS[0] = {}
    assert S._doc_keys(docs, archive, None)[0] == again
