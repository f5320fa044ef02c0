"""builder/extract/language.py: the language of an article from its letters and function words."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from builder.config import load_config
from builder.content import validate_meta
from builder.errors import ContentError
from builder.extract.language import detect_language
from builder.pipeline import BuildOptions, BuildResult, run_build
from builder.render import other_language
from tests.conftest import make_project

TEXTS = {
    "en": "The minister said on Tuesday that the talks with the union were over and that the strike would go on.",
    "de": "Der Minister sagte am Dienstag, dass die Gespräche mit der Gewerkschaft beendet sind und der Streik "
    "weitergeht.",
    "fr": "Le ministre a déclaré mardi que les discussions avec les syndicats sont terminées et que la grève "
    "continue dans le pays.",
    "es": "El ministro dijo el martes que las conversaciones con los sindicatos han terminado y que la huelga "
    "sigue en el país.",
    "it": "Il ministro ha detto martedì che le trattative con i sindacati sono finite e che lo sciopero della "
    "scuola continua.",
    "pt": "O ministro disse na terça-feira que as conversas com os sindicatos terminaram e que a greve continua "
    "no país.",
    "nl": "De minister zei dinsdag dat de gesprekken met de vakbond zijn afgelopen en dat de staking doorgaat "
    "in het land.",
    "id": "Menteri mengatakan pada hari Selasa bahwa pembicaraan dengan serikat pekerja sudah selesai dan "
    "pemogokan akan terus berlanjut di kota itu.",
    "pl": "Minister powiedział we wtorek, że rozmowy ze związkami się zakończyły i że strajk jest nadal "
    "prowadzony w całym kraju.",
    "tr": "Bakan salı günü yaptığı açıklamada sendika ile görüşmelerin bittiğini ve grevin devam edeceğini "
    "söyledi, ancak bu bir son değil.",
    "sv": "Ministern sade på tisdagen att samtalen med facket är över och att strejken fortsätter i hela "
    "landet.",
    "no": "Regjeringen sa i dag at skatten økes neste år, men opposisjonen er kritisk og krever en ny "
    "utredning av saken, og det ble ikke noe svar.",
    "da": "Ministeren sagde tirsdag, at forhandlingerne med fagforeningen er slut, og at strejken fortsætter "
    "i hele landet.",
    "ru": "Министр заявил во вторник, что переговоры с профсоюзом завершены и забастовка продолжится.",
    "uk": "Міністр заявив у вівторок, що переговори з профспілкою завершені, а страйк триватиме.",
    "bg": "Министърът заяви във вторник, че преговорите със синдиката са приключили и стачката продължава.",
    "el": "Ο υπουργός δήλωσε την Τρίτη ότι οι συνομιλίες με το συνδικάτο ολοκληρώθηκαν.",
    "ar": "قال الوزير يوم الثلاثاء إن المحادثات مع النقابة انتهت وإن الإضراب سيستمر.",
    "fa": "وزیر روز سه‌شنبه گفت که گفتگوها با اتحادیه به پایان رسیده و اعتصاب ادامه خواهد داشت.",
    "he": "השר אמר ביום שלישי כי השיחות עם האיגוד הסתיימו והשביתה תימשך.",
    "ko": "장관은 화요일 노조와의 협상이 끝났으며 파업은 계속될 것이라고 말했다.",
    "ja": "大臣は火曜日、労働組合との交渉は終わり、ストライキは続くと述べた。",
    "zh": "部长周二表示，与工会的谈判已经结束，罢工将继续进行。",
    "th": "รัฐมนตรีกล่าวเมื่อวันอังคารว่าการเจรจากับสหภาพแรงงานสิ้นสุดลงแล้ว",
    "hi": "मंत्री ने मंगलवार को कहा कि संघ के साथ बातचीत समाप्त हो गई है।",
    "ka": "მინისტრმა სამშაბათს განაცხადა, რომ მოლაპარაკებები დასრულდა.",
    "hy": "Նախարարը երեքշաբթի օրը հայտարարեց, որ բանակցություններն ավարտվել են։",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_detects_short_texts(lang: str) -> None:
    assert detect_language([TEXTS[lang]]) == lang


@pytest.mark.parametrize(
    "paragraphs",
    [
        [],
        [""],
        ["12 345 678 — 2025-12-02"],
        ["Putin"],  # too few letters
        ["Kyle Busch 5040 Martin Truex Jr. 5035 Kevin Harvick 5033"],  # names, no function words
        # half Russian, half English: no script holds most letters
        ["Министр заявил во вторник, что переговоры завершены.", "The minister said the talks were over today."],
    ],
)
def test_unsure_is_none(paragraphs: list[str]) -> None:
    assert detect_language(paragraphs) is None


def test_an_english_article_quoting_a_little_russian_is_english() -> None:
    text = [
        "The Kremlin spokesman said on Tuesday that the meeting was useful and that the talks would go on.",
        "He called it «полезная встреча» and said the two sides had agreed to meet again.",
        "The talks were held in Moscow, and the Americans were expected to report to the White House.",
    ]
    assert detect_language(text) == "en"


def test_reads_only_the_start_and_is_deterministic() -> None:
    body = [TEXTS["de"]] * 40 + [TEXTS["en"]] * 400
    assert detect_language(body) == "de"
    assert detect_language(body) == detect_language(list(body))


def test_cheap() -> None:
    body = [TEXTS["en"] * 3] * 20
    mixed = [TEXTS["ru"] + " " + TEXTS["en"]] * 20
    for b in (body, mixed):
        start = time.perf_counter()
        for _ in range(200):
            detect_language(b)
        per = (time.perf_counter() - start) / 200
        assert per < 0.0005, per  # well under half a millisecond even on a loaded machine


# ---- the language through the build: override, front matter, pages, feeds ----------------------

RUSSIAN = (
    "Министр обороны заявил о новых учениях\n\n2 декабря 2025\n\n"
    "Министр обороны заявил во вторник, что новые учения начнутся на следующей неделе. "
    "По его словам, в них примут участие несколько тысяч военных.\n\n"
    "«Мы готовы ко всему», — сказал Сергей Шойгу журналистам после совещания в Москве. "
    "Он добавил, что учения продлятся две недели и пройдут на нескольких полигонах.\n"
)


def _project(tmp_path: Path, yml: str | None = None, md: str | None = None) -> Path:
    proj = make_project(tmp_path)
    (proj / "seeds" / "ru-exercises.txt").write_text(RUSSIAN, encoding="utf-8")
    (proj / "content" / "articles" / "ru-exercises.yml").write_text(
        "title: Министр обороны заявил о новых учениях\ndate: 2025-12-02\nsource: ТАСС\n" + (yml or ""),
        encoding="utf-8",
    )
    if md is not None:
        (proj / "content" / "articles" / "note.md").write_text(md, encoding="utf-8")
    return proj


def _build(proj: Path) -> BuildResult:
    result = run_build(load_config(None, root=proj), BuildOptions(workers=1))
    assert result.ok, result.summary()
    return result


def _slug(site: Path, start: str) -> str:
    return next(p.parent.name for p in (site / "articles").glob(f"{start}*/index.html"))


def test_a_russian_article_carries_its_language_and_the_chrome_keeps_the_sites(tmp_path: Path) -> None:
    proj = _project(tmp_path)
    _build(proj)
    site = proj / "site"
    slug = _slug(site, "ministr")
    page = (site / "articles" / slug / "index.html").read_text(encoding="utf-8")
    assert page.startswith('<!DOCTYPE html>\n<html lang="en">')  # the chrome: the site's language
    assert '<h1 id="story-title" lang="ru">Министр обороны' in page
    assert '<div class="story-body" lang="ru">' in page
    assert '"inLanguage": "ru"' in page or '"inLanguage":"ru"' in page
    assert '<nav class="site-nav" aria-label="Main">' in page  # no lang on the chrome
    # the English seeds say nothing: the page's lang is theirs
    en = (site / "articles" / _slug(site, "putin-maintains") / "index.html").read_text(encoding="utf-8")
    assert ' lang="' not in en.split("<html", 1)[1].split(">", 1)[1]
    # lists: the timeline entry's title and lead, the outlet's list, the feed entry
    home = (site / "index.html").read_text(encoding="utf-8")
    entry = home.split(f'articles/{slug}/index.html', 1)[0].rsplit('<article class="entry">', 1)[1]
    assert entry == '\n  <h3 class="entry-title" lang="ru"><a href="'
    assert '<p class="lead" lang="ru">Министр обороны заявил во вторник' in home
    outlet = next((site / "sources").glob("*/index.html")).parent
    for o in (site / "sources").iterdir():
        if (o / "index.html").is_file() and slug in (o / "index.html").read_text(encoding="utf-8"):
            outlet = o
    assert f'href="../../articles/{slug}/index.html" lang="ru">' in (outlet / "index.html").read_text(encoding="utf-8")
    feed = (site / "feed.xml").read_text(encoding="utf-8")
    assert '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">' in feed
    assert feed.count('<entry xml:lang="ru">') == 1 and feed.count("<entry>") == feed.count("<entry") - 1


def test_quotes_from_the_article_carry_its_language(tmp_path: Path) -> None:
    # the quote finder reads English: mark a seed with quotes as another language by its override
    proj = make_project(tmp_path)
    (proj / "content" / "articles" / "000_eab357e4e4cc0aca.yml").write_text("language: de\n", encoding="utf-8")
    _build(proj)
    site = proj / "site"
    slug = _slug(site, "trump-says")
    page = (site / "articles" / slug / "index.html").read_text(encoding="utf-8")
    quotes = page.split('<section class="people"', 1)[1].split("</section>", 1)[0].split("<blockquote")[1:]
    assert quotes and all(q.startswith(' lang="de">') for q in quotes)
    trump = (site / "actors" / "donald-trump" / "index.html").read_text(encoding="utf-8")
    items = [li for li in trump.split("<li>") if f"articles/{slug}/index.html" in li and "<blockquote" in li]
    assert items and all('<blockquote lang="de">' in li for li in items)
    assert all(f'articles/{slug}/index.html" lang="de">' in li for li in items)  # the article's title
    others = [li for li in trump.split("<li>") if "<blockquote" in li and f"articles/{slug}/" not in li]
    assert others and all("<blockquote>" in li for li in others)


def test_the_override_sets_the_language_and_a_bad_value_names_file_and_key(tmp_path: Path) -> None:
    proj = _project(tmp_path, yml="language: uk\n")
    _build(proj)
    site = proj / "site"
    page = (site / "articles" / _slug(site, "ministr") / "index.html").read_text(encoding="utf-8")
    assert '<h1 id="story-title" lang="uk">' in page
    # the site's own language as override: no lang attribute at all; a regional variant of it: one
    for value, want in (("en", '<h1 id="story-title">'), ("en-GB", '<h1 id="story-title" lang="en-GB">')):
        (proj / "content" / "articles" / "ru-exercises.yml").write_text(
            f"title: Министр обороны\ndate: 2025-12-02\nlanguage: {value}\n", encoding="utf-8"
        )
        _build(proj)
        page = (site / "articles" / _slug(site, "ministr") / "index.html").read_text(encoding="utf-8")
        assert want in page
        assert '<div class="story-body">' in page if value == "en" else '<div class="story-body" lang="en-GB">' in page
    for bad in ("Russian please", "r", "12", "[ru, uk]"):
        (proj / "content" / "articles" / "ru-exercises.yml").write_text(f"language: {bad}\n", encoding="utf-8")
        result = run_build(load_config(None, root=proj), BuildOptions(workers=1))
        line = next(x for x in result.summary().splitlines() if "ru-exercises.yml" in x and "language" in x)
        assert "content/articles/ru-exercises.yml" in line and "language: expected a language tag" in line


@pytest.mark.parametrize(
    ("value", "ok"),
    [("ru", True), ("pt-BR", True), ("zh-Hant", True), ("sr-Latn-RS", True), ("es-419", True),
     ("", False), ("russian", False), ("pt_BR", False), ("r", False), (7, False), (["ru"], False)],
)
def test_language_values(value: object, ok: bool) -> None:
    if ok:
        assert validate_meta({"language": value}, "content/articles/x.yml") == {"language": value}
    else:
        with pytest.raises(ContentError, match=r"content/articles/x\.yml.*language: expected a language tag"):
            validate_meta({"language": value}, "content/articles/x.yml")


def test_handwritten_front_matter_sets_the_language_else_it_is_detected(tmp_path: Path) -> None:
    md = (
        "---\ntitle: Nota della redazione\ndate: 2025-12-03\nlanguage: it-CH\n---\n"
        "La redazione ha deciso di pubblicare gli articoli della settimana in un solo numero.\n"
    )
    proj = _project(tmp_path, md=md)
    _build(proj)
    site = proj / "site"
    page = (site / "articles" / _slug(site, "nota-della") / "index.html").read_text(encoding="utf-8")
    assert '<h1 id="story-title" lang="it-CH">' in page
    (proj / "content" / "articles" / "note.md").write_text(md.replace("language: it-CH\n", ""), encoding="utf-8")
    _build(proj)
    page = (site / "articles" / _slug(site, "nota-della") / "index.html").read_text(encoding="utf-8")
    assert '<h1 id="story-title" lang="it">' in page


def test_other_language() -> None:
    assert other_language(None, "en") is None
    assert other_language("en", "en") is None
    assert other_language("EN", "en") is None
    assert other_language("en", "en-GB") is None  # a detected bare tag on a regional site
    assert other_language("en-US", "en-GB") == "en-US"
    assert other_language("pt-BR", "pt") == "pt-BR"
    assert other_language("ru", "en") == "ru"


def test_clean_json_names_the_language() -> None:
    from builder.extract.registry import Registry
    from builder.model import RawArticle
    from builder.process import ProcessContext, facts_json, process

    raw = RawArticle(path="ru.txt", stem="ru", kind="txt", text=RUSSIAN, sha256="0")
    facts = process(raw, ProcessContext())
    assert facts.language == "ru"
    assert facts_json(facts, Registry())["language"] == "ru"
    assert facts_json(facts, Registry(), {"language": "uk"})["language"] == "uk"
    # cached and read back with the rest of the facts
    from builder.model import ArticleFacts

    assert ArticleFacts.from_dict(facts.to_dict()).language == "ru"
