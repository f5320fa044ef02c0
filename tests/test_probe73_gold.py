"""The seventy-third probe round (tests/fixtures/probe73): people and quotes, a tenth pass -- one paste each for the
corpus kinds c01, c02, c03, c04 and c06 (a local paper's web page about a pier a survey condemns, the markdown of a
book launch about a drowned village, a syndicated one-paragraph-per-line story about a boatyard passing from a father
to the son who shares his name, a PDF print of a schooner sailing home, a live blog with CRLF ends about stranded
whales), with ordinary boilerplate in new wordings around attributions and names the rounds before had not used:
speech verbs other than 'said' before and after the name ('warned Dr Name', 'recalled Name', 'quipped Name', 'he
quipped', 'insisted: "…"'), a spokesperson named in apposition and later quoted by role only ('the spokeswoman said'),
unnamed sources who asked not to be named (no quotes), a colon after a sentence naming the speaker ('Name was blunt:
"…"'), partial quotes woven into reported speech ('called the new book "…"'), particle surnames ('van der Stappen',
'de la Barquera') with capitalised sentence-initial forms, a 'Jr.' son and his father of the same name, a person named
in a caption and a pull line but quoted in the body, words from an earlier interview ('told this newspaper in 2019:'),
panels and crews named in a list of whom only some speak, quotes ending in '?' and '!', and names that are no actors (a
novel's invented heroine, a schooner and the trust named after it, photographers, bylines, teasers, a commenter). The
checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe73(base.TestProbe):
    FOLDER = "probe73"
    MIN_FILES = 5
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
