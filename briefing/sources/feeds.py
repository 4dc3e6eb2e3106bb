"""RSS and Atom feeds: the pages a feed lists, with the title and date it gives each.

``briefing.sources.web`` fetches a feed and hands its body here; nothing here touches the
network. An entry's title is cleaned as every input's text is at ingest (``decoding``).
"""

from __future__ import annotations

import html
import io
import re
import time
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urljoin, urlsplit

from briefing.errors import InputError
from briefing.sources.addresses import WEB_SCHEMES
from briefing.sources.decoding import without_unshown

_TAG = re.compile(r"<[^>]*>")


@dataclass(frozen=True, slots=True)
class Entry:
    """A page to fetch, with what a feed said about it; ``listed`` when a feed named it
    (rather than the user), so its address is a stranger's choice.
    """

    url: str
    title: str | None = None
    published: date | None = None
    listed: bool = False


def feed_entries(
    feed_url: str, final_url: str, body: bytes, content_type: str | None, charset: str | None
) -> list[Entry]:
    """The entries of the feed ``feed_url`` (fetched from ``final_url``), in its order."""
    import feedparser  # type: ignore[import-untyped]  # no stubs published

    headers = {"content-location": final_url}
    if content_type:
        headers["content-type"] = content_type + (f"; charset={charset}" if charset else "")
    # A file object, never the bytes themselves: feedparser opens a string or bytes that
    # names a local file or a URL, and must not fetch or read anything on its own.
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    if not parsed.version and not parsed.entries:
        raise InputError(feed_url, "is not an RSS or Atom feed")
    entries = []
    for item in parsed.entries:
        url = _entry_url(final_url, item.get("link"))
        if url is not None:
            stated = item.get("published_parsed") or item.get("updated_parsed")
            title = _plain_title(item) or None
            entries.append(Entry(url, title, _entry_date(stated), listed=True))
    if not entries:
        raise InputError(feed_url, "is a feed that lists no http or https article links")
    return entries


def _entry_url(feed_url: str, link: str | None) -> str | None:
    """The entry's link made absolute; None for none, a malformed one, or one not http(s)."""
    if not link:
        return None
    try:
        url = urljoin(feed_url, link)
        scheme = urlsplit(url).scheme
    except ValueError:  # an unclosed IPv6 bracket (``http://[x/``) names no page to fetch
        return None
    return url if scheme.lower() in WEB_SCHEMES else None


def _entry_date(stated: time.struct_time | None) -> date | None:
    """The date a feed states for an entry; None for none or one no calendar has (year 0,
    or year 10000, where feedparser moves 9999-12-31 in a zone west of UTC).
    """
    if not stated:
        return None
    try:
        return date(*stated[:3])
    except ValueError:
        return None


def _plain_title(item: Any) -> str:
    """An entry's title as text: feedparser leaves HTML titles (all of RSS's) as markup, and
    the controls ingest removes from every text go here too.
    """
    title = item.get("title") or ""
    if "html" in (item.get("title_detail") or {}).get("type", ""):
        title = html.unescape(_TAG.sub("", title))
    return " ".join(without_unshown(title).split())
