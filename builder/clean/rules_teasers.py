"""Other articles and the page around the article: related links, teasers, feeds, comments, author bios."""

from __future__ import annotations

import re

from builder.clean.doc import Doc, Unit, boxes_under_headings
from builder.clean.ruler import rule
from builder.clean.text import AnyBranch, ends_sentence, headline_like, is_prose, nwords

RELATED_RE = AnyBranch(
    r"^\W*(?:related(?:\s+(?:article|story|stories|articles|content|coverage|reading|reporting|news|links?|posts?|topics?|tags?|video))?|further\s+reading|"
    r"read\s+(?:more|also|next|this|the\s+latest)|keep\s+reading|see\s+also|also\s+read|also\s+see|more\s+(?:on|about|from)\s+this(?:\s+(?:story|topic|subject|issue))?|"
    r"recommended(?:\s+(?:for\s+you|reading|stories))?|also\s+in\s+this\s+(?:issue|edition)|catch\s+up(?:\s+on\s+this\s+story)?|background\s+reading|watch|listen|more|must\s+read|don['’]t\s+miss|you\s+(?:may|might)\s+also\s+(?:like|enjoy|be\s+interested\s+in)|explore\s+more|keep\s+exploring|"
    # 'Elsewhere today: Headline' (the site's other stories of the day)
    r"elsewhere(?:\s+(?:today|this\s+week|on\s+the\s+site))?|"
    # 'Also making news: Headline', 'Making headlines today: …'
    r"(?:also\s+)?making\s+(?:news|headlines)(?:\s+today)?|"
    r"you\s+(?:may|might)\s+have\s+missed|worth\s+a\s+(?:look|read|listen|watch)|worth\s+your\s+time|"
    r"go\s+deeper|dig\s+deeper|in\s+depth|"  # 'Go deeper: How the dam became …'
    r"leia\s+(?:também|mais)|lesen\s+sie\s+auch|mehr\s+zum\s+thema|leggi\s+anche|baca\s+juga|читайте\s+также|"
    r"lire\s+aussi|à\s+lire\s+aussi|lea\s+también|tags?|topics?|filed\s+under|categories|category|"
    # 'From our newsroom: Headline', 'Also from our newsroom: …', 'Topics in this essay: …'
    r"(?:(?:more|also)\s+)?from\s+(?:our|the)\s+(?:newsroom|archives?)|topics\s+in\s+this\s+(?:essay|article|story|piece|report)|"
    # 'read also' in other languages: Spanish, Italian, German, French, Portuguese, Dutch, Polish, Ukrainian
    r"(?:también\s+)?te\s+puede\s+interesar|lee\s+también|potrebbe\s+interessarti|auch\s+interessant|"
    r"(?:à\s+)?lire\s+également|veja\s+também|lees\s+ook|czytaj\s+(?:także|też)|читайте\s+також)(?:\s*[:»›|>]|\s*-(?=\s)|\s+-)\s*\S|"
    # a live page's end note with the follow-up's headline: '(This live coverage has ended.) Read our full report: …'
    r"^\W*(?:this\s+live\s+(?:coverage|blog|page)\s+has\s+(?:now\s+)?ended\.?\s+)?"
    r"read\s+(?:our|the)\s+full\s+(?:report|story|article|coverage)\s*:\s*\S|"
    # 'Also on example.com Headline', '(Read also on: Headline)', 'More from Outlet: ...'
    r"^\W*(?:also\s+on|more\s+(?:on|from))\s+(?:[\w-]+\.)+[a-z]{2,10}\s+\S|"
    # 'Also on the Gazette: Headline', 'Also in The Echo: …', 'More from the Echo: …' (the outlet's name,
    # capitalised, then a colon)
    # ('Coming up on the Courier: Headline…', 'Next on the Echo: …', 'Further reading from the Examiner: …',
    # 'Elsewhere in the Chronicle: …')
    # ('Up next on Circuitry: …')
    r"^\W*(?:also\s+(?:on|in|from)|elsewhere\s+(?:on|in)|more\s+from|coming\s+up\s+(?:on|in)|(?:up\s+)?next\s+(?:on|in)|"
    # ('More from the Chronicle's arts desk: …': the outlet's desk or section after its possessive)
    r"further\s+reading\s+(?:on|in|from))\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}"
    r"(?:(?<=[’']s)(?:\s+(?-i:[a-z])[\w-]*){1,3})?\W*:\W*\s*\S|"
    # 'From the Herald's opinion pages: Headline', 'From our business desk: …' (the outlet's or 'our' section, then a
    # colon and another article's headline)
    r"^\W*(?:(?:more|also)\s+)?from\s+(?:our|(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}(?:pages?|section|desk|archives?|columnists?|newsroom|team)\s*:\s*\S|"
    r"^\((?:read\s+also|see\s+also|leggi\s+anche|leia\s+também|lire\s+aussi|lea\s+también)(?:\s+\w+){0,2}\s*:[^()]{3,200}\)$|"
    # a link to a document with its file type and size: 'Download the full report (PDF, 412KB)', 'Read the
    # judgment (PDF)'
    r"^\W*(?:download|read|view|open|see)\s+(?:the\s+|our\s+|this\s+)?(?:[\w'’-]+\s+){0,4}?[\w'’-]+\s*"
    r"\((?:pdf|docx?|xlsx?|csv|odt)\b[^()]{0,20}\)\W*$|"
    # a print's pointer to another page: 'Inside: Headline — Business, page 6', 'Also inside: …, p. 12'
    r"^\W*(?:also\s+|more\s+|see\s+)?inside\s*[:»›|]\s*\S.*[,—–-]\s*(?:[A-Z][\w&'’ ]{0,30},\s*)?"
    r"(?:pages?|p\.)\s*\d{1,3}\W*$|"
    # a column's teaser: the genre, a dot or bar, the columnist and a colon ('Opinion · Name Surname: Headline.')
    r"^\W*(?-i:Opinion|OPINION|Comment|COMMENT|Column|Analysis|ANALYSIS|Editorial|Letters?|Podcast|Essay|Review)\s*[·•|]\s*"
    r"(?-i:[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|van|von|de|der|den|al|el|da|di|du|la|le|ten|ter)){1,3})\s*:\s+\S",
    re.I,
)


# the article's sentence after a label-like opening: 'Catch up: it is the word on every placard …', 'Also on Wednesday:
# the operator said it had added …' — a lower-case clause of a dozen words or more that ends a sentence (a related
# link's label is followed by another article's headline: a capital, and no full stop at its end)
LABELLED_SENTENCE_RE = re.compile(r"^[^:]{2,40}:\s+(?-i:[a-z])[^:]*?(?:\s\S+){11,}.*[.!?][\"”’']?\s*$", re.I)


# a paragraph that opens a quotation and attributes it after the closing mark ('“From the archive - all nine
# kilometres of shelving - not one box will be left behind,” the archivist said.'): someone's words, not a link's label
QUOTED_SPEECH_RE = re.compile(
    r"^\s*[“\"][^”\"]{10,}[,.!?]?[”\"]\s*,?\s+(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}|he|she|they|"
    r"the\s+[\w'’ -]{2,40}?)\s+"
    r"(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|explained|explains)\b",
    re.I,
)


@rule("related_link", "teasers")
def related_link(doc: Doc) -> None:
    """'Related article: ...', 'Read more: ...', 'See also: ...', 'Tags: ...' lines. Not the article's own sentence
    after a label-like opening ('Catch up: it is the word …', 'Also on Wednesday: the operator said …')."""
    for u in doc.units:
        if (
            u.rule is None
            and len(u.text) < 400
            and RELATED_RE.search(u.plain)
            and not LABELLED_SENTENCE_RE.match(u.plain)
            and not QUOTED_SPEECH_RE.match(u.plain)
        ):
            doc.remove(u, "related_link")


CALENDAR_WORD_RE = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|"
    r"October|November|December"
)
ELLIPSIS_END_RE = re.compile(r"(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*$")


def _prose_follows(units: list, k: int) -> bool:
    """Whether the next unit after ``k`` is a kept prose paragraph (eight words or more, ending a sentence) that
    names someone the blurb names: the article going on under its own question subheading, not another article's
    teaser (which a feed, a form or the page's end follows)."""
    if k + 1 >= len(units):
        return False
    v = units[k + 1]
    t = v.text.rstrip()
    if v.rule is not None or len(t.split()) < 8 or not SENTENCE_END_RE.search(t[-3:] + " "):
        return False
    names = set(re.findall(r"\b[A-Z][a-z]{2,}\b", units[k].text[1:]))
    if any(w in names for w in re.findall(r"\b[A-Z][a-z]{2,}\b", t)):
        return True
    # or the blurb names a person or place the article's prose above its headline names (a proper noun: a word the
    # kept text never writes in lower case, no day or month): the article's own question subheading over a paragraph
    # that ends in '...' ('Maravelli-Boyd has offered … if anyone wants the domain...'), the article going on below
    lower = {w for u in units if u.rule is None for w in re.findall(r"\b[a-z]{3,}\b", u.text)}
    above = {
        w
        for u in units[: max(k - 1, 0)]
        if u.rule is None and len(u.text.split()) >= 8
        for w in re.findall(r"\b[A-Z][a-z]{2,}\b", u.text)
    }
    blurb = set(re.findall(r"\b[A-Z][a-z]{2,}\b", units[k].text))
    return any(w.lower() not in lower and not CALENDAR_WORD_RE.fullmatch(w) for w in blurb & above)


@rule("teaser", "teasers")
def teaser(doc: Doc) -> None:
    """Another article's teaser: a headline line followed by a blurb cut off with '…'."""
    units = doc.units
    for i in range(len(units) - 1):
        # a headline, at most one credit line ('Medically reviewed by ...'), a blurb cut off with '…'
        if i + 2 < len(units) and units[i + 1].rule is not None and units[i + 1].tag == "byline":
            a, b = units[i], units[i + 2]
        else:
            a, b = units[i], units[i + 1]
        if (
            b.rule is None
            and b.text.rstrip().endswith(("…", "...", "]"))
            and a.rule is None
            and headline_like(a.text)
            # (a question headline only over a blurb the page cut with '…' or '...': 'X: who pays for the levy?')
            and (
                not a.text.rstrip().endswith(("?", "!"))
                or (
                    b.text.rstrip().endswith(("…", "..."))
                    and len(a.text) <= 100
                    and not _prose_follows(units, units.index(b))
                )
            )
            and len(b.text) >= 80
            and ELLIPSIS_END_RE.search(b.text)
        ):
            doc.remove(a, "teaser")
            doc.remove(b, "teaser")
    # a run of three or more short lines cut off with '..' or '…': a list of other articles' titles
    run: list[int] = []
    for i, u in enumerate([*units, None]):
        if u is not None and u.rule is None and len(u.text) < 100 and u.text.rstrip().endswith(("..", "…")):
            run.append(i)
            continue
        if u is not None and u.rule is not None and run:
            continue  # removed lines (dates, labels) inside the list do not break it
        if len(run) >= 3:
            for k in run:
                doc.remove(units[k], "teaser")
        run = []


@rule("teaser_card", "teasers")
def teaser_card(doc: Doc) -> None:
    """A related-article card inside or after the article: its headline twice on consecutive lines (the image's alt
    text and the link), with the section label above it and a one-sentence blurb below. An article never repeats a
    headline-like line straight away; a sentence of prose closed by a full stop, twice, is the article's own paragraph
    pasted twice (a headline ends without one)."""
    units = doc.units
    kept = [i for i, u in enumerate(units) if u.rule is None]
    pairs = [
        (a, b)
        for a, b in zip(kept, kept[1:], strict=False)
        if 15 <= len(units[a].text) <= 200
        and units[a].text.strip() == units[b].text.strip()
        and not (units[a].prose and units[a].text.rstrip().rstrip('"”’)').endswith("."))
    ]
    if not pairs:
        return
    first = next((i for i in kept if len(units[i].text) >= 100 and units[i].prose), len(units))
    title = (doc.hints.get("title") or "").strip().lower()
    page_title = units[0].low.strip() if units else ""
    for a, b in pairs:
        ua, ub = units[a], units[b]
        head = ua.low.strip()
        if a < first or ua.rule is not None or head in (title, page_title) or page_title.startswith(head):
            continue  # the page's headline repeated above the article is the title rule's business
        doc.remove(ua, "teaser_card")
        doc.remove(ub, "teaser_card")
        if a > 0 and units[a - 1].rule is None:
            t = units[a - 1].text.strip()
            if len(t) <= 25 and nwords(t) <= 3 and not ends_sentence(t):
                doc.remove(units[a - 1], "teaser_card")  # the section label
        if b + 1 < len(units) and units[b + 1].rule is None:
            t = units[b + 1].text.strip()
            if len(t) <= 220 and ends_sentence(t) and len(SENTENCE_END_RE.findall(t)) <= 1:
                doc.remove(units[b + 1], "teaser_card")  # the blurb


SENTENCE_END_RE = re.compile(r"[.!?…][\"”’)]*(?:\s|$)")


# 'Comments are closed', 'Comments on this live blog are now closed', 'Comments are now closed for this story'; 'This
# page is not accepting comments', 'Commenting is switched off for this article'
_COMMENTS_CLOSED = (
    r"(?:comments\s+(?:(?:for|on)\s+this\s+(?:article|story|post|page|(?:live\s+)?blog|live\s+page)\s+)?are\s+(?:now\s+)?"
    r"(?:closed|switched\s+off|turned\s+off|disabled)(?:\s+(?:for|on)\s+this\s+(?:article|story|post|page|(?:live\s+)?blog|live\s+page))?|"
    r"this\s+(?:article|story|post|page|(?:live\s+)?blog|live\s+page)\s+is\s+(?:no\s+longer|not)\s+(?:accepting|open\s+for)"
    r"\s+comments|commenting\s+(?:has\s+been|is)\s+(?:now\s+)?(?:disabled|closed|switched\s+off|turned\s+off)"
    r"(?:\s+(?:for|on)\s+this\s+(?:article|story|post|page|(?:live\s+)?blog|live\s+page))?|"
    # "Comments aren't available on stories from our partners.", 'Comments are not available for this article'
    r"comments\s+(?:are\s+not|aren['’]t|are\s+un)\s*available(?:\s+(?:on|for)\s+(?:this\s+(?:article|story|post|page)|"
    r"(?:stories|articles|posts|content)\s+(?:from|by)\s+(?:our\s+)?(?:partners?|agenc(?:y|ies)|wire\s+services?)|"
    r"(?:partner|syndicated|agency|wire)\s+(?:stories|articles|content)))?)"
)
TAIL_RE = re.compile(
    r"^\W*(?:news\s+feed|more\s+news|editors['’]?\s+picks?|"
    r"most\s+(?:popular|read|viewed|shared|emailed|commented)(?:\s+(?:in|on|from|articles|stories|news)\b.*)?|"
    r"(?:more|other|latest|newest|top|trending|popular|recommended|related|similar|recent)\s+(?:news|stories|articles|posts|videos|"
    r"reads|from\s+\S.*|in\s+\S.*|on\s+\S.*|headlines)(?:\s+(?:in|from|on)\s+\S.*)?|"
    r"related(?:\s+(?:articles?|stories|posts|content|coverage|news|reading|tags|topics|links))?|(?:more\s+)?you\s+(?:may|might)\s+(?:also\s+)?like|"
    r"(?:you\s+)?may\s+also\s+(?:like|interest\s+you)|we\s+recommend|recommended(?:\s+for\s+you)?|read\s+next|what\s+to\s+read\s+next|"
    r"trending(?:\s+now)?|popular\s+now|latest|latest\s+news|top\s+stories|in\s+case\s+you\s+missed\s+it|"
    r"around\s+the\s+web|from\s+(?:our|the)\s+partners|sponsored\s+(?:stories|links|content)|promoted\s+(?:stories|content)|"
    r"(?:top\s+rated\s+|all\s+|reader\s+)?comments?(?:\s+\(\d+\))?|leave\s+a\s+reply(?:\s+cancel\s+reply)?|you\s+may\s+like\s+these\s+posts|"
    r"post\s+navigation|also\s+check\s+out|want\s+more\s+stories\s+like\s+this\??|more\s+stories|more\s+articles|"
    r"вам\s+также\s+может\s+быть\s+интересно|добавить\s+комментарий.*|"
    r"explore\s+more\s+on\s+(?:these|this)\s+topics?|more\s+on\s+this\s+story|related\s+topics|top\s+stories|"
    r"elsewhere\s+on\s+\S.*|features|most\s+viewed|"
    r"more\s+great\s+\w+\s+stories|on\s+our\s+radar|further\s+reading|also\s+on\s+\S.*|"
    r"(?:\d+\s+)?comments?|leave\s+a\s+(?:comment|reply)|post\s+a\s+comment|add\s+a\s+comment|join\s+the\s+(?:conversation|discussion)(?:\s+\(\d+\))?|"
    r"log\s+in\s+to\s+comment|sign\s+in\s+to\s+comment|view\s+(?:the\s+)?(?:discussion|comments)(?:\s+thread)?\.?|"
    r"show\s+comments|load\s+more\s+comments|"
    rf"{_COMMENTS_CLOSED}|"
    r"discussion|reader\s+comments|(?:your|readers['’]?|reader)\s+reactions|"
    r"weitere\s+beiträge(?:\s+zum\s+thema)?|mais\s+lidas|leia\s+mais|veja\s+também|notícias\s+relacionadas|"
    r"artikel\s+terkait|berita\s+terkait|terpopuler|похожие\s+(?:новости|статьи)|другие\s+новости|관련\s*기사|많이\s+본\s+기사|関連記事)\W*$",
    re.I,
)


# a short sentence of the article that opens like a feed heading ('Trending in the wrong direction, again.'): a
# comma inside and a full stop, '!' or '?' at its end — a heading has neither
TAIL_SENTENCE_RE = re.compile(r"^[^,]{3,},\s.*[a-z][.!?][\"”’]?$")


STRONG_TAIL_RE = re.compile(
    r"^\W*(?:news\s+feed|more\s+news|editors['’]?\s+picks?|our\s+picks|latest\s+(?:news|headlines)|more\s+headlines|top\s+stories|just\s+in|"
    r"(?:fresh\s+|hot\s+|latest\s+)?(?:off|from)\s+the\s+wires?|"  # 'Fresh off the wire' over a feed's timed items
    r"live\s+wire|news\s?wire|wire\s+feed|"  # a feed's brand over its timed items: 'Live Wire'
    r"trending\s+in\s+[A-Z]\w*(?:\s+[A-Z&]\w*)?|"
    r"most\s+(?:popular|read|viewed|shared|emailed|commented)(?:\s+(?:in|on|from|articles|stories|news)\b.*)?|"
    r"(?:top\s+rated\s+|all\s+|reader\s+|\d+\s+)?comments?(?:\s+\(\d+\))?|leave\s+a\s+(?:comment|reply).*|post\s+navigation|"
    r"you\s+may\s+(?:also\s+)?like.*|(?:you\s+)?may\s+also\s+(?:like|interest\s+you)|log\s+in\s+to\s+comment|join\s+the\s+(?:conversation|discussion)(?:\s+\(\d+\))?|"
    r"добавить\s+комментарий.*|вам\s+также\s+может\s+быть\s+интересно|want\s+more\s+stories\s+like\s+this\??)\W*$",
    re.I,
)
MORE_OUTLET_RE = re.compile(r"^More\s+(?:from\s+)?[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,3}$")
# an aggregator app's pointer at the end of its copy: 'Read full story at The Outlet', 'Continue reading on Outlet'
READ_AT_OUTLET_RE = re.compile(
    r"^(?i:read\s+(?:the\s+)?full\s+(?:story|article|report)|continue\s+reading)\s+(?i:at|on|in)\s+"
    r"(?:[Tt]he\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4}$"
)


COMMENTS_RE = re.compile(
    r"^\W*(?:(?:top\s+rated\s+|all\s+|reader\s+|\d+\s+)?comments?(?:\s+\(\d+\))?|leave\s+a\s+(?:comment|reply).*|"
    r"log\s+in\s+to\s+comment|sign\s+in\s+to\s+comment|join\s+the\s+(?:conversation|discussion)(?:\s+\(\d+\))?|post\s+a\s+comment|"
    r"add\s+a\s+comment|no\s+comments\s+yet.*|(?:your|readers['’]?|reader)\s+reactions|"
    # a comments heading worded as an invitation, with its count: 'Talk about this (58)', "Readers' views (17)"
    r"(?:talk\s+about\s+this|have\s+your\s+say|readers['’]?\s+views|what\s+readers\s+think)\s*\(\d[\d,.]*\)|"
    rf"{_COMMENTS_CLOSED}\.?|"
    r"добавить\s+комментарий.*|kommentare?|comentários?|commenti|komentar|"
    r"lascia\s+un\s+commento.*|deixe\s+(?:um\s+)?(?:seu\s+)?comentário.*|deja\s+(?:un|tu)\s+comentario.*|"
    r"laisser\s+un\s+commentaire.*|kommentar\s+(?:schreiben|verfassen).*|tinggalkan\s+(?:balasan|komentar).*|"
    r"you\s+must\s+be\s+logged\s+in\s+to\s+post\s+a\s+comment\.?|devi\s+essere\s+connesso\s+per\s+inviare\s+un\s+commento\.?|"
    r"\d+\s+(?:thoughts?|responses?|replies)\s+(?:on|to)\s+.*)\W*$",
    re.I,
)


COMMENT_NOTICE_RE = re.compile(
    r"\b(?:comments?|comentários?|comentarios?|commenti|kommentare?|commentaires?)\b.{0,120}\bmodera|"
    r"\bmodera\w*\b.{0,40}\b(?:all\s+)?(?:comments?|comentários?|comentarios?|commenti|kommentare?|commentaires?)\b",
    re.I,
)


LIST_LABEL_RE = re.compile(
    r"^\W*(?:don['’]t\s+miss|must\s+reads?|more\s+on\s+this(?:\s+story)?|see\s+also|also\s+read|read\s+also|"
    r"read\s+more|related\s+(?:articles?|stories|coverage)|recommended\s+reading|background\s+reading|more\s+stories)\W*$",
    re.I,
)
TAG_END_RE = re.compile(r"\s\[[A-Z][A-Z ]{1,20}\]$")  # 'Headline [INSIGHT]', 'Headline [VIDEO]'
SENTENCE_INSIDE_RE = re.compile(r"[.!?][\"”’']?\s+\S")


def _ends_period(text: str) -> bool:
    """Ends with a full stop, inside closing quotes or not (a headline may end with a quote mark)."""
    return text.rstrip().rstrip("'’\"”»").endswith((".", ";", ":"))


def _kicker(text: str) -> bool:
    """A teaser's all-capitals label line: 'TIME TRAVELLER', '‘NAÏVE AND TRUSTING’'."""
    t = text.strip()
    return 3 <= len(t) <= 50 and nwords(t) <= 6 and t.upper() == t and t.lower() != t and not _ends_period(t)


@rule("teaser_list", "teasers")
def teaser_list(doc: Doc) -> None:
    """Lists of other articles' headlines: a 'Don't miss' / 'More on this story' label or a feed
    heading and the headlines under it, headlines tagged '[INSIGHT]', and runs of label-and-headline pairs
    ('TIME TRAVELLER' / 'Conspiracy theorists say ...'). An article's own subheading is followed by
    a paragraph, not by a headline, so it is never taken."""
    units = doc.units
    n = len(units)
    for i, u in enumerate(units):
        t = u.plain.strip()
        # the label, or a feed heading ('Trending News', 'Most read') feed_tail has taken already
        if len(t) <= 40 and (LIST_LABEL_RE.match(t) or u.tag.startswith("barrier")):
            if u.rule is None:
                doc.remove(u, "teaser_list")
            for v in units[i + 1 : i + 9]:
                if v.rule is not None:
                    continue
                head = v.text.rstrip().removesuffix("...").removesuffix("…")  # a headline cut to fit its box
                if not headline_like(head) or _ends_period(head):
                    break
                doc.remove(v, "teaser_list")
        elif (
            u.rule is None
            and t.endswith("]")  # (TAG_END_RE ends there: no scan of a paragraph for it)
            and TAG_END_RE.search(t)
            and headline_like(t)
            and not SENTENCE_INSIDE_RE.search(t)
        ):
            doc.remove(u, "teaser_list")  # a headline alone on its line, not a sentence with a tag after it
    # another article's headline in capitals between two paragraphs (a link the site drops in the text)
    kept = [u for u in units if u.rule is None]
    for a, u, b in zip(kept, kept[1:], kept[2:], strict=False):
        t = u.plain.strip()
        if (  # (cheapest tests first: a paragraph fails on its full stop)
            len(t) <= 200
            and not _ends_period(t)
            and t.upper() == t
            and t.lower() != t
            and nwords(t) >= 6
            and is_prose(a.text)
            and is_prose(b.text)
            and a.text.upper() != a.text
        ):
            doc.remove(u, "teaser_list")
    # label-and-headline pairs, two or more in a row
    i = 0
    while i + 3 < n:
        j = i
        while (
            j + 1 < n
            and units[j].rule is None
            and units[j + 1].rule is None
            and _kicker(units[j].text)
            and headline_like(units[j + 1].text)
            and not _ends_period(units[j + 1].text)
            and not _kicker(units[j + 1].text)
        ):
            j += 2
        if j - i >= 4:
            for v in units[i:j]:
                doc.remove(v, "teaser_list")
            i = j
        else:
            i += 1


COUNTED_COMMENTS_RE = re.compile(r"^\W*(?:\d[\d,.]*\s+comments?|comments?\s*\(\d[\d,.]*\))\W*$", re.I)
COMMENT_BUTTON_RE = re.compile(r"^\W*(?:leave|post|add|write)\s+a\s+comment\W*$", re.I)


# a letters section's call for letters, under its heading after a news story: 'Write to: Letters, Outlet, 4 Corn Street
# …', 'Send your letters to …', 'Email letters to …', 'Letters to the editor: …'
LETTERS_CALL_RE = re.compile(
    r"^\W*(?:write\s+to(?:\s+us)?\s*:|(?:send|e-?mail)\s+(?:us\s+)?(?:your\s+)?letters?\b|letters?\s+(?:to|for)\s+"
    r"(?:the\s+)?editor\s*:)",
    re.I,
)


def _letters_section(doc: Doc) -> None:
    """A letters section set after the article on a printed page ('POSTBAG' / 'Write to: Letters, Outlet, …' / the
    letters, each signed 'Name, Town'): other items on the page, not the article. The call for letters (and the heading
    right above it, short and no sentence) ends the article, as a comments heading does; only after two article
    paragraphs, so a page that is all letters keeps them."""
    units = doc.units
    for k, u in enumerate(units):
        if u.rule is not None or len(u.text) > 300 or "letter" not in u.low or not LETTERS_CALL_RE.match(u.plain):
            continue
        if sum(1 for v in units[:k] if v.rule is None and is_prose(v.text)) < 2:
            continue
        h = next((v for v in reversed(units[:k]) if v.rule is None), None)
        if h is not None and len(h.text) <= 40 and not _ends_period(h.text) and not is_prose(h.text):
            doc.remove(h, "feed_tail")
        u.tag = "barrier_comments"
        doc.remove(u, "feed_tail")


@rule("feed_tail", "teasers")
def feed_tail(doc: Doc) -> None:
    """Feed, related-links and comments headings: removed and marked for main_text. A comments heading
    ends the article; a feed heading ('News Feed', 'Most Popular') is a barrier the article does not cross. A call to
    comment ('Leave a comment') above a counted comments heading ('14 Comments') further down is a button inside the
    post (a newsletter platform's): removed, but the article goes on after it."""
    last_count = max(
        (k for k, u in enumerate(doc.units) if len(u.text) <= 40 and COUNTED_COMMENTS_RE.match(u.plain)), default=-1
    )
    for k, u in enumerate(doc.units):
        if len(u.text) <= 240 and u.rule is None and "moderat" in u.low and COMMENT_NOTICE_RE.search(u.text):
            u.tag = "barrier_comments"  # 'Comments are moderated ...': the comment form's notice
            doc.remove(u, "feed_tail")
            continue
        if len(u.text) > 80:
            continue
        p = u.plain
        if k < last_count and COMMENT_BUTTON_RE.match(p):
            doc.remove(u, "feed_tail")
        elif COMMENTS_RE.match(p):
            u.tag = "barrier_comments"
        elif STRONG_TAIL_RE.match(p):
            u.tag = "barrier_strong"
        elif (
            (TAIL_RE.match(p) and not TAIL_SENTENCE_RE.search(p))
            or MORE_OUTLET_RE.match(p)
            or READ_AT_OUTLET_RE.match(p)
        ):
            u.tag = "barrier"
        else:
            continue
        doc.remove(u, "feed_tail")
    _letters_section(doc)


# ('###' also spaced, '# # #')
RELEASE_END_RE = re.compile(r"^(?:#(?:\s?#){2}|-\s?30\s?-|-?\s?ENDS\s?-?|Ends)$")
RELEASE_BACK_RE = re.compile(
    # 'Notes to editors', 'Note for news desks', "Editors' notes"
    r"^\W*(?:about\s+(?:the\s+)?[A-Z]|(?:media|press)\s+(?:contact|enquiries|inquiries)|"
    r"notes?\s+(?:to|for)\s+(?:editors|(?:the\s+)?(?:news\s*)?desks?)|editor(?:s['’]?|['’]s)\s+notes?|"
    r"for\s+more\s+information)",
    re.I,
)


@rule("release_tail", "teasers")
def release_tail(doc: Doc) -> None:
    """A press release's end mark ('###', '-30-', 'ENDS') followed by its back matter ('About the Office …',
    'Media contact:', 'Notes to editors'): the mark and everything after it are the issuer's boilerplate."""
    units = doc.units
    for i, u in enumerate(units):
        if u.rule is not None or len(u.text) > 8 or not RELEASE_END_RE.match(u.text.strip()):
            continue
        after = [v for v in units[i + 1 :] if v.rule is None]
        if not after or not RELEASE_BACK_RE.match(after[0].plain):
            continue
        doc.remove(u, "release_tail")
        for v in after:
            doc.remove(v, "release_tail")
        return


# a name in an author's bio line: one to four capitalised words (the outlet's possessive also 'Outlet News' …').
# The role may come without an article when an outlet
# follows ('Name is transport correspondent at The Outlet')
_BIO_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]+){0,3}"
BIO_RE = re.compile(
    rf"^(?!(?:He|She|It|They|This|That|There|We|You)\b)(?P<name>{_BIO_NAME})(?P<contact>\s+\((?:@\w+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\))?\s+(?:is|was|has\s+been)\s+(?:(?:a|an|the|our|(?:The\s+)?(?:(?:[A-Z][\w-]+|&)\s+){{0,3}}[A-Z][\w-]+(?:['’]s|(?<=s)['’]))\s+|(?=(?:[a-z][\w-]*\s+){{0,3}}(?:correspondent|reporter|writer|editor|journalist|columnist)\s+(?:at|for|with|of)\s))[^.]{{0,120}}?"
    # (the role in capitals too: 'Name is an LA Entertainment Reporter for The Outlet.'; without an article before
    # it, 'at'/'for'/'with'/'of' after it: 'Name is processing editor of The Outlet.')
    r"\b(?i:correspondent|reporter|writer|editor|journalist|columnist|contributor|author|analyst|producer|fellow|"
    r"chief|bureau|staff)\b",
)
# 'Name covers trade for the Ledger.' / 'Name reports on ... from Brussels.' (a byline author, or the page's last lines)
BIO_VERB_RE = re.compile(
    rf"^(?P<name>{_BIO_NAME})\s+(?:covers|reports\s+on|writes\s+(?:about|on)|has\s+(?:covered|reported\s+on|written\s+about))\s"
)
# a byline author's bio in any role (an op-ed's guest author: 'Name is the member of parliament for X and …');
# only for a name the byline gave
BIO_AUTHOR_RE = re.compile(rf"^(?P<name>{_BIO_NAME})\s+(?:is|was|has\s+been)\s+(?:a|an|the)\s+[^.]{{3,160}}\.")
# a byline author who edits the publication: 'Name edits Field Notes and counts moths.', 'Name edits the Review.'
# (a named title after the verb; only for a name the byline gave)
BIO_EDITS_RE = re.compile(rf"^(?P<name>{_BIO_NAME})\s+(?:edits|co-edits|produces|presents)\s+(?:the\s+|our\s+)?[A-Z]")
# Two byline authors' shared bio: 'A and B are The Outlet's correspondents in Geneva.'
BIO_PAIR_RE = re.compile(
    rf"^(?P<a>{_BIO_NAME})\s+and\s+(?P<b>{_BIO_NAME})\s+(?:are|were|have\s+been)\s+(?:the|our|(?:The\s+)?(?:[A-Z][\w-]+\s+){{0,3}}[A-Z][\w-]+['’]s)\s+[^.]{{0,80}}?"
    r"\b(?:correspondents|reporters|writers|editors|journalists|columnists|contributors|authors|analysts|producers)\b"
)
# two byline authors' shared bio by its verb: 'A and B report on the coast for the Post.', 'A and B cover courts.'
BIO_PAIR_VERB_RE = re.compile(
    rf"^(?P<a>{_BIO_NAME})\s+and\s+(?P<b>{_BIO_NAME})\s+(?:cover|report\s+on|write\s+(?:about|on))\s"
)
# a columnist's slot: 'Name's transport column appears every Monday.' (a byline author's)
COLUMN_SLOT_RE = re.compile(
    rf"^(?P<name>{_BIO_NAME})['’]s\s+(?:[\w-]+\s+){{0,3}}(?:column|newsletter|diary|podcast)\s+"
    r"(?:appears|runs|is\s+published|is\s+out)\s+(?:every|each|on)\s"
)
# the byline authors' reporting places: 'A reported from Orlen, B from Geneva.' / 'A reported from X and B from Y.'
REPORTED_FROM_RE = re.compile(
    rf"^(?P<a>{_BIO_NAME})\s+reported\s+from\s+[^,.;]{{1,40}}?"
    rf"(?:(?:,|;|\s+and)\s+(?P<b>{_BIO_NAME})\s+(?:reported\s+)?from\s+[^,.;]{{1,40}})?\.?$"
)
SELF_BIO_RE = re.compile(
    r"^I\s+am\s+an?\s+(?:[\w-]+,?\s+){0,6}?(?:writer|journalist|reporter|editor|columnist|author|freelancer)\b"
)
ABOUT_RE = re.compile(
    r"^(?:about\s+the\s+authors?|about\s+(?-i:[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)|über\s+(?:den\s+autor|die\s+autorin|[A-Z]\w+\s+[A-Z]\w+)|sobre\s+(?:o\s+autor|[A-Z]\w+\s+[A-Z]\w+)|"
    r"à\s+propos\s+de\s+l['’]auteur|author\s+bio|the\s+author)\W*$",
    re.I,
)

# a bio's label glued before it: 'The writer: Name covers …', 'About the author: Name is …'
BIO_LABEL_RE = re.compile(r"^(?:about\s+the\s+(?:author|writer)|the\s+(?:author|writer))\s*:\s+(?=[A-ZÀ-ÖØ-Þ])", re.I)


def _under_entry_time(v: Unit) -> bool:
    """Whether ``v`` (the line above) is a kept live-blog entry time ('17:25 BST', '28 Nov 2026, 19:04 CET')."""
    from builder.clean.rules_region import TIMESTAMP_RE

    return v.rule is None and (v.tag == "entry_time" or bool(TIMESTAMP_RE.match(v.text.strip())))


def _article_goes_on(units: list, i: int) -> bool:
    """Whether a kept prose paragraph (eight words or more, ending a sentence) follows unit ``i`` before a feed or
    comments heading: the author named inside the article ('Name is the only reporter in the chamber …' in a live
    entry), not the bio after it."""
    for v in units[i + 1 :]:
        if v.tag is not None and v.tag.startswith("barrier"):
            return False
        t = v.text.rstrip()
        if v.rule is None and len(t.split()) >= 8 and t[-1:] in '.!?"”’':
            return True
    return False


@rule("author_bio", "teasers")
def author_bio(doc: Doc) -> None:
    """Author bios: 'Name is the Post's diplomatic correspondent...' (a byline author), 'About the author' blocks."""
    authors = set(doc.hints.get("authors", [])) | set(doc.hints.get("bare_authors", []))
    authors |= {doc.hints["bare_author"]} if "bare_author" in doc.hints else set()
    author_starts = tuple(authors)
    given = {a.split()[0] for a in authors if " " in a}  # 'Julius is an LA Entertainment Reporter …' for Julius Young
    units = doc.units
    n = len(units)
    for i, u in enumerate(units):
        if u.rule is not None:
            continue
        t = u.plain
        if "**" in t or "__" in t:
            t = t.replace("**", "").replace("__", "")  # a markdown bio with the names in bold ('**Name** is …')
        if lab := BIO_LABEL_RE.match(t):
            t = t[lab.end() :]  # 'The writer: Name covers …', 'About the author: Name is …'
        m = BIO_RE.match(t)
        if m is None and (i >= n - 3 or (author_starts and t.startswith(author_starts))):
            m = BIO_VERB_RE.match(t)  # 'Name covers ...': only a byline author's, or in the page's last lines
        if m is None and authors and t.startswith(author_starts) and not _article_goes_on(units, i):
            m = BIO_AUTHOR_RE.match(t)  # 'Name is the member of parliament for …': a byline author's bio, any role
        if m is None and authors and t.startswith(author_starts) and not _article_goes_on(units, i):
            m = BIO_EDITS_RE.match(t)  # 'Name edits Field Notes …': the byline author editing the title
        bio = m and (
            m["name"] in authors
            or (m["name"] in given and m.re is BIO_RE)
            or m.groupdict().get("contact")
            or i >= n - 3
        )
        if bio and i and _under_entry_time(units[i - 1]):
            bio = False  # a live entry's text under its time: the author named in the article, not the bio
        if not bio and (pair := BIO_PAIR_RE.match(t)):
            bio = {pair["a"], pair["b"]} <= authors  # both named in the byline
        if not bio and (pair := BIO_PAIR_VERB_RE.match(t)):
            bio = {pair["a"], pair["b"]} <= authors
        if not bio and (slot := COLUMN_SLOT_RE.match(t)):
            bio = slot["name"] in authors
        if not bio and (where := REPORTED_FROM_RE.match(t)):
            bio = {where["a"], where["b"] or where["a"]} <= authors
        if (bio or (t[:1] == "I" and SELF_BIO_RE.match(t))) and len(t) < 600:
            if bio and m is not None and " " in m["name"]:
                doc.hints.setdefault("bio_authors", []).append(m["name"])  # the byline's writer if there is none
            doc.remove(u, "author_bio")
        elif ABOUT_RE.match(t):
            doc.remove(u, "author_bio")
            for v in units[i + 1 : i + 3]:
                if v.rule is None and len(v.text) < 600:
                    doc.remove(v, "author_bio")


SUMMARY_HEAD_RE = re.compile(
    r"^\W{0,2}(?:key\s+points|key\s+takeaways|key\s+facts|at\s+a\s+glance|in\s+brief|in\s+short|story\s+highlights|highlights|"
    r"the\s+short\s+version|tl;\s?dr|(?:match|race|game)\s+summary)\s*:?\s*$",
    re.I,
)
SUMMARY_ITEM = ("•", "- ", "* ", "– ", "▪", "►", "·")
# a box's second heading under its items, with one line under it: 'What's next?' / 'What happens next?' / 'What now?'
SUMMARY_NEXT_RE = re.compile(r"^\W{0,2}what(?:'s|’s|\s+is|\s+happens|\s+comes)?\s+(?:next|now)\s*[?:]?\s*$", re.I)


def _plain_items(units: list[Unit]) -> list[Unit]:
    """A box's items pasted without their bullets: two to five full sentences on lines right under each other
    (no blank line between; an article's paragraphs come apart), the block ending at a blank line."""
    items: list[Unit] = []
    for v in units:
        t = v.text.strip()
        if v.rule is not None or (items and v.gap) or not (t[:1].isupper() and t[-1:] in ".!?"):
            break
        items.append(v)
    nxt = units[len(items)] if len(items) < len(units) else None
    return items if 2 <= len(items) <= 5 and (nxt is None or nxt.gap) else []


@rule("summary_box", "teasers")
def summary_box(doc: Doc) -> None:
    """A summary box ('Key points', 'Key takeaways', 'At a glance') and its two or more bullet items: the outlet's
    digest of the article, like a standfirst, not the article's own paragraphs. Not a box the article's own sentence
    introduces with a colon ('… its first page is a box of findings, set out here:'): a report's summary it quotes."""
    units = doc.units
    for i, u in enumerate(units):
        if u.rule is not None or len(u.text) > 30 or not SUMMARY_HEAD_RE.match(u.plain):
            continue
        before = next((v for v in reversed(units[:i]) if v.rule is None), None)
        if before is not None and before.text.rstrip().endswith(":") and nwords(before.text) >= 8:
            continue
        items = []
        for v in units[i + 1 : i + 9]:
            if v.rule is not None or not v.text.lstrip().startswith(SUMMARY_ITEM):
                break
            items.append(v)
        if not items:
            items = _plain_items(units[i + 1 : i + 7])
        if len(items) >= 2:
            j = i + 1 + len(items)
            if j + 1 < len(units) and units[j].rule is None and SUMMARY_NEXT_RE.match(units[j].plain.strip()):
                nxt = units[j + 1]  # 'What's next?' and its one line: the box's second part
                if nxt.rule is None and len(nxt.text) < 300 and not nxt.gap:
                    items += [units[j], nxt]
            for v in (u, *items):
                doc.remove(v, "summary_box")


# a family-notice box's heading: 'FUNERAL ARRANGEMENTS', 'Funeral notice', 'Death notices', 'In memoriam'
NOTICE_HEAD_RE = re.compile(
    r"^\W*(?:funeral\s+(?:arrangements|notices?|details|service\s+details)|death\s+notices?|family\s+notices?|"
    r"in\s+memoriam)\W*$",
    re.I,
)
# a notice under it: the surname in capitals first ('TOLLIDAY Godric, peacefully …'), or the notice's own words
NOTICE_LINE_RE = re.compile(
    r"^\W*(?-i:[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)*),?\s+(?-i:[A-Z][a-z])|"
    r"\b(?:peacefully|suddenly|passed\s+away|family\s+flowers|donations\s+(?:if\s+desired|in\s+lieu|may\s+be)|"
    r"aged\s+\d{1,3}\b.*\b(?:service|funeral|cremation|interment)\b)",
    re.I,
)


@rule("family_notice", "teasers")
def family_notice(doc: Doc) -> None:
    """A family-notice box under an obituary or a report ('FUNERAL ARRANGEMENTS' / 'TOLLIDAY Godric, peacefully at
    home …, aged 88. Service at … Family flowers only; …'): the paper's classified notice, not the article. The
    heading stands alone on its line and at least one notice follows it right away (up to four)."""
    boxes_under_headings(doc, "family_notice", lambda u: len(u.text) <= 40 and bool(NOTICE_HEAD_RE.match(u.plain)),
                          lambda v: bool(NOTICE_LINE_RE.search(v.plain)), span=4, least=1, skip_removed=False)


# a calculator widget's heading alone on its line: 'MORTGAGE CALCULATOR', 'Your budget calculator', 'Stamp duty
# calculator'
CALC_HEAD_RE = re.compile(r"^\W*(?:your\s+|our\s+|the\s+)?(?:[\w'’-]+\s+){0,3}calculator\W*$", re.I)
# the widget's own lines: a form field with a figure ('Property price  £285,000', 'Term 25 years · Interest rate 4.6%'),
# an empty field ('Salary £ ______'), the button ('Calculate ›', 'Calculate again ›', 'Compare deals from 90+ lenders'),
# the prompt ('Enter your salary to see …') and the small print ('Figures are illustrative …', '… may be repossessed …')
CALC_PRINT_RE = re.compile(
    r"^\W*(?:enter|type|choose|select|move|drag|pick|add)\s+(?:your|the|a|an)\b|"
    r"\b(?:illustrative|for\s+illustration|repossessed|a\s+guide\s+only|not\s+(?:financial\s+)?advice)\b",
    re.I,
)
CALC_LINE_RE = re.compile(
    r"[£$€¥]\s?(?:\d|_{2,})|\d\s?%|_{3,}|^\W*(?:calculate|recalculate|compare|get\s+a\s+quote|work\s+it\s+out)\b|"
    + CALC_PRINT_RE.pattern,
    re.I,
)


@rule("calculator_widget", "teasers")
def calculator_widget(doc: Doc) -> None:
    """A calculator widget set in or around an article ('MORTGAGE CALCULATOR' / 'Property price £285,000' / 'Deposit
    £28,500 (10%)' / 'Calculate again ›' / 'Figures are illustrative only. Your home may be repossessed …'): the page's
    tool, not the article. The heading stands alone on its line; the widget is the run of lines right under it that are
    its fields (a figure with a currency or per cent sign, an empty field), its buttons, its prompt and its small print
    -- at least two of them. A live entry's time ('16:42') or an article's sentence ends the run."""
    boxes_under_headings(doc, "calculator_widget", lambda u: len(u.text) <= 40 and bool(CALC_HEAD_RE.match(u.plain)),
                          _calc_line, span=11, least=2, skip_removed=True)


def _calc_line(v: Unit) -> bool:
    t = v.text.strip()
    return len(t) <= 140 and bool(CALC_LINE_RE.search(t)) and (not is_prose(t) or _calc_small_print(t))


# a search widget's heading alone on its line: 'Find a school', 'Find your nearest GP', 'Search for a care home',
# 'Look up a school' (up to four words after the verb, no sentence punctuation)
SEARCH_HEAD_RE = re.compile(
    r"^\W*(?:find|search(?:\s+for)?|look\s+up|check)\s+(?:a|an|any|your|your\s+(?:local|nearest)|the\s+nearest)\s+"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,2}$",
    re.I,
)
# the widget's own lines: the prompt ('Look up any school's latest rating by name, town or postcode', 'Search by
# name or postcode'), the input with its button ('Enter a school name or postcode    Go') and the link under it
# ('See all schools within 5 miles ›')
SEARCH_LINE_RE = re.compile(
    r"\b(?:post\s?code|zip\s+code)\b|^\W*(?:enter|type|search\s+by|look\s+up\s+any)\b|"
    r"\s{2,}(?:go|search|find)\W*$|\bwithin\s+\d+\s+(?:miles?|km|kilomet(?:er|re)s)\b|^\W*(?:see|view|browse)\s+all\b.*[›»→>]\s*$",
    re.I,
)


@rule("search_widget", "teasers")
def search_widget(doc: Doc) -> None:
    """A search widget set in an article ('Find a school' / 'Look up any school's latest rating by name, town or
    postcode' / 'Enter a school name or postcode    Go' / 'See all schools within 5 miles ›'): the site's tool, not the
    article. The heading stands alone on its line; the widget is the run of lines right under it (no blank line
    between) that are its prompt, its input and button, and its links -- at least two of them, none a sentence."""
    boxes_under_headings(doc, "search_widget", lambda u: len(u.text) <= 40 and bool(SEARCH_HEAD_RE.match(u.plain)),
                          _search_line, span=5, least=2, skip_removed=True)


def _search_line(v: Unit) -> bool:
    t = v.text.strip()
    return v.gap <= 1 and len(t) <= 100 and not t.endswith((".", "!", "?")) and bool(SEARCH_LINE_RE.search(t))


# a market page's standing box heading, alone on its line and in capitals: 'MARKET REPORT', 'MART PRICES', 'AUCTION
# RESULTS', 'LIVESTOCK SALES'
MARKET_HEAD_RE = re.compile(r"^\W*(?:[A-Z]+\s+){0,2}(?:REPORT|PRICES|RESULTS|SALES?|ROUND-?UP)\W*$")
# its figure lines ('Furrowdale Mart, Tuesday: cull cows 148p/kg (top 171p), 92 head forward') and its last line, the
# next sale's date ('Next sale: Tuesday 18 November, 10.30am', 'Next auction: 4 March')
MARKET_NEXT_RE = re.compile(r"^\W*next\s+(?:sale|auction|market|mart)s?\s*:\s*\S.{0,60}$", re.I)


@rule("market_report", "teasers")
def market_report(doc: Doc) -> None:
    """A livestock market's or auction's standing box set in a farming story ('MARKET REPORT' / 'Furrowdale Mart,
    Tuesday: cull cows 148p/kg (top 171p), 92 head forward' / 'Store lambs 281p/kg …' / 'Next sale: Tuesday 18
    November, 10.30am'): the paper's market listing, not the article. The heading stands alone in capitals; under it
    (no blank line between) up to six short lines with figures and no sentence end, closed by the next sale's date --
    without that line it is left (an article's own table or list)."""
    units = doc.units
    for i, u in enumerate(units):
        if u.rule is not None or len(u.text) > 40 or not MARKET_HEAD_RE.match(u.plain):
            continue
        items = []
        for v in units[i + 1 : i + 8]:
            if v.rule is not None or v.gap > 1 or v.tag == "table_row":
                break
            t = v.text.strip()
            if MARKET_NEXT_RE.match(t):
                items.append(v)
                for w in (u, *items):
                    doc.remove(w, "market_report")
                break
            if len(t) > 120 or not any(c.isdigit() for c in t) or t.endswith((".", "!", "?", "\"", "”")):
                break
            items.append(v)


# a share-price box's heading alone on its line: 'SHARE PRICE', 'SHARES AT A GLANCE', 'Share watch', 'Stock check',
# 'How the shares did', 'Shares today', "Today's share price"
SHARE_HEAD_RE = re.compile(
    r"^\W*(?:(?:the\s+)?(?:share|stock)s?\s+(?:price|prices|watch|check|at\s+a\s+glance|performance|data|today|now|"
    r"this\s+week|latest)|(?:today['’]s|latest|live)\s+(?:share|stock)\s+prices?|"
    r"how\s+the\s+(?:shares|stock)\s+(?:did|fared|moved))\W*$",
    re.I,
)
# its lines: a price move with an arrow or a signed per cent ('Close, 5 Nov   146.5p   ▼ 13.0p (−8.1%)', 'Year to date
# ▼ 21.4%'), a price range ('52-week range  142.0p – 212.5p'), the company with its ticker ('Roscarrock Biscuits plc
# (RSB)', '(LSE: RSB)') and the data's source ('Source: exchange data at close of trading')
SHARE_MOVE_RE = re.compile(r"[▲▼△▽↑↓]|[+−–-]\s?\d+(?:[.,]\d+)?\s?%")
SHARE_LINE_RE = re.compile(
    SHARE_MOVE_RE.pattern + r"|\d(?:[.,]\d+)?\s?(?:p|pence|c|cents)\b|[£$€]\s?\d|\b52-week\b|"
    r"\((?:[A-Z]{2,6}\s?:\s?)?[A-Z]{2,6}(?:\.[A-Z])?\)\s*$|^\W*source\s*:",
    re.I,
)


@rule("share_box", "teasers")
def share_box(doc: Doc) -> None:
    """A share-price box set in a business story ('SHARES AT A GLANCE' / 'Roscarrock Biscuits plc (RSB)' / 'Close, 5 Nov
    146.5p ▼ 13.0p (−8.1%)' / 'Year to date ▼ 21.4%' / '52-week range 142.0p – 212.5p' / 'Source: exchange data …'):
    market data, not the article's text. The heading stands alone on its line; under it (no blank line between) two or
    more short lines of prices, moves, the ticker or the source, none a sentence, one at least a move (an arrow or a
    signed per cent)."""
    units = doc.units
    for i, u in enumerate(units):
        if u.rule is not None or len(u.text) > 40 or not SHARE_HEAD_RE.match(u.plain):
            continue
        items = []
        for v in units[i + 1 : i + 9]:
            t = v.text.strip()
            if v.gap or len(t) > 100 or not SHARE_LINE_RE.search(t) or (t.endswith((".", "!", "?")) and is_prose(t)):
                break
            items.append(v)
        if len(items) >= 2 and any(SHARE_MOVE_RE.search(v.text) for v in items):
            for v in (u, *items):
                if v.rule is None:
                    doc.remove(v, "share_box")


# a box of numbers to call, its heading alone on its line: 'EMERGENCY NUMBERS', 'Useful numbers', 'Helplines',
# 'Who to call', 'Emergency contacts'
CONTACT_HEAD_RE = re.compile(
    r"^\W*(?:(?:[\w'’-]+\s+){0,2}(?:numbers|contacts|helplines?)|who\s+to\s+(?:call|contact)|where\s+to\s+get\s+help)\W*$",
    re.I,
)
# its rows: a service, then a phone number or a web address at the line's end ('Evacuation helpline (24 hours)
# 0300 555 0192', 'Road closures  cvfrs.example/roads'; a time's dot in its label: 'Surgery (8am–6.30pm)  01632 …')
CONTACT_ROW_RE = re.compile(
    r"^(?:[^.!?\"“”]|(?<=\d)\.(?=\d)){3,70}?(?::|\s)\s*(?:\+?\(?\d[\d ()-]{1,16}\d|(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?)$"
)


@rule("contact_box", "teasers")
def contact_box(doc: Doc) -> None:
    """A box of numbers to call set in a story ('EMERGENCY NUMBERS' / 'Evacuation helpline (24 hours)  0300 555 0192'
    / 'Road closures  cvfrs.example/roads'): a service box, how to get help, not the story's text. The heading stands
    alone on its line; under it (no blank line between) two or more rows each ending in a phone number or a web
    address, none a sentence."""
    # (a row a print's page furniture took for a page number, 'Emergency   999', is passed over)
    boxes_under_headings(doc, "contact_box",
                          lambda u: len(u.text.strip()) <= 40 and bool(CONTACT_HEAD_RE.match(u.plain)),
                          lambda v: v.gap <= 1 and bool(CONTACT_ROW_RE.match(v.text.strip())),
                          span=9, least=2, skip_removed=True)


_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday|\.)?"
_CLOCK = r"\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?"
# a business's opening-hours row: a day or a run of days, then its hours or 'Closed' ('Mon–Fri  8.30am–5.30pm', 'Sun
# Closed', 'Saturday: 9:00 - 13:00')
HOURS_ROW_RE = re.compile(
    rf"^\W*{_DAY}(?:\s*(?:[–—-]|to|&|and|,)\s*{_DAY})*\s*:?\s+(?:{_CLOCK}\s*(?:[–—-]|to)\s*{_CLOCK}"
    rf"(?:\s*(?:,|&|and)\s*{_CLOCK}\s*(?:[–—-]|to)\s*{_CLOCK})?|closed|24\s+hours|by\s+appointment(?:\s+only)?)\W*$",
    re.I,
)
# the listing's review lines under it: 'Reviews (12)  ★★★★★', '4.8 ★★★★★ (37 reviews)', 'Write a review'
REVIEWS_LINE_RE = re.compile(
    r"^\W*(?:reviews?\s*\(\d[\d,]*\)|\d[\d,]*\s+reviews?|\d(?:\.\d)?\s*(?:/\s*5|out\s+of\s+5)?)\W*[★☆✩✭✮⭐]*"
    r"(?:\s*\(\d[\d,]*\s+reviews?\))?\W*$|^\W*(?:write|leave|add|read\s+all)\s+(?:a\s+)?reviews?\W*$",
    re.I,
)


@rule("opening_hours", "teasers")
def opening_hours(doc: Doc) -> None:
    """A business listing's box set in a profile of a shop or a café ('SHOP NAME' / 'Opening hours' / 'Mon–Fri
    8.30am–5.30pm' / 'Sat 9am–1pm' / 'Sun Closed' / 'Reviews (12) ★★★★★' / 'Write a review'): the site's directory
    widget, not the article. Two or more hours rows in a row make the box; the heading right above them (short, no
    full stop) and the business's name in capitals above that go with them, and so do the review lines under them."""
    units = doc.units
    n = len(units)
    i = 0
    while i < n:
        j = i
        while j < n and units[j].rule is None and len(units[j].text) <= 60 and HOURS_ROW_RE.match(units[j].plain):
            j += 1
        if j - i < 2:
            i += 1
            continue
        box = list(units[i:j])
        above = [v for v in units[max(0, i - 2) : i] if v.rule is None]
        if above and len(above[-1].text) <= 40 and not _ends_period(above[-1].text) and not is_prose(above[-1].text):
            box.append(above[-1])
            cap = above[0] if len(above) == 2 else None
            if cap is not None and len(cap.text) <= 60 and cap.text.isupper() and not _ends_period(cap.text):
                box.append(cap)
        k = j
        while k < n and (
            units[k].rule is not None or (len(units[k].text) <= 80 and REVIEWS_LINE_RE.match(units[k].plain))
        ):
            if units[k].rule is None:
                box.append(units[k])
            k += 1
        for v in box:
            doc.remove(v, "opening_hours")
        i = k


def _calc_small_print(text: str) -> bool:
    """A calculator's small print or prompt, a sentence all the same ('Figures are illustrative only.')."""
    return bool(CALC_PRINT_RE.search(text))


HIGHLIGHTS_HEAD_RE = re.compile(r"^\W*(?:my\s+)?(?:highlights|annotations|notes\s+(?:and|&)\s+highlights)\W*$", re.I)
EXPORT_LINE_RE = re.compile(
    r"^\W*(?:note|comment|my\s+note)\s*:|^\W*(?:exported|saved|clipped|synced)\s+(?:from|with|via|by)\s+\S", re.I
)


def _highlight_key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


@rule("reading_highlights", "teasers")
def reading_highlights(doc: Doc) -> None:
    """A read-it-later export's 'Highlights' section after the article: the reader's highlighted passages (each a
    copy of a sentence or paragraph above), their 'Note: …' lines and the app's 'Exported from …' line, to the end.
    Only when every line under the heading is one of those and at least one is a copy."""
    units = doc.units
    for i, u in enumerate(units):
        if u.rule is not None or len(u.text) > 40 or not HIGHLIGHTS_HEAD_RE.match(u.plain):
            continue
        above = " ".join(_highlight_key(v.text) for v in units[:i] if v.rule is None)
        below = [v for v in units[i + 1 :] if v.rule is None]
        copies = [v for v in below if len(_highlight_key(v.text)) >= 30 and _highlight_key(v.text) in above]
        if not above or not copies:
            continue
        if all(v in copies or EXPORT_LINE_RE.match(v.plain) for v in below):
            for v in (u, *below):
                doc.remove(v, "reading_highlights")
            return
