"""The seventy-fifth probe round (tests/fixtures/probe75): over-removal, an eleventh pass -- one paste per corpus kind
c01, c02, c04 and c05 (a local paper's business page about a rope maker's shares, a newsletter platform's Markdown
export about a village newsletter's fiftieth year, a county weekly's two-page print about a quarry closing, a
mid-article paste about a mountain rescue team), each with real boilerplate of the shapes rounds 71-73 taught the
cleaner (a share-price box, a sponsor block, a newsletter's self-describing sign-off, section-and-page running
heads, a pull quote's signature line, a 'Name edits ...' bio, a corrections box) beside article text shaped like it
that must stay: prose about a share price with a percentage, 'Sponsor' as a noun opening a sentence, a sentence
describing another newsletter, 'free every Friday' in opening times, a print's dateline lead between headline and
byline, a correction reported as news, a person in the story who 'edits' a magazine; and people the new actor cues
must keep: a speaker surnamed Rock, a rescue volunteer surnamed Loch, a named person 'who asked' something before
'he said', a person named in her memoir's title who is quoted as its author, words said 'according to a filing'. The
checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe75(base.TestProbe):
    FOLDER = "probe75"
    MIN_FILES = 4
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
