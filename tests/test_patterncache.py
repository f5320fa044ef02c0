"""builder/patterncache.py: the compiled code of the cleaner's patterns kept between processes."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

from builder.patterncache import FILE, cached_patterns, compile_args, from_args, load

REPO = Path(__file__).resolve().parents[1]
IMPORT_CLEANER = (
    "import sys\n"
    "from pathlib import Path\n"
    "from builder.patterncache import cached_patterns\n"
    "with cached_patterns(Path(sys.argv[1])):\n"
    "    import builder.archive, builder.clean, builder.facts, builder.stories\n"
    "import builder.patterncache as pc\n"
)


def _import_cleaner(cache_dir: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-c", IMPORT_CLEANER, str(cache_dir)], check=True, cwd=REPO, env=env)


def test_every_pattern_the_cleaner_compiles_comes_back_as_re_compiles_it(tmp_path: Path) -> None:
    """A new process imports the cleaner with the cache: every pattern it compiled is in the file,
    and the Pattern made from the file's entry equals the one re's own compiler makes (Pattern
    equality compares the pattern, the flags and the engine code). The next process compiles
    none and leaves the file as it was."""
    from re import _compiler  # type: ignore[attr-defined]

    _import_cleaner(tmp_path)
    path = tmp_path / FILE
    entries = load(path)
    assert len(entries) > 300
    for (pattern, flags), args in entries.items():
        made = from_args(args)
        assert made == _compiler.compile(pattern, flags), pattern
        assert made.groupindex == re.compile(pattern, flags).groupindex
    before = path.stat().st_mtime_ns
    _import_cleaner(tmp_path)
    assert path.stat().st_mtime_ns == before


def test_patterns_from_the_file_match_as_compiled_ones_do(tmp_path: Path) -> None:
    """Named groups, flags, bytes patterns and look-behinds, read back in this process."""
    cases = [
        (r"(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)", 0, "on 12 March 2024"),
        (r"(?i)^related( article)?s?:", 0, "RELATED ARTICLES: x"),
        (r"(?<=\s)[–—-]\s*\w+", re.M, "a — b\nc - d"),
        (rb"\xc2\xa0+", 0, b"a\xc2\xa0\xc2\xa0b"),
    ]
    with cached_patterns(tmp_path):
        for pattern, flags, _ in cases:
            re.compile(pattern, flags)
    re.purge()  # (re keeps its own cache of compiled patterns in the process)
    with cached_patterns(tmp_path):
        for pattern, flags, text in cases:
            got = re.compile(pattern, flags)
            want = from_args(compile_args(pattern, flags | 0))
            assert got == want
            assert [m.group(0) for m in got.finditer(text)] == [m.group(0) for m in want.finditer(text)]
            m = got.search(text)
            assert m is not None and m.groupdict() == want.search(text).groupdict()  # type: ignore[union-attr]
    assert len(load(tmp_path / FILE)) == len(cases)


def test_a_file_of_another_python_or_damaged_is_not_used(tmp_path: Path) -> None:
    path = tmp_path / FILE
    path.write_bytes(marshal.dumps(("3.0.0|0|4", {("a", 0): ("a", 0, [1, 2], 0, {}, ())})))
    assert load(path) == {}
    path.write_bytes(b"\x00not marshal")
    assert load(path) == {}
    re.purge()
    with cached_patterns(tmp_path):
        assert re.compile("x+y").fullmatch("xxy")
    assert set(load(path)) == {("x+y", 0)}


HELD = (  # the patterns of the modules the quick path's cleaner child imports (those its parent has not)
    "import json, re, sys\n"
    "import builder.cli, builder.pipeline\n"
    "before = set(sys.modules)\n"
    "import importlib\n"
    "from builder.patterncache import CLEANER_STAGES\n"
    "for name in CLEANER_STAGES: importlib.import_module(name)\n"
    "mods = [m for name, m in list(sys.modules.items()) if name.startswith('builder.') and name not in before]\n"
    "print(json.dumps(sorted({v.pattern for m in mods for v in vars(m).values()\n"
    "                         if isinstance(v, re.Pattern) and isinstance(v.pattern, str)})))\n"
)


def test_an_ordinary_build_leaves_the_patterns_the_quick_paths_cleaner_child_compiles(tmp_path: Path) -> None:
    """A one-shot build that takes the ordinary path imports its stages with the cache, so the
    next build's cleaner child (the quick path's) finds their patterns compiled: every pattern
    held by a builder module that the child imports (and its parent has not) is in the file. (Only quick builds wrote it
    before: the first quick build after a cold one compiled 600 patterns, 1.1-1.3 s at 10k.)"""
    import json

    from tests.conftest import make_project

    proj = make_project(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-m", "builder", "build", "--quiet"], check=True, cwd=proj, env=env)
    kept = {pattern for pattern, _flags in load(proj / ".briefing-cache" / FILE)}
    out = subprocess.run([sys.executable, "-c", HELD], check=True, cwd=REPO, env=env, capture_output=True, text=True)
    held = set(json.loads(out.stdout))
    assert len(held) > 300
    assert held - kept == set()
