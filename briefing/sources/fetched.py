"""What fetching answers: the pages, as sent, and a problem for each address that failed.

``briefing.sources.web`` makes these; ``briefing.sources.files`` reads them into articles.
Neither module imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from briefing.errors import InputError


@dataclass(frozen=True, slots=True)
class WebPage:
    """What one address answered: the body as sent, and where and when it came from.

    ``title`` and ``published`` are what a feed entry said about the page, if it came
    from a feed.
    """

    url: str
    final_url: str
    retrieved: datetime
    body: bytes
    content_type: str | None
    charset: str | None
    title: str | None = None
    published: date | None = None


@dataclass(frozen=True, slots=True)
class Fetched:
    """The pages fetched, in the order asked, and one problem per address that failed."""

    pages: tuple[WebPage, ...]
    problems: tuple[InputError, ...]
