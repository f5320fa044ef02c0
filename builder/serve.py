"""`briefing serve`: build, serve the site over HTTP on 127.0.0.1, rebuild on change,
reload the open page. The reload script is added to pages as they are served, never
written into site/."""

from __future__ import annotations

import functools
import gc
import http.server
import threading
import time
from pathlib import Path
from typing import Any

import click

from builder.config import Config, load_config
from builder.memo import Memo
from builder.pipeline import BuildOptions, BuildResult, run_build, warm_memo
from builder.uptodate import Scan, folder_entries, scan_inputs

RELOAD_PATH = "/__briefing__/reload.js"
EVENTS_PATH = "/__briefing__/events"
RELOAD_JS = b"""(function () {
  if (!window.EventSource) return;
  var es = new EventSource("/__briefing__/events");
  var first = null;
  es.onmessage = function (e) {
    if (first === null) { first = e.data; return; }
    if (e.data !== first) { window.location.reload(); }
  };
})();
"""


class State:
    def __init__(self) -> None:
        self.generation = 0
        self.cond = threading.Condition()

    def bump(self) -> None:
        with self.cond:
            self.generation += 1
            self.cond.notify_all()


class Handler(http.server.SimpleHTTPRequestHandler):
    state: State
    site: Path

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        path = self.path.split("?", 1)[0]
        if path == RELOAD_PATH:
            self._send(200, "text/javascript", RELOAD_JS)
            return
        if path == EVENTS_PATH:
            self._events()
            return
        fs_path = Path(self.translate_path(path))
        if fs_path.is_dir():
            fs_path = fs_path / "index.html"
        if fs_path.suffix == ".html" and fs_path.is_file():
            body = fs_path.read_bytes()
            tag = f'<script src="{RELOAD_PATH}"></script></body>'.encode()
            body = body.replace(b"</body>", tag, 1)
            self._send(200, "text/html; charset=utf-8", body)
            return
        if not fs_path.exists() and (self.site / "404.html").is_file():
            self._send(404, "text/html; charset=utf-8", (self.site / "404.html").read_bytes())
            return
        super().do_GET()

    def _send(self, code: int, ctype: str, body: bytes) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def _events(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        seen = -1
        try:
            while True:
                with self.state.cond:
                    if self.state.generation == seen:
                        self.state.cond.wait(timeout=15)
                    gen = self.state.generation
                self.wfile.write(f"data: {gen}\n\n".encode() if gen != seen else b": ping\n\n")
                self.wfile.flush()
                seen = gen
        except (BrokenPipeError, ConnectionResetError):
            return


def snapshot(cfg: Config, config_file: Path | None, scan: Scan | None = None) -> dict[str, tuple[int, int]]:
    """What the watcher compares: modification time and size of every input, content, theme
    and configuration file (hidden folders such as .git left out), from ``scan`` (one look at
    the input folders, which the build then signs) when given."""
    snap: dict[str, tuple[int, int]] = {}
    for key in ("input", "content", "theme"):
        for rel, is_dir, st in folder_entries(scan, cfg.path(key)):
            if is_dir or st is None or _in_hidden_folder(rel):
                continue
            snap[f"{key}/{rel}"] = (st.st_mtime_ns, st.st_size)
    if config_file is not None:
        try:
            st = config_file.stat()
            snap[str(config_file)] = (st.st_mtime_ns, st.st_size)
        except OSError:
            pass
    return snap


def _in_hidden_folder(rel: str) -> bool:
    """``rel`` is below a folder whose name starts with a dot."""
    folder = rel.rpartition("/")[0]
    return folder.startswith(".") or "/." in folder


POLL = 0.5  # seconds between looks at the watched folders, without file-system events
POLL_IDLE = 2.0  # ... with them (a look every so often all the same: events can be missed on some file systems)
SETTLE = 0.02  # after an event, the wait for the rest of an editor's writes
TRUNCATED_WAIT = 0.1  # ... and for the write of a file caught between its truncation and its write
QUIET_EVENTS = frozenset({"opened", "closed_no_write"})  # reading a file (the build does) changes nothing


def watch_folders(cfg: Config, config_file: Path | None) -> tuple[threading.Event, Any]:
    """File-system events (inotify on Linux, through watchdog) for the input folder, content/,
    the theme and the configuration: the event set wakes the serve loop at once, which then
    compares snapshots as it does when polling (an event says when to look, not what changed).
    Without watchdog, or if the folders cannot be watched, (event, None): the loop polls."""
    wake = threading.Event()
    try:
        from watchdog.events import FileSystemEvent, FileSystemEventHandler
        from watchdog.observers import Observer
    except ImportError:
        return wake, None

    class Wake(FileSystemEventHandler):
        def on_any_event(self, event: FileSystemEvent) -> None:
            if event.event_type not in QUIET_EVENTS:
                wake.set()

    observer = Observer()
    observer.daemon = True
    try:
        for key in ("input", "content", "theme"):
            folder = cfg.path(key)
            if folder.is_dir():
                observer.schedule(Wake(), str(folder), recursive=True)
        if config_file is not None:
            observer.schedule(Wake(), str(config_file.parent), recursive=False)
        observer.start()
    except OSError:  # too many watches, an unsupported file system...
        return wake, None
    return wake, observer


def changed_inputs(before: dict[str, tuple[int, int]], now: dict[str, tuple[int, int]]) -> frozenset[str] | None:
    """The input files (relative to the input folder) that changed between two snapshots, when
    nothing else changed and no file came or went; else None (the build lists the folder)."""
    if before.keys() != now.keys():
        return None
    changed = [k for k, v in now.items() if before[k] != v]
    if not all(k.startswith("input/") for k in changed):
        return None
    return frozenset(k.removeprefix("input/") for k in changed)


def emptied(
    changed: frozenset[str] | None, before: dict[str, tuple[int, int]], now: dict[str, tuple[int, int]]
) -> bool:
    """A changed input that was not empty and now is: most likely an editor's in-place save caught
    between the truncation and the write (building it would drop the article until the next look)."""
    return changed is not None and any(
        now[f"input/{rel}"][1] == 0 and before[f"input/{rel}"][1] > 0 for rel in changed
    )


def make_server(site: Path, port: int, state: State) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(Handler, directory=str(site))
    Handler.state = state
    Handler.site = site
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    server.daemon_threads = True
    return server


def tidy(result: BuildResult) -> None:
    """The cyclic garbage collector, run by the serve loop once a build is announced (it is off
    otherwise). The memo holds millions of objects: they are frozen after each collection, so a
    collection only looks at what the last build made — unless the build made its archive afresh,
    when the old one is collected once, whole."""
    if not result.patched:
        gc.unfreeze()
    gc.collect()
    gc.freeze()


def serve(cfg: Config, port: int = 8000, watch: bool = True, config_file: Path | None = None) -> None:
    memo = Memo()  # inputs and facts kept between rebuilds: a rebuild reads only what changed
    gc.disable()  # see tidy()
    result = run_build(cfg, BuildOptions(force=False, memo=memo))
    click.echo(result.summary())
    tidy(result)
    if not result.ok and not cfg.path("output").is_dir():
        raise click.ClickException("the first build failed and there is no site to serve")
    state = State()
    site = cfg.path("output")
    server = make_server(site, port, state)
    click.echo(f"Serving {site} at http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C to stop)")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    cfg_file = config_file or (cfg.root / "briefing.yml" if (cfg.root / "briefing.yml").is_file() else None)
    before = snapshot(cfg, cfg_file)
    if watch:
        if result.up_to_date is not None:  # nothing was built: load what a rebuild reuses now
            warm_memo(cfg, memo)
            gc.collect()
            gc.freeze()
        click.echo("Watching the input folder, content/, the theme and the configuration for changes.")
    wake, observer = watch_folders(cfg, cfg_file) if watch else (threading.Event(), None)

    def look() -> tuple[Scan, dict[str, tuple[int, int]]]:
        """One look at the input folders: compared here, then signed by the build."""
        scan = scan_inputs(cfg)
        return scan, snapshot(cfg, cfg_file, scan)

    try:
        while True:
            if not watch:
                time.sleep(0.5)
                continue
            if observer is None:
                time.sleep(POLL)
            elif wake.wait(timeout=POLL_IDLE):  # an event: look now (after editors' writes settle)
                time.sleep(SETTLE)
            wake.clear()
            scan, now = look()
            if now == before:
                continue
            changed = changed_inputs(before, now)
            if emptied(changed, before, now):  # saved in place, caught half way: wait for the write
                time.sleep(TRUNCATED_WAIT)
                scan, now = look()
                changed = changed_inputs(before, now)
            before = now
            click.echo("Change detected; rebuilding…")
            try:
                new_cfg = load_config(cfg_file, root=cfg.root) if cfg_file else cfg
            except click.ClickException as exc:
                click.echo(f"error: {exc.message}", err=True)
                continue
            result = run_build(new_cfg, BuildOptions(memo=memo, changed_inputs=changed, input_scan=scan))
            click.echo(result.summary())
            if result.ok:
                state.bump()
            tidy(result)
    except KeyboardInterrupt:
        click.echo("Stopped.")
    finally:
        if observer is not None:
            observer.stop()
        server.shutdown()
