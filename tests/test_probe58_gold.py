"""The fifty-eighth probe round (tests/fixtures/probe58): metadata, a fourth pass -- one paste per corpus kind c01-c06
(a local paper's web page about a walk-in centre opening at weekends, the markdown of a one-story e-mail newsletter
about a market hall's roof, a syndicated one-paragraph-per-line story on a Dutch-language portal about harbour pilots
striking, a Firefox PDF print of a sea wall rebuilt in stone, a mid-article paste about a village pub bought by its
drinkers, a wire service's live page with CRLF ends about a ferry fire), with title, date, outlet, authors and URL in
places the rounds before had not used: a 'Published: Friday' weekday with a full 'Updated' date, 'By A / Role and B &
C / Role', the outlet only in '© 2025 Outlet Ltd.', a 'View in browser' link with utm parameters as the only address,
the date only in that address's path, the outlet only in 'You are receiving this because you subscribed to … from
Outlet', '**Words:** A / **Pictures:** B', a Dutch date line ('Gepubliceerd op 7 maart 2025 om 10:42') and source
line ('Bron: Outlet'), the title only in the browser's tab text over a print ('Headline | Outlet – Mozilla Firefox')
with the print's own date in its footers, an AMP address on an 'amp.' subdomain after 'Read this online:', 'Compiled
by A & B / Edited by C'. The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe58(base.TestProbe):
    FOLDER = "probe58"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
