"""Actor and quote precision/recall on REAL news pages (hand-labelled gold).

    .venv/bin/python benchmarks/real_actors.py        # per file and overall P/R (actors, then quotes)
    .venv/bin/python benchmarks/real_actors.py -v     # also list false positives (+) and negatives (-)

Bodies: ../shared/bench/extraction/truth.json (the article-extraction benchmark's true article
bodies, paragraphs split on blank lines). Gold: benchmarks/real_actors/gold/<id>.json, <id> the first 16
hex digits of the page's key there; {"url", "actors": [canonical names], "variants": {name: [also
accepted]}, "notes"}. The people of each page are found with find_actors and merged across all the
gold pages with merge_actors (as a site build merges an archive); a page's people are the canonical
names of its actors. Names compare case- and accent-insensitively, ignoring full stops.

Quotes: a gold file with "quotes_labelled": true has "quotes": [{"speaker", "text"}] (the corpus README's quote
rules; an empty list when the page quotes no named person). The page's quotes are found with find_quotes; a
quote's speaker is the canonical name of its actor after the merge (gold variants accepted); a quote whose speaker
the merge drops is dropped, as in the site build. A found quote is
right when speaker and text (whitespace normalised) both match a gold quote; each gold quote matches once. Files
without quote gold are not scored for quotes.

Each page is read in its detected language (builder.extract.language), as the build does. The totals are given for
the English pages alone (merged as an archive of their own: 76 pages), for the English and the other pages in the
whole archive (15 pages: German, Indonesian, Italian, Portuguese, Russian, and a sports-results page the detector is
unsure of), and overall.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from builder.extract.actors import find_actors, merge_actors  # noqa: E402
from builder.extract.language import detect_language  # noqa: E402
from builder.extract.names import fold  # noqa: E402
from builder.extract.quotes import find_quotes  # noqa: E402
from builder.extract.registry import Registry  # noqa: E402
from builder.model import ActorMention  # noqa: E402

TRUTH = REPO.parent / "shared" / "bench" / "extraction" / "truth.json"
GOLD = REPO / "benchmarks" / "real_actors" / "gold"
_WS = re.compile(r"\s+")


def norm(name: str) -> str:
    return _WS.sub(" ", fold(name).replace(".", " ")).strip()


def paragraphs(body: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in body.split("\n\n") if p.strip())


def _ratio(tp: int, misses: int) -> float:
    """Precision (misses = false positives) or recall (misses = false negatives); 1.0 when there is nothing."""
    return tp / (tp + misses) if tp + misses else 1.0


@dataclass
class FileScore:
    id: str
    url: str
    language: str | None = None  # detected (builder.extract.language)
    tp: int = 0
    fp: list[str] = field(default_factory=list)
    fn: list[str] = field(default_factory=list)
    quotes_labelled: bool = False
    qtp: int = 0
    qfp: list[tuple[str, str]] = field(default_factory=list)  # (speaker, text) found, not in the gold
    qfn: list[tuple[str, str]] = field(default_factory=list)  # gold (speaker, text) not found

    @property
    def qp(self) -> float:
        return _ratio(self.qtp, len(self.qfp))

    @property
    def qr(self) -> float:
        return _ratio(self.qtp, len(self.qfn))

    @property
    def p(self) -> float:
        return _ratio(self.tp, len(self.fp))

    @property
    def r(self) -> float:
        return _ratio(self.tp, len(self.fn))


def score(english_only: bool = False) -> list[FileScore] | None:
    """Per gold file, its score; None when ../shared is absent. ``english_only``: the pages detected as English
    alone, merged as an archive of their own (the other pages' people cannot then join theirs)."""
    if not TRUTH.is_file():
        return None
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))}
    reg = Registry()
    per: list[tuple[str, list[ActorMention]]] = []
    bodies: dict[str, tuple[str, ...]] = {}
    languages: dict[str, str | None] = {}
    for gid, g in golds.items():
        keys = [k for k in truth if k.startswith(gid)]
        if len(keys) != 1 or truth[keys[0]]["url"] != g["url"]:
            raise SystemExit(f"{gid}: no single page in truth.json with url {g['url']}")
        bodies[gid] = paragraphs(truth[keys[0]]["articleBody"])
        languages[gid] = detect_language(bodies[gid])
        if english_only and languages[gid] != "en":
            continue
        per.append((gid, find_actors(list(bodies[gid]), reg, languages[gid])))
    merged = merge_actors(per, reg)
    out = []
    for gid, actors in per:
        g = golds[gid]
        found = []
        for a in actors:
            ck = merged.of.get((gid, a.name))
            if ck is not None and merged.actors[ck].name not in found:
                found.append(merged.actors[ck].name)
        accept = {norm(n): n for n in g["actors"]}
        for n, alts in g.get("variants", {}).items():
            accept.update({norm(a): n for a in alts})
        fs = FileScore(gid, g["url"], languages[gid])
        hit: set[str] = set()
        for n in found:
            gold_name = accept.get(norm(n))
            if gold_name is None:
                fs.fp.append(n)
            elif gold_name not in hit:
                hit.add(gold_name)
                fs.tp += 1
        fs.fn = [n for n in g["actors"] if n not in hit]
        if g.get("quotes_labelled"):
            fs.quotes_labelled = True
            canon = {a.name: merged.actors[ck].name for a in actors if (ck := merged.of.get((gid, a.name))) is not None}
            gold_q = [(q["speaker"], _WS.sub(" ", q["text"]).strip()) for q in g["quotes"]]
            left = list(gold_q)
            for q in find_quotes(list(bodies[gid]), actors):
                name = canon.get(q.speaker)
                if name is None:
                    continue  # the speaker is dropped by the merge, and the build drops the quote with it
                key = (accept.get(norm(name), name), _WS.sub(" ", q.text).strip())
                if key in left:
                    left.remove(key)
                    fs.qtp += 1
                else:
                    fs.qfp.append(key)
            fs.qfn = left
        out.append(fs)
    return out


def english(scores: list[FileScore]) -> list[FileScore]:
    """The pages the language detector calls English (in the whole archive: ENGLISH; as an archive of their own:
    ENGLISH ALONE, ``score(english_only=True)``)."""
    return [s for s in scores if s.language == "en"]


def not_english(scores: list[FileScore]) -> list[FileScore]:
    """The pages in other languages (German, Indonesian, Italian, Portuguese, Russian), and a page of sports
    results the detector is unsure of (scored as the build runs it: as an English page)."""
    return [s for s in scores if s.language != "en"]


def overall(scores: list[FileScore]) -> tuple[float, float, int, int, int]:
    tp = sum(s.tp for s in scores)
    fp = sum(len(s.fp) for s in scores)
    fn = sum(len(s.fn) for s in scores)
    return _ratio(tp, fp), _ratio(tp, fn), tp, fp, fn


def overall_quotes(scores: list[FileScore]) -> tuple[float, float, int, int, int, int]:
    """Quote P, R, tp, fp, fn and the number of files with quote gold."""
    qs = [s for s in scores if s.quotes_labelled]
    tp = sum(s.qtp for s in qs)
    fp = sum(len(s.qfp) for s in qs)
    fn = sum(len(s.qfn) for s in qs)
    return _ratio(tp, fp), _ratio(tp, fn), tp, fp, fn, len(qs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", "--verbose", action="store_true", help="list false positives and negatives")
    args = ap.parse_args()
    scores = score()
    if scores is None:
        print(f"skipped: {TRUTH} not present (needs ../shared)")
        return 0
    for s in scores:
        q = f"  quotes P {s.qp:.3f}  R {s.qr:.3f}" if s.quotes_labelled else " " * 28
        print(f"{s.id}  P {s.p:.3f}  R {s.r:.3f}{q}  {s.url[:70]}")
        if args.verbose:
            for n in s.fp:
                print(f"    + {n}")
            for n in s.fn:
                print(f"    - {n}")
            for sp, t in s.qfp:
                print(f"    + quote {sp}: {t[:100]!r}")
            for sp, t in s.qfn:
                print(f"    - quote {sp}: {t[:100]!r}")
    alone = score(english_only=True) or []
    groups = (("ENGLISH ALONE", alone), ("ENGLISH", english(scores)), ("OTHER LANGUAGES", not_english(scores)))
    for label, group in (*groups, ("OVERALL", scores)):
        p, r, tp, fp, fn = overall(group)
        print(f"{label} actors  P {p:.3f}  R {r:.3f}  (tp {tp}, fp {fp}, fn {fn}; {len(group)} pages)")
        qp, qr, qtp, qfp, qfn, nq = overall_quotes(group)
        print(f"{label} quotes  P {qp:.3f}  R {qr:.3f}  (tp {qtp}, fp {qfp}, fn {qfn}; {nq} pages with quote gold)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
