"""The seventy-sixth probe round (tests/fixtures/probe76): the held-out half emulated a twenty-fourth time -- one
paste each for the corpus kinds c01-c05 from kinds of source the rounds had not used: a regional newspaper group's
web page about a cattle market closing (a narrated-audio player with its duration, a comments count, a newsletter
form with its e-mail field label between two paragraphs, a numbered 'Most read today' list, a cookie-consent banner
pasted at the very end), a museum's members' newsletter in Markdown about a ship's figurehead ('Read this email on
the web', image alt texts with '© photographer' credits, a 'Forward this to a friend' footer, a postal-address and
unsubscribe block), an agency story on a science portal about an amateur's comet (the long 'Copyright … All rights
reserved. This material may not be published …' line, a 'Tags:' row, a 'Sponsored content' teaser block), a country
magazine's two-page print about a hedge-layer (a capitals pull quote with its signature in the middle of a
paragraph, a 'FACT FILE' sidebar, running heads with the issue number and page folio, soft and real line-end
hyphens) and a paste from the middle of a regional paper's page about a village school's chess team (starting inside
the menu, ending inside a 'More you may like' carousel with teaser times). The checks and thresholds are the first
round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe76(base.TestProbe):
    FOLDER = "probe76"
    MIN_FILES = 5
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
