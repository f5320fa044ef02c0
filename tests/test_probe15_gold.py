"""The fifteenth probe round (tests/fixtures/probe15): one more variant of each corpus file (c01–c06), with boilerplate
wordings of regional dailies, public broadcasters, South Asian syndication and e-paper exports: a 'Written by Name'
byline over 'Nov 3, 2025, 14:02 GMT+2', 'Listen to this article · 4 min', a 'PHOTO: Name / Agency' caption, a 'Latest
News' feed with 'See all latest news' and 'Most Read'; a markdown cookie box with '[Allow all](#)', a breadcrumb, an
'NBR News | 04.11.2025 09:15 | Updated …' line, an image line and '**Read also:**'; an 'OUTLET:' prefix with a 'SORIN:'
dateline, a WhatsApp promo glued to a quote and 'Copyright © Outlet, 2025'; an e-paper header '… 4 Nov 2025 | 08:40',
'Page 1/2' footers, a real hyphen with a stray link between its halves and a 'Printed from:' URL; doubled Georgian
captions with '(Photograph: …)'; a CRLF live blog with '● LIVE', 'Published: Wed 12 Nov 2025 07:30 EET', '– ' list
items, '6.10pm' entry times and 'Copy link to this update'. The checks and thresholds are the first round's
(tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe15(base.TestProbe):
    FOLDER = "probe15"
    MIN_FILES = 6  # one variant of each of c01–c06
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
