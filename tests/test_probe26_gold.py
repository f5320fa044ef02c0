"""The twenty-sixth probe round (tests/fixtures/probe26): ordinary pastes of the corpus kinds (web page, PDF print,
syndicated copy, live blog) whose bodies are dense in actor and quote difficulty the fourteenth round did not cover:
'Sir'/'Baroness'/'Father'/'the Rev.' and abbreviated ranks ('Lt. Gen.', 'Brig.-Gen.', 'Maj.'), initials ('J.K.'),
'Jr.'/'Sr.', a quoted nickname, a couple sharing a surname, ships and prizes named after people, a long relative
clause between a role noun and its verb, 'according to Name' after a quote, an unnamed official after a named
speaker, a singular 'they', reaction lists 'Name (Party): “…”', speakers in parentheses or after a dash.
The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe26(base.TestProbe):
    FOLDER = "probe26"
    MIN_FILES = 5
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
