"""Rendering the brief in the formats a user asks for.

PDF comes from the layout module (ReportLab, imported only when a PDF is wanted); HTML,
Markdown and plain text from their Jinja2 templates in ``templates/``; JSON from
``records.brief_record``, which follows the versioned schema in ``briefing/schemas/``.
"""

from __future__ import annotations

import json

from briefing.deliver.files import OutputFormat
from briefing.model import Brief
from briefing.render.records import brief_record
from briefing.render.templates import context_for, render_template


def render(brief: Brief, output_format: OutputFormat) -> bytes:
    """The brief as the bytes of a file in ``output_format``."""
    if output_format is OutputFormat.PDF:
        from briefing.render.pdf.document import render_pdf

        return render_pdf(brief)
    if output_format is OutputFormat.JSON:
        document = json.dumps(brief_record(brief), ensure_ascii=False, indent=2)
        return f"{document}\n".encode()
    return render_template(f"brief.{output_format}.j2", context_for(brief)).encode()
