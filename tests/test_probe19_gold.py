"""The nineteenth probe round (tests/fixtures/probe19): one variant of each corpus kind with wordings modelled on
English-language outlets of regions the earlier rounds did not imitate: a South Asian daily's web page ('Written by:
Name | Edited by: Name', 'Published on: 3rd November, 2025 at 09:14 IST', 'Also Read |', 'Follow us on Google
News'); a Gulf outlet's markdown page ('Published: … | Last updated: …', 'Share via WhatsApp', an agency credit,
'Sheikh Faisal' forms); a West African syndicated copy ('Alhaji', 'Hon.', 'Mallam' forms, an app-alert pitch glued to
a quote, 'Related Posts:', 'Compiled by Staff Reporter'); an Irish regional weekly's PDF print (Ó/Ní/Nic/Mac Giolla
names, 'p. n/3' footers); a Canadian bilingual gallery page (French captions doubled, '(Photo : …)'); a New Zealand
public broadcaster's live page ('Posted … updated 2h ago', 'Topics:', Māori names). The checks and thresholds are the
first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe19(base.TestProbe):
    FOLDER = "probe19"
    MIN_FILES = 6  # one file per corpus kind
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
