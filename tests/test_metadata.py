"""builder.extract.metadata: dates, bylines, outlets, slugs."""

from __future__ import annotations

import pytest

from builder.extract.metadata import (
    date_from_url,
    finalise_metadata,
    find_date,
    outlet_from_copyright,
    outlet_from_domain,
    parse_byline,
    recase_from_text,
    title_from_slug,
)


def _source(text: str) -> str | None:
    from builder.clean import CleanContext, clean_article
    from builder.model import RawArticle

    raw = RawArticle(path="s.txt", stem="s", kind="txt", text=text, sha256="")
    return clean_article(raw, CleanContext()).metadata.source


def test_dates() -> None:
    assert find_date("March 3, 2025 9:41 AM")[1] == "2025-03-03"  # type: ignore[index]
    assert find_date("Published: Fri 14 Mar 2025 09.32 GMT")[1] == "2025-03-14"  # type: ignore[index]
    assert find_date("2025-03-14")[1] == "2025-03-14"  # type: ignore[index]
    assert find_date("14/03/2025 09:32")[1] == "2025-03-14"  # type: ignore[index]
    assert find_date("Dec. 4, 2025")[1] == "2025-12-04"  # type: ignore[index]
    assert find_date("on March 2 he said") is None
    assert find_date("in 2025 there was") is None
    assert date_from_url("https://x.example/2025/11/27/some-slug-a1") == "2025-11-27"
    assert date_from_url("https://x.example/news/some-slug") is None
    assert date_from_url("https://x.example/world/live/2026/nov/27/some-slug-live") == "2026-11-27"
    assert date_from_url("https://x.example/2026/sept/3/some-slug") == "2026-09-03"
    assert date_from_url("https://x.example/2026/spring/3/some-slug") is None


def test_bylines() -> None:
    assert parse_byline("by Mara Ellwood March 3, 2025 9:41 AM 3 min read") == ["Mara Ellwood"]
    assert parse_byline("By Anna Berg and Tomas Ridel") == ["Anna Berg", "Tomas Ridel"]
    assert parse_byline("Florin Jokic, Diplomatic Correspondent") == ["Florin Jokic"]
    assert parse_byline("By Nikolai Vagrolas in Guth") == ["Nikolai Vagrolas"]
    assert parse_byline("By continuing you agree to our terms") is None
    assert parse_byline("The talks ended on Friday.") is None


def test_outlets() -> None:
    assert outlet_from_domain("https://www.keshernews.example/a") == "Kesher News"
    assert outlet_from_domain("https://www.themoscowtimes.com/a") == "The Moscow Times"
    assert outlet_from_domain("https://x.example.com/a", (("example.com", "Example Daily"),)) == "Example Daily"
    assert outlet_from_copyright("© 2025 , The Washington Post") == "The Washington Post"
    assert outlet_from_copyright("© 2019 News Nation. All rights reserved.") == "News Nation"


def test_slug_title() -> None:
    assert (
        title_from_slug("https://x.example/2025/03/26/geneva-round-ends-without-deal")
        == "Geneva round ends without deal"
    )
    assert title_from_slug("https://x.example/2025/03/26/talks-resume-in-geneva-a91257") == "Talks resume in geneva"
    assert title_from_slug("https://x.example/") is None
    # the slug before an id segment ('/a-70412586', '/12345678')
    url = "https://x.example/world/ferry-line-reopens-after-storm/a-70412586"
    assert title_from_slug(url) == "Ferry line reopens after storm"
    assert title_from_slug("https://x.example/news/harbour-fees-rise-again/12345678") == "Harbour fees rise again"
    assert title_from_slug("https://x.example/news/world/12345678") is None


@pytest.mark.parametrize(("slug_title", "paragraphs", "expected"), [
    # a run of words capitalised inside sentences, the longest run first
    ("Ferry fund splits the harbour board of ostmark", ["The Harbour Board of Ostmark met in Ostmark on Monday."],
     "Ferry fund splits the Harbour Board of Ostmark"),
    # one word the article also writes in lower case stays; a name alone is capitalised
    ("Talks on the union budget stall in brenna", ["Union leaders in Brenna said the union would wait."],
     "Talks on the union budget stall in Brenna"),
    # a capital only at a sentence's start, after a quote mark or a colon is no evidence
    ("Rangers back park plan", ["The rangers agreed. Park staff said: \u201cPlan it.\u201d"], "Rangers back park plan"),
    ("Council backs park plan", ["Park rangers agreed.\nPark staff too."], "Council backs park plan"),
    # an acronym keeps its capitals; a word the article never uses stays as the slug has it
    ("Nato role in the ostmark talks", ["Ministers said NATO was not at the table."], "NATO role in the ostmark talks"),
    # a hyphenated form is another word
    ("Vote in ostmark", ["The Ostmark-born mayor voted."], "Vote in ostmark"),
])
def test_a_slug_title_takes_the_case_its_words_have_in_the_article(
        slug_title: str, paragraphs: list[str], expected: str) -> None:
    assert recase_from_text(slug_title, paragraphs) == expected


def test_a_title_rebuilt_from_the_url_takes_the_articles_capitals() -> None:
    from builder.clean import CleanContext, clean_article
    from builder.model import RawArticle

    text = ("Original url: https://tidings.example/2025/04/02/ostmark-harbour-board-delays-ferry-fund\n\n"
            "The Ostmark Harbour Board on Tuesday delayed a vote on the ferry fund until May, its chair, "
            "Ilse Varnholt, said after a four-hour meeting in the port.\n\n"
            "\u201cWe need the figures first,\u201d Varnholt said. The board meets again next month.\n")
    raw = RawArticle(path="s.txt", stem="s", kind="txt", text=text, sha256="")
    assert clean_article(raw, CleanContext()).metadata.title == "Ostmark Harbour Board delays ferry fund"


def test_byline_inside_date_line_only() -> None:
    assert parse_byline("Posted on March 3, 2025 by Anna Berg") == ["Anna Berg"]
    assert parse_byline("The accord was signed on March 3, 2025 by President Anna Berg.") is None
    assert parse_byline("Written by Anna Berg") == ["Anna Berg"]


def test_bylines_other_phrasings() -> None:
    assert parse_byline("Anna Keller, Geneva correspondent") == ["Anna Keller"]
    assert parse_byline("Anna Keller, staff writer at the Valley Post") == ["Anna Keller"]
    # the outlet is not an author; a name in capitals is written as a name
    assert parse_byline("BY ANNA KELLER, THE LEDGER") == ["Anna Keller"]
    assert parse_byline("Anna Keller, a writer who lives in Geneva, said the talks had stalled.") is None


def test_updated_then_published_line() -> None:
    from builder.clean import CleanContext, clean_article
    from builder.model import RawArticle

    text = (
        "Ministers agree to keep talking on trade corridor\n\nBy Anna Keller\n\n"
        "Updated 5 Mar 2026, Published 4 Mar 2026\n\n"
        "The finance ministers of both countries met in Geneva on Tuesday to discuss the new trade corridor.\n\n"
        "Negotiators expect a draft text by the end of the month, although several questions remain open.\n"
    )
    c = clean_article(RawArticle(path="x.txt", stem="x", kind="txt", text=text, sha256="0"), CleanContext())
    assert c.metadata.date == "2026-03-04"  # the published date, not the update


def test_a_wire_datelines_agency_is_the_source_when_nothing_else_names_one() -> None:
    body = (
        "Harbour operator weighs sale of northern terminals\n\nBy Liam Okafor\n\n"
        "LONDON, March 14 (Reuters) - The operator of the largest container port is weighing a sale of two "
        "terminals, three people familiar with the matter said.\n\n"
        "A sale could fetch about 2 billion euros, one of the people said, and shares rose 4% after the report.\n"
    )
    assert _source(body) == "Reuters"
    assert _source(body.replace("(Reuters) -", "(AP) —")) == "AP"
    # an outlet named elsewhere wins over the dateline
    assert _source(body + "\n© 2025 The Harbour Tribune. All rights reserved.\n") == "The Harbour Tribune"
    # a parenthesis inside a sentence is not a dateline
    assert _source(body.replace("LONDON, March 14 (Reuters) - The", "The minister (Reuters) - the")) is None


def test_byline_with_where_each_author_filed_from() -> None:
    assert parse_byline("By Anna Berg in Oslo and Tomas Ridel in New Delhi") == ["Anna Berg", "Tomas Ridel"]
    assert parse_byline("By Anna Berg in Oslo") == ["Anna Berg"]


def test_byline_with_an_affiliation_after_the_names_list() -> None:
    """'By A and B, Outlet': a comma after the list's 'and' starts the writers' affiliation, not a third name; a
    comma before the 'and' still separates names."""
    assert parse_byline("By Henrietta Cole and Osman Pirin, Harwell Sentinel") == ["Henrietta Cole", "Osman Pirin"]
    assert parse_byline("By Anna Berg & Tom Hale, Tarn") == ["Anna Berg", "Tom Hale"]
    assert parse_byline("By Anna Berg, Tom Hale and Ida Lund") == ["Anna Berg", "Tom Hale", "Ida Lund"]


def test_byline_with_a_label_and_colon() -> None:
    assert parse_byline("Text: Ines Varga") == ["Ines Varga"]
    assert parse_byline("Author: Ines Varga and Pol Moret") == ["Ines Varga", "Pol Moret"]
    assert parse_byline("Text: the lead of the story") is None


def test_bare_names_line() -> None:
    from builder.extract.metadata import bare_names

    assert bare_names("Anna Berg and Tom Hale") == ["Anna Berg", "Tom Hale"]
    assert bare_names("Anna Berg, Tom Hale and Ole Dahl") == ["Anna Berg", "Tom Hale", "Ole Dahl"]
    assert bare_names("Anna Berg") == ["Anna Berg"]
    assert bare_names("Prices rise and wages fall") is None


def test_capitalised_byline_is_written_as_a_name() -> None:
    assert parse_byline("BY KAREL DVORNIK") == ["Karel Dvornik"]
    assert parse_byline("BY SEAN O'NEILL-BRANDT") == ["Sean O'Neill-Brandt"]


def test_bylines_with_markdown_capitals_and_staff() -> None:
    assert parse_byline("**By** Ines Varga  ") == ["Ines Varga"]
    assert parse_byline("by **Ines Varga** | 2026-11-25 | 4 min") == ["Ines Varga"]
    assert parse_byline("BY PIETER VAN DER BERG AND SOFIE DAHL") == ["Pieter van der Berg", "Sofie Dahl"]
    assert parse_byline("By KTN World staff") == []


def test_bare_names_with_place_and_agencies() -> None:
    from builder.extract.metadata import bare_names

    assert bare_names("Dana Milic in Tarn and agencies") == ["Dana Milic"]
    assert bare_names("Dana Milic and agencies") == ["Dana Milic"]


def test_live_blog_shift_markers_after_byline_names() -> None:
    # probe11: a live blog's byline names its writers by shift ('Name (now) and Name (earlier)')
    from builder.extract.metadata import bare_names

    assert bare_names("Lena Marsh (now) and Tomas Fell (earlier)") == ["Lena Marsh", "Tomas Fell"]
    assert bare_names("Lena Marsh (now), Tomas Fell and Ada Rook (earlier)") == ["Lena Marsh", "Tomas Fell", "Ada Rook"]
    assert parse_byline("By Lena Marsh (now) and Tomas Fell (earlier)") == ["Lena Marsh", "Tomas Fell"]
    assert bare_names("Prices rise (now) and wages fall (later)") is None


def test_outlet_name_spelled_in_the_text() -> None:
    from builder.extract.metadata import outlet_in_text

    url = "https://www.courrierdelorsa.example/2026/11/28/ferry"
    assert outlet_in_text(url, ["Photo: © Yann Morel / Courrier de Lorsa", "other"]) == "Courrier de Lorsa"
    assert outlet_in_text(url, ["see courrierdelorsa.example"]) is None


def test_outlet_name_spelled_with_the_subdomain() -> None:
    # probe17: 'news.brightwater.example' is the app 'Brightwater News' (a share-sheet line names it)
    from builder.extract.metadata import outlet_in_text

    url = "https://news.harrowgate.example/a/2027/03/05/slug"
    assert outlet_in_text(url, ["Shared from the Harrowgate News app"]) == "Harrowgate News"
    assert outlet_in_text(url, ["harrowgate news"]) is None  # not written as a name
    assert outlet_in_text("https://www.harrowgate.example/x", ["Harrowgate News"]) is None


def test_posted_by_byline_and_a_dated_dateline() -> None:
    # probe9: a live entry's 'Posted by Name'; a release's 'GENEVA, 27 November 2026 —' dates the article
    from builder.extract.metadata import _dateline_date

    assert parse_byline("Posted by Anna Berg") == ["Anna Berg"]
    assert _dateline_date(["LISSEL, 3 February 2026 — The board said on Monday …"]) == "2026-02-03"
    assert _dateline_date(["LISSEL, Feb 3 (NPA) - The board said …"]) is None
    assert _dateline_date(["The board said on 3 February 2026 — a Monday — that …"]) is None


def test_jan_as_an_authors_given_name() -> None:
    assert parse_byline("By Jan Novak and Eva Berg") == ["Jan Novak", "Eva Berg"]
    assert parse_byline("By Anna Berg Jan 5, 2026") == ["Anna Berg"]


def test_browser_footer_url_cut_with_an_ellipsis_is_not_the_url() -> None:
    """A browser print's footer gives the page address ('https://…/slug    1/2'), unless the browser cut it with '…'."""
    full = [("https://news.example/2025/03/19/harbour-strike-ends    1/2", "pdf_page_furniture", "")]
    cut = [("https://news.example/2025/03/19/harbour-strike-ends-after-nine-da…    1/2", "pdf_page_furniture", "")]
    assert finalise_metadata({}, full, (), []).url == "https://news.example/2025/03/19/harbour-strike-ends"
    assert finalise_metadata({}, cut, (), []).url is None


def test_header_outlet_cell_ends_at_the_wide_gap() -> None:
    """'OUTLET     Section | Subsection     date': the outlet is the first cell, not the cells run together."""
    header = "VARN GAZETTE                    World | Harbours                    12 March 2026"
    units = [(header, "pdf_page_furniture", "")]
    assert finalise_metadata({}, units, (), []).source == "Varn Gazette"


def test_written_by_colon_byline_with_an_editor_cell() -> None:
    # probe19: 'Written by: Name | Edited by: Name' (South Asian dailies): the writer is the author, not the editor
    assert parse_byline("Written by: Anjali Menon | Edited by: Rohit Bhasin") == ["Anjali Menon"]
    assert parse_byline("Reported by: Ama Owusu and Kojo Mensah") == ["Ama Owusu", "Kojo Mensah"]


def test_outlet_from_its_paid_tier_promo_line() -> None:
    # probe19: 'Harbour Gazette Premium: Read unlimited stories …' names the outlet; 'Hearing Plus:' is no outlet
    from builder.extract.metadata import PROMO_OUTLET_RE

    m = PROMO_OUTLET_RE.search("Harbour Gazette Premium: Read unlimited stories and the e-paper. Subscribe Now")
    assert m is not None and m.group(4) == "Harbour Gazette"
    m = PROMO_OUTLET_RE.search("Hearing Plus: our new hearing aid, now 20% off")
    assert m is not None and m.group(4).split()[-1].lower() not in ("news", "gazette")


def test_byline_with_portuguese_particles() -> None:
    # probe22: 'dos'/'das' join the words of a name like 'da' and 'de' ('Beatriz Fonseca dos Reis')
    assert parse_byline("By Joana Teles dos Anjos 21 Nov 2025 - 17:40 · 3 min de leitura") == ["Joana Teles dos Anjos"]
    assert parse_byline("By Rita Mourão das Neves and Anna Berg") == ["Rita Mourão das Neves", "Anna Berg"]


def test_byline_of_an_organisation_names_no_author() -> None:
    # a press release's credit ('by … Agency'), not a writer
    assert parse_byline("by Northern Space Agency") == []
    assert parse_byline("By Harbour Health Organisation") == []
    assert parse_byline("By Tom Hale and Anna Berg") == ["Tom Hale", "Anna Berg"]


def test_byline_name_rendered_twice_is_one_author() -> None:
    assert parse_byline("By Anna Berg Anna Berg") == ["Anna Berg"]


def test_byline_in_capitals_is_title_cased() -> None:
    assert parse_byline("By HARLAN QUIMBY") == ["Harlan Quimby"]


def test_copyright_name_cut_before_a_sentence_and_capitals_title_cased() -> None:
    assert outlet_from_copyright("All rights reserved © 2025 Harbour Post is a registered Trademark of X Inc.") == (
        "Harbour Post"
    )
    assert outlet_from_copyright("© 2025 HARBOUR MEDIAWORKS") == "Harbour Mediaworks"
    assert outlet_from_copyright("© 2025 HBN BROADCASTING") == "HBN Broadcasting"


def test_dates_in_other_languages() -> None:
    assert find_date("19 ноября 2019")[1] == "2019-11-19"  # type: ignore[index]
    assert find_date("Publicado el 4 de febrero de 2025")[1] == "2025-02-04"  # type: ignore[index]
    assert find_date("3 maggio 2020")[1] == "2020-05-03"  # type: ignore[index]
    assert find_date("7 de março de 2021")[1] == "2021-03-07"  # type: ignore[index]
    assert find_date("١٢ مارس ٢٠٢٤")[1] == "2024-03-12"  # type: ignore[index]
    assert find_date("the Mayo Clinic said in 2019") is None


PAGE_WITH_EDITIONS = (
    "Ferry fares frozen for a year on the island routes – The Harbour Star\n\n"
    "Jump directly to the content\n\n"
    "Your Star\n\nSign in\n\nEditions\n\nNorthern Star\nIsland Star\nStar Bingo\n\n"
    "Follow The Harbour Star\n\n"
    "Ferry fares frozen for a year on the island routes\n\n"
    "The island council froze ferry fares for a year on Wednesday after complaints from residents about rising "
    "costs, and promised a review of the timetable in the spring.\n\n"
    "The decision will cost the council about two million in lost revenue, officials estimated on Thursday.\n"
)


def test_a_menu_line_is_no_masthead_when_the_title_and_follow_row_agree() -> None:
    # 'Your Star' (the reader's account menu) and 'Northern Star' (an edition in the menu) are not the outlet: the
    # page <title>'s suffix and the 'Follow' row name it
    assert _source(PAGE_WITH_EDITIONS) == "The Harbour Star"


def test_a_two_digit_year_before_a_clock_time_is_a_timestamp() -> None:
    from builder.extract.metadata import long_years

    assert find_date(long_years("By Lena Varrow - 11/18/19 11:04 PM EST")) == (17, "2019-11-18")
    assert find_date(long_years("11/18/19")) is None  # alone it may be anything
    assert find_date(long_years("Route 11/18/19 closed")) is None


@pytest.mark.parametrize(
    ("bio", "outlet"),
    [
        ("Kim Ode is The Tarn Review's Geneva correspondent.", "The Tarn Review"),
        ("Petra Vollan is a reporter at the Fjordside Courier.", "The Fjordside Courier"),
        ("Ann Lee is a columnist for The Harbour Post in Tarn.", "The Harbour Post"),
        ("Jo Sand is the mayor of Tarn and a columnist.", None),
    ],
)
def test_outlet_named_in_an_author_bio(bio: str, outlet: str | None) -> None:
    from builder.extract.metadata import _source_from_bio

    assert _source_from_bio([(bio, "author_bio", "")], ()) == outlet
    assert _source_from_bio([(bio, None, "")], ()) is None  # only a line the author_bio rule removed


@pytest.mark.parametrize(
    ("url", "clean"),
    [
        ("https://a.example/x/?utm_source=share&utm_medium=copy", "https://a.example/x/"),
        ("https://a.example/x?id=7&utm_campaign=brief&fbclid=Ab1", "https://a.example/x?id=7"),
        ("https://a.example/x?page=2#c", "https://a.example/x?page=2#c"),
    ],
)
def test_tracking_parameters_are_no_part_of_the_address(url: str, clean: str) -> None:
    from builder.extract.metadata import strip_tracking

    assert strip_tracking(url) == clean


@pytest.mark.parametrize(
    ("url", "inner"),
    [
        (
            "https://l.social.example/l.php?u=https%3A%2F%2Fwww.outlet.example%2Fnews%2F2025%2F11%2F03%2Fslug%2F&h=AT1x",
            "https://www.outlet.example/news/2025/11/03/slug/",
        ),
        ("https://search.example/url?q=https://www.outlet.example/a/b-c&sa=D", "https://www.outlet.example/a/b-c"),
        # no wrapped address: the link itself (an article's own query stays)
        ("https://www.outlet.example/article.php?id=48213", "https://www.outlet.example/article.php?id=48213"),
        # a link to the same site is no wrapper ('?redirect=' inside the outlet's own login path)
        (
            "https://www.outlet.example/login?redirect=https://www.outlet.example/news/x",
            "https://www.outlet.example/login?redirect=https://www.outlet.example/news/x",
        ),
    ],
)
def test_a_share_wrapper_gives_the_address_it_wraps(url: str, inner: str) -> None:
    from builder.extract.metadata import unwrap_redirect

    assert unwrap_redirect(url) == inner


def test_probe69_a_double_barrelled_surname_is_not_cut_at_its_hyphen() -> None:
    # probe69: 'Name Name-Name is a news reporter at …' (a bio) read as 'Name Name' and the role after a '-' separator;
    # the hyphen separates a role only with a space before it
    assert parse_byline("Ptolemy Sandbach-Voss is a news reporter at the Calder Post, based in Wrenmouth.") is None
    assert parse_byline("Isaura Penkethman-Roe is a reporter") is None
    assert parse_byline("Anna Berg - Reporter") == ["Anna Berg"]
    assert parse_byline("Anna Berg-Lund, Health Reporter") == ["Anna Berg-Lund"]


_FERRY = ("\n\nFerry crossings on the Brenn resumed on Tuesday after a six-week closure, the harbour authority "
          "said.\n\n\"We are back to the full timetable,\" said harbour master Ilse Varnholt. She said repairs cost "
          "less than feared.\n")


@pytest.mark.parametrize(("promo", "source"), [
    ("Support local reporting in the valley. Become a member of the Ostmark Evening Observer today.",
     "The Ostmark Evening Observer"),
    ("Support independent journalism. Join the supporters of The Brenn Courier.", "The Brenn Courier"),
    # a club's or a charity's appeal names no outlet
    ("Support local reporting in the valley. Become a member of the Ostmark Rowing Club today.", None),
])
def test_the_outlet_named_by_its_own_membership_appeal(promo: str, source: str | None) -> None:
    assert _source(promo + _FERRY) == source
