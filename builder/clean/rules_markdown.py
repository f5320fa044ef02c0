"""Markdown-ish pastes: links with dead targets to plain text, duplicated pull quotes, heading markers."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from builder.clean.doc import Doc, Unit
from builder.clean.ruler import rule
from builder.clean.text import collapse
from builder.extract.metadata import find_date
from builder.model import Removal

IMAGE_RE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
LINK_RE = re.compile(r"\[([^\[\]]+)\]\((?:<[^>]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+\"[^\"]*\")?\)")


SINGLE_LINK_RE = re.compile(r"^\[(?P<label>[^\[\]]{3,40})\]\(<?(?P<url>https?://[^()\s<>]+)>?\)$")
# reference-style links: '[told][4]' in the text, '[4]: https://…' (or '[4]: #') alone on a line below
REF_DEF_RE = re.compile(r"^ {0,3}\[(?P<ref>[^\[\]]{1,40})\]:\s*<?(?P<url>\S*?)>?(?:\s+[\"'(][^\"')]*[\"')])?\s*$")
REF_LINK_RE = re.compile(r"(?P<img>!)?\[(?P<label>[^\[\]]*)\]\[(?P<ref>[^\[\]]{0,40})\]")


# a share row's 'Copy link' button: its target is the article's own address (its query may run onto the next line)
COPY_LABEL = (
    r"(?:copy(?:\s+(?:the\s+)?(?:article\s+)?(?:link|url))?(?:\s+to\s+(?:this\s+)?(?:article|story|page))?|share\s+link)"
)
COPY_LINK_RE = re.compile(r"\[" + COPY_LABEL + r"\]\(<?(?P<url>https?://[^()\s<>]+)(?P<close>>?\))?", re.I)
COPY_LABEL_RE = re.compile(COPY_LABEL, re.I)
# a site's logo at the top, linked to the home page: '[![Outlet Name](…/logo.svg)](https://outlet.example/)'
LOGO_LINK_RE = re.compile(r"^\[!\[(?P<alt>[^\[\]]{3,60})\]\([^()\s]*\)\]\(<?(?P<href>https?://[^()\s<>]+)>?\)$")
# the same with reference-style links: '[![Outlet Name][logo]][home]', with '[home]: https://outlet.example/' below
REF_LOGO_LINK_RE = re.compile(r"^\[!\[(?P<alt>[^\[\]]{3,60})\]\[[^\[\]]{0,40}\]\]\[(?P<ref>[^\[\]]{1,40})\]$")
LOGO_WORD_RE = re.compile(r"\s+(?:logo|masthead|home(?:\s*page)?)$", re.I)


def _copy_link(doc: Doc, i: int, m: re.Match[str]) -> None:
    """The article's address from a 'Copy link' button (a guess: an 'Original url:' line wins), its target rejoined
    when the line breaks inside it; the broken-off rest ('…&utm_medium=share)') goes with it."""
    url = m["url"]
    units = doc.units
    if not m["close"] and i + 1 < len(units) and (rest := re.match(r"^([^\s()<>]+)>?\)", units[i + 1].text.strip())):
        url += rest.group(1)
        if rest.end() == len(units[i + 1].text.strip()):
            doc.remove(units[i + 1], "markdown_links")
    if urlsplit(url).path.strip("/"):
        doc.hints.setdefault("url_guess", url)


# a share button's target that carries the article's address in its query: '[Email](mailto:?body=<encoded URL>)',
# '[Facebook](https://share.example/sharer.php?u=https%3A%2F%2F…)' (the address percent-encoded in 'body', 'u', 'url'
# or 'text', where a title may come before it)
SHARE_TARGET_RE = re.compile(r"\]\((?P<target>(?:mailto:|https?://)[^()\s<>]*\?[^()\s<>]*%3A%2F%2F[^()\s<>]*)\)", re.I)
SHARE_PARAMS = ("body", "u", "url", "text")


def _share_target(doc: Doc, text: str) -> None:
    """The article's address from a share button's encoded target, on a short line of links (a share row): a guess,
    after an 'Original url:' line, a page's own URL or a 'Copy link' target."""
    if len(LINK_RE.sub(r"\1", text).strip()) > 80:
        return  # a sentence with a link in it, not a row of buttons
    for m in SHARE_TARGET_RE.finditer(text):
        query = urlsplit(m["target"]).query
        for key, value in parse_qsl(query):
            if key.lower() in SHARE_PARAMS and (found := re.search(r"https?://[^\s\"'<>]+", value)):
                url = found.group(0)
                if urlsplit(url).path.strip("/"):
                    doc.hints.setdefault("url_guess", url)
                    return


def _logo_name(doc: Doc, i: int, u: Unit) -> None:
    """A linked logo image in the page's first lines whose link is the site's home page: its alt text is the
    outlet's name ('Outlet Name', 'Outlet Name logo')."""
    m = LOGO_LINK_RE.match(u.text.strip()) if i < 4 else None
    if m and not urlsplit(m["href"]).path.strip("/"):
        doc.hints.setdefault("logo_name", LOGO_WORD_RE.sub("", m["alt"].strip()))


# an e-mail's pointer to its web version after a short question: 'Having trouble reading this? [Open it in your
# browser](URL)', 'Images not showing? [View it online](URL)'
BROWSER_LEAD_RE = re.compile(
    r"^[^\[\]?]{3,50}\?\s+\[(?P<label>[^\[\]]{3,40})\]\(<?(?P<url>https?://[^()\s<>]+)>?\)\W*$"
)
# a link whose label asks the reader for money and whose address is a donation page: '[Support the Trust's river
# work](https://…/donate)', '[Donate today](…/give)'
DONATE_LINK_RE = re.compile(
    r"\[(?:please\s+)?(?:support|donate|give|chip\s+in|make\s+a\s+(?:donation|gift)|back)\b[^\[\]]{0,60}\]"
    r"\(<?https?://[^()\s<>]*/(?:donate|donation|donations|give|giving|support-us|appeal)(?:[/?#][^()\s<>]*)?>?\)",
    re.I,
)


def _donate_link(text: str) -> bool:
    return "](" in text and DONATE_LINK_RE.search(text) is not None


def _url_label(label: str) -> bool:
    """'Original article', 'Source', 'Read the original': the label of the article's own address."""
    from builder.clean.rules_meta import URL_LABEL_RE

    m = URL_LABEL_RE.match(label)
    return m is not None and not m["rest"]


def _browser_label(label: str) -> bool:
    """'View in browser', 'View this email online': an e-mail's link to its own web version."""
    from builder.clean.rules_meta import VIEW_ONLINE_RE

    return VIEW_ONLINE_RE.match(label) is not None


# a Markdown footnote's definition '[^1]: The text …' and its mark in the text ('scale[^1]')
FOOTNOTE_DEF_RE = re.compile(r"^ {0,3}\[\^(?P<label>[^\[\]\s]{1,20})\]:\s+(?=\S)")
FOOTNOTE_MARK_RE = re.compile(r"\[\^(?P<label>[^\[\]\s]{1,20})\](?!:)")


def _footnotes(doc: Doc) -> None:
    """Markdown footnotes: the marks '[^1]' in the text are syntax and go; a definition '[^1]: The slate came …' is
    the article's note and keeps its words without its mark (as a print's footnote under its page). Only labels
    that have a definition line count."""
    labels = {m["label"] for u in doc.units if "[^" in u.text and (m := FOOTNOTE_DEF_RE.match(u.text))}
    if not labels:
        return
    for u in doc.units:
        if u.rule is not None or "[^" not in u.text:
            continue
        if (d := FOOTNOTE_DEF_RE.match(u.text)) and d["label"] in labels:
            doc.fragments.append(Removal(text=d.group(0).strip(), rule="markdown_links"))
            u.text = u.text[d.end():]
        for m in FOOTNOTE_MARK_RE.finditer(u.text):
            if m["label"] in labels:
                doc.fragments.append(Removal(text=m.group(0), rule="markdown_links"))
        u.text = FOOTNOTE_MARK_RE.sub(lambda m: "" if m["label"] in labels else m.group(0), u.text)


@rule("markdown_links", "markdown")
def markdown_links(doc: Doc) -> None:
    """'[said](#)' -> 'said'; '![alt](src)' images are removed. Reference-style links ('[told][4]' with a
    '[4]: https://…' line below) lose their marks the same way, and the definition lines go (a lone
    '[Original article][0]' becomes 'Original article: URL', left to original_url). Markdown footnotes lose their
    marks ('scale[^1]' -> 'scale', '[^1]: Text' -> 'Text')."""
    _footnotes(doc)
    refs: dict[str, str] = {}
    for u in doc.units:
        if "]:" in u.text and (d := REF_DEF_RE.match(u.text.strip())):
            refs[d["ref"].lower()] = d["url"]
    if refs:
        _reference_links(doc, refs)
    shares: list[str] = []
    for i, u in enumerate(doc.units):
        if "](" not in u.text:
            continue
        _logo_name(doc, i, u)
        if u.rule is None and (cp := COPY_LINK_RE.search(u.text)) is not None:
            _copy_link(doc, i, cp)
        if u.rule is None and "%3A%2F%2F" in u.text.upper():
            shares.append(u.text)  # read after every line: a 'Copy link' target wins
        one = SINGLE_LINK_RE.match(u.text.strip())
        # (also after a short question: 'Having trouble reading this? [Open it in your browser](URL)')
        browser = one or (BROWSER_LEAD_RE.match(u.text.strip()) if i < 3 else None)
        if browser and i < 3 and _browser_label(browser["label"]) and urlsplit(browser["url"]).path.strip("/"):
            doc.hints.setdefault("browser_url", browser["url"])  # '[View in browser](URL)' atop an e-mail: its web page
        if u.rule is None and not u.tag and _donate_link(u.text):
            u.tag = "donate_link"  # a charity's or outlet's call-out for money: left to promo, which reads the tag
        if one and _url_label(one["label"]):
            u.text = f"{one['label']}: {one['url']}"  # '[Original article](URL)': left to original_url
            continue
        for m in IMAGE_RE.finditer(u.text):
            doc.fragments.append(Removal(text=m.group(0), rule="markdown_links"))
        t = IMAGE_RE.sub("", u.text)
        t = LINK_RE.sub(r"\1", t)
        if not t.strip():
            doc.remove(u, "markdown_links")
        else:
            u.text = t
    for text in shares:
        _share_target(doc, text)


def _reference_links(doc: Doc, refs: dict[str, str]) -> None:
    def known(m: re.Match[str]) -> bool:
        return (m["ref"] or m["label"]).lower() in refs

    for i, u in enumerate(doc.units):
        if u.rule is not None:
            continue
        t = u.text.strip()
        if i < 4 and (logo := REF_LOGO_LINK_RE.match(t)):
            href = refs.get(logo["ref"].lower(), "")
            if href.startswith("http") and not urlsplit(href).path.strip("/"):
                doc.hints.setdefault("logo_name", LOGO_WORD_RE.sub("", logo["alt"].strip()))
        if "]:" in t and (d := REF_DEF_RE.match(t)) and d["ref"].lower() in refs:
            doc.remove(u, "markdown_links")
            continue
        if "][" not in t:
            continue
        one = REF_LINK_RE.fullmatch(t)
        if one and not one["img"] and known(one) and _url_label(one["label"]):
            url = refs[(one["ref"] or one["label"]).lower()]
            if url.startswith("http"):
                u.text = f"{one['label']}: {url}"
                continue
        for m in REF_LINK_RE.finditer(u.text):
            if m["img"] and known(m):
                doc.fragments.append(Removal(text=m.group(0), rule="markdown_links"))
            elif known(m) and COPY_LABEL_RE.fullmatch(m["label"].strip()):
                # a share row's '[Copy link][copy]': its definition is the article's own address (a guess, as inline)
                url = refs[(m["ref"] or m["label"]).lower()]
                if url.startswith("http") and urlsplit(url).path.strip("/"):
                    doc.hints.setdefault("url_guess", url)
        out = REF_LINK_RE.sub(lambda m: m.group(0) if not known(m) else "" if m["img"] else m["label"], u.text)
        if out != u.text:
            if not out.strip():
                doc.remove(u, "markdown_links")
            else:
                u.text = out


QUOTE_CHARS = "\"“”‘’'«» "
SIGNED_QUOTE_RE = re.compile(
    r"^(?P<q>[\"“«„‘'].{10,300}[\"”»“’'][.!?]?)\s*[—–-]{1,2}\s*[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,5}$"
)


# a pull quote's signature on a line of its own under it: a dash and a name of up to six words ('— Captain Name')
SIGNATURE_ALONE_RE = re.compile(r"^[—–]{1,2}\s*[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,5}$")


@rule("pull_quote", "markdown")
def pull_quote(doc: Doc) -> None:
    """'> ' blockquotes that repeat a sentence of the article (pull quotes); also a quotation in capitals alone on
    a line repeating words of another paragraph (a print layout's pull quote), or one signed '“…” — Name'."""
    kept = [u for u in doc.units if u.rule is None]
    lows: list[str] = []

    def repeated(u: Unit, core: str) -> bool:
        """Whether another kept line has ``core`` (lower case) in it."""
        if not lows:
            lows.extend(collapse(v.text).lower() for v in kept)
        return any(v is not u and v.rule is None and core in low for v, low in zip(kept, lows, strict=True))

    for k, u in enumerate(kept):
        t = u.text.strip()
        if t.startswith(">"):
            q = t.lstrip("> ").strip()
            if signed := SIGNED_QUOTE_RE.match(q):  # '> “…” — Name': the quotation without its signature
                q = signed["q"]
            core = collapse(q.strip(QUOTE_CHARS)).rstrip(".,")
            # (case aside: a pull quote capitalises a sentence it cuts from the middle, '“But a country …”')
            if len(core) >= 15 and any(
                v is not u and v.rule is None and core.lower() in collapse(v.text).lower() for v in kept
            ):
                doc.remove(u, "pull_quote")
            continue
        signed = SIGNED_QUOTE_RE.match(t) if t[:1] in QUOTE_CHARS and len(t) <= 360 else None
        if signed:  # '“…” — Name': a quotation signed with its speaker's name, set apart from the text
            core = collapse(signed["q"].strip(QUOTE_CHARS)).rstrip(".,!?").lower()
            if len(core) >= 15 and repeated(u, core):
                doc.remove(u, "pull_quote")
            continue
        # (a quotation in ordinary case alone on a line is as often a subheading the page keeps: only the
        # print layout's capitals mark a pull quote for sure — or a print itself: a PDF has no subheadings set in
        # quote marks, and a line there that repeats a quotation's words is the layout's pull quote)
        parts = [u]
        if doc.wrapped and t[:1] in QUOTE_CHARS and t[-1:] not in QUOTE_CHARS and len(t) <= 80:
            # a print's pull quote set over two or three short lines with no blank line between ('“I fired the last
            # one on Friday' / 'at ten past two”'): the lines together
            for v in kept[k + 1 : k + 3]:
                vt = v.text.strip()
                if v.gap or not vt or len(vt) > 80 or vt[:1] in QUOTE_CHARS:
                    break
                parts.append(v)
                if vt[-1] in QUOTE_CHARS:
                    break
            if len(parts) > 1 and parts[-1].text.strip()[-1] in QUOTE_CHARS:
                t = " ".join(v.text.strip() for v in parts)
            else:
                parts = [u]
        if len(t) > 300 or len(t) < 20 or t[0] not in QUOTE_CHARS or t[-1] not in QUOTE_CHARS:
            continue
        if not (_caps(t) or (doc.wrapped and len(t.split()) >= 5)):
            continue
        core = collapse(t.strip(QUOTE_CHARS + " ")).rstrip(".,!?").lower()
        if len(core) < 15 or any(c in core for c in "\"“”«»"):
            continue  # quotes and words between them ('"A," she said. "B."'): a paragraph of the article
        if k > 0 and _opens_quote(kept[k - 1].text):
            continue  # the paragraph before left its quotation open: this one goes on with it ('“…come.' / '“Give …”')
        if repeated(u, core) or (doc.wrapped and _quoted_words_repeat(u, core, kept)):
            for v in parts:
                doc.remove(v, "pull_quote")
            n = k + len(parts)
            if n < len(kept) and SIGNATURE_ALONE_RE.match(kept[n].text.strip()):
                doc.remove(kept[n], "pull_quote")  # its signature on the line under it ('— Captain Name')
    _quote_block_rest(doc)


def _opens_quote(text: str) -> bool:
    """The paragraph ends inside a quotation it opened ('“We only need a yes,” she said. “The money will come.'): more
    curly opening marks than closing ones, or an odd number of straight double quotes. A quotation that runs on
    into the next paragraph reopens it there without closing it here."""
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


QUOTED_SPAN_RE = re.compile(r"[“\"]([^”“\"]{2,400})[”\"]")


def _bare_words(text: str) -> str:
    """The words of ``text`` in lower case, punctuation dropped, one space apart."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _quoted_words_repeat(u: Unit, core: str, kept: list[Unit]) -> bool:
    """A print's pull quote that joins the parts of a quotation the article cuts with its attribution ('“A,” she
    said. “B.”' set as '“A. B.”'): the pull quote's words, punctuation aside, run on in the quoted spans of another
    paragraph."""
    words = _bare_words(core)
    if len(words.split()) < 6:
        return False
    for v in kept:
        if v is u or v.rule is not None or "“" not in v.text and '"' not in v.text:
            continue
        spans = _bare_words(" ".join(QUOTED_SPAN_RE.findall(v.text)))
        if f" {words} " in f" {spans} ":
            return True
    return False


QUOTE_REST_RE = re.compile(r"^>\s*(?:[—–-]{1,2}\s*[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,5})?$")  # '>', '> — Name'


def _quote_block_rest(doc: Doc) -> None:
    """The rest of a '> ' block whose quotation was a pull quote: its empty '>' lines and a '> — Name' signature
    on a line of its own (the block is removed whole; a block with other text keeps that text)."""
    units = doc.units
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and units[j].text.lstrip().startswith(">") and (j == i or units[j].gap == 0):
            j += 1
        block = units[i:j]
        if any(v.rule == "pull_quote" for v in block):
            for v in block:
                if v.rule is None and QUOTE_REST_RE.match(v.text.strip()):
                    doc.remove(v, "pull_quote")
        i = max(j, i + 1)
    _quote_box_heading(doc)


def _quote_box_heading(doc: Doc) -> None:
    """A box of pull quotes under its own heading ('Key quotes', 'What they said'): a short heading line without
    sentence punctuation right above two or more removed pull quotes (one, when the heading says 'quote'), with
    no kept line between them, is the box's heading — nothing of the article's own stands under it."""
    units = doc.units
    for i, u in enumerate(units):
        t = u.plain.strip()
        if u.rule is not None or not t or len(t) > 40 or len(t.split()) > 5 or t[-1] in ".,;:!?\"”’":
            continue
        n = 0
        for v in units[i + 1 :]:
            if v.rule != "pull_quote":
                break
            n += v.text.lstrip().startswith(">")
        if n >= 2 or (n == 1 and "quote" in t.lower()):
            doc.remove(u, "pull_quote")


def _caps(text: str) -> bool:
    """Letters all in capitals, and enough of them to be words (not an acronym)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and all(c.isupper() for c in letters)


HEADING_RE = re.compile(r"^(?:#{1,6}|>)\s+")
BOLD_RE = re.compile(r"^(\*\*|__)(.+)\1$")
# a bold label opening a line, the words after it plain: '**Q:** How far …', '**Name:** …' (an interview's turns)
BOLD_LABEL_RE = re.compile(r"^(\*\*|__)([^*_\n]{1,40}?:)\1(?=\s)")
MARKUP_STARTS = ("#", ">", "*", "_")  # the first characters HEADING_RE, BOLD_RE and BOLD_LABEL_RE match
# emphasis inside a line ('the business daily *Name Name* last month', '**not**'): asterisks around words that touch
# them, with no word character outside ('2*3*4' and a footnote's 'Name*' stay)
INLINE_EMPHASIS_RE = re.compile(r"(?<![\w*])(\*{1,2})(?=[^\s*])([^*\n]{1,120}?)(?<=[^\s*])\1(?![\w*])")
# a Markdown paste: a '# ' heading line, a '[text](target)' link or a whole bold line. (A page's visible text may
# write asterisks of its own — a blog's '*Sharks begin circling*' — which are its words, not markup.)
MARKDOWN_PASTE_RE = re.compile(r"^#{1,6} \S|\]\([^()\s]*\)|^\*\*[^*\n]+\*\*\s*$", re.M)


def is_markdown_paste(text: str) -> bool:
    return MARKDOWN_PASTE_RE.search(text) is not None


@rule("markdown_syntax", "markdown")
def markdown_syntax(doc: Doc) -> None:
    """Heading and quote markers, whole-line bold, a bold label opening a line and, in a Markdown paste, emphasis
    inside a line in kept Markdown lines (the words stay); an empty '>' line is markup only."""
    inline = any("*" in u.text for u in doc.units if u.rule is None) and is_markdown_paste(doc.text)
    for u in doc.units:
        if u.rule is None:
            t = u.text.strip()
            if t == ">":  # an empty line of a '> ' block (between an embedded post's text and its signature)
                doc.remove(u, "markdown_syntax")
                continue
            if t[:1] in MARKUP_STARTS:  # (else none of the line-start regexes can match: most lines)
                t = HEADING_RE.sub("", t)
                m = BOLD_RE.match(t)
                t = m.group(2) if m else BOLD_LABEL_RE.sub(r"\2", t)
            u.text = INLINE_EMPHASIS_RE.sub(r"\2", t) if inline and "*" in t else t


FRONT_KEY_RE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*)$")


FRONT_ITEM_RE = re.compile(r"^\s*-\s+(?P<value>\S.*)$")
URL_VALUE_RE = re.compile(r"^https?://\S+$")


def _front_value(value: str) -> str:
    """A front-matter value without its YAML quotes and a wiki link's brackets ('"[[Name]]"' → 'Name')."""
    v = value.strip().strip("\"'").strip()
    return v[2:-2].strip() if v.startswith("[[") and v.endswith("]]") else v


@rule("front_matter", "metadata")
def front_matter(doc: Doc) -> None:
    """A YAML front-matter block ('---' ... '---') at the top of a Markdown paste: its title, date, author,
    source and url are metadata; the block is not article text."""
    units = doc.units
    if not units or units[0].text.strip() != "---":
        return
    end = next((i for i, u in enumerate(units[1:60], 1) if u.text.strip() == "---"), None)
    if end is None:
        return
    fields: dict[str, str] = {}
    key = ""
    for u in units[1:end]:
        m = FRONT_KEY_RE.match(u.text.strip())
        if m:
            key = m["key"].lower()
            fields[key] = _front_value(m["value"])
        elif key and (item := FRONT_ITEM_RE.match(u.text)):  # a YAML list under its key ('author:' / '  - "[[A]]"')
            fields[key] = ", ".join(v for v in (fields.get(key, ""), _front_value(item["value"])) if v)
    for u in units[: end + 1]:
        doc.remove(u, "front_matter")
    if fields.get("title"):
        doc.hints["title"] = _headline_under(units[end + 1 : end + 40], collapse(fields["title"]))
    for key in ("date", "published", "pubdate"):
        found = find_date(fields.get(key, ""))
        if found:
            doc.hints.setdefault("dates", []).append((0, "published", found[1]))
            break
    for key in ("author", "authors", "byline"):
        if fields.get(key) and not fields[key].lower().endswith("staff"):
            doc.hints["authors"] = [a.strip() for a in re.split(r",|;| and ", fields[key]) if a.strip()]
            break
    for key in ("source", "outlet", "publication", "site"):
        if fields.get(key) and not URL_VALUE_RE.match(fields[key]):
            doc.hints["source_prefix"] = fields[key]
            break
    # (a web clipper's 'source:' is the address; a newsletter platform's export names it 'canonical_url:')
    url_keys = ("url", "link", "original_url", "canonical", "canonical_url", "permalink", "web_url", "post_url")
    for key in (*url_keys, "source"):
        if fields.get(key, "").startswith("http"):
            doc.hints["url"] = fields[key]
            break


# 'Issue 88: Headline', 'Newsletter — Headline', 'Outlet | Headline': a label before the headline in the front
# matter's title
FRONT_TITLE_LABEL_RE = re.compile(r"[:|–—-]\s*$")


def _headline_under(units: list[Unit], title: str) -> str:
    """The front matter's title, or the '# ' headline under the block when the title is that headline with a label
    before it ('Issue 88: The ferry …' over '# The ferry …': a newsletter platform's export)."""
    head = next((u.text.strip()[2:].strip() for u in units if u.rule is None and u.text.startswith("# ")), "")
    if len(head) >= 12 and title != head and title.endswith(head) and FRONT_TITLE_LABEL_RE.search(title[: -len(head)]):
        return head
    return title
