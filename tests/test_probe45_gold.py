"""The forty-fifth probe round (tests/fixtures/probe45): the held-out half emulated a twelfth time -- one paste per
corpus kind (web, markdown copy, syndicated copy, PDF print, mid-article paste, live blog with CRLF) from outlets,
CMSs and print paths no earlier round used: a county paper's page with the site's day above a kicker and a
'Reporting team: A & B' byline, a nonprofit newsroom's markdown with a funder's note, a membership pitch and bold-name
bios, a partner newsroom's story re-run on a portal under a sharing scheme, an e-paper kiosk's print with its
'Outlet · date · page · NAMES' header and short jump lines, a metered paywall and a tight gallery counter mid-page,
a storm live blog with a comma byline over an 'Updated … ago' line. People in captions, teasers and bios, a named
storm, hills and a rescue team named like people. The checks and thresholds are the first round's
(tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe45(base.TestProbe):
    FOLDER = "probe45"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
