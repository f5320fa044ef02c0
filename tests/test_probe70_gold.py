"""The seventieth probe round (tests/fixtures/probe70): one paste each for c01, c03, c04 and c05 from sources the
rounds had not used -- a city council's own news page (accessibility toolbar text, a 'Report it / Pay for it' service
menu, a 'Rate this page' widget), a press agency's story carried by a regional paper ('Supplied by agency' label,
'Correction appended' label with the correction kept at the end, a 'More you might like' strip with teaser authors), a
trade union magazine's PDF print (a 'KEY FIGURES' sidebar kept as a fact box, soft hyphens, running footers with the
issue number) and a mid-article paste whose captions are doubled in Vietnamese with 'Photo:' credits and a
'Slideshow · 5 photos' control. The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe70(base.TestProbe):
    FOLDER = "probe70"
    MIN_FILES = 4
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
