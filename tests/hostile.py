"""A seeds folder full of bad and hostile input, shared by the robustness tests."""

from __future__ import annotations

import os
from pathlib import Path

from tests.conftest import make_project

INJECTIONS = [
    "<script>window.__pwned = 1; alert('xss')</script>",
    "<img src=x onerror=\"window.__pwned = 2; alert('img')\">",
    "[click me](javascript:alert('link'))",
    "<a href=\"javascript:alert('a')\">a link</a>",
    "{{ config.__class__ }} {% raw %}{{ 7*7 }}{% endraw %} {% for x in range(3) %}loop{% endfor %}",
    '<iframe src="https://evil.example/"></iframe><style>body{display:none}</style>',
    '" onmouseover="alert(\'attr\')" x="',
]

HOSTILE_BODY = "\n\n".join(
    f"Paragraph {i} of a hostile article says the talks went on, and then: {text} and the negotiators left."
    for i, text in enumerate(INJECTIONS)
)


def hostile_project(tmp: Path) -> Path:
    proj = make_project(tmp, seeds=True)
    seeds = proj / "seeds"
    (seeds / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (seeds / "invalid-utf8.txt").write_bytes(
        "Caf\u00e9 talks end\n\nMarch 3, 2025\n\nThe caf".encode() + b"\xe9 owner said the talks\xff went on late.\n"
    )
    (seeds / "cp1252.txt").write_bytes(
        "Envoys meet again\n\nMarch 4, 2025\n\n\u201cWe will talk,\u201d the envoy said \u2013 again.\n".encode(
            "cp1252"
        )
    )
    (seeds / "utf16.txt").write_bytes(
        "Talks in Geneva\n\nMarch 5, 2025\n\nThe delegations met in Geneva on Monday.\n".encode("utf-16")
    )
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "only-boilerplate.txt").write_text(
        "Skip to content\nMenu\nSubscribe\nSign up for our newsletter\nShare this article\n"
        "\u00a9 2025 Example Media. All rights reserved.\n",
        encoding="utf-8",
    )
    with open(seeds / "huge.txt", "wb") as fh:  # 50 MB
        fh.truncate(50 * 1024 * 1024)
    (seeds / "one-long-line.txt").write_text(
        "A very long line\n\n" + ("The talks went on and on without a break " * 25_000) + "\n", encoding="utf-8"
    )
    (seeds / "name with spaces.txt").write_text(
        "Spaces in a file name\n\nMarch 6, 2025\n\nThe file name has spaces, and the build copes.\n", encoding="utf-8"
    )
    (seeds / "ünïcødé-名前.txt").write_text(
        "Unicode in a file name\n\nMarch 7, 2025\n\nThe file name is not ASCII, and the build copes.\n",
        encoding="utf-8",
    )
    (seeds / ".hidden.txt").write_text("Hidden\n\nNot an article.\n", encoding="utf-8")
    outside = tmp / "outside.txt"
    outside.write_text("Secret\n\nThis file is outside the project.\n", encoding="utf-8")
    os.symlink(outside, seeds / "link-outside.txt")
    (seeds / "same-title-1.txt").write_text(
        "The same headline twice\n\nMarch 8, 2025\n\nThe first of two articles with one headline.\n", encoding="utf-8"
    )
    (seeds / "same-title-2.txt").write_text(
        "The same headline twice\n\nMarch 9, 2025\n\nThe second of two articles with one headline.\n", encoding="utf-8"
    )
    (seeds / "traversal.txt").write_text(
        "../../etc/passwd\n\nMarch 10, 2025\n\nA title that looks like a path must not become one.\n", encoding="utf-8"
    )
    (seeds / "hostile.txt").write_text(
        "<script>alert('title')</script> Hostile headline\n\nMarch 11, 2025\n\n" + HOSTILE_BODY + "\n", encoding="utf-8"
    )
    (seeds / "hostile.md").write_text(
        "Markdown that tries raw HTML\n\nMarch 12, 2025\n\n" + HOSTILE_BODY + "\n", encoding="utf-8"
    )
    content = proj / "content"
    (content / "articles" / "broken.yml").write_text("title: [unclosed\n", encoding="utf-8")
    (content / "articles" / "no-such-seed.yml").write_text("title: Nothing\n", encoding="utf-8")
    (content / "articles" / "hostile.yml").write_text(
        'url: "javascript:alert(\'url\')"\nauthors: ["<b onmouseover=alert(1)>Eve</b>"]\n', encoding="utf-8"
    )
    (content / "actors.yaml").write_text("- name: Someone\n  aliases: [unclosed\n", encoding="utf-8")
    return proj
