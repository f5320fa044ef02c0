"""Photo and video captions, credits, gallery markers and captions repeated in another script."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from builder.clean.doc import Doc, Unit
from builder.clean.ruler import rule
from builder.clean.text import TERMINAL, AnyBranch, ends_sentence
from builder.extract.metadata import kiosk_header_names
from builder.model import Removal

GALLERY_RE = AnyBranch(
    r"^(?:\d+\s+)?(?:(?:tap|click|swipe)\s+(?:here\s+)?to\s+)?(?:view|open|see|launch|browse|expand|enlarge)\s+(?:the\s+|all\s+(?:\d+\s+)?|\d+\s+)?(?:(?:photo|image|picture)\s+)?(?:gallery|slideshow|photos?|images?|pictures?)(?:\s*\(\d+\))?"
    r"(?:\s*[·•|:–-]\s*\d+\s+(?:photos?|photographs?|images?|pictures?|slides?))?\W*$|"
    # a swipe gallery's prompt with its count: 'Swipe for more photos (4)', 'Scroll to see more images'
    r"^(?:swipe|scroll|tap|click)\s+(?:(?:left|right|here)\s+)?(?:for|to\s+see)\s+more\s+(?:photos|images|pictures)"
    r"(?:\s*\(\d+\))?\W*$|"
    # an embedded player's label alone on a line, above its caption: 'Video content', 'Media content'
    r"^(?:video|audio|media)\s+content\s*$|"
    r"^(?:photo\s+)?gallery\W*$|^(?:all\s+)?(?:photo\s+)?(?:gallery|photos|images|pictures)\s*\(\d+(?:\s+(?:photos|images|pictures))?\)$|"
    r"^(?:photo\s+)?gallery\s*:\s*\d+\s+(?:photos|images|pictures)\W*$|"
    # the gallery's name, then its count: 'Slideshow · 5 photos', 'Gallery | 12 images', 'Slideshow (5 images)'
    r"^(?:photo\s+)?(?:gallery|slideshow)\s*(?:[·•|–-]\s*\d+\s+(?:photos?|images?|pictures?|slides?)|"
    r"\(\d+\s+(?:photos?|images?|pictures?|slides?)\))\W*$|"
    # the count before the opener: '4 photos | View gallery'
    r"^\d+\s+(?:photos?|images?|pictures?|slides?)\s*[·•|:–-]?\s*(?:view|open|see|browse|launch)\s+(?:the\s+)?"
    r"(?:(?:photo|image|picture)\s+)?(?:gallery|slideshow)\W*$|"
    r"^\d+\s+(?:photos?|images?|pictures?|slides?)\W*$|^(?:image|photo|slide|picture)\s+\d+\s+(?:of|/)\s+\d+\W*$|"
    # the count and where it is: '▣ 5 photos in this gallery', '12 images in this slideshow'
    r"^\W{0,3}\d+\s+(?:photos?|images?|pictures?|slides?)\s+in\s+(?:this|the)\s+(?:gallery|slideshow|album)\W*$|"
    # a slideshow's counter written tight, with its arrow: 'Photo 2/5 ▸'
    r"^(?:image|photo|slide|picture)\s+\d+/\d+\W*$|"
    r"^\d+\s*/\s*\d+$|^(?:(?:tap|click)\s+to\s+)?(?:enlarge|expand|zoom)(?:\s+(?:image|photo))?\W*$|^(?:watch|play)(?:\s+(?:the\s+)?video)?\W*$|"
    r"^(?:video|photo|image|audio|caption|hide\s+caption|show\s+caption|back\s+to\s+gallery|next\s+image|previous\s+image)\s*$|"
    r"^(?:image|photo|slide)\s+\d+\s+(?:of|/)\s*/?\s*\d+\s*$",
    re.I,
)
_CREDIT_WORD = (
    # (who gave the picture out may come first: 'Handout photo: Name', 'Pool picture: Agency')
    # (or whose picture it is: 'Reader's photo: Name', 'Viewer's video: Name')
    r"(?:(?:handout|supplied|submitted|pool|(?:reader|viewer|listener)['’]?s)\s+(?=(?:photo|image|picture|video)))?"
    # ('Video footage: Name', 'Image rights: Name / Agency')
    r"(?:video\s+footage|(?:image|photo|picture)\s+rights|"
    r"photos?|photograph|image|picture|video|foto|credit|source|illustration|graphic|footage|screenshot|screengrab|"
    r"still|video\s+still|courtesy|video\s+grab|grab)s?"
    r"(?:\s+(?:credit|source|courtesy))?"
)
CREDIT_LINE_RE = AnyBranch(
    # ('Still by the end of May …' is a sentence: 'still' as a credit word names someone after 'by')
    rf"^\(\s*{_CREDIT_WORD}\s*(?:by|:|/)[^()]*\)$|^(?!still\s+by\s+(?-i:[a-z])){_CREDIT_WORD}\s*(?:by|:|/)\s*\S.{{0,80}}$|"
    r"^\*\*[^*]{2,80}/[^*]{2,80}\*\*$|^\([A-Z][^()]{1,60}(?:/|\s\|\s)[^()]{1,60}\)$|"
    # 'Video courtesy of the Ministry', '(Courtesy of the family)'
    r"^\(\s*(?:(?:photos?|photograph|images?|pictures?|video|footage)\s+)?courtesy\s+of\s[^()]{2,80}\)$|"
    # a reader's picture: '(Submitted by Name)', '(Submitted photo)'
    r"^\(\s*submitted(?:\s+(?:photo|image|picture))?(?:\s+by\s[^()]{2,80})?\)$|"
    r"^(?:photos?|photograph|images?|pictures?|video|footage)\s+courtesy\s+of\s\S.{0,80}$|"
    r"^(?:getty\s+images|reuters|ap(?:\s+photo)?|afp(?:\s+via\s+getty\s+images)?|epa|shutterstock|istock)\W*$|"
    r"^\((?:[\w-]+\.)+[a-z]{2,10}\)$|"
    r"^[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3},\s+(?:AP|AFP|Reuters|Getty\s+Images|EPA|USA\s+TODAY|Bloomberg)$|"
    r"^(?:©|ⓒ)\s*[A-Z][^\d]{1,60}$|"
    # an agency or photo desk's credit in capitals and brackets, alone on a line: '[CITY NEWS AGENCY]', '[NEWS1]',
    # '[JOINT PRESS CORPS]', '[OUTLET PHOTO]' (not a bare name in brackets: '[CNET]' is a link's label)
    r"^\[(?-i:(?=[A-Z0-9&.’' -]{2,40}\]$)(?:[A-Z0-9&.’'-]+\s+)*"
    r"(?:NEWS\d*|AGENCY|PHOTOS?|PRESS|POOL|IMAGES?)\b[A-Z0-9&.’' -]*)\]$",
    re.I,
)
TRAILING_CREDIT_RE = re.compile(
    # '(Name/Agency)', '(Name / Agency)', '(Name | Agency)'
    rf"(?:\(\s*{_CREDIT_WORD}\s*(?:by|:)[^()]*\)|\([A-Z][\w.'’ -]{{1,40}}(?:/ ?|\s\|\s)[A-Z][^()]{{1,60}}\)|"
    r"\((?:AP|AFP|Reuters|Getty(?:\s+Images)?|EPA|iStock|Shutterstock|Bloomberg|(?:Photo\s+)?Credit:[^()]*)\)|"
    # a broadcaster's desk and its photographer in brackets after the caption's last sentence: '… on Wednesday.
    # (VBC Rural: Name Surname)', '(Outlet News: Name Surname)' (a desk of one to three capitalised words, a name of
    # two to four; nothing after it)
    r"(?<=[.!?] )\([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}:\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\)\s*$|"
    # a picture the subject's side gave out: '(Handout)', '(Supplied)', '(File photo)'
    r"\((?:[Hh]andout|HANDOUT|[Ss]upplied|SUPPLIED|[Ff]ile\s+(?:photo|image))\)|"
    r"(?<=\S )\*\*[^*]{2,80}\*\*|"
    r"\b(?:Photo|Photograph|Picture|Image|Credit|Foto|Illustration|Composite|PHOTO|PHOTOGRAPH|PICTURE|IMAGE|CREDIT)[sS]?"
    r"\s*:\s*\w[^.]{1,60}|"
    # a tabloid's short label, after the caption's last sentence: '… on Friday. Pic: Name Surname'
    r"(?<=[.!?] )(?:Pic|PIC)[sS]?\s*:\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}|"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s*/\s*(?:Getty(?:\s+Images)?|Reuters|AP|AFP|EPA|Bloomberg|Shutterstock|[A-Z]{2,})"
    r"(?:\s+(?:file|photo|pool|via\s+Getty\s+Images))?|\b(?:[Ss]ubmitted|[Cc]ourtesy|[Ff]ile|[Hh]andout)\s+(?:photo|image)|"
    r"[.,]\s+©\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}|"
    # a picture agency's bare name after a caption's last sentence: '… holding a joint. Getty', '… Getty Images'
    r"(?<=[.!?] )(?:Getty(?:\s+Images)?|Shutterstock|iStock(?:photo)?|Alamy(?:\s+Stock\s+Photo)?|AFP|EPA)\s*$|"
    # a wire caption's agency-first credit after its last sentence: '… in New York. REUTERS/Name Surname',
    # '… in Tokyo. REUTERS/Name Surname/File Photo'
    r"(?<=[.!?] )(?:REUTERS|Reuters|AFP|AP|EPA(?:-EFE)?|Xinhua|ANSA|dpa|DPA)\s*/\s*"
    r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
    r"(?:\s*/\s*(?:File(?:\s+Photo)?|Pool|Handout|Pool\s+Photo))?\s*$|"
    # a print caption's credit after its last sentence, photographer first and the paper or agency in mixed case:
    # '… outside Ward 9. Name Surname/Town Gazette' (two to four words each side, nothing after it: an article's
    # sentence would end in a full stop)
    r"(?<=[.!?] )[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}\s*/\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s*$|"
    # '… at dawn on Sunday. Photo by Name for Agency' (no full stop after it: an article's sentence would end in one);
    # also with a dash for 'by' and the agency in brackets: '… on 13 August. Photograph — Name (Agency)'
    r"(?<=[.!?] )(?:Photo|Photograph|Picture|Image)s?\s+(?:by|[—–])\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
    r"(?:\s+(?:for|/)\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}|\s+\([A-Z][\w.&'’ -]{1,50}\))?)\s*$|"
    # a magazine caption's credit without a label: '… at the ford at dusk. Name Surname for The Review' (the
    # photographer's two or three words, 'for' and the outlet; nothing after it, no full stop)
    r"(?<=[.!?] )[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+for\s+(?:[Tt]he\s+)?[A-Z][\w.&'’-]*"
    r"(?:\s+[A-Z][\w.&'’-]*){0,3}[*_]*\s*$",
)
CAPTION_LABEL_RE = re.compile(  # used with .match: every alternative is anchored at the start
    r"(?:image|media|video|photo)\s+(?:source|caption|credit)\s*[,:]?\s|"
    # an image's alt text pasted with it ('Image description: …', 'Alt text: …'); 'Image: Name' is a credit
    r"(?:(?:image|photo)\s+(?:description|alt(?:\s+text)?)|alt\s+text)\s*:\s|"
    r"(?:above|below|pictured|main\s+image|top|left|right)\s*:\s|"
    # a wire caption's label: 'FILE PHOTO: Traders work on the floor …'
    r"file\s+(?:photo|picture|image)\s*:\s|"
    r"(?:in\s+)?this\s+(?:[\w.,]+\s+){0,8}?(?:file\s+)?(?:photo|image|picture)(?:\s+taken)?\s*,?\s+(?:provided|released|made|"
    r"taken|shows|[A-Z])|view\s+image\s+in\s+fullscreen$",
    re.I,
)
# a credit's label ('Video credit: Name', 'Video source: Name'); 'Image source,' (a comma: the BBC's layout) comes
# before its caption, so it is not one
CREDIT_LABEL_RE = re.compile(r"(?:image|video|photo)\s+(?:credit|source)\s*:\s", re.I)
CAPTION_STARTS = ("image", "media", "video", "photo", "above", "below", "pictured", "main", "top", "left", "right",
                  "in this", "this", "view", "alt", "file")  # fmt: skip
CAPTION_LABEL_ALONE_RE = re.compile(r"^(?:image|media|video|photo)\s+caption\s*[,:]?$", re.I)
RUNNING_TIME_RE = re.compile(r"^\s*\d{1,2}:\d{2}(?::\d{2})?\s*$")
PLAYER_WORDS_RE = re.compile(r"video|play|watch|media|caption|audio", re.I)
DOMAIN_CREDIT_RE = re.compile(r"^[^.]{2,80}\.\s+[\w-]+(?:\.[\w-]+)*\.[a-z]{2,10}$")


@rule("gallery_marker", "captions")
def gallery_marker(doc: Doc) -> None:
    """Gallery and media markers: '6 View gallery', 'Image 2 of 9', 'Watch video'."""
    for u in doc.units:
        if len(u.text) < 60 and GALLERY_RE.search(u.plain):
            if u.rule is None:
                u.tag = "gallery"
                doc.remove(u, "gallery_marker")
            elif u.rule == "skip_links" and not u.tag:
                u.tag = "gallery"  # 'Image 3 of 11', which the skip rule took first: still a gallery's marker


HANDLE_LINE_RE = re.compile(r"^@[A-Za-z0-9_.]{2,30}$")
POST_TIME_RE = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[·•|-]\s*\S.{0,30}\d{4}$")
POST_COUNTS_RE = re.compile(
    r"^(?:[\d,.]+[KkMm]?\s+(?:Reposts?|Retweets?|Quotes?|Likes?|Replies|Repl(?:y|ies)|Views?|Bookmarks?|Shares?)\s*)+$"
)


@rule("social_card", "captions")
def social_card(doc: Doc) -> None:
    """An embedded social post shown as a card: the author's name line above an '@handle' line, the post's text,
    then its 'time · date' line and the repost/like counts. The card's furniture goes (like a caption and a
    reaction row); the post's text stays. The time line is not a dated item of the page."""
    units = doc.units
    for i, u in enumerate(units):
        if u.text[:1] != "@" or not HANDLE_LINE_RE.match(u.text.strip()):
            continue
        if i > 0 and u.gap == 0 and _display_name(units[i - 1].text):
            _take(doc, units[i - 1])
        _take(doc, u)
        for v in units[i + 1 : i + 8]:
            t = v.text.strip()
            if v.gap:
                break
            if POST_TIME_RE.match(t) or POST_COUNTS_RE.match(t):
                _take(doc, v)


def _display_name(text: str) -> bool:
    t = text.strip()
    return len(t) <= 50 and 1 <= len(t.split()) <= 5 and not t.endswith(TERMINAL) and t[:1].isupper()


def _take(doc: Doc, u: Unit) -> None:
    """Remove ``u`` as the card's furniture, also when a metadata rule took it first (its date is not the page's)."""
    if u.rule in ("date_line", "byline", "standfirst"):
        idx = doc.units.index(u)
        doc.hints["dates"] = [d for d in doc.hints.get("dates", []) if d[0] != idx]
        u.rule = None
    doc.remove(u, "social_card")


TABLE_CREDIT_RE = re.compile(r"^\W*(?:sources?|figures|data|prices|table)\s*:\s*[^.!?\"“”]{3,100}\.?$", re.I)


@rule("photo_credit", "captions")
def photo_credit(doc: Doc) -> None:
    """Credit lines and captions that end in a credit: '(Photo: Agency)', 'Name / AFP', 'Name. site.ru'."""
    for u in doc.units:
        if u.rule is not None:
            continue
        t = u.text.strip()
        p = u.plain  # plain(t): plain() strips first
        low = p[:12].lower()
        # (the lower case of the last 20 characters ends in an ASCII label iff the whole one's does)
        if len(t) < 400 and (
            (low.startswith(CAPTION_STARTS) and CAPTION_LABEL_RE.match(p))
            or p[-20:].lower().endswith(("hide caption", "toggle caption"))
        ):
            # a labelled caption or credit ('Image caption, ...'): the label says it all; a credit's label
            # ('Video credit: Name') is a credit line, whose caption is the line before
            u.tag = "credit_line" if len(t) < 140 and CREDIT_LABEL_RE.match(p) else "credit"
        elif len(t) < 30 and CAPTION_LABEL_ALONE_RE.match(p):
            u.tag = "caption_label"  # 'Media caption,' alone: the caption is the next line
        elif len(t) < 140 and (CREDIT_LINE_RE.search(p) or DOMAIN_CREDIT_RE.match(t)):
            u.tag = "credit_line"  # a credit on its own line: the caption is the line before
        elif len(t) < 600 and (found := _trailing_credit(t, p)):
            tc, m = found
            if tc is t and _cut_glued_credit(doc, u, len(t) - 120 + m.start() if len(t) > 120 else m.start()):
                continue  # an article paragraph with a photo's credit glued to its end: the credit is cut off
            u.tag = "credit"  # a caption ending in its credit
        else:
            continue
        doc.remove(u, "photo_credit")
    _credited_photographer_captions(doc)
    units = doc.units
    for i, u in enumerate(units[1:], 1):
        # a table's source line right under its last row ('Figures: X price survey and co-operative returns',
        # 'Source: Office for National Statistics'): the table's credit, as a chart's or a photo's
        if (
            u.rule is None
            and units[i - 1].tag == "table_row"
            and u.tag != "table_row"
            and u.gap == 0
            and len(u.text) < 120
            and TABLE_CREDIT_RE.match(u.plain)
        ):
            doc.remove(u, "photo_credit")
    for i, u in enumerate(units):
        if u.tag == "caption_label" and i + 1 < len(units):
            v = units[i + 1]
            if v.rule is None and v.gap == 0 and len(v.text) < 200:
                doc.remove(v, "photo_credit")
        elif (
            u.rule is None
            and len(u.text) < 9
            and RUNNING_TIME_RE.match(u.text)
            and _next_to_player(units, i)
            and not _entry_time(units, i)
        ):
            doc.remove(u, "photo_credit")  # a video's running time ('0:45') under its player or caption


# the picture cell of a credit line the byline rule took ('Words: A   Photography: Jem Boscawen'): the photographer
PHOTO_CELL_NAME_RE = re.compile(
    r"(?:^|\s{2,}|\s[|·•]\s)(?i:photography|photographs?|pictures?|photos?|images?)(?:\s+by)?\s*:\s*"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*$"
)


def _credited_photographer_captions(doc: Doc) -> None:
    """A print's caption line ending in the name of the photographer its credit line names ('Words: A   Photography:
    Jem Boscawen' … ' Name at the platen. Jem Boscawen'): a caption with its credit, a line of its own of at most 140
    characters whose text before the name ends a sentence."""
    names = {
        m[1] for u in doc.units if u.rule == "byline" and (m := PHOTO_CELL_NAME_RE.search(u.text.strip())) is not None
    }
    if not names:
        return
    for u in doc.units:
        t = u.text.strip()
        if u.rule is not None or len(t) > 140:
            continue
        for name in names:
            head = t[: -len(name)].rstrip()
            if t.endswith(name) and head.endswith((".", "|", "/")) and 2 <= len(head.split()) <= 20:
                doc.remove(u, "photo_credit")
                break


PLAYER_LABEL_RE = re.compile(
    r"^\W{0,2}(?:now\s+playing|up\s+next|playing\s+next|next\s+up|watch\s+next|next\s+video|more\s+videos)\W*$", re.I
)


# an episode's chapter list on one line: 'Chapters: 00:00 Intro · 02:15 How the count works · 12:34 …' (the label, then
# two or more running times each with its chapter's name)
CHAPTERS_RE = re.compile(
    r"^\W*(?:chapters|chapter\s+markers|timestamps|episode\s+(?:chapters|guide))\W*:\W*"
    r"(?:\(?\d{1,2}:\d{2}(?::\d{2})?\)?\s*[-–—]?\s*[^\d\s][^·|•\n]{0,80}?(?:\s*[·|•;,]\s*|\s*$)){2,}$",
    re.I,
)


@rule("video_player", "captions")
def video_player(doc: Doc) -> None:
    """A video player's block between paragraphs: 'Now playing' / 'Up next' labels alone on a line, each with the
    video titles (short lines without a full stop) and a running time ('0:58') right under it. Without a running
    time the label is a section's ('UP NEXT' over a sports report's fixtures) and stays. Also an episode's chapter
    list on one line ('Chapters: 00:00 Intro · 02:15 How the count works · …'): the player's table of contents."""
    units = doc.units
    for u in units:
        if u.rule is None and len(u.text) <= 500 and CHAPTERS_RE.match(u.plain):
            doc.remove(u, "video_player")
    for i, u in enumerate(units):
        if u.rule is not None or len(u.text) > 30 or not PLAYER_LABEL_RE.match(u.text.strip()):
            continue
        block = [u]
        for v in units[i + 1 : i + 6]:
            t = v.text.strip()
            if v.gap or v.rule is not None or PLAYER_LABEL_RE.match(t):
                break
            if not (RUNNING_TIME_RE.match(t) or (len(t) <= 90 and not t.endswith(TERMINAL) and len(t.split()) <= 12)):
                break
            block.append(v)
        if any(RUNNING_TIME_RE.match(v.text) for v in block):
            for v in block:
                doc.remove(v, "video_player")


# a reporting verb: a caption describes a picture, an article paragraph reports what someone said or did
REPORTING_RE = re.compile(r"\b(?:said|says|told|confirmed|declined|announced|added|according to)\b")
GLUED_LABEL_RE = re.compile(r"\s(?:Photo|Photograph|Picture|Image)s?:\s")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# a picture's own date: 'on April 13, 2025', 'on 13 April 2025' (an article's 'on April 13' has no year)
PICTURE_DATE_RE = re.compile(rf"\bon\s+(?:{_MONTH}\s+\d{{1,2}},\s+|\d{{1,2}}\s+{_MONTH}\s+)(?:19|20)\d\d\b")


def _trailing_credit(t: str, p: str) -> tuple[str, re.Match[str]] | None:
    """The credit a caption ends in, read on the line as written, then (for an italic caption, '_… (Outlet photo /
    Name)_', whose closing mark hides the end) without its marks: the text read and the match; else None. A bracketed
    credit right after a colon is cited by the sentence ('… gives only one word: (Supplied)')."""
    for tc in (t, p) if p != t and t[:1] in "*_" and t[-1:] in "*_" else (t,):
        m = TRAILING_CREDIT_RE.search(tc[-120:]) if _may_end_in_credit(tc) else None
        if m and not tc[: len(tc) - 120 + m.start() if len(tc) > 120 else m.start()].rstrip().endswith(":"):
            return tc, m
    return None


def _cut_glued_credit(doc: Doc, u: Unit, at: int) -> bool:
    """A credit ('Photo: Name/Agency') glued after the last sentence of an article paragraph (the page's caption
    credit floated into the text): two or more sentences before it, one of them reporting speech. The paragraph
    stays, the credit is cut off and recorded."""
    t = u.text.rstrip()
    head, credit = t[:at].rstrip(), t[at:].strip()
    if not GLUED_LABEL_RE.match(t[at - 1 : at + 14]) or not ends_sentence(head):
        return False
    if len(re.findall(r"[.!?”](?:\s|$)", head)) < 2 or not REPORTING_RE.search(head):
        return False
    if _dates_its_picture(head):
        return False
    u.text = head
    doc.fragments.append(Removal(text=credit, rule="photo_credit"))
    return True


def _dates_its_picture(head: str) -> bool:
    """The first sentence gives a full date with its year ('Name at a news conference in Tarn on April 13, 2025.'):
    a caption dating its picture, not an article paragraph."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", head, maxsplit=1)[0]
    return bool(PICTURE_DATE_RE.search(first))


def _entry_time(units: list[Unit], i: int) -> bool:
    """``units[i]`` (a time) opens a block and a kept line of text follows it right under: a live entry's timestamp
    over its headline ('11:30' / 'Fields under water north of Pensby' / 'Video content'), not a video's running
    time, which stands under or over its player's caption."""
    if i + 1 >= len(units) or (i > 0 and not units[i].gap):
        return False
    v = units[i + 1]
    return v.rule is None and not v.gap and len(v.text.split()) >= 3 and not PLAYER_WORDS_RE.search(v.text)


def _next_to_player(units: list[Unit], i: int) -> bool:
    """A line within two of ``units[i]`` is a video player's text or a media caption that a rule removed."""
    for v in units[max(0, i - 2) : i + 3]:
        if v.rule in ("skip_links", "photo_credit", "caption_dateline") and PLAYER_WORDS_RE.search(v.text):
            return True
        if v.tag in ("caption_label", "gallery"):
            return True
    return False


# how a caption's credit may end (a cheap test before TRAILING_CREDIT_RE)
_CREDIT_ENDS = (
    "photo", "image", "Getty", "Images", "Shutterstock", "iStock", "iStockphoto", "Alamy", "Photo", "AFP", "EPA",
)


def _may_end_in_credit(t: str) -> bool:
    tail = t[-80:]
    return (
        "/" in tail or t[-1:] in ")*" or ":" in tail or tail.endswith(_CREDIT_ENDS) or " by " in tail
    ) and not t.rstrip(
        "*) "
    ).endswith(("said", "says"))


SCRIPTS = [
    ("LATIN", re.compile(r"[A-Za-zÀ-ɏ]")),
    ("CYRILLIC", re.compile(r"[\u0400-\u04ff]")),
    ("HEBREW", re.compile(r"[\u0590-\u05ff]")),
    ("ARABIC", re.compile(r"[\u0600-\u06ff]")),
    ("GREEK", re.compile(r"[\u0370-\u03ff]")),
    ("DEVANAGARI", re.compile(r"[\u0900-\u097f]")),
    ("CJK", re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")),
    ("HANGUL", re.compile(r"[\uac00-\ud7af]")),
]


def _lead_text(units: list[Unit]) -> str:
    """``" ".join(u.text for u in units)[:3000]`` as far as _script reads it (its first 200 characters): the
    lines are joined only until there are that many."""
    n = 0
    for k, u in enumerate(units):
        n += len(u.text) + 1
        if n > 200:
            return " ".join(u.text for u in units[: k + 1])[:3000]
    return " ".join(u.text for u in units)[:3000]


def _script(text: str) -> str:
    """The dominant writing system of a line (by letters in its first 200 characters)."""
    t = text[:200]
    if t.isascii():
        return "LATIN" if any(c.isalpha() for c in t) else ""
    latin = len(SCRIPTS[0][1].findall(t))
    if latin * 2 >= len(t) - t.count(" "):
        return "LATIN"  # mostly Latin letters (curly quotes and dashes aside): the common case, one scan
    best, n = "", 0
    for name, rx in SCRIPTS:
        k = len(rx.findall(t))
        if k > n:
            best, n = name, k
    if n == 0 and latin == 0:
        # a script the table does not list (Georgian, Armenian, Khmer, Sinhala, Thai …): its letters' Unicode name
        # ('GEORGIAN LETTER AN' → 'GEORGIAN')
        names = Counter(unicodedata.name(c, "").split(" ")[0] for c in t if c.isalpha())
        if names:
            best = names.most_common(1)[0][0]
    return best


@rule("caption_near_credit", "captions")
def caption_near_credit(doc: Doc) -> None:
    """Caption lines next to a credit or gallery marker: short, unpunctuated, or in another script."""
    units = doc.units
    for i, u in enumerate(units[1:], 1):
        v = units[i - 1]
        if u.tag == "credit" and u.gap == 0 and v.rule is None and _doubled_text(v.text.strip()):
            doc.remove(v, "caption_near_credit")  # the picture's alt text and caption glued, over its credited caption
    if not any(u.tag in ("credit_line", "gallery") for u in units):
        return
    main = _script(_lead_text([u for u in units if u.rule is None]))
    for i, u in enumerate(units):
        if u.tag not in ("credit_line", "gallery"):
            continue
        # lines before a credit (up to 2), lines after a gallery marker (up to 3, and on while the line just taken was
        # a caption in another script: its original comes next, as in a gallery of doubled captions)
        back = u.tag == "credit_line"
        window = range(i - 1, max(-1, i - 3), -1) if back else range(i + 1, min(len(units), i + 9))
        doubled = False  # the line just taken was the caption in another script: this one is its original
        taken = 0
        if back and _under_entry_headline(units, i) and _caption_below(units, i, block=False):
            doc.remove(units[i + 1], "caption_near_credit")
            continue
        for j in window:
            if not back and j > i + 3 and not doubled:
                break
            v = units[j]
            if v.rule is not None:
                if v.tag in ("credit", "credit_line", "gallery"):
                    break
                continue
            t = v.text.strip()
            if taken and doc.wrapped and _runs_on_past(units, i, t):
                break  # a print paragraph cut by the caption: its first part, whose sentence goes on below the credit
            if back and len(t) <= 140 and "·" in t and kiosk_header_names(t):
                break  # an e-paper's header over the caption ('Outlet · date · page · NAMES') is the byline
            other = _script(t) not in ("", main)
            if (
                other
                or (not ends_sentence(t) and len(t) < 300)
                or (back and j == i - 1 and len(t) < 120)
                # the one line between a gallery's counter and the credit ('Photo 2/5 ▸' / caption / 'Handout photo: …')
                or (back and j == i - 1 and j >= 1 and units[j - 1].tag == "gallery" and len(t) < 300)
                or (doubled and len(t) < 200)
            ):
                doc.remove(v, "caption_near_credit")
                doubled, taken = other, taken + 1
                continue
            break
        if back and not taken and _caption_below(units, i):
            doc.remove(units[i + 1], "caption_near_credit")
        elif not back and not taken and (pair := _caption_and_owner(units, i)):
            for v in pair:
                doc.remove(v, "caption_near_credit")


def _doubled_text(t: str) -> bool:
    """A line that is one short text written twice, glued or a space between ('Quầy hàng rongQuầy hàng rong'): a
    picture's alt text pasted with its caption (an article's sentence is never its own repeat)."""
    n = len(t)
    if not 16 <= n < 400:
        return False
    h = n // 2
    return (n % 2 == 0 and t[:h] == t[h:]) or (n % 2 == 1 and t[h] == " " and t[:h] == t[h + 1 :])


# a picture's owner on the line under its caption: 'Harbour Echo / Name Surname', 'Harbour Maritime Museum' (capitalised
# words, a slash or bar between two of them at most, no sentence end)
OWNER_LINE_RE = re.compile(
    r"^[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|the|and|&))*"
    r"(?:\s*[/|]\s*[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|the|and|&))*)?$"
)


# a sentence that opens on a word taking up what came before ('Its …', 'They …', 'This …'): the article's, since a
# caption stands alone under its picture
ANAPHOR_START_RE = re.compile(r"^\W*(?:its|it|he|she|they|his|her|their|this|these|those|then|but|and|so)\s", re.I)


def _caption_and_owner(units: list[Unit], i: int) -> tuple[Unit, Unit] | None:
    """After a gallery marker: a one-sentence caption, then a short line that only names the picture's owner
    ('Outlet / Name', 'Harbour Maritime Museum') — both the gallery's. (An article paragraph after a marker is
    followed by more prose, not by a bare name.)"""
    kept = [v for v in units[i + 1 : i + 5] if v.rule is None][:2]
    if len(kept) < 2:
        return None
    cap, owner = kept
    t, o = cap.text.strip(), owner.text.strip()
    if len(t) >= 200 or not ends_sentence(t) or re.search(r"[.!?][\"”’']?\s+\S", t):
        return None  # a caption is one sentence
    if ANAPHOR_START_RE.match(t):
        return None  # 'Its oldest entrant was …': a sentence taking up the text before it, not a caption
    if len(o) >= 60 or len(o.split()) > 6 or not OWNER_LINE_RE.match(o):
        return None
    return cap, owner


def _runs_on_past(units: list[Unit], i: int, t: str) -> bool:
    """``t`` stops mid-sentence and the first kept line after the credit ``units[i]`` goes on in lower case."""
    if ends_sentence(t) or len(t) < 40:
        return False
    nxt = next((v for v in units[i + 1 : i + 4] if v.rule is None), None)
    return nxt is not None and nxt.text.lstrip()[:1].islower()


def _caption_below(units: list[Unit], i: int, block: bool = True) -> bool:
    """A credit line above its caption ('© Name' / 'Name checks a field near Brody.'): the next line is short,
    right under the credit, and a block of its own (with ``block`` False: one sentence at most, the entry's text
    may follow it right under)."""
    if i + 1 >= len(units):
        return False
    v = units[i + 1]
    t = v.text.strip()
    after = units[i + 2] if i + 2 < len(units) else None
    if not block:
        return v.rule is None and v.gap == 0 and len(t) < 150 and not re.search(r"[.!?][\"”’']?\s+\S", t)
    return v.rule is None and v.gap == 0 and len(t) < 150 and (after is None or after.gap > 0)


ENTRY_TIME_RE = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?$", re.I)


def _under_entry_headline(units: list[Unit], i: int) -> bool:
    """The credit ``units[i]`` stands right under a live entry's headline, which stands right under the entry's
    timestamp ('13:40' / 'Water over the footbridge' / 'Reader's photo: Name' / caption): the line above is the
    headline, not a caption, and the caption is the line below the credit."""
    if i < 2 or units[i].gap:
        return False
    head, time = units[i - 1], units[i - 2]
    return (
        head.rule is None
        and not head.gap
        and not ends_sentence(head.text.strip())
        and time.rule is None
        and bool(ENTRY_TIME_RE.match(time.text.strip()))
    )


# a caption's credit after a slash at its end, in capitalised words: '… from the first chamber / Lantern Bay Images'
SLASH_CREDIT_END_RE = re.compile(r"\S\s+/\s+[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|the|and|&)){0,4}$")


def _doubled_caption_pair(units: list[Unit], i: int, main: str) -> Unit | None:
    """The caption in the article's script right under (or over) a line in another script, with no blank line
    between, that ends in its credit after a slash (a picture's caption doubled in two languages, with no gallery
    marker or credit line near it): the caption's unit, else None."""
    for j in (i + 1, i - 1):
        if not 0 <= j < len(units):
            continue
        v = units[j]
        if v.rule is not None or (units[i].gap if j < i else v.gap) != 0:
            continue
        t = v.text.strip()
        if len(t) < 200 and _script(t) == main and SLASH_CREDIT_END_RE.search(t):
            return v
    return None


@rule("caption_other_script", "captions")
def caption_other_script(doc: Doc) -> None:
    """Short lines in another script than the article's (a caption's alt text repeated), and a caption doubled in
    another script over its English line that ends in a slash credit ('… the first chamber / Agency')."""
    units = doc.units
    kept = [u for u in units if u.rule is None]
    if len(kept) < 2:
        return
    main = _script(_lead_text(kept))
    last = len(units) - 1
    for i, u in enumerate(units):
        if (
            u.rule is None
            and len(u.text) < 400
            and _script(u.text) not in ("", main)
            and (pair := _doubled_caption_pair(units, i, main)) is not None
        ):
            doc.remove(u, "caption_other_script")
            doc.remove(pair, "caption_other_script")
            continue
        if u.rule is not None or len(u.text) >= 400:
            continue
        if not ((i > 0 and units[i - 1].rule is not None) or (i < last and units[i + 1].rule is not None)):
            continue
        sc = _script(u.text)
        if sc not in ("", main):
            doc.remove(u, "caption_other_script")


_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = (r"(?:Jan\.?|Feb\.?|March|April|May|June|July|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|January|February|August|"
          r"September|October|November|December)")  # fmt: skip
# a wire photo caption: 'X speaks during Y, Sunday, Nov. 17, 2019, in Las Vegas. (AP Photo/Name)'
WIRE_CAPTION_RE = re.compile(
    rf",\s+{_WEEKDAY},\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}}(?:,\s+(?:in|at|near|outside|on)\s+[^.()]{{2,80}}(?:\.[^.()]{{1,40}})?)?"
    r"\.?\s*(?:\([^()]{2,80}\))?\s*$|"
    # '... on Tuesday, Nov. 19, 2019, in Los Angeles.' / '..., Tuesday, Nov. 19, 2019, calling for ...'
    rf"\son\s+{_WEEKDAY},\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}},\s+(?:in|at|near|outside)\s+[^.()]{{2,80}}(?:\.[^.()]{{1,40}})?\.?\s*$|"
    rf",\s+{_WEEKDAY},\s+{_MONTH}\s+\d{{1,2}},\s+\d{{4}},\s"
)
DURATION_TITLE_RE = re.compile(r"\s\(\d{1,2}:\d{2}(?::\d{2})?\)$|\s\[(?:video|audio|podcast|watch)\]$", re.I)


@rule("caption_dateline", "captions")
def caption_dateline(doc: Doc) -> None:
    """Wire photo captions ('..., Tuesday, Nov. 19, 2019, in Los Angeles.') and video or podcast titles with their
    running time ('Title (3:05)', 'Title [Video]')."""
    for u in doc.units:
        t = u.text
        if u.rule is not None or len(t) > 400:
            continue
        if t[-1:] in (")", "]") and len(t) <= 160 and DURATION_TITLE_RE.search(t):
            doc.remove(u, "caption_dateline")
        elif "day, " in t and WIRE_CAPTION_RE.search(t.rstrip()):
            u.tag = u.tag or "caption"
            doc.remove(u, "caption_dateline")
