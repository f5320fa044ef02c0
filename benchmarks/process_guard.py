"""Output identity guard for speed work on builder.process.process(): a digest of every result.

Run: .venv/bin/python benchmarks/process_guard.py --write REF.json   (on the code before the change)
     .venv/bin/python benchmarks/process_guard.py --check REF.json   (on the code after it)

Each article's digest is the sha256 of ``repr(process(raw, ctx))`` — every field of the
ArticleFacts (paragraphs, metadata, removals and their rules, warnings, actors, quotes,
fingerprint), types included (a tuple where a list was is a difference). Inputs: the synthetic
corpus (``--n`` files of /work/p10k/seeds, or one made by make_corpus.py), ../shared/seeds,
../shared/corpus/raw, the extraction set (142 raw texts, 142 saved pages), this project's seeds/,
and ``--mix`` documents made of random lines of all of these (seeded: the same every run), which
put rules in front of line sequences no real article has. Every set runs twice: with an empty
context (no registry, no evidence), and as the build runs it (archive evidence collected over the
set, content/actors.yaml and content/sources.yaml). ``--check`` prints the first differing
articles with their set and path and exits 1.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from pathlib import Path

from benchmarks.process_speed import SHARED, extraction, synthetic
from builder.clean import CleanContext, collect_evidence
from builder.content import load_sources
from builder.extract.registry import Registry, load_registry
from builder.ingest import read_raw
from builder.model import RawArticle
from builder.process import ProcessContext, process

ROOT = Path(__file__).resolve().parents[1]


def _txt(folder: Path) -> list[RawArticle]:
    return [read_raw(p) for p in sorted(folder.glob("*")) if p.is_file() and p.suffix in (".txt", ".md", ".html")]


def mix(sources: list[RawArticle], n: int) -> list[RawArticle]:
    """n documents of 5-120 lines drawn from the source texts: runs of consecutive lines (so blocks stay
    recognisable) from several articles, with blank lines and the occasional CRLF in between."""
    rng = random.Random(20261127)
    texts = [r.text.split("\n") for r in sources if r.kind != "html" and r.text]
    out = []
    for i in range(n):
        lines: list[str] = []
        target = rng.randint(5, 120)
        while len(lines) < target:
            src = rng.choice(texts)
            start = rng.randrange(len(src))
            lines += src[start : start + rng.randint(1, 25)]
            if rng.random() < 0.3:
                lines.append("")
        text = ("\r\n" if rng.random() < 0.05 else "\n").join(lines)
        sha = hashlib.sha256(text.encode()).hexdigest()
        out.append(RawArticle(path=f"mix/{i % 7}/{i:05d}.txt", stem=f"{i:05d}", kind="txt", text=text, sha256=sha))
    return out


def sets(n: int, n_mix: int) -> dict[str, list[RawArticle]]:
    ext_raw, ext_html = extraction()
    out = {
        "synthetic": synthetic(n, None),
        "shared-seeds": _txt(SHARED / "seeds"),
        "shared-corpus": _txt(SHARED / "corpus" / "raw"),
        "extraction-raw": ext_raw,
        "extraction-html": ext_html,
        "project-seeds": _txt(ROOT / "seeds"),
    }
    pool = [r for k, v in out.items() if k != "synthetic" for r in v] + out["synthetic"][:300]
    out["mix"] = mix(pool, n_mix)
    return out


def digests(n: int, n_mix: int) -> dict[str, str]:
    content = ROOT / "content"
    registry = load_registry(content / "actors.yaml")
    sources = load_sources(content / "sources.yaml", lambda *a: None)
    res: dict[str, str] = {}
    for name, raws in sets(n, n_mix).items():
        t0 = time.process_time()
        plain = ProcessContext(registry=Registry())
        ev = collect_evidence(raws)
        for r in raws:
            build = ProcessContext(CleanContext(sources=sources, recurring_lines=ev.for_article(r)), registry)
            for variant, ctx in (("plain", plain), ("build", build)):
                res[f"{name}/{variant}/{r.path}"] = hashlib.sha256(repr(process(r, ctx)).encode()).hexdigest()
        print(f"{name}: {len(raws)} inputs x 2 contexts, {time.process_time() - t0:.1f} CPU s", file=sys.stderr)
    return res


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000, help="synthetic articles")
    ap.add_argument("--mix", type=int, default=2000, help="documents of random lines")
    ap.add_argument("--show", type=int, default=20, help="differing inputs listed by --check")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--write", type=Path)
    g.add_argument("--check", type=Path)
    args = ap.parse_args()
    if not SHARED.is_dir():
        print("../shared not present")
        return 2
    got = digests(args.n, args.mix)
    total = hashlib.sha256("".join(f"{k}\t{v}\n" for k, v in sorted(got.items())).encode()).hexdigest()
    if args.write:
        args.write.write_text(json.dumps({"total": total, "articles": got}, indent=0, sort_keys=True))
        print(f"wrote {len(got)} digests to {args.write} (total {total[:16]})")
        return 0
    ref = json.loads(args.check.read_text())["articles"]
    missing = sorted(set(got) - set(ref))  # a smaller --n or --mix checks a subset of the reference
    diff = sorted(k for k in set(ref) & set(got) if ref[k] != got[k])
    for k in diff[: args.show]:
        print(f"DIFFERENT: {k}")
    if missing:
        print(f"{len(missing)} inputs not in the reference (e.g. {missing[0]})")
    same = len(set(ref) & set(got)) - len(diff)
    print(f"{same} of {len(got)} results identical, {len(diff)} different (total {total[:16]})")
    return 1 if diff or missing else 0


if __name__ == "__main__":
    sys.exit(main())
