"""content/actors.yaml: loading, validation errors with file and line."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from builder.errors import ContentError
from builder.extract.registry import Registry, load_registry

REPO = Path(__file__).resolve().parents[1]


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "actors.yaml"
    p.write_text(text, encoding="utf-8")
    return p


def test_missing_file_is_empty(tmp_path: Path) -> None:
    assert load_registry(tmp_path / "nope.yaml").entries == []


def test_empty_file_is_empty(tmp_path: Path) -> None:
    assert load_registry(write(tmp_path, "# nothing yet\n")).entries == []


def test_full_entry(tmp_path: Path) -> None:
    reg = load_registry(
        write(
            tmp_path,
            "- name: Yury Volnin\n"
            "  aliases: [Volnin, Yuri Volnin]\n"
            "  not_aliases: [Yuri Volnin Jr]\n"
            "  role: envoy\n"
            "  description: Talks envoy.\n"
            "- name: Pim Ekker\n"
            "  exclude: true\n"
            "- name: Ada Lenz\n"
            "  distinct: true\n",
        )
    )
    e = reg.entries[0]
    assert (e.name, e.aliases, e.not_aliases, e.role, e.description) == (
        "Yury Volnin",
        ["Volnin", "Yuri Volnin"],
        ["Yuri Volnin Jr"],
        "envoy",
        "Talks envoy.",
    )
    assert reg.entries[1].exclude and reg.entries[2].distinct
    assert reg.lookup("yuri volnin") is e
    assert reg.blocked("Yuri Volnin Jr", e)
    assert pickle.loads(pickle.dumps(reg)).lookup("Volnin") is not None


def test_the_example_registry_loads() -> None:
    load_registry(REPO / "content" / "actors.yaml")


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("- name: A B\n  aliases: [x\n", 3, "invalid YAML"),
        ("name: A B\n", 1, "must be a list"),
        ("- name: A B\n- just a string\n", 2, "entry 2"),
        ("- name: A B\n- role: envoy\n", 2, "'name'"),
        ("- name: A B\n  aliases: Volnin\n", 2, "'aliases' must be a list"),
        ("- name: A B\n  exclude: yes please\n", 2, "'exclude' must be true or false"),
        ("- name: A B\n  roel: envoy\n", 2, "unknown key 'roel'"),
        ("- name: A B\n- name: a b\n", 2, "already an entry"),
        ("- name: A B\n  aliases: [Bo]\n- name: C D\n  aliases: [Bo]\n", 3, "already belongs to 'A B'"),
    ],
)
def test_errors_name_file_line_and_entry(tmp_path: Path, text: str, line: int, words: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ContentError) as exc:
        load_registry(path)
    assert exc.value.path == str(path)
    assert exc.value.line == line
    assert words in exc.value.message


def test_registry_repr_is_stable() -> None:
    assert repr(Registry()) == "Registry([])"
