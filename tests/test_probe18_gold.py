"""The eighteenth probe round (tests/fixtures/probe18): PDF prints from print paths earlier rounds did not try — a
browser 'Save as PDF' print with the browser's own header ('M/D/YY, H:MM PM   page title') and footer ('URL cut
with …   n/3') on every page; an e-paper page with two narrow columns flattened in reading order, a column break
inside a soft-hyphenated word, a jump line 'Continued on page 6' and the continuation header 'Kicker from page 1';
a word-processor export of a clipped article (page numbers alone on a line, footnote markers and notes, a 'Source:'
URL line); a print with a 'FACTS:' box and a timeline box set between paragraphs (kept as content); a print with
ligatures, no-break spaces, U+00AD soft hyphens (inside words and at line ends) and a quote cut by a page break.
The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe18(base.TestProbe):
    FOLDER = "probe18"
    MIN_FILES = 5
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
