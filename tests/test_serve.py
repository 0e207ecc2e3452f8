"""Tests of serve.py: read-only preview server with byte ranges, never outside its folder."""

from __future__ import annotations

import http.client
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from readaloud import serve
from readaloud.errors import ConfigError, InputError
from readaloud.serve import ByteRange, PreviewServer, Unsatisfiable, parse_range

AUDIO = bytes(range(256)) * 4  # 1,024 bytes, every offset distinguishable by content


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    (out / "ep.mp3").write_bytes(AUDIO)
    for name, text in [("ep.vtt", "WEBVTT\n"), ("ep.srt", "1\n"), ("ep.html", "<!DOCTYPE html>"),
                       ("ep.chapters.json", "{}"), ("feed.xml", "<rss/>"), ("ep.txt", "t"),
                       ("sub/inner.txt", "inner")]:
        (out / name).write_text(text, encoding="utf-8")
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    (out / "escape.txt").symlink_to(tmp_path / "secret.txt")
    (out / "alias.mp3").symlink_to(out / "ep.mp3")
    return out


@pytest.fixture
def server(folder: Path) -> Iterator[PreviewServer]:
    lines: list[str] = []
    srv = serve.make_server(folder, "127.0.0.1", 0, log=lines.append)
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield srv
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(timeout=5)


def request(srv: PreviewServer, path: str, method: str = "GET",
            headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    host, port = srv.server_address[0], srv.server_address[1]
    connection = http.client.HTTPConnection(str(host), port, timeout=5)
    try:
        connection.request(method, path, headers=headers or {})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


@pytest.mark.parametrize(("header", "size", "expected"), [
    (None, 100, None),
    ("bytes=0-9", 100, ByteRange(0, 9)),
    ("bytes=90-", 100, ByteRange(90, 99)),
    ("bytes=-10", 100, ByteRange(90, 99)),
    ("bytes=-500", 100, ByteRange(0, 99)),
    ("bytes=95-1000", 100, ByteRange(95, 99)),
    ("bytes = 5 - 6", 100, ByteRange(5, 6)),
    ("BYTES=0-0", 100, ByteRange(0, 0)),
    ("items=0-5", 100, None),
    ("bytes=0-1,5-6", 100, None),
])
def test_parse_range(header: str | None, size: int, expected: ByteRange | None) -> None:
    assert parse_range(header, size) == expected


@pytest.mark.parametrize(("header", "size"), [
    ("bytes=100-", 100), ("bytes=100-200", 100), ("bytes=5-2", 100), ("bytes=x-1", 100),
    ("bytes=-", 100), ("bytes=", 100), ("bytes=-0", 100), ("bytes=0-", 0), ("bytes=-5", 0),
])
def test_unsatisfiable_ranges(header: str, size: int) -> None:
    with pytest.raises(Unsatisfiable):
        parse_range(header, size)


def test_whole_file(server: PreviewServer) -> None:
    status, headers, body = request(server, "/ep.mp3")
    assert status == 200 and body == AUDIO
    assert headers["accept-ranges"] == "bytes"
    assert headers["content-length"] == str(len(AUDIO))
    assert "last-modified" in headers


@pytest.mark.parametrize(("path", "content_type"), [
    ("/ep.mp3", "audio/mpeg"),
    ("/ep.vtt", "text/vtt; charset=utf-8"),
    ("/ep.srt", "application/x-subrip; charset=utf-8"),
    ("/ep.chapters.json", "application/json"),
    ("/feed.xml", "application/xml; charset=utf-8"),
    ("/ep.html", "text/html; charset=utf-8"),
    ("/ep.txt", "text/plain; charset=utf-8"),
])
def test_content_types(server: PreviewServer, path: str, content_type: str) -> None:
    status, headers, _ = request(server, path)
    assert status == 200 and headers["content-type"] == content_type


@pytest.mark.parametrize(("range_", "first", "last"), [
    ("bytes=0-9", 0, 9),
    ("bytes=1000-", 1000, 1023),
    ("bytes=-24", 1000, 1023),
    ("bytes=1020-5000", 1020, 1023),
])
def test_ranges(server: PreviewServer, range_: str, first: int, last: int) -> None:
    status, headers, body = request(server, "/ep.mp3", headers={"Range": range_})
    assert status == 206
    assert headers["content-range"] == f"bytes {first}-{last}/{len(AUDIO)}"
    assert headers["content-length"] == str(last - first + 1)
    assert body == AUDIO[first:last + 1]


@pytest.mark.parametrize("range_", ["bytes=1024-", "bytes=9-3", "bytes=abc"])
def test_bad_ranges_are_416(server: PreviewServer, range_: str) -> None:
    status, headers, body = request(server, "/ep.mp3", headers={"Range": range_})
    assert status == 416
    assert headers["content-range"] == f"bytes */{len(AUDIO)}"
    assert body == b""


def test_head_sends_headers_only(server: PreviewServer) -> None:
    status, headers, body = request(server, "/ep.mp3", "HEAD", {"Range": "bytes=0-99"})
    assert status == 206 and headers["content-length"] == "100" and body == b""


def test_if_range_that_does_not_match_sends_the_whole_file(server: PreviewServer) -> None:
    status, _, body = request(server, "/ep.mp3", headers={
        "Range": "bytes=0-9", "If-Range": "Wed, 21 Oct 2015 07:28:00 GMT"})
    assert status == 200 and body == AUDIO
    _, headers, _ = request(server, "/ep.mp3")
    status, _, body = request(server, "/ep.mp3", headers={
        "Range": "bytes=0-9", "If-Range": headers["last-modified"]})
    assert status == 206 and body == AUDIO[:10]


@pytest.mark.parametrize("path", [
    "/../secret.txt", "/%2e%2e/secret.txt", "/sub/../../secret.txt",
    "/sub/%2E%2E/%2E%2E/secret.txt", "/..%2fsecret.txt", "/escape.txt", "//secret.txt",
    "/missing.mp3",
])
def test_nothing_outside_the_folder(server: PreviewServer, path: str) -> None:
    status, _, body = request(server, path)
    assert status == 404
    assert b"secret" not in body


def test_symlinks_inside_the_folder_are_served(server: PreviewServer) -> None:
    status, _, body = request(server, "/alias.mp3", headers={"Range": "bytes=0-3"})
    assert status == 206 and body == AUDIO[:4]


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH"])
def test_read_only(server: PreviewServer, folder: Path, method: str) -> None:
    status, _, _ = request(server, "/ep.mp3", method)
    assert status == 501
    assert (folder / "ep.mp3").read_bytes() == AUDIO


def test_folders_redirect_then_list(server: PreviewServer) -> None:
    status, headers, _ = request(server, "/sub")
    assert status == 301 and headers["location"] == "/sub/"
    status, _, body = request(server, "/sub/")
    assert status == 200 and b"inner.txt" in body
    status, _, body = request(server, "/sub/inner.txt?x=1")
    assert status == 200 and body == b"inner"


def test_localhost_by_default_and_url(folder: Path) -> None:
    srv = serve.make_server(folder, port=0)
    try:
        assert srv.server_address[0] == "127.0.0.1"
        assert srv.url == f"http://127.0.0.1:{srv.server_address[1]}/"
    finally:
        srv.server_close()


def test_requests_are_logged_to_the_callback(folder: Path) -> None:
    lines: list[str] = []
    srv = serve.make_server(folder, port=0, log=lines.append)
    thread = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        request(srv, "/ep.vtt")
    finally:
        srv.shutdown()
        srv.server_close()
        thread.join(timeout=5)
    assert any("GET /ep.vtt" in line and "200" in line for line in lines)


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="folder not found"):
        serve.make_server(tmp_path / "nope", port=0)


def test_port_in_use(folder: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(ConfigError, match="--port"):
            serve.make_server(folder, "127.0.0.1", port)
