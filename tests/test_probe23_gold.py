"""The twenty-third probe round (tests/fixtures/probe23): pastes modelled on US local TV/news sites and UK tabloids —
a markdown copy (variant of c02) and a live blog with CRLF line ends (variant of c06): 'WATCH:' / 'RELATED:' promos,
'Copyright 2025 … All rights reserved.', 'Sign up for our newsletter to get the latest …', 'Comments', 'Most Read',
'Our journalism needs your support', 'Published: … EDT' and '08:02, Sat, Nov 15, 2025 | UPDATED: …' date lines.
The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe23(base.TestProbe):
    FOLDER = "probe23"
    MIN_FILES = 2
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
