"""One article on its own: clean, then find its people and quotes. Pure; runs in workers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from builder.clean import CleanContext, clean_article
from builder.extract.actors import find_actors, merge_actors, without_authors
from builder.extract.language import detect_language
from builder.extract.quotes import find_quotes
from builder.extract.registry import Registry
from builder.fingerprint import fingerprint
from builder.model import ArticleFacts, RawArticle


@dataclass(frozen=True)
class ProcessContext:
    clean: CleanContext = CleanContext()
    registry: Registry = field(default_factory=Registry)


def process(raw: RawArticle, ctx: ProcessContext) -> ArticleFacts:
    clean = clean_article(raw, ctx.clean)
    clean.warnings[:0] = list(raw.warnings)
    language = detect_language(clean.paragraphs)
    actors = find_actors(clean.paragraphs, ctx.registry, language)
    quotes = find_quotes(clean.paragraphs, actors)
    actors, quotes = without_authors(actors, quotes, clean.metadata.authors)
    return ArticleFacts(
        stem=raw.stem,
        path=raw.path,
        kind=raw.kind,
        clean=clean,
        actors=actors,
        quotes=quotes,
        fingerprint=fingerprint(clean.paragraphs),
        language=language,
    )


def facts_json(facts: ArticleFacts, registry: Registry, override: dict[str, Any] | None = None) -> dict[str, Any]:
    """The stable ``briefing clean --json`` object for one article."""
    meta = facts.clean.metadata
    ov = override or {}
    merge = merge_actors([(facts.stem, facts.actors)], registry)
    actors = []
    for a in facts.actors:
        key = merge.of.get((facts.stem, a.name))
        if key is None or a.name in ov.get("drop_actors", []):
            continue
        actors.append({"name": merge.actors[key].name, "mentions": list(a.mentions)})
    quotes = []
    for q in facts.quotes:
        key = merge.of.get((facts.stem, q.speaker))
        if key is not None:
            quotes.append({"speaker": merge.actors[key].name, "text": q.text})
    return {
        "title": ov.get("title", meta.title),
        "date": ov.get("date", meta.date),
        "source": ov.get("source", meta.source),
        "authors": list(ov.get("authors", meta.authors)),
        "url": ov.get("url", meta.url),
        "language": ov.get("language", facts.language),
        "paragraphs": list(facts.clean.paragraphs),
        "actors": actors,
        "quotes": quotes,
        "removed": [{"text": r.text, "rule": r.rule} for r in facts.clean.removed],
    }
