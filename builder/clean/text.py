"""Shared text helpers: normalisation and cheap line predicates (regexes compiled at import)."""

from __future__ import annotations

import html
import os
import re
import unicodedata

ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
SPACES = {ord(c): " " for c in "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000\t\u000b\u000c"}
LIGATURES = {ord("\ufb01"): "fi", ord("\ufb02"): "fl", ord("\ufb00"): "ff", ord("\ufb03"): "ffi", ord("\ufb04"): "ffl"}
TRANSLATE = {**ZERO_WIDTH, **SPACES, **LIGATURES}
SPECIAL_RE = re.compile("[" + "".join(chr(c) for c in TRANSLATE) + "]")
ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")
WS_RE = re.compile(r"\s+")
WORD_RE = re.compile(r"\w+")
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
URL_RE = re.compile(r"<?(https?://[^\s<>]+|www\.[^\s<>]+)>?")
BARE_URL_LINE_RE = re.compile(r"^<?(?:https?://|www\.)\S+>?$")
TERMINAL = tuple(".!?…\"”’'»):;。！？」』]")
SENTENCE_BREAK_RE = re.compile(r"[.!?…][\"”’']?\s+[\"“‘']?[A-Z0-9À-ÖØ-Þ]")


FUNCTION_WORDS = frozenset(
    "the a an of to in and or but that with for on at by from as is was are were be been his her their its our "
    "your this these those which who whom whose than then into onto over under about after before between "
    "during against without within not no nor so if when while where because since until".split()
)


PLAIN_RE = re.compile(r"^(?:#{1,6}\s+|>\s*)")


def plain(text: str) -> str:
    """Text without markdown decoration at its ends (for matching only)."""
    t = text.strip()
    if not t or (t[0] not in "#>*_" and t[-1] not in "*_"):
        return t
    t = PLAIN_RE.sub("", t)
    return t.strip("*_ \t")


# a soft hyphen (U+00AD) ending a line inside a word ('in\u00ad' / 'spector'): the line break fell on it, so it becomes
# a visible line-end hyphen, which the wrap repair then drops (deleting it would leave 'in' / 'spector' two words)
SOFT_HYPHEN_EOL_RE = re.compile(r"(?<=[^\W\d_])\u00ad[ \t]*\n(?=[ \t]*[^\W\d_A-Z])")

INNER_TAB_RE = re.compile(r"(?<=\S)[ ]*\t[ \t]*(?=\S)")


def normalise(text: str) -> str:
    """CRLF -> LF, NFC, no-break and other spaces -> space, ligatures, zero-width chars, soft hyphens, a margin
    before every line, two spaces after every sentence's end."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u00ad" in text:
        text = SOFT_HYPHEN_EOL_RE.sub("-\n", text)
    if "\t" in text:
        text = INNER_TAB_RE.sub("   ", text)  # a cell break of a table copied with tabs: a wide gap, not a space
    if SPECIAL_RE.search(text):
        text = text.translate(TRANSLATE)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return dedent_margin(_one_space_after_stops(text))


# a sentence's end, then two spaces before the next word (typewriter spacing), and then one space
_TWO_SPACE_STOP_RE = re.compile(r"([.!?][\"”’)]?)  (?=\S)")
_ONE_SPACE_STOP_RE = re.compile(r"[.!?][\"”’)]? (?=[A-Z“\"‘])")


def _one_space_after_stops(text: str) -> str:
    """A paste that sets two spaces after every sentence's end (typewriter style, some e-mail and word-processor
    copies) with one: its captions and credits ('… on Friday.  Pic: Name') read as everyone else's. Only when the
    text does it throughout (three times or more, and at least as often as it sets one space); a single wide gap
    after a full stop elsewhere may be a print's column gap."""
    if "  " not in text:
        return text
    twos = len(_TWO_SPACE_STOP_RE.findall(text))
    if twos < 3 or twos < len(_ONE_SPACE_STOP_RE.findall(text)):
        return text
    return _TWO_SPACE_STOP_RE.sub(r"\1 ", text)


def dedent_margin(text: str) -> str:
    """A paste whose every line is set in by the same blank margin (a layout-preserving PDF extraction, an indented
    e-mail copy) without it: what the rules read as a line's indent is its indent beyond the margin."""
    margin: str | None = None
    for line in text.split("\n"):
        body = line.lstrip(" \t")
        if not body:
            continue
        lead = line[: len(line) - len(body)]
        if not lead:
            return text  # (most texts: their first line)
        margin = lead if margin is None else os.path.commonprefix([margin, lead])
        if not margin:
            return text
    if not margin:
        return text
    n = len(margin)
    return "\n".join(line[n:] if line.startswith(margin) else line.lstrip(" \t") for line in text.split("\n"))


def unescape_entities(text: str) -> str:
    if "&" not in text or not ENTITY_RE.search(text):
        return text
    return ENTITY_RE.sub(lambda m: html.unescape(m.group(0)).translate(TRANSLATE), text)


def collapse(text: str) -> str:
    return " ".join(text.split())


def nwords(text: str) -> int:
    n = len(text.split())
    if not text.isascii() and CJK_RE.search(text):
        n = max(n, len(text) // 3)
    return n


def ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(TERMINAL)


def is_cjk(text: str) -> bool:
    return not text.isascii() and CJK_RE.search(text) is not None


def is_prose(text: str) -> bool:
    """A line that reads like article prose: long enough and punctuated like sentences."""
    n = len(text)
    cjk = is_cjk(text)
    if cjk:
        return n >= 30 and (ends_sentence(text) or "。" in text or n >= 80)
    w = len(text.split(None, 25))  # the word count, up to 26: only < 8 and >= 25 matter
    if w < 8:
        return False
    if ends_sentence(text):
        return True
    return w >= 25 and SENTENCE_BREAK_RE.search(text) is not None


def headline_like(text: str) -> bool:
    """A short unpunctuated line of several words: a heading, a link title, a menu item."""
    t = text.strip()
    w = nwords(t)
    return 3 <= w <= 25 and not t.endswith((".", ";", ",")) and len(t) <= 200


def line_key(text: str) -> str:
    """The normalised form used to compare lines across articles (evidence)."""
    return collapse(text).lower()


def top_branches(pattern: str) -> list[str]:
    """The top-level alternatives of a regex: ``a|(b|c)|[|]`` -> ``["a", "(b|c)", "[|]"]``."""
    out: list[str] = []
    depth, start, i, n = 0, 0, 0, len(pattern)
    in_class = False
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            # a "]" right after "[" or "[^" is a literal
            if pattern.startswith("^]", i + 1):
                i += 2
            elif pattern.startswith("]", i + 1):
                i += 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


class AnyBranch:
    """``bool(re.compile(pattern, flags).search(text))``, faster for a long alternation of branches that
    start with ``^`` or ``\\b``: the ``^`` branches are tried once, at the start (one ``match``), and the
    ``\\b`` branches share one word-boundary test, so most positions of the text fail at once instead of
    once per branch. Only for yes/no tests (no match object, no group)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        assert not flags & (re.MULTILINE | re.VERBOSE) and not re.search(r"\\[1-9]|\(\?P=", pattern)
        self.pattern, self.flags = pattern, flags
        branches = top_branches(pattern)
        assert "|".join(branches) == pattern
        start = [b[1:] for b in branches if b.startswith("^")]
        bound = [b[2:] for b in branches if b.startswith("\\b")]
        other = [b for b in branches if not b.startswith(("^", "\\b"))]
        self.start = re.compile("(?:" + "|".join(start) + ")", flags).match if start else None
        self.bound = re.compile(r"\b(?:" + "|".join(bound) + ")", flags).search if bound else None
        self.other = re.compile("|".join(other), flags).search if other else None

    def search(self, text: str) -> bool:
        return bool(
            (self.start is not None and self.start(text))
            or (self.bound is not None and self.bound(text))
            or (self.other is not None and self.other(text))
        )


# The only non-ASCII characters that match ASCII letters under re.IGNORECASE (İ ı ſ K; lower() keeps every other
# character's length): without them, a case-insensitive match of an ASCII word means text.lower() contains it.
FOLDS_TO_ASCII_RE = re.compile("[\u0130\u0131\u017f\u212a]")


def may_match(low: str, text: str, words: tuple[str, ...]) -> bool:
    """False only when a case-insensitive regex that needs one of ``words`` (lower-case ASCII letters) cannot
    match ``text`` (``low`` is ``text.lower()``)."""
    return any(w in low for w in words) or (not text.isascii() and FOLDS_TO_ASCII_RE.search(text) is not None)
