"""Metadata rules: they recognise the original URL, byline, date line and headline, record them
as hints for builder.extract.metadata, and remove those lines from the body."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from builder.clean.doc import Doc, Unit, keys
from builder.clean.ruler import rule
from builder.clean.rules_teasers import TAIL_RE
from builder.clean.rules_text import PRINT_STAMP_RE
from builder.clean.text import BARE_URL_LINE_RE, TERMINAL, URL_RE, collapse, headline_like, nwords, plain
from builder.extract.metadata import (
    BYLINE_DATED_RE,
    HEADER_OUTLET_RE,
    NAME,
    OUTLET_SUFFIXES,
    ROLE_END_RE,
    ascii_digits,
    bare_name,
    bare_names,
    find_date,
    followed_outlet,
    is_outlet_name,
    is_section_label,
    is_social,
    kiosk_header_names,
    long_years,
    parse_byline,
    unmark,
)

URL_LABEL_RE = re.compile(
    r"^\W*(?:original\s+(?:url|link|article|story|address|web\s+address)|source(?:\s+(?:url|link))?|(?:article|story|page|web|canonical)\s+(?:web\s+)?(?:url|link|address)|url|link|permalink|"
    r"canonical(?:\s+(?:url|link|address))?|read\s+(?:it\s+|this\s+)?online|(?:web|online|digital)\s+(?:version|edition)|"
    # 'Permanent link:', 'Stable address of this story:' (a live entry's 'Link to this update' is a share button)
    r"(?:permanent|stable)\s+(?:url|link|address)(?:\s+(?:of|to|for)\s+(?:this|the)\s+(?:article|story|page|report))?|"
    # a print page's address after 'Web:' or 'Online:' on the same line
    r"(?:web|online)(?=\s*:\s*https?://)|"
    # ('Direct link to this article:'; a print's 'This story on the web: <URL>')
    # ('Link to this interview:', 'Address of this feature:': the other kinds of piece a paper prints)
    r"(?:direct\s+)?link\s+to\s+(?:this|the)\s+(?:article|story|page|report|interview|feature|review|column)|"
    # 'Address of this report: <URL>', 'URL of this story:', 'Web link for this article:' (the colon required)
    r"(?:url|address|web\s+address|web\s+link|link)\s+(?:of|for)\s+(?:this|the)\s+"
    r"(?:article|story|page|report|interview|feature|review|column)(?=\s*:)|"
    # a page's copy box: "Copy this story's address: <URL>", "Copy the article's link:" (the colon required)
    r"copy\s+(?:this|the)\s+(?:article|story|page|report)['’]s\s+(?:url|link|address|web\s+address)(?=\s*:)|"
    # a print's 'Also on the parish website: <URL>' (the address on the same line)
    r"(?:also\s+)?on\s+(?:the|our)\s+(?:[\w'’-]+\s+){0,2}website(?=\s*:\s*https?://)|"
    # ('This story online: <URL>', 'Story web address:')
    r"(?:this|the)\s+(?:article|story|report|piece)\s+(?:on\s+the\s+(?:web|internet)|online)(?=\s*:)|"
    # a share sheet's text: 'Read this on the Harbour Echo: <URL>'
    r"read\s+(?:this|it)(?:\s+(?:story|article))?\s+(?:on|at|in)\s+(?:the\s+)?[\w&'’.-]+(?:\s+[\w&'’.-]+){0,4}?(?=\s*:)|"
    # a print's closing note 'This article was first published at <URL>' and a citation box's 'Cite this article:'
    r"(?:this\s+(?:article|story|report|piece)\s+was\s+)?first\s+published\s+(?:at|on)(?=\s*:?\s*https?://)|"
    r"cite\s+this\s+(?:article|story|page|report)|"
    r"originally\s+published\s+(?:at|on|by)|(?:printed|saved|downloaded|retrieved)\s+from|read\s+the\s+original(?:\s+article)?(?:\s+(?:at|here))?|"
    # an aggregator's pointer to the original: 'View original:', 'View the original story:'
    r"view\s+(?:the\s+)?original(?:\s+(?:article|story|post|report))?|"
    r"(?:read|view|find)\s+(?:this|the\s+full|the)\s+(?:story|article|report)\s+online(?:\s+at)?|"
    r"(?:(?:read|view|see)\s+(?:the\s+)?)?full\s+(?:story|article|report)(?:\s+(?:on|at)\s+[\w.-]+\.[a-z]{2,})?|"
    r"(?:this|the)\s+(?:story|article)\s+(?:is\s+)?(?:available\s+)?online\s+at)\W*:?\s*(?P<rest>\S*)\s*$",
    re.I,
)
SLUG_FRAGMENT_RE = re.compile(r"^[\w\-./%?=&#~+]+/?>?$")


def _url_of(text: str) -> str | None:
    m = URL_RE.search(text)
    return m.group(1).rstrip(">).,") if m else None


# a share sheet's text: 'Shared via Messenger: “Headline” URL', '“Headline” URL' (the quoted headline and the
# address, nothing else)
SHARE_TEXT_RE = re.compile(
    r"^\W{0,3}(?:share(?:d)?\s+(?:via|on|by|with)\s+[\w ]{2,20}:\s*)?[“\"‘'](?P<title>[^“”\"\n]{10,200}?)[”\"’']\s*"
    r"(?:[—–-]\s*)?(?P<url>https?://\S+)\s*$",
    re.I,
)


def _share_text(doc: Doc) -> None:
    """A share sheet's text after the article: its quoted headline is the title when the paste has none above
    (a guess, after the headline rules), its address the article's (after an 'Original url:' line)."""
    for u in doc.units:
        if u.rule is None and len(u.text) <= 400 and "http" in u.text and (m := SHARE_TEXT_RE.match(u.plain.strip())):
            title = collapse(m["title"])
            if not headline_like(title) or title.endswith((".", "!")):
                continue  # a quoted sentence, not a headline
            doc.hints.setdefault("share_title", title)
            doc.hints.setdefault("url_guess", m["url"].rstrip(">).,"))
            doc.remove(u, "original_url")
            return


def _link_preview(doc: Doc) -> None:
    """A link preview copied from a post or a chat: the link (maybe a share wrapper around the article's address),
    the site's domain alone on the next line ('HALLOWBYLEDGER.EXAMPLE'), then the page's title (its og:title). The
    title is used when no headline rule finds one, the address as a guessed URL; the three lines go."""
    from builder.extract.metadata import domain_of, unwrap_redirect

    units = doc.units
    for i, u in enumerate(units[:-2]):
        t = u.text.strip()
        if u.rule is not None or not BARE_URL_LINE_RE.match(t) or not (url := _url_of(t)):
            continue
        site, head = units[i + 1], units[i + 2]
        host = domain_of(unwrap_redirect(url)).lower().removeprefix("www.")
        if site.gap or head.gap or site.rule is not None or head.rule is not None:
            continue
        if site.text.strip().lower().removeprefix("www.") != host or not host:
            continue
        title = collapse(head.plain)
        if not headline_like(title) or nwords(title) < 4 or len(title) > 200 or title.endswith("."):
            continue
        doc.hints.setdefault("share_title", title)
        doc.hints.setdefault("url_guess", url)
        for v in (u, site, head):
            doc.remove(v, "original_url")
        return


@rule("original_url", "metadata")
def original_url(doc: Doc) -> None:
    """'Original url:' blocks: the URL (rejoined when split over lines, other URLs in between) is metadata; a share
    sheet's text ('Shared via X: “Headline” URL') or a link preview ('<URL>' / 'DOMAIN' / 'Title') gives a guessed
    URL and title."""
    _original_url(doc)
    _share_text(doc)
    _link_preview(doc)


# a line wholly inside quotation marks: words the article quotes ('Under every copied story it still reads:' /
# '"This article was first published at https://…"'), not the page's own label
QUOTED_LINE_RE = re.compile(r"^\s*[\"“„«‘'].*[\"”»’'][.,;:!?]?\s*$")


def _original_url(doc: Doc) -> None:
    units = doc.units
    for i, u in enumerate(units):
        m = URL_LABEL_RE.match(u.plain)
        if not m or (m["rest"] and not URL_RE.match(m["rest"])) or QUOTED_LINE_RE.match(u.plain):
            continue
        doc.remove(u, "original_url")
        url = _url_of(m["rest"]) if m["rest"] else None
        j = i + 1
        if url is None:
            while j < len(units) and j <= i + 3:
                if BARE_URL_LINE_RE.match(units[j].text.strip()):
                    url = _url_of(units[j].text)
                    doc.remove(units[j], "original_url")
                    j += 1
                    break
                j += 1
        if url is None:
            continue
        # a URL broken over lines: continuation fragments follow, possibly after other URLs
        k = j
        while k < len(units) and k <= j + 6:
            t = units[k].text.strip()
            if units[k].rule == "pdf_page_furniture":  # a page break between the halves (footer and header)
                k += 1
                continue
            if BARE_URL_LINE_RE.match(t):
                doc.remove(units[k], "original_url")
            elif SLUG_FRAGMENT_RE.match(t) and not t.startswith("http") and (url.endswith(("-", "/", "_")) or "-" in t):
                url += t.rstrip(">")
                doc.remove(units[k], "original_url")
            else:
                break
            k += 1
        doc.hints.setdefault("url", url)


def _url_continuation(doc: Doc, u: Unit) -> str:
    """The rest of a URL broken at a hyphen or slash: the first cell of the next line, which may be a page footer
    ('…-unions-map-' / 'leaves-out        1/3')."""
    k = next((k for k, v in enumerate(doc.units) if v is u), -1) + 1
    if not 0 < k < len(doc.units) or doc.units[k].rule not in (None, "pdf_page_furniture"):
        return ""
    cell = re.split(r"\s{2,}", doc.units[k].text.strip(), maxsplit=1)[0]
    slug = SLUG_FRAGMENT_RE.match(cell) and cell == cell.lower() and not cell.startswith(("http", "www."))
    return cell.rstrip(">") if slug and not cell.isdigit() and "-" in f"{u.text.strip()[-1]}{cell}" else ""


def _url_tail_later(doc: Doc, u: Unit) -> str:
    """The last path segment of a URL broken after a slash in a PDF print, found a few lines on, past article lines
    and other link lines ('…/20251128/' … 'https://…/world/' … 'committee-backs-patrols.html'): a lowercase slug
    line with two hyphens or a page extension. The fragment line is removed."""
    k = next((k for k, v in enumerate(doc.units) if v is u), -1) + 1
    for v in doc.units[k : k + 10]:
        t = v.text.strip()
        if (
            v.rule is None
            and SLUG_FRAGMENT_RE.match(t)
            and t == t.lower()
            and not t.startswith(("http", "www."))
            and (t.count("-") >= 2 or t.endswith((".html", ".htm", ".php", ".shtml")))
        ):
            doc.remove(v, "stray_url")
            return t.rstrip(">")
    return ""


def _has_path(url: str) -> bool:
    """A link with a path: a bare site root ('https://outlet.example/', the logo's link) is no article's address, nor
    is a profile page whose whole path is a handle ('https://platform.example/@name', a commenter's or writer's link;
    a post under a handle, '/@name/slug', has a path)."""
    path = urlsplit(url if "://" in url else "http://" + url).path.strip("/")
    return bool(path) and not (path.startswith("@") and "/" not in path)


def _under_share_row(doc: Doc, u: Unit) -> bool:
    """A bare link right under the article's share row ('Share this column' / 'Facebook   X   Email' / <URL>): the
    address being shared, the article's own (the share rules run later, so the row is read by its words)."""
    from builder.clean import rules_chrome as c

    k = next((k for k, v in enumerate(doc.units) if v is u), 0)
    above = [v for v in doc.units[max(0, k - 2) : k] if v.rule is None]
    return any(c.SHARE_RE.search(v.plain.strip()) for v in above) and all(v.gap <= 1 for v in doc.units[k - 1 : k + 1])


@rule("stray_url", "metadata")
def stray_url(doc: Doc) -> None:
    """Lines that are only a link (dropped into the text, or the page's own address at either end)."""
    kept = [u for u in doc.units if u.rule is None]
    n = len(kept)
    # the header: the lines before the first paragraph of prose (a forum post's link line under its title and flair)
    lead = next((k for k, v in enumerate(kept) if v.prose and len(v.text) >= 100), n)
    for i, u in enumerate(kept):
        t = u.text.strip()
        if BARE_URL_LINE_RE.match(t) or (t.startswith("[") and t.endswith(")") and "](" in t and " " not in t):
            url = _url_of(t)
            rest = ""
            if url and url.endswith(("-", "/", "_")):
                url += _url_continuation(doc, u)
            if url and url.endswith("/"):
                rest = _url_tail_later(doc, u)
                url += rest
            if url and "url" not in doc.hints and rest and not doc.hints.get("url_joined") and _has_path(url):
                doc.hints["url_guess"] = url  # the article's address split over a page break: it wins over other links
                doc.hints["url_joined"] = True
            elif (
                url
                and "url" not in doc.hints
                and not doc.hints.get("url_joined")
                and (i < 3 or i < min(lead, 12) or i >= n - 3 or _under_share_row(doc, u))
                and not is_social(url)
                and _has_path(url)
            ):
                doc.hints["url_guess"] = url
            doc.remove(u, "stray_url")


MAIL_INITIALS = frozenset("FfTtCcBbSsDdRr")
MAIL_HEADER_RE = re.compile(r"^(?:From|To|Cc|Bcc|Subject|Sent|Date|Reply-To)\s*:\s*\S", re.I)


@rule("mail_header", "metadata")
def mail_header(doc: Doc) -> None:
    """A pasted e-mail's header at the top ('From: …', 'Subject: …', 'To: …', a forwarded message's marker line):
    not the article's headline or text. The 'Date:' line's date is the article's when the article gives none (a
    dated byline or date line wins: a forwarded copy's header has the day it was forwarded)."""
    head = [(i, u) for i, u in enumerate(doc.units[:12]) if u.rule is None][:8]
    rows = [(i, u) for i, u in head if u.text[:1] in MAIL_INITIALS and MAIL_HEADER_RE.match(u.text[:200])]
    if len(rows) < 2 or not any(u.low.startswith(("from", "subject")) for _, u in rows):
        return
    for i, u in rows:
        if u.low.startswith(("date", "sent")):
            _add_date(doc, i, u.text, "mail")
        doc.remove(u, "mail_header")
    for _i, u in head:
        if u.rule is None and len(u.text) < 60 and FORWARD_RE.match(u.text.strip()):
            doc.remove(u, "mail_header")  # '---------- Forwarded message ---------' above the header


# a forwarded e-mail's marker line above its header
FORWARD_RE = re.compile(r"^(?:-{2,}\s*(?:Forwarded message|Original Message)\s*-{2,}|Begin forwarded message:)$", re.I)


BYLINE_EXTRA_RE = re.compile(r"\b\d+\s*min(?:ute)?s?\s+read\b|\bread(?:ing)? time\b", re.I)
# (a live page's 'Live since 27 November 2026, 07:30 · Most recent post …, 18:40': opened, then the last entry)
PUBLISHED_RE = re.compile(
    r"\b(?:first\s+)?(?:published|posted|erschienen|publicado|publié|pubblicato|gepubliceerd)\b|\blive\s+since\b", re.I
)
UPDATED_RE = re.compile(
    r"\b(?:updated|modified|last\s+updated|aktualisiert|atualizado|mis à jour|bijgewerkt)\b|"
    r"\b(?:most\s+recent|latest|last|newest)\s+(?:post|entry|update)\b",
    re.I,
)
TIME_RE = re.compile(r"\b\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?", re.I)
DATE_LINE_LEFTOVER_RE = re.compile(
    r"\b(?:published|posted|first|updated|last|on|at|am|pm|a\.m\.|p\.m\.|gmt|utc|et|bst|cet|cest|est|edt|pst|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"modified|date|time|and|der|die|das|am|um|de|em|le|il|às|a|the|by|live|since|most|recent|newest|latest|post|entry|"
    # 'Publié le … à 19h04 · Mis à jour il y a 3 heures', 'Gepubliceerd op 7 maart 2025 om 10:42'
    r"publié|publiée|mis|à|jour|y|heures?|minutes?|jours?|gepubliceerd|bijgewerkt|op|om)\b",
    re.I,
)


# a picture credit sharing the date line after a separator: 'Published 9 October 2025 · Photographs courtesy of the
# Hale family', '12 May 2025 | Pictures by Name Surname' (its words are not counted against the line being a date's)
DATE_LINE_CREDIT_CELL_RE = re.compile(
    r"\s[·|•]\s*(?:photo(?:graph)?s?|pictures?|images?)\s+(?:courtesy\s+of|by)\s+[^·|•\d]{2,60}$", re.I
)


def _date_kind(text: str) -> str:
    if PUBLISHED_RE.search(text):
        return "published"
    if UPDATED_RE.search(text):
        return "updated"
    return "plain"


# 'Published: Friday, 09:10 | Updated: Saturday 15 March 2025, 11:02': the first publication given only as a weekday
WEEKDAY_PUBLISHED_RE = re.compile(
    r"^\W*(?:first\s+)?(?:published|posted)\s*:?\s*(?:on\s+)?(?P<day>mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"[^|·•]{0,20}[|·•,;]\s*(?:last\s+)?updated\b",
    re.I,
)
_WEEKDAYS = ("mon", "tues", "wednes", "thurs", "fri", "satur", "sun")


def _weekday_published(text: str, updated: str) -> str | None:
    """The day a 'Published: Friday … | Updated: <full date>' line names: that weekday on or before the update."""
    m = WEEKDAY_PUBLISHED_RE.match(text)
    if not m:
        return None
    from datetime import date, timedelta

    upd = date.fromisoformat(updated)
    back = (upd.weekday() - _WEEKDAYS.index(m["day"].lower())) % 7
    return (upd - timedelta(days=back)).isoformat()


def _add_date(doc: Doc, idx: int, text: str, kind: str) -> None:
    found = find_date(text)
    if found and (day := _weekday_published(text, found[1])):
        doc.hints.setdefault("dates", []).append((idx, "published", day))
        doc.hints.setdefault("dates", []).append((idx, "updated", found[1]))
        return
    if found:
        pub = PUBLISHED_RE.search(text, found[0])
        if UPDATED_RE.search(text[: found[0]]) and pub:
            kind = "updated"
            # 'Updated 5 Mar 2026, Published 4 Mar 2026': the published date follows
            later = find_date(text[pub.end() :])
            if later:
                doc.hints.setdefault("dates", []).append((idx, "published", later[1]))
        doc.hints.setdefault("dates", []).append((idx, kind, found[1]))


# (also 'Text: Name', 'Words: Name', 'Author: Name', 'Testo: Name', 'Текст: Name')
BYLINE_STARTS = frozenset(
    ("by ", "von", "por", "par", "di ", "doo", "tex", "wor", "aut", "tes", "int", "pos", "тек", "авт")
)
BYLINE_KEYS = keys(
    "written by", "words by", "story by", "correspondent", "reporter", "editor", "writer", "columnist",
    "journalist", "analyst", "contributor", "producer", "min read", "minute read", "read time", "reading time",
    "analysis by", "commentary by", "review by", "reporting from", "reported by", "reporting team:", "writing team:",
    "editorial team:", "reporters:", "filed by", "coverage by", "entry by", "compiled by", "reporting live:",
    "writing live:", "blogging live:", "kept up to date by", "updates by", "posts by", "bringing you",
    "written up by", "reporting by", "blog team:", "live team:", "liveblog team:", "live blog team:", "live-blog team:",
    "now blogging:", "now reporting:", "now writing:", "now posting:", "blogging today:", "blogging now:",
    "posting today:", "posting now:", "live text by", "live commentary by",
)  # fmt: skip


BYLINE_CELL_RE = re.compile(r"\s+[·|•]\s+")
# a browser reader view's reading-time line under the title and byline: '5–7 minutes', '4 minutes'
READER_TIME_RE = re.compile(r"^(?:\d{1,2}\s*[–-]\s*)?\d{1,3}\s+minutes?$", re.I)


def _reader_view_byline(doc: Doc) -> None:
    """Reader view: 'Site name / Title / Name / 5–7 minutes' at the top; the bare name right above the reading time
    (no blank line between, or one in a print of the view) is the byline (the view writes it without 'By')."""
    units = doc.units
    for i, u in enumerate(units[:8]):
        if u.rule is None and READER_TIME_RE.match(u.plain.strip()):
            u.tag = "byline"
            doc.remove(u, "byline")
            v = units[i - 1] if i > 0 else None
            # (a print of the view sets its lines a blank line apart: 'Name' / '' / '6–8 minutes')
            if v is not None and v.rule is None and u.gap <= 1 and (name := bare_name(v.plain)):
                doc.hints.setdefault("authors", []).append(name)
                doc.hints["byline_idx"] = i - 1
                v.tag = "byline"
                doc.remove(v, "byline")
            return


# a live page's desk label over its editors' line: 'Live Reporting' / 'Edited by A and B'
LIVE_DESK_RE = re.compile(r"^\W{0,2}live\s+(?:reporting|coverage|updates|blog)\W*$", re.I)
EDITED_BY_RE = re.compile(r"^(?:edited|presented|run)\s+by\s+(?=[A-Z])", re.I)


def _live_desk_byline(doc: Doc) -> None:
    """A live page's byline under its desk label: 'Live Reporting' / 'Edited by A and B' — the editors who run the
    page are its authors (elsewhere 'Edited by' credits an editor, not a writer, and is a contributor line)."""
    units = doc.units
    for i, u in enumerate(units[:40]):
        if u.rule is not None or len(u.text) > 40 or not LIVE_DESK_RE.match(u.plain.strip()) or i + 1 >= len(units):
            continue
        v = units[i + 1]
        t = v.plain.strip()
        if v.rule is not None or v.gap or len(t) > 120 or not (m := EDITED_BY_RE.match(t)):
            continue
        names = parse_byline("By " + t[m.end() :])
        if not names:
            continue
        authors = doc.hints.setdefault("authors", [])
        authors.extend(n for n in names if n not in authors)
        doc.hints.setdefault("byline_idx", i + 1)
        for w in (u, v):
            w.tag = "byline"
            doc.remove(w, "byline")
        return


# a live page's 'Live updates from Name' with one name: 'from' may name a place too ('Live reporting from New York'),
# so the name is a writer's only when the page's bio names the same person ('Name is a news reporter at …')
LIVE_FROM_ONE_RE = re.compile(rf"^Live\s+(?:reporting|coverage|updates)\s+from\s+(?P<name>{NAME})\s*$")
BIO_START_RE = re.compile(r"\s+(?:is|was|covers|writes|reports)\b")


def _live_from_one_byline(doc: Doc) -> None:
    """'Live updates from Name' under a live page's headline, the same name opening a bio lower down ('Name is a
    news reporter at the Post'): the page's writer (with two names the line is a byline anyway, BYLINE_BY_RE)."""
    units = doc.units
    for u in units[:20]:
        if u.rule is not None or not (m := LIVE_FROM_ONE_RE.match(u.plain.strip())):
            continue
        name = m["name"]
        if not any(
            v.rule is None and v.plain.startswith(name) and BIO_START_RE.match(v.plain, len(name)) for v in units
        ):
            return
        authors = doc.hints.setdefault("authors", [])
        if name not in authors:
            authors.append(name)
        doc.hints.setdefault("byline_idx", units.index(u))
        u.tag = "byline"
        doc.remove(u, "byline")
        return


def _name_then_published(t: str) -> bool:
    """'Name | Published: date | Updated: date': a byline cell, then the labelled date (not an outlet's name cell:
    'The Harbour Tribune | Published …' names no author)."""
    return bool(PUBLISHED_RE.search(t) and BYLINE_DATED_RE.match(t)) and not is_outlet_name(BYLINE_CELL_RE.split(t)[0])


def _name_cell_dated(t: str) -> bool:
    """'Name · Economy · 9 April 2025': a cell that is a person's bare name, then short cells, one of them a date —
    a byline without 'By' (not an outlet's footer cell, 'Outlet Review · 9 April 2025 · Page 1 of 2')."""
    cells = BYLINE_CELL_RE.split(t.strip())
    if not 3 <= len(cells) <= 4 or any(nwords(c) > 4 or c.strip().isdigit() for c in cells):
        return False
    first = cells[0].strip()
    return bare_name(first) == first and not is_outlet_name(first) and any(find_date(c) for c in cells[1:])


@rule("byline", "metadata")
def byline(doc: Doc) -> None:
    """Bylines ('By Name', 'by Name March 3, 2025 9:41 AM 3 min read', 'Name, Correspondent'): authors; with none,
    a writer's card after the article ('Name' over 'Courts Reporter')."""
    _bylines(doc)
    if not doc.hints.get("authors"):
        _author_card(doc)


def _under_teaser_heading(units: list[Unit], i: int) -> bool:
    """A byline after the article's prose and a teaser strip's heading ('You might also like', 'More stories') within
    the six lines above it: a teaser's writer, not the article's."""
    for k in range(i - 1, max(-1, i - 7), -1):
        t = units[k].plain
        if len(t) <= 60 and TAIL_RE.match(t):
            # (two paragraphs of prose above it: the article's, not a promo line over a section label and a headline)
            prose = [v for v in units[:k] if v.rule is None and len(v.text) > 100]
            return sum(v.text.rstrip().endswith(TERMINAL) for v in prose) >= 2
    return False


def _bylines(doc: Doc) -> None:
    # (cheap test first: no markup makes a 150-character line a 130-character one)
    _reader_view_byline(doc)
    _live_desk_byline(doc)
    _live_from_one_byline(doc)
    units = [u for u in doc.units if (u.rule is None or u.rule == "pdf_page_furniture") and len(u.text) <= 150]
    hits = BYLINE_KEYS.ids(units)
    for i, u in enumerate(doc.units):
        if u.rule is not None and u.rule != "pdf_page_furniture":
            continue
        if len(u.text) > 150:
            continue
        t = unmark(u.plain) if ("**" in u.text or "__" in u.text or u.text.isupper()) else u.plain
        if len(t) > 130:
            continue
        t = long_years(t)
        if not (
            t[:3].lower() in BYLINE_STARTS
            or id(u) in hits
            or (" by " in u.low and YEAR_RE.search(t))
            or ("@" in t and len(t) <= 90)  # 'Name / name@outlet.example'
            or _name_then_published(t)  # 'Name | Published: 09.23.25, 18:40 IDT | Updated: …'
            or ((" - " in t or " – " in t) and len(t) <= 90 and YEAR_RE.search(t))  # 'Name - Nov 19, 2025, …'
            or ("·" in t and kiosk_header_names(t))  # an e-paper's 'Outlet · 4 Jun 2025 · A2 · NAME AND NAME'
            # a print's 'Name · Section · 9 April 2025' (no 'By'; not a header in capitals, 'OUTLET | DATE | 23')
            or (u.rule is None and not u.text.isupper() and _name_cell_dated(t))
        ):
            continue
        cells = BYLINE_CELL_RE.split(t)
        kiosk = kiosk_header_names(t) if len(cells) >= 3 else None
        if kiosk is None and len(cells) >= 3 and is_outlet_name(cells[0]):
            t = " · ".join(cells[1:])  # a reading app's 'Outlet · Name · 11 Feb 2027 · 6 min read'
        names = kiosk if kiosk is not None else parse_byline(t)
        if names and not _role_line_below(doc.units, i) and _in_menu_run(doc.units, i):
            continue  # 'By Any Means Wanted' among the site's list of show names: a menu item, not a byline
        if names is None and BYLINE_EXTRA_RE.search(t):
            names = []
        if names and _under_teaser_heading(doc.units, i):
            doc.remove(u, "byline")  # 'By Name' under a teaser in a 'You might like' strip: that article's writer
            continue
        if names is not None:
            authors = doc.hints.setdefault("authors", [])
            first = doc.hints.setdefault("byline_idx", i) if names else doc.hints.get("byline_idx", i)
            # the article's byline is the first one (and any right next to it); later ones are other articles',
            # except on a live page, where each entry carries its writer's byline ('Posted by Name')
            entry = bool(names) and (i - first > 2 or _under_entry_time(doc.units, i)) and _live_page(doc.units)
            if names and (i - first <= 2 or entry):
                doc.hints["byline_idx"] = i
                authors.extend(n for n in names if n not in authors)
                if not entry and (outlet := _role_outlet(t.partition(", ")[2])):
                    doc.hints.setdefault("card_outlet", outlet)  # 'By Name, Schools Reporter, The Outlet'
            kind = _date_kind(t)
            if kind == "plain" or (kind == "updated" and (f := find_date(t)) and not UPDATED_RE.search(t[: f[0]])):
                kind = "byline"  # 'By Name | March 3, 2025 - Updated March 4': the byline's date comes first
            _add_date(doc, i, t, kind)
            u.tag = "entry_byline" if entry else "byline"
            doc.remove(u, "byline")
            if names and not entry and i - first <= 2:
                _byline_wrapped_at_and(doc, i)
            v = doc.units[i - 1] if not names and i else None
            if (
                v is not None
                and v.rule is None
                and (" in " in v.plain or " and " in v.plain)
                and (bare := bare_names(v.plain))
            ):
                # 'Anna Berg in Oslo and Tom Hale in Bergen' over the byline's dated reading-time line
                # ('11 March 2027 06:15 GMT · 4 min read'): the names are the byline
                authors = doc.hints.setdefault("authors", [])
                authors.extend(n for n in bare if n not in authors)
                doc.hints.setdefault("byline_idx", i - 1)
                v.tag = "byline"
                doc.remove(v, "byline")


def _under_entry_time(units: list[Unit], i: int) -> bool:
    """A byline right under a live entry's time ('10.52 GMT' / 'By Name') or under the entry's headline under its
    time: the entry's own byline, also on the page's first entry (the article goes on after it)."""
    above = [u for u in units[max(0, i - 2) : i] if u.rule is None]
    return any(len(u.text.strip()) <= 20 and TIME_RE.fullmatch(u.text.strip()) for u in above)


WRAPPED_AND_RE = re.compile(r"^\W*(?:and|&)\s+(?P<rest>\S.{0,60})$", re.I)


def _author_card(doc: Doc) -> None:
    """No byline at the top: the writer's card after the article's last paragraph, a name line with its role line
    right under it ('Name Surname' / 'Courts Reporter'), set apart by a blank line. The writer is a fallback
    author (as a bio's name is); both lines go."""
    units = doc.units
    last_prose = max((k for k, u in enumerate(units) if u.rule is None and u.prose and len(u.text) >= 100), default=-1)
    if last_prose < 0:
        return
    for k in range(last_prose + 1, min(len(units) - 1, last_prose + 8)):
        u = units[k]
        if u.rule is not None or not u.gap or len(u.text) > 40 or not _role_line_below(units, k):
            continue
        name = bare_name(u.plain.strip())
        if name:
            doc.hints.setdefault("bio_authors", []).append(name)
            if outlet := _role_outlet(units[k + 1].text):
                doc.hints.setdefault("card_outlet", outlet)  # the writer's outlet, named in full
            for v in (u, units[k + 1]):
                v.tag = "byline"
                doc.remove(v, "byline")
            return


def _byline_wrapped_at_and(doc: Doc, i: int) -> None:
    """A print byline broken before its last name ('By A, B' / 'and C'): the next line, right under it, that is
    'and' (or '&') and a name or two is the byline's end."""
    if i + 1 >= len(doc.units):
        return
    v = doc.units[i + 1]
    m = WRAPPED_AND_RE.match(v.plain.strip()) if v.rule is None and v.gap == 0 else None
    if m is None or (names := bare_names(m["rest"])) is None:
        return
    authors = doc.hints.setdefault("authors", [])
    authors.extend(n for n in names if n not in authors)
    v.tag = "byline"
    doc.remove(v, "byline")


def _bare_day(text: str) -> bool:
    """A date line that is only a day's date ('Thursday 12 June 2025'): no time, no 'Published'/'Updated' label."""
    t = text.strip()
    return len(t) <= 40 and _date_kind(t) == "plain" and not re.search(r"\d[:.]\d\d", t)


def _kicker_over(units: list[Unit], i: int) -> bool:
    """The line above unit ``i`` is a section kicker in capitals ('TRANSPORT  |  ANALYSIS', 'NEWS'): ``i`` is the
    headline under it (a standfirst below a headline may be the shorter line)."""
    if i < 1:
        return False
    t = units[i - 1].text.strip()
    return 3 <= len(t) <= 40 and t.isupper() and not any(c.isdigit() for c in t)


def _headline_run_to_byline(units: list[Unit], i: int, stop: int) -> list[Unit]:
    """A print's headline set over short lines in a narrow column ('Leaking roof forces' / 'Harbour pupils' / 'into
    village hall' / 'BY NAME'): the lines after its first, no blank line between, none ending a sentence, running
    to the byline at ``stop`` (straight, or over one blank line: 'Commoners win back' / 'the right to graze' /
    'Brackenthwaite Common' / blank / 'By Name', whose last line opens on a name the reflow did not join); else
    none."""
    if stop >= len(units) or units[stop].tag != "byline" or not 1 <= stop - i - 1 <= 3 or len(units[i].text) > 40:
        return []
    rest = units[i + 1 : stop]
    if all(
        v.rule is None and v.gap == 0 and 0 < len(v.text.strip()) <= 40 and not v.text.strip().endswith(TERMINAL)
        and not _chrome_like(v.text) and not is_outlet_name(v.text.strip())
        # (a line in capitals goes on a headline set in capitals only: 'MARKET CLOCK STOPS AT 4.17' / 'AND NOBODY …')
        and (not v.text.strip().isupper() or units[i].text.strip().isupper())
        for v in rest
    ) and units[stop].gap <= 1:
        return rest
    return []


def _role_line_below(units: list[Unit], i: int) -> bool:
    """The line right under unit i is only the writer's role ('Education reporter'): a byline over its role line (in
    a print's header of short lines, no blank line between), not a menu's item."""
    if i + 1 >= len(units) or units[i + 1].gap:
        return False
    t = units[i + 1].text.strip()
    if _role_outlet(t):
        t = t.partition(", ")[0]  # 'Local Democracy Reporter, The Outlet': the role, then its outlet
    return 0 < len(t.split()) <= 4 and bool(ROLE_END_RE.search(t)) and not t.endswith(".")


def _role_outlet(t: str) -> str | None:
    """The outlet after a role line's comma ('Local Democracy Reporter, Hallowby and Vale Ledger'): an outlet's name by
    its shape (its last word an outlet's, or 'The' and capitalised words)."""
    role, comma, outlet = t.strip().partition(", ")
    if not comma or not 0 < len(role.split()) <= 4 or not ROLE_END_RE.search(role) or len(outlet) > 50:
        return None
    return outlet if is_outlet_name(outlet) or (outlet.startswith("The ") and HEADER_OUTLET_RE.match(outlet)) else None


def _menu_item(u: Unit) -> bool:
    t = u.text.strip()
    return 0 < len(t) <= 40 and not any(ch.isdigit() for ch in t) and not t.endswith((".", ":", "!", "?"))


def _in_menu_run(units: list[Unit], i: int) -> bool:
    """Unit i is one of four or more short lines without digits set one under the other (no blank line between):
    a menu's items."""
    lo = i
    while lo > 0 and units[lo].gap == 0 and _menu_item(units[lo - 1]):
        lo -= 1
    hi = i
    while hi + 1 < len(units) and units[hi + 1].gap == 0 and _menu_item(units[hi + 1]):
        hi += 1
    return hi - lo >= 3 and lo < i < hi


REL_PART = (
    r"(?:(?:(?:first\s+)?(?:published|updated|posted|last\s+updated)\s*:?\s+)?(?:about\s+|an?\s+)?\d*\s*"
    r"(?:seconds?|secs?|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w)\s+ago|"
    r"(?:published|updated|posted)\s*:?\s+(?:just\s+now|today|yesterday|moments\s+ago))"
)
# 'Updated 2h ago', also a pair: 'Published 3 hours ago · Updated 1 hour ago'
RELATIVE_TIME_RE = re.compile(rf"^{REL_PART}(?:\s*[·|,;•–—-]\s*{REL_PART})?\W*$", re.I)
YEAR_RE = re.compile(r"(?:19|20)\d\d")


def _is_date_line(t: str) -> bool:
    t = ascii_digits(t)
    if not YEAR_RE.search(t):
        return False
    if t.startswith(("—", "–", "-", "(")) or "@" in t:
        return False  # an embedded tweet's signature, a parenthetical
    if len(t) > 110 or t.endswith(".") and not t.endswith(("a.m.", "p.m.")):
        return False
    found = find_date(t)
    if not found:
        return False
    rest = TIME_RE.sub(" ", DATE_LINE_CREDIT_CELL_RE.sub(" ", t))
    rest = re.sub(
        r"(?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th)?|[A-Z][a-z]{2,8}\.?|[a-zéèûä]{3,9}\b",
        lambda m: " " if _month_or_num(m.group(0)) else m.group(0),
        rest,
    )
    rest = DATE_LINE_LEFTOVER_RE.sub(" ", rest)
    return len(re.findall(r"\w{2,}", rest)) <= 4 or _dated_strip(t)


STRIP_CELL_RE = re.compile(r"\s+[|·•]\s+")
STRIP_TEXT_CELL_RE = re.compile(r"^[^.!?:;\"“”‘’]{2,60}$")


def _dated_strip(t: str) -> bool:
    """A newsletter's issue strip or a page's header strip of three or more cells set apart by bars or dots, one end
    cell a date line by itself and every other cell a short label without sentence punctuation or quote marks
    ('The X Letter | News for Friends of the Y Museum | Friday 13 March 2026'): a date line with its labels."""
    cells = STRIP_CELL_RE.split(t.strip())
    if len(cells) < 3:
        return False
    for date_cell, others in ((cells[-1], cells[:-1]), (cells[0], cells[1:])):
        if all(STRIP_TEXT_CELL_RE.match(c) and not YEAR_RE.search(c) for c in others) and _is_date_line(date_cell):
            return True
    return False


def _month_or_num(w: str) -> bool:
    from builder.extract.metadata import MONTHS

    return w[0].isdigit() or w.lower().rstrip(".") in MONTHS


LIVE_MARK_RE = re.compile(r"^\W{0,2}(?:live|live updates|live blog)\W*$|\bas it happened\b|\blive updates\b", re.I)
ENTRY_STAMP_RE = re.compile(
    r"^(?:\d{1,2}\s+[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s+\d{1,2},?)\s+(?:19|20)\d\d,?\s+\d{1,2}[:.]\d{2}"
    r"(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$"
)


def _live_page(units: list[Unit]) -> bool:
    """The page says it is live ('LIVE', '… as it happened', 'live updates') in its first lines."""
    return any(u.rule in (None, "live_label") and len(u.text) < 120 and LIVE_MARK_RE.search(u.text) for u in units[:15])


def _entry_stamps(doc: Doc) -> set[int]:
    """A live blog's entry timestamps written as full dates ('28 Nov 2026, 19:04 CET'): content, not date lines.
    Two or more lines of nothing but a date and a time, each with the entry's text under it, on a page that says it
    is live ('LIVE', '… as it happened', 'live updates') in its first lines."""
    units = doc.units
    if not _live_page(units):
        return set()
    stamps = {
        id(u)
        for k, u in enumerate(units[:-1])
        if u.rule is None and len(u.text) <= 40 and ENTRY_STAMP_RE.match(u.text.strip()) and find_date(u.text)
        and units[k + 1].rule is None and not find_date(units[k + 1].text)
    }  # fmt: skip
    return (stamps if len(stamps) >= 2 else set()) | _relative_entry_stamps(units)


# a live entry's age alone on its line ('2 min ago', '1 hr ago', 'an hour ago'): no 'Updated'/'Posted' label
REL_STAMP_RE = re.compile(r"^(?P<n>\d{1,3}|an?)\s*(?P<unit>m|mins?|minutes?|h|hrs?|hours?)\s+ago$", re.I)


def _relative_entry_stamps(units: list[Unit]) -> set[int]:
    """A live page's entries stamped with their age ('2 min ago' / entry text, '1 hr ago' / …): content, as a bare
    '13:48'. Two or more such lines, each after a blank line (a comment's age sits right under its handle) and over a
    kept sentence, their ages in order (newest first or oldest first), on a page that says it is live."""
    found: list[tuple[int, float]] = []
    for k, u in enumerate(units[:-1]):
        m = REL_STAMP_RE.match(u.text.strip())
        nxt = units[k + 1]
        if m and u.rule is None and u.gap > 0 and nxt.rule is None and len(nxt.text.split()) >= 6:
            n = 1 if m["n"].lower() in ("a", "an") else int(m["n"])
            found.append((id(u), n * (60 if m["unit"].lower().startswith("h") else 1)))
    ages = [a for _, a in found]
    if len(found) < 2 or ages not in (sorted(ages), sorted(ages, reverse=True)) or not _live_page(units):
        return set()
    return {i for i, _ in found}


# a document's own date line: a bare date or 'Place, date' ('Orlen, 14 January 2025', 'March 3, 2025'), no label
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
DOC_DATE_RE = re.compile(
    rf"^(?:[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){{0,2}},\s+)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}},?)\s+\d{{4}}\W*$"
)


# a timeline entry's date alone on its line ('12 June 1961', 'May 3, 1962'): no place, no time, no label
BARE_DATE_RE = re.compile(rf"^(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}},?)\s+(?P<year>\d{{4}})$")


def _timeline_dates(doc: Doc) -> set[int]:
    """A timeline's dated entries set as a bare date over its event ('12 June 1961' / 'Work starts on the lower
    station.'): content, not date lines. A run of three or more such pairs one after the other, each event a sentence
    that gives no date, the dates all different and in order (earliest first or latest first)."""
    units = doc.units
    runs: list[list[tuple[int, int, str]]] = []
    for k, u in enumerate(units[:-1]):
        t = u.plain.strip()
        nxt = units[k + 1].plain.strip()
        if (
            u.rule is None
            and (m := BARE_DATE_RE.match(t))
            and units[k + 1].rule is None
            and nxt.endswith((".", "!", "?", "…", "”", '"', "’"))
            and len(nxt.split()) >= 3
            and not find_date(nxt)
        ):
            d = find_date(t)  # (none for a year before 1900: its year orders it)
            entry = (k, id(u), d[1] if d else m["year"])
            if runs and runs[-1][-1][0] == k - 2:
                runs[-1].append(entry)
            else:
                runs.append([entry])
    found: set[int] = set()
    for run in runs:
        dates = [d for _, _, d in run]
        if len(run) >= 3 and len(set(dates)) == len(dates) and dates in (sorted(dates), sorted(dates, reverse=True)):
            found.update(i for _, i, _ in run)
    return found


def _introduced_by_colon(doc: Doc, i: int) -> bool:
    """Whether unit i is a document's own date line (``DOC_DATE_RE``) after a kept sentence of the article that
    ends with a colon ('The letter … opens with a date line and a reference number:'): it is quoted from the
    document, not the article's date line. A short label ('Published:') does not count, nor a labelled date line
    ('Published 10:02 AM …' after a colon whose embed was not copied)."""
    if not DOC_DATE_RE.match(doc.units[i].plain.strip()):
        return False
    prev = next((v for v in reversed(doc.units[:i]) if v.text.strip()), None)
    if prev is None or prev.rule is not None:
        return False
    t = prev.plain.strip()
    return t.endswith(":") and len(t) >= 40 and len(t.split()) >= 7


@rule("date_line", "metadata")
def date_line(doc: Doc) -> None:
    """Date lines ('March 12, 2025', 'Published: Fri 14 Mar 2025 09.32 GMT', 'Updated ...'): the date."""
    stamps = _entry_stamps(doc)
    timeline = _timeline_dates(doc)
    for i, u in enumerate(doc.units):
        if id(u) in stamps:
            u.tag = "entry_time"
            continue
        if id(u) in timeline:
            continue  # a timeline entry's date ('12 June 1961' over its event): the article's
        if u.rule is not None:
            if u.rule == "pdf_page_furniture" and not PRINT_STAMP_RE.search(u.text):
                _add_date(doc, i, u.text, "footer")
            continue
        if len(u.text) > 130:
            continue  # a date line is at most 110 characters (plain() only strips markup)
        t = long_years(u.plain)
        if len(t) < 60 and RELATIVE_TIME_RE.match(t):
            u.tag = "reldate"  # 'Updated 2h ago': a date line without a date
            doc.remove(u, "date_line")
            continue
        if _is_date_line(t):
            if _introduced_by_colon(doc, i):
                continue  # a quoted document's own date line ('… opens with a date line:' / 'Orlen, 14 January 2025')
            kind = _date_kind(t)
            if kind == "plain" and i and doc.units[i - 1].tag == "byline" and u.gap == 0:
                kind = "byline"  # the date line right under the byline: the byline's date, not the site's day above
            _add_date(doc, i, t, kind)
            u.tag = "date"
            doc.remove(u, "date_line")
            if names := _entry_meta_names(t):
                doc.hints.setdefault("bare_author", names[0])
                doc.hints.setdefault("bare_authors", names)
                continue
            # a bare name right after (or just before) a date line is the byline; so is a name with
            # its role on the next line ('Anna Berglund' / 'Political correspondent' / the date)
            # (over a relative 'Updated 9 min ago' line between them: 'A, B' / 'Updated …' / the dated line)
            above = (i - 2,) if i >= 2 and doc.units[i - 1].tag == "reldate" else ()
            for j in (i + 1, i - 1, *above):
                v = doc.units[j] if 0 <= j < len(doc.units) else None
                if v is not None and v.rule is None and (names := bare_names(v.plain)):
                    doc.hints.setdefault("bare_author", names[0])
                    doc.hints.setdefault("bare_authors", names)
                    v.tag = "byline"
                    doc.remove(v, "date_line")
                    break
                w = doc.units[j - 1] if j == i - 1 and j >= 1 else None
                if (
                    v is not None
                    and w is not None
                    and v.rule is None
                    and w.rule is None
                    and ROLE_LINE_RE.match(v.plain.strip())
                    and (name := bare_name(w.plain))
                ):
                    doc.hints.setdefault("bare_author", name)
                    for x in (w, v):
                        x.tag = "byline"
                        doc.remove(x, "date_line")
                    break
                if (
                    v is not None
                    and w is not None
                    and v.rule is None
                    and w.rule is None
                    and len(w.text) < 60
                    and (name := bare_name(w.plain))
                    and v.text.startswith(f"{name} is ")
                ):
                    # an analysis piece's author above the blurb that introduces her ('Name' / 'Name is a senior
                    # fellow at …' / the date): the name is the byline (author_bio takes the blurb)
                    doc.hints.setdefault("bare_author", name)
                    doc.hints.setdefault("bare_authors", [name])
                    w.tag = "byline"
                    doc.remove(w, "date_line")
                    break


# a blog's entry meta in cells: 'November 12, 2025 / Name / 4 Comments', 'Name | 12 Nov 2025 | Leave a comment'
ENTRY_META_SPLIT_RE = re.compile(r"\s+[/|]\s+")
COMMENT_CELL_RE = re.compile(r"^(?:\d+|no|one)\s+comments?$|^leave\s+a\s+(?:comment|reply)$", re.I)


def _entry_meta_names(t: str) -> list[str] | None:
    """The author in a blog's entry meta line: cells split by ' / ' or ' | ', one the date, one a comment count or
    link, one a bare name (and nothing else)."""
    cells = [c.strip() for c in ENTRY_META_SPLIT_RE.split(t)]
    if not 3 <= len(cells) <= 4 or not any(COMMENT_CELL_RE.match(c) for c in cells):
        return None
    rest = [c for c in cells if not COMMENT_CELL_RE.match(c) and not find_date(c)]
    if len(rest) != 1 or not (names := bare_names(rest[0])):
        return None
    return names


# A byline's second line: the author's role ('Political correspondent', 'Europe editor in Brussels').
ROLE_LINE_RE = re.compile(
    r"^(?:[A-Z][\w'’-]*\s+){0,3}(?:correspondent|reporter|editor|writer|columnist|journalist|producer|analyst)"
    r"(?:\s+(?:in|at|for)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?$",
    re.I,
)
PREFIX_RE = re.compile(r"^(?P<prefix>[A-Z][A-Z0-9 .&'’-]{2,40}[A-Z0-9])\s*:\s+(?P<title>\S.{10,})$")
# 'Fjord Tribune: headline': a prefix in title case is the outlet only when a rights line names it too
TITLE_PREFIX_RE = re.compile(r"^(?P<prefix>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){1,5})\s*:\s+(?P<title>\S.{10,})$")
# 'OUTLET — headline': a capitals prefix before a dash instead of a colon (also a dateline's shape, 'BRENNPORT — The
# talks …': the outlet only when a rights line names it and the rest is a headline, not a paragraph); also with an
# arrowhead, a chevron or a bar for the dash ('OUTLET ▸ headline', 'OUTLET › headline', 'OUTLET | headline')
DASH_PREFIX_RE = re.compile(r"^(?P<prefix>[A-Z][A-Z0-9 .&'’-]{2,40}[A-Z0-9])\s+[—–▸▶›»|]\s+(?P<title>\S.{10,199})$")
RIGHTS_LINE_RE = re.compile(r"^.{0,20}(?:©|\(c\)|copyright\b).{0,120}$", re.I | re.M)


def _named_in_rights_line(doc: Doc, name: str) -> bool:
    """Whether a copyright line of the paste names ``name`` (a leading 'The' aside)."""
    core = re.sub(r"^the\s+", "", name.lower())
    return any(core in m.group(0).lower() for m in RIGHTS_LINE_RE.finditer(doc.text))


LABEL_RE = re.compile(
    # a wire story's version prefix: 'UPDATE 2-', 'REFILE-', 'CORRECTED-', 'WRAPUP 1-'
    r"^(?:(?:UPDATE|REFILE|CORRECTED|WRAPUP|RPT)(?:\s+\d{1,2})?-(?=[A-Z0-9])|"
    r"(?:LIVE|BREAKING(?:\s+NEWS)?|UPDATED?|EXCLUSIVE|WATCH|VIDEO)\s*(?:[:|–—-]|\s)|"
    r"(?:Live|Breaking(?: News)?|Updated|Exclusive|Watch|Video)\s*[:|–—-]|"
    # a label in brackets: '[Updated] Headline', '[BREAKING] …', '[Exclusive] …'
    r"\[(?:UPDATED?|Updated?|BREAKING|Breaking|EXCLUSIVE|Exclusive|LIVE|Live|VIDEO|Video|PHOTOS?|Photos?|URGENT|Urgent)\]|"
    # a genre kicker before a bar: 'Analysis | Headline', 'Opinion | …', 'Interview | …'
    r"(?:ANALYSIS|Analysis|OPINION|Opinion|INTERVIEW|Interview|COMMENT|Comment|EXPLAINER|Explainer|REVIEW|Review|"
    r"PERSPECTIVE|Perspective|FEATURE|Feature)\s+\||"
    # a genre label before a colon: 'Opinion: Headline', 'Obituary: …' ('Fact Check: …' stays: fact-checking sites
    # print it as part of the headline, and their URL slugs repeat it; so does a label the headline runs on from in
    # lower case, 'Analysis: how the ferry strike was settled', whose first clause it is)
    r"(?:OPINION|Opinion|ANALYSIS|Analysis|EXPLAINER|Explainer|OBITUARY|Obituary)\s*:(?!\s*[a-zß-öø-ÿ]))"
    r"\s*(?=\S)"
)
LABEL_LINE_RE = re.compile(
    r"^(?:LIVE|Live|LIVE UPDATES|Live updates|BREAKING|Breaking News|BREAKING NEWS|EXCLUSIVE|Exclusive|"
    r"ANALYSIS|Analysis|"
    r"OPINION|Opinion|UPDATED|Updated|NEWS|News|VIDEO|Video|PHOTOS|Photos|Comment|COMMENT|Explainer|EXPLAINER)$"
)


# a navigation link over the article ('Back to overview', '← Zurück zur Übersicht', 'Retour aux actualités',
# 'Volver al blog', 'Назад к списку'): no headline, in any of these languages
BACK_LINK_RE = re.compile(
    r"^\W{0,3}(?:back\s+to|return\s+to|go\s+back\s+to|zurück\s+zu[rm]?|retour\s+(?:à|aux?)|revenir\s+(?:à|aux?)|"
    r"volver\s+al?|regresar\s+al?|torna(?:re)?\s+(?:a|al|alla|alle|ai|agli)|voltar\s+(?:para|a|ao|à)|terug\s+naar|"
    r"назад\s+(?:к|в|на)|вернуться\s+(?:к|в|на))\s+(?:\S+\s+){0,2}"
    # where the link leads: an overview, a list, the home page, a section
    r"(?:overview|übersicht|home|homepage|startseite|top|list|liste|index|all|alle|tous|toutes|todos|todas|tutti|"
    r"tutte|blog|news|articles?|stories|posts|beiträge|nachrichten|actualités|articles|noticias|notizie|notícias|"
    r"results|search|suche|categor|kategorie|section|menu|menü|inicio|accueil|início|overzicht|главн|новост|"
    r"стат|блог|спис|разд)\w*\W{0,3}$",
    re.I,
)
# letters set apart by spaces ('T R D NEWS /', a logo's or section label's letter spacing): no headline
SPACED_CAPS_RE = re.compile(r"(?:^|\s)(?:[A-Z]\s){2,}[A-Z](?:\s|$)")


def _caption_like(text: str) -> bool:
    from builder.clean import rules_captions as c

    t = plain(text)
    if c.CREDIT_LINE_RE.search(t) or c.CAPTION_LABEL_RE.match(t) or c.GALLERY_RE.search(t):
        return True
    # a caption ending in a labelled credit ('Staff set up tents outside Lissel. Photo: Name/Agency')
    return len(t) < 300 and bool(c.GLUED_LABEL_RE.search(t[-60:])) and bool(c.TRAILING_CREDIT_RE.search(t[-120:]))


def _chrome_sentence(u: Unit) -> bool:
    """Whether a chrome rule would take this sentence-like line (a cookie notice, a promo, a sign-up pitch, a
    paywall notice): each rule's keyword prefilter first, its regex only when a keyword is there."""
    from builder.clean import rules_chrome as c

    low, t = u.low, u.plain
    return bool(
        (c.COOKIE_KEYS.search(low) and c.COOKIE_RE.search(t))
        or (c.PROMO_KEYS.search(low) and c.PROMO_RE.search(t))
        or (c.NEWSLETTER_KEYS.search(low) and c.NEWSLETTER_RE.search(t))
        or (c.PAYWALL_KEYS.search(low) and c.PAYWALL_RE.search(t))
    )


def _nav_row(t: str) -> bool:
    """A menu row: three or more cells apart ('Live TV | US | World | Politics')."""
    from builder.clean import rules_chrome as c

    return bool(c.NAV_SEP_RE.search(t)) and len(c.NAV_SEP_RE.split(t)) >= 3


def _chrome_like(text: str) -> bool:
    """Whether a chrome rule would take this line (the title rule runs before them)."""
    from builder.clean import rules_chrome as c
    from builder.clean.rules_teasers import RELATED_RE

    t = plain(text)
    if RELATED_RE.search(t):
        return True  # 'Tags: ...', 'Related: ...', 'Read more: ...'
    return any(
        rx.search(t)
        for rx in (
            c.SKIP_RE, c.NEWSLETTER_RE, c.COOKIE_RE, c.PROMO_RE, c.SHARE_RE, c.PAYWALL_RE, c.COPYRIGHT_RE,
            c.SYNDICATION_RE,  # 'Originally published by The X' above the headline
        )  # fmt: skip
    ) or _nav_row(t) or c.skip_row(t)


WIDE_GAP_RE = re.compile(r"\S\s{4,}\S")
# a breadcrumb of short section cells between slashes ('News / Islands', 'Sport / Football / Local'): no headline
SLASH_CRUMB_RE = re.compile(r"^[A-Z][\w&'’-]*(?:\s[\w&'’-]+){0,2}(?:\s/\s[A-Z][\w&'’-]*(?:\s[\w&'’-]+){0,2})+$")
CRUMB_SEP_RE = re.compile(r"\s[›»>]\s")


def _section_crumb(text: str) -> bool:
    """A breadcrumb of section names only ('Business › Local Heroes', 'News » Courts'): two or more short cells."""
    cells = [c.strip() for c in CRUMB_SEP_RE.split(text.strip())]
    return len(cells) >= 2 and all(c and nwords(c) <= 3 for c in cells)


_PLACE_SMALL = frozenset({"and", "the", "of", "&", "upon", "on"})


def _section_and_place(above: str, below: str) -> bool:
    """'News | Ulverdyke and the Fells' over a headline in sentence case: the page's section and the region it
    files the story under (a regional station's or paper's kicker), not a headline with its kicker. The second
    cell is a name -- up to six words, each capitalised but the small ones ('and', 'the', 'of') -- while the line
    below writes its headline in sentence case (two lower-case words or more) or in capitals, not in title case."""
    cells = [c.strip() for c in re.split(r"\s[|›»>]\s", above.strip())]
    if len(cells) != 2 or not is_section_label(cells[0]):
        return False
    words = cells[1].split()
    if not 1 <= len(words) <= 6 or not all(w[:1].isupper() or w.lower() in _PLACE_SMALL for w in words):
        return False
    if below.isupper():
        return True  # a headline set in capitals under it: not a title-case headline either
    return sum(1 for w in below.split()[1:] if w[:1].islower() and w.lower() not in _PLACE_SMALL) >= 2


def _crumb_headline(text: str) -> str | None:
    """A breadcrumb that ends in the page's headline ('Home › Sport › <headline of six words or more>'): short
    section cells, then one long headline-like cell, last."""
    cells = [c.strip() for c in CRUMB_SEP_RE.split(text)]
    if len(cells) < 3 or any(nwords(c) > 3 or not c for c in cells[:-1]):
        return None
    last = cells[-1]
    return last if nwords(last) >= 6 and headline_like(last) and not _chrome_like(last) else None


def _print_headline(text: str) -> bool:
    """A headline in a PDF print's header: headline-like, not a menu row (cells apart), not a short capitalised
    section label ('WORLD / EUROPE'), not chrome."""
    t = text.replace("\n", " ").strip()
    if not headline_like(t) or WIDE_GAP_RE.search(t) or LABEL_LINE_RE.match(t):
        return False
    if t.isupper() and nwords(t) <= 4:
        return False
    return not _chrome_like(t)


def _long_print_headline(units: list[Unit], i: int, stop: int, head: list[int]) -> bool:
    """The paste's first block taken for its first paragraph (its wrapped lines join to 100 characters or more)
    is the headline when it is in title case ('Court Jails Reporter for Seven Years; Union Calls Verdict …')."""
    from builder.clean.rules_text import _title_case

    return i == stop == head[0] and _title_case(units[i].text)


# '[Bellmoor Echo] Headline': an aggregator's copy naming the original outlet in brackets before the headline (two to
# five capitalised words; a bracketed label such as '[Breaking News]' or '[Photo Gallery]' is not an outlet)
BRACKET_PREFIX_RE = re.compile(
    r"^\[(?P<prefix>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|and|of|&)){1,4})\]\s+(?P<title>\S.{10,199})$"
)
BRACKET_LABEL_WORDS = frozenset(
    "breaking news alert video photos gallery live update updated exclusive opinion analysis watch listen podcast "
    "sponsored".split()
)


def _own_masthead(doc: Doc, name: str) -> bool:
    """Whether the page names an outlet of its own other than ``name``: a short line of the paste that is only an
    outlet's name (its masthead, 'Cullerby Bugle') and that a rights line names too. Then a bracketed name ending in
    an outlet word before the headline ('[The Tanyard Row Gazette] turns an empty shop into …', below the masthead)
    is part of the headline — a work's or a paper's name the story is about — not the original outlet's."""
    core = re.sub(r"^the\s+", "", name.lower())
    rights = [m.group(0).lower() for m in RIGHTS_LINE_RE.finditer(doc.text)]
    if not rights:
        return False
    for line in doc.text.split("\n"):
        t = line.strip()
        if (
            len(t) <= 40
            and 2 <= len(t.split()) <= 5
            and core not in t.lower()
            and HEADER_OUTLET_RE.match(t)
            and any(t.lower() in r for r in rights)
        ):
            return True
    return False


def _outlet_prefix(doc: Doc, text: str, first: bool) -> re.Match[str] | None:
    """An 'OUTLET: headline' line (a syndicated copy). On the paste's first line a capitalised prefix is enough;
    in title case, or below a syndicating site's own promo and menu lines, a rights line must name the same outlet
    ('ESTMARK HERALD: …' under 'Carrow Courier Plus: …' with '© 2025 Estmark Herald' at the end)."""
    if (br := BRACKET_PREFIX_RE.match(text)) and not br["title"].rstrip().endswith(TERMINAL[:1]):
        words = br["prefix"].lower().split()
        label = is_section_label(br["prefix"]) or set(words) <= BRACKET_LABEL_WORDS | {"and", "&", "of"}
        if not label and (
            first
            or _named_in_rights_line(doc, br["prefix"])
            or (is_outlet_name(br["prefix"]) and not _own_masthead(doc, br["prefix"]))
        ):
            return br
    m = PREFIX_RE.match(text)
    if not (m and m["prefix"].upper() == m["prefix"]):
        m = TITLE_PREFIX_RE.match(text)
        first = False
    if m is None and (d := DASH_PREFIX_RE.match(text)) and not d["title"].rstrip().endswith(TERMINAL[:3]):
        m, first = d, False
    if not m or len(m["prefix"].split()) > 6 or _chrome_like(text) or LABEL_RE.match(text):
        return None  # ('BREAKING NEWS: …' is a label, not an outlet)
    return m if first or _named_in_rights_line(doc, m["prefix"]) else None


def _repeated_name_line(doc: Doc, text: str) -> bool:
    """A short line of two to five capitalised words (an outlet's name by shape, 'Orvania Faith & Society') that
    the paste names again on another line (its photo credit, the author's bio, the rights line)."""
    if len(text) > 40 or not 2 <= len(text.split()) <= 5 or not HEADER_OUTLET_RE.match(text):
        return False
    return doc.text.count(text) >= 2 and any(text in line and line.strip() != text for line in doc.text.split("\n"))


def _strip_emoji(text: str) -> str:
    """A messenger post's headline behind (or before) emoji ('🔴 Headline', '⚡️ Headline ⚡️'): the words only."""
    ends = ("So", "Sk", "Cf", "Zs")  # symbols, joiners, spaces (and the variation selectors below)

    def emoji(ch: str) -> bool:
        return ch.isspace() or ch in "\ufe0e\ufe0f" or unicodedata.category(ch) in ends and ch not in "#*&©®"

    i, j = 0, len(text)
    while i < j and emoji(text[i]):
        i += 1
    while j > i and emoji(text[j - 1]):
        j -= 1
    return text[i:j] if i < j else text


PAGE_TITLE_SUFFIX_RE = re.compile(r"\s+[|–—-]\s+[^|–—-]{2,60}$")
PAGE_TITLE_PREFIX_RE = re.compile(r"^[^|–—-]{2,40}\s+[|–—-]\s+")


# a section kicker glued before the headline with a bar: 'Schools | Headline of six words or more' (one or two
# capitalised words that are not an outlet's name: no outlet word such as 'Herald' or 'News' last)
SECTION_BAR_RE = re.compile(r"^(?P<kicker>[A-Z][\w&'’-]+(?:\s+(?:&\s+)?[A-Z][\w&'’-]+)?)\s+\|\s+(?P<rest>[^|]+)$")


def _without_section_kicker(title: str) -> str:
    m = SECTION_BAR_RE.match(title)
    if m is None or nwords(m["rest"]) < 6 or not headline_like(m["rest"]):
        return title
    if m["kicker"].split()[-1].lower() in OUTLET_SUFFIXES:
        return title  # 'Tarn Herald | Headline': an outlet's name, left to the source rules
    return m["rest"]


# a page's <title> pasted as the headline line: 'Opinion | Headline of six words or more | The Outlet' (a section
# label of one to three words, the headline, the outlet's name last): the middle cell is the title, the last the outlet
PAGE_TITLE_BAR_RE = re.compile(r"\s+\|\s+")


def _page_title_cells(text: str) -> tuple[str, str] | None:
    cells = PAGE_TITLE_BAR_RE.split(text.strip())
    if len(cells) != 3:
        return None
    label, head, outlet = (c.strip() for c in cells)
    if not (label[:1].isupper() and nwords(label) <= 3 and not is_outlet_name(label)):
        return None
    if nwords(head) < 6 or not headline_like(head):
        return None
    if not (is_outlet_name(outlet) or (outlet.startswith("The ") and HEADER_OUTLET_RE.match(outlet))):
        return None
    return head, outlet


# a live label inside the headline, before its colon: 'Storm Ida LIVE: schools shut …' (in capitals, after two
# words or more)
MID_LIVE_RE = re.compile(r"(?<=\w)\s+(?:LIVE(?:\s+UPDATES)?|LIVE\s+BLOG)(?=:\s+\S)")


# what parts a label from its headline in any case: a colon, a bar, a dash or brackets
_LABEL_SEPARATOR_RE = re.compile(r"[:|–—\-\[\]]")


def _in_capitals(text: str) -> bool:
    """A headline set all in capitals ('LIVE UPDATES: COUNCIL VOTES ON …'): no lower-case letter, four capitals."""
    return not any(c.islower() for c in text) and sum(c.isupper() for c in text) >= 4


def _set_title(doc: Doc, u: Unit, title: str) -> None:
    t = _strip_emoji(title)
    caps = _in_capitals(t)
    m = LABEL_RE.match(t)
    if m and not (caps and not _LABEL_SEPARATOR_RE.search(m.group())):
        t = t[m.end() :]  # (in capitals, 'LIVE' before a space is as likely the headline's word: 'LIVE UPDATES: …')
    t = _without_section_kicker(t.strip())
    if not caps and (m2 := MID_LIVE_RE.search(t)) and nwords(t[: m2.start()]) >= 2:
        t = t[: m2.start()] + t[m2.end() :]
    doc.hints["title"] = collapse(t)
    u.tag = "title"
    doc.remove(u, "title")


def _masthead_heading(units: list[Unit], i: int) -> bool:
    """A '# ' heading that names the publication, with another '# ' heading (the post's headline) below it: an
    outlet-shaped name, or a name the page repeats inside another line ('Thanks for reading X!', 'Discover more
    from X')."""
    name = units[i].text.strip()[2:].strip()
    if not name or nwords(name) > 6:
        return False
    line = units[i].text.strip()
    return is_outlet_name(name) or any(name in v.text and v.text.strip() != line for v in units[i + 1 :])


@rule("title", "metadata")
def title(doc: Doc) -> None:
    """The headline: a '# ' line, an 'OUTLET: headline' line, or the last headline-like line before the byline,
    date line or first paragraph."""
    units = doc.units
    html_title = (doc.hints.get("html") or {}).get("title")
    if html_title:
        doc.hints["title"] = collapse(LABEL_RE.sub("", collapse(html_title)))  # 'BREAKING: Headline' on a saved page
    head = [i for i, u in enumerate(units[:40]) if u.rule is None and not followed_outlet(u.text)]
    if html_title or "title" in doc.hints:
        head = []
    if head and (page_title := doc.hints.get("print_page_title")):
        # a browser print's header names the page's <title> ('Headline | Outlet'): the line that repeats it (with
        # or without the outlet after a bar or dash) is the headline, whatever lines stand above it
        wanted = {collapse(page_title).lower(), collapse(PAGE_TITLE_SUFFIX_RE.sub("", page_title)).lower()}
        # an app's or aggregator's tab text puts its own name first: 'App – Headline'
        wanted.add(collapse(PAGE_TITLE_PREFIX_RE.sub("", page_title)).lower())
        found = [i for i in head[:15] if collapse(units[i].text).lower() in wanted]
        if found:
            # the longest line that repeats it: the headline, not the app's or site's name on a line of its own
            i = max(found, key=lambda k: (len(collapse(units[k].text)), -k))
            _set_title(doc, units[i], units[i].text.strip())
            head = []
    heads = [
        i
        for i in head[:12]
        if (t := units[i].text.strip()).startswith("# ")
        and (headline_like(t[2:]) or nwords(t) <= 40)
        and any(c.isalnum() for c in t)  # (not a press release's spaced end mark '# # #')
    ]
    for n, i in enumerate(heads):
        t = units[i].text.strip()
        if n + 1 < len(heads) and _masthead_heading(units, i):
            continue  # a newsletter platform's '# Publication' over the post's '# Headline'
        _set_title(doc, units[i], t[2:])
        break
    if "title" not in doc.hints and head:
        for k, i in enumerate(head[:6]):
            m = _outlet_prefix(doc, units[i].text.strip(), first=k == 0)
            if m:
                doc.hints["source_prefix"] = m["prefix"]
                _set_title(doc, units[i], m["title"])
                break
            if len(units[i].text) >= 100 and units[i].prose and not _chrome_sentence(units[i]):
                break  # the article has begun
    if "title" not in doc.hints and head:
        tagged = [i for i, u in enumerate(units[:60]) if u.tag in ("byline", "date")]
        if not tagged:  # a relative time ('Updated 2h ago') marks the header's end only when nothing else does
            tagged = [i for i, u in enumerate(units[:60]) if u.tag == "reldate"]
        first_prose = next(
            (i for i, u in enumerate(units) if u.rule is None and len(u.text) >= 100 and u.prose), len(units)
        )
        if tagged and tagged[0] < first_prose - 30 and (
            near := [i for i in tagged if first_prose - 30 <= i <= first_prose + 2]
        ):
            tagged = near  # the day's date in the site's header, far above the article's own header
        if not tagged and first_prose > 60:
            # a long page (menus, teaser lists) before the article: its header's byline or date line, just above
            # the first paragraph
            tagged = [
                i
                for i, u in enumerate(units[max(0, first_prose - 40) : first_prose + 3], max(0, first_prose - 40))
                if u.tag in ("byline", "date")
            ]
        if (
            (not tagged or tagged[0] > first_prose + 2)
            and first_prose < len(units)
            and _chrome_sentence(units[first_prose])
        ):
            # that "paragraph" is a cookie banner or promo sentence above the headline: the first real one
            first_prose = next(
                (
                    i
                    for i, u in enumerate(units)
                    if u.rule is None and len(u.text) >= 100 and u.prose and not _chrome_sentence(u)
                ),
                len(units),
            )
        if tagged and units[tagged[0]].tag == "date" and _bare_day(units[tagged[0]].text):
            # the site's day ('Thursday 12 June 2025', no time, no label) under its masthead, then the headline and
            # the article's own byline above its first paragraph: the byline marks the header's end
            byl = next((i for i in tagged if units[i].tag == "byline" and i < first_prose), None)
            if byl is not None and any(
                units[k].rule is None and headline_like(units[k].text) and nwords(units[k].text) >= 5
                for k in range(tagged[0] + 1, byl)
            ):
                tagged = [i for i in tagged if i >= byl]
        stop = tagged[0] if tagged and tagged[0] <= first_prose + 2 else first_prose
        # a PDF print: the first headline-like block before the byline (past the menu row and section labels)
        printed = (
            next(
                (
                    i
                    for i in head
                    if (i < stop or _long_print_headline(units, i, stop, head)) and _print_headline(units[i].text)
                ),
                None,
            )
            if doc.wrapped
            else None
        )
        if printed is not None:
            rest = _headline_run_to_byline(units, printed, stop)
            for v in rest:
                v.tag = "title"
                doc.remove(v, "title")
            _set_title(doc, units[printed], " ".join([units[printed].text.strip()] + [v.text.strip() for v in rest]))
        else:
            skipped = 0
            for i in range(stop - 1, max(-1, stop - 8), -1):
                u = units[i]
                if u.rule is not None:
                    continue
                t = u.text.strip()
                if _nav_row(t) and (crumb := _crumb_headline(t)):
                    _set_title(doc, u, crumb)  # no headline line: the breadcrumb's last cell names the page
                    break
                if page := _page_title_cells(t):
                    doc.hints.setdefault("source_prefix", page[1])  # 'Opinion | Headline | The Outlet'
                    _set_title(doc, u, page[0])
                    break
                if LABEL_LINE_RE.match(t) or len(t) < 12 or _nav_row(t) or _chrome_like(t) or SLASH_CRUMB_RE.match(t):
                    continue
                if BACK_LINK_RE.match(t) or SPACED_CAPS_RE.search(t) or followed_outlet(t):
                    continue  # 'Back to overview', 'X Y Z LOCAL /', 'Follow The Outlet' (also left out of ``head``)
                if _caption_like(t):
                    continue  # a photo caption or credit between the headline and the byline
                if stop != first_prose and skipped < 2 and t.endswith(".") and len(t) <= 300:
                    skipped += 1  # a one-sentence standfirst (or caption) between the headline and the byline
                    continue
                if (pm := _outlet_prefix(doc, t, first=False)) is not None:
                    # 'OUTLET | headline' right above the byline, below a forum's or app's own lines
                    doc.hints["source_prefix"] = pm["prefix"]
                    _set_title(doc, u, pm["title"])
                    break
                if headline_like(t) and (stop != first_prose or i >= stop - 3) and not t.endswith(":"):
                    # a standfirst (dek) between headline and byline: the headline is the shorter line above it, or
                    # the one with a kicker ('Interview | …')
                    above = units[i - 1] if i > 0 and u.gap <= 1 else None
                    labelled = (lm := LABEL_RE.match(t)) is not None and _LABEL_SEPARATOR_RE.search(lm.group())
                    if (
                        above is not None
                        and not labelled  # 'Live: Headline' is the headline itself, never a standfirst under one
                        and above.rule is None
                        and headline_like(above.text)
                        and nwords(above.text) >= 4
                        and (
                            len(t) >= 1.3 * len(above.text.strip())
                            or LABEL_RE.match(above.text.strip())
                            or _kicker_over(units, i - 1)
                            # a section breadcrumb right over the shorter line ('Education › Schools' / headline /
                            # standfirst): the crumb sits over the headline
                            or (
                                len(t) > len(above.text.strip())
                                and i >= 2
                                and above.gap == 0
                                and _section_crumb(units[i - 2].text)
                            )
                        )
                        and not _chrome_like(above.text)
                        and not _chrome_like(t)
                        and not LABEL_LINE_RE.match(above.text.strip())
                        and not (above.gap == 0 and i >= 2 and is_outlet_name(units[i - 2].text))  # a tagline
                        and not _repeated_name_line(doc, above.text.strip())  # the outlet's name above the headline
                        and not _caption_like(above.text)  # an image's alt text above its caption
                        and not followed_outlet(above.text)  # the site's 'Follow Name' row
                        and not _section_crumb(above.text)  # 'Business › Local Heroes': the page's sections
                        and not _section_and_place(above.text, t)  # 'News | Ulverdyke and the Fells' over a headline
                    ):
                        _set_title(doc, above, above.text.strip())
                    else:
                        _set_title(doc, u, t)
                break
    t0 = doc.hints.get("title")
    if t0:
        low = t0.lower()
        key = low[:8]
        # a print's first line 'Headline | Outlet' taken for the title: the headline line under it repeats it
        # without the outlet ('Headline' over the byline), and is the title's too
        m = PAGE_TITLE_SUFFIX_RE.search(t0)
        bare = low[: m.start()] if m and is_outlet_name(m.group().lstrip(" |–—-")) else low
        for u in units:
            if u.rule is None and len(u.text) < 3 * len(t0) + 20 and u.text.lstrip("#>*_ ")[:8].lower() == key:
                p = collapse(u.plain).lower()
                if p in (low, bare) or (
                    p.startswith(low) and len(p) - len(low) < 60 and re.match(r"^\s*[-|–—:]", p[len(low) :])
                ):
                    doc.remove(u, "title")


# an e-mail newsletter edition: its 'View in browser' line, and the label over its lead article
VIEW_ONLINE_RE = re.compile(
    r"^\W{0,3}(?:view|read|open)\s+(?:this\s+(?:e-?mail|newsletter|edition|issue)\s+|it\s+)?"
    r"(?:(?:in|on)\s+(?:your\s+|a\s+|the\s+)?(?:browser|web)|online)\b.{0,20}$",
    re.I,
)
LEAD_LABEL_RE = re.compile(
    r"^\W{0,3}(?:(?:today|tonight|this\s+(?:morning|evening|week))['’]s\s+|our\s+|the\s+)?"
    r"(?:lead|lead\s+story|top\s+story|big\s+story|main\s+story|cover\s+story|featured\s+story|story\s+of\s+the\s+day)"
    r"\W{0,3}$",
    re.I,
)


@rule("newsletter_edition", "metadata")
def newsletter_edition(doc: Doc) -> None:
    """An e-mail newsletter edition (a mail header or a 'View in browser' line at the top) whose lead article sits
    under a label ('TODAY’S LEAD', 'Top story'): the headline right under the label is the title; the edition's
    furniture above the label (masthead, edition date line, the editor's intro) is not the article, and the
    dates found there (the mail's Date:, the edition's date line) are the edition's, which rank below the
    article's own (a dated byline, its URL path)."""
    units = doc.units
    if "title" in doc.hints or (doc.hints.get("html") or {}).get("title"):
        return
    top = [i for i, u in enumerate(units[:15]) if u.text.strip()]
    mailed = any(units[i].rule == "mail_header" for i in top)
    if not mailed and not any(units[i].rule is None and VIEW_ONLINE_RE.match(units[i].plain.strip()) for i in top):
        return
    labels = (i for i, u in enumerate(units[:40]) if u.rule is None and len(u.text) < 40)
    label = next((i for i in labels if LEAD_LABEL_RE.match(units[i].plain.strip())), None)
    if label is None:
        return
    kept = [i for i in range(label + 1, min(len(units), label + 4)) if units[i].rule is None or units[i].tag]
    if not kept or units[kept[0]].rule is not None:
        return
    head = units[kept[0]]
    t = head.text.strip()
    if not headline_like(t) or t.endswith((":", "?:")) or _chrome_like(t) or LEAD_LABEL_RE.match(t):
        return
    nxt = units[kept[1]] if len(kept) > 1 else None
    after = units[kept[2]] if len(kept) > 2 else None
    name = bare_name(nxt.plain) if nxt is not None and nxt.rule is None and len(nxt.text) < 60 else None
    if name and not (after is not None and after.rule is None and after.prose):
        name = None
    if nxt is None or not (nxt.tag in ("byline", "date") or name or (nxt.rule is None and nxt.prose)):
        return  # the headline opens the article: a byline, a date line or a paragraph under it
    _set_title(doc, head, t)
    bare = doc.hints.get("bare_author")
    if bare and any(u.tag == "byline" and bare in u.plain for u in units[:label]):
        # a bare name next to the edition's date line (its masthead, the editor's name) is not the lead's author
        doc.hints.pop("bare_author", None)
        doc.hints.pop("bare_authors", None)
    if name and nxt is not None and not doc.hints.get("authors"):
        doc.hints.setdefault("authors", []).append(name)  # the lead's bare byline name under its headline
        nxt.tag = "byline"
        doc.remove(nxt, "byline")
    for u in units[: label + 1]:
        if u.rule is None and u.text.strip():
            doc.remove(u, "newsletter_edition")
    doc.hints["dates"] = [(i, "edition" if i < label else kind, d) for i, kind, d in doc.hints.get("dates", [])]


# a lead's dateline: 'TOWN —', 'TOWN, Region (Agency) -', or a print's 'TOWN: The …' (a place in capitals and a colon,
# not a kicker's label such as 'ANALYSIS:' or 'EXCLUSIVE:')
DATELINE_START_RE = re.compile(
    r"^[A-Z][A-Z .'’-]{2,30}(?:,\s*[\w .]+)?\s*(?:\([^)]*\)\s*)?[—–-]|"
    r"^(?!(?:ANALYSIS|COMMENT|EXCLUSIVE|OPINION|BREAKING|UPDATE|REVIEW|INTERVIEW|WATCH|LISTEN|PICTURED|SPECIAL|LIVE|"
    r"EDITORIAL|FEATURE|INSIGHT|EXPLAINER|REVEALED|PREVIEW|VIEWPOINT|LETTERS?|NEWS)\b)[A-Z][A-Z'’-]{2,20}"
    r"(?:\s[A-Z][A-Z'’-]{1,20}){0,2}:\s+(?-i:[A-Z])"
)


PRINT_CREDIT_END_RE = re.compile(
    r"\b(?:pictures?|photos?|photographs?|photography|images?|credits?|pics?)\s*:\s*\S[^.!?]{0,60}$", re.I
)


_QUOTED_RE = re.compile(r"[“\"«„]([^“”\"«»„]{10,})[”\"»“]")


def _quotes_repeated_below(text: str, below: list) -> bool:
    """Every quotation in ``text`` is quoted again in a kept unit below it: a standfirst that repeats the article's
    quote ('"…," says Name, 79' over the paragraph that quotes the same words), not a quote of its own."""
    found = _QUOTED_RE.findall(text)
    if not found:
        return False
    kept = " ".join(" ".join(u.text.split()) for u in below if u.rule is None)
    return all(" ".join(q.split()).rstrip(" ,.") in kept for q in found)


def _print_standfirst(doc: Doc) -> None:
    """A print's standfirst: the only kept paragraph between the headline (removed by ``title``) and the byline right
    under it, a blank line on either side, at most two sentences and 300 characters, no quotation of its own (one the
    article quotes again below is the standfirst repeating it)."""
    units = doc.units[:30]
    ti = next((i for i, u in enumerate(units) if u.rule == "title"), None)
    bi = next((i for i, u in enumerate(units) if u.tag == "byline"), None)
    if ti is None or bi is None or bi <= ti + 1:
        return
    between = [u for u in units[ti + 1 : bi] if u.rule is None]
    if len(between) != 1 or units[bi].rule is None or between[0] is not units[bi - 1]:
        return
    u = between[0]
    t = u.text.strip()
    repeated = any(q in t for q in "\"“”«»„") and _quotes_repeated_below(t, units[bi + 1 :])
    if (
        # (set apart by blank lines; a magazine's header block printed without them, headline, standfirst and
        # credit line run together, when the standfirst repeats a quotation of the article below)
        (u.gap >= 1 and units[bi].gap >= 1 or repeated)
        and 40 <= len(t) <= 300
        and len(re.findall(r"[.!?](?:\s|$)", t)) <= 2
        and (not any(q in t for q in "\"“”«»„") or repeated)
        and not DATELINE_START_RE.match(t)
        # (a picture's caption over the byline, its credit at the end: '… in borrowed gowns. PICTURE: NAME')
        and not _caption_like(t)
        and not PRINT_CREDIT_END_RE.search(t)
    ):
        doc.remove(u, "standfirst")


@rule("standfirst", "metadata")
def standfirst(doc: Doc) -> None:
    """A standfirst right under the byline or date line: no blank line above it (the page header's block), a blank
    line below, at most two sentences, while the article's own paragraphs are set apart by blank lines. In a print,
    the one paragraph between the headline and the byline (a business weekly's 'Headline' / 'The family firm's third
    warning … will work' / 'By Name')."""
    units = doc.units
    if doc.wrapped:
        _print_standfirst(doc)
        return
    tagged = [i for i, u in enumerate(units[:40]) if u.tag in ("byline", "date")]
    if not tagged:
        return
    k = tagged[-1] + 1
    if k >= len(units) or units[k].rule is not None or units[k].gap != 0:
        return
    u = units[k]
    t = u.text.strip()
    after = [v for v in units[k + 1 : k + 8] if v.rule is None][:3]
    if (
        len(t) <= 200
        and len(re.findall(r"[.!?](?:\s|$)", t)) <= 2
        and not t.startswith(("“", '"', "«", "„"))
        and not DATELINE_START_RE.match(t)
        and len(after) == 3
        and all(v.gap >= 1 for v in after)
        and after[0].prose
    ):
        doc.remove(u, "standfirst")
