"""The twenty-seventh probe round (tests/fixtures/probe27): pastes modelled on English-language outlets of East and
Southern Africa, Israel, Iran and the Gulf — a Kenyan-style web page (c01), an Israeli-style markdown copy (c02), an
Iranian-style syndicated copy (c03), a South African-style PDF print (c04), an Ethiopian-style gallery page with
Amharic captions doubled (c05) and a Gulf-style live blog with CRLF (c06): WhatsApp/app promos, 'EAT'/'IDT'/'IRST'/
'AST' date lines, Persian solar and Hijri dates beside the Gregorian one, '… Media Group Ltd' © lines, and Ethiopian
given-name short forms, Somali, Arabic ('bin', 'bint', 'Al-', 'Abu', 'Umm'), Persian ('Seyed', 'Hojatoleslam'), Hebrew
('MK'), Afrikaans-particle and chiefs' ('Kgosi', 'Inkosi') names, Kenyan 'CS'/'PS'/'Hon.' titles.
The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe27(base.TestProbe):
    FOLDER = "probe27"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
