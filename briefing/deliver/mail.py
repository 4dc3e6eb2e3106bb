"""E-mailing a brief: a short summary with the PDF attached, as an .eml file or over SMTP.

The message is multipart/mixed: a multipart/alternative of a plain-text and an HTML body
(``templates/email.txt.j2`` and ``email.html.j2``, worded through the brief's gettext
catalog), then the PDF. The message is 7-bit clean (bodies quoted-printable or base64,
whichever is shorter), so every line stays short and any server relays it, with or
without 8BITMIME. The same brief, addresses and sending time give the same bytes
(Message-ID and MIME boundaries derive from them), so a reproducible build stays
reproducible.

Sending verifies the server's certificate after STARTTLS against the system's authorities,
or those in the file named by the ``SSL_CERT_FILE`` environment variable, and never sends
a password over an unencrypted connection.
"""

from __future__ import annotations

import hashlib
import smtplib
import socket
import ssl
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.policy import Policy
from email.utils import format_datetime, getaddresses, parseaddr

from briefing.defaults import PASSWORD_VARIABLE
from briefing.errors import MailError
from briefing.model import Brief
from briefing.render.templates import RIGHT_TO_LEFT_MARK, context_for, render_template

# smtplib sends no BODY=8BITMIME, so the message must not need it.
_POLICY = policy.SMTP.clone(cte_type="7bit")
_UNSHOWN = frozenset({"Cc", "Zl", "Zp"})  # controls, and the line and paragraph separators


class _Subject(str):
    """A subject that is folded as RFC 2047 encoded words of UTF-8 from end to end.

    The standard library's folder drops the space where it splits a subject between two
    encoded words (a Dari subject arrived as ``قوس۱۴۰۴``), and mixing plain words with an
    encoded ``—`` gives readers that join the pieces themselves a double space. A
    subject with any non-ASCII character is therefore encoded whole, each encoded word
    cut between characters, its spaces inside the words.
    """

    name = "Subject"

    def fold(self, *, policy: Policy) -> str:
        encoded = Header(str(self), "utf-8", header_name=self.name).encode(linesep=policy.linesep)
        return f"{self.name}: {encoded}{policy.linesep}"


@dataclass(frozen=True, slots=True)
class MailSettings:
    """Who sends the brief to whom; without a ``subject``, the brief's title and date.

    Every address is checked when the settings are made, before any brief is built.
    """

    sender: str
    recipients: tuple[str, ...] = ()
    subject: str | None = None

    def __post_init__(self) -> None:
        _check_address(self.sender, "--mail-from takes one sender")
        for address in self.recipients:
            _check_address(address, "give each recipient its own --mail-to")


@dataclass(frozen=True, slots=True)
class SmtpServer:
    """The mail server a brief is sent through, and how to log in to it."""

    host: str
    port: int
    starttls: bool = False
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = 30.0

    def __post_init__(self) -> None:
        """Login trouble that needs no server to see is found before any brief is built."""
        if self.username is None:
            return
        if not self.starttls:
            raise MailError(
                f"refusing to send the password for {self.username} unencrypted to "
                f"{self.address}: add --smtp-starttls"
            )
        if self.password is None:
            raise MailError(f"no password for {self.username}: set {PASSWORD_VARIABLE}")
        if not (self.username + self.password).isascii():
            raise MailError(
                f"the SMTP user name and password must be ASCII (SMTP login sends no other "
                f"characters): check --smtp-user and {PASSWORD_VARIABLE}"
            )

    @property
    def address(self) -> str:
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"


def parse_endpoint(value: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[::1]:25`` for an IPv6 address) as a host name and a port number."""
    host, colon, port = value.strip().rpartition(":")
    host = host.removeprefix("[").removesuffix("]")
    try:
        host.encode("idna")  # what smtplib does with it: an empty label (a..b) cannot be
    except UnicodeError:
        host = ""
    if not (colon and host and port.isdigit() and 0 < int(port) < 65536):
        raise MailError(
            f"'{value}' is not a mail server address: write it as HOST:PORT, "
            "for example smtp.example.org:587"
        )
    return host, int(port)


def attachment_name(brief: Brief) -> str:
    """The PDF's file name in the message: ``brief-2025-11-23-fr.pdf``."""
    return f"brief-{brief.date.isoformat()}-{brief.language.code}.pdf"


def compose_email(
    brief: Brief, pdf: bytes, settings: MailSettings, sent: datetime | None = None
) -> EmailMessage:
    """The message carrying ``brief``: its summary in text and HTML, and ``pdf`` attached.

    ``sent`` is the Date header (default: now, in the local time zone).
    """
    context = context_for(brief)
    text = render_template("email.txt.j2", context)
    html = render_template("email.html.j2", context)
    sent = sent or datetime.now().astimezone()
    # The text body's first line is the brief's title and date, worded in its language;
    # the mark that sets a Dari line's direction there is no part of it.
    first_line = text.partition("\n")[0].removeprefix(RIGHT_TO_LEFT_MARK)
    subject = " ".join((settings.subject or first_line).split())
    digest = hashlib.sha256(
        "\n".join((settings.sender, *settings.recipients, subject, sent.isoformat())).encode() + pdf
    ).hexdigest()

    message = EmailMessage(policy=_POLICY)
    message["From"] = settings.sender
    if settings.recipients:
        message["To"] = ", ".join(settings.recipients)
    message["Subject"] = subject if subject.isascii() else _Subject(subject)
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = f"<{digest[:32]}@{_domain(settings.sender)}>"
    message.set_content(text)
    message.add_alternative(html, subtype="html")
    message.add_attachment(
        pdf, maintype="application", subtype="pdf", filename=attachment_name(brief)
    )
    # Set last: building the multipart structure moves Content-* headers into the parts.
    message["Content-Language"] = context.language.locale.replace("_", "-")
    for level, part in enumerate(p for p in message.walk() if p.is_multipart()):
        # A digest of the message cannot occur in the message's own text.
        part.set_boundary(f"=_{digest[32:48]}.{level}")
    return message


def eml_bytes(message: EmailMessage) -> bytes:
    """The message as an .eml file holds it: RFC 5322, CRLF line ends."""
    return message.as_bytes(policy=_POLICY)


def send_email(message: EmailMessage, server: SmtpServer) -> None:
    """Send ``message`` to its To addresses through ``server``.

    Raises MailError, one sentence naming the server, when the message is not accepted
    for every recipient.
    """
    if not message.get_all("To"):
        raise MailError("the brief has no recipient to be sent to: add --mail-to ADDRESS")
    password = server.password
    try:
        with smtplib.SMTP(server.host, server.port, timeout=server.timeout) as smtp:
            if server.starttls:
                _start_tls(smtp, server)
            if server.username is not None and password is not None:
                _log_in(smtp, server, server.username, password)
            refused = smtp.send_message(message)
    except (smtplib.SMTPException, OSError) as error:
        raise MailError(_explain(error, server)) from error
    if refused:
        raise MailError(f"the brief was sent, but {server.address} refused {_refusals(refused)}")


def _check_address(value: str, one_each: str) -> None:
    """Refuse all but one address, alone in ``value``; ``one_each`` says how to give several.

    A line break of any kind (U+2028 and U+0085 too) or a control character could end the
    header it is written into, so it is refused rather than folded.
    """
    shown = "".join(f"\\u{ord(c):04x}" if unicodedata.category(c) in _UNSHOWN else c for c in value)
    not_an_address = MailError(
        f"'{shown}' is not an e-mail address: write it as name@example.org "
        "or 'Name <name@example.org>'"
    )
    if shown != value:
        raise not_an_address
    # The To header lists every recipient, and a server sends to each address in it.
    listed = [found for _name, found in getaddresses([value]) if "" not in found.partition("@")]
    if len(listed) > 1:
        raise MailError(f"'{value}' holds more than one address: {one_each}")
    _name, address = parseaddr(value)
    local, at, domain = address.rpartition("@")
    if address and not address.isascii():
        raise MailError(
            f"'{value}' cannot be sent to: write the address itself in ASCII (a name before "
            "it may be in any script; an international domain in its xn-- form)"
        )
    if not (local and at and domain):
        raise not_an_address


def _domain(address: str) -> str:
    return parseaddr(address)[1].rpartition("@")[2]


def _start_tls(smtp: smtplib.SMTP, server: SmtpServer) -> None:
    smtp.ehlo()
    if not smtp.has_extn("starttls"):
        raise MailError(
            f"the mail server {server.address} does not offer STARTTLS: "
            "leave out --smtp-starttls, or use a server that encrypts"
        )
    smtp.starttls(context=ssl.create_default_context())
    smtp.ehlo()


def _log_in(smtp: smtplib.SMTP, server: SmtpServer, username: str, password: str) -> None:
    smtp.ehlo_or_helo_if_needed()
    if not smtp.has_extn("auth"):
        raise MailError(
            f"the mail server {server.address} does not offer a login: leave out --smtp-user"
        )
    smtp.login(username, password)


def _refusals(refused: dict[str, tuple[int, bytes]]) -> str:
    return ", ".join(
        f"{address} ({code} {reply.decode(errors='replace')})"
        for address, (code, reply) in refused.items()
    )


def _explain(error: smtplib.SMTPException | OSError, server: SmtpServer) -> str:
    """One sentence for what went wrong talking to ``server``."""
    where = server.address
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return (
            f"the mail server {where} refused the login of {server.username} "
            f"({_reply(error)}): check --smtp-user and {PASSWORD_VARIABLE}"
        )
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return f"the mail server {where} refused every recipient: {_refusals(error.recipients)}"
    if isinstance(error, smtplib.SMTPSenderRefused):
        return f"the mail server {where} refused the sender {error.sender} ({_reply(error)})"
    if isinstance(error, TimeoutError) or isinstance(error.__context__, TimeoutError):
        # smtplib reports a reply that never came as a disconnection.
        return f"the mail server {where} did not answer within {server.timeout:g} seconds"
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return f"the mail server {where} closed the connection before the brief was sent"
    if isinstance(error, smtplib.SMTPResponseException):
        return f"the mail server {where} did not accept the brief ({_reply(error)})"
    if isinstance(error, smtplib.SMTPException):
        return f"the mail server {where} did not accept the brief ({error})"
    if isinstance(error, ssl.SSLCertVerificationError):
        return (
            f"the certificate of the mail server {where} could not be verified "
            f"({error.verify_message}): point SSL_CERT_FILE at its authority's certificate"
        )
    if isinstance(error, ssl.SSLError):
        return f"the encrypted connection to the mail server {where} failed ({error.reason})"
    if isinstance(error, socket.gaierror):
        return f"the mail server host '{server.host}' is unknown: check --smtp"
    if isinstance(error, ConnectionRefusedError):
        return f"could not connect to the mail server {where} (connection refused): check --smtp"
    return f"could not talk to the mail server {where} ({error.strerror or error})"


def _reply(error: smtplib.SMTPResponseException) -> str:
    reply = error.smtp_error
    text = reply.decode(errors="replace") if isinstance(reply, bytes) else str(reply)
    return f"{error.smtp_code} {' '.join(text.split())}"
