"""Archive evidence and the main-text region: the article is the densest run of prose lines."""

from __future__ import annotations

import re

from builder.clean.doc import Doc, Unit
from builder.clean.ruler import rule
from builder.clean.text import collapse, ends_sentence, is_prose, line_key, nwords
from builder.extract.names import SIGNATURE_LINE_RE


@rule("recurring_line", "evidence")
def recurring_line(doc: Doc) -> None:
    """Lines that recur in several articles of the same outlet across the archive (collect_evidence)."""
    rec = doc.ctx.recurring_lines
    if not rec:
        return
    # a line's key starts with its first word, lower-cased: most lines need no key made
    firsts = {k.split(" ", 1)[0] for k in rec}
    for u in doc.units:
        if u.rule is None:
            words = u.low.split(None, 1)
            if (words[0] if words else "") in firsts and line_key(u.text) in rec:
                doc.remove(u, "recurring_line")


BULLETS = ("•", "- ", "* ", "– ", "— ", "·", "▪", "►")
PARAMS = {
    "base": 25.0,
    "cap": 60.0,
    "frac": 0.5,
    "esc": 0.5,
    "short": 0.5,
    "offset": 0.0,
    "after_strong": 0.3,
    "isolated": 0.3,
    "tail_gain": 50.0,
    "dated": 400.0,
    "strong": 300.0,
}


TIMESTAMP_RE = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?$", re.I)


def score(text: str, prose: bool | None = None) -> float:
    """Positive for prose (its length), negative for menu-like lines, zero for a live blog's timestamps."""
    t = text.strip()
    n = len(t)
    if n <= 16 and TIMESTAMP_RE.match(t):
        return 0.0
    if prose if prose is not None else is_prose(t):
        return float(n) - PARAMS["offset"]
    w = nwords(t)
    if ends_sentence(t) and w >= 4:
        return n * PARAMS["short"]
    if t.startswith(BULLETS) and w >= 4:
        return 0.0
    if w >= 15 and n >= 90:
        words = t.split()
        caps = sum(1 for x in words if x[:1].isupper())
        if caps < 0.4 * len(words):  # a sentence that lost its full stop, not a Title Case headline
            return n * PARAMS["short"]
    return -max(PARAMS["base"], min(PARAMS["cap"], n * PARAMS["frac"]))


@rule("main_text", "region")
def main_text(doc: Doc) -> None:
    """Everything outside the densest run of prose (menus, footers, link lists) is page, not article."""
    units = doc.units
    kept_idx: list[int] = []
    scores: list[float] = []
    barrier_at: set[int] = set()  # positions in kept_idx that start after a barrier
    factor = 1.0
    run = 0
    damp = 0
    offset = PARAMS["offset"]
    for i, u in enumerate(units):
        if u.tag == "barrier_comments":
            barrier_at.add(len(kept_idx))
            if sum(x for x in scores if x > 0) >= 250:
                factor = 0.0
            continue
        if u.tag == "barrier_strong":
            # a feed heading: costly to cross, but an article that goes on after an inline box still can
            kept_idx.append(-1)
            scores.append(-PARAMS["strong"])
            damp = 6  # the box's own items count little
            continue
        if u.rule is not None:
            if u.rule == "teaser_list":
                damp = 0  # the box's headlines are gone already: what follows them is not the box
            if (
                u.rule in ("date_line", "byline")
                and u.tag != "entry_byline"  # a live blog entry's own 'Posted by Name': the article goes on
                and kept_idx
                and not doc.wrapped
                and not _entry_time(units, i)
            ):
                # a dated item inside the page: a feed of other articles (a pseudo-element, no unit);
                # in a PDF print it is the page header of the next page
                kept_idx.append(-1)
                scores.append(-PARAMS["dated"])
            continue
        # (score() of a prose line is its length: a timestamp is never prose)
        s = float(len(u.text.strip())) - offset if u.prose else score(u.text, False)
        if u.tag in ("entry_time", "table_row") or (s < 0 and _signature(units, i)):
            s = 0.0  # a live blog's timestamp with its date ('28 Nov 2026, 19:04 CET'), as a bare '19:04'; a table row
        if damp and s > 0:
            s *= PARAMS["after_strong"]
        damp = max(0, damp - 1)
        run = run + 1 if s < 0 else 0
        if run > 1:
            s *= 1 + PARAMS["esc"] * (run - 1)
        kept_idx.append(i)
        scores.append(s * factor if s > 0 else s)
    if len(kept_idx) < 3:
        return
    # an isolated prose line between menu-like lines is a teaser more often than an article paragraph
    iso = PARAMS["isolated"]
    for k in range(1, len(scores) - 1):
        if kept_idx[k] < 0:
            continue
        if (
            scores[k] > 0
            and scores[k - 1] < 0
            and scores[k + 1] < 0
            and k not in barrier_at
            and k + 1 not in barrier_at
        ):
            scores[k] *= iso
    best, best_s, best_e = 0.0, -1, -1
    cur, cur_s = 0.0, 0
    for k, s in enumerate(scores):
        if cur <= 0 or k in barrier_at:
            cur, cur_s = s, k
        else:
            cur += s
        if cur > best:
            best, best_s, best_e = cur, cur_s, k
    if best_s < 0:
        return
    best_s, best_e = _trim(scores, best_s, best_e)
    # a live blog's first entry: its timestamp (and heading) come just before the first paragraph
    for back in (1, 2):
        k = best_s - back
        if k >= 0 and kept_idx[k] >= 0 and (
            TIMESTAMP_RE.match(units[kept_idx[k]].text.strip()) or units[kept_idx[k]].tag == "entry_time"
        ):
            if all(kept_idx[j] >= 0 for j in range(k, best_s)):
                best_s = k
            break
    best_s = _extend_summary(units, kept_idx, best_s)
    while best_e + 1 < len(kept_idx) and kept_idx[best_e + 1] >= 0 and _signature(units, kept_idx[best_e + 1]):
        best_e += 1  # the last letter's signature (scored zero, so the run's sum does not reach it)
    if best_e + 2 == len(kept_idx) and kept_idx[-1] >= 0 and _closing_line(units, kept_idx[best_e], kept_idx[-1]):
        best_e += 1  # the article's short last sentence ('The trial continues.'), nothing of the page after it
    best_e = _extend_list(units, kept_idx, best_e)
    best_e = _extend_recipe(units, kept_idx, best_e)
    for k, i in enumerate(kept_idx):
        if (k < best_s or k > best_e) and i >= 0:
            doc.remove(units[i], "main_text")


YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def _signature(units: list[Unit], i: int) -> bool:
    """A letters page's signature: 'Name, Town' on the line right under a prose paragraph (no blank line
    between) — the end of the letter above, neither a menu item nor a cost to cross."""
    u = units[i]
    if u.gap or i == 0 or not SIGNATURE_LINE_RE.match(u.text.strip()):
        return False
    prev = units[i - 1]
    return prev.rule is None and prev.prose


CLOSING_LINE_RE = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z][\w'’-]*){2,6}\.$")
# an obituary's closing fact line: 'Name, ferry captain, born 3 March 1938; died 28 November 2025' (the name, what
# the person was, the two dates; no full stop)
OBIT_FACTS_RE = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){1,4},\s+[^;]{0,120}?\bborn\s+[^;]{4,80};\s+died\s+[^;]{4,80}$"
)


def _closing_line(units: list[Unit], last: int, i: int) -> bool:
    """A report's short closing sentence ('The trial continues.', 'The hearing continues.'): three to seven words, a
    capital only on the first (not a menu item or a name), or an obituary's closing fact line ('Name, role, born …;
    died …'), right after the run's last paragraph with only removed lines between, and the last line the page keeps
    -- the article's end, too short to score as prose."""
    if units[last].rule is not None or not units[last].prose:
        return False
    t = units[i].text.strip()
    ends = bool(CLOSING_LINE_RE.match(t) or OBIT_FACTS_RE.match(t))
    return ends and all(v.rule is not None for v in units[last + 1 : i])


HEADER_RULES = frozenset({"title", "byline", "date_line", "standfirst", "live_label"})


def _extend_summary(units: list[Unit], kept_idx: list[int], best_s: int) -> int:
    """A live page's summary between its header and its first entry ('What we know so far' over two or more '• '
    items of four words or more, each without a full stop, so scoring as nothing): the page's own text, like its
    entries. Only right under the header (the line above the heading is the title, byline, date line or standfirst)
    and right above the region, so a bulleted teaser list elsewhere on the page is not taken."""
    first = units[kept_idx[best_s]] if kept_idx[best_s] >= 0 else None
    if first is None or not (TIMESTAMP_RE.match(first.text.strip()) or first.tag == "entry_time"):
        return best_s  # not a live page's first entry
    k = best_s - 1
    items = 0
    while k >= 0 and kept_idx[k] >= 0 and units[kept_idx[k]].text.lstrip().startswith(BULLETS):
        if nwords(units[kept_idx[k]].text) < 4:
            return best_s
        items += 1
        k -= 1
    if items < 2 or k < 0 or kept_idx[k] < 0:
        return best_s
    i = kept_idx[k]
    head = units[i].text.strip()
    if nwords(head) > 8 or len(head) > 60 or ends_sentence(head.rstrip(":")) or head.startswith(BULLETS):
        return best_s
    above = next((v for v in reversed(units[:i]) if v.text.strip()), None)
    if above is None or above.rule not in HEADER_RULES:
        return best_s
    return k


def _entry_time(units: list[Unit], i: int) -> bool:
    """A live blog's entry header: a relative time without a date ('5m ago') right above the entry's timestamp
    ('09:58') -- the same article going on, not another article's dated item."""
    if YEAR_RE.search(units[i].text):
        return False
    nxt = next((v for v in units[i + 1 : i + 3] if v.rule is None), None)
    return nxt is not None and len(nxt.text.strip()) <= 16 and TIMESTAMP_RE.match(nxt.text.strip()) is not None


def _trim(scores: list[float], s: int, e: int) -> tuple[int, int]:
    """Drop a tail (or head) of the region that gains little for several menu-like lines it crosses:
    teaser lists after an article add up to about zero, which a maximum-sum run happily includes."""
    gain = PARAMS["tail_gain"]
    if gain <= 0:
        return s, e
    total, neg = 0.0, 0
    cut = e
    for c in range(e, s, -1):
        total += scores[c]
        neg += scores[c] < 0
        if neg >= 2 and total < gain and scores[c - 1] > 0:
            cut = c - 1
    total, neg = 0.0, 0
    start = s
    for c in range(s, cut):
        total += scores[c]
        neg += scores[c] < 0
        if neg >= 2 and total < gain and scores[c + 1] > 0:
            start = c + 1
    return start, cut


LIST_SHAPE_RE = re.compile(r"^(?:[•▪►*–—-]|\d{1,4}[.)]?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\S+)")


def _shape(text: str) -> str:
    m = LIST_SHAPE_RE.match(text.strip())
    tok = m.group(0) if m else ""
    if tok[:1].isdigit():
        return "#"
    if " " in tok:  # 'June 9'
        return "date"
    if tok[:1].isalpha():
        # a word-led item: an informative list line ('England (Group A): 10th appearance', '1 tsp cinnamon')
        t = text.strip()
        if len(t.split()) >= 3 and len(t) <= 150 and (any(c.isdigit() for c in t) or ":" in t):
            return "item"
        return "word"
    return tok


def _same(shape: str, text: str) -> bool:
    s = _shape(text)
    return s == shape or (shape in ("item", "#") and s in ("item", "#"))


def _figures(units: list[Unit], kept_idx: list[int], start: int) -> bool:
    """Three or more word-led items in a row, none a sentence, three or more with a figure ('England (Group A): 10th
    appearance', 'Czech Republic (Group A): Seventh appearance'), one line after another: a table of results under
    its heading, not a menu."""
    run = figures = 0
    for k in range(start, min(len(kept_idx), start + 40)):
        i = kept_idx[k]
        if i < 0 or k > start and (i - kept_idx[k - 1] > 1 or units[i].gap):
            break  # (a table's rows are lines of one block; teasers come apart)
        t = units[i].text.strip()
        if _shape(t) != "item" or t.endswith((".", "?", "!")):
            break
        run += 1
        figures += any(c.isdigit() for c in t)
    return run >= 3 and figures >= 3


def _extend_list(units: list[Unit], kept_idx: list[int], end: int) -> int:
    """A region that ends on 'dates:' / 'includes:', or is followed by a short heading, continues over the
    list that follows (items of one shape: numbered, dated, bulleted or short informative lines)."""
    if end + 1 >= len(kept_idx) or min(kept_idx[end], kept_idx[end + 1]) < 0:
        return end
    start = end + 1
    if not units[kept_idx[end]].text.rstrip().endswith(":"):
        # or a short heading ('Tour Dates', 'Ingredients') followed by a list
        if len(units[kept_idx[start]].text) > 100 or units[kept_idx[start]].prose:
            return end
        start += 1
        if start + 2 >= len(kept_idx) or min(kept_idx[start : start + 3]) < 0:
            return end
        first_shape = _shape(units[kept_idx[start]].text)
        if first_shape == "word" or (first_shape == "item" and not _figures(units, kept_idx, start)) or not all(
            _same(first_shape, units[kept_idx[k]].text) for k in range(start, start + 3)
        ):
            return end
        end = start - 1
    first = units[kept_idx[end + 1]].text
    shape = _shape(first)
    if shape == "word" or len(first) > 300:
        return end
    k = end + 1
    while k < len(kept_idx) and k - end <= 80:
        i = kept_idx[k]
        if i < 0:
            break
        if kept_idx[k] - kept_idx[k - 1] > 1 and any(
            units[j].rule not in (None, "main_text") for j in range(kept_idx[k - 1] + 1, i)
        ):
            break
        if not _same(shape, units[i].text) or len(units[i].text) > 300:
            break
        k += 1
    return k - 1


RECIPE_HEAD_RE = re.compile(
    r"^\W*(?:ingredients|instructions|directions|method|preparation|steps|what\s+you(?:['’]ll)?\s+need|you\s+will\s+need|"
    r"zutaten|zubereitung|ingrédients|préparation|ingredientes|modo\s+de\s+preparo|preparación|ingredienti|"
    r"procedimento|ингредиенты|приготовление)\s*(?:\(.{0,40}\))?\s*:?\s*$",
    re.I,
)


def _extend_recipe(units: list[Unit], kept_idx: list[int], end: int) -> int:
    """A recipe card after the article (its name, 'Ingredients', the list, 'Instructions', the steps) is part of it:
    the card's lines are short and list-like, so the densest run stops before it. It ends at the first line removed
    by another rule (a credit, a share row), at a barrier, or at a long line."""
    head = None
    for k in range(end + 1, min(len(kept_idx), end + 4)):
        i = kept_idx[k]
        if i < 0:
            return end
        if len(units[i].text) <= 40 and RECIPE_HEAD_RE.match(units[i].text):
            head = k
            break
    if head is None:
        return end
    k = head + 1
    while k < len(kept_idx) and k - head <= 80:
        i = kept_idx[k]
        if i < 0 or len(units[i].text) > 400:
            break
        if kept_idx[k] - kept_idx[k - 1] > 1 and any(
            units[j].rule not in (None, "main_text") for j in range(kept_idx[k - 1] + 1, i)
        ):
            break
        k += 1
    return k - 1 if k - 1 > head + 1 else end


PAGE_TITLE_SEP_RE = re.compile(r"\s+[-|–—:»·]\s+|\s*\|\s*")


# a sentence end inside the line: '… eleven hours. Siwalai's chief …'
_INNER_SENTENCE_END_RE = re.compile(r"[a-z0-9][.!?][\"”’]?\s+[\"“‘]?[A-Z]")


def _paragraph_not_title(first: str) -> bool:
    """A paste that starts mid-article may repeat its first paragraph around a gallery marker: a line of more than
    200 characters holding two or more sentences and ending like one is that paragraph, never a page <title>."""
    return len(first) > 200 and bool(_INNER_SENTENCE_END_RE.search(first)) and first.rstrip()[-1:] in ".!?\"”’"


def _unanchored_site(doc: Doc, first: str, low: str) -> None:
    """A page <title> 'Headline - Site' whose headline the page's H1 words differently: the site's name is the
    outlet when another line of the page names it too ('… / 1:07 AM / Harbour News', 'Follow Harbour News')."""
    cells = [p.strip() for p in PAGE_TITLE_SEP_RE.split(first) if p.strip()]
    if len(cells) != 2 or cells[0].lower() != low or len(low.split()) < 4:
        return
    site = cells[1]
    if not 1 <= len(site.split()) <= 4 or not site[:1].isupper():
        return
    rx = re.compile(rf"(?<![\w-]){re.escape(site)}(?![\w-])")
    if any(rx.search(u.text) for u in doc.units[1:] if len(u.text) < 300):
        doc.hints.setdefault("page_site", site)


@rule("headline_anchor", "region")
def headline_anchor(doc: Doc) -> None:
    """A copied web page starts with its <title> ('Headline - Site'); the article starts after the headline's
    repetition (the H1). Everything before that repetition is page chrome."""
    units = doc.units
    if len(units) < 8:
        return
    first = collapse(units[0].text)
    line = collapse(doc.text.lstrip().split("\n", 1)[0])
    if line and first.startswith(line):
        first = line  # the <title> line, not the icon labels under it that a line repair joined onto it
    parts = sorted(PAGE_TITLE_SEP_RE.split(first), key=len, reverse=True)
    head = parts[0].strip() if parts else ""
    if len(head) < 15:
        return
    if _paragraph_not_title(first):
        # the paste's first paragraph again a few lines down (copied once more around a gallery marker): the
        # first copy goes, and neither is a headline
        if units[0].rule is None and any(collapse(u.text) == first for u in units[1:10] if u.rule is None):
            doc.remove(units[0], "headline_anchor")
        return
    low = head.lower()
    key, n = low[:6], len(low)
    anchors = [
        i
        for i, u in enumerate(units[1:], 1)
        if n - 2 <= len(u.text) <= n + 12
        and u.low.lstrip()[:6] == key
        and ((t := collapse(u.low)) == low or (t.startswith(low) and len(t) - n <= 3))
    ][:20]
    if not anchors:
        _unanchored_site(doc, first, low)
        return
    prose = [(i, len(u.text)) for i, u in enumerate(units) if u.rule is None and u.prose]
    total = sum(n for _, n in prose)
    best = None
    for a in anchors:
        after = sum(n for i, n in prose if i > a)
        if after >= 0.5 * total and after > 0:
            best = a
            break
        # the H1 followed by its dateline or byline is the article's header, however much teaser prose
        # (mega-menus of headline cards) the page has before it
        if after >= 300 and any(v.rule in ("date_line", "byline") for v in units[a + 1 : a + 4]):
            best = a
            break
    if best is None:
        return
    from builder.clean.rules_meta import LABEL_RE

    h1 = collapse(LABEL_RE.sub("", units[best].text.strip()))  # 'BREAKING: Headline': a label, not the headline
    if "title" not in doc.hints or doc.hints["title"].lower() != h1.lower():
        # the H1 that repeats the page's <title> is the headline: not a line of the page chrome above it, nor a
        # caption, credit, share label or byline between it and the article that the title rule took
        doc.hints["title"] = h1
    # the rest of the page <title> ('Site – Headline', 'Headline | Site'): the site's name
    cells = [p.strip() for p in PAGE_TITLE_SEP_RE.split(first) if p.strip()]
    site = [p for p in cells if p.lower() != low]
    if len(site) > 1 and cells[0].lower() == low:
        site = site[-1:]  # 'Headline | Section | Site': the site's name comes last
    if len(site) == 1 and 1 <= len(site[0].split()) <= 5:
        doc.hints.setdefault("page_site", site[0])
    doc.remove(units[0], "headline_anchor")
    doc.remove(units[best], "headline_anchor")
    for u in units[1:best]:
        doc.remove(u, "headline_anchor")
