"""What a resident process (`briefing serve`) keeps in memory from one build to the next.

A one-shot build reads every input, and takes every article's facts from the on-disk cache;
a rebuild in `serve` only reads the files whose size, modification time or inode changed and
reuses the facts it decoded last time, so its cost is what changed plus the archive-wide
stages. The memo holds only what the build would compute again the same way: a stale entry
is never used, because raw articles are matched by their file's stat signature and facts by
their cache key (which covers the bytes, the evidence, the settings and the code).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from builder.ingest import Skipped
from builder.model import ArticleFacts, Fingerprint, RawArticle

if TYPE_CHECKING:
    from builder.incremental import ModelState, PageState

StatKey = tuple[int, int, int]  # (st_mtime_ns, st_size, st_ino)


def stat_key(st: os.stat_result) -> StatKey:
    return (st.st_mtime_ns, st.st_size, st.st_ino)


@dataclass
class Memo:
    raws: dict[str, tuple[StatKey, RawArticle]] = field(default_factory=dict)  # input path -> raw
    skipped: list[Skipped] | None = None  # the input folder's files that are not articles, as last listed
    evidence: dict[tuple[str, str], tuple[set[str], str]] = field(default_factory=dict)  # (sha, path) -> lines, group
    facts: dict[str, ArticleFacts] = field(default_factory=dict)  # cache key -> facts
    # input path -> (raw, its recurring lines, its cache key) as the last build made them, and the
    # digest of the settings the keys were made with
    keys: dict[str, tuple[RawArticle, frozenset[str], str]] = field(default_factory=dict)
    keys_context: str = ""
    # the last merge of people across the archive, with what it was made from (builder.archive)
    merge: Any = None
    # the last candidate scores of related articles, with the features they came from (builder.stories)
    stories: Any = None
    fingerprints: dict[str, Fingerprint] | None = None  # article slug -> fingerprint, as stories last used them
    dup_buckets: dict[int, list[str]] | None = None  # min-hash value -> articles (builder.incremental)
    # the last archive with what it was made from, and the last build's pages (builder.incremental)
    model: ModelState | None = None
    pages: PageState | None = None
    search_parts: dict[str, bytes] = field(default_factory=dict)  # article slug -> its part of the search digest
