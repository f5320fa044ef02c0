"""The search stage: Archive -> a term-sharded lunr index the browser loads piece by piece.

lunr.js (2.3.9) answers queries in the browser; this module does what ``lunr.Builder``
would do, with exactly lunr.js's tokenizer, trimmer, stop-word filter, Porter stemmer
and BM25 (k1=1.2, b=0.75, field boosts, scores rounded to 3 decimals), and writes the
result split up so a query loads only what it needs:

``search/meta.js``          doc count, fields, shard boundaries, outlets, dates (always loaded)
``search/t/<k>.js``         postings + vector weights of a contiguous range of terms
``search/f/<k>.js``         fuzzy buckets: vocabulary terms by hash of their 1-deletion keys
``search/d/<id>.js``        one article: title, date, outlet, actors, paragraphs (excerpts)
``search/a/<slug>.js``      ids of one actor's articles, newest first (filters)
``search/o/<slug>.js``      ids of one outlet's articles, newest first (filters)
``search/actors.js``        every actor with a count (filter box, "no results" suggestions)

Every file is a script calling ``__briefingSearch(key, data)`` so it loads from file://
(Chromium blocks fetch() there) and under a strict Content-Security-Policy (no eval).
Doc ids are positions in (date, slug) order, so a date range is an id range and
"newest first" is descending id. lunr.js scores query . fieldVector / |query|, so a
document's components for terms outside the query never change its score: the browser
scores a query on the shards it touches with lunr's own arithmetic (search.js scoreQuery,
equal bit for bit to lunr.Index.query on them) and gets the whole index's scores.
See docs/search.md for the measurements behind this layout.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import json
import math
import multiprocessing
import operator
import os
import re
import zlib
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from lunr.stop_word_filter import WORDS as _LUNR_STOP_WORDS

from builder.errors import BriefingError
from builder.model import Archive, Article

FIELDS: tuple[tuple[str, int], ...] = (("title", 10), ("actors", 5), ("body", 1))
K1 = 1.2
B = 0.75
SHARD_TARGET = 24_000  # approximate raw bytes of postings per term shard
CARDS_PER_TERM = 20  # each shard carries the result cards of every term's top documents (one page)
FUZZY_PER_BUCKET = 48  # average vocabulary terms per fuzzy bucket (before deletion fan-out)
FUZZY_MAX_LEN = 24  # terms longer than this get no fuzzy keys (URLs, numbers...)
CALLBACK = "__briefingSearch"

# lunr.tokenizer.separator = /[\s\-]+/ with JavaScript's \s (not Python's).
_JS_SPACE = "\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_SPLIT = re.compile(f"[{_JS_SPACE}\\-]+")
# lunr.trimmer: s.replace(/^\W+/, '').replace(/\W+$/, '') with JavaScript's ASCII \W.
_TRIM_HEAD = re.compile(r"^\W+", re.ASCII)
_TRIM_TAIL = re.compile(r"\W+$", re.ASCII)
STOP_WORDS = frozenset(_LUNR_STOP_WORDS)


# ---- lunr.js's Porter stemmer, ported regex for regex (lunr.py's differs: "day" -> "dai") ----
_c = "[^aeiou]"
_v = "[aeiouy]"
_C = _c + "[^aeiouy]*"
_V = _v + "[aeiou]*"
_re_mgr0 = re.compile("^(" + _C + ")?" + _V + _C)
_re_meq1 = re.compile("^(" + _C + ")?" + _V + _C + "(" + _V + ")?$")
_re_mgr1 = re.compile("^(" + _C + ")?" + _V + _C + _V + _C)
_re_s_v = re.compile("^(" + _C + ")?" + _v)
_re_1a = re.compile(r"^(.+?)(ss|i)es$")
_re2_1a = re.compile(r"^(.+?)([^s])s$")
_re_1b = re.compile(r"^(.+?)eed$")
_re2_1b = re.compile(r"^(.+?)(ed|ing)$")
_re2_1b_2 = re.compile(r"(at|bl|iz)$")
_re3_1b_2 = re.compile(r"([^aeiouylsz])\1$")
_re4_1b_2 = re.compile("^" + _C + _v + "[^aeiouwxy]$")
_re_1c = re.compile(r"^(.+?[^aeiou])y$")
_re_2 = re.compile(r"^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism"
                   r"|iveness|fulness|ousness|aliti|iviti|biliti|logi)$")
_re_3 = re.compile(r"^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$")
_re_4 = re.compile(r"^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$")
_re2_4 = re.compile(r"^(.+?)(s|t)(ion)$")
_re_5 = re.compile(r"^(.+?)e$")
_re_5_1 = re.compile(r"ll$")
_re3_5 = re.compile("^" + _C + _v + "[^aeiouwxy]$")
_STEP2 = {"ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize", "bli": "ble",
          "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous", "ization": "ize", "ation": "ate",
          "ator": "ate", "alism": "al", "iveness": "ive", "fulness": "ful", "ousness": "ous", "aliti": "al",
          "iviti": "ive", "biliti": "ble", "logi": "log"}
_STEP3 = {"icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "", "ness": ""}


def _js_len(s: str) -> int:
    return len(s) + sum(1 for ch in s if ord(ch) > 0xFFFF)


def _chop(w: str) -> str:
    # w.replace(/.$/, "") : "." does not match JS line terminators
    if w and w[-1] not in "\n\r\u2028\u2029":
        return w[:-1]
    return w


def js_stem(w: str) -> str:
    """lunr.js 2.3.9's porterStemmer, byte for byte (checked against node in the tests)."""
    if _js_len(w) < 3:
        return w
    firstch = w[0]
    if firstch == "y":
        w = "Y" + w[1:]
    m = _re_1a.match(w)
    if m:
        w = m.group(1) + m.group(2)
    else:
        m = _re2_1a.match(w)
        if m:
            w = m.group(1) + m.group(2)
    m = _re_1b.match(w)
    if m:
        if _re_mgr0.search(m.group(1)):
            w = _chop(w)
    else:
        m = _re2_1b.match(w)
        if m:
            stem = m.group(1)
            if _re_s_v.search(stem):
                w = stem
                if _re2_1b_2.search(w):
                    w = w + "e"
                elif _re3_1b_2.search(w):
                    w = _chop(w)
                elif _re4_1b_2.search(w):
                    w = w + "e"
    m = _re_1c.match(w)
    if m:
        w = m.group(1) + "i"
    m = _re_2.match(w)
    if m and _re_mgr0.search(m.group(1)):
        w = m.group(1) + _STEP2[m.group(2)]
    m = _re_3.match(w)
    if m and _re_mgr0.search(m.group(1)):
        w = m.group(1) + _STEP3[m.group(2)]
    m = _re_4.match(w)
    if m:
        if _re_mgr1.search(m.group(1)):
            w = m.group(1)
    else:
        m = _re2_4.match(w)
        if m:
            stem = m.group(1) + m.group(2)
            if _re_mgr1.search(stem):
                w = stem
    m = _re_5.match(w)
    if m:
        stem = m.group(1)
        if _re_mgr1.search(stem) or (_re_meq1.search(stem) and not _re3_5.search(stem)):
            w = stem
    if _re_5_1.search(w) and _re_mgr1.search(w):
        w = _chop(w)
    if firstch == "y":
        w = "y" + w[1:]
    return w


# Python's "$" also matches before a final "\n"; tokens never contain one (it is a separator).

_TERM_CACHE: dict[str, str | None] = {}


def term_of(token: str) -> str | None:
    """One lowercased token through lunr's builder pipeline (trimmer, stopWordFilter, stemmer).

    None when the stop-word filter drops it; "" (which lunr.js keeps and counts) when the
    trimmer leaves nothing. Cached: the stemmer is ~40% of an uncached build."""
    t = _TERM_CACHE.get(token)
    if t is None and token not in _TERM_CACHE:
        s = _TRIM_TAIL.sub("", _TRIM_HEAD.sub("", token, count=1), count=1)
        t = None if s in STOP_WORDS else js_stem(s)
        _TERM_CACHE[token] = t
    return t


def tokens(text: str) -> list[str]:
    """lunr.tokenizer: lowercase, split on /[\\s\\-]+/, drop empty slices."""
    return _split(text.lower())


# Characters where Python's str.split() and JavaScript's \s disagree.
_ODD_SPACE = re.compile("[\x1c-\x1f\x85\ufeff]")


def _split(lowered: str) -> list[str]:
    if _ODD_SPACE.search(lowered):
        return [t for t in _SPLIT.split(lowered) if t]
    return lowered.replace("-", " ").split()


def analyse(text: str) -> tuple[int, dict[str, int]]:
    """(field length as lunr counts it, term frequencies) for one field's text."""
    cache = _TERM_CACHE
    tf: dict[str, int] = {}
    get = tf.get
    length = 0
    for tok, n in Counter(_split(text.lower())).items():
        term = cache[tok] if tok in cache else term_of(tok)
        if term is not None:
            tf[term] = get(term, 0) + n
            length += n
    return length, tf


def js_round3(x: float) -> int:
    """Math.round(x * 1000) as an int (JS rounds .5 up; Python's round() is banker's)."""
    y = x * 1000
    r = math.floor(y)
    if y - r >= 0.5:
        r += 1
    return int(r)


def js_sort_key(s: str) -> bytes:
    """JavaScript compares strings by UTF-16 code units."""
    return s.encode("utf-16-be", "surrogatepass")


def bucket_hash(s: str) -> int:
    """CRC-32 of the UTF-8 bytes (search.js computes the same)."""
    return zlib.crc32(s.encode("utf-8"))


def fuzzy_keys(term: str) -> set[str]:
    return {term} | {term[:i] + term[i + 1:] for i in range(len(term))}


def day_number(date: str | None) -> int | None:
    if not date:
        return None
    try:
        return (dt.date.fromisoformat(date[:10]) - dt.date(1970, 1, 1)).days
    except ValueError:
        return None


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _script(key: str, data: Any) -> bytes:
    return f"{CALLBACK}({json.dumps(key)},{_dumps(data)});\n".encode()


def _desc_deltas(ids: list[int]) -> list[int]:
    """Descending ids as [first, gap, gap, ...]."""
    ids = sorted(set(ids), reverse=True)
    return [ids[0]] + [a - b for a, b in zip(ids, ids[1:], strict=False)] if ids else []


def document_fields(article: Article, archive: Archive) -> dict[str, str]:
    """The text lunr indexes for one article, field by field."""
    names = [archive.actors[s].name for s in article.actor_slugs if s in archive.actors]
    return {"title": article.title or "", "actors": "\n".join(names), "body": "\n".join(article.paragraphs)}


def doc_order(archive: Archive) -> list[Article]:
    """Articles in id order: undated first, then by date, then slug (so newest = highest id)."""
    def key(a: Article) -> tuple[int, str]:
        d = day_number(a.date)
        return (-1 if d is None else d, a.slug)
    return sorted(archive.articles.values(), key=key)


# State the forked workers inherit (copy-on-write) instead of receiving it pickled.
_JOB: dict[str, Any] = {}


def _analyse_docs(bounds: tuple[int, int]) -> tuple[list[dict[str, list[int]]], list[list[int]]]:
    """Docs lo..hi -> per field {term: [doc, tf, doc, tf, ...]} and field lengths."""
    lo, hi = bounds
    docs, archive = _JOB["docs"], _JOB["archive"]
    field_names = [f for f, _ in FIELDS]
    inverted: list[dict[str, list[int]]] = [{} for _ in FIELDS]
    lengths: list[list[int]] = [[0] * (hi - lo) for _ in FIELDS]
    cache = _TERM_CACHE
    for i in range(lo, hi):
        texts = document_fields(docs[i], archive)
        for fi, name in enumerate(field_names):
            # analyse() fused with the inversion: one pass over the distinct tokens of the field
            toks = _split(texts[name].lower())
            dropped = 0
            inv = inverted[fi]
            get = inv.get
            for tok, c in Counter(toks).items():
                term = cache[tok] if tok in cache else term_of(tok)
                if term is None:  # a stop word: not a term, not counted in the field length
                    dropped += c
                    continue
                flat = get(term)
                if flat is None:
                    inv[term] = [i, c]
                elif flat[-2] == i:  # another spelling of a term already seen in this field
                    flat[-1] += c
                else:
                    flat += (i, c)
            lengths[fi][i - lo] = len(toks) - dropped
    return inverted, lengths


def _emit_shards(bounds: tuple[int, int]) -> list[tuple[str, bytes]]:
    """Shards lo..hi -> their files, with BM25 exactly as lunr.Builder.createFieldVectors computes it."""
    terms, postings, cuts, norms, n = _JOB["terms"], _JOB["postings"], _JOB["cuts"], _JOB["norms"], _JOB["n"]
    cards = _JOB["cards"]
    boosts = [boost for _, boost in FIELDS]
    k1p1 = K1 + 1
    out = []
    for k in range(*bounds):
        shard: list[Any] = []
        picked: set[int] = set()
        for ti in range(cuts[k], cuts[k + 1]):
            term = terms[ti]
            per_field = postings[term]
            df = sum(len(p) for p in per_field) // 2  # lunr.idf counts a doc once per field
            x = (n - df + 0.5) / (df + 0.5)
            idf = math.log(1 + abs(x))
            entry: list[Any] = [term]
            fields_dw: list[tuple[list[int], list[int]]] = []
            num: list[float] = []  # num[tf] = idf * ((k1 + 1) * tf), as lunr computes it
            for fi, flat in enumerate(per_field):
                if not flat:
                    entry.append([])
                    continue
                norm = norms[fi]
                boost = boosts[fi]
                docs_ = flat[0::2]
                tfs = flat[1::2]
                top = max(tfs)
                while len(num) <= top:
                    num.append(idf * (k1p1 * len(num)))
                # score = num / (norm + tf); score *= fieldBoost; score *= docBoost (1);
                # Math.round(score * 1000) -- the JS divides the integer by 1000 (lunr's 3 decimals).
                # (x * 1 is exact, so boost 1 skips the multiplication.)
                if boost == 1:
                    ws = [int(num[tf] / (norm[d] + tf) * 1000 + 0.5) for d, tf in zip(docs_, tfs, strict=True)]
                else:
                    ws = [int(num[tf] / (norm[d] + tf) * boost * 1000 + 0.5)
                          for d, tf in zip(docs_, tfs, strict=True)]
                fields_dw.append((docs_, ws))
                out_flat = flat[:]  # [doc gap, weight, ...]
                out_flat[0::2] = list(map(operator.sub, docs_, [0, *docs_[:-1]]))
                out_flat[1::2] = ws
                entry.append(out_flat)
            shard.append(entry)
            if sum(len(dw[0]) for dw in fields_dw) <= CARDS_PER_TERM:
                for dw in fields_dw:
                    picked.update(dw[0])
            elif len(fields_dw) == 1:  # one field: its weights are the scores
                docs_, ws = fields_dw[0]
                picked.update(d for _, d in heapq.nlargest(CARDS_PER_TERM, zip(ws, docs_, strict=True)))
            else:  # the documents with the highest score for this term alone (sum of field weights)
                total: dict[int, int] = {}
                for docs_, ws in fields_dw:
                    get = total.get
                    for d, w in zip(docs_, ws, strict=True):
                        total[d] = get(d, 0) + w
                picked.update(heapq.nlargest(CARDS_PER_TERM, total, key=lambda d: (total[d], d)))
        # Result cards (what a result shows but the excerpt) of the documents each term ranks first:
        # a query's first page is usually among them, so it is shown without loading d/ files.
        card_rows = [[d, *cards[d]] for d in sorted(picked)]
        out.append((f"search/t/{k}.js", _script(f"t/{k}", {"s": cuts[k], "t": shard, "c": card_rows})))
    return out


def _emit_docs(bounds: tuple[int, int]) -> list[tuple[str, bytes]]:
    """One file per article: what a result shows (title, date, outlet, actors, paragraphs)."""
    docs, archive = _JOB["docs"], _JOB["archive"]
    out = []
    for i in range(*bounds):
        a = docs[i]
        actors = [[s, archive.actors[s].name] for s in a.actor_slugs if s in archive.actors]
        outlet = None
        if a.source_slug and a.source_slug in archive.outlets:
            outlet = [a.source_slug, archive.outlets[a.source_slug].name]
        elif a.source:
            outlet = [a.source_slug or "", a.source]
        out.append((f"search/d/{i}.js", _script(f"d/{i}", {
            "u": a.slug, "t": a.title or "", "d": a.date if day_number(a.date) is not None else None,
            "o": outlet, "a": actors, "x": list(a.paragraphs)})))
    return out


def _split_range(n: int, parts: int) -> list[tuple[int, int]]:
    step = -(-n // parts) if n else 1
    return [(lo, min(n, lo + step)) for lo in range(0, n, step)] or [(0, 0)]


def _call(job: tuple[Any, tuple[int, int]]) -> Any:
    return job[0](job[1])


def _map(fn: Any, parts: list[Any], workers: int) -> list[Any]:
    if workers <= 1 or len(parts) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [fn(p) for p in parts]
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(fn, parts))


PARALLEL_FROM = 1500  # articles; below this, forking costs more than it saves


def search_files(archive: Archive, site_title: str, workers: int | None = None) -> dict[str, bytes]:
    """Archive -> {path under the site root: bytes} for the search index. Deterministic:
    the same archive gives byte-identical files whatever the number of workers."""
    docs = doc_order(archive)
    n = len(docs)
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if n >= PARALLEL_FROM else 1
    field_names = [f for f, _ in FIELDS]
    nf = len(FIELDS)
    _JOB.clear()
    _JOB.update(docs=docs, archive=archive, n=n)
    try:
        return _search_files(docs, archive, site_title, workers, field_names, nf)
    finally:
        _JOB.clear()


def _search_files(docs: list[Article], archive: Archive, site_title: str, workers: int,
                  field_names: list[str], nf: int) -> dict[str, bytes]:
    n = len(docs)
    parts = _map(_analyse_docs, _split_range(n, workers), workers)
    lengths: list[list[int]] = [[] for _ in range(nf)]
    postings: dict[str, list[list[int]]] = {}
    for inverted, lens in parts:  # in doc order, so concatenated posting lists stay sorted
        for fi in range(nf):
            lengths[fi] += lens[fi]
            for term, flat in inverted[fi].items():
                p = postings.get(term)
                if p is None:
                    p = postings[term] = [[] for _ in range(nf)]
                    p[fi] = flat
                else:
                    p[fi] += flat
    del parts
    postings.pop("", None)  # lunr.js indexes "" (trimmed punctuation); no query can reach it
    terms = sorted(postings, key=js_sort_key)
    avg = [(sum(ls) / n) if n else 0.0 for ls in lengths]
    norms = [[K1 * (1 - B + B * (ln / avg[fi])) if avg[fi] else K1 * (1 - B) for ln in lengths[fi]]
             for fi in range(nf)]

    # Cut the sorted vocabulary into shards of about SHARD_TARGET bytes.
    cuts = [0]
    size = 0
    for ti, term in enumerate(terms):
        est = len(term) + 8 + 4 * sum(len(p) for p in postings[term])
        if size and size + est > SHARD_TARGET:
            cuts.append(ti)
            size = 0
        size += est
    if terms:
        cuts.append(len(terms))
    nshards = len(cuts) - 1
    shard_firsts = [terms[c] for c in cuts[:-1]]
    files: dict[str, bytes] = {}

    # Filter lists.
    by_actor: dict[str, list[int]] = {}
    for i, a in enumerate(docs):
        for slug in a.actor_slugs:
            if slug in archive.actors:
                by_actor.setdefault(slug, []).append(i)
    actor_rows: list[list[Any]] = []
    for slug, mine in sorted(by_actor.items()):
        files[f"search/a/{slug}.js"] = _script(f"a/{slug}", _desc_deltas(mine))
        actor_rows.append([slug, archive.actors[slug].name, len(set(mine))])
    actor_rows_sorted = sorted(actor_rows, key=lambda r: (-r[2], r[1], r[0]))
    files["search/actors.js"] = _script("actors", actor_rows_sorted)
    outlet_rows = []
    by_outlet: dict[str, list[int]] = {}
    for i, a in enumerate(docs):
        if a.source_slug:
            by_outlet.setdefault(a.source_slug, []).append(i)
    for slug, mine in sorted(by_outlet.items()):
        name = archive.outlets[slug].name if slug in archive.outlets else (docs[mine[0]].source or slug)
        files[f"search/o/{slug}.js"] = _script(f"o/{slug}", _desc_deltas(mine))
        outlet_rows.append([slug, name, len(mine)])
    outlets_sorted = sorted(outlet_rows, key=lambda r: (str(r[1]).lower(), str(r[0])))
    # Result cards: slug, title, date, outlet (index in meta's outlets, or [slug, name], or None) and
    # people (indices in actors.js), as the d/ files hold them.
    actor_index = {row[0]: i for i, row in enumerate(actor_rows_sorted)}
    outlet_index = {row[0]: i for i, row in enumerate(outlets_sorted)}
    cards: list[list[Any]] = []
    for a in docs:
        outlet: Any = None
        if a.source_slug and a.source_slug in archive.outlets:
            outlet = outlet_index[a.source_slug]
        elif a.source:
            outlet = [a.source_slug or "", a.source]
        cards.append([a.slug, a.title or "", a.date if day_number(a.date) is not None else None, outlet,
                      [actor_index[s] for s in a.actor_slugs if s in archive.actors]])
    _JOB.update(terms=terms, postings=postings, cuts=cuts, norms=norms, cards=cards)
    jobs = [(_emit_shards, r) for r in _split_range(nshards, workers * 2)] + \
           [(_emit_docs, r) for r in _split_range(n, workers * 2)]
    for chunk in _map(_call, jobs, workers):
        files.update(chunk)

    # Fuzzy buckets: a term and a query within one edit share a 1-deletion key.
    nb = 1
    while nb * FUZZY_PER_BUCKET < len(terms):
        nb *= 2
    buckets: list[set[str]] = [set() for _ in range(nb)]
    for term in terms:
        if _js_len(term) <= FUZZY_MAX_LEN:
            for key in fuzzy_keys(term):
                buckets[bucket_hash(key) % nb].add(term)
    for k, bucket in enumerate(buckets):
        if bucket:
            files[f"search/f/{k}.js"] = _script(f"f/{k}", sorted(bucket, key=js_sort_key))

    # Dates: run-length [day gap, count, ...] after the undated ids.
    undated = 0
    runs: list[int] = []
    prev_day: int | None = None
    first_day: int | None = None
    for a in docs:
        d = day_number(a.date)
        if d is None:
            undated += 1
        elif d == prev_day:
            runs[-1] += 1
        else:
            if first_day is None:
                first_day = d
            runs += [d - (prev_day if prev_day is not None else d), 1]
            prev_day = d

    version = hashlib.sha256()
    for path in sorted(files):
        version.update(path.encode() + b"\0" + files[path])
    meta = {
        "v": version.hexdigest()[:12],
        "title": site_title,
        "n": n,
        "fields": field_names,
        "shards": shard_firsts,
        "fuzzy": nb,
        "outlets": outlets_sorted,
        "undated": undated,
        "day0": first_day,
        "days": runs,
    }
    files["search/meta.js"] = _script("meta", meta)
    return files


def search_assets(project_root: Path) -> dict[str, bytes]:
    """lunr.js, copied from node_modules into the site's static folder."""
    src = Path(project_root) / "node_modules" / "lunr" / "lunr.min.js"
    if not src.is_file():
        raise BriefingError(f"{src} is missing: run `npm ci` in {project_root} to install lunr.js (search)")
    return {"static/vendor/lunr.min.js": src.read_bytes()}
