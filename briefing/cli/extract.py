"""``briefing extract``: the quotes and figures found in articles, as text or JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from briefing.cli.options import (
    OUTPUT,
    Quiet,
    SkipBad,
    Strict,
    Verbose,
    progress,
    report,
    warn,
)


def extract(
    inputs: Annotated[
        list[Path],
        typer.Argument(
            metavar="INPUT",
            help="Article files (.txt, .md, .html), folders of them, or YAML manifests.",
            show_default=False,
        ),
    ],
    skip_bad: SkipBad = False,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="Print JSON: per article its quotes and figures.",
            rich_help_panel=OUTPUT,
        ),
    ] = False,
    strict: Strict = False,
    verbose: Verbose = False,
    quiet: Quiet = False,
) -> None:
    """Print the quotes and figures found in articles."""
    from briefing import api
    from briefing.pipeline import skipped_warning

    found = api.extract_files(
        *inputs,
        skip_bad=skip_bad,
        strict=strict,
        progress=progress(quiet),
        report=report(verbose),
    )
    if not quiet:
        warn(map(skipped_warning, found.skipped))
    if as_json:
        typer.echo(json.dumps(found.records, ensure_ascii=False, indent=2))
        return
    for record in found.records:
        typer.echo(f"{record['file']}: {record['title'] or '(untitled)'}")
        for quote in record["quotes"]:
            typer.echo(f"  ¶{quote['paragraph']} {quote['speaker'] or '?'}: {quote['text']}")
        for figure in record["figures"]:
            typer.echo(f"  ¶{figure['paragraph']} {figure['text']} ({figure['claimed_by']})")
