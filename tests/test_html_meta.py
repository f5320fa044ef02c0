"""A saved web page's own metadata (builder/clean/html_meta.py): JSON-LD, <meta> tags, canonical link, H1 and
<time> preferred to the text rules' guesses when present and sane. Invented pages only."""

from __future__ import annotations

import json

from builder.clean import CleanContext, clean_article
from builder.model import Metadata, RawArticle

BODY = "".join(
    f"<p>Paragraph {i} of the story says that the harbour board approved the new ferry timetable on Monday.</p>"
    for i in range(6)
)


def page(
    title: str = "Ferry timetable approved - Harbour Courier",
    metas: dict[str, str] | None = None,
    ld: dict[str, object] | None = None,
    h1: str = "Ferry timetable approved",
    canonical: str | None = "https://harbourcourier.example/news/ferry-timetable-approved",
    header: str = "",
) -> str:
    head = f"<title>{title}</title>"
    for k, v in (metas or {}).items():
        attr = "property" if k.startswith(("og:", "article:")) else "name"
        head += f'<meta {attr}="{k}" content="{v}">'
    if canonical:
        head += f'<link rel="canonical" href="{canonical}">'
    if ld is not None:
        head += f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    return (
        f"<html><head>{head}</head><body><nav><a href='/'>Home</a><a href='/news'>News</a></nav>"
        f"<article><h1>{h1}</h1>{header}{BODY}</article><footer>Contact us</footer></body></html>"
    )


def meta(html: str) -> Metadata:
    raw = RawArticle(path="p.html", stem="p", kind="html", text=html, sha256="0" * 64)
    return clean_article(raw, CleanContext()).metadata


def test_html_canonical_url_over_og_url() -> None:
    html = page(metas={"og:url": "http://harbourcourier.example/news/ferry-timetable-approved?utm_source=x"})
    assert meta(html).url == "https://harbourcourier.example/news/ferry-timetable-approved"
    assert meta(page(canonical=None, metas={"og:url": "https://harbourcourier.example/a/b"})).url == (
        "https://harbourcourier.example/a/b"
    )


def test_html_site_name_confirmed_by_title_suffix_over_agency_publisher() -> None:
    # a wire story: the JSON-LD publisher names the agency; og:site_name and the <title> suffix agree on the site
    ld = {"@type": "NewsArticle", "headline": "Ferry timetable approved", "publisher": {"name": "Wirepress"}}
    m = meta(page(metas={"og:site_name": "Harbour Courier"}, ld=ld))
    assert m.source == "Harbour Courier"
    assert m.title == "Ferry timetable approved"  # the site suffix is not part of the headline


def test_html_section_site_name_loses_to_publisher_and_title_suffix() -> None:
    ld = {"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Harbour Courier"}}
    assert meta(page(metas={"og:site_name": "World"}, ld=ld)).source == "Harbour Courier"


def test_html_lowercase_site_name_spelled_by_title_suffix() -> None:
    html = page(
        title="Ferry timetable approved - harbourcourier.com",
        metas={"og:site_name": "harbourcourier"},
        canonical="https://www.harbourcourier.com/news/ferry.html",
    )
    assert meta(html).source == "harbourcourier.com"


def test_html_title_suffix_and_site_name_on_one_cell() -> None:
    html = page(
        title="Harbour Courier | News of the bay: Ferry timetable approved",
        metas={"og:site_name": "Harbour Courier | News of the bay"},
    )
    m = meta(html)
    assert (m.source, m.title) == ("Harbour Courier", "Ferry timetable approved")


def test_html_h1_over_rewritten_social_title() -> None:
    html = page(
        title="Board backs new ferry timetable",
        metas={"og:title": "New ferry timetable backed by board after long debate"},
        h1="‘We listened,’ board says as new ferry timetable is backed",
    )
    assert meta(html).title == "‘We listened,’ board says as new ferry timetable is backed"


def test_html_breaking_label_cut_from_title() -> None:
    html = page(title="BREAKING: Ferry timetable approved - Harbour Courier", h1="BREAKING: Ferry timetable approved")
    assert meta(html).title == "Ferry timetable approved"


def test_html_person_author_from_jsonld_not_organization_or_site() -> None:
    ld = {
        "@type": "NewsArticle",
        "author": [{"@type": "Person", "name": "By MARTA OSTROVSKA, Harbour Courier Writer"}],
        "publisher": {"name": "Harbour Courier"},
    }
    m = meta(page(metas={"og:site_name": "Harbour Courier", "author": "Brightwater Media Group"}, ld=ld))
    assert m.authors == ["Marta Ostrovska"]
    # an Organization author, an author <meta> naming the site, staff: no person
    ld = {"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Harbour Courier"}}
    assert meta(page(metas={"og:site_name": "Harbour Courier"}, ld=ld)).authors == []
    assert meta(page(metas={"og:site_name": "Harbour Courier", "author": "Harbour Courier"})).authors == []
    assert meta(page(metas={"og:site_name": "Harbour Courier", "author": "HC Staff"})).authors == []


def test_html_author_meta_name_then_site() -> None:
    m = meta(page(metas={"og:site_name": "Harbour Courier", "author": "Marta Ostrovska. Harbour Courier"}))
    assert m.authors == ["Marta Ostrovska"]


def test_html_date_from_jsonld_when_text_shows_none() -> None:
    ld = {"@type": "NewsArticle", "datePublished": "2024-05-14T08:30:00-04:00"}
    assert meta(page(ld=ld, header="<p>Published 1 day ago</p>")).date == "2024-05-14"
    # an empty field ('0001-01-01') is no date
    assert meta(page(ld={"@type": "NewsArticle", "datePublished": "0001-01-01T00:00:00Z"})).date is None


def test_html_time_element_shows_the_local_day() -> None:
    # 9:10 PM on the 3rd, local time, is the 4th in UTC: the reader's day wins; its year from the datetime
    header = '<p><time datetime="2025-03-04T02:10:00Z">Posted Mar 3, 9:10 PM</time></p>'
    html = page(metas={"article:published_time": "2025-03-04T02:10:00Z"}, header=header)
    assert meta(html).date == "2025-03-03"


def test_html_url_date_within_a_day_of_utc_timestamp() -> None:
    html = page(
        metas={"article:published_time": "2025-03-04T02:10:00"},
        canonical="https://harbourcourier.example/story/2025-03-03/ferry-timetable",
    )
    assert meta(html).date == "2025-03-03"


def test_a_byline_label_before_the_author_is_no_part_of_the_name() -> None:
    from builder.clean.html_meta import people

    assert people("Текст: Лена Варрова", []) == ["Лена Варрова"]
    assert people("Текст Лена Варрова", []) == ["Лена Варрова"]  # the colon dropped by the extractor
    assert people("Text Lena Varrow", []) == ["Lena Varrow"]
    assert people("Lena Varrow", []) == ["Lena Varrow"]


def test_a_middle_initial_is_part_of_the_author_name() -> None:
    from builder.clean.html_meta import people

    assert people("Lena K. Varrow", []) == ["Lena K. Varrow"]
    assert people("Lena Varrow. The Harbour Post", ["The Harbour Post"]) == ["Lena Varrow"]
