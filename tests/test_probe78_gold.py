"""The seventy-eighth probe round (tests/fixtures/probe78): the held-out half emulated in its own world again -- one
paste per corpus kind c01-c06, set in the corpus's world (Vessaria, the Dravic Federation, Aldermark, the Concord
Union, Geneva) with new outlets, new people (Oleg Tarasevich and Pavel Grushin the only corpus people, in their
canonical forms) and new events of the same conflict: an exchange of fallen soldiers' remains on a web page with a
podcast promo, a caption, a teaser cut with '…', a feed tail and repeated newsletter widgets; a Concord Council vote
on a tanker-insurance ban in Markdown with a cookie banner, a duplicate pull quote, an opinion teaser and the outlet
only in the URL's domain; a mediator's shuttle week syndicated a paragraph per line with a title prefix, a
re-publisher's newsletter glued to a quote, no-break spaces and a quote over two paragraphs; a monitoring mission's
drone unit in a PDF print with a three-line title broken on a real hyphen, soft and real hyphen breaks, page footers
with slashes, a messenger link inside a sentence at a page break and a split URL; a grain convoy pasted mid-article
with Cyrillic captions doubled; a border crossing's live page with CRLF ends, '– ' rules, entry times and comments.
The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe78(base.TestProbe):
    FOLDER = "probe78"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
