"""Quotations marked the French and Persian way: « … » with quotes nested inside.

French and Persian writers open with « and close with », and set a quotation inside a
quotation in “ ” (or ‹ ›); English marks (“ ” alone) are read the same way. Only the
outermost quotation is a quote: the inner marks are part of its words. Spaces inside the
marks (French sets a no-break or narrow no-break space there) are left to ``trimmed``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import overload

from briefing.extract.speech.quotes import QuoteSpan

_OPENING = "«“‹„"
_CLOSING = "»”›"
_MARK = re.compile(f"[{_OPENING}{_CLOSING}]")


class Quotations(Sequence[QuoteSpan]):
    """A paragraph's outermost quotations in order, found by position in logarithmic time
    (a paragraph of thousands of quotations and sentences stays linear to read)."""

    def __init__(self, spans: list[QuoteSpan]) -> None:
        self._spans = spans  # in order, none inside another
        self._starts = [span.start for span in spans]
        self._ends = [span.end for span in spans]

    @overload
    def __getitem__(self, index: int) -> QuoteSpan: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[QuoteSpan]: ...

    def __getitem__(self, index: int | slice) -> QuoteSpan | Sequence[QuoteSpan]:
        return self._spans[index]

    def __len__(self) -> int:
        return len(self._spans)

    def opening_in(self, start: int, end: int) -> list[QuoteSpan]:
        """The quotations whose opening mark stands in ``[start, end)``."""
        return self._spans[
            bisect_left(self._starts, start + 1) : bisect_left(self._starts, end + 1)
        ]

    def holding(self, position: int) -> QuoteSpan | None:
        """The quotation whose words hold ``position``, if any."""
        index = bisect_right(self._starts, position) - 1
        if index >= 0 and position < self._spans[index].end:
            return self._spans[index]
        return None

    def overlapping(self, start: int, end: int) -> list[QuoteSpan]:
        """The quotations that reach into ``[start, end]``, marks included."""
        return self._spans[bisect_left(self._ends, start - 1) : bisect_right(self._starts, end + 1)]


def nested_spans(text: str) -> Quotations:
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
    return Quotations([span for span in spans if span.end > span.start])
