"""Metamorphic checks: pastes that differ only in what a paste's path changes must clean the same.

Run: .venv/bin/python benchmarks/robustness.py [TRANSFORM ...]

Every gold file (../shared/seeds, ../shared/corpus and each probe round in tests/fixtures) is cleaned
and its people and quotes found (builder.process.process) as written, then again after each
transform below. None of them changes an article's words: line endings, a byte-order mark,
decomposed accents, no-break spaces and PDF ligatures are what the corpus README says the cleaner
normalises; zero-width spaces, trailing blanks, doubled blank lines, a margin before every line, two
spaces after a full stop and a missing final newline are what browsers, editors and PDF tools add or drop.
Two change the article's marks as a plain-text copy does (curly quotation marks and apostrophes made
straight; an ellipsis as three full stops): there the gold and the results are compared with the same
change. A file fails a transform when the transformed paste fails a gold check (benchmarks/clean_gold.py)
the paste as written passes, or when its people or quotes differ. One needs the gold to know where to
act: the headline's line set in capitals (files whose headline is no line of its own are left out).
Exits 1 if any file fails.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import clean_gold  # noqa: E402

from builder.extract.registry import Registry  # noqa: E402
from builder.model import ArticleFacts, RawArticle  # noqa: E402
from builder.process import ProcessContext, process  # noqa: E402

_EOL = re.compile(r"(\r?\n)")
_BLANK = re.compile(r"(\r?\n)(\r?\n)")
_LINE_START = re.compile(r"^(?=[^\r\n])", re.M)
_STOP_SPACE = re.compile(r"([.?!]) (?=\S)")

TRANSFORMS: dict[str, Callable[[str], str]] = {
    "crlf": lambda t: t.replace("\r\n", "\n").replace("\n", "\r\n"),
    "cr": lambda t: t.replace("\r\n", "\n").replace("\n", "\r"),
    "bom": lambda t: "\ufeff" + t,
    "nfd": lambda t: unicodedata.normalize("NFD", t),
    # no-break spaces after numbers and honorifics ('12\u00a0km', 'Ms\u00a0Name'), as word processors set them
    "nbsp": lambda t: re.sub(r"\b(Mr|Ms|Mrs|Dr)(\.?) ", "\\1\\2\u00a0", re.sub(r"(?<=\d) (?=\w)", "\u00a0", t)),
    # the first three 'fi' inside words as the PDF ligature
    "ligature": lambda t: re.sub(r"fi(?=[a-z])", "\ufb01", t, count=3),
    "nbsp-everywhere": lambda t: re.sub(r"(?<=\S) (?=\S)", "\u00a0", t),
    # the blank lines between paragraphs holding a no-break space (a web page's empty paragraphs)
    "nbsp-blank-lines": lambda t: _BLANK.sub("\\1\u00a0\\2", t),
    "zero-width-spaces": lambda t: t.replace(". ", ".\u200b ", 5),
    "mixed-line-endings": lambda t: "".join(
        line + ("\r\n" if i % 2 else "\n") for i, line in enumerate(t.replace("\r\n", "\n").split("\n"))
    ),
    "trailing-spaces": lambda t: _EOL.sub(r"  \1", t),
    "trailing-tabs": lambda t: _EOL.sub(r"\t\1", t),
    # every paragraph break doubled (some browsers' and editors' copy)
    "double-blank-lines": lambda t: _BLANK.sub(r"\1\2\2", t),
    "leading-blank-lines": lambda t: "\n\n" + t,
    # every line set in by the same margin (a layout-preserving PDF extraction, an indented e-mail copy)
    "margin-spaces": lambda t: _LINE_START.sub("  ", t),
    "margin-tab": lambda t: _LINE_START.sub("\t", t),
    # two spaces after every sentence's end (typewriter style, some e-mail and word-processor copies)
    "two-spaces-after-stops": lambda t: _STOP_SPACE.sub(r"\1  ", t),
    "no-final-newline": lambda t: t.rstrip(),
}

# Transforms that change the article's own marks, as a plain-text copy does (curly quotation marks and apostrophes
# made straight): the gold and both results are compared with the same change made to them.
_STRAIGHT = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
MARKS: dict[str, Callable[[str], str]] = {
    "straight-quotes": lambda t: t.translate(_STRAIGHT),
    "ellipsis-dots": lambda t: t.replace("…", "..."),  # the ellipsis written as three full stops
}
TRANSFORMS |= MARKS


def _capitals_headline(text: str, gold: dict[str, Any]) -> str | None:
    """The headline's line set in capitals, as a site that styles its headlines so copies it (the gold title
    compares case-insensitively); None when the headline is not a line of its own in the paste."""
    title = gold.get("title")
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if title and line.strip() == title:
            lines[i] = line.upper()
            return "\n".join(lines)
    return None


# Transforms that need the file's gold answer to know where to act; files they cannot act on are left out.
GOLD_TRANSFORMS: dict[str, Callable[[str, dict[str, Any]], str | None]] = {"capitals-headline": _capitals_headline}
NAMES = [*TRANSFORMS, *GOLD_TRANSFORMS]


def _mapped(value: Any, fn: Callable[[str], str]) -> Any:
    """Every string in a gold answer (nested lists and objects) changed by ``fn``."""
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [_mapped(v, fn) for v in value]
    if isinstance(value, dict):
        return {k: _mapped(v, fn) for k, v in value.items()}
    return value


def raw_article(path: Path, text: str) -> RawArticle:
    data = text.encode("utf-8")
    kind = {".html": "html", ".htm": "html", ".md": "md"}.get(path.suffix, "txt")
    return RawArticle(path=path.name, stem=path.stem, kind=kind, text=data.decode("utf-8-sig"),
                      sha256=hashlib.sha256(data).hexdigest())  # fmt: skip


def _people(
    facts: ArticleFacts, fn: Callable[[str], str] = str
) -> tuple[list[tuple[str, tuple[str, ...]]], list[tuple[str, str]]]:
    actors = sorted((fn(a.name), tuple(sorted(fn(m) for m in a.mentions))) for a in facts.actors)
    quotes = sorted((fn(q.speaker), fn(" ".join(q.text.split()))) for q in facts.quotes)
    return actors, quotes


def failures(transforms: list[str], sets: list[str], tried: dict[str, int] | None = None) -> dict[str, list[str]]:
    """For each transform, the files (set/name: what differs) it makes fail; ``tried`` gets how many files each
    transform was applied to."""
    ctx = ProcessContext(clean=clean_gold.context(), registry=Registry())
    out: dict[str, list[str]] = {t: [] for t in transforms}
    tried = {} if tried is None else tried
    for which in sets:
        for raw_path, gold_path, threshold in clean_gold.gold_pairs(which):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            text = raw_path.read_bytes().decode("utf-8-sig")
            facts = process(raw_article(raw_path, text), ctx)
            checks = clean_gold.check(facts.clean, gold, threshold)
            for name in transforms:
                changed = GOLD_TRANSFORMS[name](text, gold) if name in GOLD_TRANSFORMS else TRANSFORMS[name](text)
                if changed is None:
                    continue
                tried[name] = tried.get(name, 0) + 1
                got = process(raw_article(raw_path, changed), ctx)
                fn = MARKS.get(name, str)
                was = [fn(f) for f in checks]
                new = [f for f in clean_gold.check(got.clean, _mapped(gold, fn), threshold) if fn(f) not in was]
                if _people(got, fn) != _people(facts, fn):
                    new.append("people or quotes differ")
                if new:
                    out[name].append(f"{which}/{raw_path.name}: {'; '.join(new)}")
    return out


def main() -> int:
    names = sys.argv[1:] or NAMES
    unknown = [n for n in names if n not in NAMES]
    if unknown:
        sys.exit(f"unknown transform(s) {', '.join(unknown)}: {', '.join(NAMES)}")
    sets = clean_gold.probe_sets()
    if clean_gold.SHARED.is_dir():
        sets.insert(0, "default")
    else:
        print("../shared not present: the probe rounds only")
    tried: dict[str, int] = {}
    bad = failures(names, sets, tried)
    for name in names:
        print(f"{name:20s} {len(bad[name])} of {tried.get(name, 0)} files fail")
        for line in bad[name]:
            print(f"    {line}")
    return 1 if any(bad.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
