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
FUZZY_FILE = "search-fuzzy.bin"
COMPACT_AT = 0.25  # rewrite the records file when this share of it is out of date (else append)
INDEX_LAG = 0.01  # keep the stored index while at most this share of documents differ from it
MAGIC = b"briefing-search-cache"

# (field lengths, "\n".join(distinct terms) per field as UTF-8, their counts per field, paragraphs JSON)
Record = tuple[tuple[int, ...], tuple[bytes, ...], tuple[bytes, ...], bytes]


@cache
def analyser_version() -> bytes:
    """Changes whenever the analysis could: the search modules' source (lunr_text, search), lunr's stop words, the
    Unicode tables behind str.lower() and str.split(), the format of this file."""
    from builder import lunr_text, search

    h = hashlib.sha256(f"{FORMAT};{sys.version_info[:2]};{unicodedata.unidata_version};".encode())
    h.update(" ".join(sorted(lunr_text.STOP_WORDS)).encode())
    for mod in (lunr_text.__file__, search.__file__, __file__):
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


# (keys of the documents in id order, field lengths per field, term -> per field (docs, tfs) or None)
Index: TypeAlias = "tuple[list[bytes], list[list[int]], dict[str, list[tuple[array[int], array[int]] | None]]]"
# (digest of the vocabulary, the fuzzy bucket files made from it)
Fuzzy: TypeAlias = "tuple[bytes, list[tuple[str, bytes]]]"


def _load_fuzzy(path: Path) -> Fuzzy:
    try:
        digest, files = _read(path)
        if not (type(digest) is bytes and type(files) is list
                and all(type(p) is str and type(b) is bytes for p, b in files)):
            raise ValueError("shape")
    except Exception:  # noqa: BLE001 -- any damage means: recompute, never trust
        return b"", []
    return digest, files


def _read(path: Path) -> Any:
    """The payload of one of the cache's files; ValueError/OSError when absent or not ours."""
    data = memoryview(path.read_bytes())
    head = MAGIC + b" " + analyser_version() + b"\n"
    if data[:len(head)] != head:
        raise ValueError("another version")
    check, payload = int(bytes(data[len(head):len(head) + 8]), 16), data[len(head) + 8:]
    if zlib.adler32(payload) != check:
        raise ValueError("checksum")
    return marshal.loads(payload)


def _write(path: Path, body: bytes) -> None:
    """header + body, atomically (a build that stops half way leaves the previous file)."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as f:
            f.write(MAGIC + b" " + analyser_version() + b"\n")
            f.write(body)
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)


def _load_records(path: Path) -> tuple[dict[bytes, Record], bool]:
    """The records file: its header, then frames (length, Adler-32, marshalled {key: record}), the
    first written whole, the others appended by later builds (later wins). A damaged frame ends it.
    -> (records, whether the whole file was sound)."""
    records: dict[bytes, Record] = {}
    try:
        data = memoryview(path.read_bytes())
    except OSError:
        return records, False
    head = MAGIC + b" " + analyser_version() + b"\n"
    if data[:len(head)] != head:
        return records, False
    at = len(head)
    while at < len(data):
        try:
            size, check = int(bytes(data[at:at + 12]), 16), int(bytes(data[at + 12:at + 20]), 16)
            payload = data[at + 20:at + 20 + size]
            if len(payload) != size or zlib.adler32(payload) != check:
                raise ValueError("checksum")
            frame = marshal.loads(payload)
            if type(frame) is not dict:
                raise ValueError("shape")
            for key, (_, _, _, pj) in frame.items():  # (the checksum vouches for the contents)
                if not (type(key) is bytes and type(pj) is bytes):
                    raise ValueError("record")
        except Exception:  # noqa: BLE001 -- any damage means: recompute, never trust
            return records, False
        records.update(frame)
        at += 20 + size
    return records, True


def _frame(records: dict[bytes, Record]) -> bytes:
    payload = marshal.dumps(records)
    return b"%012x%08x" % (len(payload), zlib.adler32(payload)) + payload


def _load_index(path: Path) -> Index | None:
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

    def __init__(self, folder: Path | None, records: dict[bytes, Record], index: Index | None,
                 sound: bool = True) -> None:
        self.folder = folder
        self.records = records  # what the previous build left
        self.sound = sound  # the records file can be appended to
        self.index = index
        self._kept: tuple[list[bytes], list[Record], list[list[int]], Any] | None = None
        self.fuzzy: Fuzzy = (b"", [])
        self.stored_fuzzy = self.fuzzy
        self.patched: int | None = None  # documents patched into the stored index (None: not used)
        self.compacted = True  # the records file was rewritten (set by save_records)

    @classmethod
    def load(cls, cache_dir: Path | None) -> SearchCache:
        if cache_dir is None:
            return cls(None, {}, None)
        folder = Path(cache_dir)
        records, sound = _load_records(folder / DOCS_FILE)
        cache = cls(folder, records, _load_index(folder / INDEX_FILE) if records else None, sound)
        cache.fuzzy = cache.stored_fuzzy = _load_fuzzy(folder / FUZZY_FILE)
        return cache

    def keep(self, keys: list[bytes], records: list[Record], lengths: list[list[int]], postings: Any) -> None:
        """This build's documents (keys and records, in id order), lengths and posting lists: what
        the files will hold."""
        self._kept = (keys, records, lengths, postings)

    def save_records(self) -> None:
        """Write this build's new records (appended; the file rewritten without the records of
        documents gone when a quarter of it is)."""
        if self.folder is None or self._kept is None:
            return
        keys, records = self._kept[:2]
        current = dict(zip(keys, records, strict=True))
        new = {k: r for k, r in current.items() if k not in self.records}
        stale = len(self.records) - (len(current) - len(new))
        path = self.folder / DOCS_FILE
        self.compacted = stale + len(new) > COMPACT_AT * len(current) or not self.sound
        if self.compacted:
            _write(path, _frame(current))
        elif new:
            try:
                with open(path, "ab") as f:
                    f.write(_frame(new))
            except OSError:
                self.compacted = True  # (so the index is rewritten: no stale record is relied on)

    def save_index(self) -> None:
        """Write this build's index, unless the stored one still serves: same ids, few documents
        changed since (their old records are still in the records file). After save_records."""
        if self.folder is None or self._kept is None:
            return
        keys, _, lengths, postings = self._kept
        if self.fuzzy is not self.stored_fuzzy:
            payload = marshal.dumps(self.fuzzy)
            _write(self.folder / FUZZY_FILE, b"%08x" % zlib.adler32(payload) + payload)
        if (not self.compacted and self.index is not None and self.patched is not None
                and self.patched <= INDEX_LAG * len(keys)):
            return
        stored = {t: [(q[0].tobytes(), q[1].tobytes()) if q else None for q in p] for t, p in postings.items()}
        payload = marshal.dumps((keys, [array("I", ls).tobytes() for ls in lengths], stored))
        _write(self.folder / INDEX_FILE, b"%08x" % zlib.adler32(payload) + payload)


EMIT_FILE = "search-emit.sqlite"


class EmitStore:
    """What the previous build emitted, for an incremental one (``builder/search.py``
    ``_incremental``): ``state`` (doc keys, field lengths, the sorted vocabulary with each term's
    df and cut hash, the shards, each emitted file's sha256...) and rows read only where a change
    lands: ``term`` (posting arrays, their JSON in blocks, the term's top documents), ``shard``
    (first term, term count, result cards JSON), ``doc`` (a document's record and card JSON),
    ``bucket`` (a fuzzy bucket's terms). One SQLite file; anything wrong with it (missing,
    another analyser version, damaged) means no state: the build emits everything and rewrites it."""

    TABLES = ("term", "shard", "doc", "bucket")

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.db: Any = None
        self.state: dict[str, Any] | None = None
        if path is None or not path.is_file():
            return
        import sqlite3
        try:
            db = sqlite3.connect(str(path), isolation_level=None)
            db.execute("PRAGMA synchronous = OFF")
            row = db.execute("SELECT v FROM kv WHERE k = 'version'").fetchone()
            if row is None or row[0] != analyser_version():
                db.close()
                return
            blob = db.execute("SELECT v FROM kv WHERE k = 'state'").fetchone()
            state = marshal.loads(blob[0]) if blob else None
            if type(state) is not dict:
                db.close()
                return
            self.db, self.state = db, state
        except Exception:  # noqa: BLE001 -- any damage means: recompute, never trust
            self.db = self.state = None

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None

    def rows(self, table: str, keys: Any) -> dict[Any, Any]:
        """{key: unmarshalled row} for those of ``keys`` the table has."""
        assert table in self.TABLES
        out: dict[Any, Any] = {}
        keys = list(keys)
        for at in range(0, len(keys), 500):
            part = keys[at:at + 500]
            q = f"SELECT k, v FROM {table} WHERE k IN ({','.join('?' * len(part))})"
            for k, v in self.db.execute(q, part):
                out[k] = marshal.loads(v)
        return out

    def update(self, state: dict[str, Any], put: dict[str, dict[Any, Any]], drop: dict[str, Any]) -> None:
        """Write this build's state and changed rows. Without a journal (it would copy every page
        written): the state is deleted first and written last, so a build that stops half way
        leaves a store without state, which the next build replaces whole."""
        if self.db is None or self.path is None:
            return
        try:
            db = self.db
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("DELETE FROM kv WHERE k = 'state'")
            db.execute("BEGIN")
            for table, keys in drop.items():
                assert table in self.TABLES
                db.executemany(f"DELETE FROM {table} WHERE k = ?", [(k,) for k in keys])
            for table, rows in put.items():
                assert table in self.TABLES
                db.executemany(f"INSERT OR REPLACE INTO {table} (k, v) VALUES (?, ?)",
                               [(k, marshal.dumps(v, 2)) for k, v in rows.items()])
            db.execute("COMMIT")
            db.execute("INSERT INTO kv (k, v) VALUES ('state', ?)", (marshal.dumps(state, 2),))
        except Exception:  # noqa: BLE001 -- a store that may be half written is no store
            self.close()
            self.path.unlink(missing_ok=True)

    @staticmethod
    def write(path: Path | None, state: dict[str, Any], rows: dict[str, dict[Any, bytes]]) -> None:
        """A whole new store (rows already marshalled), atomically replacing the old one."""
        if path is None:
            return
        import sqlite3
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.unlink(missing_ok=True)
            db = sqlite3.connect(str(tmp), isolation_level=None)
            try:
                db.execute("PRAGMA journal_mode = OFF")
                db.execute("PRAGMA synchronous = OFF")
                db.execute("BEGIN")
                db.execute("CREATE TABLE kv (k TEXT PRIMARY KEY, v BLOB)")
                for table in EmitStore.TABLES:
                    db.execute(f"CREATE TABLE {table} (k PRIMARY KEY, v BLOB)")
                    db.executemany(f"INSERT INTO {table} (k, v) VALUES (?, ?)", rows.get(table, {}).items())
                db.execute("INSERT INTO kv (k, v) VALUES ('version', ?)", (analyser_version(),))
                db.execute("INSERT INTO kv (k, v) VALUES ('state', ?)", (marshal.dumps(state, 2),))
                db.execute("COMMIT")
            finally:
                db.close()
            os.replace(tmp, path)
        except Exception:  # noqa: BLE001 -- no store: the next build emits everything
            tmp.unlink(missing_ok=True)
            path.unlink(missing_ok=True)
