"""How the PDF brief looks: its page, colours and paragraph styles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from briefing.render.pdf.fonts import SANS, SANS_BOLD, SERIF, SERIF_ITALIC, DocumentFonts

INK = colors.HexColor("#1f2933")
ACCENT = colors.HexColor("#1d4e89")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#c5ccd6")
ZEBRA = colors.HexColor("#f2f4f7")
WARNING = colors.HexColor("#8a3b12")

PAGE_SIZE = A4
PAGE_WIDTH, PAGE_HEIGHT = PAGE_SIZE
MARGIN = 22 * mm
FOOTER_Y = 12 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN


@dataclass(frozen=True, slots=True)
class Typesetting:
    """What one document is set with: its own fonts, its styles and its direction."""

    fonts: DocumentFonts
    styles: dict[str, ParagraphStyle]
    right_to_left: bool


def brief_styles() -> dict[str, ParagraphStyle]:
    """The style of each kind of block the brief template writes, by its tag."""

    def style(name: str, parent: ParagraphStyle | None = None, **values: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=parent, **values)

    body = style("body", fontName=SERIF, fontSize=10, leading=14.5, textColor=INK)
    label = style("label", body, fontName=SANS, fontSize=8.5, leading=12, textColor=MUTED)
    heading = style("heading", body, fontName=SANS_BOLD, keepWithNext=1)
    item = style("item", body, leftIndent=14, bulletIndent=2, spaceAfter=5, bulletFontName=SANS)
    return {
        "title": style("title", heading, fontSize=22, leading=27, spaceAfter=4, textColor=ACCENT),
        "subtitle": style("subtitle", label, fontSize=10.5, leading=14, spaceAfter=10),
        "note": style("note", label, fontName=SERIF_ITALIC, spaceAfter=6),
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
            fontName=SANS_BOLD,
            textColor=WARNING,
            spaceAfter=6,
            keepWithNext=1,
        ),
        "lede": style("lede", body, fontName=SERIF_ITALIC, fontSize=10.5, leading=15, spaceAfter=6),
        "h3": style(
            "h3", heading, fontSize=9, leading=12, spaceBefore=8, spaceAfter=4, textColor=MUTED
        ),
        "item": item,
        "quote": style("quote", item),
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
        "td": style("td", body, fontName=SANS, fontSize=8.5, leading=11.5),
        "th": style("th", label, fontName=SANS_BOLD, fontSize=8, leading=11),
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
