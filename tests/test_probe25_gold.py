"""The twenty-fifth probe round (tests/fixtures/probe25): the held-out half emulated a fourth time — one new variant
of each corpus file c01–c06, with new outlets (a weekly magazine, a think tank's news page, a syndicated regional
gazette, a broadsheet's PDF print, a broadcaster's page starting mid-article, a regional paper's live blog) and only
new people. The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe25(base.TestProbe):
    FOLDER = "probe25"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
