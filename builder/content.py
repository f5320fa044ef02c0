"""The maintainer's curated data in content/: outlet names, per-article overrides,
hand-written articles. Reads only; never writes into content/."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from builder.errors import ContentError
from builder.yamlio import load_yaml, parse_yaml

OVERRIDE_KEYS = {
    "title": str,
    "slug": str,
    "date": str,
    "source": str,
    "authors": list,
    "url": str,
    "add_actors": list,
    "drop_actors": list,
    "language": str,
}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A BCP 47 language tag as pages use it: a primary subtag of 2-3 letters, then optional subtags of
# 2-8 letters or digits ('ru', 'pt-BR', 'zh-Hant', 'sr-Latn-RS', 'es-419').
LANGUAGE_RE = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")


@dataclass
class Override:
    stem: str
    path: str
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class Handwritten:
    stem: str
    path: str
    meta: dict[str, Any]
    body: str  # Markdown


def _check_date(value: Any, name: str, key: str) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    if isinstance(value, str) and DATE_RE.match(value):
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            pass
        else:
            return value
    raise ContentError(name, f"{key}: expected a date YYYY-MM-DD, got {value!r}")


def validate_meta(data: Any, name: str) -> dict[str, Any]:
    """Check an override / front-matter mapping; every error names its key."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ContentError(name, f"expected a mapping of keys, got {type(data).__name__}")
    out: dict[str, Any] = {}
    problems: list[str] = []
    for key, value in data.items():
        key = str(key)
        if key not in OVERRIDE_KEYS:
            problems.append(f"{key}: unknown key (known: {', '.join(sorted(OVERRIDE_KEYS))})")
            continue
        if key == "date":
            try:
                out[key] = _check_date(value, name, key)
            except ContentError as exc:
                problems.append(exc.message.split(": ", 1)[1])
            continue
        if key == "language":
            if isinstance(value, str) and LANGUAGE_RE.match(value):
                out[key] = value
            else:
                problems.append(f"{key}: expected a language tag such as 'ru' or 'pt-BR', got {value!r}")
            continue
        want = OVERRIDE_KEYS[key]
        if want is list and isinstance(value, str):
            value = [value]
        if not isinstance(value, want) or (want is list and not all(isinstance(v, str) for v in value)):
            problems.append(f"{key}: expected {'a list of strings' if want is list else 'text'}, got {value!r}")
            continue
        out[key] = value
    if problems:
        raise ContentError(name, "; ".join(problems))
    return out


def load_overrides(articles_dir: Path, diag_warn: Any) -> dict[str, Override]:
    """content/articles/<seed-stem>.yml -> Override. Bad files are reported and skipped."""
    result: dict[str, Override] = {}
    if not articles_dir.is_dir():
        return result
    for p in sorted(articles_dir.iterdir()):
        if p.suffix.lower() not in (".yml", ".yaml") or p.name.startswith("."):
            continue
        name = f"content/articles/{p.name}"
        try:
            values = validate_meta(load_yaml(p, name), name)
        except ContentError as exc:
            diag_warn("bad override", exc.message)
            continue
        result[p.stem] = Override(stem=p.stem, path=name, values=values)
    return result


FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n?", re.S)


def split_front_matter(text: str, name: str) -> tuple[dict[str, Any], str]:
    m = FRONT_MATTER.match(text)
    if not m:
        return {}, text
    meta = validate_meta(parse_yaml(m.group(1), name, line_offset=1), name)
    return meta, text[m.end() :]


def load_handwritten(articles_dir: Path, diag_warn: Any) -> list[Handwritten]:
    out: list[Handwritten] = []
    if not articles_dir.is_dir():
        return out
    for p in sorted(articles_dir.iterdir()):
        if p.suffix.lower() != ".md" or p.name.startswith("."):
            continue
        name = f"content/articles/{p.name}"
        try:
            meta, body = split_front_matter(p.read_text(encoding="utf-8-sig"), name)
        except (ContentError, UnicodeDecodeError) as exc:
            msg = exc.message if isinstance(exc, ContentError) else f"{name}: not valid UTF-8"
            diag_warn("bad hand-written article", msg)
            continue
        out.append(Handwritten(stem=p.stem, path=name, meta=meta, body=body))
    return out


def load_sources(path: Path, diag_warn: Any) -> tuple[tuple[str, str], ...]:
    """content/sources.yaml: a mapping of domain or name -> outlet display name."""
    if not path.is_file():
        return ()
    name = f"content/{path.name}"
    try:
        data = load_yaml(path, name)
    except ContentError as exc:
        diag_warn("bad sources file", exc.message)
        return ()
    if data is None:
        return ()
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        diag_warn("bad sources file", f"{name}: expected a mapping of domain or name to outlet name")
        return ()
    return tuple(sorted((str(k).lower(), v) for k, v in data.items()))
