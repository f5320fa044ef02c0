"""The fourth probe round (tests/fixtures/probe4): variants of the dev corpus, the closest emulation of its
held-out half. Two files per corpus file (v01–v02 from c01, v03–v04 from c02, … v11–v12 from c06), each the same
kind of paste with the same phenomena as its original, but another fictional outlet, other people (and some of
the same people under other name forms), other boilerplate wordings, orders and lengths: promo, newsletter,
teaser and feed blocks worded and placed differently, other caption-credit formats, PDF prints with another
width and footer, a link dropped into another sentence and a URL split at another point, a mid-article start
whose URL has another shape, live blogs with other labels, timestamps and comment widgets. The checks and
thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe4(base.TestProbe):
    FOLDER = "probe4"
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
