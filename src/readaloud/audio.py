"""ffmpeg and pydub at the edge: finding ffmpeg, shaping PCM, encoding chunks, joining MP3s.

The system ffmpeg is used when it is on PATH, else the binary the imageio-ffmpeg wheel ships.
All subprocesses get argument lists, never shell strings.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readaloud.errors import DependencyError, OutputError, SynthesisError
from readaloud.files import describe_os_error

SAMPLE_RATE_OUT = 44100
"""Podcast MP3s are 44.1 kHz (GUIDE.md, "Spoken-word podcast audio")."""
FRAME_SAMPLES = 1152
"""Samples per MPEG-1 Layer III frame."""
PEAK_LIMIT_DB = -2.0
"""The limiter ceiling on samples before encoding; leaves room for the inter-sample and MP3
overshoot below -1 dBTP (measured: true peak -1.6 dBTP at most on the bundled example)."""


@functools.cache
def ffmpeg_path() -> str:
    """The ffmpeg binary: system first, then imageio-ffmpeg's."""
    found = shutil.which("ffmpeg")
    if found:
        return found
    try:
        import imageio_ffmpeg

        path: str = imageio_ffmpeg.get_ffmpeg_exe()
    except (ImportError, RuntimeError) as err:
        raise DependencyError(
            "ffmpeg not found; install it or `pip install imageio-ffmpeg`"
        ) from err
    # get_ffmpeg_exe returns $IMAGEIO_FFMPEG_EXE unchecked: a wrong one must fail here, with
    # this message, not as a traceback from the first encoder start.
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        raise DependencyError(f"ffmpeg not found (imageio-ffmpeg points to {path}, which is not "
                              "a program); install ffmpeg or `pip install imageio-ffmpeg`")
    return path


def pydub() -> Any:
    """pydub's AudioSegment, pointed at our ffmpeg (and without its import-time warning)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        from pydub import AudioSegment
    AudioSegment.converter = ffmpeg_path()
    return AudioSegment


@dataclass(frozen=True)
class Encoding:
    """MP3 encoder settings."""

    bitrate: int = 64
    """CBR kbps."""
    channels: int = 1
    """1 mono, 2 stereo."""

    def args(self) -> list[str]:
        """ffmpeg output arguments for this encoding."""
        return [
            "-af", f"aresample={SAMPLE_RATE_OUT}",
            "-ac", str(self.channels), "-ar", str(SAMPLE_RATE_OUT),
            "-c:a", "libmp3lame", "-b:a", f"{self.bitrate}k",
            # 7 is LAME's fast quality-2-ish preset: twice as fast as the default for speech
            # (GUIDE.md: 15 s instead of 34 s for two hours) with no audible loss at 64 kbps.
            "-compression_level", "7",
        ]


def silence(ms: int, sample_rate: int) -> bytes:
    """`ms` milliseconds of digital silence."""
    return b"\x00\x00" * (sample_rate * ms // 1000)


def decode_to_pcm(path: Path, sample_rate: int) -> bytes:
    """Any audio file (intro, outro) as 16-bit mono PCM at `sample_rate`, via pydub."""
    try:
        segment = pydub().from_file(str(path))
    except Exception as err:  # pydub raises bare exceptions for undecodable files
        raise SynthesisError(f"cannot read audio file {path}: {err}") from err
    segment = segment.set_channels(1).set_sample_width(2).set_frame_rate(sample_rate)
    raw: bytes = segment.raw_data
    return raw


def encode_raw(raw: Path, sample_rate: int, out: Path, encoding: Encoding
               ) -> subprocess.Popen[bytes]:
    """Start encoding a raw PCM file into an MP3 chunk; the caller waits on the process."""
    cmd = [ffmpeg_path(), "-nostdin", "-hide_banner", "-v", "error", "-y",
           "-f", "s16le", "-ar", str(sample_rate), "-ac", "1", "-i", str(raw),
           *encoding.args(), "-write_xing", "0", "-id3v2_version", "0", "-f", "mp3", str(out)]
    try:
        return subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
    except OSError as err:
        raise DependencyError(
            f"cannot run ffmpeg ({err}); install it or `pip install imageio-ffmpeg`") from err


def finish(process: subprocess.Popen[bytes], what: str) -> None:
    """Wait for an ffmpeg process; raise SynthesisError with its message if it failed."""
    try:
        _, err = process.communicate()
    except BaseException:  # Ctrl-C or SIGTERM while waiting: ffmpeg must not outlive us
        stop([process])
        raise
    if process.returncode != 0:
        lines = (err or b"").decode("utf-8", "replace").strip().splitlines()
        detail = lines[-1] if lines else f"exit status {process.returncode}"
        if "No space left" in detail or "File too large" in detail:
            raise OutputError(f"cannot write {what}: disk full or file too large; "
                              "free some space and retry")
        raise SynthesisError(f"ffmpeg failed on {what}: {detail}")


def stop(processes: list[subprocess.Popen[bytes]]) -> None:
    """Kill and reap ffmpeg processes that are no longer wanted (no orphans, no zombies)."""
    for process in processes:
        if process.poll() is None:
            process.kill()
        process.wait()
        if process.stderr is not None:
            process.stderr.close()


def count_frames(mp3: Path) -> int:
    """Number of audio frames in a headerless CBR MP3 chunk (scans frame headers)."""
    data = mp3.read_bytes()
    frames = pos = 0
    while pos + 4 <= len(data):
        size = _frame_size(data[pos:pos + 4])
        if size <= 0:
            raise SynthesisError(f"ffmpeg wrote a damaged MP3 chunk ({mp3.name}, byte {pos})")
        frames += 1
        pos += size
    return frames


_BITRATES = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0]
_RATES = [44100, 48000, 32000, 0]


def _frame_size(header: bytes) -> int:
    """Byte length of the MPEG-1 Layer III frame starting with `header`, or 0 if not one."""
    if header[0] != 0xFF or (header[1] & 0xFE) != 0xFA:
        return 0
    bitrate = _BITRATES[header[2] >> 4] * 1000
    rate = _RATES[(header[2] >> 2) & 3]
    if not bitrate or not rate:
        return 0
    padding = (header[2] >> 1) & 1
    return 144 * bitrate // rate + padding


def concat(chunks: list[Path], out: Path, workdir: Path) -> None:
    """Join MP3 chunks frame by frame into `out`, with a fresh Xing/Info header (stream copy)."""
    listing = workdir / "chunks.txt"
    try:
        listing.write_text("".join(f"file '{_escape(p)}'\n" for p in chunks), "utf-8")
    except OSError as err:
        raise OutputError(describe_os_error(err, listing)) from err
    cmd = [ffmpeg_path(), "-nostdin", "-hide_banner", "-v", "error", "-y", "-f", "concat",
           "-safe", "0", "-i", str(listing), "-map", "0:a", "-c", "copy", "-write_xing", "1",
           "-id3v2_version", "0", "-f", "mp3", str(out)]
    process = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    finish(process, out.name)


def _escape(path: Path) -> str:
    return str(path.resolve()).replace("'", "'\\''")
