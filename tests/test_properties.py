"""Property-based tests: random and adversarial text never crashes the cleaner, never makes it
invent words, never yields an unsafe or duplicate slug, and always renders as text."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from builder.clean import CleanContext, clean_article
from builder.markup import render_text_paragraphs
from builder.model import RawArticle
from builder.slugs import SlugRegistry, slugify

BOILER = [
    "Skip to content",
    "Subscribe",
    "Sign up for our newsletter",
    "Share",
    "Advertisement",
    "Related article:",
    "Read more:",
    "(Photo: Agency)",
    "© 2025 Outlet. All rights reserved.",
    "Original url: https://x.example/a/b",
    "By Jane Doe",
    "March 3, 2025",
    "6 View gallery",
    "**Credit / Agency**",
    "[said](#)",
    "Page 1 of 3",
]
WORDS = st.sampled_from(
    [
        "the",
        "talks",
        "envoy",
        "said",
        "Geneva",
        "minister",
        "“ready”",
        "ceasefire",
        "negotia-",
        "tors",
        "28-",
        "point",
        "(a)",
        "[b]",
        "<script>",
        "&",
        "Mr",
        "President",
        "de",
        "Ridder’s",
        "co-operation",
        "—",
        "–",
        "…",
        "12",
        "2025",
        "é",
        "ü",
        "ﬁ",
        "\xa0",
        "\u200b",
    ]
)
LINE = st.one_of(
    st.lists(WORDS, min_size=1, max_size=30).map(" ".join),
    st.sampled_from(BOILER),
    st.text(max_size=80),
)
DOC = st.lists(st.one_of(LINE, st.just("")), max_size=40).map("\n".join)


def raw(text: str, kind: str = "txt") -> RawArticle:
    return RawArticle(path=f"x.{kind}", stem="x", kind=kind, text=text, sha256="0" * 64)


def letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def is_subsequence(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(ch in it for ch in needle)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(DOC, st.sampled_from(["txt", "md", "html"]))
def test_cleaner_never_crashes_nor_invents(text: str, kind: str) -> None:
    result = clean_article(raw(text, kind), CleanContext())
    import unicodedata

    source = letters(unicodedata.normalize("NFKC", text).replace("ﬁ", "fi"))
    out = letters(unicodedata.normalize("NFKC", "".join(result.paragraphs)))
    assert is_subsequence(out, source), result.paragraphs
    for p in result.paragraphs:
        assert p == p.strip() and p, p
        assert "\n\n" not in p


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=3000))
def test_cleaner_survives_any_text(text: str) -> None:
    result = clean_article(raw(text), CleanContext())
    assert isinstance(result.paragraphs, list)


SAFE_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@given(st.text())
def test_slug_always_safe(text: str) -> None:
    s = slugify(text)
    assert SAFE_SLUG.match(s) and len(s) <= 72
    assert slugify(text) == s  # stable


@given(st.lists(st.text(max_size=30), max_size=60))
def test_slugs_unique(texts: list[str]) -> None:
    reg = SlugRegistry(reserved={"index"})
    slugs = [reg.claim(t) for t in texts]
    assert len(set(slugs)) == len(slugs)
    assert all(SAFE_SLUG.match(s) for s in slugs) and "index" not in slugs


class TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


PARA = (
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=200)
    .map(lambda s: " ".join(s.split()))
    .filter(bool)
)


@settings(max_examples=300, deadline=None)
@given(PARA)
def test_article_text_renders_as_exactly_that_text(para: str) -> None:
    html = render_text_paragraphs([para])
    parser = TextOnly()
    parser.feed(html)
    assert parser.tags == ["p"], html
    assert "".join(parser.text).strip() == para
