"""Fetching articles from the web: pages by address, and the pages an RSS or Atom feed lists.

Every request goes only to http and https addresses (redirect targets checked again), says
who is asking (a descriptive User-Agent), follows at most ``max_redirects`` redirects,
stops reading past ``max_bytes`` whether or not the server announced a length, and ends by
its deadline even when a server drips bytes slowly. All requests of a build share one
wall-clock budget, and Ctrl-C cuts every request running. No proxy is used: a request
goes to the host its address names, and where a feed or a redirect chose that address,
only if the host is on the internet (``addresses``). A failure never raises out of
``fetch_pages``: it becomes an ``InputError`` naming the address, so the caller can list
every problem at once. Only asking for more pages than ``max_pages`` raises, before any
page is fetched. ``download`` fetches one file by the same rules (translation packages).

Why ``http.client`` rather than ``urllib.request`` or urllib3: each limit needs hands on
the connection. ``http.client`` sends one request and never follows a redirect by itself,
so the redirect loop (and its scheme check) is ours; ``read1`` returns whatever arrived,
so the size cap and the clock are checked between chunks; and it takes a socket already
connected, to the address checked, for the watchdog to cut at the deadline, headers
included. ``urllib.request`` needs handler subclasses to stop it following redirects,
hides the socket and honours proxy variables; urllib3 is not a declared dependency and
hides the socket too.
"""

from __future__ import annotations

import re
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cache
from http.client import HTTPConnection, HTTPException, HTTPResponse, HTTPSConnection
from typing import TypeVar
from urllib.parse import SplitResult, urldefrag, urljoin

from briefing import __version__
from briefing.defaults import (
    DEFAULT_FETCH_BUDGET,
    DEFAULT_FETCH_TIMEOUT,
    DEFAULT_MAX_ARTICLES,
    DEFAULT_MAX_FILE_BYTES,
)
from briefing.errors import ErrorMap, InputError, reason_for
from briefing.sources.addresses import connect, request_target, web_address
from briefing.sources.articles import check_article_count
from briefing.sources.feeds import Entry, feed_entries
from briefing.sources.fetched import Fetched, WebPage

USER_AGENT = (
    f"briefing/{__version__} "
    "(+https://github.com/briefing-project/briefing; offline news brief builder)"
)
_PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})

_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5"
_FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5"
_WORKERS = 4  # a few pages at once; more would look like a crawler to the sites
_SIGNAL_CHECK_SECONDS = 0.1  # how often the waiting main thread looks for Ctrl-C
_CHUNK = 65_536
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
    allow_private_addresses: bool = False
    """Whether an address from a feed or a redirect may reach loopback, private, link-local,
    reserved or multicast addresses (``addresses``)."""


@dataclass(frozen=True, slots=True)
class _Deadline:
    at: float
    """On the ``time.monotonic`` clock."""
    reason: str
    """Why a request still running at ``at`` failed: its own timeout, or the budget."""

    def remaining(self) -> float:
        return self.at - time.monotonic()


class _Session:
    """One build's fetching: its limits, the end of its budget, and the connections open
    now, so that Ctrl-C can cut them all at once rather than wait for each to end.
    """

    def __init__(self, options: FetchOptions) -> None:
        self.options = options
        self.budget_end = time.monotonic() + options.budget
        self.stopped = False
        self._open: set[socket.socket] = set()
        self._lock = threading.Lock()

    def deadline(self, url: str) -> _Deadline:
        now = time.monotonic()
        budget_reason = f"not fetched: the {self.options.budget:g} s fetch budget ran out"
        if now >= self.budget_end or self.stopped:
            raise InputError(url, budget_reason)
        if now + self.options.timeout < self.budget_end:
            return _Deadline(
                now + self.options.timeout,
                f"could not be fetched: the server took longer than {self.options.timeout:g} s",
            )
        return _Deadline(self.budget_end, budget_reason)

    def opened(self, connection: socket.socket) -> None:
        with self._lock:
            self._open.add(connection)
            if self.stopped:
                _cut(connection)

    def closed(self, connection: socket.socket) -> None:
        with self._lock:
            self._open.discard(connection)

    def stop(self) -> None:
        with self._lock:
            self.stopped = True
            for connection in self._open:
                _cut(connection)


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
    session = _Session(options or FetchOptions())
    problems: list[InputError] = []

    def each(task: Callable[[_Item], _Result], items: Sequence[_Item]) -> list[_Result]:
        results = []
        for result in _in_parallel(task, items, session):
            if isinstance(result, InputError):
                problems.append(result)
            else:
                results.append(result)
        return results

    listed = each(lambda feed: _feed_entries(feed, session), feeds)
    entries = _unique([Entry(url) for url in urls] + [e for found in listed for e in found])
    check_article_count(len(entries), session.options.max_pages)
    pages = each(lambda entry: _fetch_page(entry, session), entries)
    return Fetched(tuple(pages), tuple(problems))


def download(url: str, options: FetchOptions) -> bytes:
    """What ``url`` answers, of any content type, by the rules and limits of ``options``
    (its timeout bounds the whole download); raises ``InputError`` naming ``url``.
    """
    return _get(Entry(url), "*/*", None, _Session(options)).body


def _in_parallel(
    task: Callable[[_Item], _Result], items: Sequence[_Item], session: _Session
) -> list[_Result | InputError]:
    """``task`` of each item, a few at once, in the items' order.

    The workers are daemon threads, and Ctrl-C (which only the waiting main thread sees)
    cuts every open connection: the command stops at once, neither waiting for the
    requests running (as a thread pool's shutdown would) nor starting another.
    """
    results: list[_Result | InputError | BaseException | None] = [None] * len(items)
    pending = iter(range(len(items)))
    lock = threading.Lock()

    def work() -> None:
        while not session.stopped:
            with lock:
                index = next(pending, None)
            if index is None:
                return
            try:
                results[index] = task(items[index])
            except InputError as problem:
                results[index] = problem
            except BaseException as error:  # raised again on the main thread, as its own
                results[index] = error

    workers = [threading.Thread(target=work, daemon=True) for _ in range(min(_WORKERS, len(items)))]
    try:
        for worker in workers:
            worker.start()
        for worker in workers:
            # Joined a slice at a time: the kernel may deliver Ctrl-C to a worker thread,
            # and a main thread blocked in a plain join would never wake to raise it.
            while worker.is_alive():
                worker.join(_SIGNAL_CHECK_SECONDS)
    except BaseException:
        session.stop()
        raise
    for result in results:
        if isinstance(result, BaseException) and not isinstance(result, InputError):
            raise result
    return results  # type: ignore[return-value]  # every index was done: none is None


def _unique(entries: list[Entry]) -> list[Entry]:
    """The first entry for each address; a fragment does not make another page."""
    seen: dict[str, Entry] = {}
    for entry in entries:
        try:
            address = urldefrag(entry.url).url
        except ValueError:  # malformed (``http://[x/``): fetching it will say so
            address = entry.url
        seen.setdefault(address, entry)
    return list(seen.values())


def _fetch_page(entry: Entry, session: _Session) -> WebPage:
    page = _get(entry, _PAGE_ACCEPT, _PAGE_TYPES, session)
    return replace(page, title=entry.title, published=entry.published)


def _feed_entries(feed_url: str, session: _Session) -> list[Entry]:
    feed = _get(Entry(feed_url), _FEED_ACCEPT, None, session)
    return feed_entries(feed_url, feed.final_url, feed.body, feed.content_type, feed.charset)


def _get(entry: Entry, accept: str, types: frozenset[str] | None, session: _Session) -> WebPage:
    """GET ``entry``, following redirects; ``types`` are the content types accepted (None: any)."""
    url = entry.url
    options = session.options
    deadline = session.deadline(url)
    target = url
    redirects = 0
    typed_host = None  # the host of an address the user typed: theirs to choose
    while True:
        parts = web_address(url, target, redirected=redirects > 0)
        if redirects == 0 and not entry.listed:
            typed_host = parts.hostname
        checked = not options.allow_private_addresses and parts.hostname != typed_host
        with _response(url, parts, accept, checked, session, deadline) as response:
            if response.status not in _REDIRECTS:
                return _page(url, target, response, types, options, deadline)
            location = (response.getheader("Location") or "").strip()
        if not location:
            raise InputError(url, f"redirects without saying where to (HTTP {response.status})")
        if redirects == options.max_redirects:
            raise InputError(url, f"redirects more than {options.max_redirects} times")
        try:
            target = urljoin(target, location)
        except ValueError:  # an unclosed IPv6 bracket (``http://[x/``)
            raise InputError(url, f"redirects to {location}, which is not a web address") from None
        redirects += 1


@contextmanager
def _response(
    url: str,
    parts: SplitResult,
    accept: str,
    checked: bool,
    session: _Session,
    deadline: _Deadline,
) -> Iterator[HTTPResponse]:
    """The server's response; network trouble, here or in the caller's block, is an InputError.

    ``checked``: the address came from a feed or a redirect, so it may not reach inward.
    """
    host = parts.hostname or ""
    timeout = min(session.options.timeout, deadline.remaining())
    https = parts.scheme.lower() == "https"
    port = parts.port or (443 if https else 80)
    sock: socket.socket | None = None
    watchdog = None
    try:
        # Made first, the connection checks the host's characters before any DNS lookup.
        connection = (
            HTTPSConnection(host, port, timeout=timeout)
            if https
            else HTTPConnection(host, port, timeout=timeout)
        )
        sock = connect(url, host, port, timeout, checked)
        if https:
            sock = _tls_context().wrap_socket(sock, server_hostname=host)
        session.opened(sock)
        # Socket timeouts bound each wait, not the sum of waits: a server sending a byte
        # a second would never trip them. At the deadline the watchdog cuts the socket.
        watchdog = threading.Timer(max(0.0, deadline.remaining()), _cut, (sock,))
        watchdog.daemon = True
        watchdog.start()
        # Handed the socket connected to the address checked, http.client connects nowhere.
        connection.sock = sock
        request_headers = {"User-Agent": session.options.user_agent, "Accept": accept}
        connection.request("GET", request_target(parts), headers=request_headers)
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
        if sock is not None:
            session.closed(sock)
            sock.close()


@cache
def _tls_context() -> ssl.SSLContext:
    return ssl.create_default_context()


def _cut(sock: socket.socket) -> None:
    with suppress(OSError):  # already closed: the request ended in time
        sock.shutdown(socket.SHUT_RDWR)


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
