"""Line-break repairs on the kept units: sentences broken by a page break or a stray blank line."""

from __future__ import annotations

import re

from builder.clean.doc import JOINED, Doc, Unit
from builder.clean.ruler import rule
from builder.clean.text import TERMINAL

FUNCTION_WORDS = frozenset(
    "the a an of to in and or but that with for on at by from as is was are were be been his her their its our "
    "your this these those which who whom whose than then into onto over under about after before between "
    "during against without within not no nor so if when while where because since until".split()
)
LAST_WORD_RE = re.compile(r"(\w+)[,]?$")


def _broken(a: str, length: int | None = None) -> bool:
    t = a.rstrip()
    if (len(t) if length is None else length) < 40 or t.endswith(TERMINAL) or t.endswith((":", "-", "—", "–")):
        return False
    return t[-1].isalpha() and t[-1].islower() or t.endswith(",")


@rule("join_broken_sentence", "repair")
def join_broken_sentence(doc: Doc) -> None:
    """A sentence split by a page break (junk in between) or a stray blank line is joined again."""
    units = doc.units
    prev: Unit | None = None
    size = 0
    tail = ""  # the last piece joined onto prev (what decides whether the sentence is still broken)
    pieces: dict[int, list[str]] = {}
    for u in units:
        if u.rule is not None:
            continue
        if prev is not None and _broken(tail, size):
            b = u.text.lstrip()
            m = LAST_WORD_RE.search(tail.rstrip())
            last = m.group(1).lower() if m else ""
            if b[:1].islower() or last in FUNCTION_WORDS or tail.rstrip().endswith(","):
                pieces.setdefault(id(prev), [prev.text.rstrip()]).append(b.rstrip())
                tail = b
                size += len(b) + 1
                u.rule = JOINED
                continue
        prev, tail, size = u, u.text, len(u.text.rstrip())
    for u in units:
        if id(u) in pieces:
            u.text = " ".join(pieces[id(u)])
