"""The fifty-ninth probe round (tests/fixtures/probe59): the held-out half emulated a seventeenth time -- one paste
per corpus kind c01-c06 (a public broadcaster's regional page about salmon above a weir, with its reporter's name and
role on lines of their own, 'Links elsewhere on the web' and its disclaimer about other sites; a magazine's long read as
markdown with a pull quote repeated in the text and a 'This piece is printed in the March 2025 issue' note; a news
story pasted into a Reddit-like forum post, a paragraph per line, with votes and comments; a browser print of a news
aggregator app's story page with a source chip, 'Originally in Outlet · date' and 'Read full story at Outlet'; a
mid-article paste with captions doubled in Sinhala and 'Stable address of this story:'; a newspaper's live page with
CRLF ends, entries newest first, '5 fresh entries – tap to load' and 'Scroll to the top'). The checks and thresholds are
the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe59(base.TestProbe):
    FOLDER = "probe59"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
