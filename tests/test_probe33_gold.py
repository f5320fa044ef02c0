"""The thirty-third probe round (tests/fixtures/probe33): the held-out half emulated a seventh time, one file per
corpus kind (web, markdown, syndicated, PDF print, mid-article gallery, live blog with CRLF) in the corpus's world with
other outlets and people, new boilerplate wordings and attribution styles (a speaker introduced by role first and
named later, quotes attributed after a long clause or with 'according to').
The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe33(base.TestProbe):
    FOLDER = "probe33"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
