"""The thirty-ninth probe round (tests/fixtures/probe39): the held-out half emulated a tenth time -- one file per
corpus kind (web, markdown copy, syndicated copy, PDF print, mid-page paste, live blog with CRLF), each combining
several boilerplate kinds in wordings no earlier probe set had: a subscribe-offer and sign-in row above the
headline, a caption ending 'Photograph — Name (Agency)' doubled in Greek script, 'You might have missed:' and
'Worth a look:' teasers, an 'Opinion · Name: …' column teaser, a newsletter box's pitch and button between its form
lines, 'Name added reporting from Place.', a print's 'Inside: … — Business, page 6' pointer wrapped over a page
break, footers 'Page n / 3 — The Outlet — date', 'Permanent link:' and 'Link to this story:' URL labels (one URL
split in the middle of a word), 'Copy URL of this entry'; people under full name, surname and title + surname,
quotes running over paragraphs and attributed across them. The checks and thresholds are the first round's
(tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe39(base.TestProbe):
    FOLDER = "probe39"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
