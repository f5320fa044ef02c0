"""The forty-fourth probe round (tests/fixtures/probe44): over-removal, a fifth pass, and people who must stay people --
one paste per corpus kind (web, markdown copy, syndicated copy, PDF print in a narrow column, live blog with CRLF) whose
article text is shaped like the boilerplate earlier rounds taught the cleaner to remove (an app named in a reported
imperative, a reader call-out answered by the article, a print-edition sentence about a column's history, an
agency-copy clause quoted from a memo, 'From our newsroom' opening a quote, a one-sentence paragraph and a Title Case
subheading after a gallery opener, a quotation's second paragraph wholly in quote marks, a full column line dense with
capitals), and
whose people are named like things (a ship named after its skipper, 'the yacht Dr Hale had chartered', a surname alone
with 'its', a name whose words are the article's common words, a person sharing a place's last word, a plural-looking
surname, a middle name alone). The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe44(base.TestProbe):
    FOLDER = "probe44"
    MIN_FILES = 5
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
