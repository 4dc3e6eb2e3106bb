"""Fetching articles from the web, against a real HTTP server on 127.0.0.1.

The server serves invented articles, an RSS 2.0 and an Atom feed that list them, and the
hostile cases a user meets on the web: slow and dripping servers, huge bodies, the wrong
content type, error statuses, redirect loops, and pages in old single-byte charsets.
"""

from __future__ import annotations

import io
import json
import shutil
import socket
import ssl
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from conftest import run_briefing

from briefing import __version__
from briefing.errors import InputError
from briefing.extract.extraction import extract
from briefing.sources.files import read_web_page
from briefing.sources.web import Fetched, FetchOptions, fetch_pages, is_url

FERRY = (
    "Harbour Ferry Service Cut to Two Crossings a Day",
    [
        "The island ferry will sail only twice a day from 3 March, the harbour authority "
        "said on Tuesday, after a second engine failure in a month left 420 passengers "
        "stranded overnight.",
        "“We cannot keep a 31-year-old vessel running on goodwill and spare parts,” said "
        "Ingrid Solberg, the authority's director of operations.",
        "Shopkeepers on the island say deliveries have already fallen by about 40 percent. "
        "“Every cancelled crossing is a day without fresh bread,” said baker Tomas Reyes.",
        "The authority has asked the regional council for 12 million euros to lease a "
        "replacement vessel; the council will vote on the request on 18 March.",
    ],
)
MARKET = (
    "Vegetable Prices at the Central Market Rise for a Third Month",
    [
        "Prices for onions, potatoes and tomatoes at the central market rose for a third "
        "month in a row, traders said, with onions now costing 2.40 a kilo, up from 1.10 "
        "in January.",
        "“The frost took half of the onion crop in the north,” said trader Leila Haddad, "
        "who has sold vegetables at the market for 22 years.",
        "The city's consumer office said the average household spends 18 percent more on "
        "vegetables than a year ago, and urged the market board to publish weekly prices.",
        "The market board said it would meet growers on Friday. “We expect prices to ease "
        "when the spring harvest arrives,” its chairman, Paul Okoro, said.",
    ],
)
BRIDGE_RU = (
    "Мост через реку откроют к марту",
    [
        "Новый мост через реку Сосновку откроют для движения к 1 марта, сообщила в "
        "четверг городская администрация.",
        "«Мы закончим работы на три недели раньше срока», — сказал мэр города Иван Петров.",
        "Строительство обошлось в 840 миллионов рублей, что на 12 процентов больше "
        "первоначальной сметы, отметили в администрации.",
        "Жители района ждали мост более десяти лет: сейчас дорога в центр занимает около 40 минут.",
    ],
)
CAFE_FR = (
    "Le café « Zéphyr » rouvre après l'incendie",
    [
        "Le café Zéphyr, détruit par un incendie en août, rouvre ses portes samedi, a "
        "annoncé son propriétaire, Hélène Marchand.",
        "“Nous avons reconstruit la salle en neuf mois, avec l'aide de 230 donateurs”, a "
        "déclaré Mme Marchand.",
        "Les travaux ont coûté 180 000 euros, dont un tiers couvert par l'assurance.",
        "Le café emploiera sept personnes, deux de plus qu'avant l'incendie.",
    ],
)
PLAIN_TEXT = (
    "Library Opens on Sundays From April\n\n"
    "The city library will open on Sundays from 6 April, the culture office said.\n\n"
    "“Families asked for it in 1,200 letters,” said librarian Nora Lindqvist.\n\n"
    "The longer hours will cost 85,000 a year, paid from the culture budget.\n\n"
    "The library will close at 4 p.m. on Sundays.\n"
)


def article_html(article: tuple[str, list[str]], head: str = "") -> str:
    title, paragraphs = article
    body = "\n".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)
    return (
        f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{title}</h1>\n{body}</article></body></html>"
    )


def rss(base: str) -> str:
    items = [
        ("Ferry cut to two crossings", f"{base}/ferry.html", "Tue, 04 Mar 2025 08:00:00 GMT"),
        # RSS titles are HTML: an escaped ampersand, and a tag, are no part of the headline.
        (
            "Market <b>prices</b> rise again &amp; again",
            f"{base}/market.html",
            "Wed, 05 Mar 2025 09:30:00 GMT",
        ),
        ("Library opens on Sundays", f"{base}/plain.txt", "Thu, 06 Mar 2025 10:00:00 GMT"),
        ("Write to us", "mailto:desk@example.org", "Thu, 06 Mar 2025 11:00:00 GMT"),
    ]
    entries = "".join(
        f"<item><title>{title}</title><link>{link}</link><pubDate>{when}</pubDate></item>"
        for title, link, when in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Town news</title><link>{base}/</link><description>Local news</description>"
        f"{entries}</channel></rss>"
    )


def atom(base: str) -> str:
    # Relative links: the feed's own address resolves them.
    entries = "".join(
        f'<entry><title>{title}</title><link rel="alternate" href="{href}"/>'
        f"<id>urn:{href}</id><updated>2025-03-07T12:00:00Z</updated></entry>"
        for title, href in [("Bridge opens in March", "cyrillic.html"), ("Café", "latin.html")]
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Town news</title><id>urn:town</id><updated>2025-03-07T12:00:00Z</updated>"
        f"{entries}</feed>"
    )


def odd_atom(base: str) -> str:
    """A feed with an entry whose link is malformed, and entries dated in years no calendar
    has, one with a bidi control in its title."""
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Odd news</title><id>urn:odd</id><updated>2025-03-07T12:00:00Z</updated>"
        '<entry><title>Broken link</title><link rel="alternate" href="http://[unclosed/"/>'
        "<id>urn:broken</id><updated>2025-03-07T12:00:00Z</updated></entry>"
        # A bidi override in a title would reorder it in a browser: ingest removes it.
        f'<entry><title>Ferry \u202ecut</title><link rel="alternate" href="{base}/ferry.html"/>'
        "<id>urn:ferry</id><updated>0000-01-01T00:00:00Z</updated></entry>"
        # 9999-12-31 west of UTC is a day in year 10000, which no date holds.
        f'<entry><title>Market</title><link rel="alternate" href="{base}/market.html"/>'
        "<id>urn:market</id><updated>9999-12-31T23:59:59-12:00</updated></entry></feed>"
    )


class Site(ThreadingHTTPServer):
    """The test web site; handlers stop waiting as soon as it shuts down."""

    daemon_threads = False  # server_close() joins every handler: nothing outlives a test

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.stopping = threading.Event()
        self.user_agents: dict[str, str] = {}
        self.requests: Counter[str] = Counter()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that gave up (the point of most hostile routes) is not an error."""


class Handler(BaseHTTPRequestHandler):
    server: Site

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the tests read what the client got, not the server's log."""

    def do_GET(self) -> None:
        self.server.user_agents[self.path] = self.headers.get("User-Agent", "")
        self.server.requests[self.path] += 1
        route = ROUTES.get(self.path.split("?")[0])
        if route is None and self.path.startswith("/sleep/"):
            route = ROUTES["/slow.html"]
        if route is None:
            self.answer(404, "text/html", b"<html><body>No such page</body></html>")
        else:
            route(self)

    def answer(self, status: int, content_type: str, body: bytes, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def html(self, text: str, charset: str = "utf-8") -> None:
        self.answer(200, f"text/html; charset={charset}", text.encode(charset))

    def redirect(self, location: str) -> None:
        self.answer(302, "text/html", b"", Location=location)

    def drip(self, data: bytes, every: float = 0.05) -> None:
        for index in range(len(data)):
            if self.server.stopping.wait(every):
                return
            self.wfile.write(data[index : index + 1])
            self.wfile.flush()


def slow(handler: Handler) -> None:
    if not handler.server.stopping.wait(0.7):
        handler.html(article_html(FERRY))


def drip_body(handler: Handler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    handler.drip(article_html(FERRY).encode())


def drip_headers(handler: Handler) -> None:
    handler.wfile.write(b"HTTP/1.0 200 OK\r\n")
    handler.drip(b"X-Padding: " + b"x" * 200 + b"\r\n")


def huge_streamed(handler: Handler) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.end_headers()
    for _ in range(50):
        handler.wfile.write(b"<p>" + b"word " * 2000 + b"</p>")


ROUTES: dict[str, Callable[[Handler], None]] = {
    "/ferry.html": lambda h: h.html(article_html(FERRY)),
    "/market.html": lambda h: h.html(article_html(MARKET)),
    "/plain.txt": lambda h: h.answer(200, "text/plain; charset=utf-8", PLAIN_TEXT.encode()),
    "/rss.xml": lambda h: h.answer(200, "application/rss+xml", rss(h.server.base).encode()),
    "/atom.xml": lambda h: h.answer(200, "application/atom+xml", atom(h.server.base).encode()),
    "/hop": lambda h: h.redirect("/ferry.html"),
    "/loop": lambda h: h.redirect("/loop-again"),
    "/loop-again": lambda h: h.redirect("/loop"),
    "/to-ftp": lambda h: h.redirect("ftp://127.0.0.1/ferry.html"),
    "/to-nowhere": lambda h: h.redirect("http://a..b/"),
    "/to-bracket": lambda h: h.redirect("http://[x/"),
    "/slow.html": slow,
    "/drip.html": drip_body,
    "/drip-headers.html": drip_headers,
    "/huge.html": lambda h: h.html(article_html(FERRY) + " " * 100_000),
    "/huge-streamed.html": huge_streamed,
    "/photo.png": lambda h: h.answer(200, "image/png", b"\x89PNG\r\n\x1a\n" + bytes(500)),
    "/report.pdf": lambda h: h.answer(200, "application/pdf", b"%PDF-1.7\n" + bytes(500)),
    "/broken.html": lambda h: h.answer(500, "text/html", b"<p>Internal error</p>"),
    "/cyrillic.html": lambda h: h.html(article_html(BRIDGE_RU), charset="windows-1251"),
    "/latin.html": lambda h: h.answer(
        200,
        "text/html",
        article_html(
            CAFE_FR,
            '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">',
        ).encode("cp1252"),
    ),
    "/meta-cyrillic.html": lambda h: h.answer(
        200, "text/html", article_html(BRIDGE_RU, '<meta charset="windows-1251">').encode("cp1251")
    ),
    "/unknown-charset.html": lambda h: h.answer(
        200, "text/html; charset=x-no-such-charset", article_html(CAFE_FR).encode()
    ),
    # A Python codec that is no charset, and fails even when told to replace bad bytes.
    "/punycode-charset.html": lambda h: h.answer(
        200, "text/html; charset=punycode", article_html(CAFE_FR).encode()
    ),
    "/odd.xml": lambda h: h.answer(200, "application/atom+xml", odd_atom(h.server.base).encode()),
}


@contextmanager
def serving(server: Site) -> Iterator[Site]:
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield server
    finally:
        server.stopping.set()
        server.shutdown()
        thread.join()
        server.server_close()


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    with serving(Site()) as server:
        yield server


def fetch(site: Site, *paths: str, feeds: tuple[str, ...] = (), **limits: Any) -> Fetched:
    """Fetch from the test site; its feeds list pages on 127.0.0.1, which feed entries may
    reach only when private addresses are allowed (``test_addresses.py`` tests the refusal).
    """
    return fetch_pages(
        [site.base + path for path in paths],
        [site.base + path for path in feeds],
        FetchOptions(**{"allow_private_addresses": True, **limits}),
    )


def only_problem(fetched: Fetched) -> str:
    assert fetched.pages == ()
    [problem] = fetched.problems
    return problem.reason


def test_a_page_becomes_an_article_with_its_address_and_retrieval_time(site: Site) -> None:
    before = datetime.now(UTC)
    fetched = fetch(site, "/hop")
    after = datetime.now(UTC)

    assert fetched.problems == ()
    [page] = fetched.pages
    article = read_web_page(page)
    assert article.source == f"{site.base}/hop"
    assert article.url == f"{site.base}/ferry.html"
    assert article.retrieved is not None
    assert before <= article.retrieved <= after
    assert article.retrieved.utcoffset() is not None
    assert article.title == FERRY[0]
    assert any("31-year-old vessel" in paragraph.text for paragraph in article.paragraphs)
    assert not any("Home" in paragraph.text for paragraph in article.paragraphs)
    speakers = {quote.speaker for quote in extract(article).quotes}
    assert "Ingrid Solberg" in speakers


def test_requests_say_who_is_asking(site: Site) -> None:
    fetch(site, "/market.html")
    agent = site.user_agents["/market.html"]
    assert agent.startswith(f"briefing/{__version__} ")
    assert "+https://" in agent


def test_a_plain_text_page_is_read_as_text(site: Site) -> None:
    [page] = fetch(site, "/plain.txt").pages
    article = read_web_page(page)
    assert article.title == "Library Opens on Sundays From April"
    assert "“Families asked for it in 1,200 letters,”" in article.paragraph(3).text


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/cyrillic.html", "«Мы закончим работы на три недели раньше срока»"),
        ("/meta-cyrillic.html", "«Мы закончим работы на три недели раньше срока»"),
        ("/latin.html", "“Nous avons reconstruit la salle en neuf mois"),
        ("/unknown-charset.html", "Hélène Marchand"),
    ],
    ids=["http-header-windows-1251", "meta-windows-1251", "meta-latin-1", "unknown-charset"],
)
def test_pages_in_other_charsets_read_right(site: Site, path: str, expected: str) -> None:
    [page] = fetch(site, path).pages
    text = "\n".join(paragraph.text for paragraph in read_web_page(page).paragraphs)
    assert expected in text


def test_feeds_list_their_pages_in_order_without_duplicates(site: Site) -> None:
    fetched = fetch(site, "/ferry.html", feeds=("/rss.xml", "/atom.xml"))

    assert fetched.problems == ()
    assert [page.url for page in fetched.pages] == [
        f"{site.base}/{name}"
        for name in ("ferry.html", "market.html", "plain.txt", "cyrillic.html", "latin.html")
    ]
    market = fetched.pages[1]
    headline = "Market prices rise again & again"
    assert (market.title, market.published) == (headline, date(2025, 3, 5))
    article = read_web_page(market)
    assert article.title == headline
    assert article.published == date(2025, 3, 5)
    assert site.user_agents["/rss.xml"].startswith("briefing/")


def test_more_pages_than_the_limit_are_refused_before_any_is_fetched(site: Site) -> None:
    asked = dict(site.requests)
    with pytest.raises(InputError, match="3 articles were given, over the limit of 2"):
        fetch(site, feeds=("/rss.xml",), max_pages=2)
    site.requests.pop("/rss.xml", None)
    asked.pop("/rss.xml", None)
    assert site.requests == asked


@pytest.mark.parametrize(
    ("paths", "feeds", "reason"),
    [
        (["/nowhere.html"], [], "was not found (HTTP 404)"),
        (["/broken.html"], [], "could not be fetched: the server answered HTTP 500"),
        (["/photo.png"], [], "is image/png, not a web page"),
        (["/report.pdf"], [], "is application/pdf, not a web page"),
        (["/loop"], [], "redirects more than 5 times"),
        (["/to-ftp"], [], "redirects to ftp://127.0.0.1/ferry.html, but only http and https"),
        (["/to-nowhere"], [], "is not a web address: a..b is no host name"),
        (["/to-bracket"], [], "redirects to http://[x/, which is not a web address"),
        ([], ["/ferry.html"], "is not an RSS or Atom feed"),
        ([], ["/no-feed.xml"], "was not found (HTTP 404)"),
    ],
    ids=[
        "404",
        "500",
        "png",
        "pdf",
        "redirect-loop",
        "redirect-to-ftp",
        "redirect-to-a-bad-host",
        "redirect-to-a-bracket",
        "not-a-feed",
        "feed-404",
    ],
)
def test_a_bad_address_is_one_clear_problem(
    site: Site, paths: list[str], feeds: list[str], reason: str
) -> None:
    fetched = fetch(site, *paths, feeds=tuple(feeds))
    assert reason in only_problem(fetched)
    assert fetched.problems[0].source == site.base + (paths or feeds)[0]


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://127.0.0.1/ferry.html", "uses ftp:, only http and https addresses can be fetched"),
        ("file:///etc/hostname", "uses file:, only http and https addresses can be fetched"),
        ("127.0.0.1/ferry.html", "is not a web address"),
        ("http://127.0.0.1:port/", "is not a web address: its port is not a number"),
        ("http://[oops/", "is not a web address (Invalid IPv6 URL)"),
        ("http://a..b/", "is not a web address: a..b is no host name"),
        ("http://exa mple.org/", "could not be fetched: the address or the server's answer"),
    ],
    ids=["ftp", "file", "no-scheme", "bad-port", "ipv6-bracket", "empty-label", "space"],
)
def test_only_web_addresses_are_fetched(url: str, reason: str) -> None:
    assert reason in only_problem(fetch_pages([url], []))


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("https://example.org/news/a.html", True),
        ("ftp://example.org/a.html", True),
        ("articles/a.html", False),
        ("C:\\news\\a.html", False),
        ("news:a.html", False),
    ],
    ids=["https", "ftp", "relative-path", "windows-path", "colon-in-name"],
)
def test_inputs_naming_an_address_are_told_from_file_paths(text: str, url: bool) -> None:
    assert is_url(text) is url


def test_a_closed_port_is_a_refused_connection() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    fetched = fetch_pages([f"http://127.0.0.1:{port}/"], [])
    assert only_problem(fetched) == "could not be fetched: the server refused the connection"


def test_a_self_signed_certificate_is_refused(tmp_path: Path) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a certificate")
    key, certificate = tmp_path / "key.pem", tmp_path / "certificate.pem"
    command = "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 1"
    subprocess.run(
        [*command.split(), "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(certificate)],
        check=True,
        capture_output=True,
    )
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(certificate, key)
    server = Site()
    server.socket = tls.wrap_socket(server.socket, server_side=True)
    with serving(server):
        fetched = fetch_pages([server.base.replace("http:", "https:") + "/ferry.html"], [])
    reason = only_problem(fetched)
    assert reason.startswith("could not be fetched: its TLS certificate is not valid")


@pytest.mark.parametrize(
    "path", ["/huge.html", "/huge-streamed.html"], ids=["with-length", "streamed"]
)
def test_a_page_over_the_size_limit_is_refused(site: Site, path: str) -> None:
    fetched = fetch(site, path, max_bytes=20_000)
    assert only_problem(fetched) == "is over the 20,000-byte limit"


@pytest.mark.parametrize(
    "path",
    ["/slow.html", "/drip.html", "/drip-headers.html"],
    ids=["slow", "dripping-body", "dripping-headers"],
)
def test_a_slow_server_cannot_hold_the_build_past_the_timeout(site: Site, path: str) -> None:
    started = time.monotonic()
    fetched = fetch(site, path, timeout=0.4)
    elapsed = time.monotonic() - started
    assert only_problem(fetched) == "could not be fetched: the server took longer than 0.4 s"
    assert elapsed < 0.9


def test_the_fetch_budget_bounds_all_fetching(site: Site) -> None:
    paths = [f"/sleep/{number}" for number in range(8)]
    started = time.monotonic()
    fetched = fetch(site, *paths, timeout=5, budget=1)
    elapsed = time.monotonic() - started

    assert elapsed < 1.5
    assert fetched.pages, "the pages that fit in the budget are kept"
    assert {problem.reason for problem in fetched.problems} == {
        "not fetched: the 1 s fetch budget ran out"
    }
    fetched_paths = [page.url.removeprefix(site.base) for page in fetched.pages]
    assert fetched_paths == [path for path in paths if path in fetched_paths]
    assert len(fetched.pages) + len(fetched.problems) == len(paths)


def pdf_text(path: Path) -> str:
    with pdfplumber.open(io.BytesIO(path.read_bytes())) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def test_cli_builds_from_pages_and_a_feed_skipping_a_bad_one(site: Site, tmp_path: Path) -> None:
    output = tmp_path / "brief.pdf"
    result = run_briefing(
        "build",
        f"{site.base}/ferry.html",
        f"{site.base}/gone.html",
        "--feed",
        f"{site.base}/rss.xml",
        "--skip-bad",
        "--allow-private-addresses",
        "-o",
        output,
    )
    assert result.returncode == 0, result.stderr
    assert f"warning: skipped {site.base}/gone.html: was not found (HTTP 404)" in result.stderr
    text = pdf_text(output)
    for name in ("ferry.html", "market.html", "plain.txt"):
        assert f"{site.base}/{name}" in text
    assert text.count("Retrieved") == 3
    assert "UTC" in text


def test_extract_reads_addresses_and_feeds_as_build_does(site: Site) -> None:
    result = run_briefing(
        "extract",
        f"{site.base}/ferry.html",
        "--feed",
        f"{site.base}/rss.xml",
        "--allow-private-addresses",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    records = json.loads(result.stdout)
    assert [record["file"] for record in records] == [
        f"{site.base}/{name}" for name in ("ferry.html", "market.html", "plain.txt")
    ]
    assert records[1]["title"] == "Market prices rise again & again"
    speakers = {quote["speaker"] for quote in records[0]["quotes"]}
    assert "Ingrid Solberg" in speakers

    refused = run_briefing("extract", "--feed", f"{site.base}/rss.xml")
    assert refused.returncode == 1
    assert refused.stdout == ""
    assert f"  {site.base}/ferry.html: was not fetched: 127.0.0.1 is a loopback address" in (
        refused.stderr
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ftp://127.0.0.1/ferry.html"], "ftp://127.0.0.1/ferry.html: uses ftp:, only http"),
        (["{base}/slow.html", "--fetch-timeout", "0.4"], "the server took longer than 0.4 s"),
        (["{base}/sleep/cli", "--fetch-budget", "0.4"], "the 0.4 s fetch budget ran out"),
        (["{base}/huge.html", "--max-file-size", "20000"], "is over the 20,000-byte limit"),
        (["--feed", "{base}/rss.xml", "--max-articles", "2"], "over the limit of 2"),
    ],
    ids=["ftp", "fetch-timeout", "fetch-budget", "max-file-size", "max-articles"],
)
def test_cli_fetch_limits_fail_with_one_clear_error(
    site: Site, tmp_path: Path, args: list[str], message: str
) -> None:
    output = tmp_path / "brief.pdf"
    result = run_briefing("build", *(arg.format(base=site.base) for arg in args), "-o", output)
    assert result.returncode == 1
    assert result.stderr.startswith("error: ")
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not output.exists()


def test_a_charset_python_cannot_decode_with_is_guessed_instead(site: Site) -> None:
    [page] = fetch(site, "/punycode-charset.html").pages
    text = "\n".join(paragraph.text for paragraph in read_web_page(page).paragraphs)
    assert "Hélène Marchand" in text


def test_a_feed_entry_with_a_malformed_link_an_impossible_date_or_a_bidi_title_harms_nothing(
    site: Site,
) -> None:
    fetched = fetch(site, feeds=("/odd.xml",))

    assert fetched.problems == ()
    [ferry, market] = fetched.pages
    assert (ferry.url, ferry.title, ferry.published) == (
        f"{site.base}/ferry.html",
        "Ferry cut",
        None,
    )
    assert (market.title, market.published) == ("Market", None)
    assert read_web_page(ferry).title == "Ferry cut"
