"""The archive-wide model's two costly parts, kept between one-shot builds: the merge of people
across the archive and the related-article candidate scores. Each is stored with a digest of
exactly what it was made from, so it is reused only when a new computation would give the same
answer (an edit to an article's text usually changes neither). A resident `serve` process
compares its memo by identity instead (builder/memo.py); this file serves `briefing build`.

Stored with marshal and a checksum, like the facts cache: unreadable, damaged or from another
version, it is ignored and rewritten.
"""

from __future__ import annotations

import hashlib
import marshal
from pathlib import Path
from typing import Any

from builder.cache import code_version, decode, encode, write_whole

FILE = "model.bin"


def digest(obj: Any) -> str:
    """Digest of plain data (str, int, float, None, tuples, lists, dicts), with the builder's code.
    marshal format 0: later formats write shared or interned objects as back-references, so
    equal data could give different bytes."""
    return hashlib.sha256(code_version().encode() + marshal.dumps(obj, 0)).hexdigest()


class ModelCache:
    def __init__(self, cache_dir: Path) -> None:
        self.path = cache_dir / FILE
        self.data: dict[str, Any] = {}
        self.hits: list[str] = []
        self._dirty = False
        try:
            value = decode(self.path.read_bytes())
        except OSError:
            value = None
        if value is not None and value[0] == code_version() and isinstance(value[1], dict):
            self.data = value[1]

    def get(self, kind: str, key: str) -> Any:
        entry = self.data.get(kind)
        if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == key:
            self.hits.append(kind)
            return entry[1]
        return None

    def put(self, kind: str, key: str, value: Any) -> None:
        self.data[kind] = (key, value)
        self._dirty = True

    def save(self) -> None:
        """Write the file if anything changed (a failure only costs the next build the work)."""
        if not self._dirty:
            return
        try:
            write_whole(self.path, encode(code_version(), self.data))
            self._dirty = False
        except (OSError, ValueError):
            pass
