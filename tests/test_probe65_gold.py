"""The sixty-fifth probe round (tests/fixtures/probe65): people and quotes in genres the rounds had not used, a third
pass -- a local-business profile of a cobbler pasted from the web (the owner and two customers quoted, an opening-hours
box, a map widget's text, 'Reviews (12)', an app banner, 'Readers' top five'), a science podcast's episode page saved
as Markdown (the host and a guest quoted from the transcript, '[mm:ss]' timestamps, 'Stream it on' player links, a
chapters line, the author in 'Show notes by'), a regional paper's printed letters-and-reaction page around one news
story (a councillor and residents quoted; the letters after the story, their writers named with their towns, are
not body and not actors), and a live page of a music festival's day (performers and the organiser quoted, a 'Stage
times' table, sponsor lines). The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe65(base.TestProbe):
    FOLDER = "probe65"
    MIN_FILES = 4
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
