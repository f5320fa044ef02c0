"""The fortieth probe round (tests/fixtures/probe40): metadata in shapes earlier rounds had not covered, one or two
files per corpus kind (web, markdown copy, syndicated copy, PDF of a print page, live blog, a wire page) -- an ISO 8601
date line with a UTC offset beside '3 hours ago', 'Published dd/mm/yyyy · Updated dd/mm/yyyy', a month-day-year
'10/14/2025', 'First posted … — last updated …' crossing midnight, a date only in the URL path, 'By A and B, Staff
Writers', an upper-case two-name byline over 'Staff Writers', a '(Reporting by …; Additional reporting by …; Writing
by …; Editing by …)' credit as the only byline, the outlet named only in a © line, a logo's alt text, a print page's
running head, an 'originally appeared in' line or an author bio; section kickers above the headline; article URLs
behind 'Copy link' and 'Link to this article:', split over two lines and carrying tracking parameters. The checks and
thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe40(base.TestProbe):
    FOLDER = "probe40"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
