"""Broken Argos packages, archives and package indexes: one clear sentence, never a traceback.

Real files throughout: package folders in a temporary packages folder, zip archives
written (and damaged) byte by byte, an index served over HTTP on 127.0.0.1.
"""

from __future__ import annotations

import io
import json
import socket
import struct
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from installs import EXAMPLE, FRENCH_PACKAGE, briefing

from briefing.errors import TranslationError
from briefing.languages import LANGUAGES
from briefing.sources.web import FetchOptions
from briefing.translate.packages import (
    direction,
    install_file,
    install_from_index,
    installed_packages,
    remove,
)

FRENCH = LANGUAGES["fr"]
METADATA = {"from_code": "en", "to_code": "fr", "package_version": "1.0"}


def package_folder(packages: Path, name: str, metadata: bytes) -> Path:
    folder = packages / name
    folder.mkdir(parents=True)
    (folder / "metadata.json").write_bytes(metadata)
    return folder


def one_line(error: pytest.ExceptionInfo[TranslationError]) -> str:
    message = str(error.value)
    assert message and "\n" not in message
    return message


@pytest.mark.parametrize(
    ("metadata", "reason"),
    [
        (b'{"from_code": "en", "to_code": ', "is not valid JSON (Expecting value at line 1"),
        (b'["en", "fr"]', "is not a JSON object"),
        (b"null", "is not a JSON object"),
        ('{"to_name": "Français"}'.encode("latin-1"), "is not UTF-8 text"),
        (b"[" * 100_000, "is JSON nested too deeply to read"),
        (b"{" + b" " * 2_000_000 + b"}", "is over the 1,000,000-byte limit"),
    ],
    ids=["truncated", "a-list", "null", "latin-1", "deep", "huge"],
)
def test_a_broken_package_folder_is_named_with_the_command_that_removes_it(
    tmp_path: Path, metadata: bytes, reason: str
) -> None:
    folder = package_folder(tmp_path, "translate-en_fr-1_0", metadata)
    with pytest.raises(TranslationError) as raised:
        installed_packages(tmp_path)
    assert one_line(raised).startswith(
        f"the package in {folder} is broken: its metadata.json {reason}"
    )
    assert one_line(raised).endswith(
        "remove it with 'briefing models remove translate-en_fr-1_0' and install it again"
    )


def test_models_remove_removes_a_broken_package_by_its_folder_name(home: dict[str, str]) -> None:
    packages = Path(home["ARGOS_PACKAGES_DIR"])
    broken = package_folder(packages, "translate-en_fr-1_0", b"{oops")
    assert remove("translate-en_fr-1_0", packages) == broken
    assert not broken.exists()

    # And through the command line, as the error message tells a user to.
    package_folder(packages, "translate-en_fr-1_0", b"null")
    result = briefing(home, "models", "remove", "translate-en_fr-1_0")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "removed translate-en_fr-1_0"
    assert not (packages / "translate-en_fr-1_0").exists()


def test_models_remove_never_follows_a_linked_package_folder(
    home: dict[str, str], tmp_path: Path
) -> None:
    packages = Path(home["ARGOS_PACKAGES_DIR"])
    packages.mkdir(parents=True)
    elsewhere = package_folder(tmp_path / "elsewhere", "precious", json.dumps(METADATA).encode())
    (packages / "translate-en_fr-1_0").symlink_to(elsewhere)
    result = briefing(home, "models", "remove", "fr")
    assert result.returncode == 1
    assert result.stderr == (
        f"error: {packages / 'translate-en_fr-1_0'} is a link, not a package folder: "
        "remove the link yourself\n"
    )
    assert (elsewhere / "metadata.json").is_file()


def test_models_install_of_a_missing_file_says_it_was_not_found(home: dict[str, str]) -> None:
    result = briefing(home, "models", "install", "missing.argosmodel")
    assert result.returncode == 1
    assert result.stderr == "error: cannot install missing.argosmodel: no such file was found\n"


def test_a_translated_build_with_a_broken_package_is_one_error(
    home: dict[str, str], tmp_path: Path
) -> None:
    package_folder(Path(home["ARGOS_PACKAGES_DIR"]), "translate-en_de-1_0", b"[]")
    output = tmp_path / "brief.pdf"
    result = briefing(home, "build", EXAMPLE, "--lang", "fr", "-o", output)
    assert result.returncode == 1
    assert result.stderr.startswith("error: the package in ")
    assert "metadata.json is not a JSON object" in result.stderr
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    assert not output.exists()


def archive(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as bundle:
        for name, data in members.items():
            bundle.writestr(name, data)
    return buffer.getvalue()


def patched(data: bytes, local: int, central: int, value: int, layout: str = "<H") -> bytes:
    """The one-member zip ``data`` with a field (16-bit unless ``layout`` says) of both its
    headers set to ``value``."""
    patched_data = bytearray(data)
    central_start = data.index(b"PK\x01\x02")
    struct.pack_into(layout, patched_data, local, value)
    struct.pack_into(layout, patched_data, central_start + central, value)
    return bytes(patched_data)


PACKAGE_METADATA = {"pkg/metadata.json": json.dumps(METADATA).encode()}
STORED = archive(PACKAGE_METADATA, zipfile.ZIP_STORED)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"PK\x03\x04 not really a zip", "it is not a zip archive, or a damaged one"),
        (FRENCH_PACKAGE.read_bytes()[:8_000], "it is not a zip archive, or a damaged one"),
        (archive({"pkg/README.md": b"hello"}), "it is not an Argos package"),
        (archive({"pkg/metadata.json": b"[1, 2]"}), "its metadata.json is not a JSON object"),
        (archive({"pkg/metadata.json": b"{"}), "its metadata.json is not valid JSON"),
        (archive({"pkg/metadata.json": b"null"}), "its metadata.json is not a JSON object"),
        (
            archive({"pkg/metadata.json": b"[" * 200_000}),
            "its metadata.json is JSON nested too deeply to read",
        ),
        # 2 MB of spaces around an object: metadata.json is read whole, so it is capped.
        (
            archive({"pkg/metadata.json": b"{" + b" " * 2_000_000 + b"}"}),
            "its metadata.json is over the 1,000,000-byte limit",
        ),
        # The uncompressed size (local header byte 22, central header byte 24), as a bomb
        # declares it: checked before anything is unpacked.
        (
            patched(STORED, 22, 24, 2_100_000_000, "<I"),
            "it would unpack to 2,100,000,000 bytes, over the 2,000,000,000-byte limit",
        ),
        # A real bomb: 70 MB of zeros deflate to some 70 kB.
        (
            archive({**PACKAGE_METADATA, "pkg/model/model.bin": bytes(70_000_000)}),
            "it would unpack to 70,000,",
        ),
        # The compression method field (local header byte 8, central header byte 10).
        (patched(STORED, 8, 10, 99), "it is compressed in a way Python cannot unpack"),
        # The general purpose flags (bytes 6 and 8): bit 0 marks an encrypted member.
        (patched(STORED, 6, 8, 1), "it cannot be unpacked (File 'pkg/metadata.json' is encrypted"),
    ],
    ids=[
        "not-a-zip",
        "cut-short",
        "no-metadata",
        "metadata-list",
        "metadata-json",
        "metadata-null",
        "metadata-deep",
        "metadata-huge",
        "declared-bomb",
        "real-bomb",
        "method",
        "encrypted",
    ],
)
def test_an_unusable_archive_is_one_sentence_and_installs_nothing(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "package.argosmodel"
    path.write_bytes(content)
    packages = tmp_path / "packages"
    with pytest.raises(TranslationError) as raised:
        install_file(path, packages)
    assert one_line(raised).startswith(f"cannot install {path}: {reason}")
    assert not packages.exists() or not any(packages.iterdir())


def test_a_damaged_member_is_found_while_unpacking(tmp_path: Path) -> None:
    model = bytes(range(256)) * 200
    data = bytearray(archive({**PACKAGE_METADATA, "pkg/model/model.bin": model}))
    compressed_at = data.index(b"pkg/model/model.bin") + len("pkg/model/model.bin")
    data[compressed_at + 40 : compressed_at + 80] = b"\xff" * 40
    path = tmp_path / "package.argosmodel"
    path.write_bytes(bytes(data))
    with pytest.raises(TranslationError) as raised:
        install_file(path, tmp_path / "packages")
    assert one_line(raised).startswith(f"cannot install {path}: it is ")
    assert not (tmp_path / "packages" / "pkg").exists()


Route = Callable[[BaseHTTPRequestHandler], None]


@pytest.fixture
def index_server() -> Iterator[tuple[str, dict[str, Route]]]:
    """An HTTP server on 127.0.0.1 whose routes each test sets."""
    routes: dict[str, Route] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            routes[self.path](self)

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", routes
    server.shutdown()
    server.server_close()


def serve(body: bytes, announced: int | None = None) -> Route:
    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Length", str(announced or len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return answer


@pytest.mark.parametrize(
    ("index", "reason"),
    [
        (b'{"packages": []}', "is not a JSON list of packages"),
        (b"<html>Not found</html>", "is not valid JSON (Expecting value at line 1, column 1)"),
    ],
    ids=["an-object", "html"],
)
def test_an_index_that_is_no_package_list_says_where_to_point_instead(
    tmp_path: Path, index_server: tuple[str, dict[str, Route]], index: bytes, reason: str
) -> None:
    base, routes = index_server
    routes["/index.json"] = serve(index)
    with pytest.raises(TranslationError) as raised:
        install_from_index(direction("fr"), tmp_path, base)
    assert one_line(raised) == (
        f"the package index at {base}/index.json {reason}; give the address of an Argos "
        "package index with --index or ARGOS_PACKAGE_INDEX"
    )


def test_a_download_cut_short_is_one_sentence_with_the_offline_route(
    tmp_path: Path, index_server: tuple[str, dict[str, Route]]
) -> None:
    base, routes = index_server
    entry = {**METADATA, "links": [f"{base}/fr.argosmodel", 7]}
    routes["/index.json"] = serve(json.dumps([["not an entry"], entry]).encode())
    routes["/fr.argosmodel"] = serve(FRENCH_PACKAGE.read_bytes()[:1000], announced=10_000)
    with pytest.raises(TranslationError) as raised:
        install_from_index(direction("fr"), tmp_path, base)
    assert one_line(raised) == (
        f"{base}/fr.argosmodel: could not be fetched: the connection closed mid-page; "
        "offline, install from a file: 'briefing models install PATH.argosmodel'"
    )


def drip(handler: BaseHTTPRequestHandler) -> None:
    """A package sent one byte at a time, each well within a socket timeout (at most 40)."""
    handler.send_response(200)
    handler.send_header("Content-Length", "40")
    handler.end_headers()
    for _ in range(40):
        try:
            handler.wfile.write(b"P")
            handler.wfile.flush()
        except OSError:  # the client gave up, as it should
            return
        time.sleep(0.2)


def redirect(location: str) -> Route:
    def answer(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(302)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return answer


@pytest.mark.parametrize(
    ("links", "package_route", "reason"),
    [
        (
            ["{base}/fr.argosmodel"],
            drip,
            "{base}/fr.argosmodel: could not be fetched: the server took longer than 1 s",
        ),
        (
            ["{base}/fr.argosmodel"],
            redirect("ftp://127.0.0.1/fr.argosmodel"),
            "{base}/fr.argosmodel: redirects to ftp://127.0.0.1/fr.argosmodel, but only "
            "http and https addresses can be fetched",
        ),
        (["http://[x/"], None, "http://[x/: is not a web address (Invalid IPv6 URL)"),
    ],
    ids=["one-byte-at-a-time", "redirect-to-ftp", "malformed-link"],
)
def test_a_package_download_keeps_to_the_rules_of_fetching(
    tmp_path: Path,
    index_server: tuple[str, dict[str, Route]],
    links: list[str],
    package_route: Route | None,
    reason: str,
) -> None:
    base, routes = index_server
    entry = {**METADATA, "links": [link.format(base=base) for link in links]}
    routes["/index.json"] = serve(json.dumps([entry]).encode())
    if package_route is not None:
        routes["/fr.argosmodel"] = package_route
    one_second = FetchOptions(timeout=1, max_pages=1)
    with pytest.raises(TranslationError) as raised:
        install_from_index(direction("fr"), tmp_path, base, package=one_second)
    assert one_line(raised) == (
        f"{reason.format(base=base)}; offline, install from a file: "
        "'briefing models install PATH.argosmodel'"
    )
    assert not any(tmp_path.iterdir())


def test_an_index_entry_without_a_list_of_links_is_one_sentence(
    tmp_path: Path, index_server: tuple[str, dict[str, Route]]
) -> None:
    base, routes = index_server
    routes["/index.json"] = serve(json.dumps([{**METADATA, "links": 5}]).encode())
    with pytest.raises(TranslationError) as raised:
        install_from_index(direction("fr"), tmp_path, base)
    assert one_line(raised).startswith(
        f"the package index at {base}/index.json gives English→French no list of links; "
    )


def test_a_package_download_uses_no_proxy_as_article_fetching_uses_none(
    home: dict[str, str], index_server: tuple[str, dict[str, Route]]
) -> None:
    base, routes = index_server
    routes["/index.json"] = serve(
        json.dumps([{**METADATA, "links": [f"{base}/fr.argosmodel"]}]).encode()
    )
    routes["/fr.argosmodel"] = serve(FRENCH_PACKAGE.read_bytes())
    with socket.create_server(("127.0.0.1", 0)) as proxy:
        proxy.settimeout(0)
        address = f"http://127.0.0.1:{proxy.getsockname()[1]}"
        proxied = {**home, "HTTP_PROXY": address, "http_proxy": address, "no_proxy": ""}
        result = briefing(proxied, "models", "install", "fr", "--index", base)
        with pytest.raises(BlockingIOError):
            proxy.accept()  # nobody asked the proxy for anything
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("installed translate-en_fr-1_0 (en → fr)")
