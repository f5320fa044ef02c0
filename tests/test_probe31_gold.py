"""The thirty-first probe round (tests/fixtures/probe31): over-removal, second pass — article text shaped like the
boilerplate the rules of rounds 21–30 learned (podcast and newsletter promos, credit and reviewer lines, genre labels,
feed headings, bracketed photo credits, gallery counts, an author's own name in a live entry) inside ordinary
corpus-kind pastes (web, markdown, syndicated, PDF print, gallery, live blog with CRLF).
The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe31(base.TestProbe):
    FOLDER = "probe31"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
