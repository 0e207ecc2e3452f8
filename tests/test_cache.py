"""The clip cache: round trip, corruption and truncation detection, keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from readaloud.cache import Cache, make_key, read_pcm


def test_clip_round_trip(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    pcm = bytes(range(256)) * 10
    stored = cache.put_clip("ab" * 32, pcm, 22050, -19.5)
    got = cache.get_clip("ab" * 32)
    assert got == stored
    assert read_pcm(got) == pcm
    assert got.loudness == -19.5


def test_missing_clip_is_none(tmp_path: Path) -> None:
    assert Cache(tmp_path).get_clip("cd" * 32) is None


@pytest.mark.parametrize("damage", ["truncate", "flip", "empty", "garbage"])
def test_damaged_clip_is_detected_and_removed(tmp_path: Path, damage: str) -> None:
    cache = Cache(tmp_path)
    key = "ef" * 32
    cache.put_clip(key, b"\x01\x02" * 1000, 22050, None)
    path = cache.clip_path(key)
    data = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(data[:-7])
    elif damage == "flip":
        path.write_bytes(data[:-1] + bytes([data[-1] ^ 0xFF]))
    elif damage == "empty":
        path.write_bytes(b"")
    else:
        path.write_bytes(b"not a clip at all" * 5)
    assert cache.get_clip(key) is None
    assert not path.exists()


def test_keys_change_with_every_part() -> None:
    base = make_key("clip", "pyttsx3", "1", "gmw/en-us", 175, 50, 1.0, "Hello.")
    variants = [
        make_key("clip", "pyttsx3", "2", "gmw/en-us", 175, 50, 1.0, "Hello."),
        make_key("clip", "pyttsx3", "1", "gmw/en-us+f3", 175, 50, 1.0, "Hello."),
        make_key("clip", "pyttsx3", "1", "gmw/en-us", 176, 50, 1.0, "Hello."),
        make_key("clip", "pyttsx3", "1", "gmw/en-us", 175, 51, 1.0, "Hello."),
        make_key("clip", "pyttsx3", "1", "gmw/en-us", 175, 50, 0.9, "Hello."),
        make_key("clip", "pyttsx3", "1", "gmw/en-us", 175, 50, 1.0, "Hello!"),
    ]
    assert len({base, *variants}) == 1 + len(variants)


def test_chunk_metadata_must_match_size(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    mp3 = tmp_path / "x.mp3"
    mp3.write_bytes(b"\xff\xfb" * 100)
    stored = cache.put_chunk("12" * 32, mp3, {"frames": 3})
    assert cache.get_chunk("12" * 32) is not None
    stored.write_bytes(b"\xff\xfb" * 50)  # truncated after the fact
    assert cache.get_chunk("12" * 32) is None


def test_info_and_clear(tmp_path: Path) -> None:
    cache = Cache(tmp_path)
    cache.put_clip("aa" * 32, b"\x00\x01" * 10, 22050, None)
    info = cache.info()
    assert (info.clips, info.chunks) == (1, 0)
    assert info.bytes > 20
    cache.clear()
    assert cache.info().clips == 0


def test_unwritable_cache_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert not Cache(blocker / "sub").writable()
