"""The cyclic garbage collector paused around work that allocates many acyclic objects."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector paused (and enabled again after, if it was): a build allocates
    millions of acyclic objects, and collections triggered by that alone cost more than a third of
    loading; the search store's state, read at every build, is ~10^5 objects."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
