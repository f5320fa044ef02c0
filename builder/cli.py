"""The `briefing` command: build, serve, clean, rules. Parses options; nothing else."""

from __future__ import annotations

import gc
import json
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from builder import __version__
from builder.config import Config, load_config


def _config(config_file: str | None, **overrides: str | None) -> Config:
    """briefing.yml, with command-line paths (relative to the current folder) on top."""
    cfg = load_config(Path(config_file) if config_file else None)
    changes: dict[str, Any] = {k: str(Path(v).absolute()) for k, v in overrides.items() if v is not None}
    return replace(cfg, **changes) if changes else cfg


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefing")
def main() -> None:
    """Briefing: build a static news-briefing archive from raw articles."""


@main.command()
@click.option(
    "--config", "config_file", type=click.Path(dir_okay=False), help="Configuration file (default: briefing.yml)."
)
@click.option(
    "--input", "input_dir", type=click.Path(file_okay=False), help="Folder of raw articles (default: seeds/)."
)
@click.option("--out", "out_dir", type=click.Path(file_okay=False), help="Output folder (default: site/).")
@click.option("--strict", is_flag=True, help="Treat warnings as failure (exit 1, site/ left untouched).")
@click.option("--force", is_flag=True, help="Allow an output folder that holds files the build did not write.")
@click.option("--full", is_flag=True, help="Build even if no input changed since the last build.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")
def build(
    config_file: str | None,
    input_dir: str | None,
    out_dir: str | None,
    strict: bool,
    force: bool,
    full: bool,
    quiet: bool,
) -> None:
    """Build the site from the raw articles.

    Exit status: 0 built (warnings, if any, are in the summary); 1 the build failed and the
    previous site was left untouched; 2 the site was built but some input files could not be used.
    """
    cfg = _config(config_file, input=input_dir, output=out_dir)
    from builder.quick import warm_cleaner

    # first thing: a build that may take the quick path loads the cleaner meanwhile
    cleaner = None if (strict or force or full) else warm_cleaner(cfg)
    from builder.pipeline import BuildOptions, run_build

    progress = not quiet and sys.stderr.isatty()
    # The collector stays off until the process ends: the build's million objects are acyclic, and
    # a pass over them once it is on again (0.15 s at 10,000 articles, on the first allocation)
    # or at exit (0.3 s) finds nothing. Frozen before it is on again (tests run builds in-process).
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        result = run_build(cfg, BuildOptions(strict=strict, force=force, full=full, progress=progress,
                                             cleaner=cleaner))
        if not quiet:
            click.echo(result.summary(), err=False)
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
    if result.exit_code:
        sys.exit(result.exit_code)


@main.command()
@click.option("--config", "config_file", type=click.Path(dir_okay=False))
@click.option("--port", default=8000, show_default=True, help="Port on 127.0.0.1 (0: any free port).")
@click.option("--no-reload", is_flag=True, help="Do not rebuild on change.")
def serve(config_file: str | None, port: int, no_reload: bool) -> None:
    """Build, serve site/ on 127.0.0.1, rebuild on change and reload the open page."""
    from builder.serve import serve as run_serve

    cfg = _config(config_file)
    run_serve(cfg, port=port, watch=not no_reload, config_file=Path(config_file) if config_file else None)


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object with metadata, actors, quotes, removals.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False))
def clean(file: str, as_json: bool, config_file: str | None) -> None:
    """Clean one raw article and print its body (or everything, with --json)."""
    from builder.clean import CleanContext
    from builder.content import load_overrides, load_sources
    from builder.extract.registry import load_registry
    from builder.ingest import read_raw
    from builder.process import ProcessContext, facts_json, process

    cfg = _config(config_file)

    def warn(kind: str, msg: str) -> None:
        click.echo(f"warning: {msg}", err=True)

    content = cfg.path("content")
    try:
        raw = read_raw(Path(file))
    except ValueError as exc:
        raise click.ClickException(f"{file}: {exc}") from exc
    registry = load_registry(content / "actors.yaml")
    ctx = ProcessContext(
        clean=CleanContext(
            disabled_rules=frozenset(cfg.cleaner.disable), sources=load_sources(content / "sources.yaml", warn)
        ),
        registry=registry,
    )
    facts = process(raw, ctx)
    for w in facts.clean.warnings:
        click.echo(f"warning: {file}: {w}", err=True)
    if as_json:
        override = load_overrides(content / "articles", warn).get(raw.stem)
        data = facts_json(facts, registry, override.values if override else None)
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo("\n\n".join(facts.clean.paragraphs))


def run() -> None:
    """The console entry point: ``main``, then exit without tearing the heap down.

    A build leaves millions of objects; freeing them one by one at exit costs a second at
    10k articles and does nothing useful (every file is closed, every pool joined by then).
    Tests call ``main`` in-process and keep the ordinary exit, as does a run under a profiler."""
    code: int | str | None = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code
    if isinstance(code, str):  # sys.exit("message"): printed, status 1, as Python does
        print(code, file=sys.stderr)
        code = 1
    if sys.getprofile() is not None or sys.gettrace() is not None:
        sys.exit(code)  # under a profiler or coverage: let it write its results at exit
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code or 0)


@main.command()
def rules() -> None:
    """List the cleaner's rules in the order they run."""
    from builder.clean import list_rules

    for name in list_rules():
        click.echo(name)
