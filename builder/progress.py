"""The progress bar of a long stage, on the terminal's error stream (nothing when not shown)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import TypeVar

import click

T = TypeVar("T")


def progress(items: Iterable[T], length: int, label: str, show: bool) -> Iterator[T]:
    if not show:
        yield from items
        return
    with click.progressbar(items, length=length, label=label, file=sys.stderr) as bar:
        yield from bar
