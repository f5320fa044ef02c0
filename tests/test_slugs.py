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


def test_long_titles_cut_at_a_word() -> None:
    s = slugify("word " * 40)
    assert len(s) <= 72 and not s.endswith("-") and s.split("-")[-1] == "word"


def test_collisions_get_a_suffix_and_are_recorded() -> None:
    reg = SlugRegistry(reserved={"index"})
    assert [reg.claim(t) for t in ["Index", "A b", "a-b", "A  B"]] == ["index-2", "a-b", "a-b-2", "a-b-3"]
    assert ("a-b", "a-b-2") in reg.collisions
