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

_SAFE_LINK = re.compile(r"^(https?:|mailto:|[^:]*$)", re.I)


@cache
def _plain() -> MarkdownIt:
    return MarkdownIt("zero")


@cache
def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.validateLink = lambda url: bool(_SAFE_LINK.match(url.strip()))  # type: ignore[method-assign]
    return md


def render_text_paragraphs(paragraphs: list[str]) -> str:
    """Plain paragraphs -> <p> elements, text verbatim (one markdown-it pass per article)."""
    return _plain().render("\n\n".join(p.replace("\n\n", "\n") for p in paragraphs))


def render_markdown(text: str) -> str:
    return _markdown().render(text)
