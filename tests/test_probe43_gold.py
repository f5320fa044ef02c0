"""The forty-third probe round (tests/fixtures/probe43): people and quotes, a fifth pass -- one paste per corpus kind
(web, markdown copy, syndicated copy, PDF print, mid-article paste, live blog with CRLF) whose people are named in the
ways the rounds before had not combined: first by title and surname and only later in full ('Mayor Ostrander' …
'Wenna Ostrander', 'Ms Garvan-Shore', 'Professor Quayle', 'Commissioner Salonen'), double surnames shortened
('Montalvo' and 'Montalvo Ruiz', 'Quaresma Leite', 'Dr Marwick-Obi' broken at its hyphen over two print lines), byline
writers quoted in a live entry, people named only in captions and teasers (one sharing a surname with an actor), a
ship named like a person, quotes over three paragraphs, quotes inside quotes, 'said Name', 'according to Name' and
'Name: “…”' attributions. The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe43(base.TestProbe):
    FOLDER = "probe43"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
