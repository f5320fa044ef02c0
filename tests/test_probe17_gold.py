"""The seventeenth probe round (tests/fixtures/probe17): six articles pasted through reading tools and sharing paths
the earlier rounds did not try: a browser reader-view paste (site-name line, title, a bare byline name, '5–7 minutes',
images reduced to captions with credits); a read-it-later export ('Saved from <URL>', 'Tags:', a meta line with
outlet, author, date and reading time, a 'Highlights' section with the reader's notes); an aggregator's copy ('Story
by Name • 4h', 'Story continues below' / 'Continue reading' breaks, 'Originally published by The X', 'Trending now'
headlines naming people); a news app's share-sheet text ('Shared from the X app', an app-store line) over the article;
a messenger-channel copy ('Forwarded from The X', emoji lines, a view count, the link at the end); an e-mail
newsletter edition with one full article and teasers of others. The checks and thresholds are the first round's
(tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe17(base.TestProbe):
    FOLDER = "probe17"
    MIN_FILES = 6  # one file per paste path
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions (q06 passes since fixq06)
