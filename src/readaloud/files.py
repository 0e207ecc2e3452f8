"""Safe file writing: atomic replacement, output names that stay inside the output folder."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from readaloud.errors import OutputError

_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
             *(f"lpt{i}" for i in range(10))}
TEMP_PREFIX = ".readaloud-tmp-"
"""Every temporary file we create starts with this, so leftovers are easy to recognise."""


def safe_stem(name: str, fallback: str = "episode", max_len: int = 80) -> str:
    """A file name stem from any title or path stem: ASCII letters, digits, '-' only.

    Edge cases: '/', '..', ':' and other separators become '-'; Windows reserved names
    (con, nul, com1...) get a suffix; an empty result (only punctuation, CJK only) falls back
    to `fallback`; long names are cut at a '-' boundary to `max_len`.
    """
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    if len(text) > max_len:
        text = text[:max_len].rsplit("-", 1)[0] or text[:max_len]
    if not text:
        text = fallback
    if text in _RESERVED:
        text += "-episode"
    return text


def describe_os_error(err: OSError, path: Path) -> str:
    """One line saying what went wrong writing `path` and what to do about it."""
    if err.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return f"cannot write {path}: disk full or file too large; free some space and retry"
    if err.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"cannot write {path}: permission denied; choose another folder with -o"
    if err.errno in (errno.ENOTDIR, errno.EEXIST):  # mkdir where a file has the name
        return (f"cannot write {path}: a file is in the way where a folder is needed; "
                "choose another folder with -o")
    return f"cannot write {path}: {err.strerror or err}"


@contextlib.contextmanager
def atomic_file(path: Path, mode: str = "wb") -> Iterator[IO[bytes]]:
    """Write `path` through a temporary file in the same folder, renamed into place on success.

    On any failure (exception, Ctrl-C) the temporary file is removed and `path` is untouched,
    so a reader never sees a half-written file under the final name.
    """
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=path.suffix, dir=folder)
    except OSError as err:
        raise OutputError(describe_os_error(err, path)) from err
    try:
        with os.fdopen(fd, mode) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; published files must be readable
        os.replace(tmp, path)
    except OSError as err:
        _unlink_quietly(Path(tmp))
        raise OutputError(describe_os_error(err, path)) from err
    except BaseException:
        _unlink_quietly(Path(tmp))
        raise


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically (see atomic_file)."""
    with atomic_file(path) as handle:
        handle.write(data)


def atomic_write_text(path: Path, text: str) -> None:
    """Write UTF-8 `text` to `path` atomically, with '\\n' line ends."""
    atomic_write_bytes(path, text.encode("utf-8"))


def inside(folder: Path, name: str) -> Path:
    """`folder / name`, refusing any name that would leave `folder`."""
    target = (folder / name).resolve()
    if folder.resolve() not in target.parents:
        raise OutputError(f"refusing to write outside the output folder: {name}")
    return target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
