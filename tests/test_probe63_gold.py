"""The sixty-third probe round (tests/fixtures/probe63): the held-out half emulated a nineteenth time -- one paste per
corpus kind c01-c06, each from a kind of source the rounds had not used: a hospital trust's news page (cookie banner
with 'Yes, accept analytics', a breadcrumb of slashes, 'Topics on this page:', review stamps, the 'Was this page
useful?' feedback widget), a model railway magazine's layout visit saved as Markdown (a '## Gallery' of Markdown
images with italic captions, Markdown footnotes '[^1]' and their definitions, a subscription pitch, an italic bio), a
news agency's story republished by a partner site (an 'Editor’s note:' syndication note, a 'Read more from our
partners' carousel of teasers ending '— Partner'), a parish magazine's two-page PDF print (mirrored running heads,
'– 13 –' page numbers alone on a line in the middle of a paragraph, a URL split after the hyphen of its domain, an
issue dated by month only), a mid-article paste with captions doubled in Tamil script and the photographer in
parentheses, and a city marathon's live page with entries stamped '2 min ago' / '1 hr ago', a 'Race-day highlights'
box and reader reactions. People: actors quoted before and after their names and across a paragraph break, and names
that are no actors (photographers, bylines, teasers, a bio, commenters). The checks and thresholds are the first
round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe63(base.TestProbe):
    FOLDER = "probe63"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
