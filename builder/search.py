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
With a cache folder, what each document's text gives and the previous build's posting lists are
kept between builds (builder/search_cache.py); the files are the same bytes with or without it.
See docs/search.md for the measurements behind this layout.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import heapq
import itertools
import json
import math
import multiprocessing
import operator
import os
import re
import zlib
from array import array
from collections import Counter, defaultdict, deque
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, TypeAlias

from lunr.stop_word_filter import WORDS as _LUNR_STOP_WORDS

from builder.errors import BriefingError
from builder.model import Archive, Article
from builder.search_cache import Record, SearchCache, doc_key, fresh_record

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

class _Terms(dict[str, "str | None"]):
    """token -> term through lunr's builder pipeline, computed the first time a token is seen
    (``__missing__``), so ``map(_TERM_CACHE.__getitem__, tokens)`` runs in C for known tokens."""

    def __missing__(self, token: str) -> str | None:
        s = _TRIM_TAIL.sub("", _TRIM_HEAD.sub("", token, count=1), count=1)
        t = None if s in STOP_WORDS else js_stem(s)
        self[token] = t
        return t


_TERM_CACHE = _Terms()


def term_of(token: str) -> str | None:
    """One lowercased token through lunr's builder pipeline (trimmer, stopWordFilter, stemmer).

    None when the stop-word filter drops it; "" (which lunr.js keeps and counts) when the
    trimmer leaves nothing. Cached: the stemmer is ~40% of an uncached build."""
    return _TERM_CACHE[token]


def tokens(text: str) -> list[str]:
    """lunr.tokenizer: lowercase, split on /[\\s\\-]+/, drop empty slices."""
    return _split(text.lower())


# Characters where Python's str.split() and JavaScript's \s disagree.
_ODD_SPACE = re.compile("[\x1c-\x1f\x85\ufeff]")


def _split(lowered: str) -> list[str]:
    if _ODD_SPACE.search(lowered):
        return [t for t in _SPLIT.split(lowered) if t]
    return lowered.replace("-", " ").split()


def _term_counts(text: str) -> tuple[int, Counter[str | None]]:
    """(field length as lunr counts it, term -> frequency) for one field's text."""
    toks = _split(text.lower())
    tc: Counter[str | None] = Counter(map(_TERM_CACHE.__getitem__, toks))
    dropped = tc.pop(None, 0)  # stop words: not terms, not counted in the field length
    return len(toks) - dropped, tc


def analyse(text: str) -> tuple[int, dict[str, int]]:
    """(field length as lunr counts it, term frequencies) for one field's text."""
    length, tc = _term_counts(text)
    return length, dict(tc)  # type: ignore[arg-type]


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


@functools.cache
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


# json.dumps(s, ensure_ascii=False) for a str, without the encoder's set-up (the same C function).
_enc_str = json.encoder.encode_basestring


def _json_strs(items: list[str]) -> str:
    """_dumps(items) for a list of str."""
    return "[" + ",".join(map(_enc_str, items)) + "]"


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


# ---- the build ----
#
# 1. analysis (forked workers, a range of documents each): each document's fields through lunr's
#    pipeline -> a record (field lengths, distinct terms, their counts) and the JSON of its
#    paragraphs (the bulk of its d/ file). Both depend only on the document's text, so they are
#    kept in the search cache (builder/search_cache.py) by a hash of it: a rebuild analyses only
#    the documents whose text changed. Each worker inverts its range (term -> [doc, tf, ...] per
#    field) with C-level map() calls rather than a Python loop over its postings.
# 2. main: the ranges' posting lists concatenated (doc order), BM25 norms, shard cuts, cards.
#    A rebuild where only a few documents changed, the ids staying the same, skips 1. and the
#    concatenation: it patches the previous build's posting lists, kept in the cache (_patch).
# 3. emission (forked workers, which inherit the postings): BM25 weights and the shard files, their
#    JSON written directly (ints through a table of their decimal strings, each card encoded once),
#    and the fuzzy buckets; meanwhile the main process writes the d/ files.

# State the forked workers inherit (copy-on-write) instead of receiving it pickled.
_JOB: dict[str, Any] = {}
_NF = len(FIELDS)
# term -> per field (doc ids ascending, term frequencies) or None
Postings: TypeAlias = "dict[str, list[tuple[array[int], array[int]] | None]]"


def _analyse_docs(bounds: tuple[int, int]) -> tuple[list[bytes], list[tuple[int, Record]], list[bytes], list[Any]]:
    """Docs lo..hi -> (their keys, fresh records [(doc, record)] of the documents the cache did
    not have, field lengths per field (array "I" bytes), and the range's inverted index: per field
    {term: [doc, tf, doc, tf, ...] as array "I" bytes}, docs ascending)."""
    lo, hi = bounds
    docs, archive, known = _JOB["docs"], _JOB["archive"], _JOB["known"]
    keys = _JOB["keys"][lo:hi] if _JOB["keys"] else [_doc_key(a, archive) for a in docs[lo:hi]]
    fresh: list[tuple[int, Record]] = []
    lengths = [array("I", bytes(4 * (hi - lo))) for _ in range(_NF)]
    inverted: list[defaultdict[str, list[int]]] = [defaultdict(list) for _ in range(_NF)]
    repeat, extend = itertools.repeat, list.extend
    drain: Any = deque(maxlen=0).extend
    for i in range(lo, hi):
        rec = known.get(keys[i - lo])
        if rec is None:
            rec, field_terms = _analyse(docs[i], archive)
            fresh.append((i, rec))
        else:
            field_terms = _record_terms(rec)
        lens, counts_f = rec[0], rec[2]
        for fi in range(_NF):
            lengths[fi][i - lo] = lens[fi]
            if counts_f[fi]:
                pairs = zip(repeat(i), array("I", counts_f[fi]), strict=False)  # (doc, tf) per term
                drain(map(extend, map(inverted[fi].__getitem__, field_terms[fi]), pairs))
    return keys, fresh, [ls.tobytes() for ls in lengths], [
        {t: array("I", flat).tobytes() for t, flat in inv.items()} for inv in inverted]


def _names(a: Article, archive: Archive) -> list[str]:
    return [archive.actors[s].name for s in a.actor_slugs if s in archive.actors]


def _doc_key(a: Article, archive: Archive) -> bytes:
    return doc_key(a.title or "", _names(a, archive), a.paragraphs)


def _analyse(a: Article, archive: Archive) -> tuple[Record, list[Any]]:
    """One document -> (its record, its distinct terms per field, in the record's order)."""
    names = _names(a, archive)
    counted = [_term_counts(t) for t in (a.title or "", "\n".join(names), "\n".join(a.paragraphs))]
    return fresh_record(counted, _json_strs(list(a.paragraphs)).encode()), [tc for _, tc in counted]


def _record_terms(rec: Record) -> list[Any]:
    """A record's distinct terms per field (a list parallel to its counts)."""
    return [t.decode("utf-8", "surrogatepass").split("\n") if c else () for t, c in zip(rec[1], rec[2], strict=True)]


_INT_STR: list[str] = []  # _INT_STR[i] == str(i): a list lookup is ~3x faster than str(int)


def _int_strs(top: int) -> list[str]:
    if len(_INT_STR) <= top:
        _INT_STR.extend(map(str, range(len(_INT_STR), max(top + 1, 2 * len(_INT_STR), 1 << 16))))
    return _INT_STR


def _top(ws: Any, docs: Any) -> Any:
    """The CARDS_PER_TERM documents with the highest (weight, doc) pairs."""
    if len(ws) <= CARDS_PER_TERM:
        return docs
    thr = heapq.nlargest(CARDS_PER_TERM, ws)[-1]
    keep = list(map(operator.ge, ws, itertools.repeat(thr)))
    pairs = sorted(zip(itertools.compress(ws, keep), itertools.compress(docs, keep), strict=True))
    return [d for _, d in pairs[-CARDS_PER_TERM:]]


def _card_json(d: int, card: list[Any]) -> str:
    """_dumps([d, *card]): [id, slug, title, date, outlet, [actor index, ...]]."""
    slug, title, date, outlet, people = card
    outlet_json = _json_strs(outlet) if isinstance(outlet, list) else "null" if outlet is None else str(outlet)
    date_json = "null" if date is None else _enc_str(date)
    return f'[{d},{_enc_str(slug)},{_enc_str(title)},{date_json},{outlet_json},[{",".join(map(str, people))}]]'


def _emit_shards(bounds: tuple[int, int]) -> list[tuple[str, bytes]]:
    """Shards lo..hi -> their files, with BM25 exactly as lunr.Builder.createFieldVectors computes it."""
    terms, postings = _JOB["terms"], _JOB["postings"]
    cuts, norms, n, cards = _JOB["cuts"], _JOB["norms"], _JOB["n"], _JOB["cards"]
    boosts = [boost for _, boost in FIELDS]
    k1p1 = K1 + 1
    repeat, truediv, add, mul, sub = itertools.repeat, operator.truediv, operator.add, operator.mul, operator.sub
    chain = itertools.chain
    card_json: dict[int, str] = {}
    out = []
    for k in range(*bounds):
        entries: list[str] = []
        picked: set[int] = set()
        for ti in range(cuts[k], cuts[k + 1]):
            per_field = postings[terms[ti]]
            df = sum(len(p[0]) for p in per_field if p)  # lunr.idf counts a doc once per field
            x = (n - df + 0.5) / (df + 0.5)
            idf = math.log(1 + abs(x))
            parts = [_enc_str(terms[ti])]
            fields_dw: list[tuple[Any, list[int]]] = []
            num: list[float] = []  # num[tf] = idf * ((k1 + 1) * tf), as lunr computes it
            for fi, p in enumerate(per_field):
                if not p:
                    parts.append("[]")
                    continue
                docs_, tfs = p
                top = max(tfs)
                while len(num) <= top:
                    num.append(idf * (k1p1 * len(num)))
                # score = num / (norm + tf); score *= fieldBoost; score *= docBoost (1);
                # Math.round(score * 1000) -- the JS divides the integer by 1000 (lunr's 3 decimals).
                # (x * 1 is exact, so boost 1 skips the multiplication.) Evaluated left to right
                # exactly as int(num[tf] / (norm[d] + tf) * boost * 1000 + 0.5), with map() in C.
                q = map(truediv, map(num.__getitem__, tfs), map(add, map(norms[fi].__getitem__, docs_), tfs))
                if boosts[fi] != 1:
                    q = map(mul, q, repeat(boosts[fi]))
                ws = list(map(int, map(add, map(mul, q, repeat(1000)), repeat(0.5))))
                fields_dw.append((docs_, ws))
                strs = _int_strs(max(max(ws), docs_[-1]))  # a gap is at most the last doc id
                ws_s = list(map(strs.__getitem__, ws))
                out_flat = ws_s + ws_s  # [doc gap, weight, ...]
                out_flat[0::2] = map(strs.__getitem__, map(sub, docs_, chain((0,), docs_)))
                out_flat[1::2] = ws_s
                parts.append("[" + ",".join(out_flat) + "]")
            entries.append("[" + ",".join(parts) + "]")
            if df <= CARDS_PER_TERM:
                for dw in fields_dw:
                    picked.update(dw[0])
            elif len(fields_dw) == 1:  # one field: its weights are the scores
                picked.update(_top(fields_dw[0][1], fields_dw[0][0]))
            else:  # the documents with the highest score for this term alone (sum of field weights)
                fields_dw.sort(key=lambda dw: -len(dw[0]))
                total = dict(zip(fields_dw[0][0], fields_dw[0][1], strict=True))
                get = total.get
                for docs_, ws in fields_dw[1:]:
                    for d, w in zip(docs_, ws, strict=True):
                        total[d] = get(d, 0) + w
                picked.update(_top(list(total.values()), list(total)))
        # Result cards (what a result shows but the excerpt) of the documents each term ranks first:
        # a query's first page is usually among them, so it is shown without loading d/ files.
        rows = []
        for d in sorted(picked):
            row = card_json.get(d)
            if row is None:
                row = card_json[d] = _card_json(d, cards[d])
            rows.append(row)
        out.append((f"search/t/{k}.js", (f'{CALLBACK}("t/{k}",{{"c":[{",".join(rows)}],"s":{cuts[k]},'
                                          f'"t":[{",".join(entries)}]}});\n').encode()))
    return out


def _vocabulary_digest(terms: list[str]) -> bytes:
    return hashlib.sha256("\n".join(terms).encode("utf-8", "surrogatepass")).digest()


def _emit_fuzzy(_: Any) -> list[tuple[str, bytes]]:
    """Fuzzy buckets: a term and a query within one edit share a 1-deletion key."""
    terms, nb = _JOB["terms"], _JOB["nb"]
    buckets: list[set[str]] = [set() for _ in range(nb)]
    crc = zlib.crc32
    for term in terms:
        if _js_len(term) <= FUZZY_MAX_LEN:
            for key in fuzzy_keys(term):
                buckets[crc(key.encode("utf-8")) % nb].add(term)
    return [(f"search/f/{k}.js", _script(f"f/{k}", sorted(bucket, key=js_sort_key)))
            for k, bucket in enumerate(buckets) if bucket]


def _doc_file(i: int, a: Article, archive: Archive, paragraphs_json: bytes) -> bytes:
    """One file per article: what a result shows (title, date, outlet, actors, paragraphs), as
    _dumps({"u": slug, "t": title, "d": date, "o": outlet, "a": actors, "x": paragraphs})."""
    actors = ",".join(f"[{_enc_str(s)},{_enc_str(archive.actors[s].name)}]"
                      for s in a.actor_slugs if s in archive.actors)
    if a.source_slug and a.source_slug in archive.outlets:
        outlet = f"[{_enc_str(a.source_slug)},{_enc_str(archive.outlets[a.source_slug].name)}]"
    elif a.source:
        outlet = f"[{_enc_str(a.source_slug or '')},{_enc_str(a.source)}]"
    else:
        outlet = "null"
    date = _enc_str(a.date) if a.date and day_number(a.date) is not None else "null"
    head = f'{CALLBACK}("d/{i}",{{"a":[{actors}],"d":{date},"o":{outlet},"t":{_enc_str(a.title or "")},' \
           f'"u":{_enc_str(a.slug)},"x":'
    return b"".join((head.encode(), paragraphs_json, b"});\n"))


def _split_range(n: int, parts: int) -> list[tuple[int, int]]:
    step = -(-n // parts) if n else 1
    return [(lo, min(n, lo + step)) for lo in range(0, n, step)] or [(0, 0)]


def _call(job: tuple[Any, Any]) -> Any:
    return job[0](job[1])


def _map(fn: Any, parts: list[Any], workers: int, meanwhile: Any = None) -> list[Any]:
    """[fn(p) for p in parts], in forked worker processes when workers > 1; ``meanwhile()`` runs in
    this process while they work."""
    if workers <= 1 or len(parts) <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        results = [fn(p) for p in parts]
        if meanwhile is not None:
            meanwhile()
        return results
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
        futures = [pool.submit(fn, p) for p in parts]
        if meanwhile is not None:
            meanwhile()
        return [f.result() for f in futures]


PARALLEL_FROM = 1500  # articles; below this, forking costs more than it saves


def search_files(archive: Archive, site_title: str, workers: int | None = None,
                 cache_dir: Path | None = None) -> dict[str, bytes]:
    """Archive -> {path under the site root: bytes} for the search index. Deterministic:
    the same archive gives byte-identical files whatever the number of workers, with or without
    a cache. ``cache_dir``: where each document's analysis is kept for the next build."""
    docs = doc_order(archive)
    n = len(docs)
    if workers is None:
        workers = min(os.cpu_count() or 1, 4) if n >= PARALLEL_FROM else 1
    cache = SearchCache.load(cache_dir)
    _JOB.clear()
    _JOB.update(docs=docs, archive=archive, n=n, known=cache.records)
    try:
        files = _search_files(docs, archive, site_title, workers, cache)
    finally:
        _JOB.clear()
    cache.save_index()
    return files


def _invert(n: int, keys: list[bytes] | None, workers: int,
            cache: SearchCache) -> tuple[list[bytes], list[list[int]], Postings, list[Record]]:
    """Every document's key (made by the workers unless given), record (from the cache or
    analysed), lengths and posting lists."""
    _JOB["keys"] = keys
    parts = _map(_analyse_docs, _split_range(n, workers), workers)
    keys = [k for part in parts for k in part[0]]
    fresh = dict(f for part in parts for f in part[1])
    lengths = [array("I", b"".join(part[2][fi] for part in parts)).tolist() for fi in range(_NF)]
    # The ranges' posting lists, concatenated in doc order (so they stay sorted).
    flats: dict[str, list[array[int] | None]] = {}
    for fi in range(_NF):
        for part in parts:
            for term, flat in part[3][fi].items():
                p = flats.get(term)
                if p is None:
                    p = flats[term] = [None] * _NF
                q = p[fi]
                if q is None:
                    p[fi] = array("I", flat)
                else:
                    q.frombytes(flat)
    del parts
    flats.pop("", None)  # lunr.js indexes "" (trimmed punctuation); no query can reach it
    postings: Postings = {t: [(q[0::2], q[1::2]) if q else None for q in p] for t, p in flats.items()}
    records = [fresh[i] if i in fresh else cache.records[k] for i, k in enumerate(keys)]
    return keys, lengths, postings, records


PATCH_MAX = 0.05  # patch the previous build's posting lists when at most this share of documents changed


def _patch(keys: list[bytes], docs: list[Article], archive: Archive,
           cache: SearchCache) -> tuple[list[list[int]], Postings, list[Record]] | None:
    """The previous build's lengths and posting lists, with the documents whose text changed taken
    out and put back in, when the documents are the same ones in the same order (ids unchanged)
    but a few. None otherwise (the caller inverts everything)."""
    index = cache.index
    if index is None or len(index[0]) != len(keys):
        return None
    old_keys, lengths, postings = index
    changed = [i for i, (a, b) in enumerate(zip(old_keys, keys, strict=True)) if a != b]
    known = cache.records
    if len(changed) > PATCH_MAX * len(keys) or not (all(old_keys[i] in known for i in changed)
                                                     and all(map(known.__contains__, old_keys))):
        return None
    cache.patched = len(changed)
    fresh: dict[int, Record] = {}
    for i in changed:
        old = cache.records[old_keys[i]]
        new = cache.records.get(keys[i])
        if new is None:
            new, new_terms = _analyse(docs[i], archive)
            fresh[i] = new
        else:
            new_terms = _record_terms(new)
        for fi, terms in enumerate(_record_terms(old)):
            for term in terms:
                if term:
                    p = postings[term]
                    d, f = p[fi]  # type: ignore[misc]
                    at = bisect.bisect_left(d, i)
                    del d[at], f[at]
                    if not d:
                        p[fi] = None
                        if not any(p):
                            del postings[term]
        for fi, terms in enumerate(new_terms):
            for term, tf in zip(terms, array("I", new[2][fi]), strict=True):
                if term:
                    p = postings.setdefault(term, [None] * _NF)
                    q = p[fi]
                    if q is None:
                        p[fi] = (array("I", [i]), array("I", [tf]))
                    else:
                        at = bisect.bisect_left(q[0], i)
                        q[0].insert(at, i)
                        q[1].insert(at, tf)
            lengths[fi][i] = new[0][fi]
    records = [fresh[i] if i in fresh else cache.records[k] for i, k in enumerate(keys)]
    return lengths, postings, records


def _search_files(docs: list[Article], archive: Archive, site_title: str, workers: int,
                  cache: SearchCache) -> dict[str, bytes]:
    n = len(docs)
    nf = _NF
    field_names = [f for f, _ in FIELDS]
    # With a stored index, the keys tell which documents changed; without, the workers make them.
    keys = [_doc_key(a, archive) for a in docs] if cache.index and len(cache.index[0]) == n else None
    patched = _patch(keys, docs, archive, cache) if keys is not None else None
    if keys is not None and patched is not None:
        lengths, postings, records = patched
    else:
        keys, lengths, postings, records = _invert(n, keys, workers, cache)
    cache.keep(keys, records, lengths, postings)
    terms = sorted(postings, key=js_sort_key)
    avg = [(sum(ls) / n) if n else 0.0 for ls in lengths]
    norms = [[K1 * (1 - B + B * (ln / avg[fi])) if avg[fi] else K1 * (1 - B) for ln in lengths[fi]]
             for fi in range(nf)]

    # Cut the sorted vocabulary into shards of about SHARD_TARGET bytes.
    cuts = [0]
    size = 0
    for ti, term in enumerate(terms):
        est = len(term) + 8 + 8 * sum(len(p[0]) for p in postings[term] if p)
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
    nb = 1
    while nb * FUZZY_PER_BUCKET < len(terms):
        nb *= 2
    _int_strs(n)
    _JOB.update(terms=terms, postings=postings, cuts=cuts, norms=norms, cards=cards, nb=nb)

    def doc_files() -> None:
        for i, a in enumerate(docs):
            files[f"search/d/{i}.js"] = _doc_file(i, a, archive, records[i][3])
        cache.save_records()

    # The fuzzy buckets depend on the vocabulary alone: the previous build's when it is the same.
    vocabulary = _vocabulary_digest(terms)
    jobs: list[tuple[Any, Any]] = [] if cache.fuzzy[0] == vocabulary else [(_emit_fuzzy, None)]
    jobs += [(_emit_shards, r) for r in _split_range(nshards, workers * 2)]
    results = _map(_call, jobs, workers, doc_files)
    if jobs[0][0] is _emit_fuzzy:
        cache.fuzzy = (vocabulary, results[0])
    for chunk in [cache.fuzzy[1], *results]:
        files.update(chunk)

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
