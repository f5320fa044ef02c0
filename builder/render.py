"""The render stage: Archive -> {relative output path: bytes} for pages, feeds, sitemap.

Every internal link is relative (``root`` is the way back to the site root), so the
site works at a domain root, under a subpath and opened from disk. Templates autoescape;
article text goes through markdown-it-py with raw HTML off.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import posixpath
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markdown_it import MarkdownIt
from markupsafe import Markup

from builder import __version__
from builder.config import Config
from builder.model import Actor, Archive, Article

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
_MD_PUNCT = re.compile(r"([\\`*_{}\[\]()#+\-.!<>|~\"'&])")


def escape_markdown(text: str) -> str:
    """Backslash-escape every ASCII punctuation markdown could read, so text renders verbatim."""
    return _MD_PUNCT.sub(r"\\\1", text)


def make_markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    # Only http(s), mailto and relative links survive; anything else renders as text.
    md.validateLink = lambda url: bool(re.match(r"^(https?:|mailto:|[^:]*$)", url.strip(), re.I))  # type: ignore[method-assign]
    return md


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


def first_sentence(text: str, limit: int = 240) -> str:
    m = re.match(r"(.+?[.!?][”\"’']?)(\s|$)", text)
    s = m.group(1) if m else text
    if len(s) > limit:
        s = s[:limit].rsplit(" ", 1)[0] + "…"
    return s


def json_ld(data: dict[str, Any]) -> Markup:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=None)
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))


@dataclass
class Page:
    path: str  # output path relative to the site root, e.g. articles/x/index.html
    template: str
    context: dict[str, Any] = field(default_factory=dict)
    deps: tuple[str, ...] = ()  # ids of what this page depends on (for incremental builds)


class Renderer:
    def __init__(self, cfg: Config, theme_dir: Path, archive: Archive, assets: dict[str, str]) -> None:
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
        )
        self.env.filters["human_date"] = human_date
        self.env.filters["first_sentence"] = first_sentence
        self.md = make_markdown()
        self.by_date = sorted(archive.articles.values(), key=lambda a: (a.date or "", a.slug), reverse=True)
        self.stories: dict[str, list[str]] = defaultdict(list)
        for a in sorted(archive.articles.values(), key=lambda a: (a.date or "", a.slug)):
            if a.story:
                self.stories[a.story].append(a.slug)

    # ---- helpers available to templates -------------------------------------------------
    def _ctx(self, path: str, **extra: Any) -> dict[str, Any]:
        depth = path.count("/")
        root = "../" * depth
        base = self.cfg.base_url.rstrip("/") + "/" if self.cfg.base_url else ""

        def url(target: str) -> str:
            return root + target

        def asset(name: str) -> str:
            return root + self.assets[name]

        ctx = {
            "site": self.cfg,
            "root": root or "./",
            "url": url,
            "asset": asset,
            "page_path": path,
            "absolute": (base + path.removesuffix("index.html")) if base else "",
            "archive": self.archive,
            "version": __version__,
            "article_url": lambda slug: url(f"articles/{slug}/index.html"),
            "actor_url": lambda slug: url(f"actors/{slug}/index.html"),
            "source_url": lambda slug: url(f"sources/{slug}/index.html"),
            "json_ld": json_ld,
            "month_label": month_label,
        }
        ctx.update(extra)
        return ctx

    def body_html(self, article: Article) -> Markup:
        if article.handwritten:
            return Markup(self.md.render("\n\n".join(article.paragraphs)))
        return Markup("".join(self.md.render(escape_markdown(p)) for p in article.paragraphs))

    # ---- pages ---------------------------------------------------------------------------
    def pages(self) -> Iterator[Page]:
        yield from self.timeline_pages()
        for a in self.archive.articles.values():
            yield self.article_page(a)
        yield from self.actor_pages()
        yield from self.outlet_pages()
        yield Page("search/index.html", "search.html", self._ctx("search/index.html", title="Search"), ("*",))
        yield Page("404.html", "404.html", self._ctx("404.html", title="Page not found"), ())
        yield Page("report/index.html", "report.html", self._ctx("report/index.html", title="Cleaning report",
                                                                  articles=sorted(self.archive.articles.values(),
                                                                                  key=lambda a: a.path)), ("*",))

    def month_key(self, a: Article) -> str:
        return a.date[:7] if a.date else "undated"

    def timeline_pages(self) -> Iterator[Page]:
        months: dict[str, list[Article]] = defaultdict(list)
        for a in self.by_date:
            months[self.month_key(a)].append(a)
        keys = sorted((k for k in months if k != "undated"), reverse=True)
        if "undated" in months:
            keys.append("undated")
        month_links = [(k, f"timeline/{k.replace('-', '/')}/index.html" if k != "undated" else "timeline/undated/index.html",
                        len(months[k])) for k in keys]
        latest = [a for a in self.by_date if a.date][: self.cfg.page_size]
        undated_home = [a for a in self.by_date if not a.date]
        groups = _group_by_month(latest, self.month_key)
        if undated_home:
            groups.append(("undated", undated_home[: self.cfg.page_size]))
        yield Page("index.html", "timeline.html", self._ctx(
            "index.html", title=self.cfg.title, groups=groups, months=month_links, home=True,
            total=len(self.by_date), undated_total=len(undated_home)), ("*",))
        for i, (k, path, _n) in enumerate(month_links):
            prev_link = month_links[i + 1] if i + 1 < len(month_links) else None
            next_link = month_links[i - 1] if i > 0 else None
            yield Page(path, "timeline.html", self._ctx(
                path, title=f"{month_label(k)} · {self.cfg.title}", groups=[(k, months[k])], months=month_links,
                home=False, month=k, prev_month=prev_link, next_month=next_link, total=len(self.by_date),
                undated_total=len(undated_home)), tuple(f"article:{a.slug}" for a in months[k]))

    def article_page(self, a: Article) -> Page:
        path = f"articles/{a.slug}/index.html"
        actors = [self.archive.actors[s] for s in a.actor_slugs if s in self.archive.actors]
        quotes_by: dict[str, list[str]] = defaultdict(list)
        for q in a.quotes:
            quotes_by[q.speaker].append(q.text)
        story = [self.archive.articles[s] for s in self.stories.get(a.story or "", []) if s != a.slug]
        related = [self.archive.articles[s] for s in a.related if s not in {x.slug for x in story}]
        ld: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "articleBody": "\n\n".join(a.paragraphs)[:5000],
        }
        if a.date:
            ld["datePublished"] = a.date
        if a.authors:
            ld["author"] = [{"@type": "Person", "name": n} for n in a.authors]
        if a.source:
            ld["publisher"] = {"@type": "Organization", "name": a.source}
        if a.url:
            ld["url"] = a.url
        if actors:
            ld["mentions"] = [{"@type": "Person", "name": x.name} for x in actors]
        return Page(path, "article.html", self._ctx(
            path, title=a.title, article=a, body=self.body_html(a), actors=actors, quotes_by=quotes_by,
            story=story, related=related, ld=ld,
            duplicate_of=self.archive.articles.get(a.duplicate_of or ""),
        ), (f"article:{a.slug}",))

    def co_actors(self, actor: Actor, limit: int = 8) -> list[tuple[Actor, int]]:
        counts: Counter[str] = Counter()
        for s in actor.articles:
            for other in self.archive.articles[s].actor_slugs:
                if other != actor.slug:
                    counts[other] += 1
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
        return [(self.archive.actors[s], n) for s, n in top if s in self.archive.actors]

    def actor_pages(self) -> Iterator[Page]:
        actors = list(self.archive.actors.values())
        by_count = sorted(actors, key=lambda x: (-len(x.articles), x.name.lower(), x.slug))
        by_name = sorted(actors, key=lambda x: (_sort_name(x.name), x.slug))
        yield Page("actors/index.html", "actors.html", self._ctx(
            "actors/index.html", title="People", actors=by_count, order="count"), ("actors",))
        yield Page("actors/by-name/index.html", "actors.html", self._ctx(
            "actors/by-name/index.html", title="People by name", actors=by_name, order="name"), ("actors",))
        for actor in actors:
            path = f"actors/{actor.slug}/index.html"
            arts = [self.archive.articles[s] for s in actor.articles]
            quotes = [(art, q.text) for art in arts for q in art.quotes if q.speaker == actor.slug]
            roles: dict[str, list[Article]] = defaultdict(list)
            for r in actor.roles:
                roles[r.role].append(self.archive.articles[r.article])
            dated = [a.date for a in arts if a.date]
            ld = {"@context": "https://schema.org", "@type": "Person", "name": actor.name}
            if actor.role or actor.roles:
                ld["jobTitle"] = actor.role or actor.roles[0].role
            if actor.description:
                ld["description"] = actor.description
            yield Page(path, "actor.html", self._ctx(
                path, title=actor.name, actor=actor, articles=list(reversed(arts)), quotes=list(reversed(quotes)),
                roles=sorted(roles.items()), first_seen=min(dated) if dated else None,
                last_seen=max(dated) if dated else None, co_actors=self.co_actors(actor), ld=ld,
            ), (f"actor:{actor.slug}", *(f"article:{s}" for s in actor.articles)))

    def outlet_pages(self) -> Iterator[Page]:
        outlets = sorted(self.archive.outlets.values(), key=lambda o: (-len(o.articles), o.name.lower()))
        yield Page("sources/index.html", "sources.html", self._ctx("sources/index.html", title="Outlets",
                                                                   outlets=outlets), ("outlets",))
        for o in outlets:
            path = f"sources/{o.slug}/index.html"
            arts = [self.archive.articles[s] for s in reversed(o.articles)]
            yield Page(path, "source.html", self._ctx(path, title=o.name, outlet=o, articles=arts),
                       tuple(f"article:{s}" for s in o.articles))

    def render(self, page: Page) -> bytes:
        return self.env.get_template(page.template).render(page.context).encode("utf-8")

    # ---- feeds, sitemap, robots ------------------------------------------------------------
    def feed(self, path: str, title: str, articles: list[Article], feed_id: str) -> bytes:
        base = self.cfg.base_url.rstrip("/") + "/" if self.cfg.base_url else ""
        depth = path.count("/")
        rel = "../" * depth

        def link(p: str) -> str:
            return base + p if base else rel + p

        entries = [a for a in articles if a.date][: self.cfg.feed_size]
        updated = f"{entries[0].date}T00:00:00Z" if entries else "1970-01-01T00:00:00Z"
        out = ['<?xml version="1.0" encoding="utf-8"?>',
               f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{xml_escape(self.cfg.language)}">',
               f"  <title>{xml_escape(title)}</title>",
               f"  <id>{xml_escape(base + path if base else 'urn:briefing:' + feed_id)}</id>",
               f'  <link rel="self" href="{xml_escape(link(path))}"/>',
               f'  <link rel="alternate" type="text/html" href="{xml_escape(link(posixpath.dirname(path) + "/" if posixpath.dirname(path) else ""))}"/>',
               f"  <updated>{updated}</updated>",
               f"  <author><name>{xml_escape(self.cfg.title)}</name></author>",
               f'  <generator version="{__version__}">Briefing</generator>']
        for a in entries:
            page = f"articles/{a.slug}/"
            summary = first_sentence(a.excerpt, 400)
            out += ["  <entry>",
                    f"    <title>{xml_escape(a.title)}</title>",
                    f'    <link rel="alternate" type="text/html" href="{xml_escape(link(page))}"/>',
                    f"    <id>{xml_escape(base + page if base else 'urn:briefing:article:' + a.slug)}</id>",
                    f"    <published>{a.date}T00:00:00Z</published>",
                    f"    <updated>{a.date}T00:00:00Z</updated>"]
            for name in a.authors:
                out.append(f"    <author><name>{xml_escape(name)}</name></author>")
            if a.source:
                out.append(f'    <category term="{xml_escape(a.source)}"/>')
            for s in a.actor_slugs:
                if s in self.archive.actors:
                    out.append(f'    <category term="{xml_escape(self.archive.actors[s].name)}" label="person"/>')
            out += [f"    <summary>{xml_escape(summary)}</summary>", "  </entry>"]
        out.append("</feed>\n")
        return "\n".join(out).encode("utf-8")

    def feeds(self) -> dict[str, bytes]:
        files = {"feed.xml": self.feed("feed.xml", self.cfg.title, self.by_date, "site")}
        for actor in self.archive.actors.values():
            arts = [self.archive.articles[s] for s in reversed(actor.articles)]
            p = f"actors/{actor.slug}/feed.xml"
            files[p] = self.feed(p, f"{actor.name} · {self.cfg.title}", arts, f"actor:{actor.slug}")
        for o in self.archive.outlets.values():
            arts = [self.archive.articles[s] for s in reversed(o.articles)]
            p = f"sources/{o.slug}/feed.xml"
            files[p] = self.feed(p, f"{o.name} · {self.cfg.title}", arts, f"outlet:{o.slug}")
        return files

    def sitemap(self, paths: list[str]) -> bytes:
        base = self.cfg.base_url.rstrip("/") + "/" if self.cfg.base_url else ""
        out = ['<?xml version="1.0" encoding="utf-8"?>',
               '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
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
    """Surname first, particles ignored: 'Ursula von der Leyen' sorts under L."""
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
