"""The fifty-sixth probe round (tests/fixtures/probe56): people and quotes, a seventh pass -- one paste per corpus kind
c01-c06 (a local paper's web page about a rescued steam locomotive, a markdown story about a town's flood pumps, a
syndicated one-paragraph-per-line story about a seafront ice cream parlour sold to a chain, a PDF print of a quarry
extension allowed on appeal, a mid-article paste with captions doubled in French about an island ferry's winter
timetable, a live blog with CRLF ends about a named gale), boilerplate in new wordings around names and attributions:
initials ('J. R. Name', 'K.A. Name'), hyphenated given names ('Rose-Ellen', 'Jean-Yves', 'Marie-Noëlle'), 'III' and
'Jr.' suffixes, a name in capitals in a print's crosshead, a name split over a print's line end, 'the inspector said'
after one full mention, unnamed spokespeople, 'Mrs Name' / 'Dr Name' before the full name, a quarry manager who shares
his surname with the village ('Mr Threlby' and 'Threlby'), a present-tense 'says', a quoted question with 'asked
Name', a quote ending with '…' resumed with '…', 'Name said the minister had told her: "…"' (the minister's words),
reported speech without marks, a single scare-quoted word, a song's and a book's titles in marks, and things named
like people (a locomotive 'No. 4187 Lady Name Name', an ice cream brand, 'the Name Name Award', a named gale, 'Name's
Law'). The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe56(base.TestProbe):
    FOLDER = "probe56"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
