"""The twenty-ninth probe round (tests/fixtures/probe29): the held-out half emulated a sixth time, each corpus kind
made longer and messier than its counterpart — two newsletter boxes, two teaser blocks, captions between paragraphs,
comment sections with replies, other articles' teasers with their own quotes and people, repeated page furniture and
8–10 people per article: a web page (c01), a markdown copy (c02), a syndicated copy (c03), a four-page PDF print
(c04), a Southeast Asian gallery page with Thai captions doubled (c05) and a live blog with CRLF (c06).
The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe29(base.TestProbe):
    FOLDER = "probe29"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
