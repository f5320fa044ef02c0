"""The working document the rules edit: a list of units (paragraph candidates)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from builder.clean.text import plain
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
    _plain: str = ""
    _plain_of: str | None = None
    _blow: bytes = b""
    _blow_of: str | None = None

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
    def blow(self) -> bytes:
        """The lower-cased text in UTF-8 (cached until the text changes)."""
        if self._blow_of is not self.text:
            self._blow = self.low.encode()
            self._blow_of = self.text
        return self._blow

    @property
    def plain(self) -> str:
        """``plain(text)`` (markdown decoration off its ends), cached until the text changes."""
        if self._plain_of is not self.text:
            self._plain = plain(self.text)
            self._plain_of = self.text
        return self._plain

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


def boxes_under_headings(doc: Doc, name: str, is_head: Callable[[Unit], bool], is_item: Callable[[Unit], bool],
                         span: int, least: int, skip_removed: bool, stop_at_gap: bool = False) -> None:
    """A box a page sets in an article: a heading alone on its line (``is_head``) and the run of its lines right
    under it (``is_item``, within ``span`` lines; a line another rule removed is passed over with ``skip_removed``,
    else it ends the run; a blank line before a line ends it with ``stop_at_gap``), removed as rule ``name`` with its
    heading when the run holds ``least`` lines or more."""
    units = doc.units
    for i, u in enumerate(units):
        if u.rule is not None or not is_head(u):
            continue
        items = []
        for v in units[i + 1 : i + 1 + span]:
            if stop_at_gap and v.gap:
                break
            if v.rule is not None:
                if skip_removed:
                    continue
                break
            if not is_item(v):
                break
            items.append(v)
        if len(items) >= least:
            for v in (u, *items):
                doc.remove(v, name)


class keys:  # noqa: N801 - reads as a function at the call sites
    """A prefilter: 'contains any of these lower-case words' (plain substring tests are faster than a regex)."""

    def __init__(self, *words: str) -> None:
        assert all(w and "\n" not in w for w in words)
        self.words = words
        self.bwords = [w.encode() for w in words]

    def search(self, low: str) -> bool:
        return any(w in low for w in self.words)

    def among(self, units: list[Unit]) -> list[Unit]:
        """The units whose lower-cased text contains one of the words, in order: one substring scan of
        all their lines per word (a word cannot span the newline joining two lines) instead of a scan per
        word and line. The scan is of the UTF-8 bytes (a valid UTF-8 needle only matches whole characters),
        much faster than of a string with non-ASCII characters."""
        if len(units) < 3:
            return [u for u in units if self.search(u.low)]
        blines = [u.blow for u in units]
        data = b"\n".join(blines)
        nexts = list(accumulate(map(_plus1, map(len, blines))))  # offset of the line after each line
        hit: set[int] = set()
        find = data.find
        for w in self.bwords:
            i = find(w)
            while i >= 0:
                k = bisect_right(nexts, i)  # the line holding offset i
                hit.add(k)
                i = find(w, nexts[k])
        return [units[k] for k in sorted(hit)]

    def ids(self, units: list[Unit]) -> set[int]:
        """``{id(u) for u in units if self.search(u.low)}``"""
        return {id(u) for u in self.among(units)}


_plus1 = (1).__add__


JOINED = "__joined__"  # marks a unit merged into the previous one (not a removal)
