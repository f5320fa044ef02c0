"""Fixture tests for the cleaner's rules: tests/fixtures/clean/<rule>__<case>.txt.

Each fixture has an ``--- input ---`` section (the raw paste), an ``--- expected ---`` section
(the paragraphs, blank-line separated), and optionally ``--- meta ---`` (``key: value`` lines for
title/date/source/authors/url) and ``--- removed ---`` (rule names that must appear among the
recorded removals). The rule named in the file name must exist, and switching it off must change
the result (so every fixture proves its rule does something).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from builder.clean import CleanContext, clean_article, list_rules
from builder.model import CleanArticle, RawArticle

FIXTURES = Path(__file__).parent / "fixtures" / "clean"
SECTION_RE = re.compile(r"^--- (input|expected|meta|removed) ---\r?\n", re.M)


def load_fixture(path: Path) -> dict[str, str]:
    text = path.read_bytes().decode("utf-8")
    parts = SECTION_RE.split(text)
    sections = {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}
    assert "input" in sections and "expected" in sections, f"{path.name}: needs input and expected sections"
    return sections


def run(raw_text: str, disabled: frozenset[str] = frozenset()) -> CleanArticle:
    raw = RawArticle(path="fixture.txt", stem="fixture", kind="txt", text=raw_text, sha256="0")
    return clean_article(raw, CleanContext(disabled_rules=disabled))


def paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


FILES = sorted(FIXTURES.glob("*.txt"))


def test_fixtures_exist() -> None:
    assert len(FILES) >= 25


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_fixture(path: Path) -> None:
    sec = load_fixture(path)
    rule_name = path.stem.split("__")[0]
    assert rule_name in list_rules(), f"{path.name}: no rule named {rule_name!r}"
    out = run(sec["input"])
    assert [" ".join(p.split()) for p in out.paragraphs] == paragraphs(sec["expected"])
    for line in sec.get("meta", "").strip().splitlines():
        key, _, value = line.partition(":")
        key, value = key.strip(), value.strip()
        got = getattr(out.metadata, key)
        if key == "authors":
            assert got == [a.strip() for a in value.split(";") if a.strip()]
        elif key == "source":
            assert (got or "").lower().removeprefix("the ") == value.lower().removeprefix("the ")
        elif key == "title":
            assert (got or "").lower() == value.lower()
        else:
            assert got == (None if value == "None" else value), f"{key}: {got!r} != {value!r}"
    rules_seen = {r.rule for r in out.removed}
    for name in sec.get("removed", "").split():
        assert name in rules_seen, f"no removal recorded by {name!r} (got {sorted(rules_seen)})"
    # every removal names a real rule and carries the removed text
    for r in out.removed:
        assert r.rule in list_rules() and r.text.strip()


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_fixture_rule_matters(path: Path) -> None:
    """Switching the fixture's rule off changes the output: the rule is what makes the fixture pass."""
    sec = load_fixture(path)
    rule_name = path.stem.split("__")[0]
    on = run(sec["input"])
    off = run(sec["input"], frozenset({rule_name}))
    assert (on.paragraphs, on.metadata, [r.rule for r in on.removed]) != (
        off.paragraphs,
        off.metadata,
        [r.rule for r in off.removed],
    )
