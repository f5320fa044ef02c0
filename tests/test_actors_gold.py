"""Actors and quotes against the shared gold files (skipped where ../shared is absent).

Seeds: per article, the actor name set after merging the five seeds equals the gold's;
not_actors never appear; Yury and Yuri Ushakov are one person. Corpus: actor and quote
precision/recall thresholds, on gold bodies and through the real cleaner.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from builder.extract.actors import find_actors, merge_actors, without_authors
from builder.extract.quotes import find_quotes
from builder.extract.registry import Registry

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds" / "gold"
CORPUS = SHARED / "corpus" / "gold"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(
        not CORPUS.is_dir() or not SEEDS.is_dir(), reason=f"{SHARED} (shared gold files) is not present"
    ),
]


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _golds(d: Path) -> dict[str, dict[str, Any]]:
    return {f.stem: json.loads(f.read_text(encoding="utf-8")) for f in sorted(d.glob("*.json"))}


def _extract(
    bodies: dict[str, list[str]], authors: dict[str, list[str]] | None = None
) -> dict[str, tuple[set[str], Counter[tuple[str, str]], dict[str, set[str]]]]:
    """Per file, after merging all the files' people: the canonical names, the (speaker, quote)
    multiset and each person's mention forms. ``authors``: each file's byline (never actors), as
    builder.process leaves them out."""
    reg = Registry()
    per = []
    qs = {}
    for k, p in bodies.items():
        found = find_actors(p, reg)
        per_actors, qs[k] = without_authors(found, find_quotes(p, found), (authors or {}).get(k, []))
        per.append((k, per_actors))
    merge = merge_actors(per, reg)
    out = {}
    for k, actors in per:
        names: set[str] = set()
        forms: dict[str, set[str]] = {}
        for a in actors:
            if (i := merge.of.get((k, a.name))) is not None:
                names.add(merge.actors[i].name)
                forms.setdefault(merge.actors[i].name, set()).update(a.mentions)
        quotes = Counter((merge.actors[i].name, _norm(q.text)) for q in qs[k] if (i := merge.of.get((k, q.speaker))))
        out[k] = (names, quotes, forms)
    return out


def test_seed_actor_sets_equal_gold_after_merging() -> None:
    golds = _golds(SEEDS)
    got = _extract({k: g["body"] for k, g in golds.items()})
    for k, g in golds.items():
        assert got[k][0] == {a["name"] for a in g["actors"]}, k
        assert not got[k][0] & set(g.get("not_actors", [])), k


def test_yury_and_yuri_ushakov_are_one_person() -> None:
    golds = _golds(SEEDS)
    bodies = {k: g["body"] for k, g in golds.items()}
    reg = Registry()
    per = [(k, find_actors(p, reg)) for k, p in bodies.items()]
    merge = merge_actors(per, reg)
    keys = {
        merge.of[(k, a.name)] for k, acts in per for a in acts if a.name.endswith("Ushakov") and (k, a.name) in merge.of
    }
    assert len(keys) == 1
    spellings = {a.name for _, acts in per for a in acts if a.name.endswith("Ushakov")}
    assert {"Yury Ushakov", "Yuri Ushakov"} <= spellings  # both spellings really occur


def _score(
    golds: dict[str, dict[str, Any]], got: dict[str, tuple[set[str], Counter[tuple[str, str]]]]
) -> tuple[float, ...]:
    t = Counter()
    for k, g in golds.items():
        names, quotes = got[k][0], got[k][1]
        gn = {a["name"] for a in g["actors"]}
        gq = Counter((q["speaker"], _norm(q["text"])) for q in g["quotes"])
        t.update(atp=len(names & gn), ap=len(names), ag=len(gn))
        t.update(qtp=sum((quotes & gq).values()), qp=sum(quotes.values()), qg=sum(gq.values()))
    return t["atp"] / t["ap"], t["atp"] / t["ag"], t["qtp"] / t["qp"], t["qtp"] / t["qg"]


def test_corpus_precision_recall_on_gold_bodies() -> None:
    golds = _golds(CORPUS)
    ap, ar, qp, qr = _score(golds, _extract({k: g["body"] for k, g in golds.items()}))
    assert ap >= 0.95 and ar >= 0.95, (ap, ar)
    assert qp >= 0.90 and qr >= 0.90, (qp, qr)


def test_corpus_through_briefing_clean_json() -> None:
    """The numbers as an outside checker sees them: `briefing clean FILE --json`, one file at
    a time (so a spelling variant keeps its own spelling: Yuri Koravin in c03)."""
    from builder.ingest import read_raw
    from builder.process import ProcessContext, facts_json, process

    golds = _golds(CORPUS)
    got = {}
    for k in golds:
        raw = read_raw(SHARED / "corpus" / "raw" / f"{k}.txt", f"{k}.txt")
        data = facts_json(process(raw, ProcessContext()), Registry())
        got[k] = (
            {a["name"] for a in data["actors"]},
            Counter((q["speaker"], _norm(q["text"])) for q in data["quotes"]),
        )
    ap, ar, qp, qr = _score(golds, got)
    assert ap >= 0.95 and ar >= 0.95, (ap, ar)
    assert qp >= 0.90 and qr >= 0.90, (qp, qr)


def test_corpus_mentions_follow_the_convention() -> None:
    golds = _golds(CORPUS)
    reg = Registry()
    per = [(k, find_actors(g["body"], reg)) for k, g in golds.items()]
    merge = merge_actors(per, reg)
    for k, actors in per:
        want = {a["name"]: set(a["mentions"]) for a in golds[k]["actors"]}
        for a in actors:
            m = merge.of.get((k, a.name))
            if m is not None:
                assert set(a.mentions) == want[merge.actors[m].name], (k, a.name)
