"""Article text to HTML with markdown-it-py. Raw HTML in the input never passes through.

A cleaned article is the source's own words, so it is rendered with markdown-it's
"zero" preset (paragraphs and text only): nothing in the text is read as markup, every
character is shown as written, and HTML is escaped. Hand-written articles are Markdown
(CommonMark, HTML off, only safe link schemes).
"""

from __future__ import annotations

import re
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.common.utils import MD_TRIM_CHARS
from markdown_it.token import Token

_SAFE_LINK = re.compile(r"^(https?:|mailto:|[^:]*$)", re.I)


@cache
def _plain() -> MarkdownIt:
    return MarkdownIt("zero")


@cache
def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.validateLink = lambda url: bool(_SAFE_LINK.match(url.strip()))  # type: ignore[method-assign]
    return md


# What the "zero" preset reacts to in a paragraph: line ends (normalised, and a blank line ends a
# paragraph), NUL (replaced), and whitespace at either end (trimmed). A paragraph without them is
# rendered as <p>escaped text</p> (tests/test_markup_fast.py checks this against markdown-it).
_TRIM = frozenset(MD_TRIM_CHARS)


def _simple(p: str) -> bool:
    return bool(p) and p[0] not in _TRIM and p[-1] not in _TRIM and "\n" not in p and "\r" not in p and "\0" not in p


def _escape(text: str) -> str:
    """markdown-it's escapeHtml (& < > and double quotes; not single quotes)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if '"' in text:
        text = text.replace('"', "&quot;")
    return text


def render_text_paragraphs(paragraphs: list[str]) -> str:
    """Plain paragraphs -> <p> elements, text verbatim: what markdown-it's "zero" preset makes of
    the paragraphs joined by blank lines, byte for byte, without running it for simple paragraphs."""
    if all(map(_simple, paragraphs)):
        if not paragraphs:
            return ""
        return "<p>" + _escape("\n".join(paragraphs)).replace("\n", "</p>\n<p>") + "</p>\n"
    return _plain().render("\n\n".join(p.replace("\n\n", "\n") for p in paragraphs))


def render_markdown(text: str) -> str:
    return _markdown().render(text)


def markdown_tokens(text: str) -> list[Token]:
    """The token stream render_markdown renders (links whose scheme is unsafe are plain text)."""
    return _markdown().parse(text)
