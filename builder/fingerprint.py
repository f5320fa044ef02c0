"""A small signature of an article's text, made once per article (in the worker pool, cached)
so that the archive-wide story and related-article linking only compares small sets."""

from __future__ import annotations

import heapq
import re
import zlib
from collections import Counter

from builder.model import Fingerprint

TERMS = 40  # distinctive words kept per article
SKETCH = 64  # smallest shingle hashes kept (a bottom-k sketch) for near-duplicate detection
_TOKEN = re.compile(r"\w+")
STOP = frozenset(
    "that this with from have they their there which would could should about after before were been said says "
    "also will more than into over when what where while other some such only them then these those very just "
    "because during against between under even being most many much told according added including however "
    "since year years week weeks monday tuesday wednesday thursday friday saturday sunday".split()
)


# a capitalised word after a lower-case letter or , ; : and a space. Written to start with the space (a literal
# the regex engine scans for quickly) and capture the word: the same words as
# (?<=[a-z,;:] )[A-Z][a-z]+(?:-[A-Z][a-z]+)? (tests/test_fingerprint_speed.py)
_NAME = re.compile(r" (?<=[a-z,;:] )([A-Z][a-z]+(?:-[A-Z][a-z]+)?)")
NAMES = 20  # capitalised words kept per article
NAME_CHARS = 3000  # read from the start of the article (the event's people come first)


def names(paragraphs: list[str], text: str | None = None) -> list[str]:
    """The article's most frequent capitalised words inside sentences (people, places, bodies)."""
    if text is None:
        text = "\n".join(paragraphs)
    counts = Counter(_NAME.findall(text, 0, NAME_CHARS))
    return sorted(w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:NAMES])


def fingerprint(paragraphs: list[str]) -> Fingerprint:
    text = "\n".join(paragraphs)
    toks = _TOKEN.findall(text.lower())
    counts = Counter(toks)
    # the TERMS smallest (-count, word) pairs: heapq.nsmallest is sorted()[:TERMS], without sorting them all
    eligible = [(-n, t) for t, n in counts.items() if len(t) >= 4 and t not in STOP and t.isalpha()]
    ranked = heapq.nsmallest(TERMS, eligible)
    terms = sorted(t for _, t in ranked)
    # Shingles start only at long words: a content-defined sample (the same in every copy of a
    # text), a quarter of the work of hashing every 5-word window.
    crc = zlib.crc32
    starts = [i for i, t in enumerate(toks) if len(t) >= 7] or range(len(toks))
    shingles = {crc(" ".join(toks[i : i + 5]).encode()) for i in starts}
    # the SKETCH smallest hashes (sorted() is heapq.nsmallest's result, faster at this size)
    return Fingerprint(terms=terms, minhash=sorted(shingles)[:SKETCH], names=names(paragraphs, text))


def resemblance(a: Fingerprint, b: Fingerprint) -> float:
    """Estimated Jaccard similarity of the two articles' 5-word shingles (bottom-k estimator)."""
    if not a.minhash or not b.minhash:
        return 0.0
    k = min(len(a.minhash), len(b.minhash))
    union_k = heapq.nsmallest(k, set(a.minhash) | set(b.minhash))
    both = set(a.minhash) & set(b.minhash)
    return sum(h in both for h in union_k) / k
