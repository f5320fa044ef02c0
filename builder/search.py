"""The search stage: Archive -> a term-sharded lunr index the browser loads piece by piece.

lunr.js (2.3.9) answers queries in the browser; this module does what ``lunr.Builder``
would do, with exactly lunr.js's tokenizer, trimmer, stop-word filter, Porter stemmer
and BM25 (k1=1.2, b=0.75, field boosts, scores rounded to 3 decimals), and writes the
result split up so a query loads only what it needs:

``search/meta.js``          doc count, fields, shard boundaries, outlets, dates (always loaded)
``search/t/<k>.js``         postings (doc gap, tf[, length]) of a contiguous range of terms
``search/l/<k>.js``         the body lengths of documents k*LENGTH_BLOCK.. (the postings' weights need them)
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
import marshal
import math
import multiprocessing
import operator
import os
import zlib
from array import array
from collections import defaultdict, deque
from pathlib import Path
from typing import Any, TypeAlias

from builder.gcpause import gc_paused
from builder.lunr_text import bucket_hash, fuzzy_keys, js_len, js_round3, js_sort_key, term_counts
from builder.model import Archive, Article
from builder.output import Keep
from builder.search_cache import EMIT_FILE, EmitStore, Record, SearchCache, doc_key, fresh_record

FIELDS: tuple[tuple[str, int], ...] = (("title", 10), ("actors", 5), ("body", 1))
K1 = 1.2
B = 0.75
SHARD_TARGET = 24_000  # approximate raw bytes of postings per term shard
CARDS_PER_TERM = 20  # each shard carries the result cards of every term's top documents (one page)
FUZZY_PER_BUCKET = 48  # average vocabulary terms per fuzzy bucket (before deletion fan-out)
FUZZY_MAX_LEN = 24  # terms longer than this get no fuzzy keys (URLs, numbers...)
CALLBACK = "__briefingSearch"
# Fields whose lengths are in the length files (l/<k>.js, LENGTH_BLOCK documents each) instead of in
# each posting: the body, whose length a one-word edit changes (its postings then stay as they were).
# A title's or people's length changes only with its terms, in a few postings: they stay inline.
TABLE_FIELDS: tuple[bool, ...] = tuple(f == "body" for f, _ in FIELDS)
LENGTH_BLOCK = 2048



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
    counted = [term_counts(t) for t in (a.title or "", "\n".join(names), "\n".join(a.paragraphs))]
    return fresh_record(counted, _json_strs(list(a.paragraphs)).encode()), [tc for _, tc in counted]


def _record_terms(rec: Record) -> list[Any]:
    """A record's distinct terms per field (a list parallel to its counts)."""
    return [t.decode("utf-8", "surrogatepass").split("\n") if c else () for t, c in zip(rec[1], rec[2], strict=True)]


_INT_STR: list[str] = []  # _INT_STR[i] == str(i): a list lookup is ~3x faster than str(int)


def _int_strs(top: int) -> list[str]:
    if len(_INT_STR) <= top:
        _INT_STR.extend(map(str, range(len(_INT_STR), max(top + 1, 2 * len(_INT_STR), 1 << 16))))
    return _INT_STR


# ---- term shards: postings as [doc gap, tf, field length] (the body's [doc gap, tf]: its lengths are in
# the l/ files), cut where the terms say ----

def lunr_weight(tf: int, length: int, avg: float, df: int, n: int, boost: int) -> float:
    """The weight lunr.Builder.createFieldVectors gives a term in a field (the browser computes it
    from the shards' tf and the lengths with the same operations: search.js weigh)."""
    idf = math.log(1 + abs((n - df + 0.5) / (df + 0.5)))
    score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (length / avg)) + tf)
    score *= boost
    return js_round3(score) / 1000


def shard_name(first: str) -> str:
    """A shard's file name, t/<name>.js: CRC-32 of its first term in base 36 (search.js shardFile)."""
    x = bucket_hash(first)
    out = ""
    while True:
        x, r = divmod(x, 36)
        out = "0123456789abcdefghijklmnopqrstuvwxyz"[r] + out
        if not x:
            return out


def cut_hash(term: str) -> int:
    """32 bits of a term's hash, uniform: whether a shard may start at it."""
    return int.from_bytes(hashlib.blake2b(term.encode("utf-8", "surrogatepass"), digest_size=4).digest(), "big")


SHARD_MIN = 8_000  # estimated bytes in a shard before a cut is allowed (SHARD_TARGET on average)
SHARD_RATE = 16_000  # ... then a term starts a shard with probability est / SHARD_RATE (its hash decides)
SHARD_MAX = 64_000  # ... and always before a shard would exceed this
SHARD_BIG = SHARD_TARGET  # a term this large is a shard of its own


def _est(term: str, df: int) -> int:
    return len(term) + 8 + 8 * df


def shard_cuts(terms: list[str], dfs: Any, hashes: Any) -> list[int]:
    """Where shards start in the sorted vocabulary (and len(terms) at the end). Content-defined: a
    term starts a shard when its own hash says so (the larger its postings, the likelier), once the
    shard has SHARD_MIN bytes; a big term stands alone; no shard passes SHARD_MAX. So adding or
    removing a term moves at most the cuts around it, not every later one, and shard names (their
    first term's) stay. A cut whose name another shard has is skipped."""
    if not terms:
        return []
    cuts = [0]
    names = {shard_name(terms[0])}
    size = 0
    prev_big = False
    # est = len(term) + 8 + 8 * df, and whether the term's hash lets it start a shard, in C
    ests = list(map(operator.add, map(len, terms), map(operator.mul, dfs, itertools.repeat(8))))
    ests = list(map(operator.add, ests, itertools.repeat(8)))
    lucky = list(map(operator.lt, map(operator.mul, hashes, itertools.repeat(SHARD_RATE)),
                     map(operator.mul, ests, itertools.repeat(1 << 32))))
    for ti, est in enumerate(ests):
        big = est >= SHARD_BIG
        if size and (prev_big or big or size + est > SHARD_MAX or (lucky[ti] and size >= SHARD_MIN)):
            name = shard_name(terms[ti])
            if name not in names:
                names.add(name)
                cuts.append(ti)
                size = 0
        size += est
        prev_big = big
    cuts.append(len(terms))
    assert max(map(operator.sub, cuts[1:], cuts[:-1])) < 1 << 16  # (search.js SHARD_SPAN; SHARD_MAX makes it so)
    return cuts


BLOCK = 128  # postings per piece of a posting list's JSON kept in the emit store
TOP_KEEP = 2 * CARDS_PER_TERM  # documents kept ranked per term, so an edit rarely needs them all


def _blocks(docs_: Any, tfs: Any, lens: Any, strs: list[str], lo: int = 0, hi: int | None = None) -> list[str]:
    """The JSON of postings lo..hi ("gap,tf,length,..."; "gap,tf,..." when ``lens`` is None: a field
    whose lengths are in the l/ files), a string per BLOCK postings."""
    if hi is None:
        hi = len(docs_)
    ds = docs_[lo:hi]
    m = len(ds)
    w = 2 if lens is None else 3
    flat: list[str] = [""] * (w * m)
    flat[0::w] = map(strs.__getitem__, map(operator.sub, ds, itertools.chain((docs_[lo - 1] if lo else 0,), ds)))
    flat[1::w] = map(strs.__getitem__, tfs[lo:hi])
    if lens is not None:
        flat[2::3] = map(strs.__getitem__, map(lens.__getitem__, ds))
    step = w * BLOCK
    return [",".join(flat[k:k + step]) for k in range(0, w * m, step)]


def _inline_lengths(lengths: list[Any]) -> list[Any]:
    """Per field: the lengths its postings carry, or None (its lengths are in the l/ files)."""
    return [None if table else ls for table, ls in zip(TABLE_FIELDS, lengths, strict=True)]


def _length_file(k: int, lengths: list[Any], strs: list[str]) -> bytes:
    """l/<k>.js: per field whose lengths are not in the postings, the lengths of documents
    k*LENGTH_BLOCK.. (at most LENGTH_BLOCK), as _script(f"l/{k}", [[length, ...], ...])."""
    lo, hi = k * LENGTH_BLOCK, (k + 1) * LENGTH_BLOCK
    parts = ("[" + ",".join(map(strs.__getitem__, ls[lo:hi])) + "]"
             for table, ls in zip(TABLE_FIELDS, lengths, strict=True) if table)
    return f'{CALLBACK}("l/{k}",[{",".join(parts)}]);\n'.encode()


def _length_files(lengths: list[Any], n: int, strs: list[str]) -> dict[str, bytes]:
    return {f"search/l/{k}.js": _length_file(k, lengths, strs) for k in range(-(-n // LENGTH_BLOCK))}


def _entry(term: str, fields: list[Any]) -> str:
    """One term of a shard: [term, [postings of field 0], ...]."""
    return "[" + _enc_str(term) + "," + ",".join("[" + ",".join(f[2]) + "]" if f else "[]" for f in fields) + "]"


def _patch_entry(old: str, term: str, olds: list[Any], patches: list[Any]) -> str:
    """A term's entry with some of its fields or blocks replaced: ``old`` its entry as it was,
    ``olds`` the lengths of its blocks then (per field, None: no such field), ``patches`` per field
    None (as it was), ("all", blocks) or ("blocks", {block index: its new JSON})."""
    pos = len(_enc_str(term)) + 2  # the "[" of the first field
    out = [old[:pos]]
    for fi in range(_NF):
        ob = olds[fi]
        start = pos + 1
        end = start + (sum(ob) + len(ob) - 1 if ob else 0)  # its "]"
        patch = patches[fi]
        if patch is None:
            out.append(old[pos:end + 1])
        elif patch[0] == "all":
            out.append("[" + ",".join(patch[1]) + "]")
        else:
            starts = [0, *itertools.accumulate(x + 1 for x in ob)]
            at = pos
            for b in sorted(patch[1]):
                out += [old[at:start + starts[b]], patch[1][b]]
                at = start + starts[b] + ob[b]
            out.append(old[at:end + 1])
        out.append(old[end + 1])  # "," or the final "]"
        pos = end + 2
    return "".join(out)


def _rank_norms(lengths: list[Any], avgq: list[int]) -> list[list[float]]:
    return [[K1 * (1 - B + B * (ln / aq)) for ln in lengths[fi]] for fi, aq in enumerate(avgq)]


def _rank_one(fields: list[Any], d: int, lengths: list[Any], avgq: list[int]) -> float | None:
    """A document's card rank for one term (see _top_docs), None if the term is not in it."""
    total = 0.0
    found = False
    for fi, f in enumerate(fields):
        if f:
            docs_, tfs = f[0], f[1]
            j = bisect.bisect_left(docs_, d)
            if j < len(docs_) and docs_[j] == d:
                tf = tfs[j]
                w = tf / (K1 * (1 - B + B * (lengths[fi][d] / avgq[fi])) + tf)
                if FIELDS[fi][1] != 1:
                    w = w * FIELDS[fi][1]
                total = total + w
                found = True
    return total if found else None


def _top_docs(fields: list[Any], norms_q: list[list[float]]) -> tuple[list[float], list[int], bool]:
    """The TOP_KEEP documents a term ranks first for the result cards: by the sum over fields of
    boost * tf / (k1 * (1 - b + b * len / avg) + tf) with each field's average length rounded to an
    integer (lunr's weight but for idf, the same for every document of a term, and the rounding),
    ties to the newer. -> (ranks, docs, whether they are all the term's documents)."""
    total: Any = None
    for fi, f in enumerate(fields):
        if not f:
            continue
        docs_, tfs = f[0], f[1]
        q: Any = map(operator.truediv, tfs, map(operator.add, map(norms_q[fi].__getitem__, docs_), tfs))
        if FIELDS[fi][1] != 1:
            q = map(operator.mul, q, itertools.repeat(FIELDS[fi][1]))
        if total is None:
            total = dict(zip(docs_, q, strict=True))
        else:
            get = total.get
            for d, w in zip(docs_, q, strict=True):
                total[d] = get(d, 0.0) + w
    ranks, docs_ = list(total.values()), list(total)
    complete = len(ranks) <= TOP_KEEP
    if not complete:
        thr = heapq.nlargest(TOP_KEEP, ranks)[-1]
        keep = list(map(operator.ge, ranks, itertools.repeat(thr)))
        ranks, docs_ = list(itertools.compress(ranks, keep)), list(itertools.compress(docs_, keep))
    pairs = sorted(zip(ranks, docs_, strict=True), reverse=True)[:TOP_KEEP]
    return [r for r, _ in pairs], [d for _, d in pairs], complete


def _card_json(d: int, card: list[Any]) -> str:
    """_dumps([d, *card]): [id, slug, title, date, outlet, [actor index, ...]]."""
    slug, title, date, outlet, people = card
    outlet_json = _json_strs(outlet) if isinstance(outlet, list) else "null" if outlet is None else str(outlet)
    date_json = "null" if date is None else _enc_str(date)
    return f'[{d},{_enc_str(slug)},{_enc_str(title)},{date_json},{outlet_json},[{",".join(map(str, people))}]]'


def _shard_file(name: str, cards_json: str, text: str) -> bytes:
    """A shard's file: its cards and its terms' entries (``text``, joined by commas)."""
    return f'{CALLBACK}("t/{name}",{{"c":[{cards_json}],"t":[{text}]}});\n'.encode()


def _shard_row(cards_json: str, entries: list[str], tops: list[Any]) -> tuple[str, str, bytes, bytes, bytes]:
    """What the emit store keeps of a shard: its cards, its entries (one string and where each
    starts) and each term's first CARDS_PER_TERM documents (one array and their counts)."""
    offs = array("I", [0])
    offs.extend(itertools.accumulate(len(e) + 1 for e in entries))
    flat = array("I")
    for t in tops:
        flat.extend(t[:CARDS_PER_TERM])
    counts = array("I", [min(len(t), CARDS_PER_TERM) for t in tops])
    return cards_json, ",".join(entries), offs.tobytes(), flat.tobytes(), counts.tobytes()


def _splice_row(row: Any, new: dict[int, tuple[str, list[int]]]) -> tuple[str, str, bytes, bytes, bytes]:
    """A stored shard row with the entries and tops of some of its terms (by position) replaced."""
    cards_json, text, offs_b, flat_b, counts_b = row
    offs, flat, counts = array("I", offs_b), array("I", flat_b), array("I", counts_b)
    starts = [0, *itertools.accumulate(counts)]
    sizes = list(map(operator.sub, offs[1:], offs[:-1]))
    pieces: list[str] = []
    tops = array("I")
    at = top_at = 0
    for j in sorted(new):
        entry, top = new[j]
        pieces += [text[at:offs[j]], entry]
        at = offs[j + 1] - 1
        tops += flat[top_at:starts[j]]
        top = top[:CARDS_PER_TERM]
        tops.extend(top)
        top_at = starts[j + 1]
        sizes[j] = len(entry) + 1
        counts[j] = len(top)
    pieces.append(text[at:])
    tops += flat[top_at:]
    offs = array("I", [0])
    offs.extend(itertools.accumulate(sizes))
    return cards_json, "".join(pieces), offs.tobytes(), tops.tobytes(), counts.tobytes()


def _picked(tops: list[list[int]]) -> list[int]:
    """The documents whose cards a shard carries: each of its terms' first CARDS_PER_TERM."""
    out: set[int] = set()
    for t in tops:
        out.update(t[:CARDS_PER_TERM])
    return sorted(out)


def _emit_shards(bounds: tuple[int, int]) -> tuple[list[tuple[str, bytes]], list[tuple[str, bytes]],
                                                   list[tuple[str, Any]]]:
    """Shards lo..hi -> (their files, the emit store's rows of their terms (marshalled), their rows)."""
    terms, postings, cuts, names = _JOB["terms"], _JOB["postings"], _JOB["cuts"], _JOB["names"]
    inline, norms_q, card_of = _JOB["inline"], _JOB["norms_q"], _JOB["card_of"]
    keep = _JOB["keep_rows"]  # (only with a cache folder)
    strs = _INT_STR
    files, term_rows, shard_rows = [], [], []
    for k in range(*bounds):
        entries: list[str] = []
        tops: list[list[int]] = []
        for ti in range(cuts[k], cuts[k + 1]):
            term = terms[ti]
            fields = [None if p is None else (p[0], p[1], _blocks(p[0], p[1], inline[fi], strs))
                      for fi, p in enumerate(postings[term])]
            entries.append(_entry(term, fields))
            ranks, top, complete = _top_docs(fields, norms_q)
            tops.append(top)
            if keep:
                term_rows.append((term, marshal.dumps(
                    ([None if f is None else (f[0].tobytes(), f[1].tobytes(), array("I", map(len, f[2])).tobytes())
                      for f in fields], ranks, top, complete))))
        picked = _picked(tops)
        # Result cards (what a result shows but the excerpt) of the documents each term ranks first:
        # a query's first page is usually among them, so it is shown without loading d/ files.
        cards_json = ",".join(map(card_of, picked))
        if not keep:
            files.append((f"search/t/{names[k]}.js", _shard_file(names[k], cards_json, ",".join(entries))))
            continue
        row = _shard_row(cards_json, entries, tops)
        files.append((f"search/t/{names[k]}.js", _shard_file(names[k], cards_json, row[1])))
        shard_rows.append((names[k], (terms[cuts[k]], cuts[k + 1] - cuts[k], array("I", picked).tobytes(),
                                      marshal.dumps(row))))
    return files, term_rows, shard_rows


def _vocabulary_digest(terms: list[str]) -> bytes:
    return hashlib.sha256("\n".join(terms).encode("utf-8", "surrogatepass")).digest()


def _emit_fuzzy(_: Any) -> list[tuple[str, bytes]]:
    """Fuzzy buckets: a term and a query within one edit share a 1-deletion key."""
    terms, nb = _JOB["terms"], _JOB["nb"]
    buckets: list[set[str]] = [set() for _ in range(nb)]
    crc = zlib.crc32
    for term in terms:
        if js_len(term) <= FUZZY_MAX_LEN:
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
    from concurrent.futures import ProcessPoolExecutor  # (not imported by a quick build)

    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
        futures = [pool.submit(fn, p) for p in parts]
        if meanwhile is not None:
            meanwhile()
        return [f.result() for f in futures]


PARALLEL_FROM = 1500  # articles; below this, forking costs more than it saves


def search_files(archive: Archive, site_title: str, workers: int | None = None,
                 cache_dir: Path | None = None, previous: dict[str, str] | None = None,
                 text_keys: dict[str, str] | None = None) -> dict[str, bytes | Keep]:
    """Archive -> {path under the site root: bytes} for the search index. Deterministic:
    the same archive gives byte-identical files whatever the number of workers, with or without
    a cache. ``cache_dir``: where each document's analysis and what this build emitted are kept
    for the next build. ``previous``: the site's current search files {path: sha256}; a file this
    build would write with the same bytes is returned as Keep(sha256) instead (only when the cache
    knows it, in an incremental build: see _incremental). ``text_keys``: {article path: a digest
    its paragraphs are a function of} (the pipeline's source keys), so that telling which
    documents changed needs no hashing of their text."""
    docs = doc_order(archive)
    n = len(docs)
    with gc_paused():  # (the store's state is ~10^5 objects: collections meanwhile would walk the whole archive)
        store = EmitStore(Path(cache_dir) / EMIT_FILE if cache_dir is not None else None)
    try:
        if store.state is not None and previous is not None:
            with gc_paused():
                try:
                    out = _incremental(docs, archive, site_title, store, previous, text_keys)
                except Exception:  # noqa: BLE001 -- a store that does not fit: emit everything
                    out = None
            if out is not None:
                return out
        store.close()
        if workers is None:
            workers = min(os.cpu_count() or 1, 4) if n >= PARALLEL_FROM else 1
        cache = SearchCache.load(cache_dir)
        _JOB.clear()
        _JOB.update(docs=docs, archive=archive, n=n, known=cache.records)
        try:
            files = _search_files(docs, archive, site_title, workers, cache, store.path, text_keys)
        finally:
            _JOB.clear()
        cache.save_index()
        return dict(files)
    finally:
        store.close()


def patch_search_files(archive: Archive, site_title: str, cache_dir: Path, previous: dict[str, str],
                       text_keys: dict[str, str], fresh: set[str]) -> dict[str, bytes | Keep] | None:
    """search_files' incremental half alone: the previous build's files with what the changed
    documents touch made again, or None when they cannot be patched (never everything emitted:
    a one-shot build's quick path holds no text but the changed articles', builder/quick.py).
    ``fresh``: the slugs of the only articles that changed (the others, and their order, are as
    in the last build)."""
    docs = doc_order(archive)
    with gc_paused():
        store = EmitStore(Path(cache_dir) / EMIT_FILE)
    try:
        if store.state is None:
            return None
        with gc_paused():
            try:
                return _incremental(docs, archive, site_title, store, previous, text_keys, fresh)
            except Exception:  # noqa: BLE001 -- a store that does not fit: the ordinary path
                return None
    finally:
        store.close()


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
INCREMENTAL_MIN = 8  # ... or at most this many (emit incrementally: builder/search.py _incremental)


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


# The last build's document digests by what they were made of: a resident process (serve) digests
# only the documents that changed (repr and blake2b of 10k keys took ~0.1 s of each rebuild).
_DOC_KEYS: list[dict[tuple[Any, ...], bytes]] = [{}]


def _doc_keys(docs: list[Article], archive: Archive, text_keys: dict[str, str] | None,
              kept: tuple[set[str], list[bytes]] | None = None) -> tuple[list[Any], Any]:
    """What each document gives the search files (its text, slug, title, date, outlet, people), as
    a 16-byte digest per document (the store's state is read and written at every build: a digest
    keeps it small), and the names of the people and outlets they name (shared by many). With
    ``text_keys`` (the pipeline's digest of each article's source, which its paragraphs are made
    from) that digest stands for the paragraphs: no hashing of the text. ``kept``: the slugs of
    the only documents that may have changed, and the last keys (same documents, same order)."""
    people = set(itertools.chain.from_iterable(a.actor_slugs for a in docs))
    outlets = {a.source_slug for a in docs}
    names = ({s: archive.actors[s].name for s in people if s in archive.actors},
             {s: archive.outlets[s].name for s in outlets if s and s in archive.outlets})
    if kept is not None and len(kept[1]) == len(docs):
        fresh, old = kept
        return [old[i] if a.slug not in fresh else _doc_key_of(a, text_keys, {}, {}) for i, a in enumerate(docs)], names
    last = _DOC_KEYS[0]
    memo: dict[tuple[Any, ...], bytes] = {}
    out = [_doc_key_of(a, text_keys, last, memo) for a in docs]
    _DOC_KEYS[0] = memo
    return out, names


def _doc_key_of(a: Article, text_keys: dict[str, str] | None, last: dict[tuple[Any, ...], bytes],
                memo: dict[tuple[Any, ...], bytes]) -> bytes:
    """One document's digest (``last``: those of the last build by what they were made of; ``memo``
    gets this one)."""
    hint: str | bytes | None = text_keys.get(a.path) if text_keys is not None else None
    if hint is None:
        text = a.paragraphs
        h = hashlib.sha256(array("I", map(len, text)).tobytes())  # (so the text is unambiguous)
        h.update("".join(text).encode("utf-8", "surrogatepass"))
        hint = h.digest()
    key = (hint, len(a.paragraphs), a.slug, a.title, a.date, a.source, a.source_slug, tuple(a.actor_slugs))
    d = last.get(key)
    if d is None:
        d = hashlib.blake2b(repr(key).encode("utf-8", "surrogatepass"), digest_size=16).digest()
    memo[key] = d
    return d


def _filters(docs: list[Article], archive: Archive) -> tuple[dict[str, list[int]], list[list[Any]],
                                                              dict[str, list[int]], list[list[Any]]]:
    """(by_actor, actors.js rows, by_outlet, meta's outlet rows)."""
    by_actor: dict[str, list[int]] = {}
    by_outlet: dict[str, list[int]] = {}
    actors = archive.actors
    for i, a in enumerate(docs):
        for slug in a.actor_slugs:
            if slug in actors:
                by_actor.setdefault(slug, []).append(i)
        if a.source_slug:
            by_outlet.setdefault(a.source_slug, []).append(i)
    actor_rows = [[slug, actors[slug].name, len(set(mine))] for slug, mine in sorted(by_actor.items())]
    outlet_rows = []
    for slug, mine in sorted(by_outlet.items()):
        name = archive.outlets[slug].name if slug in archive.outlets else (docs[mine[0]].source or slug)
        outlet_rows.append([slug, name, len(mine)])
    return (by_actor, sorted(actor_rows, key=lambda r: (-r[2], r[1], r[0])), by_outlet,
            sorted(outlet_rows, key=lambda r: (str(r[1]).lower(), str(r[0]))))


def _card(a: Article, archive: Archive, actor_index: dict[str, int], outlet_index: dict[str, int]) -> list[Any]:
    """A result card: slug, title, date, outlet (index in meta's outlets, or [slug, name], or None) and
    people (indices in actors.js), as the d/ files hold them."""
    outlet: Any = None
    if a.source_slug and a.source_slug in archive.outlets:
        outlet = outlet_index[a.source_slug]
    elif a.source:
        outlet = [a.source_slug or "", a.source]
    return [a.slug, a.title or "", a.date if day_number(a.date) is not None else None, outlet,
            [actor_index[s] for s in a.actor_slugs if s in archive.actors]]


def _avg_q(lengths: list[Any], n: int) -> tuple[list[float], list[int]]:
    """Each field's average length (lunr's: the integer sum / n) and its rounded value for the cards."""
    avg = [(sum(ls) / n) if n else 0.0 for ls in lengths]
    return avg, [max(1, int(x + 0.5)) for x in avg]


def _meta(docs: list[Article], site_title: str, shard_firsts: list[str], nb: int, outlets_sorted: list[Any],
          avg: list[float], shas: dict[str, str]) -> bytes:
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
    # The version (?v= of every data file): a digest of every other file's sha256.
    version = hashlib.sha256("".join(f"{p}\0{shas[p]}\n" for p in sorted(shas)).encode())
    meta = {
        "v": version.hexdigest()[:12],
        "title": site_title,
        "n": len(docs),
        "fields": [f for f, _ in FIELDS],
        "boost": [b for _, b in FIELDS],
        "avg": avg,
        "lf": [fi for fi, table in enumerate(TABLE_FIELDS) if table],
        "lb": LENGTH_BLOCK,
        "shards": shard_firsts,
        "fuzzy": nb,
        "outlets": outlets_sorted,
        "undated": undated,
        "day0": first_day,
        "days": runs,
    }
    return _script("meta", meta)


def _fuzzy_count(nterms: int) -> int:
    nb = 1
    while nb * FUZZY_PER_BUCKET < nterms:
        nb *= 2
    return nb


def _search_files(docs: list[Article], archive: Archive, site_title: str, workers: int,
                  cache: SearchCache, store_path: Path | None,
                  text_keys: dict[str, str] | None = None) -> dict[str, bytes]:
    n = len(docs)
    # With a stored index, the keys tell which documents changed; without, the workers make them.
    keys = [_doc_key(a, archive) for a in docs] if cache.index and len(cache.index[0]) == n else None
    patched = _patch(keys, docs, archive, cache) if keys is not None else None
    if keys is not None and patched is not None:
        lengths, postings, records = patched
    else:
        keys, lengths, postings, records = _invert(n, keys, workers, cache)
    cache.keep(keys, records, lengths, postings)
    terms = sorted(postings, key=js_sort_key)
    avg, avgq = _avg_q(lengths, n)
    dfs = [sum(len(p[0]) for p in postings[t] if p) for t in terms]  # lunr.idf counts a doc once per field
    hashes = list(map(cut_hash, terms))
    cuts = shard_cuts(terms, dfs, hashes)
    nshards = max(0, len(cuts) - 1)
    shard_firsts = [terms[c] for c in cuts[:-1]]
    names = list(map(shard_name, shard_firsts))
    files: dict[str, bytes] = {}

    # Filter lists.
    by_actor, actor_rows_sorted, by_outlet, outlets_sorted = _filters(docs, archive)
    for slug, mine in by_actor.items():
        files[f"search/a/{slug}.js"] = _script(f"a/{slug}", _desc_deltas(mine))
    files["search/actors.js"] = _script("actors", actor_rows_sorted)
    for slug, mine in by_outlet.items():
        files[f"search/o/{slug}.js"] = _script(f"o/{slug}", _desc_deltas(mine))
    actor_index = {row[0]: i for i, row in enumerate(actor_rows_sorted)}
    outlet_index = {row[0]: i for i, row in enumerate(outlets_sorted)}
    card_json = [_card_json(i, _card(a, archive, actor_index, outlet_index)) for i, a in enumerate(docs)]
    nb = _fuzzy_count(len(terms))
    _int_strs(max([n, *(max(ls, default=0) for ls in lengths)]))
    _JOB.update(keep_rows=store_path is not None, terms=terms, postings=postings, cuts=cuts, names=names,
                inline=_inline_lengths(lengths),
                norms_q=_rank_norms(lengths, avgq), card_of=card_json.__getitem__, nb=nb)
    files.update(_length_files(lengths, n, _INT_STR))

    def doc_files() -> None:
        for i, a in enumerate(docs):
            files[f"search/d/{i}.js"] = _doc_file(i, a, archive, records[i][3])
        cache.save_records()

    # The fuzzy buckets depend on the vocabulary alone: the previous build's when it is the same.
    vocabulary = _vocabulary_digest(terms)
    jobs: list[tuple[Any, Any]] = [] if cache.fuzzy[0] == vocabulary else [(_emit_fuzzy, None)]
    jobs += [(_emit_shards, r) for r in _split_range(nshards, workers * 2)]
    results = _map(_call, jobs, workers, doc_files)
    if jobs and jobs[0][0] is _emit_fuzzy:
        cache.fuzzy = (vocabulary, results.pop(0))
    files.update(cache.fuzzy[1])
    term_rows: dict[Any, bytes] = {}
    shard_rows: dict[Any, bytes] = {}
    shard_list = []
    for chunk, trows, srows in results:
        files.update(chunk)
        term_rows.update(trows)
        for name, (first, count, picked, row) in srows:
            shard_rows[name] = row
            shard_list.append((name, first, count, picked))
    shas = {p: hashlib.sha256(b).hexdigest() for p, b in files.items()}
    files["search/meta.js"] = _meta(docs, site_title, shard_firsts, nb, outlets_sorted, avg, shas)
    shas["search/meta.js"] = hashlib.sha256(files["search/meta.js"]).hexdigest()
    if store_path is not None:
        full_keys, names_now = _doc_keys(docs, archive, text_keys)
        buckets = {int(p[len("search/f/"):-3]): marshal.dumps(_script_data(b)) for p, b in cache.fuzzy[1]}
        doc_rows = {i: marshal.dumps((records[i][:3], [s for s in a.actor_slugs if s in archive.actors],
                                      a.source_slug, card_json[i])) for i, a in enumerate(docs)}
        state = {"n": n, "keys": full_keys, "names": names_now, "lengths": [array("I", ls).tobytes() for ls in lengths],
                 "avgq": avgq, "terms": terms, "dfs": array("I", dfs).tobytes(),
                 "hashes": array("I", hashes).tobytes(), "shards": shard_list, "nb": nb,
                 "actors": actor_rows_sorted, "outlets": outlets_sorted, "files": shas}
        EmitStore.write(store_path, state, {"term": term_rows, "shard": shard_rows, "doc": doc_rows,
                                            "bucket": buckets})
    return files


def _script_data(b: bytes) -> Any:
    """The data of a file made by _script."""
    text = b.decode()
    return json.loads(text[text.index(",") + 1:-3])


def _incremental(docs: list[Article], archive: Archive, site_title: str, store: EmitStore,
                 previous: dict[str, str], text_keys: dict[str, str] | None = None,
                 fresh: set[str] | None = None) -> dict[str, bytes | Keep] | None:
    """The previous build's files, with only what the changed documents touch made again; the
    rest returned as Keep. None (emit everything) whenever the store does not fit: other documents
    or ids, more than PATCH_MAX of them changed, another rounded average length (card ranks),
    other people counts or outlets (card indices), another number of fuzzy buckets, or a site whose
    search files are not the ones the store describes."""
    st = store.state
    assert st is not None
    n = len(docs)
    old_shas: dict[str, str] = st["files"]
    if st["n"] != n or any(previous.get(p) != h for p, h in old_shas.items()):
        return None
    keys, names_now = _doc_keys(docs, archive, text_keys, (fresh, st["keys"]) if fresh is not None else None)
    if names_now != st["names"]:  # a person or an outlet renamed, added or gone: many documents show it
        return None
    changed = [i for i, (a, b) in enumerate(zip(st["keys"], keys, strict=True)) if a != b]
    if len(changed) > max(PATCH_MAX * n, INCREMENTAL_MIN):
        return None
    old_rows = store.rows("doc", changed)
    same_people = all(old_rows[i][1] == [s for s in docs[i].actor_slugs if s in archive.actors]
                      and old_rows[i][2] == docs[i].source_slug for i in changed)
    if same_people and all(archive.actors[r[0]].name == r[1] for r in st["actors"] if r[0] in archive.actors) \
            and all(r[0] in archive.outlets and archive.outlets[r[0]].name == r[1] for r in st["outlets"]):
        # Who is in which document is as it was: the lists, counts and indices are too.
        by_actor: dict[str, list[int]] = {}
        by_outlet: dict[str, list[int]] = {}
        actor_rows_sorted, outlets_sorted = st["actors"], st["outlets"]
    else:
        by_actor, actor_rows_sorted, by_outlet, outlets_sorted = _filters(docs, archive)
        if actor_rows_sorted != st["actors"] or [r[:2] for r in outlets_sorted] != [r[:2] for r in st["outlets"]]:
            return None
    actor_index = {row[0]: i for i, row in enumerate(actor_rows_sorted)}
    outlet_index = {row[0]: i for i, row in enumerate(outlets_sorted)}
    lengths = [array("I", b) for b in st["lengths"]]
    new_files: dict[str, bytes] = {}
    gone: set[str] = set()

    # What the changed documents were and are: per (term, field) the documents whose posting changes.
    put_docs: dict[Any, Any] = {}
    touched: dict[str, dict[int, dict[int, int]]] = {}  # term -> field -> doc -> new tf (0: gone)
    reranked: dict[str, set[int]] = {}  # term -> documents whose length changed but not their posting
    length_blocks: set[int] = set()  # l/<k>.js to make again
    card_changed: list[int] = []
    slugs_a: set[str] = set()
    slugs_o: set[str] = set()
    for i in changed:
        old_rec, old_actors, old_outlet, old_card = old_rows[i]
        a = docs[i]
        rec, new_terms = _analyse(a, archive)
        card = _card_json(i, _card(a, archive, actor_index, outlet_index))
        if card != old_card:
            card_changed.append(i)
        new_actors = [s for s in a.actor_slugs if s in archive.actors]
        if not same_people:
            slugs_a.update(old_actors, new_actors)
            slugs_o.update(s for s in (old_outlet, a.source_slug) if s)
        put_docs[i] = (rec[:3], new_actors, a.source_slug, card)
        new_files[f"search/d/{i}.js"] = _doc_file(i, a, archive, rec[3])
        old_terms = _record_terms((*old_rec, b""))
        for fi in range(_NF):
            len_changed = old_rec[0][fi] != rec[0][fi]
            lengths[fi][i] = rec[0][fi]
            if len_changed and TABLE_FIELDS[fi]:
                length_blocks.add(i // LENGTH_BLOCK)
            inline_changed = len_changed and not TABLE_FIELDS[fi]  # (then every posting of it changes)
            before = dict(zip(old_terms[fi], array("I", old_rec[2][fi]), strict=True))
            after = dict(zip(new_terms[fi], array("I", rec[2][fi]), strict=True))
            for term in before.keys() | after.keys():
                tf = after.get(term, 0)
                if not term:
                    continue
                if inline_changed or tf != before.get(term, 0):
                    touched.setdefault(term, {}).setdefault(fi, {})[i] = tf
                elif len_changed:  # the same posting, but the document's card rank for the term moves
                    reranked.setdefault(term, set()).add(i)
    avg, avgq = _avg_q(lengths, n)
    if avgq != st["avgq"]:
        return None
    _int_strs(max([n, *(max(ls, default=0) for ls in lengths)]))
    strs = _INT_STR
    inline = _inline_lengths(lengths)
    for k in sorted(length_blocks):
        new_files[f"search/l/{k}.js"] = _length_file(k, lengths, strs)

    # The touched terms' posting lists, their JSON (the blocks around the changed postings) and tops.
    terms: list[str] = st["terms"]
    df_of = dict(zip(terms, array("I", st["dfs"]), strict=True))
    hash_of = dict(zip(terms, array("I", st["hashes"]), strict=True))
    rows = store.rows("term", touched.keys() | reranked.keys())
    put_terms: dict[Any, Any] = {}  # term -> (fields [docs, tfs, block lengths] or None, ranks, top, complete)
    patches: dict[str, tuple[list[Any], list[Any]]] = {}  # term -> (block lengths before, patch) per field
    write_terms: dict[Any, Any] = {}
    top_changed: set[str] = set()  # terms whose first CARDS_PER_TERM documents are others (their shard's cards)
    top_moved: set[str] = set()  # ... or the same in another order (the emit store's shard row)
    added: list[str] = []
    removed: list[str] = []
    df_moved = False
    for term in itertools.chain(touched, sorted(reranked.keys() - touched.keys())):
        per_field = touched.get(term, {})
        row = rows.get(term)
        if row is None:
            fields: list[Any] = [None] * _NF
            ranks, top, complete = [], [], True
        else:
            fields = [None if f is None else [array("I", f[0]), array("I", f[1]), array("I", f[2])] for f in row[0]]
            ranks, top, complete = row[1], row[2], row[3]
        olds = [None if f is None else array("I", f[2]) for f in fields]
        patch: list[Any] = [None] * _NF
        df = df_of.get(term, 0)
        for fi, changes in per_field.items():
            f = fields[fi]
            if f is None:
                f = fields[fi] = [array("I"), array("I"), array("I")]
            docs_, tfs = f[0], f[1]
            dirty: set[int] = set()
            rebuild = False
            for d, tf in sorted(changes.items()):
                j = bisect.bisect_left(docs_, d)
                here = j < len(docs_) and docs_[j] == d
                if here and tf:
                    tfs[j] = tf
                    dirty.add(j // BLOCK)
                elif here:
                    del docs_[j], tfs[j]
                    df -= 1
                    rebuild = True
                elif tf:
                    docs_.insert(j, d)
                    tfs.insert(j, tf)
                    df += 1
                    rebuild = True
            if not docs_:
                fields[fi] = None
                patch[fi] = ("all", [])
            elif rebuild:
                blocks = _blocks(docs_, tfs, inline[fi], strs)
                f[2] = array("I", map(len, blocks))
                patch[fi] = ("all", blocks)
            else:
                new: dict[int, str] = {}
                for b in dirty:
                    new[b] = _blocks(docs_, tfs, inline[fi], strs, b * BLOCK, min(len(docs_), (b + 1) * BLOCK))[0]
                    f[2][b] = len(new[b])
                patch[fi] = ("blocks", new)
        # The term's top documents: each changed document taken out and put back at its new rank.
        before_top = top[:CARDS_PER_TERM]
        pairs = list(zip(ranks, top, strict=True))
        for d in sorted({d for changes in per_field.values() for d in changes} | reranked.get(term, set())):
            pairs = [p for p in pairs if p[1] != d]
            r = _rank_one(fields, d, lengths, avgq)
            if r is not None and (complete or (pairs and (r, d) > pairs[-1])):
                bisect.insort(pairs, (r, d), key=lambda p: (-p[0], -p[1]))
        if len(pairs) > TOP_KEEP:
            pairs, complete = pairs[:TOP_KEEP], False
        if not complete and len(pairs) < CARDS_PER_TERM:
            ranks, top, complete = _top_docs(fields, _rank_norms(lengths, avgq))
        else:
            ranks, top = [p[0] for p in pairs], [p[1] for p in pairs]
        if top[:CARDS_PER_TERM] != before_top:
            top_moved.add(term)
            if set(top[:CARDS_PER_TERM]) != set(before_top):
                top_changed.add(term)
        if df != df_of.get(term, 0):
            df_moved = True
        if df:
            if term not in df_of:
                added.append(term)
                hash_of[term] = cut_hash(term)
            df_of[term] = df
            put_terms[term] = (fields, ranks, top, complete)
            if per_field:
                patches[term] = (olds, patch)
            new_row = ([None if f is None else (f[0].tobytes(), f[1].tobytes(), f[2].tobytes()) for f in fields],
                       ranks, top, complete)
            if row is None or new_row != (row[0], row[1], row[2], row[3]):  # (only a block's digits, mostly)
                write_terms[term] = new_row
        else:
            removed.append(term)
            df_of.pop(term, None)
            hash_of.pop(term, None)
    if added or removed:
        terms = list(terms)
        for t in removed:
            at = bisect.bisect_left(terms, js_sort_key(t), key=js_sort_key)
            if at < len(terms) and terms[at] == t:
                del terms[at]
        for t in added:
            bisect.insort(terms, t, key=js_sort_key)
    nb = _fuzzy_count(len(terms))
    if nb != st["nb"]:
        return None

    # Shards: the same cuts but around added or removed terms; a shard is made again when one of its
    # terms or their top documents changed, or the card of one of the documents it shows.
    dfs = [df_of[t] for t in terms] if df_moved else array("I", st["dfs"])
    if df_moved:
        cuts = shard_cuts(terms, dfs, [hash_of[t] for t in terms])
        candidates: Any = range(len(cuts) - 1)
    else:  # the same vocabulary and sizes: the same cuts; only the shards of touched terms or cards
        cuts = [0, *itertools.accumulate(s[2] for s in st["shards"])]
        firsts = [s[1] for s in st["shards"]]
        candidates = {bisect.bisect_right(firsts, js_sort_key(t), key=js_sort_key) - 1
                      for t in itertools.chain(touched, top_changed)}
        if card_changed:
            candidates.update(k for k, sh in enumerate(st["shards"])
                              if not set(card_changed).isdisjoint(array("I", sh[3])))
        candidates = sorted(candidates)
    old_shards = {s[0]: s for s in st["shards"]}
    prev_terms: list[str] = st["terms"]
    old_last = dict(zip(old_shards, (prev_terms[i - 1] for i in itertools.accumulate(s[2] for s in st["shards"])),
                        strict=True))
    added_set = set(added)
    card_changed_set = set(card_changed)
    shard_list: list[Any] = [None] * (len(cuts) - 1) if df_moved else list(st["shards"])
    put_shards: dict[Any, Any] = {}
    need: list[tuple[int, str, bool]] = []  # (shard index, name, cards too)
    same_names: set[str] = set()
    for k in candidates:
        lo, hi = cuts[k], cuts[k + 1]
        name = shard_name(terms[lo])
        old = old_shards.get(name)
        span = terms[lo:hi]
        # (the same first and last terms, as many, none new: the same terms)
        same_terms = (old is not None and old[1] == terms[lo] and old[2] == hi - lo and old_last[name] == terms[hi - 1]
                       and not (added_set and any(t in added_set for t in span)))
        dirty_terms = any(t in touched for t in span)
        cards_stale = (not same_terms or any(t in top_changed for t in span)
                       or (bool(card_changed_set) and old is not None
                           and not card_changed_set.isdisjoint(array("I", old[3]))))
        if same_terms and not dirty_terms and not cards_stale:
            shard_list[k] = old
            continue
        if same_terms:
            same_names.add(name)
        need.append((k, name, cards_stale))
    # A shard with the same terms as before: its stored entries and tops, the touched terms' patched
    # (the blocks around their changed postings). Else every entry made from the terms' posting lists.
    same = store.rows("shard", [name for k, name, stale in need if name in same_names])
    want = {t for k, name, _ in need if name not in same for t in terms[cuts[k]:cuts[k + 1]] if t not in put_terms}
    for t, row in store.rows("term", want).items():
        put_terms[t] = ([None if f is None else [array("I", f[0]), array("I", f[1])] for f in row[0]],
                        row[1], row[2], row[3])
    card_cache: dict[int, str] = {}

    def card_of(d: int) -> str:
        c = card_cache.get(d)
        if c is None:
            c = card_cache[d] = _card_json(d, _card(docs[d], archive, actor_index, outlet_index))
        return c

    def whole(t: str) -> str:
        return _entry(t, [None if f is None else (None, None, _blocks(f[0], f[1], inline[fi], strs))
                          for fi, f in enumerate(put_terms[t][0])])

    for k, name, stale in need:
        lo, hi = cuts[k], cuts[k + 1]
        span = terms[lo:hi]
        if name in same:
            old_row = same[name]
            text, offs = old_row[1], array("I", old_row[2])
            row = _splice_row(old_row, {j: (_patch_entry(text[offs[j]:offs[j + 1] - 1], t, *patches[t])
                                            if t in patches else text[offs[j]:offs[j + 1] - 1], put_terms[t][2])
                                        for j, t in enumerate(span) if t in patches or t in top_moved})
        else:
            row = _shard_row("", list(map(whole, span)), [put_terms[t][2] for t in span])
        if stale or name not in same:
            picked = sorted(set(array("I", row[3])))
            cards_json = ",".join(map(card_of, picked))
            picked_b = array("I", picked).tobytes()
            row = (cards_json, *row[1:])
        else:
            picked_b = old_shards[name][3]
        put_shards[name] = row
        shard_list[k] = (name, terms[lo], hi - lo, picked_b)
        new_files[f"search/t/{name}.js"] = _shard_file(name, row[0], row[1])
    new_names = {s[0] for s in shard_list}
    gone.update(f"search/t/{name}.js" for name in old_shards if name not in new_names)

    # Fuzzy buckets of the terms added or removed.
    put_buckets: dict[Any, Any] = {}
    if added or removed:
        crc = zlib.crc32
        hit: dict[int, tuple[set[str], set[str]]] = {}
        for group, which in ((added, 0), (removed, 1)):
            for term in group:
                if js_len(term) <= FUZZY_MAX_LEN:
                    for key in fuzzy_keys(term):
                        hit.setdefault(crc(key.encode("utf-8")) % nb, (set(), set()))[which].add(term)
        have = store.rows("bucket", hit)
        for b, (plus, minus) in hit.items():
            bucket = sorted((set(have.get(b, [])) - minus) | plus, key=js_sort_key)
            put_buckets[b] = bucket
            if bucket:
                new_files[f"search/f/{b}.js"] = _script(f"f/{b}", bucket)
            else:
                gone.add(f"search/f/{b}.js")

    # Filter lists of the people and outlets of the changed documents.
    for slug in slugs_a:
        if slug in by_actor:
            new_files[f"search/a/{slug}.js"] = _script(f"a/{slug}", _desc_deltas(by_actor[slug]))
        else:
            gone.add(f"search/a/{slug}.js")
    for slug in slugs_o:
        if slug in by_outlet:
            new_files[f"search/o/{slug}.js"] = _script(f"o/{slug}", _desc_deltas(by_outlet[slug]))
        else:
            gone.add(f"search/o/{slug}.js")
    if not same_people:
        new_files["search/actors.js"] = _script("actors", actor_rows_sorted)

    shas = {p: h for p, h in old_shas.items() if p not in gone and p != "search/meta.js"}
    for p, data in new_files.items():
        shas[p] = hashlib.sha256(data).hexdigest()
    meta = _meta(docs, site_title, [s[1] for s in shard_list], nb, outlets_sorted, avg, shas)
    shas["search/meta.js"] = hashlib.sha256(meta).hexdigest()
    out: dict[str, bytes | Keep] = {}
    for p, h in shas.items():
        made = new_files.get(p)
        out[p] = Keep(h) if made is None or previous.get(p) == h else made
    out["search/meta.js"] = meta
    if not changed and shas == old_shas:
        return out
    state = dict(st, keys=keys, names=names_now, lengths=[ls.tobytes() for ls in lengths], terms=terms,
                 dfs=array("I", dfs).tobytes(),
                 hashes=array("I", [hash_of[t] for t in terms]).tobytes() if df_moved else st["hashes"],
                 shards=shard_list, outlets=outlets_sorted, files=shas)
    store.update(state, {"term": write_terms,
                         "shard": put_shards, "doc": put_docs, "bucket": put_buckets},
                 {"term": removed, "shard": [n for n in old_shards if n not in new_names]})
    return out
