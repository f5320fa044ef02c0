"""The fifty-third probe round (tests/fixtures/probe53): the held-out half emulated a fifteenth time -- one paste per
corpus kind, each with several boilerplate kinds in wordings and layouts no earlier round used: a WordPress community
site ('Spread the word' share buttons, 'Be the first to like this.', a 'Related' block with 'In "Category"' lines,
'Post navigation', 'N thoughts on', the reply form); a Medium post as markdown ('Member-only story', a subtitle,
'Published in', clap and response counts, 'Listen', 'Share', the 'Written by' card, 'Responses (n)', 'More from',
'Recommended from Medium'); a regional paper's syndicated copy a paragraph per line with a '▸' outlet prefix and a
donation appeal glued to a paragraph; a Word document printed to PDF (a header repeated on every page, 'n | P a g e'
footers and the .docx path); a mid-article paste with captions doubled in Khmer and camera-emoji credits; a
broadcaster's live page with CRLF line ends ('Summary', 'Live Reporting' / 'Edited by', 'Pinned', 'Share · Copy
link', 'Show more updates'). The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe53(base.TestProbe):
    FOLDER = "probe53"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
