"""A resident process's fast path (`briefing serve`): when only the texts of a few articles
changed, patch the last build's archive, stories and page list in place instead of making them
again, and re-digest only the pages that show those articles.

The fast path applies when the change is *local*: the same input files, overrides and actor
registry, and for each changed article the same slug, title, date, outlet and people (so the
merge of people, the slugs, the outlets and the timeline are the same), the same features for
related articles, and the same stories and copies. Anything else — or any doubt — returns None
and the build takes the ordinary path, which makes everything from the articles' facts. A
changed article's Article object is updated in place, so every page that lists it still holds
it; the pages whose *inputs* are computed from its text (its own page, its people's pages, the
cleaning report) are made again. The tests compare the site after each kind of edit with a full
build's, byte for byte.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from builder.model import Actor, Archive, Article, ArticleFacts, Fingerprint

if TYPE_CHECKING:
    from builder.archive import _Draft
    from builder.content import Override
    from builder.deps import Digests
    from builder.extract.actors import Merge
    from builder.extract.registry import Registry
    from builder.memo import Memo
    from builder.render import Page, Renderer

Warn = Callable[[str, str], None]
PATCH_MAX = 16  # more changed articles than this: the ordinary path
# What a changed article may change and still be patched in place: its text and what is shown only
# with it (the other fields must be equal, or the change is not local).
CONTENT_FIELDS = ("authors", "url", "paragraphs", "quotes", "removed", "warnings", "fingerprint")


@dataclass
class ModelState:
    """What build_archive made the archive from, kept by a resident process."""

    facts: list[ArticleFacts]  # sorted as build_archive sorts them
    overrides: dict[str, dict[str, object]]
    registry: str
    drafts: list[_Draft]
    results: list[tuple[Article, list[tuple[str, list[str], str]]] | None]  # each draft's article and roles
    merge: Merge
    slug_of_key: dict[str, str]
    head: list[tuple[str, str]]  # warnings before the articles'
    segments: list[list[tuple[str, str]]]  # each draft's warnings
    tail: list[tuple[str, str]]  # warnings after them
    archive: Archive


@dataclass
class PageState:
    """The last build's renderer, pages and page digests, kept by a resident process."""

    renderer: Renderer
    pages: list[Page]
    digests: Digests
    page_digest: dict[str, str]  # page path -> input digest of what is in site/
    global_digest: str
    index: dict[str, list[int]] | None = None  # article slug -> positions of the pages whose inputs hold it
    star: list[int] = field(default_factory=list)  # pages that may show anything (deps "*")
    position: dict[str, int] | None = None  # page path -> its position (made when first needed)


@dataclass
class Patch:
    changed: list[Article]  # the changed articles' Article objects, updated in place
    warnings: list[tuple[str, str]]  # the model stage's warnings, as build_archive would report them
    report: bool  # what the cleaning report's summary counts (removals by rule, files to look at) changed


def _report_key(a: Article) -> tuple[list[str], bool]:
    return sorted(r.rule for r in a.removed), bool(a.warnings)


def patch_archive(
    memo: Memo, facts: list[ArticleFacts], overrides: dict[str, Override], registry: Registry
) -> Patch | None:
    """Update the last build's archive in place for a local change; None when it is not local."""
    from builder.archive import _apply_override, _collect, make_article

    state = memo.model
    if state is None:
        return None
    facts = sorted(facts, key=lambda f: (f.path, f.stem))
    if len(facts) != len(state.facts) or repr(registry) != state.registry:
        return None
    if {stem: ov.values for stem, ov in overrides.items()} != state.overrides:
        return None
    changed = [i for i, (f, pf) in enumerate(zip(facts, state.facts, strict=True)) if f is not pf]
    if len(changed) > PATCH_MAX:
        return None
    plans: list[tuple[int, Article, Article, Any, list[tuple[str, str]], list[tuple[str, list[str], str]]]] = []
    for i in changed:
        f, pf, old_draft, result = facts[i], state.facts[i], state.drafts[i], state.results[i]
        if (f.path, f.stem, f.kind) != (pf.path, pf.stem, pf.kind) or result is None:
            return None
        old, old_roles = result
        d = _apply_override(f, state.overrides.get(f.stem, {}))
        if d.actors != old_draft.actors or d.meta.source != old_draft.meta.source:
            return None  # the merge of people or the outlets' names could change
        seg: list[tuple[str, str]] = []
        outlet_slugs = {d.meta.source.lower(): old.source_slug} if d.meta.source and old.source_slug else {}
        outlet_names = {old.source_slug: old.source} if old.source_slug and old.source else {}
        made = make_article(
            d, _fixed(old.slug), outlet_slugs, outlet_names, state.merge, state.slug_of_key,
            _collect(seg, lambda _k, _m: None),
        )
        if made is None:
            return None
        new, roles = made
        same = (new.title, new.title_is_fallback, new.date, new.source, new.source_slug, new.actor_slugs,
                new.handwritten) == (old.title, old.title_is_fallback, old.date, old.source, old.source_slug,
                                     old.actor_slugs, old.handwritten)
        if not same or roles != old_roles:
            return None
        plans.append((i, old, new, d, seg, roles))
    out = []
    report = any(_report_key(old) != _report_key(new) for _i, old, new, *_rest in plans)
    for i, old, new, d, seg, roles in plans:
        for name in CONTENT_FIELDS:
            setattr(old, name, getattr(new, name))
        state.facts[i] = facts[i]
        state.drafts[i] = d
        state.segments[i] = seg
        state.results[i] = (old, roles)
        if memo.merge is not None and memo.merge[2] is state.merge:
            memo.merge[1][i] = (d.facts, d.override, d.actors)
        out.append(old)
    return Patch(out, [*state.head, *(w for seg in state.segments for w in seg), *state.tail], report)


def _fixed(slug: str) -> Callable[[str, str], str]:
    """A slug claim that gives the article the slug it had (its title is the same: so is its slug)."""
    return lambda _text, _kind: slug


def relink_stories(memo: Memo, archive: Archive, changed: list[Article], fps: dict[str, Fingerprint]) -> bool:
    """Related articles, stories and copies after a local change: the same features as last time
    give the same candidate scores, hence the same related articles and stories; copies are the
    same when the pairs that pass the resemblance bar are (builder.stories._group_stories takes
    pairs from the best scores and from shared min-hash values). False when that cannot be shown
    (the caller then links the stories of a freshly made archive)."""
    from builder.stories import _features, minhash_buckets

    last = memo.stories
    old_fps = memo.fingerprints
    if last is None or old_fps is None:
        return False
    _slugs, named, scored = last
    for a in changed:
        if a.slug not in named or _features(a, fps[a.slug]) != named[a.slug]:
            return False
    moved = [a.slug for a in changed if fps[a.slug].minhash != old_fps[a.slug].minhash]
    if moved:
        if len(moved) > 1:
            return False  # two changed articles may become copies of each other: not worked out here
        if memo.dup_buckets is None:
            memo.dup_buckets = minhash_buckets(list(old_fps), old_fps)
        if not _same_copies(moved[0], old_fps[moved[0]], fps[moved[0]], old_fps, scored, memo.dup_buckets):
            return False
    old_fps.update(fps)
    return True


def _same_copies(
    x: str, old: Fingerprint, new: Fingerprint, fps: dict[str, Fingerprint],
    scored: dict[str, list[tuple[float, str]]], buckets: dict[int, list[str]],
) -> bool:
    """Whether the pairs that pass the copy bar are the same with x's new min-hash as with its old
    one (and ``buckets`` updated to the new one if so)."""
    from builder.stories import best_candidates

    by_score = set(best_candidates(scored.get(x, [])))
    by_score.update(s for s, ranked in scored.items() if x in best_candidates(ranked))
    return copy_pairs_same(x, old, new, by_score, buckets, lambda slugs: {s: fps[s] for s in slugs})


def copy_pairs_same(
    x: str, old: Fingerprint, new: Fingerprint, by_score: set[str], buckets: dict[int, list[str]],
    fps_of: Callable[[list[str]], dict[str, Fingerprint]],
) -> bool:
    """_same_copies with x's candidates by score given, and the fingerprints of the candidates
    asked for (a one-shot build reads them from the facts cache: builder/quick.py)."""
    from builder.fingerprint import resemblance
    from builder.stories import DUP_BUCKET, DUP_KEYS, DUPLICATE

    old_keys, new_keys = set(old.minhash[:DUP_KEYS]), set(new.minhash[:DUP_KEYS])
    for h in old_keys ^ new_keys:  # a bucket x leaves or joins must stay on the same side of the size bar
        n = len(buckets.get(h, ()))
        after = n - 1 if h in old_keys else n + 1
        if (n <= DUP_BUCKET) != (after <= DUP_BUCKET):
            return False

    def candidates(keys: set[int]) -> set[str]:
        shared: dict[str, int] = {}
        for h in keys:
            members = [m for m in buckets.get(h, ()) if m != x]
            if 1 < len(members) + 1 <= DUP_BUCKET:
                for m in members:
                    shared[m] = shared.get(m, 0) + 1
        return by_score | {m for m, k in shared.items() if k >= 2}

    old_cands, new_cands = candidates(old_keys), candidates(new_keys)
    fps = fps_of(sorted(old_cands | new_cands))
    if not (old_cands | new_cands) <= fps.keys():
        return False

    def passing(cands: set[str], fp: Fingerprint) -> set[str]:
        return {c for c in cands if resemblance(fp, fps[c]) >= DUPLICATE}

    same = passing(old_cands, old) == passing(new_cands, new)
    if same:
        for h in old_keys - new_keys:
            buckets[h].remove(x)
            if not buckets[h]:
                del buckets[h]
        for h in new_keys - old_keys:
            buckets.setdefault(h, []).append(x)
    return same


def _articles_in(v: Any, out: set[str]) -> None:
    t = type(v)
    if t is Article:
        out.add(v.slug)
    elif t is list or t is tuple:
        for x in v:
            if type(x) is Article:
                out.add(x.slug)
            elif type(x) is not str:
                _articles_in(x, out)
    elif t is dict:
        for x in v.values():
            _articles_in(x, out)
    elif t is Actor or t is str or v is None or callable(v):
        return
    elif isinstance(v, (list, tuple)):
        for x in v:
            _articles_in(x, out)


def page_index(pages: list[Page]) -> tuple[dict[str, list[int]], list[int]]:
    """Article slug -> positions of the pages whose inputs (or context) hold that article; and the
    positions of the pages that may show anything in the archive."""
    index: dict[str, list[int]] = {}
    star = []
    for i, p in enumerate(pages):
        if "*" in p.deps:
            star.append(i)
        seen: set[str] = set()
        _articles_in(p.digest_input(), seen)
        for s in seen:
            index.setdefault(s, []).append(i)
    return index, star


def patch_pages(ps: PageState, archive: Archive, changed: list[Article], report: bool) -> list[int] | None:
    """Update the last build's page list for the changed articles: the pages made from their text
    are made again, and the positions of every page whose digest may have changed are returned.
    None when the pages made again are not the same paths as before."""
    r = ps.renderer
    dg = ps.digests
    for a in changed:
        r.forget(a)
        dg.forget(a)
    if ps.index is None:
        ps.index, ps.star = page_index(ps.pages)
    if ps.position is None:
        ps.position = {p.path: i for i, p in enumerate(ps.pages)}
    position = ps.position
    people = sorted({s for a in changed for s in a.actor_slugs if s in archive.actors})
    remade: list[Page] = [r.article_page(a) for a in changed]
    made_people = list(r.actor_pages_of([archive.actors[s] for s in people]))
    made_report = list(r.report_pages()) if report else []
    prefixes = tuple(f"actors/{s}/" for s in people)
    were_people = {path for path in position if path.startswith(prefixes) and not path.endswith("/feed.xml")}
    were_report = {path for path in position if path.startswith("report/")} if report else set()
    if {p.path for p in made_people} != were_people or {p.path for p in made_report} != were_report:
        return None  # a person's quotes or the report now fill another number of pages
    remade += made_people + made_report
    if not all(p.path in position for p in remade):
        return None
    todo = set(ps.star)
    for a in changed:
        todo.update(ps.index.get(a.slug, ()))
    for p in remade:
        i = position[p.path]
        ps.pages[i] = p
        todo.add(i)
        seen: set[str] = set()
        _articles_in(p.digest_input(), seen)
        for s in seen:
            lst = ps.index.setdefault(s, [])
            if i not in lst:
                lst.append(i)
    return sorted(todo)


def changed_pages(ps: PageState, positions: list[int]) -> Iterator[tuple[Page, str]]:
    """Of the pages at ``positions``, those whose input digest differs from the last build's, with it."""
    for i in positions:
        p = ps.pages[i]
        d = ps.digests.of(p)
        if ps.page_digest.get(p.path) != d:
            yield p, d
