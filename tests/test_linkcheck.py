"""The build-time check of the links maintainers write in hand-written articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.config import load_config
from builder.linkcheck import link_targets, resolve
from builder.pipeline import BuildOptions, run_build
from tests.conftest import make_project

PAGE = "articles/a-note/index.html"


@pytest.mark.parametrize(
    ("href", "target"),
    [
        ("../other/", "articles/other/index.html"),
        ("../../actors/", "actors/index.html"),
        ("../../actors/x/index.html#quotes", "actors/x/index.html"),
        ("../../files/map%20v2.pdf?dl=1", "files/map v2.pdf"),
        ("./", "articles/a-note/index.html"),
        ("../../../outside/", "../outside/index.html"),
        ("/actors/", "actors/index.html"),
        ("https://example.org/x", None),
        ("//example.org/x", None),
        ("mailto:desk@example.org", None),
        ("#top", None),
        ("?page=2", None),
    ],
)
def test_a_link_resolves_against_its_page(href: str, target: str | None) -> None:
    assert resolve(PAGE, href) == target


def test_links_and_images_are_found_in_markdown_order() -> None:
    md = "See [a](../a/) and ![map](../../map.png).\n\n> [quoted *b*](../b/)\n\n- [c](../c/)\n\n`[not](../code/)`"
    assert list(link_targets(md)) == ["../a/", "../../map.png", "../b/", "../c/"]


def test_a_hand_written_articles_broken_links_are_warned_about_and_the_build_goes_on(tmp_path: Path) -> None:
    proj = make_project(tmp_path)
    (proj / "content" / "static").mkdir()
    (proj / "content" / "static" / "map.png").write_bytes(b"\x89PNG\r\n")
    first = run_build(load_config(None, root=proj), BuildOptions())
    assert first.ok and first.archive is not None
    other = sorted(first.archive.articles)[0]
    person = sorted(first.archive.actors)[0]
    (proj / "content" / "articles" / "desk-note.md").write_text(
        "---\ntitle: A note from the desk\ndate: 2025-03-04\n---\n"
        f"Read [the first report](../{other}/) and [this person's page](../../actors/{person}/), "
        "see ![the map](../../map.png) and [the outlets](../../sources/).\n\n"
        "Not there: [a typo](../no-such-article/), [a lost file](../../files/report.pdf), "
        "[from the root](/actors/), and [too far up](../../../elsewhere/).\n\n"
        "Left alone: [another site](https://example.org/x), [mail](mailto:desk@example.org), [top](#top).\n",
        encoding="utf-8",
    )
    result = run_build(load_config(None, root=proj), BuildOptions())
    assert result.ok
    assert (proj / "site" / "articles" / "a-note-from-the-desk" / "index.html").is_file()
    warned = result.diagnostics.warnings["broken link"]
    src = "content/articles/desk-note.md"
    assert warned == [
        f"{src}: the link '../no-such-article/' names no page or file of the site",
        f"{src}: the link '../../files/report.pdf' names no page or file of the site",
        f"{src}: the link '/actors/' starts at the server's root, so it breaks under a subpath and from disk: "
        "write it relative",
        f"{src}: the link '../../../elsewhere/' names no page or file of the site",
    ]
    strict = run_build(load_config(None, root=proj), BuildOptions(strict=True))
    assert not strict.ok
