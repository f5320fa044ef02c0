"""briefing.yml: defaults, typed keys, every error reported with its key."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.config import Config, load_config
from builder.errors import ConfigError


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "briefing.yml"
    p.write_text(text, encoding="utf-8")
    return p


def test_missing_file_means_defaults(tmp_path: Path) -> None:
    cfg = load_config(None, root=tmp_path)
    assert cfg == Config(root=tmp_path)
    assert cfg.path("output") == tmp_path / "site"


def test_values_and_paths_relative_to_config(tmp_path: Path) -> None:
    cfg = load_config(write(tmp_path, "title: My archive\npage_size: 20\noutput: public\n"))
    assert cfg.title == "My archive" and cfg.page_size == 20
    assert cfg.path("output") == tmp_path.resolve() / "public"


def test_every_error_names_its_key(tmp_path: Path) -> None:
    p = write(
        tmp_path, "title: 3\npage_size: many\nbase_url: example.org\nshiny: yes\ncleaner: {disable: [no_such_rule]}\n"
    )
    with pytest.raises(ConfigError) as info:
        load_config(p)
    errors = info.value.errors
    assert any(e.startswith("title:") for e in errors)
    assert any(e.startswith("page_size:") for e in errors)
    assert any(e.startswith("base_url:") for e in errors)
    assert any(e.startswith("shiny: unknown key") for e in errors)
    assert any(e.startswith("cleaner.disable: unknown rule 'no_such_rule'") for e in errors)
    assert str(p) in info.value.message


def test_malformed_yaml_names_file_and_line(tmp_path: Path) -> None:
    p = write(tmp_path, "title: ok\nlist: [a, b\n")
    with pytest.raises(ConfigError) as info:
        load_config(p)
    assert info.value.errors[0].startswith("line 3: invalid YAML")
    assert str(p) in info.value.message


def test_project_without_a_theme_uses_the_bundled_one(tmp_path: Path) -> None:
    cfg = load_config(None, root=tmp_path)
    assert (cfg.path("theme") / "templates" / "base.html").is_file()
    own = tmp_path / "themes" / "default" / "templates"
    own.mkdir(parents=True)
    assert load_config(None, root=tmp_path).path("theme") == tmp_path / "themes" / "default"
