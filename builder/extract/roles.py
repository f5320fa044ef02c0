"""Role phrases from a name's context.

Three places, all read by shape with general role vocabulary (names.ROLE_NOUNS):

- in front: "Kremlin foreign policy adviser Yury Belenko", "Orvanian President Pavel Korvanek";
- an apposition after: "Yury Stelmak, the president's foreign-policy aide, said";
- an apposition before: "Kestmark's prime minister, Joost de Vlaming, called", also after a speech verb ("“…,” said
  the mayor, Ilka Sandoval, who …").
"""

from __future__ import annotations

import re

from builder.extract import names as N

_WORD_BEFORE_RE = re.compile(r"([\w’'\-.]+) $")
# the same word read backwards from the space: one match at the start of the reversed window instead of a
# search of the window from its left end
_WORD_BEFORE_REV_RE = re.compile(r" ([\w’'\-.]+)")


def _word_before(text: str, pos: int) -> tuple[str, int] | None:
    """(word, its start) of ``_WORD_BEFORE_RE.search(text, max(0, pos - 60), pos)``."""
    lo = max(0, pos - 60)
    if text[pos - 1 : pos] == "\n":  # ($ also matches before a final newline)
        m = _WORD_BEFORE_RE.search(text, lo, pos)
        return (m.group(1), m.start()) if m else None
    r = _WORD_BEFORE_REV_RE.match(text[lo:pos][::-1])
    if r is None:
        return None
    w = r.group(1)[::-1]
    return w, pos - 1 - len(w)


_APPOS_AFTER_RE = re.compile(r", (?:the |a |an )?([^,;:“”\"()]{3,100}?)(?:,|\.|;| —| –)")
_APPOS_BEFORE_RE = re.compile(
    r"(?:(?:^|[.;:] |, (?:and |but )?)(?:The |the |A |a |An |an )?"
    r"|(?P<verb>\b(?:said|says|added|adds|told) (?:the|a|an) ))"
    r"([^,;:“”\"()]{3,100}), $"
)
# a relative named in commas mid-sentence: '… the announcement that his wife, Name, had …'
_KIN_BEFORE_RE = re.compile(r"\b((?:[Hh]is|[Hh]er|[Tt]heir) ([a-zé]+)), $")
_AGE_AFTER_RE = re.compile(r", \d{1,3},")
# a full name right after an apposition's closing comma: the apposition is that name's ('Speaking to Harbour-Info, a
# spokesman for the ministry, Name Surname, said'), not the one-word name's before it
_NAME_NEXT_RE = re.compile(r" [A-Z][\w’'-]+ (?:[a-z]{1,3} )?[A-Z][\w’'-]+")
_SPLIT_RE = re.compile(r"[\s\-]+")
_POSS_RE = re.compile(rf"^{N.UPPER}[\w\-]*[’']s?$")
_CLAUSE_RE = re.compile(r" (?:who|which|that|since|whose) ")
# words that open a clause or a list after a comma, not an apposition ('south of Orlen, among them local officials
# and a priest', '…, including two mayors'): the phrase is no role of the name before the comma
_BAD_START = frozenset(
    "who which that whose where when said says told and but or as if among amongst including such like especially "
    "notably mostly mainly".split()
)


def _has_role_noun(phrase: str) -> bool:
    words = [w.strip(".,’'").lower() for w in _SPLIT_RE.split(phrase)]
    return any(w in N.ROLE_NOUNS for w in words)


def _head_is_role(phrase: str) -> bool:
    """The phrase's head (last word, or the word before 'of'/'for'/'at'/'from'...) is a role noun."""
    words = phrase.split()
    cut = len(words)
    for i, w in enumerate(words):
        if w in ("of", "for", "at", "in", "to", "on", "from", "who", "which", "that", "since") and i > 0:
            cut = i
            break
    head = words[cut - 1].strip(".,").lower() if cut else ""
    parts = head.split("-")
    return head in N.ROLE_NOUNS or parts[-1] in N.ROLE_NOUNS or head in N.KIN_NOUNS


def _before(text: str, start: int) -> list[str]:
    """Role words right before a name ("Meridian Pact special envoy")."""
    words: list[str] = []
    pos = start
    seen_noun = False
    while pos > 0 and len(words) < 8:
        found = _word_before(text, pos)
        if found is None:
            break
        w, w_start = found
        lw = w.lower()
        parts = lw.split("-")
        if not words:
            if lw in N.ROLE_NOUNS or parts[-1] in N.ROLE_NOUNS:
                seen_noun = True
            else:
                break
        elif (
            lw in N.ROLE_NOUNS
            or lw in N.ROLE_MODIFIERS
            or all(p in N.ROLE_MODIFIERS or p in N.ROLE_NOUNS for p in parts)
        ) or (
            w[:1].isupper()
            and w not in N.COMMON_WORDS
            and (w[:-2] if w.endswith(("’s", "'s")) else w) not in N.COMMON_WORDS
        ):
            pass
        else:
            break
        words.append(w)
        pos = w_start
    if not seen_noun:
        return []
    words.reverse()
    return words


_NEXT_WORD_RE = re.compile(r" ([a-z][\w\-]*)")


def _role_noun_after(text: str, end: int) -> bool:
    """A lower-case role noun right after the word ('the veteran Lowmark correspondent'): the word modifies that
    noun, so the role words before it are the noun's, not a name's."""
    m = _NEXT_WORD_RE.match(text, end)
    return m is not None and m.group(1) in N.ROLE_NOUNS


def roles_around(text: str, start: int, end: int, inner: tuple[str, ...], possessive: bool, full: bool) -> list[str]:
    """Role phrases for the name at text[start:end]; ``inner`` are the role words inside the
    capitalised phrase ("Orvanian President")."""
    out: list[str] = []
    while inner and inner[0] in N.COMMON_WORDS:
        inner = inner[1:]
    has_title = any(N.is_title(t) and not N.is_honorific(t) for t in inner)
    if inner and has_title:
        phrase_start = start - len(" ".join(inner)) - 1
        lead = _before(text, phrase_start) if phrase_start > 0 else []
        out.append(" ".join([*lead, *inner]))
    elif not inner and not (not full and _role_noun_after(text, end)):
        lead = _before(text, start)
        if lead:
            out.append(" ".join(lead))
    if possessive:
        return out
    age = _AGE_AFTER_RE.match(text, end)  # 'Marta, 38, a teacher,': the apposition after the age
    m = _APPOS_AFTER_RE.match(text, age.end() - 1 if age else end)
    if m:
        phrase = _CLAUSE_RE.split(m.group(1).strip(), 1)[0]
        first = phrase.split(" ", 1)[0].lower()
        if (
            first not in _BAD_START
            and len(phrase.split()) <= 12
            and _head_is_role(phrase)
            and (full or not (m.group(0).endswith(",") and _NAME_NEXT_RE.match(text, m.end())))
        ):
            out.append(phrase)
    if text.endswith(", ", 0, start):
        seg_start = max(0, start - 110)
        m2 = _APPOS_BEFORE_RE.search(text, seg_start, start)
        n_before = len(out)
        if m2:
            # ('“…,” said the mayor, Name, who …': the role between the speech verb and the name)
            phrase = m2.group(2).strip()
            first = phrase.split(" ", 1)[0].lower()
            vocative = (
                " " not in phrase
                and not m2["verb"]
                and not m2.group(0).lstrip(".;:, ").lower().startswith(("the ", "a ", "an "))
            )
            if first not in _BAD_START and len(phrase.split()) <= 12 and _head_is_role(phrase) and not vocative:
                out.append(phrase)
        kin = _KIN_BEFORE_RE.search(text, max(0, start - 40), start) if len(out) == n_before else None
        if kin and kin[2] in N.KIN_NOUNS:
            out.append(kin[1])  # '… the announcement that his wife, Name, had …': mid-sentence, no comma before
    return [r for r in out if r]
