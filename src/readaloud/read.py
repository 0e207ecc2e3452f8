"""Reading an article from a file, a folder, standard input or a web address into an Article.

This module gets the bytes (with size and time limits), decides their encoding and format, and
hands the decoded text to `readaloud.extract`, which finds the headline, headings, paragraphs
and page furniture. No network access happens unless the source is an http(s) address.
"""

from __future__ import annotations

import codecs
import http.client
import re
import socket
import ssl
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import IO, BinaryIO, Literal

from readaloud import __version__
from readaloud.errors import ConfigError, InputError
from readaloud.extract import html_article, is_web_url, markdown_article, text_article
from readaloud.model import Article

Format = Literal["text", "markdown", "html"]

ARTICLE_SUFFIXES: tuple[str, ...] = (".txt", ".md", ".markdown", ".html", ".htm")
"""The files a folder source contributes (sorted by name; hidden files are skipped)."""
_FORMATS: dict[str, Format] = {
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
    ".mkdn": "markdown", ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
}
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_CHUNK = 65536


def is_url(source: str) -> bool:
    """True for an http or https address (the only addresses readaloud fetches)."""
    return is_web_url(source)


def expand_sources(args: Sequence[str]) -> list[str]:
    """The articles named on the command line: files as given, a folder's articles, '-' and URLs.

    A folder contributes its .txt, .md, .markdown, .html and .htm files, sorted by name (not its
    subfolders, not hidden files). Raises InputError for a missing path, a folder without
    articles, and addresses that are not http or https.
    """
    found: list[str] = []
    for arg in args:
        if arg == "-" or is_url(arg):
            found.append(arg)
        elif _SCHEME.match(arg):
            raise InputError(f"{arg}: only http and https addresses can be read; "
                             "for a local file, pass its path")
        else:
            found.extend(_expand_path(arg))
    return found


def _expand_path(arg: str) -> list[str]:
    """`arg` itself for a file, the articles inside for a folder."""
    path = Path(arg)
    if not path.exists():
        raise InputError(f"{arg}: no such file or folder; check the path")
    if not path.is_dir():
        return [arg]
    try:
        entries = sorted((entry for entry in path.iterdir()
                          if entry.suffix.lower() in ARTICLE_SUFFIXES
                          and not entry.name.startswith(".") and entry.is_file()),
                         key=lambda entry: entry.name)
    except OSError as err:
        raise InputError(f"cannot list folder {arg}: {err.strerror or err}; "
                         "check its permissions") from err
    if not entries:
        raise InputError(f"no articles in folder {arg}: it has no "
                         f"{', '.join(ARTICLE_SUFFIXES)} file")
    return [str(entry) for entry in entries]


def read_article(source: str, *, encoding: str | None = None, title: str | None = None,
                 stdin: BinaryIO | None = None, timeout: float = 20.0,
                 max_bytes: int = 20_000_000) -> Article:
    """Read the article at `source` (a path, "-" for `stdin`, or an http(s) address).

    `encoding` forces a text codec (otherwise UTF-8, UTF-16/32 with a byte-order mark, or
    Windows-1252 when unambiguous); `title` names the article (the first line is then the
    headline only if it says the same). Addresses are fetched within `timeout` seconds; no
    source may exceed `max_bytes`. Raises InputError when the article cannot be read and
    ConfigError for an unknown encoding name.
    """
    if encoding is not None:
        check_encoding(encoding)
    title = " ".join(title.split()) if title else None
    if source == "-":
        data = _read_stream(stdin if stdin is not None else sys.stdin.buffer, "standard input",
                            max_bytes)
        return _article(source, decode(data, "standard input", encoding), title, None)
    if is_url(source):
        page = fetch(source, timeout=timeout, max_bytes=max_bytes)
        text = decode(page.data, source, encoding, declared=page.charset)
        return html_article(text, source, url=page.url, title=title)
    if _SCHEME.match(source):
        raise InputError(f"{source}: only http and https addresses can be read; "
                         "for a local file, pass its path")
    data = _read_file(source, max_bytes)
    fmt = _FORMATS.get(Path(source).suffix.lower())
    declared = _meta_charset(data) if fmt == "html" else None
    return _article(source, decode(data, source, encoding, declared=declared), title, fmt)


def _article(source: str, text: str, title: str | None, fmt: Format | None) -> Article:
    """Lay out decoded `text` in its format (sniffed from the text when `fmt` is None)."""
    fmt = fmt or sniff_format(text)
    if fmt == "html":
        return html_article(text, source, title=title)
    if fmt == "markdown":
        return markdown_article(text, source, title=title)
    return text_article(text, source, title=title)


_FRONT_MATTER_START = re.compile(r"^\ufeff?---[ \t]*\r?\n[\w-]+:", re.ASCII)


def sniff_format(text: str) -> Format:
    """The format of a text that has no telling file name (standard input, .txt files).

    Edge cases: "<!DOCTYPE html" or "<html" at the start (after spaces or a byte-order mark)
    is HTML; YAML front matter ("---" then "key:") is Markdown; anything else is plain text
    (Markdown without front matter reads fine as plain text).
    """
    head = text[:1000].lstrip("\ufeff \t\r\n").lower()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    if _FRONT_MATTER_START.match(text):
        return "markdown"
    return "text"


# --------------------------------------------------------------------------------------------
# Bytes from files and streams
# --------------------------------------------------------------------------------------------


def _too_large(name: str, max_bytes: int) -> InputError:
    return InputError(f"{name} is larger than {max_bytes:,} bytes; pass a single article "
                      "(or raise the size limit)")


def _read_file(source: str, max_bytes: int) -> bytes:
    """The bytes of the file `source`, with a clear InputError for every way that fails."""
    path = Path(source)
    try:
        if path.is_dir():
            raise InputError(f"{source} is a folder, not an article; pass the files in it "
                             "(readaloud build FOLDER builds every article inside)")
        with path.open("rb") as handle:
            return _read_stream(handle, source, max_bytes)
    except FileNotFoundError as err:
        raise InputError(f"{source}: no such file; check the path") from err
    except PermissionError as err:
        raise InputError(f"cannot read {source}: permission denied; "
                         "check the file's permissions") from err
    except IsADirectoryError as err:
        raise InputError(f"{source} is a folder, not an article; pass the files in it") from err
    except OSError as err:
        raise InputError(f"cannot read {source}: {err.strerror or err}") from err


def _read_stream(stream: IO[bytes] | BinaryIO, name: str, max_bytes: int) -> bytes:
    """At most `max_bytes` bytes from `stream`; InputError when there are more."""
    try:
        data = stream.read(max_bytes + 1)
    except OSError as err:
        raise InputError(f"cannot read {name}: {err.strerror or err}") from err
    if len(data) > max_bytes:
        raise _too_large(name, max_bytes)
    return bytes(data)


# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------


def check_encoding(encoding: str) -> None:
    """Raise ConfigError unless `encoding` names a Python text codec."""
    try:
        b"".decode(encoding)
    except LookupError as err:
        raise ConfigError(f"unknown encoding {encoding!r}; use a codec name such as utf-8, "
                          "cp1252, latin-1 or utf-16") from err


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
"""Byte-order marks, longest first. UTF-8 keeps U+FEFF in the text (offsets then match
`open(path, encoding="utf-8", newline="")`); UTF-16/32 decoding removes it."""

_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "a PNG image"), (b"\xff\xd8\xff", 0, "a JPEG image"),
    (b"GIF87a", 0, "a GIF image"), (b"GIF89a", 0, "a GIF image"),
    (b"%PDF-", 0, "a PDF document; save it as text first"),
    (b"PK\x03\x04", 0, "a ZIP archive or office document; save it as text first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "an old Office document; save it as text first"),
    (b"{\\rtf", 0, "an RTF document; save it as plain text first"),
    (b"\x1f\x8b", 0, "gzip-compressed data; decompress it first"),
    (b"BZh", 0, "bzip2-compressed data; decompress it first"),
    (b"\xfd7zXZ\x00", 0, "xz-compressed data; decompress it first"),
    (b"7z\xbc\xaf\x27\x1c", 0, "a 7-Zip archive"), (b"OggS\x00", 0, "Ogg audio"),
    (b"fLaC", 0, "FLAC audio"), (b"\x7fELF", 0, "a program"), (b"ftyp", 4, "a video or audio file"),
    (b"SQLite format 3\x00", 0, "a database"), (b"WEBP", 8, "a WebP image"),
    (b"WAVE", 8, "WAV audio"), (b"ID3\x02", 0, "MP3 audio"), (b"ID3\x03", 0, "MP3 audio"),
    (b"ID3\x04", 0, "MP3 audio"), (b"II*\x00", 0, "a TIFF image"), (b"MM\x00*", 0, "a TIFF image"),
)
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32), 127])
"""Control bytes that plain text does not use (tab, line ends, form feed and ESC excluded)."""
BINARY_CONTROL_SHARE = 0.05
"""More control bytes than this share of the data means binary data, not text."""
MAX_FOREIGN_LETTERS = 0.3
"""Windows-1252 is accepted when at most this share of its letters are non-ASCII; more means
another code page (Cyrillic, Greek, ...) decoded wrongly."""


def decode(data: bytes, name: str, encoding: str | None = None,
           declared: str | None = None) -> str:
    """The text of `data`, with the encoding forced, declared (HTTP header, HTML meta), or found.

    Order: a forced `encoding`; a byte-order mark (UTF-8, UTF-16, UTF-32); UTF-16 without a
    mark when every other byte is NUL; binary data refused; UTF-8; the `declared` charset;
    Windows-1252 (a superset of Latin-1's printable characters) when the letters look
    Western European. Anything else: InputError asking for --encoding.
    """
    if encoding is not None:
        return _decode_as(data, encoding, name)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, codec, name)
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16
    _refuse_binary(data, name)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return _decode_western(data, name)


def _decode_as(data: bytes, codec: str, name: str) -> str:
    """`data` decoded with `codec`, strictly."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as err:
        raise InputError(f"{name} is not valid {codec} text (byte {data[err.start]:#04x} at "
                         f"offset {err.start}); pass the right --encoding") from err
    except LookupError as err:
        raise ConfigError(f"unknown encoding {codec!r}; use a codec name such as utf-8, "
                          "cp1252, latin-1 or utf-16") from err


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark (ASCII-heavy: every other byte NUL), or None."""
    sample = data[:4096]
    if len(sample) < 8 or len(data) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) <= 0.05 * len(other):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            return text if "\x00" not in text else None
    return None


def _refuse_binary(data: bytes, name: str) -> None:
    """InputError when `data` is a known binary format or has many control bytes."""
    for magic, offset, kind in _SIGNATURES:
        if data.startswith(magic, offset):
            raise InputError(f"{name} looks like binary data ({kind}), not text; "
                             "pass the article as a .txt, .md or .html file")
    sample = data[:1 << 20]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > BINARY_CONTROL_SHARE * len(sample):
        raise InputError(f"{name} looks like binary data, not text; "
                         "pass the article as a .txt, .md or .html file")


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                            rb"|[\xf0-\xf4][\x80-\xbf]{3}")
"""A multi-byte UTF-8 character; in Windows-1252 these read as mojibake ("CafÃ©", "â€™")."""


def _decode_western(data: bytes, name: str) -> str:
    """Windows-1252 text when the result reads as a Western European language, else InputError.

    Edge case: UTF-8 text with a few stray bytes (two files pasted together, a damaged copy) is
    not Windows-1252: decoding it so would turn every accented letter into mojibake, silently.
    """
    if _UTF8_SEQUENCE.search(data):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as err:
            raise InputError(f"{name} is UTF-8 with invalid bytes in it (byte "
                             f"{data[err.start]:#04x} at offset {err.start}); repair the file, "
                             "or pass --encoding NAME if it is not UTF-8") from err
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        letters = sum(1 for char in text if char.isalpha())
        foreign = sum(1 for char in text if ord(char) > 127 and char.isalpha())
        if foreign <= MAX_FOREIGN_LETTERS * letters:
            return text
    raise InputError(f"{name} is not UTF-8 and its encoding is unclear; pass --encoding NAME "
                     "(for example cp1252, latin-1, cp1251 or shift_jis)")


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag near its start, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match[1].decode("ascii") if match else None


# --------------------------------------------------------------------------------------------
# Web addresses
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Page:
    """A fetched web page: its bytes, the address it was finally served from, its charset."""

    data: bytes
    url: str
    charset: str | None


class _WebOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects only to http and https addresses; anything else is an InputError."""

    def http_error_302(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                       headers: http.client.HTTPMessage) -> IO[bytes] | None:
        target = headers.get("Location") or headers.get("URI") or ""
        absolute = urllib.parse.urljoin(req.full_url, target)
        if urllib.parse.urlsplit(absolute).scheme.lower() not in ("http", "https"):
            raise InputError(f"{req.full_url} redirects to {absolute}; only http and https "
                             "addresses are followed, so save the page and pass the file")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def fetch(url: str, *, timeout: float = 20.0, max_bytes: int = 20_000_000) -> Page:
    """GET an HTML page: the whole answer within `timeout` seconds and `max_bytes` bytes.

    Raises InputError, with what to do next, when offline, when the name does not resolve, on
    an HTTP error, a time-out, a redirect to a non-web address, a non-HTML answer, or a page
    that is too large.
    """
    host = urllib.parse.urlsplit(url).hostname or url
    opener = urllib.request.build_opener(_WebOnlyRedirects)
    request = urllib.request.Request(url, headers={
        "User-Agent": f"readaloud/{__version__} (article reader)",
        "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"})
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            _check_answer(url, response.headers, max_bytes)
            data = _read_until(response, url, max_bytes, deadline, timeout)
            return Page(data, response.geturl(), response.headers.get_content_charset())
    except InputError:
        raise
    except urllib.error.HTTPError as err:
        raise InputError(f"{url} answered HTTP {err.code} {err.reason}; "
                         "check the address") from err
    except urllib.error.URLError as err:
        raise InputError(_network_problem(url, host, err.reason, timeout)) from err
    except TimeoutError as err:
        raise InputError(_network_problem(url, host, err, timeout)) from err
    except (http.client.HTTPException, OSError, ValueError) as err:
        raise InputError(f"cannot fetch {url}: {err or type(err).__name__}; "
                         "check the address or save the page and pass the file") from err


def _check_answer(url: str, headers: Message, max_bytes: int) -> None:
    """InputError for a non-HTML answer or one announced as larger than `max_bytes`."""
    declared_type = headers.get("Content-Type")
    if declared_type is not None and headers.get_content_type() not in _HTML_TYPES:
        raise InputError(f"{url} is {headers.get_content_type()}, not a web page; "
                         "readaloud reads HTML pages from addresses (save other files and "
                         "pass the file)")
    length = headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise _too_large(url, max_bytes)


def _read_until(response: IO[bytes], url: str, max_bytes: int, deadline: float,
                timeout: float) -> bytes:
    """The body of `response`, refusing more than `max_bytes` or reading past `deadline`."""
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = response.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(url, max_bytes)
        if time.monotonic() > deadline:
            raise InputError(f"{url} did not finish loading within {timeout:g} s; "
                             "try again later or save the page and pass the file")
        chunks.append(chunk)


def _network_problem(url: str, host: str, reason: object, timeout: float) -> str:
    """One line saying why `url` could not be reached and what to do."""
    if isinstance(reason, socket.gaierror):
        return (f"cannot find {host}: the machine is offline or the name is wrong; "
                "check the address and the connection")
    if isinstance(reason, TimeoutError):
        return f"no answer from {host} within {timeout:g} s; try again later"
    if isinstance(reason, ConnectionRefusedError):
        return f"{host} refused the connection; check the address"
    if isinstance(reason, ssl.SSLError):
        return f"secure connection to {host} failed ({reason}); check the address"
    return f"cannot fetch {url}: {reason}; check the address and the connection"
