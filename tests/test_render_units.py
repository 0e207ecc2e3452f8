"""Render decisions that need no audio: chunk boundaries, chapter contiguity, frame counting."""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from readaloud import audio
from readaloud.engines.fake import FakeEngine
from readaloud.model import Line, Script, Segment, Voice
from readaloud.pace import short_title
from readaloud.render import RenderSettings, build_timeline, chapters_from, chunk, pieces_for

VOICE = Voice("fake", "gmw/en-us")
SETTINGS = RenderSettings(encoding=audio.Encoding(), target_lufs=-19.0)


def _script(paragraphs: list[str]) -> Script:
    lines, pos = [], 0
    for block, text in enumerate(paragraphs):
        seg = Segment(kind="narration", start=pos, end=pos + len(text), text=text, block=block)
        pos += len(text) + 2
        lines.append(Line(segment=seg, voice=VOICE, spoken=text, pause_ms=700 if block else 0))
    return Script(title="t", source="t.txt", lines=tuple(lines), speakers=(), narrator=VOICE)


def _chunk_keys(script: Script) -> list[str]:
    pieces = pieces_for(script, FakeEngine(), lambda t: t)
    return [c.key for c in chunk(pieces, script, SETTINGS)]


PARAGRAPHS = [f"Paragraph number {i} says " + "something useful " * 20 for i in range(60)]


def test_long_text_is_cut_into_several_chunks() -> None:
    assert len(_chunk_keys(_script(PARAGRAPHS))) >= 4


def test_editing_one_paragraph_changes_few_chunks() -> None:
    before = _chunk_keys(_script(PARAGRAPHS))
    edited = list(PARAGRAPHS)
    edited[30] = edited[30].replace("useful", "helpful", 1)
    after = _chunk_keys(_script(edited))
    changed = set(after) - set(before)
    assert 1 <= len(changed) <= 2
    assert len(set(before) & set(after)) >= len(before) - 2  # the rest is reused as it is


def test_every_piece_lands_in_exactly_one_chunk() -> None:
    script = _script(PARAGRAPHS)
    pieces = pieces_for(script, FakeEngine(), lambda t: t)
    chunks = chunk(pieces, script, SETTINGS)
    assert [p for c in chunks for p in c.pieces] == pieces


def test_announcements_become_pieces_in_the_narrator_voice() -> None:
    script = _script(["One.", "Two."])
    lines = (script.lines[0], replace(script.lines[1], announce="Jane Doe:"))
    script = replace(script, lines=lines)
    pieces = pieces_for(script, FakeEngine(), lambda t: t.rstrip(":"))
    roles = [p.role for p in pieces]
    assert roles == ["speech", "pause", "announce", "pause", "speech"]
    assert pieces[2].job is not None and pieces[2].job.text == "Jane Doe"


@given(st.lists(st.integers(0, 100_000), max_size=30), st.integers(1, 200_000))
def test_chapters_are_contiguous(starts: list[int], duration: int) -> None:
    marks = [(s, f"c{i}") for i, s in enumerate(sorted(starts))]
    chapters = chapters_from(marks, duration)
    assert chapters[0].start_ms == 0
    assert chapters[-1].end_ms == duration
    for a, b in itertools.pairwise(chapters):
        assert a.end_ms == b.start_ms
        assert a.start_ms < a.end_ms


@pytest.mark.parametrize(("header", "size"), [
    (bytes([0xFF, 0xFB, 0x50, 0x00]), 208),   # 64 kbps, 44.1 kHz, no padding
    (bytes([0xFF, 0xFB, 0x52, 0x00]), 209),   # with padding
    (bytes([0xFF, 0xFB, 0x90, 0x00]), 417),   # 128 kbps
    (bytes([0x00, 0x00, 0x00, 0x00]), 0),     # not a frame
])
def test_frame_size(header: bytes, size: int) -> None:
    assert audio._frame_size(header) == size


def test_count_frames_rejects_damage(tmp_path: Path) -> None:
    good = bytes([0xFF, 0xFB, 0x50, 0x00]) + b"\x00" * 204
    path = tmp_path / "c.mp3"
    path.write_bytes(good * 3)
    assert audio.count_frames(path) == 3
    path.write_bytes(good * 2 + b"junk")
    with pytest.raises(Exception, match="damaged"):
        audio.count_frames(path)


@pytest.mark.parametrize(("written", "shown"), [
    ("NUL\x00 inside", "NUL inside"),
    ("bell\x07 and escape\x1b[31m", "bell and escape[31m"),
    ("tab\tand line\nkept", "tab\tand line\nkept"),
    ("right-to-left \u200fmark kept", "right-to-left \u200fmark kept"),
])
def test_cues_and_chapter_titles_show_no_control_characters(written: str, shown: str) -> None:
    """Regression: NUL split ID3 text frames ("/" in chapter titles), ESC reached the .txt."""
    script = _script([written])
    script = replace(script, lines=(replace(script.lines[0], chapter="x"),))
    timeline = build_timeline(script, {0: 0.0}, {0: (0.0, 1.0)}, 1000)
    assert timeline.cues[0].text == shown
    assert "\x00" not in short_title(script.lines[0]) and "\x1b" not in short_title(script.lines[0])
