"""Entry points of the cleaner: clean_article, list_rules, collect_evidence."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from builder.clean import (
    rules_captions,
    rules_chrome,
    rules_markdown,
    rules_meta,
    rules_region,
    rules_repair,
    rules_teasers,
    rules_text,
)
from builder.clean.doc import JOINED, Doc
from builder.clean.html import extract_html
from builder.clean.ruler import RULES
from builder.clean.text import TERMINAL, collapse, line_key, normalise
from builder.extract.metadata import finalise_metadata
from builder.model import CleanArticle, Metadata, RawArticle, Removal


@dataclass(frozen=True)
class CleanContext:
    """Everything outside the article that the cleaner may use.

    ``disabled_rules``: rule names switched off in briefing.yml.
    ``sources``: content/sources.yaml, lower-cased domain or name -> outlet display name.
    ``recurring_lines``: lines of this article that recur across the archive
    (from ``Evidence.for_article``): boilerplate evidence.
    """

    disabled_rules: frozenset[str] = frozenset()
    sources: tuple[tuple[str, str], ...] = ()
    recurring_lines: frozenset[str] = frozenset()


ORDER = [
    "normalise_text", "html_entities",
    "pdf_page_furniture", "weather_box", "pdf_caption_cells", "pdf_reflow", "drop_cap",
    "front_matter", "markdown_links",
    "original_url", "stray_url", "mail_header", "byline", "date_line", "newsletter_edition", "title", "standfirst",
    "html_fragment", "skip_links", "nav_menu", "cookie_banner", "newsletter", "promo", "share_row", "paywall", "poll",
    "live_label", "copyright", "print_edition_note", "contributor_credit", "translation_note", "syndication_note",
    "gallery_marker", "social_card", "video_player", "photo_credit", "caption_near_credit", "caption_other_script",
    "caption_dateline",
    "related_link", "teaser", "teaser_card", "feed_tail", "release_tail", "teaser_list", "author_bio", "summary_box",
    "family_notice", "calculator_widget", "search_widget", "market_report", "share_box", "contact_box", "opening_hours",
    "reading_highlights",
    "pull_quote", "markdown_syntax",
    "join_broken_sentence",
    "recurring_line", "headline_anchor", "main_text",
]  # fmt: skip
# importing the rule modules registers their rules; ORDER fixes the run order
RULE_MODULES = (rules_text, rules_markdown, rules_meta, rules_chrome, rules_captions, rules_teasers, rules_region,
                rules_repair)  # fmt: skip
_BY_NAME = {r.name: r for r in RULES}
CHAIN = [_BY_NAME[n] for n in ORDER]
assert len(CHAIN) == len(RULES), sorted(set(_BY_NAME) - set(ORDER))
TEXT_RULES = [r for r in CHAIN if r.kind == "normalise"]
# rules for pasted page text only: the HTML extractor already chose the article's blocks
NOT_FOR_HTML = frozenset({"main_text", "headline_anchor", "nav_menu", "stray_url", "pdf_reflow", "pdf_page_furniture",
                          "pdf_caption_cells"})
UNIT_RULES = [r for r in CHAIN if r.kind != "normalise"]


def list_rules() -> list[str]:
    """Rule names in run order."""
    return [r.name for r in CHAIN]


def run_rules(doc: Doc, disabled: frozenset[str]) -> None:
    from builder.clean.rules_text import build_units

    for r in TEXT_RULES:
        if r.name not in disabled:
            r.fn(doc)
    build_units(doc)
    for r in UNIT_RULES:
        if r.name not in disabled:
            r.fn(doc)


def _clean(raw: RawArticle, ctx: CleanContext) -> CleanArticle:
    text = raw.text
    warnings: list[str] = []
    html_meta: dict[str, str | None] = {}
    if raw.kind == "html":
        text, html_meta, w = extract_html(raw.text)
        warnings.extend(w)
    doc = Doc(text=text, kind=raw.kind, ctx=ctx)
    doc.hints["html"] = html_meta
    run_rules(doc, ctx.disabled_rules | NOT_FOR_HTML if raw.kind == "html" else ctx.disabled_rules)
    paragraphs = [p for p in (collapse(u.text) for u in doc.units if u.rule is None) if p]
    removed = list(doc.fragments)
    removed += [Removal(text=u.text.strip(), rule=u.rule) for u in doc.units if u.rule and u.rule != JOINED]
    meta = finalise_metadata(doc.hints, [(u.text, u.rule, u.tag) for u in doc.units], ctx.sources, paragraphs)
    warnings.extend(doc.warnings)
    if not paragraphs:
        warnings.append("cleaner: no article text found")
    return CleanArticle(paragraphs=paragraphs, metadata=meta, removed=removed, warnings=warnings)


def clean_article(raw: RawArticle, ctx: CleanContext) -> CleanArticle:
    """Turn one raw article into its paragraphs and metadata. Pure; never raises."""
    try:
        return _clean(raw, ctx)
    except Exception as exc:  # noqa: BLE001 - the contract: never raise on any text
        warning = f"cleaner failed: {type(exc).__name__}: {exc}"
        return CleanArticle(paragraphs=[], metadata=Metadata(), warnings=[warning])


# --- archive evidence --------------------------------------------------------------------------

MAX_EVIDENCE_LEN = 100
MIN_ARTICLES = 3


def _candidate_lines(raw: RawArticle) -> set[str]:
    if raw.kind == "html":
        return set()
    out = set()
    for line in raw.text.split("\n"):
        s = line.strip()
        if 2 <= len(s) <= MAX_EVIDENCE_LEN:
            if s.count(" ") >= 7 and s.endswith(TERMINAL):
                continue  # a sentence (a quote two articles share) is not evidence of boilerplate
            if not s.isascii():
                s = normalise(s).strip()
            out.add(line_key(s) if ("  " in s or "\t" in s) else s.lower())
    return out


def _group(raw: RawArticle, lines: set[str]) -> str:
    """The outlet group of an article: the domain of its first URL line, else its folder."""
    from builder.clean.text import URL_RE
    from builder.extract.metadata import domain_of

    m = URL_RE.search(raw.text[-600:]) or URL_RE.search(raw.text[:600])
    if m:
        return domain_of(m.group(1))
    return raw.path.rsplit("/", 1)[0] if "/" in raw.path else ""


def evidence_of(raw: RawArticle) -> tuple[set[str], str]:
    """What one article contributes to the archive's evidence: its short lines and its outlet group."""
    lines = _candidate_lines(raw)
    return lines, _group(raw, lines)


@dataclass
class Evidence:
    """Short lines seen in at least ``MIN_ARTICLES`` articles of one outlet group."""

    recurring: dict[str, frozenset[str]] = field(default_factory=dict)  # group -> lines
    groups: dict[str, str] = field(default_factory=dict)  # article path -> group
    found: dict[str, frozenset[str]] = field(default_factory=dict)  # article path -> its recurring lines

    def for_article(self, raw: RawArticle) -> frozenset[str]:
        known = self.found.get(raw.path)
        if known is not None:
            return known
        group = self.groups.get(raw.path)
        if group is None:
            group = _group(raw, set())
        rec = self.recurring.get(group)
        if not rec:
            return frozenset()
        return frozenset(k for k in _candidate_lines(raw) if k in rec)


def collect_evidence(
    raws: Iterable[RawArticle], memo: dict[tuple[str, str], tuple[set[str], str]] | None = None
) -> Evidence:
    """Count short lines per outlet group across the archive; keep those in >= 3 distinct articles.
    ``memo`` (kept by a resident process) holds each (sha256, path)'s lines and group from the last
    call; it is refilled with this call's."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    seen_texts: set[str] = set()
    ev = Evidence()
    lines_of: dict[str, set[str]] = {}
    fresh: dict[tuple[str, str], tuple[set[str], str]] = {}
    for raw in raws:
        if raw.sha256 in seen_texts:  # an exact duplicate file is not extra evidence
            continue
        seen_texts.add(raw.sha256)
        known = memo.get((raw.sha256, raw.path)) if memo is not None else None
        if known is None:
            known = evidence_of(raw)
        if memo is not None:
            fresh[(raw.sha256, raw.path)] = known
        lines, group = known
        lines_of[raw.path] = lines
        ev.groups[raw.path] = group
        counts[group].update(lines)
    ev.recurring = {g: frozenset(k for k, n in c.items() if n >= MIN_ARTICLES) for g, c in sorted(counts.items())}
    empty: frozenset[str] = frozenset()
    for path, lines in lines_of.items():  # each article's lines are read once, not again per article
        rec = ev.recurring.get(ev.groups[path])
        ev.found[path] = frozenset(k for k in lines if k in rec) if rec else empty
    if memo is not None:
        memo.clear()
        memo.update(fresh)
    return ev
