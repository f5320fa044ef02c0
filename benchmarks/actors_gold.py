"""Actor and quote precision/recall on the shared gold files, and extraction speed.

    .venv/bin/python benchmarks/actors_gold.py             # gold bodies + speed
    .venv/bin/python benchmarks/actors_gold.py --cleaner   # also through the real cleaner
    .venv/bin/python benchmarks/actors_gold.py -v          # list every miss and extra
    .venv/bin/python benchmarks/actors_gold.py --set probe # the probe set (gold bodies + cleaner); probe2-6

Corpus (../shared/corpus/gold): per file, actors = set of canonical names after merging the
six files (merge_actors, as the site build does); quotes = multiset of (speaker, text) with
whitespace normalised. Seeds (../shared/seeds/gold): actor name sets after merging the five
seeds; not_actors must never appear. Speed: find_actors + find_quotes per synthetic article
(bench/scale/make_corpus.py, markdown bodies; its front-matter tags are the people, which
also gives a people P/R on a different text style).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from builder.extract.actors import find_actors, merge_actors, without_authors  # noqa: E402
from builder.extract.language import detect_language  # noqa: E402
from builder.extract.quotes import find_quotes  # noqa: E402
from builder.extract.registry import Registry  # noqa: E402
from builder.model import ActorMention, Quote  # noqa: E402

SHARED = REPO.parent / "shared"
FIXTURES = REPO / "tests" / "fixtures"
_WS = re.compile(r"\s+")


def probe_sets() -> list[str]:
    """The probe rounds: every tests/fixtures/probe* folder with gold answers, in round order."""
    found = [d.name for d in FIXTURES.glob("probe*") if (d / "gold").is_dir()]
    return sorted(found, key=lambda s: int(s[5:] or 1))


def norm(s: str) -> str:
    return _WS.sub(" ", s).strip()


def cleaned(raw_path: Path) -> tuple[list[str], list[str]]:
    """The cleaner's paragraphs and byline authors for one raw file."""
    from builder.clean import CleanContext, clean_article
    from builder.ingest import read_raw

    raw = read_raw(raw_path, raw_path.name)
    clean = clean_article(raw, CleanContext())
    return clean.paragraphs, clean.metadata.authors


def extract(
    paragraph_sets: list[tuple[str, list[str]]], authors: dict[str, list[str]] | None = None
) -> dict[str, tuple[list[str], list[tuple[str, str]]]]:
    """Per key: (canonical actor names, [(canonical speaker, text)]) after an archive-wide merge; the byline's
    ``authors`` of each key are never actors (as builder.process leaves them out)."""
    reg = Registry()
    per: list[tuple[str, list[ActorMention]]] = []
    quotes: dict[str, list[Quote]] = {}
    for key, paras in paragraph_sets:
        actors = find_actors(paras, reg, detect_language(paras))
        actors, quotes[key] = without_authors(actors, find_quotes(paras, actors), (authors or {}).get(key, []))
        per.append((key, actors))
    merge = merge_actors(per, reg)
    out = {}
    for key, actors in per:
        names = []
        for a in actors:
            k = merge.of.get((key, a.name))
            if k is not None and merge.actors[k].name not in names:
                names.append(merge.actors[k].name)
        qs = []
        for q in quotes[key]:
            k = merge.of.get((key, q.speaker))
            if k is not None:
                qs.append((merge.actors[k].name, norm(q.text)))
        out[key] = (names, qs)
    return out


def prf(tp: int, np_: int, ng: int) -> tuple[float, float]:
    return (tp / np_ if np_ else 1.0), (tp / ng if ng else 1.0)


def score_corpus(
    label: str, use_cleaner: bool, verbose: bool, base: Path = SHARED / "corpus"
) -> tuple[float, float, float, float]:
    """Actor and quote P/R for the gold files in base/gold (raw articles in base/raw)."""
    gold_dir = base / "gold"
    files = sorted(gold_dir.glob("*.json"))
    golds = {f.stem: json.loads(f.read_text(encoding="utf-8")) for f in files}
    sets = []
    authors = {}
    for stem, g in golds.items():
        paras, authors[stem] = cleaned(base / "raw" / f"{stem}.txt") if use_cleaner else (g["body"], g["author"])
        sets.append((stem, paras))
    got = extract(sets, authors)
    print(f"\n{label}")
    print(f"  {'file':45} {'actP':>6} {'actR':>6} {'qP':>6} {'qR':>6}")
    T = Counter()
    for stem, g in golds.items():
        names, qs = got[stem]
        gn = {a["name"] for a in g["actors"]}
        pn = set(names)
        gq = Counter((q["speaker"], norm(q["text"])) for q in g["quotes"])
        pq = Counter(qs)
        atp, qtp = len(gn & pn), sum((gq & pq).values())
        T.update(atp=atp, ap=len(pn), ag=len(gn), qtp=qtp, qp=sum(pq.values()), qg=sum(gq.values()))
        ap, ar = prf(atp, len(pn), len(gn))
        qp, qr = prf(qtp, sum(pq.values()), sum(gq.values()))
        print(f"  {stem:45} {ap:6.3f} {ar:6.3f} {qp:6.3f} {qr:6.3f}")
        if verbose:
            for n in sorted(pn - gn):
                print(f"      extra actor: {n}")
            for n in sorted(gn - pn):
                print(f"      missed actor: {n}")
            for q in sorted((pq - gq).elements()):
                print(f"      extra quote: {q}")
            for q in sorted((gq - pq).elements()):
                print(f"      missed quote: {q}")
    ap, ar = prf(T["atp"], T["ap"], T["ag"])
    qp, qr = prf(T["qtp"], T["qp"], T["qg"])
    print(f"  {'OVERALL':45} {ap:6.3f} {ar:6.3f} {qp:6.3f} {qr:6.3f}")
    return ap, ar, qp, qr


def score_cli(verbose: bool) -> None:
    """What `briefing clean FILE --json` prints, one file at a time (no archive merge), exact names."""
    from builder.ingest import read_raw
    from builder.process import ProcessContext, facts_json, process

    t: Counter[str] = Counter()
    for g in sorted((SHARED / "corpus" / "gold").glob("*.json")):
        gold = json.loads(g.read_text(encoding="utf-8"))
        raw = read_raw(SHARED / "corpus" / "raw" / f"{g.stem}.txt", f"{g.stem}.txt")
        data = facts_json(process(raw, ProcessContext()), Registry())
        gn = {a["name"] for a in gold["actors"]}
        pn = {a["name"] for a in data["actors"]}
        gq = Counter((q["speaker"], norm(q["text"])) for q in gold["quotes"])
        pq = Counter((q["speaker"], norm(q["text"])) for q in data["quotes"])
        t.update(atp=len(gn & pn), ap=len(pn), ag=len(gn))
        t.update(qtp=sum((gq & pq).values()), qp=sum(pq.values()), qg=sum(gq.values()))
        if verbose:
            for x in sorted(pn ^ gn):
                print(f"      {g.stem}: {'extra' if x in pn else 'missed'} actor {x}")
    ap, ar = prf(t["atp"], t["ap"], t["ag"])
    qp, qr = prf(t["qtp"], t["qp"], t["qg"])
    print("\ncorpus through `briefing clean FILE --json`, one file at a time, exact names")
    print(f"  {'OVERALL':45} {ap:6.3f} {ar:6.3f} {qp:6.3f} {qr:6.3f}")


def score_seeds(label: str, use_cleaner: bool, verbose: bool) -> bool:
    gold_dir = SHARED / "seeds" / "gold"
    files = sorted(gold_dir.glob("*.json"))
    golds = {f.stem: json.loads(f.read_text(encoding="utf-8")) for f in files}
    sets = []
    authors = {}
    for stem, g in golds.items():
        paras, authors[stem] = cleaned(SHARED / "seeds" / f"{stem}.txt") if use_cleaner else (g["body"], g["author"])
        sets.append((stem, paras))
    got = extract(sets, authors)
    print(f"\n{label}")
    ok_all = True
    T = Counter()
    for stem, g in golds.items():
        names = set(got[stem][0])
        gn = {a["name"] for a in g["actors"]}
        bad = names & set(g.get("not_actors", []))
        ok = names == gn and not bad
        ok_all &= ok
        T.update(tp=len(names & gn), p=len(names), g=len(gn))
        print(f"  {stem:30} {'exact' if ok else 'DIFF'}  ({len(names & gn)}/{len(gn)} found, {len(names - gn)} extra)")
        if verbose or not ok:
            for n in sorted(names - gn):
                print(f"      extra actor: {n}")
            for n in sorted(gn - names):
                print(f"      missed actor: {n}")
            for n in sorted(bad):
                print(f"      not_actor present: {n}")
    p, r = prf(T["tp"], T["p"], T["g"])
    print(f"  {'OVERALL':30} P={p:.3f} R={r:.3f}  all exact: {ok_all}")
    return ok_all


def synth(n: int) -> list[tuple[list[str], set[str]]]:
    out_dir = Path(f"/tmp/briefing-actors-synth-{n}")
    if not out_dir.is_dir() or len(list(out_dir.glob("*.md"))) < n:
        subprocess.run(
            [
                sys.executable,
                str(SHARED / "bench" / "scale" / "make_corpus.py"),
                "--n",
                str(n),
                "--out",
                str(out_dir),
                "--format",
                "markdown",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    arts = []
    for f in sorted(out_dir.glob("*.md"))[:n]:
        text = f.read_text(encoding="utf-8")
        _, fm, body = text.split("---\n", 2)
        tags = set()
        in_tags = False
        for line in fm.splitlines():
            if line.startswith("tags:"):
                in_tags = True
                continue
            if in_tags and line.lstrip().startswith("- "):
                tags.add(line.lstrip()[2:].strip().strip("'\""))
            elif in_tags:
                in_tags = False
        paras = [p.strip() for p in body.split("\n\n") if p.strip()]
        arts.append((paras, tags))
    return arts


def speed(n: int, verbose: bool) -> None:
    arts = synth(n)
    reg = Registry()
    words = sum(len(" ".join(p).split()) for p, _ in arts)

    def one_pass() -> tuple[float, list[tuple[list[ActorMention], list[Quote]]]]:
        t0 = time.process_time()
        out = []
        for paras, _ in arts:
            actors = find_actors(paras, reg)
            out.append((actors, find_quotes(paras, actors)))
        return time.process_time() - t0, out

    cold, results = one_pass()  # name caches empty, as in a fresh build worker
    dt = min(one_pass()[0] for _ in range(2))
    merge = merge_actors([(str(i), r[0]) for i, r in enumerate(results)], reg)
    tp = np_ = ng = 0
    for i, ((_, tags), (actors, _)) in enumerate(zip(arts, results, strict=True)):
        names = {merge.actors[k].name for a in actors if (k := merge.of.get((str(i), a.name)))}
        tp += len(names & tags)
        np_ += len(names)
        ng += len(tags)
        if verbose and names != tags and i < 30:
            print(f"  synth {i}: extra {sorted(names - tags)} missed {sorted(tags - names)}")
    p, r = prf(tp, np_, ng)
    nq = sum(len(q) for _, q in results)
    print(
        f"\nsynthetic ({n} articles, {words / n:.0f} words each): "
        f"{dt / n * 1000:.3f} ms per article for find_actors + find_quotes, CPU time on one core "
        f"(first pass with cold name caches: {cold / n * 1000:.3f} ms); "
        f"people P={p:.3f} R={r:.3f} vs front-matter tags; {nq / n:.1f} quotes per article"
    )


def synth_raw(n: int) -> None:
    """People P/R on raw synthetic pages (boilerplate, bylines, captions) through the real cleaner."""
    from builder.ingest import read_raw
    from builder.process import ProcessContext, process

    out_dir = Path(f"/tmp/briefing-actors-synth-raw-{n}")
    manifest = out_dir.with_suffix(".jsonl")
    if not manifest.is_file():
        subprocess.run(
            [
                sys.executable,
                str(SHARED / "bench" / "scale" / "make_corpus.py"),
                "--n",
                str(n),
                "--out",
                str(out_dir),
                "--format",
                "raw",
                "--manifest",
                str(manifest),
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    rows = [json.loads(line) for line in manifest.read_text(encoding="utf-8").splitlines() if line.strip()]
    ctx = ProcessContext()
    per = []
    for row in rows[:n]:
        f = out_dir / row["file"]
        per.append((row["file"], process(read_raw(f, f.name), ctx).actors))
    merge = merge_actors(per, Registry())
    people = {row["file"]: set(row["people"]) for row in rows}
    tp = np_ = ng = 0
    for key, actors in per:
        names = {merge.actors[k].name for a in actors if (k := merge.of.get((key, a.name)))}
        tp += len(names & people[key])
        np_ += len(names)
        ng += len(people[key])
    p, r = prf(tp, np_, ng)
    print(f"\nsynthetic raw pages through the cleaner ({n}): people P={p:.3f} R={r:.3f} vs the manifest")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cleaner", action="store_true", help="also score through the real cleaner (raw files)")
    ap.add_argument("--synthetic", type=int, default=1000, help="synthetic articles for the speed run (0: skip)")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument(
        "--set",
        default="default",
        choices=["default", *probe_sets()],
        help="probe: score tests/fixtures/probe (probe2 …: the later rounds, one per tests/fixtures/probe* folder)",
    )
    args = ap.parse_args()
    if args.set != "default":
        score_corpus(f"{args.set} (gold bodies)", False, args.verbose, FIXTURES / args.set)
        score_corpus(f"{args.set} (through the cleaner)", True, args.verbose, FIXTURES / args.set)
        return 0
    if not SHARED.is_dir():
        print(f"{SHARED} not found", file=sys.stderr)
        return 2
    score_corpus("corpus (gold bodies)", False, args.verbose)
    score_seeds("seeds (gold bodies)", False, args.verbose)
    if args.cleaner:
        score_corpus("corpus (through the cleaner)", True, args.verbose)
        score_seeds("seeds (through the cleaner)", True, args.verbose)
        score_cli(args.verbose)
        if args.synthetic:
            synth_raw(args.synthetic)
    if args.synthetic:
        speed(args.synthetic, args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
