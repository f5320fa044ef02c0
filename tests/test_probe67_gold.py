"""The sixty-seventh probe round (tests/fixtures/probe67): people and quotes in genres the rounds had not used, a
fourth pass -- one paste per corpus kind c01-c06 (a local paper's web page about a primary school's inspection with an
'Inspection outcome' ratings box and a 'Find a school' search widget, a tech blog's Markdown about a start-up's
funding round and product launch with a 'Key specs' pipe table and an embedded post with its '— Name (@handle) date'
signature, a farming story syndicated from an agricultural weekly with a commodity-prices table and a 'MARKET REPORT'
box, a wildfire evacuation story printed to PDF with a 'WARNINGS IN FORCE' list and an 'EMERGENCY NUMBERS' box, a
question-and-answer interview pasted from mid-page with 'Gazette:' / 'Surname:' turns, a cup final's live page with
CRLF ends, a score box, 'Line-ups', a 'Match stats' table and "GOAL! 1-0 (34')" entries), with the head teacher, a
parent, the inspector, the founder, an investor, an analyst, farmers, a co-operative chair, a fire chief, evacuees,
an interviewee and the people she names, both managers, a police match commander and fans quoted, and names that are
no actors (bylines, photographers, a contributor, an interviewer, teaser names, players only in the line-ups). The
checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe67(base.TestProbe):
    FOLDER = "probe67"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
