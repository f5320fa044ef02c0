"""Related articles, same-event stories and near-duplicate (syndicated) copies.

Every article is described by a small set of features: its distinctive words (the
fingerprint made per article in the worker pool), the words of its title and its actors.
Features are weighted by rarity (IDF), so a name like "Belenko" counts for much more than
"Ukraine". Candidates for an article come from an inverted index of features kept in date
order: for each feature, only the few articles nearest in time that share it. So the cost
is linear in the archive size (features per article x neighbours per feature), never a
comparison of every pair.

- related: the best-scoring candidates (weighted Jaccard of the feature sets);
- story: articles published within ``STORY_DAYS`` days of each other whose features
  overlap strongly are the same event. "Strongly" is ``STORY_SCORE`` in a small archive; in
  a large one it is also ``STORY_BACKGROUND`` times the median of the archive's own best
  same-window scores, since an archive on one subject has a high background similarity. Groups are merged
  strongest pair first and never grow past ``STORY_MAX`` members, so a busy week cannot
  chain into one giant "story";
- duplicate_of: a copy whose 5-word shingles almost all match (min-hash resemblance
  ``DUPLICATE``) an earlier article's; a copy always joins its original's story, dated or not.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from builder.fingerprint import fingerprint, resemblance
from builder.model import Archive, Article, Fingerprint
from builder.modelcache import ModelCache, digest

if TYPE_CHECKING:
    from builder.memo import Memo

RELATED = 5  # related articles shown per page
KEEP = 10  # related slugs kept per article (the page drops story members and copies from them)
NEIGHBOURS = 4  # per shared feature, this many articles on each side in date order are candidates
SCORED = 10  # candidates scored per article (those sharing the most features)
PROPOSE = 16  # an article's rarest features (shared with some other article) propose candidates
COMMON = 0.12  # features in more than this share of a large archive do not propose candidates
STORY_DAYS = 3  # same event: published within this many days
STORY_SCORE = 0.10  # ... and at least this weighted overlap of features
STORY_MAX = 12  # a story never grows past this many articles
# In a large archive, also this many times the median of the articles' best same-window scores:
# an overlap that stands out from the archive's background (one subject throughout raises it).
# (A quantile of those scores, the bar before, capped the share of articles in a story: with the
# 98th percentile, one in fifty. docs/dogfood.md)
STORY_BACKGROUND = 2.5
STORY_SAMPLE = 50  # ... once this many articles have a dated candidate
DUPLICATE = 0.7  # min-hash resemblance of a syndicated copy
DUP_KEYS = 6  # smallest shingle hashes indexed per article to find copies (a pair must share 2)
DUP_BUCKET = 16  # hashes shared by more articles than this are boilerplate, not copies
DUP_BEST = 3  # ... and an article's best related candidates are candidate copies
DUP_BEST_SCORE = 0.3  # ... when they score at least this
MIN_RELATED = 0.03  # below this, an article is not related at all
_TITLE_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
# A capitalised word inside a sentence (after a lower-case word or a comma): mostly names.


def _fingerprint(a: Article) -> Fingerprint:
    fp = a.fingerprint
    if fp.terms or fp.minhash or not a.paragraphs:
        return fp
    return fingerprint(a.paragraphs)


def _features(a: Article, fp: Fingerprint) -> frozenset[str]:
    feats = set(fp.terms)
    feats.update("^" + w for w in fp.names)
    if not a.title_is_fallback:
        feats.update(w.lower() for w in _TITLE_WORD.findall(a.title))
    feats.update("@" + s for s in a.actor_slugs)
    return frozenset(feats)


def _day(a: Article) -> int | None:
    if not a.date:
        return None
    try:
        return dt.date.fromisoformat(a.date).toordinal()
    except ValueError:
        return None


class _Groups:
    """Union-find with a size limit."""

    def __init__(self, items: list[str]) -> None:
        self.parent = {s: s for s in items}
        self.size = dict.fromkeys(items, 1)

    def find(self, x: str) -> str:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: str, b: str, limit: int | None = None) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if limit is not None and self.size[ra] + self.size[rb] > limit:
            return False
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size.pop(rb)
        return True


def link_stories(archive: Archive, memo: Memo | None = None, store: ModelCache | None = None) -> None:
    """Fill Article.related, Article.story and Article.duplicate_of in place. With a memo (a
    resident process), the candidate scores of the last build are reused when every article's
    features and the date order are the same (most edits of an article's text change neither);
    a one-shot build finds them in the model cache under the digest of the same inputs."""
    arts = archive.articles
    for a in arts.values():
        a.related, a.story, a.duplicate_of = [], None, None
    if len(arts) < 2:
        return
    order = sorted(arts.values(), key=lambda a: (a.date or "9999", a.slug))
    fps = {a.slug: _fingerprint(a) for a in order}
    named = {a.slug: _features(a, fps[a.slug]) for a in order}
    days = {a.slug: _day(a) for a in order}
    slugs = [a.slug for a in order]
    last = memo.stories if memo is not None else None
    if last is not None and last[0] == slugs and last[1] == named:
        scored: dict[str, list[tuple[float, str]]] = last[2]
    else:
        key = digest([slugs, [sorted(named[s]) for s in slugs]]) if store is not None else ""
        stored = store.get("stories", key) if store is not None else None
        scored = stored if stored is not None else _score(order, named)
        if store is not None and stored is None:
            store.put("stories", key, scored)
    if memo is not None:
        memo.stories = (slugs, named, scored)
        memo.fingerprints = fps
        memo.dup_buckets = None
    for a in order:
        a.related = [c for sc, c in scored[a.slug][:KEEP] if sc >= MIN_RELATED]
    _group_stories(arts, order, fps, days, scored)


def _score(order: list[Article], named: dict[str, frozenset[str]]) -> dict[str, list[tuple[float, str]]]:
    """Each article's best candidates (weighted Jaccard of features, best first)."""

    # Features are numbered rarest first, ties by name: the order in which an article's features
    # propose candidates is then the order of their numbers (and sets of small ints are cheap).
    df: Counter[str] = Counter()
    for fs in named.values():
        df.update(fs)
    vocabulary = sorted(df, key=lambda f: (df[f], f))
    number = {f: r for r, f in enumerate(vocabulary)}
    feats = {s: frozenset(map(number.__getitem__, fs)) for s, fs in named.items()}
    # Inverted index: feature -> article numbers, in date order (articles are numbered in date order).
    postings: list[list[int]] = [[] for _ in vocabulary]
    for i, a in enumerate(order):
        for f in feats[a.slug]:
            postings[f].append(i)
    n = len(order)
    idf = [math.log(1 + n / len(lst)) for lst in postings]
    # Sums over sets are rounded, so scores do not depend on the order a set is summed in.
    weight = {s: round(sum(map(idf.__getitem__, fs)), 9) for s, fs in feats.items()}
    too_common = max(2 * NEIGHBOURS + 1, int(COMMON * n))
    small = 2 * NEIGHBOURS + 1
    usable = frozenset(f for f, lst in enumerate(postings) if 1 < len(lst) <= too_common)

    scored: dict[str, list[tuple[float, str]]] = {}
    for i, a in enumerate(order):
        s = a.slug
        mine = feats[s]
        proposing = sorted(mine & usable)
        cands: list[int] = []
        for f in proposing[:PROPOSE]:
            lst = postings[f]
            if len(lst) <= small:
                cands += lst
            else:
                j = bisect_left(lst, i)
                cands += lst[max(0, j - NEIGHBOURS) : j + NEIGHBOURS + 1]
        hits = Counter(cands)
        hits.pop(i, None)
        ranked = []
        for c_i, _ in hits.most_common(SCORED):
            c = order[c_i].slug
            inter = round(sum(map(idf.__getitem__, mine & feats[c])), 9)
            union = weight[s] + weight[c] - inter
            ranked.append((inter / union if union > 0 else 0.0, c))
        ranked.sort(key=lambda x: (-x[0], x[1]))
        scored[s] = ranked
    return scored


def best_candidates(ranked: list[tuple[float, str]]) -> list[str]:
    """An article's related candidates that are candidate copies (the best, scoring high enough)."""
    return [c for sc, c in ranked[:DUP_BEST] if sc >= DUP_BEST_SCORE]


def minhash_buckets(slugs: list[str], fps: dict[str, Fingerprint]) -> dict[int, list[str]]:
    """Each of the smallest DUP_KEYS min-hash values -> the articles that have it, in ``slugs`` order."""
    return buckets_of((slug, fps[slug].minhash[:DUP_KEYS]) for slug in slugs)


def buckets_of(keys: Iterable[tuple[str, Sequence[int]]]) -> dict[int, list[str]]:
    """Each copy key -> the articles that have it, in the order given ((slug, its keys) pairs)."""
    buckets: dict[int, list[str]] = defaultdict(list)
    for slug, hs in keys:
        for h in hs:
            buckets[h].append(slug)
    return buckets


def _group_stories(
    arts: dict[str, Article],
    order: list[Article],
    fps: dict[str, Fingerprint],
    days: dict[str, int | None],
    scored: dict[str, list[tuple[float, str]]],
) -> None:
    """Near-duplicates and same-event stories from the candidate scores."""
    groups = _Groups([a.slug for a in order])
    # Near-duplicates: syndicated copies share almost all their shingles. Candidates: the best
    # related candidates, and articles sharing one of the smallest shingle hashes (a copy shares
    # them with a probability close to its resemblance), in buckets of bounded size.
    pairs: set[tuple[str, str]] = set()
    for s, ranked in scored.items():
        pairs.update((min(s, c), max(s, c)) for c in best_candidates(ranked))
    buckets = minhash_buckets([a.slug for a in order], fps)
    shared: Counter[tuple[str, str]] = Counter()
    for bucket in buckets.values():
        if 1 < len(bucket) <= DUP_BUCKET:
            shared.update((min(x, y), max(x, y)) for i, x in enumerate(bucket) for y in bucket[i + 1 :])
    pairs.update(p for p, k in shared.items() if k >= 2)
    rank_of = {a.slug: i for i, a in enumerate(order)}  # date order: the earlier article is the original
    for s, c in sorted(pairs, key=lambda p: (min(rank_of[p[0]], rank_of[p[1]]), p)):
        first, copy = sorted((s, c), key=rank_of.__getitem__)
        if arts[copy].duplicate_of or arts[first].duplicate_of:
            continue
        if resemblance(fps[s], fps[c]) >= DUPLICATE:
            arts[copy].duplicate_of = first
            groups.union(first, copy)

    # Stories: strongest pairs first, close in time, overlap that stands out from the archive's
    # background (in a large archive the bar is STORY_BACKGROUND times the median of the articles'
    # best scores in their time windows, never below STORY_SCORE), bounded size.
    window: dict[str, list[tuple[float, str]]] = {}
    for s, ranked in scored.items():
        ds = days[s]
        if ds is not None:
            window[s] = [(sc, c) for sc, c in ranked if (dc := days[c]) is not None and abs(ds - dc) <= STORY_DAYS]
    bar = STORY_SCORE
    best = sorted(w[0][0] for w in window.values() if w)
    if len(best) >= STORY_SAMPLE:
        bar = max(bar, STORY_BACKGROUND * best[len(best) // 2])
    edges: dict[tuple[str, str], float] = {}
    for s, w in window.items():
        for sc, c in w:
            if sc < bar:
                break
            edges[(s, c) if s < c else (c, s)] = sc
    for (s, c), _sc in sorted(edges.items(), key=lambda e: (-e[1], e[0])):
        groups.union(s, c, STORY_MAX)

    members: dict[str, list[str]] = defaultdict(list)
    for a in order:
        members[groups.find(a.slug)].append(a.slug)
    for ms in members.values():
        if len(ms) > 1:
            story = min(ms)
            for m in ms:
                arts[m].story = story


def story_index(archive: Archive) -> dict[str, list[str]]:
    """Story id -> member slugs in date order (undated last), in one pass over the archive."""
    out: dict[str, list[str]] = defaultdict(list)
    members = [a for a in archive.articles.values() if a.story]
    for a in sorted(members, key=lambda a: (a.date or "9999", a.slug)):
        out[a.story].append(a.slug)  # type: ignore[index]
    return dict(out)
