"""The forty-seventh probe round (tests/fixtures/probe47): over-removal, a sixth pass, and people who must stay
people -- one paste per corpus kind (web, markdown copy, syndicated copy, PDF print, live blog with CRLF) whose
article text is shaped like the boilerplate rounds 44 and 46 taught the cleaner to remove (an app pitch reported with
its verb before its subject, 'Updated' and a full date opening an article sentence, a reader question answered by the
article, a © stamp and a re-publisher's rights clause inside article sentences, an e-mail footer quoted, 'Published
under licence …' opening a long sentence, 'By Easter 1985' at a column line's start, a sign-up pitch the article
reports, comments switched off on another site, a gallery that is a room), and whose people are named like things (a
surname that is a product, a ship word or a place word; a person named in full only inside another's quotation and
then quoted by surname alone; a boat named like a woman; a headland off which a boat lay). The checks and thresholds
are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe47(base.TestProbe):
    FOLDER = "probe47"
    MIN_FILES = 5
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
