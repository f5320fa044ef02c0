"""The fifty-fourth probe round (tests/fixtures/probe54): over-removal, an eighth pass -- one paste per corpus kind
c01-c05 (a local paper's web page about an installation of a closed newspaper's front pages in a shop window, a
markdown regional story about a village website closing, a syndicated one-paragraph-per-line story about a school
crossing patrol retiring, a PDF print of a brass band placed third after a fire, a mid-article paste with captions
doubled in Greek about an island council voting down a marina), each with real boilerplate that must go and article
text shaped like the boilerplate rounds 49-52 taught the cleaner that must stay: 'Filed by the school in March
1996, the first request …', 'Live coverage of the meeting was …', 'Key moment of the night …', 'Background reading
for …' in prose, a paragraph quoting a site's "Share" and "Like this:" lines and a one-line 'Press "Share", then
"Copy link" …' instruction, one-line paragraphs that are content (a verdict, a result, a single quoted line), a
bracketed work title that is part of the headline, a question subheading over a paragraph ending in '...', a
quoted caption with its 'Pic: Name' credit inside a paragraph, 'Photograph 41, …' in prose about an exhibition,
paragraphs with two spaces after full stops, and a print's 'third-'/'placed', 'fire-'/'gutted', 'telegram-'/'style'.
The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe54(base.TestProbe):
    FOLDER = "probe54"
    MIN_FILES = 5
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
