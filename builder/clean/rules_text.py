"""Normalisation rules (on the whole text) and the PDF rules (page furniture, hard wraps)."""

from __future__ import annotations

import re
from collections import Counter

from builder.clean.doc import Doc, Unit, boxes_under_headings
from builder.clean.ruler import rule
from builder.clean.text import FUNCTION_WORDS, TERMINAL, normalise, unescape_entities


@rule("normalise_text", "normalise")
def normalise_text(doc: Doc) -> None:
    """CRLF, NFC, no-break spaces, PDF ligatures, zero-width characters, soft hyphens, a blank margin set before
    every line (a layout-preserving PDF extraction) and two spaces after every sentence's end (typewriter style)."""
    doc.text = normalise(doc.text)


@rule("html_entities", "normalise")
def html_entities(doc: Doc) -> None:
    """Literal HTML entities (&amp; &#8217; ...) in pasted text become their characters."""
    doc.text = unescape_entities(doc.text)


def build_units(doc: Doc) -> None:
    """One unit per non-blank line; ``gap`` counts the blank lines before it. A paste with two or more blank lines
    wherever it has any (some browsers and editors double every paragraph break) has its gaps made as if it had one:
    the rules read a gap of 0, 1 or more, not the pasting program's spacing."""
    gap = 0
    units: list[Unit] = []
    for line in doc.text.split("\n"):
        if not line.strip():
            gap += 1
            continue
        units.append(Unit(text=line.rstrip(), gap=gap, indent=line[:1] == " " and line[1:2] != " "))
        gap = 0
    least = min((u.gap for u in units[1:] if u.gap), default=1)
    if least > 1:
        for u in units[1:]:
            if u.gap:
                u.gap -= least - 1
    doc.units = units


PAGE_RE = re.compile(
    r"(?:\bPage\s+\d+(?:\s*(?:of|/)\s*\d+)?\s*$)|(?:^\s*[-–—]?\s*\d{1,3}\s*[-–—]?\s*$)|(?:^\s*\d{1,3}\s*/\s*\d{1,3}\s*$)"
    r"|(?:^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}\s*(?:[AP]M)?\s+\S.*$)|(?:^https?://\S+\s+\d{1,3}/\d{1,3}\s*$)",
    re.I,
)
# a browser print's header: the print date and time, then the page's <title> ('11/3/25, 2:05 PM    Headline | Outlet')
BROWSER_HEAD_RE = re.compile(
    r"^\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}\s*(?:[AP]M)?\s{2,}(?P<title>\S.*\S)\s*$", re.I
)
# a browser print's header the other way round (Firefox): the page's <title>, then across the page its address — also
# a reader view's 'about:reader?url=https%3A%2F%2F…', cut with '…' ('Headline | Outlet        about:reader?url=…')
BROWSER_URL_HEAD_RE = re.compile(
    r"^(?P<title>\S.{8,200}?\S)\s{4,}(?:about:reader\?url=)?https?(?::|%3A)(?://|%2F%2F)\S+$", re.I
)
# a browser's window title over a print, the page's <title> and the browser's name ('Headline | Outlet – Mozilla
# Firefox'): a print header, and the page's title
BROWSER_WINDOW_RE = re.compile(
    r"^(?P<title>\S.{8,200}?\S)\s+[–—-]\s+(?:Mozilla\s+Firefox|Google\s+Chrome|Chromium|Microsoft\s+Edge|Safari|Opera|"
    r"Brave|Vivaldi)$"
)
# a browser's print stamp in a running header or footer ('14/11/2025, 10:02', '11/3/25, 2:05 PM'): the day the page
# was printed, not the article's date
PRINT_STAMP_RE = re.compile(r"(?:^|\s{2,})\d{1,2}/\d{1,2}/\d{2,4},\s+\d{1,2}:\d{2}(?:\s*[AP]M)?(?:\s{2,}|$)", re.I)
# ('Page 1 of 3' as the first or last cell of a line with a print stamp)
STAMP_PAGE_RE = re.compile(
    r"^\s*page\s+\d{1,3}\s*(?:of|/)\s*\d{1,3}\s{2,}|\s{2,}page\s+\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*$", re.I
)
# a print page's jump line: 'See BRIDGE on A9', 'Continued on A6', 'Turn to FERRY, Page 8' at the foot of a page,
# 'BRIDGE | From A7', 'FERRY: Continued from Page 1' atop the next (the slug word in capitals, a page number); an
# e-paper's short forms without a slug: 'Cont’d on p9', 'Cont. from p.7', 'Continued from page 7'
JUMP_RE = re.compile(
    r"^\W{0,2}(?:(?:see|turn\s+to|continued\s+on|cont(?:['’]?d|\.)\s+on)\s+"
    r"(?:[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]{2,})?\s*,?\s+(?:on\s+)?)?"
    r"(?:page\s+|p\.?\s?)?[A-Z]?\d{1,3}|"
    r"(?:continued|cont(?:['’]?d|\.))\s+from\s+(?:page\s+|p\.?\s?)?[A-Z]?\d{1,3}|"
    # 'FROM PAGE ONE' (the front page by its word)
    r"(?:continued\s+)?from\s+page\s+(?:one|front)|"
    r"[A-Z][A-Z'’-]{2,}(?:\s+[A-Z][A-Z'’-]{2,})?\s*[|:—–-]?\s*(?:continued\s+)?from\s+(?:page\s+)?[A-Z]?\d{1,3})\W{0,2}$",
    re.I,
)
# a word processor's file-name field in a print's footer: the document's path ('C:\Users\…\story-FINAL-v3.docx',
# '/Users/…/story.odt'), alone on a line
FILE_PATH_RE = re.compile(
    r"^(?:[A-Z]:\\|\\\\|~?/)(?:[^\\/\n]{1,80}[\\/]){1,12}[^\\/\s][^\\/\n]{0,100}\.(?:docx?|odt|rtf|pages|wpd)$", re.I
)
# a running head set with narrower gaps: the page number at one end, three spaces or more between its cells, a
# year in a cell ('4   THE OUTLET   Tuesday, March 10, 2026', 'The Outlet   March 10, 2026   5'); the date_line rule
# removes it (later), so it only marks the top of a jump page here
NARROW_GAP_HEAD_RE = re.compile(
    r"^(?:\d{1,3}\s{3,}\S.{0,70}?\S\s{3,}\S.{0,40}?\b(?:19|20)\d\d|\S.{0,70}?\S\s{3,}\S.{0,40}?\b(?:19|20)\d\d\s{3,}\d{1,3})$"
)
DIGITS_RE = re.compile(r"\d+")
WIDE_GAP_RE = re.compile(r"\S\s{4,}\S")
DATE_OR_PAGE_RE = re.compile(
    r"\b(?:19|20)\d{2}\b|\bpage\s+\d|\b\d{1,3}\s*(?:/|of)\s*\d{1,3}\s*$|\S\s{4,}\d{1,3}\s*$|^\s*\d{1,3}\s{4,}\S", re.I
)


@rule("pdf_page_furniture", "pdf")
def pdf_page_furniture(doc: Doc) -> None:
    """PDF page headers/footers: 'Page n of m', bare page numbers, print headers, lines repeated per page (with a
    number in them, or cells spread across the page width: a running header's second line 'Headline   domain')."""
    wrapped = doc.hints["wrapped"] = _wrapped(doc)
    shapes = (
        Counter(DIGITS_RE.sub("#", u.text.strip()) for u in doc.units if len(u.text) < 160) if wrapped else Counter()
    )
    # a running head's cells in either order: the left page's 'OUTLET      Section' is the right page's 'Section
    # OUTLET' (a magazine's mirrored heads)
    mirrored = (
        Counter(_cells(u.text) for u in doc.units if len(u.text) < 160 and WIDE_GAP_RE.search(u.text))
        if wrapped
        else Counter()
    )
    prev = None
    for k, u in enumerate(doc.units):
        t = u.text.strip()
        edge_digit = bool(t) and (t[-1].isdigit() or t[0].isdigit() or t[0] in "-–—")
        page_like = bool(len(t) < 200 and edge_digit and PAGE_RE.search(t)) or bool(
            len(t) < 60 and (t[-1:].isdigit() or FROM_PAGE_RE.match(t)) and JUMP_RE.match(t) and _jump_slug(t)
        )
        if page_like and prev is not None and _cross_reference_tail(prev, u, t):
            page_like = False
        prev = u
        if (
            not page_like
            and wrapped
            and len(t) < 200
            and WIDE_GAP_RE.search(t)
            and DATE_OR_PAGE_RE.search(t)
            and not _table_header_row(doc.units, k, shapes)
        ):
            page_like = True  # a running header/footer: cells spread across the page width, a date or page number
        if not page_like and wrapped and edge_digit and len(t) < 120 and "|" in t and PIPE_PAGE_RE.search(t):
            page_like = True  # 'OUTLET  |  26 NOVEMBER 2026  |  23': cells between bars, a page number at an end
        if not page_like and len(t) < 200 and PRINT_STAMP_RE.search(t) and STAMP_PAGE_RE.search(t):
            page_like = True  # the same print's footer: 'Page 1 of 3        14/11/2025, 10:02'
        if not page_like and len(t) < 300 and (t[1:3] == ":\\" or t[:1] in "\\/~") and FILE_PATH_RE.match(t):
            page_like = True  # 'C:\Users\…\story-FINAL.docx': the document's path in the footer
        if not page_like and len(t) < 400 and "  " in t and (url_head := BROWSER_URL_HEAD_RE.match(t)):
            page_like = True
            doc.hints.setdefault("print_page_title", url_head["title"])
        if not page_like and len(t) < 300 and (window := BROWSER_WINDOW_RE.match(t)):
            page_like = True
            doc.hints.setdefault("print_page_title", window["title"])
            doc.hints.setdefault("window_title", window["title"])
        if page_like or (
            wrapped
            and ("#" in (s := DIGITS_RE.sub("#", t)) or WIDE_GAP_RE.search(t))
            and (shapes[s] >= 2 or (WIDE_GAP_RE.search(t) is not None and mirrored[_cells(t)] >= 2))
            and not t.endswith(TERMINAL)
            and len(t) < 160
            and len(t.split()) >= 3
        ):
            doc.remove(u, "pdf_page_furniture")
            if page_like and (head := BROWSER_HEAD_RE.match(t)):
                doc.hints.setdefault("print_page_title", head["title"])
    if wrapped:
        _repeated_by_furniture(doc)
        _section_page_heads(doc)
        _jump_headline(doc)
        _header_second_line(doc)
        _first_page_header(doc)


# a weather box's heading alone on its line: 'WEATHER', 'Your weather', 'Weather today', 'Today's weather', 'FORECAST'
WEATHER_HEAD_RE = re.compile(
    r"^\W{0,2}(?:(?:your|today['’]s|local|the)\s+)?(?:weather(?:\s+(?:today|forecast|now|watch))?|forecast)\W{0,2}$",
    re.I,
)
# its lines: the day's outlook, the temperatures, the sun's and the tide's times, the page of the full forecast
WEATHER_LINE_RE = re.compile(
    r"^\W{0,2}(?:today|tonight|tomorrow|outlook|high|low|max|min|sunrise|sunset|sun\s+(?:rises|sets)|high\s+tide|"
    r"low\s+tide|wind|full\s+forecast|pollen|uv)\b|-?\d{1,2}\s?°|\b-?\d{1,2}\s?[CF]\b",
    re.I,
)


@rule("weather_box", "pdf")
def weather_box(doc: Doc) -> None:
    """A print page's weather box set beside a story ('WEATHER' / 'Today: Bright spells, showers later' / 'High 11C
    Low 4C' / 'Sunrise 6.28am   Sunset 6.03pm' / 'Full forecast: Page 23'): the page's furniture, not the article,
    though the print's text puts it between two of the story's paragraphs. The heading stands alone after a blank
    line; two or more short lines right under it (no blank line between; a line another rule removed is passed
    over), each opening on the box's words or giving a temperature, none a sentence."""
    first = doc.units[0] if doc.units else None

    def is_head(u: Unit) -> bool:
        t = u.text.strip()
        return len(t) <= 30 and (u is first or bool(u.gap)) and bool(WEATHER_HEAD_RE.match(t))

    def is_item(v: Unit) -> bool:
        w = v.text.strip()
        return len(w) <= 80 and not w.endswith((".", "!", "?")) and bool(WEATHER_LINE_RE.search(w))

    boxes_under_headings(doc, "weather_box", is_head, is_item, span=7, least=2, skip_removed=True, stop_at_gap=True)


# a running head that is only the page's section and number ('News 4', '5 News', 'World 12'): one or two words
SECTION_PAGE_HEAD_RE = re.compile(
    r"^(?:[A-Z][A-Za-z&'’]+(?: [A-Za-z&'’]+)?\s+\d{1,3}|\d{1,3}\s+[A-Z][A-Za-z&'’]+(?: [A-Za-z&'’]+)?)$"
)


# the top of a story's continuation: 'From page 1', 'Continued from page 1', 'From p. 1'
FROM_PAGE_RE = re.compile(
    r"^\W{0,2}(?:continued\s+)?from\s+(?:page\s+|p\.?\s?)(?:[A-Z]?\d{1,3}|one|front)\W{0,2}$", re.I
)
# a jump headline that quotes someone: 'Clock: ‘I would go up there tomorrow if my knees let me’' (a closing mark,
# no sentence end inside it)
QUOTED_HEAD_END_RE = re.compile(r"[^.!?,;:]['’\"”]$")


def _jump_headline(doc: Doc) -> None:
    """The short headline a paper repeats over a story's continuation ('Ferry fares' / 'From page 1'): a short line
    with no sentence end, no blank line between it and the removed 'From page N' line under (or over) it, a blank
    line on its other side — the jump page's furniture, never the text the story goes on with."""
    units = doc.units
    n = len(units)
    for i, u in enumerate(units):
        if u.rule != "pdf_page_furniture" or not FROM_PAGE_RE.match(u.text.strip()):
            continue
        over = i >= 1 and u.gap == 0 and (units[i - 1].gap >= 1 or i == 1)
        under = i + 1 < n and units[i + 1].gap == 0 and (i + 2 >= n or units[i + 2].gap >= 1)
        for k in [k for k, ok in ((i - 1, over), (i + 1, under)) if ok]:
            t = units[k].text.strip()
            if (
                units[k].rule is None
                and 0 < len(t) <= 50
                and len(t.split()) <= 6
                and t[:1].isupper()
                and not t.endswith((*TERMINAL, ",", "-"))
            ):
                doc.remove(units[k], "pdf_page_furniture")
                break
        else:
            # the jump page's headline between the page's removed running head and 'From page N', a blank line
            # between it and each: longer, and it may end in a closing quote mark ('Clock: ‘… let me’')
            k = i - 1
            t = units[k].text.strip() if k >= 1 else ""
            if (
                k >= 1
                and u.gap >= 1
                and units[k].gap >= 1
                and units[k].rule is None
                and (units[k - 1].rule is not None or NARROW_GAP_HEAD_RE.match(units[k - 1].text.strip()))
                and 0 < len(t) <= 90
                and len(t.split()) <= 14
                and t[:1].isupper()
                and (not t.endswith((*TERMINAL, ",", "-")) or QUOTED_HEAD_END_RE.search(t))
            ):
                doc.remove(units[k], "pdf_page_furniture")


def _section_page_heads(doc: Doc) -> None:
    """Running heads that are the section and the page number only ('News 4' … 'News 5' … 'News 6'): the same words
    on two or more lines standing alone, their numbers going up by one, each the paste's first line or right under
    a removed page footer (a blank line between allowed). Too short for the shape count, which wants three words."""
    units = doc.units
    found: dict[str, list[tuple[int, int]]] = {}
    for i, u in enumerate(units):
        t = u.text.strip()
        if u.rule is None and len(t) <= 30 and SECTION_PAGE_HEAD_RE.match(t):
            num = int(DIGITS_RE.search(t).group())  # type: ignore[union-attr]
            found.setdefault(DIGITS_RE.sub("#", t), []).append((i, num))
    for at in found.values():
        nums = [n for _, n in at]
        if len(at) < 2 or any(b != a + 1 for a, b in zip(nums, nums[1:], strict=False)):
            continue
        first = next((k for k, v in enumerate(units) if v.rule is None), -1)
        if all(
            (i == first or (i > 0 and units[i - 1].rule == "pdf_page_furniture"))
            and (i + 1 >= len(units) or units[i + 1].gap >= 1)
            for i, _ in at
        ):
            for i, _ in at:
                doc.remove(units[i], "pdf_page_furniture")


def _table_header_row(units: list[Unit], k: int, shapes: Counter[str]) -> bool:
    """A table's header row whose cells are years ('Route        2025        2026'): printed once, with the table's
    rows right under it (no blank line), each of as many cells spread apart — not a running header, which stands
    apart from the text."""
    t = units[k].text.strip()
    if shapes[DIGITS_RE.sub("#", t)] >= 2 or k + 2 >= len(units):
        return False
    cells = len(re.split(r"\s{4,}", t))
    rows = units[k + 1 : k + 3]
    return cells >= 3 and all(
        v.gap == 0 and len(re.split(r"\s{4,}", v.text.strip())) == cells and not v.text.strip().endswith(TERMINAL)
        for v in rows
    )


def _cells(t: str) -> tuple[str, ...]:
    """A line's cells spread across the page width, digits as '#', in sorted order."""
    return tuple(sorted(DIGITS_RE.sub("#", c) for c in re.split(r"\s{4,}", t.strip())))


def _jump_slug(t: str) -> bool:
    """A jump line's slug word is written in capitals ('See BRIDGE on A9'), or there is none ('Continued on A6')."""
    words = re.findall(r"[A-Za-z'’-]{3,}", t)
    skip = ("see", "turn", "continued", "cont", "cont'd", "cont’d", "from", "page", "one", "front")
    rest = [w for w in words if w.lower() not in skip]
    return all(w.isupper() for w in rest)


# the end of a pointer to another page, wrapped onto its own line: 'Business, page 6', 'Sport, p. 31'
CROSS_REFERENCE_TAIL_RE = re.compile(r"^[A-Z][\w&'’ ]{0,30},\s+(?:page|p\.)\s*\d{1,3}$")


def _cross_reference_tail(prev: Unit, u: Unit, t: str) -> bool:
    """'Section, page 6' right under a line that ends on a dash or a comma, no blank line between ('Inside: Headline
    —' / 'Business, page 6'): the rest of a pointer to another article in the paper, not a running footer."""
    p = prev.text.rstrip()
    return u.gap == 0 and prev.rule is None and p.endswith(("—", "–", ",")) and bool(CROSS_REFERENCE_TAIL_RE.match(t))


def _repeated_by_furniture(doc: Doc) -> None:
    """A line printed on every page next to the page's number or running header, though it reads as a sentence (a
    licence footer: 'Licensed copy for one subscriber. Printed … from outlet.example.' / 'Not for onward
    distribution.'): the same line two or more times, each time right beside a removed furniture line (or a line
    this takes), is furniture too. An article's sentences are not printed once per page."""
    units = doc.units
    counts = Counter(u.text.strip() for u in units if u.rule is None and len(u.text) < 200)
    repeated = {t for t, c in counts.items() if c >= 2 and len(t.split()) >= 3}  # (not a URL's broken halves)
    if not repeated:
        return
    changed = True
    while changed:
        changed = False
        for t in list(repeated):
            at = [i for i, u in enumerate(units) if u.rule is None and u.text.strip() == t]
            if len(at) < 2:
                repeated.discard(t)
                continue
            beside = all(
                (i > 0 and units[i - 1].rule == "pdf_page_furniture")
                or (i + 1 < len(units) and units[i + 1].rule == "pdf_page_furniture")
                for i in at
            )
            if beside:
                for i in at:
                    doc.remove(units[i], "pdf_page_furniture")
                repeated.discard(t)
                changed = True


def _header_second_line(doc: Doc) -> None:
    """A running header's second line ('Analysis: the short headline'): the same short line, with no sentence end,
    right under a removed header line on two or more pages. It is page furniture, not the article's headline (the
    print's own title block comes after it)."""
    units = doc.units

    def label(t: str) -> bool:  # a one-word section label in capitals ('LOWMARK'), set a blank line under the footer
        return t.isupper() and t.isalpha() and len(t) >= 3

    def under(i: int) -> bool:
        u = units[i]
        return units[i - 1].rule == "pdf_page_furniture" and u.rule is None and (
            u.gap == 0 or (u.gap == 1 and label(u.text.strip()))
        )

    after: Counter[str] = Counter(units[i].text.strip() for i in range(1, len(units)) if under(i))
    lines = {
        t
        for t, c in after.items()
        if c >= 2 and len(t) < 120 and not t.endswith(TERMINAL) and (len(t.split()) >= 2 or label(t))
    }
    if not lines:
        return
    for i in range(1, len(units)):
        if under(i) and units[i].text.strip() in lines:
            doc.remove(units[i], "pdf_page_furniture")


def _first_page_header(doc: Doc) -> None:
    """The print's first line when it is a page header: two or three short cells spread across the page
    ('Kolmar Review          Politics'), no sentence punctuation — printed once, so no repetition shows it."""
    first = next((u for u in doc.units if u.rule is None), None)
    if first is None or not WIDE_GAP_RE.search(t := first.text.strip()) or t.endswith(TERMINAL):
        return
    cells = re.split(r"\s{4,}", t)
    if 2 <= len(cells) <= 3 and all(len(c.split()) <= 4 and c[:1].isupper() for c in cells):
        doc.remove(first, "pdf_page_furniture")


# a photo credit alone on a line ('PHOTOGRAPH: RUTH ANDERS', 'Photo: Name'): never part of a paragraph
PRINT_CREDIT_RE = re.compile(r"^(?:photo(?:graph)?s?|picture|image|credit|foto)\s*:\s*\S", re.I)
CELL_GAP_RE = re.compile(r"\s{4,}")
# a caption's last line in a print: a sentence, then its credit ('… on Monday. Picture: Name Surname'): the caption
# ends there, whatever line comes next
CAPTION_CREDIT_END_RE = re.compile(
    r"[.!?]\s+(?:Photo(?:graph)?s?|Picture|Image|PHOTO(?:GRAPH)?|PICTURE)\s*:\s*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
    r"(?:\s*/\s*[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})?$"
)

# a caption's line ending on its credit's label, the name wrapped onto the next line ('… on Saturday. PICTURE:' /
# 'NAME SURNAME'): the name is the label's, one to four capitalised words and nothing else
CREDIT_LABEL_END_RE = re.compile(r"[.!?]\s+(?:Photo(?:graph)?s?|Picture|Image|PHOTO(?:GRAPH)?S?|PICTURE|IMAGE)\s*:$")
CREDIT_NAME_RE = re.compile(
    r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}(?:\s*/\s*[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})?$"
)


@rule("pdf_caption_cells", "pdf")
def pdf_caption_cells(doc: Doc) -> None:
    """A caption set beside its photo credit in two columns ('Barges at the quay     Photo: Name / Agency' over
    'in March.                      Agency'): a line of two cells, one a credit ('Photo: …'), and the lines of two
    cells right above and below it (no blank line between) are the caption block, never body text."""
    if not doc.hints.get("wrapped"):
        return
    units = doc.units

    def cells(u: Unit) -> list[str]:
        return CELL_GAP_RE.split(u.text.strip()) if u.rule is None else []

    for i, u in enumerate(units):
        row = cells(u)
        if len(row) != 2 or not any(len(c) < 70 and PRINT_CREDIT_RE.match(c) for c in row):
            continue
        block = [u]
        j = i - 1
        while j >= 0 and units[j + 1].gap == 0 and len(cells(units[j])) == 2:
            block.append(units[j])
            j -= 1
        j = i + 1
        while j < len(units) and units[j].gap == 0 and len(cells(units[j])) == 2:
            block.append(units[j])
            j += 1
        for v in block:
            doc.remove(v, "pdf_caption_cells")


# a page number as the first or last of three or more cells between bars, a year in another cell
PIPE_PAGE_RE = re.compile(r"^\d{1,3}\s+\|\s.*\b(?:19|20)\d{2}\b.*\|\s|\|\s.*\b(?:19|20)\d{2}\b.*\s\|\s+\d{1,3}$")
URL_LINE_RE = re.compile(r"^<?(?:https?://|www\.)\S+$")
URL_TAIL_RE = re.compile(r"(?:^|\s)<?(?:https?://|www\.)\S+$")
SOFT_HYPHEN_END_RE = re.compile(r"([^\W\d_])-$")
REAL_HYPHEN_END_RE = re.compile(r"(\d)-$")
# a number word and a unit ('two-/day', 'three-/year', 'half-/hour'): a compound, its hyphen is real; so is the
# hyphen of a number written out ('forty-/two', 'twenty-/one')
COUNT_COMPOUND_RE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
    r"hundred|thousand|million|billion|half|multi|single|double|triple)-(?:day|week|month|year|hour|minute|"
    r"second|decade|century|point|page|storey|story|seat|member|party|nation|state|way|fold|time|term|"
    r"round|stage|phase|lane|kilomet|km|metre|meter|mile|man|person|percent|per)|"
    r"\b(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b",
    re.I,
)


def _wrapped(doc: Doc) -> bool:
    units = [u for u in doc.units if u.rule is None]
    if len(units) < 6:
        return False
    widths = sorted(len(u.text) for u in units)
    width = widths[int(len(widths) * 0.9)]
    if width > 130 or width < 30:
        return False
    cont = 0
    for a, b in zip(units, units[1:], strict=False):
        if b.gap == 0 and not a.text.endswith(TERMINAL) and len(a.text) >= 0.6 * width:
            cont += 1
    # a narrow column (a newspaper's, 30-40 characters) needs more of its lines running on: short web lines
    # (menus, headline lists) must not pass for one
    if cont >= 3 and cont >= (0.2 if width >= 40 else 0.4) * len(units) and (width >= 40 or cont >= 8):
        doc.hints["width"] = width
        return True
    if cont >= 2 and width >= 40 and _running_footers(units):
        # a short print (two or three paragraphs over two pages): too few wrapped lines to count, but its pages'
        # running footers ('Field Notes · No. 88 · 3 March 2025 · 5' … '· 6') show it is one
        doc.hints["width"] = width
        return True
    return False


def _running_footers(units: list[Unit]) -> bool:
    """Two or more lines set apart (a blank line above), of three words or more with a year or 'page' in them and no
    sentence end, the same but for their last number, which goes up by one: a print's running footer or header on
    each page ('Field Notes · No. 88 · 3 March 2025 · 5' … '· 6')."""
    seen: dict[str, list[list[str]]] = {}
    for u in units:
        t = u.text.strip()
        if (
            u.gap >= 1
            and len(t) < 160
            and len(t.split()) >= 3
            and not t.endswith(TERMINAL)
            and t[-1:].isdigit()
            and FOOTER_MARK_RE.search(t)
        ):
            seen.setdefault(DIGITS_RE.sub("#", t), []).append(DIGITS_RE.findall(t))
    for nums in seen.values():
        if len(nums) >= 2 and all(
            a[:-1] == b[:-1] and int(b[-1]) == int(a[-1]) + 1 for a, b in zip(nums, nums[1:], strict=False)
        ):
            return True
    return False


# a running footer's year or page label
FOOTER_MARK_RE = re.compile(r"\b(?:19|20)\d\d\b|\bpage\b|\bp\.\s?\d", re.I)


def _stands_alone(line: str) -> bool:
    """A byline or date line inside wrapped text is its own line, never part of a paragraph."""
    from builder.clean.rules_meta import _is_date_line
    from builder.extract.metadata import parse_byline

    return len(line) <= 100 and (_is_date_line(line) or parse_byline(line) is not None)


def join_kind(a: str, b: str, hyphenated: set[str]) -> str:
    """How two wrapped lines meet: " " (a plain wrap), "" (a real hyphen: 28-/point) or "drop" (a soft
    hyphen: nego-/tiators). ``a`` and ``b`` are the two lines, stripped."""
    if (
        URL_TAIL_RE.search(a)
        and b[:1].isalnum()
        and (a.endswith(("-", "/", "_", ".", "=", "&", "?")) or URL_REST_RE.match(b))
    ):
        return ""  # a URL broken over two lines (anywhere in a word): its pieces meet without a space
    if a.endswith("-") and len(a) > 1 and a[-2] not in " -":
        if (
            REAL_HYPHEN_END_RE.search(a)
            or b[:1].isupper()
            or COUNT_COMPOUND_RE.search(f"{a[-12:]}{b[:12]}")
            or COMPOUND_RE.search(f"{a[-8:]}{b[:12]}")
            or ORDINAL_COMPOUND_RE.search(f"{a[-9:]}{b[:12]}")
            or COMPOUND_TAIL_RE.search(f"{a[-16:]}{b[:16]}")
            or NOUN_TAIL_RE.search(f"{a[-16:]}{b[:16]}")
            or LINKED_COMPOUND_RE.search(a[-24:])
            or PARTICLE_COMPOUND_RE.search(f"{a[-16:]}{b[:4]}")
        ):
            return ""
        left = re.search(r"(\w+)-$", a)
        right = re.match(r"\w+", b)
        if left and right and f"{left.group(1)}-{right.group(0)}".lower() in hyphenated:
            return ""
        if (
            left
            and right
            and left.group(1).lower() in HYPHEN_PREFIXES
            and any(f"={right.group(0)}{plural}" in hyphenated for plural in ("", "s", "es"))
        ):
            # 'pre-/trial' where the text has 'trial' on its own: a prefix compound; also where it has the word's
            # plural only ('post-/shift' in a text with 'night shifts')
            return ""
        return "drop" if SOFT_HYPHEN_END_RE.search(a) else ""
    return " "


def join_hyphen(a: str, b: str, hyphenated: set[str]) -> str:
    """Join two wrapped lines: a soft line-end hyphen is dropped, a real one (28-/point) kept."""
    a, b = a.rstrip(), b.lstrip()
    kind = join_kind(a, b, hyphenated)
    return a[:-1] + b if kind == "drop" else a + kind + b


HYPHENATED_RE = re.compile(r"\b\w+-\w+\b")
# prefixes written with a hyphen before a whole word ('pre-trial', 'post-election', 'anti-aircraft', 'semi-final'),
# and the words of five or more lower-case letters a text has on their own ('=trial' in a join's word set): a
# line-end 'pre-' before such a word keeps its hyphen ('pre-/sident' does not: 'sident' is no word of the text)
HYPHEN_PREFIXES = frozenset(("pre", "post", "anti", "semi"))
WORD_ALONE_RE = re.compile(r"(?<![\w-])(?<!-\n)(?<!-\n )[a-z]{5,}(?![\w-])")  # (not the rest of a broken word)
# the rest of a URL alone on the next line: one token of URL characters with a '-' or '/' in it
URL_REST_RE = re.compile(r"^[\w.~%+=&?#]*[-/][\w\-./~%+=&?#]*$")
# words that start compounds ('long-/term', 'high-/voltage', 'cross-/border', 'non-/negotiable', 'foreign-/policy'),
# before a word of four or more letters: the break falls on a real hyphen
COMPOUND_RE = re.compile(
    r"\b(?:long|short|well|high|low|self|cross|half|full|large|wide|far|non|foreign)-[a-z]{4,}", re.I
)

# an ordinal before a word ('sixth-/former', 'first-/time', 'third-/party', 'second-/hand'): a compound's hyphen — an
# ordinal is no syllable a print breaks off ('second-/ary' is: 'ar…' is left out)
ORDINAL_COMPOUND_RE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth)-(?!ar)[a-z]{4,}", re.I
)

# a word's start that is no bound prefix before its hyphen ('un-/related', 're-/elected' break soft): a compound's
# left part
_NO_BOUND_PREFIX = r"(?<![\w-])(?!(?:un|re|de|dis|mis|in|im|ex|sub|over|under|out|with|up)-)"

# words that end compounds after a noun or a name ('euro-/denominated', 'state-/owned', 'Tarn-/based', 'Russian-/
# speaking'): the break falls on a real hyphen, unless the left part is a bound prefix ('un-/related' is soft)
COMPOUND_TAIL_RE = re.compile(
    rf"{_NO_BOUND_PREFIX}[^\W\d_]{{3,}}-(?:denominated|based|backed|"
    r"owned|funded|controlled|occupied|speaking|linked|oriented|sponsored|affiliated|registered|flagged|"
    # a noun and an -ing word made an adjective ('confidence-/building', 'power-/sharing', 'fact-/finding',
    # 'water-/dropping', 'decision-/making', 'record-/breaking', 'load-/bearing', 'life-/saving')
    r"building|sharing|finding|dropping|making|breaking|bearing|saving|carrying|"
    # a noun and a past participle of harm ('storm-/damaged', 'flood-/hit', 'drought-/stricken', 'war-/ravaged')
    r"damaged|hit|stricken|ravaged|battered|affected|"
    # a noun and a participle of how a thing is made or run ('hand-/fed', 'horse-/drawn', 'solar-/powered')
    r"fed|built|drawn|powered|operated|picked)\b",
    re.I,
)


# a noun and a participle of what fire, weather or war did to a thing ('fire-/gutted', 'smoke-/blackened',
# 'rain-/soaked', 'war-/scarred'), and a noun of five or more letters before '-style' ('telegram-/style',
# 'village-/style'; 'life-/style', 'free-/style', 'hair-/style' are closed words a print may break there): the break
# falls on the compound's hyphen. No bound prefix on the left ('un-/scarred' is soft).
NOUN_TAIL_RE = re.compile(
    rf"{_NO_BOUND_PREFIX}(?:[^\W\d_]{{3,}}-(?:gutted|blackened|scarred|"
    r"soaked|scorched|ruined)|[^\W\d_]{5,}-style)\b",
    re.I,
)


# a compound linked by a small word, broken after the link ('commander-in-/chief', 'state-of-the-/art',
# 'face-to-/face'): the break falls on the compound's own hyphen
LINKED_COMPOUND_RE = re.compile(r"[^\W\d_]{2,}-(?:in|of|to|the|and|by|at|on|for|or|a)-$", re.I)


# a verb and its particle made a noun ('shake-/up', 'run-/up', 'sit-/in', 'add-/on'): a word of two letters alone on
# the next line is no syllable a print would break off, and these three are the particles such nouns end in
PARTICLE_COMPOUND_RE = re.compile(r"(?<![\w-])[a-z]{3,}-(?:up|in|on)(?![\w'’])")


def _title_case(line: str) -> bool:
    """Every word of four or more letters capitalised ('Meridian Pact Plan but Warns Orvania')."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) >= 4]
    return bool(words) and all(w[0].isupper() for w in words)


def _short_line_goes_on(a: str, b: str) -> bool:
    """Whether a line much shorter than the print width still goes on on the next line ``b``: only when the
    next line starts in lower case, the short one stops on a function word, a comma or a hyphen, or both are
    parts of a title-case headline. Otherwise the short line ended its block (a section label, a headline
    over its standfirst, a byline over the author's role)."""
    a = a.strip()
    if WIDE_GAP_RE.search(a) or WIDE_GAP_RE.search(b):
        return False  # cells of a menu or a table row
    if b[:1].islower() or a.endswith((",", "-")):
        return True
    last = a.rsplit(None, 1)[-1] if a else ""
    if last in FUNCTION_WORDS:
        return True
    return _title_case(a) and _title_case(b) and not a.isupper() and not b.isupper()


# a line opening on a lower-case word (not a domain or a handle: 'site.example', 'name@…')
LOWER_WORD_START_RE = re.compile(r"[a-z]+[,;]?\s")
# a citation mark glued after a sentence's end ('alone.[1]', 'alone.¹')
CITATION_END_RE = re.compile(r"(?<=[.!?”\"’])(?:\[\d{1,3}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})$")
# a footnote ('[1] Source, …', '² Source, …' with a superscript mark) or a numbered list item ('2. Two more …') at a
# line's start
ITEM_START_RE = re.compile(r"^(?:\[\d{1,3}\]|\d{1,2}\.|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})\s+[A-Z“\"‘]")
# a bulleted list item at a line's start ('• Evacuate now: …', '▪ Road closed …')
BULLET_START_RE = re.compile(r"^[•▪●◦‣]\s+\S")
# a timeline entry: a date (year, month and year, or day, month and year) and a dash before its text
# ('June 2024 – Engineers inspect …', '17 November 2025 — The first bus crosses.', '2023 - The bridge closes.')
TIMELINE_START_RE = re.compile(
    r"^(?:(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d"
    r"\s+[–—-]\s+[A-ZÀ-ÖØ-Þ“\"‘]"
)


def _ends_paragraph(last: str, line: str, width: int) -> bool:
    """Whether ``last`` (the block's last line so far) ended its paragraph before ``line``: a short line that
    ends a sentence (a citation mark after it does not count), or any sentence end before a footnote or a
    numbered item or a timeline entry ('June 2024 – …'); any line before a bulleted item ('• Evacuate now: …'), whose
    marker never falls inside a wrapped sentence."""
    if BULLET_START_RE.match(line):
        return True
    if not last.endswith(TERMINAL) or (last.endswith(":") and line[:1].islower()):
        return False  # a colon before a lower-case line: the sentence (or a two-line headline) goes on
    return (
        len(CITATION_END_RE.sub("", last)) < 0.7 * width
        or bool(ITEM_START_RE.match(line))
        or bool(TIMELINE_START_RE.match(line))
        or _word_would_fit(last, line, width)
    )


def _word_would_fit(last: str, line: str, width: int) -> bool:
    """In a narrow newspaper column (under 50 characters), a line that ends a sentence although the next line's
    first word would have fitted after it stopped early: the paragraph's last line ('brought forward to the
    spring.' over '“I am not going …' in a 38-character column). In a wrapped paragraph the next word never fits."""
    if width >= 50 or not line.split():
        return False
    return _set_width(last) + 1 + len(line.split()[0]) <= width


def _set_width(line: str) -> float:
    """A line's width in average characters as a proportional font sets it: a capital is about one and a half
    lower-case letters wide, a capital 'W' or 'M' nearly two ('in 1953, RNAS and WO files show.' fills a column that
    its 32 characters would not) — so a line dense with capitals is full although it counts few characters."""
    caps = sum(1 for c in line if c.isupper() and c != "I")
    wide = sum(1 for c in line if c in "WM")
    return len(line) + 0.6 * caps + 0.4 * wide


# a table's row: a label, a colon, then figures ('Men's eights: 1 Club 14:02.6; 2 Club 14:09.1', 'Turnout: 61%')
TABLE_ROW_RE = re.compile(r"^[A-Z][\w'’.&/ -]{0,30}:\s+(?=(?:\D*\d+){2})(?!.*[.!?]\s+[A-Z]).*$")


def _rows_of_a_table(a: str, b: str, lines: int) -> bool:
    """Whether ``a`` (a block's only line so far) and ``b`` are two rows of one table, each 'Label: figures', with
    figures in both and no sentence end: rows set one under the other, not a paragraph wrapped over two lines."""
    return (
        lines == 1
        and bool(TABLE_ROW_RE.match(a))
        and bool(TABLE_ROW_RE.match(b))
        and not a.endswith(TERMINAL)
        and not b.endswith(TERMINAL)
    )


def _name_line_over_byline(a: str, b: str, after: str) -> bool:
    """Whether ``b`` is a short name line of its own between a sentence-case headline ``a`` and a byline or date
    line ('Kolmar says the lists are ready, Tarn says half are missing' / 'The Kolmar Review' / 'By Name'): the
    outlet's name, not the headline's last words (a title-case headline's wrap keeps going on: both lines are
    title case; a headline in capitals goes on in capitals)."""
    words = b.split()
    return (
        1 <= len(words) <= 5
        and not b.endswith(TERMINAL)
        and all(w[:1].isupper() or w.lower() in ("of", "and", "the", "&") for w in words)
        and (not _title_case(a) or (a.isupper() and not b.isupper()))
        and not a.endswith((",", "-"))
        and a.rsplit(None, 1)[-1] not in FUNCTION_WORDS
        and not CREDIT_LABEL_END_RE.search(a)  # (a caption's credit label over its photographer's name)
        and _stands_alone(after.strip())
    )


def _verse_lines(units: list[Unit], width: int) -> set[int]:
    """A poem's lines quoted in a wide print: a block of three or more lines, every one of them shorter than 60% of
    the print's width, right after a kept line of the article that ends with a colon ('… has the poem as she wrote
    it:' / 'The sea comes in to say hello,' / 'the sea goes out again,' / …). A paragraph's wrap fills the line;
    these stop short because the poem's lines end there, so each line stays its own paragraph. (In a narrow column
    every line is short: not looked for under a width of 60.)"""
    verse: set[int] = set()
    if width < 60:
        return verse
    k = 1
    while k < len(units):
        u, before = units[k], units[k - 1]
        if u.gap == 0 or before.rule is not None or not before.text.rstrip().endswith(":"):
            k += 1
            continue
        j = k
        while j < len(units) and (j == k or units[j].gap == 0) and units[j].rule is None:
            j += 1
        block = units[k:j]
        if len(block) >= 3 and all(0 < len(v.text.strip()) < 0.6 * width for v in block):
            verse.update(id(v) for v in block[1:])
        k = max(j, k + 1)
    return verse


@rule("pdf_reflow", "pdf")
def pdf_reflow(doc: Doc) -> None:
    """Hard-wrapped text (PDF prints): join the lines of each block into one paragraph, repairing hyphens."""
    if not doc.hints.get("wrapped", _wrapped(doc)):
        return
    doc.wrapped = True
    hyphenated = {m.group(0).lower() for m in HYPHENATED_RE.finditer(doc.text)}
    hyphenated.update("=" + w for w in WORD_ALONE_RE.findall(doc.text))
    out: list[Unit] = []
    parts: list[list[str]] = []  # the lines of each output unit, joined once at the end (no quadratic copying)
    width = doc.hints.get("width", 90)
    # a paragraph's first line indented further than the text's usual margin starts a new block
    margins = Counter(len(u.text) - len(u.text.lstrip()) for u in doc.units if u.rule is None)
    margin = margins.most_common(1)[0][0] if margins else 0
    alone = False
    units = doc.units
    verse = _verse_lines(units, width)
    for k, u in enumerate(units):
        prev = out[-1] if out else None
        line = u.text.strip()
        # an indented line (a new text object) goes on only after an indented line that runs on into it
        # (a headline's lines, each its own object; the first may be set in by more than one space)
        # (or any line before it that stops mid-sentence when the indented line opens on a lower-case word: a
        # paragraph or a headline never starts with one, 'Votes Through a Budget Cut' / ' for the Coming Year')
        runs_on = (
            u.indent
            and prev is not None
            and (
                prev.indent
                or prev.text[:1] == " "
                or (bool(LOWER_WORD_START_RE.match(line)) and not parts[-1][-1].endswith(TERMINAL))
            )
            and _short_line_goes_on(parts[-1][-1], line)
        )
        credit = len(line) < 70 and bool(PRINT_CREDIT_RE.match(line))
        was_alone, alone = alone, credit or _stands_alone(line)
        if credit and parts and len(parts[-1]) >= 3 and parts[-1][-1][:1] == " " and parts[-1][-1].endswith(TERMINAL):
            # a one-line caption the layout set inside a paragraph, above its credit ('… in 2024 and' / 'Name in her
            # kitchen.' / 'PHOTOGRAPH: NAME' / 'stayed on …'): it is a unit of its own, not the paragraph's end
            cap = parts[-1].pop()[1:]
            if not parts[-1][-1].endswith(TERMINAL):
                out.append(Unit(text=cap, gap=0))
                parts.append([cap])
            else:
                parts[-1].append(" " + cap)
        # a paragraph's last line: short, and ending a sentence (paragraphs without blank lines between them); a
        # citation mark after the full stop ('alone.[1]') is not text; a footnote or list item starts a block
        ended = bool(parts) and (
            _ends_paragraph(parts[-1][-1], line, width) or bool(CAPTION_CREDIT_END_RE.search(parts[-1][-1]))
        )
        # two rows of a table, each its own paragraph; main_text counts them as neutral, like a web table's rows
        rows = prev is not None and _rows_of_a_table(parts[-1][-1], line, len(parts[-1]))
        if rows and prev is not None:
            for v in (prev, u):
                v.tag = v.tag or "table_row"
        indented = margin < len(u.text) - len(u.text.lstrip()) <= margin + 8 and not runs_on
        if (
            prev is not None
            and not alone
            and not was_alone
            and not ended
            # a blank line after a word broken by a hyphen before a lower-case line: a column break ('engi-' /
            # blank / 'neers' in an e-paper's flattened columns), not a paragraph's end
            and (u.gap == 0 or (u.gap == 1 and line[:1].islower() and SOFT_HYPHEN_END_RE.search(parts[-1][-1])))
            and not (u.indent and not runs_on)
            and not indented
            and not line.startswith(("©", "Copyright ", "(c) "))  # a rights line is never a sentence's end
            and (len(parts[-1][-1]) >= 0.6 * width or _short_line_goes_on(parts[-1][-1], line))
            and prev.rule is None
            and u.rule is None
            # a colon ends a list's lead-in, unless the sentence goes on (lower case) or a quote follows, or a
            # caption's credit label ends the line and the photographer's name is the next ('… uniforms. PICTURE:' /
            # 'NAME SURNAME')
            and not (
                parts[-1][-1].endswith(":")
                and not (line[:1].islower() or line[:1] in '"“‘«„')
                and not (CREDIT_LABEL_END_RE.search(parts[-1][-1]) and CREDIT_NAME_RE.match(line))
            )
            and not URL_LINE_RE.match(line)
            and not URL_LINE_RE.match(parts[-1][-1])
            and not _name_line_over_byline(parts[-1][-1], line, units[k + 1].text if k + 1 < len(units) else "")
            and not rows
            and prev.tag != "table_row"  # (a table's last row ends its block too)
            and id(u) not in verse  # (a poem's line: its own paragraph)
        ):
            kind = join_kind(parts[-1][-1], line, hyphenated)
            if kind == "drop":
                parts[-1][-1] = parts[-1][-1][:-1]
                parts[-1].append(line)
            else:
                parts[-1].append(kind + line)
            continue
        out.append(u)
        parts.append([u.text.rstrip() if u.indent else line])
    for unit, lines in zip(out, parts, strict=True):
        if len(lines) > 1:
            unit.text = "".join(lines)
    doc.units = out
