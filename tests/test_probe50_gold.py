"""The fiftieth probe round (tests/fixtures/probe50): people and quotes, a sixth pass -- one paste per corpus kind
(a web page, a markdown copy, a syndicated copy, a PDF print, a mid-article paste with captions doubled in Arabic, a
live blog with CRLF), ordinary boilerplate in new wordings, about the actor finder: titles and honorifics ('the Rev.
Canon', 'Dame', 'Sir', 'Lord', 'Baroness', 'Lt Col', 'Det Insp', 'Judge', 'Coroner'), particles ('dos Prazeres', 'van
den Akker', 'O’Rahilly', 'MacIlwraith', 'da Rocha', 'bin'/'bint' and 'al-'), a given name in brackets and a nickname in
quotes, namesakes told apart by their honorifics, a married title, things named like people (a storm, a racehorse, a
dhow, a firm named after its founder, a pub, a hospital, a street) and quotes of many styles. The checks and
thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe50(base.TestProbe):
    FOLDER = "probe50"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
