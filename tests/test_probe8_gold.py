"""The eighth probe round (tests/fixtures/probe8): eight articles aimed at what the earlier rounds did not cover — a
mobile/AMP copy with every sentence on its own line, trailing tabs and spaces and the headline twice (breadcrumb and
H1), an article forwarded by e-mail ('---------- Forwarded message ---------'), a PDF print with a name hyphenated over
a line end, an ALL-CAPS name in the lead-in, citation marks and a numbered list, a comments section with user names,
relative times and like counts under a heading without the word 'comments', honorifics (Archbishop, Sheikh, Rabbi,
Imam, Prof.), a name in parentheses and 'according to Name', initials ('J. P. Morrow'), feminine and masculine
surname forms of two people, a nested quote and quotes whose speaker is named only in the next sentence or paragraph,
an embedded social-post card with an @handle, quoted words in a headline, and paragraphs separated by single newlines
with credits glued at a paragraph's end. The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe8(base.TestProbe):
    FOLDER = "probe8"
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
