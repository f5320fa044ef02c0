"""The search stage's cache: each document's analysis, kept between builds by a hash of its text.

What lunr's pipeline makes of a document (field lengths, distinct terms and their counts) and the
JSON of its paragraphs (the bulk of its ``d/`` file) depend only on its title, people's names and
paragraphs, so a rebuild re-analyses only the documents whose text changed and decodes the rest
(``array`` of term ids and counts: no tokenising, no stemming, no JSON escaping).

One file, ``<cache>/search.bin``: a header naming the format and the version of the analyser (the
source of the search modules, the stop words, Python's Unicode tables), an Adler-32 of the rest and
the marshalled ``{document key: record}``; a record is ``(field lengths, distinct terms per field
("\\n"-joined), their counts per field (array "I" bytes), paragraphs JSON)``. A missing, corrupt or
foreign file is just an empty cache: everything is recomputed and the file rewritten.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import unicodedata
import zlib
from array import array
from functools import cache
from pathlib import Path
from typing import Any

FORMAT = 1
FILE = "search.bin"
MAGIC = b"briefing-search-cache"

# (field lengths, "\n".join(distinct terms) per field as UTF-8, their counts per field, paragraphs JSON)
Record = tuple[tuple[int, ...], tuple[bytes, ...], tuple[bytes, ...], bytes]


@cache
def analyser_version() -> bytes:
    """Changes whenever the analysis could: the search modules' source, lunr's stop words, the
    Unicode tables behind str.lower() and str.split(), the format of this file."""
    from builder import search

    h = hashlib.sha256(f"{FORMAT};{sys.version_info[:2]};{unicodedata.unidata_version};".encode())
    h.update(" ".join(sorted(search.STOP_WORDS)).encode())
    for mod in (search.__file__, __file__):
        h.update(Path(mod).read_bytes())
    return h.hexdigest()[:32].encode()


def doc_key(title: str, names: list[str], paragraphs: list[str]) -> bytes:
    """A document's text (what its record is made of), hashed; lengths first, so unambiguous."""
    h = hashlib.sha256(repr((len(title), [len(x) for x in names], [len(p) for p in paragraphs])).encode())
    h.update("\0".join([title, *names, *paragraphs]).encode("utf-8", "surrogatepass"))
    return h.digest()[:16]


def fresh_record(counted: list[tuple[int, Any]], paragraphs_json: bytes) -> Record:
    """[(field length, Counter of terms)] per field -> a record."""
    return (tuple(length for length, _ in counted),
            tuple("\n".join(tc).encode("utf-8", "surrogatepass") for _, tc in counted),
            tuple(array("I", tc.values()).tobytes() for _, tc in counted),
            paragraphs_json)


_SHAPE = [int] * 3 + [bytes] * 6


class SearchCache:
    def __init__(self, path: Path | None, records: dict[bytes, Record]) -> None:
        self.path = path
        self.records = records  # what the previous build left
        self.current: dict[bytes, Record] = records  # what this build used

    @classmethod
    def load(cls, cache_dir: Path | None) -> SearchCache:
        if cache_dir is None:
            return cls(None, {})
        path = Path(cache_dir) / FILE
        try:
            data = path.read_bytes()
        except OSError:
            return cls(path, {})
        try:
            head, _, rest = data.partition(b"\n")
            if head != MAGIC + b" " + analyser_version():
                raise ValueError("another version")
            crc, payload = int(rest[:8], 16), memoryview(rest)[8:]
            if zlib.adler32(payload) != crc:
                raise ValueError("checksum")
            records = marshal.loads(payload)
            if type(records) is not dict:
                raise ValueError("shape")
            for key, (lens, terms, counts, pj) in records.items():
                if not (type(key) is bytes and type(pj) is bytes and len(lens) == 3
                        and [type(x) for x in (*lens, *terms, *counts)] == _SHAPE
                        and all(len(c) == 4 * (t.count(b"\n") + 1 if c else 0)
                                for t, c in zip(terms, counts, strict=True))):
                    raise ValueError("record")
        except Exception:  # noqa: BLE001 -- any damage means: recompute, never trust
            return cls(path, {})
        return cls(path, records)

    def keep(self, keys: list[bytes], records: list[Record]) -> None:
        """The records of this build's documents: what the file will hold."""
        self.current = dict(zip(keys, records, strict=True))

    def save(self) -> None:
        """Write this build's records (never those of documents gone), if they differ."""
        if self.path is None or self.current.keys() == self.records.keys():
            return
        payload = marshal.dumps(self.current)
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb") as f:
                f.write(MAGIC + b" " + analyser_version() + b"\n" + b"%08x" % zlib.adler32(payload))
                f.write(payload)
            os.replace(tmp, self.path)
        except OSError:
            tmp.unlink(missing_ok=True)
