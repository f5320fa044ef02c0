"""The seventy-fourth probe round (tests/fixtures/probe74): the held-out half emulated a twenty-third time -- one
paste each for the corpus kinds c01, c03, c04 and c06 from sources the rounds had not used: a national broadcaster's
rural story pasted under its address-bar URL (the date only in the URL's ISO path, 'Posted 3h ago', an 'In short:'
digest box with a 'What's next?' line, a '(VBC Rural: Name)' caption, a 'Story tags:' row, 'Read related stories'),
an agency story carried by a business site (a stock-quote widget without a heading, 'Prices supplied by … · delayed
by 20 minutes', 'Reporting: A in Place; Editing: B and C', 'Our principles: The … Independence Pledge.'), a
provincial evening paper's front page and jump page in print (a 'WEATHER' box between two paragraphs, '► MORE: PAGE
4', the jump's quoted headline over 'FROM PAGE ONE' with a blank line between), and a football cup final's live page
with CRLF ends (a scoreboard strip 'FT   Team 2–1 Team' and a scorers line, 'Live text by A and B', 'Coverage from
…', a 'Talk to us: #hashtag' call-out, a 'Match summary' box). Every paste has actors quoted before and after the
attribution and one quote across a paragraph break, besides bylines, editors, photographers and teaser names that are
no actors. The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe74(base.TestProbe):
    FOLDER = "probe74"
    MIN_FILES = 4
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
