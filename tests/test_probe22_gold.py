"""The twenty-second probe round (tests/fixtures/probe22): pastes modelled on English-language editions of Southern
European and Latin American outlets — a markdown copy (variant of c02), a page starting mid-article with its title only
in the URL slug and its date only in the URL path (variant of c05) and a web page with a teaser, 'Las más leídas' and
'More news' tail (variant of c01): '· 3 min de lectura' / 'de leitura' leftovers, 'Photo: EFE' / 'ANSA' / 'Lusa'
credits, captions doubled in Greek, 'Read also:' teasers, double surnames and 'de', 'dos', 'da' particles.
The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe22(base.TestProbe):
    FOLDER = "probe22"
    MIN_FILES = 3
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
