"""The thirty-eighth probe round (tests/fixtures/probe38): the held-out half emulated a ninth time -- one ordinary
paste per corpus kind (web page, markdown copy, syndicated copy, PDF print, mid-page copy with a gallery, live blog
with CRLF) from outlets and CMSs whose wordings earlier rounds have not used: a reader-funding appeal above the
page ('Keep The X open for everyone: give once or give monthly.'), a credit '(Name / Agency)' with spaces round the
slash, 'Keep reading:' and 'More from the X:' labels, 'Online edition:' before a split URL, a PDF headline's last line
set in and opening on a lower-case word, 'View 4 photos' with Bengali captions, 'Video source:' under a video's
caption, 'Reported by A and B', 'Live since … · Most recent post …'. The checks and thresholds are the first round's
(tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe38(base.TestProbe):
    FOLDER = "probe38"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
