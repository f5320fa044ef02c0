"""The sixth probe round (tests/fixtures/probe6): eight articles aimed at what the earlier rounds did not cover — a
US-style newspaper page ('Nov. 27, 2026 7:04 p.m. ET', 'Ms. Vos', 'Skip advertisement', a print-edition note), a
markdown paste with subheadings, a list and a blocked embed, a syndicated copy quoting with « » guillemets, a PDF
print with a dotted-date header, a mid-article page with Georgian captions and a slug followed by an id segment, a
live blog dated only by its URL, a feature with em-dash dialogue, a browser print with a US short print date;
feminine and masculine surname forms of different people, particles, hyphenated given names. The checks and
thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe6(base.TestProbe):
    FOLDER = "probe6"
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
