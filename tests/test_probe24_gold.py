"""The twenty-fourth probe round (tests/fixtures/probe24): pastes modelled on East and Southeast Asian English-language
outlets — a Singapore-style web page (c01), a Japanese-style syndicated copy (c03), a Philippine-style PDF print (c04),
a Korean-style gallery page with Hangul captions doubled (c05) and a Malaysian/Indonesian-style live blog with CRLF
(c06): Telegram/app promos, 'SGT'/'MYT' date lines, '[Updated]' labels, '… Co., Ltd.' / 'Sdn Bhd' © lines, 'Name /
e-mail' bylines, 'Translated by …' lines, and surname-first, Malay, Filipino and single names.
The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe24(base.TestProbe):
    FOLDER = "probe24"
    MIN_FILES = 5
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
