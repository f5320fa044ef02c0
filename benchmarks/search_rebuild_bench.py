"""Search stage build time: cold (empty cache), nothing changed, and one article edited, with the
search cache (builder/search_cache.py); optionally against another version of builder/search.py.

    .venv/bin/python benchmarks/search_rebuild_bench.py --sizes 10000 --runs 3
    git show main:builder/search.py > /tmp/ref_search.py
    .venv/bin/python benchmarks/search_rebuild_bench.py --sizes 10000 --runs 3 --ref /tmp/ref_search.py

Each build runs in a fresh process on the archive search_corpus.py makes from make_corpus.py's
manifest (the search stage alone), with the default number of workers. CPU is the process's and
its forked workers' (user + system); each build with the cache is given the previous build's files
as ``previous`` ({path: sha256}, as the pipeline passes the site's manifest), so an unchanged file
comes back as Keep; runs alternate between the versions so that both see the
same machine load; the table gives medians. The edit is scale_bench.py's: " the newly edited "
for " the " in the middle paragraph of the middle article (by file name), or " newly edited"
appended when it has no " the ". With --ref, every file of every build is compared with the
reference version's for the same archive (sha256 of the whole set) and the run fails on a difference.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from search_corpus import OUT, ensure_corpus  # noqa: E402

CHILD = r"""
import hashlib, importlib.util, json, os, sys, time
sys.path.insert(0, {here!r}); sys.path.insert(0, {repo!r})
from pathlib import Path
from search_corpus import archive_from_corpus
archive = archive_from_corpus(Path({folder!r}), Path({manifest!r}))
if {edit!r}:
    arts = sorted(archive.articles.values(), key=lambda a: a.path)
    a = arts[len(arts) // 2]
    i = len(a.paragraphs) // 2
    p = a.paragraphs[i]
    a.paragraphs = [*a.paragraphs[:i], p.replace(" the ", " the newly edited ", 1) if " the " in p
                    else p + " newly edited", *a.paragraphs[i + 1:]]
if {ref!r}:
    spec = importlib.util.spec_from_file_location("ref_search", {ref!r})
    mod = sys.modules["ref_search"] = importlib.util.module_from_spec(spec)  # (workers unpickle its functions)
    spec.loader.exec_module(mod)
    kw = {{}}
else:
    import builder.search as mod
    kw = {{"cache_dir": {cache!r}}} if {cache!r} else {{}}
    if {text_keys!r}:  # the pipeline's source keys, which it has from reading the sources
        kw["text_keys"] = {{a.path: hashlib.sha256("\0".join(a.paragraphs).encode()).hexdigest()
                           for a in archive.articles.values()}}
    prev_file = Path({cache!r} or "/nonexistent") / "bench-previous.json"
    if prev_file.is_file():  # the site's files as the previous build left them (as the pipeline passes them)
        kw["previous"] = json.loads(prev_file.read_text())
def cpu():
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system
c, w = cpu(), time.perf_counter()
files = mod.search_files(archive, "Bench", **kw)
w, c = time.perf_counter() - w, cpu() - c
shas = {{p: b.sha256 if hasattr(b, "sha256") else hashlib.sha256(b).hexdigest() for p, b in files.items()}}
if {cache!r}:
    prev = json.loads(prev_file.read_text()) if prev_file.is_file() else {{}}
    assert all(prev[p] == b.sha256 for p, b in files.items() if hasattr(b, "sha256"))
    prev_file.write_text(json.dumps(shas))
h = hashlib.sha256()
for p in sorted(shas):
    h.update(p.encode() + b"\0" + shas[p].encode())
print(json.dumps({{"wall": w, "cpu": c, "files": len(files), "digest": h.hexdigest(),
                  "made": sum(not hasattr(b, "sha256") for b in files.values())}}))
"""


def build(n: int, out: Path, *, cache: str | None = None, edit: bool = False, ref: str | None = None,
          text_keys: bool = False) -> dict:
    folder, manifest = ensure_corpus(n, out)
    code = CHILD.format(here=str(HERE), repo=str(REPO), folder=str(folder), manifest=str(manifest),
                        edit=edit, ref=ref, cache=cache, text_keys=text_keys)
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(REPO)})
    if res.returncode:
        raise SystemExit(res.stderr)
    return json.loads(res.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--ref", help="another builder/search.py to time (no cache) and compare with")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--text-keys", action="store_true",
                    help="pass text_keys (as the pipeline does: a digest of each article's source) so that "
                         "unchanged documents are told without hashing their text")
    args = ap.parse_args()
    rows = []
    for n in args.sizes:
        times: dict[str, list[dict]] = {}
        digests: dict[str, str] = {}
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as tmp:
                steps = [("cold cache", {"cache": tmp}), ("nothing changed", {"cache": tmp}),
                         ("one article edited", {"cache": tmp, "edit": True})]
                if args.ref:
                    steps = [("ref: no cache", {"ref": args.ref}), steps[0], steps[1],
                             ("ref: one article edited, no cache", {"ref": args.ref, "edit": True}), steps[2]]
                for name, kw in steps:
                    r = build(n, args.out, text_keys=args.text_keys and "ref" not in kw, **kw)
                    times.setdefault(name, []).append(r)
                    digests.setdefault("edited" if kw.get("edit") else "original", r["digest"])
                    if digests["edited" if kw.get("edit") else "original"] != r["digest"]:
                        raise SystemExit(f"{n} {name}: the files differ from the first build of the same archive")
                    print(f"{n} {name}: wall {r['wall']:.2f} s, CPU {r['cpu']:.2f} s, {r['made']} files made, "
                          f"load {os.getloadavg()[0]:.1f}",
                          file=sys.stderr)
        for name, rs in times.items():
            rows.append((n, name, statistics.median(r["wall"] for r in rs), statistics.median(r["cpu"] for r in rs),
                         rs[0]["files"]))
    print("| articles | build | wall s (median) | CPU s (median) | files |")
    print("|---|---|---|---|---|")
    for n, name, wall, cpu, files in rows:
        print(f"| {n} | {name} | {wall:.2f} | {cpu:.2f} | {files} |")
    if args.ref:
        print("\nEvery build's files were identical to the reference version's for the same archive.")


if __name__ == "__main__":
    main()
