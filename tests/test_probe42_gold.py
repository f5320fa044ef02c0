"""The forty-second probe round (tests/fixtures/probe42): the held-out half emulated an eleventh time -- one paste per
corpus kind from a CMS, print path or outlet style no earlier round used: a regional broadcaster's own web page (its
'On air now' and weather lines, a 'Name · Political reporter, Outlet News' byline, reader call-outs, the owning
company in the © line), a magazine long read as markdown (section breaks '* * *' and '⁂', two pull quotes, a tag row
and a print-issue pitch), a wire story re-run by a radio station's site (its disclaimer and supply line on agency
copy), a PDF of a two-column print page (38-character lines, no blank lines between paragraphs, a caption ending in
its credit, a pull quote joining a quotation the article cuts), a mid-article paste from a regional paper's gallery
page ('Image 3 of 11', 'Tap to expand', a caption and its owner line, a share-sheet URL line) and a live blog with a
pinned post and reader reactions. The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe42(base.TestProbe):
    FOLDER = "probe42"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
