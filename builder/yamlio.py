"""YAML loading that reports the file and line of a syntax error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from builder.errors import ContentError


def load_yaml(path: Path, display: str | None = None) -> Any:
    name = display or str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContentError(name, f"not valid UTF-8 ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise ContentError(name, f"cannot read: {exc.strerror}") from exc
    return parse_yaml(text, name)


def parse_yaml(text: str, name: str, line_offset: int = 0) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 + line_offset if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ContentError(name, f"invalid YAML: {problem}", line) from exc
