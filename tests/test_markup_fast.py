"""render_text_paragraphs' fast path is byte-identical to markdown-it's "zero" preset."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it.common.utils import MD_TRIM_CHARS

from builder.markup import _plain, _simple, render_text_paragraphs


def reference(paragraphs: list[str]) -> str:
    return _plain().render("\n\n".join(p.replace("\n\n", "\n") for p in paragraphs))


# characters markdown-it reacts to (or might), mixed with ordinary text
SPECIAL = list(" \t\n\r\0\x0b\x0c\x1c\x1d\x1e\x85\u00a0\u2000\u2028\u2029\u3000\ufeff") + [
    *"&<>\"'`*_[]()!#\\-+=~:|@{}^$%.,;?",
    "&amp;", "&#39;", "<b>", "**", "```", "    ", "1. ", "- ", "> ", "# ", "---", "===", "\u201c", "\u2019", "é",
]  # fmt: skip
paragraph = st.lists(st.one_of(st.sampled_from(SPECIAL), st.text(max_size=6)), max_size=12).map("".join)


@settings(max_examples=1000, deadline=None)
@given(st.lists(paragraph, max_size=6))
def test_fast_path_matches_markdown_it(paragraphs: list[str]) -> None:
    assert render_text_paragraphs(paragraphs) == reference(paragraphs)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.text(), max_size=5))
def test_any_text_matches_markdown_it(paragraphs: list[str]) -> None:
    assert render_text_paragraphs(paragraphs) == reference(paragraphs)


simple = st.text(alphabet=st.characters(blacklist_characters="\n\r\0"), min_size=1).filter(
    lambda p: p[0] not in MD_TRIM_CHARS and p[-1] not in MD_TRIM_CHARS
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.one_of(simple, paragraph.filter(_simple)), max_size=6))
def test_simple_paragraphs_match_markdown_it(paragraphs: list[str]) -> None:
    assert all(map(_simple, paragraphs))
    assert render_text_paragraphs(paragraphs) == reference(paragraphs)


def test_examples() -> None:
    for ps in ([], ["a"], ["“Tom & Jerry” <said> 'hi'"], ["a", "b"], [" a"], ["a\n\nb"], ["x", ""], ["\u2028"]):
        assert render_text_paragraphs(ps) == reference(ps)
