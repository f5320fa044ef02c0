"""The working document the rules edit: a list of units (paragraph candidates)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from builder.model import Removal

if TYPE_CHECKING:
    from builder.clean.api import CleanContext


@dataclass
class Unit:
    """One paragraph candidate: a source line, or several lines joined by a wrap repair.

    ``gap``: blank lines before it in the source. ``rule``: the rule that removed it (None = kept).
    ``tag``: what a metadata rule recognised it as (title, byline, date, url...).
    """

    text: str
    gap: int = 0
    rule: str | None = None
    tag: str = ""
    indent: bool = False  # the source line started with a space (a new PDF text object)
    _low: str = ""
    _low_of: str | None = None
    _prose: bool = False
    _prose_of: str | None = None

    @property
    def kept(self) -> bool:
        return self.rule is None

    @property
    def low(self) -> str:
        """The text lower-cased (cached until the text changes)."""
        if self._low_of is not self.text:
            self._low = self.text.lower()
            self._low_of = self.text
        return self._low

    @property
    def prose(self) -> bool:
        """``is_prose(text)``, cached until the text changes."""
        if self._prose_of is not self.text:
            from builder.clean.text import is_prose

            self._prose = is_prose(self.text)
            self._prose_of = self.text
        return self._prose


@dataclass
class Doc:
    text: str
    kind: str
    ctx: CleanContext
    units: list[Unit] = field(default_factory=list)
    fragments: list[Removal] = field(default_factory=list)  # pieces cut out of kept units
    warnings: list[str] = field(default_factory=list)
    wrapped: bool = False  # PDF-like hard-wrapped text
    hints: dict[str, Any] = field(default_factory=dict)  # metadata found by rules (title, url, ...)

    def kept(self) -> list[Unit]:
        return [u for u in self.units if u.rule is None]

    def remove(self, unit: Unit, rule: str) -> None:
        if unit.rule is None:
            unit.rule = rule


JOINED = "__joined__"  # marks a unit merged into the previous one (not a removal)
