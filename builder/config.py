"""briefing.yml as a typed schema: every key has a default; every error names its key."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from builder.errors import ConfigError, ContentError
from builder.yamlio import load_yaml

CONFIG_NAME = "briefing.yml"
DEFAULT_THEME = "themes/default"
BUNDLED_THEME = Path(__file__).resolve().parents[1] / DEFAULT_THEME


@dataclass(frozen=True)
class CleanerConfig:
    disable: tuple[str, ...] = ()  # rule names switched off


@dataclass(frozen=True)
class Config:
    title: str = "Briefing"
    description: str = "A news-briefing archive: who said what, when, and where."
    base_url: str = ""  # e.g. https://example.org/briefing/ ; used for feeds, sitemap, canonical links
    language: str = "en"
    input: str = "seeds"
    content: str = "content"
    theme: str = DEFAULT_THEME
    output: str = "site"
    page_size: int = 50  # timeline entries per page
    feed_size: int = 50  # entries in each Atom feed
    workers: int = 0  # 0: one per core
    cache: str = ".briefing-cache"
    cleaner: CleanerConfig = CleanerConfig()
    root: Path = field(default=Path("."), compare=False)  # the project folder (where briefing.yml is)

    def path(self, key: str) -> Path:
        value = getattr(self, key)
        p = Path(value)
        p = p if p.is_absolute() else self.root / p
        if key == "theme" and value == DEFAULT_THEME and not p.is_dir() and BUNDLED_THEME.is_dir():
            return BUNDLED_THEME  # a project without its own theme uses the one Briefing ships
        return p


SCALARS: dict[str, type] = {
    f.name: f.type if isinstance(f.type, type) else {"str": str, "int": int}.get(str(f.type), str)
    for f in fields(Config)
    if f.name not in ("cleaner", "root")
}


def _check(key: str, value: Any, want: type, errors: list[str]) -> Any:
    if want is int:
        if isinstance(value, bool) or not isinstance(value, int):
            errors.append(f"{key}: expected a whole number, got {value!r}")
            return None
        if value < 0:
            errors.append(f"{key}: must not be negative, got {value}")
            return None
        return value
    if not isinstance(value, str):
        errors.append(f"{key}: expected text, got {value!r}")
        return None
    return value


def parse_config(data: Any, name: str, root: Path) -> Config:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError([f"(top level): expected a mapping of keys, got {type(data).__name__}"], name)
    errors: list[str] = []
    values: dict[str, Any] = {}
    for key, value in data.items():
        key = str(key)
        if key == "cleaner":
            values["cleaner"] = _parse_cleaner(value, errors)
        elif key in SCALARS:
            checked = _check(key, value, SCALARS[key], errors)
            if checked is not None:
                values[key] = checked
        else:
            errors.append(f"{key}: unknown key (known: {', '.join(sorted([*SCALARS, 'cleaner']))})")
    if "page_size" in values and values["page_size"] == 0:
        errors.append("page_size: must be at least 1")
    if "base_url" in values and values["base_url"] and not values["base_url"].startswith(("http://", "https://")):
        errors.append(f"base_url: must start with http:// or https://, got {values['base_url']!r}")
    if errors:
        raise ConfigError(errors, name)
    return Config(root=root, **values)


def _parse_cleaner(value: Any, errors: list[str]) -> CleanerConfig:
    from builder.clean import list_rules

    if value is None:
        return CleanerConfig()
    if not isinstance(value, dict):
        errors.append(f"cleaner: expected a mapping, got {value!r}")
        return CleanerConfig()
    disable: list[str] = []
    for k, v in value.items():
        if k != "disable":
            errors.append(f"cleaner.{k}: unknown key (known: disable)")
            continue
        if isinstance(v, str):
            v = [v]
        if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
            errors.append(f"cleaner.disable: expected a list of rule names, got {v!r}")
            continue
        known = set(list_rules())
        for rule in v:
            if rule not in known:
                errors.append(f"cleaner.disable: unknown rule {rule!r} (see `briefing rules`)")
            else:
                disable.append(rule)
    return CleanerConfig(disable=tuple(disable))


def load_config(path: Path | None, root: Path | None = None) -> Config:
    """Load briefing.yml (or the given file). A missing default file means all defaults."""
    if path is None:
        root = root or Path.cwd()
        candidate = root / CONFIG_NAME
        if not candidate.is_file():
            return Config(root=root)
        path = candidate
    if not path.is_file():
        raise ConfigError([f"file not found: {path}"], str(path))
    try:
        data = load_yaml(path, str(path))
    except ContentError as exc:
        detail = exc.message.removeprefix(f"{path}:{exc.line}: " if exc.line else f"{path}: ")
        raise ConfigError([f"line {exc.line}: {detail}" if exc.line else detail], str(path)) from exc
    return parse_config(data, str(path), root or path.parent.resolve())
