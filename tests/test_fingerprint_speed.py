"""fingerprint's faster forms give the same answers as the plain ones."""

from __future__ import annotations

import heapq
import re
import zlib
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from builder import fingerprint as F

OLD_NAME = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
text = st.lists(
    st.one_of(st.sampled_from(["said ", ", ", "; ", ": ", " ", "Tom", "Smith-Jones", "-", "A", "b", "é", "\n"]),
              st.text(max_size=4)), max_size=40,
).map("".join)  # fmt: skip


def reference(paragraphs: list[str]) -> tuple[list[str], list[int], list[str]]:
    """fingerprint() as first written (sorted generator, heapq.nsmallest, a sliced text for names)."""
    toks = F._TOKEN.findall("\n".join(paragraphs).lower())
    counts = Counter(toks)
    ranked = sorted((-n, t) for t, n in counts.items() if len(t) >= 4 and t.isalpha() and t not in F.STOP)
    terms = sorted(t for _, t in ranked[: F.TERMS])
    starts = [i for i, t in enumerate(toks) if len(t) >= 7] or range(len(toks))
    shingles = {zlib.crc32(" ".join(toks[i : i + 5]).encode()) for i in starts}
    names_counts = Counter(OLD_NAME.findall("\n".join(paragraphs)[: F.NAME_CHARS]))
    names = sorted(w for w, _ in sorted(names_counts.items(), key=lambda kv: (-kv[1], kv[0]))[: F.NAMES])
    return terms, heapq.nsmallest(F.SKETCH, shingles), names


@settings(max_examples=500, deadline=None)
@given(st.lists(text, max_size=5))
def test_fingerprint_matches_reference(paragraphs: list[str]) -> None:
    fp = F.fingerprint(paragraphs)
    assert (fp.terms, fp.minhash, fp.names) == reference(paragraphs)


@settings(max_examples=1000, deadline=None)
@given(text)
def test_name_regex(t: str) -> None:
    assert F._NAME.findall(t) == OLD_NAME.findall(t)
    assert F._NAME.findall(t, 0, 7) == OLD_NAME.findall(t[:7])
