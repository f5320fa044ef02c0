"""The third probe round (tests/fixtures/probe3): fictional articles in forms none of the earlier sets has (a
regional daily's two-column print page and a magazine page with a caption set inside a sentence, drop caps, a
broadcaster's page with video-player text, a wire story with a version prefix, an analysis piece with the
author's blurb at the top, a Q&A interview, a newsletter e-mail with its mail header, a table of figures and a
timeline, embedded social-media posts, update and correction notes, an open letter's signatures, single
quotation marks with curly apostrophes in names). The checks and thresholds are the first round's
(tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe3(base.TestProbe):
    FOLDER = "probe3"
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
