"""Quote spans -> speakers. (Placeholder: the actors issue replaces it.)"""

from __future__ import annotations

from builder.model import ActorMention, Quote


def find_quotes(paragraphs: list[str], actors: list[ActorMention]) -> list[Quote]:
    return []
