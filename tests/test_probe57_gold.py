"""The fifty-seventh probe round (tests/fixtures/probe57): over-removal, a ninth pass -- one paste per corpus kind
c01-c05 (a local paper's web page about a flood review, a markdown story about an allotment blog and an archive's
photographs, a syndicated one-paragraph-per-line story about a website that copied a paper's articles, a browser's PDF
print of a care home's closure, a mid-article paste with captions doubled in Georgian about skating on a reservoir),
each with real boilerplate that must go and article text shaped like the boilerplate rounds 53-56 taught the cleaner,
which must stay: a paragraph opening 'Report: the council's own review …', 'switch on (flood) alerts in the X app' as
news and as advice after a colon, 'All photos (6) were later returned …', a subheading and a paragraph about a blog
whose name ends in 'Blog', a quoted footer 'This article was first published at URL' in a story about plagiarism,
'Thanks for reading the minutes aloud, she told …', a person named 'Gale' in a flood story, verbs after a name that
look like a brand's product ('Name Name ice-skated', 'Name Name jams'), a village sharing its name with a carer who
speaks, an inspector quoted by role, and one-line paragraphs that are content. The checks and thresholds are the
first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe57(base.TestProbe):
    FOLDER = "probe57"
    MIN_FILES = 5
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
