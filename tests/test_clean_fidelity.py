"""Fidelity: every output paragraph is the input's own words.

For seeds, corpus and the 142 extraction pages: each paragraph, whitespace-normalised, must be
made of pieces that occur in the input in order, where the input is normalised (CRLF, NBSP, NFC,
ligatures, zero-width, entities, Markdown link syntax and, in a Markdown paste, emphasis) and pieces may
only be joined at line breaks (hard-wrap, hyphenation and page-break repairs). No word may be changed or
reordered. The one repair inside a line is the drop cap's ('H ong Kong is burning' -> 'Hong Kong is
burning', the drop_cap rule): a line that starts with a capital set apart from its word is compared as the word.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from builder.clean import CleanContext, clean_article
from builder.clean.rules_markdown import IMAGE_RE, INLINE_EMPHASIS_RE, LINK_RE, is_markdown_paste
from builder.clean.text import normalise, unescape_entities
from builder.model import RawArticle

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared not present")


DROP_CAP_RE = re.compile(r"^([B-HJ-Z]) (?=[a-z])")  # (A and I are words of their own)


def haystack_lines(text: str) -> list[str]:
    text = unescape_entities(normalise(text))
    emphasis = is_markdown_paste(text)  # (a Markdown paste's '*words*' lose their asterisks: markdown_syntax)
    lines = []
    for line in text.split("\n"):
        line = LINK_RE.sub(r"\1", IMAGE_RE.sub("", line))
        if emphasis and "*" in line:
            line = INLINE_EMPHASIS_RE.sub(r"\2", line)
        line = " ".join(line.split())
        if line[1:2] == " ":
            line = DROP_CAP_RE.sub(r"\1", line)
        if line:
            lines.append(line)
    return lines


def faithful(paragraph: str, lines: list[str], start: int = 0) -> int | None:
    """Match ``paragraph`` as a run of line pieces from ``lines[start:]``: the first piece is a suffix of a
    line, middle pieces are whole lines, the last a prefix. Returns the line index reached, or None."""
    p = " ".join(paragraph.split())
    if p[1:2] == " ":
        p = DROP_CAP_RE.sub(r"\1", p)  # a drop cap left as it was is compared like the lines
    for i in range(len(lines)):
        line = lines[i]
        if p in line:
            return i
        # p starts inside line i and continues on later lines
        for k in range(len(line)):
            if k and line[k - 1] != " ":
                continue
            head = line[k:]
            if not p.startswith(head.rstrip("-") if head.endswith("-") else head):
                continue
            rest = p[len(head) :].lstrip() if p.startswith(head) else p[len(head) - 1 :]
            if _continue(rest, lines, i + 1, depth=0):
                return i
    return None


def _continue(rest: str, lines: list[str], j: int, depth: int) -> bool:
    if not rest:
        return True
    if depth > 60:
        return False
    # skip junk lines in between (page breaks), up to 8 lines
    for jj in range(j, min(len(lines), j + 9)):
        line = lines[jj]
        if rest.startswith(line) and _continue(rest[len(line) :].lstrip(), lines, jj + 1, depth + 1):
            return True
        hyphen = line.endswith("-") and rest.startswith(line[:-1])
        if hyphen and _continue(rest[len(line) - 1 :], lines, jj + 1, depth + 1):
            return True
        if line.startswith(rest):
            return True
    return False


def inputs() -> list[Path]:
    if not SHARED.is_dir():
        return []
    files = sorted((SHARED / "seeds").glob("*.txt")) + sorted((SHARED / "corpus" / "raw").glob("*.txt"))
    files += sorted((SHARED / "bench" / "extraction" / "raw").glob("*.txt"))
    return files


FILES = inputs()


def test_faithful_helper_can_fail() -> None:
    lines = haystack_lines("The talks were\nproductive, he said.\nNext line here.")
    assert faithful("The talks were productive, he said.", lines) is not None
    assert faithful("The talks were very productive, he said.", lines) is None
    assert faithful("productive, he said. The talks were", lines) is None
    lines = haystack_lines("after nego-\ntiations on a 28-\npoint plan")
    assert faithful("after negotiations on a 28-point plan", lines) is not None


@needs_shared
@pytest.mark.shared
@pytest.mark.parametrize("path", FILES, ids=[p.name[:24] for p in FILES])
def test_every_paragraph_is_in_the_input(path: Path) -> None:
    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    out = clean_article(RawArticle(path=path.name, stem=path.stem, kind="txt", text=text, sha256="0"), CleanContext())
    lines = haystack_lines(text)
    for para in out.paragraphs:
        assert faithful(para, lines) is not None, f"not in the input: {para[:120]!r}"
