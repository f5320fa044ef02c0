"""The cleaner's speed helpers give the same answers as the plain tests they replace."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from builder.clean import rules_captions, rules_chrome, rules_teasers
from builder.clean.doc import Unit, keys
from builder.clean.text import SENTENCE_BREAK_RE, AnyBranch, ends_sentence, is_cjk, is_prose, may_match, top_branches

SHARED = Path(__file__).resolve().parents[2] / "shared"
SPLIT = [v for m in (rules_chrome, rules_captions, rules_teasers) for v in vars(m).values() if isinstance(v, AnyBranch)]
WORDS = [
    "sign up", "newsletter", "subscribe", "cookie", "privacy", "copyright", "©", "all rights reserved", "reporting by",
    "contributed to this report", "follow us on", "app", "download", "podcast", "free trial", "your inbox", "email",
    "By", "Reuters", "AP", "Photo: ", "(AP Photo/X)", "Getty Images", "View gallery", "Image 2 of 9", "Related: ",
    "Read more: ", "(Read also: x y z)", "Also on a.com X", "the", "we use", "results vary", "trademarks of", "\n",
    " ", ".", "!", "(c) 2024",
]  # fmt: skip
line = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=5)), max_size=10).map("".join)


def corpus_lines() -> list[str]:
    out = ["", " ", "^", "Sign up", "Subscribe now!", "© 2024 The Times", "by using our site you agree"]
    for pattern in ("seeds/*.txt", "corpus/raw/*", "bench/extraction/raw/*.txt"):
        for f in sorted(SHARED.glob(pattern)):
            out += f.read_text(encoding="utf-8", errors="replace").split("\n")
    return out


def test_top_branches() -> None:
    assert top_branches(r"a|(b|c)|[|]|\||[]|]|[^]|]|x") == ["a", "(b|c)", "[|]", r"\|", "[]|]", "[^]|]", "x"]
    assert len(SPLIT) >= 9
    for rx in SPLIT:
        assert "|".join(top_branches(rx.pattern)) == rx.pattern
        assert len(top_branches(rx.pattern)) > 1


def test_any_branch_matches_regex_on_corpus_lines() -> None:
    lines = corpus_lines()
    for rx in SPLIT:
        ref = re.compile(rx.pattern, rx.flags)
        for text in lines:
            for t in (text, text.strip(), text.lower()):
                assert rx.search(t) == bool(ref.search(t)), (rx.pattern[:40], t)


@settings(max_examples=500, deadline=None)
@given(line)
def test_any_branch_matches_regex(text: str) -> None:
    for rx in SPLIT:
        assert rx.search(text) == bool(re.compile(rx.pattern, rx.flags).search(text)), rx.pattern[:40]


@settings(max_examples=500, deadline=None)
@given(st.lists(line, max_size=8), st.lists(st.sampled_from([w for w in WORDS if w != "\n"]), min_size=1, max_size=5))
def test_keys_among_is_search_per_line(texts: list[str], words: list[str]) -> None:
    k = keys(*{w.lower() for w in words})
    units = [Unit(t) for t in texts]
    assert k.among(units) == [u for u in units if k.search(u.low)]
    assert k.ids(units) == {id(u) for u in units if k.search(u.low)}


RISKY = ["\u0130", "\u0131", "\u017f", "\u212a", "S", "K", "I", "ﬁ", "“", "."]
glued = st.lists(st.one_of(st.sampled_from(WORDS + RISKY + ["get the x in your inbox.", "Sign up for alerts"]),
                           st.text(max_size=4)), max_size=12).map("".join)  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(glued)
def test_newsletter_gates_never_skip_a_match(text: str) -> None:
    low = text.lower()
    if rules_chrome.NEWSLETTER_GLUED_RE.match(text):
        assert may_match(low, text, rules_chrome.GLUED_WORDS)
    if rules_chrome.NEWSLETTER_GLUED_END_RE.search(text):
        assert may_match(low, text, rules_chrome.GLUED_END_WORDS)
        assert may_match(low, text, rules_chrome.GLUED_END_TOPICS)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet=st.sampled_from([*RISKY, "a", "b", "k", "s", "i", "t", " ", "é"]), max_size=8),
       st.sampled_from(["kit", "sis", "ask", "bit", "tab"]))  # fmt: skip
def test_may_match(text: str, word: str) -> None:
    if re.search(word, text, re.I):
        assert may_match(text.lower(), text, (word,))


def _is_prose_reference(text: str) -> bool:
    n = len(text)
    if is_cjk(text):
        return n >= 30 and (ends_sentence(text) or "。" in text or n >= 80)
    w = len(text.split())
    if w < 8:
        return False
    if ends_sentence(text):
        return True
    return w >= 25 and SENTENCE_BREAK_RE.search(text) is not None


PROSE_PARTS = ["word", "Word", " ", "  ", "\t", ".", ". The", "”", "日本", "x"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(PROSE_PARTS), max_size=70).map("".join))
def test_is_prose(text: str) -> None:
    assert is_prose(text) == _is_prose_reference(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["a", " ", "Ж", "日", "x" * 50, "1"]), max_size=12).map("".join), max_size=12))
def test_lead_text_reads_what_script_reads(texts: list[str]) -> None:
    units = [Unit(t) for t in texts]
    full = " ".join(texts)[:3000]
    lead = rules_captions._lead_text(units)
    assert lead[:200] == full[:200]
    assert rules_captions._script(lead) == rules_captions._script(full)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["#", ">", "*", "_", " ", "a", "\t", "**", "__"]), max_size=10).map("".join))
def test_markdown_markers_start_with_markup_characters(text: str) -> None:
    from builder.clean.rules_markdown import BOLD_RE, HEADING_RE, MARKUP_STARTS

    t = text.strip()
    if HEADING_RE.match(t) or BOLD_RE.match(t):
        assert t.startswith(MARKUP_STARTS)
