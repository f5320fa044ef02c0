"""The fifty-second probe round (tests/fixtures/probe52): metadata, a third pass -- one paste per corpus kind whose
title, date, outlet, authors and URL come in shapes earlier rounds did not cover: a page title 'Opinion | Headline |
The Outlet', a PDF headline wrapped under a kicker, a question headline behind a bracketed syndication prefix, a title
only in a slug with numbers or in a link preview's title line; dates as '3rd November 2025', 'Nov. 3, 2025', an ISO
timestamp in UTC, 'Monday 3 November' with the year only in a '/2025/nov/03/' path, only in PDF footers or in a share
link's encoded path, 'Updated' before 'First published' and after it, a dateline's earlier day; outlets only in a '(c)'
or © line, only in the domain, in a syndication prefix, with an 'and' inside; authors as 'Words by A | Pictures by B',
'A in Place and B in Place', 'A, Role', 'A with Agency'; URLs in a Markdown link, inside '<>' broken after a '/',
broken after a '-', with an id query and tracking parameters, an AMP address, a share link wrapping the real one. The
checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe52(base.TestProbe):
    FOLDER = "probe52"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
