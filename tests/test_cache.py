"""The per-article cache: hits on unchanged input, never trusts a corrupt or foreign cache."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from builder.cache import FORMAT, FactsCache, article_key, code_version, encode


def test_round_trip_and_key_sensitivity(tmp_path: Path) -> None:
    c = FactsCache(tmp_path / "c.sqlite")
    k = article_key("a" * 64, "x.txt", "ctx", frozenset())
    c.put_many({k: encode(k, {"v": 1})})
    assert c.get_many([k, "missing"]) == {k: {"v": 1}}
    assert (c.hits, c.misses) == (1, 1)
    assert article_key("a" * 64, "x.txt", "ctx", frozenset({"Menu"})) != k
    assert article_key("b" * 64, "x.txt", "ctx", frozenset()) != k
    assert article_key("a" * 64, "x.txt", "ctx2", frozenset()) != k
    assert len(code_version()) == 64


def test_garbage_file_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    warnings: list[tuple[str, str]] = []
    c = FactsCache(path, lambda kind, msg: warnings.append((kind, msg)))
    assert c.get_many(["k"]) == {}
    c.put_many({"k": encode("k", {"v": 2})})
    assert c.get_many(["k"]) == {"k": {"v": 2}}
    assert warnings and warnings[0][0] == "cache rebuilt" and str(path) in warnings[0][1]


def test_other_format_is_not_trusted(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    c = FactsCache(path)
    c.put_many({"k": encode("k", {"v": 1})})
    c.close()
    db = sqlite3.connect(path)
    db.execute("UPDATE meta SET v = ? WHERE k = 'format'", (str(FORMAT + 1),))
    db.commit()
    db.close()
    warnings: list[tuple[str, str]] = []
    assert FactsCache(path, lambda k, m: warnings.append((k, m))).get_many(["k"]) == {}
    assert warnings


def test_corrupt_entry_is_recomputed(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    c = FactsCache(path)
    c.put_many({"k": encode("k", {"v": 1}), "j": encode("other", {"v": 2})})  # j: stored under a wrong key
    c.db.execute("UPDATE facts SET data = substr(data, 1, 30) WHERE key = 'k'")  # k: truncated
    c.db.commit()
    warnings: list[tuple[str, str]] = []
    c.warn = lambda kind, msg: warnings.append((kind, msg))
    assert c.get_many(["k", "j"]) == {}
    assert len(warnings) == 2


def test_facts_round_trip_is_exact() -> None:
    import marshal
    from dataclasses import asdict

    from builder.model import ActorMention, ArticleFacts, CleanArticle, Fingerprint, Metadata, Quote, Removal

    facts = ArticleFacts(
        stem="s", path="s.txt", kind="txt",
        clean=CleanArticle(["p1", "p2"], Metadata("T", "2025-01-02", "O", ["A"], "https://x"), [Removal("r", "rule")],
                           ["w"]),
        actors=[ActorMention("N M", ["M"], ["envoy"])], quotes=[Quote("N M", "q", 1)],
        fingerprint=Fingerprint(["t"], [1, 2], ["Geneva"]),
    )
    assert ArticleFacts.from_dict(facts.to_dict()) == facts
    assert ArticleFacts.from_dict(marshal.loads(marshal.dumps(facts.to_dict()))) == facts
    assert set(facts.to_dict()) == set(asdict(facts))


def test_stage_version_covers_what_the_per_article_stage_imports(tmp_path: Path) -> None:
    """The facts cache is keyed by the source of builder.process and every builder module it
    imports: a new cleaner rule invalidates it, a change to the renderer or the pipeline does not."""
    import shutil

    import builder
    from builder import cache as cache_mod

    pkg = Path(builder.__file__).parent
    copy = tmp_path / "builder"
    shutil.copytree(pkg, copy, ignore=shutil.ignore_patterns("__pycache__"))

    def version_of(root: Path) -> str:
        old = builder.__file__
        builder.__file__ = str(root / "__init__.py")
        try:
            cache_mod.stage_version.cache_clear()
            return cache_mod.stage_version()
        finally:
            builder.__file__ = old
            cache_mod.stage_version.cache_clear()

    base = version_of(copy)
    assert base == version_of(pkg)
    for rel, changes in [
        ("render.py", False),
        ("pipeline.py", False),
        ("deps.py", False),
        ("clean/rules_chrome.py", True),
        ("extract/quotes.py", True),
        ("fingerprint.py", True),
        ("markup.py", False),  # the body is rendered with its page
        ("model.py", True),
    ]:
        f = copy / rel
        original = f.read_bytes()
        f.write_bytes(original + b"\n# edited\n")
        assert (version_of(copy) != base) is changes, rel
        f.write_bytes(original)


def test_imports_are_read_as_the_python_parser_reads_them() -> None:
    """stage_version reads each module's imports with a regular expression (ast.parse of the whole
    package took a quarter of a second per build): for every module of the builder, the builder
    modules it names are the ones Python's own parser finds."""
    import ast

    import builder
    from builder.cache import imported_modules

    pkg = Path(builder.__file__).parent

    def parsed(path: Path, package: str) -> set[str]:
        out: list[str] = []
        for node in ast.walk(ast.parse(path.read_bytes())):
            if isinstance(node, ast.ImportFrom):
                base = package
                for _ in range(node.level - 1):
                    base = base.rpartition(".")[0]
                mod = (f"{base}.{node.module}" if node.module else base) if node.level else str(node.module)
                out += [mod] + [f"{mod}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                out += [a.name for a in node.names]
        return {n for n in out if n.split(".")[0] == "builder"}

    files = sorted(pkg.rglob("*.py"))
    assert len(files) > 40
    for path in files:
        package = path.parent.relative_to(pkg.parent).as_posix().replace("/", ".")
        found = {n for n in imported_modules(path.read_text(encoding="utf-8"), package) if n.split(".")[0] == "builder"}
        assert found == parsed(path, package), path
    sample = "from . import a, b as c\nfrom ..x import (\n    d,  # why\n    e,\n)\n    import builder.f as g, os\n"
    assert imported_modules(sample, "builder.clean") == [
        *["builder.clean", "builder.clean.a", "builder.clean.b", "builder.x", "builder.x.d", "builder.x.e"],
        *["builder.f", "os"],
    ]


def test_stale_entries_are_pruned_once_they_outnumber_the_used_ones(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite"
    c = FactsCache(path)
    used = [f"used{i}" for i in range(10)]
    c.put_many({k: encode(k, {"v": k}) for k in used})
    c.put_many({f"old{i}": encode(f"old{i}", {"v": i}) for i in range(100)})
    assert c.prune(used) == 0  # 110 entries: not yet twice the 10 used plus slack
    c.put_many({f"older{i}": encode(f"older{i}", {"v": i}) for i in range(100)})
    size = path.stat().st_size
    assert c.prune(used) == 200
    assert c.get_many(used) == {k: {"v": k} for k in used}
    assert c.get_many(["old1", "older1"]) == {}
    assert path.stat().st_size < size  # vacuumed


def _outlet_article(i: int, sign_off: bool) -> str:
    """One of an outlet's articles; with ``sign_off``, a short line its articles share."""
    shared = "Filed by the Harbour desk\n\n" if sign_off else ""
    return (
        f"Ferry service number {i} resumes after the storm\n\nBy Ola Brenn\n\n"
        f"The ferry between the two islands ran again on day {i} of the month, the operator said on "
        f"Tuesday, after the storm had closed the crossing for most of a week and stranded hundreds.\n\n{shared}"
        f"Harbour master Ines Vadro said crews had checked the pier twice. \"We will not take chances "
        f"with the pier,\" Vadro said.\n\nhttps://harbour-news.example/ferry-{i}\n"
    )


def test_one_shot_builds_reuse_each_files_evidence_and_equal_a_full_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The archive's evidence (short lines that recur in an outlet's articles) is kept in the model
    cache by file: the next one-shot build works out only the changed file's share, and the
    result is still what a full build makes when that change moves a line in or out of the
    evidence."""
    import builder.clean.api as api
    from builder.config import load_config
    from builder.pipeline import BuildOptions, run_build
    from tests.conftest import make_project
    from tests.test_build_e2e import assert_equals_a_full_build

    proj = make_project(tmp_path / "inc")
    page = proj / "site" / "articles" / "ferry-service-number-1-resumes-after-the-storm" / "index.html"
    for i in range(3):
        (proj / "seeds" / f"ferry-{i}.txt").write_text(_outlet_article(i, True), encoding="utf-8")
    cfg = load_config(None, root=proj)
    assert run_build(cfg, BuildOptions()).ok
    assert "Filed by the Harbour desk" not in page.read_text(encoding="utf-8")  # recurring: boilerplate

    calls: list[str] = []
    real = api.evidence_of

    def counted(raw: Any) -> Any:
        calls.append(raw.path)
        return real(raw)

    monkeypatch.setattr(api, "evidence_of", counted)
    (proj / "seeds" / "ferry-0.txt").write_text(_outlet_article(0, False), encoding="utf-8")  # 2 of 3 left
    assert run_build(cfg, BuildOptions()).ok
    assert calls == ["ferry-0.txt"]
    assert "Filed by the Harbour desk" in page.read_text(encoding="utf-8")  # in 2 articles: not evidence
    assert_equals_a_full_build(proj, tmp_path / "full")


_CONNECT = sqlite3.connect  # (as it is before a test traces it)


def _traced(monkeypatch: Any) -> list[str]:
    """Every SQL statement the cache's connections run, from now on."""
    import builder.cache as cache_mod

    statements: list[str] = []

    def traced(path: Any) -> sqlite3.Connection:
        db = _CONNECT(path)
        db.set_trace_callback(statements.append)
        return db

    monkeypatch.setattr(cache_mod.sqlite3, "connect", traced)
    return statements


@pytest.mark.parametrize("next_process", [False, True])
def test_a_file_left_as_a_process_closed_it_is_not_checked_again_until_it_changes(
    tmp_path: Path, monkeypatch: Any, next_process: bool
) -> None:
    """PRAGMA quick_check reads the whole file: `serve` opens the cache on every rebuild, and a
    one-shot build's processes open it one after the other, so a file found as a process of the
    builder left it (this one, or the last one: the state it left the file in is written beside
    it) is trusted; one changed since (by anything else) is checked."""
    import builder.cache as cache_mod

    statements = _traced(monkeypatch)
    path = tmp_path / "c.sqlite"

    def later() -> None:
        statements.clear()
        if next_process:  # a new process: it knows only what the file beside the cache says
            monkeypatch.setattr(cache_mod, "_LEFT_CHECKED", set())

    c = FactsCache(path)
    assert any("quick_check" in s for s in statements)  # a file no process of ours closed
    c.put_many({"k": encode("k", {"v": 1})})
    c.close()
    assert (tmp_path / "c.sqlite.checked").is_file()
    later()
    c = FactsCache(path)
    assert not any("quick_check" in s for s in statements)
    assert c.get_many(["k"]) == {"k": {"v": 1}}
    c.close()
    other = _CONNECT(path)  # another program (here: another connection) writes to it
    other.execute("INSERT INTO meta VALUES ('note', 'x')")
    other.commit()
    other.close()
    later()
    FactsCache(path).close()
    assert any("quick_check" in s for s in statements)
