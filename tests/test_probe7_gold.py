"""The seventh probe round (tests/fixtures/probe7): eight articles aimed at what the earlier rounds did not cover — a
wire story with a country-and-agency dateline, an 'EXCLUSIVE:' kicker and twelve people referred to by role after
their first mention, a vox-pop feature with people named by first name and age and a 'Key points' summary box, an
interview in 'Q:'/'A:' form, an op-ed with the author's bio at the end, an English edition with French page chrome
and an Arabic caption, a PDF print with a two-line running header, footnotes and the URL split over two footer
lines, a live blog with full-date entry timestamps and a space-aligned table, a copied page whose <title> carries an
'Analysis |' kicker; transliteration variants of one person across files (Oleksandr/Alexander). The checks and
thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe7(base.TestProbe):
    FOLDER = "probe7"
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
