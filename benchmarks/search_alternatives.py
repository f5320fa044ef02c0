"""The alternatives docs/search.md compares: a naive whole lunr.py index, shard sizes, and how to
ship result documents. Slow at 10k (several full index builds).

    .venv/bin/python benchmarks/search_alternatives.py --naive 1000 --shards 10000
"""

from __future__ import annotations

import argparse
import bisect
import gzip
import json
import random
import resource
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from search_corpus import archive_from_corpus, ensure_corpus  # noqa: E402

import builder.lunr_text as T  # noqa: E402
import builder.search as S  # noqa: E402


def gz(b: bytes) -> int:
    return len(gzip.compress(b, 6, mtime=0))


def naive(n: int) -> None:
    from lunr import lunr

    archive = archive_from_corpus(*ensure_corpus(n))
    docs = [dict(id=str(i), **S.document_fields(a, archive)) for i, a in enumerate(S.doc_order(archive))]
    t = time.perf_counter()
    idx = lunr(ref="id", fields=[dict(field_name="title", boost=10), dict(field_name="actors", boost=5), "body"],
               documents=docs)
    el = time.perf_counter() - t
    s = json.dumps(idx.serialize(), separators=(",", ":")).encode()
    print(f"lunr.py whole index, {n} articles: build {el:.1f} s, JSON {len(s) / 1e6:.1f} MB, gzip {gz(s) / 1e6:.2f} MB,"
          f" peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def shards(n: int, words: dict[str, str]) -> None:
    archive = archive_from_corpus(*ensure_corpus(n))
    for target in (8_000, 24_000, 64_000, 200_000):
        S.SHARD_TARGET = target
        files = S.search_files(archive, "X", workers=1)
        meta = files["search/meta.js"]
        firsts = json.loads(meta.decode()[meta.index(b",") + 1: -3])["shards"]
        sizes = [gz(b) for p, b in files.items() if p.startswith("search/t/")]

        def shard_gz(w: str, firsts: list[str] = firsts, files: dict[str, bytes] = files) -> float:
            k = bisect.bisect_right(firsts, T.js_stem(w)) - 1
            return gz(files[f"search/t/{k}.js"]) / 1000

        print(f"shard target {target}: {len(sizes)} shards, meta {gz(meta) / 1000:.1f} kB, median shard"
              f" {statistics.median(sizes) / 1000:.1f} kB, max {max(sizes) / 1000:.1f} kB; "
              + ", ".join(f"{k} ({w}) {shard_gz(w):.1f} kB" for k, w in words.items()), flush=True)
    S.SHARD_TARGET = 24_000
    files = S.search_files(archive, "X", workers=1)
    random.seed(1)
    ids = sorted(random.sample(range(n), 20))
    print(f"20 random result documents, one file each: {sum(gz(files[f'search/d/{i}.js']) for i in ids) / 1000:.1f} kB")
    for c in (8, 32, 128):
        chunks = sorted({i // c for i in ids})
        tot = sum(gz(b"".join(files[f"search/d/{j}.js"] for j in range(k * c, min(n, (k + 1) * c)))) for k in chunks)
        print(f"  in chunks of {c}: {len(chunks)} files, {tot / 1000:.1f} kB")
    every = gz(b"".join(b for p, b in files.items() if p.startswith("search/t/")))
    print(f"all shards as one file: {every / 1e6:.1f} MB gzip")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--naive", type=int, nargs="*", default=[1000], help="sizes for the whole lunr.py index")
    ap.add_argument("--shards", type=int, nargs="*", default=[10000], help="sizes for the shard-size comparison")
    ap.add_argument("--words", default="common=talks,medium=truger,rare=acheist")
    args = ap.parse_args()
    words = dict(kv.split("=") for kv in args.words.split(","))
    for n in args.naive:
        naive(n)
    for n in args.shards:
        shards(n, words)


if __name__ == "__main__":
    main()
