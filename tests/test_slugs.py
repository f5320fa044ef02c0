from __future__ import annotations

from builder.slugs import SlugRegistry, slugify


def test_ascii_folded_and_safe() -> None:
    assert slugify("Maxime Prévot") == "maxime-prevot"
    assert slugify("Straße über Łódź") == "strasse-uber-lodz"
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("Путин") == "putin"
    assert slugify("Зеленський") == "zelenskiy"
    assert slugify("  ") == "item"
    hebrew = slugify("פוטין")
    assert hebrew.startswith("item-") and hebrew == slugify("פוטין") != slugify("טראמפ")


def test_titles_mostly_in_a_script_we_cannot_fold_keep_a_hash() -> None:
    # An Arabic headline with a date in it folded to "20-2019": meaningless, and the next one from
    # the same day took "20-2019-2", a suffix that depends on the order the articles come in.
    arabic = slugify("20 نوفمبر 2019 وزير المالية يعلن خطة")
    assert arabic.startswith("20-2019-") and len(arabic) == len("20-2019-") + 8
    assert arabic == slugify("20 نوفمبر 2019 وزير المالية يعلن خطة") != slugify("20 نوفمبر 2019 خطة جديدة")
    assert slugify("SNS 논란, 공적인 사안으로 봐야하는 이유").startswith("sns-")
    korean = slugify("엘제이-류화영 진흙탕 싸움")
    assert korean.startswith("item-") and len(korean) == len("item-") + 8
    # a Latin title with a word or two of another script keeps its plain slug
    assert slugify("Putin meets Xi 习近平 in Beijing") == "putin-meets-xi-in-beijing"
    assert slugify("Maxime Prévot in Αθήνα") == "maxime-prevot-in"


def test_long_titles_cut_at_a_word() -> None:
    s = slugify("word " * 40)
    assert len(s) <= 72 and not s.endswith("-") and s.split("-")[-1] == "word"


def test_collisions_get_a_suffix_and_are_recorded() -> None:
    reg = SlugRegistry(reserved={"index"})
    assert [reg.claim(t) for t in ["Index", "A b", "a-b", "A  B"]] == ["index-2", "a-b", "a-b-2", "a-b-3"]
    assert ("a-b", "a-b-2") in reg.collisions
