"""Search benchmark: index build time and memory, bytes a query transfers, and time to results
in headless Chromium, on synthetic archives (make_corpus.py --format raw) of 1k and 10k articles.

    .venv/bin/python benchmarks/search_bench.py            # 1000 and 10000 articles
    .venv/bin/python benchmarks/search_bench.py --sizes 1000 --runs 3

Corpora and built sites are cached under benchmarks/out/ (git-ignored). The archive is made
straight from make_corpus's --manifest and raw body lines (search_corpus.py), so the search
stage is measured alone. Bytes are gzip -6 sizes of every file the page loaded, from opening
search/index.html?q=WORD with an empty cache to the first results on screen.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from search_corpus import OUT, archive_from_corpus, ensure_corpus  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync"]

BUILD_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, {here!r}); sys.path.insert(0, {repo!r})
from search_corpus import archive_from_corpus, ensure_corpus
from builder.search import search_files
from pathlib import Path
folder, manifest = ensure_corpus({n}, Path({out!r}))
archive = archive_from_corpus(folder, manifest)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
def cpu():
    a, b = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return a.ru_utime + a.ru_stime + b.ru_utime + b.ru_stime
c0 = cpu()
t = time.perf_counter()
files = search_files(archive, "Bench", workers={workers})
el = time.perf_counter() - t
cpu_s = cpu() - c0
print(json.dumps({{"build_s": el, "cpu_s": cpu_s, "rss_archive_mb": before / 1024,
  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
  "worker_peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
  "files": len(files), "bytes": sum(map(len, files.values()))}}))
"""


def measure_build(n: int, workers: int | None, out: Path = OUT) -> dict[str, Any]:
    code = BUILD_CHILD.format(here=str(HERE), repo=str(REPO), n=n, workers=workers, out=str(out))
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def build_site(n: int, out: Path = OUT) -> tuple[Path, Any]:
    """Write search files + the search page + static assets to benchmarks/out/site-N."""
    from builder.config import load_config
    from builder.render import Renderer, fingerprint_assets
    from builder.search import search_files
    from builder.vendor import search_assets

    folder, manifest = ensure_corpus(n, out)
    archive = archive_from_corpus(folder, manifest)
    files = search_files(archive, "Bench")
    cfg = load_config(None, root=REPO)
    theme = REPO / "themes" / "default"
    assets, static = fingerprint_assets(theme / "static", search_assets(REPO))
    files.update(static)
    renderer = Renderer(cfg, theme, archive, assets)
    files["search/index.html"] = renderer.render(renderer.search_page())
    site = out / f"site-{n}"
    if site.exists():
        shutil.rmtree(site)
    for rel, data in files.items():
        p = site / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return site, archive


def pick_words(archive: Any) -> dict[str, tuple[str, int]]:
    """A common, a medium (about 1% of articles) and a rare (one article) word, by document frequency."""
    import re

    from builder.lunr_text import STOP_WORDS

    df: Counter[str] = Counter()
    for a in archive.articles.values():
        df.update(set(re.findall(r"[a-z]{4,}", " ".join(a.paragraphs).lower())))
    words = [(w, c) for w, c in df.items() if w not in STOP_WORDS]
    common = max(words, key=lambda x: (x[1], x[0]))
    target = max(2, len(archive.articles) // 100)
    medium = min(words, key=lambda x: (abs(x[1] - target), x[0]))
    rare = min((x for x in words if x[1] == 1 and len(x[0]) >= 7), key=lambda x: x[0])
    return {"common": common, "medium": medium, "rare": rare}


def pick_words_from_site(site: Path) -> dict[str, tuple[str, int]]:
    """pick_words for a site built elsewhere (e.g. by the whole pipeline), from its search/d/ files."""
    from types import SimpleNamespace

    arts = {}
    for p in (site / "search" / "d").glob("*.js"):
        text = p.read_text(encoding="utf-8")
        d = json.loads(text[text.index(",") + 1: text.rindex(")")])
        arts[p.stem] = SimpleNamespace(paragraphs=[d["t"], *d["x"]])
    return pick_words(SimpleNamespace(articles=arts))


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a page closed while loading: not an error
            super().handle_error(request, client_address)


def serve(root: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    srv = _Server(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv, f"http://127.0.0.1:{srv.server_port}/"


def gz_size(path: Path, cache: dict[Path, int]) -> int:
    if path not in cache:
        cache[path] = len(gzip.compress(path.read_bytes(), 6, mtime=0))
    return cache[path]


WAIT_RESULTS = """(q) => { window.__wait = new Promise((resolve) => {
  const page = document.getElementById('search-page');
  const t0 = performance.now();  // the keydown comes after this (window.__kd, set by a capturing listener)
  const done = (e) => { if (e.detail.q === q) { page.removeEventListener('briefing:results', done);
    const kd = window.__kd >= t0 ? window.__kd : t0;
    resolve({ms: performance.now() - kd, n: e.detail.n}); } };
  page.addEventListener('briefing:results', done);
  // the excerpts (filled in from the d/ files after results shown from cards): keydown to all shown
  window.__excerpts = new Promise((resolve) => {
    const ex = (e) => { if (e.detail.q === q) { page.removeEventListener('briefing:excerpts', ex);
      const kd = window.__kd >= t0 ? window.__kd : t0; resolve(performance.now() - kd); } };
    page.addEventListener('briefing:excerpts', ex);
  });
}); }"""


def browser_runs(site: Path, words: dict[str, tuple[str, int]], runs: int) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    from builder.lunr_text import STOP_WORDS

    srv, base = serve(site)
    gzc: dict[Path, int] = {}
    out: dict[str, Any] = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for label, (word, df) in words.items():
                colds, kbytes, reqs, keys, ns, typing = [], [], [], [], [], []
                cold_ex: list[float] = []
                key_ex: list[float] = []
                for _ in range(runs):
                    ctx = browser.new_context()  # empty cache
                    page = ctx.new_page()
                    loaded: list[str] = []
                    page.on("requestfinished", lambda r, loaded=loaded: loaded.append(r.url))
                    page.goto(base + f"search/index.html?q={word}")
                    page.wait_for_function(
                        "performance.getEntriesByName('briefing:first-results').length > 0", timeout=30000)
                    colds.append(page.evaluate(
                        "performance.getEntriesByName('briefing:first-results')[0].startTime"))
                    # bytes: everything loaded until the page is complete (excerpts filled in too)
                    if page.get_attribute("#search-results", "data-n") != "0":
                        page.wait_for_function(
                            "performance.getEntriesByName('briefing:excerpts').length > 0", timeout=30000)
                        cold_ex.append(page.evaluate(
                            "performance.getEntriesByName('briefing:excerpts')[0].startTime"))
                    total = 0
                    for u in loaded:
                        path = site / unquote(urlsplit(u).path).lstrip("/")
                        if path.is_dir():
                            path = path / "index.html"
                        total += gz_size(path, gzc)
                    kbytes.append(total / 1000)
                    reqs.append(len(loaded))
                    ns.append(int(page.get_attribute("#search-results", "data-n") or 0))
                    ctx.close()
                    # keystroke to results, on a fresh page (nothing of the word cached in memory) that
                    # already shows the results for the word minus its last letter
                    ctx = browser.new_context()
                    page = ctx.new_page()
                    page.goto(base + f"search/index.html?q={word[:-1]}")
                    page.wait_for_function(
                        "performance.getEntriesByName('briefing:first-results').length > 0", timeout=30000)
                    page.click("#search-q")
                    page.keyboard.press("End")
                    page.evaluate("document.addEventListener('keydown', () => { window.__kd = performance.now(); },"
                                  " {capture: true})")
                    page.evaluate(WAIT_RESULTS, word)
                    page.keyboard.press(word[-1])
                    r = page.evaluate("window.__wait")
                    keys.append(r["ms"])
                    if r["n"]:
                        key_ex.append(page.evaluate("window.__excerpts"))
                    # every keystroke while typing the word into the empty box (the shards load as
                    # the prefix narrows): the slowest one
                    page.fill("#search-q", "")
                    page.wait_for_function("document.getElementById('search-page').dataset.state !== 'loading'")
                    slowest = 0.0
                    for i in range(1, len(word) + 1):
                        if word[:i] in STOP_WORDS:  # nothing to search: the page goes idle, no results event
                            page.keyboard.press(word[i - 1])
                            continue
                        page.evaluate(WAIT_RESULTS, word[:i])
                        page.keyboard.press(word[i - 1])
                        slowest = max(slowest, page.evaluate("window.__wait")["ms"])
                    typing.append(slowest)
                    ctx.close()
                out[label] = {"word": word, "df": df, "cold_ms": statistics.median(colds),
                              "gzip_kB": statistics.median(kbytes), "requests": statistics.median(reqs),
                              "key_ms": statistics.median(keys), "key_ms_max": max(keys),
                              "typing_ms": statistics.median(typing), "typing_ms_max": max(typing),
                              "cold_excerpts_ms": statistics.median(cold_ex) if cold_ex else 0.0,
                              "key_excerpts_ms": statistics.median(key_ex) if key_ex else 0.0,
                              "key_excerpts_ms_max": max(key_ex) if key_ex else 0.0}
            browser.close()
    finally:
        srv.shutdown()
    return out


def random_words(site: Path, count: int, seed: int = 1) -> list[str]:
    """Words of 5+ letters picked from random articles' text (search/d/ files), for typing_spread."""
    import random
    import re

    rng = random.Random(seed)
    files = sorted((site / "search" / "d").glob("*.js"), key=lambda p: int(p.stem))
    words: list[str] = []
    for p in rng.sample(files, min(count, len(files))):
        text = p.read_text(encoding="utf-8")
        d = json.loads(text[text.index(",") + 1: text.rindex(")")])
        ws = re.findall(r"[a-z]{5,}", " ".join([d["t"], *d["x"]]).lower())
        if ws:
            words.append(rng.choice(ws))
    return words


def typing_spread(site: Path, words: list[str]) -> list[tuple[str, float, float]]:
    """Each word typed letter by letter into the box of a fresh, empty search page (the same timing
    as the "slowest letter" column: keydown to results on screen). -> (word, slowest, median) ms."""
    from playwright.sync_api import sync_playwright

    from builder.lunr_text import STOP_WORDS

    srv, base = serve(site)
    out = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for word in words:
                ctx = browser.new_context()
                page = ctx.new_page()
                page.goto(base + "search/index.html")
                page.wait_for_function("document.getElementById('search-page').dataset.state === 'idle'")
                page.click("#search-q")
                page.evaluate("document.addEventListener('keydown', () => { window.__kd = performance.now(); },"
                              " {capture: true})")
                times = []
                for i in range(1, len(word) + 1):
                    if word[:i] in STOP_WORDS:
                        page.keyboard.press(word[i - 1])
                        continue
                    page.evaluate(WAIT_RESULTS, word[:i])
                    page.keyboard.press(word[i - 1])
                    times.append(page.evaluate("window.__wait")["ms"])
                out.append((word, max(times), statistics.median(times)))
                ctx.close()
            browser.close()
    finally:
        srv.shutdown()
    return out


CHECK = """async (queries) => {
  let bad = 0, docs = 0;
  for (const [text, typing] of queries) {
    const a = await BriefingSearch.raw(text, typing), b = await BriefingSearch.fast(text, typing);
    const m = new Map(b.results.map((r) => [r.ref, r.score]));
    docs += a.results.length;
    if (m.size !== a.results.length || a.results.some((r) => m.get(r.ref) !== r.score)) bad++;
  }
  return {bad, docs};
}"""


def check_scores(site: Path, words: dict[str, tuple[str, int]]) -> dict[str, int]:
    """The page's scorer against lunr's Index.query on the same shards: every prefix of each word
    while typing, the word, and the word with a typo. -> {queries, bad (differing), docs}."""
    from playwright.sync_api import sync_playwright

    queries: list[list[Any]] = []
    for word, _df in words.values():
        queries += [[word[:i], True] for i in range(2, len(word) + 1)]
        queries += [[word, False], [word[:2] + word[3:], False], [word[:-1] + "q" + word[-1], False]]
    srv, base = serve(site)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page()
            page.goto(base + "search/index.html")
            page.wait_for_function("window.BriefingSearch !== undefined")
            r = page.evaluate(CHECK, queries)
            browser.close()
    finally:
        srv.shutdown()
    return {"queries": len(queries), **r}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--workers", type=int, default=None, help="search_files workers (default: automatic)")
    ap.add_argument("--small", action="store_true", help="1000 articles only")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--out", type=Path, default=OUT, help="where corpora and sites are cached")
    ap.add_argument("--site", type=Path, help="measure queries on this already built site (no build)")
    ap.add_argument("--spread", type=int, default=0, metavar="N",
                    help="with --site: also type N random words letter by letter (slowest letter of each)")
    ap.add_argument("--check", action="store_true",
                    help="also check that the page's scores equal lunr's Index.query, bit for bit")
    args = ap.parse_args()
    sizes = [1000] if args.small else args.sizes
    results = {}
    print(f"load average at start: {os.getloadavg()[0]:.1f}", flush=True)
    if args.site:
        words = pick_words_from_site(args.site)
        if args.check:
            print("scores against lunr.Index.query:", check_scores(args.site, words), flush=True)
        if args.spread:
            spread = typing_spread(args.site, random_words(args.site, args.spread))
            slow = sorted(s for _, s, _ in spread)
            print(f"{len(spread)} random words typed letter by letter, slowest letter of each word: median"
                  f" {statistics.median(slow):.0f} ms, 90th percentile {slow[int(0.9 * (len(slow) - 1))]:.0f} ms,"
                  f" max {slow[-1]:.0f} ms; words over 100 ms: {sum(s > 100 for s in slow)}"
                  f" ({', '.join(f'{w} {s:.0f}' for w, s, _ in spread if s > 100) or 'none'})", flush=True)
        q = browser_runs(args.site, words, args.runs)
        print("| site | query | word (df) | gzip kB to first results (with excerpts) | requests | cold ms (excerpts)"
              " | keystroke ms (max) | keystroke to excerpts ms (max) | slowest letter typing the word, ms (max) |")
        print("|---|---|---|---|---|---|---|---|---|")
        for label, r in q.items():
            print(f"| {args.site.name} | {label} | {r['word']} ({r['df']}) | {r['gzip_kB']:.0f} | {r['requests']:.0f}"
                  f" | {r['cold_ms']:.0f} ({r['cold_excerpts_ms']:.0f}) | {r['key_ms']:.0f} ({r['key_ms_max']:.0f})"
                  f" | {r['key_excerpts_ms']:.0f} ({r['key_excerpts_ms_max']:.0f})"
                  f" | {r['typing_ms']:.0f} ({r['typing_ms_max']:.0f}) |")
        return
    for n in sizes:
        print(f"== {n} articles", flush=True)
        b = measure_build(n, args.workers, args.out)
        print(f"  build {b['build_s']:.2f} s wall, {b['cpu_s']:.2f} s CPU, peak RSS {b['peak_mb']:.0f} MB"
              f" (archive alone {b['rss_archive_mb']:.0f} MB, largest worker {b['worker_peak_mb']:.0f} MB),"
              f" {b['files']} files, {b['bytes'] / 1e6:.1f} MB", flush=True)
        site, archive = build_site(n, args.out)
        words = pick_words(archive)
        if args.check and os.path.exists(CHROMIUM):
            print("  scores against lunr.Index.query:", check_scores(site, words), flush=True)
        q = browser_runs(site, words, args.runs) if os.path.exists(CHROMIUM) else {}
        results[n] = {"build": b, "queries": q}
    print()
    print("| articles | build s (CPU s) | peak RSS MB | query | word (df) | gzip kB to first results (with excerpts)"
          " | requests | cold ms (excerpts) | keystroke ms (max) | keystroke to excerpts ms (max)"
          " | slowest letter typing the word, ms (max) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for n, r in results.items():
        b = r["build"]
        for label, q in r["queries"].items():
            print(f"| {n} | {b['build_s']:.1f} ({b['cpu_s']:.1f}) | {b['peak_mb']:.0f} | {label}"
                  f" | {q['word']} ({q['df']}) |"
                  f" {q['gzip_kB']:.0f} | {q['requests']:.0f} | {q['cold_ms']:.0f} ({q['cold_excerpts_ms']:.0f})"
                  f" | {q['key_ms']:.0f} ({q['key_ms_max']:.0f})"
                  f" | {q['key_excerpts_ms']:.0f} ({q['key_excerpts_ms_max']:.0f})"
                  f" | {q['typing_ms']:.0f} ({q['typing_ms_max']:.0f}) |")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, sort_keys=True))


if __name__ == "__main__":
    main()
