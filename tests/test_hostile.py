"""Hostile and broken input, through the real stages: ingest → extract → select → render.

Random Unicode (controls, format characters, bidi controls, Arabic script, combining
marks), markup fragments for every output (ReportLab, HTML, Markdown, Jinja2), quotes in
every quote style, enormous paragraphs and thousands of tiny ones. Whatever comes in:

* only ``InputError``/``InputErrors`` may be raised, each problem in one line;
* every paragraph is text of the file (after the documented cleaning) and every quote an
  exact slice of its paragraph;
* every output renders, shows each quote verbatim, and prints markup literally.
"""

from __future__ import annotations

import json
import re
import subprocess
import unicodedata
from collections import Counter
from collections.abc import Iterator
from datetime import date
from functools import cache
from html import escape as html_escape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import REPO, run_briefing, write
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from briefing.deliver.files import OutputFormat
from briefing.errors import InputError, InputErrors
from briefing.extract.extraction import extract
from briefing.model import Article, Brief
from briefing.render.formats import render
from briefing.render.pdf.bidi_text import has_right_to_left
from briefing.resources import resource_dir
from briefing.select import SelectOptions, select
from briefing.sources.files import read_articles

MARKUP = (
    "<b>",
    "</b>",
    "</para>",
    '<font name="x">',
    "&amp;",
    "&#0;",
    "&lt;",
    '<a href="javascript:alert(1)">x</a>',
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "]]>",
    "<![CDATA[",
    "<!--",
    "{{ x }}",
    "{% x %}",
    "*bold*",
    "_em_",
    "[link](javascript:alert(1))",
    "`code`",
    "# ",
    "> ",
    "|",
    "\\",
)
BIDI_CONTROLS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
QUOTE_MARKS = (("“", "”"), ('"', '"'), ("«", "»"), ("‘", "’"))
NAMES = ("Maria Lopez", "Jane Roe", "Ahmad Karimi", "Amina Yusuf")
VERBS = ("said", "told reporters", "says", "added")
WORDS = ("the", "water", "rose", "Council", "plan", "12", "3.5 million", "per cent", "in May")

# What ingest documents as cleaning: control characters (C0 but tab and line breaks, DEL,
# C1 but NEL), U+FFFE/U+FFFF, and the bidi embeddings, overrides and isolates (they would
# reorder what a quote shows) are removed; whitespace runs become one space.
INGEST_REMOVED = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff\u202a-\u202e\u2066-\u2069]"
)
# Markdown's own syntax that ingest removes from a .md article (headings, emphasis, links).
MARKDOWN_SYNTAX = re.compile(r"[#*_\[\]()!]")

# Ingest refuses a file as binary when control characters are more than one in 200, so
# controls come in short runs among ordinary words, as they do in damaged real text.
hostile_characters = st.characters(exclude_categories=("Cs", "Cc"))
fragment = st.one_of(
    st.text(hostile_characters, min_size=1, max_size=12),
    st.sampled_from(MARKUP),
    st.text(st.sampled_from(BIDI_CONTROLS), min_size=1, max_size=3),
    st.text(st.characters(min_codepoint=0x0621, max_codepoint=0x064A), min_size=2, max_size=9),
    st.text(st.characters(categories=("Mn", "Me")), min_size=1, max_size=3),
    st.text(st.characters(categories=("Cc", "Cf", "Zs", "Zl", "Zp")), max_size=1),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join),
)
hostile_text = st.lists(fragment, min_size=1, max_size=12).map(" ".join)


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    """A paragraph the extractor reads as speech, reported speech, figures, or noise."""
    text = draw(hostile_text)
    opening, closing = draw(st.sampled_from(QUOTE_MARKS))
    name, verb = draw(st.sampled_from(NAMES)), draw(st.sampled_from(VERBS))
    number = draw(st.integers(min_value=0, max_value=10**9))
    shapes = (
        f"{opening}{text}, {WORDS[1]} is {number} dollars,{closing} {name} {verb}.",
        f"{name} {verb}: {opening}We will {text} by {number}.{closing}",
        f"{name} {verb} that the {text} rose by {number} per cent.",
        f"{opening}{text}{closing}",
        text,
    )
    return draw(st.sampled_from(shapes))


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, str]:
    """An article file as ``(suffix, content)``: plain text, Markdown with front matter, HTML."""
    title = draw(hostile_text)
    body = draw(st.lists(paragraphs(), min_size=1, max_size=6))
    suffix = draw(st.sampled_from((".txt", ".md", ".html")))
    if suffix == ".txt":
        separator = draw(st.sampled_from(("\n\n", "\n", "\r\n", "\r\n\r\n")))
        return suffix, separator.join([title, *body])
    if suffix == ".md":
        publisher = draw(hostile_text)
        front = "".join(
            f"{key}: {json.dumps(value, ensure_ascii=False)}\n"
            for key, value in (("title", title), ("publisher", publisher))
        )
        front = f"---\n{front}---\n"
        return suffix, front + "\n\n".join(body)
    blocks = "".join(f"<p>{html_escape(text)}</p>\n" for text in body)
    return suffix, (
        f"<html><head><title>{html_escape(title)}</title></head><body><article>"
        f"<h1>{html_escape(title)}</h1>\n{blocks}</article></body></html>"
    )


def folded(text: str) -> str:
    """``text`` without any whitespace: outputs break lines where they like."""
    return "".join(text.split())


def cleaned_source(content: str) -> str:
    return " ".join(INGEST_REMOVED.sub("", content).split())


def is_subsequence(needle: str, haystack: str) -> bool:
    remaining = iter(haystack)
    return all(char in remaining for char in needle)


def assert_paragraphs_come_from(article: Article, suffix: str, content: str) -> None:
    """Each paragraph is text of the file, cleaned as ingest documents it."""
    source = cleaned_source(content)
    for paragraph in article.paragraphs:
        if suffix == ".txt":
            assert paragraph.text in source
        elif suffix == ".md":  # Markdown syntax is removed, nothing is added
            assert is_subsequence(folded(paragraph.text), folded(source))
        else:  # the page's text, entities decoded by the HTML parser
            page = cleaned_source(re.sub(r"<[^>]*>", " ", content))
            assert is_subsequence(folded(paragraph.text), folded(html_unescape(page)))


def html_unescape(text: str) -> str:
    from html import unescape

    return unescape(text)


def shown_quotes(brief: Brief) -> list[str]:
    return [item.quote.text for section in brief.sections for item in section.quotes]


def pdf_text(pdf: bytes) -> str:
    """The PDF's text as a reader's copy gives it back (poppler's pdftotext), in the order
    it is drawn, as viewers copy it.

    Not pdfplumber: it cuts lines by glyph tops, and a combining mark drawn 3 pt above its
    letter lands on a line of its own, which no viewer does. Not pdftotext's default
    reading order either: it groups glyphs into lines by position, and a stray mark drawn
    below one line moved the next quote's first word after the rest of it.
    """
    copied = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    )
    return copied.stdout.decode("utf-8")


@cache
def drawn_characters() -> frozenset[int]:
    """Every character some bundled face has a glyph for."""
    from reportlab.pdfbase.ttfonts import TTFont

    found: set[int] = set()
    for face in resource_dir("fonts").glob("*.ttf"):
        found.update(TTFont(face.stem, face).face.charToGlyph)
    return frozenset(found)


def readable(text: str) -> str:
    """What of ``text`` a reader can get back from the PDF, modulo line breaking.

    Format characters (bidi controls, zero-width spaces, soft hyphens: ReportLab draws
    nothing for a soft hyphen), private-use and unassigned code points, and characters no
    bundled face draws (a .notdef box, read back as NUL or a private-use code) carry no
    text a reader can copy; both sides drop them. The Braille blank is a blank glyph the
    reader takes for a gap, and variation selectors only pick a glyph. Arabic-script
    letters are shaped into presentation forms, which NFKC folds back.
    """
    kept = (
        char
        for char in unicodedata.normalize("NFKC", text)
        if unicodedata.category(char) not in {"Cc", "Cf", "Co", "Cn", "Cs"}
        and ord(char) in drawn_characters()
        and char != "\u2800"
        and not 0xFE00 <= ord(char) <= 0xFE0F
        and not 0xE0100 <= ord(char) <= 0xE01EF
    )
    return folded("".join(kept))


def unmirrored(char: str) -> str:
    return "mirrored" if unicodedata.mirrored(char) else char


def has_a_stray_mark(text: str) -> bool:
    return any(
        unicodedata.category(mark) in ("Mn", "Me") and (i == 0 or text[i - 1].isspace())
        for i, mark in enumerate(text)
    )


def assert_shown_in_pdf(quote: str, text: str) -> None:
    wanted, shown = readable(quote), readable(text)
    if has_right_to_left(quote) or has_a_stray_mark(quote):
        # Laid out in visual order, where brackets and < > are drawn mirrored: compare
        # the characters, a mirrored one standing for its pair. A combining mark with no
        # letter before it (after a space) has no place a reader can give it back: a copy
        # attaches it to whichever glyph it overlaps, so it too is compared as a character.
        missing = Counter(map(unmirrored, wanted)) - Counter(map(unmirrored, shown))
        assert not missing, (quote, missing)
    else:
        assert wanted in shown, quote


class Markup(HTMLParser):
    """Tags, attributes and text nodes of an HTML document."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.extend(attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(html: str) -> Markup:
    parser = Markup()
    parser.feed(html)
    parser.close()
    return parser


TEMPLATE_HTML = (REPO / "templates" / "brief.html.j2").read_text(encoding="utf-8")
TEMPLATE_TAGS = frozenset(re.findall(r"<([a-z][a-z0-9]*)", TEMPLATE_HTML))
TEMPLATE_ATTRIBUTES = frozenset(re.findall(r"\s([a-z-]+)=\"", TEMPLATE_HTML))


def assert_html_is_safe(html: str, quotes: list[str]) -> None:
    """Only the template's own tags and attributes; each quote a literal text node."""
    document = parsed(html)
    assert document.tags <= TEMPLATE_TAGS, document.tags - TEMPLATE_TAGS
    names = {name for name, _ in document.attributes}
    assert names <= TEMPLATE_ATTRIBUTES, names - TEMPLATE_ATTRIBUTES
    hrefs = [value or "" for name, value in document.attributes if name == "href"]
    assert all(re.match(r"#|https?://", href) for href in hrefs), hrefs
    text = folded("".join(document.text))
    for quote in quotes:
        assert folded(quote) in text, quote


def assert_markdown_is_safe(markdown: str, quotes: list[str]) -> None:
    """Rendered by a CommonMark parser, input text is text: no tag, no link of its own."""
    html = MarkdownIt("commonmark").render(markdown)
    document = parsed(html)
    assert not document.tags & {"script", "img", "font", "b", "iframe"}, document.tags
    hrefs = [value or "" for name, value in document.attributes if name == "href"]
    assert all(href.startswith("#source-") for href in hrefs), hrefs
    text = folded("".join(document.text))
    for quote in quotes:
        # CommonMark turns NUL into U+FFFD (ingest removes C0 controls before that).
        assert folded(quote) in text, quote


def assert_outputs(brief: Brief) -> None:
    """Every format renders, shows every quote verbatim, and prints markup literally."""
    quotes = shown_quotes(brief)
    pdf = pdf_text(render(brief, OutputFormat.PDF))
    for quote in quotes:
        assert_shown_in_pdf(quote, pdf)
    assert_html_is_safe(render(brief, OutputFormat.HTML).decode(), quotes)
    assert_markdown_is_safe(render(brief, OutputFormat.MARKDOWN).decode(), quotes)
    record = json.loads(render(brief, OutputFormat.JSON))
    in_json = [quote["text"] for article in record["articles"] for quote in article["quotes"]]
    assert in_json == quotes
    text = folded(render(brief, OutputFormat.TEXT).decode())
    for quote in quotes:
        assert folded(quote) in text, quote


def through_the_stages(path: Path, content: str) -> Brief | None:
    """The brief of one article file, or None when ingest refused it in one clear line."""
    try:
        ingested = read_articles([path])
    except InputErrors as errors:
        assert all("\n" not in str(problem) for problem in errors.problems), str(errors)
        return None
    except InputError as error:
        assert "\n" not in str(error), str(error)
        return None
    (article,) = ingested.articles
    assert_paragraphs_come_from(article, path.suffix, content)
    extraction = extract(article)
    for quote in extraction.quotes:
        assert quote.text in article.paragraph(quote.paragraph).text
    brief = select([extraction], SelectOptions(title=None, date=date(2025, 11, 23)))
    for section in brief.sections:
        for item in section.quotes:
            assert item.quote.text in article.paragraph(item.quote.paragraph).text
    return brief


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("hostile")


@settings(max_examples=30)
@given(article=articles())
def test_hostile_articles_come_through_every_stage_verbatim_and_literal(
    folder: Path, article: tuple[str, str]
) -> None:
    suffix, content = article
    path = write(folder / f"article{suffix}", content)
    brief = through_the_stages(path, content)
    if brief is None:
        event(f"{suffix}: refused by ingest")
        return
    event(f"{suffix}: {min(len(shown_quotes(brief)), 2)}+ quotes shown")
    assert_outputs(brief)


def speech(count: int) -> Iterator[str]:
    for index in range(count):
        name = NAMES[index % len(NAMES)]
        yield f"“We will <b>{index}</b> &amp; ]]> {{{{ x }}}},” {name} said. The {WORDS[index % 9]}"


# Repeated every 40 words, one control character would make the file binary (a NUL at
# once, others at more than one in 200): ingest's refusal is tested with random bytes.
@settings(max_examples=3)
@given(
    filler=hostile_text.filter(lambda text: "Cc" not in map(unicodedata.category, text)),
    separator=st.sampled_from((" ", ". ", "\u200f ", " \u202e")),
    words=st.integers(min_value=8_000, max_value=16_000),
)
def test_an_enormous_paragraph_is_read_and_laid_out(
    folder: Path, filler: str, separator: str, words: int
) -> None:
    """About 100,000 characters in one paragraph, quotes and markup among them."""
    said = list(speech(words // 40 + 1))
    body = separator.join(
        f"{said[i // 40]} {filler}" if i % 40 == 0 else "water" for i in range(words)
    )
    content = f"A very long report\n\n{body}\n"
    brief = through_the_stages(write(folder / "enormous.txt", content), content)
    assert brief is not None
    assert_outputs(brief)


@settings(
    max_examples=3,
    suppress_health_check=[*settings.default.suppress_health_check, HealthCheck.large_base_example],
)
@given(
    tiny=st.lists(fragment, min_size=20, max_size=60),
    separator=st.sampled_from(("\n", "\n\n")),
)
def test_thousands_of_tiny_paragraphs(folder: Path, tiny: list[str], separator: str) -> None:
    # Hypothesis draws a few dozen; repeated, they make thousands of paragraphs.
    content = separator.join(["Many short lines", *(tiny * 80), *speech(50)])
    brief = through_the_stages(write(folder / "tiny.txt", content), content)
    if brief is not None:
        assert_outputs(brief)


HOSTILE_FILES = {
    "random-bytes.txt": bytes(range(256)) * 8,
    "nul-in-text.txt": b"Headline\n\nThe council\x00 said it would act.\n",
    "latin1.txt": "Caf\u00e9 headline\n\n\u201cIt is done,\u201d said Ren\u00e9e Roux.\n".encode(
        "cp1252"
    ),
    "utf16.txt": "Headline\n\n“Vamos,” said Ana Ruiz.\n".encode("utf-16"),
    "broken-front-matter.md": b"---\ntitle: [unclosed\n---\nBody text.\n",
    "surrogate-title.md": b'---\ntitle: "\\ud800 lone"\n---\n\n"We stay," said Jane Roe.\n',
    "control-title.md": b'---\ntitle: "\\x07 bell \\u202e"\n---\n\n"We stay," said Jane Roe.\n',
    "not-html.html": b"<html><body><script>alert(1)</script></body></html>",
    "markup.txt": (
        '<script>alert(1)</script>\n\n“<font name="x">&#0;</para>]]>,” said Jane Roe.\n'
    ).encode(),
    "empty.md": b"---\ntitle: Only front matter\n---\n",
    "whitespace.txt": b" \n\t\n\xc2\xa0\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
def test_the_command_line_never_shows_a_traceback(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / name, HOSTILE_FILES[name])
    output = tmp_path / "brief.pdf"
    result = run_briefing("build", path, "-o", output, "--format", "html", "--format", "md")
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 1), result.stderr
    if result.returncode == 1:
        errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
        assert len(errors) == 1 and result.stderr.startswith("error:"), result.stderr
        assert not any(tmp_path.glob("brief*"))
    else:  # the formats asked for replace the default PDF
        assert (tmp_path / "brief.html").exists() and (tmp_path / "brief.md").exists()


@settings(max_examples=5)
@given(data=st.binary(min_size=0, max_size=3_000), suffix=st.sampled_from((".txt", ".md", ".html")))
def test_random_bytes_are_an_article_or_one_error_line(
    folder: Path, data: bytes, suffix: str
) -> None:
    path = write(folder / f"random{suffix}", data)
    result = run_briefing("extract", "--json", path)
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 1), result.stderr
    if result.returncode == 1:
        assert result.stderr.startswith("error:") and result.stderr.count("error:") == 1
