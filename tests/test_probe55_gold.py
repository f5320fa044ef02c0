"""The fifty-fifth probe round (tests/fixtures/probe55): the held-out half emulated a sixteenth time -- one paste per
corpus kind c01-c06, each with several boilerplate kinds in wordings and layouts no earlier round used: a Blogger-style
canal trust blog (glued 'Email ThisBlogThis!Share to X…' row, 'Labels:', 'N comments:', 'Newer Post Older Post Home',
'Subscribe to: Post Comments (Atom)', 'Popular posts from this blog', a 'Blog Archive' tree, 'Powered by Blogger.'),
a Substack-style post in markdown (two linked authors, bare linked counts, 'Restack', 'Thanks for reading! This post
is public …', 'Discussion about this post', 'Ready for more?'), a wire story shared from a news app (app banner, 'Sent
via the X app', a slug line and a dateline in capitals, an alert promo, the wire's reporting/editing credit), a
LibreOffice-style print (a centred 'Page n of 3' footer, superscript footnote markers and footnotes kept, 'Report:
Name, Role', 'This article was first published at URL' split after a slash), a mid-article paste with captions doubled
in Armenian ('All photos (6)', 'Outlet, 17.11.2025', 'Cite this article: URL'), and a newspaper's live page ('Refresh',
'Auto-updating: on', 'Newest first | Oldest first', a 'Key events' box, an own 'By Name' in every entry, entry times
'10.52 GMT'). The checks and thresholds are the first round's (tests/test_probe_gold.py).
"""

from __future__ import annotations

from tests import test_probe_gold as base


class TestProbe55(base.TestProbe):
    FOLDER = "probe55"
    MIN_FILES = 6
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
