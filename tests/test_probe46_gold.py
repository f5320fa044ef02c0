"""The forty-sixth probe round (tests/fixtures/probe46): metadata, a second pass -- one paste per corpus kind (web,
markdown copy, syndicated copy, PDF print, mid-article paste, live blog with CRLF) whose title, date, outlet, authors
and URL come in shapes no earlier round used: an 'EXCLUSIVE' label over the headline, a headline only in a
breadcrumb's last cell or only in a share sheet's text, a section kicker before a bar ('Fisheries | …'), a live label
inside the headline ('… fire LIVE: …'); an 'Updated' date before the published one, a relative date before the
absolute one, time and zone before weekday and date; three authors joined by commas and 'and' (once wrapped before
'and' on a print page), a name over its role line (at the top, and as a writer's card after the article); the outlet
only in a © line that names it before the sign, in a running head, in a role line, in a readers' contributions line
or a tips line; the URL only in a share button's encoded mailto body, after 'Web:' broken at a slash, or as an AMP
address. The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe46(base.TestProbe):
    FOLDER = "probe46"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
