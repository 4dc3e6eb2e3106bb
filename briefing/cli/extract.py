"""``briefing extract``: the quotes and figures found in articles, as text or JSON."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from briefing.cli.options import (
    OUTPUT,
    AllowPrivateAddresses,
    Feeds,
    FetchBudget,
    FetchTimeout,
    MaxArticles,
    MaxFileSize,
    Quiet,
    SkipBad,
    Strict,
    Verbose,
    progress,
    report,
    warn,
)
from briefing.defaults import (
    DEFAULT_FETCH_BUDGET,
    DEFAULT_FETCH_TIMEOUT,
    DEFAULT_MAX_ARTICLES,
    DEFAULT_MAX_FILE_BYTES,
)


def extract(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="INPUT",
            help="Article files (.txt, .md, .html), folders of them, YAML manifests, "
            "or http(s) addresses of web pages.",
            show_default=False,
        ),
    ] = None,
    skip_bad: SkipBad = False,
    max_file_size: MaxFileSize = DEFAULT_MAX_FILE_BYTES,
    max_articles: MaxArticles = DEFAULT_MAX_ARTICLES,
    feed: Feeds = None,
    fetch_timeout: FetchTimeout = DEFAULT_FETCH_TIMEOUT,
    fetch_budget: FetchBudget = DEFAULT_FETCH_BUDGET,
    allow_private_addresses: AllowPrivateAddresses = False,
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
    """Print the quotes and figures found in articles, read as build reads them."""
    from briefing import api
    from briefing.pipeline import skipped_warning

    found = api.extract_files(
        *(inputs or ()),
        skip_bad=skip_bad,
        max_file_size=max_file_size,
        max_articles=max_articles,
        feeds=feed or (),
        fetch_timeout=fetch_timeout,
        fetch_budget=fetch_budget,
        allow_private_addresses=allow_private_addresses,
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
