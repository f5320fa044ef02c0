"""Plain dataclasses passed between the pipeline's stages.

Data flows one way: ingest -> clean -> extract -> model -> render/search -> output.
Every stage takes and returns these types, so each can be tested alone, run in a
worker process (all are picklable) and cached by content hash (all serialise to
JSON through ``to_dict``/``from_dict``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple, TypeVar

R = TypeVar("R", bound=tuple[Any, ...])


@dataclass(frozen=True)
class RawArticle:
    """One input file, decoded. ``text`` is the decoded file (HTML source for html)."""

    path: str  # path relative to the input directory, POSIX separators
    stem: str  # file name without its extension: the override key
    kind: str  # "txt", "html" or "md"
    text: str
    sha256: str  # hash of the raw bytes
    warnings: tuple[str, ...] = ()  # decoding problems (e.g. CP-1252 fallback)


@dataclass
class Removal:
    """One piece of text a cleaning rule removed, with the rule's name."""

    text: str
    rule: str


@dataclass
class Metadata:
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD
    source: str | None = None  # outlet display name
    authors: list[str] = field(default_factory=list)
    url: str | None = None


@dataclass
class CleanArticle:
    """What the cleaner made of one raw article."""

    paragraphs: list[str]
    metadata: Metadata
    removed: list[Removal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class ActorMention:
    """A person found in one article: the name as resolved within the article,
    every surface form used for them, and a role phrase from context if any."""

    name: str
    mentions: list[str]
    roles: list[str] = field(default_factory=list)


class Quote(NamedTuple):
    """A direct quote (a tuple: an archive holds about 15 an article, made from plain data by
    ``records``)."""

    speaker: str  # the ActorMention.name of the speaker (canonicalised at model time)
    text: str
    paragraph: int = 0  # index of the paragraph where the quote starts


def records(cls: type[R], rows: Iterable[Iterable[Any]]) -> list[R]:
    """Quotes or roles from plain rows, made by tuple's own constructor (``cls._make`` and ``cls()``
    are Python-level: a 10k archive has 150,000 quotes, and loading it spent a third of its time
    making them one call each)."""
    return list(map(functools.partial(tuple.__new__, cls), rows))


@dataclass
class Fingerprint:
    """What story linking compares: distinctive words and a min-hash of 5-word shingles."""

    terms: list[str] = field(default_factory=list)
    minhash: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # frequent capitalised words (stories)


@dataclass
class ArticleFacts:
    """Everything one article yields on its own: the unit of caching and of the pool."""

    stem: str
    path: str
    kind: str
    clean: CleanArticle
    actors: list[ActorMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    fingerprint: Fingerprint = field(default_factory=Fingerprint)
    language: str | None = None  # detected from the clean text (builder.extract.language); None: unsure

    def to_dict(self) -> dict[str, Any]:
        """Plain data for the cache (hand-written: dataclasses.asdict is slow on the hot path;
        the many small records are tuples, cheaper to encode and decode than dicts)."""
        c = self.clean
        m = c.metadata
        return {
            "stem": self.stem,
            "path": self.path,
            "kind": self.kind,
            "clean": {
                "paragraphs": list(c.paragraphs),
                "metadata": {"title": m.title, "date": m.date, "source": m.source, "authors": list(m.authors),
                             "url": m.url},
                "removed": [(r.text, r.rule) for r in c.removed],
                "warnings": list(c.warnings),
            },
            "actors": [{"name": a.name, "mentions": list(a.mentions), "roles": list(a.roles)} for a in self.actors],
            "quotes": [(q.speaker, q.text, q.paragraph) for q in self.quotes],
            "fingerprint": {
                "terms": list(self.fingerprint.terms),
                "minhash": list(self.fingerprint.minhash),
                "names": list(self.fingerprint.names),
            },
            "language": self.language,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ArticleFacts:
        c = d["clean"]
        clean = CleanArticle(
            paragraphs=list(c["paragraphs"]),
            metadata=Metadata(**c["metadata"]),
            removed=[Removal(t, r) for t, r in c["removed"]],
            warnings=list(c["warnings"]),
        )
        return cls(
            stem=d["stem"],
            path=d["path"],
            kind=d["kind"],
            clean=clean,
            actors=[ActorMention(**a) for a in d["actors"]],
            quotes=records(Quote, d["quotes"]),
            fingerprint=Fingerprint(**d["fingerprint"]),
            language=d.get("language"),
        )


@dataclass
class Article:
    """An article as the site shows it (after overrides and archive-wide merging)."""

    slug: str
    stem: str
    path: str
    title: str
    date: str | None
    source: str | None
    source_slug: str | None
    authors: list[str]
    url: str | None
    paragraphs: list[str]
    actor_slugs: list[str]  # canonical actors in order of first mention
    quotes: list[Quote]  # speaker = canonical actor slug
    removed: list[Removal]
    warnings: list[str]
    title_is_fallback: bool = False
    handwritten: bool = False
    related: list[str] = field(default_factory=list)  # slugs
    story: str | None = None  # story id shared with same-event articles
    duplicate_of: str | None = None  # slug of the article this copies
    fingerprint: Fingerprint = field(default_factory=Fingerprint)
    # BCP 47 tag of the article's text: its override or front matter, else detected; None: unknown
    # (the site's language applies)
    language: str | None = None

    @property
    def excerpt(self) -> str:
        return self.paragraphs[0] if self.paragraphs else ""


class RoleSeen(NamedTuple):
    """A role a person was given in an article (a tuple, as Quote)."""

    role: str
    article: str  # slug


@dataclass
class Actor:
    slug: str
    name: str
    forms: list[str]
    roles: list[RoleSeen]
    articles: list[str]  # slugs, date order
    role: str | None = None  # from the registry
    description: str | None = None


@dataclass
class Outlet:
    slug: str
    name: str
    articles: list[str]


@dataclass
class Archive:
    articles: dict[str, Article]
    actors: dict[str, Actor]
    outlets: dict[str, Outlet]
    warnings: list[str] = field(default_factory=list)


def needs_a_look(a: Article) -> bool:
    """Whether the cleaning report's summary lists the article among the files that need a look
    (no title found, warnings, no date)."""
    return a.title_is_fallback or bool(a.warnings) or not a.date
