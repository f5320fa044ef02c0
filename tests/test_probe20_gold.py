"""The twentieth probe round (tests/fixtures/probe20): article text that looks like boilerplate, the opposite of the
earlier rounds — pastes of every corpus kind (web page, markdown copy, syndicated copy, PDF print, mid-article page,
live blog) whose bodies hold sentences and short paragraphs that a boilerplate rule might take for chrome: a story
about a paper's paywall and newsletter ('subscribers would be able to sign up for …'), 'Advertisement revenue …',
'Shares in …', 'Read more closely, …', 'Related talks …', a court's quoted '© … All rights reserved.' notice, one-word
quote paragraphs ('“No.”'), a capitalised acronym line, a bullet list of ministries, dialogue lines, vox-pop lines
that look like comments, a lead-on 'By Tuesday evening, …', a slogan in Cyrillic with its translation, a quoted
letter's date line, prose about a photo agency, interview Q/A lines and live entries opening 'Comments by …',
'Updated figures …', 'More than …'. The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe20(base.TestProbe):
    FOLDER = "probe20"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
