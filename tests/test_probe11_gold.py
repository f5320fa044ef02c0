"""The eleventh probe round (tests/fixtures/probe11): four more variants of the corpus files most often missed on the
held-out half (c02 markdown, c03 syndicated, c05 mid-article gallery, c06 live blog), with other outlets, people and
chrome: a markdown cookie banner with link buttons on one line, a share row of markdown links, a bold '> **…**' pull
quote, 'READ MORE:' and '© Outlet 2025' lines, Greek captions doubled, a caption with only a (Video: …) credit, a
Guardian-style live blog ('Mon 23 Jun 2025 08.05 BST', 'Last modified on …', a byline without 'By' with '(now)' and
'(earlier)', 'Key event', 'Updated at 13.22 BST', 'Comments (41)'). The checks and thresholds are the first round's
(tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe11(base.TestProbe):
    FOLDER = "probe11"
    MIN_FILES = 4  # variants of c02, c03, c05 and c06
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
