"""The thirty-sixth probe round (tests/fixtures/probe36): the held-out half emulated an eighth time -- one file per
corpus kind (web, markdown copy, syndicated, PDF print, mid-page gallery with captions in two scripts, live blog
with CRLF) in the corpus's world, each corpus phenomenon in another CMS's or print path's wording, plus phenomena no
probe set had (reference-style markdown links, a sponsored-links block, a pdftotext form feed at each page end, a
reader poll between live entries). The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe36(base.TestProbe):
    FOLDER = "probe36"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
