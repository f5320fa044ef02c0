"""The seventy-first probe round (tests/fixtures/probe71): the held-out half emulated a twenty-second time -- one paste
per corpus kind c01-c06 from kinds of source the rounds had not used: a university press office's news page (a
'Home > News > 2025' breadcrumb, 'Date issued:', a 'Share on:' row, a spaced '# # #' end mark over 'Notes for
editors', a 'Media contacts' box with phone numbers and 'About the University' boilerplate), a newsletter platform's
Markdown export (front-matter lines, 'Forwarded this email? Subscribe here', numbered reference links, a '> **Sponsor**'
block, 'Unsubscribe · Manage preferences'), a press agency's story re-run on a radio station's site ('First published'
and 'Updated' stamps, an 'Editor's note' correction, a 'Most read' rail), a business weekly's PDF print (an 'ANALYSIS'
kicker, a standfirst, a share-price box with arrows and percentages, an 'IN NUMBERS' box, running footers with the web
address), a mid-article paste with captions doubled in Armenian, 'Expand image' and 'Image credit:', and a storm's live
page ('Pinned', 'Key event', 'Show 12 more updates', 'Refresh'). The checks and thresholds are the first round's
(tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe71(base.TestProbe):
    FOLDER = "probe71"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
