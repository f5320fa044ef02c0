"""Third-party files the site ships as they are: lunr.js from node_modules (npm, with a lockfile).

Its own module: the theme's assets are fingerprinted by every build, a one-article rebuild
included, which need not import the search index's builder for it."""

from __future__ import annotations

from pathlib import Path

from builder.errors import BriefingError


def search_assets(project_root: Path) -> dict[str, bytes]:
    """lunr.js, copied from node_modules into the site's static folder."""
    src = Path(project_root) / "node_modules" / "lunr" / "lunr.min.js"
    if not src.is_file():
        raise BriefingError(f"{src} is missing: run `npm ci` in {project_root} to install lunr.js (search)")
    return {"static/vendor/lunr.min.js": src.read_bytes()}
