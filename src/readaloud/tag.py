"""ID3 tags and chapters (mutagen): the last write to an episode's MP3.

Chapters are written the way every chapter-capable player reads them (GUIDE.md): ID3v2.3, CHAP
frames stored in start-time order, one top-level ordered CTOC with a title, byte offsets
0xFFFFFFFF, chapters contiguous from 0 to the encoded duration. Nothing remuxes the file after
tagging.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mutagen import MutagenError
from mutagen.id3 import (
    APIC,
    CHAP,
    COMM,
    CTOC,
    ID3,
    TALB,
    TCON,
    TCOP,
    TDRC,
    TIT2,
    TLAN,
    TPE1,
    TPE2,
    TXXX,
    USLT,
    WOAS,
    CTOCFlags,
)
from mutagen.id3._tags import save_frame
from mutagen.mp3 import MP3

from readaloud.errors import OutputError
from readaloud.files import describe_os_error
from readaloud.model import Script, Show, Timeline

FINGERPRINT = "readaloud-fingerprint"
"""TXXX description holding the hash of everything the episode was built from."""
_NO_OFFSET = 0xFFFFFFFF
_LANGUAGES = {"en": "eng", "de": "deu", "fr": "fra", "es": "spa", "it": "ita", "nl": "nld",
              "pt": "por", "sv": "swe", "da": "dan", "nb": "nob", "no": "nor", "fi": "fin",
              "pl": "pol", "cs": "ces", "ru": "rus", "uk": "ukr", "zh": "zho", "ja": "jpn",
              "ko": "kor", "ar": "ara", "he": "heb", "hi": "hin", "tr": "tur", "el": "ell"}


class _OrderedID3(ID3):
    """mutagen's ID3 with frames saved in our order: CHAP frames by start time.

    mutagen sorts frames by size when saving (quodlibet/mutagen#506), which stores chapters out
    of order; ffmpeg-based players list chapters in file order. Text frames first, then chapters
    in time order, then the table of contents, then pictures last (they are large).
    """

    def _write(self, config: Any) -> bytearray:
        def key(frame: Any) -> tuple[int, int, str]:
            if frame.FrameID == "CHAP":
                return (1, frame.start_time, frame.element_id)
            if frame.FrameID == "CTOC":
                return (2, 0, "")
            if frame.FrameID == "APIC":
                return (3, 0, "")
            return (0, 0, frame.HashKey)

        frames = sorted(self.values(), key=key)
        return bytearray().join(save_frame(f, config=config) for f in frames)


def iso639_2(language: str) -> str:
    """Three-letter language code for TLAN/USLT/COMM ("en-US" -> "eng"; unknown -> "und")."""
    return _LANGUAGES.get(language.split("-")[0].lower(), "und")


def duration_ms(path: Path) -> int:
    """The MP3's duration as mutagen (and the chapter lint) reads it."""
    info: Any = MP3(str(path)).info
    return round(float(info.length) * 1000)


def read_fingerprint(path: Path) -> str | None:
    """The fingerprint stored in an episode, or None (no file, no tag, not ours)."""
    try:
        tags = ID3(str(path))
    except (MutagenError, OSError, ValueError):  # missing, untagged or damaged: rebuild it
        return None
    frames = tags.getall(f"TXXX:{FINGERPRINT}")
    return str(frames[0].text[0]) if frames and frames[0].text else None


def write_tags(path: Path, script: Script, timeline: Timeline, show: Show, *,
               description: str, transcript: str, cover: tuple[bytes, str] | None,
               fingerprint: str) -> None:
    """Replace all tags of `path` with the episode's tags and chapters (ID3v2.3)."""
    language = iso639_2(script.meta.language or show.language)
    tags = _OrderedID3()
    author = script.meta.author or show.author
    tags.add(TIT2(encoding=1, text=script.title))
    tags.add(TALB(encoding=1, text=show.title))
    if author:
        tags.add(TPE1(encoding=1, text=author))
    if show.author:
        tags.add(TPE2(encoding=1, text=show.author))
    tags.add(TCON(encoding=1, text="Podcast"))
    if script.meta.date:
        tags.add(TDRC(encoding=1, text=script.meta.date))
    tags.add(TLAN(encoding=1, text=language))
    tags.add(COMM(encoding=1, lang=language, desc="", text=description))
    tags.add(USLT(encoding=1, lang=language, desc="transcript", text=transcript))
    if script.meta.url:
        tags.add(WOAS(url=script.meta.url))
    if show.copyright:
        tags.add(TCOP(encoding=1, text=show.copyright))
    tags.add(TXXX(encoding=1, desc=FINGERPRINT, text=fingerprint))
    if cover:
        data, mime = cover
        tags.add(APIC(encoding=0, mime=mime, type=3, desc="Cover", data=data))
    _add_chapters(tags, timeline)
    try:
        tags.save(str(path), v2_version=3, v1=0, padding=lambda info: 1024)
    except MutagenError as err:  # mutagen wraps the OSError of a full disk or a lost file
        cause = err.args[0] if err.args and isinstance(err.args[0], OSError) else None
        if cause is None:
            raise
        raise OutputError(describe_os_error(cause, path)) from err


def _add_chapters(tags: ID3, timeline: Timeline) -> None:
    ids = [f"ch{i}" for i in range(len(timeline.chapters))]
    for element_id, chapter in zip(ids, timeline.chapters, strict=True):
        tags.add(CHAP(element_id=element_id, start_time=chapter.start_ms, end_time=chapter.end_ms,
                      start_offset=_NO_OFFSET, end_offset=_NO_OFFSET,
                      sub_frames=[TIT2(encoding=1, text=chapter.title)]))
    tags.add(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED,
                  child_element_ids=ids, sub_frames=[TIT2(encoding=1, text="Chapters")]))
