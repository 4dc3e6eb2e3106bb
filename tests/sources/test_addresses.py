"""Addresses a feed or a redirect chose may not reach inward; those the user typed may.

A real HTTP server on 127.0.0.1 serves a feed whose entries point back at it, and a page
that redirects to another name of the same machine (``localhost``).
"""

from __future__ import annotations

import ipaddress
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from conftest import run_briefing

from briefing.sources.addresses import inward_kind
from briefing.sources.web import FetchOptions, fetch_pages

PAGE = (
    "<html><head><title>Harbour ferry cut</title></head><body><article>"
    "<h1>Harbour ferry cut</h1><p>The island ferry will sail only twice a day from 3 March, "
    "the harbour authority said on Tuesday.</p><p>“We cannot keep a 31-year-old vessel "
    "running on goodwill,” said Ingrid Solberg, the authority's director.</p>"
    "</article></body></html>"
)


class Server(ThreadingHTTPServer):
    daemon_threads = False  # server_close() joins every handler: nothing outlives a test
    requested: list[str]


class Handler(BaseHTTPRequestHandler):
    server: Server

    def do_GET(self) -> None:
        self.server.requested.append(self.path)
        port = self.server.server_port
        if self.path == "/feed.xml":
            body = (
                '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>News'
                "</title><id>urn:news</id><updated>2025-03-07T12:00:00Z</updated><entry>"
                f'<title>Ferry</title><link href="http://127.0.0.1:{port}/page.html"/>'
                "<id>urn:ferry</id><updated>2025-03-07T12:00:00Z</updated></entry></feed>"
            )
            self.answer(200, "application/atom+xml", body)
        elif self.path == "/to-localhost":
            self.send_response(302)
            self.send_header("Location", f"http://localhost:{port}/page.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.answer(200, "text/html; charset=utf-8", PAGE)

    def answer(self, status: int, content_type: str, body: str) -> None:
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


@pytest.fixture
def server() -> Iterator[Server]:
    server = Server(("127.0.0.1", 0), Handler)
    server.requested = []
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    yield server
    server.shutdown()
    thread.join()
    server.server_close()


def base(server: Server) -> str:
    return f"http://127.0.0.1:{server.server_port}"


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.10", "private"),
        ("fd00::1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("224.0.0.1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "reserved"),  # the carriers' shared address space
        ("93.184.215.14", None),
        ("2606:2800:21f:cb07:6820:80da:af6b:8b2c", None),
    ],
)
def test_addresses_inside_a_network_are_told_from_the_internet(
    address: str, kind: str | None
) -> None:
    assert inward_kind(ipaddress.ip_address(address)) == kind


def test_a_feed_entry_may_not_lead_to_loopback_unless_allowed(server: Server) -> None:
    page = f"{base(server)}/page.html"
    fetched = fetch_pages([], [f"{base(server)}/feed.xml"])
    assert fetched.pages == ()
    [problem] = fetched.problems
    assert str(problem) == (
        f"{page}: was not fetched: 127.0.0.1 is a loopback address, which an address from a "
        "feed or a redirect may not reach (--allow-private-addresses allows it)"
    )
    assert server.requested == ["/feed.xml"]  # refused before any connection

    allowed = fetch_pages(
        [], [f"{base(server)}/feed.xml"], FetchOptions(allow_private_addresses=True)
    )
    assert allowed.problems == ()
    assert [fetched_page.url for fetched_page in allowed.pages] == [page]


def test_an_address_the_user_typed_may_be_loopback_but_not_a_redirect_elsewhere(
    server: Server,
) -> None:
    assert fetch_pages([f"{base(server)}/page.html"], []).problems == ()
    fetched = fetch_pages([f"{base(server)}/to-localhost"], [])
    [problem] = fetched.problems
    assert "was not fetched: localhost at " in problem.reason
    assert "is a loopback address" in problem.reason
    assert server.requested == ["/page.html", "/to-localhost"]


def test_the_command_line_names_the_refused_entry_and_the_flag_allows_it(
    server: Server, tmp_path: Path
) -> None:
    output = tmp_path / "brief.md"
    feed = f"{base(server)}/feed.xml"
    refused = run_briefing("build", "--feed", feed, "-o", output)
    assert refused.returncode == 1
    assert f"{base(server)}/page.html: was not fetched: 127.0.0.1 is a loopback" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert not output.exists()

    allowed = run_briefing("build", "--feed", feed, "--allow-private-addresses", "-o", output)
    assert allowed.returncode == 0, allowed.stderr
    assert "Ingrid Solberg" in output.read_text()


def test_each_request_looks_its_host_up_once_and_connects_to_what_was_checked(
    server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No second lookup (by http.client, say) could answer with another address than the
    one checked: DNS rebinding has no window."""
    looked_up: list[str] = []
    resolve = socket.getaddrinfo

    def counted(host: str, *args: Any, **options: Any) -> Any:
        looked_up.append(host)
        return resolve(host, *args, **options)

    monkeypatch.setattr(socket, "getaddrinfo", counted)
    fetched = fetch_pages(
        [], [f"{base(server)}/feed.xml"], FetchOptions(allow_private_addresses=True)
    )
    assert fetched.problems == ()
    assert looked_up == ["127.0.0.1", "127.0.0.1"]  # the feed, then its one entry
