"""content/actors.yaml: the maintainer's actor registry. (Placeholder: the actors issue owns it.)"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class RegistryEntry:
    name: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    description: str | None = None
    exclude: bool = False


@dataclass
class Registry:
    entries: list[RegistryEntry] = field(default_factory=list)


def load_registry(path: Path) -> Registry:
    return Registry()
