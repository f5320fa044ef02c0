"""Bad and hostile input: a clear message naming the file, the rest of the build goes on,
the exit code tells, and nothing from the text reaches HTML unescaped."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from builder.cli import main
from tests.hostile import hostile_project


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, str]:
    proj = hostile_project(tmp_path_factory.mktemp("hostile"))
    import os

    cwd = os.getcwd()
    os.chdir(proj)
    try:
        result = CliRunner().invoke(main, ["build"], catch_exceptions=False)
    finally:
        os.chdir(cwd)
    return proj, result.exit_code, result.output


def test_build_goes_on_and_exit_code_tells(hostile_build: tuple[Path, int, str]) -> None:
    proj, code, output = hostile_build
    assert code == 2, output  # site written, some inputs unusable
    site = proj / "site"
    assert (site / "index.html").is_file()
    # the five real seeds are all still there
    assert len(list((site / "articles").glob("*/index.html"))) >= 5 + 6


@pytest.mark.parametrize(
    ("needle", "pattern"),
    [
        ("binary.txt", r"binary"),
        ("empty.txt", r"empty"),
        ("huge.txt", r"50\.0 MB is over"),
        ("invalid-utf8.txt", r"CP-1252"),
        ("cp1252.txt", r"CP-1252"),
        ("link-outside.txt", r"outside the input folder"),
        (".hidden.txt", r"hidden"),
        ("content/articles/broken.yml:", r"invalid YAML"),
        ("content/articles/no-such-seed.yml", r"no input file"),
        ("actors.yaml", r"YAML|registry"),
        ("same-headline-twice", r"taken"),
    ],
)
def test_each_problem_is_reported_with_its_file(
    hostile_build: tuple[Path, int, str], needle: str, pattern: str
) -> None:
    _, _, output = hostile_build
    lines = [line for line in output.splitlines() if needle in line]
    assert lines, f"no message names {needle}:\n{output}"
    assert any(re.search(pattern, line) for line in lines), lines


def test_decoded_inputs_are_published(hostile_build: tuple[Path, int, str]) -> None:
    proj, _, _ = hostile_build
    pages = "\n".join(p.read_text(encoding="utf-8") for p in (proj / "site" / "articles").glob("*/index.html"))
    assert "The delegations met in Geneva on Monday." in pages  # UTF-16
    assert "“We will talk,” the envoy said – again." in pages  # CP-1252
    assert "The file name has spaces" in pages and "The file name is not ASCII" in pages
    assert "This file is outside the project" not in pages
    assert "Not an article" not in pages


def test_slugs_are_safe(hostile_build: tuple[Path, int, str]) -> None:
    proj, _, _ = hostile_build
    site = proj / "site"
    for d in (site / "articles").iterdir():
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", d.name), d.name
    assert not (proj / "etc").exists() and not (site.parent.parent / "etc").exists()
    assert (site / "articles" / "the-same-headline-twice").is_dir()
    assert (site / "articles" / "the-same-headline-twice-2").is_dir()


def test_no_injected_markup_in_any_page(hostile_build: tuple[Path, int, str]) -> None:
    proj, _, _ = hostile_build
    site = proj / "site"
    found_escaped = False
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script>" not in html, page
        assert not re.search(r"<img[^>]*onerror", html), page
        assert not re.search(r"<(iframe|style)\b", html), page
        assert not re.search(r"href=\"\s*javascript:", html, re.I), page
        assert not re.search(r"<[a-z]+[^>]*\son\w+=", html, re.I), page
        assert "config.__class__" not in html or "{{ config.__class__ }}" in html, page
        assert "<b onmouseover" not in html, page
        if "&lt;script&gt;" in html:
            found_escaped = True
    assert found_escaped, "the hostile text should be shown, escaped"
    for feed in site.rglob("*.xml"):
        assert "<script>" not in feed.read_text(encoding="utf-8")


def test_template_syntax_in_text_is_not_evaluated(hostile_build: tuple[Path, int, str]) -> None:
    proj, _, _ = hostile_build
    pages = "\n".join(p.read_text(encoding="utf-8") for p in (proj / "site" / "articles").glob("*/index.html"))
    assert "{% raw %}{{ 7*7 }}{% endraw %}" in pages
    assert "loopooploop" not in pages and "loop{% endfor %}" in pages


def test_unsafe_original_url_is_not_linked(hostile_build: tuple[Path, int, str]) -> None:
    proj, _, output = hostile_build
    assert "javascript:" not in "".join(
        m.group(0) for p in (proj / "site").rglob("*.html") for m in re.finditer(r'href="[^"]*"', p.read_text())
    )
    assert "not http(s)" in output


def test_strict_refuses_and_keeps_previous_site(hostile_build: tuple[Path, int, str]) -> None:
    proj, _, _ = hostile_build
    before = (proj / "site" / "index.html").read_bytes()
    import os

    cwd = os.getcwd()
    os.chdir(proj)
    try:
        result = CliRunner().invoke(main, ["build", "--strict"], catch_exceptions=False)
    finally:
        os.chdir(cwd)
    assert result.exit_code == 1
    assert "left as it was" in result.output
    assert (proj / "site" / "index.html").read_bytes() == before
