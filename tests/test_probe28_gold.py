"""The twenty-eighth probe round (tests/fixtures/probe28): the held-out half emulated a fifth time, with outlet types
earlier rounds used little — business press web page (c01), a health site's markdown copy (c02), a trade journal's
syndicated copy (c03), a weekly news magazine's PDF print (c04), a regional public broadcaster's gallery page with
Inuktitut syllabics captions doubled (c05) and a news agency's own live page with CRLF (c06).
The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe28(base.TestProbe):
    FOLDER = "probe28"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
