"""A one-shot build's quick path: one article (or a few) edited since the last build, nothing else.

`briefing serve` rebuilds such an edit in under a second because it keeps the last build's
archive and pages in memory (builder/incremental.py). A one-shot `briefing build` has no memory:
the ordinary path decodes every article's facts and makes the model and every page's digest
again (about 8 s at 10,000 articles). This path does what `serve` does from what the last build
left on disk instead (builder/quickstate.py), and only when it can show the result is the one
the ordinary path would write:

1. the inputs differ from the last build's only in the contents of at most QUICK_MAX article
   files (no file added, removed or renamed; the same configuration, content, theme and code);
2. the site is as the last build left it (the record's manifest, the times of its folders);
3. each changed file leaves the archive's recurring lines as they were (same_evidence), so every
   other article's facts are the same; it is cleaned in a child forked at the start of the
   build (WarmCleaner), which loads the cleaner while this process loads the lean archive;
4. for each, the model decides the same as before: the same slug, title, date, outlet and people
   with the same roles, the same language and warnings, the same features for related articles,
   the same copies (builder.incremental's tests, with the candidates read from the state), and
   its people's articles and quotes fill the same pages;
5. the pages whose inputs hold a changed article are made from the lean archive and digested as
   the ordinary path digests them; those whose digest changed are rendered (the articles they
   show whole read back from the facts cache) while a child patches the search index (never
   rebuilds it); every other file is kept, and the site is written in place.

Anything else raises QuickAbort with the reason before anything is written, and the ordinary
path builds. tests/test_quick.py compares the site after each kind of edit with a full build's,
byte for byte.
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from builder.config import Config
from builder.ingest import KINDS
from builder.model import Archive, Article, ArticleFacts, Fingerprint
from builder.quickstate import QuickState, archive_blob, article_entry, lean_archive
from builder.uptodate import Scan, signed_folders

if TYPE_CHECKING:
    from builder.modelcache import ModelCache
    from builder.output import SiteWriter
    from builder.render import Page

QUICK_MAX = 4  # more changed files than this: the ordinary path
NO_QUICK_STATE = "no state from the last build"
Lines = dict[str, dict[str, tuple[int, int, int, bool]]]  # folder -> rel -> (size, mtime, mode, is dir)


def scan_lines(cfg: Config, scan: Scan) -> Lines:
    """The look at the input folders a signature was made from, as plain data."""
    out: Lines = {}
    for folder in signed_folders(cfg):
        entries = {}
        for rel, is_dir, st in scan.get(folder, []):
            entries[rel] = (st.st_size, st.st_mtime_ns, st.st_mode, is_dir) if st is not None else (-1, -1, -1, is_dir)
        out[str(folder)] = entries
    return out


def site_dirs(out: Path, paths: list[str]) -> dict[str, int]:
    """The modification time of each folder that holds one of these files (of every folder of the
    site, given its files: a file added, removed or renamed in a folder changes its time, which is
    how the quick path knows the site is as the last build left it without listing 14,000
    folders)."""
    dirs = {""}
    for rel in paths:
        while "/" in rel:
            rel = rel.rpartition("/")[0]
            if rel in dirs:
                break
            dirs.add(rel)
    out_s = str(out)
    return {d: _dir_time(out_s, d) for d in sorted(dirs)}


def _dir_time(out: str, d: str) -> int:
    """A site folder's modification time (-1: gone or unreadable)."""
    try:
        return os.stat(os.path.join(out, d) if d else out).st_mtime_ns
    except OSError:
        return -1


# ---- what an ordinary one-shot build saves for the next one ----------------------------------


def capture_model(capture: dict[str, Any] | None, archive: Archive) -> None:
    """The copy keys of every article (its smallest min-hash values), taken before the
    fingerprints are dropped."""
    if capture is not None:
        from builder.stories import DUP_KEYS

        capture["minhash"] = {a.slug: list(a.fingerprint.minhash[:DUP_KEYS]) for a in archive.articles.values()}


def save(cfg: Config, capture: dict[str, Any], signature: str, scan: Scan, archive: Archive,
         pages: list[Page], global_digest: str, store: ModelCache, site: list[str]) -> None:
    """The state the next one-shot build's quick path starts from (see builder/quickstate.py)."""
    from builder.deps import Digests
    from builder.incremental import page_index
    from builder.stories import best_candidates

    state = QuickState(cfg.path("cache"))
    try:
        stories = store.data.get("stories")
        evidence = store.data.get("evidence")
        if not (isinstance(stories, tuple) and isinstance(evidence, tuple)) or "minhash" not in capture:
            state.drop()
            return
        scored: dict[str, list[tuple[float, str]]] = stories[1]
        by_file: dict[tuple[str, str], tuple[set[str], str]] = evidence[1]
        cands: dict[str, set[str]] = {}
        for s, ranked in scored.items():
            for c in best_candidates(ranked):
                cands.setdefault(s, set()).add(c)
                cands.setdefault(c, set()).add(s)
        index, star = page_index(pages)
        paths = [p.path for p in pages]
        by_path = {a.path: a for a in archive.articles.values()}
        rows = {}
        for path, a in by_path.items():
            if a.handwritten:
                continue
            sha = capture["shas"].get(path)
            ev = by_file.get((sha, path)) if sha else None
            rows[path] = {
                "fkey": capture["fkeys"].get(path),
                "rec": sorted(capture["recs"].get(path, ())),
                "ev": (sorted(ev[0]), ev[1]) if ev is not None else None,
                "pages": [paths[i] for i in index.get(a.slug, ())],
                "names": capture["names"].get(path, {}),
                "cands": sorted(cands.get(a.slug, ())),
                "cuts": _cuts(a),
                "entry": article_entry(a),  # (as in the lean archive: for the cleaner child)
            }
        counts: dict[str, Counter[str]] = {}
        for lines, group in by_file.values():
            tally = counts.get(group)
            if tally is None:
                tally = counts[group] = Counter()
            tally.update(lines)
        meta: dict[str, Any] = {f"lines {g}": dict(t) for g, t in counts.items()}
        meta |= {
            "dirs": site_dirs(cfg.path("output"), site),
            "head": {"signature": signature, "lines": scan_lines(cfg, scan), "global": global_digest,
                     "overrides": sorted(capture["overrides"]), "ctx": capture["ctx"],
                     "star": [paths[i] for i in star]},
            "lean": signature,  # (the lean archive's tag: the file beside the state)
            "delta": {},
            "sources": capture["sources"],
            "shas": capture["shas"],
            "minhash": capture["minhash"],
            "cards": Digests(archive, capture["sources"], global_digest).cards(),
            "search parts": capture["search_parts"],
        }
        state.put_lean(archive_blob(archive), signature)
        state.put(meta, rows, replace=True)
    except OSError:
        state.drop()
    finally:
        state.close()


# ---- the quick path ----------------------------------------------------------------------------


def changed_articles(head: dict[str, Any], lines: Lines, cfg: Config) -> list[str]:
    """The input files (relative to the input folder) whose contents changed since the build the
    state belongs to (QuickAbort when anything else changed)."""
    old: Lines = head["lines"]
    if old.keys() != lines.keys():
        raise QuickAbort("another set of input folders")
    in_dir = str(cfg.path("input"))
    for folder, entries in lines.items():
        if folder != in_dir and entries != old[folder]:
            raise QuickAbort("content, theme or settings changed")
    now, then = lines[in_dir], old[in_dir]
    if now.keys() != then.keys():
        raise QuickAbort("files added or removed")
    changed = []
    for rel, st in now.items():
        if st != then[rel]:
            if st[3]:
                if then[rel][3]:
                    continue  # a folder's own time (an editor saved by renaming into it)
                raise QuickAbort("a folder added or removed")
            if not rel.lower().endswith(tuple(KINDS)):
                raise QuickAbort("a file that is not an article changed")
            changed.append(rel)
    if not 0 < len(changed) <= QUICK_MAX:
        raise QuickAbort(f"{len(changed)} articles changed (at most {QUICK_MAX})")
    return changed


def quick_state_exists(cfg: Config) -> bool:
    from builder.quickstate import FILE

    return (cfg.path("cache") / FILE).is_file()


def warm_cleaner(cfg: Config) -> WarmCleaner | None:
    """The cleaner child, forked now, for a one-shot build that may take the quick path (if there
    is a state to start from)."""
    return WarmCleaner(cfg.path("cache"), cfg.path("output")) if quick_state_exists(cfg) else None


class Changed(NamedTuple):
    """A changed file as the cleaner child made it."""

    rel: str
    sha: str
    key: str  # its facts' cache key
    blob: bytes  # its facts, encoded for the cache
    evidence: tuple[list[str], str]  # its short lines and outlet group
    article: Article  # as the model makes it (its slug, people, related... as last time)
    source: str  # its source digest (the facts' key, and its override if it has one)
    old_fp: Fingerprint
    new_fp: Fingerprint


@dataclass
class Plan:
    """What try_quick found, for write_quick and save_after."""

    head: dict[str, Any]  # the state's head: what the last build was made from
    lines: Lines  # the look at the input folders this build signed
    signature: str
    rows: dict[str, dict[str, Any]]  # the changed files' rows
    made: list[Changed]  # the changed files, as the cleaner child made them
    changed: list[Article]  # the lean articles whose text changed, given their new facts
    fresh: dict[str, bytes]  # their facts, encoded for the cache
    sources: dict[str, str]  # every article's source digest (the changed ones' new)
    shas: dict[str, str]  # every input file's sha256
    minhash: dict[str, list[int]]  # every article's copy keys
    delta: dict[str, tuple[Any, ...]]  # the lean entries quick builds changed since the last ordinary build
    cards: dict[str, str]  # the unchanged articles' card digests
    report_summary: bool  # the cleaning report's summary may change
    previous: dict[str, str]  # the last build's page digests
    search: Any  # the search patch's child (builder.background.Background)
    renderer: Any
    global_digest: str
    search_parts: dict[str, bytes] = field(default_factory=dict)  # the changed articles' (from the child)


class WarmCleaner:
    """A child forked at the start of a one-shot build: it loads the cleaner and the model (half a
    second of imports and compiled patterns) while this process looks at the inputs and the site,
    then cleans the changed files it is sent (clean_changed). Told nothing, it ends."""

    def __init__(self, cache_dir: Path, out: Path) -> None:
        import multiprocessing

        from builder.background import Background

        ctx = multiprocessing.get_context("fork")
        inbox, self._send = ctx.Pipe(duplex=False)
        self.job: Any = Background("quick clean", _warm_clean, inbox, cache_dir, out)
        inbox.close()

    def request(self, *args: Any) -> None:
        self._send.send(args)
        self._send.close()

    def result(self) -> tuple[list[Changed], bool] | str:
        """The changed files made, and whether every file of the site's manifest is there; or why not."""
        result: tuple[list[Changed], bool] | str = self.job.result()
        return result

    def stop(self) -> None:
        self._send.close()
        self.job.cancel()


def _warm_clean(inbox: Any, cache_dir: Path, out: Path) -> tuple[list[Changed], bool] | str:
    from builder.patterncache import CLEANER_STAGES, import_with_patterns

    # loaded before the request comes, their patterns' compiled code read back (builder/patterncache.py)
    import_with_patterns(cache_dir, CLEANER_STAGES)
    # The site is as the last build left it: no file added, removed or renamed in any of its
    # folders since (their times are those the last build saw after writing).
    dirs = QuickState(cache_dir)
    try:
        then = dirs.get_patched("dirs")
    finally:
        dirs.close()
    here = isinstance(then, dict) and _same_dirs(out, then)
    try:
        request = inbox.recv()
    except EOFError:
        return "stopped"
    try:
        changed = clean_changed(*request)
    except QuickAbort as exc:
        return str(exc)
    return changed, here


def _same_dirs(out: Path, then: dict[str, int]) -> bool:
    out_s = str(out)
    return all(mtime != -1 and _dir_time(out_s, d) == mtime for d, mtime in then.items())


def clean_changed(cfg: Config, rels: list[str], ctx_digest: str, override_stems: list[str]) -> list[Changed]:
    """Each changed file read, cleaned with its last share of the evidence and made an article as
    the model made it last time (QuickAbort when its share or what the model decides may change)."""
    from builder.cache import FactsCache, article_key, decode, digest_of
    from builder.clean import evidence_of
    from builder.errors import Diagnostics
    from builder.facts import _init_worker, _work, article_context, context_digest
    from builder.ingest import read_raw
    from builder.quickstate import lean_article

    state = QuickState(cfg.path("cache"))
    try:
        rows = state.rows(rels)
        if len(rows) != len(rels) or any(rows[r]["ev"] is None or "entry" not in rows[r] for r in rels):
            raise QuickAbort("a changed file is not an article of the last build")
        near = {r: state.get(f"lines {rows[r]['ev'][1]}") or {} for r in rels}
    finally:
        state.close()
    ctx = article_context(cfg, Diagnostics())
    if context_digest(ctx) != ctx_digest:
        raise QuickAbort("the cleaner's settings, outlet names or registry changed")
    _init_worker(ctx)
    overrides: dict[str, dict[str, object]] = {}
    if any(Path(r).stem in override_stems for r in rels):
        from builder.content import load_overrides

        overrides = {stem: o.values for stem, o in load_overrides(cfg.path("content") / "articles",
                                                                   lambda _k, _m: None).items()}
    cache = FactsCache(cfg.path("cache") / "facts.sqlite", lambda _k, _m: None)
    try:
        old_blobs = cache.get_many([rows[r]["fkey"] for r in rels])
    finally:
        cache.close()
    out = []
    for rel in rels:
        row = rows[rel]
        try:
            raw = read_raw(cfg.path("input") / rel, rel)
        except (OSError, ValueError):
            raise QuickAbort("a changed file could not be read") from None  # (the ordinary path reports it)
        lines, group = evidence_of(raw)
        if not same_evidence(set(row["ev"][0]), lines, row["ev"][1], group, near[rel]):
            raise QuickAbort("a changed file's share of the recurring lines may change")
        rec = frozenset(row["rec"])
        key = article_key(raw.sha256, rel, ctx_digest, rec)
        blob = _work((key, raw, rec))
        old_d, decoded = old_blobs.get(row["fkey"]), decode(blob)
        if old_d is None or decoded is None:
            raise QuickAbort("the changed file's last facts are not in the cache")
        old_f, new_f = ArticleFacts.from_dict(old_d), ArticleFacts.from_dict(decoded[1])
        override = overrides.get(Path(rel).stem, {})
        new = _same_model(old_f, new_f, lean_article(row["entry"]), row, override)
        source = digest_of([key, override]) if override else key  # (as make_archive)
        out.append(Changed(rel, raw.sha256, key, blob, (sorted(lines), group), new, source, old_f.fingerprint,
                           new_f.fingerprint))
    return out


def same_evidence(old: set[str], new: set[str], old_group: str, group: str, near: dict[str, int]) -> bool:
    """Whether an article's new short lines leave the archive's recurring lines (those in at least
    three articles of its outlet group) as they were: every line it dropped was in at most two
    articles, every line it gained in at most one other. ``near``: the number of articles of the
    group each short line is in. Then no article's share of the evidence changes."""
    from builder.clean.api import MIN_ARTICLES

    if group != old_group:
        return False
    return all(near.get(k, 0) < MIN_ARTICLES for k in old - new) and all(
        near.get(k, 0) + 1 < MIN_ARTICLES for k in new - old
    )


class _Names:
    """A stand-in for the merge of people: an article's names -> its people, as the last build
    merged them (the article's people are the same, so is their merge)."""

    def __init__(self, path: str, names: dict[str, str]) -> None:
        self.of = {(path, n): n for n in names}
        self.slug_of_key = dict(names)


def _made(facts: ArticleFacts, old: Article, names: dict[str, str],
          override: dict[str, object]) -> tuple[Any, list[tuple[str, str]]] | None:
    """make_article for the facts with the old article's slug and outlet, and its warnings."""
    from builder.archive import _apply_override, make_article

    d = _apply_override(facts, override)
    seg: list[tuple[str, str]] = []
    n = _Names(facts.path, names)
    outlet_slugs = {d.meta.source.lower(): old.source_slug} if d.meta.source and old.source_slug else {}
    outlet_names = {old.source_slug: old.source} if old.source_slug and old.source else {}
    made = make_article(d, lambda _t, _k: old.slug, outlet_slugs, outlet_names, n,  # type: ignore[arg-type]
                        n.slug_of_key, lambda k, m: seg.append((k, m)))
    return (made, seg) if made is not None else None


def _same_model(old_f: ArticleFacts, new_f: ArticleFacts, lean: Article, row: dict[str, Any],
                override: dict[str, object]) -> Article:
    """The changed article as the model makes it, when the model decides for it what it did last
    time (else QuickAbort)."""
    from builder.stories import _features

    if old_f.actors != new_f.actors:
        raise QuickAbort("the article's people changed")
    was, now = _made(old_f, lean, row["names"], override), _made(new_f, lean, row["names"], override)
    if was is None or now is None:
        raise QuickAbort("the article is empty")
    (old, old_roles), old_seg = was
    (new, new_roles), new_seg = now
    keys = ("slug", "title", "title_is_fallback", "date", "source", "source_slug", "actor_slugs", "handwritten",
            "language")
    if any(getattr(old, k) != getattr(lean, k) or getattr(new, k) != getattr(lean, k) for k in keys):
        raise QuickAbort("the article's title, date, outlet, people or language changed")
    if old_roles != new_roles or old_seg != new_seg or old_f.clean.warnings != new_f.clean.warnings:
        raise QuickAbort("the article's roles or warnings changed")
    if _features(old, old_f.fingerprint) != _features(new, new_f.fingerprint):
        raise QuickAbort("the article's related-article features changed")
    new.related, new.story, new.duplicate_of = lean.related, lean.story, lean.duplicate_of
    return new


def _same_copies(slug: str, old: Fingerprint, new: Fingerprint, row: dict[str, Any], minhash: dict[str, list[int]],
                 fps: Callable[[list[str]], dict[str, Fingerprint]]) -> bool:
    """Whether the article's copies are the same with its new min-hash (builder.incremental)."""
    from builder.incremental import copy_pairs_same
    from builder.stories import buckets_of

    if old.minhash == new.minhash:
        return True
    return copy_pairs_same(slug, old, new, set(row["cands"]), buckets_of(minhash.items()), fps)


def _pages(renderer: Any, archive: Archive, wanted: set[str], previous: dict[str, str]) -> list[Page]:
    """The pages at these paths, made by the Renderer methods the ordinary path makes them with
    (each kind of page only if one is wanted: an article's page alone, a person's pages alone).
    ``previous``: the last build's pages (a person's quotes may now fill another number of pages:
    QuickAbort)."""
    import itertools

    out: list[Page] = []
    people: set[str] = set()
    kinds: set[str] = set()
    for path in wanted:
        head, _, rest = path.partition("/")
        if path.endswith("feed.xml"):
            kinds.add("feed")
        elif head == "articles" and rest.endswith("/index.html") and rest.count("/") == 1:
            a = archive.articles.get(rest.removesuffix("/index.html"))
            if a is not None:
                out.append(renderer.article_page(a))
        elif head == "actors" and rest not in ("index.html", "by-name/index.html"):
            people.add(rest.partition("/")[0])
        elif head == "actors":
            kinds.add("people")
        elif head in ("index.html", "timeline"):
            kinds.add("timeline")
        else:
            kinds.add(head)
    made: list[Any] = [out]
    if people:
        theirs = list(renderer.actor_pages_of([archive.actors[s] for s in sorted(people) if s in archive.actors]))
        prefixes = tuple(f"actors/{s}/" for s in people)
        were = {p for p in previous if p.startswith(prefixes) and not p.endswith("feed.xml")}
        if {p.path for p in theirs} != were:
            raise QuickAbort("a person's articles or quotes now fill another number of pages")
        made.append(theirs)
    if "people" in kinds:
        made.append(itertools.islice(renderer.actor_pages(), 2))
    if "feed" in kinds:
        made.append(renderer.feed_pages(wanted))
    if "timeline" in kinds:
        made.append(renderer.timeline_pages(wanted))
    if "sources" in kinds:
        made.append(renderer.outlet_pages(wanted))
    if "report" in kinds:
        made.append(renderer.report_pages(wanted))
    if kinds - {"feed", "people", "timeline", "sources", "report"}:
        made.append(renderer.pages())  # (another kind of page: made as the ordinary path makes all)
    seen: set[str] = set()
    pages = []
    for p in itertools.chain.from_iterable(made):
        if p.path in wanted and p.path not in seen:
            seen.add(p.path)
            pages.append(p)
    return pages


def _whole(pages: list[Page]) -> set[str]:
    """The articles these pages show more of than their card (builder.deps's contract)."""
    from builder.incremental import _articles_in

    out: set[str] = set()
    for p in pages:
        out.update(a.slug for a in p.full)
        if not p.cards:
            _articles_in(p.digest_input(), out)
    return out


def try_quick(cfg: Config, record: dict[str, Any], scan: Scan, signature: str, cleaner: WarmCleaner,
              timings: dict[str, float], writer: SiteWriter) -> tuple[Archive, Plan]:
    """The quick path, up to the files to write: the lean archive and what to write and save (the
    search index's patch started in a child, writing into ``writer``'s temporary folder).
    QuickAbort: the ordinary path builds (nothing was written)."""
    if record.get("diagnostics", {}).get("errors"):
        raise QuickAbort("the last build had errors")
    state = QuickState(cfg.path("cache"))
    try:
        head = state.get("head")
        if not isinstance(head, dict) or head.get("signature") != record.get("signature"):
            raise QuickAbort(NO_QUICK_STATE)
        lines = scan_lines(cfg, scan)
        rels = changed_articles(head, lines, cfg)
        rows = state.rows(rels)
        if len(rows) != len(rels):
            raise QuickAbort("a changed file is not an article of the last build")
        # (a small request: a pipe holds 64 kB, and the child reads it once its modules are loaded)
        cleaner.request(cfg, rels, head["ctx"], head["overrides"])
        return _prepare(cfg, state, head, lines, signature, rels, rows, cleaner, timings,
                        str(record.get("manifest")), writer)
    finally:
        state.close()


def _prepare(cfg: Config, state: QuickState, head: dict[str, Any], lines: Lines, signature: str, rels: list[str],
             rows: dict[str, dict[str, Any]], cleaner: WarmCleaner, timings: dict[str, float], record_manifest: str,
             writer: SiteWriter) -> tuple[Archive, Plan]:
    from builder.cache import FactsCache
    from builder.deps import load_state
    from builder.model import needs_a_look
    from builder.uptodate import manifest_digest_of

    t = time.perf_counter()
    tag = state.get("lean")
    blob, delta = state.get_lean(tag) if isinstance(tag, str) else None, state.get("delta")
    sources, shas = state.get_patched("sources"), state.get_patched("shas")
    minhash, cards = state.get_patched("minhash"), state.get_patched("cards")
    if blob is None or delta is None or sources is None or shas is None or minhash is None or cards is None:
        raise QuickAbort("the state is incomplete")
    archive = lean_archive(blob, delta)
    # Freed now, before the search child is forked: freed at the function's end, its 200,000 tuples
    # and lists (those the archive did not take over) would make the kernel copy every page they
    # sit on while the child runs (10,000 page faults, 0.3 s in a timeline taken on a busy machine).
    del blob
    by_path = {a.path: a for a in archive.articles.values()}
    if any(r not in by_path for r in rels):
        raise QuickAbort("a changed file is not in the archive")
    previous = load_state(cfg.path("cache"))
    timings["read"] = time.perf_counter() - t
    t = time.perf_counter()
    got = cleaner.result()
    if isinstance(got, str):
        raise QuickAbort(got)
    made, here = got
    old_manifest = writer.old_manifest_bytes
    if not here or old_manifest is None or record_manifest != manifest_digest_of(old_manifest):
        raise QuickAbort("the site is not what the last build wrote")
    timings["clean"] = time.perf_counter() - t
    t = time.perf_counter()
    cache = FactsCache(cfg.path("cache") / "facts.sqlite", lambda _k, _m: None)
    try:
        now = Counter({**shas, **{c.rel: c.sha for c in made}}.values())
        changed: list[Article] = []
        fresh: dict[str, bytes] = {}
        summary = False
        for c in made:
            if c.sha == shas.get(c.rel):
                continue  # the same bytes (the file was only touched): the same facts
            if now[c.sha] > 1 or shas.get(c.rel) in now:  # (as builder.facts._same_evidence)
                raise QuickAbort("a changed file is a copy of another file, or was")
            lean = by_path[c.rel]

            def fps(slugs: list[str]) -> dict[str, Fingerprint]:
                return {s: f.fingerprint for s, f in _facts_of(archive, slugs, state, cache).items()}

            if not _same_copies(lean.slug, c.old_fp, c.new_fp, rows[c.rel], minhash, fps):
                raise QuickAbort("the article's copies could change")
            if [r.rule for r in lean.removed] != [r.rule for r in c.article.removed] or needs_a_look(lean):
                summary = True  # (the report's summary counts its removals' rules, or lists it)
            for name in ("authors", "url", "paragraphs", "quotes", "removed", "warnings"):
                setattr(lean, name, getattr(c.article, name))
            changed.append(lean)
            fresh[c.key] = c.blob
            sources[c.rel] = c.source
            shas[c.rel] = c.sha
            minhash[lean.slug] = list(c.new_fp.minhash[: len(minhash.get(lean.slug, []))])
        timings["model"] = time.perf_counter() - t
    finally:
        cache.close()
    search = _start_search(cfg, archive, previous, sources, changed, writer)
    try:
        # (the theme and the renderer: after the search child is forked, which needs neither)
        renderer, global_digest = _renderer(cfg, archive, head, previous)
    except BaseException:
        search.cancel()
        raise
    for a in changed:  # (in place: a copy would touch its 10,000 entries, each a page the fork copies)
        cards.pop(a.slug, None)
    return archive, Plan(head, lines, signature, rows, made, changed, fresh, sources, shas, minhash, delta,
                         cards, summary, previous, search, renderer, global_digest)


def _start_search(cfg: Config, archive: Archive, previous: dict[str, str], sources: dict[str, str],
                  changed: list[Article], writer: SiteWriter) -> Any:
    """The search index's patch, started in a forked child (builder.background)."""
    from builder.background import Background
    from builder.pipeline import SEARCH_STATE, last_search_files

    old_search = set(last_search_files(previous))
    return Background("search patch", _search_patch, archive, cfg.title, cfg.path("cache"),
                      {p: sha for p, sha in writer.old_manifest.items() if p in old_search},
                      previous.get(SEARCH_STATE, ""), sources, writer.staging, {a.slug for a in changed})


def _renderer(cfg: Config, archive: Archive, head: dict[str, Any], previous: dict[str, str]) -> tuple[Any, str]:
    """The Renderer and the global digest (QuickAbort: the theme or settings changed)."""
    from builder.deps import Digests, theme_digest
    from builder.patterncache import cached_patterns
    from builder.pipeline import _theme

    with cached_patterns(cfg.path("cache")):  # (the renderer's, Markdown's and the template engine's patterns)
        theme, asset_map, _static, template_cache = _theme(cfg)
        global_digest = theme_digest(theme, asset_map, cfg)
        if global_digest != head["global"] or previous.get(Digests.STATE_KEY) != global_digest:
            raise QuickAbort("the theme or settings changed")
        from builder.render import Renderer

        renderer = Renderer(cfg, theme, archive, asset_map, template_cache)
    return renderer, global_digest


def _to_render(cfg: Config, archive: Archive, plan: Plan) -> list[tuple[Page, str]]:
    """The pages that show a changed article and whose input digest changed, with it (the
    articles they show whole given their text back)."""
    from builder.cache import FactsCache
    from builder.deps import Digests
    from builder.incremental import _articles_in
    from builder.render import REPORT

    changed = plan.changed
    if not changed:
        return []
    wanted = set(plan.head["star"])  # (the pages that may show anything)
    if plan.report_summary:
        wanted.add("report/index.html")
    for a in changed:
        wanted.update(plan.rows[a.path]["pages"])
    pages = _pages(plan.renderer, archive, wanted, plan.previous)
    if {p.path for p in pages} != wanted:
        raise QuickAbort("the pages that show the article are not those of the last build")
    digests = Digests(archive, plan.sources, plan.global_digest)
    digests.known_cards(plan.cards)  # (every article's but the changed ones')
    previous = plan.previous
    redo = []
    for p in pages:
        d = digests.of(p)
        if previous.get(p.path) != d:
            redo.append((p, d))
    lean_slugs = {a.slug for a in archive.articles.values() if not a.handwritten} - {a.slug for a in changed}
    need = sorted(_whole([p for p, _ in redo if p.template != REPORT]) & lean_slugs)
    listed: set[str] = set()  # the articles of report pages: their removals read back (their rows')
    for p, _ in redo:
        if p.template == REPORT:
            _articles_in(p.digest_input(), listed)
    cuts = sorted(listed & lean_slugs - set(need))
    if need or cuts:
        state = QuickState(cfg.path("cache"))
        cache = FactsCache(cfg.path("cache") / "facts.sqlite", lambda _k, _m: None)
        try:
            _hydrate(archive, need, state, cache)
            _give_cuts(archive, cuts, state)
        finally:
            cache.close()
            state.close()
    return redo


def _search_patch(archive: Archive, title: str, cache_dir: Path, previous: dict[str, str], last_digest: str,
                  sources: dict[str, str], staging: str,
                  fresh: set[str]) -> tuple[str, dict[str, bytes], dict[str, Any] | None]:
    """In a forked child: the search files' input digest, the changed articles' parts of it, and
    if it changed, the patched files written into the site writer's temporary folder ({path:
    sha256 or Keep}; None: the index cannot be patched)."""
    from builder.patterncache import cached_patterns
    from builder.pipeline import search_input_digest, write_staged

    with cached_patterns(cache_dir):  # (lunr.py's patterns and the index builder's: 25 ms to compile)
        from builder.search import patch_search_files

    state = QuickState(cache_dir)
    try:
        last = state.get_patched("search parts")
    finally:
        state.close()
    if not isinstance(last, dict):
        return "", {}, None
    digest, parts = search_input_digest(archive, title, sources, last, fresh)
    mine = {s: parts[s] for s in fresh}
    if digest == last_digest:
        return digest, mine, {}
    files = patch_search_files(archive, title, cache_dir, previous, sources, fresh)
    return digest, mine, (write_staged(files, staging) if files is not None else None)


def _facts_of(archive: Archive, slugs: list[str], state: QuickState, cache: Any) -> dict[str, ArticleFacts]:
    """The last facts of these articles (by their rows' cache keys); those not found are left out."""
    paths = {s: archive.articles[s].path for s in slugs if s in archive.articles}
    rows = state.rows(sorted(set(paths.values())))
    keys = {s: rows[p]["fkey"] for s, p in paths.items() if p in rows}
    blobs = cache.get_many(sorted(set(keys.values())))
    return {s: ArticleFacts.from_dict(blobs[k]) for s, k in keys.items() if k in blobs}


def _hydrate(archive: Archive, slugs: list[str], state: QuickState, cache: Any) -> None:
    """Give lean articles their text back (from the facts cache)."""
    facts = _facts_of(archive, slugs, state, cache)
    for s in slugs:
        a, f = archive.articles[s], facts.get(s)
        if f is None:
            raise QuickAbort(f"{a.path}: its facts are not in the cache")
        a.paragraphs, a.removed, a.warnings = f.clean.paragraphs, f.clean.removed, f.clean.warnings


def _cuts(a: Article) -> list[tuple[str, str]]:
    """An article's removals as its row keeps them (text, rule)."""
    return [(r.text, r.rule) for r in a.removed]


def _give_cuts(archive: Archive, slugs: list[str], state: QuickState) -> None:
    """Give lean articles their removals back (with their text: from their rows)."""
    from builder.model import Removal

    paths = {s: archive.articles[s].path for s in slugs}
    rows = state.rows(sorted(paths.values()))
    for s, path in paths.items():
        row = rows.get(path)
        if row is None or "cuts" not in row:
            raise QuickAbort(f"{path}: its removals are not in the state")
        archive.articles[s].removed = [Removal(t, r) for t, r in row["cuts"]]


def write_quick(cfg: Config, archive: Archive, plan: Plan, writer: SiteWriter, page_state: dict[str, str],
                counts: dict[str, int], timings: dict[str, float]) -> None:
    """Patch the search index (in a forked child) while the pages that changed are rendered; keep
    every other file."""
    from builder.cache import FactsCache
    from builder.deps import Digests
    from builder.output import Keep
    from builder.pipeline import SEARCH_FILES, SEARCH_STATE, last_search_files

    t = time.perf_counter()
    previous = plan.previous
    old_search = set(last_search_files(previous))
    search = plan.search  # (started by try_quick)
    try:
        renderer = plan.renderer
        page_state.update(previous)
        page_state[Digests.STATE_KEY] = plan.global_digest
        rendered = 0
        for p, d in _to_render(cfg, archive, plan):
            writer.add(p.path, renderer.render(p))
            page_state[p.path] = d
            rendered += 1
        counts["rendered"] = rendered
        timings["render"] = time.perf_counter() - t
        t = time.perf_counter()
        search_digest, plan.search_parts, files = search.result()
    finally:
        search.cancel()
    if files is None:
        raise QuickAbort("the search index cannot be patched")
    gone: set[str] = set()
    if files:
        for rel, made in files.items():  # (every search file: the patched ones and Keep)
            if not isinstance(made, Keep):
                writer.add_written(rel, made)
        gone = old_search - files.keys()  # a search file the patch did not return is gone
        page_state[SEARCH_STATE] = search_digest
        page_state[SEARCH_FILES] = "\n".join(sorted(files))
    timings["search"] = time.perf_counter() - t
    t = time.perf_counter()
    # Every other file is the last build's: the same pages (so the same sitemap: it lists pages
    # only), the same theme and settings, the search files the patch kept.
    writer.keep_rest(gone)
    cache = FactsCache(cfg.path("cache") / "facts.sqlite", lambda _k, _m: None)
    try:
        cache.put_many(plan.fresh)
    finally:
        cache.close()
    timings["write"] = time.perf_counter() - t


class QuickAbort(Exception):
    """The quick path found, late, that it cannot make this build (the ordinary path builds)."""


def save_after(cfg: Config, archive: Archive, plan: Plan, touched: list[str]) -> None:
    """The state after a quick build: the changed articles' entries and keys, the times of the site
    folders it wrote in (``touched``: the files written or removed)."""
    state = QuickState(cfg.path("cache"))
    try:
        head = dict(plan.head)
        head["signature"] = plan.signature
        head["lines"] = plan.lines
        delta = plan.delta
        by_path = {a.path: a for a in plan.changed}
        for a in plan.changed:
            delta[a.slug] = article_entry(a)
        rows = plan.rows  # (read by try_quick; the cleaner child changed its own copy only)
        meta: dict[str, Any] = {}
        for c in plan.made:
            if c.rel not in by_path:
                continue  # (only touched)
            lines, group = c.evidence
            row = rows[c.rel]
            row["fkey"] = c.key
            row["cuts"] = _cuts(by_path[c.rel])
            row["entry"] = delta[by_path[c.rel].slug]
            near = meta.get(f"lines {group}") or state.get(f"lines {group}") or {}
            old, new = set(row["ev"][0]), set(lines)
            for k in old - new:  # (same_evidence: none of these crosses the recurring bar)
                n = near.get(k, 1) - 1
                if n > 0:
                    near[k] = n
                else:
                    near.pop(k, None)
            for k in new - old:
                near[k] = near.get(k, 0) + 1
            meta[f"lines {group}"] = near
            row["ev"] = (lines, group)
        from builder.deps import Digests

        digests = Digests(archive, plan.sources, plan.global_digest)
        changed = plan.changed
        meta |= {"head": head, "delta": delta}
        # the dict values: only what changed (QuickState.get_patched lays it over the last build's)
        state.patch(meta, "sources", {a.path: plan.sources[a.path] for a in changed})
        state.patch(meta, "shas", {a.path: plan.shas[a.path] for a in changed})
        state.patch(meta, "minhash", {a.slug: plan.minhash[a.slug] for a in changed})
        state.patch(meta, "cards", {a.slug: digests.card(a) for a in changed})
        state.patch(meta, "search parts", plan.search_parts)
        # the folders it wrote in (every other is as this build found it); -1: one emptied and
        # removed (the next build then takes the ordinary path)
        state.patch(meta, "dirs", site_dirs(cfg.path("output"), touched))
        state.put(meta, rows, replace=False)
    finally:
        state.close()
