"""The thirty-fifth probe round (tests/fixtures/probe35): quote attribution, a third pass -- web, syndicated, PDF
print, live blog and markdown articles whose quotes are attributed in harder ways (a colon before the next
paragraph's quote, the speaker named only after a long quote, pronouns across a paragraph break, documents' and
unnamed officials' words, British single marks with apostrophes, guillemets and „…“, a spokesperson for a named
minister, transcript speaker labels). The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe35(base.TestProbe):
    FOLDER = "probe35"
    MIN_FILES = 5
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
