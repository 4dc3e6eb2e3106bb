"""Web addresses: which can be fetched, and which machines a fetch may connect to.

Only http and https addresses that name a host are fetched. An address the user typed is
the user's choice, wherever it leads. One a feed listed, or a redirect pointed to on
another host, is a stranger's: unless the user allows private
addresses, it may not reach a loopback, private, link-local, reserved or multicast
address. Otherwise anyone who can put a link in a feed could have an intranet page, or a
cloud's credentials at 169.254.169.254, fetched into a brief and mailed out.

The host is resolved once, every address it resolves to is checked, and the connection
goes to a checked address: DNS gets no second answer between the check and the connection.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import SplitResult, quote, urlsplit

from briefing.errors import InputError

WEB_SCHEMES = ("http", "https")
_IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


def web_address(url: str, target: str, redirected: bool) -> SplitResult:
    """``target`` split, if it is an http(s) address to fetch; else an InputError naming
    ``url``, the address asked for (``target`` is where its redirects led).
    """
    try:
        parts = urlsplit(target)
    except ValueError as error:  # an unclosed IPv6 bracket, say
        raise InputError(url, f"is not a web address ({error})") from None
    only = "only http and https addresses can be fetched"
    if parts.scheme.lower() not in WEB_SCHEMES:
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


def request_target(parts: SplitResult) -> str:
    """Path and query, with spaces and non-ASCII letters percent-encoded as HTTP needs."""
    target = parts.path or "/"
    if parts.query:
        target += "?" + parts.query
    return quote(target, safe="!#$%&'()*+,/:;=?@[]~")


def connect(url: str, host: str, port: int, timeout: float, checked: bool) -> socket.socket:
    """A TCP connection to ``host``; when ``checked``, only if no address of it is inward.

    Raises ``InputError`` naming ``url`` for an inward address, and what ``socket`` raises
    for a host not found or a connection refused.
    """
    found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    if checked:
        for *_, address in found:
            kind = inward_kind(ipaddress.ip_address(address[0]))
            if kind is not None:
                at = "" if host == address[0] else f" at {address[0]}"
                raise InputError(
                    url,
                    f"was not fetched: {host}{at} is a {kind} address, which an address "
                    "from a feed or a redirect may not reach (--allow-private-addresses "
                    "allows it)",
                )
    failure: OSError = OSError(f"{host} has no address")
    for family, kind_of_socket, protocol, _, address in found:
        connection = socket.socket(family, kind_of_socket, protocol)
        try:
            connection.settimeout(timeout)
            connection.connect(address)
        except OSError as error:
            connection.close()
            failure = error
        else:
            return connection
    raise failure


def inward_kind(address: _IPAddress) -> str | None:
    """What makes ``address`` one inside a network rather than on the internet, or None."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped  # ::ffff:127.0.0.1 is 127.0.0.1
    kinds = (
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("unspecified", address.is_unspecified),
        ("reserved", address.is_reserved),
        ("private", address.is_private),
        ("reserved", not address.is_global),  # the carriers' shared space, 100.64.0.0/10
    )
    return next((kind for kind, applies in kinds if applies), None)
