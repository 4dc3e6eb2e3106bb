"""The pages: running title, ``n / N`` page numbers, the outline, and the document build."""

from __future__ import annotations

import io
from functools import partial
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from briefing import __version__
from briefing.errors import RenderError
from briefing.languages import language, localized_digits
from briefing.model import Brief
from briefing.render.pdf.bidi import BidiParagraph, Span
from briefing.render.pdf.blocks import BidiHeading, OutlineHeading, shaped
from briefing.render.pdf.fonts import ARABIC_FACES, SANS
from briefing.render.pdf.styles import (
    FOOTER_Y,
    FRAME_WIDTH,
    MARGIN,
    MUTED,
    PAGE_HEIGHT,
    PAGE_SIZE,
    PAGE_WIDTH,
    Typesetting,
)

_TOTAL_WIDTH = 14  # points kept for the page total: four digits at 8 pt
_DIGIT_FACE = ARABIC_FACES[0]  # Noto Sans has no Persian digits


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
        setting: Typesetting,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.running_title = running_title
        self.setting = setting
        self.right_to_left = setting.right_to_left
        self.setDateFormatter(lambda *_: creation_date)

    def showPage(self) -> None:
        """Running title at the start side of the page, ``n / N`` at the end side."""
        number = self.getPageNumber()
        rtl = self.right_to_left
        self.saveState()
        self.setFont(SANS, 8)
        self.setFillColor(MUTED)
        if number > 1:
            self._running_title()
        if rtl:  # read right to left: n in Persian digits, then N at the far left
            separator_x = MARGIN + _TOTAL_WIDTH
            self.drawString(separator_x, FOOTER_Y, " / ")
            self.setFont(_DIGIT_FACE, 8)
            digits_x = separator_x + pdfmetrics.stringWidth(" / ", SANS, 8)
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
        if not shaped(title, self.right_to_left):
            self.drawString(MARGIN, FOOTER_Y, title)
            return
        setting = self.setting
        line = BidiParagraph(
            [Span(title)], setting.styles["footer"], self.right_to_left, setting.fonts
        )
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
            self.setFont(SANS, 8)
            self.drawString(0, 0, str(total))
        self.endForm()
        super().save()


class _BriefDocument(SimpleDocTemplate):
    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, OutlineHeading | BidiHeading):
            self.canv.bookmarkPage(flowable.outline_key)
            self.canv.addOutlineEntry(flowable.outline_title, flowable.outline_key, level=0)


def build(
    story: list[Flowable],
    pdf: io.BytesIO,
    brief: Brief,
    metadata: dict[str, str],
    setting: Typesetting,
) -> None:
    """Lay ``story`` out on the brief's pages, written to ``pdf``."""
    canvas = partial(
        _BriefCanvas,
        running_title=metadata["title"],
        creation_date=f"D:{brief.date:%Y%m%d}000000+00'00'",
        setting=setting,
    )
    document = _BriefDocument(
        pdf,
        pagesize=PAGE_SIZE,
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
        initialFontName=SANS,
    )
    try:
        document.build(story, canvasmaker=canvas)
    except Exception as error:  # ReportLab raises plain exceptions for layout failures
        raise RenderError(f"the PDF could not be laid out ({error})") from error
