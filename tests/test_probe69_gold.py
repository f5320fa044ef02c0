"""The sixty-ninth probe round (tests/fixtures/probe69): people and quotes, a ninth pass -- one paste each for five
corpus kinds (a local paper's web page about a heart unit reopening, the markdown of a page about siblings losing a
fight over their bakery's sign, a syndicated one-paragraph-per-line story about a mosque's food bank, a PDF print of a
lifeboat crew's gallantry awards, a live page with CRLF ends about a storm), with names and attributions the rounds
before had not used: a doctor first named by title and surname ('Dr Name') and in full only later; a long quote
attributed by an age phrase ('said the 71-year-old') or a role phrase ('said the former shop assistant', 'the former
nurse added') naming the person named just before; 'she said' four sentences after the name; a sister and brother
sharing a surname told apart by 'Ms'/'Mr', and 'the Name family' a form of neither; a quote holding a letter's words
in single marks; 'Name wrote in a post on X:', 'Name … told the Outlet:', 'In a statement, the town's MP, Name,
said:'; a religious title before a full name ('Imam', 'Sister': not part of the form) and before a bare surname (part
of it); people whose names look like places ('Sydney Marsh', 'Denver Hill'); vessels named like people ('the
lifeboat, the Edith Name', 'the trawler Name Name'); a storm's name ('Storm Idris'). The checks and thresholds are the
first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe69(base.TestProbe):
    FOLDER = "probe69"
    MIN_FILES = 5
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
