"""Build-time link check of what maintainers write (as MkDocs checks the links of its pages).

The builder's own links are right by construction (and tested); a hand-written article's links
are typed by hand. Each relative link or image of its Markdown body is resolved against the
article's page and must name a file the build wrote, or a folder with an index.html: else the
build warns, naming the article's file and the link.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Collection, Iterator
from urllib.parse import unquote, urlsplit

from builder.markup import markdown_tokens
from builder.model import Archive


def link_targets(markdown: str) -> Iterator[str]:
    """The href of every link and the src of every image of a Markdown text, in order."""
    stack = markdown_tokens(markdown)
    while stack:
        tok = stack.pop(0)
        if tok.type == "link_open":
            yield str(tok.attrs.get("href", ""))
        elif tok.type == "image":
            yield str(tok.attrs.get("src", ""))
        if tok.children:
            stack[:0] = tok.children


def resolve(page: str, href: str) -> str | None:
    """The site file a relative link on ``page`` (a path from the site root) points to; None for
    a link this check leaves alone (another site, a scheme, a fragment of the same page)."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith("//") or not parts.path:
        return None
    path = unquote(parts.path)
    base = "" if path.startswith("/") else posixpath.dirname(page)
    target = posixpath.normpath(posixpath.join(base, path.lstrip("/")))
    if target == "." or path.endswith("/"):
        target = posixpath.join("" if target == "." else target, "index.html")
    return target


ROOTED = "starts at the server's root, so it breaks under a subpath and from disk: write it relative"


def broken_links(archive: Archive, files: Collection[str]) -> Iterator[tuple[str, str, str]]:
    """(source file, link, what is wrong) for each link of a hand-written article that names no
    file of the site, or names it from the server's root (which breaks under a subpath and from disk)."""
    for a in archive.articles.values():
        if not a.handwritten or not a.paragraphs:
            continue
        page = f"articles/{a.slug}/index.html"
        for href in link_targets("\n\n".join(a.paragraphs)):
            target = resolve(page, href)
            if target is None:
                continue
            if href.startswith("/"):
                yield a.path, href, ROOTED
            elif target.startswith("../") or not (target in files or f"{target}/index.html" in files):
                yield a.path, href, "names no page or file of the site"


def check_links(archive: Archive, files: Collection[str], warn: Callable[[str, str], None]) -> None:
    for source, href, problem in broken_links(archive, files):
        warn("broken link", f"{source}: the link '{href}' {problem}")
