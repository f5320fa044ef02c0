"""builder/extract/language.py: the language of an article from its letters and function words."""

from __future__ import annotations

import time

import pytest

from builder.extract.language import detect_language

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
