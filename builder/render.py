"""The render stage: Archive -> {relative output path: bytes} for pages, feeds, sitemap.

Every internal link is relative (``root`` is the way back to the site root), so the
site works at a domain root, under a subpath and opened from disk. Templates autoescape;
article text goes through markdown-it-py with raw HTML off.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import itertools
import json
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Iterator
from pathlib import Path
from typing import Any

from jinja2 import (
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
    Template,
    select_autoescape,
)
from markdown_it import MarkdownIt
from markupsafe import Markup, escape

from builder import __version__
from builder.config import Config
from builder.markup import render_text_paragraphs
from builder.model import Actor, Archive, Article, needs_a_look
from builder.stories import RELATED, story_index

ATOM = "atom"  # the template name of a feed Page: rendered by Renderer.feed, not Jinja
_SPEAKER = operator.attrgetter("speaker")
_RULE = operator.attrgetter("rule")


def xml_escape(text: str) -> str:
    """&, > and < escaped for XML text and attributes in double quotes (xml.sax.saxutils.escape,
    without its import of urllib, http and email: a one-article rebuild's time)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


# The cleaning report's template: of the articles it lists it shows their metadata and their
# removals, never their text (a one-shot quick build reads back only their removals).
REPORT = "report.html"
QUOTES_SHOWN = 50  # quotes on a person's page; all of them on actors/<slug>/quotes/, in parts:
QUOTES_PAGE = 100  # quotes per part
ROLE_ARTICLES = 5  # articles named per role on a person's page

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _escape_text(text: str) -> str:
    """markupsafe's escaping of a plain string, as a plain string."""
    return (
        text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;").replace("'", "&#39;").replace('"', "&#34;")
    )


try:  # markupsafe >= 3: the same in C
    from markupsafe._speedups import _escape_inner as _escape_text_c  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover
    _escape_text_c = _escape_text


def _escape(value: Any) -> Any:
    """The HTML escaping of a template's ``{{ value }}``, without making a Markup object for a
    plain string (the text is the same as markupsafe.escape's; Jinja only joins it to the output)."""
    if value.__class__ is str:
        return _escape_text_c(value)
    return escape(value)


class _Template(Template):
    """A compiled template whose output escaping is ``_escape``: about a quarter of the time of
    rendering a page went to making one Markup object per value shown."""

    @classmethod
    def from_code(cls, environment: Environment, code: Any, globals: Any, uptodate: Any = None) -> Template:
        template = super().from_code(environment, code, globals, uptodate)
        namespace = template.root_render_func.__globals__  # the compiled module's, shared by its blocks and macros
        if namespace.get("escape") is escape:
            namespace["escape"] = _escape
        return template


class _TemplateCache(FileSystemBytecodeCache):
    """Compiled templates kept between builds; a cache that cannot be written is only not kept."""

    def dump_bytecode(self, bucket: Any) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def make_markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    # Only http(s), mailto and relative links survive; anything else renders as text.
    md.validateLink = lambda url: bool(re.match(r"^(https?:|mailto:|[^:]*$)", url.strip(), re.I))  # type: ignore[method-assign]
    return md


@functools.lru_cache(maxsize=8192)
def human_date(iso: str | None) -> str:
    if not iso:
        return "Undated"
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def month_label(key: str) -> str:
    if key == "undated":
        return "Undated"
    y, m = key.split("-")
    return f"{MONTHS[int(m) - 1]} {y}"


# Words that end in a full stop without ending a sentence.
_ABBREV = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt gov sen rep st mt jr sr no nos vs etc inc ltd co corp dept est fig "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_SENTENCE_END = re.compile(r"[.!?]+[”\"’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9À-Þ])")


@functools.lru_cache(maxsize=16384)  # a page asks for its description three times; feeds share entries
def first_sentence(text: str, limit: int = 240) -> str:
    """The first sentence of text (not cut after "U.S." or "Mr."), at most about limit characters."""
    text = " ".join(text.split())
    end = len(text)
    for m in _SENTENCE_END.finditer(text):
        head = text[: m.start()]
        word = head.rsplit(None, 1)[-1] if head.strip() else ""
        bare = word.strip("\"“‘'([").lower()
        # "U.S.", "a.m." (a dot inside the word), single letters ("J. Smith") and titles go on.
        if "." in bare or len(bare) <= 1 or bare in _ABBREV:
            continue
        end = m.end()
        break
    s = text[:end]
    if len(s) > limit:
        s = s[:limit].rsplit(" ", 1)[0].rstrip(",;:—–-") + "…"
    return s


def other_language(tag: str | None, site: str) -> str | None:
    """An article's language tag when it is not the site's (None: the site's applies). A bare
    detected 'en' on an 'en-GB' site is the site's; 'pt-BR' on a 'pt' site is not."""
    if not tag:
        return None
    t, s = tag.lower(), site.lower()
    if t == s or ("-" not in t and t == s.split("-", 1)[0]):
        return None
    return tag


def json_ld(data: dict[str, Any]) -> Markup:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=None)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


class Page:
    """One output file of the site: its path, its template and the template's context.

    A page is made either with its ``context`` outright (digested as it is: builder.deps walks it)
    or with ``inputs`` and ``make``: the articles, people and plain values the page shows, and the
    Renderer method that makes the context from them, called only when the page is rendered (an
    unchanged page's context is never built). ``make(path, *inputs)`` reads nothing of the archive
    but its arguments, so the digest of ``inputs`` covers everything the page shows.
    ``deps`` is ``("*",)`` for a page that may show anything in the archive."""

    __slots__ = ("path", "template", "deps", "inputs", "cards", "full", "_context", "_make")

    def __init__(
        self,
        path: str,
        template: str,
        context: dict[str, Any] | None = None,
        deps: tuple[str, ...] = (),
        *,
        inputs: tuple[Any, ...] | None = None,
        make: Callable[..., dict[str, Any]] | None = None,
        cards: bool = False,
        full: tuple[Article, ...] = (),
    ) -> None:
        self.path = path  # output path relative to the site root, e.g. articles/x/index.html
        self.template = template
        self.deps = deps
        self.inputs = inputs
        # cards: the page shows of its articles only what a list shows (builder.deps.Digests.card),
        # but of those in ``full``, anything
        self.cards = cards
        self.full = full
        self._context = context
        self._make = make

    @property
    def context(self) -> dict[str, Any]:
        """The template context (made on first use and kept)."""
        if self._context is None:
            self._context = self.make_context()
        return self._context

    def make_context(self) -> dict[str, Any]:
        """The template context, made afresh if it is made lazily (not kept: a render worker holds
        no page's context past its rendering)."""
        if self._context is not None:
            return self._context
        return self._make(self.path, *(self.inputs or ())) if self._make is not None else {}

    def digest_input(self) -> Any:
        """What the page's input digest is computed from: its inputs, or else its context."""
        return self.inputs if self.inputs is not None else self.context


class Renderer:
    def __init__(
        self,
        cfg: Config,
        theme_dir: Path,
        archive: Archive,
        assets: dict[str, str],
        template_cache: Path | None = None,
    ) -> None:
        """``template_cache``: a folder for the compiled templates (the next build loads them
        instead of compiling: a rebuild that renders a few pages spends most of its time there)."""
        self.cfg = cfg
        self.archive = archive
        self.assets = assets  # logical static name -> fingerprinted path relative to site root
        self.env = Environment(
            loader=FileSystemLoader(str(theme_dir / "templates")),
            autoescape=select_autoescape(default=True, default_for_string=True),
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
            auto_reload=False,  # templates do not change during a build: no stat per page
            bytecode_cache=_TemplateCache(str(template_cache)) if template_cache else None,
        )
        self.env.template_class = _Template
        self.env.filters["human_date"] = human_date
        self.env.filters["first_sentence"] = first_sentence
        self.env.globals["month_label"] = month_label
        self.env.globals["json_ld"] = json_ld
        self.env.globals["ROLE_ARTICLES"] = ROLE_ARTICLES
        self.env.globals["lead"] = self.lead
        self.env.globals["people_of"] = self.people_of
        self.env.globals["lang"] = self.lang_attr
        self._leads: dict[str, str] = {}
        self._people: dict[str, list[tuple[str, str]]] = {}
        self._quotes: dict[str, dict[str, list[str]]] = {}
        self.by_date = sorted(archive.articles.values(), key=lambda a: (a.date or "", a.slug), reverse=True)
        # story id -> member slugs (date order); original slug -> its syndicated copies
        self.stories: dict[str, list[str]] = story_index(archive)
        self.copies: dict[str, list[str]] = defaultdict(list)
        copies = [a for a in archive.articles.values() if a.duplicate_of and a.duplicate_of in archive.articles]
        for a in sorted(copies, key=lambda a: (a.date or "9999", a.slug)):
            self.copies[a.duplicate_of].append(a.slug)  # type: ignore[index]

    @functools.cached_property
    def md(self) -> MarkdownIt:
        """The Markdown renderer of hand-written pages."""
        return make_markdown()

    # ---- helpers available to templates -------------------------------------------------
    def _ctx(self, path: str, **extra: Any) -> dict[str, Any]:
        depth = path.count("/")
        root = "../" * depth
        base = self.cfg.base_url.rstrip("/") + "/" if self.cfg.base_url else ""
        if path == "404.html" and base:
            root = base  # served in place of any missing path, at any depth: absolute links

        def url(target: str) -> str:
            return root + target

        def asset(name: str) -> str:
            return root + self.assets[name]

        ctx = {
            "site": self.cfg,
            "root": root or "./",
            "to_root": root,  # the same, "" at the top level: to_root ~ "x/index.html" == url("x/index.html")
            "url": url,
            "asset": asset,
            "page_path": path,
            "absolute": (base + path.removesuffix("index.html")) if base else "",
            "base": base,
            "archive": self.archive,
            "version": __version__,
            "article_url": lambda slug: url(f"articles/{slug}/index.html"),
            "actor_url": lambda slug: url(f"actors/{slug}/index.html"),
            "source_url": lambda slug: url(f"sources/{slug}/index.html"),
        }
        ctx.update(extra)
        return ctx

    def lead(self, a: Article) -> str:
        """The first sentence of an article (memoised: an article is listed on many pages)."""
        got = self._leads.get(a.slug)
        if got is None:
            got = self._leads[a.slug] = first_sentence(a.excerpt)
        return got

    def lang_attr(self, a: Article) -> Markup:
        """' lang="xx"' for an element holding the article's own text (its title, lead, body, a
        quote) when its language is not the site's; else nothing (the page's lang applies)."""
        tag = other_language(a.language, self.cfg.language)
        return Markup(f' lang="{escape(tag)}"') if tag else Markup("")

    def people_of(self, a: Article) -> list[tuple[str, str]]:
        """(slug, name) of an article's people, in order of first mention (memoised)."""
        got = self._people.get(a.slug)
        if got is None:
            actors = self.archive.actors
            got = self._people[a.slug] = [(s, actors[s].name) for s in a.actor_slugs if s in actors]
        return got

    def quotes_in(self, a: Article) -> dict[str, list[str]]:
        """Speaker slug -> the texts of its quotes in an article, in order (memoised: an article's
        quotes are read for each of its people)."""
        got = self._quotes.get(a.slug)
        if got is None:
            got = self._quotes[a.slug] = {}
            for q in a.quotes:
                got.setdefault(q.speaker, []).append(q.text)
        return got

    def also_in(self, a: Article) -> list[Article]:
        """Other articles of a's story and its copies, for the timeline's "also reported by"."""
        slugs = [s for s in self.stories.get(a.story or "", ()) if s != a.slug]
        return [self.archive.articles[s] for s in slugs]

    def also_map(self, *lists: list[Article]) -> dict[str, list[Article]]:
        """slug -> its story's other articles, for every article listed on a page. In the page's
        context (not looked up by the template), so the incremental build sees what a page shows."""
        out: dict[str, list[Article]] = {}
        for articles in lists:
            for a in articles:
                if a.story and a.slug not in out:
                    out[a.slug] = self.also_in(a)
        return out

    def forget(self, a: Article) -> None:
        """Drop what is memoised of an article (a resident process updated it in place)."""
        for memo in (self._leads, self._people, self._quotes):
            memo.pop(a.slug, None)

    def body_html(self, article: Article) -> Markup:
        """The body through markdown-it-py (builder.markup: the "zero" preset for cleaned text, so
        every character shows as written; CommonMark without HTML for hand-written articles)."""
        if not article.paragraphs:
            return Markup("")
        if article.handwritten:
            return Markup(self.md.render("\n\n".join(article.paragraphs)))
        return Markup(render_text_paragraphs(article.paragraphs))

    # ---- pages ---------------------------------------------------------------------------
    def site_pages(self) -> list[Page]:
        """Every page and feed of the site."""
        return [*self.pages(), *self.feed_pages()]

    def pages(self) -> Iterator[Page]:
        yield from self.timeline_pages()
        for a in self.archive.articles.values():
            yield self.article_page(a)
        yield from self.actor_pages()
        yield from self.outlet_pages()
        yield self.search_page()
        yield Page("404.html", "404.html", self._ctx("404.html", title="Page not found"), ())
        yield from self.report_pages()

    def search_page(self) -> Page:
        """The search page (the filter box lists the outlets, by name as Jinja's sort filter orders)."""
        outlets = sorted(self.archive.outlets.values(), key=lambda o: o.name.lower())
        return Page("search/index.html", "search.html", self._ctx("search/index.html", title="Search", outlets=outlets))

    REPORT_PART = 100  # input files per page of the cleaning report

    def report_pages(self, only: Container[str] | None = None) -> Iterator[Page]:
        """The cleaning report: a summary (removals by rule, files that need a look) and parts of
        REPORT_PART input files each, in file-name order, with every cut and the rule that made it.
        ``only``: the paths of the pages wanted (the others are not made)."""
        arts = sorted(self.archive.articles.values(), key=lambda a: a.path)
        parts = [arts[i : i + self.REPORT_PART] for i in range(0, len(arts), self.REPORT_PART)]
        part_links = [(f"report/{i + 1}/index.html", p[0].path, p[-1].path, len(p)) for i, p in enumerate(parts)]
        if only is None or "report/index.html" in only:
            yield self._report_summary(arts, parts, part_links)
        for i, part in enumerate(parts):
            path = f"report/{i + 1}/index.html"
            if only is not None and path not in only:
                continue
            yield Page(
                path,
                REPORT,
                self._ctx(
                    path,
                    title=f"Cleaning report, part {i + 1}",
                    summary=False,
                    articles=part,
                    part=i + 1,
                    parts=part_links,
                ),
            )

    def _report_summary(self, arts: list[Article], parts: list[list[Article]],
                        part_links: list[tuple[str, str, str, int]]) -> Page:
        chain = itertools.chain.from_iterable
        removals = Counter(map(_RULE, chain(a.removed for a in arts)))  # rule -> lines it removed
        files = Counter(chain(set(map(_RULE, a.removed)) for a in arts))  # rule -> files it cut from
        rules = {k: [n, files[k]] for k, n in removals.items()}
        attention = [a for a in arts if needs_a_look(a)]
        part_of = {a.slug: f"report/{i + 1}/index.html" for i, p in enumerate(parts) for a in p}
        return Page(
            "report/index.html",
            REPORT,
            self._ctx(
                "report/index.html",
                title="Cleaning report",
                summary=True,
                rules=sorted(rules.items(), key=lambda kv: (-kv[1][0], kv[0])),
                attention=[(a, part_of[a.slug]) for a in attention],
                parts=part_links,
                total=len(arts),
            ),
        )

    def month_key(self, a: Article) -> str:
        return a.date[:7] if a.date else "undated"

    def collapse(self, articles: list[Article]) -> list[Article]:
        """Drop syndicated copies whose original is in the same list (the original's entry names them)."""
        present = {a.slug for a in articles}
        return [a for a in articles if not (a.duplicate_of and a.duplicate_of in present)]

    def archive_pages(self, month_links: list[tuple[str, str, int]]) -> Iterator[Page]:
        """The timeline's own index (timeline/: every year with its months) and one per year
        (timeline/YYYY/), so that a month's URL cut short still names a page."""
        years: dict[str, list[tuple[str, str, int]]] = {}
        for link in month_links:
            years.setdefault(link[0][:4] if link[0] != "undated" else "undated", []).append(link)
        rows = [(y, sum(n for *_, n in ms), f"timeline/{y}/index.html", ms) for y, ms in years.items()]
        path = "timeline/index.html"
        count = sum(r[1] for r in rows)
        yield Page(path, "archive.html", self._ctx(path, title=f"Archive · {self.cfg.title}", years=rows,
                                                     year=None, count=count))  # fmt: skip
        for row in rows:
            if row[0] != "undated":  # the undated articles' page is timeline/undated/ already
                yield Page(row[2], "archive.html", self._ctx(row[2], title=f"{row[0]} · {self.cfg.title}",
                                                             years=[row], year=row[0], count=row[1]))  # fmt: skip

    def timeline_pages(self, only: Container[str] | None = None) -> Iterator[Page]:
        """The home page, the timeline's index pages and a page per month (or part of one).
        ``only``: the paths of the pages wanted (the others may not be made)."""
        months: dict[str, list[Article]] = defaultdict(list)
        for a in self.by_date:  # (month_key, inline: 10,000 calls cost more than the loop)
            months[a.date[:7] if a.date else "undated"].append(a)
        keys = sorted((k for k in months if k != "undated"), reverse=True)
        if "undated" in months:
            keys.append("undated")
        month_links = [
            (
                k,
                f"timeline/{k.replace('-', '/')}/index.html" if k != "undated" else "timeline/undated/index.html",
                len(months[k]),
            )
            for k in keys
        ]
        latest = self.collapse([a for a in self.by_date if a.date][: self.cfg.page_size])
        undated_home = [a for a in self.by_date if not a.date]
        groups = _group_by_month(latest, self.month_key)
        if undated_home:
            groups.append(("undated", self.collapse(undated_home[: self.cfg.page_size])))
        shown = sum(len(g) for _, g in groups)
        outlets = sorted(self.archive.outlets.values(), key=lambda o: (-len(o.articles), o.name.lower()))
        people = sorted(self.archive.actors.values(), key=lambda x: (-len(x.articles), x.name.lower(), x.slug))
        if only is None or "index.html" in only:
            yield Page(
                "index.html",
                "timeline.html",
                self._ctx(
                    "index.html",
                    title=self.cfg.title,
                    groups=groups,
                    months=month_links,
                    home=True,
                    total=len(self.by_date),
                    shown=shown,
                    more=len(latest) < len([a for a in self.by_date if a.date]),
                    undated_total=len(undated_home),
                    top_outlets=outlets[:12],
                    top_people=people[:12],
                    also=self.also_map(*(g for _, g in groups)),
                ),
                cards=True,
            )
        yield from self.archive_pages(month_links)
        # Month pages; a month with more than page_size articles is split into parts counted from
        # its oldest article, so a full part keeps its URL (timeline/YYYY/MM/N/) for good; the
        # month's own URL shows its newest part.
        chain: list[tuple[str, str, str, list[Article], int, int]] = []  # key, path, label, items, part, parts
        size = max(1, self.cfg.page_size)
        for k, path, _n in month_links:
            oldest_first = list(reversed(months[k]))
            parts = [oldest_first[i : i + size] for i in range(0, len(oldest_first), size)]
            for n in range(len(parts), 0, -1):
                items = list(reversed(parts[n - 1]))
                part_path = path if n == len(parts) else path.removesuffix("index.html") + f"{n}/index.html"
                label = month_label(k)
                if len(parts) > 1:
                    short = _date_span(items) if k != "undated" else f"part {n}"
                    label = f"{short} {k[:4]}" if k != "undated" else f"Undated, {short}"  # "3–9 December 2025"
                chain.append((k, part_path, label, items, n, len(parts)))
        for i, (k, path, label, items, _part, nparts) in enumerate(chain):
            if only is not None and path not in only:
                continue
            older = chain[i + 1] if i + 1 < len(chain) else None
            newer = chain[i - 1] if i > 0 else None
            also = self.also_map(items)
            siblings = [(_short(c[0], c[2]), c[1], c[1] == path) for c in chain if c[0] == k] if nparts > 1 else []
            yield Page(
                path,
                "timeline.html",
                self._ctx(
                    path,
                    title=f"{label} · {self.cfg.title}",
                    groups=[(k, self.collapse(items))],
                    months=month_links,
                    home=False,
                    month=k,
                    part_label=label,
                    parts=siblings,
                    prev_month=(older[2], older[1]) if older else None,
                    next_month=(newer[2], newer[1]) if newer else None,
                    total=len(self.by_date),
                    shown=len(items),
                    month_total=len(months[k]),
                    more=False,
                    undated_total=len(undated_home),
                    also=also,
                ),
                cards=True,
            )

    def article_page(self, a: Article) -> Page:
        """An article's page: what it shows of other articles is chosen here (its inputs), the
        context (JSON-LD, quotes by speaker, the body) is made only if the page is rendered."""
        arts = self.archive.articles
        actors = [self.archive.actors[s] for s in a.actor_slugs if s in self.archive.actors]
        copies = [arts[s] for s in self.copies.get(a.slug, ())]
        original = arts.get(a.duplicate_of or "")
        skip = {a.slug, *(c.slug for c in copies), *([original.slug] if original else [])}
        story = [arts[s] for s in self.stories.get(a.story or "", ()) if s not in skip]
        skip.update(x.slug for x in story)
        related = [arts[s] for s in a.related if s in arts and s not in skip][:RELATED]
        return Page(
            f"articles/{a.slug}/index.html",
            "article.html",
            inputs=(a, actors, copies, original, story, related, self.also_map(related)),
            make=self._article_context,
            cards=True,
            full=(a,),
        )

    def _article_context(
        self,
        path: str,
        a: Article,
        actors: list[Actor],
        copies: list[Article],
        original: Article | None,
        story: list[Article],
        related: list[Article],
        also: dict[str, list[Article]],
    ) -> dict[str, Any]:
        quotes_by = self.quotes_in(a)
        ld: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title[:110],
            "description": first_sentence(a.excerpt, 300),
            "inLanguage": a.language or self.cfg.language,
        }
        if a.date:
            ld["datePublished"] = a.date
        if a.authors:
            ld["author"] = [{"@type": "Person", "name": n} for n in a.authors]
        if a.source:
            ld["publisher"] = {"@type": "Organization", "name": a.source}
        if a.url:
            ld["url"] = a.url
            ld["isBasedOn"] = a.url
        if self.cfg.base_url:
            ld["mainEntityOfPage"] = self.cfg.base_url.rstrip("/") + "/" + path.removesuffix("index.html")
        if actors:
            ld["mentions"] = [{"@type": "Person", "name": x.name} for x in actors]
        return self._ctx(
            path,
            title=a.title,
            article=a,
            body=self.body_html(a),
            actors=actors,
            quoted=[x for x in actors if x.slug in quotes_by],  # the people quoted, then the others named
            named=[x for x in actors if x.slug not in quotes_by],
            quotes_by=dict(quotes_by),
            story=story,
            related=related,
            copies=copies,
            also=also,
            ld=ld,
            duplicate_of=original,
        )

    def co_actors(self, actor: Actor, arts: list[Article], limit: int = 8) -> list[tuple[Actor, int]]:
        """The people most often in the same articles as ``actor`` (``arts``: its articles)."""
        counts: Counter[str] = Counter()
        for a in arts:
            counts.update(a.actor_slugs)
        counts.pop(actor.slug, None)
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        return [(self.archive.actors[s], n) for s, n in top if s in self.archive.actors]

    def actor_pages(self) -> Iterator[Page]:
        actors = list(self.archive.actors.values())
        by_count = sorted(actors, key=lambda x: (-len(x.articles), x.name.lower(), x.slug))
        by_name = sorted(actors, key=lambda x: (_sort_name(x.name), x.slug))
        yield Page(
            "actors/index.html",
            "actors.html",
            self._ctx("actors/index.html", title="People", actors=by_count, order="count"),
        )
        yield Page(
            "actors/by-name/index.html",
            "actors.html",
            self._ctx("actors/by-name/index.html", title="People by name", actors=by_name, order="name"),
        )
        yield from self.actor_pages_of(actors)

    def actor_pages_of(self, actors: list[Actor]) -> Iterator[Page]:
        """The pages of these people: each one's page and the parts of its articles and quotes."""
        spoken: dict[str, Counter[str]] = {}  # article slug -> how many quotes of each speaker it holds
        size = max(1, self.cfg.page_size)
        for actor in actors:
            path = f"actors/{actor.slug}/index.html"
            arts = [self.archive.articles[s] for s in actor.articles if s in self.archive.articles]
            # its quotes, oldest first, as the article each is from
            quoted: list[Article] = []
            for art in arts:
                if not art.quotes:
                    continue
                said = spoken.get(art.slug)
                if said is None:
                    said = spoken[art.slug] = Counter(map(_SPEAKER, art.quotes))
                n = said[actor.slug]
                if n:
                    quoted += [art] * n
            shown = {a.slug for a in arts}
            # articles a role was seen in that are not among its articles (none, as the model goes)
            role_arts = {
                r.article: self.archive.articles[r.article]
                for r in actor.roles
                if r.article not in shown and r.article in self.archive.articles
            }
            quotes_page = f"actors/{actor.slug}/quotes/index.html" if len(quoted) > QUOTES_SHOWN else None
            articles_page = f"actors/{actor.slug}/articles/index.html" if len(arts) > size else None
            # Its articles hold everything shown of its quotes and of the people in the same articles.
            yield Page(
                path,
                "actor.html",
                inputs=(actor, arts, role_arts, articles_page, quotes_page, len(quoted)),
                make=self._actor_context,
                cards=True,
            )
            if articles_page:
                yield from self.person_parts(actor, "articles", arts, size)
            if quotes_page:
                yield from self.person_parts(actor, "quotes", quoted, QUOTES_PAGE)

    def _actor_context(
        self,
        path: str,
        actor: Actor,
        arts: list[Article],
        role_arts: dict[str, Article],
        articles_page: str | None,
        quotes_page: str | None,
        quote_count: int,
    ) -> dict[str, Any]:
        latest: list[tuple[Article, str]] = []  # its latest quotes, newest first
        for art in reversed(arts):
            texts = self.quotes_in(art).get(actor.slug, ())
            latest.extend((art, t) for t in reversed(texts))
            if len(latest) >= QUOTES_SHOWN:
                break
        by_slug = {a.slug: a for a in arts} | role_arts
        roles: dict[str, list[Article]] = defaultdict(list)
        for r in actor.roles:
            if r.article in by_slug:
                roles[r.role].append(by_slug[r.article])
        dated = [a.date for a in arts if a.date]
        ld: dict[str, Any] = {"@context": "https://schema.org", "@type": "Person", "name": actor.name}
        if actor.role or actor.roles:
            ld["jobTitle"] = actor.role or actor.roles[0].role
        if actor.description:
            ld["description"] = actor.description
        if len(actor.forms) > 1:
            ld["alternateName"] = [f for f in actor.forms if f != actor.name][:10]
        if self.cfg.base_url:
            ld["url"] = self.cfg.base_url.rstrip("/") + "/" + path.removesuffix("index.html")
        size = max(1, self.cfg.page_size)
        return self._ctx(
            path,
            title=actor.name,
            actor=actor,
            articles=list(reversed(arts[-size:])),
            article_count=len(arts),
            articles_page=articles_page,
            quotes=latest[:QUOTES_SHOWN],
            quote_count=quote_count,
            quotes_page=quotes_page,
            roles=sorted(roles.items()),
            first_seen=min(dated) if dated else None,
            last_seen=max(dated) if dated else None,
            co_actors=self.co_actors(actor, arts),
            ld=ld,
        )

    def person_parts(self, actor: Actor, kind: str, items: list[Any], size: int) -> Iterator[Page]:
        """A person's articles or quotes (``items`` oldest first: its articles, or for its quotes the
        article of each quote) in parts of ``size``, counted from the oldest so a full part keeps its URL for good
        (actors/<slug>/<kind>/N/); the newest part is at actors/<slug>/<kind>/. Each part lists its
        items newest first, with links to its neighbours."""
        base = f"actors/{actor.slug}/{kind}/"
        chunks = [items[i : i + size] for i in range(0, len(items), size)]
        paths = [base + (f"{k + 1}/index.html" if k + 1 < len(chunks) else "index.html") for k in range(len(chunks))]
        for k, chunk in enumerate(chunks):
            first = k * size + 1
            noun = "Articles" if kind == "articles" else "Quotes"
            if len(chunk) == 1:
                heading = f"{noun[:-1]} {first:,} of {len(items):,}"
            else:
                heading = f"{noun} {first:,}–{first + len(chunk) - 1:,} of {len(items):,}"
            newer = paths[k + 1] if k + 1 < len(chunks) else None
            older = paths[k - 1] if k > 0 else None
            plain = {
                "title": f"{actor.name}: {heading[0].lower()}{heading[1:]}",
                "kind": kind,
                "heading": heading,
                "total": len(items),
                "part": k + 1,
                "part_count": len(chunks),
                "newer": newer,
                "older": older,
                "newest": paths[-1] if newer and newer != paths[-1] else None,
                "oldest": paths[0] if older and older != paths[0] else None,
            }
            if kind == "quotes":
                # A quote is its article's n-th quote by this person: the chunk's articles (one per
                # quote) and where the first one starts in its article say which quotes they are.
                start = 0
                while k * size - start > 0 and items[k * size - start - 1] is chunk[0]:
                    start += 1
                yield Page(paths[k], "person_list.html", inputs=(actor, plain, chunk, start), make=self._quotes_part,
                           cards=True)
            else:
                yield Page(paths[k], "person_list.html", inputs=(actor, plain, chunk), make=self._articles_part,
                           cards=True)

    def _articles_part(self, path: str, actor: Actor, plain: dict[str, Any], arts: list[Article]) -> dict[str, Any]:
        return self._ctx(path, actor=actor, items=list(reversed(arts)), **plain)

    def _quotes_part(
        self, path: str, actor: Actor, plain: dict[str, Any], arts: list[Article], start: int
    ) -> dict[str, Any]:
        items: list[tuple[Article, str]] = []
        prev: Article | None = None
        texts: list[str] = []
        i = 0
        for art in arts:
            if art is not prev:
                texts = self.quotes_in(art)[actor.slug]
                i = start if prev is None else 0
                prev = art
            items.append((art, texts[i]))
            i += 1
        return self._ctx(path, actor=actor, items=list(reversed(items)), **plain)

    def outlet_pages(self, only: Container[str] | None = None) -> Iterator[Page]:
        """The outlets' index and a page per outlet (``only``: the paths wanted; the others are not made)."""
        outlets = sorted(self.archive.outlets.values(), key=lambda o: (-len(o.articles), o.name.lower()))
        yield Page(
            "sources/index.html",
            "sources.html",
            self._ctx("sources/index.html", title="Outlets", outlets=outlets),
        )
        for o in outlets:
            path = f"sources/{o.slug}/index.html"
            if only is not None and path not in only:
                continue
            arts = [self.archive.articles[s] for s in reversed(o.articles) if s in self.archive.articles]
            dated = [a.date for a in arts if a.date]
            yield Page(
                path,
                "source.html",
                self._ctx(
                    path,
                    title=o.name,
                    outlet=o,
                    groups=_group_by_month(arts, self.month_key),
                    also=self.also_map(arts),
                    first_seen=min(dated) if dated else None,
                    last_seen=max(dated) if dated else None,
                ),
                cards=True,
            )

    def load_templates(self) -> None:
        """Compile (or load) every template now: forked render workers then share them."""
        for name in self.env.list_templates(extensions=("html", "xml", "txt")):
            self.env.get_template(name)

    def render(self, page: Page) -> bytes:
        if page.template == ATOM:
            # (its fifth input, the entries' authors and links, is there for the page's digest only)
            return self.feed(page.path, *page.inputs[:4])  # type: ignore[index]
        return self.env.get_template(page.template).render(page.make_context()).encode("utf-8")

    def feed_pages(self, only: Container[str] | None = None) -> Iterator[Page]:
        """Every Atom feed as a Page (template ``ATOM``): its inputs are the feed's title, entries,
        id and the page it mirrors, and Renderer.render makes it with feed(). An entry shows its
        article's card and its authors and original link (digested with the card: a one-article
        rebuild needs no other article's text for the feeds it is in). ``only``: the paths of the
        feeds wanted."""
        for path, title, entries, feed_id, mirrors in self.feed_specs(only):
            shown = [(a.url, a.authors) for a in entries]
            yield Page(path, ATOM, inputs=(title, entries, feed_id, mirrors, shown), cards=True)

    # ---- feeds, sitemap, robots ------------------------------------------------------------
    def feed(self, path: str, title: str, articles: list[Article], feed_id: str, page: str = "index.html") -> bytes:
        """An Atom feed (RFC 4287) of the newest dated articles; page is the HTML page it mirrors.

        With ``base_url`` every link is absolute; without it, links are relative to the feed
        (readers resolve them against the feed's address) and ids are ``urn:briefing:`` URNs.
        """
        base = self.cfg.base_url.rstrip("/") + "/" if self.cfg.base_url else ""
        rel = "../" * path.count("/")

        def link(p: str) -> str:
            return base + p.removesuffix("index.html") if base else rel + p

        def page_of(a: Article) -> str:
            return f"articles/{a.slug}/index.html"

        entries = self.feed_entries(articles)  # (already the entries when feed_specs() made the list)
        updated = max((a.date for a in entries if a.date), default="1970-01-01") + "T00:00:00Z"
        out = [
            '<?xml version="1.0" encoding="utf-8"?>',
            f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{xml_escape(self.cfg.language)}">',
            f"  <title>{xml_escape(title)}</title>",
            f"  <subtitle>{xml_escape(self.cfg.description)}</subtitle>",
            f"  <id>{xml_escape(base + path if base else 'urn:briefing:' + feed_id)}</id>",
            f'  <link rel="self" type="application/atom+xml" href="{xml_escape(link(path))}"/>',
            f'  <link rel="alternate" type="text/html" href="{xml_escape(link(page))}"/>',
            f"  <updated>{updated}</updated>",
            f"  <author><name>{xml_escape(self.cfg.title)}</name></author>",
            f'  <generator version="{xml_escape(__version__)}">Briefing</generator>',
        ]
        for a in entries:
            summary = first_sentence(a.excerpt, 400)
            lang = other_language(a.language, self.cfg.language)
            out += [
                f'  <entry xml:lang="{xml_escape(lang)}">' if lang else "  <entry>",
                f"    <title>{xml_escape(a.title)}</title>",
                f'    <link rel="alternate" type="text/html" href="{xml_escape(link(page_of(a)))}"/>',
            ]
            if a.url:
                out.append(f'    <link rel="related" type="text/html" href="{xml_escape(a.url)}"/>')
            out += [
                f"    <id>{xml_escape(link(page_of(a)) if base else 'urn:briefing:article:' + a.slug)}</id>",
                f"    <published>{a.date}T00:00:00Z</published>",
                f"    <updated>{a.date}T00:00:00Z</updated>",
            ]
            for name in a.authors:
                out.append(f"    <author><name>{xml_escape(name)}</name></author>")
            if a.source:
                out.append(f'    <category term="{xml_escape(a.source)}" label="outlet"/>')
            for s in a.actor_slugs:
                if s in self.archive.actors:
                    out.append(f'    <category term="{xml_escape(self.archive.actors[s].name)}" label="person"/>')
            if summary:
                out.append(f"    <summary>{xml_escape(summary)}</summary>")
            out.append("  </entry>")
        out.append("</feed>\n")
        return "\n".join(out).encode("utf-8")

    def feed_specs(self, only: Container[str] | None = None) -> Iterator[tuple[str, str, list[Article], str, str]]:
        """Every feed: (path, title, its newest dated articles, feed id, the page it mirrors);
        ``only``: the paths of those wanted."""
        if only is None or "feed.xml" in only:
            yield "feed.xml", self.cfg.title, self.feed_entries(self.by_date), "site", "index.html"
        for actor in self.archive.actors.values():
            p = f"actors/{actor.slug}/feed.xml"
            if only is not None and p not in only:
                continue
            arts = self.feed_entries(self.archive.articles[s] for s in reversed(actor.articles))
            yield p, f"{actor.name} · {self.cfg.title}", arts, f"actor:{actor.slug}", f"actors/{actor.slug}/index.html"
        for o in self.archive.outlets.values():
            p = f"sources/{o.slug}/feed.xml"
            if only is not None and p not in only:
                continue
            arts = self.feed_entries(self.archive.articles[s] for s in reversed(o.articles))
            yield p, f"{o.name} · {self.cfg.title}", arts, f"outlet:{o.slug}", f"sources/{o.slug}/index.html"

    def feed_entries(self, articles: Iterable[Article]) -> list[Article]:
        """The first ``feed_size`` dated articles (an Atom entry needs a date)."""
        return list(itertools.islice((a for a in articles if a.date), max(0, self.cfg.feed_size)))

    def sitemap(self, paths: list[str]) -> bytes:
        """The sitemap (written only with ``base_url``: its addresses must be absolute)."""
        base = self.cfg.base_url.rstrip("/") + "/"
        out = ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
        for p in sorted(paths):
            if not p.endswith(".html") or p in ("404.html",) or p.startswith("report/"):
                continue
            loc = base + p.removesuffix("index.html")
            out.append(f"  <url><loc>{xml_escape(loc)}</loc></url>")
        out.append("</urlset>\n")
        return "\n".join(out).encode("utf-8")

    def robots(self) -> bytes:
        lines = ["User-agent: *", "Disallow: /report/", "Allow: /"]
        if self.cfg.base_url:
            lines.append(f"Sitemap: {self.cfg.base_url.rstrip('/')}/sitemap.xml")
        return ("\n".join(lines) + "\n").encode("utf-8")


def _short(key: str, label: str) -> str:
    """A part's label without its year or month name prefix: '3–9 December', 'part 2'."""
    return label.removeprefix("Undated, ") if key == "undated" else label.rsplit(" ", 1)[0]


def _date_span(items: list[Article]) -> str:
    """'3–9 December' for a newest-first list of dated articles of one month."""
    dates = [a.date for a in items if a.date]
    if not dates:
        return f"{len(items)} articles"
    lo, hi = dt.date.fromisoformat(min(dates)), dt.date.fromisoformat(max(dates))
    return f"{lo.day}–{hi.day} {MONTHS[hi.month - 1]}" if lo != hi else f"{hi.day} {MONTHS[hi.month - 1]}"


def _group_by_month(articles: list[Article], key: Any) -> list[tuple[str, list[Article]]]:
    groups: list[tuple[str, list[Article]]] = []
    for a in articles:
        k = key(a)
        if groups and groups[-1][0] == k:
            groups[-1][1].append(a)
        else:
            groups.append((k, [a]))
    return groups


_PARTICLES = {"van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "al", "el", "bin", "ibn"}


def _sort_name(name: str) -> tuple[str, str]:
    """Surname first, particles ignored: 'Ilse von der Brugge' sorts under B."""
    parts = name.split()
    i = len(parts) - 1
    while i > 0 and parts[i - 1].lower() in _PARTICLES:
        i -= 1
    surname = " ".join(p for p in parts[i:] if p.lower() not in _PARTICLES) or name
    return (surname.lower(), name.lower())


def fingerprint_assets(static_dir: Path, extra: dict[str, bytes]) -> tuple[dict[str, str], dict[str, bytes]]:
    """Theme static files (plus generated ones) -> (logical name -> fingerprinted path, path -> bytes)."""
    files: dict[str, bytes] = {}
    if static_dir.is_dir():
        for p in sorted(static_dir.rglob("*")):
            if p.is_file() and not p.name.startswith("."):
                files[p.relative_to(static_dir).as_posix()] = p.read_bytes()
    for k, v in extra.items():
        files[k.removeprefix("static/")] = v
    mapping: dict[str, str] = {}
    out: dict[str, bytes] = {}
    for name, data in sorted(files.items()):
        digest = hashlib.sha256(data).hexdigest()[:10]
        stem, dot, ext = name.rpartition(".")
        fp = f"static/{stem}.{digest}.{ext}" if dot else f"static/{name}.{digest}"
        mapping[name] = fp
        out[fp] = data
    return mapping, out
