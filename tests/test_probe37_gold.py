"""The thirty-seventh probe round (tests/fixtures/probe37): over-removal, a third pass -- one file per corpus kind
(web, syndicated, PDF print, live blog with CRLF, markdown copy) whose article text is shaped like the boilerplate
the rules of rounds 33-36 took: reporting about files sent ('With files from the Board, the auditors …'), a
reported survey set out line by line, 'Catch up:' / 'Also on Wednesday:' opening sentences, another outlet's podcast
as news, sentences opening 'Follow …', cookies and consent as the story's subject, a row of budget figures, 'Still
by …', companies that 'also contributed'. The checks and thresholds are the first round's
(tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe37(base.TestProbe):
    FOLDER = "probe37"
    MIN_FILES = 5
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
