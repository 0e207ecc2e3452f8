"""The preview server: an output folder served read-only over HTTP, with byte ranges for seeking."""

from __future__ import annotations

import email.utils
import errno
import os
import re
import socket
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, BinaryIO

from readaloud.errors import ConfigError, InputError

CONTENT_TYPES: dict[str, str] = {
    ".mp3": "audio/mpeg",
    ".vtt": "text/vtt; charset=utf-8",
    ".srt": "application/x-subrip; charset=utf-8",
    ".json": "application/json",
    ".xml": "application/xml; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
}
"""Content-Type by file suffix; anything else is application/octet-stream."""
CHUNK = 64 * 1024
"""Bytes sent per write."""

Log = Callable[[str], None]


@dataclass(frozen=True)
class ByteRange:
    """Bytes first..last of a file, both included."""

    first: int
    last: int

    @property
    def length(self) -> int:
        """How many bytes."""
        return self.last - self.first + 1


class Unsatisfiable(Exception):
    """The Range header asks for bytes the file does not have (or is malformed): 416."""


_RANGE = re.compile(r"\s*(\d*)\s*-\s*(\d*)\s*")


def parse_range(header: str | None, size: int) -> ByteRange | None:
    """The byte range a Range header asks for, None to send the whole file (200).

    Edge cases (RFC 9110, 14.2): no header, another unit than bytes, or several ranges: the
    whole file (a server may ignore Range; several ranges would need multipart replies).
    "bytes=5-" to the end; "bytes=-500" the last 500 bytes (the whole file if it is shorter);
    a last byte past the end is cut to the end. Malformed ("bytes=x-1", "bytes=-", "bytes=5-2"),
    a first byte at or past the end, "bytes=-0", or any range of an empty file: Unsatisfiable.
    """
    if header is None:
        return None
    unit, _, spec = header.partition("=")
    if unit.strip().lower() != "bytes":
        return None
    if "," in spec:
        return None
    match = _RANGE.fullmatch(spec)
    if not match or not (match.group(1) or match.group(2)):
        raise Unsatisfiable(header)
    first_text, last_text = match.groups()
    if not first_text:
        suffix = int(last_text)
        if suffix == 0 or size == 0:
            raise Unsatisfiable(header)
        return ByteRange(max(size - suffix, 0), size - 1)
    first = int(first_text)
    last = int(last_text) if last_text else size - 1
    if last < first or first >= size:
        raise Unsatisfiable(header)
    return ByteRange(first, min(last, size - 1))


def content_type(path: Path) -> str:
    """The Content-Type for a file, by its suffix (see CONTENT_TYPES)."""
    return CONTENT_TYPES.get(path.suffix.lower(), "application/octet-stream")


def resolve_inside(root: Path, path: Path) -> Path | None:
    """`path` with symlinks resolved when that is `root` or inside it (root already resolved);
    None for anything outside (a ".." that survived, a symlink out, a symlink loop)."""
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError):
        return None
    return resolved if resolved == root or root in resolved.parents else None


class PreviewHandler(SimpleHTTPRequestHandler):
    """GET and HEAD only (other methods get 501), files inside the folder only, byte ranges."""

    server_version = "readaloud-preview"
    log: Log | None = None

    def __init__(self, *args: Any, directory: str, log: Log | None = None, **kwargs: Any):
        self.log = log
        super().__init__(*args, directory=directory, **kwargs)

    def do_GET(self) -> None:
        """Send the file (or range), a folder listing, or an error."""
        body = self._head()
        if body is not None:
            try:
                self._copy(*body)
            finally:
                body[0].close()

    def do_HEAD(self) -> None:
        """The headers GET would send."""
        body = self._head()
        if body is not None:
            body[0].close()

    def _head(self) -> tuple[BinaryIO, int] | None:
        """Send status and headers; return what to send as the body and how many bytes."""
        asked = Path(self.translate_path(self.path))  # "..", "%2e%2e" already dropped here
        path = resolve_inside(Path(self.directory).resolve(), asked)
        if path is None:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        if path.is_dir():
            return self._folder(path)
        try:
            handle = path.open("rb")  # the resolved path: what was checked is what is opened
            size = os.fstat(handle.fileno()).st_size
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        return self._send_headers(handle, asked, size)

    def _folder(self, path: Path) -> tuple[BinaryIO, int] | None:
        """A folder: redirect to the address ending in "/", then the standard listing (an
        index.html is listed, not served in its place)."""
        address = self.path.split("?", 1)[0].split("#", 1)[0]
        if not address.endswith("/"):
            self.send_response(HTTPStatus.MOVED_PERMANENTLY)
            self.send_header("Location", address + "/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        listing = self.list_directory(str(path))
        return None if listing is None else (listing, len(listing.getvalue()))

    def _send_headers(self, handle: BinaryIO, path: Path, size: int
                      ) -> tuple[BinaryIO, int] | None:
        modified = email.utils.formatdate(os.fstat(handle.fileno()).st_mtime, usegmt=True)
        if_range = self.headers.get("If-Range")
        try:
            wanted = None if if_range and if_range != modified else parse_range(
                self.headers.get("Range"), size)
        except Unsatisfiable:
            handle.close()
            self.send_response(HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE)
            self.send_header("Content-Range", f"bytes */{size}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        if wanted is None:
            self.send_response(HTTPStatus.OK)
            length = size
        else:
            self.send_response(HTTPStatus.PARTIAL_CONTENT)
            self.send_header("Content-Range", f"bytes {wanted.first}-{wanted.last}/{size}")
            handle.seek(wanted.first)
            length = wanted.length
        self.send_header("Content-Type", content_type(path))
        self.send_header("Content-Length", str(length))
        self.send_header("Accept-Ranges", "bytes")
        self.send_header("Last-Modified", modified)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        return handle, length

    def _copy(self, handle: BinaryIO, length: int) -> None:
        """Send `length` bytes; a client that hangs up (players often do) is not an error."""
        try:
            while length > 0:
                chunk = handle.read(min(CHUNK, length))
                if not chunk:
                    break
                self.wfile.write(chunk)
                length -= len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args: Any) -> None:
        """One line per request to the `log` callback, if any; silent otherwise."""
        if self.log is not None:
            self.log(f"{self.address_string()} {format % args}")


class PreviewServer(ThreadingHTTPServer):
    """A threading HTTP server that knows its folder and address."""

    daemon_threads = True

    @property
    def url(self) -> str:
        """The address to open, e.g. http://127.0.0.1:8000/."""
        host, port = self.server_address[0], self.server_address[1]
        text = host.decode() if isinstance(host, bytes) else str(host)
        shown = f"[{text}]" if ":" in text else text
        return f"http://{shown}:{port}/"


class PreviewServer6(PreviewServer):
    """The same on IPv6 (a host like "::1" or "::")."""

    address_family = socket.AF_INET6


def make_server(folder: Path, host: str = "127.0.0.1", port: int = 8000,
                log: Log | None = None) -> PreviewServer:
    """A server for `folder`, listening but not yet serving (call serve_forever()).

    Port 0 picks a free port (tests). InputError when the folder is missing; ConfigError when
    the address cannot be used (port taken, unknown host).
    """
    if not folder.is_dir():
        raise InputError(f"folder not found: {folder}; give the output folder of "
                         "`readaloud build`")
    handler = partial(PreviewHandler, directory=str(folder.resolve()), log=log)
    server_class = PreviewServer6 if ":" in host else PreviewServer
    try:
        return server_class((host, port), handler)
    except OSError as err:
        if err.errno == errno.EADDRINUSE:
            raise ConfigError(f"cannot listen on {host}:{port}: the port is in use; choose "
                              "another with --port") from err
        raise ConfigError(f"cannot listen on {host}:{port}: {err.strerror or err}; check "
                          "--host and --port") from err


def serve(folder: Path, host: str = "127.0.0.1", port: int = 8000,
          log: Log | None = None) -> None:
    """Serve `folder` until Ctrl-C. Localhost only by default; `host="0.0.0.0"` shares it on
    the local network (for a phone's podcast app). `log` receives the address, then one line
    per request."""
    server = make_server(folder, host, port, log)
    if log is not None:
        log(f"serving {folder} at {server.url} (feed: {server.url}feed.xml); Ctrl-C stops")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
