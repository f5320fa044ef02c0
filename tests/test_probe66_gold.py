"""The sixty-sixth probe round (tests/fixtures/probe66): the held-out half emulated a twentieth time -- one paste
per corpus kind c01-c06, each from a kind of source the rounds had not used: a regional TV station's web story
pasted with its video player's text ('Watch: …', a duration '2:34', 'Autoplay on/off', 'Show transcript') and a
'More from this region' strip; a river charity's newsletter issue saved as Markdown with HTML comments, a table of
contents of in-page links and a donate call-out; a wire story republished by a national site with a dated
correction note ('This article was amended on …', kept) and a 'Topics' tag list; a legal-affairs weekly's PDF
print with mirrored two-cell running heads, a pull quote repeating a sentence, footnote markers and a URL split
across lines; a mid-article paste whose captions are doubled in Chinese (Han script) with the agency after a
slash; a by-election count's live page with a 'Pinned' entry, a results table inside an entry, 'Load more
updates' and bare 24-hour entry times. The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe66(base.TestProbe):
    FOLDER = "probe66"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
