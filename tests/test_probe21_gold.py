"""The twenty-first probe round (tests/fixtures/probe21): pastes modelled on English-language editions of Eastern
European, Turkish, Caucasus and Central Asian outlets and wire services — a web page, a syndicated wire copy, a browser
PDF print and a live blog with menu rows, 'Subscribe to our Telegram', date shapes '27.11.2025 | 14:05' and '09:30, 28
November 2025', 'Author: Name' bylines, '© … All rights reserved. When quoting, a hyperlink is required.', 'Read also:'
teasers (bold too), 'Photo: X / press service' credits, transliteration variants of names across files
(Oleksandr/Aleksandr, Yevgeny/Evgeny, -yi/-iy), patronymics and titles like 'Deputy Prime Minister – Minister of …'.
The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe21(base.TestProbe):
    FOLDER = "probe21"
    MIN_FILES = 4
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
