"""The forty-eighth probe round (tests/fixtures/probe48): the held-out half emulated a thirteenth time -- one paste per
corpus kind (a regional paper's web page with a one-word-per-line menu and a newsletter box between paragraphs, a web
clipper's markdown with YAML front matter, an aggregator's one-paragraph-per-line copy with a glued pitch and a dated
syndication note, a print of a browser's reader view with its 'about:reader?url=' headers and print-stamp footers, a
mid-article paste with captions doubled in Tamil, a live blog with CRLF and a 'Key updates' box), each combining
several boilerplate kinds, with people in many name forms ('ter Wiel' / 'Ter Wiel', 'M. Rajasekaran', 'Ní
Dhomhnaill', 'Cllr Mottram', 'Sgt Keavney') and quotes of several styles. The checks and thresholds are the first
round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe48(base.TestProbe):
    FOLDER = "probe48"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
