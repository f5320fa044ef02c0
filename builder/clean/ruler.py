"""A chain of small named rules, in the spirit of markdown-it-py's Ruler.

Each rule is one function ``fn(doc) -> None`` that marks units as removed (with its own name),
repairs line breaks, or records metadata hints. Rules run in registration order; any rule can be
switched off by name (``cleaner.disable`` in briefing.yml).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from builder.clean.doc import Doc

RuleFn = Callable[[Doc], None]


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str  # normalise, structure, metadata, chrome, captions, teasers, pdf, markdown, region, repair
    fn: RuleFn
    doc: str


RULES: list[Rule] = []


def rule(name: str, kind: str) -> Callable[[RuleFn], RuleFn]:
    """Register ``fn`` as the rule ``name`` (run order = registration order)."""

    def deco(fn: RuleFn) -> RuleFn:
        if any(r.name == name for r in RULES):
            raise ValueError(f"duplicate rule name {name!r}")
        summary = " ".join((fn.__doc__ or "").strip().split("\n\n")[0].split())
        RULES.append(Rule(name, kind, fn, summary))
        return fn

    return deco
