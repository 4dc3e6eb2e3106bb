"""Reading articles: files, directories and manifests become cleaned ``Article`` objects.

Supported: ``.txt`` (first non-empty line is the headline), ``.md``/``.txt`` with YAML
front matter, ``.html`` (main text and metadata through trafilatura), a directory of such
files, and a YAML manifest listing articles with their metadata; and pages fetched from the
web (``briefing.sources.web``), through ``read_web_page``. Problems are collected over all
inputs and raised once, so a user sees every bad file in one run.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from briefing.defaults import DEFAULT_MAX_ARTICLES, DEFAULT_MAX_FILE_BYTES
from briefing.errors import InputError, InputErrors
from briefing.model import Article, Paragraph
from briefing.patterns import BIDI_CONTROLS, WEEKDAY
from briefing.sources.furniture import furniture_flags, is_furniture_anywhere

if TYPE_CHECKING:
    from briefing.sources.web import Fetched, WebPage

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
MANIFEST_SUFFIXES = frozenset({".yaml", ".yml"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
# Browsers look for <meta charset> in the first 1,024 bytes; pages with a long <head>
# sometimes put it later, and scanning a little further costs nothing.
_META_SCAN_BYTES = 4096
# The WHATWG Encoding Standard reads these labels as Windows-1252, as every browser does:
# pages labelled Latin-1 are full of its curly quotes and dashes.
_READ_AS_CP1252 = frozenset({"iso8859-1", "ascii"})
# Control characters (C0 but tab and line breaks, DEL, C1 but NEL), the two
# non-characters XML forbids, and lone surrogates (a YAML escape can make one): no font
# draws them and no output format may carry them, so they are removed at ingest.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff\ud800-\udfff]")
# So are the bidi embeddings, overrides and isolates: in a browser they reorder what a
# quote shows ("I will \u202eton\u202c resign" reads "will not resign"). Text copied from
# word processors is full of them, so unlike the controls above they say nothing of binary.
_UNSHOWN = re.compile(f"{_CONTROL.pattern}|[{BIDI_CONTROLS}]")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_DATE_LINE = re.compile(
    rf"^(?:(?:published|updated|posted|date)\s*:?\s*)?{WEEKDAY}(?P<date>[^|]+?)\.?$",
    re.IGNORECASE,
)
_DATE_FORMATS = (
    "%m/%d/%Y",
    "%d/%m/%Y",
    "%Y-%m-%d",
    "%B %d, %Y",
    "%d %B %Y",
    "%b %d, %Y",
    "%d %b %Y",
    "%d.%m.%Y",
)


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a front matter, a manifest entry or an HTML page says about an article."""

    title: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: date | None = None
    url: str | None = None
    language: str | None = None

    def over(self, other: Metadata) -> Metadata:
        """These values where set, ``other``'s elsewhere."""
        values = {}
        for field in fields(self):
            mine = getattr(self, field.name)
            values[field.name] = mine if mine is not None else getattr(other, field.name)
        return Metadata(**values)


@dataclass(frozen=True, slots=True)
class IngestOptions:
    skip_bad: bool = False
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    max_articles: int = DEFAULT_MAX_ARTICLES


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
    """
    options = options or IngestOptions()
    articles: list[Article] = []
    problems: list[InputError] = []
    entries = list(_expand(inputs, problems))
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


def check_article_count(count: int, max_articles: int) -> None:
    """Refuse more articles than the limit before any is read."""
    if count > max_articles:
        raise InputError(
            "input",
            f"{count:,} articles were given, over the limit of {max_articles:,} "
            "(raise it with --max-articles)",
        )


def _expand(inputs: Iterable[Path], problems: list[InputError]) -> Iterator[tuple[Path, Metadata]]:
    for path in inputs:
        if not path.exists():
            problems.append(InputError(str(path), "no such file or directory"))
        elif path.is_dir():
            files = sorted(p for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
            if not files:
                supported = ", ".join(sorted(ARTICLE_SUFFIXES))
                problems.append(InputError(str(path), f"directory holds no {supported} files"))
            yield from ((file, Metadata()) for file in files)
        elif path.suffix.lower() in MANIFEST_SUFFIXES:
            try:
                yield from _manifest_entries(path)
            except InputError as problem:
                problems.append(problem)
        else:
            yield path, Metadata()


def _manifest_entries(path: Path) -> list[tuple[Path, Metadata]]:
    document = _load_yaml(decode(_read_bytes(path, DEFAULT_MAX_FILE_BYTES), str(path)), path)
    entries = document.get("articles") if isinstance(document, Mapping) else None
    if not isinstance(entries, list) or not entries:
        raise InputError(str(path), "a manifest needs an 'articles:' list of entries")
    resolved = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, Mapping) or not isinstance(entry.get("file"), str):
            raise InputError(str(path), f"article entry {number} needs a 'file:' path")
        metadata = _metadata(entry, f"{path}, article entry {number}")
        resolved.append((path.parent / entry["file"], metadata))
    return resolved


def read_article(path: Path, metadata: Metadata, max_file_bytes: int) -> Article:
    """Read one article file; ``metadata`` (from a manifest) wins over what the file says."""
    source = str(path)
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        supported = ", ".join(sorted(ARTICLE_SUFFIXES | MANIFEST_SUFFIXES))
        raise InputError(source, f"unsupported file type '{suffix or path.name}' (use {supported})")
    text = decode(_read_bytes(path, max_file_bytes), source)
    if suffix in HTML_SUFFIXES:
        blocks, found, headline_in_body = _read_html(text, source)
    else:
        blocks, found, headline_in_body = _read_text(text, source, suffix)
    merged = metadata.over(found)
    return _build_article(source, blocks, merged, headline_in_body)


def read_web_page(page: WebPage) -> Article:
    """A fetched page as an article, ``source`` the address asked for and ``url`` the one fetched.

    ``url`` is where the redirects ended, not a canonical link the page names: the
    retrieval time is a fact about the address fetched, and a canonical link is only the
    site's claim (sometimes its home page). A feed entry's title and date win over the
    page's, as a manifest's do over a file's.
    """
    text = _web_text(page)
    if page.content_type == "text/plain":
        blocks, found, headline_in_body = _read_text(text, page.url, ".txt")
    else:
        blocks, found, headline_in_body = _read_html(text, page.url)
    stated = Metadata(title=page.title, published=page.published, url=page.final_url)
    article = _build_article(page.url, blocks, stated.over(found), headline_in_body)
    return replace(article, retrieved=page.retrieved)


def _web_text(page: WebPage) -> str:
    """The body decoded by its byte-order mark, HTTP or ``<meta>`` charset, or else guessed."""
    data = page.body
    declared = None
    if not data.startswith(tuple(bom for bom, _ in _BOMS)):
        declared = _codec(page.charset)
        if declared is None and page.content_type != "text/plain":
            meta = _META_CHARSET.search(data[:_META_SCAN_BYTES])
            declared = _codec(meta.group(1).decode("ascii")) if meta else None
    if declared is None:
        return decode(data, page.url)
    # Declared, one bad byte is one replacement character, as in a browser; guessing
    # again would garble every other letter instead.
    return _check_text(data.decode(declared, errors="replace"), page.url)


def _codec(label: str | None) -> str | None:
    """Python's codec for a charset label, or None for a label it does not know."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip()).name
        b"a".decode(name, "replace")  # refuses Python codecs that are no charset: base64, idna
    except (LookupError, UnicodeError):
        return None
    return "cp1252" if name in _READ_AS_CP1252 else name


def _read_bytes(path: Path, max_file_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_file_bytes:
            raise InputError(
                str(path),
                f"file is {size:,} bytes, over the {max_file_bytes:,}-byte limit "
                "(raise it with --max-file-size)",
            )
        return path.read_bytes()
    except OSError as error:
        raise InputError(str(path), f"cannot be read ({error.strerror})") from error


def decode(data: bytes, source: str) -> str:
    """Decode text as UTF-8, UTF-16/32 with a byte-order mark, or else Windows-1252."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(encoding), source)
            except UnicodeDecodeError as error:
                raise InputError(source, f"is not valid {encoding} text") from error
    if b"\x00" in data:
        raise InputError(source, "is a binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as error:
            raise InputError(source, "is a binary file, not text") from error
    return _check_text(text, source)


def _check_text(text: str, source: str) -> str:
    if len(_CONTROL.findall(text)) > max(2, len(text) // 200):
        raise InputError(source, "is a binary file, not text")
    if not text.strip():
        raise InputError(source, "is empty")
    return _UNSHOWN.sub("", text).replace("\r\n", "\n").replace("\r", "\n")


def _load_yaml(text: str, path: Path | str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise InputError(str(path), f"malformed YAML{where}") from error


def _metadata(fields: Mapping[str, Any], source: str) -> Metadata:
    published = fields.get("published", fields.get("date"))
    if isinstance(published, datetime):
        published = published.date()
    elif isinstance(published, str):
        published = parse_date(published)
        if published is None:
            raise InputError(source, "'published' is not a date (write it as YYYY-MM-DD)")
    elif published is not None and not isinstance(published, date):
        raise InputError(source, "'published' is not a date (write it as YYYY-MM-DD)")

    def text_field(name: str) -> str | None:
        value = fields.get(name)
        return None if value is None else _UNSHOWN.sub("", str(value)).strip() or None

    return Metadata(
        title=text_field("title"),
        publisher=text_field("publisher"),
        author=text_field("author"),
        published=published,
        url=text_field("url"),
        language=text_field("language"),
    )


def _read_text(text: str, source: str, suffix: str) -> tuple[list[str], Metadata, bool]:
    metadata = Metadata()
    front = _FRONT_MATTER.match(text)
    if front:
        fields = _load_yaml(front.group(1), source)
        if not isinstance(fields, Mapping):
            raise InputError(source, "front matter must be YAML 'key: value' lines")
        metadata = _metadata(fields, source)
        text = text[front.end() :]
    markdown = suffix != ".txt"
    blocks = _markdown_blocks(text) if markdown else _text_blocks(text)
    if not blocks:
        raise InputError(source, "is empty")
    # Without front matter the first block is the headline, and counts as paragraph 1.
    return blocks, metadata, front is None


def _text_blocks(text: str) -> list[str]:
    """Paragraphs of plain text: one per line, or per block when lines are hard-wrapped."""
    lines = [line.strip() for line in text.split("\n")]
    blocks = [block for block in re.split(r"\n\s*\n", text) if block.strip()]
    wrapped = (
        len(blocks) > 1
        and any("\n" in block.strip() for block in blocks)
        and max(map(len, lines)) <= 100
    )
    if wrapped:
        return [" ".join(block.split()) for block in blocks]
    return [" ".join(line.split()) for line in lines if line]


def _markdown_blocks(text: str) -> list[str]:
    blocks = []
    for block in re.split(r"\n\s*\n", text):
        plain = " ".join(_MARKDOWN_HEADING.sub("", line).strip() for line in block.split("\n"))
        plain = _MARKDOWN_EMPHASIS.sub(r"\2", _MARKDOWN_LINK.sub(r"\1", plain))
        plain = " ".join(plain.split())
        if plain:
            blocks.append(plain)
    return blocks


def _read_html(html: str, source: str) -> tuple[list[str], Metadata, bool]:
    import trafilatura  # 0.2 s to import: only HTML input pays for it

    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    document: dict[str, Any] = {}
    if extracted is not None:
        document = extracted if isinstance(extracted, dict) else extracted.as_dict()
    text = _page_text(document.get("body"))
    if not text.strip():
        raise InputError(source, "no article text found in this HTML page")
    blocks = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    title = document.get("title")
    stated = document.get("date")
    metadata = Metadata(
        title=title,
        publisher=document.get("sitename"),
        author=document.get("author"),
        published=parse_date(stated) if stated else None,
        url=document.get("url"),
        language=document.get("language"),
    )
    headline_in_body = bool(title) and blocks[0] == " ".join(str(title).split())
    return blocks, metadata, headline_in_body


def _page_text(body: Any) -> str:
    """The text of trafilatura's main-content tree, one block a line.

    Its ``text`` field unescapes the already decoded text once more, so a page that shows
    ``&lt;b&gt;`` or ``&#0;`` as words would be quoted as ``<b>`` or U+FFFD: not verbatim.
    """
    from trafilatura.utils import sanitize
    from trafilatura.xml import process_element

    if body is None:
        return ""
    lines: list[str] = []
    process_element(body, lines, False)
    return sanitize("".join(lines), True) or ""


def parse_date(text: str) -> date | None:
    """A date written the way news pages print one (``Sunday, 11/23/2025``), or None."""
    match = _DATE_LINE.match(text.strip())
    if match is None:
        return None
    candidate = " ".join(match.group("date").split())
    for date_format in _DATE_FORMATS:
        try:
            return datetime.strptime(candidate, date_format).date()
        except ValueError:
            continue
    return None


def _is_headline(text: str) -> bool:
    """A page dump's first line is a headline unless it reads like a body paragraph."""
    return len(text.split()) <= 30 and not text.endswith(".")


def _build_article(
    source: str, blocks: list[str], metadata: Metadata, headline_in_body: bool
) -> Article:
    title = metadata.title
    headline_taken = (
        title is None
        and headline_in_body
        and _is_headline(blocks[0])
        and not is_furniture_anywhere(blocks[0], "")
    )
    if headline_taken:
        title = blocks[0]
    first_body = 1 if headline_taken else 0
    flags = list(furniture_flags(blocks, title or "", first_body))
    published = metadata.published
    # A dateline near the top is metadata, not text: it dates the article and is dropped.
    for index in range(first_body, min(len(blocks), first_body + 3)):
        stated = parse_date(blocks[index])
        if stated is not None:
            published = published or stated
            flags[index] = True
            break
    paragraphs = tuple(
        Paragraph(number, text)
        for number, (text, furniture) in enumerate(zip(blocks, flags, strict=True), start=1)
        if not furniture
    )
    furniture = tuple(
        Paragraph(number, text)
        for number, (text, is_furniture) in enumerate(zip(blocks, flags, strict=True), start=1)
        if is_furniture
    )
    if not paragraphs:
        raise InputError(source, "holds no article text once page furniture is removed")
    cleaned = "\n\n".join(paragraph.text for paragraph in paragraphs)
    article = Article(
        source=source,
        title=title,
        paragraphs=paragraphs,
        sha256=hashlib.sha256(cleaned.encode("utf-8")).hexdigest(),
        publisher=metadata.publisher,
        author=metadata.author,
        published=published,
        url=metadata.url,
        language=metadata.language or "en",
        furniture=furniture,
    )
    return article
