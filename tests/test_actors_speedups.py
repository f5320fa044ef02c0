"""The extractors' speed helpers give the same answers as the plain code they replace."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from builder.extract import names as N
from builder.extract import roles as R

WORD_CHARS = [*"ab É’'-. \n_1,(", "\u00a0", "\u2028", "A", "z"]


def _word_before_reference(text: str, pos: int) -> tuple[str, int] | None:
    m = R._WORD_BEFORE_RE.search(text, max(0, pos - 60), pos)
    return (m.group(1), m.start()) if m else None


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=st.sampled_from(WORD_CHARS), max_size=90), st.integers(0, 95))
def test_word_before(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    assert R._word_before(text, pos) == _word_before_reference(text, pos)


def test_word_before_every_position() -> None:
    text = "Concord Union special envoy Mara Veld, the bloc's deputy-head of mission. \n said ‘x’ y.  z "
    for pos in range(len(text) + 1):
        assert R._word_before(text, pos) == _word_before_reference(text, pos), pos


def _fold_reference(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("’", "'").lower()


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"AbzZ'’- .\t", "é", "İ", "ß", "ﬁ", "\u0301"]), max_size=12))
def test_fold(s: str) -> None:
    assert N.fold.__wrapped__(s) == _fold_reference(s)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([*"Yuriy Sergey-Aleksei Kh ph", "\t", "\u00a0", "é"]), max_size=20))
def test_variant_key_split(word: str) -> None:
    assert N._PART_SPLIT_RE.split(N.fold(word)) == re.split(r"[\s\-]+", N.fold(word))
