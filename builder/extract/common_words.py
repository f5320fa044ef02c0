"""Capitalised phrases that are not people, in articles in other languages than English.

The name rules (builder.extract.names) know English: its function words, titles and months. In a
German, Indonesian or Italian article they take "Die Planung", "Saat Rahmat" or "Neue Lage" for
people. Signals read from the article itself and the language detector's function words (with
German's articles and pronouns) tell such phrases apart:

- **A word capitalised only where a sentence starts, and written in lower case elsewhere in the
  article**, is a common word ("Saat" / "saat"), not a given name; nor is **a function word of the
  article's language** (the language detector's: "laut", "como", "saat"; German adds its
  possessives and pronouns). Such words before a name are cut from it: "Saat Rahmat Wibisono" is
  Rahmat Wibisono, "Laut Klara Vennemann" is Klara Vennemann. Inside a name they unmake it
  ("Kassen Ihre").
- **An article** ("Die", "Il", "Um", "El") before capitalised words makes them a thing's name: "Die
  Planung", "Il Cavaliere Nero", "Um Sonho de Verão". Articles that also start surnames ("La
  Russa", "Le Pen", "De Luca") are particles and are not counted.
- **German capitalises its nouns**: a capitalised word that follows an article or a contracted
  preposition ("der Akte", "zur Sicherheit") somewhere in the text is a noun, as is a word with a
  noun's ending ("-ung", "-heit", "-keit", "-schaft", "-tion", "-tät"); a name with a noun in it is not
  a person's ("Technikerkasse Nord", "Nutzung von Daten").

English articles (and articles whose language is unsure) are left as they are.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from builder.extract import names as N
from builder.extract.language import function_words
from builder.model import ActorMention

# German articles, determiners and contracted prepositions that stand before a noun
_GERMAN_DETERMINERS = frozenset(
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines "
    "zum zur im am vom beim ins ans dieser diese dieses diesem diesen jeder jede jedes jedem jeden".split()
)
# ... and the possessives and pronouns that start a capitalised phrase as a determiner does ('Ihre Kunden'),
_GERMAN_FUNCTION_WORDS = _GERMAN_DETERMINERS | frozenset(
    "ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem unserer sein seine seinen seinem seiner "
    "mein meine dein deine euer eure sie es wir "
    # prepositions and conjunctions that start a sentence before a name ('Laut Name', 'Für Name')
    "laut gemäß mit für bei nach gegen ohne trotz wegen seit und aber doch oder".split()
)
_GERMAN_PARTICLES = frozenset("von zu vom zum van de".split())
# the articles of other languages that are no name particle ('la', 'le', 'de' start surnames: 'La Russa')
_ARTICLES = {
    "it": frozenset("il lo gli un una uno".split()),
    "pt": frozenset("o os um uma".split()),
    "es": frozenset("el los un una".split()),
    "fr": frozenset("les un une".split()),
    "nl": frozenset("het een".split()),
}
_GERMAN_NOUN_RE = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(_GERMAN_DETERMINERS))}) ([^\W\d_][\w-]*)")
# endings only German nouns have ('Nutzung', 'Sicherheit', 'Versorgung'); '-ung' on a long word
# only, as short surnames end so too ('Jung', 'Hartung')
_GERMAN_NOUN_END_RE = re.compile(r"(?:heit|keit|schaft|tion|tät|ismus|nis|nisse)(?:en)?$|\w{5}ung(?:en)?$")
_WORD_RE = re.compile(r"[^\W\d_][\w’'-]*")
_SENTENCE_END = frozenset(".!?:;…\n")  # (a line break: a heading line's end)
_OPENERS = frozenset("\"'“”‘’«»„([—–-* ")


def _at_sentence_start(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in _OPENERS:
        j -= 1
    return j < 0 or text[j] in _SENTENCE_END


def _common_capitals(paragraphs: list[str], german: bool) -> set[str]:
    """Capitalised words met only at sentence starts whose lower-case form the article also uses (in German,
    also with another ending: ``_inflected``)."""
    lower: set[str] = set()
    starts: set[str] = set()
    inside: set[str] = set()
    for text in paragraphs:
        for m in _WORD_RE.finditer(text):
            w = m.group()
            if w[0].islower():
                lower.add(w)
            elif _at_sentence_start(text, m.start()):
                starts.add(w)
            else:
                inside.add(w)
    only_starts = starts - inside
    common = {w for w in only_starts if w.lower() in lower}
    if german:
        ordered = sorted(lower)
        common |= {w for w in only_starts - common if _inflected(w, ordered)}
    return common


def _inflected(word: str, lower: list[str]) -> bool:
    """A German adjective or noun met in lower case with another ending ('Aktuelle' / 'aktuellen',
    'Technische' / 'technischen'): the word's first letters but its last two, at least five."""
    stem = word.lower()[:-2]
    if len(stem) < 5:
        return False
    i = bisect_left(lower, stem)
    return i < len(lower) and lower[i].startswith(stem)


def without_common_words(
    actors: list[ActorMention], paragraphs: list[str], language: str | None
) -> list[ActorMention]:
    """``actors`` without the capitalised phrases that the article's own text shows are not names (see the
    module's docstring); unchanged for English or an unsure language."""
    if language in (None, "en") or not actors:
        return actors
    german = language == "de"
    common = _common_capitals(paragraphs, german)
    function = function_words(language) | (_GERMAN_FUNCTION_WORDS if german else frozenset())
    # a name may start with a particle ('de Almeida', 'van den Berg'); in German only these are one
    particles = _GERMAN_PARTICLES if german else N.PARTICLES
    nouns = set()
    if german:
        nouns = {w for text in paragraphs for m in _GERMAN_NOUN_RE.finditer(text) if (w := m.group(1))[0].isupper()}
    articles = _GERMAN_DETERMINERS if german else _ARTICLES.get(language or "", frozenset())
    out: list[ActorMention] = []
    for a in actors:
        toks = a.name.split()
        if toks[0].lower() in articles:
            continue  # 'Die Planung', 'Il Cavaliere Nero', 'Um Sonho de Verão': a thing's name
        cut = 0
        while cut < len(toks) and (
            toks[cut] in common or (toks[cut].lower() in function and toks[cut].lower() not in particles)
        ):
            cut += 1  # 'Saat Rahmat Wibisono', 'Laut Klara Vennemann': the name is what follows
        words = [t for t in toks[cut:] if not N.is_particle(t)]
        if not words or any(w.lower() in function for w in words):
            continue  # 'Kassen Ihre'
        if any(w in nouns or (german and _GERMAN_NOUN_END_RE.search(w)) for w in words):
            continue  # 'Technikerkasse Nord', 'Daten der Akte', 'Planung von Daten'
        if cut:
            a = _without_lead(a, toks[:cut])
            same = next((b for b in out if b.name == a.name), None)
            if same is not None:  # ('Saat Rahmat' and 'Rahmat' found apart)
                same.mentions.extend(m for m in a.mentions if m not in same.mentions)
                continue
            if len(words) < 2:
                continue  # 'Laut Vertrag', 'Bahkan Wibisono': one word left, and nothing to show it names a person
        out.append(a)
    return out


def _without_lead(a: ActorMention, lead: list[str]) -> ActorMention:
    """The actor named without the common words before its name, in its name and in each of its forms."""
    head = " ".join(lead) + " "
    mentions: list[str] = []
    for m in a.mentions:
        m = m.removeprefix(head)
        if m not in mentions:
            mentions.append(m)
    return ActorMention(name=a.name.removeprefix(head), mentions=mentions, roles=list(a.roles))
