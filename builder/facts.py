"""The per-article stage over the whole archive: every raw article's facts (clean text,
metadata, people, quotes, fingerprint), from a resident process's memo, from the facts cache,
or made in a pool of worker processes; with the archive-wide evidence of boilerplate each
article is cleaned with."""

from __future__ import annotations

import multiprocessing
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from builder.cache import FactsCache, article_key, decode, digest_of, encode
from builder.config import Config
from builder.errors import ContentError, Diagnostics
from builder.memo import Memo
from builder.model import ArticleFacts, RawArticle
from builder.progress import progress

if TYPE_CHECKING:
    from builder.modelcache import ModelCache
    from builder.process import ProcessContext

POOL_MIN = 40  # fewer articles than this are processed inline (a pool costs more than it saves)
PUT_BATCH = 256  # fresh facts stored in the cache this many at a time, as they arrive


_CTX: ProcessContext | None = None


def _init_worker(ctx: ProcessContext) -> None:
    global _CTX
    _CTX = ctx


def _work(item: tuple[str, RawArticle, frozenset[str]]) -> bytes:
    """One article in a worker: its facts, encoded for the cache (and for the trip back)."""
    from builder.clean import CleanContext
    from builder.process import ProcessContext

    key, raw, recurring = item
    assert _CTX is not None
    ctx = ProcessContext(
        clean=CleanContext(_CTX.clean.disabled_rules, _CTX.clean.sources, recurring), registry=_CTX.registry
    )
    return encode(key, safe_process(raw, ctx).to_dict())


def safe_process(raw: RawArticle, ctx: ProcessContext) -> ArticleFacts:
    """process(), but a crash in a stage becomes a warning and an empty article, never a failed build."""
    from builder.process import process

    try:
        return process(raw, ctx)
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop the archive
        from builder.model import CleanArticle, Metadata

        clean = CleanArticle([], Metadata(), [], [f"could not be processed: {type(exc).__name__}: {exc}"])
        return ArticleFacts(stem=raw.stem, path=raw.path, kind=raw.kind, clean=clean)



def process_all(
    raws: list[RawArticle],
    ctx: ProcessContext,
    cache: FactsCache | None,
    workers: int,
    show: bool,
    source_keys: dict[str, str] | None = None,
    memo: Memo | None = None,
    store: ModelCache | None = None,
    recs: dict[str, frozenset[str]] | None = None,
) -> list[ArticleFacts]:
    """Every raw article through the per-article stage, from the memo or the cache where it can.
    ``source_keys`` (if given) receives each input path's cache key. Each file's share of the
    archive's evidence comes from the memo (a resident process) or the model cache (a one-shot
    build) when the same bytes were read at the same path before. ``recs`` (if given) receives
    each input path's share of it (its recurring lines)."""
    if source_keys is None:
        source_keys = {}
    from builder.clean import collect_evidence

    ctx_digest = context_digest(ctx)
    items = _same_evidence(raws, memo, ctx_digest)
    if items is not None and memo is not None:
        keys = [memo.keys[raw.path][2] if memo.keys[raw.path][0] is raw else article_key(raw.sha256, raw.path,
                ctx_digest, rec) for raw, rec in items]
    else:
        by_file = memo.evidence if memo is not None else _stored_evidence(store)
        before = set(by_file)
        evidence = collect_evidence(raws, by_file)
        if memo is None and store is not None and by_file.keys() != before:
            store.put("evidence", EVIDENCE_KEY, by_file)  # an entry's value follows from its key
        items = [(raw, evidence.for_article(raw)) for raw in raws]
        keys = [article_key(raw.sha256, raw.path, ctx_digest, rec) for raw, rec in items]
    if memo is not None:
        memo.keys = {raw.path: (raw, rec, k) for (raw, rec), k in zip(items, keys, strict=True)}
        memo.keys_context = ctx_digest
    for raw, key in zip(raws, keys, strict=True):
        source_keys[raw.path] = key
    if recs is not None:
        recs.update((raw.path, rec) for raw, rec in items)
    remembered = memo.facts if memo is not None else {}
    wanted = [k for k in keys if k not in remembered]
    cached = cache.get_many(wanted) if cache and wanted else {}
    todo = [(k, raw, rec) for k, (raw, rec) in zip(keys, items, strict=True) if k not in cached and k not in remembered]
    made: dict[str, ArticleFacts] = {}
    if todo:
        pending: dict[str, bytes] = {}

        def take(key: str, blob: bytes) -> None:
            """One result, decoded as it arrives (the parent would otherwise wait idle for the pool
            and decode everything after it) and stored in the cache in batches."""
            decoded = decode(blob)
            assert decoded is not None
            made[key] = ArticleFacts.from_dict(decoded[1])
            if cache:
                pending[key] = blob
                if len(pending) >= PUT_BATCH:
                    cache.put_many(pending)
                    pending.clear()

        if workers > 1 and len(todo) >= POOL_MIN:
            from concurrent.futures import ProcessPoolExecutor  # (not imported by a quick build)

            mp = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(
                max_workers=workers, mp_context=mp, initializer=_init_worker, initargs=(ctx,)
            ) as pool:
                chunks = max(1, min(64, len(todo) // (workers * 8)))
                results: Iterable[bytes] = pool.map(_work, todo, chunksize=chunks)
                for item, blob in zip(todo, progress(results, len(todo), "Cleaning", show), strict=True):
                    take(item[0], blob)
        else:
            _init_worker(ctx)
            for item in progress(todo, len(todo), "Cleaning", show):
                take(item[0], _work(item))
        if cache:
            cache.put_many(pending)
            cache.prune(keys)
    out = []
    for k in keys:
        known = remembered.get(k) or made.pop(k, None)
        out.append(known if known is not None else ArticleFacts.from_dict(cached.pop(k)))
    if memo is not None:  # this build's facts, and only those: the memo never grows past the archive
        memo.facts = dict(zip(keys, out, strict=True))
    return out


def context_digest(ctx: ProcessContext) -> str:
    """What every article's cache key holds of the per-article stage's settings: the disabled
    rules, the outlet names and the actor registry."""
    return digest_of([sorted(ctx.clean.disabled_rules), ctx.clean.sources, repr(ctx.registry)])


EVIDENCE_KEY = "by file"  # the model cache's entry holds every file's evidence; the file's code version guards it


def _stored_evidence(store: ModelCache | None) -> dict[tuple[str, str], tuple[set[str], str]]:
    """The last one-shot build's evidence of each (sha256, path), as collect_evidence's memo."""
    stored = store.get("evidence", EVIDENCE_KEY) if store is not None else None
    return stored if isinstance(stored, dict) else {}


def _same_evidence(
    raws: list[RawArticle], memo: Memo | None, ctx_digest: str
) -> list[tuple[RawArticle, frozenset[str]]] | None:
    """A resident process's shortcut for the archive-wide evidence (lines that recur in an outlet's
    articles, builder.clean.collect_evidence): when the same files as last time are read and each
    changed file has the same short lines and outlet group as before, the evidence is the same, so
    is every article's share of it. Each raw with its recurring lines, or None (collect it)."""
    from builder.clean import evidence_of
    from builder.incremental import PATCH_MAX

    if memo is None or memo.keys_context != ctx_digest or len(memo.keys) != len(raws):
        return None
    last = memo.keys
    if any(raw.path not in last for raw in raws):
        return None
    changed = [raw for raw in raws if last[raw.path][0] is not raw]
    if len(changed) > PATCH_MAX:
        return None
    shas = Counter(raw.sha256 for raw in raws)
    for raw in changed:
        old = last[raw.path][0]
        known = memo.evidence.get((old.sha256, raw.path))
        if known is None or shas[raw.sha256] > 1 or old.sha256 in shas:
            return None  # an exact copy of another file counts once: not worked out here
        if evidence_of(raw) != known:
            return None
    for raw in changed:
        old = last[raw.path][0]
        memo.evidence[(raw.sha256, raw.path)] = memo.evidence.pop((old.sha256, raw.path))
    return [(raw, last[raw.path][1]) for raw in raws]



def article_context(cfg: Config, diag: Diagnostics) -> ProcessContext:
    """What the per-article stage needs besides the article: cleaner settings, outlet names, registry."""
    from builder.clean import CleanContext
    from builder.content import load_sources
    from builder.extract.registry import Registry, load_registry
    from builder.process import ProcessContext

    content = cfg.path("content")
    try:
        registry = load_registry(content / "actors.yaml")
    except ContentError as exc:
        diag.warn("bad actor registry", exc.message + " (registry ignored)")
        registry = Registry()
    sources = load_sources(content / "sources.yaml", diag.warn)
    return ProcessContext(
        clean=CleanContext(disabled_rules=frozenset(cfg.cleaner.disable), sources=sources), registry=registry
    )
