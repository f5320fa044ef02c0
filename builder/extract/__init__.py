"""What the clean text says: people, their roles, their quotes.

Public interface::

    find_actors(paragraphs: list[str], registry: Registry, language: str | None = None) -> list[ActorMention]
    find_quotes(paragraphs: list[str], actors: list[ActorMention]) -> list[Quote]
    merge_actors(per_article: list[tuple[str, list[ActorMention]]], registry: Registry) -> Merge
    load_registry(path: Path) -> Registry   # content/actors.yaml
"""
