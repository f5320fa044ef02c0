"""Compiled regular expressions kept between processes, for the one-shot quick path's cleaner child.

Importing the cleaner compiles about 500 patterns: 0.4 s of the half second a one-shot build's
cleaner child (builder/quick.py, WarmCleaner) spends before it can clean the edited article,
most of a one-article rebuild's time. Python's own cache of compiled patterns lives only as long
as the process. This one keeps what the compiler makes of each pattern (its parse into the
regular expression engine's code, the slow part) in a file, and the next process hands that code
straight to the engine (``_sre.compile``), which is what ``re.compile`` itself does last.

It is used only while the cleaner's modules are imported (``cached_patterns``), and only with the
Python it was written by: another version, or an engine whose internals differ, compiles as usual.
The result is the same Pattern object ``re.compile`` makes (tests/test_patterncache.py checks
every pattern the builder compiles).
"""

from __future__ import annotations

import contextlib
import importlib
import marshal
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

FILE = "patterns.marshal"
KEEP_MAX = 5000  # more entries than this (old versions' patterns piling up): only those used this time are kept
_Args = tuple[Any, ...]  # what _sre.compile takes: pattern, flags, code, groups, groupindex, indexgroup


def _version() -> str:
    import _sre

    return f"{sys.version}|{_sre.MAGIC}|{getattr(_sre, 'CODESIZE', '')}"


def compile_args(pattern: str | bytes, flags: int) -> _Args:
    """What re._compiler.compile hands the engine for this pattern (the same steps)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    # (the code's opcodes are int subclasses: stored as plain ints, which is what the engine reads)
    return (pattern, int(flags | p.state.flags), [int(c) for c in code], p.state.groups - 1, groupindex,
            tuple(indexgroup))


def from_args(args: _Args) -> re.Pattern[Any]:
    import _sre

    pattern, flags, code, groups, groupindex, indexgroup = args
    compiled: re.Pattern[Any] = _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    return compiled


def load(path: Path) -> dict[tuple[Any, int], _Args]:
    try:
        version, entries = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return entries if version == _version() and isinstance(entries, dict) else {}


def save(path: Path, entries: dict[tuple[Any, int], _Args]) -> None:
    """Written whole under another name and renamed (a reader never sees half a file)."""
    from builder.cache import write_whole

    with contextlib.suppress(OSError, ValueError):
        write_whole(path, marshal.dumps((_version(), entries)))


@contextlib.contextmanager
def cached_patterns(cache_dir: Path) -> Iterator[None]:
    """While this runs, ``re.compile`` of a str or bytes pattern in this process takes the engine
    code from the file in ``cache_dir`` when it is there, and compiles (and keeps) it otherwise.
    The file is written again when a pattern was missing, with those it held (two processes use it:
    the cleaner's child and the parent's templates), unless they pile up past KEEP_MAX: then with
    the patterns used this time only."""
    from re import _compiler  # type: ignore[attr-defined]

    path = cache_dir / FILE
    known = load(path)
    used: dict[tuple[Any, int], _Args] = {}
    missed = 0
    original = _compiler.compile

    def compile(p: Any, flags: int = 0) -> Any:
        nonlocal missed
        if type(p) not in (str, bytes) or flags & re.DEBUG:
            return original(p, flags)
        key = (p, flags)
        args = known.get(key)
        if args is not None:
            try:
                compiled = from_args(args)
            except (TypeError, ValueError, RuntimeError):
                args = None
        if args is None:
            missed += 1
            args = compile_args(p, flags)
            compiled = from_args(args)
        used[key] = args
        return compiled

    try:
        compile_args("a", 0)  # this Python's compiler has the internals used here
    except Exception:  # noqa: BLE001 - another implementation: compile as usual
        yield
        return
    _compiler.compile = compile
    try:
        yield
    finally:
        _compiler.compile = original
        if missed:
            merged = load(path) | used  # (as the file is now: the other process may have added to it)
            save(path, merged if len(merged) <= KEEP_MAX else used)


# what the one-shot quick path's cleaner child imports (builder.quick._warm_clean); an ordinary build
# imports them too with the cache, so the child's first run finds their patterns (builder.pipeline)
CLEANER_STAGES = ("builder.archive", "builder.clean", "builder.facts", "builder.stories")


def import_with_patterns(cache_dir: Path, modules: tuple[str, ...]) -> None:
    """Import these modules with the compiled-pattern cache in ``cache_dir``."""
    with cached_patterns(cache_dir):
        for name in modules:
            importlib.import_module(name)
