"""The language of an article's clean text, from its letters: pure, deterministic, no data files.

Two cheap signals, read from the first ``SAMPLE`` characters of the body:

1. **Script.** Each word is classed by the Unicode block of its first letter. A script used by one
   language decides it (Greek -> el, Hangul -> ko, Thai -> th, Georgian -> ka, …); a script shared by
   several is split by letters only some of them use (Cyrillic: ы/э -> ru, ї/є/ґ/і -> uk, ў -> be,
   ђ/ћ -> sr, ѓ/ќ/ѕ -> mk, ъ without ы/э -> bg; Arabic: پ/چ/ژ/گ -> fa, ے/ں/ٹ -> ur; Han with
   Kana -> ja, Han alone -> zh).
2. **Function words**, for Latin-script text: each language's commonest short words that few other
   languages share ("the", "und", "les", "della", "yang", "się", "için", "och" …). The language
   with the most hits wins when it has enough of them and clearly more than the runner-up.

``detect_language`` returns a primary BCP 47 subtag ("ru", "de") or None when unsure: too few
letters, no script holding most of them (a mixed text), a Latin text whose function words are few
or split between two languages. None means "the site's language". Some 25-50 µs an article.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable

SAMPLE = 1200  # characters of the body read: some 200 words, a clear count at a bounded cost
MIN_LETTERS = 12  # fewer letters in the dominant script: unsure
DOMINANT = 0.6  # share of the letters the dominant script must hold (else: a mixed text)
MIN_HITS = 3  # function words the winning Latin-script language needs at least
MARGIN = 1.5  # ... and this many times the runner-up's
MIN_SHARE = 0.08  # ... and this share of the Latin words

STRIDE = 3  # a long non-ASCII sample's scripts are counted on every third character
_SCRIPT_OF: dict[str, str] = {}  # character -> script ("" for a non-letter), filled as met

# (first code point, script) of each range; a code point belongs to the last start at or below it.
# "latin" spans Basic Latin to IPA/spacing modifiers and Latin Extended Additional; "-" is anything
# else (symbols, combining marks, scripts no language is told from).
_RANGES: list[tuple[int, str]] = [
    (0x0000, "latin"), (0x0300, "-"), (0x0370, "el"), (0x0400, "cyrillic"), (0x0530, "hy"),
    (0x0590, "he"), (0x0600, "arabic"), (0x0700, "-"), (0x0750, "arabic"), (0x0780, "-"),
    (0x0900, "hi"), (0x0980, "bn"), (0x0A00, "pa"), (0x0A80, "gu"), (0x0B00, "-"), (0x0B80, "ta"),
    (0x0C00, "te"), (0x0C80, "kn"), (0x0D00, "ml"), (0x0D80, "si"), (0x0E00, "th"), (0x0E80, "lo"),
    (0x0F00, "-"), (0x1000, "my"), (0x10A0, "ka"), (0x1100, "ko"), (0x1200, "am"), (0x13A0, "-"),
    (0x1780, "km"), (0x1800, "-"), (0x1C90, "ka"), (0x1CC0, "-"), (0x1E00, "latin"), (0x1F00, "el"),
    (0x2000, "-"), (0x2D00, "ka"), (0x2D30, "-"), (0x3040, "kana"), (0x3100, "-"), (0x3130, "ko"),
    (0x3190, "-"), (0x31F0, "kana"), (0x3200, "-"), (0x3400, "han"), (0x4DC0, "-"), (0x4E00, "han"),
    (0xA000, "-"), (0xAC00, "ko"), (0xD7B0, "-"), (0xF900, "han"), (0xFB00, "-"), (0xFB1D, "he"),
    (0xFB50, "arabic"), (0xFE00, "-"), (0xFE70, "arabic"), (0xFF00, "-"), (0xFF21, "latin"),
    (0xFF3B, "-"), (0xFF41, "latin"), (0xFF5B, "-"), (0xFF66, "kana"), (0xFFA0, "-"),
    (0x20000, "han"), (0x2FA20, "-"),
]
_STARTS = [s for s, _ in _RANGES]
_NAMES = [n for _, n in _RANGES]

# Cyrillic: letters that only some of its languages use, checked in this order.
_CYRILLIC = (
    ("sr", "ђћ"),
    ("mk", "ѓќѕ"),
    ("be", "ў"),
    ("uk", "їєґ"),
    ("kk", "әғқңөұүһ"),  # Kazakh and its neighbours: a language we do not name
    ("ru", "ыэё"),
)
_ARABIC = (("ur", "ےںٹڈڑ"), ("fa", "پچژگکی"))

# Function words per Latin-script language: frequent, short, and mostly the language's own. A word
# several languages share counts for each of them; the margin over the runner-up settles it.
_STOP: dict[str, str] = {
    "en": "the and of to is that for with was were are this from have has had been which who would "
    "their they will said not but it its by an at on as be he she his her or more after about than",
    "de": "der die das und ist nicht den dem des ein eine einen einem mit sich auf für von zu auch "
    "wird wurde sind noch nach bei aus wie über oder werden hat haben dass sie er es im",
    "fr": "de le la les des du un une et est dans que qui pour pas sur au aux avec par ce cette sont "
    "ont été il elle ne plus se son sa ses leur mais comme nous vous",
    "es": "de el la los las del un una y es en que por para con no se su sus al lo como más pero "
    "fue ha han este esta entre sobre también ya muy porque cuando",
    "it": "il lo la gli le di del della dei delle un una e è che non per con sono si nel nella "
    "alla al da anche ha come più ma questo questa ai degli",
    "pt": "de o a os as do da dos das um uma e é que não para com em no na nos nas por se foi mais "
    "ao pelo pela como mas também seu sua são está",
    "nl": "de het een en van is dat niet op te in met voor zijn er aan ook als bij door naar wordt "
    "werd nog maar om uit over heeft hebben deze dit",
    "id": "yang dan di ini itu dengan untuk dari tidak dalam akan pada juga ke karena ada oleh "
    "saat bisa sudah telah atau mereka kami kita adalah tersebut",
    "pl": "i w nie na się z że do to jest jak po od przez ale o dla za są jego co już być oraz "
    "który która które tym także",
    "tr": "ve bir bu da de için ile olarak daha gibi çok en olan ama ne değil kadar sonra göre "
    "ancak şu her ise mı mi",
    "sv": "och att det som en är på för med av till den har inte om ett de jag men var sig från "
    "vid också eller efter kan",
    "da": "og at det som en er på for med af til den har ikke om et de jeg men var sig fra ved "
    "også eller efter kan blev bliver sagde meget noget hvad nu mig dig",
    "no": "og at det som en er på for med av til den har ikke om et de jeg men var seg fra ved "
    "også eller etter kan ble blir sa noe hva mye nå meg deg",
    "fi": "ja on ei se että oli ovat mutta kun myös joka tai hän tämä sen ole kuin vain jo nyt "
    "olla mukaan",
    "cs": "a v se na je že to s z do k o ve jako pro by jsou ale byl však podle také jeho již "
    "který která které",
    "ro": "și în de la cu a pe care din un o nu să este mai pentru se au fost sau ca acest această "
    "dar după",
    "hu": "a az és hogy nem is egy van de meg azt csak mint már el ki volt még ez után pedig "
    "szerint kell",
}
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOP.items():
    for _w in _words.split():
        _LANGS_OF[_w] = (*_LANGS_OF.get(_w, ()), _lang)


def function_words(language: str | None) -> frozenset[str]:
    """The commonest short words of a Latin-script language (lower case) as the detector counts them; none for
    another language."""
    return _STOP_SETS.get(language or "", frozenset())


_STOP_SETS = {lang: frozenset(words.split()) for lang, words in _STOP.items()}


def _script(ch: str) -> str:
    cp = ord(ch)
    if cp < 0x250:
        return "latin"
    return _NAMES[bisect_right(_STARTS, cp) - 1]


def _sample(paragraphs: Iterable[str]) -> str:
    parts: list[str] = []
    size = 0
    for p in paragraphs:
        parts.append(p)
        size += len(p) + 1
        if size >= SAMPLE:
            break
    return "\n".join(parts)[:SAMPLE]


def detect_language(paragraphs: Iterable[str]) -> str | None:
    """The primary language subtag of a body's paragraphs, or None when unsure."""
    text = _sample(paragraphs).lower()
    # Most articles: (nearly) all ASCII. Each character beyond ASCII adds 1-3 bytes to the UTF-8
    # form, so when the extra bytes are under an eighth of the characters, other scripts hold too
    # few letters to matter (a dash, curly quotes, an accent or a name in Cyrillic): no script to
    # weigh, and the words decide. Encoding is a copy in C; counting every character is not.
    if (len(text.encode()) - len(text)) * 8 < len(text):
        return _latin(text.split())
    letters = _letters_by_script(text)
    if not letters:
        return None
    total = sum(letters.values())
    script, count = max(letters.items(), key=lambda kv: (kv[1], kv[0]))
    if script in ("han", "kana"):  # Japanese mixes Kana with Han: count them together
        count = letters.get("han", 0) + letters.get("kana", 0)
        script = "ja" if letters.get("kana", 0) * 10 >= count else "zh"
    if count < MIN_LETTERS or count < DOMINANT * total or script == "-":
        return None
    if script == "latin":
        return _latin(text.split())
    if script == "cyrillic":
        return _by_letters(text, _CYRILLIC, "bg" if "ъ" in text else None)
    if script == "arabic":
        return _by_letters(text, _ARABIC, "ar")
    return script


def _letters_by_script(text: str) -> dict[str, int]:
    """Letters per script, counted on every STRIDE-th character of a long text (the counts scaled
    back): a script's share is as clear on a third of the sample, at a third of the cost."""
    stride = STRIDE if len(text) >= 300 else 1
    letters: dict[str, int] = {}
    for ch, n in Counter(text[::stride]).items():
        script = _SCRIPT_OF.get(ch)
        if script is None:
            script = _script(ch) if ch.isalpha() else ""
            if len(_SCRIPT_OF) < 20000:
                _SCRIPT_OF[ch] = script
        if script:
            letters[script] = letters.get(script, 0) + n * stride
    return letters


def _by_letters(lower: str, table: tuple[tuple[str, str], ...], default: str | None) -> str | None:
    for lang, marks in table:
        if any(m in lower for m in marks):
            return None if lang == "kk" else lang
    if table is _CYRILLIC and "і" in lower:  # Ukrainian і without ї/є/ґ in a short text
        return "uk"
    return default


def _latin(words: list[str]) -> str | None:
    """The language whose function words the text uses most, when it clearly leads. A word shared
    by k languages weighs 1/k for each (Danish and Norwegian share most of theirs: their own few
    decide); the hits, counted whole, must be enough and a fair share of the words."""
    weight: dict[str, float] = {}
    hits: dict[str, int] = {}
    for langs, n in Counter(map(_LANGS_OF.get, words)).items():
        if langs:
            for lang in langs:
                weight[lang] = weight.get(lang, 0.0) + n / len(langs)
                hits[lang] = hits.get(lang, 0) + n
    if not weight:
        return None
    ranked = sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))
    best, score = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    if score < MARGIN * second or hits[best] < MIN_HITS or hits[best] < MIN_SHARE * len(words):
        return None
    return best
