"""The fifth probe round (tests/fixtures/probe5): one variant per corpus file (w01 from c01, … w06 from c06) that
COMBINES phenomena of different corpus files: a web page that is also a syndicated copy (title prefix and © line of
another outlet), a markdown paste that starts mid-article, a PDF print of a syndicated copy, a PDF print of a live
blog, a mid-article web page whose captions are doubled in Cyrillic and whose teaser feed names people who are actors
in other files, a CRLF live blog pasted as markdown. New fictional outlets, people and wordings. The checks and
thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe5(base.TestProbe):
    FOLDER = "probe5"
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
    MIN_FILES = 6  # one variant per corpus file
