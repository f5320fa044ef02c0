"""Related articles, same-event stories and near-duplicate (syndicated) copies.

Candidates come from shared actors, limited to each actor's nearest articles in time,
so the cost stays linear in the archive size.
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from collections import defaultdict

from builder.model import Archive, Article

RELATED = 5  # related articles per page
NEIGHBOURS = 12  # per shared actor, articles this close in the actor's timeline are candidates
STORY_DAYS = 3  # same event: published within this many days
_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
STOP = frozenset(
    "that this with from have they their there which would could should about after before were been "
    "said says also will more than into over when what where while other some such only them then these "
    "those very just because during against between under even being most many much".split()
)


def _terms(a: Article) -> frozenset[str]:
    words = (w.lower() for p in a.paragraphs for w in _WORD.findall(p))
    return frozenset(w for w in words if w not in STOP)


def _shingles(a: Article) -> frozenset[int]:
    toks = [w.lower() for p in a.paragraphs for w in re.findall(r"\w+", p)]
    return frozenset(zlib.crc32(" ".join(toks[i : i + 5]).encode()) for i in range(max(1, len(toks) - 4)))


def _jaccard(a: frozenset[str] | frozenset[int], b: frozenset[str] | frozenset[int]) -> float:
    if not a or not b:
        return 0.0
    inter = len(a & b)
    return inter / (len(a) + len(b) - inter)


def _days_apart(a: Article, b: Article) -> int | None:
    if not a.date or not b.date:
        return None
    return abs((dt.date.fromisoformat(a.date) - dt.date.fromisoformat(b.date)).days)


def link_stories(archive: Archive) -> None:
    """Fill Article.related, Article.story and Article.duplicate_of in place."""
    arts = archive.articles
    terms = {s: _terms(a) for s, a in arts.items()}
    candidates: dict[str, set[str]] = defaultdict(set)
    for actor in archive.actors.values():
        seq = actor.articles  # date order
        for i, s in enumerate(seq):
            lo, hi = max(0, i - NEIGHBOURS), min(len(seq), i + NEIGHBOURS + 1)
            candidates[s].update(seq[lo:hi])
    scores: dict[str, list[tuple[float, str]]] = {}
    for s, cands in candidates.items():
        a = arts[s]
        mine = set(a.actor_slugs)
        ranked = []
        for c in cands:
            if c == s:
                continue
            b = arts[c]
            shared = len(mine & set(b.actor_slugs))
            score = shared / max(1, len(mine | set(b.actor_slugs))) + _jaccard(terms[s], terms[c])
            ranked.append((score, c))
        ranked.sort(key=lambda x: (-x[0], x[1]))
        scores[s] = ranked
        a.related = [c for _, c in ranked[:RELATED]]

    # Stories: union-find over pairs close in time with strong overlap.
    parent = {s: s for s in arts}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for s, ranked in scores.items():
        for score, c in ranked[:RELATED]:
            apart = _days_apart(arts[s], arts[c])
            shared = len(set(arts[s].actor_slugs) & set(arts[c].actor_slugs))
            if apart is not None and apart <= STORY_DAYS and shared >= 2 and score >= 0.6:
                ra, rb = find(s), find(c)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for s in arts:
        groups[find(s)].append(s)
    for members in groups.values():
        if len(members) > 1:
            story = min(members)
            for m in members:
                arts[m].story = story

    # Near-duplicates: syndicated copies share almost all their 5-word shingles.
    shingles: dict[str, frozenset[int]] = {}
    for s, ranked in sorted(scores.items()):
        for _, c in ranked[:RELATED]:
            if arts[s].duplicate_of or arts[c].duplicate_of:
                continue
            sa = shingles.setdefault(s, _shingles(arts[s]))
            sb = shingles.setdefault(c, _shingles(arts[c]))
            if _jaccard(sa, sb) >= 0.8:
                first, copy = sorted((s, c), key=lambda x: (arts[x].date or "9999", x))
                arts[copy].duplicate_of = first


def story_members(archive: Archive, article: Article) -> list[Article]:
    """Other articles of the same story, date order."""
    if not article.story:
        return []
    return sorted(
        (a for a in archive.articles.values() if a.story == article.story and a.slug != article.slug),
        key=lambda a: (a.date or "", a.slug),
    )
