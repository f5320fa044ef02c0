"""Errors a user can fix (ClickException subclasses) and the de-duplicated warning log."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import click


class BriefingError(click.ClickException):
    """An error the user can fix; the message says what and where."""


class ConfigError(BriefingError):
    def __init__(self, errors: list[str], path: str) -> None:
        lines = "\n".join(f"  - {e}" for e in errors)
        super().__init__(f"{path}: invalid configuration:\n{lines}")
        self.errors = errors


class ContentError(BriefingError):
    """A problem in one content or input file: names the file, and the line where known."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line


class OutputError(BriefingError):
    pass


@dataclass
class Diagnostics:
    """Warnings and errors of one build, grouped by kind so 10,000 articles don't drown the terminal."""

    warnings: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def warn(self, kind: str, message: str) -> None:
        self.warnings[kind].append(message)

    def error(self, kind: str, message: str) -> None:
        self.errors[kind].append(message)

    @property
    def warning_count(self) -> int:
        return sum(len(v) for v in self.warnings.values())

    @property
    def error_count(self) -> int:
        return sum(len(v) for v in self.errors.values())

    def summary_lines(self, per_kind: int = 3) -> list[str]:
        out: list[str] = []
        for label, groups in (("error", self.errors), ("warning", self.warnings)):
            for kind in sorted(groups):
                msgs = groups[kind]
                out.append(f"{label}: {kind} ({len(msgs)})")
                for m in sorted(set(msgs))[:per_kind]:
                    out.append(f"    {m}")
                if len(set(msgs)) > per_kind:
                    out.append(f"    … and {len(set(msgs)) - per_kind} more (see site report)")
        return out
