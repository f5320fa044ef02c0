"""The sixtieth probe round (tests/fixtures/probe60): people and quotes, an eighth pass -- one paste per corpus kind
c01-c06 (a northern paper's web page about a geothermal pool reopened, the markdown of a port city's paper about a
dumpling house's lease, a syndicated one-paragraph-per-line story about a coffee cooperative's deal with a roaster, a
browser's PDF print about an olive mill bought by its growers, a mid-article paste of an island postmistress's Q&A
interview, a local paper's live page with CRLF ends about a moor fire), with names and attributions the rounds before
had not used: Icelandic patronymics ('Guðrún Jónsdóttir' then 'Guðrún'), Ethiopian names whose second name is the
father's ('Mekdes Gebreyes' then 'Mekdes', 'Dr Yonatan'), Chinese names surname first ('Liang Wenbo' then 'Liang'),
Spanish double surnames ('María Luisa Espinós Oliva' then 'Espinós'), an initial and a surname ('T. Olaniyan'), a
quote introduced by an em dash in a Q&A layout, a transcript with 'NAME:' speaker labels, 'according to a statement
from Name', a person who speaks only in a photo caption, a person named only in the headline, 'the late Name', a person
and a firm sharing a surname ('Pettigrove & Daughters'), quotes in « » and „ “ marks inside English text. The checks
and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe60(base.TestProbe):
    FOLDER = "probe60"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
