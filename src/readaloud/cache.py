"""The clip and chunk cache: content-addressed files that survive crashes and concurrent builds.

Entries are keyed by everything that changes their sound (engine and version, voice, rate,
pitch, volume, spoken text; for chunks, every clip key, pause and encoder setting). Each entry
is written to a temporary file and renamed into place, so two builds can fill the cache at once
and an interrupted build leaves no partial entry. A clip file carries its own length and CRC32:
a truncated or corrupted entry is detected on read, deleted and regenerated.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import shutil
import struct
import tempfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from readaloud.model import Clip

FORMAT = 1
_MAGIC = b"RACL"
_HEADER = struct.Struct("<4sHIIdI")  # magic, format, sample rate, samples, loudness, crc32


def default_cache_dir() -> Path:
    """$READALOUD_CACHE_DIR, else the platform's user cache folder (~/.cache/readaloud)."""
    env = os.environ.get("READALOUD_CACHE_DIR")
    return Path(env) if env else Path(platformdirs.user_cache_dir("readaloud"))


def make_key(*parts: object) -> str:
    """A stable hex key over JSON-serialisable parts."""
    blob = json.dumps([FORMAT, *parts], ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CacheInfo:
    """What `readaloud cache info` prints."""

    path: Path
    clips: int
    chunks: int
    bytes: int


class Cache:
    """A folder of clips (`clips/ab/<key>.clip`) and encoded chunks (`chunks/ab/<key>.mp3`)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    # -- paths -----------------------------------------------------------------------------

    def clip_path(self, key: str) -> Path:
        """Where the clip with this key lives."""
        return self.root / "clips" / key[:2] / f"{key}.clip"

    def chunk_path(self, key: str) -> Path:
        """Where the encoded chunk with this key lives (its metadata sits beside it as .json)."""
        return self.root / "chunks" / key[:2] / f"{key}.mp3"

    def writable(self) -> bool:
        """True when entries can be stored here (the folder can be made and written)."""
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=self.root):
                pass
        except OSError:
            return False
        return True

    # -- clips -----------------------------------------------------------------------------

    def get_clip(self, key: str) -> Clip | None:
        """The cached clip, or None when absent, truncated or corrupted (then it is removed)."""
        path = self.clip_path(key)
        try:
            with path.open("rb") as handle:
                header = handle.read(_HEADER.size)
                pcm = handle.read()
        except OSError:
            return None
        clip = _check_clip(path, header, pcm)
        if clip is None:
            with contextlib.suppress(OSError):
                path.unlink()
        return clip

    def put_clip(self, key: str, pcm: bytes, sample_rate: int, loudness: float | None) -> Clip:
        """Store PCM (16-bit mono) under `key`, atomically; return the clip."""
        path = self.clip_path(key)
        lufs = float("nan") if loudness is None else loudness
        header = _HEADER.pack(_MAGIC, FORMAT, sample_rate, len(pcm) // 2, lufs, zlib.crc32(pcm))
        _atomic_store(path, header + pcm)
        return Clip(path=path, samples=len(pcm) // 2, sample_rate=sample_rate, loudness=loudness)

    # -- chunks ----------------------------------------------------------------------------

    def get_chunk(self, key: str) -> tuple[Path, dict[str, object]] | None:
        """An encoded chunk and its metadata, or None when absent or inconsistent."""
        path = self.chunk_path(key)
        try:
            meta = json.loads(path.with_suffix(".json").read_text("utf-8"))
            size = path.stat().st_size
        except (OSError, ValueError):
            return None
        if not isinstance(meta, dict) or meta.get("size") != size:
            return None
        return path, meta

    def put_chunk(self, key: str, mp3: Path, meta: dict[str, object]) -> Path:
        """Move an encoded chunk file into the cache with its metadata; return its cache path."""
        path = self.chunk_path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        meta = {**meta, "size": mp3.stat().st_size}
        _atomic_store(path.with_suffix(".json"), json.dumps(meta).encode("utf-8"))
        os.replace(mp3, path)  # the metadata's size check catches a crash in between
        return path

    # -- housekeeping ----------------------------------------------------------------------

    def info(self) -> CacheInfo:
        """Count entries and bytes."""
        clips = chunks = size = 0
        for path in _walk(self.root):
            size += path.stat().st_size
            clips += path.suffix == ".clip"
            chunks += path.suffix == ".mp3"
        return CacheInfo(path=self.root, clips=clips, chunks=chunks, bytes=size)

    def clear(self) -> None:
        """Remove every entry."""
        for sub in ("clips", "chunks"):
            shutil.rmtree(self.root / sub, ignore_errors=True)


def _check_clip(path: Path, header: bytes, pcm: bytes) -> Clip | None:
    if len(header) != _HEADER.size:
        return None
    magic, fmt, rate, samples, lufs, crc = _HEADER.unpack(header)
    if magic != _MAGIC or fmt != FORMAT or samples * 2 != len(pcm) or zlib.crc32(pcm) != crc:
        return None
    loudness = None if math.isnan(lufs) else lufs
    return Clip(path=path, samples=samples, sample_rate=rate, loudness=loudness)


def read_pcm(clip: Clip) -> bytes:
    """The samples of a clip (already verified when the clip was obtained)."""
    with clip.path.open("rb") as handle:
        handle.seek(_HEADER.size)
        return handle.read()


def _atomic_store(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _walk(root: Path) -> Iterable[Path]:
    for sub in ("clips", "chunks"):
        folder = root / sub
        if folder.is_dir():
            yield from (p for p in folder.rglob("*") if p.is_file())
