"""The sixty-fourth probe round (tests/fixtures/probe64): people and quotes in genres the rounds had not used, a second
pass -- one paste per corpus kind c01-c06 (a health-research story's web page with the study's authors and an
independent expert quoted and a 'Study details' fact box with the journal citation, the markdown of a tram-strike story
with a union leader, the operator's spokesperson and a commuter quoted under a 'Travel updates' widget, a syndicated
one-paragraph-per-line review of an exhibition with the curator and the artist quoted, gallery captions, a star rating
and a 'BOOK TICKETS' box, a PDF print of a housing story with estate agents quoted around a mortgage-calculator widget,
a mid-article paste of a parliamentary committee hearing written up with quoted exchanges and 'The committee chair
asked: "…"', and a live page with CRLF ends of a budget statement with ministers and opposition figures quoted under a
'What we know so far' summary), with boilerplate in new wordings around the names (app banners, 'Readers are clicking
on', 'Popular with readers', 'Copy link to entry', 'Written up by'). The checks and thresholds are the first round's
(tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe64(base.TestProbe):
    FOLDER = "probe64"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
