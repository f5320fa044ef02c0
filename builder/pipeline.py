"""Runs the stages in order: ingest -> clean/extract (builder.facts: pool, cached) -> model ->
stories -> render -> search -> write. Owns the build lock, the render pool, the search child
and the decision of what is redone."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import multiprocessing
import os
import time
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from builder.background import Background, cancel_all
from builder.cache import FactsCache, code_version, digest_of
from builder.config import Config
from builder.errors import BriefingError, Diagnostics
from builder.facts import article_context, process_all
from builder.gcpause import gc_paused
from builder.ingest import discover, read_raw
from builder.memo import Memo, stat_key
from builder.model import Archive, ArticleFacts, Fingerprint, RawArticle
from builder.output import (
    MANIFEST,
    Keep,
    NotInPlace,
    SiteWriter,
    WriteStats,
    build_lock,
    check_output_path,
    check_rel,
    make_parent,
)
from builder.progress import progress
from builder.quick import NO_QUICK_STATE, QuickAbort, WarmCleaner, capture_model, warm_cleaner
from builder.uptodate import (
    Scan,
    input_signature,
    load_record,
    save_record,
    scan_inputs,
    up_to_date,
)

if TYPE_CHECKING:
    from builder.content import Override
    from builder.deps import Digests
    from builder.extract.registry import Registry
    from builder.incremental import PageState, Patch
    from builder.modelcache import ModelCache
    from builder.render import Page, Renderer

# The stages themselves (cleaner rules, Jinja2, markdown-it...) are imported when a build runs,
# not when the module is: a build with nothing to do answers in a fraction of a second.

EMPTY_FINGERPRINT = Fingerprint()
SEARCH_STATE = "@search"  # build state keys: the search files' input digest and their paths
SEARCH_FILES = "@search-files"
SEARCH_FORK_MIN = 200  # fewer articles than this: the search index is made inline


def last_search_files(previous: dict[str, str]) -> list[str]:
    """The search files the last build wrote (from its page state)."""
    return [p for p in previous.get(SEARCH_FILES, "").split("\n") if p]


@dataclass
class BuildOptions:
    strict: bool = False
    force: bool = False
    progress: bool = False
    workers: int | None = None
    full: bool = False  # build even if nothing changed since the last build
    memo: Memo | None = None  # kept between builds by a resident process (serve)
    changed_inputs: frozenset[str] | None = None  # serve's watcher: only these input files changed
    input_scan: Scan | None = None  # serve's watcher's look at the input folders (signed as they were then)
    cleaner: WarmCleaner | None = None  # a child already loading the cleaner for the quick path (the CLI's)


@dataclass
class BuildResult:
    """``ok``: the site was written. ``exit_code``: 0 clean or warnings only; 1 the build failed and
    the previous site is untouched; 2 the site was written but some inputs could not be used."""

    ok: bool
    out: Path
    archive: Archive | None
    diagnostics: Diagnostics
    timings: dict[str, float] = field(default_factory=dict)
    pages: int = 0
    written: int = 0
    linked: int = 0
    cache_hits: int = 0
    rendered: int = 0  # pages and feeds rendered (the rest were unchanged since the previous build)
    quick: bool = False  # built by the one-shot quick path (builder/quick.py)
    quick_skipped: str | None = None  # why the quick path could not build (the ordinary path did)
    search_kept: bool = False  # the search files were unchanged since the previous build
    model_reused: int = 0  # parts taken from the model cache: evidence by file, people merged, related scores
    patched: int = 0  # a resident process's fast path: articles updated in place (builder.incremental)
    up_to_date: dict[str, int] | None = None  # nothing changed: the last build's counts
    failed_reason: str | None = None
    log_path: Path | None = None
    notes: list[str] = field(default_factory=list)  # what the summary says of the settings (not warnings)

    @property
    def exit_code(self) -> int:
        if not self.ok:
            return 1
        return 2 if self.diagnostics.error_count else 0

    def summary(self) -> str:
        lines = []
        if self.up_to_date is not None:
            c = self.up_to_date
            lines.append(
                f"Nothing changed since the last build ({c.get('articles', 0)} articles, {c.get('actors', 0)} people, "
                f"{c.get('outlets', 0)} outlets, {c.get('pages', 0)} pages): {self.out} is up to date "
                "(`briefing build --full` builds anyway)."
            )
        if self.archive is not None:
            a = self.archive
            lines.append(
                f"Built {len(a.articles)} articles, {len(a.actors)} people, {len(a.outlets)} outlets: "
                f"{self.pages} pages ({self.rendered} pages and feeds rendered; {self.written} files written, "
                f"{self.linked} unchanged) in "
                f"{sum(self.timings.values()):.2f} s"
            )
        if self.quick:
            lines.append(f"Quick rebuild: {self.patched} edited article(s) and the pages that show them "
                         "(`briefing build --full` makes everything again).")
        elif self.quick_skipped and self.quick_skipped != NO_QUICK_STATE:
            lines.append(f"Not a quick rebuild: {self.quick_skipped}.")
        if self.timings:
            lines.append("Stages: " + ", ".join(f"{k} {v:.2f} s" for k, v in self.timings.items()))
        lines.extend(self.notes)
        d = self.diagnostics
        lines.extend(d.summary_lines(log_path=str(self.log_path) if self.log_path else None))
        if not self.ok:
            lines.append(f"Build failed: {self.failed_reason}. {self.out} was left as it was.")
        else:
            lines.append(f"Site written to {self.out}" + (f" ({d.warning_count} warnings)" if d.warning_count else ""))
        return "\n".join(lines)


NO_SITEMAP_NOTE = (
    "No sitemap.xml: a sitemap lists absolute addresses, so it needs `base_url` in briefing.yml "
    "(e.g. https://example.org/briefing/)."
)
_RENDER: tuple[Renderer, list[Page], Digests | None] | None = None
RENDER_POOL_MIN = 300  # fewer pages than this render inline


def _render_one(renderer: Renderer, page: Page, digests: Digests | None) -> tuple[str, bytes, str]:
    digest = digests.of(page) if digests else ""
    return page.path, renderer.render(page), digest


def _render_chunk(bounds: tuple[int, int]) -> list[tuple[str, bytes, str]]:
    assert _RENDER is not None
    renderer, pages, digests = _RENDER
    return [_render_one(renderer, p, digests) for p in pages[bounds[0] : bounds[1]]]


def render_pages(
    renderer: Renderer, pages: list[Page], workers: int, show: bool, digests: Digests | None = None
) -> Iterator[tuple[str, bytes, str]]:
    """Render pages, in forked workers when there are many (they share the archive copy-on-write):
    (path, bytes, input digest). The digest is made with the page (so in the workers) when
    ``digests`` is given, else it is ""."""
    global _RENDER
    if workers <= 1 or len(pages) < RENDER_POOL_MIN:
        for page in progress(pages, len(pages), "Rendering", show):
            yield _render_one(renderer, page, digests)
        return
    renderer.load_templates()
    _RENDER = (renderer, pages, digests)
    try:
        step = max(50, len(pages) // (workers * 16))
        chunks = [(i, min(i + step, len(pages))) for i in range(0, len(pages), step)]
        from concurrent.futures import ProcessPoolExecutor  # (not imported by a quick build)

        mp = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=mp) as pool:
            results = pool.map(_render_chunk, chunks)
            for chunk in progress(results, len(chunks), "Rendering", show):
                yield from chunk
    finally:
        _RENDER = None


def run_build(cfg: Config, opts: BuildOptions) -> BuildResult:
    """One build, with the garbage collector paused."""
    with gc_paused():
        return _run_build(cfg, opts)


def _run_build(cfg: Config, opts: BuildOptions) -> BuildResult:
    diag = Diagnostics()
    out = cfg.path("output")
    timings: dict[str, float] = {}
    result = BuildResult(ok=False, out=out, archive=None, diagnostics=diag, timings=timings)
    warm: WarmCleaner | None = None
    try:
        # serve's fast path: this process wrote the site last and keeps it
        trusted = not opts.force and opts.memo is not None and opts.memo.pages is not None
        # A one-shot build that may take the quick path starts loading the cleaner in a child now.
        if opts.memo is None and not (opts.force or opts.strict or opts.full):
            warm = opts.cleaner or warm_cleaner(cfg)
        # (with the cleaner child, the child lists the site: see builder/quick.py)
        listed = check_output_path(out, cfg.root, opts.force, trusted or warm is not None)
        cache_dir = cfg.path("cache")
        with build_lock(cache_dir / "build.lock"):
            scan = opts.input_scan if opts.input_scan is not None else scan_inputs(cfg)
            signature = input_signature(cfg, scan)
            record: dict[str, Any] = {}
            if not (opts.strict or opts.full):
                record = load_record(cache_dir)
                if up_to_date(record, signature, out, listed):
                    diag.replay(record.get("diagnostics", {}))
                    result.up_to_date = {k: int(record.get(k, 0)) for k in ("articles", "actors", "outlets", "pages")}
                    result.pages = result.up_to_date["pages"]
                    result.ok = True
                    return result
                if warm is not None and _quick(cfg, record, scan, signature, out, result, warm):
                    return result
            if warm is not None:
                warm.stop()  # the ordinary path builds: the site is looked at here
                listed = check_output_path(out, cfg.root, opts.force, trusted)
            page_state: dict[str, str] = {}
            counts: dict[str, int] = {}
            # what the next one-shot build's quick path starts from (builder/quick.py)
            capture: dict[str, Any] | None = {} if opts.memo is None else None
            if capture is not None:
                _import_stages(cache_dir)
            writer = SiteWriter(out, in_place=not opts.force, trusted=trusted)
            try:
                archive = build_files(cfg, opts, diag, timings, page_state, counts, writer, capture)
                result.archive = archive
                result.cache_hits = counts.get("cache hits", 0)
                result.rendered = counts.get("rendered", 0)
                result.search_kept = bool(counts.get("search kept", 0))
                result.model_reused = counts.get("model cache hits", 0)
                result.patched = counts.get("patched", 0)
                result.pages = sum(1 for p in writer.paths() if p.endswith(".html"))
                if opts.strict and (diag.warning_count or diag.error_count):
                    n = diag.warning_count + diag.error_count
                    result.failed_reason = f"--strict and {n} warning(s) or error(s)"
                    writer.abort()
                    _forget_site(opts.memo)
                    return result
                t = time.perf_counter()
                stats = writer.commit()
            except BaseException:
                cancel_all()
                writer.abort()
                _forget_site(opts.memo)
                raise
            from builder.quick import save as save_quick
            from builder.quickstate import QuickState

            summary: dict[str, object] = {"articles": len(archive.articles), "actors": len(archive.actors)}
            summary |= {"outlets": len(archive.outlets), "pages": result.pages, "diagnostics": diag.to_dict()}
            if result.quick_skipped:
                summary["quick_skipped"] = result.quick_skipped  # (why this one-shot build was not quick)
            _committed(cfg, signature, out, page_state, summary, result, stats)
            if capture is not None and "pages" in capture:
                save_quick(cfg, capture, signature, scan, archive, capture["pages"], capture["global_digest"],
                           capture["store"], writer.paths())
            else:
                QuickState(cache_dir).drop()
            timings["write"] = timings.get("write", 0.0) + time.perf_counter() - t
    except BriefingError as exc:
        result.failed_reason = exc.message
    finally:
        if warm is not None:
            warm.stop()
        result.log_path = _save_log(cfg.path("cache"), diag)
    return result


def _quick(cfg: Config, record: dict[str, Any], scan: Scan, signature: str, out: Path, result: BuildResult,
           warm: WarmCleaner) -> bool:
    """A one-shot build's quick path (builder/quick.py): True if it built the site."""
    from builder.quick import save_after, try_quick, write_quick

    timings = result.timings
    counts: dict[str, int] = {}
    page_state: dict[str, str] = {}
    writer = SiteWriter(out, in_place=True, trusted=True)
    try:
        archive, plan = try_quick(cfg, record, scan, signature, warm, timings, writer)
        write_quick(cfg, archive, plan, writer, page_state, counts, timings)
        t = time.perf_counter()
        stats = writer.commit(in_place_only=True)
    except (QuickAbort, NotInPlace) as exc:
        writer.abort()
        result.quick_skipped = str(exc)
        return False
    except BaseException:
        writer.abort()
        raise
    result.diagnostics.replay(record.get("diagnostics", {}))
    summary = {k: record.get(k, 0) for k in ("articles", "actors", "outlets", "pages")}
    summary["diagnostics"] = result.diagnostics.to_dict()
    summary["quick"] = True
    _committed(cfg, signature, out, page_state, summary, result, stats)
    save_after(cfg, archive, plan, [*writer.fresh, *writer.removed, MANIFEST])
    timings["write"] = timings.get("write", 0.0) + time.perf_counter() - t
    result.archive = archive
    result.rendered = counts.get("rendered", 0)
    result.patched = len(plan.changed)
    result.quick = True
    result.pages = int(record.get("pages", 0))
    return True


def _import_stages(cache_dir: Path) -> None:
    """Import the cleaner, the model, the renderer and the search index builder with the
    compiled-pattern cache (builder/patterncache.py), as the quick path's processes do: the first
    quick build after an ordinary one then finds their 600 patterns compiled (after a cold build it
    took 1.1-1.3 s, the next ones 0.8-0.9 s), and this build reads back those it knows."""
    from builder.patterncache import CLEANER_STAGES, import_with_patterns

    import_with_patterns(cache_dir, (*CLEANER_STAGES, "builder.render", "builder.search"))


def _committed(cfg: Config, signature: str, out: Path, page_state: dict[str, str], summary: dict[str, Any],
               result: BuildResult, stats: WriteStats) -> None:
    """The site is written: each page's digest and the build's record saved, the result filled in
    (the ordinary path's and the quick path's common end)."""
    from builder.deps import save_state

    save_state(cfg.path("cache"), page_state)
    with contextlib.suppress(OSError):  # without the record the next build just builds
        save_record(cfg.path("cache"), signature, out, summary)
    result.written, result.linked = stats.written, stats.linked
    if not cfg.base_url:
        result.notes.append(NO_SITEMAP_NOTE)
    result.ok = True


def _forget_site(memo: Memo | None) -> None:
    """The site was not written: what a resident process knows of the last build's pages and
    archive no longer describes it."""
    if memo is not None:
        memo.pages = memo.model = None


def _save_log(cache_dir: Path, diag: Diagnostics) -> Path | None:
    """Every message of the last build, for when the one-screen summary had to cut."""
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        path = cache_dir / "last-build.log"
        path.write_text(diag.full_log(), encoding="utf-8")
        return path
    except OSError:
        return None


def load_inputs(
    cfg: Config, diag: Diagnostics, memo: Memo | None = None, changed: frozenset[str] | None = None
) -> list[RawArticle]:
    """Every input file as a RawArticle; with a memo, files whose stat is unchanged are not read
    again. ``changed``: the files (relative to the input folder) a resident process's watcher saw
    change, when no file was added or removed: the folder is not listed again, only those are read."""
    in_dir = cfg.path("input")
    if not in_dir.is_dir():
        raise BriefingError(f"input folder {in_dir} does not exist (set `input:` in briefing.yml or pass --input)")
    if (
        memo is not None
        and changed is not None
        and memo.raws
        and memo.skipped is not None
        and all(rel in memo.raws for rel in changed)
    ):
        return _reload(in_dir, diag, memo, changed)
    paths, skipped = discover(in_dir)
    if memo is not None:
        memo.skipped = skipped
    for s in skipped:
        diag.warn("ignored file", f"{s.path}: {s.reason}")
    raws = []
    known = memo.raws if memo is not None else {}
    seen: dict[str, tuple[tuple[int, int, int], RawArticle]] = {}
    for p, rel in paths:
        try:
            if memo is not None:
                key = stat_key(p.stat())
                hit = known.get(rel)
                raw = hit[1] if hit is not None and hit[0] == key else read_raw(p, rel)
                seen[rel] = (key, raw)
            else:
                raw = read_raw(p, rel)
            raws.append(raw)
        except (ValueError, OSError) as exc:
            diag.error("unreadable input", f"{rel}: {exc}")
    if memo is not None:
        memo.raws = seen
    return raws


def _reload(in_dir: Path, diag: Diagnostics, memo: Memo, changed: frozenset[str]) -> list[RawArticle]:
    """The memo's inputs with the changed files read again (the same files as last time)."""
    assert memo.skipped is not None
    for s in memo.skipped:
        diag.warn("ignored file", f"{s.path}: {s.reason}")
    raws = []
    for rel, (key, raw) in list(memo.raws.items()):
        if rel in changed:
            p = in_dir / rel
            try:
                key = stat_key(p.stat())
                raw = read_raw(p, rel)
            except (ValueError, OSError) as exc:
                diag.error("unreadable input", f"{rel}: {exc}")
                del memo.raws[rel]
                continue
            memo.raws[rel] = (key, raw)
        raws.append(raw)
    return raws


def search_input_digest(archive: Archive, title: str, sources: dict[str, str], last: dict[str, bytes] | None = None,
                        fresh: Collection[str] = ()) -> tuple[str, dict[str, bytes]]:
    """What the search files are made from, without what stories fill in (they run meanwhile):
    each article's source digest (its facts' cache key and override: text, metadata, quotes)
    and what the archive-wide model decided for it (slug, outlet, people, speakers), the
    people's and outlets' names, the site title and the builder's code; and each article's part
    of it (a 16-byte digest: a one-shot build's quick path reads 10,000 of them back). ``last``: the
    parts of the last build (a resident process keeps them, the quick path reads them back): only
    the ``fresh`` articles' are made again."""
    h = hashlib.sha256(code_version().encode() + b"\0" + title.encode())
    last = last or {}
    parts: dict[str, bytes] = {}
    blake2b = hashlib.blake2b
    for a in archive.articles.values():
        b = last.get(a.slug) if a.slug not in fresh else None
        if b is None:
            b = blake2b(repr((sources.get(a.path), a.slug, a.title, a.date, a.source, a.source_slug, a.actor_slugs,
                              [q.speaker for q in a.quotes], a.title_is_fallback, a.handwritten)).encode(),
                        digest_size=16).digest()
        parts[a.slug] = b
    h.update(b"".join(parts.values()))
    h.update(repr([(x.slug, x.name) for x in archive.actors.values()]).encode())
    h.update(repr([(o.slug, o.name, o.articles) for o in archive.outlets.values()]).encode())
    return h.hexdigest(), parts


def warm_memo(cfg: Config, memo: Memo) -> None:
    """Fill a resident process's memo from the inputs and the caches without building: what
    `serve` does when its first build found the site up to date, so the first edit is as quick
    to rebuild as the next ones. Problems are left for the next build to report."""
    from builder.modelcache import ModelCache
    from builder.stories import link_stories

    store = ModelCache(cfg.path("cache"))
    try:
        with gc_paused():
            archive, sources, _ = make_archive(cfg, BuildOptions(memo=memo), Diagnostics(), {}, {}, store)
            link_stories(archive, memo, store)  # the related-article scores are remembered too
            for a in archive.articles.values():
                a.fingerprint = EMPTY_FINGERPRINT
            memo.search_parts = search_input_digest(archive, cfg.title, sources)[1]
            _warm_pages(cfg, memo, archive, sources)
    except BriefingError:
        memo.raws.clear()
        memo.facts.clear()
        memo.evidence.clear()
        memo.keys.clear()
        memo.merge = memo.stories = memo.fingerprints = memo.model = memo.pages = None


def _warm_pages(cfg: Config, memo: Memo, archive: Archive, sources: dict[str, str]) -> None:
    """The pages of the site as the last build left it, with their digests (from the build state)."""
    from builder.deps import Digests, load_state, theme_digest
    from builder.incremental import PageState, page_index
    from builder.render import Renderer

    theme, asset_map, _, template_cache = _theme(cfg)
    renderer = Renderer(cfg, theme, archive, asset_map, template_cache)
    pages = renderer.site_pages()
    state = load_state(cfg.path("cache"))
    global_digest = theme_digest(theme, asset_map, cfg)
    if state.get(Digests.STATE_KEY) == global_digest and all(p.path in state for p in pages):
        digests = Digests(archive, sources, global_digest)
        ps = PageState(renderer, pages, digests, {p.path: state[p.path] for p in pages}, global_digest)
        ps.index, ps.star = page_index(pages)
        memo.pages = ps


def worker_count(cfg: Config, opts: BuildOptions) -> int:
    return opts.workers or cfg.workers or os.cpu_count() or 1


def make_archive(
    cfg: Config,
    opts: BuildOptions,
    diag: Diagnostics,
    timings: dict[str, float],
    counts: dict[str, int],
    store: ModelCache,
    capture: dict[str, Any] | None = None,
) -> tuple[Archive, dict[str, str], Patch | None]:
    """The front half of a build: inputs read, each article through the per-article stage (from
    the memo or the cache where it can), overrides applied and people merged across the archive.
    Returns the archive (stories not linked yet), each article's source digest, and — when a
    resident process patched its last archive for a local change (stories linked then) — the
    changed articles."""
    from builder.archive import build_archive, handwritten_facts
    from builder.content import load_handwritten, load_overrides

    t = time.perf_counter()
    content = cfg.path("content")
    ctx = article_context(cfg, diag)
    registry = ctx.registry
    overrides = load_overrides(content / "articles", diag.warn)
    handwritten = load_handwritten(content / "articles", diag.warn)
    raws = load_inputs(cfg, diag, opts.memo, opts.changed_inputs)
    timings["read"] = timings.get("read", 0.0) + time.perf_counter() - t

    t = time.perf_counter()
    workers = worker_count(cfg, opts)
    cache = FactsCache(cfg.path("cache") / "facts.sqlite", diag.warn)
    source_keys: dict[str, str] = {}
    recs: dict[str, frozenset[str]] | None = {} if capture is not None else None
    try:
        facts = process_all(raws, ctx, cache, workers, opts.progress, source_keys, opts.memo, store, recs)
        counts["cache hits"] = cache.hits
    finally:
        cache.close()
    if capture is not None:  # what the next one-shot build's quick path starts from (builder/quick.py)
        from builder.facts import context_digest

        capture.update(shas={r.path: r.sha256 for r in raws}, fkeys=dict(source_keys), recs=recs,
                       overrides=list(overrides), ctx=context_digest(ctx))
    del raws  # the raw texts are not needed past the per-article stage
    facts += [handwritten_facts(hw, registry) for hw in handwritten]
    for hw in handwritten:
        source_keys[hw.path] = digest_of([hw.meta, hw.body])
    for f in facts:
        ov = overrides.get(f.stem)
        if ov is not None:
            source_keys[f.path] = digest_of([source_keys.get(f.path), ov.values])
    timings["clean"] = timings.get("clean", 0.0) + time.perf_counter() - t

    t = time.perf_counter()
    changed = _patched(opts.memo, facts, overrides, registry, diag)
    if changed is not None and opts.memo is not None and opts.memo.model is not None:
        archive = opts.memo.model.archive
    else:
        # the archive keeps what pages show; the facts' per-article mentions and drafts go with them
        names: dict[str, dict[str, str]] | None = {} if capture is not None else None
        archive = build_archive(facts, overrides, registry, diag.warn, opts.memo, store, names)
        if capture is not None:
            capture.update(names=names, sources=source_keys)
    timings["model"] = timings.get("model", 0.0) + time.perf_counter() - t
    return archive, source_keys, changed


def _patched(
    memo: Memo | None, facts: list[ArticleFacts], overrides: dict[str, Override], registry: Registry,
    diag: Diagnostics,
) -> Patch | None:
    """A resident process's fast path (builder.incremental): the last archive patched in place for a
    local change, with its stories linked; None: build the archive."""
    if memo is None or memo.model is None:
        return None
    from builder.incremental import patch_archive, relink_stories
    from builder.stories import _fingerprint

    patch = patch_archive(memo, facts, overrides, registry)
    if patch is None:
        return None
    if not relink_stories(memo, memo.model.archive, patch.changed, {a.slug: _fingerprint(a) for a in patch.changed}):
        memo.model = None  # its articles were updated in place: never patched again
        return None
    for a in patch.changed:
        a.fingerprint = EMPTY_FINGERPRINT
    for kind, message in patch.warnings:
        diag.warn(kind, message)
    return patch


def build_files(
    cfg: Config,
    opts: BuildOptions,
    diag: Diagnostics,
    timings: dict[str, float],
    page_state: dict[str, str],
    counts: dict[str, int],
    writer: SiteWriter,
    capture: dict[str, Any] | None = None,
) -> Archive:
    """Everything the site holds, handed to ``writer`` as it is made (bytes, or Keep: the previous
    build's file is still right). ``page_state`` receives each page's input digest, saved once the
    site is written; ``counts`` the cache hits and the number of pages rendered."""
    from builder.deps import Digests, load_state, theme_digest
    from builder.modelcache import ModelCache
    from builder.render import Renderer
    from builder.search import search_files
    from builder.stories import link_stories

    def lap(name: str, t0: float) -> float:
        now = time.perf_counter()
        timings[name] = timings.get(name, 0.0) + now - t0
        return now

    store = ModelCache(cfg.path("cache"))
    archive, source_keys, changed = make_archive(cfg, opts, diag, timings, counts, store, capture)
    memo = opts.memo
    t = time.perf_counter()
    content = cfg.path("content")
    workers = worker_count(cfg, opts)
    # The search files show the archive but not its stories and no page needs them: they are
    # kept as they are when nothing they show changed, else made in a child process meanwhile.
    previous = load_state(cfg.path("cache"))  # the last build's digest of each output
    out = cfg.path("output")
    search_digest, parts = search_input_digest(
        archive, cfg.title, source_keys, memo.search_parts if memo is not None and changed is not None else None,
        {a.slug for a in changed.changed} if changed is not None else ())
    if memo is not None:
        memo.search_parts = parts
    if capture is not None:
        capture["search_parts"] = parts  # (the next one-shot build's quick path reads them back)
    old_search = last_search_files(previous)
    keep_search = (
        previous.get(SEARCH_STATE) == search_digest
        and bool(old_search)
        and all(p in writer.old_manifest and os.path.isfile(os.path.join(out, p)) for p in old_search)
    )
    # Forked when it can run beside a long render; a resident process's patched build renders a
    # few pages, and forking its 1 GB heap (copy-on-write faults on both sides) costs more.
    fork = workers > 1 and len(archive.articles) >= SEARCH_FORK_MIN and changed is None
    index = functools.partial(search_files, cache_dir=cfg.path("cache"), text_keys=source_keys,
                              previous={p: sha for p, sha in writer.old_manifest.items() if p.startswith("search/")})
    job = functools.partial(_write_search, index, writer.staging)
    search_job = None if keep_search else Background("search index", job, archive, cfg.title, fork=fork)
    if changed is None:
        link_stories(archive, memo, store)
        store.save()
        counts["model cache hits"] = len(store.hits)
        capture_model(capture, archive)
        for a in archive.articles.values():
            a.fingerprint = EMPTY_FINGERPRINT  # only stories use it; 6 kB an article
    t = lap("model", t)

    theme, asset_map, static_files, template_cache = _theme(cfg)
    for rel, data in static_files.items():
        writer.add(rel, data)
    user_static = content / "static"
    if user_static.is_dir():
        for p in sorted(user_static.rglob("*")):
            if p.is_file() and not p.is_symlink():
                writer.add(p.relative_to(user_static).as_posix(), p.read_bytes())
    global_digest = theme_digest(theme, asset_map, cfg)
    last = memo.pages if memo is not None else None
    if memo is not None:
        memo.pages = None  # set again once this build's pages are known
    if (
        changed is not None
        and writer.trusted
        and last is not None
        and last.global_digest == global_digest
        and previous.get(Digests.STATE_KEY) == global_digest
        and last.renderer.archive is archive
    ):
        from builder.incremental import patch_pages

        last.digests.sources = source_keys
        positions = patch_pages(last, archive, changed.changed, changed.report)
        if positions is not None:
            counts["patched"] = len(changed.changed)
            _render_patched(last, positions, page_state, counts, writer, workers, opts.progress)
            assert memo is not None
            memo.pages = last
            t = lap("render", t)
            return _finish(cfg, archive, writer, search_job, page_state, previous, search_digest, counts,
                           last.renderer, timings, t, diag.warn)
    renderer = Renderer(cfg, theme, archive, asset_map, template_cache)
    pages = renderer.site_pages()
    digests = Digests(archive, source_keys, global_digest)

    def unchanged(path: str, digest: str) -> bool:
        """Record a file's input digest; keep the previous build's file if it is the same."""
        page_state[path] = digest
        old_sha = writer.old_manifest.get(path)
        if old_sha and previous.get(path) == digest and os.path.isfile(os.path.join(out, path)):
            writer.add(path, Keep(old_sha))
            return True
        return False

    page_state[Digests.STATE_KEY] = digests.global_digest
    if previous.get(Digests.STATE_KEY) != digests.global_digest:
        # No previous build, or another theme, setting or builder version: every page's digest
        # differs from the last build's, so every page is rendered and its digest made with it.
        fresh: Digests | None = digests
        to_render = pages
    else:
        fresh = None
        to_render = [
            p for p in pages if not unchanged(p.path, digests.of(p))
        ]
    counts["rendered"] = len(to_render)  # pages and feeds
    for path, data, digest in render_pages(renderer, to_render, workers, opts.progress, fresh):
        if fresh is not None:
            page_state[path] = digest
        writer.add(path, data)
    if memo is not None:
        from builder.incremental import PageState, page_index

        memo.pages = PageState(renderer, pages, digests, {p.path: page_state[p.path] for p in pages}, global_digest)
        memo.pages.index, memo.pages.star = page_index(pages)  # the next edit's fast path needs it
    if capture is not None:
        capture.update(pages=pages, global_digest=global_digest, store=store)
    t = lap("render", t)
    return _finish(cfg, archive, writer, search_job, page_state, previous, search_digest, counts, renderer,
                   timings, t, diag.warn)


def _write_search(
    index: Callable[[Archive, str], dict[str, bytes | Keep]], staging: str, archive: Archive, title: str
) -> dict[str, str | Keep]:
    """The search files, written by the process that makes them (the forked child) into the site
    writer's temporary folder: what comes back is each file's sha256 (or Keep), not 130 MB of
    bytes pickled through a pipe at 10k articles (a copy on each side)."""
    return write_staged(index(archive, title), staging)


def write_staged(files: dict[str, bytes | Keep], staging: str) -> dict[str, str | Keep]:
    """Files written into the site writer's temporary folder by the process that made them: each
    one's sha256 (or its Keep) for SiteWriter.add_written."""
    out: dict[str, str | Keep] = {}
    made: set[str] = set()
    for rel, data in files.items():
        if isinstance(data, Keep):
            out[rel] = data
            continue
        check_rel(rel)
        make_parent(made, staging, rel)
        with open(os.path.join(staging, rel), "wb") as fh:
            fh.write(data)
        out[rel] = hashlib.sha256(data).hexdigest()
    return out


def _theme(cfg: Config) -> tuple[Path, dict[str, str], dict[str, bytes], Path | None]:
    """The theme folder, its static files fingerprinted (logical name -> path, and path -> bytes)
    and the folder for compiled templates (None if it cannot be made)."""
    from builder.render import fingerprint_assets
    from builder.vendor import search_assets

    theme = cfg.path("theme")
    if not (theme / "templates").is_dir():
        raise BriefingError(f"theme {theme}: no templates/ folder")
    asset_map, static_files = fingerprint_assets(theme / "static", search_assets(cfg.root))
    template_cache = cfg.path("cache") / "templates"
    with contextlib.suppress(OSError):
        template_cache.mkdir(parents=True, exist_ok=True)
    return theme, asset_map, static_files, template_cache if template_cache.is_dir() else None


def _render_patched(
    last: PageState, positions: list[int], page_state: dict[str, str], counts: dict[str, int], writer: SiteWriter,
    workers: int, show: bool,
) -> None:
    """The fast path's pages: those whose digest changed are rendered, the others kept as they are."""
    from builder.deps import Digests
    from builder.incremental import changed_pages

    redo = dict((p.path, (p, d)) for p, d in changed_pages(last, positions))
    for p in last.pages:
        if p.path not in redo and p.path not in writer.old_manifest:
            redo[p.path] = (p, last.digests.of(p))
    page_state.update(last.page_digest)
    page_state[Digests.STATE_KEY] = last.global_digest
    counts["rendered"] = len(redo)
    for path, data, _ in render_pages(last.renderer, [p for p, _ in redo.values()], workers, show, None):
        digest = redo[path][1]
        page_state[path] = last.page_digest[path] = digest
        writer.add(path, data)
    writer.keep([p.path for p in last.pages if p.path not in redo])


def _finish(
    cfg: Config, archive: Archive, writer: SiteWriter, search_job: Background | None, page_state: dict[str, str],
    previous: dict[str, str], search_digest: str, counts: dict[str, int], renderer: Renderer,
    timings: dict[str, float], t: float, warn: Callable[[str, str], None],
) -> Archive:
    """The search files (kept, or the child's), the sitemap and robots.txt; the links of the
    hand-written articles checked against every file of the site."""
    from builder.linkcheck import check_links

    old_search = last_search_files(previous)
    if search_job is None:
        for path in old_search:
            writer.add(path, Keep(writer.old_manifest[path]))
        search_paths = old_search
        counts["search kept"] = 1
    else:
        files = search_job.result()  # the time waited for it is the search stage's
        for path, made in files.items():
            if isinstance(made, Keep):
                writer.add(path, made)
            else:
                writer.add_written(path, made)
        search_paths = sorted(files)
    page_state[SEARCH_STATE] = search_digest
    page_state[SEARCH_FILES] = "\n".join(search_paths)
    timings["search"] = timings.get("search", 0.0) + time.perf_counter() - t
    old_sitemap = writer.old_manifest.get("sitemap.xml")
    if cfg.base_url:  # (the sitemap protocol takes absolute addresses only: no sitemap without base_url)
        if counts.get("patched") and old_sitemap and writer.manifest.keys() | {"sitemap.xml", "robots.txt"} == (
            writer.old_manifest.keys()
        ):
            writer.add("sitemap.xml", Keep(old_sitemap))  # the same pages as last time: the same sitemap
        else:
            writer.add("sitemap.xml", renderer.sitemap(writer.paths()))
    writer.add("robots.txt", renderer.robots())
    check_links(archive, writer.manifest.keys(), warn)
    return archive
