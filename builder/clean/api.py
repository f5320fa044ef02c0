"""Entry points of the cleaner. (Placeholder implementation: the cleaner issue replaces it.)"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from builder.model import CleanArticle, Metadata, RawArticle


@dataclass(frozen=True)
class CleanContext:
    """Everything outside the article that the cleaner may use.

    ``disabled_rules``: rule names switched off in briefing.yml.
    ``sources``: content/sources.yaml, lower-cased domain or name -> outlet display name.
    ``recurring_lines``: lines of this article that recur across the archive
    (from ``Evidence.for_article``): boilerplate evidence.
    """

    disabled_rules: frozenset[str] = frozenset()
    sources: tuple[tuple[str, str], ...] = ()
    recurring_lines: frozenset[str] = frozenset()


@dataclass
class Evidence:
    counts: dict[str, int] = field(default_factory=dict)

    def for_article(self, raw: RawArticle) -> frozenset[str]:
        return frozenset()


def collect_evidence(raws: Iterable[RawArticle]) -> Evidence:
    return Evidence()


def list_rules() -> list[str]:
    return []


def clean_article(raw: RawArticle, ctx: CleanContext) -> CleanArticle:
    blocks = [b.strip() for b in raw.text.replace("\r\n", "\n").split("\n\n")]
    paras = [" ".join(b.split()) for b in blocks if b]
    title = paras[0].lstrip("# ") if paras else None
    return CleanArticle(paragraphs=paras[1:], metadata=Metadata(title=title))
