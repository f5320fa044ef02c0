"""The seventy-ninth probe round (tests/fixtures/probe79): over-removal, a twelfth pass -- one paste per corpus kind
c01, c02, c04 and c05 (a local paper's web page about a garden waste charge's wrong leaflets, the markdown of a town
paper's story about a postmistress's undelivered wartime letters, a country magazine's print about a letterpress
printer, a mid-article paste about lifeguards and a rip current), each with real boilerplate in the shapes rounds 76-78
taught the cleaner (a sign-up box's opt-out promise, 'Forward this to a friend | Know someone who would love the X?',
the audio line, a 'Newswire' feed heading, 'From the X's opinion pages:', 'Material from X was used in this report',
'Words: A   Photography: B', a magazine's one-word name in running heads, a print standfirst repeating a body quote,
'▣ n photos in this gallery', '(Image rights: …)', '(Video footage: …)') beside article text that only looks like it
(a council letter saying residents can opt out at any time, a quote opening 'You can opt out at any time', a letter
forwarded to a friend, a newswire named in the article, a quote opening 'Material from the tin was used', a sidebar's
'• Words:' and '• Photography:' items, an article sentence opening 'Video footage from'), people surnamed Hollow, Scar
and Bottom who speak, a rank 'Lifeguard' before a surname in a quote, a sign's words said aloud, and 'Asked whether
X …, Y said/laughed' where X is an actor. The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe79(base.TestProbe):
    FOLDER = "probe79"
    MIN_FILES = 4
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
