"""Third-party files the site ships as they are: lunr.js from node_modules (npm, with a lockfile).

Its own module: the theme's assets are fingerprinted by every build, a one-article rebuild
included, which need not import the search index's builder for it."""

from __future__ import annotations

from pathlib import Path

from builder.errors import BriefingError

# The Briefing checkout this package runs from (package.json and its lockfile are there): `make site`
# installs lunr.js into its node_modules, so an archive kept in any other folder builds with it too.
OWN_ROOT = Path(__file__).resolve().parent.parent
LUNR = Path("node_modules") / "lunr" / "lunr.min.js"


def search_assets(project_root: Path, own_root: Path = OWN_ROOT) -> dict[str, bytes]:
    """lunr.js, copied into the site's static folder: the project's own node_modules first, else the
    Briefing checkout's."""
    tried = [Path(project_root) / LUNR]
    if (own_root / "package.json").is_file():
        tried.append(own_root / LUNR)
    for src in tried:
        if src.is_file():
            return {"static/vendor/lunr.min.js": src.read_bytes()}
    where = own_root if len(tried) > 1 else Path(project_root)
    raise BriefingError(f"lunr.js (search) is missing: {' and '.join(map(str, tried))} do not exist; "
                        f"run `npm ci` in {where} to install it from the lockfile")
