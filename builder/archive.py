"""The model stage: per-article facts + overrides + hand-written articles -> one Archive.

Applies the maintainer's overrides, merges actors across the archive, assigns slugs
(stable, unique, safe) and builds the actor and outlet indexes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from builder.content import Handwritten, Override
from builder.extract.actors import Merge, MergedActor, find_actors, merge_actors
from builder.extract.language import detect_language
from builder.extract.quotes import find_quotes
from builder.extract.registry import Registry
from builder.model import (
    Actor,
    ActorMention,
    Archive,
    Article,
    ArticleFacts,
    CleanArticle,
    Metadata,
    Outlet,
    Quote,
    RoleSeen,
)
from builder.modelcache import ModelCache, digest
from builder.slugs import SlugRegistry, slugify

if TYPE_CHECKING:
    from builder.memo import Memo

Warn = Callable[[str, str], None]
RESERVED_ARTICLE_SLUGS = {"index", "page", "static", "search", "actors", "sources", "articles"}
_WORDS = re.compile(r"\S+")


def fallback_title(paragraphs: list[str]) -> str:
    """First words of the lead, for an article with no title anywhere (flagged for an override)."""
    if not paragraphs:
        return "Untitled article"
    words = _WORDS.findall(paragraphs[0])
    head = " ".join(words[:10])
    return head + ("…" if len(words) > 10 else "")


def handwritten_facts(hw: Handwritten, registry: Registry) -> ArticleFacts:
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", hw.body.strip()) if p.strip()]
    meta = Metadata(
        title=hw.meta.get("title"),
        date=hw.meta.get("date"),
        source=hw.meta.get("source"),
        authors=list(hw.meta.get("authors", [])),
        url=hw.meta.get("url"),
    )
    language = str(hw.meta["language"]) if "language" in hw.meta else detect_language(paragraphs)
    actors = find_actors(paragraphs, registry, language)
    quotes = find_quotes(paragraphs, actors)
    return ArticleFacts(
        stem=hw.stem,
        path=hw.path,
        kind="handwritten",
        clean=CleanArticle(paragraphs, meta),
        actors=actors,
        quotes=quotes,
        language=language,
    )


@dataclass
class _Draft:
    facts: ArticleFacts
    meta: Metadata
    override: dict[str, object]
    actors: list[ActorMention]
    quotes: list[Quote]


def _apply_override(facts: ArticleFacts, values: dict[str, object]) -> _Draft:
    m = facts.clean.metadata
    meta = Metadata(
        title=str(values["title"]) if "title" in values else m.title,
        date=str(values["date"]) if "date" in values else m.date,
        source=str(values["source"]) if "source" in values else m.source,
        authors=list(values["authors"]) if "authors" in values else list(m.authors),  # type: ignore[call-overload]
        url=str(values["url"]) if "url" in values else m.url,
    )
    drop = set(values.get("drop_actors", []))  # type: ignore[call-overload]
    actors = [a for a in facts.actors if a.name not in drop and not (set(a.mentions) & drop)]
    kept = {a.name for a in actors}
    have = {f for a in actors for f in [a.name, *a.mentions]}
    for name in values.get("add_actors", []):  # type: ignore[attr-defined]
        if name not in have:
            actors.append(ActorMention(name=name, mentions=[name]))
    quotes = [q for q in facts.quotes if q.speaker in kept]
    return _Draft(facts, meta, values, actors, quotes)


def _date_key(a: Article) -> tuple[str, str]:
    return (a.date or "0000-00-00", a.slug)


def _merge(drafts: list[_Draft], registry: Registry, memo: Memo | None, store: ModelCache | None) -> Merge:
    """merge_actors over the drafts, or the last build's merge if it was made from the same
    inputs: in a resident process the memo's (same registry, and every article's people the
    same; an article whose facts object and override are the ones of last time is not
    compared), else the model cache's (same digest of the registry and everyone's mentions)."""
    inputs = [(d.facts, d.override, d.actors) for d in drafts]
    reg = repr(registry)
    last = memo.merge if memo is not None else None
    same = (
        last is not None
        and last[0] == reg
        and len(last[1]) == len(inputs)
        and all(
            (f is pf and o == po) or (f.path == pf.path and a == pa)
            for (f, o, a), (pf, po, pa) in zip(inputs, last[1], strict=True)
        )
    )
    if same and last is not None:
        merge: Merge = last[2]
    else:
        key = "" if store is None else digest(
            [reg, [(d.facts.path, [(a.name, a.mentions, a.roles) for a in d.actors]) for d in drafts]]
        )
        stored = store.get("merge", key) if store is not None else None
        if stored is not None:
            merge = Merge(actors={k: MergedActor(*v) for k, v in stored[0].items()}, of=stored[1])
        else:
            merge = merge_actors([(d.facts.path, d.actors) for d in drafts], registry)
            if store is not None:
                plain = {k: (m.name, m.forms, m.role, m.description) for k, m in merge.actors.items()}
                store.put("merge", key, (plain, merge.of))
    if memo is not None:
        memo.merge = (reg, inputs, merge)
    return merge


def build_archive(
    facts: list[ArticleFacts],
    overrides: dict[str, Override],
    registry: Registry,
    warn: Warn,
    memo: Memo | None = None,
    store: ModelCache | None = None,
    names: dict[str, dict[str, str]] | None = None,
) -> Archive:
    """The archive from every article's facts. ``names`` (if given) receives, for each input path,
    its people's names (as the article's facts give them) -> their pages' slugs."""
    facts = sorted(facts, key=lambda f: (f.path, f.stem))
    drafts = []
    for f in facts:
        ov = overrides.get(f.stem)
        drafts.append(_apply_override(f, ov.values if ov else {}))
    used = {f.stem for f in facts}
    head: list[tuple[str, str]] = []
    for stem, ov in sorted(overrides.items()):
        if stem not in used:
            _collect(head, warn)("override for a missing article", f"{ov.path}: no input file with the stem {stem!r}")

    merge = _merge(drafts, registry, memo, store)

    # Actor slugs first, ordered by canonical key, so they do not depend on article order.
    actor_slugs = SlugRegistry()
    slug_of_key: dict[str, str] = {}
    for key in sorted(merge.actors):
        slug_of_key[key] = actor_slugs.claim(merge.actors[key].name, "person")
    for wanted, given in actor_slugs.collisions:
        _collect(head, warn)("slug collision", f"actors/{wanted}: two people share this slug; one is at actors/{given}")

    if names is not None:
        for d in drafts:
            p = d.facts.path
            names[p] = {n: slug_of_key[k] for n in sorted({a.name for a in d.actors} | {q.speaker for q in d.quotes})
                        if (k := merge.of.get((p, n))) is not None}
    article_slugs = SlugRegistry(reserved=set(RESERVED_ARTICLE_SLUGS))
    outlet_slugs: dict[str, str] = {}
    outlet_names: dict[str, str] = {}
    articles: dict[str, Article] = {}
    roles_seen: list[tuple[str, list[str], str]] = []  # (person, roles, article) as met
    record = memo is not None
    segments: list[list[tuple[str, str]]] = []  # each draft's warnings, for a resident process
    results: list[tuple[Article, list[tuple[str, list[str], str]]] | None] = []  # each draft's article
    for d in drafts:
        seg: list[tuple[str, str]] = []
        made = make_article(d, article_slugs.claim, outlet_slugs, outlet_names, merge, slug_of_key, _collect(seg, warn))
        if record:
            segments.append(seg)
            results.append(made)
        if made is not None:
            articles[made[0].slug] = made[0]
            roles_seen += made[1]
    tail: list[tuple[str, str]] = []
    for wanted, given in article_slugs.collisions:
        _collect(tail, warn)("slug collision", f"articles/{wanted}: taken; an article was given articles/{given}")

    by_date = sorted(articles.values(), key=_date_key)
    actors: dict[str, Actor] = {}
    for key, ma in merge.actors.items():
        slug = slug_of_key[key]
        actors[slug] = Actor(
            slug=slug,
            name=ma.name,
            forms=list(ma.forms),
            roles=[],
            articles=[],
            role=ma.role,
            description=ma.description,
        )
    for person, roles, seen_in in roles_seen:  # in article order, then mention order
        actors[person].roles.extend(RoleSeen(role=role, article=seen_in) for role in roles)
    for art in by_date:
        for s in art.actor_slugs:
            actors[s].articles.append(art.slug)
    actors = {s: a for s, a in sorted(actors.items()) if a.articles}

    outlets: dict[str, Outlet] = {}
    for art in by_date:
        if art.source_slug:
            outlets.setdefault(
                art.source_slug, Outlet(art.source_slug, outlet_names[art.source_slug], [])
            ).articles.append(art.slug)
    archive = Archive(articles=dict(sorted(articles.items())), actors=actors, outlets=dict(sorted(outlets.items())))
    if memo is not None:
        from builder.incremental import ModelState

        memo.model = ModelState(
            facts=facts,
            overrides={stem: ov.values for stem, ov in overrides.items()},
            registry=repr(registry),
            drafts=drafts,
            results=results,
            merge=merge,
            slug_of_key=slug_of_key,
            head=head,
            segments=segments,
            tail=tail,
            archive=archive,
        )
    return archive


def _collect(seg: list[tuple[str, str]], warn: Warn) -> Warn:
    def w(kind: str, message: str) -> None:
        seg.append((kind, message))
        warn(kind, message)

    return w


def _quoted(title: str, limit: int = 60) -> str:
    """A title for a warning line, in quotes, cut at a word when long."""
    if len(title) > limit:
        title = title[:limit].rsplit(" ", 1)[0].rstrip(" ,;:–-") + "…"
    return f"“{title}”"


def make_article(
    d: _Draft,
    claim: Callable[[str, str], str],
    outlet_slugs: dict[str, str],
    outlet_names: dict[str, str],
    merge: Merge,
    slug_of_key: dict[str, str],
    warn: Warn,
) -> tuple[Article, list[tuple[str, list[str], str]]] | None:
    """One draft's Article (None: nothing left after cleaning) and the roles its people were seen
    with; ``claim`` gives the article its slug, the outlet dictionaries are the archive's so far."""
    f = d.facts
    for w in f.clean.warnings:
        warn("input", f"{f.path}: {w}")
    if not f.clean.paragraphs:
        warn("empty article", f"{f.path}: nothing is left after cleaning; not published")
        return None
    title_is_fallback = not d.meta.title
    title = d.meta.title or fallback_title(f.clean.paragraphs)
    slug_text = str(d.override["slug"]) if "slug" in d.override else title
    slug = claim(slug_text, "article")
    if title_is_fallback:
        warn(
            "untitled",
            f"{f.path}: no title found; using the lead's first words (set one in content/articles/{f.stem}.yml)",
        )
    if not d.meta.date:
        where = "its front matter" if f.kind == "handwritten" else f"content/articles/{f.stem}.yml"
        warn("undated", f"{f.path} ({_quoted(title)}): no date found (set one in {where})")
    source_slug = None
    if d.meta.source:
        lower = d.meta.source.lower()
        source_slug = outlet_slugs.get(lower)
        if source_slug is None:
            source_slug = outlet_slugs[lower] = slugify(d.meta.source, "outlet")
        outlet_names.setdefault(source_slug, d.meta.source)
    actor_list: list[str] = []
    roles_seen: list[tuple[str, list[str], str]] = []
    for a in d.actors:
        k = merge.of.get((f.path, a.name))
        if k is None:
            continue
        person = slug_of_key[k]
        if person not in actor_list:
            actor_list.append(person)
        if a.roles:
            roles_seen.append((person, a.roles, slug))
    quotes = []
    for q in d.quotes:
        k = merge.of.get((f.path, q.speaker))
        if k is not None:
            quotes.append(Quote(speaker=slug_of_key[k], text=q.text, paragraph=q.paragraph))
    article = Article(
        slug=slug,
        stem=f.stem,
        path=f.path,
        title=title,
        date=d.meta.date,
        source=outlet_names.get(source_slug) if source_slug else None,
        source_slug=source_slug,
        authors=d.meta.authors,
        url=d.meta.url if d.meta.url and d.meta.url.startswith(("http://", "https://")) else None,
        paragraphs=f.clean.paragraphs,
        actor_slugs=actor_list,
        quotes=quotes,
        removed=f.clean.removed,
        warnings=f.clean.warnings,
        title_is_fallback=title_is_fallback,
        handwritten=f.kind == "handwritten",
        fingerprint=f.fingerprint,
        language=str(d.override["language"]) if "language" in d.override else f.language,
    )
    if d.meta.url and article.url is None:
        warn("unsafe url", f"{f.path}: original URL {d.meta.url!r} is not http(s); not linked")
    return article, roles_seen
