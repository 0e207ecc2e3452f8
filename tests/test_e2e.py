"""End to end with the real parts: eSpeak NG through pyttsx3, ffmpeg, read back with mutagen,
webvtt-py, pyloudnorm and (when present) ffprobe. Small inputs; no wall-clock assertions."""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import struct
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyloudnorm
import pytest
import webvtt
from mutagen.id3 import ID3
from mutagen.mp3 import MP3, BitrateMode

from readaloud.audio import ffmpeg_path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "harbour-ferry-returns.txt"
pytestmark = pytest.mark.e2e


def run(*args: str, cache: Path, cwd: Path | None = None,
        stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "READALOUD_CACHE_DIR": str(cache)}
    return subprocess.run([sys.executable, "-m", "readaloud", *args], cwd=cwd, env=env,
                          input=stdin.decode() if stdin else None, capture_output=True,
                          text=True, timeout=600)


@dataclass
class Built:
    out: Path
    mp3: Path
    plan: dict  # type: ignore[type-arg]
    cache: Path


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    out = tmp_path_factory.mktemp("out")
    cache = tmp_path_factory.mktemp("cache")
    result = run("build", str(EXAMPLE), "-o", str(out), "-q", cache=cache)
    assert result.returncode == 0, result.stderr
    plan = run("plan", str(EXAMPLE), "--json", cache=cache)
    assert plan.returncode == 0, plan.stderr
    return Built(out=out, mp3=out / "harbour-ferry-returns.mp3", plan=json.loads(plan.stdout),
                 cache=cache)


def seconds(stamp: str) -> float:
    """"00:01:19.167" -> 79.167 (webvtt-py's *_in_seconds are whole seconds)."""
    h, m, sec = stamp.split(":")
    return int(h) * 3600 + int(m) * 60 + float(sec)


def decode(mp3: Path) -> np.ndarray:  # type: ignore[type-arg]
    raw = subprocess.run([ffmpeg_path(), "-v", "error", "-i", str(mp3), "-f", "s16le", "-ac", "1",
                          "-ar", "44100", "-"], capture_output=True, check=True).stdout
    return np.frombuffer(raw, dtype="<i2").astype(np.float64) / 32768.0


# -- files and tags ------------------------------------------------------------------------


def test_all_files_are_written(built: Built) -> None:
    for suffix in (".mp3", ".vtt", ".srt", ".txt", ".html", ".chapters.json", ".episode.json"):
        assert (built.out / f"harbour-ferry-returns{suffix}").stat().st_size > 0, suffix
    leftovers = [p.name for p in built.out.iterdir() if p.name.startswith(".readaloud-tmp")]
    assert leftovers == []


def test_mp3_format(built: Built) -> None:
    info = MP3(str(built.mp3)).info
    assert (info.sample_rate, info.channels, info.bitrate) == (44100, 1, 64000)
    assert info.bitrate_mode == BitrateMode.CBR
    assert 20 < info.length < 300
    head = built.mp3.read_bytes()
    tag_size = _synchsafe(head[6:10]) + 10
    first_frame = head[tag_size:tag_size + 200]
    assert b"Info" in first_frame or b"Xing" in first_frame


def test_tags(built: Built) -> None:
    tags = ID3(str(built.mp3))
    assert tags.version[:2] == (2, 3)
    assert str(tags["TIT2"]) == "Harbour Ferry Returns After Two-Year Repair"
    assert str(tags["TCON"]) == "Podcast"
    assert tags.getall("TALB") and tags.getall("COMM") and tags.getall("APIC")
    transcript = tags.getall("USLT")[0].text
    assert "Okafor" in transcript and "rust at the dock" in transcript


def _synchsafe(b: bytes) -> int:
    return (b[0] << 21) | (b[1] << 14) | (b[2] << 7) | b[3]


def _raw_frames(mp3: Path) -> list[tuple[str, bytes]]:
    """ID3v2.3 frames in on-disk order (what ffmpeg-based players see)."""
    data = mp3.read_bytes()
    size = _synchsafe(data[6:10])
    pos, frames = 10, []
    while pos + 10 <= 10 + size and data[pos:pos + 4].strip(b"\x00"):
        fid = data[pos:pos + 4].decode("latin-1")
        length = struct.unpack(">I", data[pos + 4:pos + 8])[0]
        frames.append((fid, data[pos + 10:pos + 10 + length]))
        pos += 10 + length
    return frames


def test_chapters_every_player_reads(built: Built) -> None:
    duration = round(MP3(str(built.mp3)).info.length * 1000)
    chaps = []
    for fid, body in _raw_frames(built.mp3):
        if fid == "CHAP":
            element, rest = body.split(b"\x00", 1)
            start, end, so, eo = struct.unpack(">IIII", rest[:16])
            assert (so, eo) == (0xFFFFFFFF, 0xFFFFFFFF)
            chaps.append((start, end, element.decode()))
    assert len(chaps) >= 3
    assert [c[0] for c in chaps] == sorted(c[0] for c in chaps), "CHAP frames out of order"
    assert chaps[0][0] == 0
    assert abs(chaps[-1][1] - duration) <= 50
    for a, b in itertools.pairwise(chaps):
        assert a[1] == b[0]
    tags = ID3(str(built.mp3))
    (toc,) = tags.getall("CTOC")
    assert toc.flags & 1 and toc.flags & 2  # ordered, top level
    assert list(toc.child_element_ids) == [c[2] for c in chaps]
    titles = [str(tags[f"CHAP:{c[2]}"].sub_frames["TIT2"]) for c in chaps]
    assert titles[0] == "Harbour Ferry Returns After Two-Year Repair"
    assert all(0 < len(t) <= 60 for t in titles)


@pytest.mark.skipif(shutil.which("ffprobe") is None, reason="ffprobe not installed")
def test_ffprobe_lists_chapters_in_order(built: Built) -> None:
    out = subprocess.run(["ffprobe", "-v", "error", "-show_chapters", "-of", "json",
                          str(built.mp3)], capture_output=True, text=True, check=True).stdout
    chapters = json.loads(out)["chapters"]
    starts = [float(c["start_time"]) for c in chapters]
    assert starts == sorted(starts) and len(chapters) >= 3
    assert chapters[0]["tags"]["title"].startswith("Harbour Ferry")


# -- sound ---------------------------------------------------------------------------------


def test_loudness_and_peak(built: Built) -> None:
    samples = decode(built.mp3)
    lufs = pyloudnorm.Meter(44100).integrated_loudness(samples)
    assert -20.0 <= lufs <= -18.0
    out = subprocess.run([ffmpeg_path(), "-hide_banner", "-nostats", "-i", str(built.mp3), "-af",
                          "ebur128=peak=true", "-f", "null", "-"], capture_output=True,
                         text=True).stderr
    true_peak = float(re.findall(r"Peak:\s+(-?[\d.]+|-inf) dBFS", out)[-1])
    assert true_peak <= -1.0


def test_no_long_silence_at_the_ends(built: Built) -> None:
    samples = decode(built.mp3)
    loud = np.flatnonzero(np.abs(samples) > 0.01)
    assert loud[0] / 44100 < 1.0
    assert (len(samples) - loud[-1]) / 44100 < 1.0


def test_transcript_timings_match_the_audio(built: Built) -> None:
    """Speech where the cues say, silence in the pauses between them."""
    samples = decode(built.mp3)
    cues = list(webvtt.read(str(built.out / "harbour-ferry-returns.vtt")))
    assert len(cues) >= 10

    def rms(a: float, b: float) -> float:
        part = samples[int(a * 44100):int(b * 44100)]
        return float(np.sqrt(np.mean(part ** 2))) if part.size else 0.0

    spans = [(seconds(c.start), seconds(c.end), c.text) for c in cues]
    # the narrator names some speakers before their quote ("Priya Nair:"), inside the pause
    announced = [" ".join(s["text"].split()) for s in built.plan["segments"] if s.get("announce")]
    for start, end, text in spans:
        middle = (start + end) / 2
        assert rms(middle - 0.1, middle + 0.1) > 0.01, f"no speech in {text!r}"
    for (_, end, _), (start, _, text) in itertools.pairwise(spans):
        if start - end >= 0.25 and not any(" ".join(text.split()) in a for a in announced):
            mid = (end + start) / 2
            assert rms(mid - 0.05, mid + 0.05) < 0.003, f"sound in the pause before {text!r}"
    duration = MP3(str(built.mp3)).info.length
    assert spans[-1][1] <= duration + 0.05


def test_vtt_names_the_speakers(built: Built) -> None:
    text = (built.out / "harbour-ferry-returns.vtt").read_text("utf-8")
    assert text.startswith("WEBVTT")
    assert "<v Helen Okafor>" in text
    assert "<v Marcus Webb>" in text


# -- plan and voices -----------------------------------------------------------------------


def test_plan_contract(built: Built) -> None:
    article = EXAMPLE.read_text("utf-8")
    plan = built.plan
    assert plan["title"] == "Harbour Ferry Returns After Two-Year Repair"
    previous_end = 0
    for seg in plan["segments"]:
        assert set(seg) >= {"kind", "speaker", "voice", "text", "spoken", "start", "end"}
        assert seg["text"] == article[seg["start"]:seg["end"]]
        assert seg["start"] >= previous_end
        previous_end = seg["end"]
    read = " ".join(s["text"] for s in plan["segments"])
    assert "Skip to content" not in read and "All Rights Reserved" not in read
    assert "Share this article" not in read
    assert read.count("Harbour Ferry Returns After Two-Year Repair") == 1


def test_each_speaker_has_a_distinct_voice(built: Built) -> None:
    segments = built.plan["segments"]
    narrator = {s["voice"] for s in segments if s["speaker"] is None and s["kind"] != "quote"}
    assert len(narrator) == 1
    by_speaker: dict[str, set[str]] = {}
    for s in segments:
        if s["speaker"]:
            by_speaker.setdefault(s["speaker"], set()).add(s["voice"])
    assert {"Helen Okafor", "Marcus Webb"} <= set(by_speaker)
    voices = [v for vs in by_speaker.values() for v in vs]
    assert all(len(vs) == 1 for vs in by_speaker.values())
    assert len(set(voices)) == len(voices)
    assert not narrator & set(voices)
    scare = [s for s in segments if "regrettable" in s["text"]]
    assert scare and all(s["speaker"] is None for s in scare)


# -- rebuilds ------------------------------------------------------------------------------


def test_rebuild_is_up_to_date(built: Built) -> None:
    before = built.mp3.stat().st_mtime_ns
    result = run("build", str(EXAMPLE), "-o", str(built.out), cache=built.cache)
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout
    assert built.mp3.stat().st_mtime_ns == before


def test_inserted_sentence_reuses_cached_chunks_after_it(built: Built, tmp_path: Path) -> None:
    """Regression: cached chunks kept positions by script line number, so a sentence added
    early in the article shifted every later line and the rebuild crashed."""
    edited = tmp_path / "harbour-ferry-returns.txt"
    edited.write_text(EXAMPLE.read_text("utf-8").replace(
        "about 60 commuters.", "about 70 commuters. The sea was calm."), "utf-8")
    out = tmp_path / "out"
    result = run("build", str(edited), "-o", str(out), "-q", cache=built.cache)
    assert result.returncode == 0, result.stderr
    transcript = (out / "harbour-ferry-returns.txt").read_text("utf-8")
    assert "about 70 commuters" in transcript and "The sea was calm." in transcript
    cues = list(webvtt.read(str(out / "harbour-ferry-returns.vtt")))
    starts = [seconds(c.start) for c in cues]
    assert starts == sorted(starts)


def test_voices_are_matched_in_loudness(built: Built) -> None:
    """Narrator and every speaker within 1.5 LU of each other (eSpeak voices differ in level)."""
    samples = decode(built.mp3)
    by_voice: dict[str, list[np.ndarray]] = {}  # type: ignore[type-arg]
    for cue in webvtt.read(str(built.out / "harbour-ferry-returns.vtt")):
        who = cue.voice or "Narrator"
        part = samples[int(seconds(cue.start) * 44100):int(seconds(cue.end) * 44100)]
        by_voice.setdefault(who, []).append(part)
    meter = pyloudnorm.Meter(44100)
    levels = {who: meter.integrated_loudness(np.concatenate(parts))
              for who, parts in by_voice.items()}
    assert len(levels) >= 4
    assert max(levels.values()) - min(levels.values()) <= 1.5, levels


def test_feed_from_a_build(built: Built, tmp_path: Path) -> None:
    import feedparser

    voices = tmp_path / "voices.yaml"
    voices.write_text("show:\n  title: Harbour Audio & News\n  author: Harbour Desk\n"
                      "  base_url: https://example.org/audio/\n", "utf-8")
    out = tmp_path / "out"
    result = run("build", str(EXAMPLE), "-o", str(out), "--voices", str(voices), "--feed", "-q",
                 cache=built.cache)
    assert result.returncode == 0, result.stderr
    feed = feedparser.parse(str(out / "feed.xml"))
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == "Harbour Audio & News"
    (entry,) = feed.entries
    (enclosure,) = entry.enclosures
    mp3 = out / "harbour-ferry-returns.mp3"
    assert enclosure.href == "https://example.org/audio/harbour-ferry-returns.mp3"
    assert int(enclosure.length) == mp3.stat().st_size
    assert abs(int(entry.itunes_duration) - MP3(str(mp3)).info.length) <= 1


def _tone(path: Path, seconds_: float, hz: float) -> None:
    import wave

    rate = 22050
    t = np.arange(int(rate * seconds_)) / rate
    pcm = (0.3 * np.sin(2 * np.pi * hz * t) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())


def test_intro_and_outro_music_frame_the_episode(built: Built, tmp_path: Path) -> None:
    """The intro plays first, then a short silence, then the headline; the outro closes it."""
    _tone(tmp_path / "intro.wav", 1.0, 440.0)
    _tone(tmp_path / "outro.wav", 0.8, 660.0)
    voices = tmp_path / "voices.yaml"
    voices.write_text("audio: {intro: intro.wav, outro: outro.wav}\n", "utf-8")
    article = tmp_path / "short.txt"
    article.write_text("Ferry timetable changes\n\nThe morning ferry now leaves at seven.\n",
                       "utf-8")
    out = tmp_path / "out"
    result = run("build", str(article), "-o", str(out), "--voices", str(voices), "-q",
                 cache=built.cache)
    assert result.returncode == 0, result.stderr
    samples = decode(out / "short.mp3")

    def rms(a: float, b: float) -> float:
        part = samples[int(a * 44100):int(b * 44100)]
        return float(np.sqrt(np.mean(part ** 2)))

    assert rms(0.1, 0.9) > 0.1  # the intro tone
    assert rms(1.15, 1.5) < 0.01  # the gap after it
    cues = list(webvtt.read(str(out / "short.vtt")))
    assert seconds(cues[0].start) >= 1.5  # the headline comes after intro and gap
    end = len(samples) / 44100
    assert rms(end - 0.7, end - 0.1) > 0.1  # the outro tone
    assert rms(end - 1.35, end - 0.95) < 0.01  # the gap before it
    assert seconds(cues[-1].end) <= end - 1.3
