"""The sixty-second probe round (tests/fixtures/probe62): people and quotes in genres the rounds had not used -- one
paste per corpus kind c01-c06 (a court report on a local paper's web page with the judge, counsel and a statement read
to the court quoted and 'the court heard', a business paper's Markdown earnings story with analysts quoted, brokers
named like people and a stock-quote widget, a syndicated obituary of a stage actor with relatives quoted, a funeral
notice box and no publication date, a Chrome PDF print of a football match report with players and the coach quoted
and a score box, a mid-article paste of a minister's press briefing published as a transcript with 'Q (Outlet):'
questions, a live page of an election count with CRLF ends, candidates quoted and a results-tracker widget), with
boilerplate in new wordings around them (an app banner, a 'What readers are opening now' list, 'Press play to
listen', 'Forward this entry', "Readers' views"). The checks and thresholds are the first round's
(tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe62(base.TestProbe):
    FOLDER = "probe62"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
