"""The sixty-eighth probe round (tests/fixtures/probe68): over-removal, a tenth pass -- one paste per corpus kind
c01-c06 (a local paper's web story about a library opening six days a week, a news site's Markdown about a council's
school-finder website crashing, a farming weekly's syndicated story of a record tup sale, a weekly paper's PDF print
about an out-of-hours doctors' number, a mid-article paste about a bank's mortgage calculator with a doubled Korean
caption, a regional paper's live page on a cold snap with CRLF ends), each with real boilerplate of the kinds rounds
63-67 taught the cleaner (an opening-hours box, a donate call-out, a mart report box, a 'Who to call' box, a caption
with a slash credit, sponsor credits, 'Pass this update on', a 'News | Region' kicker) and article text shaped like it
that must stay: opening hours given in prose, the emergency numbers residents should call, a story whose subject is a
school-finder site or a mortgage calculator, a breeder quoting the next sale date, a paragraph opening 'Donate', a
results table with text columns, 'Pass it on' closing a quote, a correction the article reports, a one-line paragraph
in capitals, a sentence ending in a caption's '/ Agency' credit, a group's appeal for letters. The checks and
thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe68(base.TestProbe):
    FOLDER = "probe68"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
