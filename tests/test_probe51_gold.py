"""The fifty-first probe round (tests/fixtures/probe51): over-removal, a seventh pass -- one paste per corpus kind
c01-c05 (a local daily's web page about a 1974 flood report put online, a markdown arts feature on two press
photographers, a syndicated one-paragraph-per-line story about a football club's anthem and its copyright, a PDF
print of a schoolgirl's poem carved into a sea wall, a mid-article paste with captions doubled in Georgian about a
ropeway's last run), each with real boilerplate that must go and article text shaped like the boilerplate rounds
44-48 taught the cleaner that must stay: 'First published by …' / 'Originally published in 1974, …' about a
report or a poem, 'Page 4 of the report …', 'Key updates to the plan include:' and its list, 'Related:' before a
lower-case sentence, a newsletter's name and 'sign up' in prose, one-line paragraphs, a poem's lines, score lines
'3-1', a quoted '© … All rights reserved', a person's bio-shaped sentence mid-article, a caption-like sentence about
a photograph in an exhibition, date-only lines in a timeline, photographers who are the story's subject (actors).
The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe51(base.TestProbe):
    FOLDER = "probe51"
    MIN_FILES = 5
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
