"""Mentions -> people. (Placeholder: the actors issue replaces it.)"""

from __future__ import annotations

from dataclasses import dataclass, field

from builder.extract.registry import Registry
from builder.model import ActorMention


def find_actors(paragraphs: list[str], registry: Registry) -> list[ActorMention]:
    return []


@dataclass
class MergedActor:
    name: str  # canonical display name
    forms: list[str]
    role: str | None = None  # registry role
    description: str | None = None


@dataclass
class Merge:
    """Result of merging per-article actors across the archive.

    ``actors``: canonical key -> MergedActor. ``of``: (article key, local name) -> canonical key,
    absent for excluded actors.
    """

    actors: dict[str, MergedActor] = field(default_factory=dict)
    of: dict[tuple[str, str], str] = field(default_factory=dict)


def merge_actors(per_article: list[tuple[str, list[ActorMention]]], registry: Registry) -> Merge:
    merge = Merge()
    for key, actors in per_article:
        for a in actors:
            merge.actors.setdefault(a.name, MergedActor(name=a.name, forms=list(a.mentions)))
            merge.of[(key, a.name)] = a.name
    return merge
