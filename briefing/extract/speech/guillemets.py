"""Quotations marked the French and Persian way: « … » with quotes nested inside.

French and Persian writers open with « and close with », and set a quotation inside a
quotation in “ ” (or ‹ ›); English marks (“ ” alone) are read the same way. Only the
outermost quotation is a quote: the inner marks are part of its words. Spaces inside the
marks (French sets a no-break or narrow no-break space there) are left to ``trimmed``.
"""

from __future__ import annotations

import re

from briefing.extract.speech.quotes import QuoteSpan

_OPENING = "«“‹„"
_CLOSING = "»”›"
_MARK = re.compile(f"[{_OPENING}{_CLOSING}]")


def nested_spans(text: str) -> list[QuoteSpan]:
    """The outermost quotations of ``text``; one left open runs to the paragraph's end
    (French continues a quotation over paragraphs by opening each and closing the last)."""
    spans: list[QuoteSpan] = []
    depth = 0
    opened = 0
    for mark in _MARK.finditer(text):
        if mark.group() in _OPENING:
            if depth == 0:
                opened = mark.end()
            depth += 1
        elif depth > 0:  # a closing mark with nothing open is a stray one
            depth -= 1
            if depth == 0:
                spans.append(QuoteSpan(opened, mark.start(), True))
    if depth > 0 and opened < len(text):
        spans.append(QuoteSpan(opened, len(text), False))
    return [span for span in spans if span.end > span.start]
