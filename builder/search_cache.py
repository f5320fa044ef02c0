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
from typing import Any, TypeAlias

FORMAT = 1
DOCS_FILE = "search-docs.bin"
INDEX_FILE = "search-index.bin"
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

# (keys of the documents in id order, field lengths per field, term -> per field (docs, tfs) or None)
Index: TypeAlias = "tuple[list[bytes], list[list[int]], dict[str, list[tuple[array[int], array[int]] | None]]]"


def _read(path: Path) -> Any:
    """The payload of one of the cache's files; ValueError/OSError when absent or not ours."""
    data = path.read_bytes()
    head, _, rest = data.partition(b"\n")
    if head != MAGIC + b" " + analyser_version():
        raise ValueError("another version")
    check, payload = int(rest[:8], 16), memoryview(rest)[8:]
    if zlib.adler32(payload) != check:
        raise ValueError("checksum")
    return marshal.loads(payload)


def _write(path: Path, data: Any) -> None:
    payload = marshal.dumps(data)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as f:
            f.write(MAGIC + b" " + analyser_version() + b"\n" + b"%08x" % zlib.adler32(payload))
            f.write(payload)
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)


def _load_records(path: Path) -> dict[bytes, Record]:
    try:
        records = _read(path)
        if type(records) is not dict:
            raise ValueError("shape")
        for key, (lens, terms, counts, pj) in records.items():
            if not (type(key) is bytes and type(pj) is bytes and len(lens) == 3
                    and [type(x) for x in (*lens, *terms, *counts)] == _SHAPE
                    and all(len(c) == 4 * (t.count(b"\n") + 1 if c else 0)
                            for t, c in zip(terms, counts, strict=True))):
                raise ValueError("record")
    except Exception:  # noqa: BLE001 -- any damage means: recompute, never trust
        return {}
    return records


def _load_index(path: Path, records: dict[bytes, Record]) -> Index | None:
    try:
        keys, lengths, stored = _read(path)
        n = len(keys)
        if not (type(keys) is list and all(type(k) is bytes for k in keys) and type(stored) is dict
                and len(lengths) == 3 and all(type(b) is bytes and len(b) == 4 * n for b in lengths)):
            raise ValueError("shape")
        postings: dict[str, list[tuple[array[int], array[int]] | None]] = {}
        for term, per_field in stored.items():
            p: list[tuple[array[int], array[int]] | None] = [None] * 3
            for fi, q in enumerate(per_field):
                if q is not None:
                    d, f = array("I", q[0]), array("I", q[1])
                    if not (type(term) is str and 0 < len(d) == len(f) and d[-1] < n):
                        raise ValueError("postings")
                    p[fi] = (d, f)
            postings[term] = p
        return keys, [array("I", b).tolist() for b in lengths], postings
    except Exception:  # noqa: BLE001 -- any damage means: recompute, never trust
        return None


class SearchCache:
    """The records of the previous build's documents and its inverted index (``index``)."""

    def __init__(self, folder: Path | None, records: dict[bytes, Record], index: Index | None) -> None:
        self.folder = folder
        self.records = records  # what the previous build left
        self.index = index
        self._kept: tuple[list[bytes], list[Record], list[list[int]], Any] | None = None

    @classmethod
    def load(cls, cache_dir: Path | None) -> SearchCache:
        if cache_dir is None:
            return cls(None, {}, None)
        folder = Path(cache_dir)
        records = _load_records(folder / DOCS_FILE)
        return cls(folder, records, _load_index(folder / INDEX_FILE, records) if records else None)

    def keep(self, keys: list[bytes], records: list[Record], lengths: list[list[int]], postings: Any) -> None:
        """This build's documents (keys and records, in id order), lengths and posting lists: what
        the files will hold."""
        self._kept = (keys, records, lengths, postings)

    def save(self) -> None:
        """Write this build's records (never those of documents gone) and index, if they changed."""
        if self.folder is None or self._kept is None:
            return
        keys, records, lengths, postings = self._kept
        if self.index is not None and keys == self.index[0]:
            return
        if set(keys) != self.records.keys():
            _write(self.folder / DOCS_FILE, dict(zip(keys, records, strict=True)))
        stored = {t: [(q[0].tobytes(), q[1].tobytes()) if q else None for q in p] for t, p in postings.items()}
        _write(self.folder / INDEX_FILE, (keys, [array("I", ls).tobytes() for ls in lengths], stored))
