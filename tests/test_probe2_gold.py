"""The second probe round (tests/fixtures/probe2): fictional articles in wordings neither the corpus, the
seeds nor the first probe round have (consent and app banners in other words, guillemets and low-high
quotes, a wire story's closing reporting credit, an e-paper with jump lines and a pull quote with its
attribution, surnames of two words, captions doubled in Arabic and Greek, a mid-article 'Most read' box,
a live blog with entry headlines). The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe2(base.TestProbe):
    FOLDER = "probe2"
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
