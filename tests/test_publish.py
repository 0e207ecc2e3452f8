"""Tests of publish.py and cover.py: transcripts, JSON chapters, description, cover art."""

from __future__ import annotations

import html
import io
import itertools
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import pytest
import webvtt
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from readaloud import cover, publish
from readaloud.errors import ConfigError
from readaloud.files import TEMP_PREFIX
from readaloud.model import (
    ArticleMeta,
    Chapter,
    Cue,
    Line,
    Script,
    Segment,
    SegmentKind,
    Show,
    Speaker,
    Timeline,
    Voice,
)

VOICE = Voice("pyttsx3", "gmw/en-us")

# (kind, written text, block, speaker, chapter title starting here)
Part = tuple[SegmentKind, str, int, str | None, str | None]

HARBOUR: list[Part] = [
    ("title", "Ferry & <Canal> timetable changes", 0, None, "Ferry & <Canal> timetable changes"),
    ("narration", "The canal ferry will run every ten minutes from June.", 1, None, None),
    ("quote", "“It is the biggest change in twenty years,”", 1, "Ola Brandt", None),
    ("narration", "said the harbour master.", 1, None, None),
    ("heading", "Night services", 2, None, "Night services"),
    ("narration", "A night boat joins the timetable --> later in the year.", 3, None, None),
    ("quote", "“We listened to shift workers.”", 4, "Ola Brandt", None),
]


def make_script(parts: list[Part], meta: ArticleMeta | None = None, stem: str = "ferry"
                ) -> Script:
    """A Script of hand-written lines (offsets are not used by publishing)."""
    lines = tuple(
        Line(Segment(kind, 0, len(text), text, block, speaker), VOICE, text, chapter=chapter)
        for kind, text, block, speaker, chapter in parts)
    names = dict.fromkeys(p[3] for p in parts if p[3])
    return Script(parts[0][1], "article.txt", lines, tuple(Speaker(n) for n in names), VOICE,
                  meta or ArticleMeta(), stem)


def make_timeline(script: Script, ms_per_char: int = 60, pause: int = 400,
                  offset: int = 0) -> Timeline:
    """Cues one after another (length from the text), chapters where lines start them."""
    cues, starts, at = [], [], offset
    for number, line in enumerate(script.lines):
        end = at + max(len(line.segment.text) * ms_per_char, 1)
        cues.append(Cue(at, end, line.segment.text, line.segment.speaker, number,
                        line.segment.kind))
        if line.chapter:
            starts.append((0 if not starts else at, line.chapter))
        at = end + pause
    duration = at
    chapters = tuple(Chapter(start, starts[i + 1][0] if i + 1 < len(starts) else duration, t)
                     for i, (start, t) in enumerate(starts))
    return Timeline(duration, tuple(cues), chapters)


SCRIPT = make_script(HARBOUR, ArticleMeta(author="Kim Vale", date="2024-03-09",
                                          url="https://example.org/ferry?a=1&b=2",
                                          site="Example Gazette", language="en-GB"))
TIMELINE = make_timeline(SCRIPT)


# --------------------------------------------------------------------------------------------
# WebVTT
# --------------------------------------------------------------------------------------------


def test_vtt_exact_small_script() -> None:
    parts: list[Part] = [("title", "Tide tables", 0, None, "Tide tables"),
                         ("quote", "“Check them & <go>.”", 1, "Ann O'Neil", None)]
    script = make_script(parts)
    timeline = Timeline(5000, (Cue(0, 1200, "Tide tables", None, 0, "title"),
                               Cue(1500, 4321, "“Check them & <go>.”", "Ann O'Neil", 1, "quote")),
                        (Chapter(0, 5000, "Tide tables"),))
    assert publish.to_vtt(script, timeline) == (
        "WEBVTT\n\n"
        "00:00:00.000 --> 00:00:01.200\n<v Narrator>Tide tables</v>\n\n"
        "00:00:01.500 --> 00:00:04.321\n<v Ann O'Neil>“Check them &amp; &lt;go&gt;.”</v>\n")


def test_vtt_parses_strictly_with_voices_and_text() -> None:
    vtt = webvtt.from_string(publish.to_vtt(SCRIPT, TIMELINE), strict=True)
    assert len(vtt) == len(TIMELINE.cues)
    assert [c.voice for c in vtt] == [c.speaker or "Narrator" for c in TIMELINE.cues]
    assert [html.unescape(c.text).replace("\n", " ") for c in vtt] == [
        c.text for c in TIMELINE.cues]
    assert [c.start_time.in_milliseconds() for c in vtt] == [c.start_ms for c in TIMELINE.cues]


def test_vtt_timestamps_are_hh_mm_ss_mmm_also_past_an_hour() -> None:
    script = make_script(HARBOUR[:2])
    timeline = Timeline(3_725_000, (Cue(3_599_999, 3_724_001, "x", None, 0, "title"),
                                    Cue(3_724_001, 3_725_000, "y", None, 1)), ())
    text = publish.to_vtt(script, timeline)
    assert "00:59:59.999 --> 01:02:04.001" in text
    assert re.findall(r"^\S+ --> \S+$", text, re.M) == [
        "00:59:59.999 --> 01:02:04.001", "01:02:04.001 --> 01:02:05.000"]


def test_long_cue_is_split_in_time_proportionally() -> None:
    words = " ".join(f"word{i}" for i in range(60))  # about 400 characters
    script = make_script([("quote", words, 0, "Ola Brandt", None)])
    timeline = Timeline(41_000, (Cue(1000, 41_000, words, "Ola Brandt", 0, "quote"),), ())
    captions = webvtt.from_string(publish.to_vtt(script, timeline), strict=True)
    assert len(captions) >= 4
    assert captions[0].start_time.in_milliseconds() == 1000
    assert captions[-1].end_time.in_milliseconds() == 41_000
    for before, after in itertools.pairwise(captions):
        assert before.end_time.in_milliseconds() == after.start_time.in_milliseconds()
    assert all(c.voice == "Ola Brandt" for c in captions)
    assert " ".join(c.text.replace("\n", " ") for c in captions) == words
    for caption in captions:
        length = len(caption.text.replace("\n", " "))
        share = (caption.end_time.in_milliseconds() - caption.start_time.in_milliseconds()) / 40_000
        assert share == pytest.approx(length / len(words), abs=0.02)


def test_voice_names_with_markup_characters_are_escaped() -> None:
    script = make_script([("quote", "Yes.", 0, "A<b>&C", None)])
    text = publish.to_vtt(script, Timeline(900, (Cue(0, 900, "Yes.", "A<b>&C", 0),), ()))
    assert "<v A&lt;b&gt;&amp;C>Yes.</v>" in text
    webvtt.from_string(text, strict=True)


def test_empty_cue_text_is_left_out() -> None:
    script = make_script([("narration", " ", 0, None, None), ("narration", "Hi.", 0, None, None)])
    timeline = Timeline(2000, (Cue(0, 500, " \n", None, 0), Cue(500, 2000, "Hi.", None, 1)), ())
    assert len(webvtt.from_string(publish.to_vtt(script, timeline), strict=True)) == 1


@pytest.mark.parametrize(("cues", "problem"), [
    ((Cue(0, 500, "a", None, 5),), "outside the script"),
    ((Cue(600, 500, "a", None, 0),), "ends before it starts"),
    ((Cue(0, 500, "a", None, 0), Cue(400, 900, "b", None, 1)), "before the previous cue ends"),
])
def test_inconsistent_timelines_are_bugs(cues: tuple[Cue, ...], problem: str) -> None:
    script = make_script(HARBOUR[:2])
    with pytest.raises(ValueError, match=problem):
        publish.to_vtt(script, Timeline(1000, cues, ()))


texts = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=400)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(texts, st.integers(0, 20_000), st.integers(0, 3_000),
                          st.sampled_from([None, "Ola Brandt", "Zoë <Q>"])),
                min_size=1, max_size=8))
def test_any_text_gives_valid_ordered_captions(rows: list[tuple[str, int, int, str | None]]
                                               ) -> None:
    parts: list[Part] = [("quote" if s else "narration", t, i, s, None)
                         for i, (t, _, _, s) in enumerate(rows)]
    script = make_script(parts)
    cues, at = [], 0
    for number, (text, length, gap, speaker) in enumerate(rows):
        at += gap
        cues.append(Cue(at, at + length, text, speaker, number))
        at += length
    timeline = Timeline(at, tuple(cues), ())
    parsed = webvtt.from_string(publish.to_vtt(script, timeline), strict=True)
    visible = [c for c in cues if c.text.split()]
    assert len(parsed) >= len(visible)
    previous_end = 0
    for caption in parsed:
        start, end = caption.start_time.in_milliseconds(), caption.end_time.in_milliseconds()
        assert previous_end <= start <= end
        previous_end = end
        assert len(caption.lines) <= publish.MAX_LINES
        assert all(len(html.unescape(line)) <= publish.MAX_LINE
                   for line in caption.text.split("\n"))
    words = [w for c in visible for w in c.text.split()]
    shown = "".join(html.unescape(c.text).replace("\n", "").replace(" ", "") for c in parsed)
    assert shown == "".join(words)


@pytest.mark.parametrize(("text", "expected"), [
    ("", []),
    ("short one", [["short one"]]),
    ("  spaced \n\t out  ", [["spaced out"]]),
    ("a" * 65, [["a" * 65]]),
    (" ".join(["abcd"] * 14), [["abcd abcd abcd abcd abcd abcd abcd",
                                "abcd abcd abcd abcd abcd abcd abcd"]]),
    ("x" * 150, [["x" * 65], ["x" * 65, "x" * 20]]),
])
def test_caption_chunks(text: str, expected: list[list[str]]) -> None:
    assert publish.caption_chunks(text) == expected


def test_two_line_captions_are_balanced() -> None:
    text = " ".join(["harbour"] * 10)  # 79 characters: 65 + 13 greedy
    first, second = publish.caption_chunks(text)[0]
    assert abs(len(first) - len(second)) <= len("harbour") + 1


@pytest.mark.parametrize(("start", "end", "weights", "expected"), [
    (0, 1000, [1], [(0, 1000)]),
    (0, 1000, [1, 1], [(0, 500), (500, 1000)]),
    (100, 400, [1, 2], [(100, 200), (200, 400)]),
    (0, 10, [0, 0], [(0, 5), (5, 10)]),
    (5, 5, [3, 4], [(5, 5), (5, 5)]),
])
def test_split_times(start: int, end: int, weights: list[int],
                     expected: list[tuple[int, int]]) -> None:
    assert publish.split_times(start, end, weights) == expected


# --------------------------------------------------------------------------------------------
# SRT
# --------------------------------------------------------------------------------------------


def test_srt_numbers_commas_and_names_on_speaker_change(tmp_path: Path) -> None:
    text = publish.to_srt(SCRIPT, TIMELINE)
    blocks = text.strip().split("\n\n")
    assert [b.split("\n")[0] for b in blocks] == [str(n) for n in range(1, len(blocks) + 1)]
    assert blocks[0].split("\n")[1] == "00:00:00,000 --> 00:00:01,980"
    bodies = [" ".join(b.split("\n")[2:]) for b in blocks]
    assert bodies[0].startswith("Narrator: Ferry & <Canal>")
    assert bodies[1].startswith("The canal ferry")  # same voice: no name again
    assert bodies[2].startswith("Ola Brandt: “It is")
    assert bodies[3].startswith("Narrator: said")
    assert "timetable -> later" in text  # never a second arrow on a caption line
    (tmp_path / "x.srt").write_text(text, encoding="utf-8")
    parsed = webvtt.from_srt(str(tmp_path / "x.srt"))
    assert len(parsed) == len(blocks)


# --------------------------------------------------------------------------------------------
# Text and HTML transcripts
# --------------------------------------------------------------------------------------------


def test_txt_layout() -> None:
    text = publish.to_txt(SCRIPT, TIMELINE, Show(title="Harbour Weekly"))
    assert text.splitlines()[:3] == [
        "# Ferry & <Canal> timetable changes",
        "Harbour Weekly · By Kim Vale · Example Gazette · 9 March 2024",
        "https://example.org/ferry?a=1&b=2",
    ]
    paragraphs = text.split("\n\n")
    night = TIMELINE.chapters[1].start_ms // 1000
    assert paragraphs[1] == "## Ferry & <Canal> timetable changes [00:00]"
    assert paragraphs[2].splitlines() == [
        "[00:02] Narrator: The canal ferry will run every ten minutes from June.",
        "[00:05] Ola Brandt: “It is the biggest change in twenty years,”",
        "[00:08] Narrator: said the harbour master.",
    ]
    assert paragraphs[3] == f"## Night services [00:{night:02d}]"
    assert "Night services" not in paragraphs[4]  # the heading is the chapter heading
    assert paragraphs[5].startswith("[00:") and "Ola Brandt: “We listened" in paragraphs[5]


def test_txt_shows_hours_for_long_episodes_and_keeps_other_headings() -> None:
    parts: list[Part] = [("title", "Long read", 0, None, "Long read"),
                         ("heading", "A heading that is not a chapter", 1, None, None),
                         ("narration", "Text.", 2, None, None)]
    script = make_script(parts)
    timeline = make_timeline(script, offset=3_700_000)
    timeline = Timeline(3_800_000, timeline.cues, (Chapter(0, 3_800_000, "Long read"),))
    text = publish.to_txt(script, timeline)
    assert "## Long read [0:00:00]" in text
    assert "### A heading that is not a chapter" in text
    assert "[1:01:" in text


class _Checker(HTMLParser):
    """Collects tags, attributes and text; fails on unbalanced elements."""

    VOID: ClassVar[set[str]] = {"meta", "img", "br", "hr", "link", "input", "source", "track"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _check_html(page: str) -> _Checker:
    checker = _Checker()
    checker.feed(page)
    checker.close()
    assert checker.stack == []
    return checker


def test_html_is_a_complete_accessible_page() -> None:
    page = publish.to_html(SCRIPT, TIMELINE, "ferry 1.mp3", "ferry.png", Show(title="Weekly"))
    assert page.startswith("<!DOCTYPE html>\n<html lang=\"en-GB\">")
    checker = _check_html(page)
    tags = [tag for tag, _ in checker.tags]
    attrs = {tag: a for tag, a in checker.tags}
    assert tags.count("h1") == 1 and "title" in tags and "main" in tags
    assert attrs["audio"]["src"] == "ferry%201.mp3" and "controls" in attrs["audio"]
    assert attrs["img"]["alt"] == ""
    text = "".join(checker.text)
    assert "Ferry & <Canal> timetable changes" in text  # escaped, shown as written
    assert "Ola Brandt:" in text and "Narrator:" in text
    assert "<Canal>" not in page and "&lt;Canal&gt;" in page
    starts = [a["data-start"] for tag, a in checker.tags if tag == "a" and "data-start" in a]
    assert "5.96" in starts  # the quote's cue start (5,960 ms), in seconds
    assert all(str(a["href"]).startswith("ferry%201.mp3#t=")
               for tag, a in checker.tags if tag == "a" and "data-start" in a)


def test_html_chapters_are_h2_sections_with_seek_links() -> None:
    checker = _check_html(publish.to_html(SCRIPT, TIMELINE, "ferry.mp3"))
    h2_ids = [a.get("id") for tag, a in checker.tags if tag == "h2"]
    assert h2_ids == ["contents", "chapter-1", "chapter-2"]
    chapter_starts = {str(publish.seconds(c.start_ms)) for c in TIMELINE.chapters}
    starts = {a["data-start"] for tag, a in checker.tags if tag == "a" and "data-start" in a}
    assert chapter_starts <= starts


def test_html_has_no_external_resources_and_escapes_hostile_text() -> None:
    parts: list[Part] = [("title", "</title><script>alert(1)</script>", 0, None, None),
                         ("quote", "\"><img src=x onerror=alert(1)>", 1, "<b>Eve</b>", None)]
    script = make_script(parts, ArticleMeta(url="https://example.org/\"onmouseover=x"))
    page = publish.to_html(script, make_timeline(script), "a\".mp3")
    checker = _check_html(page)
    assert [tag for tag, _ in checker.tags].count("script") == 1
    assert "img" not in [tag for tag, _ in checker.tags]
    assert "<link" not in page and "src=\"http" not in page
    assert all("onmouseover" not in k for _, a in checker.tags for k in a)


def test_html_without_chapters_has_no_contents() -> None:
    script = make_script(HARBOUR[1:4])
    timeline = Timeline(make_timeline(script).duration_ms, make_timeline(script).cues, ())
    checker = _check_html(publish.to_html(script, timeline, "x.mp3"))
    assert "h2" not in [tag for tag, _ in checker.tags]
    assert "nav" not in [tag for tag, _ in checker.tags]


# --------------------------------------------------------------------------------------------
# JSON chapters, description, write_all
# --------------------------------------------------------------------------------------------


def test_chapters_json_matches_timeline() -> None:
    data = json.loads(publish.to_chapters_json(TIMELINE, "Ferry & <Canal>"))
    assert data["version"] == "1.2.0"
    assert data["title"] == "Ferry & <Canal>"
    assert [(c["startTime"], c["title"]) for c in data["chapters"]] == [
        (ch.start_ms / 1000, ch.title) for ch in TIMELINE.chapters]
    assert all(isinstance(c["startTime"], int | float) for c in data["chapters"])
    assert data["chapters"][-1]["endTime"] == TIMELINE.duration_ms / 1000


@pytest.mark.parametrize(("ms", "expected"), [(0, 0), (1000, 1), (1500, 1.5), (1234, 1.234)])
def test_seconds(ms: int, expected: float) -> None:
    assert publish.seconds(ms) == expected


@pytest.mark.parametrize(("meta", "speakers", "expected", "absent"), [
    (ArticleMeta(), 0, ["Audio version of the article “Headline”, read aloud by a synthetic "
                        "(computer-generated) voice."], ["http", "” by "]),
    (ArticleMeta(author="Kim Vale", site="Gazette", date="2024-03-09"), 1,
     ["“Headline” by Kim Vale (Gazette, 9 March 2024)", "a separate voice for the quoted"],
     ["http"]),
    (ArticleMeta(url=" https://example.org/a ", description="A summary.\nTwo lines."), 3,
     ["each of the 3 quoted speakers", "A summary. Two lines.",
      "Read the original article: https://example.org/a"], []),
    (ArticleMeta(date="last Tuesday"), 0, ["(last Tuesday)"], []),
])
def test_description(meta: ArticleMeta, speakers: int, expected: list[str],
                     absent: list[str]) -> None:
    parts: list[Part] = [("title", "Headline", 0, None, None)]
    parts += [("quote", "Words.", 1, f"Person {n}", None) for n in range(speakers)]
    text = publish.description(make_script(parts, meta), Show())
    for phrase in expected:
        assert phrase in text
    for phrase in absent:
        assert phrase not in text
    assert text.startswith("Audio version of the article")


def test_description_adds_copyright() -> None:
    text = publish.description(SCRIPT, Show(copyright="© 2024 Gazette"))
    assert text.endswith("\n\n© 2024 Gazette")


def test_write_all_writes_every_file_atomically(tmp_path: Path) -> None:
    written = publish.write_all(SCRIPT, TIMELINE, tmp_path, "ferry", "ferry.mp3", None)
    assert sorted(written) == ["chapters", "html", "srt", "txt", "vtt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "ferry.chapters.json", "ferry.html", "ferry.srt", "ferry.txt", "ferry.vtt"]
    assert written["vtt"].read_text(encoding="utf-8") == publish.to_vtt(SCRIPT, TIMELINE)
    assert not any(p.name.startswith(TEMP_PREFIX) for p in tmp_path.iterdir())


# --------------------------------------------------------------------------------------------
# Cover art
# --------------------------------------------------------------------------------------------


def _image(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


@pytest.mark.parametrize(("show", "headline", "size"), [
    ("Harbour Weekly", "Ferry timetable changes from June", 1400),
    ("Harbour Weekly", "", 1400),
    ("Café Zürich", "Ölmühle öffnet wieder – “endlich”", 1600),
    ("港湾周报", "渡轮时刻表六月起调整", 1400),
    ("S", "word " * 200, 3000),
    ("", "", 1400),
])
def test_cover_is_a_square_png(show: str, headline: str, size: int) -> None:
    image = _image(cover.make_cover(show, headline, size))
    assert image.format == "PNG" and image.size == (size, size) and image.mode == "RGB"


def test_cover_draws_text_in_high_contrast_and_is_deterministic() -> None:
    data = cover.make_cover("Harbour Weekly", "Ferry timetable changes")
    assert data == cover.make_cover("Harbour Weekly", "Ferry timetable changes")
    colours = {colour for _, colour in _image(data).getcolors(maxcolors=1 << 20) or []}
    assert cover.BACKGROUND in colours and cover.FOREGROUND in colours
    assert data != cover.make_cover("Harbour Weekly", "Another headline")


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@pytest.mark.parametrize("colour", [cover.FOREGROUND, cover.ACCENT])
def test_cover_colours_meet_wcag_aaa_contrast(colour: tuple[int, int, int]) -> None:
    light, dark = _luminance(colour), _luminance(cover.BACKGROUND)
    assert (light + 0.05) / (dark + 0.05) >= 7


@pytest.mark.parametrize("size", [1399, 3001, 0])
def test_cover_size_out_of_range(size: int) -> None:
    with pytest.raises(ValueError, match="1400-3000"):
        cover.make_cover("S", "H", size)


def test_missing_glyphs_are_detected() -> None:
    face = cover._Face(None).at(40)
    assert cover._draws(face, "Harbour 2024")
    assert not cover._draws(face, "渡轮")


@pytest.mark.parametrize(("format_", "size", "suffix", "message"), [
    ("PNG", (1400, 1400), ".png", None),
    ("JPEG", (3000, 3000), ".jpg", None),
    ("PNG", (1400, 1000), None, "square"),
    ("PNG", (1000, 1000), None, "1400 to 3000"),
    ("GIF", (1400, 1400), None, "JPEG or PNG"),
])
def test_cover_suffix_checks_configured_images(tmp_path: Path, format_: str,
                                               size: tuple[int, int], suffix: str | None,
                                               message: str | None) -> None:
    path = tmp_path / "art.img"
    Image.new("RGB", size, (1, 2, 3)).save(path, format=format_)
    if suffix:
        assert cover.cover_suffix(path) == suffix
    else:
        with pytest.raises(ConfigError, match=message):
            cover.cover_suffix(path)


@pytest.mark.parametrize(("content", "message"), [(None, "not found"),
                                                  (b"not an image", "not a readable")])
def test_cover_suffix_bad_files(tmp_path: Path, content: bytes | None, message: str) -> None:
    path = tmp_path / "art.png"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ConfigError, match=message):
        cover.cover_suffix(path)
