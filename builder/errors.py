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

    def summary_lines(self, per_kind: int = 5, log_path: str | None = None) -> list[str]:
        """One screen: every error, and up to ``per_kind`` warnings of each kind."""
        out: list[str] = []
        for label, groups, limit in (("error", self.errors, None), ("warning", self.warnings, per_kind)):
            for kind in sorted(groups):
                msgs = sorted(set(groups[kind]))
                out.append(f"{label}: {kind} ({len(groups[kind])})")
                shown = msgs if limit is None else msgs[:limit]
                out.extend(f"    {m}" for m in shown)
                if len(msgs) > len(shown):
                    where = f" (all in {log_path})" if log_path else ""
                    out.append(f"    … and {len(msgs) - len(shown)} more{where}")
        return out

    def to_dict(self) -> dict[str, dict[str, list[str]]]:
        return {"warnings": dict(self.warnings), "errors": dict(self.errors)}

    def replay(self, data: dict[str, dict[str, list[str]]]) -> None:
        """Report again what an earlier build reported (``to_dict``'s output)."""
        for kind, msgs in data.get("warnings", {}).items():
            for m in msgs:
                self.warn(kind, m)
        for kind, msgs in data.get("errors", {}).items():
            for m in msgs:
                self.error(kind, m)

    def full_log(self) -> str:
        lines: list[str] = []
        for label, groups in (("error", self.errors), ("warning", self.warnings)):
            for kind in sorted(groups):
                lines.extend(f"{label}: {kind}: {m}" for m in sorted(set(groups[kind])))
        return "\n".join(lines) + ("\n" if lines else "")
