"""What a one-shot build keeps for the next one's quick path (builder/quick.py).

A full build's archive is 90 MB of Python objects at 10,000 articles: loading it back would cost
more than the one-article rebuild it serves. What the quick path needs of the whole archive is
what a *list* shows of each article (its card: builder.deps.Digests.card) plus what the model
decided for it, so this file keeps a *lean* archive: every article without its text (its lead
paragraph, its number of paragraphs and the rules of its removals only; its quotes and related
articles encoded, decoded when first read: LazyList), every person and outlet, and each article's
source digest. What only one article needs — its cache keys, its share of the
boilerplate evidence, the pages that show it, how its people's names map to their pages, the
candidates for its copies — is one row of a table, read for the changed articles alone.

The state belongs to the build whose record (builder/uptodate.py) has the same signature: any
other build (another version, a resident process's patch, a failed build) leaves it unused until
an ordinary build saves it again. Stored in SQLite with marshal values, like the facts cache; the
lean archive, read whole at every quick build, in a file beside it (LEAN_FILE) that the state
names by a tag.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from builder.cache import code_version, write_whole
from builder.model import Actor, Archive, Article, Fingerprint, Outlet, Quote, Removal, RoleSeen, records

FILE = "quick.sqlite"
LEAN_FILE = "quick-lean.marshal"  # the lean archive (22 MB at 10k): read whole, faster from a file than a row
PATCH = " +"  # the key of a dict value's patch (QuickState.get_patched)
_SCHEMA = "CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v BLOB); " \
          "CREATE TABLE IF NOT EXISTS article (path TEXT PRIMARY KEY, v BLOB)"


def article_entry(a: Article) -> tuple[Any, ...]:
    """An article as the lean archive keeps it (a hand-written one whole: the link check reads it)."""
    paras = list(a.paragraphs) if a.handwritten else a.paragraphs[:1]
    removed = [(r.text, r.rule) for r in a.removed] if a.handwritten else [r.rule for r in a.removed]
    return (a.slug, a.stem, a.path, a.title, a.date, a.source, a.source_slug, list(a.authors), a.url, paras,
            len(a.paragraphs), list(a.actor_slugs), [(q.speaker, q.text, q.paragraph) for q in a.quotes],
            removed, list(a.warnings), a.title_is_fallback, a.handwritten, list(a.related), a.story,
            a.duplicate_of, a.language)


def lean_entry(a: Article) -> tuple[Any, ...]:
    """An article as the lean archive file keeps it: article_entry with its quotes and related
    articles encoded, one bytes object each (LazyList). They are 150,000 quotes and 100,000
    slugs at 10k articles, three quarters of the objects a quick build would make on reading the
    file (0.1 s), and only the pages of the changed articles' people and related articles show
    any."""
    e = list(article_entry(a))
    if not a.handwritten:
        e[12] = marshal.dumps(e[12]) if e[12] else []
        e[17] = marshal.dumps(e[17]) if e[17] else []
    return tuple(e)


class LazyList(list[Any]):
    """A list read from its encoded form (marshal bytes) when first used: every list operation
    decodes it first, then it is an ordinary list. (One operation does not: ``[...] + lazy``, a
    plain list's own ``+``, reads the right side's items directly; nothing adds to the lists of
    an article.)"""

    __slots__ = ("_blob", "_make")

    def __init__(self, blob: bytes, make: Callable[[Any], list[Any]] = list) -> None:
        super().__init__()
        self._blob: bytes | None = blob
        self._make = make

    def _fill(self) -> None:
        blob = self._blob
        if blob is not None:
            self._blob = None
            list.extend(self, self._make(marshal.loads(blob)))

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        """Pickled and copied as the plain list it decodes to."""
        self._fill()
        return list, (list(list.__iter__(self)),)


def _filled(name: str) -> Callable[..., Any]:
    base = getattr(list, name)

    def method(self: LazyList, *args: Any, **kwargs: Any) -> Any:
        self._fill()
        return base(self, *args, **kwargs)

    method.__name__ = name
    return method


for _name in ("__iter__", "__len__", "__getitem__", "__contains__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__",
              "__ge__", "__reversed__", "__repr__", "__add__", "__mul__", "__rmul__", "__iadd__", "__imul__",
              "__setitem__", "__delitem__", "__sizeof__", "append", "extend", "insert", "pop",
              "remove", "index", "count", "copy", "sort", "reverse", "clear"):
    setattr(LazyList, _name, _filled(_name))


def _quotes(rows: list[Any]) -> list[Quote]:
    return records(Quote, rows)


_RULES: dict[str, Removal] = {}


def _rules(names: list[str]) -> list[Removal]:
    """A lean article's removals: Removals with their rule and no text (only counted), one per rule
    shared by every article (never mutated: a page that shows them reads the article's facts
    back, builder.quick._hydrate). Half the articles have a combination of rules of their own: a
    list of shared Removals is made at C speed, a new Removal per removal is not."""
    try:
        return list(map(_RULES.__getitem__, names))
    except KeyError:
        for name in names:
            if name not in _RULES:
                _RULES[name] = Removal("", name)
        return list(map(_RULES.__getitem__, names))


def lean_article(e: tuple[Any, ...]) -> Article:
    (slug, stem, path, title, date, source, source_slug, authors, url, paras, n, actor_slugs, quotes, removed,
     warnings, fallback, handwritten, related, story, duplicate_of, language) = e
    if handwritten:
        paragraphs = paras
        removals = [Removal(t, r) for t, r in removed]
    else:
        paragraphs = paras + [""] * (n - len(paras))  # (the search index's keys count them)
        removals = _rules(removed)
    quotes = LazyList(quotes, _quotes) if type(quotes) is bytes else records(Quote, quotes)
    if type(related) is bytes:
        related = LazyList(related)
    return Article(slug, stem, path, title, date, source, source_slug, authors, url, paragraphs, actor_slugs,
                   quotes, removals, warnings, fallback, handwritten, related, story, duplicate_of,
                   _NO_FINGERPRINT, language)


_NO_FINGERPRINT = Fingerprint()  # (a lean article's: shared, never filled; the model reads the facts')


def archive_blob(archive: Archive) -> dict[str, Any]:
    """The lean archive as plain data."""
    return {
        "articles": [lean_entry(a) for a in archive.articles.values()],
        "actors": [(x.slug, x.name, x.forms, [(r.role, r.article) for r in x.roles], x.articles, x.role,
                    x.description) for x in archive.actors.values()],
        "outlets": [(o.slug, o.name, o.articles) for o in archive.outlets.values()],
        "warnings": list(archive.warnings),
    }


def lean_archive(blob: dict[str, Any], delta: dict[str, tuple[Any, ...]]) -> Archive:
    """The lean archive; ``delta``: entries of articles a quick build changed since, by slug."""
    articles = {}
    for e in blob["articles"]:
        a = lean_article(delta.get(e[0], e))
        articles[a.slug] = a
    actors = {s: Actor(s, name, forms, records(RoleSeen, roles), arts, role, desc)
              for s, name, forms, roles, arts, role, desc in blob["actors"]}
    outlets = {s: Outlet(s, name, arts) for s, name, arts in blob["outlets"]}
    return Archive(articles, actors, outlets, blob["warnings"])


class QuickState:
    """The quick-path state file: ``head`` (what the build was made from), the lean archive and
    its delta, and one row per input article."""

    def __init__(self, cache_dir: Path) -> None:
        self.path = cache_dir / FILE
        self.db: sqlite3.Connection | None = None

    def _open(self) -> sqlite3.Connection:
        if self.db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path)
            self.db.executescript(_SCHEMA)
        return self.db

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None

    def get(self, key: str) -> Any:
        """A meta value (None: missing, unreadable or from another version of the builder)."""
        if not self.path.is_file():
            return None
        try:
            row = self._open().execute("SELECT v FROM meta WHERE k = ?", (key,)).fetchone()
            if row is None:
                return None
            version, value = marshal.loads(row[0])
        except (sqlite3.Error, ValueError, EOFError, TypeError):
            return None
        return value if version == code_version() else None

    def put_lean(self, blob: dict[str, Any], tag: str) -> None:
        """Write the lean archive beside the state (before the state that names it by ``tag``)."""
        write_whole(self.path.with_name(LEAN_FILE), marshal.dumps((code_version(), tag, blob)))

    def get_lean(self, tag: str) -> dict[str, Any] | None:
        """The lean archive, if the file beside the state is the one it names (``tag``)."""
        try:
            version, got, blob = marshal.loads(self.path.with_name(LEAN_FILE).read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            return None
        return blob if version == code_version() and got == tag and isinstance(blob, dict) else None

    def get_patched(self, key: str) -> dict[Any, Any] | None:
        """A dict meta value with the entries quick builds changed since (``patch``) laid over it."""
        base = self.get(key)
        if not isinstance(base, dict):
            return None
        patch = self.get(key + PATCH)
        if isinstance(patch, dict):
            base.update(patch)
        return base

    def patch(self, meta: dict[str, Any], key: str, entries: dict[Any, Any]) -> None:
        """Add to ``meta`` (for put) the patch of a dict value with these entries changed: a quick
        build writes its few entries, not the whole 10,000-entry dicts again."""
        last = self.get(key + PATCH)
        meta[key + PATCH] = (last if isinstance(last, dict) else {}) | entries

    def rows(self, paths: Iterable[str]) -> dict[str, dict[str, Any]]:
        out = {}
        try:
            db = self._open()
            for p in paths:
                row = db.execute("SELECT v FROM article WHERE path = ?", (p,)).fetchone()
                if row is not None:
                    out[p] = marshal.loads(row[0])
        except (sqlite3.Error, ValueError, EOFError, TypeError):
            return {}
        return out

    def put(self, meta: dict[str, Any], rows: dict[str, dict[str, Any]], replace: bool) -> None:
        """Write meta values and rows; ``replace``: a new file with only these, swapped in whole (no
        row-by-row delete of the last state). A failure leaves no state: the next build takes
        the ordinary path."""
        meta_rows = [(k, marshal.dumps((code_version(), v))) for k, v in meta.items()]
        article_rows = [(p, marshal.dumps(v)) for p, v in rows.items()]
        try:
            if replace:
                self.close()
                tmp = self.path.with_name(f"{FILE}.{os.getpid()}.tmp")
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                db = sqlite3.connect(tmp)
                try:
                    db.executescript(_SCHEMA)
                    with db:
                        db.executemany("INSERT INTO meta VALUES (?, ?)", meta_rows)
                        db.executemany("INSERT INTO article VALUES (?, ?)", article_rows)
                finally:
                    db.close()
                os.replace(tmp, self.path)
                return
            db = self._open()
            with db:
                db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", meta_rows)
                db.executemany("INSERT OR REPLACE INTO article VALUES (?, ?)", article_rows)
        except (sqlite3.Error, ValueError, OSError):
            self.drop()

    def drop(self) -> None:
        """No state (a build that could not record one must not leave an older one in use)."""
        self.close()
        for path in (self.path, self.path.with_name(LEAN_FILE)):
            with contextlib.suppress(OSError):
                os.unlink(path)
