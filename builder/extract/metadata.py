"""Metadata from a pasted article: dates, bylines, outlet names, URLs, titles from slugs.

Pure parsing helpers; the cleaner's metadata rules (builder/clean/rules_meta.py) decide which
lines to look at and call these.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote, urlsplit

from builder.model import Metadata

_ENGLISH_MONTHS = frozenset(
    "january february march april june july august september sept october november december".split()
)
MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    # French and German month names (a page's chrome in another language: 'Publié le 27 novembre 2026')
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
    "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "januar": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
    # Spanish, Italian, Portuguese ('19 de noviembre de 2019', '19 novembre 2019', '19 de novembro de 2019')
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10,
    "dezembro": 12,
    # Dutch ('Gepubliceerd op 7 maart 2025': a portal's chrome around an English article)
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    # Russian, in the genitive a date uses ('19 ноября 2019') and the nominative
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
    "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12, "январь": 1, "февраль": 2, "март": 3,
    "апрель": 4, "май": 5, "июнь": 6, "июль": 7, "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11,
    "декабрь": 12,
    # Arabic (the names used in Egypt and the Gulf: '20 نوفمبر 2019')
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
    "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
}  # fmt: skip
# the months of other languages, longest first so that a regex alternation takes the whole word
_OTHER_MONTHS = "|".join(
    sorted((k for k in MONTHS if (len(k) > 3 or k == "mei") and k not in _ENGLISH_MONTHS), key=len, reverse=True)
)
_MON = (
    r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|"
    r"octobre|novembre|d[ée]cembre|Januar|Februar|M(?:ä|ae)rz|Juni|Juli|Oktober|Dezember|" + _OTHER_MONTHS + ")"
)
_DATE_RES = [
    re.compile(r"(?<![\d/])(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?!\d)"),
    re.compile(_MON + r"\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})\b", re.I),
    re.compile(
        r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+|de\s+)?" + _MON + r"\.?,?\s+(?:de\s+)?(?P<y>(?:19|20)\d{2})\b",
        re.I,
    ),
    re.compile(r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>(?:19|20)\d{2})(?!\d)"),
    re.compile(r"(?<![\d/])(?P<y>(?:19|20)\d{2})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})(?![\d/])"),
]
URL_DATE_RE = re.compile(r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})(?:/|-|$)")
# '/20250422/' or a slug's tail '…-bank-shares-20250422-p5lk2x.html'
URL_DATE_COMPACT_RE = re.compile(r"[/-](?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?:/|-|\.|$)")
# a month name in the path: '/live/2026/nov/27/slug'
URL_DATE_NAMED_RE = re.compile(r"/(?P<y>(?:19|20)\d{2})/" + _MON + r"/(?P<d>\d{1,2})(?:/|-|$)", re.I)

_NAME_WORD = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’\-.]*[\w.]"  # Latin or Cyrillic capital first
_PARTICLE = r"(?:van|von|der|den|de|du|da|di|del|della|dos|das|la|le|bin|al|el|ter|ten|op|St\.)"
NAME = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_NAME_WORD}){{1,3}}"
NAME_RE = re.compile(rf"^{NAME}$")
_ROLE = (
    r"(?:(?:Senior|Chief|Deputy|Foreign|Diplomatic|Political|Security|Defence|Defense|Europe|Europe|Moscow|Washington|"
    r"International|World|Economics|Staff|Special|Contributing|Investigative|Data|Science|Health|Business|Tech|"
    r"Technology|Political|Associate|Managing|Executive|News|Digital|Senior Political)\s+){0,3}"
    r"(?:Correspondent|Reporter|Editor|Writer|Columnist|Journalist|Analyst|Contributor|Producer)s?"
)
BYLINE_BY_RE = re.compile(
    rf"^(?:[Bb]y|BY|Von|Por|Par|Di|Door|"
    rf"(?:Written|Words|Story|Text|Report|Interview|Interviewed|Reported|Posted|Analysis|Commentary|Review|Compiled)"
    rf"\s+by:?|"
    # a wire's 'Filed by Name, Role'; a live page's 'Live coverage by A and B' / 'Posts by A and B' and its entries'
    # 'Entry by Name'; 'Live reporting by A and B'
    # ('Live text by A and B', 'Live commentary by A', a sports page's)
    rf"(?:Filed|Entry|Posts|(?:Live\s+)?[Cc]overage|(?:Live\s+)?[Rr]eporting|Live\s+(?:text|commentary))\s+by(?=\s+[A-Z])|"
    # a live page's keeper: 'Kept up to date by Name'; its writers: 'Updates by A and B', 'Live updates by Name'
    # its writers also: 'Written up by A and B'
    # ('Live reporting from A and B': two names or more, so that 'Live reporting from New York' names no one)
    rf"Live\s+(?:reporting|coverage|updates)\s+from(?=\s+{NAME}\s*(?:,|and|&)\s+{NAME})|"
    rf"Kept\s+up\s+to\s+date\s+by(?=\s+[A-Z])|Written\s+up\s+by(?=\s+[A-Z])|(?:(?:Live\s+)?[Uu]pdates)\s+by(?=\s+[A-Z])|"
    rf"Words(?=\s+[A-Z]{{2,}}\b)|"
    # a print's 'Report: Name, Role' (only with the reporter's role after the comma: 'Report: Flood Defences Fail' is
    # a headline)
    rf"Report\s*:(?=[^,:]{{3,60}},\s*(?:[\w-]+\s+){{0,3}}(?i:correspondent|reporter|editor|writer|journalist)s?\b)|"
    rf"(?:Text|Words|Author|Authors|Reporter|Reporters|Reporting|Autor|Texto|Texte|Testo|Текст|Автор|Авторы)\s*:|"
    # a team of writers: 'Reporting team: A & B', 'Writing team: A and B'
    rf"(?:Reporting|Writing|Editorial|(?:Live\s*)?[Bb]log|Live)\s+team\s*:|"
    # a live page's 'Reporting live: A and B'
    rf"(?:Reporting|Writing|Blogging)\s+live\s*:|"
    # its writers at their desk: 'Now blogging: A and B', 'Blogging today: A', 'Now reporting: A and B'
    rf"Now\s+(?:blogging|reporting|writing|posting)\s*:|(?:Blogging|Posting)\s+(?:today|now)\s*:|"
    # a live page's 'Bringing you the updates: A and B' ('… today's updates:', '… the coverage:')
    rf"Bringing\s+you\s+(?:the\s+|today['’]s\s+|these\s+)?(?:updates|coverage)\s*:)"
    rf"\s+(?P<names>{NAME}(?:\s*(?:,|and|&|und|y|e|et)\s+{NAME})*)"
)
# 'By Anna Berg in Oslo and Tom Hale in Bergen': where each author filed from is not part of the name
BYLINE_PLACE_RE = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?=\s*(?:,|\band\b|&|$))")
# (a hyphen is the separator only with a space before it: unspaced it joins a double-barrelled surname, 'Ann
# Lee-Voss is a news reporter …' is not 'Ann Lee' and a role)
BYLINE_ROLE_RE = re.compile(
    rf"^(?P<names>{NAME}(?:\s*(?:,|and|&)\s+{NAME})*)(?:\s*(?:,|\||–|—|·|•)|\s+-)\s*(?:[\w.]+\s+)?{_ROLE}\b"
)
# 'Anna Keller, Geneva correspondent' / 'Anna Keller, staff writer at the Ledger' / 'Anna Keller, Rural affairs
# reporter · The Valley Times': the whole line is the byline
BYLINE_ROLE_LC_RE = re.compile(
    rf"^(?P<names>{NAME}(?:\s*(?:,|and|&)\s+{NAME})*)(?:\s*(?:,|\||–|—|·|•)|\s+-)\s*(?:[\w.]+\s+){{0,4}}"
    r"(?i:correspondent|reporter|editor|writer|columnist|journalist|analyst|contributor|producer)s?"
    r"(?:\s*(?:,|·|•|\||at|for|in|with)\s+[^.!?]{2,40})?$"
)
# 'Anna Berg reporting from Bergen' (a live page's byline): the names, then where they report from
BYLINE_FROM_RE = re.compile(
    rf"^(?P<names>{NAME}(?:\s*(?:,|and|&)\s+{NAME})*),?\s+(?:reporting|writing)\s+from\s+"
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$"
)
# 'Anna Berg | 27 Nov 2026, 19:04 CET | 4 min read': names, a bar or dot, then the date
# ('Anna Berg - Nov 19, 2025, 10:31 pm CST': a dash between them)
BYLINE_DATED_RE = re.compile(
    rf"^(?P<names>{NAME}(?:\s*(?:,|and|&)\s+{NAME})*)(?:\s*[|·•]\s*|\s+[-–—]\s+)(?=.*\b(?:19|20)\d\d\b)"
)
# a health or fact-check site's reviewer line under the headline ('Clinically reviewed by Dr. A. Reviewer, RN')
REVIEWED_BY_RE = re.compile(
    # (a name follows: 'Reviewed by an outside panel in March, the data …' is a sentence)
    r"^\W*(?:(?:medically|clinically|expert|editorially)\s+)?(?:reviewed|fact[- ]?checked|verified)\s+by\s+(?-i:[A-Z])",
    re.I,
)
BYLINE_INNER_RE = re.compile(rf"\b(?:by|By|BY)\s+(?P<names>{NAME}(?:\s*(?:,|and|&)\s+{NAME})*)")
ROLE_WORD_RE = re.compile(
    # ('Words: Name, Rivers Officer': a charity's or council's officer writing its newsletter)
    r"\b(?:correspondent|reporter|editor|writer|columnist|journalist|analyst|contributor|producer|staff|officer|"
    r"bureau|desk|team|chief|senior|deputy|affairs)s?\b",
    re.I,
)
SPLIT_NAMES_RE = re.compile(r"\s*(?:,|\band\b|&|\bund\b)\s*")
NOT_NAME_WORDS = frozenset(
    "The A An In On At Of For And Or To From With By Updated Published Posted Share Follow Staff Reuters AP AFP "
    "Twitter Facebook Email E-mail WhatsApp Telegram LinkedIn Reddit "
    "Associated Press Agency Agencies News Team Editorial Desk Board Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday Jan January Feb February Mar March Apr April May Jun June Jul July Aug August Sep Sept "
    "September Oct October Nov November Dec December Points Takeaways Highlights".split()
)
OUTLET_SUFFIXES = (
    "news", "times", "post", "herald", "tribune", "journal", "ledger", "independent", "gazette", "daily",
    "telegraph", "guardian", "observer", "review", "chronicle", "standard", "express", "mail", "star", "sun",
    "mirror", "record", "monitor", "dispatch", "courier", "press", "wire", "report", "insider", "today", "week",
    "weekly", "globe", "register", "examiner", "bulletin", "sentinel", "inquirer", "enquirer", "leader",
    "voice", "world", "nation", "online", "magazine", "digest", "almanac", "envoy", "service", "signal",
    "institute", "foundation", "tv", "radio", "echo", "mercury", "advertiser", "beacon", "argus", "messenger",
    "clarion",
)  # fmt: skip
# a broadcaster's suffix written in capitals ('eastbrooktv' -> 'Eastbrook TV')
UPPER_SUFFIXES = ("tv", "fm")
# the words of a section label ('Commentary & News', 'World News'): a date line's first cell made of them is the
# page's section, not the outlet
SECTION_WORDS = frozenset(
    "news commentary comment opinion analysis world business politics sport sports culture features science "
    "economy research insights blog updates events local national international video podcasts".split()
)
SOCIAL_DOMAINS = ("t.me", "twitter.com", "x.com", "facebook.com", "instagram.com", "youtube.com", "youtu.be",
                  "tiktok.com", "linkedin.com", "telegram.me", "bit.ly", "tg.example")  # fmt: skip


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def ascii_digits(text: str) -> str:
    """Arabic-Indic and Persian digits as ASCII ones ('٢٠ نوفمبر ٢٠١٩' -> '20 نوفمبر 2019'), one for one."""
    return text if text.isascii() else text.translate(_DIGITS)


def _ymd(y: int, m: int, d: int) -> str | None:
    if 1 <= m <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return None


def find_date(text: str) -> tuple[int, str] | None:
    """The first full date (with a year) in ``text``: (position, ISO date)."""
    text = ascii_digits(text)
    best: tuple[int, str] | None = None
    for i, rx in enumerate(_DATE_RES):
        for m in rx.finditer(text):
            g = m.groupdict()
            y = int(g["y"])
            if i in (0, 4):
                iso = _ymd(y, int(g["m"]), int(g["d"]))
            elif i == 3:
                a, b = int(g["a"]), int(g["b"])
                iso = _ymd(y, a, b) if b > 12 else _ymd(y, b, a)  # day first unless impossible
            else:
                iso = _ymd(y, MONTHS[g["mon"].lower().rstrip(".")], int(g["d"]))
            if iso and (best is None or m.start() < best[0]):
                best = (m.start(), iso)
            break
    return best


# 'Published: 09.23.25, 18:40 IDT': a two-digit year after a date label (never read without the label: '09.23.25'
# alone may be anything); written out with its century so that find_date reads it ('09.23.2025')
LABELLED_SHORT_YEAR_RE = re.compile(
    r"(\b(?:published|updated|posted|modified)\s*:?\s*)(\d{1,2})([./])(\d{1,2})\3(\d{2})(?![\d./])", re.I
)


# ... or before a clock time: a byline's timestamp ('By Name - 11/18/19 11:04 PM EST')
TIMED_SHORT_YEAR_RE = re.compile(r"(?<![\d./])(\d{1,2})([./])(\d{1,2})\2(\d{2})(?=,?\s+\d{1,2}:\d{2}(?!\d))")


# the shape both need, searched first: most lines have none, and the labelled pattern is slow to fail
_SHORT_DATE_RE = re.compile(r"\d[./]\d{1,2}[./]\d\d")


def long_years(text: str) -> str:
    """'Published: 09.23.25' -> 'Published: 09.23.2025' (only after a date label or before a clock time)."""
    if _SHORT_DATE_RE.search(text) is None:
        return text
    text = LABELLED_SHORT_YEAR_RE.sub(lambda m: f"{m[1]}{m[2]}{m[3]}{m[4]}{m[3]}20{m[5]}", text)
    return TIMED_SHORT_YEAR_RE.sub(lambda m: f"{m[1]}{m[2]}{m[3]}{m[2]}20{m[4]}", text)


def date_from_url(url: str | None) -> str | None:
    if not url:
        return None
    path = urlsplit(url).path
    m = URL_DATE_RE.search(path) or URL_DATE_COMPACT_RE.search(path)
    if m:
        return _ymd(int(m["y"]), int(m["m"]), int(m["d"]))
    n = URL_DATE_NAMED_RE.search(path)
    return _ymd(int(n["y"]), MONTHS[n["mon"].lower()], int(n["d"])) if n else None


GIVEN_NAME_MONTHS = frozenset({"Jan"})  # month abbreviations that are also given names


# a word with two or more capitals before its lower-case letters ('HARBOURNews'): an outlet's name, not a name's
GLUED_OUTLET_RE = re.compile(r"^[A-Z]{2,}[a-z]")
_PARTICLES = frozenset(_PARTICLE.strip("(?:)").replace("\\", "").split("|"))


def _outlet_word(w: str) -> bool:
    return w[:1].isupper() and w.strip(".,").lower() in OUTLET_SUFFIXES


def clean_name(name: str) -> str | None:
    words = name.strip(" ,.;:|").split()
    cut_from = None
    for i, w in enumerate(words):
        if i == 0 and w in GIVEN_NAME_MONTHS and len(words) > 1 and words[1][:1].isupper():
            continue  # 'By Jan Novak': a given name, not a month
        if w.strip(".,") in NOT_NAME_WORDS or (w.isupper() and w.strip(".,").title() in NOT_NAME_WORDS):
            cut_from = words[-1]
            words = words[:i]
            break
    for i, w in enumerate(words):
        if i >= 2 and GLUED_OUTLET_RE.match(w):
            words = words[:i]  # 'Anna Berg HARBOURNews': the outlet's name glued to the byline, not a surname
            break
    if len(words) > 2 and _outlet_word(words[-1]):
        # 'Anna Berg Harbour Valley Leader': the writer's paper after the name (two words, or three with a middle
        # initial or particle: 'Tom J. Hale Harbour Valley Leader')
        n = 3 if len(words) > 3 and (re.match(r"^[A-Z]\.?$", words[1]) or words[1] in _PARTICLES) else 2
        if all(w[:1].isupper() for w in words[n:]):
            words = words[:n]
    elif len(words) == 2 and _outlet_word(words[-1]) and cut_from is not None and _outlet_word(cut_from):
        return None  # 'Harbour Post News Weekly': an outlet's name, not a person's
    if len(words) in (4, 6) and words[: len(words) // 2] == words[len(words) // 2 :]:
        words = words[: len(words) // 2]  # 'By Anna Berg Anna Berg': the name and its link, rendered twice
    if not (2 <= len(words) <= 5):
        return None
    if (
        cut_from is not None
        and cut_from.strip(".,") in BYLINE_ORG_WORDS
        or any(w.strip(".,") in BYLINE_ORG_WORDS for w in words)
    ):
        return None  # 'by Northern Space Agency', 'Harbour Health Organisation': an organisation, not a person
    name = " ".join(words).strip(" ,.;:|")
    if name.isupper() and len(name) > 4:  # 'BY KAREL DVORNIK': the name written as a name
        name = _titlecase_name(name)
    elif any(len(w) > 2 and w.isupper() and w not in ROMAN for w in words):  # a print byline's 'Ingrid SOLVANG'
        name = " ".join(_titlecase_name(w) if len(w) > 2 and w.isupper() and w not in ROMAN else w for w in words)
    return name if NAME_RE.match(name) else None


ROMAN = frozenset({"II", "III", "IV", "VI", "VII", "VIII"})
# the last words of an organisation's name (a press release's 'by … Agency'): never a person's (a byline's short
# list, not builder.extract.names.ORG_WORDS, which also stops names inside body text)
BYLINE_ORG_WORDS = frozenset(
    "Agency Agencies Association Administration Organization Organisation Institute Institution University "
    "Ministry Department Commission Council Authority Foundation Laboratory Observatory Society".split()
)


_TITLECASE_SMALL = frozenset(
    "van von der den de du da di del della dos das la le bin al el and und in for of the with".split()
)


def _titlecase_name(name: str) -> str:
    """'KAREL O'NEILL-DVORNIK' -> 'Karel O'Neill-Dvornik'; particles lower case inside ('VAN DER BERG'), and the
    words that join names in a byline ('BY ANNA BERG AND TOM HALE IN OSLO')."""

    def word(w: str, first: bool) -> str:
        if not first and w.lower() in _TITLECASE_SMALL:
            return w.lower()
        return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), w)

    return " ".join(word(w, i == 0) for i, w in enumerate(name.split()))


def unmark(text: str) -> str:
    """A byline without markdown emphasis ('**By** [Name]', 'by **Name** | date') and, when it is all in capitals,
    written as names are ('BY ANNA BERG AND TOM HALE' -> 'By Anna Berg and Tom Hale')."""
    t = text.strip()
    if "**" in t or "__" in t:
        t = t.replace("**", "").replace("__", "")
    t = t.strip("*_ ")
    if t.isupper() and len(t) > 4:
        t = _titlecase_name(t)
    return t


# a byline of the newsroom, not of people: 'By KTN World staff', 'By the Ledger's reporters'
# 'By A and B, Outlet': a comma after the list's 'and' starts the writers' affiliation or place, not a third name
AFTER_AND_RE = re.compile(r"(\s(?:and|&)\s[^,]+),.*$")
# a line that ends in a role noun ('Political Correspondent', 'Staff Writer'): the role under a byline's name
ROLE_END_RE = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|columnist|journalist|analyst|contributor|producer)s?\W*$", re.I
)
# 'Seo Min-ah / seo.minah@outlet.example', 'Name [name@outlet.example]': a reporter's name and e-mail, the
# byline as Korean dailies write it (often at the end)
BYLINE_MAIL_RE = re.compile(
    rf"^(?:By\s+|Reporter\s+)?(?P<names>{NAME})\s*(?:/|\||\[|\()\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[\])]?$"
)
STAFF_END_RE = re.compile(r"\s(?:staff|team|desk|newsroom)$", re.I)
STAFF_AFTER_RE = re.compile(r"\s+(?:staff|reporters|team|desk|newsroom|correspondents)\b", re.I)


# 'By A / Health Correspondent and B & C / Data Unit', 'Compiled by A & B / Edited by C': after a slash, a writer's role
# (capitalised words with a role noun) or another credit (the editor's) -- not a name ('By A / B' keeps B)
SLASH_ROLE_RE = re.compile(
    r"\s+/\s+(?:(?:edited|editing|produced|subbed)\s+by\b.*$|"
    r"(?P<role>(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)(?=\s+(?:and|&)\s+|\s*,\s+|\s*$))"
)
SLASH_ROLE_WORD_RE = re.compile(
    r"\b(?:unit|team|desk|bureau|staff|correspondent|reporter|editor|writer|columnist|"
    r"journalist|analyst|contributor|producer)s?\b",
    re.I,
)


def _without_slash_roles(t: str) -> str:
    return SLASH_ROLE_RE.sub(lambda m: m[0] if m["role"] and not SLASH_ROLE_WORD_RE.search(m["role"]) else "", t)


# a print's credit line of two cells, 'Words: A   Photography: B': the second cell (after a wide gap or a separator)
# credits the pictures, not the writing
CREDIT_CELL_RE = re.compile(
    r"(?:\s{2,}|\s+[|·•]\s+)(?:photography|photographs?|pictures?|photos?|images?|illustrations?|graphics|design)"
    r"(?:\s+by)?\s*:.*$",
    re.I,
)


def parse_byline(text: str) -> list[str] | None:
    """Author names from a byline ('By A and B', 'by A March 3, 2025 ...', 'A, Diplomatic Correspondent');
    [] for a staff byline ('By KTN World staff')."""
    t = SHIFT_MARK_RE.sub("", unmark(text)) if "(" in text else unmark(text)
    if ":" in t:
        t = CREDIT_CELL_RE.sub("", t)
    if " / " in t:
        t = _without_slash_roles(t)
    if REVIEWED_BY_RE.match(t):
        return []  # a reviewer's credit line ('Fact-checked by …'), no author
    if " in " in t:
        t = BYLINE_PLACE_RE.sub("", t)
    m = BYLINE_BY_RE.match(t) or BYLINE_ROLE_RE.match(t) or BYLINE_ROLE_LC_RE.match(t) or BYLINE_FROM_RE.match(t)
    if not m and "@" in t:
        m = BYLINE_MAIL_RE.match(t)
    if not m and (kiosk := kiosk_header_names(t)) is not None:
        return kiosk
    if not m and len(t) <= 90 and not t.endswith(".") and find_date(t):  # 'Posted on March 3, 2025 by Anna Berg'
        m = BYLINE_INNER_RE.search(t) or BYLINE_DATED_RE.match(t)
    if not m:
        return None
    if STAFF_AFTER_RE.match(t, m.end("names")):
        return []
    names = []
    after_role = False
    for k, part in enumerate(SPLIT_NAMES_RE.split(AFTER_AND_RE.sub(r"\1", m["names"]))):
        if (r := ROLE_WORD_RE.search(part)) is not None:
            # 'Senior Correspondent' is a role, not a second author; 'By Anna Berg Staff Writer': the name before it
            if k == 0 and STAFF_END_RE.search(part):
                return []  # 'By Harbour Post Staff': the newsroom's byline
            part = _before_role(part[: r.start()]) if k == 0 else ""
            after_role = k > 0
            if not part:
                continue
        elif after_role and is_outlet_name(part):
            continue  # 'By Name, Schools Reporter, Scaresby Dispatch': the writer's outlet after the role, no writer
        if k > 0 and _affiliation_after_comma(t, part):
            continue  # 'By Anna Berg, Harbour Wire Service': the writer's agency, cut short by the name pattern
        n = clean_name(part)
        if n:
            names.append(n)
        elif k == 0 and _outlet_name(part):
            return []  # 'by Harbour Post News Weekly': the outlet's byline, not a person's
        elif k == 0 and part.split() and part.split()[-1].strip(".,") in BYLINE_ORG_WORDS:
            return []  # 'by Northern Space Agency': a press release's byline, no person's
    return names or None


def _affiliation_after_comma(text: str, part: str) -> bool:
    """A byline's part after a comma that runs on, in capitalised words, to an outlet's word: 'Harbour Wire' of
    'By Anna Berg, Harbour Wire Service' (three words or more: 'By Anna Berg, Tom Post' is two writers)."""
    m = re.search(r",\s*" + re.escape(part.strip()) + r"((?:\s+[A-Z][\w'’&.-]*)*)\s*(?:[,.]|$)", text)
    if m is None:
        return False
    words = (part.strip() + m[1]).split()
    return len(words) >= 3 and all(w[:1].isupper() for w in words) and _outlet_word(words[-1])


KIOSK_CELL_RE = re.compile(r"\s+[·•|]\s+")
PAGE_CELL_RE = re.compile(r"^(?:p(?:age|\.)?\s*)?[A-Z]?\d{1,3}$", re.I)


def kiosk_header_names(text: str) -> list[str] | None:
    """An e-paper kiosk's article header, 'Outlet · 4 Jun 2025 · A2 · NAME AND NAME': the outlet, the issue's date,
    the page and last the writers (in capitals or not) -- the byline's names; None for any other line."""
    cells = KIOSK_CELL_RE.split(text.strip())
    if not 3 <= len(cells) <= 5 or len(text) > 140:
        return None
    if not (is_outlet_name(cells[0]) and find_date(cells[1]) and all(PAGE_CELL_RE.match(c) for c in cells[2:-1])):
        return None
    last = cells[-1]
    if find_date(last) or PAGE_CELL_RE.match(last):
        return None
    return bare_names(last.replace(" AND ", " and ") if last.isupper() else last)


def _outlet_name(text: str) -> bool:
    """'Harbour Post News Weekly': capitalised words ending in an outlet's word, with one inside too."""
    words = text.split()
    return (
        len(words) >= 3
        and all(w[:1].isupper() for w in words)
        and _outlet_word(words[-1])
        and any(_outlet_word(w) for w in words[1:-1])
    )


def _before_role(text: str) -> str:
    """The name before a role's words ('Anna Berg Staff' -> 'Anna Berg'; 'Senior' -> '')."""
    words = text.split()
    while words and words[-1].strip(",.|").lower() in BYLINE_ROLE_WORDS:
        words.pop()
    return " ".join(words) if len(words) >= 2 else ""


# the words of a byline's role after the name ('Anna Berg Senior Staff'; not builder.extract.names.ROLE_MODIFIERS)
BYLINE_ROLE_WORDS = frozenset(
    "senior chief deputy staff special contributing associate managing executive news digital political "
    "foreign diplomatic national international security science health business technology tech".split()
)


def bare_name(text: str) -> str | None:
    """A line that is only a person's name (a byline without 'By')."""
    t = text.strip()
    if len(t) > 40:
        return None
    return clean_name(t)


FOR_OUTLET_RE = re.compile(r"\s+for\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}$")


# a live blog's shift markers after each writer ('Anna Berg (now) and Tom Hale (earlier)'): not part of the names
SHIFT_MARK_RE = re.compile(r"\s*\((?:now|earlier|later|before|previously|overnight)\)", re.I)

# 'Anna Berg in Oslo and agencies': the wire agencies a byline adds are not authors
AGENCIES_RE = re.compile(r"\s*(?:,|\band\b|\bwith\b|&)\s+(?:(?:news\s+)?agencies|wires|agency\s+reports)$", re.I)


def bare_names(text: str) -> list[str] | None:
    """A line that is only people's names ('Anna Berg', 'Anna Berg and Tom Hale'), or names 'for The Outlet',
    'in Place' or 'and agencies': a byline without 'By'."""
    t = AGENCIES_RE.sub("", FOR_OUTLET_RE.sub("", SHIFT_MARK_RE.sub("", text.strip())))
    if t.endswith(":"):
        return None  # 'Related Tags:': a label
    if "@" in t and (m := HANDLE_AFTER_RE.match(t)) and _handle_of(m["name"], m["handle"]):
        t = m["name"]  # 'Anna Berg @AnnaBerg': the writer's name and her own handle
    if " in " in t:
        t = BYLINE_PLACE_RE.sub("", t)
    if len(t) > 100:
        return None
    parts = SPLIT_NAMES_RE.split(t)
    if len(parts) >= 2 and "," in t and not clean_name(parts[-1]) and TAIL_CELL_RE.match(parts[-1]):
        parts = parts[:-1]  # 'ANNA BERG, HARBOURWIRE' / 'A and B, Associated Press': the outlet or agency cell
    if len(parts) > 4 or any(len(p) > (60 if _outlet_word(p.split()[-1] if p.split() else "") else 40) for p in parts):
        return None
    if ROLE_END_RE.search(t):
        return None  # 'Political Correspondent': a byline's role line, not a name
    names = [clean_name(p) for p in parts]
    return [n for n in names if n] if all(names) else None


HANDLE_AFTER_RE = re.compile(rf"^(?P<name>{NAME})\s+@(?P<handle>\w{{3,30}})$")
# a byline's last comma cell that is an outlet or agency ('Harbourwire', 'Associated Press', 'Lowmark Times')
TAIL_CELL_RE = re.compile(r"^[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)?$")


def _handle_of(name: str, handle: str) -> bool:
    """The handle is the person's own: it spells their surname ('Anna Berg' / '@annaberg', '@berg_a')."""
    return re.sub(r"[\W_]", "", name.split()[-1]).lower() in handle.lower()


def domain_of(url: str) -> str:
    host = urlsplit(url if "://" in url else "http://" + url).hostname or ""
    return host[4:] if host.startswith("www.") else host


# a click's tracking parameters ('?utm_source=newsletter&utm_medium=email', 'fbclid=…'): the share button's or the
# mailing's, not part of the article's address
TRACKING_PARAM_RE = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_ga|ocid|cmpid|smid|ref_src|share_source)$", re.I
)


def strip_tracking(url: str) -> str:
    """``url`` without its tracking query parameters (the query goes when nothing else is left in it)."""
    if "?" not in url:
        return url
    base, _, rest = url.partition("?")
    query, hash_mark, fragment = rest.partition("#")
    kept = [kv for kv in query.split("&") if kv and not TRACKING_PARAM_RE.match(kv.split("=", 1)[0])]
    if len(kept) == len([kv for kv in query.split("&") if kv]) and query:
        return url
    return base + ("?" + "&".join(kept) if kept else "") + (hash_mark + fragment if fragment else "")


# a redirect or share wrapper's parameter that carries the real address ('l.php?u=https%3A%2F%2F…&h=…',
# '/url?q=https://…', '/redirect?url=…')
WRAPPED_PARAM_RE = re.compile(r"^(?:u|url|q|target|dest|destination|redirect|redirect_uri|link|to)$", re.I)


def unwrap_redirect(url: str) -> str:
    """The address a redirect or share link wraps ('https://l.social.example/l.php?u=<encoded address>&h=…'); the
    link itself when it wraps none (the wrapper's own parameters are no part of the article's address)."""
    if "?" not in url:
        return url
    for kv in url.partition("?")[2].partition("#")[0].split("&"):
        key, _, value = kv.partition("=")
        inner = unquote(value)
        wrapped = WRAPPED_PARAM_RE.match(key) and re.match(r"https?://[\w-]+(?:\.[\w-]+)+/", inner)
        if wrapped and domain_of(inner) != domain_of(url):
            return inner
    return url


def is_social(url: str) -> bool:
    d = domain_of(url)
    return any(d == s or d.endswith("." + s) for s in SOCIAL_DOMAINS)


def lookup_source(key: str, sources: tuple[tuple[str, str], ...]) -> str | None:
    k = key.lower().strip()
    k2 = k[4:] if k.startswith("the ") else "the " + k
    for name, display in sources:
        if name in (k, k2):
            return display
    return None


def outlet_from_domain(url: str, sources: tuple[tuple[str, str], ...] = ()) -> str | None:
    """The outlet's display name from its domain: sources.yaml first, else split the domain's name."""
    d = domain_of(url)
    if not d:
        return None
    parts = d.split(".")
    for i in range(len(parts) - 1):
        hit = lookup_source(".".join(parts[i:]), sources)
        if hit:
            return hit
    label = parts[-2] if len(parts) >= 2 else parts[0]
    if len(parts) >= 3 and parts[-2] in ("co", "com", "org", "net", "ac", "gov"):
        label = parts[-3]
    label = label.lower()
    the = label.startswith("the") and len(label) > 6
    core = label[3:] if the else label
    words: list[str] = []
    for suf in sorted(OUTLET_SUFFIXES, key=len, reverse=True):
        if core.endswith(suf) and len(core) > len(suf) + 1:
            words = [core[: -len(suf)], suf]
            break
    if not words:
        words = core.replace("-", " ").split() or [core]
    if len(words) == 1 and len(words[0]) <= 4:
        return words[0].upper()  # an acronym: wsj.com -> WSJ
    name = " ".join(w.upper() if w in UPPER_SUFFIXES else w.capitalize() for w in words if w)
    return ("The " + name) if the else name


def outlet_in_text(url: str, texts: list[str]) -> str | None:
    """The outlet's name as the page writes it, when its letters spell the domain's name ('Courrier de Lissel'
    for courrierdelissel.example): a phrase of capitalised words in a credit, a caption or the text."""
    d = domain_of(url).split(".")
    label = d[-2] if len(d) >= 2 else d[0]
    if not (6 <= len(label) <= 40) or not label.isalpha():
        return None
    spell = r"[\s'’-]?".join(map(re.escape, label))
    sub = d[-3] if len(d) >= 3 and d[-3].isalpha() and d[-3] not in ("www", "m", "amp", "mobile") else None
    if sub:  # 'news.brightwater.example' written 'Brightwater News' (or 'News Brightwater')
        pair = re.compile(rf"(?<!\w)(?:{spell}\s+{re.escape(sub)}|{re.escape(sub)}\s+{spell})(?!\w)", re.I)
        for text in texts:
            for m in pair.finditer(text):
                if all(w[0].isupper() for w in m.group(0).split()):
                    return m.group(0)
    rx = re.compile(r"(?<!\w)" + spell + r"(?!\w)", re.I)
    for text in texts:
        for m in rx.finditer(text):
            name = m.group(0)
            if " " in name and name[0].isupper() and name.split()[-1][0].isupper():
                # a broadcaster's word after the domain's letters ('Northvale Public Radio' for
                # northvalepublic.example) is part of its name
                if b := BROADCAST_WORD_RE.match(text, m.end()):
                    name += b.group(0)
                return name
    return None


BROADCAST_WORD_RE = re.compile(r" (?:Radio|Television|TV|Broadcasting)\b")


# a path segment that is only an article id: '12345678', 'a-70412586', 'id_99812', 'p5lk2x'
ID_SEGMENT_RE = re.compile(r"(?:[a-z]{1,3}[-_])?(?=[a-z]*\d)[a-z\d]{4,}(?:\.html?)?", re.I)


def title_from_slug(url: str) -> str | None:
    """A title rebuilt from the URL's last slug: words joined, ids dropped, first letter capitalised."""
    path = unquote(urlsplit(url).path).rstrip("/")
    if not path:
        return None
    head, _, slug = path.rpartition("/")
    if ID_SEGMENT_RE.fullmatch(slug) and head:
        slug = head.rsplit("/", 1)[-1]  # '…/orlen-bridge-reopens/a-70412586': the slug is the segment before the id
    slug = re.sub(r"\.(html?|php|aspx?)$", "", slug)
    words = [w for w in re.split(r"[-_]+", slug) if w]
    # ids and dates at the slug's end ('…-b7731', '…-20250422-p5lk2x'): a token with a digit in it
    while words and re.fullmatch(r"(?=[a-z]*\d)[a-z\d]+", words[-1], re.I) and len(words) > 2:
        words.pop()
    words = [w for w in words if w]
    if len(words) < 3:
        return None
    t = " ".join(words)
    return t[0].upper() + t[1:]


_OPENS_SENTENCE = re.compile(r"(?:^\s*|[.!?:…][\"'”’)\]]*\s+|[\"“‘'(]\s*)\Z", re.M)


def recase_from_text(title: str, paragraphs: list[str]) -> str:
    """A title rebuilt from a URL slug (all lower case) with the case its words have in the article:
    a word, or two words in a row, written with capitals wherever the article uses them inside a
    sentence ('Concord Union', 'Dravic', 'NATO') takes that form, the longest such run first; a word
    the article also writes in lower case there, or only at a sentence's start, stays as it is. Only
    letters' case changes."""
    text = "\n".join(paragraphs)
    words = title.split(" ")

    def forms(phrase: str) -> set[str] | None:
        """The forms the phrase has inside sentences (None: it never occurs there)."""
        seen: set[str] = set()
        for m in re.finditer(r"(?<![\w-])" + re.escape(phrase).replace(r"\ ", r"\s+") + r"(?![\w-])", text, re.I):
            form = " ".join(m.group(0).split())
            if form.lower() != phrase.lower():
                return None  # (a letter that only case-folds to the slug's: 'ſ', the Kelvin sign)
            if not _OPENS_SENTENCE.search(text, max(0, m.start() - 4), m.start()):
                seen.add(form)
        return seen or None

    i = 0
    while i < len(words):  # from each word, the longest run first (four words down to one), left to right
        step = 1
        for n in range(min(4, len(words) - i), 0, -1):
            if n == 1 and not words[i].isalpha():
                break
            got = forms(" ".join(words[i:i + n]))
            if got is not None and len(got) == 1 and all(w[:1].isupper() for w in next(iter(got)).split(" ")):
                words[i:i + n] = next(iter(got)).split(" ")
                step = n
                break
        i += step
    return " ".join(words)


COPYRIGHT_OUTLET_RE = re.compile(
    r"(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*(?:[-–]\s*(?:19|20)?\d{2,4})?\s*[,.]?\s*)?(?:by\s+)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:\d{1,3}\s+)?[A-Z&][\w&'’.-]*){0,4})",  # 'KVRN 7 News': a channel number
    re.I,
)
_CORP = re.compile(
    # (Malaysia's 'Sdn Bhd' / 'Berhad', Singapore's 'Pte')
    # (a British charity's or social enterprise's legal form: 'CIO', 'SCIO', 'CIC'; a partnership's 'LLP')
    r"\s+(?:Inc|Ltd|LLC|Limited|Corp|Corporation|GmbH|Co|plc|Group|Media|Company|Sdn\.?\s+Bhd|Bhd|Berhad|Pte|CIO|SCIO|CIC|"
    r"LLP)\.?$",
    re.I,
)
# a publisher's name, not an outlet's: 'Clarion Newspapers Ltd', 'Harbour Publishing Group', 'Selby Press Holdings'
_PUBLISHER = re.compile(r"(?:\s+Press)?\s+(?:Newspapers?|Publishing|Publications|Publishers|Holdings)$", re.I)


# the holder written BEFORE the sign, nothing but footer cells after the year: 'Harbour Echo © 2024 | Terms', 'The
# Harbour Times, 1 Quay St · Copyright © 2024 · Contact' (an address after a comma)
LEADING_HOLDER_RE = re.compile(
    r"^\W*(?P<name>(?-i:[A-Z])[\w&'’.-]*(?:\s+(?-i:[A-Z&])[\w&'’.-]*){0,4})\s*(?:,[^©|·\n]{2,60})?\s*[·|•–—-]?\s*"
    r"(?:copyright\s*)?(?:©|\(c\))\s*(?:19|20)\d{2}\b(?![^\n]*\bby\b)",
    re.I,
)
# a © line's words that never start its holder's name
_NOT_HOLDER_FIRST = frozenset("and or of by is are protected notice information policy".split())


def outlet_from_copyright(text: str) -> str | None:
    m = COPYRIGHT_OUTLET_RE.search(text) or LEADING_HOLDER_RE.match(text)
    if not m:
        return None
    name = m["name"].strip(" .,")
    if name and name.split()[0].lower() in _NOT_HOLDER_FIRST:
        return None  # '… COPYRIGHTED AND PROTECTED BY LAW': a rights phrase, no holder
    name = re.sub(r"\s+(?:All|Alle|Todos|Tous)$", "", name)
    name = re.sub(r"\.\s.*$", "", name)
    name = re.sub(r"\s+(?:is|are|was|has)\b.*$", "", name)  # '© 2025 Harbour Post is a registered trademark of …'
    while _CORP.search(name):
        name = _CORP.sub("", name)
    name = name.strip(" .,")
    if not name or name.lower() in ("all", "the") or not name[0].isupper():
        return None
    if name.isupper() and any(len(w) > 3 for w in name.split()):
        # '© 2025 HARBOUR MEDIAWORKS': a name, not a shout ('HBN MEDIAWORKS' -> 'HBN Mediaworks': short acronyms kept)
        name = " ".join(w if len(w) <= 3 else w.capitalize() for w in name.split())
    return name


def _copyright_holder(text: str) -> str | None:
    """The holder a © line names, as written, cut at a sentence's end ('© 2025 Harbour Media Group Ltd. All …')."""
    m = COPYRIGHT_OUTLET_RE.search(text) or LEADING_HOLDER_RE.match(text)
    return None if m is None else re.sub(r"\.\s.*$", "", m["name"].strip(" .,"))


def _bare_words(name: str) -> set[str]:
    """A name's words in lower case without a possessive ('Quarryman's' → 'quarryman')."""
    return {re.sub(r"['’]s$", "", w) for w in name.lower().split()}


def _company_copyright(text: str) -> bool:
    """A © line that names a company: corporate words ('Media Group Ltd') were dropped from its name."""
    holder = _copyright_holder(text)
    return holder is not None and bool(_CORP.search(holder))


# the last word of a company that owns outlets: '© Harbour Media Holdings', '© 2019 TARN UNIVERSAL', 'Clarion
# Newspapers', 'Velmar Broadcasting Network'
_OWNER_LAST = frozenset(
    "holdings universal newspapers publishing publications publishers media group inc ltd llc plc corp corporation "
    "company enterprises communications broadcasting network networks".split()
)
# 'Follow Tarn Evening News' (the site's own social row), the outlet's name and nothing else
FOLLOW_OUTLET_RE = re.compile(r"^Follow\s+(?P<name>(?:The\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})\s*$")


def _owner_copyright(text: str) -> bool:
    """A © line whose holder is a company that owns outlets, not a masthead ('© 2019 NYP-like Holdings, Inc.')."""
    words = (_copyright_holder(text) or "").strip(" .,").lower().split()
    return bool(words) and words[-1].strip(".,") in _OWNER_LAST


def _masthead_of_owner(name: str, units: list[tuple[str, str | None, str]]) -> str | None:
    """The masthead inside a © holder's name: '© Harbour One Broadcasting Ltd' is the company, and a line of the
    page that is only 'HARBOUR ONE' / 'Harbour One' (its masthead) names the outlet; else None."""
    words = name.split()
    if len(words) < 3 or words[-1].lower() not in _OWNER_LAST:
        return None
    short = " ".join(words[:-1])
    if any(t.strip().lower() == short.lower() for t, _r, _g in units):
        return short
    return None


# a one-word masthead in a running head's cell: 'FIELDCRAFT', 'Loam' (letters only, five or more)
SINGLE_MASTHEAD_RE = re.compile(r"^(?:[A-Z]{5,}|[A-Z][a-z]{4,})$")


# a print's running head with three-space gaps: the page number at one end, a year in a cell
PAGE_HEAD_CELLS_RE = re.compile(
    r"^(?:\d{1,3}\s{3,}\S.{0,70}?\S\s{3,}\S.{0,40}?\b(?:19|20)\d\d|\S.{0,70}?\S\s{3,}\S.{0,40}?\b(?:19|20)\d\d\s{3,}\d{1,3})$"
)


# words a © holder's initials leave out: 'The Aldmoor Broadcasting Company Ltd' is 'ABC'
_NOT_INITIALS = frozenset("the ltd limited plc inc llc co".split())


def _initials_masthead(header: str, copyrights: list[str]) -> str | None:
    """The masthead a © holder's initials spell: 'VBC NEWS' (or 'VBC') over '© 2026 Vellmark Broadcasting
    Corporation' — the corporation is the owner, its acronym and a word or two ('News', 'Radio') the outlet, given
    with the acronym in capitals ('VBC News'); else None."""
    words = header.split()
    if not 1 <= len(words) <= 3 or not ACRONYM_RE.match(words[0]):
        return None
    for line in copyrights:
        holder = _copyright_holder(line)
        caps = [w for w in (holder or "").split() if w[:1].isupper() and w.strip(".,").lower() not in _NOT_INITIALS]
        if len(caps) >= 2 and "".join(w[0] for w in caps) == words[0]:
            rest = " ".join(words[1:])
            rest = titlecase_outlet(rest) if rest.isupper() else rest
            return f"{words[0]} {rest}".strip()
    return None


def followed_outlet(line: str) -> str | None:
    """The outlet a 'Follow Name' line (the site's own social row) names, when the name is an outlet's by its
    shape; else None."""
    m = FOLLOW_OUTLET_RE.match(line.strip())
    return m["name"] if m and is_outlet_name(m["name"]) else None


def _followed_outlet(units: list[tuple[str, str | None, str]]) -> str | None:
    """The outlet the page's own social row names, when its 'Follow Name' lines name one outlet. (A name on a line
    of its own, even met twice, is no such evidence: menus repeat their shows' and sections' names.)"""
    follows = {name for t, _r, _g in units if (name := followed_outlet(t))}
    return follows.pop() if len(follows) == 1 else None


# an outlet's word and its abbreviation ('Kirkharrow Television Ltd' owns 'KIRKHARROW TV')
_OUTLET_ABBREVIATIONS = {"television": "tv"}
# abbreviations an outlet's name keeps in capitals when it is written in title case ('Kirkharrow TV')
_OUTLET_ACRONYMS = frozenset({"tv", "fm"})


def _abbreviated_words(name: str) -> set[str]:
    return {_OUTLET_ABBREVIATIONS.get(w, w) for w in name.lower().split()}


def titlecase_outlet(prefix: str) -> str:
    small = {"of", "the", "and", "for", "in", "on", "at", "a"}
    words = prefix.lower().split()
    return " ".join(
        w if (i and w in small) else w.upper() if (i and w in _OUTLET_ACRONYMS) else w.capitalize()
        for i, w in enumerate(words)
    )


# 'The Varnholm Independent’s first documentary', 'Try the Brennholt Herald app', 'a new podcast from The Tarn
# Observer': the outlet's own promo line
PROMO_OUTLET_RE = re.compile(
    r"\b([Tt]he(?:\s+[A-Z][\w-]+){1,4})['’]s\b|\b[Tt]he((?:\s+[A-Z][\w-]+){1,4})\s+app\b|"
    r"\b(?:(?:podcast|documentary)(?:\s+series)?|(?:audio|video|narrated)\s+series)\s+(?:from|by)\s+(The(?:\s+[A-Z][\w-]+){1,4})|"
    # 'Velankar Chronicle Premium: Read unlimited stories …': the outlet's paid tier named at the line's start
    r"^((?:The\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})\s+(?:Premium|Plus|Digital|Unlimited|Select|Prime|Podcast)\s*:|"
    # a sign-up box's consent line: 'you agree to receive marketing emails from Outlet Name'
    r"\breceive\b[^.]{0,60}?\b(?:e-?mails?|messages|offers|updates|newsletters?)\s+from\s+"
    r"((?:The\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})|"
    # 'a new Brackley Courier podcast series': the outlet's name used before the product, without its 'The'
    # (2-4 capitalised words ending in an outlet word, checked by the caller)
    r"\b[Aa]n?\s+(?:(?:new|first|latest|weekly|daily)\s+){0,2}([A-Z][\w-]+(?:\s+[A-Z][\w-]+){1,3})\s+"
    r"(?:podcast|documentary)(?:\s+series)?\b|"
    # a reader-funding appeal: 'Keep The X open for everyone' names the outlet asking
    r"\b[Kk]eep\s+(The(?:\s+[A-Z][\w-]+){1,4})\s+(?:open|free)\s+(?:for|to)\s+(?:everyone|all|every\s+reader)\b|"
    # a call for readers' material or tips: 'The Harbour Echo may publish them', 'Write to the Harbour Times
    # newsroom …'
    r"\b(The(?:\s+[A-Z][\w-]+){1,4})\s+(?:may|will|can)\s+(?:use|publish|feature)\s+(?:them|it|your)\b|"
    r"\b[Tt]he((?:\s+[A-Z][\w-]+){1,4})\s+(?:newsroom|news\s?desk)\b|"
    # 'New from The X: Low Tide, a podcast …': the outlet announcing its own product at the line's start
    r"^(?:New|Out\s+now|Just\s+out)\s+from\s+(The(?:\s+[A-Z][\w-]+){1,4})\s*:|"
    # a membership appeal: 'Become a member of the Harbour Observer today', 'Join the supporters of The X'
    # (the name ending in an outlet word, checked by the caller)
    r"\b(?:[Bb]ecome|[Jj]oin)\s+(?:(?:a|an|our|the)\s+)?(?:(?:paying|digital|founding)\s+)?"
    r"(?:member|subscriber|supporter|patron|friend)s?\s+of\s+([Tt]he(?:\s+[A-Z][\w-]+){1,4})"
)
HEADER_OUTLET_RE = re.compile(r"^(?!(?:Your|My|Our)\s)(?:The\s+)?[A-Z][\w-]+(?:\s+(?:[A-Z][\w-]+|and|of|&)){0,4}$")
# 'Outlet · date · Page n' (the name's words one space apart: a wide gap ends the cell, 'OUTLET     World | …')
# a print jump line's cell ('BRIDGE | From A7', 'See FERRY on B6'): a pointer to a page, never the outlet
JUMP_CELL_RE = re.compile(r"^(?:see|from|continued|turn\s+to)\b|\b[A-Z]\d{1,3}$", re.I)
FOOTER_OUTLET_RE = re.compile(r"^\s*(?P<name>[A-Z][\w&'’.-]*(?: [A-Z&][\w&'’.-]*){0,5})\s*[·|•—–-]\s+\S")
URL_DATE_OK = re.compile(r"\d")


def is_outlet_name(text: str) -> bool:
    """A line that is an outlet's name by its shape ('Eastern Lowmark Digest', 'The Harbour Tribune')."""
    t = text.strip()
    words = t.split()
    return len(t) <= 40 and len(words) >= 2 and bool(HEADER_OUTLET_RE.match(t)) and words[-1].lower() in OUTLET_SUFFIXES


def is_section_label(text: str) -> bool:
    """A line made only of section words ('Commentary & News', 'World News'): the page's section, not an outlet."""
    words = [w for w in re.split(r"[\s&,/]+", text.strip().lower()) if w and w != "and"]
    return bool(words) and all(w in SECTION_WORDS for w in words)


# the outlet in a byline author's bio: 'Name is the Coast Herald's weather reporter.', 'Name is a reporter at
# The Harbour Post.'
_BIO_JOB = r"(?:correspondent|reporter|writer|editor|journalist|columnist)s?"
_BIO_OUTLET = r"[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}"
BIO_OUTLET_RE = re.compile(
    rf"\b(?:is|are|was|were)\s+(?:the\s+)?(?P<a>(?<=the\s){_BIO_OUTLET}|The\s+{_BIO_OUTLET})['’]s?\s+"
    rf"(?:[\w-]+\s+){{0,5}}?{_BIO_JOB}\b|"
    rf"\b{_BIO_JOB}\s+(?:at|for|with)\s+(?P<b>(?:[Tt]he\s+)?{_BIO_OUTLET})(?=[.,;]|\s+(?:in|and|since|who|from)\b)"
)


def _source_from_bio(units: list[tuple[str, str | None, str]], sources: tuple[tuple[str, str], ...]) -> str | None:
    """The outlet a removed author bio names as the author's employer."""
    for text, rule_name, _tag in units:
        if rule_name == "author_bio" and (m := BIO_OUTLET_RE.search(text)):
            name = re.sub(r"^the\s+", "The ", m["a"] or m["b"])
            if HEADER_OUTLET_RE.match(name):
                return lookup_source(name, sources) or name
    return None


# an aggregator's date line naming the original: 'Originally in The X · 8 March 2025', 'Story from The X · …'
ORIGINALLY_IN_RE = re.compile(
    r"^(?:originally\s+(?:published\s+|printed\s+)?(?:in|on|by)|first\s+published\s+(?:in|by)|story\s+from)\s+(?=[A-Z])",
    re.I,
)


def _source_from_date_line(
    units: list[tuple[str, str | None, str]], sources: tuple[tuple[str, str], ...], original: bool = False
) -> str | None:
    """The outlet named in the first cell of a removed date line: 'NBR News | 04.11.2025 09:15 | Updated …'; or of an
    e-paper's byline header, 'Outlet · 4 Jun 2025 · A2 · NAME'. With ``original``, only a cell that names the
    story's original outlet ('Originally in The X · 8 March 2025'), without those words."""
    for text, rule_name, _tag in units:
        if rule_name != "date_line" and not (rule_name == "byline" and kiosk_header_names(text) is not None):
            continue
        cells = re.split(r"\s[|·•]\s", text.strip())
        head = cells[0].strip()
        if original:
            if not (m := ORIGINALLY_IN_RE.match(head)):
                continue
            head = head[m.end() :]
        if (
            len(cells) >= 2
            and find_date(cells[1])
            and not find_date(head)
            and is_outlet_name(head)
            and not is_section_label(head)
        ):
            return lookup_source(head, sources) or head
    return None


# a blogging platform's byline block: 'Published in' alone on a line over the publication's name (Medium's)
PUBLISHED_IN_RE = re.compile(r"^\W{0,2}(?:published|posted)\s+in\W{0,2}$", re.I)


def _source_from_published_in(
    units: list[tuple[str, str | None, str]], sources: tuple[tuple[str, str], ...]
) -> str | None:
    """The publication a removed 'Published in' line names on the next line, in the byline block before the
    article: 'Published in' / 'The Skelder Quay'."""
    for k, (text, rule_name, _tag) in enumerate(units[:30]):
        if rule_name is None or not PUBLISHED_IN_RE.match(text.strip()):
            continue
        nxt = next(((x.strip(), r) for x, r, _g in units[k + 1 : k + 3] if x.strip()), None)
        if nxt and nxt[1] is not None and len(nxt[0]) <= 50 and HEADER_OUTLET_RE.match(nxt[0]):
            return lookup_source(nxt[0], sources) or nxt[0]
    return None


# a masthead in two scripts: 'جريدة الرمال | The Rimal Courier' (the Latin cell is the outlet's English name)
BILINGUAL_CELL_RE = re.compile(r"\s+[|·•/]\s+")
LATIN_RE = re.compile(r"^[\x00-\u024f’‘]+$")


def _latin_masthead(t: str) -> str:
    """The Latin-script cell of a bilingual masthead line, when the other cell is in another script; else ``t``."""
    cells = BILINGUAL_CELL_RE.split(t)
    if len(cells) != 2 or len(t) > 80:
        return t
    latin = [c for c in cells if LATIN_RE.match(c)]
    other = [c for c in cells if not any("a" <= ch.lower() <= "z" for ch in c)]
    return latin[0].strip() if len(latin) == 1 and len(other) == 1 and is_outlet_name(latin[0].strip()) else t


def _source_from_lines(units: list[tuple[str, str | None, str]], sources: tuple[tuple[str, str], ...]) -> str | None:
    # a header line that is the outlet's name (before the title), or a known outlet name
    for k, (text, rule_name, tag) in enumerate(units[:8]):
        if tag == "title":
            break
        if rule_name == "cookie_banner":
            continue  # a consent banner's buttons row ('Accept Reject Preferences') names no outlet
        t = _latin_masthead(text.strip())
        if followed := followed_outlet(t):
            return lookup_source(followed, sources) or followed  # 'Follow The Tarn Courier' above the title
        if _issuer_of_release(t, units, k):
            return lookup_source(t, sources) or t
        if len(t) <= 40 and HEADER_OUTLET_RE.match(t):
            hit = lookup_source(t, sources)
            if hit:
                return hit
            if is_outlet_name(t) or _named_in_chrome(t, units, k) or _blog_name(t):
                return t
            # the site's name (its logo's text) right above the site's menu row
            nxt = units[k + 1][1] if k + 1 < len(units) else None
            if nxt == "nav_menu" and (2 <= len(t.split()) <= 4 or ACRONYM_RE.match(t)):
                return t
            if nxt == "nav_menu" and " " not in t and len(t) >= 4:
                named = _named_elsewhere(t, units, k)
                if named:
                    return named
    return None


def _blog_name(t: str) -> bool:
    """A blog's own name in the page's header ('Haddeley Canal Trust Blog'): two or more words before 'Blog', not
    section or live-page words ('Live Blog', 'News and Politics Blog')."""
    words = t.removeprefix("The ").split()
    if len(words) < 3 or words[-1].lower() not in ("blog", "weblog"):
        return False
    return not all(w.lower() in SECTION_WORDS or w.lower() in ("live", "and", "&", "of") for w in words[:-1])


RELEASE_LABEL_RE = re.compile(r"^\W*(?:(?:press|media|news)\s+release|for\s+immediate\s+release)\W*$", re.I)
ISSUER_RE = re.compile(r"^[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|the|for|and|on|&|—|–)){0,7}$")


def _issuer_of_release(t: str, units: list[tuple[str, str | None, str]], k: int) -> bool:
    """A press release's issuer: a name line right above 'Press release' / 'FOR IMMEDIATE RELEASE'."""
    if len(t) > 60 or not ISSUER_RE.match(t) or RELEASE_LABEL_RE.match(t):
        return False
    nxt = next((x for x, _r, _t in units[k + 1 : k + 3] if x.strip()), "")
    return bool(RELEASE_LABEL_RE.match(nxt.strip()))


# a release's or wire story's dateline with a full date: 'GENEVA, 27 November 2026 —'
DATED_DATELINE_RE = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{1,40},\s+(?P<date>[^—–\n]{6,30}?(?:19|20)\d\d)\s*[-–—]{1,2}\s")


def _dateline_date(paragraphs: list[str]) -> str | None:
    """The date of the lead's dateline, when it carries a full date."""
    m = DATED_DATELINE_RE.match(paragraphs[0]) if paragraphs else None
    found = find_date(m["date"]) if m else None
    return found[1] if found else None


CHROME_NAMING_RULES = frozenset({"photo_credit", "author_bio", "copyright", "contributor_credit", "promo"})


def _named_in_chrome(name: str, units: list[tuple[str, str | None, str]], k: int) -> bool:
    """A header line of two to five capitalised words that a credit, author bio, rights or promo line of the page
    names again ('Orvania Faith & Society' over '(Photo: Orvania Faith & Society / Name)'): the outlet."""
    if not 2 <= len(name.split()) <= 5:
        return False
    return any(j != k and r in CHROME_NAMING_RULES and name in text for j, (text, r, _t) in enumerate(units))


def _named_elsewhere(word: str, units: list[tuple[str, str | None, str]], k: int) -> str | None:
    """A one-word site name above the menu row ('HARBOURLIGHT') that another line of the page names too
    ('Support Harbourlight', 'a staff writer at Harbourlight'): its spelling there."""
    rx = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)", re.I)
    for j, (text, _rule, _tag) in enumerate(units):
        if j != k and len(text) < 400:
            m = rx.search(text)
            if m and m.group(0)[:1].isupper():
                return m.group(0)
    return None


ACRONYM_RE = re.compile(r"^[A-Z]{2,6}$")


def finalise_metadata(
    hints: dict[str, Any],
    units: list[tuple[str, str | None, str]],
    sources: tuple[tuple[str, str], ...],
    paragraphs: list[str],
) -> Metadata:
    """Choose each field from the hints the rules recorded, in order of reliability."""
    html: dict[str, Any] = hints.get("html") or {}
    url = hints.get("url") or html.get("url") or hints.get("url_guess")
    if not url and hints.get("browser_url") and not any(k == "edition" for _i, k, _d in hints.get("dates", [])):
        # a one-story e-mail's '[View in browser](URL)': its web version is the article's page (an edition's,
        # with a lead label and its own date, is the edition's page, not an article's)
        url = hints["browser_url"]
    if not url:  # a browser's print footer: 'https://outlet.example/2025/03/19/slug    1/2'
        for text, rule_name, _tag in units:
            if rule_name == "pdf_page_furniture" and text.lstrip().startswith(("http://", "https://")):
                # a browser cuts a long address with '…' ('…/night-ferries-cro…   1/3'): not the article's URL
                if not text.split()[0].endswith(("…", "...")):
                    url = text.split()[0]
                break
    url = strip_tracking(unwrap_redirect(url)) if url else url
    title = hints.get("title") or html.get("title") or hints.get("share_title")
    if not title and hints.get("window_title"):
        # a print whose headline did not print: the browser's window title over it ('Headline | Outlet – Mozilla
        # Firefox'), without the outlet after its last bar
        title = re.sub(r"\s+\|\s+[^|]{2,60}$", "", str(hints["window_title"]))
    if not title and url:
        title = title_from_slug(url)
        if title:
            title = recase_from_text(title, paragraphs)
    # date: published > byline > plain date line > e-mail header > PDF footer > URL path > dateline > newsletter edition
    # > updated > page metadata
    dates: list[tuple[int, str, str]] = _dates_near_article(hints.get("dates", []), units)
    date = _html_date(html, dates, date_from_url(url) if html.get("published") else None)
    for kind in ("published", "byline", "plain", "mail", "footer") if date is None else ():
        cands = sorted((i, d) for i, k, d in dates if k == kind)
        if cands:
            date = cands[0][1]
            break
    if date is None:
        date = date_from_url(url)
    if date is None:
        date = _dateline_date(paragraphs)
    if date is None:  # a newsletter edition's own date (its mail header, its edition date line)
        cands = sorted((i, d) for i, k, d in dates if k == "edition")
        date = cands[0][1] if cands else None
    if date is None:
        cands = sorted((i, d) for i, k, d in dates if k == "updated")
        date = cands[0][1] if cands else None
    if date is None and html.get("date"):
        found = find_date(str(html["date"]))
        date = found[1] if found else None
    # source
    source = None
    if hints.get("source_prefix"):
        p = str(hints["source_prefix"])
        source = lookup_source(p, sources) or titlecase_outlet(p)
    if source is None and hints.get("source_original"):
        source = lookup_source(str(hints["source_original"]), sources) or str(hints["source_original"])
    if source is None:
        source = _source_from_date_line(units, sources, original=True)  # an aggregator's 'Originally in The X · date'
    if source is None and html.get("site_confirmed") and _name_like(str(html.get("sitename") or "")):
        # a saved page's og:site_name / JSON-LD publisher / <title> suffix, confirmed by another of them or the
        # domain, spelled as a name ('The Harbour Post', not 'HarbourPost.com'): the masthead
        source = lookup_source(str(html["sitename"]), sources) or str(html["sitename"])
    site = hints.get("page_site")
    if site and not (HEADER_OUTLET_RE.match(site) or SITE_DOMAIN_RE.match(site)):
        site = None
    copyright_source = None
    if source is None:
        bylined = {a.lower() for a in [*hints.get("authors", []), *hints.get("bare_authors", [])]}
        for line in hints.get("copyright", []):
            name = outlet_from_copyright(line)
            if name and name.lower() in bylined:
                continue  # '© 2025 Name' of the byline's writer (a newsletter platform's footer): a person, no outlet
            if name:
                name = re.sub(r"^Copyright\s+", "", name)
                source = copyright_source = lookup_source(name, sources) or name
                named = [n for c in hints.get("copyright", []) if (n := outlet_from_copyright(c))]
                if site and not any(_same_outlet(site, n) for n in named):
                    # the page <title>'s 'Headline - Site' (confirmed by the H1 under it) names the masthead;
                    # a © line that names something else names the company that owns it ('© Harbour Media
                    # Holdings') or an agency's rights in the story
                    source = lookup_source(site, sources) or site
                break
    if source is None:
        for text, rule_name, _tag in units:
            if rule_name == "pdf_page_furniture" and (m := FOOTER_OUTLET_RE.match(text)) and find_date(text):
                name = titlecase_outlet(m["name"]) if m["name"].isupper() else m["name"]
                source = lookup_source(name, sources) or name
                break
    if source is None:
        # the outlet's name in any cell of the running headers/footers ('4   TARN HERALD   SATURDAY, ...',
        # a browser print's '17/04/2025, 09:14   Headline | The Outlet')
        counts: dict[str, int] = {}
        single: dict[str, int] = {}  # one-word cells ('FIELDCRAFT · ISSUE 58 · APRIL 2026')
        for text, rule_name, _tag in units:
            if rule_name == "pdf_page_furniture" or (
                rule_name == "date_line" and PAGE_HEAD_CELLS_RE.match(text.strip())
            ):
                # (a running head with three-space gaps, '4   THE OUTLET   Tuesday, March 10, 2026', goes as a date
                # line)
                # (a dash between cells too: 'Page 1 / 3 — The Outlet — Friday 3 October 2025')
                for cell in re.split(r"\s{3,}|\s[|·•—–]\s", text.strip()):
                    cell = cell.strip()
                    if (
                        2 <= len(cell.split()) <= 5
                        and HEADER_OUTLET_RE.match(cell)
                        and not find_date(cell)
                        and not JUMP_CELL_RE.search(cell)
                    ):
                        counts[cell] = counts.get(cell, 0) + 1
                    elif SINGLE_MASTHEAD_RE.match(cell) and not is_section_label(cell):
                        single[cell] = single.get(cell, 0) + 1
        if not counts:
            # a magazine's one-word name in its running heads: only when two heads or more repeat it, as a
            # section's one-word label ('NEWS', 'WORLD') is left out by its word
            counts = {c: n for c, n in single.items() if n >= 2}
        if counts:
            cell = max(counts, key=lambda k: counts[k])
            if cell.isupper():
                cell = titlecase_outlet(cell)
            source = lookup_source(cell, sources) or cell
    if source is None:
        source = _source_from_date_line(units, sources)
    if source is None:
        source = _source_from_published_in(units, sources)
    header = _source_from_lines(units, sources)
    if source is None:
        source = header
        if (
            header
            and site
            and not _same_outlet(site, header)
            and (followed := _followed_outlet(units))
            and _same_outlet(followed, site)
        ):
            # a header line from the site's menus ('Scottish Sun' among the editions); the page <title>'s
            # 'Headline – The Sun' and the 'Follow The Sun' row agree on the masthead
            source = lookup_source(site, sources) or site
        if source is None and (logo := hints.get("logo_name")) and HEADER_OUTLET_RE.match(logo):
            source = lookup_source(logo, sources) or logo  # the alt text of the logo linked to the home page
    elif header and hints.get("copyright") and header.lower().startswith(source.lower() + " "):
        source = header  # '© Brightwater Media Group' is the company; the page's header names the outlet
    elif (
        header
        and hints.get("copyright")
        and (m := _PUBLISHER.search(source))
        and set(source[: m.start()].lower().split()) <= set(header.lower().split())
    ):
        source = header  # '© Clarion Newspapers Ltd' is the publisher; the masthead 'The Daily Clarion' the outlet
    elif (
        header
        and any(_company_copyright(line) for line in hints.get("copyright", []))
        and (
            set(source.lower().split()) < set(header.lower().split()) - {"the"}
            # '© Kirkharrow Television Ltd' under the masthead 'KIRKHARROW TV': the same words, one abbreviated
            or (_abbreviated_words(source) == _abbreviated_words(header) - {"the"} and source.lower() != header.lower())
        )
    ):
        # '© Baraza Media Group Ltd' is the company (its corporate words dropped: 'Baraza'); the masthead
        # 'THE EVENING BARAZA' names the outlet
        source = titlecase_outlet(header) if header.isupper() else header
    elif (
        source == copyright_source
        and (logo := hints.get("logo_name"))
        and HEADER_OUTLET_RE.match(logo)
        and any(_company_copyright(line) for line in hints.get("copyright", []))
        and _bare_words(source) < _bare_words(logo) - {"the"}
    ):
        # '© 2025 Kilnyard Media Ltd' is the company; the alt text of the logo linked to the home page, 'The
        # Kilnyard Review', names the outlet
        source = lookup_source(logo, sources) or logo
    if (
        source is not None
        and source == copyright_source
        and any(_owner_copyright(line) for line in hints.get("copyright", []))
        and (followed := _followed_outlet(units))
        and not _same_outlet(followed, source)
    ):
        source = lookup_source(followed, sources) or followed  # '© Tarn Universal' owns the 'Follow Tarn News' outlet
    if (
        source is not None
        and source == copyright_source
        and header
        and (acronym := _initials_masthead(header, hints.get("copyright", [])))
    ):
        source = lookup_source(acronym, sources) or acronym  # '© Vellmark Broadcasting Corporation' under 'VBC NEWS'
    if source is not None and source == copyright_source and (short := _masthead_of_owner(source, units)):
        source = lookup_source(short, sources) or short  # '© Harbour One Broadcasting Ltd' under 'HARBOUR ONE'
    if source is None and site:
        source = lookup_source(site, sources) or site  # the page <title>'s 'Outlet – Headline'
    if source is None and html.get("sitename"):
        site = str(html["sitename"]).strip()
        if 0 < len(site) <= 60 and ("." not in site or html.get("site_confirmed")):  # a name, not a bare domain
            source = lookup_source(site, sources) or site
    if source is None and hints.get("card_outlet"):
        # the writer's card after the article: 'Name' / 'Role, The Outlet' names the outlet in full (the domain may
        # shorten it: 'hallowbyledger' for the 'Hallowby and Vale Ledger')
        source = lookup_source(str(hints["card_outlet"]), sources) or str(hints["card_outlet"])
    if source is None and url:
        source = outlet_from_domain(url, sources)
        if source is not None and (" " not in source or lookup_source(source, sources) is None):
            # the page's own spelling of the domain's letters ('Uva Morning Herald' in a credit, where the domain's
            # split guessed 'Uvamorning Herald') beats the guess; a known outlet's name stays
            source = outlet_in_text(url, [t for t, _r, _g in units]) or source
    if source is None and paragraphs and (m := WIRE_DATELINE_RE.match(paragraphs[0])):
        source = lookup_source(m["agency"], sources) or m["agency"]  # 'LONDON, March 14 (Reuters) - ...'
    if source is None:
        for text, rule_name, _tag in units:
            if rule_name in ("promo", "newsletter") and (m := PROMO_OUTLET_RE.search(text)):
                if m.group(4) and m.group(4).split()[-1].lower() not in OUTLET_SUFFIXES:
                    continue  # 'Hearing Plus: …' is a product, not an outlet's paid tier
                if m.group(6) and m.group(6).split()[-1].lower() not in OUTLET_SUFFIXES:
                    continue  # 'a new Harbour Sounds podcast': a label's name, not an outlet's
                if m.group(1) and m.group(1)[0] == "t" and m.group(1).split()[-1].lower() not in OUTLET_SUFFIXES:
                    continue  # mid-sentence 'the X’s podcast' names the outlet only when X ends in an outlet word
                if m.group(11) and m.group(11).split()[-1].lower() not in OUTLET_SUFFIXES:
                    continue  # 'become a member of the Ostmark Rowing Club': a club's appeal, not the outlet's
                name = next((g for g in m.group(1, 3, 4, 5, 6, 7, 8, 10, 11) if g), None) or "The" + (
                    m.group(2) or m.group(9)
                )
                name = "T" + name[1:] if name.startswith("the ") else name
                source = lookup_source(name, sources) or name
                break
    if source is None:
        source = _source_from_bio(units, sources)
    if source is None and html.get("sitename"):
        source = lookup_source(str(html["sitename"]), sources) or str(html["sitename"])
    # a saved page's JSON-LD / <meta> people (no organisation, no site name) before the text's byline
    authors = list(html.get("authors") or hints.get("authors", []))
    if not authors and hints.get("bare_author"):
        authors = _bare_near_article(list(hints.get("bare_authors") or [hints["bare_author"]]), units)
    if not authors and hints.get("credit_authors"):
        authors = list(hints["credit_authors"])  # a wire story's 'Reporting by ...' credit, with no byline
    if not authors and html.get("author"):
        authors = [a.strip() for a in re.split(r";|,| and ", str(html["author"])) if clean_name(a.strip())]
    if not authors and hints.get("bio_authors"):
        authors = list(hints["bio_authors"])  # no byline: the writer's bio after the article names them
    if title and source is None and (m := TITLE_SUFFIX_RE.match(title)):
        site = m["site"].strip()
        if HEADER_OUTLET_RE.match(site) and site.split()[-1].lower() in OUTLET_SUFFIXES and len(site.split()) >= 2:
            source = lookup_source(site, sources) or site  # 'Headline | The Harbour Tribune': a page <title>
    if title and source:
        title = strip_outlet_suffix(title, source)
    return Metadata(title=title or None, date=date, source=source, authors=authors, url=url)


def _name_like(site: str) -> bool:
    """'The Harbour Post', 'HBN' — not a domain or glued name ('HarbourPost.com', 'HarbourPost')."""
    return " " in site.strip() or bool(re.fullmatch(r"[A-Z]{2,6}", site.strip()))


def _html_date(html: dict[str, Any], dates: list[tuple[int, str, str]], url_date: str | None) -> str | None:
    """A saved page's date: the day a <time> element shows, else its byline's date (or its URL's) within a day of
    the page's published timestamp (the outlet's local day, which a UTC timestamp may pass), else that day."""
    if html.get("date_visible"):
        return str(html["date_visible"])
    pub = html.get("published")
    if not pub:
        return None
    from datetime import date as _date

    def days(d: str) -> int:
        try:
            return abs((_date.fromisoformat(d) - _date.fromisoformat(str(pub))).days)
        except ValueError:
            return 99

    near = sorted((i, d) for i, k, d in dates if k in ("published", "byline") and days(d) <= 1)
    if near:
        return near[0][1]
    return url_date if url_date and days(url_date) <= 1 else str(pub)


def _dates_near_article(
    dates: list[tuple[int, str, str]], units: list[tuple[str, str | None, str]]
) -> list[tuple[int, str, str]]:
    """The dates of the article's own header and end: when some date lies there (from 30 lines above its first
    paragraph to 5 below its last), a date in the page's header far above it (the day's date by the site's
    logo) or in the lists below it (other stories' 'Published …', comments) is not the article's."""
    kept = [k for k, (_t, r, _g) in enumerate(units) if r is None]
    if not kept or not dates:
        return dates
    lo, hi = kept[0] - 30, kept[-1] + 5
    near = [d for d in dates if lo <= d[0] <= hi]
    return near or dates


def _bare_near_article(authors: list[str], units: list[tuple[str, str | None, str]]) -> list[str]:
    """Bare names read next to a date line are the byline only near the article: a name-like line by a date in
    the page's header far above it ('GET IT' over the day's date) or in the footer below it ('Menu Footer Widget'
    under another story's date) is not; then the first such line near the article is (if any)."""
    kept = [k for k, (_t, r, _g) in enumerate(units) if r is None]
    if not kept:
        return authors
    lo, hi = kept[0] - 40, kept[-1] + 3
    near: list[str] | None = None
    far = False
    for k, (text, r, tag) in enumerate(units):
        if tag != "byline" or r != "date_line":
            continue
        names = bare_names(text) or []
        if authors[0] in names:
            if lo <= k <= hi:
                return authors
            far = True
        elif near is None and names and lo <= k <= hi:
            near = names
    return (near or []) if far else authors


# A wire story's dateline: 'LONDON, March 14 (Reuters) -', 'KYIV (AP) —': the agency wrote it.
WIRE_DATELINE_RE = re.compile(
    r"^[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{1,40}(?:,\s[^()\n]{1,40})?\s\((?P<agency>[A-Z][\w&.'’ -]{0,30}[\w.])\)\s*[-–—]{1,2}\s"
)
TITLE_SUFFIX_RE = re.compile(r"^(?P<title>.{10,}?)\s+[|–—-]\s+(?P<site>[^|–—]{2,60})$")


# a site named by its domain in the page <title> ('Headline - harbourcourier.com', 'Sportsnet.ca')
SITE_DOMAIN_RE = re.compile(r"^[A-Za-z][\w-]*(?:\.[a-z]{2,3}){1,2}$")


def _same_outlet(a: str, b: str) -> bool:
    """'Harbour Courier' and 'HarbourCourier.com' / 'The Harbour Courier': one outlet."""
    k = [re.sub(r"\.[a-z]{2,3}$", "", x.lower().removeprefix("the ")).replace(" ", "") for x in (a, b)]
    return k[0] == k[1]


def strip_outlet_suffix(title: str, source: str) -> str:
    """'Headline | The Outlet' -> 'Headline' when the suffix is the article's outlet (a page <title>)."""
    m = TITLE_SUFFIX_RE.match(title)
    if not m:
        return title
    site = m["site"].strip().lower().removeprefix("the ")
    if site == source.strip().lower().removeprefix("the "):
        return m["title"].strip()
    return title
