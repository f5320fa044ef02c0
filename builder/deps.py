"""Explicit dependency tracking for incremental builds (Lektor's idea).

Each page's *input digest* is computed from what the page is made from: its declared inputs
(``Page.inputs``: the articles, people and plain values its context is made from, when it is
made lazily) or else its template context. Articles, people and outlets are each reduced to a
digest of everything a page can show of them (an article's: what the per-article stage made it
from, its source key, plus what the model added); a global digest covers the theme, the assets,
the configuration and the builder's own code. A page whose input digest is the same as in the
previous build, and whose file is still there, is not rendered again: the previous file is kept.
When the global digest differs from the previous build's, no page can be kept: every page is
rendered and its digest made with it, in the render workers.

A page that only lists articles (``Page.cards``) digests them by what a list shows of them
(``Digests.card``: title, date, outlet, first paragraph, people, quotes, story), so an edit of a
later paragraph does not render again every page that lists the article; the articles a page
shows whole are named in ``Page.full``.

Contract: a page's ``make`` reads nothing of the archive but its inputs; a template may read
``archive`` only for the names of the people of articles in its context (part of each article's
digest). A page that shows anything else of the whole archive declares ``deps=("*",)`` on its
Page. tests/test_render.py checks, after each of several kinds of edit, that every page whose
digest is unchanged renders the same bytes; the end-to-end test that a one-article rebuild equals
a full build guards it too.
"""

from __future__ import annotations

import hashlib
import json
import marshal
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup

from builder.cache import code_version, write_whole
from builder.config import Config
from builder.model import Actor, Archive, Article, Outlet

STATE_FILE = "pages.marshal"  # page path -> input digest (marshal: a one-article rebuild reads and writes 14,000)
_SEP = "\x1f"


def _opt(v: str | None) -> str:
    return "" if v is None else "=" + v


def _flat_digest(flat: list[str]) -> str:
    """Digest of a flat list of strings (lengths before each variable-length run): joined by a
    separator, unambiguous as long as no string holds it (else the slower repr form is used)."""
    text = _SEP.join(flat)
    if text.count(_SEP) != len(flat) - 1:
        text = repr(flat)
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def theme_digest(theme: Path, assets: dict[str, str], cfg: Config) -> str:
    h = hashlib.sha256(code_version().encode())
    for p in sorted((theme / "templates").rglob("*")):
        if p.is_file():
            h.update(p.relative_to(theme).as_posix().encode())
            h.update(p.read_bytes())
    h.update(json.dumps(assets, sort_keys=True).encode())
    h.update(repr({f.name: getattr(cfg, f.name) for f in fields(cfg) if f.name != "root"}).encode())
    return h.hexdigest()


class Digests:
    """Digests of archive objects as pages show them; memoised per build."""

    STATE_KEY = "@global"  # the build state's entry for the global digest

    def __init__(self, archive: Archive, sources: dict[str, str], global_digest: str) -> None:
        self.archive = archive
        self.sources = sources  # article path -> digest of what it was made from (facts key, override)
        self.global_digest = global_digest
        self._articles: dict[str, str] = {}
        self._actors: dict[str, str] = {}
        self._whole: str | None = None
        self._fed: dict[str, bytes] = {}
        self._fed_actors: dict[str, bytes] = {}
        self._cards: dict[str, str] = {}
        self._fed_cards: dict[str, bytes] = {}
        self._art = self._article_bytes  # how an Article met in a page's inputs is digested

    def article(self, a: Article) -> str:
        """What the per-article stage made of it (its source key: the facts, any override) and what
        the model added (slug, people, merged speakers, related, story...)."""
        d = self._articles.get(a.slug)
        if d is None:
            actors = self.archive.actors
            quotes = a.quotes
            # One flat list of strings, lengths before each variable-length run: unambiguous as
            # long as no string holds the separator (else the slower repr form is used).
            flat = [
                self.sources.get(a.path, ""),
                a.slug,
                a.title,
                _opt(a.date),
                _opt(a.source),
                _opt(a.source_slug),
                _opt(a.url),
                _opt(a.story),
                _opt(a.duplicate_of),
                "1" if a.title_is_fallback else "0",
                "1" if a.handwritten else "0",
                _opt(a.language),
                str(len(a.authors)),
                *a.authors,
                str(len(a.actor_slugs)),
                *a.actor_slugs,
                *[actors[s].name if s in actors else s for s in a.actor_slugs],
                str(len(a.related)),
                *a.related,
                str(len(quotes)),
                *[q.speaker for q in quotes],
                *[q.text for q in quotes],
                ",".join([str(q.paragraph) for q in quotes]),
            ]
            d = _flat_digest(flat)
            self._articles[a.slug] = d
        return d

    def actor(self, x: Actor) -> str:
        d = self._actors.get(x.slug)
        if d is None:
            flat = [
                x.slug,
                x.name,
                _opt(x.role),
                _opt(x.description),
                str(len(x.forms)),
                *x.forms,
                str(len(x.roles)),
                *[r.role for r in x.roles],
                *[r.article for r in x.roles],
                *x.articles,
            ]
            d = _flat_digest(flat)
            self._actors[x.slug] = d
        return d

    def whole(self) -> str:
        """Digest of the whole archive: for pages that may show anything in it (deps ``*``)."""
        if self._whole is None:
            h = hashlib.sha256()
            for a in self.archive.articles.values():
                h.update(self.article(a).encode())
            for x in self.archive.actors.values():
                h.update(self.actor(x).encode())
            for o in self.archive.outlets.values():
                h.update(repr((o.slug, o.name, o.articles)).encode())
            self._whole = h.hexdigest()
        return self._whole

    def card(self, a: Article) -> str:
        """What a page that *lists* an article can show of it (timeline and outlet entries, a
        person's articles and quotes, an article's related and same-story articles): its slug,
        title, date, outlet, first paragraph (the lead), people, quotes, story and copy link — not
        the rest of its text, so editing a later paragraph renders only the pages that show it."""
        d = self._cards.get(a.slug)
        if d is None:
            actors = self.archive.actors
            flat = [
                a.slug,
                a.title,
                _opt(a.date),
                _opt(a.source),
                _opt(a.source_slug),
                _opt(a.story),
                _opt(a.duplicate_of),
                "1" if a.title_is_fallback else "0",
                "1" if a.handwritten else "0",
                _opt(a.language),
                a.excerpt,
                str(len(a.actor_slugs)),
                *a.actor_slugs,
                *[actors[s].name if s in actors else s for s in a.actor_slugs],
                str(len(a.quotes)),
                *[q.speaker for q in a.quotes],
                *[q.text for q in a.quotes],
                ",".join([str(q.paragraph) for q in a.quotes]),
            ]
            d = _flat_digest(flat)
            self._cards[a.slug] = d
        return d

    def cards(self) -> dict[str, str]:
        """Every article's card digest (for the next one-shot build: builder/quick.py)."""
        return {a.slug: self.card(a) for a in self.archive.articles.values()}

    def known_cards(self, cards: dict[str, str]) -> None:
        """Card digests made before (by a build of the same code, of articles as they are now); the
        dict is taken over, not copied (a quick build's 10,000: each entry a page its fork copies
        once touched)."""
        if self._cards:
            self._cards.update(cards)
        else:
            self._cards = cards

    def page(
        self,
        path: str,
        template: str,
        context: Any,
        deps: tuple[str, ...] = (),
        cards: bool = False,
        full: tuple[Article, ...] = (),
    ) -> str:
        """A page's input digest. ``cards``: the articles in ``context`` are digested as listed
        (``card``), but those in ``full``, digested whole."""
        parts: list[bytes] = [self.global_digest.encode(), path.encode(), template.encode()]
        if "*" in deps:
            parts.append(self.whole().encode())
        self._art = self._card_bytes if cards else self._article_bytes
        try:
            self._feed(context, parts)
        finally:
            self._art = self._article_bytes
        for a in full:
            parts.append(self._article_bytes(a))
        return hashlib.sha256(b"".join(parts)).hexdigest()

    def of(self, page: Any) -> str:
        """The input digest of a builder.render.Page."""
        return self.page(page.path, page.template, page.digest_input(), page.deps, page.cards, page.full)

    def forget(self, a: Article) -> None:
        """Drop what is known of an article (a resident process updated it in place)."""
        for memo in (self._articles, self._fed, self._cards, self._fed_cards):
            memo.pop(a.slug, None)
        self._whole = None

    def _feed(self, v: Any, out: list[bytes]) -> None:
        """Append a canonical byte form of ``v`` to ``out`` (one hash update per page, not per value).
        The common types are tested first and list items inline."""
        t = type(v)
        if t is list or t is tuple:
            out.append(b"[")
            feed = self._feed
            art = self._art
            for x in v:
                tx = type(x)
                if tx is Article:
                    out.append(art(x))
                elif tx is str:
                    out.append(b"s" + x.encode("utf-8", "surrogatepass") + b"\x00")
                elif x is None:
                    out.append(b"N")
                else:
                    feed(x, out)
            out.append(b"]")
        elif t is Article:
            out.append(self._art(v))
        elif t is str:
            out.append(b"s" + v.encode("utf-8", "surrogatepass") + b"\x00")
        elif v is None:
            out.append(b"N")
        elif t is Actor:
            out.append(self._actor_bytes(v))
        elif t is dict:
            out.append(b"{")
            try:
                keys = sorted(v)
            except TypeError:
                keys = sorted(v, key=repr)
            for k in keys:
                if type(k) is str:
                    out.append(b"k" + k.encode("utf-8", "surrogatepass") + b"\x00")
                else:
                    out.append(b"K" + repr(k).encode() + b"\x00")
                self._feed(v[k], out)
            out.append(b"}")
        elif t is bool or t is int or t is float:
            out.append(repr(v).encode())
        elif t is Outlet:
            out.append(repr(("O", v.slug, v.name, v.articles)).encode())
        elif isinstance(v, (str, Markup)):
            out.append(b"s" + str(v).encode("utf-8", "surrogatepass") + b"\x00")
        elif isinstance(v, (Archive, Config)) or callable(v):
            return  # covered by the article digests and the global digest
        elif isinstance(v, Article):
            out.append(self._art(v))
        elif isinstance(v, Actor):
            out.append(self._actor_bytes(v))
        elif isinstance(v, (list, tuple, dict, bool, int, float)):
            self._feed(_plain(v), out)  # a subclass: fed as its base type
        elif is_dataclass(v) and not isinstance(v, type):
            out.append(type(v).__name__.encode())
            for f in fields(v):
                self._feed(getattr(v, f.name), out)
        else:
            raise TypeError(f"cannot track a {type(v).__name__} in a page context")

    def _actor_bytes(self, x: Actor) -> bytes:
        b = self._fed_actors.get(x.slug)
        if b is None:
            b = self._fed_actors[x.slug] = b"P" + self.actor(x).encode()
        return b

    def _card_bytes(self, a: Article) -> bytes:
        b = self._fed_cards.get(a.slug)
        if b is None:
            b = self._fed_cards[a.slug] = b"C" + self.card(a).encode()
        return b

    def _article_bytes(self, a: Article) -> bytes:
        b = self._fed.get(a.slug)
        if b is None:
            b = self._fed[a.slug] = b"A" + self.article(a).encode()
        return b


def _plain(v: Any) -> Any:
    """A subclass of a plain type (an IntEnum, a NamedTuple...) as that plain type."""
    if isinstance(v, dict):
        return dict(v)
    if isinstance(v, (list, tuple)):
        return list(v) if isinstance(v, list) else tuple(v)
    if isinstance(v, bool):
        return bool(v)
    return int(v) if isinstance(v, int) else float(v)


def load_state(cache_dir: Path) -> dict[str, str]:
    """The last build's page digests ({} if missing, unreadable or from another version)."""
    try:
        version, data = marshal.loads((cache_dir / STATE_FILE).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return data if version == code_version() and isinstance(data, dict) else {}


def save_state(cache_dir: Path, state: dict[str, str]) -> None:
    write_whole(cache_dir / STATE_FILE, marshal.dumps((code_version(), state)))
