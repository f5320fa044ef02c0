"""The fourteenth probe round (tests/fixtures/probe14): six articles whose bodies are dense in actor and quote
difficulty — name particles ('von', 'al-', 'bin', 'da', 'ter') at a sentence start and inside, 'O'Driscoll' with a
straight and a curly apostrophe, Mac/Mc, hyphenated surnames with diacritics, initials ('J. R. Halloran'), family name
first (Korean and Hungarian order) with 'Mr'/'Ms' before the family name, names that are common words or places
('Rook', 'Jordan Bell', 'Moor'), ranks with a dot ('Gen.', 'Col.', 'Prof.'), two people sharing a surname, people shared
with another file under other forms, 'according to', 'wrote on X', guillemets and „…“ marks, a Q:/A: interview, a quote
reopened in the next paragraph, and the words of institutions and unnamed officials. The checks and thresholds are the
first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe14(base.TestProbe):
    FOLDER = "probe14"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
