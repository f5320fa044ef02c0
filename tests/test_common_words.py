"""Capitalised common words and nouns of other languages than English are not people
(builder.extract.common_words), and a Russian name in several grammatical cases is one person
(builder.extract.names.slavic_stem, case_rank). Invented text and names."""

from __future__ import annotations

from builder.extract.actors import find_actors, merge_actors
from builder.extract.language import detect_language
from builder.extract.registry import Registry

EMPTY = Registry()

GERMAN = [
    "Die Akte liegt beim Hausarzt. Laut Klara Vennemann, Ärztin in Kornstadt, ist die Akte oft unvollständig.",
    "Aktuelle Situation",
    "Die aktuelle Lage ist schwierig: Die Einführung der Akte dauert, sagte Vennemann. Ihre Partner warten.",
    "Das Klinikum Kornstadt und die Technikerkasse Nord prüfen die Nutzung von Dokumenten.",
    "Mit der Technikerkasse Nord will das Klinikum die Versorgung verbessern, und die Kosten sinken nicht.",
]


def _names(paragraphs: list[str], language: str | None) -> set[str]:
    merged = merge_actors([("a", find_actors(paragraphs, EMPTY, language))], EMPTY)
    return {m.name for m in merged.actors.values()}


def test_german_nouns_articles_and_sentence_start_words_are_not_people() -> None:
    assert detect_language(GERMAN) == "de"
    names = _names(GERMAN, "de")
    assert names == {"Klara Vennemann"}


def test_the_same_text_read_as_english_keeps_the_english_rules() -> None:
    # the filter is for other languages only: read as English, the phrases the English rules take stay
    assert _names(GERMAN, "en") - {"Klara Vennemann"}
    assert _names(GERMAN, None) == _names(GERMAN, "en")


def test_a_word_capitalised_only_at_sentence_starts_is_not_a_given_name() -> None:
    paras = [
        "Saat Rahmat Wibisono tiba di kota, hujan turun. Warga menunggu saat itu di pasar.",
        "Bahkan Wibisono tidak tahu. Kami bahkan tidak diberi tahu, kata Dewi Anggraini kepada wartawan.",
        "Dewi Anggraini dan Rahmat Wibisono akan bertemu lagi pekan depan untuk membahas rencana itu.",
    ]
    assert detect_language(paras) == "id"
    assert _names(paras, "id") == {"Rahmat Wibisono", "Dewi Anggraini"}
    assert "Saat Rahmat Wibisono" in {a.name for a in find_actors(paras, EMPTY)}  # without the language
    (wib,) = [a for a in find_actors(paras, EMPTY, "id") if a.name == "Rahmat Wibisono"]
    assert "Saat Rahmat Wibisono" not in wib.mentions and "Rahmat Wibisono" in wib.mentions


def test_a_function_word_of_the_language_is_no_name_word() -> None:
    paras = [
        "Il Cavaliere Nero è tornato nei negozi, e la collezione piace a Chiara Benvenuti, che la vende da anni.",
        "Benvenuti dice che il prezzo è giusto per una collezione che non si trova più nelle edicole della città.",
    ]
    assert detect_language(paras) == "it"
    assert _names(paras, "it") == {"Chiara Benvenuti"}


def test_a_particle_may_still_start_a_name_in_another_language() -> None:
    paras = [
        "O treinador Rui de Almeida disse que a equipe está pronta para o jogo de domingo no estádio da cidade.",
        "Segundo de Almeida, os jogadores não estão cansados e a equipe vai jogar com os titulares.",
    ]
    assert detect_language(paras) == "pt"
    assert "Rui de Almeida" in _names(paras, "pt")


def test_russian_case_forms_of_one_name_are_one_person_named_in_the_nominative() -> None:
    paras = [
        "У Марины Сольцевой есть рецепт, который она получила от Игоря Веденеева много лет назад.",
        "Марина Сольцева говорит, что рецепт простой. Игорь Веденеев с этим не спорит.",
    ]
    acts = find_actors(paras, EMPTY, "ru")
    assert [a.name for a in acts] == ["Марина Сольцева", "Игорь Веденеев"]
    assert set(acts[0].mentions) == {"Марины Сольцевой", "Марина Сольцева"}


def test_russian_case_forms_merge_across_articles_to_the_nominative() -> None:
    one = find_actors(["Об этом рассказала Ольге Травиной её соседка, и Ольгу Травину это удивило."], EMPTY, "ru")
    two = find_actors(["Ольга Травина открыла кафе в прошлом году."], EMPTY, "ru")
    merged = merge_actors([("a", one), ("b", two)], EMPTY)
    assert {m.name for m in merged.actors.values()} == {"Ольга Травина"}
    # a man and a woman of one surname stay two people
    three = find_actors(["Ольга Травина и Олег Травин открыли кафе."], EMPTY, "ru")
    assert {m.name for m in merge_actors([("c", three)], EMPTY).actors.values()} == {"Ольга Травина", "Олег Травин"}
