"""The sixty-first probe round (tests/fixtures/probe61): the held-out half emulated an eighteenth time -- one paste
per corpus kind c01-c06, each from a kind of source the rounds had not used: a university's press-release page pasted
from the web (a 'Release date:' line, a share bar, the end mark 'Ends', a note for news desks, a 'Media enquiries'
contacts block naming a press officer, an about block, newsroom teasers), a trade journal's article saved as Markdown
with reference-style links (the article's address only in the 'Copy link' button's definition line) and a subscriber
notice between two paragraphs, a regional wire's story republished by a local site ('This story was originally
published by …', a sign-up box between two paragraphs), a council newsletter's PDF print (running heads, soft and real
line-end hyphens, the story's address split over two lines after a hyphen), a mid-article paste whose photo captions
are doubled in Georgian script with the photographer after a slash, and a storm's live page (24-hour times, a pinned
entry, 'Show more' and 'Load earlier updates'). People with quotes before and after their names and across a
paragraph break, and names that are no actors (photographers, bylines, a press officer, people in teasers, an author
bio). The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe61(base.TestProbe):
    FOLDER = "probe61"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
