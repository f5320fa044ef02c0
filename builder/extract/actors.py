"""Mentions -> people: who is named in one article's clean paragraphs, and who is who
across the archive.

Finding (per article, :func:`find_actors`):

1. Capitalised phrases outside quotation marks are read by shape (names.SEQ_RE): leading
   titles and organisation words become the role ("Orvanian President" | "Pavel Korvanek"),
   phrases with organisation/place words are dropped, two or more name words make a full
   name, one name word (with its particles: "van der Meerlo") a bare surname.
2. A bare surname (also after Mr/Ms or a title, also possessive) is the full-name person
   with that surname in the article (the nearest earlier one when two share it).
3. A bare surname with no full name in the article is kept as a person of its own when a
   title, an honorific or a role phrase proves it ("Mr Orlanov", "President Orlanov", "Orlanov,
   the president,"); after "in"/"from"/"at" it is a place and dropped; otherwise it is
   *provisional*: :func:`merge_actors` keeps it only when one full-name person across the
   archive has that surname (see :func:`is_provisional`).
4. Registry names and aliases rename, ``exclude`` drops (here and in the merge).

Merging (archive-wide, :func:`merge_actors`): same surname and a transliteration variant
of the given name (Yury/Yuri/Yuriy) is one person; the registry can rename, alias, split
(``not_aliases``/``distinct``) and exclude.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from builder.extract import names as N
from builder.extract.common_words import without_common_words
from builder.extract.registry import Registry, RegistryEntry
from builder.extract.roles import roles_around
from builder.model import ActorMention, Quote

# --- quotation marks --------------------------------------------------------------------

_MARK_RE = re.compile('[“”"«»„]')
_OPEN_CTX = frozenset(" \t\n([{—–-/:")


@dataclass(slots=True)
class QSpan:
    open: int  # index of the opening mark
    close: int  # index of the closing mark (len(text) when the quote runs on)
    closed: bool

    @property
    def content_start(self) -> int:
        return self.open + 1


def quote_spans(text: str) -> list[QSpan]:
    """Outermost quoted spans of a paragraph: curly or straight double marks, guillemets, low-high
    marks („…“), and curly single marks where they clearly quote (nested ones ignored). An opening mark with
    no closing mark runs to the paragraph's end (closed=False)."""
    spans = _double_spans(text) if ('"' in text or "“" in text or "”" in text or "«" in text or "„" in text) else []
    if "‘" in text:
        spans = _add_single(text, spans)
    if "'" in text:
        spans = _add_straight_single(text, spans)
    if not spans and text.startswith("— "):
        spans = _dash_spans(text)
    if spans and _NICKNAME_RE.search(text):
        nicks = {m.start(2) for m in _NICKNAME_RE.finditer(text)}
        spans = [q for q in spans if q.open not in nicks]
    return spans


# a nickname in quotation marks between a given name and a surname ('Sen. Lorenzo “Enzo” Dela Torre'): part of the
# name as written, not a quote
# ('Francisco “Kiko” da Rocha': a lower-case particle may open the surname), and a given name in brackets the same way
# ('Tobias (Toby) Nancarrow', probe50)
_NICKNAME_RE = re.compile(
    rf"(?<![\w.])({N.UPPER}{N.LETTER}+) ([“\"‘(])({N.UPPER}{N.LETTER}+(?:[ -]{N.UPPER}{N.LETTER}+)?)[”\"’)] "
    rf"((?:{N.PARTICLE} )*)(?={N.UPPER}{N.LETTER})"
)


# dash dialogue ('— We sleep in the corridor, — says Name. — The children know.'): the dash after the speaker's
# words closes the quote, the dash after the attribution's full stop reopens it
_DASH_CLOSE_RE = re.compile(r"[,!?…]\s+(—)\s")
_DASH_REOPEN_RE = re.compile(r"[.,:;]\s+(—)\s+(?=\S)")


def _dash_spans(text: str) -> list[QSpan]:
    """A paragraph of dialogue written with dashes instead of quotation marks (as Eastern European outlets do):
    it opens with '— ' and a dash after a comma (or '!', '?') closes the first words before their attribution.
    A paragraph that only opens with a dash (a list item, a lone line of dialogue) has no quote."""
    m = _DASH_CLOSE_RE.search(text, 2)
    if m is None:
        return []
    spans = [QSpan(0, m.start(1), True)]
    while (r := _DASH_REOPEN_RE.search(text, m.end())) is not None:
        m2 = _DASH_CLOSE_RE.search(text, r.end())
        if m2 is None:
            spans.append(QSpan(r.start(1), len(text), True))
            break
        spans.append(QSpan(r.start(1), m2.start(1), True))
        m = m2
    return spans


def _double_spans(text: str) -> list[QSpan]:
    spans: list[QSpan] = []
    stack: list[tuple[int, str]] = []
    for m in _MARK_RE.finditer(text):
        pos, ch = m.start(), m.group()
        if ch in "“«„" and not (ch == "“" and stack and stack[-1][1] == "„"):
            stack.append((pos, ch))  # (“ closes a low-high „…“ quote)
            continue
        if ch == '"':
            open_ctx = pos == 0 or text[pos - 1] in _OPEN_CTX or text[pos - 1] == "“"
            if stack and stack[-1][1] == '"' and open_ctx and text[pos + 1 : pos + 2].isalnum():
                stack.append((pos, ch))  # a quotation inside a straight-quoted one ('"… the "special operation" …"')
                continue
            if stack and (stack[-1][1] == '"' or not open_ctx):
                pass  # closes
            elif open_ctx or not stack:
                stack.append((pos, ch))
                continue
        # a closing mark
        if not stack:
            continue
        start, _ = stack.pop()
        if not stack:
            spans.append(QSpan(start, pos, True))
    if stack:
        spans.append(QSpan(stack[0][0], len(text), False))
        spans.sort(key=lambda s: s.open)
        # drop spans nested inside the unterminated one
        out: list[QSpan] = []
        for s in spans:
            if out and s.open < out[-1].close and out[-1].open < s.open:
                continue
            out.append(s)
        spans = out
    return spans


def _add_single(text: str, spans: list[QSpan]) -> list[QSpan]:
    """‘…’ quotes outside double-quoted spans: ‘ after a space or at the start, closed by the
    next ’ that ends a word (an apostrophe inside a word, as in Union’s, does not close). A ’ after an s and
    before a lower-case word ('the taxpayers’ money') may be a plural possessive: it closes only when no later
    ’ closes before the next ‘. Double-quoted spans inside a single-quoted one (British style: ‘… “frozen” …’)
    are nested, not quotes of their own."""
    starts = [s.open for s in spans]
    added: list[QSpan] = []
    pos = text.find("‘")
    while pos >= 0:
        if (pos == 0 or text[pos - 1] in _OPEN_CTX) and not (spans and inside(spans, starts, pos)):
            close, ran_out = _single_close(text, pos, "’", "‘")
            if close > pos + 1:
                added.append(QSpan(pos, close, True))
                pos = text.find("‘", close + 1)
                continue
            if close < 0 and ran_out and _single_runs_on(text, pos):
                # a quotation that opens a sentence and runs to the paragraph's end with no closing mark: it goes on
                # in the next paragraph, which reopens it (British style, as '“…' does)
                added.append(QSpan(pos, len(text), False))
                break
        pos = text.find("‘", pos + 1)
    if not added:
        return spans
    spans = [s for s in spans if not any(a.open < s.open and s.close < a.close for a in added)]
    return sorted([*spans, *added], key=lambda s: s.open)


_SINGLE_RUN_ON_RE = re.compile(r"(?:\S+\s+){3,}\S*[.!?…]$")


def _single_runs_on(text: str, pos: int) -> bool:
    """An unclosed ‘ that opens a sentence (at the paragraph's start or after a sentence's end) and whose words (four
    or more) end the paragraph with a sentence's end: a quotation running on into the next paragraph."""
    before = text[:pos].rstrip()
    if before and before[-1] not in ".!?’”\"":
        return False
    return bool(_SINGLE_RUN_ON_RE.match(text, pos + 1))


# a straight single mark that closes a quote: right after the quote's last punctuation, before a space, a
# closing double mark or the paragraph's end ('Nobody fired. Not once,' he said); an apostrophe is never there
_STRAIGHT_CLOSE_RE = re.compile(r"(?<=[,.!?…])'(?=[\s”\"]|$)")


def _add_straight_single(text: str, spans: list[QSpan]) -> list[QSpan]:
    """'…' quotes in straight single marks (British style) outside double-quoted spans: a ' at the start or after a
    space, before a capital letter, closed by the next ' that follows the quote's final punctuation. Apostrophes
    (Dravia's, won't, the soldiers') neither open (they follow a letter) nor close (no punctuation before them).
    A partial quote in lower case ('the plan was 'too neat to be a coincidence'.') closes at the next ' that ends a
    word, as ‘…’ does (_single_close). Double-quoted spans inside are nested ('When they say "frozen" …')."""
    starts = [s.open for s in spans]
    added: list[QSpan] = []
    pos = text.find("'")
    while pos >= 0:
        if (pos == 0 or text[pos - 1] in _OPEN_CTX) and not (spans and inside(spans, starts, pos)):
            nxt = text[pos + 1 : pos + 2]
            close = -1
            if nxt.isupper():
                m = _STRAIGHT_CLOSE_RE.search(text, pos + 2)
                close = m.start() if m is not None else -1
            elif nxt.isalpha() and text[pos + 2 : pos + 3].isalpha():  # not 'n', 't Hooft, 's-Hertogenbosch
                close = _single_close(text, pos, "'")[0]  # a lower-case partial quote: two words or more inside
                close = close if close > pos and " " in text[pos + 1 : close].strip() else -1
            if close > pos and not (spans and inside(spans, starts, close)):
                added.append(QSpan(pos, close, True))
                pos = text.find("'", close + 1)
                continue
            if close < 0 and nxt.isupper() and _single_runs_on(text, pos):
                added.append(QSpan(pos, len(text), False))  # runs on into the next paragraph (as ‘… does)
                break
        pos = text.find("'", pos + 1)
    if not added:
        return spans
    spans = [s for s in spans if not any(a.open < s.open and s.close < a.close for a in added)]
    return sorted([*spans, *added], key=lambda s: s.open)


def _single_close(text: str, pos: int, mark: str, opener: str = "") -> tuple[int, bool]:
    """Where a quotation in single marks opened at ``pos`` closes (-1: nowhere): the next ``mark`` that ends a word
    (after a letter or punctuation, before a space, punctuation or the end; an apostrophe inside a word, as in
    Union’s or people's, does not close). One after an s before a lower-case word ('the taxpayers’ money') may be a
    plural possessive: it closes only when no later one does. With ``opener``, a new opening mark before the next
    ``mark`` means none closes. Also whether the paragraph ran out of ``mark``s (no opener came first)."""
    close = weak = -1
    j = text.find(mark, pos + 1)
    while j >= 0:
        if opener and text.find(opener, pos + 1, j) >= 0:
            break
        nxt = text[j + 1 : j + 2]
        if not nxt.isalpha() and not text[j - 1].isspace():
            if text[j - 1] in "sS" and nxt == " " and text[j + 2 : j + 3].islower():
                weak = j if weak < 0 else weak
            else:
                close = j
                break
        j = text.find(mark, j + 1)
    return (weak if close < 0 else close), j < 0


def inside(spans: list[QSpan], starts: list[int], pos: int) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and spans[i].open <= pos <= spans[i].close


def _capital_particle(paragraphs: tuple[str, ...], phrase: str, res: tuple) -> bool:
    """Whether the one word ``_analyse`` dropped before a bare surname is a name particle that the article writes in
    lower case before the same surname elsewhere ('Ten Hove' beside 'ten Hove')."""
    lead = phrase[: res[0] - 1]
    low = lead.lower()
    if " " in lead or low not in N.PARTICLES or len(res[2]) != 1:
        return False
    needle = f"{low} {res[2][0]}"
    return any(needle in p for p in paragraphs)


_EN_FUNCTION_WORDS = frozenset(
    "the and of to is that for with was were are this from have has had been which who would their they will not "
    "but it its by an at on as be he she his her or we you our i me my".split()
)
_QUOTE_WORD_RE = re.compile(r"[\w'’]+")


def _named_in_speech(
    paragraphs: tuple[str, ...], text: str, spans: list[QSpan], starts: list[int], pos: int, phrase: str
) -> int:
    """A person named inside someone's spoken words ('… and she has told Governor Hallam the same,” he said',
    '… Ask Edda Marrin, not me,” she said'): a title before a surname or a given name and a surname, inside an
    English quotation of eight words or more that is not all title case. Shorter quoted spans are titles, slogans
    and nicknames ('“Game Of Thrones”'), whose capitalised words are nobody. The surname must appear nowhere in the
    article outside quotation marks: there the person is found anyway (a nickname inside the quotation, 'Tom' for
    'Thomas', would make a second one), and a firm or a place named in the text ('Granite Ridge Holdings') is no
    one — but an honorific and a surname ('Mrs Tollerton') is that person's form wherever the surname stands.
    Returns how many characters of the phrase to skip (-1: not a person): three words or more at a sentence start
    inside the quotation begin with the sentence's own capitalised word ('Ask Name Surname', 'Thank Name Surname'),
    which is no part of the name."""
    toks = phrase.split(" ")
    if len(toks) < 2 or len(toks) > 4 or any(N.is_allcaps(t) for t in toks):
        return -1
    if any("." in t and not (N.is_title(t) or N.is_honorific(t)) for t in toks):
        return -1  # 'Eastvale P.D.': an abbreviation, no name
    q = spans[bisect_right(starts, pos) - 1]
    words = text[q.content_start : q.close].split()
    if len(words) < 8 or sum(w[:1].islower() for w in words) < len(words) // 2:
        return -1
    if sum(w.lower() in _EN_FUNCTION_WORDS for w in _QUOTE_WORD_RE.findall(text, q.content_start, q.close)) < 2:
        return -1  # a quotation in another language: its capitalised words are not read here
    surname = toks[-1]
    # an honorific before a surname ('Mrs Tollerton') names a person whoever it is: named outside the quotation, it
    # is that person's form (a nickname, a firm or a place never carries one)
    # (so is a rank or title before a surname: 'Lifeguard Hosken was in the water before I …', 'Colonel Ekholt')
    titled = len(toks) == 2 and (N.is_honorific(toks[0]) or N.is_title(toks[0]) and toks[0] not in N.ORG_WORDS)
    for p in paragraphs if not titled else ():
        if surname in p:
            qs = quote_spans(p)
            st = [x.open for x in qs]
            for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", p):
                if not (qs and inside(qs, st, m.start())) and _in_capital_run(p, m.start(), m.end()):
                    if p.endswith("the " + phrase, 0, m.end()):
                        # the same full name after 'the' ('named their new launch the Name Name'): a thing named
                        # after the person, which is dropped as a thing -- the person named in speech stands
                        continue
                    return -1
    skip = 0
    before = text[q.content_start : pos].rstrip()
    if len(toks) >= 3 and (not before or before[-1] in ".!?") and not (N.is_title(toks[0]) or N.is_honorific(toks[0])):
        skip = len(toks[0]) + 1
        phrase = phrase[skip:]
    res = _analyse(phrase)
    if res is not None and (res[0] == 0 or (bool(res[1]) and N.is_title(res[1][-1]))):
        return skip
    return -1


def _in_capital_run(text: str, s: int, e: int) -> bool:
    """The word at ``text[s:e]`` has a capitalised word right before or after it ('Ada Brask', 'Brask Holdings')."""
    before = _word_before_at(text, s)
    return before[:1].isupper() or (text[e : e + 1] == " " and text[e + 1 : e + 2].isupper())


# --- mention spans ------------------------------------------------------------------------


@dataclass(slots=True)
class Span:
    para: int
    start: int
    end: int  # end of the name (before a possessive)
    form: str  # surface form, corpus convention (title only before a bare surname)
    tokens: tuple[str, ...]  # name words
    full: bool  # given name(s) + surname
    titled: bool  # a title or honorific stands before a bare surname
    possessive: bool
    role: tuple[str, ...]  # role words inside the phrase ("Orvanian", "President")
    name: str  # the name words joined
    person: int = -1


@dataclass(slots=True)
class Person:
    name: str
    full: bool
    strong: bool
    forms: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    first: tuple[int, int] = (0, 0)
    skey: str = ""
    gkey: str = ""


@dataclass
class Scan:
    paragraphs: tuple[str, ...]
    quotes: list[list[QSpan]]
    spans: list[list[Span]]  # per paragraph, outside quotes, in order
    persons: list[Person]


_SAINT = frozenset({"St", "St."})


def _saint_surnames(toks: list[str]) -> list[str]:
    """'St' between a given name or an honorific and a capitalised word is a surname's first word ('Joanna St
    Clair', 'Ms St Clair'): the two words are kept as one token (the surname 'St Clair'). After a place's first
    word or a title ('Lake St Clair', 'Bishop St John') it stays a word of its own."""
    if "St" not in toks and "St." not in toks:
        return toks
    out: list[str] = []
    j = 0
    while j < len(toks):
        t = toks[j]
        if t in _SAINT and out and j + 1 < len(toks) and _saint_owner(out[-1]) and _name_word(toks[j + 1]):
            out.append(f"{t} {toks[j + 1]}")
            j += 2
            continue
        out.append(t)
        j += 1
    return out


def _saint_owner(tok: str) -> bool:
    """A word that 'St Surname' may follow in a name: an honorific ('Ms') or a given name."""
    if N.is_honorific(tok):
        return True
    return _name_word(tok) and tok not in _PLACE_PREFIXES and tok not in N.SURNAME_PLACE_WORDS


def _name_word(tok: str) -> bool:
    return (
        tok[:1].isupper()
        and not N.is_common(tok)
        and not N.is_title(tok)
        and tok not in N.ORG_WORDS
        and not N.is_allcaps(tok)
        and not N.is_initial(tok)
    )


@lru_cache(maxsize=65536)
def _analyse(phrase: str) -> tuple[int, tuple[str, ...], tuple[str, ...], bool, str, str] | None:
    """Split one capitalised phrase into (offset of the name, role words, name words)."""
    if " " not in phrase:
        if phrase in N.ORG_WORDS or N.is_title(phrase) or N.is_initial(phrase) or N.is_common(phrase):
            return None
        if phrase in N.PORTFOLIO_WORDS:
            return None
        if N.is_allcaps(phrase) or N.is_brand_word(phrase):
            return None  # ('AirPods', 'PolitiFact': a brand)
        return 0, (), (phrase,), False, "", phrase
    toks = _saint_surnames(phrase.split(" "))
    if toks[-1] in N.PORTFOLIO_WORDS or any(N.EZAFE_RE.match(t) for t in toks):
        return None  # 'Rural Economy (and Fisheries Cabinet Secretary …)', 'Dasht-e Sorkh'
    offs = []
    o = 0
    for t in toks:
        offs.append(o)
        o += len(t) + 1
    i = 0
    n = len(toks)
    # (a title in capitals stays: 'MP Berg', 'CS Njoroge' are titled bare names)
    while i < n and (N.is_common(toks[i]) or N.is_allcaps(toks[i]) and i < n - 1 and not N.is_title(toks[i])):
        i += 1
    if i >= n:
        return None
    # a family name that is also a place word before a hyphenated given name ('Park Seo-jun'): the name's first word
    place_surname = n - 2 if n >= 2 and toks[-2] in N.SURNAME_PLACE_WORDS and _HYPHEN_GIVEN_RE.match(toks[-1]) else -1
    # role part: up to the last title/organisation word that has a name word after it
    role_end = i - 1
    for j in range(i, n - 1):
        t = toks[j]
        if j != place_surname and (N.is_title(t) or t in N.ORG_WORDS or N.is_common(t)):
            role_end = j
    # a two-word honorific ('Tan Sri', 'Datuk Seri'): both words belong to the role
    pair = max((j for j in range(i + 1, n - 1) if (toks[j - 1], toks[j]) in N.HONORIFIC_PAIRS), default=-1)
    role_end = max(role_end, pair)
    if role_end >= i and toks[role_end + 1].rstrip(".") in N.NAME_SUFFIXES:
        role_end = i - 1  # "Martin Luther King Jr": King is the surname here
    unknown = [
        t
        for j, t in enumerate(toks[i : role_end + 1], i)
        if not (N.is_title(t) or t in N.ORG_WORDS or N.is_common(t) or j in (pair - 1, pair))
    ]
    if (
        len(unknown) >= 2
        and not any(N.is_initial(t) or t in N.ORG_WORDS for t in toks[i : role_end + 1])
        and not N.is_title(toks[role_end - 1])
        and n - i <= 4  # too long for one name: 'Orvanian Reconstruction Minister Maren Solvik' is role + name
    ):
        role_end = i - 1  # two name-like words before the "title": a name ("Martin Luther King")
    for j in range(max(i, role_end + 1) + 1, n - 2):
        if 2 <= len(toks[j]) <= 3 and N.is_allcaps(toks[j]) and not N.is_title(toks[j]):
            role_end = j  # a team's position in capitals before a full name ('Rivertown DL Name Surname')
    role = toks[i : role_end + 1] if role_end >= i else []
    if role and role[-1] in N.PLACE_FIRST_WORDS:
        return None  # 'Loch Drumbeg', 'Eilean Tosk': a place
    if role and role[-1] == "Air":
        return None  # 'Air Name': an airline ('Air Marshal Name' is an officer; the title's first word alone is none)
    k = role_end + 1
    if (
        n - k >= 3
        and len(toks[k]) == 1
        and toks[k].isupper()
        and not any(N.is_initial(t) or len(t) == 1 for t in toks[k + 1 :])
    ):
        k += 1  # a position's letter before a full name ('F Name Surname'; an initial has its full stop)
    while k < n and (N.is_common(toks[k]) or N.is_initial(toks[k]) and not _name_initial(toks, k)):
        k += 1
    name = toks[k:]
    if not name:
        return None
    if k and not role and toks[k - 1] in _PLACE_PREFIXES:
        return None  # 'New Harlow Otters', 'Los Verdes Hawks': a place's first word, then a team or a firm
    if len(name) == 2 and name[0].lower() in _FIRM_NOUNS:
        return None  # 'Developer Quillon': a sentence-initial firm noun and a firm
    if name[-1] in _OFFICE_LAST:
        # 'Outreach Director' is an office; 'Name Surname Executive Director' (no comma) the name and the office
        while name and (N.is_title(name[-1]) or name[-1] in _OFFICE_LAST):
            name = name[:-1]
        if len(name) < 2:
            return None
    if (
        len(name) > 3
        and 2 <= len(name[0]) <= 4
        and N.is_allcaps(name[0])
        and not N.is_title(name[0])
        and (N.role_lead(name[1], len(name) - 2) or name[1] in _MEDIA_ROLES)
    ):
        # a league's or a firm's letters before an occupation ('Sports NFL Insider Name Surname')
        cut = 2 if name[1] in _MEDIA_ROLES else 1
        name = name[cut:]
        k += cut
    if len(name) > 1 and not N.is_title(name[0]) and N.role_lead(name[0], len(name) - 1):
        if len(name) == 2:
            return None  # 'Veteran Nollywood actress', 'a Leading Role': a modifier and a word, nobody
        name = name[1:]  # 'Defenseman Jonas Brodin': a role word, not a given name
        k += 1
    while len(name) > 2 and len(name[-1]) <= 4 and N.is_allcaps(name[-1]) and name[-1] not in N.NAME_SUFFIXES:
        name = name[:-1]  # a post-nominal after the name ('Ciarán O’Dwyer KC', 'Jan Vos MP')
    if _thing_last(name[-1]) or N.is_brand_word(name[-1]):
        return None  # 'Apple AirPods' (a given name may be written so: 'LeeAnn Tavish', 'Chris RuiWen Kuo')
    if any(t in N.ORG_WORDS for j, t in enumerate(name, k) if j != place_surname):
        return None  # "Rogiok Peace Analysis Group"
    # cut at a later common word ("Orlanov On ...") -- rare in body text
    for j, t in enumerate(name):
        if j and N.is_common(t):
            name = name[:j]
            break
    for j, t in enumerate(name):
        if t in N.ORG_WORDS and j + k != place_surname or N.is_title(t) and len(name) == 1:
            return None
        if N.is_allcaps(t) and not (j == len(name) - 1 and j >= 2 and t in N.NAME_SUFFIXES):
            return None
    if N.is_initial(name[-1]) or N.is_particle(name[-1]):
        return None
    core = [t for t in name if not N.is_particle(t) and not N.is_initial(t)]
    if len(core) > 4:  # a run of capitalised words (a headline, a title in caps) is not a name
        return None
    full = len(core) >= 2 or (len(core) == 1 and len(name) > 1 and not N.is_particle(name[0]) and N.is_initial(name[0]))
    if full and len(name) > 2 and N.is_particle(name[0]) and name[0][:1].isupper() and not N.is_particle(name[1]):
        full = False  # a double surname after its particle, capitalised at a sentence start ('Dos Santos Ferraz')
    run = "" if full else _title_run(role)
    return offs[k], tuple(role), tuple(name), full, run, " ".join(name)


# nouns for a firm, capitalised at a sentence start before its one-word name ('Developer Quillon', 'Retailer Brisk')
_FIRM_NOUNS = frozenset(
    "developer publisher studio label carmaker automaker retailer startup chipmaker insurer lender broadcaster "
    "airline brewer miner".split()
)
# title words that end an office's name, never a person's ('Research and Outreach Director for …')
_OFFICE_LAST = frozenset(
    "Director Directors Secretary Minister Spokesman Spokeswoman Spokesperson Chairman Chairwoman Officer Executive "
    "Commissioner Adviser Advisor Manager".split()
)
# common words that begin a place's name ('New Harlow', 'San Marbel', 'Los Verdes', 'Fort Ostby')
# a media role after a league's or an outlet's letters ('NFL Insider Name Surname'; not a speaker noun: 'the insider
# added' is an unnamed source)
_MEDIA_ROLES = frozenset("Insider Contributor Contributors Insiders".split())
_PLACE_PREFIXES = frozenset("New San Santa Los Las Fort St Saint".split())


def _join_nicknames(
    text: str, found: Iterable[re.Match[str] | _Phrase]
) -> tuple[list[re.Match[str] | _Phrase], dict[int, tuple[int, int]]]:
    """The phrases of a paragraph with each 'Given “Nickname” Surname' joined into one phrase, and for each joined
    phrase's start the span (relative to it) of ' “Nickname”', to leave out of the name."""
    phrases = list(found)
    cuts: dict[int, tuple[int, int]] = {}
    for m in _NICKNAME_RE.finditer(text):
        if N.is_title(m.group(1)) or m.group(1).lower() in N.ROLE_NOUNS or m.group(1).lower() in N.JOB_NOUNS:
            continue  # 'Coach (Frank) Vogel': an editor's given name after a title, not a nickname after one
        given_end, surname_start = m.end(1), m.end()
        a = next((p for p in phrases if p.end() == given_end), None)
        b = next((p for p in phrases if p.start() == surname_start), None)
        if a is None or b is None:
            continue
        inner = [p for p in phrases if given_end < p.start() < surname_start]
        phrases = [p for p in phrases if p is not a and p is not b and p not in inner]
        phrases.append(_Phrase(a.start(), text[a.start() : b.end()]))
        cuts[a.start()] = (given_end - a.start(), m.start(4) - 1 - a.start())
    phrases.sort(key=_match_start)
    return phrases, cuts


def _titled_full_name(phrase: str) -> bool:
    """A phrase that is a title and a full name ('Trade Corwin Hale Boon Keat'): a person, not the rest of an
    institution's name after 'of'/'for'."""
    res = _analyse(phrase)
    return res is not None and res[3] and bool(res[1]) and N.is_title(res[1][-1]) and res[1][-1] not in N.ORG_WORDS


_HYPHEN_GIVEN_RE = re.compile(r"^[A-Z][a-z]+-[a-z]+$")  # a Korean given name ('Seo-jun', 'Min-ah')


# 'in Munich, Germany', 'from Greenbelt, Maryland': the word after a place and a comma is its region or country
_PLACE_COMMA_RE = re.compile(r"\b(?:in|at|from|near) [A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)?, $")


def _verb_start(paragraphs: tuple[str, ...], pi: int, s: int, name: tuple[str, ...]) -> bool:
    """A two-word phrase at a sentence's start whose first word ends in -ing ('Hosting Cook', 'Questioning Vindman')
    is a verb and a surname when that surname stood in the article before: a person is named in full first."""
    text = paragraphs[pi]
    if s and text[:s].rstrip()[-1:] not in '.!?”"':
        return False
    last = name[1]
    return last in text[:s] or any(last in p for p in paragraphs[:pi])


_QUESTION_AUX = frozenset(
    "Will Can Could Would Should Shall Does Did Do Is Was Are Were Has Have Had Must Might".split()
)
_WH_WORDS = frozenset("how what when where why who which".split())


def _question_start(paragraphs: tuple[str, ...], pi: int, s: int, name: tuple[str, ...]) -> bool:
    """A two-word phrase whose first word is an auxiliary ('Will', 'Can', 'Does') at the start of a question (the
    sentence's start or after a wh-word: 'How Will …') is the verb and a surname when that surname is written
    elsewhere in the article: 'Will Vance win?' beside 'Ada Vance'."""
    text = paragraphs[pi]
    before = text[:s].rstrip()
    if before and before[-1:] not in '.!?”"' and before.rsplit(None, 1)[-1].lower() not in _WH_WORDS:
        return False
    m = re.search(r"[.!?]", text[s:])
    if m is None or m.group() != "?":
        return False
    last = name[1]
    return sum(len(re.findall(rf"(?<!\w){re.escape(last)}(?!\w)", p)) for p in paragraphs) >= 2


_SPEECH_VERBS = r"(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|replied|replies|explained|explains)"


def _common_surname(paragraphs: tuple[str, ...], word: str) -> bool:
    """A common word after a given name ('Name Late') is the surname when the article uses it alone as a speaker's
    name: 'Late said', 'Late still says', 'says Late', 'Mr Late' — not right after another capitalised word (the
    full name itself)."""
    w = re.escape(word)
    pat = re.compile(
        rf"(?:\b(?:Mr|Mrs|Ms|Dr)\.? (?P<a>{w})|\b{_SPEECH_VERBS} (?P<b>{w})|(?<!\w)(?P<c>{w}),? (?:[a-z]+ )?"
        rf"{_SPEECH_VERBS})(?!\w)"
    )
    for text in paragraphs:
        if word not in text:
            continue
        for m in pat.finditer(text):
            if m.group("a") or not _word_before(text, m.start("b") if m.group("b") else m.start("c"))[:1].isupper():
                return True
    return False


# common words that are no surname after a given name: pronouns and words of time ('Name Monday', 'Name That said')
_NOT_SURNAMES = frozenset(
    """
    It Its They Them Their We Our Us You Your I Me My That This These Those There Here Then Now Today Tomorrow
    Yesterday Tonight Earlier Later Again Once Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April June July August September October November December Feb Mar Apr Jun Jul Aug Sep Sept Oct
    Nov Dec Mon Tue Tues Wed Thu Thurs Fri Sat Sun
    """.split()
)


def _role_word_before(text: str, i: int) -> bool:
    """A lower-case role noun right before ``text[i]`` ('vice-premier', 'the minister'): a name follows it, and a
    name with no stop inside is one sentence — its common last word ('He') is a name word, not a pronoun."""
    w = _word_before(text, i)
    return bool(w) and w.islower() and w.rsplit("-", 1)[-1] in N.ROLE_NOUNS


_ROLE_TO_RE = re.compile(r"\b([a-z-]+) (?:to|of|for) (?:the )?$")


def _role_to(text: str, i: int) -> bool:
    """A role noun and 'to'/'of'/'for' right before ``text[i]`` ('ambassador to (the) ', 'envoy for ')."""
    m = _ROLE_TO_RE.search(text, max(0, i - 40), i)
    return m is not None and m.group(1).rsplit("-", 1)[-1] in N.ROLE_NOUNS


def _place_word(paragraphs: tuple[str, ...], word: str, after: str) -> bool:
    """``word`` stands alone somewhere in the article (not before ``after``): a place or a body, not a given name."""
    pat = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])(?! {re.escape(after)}\b)(?! [A-Z])")
    return any(word in p and pat.search(p) for p in paragraphs)


def _thing_last(tok: str) -> bool:
    """A last word no person's name ends with: one letter ('Mach E', 'Plan B'; not 'Malcolm X'), an '-ism'
    ('National Socialism'), a group's demonym ('African Americans') or 'International' (a body)."""
    return (
        (len(tok) == 1 and tok != "X")
        or (len(tok) > 5 and tok.endswith("ism"))
        or tok in N.DEMONYM_LAST
        or tok == "International"  # 'Harbour International' (a first word stays a modifier: 'International Red Cross')
    )


def _share_surname(text: str, out: list[Span], before: list[list[Span]]) -> None:
    """'Aldo and Greta Vennick': a lone given name joined by 'and' to a two-word full name shares its surname (a
    couple, siblings), so it is that full name's family member, written with the given name only. Not after a place
    preposition ('in Tarn and Greta Vennick') or a capitalised word ('of North Tarn and …'), nor when the word is the
    surname of someone named in full before ('Osric Halloway … Halloway and Greta Vennick met')."""
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if (
            not a.full
            and not a.titled
            and not a.role
            and not a.possessive
            and len(a.tokens) == 1
            and b.full
            and len(b.tokens) == 2
            and text.startswith(" and ", a.end)
            and a.end + 5 == b.start
            and not b.possessive
            and not text.endswith(_LOC_PREPS, 0, a.start)
            and _lone_given_may_share(_word_before(text, a.start))
            and not any(sp.full and sp.tokens[-1] == a.tokens[0] for ps in (*before, out) for sp in ps)
        ):
            tokens = (a.tokens[0], b.tokens[1])
            out[k] = Span(a.para, a.start, a.end, a.form, tokens, True, False, False, (), " ".join(tokens))


def _lone_given_may_share(prev: str) -> bool:
    """The word before a lone given name lets it share the next full name's surname: not 'between', 'of', 'from',
    'and', nor a capitalised word ('of South Kerrow and Name Surname': a place's end)."""
    return prev not in ("between", "of", "from", "and") and not prev[:1].isupper()


def _title_run(role: Sequence[str]) -> str:
    """The titles and honorifics at the end of a phrase's role words ('Ms', 'Deputy Minister'): the words that belong
    to the form of a bare surname."""
    run: list[str] = []
    for t in reversed(role):
        if N.is_title(t) and t not in N.ORG_WORDS:
            run.append(t)
        else:
            break
    return " ".join(reversed(run))


# initials written together ('J.K. Ambergast'); the abbreviations of countries and unions are not a given name
_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,3}")
_COUNTRY_ABBR = frozenset("U.S. U.K. U.N. E.U. U.A.E. U.S.A. U.S.S.R.".split())


def _name_initial(toks: list[str], k: int) -> bool:
    """toks[k] is a one-letter initial ('J.') that, with any initials after it, stands before a name word
    ('J. R. Ambergast'; also written together: 'J.K. Ambergast'): part of the name, not an abbreviation to skip
    ('U.S.')."""
    j = k
    while j < len(toks) and (
        (len(toks[j]) == 2 and toks[j][1] == "." and toks[j][0].isupper())
        or (_INITIALS_RE.fullmatch(toks[j]) and toks[j] not in _COUNTRY_ABBR)
    ):
        j += 1
    return j > k and j < len(toks) and not N.is_initial(toks[j]) and not N.is_common(toks[j])


# Defence in depth: credit lines and photo credits the cleaner should already have removed.
_BYLINE_RE = re.compile(
    r"(?:By|Photo|Photos|Photograph|Credit|Reporting by|Additional reporting by|Edited by|Written by)[: ]+"
    r"[A-Z][\w’'\-]+(?: [A-Z][\w’'\-.]+)+(?:(?:,| and| &| /) [A-Z][\w’'\-]+(?: [A-Z][\w’'\-.]+)*)*\s*$"
)
# a writer's sign-off line: 'Name Surname, Outlet diplomatic correspondent' (nothing else in the paragraph)
_SIGNOFF_RE = re.compile(
    r"[A-Z][\w’'\-]+(?: [A-Z][\w’'\-.]+){1,3}, (?:[A-Z][\w&’'\-]* )*(?:[a-z\-]+ )*"
    r"(?:correspondent|editor|reporter|writer|columnist|journalist)\s*$"
)
# a digest's link line: another story's headline and its source in brackets ('Why … Shares? [ Outlet ]')
_SOURCE_TAIL_RE = re.compile(r"\[ ?[A-Z][\w .&’'\-]{0,30}? ?\]$")


_SENTENCE_END_RE = re.compile(r"[.!?][\"”’)]*\s*$")
_CREDIT_RE = re.compile(
    r"\((?:Photo|Photograph|Picture|Image|Video)s?(?: by)?:? [^()]{1,80}\)|\([A-Z][^()/]{1,40}/[^()]{1,40}\)"
)
# the words before a name that make it the article's writer or the writer's colleague (outside quotes)
_WRITER_BEFORE_RE = re.compile(
    r"(?:\bI['’]m|\bI am|\b[Mm]y (?:colleagues?|co-hosts?)|\b[Oo]ur (?:colleagues?|correspondents?)) $"
)
_PARTICLE_ENDS = tuple(f"{p} " for p in N.PARTICLES)
_HYPHEN_PARTICLE_RE = re.compile(r"(?<![\w-])[a-z]{2,3}-[A-Z]")
_APOS_PARTICLE_RE = re.compile(r"(?<![\w-])d[’'][A-Z]")  # 'Lucien d’Aubigny'
_ORG_LINK_RE = re.compile(r" (?:for|of|on|for the|of the|on the) ")
_ORG_LINKS = (" for ", " of ", " on ")
_HYPHEN_CAP_RE = re.compile(r"-[A-Z]")


class _Phrase:
    """A capitalised phrase found apart from SEQ_RE, read like a match (start(), group(), end())."""

    __slots__ = ("_s", "_t")

    def __init__(self, start: int, text: str) -> None:
        self._s, self._t = start, text

    def start(self) -> int:
        return self._s

    def end(self) -> int:
        return self._s + len(self._t)

    def group(self) -> str:
        return self._t


def _heading_row(text: str) -> bool:
    """A table's header row or a heading in title case ('Region Centres Beds Generators'): three or more
    words, each capitalised or a number, no comma and no sentence punctuation."""
    if "," in text or text[-1:] in '.!?:;”"' or text.count(" ") < 2:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or _FIGURE_RE.fullmatch(w) for w in text.split())


def _table(text: str) -> bool:
    """A table of several lines in one paragraph: each line a header row or a row of two or more figures with no
    lower-case word ('QLN QUILLEN HOLDINGS INC. 22.10 -1.20 -5.15%')."""
    for line in text.split("\n"):
        words = line.split()
        if not words or _heading_row(line):
            continue
        if sum(_FIGURE_RE.fullmatch(w) is not None for w in words) < 2 or any(w[:1].islower() for w in words):
            return False
    return True


_FIGURE_RE = re.compile(r"%|[-+−–$£€]?\d[\d.,]*%?")  # a table cell's figure: '-12.99', '-5.44%', '%'

# the small words a headline in title case leaves in lower case
_HEADLINE_SMALL = frozenset("a an the and or of to in on at for by from with after as over into but nor".split())
_HEADLINE_QUOTES = "\"'“”‘’"


def _headline(text: str) -> bool:
    """A headline in title case left in the body (a teaser of another story: 'Man Hurt at Riverside Depot Dies in
    Hospital'): four or more words, each capitalised, a number or a small word ('at', 'of', 'the'), with at least
    one small word and no full stop, colon or semicolon at its end. It names nobody of the article."""
    if text[-1:] in ".:;," or text.count(" ") < 3:
        return False
    small = False
    for w in text.split():
        w = w.strip(_HEADLINE_QUOTES + "()")
        if not w or w[:1].isupper() or w[:1].isdigit():
            continue
        if w not in _HEADLINE_SMALL:
            return False
        small = True
    return small


def _match_start(m: re.Match[str] | _Phrase) -> int:
    return m.start()


_LOC_WORDS = (
    "in",
    "In",
    "at",
    "At",
    "from",
    "From",
    "near",
    "into",
    "across",
    "outside",
    "inside",
    "throughout",
    "towards",
)
_LOC_PREPS = tuple(f" {w} " for w in _LOC_WORDS) + tuple(f"({w} " for w in _LOC_WORDS)
_LOC_STARTS = frozenset(f"{w} " for w in _LOC_WORDS)


# two or three words in capitals ('ANNA HORÁKOVÁ'): a print's lead-in sets a name so
_CAPS_RUN_RE = re.compile(r"(?<!\w)[^\W\d_a-z]{2,}(?: [^\W\d_a-z]{2,}){1,2}(?!\w)")
# a transcript's speaker label: one word in capitals (or two joined by a hyphen) and a colon opening the paragraph
_CAPS_LABEL_RE = re.compile(r"([^\W\d_a-z]{3,}(?:-[^\W\d_a-z]{2,})?):\s")


def _caps_names(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """The paragraphs with each name written in capitals in title case ('ANNA HORÁKOVÁ' -> 'Anna Horáková', same
    length): two or three capitalised words whose last word the article writes elsewhere in title case (the
    surname in ordinary text: 'Horáková said'), and one word in capitals that opens a paragraph before a colon (a
    transcript's speaker label, 'ORREFORS: …') when the article writes that word in title case elsewhere. Acronyms
    and datelines ('NATO SUMMIT', 'KOLMAR —') have none."""
    out = list(paragraphs)
    joined: str | None = None
    for pi, text in enumerate(paragraphs):
        for m in _CAPS_RUN_RE.finditer(text):
            run = m.group(0)
            if not run.isupper():
                continue
            titled = run.title()
            last = titled.rsplit(" ", 1)[1]
            if len(titled) != len(run) or len(last) < 3:
                continue
            if joined is None:
                joined = "\n".join(paragraphs)
            if re.search(rf"(?<!\w){re.escape(last)}(?!\w)", joined):
                # a possessive in capitals after the name ('DORCAS NAME’S NEXT STEP') is read as one ('’s')
                poss = text[m.end() : m.end() + 2] in ("’S", "'S") and not text[m.end() + 2 : m.end() + 3].isalnum()
                out[pi] = out[pi][: m.start()] + titled + (text[m.end()] + "s" if poss else "") + out[pi][
                    m.end() + (2 if poss else 0) :
                ]
        label = _CAPS_LABEL_RE.match(text)
        if label and label.group(1).isupper():
            # a transcript's speaker label ('ORREFORS: You held …'): the surname of someone named in title case
            titled = label.group(1).title()
            if len(titled) == len(label.group(1)):
                if joined is None:
                    joined = "\n".join(paragraphs)
                if re.search(rf"(?<!\w){re.escape(titled)}(?!\w)", joined):
                    out[pi] = titled + out[pi][label.end(1) :]
    return tuple(out)


# an acronym and its expansion in brackets, either way round: 'DACA (Deferred Action for Childhood Arrivals)',
# 'Deferred Action for Childhood Arrivals (DACA)'
_ACRONYM_THEN_RE = re.compile(r"\b([A-Z]{2,7})s? \(([A-Z][\w’'-]*(?: (?:[a-z]{1,4} )*[A-Z][\w’'-]*){1,8})\)")
_ACRONYM_AFTER_RE = re.compile(r"\b([A-Z][\w’'-]*(?: (?:[a-z]{1,4} )*[A-Z][\w’'-]*){1,8}) \(([A-Z]{2,7})s?\)")


def _acronym_expansions(text: str) -> list[tuple[int, int]]:
    """The spans of the words an acronym stands for, when the initials of their capitalised words spell it: a
    programme's, a body's or a law's name, no person's."""
    out = []
    for m in _ACRONYM_THEN_RE.finditer(text):
        if "".join(w[0] for w in m[2].split() if w[0].isupper()) == m[1]:
            out.append(m.span(2))
    for m in _ACRONYM_AFTER_RE.finditer(text):
        words = m[1].split()
        caps = [i for i, w in enumerate(words) if w[0].isupper()]
        n = len(m[2])
        # (the expansion's last capitalised words: 'the US Deferred Action … (DACA)' -> from 'Deferred')
        if len(caps) >= n and "".join(words[i][0] for i in caps[-n:]) == m[2]:
            start = m.start(1) + len(" ".join(words[: caps[-n]])) + (1 if caps[-n] else 0)
            out.append((start, m.end(1)))
    return out


def _scan_paragraphs(paragraphs: tuple[str, ...]) -> Scan:
    original = paragraphs
    paragraphs = _caps_names(paragraphs)
    quotes: list[list[QSpan]] = []
    spans: list[list[Span]] = []
    seq_finditer = N.SEQ_RE.finditer
    common = N.COMMON_WORDS
    analyse = _analyse
    particle_ends = _PARTICLE_ENDS
    places: set[str] = set()
    common_surnames: set[str] = set()  # common words that are a surname here ('Name Late' beside 'Late says')
    place_surnames: set[str] = set()  # family names that are place words, seen first in a full name ('Park Seo-jun')
    # place words the article puts after an honorific somewhere ('Ms Rock said', 'Ms Loch would not discuss …'): a
    # family name here, in every mention ('Analyst Mehitabel Rock, of the broker …, said'), not a rock or a loch
    titled_place_surnames = {m[1] for t in paragraphs for m in _TITLED_PLACE_WORD_RE.finditer(t)}
    # ... or alone as the subject of a speech verb after a quotation, a comma or at a sentence's start ('"…," Hollow
    # said.', ', Scar laughed.'): a hollow or a scar does not speak, so the one full name ending in it is the
    # person's too ('Councillor Name Hollow, the cabinet member, said'; 'Name Scar painted them in 1991') -- not when
    # two full names end in it ('Visitors to Orsa Lake' beside 'Aurelio Lake': which one speaks is left to the other
    # rules)
    speaking_place_surnames: set[str] = set()
    for word in {m[1] for t in paragraphs for m in _SPEAKING_PLACE_WORD_RE.finditer(t)}:
        fronts = {m[1] for t in paragraphs for m in re.finditer(r"\b([A-Z][\w’'-]+) " + word + r"\b", t)}
        if len(fronts) == 1:
            titled_place_surnames.add(word)
            speaking_place_surnames.add(word)  # ('Scar is 79.': the word alone is her surname too)
    for pi, text in enumerate(paragraphs):
        qs = quote_spans(text)
        quotes.append(qs)
        starts = [q.open for q in qs]
        out: list[Span] = []
        n = len(text)
        # a print's crosshead in capitals that names someone of the article ('DORCAS NAME’S NEXT STEP', read as
        # 'Dorcas Name’s NEXT STEP' by _caps_names) is the article's subheading, not a table's header row or a teaser
        crosshead = text != original[pi] and original[pi].isupper()
        if (
            n < 90
            and (
                _BYLINE_RE.match(text)
                or _SIGNOFF_RE.match(text)
                or _SOURCE_TAIL_RE.search(text)
                or (_heading_row(text) and not crosshead)
                or (_headline(text) and not crosshead)
            )
        ) or ("\n" in text and _table(text)):
            spans.append(out)  # a byline or credit line the cleaner left, a table's header row, a teaser: nobody in it
            continue
        if n < 70 and pi and N.SIGNATURE_LINE_RE.match(text) and _SENTENCE_END_RE.search(paragraphs[pi - 1]):
            spans.append(out)  # a letter's signature under it ('Name Name, Town'): the letter's writer, an author
            continue
        credits = [m.span() for m in _CREDIT_RE.finditer(text)] + _acronym_expansions(text) if "(" in text else []
        found: Iterable[re.Match[str] | _Phrase] = seq_finditer(text)
        if ("-" in text and _HYPHEN_CAP_RE.search(text) and _HYPHEN_PARTICLE_RE.search(text)) or (
            ("d’" in text or "d'" in text) and _APOS_PARTICLE_RE.search(text)
        ):
            # phrases that start with "al-"; not one inside a phrase SEQ_RE finds ("Samira al-Haddad")
            extra = [_Phrase(st, ph) for st, ph in N.hyphen_particle_phrases(text)]
            # a longer phrase from there replaces SEQ_RE's ("Samira" -> "Samira al-Haddad")
            taken = {x.start() for x in extra}
            found = sorted([*(m for m in found if m.start() not in taken), *extra], key=_match_start)
        nick_cut: dict[int, tuple[int, int]] = {}
        if "“" in text or '"' in text or "‘" in text or "(" in text:
            found, nick_cut = _join_nicknames(text, found)
        org_end = -1  # where the last phrase ending in an organisation word ended
        for m in found:
            phrase = m.group()
            mstart = m.start()
            cut = nick_cut.get(mstart)
            if cut is not None:
                phrase = phrase[: cut[0]] + phrase[cut[1] :]  # the name without its nickname
            if phrase in common and (
                phrase not in common_surnames  # a common word, unless a surname here: 'Late' mid-sentence or speaking
                or (text[:mstart].rstrip()[-1:] in ".!?”\"" and not _SPEAKS_AFTER_RE.match(text, mstart + len(phrase)))
            ):
                continue
            end = mstart + len(phrase)
            if phrase in N.MONTH_GIVEN_NAMES and N.MONTH_USE_RE.match(text, end):
                continue  # 'on Jan 5': a month, not a first name
            if phrase in N.MONTH_NAMES and (
                N.MONTH_DAY_RE.match(text, end) or N.MONTH_TIME_RE.search(text, max(0, mstart - 10), mstart)
            ):
                continue  # 'since May': a month, not a surname
            if org_end >= 0:
                if _ORG_LINK_RE.fullmatch(text, org_end, mstart) and not _titled_full_name(phrase):
                    org_end = end  # "Centre for European Law": the name of the institution goes on
                    continue
                org_end = -1  # (not 'Minister of State for Trade Corwin Hale Boon Keat': a title, then a name)
            if text.startswith(_ORG_LINKS, end) and phrase[phrase.rfind(" ") + 1 :] in N.ORG_WORDS:
                org_end = end
            if qs and inside(qs, starts, mstart):
                skip = _named_in_speech(original, text, qs, starts, mstart, phrase)
                if skip < 0:
                    continue
                phrase, mstart = phrase[skip:], mstart + skip
            if credits and any(c0 <= mstart < c1 for c0, c1 in credits):
                continue
            if mstart > 3 and _WRITER_BEFORE_RE.search(text, max(0, mstart - 24), mstart):
                continue  # the writer introducing themselves or a colleague: "I'm Name in Sorin; my colleague Name …"
            if mstart > 1 and text.endswith(particle_ends, 0, mstart):
                lead = N.LEAD_PARTICLES_RE.search(text, max(0, mstart - 24), mstart)
                if lead:
                    phrase = text[lead.start() : mstart] + phrase
                    mstart = lead.start()
            res = analyse(phrase) if phrase not in common_surnames else (0, (), (phrase,), False, "", phrase)
            if res is not None and res[0] and not res[1] and not res[3] and _capital_particle(original, phrase, res):
                # 'Ten Hove said' at a sentence start where the article writes 'Marit ten Hove': the capitalised
                # particle is the surname's, not the number word
                res = 0, (), (phrase[: res[0] - 1], *res[2]), False, "", phrase[: res[0]] + res[5]
            if (
                res is not None
                and not res[3]
                and len(res[2]) == 1
                and phrase.endswith(res[5], 0, res[0] + len(res[5]))
                and phrase[res[0] + len(res[5]) : res[0] + len(res[5]) + 1] == " "
            ):
                last = phrase[res[0] + len(res[5]) + 1 :]
                if last in common and last not in _NOT_SURNAMES:
                    if last in common_surnames or _common_surname(original, last):
                        common_surnames.add(last)  # 'Name Late' when 'Late says' names him alone
                        res = res[0], res[1], (res[5], last), True, "", f"{res[5]} {last}"
                    elif _role_word_before(text, mstart):
                        res = res[0], res[1], (res[5], last), True, "", f"{res[5]} {last}"  # 'vice-premier Name He'
            if res is None and phrase[phrase.rfind(" ") + 1 :] in N.SURNAME_PLACE_WORDS:
                res = _speaking_place_word_name(phrase, text, mstart)
                if res is None and phrase[phrase.rfind(" ") + 1 :] in titled_place_surnames:
                    res = _place_word_as_surname(phrase)
            if res is None and (phrase in place_surnames or phrase in speaking_place_surnames):
                res = 0, (), (phrase,), False, "", phrase  # 'Park' after 'Park Seo-jun'
            if res is None:
                continue
            off, role, name, full, run, bare_form = res
            if (
                full
                and len(name) == 2
                and (
                    (name[0].endswith("ing") and _verb_start(paragraphs, pi, mstart + off, name))
                    or (name[0] in _QUESTION_AUX and _question_start(paragraphs, pi, mstart + off, name))
                )
            ):
                # a verb, then the surname: 'Hosting Cook at the show …' after 'Tim Cook'; a question's verb: 'Will
                # Vance win?' beside 'Ada Vance'
                off += len(name[0]) + 1
                bare_form = name[-1]
                name, full = (bare_form,), False
            if (
                full
                and not role
                and len(name) == 3
                and _role_to(text, mstart)
                and _place_word(paragraphs, name[0], name[1])
            ):
                off += len(name[0]) + 1  # 'ambassador to Ukraine Name Surname': the country ends the role
                name = name[1:]
                bare_form = " ".join(name)
            if full and name[0] in N.SURNAME_PLACE_WORDS:
                place_surnames.add(name[0])
            s = mstart + off
            e = s + len(bare_form)
            poss = e < n and text[e] in "’'" and N.POSSESSIVE_RE.match(text, e) is not None
            if not (full or run or role or poss) and (
                text.endswith(_LOC_PREPS, 0, s)
                or (s < 12 and text[:s] in _LOC_STARTS)
                or (text.endswith(", ", 0, s) and _PLACE_COMMA_RE.search(text, max(0, s - 48), s) is not None)
                # 'Mayor Tomas Brek of Holmby': one word right after a full name and 'of' is the person's place
                or (out and out[-1].full and out[-1].end == s - 4 and text.endswith(" of ", 0, s))
            ):
                places.add(bare_form)  # "in Kolmar", "from Tarn" (not "in Varga's push"): a place
            form = bare_form
            if cut is not None and off < cut[0] < off + len(bare_form):
                e += cut[1] - cut[0]  # the form as written keeps the nickname ('Lorenzo “Enzo” Dela Torre')
                poss = e < n and text[e] in "’'" and N.POSSESSIVE_RE.match(text, e) is not None
                form = text[s:e]
            if run:  # the titles right before a bare surname belong to the form
                out.append(Span(pi, s - len(run) - 1, e, f"{run} {bare_form}", name, full, True, poss, role, bare_form))
            else:
                out.append(Span(pi, s, e, form, name, full, False, poss, role, bare_form))
        if len(out) > 1 and " and " in text:
            _share_surname(text, out, spans)
        spans.append(out)
    spans = _drop_article_names(paragraphs, spans)
    if places:
        # one-word names seen after "in"/"from"/"at" are places, unless a full name in the
        # article has that surname
        surnames = {N.name_key(list(t))[0] for t in {sp.tokens for ps in spans for sp in ps if sp.full}}
        drop = {p for p in places if N.variant_key(p) not in surnames}
        if drop:
            spans = [[sp for sp in ps if sp.full or sp.titled or sp.name not in drop] for ps in spans]
    persons = _resolve(spans, _kin_sexes(paragraphs, spans))
    if paragraphs != original:  # a name set in capitals keeps its form as written ('ANNA HORÁKOVÁ')
        for pi, p_spans in enumerate(spans):
            if paragraphs[pi] != original[pi]:
                for sp in p_spans:
                    sp.form = original[pi][sp.start : sp.end]
    for p_spans in spans:
        for sp in p_spans:
            p = persons[sp.person]
            if sp.form not in p.forms:
                p.forms.append(sp.form)
    seen_roles: set[tuple[int, str]] = set()
    bare_tries: Counter[int] = Counter()
    for pi, p_spans in enumerate(spans):
        text = paragraphs[pi]
        for sp in p_spans:
            p = persons[sp.person]
            # roles come with the first few mentions; a bare name's role ("Stelmak, the
            # president's aide") also proves it is a person
            if bare_tries[sp.person] >= 4:
                continue
            if not (sp.full or sp.titled):
                if p.full or sp.possessive:
                    continue
                s, e = sp.start, sp.end
                j = text.rfind(" ", 0, s - 1)
                if not (
                    text.startswith(", ", e) or text.endswith(", ", 0, s) or text[j + 1 : s - 1].lower() in N.ROLE_NOUNS
                ):
                    continue
            bare_tries[sp.person] += 1
            for r in roles_around(text, sp.start, sp.end, sp.role, sp.possessive, sp.full):
                if (sp.person, r.lower()) not in seen_roles:
                    seen_roles.add((sp.person, r.lower()))
                    p.roles.append(r)
                    if not p.full:
                        p.strong = True
    # a name inside someone's quotation (_named_in_speech) makes its person, but is no mention the quote finder may
    # take for the last-named speaker: the spans it sees stay those outside quotes
    for pi, qs in enumerate(quotes):
        if qs and spans[pi]:
            starts = [q.open for q in qs]
            spans[pi] = [sp for sp in spans[pi] if not inside(qs, starts, sp.start)]
    return Scan(original, quotes, spans, persons)


# a possessive and one lower-case noun before a comma: 'his predecessor, ', 'her deputy, '
_KIN_APPOSITION_RE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir) [a-z\-]+, $")


# a quotation's closing mark and an inverted speech verb right before a name ('"…," said Name', '"…?" asked Name')
_SAID_BEFORE_RE = re.compile(r"[,.!?…][”\"’']\s+(?:said|says|added|adds|asked|asks|replied|explained)\s+$")


_TITLED_PLACE_WORD_RE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+(" + "|".join(sorted(N.SURNAME_PLACE_WORDS)) + r")\b(?![’'-]?\s*[A-Z])"
)


# a place word alone as the subject of a speech verb, after a quotation's close or at a sentence's start
_SPEAKING_PLACE_WORD_RE = re.compile(
    r"(?:^|[.!?,]\s+|[,.!?…][”\"’']\s+)(" + "|".join(sorted(N.SURNAME_PLACE_WORDS)) + r")\s+"
    r"(?:said|says|told|tells|added|adds|replied|replies|laughed|laughs|recalled|recalls)\b"
)


def _place_word_as_surname(phrase: str) -> tuple[int, tuple[str, ...], tuple[str, ...], bool, str, str] | None:
    """``phrase`` read as a name whose last word, a place word ('Rock', 'Loch'), is its family name: analysed with a
    stand-in surname of the same length, the place word then put back ('Ms Rock' -> role 'Ms', name 'Rock';
    'Analyst Mehitabel Rock' -> role 'Analyst', name 'Mehitabel Rock')."""
    cut = phrase.rfind(" ")
    if cut < 0:
        return None
    word = phrase[cut + 1 :]
    stand_in = "Q" + "x" * (len(word) - 1)
    res = _analyse(phrase[: cut + 1] + stand_in)
    if res is None or not res[2] or res[2][-1] != stand_in:
        return None
    off, role, name, full, run, bare = res
    return off, role, (*name[:-1], word), full, run.replace(stand_in, word), bare[: -len(stand_in)] + word


def _speaking_place_word_name(
    phrase: str, text: str, start: int
) -> tuple[int, tuple[str, ...], tuple[str, ...], bool, str, str] | None:
    """A name whose surname is also a place word ('Aurelio Lake', 'Lake', 'Min-jun Park'): a person when it is the
    subject of a speech verb, at a sentence's start or set off by commas ('…, Aurelio Lake, said', 'Lake said') --
    a lake or a park does not speak ('Visitors to Orsa Lake said …' is the visitors) -- or right after a quotation
    and an inverted speech verb ('"…," said Rhiannon Lane'), or when it is a person's relation in commas ('his
    predecessor, Aurelio Lake, had …')."""
    toks = phrase.split(" ")
    if (
        len(toks) == 2
        and text.startswith(",", start + len(phrase))
        and _KIN_APPOSITION_RE.search(text, max(0, start - 40), start)
        and not (toks[0] in N.ORG_WORDS or N.is_title(toks[0]) or N.is_common(toks[0]))
    ):
        return 0, (), tuple(toks), True, "", phrase  # 'his predecessor, Name Hill, had …': a relation in commas
    if (
        len(toks) == 2
        and _SAID_BEFORE_RE.search(text, max(0, start - 24), start)
        and not (toks[0] in N.ORG_WORDS or N.is_title(toks[0]) or N.is_common(toks[0]))
    ):
        return 0, (), tuple(toks), True, "", phrase  # '"…," said Rhiannon Lane': the inverted speaker
    if _PERSON_AFTER_RE.match(text, start + len(phrase)):
        # 'The farmer Name Moor, who has grazed sheep …', 'Sister Name Moor, who …': a person (a title before the name)
        lead = 1 if len(toks) == 3 and N.is_title(toks[0]) and toks[0] not in N.ORG_WORDS else 0
        first = toks[lead]
        if len(toks) - lead == 2 and not (first in N.ORG_WORDS or N.is_title(first) or N.is_common(first)):
            name = tuple(toks[lead:])
            return len(toks[0]) + 1 if lead else 0, tuple(toks[:lead]), name, True, "", " ".join(name)
    if len(toks) > 2 or not _SPEAKS_AFTER_RE.match(text, start + len(phrase)):
        return None
    prev = text[:start].rstrip()[-1:]
    if prev and prev not in ',.!?”":;':
        return None
    if len(toks) == 2 and (toks[0] in N.ORG_WORDS or N.is_title(toks[0]) or N.is_common(toks[0])):
        return None
    return 0, (), tuple(toks), len(toks) == 2, "", phrase


# the word before a full name that makes it a thing's or a place's name, or one after it
_THING_BEFORE = frozenset(
    """the The group company firm organisation organization charity network newspaper magazine website site
    programme program platform brand band app campaign channel outlet podcast village town city daily weekly
    tabloid agency journal northern southern eastern western line consultancy lender insurer retailer shipper carmaker
    drugmaker Upper Lower Nether"""
    # a ship's prefix: 'the MV Name Name', 'HMS Name Name', 'the RV Name Name' (a vessel named like a person)
    """ MV M/V MT SS RMS HMS USS RV FV HMCS HMAS HMNZS"""
    # a kind of vessel before its name: 'The crabber Name Name, with two men aboard, …' (a boat named like a person)
    """ ferry frigate destroyer cruiser corvette warship tanker freighter trawler yacht icebreaker crabber drifter
    lugger dredger schooner ketch whaler collier dhow netter sloop barge tug steamer""".split()
)  # ('from Upper Fell Moor': a place's prefix, capitalised, never a person's first word)
# a kind of animal before a name: 'the eight-year-old mare Name Name' (a racehorse named like a person) -- a thing when
# it never speaks, also where another sentence names it alone ('said Name Name was not injured')
_ANIMAL_BEFORE = frozenset("mare gelding stallion colt filly racehorse pony greyhound hound".split())
# a firm named after its founder: 'Name Name & Sons', 'Name Name and Partners', 'Name Name Ltd'
_FIRM_AFTER_RE = re.compile(
    r"\s*(?:&|and)\s+(?:Sons?|Daughters?|Brothers|Bros\b|Partners|Co\b)|,?\s+(?:Ltd|Limited|plc|PLC|LLP|Inc)\b"
)
# a family by its surname: 'the Name family had run a bakery there', 'the Name household' -- the surname alone is
# the family's, a form of none of its members (a brother and sister both named: of neither)
_FAMILY_AFTER_RE = re.compile(r"\s+(?:family|families|household|clan|dynasty)\b")
# a journey's end or start: 'sailed to Name Name and back', 'came to Town from Name Name in 1994' -- a place ('from'
# only after the journey's 'to Place': 'the call came from Name Name' is a person's)
_MOTION_BEFORE_RE = re.compile(
    r"\b(?:sailed|flew|travelled|traveled|drove|emigrated|fled|migrated|relocated|rowed|journeyed)\s+(?:back\s+)?to\s$|"
    r"\b(?:came|moved|sailed|flew|travelled|traveled|drove|emigrated|fled|returned|migrated|relocated|rowed|journeyed)"
    r"\s+(?:back\s+)?to\s+(?:the\s+[a-z]+|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+from\s$|"
    # a vehicle or a walker arriving: 'the first bus pulled into Name Name at 7.05' ('ran into Name Name' meets one)
    r"\b(?:pulled|drove|sailed|steamed|flew|rolled|turned|walked|marched|rode|limped|taxied|swung)\s+(?:back\s+)?into\s$"
)
# a clause's verb right after 'said Name': 'said Name Name was not injured' -- the name is the reported clause's
# subject, not the speaker ('said Name Name, who …' / 'said Name Name.' is)
_CLAUSE_VERB_AFTER_RE = re.compile(r" (?:was|were|is|are|had|has|have|would|will|could|should|might|must|did|does)\b")
_THING_AFTER = frozenset(
    """programme program show podcast newspaper magazine website app campaign brand band probe spacecraft mission
    telescope satellite rover prison hospital foothills device devices speaker speakers console consoles keyboard
    laptop laptops phone phones smartphone tablet headphones earbuds subscription bundle lander rocket chip chips
    processor camera""".split()
)
_INDEFINITE = frozenset("a an A An".split())
# a locomotive named like a person, after its noun and number: 'The engine, No. 4187 Lady Name Name,', 'the locomotive
# 4187 Name Name', 'the loco Name Name' -- a thing throughout the article (also a later bare 'Lady Name Name will pull
# the first trains'), titled or not, unless it speaks
_ENGINE_BEFORE_RE = re.compile(
    r"\b(?:locomotives?|locos?|engines?|railcars?)(?:,\s*|\s+)(?:(?:No\.?|Number)\s?\d{1,5}[A-Z]?,?\s+|\d{3,5}[A-Z]?\s+)?$"
)
# a product after a full name: 'sold Name Name ice cream', 'a bar of Name Name toffee' -- a brand named like a person
# ('jams', 'sauces', 'perfumes' are verbs too: 'Name Name jams with an accordion player', 'perfumes the room' -- a
# person's verb when a preposition or a determiner follows)
_PRODUCT_AFTER_RE = re.compile(
    r"\s+(?:ice[ -]cream|ice[ -]creams|toffees?|fudge|chocolates?|biscuits|crisps|gin|whisky|whiskey|vodka|cider|"
    r"lager|marmalade|cosmetics|(?:jams|sauces?|perfumes?)(?!\s+(?:with|in|at|on|for|to|into|along|alongside|"
    r"together|every|each|most|the|a|an|his|her|their|its|our)\b))\b"
)
# a foreign article opening a name of several words: 'the regional daily Le Courrier du Ponant', 'La Voz de Name' --
# read like a full name by the thing checks (a newspaper's or a firm's title), though no given name opens it
_FOREIGN_ARTICLES = frozenset("Le La Les L’ L' El Il Los Las Der Die Das Het".split())
# 'Its crumbly Name Name took the top prize': a name after 'its' (and up to two lower-case words that are no role: not
# 'its chairman Name Name') is a thing's (a cheese's, a product's); people are not 'its' anything else
_ITS_BEFORE_RE = re.compile(r"\b[Ii]ts\s+((?:[a-z][\w-]*\s+){0,2})$")
_ITS_PEOPLE = frozenset("star stars captain author hero heroine heir patron".split())


def _words_before(rx: re.Pattern[str], text: str, start: int, span: int) -> list[str] | None:
    """The words of ``rx``'s group 1 where it matches right before ``start`` (within ``span``)."""
    m = rx.search(text, max(0, start - span), start)
    return m[1].split() if m is not None else None


def _after_its(text: str, start: int) -> bool:
    words = _words_before(_ITS_BEFORE_RE, text, start, 40)
    return words is not None and not any(
        w in N.JOB_NOUNS or w in N.ROLE_NOUNS or w in N.ROLE_MODIFIERS or w in _ITS_PEOPLE for w in words
    )


# the first word of a named weather system ('Storm Edrys', 'Hurricane Talvi', 'Typhoon Name', 'Gale Name'; a person
# named Gale who speaks or is called by the surname alone stays, see below)
_WEATHER_FIRST = frozenset("Storm Hurricane Typhoon Cyclone Gale".split())  # ('Gale Name': a named gale)
# the lower-case words of a role phrase right before an apposition's comma: 'The duty officer that night, Gale Name,'
# (a person's role; a storm's apposition names no office)
_APPOSITION_WORDS_BEFORE_RE = re.compile(r"((?:\b[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*),\s$")


def _role_apposition_before(text: str, start: int) -> bool:
    """The name at ``start`` is an apposition after a role or an occupation ('The duty officer that night, Name
    Name,'): a role noun among the last four lower-case words before the comma."""
    words = _words_before(_APPOSITION_WORDS_BEFORE_RE, text, start, 60)
    return words is not None and any(w in N.ROLE_NOUNS or w in N.JOB_NOUNS for w in words)


_WEATHER_WORDS_RE = re.compile(
    r"\b(?:winds?|gusts?|rain(?:fall)?|landfall|forecast(?:ers?)?|flood(?:s|ing)?|weather|mph|km/h|snow|storm\s+surge|"
    r"(?:red|amber|yellow)\s+warning)\b",
    re.I,
)
# a price after a name: 'Name Surname for $299', 'Name Surname ($29.99)', 'Name Surname: £40' -- a product
# (in brackets or after a colon or dash anywhere; after 'for'/'at'/'from' only as a list item's start: 'Chelsea signed
# Name Surname for £70m' is a person)
_PRICE_AFTER_RE = re.compile(r"\s*[:(–—-]\s*[$£€¥₹]\s?\d")
_ITEM_PRICE_AFTER_RE = re.compile(r"\s+(?:for|at|from|now|only)\s+[$£€¥₹]\s?\d")
# a journal's abbreviated title in a citation, before the year and the volume: 'Ann Vasc Rehabil 2025; 31(4): 402–411',
# 'J Clin Ortho 2024;12:88' -- a publication, not a person
_CITATION_AFTER_RE = re.compile(r"\.?\s+(?:19|20)\d\d\s*[;:]\s*\d+\s*(?:\(\d+\))?\s*[:;,]")
# a vessel noun before a title and one word: a ship named like a person ("the ferry Lady Quenby", "the frigate
# Admiral Tolvast")
_VESSEL_BEFORE = frozenset(
    """ship vessel ferry frigate destroyer cruiser corvette submarine carrier warship flagship tanker freighter trawler
    yacht liner tug icebreaker boat""".split()
)
# a firm's name in an apposition after a noun for a firm: 'The operator, Name Name, said …', 'its supplier, Name
# Name,' — a person's apposition follows a role ('Its chair, Name,'), not these
_FIRM_APPOSITION_RE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){0,2}(?:operator|utility|regulator|supplier|manufacturer|carrier|"
    r"airline|broadcaster|publisher|company|firm|group|network|agency|lender|insurer|retailer|carmaker|shipper|"
    r"builder|boatbuilder|shipbuilder|shipyard|printer|printers|distributor|wholesaler),\s$"
)
# a noun that only a firm is, with its article, then a comma: the apposition's name is the firm's ('a community
# transport company, Name Name, to run …', 'the budget airline, Name Name,'); not 'builder' or 'operator', which a
# person may be
_COMPANY_APPOSITION_RE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){0,3}(?:company|firm|utility|airline|carmaker|retailer|"
    r"manufacturer|charity|co-?operative|consortium|conglomerate|subsidiary|start-?up),\s$"
)
# an employer after 'at' / 'with' / 'from' and a noun for a firm: 'an analyst at the broker Name Name', 'a partner with
# the law firm Name Name' (a firm named like a person; 'the broker Name Name said' without the preposition may be one)
_EMPLOYER_BEFORE_RE = re.compile(
    r"\b(?:at|with|from)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}(?:broker|brokers|brokerage|stockbroker|"
    r"stockbrokers|bank|consultancy|firm|fund|lender|insurer|accountants|accountancy|auditor|auditors)\s$"
)
# a full name right after a person's full name and 'of': where that person works ('Name Name of Firm Name, said')
_OF_EMPLOYER_RE = re.compile(r"\s+of\s+$")
# a firm's name with an apposition after it that calls it one: 'Name Name, the community interest company that will
# run the centre, …', 'Name Name, a charity which …' (a person's apposition names a role: 'Name, the company's founder')
_FIRM_APPOSITION_AFTER_RE = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:company|firm|charity|co-?operative|business|enterprise|consortium|"
    r"partnership)(?=\s+(?:that|which|behind|set\s+up|formed|founded|based|owned|run)\b|\s*[,.;:])"
)
# a firm's name as the subject of a sentence that calls it one: 'Name Name has never been a company that likes to talk
# about itself', 'Name Name is a family business based in …' (a person is a company's director, never a company)
_FIRM_PREDICATE_AFTER_RE = re.compile(
    r"\s+(?:is|was|has\s+(?:never\s+|always\s+|long\s+)?been|had\s+(?:never\s+|always\s+|long\s+)?been|remains|"
    r"became)\s+(?:not\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:company|firm|charity|co-?operative|business|enterprise|"
    r"consortium|manufacturer|retailer|brand)(?=\s+(?:that|which|whose|with|in|of|for|founded|based|run|owned)\b|\s*[,.;:])"
)
# a named thing in an apposition after a noun for it: 'the supporters' trust's newsletter, Name Name, since …', 'her
# first album, Name Name,' — a person's apposition follows a role ('its editor, Name,'), not these; also a name inside
# the work's title ('a novel, The Ballad of Name Name, about …': its invented heroine)
_THING_APPOSITION_RE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Aa]n?|[\w-]+['’]s?)\s+(?:[\w'’-]+\s+){0,2}(?:newsletter|"
    r"magazine|newspaper|fanzine|bulletin|podcast|programme|album|anthem|song|novel|blog|website|documentary|"
    r"musical),\s(?:(?:The|A|An)\s+)?(?:[A-Z][\w'’-]+\s+(?:of|for|to)\s+)?$"
)
_OF_WORDS = frozenset("of for to from by with".split())
_SHARES_BEFORE_RE = re.compile(r"\b[Ss]hares?\s+(?:prices?\s+)?(?:in|of)\s+$")
# what only a person has, after a possessive name: 'In Name Name's words, …', 'in Name's view' (a person, not a place
# after 'in')
_PERSONS_OWN_AFTER_RE = re.compile(
    r"(?:[’']s?)?\s+(?:own\s+)?(?:words|view|opinion|mind|eyes|telling|memory|recollection|estimation)\b"
)
_PLACE_PREPS = frozenset("in In at At near outside inside across towards throughout atop".split())
# 'off' names a place on a coast after a distance or a thing at sea: 'a mile off Name Head', 'the reef off Name Head'
_OFF_PLACE_AFTER = frozenset(
    """mile miles km kilometre kilometres kilometer kilometers metres meters yards cables reef reefs rocks shoal
    sandbank wreck anchored aground moored""".split()
)
# a street's last word that is also a surname ('Moor Lane', 'Quarry Row'): a place after 'on' / 'along' / 'off'
# ('who has lived on Moor Lane') — a person is not lived on, walked along or turned off; so is an upland's ('a fire on
# Name Moor', 'walkers on Name Fell': not a place word everywhere, 'Sister Agnes Moor, who …' is a person)
_STREET_ENDS = frozenset(
    "Lane Row Close Crescent Terrace Gardens Way Walk Mews Parade Rise Moor Moors Fell Downs".split()
)
_STREET_PREPS = frozenset("on On along Along off".split())
# a name joined by 'and'/'or' to a place right after a place preposition: 'in Hollinsby and Name Moor', 'on Quay Row
# and Name Lane' (a street's last word needed after 'on'/'along', as above)
_COORD_PLACE_RE = re.compile(
    r"\b(?P<prep>in|near|across|throughout|around|on|along)\s+(?P<first>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"\s+(?:and|or)\s+$"
)
_CALENDAR_WORDS = frozenset(
    """January February March April May June July August September October November December Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday""".split()
)


def _coordinated_place(text: str, sp: Span) -> bool:
    """The name at ``sp`` is the second of two places after one preposition ('homes in Hollinsby and Garside Moor',
    'on Quay Row and Tanners Lane'); not a month ('in May and June Name') and not a person who speaks."""
    m = _COORD_PLACE_RE.search(text, max(0, sp.start - 70), sp.start)
    if m is None or m["first"].split()[0] in _CALENDAR_WORDS or sp.possessive:
        return False
    if m["prep"] in ("on", "along") and sp.tokens[-1] not in _STREET_ENDS:
        return False
    return not _speaks(text, sp) and not _PERSON_AFTER_RE.match(text, sp.end)
_PLACE_OF = frozenset(
    "residents people village villages town towns city outskirts centre center edge streets mayor".split()
    # an office named for its see or seat: 'the Bishop of Name Name', 'the Earl of Name Name', 'the Dean of …'
    + "bishop archbishop dean provost earl duke duchess countess marquess sheriff".split()
)
# words before 'at' that aim at a person, not a place ('a shot at Name', 'lashed out at Name', 'glared at Name')
_AT_PERSON = frozenset(
    "shot shots fired aim aimed looked stared glared glanced laughed smiled yelled shouted swung swipe swipes jab "
    "jabs dig digs out pointed waved".split()
)
# a game's result line ('Team 5, Other Team 2: …'): the names with a score are teams
_SCORE_AFTER_RE = re.compile(r" \d{1,3}(?:,| \(\w+\)| ?:)")
# an actor's part: 'his role as Name', 'playing the character Name' -- a fictional character, not a person
_ROLE_AS_RE = re.compile(r"\b(?:role|roles|part|character) as $|\bthe character (?:of )?$")
_SPEAKS_AFTER_RE = re.compile(r",? (?:said|says|told|tells|added|adds|wrote|writes|asked|replied|replies)\b")


_TOWN_OF_RE = re.compile(
    r"\b(?:village|town|hamlet|city|parish|borough|island|port)\s+of\s+([A-Z][\w’'-]+)\b(?![’']?\s+[A-Z])"
)
_TOWN_COUNCIL_RE = re.compile(r"\b([A-Z][\w’'-]+)\s+(?:parish|town|village|district|borough|city)\s+council\b")


def _word_before(text: str, i: int) -> str:
    """The word that ends one space before ``text[i]`` ('' at a paragraph's start or after punctuation)."""
    if i < 2 or text[i - 1] != " ":
        return ""
    return text[text.rfind(" ", 0, i - 1) + 1 : i - 1]


def _word_after(text: str, e: int) -> str:
    if text[e : e + 1] != " ":
        return ""
    k = text.find(" ", e + 1)
    return text[e + 1 : k if k >= 0 else len(text)].rstrip(".,;:!?")


def _role_start(text: str, sp: Span) -> int:
    """Where the phrase at ``sp`` starts with the role words written before the name ('Lady' of 'Lady Name Name')."""
    i = sp.start
    for w in reversed(sp.role):
        j = i - 1 - len(w)
        if j < 0 or text[i - 1] != " " or text[j : i - 1] != w:
            break
        i = j
    return i


def _speaks(text: str, sp: Span) -> bool:
    """The name at ``sp`` is a speech verb's subject: 'said Name' or 'Name said' ('Name, …, told'): a person."""
    return (
        _word_before(text, sp.start) == "said" and _CLAUSE_VERB_AFTER_RE.match(text, sp.end) is None
    ) or _SPEAKS_AFTER_RE.match(text, sp.end) is not None


def _after_full_name_of(text: str, ps: list[Span], sp: Span) -> bool:
    """'Cormac Ellingsworth of Harbinson Trewavas': the name right after another full name (a person's) and 'of'."""
    return any(
        o.full and not o.possessive and o.end < sp.start and bool(_OF_EMPLOYER_RE.fullmatch(text, o.end, sp.start))
        for o in ps
    )


def _drop_article_names(paragraphs: tuple[str, ...], spans: list[list[Span]]) -> list[list[Span]]:
    """A full name that comes only ever right after "the" ("the Novy Yar refinery", "the freighter, the Agia
    Marina,"), after a noun for a thing ("the press freedom group Open Pages", "photo agency Lakeside Images"),
    before one ("its Morning Edition programme"), before ", which" ("Lowmark Flour, which owns …"; not after "of":
    "the office of Name, which said") or after "shares in" / "share prices of" names a place, a ship, a firm or a
    brand: a person is not named with an article, nor taken up with "which". So does one
    that comes after "in"/"at"/"residents of" and never speaks ("at Nedre Orlen", "Nedre Orlen had 900
    people")."""
    article: dict[tuple[str, ...], bool] = {}
    firms: set[tuple[str, ...]] = set()
    speaking_full: set[tuple[str, ...]] = set()
    place: dict[tuple[str, ...], int] = {}  # 1: seen after a place preposition, -1: seen speaking
    vessels: set[tuple[str, ...]] = set()
    speaking: set[tuple[str, ...]] = set()
    weather: set[tuple[str, ...]] = set()  # 'Storm Name', 'Hurricane Name': a weather system named like a person
    its: dict[tuple[str, ...], bool] = {}  # every mention after 'its': a thing's name ('Its crumbly Name Name')
    alone: set[tuple[str, ...]] = set()  # one-word names that speak or have a title ('Halvard said', 'Mr Halvard')
    animals: set[tuple[str, ...]] = set()  # full names seen after a kind of animal ('the mare Name Name')
    engines: set[tuple[str, ...]] = set()  # full names seen after a locomotive's noun and number
    # full names in an apposition after a noun only a firm is ('a transport company, Name Name,'): a firm even where
    # it 'says' something, unless the article shows a person (an age or 'who' after it, a title)
    companies: set[tuple[str, ...]] = set()
    personal: set[tuple[str, ...]] = set()
    for pi, ps in enumerate(spans):
        text = paragraphs[pi]
        for sp in ps:
            if not sp.full and (sp.titled or _speaks(text, sp)):
                # (a storm's second word alone that does neither is the storm: 'Tegen was the sixth named storm')
                alone.add(sp.tokens)
            elif (
                sp.full
                and len(sp.tokens) == 2
                and sp.tokens[0] in _WEATHER_FIRST
                and not _role_apposition_before(text, sp.start)
            ):
                weather.add(sp.tokens)
            if sp.titled and not sp.full:
                if _word_before(text, sp.start) in _VESSEL_BEFORE:
                    vessels.add(sp.tokens)
                elif _speaks(text, sp):
                    speaking.add(sp.tokens)
            if sp.full and _ENGINE_BEFORE_RE.search(text, max(0, sp.start - 40), _role_start(text, sp)):
                engines.add(sp.tokens)
            if (sp.full or (len(sp.tokens) > 2 and sp.tokens[0] in _FOREIGN_ARTICLES)) and not sp.role:
                prev = _word_before(text, sp.start)
                if _COMPANY_APPOSITION_RE.search(text, max(0, sp.start - 60), sp.start):
                    companies.add(sp.tokens)  # 'a community transport company, Name Name, to run …'
                firm = (
                    bool(_FIRM_APPOSITION_RE.search(text, max(0, sp.start - 60), sp.start))  # 'The operator, Name,'
                    or bool(_EMPLOYER_BEFORE_RE.search(text, max(0, sp.start - 60), sp.start))  # 'at the broker Name'
                    or (not sp.possessive and _after_full_name_of(text, ps, sp))  # 'Name Name of Firm Name'
                    or bool(_FIRM_PREDICATE_AFTER_RE.match(text, sp.end))  # 'Name Name has never been a company that'
                )
                after = (
                    prev in _THING_BEFORE
                    # 'a Name Surname', 'an Name Surname': a thing (in English: 'a' is a preposition elsewhere)
                    or (prev in _INDEFINITE and (" the " in text or " of " in text))
                    or _word_after(text, sp.end) in _THING_AFTER
                    or bool(_PRODUCT_AFTER_RE.match(text, sp.end))  # 'Name Name ice cream': a brand
                    # 'Lowmark Flour, which owns two mills': not a 'who' (but 'the office of Name, which said'
                    # takes up the office)
                    or (text.startswith(", which ", sp.end) and prev not in _OF_WORDS)
                    or bool(_SHARES_BEFORE_RE.search(text, max(0, sp.start - 24), sp.start))  # 'Shares in Name'
                    or bool(_SCORE_AFTER_RE.match(text, sp.end))  # 'Name 5, Other 2:' a team's score
                    # 'Name Surname ($29.99)', a list item 'Name Surname for $299': a product
                    or bool(_PRICE_AFTER_RE.match(text, sp.end))
                    or bool(_CITATION_AFTER_RE.match(text, sp.end))  # 'Ann Vasc Rehabil 2025; 31(4): 402'
                    or (not text[: sp.start].strip() and bool(_ITEM_PRICE_AFTER_RE.match(text, sp.end)))
                    or bool(_ROLE_AS_RE.search(text, max(0, sp.start - 24), sp.start))  # 'his role as Name'
                    # 'the trust's newsletter, Name Name,': a publication or a work named in an apposition
                    or bool(_THING_APPOSITION_RE.search(text, max(0, sp.start - 60), sp.start))
                    or bool(_FIRM_AFTER_RE.match(text, sp.end))  # 'Name Name & Sons': a firm
                    or bool(_FIRM_APPOSITION_AFTER_RE.match(text, sp.end))  # 'Name Name, the company that …'
                    or firm
                )
                article[sp.tokens] = article.get(sp.tokens, True) and after
                its[sp.tokens] = its.get(sp.tokens, True) and _after_its(text, sp.start)
                if prev in _ANIMAL_BEFORE:
                    animals.add(sp.tokens)
                if firm:
                    firms.add(sp.tokens)  # named once as the firm ('The boat's builder, Name Name,'): a firm throughout
                if _speaks(text, sp):
                    speaking_full.add(sp.tokens)
                if _PERSON_AFTER_RE.match(text, sp.end):
                    personal.add(sp.tokens)
                if place.get(sp.tokens) != -1:
                    # 'the mayor of Nedre Orlen, said …': the place ends an apposition, the speaker is the name
                    # before it — a place preposition wins over a reporting verb after the name
                    at_place = (
                        prev in _PLACE_PREPS
                        and not (prev == "at" and _word_before(text, sp.start - 3).lower() in _AT_PERSON)
                        and not (sp.possessive and _PERSONS_OWN_AFTER_RE.match(text, sp.end))  # 'In Name's words'
                    ) or (prev == "of" and _word_before(text, sp.start - 3).lower() in _PLACE_OF) or (
                        prev in _STREET_PREPS and sp.tokens[-1] in _STREET_ENDS
                    )
                    if prev == "off" and _word_before(text, sp.start - 4).lower() in _OFF_PLACE_AFTER:
                        at_place = True
                    if prev in ("and", "or") and _coordinated_place(text, sp):
                        at_place = True  # 'in Hollinsby and Garside Moor
                    if (
                        prev in ("to", "from", "into")
                        and not sp.possessive  # ('moved to Name Name's team')
                        and _MOTION_BEFORE_RE.search(text, max(0, sp.start - 60), sp.start)
                    ):
                        at_place = True  # 'sailed to Name Name and back', 'came … from Name Name in 1994'

                    if not at_place and (_speaks(text, sp) or _PERSON_AFTER_RE.match(text, sp.end)):
                        # ('Name, a retired lock-keeper, who mapped …', 'Name, 71,': a person, not a place's sibling)
                        place[sp.tokens] = -1
                    elif sp.possessive and not at_place:  # ('Nedre Orlen’s hospital' after 'the town of …')
                        place.setdefault(sp.tokens, -1)
                    elif at_place or text.startswith(", where ", sp.end):  # 'Gornji Brod, where 80 households …'
                        place[sp.tokens] = 1
                    else:
                        place.setdefault(sp.tokens, 0)
    places = {t for t, v in place.items() if v == 1}
    # a place's sibling that never speaks ('Donji Brod' beside 'Gornji Brod', 'Nedre Orlen' beside 'Ovre Orlen'):
    # a full name with a place's last word is a place too
    places |= {t for t, v in place.items() if v == 0 and any(p[-1] == t[-1] and p != t for p in places)}
    # a vessel's titled name that is the title and surname of a person named in full in the article is that person:
    # 'The yacht Dr Vell had chartered' (a contact clause) after 'Dr Idony Vell'
    full_tails = {sp.tokens[-1:] for ps in spans for sp in ps if sp.full and len(sp.tokens) > 1}
    vessels = {t for t in vessels if t[-1:] not in full_tails}
    drop = {t for t, only in article.items() if only} | places | (vessels - speaking) | (firms - speaking_full)
    drop |= {t for t, only in its.items() if only} - speaking_full
    drop |= animals - speaking_full
    drop |= engines - speaking_full
    drop |= companies - personal - {sp.tokens for ps in spans for sp in ps if sp.titled}
    # a storm never speaks and is never called by its second word alone (a person named 'Storm' is: 'Name said'), in
    # an article that speaks of weather ('Storm Name with 4 points' in a results list is a player)
    if weather and any(_WEATHER_WORDS_RE.search(p) for p in paragraphs):
        drop |= {t for t in weather - speaking_full if t[1:] not in alone}
    # a one-word place the article names as one ('the village of Name', 'Name parish council'), whose word is also a
    # person's surname ('Ewart Name', 'Mr Name'): the bare word is the place's name wherever it neither speaks nor
    # has a title or an age ('lived in Name for 40 years'), not a form of the person
    towns = {m[1] for p in paragraphs for m in _TOWN_OF_RE.finditer(p)} | {
        m[1] for p in paragraphs for m in _TOWN_COUNCIL_RE.finditer(p)
    }
    if towns:
        spans = [
            [
                sp
                for sp in ps
                if not (
                    len(sp.tokens) == 1
                    and sp.tokens[0] in towns
                    and not sp.titled
                    and not _speaks(paragraphs[pi], sp)
                    and not _PERSON_AFTER_RE.match(paragraphs[pi], sp.end)
                )
            ]
            for pi, ps in enumerate(spans)
        ]
    # a firm named after a family, its surname alone before the firm's tail ('Name & Daughters', 'Name and Sons',
    # 'Name Ltd'): the firm's name, not a form of the person of that surname ('Jolyon Name' / 'Mr Name'); so is the
    # family's ('the Name family')
    spans = [
        [
            sp
            for sp in ps
            if not (
                len(sp.tokens) == 1
                and not sp.titled
                and (_FIRM_AFTER_RE.match(paragraphs[pi], sp.end) or _FAMILY_AFTER_RE.match(paragraphs[pi], sp.end))
            )
        ]
        for pi, ps in enumerate(spans)
    ]
    if not drop:
        return spans
    # the place's last word alone ('the Orlen dam' beside 'in Nedre Orlen') is that place's name too, unless it speaks
    lone = {t[-1:] for t in places if len(t) > 1}
    # (not when a person kept in the article has that surname: 'Fen's son' beside 'Tolcarne Fen' and 'Osric Fen, a
    # retired lock-keeper, who …' is his)
    lone -= {sp.tokens[-1:] for ps in spans for sp in ps if sp.full and len(sp.tokens) > 1 and sp.tokens not in drop}
    for pi, ps in enumerate(spans):
        for sp in ps:
            if sp.tokens in lone and _speaks(paragraphs[pi], sp):
                lone.discard(sp.tokens)
    drop |= lone
    return [[sp for sp in ps if sp.tokens not in drop] for ps in spans]


def _longer_names(names: set[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Full names that are the tail of exactly one longer full name in the article: a surname of two
    words ("Abu Shaqra" after "Youssef Abu Shaqra"), not a second person."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    if len(names) < 2:
        return out
    for short in names:
        n = len(short)
        hits = [t for t in names if len(t) > n and t[-n:] == short]
        if len(hits) == 1:
            out[short] = hits[0]
    return out


def _head_names(names: set[tuple[str, ...]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Full names that are the head of exactly one longer full name of three or more words in the article, and
    the tail of none: the personal name a Malay or Indonesian name is shortened to ('Rahim Azlan' after 'Rahim
    Azlan Yusri', 'Siti Hajar' after 'Siti Hajar binti Yusof'), not a second person."""
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for short in names:
        n = len(short)
        hits = [t for t in names if len(t) > n and len(t) >= 3 and t[:n] == short]
        if len(hits) == 1 and not any(len(t) > n and t[-n:] == short for t in names):
            out[short] = hits[0]
    return out


def _by_given(persons: list[Person]) -> dict[str, list[int]]:
    """The full-name people by the key of their given name ('kwon' of 'Kwon Min-seo', 'oddvar' of 'Oddvar
    Rinde')."""
    out: dict[str, list[int]] = {}
    for idx, p in enumerate(persons):
        if p.full and p.gkey:
            out.setdefault(p.gkey, []).append(idx)
            first = p.gkey.split(" ", 1)[0]
            if first != p.gkey and len(first) > 2:
                # 'Sheikh Faisal' after 'Faisal bin Hamad Al Nahari': the first of several given names
                out.setdefault(first, []).append(idx)
    return out


def _by_inner(persons: list[Person]) -> dict[str, list[int]]:
    """The full-name people by each word of their given names after the first ('hale' of 'Corwin Hale Boon Keat',
    'idris' of 'Muhammad Idris Omar'): the family name after a Western given name, a Malay personal name
    after 'Muhammad'. Used only for a bare name with a title or honorific ('Mr Hale', 'Mr Idris')."""
    out: dict[str, list[int]] = {}
    for idx, p in enumerate(persons):
        words = p.gkey.split(" ") if p.full else []
        for w in dict.fromkeys(words[1:]):
            if len(w) > 2:
                out.setdefault(w, []).append(idx)
    return out


def _by_before_surname(persons: list[Person]) -> dict[str, list[int]]:
    """The full-name people of three words or more by the key of their word right before the surname ('montalvo' of
    'Graciela Montalvo Ruiz'): a bare name without a title that is such a word ('Montalvo') is that person's, a
    Spanish or Portuguese double surname shortened to its first part. (Not the first given name: 'Graciela' alone is
    _by_given's.)"""
    out: dict[str, list[int]] = {}
    for idx, p in enumerate(persons):
        if p.full and " " in p.gkey:
            out.setdefault(p.gkey.rsplit(" ", 1)[1], []).append(idx)
    return out


def _tail_person(persons: list[Person], skey: str) -> int | None:
    """The one person named in full whose name ends with the words of a bare surname of several words ('Dos Santos
    Ferraz', a particle capitalised at a sentence start, after 'Joaquim dos Santos Ferraz'), or with them and one more
    word (the first of a double surname: 'de la Torre' after 'Rafael de la Torre Quintana')."""
    hits = []
    for i, p in enumerate(persons):
        key = N.variant_key(p.name) if p.full else ""
        if key.endswith(f" {skey}") or f" {skey} " in key and key.index(f" {skey} ") + len(skey) + 2 > key.rfind(" "):
            hits.append(i)
    return hits[0] if len(hits) == 1 else None


# a double surname joined by a hyphen, both parts capitalised ('Arrieta-Lasa'; not a Korean given name 'Min-seo')
_DOUBLE_SURNAME_RE = re.compile(rf"^{N.UPPER}{N.LETTER}+-{N.UPPER}{N.LETTER}+$")


def double_surname_head(name: str) -> str:
    """The key of the first part of a full name's hyphenated double surname ('arieta' of 'Maite Arrieta-Lasa'), the
    part such a surname is shortened to ('Ms Arrieta'); '' when the surname is not one."""
    toks = name.split()
    if len(toks) < 2 or not _DOUBLE_SURNAME_RE.match(toks[-1]):
        return ""
    return N.variant_key(toks[-1].split("-", 1)[0])


def _by_head(persons: list[Person]) -> dict[str, list[int]]:
    """The full-name people by the key of their hyphenated double surname's first part ('arieta' of 'Maite
    Arrieta-Lasa'; '' for the others): a bare surname that is such a part ('Ms Arrieta') is that person's, the double
    surname shortened to its first part, as Spanish and Basque names are."""
    out: dict[str, list[int]] = {}
    for idx, p in enumerate(persons):
        if p.full:
            out.setdefault(double_surname_head(p.name), []).append(idx)
    return out


# a relative's apposition that says a full name's gender: 'her brother, Name Name,' / 'his mother, Name Name,' (before
# the name), 'Name Name and her brother' (after it: the pronoun is the named person's)
_KIN_MALE = "brother|son|husband|father|widower|grandson|grandfather|nephew|uncle|stepson|stepfather|fiancé"
_KIN_FEMALE = "sister|daughter|wife|mother|widow|granddaughter|grandmother|niece|aunt|stepdaughter|stepmother|fiancée"
_KIN_BEFORE_RE = re.compile(
    rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:elder|older|younger|twin|late)\s+)?(?:({_KIN_MALE})|({_KIN_FEMALE})),\s$"
)
_KIN_AFTER_RE = re.compile(rf"\s+and\s+(?:(his)|(her))\s+(?:[\w'’-]+\s+)?(?:{_KIN_MALE}|{_KIN_FEMALE})\b")


def _kin_sexes(paragraphs: tuple[str, ...], spans: list[list[Span]]) -> dict[tuple[str, ...], str]:
    """The gender a relative's apposition gives a full name ('her brother, Piers Name' is a man, 'Clemency Name and
    her brother' a woman): with a namesake's honorific it tells relatives sharing a surname apart ('Ms Name')."""
    out: dict[tuple[str, ...], str] = {}
    for pi, ps in enumerate(spans):
        text = paragraphs[pi]
        for sp in ps:
            if not sp.full:
                continue
            m = _KIN_BEFORE_RE.search(text, max(0, sp.start - 40), sp.start) or _KIN_AFTER_RE.match(text, sp.end)
            if m is None:
                continue
            g = "m" if m.group(1) else "f"
            if out.setdefault(sp.tokens, g) != g:
                out[sp.tokens] = "?"  # (both: no gender)
    return {t: g for t, g in out.items() if g != "?"}


def _resolve(spans: list[list[Span]], kin_sex: dict[tuple[str, ...], str] | None = None) -> list[Person]:
    persons: list[Person] = []
    by_key: dict[tuple[str, str], int] = {}
    by_surname: dict[str, list[int]] = {}
    flat = [s for ps in spans for s in ps]
    keys: dict[tuple[str, ...], tuple[str, str]] = {}  # a name's key, once per spelling
    fulls = {sp.tokens for sp in flat if sp.full}
    # a 'Jr' beside the same name without it that the article gives as someone's relative ('Name Jr, 44, took over the
    # yard from his father, Name'): two people, father and son, so the son's suffix is part of his key (else a 'Jr' is
    # often dropped and the same person, N.name_key)
    sons = {t for t in fulls if len(t) > 2 and t[-1].rstrip(".") == "Jr" and kin_sex and t[:-1] in kin_sex}
    longer = _longer_names(fulls)
    heads = _head_names(fulls) if len(fulls) >= 2 else {}
    if sons:
        heads = {s: whole for s, whole in heads.items() if whole not in sons}  # (a father's name: no head of the son's)
    cased: dict[int, set[str]] = {}  # a person named in full in several grammatical cases: the names
    # a person's gender, from the honorific of a bare form ('Mr Name') or a relative's apposition ('her brother, Name')
    sex: dict[int, str] = {}
    junior: set[int] = set()  # the sons named 'Name Jr' beside a father named 'Name'
    for sp in flat:
        if not sp.full:
            continue
        k = keys.get(sp.tokens)
        if k is None:
            toks = longer.get(sp.tokens) or heads.get(sp.tokens) or sp.tokens
            k = keys[sp.tokens] = N.name_key([t for t in toks if not N.is_initial(t)])
            if sp.tokens in sons:
                k = keys[sp.tokens] = (k[0], f"{k[1]} jr")
        skey, gkey = k
        if sp.tokens in longer and sp.role and (run := _title_run(sp.role)):
            sp.form, sp.titled = f"{run} {sp.form}", True  # 'Ms Herrera Salgado': a title before a two-word surname
        idx = by_key.get((skey, gkey))
        if idx is None:
            idx = len(persons)
            whole = longer.get(sp.tokens) or heads.get(sp.tokens)
            # (a full name written with its given name only, 'Given and Given Surname': the joined name words)
            name = " ".join(whole) if whole else sp.name
            persons.append(Person(name, True, True, first=(sp.para, sp.start), skey=skey, gkey=gkey))
            by_key[(skey, gkey)] = idx
            by_surname.setdefault(skey, []).append(idx)
            if kin_sex and sp.tokens in kin_sex:
                sex[idx] = kin_sex[sp.tokens]  # ('her brother, Piers Name,': a man)
            if sp.tokens in sons:
                junior.add(idx)
        elif sp.name != persons[idx].name and N.is_cyrillic(sp.name):
            cased.setdefault(idx, {persons[idx].name}).add(sp.name)
        sp.person = idx
    for idx, group in cased.items():  # 'Игоря Веденеева' first, 'Игорь Веденеев' later: the nominative is shown
        persons[idx].name = min(sorted(group), key=lambda n: N.case_rank(n, group))
    last_seen: dict[int, tuple[int, int]] = {}
    last_full: dict[int, tuple[int, int]] = {}  # where each person was last named in full
    bare: dict[str, int] = {}
    bound: dict[str, int] = {}  # a shared surname -> the person its bare form stood for when it was unambiguous
    by_given: dict[str, list[int]] | None = None  # a full-name person's first name word (made when needed)
    by_head: dict[str, list[int]] | None = None  # their double surnames' first parts (made when needed)
    by_inner: dict[str, list[int]] | None = None  # their later given-name words (made when needed)
    by_before_surname: dict[str, list[int]] | None = None  # their words right before the surname (made when needed)
    for sp in flat:
        if sp.full:
            last_seen[sp.person] = last_full[sp.person] = (sp.para, sp.start)
            continue
        skey = N.variant_key(sp.name)
        cands = by_surname.get(skey, [])
        if len(cands) == 1:
            sp.person = cands[0]
        elif cands:
            # relatives sharing a surname: the bare surname keeps the person it first stood for, when only one
            # of them had been named then ('Anton Brask … Brask says … Mila Brask … Brask will'), else the last named;
            # but one named in full earlier in the same paragraph is the one meant ('Marta Kessling … Kessling said.
            # ¶ Piet Kessling, no relation, … Kessling said')
            # an honorific tells namesakes apart: 'Ms Name' is not the one the article already called 'Mr Name'
            g = N.form_gender([sp.form]) if sp.titled else ""
            # (one whose gender is known to match before one whose gender is not known: 'Mrs Name' after 'his mother,
            # Name Name,' beside the son)
            same = ([c for c in cands if sex.get(c) == g] or [c for c in cands if sex.get(c, g) == g]) if g else cands
            if junior and len(jr := [c for c in cands if c in junior]) == 1 and g != "f":
                # a son and his father of one name ('Name Jr took over from his father, Name'): the bare form is the
                # son's, the one the article calls by the suffix's name; it names the father in full where it means him
                same = jr
            before = [(last_seen[c], c) for c in cands if c in last_seen]
            if skey not in bound and len(before) == 1:
                bound[skey] = before[0][1]
            here = [(last_full[c], c) for c in cands if c in last_full and last_full[c][0] == sp.para]
            if len(same) == 1 and len(cands) > 1:
                sp.person = same[0]
            else:
                sp.person = max(here)[1] if here else bound.get(skey, max(before)[1] if before else cands[0])
            if g:
                sex.setdefault(sp.person, g)
        else:
            idx = bare.get(skey)
            if idx is None:
                if by_given is None:
                    by_given = _by_given(persons)
                given = by_given.get(skey)
                tail = _tail_person(persons, skey) if " " in skey else None
                head = None
                if not given and tail is None:
                    if by_head is None:
                        by_head = _by_head(persons)  # (full-name people only, as by_given)
                    heads_here = by_head.get(skey)
                    head = heads_here[0] if heads_here and len(heads_here) == 1 else None
                inner = None
                if sp.titled and not given and tail is None and head is None:
                    if by_inner is None:
                        by_inner = _by_inner(persons)  # (full-name people only: bare ones added later change nothing)
                    inner = by_inner.get(skey)
                elif not given and tail is None and head is None:
                    if by_before_surname is None:
                        by_before_surname = _by_before_surname(persons)  # (full-name people only, as by_given)
                    inner = by_before_surname.get(skey)  # 'Montalvo' after 'Graciela Montalvo Ruiz'
                if given and len(given) == 1:
                    idx = given[0]  # 'Dr Kwon' after 'Kwon Min-seo' (family name first), 'Oddvar' after 'Oddvar Rinde'
                elif tail is not None:
                    idx = tail  # 'Dos Santos Ferraz' (sentence start) after 'Joaquim dos Santos Ferraz'
                elif head is not None:
                    idx = head  # 'Ms Arrieta' after 'Maite Arrieta-Lasa'
                elif inner and len(inner) == 1:
                    idx = inner[0]  # 'Mr Hale' after 'Corwin Hale Boon Keat', 'Mr Idris' after 'Muhammad Idris Omar'
                else:
                    idx = len(persons)
                    persons.append(Person(sp.name, False, sp.titled, first=(sp.para, sp.start), skey=skey))
                bare[skey] = idx
            elif sp.titled:
                persons[idx].strong = True
            sp.person = idx
        if sp.person < len(persons) and persons[sp.person].first > (sp.para, sp.start):
            persons[sp.person].first = (sp.para, sp.start)
        last_seen[sp.person] = (sp.para, sp.start)
    # a bare person's display name: prefer a form with a lower-case particle ("van der Meerlo")
    bare_forms: dict[int, list[str]] = {}
    for sp in flat:
        if not persons[sp.person].full:
            bare_forms.setdefault(sp.person, []).append(sp.name)
    for idx, forms in bare_forms.items():
        if len(forms) == 1 or all(f == forms[0] for f in forms):
            persons[idx].name = forms[0]
            continue
        counts = Counter(forms)
        persons[idx].name = max(counts, key=lambda f: (counts[f], f[:1].islower(), -forms.index(f)))
    return persons


_CACHE: list[Scan] = []


def scan(paragraphs: list[str]) -> Scan:
    """Mention spans of one article (cached for the last article: find_quotes reuses it)."""
    key = tuple(paragraphs)
    last = _CACHE[0] if _CACHE else None  # one read: safe if threads share the module
    if last is not None and last.paragraphs == key:
        return last
    result = _scan_paragraphs(key)
    _CACHE[:] = [result]
    return result


# --- public: one article --------------------------------------------------------------


def is_provisional(actor: ActorMention) -> bool:
    """A one-word name with no title or honorific in any of its forms and no role phrase
    ("Orlanov" alone): it may be a place or an institution, so it stands only if the archive
    knows a full name."""
    if " " in actor.name.strip() and not all(N.is_particle(t) for t in actor.name.split()[:-1]):
        return False
    return not actor.roles and not any(_titled_form(m) for m in actor.mentions)


@lru_cache(maxsize=65536)
def _titled_form(form: str) -> bool:
    toks = form.split()
    return len(toks) > 1 and N.is_title(toks[0]) and not N.is_particle(toks[0])


def find_actors(paragraphs: list[str], registry: Registry, language: str | None = None) -> list[ActorMention]:
    """People named in one article's clean paragraphs, in order of first mention. ``language``: the article's
    (builder.extract.language); in another than English, capitalised common words are told from names
    (builder.extract.common_words)."""
    sc = scan(paragraphs)
    order = sorted(range(len(sc.persons)), key=lambda i: sc.persons[i].first)
    out: list[ActorMention] = []
    seen: set[str] = set()
    # people named in several words with a role or title word in some mention ('Ms Rose Young'), or in the registry
    # (not a place's words before the name, with no title in them: 'the Town Falls Name Name', a paper's name)
    marked = {sp.person for ps in sc.spans for sp in ps if sp.titled or (sp.role and any(map(_role_word, sp.role)))}
    plain: set[str] = set()
    for i in order:
        p = sc.persons[i]
        name = p.name
        entry = registry.lookup(p.name, *p.forms) if registry.entries else None
        if entry is not None and not registry.blocked(p.name, entry):
            if entry.exclude:
                continue
            name = entry.name
        elif " " in name and i not in marked and not p.roles:
            plain.add(name)
        if name in seen:  # two local people mapped to one registry person
            prev = next(a for a in out if a.name == name)
            prev.mentions.extend(f for f in p.forms if f not in prev.mentions)
            continue
        seen.add(name)
        out.append(ActorMention(name=name, mentions=list(p.forms), roles=list(p.roles)))
    _bracketed_given_names(paragraphs, out)
    out = _join_initials(out)
    lone = [a for a in out if is_provisional(a)]
    plain -= {a.name for a in out if a.roles or any(_titled_form(m) for m in a.mentions)}
    joined = "\n".join(paragraphs) if lone or plain else ""
    if lone:
        gone = {a.name for a in lone if _no_name(paragraphs, joined, a.name)}
        out = [a for a in out if a.name not in gone]
    if plain:
        gone = {name for name in plain if _thing_name(paragraphs, joined, name)}
        out = [a for a in out if a.name not in gone]
    return without_common_words(out, paragraphs, language)


def _join_initials(out: list[ActorMention]) -> list[ActorMention]:
    """A name written with initials for its given names ('B. U. Surname', 'Rt. Hon. B. U. Surname') is the one other
    person of the article with that surname whose given name starts with the first initial ('Benedek Surname'), not
    a second person."""
    gone: set[int] = set()
    for i, a in enumerate(out):
        toks = a.name.split()
        if len(toks) < 2 or not all(N.is_initial(t) for t in toks[:-1]):
            continue
        same = [
            b
            for b in out
            if b is not a
            and (bt := b.name.split())[-1] == toks[-1]
            and len(bt) >= 2
            and not N.is_initial(bt[0])
            and bt[0][:1] == toks[0][:1]
        ]
        if len(same) == 1:
            b = same[0]
            b.mentions.extend(m for m in a.mentions if m not in b.mentions)
            b.roles.extend(r for r in a.roles if r not in b.roles)
            gone.add(i)
    return [a for i, a in enumerate(out) if i not in gone] if gone else out


_BRACKET_GIVEN_RE = re.compile(rf"[(\[]({N.UPPER}{N.LETTER}+)[)\]] ({N.UPPER}[\w’'-]*)")


def _bracketed_given_names(paragraphs: Sequence[str], out: list[ActorMention]) -> None:
    """A person named by the surname alone whose given name an editor put in brackets inside a quotation ('“Coach
    (Name) Surname came in here …”', '[Name] Surname'): the full name, so that the bare surname is a person and not a
    provisional word the archive merge may drop. In place, on ``out``."""
    given: dict[str, str] = {}
    for p in paragraphs:
        if "(" in p or "[" in p:
            for m in _BRACKET_GIVEN_RE.finditer(p):
                given.setdefault(m[2], m[1])
    if not given:
        return
    names = {a.name for a in out}
    for a in out:
        g = given.get(a.name)
        if g and is_provisional(a) and not N.is_common(g) and not N.is_title(g) and f"{g} {a.name}" not in names:
            a.name = f"{g} {a.name}"
            names.add(a.name)


def _role_word(tok: str) -> bool:
    """A word of a role inside a capitalised phrase: a title, a role or job noun, or letters ('DL', 'MP')."""
    return N.is_title(tok) or N.is_allcaps(tok) or tok.lower() in N.ROLE_NOUNS or tok.lower() in N.JOB_NOUNS


def _thing_name(paragraphs: Sequence[str], joined: str, name: str) -> bool:
    """A name of several words with no role or title that its article (``joined``: its paragraphs) shows to be a
    thing's: it also writes it in the plural or the singular ('Magic Keyboard' and 'Magic Keyboards': a person's
    name has no plural); it uses its first or last word alone as a thing ('Apple Pay' beside 'Apple … its', 'Sonos
    Move' beside 'the Move.': ``_used_as_thing``); or it writes every word of it in lower case too ('Wireless
    Charging Case', 'Ranking Member') and never has it speak or taken up as 'he' or 'she'."""
    if _named_as_person(paragraphs, name):
        return False
    twin = name[:-1] if name.endswith("s") else name + "s"
    if any(next(_spans(p, twin), None) is not None for p in paragraphs if twin in p):
        return True
    if _place_or_source_use(paragraphs, name):
        return True
    toks = name.split()
    for word in {toks[0], toks[-1]}:
        if len(word) < 3 or not word[0].isupper():
            continue
        holders = [m for p in paragraphs if word in p and (m := _mask_in_names(p, word)) is not None]
        if holders and _used_as_thing(holders, word):
            return True
    if all(t.lower() != t and next(_spans(joined, t.lower()), None) is not None for t in toks) or (
        len(toks) >= 2 and toks[-1] in _RANK_BEFORE_NAMES
    ):
        # ('Harbour General', 'Kings County General': a hospital named by its place and a rank that stands before a
        # person's name, never after it) -- unless 'he' or 'she' takes it up (that it never speaks,
        # _named_as_person has seen)
        return not any(
            _PERSON_PRONOUN_RE.search(_rest_of_sentence(p, e)) for p in paragraphs if name in p for e in _spans(p, name)
        )
    return False


# after a full name, what only a person has: an age in commas ('Name, 68,'), a 'who' clause, also after an
# apposition ('Name, a retired lock-keeper, who mapped …')
# (also 'Name, whose mother …': a relative is a person's; a place's 'whose' takes other nouns: 'whose pub closed')
_PERSON_AFTER_RE = re.compile(
    r",\s+(?:aged\s+)?\d{1,3},|,\s+who\b|,\s+(?:an?|the)\s+[^,.;:!?]{2,60},\s+who\b|"
    rf",\s+whose\s+(?:(?:late|own|elder|younger|eldest|youngest|two|three)\s+)?(?:{_KIN_MALE}|{_KIN_FEMALE}|parents|"
    r"children|sons|daughters|brothers|sisters)\b"
)


def _named_as_person(paragraphs: Sequence[str], name: str) -> bool:
    """Some mention of the full ``name`` is a speech verb's subject ('said Name', 'Name said') or is followed by an
    age or a 'who' clause ('Name, 68, who …'), or follows a lower-case occupation noun ('the artist Name', 'the
    photographer Name'): a person, whatever the article does with the name's words elsewhere ('Name expects its new
    bells …', 'Name kept its habit …' where 'its' is the paper's, 'the heath', 'a wren')."""
    for p in paragraphs:
        if name not in p:
            continue
        for e in _spans(p, name):
            before = _word_before(p, e - len(name))
            if (
                before == "said"
                or (before.islower() and (before in N.JOB_NOUNS or before in N.ROLE_NOUNS))
                or _SPEAKS_AFTER_RE.match(p, e)
                or _PERSON_AFTER_RE.match(p, e)
            ):
                return True
    return False


# a place or an institution named by its name used as a modifier: 'a trip to Name Name hospital', 'in an Name Name
# facility', 'the Name Name court system' (a person's name takes a possessive there: 'Name Name's office')
_PLACE_NOUN_AFTER_RE = re.compile(
    r"\)?\s+(?:hospital|medical (?:center|centre)|facility|airport|court|courts|police|clinic|campus|stadium|prison|"
    r"jail|harbou?r|suburbs?|cent(?:re|er) court|film|films|movie|movies|franchise|trilogy|sequel|album|novel)\b"
)
# a work or an event after a year's possessive: '2016’s Name Name', 'the 2009’s Name Name'
_YEAR_POSSESSIVE_RE = re.compile(r"\b(?:1[89]|20)\d\d[’']s\s+$")
# an item of a list of things: 'popular franchises such as Name's Creed, Name Name, Name Name Redemption and more'
_THINGS_SUCH_AS_RE = re.compile(
    r"\b(?:franchises|games|titles|brands|companies|firms|apps|shows|films|movies|products|services|platforms|labels|"
    r"carriers|airlines|retailers|chains),? (?:such as|including|like) "
    r"(?:[A-Z][\w’'.&-]*(?: [A-Z][\w’'.&-]*)*, (?:and )?)*$"
)
# a section's label opening a paragraph, then a sentence about someone else: 'Name Nation: Name Name will be …'
_LABEL_THEN_NAME_RE = re.compile(r": (?!I\b)[A-Z][\w’'-]+ [A-Z][\w’'-]+ (?:will|is|was|has|had|and)\b")
# a firm's noun right before the name: 'her former label Name Name, which owns …', 'the carmaker Name Name'
_FIRM_BEFORE = frozenset(
    "company firm organisation organization charity network newspaper magazine website outlet agency label carrier "
    "studio publisher brand app platform consultancy lender insurer retailer shipper carmaker drugmaker".split()
)


def _after_a_firm(text: str, s: int, e: int) -> bool:
    """A name in commas after a firm's name ending in an organisation word, before another capitalised word that is
    no title: the firm's town ('Name Robotics, Palo Alto, State')."""
    if not text.endswith(", ", 0, s) or not text.startswith(", ", e):
        return False
    prev = text[text.rfind(" ", 0, s - 2) + 1 : s - 2]
    nxt = _word_after(text, e + 1)
    return prev in N.ORG_WORDS and nxt[:1].isupper() and not N.is_title(nxt) and nxt.lower() not in N.ROLE_NOUNS


# a venue or a firm in an address list: 'Name Name Live, Town, ST', 'Name Name, Town, ST'
_ADDRESS_AFTER_RE = re.compile(r"(?: [A-Z][\w’'-]+)?, [A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+)?, [A-Z]{2}\b(?![\w.])")
# a publication, a firm or a survey cited as a source: 'according to the (Town) Name Name' (not 'according to Name
# Name', a person's words), 'a statement to Name Name',
# 'a new survey from Name Name'
_SOURCE_BEFORE_RE = re.compile(
    r"\b(?:according to the|(?:statement to|(?:survey|poll|report|study|data|analysis|research|estimates|figures)\s+"
    r"(?:from|by))(?:\s+the)?)\s+(?:[A-Z][\w.’'&-]*\s+){0,2}$"
)
# a publication as the subject of 'reported': 'Name Name reported details of the tour'
_REPORTED_AFTER_RE = re.compile(r"\s+(?:reported|reports|first reported)\b")
# 'he' or 'she' taking up a name: in the rest of its sentence, or opening the next one
_SUBJECT_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_NEXT_CAPITAL_RE = re.compile(r"\s+([A-Z][a-z]+)\b")
_OTHER_SUBJECT_RE = re.compile(r"(?<=\S )[A-Z]|\b(?:[Hh]e|[Ss]he)\b")
_NEXT_SUBJECT_RE = re.compile(r"[^.!?]*[.!?][\"”’']?\s+(?:He|She)\b")


def _place_or_source_use(paragraphs: Sequence[str], name: str) -> bool:
    """Some mention of ``name`` (a name of several words with no role or title, ``_named_as_person`` false) uses it
    as a place's or an institution's ('a trip to Name Name hospital', 'the Name Name court system'), as a cited
    source ('according to the Town Name Name', 'a survey from Name Name', 'Name Name reported'), or as a firm's
    short name ('Name Name' beside 'Name Name Records'), and no mention is taken up with 'he' or 'she'."""
    cue = False
    for p in paragraphs:
        if name not in p:
            continue
        for e in _spans(p, name):
            s = e - len(name)
            # (a 'he' or 'she' after the name takes up the sentence's subject: not this name when another name or
            # a pronoun stands before it in its sentence -- 'Nor does Name see Place struggle … He sees')
            head = p[max(0, p.rfind(". ", 0, s), p.rfind("? ", 0, s), p.rfind("! ", 0, s)) : s].lstrip(".?! ")
            if not _OTHER_SUBJECT_RE.search(head) and (
                _SUBJECT_PRONOUN_RE.search(_rest_of_sentence(p, e)) or _NEXT_SUBJECT_RE.match(p, e)
            ):
                return False
            if cue:
                continue
            m = _NEXT_CAPITAL_RE.match(p, e)
            cue = bool(
                _PLACE_NOUN_AFTER_RE.match(p, e)
                or _SOURCE_BEFORE_RE.search(p, max(0, s - 80), s)
                or _REPORTED_AFTER_RE.match(p, e)
                or (m and m[1] in N.ORG_WORDS)
                or _YEAR_POSSESSIVE_RE.search(p, max(0, s - 12), s)
                or _THINGS_SUCH_AS_RE.search(p, max(0, s - 160), s)
                or _word_before(p, s) in _FIRM_BEFORE
                or _after_a_firm(p, s, e)
                or ("its" in p and _after_its(p, s))
                or (s == 0 and _LABEL_THEN_NAME_RE.match(p, e))
                or _ADDRESS_AFTER_RE.match(p, e)
            )
    return cue


# ranks and offices written before a person's name and never as a surname: a name ending in one is a thing's
_RANK_BEFORE_NAMES = frozenset("General President Minister Secretary Governor Senator Commissioner Ambassador".split())


def _mask_in_names(text: str, word: str) -> str | None:
    """``text`` with each occurrence of ``word`` inside a run of capitalised words ('my John M. Ponytails') hidden,
    so that only the word standing alone is read; None if it never stands alone."""
    n = len(word)
    out = text
    alone = False
    for e in _spans(text, word):
        if _in_capital_run(text, e - n, e):
            out = out[: e - n] + "\x00" * n + out[e:]
        else:
            alone = True
    return out if alone else None


# 'the Earth’s moon', 'the Earth,': a lone word after 'the' and before no noun, or after a possessive ('her Instagram
# page'); 'Apple … moves past its keyboards': 'its' taking the word up in its sentence. (Plain string tests and
# shared patterns: a pattern compiled per word cost more than the whole actor finder.)
_POSSESSIVES = frozenset("her His his Her its Its their Their our Our my My your Your".split())
_MODEL_YEAR_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?) (?:19|20)\d\d $")
_WEB_TAIL_RE = re.compile(r"\.(?:com|org|net|io|co\.uk)\b")
_ITS_AFTER_RE = re.compile(r"(?P<gap>[^.!?]{0,80}?)\bits\b")
_SENTENCE_CUT_RE = re.compile(r"[.!?]")
_PERSON_PRONOUN_RE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Hh]imself|[Hh]erself)\b")
_CAPITAL_WORD_RE = re.compile(r"\b[A-Z]")
# another noun phrase or a reported clause between the word and 'its': 'its' may be that noun's ('Name’s party
# lost its majority', 'Name, whose government lost its …')
_OTHER_NOUN_RE = re.compile(
    r"^['’]s\b|\b(?:the|a|an|this|that|these|those|his|her|their|our|my|your|whose|who|said|says|told|tells|added|"
    r"adds)\b"
)


def _word_char(c: str) -> bool:
    return c.isalnum() or c in "_-"


def _spans(text: str, word: str) -> Iterator[int]:
    """The end offset of each whole-word occurrence of ``word`` in ``text``."""
    i = text.find(word)
    n = len(word)
    while i >= 0:
        e = i + n
        if (i == 0 or not _word_char(text[i - 1])) and (e == len(text) or not _word_char(text[e])):
            yield e
        i = text.find(word, i + 1)


def _word_before_at(text: str, s: int) -> str:
    """The word right before offset ``s``, one space between ('' if none). Unlike ``_word_before``, only its letters:
    '(the Earth,' gives 'the'."""
    if s < 2 or text[s - 1] != " ":
        return ""
    k = s - 1
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k : s - 1] if k == 0 or not _word_char(text[k - 1]) else ""


def _rest_of_sentence(text: str, e: int) -> str:
    """Up to 80 characters after offset ``e``, cut at the sentence's end."""
    rest = text[e : e + 80]
    m = _SENTENCE_CUT_RE.search(rest)
    return rest[: m.start()] if m else rest


def _no_name(paragraphs: Sequence[str], joined: str, word: str) -> bool:
    """A provisional one-word name that names nobody: met only as a line of its own ('Nation', a menu's section left
    in the text: no sentence names it), a common word (``_written_in_lower_case``) or a thing (``_used_as_thing``)."""
    holders = [p for p in paragraphs if word in p]
    if all(p.strip(" .:|") == word for p in holders):
        return True
    return _written_in_lower_case(holders, joined, word) or _used_as_thing(holders, word)


def _written_in_lower_case(paragraphs: Sequence[str], joined: str, word: str) -> bool:
    """A one-word name the article (``joined``) also writes in lower case ('Time' at a sentence start, 'time'
    elsewhere): a common word, not a surname, and it must not join a person elsewhere in the archive ('Hot Time',
    'Fact Check'). ``paragraphs``: those that hold the word."""
    low = word.lower()
    if low == word or low not in joined or next(_spans(joined, low), None) is None:
        return False
    # ... unless the capitalised word speaks or is taken up as a person ('Rose said …', 'Young and his aides'):
    # a surname that is also a word ('prices rose')
    for p in paragraphs:
        for e in _spans(p, word):
            rest = _rest_of_sentence(p, e)
            if _SPEAKS_AFTER_RE.match(rest) or _PERSON_PRONOUN_RE.search(rest):
                return False
    return True


def _used_as_thing(paragraphs: Sequence[str], word: str) -> bool:
    """A one-word name with nothing in its article to show a person: the article calls it 'the …' or 'her …', or
    takes it up with 'its', and never with 'he', 'she', 'his' or 'her' right after it. Such a word ('Apple',
    'Earth') is a firm, a brand or a place, and must not join a person of the same surname elsewhere in the
    archive. ``paragraphs``: those that hold the word."""
    return any(_thing_cue(text, word) for text in paragraphs) and not any(
        _PERSON_PRONOUN_RE.search(_rest_of_sentence(text, e)) for text in paragraphs for e in _spans(text, word)
    )


def _thing_cue(text: str, word: str) -> bool:
    """One paragraph calls ``word`` 'the …' (before no noun) or 'her …', or takes it up with 'its'."""
    n = len(word)
    its = "its" in text
    for e in _spans(text, word):
        prev = _word_before_at(text, e - n)
        nxt = text[e : e + 3]
        if text[e - n - 2 : e - n - 1].isdigit() and _MODEL_YEAR_RE.search(text, max(0, e - n - 12), e - n):
            return True  # 'The 2020 Name, which goes on sale in January': a model, a product
        if nxt[:1] == "." and _WEB_TAIL_RE.match(text, e):
            return True  # 'according to Name.com, a data firm': a website's, a firm's name
        if prev in _POSSESSIVES or (
            prev == "the" and (nxt[:1] in ("", ",", ".", ";", ":", "!", "?", ")") or nxt[:2] in ("'s", "’s"))
        ):
            return True
        m = _ITS_AFTER_RE.match(text, e) if its else None
        # ('Name said the team had earned its rest': 'its' is the team's)
        if m and not _CAPITAL_WORD_RE.search(m["gap"]) and not _OTHER_NOUN_RE.search(m["gap"]):
            return True
    return False


def without_authors(
    actors: list[ActorMention], quotes: list[Quote], authors: Iterable[str]
) -> tuple[list[ActorMention], list[Quote]]:
    """The article's people and quotes without its byline's writers: an author is never an actor, also when the
    writer names themselves in the text ('Name is the only reporter in the chamber'). Matched on the full name
    (case, accents and apostrophes folded)."""
    names = {N.fold(a) for a in authors if " " in a.strip()}
    if not names:
        return actors, quotes
    gone = {a.name for a in actors if N.fold(a.name) in names}
    if not gone:
        return actors, quotes
    return [a for a in actors if a.name not in gone], [q for q in quotes if q.speaker not in gone]


# --- public: the archive --------------------------------------------------------------


@dataclass
class MergedActor:
    name: str  # canonical display name
    forms: list[str]
    role: str | None = None  # registry role
    description: str | None = None


@dataclass
class Merge:
    """Result of merging per-article actors across the archive.

    ``actors``: canonical key -> MergedActor. ``of``: (article key, local name) -> canonical key,
    absent for excluded actors.
    """

    actors: dict[str, MergedActor] = field(default_factory=dict)
    of: dict[tuple[str, str], str] = field(default_factory=dict)


@lru_cache(maxsize=65536)
def _full_key(name: str) -> tuple[str, str] | None:
    toks = [t for t in name.split() if not N.is_initial(t)]
    core = [t for t in toks if not N.is_particle(t)]
    if len(core) < 2:
        return None
    return N.name_key(toks)


@dataclass
class _Group:
    key: tuple[str, ...]
    names: Counter[str] = field(default_factory=Counter)
    forms: list[str] = field(default_factory=list)
    entry: RegistryEntry | None = None
    members: list[tuple[str, str]] = field(default_factory=list)
    form_set: set[str] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)
    shortened: set[str] = field(default_factory=set)  # names with the double surname cut to its first part


# a nickname in quotation marks inside a mention form ('Given “Nickname” Surname')
_NICK_FORM_RE = re.compile(r" [“\"‘]([^“”\"‘’]+)[”\"’] ")


def _title_words(roles: Iterable[str], forms: Iterable[str]) -> set[str]:
    """The title and honorific words of a person's roles and of their titled forms, lower case ('Karvonian Energy
    Minister' -> minister, 'Mr Name' -> mr)."""
    words = [w for r in roles for w in r.split()]
    words += [w for f in forms if _titled_form(f) for w in f.split()[:-1]]
    return {w.lower() for w in words if N.is_title(w) or N.is_title(w.capitalize())}


def _canonical(names: Counter[str], shortened: set[str]) -> str:
    """The most frequent full name of a group, not counting names with a double surname shortened ('Maite Arrieta'
    for 'Maite Arrieta-Lasa'); spellings that differ only in accents or case count together, and of them the one
    with the most accents wins ('Réka Szőllősi' over 'Reka Szollosi': an outlet that drops diacritics loses
    information, none adds it); a Cyrillic name written in several grammatical cases: the nominative. Ties:
    alphabetical."""
    full = [(n, c) for n, c in names.items() if _full_key(n) is not None and n not in shortened]
    full = full or list(names.items())
    plain = [n for n, _ in full]
    # a name's grammatical cases ('Марина Сольцева', 'Марины Сольцевой'): the nominative first, however rare
    cased = len(full) > 1 and all(N.is_cyrillic(n) for n in plain)
    by_fold: Counter[str] = Counter()
    for n, c in full:
        by_fold[N.fold(n)] += c
    accents = {n: sum(not ch.isascii() for ch in n) for n in plain}
    return min(
        full,
        key=lambda nc: (
            N.case_rank(nc[0], plain) if cased else 0,
            -by_fold[N.fold(nc[0])],
            N.fold(nc[0]),
            -accents[nc[0]],
            -nc[1],
            nc[0],
        ),
    )[0]


def _namesake(
    a: ActorMention, keys: list[tuple[str, ...]], groups: dict[tuple[str, ...], _Group]
) -> list[tuple[str, ...]]:
    """Of several people with a bare name's surname, the one it names when its honorific or title says so: not one
    called by the other gender's honorific elsewhere ('Ms Name' is not the 'Mr Name'), else the only one whose roles
    carry its title ('Minister Name' for the energy minister, not the opposition MP of that name). Otherwise all of
    them (ambiguous)."""
    g = N.form_gender(a.mentions, a.roles)
    if g:
        same = [k for k in keys if N.form_gender(groups[k].forms, groups[k].roles) in ("", g)]
        if len(same) == 1:
            return same
    want = _title_words(a.roles, a.mentions) - {w.lower() for w in N.HONORIFICS}
    if want:
        hits = [k for k in keys if _title_words(groups[k].roles, groups[k].forms) & want]
        if len(hits) == 1:
            return hits
    return keys


def merge_actors(per_article: list[tuple[str, list[ActorMention]]], registry: Registry) -> Merge:
    """One person per group of articles' actors.

    Rules, in order: registry name/alias -> that entry (unless the form is in its
    ``not_aliases``); ``exclude`` -> dropped; a full name -> grouped by (surname, given name)
    folded for transliteration (Yury = Yuri = Yuriy), except that an entry with
    ``distinct: true`` takes only its own name and aliases; a nickname form ('Given “Nick”
    Surname') maps 'Nick Surname' to that person; a double surname shortened to its first part
    joins the one full form ('Maite Arrieta' -> 'Maite Arrieta-Lasa'); a bare surname -> the one
    full-name group with that surname, or among several the one its honorific or title picks
    (``_namesake``; none or still several: kept alone if a title proves it is a person, dropped
    if provisional). Canonical name: the registry's, else ``_canonical`` (the most frequent full
    form, accents preferred; a Cyrillic name written in several grammatical cases: the
    nominative; ties: alphabetical). Keys are canonical names (a number is appended if two
    differ only there).
    """
    groups: dict[tuple[str, ...], _Group] = {}
    pending: list[tuple[str, ActorMention]] = []

    def group(key: tuple[str, ...]) -> _Group:
        g = groups.get(key)
        if g is None:
            g = groups[key] = _Group(key)
        return g

    def add(g: _Group, art: str, a: ActorMention) -> None:
        g.names[a.name] += 1
        for f in a.mentions:
            if f not in g.form_set:
                g.form_set.add(f)
                g.forms.append(f)
        g.members.append((art, a.name))
        g.roles.extend(a.roles)

    # 'Given “Nickname” Surname' anywhere in the archive: 'Nickname Surname' elsewhere is that person
    nicknames: dict[tuple[str, str], tuple[str, str]] = {}
    for _, actors in per_article:
        for a in actors:
            for f in a.mentions:
                if ('"' in f or "“" in f or "‘" in f) and (m := _NICK_FORM_RE.search(f)) and (fk := _full_key(a.name)):
                    nicknames.setdefault((fk[0], N.variant_key(m.group(1))), fk)

    distinct_names = {N.fold(e.name) for e in registry.entries if e.distinct}
    # a registry person's transliteration variants join it automatically (unless distinct)
    entry_by_key: dict[tuple[str, str], RegistryEntry] = {}
    for e in registry.entries:
        if e.distinct or e.exclude:
            continue
        for form in [e.name, *e.aliases]:
            fk = _full_key(form)
            if fk is not None:
                entry_by_key.setdefault(fk, e)
    has_registry = bool(registry.entries)
    for art, actors in per_article:
        # a son 'Name Jr' beside his father 'Name' in one article (_resolve): two people, kept apart here too
        here = {N.fold(a.name) for a in actors} if any(a.name.endswith(" Jr") for a in actors) else set()

        def full_key(name: str, here: set[str] = here) -> tuple[str, str] | None:
            fk = _full_key(name)
            fk = nicknames.get(fk, fk) if fk is not None and nicknames else fk
            if fk is not None and here and name.endswith(" Jr") and N.fold(name[:-3]) in here:
                return fk[0], f"{fk[1]} jr"
            return fk

        for a in actors:
            if not has_registry:
                fk = full_key(a.name)
                if fk is None:
                    pending.append((art, a))
                else:
                    add(group(("full", *fk)), art, a)
                continue
            entry = registry.lookup(a.name, *a.mentions)
            if entry is None and entry_by_key and N.fold(a.name) not in distinct_names:
                fk = full_key(a.name)
                entry = entry_by_key.get(fk) if fk else None
            if entry is not None and registry.blocked(a.name, entry):
                entry = None
            if entry is not None:
                if entry.exclude:
                    continue
                g = group(("entry", N.fold(entry.name)))
                g.entry = entry
                add(g, art, a)
                continue
            fk = full_key(a.name)
            if fk is None:
                pending.append((art, a))
                continue
            if N.fold(a.name) in distinct_names:
                add(group(("exact", N.fold(a.name))), art, a)
                continue
            add(group(("full", *fk)), art, a)
    # 'Maite Arrieta' is 'Maite Arrieta-Lasa' when the archive has one such person: a double surname shortened to
    # its first part
    heads: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for key, g in groups.items():
        if key[0] == "full" and (head := double_surname_head(g.names.most_common(1)[0][0])):
            heads.setdefault(("full", head, *key[2:]), []).append(key)
    for key in [k for k in groups if k in heads and len(heads[k]) == 1]:
        short, into = groups.pop(key), groups[heads[key][0]]
        into.names.update(short.names)
        for f in short.forms:
            if f not in into.form_set:
                into.form_set.add(f)
                into.forms.append(f)
        into.members.extend(short.members)
        into.roles.extend(short.roles)
        into.shortened |= set(short.names) | short.shortened
    by_surname: dict[str, list[tuple[str, ...]]] = {}
    by_head: dict[str, list[tuple[str, ...]]] = {}
    for key, g in groups.items():
        name = g.entry.name if g.entry else g.names.most_common(1)[0][0]
        fk = _full_key(name)
        if fk is not None and not (g.entry and g.entry.distinct):
            by_surname.setdefault(fk[0], []).append(key)
            if head := double_surname_head(name):
                by_head.setdefault(head, []).append(key)
    for art, a in pending:
        skey = N.variant_key(a.name)
        cands = by_surname.get(skey) or by_head.get(skey, [])
        if len(cands) > 1:
            cands = _namesake(a, cands, groups)
        if len(cands) == 1:
            add(groups[cands[0]], art, a)
        elif is_provisional(a):
            continue  # a one-word name nobody in the archive has: maybe a place; dropped
        else:
            add(group(("bare", skey)), art, a)
    merge = Merge()
    used: set[str] = set()
    for key in sorted(groups, key=lambda k: (k[0], k[1:])):
        g = groups[key]
        canonical = g.entry.name if g.entry is not None else _canonical(g.names, g.shortened)
        ckey = canonical
        n = 2
        while ckey in used:
            ckey = f"{canonical} ({n})"
            n += 1
        used.add(ckey)
        merge.actors[ckey] = MergedActor(
            name=canonical,
            forms=g.forms,
            role=g.entry.role if g.entry else None,
            description=g.entry.description if g.entry else None,
        )
        for member in g.members:
            merge.of[member] = ckey
    return merge
