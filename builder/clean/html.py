"""Saved web pages: trafilatura finds the article; the text rules and metadata logic run on top."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _config() -> Any:
    from trafilatura.settings import use_config

    cfg = use_config()
    cfg.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # no signals: we run in worker processes and threads
    return cfg


def extract_html(source: str) -> tuple[str, dict[str, str | None], list[str]]:
    """(article text one paragraph per line, metadata found in the page, warnings)."""
    import trafilatura

    warnings: list[str] = []
    meta: dict[str, str | None] = {}
    try:
        text = trafilatura.extract(
            source,
            output_format="txt",
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            favor_precision=True,
            deduplicate=False,
            config=_config(),
        )
    except Exception as exc:  # noqa: BLE001 - a broken page must not stop the build
        warnings.append(f"html extraction failed: {type(exc).__name__}: {exc}")
        text = None
    try:
        m = trafilatura.extract_metadata(source)
    except Exception:  # noqa: BLE001
        m = None
    if m is not None:
        meta = {
            "title": m.title,
            "date": m.date,
            "author": m.author,
            "sitename": m.sitename,
            "url": m.url,
        }
    from builder.clean.html_meta import page_meta, people

    own = page_meta(source)
    for key in ("url", "title", "sitename"):
        if own.get(key):
            meta[key] = own[key]
    # the page's own statements (see html_meta): preferred by finalise_metadata to the text rules' guesses
    for key in ("published", "date_visible", "site_confirmed", "authors"):
        if key in own:
            meta[key] = own[key]
    if meta.get("author"):  # the extractor's author, without the site's own name or an organisation
        meta["author"] = "; ".join(people(str(meta["author"]), own.get("site_names", []))) or None
    if not text:
        warnings.append("html: no article text found by the extractor")
        text = ""
    # one paragraph per line in trafilatura's text output: make them separate blocks
    return "\n\n".join(line for line in text.split("\n")), meta, warnings
