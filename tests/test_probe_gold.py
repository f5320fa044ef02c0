"""The probe set (tests/fixtures/probe): new fictional articles written to measure how the cleaner and the
actor finder generalise to outlets, people and boilerplate wordings that the corpus and seeds do not have
(other newsletter/teaser/caption/credit wordings, captions doubled in Cyrillic and Greek, PDF prints from
a browser, an e-paper and a print edition, a live blog with CRLF ends). Same checks and thresholds as the
corpus: metadata exact, body shingle F1 >= 0.97, actors P/R >= 0.95 and quotes P/R >= 0.90 after the
archive-wide merge, mentions as the gold lists them.

The checks are the methods of ``TestProbe``; another probe round (tests/test_probe2_gold.py) subclasses it
with its own folder. Every probe file passes; a file that could not be got right would be listed in the
class's ``EXCLUDED`` with the reason.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from builder.clean import CleanContext, clean_article
from builder.model import CleanArticle, RawArticle
from tests.test_actors_gold import _extract, _norm
from tests.test_clean_gold import shingle_f1

FIXTURES = Path(__file__).parent / "fixtures"


@cache
def _golds(folder: str) -> dict[str, dict[str, Any]]:
    return {
        f.stem: json.loads(f.read_text(encoding="utf-8")) for f in sorted((FIXTURES / folder / "gold").glob("*.json"))
    }


def _clean(folder: str, stem: str) -> CleanArticle:
    data = (FIXTURES / folder / "raw" / f"{stem}.txt").read_bytes()
    raw = RawArticle(path=f"{stem}.txt", stem=stem, kind="txt", text=data.decode("utf-8-sig"),
                     sha256=hashlib.sha256(data).hexdigest())  # fmt: skip
    return clean_article(raw, CleanContext())


def _source(s: str | None) -> str | None:
    return None if s is None else s.strip().lower().removeprefix("the ")


class TestProbe:
    FOLDER = "probe"
    EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the assertions
    ACTOR_EXCLUDED: dict[str, str] = {}  # stem -> why it is left out of the actor and quote assertions only
    MIN_FILES = 8  # a round smaller than this is a typo in the folder, not a round

    @classmethod
    def golds(cls) -> dict[str, dict[str, Any]]:
        return _golds(cls.FOLDER)

    @classmethod
    def stems(cls) -> list[str]:
        return [s for s in cls.golds() if s not in cls.EXCLUDED]

    @classmethod
    def actor_stems(cls) -> list[str]:
        return [s for s in cls.stems() if s not in cls.ACTOR_EXCLUDED]

    def pytest_generate_tests(self, metafunc: pytest.Metafunc) -> None:
        if "stem" in metafunc.fixturenames:
            metafunc.parametrize("stem", self.stems())

    def test_probe_files_present(self) -> None:
        golds = self.golds()
        assert len(golds) >= self.MIN_FILES
        assert all((FIXTURES / self.FOLDER / "raw" / f"{s}.txt").is_file() for s in golds)

    def test_probe_cleaner(self, stem: str) -> None:
        gold = self.golds()[stem]
        out = _clean(self.FOLDER, stem)
        m = out.metadata
        assert (m.title or "").lower() == (gold["title"] or "").lower()
        assert m.date == gold["date"]
        assert _source(m.source) == _source(gold["source"])
        assert m.authors == gold["author"]
        assert m.url == gold["url"]
        f1 = shingle_f1("\n\n".join(gold["body"]), "\n\n".join(out.paragraphs))
        assert f1 >= 0.97, f"body F1 {f1:.4f}"
        assert all(r.rule and r.text for r in out.removed)

    def _score(self, got: dict[str, Any]) -> tuple[float, float, float, float]:
        t: Counter[str] = Counter()
        for k in self.actor_stems():
            names, quotes, _ = got[k]
            gold = self.golds()[k]
            gn = {a["name"] for a in gold["actors"]}
            gq = Counter((q["speaker"], _norm(q["text"])) for q in gold["quotes"])
            t.update(atp=len(names & gn), ap=len(names), ag=len(gn))
            t.update(qtp=sum((quotes & gq).values()), qp=sum(quotes.values()), qg=sum(gq.values()))
        return t["atp"] / t["ap"], t["atp"] / t["ag"], t["qtp"] / t["qp"], t["qtp"] / t["qg"]

    @pytest.mark.parametrize("through_cleaner", [False, True], ids=["gold-bodies", "cleaner"])
    def test_probe_actors_and_quotes(self, through_cleaner: bool) -> None:
        golds = self.golds()
        cleans = {k: _clean(self.FOLDER, k) for k in self.stems()} if through_cleaner else {}
        bodies = {k: (cleans[k].paragraphs if through_cleaner else golds[k]["body"]) for k in self.stems()}
        authors = {k: (cleans[k].metadata.authors if through_cleaner else golds[k]["author"]) for k in self.stems()}
        ap, ar, qp, qr = self._score(_extract(bodies, authors))
        assert ap >= 0.95 and ar >= 0.95, (ap, ar)
        assert qp >= 0.90 and qr >= 0.90, (qp, qr)

    def test_probe_mentions_follow_the_convention(self) -> None:
        golds = self.golds()
        got = _extract({k: golds[k]["body"] for k in self.stems()}, {k: golds[k]["author"] for k in self.stems()})
        for k in self.actor_stems():
            want = {a["name"]: set(a["mentions"]) for a in golds[k]["actors"]}
            for name, forms in got[k][2].items():
                assert forms == want.get(name), (k, name)
