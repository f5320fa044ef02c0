"""Archive evidence and the main-text region: the article is the densest run of prose lines."""

from __future__ import annotations

from builder.clean.doc import Doc
from builder.clean.ruler import rule
from builder.clean.text import ends_sentence, is_prose, line_key, nwords


@rule("recurring_line", "evidence")
def recurring_line(doc: Doc) -> None:
    """Lines that recur in several articles of the same outlet across the archive (collect_evidence)."""
    rec = doc.ctx.recurring_lines
    if not rec:
        return
    for u in doc.units:
        if u.rule is None and line_key(u.text) in rec:
            doc.remove(u, "recurring_line")


BULLETS = ("•", "- ", "* ", "– ", "— ", "·", "▪", "►")


def score(text: str) -> float:
    t = text.strip()
    n = len(t)
    if is_prose(t):
        return float(n)
    w = nwords(t)
    if ends_sentence(t) and w >= 4:
        return n * 0.5
    if t.startswith(BULLETS) and w >= 4:
        return 0.0
    return -max(12.0, min(60.0, n * 0.5))


@rule("main_text", "region")
def main_text(doc: Doc) -> None:
    """Everything outside the densest run of prose (menus, footers, link lists) is page, not article."""
    units = doc.units
    kept_idx = [i for i, u in enumerate(units) if u.rule is None]
    if len(kept_idx) < 3:
        return
    scores = [score(units[i].text) for i in kept_idx]
    best, best_s, best_e = 0.0, -1, -1
    cur, cur_s = 0.0, 0
    for k, s in enumerate(scores):
        if cur <= 0:
            cur, cur_s = s, k
        else:
            cur += s
        if cur > best:
            best, best_s, best_e = cur, cur_s, k
    if best_s < 0:
        return
    for k, i in enumerate(kept_idx):
        if k < best_s or k > best_e:
            doc.remove(units[i], "main_text")
