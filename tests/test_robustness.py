"""Pastes that differ only in what the pasting path adds or drops (line endings, a byte-order mark, decomposed
accents, no-break and zero-width spaces, ligatures, trailing blanks, doubled blank lines, a margin; curly quotation
marks made straight, compared with the gold changed the same way; the headline set in capitals) clean the same and
give the same people and quotes: benchmarks/robustness.py over every gold file of the probe rounds, and of
../shared's seeds and corpus where it is present."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import SHARED

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import robustness  # noqa: E402


@pytest.fixture(scope="module")
def failures() -> dict[str, list[str]]:
    sets = robustness.clean_gold.probe_sets()
    if SHARED.is_dir():
        sets.insert(0, "default")
    return robustness.failures(robustness.NAMES, sets)


@pytest.mark.parametrize("transform", robustness.NAMES)
def test_a_neutral_change_to_the_paste_changes_nothing(failures: dict[str, list[str]], transform: str) -> None:
    assert failures[transform] == []


def test_the_transforms_change_the_text() -> None:
    text = "Ms Lind said the first ferry left at 9 am.\n\n“The next one is late…” she said. It is cold. Cafés agree.\n"
    for name, fn in robustness.TRANSFORMS.items():
        assert fn(text) != text, name


def test_the_capitals_headline_needs_a_headline_line() -> None:
    text = "Ferry fares rise\n\nThe council raised the fares on Monday.\n"
    capitals = text.replace("Ferry fares rise", "FERRY FARES RISE")
    assert robustness._capitals_headline(text, {"title": "Ferry fares rise"}) == capitals
    assert robustness._capitals_headline(text, {"title": "Fares rise again"}) is None
