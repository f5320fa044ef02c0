"""Line-break repairs on the kept units: sentences broken by a page break or a stray blank line."""

from __future__ import annotations

import re

from builder.clean.doc import JOINED, Doc, Unit
from builder.clean.ruler import rule
from builder.clean.rules_text import join_kind
from builder.clean.text import FUNCTION_WORDS, TERMINAL

LAST_WORD_RE = re.compile(r"(\w+)[,]?$")
WIDE_GAP_RE = re.compile(r"\S {4,}\S")


def _broken(a: str, length: int | None = None) -> bool:
    t = a.rstrip()
    if (len(t) if length is None else length) < 40 or t.endswith(TERMINAL) or t.endswith((":", "-", "—", "–")):
        return False
    return t[-1].isalpha() and t[-1].islower() or t.endswith(",")


def _page_break_join(tail: str, size: int, b: str) -> bool:
    """In a PDF print, across a page break (removed page furniture in between): a paragraph of prose
    that stops without ending its sentence goes on on the next page, whatever the case of the next
    word ('... of the Meridian' | 'Union's ...'); so does one that stops on a colon before a quote
    ('Varga told reporters:' | '“He would ...'), or on a soft hyphen ('collat-' | 'eral')."""
    t = tail.rstrip()
    if size < 50 or not b or t.endswith(TERMINAL):
        return False
    if WIDE_GAP_RE.search(t):
        return False  # a running header's cells set apart ('OUTLET      Magazine of the X Union'): no prose
    if t.endswith(":"):
        return b[:1] in "\"“‘'«„"
    if t.endswith("-"):
        return b[:1].islower()
    return t[-1].isalnum() or t.endswith((",", ";", "–", "—"))


# a live entry's time alone on its line: '17:12', '4.40pm', '9:05 a.m.'
ENTRY_TIME_LINE_RE = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?$", re.I)


@rule("join_broken_sentence", "repair")
def join_broken_sentence(doc: Doc) -> None:
    """A sentence split by a page break (junk in between) or a stray blank line is joined again."""
    units = doc.units
    prev: Unit | None = None
    size = 0
    tail = ""  # the last piece joined onto prev (what decides whether the sentence is still broken)
    pieces: dict[int, list[str]] = {}
    junk = False  # removed lines (a PDF page's footer and the next one's header) since prev
    for u in units:
        if u.rule is not None:
            junk = prev is not None
            continue
        if prev is not None and junk and doc.wrapped and _page_break_join(tail, size, u.text.lstrip()):
            b = u.text.lstrip()
            t = tail.rstrip()
            if t.endswith("-") and join_kind(t, b, set()) == "drop":  # 'collat-' | page break | 'eral'
                parts = pieces.setdefault(id(prev), [prev.text.rstrip()])
                parts[-1] = parts[-1][:-1] + b.rstrip()
            else:
                pieces.setdefault(id(prev), [prev.text.rstrip()]).append(b.rstrip())
            tail = b
            size += len(b) + 1
            u.rule = JOINED
            junk = False
            continue
        # (not a table's header row ending in 'from' or 'of' onto the row under it: each row is its own)
        # (nor onto a live entry's time under it: '… won it late on' / '17:12' is a line and the next entry's stamp)
        if (
            prev is not None
            and _broken(tail, size)
            and "table_row" not in (prev.tag, u.tag)
            and not ENTRY_TIME_LINE_RE.match(u.text.strip())
        ):
            b = u.text.lstrip()
            m = LAST_WORD_RE.search(tail.rstrip())
            last = m.group(1).lower() if m else ""
            # the rest of the sentence: lower case, or a dash and lower case ('– before ...'), or the
            # broken line ended on a function word or a comma
            dash_on = b[:1] in "–—" and b[1:3].strip()[:1].islower()
            if b[:1].islower() or dash_on or last in FUNCTION_WORDS or tail.rstrip().endswith(","):
                pieces.setdefault(id(prev), [prev.text.rstrip()]).append(b.rstrip())
                tail = b
                size += len(b) + 1
                u.rule = JOINED
                junk = False
                continue
        prev, tail, size = u, u.text, len(u.text.rstrip())
        junk = False
    for u in units:
        if id(u) in pieces:
            u.text = " ".join(pieces[id(u)])


_CAPS = frozenset("BCDEFGHJKLMNOPQRSTUVWXYZ")  # (not A or I: words of their own)


@rule("drop_cap", "repair")
def drop_cap(doc: Doc) -> None:
    """A drop cap set apart from the rest of its word: the letter alone on a line above its paragraph ('O' /
    'n the morning') or followed by a space ('T he regional council'). The two are one word again when the
    article writes that word elsewhere ('The', 'on'); 'T cells' stays as it is."""
    units = doc.units
    for i, u in enumerate(units):
        if u.rule is not None:
            continue
        t = u.text
        if len(t) == 1 and t.isalpha() and t.isupper():
            nxt = next((v for v in units[i + 1 : i + 3] if v.rule is None), None)
            if nxt is not None and nxt.gap <= 1 and nxt.text[:1].islower() and _written_elsewhere(doc, t, nxt.text):
                nxt.text = t + nxt.text
                u.rule = JOINED
        elif len(t) > 3 and t[1] == " " and t[0] in _CAPS and t[2].islower() and _written_elsewhere(doc, t[0], t[2:]):
            u.text = t[0] + t[2:]


_WORD_RE = re.compile(r"[a-z]+")


def _written_elsewhere(doc: Doc, letter: str, rest: str) -> bool:
    m = _WORD_RE.match(rest)
    if not m or len(m.group(0)) > 14:
        return False
    word = letter + m.group(0)
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", doc.text, re.I) is not None
