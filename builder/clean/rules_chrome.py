"""Site chrome: menus, skip links, cookie banners, newsletter and subscription forms, promo lines,
share rows, adverts, paywall notices, copyright and contributor lines, HTML fragments."""

from __future__ import annotations

import re

from builder.clean.doc import Doc, Unit, boxes_under_headings, keys
from builder.clean.ruler import rule
from builder.clean.text import TERMINAL, AnyBranch, may_match
from builder.extract.metadata import find_date
from builder.model import Removal


def _line_rule(
    doc: Doc,
    name: str,
    rx: re.Pattern[str] | AnyBranch,
    maxlen: int = 200,
    keywords: keys | None = None,
    short: int = 60,
    unless: re.Pattern[str] | None = None,
) -> None:
    """Remove kept lines up to ``maxlen`` chars matching ``rx`` (and not ``unless``); lines longer than ``short``
    are only tried when they contain one of ``keywords`` (a cheap prefilter: most article lines never reach the
    regex). A live entry's timestamp found by date_line ('2 min ago' over its entry) is the entry's, not a line's."""
    todo = [u for u in doc.units if u.rule is None and len(u.text) <= maxlen and u.tag != "entry_time"]
    if keywords is not None:
        passed = keywords.ids([u for u in todo if len(u.text) > short])
        todo = [u for u in todo if len(u.text) <= short or id(u) in passed]
    for u in todo:
        if rx.search(u.plain) and not (unless is not None and unless.search(u.plain)):
            doc.remove(u, name)


HTML_FRAGMENT_RE = re.compile(
    r"^\s*</?(?:img|iframe|a|div|span|p|br|script|style|noscript|figure|picture|source|video|svg|link|meta|input|button)\b[^>]*>"
    r"|<(?:img|iframe|script)\b[^>]*>|^\s*\{\s*\"@context\""
    # an HTML comment on a line of its own (a newsletter's '<!-- donate callout -->' saved with its Markdown)
    r"|^\s*<!--.*-->\s*$"
    # a WordPress shortcode pasted as text: '[button link="…"] Send us your review[/button]'
    r"|^\s*\[([a-z_]+)\b[^\]]*\].{0,200}\[/\1\]\s*$",
    re.I,
)


@rule("html_fragment", "chrome")
def html_fragment(doc: Doc) -> None:
    """Literal HTML left in the text (from <noscript> and the like), HTML comments, and a CMS's shortcodes."""
    _line_rule(doc, "html_fragment", HTML_FRAGMENT_RE, 100_000, keys("<", "{", "[/"), 0)


# the audio of this very article, made 'automatically' (no machine named): 'The audio edition of this article is
# generated automatically.' A branch of SKIP_RE; alone on its line with a longer question first: AUDIO_EDITION_RE
_AUDIO_EDITION = (
    r"(?:the\s+|an?\s+)?(?:audio|spoken|read-aloud)\s+(?:edition|version|recording|narration)\s+"
    r"of\s+this\s+(?:article|story|report|piece)\s+(?:is|was)\s+(?:automatically\s+(?:generated|produced|created|read|"
    r"voiced)|(?:generated|produced|created|read|voiced)\s+automatically)"
)
SKIP_RE = re.compile(
    r"^(?:skip\s+to\s+(?:main\s+)?(?:content|navigation|main|article|search|footer)|(?:jump|go)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|main|article|story)|"
    r"edit\s+(?:this\s+)?(?:post|article|story|page)|back\s+to\s+top|go\s+to\s+top|[↑⬆▲]\s*(?:back\s+to\s+)?top|"
    # a newsletter's in-page link up: '↑ Top of the issue', 'Back to the top of the page'
    r"(?:[↑⬆▲]\s*|back\s+to\s+(?:the\s+)?)top\s+of\s+(?:the\s+|this\s+)?(?:page|issue|newsletter|e-?mail|article|story)|scroll\s+to\s+top|toggle\s+navigation|open\s+menu|close\s+menu|"
    r"main\s+menu|menu|search|close|open|sign\s+in|log\s+in|login|sign\s+up|register|my\s+account|account|"
    r"subscribe(?:\s+now)?|subscribe\s+sign\s+in|sign\s+in\s+subscribe|home|you\s+are\s+at:?|breadcrumbs?|"
    # an offer button: 'Subscribe for €1', 'Subscribe from $2/month', 'Subscribe for just £1 a week'
    r"subscribe\s+(?:for|from)\s+(?:just\s+|only\s+)?[€$£¥]\s?\d[\d.,]*(?:\s*(?:/|a|per)\s*(?:month|week|year|mo|yr))?|"
    r"previous|next|previous\s+(?:post|article|story)|next\s+(?:post|article|story)|print|print\s+this\s+(?:article|page)|"
    r"font\s+size|a\+?\s*a-?|text\s+size|listen|listen\s+to\s+(?:this\s+)?(?:article|story)|play|pause|loading\.*|"
    r"listen\s*[·|(-]?\s*\(?\d{1,2}(?::\d{2}|\s*min(?:ute)?s?)\)?|your\s+browser\s+does\s+not\s+support\s+the\s+(?:audio|video)\b.*|"
    r"this\s+audio\s+is\s+(?:created|generated)\s+with\s+ai\s+assistance|"
    # 'Listen to this article, read by an AI voice', 'Prefer to listen? This story is available as AI-narrated audio.'
    # ('The audio of this story is produced by a computer voice', 'This report can be played aloud by an automated
    # narrator.')
    r"(?:[^.?!]{0,30}\?\s*)?[^.?!]{0,60}\b(?:(?:(?:read|narrated|voiced|generated|produced)(?:\s+(?:aloud|out))?|"
    r"played\s+(?:aloud|out))\s+by\s+(?:an?\s+)?"
    r"(?:ai|artificial|synthetic|synthesi[sz]ed|automated|computer(?:-generated)?|software|text-to-speech)\b|"
    r"ai[- ](?:narrated|generated|read|voiced)\s+(?:audio|voice|version|narration))[^.?!]{0,30}|"
    # 'Prefer to listen? The audio edition of this article is generated automatically.' (no machine named: the
    # audio of this very article made 'automatically')
    r"(?:[^.?!]{0,30}\?\s*)?" + _AUDIO_EDITION + "|"
    r"advertisement|advertisment|advertising|adverts?|skip\s+(?:advertisement|ad|ads)|"
    # a live page's controls: 'Skip to the latest update', '◉ Following live'
    r"skip\s+to\s+(?:the\s+)?(?:latest|newest|first)\s+(?:update|post|entry)s?|(?:[^\w\s]\s*)?(?:following|follow)\s+live|"
    # a script's notice where a slideshow or player was: 'This slideshow requires JavaScript.'
    r"(?:this\s+)?(?:slideshow|gallery|video|player|content|page|site|map|form)\s+requires\s+javascript\b.*|"
    r"(?:please\s+)?(?:enable|turn\s+on)\s+javascript\b.*|javascript\s+is\s+(?:disabled|required|not\s+enabled)\b.*|"
    r"sponsored(?:\s+content)?|ad|ads|anzeige|publicidade|publicidad|pubblicità|iklan|реклама|광고|"
    r"story\s+continues\s+below(?:\s+advertisement)?|continue\s+reading(?:\s+below)?|article\s+continues\s+below|"
    r"(?:advertisement|ad)\s*[-–—:|·]\s*(?:scroll|continue)\b.*|"
    # 'The article carries on after this ad', 'Story goes on below'
    r"(?:the\s+)?(?:story|article|text|report)\s+(?:carries|goes|runs)\s+on\s+(?:below|after|beneath|under)\b.*|"
    # a live page's sort toggle: 'Most recent first ▾', 'Oldest first'
    r"(?:most\s+recent|newest|latest|oldest|earliest)\s+first|"
    r"scroll\s+(?:down\s+)?(?:to\s+)?(?:keep|continue)\s+reading|(?:story|article|text)\s+continues\s+(?:below|after|beneath|under)\b.*|"
    # an audio player's button with its length: 'Play audio version (4 min)'
    r"play\s+(?:the\s+)?audio(?:\s+version)?(?:\s*[·|(-]?\s*\(?\d{1,2}(?::\d{2}|\s*min(?:ute)?s?)\)?)?|"
    r"audio\s+version\s+of\s+this\s+(?:article|story)|video\s+unavailable|"
    r"this\s+video\s+(?:can\s*not|can't|cannot|is\s+(?:not\s+)?(?:available|unavailable))\b.*|"
    r"media\s+playback\s+is\s+(?:not\s+supported|unsupported)\b.*|"
    r"show\s+more|see\s+more|load\s+more|more|view\s+all|(?:show\s+)?key\s+events(?:\s+only)?|"
    # a live page's pager: 'Newer posts   Older posts ›'
    r"(?:newer|later)\s+(?:posts|entries|updates)\s+(?:older|earlier)\s+(?:posts|entries|updates)|"
    # (a count after it too: 'Load earlier updates (14)')
    r"(?:load|show|see|view)\s+(?:\d+\s+)?(?:more|earlier|older|newer|previous|new|latest)\s+(?:\d+\s+)?"
    r"(?:updates|posts|entries|comments|stories)(?:\s*\(\d+\))?|see\s+all|read\s+more|read\s+full\s+article|"
    r"english|español|deutsch|français|italiano|português|русский|中文|日本語|한국어|"
    r"supported\s+by|ad\s+feedback|continue\s+reading\s+the\s+main\s+story|read\s+in\s+app|open\s+in\s+app|"
    r"listen\s+to\s+(?:this\s+)?(?:article|story|podcast)\b.*|this\s+article\s+is\s+more\s+than\s+\d+\s+\w+\s+old|"
    r"(?:updated|posted|published)\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?|prev\s+previous\b.*|"
    r"next\s+(?:post|article|story)\b.*|disclaimer|(?:press|media|news)\s+release|for\s+immediate\s+release|"
    r"(?:published|updated|posted)\s+\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago|\d+\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago|"
    r"our\s+standards:.*|sign\s+up\s+here|send\s+any\s+friend\s+a\s+story|reuse\s+this\s+content|"
    r"image\s+(?:\d+\s+of\s+\d+|enlarge)|enlarge\s+this\s+image|toggle\s+caption|hide\s+caption|"
    r"[»›>|•·/\\-]+)\W*$",
    re.I,
)


# a sentence about something else read by a machine voice ('The English version of the series is narrated by an AI
# voice.'): the page's own narration line speaks of this article, story or audio, or of listening
OTHER_VOICE_RE = re.compile(
    r"^(?!.*\b(?:this|article|story|listen|hear|audio|narration|podcast)\b).*\b(?:(?:read|narrated|voiced|generated|"
    r"produced)(?:\s+(?:aloud|out))?|played\s+(?:aloud|out))\s+by\s+(?:an?\s+)?(?:ai|artificial|synthetic|synthesi[sz]ed|automated|computer|software|"
    r"text-to-speech)\b",
    re.I,
)


# a section break between an essay's parts: '* * *', '***', '⁂', '◆ ◆ ◆' (read on the line as written: the
# markdown-free text of '* * *' is empty)
SECTION_BREAK_RE = re.compile(
    r"^\s*(?:\*(?:\s*\*){2,}|[⁂❧❦✻✽◆◇❖](?:\s*[⁂❧❦✻✽◆◇❖])*|"
    # a wire story's end mark: '— ends —', '-ENDS-', '(ends)', 'ENDS'
    r"[-–—(#]+\s*(?i:ends)\s*[-–—)#]+|ENDS\.?)\s*$"
)


# (the 'audio edition of this article … automatically' branch of SKIP_RE, alone on its line)
AUDIO_EDITION_RE = re.compile(r"^\W*(?:[^.?!\"“”]{0,40}\?\s*)?" + _AUDIO_EDITION + r"\W*$", re.I)


@rule("skip_links", "chrome")
def skip_links(doc: Doc) -> None:
    """Accessibility and toolbar links, menu buttons, 'Advertisement' and the like, alone on a line; a row of two or
    more of them ('Subscribe for €1   Sign in')."""
    _line_rule(doc, "skip_links", SKIP_RE, 80, unless=OTHER_VOICE_RE)
    # the audio line of this very article is longer with its question ('Would rather listen? The audio recording of
    # this report is generated automatically.', 83 characters): up to 140
    _line_rule(doc, "skip_links", AUDIO_EDITION_RE, 140)
    for u in doc.units:
        if u.rule is None and len(u.text) <= 20 and SECTION_BREAK_RE.match(u.text):
            doc.remove(u, "skip_links")
    for u in doc.units:
        if u.rule is None and len(u.text) <= 80 and skip_row(u.text):
            doc.remove(u, "skip_links")


SKIP_ROW_SEP_RE = re.compile(r"\s{2,}|\s[|·•]\s")


def skip_row(text: str) -> bool:
    """A row of two or more toolbar cells, each a skip link or account button on its own ('Subscribe for €1   Sign
    in', 'Register | Log in'); a menu of sections is nav_menu's."""
    t = text.strip()
    if not SKIP_ROW_SEP_RE.search(t):
        return False
    cells = [c for c in SKIP_ROW_SEP_RE.split(t) if c.strip()]
    return len(cells) >= 2 and all(SKIP_RE.search(c.strip()) for c in cells)


NAV_SEP_RE = re.compile(r"\s{2,}|\s[|·•/»›]\s|\s\|\s")


NAV_KEYS = ("  ", "|", "·", "•", " / ", "»", "›")


CELL_SEP_RE = re.compile(r"\t|\s{2,}")
# a figure, bare or with its unit: '5,208', '41.7%', '9,400gns', '262p/kg', '£1.2m'
NUMBER_CELL_RE = re.compile(r"^[-+−–]?[€$£¥]?[\d.,]*\d[\d.,]*\s*(?:%|[a-z]{1,4}(?:/[a-z]{1,3})?)?$")
# a Markdown pipe table's delimiter row ('|---|---|', '| :-- | --: |'): the row over it is the table's header
PIPE_DELIM_RE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$")


def _table_rows(units: list[Unit]) -> set[int]:
    """Rows of a table copied with runs of spaces between cells: three or more lines in a row (no blank line
    between), the same number of cells in each, and at least two rows whose cells after the first are numbers
    (but one: a results table's 'Name   Party   5,208   41.7%')."""
    rows: set[int] = set()
    run: list[tuple[int, int, bool]] = []  # (id, cell count, numeric row)
    for u in [*units, None]:
        cells = [c for c in CELL_SEP_RE.split(u.text.strip())] if u is not None and u.rule is None else []
        same = run and u is not None and u.gap == 0 and len(cells) == run[-1][1]
        if len(cells) >= 2 and u is not None and not same:
            _close_table(run, rows)
            run = []
        if len(cells) >= 2 and u is not None:
            figures = sum(1 for c in cells[1:] if NUMBER_CELL_RE.match(c))
            run.append((id(u), len(cells), figures >= max(1, len(cells) - 2)))
        else:
            _close_table(run, rows)
            run = []
    return rows


def _pipe_table_rows(units: list[Unit]) -> set[int]:
    """Rows of a Markdown pipe table: the header row right over its delimiter row and the rows right under it (no
    blank line between), each opening with '|'."""
    rows: set[int] = set()
    for i, u in enumerate(units):
        if not PIPE_DELIM_RE.match(u.text.strip()):
            continue
        if i > 0 and units[i - 1].text.lstrip().startswith("|") and u.gap == 0:
            rows.add(id(units[i - 1]))
        for v in units[i + 1 :]:
            if v.gap != 0 or not v.text.lstrip().startswith("|"):
                break
            rows.add(id(v))
    return rows


def _close_table(run: list[tuple[int, int, bool]], rows: set[int]) -> None:
    if len(run) >= 3 and sum(numeric for _, _, numeric in run) >= 2:
        rows.update(i for i, _, _ in run)


# a labelled figure: 'Health 14.2', 'Defence €11.8bn', 'Turnout 61%' (a menu item carries no number)
FIGURE_CELL_RE = re.compile(r"^[^\W\d][\w'’ -]{0,30}?\s+[-+−–]?[€$£¥]?\d[\d.,]*\s*(?:%|bn|m|k|million|billion)?$")


@rule("nav_menu", "chrome")
def nav_menu(doc: Doc) -> None:
    """Navigation rows: several short items separated by '|', '·' or wide spaces, without sentence punctuation (not
    the rows of a table of figures copied with runs of spaces between its cells)."""
    table = _table_rows(doc.units) if any("   " in u.text or "\t" in u.text for u in doc.units) else set()
    if any("---" in u.text for u in doc.units):
        table |= _pipe_table_rows(doc.units)
    for u in doc.units:
        if id(u) in table:
            u.tag = "table_row"  # content: main_text counts it as neutral, like a live blog's timestamp
            continue
        if u.rule is not None or len(u.text) > 200 or "(" in u.text:
            continue
        t = u.plain
        if not any(k in t for k in NAV_KEYS):
            continue
        parts = [p for p in NAV_SEP_RE.split(t) if p.strip()]
        if len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts) and not t.endswith(TERMINAL[:3]):
            if all(FIGURE_CELL_RE.match(p.strip()) for p in parts):
                continue  # 'Health 14.2 · Defence 11.8 · Schools 9.6': a row of figures, each with its label
            doc.remove(u, "nav_menu")


COOKIE_RE = AnyBranch(
    r"^(?=.*\b(?:we|our|this\s+(?:site|website)|you)\b).*\bcookies?\b.*\b(?:use|uses|using|accept|consent|policy|settings|preferences|store|personalis|personaliz|experience)|"
    r"^(?:accept(?:\s+all)?(?:\s+cookies)?|reject(?:\s+all)?|decline|manage\s+(?:cookie\s+|privacy\s+|consent\s+)?(?:preferences|cookies|settings|options|consent)|"
    r"cookie\s+(?:settings|preferences|policy)|we\s+value\s+your\s+privacy|your\s+privacy\s+choices|"
    r"(?:i\s+)?agree|got\s+it|ok(?:ay)?|allow\s+all|customi[sz]e|privacy\s+settings|do\s+not\s+sell\s+my\s+personal\s+information|"
    r"(?:only|strictly)\s+necessary(?:\s+cookies)?|(?:necessary|essential)\s+(?:cookies\s+)?only|reject\s+non-essential|settings|"
    r"(?:this|our)\s+(?:site|website)\s+uses\s+cookies|"
    # an embed's consent box: 'Third-party content' over its text, 'Allow and continue', 'Change consent'
    r"(?:third[- ]party|external|embedded)\s+content|(?:allow|accept|agree)\s+and\s+(?:continue|proceed|view)|"
    r"(?:change|manage|withdraw|update|review)\s+(?:your\s+|my\s+)?consent)\W*$|"
    # a banner's buttons on one line: 'Accept Reject Preferences', 'Accept all | Reject all | Manage preferences'
    r"^(?:(?:accept|reject|decline|deny|allow|agree|settings|preferences|options|manage|customi[sz]e)(?:\s+(?:all|cookies|preferences|settings|options))?"
    r"\s*[|·/]?\s*){2,5}$|"
    # a consent text without the word cookie: 'We and our partners store and read small files on your device ...'
    r"\bwe\s+and\s+our\s+(?:\d+\s+)?(?:partners|vendors)\b.{0,200}\b(?:your\s+device|personal\s+data|ads|advertising|personalis|personaliz)|"
    r"\bprivacy\s+policy\b.*\bcookie\s+policy\b|\baccept(?:ed|ing)?\s+(?:[\w-]+\s+){0,3}cookies\b|"
    r"\b(?:content|embed|post|video|player)\b.{0,80}\b(?:unavailable|blocked|cannot\s+be\s+(?:shown|displayed|loaded))\b.{0,120}\bcookies?\b|\bby\s+using\s+(?:our|this)\s+(?:site|website)\b|"
    # 'This content is provided by an external platform. To see it, you need to allow social media cookies.'
    r"\b(?:content|embed|post|video|player)\b.{0,40}\b(?:provided|hosted|served)\s+by\s+(?:an?\s+)?"
    r"(?:third[- ]party|external)\b"
    r".{0,160}\b(?:allow|accept|enable|consent\s+to)\b.{0,40}\bcookies?\b|"
    r"\bcookies?\b.{0,200}\b(?:sito|site|seite|sitio|situs|website|navigazione|navegação|navigation|webseite)\b",
    re.I,
)


# the article's sentence about cookies, which a banner never is: someone's words reported ('"We use cookies because
# …," Name said.', '…, Name added: …'), a line of twelve words or more
COOKIE_REPORTED_RE = re.compile(
    r"^(?=(?:\S+\s+){11}).*(?:[,”\"’]\s*(?:he|she|they|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:said|says|told|added|argued|"
    r"wrote|explained)\b|\b(?:said|says|told|added|argued)\s+(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|he|she|they)\b)"
)


COOKIE_KEYS = keys("cookie", "privacy", "by using", "partners", "vendors")


@rule("cookie_banner", "chrome")
def cookie_banner(doc: Doc) -> None:
    """Cookie and consent banners and their buttons."""
    _line_rule(doc, "cookie_banner", COOKIE_RE, 500, COOKIE_KEYS, 45, unless=COOKIE_REPORTED_RE)


NEWSLETTER_SENTENCE = (
    r"(?:sign\s+up\s+(?:to|for)\b[^.!?]{0,80}(?:newsletters?|briefing|alerts?|updates|emails?)[^.!?]{0,40}[.!?]?|"
    r"get\s+the\s+[^.!?]{0,80}(?:in|to)\s+your\s+inbox[^.!?]{0,40}[.!?]?|"
    r"get\s+the\s+first\s+look\b[^.!?]{0,160}[.!?]|"
    r"[^.!?]{0,80}\bdelivered\s+(?:straight\s+)?to\s+your\s+inbox[^.!?]{0,40}[.!?]|"
    # ('By continuing you agree to our Terms …', 'By submitting your details you consent to our terms and privacy
    # statement')
    r"by\s+(?:continuing|signing\s+up|subscribing|clicking|"
    r"(?:entering|submitting|providing|giving)\s+your\s+(?:e-?mail(?:\s+address)?|details))"
    r"[^.!?]{0,80}\b(?:agree|accept|consent)[^.!?]{0,80}(?:policy|terms(?:\s+of\s+(?:use|service))?|notice|conditions|statement)\.?|"
    r"subscribe\s+to\s+(?:our|the)\b[^.!?]{0,60}(?:newsletters?|briefing)[^.!?]{0,40}[.!?]?|"
    # the box's small print: 'Unsubscribe with a single tap.', 'Unsubscribe at any time.', 'Read our Privacy Charter.'
    r"unsubscribe\s+(?:at\s+any\s+time|any\s*time|whenever\s+you\s+(?:like|want|wish)|with\s+(?:one|a\s+single)\s+"
    r"(?:click|tap)|in\s+one\s+(?:click|tap))[.!]?|"
    r"(?:read|see|view)\s+our\s+(?:privacy|data[- ]protection)\s+(?:policy|notice|charter|statement|promise)[.!]?)"
)
NEWSLETTER_GLUED_END_RE = re.compile(
    r"(?<=[.!?”\"’])\s*(?:sign\s+up|subscribe|get\s+the|register)\b[^.!?]{0,120}\b(?:newsletters?|briefing|inbox|alerts)\b"
    r"[^.!?]{0,80}[.!?]?\s*$",
    re.I,
)
# words each match of the glued-sentence regexes needs
GLUED_WORDS = ("sign", "get", "delivered", "by", "subscribe", "privacy")
GLUED_END_WORDS = ("sign", "subscribe", "get", "register")
GLUED_END_TOPICS = ("newsletter", "briefing", "inbox", "alerts")
# (the pitch ends at a sentence's end, and the next sentence's first character is matched case-sensitively: under
# re.I '[A-Z]' would let a pitch that ran out of its 40-character allowance end in the middle of a word or before
# 'Thursday')
NEWSLETTER_GLUED_RE = re.compile(
    rf"^(?:\s*{NEWSLETTER_SENTENCE}\s*)+(?:(?<=[.!?])|(?<=[.!?]\s))(?=(?-i:[\"“‘'A-Z0-9]))", re.I
)
NEWSLETTER_RE = AnyBranch(
    rf"^{NEWSLETTER_SENTENCE}\W*$|"
    r"^sign\s+up\s*:|^(?:enter\s+(?:your\s+)?e-?mail(?:\s+address)?(?:\s+to\s+subscribe)?|please,?\s+enter\s+(?:a\s+)?(?:correct|valid)\s+e-?mail(?:\s+address)?|"
    r"e-?mail(?:\s+address)?|your\s+e-?mail(?:\s+address)?|\*?\s*indicates\s+required|required|subscribe|subscribed|"
    r"succes+ful+y\s+subscribed|thank(?:s|\s+you)\s+for\s+(?:signing\s+up|subscribing)\b.*|(?:subscribe\s+)?no\s+thanks|maybe\s+later|"
    # a newsletter platform's box: its subscriber count ('Over 3,000 subscribers')
    r"(?:over\s+|more\s+than\s+)?[\d,.]+\s*[km]?\+?\s+subscribers|"
    r"we['’]ve\s+sent\s+you\s+a\s+confirmation\s+e-?mail\.?|"
    r"newsletters?|sign\s+up|sign\s+me\s+up|get\s+our\s+newsletter|join\s+our\s+newsletter|"
    r"(?:sign\s+up|subscribe)\s+(?:for|to)\s+(?:our|the)\s+(?:free\s+)?(?:daily\s+|weekly\s+|morning\s+|evening\s+)?"
    r"(?:newsletter|briefing|email|digest)s?\b.*|click\s+here\s+to\s+subscribe\b.*|"
    r"(?:get|receive)\s+(?:the|our)\s+(?:latest|best|top)\b.*\b(?:inbox|newsletter)\b.*|"
    # a sign-up box's heading: 'Get the Star’s World Briefing'
    r"(?:get|receive)\s+(?:the|our)\s+(?:[\w'’&-]+\s+){0,5}(?:briefing|newsletter|bulletin|digest))\W*$|"
    r"\bunsubscribe\s+at\s+any\s+time\b|\bunsubscribe\s+(?:whenever|any\s*time)\b|^(?:thanks!?|thank\s+you!?)?\s*you['’]re\s+on\s+the\s+list\b|"
    # a form's field label and button in the first person or plain imperative ('Type your email', 'Add my email'),
    # and the box's promise that a reader may leave ('You can leave the list at any time.')
    r"^(?:type|add|put|drop)\s+(?:in\s+)?(?:your|my)\s+e-?mail(?:\s+address)?(?:\s+here)?\W*$|"
    r"\b(?:leave|quit|come\s+off)\s+(?:the|our|this)\s+(?:mailing\s+)?list\s+(?:at\s+any\s+time|any\s*time|"
    r"whenever\s+you\s+(?:like|want|wish))\b|"
    # ('You can opt out at any time.' alone on its line, the promise's last sentence)
    r"^you\s+(?:can|may)\s+(?:opt\s+out|unsubscribe|cancel)\s+(?:at\s+any\s+time|any\s*time|whenever\s+you\s+"
    r"(?:like|want|wish))\W*$|"
    r"^\*\s*required(?:\s+fields?)?\W*$|^you['’]re\s+(?:now\s+)?(?:subscribed|signed\s+up)\W*$|"
    r"^sign\s+up\s+(?:to|and)\s+(?:get|receive)\b.{0,120}$|"
    r"^want\s+(?:the|our)\s+[^?]{0,60}\b(?:briefing|newsletter|bulletin|digest|e-?mail)\?|"
    r"^fields\s+marked\s+(?:with\s+)?(?:an?\s+)?(?:\*|asterisk)(?:\s*\(\*\))?\s+are\s+(?:required|mandatory)\W*$|^invalid\s+e-?mail\b.{0,40}$|\bwe\s+(?:will\s+)?never\s+(?:share|sell|rent|pass\s+on)\s+your\s+(?:e-?mail|address|details)\b|\bunsubscribe\s+(?:with\s+(?:one|a\s+single)\s+click|in\s+one\s+click)\b|\byour\s+inbox\b|"
    r"\bsubscrib\w*\b.{0,60}\bnewsletters?\b|\bnewsletters?\b.{0,60}\bsubscrib|\bbreaking\s+news\s+(?:alerts|e-?mails)\b|"
    r"\bsuccessfully\s+subscribed\b|\bproblem\s+subscribing\b|\bprotected\s+by\s+recaptcha\b|"
    # a newsletter platform's pitches in the post: 'Thanks for reading X! Subscribe for free to receive new posts and
    # support my work.', 'X is a reader-supported publication. To receive new posts and support my work, …'
    r"^thanks\s+for\s+reading\b[^.!?]{0,60}[.!]\s+subscribe\b.{0,160}$|"
    # ('Thanks for reading! This post is public, so feel free to share it …': the platform's share pitch)
    r"^(?:thanks\s+for\s+reading\b[^.!?]{0,60}[.!]\s+)?this\s+post\s+is\s+public\b[^.!?]{0,20}\bshare\s+it\b.{0,100}$|"
    r"\b(?:subscribe\s+for\s+free\s+)?to\s+receive\s+new\s+posts\s+and\s+support\s+(?:my|our)\s+work\b|"
    r"^[^\"“”]{0,60}\bis\s+a\s+reader-supported\s+publication\b|"
    # consent boxes and sign-up pitches without the word 'newsletter'
    r"^(?:read|get|receive)\s+our\s+(?:free\s+)?(?:daily\s+|weekly\s+|morning\s+|evening\s+)?(?:newsletter|email|e-mail|bulletin|briefing|digest)\b.{0,100}$|"
    r"\bsign\s+up\s+for\s+(?:our|the)\s+free\s+(?:daily\s+|weekly\s+|morning\s+|evening\s+)?(?:email|e-mail|bulletin|digest)\b|"
    r"^enter\s+your\s+e-?mail(?:\s+address)?\s+(?:to|and)\s+(?:get|receive|sign|subscribe)\b|"
    r"^i\s+(?:agree|consent)\s+(?:that|to)\b.{0,80}\b(?:send\s+me|e-?mails?|newsletters?|offers)\b|\bclick\s+to\s+subscribe\b|"
    r"^get\s+(?:breaking|the\s+day['’]s|the\s+latest|all\s+the\s+latest)\b[^.!?]{0,80}\b(?:news|stories|updates|headlines)\b[^.!?]{0,100}[.!?]?\s*$|"
    # 'Want more stories like this? Get The X Letter every Thursday.': a pitch without the word newsletter
    r"^(?:want|like|liked|enjoy(?:ed|ing)?|love[ds]?)\s+(?:(?:more\s+)?(?:stories|articles|reporting|news|coverage)\s+like\s+this|"
    r"this\s+(?:story|article|piece)|what\s+you(?:['’]ve)?\s+(?:just\s+)?read)\?|"
    r"\bour\s+free\s+(?:daily\s+|weekly\s+|morning\s+|evening\s+|monthly\s+|weekend\s+)?(?:e-?mail|newsletter|briefing|bulletin|digest)\b|"
    r"\bfree\s+(?:to|in)\s+your\s+(?:e-?mail|inbox)\b|"
    # a box's pitch line ending 'Free, every weekday.' (prose says 'free every Sunday', without the comma)
    r"^[^\"“”]{0,100}\bfree\s*[,–—]\s*(?:every|each)\s+(?:day|weekday|morning|evening|week|month|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\W*$|^by\s+(?:signing\s+up|subscribing|registering)\b.{0,200}$|^(?:get|receive)\s+(?:the|our)\s+[^.!?]{1,40}\s+(?:every|each)\s+(?:day|morning|evening|week|weekday|"
    r"month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^.!?]{0,40}[.!?]?\s*$|"
    # an e-mail newsletter's own lines
    r"^view\s+(?:this\s+(?:e-?mail|newsletter)\s+)?(?:in|on)\s+(?:your\s+|a\s+|the\s+)?(?:browser|web)\b.{0,20}$|"
    r"^(?:forwarded\s+this\s+e-?mail|was\s+this\s+(?:e-?mail\s+)?forwarded\s+to\s+you)\?.{0,100}$|"
    r"^you\s+(?:are\s+receiving|received|were\s+sent|have\s+received)\s+this\s+(?:e-?mail|newsletter|message|because)\b.{0,200}$|"
    # 'You are getting The Riffle because you signed up as a supporter of …' (the newsletter named)
    r"^you\s+are\s+getting\s+[^.!?]{1,60}?\s+because\s+you\s+(?:signed\s+up|subscribed|joined|registered|asked)\b.{0,200}$|"
    # the e-mail's sign-off naming itself: 'The X is a newsletter about life on the coast, written by Name.',
    # 'You're reading The X, a weekly newsletter from Name.', 'The X is a weekly letter from the valley, written by
    # Name. Write back any time.' (one sentence, no quotation, ending in its writer's name after 'by' or 'from', an
    # invitation to reply may follow; an article's sentence about another newsletter, 'The X is a monthly newsletter
    # about village life, written by volunteers and delivered …', names no writer)
    r"^(?:you['’]re\s+reading\s+|this\s+is\s+)?(?:the\s+)?(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*){0,4},?\s+"
    r"(?:is\s+)?an?\s+(?:(?:free|weekly|fortnightly|monthly|daily|reader-supported|independent)\s+){0,2}(?:e-?mail\s+)?"
    r"(?:newsletter|letter|dispatch|digest|bulletin)\s+(?=(?:about|on|from|for|by|covering|written)\b)[^\"“”.!?]{0,160}?"
    r"\b(?:by|from)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?:(?-i:[A-Z])[\w'’-]*|de|van|von|der|la|le)){0,3}[.!]?"
    r"(?:\s+(?:reply|write|e-?mail|answer)\b[^\"“”.!?]{0,60}[.!]?)?$|"
    # 'Know someone who would like this? Forward it to a friend': the e-mail's forwarding pitch
    # ('Forward this to a friend | Know someone who would love the X Letter? Pass it on …': its label first)
    r"^(?:forward\s+(?:this(?:\s+e-?mail|\s+newsletter)?|it)\s+to\s+a\s+friend\W{0,4}\s*)?"
    r"(?:do\s+you\s+)?know\s+(?:someone|somebody|a\s+friend)\s+who\s+(?:would|might)\s+(?:like|enjoy|love)\s+"
    r"(?:this|the\s+[^?\"“”]{1,40})\?.{0,160}$|^forward\s+(?:this(?:\s+e-?mail|\s+newsletter)?|it)\s+to\s+a\s+friend\W*$|"
    r"^this\s+e-?mail\s+was\s+sent\s+to\b.{0,100}$|^(?:unsubscribe|update\s+your\s+(?:e-?mail\s+)?preferences)\W*$|"
    r"^read\s+the\s+full\s+(?:story|article)\s+(?:on|at)\s+(?:our\s+)?(?:website|site|web)\W*$|"
    # a messaging channel's box: 'X's weekday briefing, straight to your phone.', 'Tap below to follow us and never miss
    # an update.', 'Your number will only be used for this service.'
    # a sign-up box's label before its call: 'Newsletter: Get the Friday digest by email', 'Newsletters | Sign up …'
    r"^newsletters?\s*[:|–—-]\s*(?:sign\s+up|subscribe|get|join|receive|never\s+miss|don['’]t\s+miss|stay\s+"
    r"(?:informed|up\s+to\s+date|in\s+the\s+know))\b[^\"“”]{0,120}$|"
    r"^[^\"“”]{0,100}\b(?:briefing|headlines|news|updates|alerts|digest|newsletter|bulletin|stories)\b[^.!?\"“”]{0,60},\s+"
    r"(?:straight|direct(?:ly)?)\s+to\s+your\s+(?:phone|mobile|inbox|device)\W*$|"
    r"^[^\"“”]{0,60}\b(?:follow|join)\s+(?:us|our\s+channel)\b[^.!?\"“”]{0,40}\bnever\s+miss\b[^.!?]{0,40}[.!?]?\s*$|"
    r"^(?:your|the)\s+(?:e-?mail(?:\s+address)?|(?:mobile\s+|phone\s+)?number|details|data)\s+will\s+only\s+be\s+used\b"
    r"[^.!?]{0,80}[.!?]?\s*$|"
    # a one-line sign-up box: its name ending in a newsletter's word, a dash or colon, what it sends and when, and its
    # button ('📬 The X Weekly briefing — five stories from …, every Friday. Add my address')
    r"^\W{0,6}(?:the\s+)?(?:[\w'’&-]+\s+){0,4}(?:briefing|newsletter|bulletin|digest|dispatch)\W{0,2}\s*[:–—-]\s+[^\"“”]{0,120}"
    r"\b(?:every|each)\s+(?:day|weekday|morning|evening|week|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"[^\"“”.!?]{0,30}[.!?]?(?:\s+(?:[^\"“”.!?]{1,30}|\[[^\]\"“”]{1,30}\]\(\S+\)))?$",
    re.I,
)


NEWSLETTER_STARTS = ("get ", "read our", "receive our", "i agree", "i consent", "enter your")
NEWSLETTER_KEYS = keys(
    # (a line up to 42 characters is always tried: 'Thanks! You're on the list.' needs no key, and 'Get The X every
    # Thursday' starts with 'get ')
    "like this?",  # 'Want more stories like this?'
    "to a friend",  # 'Forward this to a friend | Know someone who would love …?'
    "new posts",  # a newsletter platform's 'Subscribe for free to receive new posts and support my work.'
    "reader-supported",
    "written by",  # a sign-off 'The X is a weekly letter from the valley, written by Name.'
    "letter from",
    "thanks for reading",
    "post is public",  # the platform's share pitch 'This post is public, so feel free to share it …'
    "this story?",
    "you read?",
    "free weekly",
    "free daily",
    "free, every",
    "free, each",
    "free – every",
    "free — every",
    "your email",
    "sign up",
    "opt out",
    "cancel any",
    "subscri",
    "inbox",
    "newsletter",
    "by continuing",
    "signing up",
    "by clicking",
    "you agree",
    "agree to our",
    "breaking news",
    "recaptcha",
    "e-mail",
    "email",
    "required",
    "first look",
    "briefing?",  # 'Want the Courier's morning briefing?'
    # a one-line box: 'The X briefing — five stories …, every Friday.'
    "every day",
    "every weekday",
    "every morning",
    "every evening",
    "every week",
    "every month",
    "every monday",
    "every tuesday",
    "every wednesday",
    "every thursday",
    "every friday",
    "every saturday",
    "every sunday",
    "never miss",  # a messenger-channel pitch: 'Join our channel and never miss an update.'
    "never share",  # a box's promise: 'We will never share your details with anyone. Read our privacy policy.'
    "never sell",
    "never rent",
    "never pass on",
    "leave the list",  # 'You can leave the list at any time.'
    "quit the list",
    "come off the list",
    "off our list",
    "to your phone",
    "to your mobile",
    "only be used",
    "join our",
    "name down for",  # 'put my name down for the X Bulletin'
    "thank you for",
    "thanks for",
    "no thanks",
    "this email",
    "this newsletter",
    "this message",
    "receiving this",  # 'You are receiving this because you signed up to …'
    "because you signed",  # 'You are getting The Riffle because you signed up as a supporter …'
    "because you subscribed",
)


# a sentence end with no space before the next sentence ('...anytime.The list'): where a sign-up box's text
# was glued to the paragraph after it when the page was copied
GLUE_POINT_RE = re.compile(r"[.!?](?=[\"“‘]?[A-Z][a-z]|[\"“‘][A-Z])")  # (after a quote mark also '“I …')
SIGNUP_WORD_RE = re.compile(
    r"\b(?:sign(?:ing)?\s+(?:up|me\s+up)|subscri\w*|unsubscri\w*|newsletters?|inbox|no\s+spam|e-?mail\s+address|"
    r"at\s+no\s+cost|free\s+of\s+charge|"  # 'Subscribe at no cost.' (with a second sign-up word)
    r"opt\s+out|privacy\s+(?:policy|notice|promise|statement|pledge)|terms\s+(?:and\s+conditions|of\s+(?:use|service))|cancel\s+(?:any\s?time|at\s+any\s+time)|"
    r"free\s+trial|membership|unlimited\s+access|never\s+miss|(?:morning|daily|evening|weekly|weekday)\s+(?:briefing|digest|bulletin)|"
    r"join\s+(?:our|the)\s+(?:[\w'’-]+\s+){0,2}(?:channel|community|mailing\s+list)|"
    # an app's alert pitch: 'Get breaking news before anyone else. Download the X app … and turn on alerts.'
    r"(?:get|receive)\s+(?:the\s+)?breaking\s+news|download\s+(?:the|our)\s+(?:free\s+)?(?:[\w'’-]+\s+){0,3}app|"
    r"(?:turn|switch)\s+on\s+(?:push\s+)?(?:notifications|alerts)|enable\s+(?:push\s+)?(?:notifications|alerts)|"
    # 'Parish notices each Monday, free: put my name down for the X Bulletin.'
    r"put\s+(?:your|my)\s+name\s+down\s+for|(?:every|each)\s+(?:day|weekday|morning|evening|week|(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day),\s+free|"
    # and the other way round: '… The Advertiser Weekly, free every Friday.'
    r"free,?\s+(?:every|each)\s+(?:day|weekday|morning|evening|week|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b",
    re.I,
)


# a sign-up box's short line after its pitch ('Delivered every Friday.', 'Free, every weekday morning.'): when the
# copy glued it to the paragraph after it, it goes with the pitch cut before it
PITCH_TAIL_RE = re.compile(
    r"^\s*(?=[^.!?]{0,50}\b(?:delivered|every|each|weekly|daily|twice|free|inbox|mornings?|evenings?|weekdays?|"
    r"weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b)[^.!?]{3,50}[.!?](?=[\"“‘]?[A-Z][a-z]|[\"“‘][A-Z])",
    re.I,
)


def _glued_pitch_end(text: str) -> int:
    """Where a sign-up pitch glued to the start of a paragraph ends (0: none). The pitch is the text before a
    glue point in the first 400 characters, with at least two different sign-up words in it, or sign-up text by
    the newsletter rule's own test ('Enjoying this story? … our free email.'). A pitch of several sentences may
    have several glue points ('… on WhatsApp — free.Join our channel … news.“People …'): it runs on through each
    next stretch that has a sign-up word of its own."""
    end = start = 0
    for m in GLUE_POINT_RE.finditer(text, 0, 400):
        seg = text[start : m.end()]
        if not (SIGNUP_WORD_RE.search(seg) or NEWSLETTER_RE.search(seg)):
            break
        start = m.end()
        if len(text) - start < 20:
            break
        words = {w.lower() for w in SIGNUP_WORD_RE.findall(text, 0, start)}
        if len(words) >= 2 or NEWSLETTER_RE.search(text[:start]):
            end = start
    return end or _spaced_pitch_end(text)


SENTENCE_GAP_RE = re.compile(r"[.!?]\s+(?=[\"“‘]?[A-Z])")
# such a pitch opens with its call ('Never miss …', 'Sign up …', 'Get our …') and names what is sent
PITCH_OPEN_RE = re.compile(
    r"^\W*(?:never\s+miss|don['’]t\s+miss|sign\s+up|subscribe|get\s+(?:our|the)|join\s+(?:our|the)|stay\s+(?:informed|"
    r"up\s+to\s+date|in\s+the\s+know)|receive\s+(?:our|the)|want\s+(?:our|the|more)|enjoying\s+this|"
    r"not\s+(?:yet\s+)?(?:a\s+)?(?:subscriber|subscribed|signed\s+up))\b",  # ('Not yet a subscriber? The X bulletin …')
    re.I,
)
PITCH_PRODUCT_RE = re.compile(r"\b(?:inbox|newsletters?|bulletin|briefing|digest|e-?mails?)\b", re.I)


def _spaced_pitch_end(text: str) -> int:
    """Where a sign-up pitch pasted before a paragraph's first sentence with an ordinary space ends (0: none): its
    sentences in the first 300 characters each have a sign-up word, two different ones in all, the first opens with
    the call ('Never miss', 'Sign up', 'Get our', 'Not yet a subscriber?' …), they name what is sent (inbox,
    newsletter, bulletin …) and address the reader ('Never miss the Courier's news. Get our free evening bulletin,
    straight to your inbox. Tolliday's …'); a sentence that reports (said, told …) without addressing anyone is the
    article's, and so is one with a quotation mark (someone's words about a newsletter)."""
    end = start = 0
    if not PITCH_OPEN_RE.match(text):
        return 0
    for m in SENTENCE_GAP_RE.finditer(text, 0, 300):
        seg = text[start : m.end()]
        if not SIGNUP_WORD_RE.search(seg) or len(text) - m.end() < 20:
            break
        start = m.end()
        head = text[:start]
        words = {w.lower() for w in SIGNUP_WORD_RE.findall(head)}
        if (
            len(words) >= 2
            and PITCH_PRODUCT_RE.search(head)
            and READER_WORDS_RE.search(head)
            and not REPORTED_PROSE_RE.search(head)
            and not any(c in head for c in "\"“”«»")  # ('“Sign up for the newsletter, it's free …,” Name told staff')
        ):
            end = start
    return end


# what is left after a glued pitch, when it is the box's small print too ('Unsubscribe whenever you like. See how we
# handle your data.'): one short sentence addressing the reader, no quotation
_SMALL_PRINT_REST_RE = re.compile(r"^[^\"“”.!?]{0,60}\b(?:you|your|we|our|us)\b[^\"“”.!?]{0,40}[.!?]?\s*$", re.I)


def _small_print_rest(rest: str) -> bool:
    return len(rest) < 80 and bool(_SMALL_PRINT_REST_RE.match(rest.strip()))


@rule("newsletter", "chrome")
def newsletter(doc: Doc) -> None:
    """Newsletter and subscription forms, also when their text is glued to the start of a paragraph."""
    hits = NEWSLETTER_KEYS.ids([u for u in doc.units if u.rule is None and len(u.text) > 42])
    cut: set[int] = set()  # units whose start was sign-up text
    for u in doc.units:
        if u.rule is not None:
            continue
        if len(u.text) > 42 and id(u) not in hits and not u.low.startswith(NEWSLETTER_STARTS):
            continue
        # first cut sign-up text glued to the start or end of a real paragraph (at least 20 characters stay;
        # the regexes need their words) ...
        long = len(u.text) > 20
        m = NEWSLETTER_GLUED_RE.match(u.text) if long and may_match(u.low, u.text, GLUED_WORDS) else None
        rest = u.text[m.end() :] if m else ""
        if m and len(rest) >= 20 and not NEWSLETTER_RE.search(rest) and not _small_print_rest(rest):
            doc.fragments.append(Removal(text=m.group(0).strip(), rule="newsletter"))
            u.text = u.text[m.end() :]
            cut.add(id(u))
            if (tail := PITCH_TAIL_RE.match(u.text)) and len(u.text) - tail.end() >= 20:
                doc.fragments.append(Removal(text=tail.group(0).strip(), rule="newsletter"))
                u.text = u.text[tail.end() :]
        elif long and (g := _glued_pitch_end(u.text)):
            doc.fragments.append(Removal(text=u.text[:g].strip(), rule="newsletter"))
            u.text = u.text[g:]
            cut.add(id(u))
        e = None
        if long and may_match(u.low, u.text, GLUED_END_WORDS) and may_match(u.low, u.text, GLUED_END_TOPICS):
            e = NEWSLETTER_GLUED_END_RE.search(u.text)
        if e and e.start() >= 20 and not NEWSLETTER_RE.search(u.text[: e.start()]):
            doc.fragments.append(Removal(text=e.group(0).strip(), rule="newsletter"))
            u.text = u.text[: e.start()]
        # ... then drop lines that are sign-up text through and through
        t = u.plain
        if len(t) <= 300 and NEWSLETTER_RE.search(t) and not REPORTED_PROSE_RE.search(t):
            doc.remove(u, "newsletter")
    _box_names(doc, cut)
    _signup_heads(doc, cut)
    _box_inner_lines(doc)
    _pitch_under_box_heading(doc)
    _button_under_field(doc)


# a paragraph that reports on a subscription or a newsletter ('The Ledger said subscribers would be able to sign up
# for a weekly newsletter …'): a reporting verb, and none of the words a pitch addresses its reader with (you, your,
# our, we, us) — article prose about a paper, not a sign-up box
REPORTED_PROSE_RE = re.compile(
    r"^(?!.*\b(?:you|your|yours|our|we|us)\b).*\b(?:said|says|told|announced|reported|according\s+to)\b", re.I | re.S
)


# a sign-up box's heading that names its product and says what it is: 'The Star Briefing: the war explained in
# five minutes, every weekday morning.'
BOX_PITCH_RE = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){0,4}(?:briefing|brief|newsletter|bulletin|digest|dispatch|letter)\s*[:–—-]\s+\S.{10,140}$",
    re.I,
)


# a sign-up box's name that says what it is: 'The Harbour Bulletin', 'Morning Briefing' (up to five words, no
# sentence punctuation, ending in a newsletter's word)
# ('The Courier's seafront bulletin, every Thursday': a section's words after the outlet's possessive, the schedule
# after the name)
BOX_NAME_RE = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){0,4}(?:(?<=[’']s\s)(?-i:[a-z])[\w-]*\s+(?:(?-i:[a-z])[\w-]*\s+)?)?"
    r"(?:briefing|brief|newsletter|bulletin|digest|dispatch)"
    r"(?:,?\s+(?:every|each)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun|week)day|morning|evening|week|month))?$",
    re.I,
)


def _box_names(doc: Doc, cut: set[int]) -> None:
    """The name of a sign-up box ('Front Line', 'The Morning Brief'): a short line of its own with no sentence
    punctuation, right above two or more lines of sign-up text; a name ending in a newsletter's word ('The Beacon
    Bulletin') also one blank line above a line of sign-up text; or the box's heading with its product pitch
    ('The X Briefing: … every weekday morning.') right above a line of sign-up text or a paragraph whose glued
    start was sign-up text."""
    units = doc.units
    for i, u in enumerate(units[:-2]):
        t = u.text.strip()
        below = units[i + 1]
        if u.rule is None and below.gap == 1 and below.rule == "newsletter" and BOX_NAME_RE.match(u.plain):
            doc.remove(u, "newsletter")  # ('### The Beacon Bulletin', a blank line, then the box's pitch)
            continue
        if u.rule is not None or below.gap != 0 or not (below.rule == "newsletter" or id(below) in cut):
            continue
        if (
            len(t) <= 40
            and len(t.split()) <= 5
            and not t.endswith(TERMINAL)
            and below.rule == units[i + 2].rule == "newsletter"
        ) or BOX_PITCH_RE.match(t) or (i > 0 and id(below) in cut and _inside_box(units[i - 1], u, t)) or (
            # a name ending in a newsletter's word with its schedule, longer than 40 characters ('The X's Town
            # bulletin, every Friday'), right over a line of sign-up text the rule removed
            below.rule == "newsletter" and BOX_NAME_RE.match(u.plain.strip())
        ) or (
            # the box's name over its pitch line over the paragraph the box's consent text was glued to
            len(t) <= 40
            and len(t.split()) <= 5
            and not t.endswith(TERMINAL)
            and below.rule == "newsletter"
            and units[i + 2].gap == 0
            and id(units[i + 2]) in cut
        ):
            doc.remove(u, "newsletter")


# a sign-up box's heading that names its product however it likes: 'Sign up for The Morning Tide', 'Get the Valley
# Brief', 'Subscribe to Weekend Reads', 'Send me the weekend edition' (a short line of its own, no sentence
# punctuation, no quote marks)
SIGNUP_HEAD_RE = re.compile(
    r"^(?:sign\s+up\s+(?:for|to)|subscribe\s+to|get|send\s+me|discover\s+more\s+from)\s+\S[^.!?:;\"“”]{2,70}\.?$", re.I
)  # ('Send me the weekend edition': the box's button-like heading; a newsletter platform's 'Discover more from X')


def _signup_heads(doc: Doc, cut: set[int]) -> None:
    """A sign-up heading ('Sign up for The Morning Tide') over the box's one-sentence pitch ('Our editors' pick of the
    day, every weekday at 7am.') over the box's form or consent lines (or the paragraph its consent text was glued
    to), at most one blank line between them: heading and pitch are the box too. The heading straight over the form
    lines goes alone."""
    units = doc.units

    def box(v: Unit) -> bool:  # (a bare 'Sign up' / 'Subscribe' button may have gone to skip_links first)
        return v.rule == "newsletter" or id(v) in cut or (v.rule is not None and bool(NEWSLETTER_RE.search(v.plain)))

    for i, u in enumerate(units[:-1]):
        if u.rule is not None or len(u.text) > 90 or not SIGNUP_HEAD_RE.match(u.plain.strip()):
            continue
        pitch = units[i + 1]
        if pitch.gap > 1:
            continue
        if box(pitch) and pitch.rule is not None:
            doc.remove(u, "newsletter")
        elif (
            pitch.rule is None
            and i + 2 < len(units)
            and units[i + 2].gap <= 1
            and box(units[i + 2])
            and _box_pitch(pitch.plain.strip())
        ):
            doc.remove(u, "newsletter")
            doc.remove(pitch, "newsletter")
        above = units[i - 1] if i else None
        if u.rule == "newsletter" and u.gap == 0 and above is not None and above.rule is None and (
            BOX_NAME_RE.match(above.plain)
        ):
            # the box's name right above its heading ('The Courier's seafront bulletin, every Thursday')
            doc.remove(units[i - 1], "newsletter")


def _box_inner_lines(doc: Doc) -> None:
    """A short line inside a sign-up box: no blank line above or below it, a line of sign-up text on each side
    ('Want the X in your inbox?' / 'The Early X: five stories, every weekday.' / 'Email*' / 'Put me on the list' /
    'We will never sell your address.'): the box's pitch or its button. No quote marks (a quotation is the
    article's); runs over the box until nothing changes, so a pitch and a button in a row both go. Only where the
    paste sets its paragraphs apart with blank lines: in a paste of one paragraph per line, the line between two
    sign-up lines may be the article's own."""
    units = doc.units
    prose = [u for u in units if u.rule is None and len(u.text) >= 80]
    if not prose or sum(1 for u in prose if u.gap >= 1) * 2 <= len(prose):
        return
    changed = True
    while changed:
        changed = False
        for i in range(1, len(units) - 1):
            u, above, below = units[i], units[i - 1], units[i + 1]
            t = u.text.strip()
            if (
                u.rule is None
                and u.gap == 0
                and below.gap == 0
                and above.rule == "newsletter"
                and below.rule == "newsletter"
                and len(t) <= 100
                and not any(q in t for q in "\"“”")
                and not REPORTED_PROSE_RE.search(t)
            ):
                doc.remove(u, "newsletter")
                changed = True


def _pitch_under_box_heading(doc: Doc) -> None:
    """The pitch line of a sign-up box whose heading and form the rule found: a kept line of one or two sentences
    (`_box_pitch`) right under a short heading removed as sign-up text ('Culture in your inbox', no sentence end)
    and right over two or more lines removed as sign-up text ('Type your email' / 'Add my email'), at most one
    blank line between them ('Gigs, galleries and film …, sent every Friday lunchtime.'). Also in a paste of one
    paragraph per line: the heading above and the form below close the box on both sides."""
    units = doc.units
    for i in range(1, len(units) - 2):
        u, head, form = units[i], units[i - 1], units[i + 1 : i + 3]
        if (
            u.rule is None
            and head.rule == "newsletter"
            and len(head.text.strip()) <= 60
            and not head.text.rstrip().endswith(TERMINAL)
            and u.gap <= 1
            and all(v.rule == "newsletter" and v.gap <= 1 for v in form)
            and _box_pitch(u.text.strip())
        ):
            doc.remove(u, "newsletter")


# a sign-up form's e-mail field: 'Enter email', 'Your email address', 'Email*'
FIELD_RE = re.compile(r"^(?:(?:enter|type)\s+)?(?:your\s+)?e-?mail(?:\s+address)?\s*\*?:?$", re.I)


def _button_under_field(doc: Doc) -> None:
    """A sign-up box's button ('Yes please', 'Go on then') right under its e-mail field, itself under another line of
    the box, no blank line between them: a line of at most four words, without sentence punctuation or quote marks.
    Also in a paste of one paragraph per line, where `_box_inner_lines` does not look (there the article goes on
    right under the button)."""
    units = doc.units
    for i in range(2, len(units)):
        u, field, top = units[i], units[i - 1], units[i - 2]
        t = u.text.strip()
        if (
            u.rule is None
            and u.gap == 0
            and field.gap == 0
            and field.rule == top.rule == "newsletter"
            and FIELD_RE.match(field.plain.strip())
            and 0 < len(t) <= 30
            and len(t.split()) <= 4
            and not t.endswith((".", "?", ":", ";", ","))
            and not any(q in t for q in "\"“”«»")
        ):
            doc.remove(u, "newsletter")


def _box_pitch(t: str) -> bool:
    """One or two sentences of at most 160 characters, without quote marks or a reporting verb: a box's pitch."""
    return (
        len(t) <= 160
        and not any(q in t for q in "\"“”")
        and len(re.findall(r"[.!?](?:\s|$)", t)) <= 2
        and not REPORTED_PROSE_RE.search(t)
    )


def _inside_box(above: Unit, u: Unit, t: str) -> bool:
    """A short line between a line of sign-up text and the sign-up text glued to the next paragraph, no blank line
    on either side ('Sign up for …' / 'Our best reporting, every weekday before 7am.' / 'You can unsubscribe ….“…'):
    the box's pitch, not a quotation. (Between two lines of sign-up text that end a box there may be a paragraph.)"""
    return above.rule == "newsletter" and u.gap == 0 and len(t) <= 100 and not any(q in t for q in "\"“”")


_PLATFORM = r"(?:telegram|whatsapp|twitter|x|facebook|instagram|threads|bluesky|google\s+news|youtube|line|tiktok)"
_CAP_NAME = r"(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*){0,3}"
_SPONSOR_VERB = (
    r"(?:(?:is\s+)?(?:presented|sponsored|powered|supported)\s+by|brought\s+to\s+you\s+by|"
    r"in\s+(?:partnership|association)\s+with)"
)
_SPONSOR_SENT = rf"(?:the\s+)?{_CAP_NAME}\s+{_SPONSOR_VERB}\s+(?:the\s+)?{_CAP_NAME}"
# a credited item in lower case after its first word ('Live weather map brought to you by X'): two credits or more
_SPONSOR_LOOSE = rf"(?-i:[A-Z])[\w'’&-]*(?:\s+[\w'’&-]+){{0,3}}?\s+{_SPONSOR_VERB}\s+(?:the\s+)?{_CAP_NAME}"
PROMO_RE = AnyBranch(
    # ('Be among the first to see it'; not a statement about others: 'subscribers will be among the first to …')
    r"(?<!will\s)(?<!would\s)(?<!could\s)(?<!might\s)\bbe\s+among\s+the\s+first\b|^(?:pre-?order|order|buy|shop|watch|listen|download|try|get|learn)\s+(?:it\s+)?now\W*$|"
    r"^(?:watch|see)\s+the\s+trailer\W*$|\bdownload\s+(?:our|the)\s+(?:free\s+)?app\b|\bget\s+(?:the|our)\s+app\b|"
    # the outlet's named app, the imperative opening the line: 'Download the Isles Bulletin app and get …'
    r"^download\s+(?:our|the)\s+(?:free\s+)?(?:(?-i:[A-Z])[\w'’&-]*\s+){1,3}app\b|"
    r"^(?:follow|like)\s+us\s+on\b|\bfollow\s+(?:us|@\w+)\s+on\s+(?:twitter|facebook|instagram|x|telegram|google\s+news)\b|"
    # the outlet's own channel pitched for its news: 'Follow The X on Telegram for the latest …' (a bare 'Follow The X
    # on Facebook, Twitter and Instagram.' at an article's end is left: the extraction truth keeps it)
    # (also two or more platforms: 'Follow The X on LINE and Facebook for the latest updates')
    rf"^follow\s+(?:[\w&'’.-]+\s+){{1,5}}on\s+{_PLATFORM}(?:\s*(?:,|and|&)\s*{_PLATFORM})*\s+for\s+"
    r"(?:the\s+latest|more|updates|breaking)\b|"
    r"\bsupport\s+(?:our|independent)\s+journalism\b|^our\s+journalism\s+needs\s+your\s+support\b|\b(?:listen|available)\s+(?:now\s+)?on\s+(?:all|every)\s+(?:podcast\s+)?platforms?\b|"
    # a podcast's link under its promo line: 'listen to episode one', 'Hear the first episode'
    r"^(?:listen\s+to|hear|watch|play)\s+(?:the\s+)?(?:first\s+episode|episode\s+(?:one|1))\W*$|"
    r"^join\s+(?:the\s+)?[\w'’+ ]{1,40}\s+(?:community|club|membership)\W*$|"
    # a reader-funding appeal: 'Keep The Cranford Echo free for all readers: donate once or every month.'
    r"\b(?:give|donate|contribute|pay)\s+once\s+or\s+(?:give\s+|donate\s+|contribute\s+|pay\s+)?(?:monthly|every\s+month)\b|"
    # (the appeal's imperative opening its line: 'Chip in what you can', 'Make a one-off contribution today')
    r"^(?:please\s+)?chip\s+in\b|^(?:please\s+)?make\s+a\s+(?:one-?off|one-?time|single|monthly|regular|recurring)\s+"
    r"(?:contribution|donation|gift)\b|"
    # (an imperative opening the line or a sentence; 'Residents want to keep the X Library open for all' is reported)
    r"(?:^|(?<=[.!?:]\s))keep\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}\s+(?:open|free)\s+(?:for|to)\s+(?:everyone|all|every\s+reader)\b|"
    r"\bbecome\s+a\s+(?:member|subscriber|patron|supporter|donor)\b|"
    # a membership pitch: 'Enjoying The Quay? The site stays free to read because our readers fund it. Join us from $2
    # a month.'
    r"^enjoying\s+(?:the\s+|this\s+|our\s+)?[\w'’ ]{1,40}\?\s|"
    r"\bjoin\s+(?:them|us)\s+(?:from|for)\s+(?:just\s+|only\s+)?[£$€]\s?\d|"
    r"\b(?:is|are|stays|remains)\s+free\s+(?:for\s+everyone|for\s+all|to\s+(?:read|everyone))\s+because\b[^.!?]{0,60}\b"
    r"(?:members|readers|supporters|subscribers|donors)\b|\bsupported\s+by\s+(?:readers|members|subscribers)\s+like\s+you\b|"
    r"^this\s+(?:story|article|report|piece)\s+is\s+part\s+of\s+(?:our|a|the)\b[^.]{0,80}\bseries\b|"
    r"^(?:join|support)\s+(?:us|our\s+community)\b|\bsubscribe\s+(?:today|now)\b|\bfree\s+trial\b|"
    r"\bwhatsapp\s+channel\b|\b(?:alerts?|updates|news|headlines)\b.{0,40}\bon\s+(?:whatsapp|telegram|signal|viber)\b|"
    r"\btap\s+here\s+to\s+(?:join|subscribe|follow|download)\b|\bjoin\s+(?:our|the)\s+(?:telegram|whatsapp)\b|\bby\s+clicking\s+here\b|^click\s+here\b|"
    r"^(?:word\s*count|reading\s+time|explore\s+further)\b|\bmay\s+earn\s+an?\s+(?:affiliate\s+)?commission\b|"
    # a magazine's offer opening its line: 'Subscribe to Outlet Name and get your first three issues for £5 …'
    r"^subscribe\s+to\s+(?-i:[A-Z])[^.!?]{0,60}?\s+and\s+(?:get|receive|save)\b[^.!?]{0,80}?(?:\bissues?\b|\bcopies\b|[£$€]\s?\d)|"
    r"\bsubscribe\s+to\s+(?:our|the|\S+\s+on)\b|^join\s+our\b|\bfollow\s+me\s+on\b|\bmay\s+be\s+reached\s+at\b|"
    r"^have\s+a\s+(?:news\s+)?tip\b|^(?:do\s+you\s+have|got)\s+a\s+(?:story|tip)\b[^.?!]{0,40}\?|"
    # a call for readers' material: 'Send us your pictures: …', 'Send us your stories at …'
    # also without 'us' and after a short question to the reader: 'Running today? Send your photos to …'
    r"^(?:[^.?!\n]{1,40}\?\s+)?send\s+(?:us\s+)?your\s+(?:photos|pictures|videos|footage|stories|tips|news)\b|"
    r"\bwherever\s+you\s+get\s+your\s+podcasts\b|"
    r"\b(?:available|listen)\s+(?:as\s+a\s+podcast\s+)?on\s+(?:apple\s+podcasts|spotify)\b|"
    r"^(?:download|get)\s+(?:the\s+)?(?:free\s+)?[\w'’ ]{0,30}\bapp\b"
    r".{0,40}\b(?:ios|android|iphone|app\s+store|google\s+play)\b|"
    # 'Read this and more in the X app. Download it free for iPhone and Android.'
    r"\bin\s+the\s+[\w'’ ]{1,40}\bapp\b[^.!?]{0,20}[.!?]\s*(?:download|get|install)\b"
    r".{0,40}\b(?:ios|android|iphone|app\s+store|google\s+play|free)\b|"
    r"\bon\s+our\s+(?:youtube|tiktok|instagram)\s+(?:channel|page|account)\b|\bshare\s+it\s+with\s+a\s+friend\b|"
    r"^get\s+access\s+to\b|^like\s+this\s+(?:story|article)\?|"
    # the outlet's app named between the words: 'Get the Harbour One app for local news, weather and travel.'
    r"^(?:download|get|install)\s+(?:the\s+)?(?:free\s+)?(?:[\w&'’-]+\s+){1,4}app\s+(?:for|to)\b|"
    # a header strip ending on the outlet's app, no full stop: 'Outlet: the valley's headlines, free each evening on
    # the Outlet app' (an article's sentence about an app ends with its full stop)
    r"\b(?:on|in)\s+(?:the|our)\s+(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*){0,3}\s+app\s*$|"
    # the app's alert pitch as an imperative: 'Never miss a story: switch on alerts in the X app.' (a reported 'told
    # residents to switch on alerts in the council's app' does not open a line or a sentence)
    r"(?:^|(?<=[:.!?]\s))(?:switch|turn)\s+on\s+(?:push\s+)?(?:notifications|alerts)\s+(?:in|on)\s+(?:the|our)\s+"
    r"(?-i:[A-Z])[\w'’&-]*(?:\s+(?-i:[A-Z])[\w'’&-]*){0,3}\s+app\b|"
    # a call-out to readers under a story: 'Has this story affected you? Tell us: …', 'Spotted a mistake in this
    # story? Let us know'
    r"^(?:has|have)\s+(?:this|the)\s+(?:story|issue|article|news)\s+affected\s+you\?|"
    r"^(?:have\s+you\s+been\s+)?affected\s+by\s+(?:this|the)\s+(?:story|issue)\?|"
    r"^(?:spotted|found|seen|noticed)\s+(?:a|an)\s+(?:mistake|error|typo)\s+in\s+this\s+(?:story|article|report)\b|"
    # 'Have a photograph of the old mill? Send it to us at name@…': readers asked to send something in
    r"\b(?:send|e-?mail|share)\s+(?:it|them|yours|this|your\s+[\w'’]+(?:\s+[\w'’]+)?)\s+(?:to|with)\s+us\s+(?:at|on|via)\b|"
    # ('The X's new weekly podcast': two of those words before it)
    r"\b(?:our|the\s+[\w'’ ]{2,40}['’]s)\s+(?:(?:new|first|latest|daily|weekly)\s+){1,2}(?:documentary|podcast)\b|"
    # 'New from The X: Low Tide, a harbour podcast in fifteen minutes, out every Monday.' (the outlet's own product
    # announced at the line's start, before a colon)
    r"^(?:new|out\s+now|just\s+out)\s+from\s+the\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4}\s*:.{0,100}?"
    r"\b(?:podcast|documentary|newsletter|series|app)\b|"
    # 'Inside the Front: a new podcast from The Tarn Observer.'
    r"\b(?:new|first|latest)\s+(?:documentary|podcast)(?:\s+series)?\s+(?:from|by)\s+the\s+[A-Z]|"
    # 'Introducing Fault Lines, a new narrated series from The X …': an audio or video series of the outlet's own
    # (or its length: 'Night Shift: a four-part video series from The X.')
    r"\b(?:new|first|latest|[\w-]+-part)\s+(?:[\w-]+\s+)?(?:narrated|audio|video|podcast|documentary)\s+series\s+(?:from|by)\s+the\s+[A-Z]|"
    r"\b(?:members|subscribers)\s+(?:watch|listen|read|hear|see\s+it)\s+first\b|"
    # 'The X Podcast: new episodes every Friday. Be the first to hear them.'
    r"\bnew\s+episodes?\s+(?:every|each)\s+(?:day|week|morning|\w+day)\b|\bepisodes?\s+(?:drop|land|air|arrive)s?\s+(?:every|each)\s+(?:day|week|morning|\w+day)\b|(?<!will\s)(?<!would\s)\bbe\s+the\s+first\s+to\s+(?:hear|see|watch|listen)\b|"
    # a line of sponsor credits and nothing else: 'Meadow Stage presented by X Cider. Woodland Tent in partnership with
    # Y Radio.' (each sentence a capitalised name, 'presented/sponsored/powered by' or 'in partnership/association
    # with', a capitalised name)
    rf"^{_SPONSOR_SENT}(?:\.\s+{_SPONSOR_SENT}){{0,3}}\.?$|^{_SPONSOR_LOOSE}(?:\.\s+{_SPONSOR_LOOSE}){{1,3}}\.?$|"
    # a letters page's standing note: 'Letters may be edited for length …', 'Write to letters@…'
    r"^letters?\s+(?:may|will|might|can)\s+be\s+(?:edited|shortened|cut)\b|"
    r"\b(?:write|send\s+(?:your\s+)?letters?)\s+to\s+(?:us\s+at\s+)?letters@|"
    # the outlet's own edition offered to the reader at a price per period: 'The X's Saturday Pack: the crossword and
    # the long reads, on your doormat every Saturday from £2.10 a week.' (the reader addressed, a price a week)
    r"^(?=.*\byour\b).*\b(?:from|for)\s+(?:just\s+|only\s+)?[£$€]\s?\d[\d.,]*\s+(?:a|per)\s+(?:week|month)\b",
    re.I,
)


PROMO_KEYS = keys(
    "documentary",
    "affected",
    "mistake",
    "an error",
    "typo",
    "watch first",
    "listen first",
    "read first",
    "join the",
    "like you",
    "part of our",
    "podcast",
    "series",
    "youtube",
    "to share",
    "among the first",
    "commission",
    "follow me",
    "reached at",
    "tip",
    "send us",
    "send your",
    "with a friend",
    "access to",
    "like this",
    "click",
    "word count",
    "wordcount",
    "explore further",
    " app",
    "follow us",
    "follow @",
    "follow ",
    "journalism",
    "become a",
    "once or",
    "chip in",
    "make a ",
    " open for",
    " free for",
    " free to",
    "subscri",
    "trial",
    "enjoying",
    "join them",
    "whatsapp",
    "telegram",
    "join us",
    "join our",
    "episode",
    "the first to",
    "edited",
    "letters@",
    " a week",
    " a month",
    " per week",
    " per month",
    "to us",
    "with us",
    "presented by",
    "sponsored by",
    "powered by",
    "brought to you by",
    "supported by",
    "partnership with",
    "association with",
)


# an article's sentence about another outlet's series: 'The Lost Ledger, a six-part audio series from the X Herald,
# has been downloaded …' (the series named in commas, then the sentence's own verb: what it did, not a pitch)
SERIES_APPOSITIVE_RE = re.compile(
    r",\s+an?\s+[^,]{0,60}\b(?:series|podcast|documentary)\s+(?:from|by)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4},"
    r"\s+(?:has|have|had|was|were|drew|won|became|reached|prompted|forced|led)\b"
)
PROMO_PROSE_RE = re.compile(rf"(?:{REPORTED_PROSE_RE.pattern})|(?:{SERIES_APPOSITIVE_RE.pattern})", re.I | re.S)


# the reader addressed, or the outlet's own pitch: a price a month after the link ('[Support the Ledger](…/donate) from
# £3 a month'), 'free to read'
DONATE_ADDRESS_RE = re.compile(
    r"\b(?:you|your|our|us|we)\b|\bfree\s+to\s+read\b|[£$€]\s?\d[\d.,]*\s+(?:a|per|each)\s+(?:week|month|year)\b", re.I
)


@rule("promo", "chrome")
def promo(doc: Doc) -> None:
    """Promo lines: the site's own products, apps, memberships, trailers, social follow prompts. A line that reports
    (said / told / according to …) without addressing its reader (no you/your/our/we/us) is the article's sentence
    about someone's podcast, newsletter or letters page ('The station said listeners would get new episodes every
    Thursday …'), kept."""
    for u in doc.units:
        if u.rule is None and len(u.text) > 60 and (g := _glued_appeal_end(u.text)):
            doc.fragments.append(Removal(text=u.text[:g].strip(), rule="promo"))
            u.text = u.text[g:]
    for u in doc.units:
        # a call-out whose link asks for money on a donation page (tagged by markdown_links), addressing the reader:
        # '> **Every elver counted costs us about 40p.** … [Support the Trust's river work](…/donate) …'
        if u.rule is None and u.tag == "donate_link" and len(u.text) <= 400 and DONATE_ADDRESS_RE.search(u.plain):
            doc.remove(u, "promo")
    _sponsor_blocks(doc)
    todo = [u for u in doc.units if u.rule is None and len(u.text) <= 180]
    passed = PROMO_KEYS.ids([u for u in todo if len(u.text) > 30])
    for u in todo:
        if (
            (len(u.text) <= 30 or id(u) in passed)
            and PROMO_RE.search(u.plain)
            and not PROMO_PROSE_RE.search(u.plain)
            and not _reports_past_events(u.plain)
            and not _reports_the_appeal(u.plain)
            and not REPORTED_ASIDE_RE.search(u.plain)
            and not _call_out_answered(u.plain)
        ):
            doc.remove(u, "promo")


# a newsletter's sponsor label alone on its line: 'Sponsor', '**Today's sponsor**', 'A word from our sponsors',
# 'Sponsored message' (markup and a colon around it)
SPONSOR_LABEL_RE = re.compile(
    r"^[\W_]*(?:(?:(?:today['’]s|this\s+(?:week|issue|month)['’]s|our|a\s+word\s+from\s+(?:our|today['’]s|this\s+week['’]s)|"
    r"from\s+(?:our|the)|thanks\s+to\s+(?:our|this\s+issue['’]s))\s+)?(?:sponsors?|sponsored(?:\s+(?:message|content|post))?)|"
    # a supporter thanked with the sponsor's name after a comma or colon: "Thanks to this week's supporter, Name"
    r"(?:with\s+)?thanks\s+to\s+(?:our|today['’]s|this\s+(?:week|issue|month)['’]s)\s+(?:sponsors?|supporters?)"
    r"(?:\s*[,:]\s*(?-i:[A-Z])[\w&'’.-]*(?:\s+[\w&'’.-]+){0,4})?)[\W_]*$",
    re.I,
)


def _sponsor_blocks(doc: Doc) -> None:
    """A sponsor's copy: up to three lines right under a sponsor label, with no blank line between (a '> **Sponsor**'
    block of a newsletter: 'This issue is supported by X, … [Order a trial bag][3]'), each at most 600 characters.
    The advertiser's words, also when they quote its founder."""
    units = doc.units
    for i, u in enumerate(units):
        if len(u.text) > 60 or not SPONSOR_LABEL_RE.match(u.text.strip()):
            continue
        for v in units[i + 1 : i + 4]:
            if v.gap or len(v.text) > 600:
                break
            if v.rule is None:
                doc.remove(v, "promo")
        if u.rule is None:
            doc.remove(u, "promo")


def _glued_appeal_end(text: str) -> int:
    """Where a promo glued to the start of a paragraph ends (0: none): the text before a glue point in the first
    300 characters ('… give once or give monthly from £2.Skippers have …') is a promo line that addresses its reader
    ('you', 'our') and reports nothing; at least 20 characters stay."""
    for m in GLUE_POINT_RE.finditer(text, 0, 300):
        if len(text) - m.end() < 20:
            break
        seg = text[: m.end()]
        if (
            PROMO_RE.search(seg)
            and READER_WORDS_RE.search(seg)
            and not PROMO_PROSE_RE.search(seg)
            and not _reports_past_events(seg)
            and not REPORTED_ASIDE_RE.search(seg)
        ):
            return m.end()
    return 0


CALL_OUT_RE = re.compile(
    r"^\W*(?:(?:has|have)\s+(?:this|the)\s+(?:story|issue|article|news)\s+affected\s+you|(?:have\s+you\s+been\s+)?affected\s+by\s+"
    r"(?:this|the)\s+(?:story|issue))\?\s*(?P<rest>.*)$",
    re.I | re.S,
)
HELP_WORDS_RE = re.compile(
    r"\b(?:help|helpline|support|advice|contact|samaritans|charity|free\s+on|call|phone)\b|@|https?:|www\.", re.I
)


def _call_out_answered(text: str) -> bool:
    """The article asks the call-out's question and goes on to tell what came of it ('Has the story affected you?
    It opened the parish's door-to-door survey in March, and 412 homes said it had.'): after the question a
    sentence of ten words or more that neither addresses the reader nor points to help or a way to get in touch. A
    call-out to readers goes on 'Tell us …', 'Email …' or names a helpline."""
    m = CALL_OUT_RE.match(text)
    if m is None:
        return False
    rest = m["rest"]
    return len(rest.split()) >= 10 and not READER_WORDS_RE.search(rest) and not HELP_WORDS_RE.search(rest)


# a reporting clause set in commas after the promo's words: 'Download the X app for live times at every stop, the
# posters at the depot tell passengers, beside …' — the article reports someone's pitch; it does not make one
REPORTED_ASIDE_RE = re.compile(
    r",\s+(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){0,4}(?:tells?|told|says?|said|urges?|urged|asks?|asked|advises?|"
    r"advised|warns?|warned|reminds?|reminded|reads?)\s+(?:\w+\s*)?,|"
    # the verb before its subject: ', say the new stickers going up in the cases this week,'
    r",\s+(?:says?|said|tells?|told|urges?|urged|reads?|warns?|warned|reminds?|reminded)\s+(?:the|a|an|its|his|her|their)\s+"
    r"(?:[\w'’-]+\s+){0,8}[\w'’-]+\s*,"
)


PAST_MARK_RE = re.compile(r"\b(?:was|were|had|did|[a-z]{3,}ed)\b", re.I)
PROMO_AT_RE = re.compile(PROMO_RE.pattern, PROMO_RE.flags)  # (where the words are; PROMO_RE only says whether)


def _reports_the_appeal(text: str) -> bool:
    """Every sentence of the line that holds the promo's words tells of someone else's appeal: ten words or more,
    none addressing the reader, and a past form in the three or more words before them ('Readers were asked to
    give once or every month …', '… 312 had chosen to become a member of …', 'The front page carried one line:
    Keep the X free for everyone.'). A promo's own sentence opens on its words or pitches in the present."""
    found = False
    for sent in re.split(r"(?<=[.!?])\s+", text):
        m = PROMO_AT_RE.search(sent)
        if m is None:
            continue
        found = True
        lead = sent[: m.start()]
        if (
            len(sent.split()) < 10
            or len(lead.split()) < 3
            or READER_WORDS_RE.search(sent)
            or not PAST_MARK_RE.search(lead)
        ):
            return False
    return found


PAST_FORM_RE = re.compile(r"\b[a-z]{3,}ed\b")
READER_WORDS_RE = re.compile(r"\b(?:you|your|yours|our|we|us)\b", re.I)


def _reports_past_events(text: str) -> bool:
    """A sentence of the line beside the promo's words tells what happened: ten words or more, none addressing the
    reader, two past forms or more ('The fourth, released this week, named two officials who …'). A promo's other
    sentences pitch ('Be the first to hear them.') or describe the show ('Each week our reporters take you …')."""
    for sent in re.split(r"(?<=[.!?])\s+", text):
        if (
            len(sent.split()) >= 10
            and not PROMO_RE.search(sent)
            and not READER_WORDS_RE.search(sent)
            and len(PAST_FORM_RE.findall(sent)) >= 2
        ):
            return True
    return False


SHARE_RE = re.compile(
    r"^(?:share(?:\s+(?:this|on|via|the|article|story|post|page|to)\b.*)?|share\s+(?:this\s+)?(?:entry|update)|post\s+this\s+(?:entry|update)|react|add\s+(?:a\s+|your\s+)?reaction|sharing\s+is\s+caring!?|copy\s+(?:the\s+)?(?:(?:post|entry|update|article|story|page)\s+)?link(?:\s+to\s+(?:(?:this|the)\s+)?(?:update|post|entry|article|story|page))?|"
    # ('Copy post link', 'Copy update link', "Copy this post's address")
    r"copy\s+(?:the\s+|this\s+)?(?:entry|post|update|article|story)(?:['’]s)?\s+(?:link|address|url)|"
    # a live entry's share arrow and button: '↗ Send this post', 'Send this update', 'Forward this entry ↗'
    r"[↗↑→➚⤴]?\s*(?:send|forward)\s+this\s+(?:post|update|entry|story|article)|"
    # a live entry's share button worded as a request: 'Pass this on', 'Pass it on', 'Pass this entry on',
    # 'Pass this update on'
    r"pass\s+(?:this|it)(?:\s+(?:entry|update|post|moment|story|article))?\s+on|"
    # a live entry's own link: 'Link to this update', 'Permalink to this post', 'Link to update', 'Link to this
    # moment'; its button 'Get link'
    r"get\s+(?:the\s+)?link(?:\s+to\s+(?:this\s+)?(?:update|post|entry))?|"
    # ('Grab a link to this post', 'Grab the link to this update')
    r"grab\s+(?:a|the)\s+link\s+to\s+(?:this|the)\s+(?:update|post|entry)|"
    r"(?:perma)?link\s+to\s+(?:(?:this|the)\s+)?(?:update|post|entry|moment|item)|"
    # 'Copy URL of this entry', 'Copy the link for this update'
    r"copy\s+(?:the\s+)?(?:url|link|address|web\s+address)\s+(?:of|to|for)\s+(?:this|the)\s+(?:update|post|entry)|"
    r"copy\s+link\s+(?:url\s+)?(?:link\s+)?copied!?|(?:url|link)\s+copied(?:\s+to\s+clipboard)?!?|"
    r"copied!?|link\s+copied|tweet|retweet|facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|tumblr|"
    r"email|e-mail|mail|print|flipboard|pocket|messenger|sms|vk|buffer|google\+?|\d+\s+shares?|shares?|"
    # ('Facebook, Twitter, Email'; a live entry's 'Permalink | Share')
    # ('Link to this update | Share': a live entry's own link beside its share button)
    # ('Share · Copy link': a live entry's share button beside its link button)
    r"(?:facebook|twitter|x|whatsapp|linkedin|email|reddit|pinterest|telegram|copy\s+link|print|permalink|share|"
    r"(?:perma)?link\s+to\s+(?:this\s+)?(?:update|post|entry))"
    r"(?:\s*[,|·•/]?\s*(?:facebook|twitter|x|whatsapp|linkedin|email|reddit|pinterest|telegram|copy\s+link|print|tweet|share|"
    r"permalink))+|permalink|"
    r"(?:click\s+to\s+)?share\s+on\s+\w+(?:\s+\(opens\s+in\s+new\s+window\))?|copy\s+link\s+to\s+clipboard|"
    r"save|saved|save\s+(?:for\s+later|(?:this\s+)?(?:article|story))|bookmark|(?:gift|give)\s+(?:this\s+)?article|"
    r"share\s+full\s+article|share\s+this\s+(?:story|page|article)|"
    r"comment|comments|follow|like|likes|\d+\s+likes?|"
    # a reactions row: emoji with their counts ('👍 36  ❤️ 12')
    r"(?:[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?\s*\d[\d.,]*[km]?\s*)+|"
    r"view\s+comments|show\s+comments|\d+\s+comments?|"
    # a comment thread's buttons and counts: '52 responses', 'Leave a response', 'Show replies (3)'
    r"\d+\s+(?:responses?|replies)|leave\s+a\s+(?:response|comment|reply)|(?:show|hide|view)\s+(?:\d+\s+)?(?:replies|reply)"
    r"(?:\s*\(\d+\))?)\W*$",
    re.I,
)


@rule("share_row", "chrome")
def share_row(doc: Doc) -> None:
    """Share buttons and rows ('Share on Facebook', 'Copy link', 'Share this post', 'Facebook Twitter Email')."""
    _line_rule(doc, "share_row", SHARE_RE, 120)


PAYWALL_RE = re.compile(
    r"\b(?:subscribe|log\s+in|sign\s+in)\s+to\s+(?:continue|read|unlock)\b|\bthis\s+(?:article|story|content)\s+is\s+"
    r"(?:for|only\s+available\s+to|reserved\s+for)\s+(?:subscribers|members)\b|\balready\s+a\s+(?:subscriber|member)\b|"
    r"\byou\s+have\s+(?:reached|used)\s+(?:your|all)\b.*\bfree\s+(?:articles?|stories)\b|\bto\s+read\s+the\s+full\s+(?:story|article)\b|"
    r"\bunlimited\s+(?:digital\s+)?access\b|\bcreate\s+a\s+free\s+account\b|"
    r"\byou\s+have\s+(?:\d+|one|two|three|four|five)\s+free\s+(?:articles?|stories|reads)\s+(?:left|remaining)\b|"
    # a metered paywall's count: 'You are reading 3 of 5 free articles', 'You've read 1 of 3 free stories'
    r"\byou(?:['’]re|\s+are)\s+reading\s+(?:your\s+)?\w+\s+of\s+\w+\s+free\s+(?:articles?|stories|reads)\b|"
    r"\byou(?:['’]ve|\s+have)\s+read\s+\w+\s+of\s+(?:your\s+)?\w+\s+free\s+(?:articles?|stories|reads)\b|"
    # French and German notices: 'Article réservé aux abonnés', 'Cet article vous est offert', 'Nur für Abonnenten'
    r"\br[ée]serv[ée]e?\s+aux\s+abonn[ée]s\b|\bcet\s+article\s+vous\s+est\s+offert\b|\bnur\s+f(?:ü|ue)r\s+abonnenten\b",
    re.I,
)


PAYWALL_KEYS = keys("subscri", "sign in", "log in", "free", "access", "account", "full", "member", "abonn", "offert")


@rule("paywall", "chrome")
def paywall(doc: Doc) -> None:
    """Paywall and registration notices."""
    _line_rule(doc, "paywall", PAYWALL_RE, 300, PAYWALL_KEYS, 0)


# a reader poll's box: its label ('Reader poll'), the question, the answers (with their shares), the vote count
POLL_LABEL_RE = re.compile(r"^\W{0,2}(?:(?:quick|reader|readers['’]?|daily|our|today['’]s|weekly)\s+)?poll\W*$", re.I)
POLL_COUNT_RE = re.compile(
    r"^\W{0,2}(?:[\d.,]+\s+(?:votes?|responses|readers\s+(?:have\s+)?voted)\b.{0,40}|(?:this\s+)?poll\s+(?:is\s+)?closed\W*|"
    r"vote(?:\s+now)?|(?:see|view|show)\s+(?:the\s+)?results)$",
    re.I,
)
POLL_OPTION_RE = re.compile(r"^[^.!?:;\"“”]{1,40}?(?:\s+\d{1,3}(?:[.,]\d)?\s*%)?$")


def _introduced_survey(units: list[Unit], i: int) -> bool:
    """The question at ``units[i]`` follows a kept article sentence of seven words or more ending in a colon ('A
    poll by the X Institute, published today, put this question to residents:'): a survey the article reports,
    its results set out line by line, not the page's own poll box."""
    if i == 0:
        return False
    v = units[i - 1]
    t = v.plain.strip()
    return v.rule is None and t.endswith(":") and len(t.split()) >= 7 and t[:1].isupper()


@rule("poll", "chrome")
def poll(doc: Doc) -> None:
    """A reader poll's box between paragraphs: a question ending in '?' over two to eight short answer lines
    ('No 38%'), with a poll label above it ('Reader poll') or a vote count or button below it ('1,204 votes · Poll
    closed', 'Vote'); the lines one under the other (no blank line). A question with answers but neither label nor
    count is the article's (a quiz, a list) and stays."""
    units = doc.units
    for i, u in enumerate(units):
        t = u.plain.strip()
        if u.rule is not None or not t.endswith("?") or len(t) > 200:
            continue
        j = i + 1
        while j < len(units) and j - i <= 8 and units[j].rule is None and units[j].gap == 0:
            o = units[j].plain.strip()
            if POLL_COUNT_RE.match(o) or not POLL_OPTION_RE.match(o):
                break
            j += 1
        if j - i - 1 < 2:
            continue
        label = i > 0 and u.gap == 0 and units[i - 1].rule is None and POLL_LABEL_RE.match(units[i - 1].plain.strip())
        counts = []
        k = j
        while k < len(units) and k - j < 3 and units[k].rule is None and units[k].gap == 0:
            if not POLL_COUNT_RE.match(units[k].plain.strip()):
                break
            counts.append(units[k])
            k += 1
        if not label and not counts:
            continue
        if not label and _introduced_survey(units, i):
            continue  # 'A poll by the X Institute … put this question to residents:' over its results: reported
        for v in ([units[i - 1]] if label else []) + units[i:j] + counts:
            doc.remove(v, "poll")


LABEL_RE = re.compile(
    r"^[●•◉⬤○◆■🔴]?\s*(?:LIVE|Live|LIVE NOW|Live now|LIVE UPDATES|BREAKING|BREAKING NEWS|Breaking News|EXCLUSIVE|"
    r"WATCH|UPDATED|NEW|"
    r"JUST IN|DEVELOPING|PINNED|Pinned|Pinned post|KEY EVENT|Key event|KEY MOMENT|Key moment)\W*$"
)


@rule("live_label", "chrome")
def live_label(doc: Doc) -> None:
    """Labels alone on a line: LIVE, BREAKING, EXCLUSIVE, a live blog's 'Pinned' (also after a dot: '● Live')."""
    _line_rule(doc, "live_label", LABEL_RE, 30)


COPYRIGHT_RE = AnyBranch(
    r"^\W*(?:©|\(c\)\s*\d{4}|copyright\b|ⓒ)|\ball\s+rights\s+reserved\b|"
    # a re-publisher's rights line: 'Published under a licence from …', 'All rights rest with the author.'
    r"\ball\s+rights\s+(?:remain|belong|rest)\s+with\s+the\b|^\W*(?:re)?published\s+under\s+(?:a\s+)?licen[cs]e\b|"
    # the holder before the sign, a short name, maybe an address: 'The Harbour Lamp, 1 Quay St · Copyright © 2025'
    r"^\W*(?-i:[A-Z])[\w&'’.-]*(?:\s+(?-i:[A-Z&])[\w&'’.-]*){0,4}\s*(?:,[^©|·\n]{2,60})?\s*[·|•–—-]?\s*(?:copyright\s*)?©\s*(?:19|20)\d{2}\b|\bno\s+part\s+of\s+this\b.*\breproduced\b|"
    r"\b(?:may\s+not\s+be|must\s+not\s+be)\s+(?:published|reproduced|redistributed|rewritten)\b|"
    # an agency's note to its clients: 'this story may be published in full or in part'
    r"\bthis\s+(?:story|article|report|item)\s+may\s+be\s+(?:published|reproduced|used)\s+in\s+full\b|무단전재|無断転載|版权所有|"
    r"\bconstitutes\s+acceptance\s+of\b|\bnot\s+for\s+(?:re-?)?distribution\b|"
    # an e-paper kiosk's rights line under a printed article: 'COPYRIGHTED AND PROTECTED BY INTERNATIONAL LAW'
    r"\bcopyright(?:ed)?\s+and\s+protected\s+by\s+(?:applicable|international|copyright)\s+laws?\b|"
    r"\bfor\s+(?:your\s+)?personal(?:\s+and\s+non-?commercial)?\s+use\s+only\b|\bcommunity\s+rules\s+apply\b|\bsubject\s+to\s+copyright\b|^citation\s*:",
    re.I,
)


COPY_KEYS = keys(
    "©",
    "(c)",
    "copyright",
    "rights",
    "reproduc",
    "publish",
    "ⓒ",
    "무단",
    "無断",
    "版权",
    "acceptance",
    "community rules",
    "distribution",
    "citation",
)


# a site's legal disclaimer (health, finance, legal advice, audience), which may be longer than a rights line
DISCLAIMER_RE = AnyBranch(
    r"^\W*(?:results\s+(?:may\s+)?vary\b|consult\s+(?:your|a)\s+(?:physician|doctor|health\s*care\s+provider)\b.{0,200}\bbefore\s+"
    r"(?:beginning|starting|taking|using)\b|the\s+(?:information|content)\s+(?:provided\s+)?(?:on|in)\s+this\s+(?:website|site|page)\b.{0,200}"
    r"\b(?:intended|purposes|advice|audience|substitute)\b)|"
    r"\b(?:is|are)\s+(?:provided\s+)?for\s+(?:general\s+)?informational\s+(?:and\s+educational\s+)?purposes\s+only\b|"
    r"\bnot\s+(?:intended\s+(?:as|to\s+be)|a)\s+(?:a\s+)?substitute\s+for\s+professional\s+(?:medical|financial|legal)\s+advice\b|"
    r"\bare\s+(?:registered\s+)?trademarks\s+of\b|\bnot\s+responsible\s+for\s+the\s+content\s+of\s+external\s+(?:internet\s+)?(?:sites|websites|links|pages)\b|\bis\s+a\s+registered\s+trademark\s+of\b|"
    r"\bnot\s+been\s+evaluated\s+by\s+the\s+food\s+and\s+drug\s+administration\b|"
    # a re-publisher's note on agency copy: 'X accepts no responsibility for agency copy.', 'This report comes from
    # the Y and appears here unedited.' / '… has not been edited by X'
    r"\b(?:accepts?|takes?|bears?)\s+no\s+responsibility\s+for\s+(?:the\s+(?:content|contents)\s+of\s+)?"
    r"(?:agency|wire|syndicated|partner|third[- ]party)\s+(?:copy|content|stories|reports)\b|"
    r"^\W*this\s+(?:article|story|report|piece|item)\s+(?:comes\s+from|is\s+from|(?:is|was)\s+supplied\s+by|(?:is|was)\s+provided\s+by)"
    r"\s+[^.!?]{2,60}\b(?:unedited|(?:has|have)\s+not\s+been\s+edited\b|without\s+(?:any\s+)?edit)|"
    r"\b(?:views|opinions)\s+(?:and\s+opinions\s+)?expressed\s+(?:in\s+this\s+(?:article|column|post)\s+)?are\s+(?:those\s+of\s+the\s+author|"
    r"the\s+author['’]s\s+own|solely\s+those|those\s+of\s+the\s+original\s+(?:publisher|outlet|author|source))|"
    # a partner's copy re-run under a sharing scheme: 'This story is republished through the Dales News Network.'
    r"^\W*this\s+(?:article|story|report|piece|item)\s+(?:is|was|has\s+been)\s+(?:shared|published|republished|reproduced|"
    r"syndicated)\s+(?:here\s+)?(?:under|through|via|as\s+part\s+of)\s+(?:the|a|an|our)\s+[^.!?]{2,60}?\b(?:partnership|"
    r"agreement|scheme|network|licen[cs]e)\b|"
    # a charity's registration line in a newsletter's footer: 'Charity registered in England and Wales, no. 1190417.',
    # 'The Trust is a registered charity (no. 1190417)'
    r"^\W*(?:(?:the\s+)?[\w&'’.-]+(?:\s+[\w&'’.-]+){0,6}\s+is\s+a\s+)?(?:registered\s+charity|charity\s+registered\s+in\s+"
    r"[\w ]{2,40}?)\s*[,(]?\s*(?:no\.?|number|reg(?:istration)?\.?\s+no\.?)\s*:?\s*[A-Z]{0,2}\d[\d ]{3,}\)?\W*$",
    re.I,
)
DISCLAIMER_KEYS = keys("trademark", "purposes only", "substitute for", "expressed", "drug admin", "not responsible",
                       "no responsibility", "unedited", "not been edited", "shared under", "published under",
                       "shared via", "published via", "shared through", "published through", "charity")
DISCLAIMER_STARTS = ("results", "+results", "*results", "consult", "the information", "the content")


# '© Name Agency' without a year or rights words: a photo's credit line when the article goes on after it
PHOTO_COPYRIGHT_RE = re.compile(r"^\W*(?:©|ⓒ)\s*(?![^\n]*\b(?:19|20)\d\d\b)(?![^\n]*\brights\b)[^\d\n]{2,60}$", re.I)


def _prose_follows(units: list[Unit], i: int) -> bool:
    """Whether a paragraph of prose is kept within the next four lines after ``units[i]``."""
    return any(v.rule is None and len(v.text) >= 100 and v.prose for v in units[i + 1 : i + 5])


DISCLAIMER_AT_RE = re.compile(DISCLAIMER_RE.pattern, DISCLAIMER_RE.flags)  # (where the words are)


# a re-publisher's rights clause ('All rights remain with the original publisher.', 'Republished under licence.'),
# which an article sentence may also hold: '…, but all rights remain with the family, under an agreement …'
REPUBLISHER_CLAUSE_RE = re.compile(
    r"\ball\s+rights\s+(?:remain|belong|rest)\s+with\s+the\b|^\W*(?:re)?published\s+under\s+(?:a\s+)?licen[cs]e\b", re.I
)


def _rights_clause_in_prose(text: str) -> bool:
    """A re-publisher's rights words inside a long article sentence ('Published under licence from the Admiralty
    in 1961, the chart the crew still keep … shows …', 'The negatives belong to the archive, but all rights remain
    with the family, under an agreement … signed in the spring.'): the sentence holding them runs to 18 words or
    more and goes on past them after a comma, and no other © shape is in the line. A rights line is one or two
    short sentences."""
    m = REPUBLISHER_CLAUSE_RE.search(text)
    if m is None or COPYRIGHT_RE.search(text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]):
        return False
    start = max(text.rfind(". ", 0, m.start()), text.rfind("! ", 0, m.start()), text.rfind("? ", 0, m.start()))
    stop = min((i for i in (text.find(". ", m.end()), text.find("! ", m.end()), text.find("? ", m.end())) if i >= 0),
               default=len(text))  # fmt: skip
    sentence = text[start + 1 : stop]
    return len(sentence.split()) >= 18 and "," in text[m.end() : stop]


# a paragraph that opens on a quotation and goes on after its closing mark in lower case ('“© 1987 X Music. All rights
# reserved,” reads the small print at the foot of the sheet music …'): the article quoting a rights line
QUOTED_OPENING_RE = re.compile(r"^\s*[“\"‘](?P<quoted>[^”\"’]{3,200})[”\"’]\s*,?\s+(?-i:[a-z])\S*(?:\s+\S+){3,}")


def _rights_line_quoted(text: str) -> bool:
    """The rights line stands inside the quote marks a paragraph opens on, and the article's sentence goes on after
    the closing mark ('“© 1987 Corvell Music. All rights reserved,” reads the small print …')."""
    m = QUOTED_OPENING_RE.match(text)
    return m is not None and bool(COPYRIGHT_RE.search(m["quoted"]))


def _disclaimer_quoted(text: str) -> bool:
    """The disclaimer's words stand inside quote marks in a longer sentence ('The contract says the station
    “accepts no responsibility for agency content” it broadcasts, a clause …'): the article quoting one, not one."""
    m = DISCLAIMER_AT_RE.search(text)
    if m is None:
        return False
    before = text[: m.start()]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


@rule("copyright", "chrome")
def copyright_line(doc: Doc) -> None:
    """Copyright and rights lines; trademark notices and a site's legal disclaimers."""
    units = doc.units
    half = min(len(units) // 2, len(units) - 6)
    copy_hits = COPY_KEYS.ids([u for u in units if u.rule is None and len(u.text) <= 300])
    # a disclaimer is page footer: only looked for in the second half (or the last six lines)
    disclaimer_hits = DISCLAIMER_KEYS.ids([u for u in units[max(0, half) :] if u.rule is None and len(u.text) <= 600])
    for i, u in enumerate(units):
        if u.rule is not None:
            continue
        n = len(u.text)
        if n <= 300 and id(u) in copy_hits and COPYRIGHT_RE.search(u.plain):
            if _rights_clause_in_prose(u.plain) or _rights_line_quoted(u.plain):
                continue
            if n <= 80 and PHOTO_COPYRIGHT_RE.match(u.plain) and _prose_follows(units, i):
                continue  # '© Agency' over a caption, with the article going on below: a photo credit
            doc.hints.setdefault("copyright", []).append(u.plain)
            doc.remove(u, "copyright")
        elif (
            i >= half
            and n <= 600
            and (u.low.startswith(DISCLAIMER_STARTS) or id(u) in disclaimer_hits)
            and DISCLAIMER_RE.search(u.plain)
            and not _disclaimer_quoted(u.plain)
        ):
            doc.remove(u, "copyright")


# a newspaper's note on its paper edition: 'A version of this article appears in print on Nov. 28, 2026, Section
# A, Page 9 …', 'This article appeared in the print edition of 28 November', 'Appeared in the May 3, 2025, print
# edition as …'
PRINT_NOTE_RE = re.compile(
    r"^\W*(?:an?\s+(?:version|edited\s+version)\s+of\s+this\s+(?:article|story|report|piece)\s+"
    r"appear(?:s|ed)\s+in\s+print\b|"
    r"this\s+(?:article|story|report|piece|essay|feature)\s+(?:appears|appeared|was\s+published|is\s+also)\s+in\s+(?:the\s+)?"
    r"[\w ,.]{0,40}\bprint\s+(?:edition|issue)\b|"
    r"appeared\s+in\s+the\s+[\w ,.]{0,40}\bprint\s+edition\b|"
    # the reader sent to the paper copy: 'You can also find this guide, with a fold-out map, in the autumn print
    # issue of X.'
    r"(?:you\s+(?:can|will|may)\s+(?:also\s+)?)?(?:find|read|see)\s+this\s+(?:article|story|report|piece|essay|feature|walk|"
    r"interview|column|guide|recipe|review)(?:,\s+[^,]{1,40},)?\s+(?:also\s+)?in\s+(?:the|our)\s+[\w ,.]{0,40}"
    r"\bprint\s+(?:edition|issue)\b|"
    # a weekly's page reference: 'As printed on page 5 of the Thursday 13 November 2025 edition'
    r"(?:as\s+)?(?:printed|published)\s+on\s+page\s+\d{1,3}\s+of\s+(?:the\s+|our\s+)?[\w ,.]{0,40}\bedition\b)",
    re.I,
)


@rule("print_edition_note", "chrome")
def print_edition_note(doc: Doc) -> None:
    """A newspaper's note on its paper edition ('A version of this article appears in print on …, Section A, Page
    9 …', 'This article appeared in the print edition of …'): the outlet's page furniture, not the article."""
    _line_rule(doc, "print_edition_note", PRINT_NOTE_RE, 400, keys("print", "published"), 0, unless=PRINT_NOTE_STORY_RE)
    _corrections_box(doc)
    for i, u in enumerate(doc.units):
        # the edition's day, when the note names one: a fallback date, as a newsletter edition's is (after the
        # article's own date lines, the URL's path and a dateline)
        if u.rule == "print_edition_note" and (found := find_date(u.plain)):
            doc.hints.setdefault("dates", []).append((i, "edition", found[1]))


# a paper's standing corrections column: its heading alone on a line ('CORRECTIONS AND CLARIFICATIONS', 'Corrections
# & clarifications', 'Clarifications and corrections')
CORRECTIONS_HEAD_RE = re.compile(
    r"^\W*(?:corrections?\s+(?:and|&)\s+clarifications?|clarifications?\s+(?:and|&)\s+corrections?)\W*$", re.I
)
# an item of that column: it points at another report by its edition's day or page, or says what the paper got wrong
# ('In our report on … (27 November, page 9) we said …', 'An article on … wrongly gave …')
CORRECTION_ITEM_RE = re.compile(
    r"\(\s*[^()]{0,40}\bpages?\s+\d{1,3}\s*\)|\bwe\s+(?:said|reported|wrote|stated|gave|called|described|misspelled|"
    r"named|referred)\b|\b(?:wrongly|incorrectly|mistakenly)\b",
    re.I,
)


def _corrections_box(doc: Doc) -> None:
    """A paper's corrections column set on the page ('CORRECTIONS AND CLARIFICATIONS' over 'In our report on … (27
    November, page 9) we said …'): it corrects other reports of earlier editions, so it is the page's furniture, not
    this article (a dated note on this article's own correction, 'This article was amended on …', stays). The heading
    and the items right under it go; nothing goes when the first item does not read as a correction."""
    boxes_under_headings(
        doc, "print_edition_note",
        lambda u: len(u.text) <= 60 and bool(CORRECTIONS_HEAD_RE.match(u.text.strip())),
        lambda v: v.gap <= 1 and len(v.text) <= 800 and bool(CORRECTION_ITEM_RE.search(v.plain)),
        span=len(doc.units), least=1, skip_removed=False,
    )


# 'This piece appeared in the earliest print edition, in 1902, as a table of rainfall … It will go on …': the
# article's sentences about a column's history (a note on this story's print edition is one sentence, and it does not
# call the edition 'the first')
PRINT_NOTE_STORY_RE = re.compile(
    r"^\W*this\s+\w+\s+(?:appears|appeared|was\s+published|is\s+also)\b.*?(?:\b(?:very\s+)?(?:first|earliest|original)\s+print\s+"
    r"(?:edition|issue)\b|[.!?]\s+(?!.*\b(?:subscribe|subscription|order|buy|copy|copies|issues|shop|newsstands?|available|reprints?)\b)"
    r"(?-i:[A-Z]))",
    re.I,
)


CREDIT_RE = AnyBranch(
    r"\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report(?:ing)?|story|article)\b|^(?:additional\s+)?reporting\s+(?:(?:contributed|provided)\s+)?by\b|"
    r"^(?:written|edited|compiled|translated)\s+by\b|^translated\s+from\s+(?:the\s+)?[a-z]+\s+by\b|^\(?(?:reporting|writing|editing)\s+by\b.*(?:;|\band\b).*(?:editing|writing)\s+by\b|"
    r"^(?:with\s+(?:additional\s+)?|additional\s+)(?:reporting|input)\s+(?:from|by)\b|^\W*(?:with|and)\s+agencies\W*$|"
    # 'With files from Name in Place.', 'With files from The Agency' (a credit for material another reporter sent)
    # (not the article's sentence going on after a comma: 'With files from the Board, the auditors rebuilt …')
    r"^\W*with\s+(?:additional\s+)?files\s+from\s+(?:the\s+)?(?-i:[A-Z])(?![^.!?]*,\s+(?-i:[a-z]))[^.!?]{1,80}\.?\W*$|"
    # 'Extra reporting by A. Writer.', 'Further reporting from A. Writer in Harbour Town.', 'Extra words from A.
    # Writer.', 'Additional research by A. Writer.'
    # (names after it, a short line: 'Extra reporting by the council's staff found …' is the article's sentence)
    r"^(?:with\s+)?(?:extra|further|additional)\s+(?:reporting|research|words|input|writing)\s+(?:from|by)\s+(?-i:[A-Z])"
    r"[^.!?]{1,80}\.?$|"
    # 'Additional reporting: A. Writer, Harbour Town.' (a colon for 'by'; a short line)
    r"^additional\s+(?:reporting|input)\s*:\s*[A-Z][^.!?]{2,80}\.?$|"
    # 'Reporting assistance: A. Writer.', 'Research help: A. Writer.' (a short line, names after the colon)
    r"^(?:reporting|research)\s+(?:assistance|help|support)\s*:\s*(?-i:[A-Z])[^.!?]{2,80}\.?$|"
    # a line that is only names (and where they are) contributing: 'A. Writer in Harbour Town also contributed.'
    r"^(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}(?:(?:,|\s+and)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})*"
    r"(?:\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?)\s+(?:also\s+)?contributed(?:\s+reporting)?\.?$|"
    # 'A. Writer helped with this story.' (a line that is only names)
    r"^(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}(?:(?:,|\s+and)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})*)"
    r"\s+(?:also\s+)?helped\s+(?:with|on)\s+this\s+(?:story|report|article)"
    r"(?:\s+(?:from|in)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?\.?$|"  # ('… from Lissel.')
    # 'Material from the Agency was used in this report.' (an agency's or reporter's material credited, nothing after)
    r"^\W*(?:material|reporting|information|footage|content)\s+(?:from|by)\s+(?:the\s+)?(?-i:[A-Z])[^.!?,]{1,60}?\s+"
    r"(?:was|were|has\s+been|have\s+been)\s+used\s+in\s+(?:this|the)\s+(?:report|story|article)\.?\W*$|"
    # 'With pictures by Carrow Images.' (a picture agency's or photographer's credit line, nothing after it)
    r"^\W*with\s+(?:pictures|photos|photographs|images|photography)\s+(?:by|from)\s+(?-i:[A-Z])[^.!?,]{1,60}\.?\W*$|"
    # 'A. Writer added reporting from Harbour Town.', 'A. Writer and B. Writer also added reporting.'
    r"^(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}(?:(?:,|\s+and)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})*)"
    r"\s+(?:also\s+)?added\s+(?:additional\s+)?reporting(?:\s+(?:from|in|on|at)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?\.?$|"
    # 'Agency Name supplied additional material.', 'A. Writer provided extra reporting.' (a line that is only names)
    r"^(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}(?:(?:,|\s+and)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})*)"
    r"\s+(?:also\s+)?(?:supplied|provided|sent)\s+(?:additional|extra|further)\s+(?:material|reporting|information)\.?$|"
    r"^\W*(?:via|source|sources|with\s+agencies|agencies)\s*:?\s*"
    r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})\W*$|"
    # a nonprofit newsroom's funder note: 'This investigation was funded with a grant from the X Trust. [Read about our
    # funding](…)', 'This reporting is made in partnership with X.' (its funder or partner named with a capital)
    r"^\W*this\s+(?:story|article|report|piece|reporting|project|series|investigation)\s+(?:was|is|has\s+been)\s+"
    r"(?:produced|made|funded|supported|published|reported)\s+(?:with\s+(?:the\s+)?(?:support|funding|help|a\s+grant)\s+"
    r"(?:from|of)|in\s+(?:partnership|collaboration)\s+with|thanks\s+to\s+(?:a\s+)?(?:grant|funding)\s+from|"
    r"through\s+a\s+grant\s+from)\s+(?:the\s+)?(?-i:[A-Z])|"
    r"^\W*(?:by\s+)?(?:the\s+)?(?:associated\s+press|reuters|afp|ap|agence\s+france-presse|bloomberg|dpa|pti|ani|ians|"
    r"xinhua|tass|upi|efe|ansa|press\s+association|pa\s+media)(?:\s+(?:staff|reporters?|contributed))?\W*$",
    re.I,
)


# the article's own sentence opening like a credit: 'Translated by a volunteer, the letter reached …', 'Written by
# hand on …, the note …', 'Reporting by a local station first drew attention to …' — a credit names people after 'by'
# (a capital); these go on with a lower-case word and run on for a dozen words or more
PROSE_BY_RE = re.compile(
    r"^(?:written|edited|compiled|translated|reporting)\s+by\s+(?-i:[a-z])[^;]*?(?:\s\S+){12}", re.I
)


CREDIT_KEYS = keys(
    "contribut",
    "research by",
    "research from",
    "helped with",
    "additional material",
    "assistance",
    "pictures by",
    "photos by",
    "reporting",
    "written by",
    "edited by",
    "compiled by",
    "translated",
    "editing by",
    "writing by",
    "input from",
    "words from",
    "words by",
    "with agencies",
    "files from",
    "with support",
    "partnership with",
    "collaboration with",
    "grant from",
    "funding from",
    "help of",
    "support of",
    "used in this",
    "used in the",
)


# one part of a wire story's closing credit: '(Reporting by A in X and B in Y; Writing by C; Editing by D)'
WIRE_PART_RE = re.compile(r"^\W*(?:reporting|writing)\s+by\s+(?P<names>.+?)\W*$", re.I)


def _wire_authors(text: str) -> list[str]:
    """The reporters and writers of a wire story's closing credit (not its editors, not 'additional reporting')."""
    from builder.extract.metadata import parse_byline

    names: list[str] = []
    for part in text.split(";"):
        m = WIRE_PART_RE.match(part)
        if m:
            names.extend(n for n in parse_byline("By " + m["names"]) or [] if n not in names)
    return names


COMPANIES_CONTRIBUTED_RE = re.compile(r"^(?P<names>[A-Z][^.!?]{2,160}?)\s+(?:also\s+)?contributed\.?$")


def _companies_contributed(text: str) -> bool:
    """'Kessel Water, Orlen Rail and Harbour Port Logistics also contributed.': the names are companies (one ends
    in an organisation's word), the article's sentence about who paid, not a credit for reporters."""
    from builder.extract.names import ORG_WORDS

    m = COMPANIES_CONTRIBUTED_RE.match(text.strip())
    if not m:
        return False
    parts = re.split(r"\s*,\s*|\s+and\s+", m["names"])
    return any(p.split() and p.split()[-1] in ORG_WORDS for p in parts)


@rule("contributor_credit", "chrome")
def contributor_credit(doc: Doc) -> None:
    """'X contributed to this report', 'Additional reporting by', agency credits: credits, not authors. A wire
    story's closing 'Reporting by ...; Writing by ...' names its authors when the paste has no byline."""
    hits = CREDIT_KEYS.ids([u for u in doc.units if u.rule is None and 60 < len(u.text) <= 250])
    for u in doc.units:
        n = len(u.text)
        if (
            u.rule is None
            and n <= 250
            and (n <= 60 or id(u) in hits)
            and CREDIT_RE.search(u.plain)
            and not PROSE_BY_RE.match(u.plain)
            and not _companies_contributed(u.plain)
        ):
            if "credit_authors" not in doc.hints and (names := _wire_authors(u.plain)):
                doc.hints["credit_authors"] = names
            doc.remove(u, "contributor_credit")


# an outlet's note on a translated article: 'This article was originally written in Korean and translated by a
# bilingual reporter with the help of generative AI tools. …', 'This story was machine-translated from Japanese.'
TRANSLATION_NOTE_RE = re.compile(
    r"^\W*this\s+(?:article|story|piece|report)\s+(?:was|has\s+been|is)\s+(?:(?:originally\s+)?(?:written|published)"
    r"\s+in\s+[A-Z][a-z]+\s+and\s+(?:then\s+)?)?(?:machine[- ]|automatically\s+|ai[- ])?translated\b",
    re.I,
)


@rule("translation_note", "chrome")
def translation_note(doc: Doc) -> None:
    """An outlet's note that the article was translated ('This article was originally written in Korean and
    translated by …'): furniture, not the article, like a contributor line."""
    _line_rule(doc, "translation_note", TRANSLATION_NOTE_RE, 600, keys("translated"), 0)


SYNDICATION_RE = re.compile(
    r"^\W*(?:this\s+(?:article|story|piece|post|report)\s+(?:was\s+|is\s+)?|it\s+was\s+)?"
    r"(?:(?:originally|first)\s+(?:published|appeared|ran)|(?:re)?published\s+with\s+(?:the\s+)?permission|"
    r"reprinted\s+with\s+(?:the\s+)?permission)\s+(?:on|in|by|at|of|from)\s+"
    r"(?P<name>(?:the\s+)?(?-i:[A-Z][\w&'’-]*(?:\s+(?:[A-Z&][\w&'’-]*|(?:of|and)(?=\s+[A-Z]))){0,4}))",
    re.I,
)


SYNDICATED_ON_RE = re.compile(r"\s+on\s+(?P<date>[^.!?]{6,40}?\d{4})\b")
# the opening of an article sentence about an older text, not a note: the name, its year, a comma and the sentence's
# own subject ('First published by the Drainage Board in 1974, the report ran to 212 pages …')
SYNDICATION_PROSE_RE = re.compile(
    r"\s+(?:in|on)\s+[^,.;!?]{0,30}?\b(?:1[5-9]|20)\d\d\s*,\s+(?:the|its|this|that|these|those|his|her|their|a|an)\s+\w",
    re.I,
)


# a copy's source line naming the original outlet, in English or a portal's language: 'Source: The X Examiner',
# 'Bron: …' (Dutch), 'Quelle: …', 'Fuente: …', 'Fonte: …', 'Källa: …', 'Kilde: …' (a name ending in an outlet word,
# so that a chart's 'Source: Office for National Statistics' is not one)
SOURCE_LINE_RE = re.compile(
    r"^\W{0,2}(?:source|bron|quelle|fuente|fonte|källa|kilde)\s*:\s*"
    r"(?P<name>(?-i:(?:The\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z&][\w&'’-]*){0,4}))\W{0,2}$",
    re.I,
)


@rule("syndication_note", "metadata")
def syndication_note(doc: Doc) -> None:
    """'This article was originally published by The X': the name of the original outlet (the line itself is
    left to the other rules: it tells the reader where the article comes from). A source line that only names
    the outlet ('Source: The X Examiner', 'Bron: …') names it too, and goes."""
    from builder.extract.metadata import OUTLET_SUFFIXES

    for u in doc.units:
        if (
            u.rule is None
            and len(u.text) <= 80
            and (m := SOURCE_LINE_RE.match(u.plain.strip()))
            and m["name"].split()[-1].lower() in OUTLET_SUFFIXES
        ):
            doc.hints.setdefault("source_original", m["name"])
            doc.remove(u, "syndication_note")
    for i, u in enumerate(doc.units):
        if u.rule is None and len(u.text) <= 300 and ("publish" in u.low or "print" in u.low or "appeared" in u.low):
            m = SYNDICATION_RE.search(u.plain)
            if m and not SYNDICATION_PROSE_RE.match(u.plain, m.end()):
                # ('first appeared in the X Gazette's weekend edition': the outlet's name ends at its possessive)
                name = re.split(r"[’']s(?![\w’'])", m["name"], maxsplit=1)[0].strip(" .,")
                if name[:4].lower() == "the ":
                    name = "The " + name[4:]
                doc.hints.setdefault("source_original", name)
                # '… by the X on 5 November 2025.': the original's date (a republication date after it is not)
                if (on := SYNDICATED_ON_RE.match(u.plain, m.end())) and (found := find_date(on["date"])):
                    doc.hints.setdefault("dates", []).append((i, "published", found[1]))
