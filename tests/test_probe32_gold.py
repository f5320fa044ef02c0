"""The thirty-second probe round (tests/fixtures/probe32): four variants of c01 (web), c03 (syndicated),
c04 (PDF print) and c06 (live blog, CRLF) with new outlets, people and boilerplate wordings.
The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe32(base.TestProbe):
    FOLDER = "probe32"
    MIN_FILES = 4
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
