"""Laying out the brief as a PDF with ReportLab.

The template ``brief.xml.j2`` decides what the brief says and in which order; this module
decides how each kind of block looks. Only the pipeline's build step imports this module,
so ReportLab stays out of ``briefing --help`` and ``briefing extract``. The PDF is
deterministic (same brief and date, same bytes).
"""

from __future__ import annotations

import io
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from functools import cache, partial
from itertools import groupby
from typing import Any, Literal
from xml.sax.saxutils import escape, quoteattr

from reportlab.lib import colors
from reportlab.lib.fonts import addMapping
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)

from briefing import __version__
from briefing.errors import RenderError
from briefing.languages import language, localized_digits
from briefing.model import Brief
from briefing.render.pdf.bidi import EMOJI_FACE, BidiParagraph, Span, cmap
from briefing.render.pdf.bidi_text import has_right_to_left
from briefing.render.templates import context_for, render_template
from briefing.resources import resource_dir

INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#1d4e89")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#c5ccd6")
ZEBRA = colors.HexColor("#f2f4f7")
WARNING = colors.HexColor("#8a3b12")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 22 * mm
FOOTER_Y = 12 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
_CELL_PADDING = 4
_TOTAL_WIDTH = 14  # points kept for the page total: four digits at 8 pt

_Flag = Literal[0, 1]
_STYLES: tuple[tuple[_Flag, _Flag], ...] = ((0, 0), (1, 0), (0, 1), (1, 1))
# (family, bold, italic) → registered face; italic sans is not needed and maps to upright.
_FACES: dict[tuple[str, _Flag, _Flag], str] = {
    ("Serif", 0, 0): "NotoSerif-Regular.ttf",
    ("Serif", 1, 0): "NotoSerif-Bold.ttf",
    ("Serif", 0, 1): "NotoSerif-Italic.ttf",
    ("Serif", 1, 1): "NotoSerif-Bold.ttf",
    ("Sans", 0, 0): "NotoSans-Regular.ttf",
    ("Sans", 1, 0): "NotoSans-Bold.ttf",
    ("Sans", 0, 1): "NotoSans-Regular.ttf",
    ("Sans", 1, 1): "NotoSans-Bold.ttf",
    ("Naskh", 0, 0): "NotoNaskhArabic-Regular.ttf",
    ("Naskh", 1, 0): "NotoNaskhArabic-Bold.ttf",
    ("Naskh", 0, 1): "NotoNaskhArabic-Regular.ttf",
    ("Naskh", 1, 1): "NotoNaskhArabic-Bold.ttf",
}
_FACES.update(
    # Faces with a single style: bold or italic text falls back to them upright.
    ((family, bold, italic), file)
    for family, file in (
        ("Math", "NotoSansMath-Regular.ttf"),
        ("Symbols", "NotoSansSymbols2-Regular.ttf"),
        ("Emoji", "NotoEmoji-Regular.ttf"),
    )
    for bold, italic in _STYLES
)
# Noto Serif and Sans have no Arabic script (Persian digits included), arrows, most
# symbols or emoji: such runs are set in the first of these faces that draws them, so no
# character of an article or a translation becomes a box or a blank. (<b> inside picks
# Naskh bold.) Noto Emoji is monochrome: ReportLab cannot draw colour glyph tables.
FALLBACK_FACES = (
    "NotoNaskhArabic-Regular",
    "NotoSansMath-Regular",
    "NotoSansSymbols2-Regular",
    EMOJI_FACE,
)


class OutlineHeading(Paragraph):
    """A heading that gets a bookmark in the PDF outline."""

    def __init__(self, markup: str, style: ParagraphStyle, key: str, title: str) -> None:
        super().__init__(markup, style)
        self.outline_key = key
        self.outline_title = title


class BidiHeading(BidiParagraph):
    """A right-to-left (or mixed) heading that gets a bookmark in the PDF outline."""

    def __init__(
        self, spans: list[Span], style: ParagraphStyle, rtl: bool, key: str, title: str
    ) -> None:
        super().__init__(spans, style, rtl)
        self.outline_key = key
        self.outline_title = title


def render_pdf(brief: Brief) -> bytes:
    """Lay the brief out as the bytes of a PDF file."""
    markup = render_template("brief.xml.j2", context_for(brief))
    try:
        document = ET.fromstring(markup)
    except ET.ParseError as error:  # a template bug, never article text: that is escaped
        raise RenderError(f"the brief template produced malformed markup ({error})") from error
    meta = document.find("meta")
    if meta is None:
        raise RenderError("the brief template has no <meta> block")
    metadata = {field.tag: "".join(field.itertext()).strip() for field in meta}
    rtl = brief.language.right_to_left
    try:
        story = [f for block in document if block is not meta for f in _flowables(block, rtl)]
    except ValueError as error:  # ReportLab's paragraph parser: a template or layout bug
        raise RenderError(f"a block of the brief could not be laid out ({error})") from error
    pdf = io.BytesIO()
    _build(story, pdf, brief, metadata)
    return pdf.getvalue()


def _face_name(file: str) -> str:
    return file.removesuffix(".ttf")


@cache
def _styles() -> dict[str, ParagraphStyle]:
    fonts = resource_dir("fonts")
    for file in sorted(set(_FACES.values())):
        pdfmetrics.registerFont(TTFont(_face_name(file), fonts / file))
    for (family, bold, italic), file in _FACES.items():
        addMapping(family, bold, italic, _face_name(file))  # so <b> and <i> pick a real face

    def style(name: str, parent: ParagraphStyle | None = None, **values: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=parent, **values)

    serif, sans = "NotoSerif-Regular", "NotoSans-Regular"
    body = style("body", fontName=serif, fontSize=10, leading=14.5, textColor=INK)
    label = style("label", body, fontName=sans, fontSize=8.5, leading=12, textColor=MUTED)
    heading = style("heading", body, fontName="NotoSans-Bold", keepWithNext=1)
    return {
        "title": style("title", heading, fontSize=22, leading=27, spaceAfter=4, textColor=ACCENT),
        "subtitle": style("subtitle", label, fontSize=10.5, leading=14, spaceAfter=10),
        "note": style("note", label, fontName="NotoSerif-Italic", spaceAfter=6),
        "notice": style(
            "notice",
            label,
            textColor=INK,
            backColor=ZEBRA,
            borderPadding=6,
            spaceBefore=4,
            spaceAfter=12,
        ),
        "h2": style(
            "h2", heading, fontSize=14, leading=18, spaceBefore=16, spaceAfter=3, textColor=ACCENT
        ),
        "byline": style("byline", label, spaceAfter=6, keepWithNext=1),
        "warning": style(
            "warning",
            label,
            fontName="NotoSans-Bold",
            textColor=WARNING,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "lede": style(
            "lede", body, fontName="NotoSerif-Italic", fontSize=10.5, leading=15, spaceAfter=6
        ),
        "h3": style(
            "h3", heading, fontSize=9, leading=12, spaceBefore=8, spaceAfter=4, textColor=MUTED
        ),
        "quote": style(
            "quote", body, leftIndent=14, bulletIndent=2, spaceAfter=5, bulletFontName=sans
        ),
        "original": style(
            "original",
            label,
            fontSize=8,
            leading=11,
            leftIndent=14,
            spaceBefore=-3,
            spaceAfter=6,
        ),
        "footer": style("footer", label, fontSize=8, leading=10),
        "td": style("td", body, fontName=sans, fontSize=8.5, leading=11.5),
        "th": style("th", label, fontName="NotoSans-Bold", fontSize=8, leading=11),
        "source": style(
            "source",
            body,
            fontSize=8.5,
            leading=12.5,
            leftIndent=18,
            firstLineIndent=-18,
            spaceAfter=5,
        ),
    }


def _inline(element: ET.Element) -> str:
    """The element's content as ReportLab paragraph markup, its text still escaped."""
    return _content_markup(element).strip()


def _content_markup(element: ET.Element) -> str:
    parts = [_text_markup(element.text or "")]
    for child in element:
        if child.tag == "a" and "href" in child.attrib:
            child.set("color", ACCENT.hexval())
        attributes = "".join(f" {name}={quoteattr(value)}" for name, value in child.items())
        inner = _content_markup(child)
        if child.tag == "ltr":  # a left-to-right page needs no direction
            parts.append(inner)
        elif inner:
            parts.append(f"<{child.tag}{attributes}>{inner}</{child.tag}>")
        else:
            parts.append(f"<{child.tag}{attributes}/>")
        parts.append(_text_markup(child.tail or ""))
    return "".join(parts)


def uncovered_characters(brief: Brief) -> tuple[str, ...]:
    """The characters of the brief that no bundled face draws, each once, in code order.

    The page shows the replacement mark � for each, and the text layer keeps the character
    itself (a quote is never altered): copied text stays verbatim. Worth a warning.
    """
    # Only what the articles and the engine wrote can hold such a character: the brief's
    # own wording is checked against these faces by the tests.
    shown = [item.text for item in brief.shown_texts()]
    return tuple(sorted(set(filter(_uncovered, "".join(shown)))))


@cache
def _uncovered(character: str) -> bool:
    """Whether no bundled face draws ``character``; controls and joiners draw nothing."""
    if character.isspace() or unicodedata.category(character) in ("Cc", "Cf"):
        return False
    return not any(ord(character) in _cmap(_face_name(file)) for file in set(_FACES.values()))


def _shaped(text: str, rtl: bool) -> bool:
    """Whether ``text`` is laid out by ``BidiParagraph`` rather than ReportLab's paragraph.

    Right-to-left text needs it; emoji need HarfBuzz, which turns their sequences into the
    font's single glyphs; a character no face draws gets a visible mark there, not a blank.
    """
    if rtl or has_right_to_left(text):
        return True
    return any(_face_for(c) == EMOJI_FACE or _uncovered(c) for c in text)


def _cmap(face: str) -> frozenset[int]:
    _styles()  # registers the faces
    return cmap(face)


@cache
def _face_for(character: str) -> str | None:
    """None when the Latin faces draw ``character``, else the fallback face that does."""
    if character.isspace() or ord(character) in _cmap("NotoSerif-Regular"):
        return None
    covering = (face for face in FALLBACK_FACES if ord(character) in _cmap(face))
    return next(covering, None)  # drawn by nothing bundled: left to the main face


def _text_markup(text: str) -> str:
    """Escaped text; runs the Latin faces cannot draw are set in a face that can."""
    pieces = []
    for face, run in groupby(_faces(text), key=lambda faced: faced[0]):
        escaped = escape("".join(character for _, character in run))
        pieces.append(escaped if face is None else f'<font name="{face}">{escaped}</font>')
    return "".join(pieces)


def _faces(text: str) -> Iterator[tuple[str | None, str]]:
    """Each character with its face; a combining mark keeps its base character's face.

    Set in a face of its own, a mark becomes a run of its own, and the PDF's text layer
    gives it back apart from its letter: a copied quote would no longer be the quote.
    """
    face = None
    for position, character in enumerate(text):
        if position == 0 or unicodedata.category(character) not in ("Mn", "Me"):
            face = _face_for(character)
        yield face, character


_PLAIN = Span("")


def _spans(element: ET.Element, style: Span = _PLAIN) -> Iterator[Span]:
    """The element's text as spans styled like ``style``, for a ``BidiParagraph``."""
    if element.tag == "a":
        style = replace(style, href=element.get("href"))
    if element.text:
        yield replace(style, text=element.text)
    for child in element:
        if child.tag == "a" and "name" in child.attrib:
            yield replace(style, href=None, anchor=child.attrib["name"])
        yield from _spans(
            child,
            replace(
                style,
                bold=style.bold or child.tag == "b",
                italic=style.italic or child.tag == "i",
                left_to_right=style.left_to_right or child.tag == "ltr",
            ),
        )
        if child.tail:
            yield replace(style, text=child.tail)


def _bidi_spans(element: ET.Element) -> list[Span]:
    """Spans with whitespace folded as ReportLab folds it, anchors joined to the next text."""
    spans: list[Span] = []
    anchor = None
    for span in _spans(element):
        if span.anchor:
            anchor = span.anchor
            continue
        text = " ".join(span.text.split())
        if span.text[:1].isspace() and text:
            text = " " + text
        if span.text[-1:].isspace() and span.text.strip():
            text += " "
        if not text:
            text = " " if span.text else ""
        if text:
            spans.append(replace(span, text=text, anchor=anchor))
            anchor = None
    while spans and not spans[0].text.strip():
        spans.pop(0)
    if spans:
        first, last = spans[0], spans[-1]
        spans[0] = replace(first, text=first.text.lstrip())
        spans[-1] = replace(last, text=last.text.rstrip())
    return spans


def _paragraph(
    element: ET.Element, style: ParagraphStyle, rtl: bool, bullet: str | None = None
) -> Flowable:
    """A ReportLab paragraph, or a bidi one for a right-to-left page, Arabic script or emoji.

    On a right-to-left page a block with no right-to-left letter (an English name, a
    figure as the source wrote it) keeps left-to-right order and aligns to the right.
    """
    text = "".join(element.itertext())
    has_rtl = has_right_to_left(text)
    if _shaped(text, rtl):
        return BidiParagraph(
            _bidi_spans(element), style, rtl, bullet, text_right_to_left=rtl and has_rtl
        )
    if bullet:
        return Paragraph(_inline(element), style, bulletText=bullet)
    return Paragraph(_inline(element), style)


def _flowables(block: ET.Element, rtl: bool = False) -> Iterator[Flowable]:
    styles = _styles()
    if block.tag == "table":
        yield from _table(block, styles, rtl)
    elif block.tag == "h2":
        title = " ".join("".join(block.itertext()).split())
        key = block.get("key", title)
        if _shaped(title, rtl):
            yield BidiHeading(_bidi_spans(block), styles["h2"], rtl, key, title)
        else:
            yield OutlineHeading(_inline(block), styles["h2"], key, title)
    elif block.tag == "quote":
        yield _paragraph(block, styles["quote"], rtl, bullet="•")
    elif block.tag in styles:
        yield _paragraph(block, styles[block.tag], rtl)
    else:
        raise RenderError(f"the brief template uses an unknown block <{block.tag}>")
    if block.tag == "subtitle":
        yield HRFlowable(width="100%", thickness=0.8, color=RULE, spaceAfter=8)


class TableRow(Flowable):
    """One row of a figures table: cells side by side, each wrapped once.

    ReportLab's Table wraps every cell paragraph again while drawing; with thousands of
    rows that doubled the layout time, and a brief's tables need no spans or grids.
    Rows are separate flowables, so a long table breaks between rows.
    """

    def __init__(
        self,
        cells: list[Flowable],
        widths: list[float],
        background: colors.Color | None,
        rule: float,
    ) -> None:
        super().__init__()
        self.cells = cells
        self.widths = widths
        self.background = background
        self.rule = rule

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        heights = [
            cell.wrap(width - 2 * _CELL_PADDING, available_height)[1]
            for cell, width in zip(self.cells, self.widths, strict=True)
        ]
        self.width = sum(self.widths)
        self.height = max(heights) + 2 * _CELL_PADDING
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        if self.background is not None:
            canvas.setFillColor(self.background)
            canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        if self.rule:
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(self.rule)
            canvas.line(0, 0, self.width, 0)
        x = 0.0
        for cell, width in zip(self.cells, self.widths, strict=True):
            cell.drawOn(canvas, x + _CELL_PADDING, self.height - _CELL_PADDING - cell.height)
            x += width


def _table(
    block: ET.Element, styles: dict[str, ParagraphStyle], rtl: bool = False
) -> Iterator[Flowable]:
    """Rows of cells; on a right-to-left page the first column is on the right."""
    shares = [float(share) for share in block.get("widths", "").split(",")]
    widths = [FRAME_WIDTH * share / sum(shares) for share in shares]
    order = slice(None, None, -1 if rtl else 1)
    header, *rows = block
    heading = TableRow(
        [_paragraph(cell, styles["th"], rtl) for cell in header][order],
        widths[order],
        None,
        rule=0.8,
    )
    heading.keepWithNext = True
    yield heading
    for number, row in enumerate(rows):
        last = number == len(rows) - 1
        yield TableRow(
            [_paragraph(cell, styles["td"], rtl) for cell in row][order],
            widths[order],
            ZEBRA if number % 2 else None,
            rule=0.4 if last else 0,
        )
    yield Spacer(0, 6)


_DIGIT_FACE = "NotoNaskhArabic-Regular"  # Noto Sans has no Persian digits


def _persian(number: int) -> str:
    return localized_digits(number, language("prs"))


class _BriefCanvas(Canvas):
    """Draws the page furniture; footers say ``n / N``.

    Pages are emitted as they are laid out (deferring them would point every link and
    bookmark at page 1), so N is a form shared by all pages and drawn at ``save``.
    """

    def __init__(
        self,
        *args: Any,
        running_title: str,
        creation_date: str,
        right_to_left: bool = False,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.running_title = running_title
        self.right_to_left = right_to_left
        self.setDateFormatter(lambda *_: creation_date)

    def showPage(self) -> None:
        """Running title at the start side of the page, ``n / N`` at the end side."""
        number = self.getPageNumber()
        rtl = self.right_to_left
        self.saveState()
        self.setFont("NotoSans-Regular", 8)
        self.setFillColor(MUTED)
        if number > 1:
            self._running_title()
        if rtl:  # read right to left: n in Persian digits, then N at the far left
            separator_x = MARGIN + _TOTAL_WIDTH
            self.drawString(separator_x, FOOTER_Y, " / ")
            self.setFont(_DIGIT_FACE, 8)
            digits_x = separator_x + pdfmetrics.stringWidth(" / ", "NotoSans-Regular", 8)
            self.drawString(digits_x, FOOTER_Y, _persian(number))
            self.translate(MARGIN, FOOTER_Y)
        else:
            total_x = PAGE_WIDTH - MARGIN - _TOTAL_WIDTH
            self.drawRightString(total_x, FOOTER_Y, f"{number} / ")
            self.translate(total_x, FOOTER_Y)
        self.doForm("page-total")
        self.restoreState()
        super().showPage()

    def _running_title(self) -> None:
        title = self.running_title[:90]
        if not _shaped(title, self.right_to_left):
            self.drawString(MARGIN, FOOTER_Y, title)
            return
        line = BidiParagraph([Span(title)], _styles()["footer"], self.right_to_left)
        _, height = line.wrap(FRAME_WIDTH - 2 * _TOTAL_WIDTH, PAGE_HEIGHT)
        x = MARGIN + 2 * _TOTAL_WIDTH if self.right_to_left else MARGIN
        line.drawOn(self, x, FOOTER_Y - height + line.style.fontSize)

    def save(self) -> None:
        total = self.getPageNumber() - 1
        self.beginForm("page-total")
        self.setFillColor(MUTED)
        if self.right_to_left:
            self.setFont(_DIGIT_FACE, 8)
            self.drawRightString(_TOTAL_WIDTH, 0, _persian(total))
        else:
            self.setFont("NotoSans-Regular", 8)
            self.drawString(0, 0, str(total))
        self.endForm()
        super().save()


class _BriefDocument(SimpleDocTemplate):
    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, OutlineHeading | BidiHeading):
            self.canv.bookmarkPage(flowable.outline_key)
            self.canv.addOutlineEntry(flowable.outline_title, flowable.outline_key, level=0)


def _build(story: list[Flowable], pdf: io.BytesIO, brief: Brief, metadata: dict[str, str]) -> None:
    canvas = partial(
        _BriefCanvas,
        running_title=metadata["title"],
        creation_date=f"D:{brief.date:%Y%m%d}000000+00'00'",
        right_to_left=brief.language.right_to_left,
    )
    document = _BriefDocument(
        pdf,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=20 * mm,
        bottomMargin=22 * mm,
        title=metadata["title"],
        subject=metadata["subject"],
        keywords=metadata["keywords"].split(", "),
        author=metadata["author"],
        creator=f"briefing {__version__}",
        producer=f"briefing {__version__} (ReportLab)",
        lang=brief.language.code,
        invariant=1,
        # Otherwise every page names Helvetica, a font the PDF does not embed.
        initialFontName="NotoSans-Regular",
    )
    try:
        document.build(story, canvasmaker=canvas)
    except Exception as error:  # ReportLab raises plain exceptions for layout failures
        raise RenderError(f"the PDF could not be laid out ({error})") from error
