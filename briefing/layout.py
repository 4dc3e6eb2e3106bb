"""Laying out the brief as a PDF with ReportLab.

The template ``brief.xml.j2`` decides what the brief says and in which order; this module
decides how each kind of block looks. ReportLab is imported here and only here, on first
use. The PDF is deterministic (same brief, same bytes) and written atomically.
"""

from __future__ import annotations

import os
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing import __version__
from briefing.errors import RenderError
from briefing.model import Brief
from briefing.resources import resource_dir
from briefing.templating import context_for, render_template

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

INK = "#1f2933"
ACCENT = "#1d4e89"
MUTED = "#5f6b7a"
RULE = "#c5ccd6"
ZEBRA = "#f2f4f7"
WARNING = "#8a3b12"

_FONT_FILES = {
    "Serif": "NotoSerif-Regular.ttf",
    "Serif-Bold": "NotoSerif-Bold.ttf",
    "Serif-Italic": "NotoSerif-Italic.ttf",
    "Sans": "NotoSans-Regular.ttf",
    "Sans-Bold": "NotoSans-Bold.ttf",
}


def render_pdf(brief: Brief, output: Path) -> Path:
    """Lay the brief out and write it to ``output``; on failure nothing is left there."""
    markup = render_template("brief.xml.j2", context_for(brief))
    try:
        document = ET.fromstring(markup)
    except ET.ParseError as error:  # a template bug, never article text: it is escaped
        raise RenderError(f"the brief template produced malformed markup ({error})") from error
    meta = document.find("meta")
    if meta is None:
        raise RenderError("the brief template has no <meta> block")
    metadata = {field.tag: "".join(field.itertext()).strip() for field in meta}
    story = [
        flowable for block in document if block.tag != "meta" for flowable in _flowables(block)
    ]
    with _atomic_output(output) as partial:
        _build(story, partial, brief, metadata)
    return output


@contextmanager
def _atomic_output(output: Path) -> Iterator[Path]:
    """A temporary path beside ``output`` that replaces it only once fully written."""
    if output.is_dir():
        raise RenderError(f"{output} is a directory: give a file name such as brief.pdf")
    if not output.parent.is_dir():
        raise RenderError(f"cannot write {output}: folder {output.parent} does not exist")
    handle, name = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".part", dir=output.parent)
    os.close(handle)
    partial = Path(name)
    try:
        yield partial
        partial.replace(output)
    finally:
        partial.unlink(missing_ok=True)


@cache
def _register_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = resource_dir("fonts")
    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, fonts / file))
    for bold, italic, face in (
        (0, 0, "Serif"),
        (1, 0, "Serif-Bold"),
        (0, 1, "Serif-Italic"),
        (1, 1, "Serif-Bold"),
        (0, 0, "Sans"),
        (1, 0, "Sans-Bold"),
        (0, 1, "Sans"),
        (1, 1, "Sans-Bold"),
    ):
        addMapping(face.split("-")[0], bold, italic, face)


@cache
def _styles() -> dict[str, Any]:
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    _register_fonts()
    body = ParagraphStyle(
        "body", fontName="Serif", fontSize=10, leading=14.5, textColor=INK, alignment=TA_LEFT
    )
    sans = ParagraphStyle("sans", parent=body, fontName="Sans")
    return {
        "title": ParagraphStyle(
            "title",
            parent=sans,
            fontName="Sans-Bold",
            fontSize=22,
            leading=27,
            spaceAfter=4,
            textColor=ACCENT,
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=sans, fontSize=10.5, leading=14, textColor=MUTED, spaceAfter=10
        ),
        "note": ParagraphStyle(
            "note",
            parent=body,
            fontName="Serif-Italic",
            fontSize=8.5,
            leading=12,
            textColor=MUTED,
            spaceAfter=6,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=sans,
            fontName="Sans-Bold",
            fontSize=14,
            leading=18,
            spaceBefore=16,
            spaceAfter=3,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        "byline": ParagraphStyle(
            "byline",
            parent=sans,
            fontSize=8.5,
            leading=12,
            textColor=MUTED,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "warning": ParagraphStyle(
            "warning",
            parent=sans,
            fontName="Sans-Bold",
            fontSize=8.5,
            leading=12,
            textColor=WARNING,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "lede": ParagraphStyle(
            "lede",
            parent=body,
            fontName="Serif-Italic",
            fontSize=10.5,
            leading=15,
            spaceAfter=6,
        ),
        "h3": ParagraphStyle(
            "h3",
            parent=sans,
            fontName="Sans-Bold",
            fontSize=9,
            leading=12,
            spaceBefore=8,
            spaceAfter=4,
            textColor=MUTED,
            keepWithNext=1,
        ),
        "quote": ParagraphStyle(
            "quote",
            parent=body,
            leftIndent=14,
            bulletIndent=2,
            spaceAfter=5,
            bulletFontName="Sans",
        ),
        "td": ParagraphStyle("td", parent=sans, fontSize=8.5, leading=11.5),
        "th": ParagraphStyle(
            "th", parent=sans, fontName="Sans-Bold", fontSize=8, leading=11, textColor=MUTED
        ),
        "source": ParagraphStyle(
            "source",
            parent=body,
            fontSize=8.5,
            leading=12.5,
            leftIndent=18,
            firstLineIndent=-18,
            spaceAfter=5,
        ),
    }


def _inline(element: ET.Element) -> str:
    """The element's content as ReportLab paragraph markup, entities kept escaped."""
    from xml.sax.saxutils import escape

    parts = [escape(element.text or "")]
    for child in element:
        if child.tag == "a" and "href" in child.attrib:
            child.set("color", ACCENT)
        parts.append(ET.tostring(child, encoding="unicode"))
    return "".join(parts).strip()


def _flowables(block: ET.Element) -> Iterator[Flowable]:
    from reportlab.platypus import Paragraph

    styles = _styles()
    if block.tag == "table":
        yield _table(block, styles)
    elif block.tag == "h2":
        heading = Paragraph(_inline(block), styles["h2"])
        heading.outline_key = block.get("key")  # type: ignore[attr-defined]
        heading.outline_title = "".join(block.itertext()).strip()  # type: ignore[attr-defined]
        yield heading
    elif block.tag == "quote":
        yield Paragraph(_inline(block), styles["quote"], bulletText="•")
    elif block.tag in styles:
        yield Paragraph(_inline(block), styles[block.tag])
    else:
        raise RenderError(f"the brief template uses an unknown block <{block.tag}>")
    if block.tag == "subtitle":
        from reportlab.platypus import HRFlowable

        yield HRFlowable(width="100%", thickness=0.8, color=RULE, spaceAfter=8)


def _table(block: ET.Element, styles: dict[str, Any]) -> Flowable:
    from reportlab.lib import colors
    from reportlab.platypus import Paragraph, Table, TableStyle

    rows = [
        [Paragraph(_inline(cell), styles["th" if number == 0 else "td"]) for cell in row]
        for number, row in enumerate(block)
    ]
    shares = [float(share) for share in block.get("widths", "").split(",") if share]
    width = _frame_width()
    table = Table(
        rows,
        colWidths=[width * share / sum(shares) for share in shares] or None,
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                # Cells hold Paragraphs, but the table still sets its default font.
                ("FONTNAME", (0, 0), (-1, -1), "Sans"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(RULE)),
                ("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.HexColor(RULE)),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor(ZEBRA)]),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    table.spaceAfter = 4
    return table


def _page_size() -> tuple[float, float]:
    from reportlab.lib.pagesizes import A4

    return A4


_MARGIN_MM = 22
_TOTAL_WIDTH = 14  # points kept for the page total, up to four digits at 8 pt


def _frame_width() -> float:
    from reportlab.lib.units import mm

    return _page_size()[0] - 2 * _MARGIN_MM * mm


def _pdf_date(value: date) -> str:
    return f"D:{value:%Y%m%d}000000+00'00'"


def _build(story: list[Flowable], path: Path, brief: Brief, metadata: dict[str, str]) -> None:
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import SimpleDocTemplate

    title = metadata["title"]
    created = _pdf_date(brief.date)

    class NumberedCanvas(Canvas):
        """Footers say ``n / N``: N is a form drawn once the last page is known.

        Pages are emitted as they are laid out (deferring them would point every link
        and bookmark at page 1); the total is a shared form filled in at ``save``.
        """

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.setDateFormatter(lambda *_: created)

        def showPage(self) -> None:
            width, _ = self._pagesize
            number = f"{self.getPageNumber()} / "
            self.saveState()
            self.setFont("Sans", 8)
            self.setFillColor(MUTED)
            self.drawRightString(width - _MARGIN_MM * mm - _TOTAL_WIDTH, 12 * mm, number)
            self.translate(width - _MARGIN_MM * mm - _TOTAL_WIDTH, 12 * mm)
            self.doForm("page-total")
            self.restoreState()
            if self.getPageNumber() > 1:
                self.saveState()
                self.setFont("Sans", 8)
                self.setFillColor(MUTED)
                self.drawString(_MARGIN_MM * mm, 12 * mm, title[:90])
                self.restoreState()
            super().showPage()

        def save(self) -> None:
            self.beginForm("page-total")
            self.setFont("Sans", 8)
            self.setFillColor(MUTED)
            self.drawString(0, 0, str(self.getPageNumber() - 1))
            self.endForm()
            super().save()

    class BriefTemplate(SimpleDocTemplate):  # type: ignore[misc]
        def afterFlowable(self, flowable: Flowable) -> None:
            key = getattr(flowable, "outline_key", None)
            if key:
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(flowable.outline_title, key, level=0)

    document = BriefTemplate(
        str(path),
        pagesize=_page_size(),
        leftMargin=_MARGIN_MM * mm,
        rightMargin=_MARGIN_MM * mm,
        topMargin=20 * mm,
        bottomMargin=22 * mm,
        title=title,
        subject=metadata["subject"],
        keywords=metadata["keywords"],
        author=metadata["author"],
        creator=f"briefing {__version__}",
        producer=f"briefing {__version__} (ReportLab)",
        lang=brief.language,
        invariant=1,
        # Otherwise every page names Helvetica, a font the PDF does not embed.
        initialFontName="Sans",
    )
    try:
        document.build(story, canvasmaker=NumberedCanvas)
    except Exception as error:  # ReportLab raises plain exceptions for layout failures
        raise RenderError(f"the PDF could not be laid out ({error})") from error
