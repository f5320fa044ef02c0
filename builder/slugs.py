"""Slugs: stable (same input, same slug), unique (collisions get a suffix), safe (ASCII, no separators)."""

from __future__ import annotations

import hashlib
import re
import unicodedata

MAX_LEN = 72
_SPECIAL = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "ø": "o",
        "Ø": "O",
        "œ": "oe",
        "Œ": "OE",
        "đ": "d",
        "Đ": "D",
        "ł": "l",
        "Ł": "L",
        "þ": "th",
        "ð": "d",
        "ı": "i",
    }
)
_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
            "i",
            "yi",
            "ye",
            "g",
        ],
        strict=True,
    )
)
_SPECIAL.update({ord(k): v for k, v in _CYRILLIC.items()})
_SPECIAL.update({ord(k.upper()): v for k, v in _CYRILLIC.items()})
_NON_WORD = re.compile(r"[^a-z0-9]+")


def slugify(text: str, fallback: str = "item") -> str:
    """ASCII-folded, lower-case words joined by '-'; never empty, never a path."""
    folded = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    slug = _NON_WORD.sub("-", ascii_text).strip("-")
    if len(slug) > MAX_LEN:
        cut = slug[:MAX_LEN]
        slug = cut.rsplit("-", 1)[0] if "-" in cut[MAX_LEN // 2 :] else cut
        slug = slug.strip("-")
    letters = sum(c.isalpha() for c in text)
    kept = sum(c.isalpha() for c in ascii_text)
    if slug and kept * 2 >= letters:
        return slug
    if text.strip():  # (mostly) a script we cannot fold: a short stable hash keeps it unique
        digest = hashlib.sha1(text.strip().encode()).hexdigest()[:8]
        return f"{slug[: MAX_LEN - 9].rstrip('-')}-{digest}" if slug else f"{fallback}-{digest}"
    return fallback


class SlugRegistry:
    """Hands out unique slugs in call order; a taken slug gets -2, -3, … and a note."""

    def __init__(self, reserved: set[str] | None = None) -> None:
        self.taken: set[str] = set(reserved or ())
        self.collisions: list[tuple[str, str]] = []  # (wanted, given)
        self.next_suffix: dict[str, int] = {}

    def claim(self, text: str, fallback: str = "item") -> str:
        base = slugify(text, fallback)
        slug = base
        n = self.next_suffix.get(base, 2)
        while slug in self.taken:
            slug = f"{base}-{n}"
            n += 1
        self.next_suffix[base] = n
        self.taken.add(slug)
        if slug != base:
            self.collisions.append((base, slug))
        return slug
