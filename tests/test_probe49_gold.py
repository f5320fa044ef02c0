"""The forty-ninth probe round (tests/fixtures/probe49): the held-out half emulated a fourteenth time -- one paste per
corpus kind (a wire service's own web page with its slug line, end mark and client notes, a newsletter platform's
post as markdown with its subscribe boxes, 'Leave a comment' and 'Discover more from …', a weekly's story carried by a
network of local titles with a 'Words: A and B | Pictures: C' line and the outlet only in the © line, a browser's
print with the page's title over every page and its address with 'Page n of 2' under it, a mid-article paste with
captions doubled in Georgian and the address split over two lines, a live blog from another CMS with CRLF and
'Entry by Name' signatures), each combining several boilerplate kinds, with people in many name forms ('H. R.
Quillfeather', 'Father Ebdon', 'Mac Gillebhrath', 'De Jongh-Prys', 'Insp Kehoe') and quotes of several styles. The
checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe49(base.TestProbe):
    FOLDER = "probe49"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
