"""The code never special-cases the shared test material: no surname of a person and no outlet name from
../shared (the seeds' and the corpus's gold answers) stands in builder/ or themes/ -- not in a rule, and not
even as an example in a comment (examples use invented names). Given names are left out (they are ordinary
words of the language: 'Yuri', 'Anna')."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD_DIRS = [SHARED / "seeds" / "gold", SHARED / "corpus" / "gold"]

pytestmark = pytest.mark.skipif(
    not all(d.is_dir() for d in GOLD_DIRS), reason="../shared (seeds and corpus gold) is not present"
)


def _shared_strings() -> set[str]:
    out: set[str] = set()
    for d in GOLD_DIRS:
        for f in sorted(d.glob("*.json")):
            gold = json.loads(f.read_text(encoding="utf-8"))
            people = [a["name"] for a in gold.get("actors", [])] + list(gold.get("author") or [])
            for name in people:
                words = name.split()
                if len(words) >= 2 and len(words[-1]) >= 4:
                    out.add(words[-1])  # the surname
            if gold.get("source") and len(gold["source"]) >= 4:
                out.add(gold["source"].removeprefix("The "))
    return out


def _code_files() -> list[Path]:
    files = sorted((ROOT / "builder").rglob("*.py"))
    files += sorted(p for p in (ROOT / "themes").rglob("*") if p.suffix in {".html", ".js", ".css", ".xml", ".txt"})
    return files


def test_the_material_has_strings_to_look_for() -> None:
    assert len(_shared_strings()) > 30


def test_no_shared_name_or_outlet_in_the_code() -> None:
    strings = _shared_strings()
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(s)}(?!\w)" for s in sorted(strings, key=len, reverse=True)))
    found = []
    for path in _code_files():
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for m in pattern.finditer(line):
                found.append(f"{path.relative_to(ROOT)}:{n}: {m.group()!r}")
    assert not found, "strings of ../shared in the code:\n" + "\n".join(found)
