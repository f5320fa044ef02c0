"""The forty-first probe round (tests/fixtures/probe41): over-removal, a fourth pass -- one ordinary paste per corpus
kind (web, syndicated, PDF print, markdown copy, live blog with CRLF) whose boilerplate must still go, but whose article
text is shaped like the boilerplate rounds 38-40 taught the cleaner to remove: a newspaper's reader-funding appeal as
the story (its slogan after a colon, 'Readers were asked to give once or every month', 'had chosen to become a member
of …'), a court case about a photo agency's credit lines ('It read: Photograph — Name (Agency).'), a print results table
under its heading after a page jump, a report's own 'Key points' box introduced by the article, 'Comments are now
closed on the council's portal' and 'Reported by the harbour master …' as live entries; surnames that are words (Rose,
Green, Young, Marsh, Rook), firms in apposition, product names. The checks and thresholds are the first round's
(tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe41(base.TestProbe):
    FOLDER = "probe41"
    MIN_FILES = 5
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
