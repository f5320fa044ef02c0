"""`briefing serve` over real HTTP: serves the site, rebuilds on change, tells the page to reload."""

from __future__ import annotations

import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path


def fetch(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def test_serve_builds_serves_and_rebuilds(project: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "builder", "serve", "--port", "0"],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert proc.stdout is not None
        port = None
        seen = []
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            seen.append(line)
            if not line and proc.poll() is not None:
                raise AssertionError("serve exited:\n" + "".join(seen))
            m = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            if m:
                port = int(m.group(1))
                break
        assert port, "serve never printed its address"
        base = f"http://127.0.0.1:{port}"
        status, body = fetch(base + "/")
        assert status == 200 and b"/__briefing__/reload.js" in body
        assert fetch(base + "/no/such/page")[0] == 404
        status, js = fetch(base + "/__briefing__/reload.js")
        assert status == 200 and b"EventSource" in js
        assert b"reload.js" not in (project / "site" / "index.html").read_bytes()

        seed = project / "seeds" / "zz_new.txt"
        seed.write_text(
            "A brand new headline about Geneva\n\nMarch 3, 2025\n\nThe talks resumed on Monday in Geneva.\n"
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if b"brand new headline" in fetch(base + "/")[1].lower() or b"brand-new" in fetch(base + "/")[1]:
                break
            time.sleep(0.3)
        else:
            raise AssertionError("the site was not rebuilt after a new seed appeared")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
