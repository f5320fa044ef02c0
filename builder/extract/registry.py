"""content/actors.yaml: the maintainer's actor registry.

A YAML list of entries (all keys but ``name`` optional)::

    - name: Yury Belenko            # canonical display name of one person
      aliases: [Yuri Belenko]       # other names or forms that are this person
      not_aliases: [Yury Belenko Jr] # forms that must NOT be merged into this person (split)
      distinct: false               # true: never merge anyone into this person automatically
      role: Kremlin foreign policy adviser
      description: One line shown on the person's page.
      exclude: false                # true: never show this person (drops every form above)

A missing file is an empty registry. Malformed YAML or a wrong type raises ContentError
naming the file, the line and the entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from builder.errors import ContentError
from builder.extract.names import fold
from builder.yamlio import parse_yaml


@dataclass
class RegistryEntry:
    name: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    description: str | None = None
    exclude: bool = False
    not_aliases: list[str] = field(default_factory=list)
    distinct: bool = False


@dataclass
class Registry:
    entries: list[RegistryEntry] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._index: dict[str, RegistryEntry] | None = None
        self._blocked: dict[str, RegistryEntry] | None = None

    def _build(self) -> None:
        index: dict[str, RegistryEntry] = {}
        blocked: dict[str, RegistryEntry] = {}
        for e in self.entries:
            for form in [e.name, *e.aliases]:
                index.setdefault(fold(form), e)
            for form in e.not_aliases:
                blocked.setdefault(fold(form), e)
        self._index, self._blocked = index, blocked

    def lookup(self, *forms: str) -> RegistryEntry | None:
        """The entry whose name or alias is one of ``forms`` (case and accents ignored)."""
        if not self.entries:
            return None
        if self._index is None:
            self._build()
        assert self._index is not None
        for f in forms:
            e = self._index.get(fold(f))
            if e is not None:
                return e
        return None

    def blocked(self, form: str, entry: RegistryEntry) -> bool:
        """True when ``form`` is listed in ``entry``'s not_aliases (a split)."""
        if self._blocked is None:
            self._build()
        assert self._blocked is not None
        return self._blocked.get(fold(form)) is entry

    def __getstate__(self) -> dict[str, Any]:  # picklable without the lazy indexes
        return {"entries": self.entries}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.entries = state["entries"]
        self._index = None
        self._blocked = None

    def __repr__(self) -> str:  # stable: used in the build's cache digest
        return f"Registry({self.entries!r})"


_STR_KEYS = {"name", "role", "description"}
_LIST_KEYS = {"aliases", "not_aliases"}
_BOOL_KEYS = {"exclude", "distinct"}
_KEYS = _STR_KEYS | _LIST_KEYS | _BOOL_KEYS


def _line(node: yaml.Node | None) -> int | None:
    return node.start_mark.line + 1 if node is not None else None


def load_registry(path: Path) -> Registry:
    """Read content/actors.yaml; a missing file is an empty registry."""
    name = str(path)
    if not path.exists():
        return Registry()
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ContentError(name, f"not valid UTF-8 ({exc.reason} at byte {exc.start})") from exc
    except OSError as exc:
        raise ContentError(name, f"cannot read: {exc.strerror}") from exc
    return parse_registry(text, name)


def parse_registry(text: str, name: str = "content/actors.yaml") -> Registry:
    data = parse_yaml(text, name)  # raises ContentError with the line on a syntax error
    if data is None:
        return Registry()
    root = yaml.compose(text)
    if not isinstance(data, list):
        raise ContentError(name, "the actor registry must be a list of entries (- name: ...)", _line(root))
    items: list[Any] = root.value if isinstance(root, yaml.SequenceNode) else []
    entries: list[RegistryEntry] = []
    seen: dict[str, int] = {}
    for i, raw in enumerate(data):
        node = items[i] if i < len(items) else None
        line = _line(node)
        if not isinstance(raw, dict):
            raise ContentError(name, f"entry {i + 1}: must be a mapping with at least a 'name'", line)
        label = f"entry {i + 1}" + (f" ({raw['name']!r})" if isinstance(raw.get("name"), str) else "")
        key_lines: dict[str, int | None] = {}
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                key_lines[str(k.value)] = _line(v)
        for key in raw:
            if key not in _KEYS:
                raise ContentError(
                    name,
                    f"{label}: unknown key {key!r} (known: {', '.join(sorted(_KEYS))})",
                    key_lines.get(str(key), line),
                )
        if not isinstance(raw.get("name"), str) or not raw["name"].strip():
            raise ContentError(name, f"{label}: 'name' must be a non-empty string", key_lines.get("name", line))
        for key in _STR_KEYS - {"name"}:
            if key in raw and raw[key] is not None and not isinstance(raw[key], str):
                raise ContentError(name, f"{label}: {key!r} must be a string", key_lines.get(key, line))
        for key in _LIST_KEYS:
            v = raw.get(key)
            if v is None:
                continue
            if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
                raise ContentError(name, f"{label}: {key!r} must be a list of names", key_lines.get(key, line))
        for key in _BOOL_KEYS:
            if key in raw and not isinstance(raw[key], bool):
                raise ContentError(name, f"{label}: {key!r} must be true or false", key_lines.get(key, line))
        entry = RegistryEntry(
            name=raw["name"].strip(),
            aliases=[a.strip() for a in raw.get("aliases") or []],
            role=raw.get("role"),
            description=raw.get("description"),
            exclude=bool(raw.get("exclude", False)),
            not_aliases=[a.strip() for a in raw.get("not_aliases") or []],
            distinct=bool(raw.get("distinct", False)),
        )
        k = fold(entry.name)
        if k in seen:
            raise ContentError(name, f"{label}: {entry.name!r} is already an entry (entry {seen[k]})", line)
        seen[k] = i + 1
        entries.append(entry)
    reg = Registry(entries)
    # One form may name only one person.
    owner: dict[str, str] = {}
    for i, e in enumerate(entries):
        for form in [e.name, *e.aliases]:
            f = fold(form)
            if f in owner and owner[f] != e.name:
                node = items[i] if i < len(items) else None
                raise ContentError(
                    name, f"entry {i + 1} ({e.name!r}): alias {form!r} already belongs to {owner[f]!r}", _line(node)
                )
            owner[f] = e.name
    return reg
