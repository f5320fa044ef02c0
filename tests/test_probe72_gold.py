"""The seventy-second probe round (tests/fixtures/probe72): print layouts, a focused pass -- five PDF prints (corpus
kind c04): a rural weekly's two pages whose first page's last paragraph runs on over the footer into the second ('…
since the estate' / footer / 'changed hands.', the Seventieth round's known bug), with a headline line opening in lower
case, a numbered list and a 'CORRECTIONS AND CLARIFICATIONS' box; a town paper's three pages with running heads that
are the section and page number only ('News 4'), a drop cap alone on a line over a blank line, a word cut at a page
break with the footer and the next running head between its halves, a pull quote repeating a body sentence and a quote
across the second page break; a weekly's front page and its jump page ('Please turn to page 6', the repeated short
headline and 'From page 1', a quote cut by the jump, an 'INSIDE:' strip, a fares table kept); a naturalists'
magazine's two-column page given as whole columns of short lines, a quote across the column break, footnote markers
and footnotes at the page's foot; an obituary page with mirrored heads, years in parentheses after names, a closing
'born …; died …' line and a quote across the page break. The checks and thresholds are the first round's
(tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe72(base.TestProbe):
    FOLDER = "probe72"
    MIN_FILES = 5
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
