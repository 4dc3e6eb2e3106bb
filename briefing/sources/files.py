"""Reading articles: files, directories and manifests become cleaned ``Article`` objects.

Supported: ``.txt`` (first non-empty line is the headline), ``.md``/``.txt`` with YAML
front matter, ``.html`` (main text and metadata through trafilatura), a directory of such
files, a YAML manifest listing articles with their metadata, and ``-`` for standard input;
and pages fetched from the web (``briefing.sources.web``), through ``read_web_page``.
Problems are collected over all inputs and raised once, so a user sees every bad file in
one run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from pathlib import Path

from briefing.defaults import DEFAULT_MAX_ARTICLES, DEFAULT_MAX_FILE_BYTES
from briefing.errors import OS_ERRORS, InputError, InputErrors, UsageError, mapped_errors
from briefing.model import Article
from briefing.sources.articles import build_article, check_article_count
from briefing.sources.decoding import decode, decode_declared, without_unshown
from briefing.sources.fetched import Fetched, WebPage
from briefing.sources.html import read_html
from briefing.sources.manifests import manifest_entries
from briefing.sources.metadata import Metadata
from briefing.sources.reading import STANDARD_INPUT, read_capped, shown_name
from briefing.sources.text import read_text

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
MANIFEST_SUFFIXES = frozenset({".yaml", ".yml"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
_STARTS_AS_HTML = re.compile(r"\s*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class IngestOptions:
    skip_bad: bool = False
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    max_articles: int = DEFAULT_MAX_ARTICLES
    outputs: frozenset[Path] = frozenset()
    """The files this build writes: never read as articles (a folder's brief.md from the
    last run), and refused when named as one (the brief would replace the article)."""


@dataclass(frozen=True, slots=True)
class Ingested:
    """The articles read, and the problems skipped over when ``skip_bad`` is set."""

    articles: tuple[Article, ...]
    skipped: tuple[InputError, ...]


def read_articles(
    inputs: Iterable[Path], options: IngestOptions | None = None, web: Fetched | None = None
) -> Ingested:
    """Read every input file and fetched page, and fail once for all the bad ones.

    Raises ``InputErrors`` naming each file or page that could not be read or fetched,
    unless ``options.skip_bad`` is set: then they are returned beside the articles.
    Raises ``UsageError`` when an input is one of ``options.outputs``.
    """
    options = options or IngestOptions()
    articles: list[Article] = []
    problems: list[InputError] = []
    entries = list(_expand(inputs, problems, options))
    pages = web.pages if web is not None else ()
    check_article_count(len(entries) + len(pages), options.max_articles)
    for path, metadata in entries:
        try:
            articles.append(read_article(path, metadata, options.max_file_bytes))
        except InputError as problem:
            problems.append(problem)
    problems.extend(web.problems if web is not None else ())
    for page in pages:
        try:
            articles.append(read_web_page(page))
        except InputError as problem:
            problems.append(problem)
    if problems and not options.skip_bad:
        raise InputErrors(tuple(problems))
    if not articles:
        reason = "no article could be read" if problems else "no articles were given"
        raise InputError("input", reason)
    return Ingested(tuple(articles), tuple(problems))


def _expand(
    inputs: Iterable[Path], problems: list[InputError], options: IngestOptions
) -> Iterator[tuple[Path, Metadata]]:
    written = set(map(_resolved, options.outputs))
    for path in inputs:
        try:
            entries = _entries(path, options.max_file_bytes)
        except InputError as problem:
            problems.append(problem)
            continue
        for entry, metadata in entries:
            if str(entry) != STANDARD_INPUT and _resolved(entry) in written:
                if entry.parent == path:  # the brief a folder holds from an earlier build
                    continue
                raise UsageError(
                    f"the brief would be written over the input {shown_name(entry)}: "
                    "choose another --output"
                )
            yield entry, metadata


def _entries(path: Path, max_file_bytes: int) -> list[tuple[Path, Metadata]]:
    """The article files an input names: itself, a folder's, or a manifest's with metadata."""
    if str(path) == STANDARD_INPUT:
        return [(path, Metadata())]
    source = shown_name(path)
    with _file_errors(source):
        exists, is_folder = path.exists(), path.is_dir()
    if not exists:
        raise InputError(source, "no such file or directory")
    if is_folder:
        with _file_errors(source):
            files = sorted(p for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
        if not files:
            supported = ", ".join(sorted(ARTICLE_SUFFIXES))
            raise InputError(source, f"directory holds no {supported} files")
        return [(file, Metadata()) for file in files]
    if path.suffix.lower() in MANIFEST_SUFFIXES:
        text = decode(_read_bytes(path, max_file_bytes), source)
        return manifest_entries(path, text)
    return [(path, Metadata())]


def read_article(path: Path, metadata: Metadata, max_file_bytes: int) -> Article:
    """Read one article file (``-``: standard input, as plain text or, when it starts as a
    page does, HTML); ``metadata`` (from a manifest) wins over what the file says.
    """
    source = shown_name(path)
    text = None
    if str(path) == STANDARD_INPUT:
        text = decode(_read_bytes(path, max_file_bytes), source)
        suffix = ".html" if _STARTS_AS_HTML.match(text) else ".txt"
    else:
        suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        supported = ", ".join(sorted(ARTICLE_SUFFIXES | MANIFEST_SUFFIXES))
        name = without_unshown(suffix) or source
        raise InputError(source, f"unsupported file type '{name}' (use {supported})")
    if text is None:
        text = decode(_read_bytes(path, max_file_bytes), source)
    if suffix in HTML_SUFFIXES:
        blocks, found, headline_in_body, emphasised = read_html(text, source)
    else:
        blocks, found, headline_in_body, emphasised = read_text(
            text, source, markdown=suffix != ".txt"
        )
    merged = metadata.over(found)
    return build_article(source, blocks, merged, headline_in_body, emphasised)


def read_web_page(page: WebPage) -> Article:
    """A fetched page as an article, ``source`` the address asked for and ``url`` the one fetched.

    ``url`` is where the redirects ended, not a canonical link the page names: the
    retrieval time is a fact about the address fetched, and a canonical link is only the
    site's claim (sometimes its home page). A feed entry's title and date win over the
    page's, as a manifest's do over a file's.
    """
    plain = page.content_type == "text/plain"
    text = decode_declared(page.body, page.url, page.charset, markup=not plain)
    if plain:
        blocks, found, headline_in_body, emphasised = read_text(text, page.url, markdown=False)
    else:
        blocks, found, headline_in_body, emphasised = read_html(text, page.url)
    stated = Metadata(title=page.title, published=page.published, url=page.final_url)
    article = build_article(page.url, blocks, stated.over(found), headline_in_body, emphasised)
    return replace(article, retrieved=page.retrieved)


def _read_bytes(path: Path, max_file_bytes: int) -> bytes:
    return read_capped(path, max_file_bytes, " (raise it with --max-file-size)")


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, ValueError):  # a loop of links, a NUL: reading it will say what is wrong
        return path


def _file_errors(source: str) -> AbstractContextManager[None]:
    return mapped_errors(OS_ERRORS, lambda reason: InputError(source, f"cannot be read ({reason})"))
