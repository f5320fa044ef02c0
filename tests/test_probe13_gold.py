"""The thirteenth probe round (tests/fixtures/probe13): one more variant of each corpus file (c01–c06), with other
outlets, people and wordings of the boilerplate: a 'Published 9:12 AM EEST, Tue June 3, 2025' byline date, a
'(Credit: Name/Agency)' caption, 'Top Stories' / 'SEE ALL STORIES' feed; a markdown byline 'By [Name](#)', 'Updated …
· First published …', a pull quote with a '> — Name' line, '**More on this story:**'; a four-word 'THE OUTLET:' prefix
and a 'Copyright © … Ltd. All rights reserved.' line; PDF footers 'OUTLET · 17.06.2025 · n/3', a link after a soft
hyphen break and a URL split inside a word; Armenian and Japanese doubled captions, '(Video courtesy of …)',
'(Photo credit: …)' and a 'van ’t Hooft' particle; a CRLF live blog with bare '18:45' entry times, '1) ' list items and
'Last updated' above 'First published'. The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe13(base.TestProbe):
    FOLDER = "probe13"
    MIN_FILES = 6  # one variant of each of c01–c06
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
