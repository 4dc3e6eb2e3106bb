"""Fetching articles from the web: pages by address, and the pages an RSS or Atom feed lists.

Every request goes only to http and https addresses (redirect targets checked again), says
who is asking (a descriptive User-Agent), follows at most ``max_redirects`` redirects,
stops reading past ``max_bytes`` whether or not the server announced a length, and ends by
its deadline even when a server drips bytes slowly. All requests of a build share one
wall-clock budget. A failure never raises out of ``fetch_pages``: it becomes an
``InputError`` naming the address, so the caller can list every problem at once. Only
asking for more pages than ``max_pages`` raises, before any page is fetched.

Why ``http.client`` rather than ``urllib.request`` or urllib3: each limit needs hands on
the connection. ``http.client`` sends one request and never follows a redirect by itself,
so the redirect loop (and its scheme check) is ours; ``read1`` returns whatever arrived,
so the size cap and the clock are checked between chunks; and its socket is at hand for
the watchdog that cuts a request at its deadline, headers included. ``urllib.request``
needs handler subclasses to stop it following redirects and hides the socket; urllib3 is
not a declared dependency and hides the socket too.
"""

from __future__ import annotations

import html
import io
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from functools import cache
from http.client import HTTPConnection, HTTPException, HTTPResponse, HTTPSConnection
from typing import Any, TypeVar
from urllib.parse import SplitResult, quote, urldefrag, urljoin, urlsplit

from briefing import __version__
from briefing.defaults import (
    DEFAULT_FETCH_BUDGET,
    DEFAULT_FETCH_TIMEOUT,
    DEFAULT_MAX_ARTICLES,
    DEFAULT_MAX_FILE_BYTES,
)
from briefing.errors import ErrorMap, InputError, reason_for
from briefing.sources.articles import check_article_count
from briefing.sources.fetched import Fetched, WebPage

USER_AGENT = (
    f"briefing/{__version__} "
    "(+https://github.com/briefing-project/briefing; offline news brief builder)"
)
_PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})

_WEB_SCHEMES = ("http", "https")
_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5"
_FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"
_WORKERS = 4  # a few pages at once; more would look like a crawler to the sites
_CHUNK = 65_536
_TAG = re.compile(r"<[^>]*>")
_NOT_VALID = "could not be fetched: the address or the server's answer is not valid ({})"

NETWORK_ERRORS: ErrorMap = {
    OSError: lambda error: f"could not be fetched ({error.strerror or error})",
    socket.gaierror: lambda error: "could not be fetched: the host name was not found",
    ConnectionRefusedError: lambda error: "could not be fetched: the server refused the connection",
    ssl.SSLCertVerificationError: (
        lambda error: (
            f"could not be fetched: its TLS certificate is not valid ({error.verify_message})"
        )
    ),
    HTTPException: _NOT_VALID.format,
    ValueError: _NOT_VALID.format,
}
"""http.client, socket and ssl; a timeout, or any failure past the deadline, is the
deadline's (``_Deadline.reason``)."""

_Item = TypeVar("_Item")
_Result = TypeVar("_Result")


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """The limits every build's fetching keeps to; times in seconds."""

    timeout: float = DEFAULT_FETCH_TIMEOUT
    """For each page or feed, its redirects included."""
    budget: float = DEFAULT_FETCH_BUDGET
    """For all the fetching of one build: what is not fetched by then is a problem."""
    max_bytes: int = DEFAULT_MAX_FILE_BYTES
    max_redirects: int = 5
    max_pages: int = DEFAULT_MAX_ARTICLES
    """More pages than this (addresses and feed entries together) are refused unfetched."""
    user_agent: str = USER_AGENT


@dataclass(frozen=True, slots=True)
class _Entry:
    """A page to fetch, with what a feed said about it."""

    url: str
    title: str | None = None
    published: date | None = None


@dataclass(frozen=True, slots=True)
class _Deadline:
    at: float
    """On the ``time.monotonic`` clock."""
    reason: str
    """Why a request still running at ``at`` failed: its own timeout, or the budget."""

    def remaining(self) -> float:
        return self.at - time.monotonic()


def is_url(text: str) -> bool:
    """Whether a command-line input is an address (of any scheme) rather than a file path."""
    return _URL.match(text) is not None


def fetch_pages(
    urls: Sequence[str], feeds: Sequence[str], options: FetchOptions | None = None
) -> Fetched:
    """Fetch ``urls``, then the entries of each feed in ``feeds``; a failure is a problem.

    Raises ``InputError`` when there are more pages than ``options.max_pages``, before
    fetching any page (the feeds are fetched first: they say how many there are).
    """
    options = options or FetchOptions()
    budget_end = time.monotonic() + options.budget
    problems: list[InputError] = []
    with ThreadPoolExecutor(max_workers=_WORKERS) as pool:

        def each(task: Callable[[_Item], _Result], items: Sequence[_Item]) -> list[_Result]:
            results = []
            for result in pool.map(lambda item: _attempt(task, item), items):
                if isinstance(result, InputError):
                    problems.append(result)
                else:
                    results.append(result)
            return results

        listed = each(lambda feed: _feed_entries(feed, options, budget_end), feeds)
        entries = _unique([_Entry(url) for url in urls] + [e for found in listed for e in found])
        check_article_count(len(entries), options.max_pages)
        pages = each(lambda entry: _fetch_page(entry, options, budget_end), entries)
    return Fetched(tuple(pages), tuple(problems))


def _attempt(task: Callable[[_Item], _Result], item: _Item) -> _Result | InputError:
    try:
        return task(item)
    except InputError as problem:
        return problem


def _unique(entries: list[_Entry]) -> list[_Entry]:
    """The first entry for each address; a fragment does not make another page."""
    seen: dict[str, _Entry] = {}
    for entry in entries:
        try:
            address = urldefrag(entry.url).url
        except ValueError:  # malformed (``http://[x/``): fetching it will say so
            address = entry.url
        seen.setdefault(address, entry)
    return list(seen.values())


def _fetch_page(entry: _Entry, options: FetchOptions, budget_end: float) -> WebPage:
    page = _get(entry.url, _PAGE_ACCEPT, _PAGE_TYPES, options, budget_end)
    return replace(page, title=entry.title, published=entry.published)


def _feed_entries(feed_url: str, options: FetchOptions, budget_end: float) -> list[_Entry]:
    import feedparser  # type: ignore[import-untyped]  # no stubs published

    feed = _get(feed_url, _FEED_ACCEPT, None, options, budget_end)
    headers = {"content-location": feed.final_url}
    if feed.content_type:
        charset = f"; charset={feed.charset}" if feed.charset else ""
        headers["content-type"] = feed.content_type + charset
    # A file object, never the bytes themselves: feedparser opens a string or bytes that
    # names a local file or a URL, and must not fetch or read anything on its own.
    parsed = feedparser.parse(io.BytesIO(feed.body), response_headers=headers)
    if not parsed.version and not parsed.entries:
        raise InputError(feed_url, "is not an RSS or Atom feed")
    entries = []
    for item in parsed.entries:
        url = _entry_url(feed.final_url, item.get("link"))
        if url is not None:
            stated = item.get("published_parsed") or item.get("updated_parsed")
            entries.append(_Entry(url, _plain_title(item) or None, _entry_date(stated)))
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
    return url if scheme.lower() in _WEB_SCHEMES else None


def _entry_date(stated: time.struct_time | None) -> date | None:
    """The date a feed states for an entry; None for none or one no calendar has (year 0)."""
    if not stated:
        return None
    try:
        return date(*stated[:3])
    except ValueError:
        return None


def _plain_title(item: Any) -> str:
    """An entry's title as text: feedparser leaves HTML titles (all of RSS's) as markup."""
    title = item.get("title") or ""
    if "html" in (item.get("title_detail") or {}).get("type", ""):
        title = html.unescape(_TAG.sub("", title))
    return " ".join(title.split())


def _get(
    url: str,
    accept: str,
    types: frozenset[str] | None,
    options: FetchOptions,
    budget_end: float,
) -> WebPage:
    """GET ``url``, following redirects; ``types`` are the content types accepted (None: any)."""
    deadline = _deadline(url, options, budget_end)
    target = url
    redirects = 0
    while True:
        parts = _web_address(url, target, redirected=redirects > 0)
        with _response(url, parts, accept, options, deadline) as response:
            if response.status not in _REDIRECTS:
                return _page(url, target, response, types, options, deadline)
            location = response.getheader("Location")
        if not location:
            raise InputError(url, f"redirects without saying where to (HTTP {response.status})")
        if redirects == options.max_redirects:
            raise InputError(url, f"redirects more than {options.max_redirects} times")
        target = urljoin(target, location.strip())
        redirects += 1


def _deadline(url: str, options: FetchOptions, budget_end: float) -> _Deadline:
    now = time.monotonic()
    budget_reason = f"not fetched: the {options.budget:g} s fetch budget ran out"
    if now >= budget_end:
        raise InputError(url, budget_reason)
    if now + options.timeout < budget_end:
        return _Deadline(
            now + options.timeout,
            f"could not be fetched: the server took longer than {options.timeout:g} s",
        )
    return _Deadline(budget_end, budget_reason)


def _web_address(url: str, target: str, redirected: bool) -> SplitResult:
    try:
        parts = urlsplit(target)
    except ValueError as error:  # an unclosed IPv6 bracket, say
        raise InputError(url, f"is not a web address ({error})") from None
    only = "only http and https addresses can be fetched"
    if parts.scheme.lower() not in _WEB_SCHEMES:
        if redirected:
            raise InputError(url, f"redirects to {target}, but {only}")
        if not parts.scheme:
            raise InputError(url, f"is not a web address; {only}")
        raise InputError(url, f"uses {parts.scheme}:, {only}")
    try:
        parts.port  # noqa: B018 - parsing the port is what checks it
    except ValueError:
        raise InputError(url, "is not a web address: its port is not a number") from None
    if not parts.hostname:
        raise InputError(url, "is not a web address: it names no host")
    try:
        parts.hostname.encode("idna")
    except UnicodeError:  # an empty or over-long label: ``a..b``
        raise InputError(url, f"is not a web address: {parts.hostname} is no host name") from None
    return parts


@contextmanager
def _response(
    url: str, parts: SplitResult, accept: str, options: FetchOptions, deadline: _Deadline
) -> Iterator[HTTPResponse]:
    """The server's response; network trouble, here or in the caller's block, is an InputError."""
    host = parts.hostname or ""
    timeout = min(options.timeout, deadline.remaining())
    connection: HTTPConnection | None = None
    watchdog = None
    try:
        connection = (
            HTTPSConnection(host, parts.port or 443, timeout=timeout, context=_tls_context())
            if parts.scheme.lower() == "https"
            else HTTPConnection(host, parts.port or 80, timeout=timeout)
        )
        connection.connect()
        # Socket timeouts bound each wait, not the sum of waits: a server sending a byte
        # a second would never trip them. At the deadline the watchdog cuts the socket.
        watchdog = threading.Timer(max(0.0, deadline.remaining()), _cut, (connection.sock,))
        watchdog.daemon = True
        watchdog.start()
        request_headers = {"User-Agent": options.user_agent, "Accept": accept}
        connection.request("GET", _request_target(parts), headers=request_headers)
        with connection.getresponse() as response:
            yield response
    except tuple(NETWORK_ERRORS) as error:
        # Past the deadline the watchdog has cut the socket, whatever that made it raise.
        late = isinstance(error, TimeoutError) or deadline.remaining() <= 0
        reason = deadline.reason if late else reason_for(error, NETWORK_ERRORS)
        raise InputError(url, reason) from error
    finally:
        if watchdog is not None:
            watchdog.cancel()
        if connection is not None:
            connection.close()


@cache
def _tls_context() -> ssl.SSLContext:
    return ssl.create_default_context()


def _cut(sock: socket.socket) -> None:
    with suppress(OSError):  # already closed: the request ended in time
        sock.shutdown(socket.SHUT_RDWR)


def _request_target(parts: SplitResult) -> str:
    """Path and query, with spaces and non-ASCII letters percent-encoded as HTTP needs."""
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    return quote(target, safe="!#$%&'()*+,/:;=?@[]~")


def _page(
    url: str,
    final_url: str,
    response: HTTPResponse,
    types: frozenset[str] | None,
    options: FetchOptions,
    deadline: _Deadline,
) -> WebPage:
    status = response.status
    if status in (404, 410):
        raise InputError(url, f"was not found (HTTP {status})")
    if not 200 <= status < 300:
        answer = f"HTTP {status} {response.reason}".strip()
        raise InputError(url, f"could not be fetched: the server answered {answer}")
    headers = response.headers
    content_type = headers.get_content_type() if "Content-Type" in headers else None
    if types is not None and content_type is not None and content_type not in types:
        raise InputError(url, f"is {content_type}, not a web page")
    retrieved = datetime.now(UTC)
    body = _read_body(url, response, options.max_bytes, deadline)
    return WebPage(url, final_url, retrieved, body, content_type, headers.get_content_charset())


def _read_body(url: str, response: HTTPResponse, max_bytes: int, deadline: _Deadline) -> bytes:
    too_big = f"is over the {max_bytes:,}-byte limit"
    announced = (response.getheader("Content-Length") or "").strip()
    if announced.isdigit() and int(announced) > max_bytes:
        raise InputError(url, too_big)
    chunks = []
    size = 0
    while chunk := response.read1(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise InputError(url, too_big)
        if deadline.remaining() <= 0:
            raise InputError(url, deadline.reason)
        chunks.append(chunk)
    # An empty read is also what a socket cut by the watchdog gives.
    if deadline.remaining() <= 0:
        raise InputError(url, deadline.reason)
    if response.length:
        raise InputError(url, "could not be fetched: the connection closed mid-page")
    return b"".join(chunks)
