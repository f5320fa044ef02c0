"""The thirty-fourth probe round (tests/fixtures/probe34): six articles of mixed kinds (web, markdown, syndicated,
PDF print, a paste starting mid-article, live blog) about one fictional running story, in which the same people
appear under different surface forms from file to file (transliteration variants, -off for -ov, a middle initial,
a title or an honorific with the surname only, dropped diacritics, a hyphenated double surname shortened, a
nickname), and people who share a surname are different people. The actor checks merge the six files as one
archive, so the canonical names are what is measured. The checks and thresholds are the first round's
(tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe34(base.TestProbe):
    FOLDER = "probe34"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
