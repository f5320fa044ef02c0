"""The search index: lunr.js's exact tokens and BM25 weights, determinism, completeness."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from builder import lunr_text as T
from builder import search as S
from builder.errors import BriefingError
from builder.model import Actor, Archive, Article, Outlet
from tests.conftest import REPO, SHARED

LUNR_JS = REPO / "node_modules" / "lunr" / "lunr.js"
NODE = shutil.which("node")
needs_node = pytest.mark.skipif(not (NODE and LUNR_JS.is_file()),
                                reason="node and node_modules/lunr are needed (`npm ci`)")

TRICKY = [
    "Zelenskyy’s envoy — and the “peace plan” (28 points) — was rejected; day-to-day talks, U.S.-led.",
    "Café façade naïve résumé Œuvre straße İstanbul ΣΊΣΥΦΟΣ. Emojis 🙂 and a\u00a0non-breaking space.",
    "<script>alert(1)</script> <img src=x onerror=alert(2)> &amp; don't can't y'all yearly youth yyy",
    "running caresses ponies ties agreed plastered motoring conflated troubled hopping falling days delay",
    "relational conditional valency digitizer radically vietnamization predication feudalism decisiveness",
    "... --- ''' \u2028 \ufeffzero\u200bwidth tab\tseparated\x1cfile\x1dgroup\x85next  a-b-c 3.5% $100",
    "«Повара» рассказали — «рецепты» супа; وزير المالية، قال: «الخطة». 엘제이-류화영 싸움… 北京的天气。",
    "Ünïcödé ¿qué? ½ Ⅻ x² ٣ ﷺ naïve_word _under_ café\u0301 «quoted» (paren) ‘single’ 🙂word🙂",
]


def article(slug: str, title: str, date: str | None, paragraphs: list[str], actors: list[str] = (),
            outlet: str | None = "wire") -> Article:
    return Article(slug=slug, stem=slug, path=f"{slug}.txt", title=title, date=date,
                   source=outlet.title() if outlet else None, source_slug=outlet, authors=[], url=None,
                   paragraphs=paragraphs, actor_slugs=list(actors), quotes=[], removed=[], warnings=[])


def make_archive(arts: list[Article]) -> Archive:
    actors: dict[str, Actor] = {}
    outlets: dict[str, Outlet] = {}
    for a in arts:
        for s in a.actor_slugs:
            actors.setdefault(s, Actor(s, s.replace("-", " ").title(), [], [], [])).articles.append(a.slug)
        if a.source_slug:
            outlets.setdefault(a.source_slug, Outlet(a.source_slug, a.source or "", [])).articles.append(a.slug)
    return Archive(articles={a.slug: a for a in arts}, actors=actors, outlets=outlets)


def tricky_archive() -> Archive:
    arts = [article(f"doc-{i}", t.split(".")[0][:60], f"2025-0{1 + i % 9}-1{i}", [t, TRICKY[(i + 1) % len(TRICKY)]],
                    actors=["anna-kessler"] if i % 2 else ["oleg-tarasevich", "anna-kessler"],
                    outlet="wire" if i % 3 else "post")
            for i, t in enumerate(TRICKY)]
    arts.append(article("undated", "No date here", None, ["Kessler spoke about grain."], outlet=None))
    return make_archive(arts)


def decode(files: dict[str, bytes], key: str) -> Any:
    text = files[f"search/{key}.js"].decode()
    m = re.fullmatch(r"__briefingSearch\((\"[^\"]*\"),(.*)\);\n", text, re.S)
    assert m, text[:200]
    assert json.loads(m.group(1)) == key
    return json.loads(m.group(2))


def shards(files: dict[str, bytes]) -> list[Any]:
    """Every term shard, in term order (t/<name>.js, named by its first term)."""
    meta = decode(files, "meta")
    return [decode(files, f"t/{S.shard_name(first)}") for first in meta["shards"]]


def length_table(files: dict[str, bytes]) -> dict[int, list[int]]:
    """field index -> every document's length, from the l/<k>.js files (the fields meta.lf names)."""
    meta = decode(files, "meta")
    out: dict[int, list[int]] = {fi: [] for fi in meta["lf"]}
    for k in range(-(-meta["n"] // meta["lb"])):
        for fi, ls in zip(meta["lf"], decode(files, f"l/{k}"), strict=True):
            assert len(ls) == min(meta["lb"], meta["n"] - k * meta["lb"])
            out[fi] += ls
    return out


def entry_postings(entry: list[Any], table: dict[int, list[int]]) -> list[list[tuple[int, int, int]]]:
    """A shard entry's postings per field as (doc, tf, field length): [gap, tf, length, ...], or
    [gap, tf, ...] with the length in the l/ files for a field of the table."""
    out = []
    for fi, flat in enumerate(entry[1:]):
        step = 2 if fi in table else 3
        assert len(flat) % step == 0
        doc, field = 0, []
        for i in range(0, len(flat), step):
            doc += flat[i]
            field.append((doc, flat[i + 1], table[fi][doc] if fi in table else flat[i + 2]))
        out.append(field)
    return out


def weights(files: dict[str, bytes]) -> dict[str, dict[str, float]]:
    """fieldRef -> {term: weight} from the shards: each posting's tf and field length through
    lunr's BM25 (as search.js computes it)."""
    meta = decode(files, "meta")
    table = length_table(files)
    out: dict[str, dict[str, float]] = {}
    for shard in shards(files):
        for entry in shard["t"]:
            term = entry[0]
            fields = entry_postings(entry, table)
            df = sum(map(len, fields))
            for fi, (f, posts) in enumerate(zip(meta["fields"], fields, strict=True)):
                for doc, tf, length in posts:
                    out.setdefault(f"{f}/{doc}", {})[term] = S.lunr_weight(
                        tf, length, meta["avg"][fi], df, meta["n"], meta["boost"][fi])
    return out


# lunr.trimmer made Unicode-aware (builder/search.py, search.js): the pipeline the index is built with.
NODE_TRIMMER = r"""
const unicodeTrimmer = (token) =>
  token.update((s) => s.replace(/^[^\p{L}\p{N}_]+/u, '').replace(/[^\p{L}\p{N}_]+$/u, ''));
lunr.Pipeline.registerFunction(unicodeTrimmer, 'unicodeTrimmer');
"""

NODE_WHOLE_INDEX = r"""
const lunr = require(process.argv[1]);
const docs = JSON.parse(require('fs').readFileSync(0, 'utf8'));
""" + NODE_TRIMMER + r"""
const idx = lunr(function () {
  this.pipeline.before(lunr.trimmer, unicodeTrimmer); this.pipeline.remove(lunr.trimmer);
  this.ref('id');
  this.field('title', {boost: 10}); this.field('actors', {boost: 5}); this.field('body');
  docs.forEach((d) => this.add(d));
});
const termOf = {};
for (const [term, p] of Object.entries(idx.invertedIndex)) termOf[p._index] = term;
const out = {};
for (const [ref, vec] of Object.entries(idx.fieldVectors)) {
  const m = {};
  for (let i = 0; i < vec.elements.length; i += 2) m[termOf[vec.elements[i]]] = vec.elements[i + 1];
  out[ref] = m;
}
process.stdout.write(JSON.stringify(out));
"""


def whole_lunr_js_weights(archive: Archive) -> dict[str, dict[str, float]]:
    docs = []
    for i, a in enumerate(S.doc_order(archive)):
        fields = S.document_fields(a, archive)
        docs.append({"id": str(i), **fields})
    res = subprocess.run([NODE, "-e", NODE_WHOLE_INDEX, str(LUNR_JS)], input=json.dumps(docs),
                         capture_output=True, text=True, check=True)
    whole = json.loads(res.stdout)
    for m in whole.values():
        m.pop("", None)  # lunr.js indexes the empty term; search.py leaves it out (no query reaches it)
    return {ref: m for ref, m in whole.items() if m}


@needs_node
def test_weights_equal_a_whole_lunr_js_index_on_tricky_text() -> None:
    archive = tricky_archive()
    assert weights(S.search_files(archive, "T")) == whole_lunr_js_weights(archive)


@needs_node
def test_weights_equal_lunr_js_with_the_lengths_spread_over_several_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """Body lengths in l/<k>.js files of LENGTH_BLOCK documents (here 3, not dividing the count):
    each file holds its range, the body postings carry none, and the weights are still lunr's."""
    monkeypatch.setattr(S, "LENGTH_BLOCK", 3)
    archive = tricky_archive()
    files = S.search_files(archive, "T")
    meta = decode(files, "meta")
    assert meta["lb"] == 3 and [meta["fields"][f] for f in meta["lf"]] == ["body"]
    n = meta["n"]
    assert sorted(p for p in files if p.startswith("search/l/")) == sorted(
        f"search/l/{k}.js" for k in range(-(-n // 3)))
    bodies = [T.analyse(S.document_fields(a, archive)["body"])[0] for a in S.doc_order(archive)]
    assert length_table(files)[meta["fields"].index("body")] == bodies
    assert weights(files) == whole_lunr_js_weights(archive)


@needs_node
@pytest.mark.skipif(not (REPO / "benchmarks" / "search_corpus.py").is_file(), reason="benchmarks/ absent")
@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not present (it is in CI)")
def test_weights_equal_a_whole_lunr_js_index_on_a_synthetic_archive(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(REPO / "benchmarks"))
    from search_corpus import archive_from_corpus, ensure_corpus

    folder, manifest = ensure_corpus(60, tmp_path)
    archive = archive_from_corpus(folder, manifest)
    assert weights(S.search_files(archive, "T")) == whole_lunr_js_weights(archive)


@needs_node
def test_stemmer_and_stop_words_match_lunr_js() -> None:
    words = sorted({w for t in TRICKY for w in T.tokens(t)} | set(
        "day days fly friday envoy envoys yearly y yy ay aya sky happy generalization oscillators "
        "controller rolling hopeful probate cease bowdlerize tanned sized".split()))
    trimmed = [T._TRIM_TAIL.sub("", T._TRIM_HEAD.sub("", w)) for w in words]
    js = r"""
const lunr = require(process.argv[1]);
const words = JSON.parse(require('fs').readFileSync(0, 'utf8'));
""" + NODE_TRIMMER + r"""
process.stdout.write(JSON.stringify({
  stems: words.map((w) => lunr.stemmer(new lunr.Token(w)).toString()),
  stop: words.map((w) => lunr.stopWordFilter(new lunr.Token(w)) === undefined),
  trim: words.map((w) => unicodeTrimmer(new lunr.Token(w)).toString()),
  tokens: lunr.tokenizer(words.join(' ') + ' \u00a0a\u2028b\ufeffc\x1cd').map(String)}));
"""
    res = subprocess.run([NODE, "-e", js, str(LUNR_JS)], input=json.dumps(trimmed), capture_output=True,
                         text=True, check=True)
    out = json.loads(res.stdout)
    assert out["stems"] == [T.js_stem(w) for w in trimmed]
    assert out["stop"] == [w in T.STOP_WORDS for w in trimmed]
    res2 = subprocess.run([NODE, "-e", js, str(LUNR_JS)], input=json.dumps(words), capture_output=True,
                          text=True, check=True)
    assert json.loads(res2.stdout)["trim"] == trimmed
    assert out["tokens"] == T.tokens(" ".join(trimmed) + " \u00a0a\u2028b\ufeffc\x1cd")


def test_deterministic_and_independent_of_workers() -> None:
    archive = tricky_archive()
    a = S.search_files(archive, "T", workers=1)
    b = S.search_files(archive, "T", workers=2)
    assert a == b
    assert all(p.startswith("search/") for p in a)
    meta = decode(a, "meta")
    assert meta["n"] == len(archive.articles)
    assert list(meta) == sorted(meta)


def test_documents_are_in_date_order_and_filters_list_newest_first() -> None:
    archive = tricky_archive()
    files = S.search_files(archive, "T")
    order = S.doc_order(archive)
    assert order[0].slug == "undated"
    assert decode(files, "d/0")["d"] is None
    dates = [a.date for a in order[1:]]
    assert dates == sorted(dates)
    deltas = decode(files, "a/oleg-tarasevich")
    ids = [deltas[0]]
    for g in deltas[1:]:
        ids.append(ids[-1] - g)
    assert ids == sorted((i for i, a in enumerate(order) if "oleg-tarasevich" in a.actor_slugs), reverse=True)
    meta = decode(files, "meta")
    assert meta["undated"] == 1
    assert sum(meta["days"][1::2]) == len(order) - 1


def test_every_article_is_findable_by_a_word_only_it_contains() -> None:
    arts = [article(f"a{i}", f"Title {i}", "2025-01-01", [f"Common words here and uniqueword{chr(97 + i)}x."])
            for i in range(20)]
    files = S.search_files(make_archive(arts), "T")
    w = weights(files)
    order = S.doc_order(make_archive(arts))
    for i, a in enumerate(order):
        term = T.js_stem(a.paragraphs[0].split()[-1].rstrip(".").lower())
        holders = {ref for ref, m in w.items() if term in m}
        assert holders == {f"body/{i}"}


def test_fuzzy_buckets_hold_every_term_within_one_edit() -> None:
    files = S.search_files(tricky_archive(), "T")
    meta = decode(files, "meta")
    for query in ("kesler", "agred", "plasterd", "peace"):
        cands: set[str] = set()
        for key in T.fuzzy_keys(query):
            b = T.bucket_hash(key) % meta["fuzzy"]
            if f"search/f/{b}.js" in files:
                cands.update(decode(files, f"f/{b}"))
        vocab = {t for m in weights(files).values() for t in m}
        near = {t for t in vocab if _edit1(query, t)}
        assert near <= cands, (query, near - cands)


def _edit1(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


def test_empty_archive() -> None:
    files = S.search_files(make_archive([]), "T")
    meta = decode(files, "meta")
    assert meta["n"] == 0 and meta["shards"] == []


def test_search_assets(tmp_path: Path) -> None:
    from builder.vendor import search_assets

    project, own = tmp_path / "archive", tmp_path / "briefing"
    project.mkdir()
    own.mkdir()
    with pytest.raises(BriefingError, match=r"run `npm ci` in .*archive"):
        search_assets(project, own)  # (a folder without package.json is not a Briefing checkout)
    (own / "package.json").write_text("{}")
    with pytest.raises(BriefingError, match=r"archive/node_modules/lunr/lunr.min.js and .*run `npm ci` in .*briefing"):
        search_assets(project, own)
    for root, text in ((own, "/* the checkout's */"), (project, "/* the project's */")):
        lunr = root / "node_modules" / "lunr"
        lunr.mkdir(parents=True)
        (lunr / "lunr.min.js").write_text(text)
        assert search_assets(project, own) == {"static/vendor/lunr.min.js": text.encode()}  # the project's first


def test_an_archive_outside_the_checkout_builds_with_the_checkouts_lunr(tmp_path: Path) -> None:
    from builder.vendor import OWN_ROOT, search_assets

    if not (OWN_ROOT / "node_modules" / "lunr" / "lunr.min.js").is_file():
        pytest.skip("node_modules/lunr is needed (`npm ci`)")
    got = search_assets(tmp_path)
    assert got["static/vendor/lunr.min.js"] == (OWN_ROOT / "node_modules" / "lunr" / "lunr.min.js").read_bytes()


def test_package_json_pins_lunr() -> None:
    pkg = json.loads((REPO / "package.json").read_text())
    assert pkg["private"] is True and pkg["dependencies"]["lunr"] == "2.3.9"
    lock = json.loads((REPO / "package-lock.json").read_text())
    assert lock["packages"]["node_modules/lunr"]["version"] == "2.3.9"


def test_shard_cards_show_what_the_documents_show_for_each_terms_top_documents() -> None:
    """Each shard carries the result card (slug, title, date, outlet, people) of the documents each
    of its terms ranks first (sum of field weights, ties to the newer): the same values as d/<id>."""
    arts = [article(f"a{i:02d}", f"Grain talks {i}", f"2025-01-{1 + i % 28:02d}" if i % 7 else None,
                    ["Grain " * (1 + i % 5) + f"rare{i}word."], actors=["anna-kessler", "oleg-t"][: 1 + i % 2],
                    outlet=None if i % 11 == 0 else ("wire" if i % 2 else "post"))
            for i in range(30)]
    archive = make_archive(arts)
    archive.articles["a00"].source = "Odd Source"  # a source without an outlet page: a [slug, name] pair
    files = S.search_files(archive, "T")
    meta, actors = decode(files, "meta"), decode(files, "actors")
    table = length_table(files)
    seen = 0
    for shard in shards(files):
        cards = {c[0]: c[1:] for c in shard["c"]}
        assert [c[0] for c in shard["c"]] == sorted(cards)
        for doc_id, (slug, title, date, outlet, people) in cards.items():
            d = decode(files, f"d/{doc_id}")
            out = meta["outlets"][outlet][:2] if isinstance(outlet, int) else outlet
            assert [slug, title, date, out] == [d["u"], d["t"], d["d"], d["o"]]
            assert [actors[i][:2] for i in people] == d["a"]
            seen += 1
        avgq = [max(1, int(x + 0.5)) for x in meta["avg"]]
        for entry in shard["t"]:
            total: dict[int, float] = {}
            for fi, posts in enumerate(entry_postings(entry, table)):
                for doc, tf, ln in posts:
                    w = tf / (S.K1 * (1 - S.B + S.B * (ln / avgq[fi])) + tf) * meta["boost"][fi]
                    total[doc] = total.get(doc, 0.0) + w
            top = sorted(total, key=lambda x: (total[x], x), reverse=True)[: S.CARDS_PER_TERM]
            assert set(top) <= set(cards), entry[0]
    assert seen >= len(arts)
    assert any(isinstance(c[4], list) for shard in shards(files) for c in shard["c"])
