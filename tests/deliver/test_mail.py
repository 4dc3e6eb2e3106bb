"""E-mailing a brief: the message read back as a mail client would, and sent to a real
SMTP server (aiosmtpd) on 127.0.0.1, in plain text and with STARTTLS and a login over a
certificate made for the test.
"""

from __future__ import annotations

import dataclasses
import email
import email.policy
import gettext
import re
import socket
import ssl
import subprocess
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from email.header import decode_header, make_header
from email.message import EmailMessage
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_file
from babel.messages.mofile import write_mo
from briefs import article_strings, brief_with, full_brief
from conftest import EXAMPLES, REPO, Page, isolated_environment, one_line, run_briefing

from briefing.defaults import PASSWORD_VARIABLE
from briefing.deliver.mail import (
    MailSettings,
    SmtpServer,
    attachment_name,
    compose_email,
    eml_bytes,
    parse_endpoint,
    send_email,
)
from briefing.errors import MailError
from briefing.languages import LANGUAGES
from briefing.model import Brief
from briefing.render.calendars import long_date
from briefing.render.templates import context_for, make_environment

PDF = b"%PDF-1.7\n% a stand-in for the brief's PDF\n" + bytes(range(256)) * 4
SENT = datetime(2025, 11, 23, 7, 30, tzinfo=UTC)
SETTINGS = MailSettings("Brief Desk <desk@example.org>", ("ana@example.org", "bo@example.net"))
USER, PASSWORD = "desk", "correct horse battery"
HOST = "127.0.0.1"
MARKED = re.compile(r"⟦[^⟦⟧]*⟧")
WORD = re.compile(r"[^\W\d_]{2,}")


def english_brief(quote: str = "We have trucks loaded with water.") -> Brief:
    return dataclasses.replace(brief_with(quote), title="Valley Flood Brief")


def parsed(message: EmailMessage | bytes) -> EmailMessage:
    raw = message if isinstance(message, bytes) else eml_bytes(message)
    result = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(result, EmailMessage)
    return result


def body(message: EmailMessage, subtype: str) -> str:
    part = message.get_body(preferencelist=(subtype,))
    assert part is not None, f"no text/{subtype} body"
    content = part.get_content()
    assert isinstance(content, str)
    return content


# The message read back


def test_the_message_holds_both_bodies_and_the_pdf_under_its_dated_name() -> None:
    message = parsed(compose_email(english_brief(), PDF, SETTINGS, SENT))
    assert [part.get_content_type() for part in message.walk()] == [
        "multipart/mixed",
        "multipart/alternative",
        "text/plain",
        "text/html",
        "application/pdf",
    ]
    (attachment,) = message.iter_attachments()
    assert attachment.get_filename() == "brief-2025-11-23-en.pdf"
    assert attachment.get_content_disposition() == "attachment"
    assert attachment.get_content() == PDF
    assert message["From"].addresses[0].addr_spec == "desk@example.org"
    assert [a.addr_spec for a in message["To"].addresses] == ["ana@example.org", "bo@example.net"]
    assert message["Date"].datetime == SENT
    assert message["Message-ID"].endswith("@example.org>")
    assert message["Content-Language"] == "en"
    assert message["MIME-Version"] == "1.0"
    assert message.defects == [] and all(not part.defects for part in message.walk())


def test_the_attachment_name_carries_the_date_and_language() -> None:
    brief = dataclasses.replace(english_brief(), language=LANGUAGES["fr"])
    assert attachment_name(brief) == "brief-2025-11-23-fr.pdf"


def test_both_bodies_summarize_the_brief() -> None:
    message = parsed(compose_email(english_brief(), PDF, SETTINGS, SENT))
    text = body(message, "plain")
    page = Page(body(message, "html"))
    for shown in (text, page.text):
        for wording in (
            "Valley Flood Brief",
            "23 November 2025",
            "1 source",
            "1. Floods Hit the Valley",
            "Aid is late. [1, ¶2]",
            "Miriam Okafor — “We have trucks loaded with water.” [1, ¶2]",
            "The full brief is attached as a PDF.",
        ):
            # Whether a citation holds a no-break space is the catalog's choice.
            assert wording in one_line(shown).replace("\u00a0", " "), f"{wording!r} missing"
    assert text.splitlines()[0] == "Valley Flood Brief — 23 November 2025"
    assert message["Subject"] == "Valley Flood Brief — 23 November 2025"


def test_the_subject_can_be_chosen_and_stays_one_line() -> None:
    settings = dataclasses.replace(SETTINGS, subject="Morning\nbrief:  floods")
    message = parsed(compose_email(english_brief(), PDF, settings, SENT))
    assert message["Subject"] == "Morning brief: floods"


def test_a_translated_brief_shows_translations_labelled_with_the_original() -> None:
    brief = dataclasses.replace(full_brief("fr"), title="Bulletin")
    text = one_line(body(parsed(compose_email(brief, PDF, SETTINGS, SENT)), "plain"))
    assert "AID IS LATE. (traduction automatique)" in text
    assert "«\u202fWE HAVE TRUCKS.\u202f» (traduction révisée)" in text
    assert "Texte original\u00a0: «\u202fWe have trucks loaded with water.\u202f»" in text
    assert "ont été traduits en français depuis la langue de leur article" in text
    assert "Articles en anglais\u00a0: traduits par Argos" in text
    assert "Bulletin — 23\u00a0novembre\u00a02025" in text


QUOTE = 'Use <script>alert("x")</script> & <b>bold</b> tags'


def test_markup_in_a_quote_is_text_in_both_bodies() -> None:
    message = parsed(compose_email(english_brief(QUOTE), PDF, SETTINGS, SENT))
    html = body(message, "html")
    assert "&lt;script&gt;" in html and "&amp;" in html
    page = Page(html)
    assert {tag for tag, _ in page.elements}.isdisjoint({"script"})
    assert f"“{QUOTE}”" in page.text
    # The plain-text body is not markup: the quote reads exactly as it was said.
    assert f"“{QUOTE}”" in body(message, "plain")


def test_the_html_is_self_contained_with_inline_styles_only() -> None:
    brief = full_brief()
    page = Page(body(parsed(compose_email(brief, PDF, SETTINGS, SENT)), "html"))
    tags = {tag for tag, _ in page.elements}
    assert tags.isdisjoint({"script", "style", "link", "img", "iframe", "object", "form", "base"})
    urls = {s.article.url for s in brief.sections if (s.article.url or "").startswith("https:")}
    links = {attrs.get("href") for tag, attrs in page.elements if tag == "a"}
    assert links == urls == {"https://example.org/story"}
    for _tag, attrs in page.elements:
        assert not any(name.startswith("on") or name == "src" for name in attrs)
    assert page.first("html") == {"lang": "en", "dir": "ltr"}


def test_a_dari_email_runs_right_to_left() -> None:
    message = compose_email(full_brief("prs"), PDF, SETTINGS, SENT)
    raw = eml_bytes(message)
    read = parsed(raw)
    page = Page(body(read, "html"))
    assert page.first("html") == {"lang": "fa-AF", "dir": "rtl"}
    assert page.first("body")["dir"] == "rtl"
    assert all(attrs["dir"] == "rtl" for tag, attrs in page.elements if tag == "table")
    assert "border-right:3px" in body(read, "html")
    assert read["Content-Language"] == "fa-AF"
    assert read["Subject"] == "خلاصهٔ اخبار — ۲ قوس ۱۴۰۴ (۲۳ نومبر ۲۰۲۵)"
    assert b"=?utf-8?" in raw.partition(b"\r\n\r\n")[0]
    text = body(read, "plain")
    assert "منابع" in text
    # Dari punctuation and digits in citations: the catalog's form, not the English one.
    assert "[۱،\u00a0¶۲]" in text and "[1," not in text
    (attachment,) = read.iter_attachments()
    assert attachment.get_filename() == "brief-2025-11-23-prs.pdf"


@pytest.mark.parametrize("code", ["en", "prs"])
def test_every_line_is_short_and_seven_bit(code: str) -> None:
    long_quote = "We waited. " * 400
    brief = dataclasses.replace(full_brief(code), title="A title " * 30)
    section = dataclasses.replace(
        brief.sections[0], lede=long_quote, article=brief.sections[0].article
    )
    brief = dataclasses.replace(brief, sections=(section, *brief.sections[1:]))
    raw = eml_bytes(compose_email(brief, PDF, SETTINGS, SENT))
    assert raw.isascii()
    lines = raw.split(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert max(map(len, lines)) <= 998
    assert long_quote.strip() in body(parsed(raw), "plain")


def test_the_same_brief_and_time_give_the_same_bytes() -> None:
    first = eml_bytes(compose_email(english_brief(), PDF, SETTINGS, SENT))
    again = eml_bytes(compose_email(english_brief(), PDF, SETTINGS, SENT))
    later = compose_email(english_brief(), PDF, SETTINGS, SENT.replace(minute=31))
    assert first == again
    assert parsed(first)["Message-ID"] != later["Message-ID"]


@pytest.mark.parametrize(
    "address",
    ["desk", "desk@", "@example.org", "", "a@example.org\r\nBcc: spy@example.net"],
    ids=["no-at", "no-domain", "no-local", "empty", "header-injection"],
)
def test_a_bad_address_is_one_clear_error(address: str) -> None:
    with pytest.raises(MailError, match="is not an e-mail address: write it as name@"):
        MailSettings("desk@example.org", (address,))
    with pytest.raises(MailError, match="is not an e-mail address"):
        MailSettings(address)


@pytest.mark.parametrize(
    "address",
    [
        "ana@example.org, evil@example.net",
        "team: ana@example.org, evil@example.net;",
        "<ana@example.org> <evil@example.net>",
    ],
    ids=["comma", "group", "two-angles"],
)
def test_one_option_holds_one_address(address: str) -> None:
    with pytest.raises(MailError) as raised:
        MailSettings("desk@example.org", (address,))
    assert str(raised.value) == (
        f"'{address}' holds more than one address: give each recipient its own --mail-to"
    )
    with pytest.raises(MailError, match="holds more than one address: --mail-from takes one"):
        MailSettings(address, ("ana@example.org",))


@pytest.mark.parametrize("separator", ["\u2028", "\u0085", "\u2029", "\x0b"])
def test_a_line_separator_in_a_name_is_refused_when_addresses_are_checked(
    separator: str,
) -> None:
    with pytest.raises(MailError) as raised:
        MailSettings("desk@example.org", (f"Ana{separator}Bcc <ana@example.org>",))
    assert str(raised.value) == (
        f"'Ana\\u{ord(separator):04x}Bcc <ana@example.org>' is not an e-mail address: write "
        "it as name@example.org or 'Name <name@example.org>'"
    )


def test_an_address_outside_ascii_is_one_clear_error() -> None:
    with pytest.raises(MailError, match="write the address itself in ASCII"):
        MailSettings("José <josé@exämple.org>", ("ana@example.org",))
    named = MailSettings("José Ruiz <desk@example.org>", ("ana@example.org",))
    message = parsed(eml_bytes(compose_email(english_brief(), PDF, named, SENT)))
    assert message["From"].addresses[0].display_name == "José Ruiz"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("smtp.example.org:587", ("smtp.example.org", 587)),
        ("127.0.0.1:2525", ("127.0.0.1", 2525)),
        ("[::1]:25", ("::1", 25)),
    ],
    ids=["name", "ipv4", "ipv6"],
)
def test_server_addresses(value: str, expected: tuple[str, int]) -> None:
    assert parse_endpoint(value) == expected


@pytest.mark.parametrize(
    "value", ["smtp.example.org", ":25", "host:port", "host:0", "h:70000", "a..b:25"]
)
def test_a_bad_server_address_is_one_clear_error(value: str) -> None:
    with pytest.raises(MailError, match="is not a mail server address: write it as HOST:PORT"):
        parse_endpoint(value)


# Every visible word of the e-mail goes through gettext (test_i18n's pseudo-locale idea).


@pytest.fixture(scope="module")
def pseudo_email_translations() -> gettext.GNUTranslations:
    pseudo = Catalog(locale="en")
    options = {"extensions": "jinja2.ext.i18n", "newstyle_gettext": "true"}
    for name in ("_wording.j2", "email.txt.j2", "email.html.j2"):
        path = REPO / "templates" / name
        for _line, message, _comments, _context in extract_from_file(
            "jinja2", str(path), keywords=DEFAULT_KEYWORDS, options=options
        ):
            forms = (message,) if isinstance(message, str) else tuple(message)
            marked = tuple(f"⟦{form}⟧" for form in forms)
            pseudo.add(message, marked if len(marked) > 1 else marked[0])
    buffer = BytesIO()
    write_mo(buffer, pseudo)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


@pytest.mark.parametrize("name", ["email.txt.j2", "email.html.j2"])
def test_every_visible_word_goes_through_gettext(
    pseudo_email_translations: gettext.GNUTranslations, name: str
) -> None:
    for code in ("en", "prs"):
        brief = full_brief(code)
        context = context_for(brief)
        env = make_environment(context.language, pseudo_email_translations)
        values = {field.name: getattr(context, field.name) for field in dataclasses.fields(context)}
        rendered = env.get_template(name).render(**values)
        rest = Page(rendered).text if name.endswith(".html.j2") else one_line(rendered)
        for text in article_strings(brief):
            rest = rest.replace(text, " ")
        while "⟦" in rest:
            before = rest
            rest = MARKED.sub(" ", rest)
            assert rest != before, f"unbalanced markers in {rest!r}"
        published = {s.article.published for s in brief.sections if s.article.published}
        for day in {brief.date} | published:
            rest = rest.replace(long_date(day, context.language), " ")
        rest = rest.replace(context.language_name, " ")
        assert WORD.findall(rest) == [], f"{code}: wording outside gettext in {name}"


# A real SMTP server on 127.0.0.1


@dataclasses.dataclass
class Mailbox:
    """What the test server received, and the login mechanisms it saw succeed."""

    refuse: frozenset[str] = frozenset()
    messages: list[Envelope] = dataclasses.field(default_factory=list)
    logins: list[str] = dataclasses.field(default_factory=list)

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if address in self.refuse:
            return "550 5.1.1 no such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.messages.append(envelope)
        return "250 2.0.0 queued"

    def authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        good = isinstance(data, LoginPassword) and (data.login, data.password) == (
            USER.encode(),
            PASSWORD.encode(),
        )
        if good:
            self.logins.append(mechanism)
        # handled=False: the server, not this hook, answers a failure with 535.
        return AuthResult(success=good, handled=False)


def free_port() -> int:
    with closing(socket.socket()) as probe:
        probe.bind((HOST, 0))
        port: int = probe.getsockname()[1]
    return port


@contextmanager
def smtp_server(mailbox: Mailbox, **options: Any) -> Iterator[int]:
    """An aiosmtpd server on 127.0.0.1 for the block; yields its port."""
    port = free_port()
    controller = Controller(mailbox, hostname=HOST, port=port, **options)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and its key, made by the openssl command."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    try:
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
             "-keyout", str(key), "-out", str(cert), "-subj", "/CN=briefing test server",
             "-addext", f"subjectAltName=IP:{HOST},DNS:localhost"],
            check=True, capture_output=True,
        )  # fmt: skip
    except FileNotFoundError:
        pytest.skip("the openssl command is needed to make the test server's certificate")
    return cert, key


@pytest.fixture
def tls_options(certificate: tuple[Path, Path]) -> dict[str, Any]:
    """A server that requires STARTTLS before anything else."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*certificate)
    return {"tls_context": context, "require_starttls": True}


@pytest.fixture
def trusted(certificate: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> Path:
    """The test certificate trusted as the system's authorities would be."""
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    return certificate[0]


def assert_delivered(envelope: Envelope, sent: EmailMessage) -> None:
    """The server got the message as composed: same envelope, headers, bodies and PDF."""
    assert envelope.mail_from == "desk@example.org"
    assert envelope.rcpt_tos == ["ana@example.org", "bo@example.net"]
    assert isinstance(envelope.original_content, bytes)
    received = parsed(envelope.original_content)
    for header in ("From", "To", "Subject", "Date", "Message-ID", "Content-Language"):
        assert received[header] == sent[header], header
    assert body(received, "plain") == body(parsed(sent), "plain")
    assert body(received, "html") == body(parsed(sent), "html")
    (attachment,) = received.iter_attachments()
    assert attachment.get_filename() == "brief-2025-11-23-en.pdf"
    assert attachment.get_content() == PDF


def test_sending_to_a_plain_server() -> None:
    mailbox = Mailbox()
    message = compose_email(english_brief(), PDF, SETTINGS, SENT)
    with smtp_server(mailbox) as port:
        send_email(message, SmtpServer(HOST, port, timeout=10))
    (envelope,) = mailbox.messages
    assert_delivered(envelope, message)


@pytest.mark.parametrize("mechanism", ["PLAIN", "LOGIN"])
def test_sending_with_starttls_and_a_login(
    mechanism: str, tls_options: dict[str, Any], trusted: Path
) -> None:
    mailbox = Mailbox()
    other = {"PLAIN": "LOGIN", "LOGIN": "PLAIN"}[mechanism]
    message = compose_email(english_brief(), PDF, SETTINGS, SENT)
    server_options = {
        **tls_options,
        "authenticator": mailbox.authenticate,
        "auth_required": True,
        "auth_exclude_mechanism": [other],
    }
    with smtp_server(mailbox, **server_options) as port:
        send_email(message, SmtpServer(HOST, port, True, USER, PASSWORD, timeout=10))
    assert mailbox.logins == [mechanism]
    (envelope,) = mailbox.messages
    assert_delivered(envelope, message)


def failure(server: SmtpServer, message: EmailMessage | None = None) -> str:
    """The one sentence sending fails with."""
    with pytest.raises(MailError) as raised:
        send_email(message or compose_email(english_brief(), PDF, SETTINGS, SENT), server)
    text = str(raised.value)
    assert "\n" not in text and "Traceback" not in text
    return text


def test_a_wrong_password_is_one_clear_error(tls_options: dict[str, Any], trusted: Path) -> None:
    mailbox = Mailbox()
    options = {**tls_options, "authenticator": mailbox.authenticate, "auth_required": True}
    with smtp_server(mailbox, **options) as port:
        text = failure(SmtpServer(HOST, port, True, USER, "wrong", timeout=10))
    assert text.startswith(f"the mail server {HOST}:{port} refused the login of desk (535 ")
    assert text.endswith(f"check --smtp-user and {PASSWORD_VARIABLE}")
    assert mailbox.messages == []


def test_an_untrusted_certificate_is_refused(
    tls_options: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # An empty authorities file: the test certificate is trusted by no one.
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "none.pem"))
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path))
    mailbox = Mailbox()
    with smtp_server(mailbox, **tls_options) as port:
        text = failure(SmtpServer(HOST, port, starttls=True, timeout=10))
    assert text.startswith(f"the certificate of the mail server {HOST}:{port} could not be")
    assert "self-signed certificate" in text
    assert mailbox.messages == []


def test_a_server_without_starttls_is_one_clear_error() -> None:
    mailbox = Mailbox()
    with smtp_server(mailbox) as port:
        text = failure(SmtpServer(HOST, port, starttls=True, timeout=10))
    assert text == (
        f"the mail server {HOST}:{port} does not offer STARTTLS: "
        "leave out --smtp-starttls, or use a server that encrypts"
    )
    assert mailbox.messages == []


def test_a_closed_port_is_one_clear_error() -> None:
    port = free_port()
    text = failure(SmtpServer(HOST, port, timeout=10))
    assert text == (
        f"could not connect to the mail server {HOST}:{port} (connection refused): check --smtp"
    )


def test_a_silent_server_times_out() -> None:
    # Connections complete in the listen backlog, but no greeting ever comes.
    with closing(socket.socket()) as silent:
        silent.bind((HOST, 0))
        silent.listen()
        port = silent.getsockname()[1]
        text = failure(SmtpServer(HOST, port, timeout=0.5))
    assert text == f"the mail server {HOST}:{port} did not answer within 0.5 seconds"


def test_a_refused_recipient_is_named() -> None:
    mailbox = Mailbox(refuse=frozenset({"bo@example.net"}))
    with smtp_server(mailbox) as port:
        text = failure(SmtpServer(HOST, port, timeout=10))
    assert text == (
        f"the brief was sent, but {HOST}:{port} refused bo@example.net "
        "(550 5.1.1 no such mailbox here)"
    )
    (envelope,) = mailbox.messages
    assert envelope.rcpt_tos == ["ana@example.org"]


def test_every_recipient_refused_sends_nothing() -> None:
    mailbox = Mailbox(refuse=frozenset({"ana@example.org", "bo@example.net"}))
    with smtp_server(mailbox) as port:
        text = failure(SmtpServer(HOST, port, timeout=10))
    assert text.startswith(f"the mail server {HOST}:{port} refused every recipient: ana@")
    assert mailbox.messages == []


@pytest.mark.parametrize(
    ("starttls", "user", "password", "message"),
    [
        (False, USER, PASSWORD, f"refusing to send the password for desk unencrypted to {HOST}:25"),
        (True, USER, None, f"no password for desk: set {PASSWORD_VARIABLE}"),
        (True, USER, "pässword", "the SMTP user name and password must be ASCII"),
    ],
    ids=["unencrypted", "no-password", "not-ascii"],
)
def test_login_trouble_is_found_before_any_server_is_asked(
    starttls: bool, user: str, password: str | None, message: str
) -> None:
    with pytest.raises(MailError) as raised:
        SmtpServer(HOST, 25, starttls, user, password)
    assert str(raised.value).startswith(message)
    assert "correct horse" not in repr(SmtpServer(HOST, 25, True, USER, PASSWORD))


def test_a_message_without_recipients_is_not_sent() -> None:
    message = compose_email(english_brief(), PDF, MailSettings("desk@example.org"), SENT)
    assert "To" not in parsed(message)
    text = failure(SmtpServer(HOST, free_port()), message)
    assert text == "the brief has no recipient to be sent to: add --mail-to ADDRESS"


# The command line: `briefing build --eml` and `--smtp`


def briefing(env: dict[str, str], *args: str | Path) -> subprocess.CompletedProcess[str]:
    return run_briefing(*args, env=env)


def build_args(output: Path, *extra: str) -> list[str | Path]:
    return ["build", EXAMPLES / "manifest.yaml", "-o", output, "--date", "2025-11-23", *extra]


ADDRESSES = ("--mail-from", "desk@example.org", "--mail-to", "ana@example.org")
FLOODS = "Flood Relief Stalls in River Valley as Aid Convoys Wait at Border"


def test_build_eml_writes_the_message_beside_the_pdf(tmp_path: Path) -> None:
    output = tmp_path / "out" / "brief.pdf"
    output.parent.mkdir()
    result = briefing(isolated_environment(tmp_path), *build_args(output, "--eml", *ADDRESSES))
    assert result.returncode == 0, result.stderr
    message = parsed((tmp_path / "out" / "brief.eml").read_bytes())
    assert message["Subject"] == "News brief — 23 November 2025"
    assert [a.addr_spec for a in message["To"].addresses] == ["ana@example.org"]
    (attachment,) = message.iter_attachments()
    assert attachment.get_filename() == "brief-2025-11-23-en.pdf"
    assert attachment.get_content() == output.read_bytes()
    for shown in (body(message, "plain"), Page(body(message, "html")).text):
        assert "3 sources" in shown and FLOODS in one_line(shown)


def login_required(mailbox: Mailbox, tls_options: dict[str, Any]) -> dict[str, Any]:
    """Server options: STARTTLS, and a login checked against ``mailbox``'s one user."""
    return {**tls_options, "authenticator": mailbox.authenticate, "auth_required": True}


def login_environment(
    tmp_path: Path, certificate: tuple[Path, Path], password: str
) -> dict[str, str]:
    """A user's environment that trusts the test certificate and holds the password."""
    return {
        **isolated_environment(tmp_path),
        "SSL_CERT_FILE": str(certificate[0]),
        PASSWORD_VARIABLE: password,
    }


def login_args(port: int) -> tuple[str, ...]:
    return ("--smtp", f"{HOST}:{port}", "--smtp-starttls", "--smtp-user", USER)


def test_build_sends_the_brief_with_starttls_and_a_login(
    tmp_path: Path, tls_options: dict[str, Any], certificate: tuple[Path, Path]
) -> None:
    mailbox = Mailbox()
    output = tmp_path / "brief.pdf"
    with smtp_server(mailbox, **login_required(mailbox, tls_options)) as port:
        result = briefing(
            login_environment(tmp_path, certificate, PASSWORD),
            *build_args(output, *ADDRESSES, "--mail-to", "bo@example.net"),
            *login_args(port),
        )
    assert result.returncode == 0, result.stderr
    assert PASSWORD not in result.stdout + result.stderr
    assert result.stdout == f"{output}\n"
    assert result.stderr == f"sent to ana@example.org, bo@example.net through {HOST}:{port}\n"
    (envelope,) = mailbox.messages
    assert envelope.rcpt_tos == ["ana@example.org", "bo@example.net"]
    assert isinstance(envelope.original_content, bytes)
    (attachment,) = parsed(envelope.original_content).iter_attachments()
    assert attachment.get_content() == output.read_bytes()


def test_build_with_a_wrong_password_is_one_error_line(
    tmp_path: Path, tls_options: dict[str, Any], certificate: tuple[Path, Path]
) -> None:
    mailbox = Mailbox()
    with smtp_server(mailbox, **login_required(mailbox, tls_options)) as port:
        result = briefing(
            login_environment(tmp_path, certificate, "Wr0ng-Secret"),
            *build_args(tmp_path / "brief.pdf", *ADDRESSES),
            *login_args(port),
        )
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: the mail server {HOST}:{port} refused the login")
    assert "Traceback" not in result.stderr and "Wr0ng-Secret" not in result.stderr
    assert mailbox.messages == []


def test_a_bad_address_fails_before_the_brief_is_built(tmp_path: Path) -> None:
    output = tmp_path / "brief.pdf"
    result = briefing(
        isolated_environment(tmp_path),
        *build_args(output, "--eml", "--mail-from", "desk", "--mail-to", "ana@example.org"),
    )
    assert result.returncode != 0
    assert "'desk' is not an e-mail address" in result.stderr
    assert "Traceback" not in result.stderr
    assert not output.exists() and not output.with_suffix(".eml").exists()


@pytest.mark.parametrize(
    ("recipient", "reason"),
    [
        ("Ana\u2028Bcc <ana@example.org>", "is not an e-mail address"),
        ("ana@example.org, evil@example.net", "holds more than one address"),
    ],
    ids=["line-separator", "two-addresses"],
)
def test_a_recipient_is_checked_before_any_article_is_read(
    tmp_path: Path, recipient: str, reason: str
) -> None:
    mailbox = Mailbox()
    missing = tmp_path / "no-such-article.txt"
    with smtp_server(mailbox) as port:
        result = briefing(
            isolated_environment(tmp_path),
            "build",
            missing,
            "-o",
            tmp_path / "brief.pdf",
            "--mail-from",
            "desk@example.org",
            "--mail-to",
            recipient,
            "--smtp",
            f"{HOST}:{port}",
        )
    assert result.returncode == 2
    assert reason in result.stderr
    assert str(missing) not in result.stderr and "Traceback" not in result.stderr
    assert mailbox.messages == []


def test_the_password_is_read_from_the_environment_never_a_flag(tmp_path: Path) -> None:
    env = {**isolated_environment(tmp_path), "COLUMNS": "200", "NO_COLOR": "1"}
    result = briefing(env, "build", "--help")
    assert result.returncode == 0, result.stderr
    for option in ("--eml", "--mail-from", "--mail-to", "--smtp", "--smtp-user", "--smtp-starttls"):
        assert option in result.stdout, f"{option} is not documented"
    assert PASSWORD_VARIABLE in result.stdout
    assert "--smtp-password" not in result.stdout and "--password" not in result.stdout


# Dari titles of every length from 1 to 39 letters more: some fold right at a space.
SUBJECTS = [
    ("en", "News brief", "News brief — 23 November 2025"),
    *(
        ("prs", title, f"{title} — ۲ قوس ۱۴۰۴ (۲۳ نومبر ۲۰۲۵)")
        for title in (f"{'ا' * length} خلاصهٔ اخبار" for length in range(1, 40))
    ),
]


def test_a_subject_arrives_with_its_spaces_as_written() -> None:
    mailbox = Mailbox()
    with smtp_server(mailbox) as port:
        for code, title, _ in SUBJECTS:
            brief = dataclasses.replace(full_brief(code), title=title)
            message = compose_email(brief, PDF, SETTINGS, SENT)
            send_email(message, SmtpServer(HOST, port, timeout=10))
    for envelope, (_, _, subject) in zip(mailbox.messages, SUBJECTS, strict=True):
        received = parsed(envelope.content)
        assert received["Subject"] == subject
        # A reader that joins the decoded pieces itself, as many mail programs do.
        head = envelope.content.decode("ascii")
        folded = re.search(r"\r\nSubject: (.*?)\r\n(?![ \t])", head, re.S)
        assert folded is not None
        assert str(make_header(decode_header(folded[1].replace("\r\n", "")))) == subject


@pytest.mark.parametrize("code", ["en", "fr", "prs"])
def test_the_summary_warns_that_an_opinion_piece_argues_a_side(code: str) -> None:
    message = parsed(compose_email(full_brief(code), PDF, SETTINGS, SENT))
    warning = {
        "en": "This source argues a side: read its claims as its own.",
        "fr": "Cette source défend une position\u00a0: ses affirmations n’engagent qu’elle.",
        "prs": "این منبع از یک طرف جانبداری می‌کند: ادعاهای آن را تنها دیدگاه خود آن بدانید.",
    }[code]
    assert warning in one_line(body(message, "plain"))
    assert warning in one_line(Page(body(message, "html")).text)
