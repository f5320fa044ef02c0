"""The real-news actor benchmark (benchmarks/real_actors.py): 91 news pages of the article-extraction benchmark
with hand-labelled people (and quotes on 88): 76 English pages (44 of round 1, 32 of round 2) and 15 pages in other
languages (German, Indonesian, Italian, Portuguese, Russian). Guards the precision won on real text and the recall it
must not lose, for actors and for quotes."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests import benchmark_module

TRUTH = benchmark_module.TRUTH
needs_shared = pytest.mark.skipif(not TRUTH.is_file(), reason="../shared/bench/extraction/truth.json not present")


def _bench() -> ModuleType:
    return benchmark_module.load("real_actors")


@needs_shared
def test_real_news_actor_precision_and_recall() -> None:
    # the English pages as an archive of their own
    bench = _bench()
    scores = bench.score(english_only=True)
    assert scores is not None and len(scores) == 76
    p, r, *_ = bench.overall(scores)
    assert p >= 0.97, f"precision {p:.3f} (was 0.976; 0.919 before the precision pass, 0.905 before round 5)"
    assert r >= 0.99, f"recall {r:.3f} (was 0.995; 0.984 before the precision pass, 0.962 before round 3's fixes)"


@needs_shared
def test_real_news_actors_in_other_languages() -> None:
    # German, Indonesian, Italian, Portuguese and Russian pages, in the archive with the English ones: capitalised
    # common words and nouns are not people, and a Russian name's grammatical cases are one person
    bench = _bench()
    scores = bench.score()
    assert scores is not None and len(scores) == 91
    other = bench.not_english(scores)
    assert len(other) == 15
    p, r, *_ = bench.overall(other)
    assert p >= 0.56, f"precision {p:.3f} (was 0.565; 0.356 before common_words and the Cyrillic case forms)"
    assert r >= 0.555, f"recall {r:.3f} (was 0.556, as before them)"
    p, r, *_ = bench.overall(bench.english(scores))
    assert p >= 0.965, f"English precision in the whole archive {p:.3f} (was 0.971; 0.912 before the precision pass)"
    assert r >= 0.99, f"English recall in the whole archive {r:.3f} (was 0.995; 0.984 before the precision pass)"


@needs_shared
def test_real_news_quote_precision_and_recall() -> None:
    # speaker + text of each direct quote of a named person, on the pages with quote gold ("quotes_labelled")
    bench = _bench()
    scores = bench.score(english_only=True)
    assert scores is not None
    p, r, _tp, _fp, _fn, pages = bench.overall_quotes(scores)
    assert pages == 76
    assert p >= 0.985, f"quote precision {p:.3f} (was 0.989; 0.981 before the precision pass, 0.969 before round 3)"
    assert r >= 0.965, f"quote recall {r:.3f} (was 0.967; 0.960 before the precision pass, 0.909 before round 3)"
