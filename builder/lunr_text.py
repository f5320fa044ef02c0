"""lunr.js's text pipeline in Python: what the search index is built from.

lunr.tokenizer (split on JavaScript's whitespace and "-"), a Unicode-aware trimmer (search.js's
trim()), lunr's stop-word list (lunr.py's copy of it) and lunr.js 2.3.9's Porter stemmer, ported
regex for regex (lunr.py's stemmer differs: "day" -> "dai"), so every term the build indexes is the
term lunr.js makes of the same word in the browser (tests/test_search.py checks them against node).
Also the few JavaScript semantics the index files rely on: Math.round, UTF-16 string order, and
the CRC-32 fuzzy buckets.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter

from lunr.stop_word_filter import WORDS as _LUNR_STOP_WORDS

# lunr.tokenizer.separator = /[\s\-]+/ with JavaScript's \s (not Python's).
_JS_SPACE = "\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_SPLIT = re.compile(f"[{_JS_SPACE}\\-]+")
# The trimmer: lunr.trimmer made Unicode-aware, as search.js's trim() is: what is not a letter, a
# digit or "_" goes from both ends of a token (JavaScript /^[^\p{L}\p{N}_]+/u; Python's Unicode
# \W). lunr.trimmer's ASCII \W emptied every Cyrillic, Greek, Arabic, Hebrew, Korean or Chinese
# word, so none could be found (docs/dogfood.md); the index is otherwise lunr's.
_TRIM_HEAD = re.compile(r"^\W+")
_TRIM_TAIL = re.compile(r"\W+$")
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


def js_len(s: str) -> int:
    return len(s) + sum(1 for ch in s if ord(ch) > 0xFFFF)


def _chop(w: str) -> str:
    # w.replace(/.$/, "") : "." does not match JS line terminators
    if w and w[-1] not in "\n\r\u2028\u2029":
        return w[:-1]
    return w


def js_stem(w: str) -> str:
    """lunr.js 2.3.9's porterStemmer, byte for byte (checked against node in the tests)."""
    if js_len(w) < 3:
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


def term_counts(text: str) -> tuple[int, Counter[str | None]]:
    """(field length as lunr counts it, term -> frequency) for one field's text."""
    toks = _split(text.lower())
    tc: Counter[str | None] = Counter(map(_TERM_CACHE.__getitem__, toks))
    dropped = tc.pop(None, 0)  # stop words: not terms, not counted in the field length
    return len(toks) - dropped, tc


def analyse(text: str) -> tuple[int, dict[str, int]]:
    """(field length as lunr counts it, term frequencies) for one field's text."""
    length, tc = term_counts(text)
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
