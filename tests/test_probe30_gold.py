"""The thirtieth probe round (tests/fixtures/probe30): article GENRES inside ordinary corpus-kind pastes — an op-ed
with the author's bio at the end (web, c01), an explainer with subheadings, a 'What we know' list and a 'Key quotes'
box repeating the body's quotes (markdown, c02), a fact-check with 'Claim:' / 'Verdict:' / 'Our ruling' and quoted
documents (syndicated, c03), an obituary with a 'survived by' list (PDF print, c04), a letters page with 'Name, Town'
signatures (web) and a press conference's verbatim exchange (live blog with CRLF, c06).
The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe30(base.TestProbe):
    FOLDER = "probe30"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
