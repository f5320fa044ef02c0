"""The tenth probe round (tests/fixtures/probe10): the closest emulation of the held-out half, again — one new
variant of each corpus file (c01–c06), the same kind of paste with another fictional outlet, other people, other
byline and date formats ('By Name  •  14 April 2025 at 18:05  •  Reading time: 4 min', 'Posted: 5/14/2025 7:30 a.m.
ET'), other chrome wordings and another order of the boilerplate blocks (a cookie banner under the headline, a
Georgian caption doubled, a '(c) 2025 Outlet Media Ltd.' line, a footer 'Outlet  |  Weekday, D Month YYYY  |  page n
/ 3'). The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe10(base.TestProbe):
    FOLDER = "probe10"
    MIN_FILES = 6  # one variant per corpus file
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
