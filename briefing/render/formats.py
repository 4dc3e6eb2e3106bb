"""Rendering the brief in the formats a user asks for.

PDF comes from the layout module (ReportLab, imported only when a PDF is wanted); HTML,
Markdown and plain text from their Jinja2 templates in ``templates/``; JSON from
``brief_record``, which follows the versioned schema in ``briefing/schemas/``.
"""

from __future__ import annotations

import json
from typing import Any

from briefing import __version__
from briefing.deliver.files import OutputFormat
from briefing.extract.extraction import THE_ARTICLE
from briefing.model import Brief, Citation, Translation
from briefing.render.templates import context_for, render_template

JSON_SCHEMA_VERSION = 1


def render(brief: Brief, output_format: OutputFormat) -> bytes:
    """The brief as the bytes of a file in ``output_format``."""
    if output_format is OutputFormat.PDF:
        from briefing.render.pdf.document import render_pdf

        return render_pdf(brief)
    if output_format is OutputFormat.JSON:
        document = json.dumps(brief_record(brief), ensure_ascii=False, indent=2)
        return f"{document}\n".encode()
    return render_template(f"brief.{output_format}.j2", context_for(brief)).encode()


def brief_record(brief: Brief) -> dict[str, Any]:
    """The brief as JSON-ready data, described by ``briefing/schemas/brief.schema.json``.

    Every quote and figure keeps its English text as the source wrote it; a translation
    sits beside it, never in its place.
    """
    translations = {translation.source: translation for translation in brief.translations}

    def shown(text: str) -> dict[str, Any]:
        return {"text": text, "translation": _translation_record(translations.get(text))}

    mt = brief.machine_translation
    return {
        "schema_version": JSON_SCHEMA_VERSION,
        "generator": f"briefing {__version__}",
        "title": brief.title,
        "date": brief.date.isoformat(),
        "language": brief.language.code,
        "machine_translation": None
        if mt is None
        else {
            "engine": mt.engine,
            "package": mt.package,
            "version": mt.version,
            "from": mt.from_code,
            "to": mt.to_code,
        },
        "articles": [
            {
                "number": section.number,
                "kind": section.kind.value,
                "headline": shown(section.headline),
                "lede": {**shown(section.lede), "citation": _citation(section.lede_citation)},
                "quotes": [
                    {
                        **shown(item.quote.text),
                        "speaker": item.quote.speaker,
                        "relayed_by": item.quote.relayed_by,
                        "type": item.quote.type.value,
                        "citations": [_citation(c) for c in item.citations],
                    }
                    for item in section.quotes
                ],
                "figures": [
                    {
                        "text": item.figure.text,
                        "value": item.figure.value,
                        "unit": item.figure.unit,
                        "measures": shown(item.figure.measures),
                        "claimed_by": item.figure.claimed_by or THE_ARTICLE,
                        "disputed": item.figure.disputed,
                        "citations": [_citation(c) for c in item.citations],
                    }
                    for item in section.figures
                ],
                "source": {
                    "title": section.article.title,
                    "publisher": section.article.publisher,
                    "author": section.article.author,
                    "published": _iso(section.article.published),
                    "url": section.article.url,
                    "retrieved": _iso(section.article.retrieved),
                    "file": section.article.source,
                    "sha256": section.article.sha256,
                },
            }
            for section in brief.sections
        ],
    }


def _translation_record(translation: Translation | None) -> dict[str, Any] | None:
    if translation is None:
        return None
    return {
        "text": translation.text,
        "method": translation.method.value,
        "numbers_verified": translation.numbers_verified,
    }


def _citation(citation: Citation) -> dict[str, int]:
    return {"source": citation.source, "paragraph": citation.paragraph}


def _iso(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())
