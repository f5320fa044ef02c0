"""Full-build and one-article-rebuild benchmark: Briefing against Hugo, MkDocs and Pelican.

    python benchmarks/scale_bench.py --sizes 1000 10000          # the issue's table
    python benchmarks/scale_bench.py --sizes 200 --peers none    # CI smoke run

Archives come from ../shared/bench/scale/make_corpus.py (raw for Briefing; Markdown with
the people as tags for the peers) and are cached in benchmarks/out/. Each tool runs as a
child process; wall time is measured around it and peak RSS is the child's own (wait4).
Peers run where installed: `apt-get install hugo` (0.111), and in a venv
`pip install mkdocs==1.6.1 pelican==4.12.0 pelican-yaml-metadata` at benchmarks/out/peers
(or pass --peer-bin DIR). See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import queue
import shutil
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "benchmarks" / "out"
# Briefing runs from this checkout (not whichever copy the environment has installed), with Python's
# bytecode cache as on a user's machine (an installed package has it; a checkout writes it at its first
# run): an environment that turns it off (PYTHONDONTWRITEBYTECODE) would have every run compile the
# builder's modules from source again, 0.3 s of a one-article rebuild.
ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
       "PYTHONPATH": os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH")) if p)}
MAKE_CORPUS = REPO.parent / "shared" / "bench" / "scale" / "make_corpus.py"


_LAST = {"cpu": 0.0, "load": 0.0}  # CPU seconds and load average of the last run()


@dataclass
class Run:
    tool: str
    n: int
    what: str
    wall: float
    rss_mb: float
    pages: int
    ok: bool
    cpu: float = field(default_factory=lambda: _LAST["cpu"])  # user + system, the tool and its workers
    load: float = field(default_factory=lambda: _LAST["load"])  # 1-minute load average at its start


def run(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, float, bool, str]:
    """Run a command; return wall seconds, the child's peak RSS in MB, success, and its output tail.
    Its CPU time (with the worker processes it waited for) and the load average go to _LAST."""
    _LAST["load"] = os.getloadavg()[0]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env or ENV)
    assert proc.stdout is not None
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    _LAST["cpu"] = usage.ru_utime + usage.ru_stime
    return wall, usage.ru_maxrss / 1024, proc.returncode in (0, 2), output.decode(errors="replace")[-2000:]


def corpus(n: int, fmt: str) -> Path:
    d = OUT / f"{fmt}-{n}"
    if not (d / ".complete").exists():
        shutil.rmtree(d, ignore_errors=True)
        subprocess.run(
            [sys.executable, str(MAKE_CORPUS), "--n", str(n), "--out", str(d), "--format", fmt],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        (d / ".complete").write_text("")
    return d


def count_pages(site: Path) -> int:
    return sum(1 for _ in site.rglob("*.html")) if site.is_dir() else 0


def tree_digest(site: Path) -> str:
    h = hashlib.sha256()
    for p in sorted(site.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(site).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def briefing(n: int, workers: int, rebuild: bool) -> list[Run]:
    raw = corpus(n, "raw")
    proj = OUT / f"briefing-{n}"
    shutil.rmtree(proj, ignore_errors=True)
    proj.mkdir(parents=True)
    shutil.copytree(raw, proj / "seeds", ignore=shutil.ignore_patterns(".complete"))
    (proj / "content").mkdir()
    (proj / "node_modules").symlink_to(REPO / "node_modules")
    (proj / "briefing.yml").write_text(f"title: Benchmark\ntheme: {REPO / 'themes' / 'default'}\nworkers: {workers}\n")
    cmd = [sys.executable, "-m", "builder", "build", "--quiet"]
    runs = []
    wall, rss, ok, out = run(cmd, proj)
    if not ok:
        print(out, file=sys.stderr)
    runs.append(Run("Briefing", n, "full build (cold cache)", wall, rss, count_pages(proj / "site"), ok))
    if rebuild:
        wall, rss, ok, _ = run(cmd, proj)
        runs.append(Run("Briefing", n, "rebuild, nothing changed", wall, rss, count_pages(proj / "site"), ok))
        wall, rss, ok, _ = run([*cmd, "--full"], proj)
        runs.append(Run("Briefing", n, "rebuild, nothing changed, --full", wall, rss, count_pages(proj / "site"), ok))
        # Three one-shot rebuilds after editing one article each: each new process takes the quick
        # path (builder/quick.py) when the edit changes no title, person or related-article feature.
        walls, rsss, quick = [], [], 0
        for k in range(3):
            edit_one(proj, n // 2 + 7 * k, f"newly edited{k}")
            wall, rss, ok, _ = run(cmd, proj)
            walls.append(wall)
            rsss.append(rss)
            quick += _was_quick(proj)
        print(f"  one-shot one-article rebuilds: {', '.join(f'{w:.2f}' for w in walls)} s; quick path: {quick} of 3",
              file=sys.stderr)
        runs.append(Run("Briefing", n, f"rebuild, one article changed (median of 3; quick path {quick} of 3)",
                        statistics.median(walls), max(rsss), count_pages(proj / "site"), ok))
        # One article's title edited: its slug, its cards and its related-article features change,
        # which the quick path does not do (the ordinary path builds, with the caches warm).
        retitle(proj, n // 2 + 29)
        wall, rss, ok, _ = run(cmd, proj)
        quick = _was_quick(proj)
        print(f"  one-shot rebuild after a title edit: {wall:.2f} s; quick path: {quick}", file=sys.stderr)
        runs.append(Run("Briefing", n, "rebuild, one article's title changed (ordinary path)", wall, rss,
                        count_pages(proj / "site"), ok))
        # One article added, as an archive grows every day: a new page, its people's pages, every list
        # that counts articles (the timeline's month list is on each of its pages), and the search
        # ids of the articles after it in date order (the generator's next article falls mid-archive).
        add_article(proj, n + 1)
        wall, rss, ok, _ = run(cmd, proj)
        quick = _was_quick(proj)
        print(f"  one-shot rebuild after adding an article: {wall:.2f} s; quick path: {quick}", file=sys.stderr)
        runs.append(Run("Briefing", n, "rebuild, one article added (ordinary path)", wall, rss,
                        count_pages(proj / "site"), ok))
        runs.extend(serve_rebuilds(proj, n))
        incremental = tree_digest(proj / "site")
        shutil.rmtree(proj / ".briefing-cache")
        shutil.rmtree(proj / "site")
        run(cmd, proj)
        same = tree_digest(proj / "site") == incremental
        print(f"  one-article rebuild byte-identical to a full build: {same}", file=sys.stderr)
    return runs


def _was_quick(proj: Path) -> bool:
    """Whether the last build took the one-shot quick path (its record says so, or why not)."""
    import json

    try:
        record = json.loads((proj / ".briefing-cache" / "last-build.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not record.get("quick"):
        print(f"  not quick: {record.get('quick_skipped')}", file=sys.stderr)
    return bool(record.get("quick"))


def edit_one(proj: Path, i: int, word: str) -> None:
    """Change one word in the middle of the i-th seed, as a maintainer's correction would."""
    target, text = edited(proj, i, word)
    target.write_text(text, encoding="utf-8")


def retitle(proj: Path, i: int) -> None:
    """Add a word to the headline of the i-th seed (the line the cleaner takes for its title)."""
    import json

    target = sorted((proj / "seeds").glob("*.txt"))[i]
    got = subprocess.run([sys.executable, "-m", "builder", "clean", "--json", str(target)], cwd=proj, env=ENV,
                         capture_output=True, text=True, check=True)
    title = json.loads(got.stdout)["title"]
    text = target.read_text(encoding="utf-8")
    if f"\n{title}\n" not in text:
        raise ValueError(f"{target}: its title {title!r} is not a line of its own")
    target.write_text(text.replace(f"\n{title}\n", f"\n{title}, again\n", 1), encoding="utf-8")


def add_article(proj: Path, n: int) -> float:
    """Add the generator's n-th article (make_corpus.py is prefix-stable: article n of an archive of n
    is a new article when the project has the first n-1), saved as an editor saves (written beside
    the project, then renamed into seeds/). Returns the time.perf_counter() of the rename."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(MAKE_CORPUS), "--n", str(n), "--out", tmp, "--format", "raw"],
                       check=True, stdout=subprocess.DEVNULL)
        new = sorted(Path(tmp).glob("*.txt"))[-1]
        if (proj / "seeds" / new.name).exists():
            raise ValueError(f"{new.name} is already in {proj / 'seeds'}")
        shutil.copy(new, proj / ".add.tmp")
    t = time.perf_counter()
    os.replace(proj / ".add.tmp", proj / "seeds" / new.name)
    return t


def edited(proj: Path, i: int, word: str) -> tuple[Path, str]:
    """The i-th seed and its text with one word added in the middle paragraph."""
    seeds = sorted((proj / "seeds").glob("*.txt"))
    target = seeds[i % len(seeds)]
    paras = target.read_text(encoding="utf-8").split("\n\n")
    j = len(paras) // 2
    for k in [*range(j, len(paras)), *range(j)]:  # the middle paragraph, or the next one with a " the "
        if " the " in paras[k]:
            paras[k] = paras[k].replace(" the ", f" the {word} ", 1)
            return target, "\n\n".join(paras)
    raise ValueError(f"{target}: no ' the ' to edit")


def serve_rebuilds(proj: Path, n: int, edits: int = 5) -> list[Run]:
    """`briefing serve` on the project: change one article at a time and time each change from the
    write to the rebuilt site being announced (the watcher's wake-up on the file-system event
    and its look at the folders are included). Reports the median; the serve process's peak RSS
    and CPU over the whole session."""
    proc = subprocess.Popen([sys.executable, "-m", "builder", "serve", "--port", "0"], cwd=proj, env=ENV,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: queue.Queue[str] = queue.Queue()
    assert proc.stdout is not None
    out = proc.stdout
    threading.Thread(target=lambda: [lines.put(line) for line in out], daemon=True).start()

    stages: list[str] = []

    def wait_for(prefix: str) -> str:
        while True:
            line = lines.get(timeout=900)
            if line.startswith("Stages"):
                stages.append(line.strip())
            if line.startswith(prefix) or line.startswith("Build failed"):
                return line

    _LAST["load"] = os.getloadavg()[0]
    times = []
    ok = True
    try:
        wait_for("Watching")
        for k in range(edits):
            target, text = edited(proj, n // 3 + k, f"served{k}")  # (listing 10k seeds is not serve's time)
            # Saved as editors save atomically: written beside the project, then renamed over the
            # seed. (A write in place can be seen half done: truncated, then written. Serve then
            # builds twice, and the second "Site written" was taken for the next edit's.)
            tmp = proj / ".edit.tmp"
            tmp.write_text(text, encoding="utf-8")
            t = time.perf_counter()
            os.replace(tmp, target)
            ok = wait_for("Site written").startswith("Site written") and ok
            times.append(time.perf_counter() - t)
        # One article added (the ordinary path in memory: every list that counts articles changes).
        t = add_article(proj, n + 2)  # (n + 1 was added by the one-shot run before)
        ok = wait_for("Site written").startswith("Site written") and ok
        added = time.perf_counter() - t
        own = _own_peak_mb(proc.pid)
    finally:
        proc.terminate()
        _, _, usage = os.wait4(proc.pid, 0)
    _LAST["cpu"] = usage.ru_utime + usage.ru_stime
    print(f"  serve, one article changed: {', '.join(f'{x:.2f}' for x in times)} s", file=sys.stderr)
    for line in stages:
        print(f"    {line}", file=sys.stderr)
    print(f"  serve, one article added: {added:.2f} s", file=sys.stderr)
    # (the table's RSS is wait4's: the largest of the process and the render workers it forked, whose RSS counts
    # the pages they share with it; the serve process's own peak is VmHWM)
    print(f"  serve process's own peak RSS (VmHWM): {own:.0f} MB", file=sys.stderr)
    pages = count_pages(proj / "site")
    return [Run("Briefing", n, f"`serve`: one article changed (median of {edits})", statistics.median(times),
                usage.ru_maxrss / 1024, pages, ok),
            Run("Briefing", n, "`serve`: one article added", added, usage.ru_maxrss / 1024, pages, ok)]


def _own_peak_mb(pid: int) -> float:
    """A running process's own peak resident set (VmHWM), in MB; 0.0 where /proc is not there."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def hugo(n: int) -> list[Run]:
    exe = shutil.which("hugo")
    if not exe:
        return []
    site = OUT / f"hugo-{n}"
    if not (site / "content" / "posts").is_dir():
        shutil.rmtree(site, ignore_errors=True)
        (site / "layouts" / "_default").mkdir(parents=True)
        shutil.copytree(corpus(n, "markdown"), site / "content" / "posts", ignore=shutil.ignore_patterns(".complete"))
        (site / "hugo.toml").write_text(
            'baseURL = "http://example.org/"\ntitle = "Benchmark"\n[taxonomies]\n  tag = "tags"\n'
        )
        layouts = site / "layouts" / "_default"
        (layouts / "baseof.html").write_text(
            "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head>"
            '<body>{{ block "main" . }}{{ end }}</body></html>'
        )
        (layouts / "single.html").write_text(
            '{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Date.Format "2006-01-02" }}</p>'
            '<ul>{{ range .Params.tags }}<li><a href="{{ "tags/" | relURL }}{{ . | urlize }}/">'
            "{{ . }}</a></li>{{ end }}</ul>"
            "{{ .Content }}{{ end }}"
        )
        (layouts / "list.html").write_text(
            '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">'
            "{{ .Title }}</a></li>{{ end }}</ul>{{ end }}"
        )
    shutil.rmtree(site / "public", ignore_errors=True)
    wall, rss, ok, _ = run([exe, "--quiet", "-d", "public"], site)
    return [Run("Hugo 0.111 (names as a taxonomy)", n, "full build", wall, rss, count_pages(site / "public"), ok)]


def mkdocs(n: int, bindir: Path) -> list[Run]:
    exe = bindir / "mkdocs"
    if not exe.exists():
        return []
    site = OUT / f"mkdocs-{n}"
    if not (site / "docs").is_dir():
        shutil.rmtree(site, ignore_errors=True)
        shutil.copytree(corpus(n, "markdown"), site / "docs", ignore=shutil.ignore_patterns(".complete"))
        (site / "docs" / "index.md").write_text("# Benchmark\n")
        (site / "mkdocs.yml").write_text("site_name: Benchmark\nnav:\n  - index.md\nplugins:\n  - search\n")
    shutil.rmtree(site / "site", ignore_errors=True)
    wall, rss, ok, _ = run([str(exe), "build", "-q"], site)
    return [Run("MkDocs 1.6.1 (search on, one-item nav)", n, "full build", wall, rss, count_pages(site / "site"), ok)]


def pelican(n: int, bindir: Path) -> list[Run]:
    exe = bindir / "pelican"
    if not exe.exists():
        return []
    site = OUT / f"pelican-{n}"
    if not (site / "content").is_dir():
        shutil.rmtree(site, ignore_errors=True)
        shutil.copytree(corpus(n, "markdown"), site / "content", ignore=shutil.ignore_patterns(".complete"))
        (site / "pelicanconf.py").write_text(
            'SITENAME = "Benchmark"\nSITEURL = ""\nPATH = "content"\nTIMEZONE = "UTC"\n'
            'PLUGINS = ["pelican.plugins.yaml_metadata"]\nFEED_ALL_ATOM = None\nCATEGORY_FEED_ATOM = None\n'
            "DEFAULT_PAGINATION = False\nCACHE_CONTENT = False\n"
        )
    shutil.rmtree(site / "output", ignore_errors=True)
    wall, rss, ok, _ = run([str(exe), "content", "-s", "pelicanconf.py", "-o", "output", "-q"], site)
    return [Run("Pelican 4.12 (names as tags)", n, "full build", wall, rss, count_pages(site / "output"), ok)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--peers", default="hugo,mkdocs,pelican", help="comma list, or 'none'")
    ap.add_argument("--peer-bin", type=Path, default=OUT / "peers" / "bin")
    ap.add_argument("--workers", type=int, default=0, help="Briefing worker processes (0: one per core)")
    ap.add_argument("--no-rebuild", action="store_true", help="skip the rebuild measurements")
    args = ap.parse_args()
    if not MAKE_CORPUS.exists():
        sys.exit(f"{MAKE_CORPUS} not found: this benchmark needs ../shared")
    peers = set() if args.peers == "none" else set(args.peers.split(","))
    runs: list[Run] = []
    for n in args.sizes:
        print(f"== {n} articles", file=sys.stderr)
        if "hugo" in peers:
            runs += hugo(n)
        runs += briefing(n, args.workers, not args.no_rebuild)
        if "mkdocs" in peers:
            runs += mkdocs(n, args.peer_bin)
        if "pelican" in peers:
            runs += pelican(n, args.peer_bin)
    print(f"\nmachine: {os.cpu_count()} cores; python {sys.version.split()[0]}")
    print(
        "| tool | articles | run | wall s | CPU s | load | peak RSS MB | pages | ratio to Hugo |\n"
        "|---|---|---|---|---|---|---|---|---|"
    )
    for r in runs:
        ref = next((h.wall for h in runs if h.tool.startswith("Hugo") and h.n == r.n), None)
        ratio = f"{r.wall / ref:.2f}" if ref else "–"
        flag = "" if r.ok else " (FAILED)"
        print(
            f"| {r.tool}{flag} | {r.n} | {r.what} | {r.wall:.2f} | {r.cpu:.1f} | {r.load:.1f} | {r.rss_mb:.0f} "
            f"| {r.pages} | {ratio} |"
        )
    if any(not r.ok for r in runs):
        sys.exit(1)


if __name__ == "__main__":
    main()
