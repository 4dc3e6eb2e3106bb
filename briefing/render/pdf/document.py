"""Laying out the brief as a PDF with ReportLab.

Only the pipeline's build step imports this package, so ReportLab stays out of
``briefing --help`` and ``briefing extract``. The PDF is deterministic (same brief and
date, same bytes).
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

from briefing.errors import RenderError
from briefing.model import Brief
from briefing.render.pdf.blocks import flowables
from briefing.render.pdf.fonts import DocumentFonts, uncovered
from briefing.render.pdf.page import build
from briefing.render.pdf.styles import Typesetting, brief_styles
from briefing.render.templates import context_for, render_template


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
    pdf = io.BytesIO()
    with DocumentFonts() as fonts:
        setting = Typesetting(fonts, brief_styles(), brief.language.right_to_left)
        try:
            story = [
                f for block in document if block is not meta for f in flowables(block, setting)
            ]
        except ValueError as error:  # ReportLab's paragraph parser: a template or layout bug
            raise RenderError(f"a block of the brief could not be laid out ({error})") from error
        build(story, pdf, brief, metadata, setting)
    return pdf.getvalue()


def uncovered_characters(brief: Brief) -> tuple[str, ...]:
    """The characters of the brief that no bundled face draws, each once, in code order.

    The page shows the replacement mark � for each, and the text layer keeps the character
    itself (a quote is never altered): copied text stays verbatim. Worth a warning.
    """
    # Only what the articles and the engine wrote can hold such a character: the brief's
    # own wording is checked against these faces by the tests.
    shown = [item.text for item in brief.shown_texts()]
    return tuple(sorted(set(filter(uncovered, "".join(shown)))))
