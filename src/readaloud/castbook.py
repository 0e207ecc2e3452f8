"""The cast book: the voice each automatically cast speaker got, kept in the podcast's folder."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from readaloud.cast import parse_voice_name
from readaloud.config import name_key
from readaloud.errors import ConfigError, OutputError
from readaloud.files import atomic_write_text
from readaloud.model import Voice

CAST_FILE = "cast.json"
"""The cast book's name in the output folder (beside feed.xml)."""
FORMAT_VERSION = 1
ABOUT = ("The voice readaloud gave each speaker of this podcast, so that they keep it in every "
         "episode. Delete an entry (or this file) to let a speaker be cast afresh; a voice set "
         "in voices.yaml always wins.")
_KEYS = ("version", "about", "voices")
_FIX = "fix it, or delete the file to cast every speaker afresh"


@dataclass(frozen=True)
class CastBook:
    """The remembered cast of one podcast."""

    voices: tuple[tuple[str, str], ...] = ()
    """Speaker name key (`name_key`) -> voice (`Voice.name`), in the order first cast."""

    def memory(self) -> dict[str, str]:
        """The book as the mapping `cast()` reads."""
        return dict(self.voices)

    def learn(self, learned: Sequence[tuple[str, Voice]]) -> CastUpdate:
        """What an episode cast from this book adds to it (`Casting.learned`)."""
        return CastUpdate(seen=self, learned=tuple((key, voice.name) for key, voice in learned))


@dataclass(frozen=True)
class CastUpdate:
    """What one episode's casting adds to the cast book it was planned with."""

    seen: CastBook
    """The book as it was read before casting."""
    learned: tuple[tuple[str, str], ...] = ()
    """Name key -> voice name of each speaker cast afresh, in casting order."""


def cast_path(folder: Path) -> Path:
    """Where the cast book of the podcast in `folder` lives."""
    return folder / CAST_FILE


# --------------------------------------------------------------------------------------------
# Reading and writing
# --------------------------------------------------------------------------------------------


def load_cast_book(folder: Path) -> CastBook:
    """The cast book in `folder`: empty when there is none; ConfigError when it is broken."""
    path = cast_path(folder)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return CastBook()
    except OSError as err:
        raise OutputError(f"cannot read {path}: {err.strerror or err}; check its permissions "
                          "or choose another folder") from err
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        _fail(str(path), "not UTF-8 text")
    return parse_cast_book(text, str(path))


def parse_cast_book(text: str, label: str) -> CastBook:
    """The cast book in JSON `text` (`label` names it in errors).

    Edge cases: names are normalised with name_key and voices written in their canonical
    form, so hand edits in any case or spacing work; a name given twice (also after
    normalising), an unknown key, a newer format version, a malformed voice or anything but
    JSON is a one-line ConfigError naming `label`.
    """
    try:
        root = json.loads(text, object_pairs_hook=lambda pairs: _unique_keys(pairs, label))
    except json.JSONDecodeError as err:
        _fail(label, f"not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})")
    if not isinstance(root, dict):
        _fail(label, 'expected an object {"version": 1, "voices": {...}}')
    unknown = [key for key in root if key not in _KEYS]
    if unknown:
        _fail(label, f"unknown key {unknown[0]!r}; expected {', '.join(_KEYS)}")
    _check_version(root.get("version"), label)
    voices = root.get("voices", {})
    if not isinstance(voices, dict):
        _fail(label, 'voices: expected an object {"speaker name": "voice", ...}')
    entries: dict[str, str] = {}
    for name, voice in voices.items():
        key = name_key(name)
        if not key:
            _fail(label, f"voices: empty speaker name {name!r}")
        if key in entries:
            _fail(label, f"voices: {name!r} is given twice")
        entries[key] = _voice_name(voice, f"voices.{name!r}", label)
    return CastBook(tuple(entries.items()))


def dump_cast_book(book: CastBook) -> str:
    """The cast book as indented JSON, one speaker a line."""
    body = {"version": FORMAT_VERSION, "about": ABOUT, "voices": dict(book.voices)}
    return json.dumps(body, ensure_ascii=False, indent=2) + "\n"


def merge(current: CastBook, update: CastUpdate) -> CastBook:
    """`current` with what `update` learned, compare-and-set on each entry.

    Edge cases: a new name is appended; a recast name keeps its place with its new voice; an
    entry that changed in the file since the episode was planned (another build remembered
    the same newcomer first, or a hand edit) is kept as it now is.
    """
    seen = update.seen.memory()
    voices = current.memory()
    for key, voice in update.learned:
        if voices.get(key) == seen.get(key):
            voices[key] = voice
    return CastBook(tuple(voices.items()))


def remember(folder: Path, update: CastUpdate) -> CastBook:
    """Add what `update` learned to the cast book in `folder` (written atomically, only when
    it changes) and return the book. The caller serialises concurrent calls (a lock)."""
    current = load_cast_book(folder)
    merged = merge(current, update)
    if merged != current:
        atomic_write_text(cast_path(folder), dump_cast_book(merged))
    return merged


# --------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------


def _unique_keys(pairs: list[tuple[str, Any]], label: str) -> dict[str, Any]:
    """A JSON object's pairs as a dict; a key given twice is an error (json keeps the last)."""
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            _fail(label, f"{key!r} is given twice")
        result[key] = value
    return result


def _check_version(version: object, label: str) -> None:
    """version: required, this format's number (a newer readaloud may write another)."""
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise ConfigError(f"{label}: written by a newer readaloud (format version {version}); "
                          "upgrade readaloud, or delete the file to cast every speaker afresh")
    if version != FORMAT_VERSION or isinstance(version, bool):
        _fail(label, f"version: expected {FORMAT_VERSION}, got {json.dumps(version)}")


def _voice_name(value: object, where: str, label: str) -> str:
    """A remembered voice in its canonical `Voice.name` form."""
    if not isinstance(value, str):
        _fail(label, f"{where}: expected a voice such as 'gmw/en-us+f3 pitch=75', "
                     f"got {json.dumps(value)}")
    try:
        return parse_voice_name(value, engine="").name
    except ConfigError as err:
        _fail(label, f"{where}: {err}")


def _fail(label: str, what: str) -> NoReturn:
    raise ConfigError(f"{label}: {what}; {_FIX}")
