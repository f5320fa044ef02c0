"""A saved page's own metadata: JSON-LD, <meta> tags, the canonical link, the H1 and <time> elements.

Only what the page states and another part of it confirms is given: the masthead when og:site_name, the JSON-LD
publisher, the <title>'s suffix or the domain agree; the headline as the H1 shows it when a title tag names it;
people (not organisations, not the site's own name) as authors. finalise_metadata prefers these to what the
text rules read from the extracted article text, and falls back to those rules for what is missing.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from typing import Any
from urllib.parse import urlsplit

from builder.clean.text import collapse

_SQUEEZE = re.compile(r"[^a-z0-9]")
# 'Headline | Site', 'Headline - Site', 'Headline — Site': the <title>'s last cell
_SUFFIX_RE = re.compile(r"^(?P<title>.{10,}?)\s+[|–—-]\s+(?P<site>[^|–—]{2,60})$")
_ISO_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_MONTH_DAY_RE = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b")
_ARTICLE_TYPES = re.compile(r"(?:Article|BlogPosting|LiveBlogPosting|Report)$")
_PUBLISHED_METAS = (
    "article:published_time", "og:article:published_time", "datepublished", "og:published_time", "dc.date",
    "dcterms.date", "dc.date.issued", "pubdate", "og:pubdate", "publish-date", "publication_date", "sailthru.date",
)  # fmt: skip
_AUTHOR_METAS = ("author", "article:author", "og:article:author", "dc.creator", "sailthru.author", "parsely-author")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def squeeze(s: str) -> str:
    """'The Harbour-Post.com' -> 'harbourpostcom': a name's letters and digits, for comparing spellings."""
    return _SQUEEZE.sub("", s.lower().removeprefix("the "))


def _iso(value: str) -> date | None:
    m = _ISO_RE.match(value or "")
    if not m:
        return None
    try:
        d = date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
    return d if d.year >= 1990 else None  # '0001-01-01T00:00:00Z': an empty field


def _ld_objects(tree: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for n in node:
                walk(n)
        elif isinstance(node, dict):
            out.append(node)
            if "@graph" in node:
                walk(node["@graph"])

    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            walk(json.loads(script.text_content(), strict=False))
        except (ValueError, TypeError):
            continue
    return out


def _types(obj: dict[str, Any]) -> list[str]:
    t = obj.get("@type")
    return [str(x) for x in t] if isinstance(t, list) else [str(t or "")]


def _name(node: Any) -> str:
    if isinstance(node, dict):
        return collapse(str(node.get("name") or ""))
    return collapse(node) if isinstance(node, str) else ""


def _metas(tree: Any) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for m in tree.xpath("//meta[@content]"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").strip().lower()
        if key:
            out.setdefault(key, []).append(collapse(m.get("content") or ""))
    return out


def _domain_label(url: str | None) -> str:
    host = (urlsplit(url).hostname or "") if url else ""
    host = host.removeprefix("www.")
    return host.split(".")[0] if host else ""


def _confirms(name: str, others: list[str], label: str) -> bool:
    """Another statement of the page spells the same name, or the domain does ('harbourpost', 'HarbourPost.ca')."""
    k = squeeze(name)
    if not k:
        return False
    if any(o and squeeze(o) == k for o in others):
        return True
    if label and (k == label or k.removesuffix("com").removesuffix("ca").removesuffix("couk") == label):
        return True
    first = squeeze(name.split()[0]) if name.split() else ""
    return len(first) >= 4 and bool(label) and label.startswith(first)  # 'Harbour Network' on harbournews.example


def _sane_site(name: str) -> bool:
    return 2 <= len(name) <= 60 and "/" not in name and not name.lower().startswith(("http", "www."))


def _site(
    metas: dict[str, list[str]], article: dict[str, Any] | None, orgs: list[str], suffix: str, url: str | None
) -> tuple[str | None, bool]:
    """(the masthead, confirmed?)"""
    label = _domain_label(url)
    og = (metas.get("og:site_name") or [""])[0]
    if " | " in og:  # 'Outlet | Tagline of the outlet'
        og = og.split(" | ")[0].strip()
    pub = _name(article.get("publisher")) if article else ""
    pubs = [p for p in [pub, *orgs] if p]
    if og and _sane_site(og) and _confirms(og, [suffix, *pubs], label):
        if og.islower():  # 'harbourpost' (the domain's word): the <title>'s or publisher's spelling of it
            for better in (suffix, *pubs):
                if better and better != og and squeeze(better).startswith(squeeze(og)):
                    return better, True
        return og, True
    for cand, others in ((p, [suffix, *pubs]) for p in pubs):
        if _sane_site(cand) and _confirms(cand, [o for o in others if o is not cand], label):
            return cand, True
    if suffix and _sane_site(suffix) and _confirms(suffix, pubs, label):
        return suffix, True
    return (og if og and _sane_site(og) else None), False


def _strip_site(title: str, names: list[str]) -> str:
    """'Headline | Site' / 'Site | Tagline: Headline' -> 'Headline' when Site is one of the page's names for itself."""
    keys = {squeeze(n) for n in names if n}
    m = _SUFFIX_RE.match(title)
    if m and squeeze(m["site"]) in keys:
        return m["title"].strip()
    for n in names:
        if n and title.startswith(n) and len(title) > len(n) + 10 and title[len(n)] in ":|-–— ":
            rest = title[len(n) :].lstrip(" :|-–—")
            if rest:
                return rest
    return title


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"[\w']+", s.translate(_QUOTES).casefold()) if len(w) > 1}


def _headline(h1s: list[str], cands: list[str]) -> str | None:
    """The H1 that a title tag names (same words, quotes and case aside), else one sharing most of its words with
    one (a rewritten social title), else the first title tag."""
    keys = [c.translate(_QUOTES).casefold() for c in cands]
    for h in h1s:
        if h.translate(_QUOTES).casefold() in keys:
            return h
    for h in h1s:
        hw = _words(h)
        for c in cands:
            cw = _words(c)
            if len(hw) >= 3 and cw and len(hw & cw) / min(len(hw), len(cw)) >= 0.5:
                return h
    return cands[0] if cands else None


def _visible_date(tree: Any, published: date | None) -> date | None:
    """The date a <time> element shows the reader ('Posted Mar 3, 9:10 PM', its year from the datetime attribute)
    when it lies within a day of the published date: the outlet's local day, which a UTC timestamp may pass."""
    from builder.extract.metadata import find_date

    for el in tree.xpath("//time"):
        text = collapse(el.text_content())
        if not text or text.lower().startswith(("updated", "modified", "last updated")):
            continue
        attr = el.get("datetime") or ""
        stamp = _iso(attr) or (_iso(f[1]) if (f := find_date(attr)) else None)
        shown: date | None = None
        if (f := find_date(text)) is not None:
            shown = _iso(f[1])
        elif stamp and (md := _MONTH_DAY_RE.search(text)):
            month, day = _MONTHS.index(md[1].lower()) + 1, int(md[2])
            years = (stamp.year - 1, stamp.year, stamp.year + 1)
            options = []
            for y in years:
                try:
                    options.append(date(y, month, day))
                except ValueError:
                    continue
            shown = min(options, key=lambda d: abs(d - stamp)) if options else None
        ref = published or stamp
        if shown and (ref is None or abs(shown - ref) <= timedelta(days=1)):
            return shown
    return None


_LABEL_RE = re.compile(r"^\w+\s*:\s")
# 'Name. Outlet', 'Name, Outlet' (not a middle initial's full stop: 'Troy L. Smith')
_CELL_SPLIT_RE = re.compile(r"(?<!\s[A-Z])(?<!^[A-Z])\.\s+|,\s+")
# a byline's label before the name, its colon dropped by the extractor ('Текст Name Surname', 'Text Name Surname')
_LABEL_WORD_RE = re.compile(r"^(?:Text|Words|Author|Autor|Texto|Texte|Testo|Текст|Автор)\s+(?=[^\W\d_])")


def _people(node: Any, sites: list[str]) -> list[str]:
    """Person names from a JSON-LD author or an author <meta>: no Organization, no URL, no site name, no staff."""
    from builder.extract.metadata import clean_name, parse_byline

    items = node if isinstance(node, list) else [node]
    keys = {squeeze(s) for s in sites if s}
    out: list[str] = []
    for it in items:
        if isinstance(it, dict) and any("Organization" in t for t in _types(it)):
            continue
        raw = _name(it)
        if not raw or "://" in raw or raw.startswith("@"):
            continue
        for part in re.split(r"\s*;\s*", raw.split(" | ")[0]):  # 'Name | Outlet for the site': the name
            cells = [c.strip() for c in _CELL_SPLIT_RE.split(part) if c.strip()]
            while len(cells) > 1 and squeeze(cells[-1]) in keys:  # 'Name. Outlet', 'Name, Outlet'
                cells.pop()
            part = ", ".join(cells)
            if squeeze(part) in keys or re.search(r"\bstaff\b", part, re.I):
                continue
            part = _LABEL_WORD_RE.sub("", part)
            # ('Текст: Name', 'Text: Name': a label the byline parser knows, not a name)
            labelled = part.lower().startswith(("by ", "analysis by")) or _LABEL_RE.match(part)
            names = parse_byline(part if labelled else "By " + part)
            if names is None:
                n = clean_name(part)
                names = [n] if n else []
            out += [n for n in names if squeeze(n) not in keys and n not in out]
    return out


def page_meta(source: str) -> dict[str, Any]:
    """The page's own statements: url, title, published date, visible date, masthead (and whether confirmed),
    authors. Keys only for what was found; {} when the page does not parse."""
    try:
        import lxml.html

        tree = lxml.html.fromstring(source)
    except Exception:  # noqa: BLE001 - a broken page has no metadata
        return {}
    metas = _metas(tree)
    objs = _ld_objects(tree)
    article = next((o for o in objs if any(_ARTICLE_TYPES.search(t) for t in _types(o))), None)
    orgs = [_name(o) for o in objs if any("Organization" in t for t in _types(o)) and _name(o)]
    out: dict[str, Any] = {}
    # url: the canonical link, else og:url
    for href in [*(tree.xpath('//link[@rel="canonical"]/@href')), *(metas.get("og:url") or [])]:
        href = href.strip()
        if href.startswith(("http://", "https://")):
            out["url"] = href
            break
    titles = [collapse(t.text_content()) for t in tree.xpath("//head/title | //title")[:1]]
    page_title = titles[0] if titles else ""
    m = _SUFFIX_RE.match(page_title)
    suffix = m["site"].strip() if m else ""
    site, confirmed = _site(metas, article, orgs, suffix, out.get("url"))
    if site:
        out["sitename"] = site
        out["site_confirmed"] = confirmed
    names = [n for n in [site, *(metas.get("og:site_name") or [])] if n]
    names += [_name(article.get("publisher"))] if article else []
    if suffix and _confirms(suffix, names, _domain_label(out.get("url"))):
        names.append(suffix)  # 'Headline - Site': the <title>'s site cell, when the page names the site so
    # title
    cands = [t for t in (metas.get("og:title") or []) + (metas.get("twitter:title") or []) if t]
    if article and isinstance(article.get("headline"), str):
        cands.append(collapse(article["headline"]))
    if page_title:
        cands.append(page_title)
    cands = list(dict.fromkeys(_strip_site(c, names) for c in cands))
    h1s = [h for h in (collapse(x.text_content()) for x in tree.xpath("//h1")) if h]
    headline = _headline(h1s, cands)
    if headline:
        out["title"] = headline
    # dates
    published = None
    if article:
        published = _iso(str(article.get("datePublished") or ""))
    for key in _PUBLISHED_METAS:
        if published is None:
            published = next((d for v in metas.get(key, []) if (d := _iso(v))), None)
    if published:
        out["published"] = published.isoformat()
    visible = _visible_date(tree, published)
    if visible:
        out["date_visible"] = visible.isoformat()
    # authors: the JSON-LD article's people, else the author <meta> tags'
    authors = _people(article.get("author"), names) if article and article.get("author") else []
    for key in _AUTHOR_METAS:
        if not authors:
            for v in metas.get(key, []):
                authors = _people(v, names)
                if authors:
                    break
    if authors:
        out["authors"] = authors
    out["site_names"] = names
    return out


def people(value: str, site_names: list[str]) -> list[str]:
    """Person names in an author string found elsewhere (the extractor's '; '-joined authors), without the site."""
    return _people(value, site_names)
