"""What is published next to each MP3: WebVTT, SRT, text and HTML transcripts, JSON chapters."""

from __future__ import annotations

import html
import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import quote

from readaloud.files import atomic_write_text, inside
from readaloud.model import Chapter, Cue, Script, SegmentKind, Show, Timeline

NARRATOR = "Narrator"
"""The speaker label of every line the narrator reads (headline, headings, narration)."""
MAX_LINE = 65
"""Most characters on one caption line (WebVTT and SRT)."""
MAX_LINES = 2
"""Most lines in one caption; longer cues are split into several, timed in proportion."""
CHAPTERS_VERSION = "1.2.0"
"""Podcasting 2.0 JSON chapters format version."""


# --------------------------------------------------------------------------------------------
# Checks and small formatters
# --------------------------------------------------------------------------------------------


def check_timeline(script: Script, timeline: Timeline) -> None:
    """Raise ValueError when the timeline cannot belong to the script (a bug upstream).

    Edge cases: a cue index outside Script.lines; a cue that ends before it starts; a cue that
    starts before the previous one ended (out of order or overlapping). Gaps are fine (pauses).
    """
    previous_end = 0
    for number, cue in enumerate(timeline.cues):
        if not 0 <= cue.line < len(script.lines):
            raise ValueError(f"cue {number} points at line {cue.line} outside the script")
        if cue.end_ms < cue.start_ms:
            raise ValueError(f"cue {number} ends before it starts")
        if cue.start_ms < previous_end:
            raise ValueError(f"cue {number} starts before the previous cue ends")
        previous_end = cue.end_ms


def speaker_label(cue: Cue) -> str:
    """The name shown for a cue: the speaker's name on one line, or NARRATOR."""
    return one_line(cue.speaker or "") or NARRATOR


def vtt_time(ms: int) -> str:
    """WebVTT timestamp HH:MM:SS.mmm (hours grow past two digits for very long episodes)."""
    seconds, millis = divmod(max(ms, 0), 1000)
    minutes, sec = divmod(seconds, 60)
    hours, minute = divmod(minutes, 60)
    return f"{hours:02d}:{minute:02d}:{sec:02d}.{millis:03d}"


def srt_time(ms: int) -> str:
    """SRT timestamp HH:MM:SS,mmm."""
    return vtt_time(ms).replace(".", ",")


def clock(ms: int, hours: bool = False) -> str:
    """A reader's timestamp, rounded down to the second: "mm:ss", or "h:mm:ss" when `hours`.

    Rounded down so that seeking to it never skips the first word.
    """
    seconds = max(ms, 0) // 1000
    minutes, sec = divmod(seconds, 60)
    if not hours:
        return f"{minutes:02d}:{sec:02d}"
    hour, minute = divmod(minutes, 60)
    return f"{hour}:{minute:02d}:{sec:02d}"


def seconds(ms: int) -> float | int:
    """Milliseconds as seconds for JSON and media fragments: an int when whole, else 3 decimals."""
    return ms // 1000 if ms % 1000 == 0 else round(ms / 1000, 3)


def one_line(text: str) -> str:
    """Text with every run of whitespace (newlines, tabs) collapsed to one space."""
    return " ".join(text.split())


# --------------------------------------------------------------------------------------------
# Caption wrapping: lines of at most MAX_LINE characters, at most MAX_LINES per caption
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Piece:
    """A word, or part of a word too long for one line; `glued` pieces follow without a space."""

    text: str
    glued: bool = False


def _pieces(text: str, width: int) -> list[_Piece]:
    """Words of `text`; a word longer than `width` (a long address) is cut into glued parts."""
    pieces: list[_Piece] = []
    for word in text.split():
        for start in range(0, len(word), width):
            pieces.append(_Piece(word[start:start + width], glued=start > 0))
    return pieces


def _join(pieces: Sequence[_Piece]) -> str:
    out = ""
    for number, piece in enumerate(pieces):
        out += piece.text if number == 0 or piece.glued else " " + piece.text
    return out


def _greedy_lines(pieces: Sequence[_Piece], width: int) -> list[list[_Piece]]:
    """Pieces packed into lines of at most `width` characters, first fit."""
    lines: list[list[_Piece]] = []
    for piece in pieces:
        if lines and len(_join([*lines[-1], piece])) <= width:
            lines[-1].append(piece)
        else:
            lines.append([piece])
    return lines


def _fit(pieces: Sequence[_Piece], width: int, max_lines: int) -> list[str]:
    """One caption's lines: one line if it fits, else two of nearly equal length if they fit,
    else first-fit lines (possibly more than `max_lines`; the caller checks)."""
    whole = _join(pieces)
    if len(whole) <= width:
        return [whole]
    best: list[str] | None = None
    for cut in range(1, len(pieces)) if max_lines >= 2 else ():
        first, second = _join(pieces[:cut]), _join(pieces[cut:])
        if len(first) <= width and len(second) <= width and (
            best is None or max(len(first), len(second)) < max(map(len, best))
        ):
            best = [first, second]
    return best if best is not None else [_join(line) for line in _greedy_lines(pieces, width)]


def _even_groups(pieces: Sequence[_Piece], count: int) -> list[list[_Piece]]:
    """Pieces cut into `count` runs of about equal length (each cut at the nearest piece)."""
    total = len(_join(pieces))
    groups: list[list[_Piece]] = [[]]
    done = 0
    for piece in pieces:
        size = len(piece.text) + (0 if piece.glued or done == 0 else 1)
        target = total * len(groups) / count
        if groups[-1] and len(groups) < count and done + size / 2 > target:
            groups.append([])
        groups[-1].append(piece)
        done += size
    return groups


def caption_chunks(text: str, width: int = MAX_LINE, max_lines: int = MAX_LINES) -> list[list[str]]:
    """Text cut into captions of at most `max_lines` lines of at most `width` characters.

    Edge cases: whitespace and newlines collapse to single spaces; a word longer than `width`
    (a web address) is cut into parts; text needing several captions is shared evenly among
    them ("130 + 5" becomes "68 + 67"), and two-line captions are balanced ("65 + 5" becomes
    "35 + 35"); empty text gives no captions.
    """
    pieces = _pieces(text, width)
    lines = _greedy_lines(pieces, width)
    count = -(-len(lines) // max_lines)
    fitted = [_fit(group, width, max_lines) for group in _even_groups(pieces, count)]
    if all(len(chunk) <= max_lines for chunk in fitted):
        return fitted if pieces else []
    return [[_join(line) for line in lines[start:start + max_lines]]
            for start in range(0, len(lines), max_lines)]


def split_times(start_ms: int, end_ms: int, weights: Sequence[int]) -> list[tuple[int, int]]:
    """[start, end) cut into consecutive spans proportional to `weights` (character counts).

    Edge cases: one weight returns the span unchanged; the last span always ends at `end_ms`;
    zero weights share the span equally.
    """
    total = sum(weights)
    spans: list[tuple[int, int]] = []
    done = 0
    begin = start_ms
    for number, weight in enumerate(weights):
        done += weight if total else 1
        share = done / (total if total else len(weights))
        finish = end_ms if number == len(weights) - 1 else start_ms + round(
            (end_ms - start_ms) * share)
        spans.append((begin, finish))
        begin = finish
    return spans


@dataclass(frozen=True)
class Caption:
    """One timed caption: at most MAX_LINES lines of plain text, read by `speaker`."""

    start_ms: int
    end_ms: int
    lines: tuple[str, ...]
    speaker: str


def captions(script: Script, timeline: Timeline, name_changes: bool = False) -> list[Caption]:
    """Every cue as one or more captions, long cues split in time by character count.

    With `name_changes`, "Name: " is put before a cue's words whenever its speaker differs
    from the previous cue's (wrapped with the words; SRT has no voice markup). Cues whose
    text is only whitespace are left out.
    """
    check_timeline(script, timeline)
    out: list[Caption] = []
    previous: str | None = None
    for cue in timeline.cues:
        label = speaker_label(cue)
        text = one_line(cue.text)
        if not text:
            continue
        if name_changes and label != previous:
            text = f"{label}: {text}"
        previous = label
        chunks = caption_chunks(text)
        spans = split_times(cue.start_ms, cue.end_ms, [len(" ".join(c)) for c in chunks])
        for chunk, (start, end) in zip(chunks, spans, strict=True):
            out.append(Caption(start, end, tuple(chunk), label))
    return out


# --------------------------------------------------------------------------------------------
# WebVTT and SRT
# --------------------------------------------------------------------------------------------


def vtt_escape(text: str) -> str:
    """Text safe inside a WebVTT cue or voice annotation: &, < and > as character references.

    Escaping > also keeps a literal "-->" from ending the cue text.
    """
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_vtt(script: Script, timeline: Timeline) -> str:
    """WebVTT captions: one cue per script line (split when long), the voice in a `<v>` span.

    Every caption names its voice: `<v Jake Sullivan>` for a quoted speaker and
    `<v Narrator>` for everything the narrator reads, so a caption never depends on the sound
    of the voice to say who speaks (WCAG 1.3.3).
    """
    blocks = ["WEBVTT"]
    for caption in captions(script, timeline):
        text = "\n".join(vtt_escape(line) for line in caption.lines)
        blocks.append(
            f"{vtt_time(caption.start_ms)} --> {vtt_time(caption.end_ms)}\n"
            f"<v {vtt_escape(caption.speaker)}>{text}</v>"
        )
    return "\n\n".join(blocks) + "\n"


def to_srt(script: Script, timeline: Timeline) -> str:
    """SubRip captions: numbered, "Name: " before the words whenever the speaker changes.

    SRT has no markup or escaping: text is written as is, except "-->" (see srt_safe).
    """
    blocks = []
    for number, caption in enumerate(captions(script, timeline, name_changes=True), start=1):
        blocks.append(
            f"{number}\n{srt_time(caption.start_ms)} --> {srt_time(caption.end_ms)}\n"
            + "\n".join(srt_safe(line) for line in caption.lines)
        )
    return "\n\n".join(blocks) + "\n" if blocks else ""


def srt_safe(line: str) -> str:
    """A caption line that no SRT reader takes for a timing line: "-->" is written "->"."""
    return line.replace("-->", "->")


# --------------------------------------------------------------------------------------------
# Reading layout shared by the text and HTML transcripts: chapters > paragraphs > turns
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Turn:
    """Consecutive cues of one paragraph read by one voice."""

    start_ms: int
    speaker: str
    text: str


@dataclass(frozen=True)
class Paragraph:
    """The turns of one article block (a paragraph, a heading, the headline)."""

    kind: SegmentKind
    turns: tuple[Turn, ...]

    @property
    def text(self) -> str:
        """All the paragraph's words."""
        return " ".join(turn.text for turn in self.turns)


@dataclass(frozen=True)
class Section:
    """One chapter of the transcript (chapter None when the timeline has no chapters)."""

    chapter: Chapter | None
    paragraphs: tuple[Paragraph, ...]


def _chapter_at(chapters: Sequence[Chapter], ms: int) -> int:
    """Index of the chapter playing at `ms` (the last one started by then; 0 before the first)."""
    found = 0
    for number, chapter in enumerate(chapters):
        if chapter.start_ms <= ms:
            found = number
    return found


def _fold(text: str) -> str:
    """Letters and digits only, case-folded: for comparing a heading with a chapter title."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


def _repeats(paragraph: Paragraph, title: str) -> bool:
    """True when a title/heading paragraph only repeats `title` (perhaps cut short with "…").

    Edge cases: case, punctuation and spacing are ignored; a chapter title shortened to 60
    characters still matches its heading; narration never repeats a title.
    """
    if paragraph.kind not in ("title", "heading"):
        return False
    short = _fold(title.rstrip(".… "))
    return bool(short) and _fold(paragraph.text).startswith(short)


def _placed(script: Script, timeline: Timeline) -> list[tuple[int, int, Cue]]:
    """(chapter index, article block, cue) for every cue with visible text."""
    return [(_chapter_at(timeline.chapters, cue.start_ms), script.lines[cue.line].segment.block,
             cue) for cue in timeline.cues if one_line(cue.text)]


def layout(script: Script, timeline: Timeline) -> list[Section]:
    """The transcript as chapters of paragraphs of speaker turns, timings from the timeline.

    A new turn starts when the voice changes, a new paragraph when the article block changes
    or a chapter starts; every chapter gets a section, even one without a cue of its own.
    The headline paragraph is left out when it only repeats Script.title (it is the page
    heading), and a heading that opens its chapter and repeats the chapter title is left out
    (the chapter heading shows it).
    """
    check_timeline(script, timeline)
    found: list[list[Paragraph]] = [[] for _ in range(max(len(timeline.chapters), 1))]
    key = (0, -1)
    turns: list[Turn] = []
    kind: SegmentKind = "narration"
    for chapter, block, cue in _placed(script, timeline):
        if key != (chapter, block):
            if turns:
                found[key[0]].append(Paragraph(kind, tuple(turns)))
            key, kind, turns = (chapter, block), cue.kind, []
        label, text = speaker_label(cue), one_line(cue.text)
        if turns and turns[-1].speaker == label:
            turns[-1] = Turn(turns[-1].start_ms, label, f"{turns[-1].text} {text}")
        else:
            turns.append(Turn(cue.start_ms, label, text))
    if turns:
        found[key[0]].append(Paragraph(kind, tuple(turns)))
    return [_section(script, timeline, index, paragraphs) for index, paragraphs in enumerate(found)]


def _section(script: Script, timeline: Timeline, index: int,
             paragraphs: list[Paragraph]) -> Section:
    chapter = timeline.chapters[index] if timeline.chapters else None
    kept = [p for p in paragraphs if not (p.kind == "title" and _repeats(p, script.title))]
    if chapter is not None and kept and _repeats(kept[0], chapter.title):
        kept = kept[1:]
    return Section(chapter, tuple(kept))


def needs_hours(timeline: Timeline) -> bool:
    """True when the episode lasts an hour or more, so timestamps show hours."""
    return timeline.duration_ms >= 3_600_000


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def long_date(iso: str) -> str:
    """ "2024-05-03" as "3 May 2024" (whatever the locale); unparsable text comes back as is."""
    try:
        day = date.fromisoformat(iso.strip()[:10])
    except ValueError:
        return one_line(iso)
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def byline(script: Script, show: Show | None = None) -> str:
    """ "Show · By Author · Site · 3 May 2024" with whatever is known (may be empty)."""
    meta = script.meta
    parts = [show.title if show else None, f"By {meta.author}" if meta.author else None,
             meta.site, long_date(meta.date) if meta.date else None]
    return " · ".join(one_line(part) for part in parts if part)


# --------------------------------------------------------------------------------------------
# Plain text
# --------------------------------------------------------------------------------------------


def to_txt(script: Script, timeline: Timeline, show: Show | None = None) -> str:
    """Plain text transcript: headline, byline, address, then chapters of timed speaker turns.

    Every turn is one line "[mm:ss] Name: words" ("h:mm:ss" for episodes of an hour or more),
    paragraphs are separated by a blank line, chapters start with "## Title [mm:ss]", other
    headings with "### ".
    """
    hours = needs_hours(timeline)
    head = [f"# {one_line(script.title)}", byline(script, show), script.meta.url or ""]
    out = ["\n".join(line for line in head if line)]
    for section in layout(script, timeline):
        if section.chapter is not None:
            chapter = section.chapter
            out.append(f"## {one_line(chapter.title)} [{clock(chapter.start_ms, hours)}]")
        for paragraph in section.paragraphs:
            if paragraph.kind == "heading":
                out.append(f"### {paragraph.text}")
                continue
            out.append("\n".join(f"[{clock(turn.start_ms, hours)}] {turn.speaker}: {turn.text}"
                                 for turn in paragraph.turns))
    return "\n\n".join(out) + "\n"


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------

_CSS = """
body{font:1.125rem/1.6 system-ui,sans-serif;max-width:42rem;margin:0 auto;padding:1rem;
color:#111;background:#fff}
header img{max-width:12rem;height:auto}
audio{width:100%;margin:1rem 0;position:sticky;top:0}
.byline{color:#333}
.turn{margin:.25rem 0}
.para{margin:0 0 1.25rem}
.speaker{font-weight:700}
a.ts{font-variant-numeric:tabular-nums;color:#0645ad;margin-right:.5rem}
a:focus-visible{outline:3px solid #b45309;outline-offset:2px}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);
white-space:nowrap}
@media (prefers-color-scheme:dark){body{color:#eee;background:#111}.byline{color:#ccc}
a,a.ts{color:#9cf}}
""".strip()

_SCRIPT = """
document.addEventListener("click", function (event) {
  var link = event.target.closest ? event.target.closest("a[data-start]") : null;
  var player = document.getElementById("player");
  if (!link || !player) { return; }
  event.preventDefault();
  player.currentTime = parseFloat(link.getAttribute("data-start"));
  player.play();
});
""".strip()


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _seek_link(audio_href: str, ms: int, hours: bool) -> str:
    """A timestamp link that plays from `ms`: the script seeks the page's player; without the
    script the link opens the audio at that time (media fragment #t=)."""
    at = seconds(ms)
    return (f'<a class="ts" href="{_e(audio_href)}#t={at}" data-start="{at}">'
            f'<span class="sr">Play from </span>{clock(ms, hours)}</a>')


def _html_paragraph(paragraph: Paragraph, audio_href: str, hours: bool) -> str:
    if paragraph.kind == "heading":
        return f"<h3>{_e(paragraph.text)}</h3>"
    turns = "\n".join(
        f'<p class="turn">{_seek_link(audio_href, turn.start_ms, hours)}'
        f'<span class="speaker">{_e(turn.speaker)}:</span> {_e(turn.text)}</p>'
        for turn in paragraph.turns)
    return f'<div class="para">\n{turns}\n</div>'


def _html_sections(sections: Sequence[Section], audio_href: str, hours: bool) -> list[str]:
    out = []
    for number, section in enumerate(sections, start=1):
        body = [_html_paragraph(p, audio_href, hours) for p in section.paragraphs]
        if section.chapter is None:
            out.append("\n".join(body))
            continue
        heading = (f'<h2 id="chapter-{number}">{_e(one_line(section.chapter.title))} '
                   f"{_seek_link(audio_href, section.chapter.start_ms, hours)}</h2>")
        out.append(f'<section aria-labelledby="chapter-{number}">\n'
                   + "\n".join([heading, *body]) + "\n</section>")
    return out


def _html_contents(sections: Sequence[Section]) -> str:
    """A list of links to the chapter headings, when there are at least two chapters."""
    items = [f'<li><a href="#chapter-{n}">{_e(one_line(s.chapter.title))}</a></li>'
             for n, s in enumerate(sections, start=1) if s.chapter is not None]
    if len(items) < 2:
        return ""
    return ('<nav aria-labelledby="contents">\n<h2 id="contents">Chapters</h2>\n<ol>\n'
            + "\n".join(items) + "\n</ol>\n</nav>")


def to_html(script: Script, timeline: Timeline, audio_file: str, cover_file: str | None = None,
            show: Show | None = None) -> str:
    """A complete, self-contained, accessible transcript page with an audio player.

    Headline as h1, byline, a link to the article when known, the player, a list of chapters,
    chapters as h2 sections, every turn with its speaker's name and a timestamp link that
    plays from there (keyboard: Tab to it, Enter). No external resources; all text escaped.
    """
    sections = layout(script, timeline)
    hours = needs_hours(timeline)
    audio_href = quote(audio_file)
    language = script.meta.language or (show.language if show else "en")
    title = one_line(script.title)
    head = [f"<h1>{_e(title)}</h1>"]
    if cover_file:
        head.insert(0, f'<img src="{_e(quote(cover_file))}" alt="">')
    if by := byline(script, show):
        head.append(f'<p class="byline">{_e(by)}</p>')
    head.append("<p>Transcript of the audio version, read by synthetic voices.")
    if script.meta.url:
        head[-1] += f' <a href="{_e(script.meta.url)}">Read the original article</a>.'
    head[-1] += "</p>"
    head.append(f'<audio id="player" controls preload="metadata" src="{_e(audio_href)}">'
                f'<a href="{_e(audio_href)}">Download the audio (MP3)</a></audio>')
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title)} – transcript</title>",
        f"<style>\n{_CSS}\n</style>",
        "</head>",
        "<body>",
        "<header>\n" + "\n".join(head) + "\n</header>",
        "<main>",
        *[part for part in [_html_contents(sections)] if part],
        *_html_sections(sections, audio_href, hours),
        "</main>",
        f"<script>\n{_SCRIPT}\n</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


# --------------------------------------------------------------------------------------------
# JSON chapters, description, writing
# --------------------------------------------------------------------------------------------


def to_chapters_json(timeline: Timeline, title: str) -> str:
    """Podcasting 2.0 JSON chapters: version, title, and each chapter's start and end seconds."""
    document = {
        "version": CHAPTERS_VERSION,
        "title": one_line(title),
        "chapters": [
            {"startTime": seconds(chapter.start_ms), "endTime": seconds(chapter.end_ms),
             "title": one_line(chapter.title)}
            for chapter in timeline.chapters
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _voices_phrase(speakers: int) -> str:
    if speakers == 0:
        return "read aloud by a synthetic (computer-generated) voice"
    others = "the quoted speaker" if speakers == 1 else f"each of the {speakers} quoted speakers"
    return ("read aloud by synthetic (computer-generated) voices: a narrator, "
            f"and a separate voice for {others}")


def description(script: Script, show: Show) -> str:
    """The episode description (tags and feed), plain text, in English.

    It says first that this is the audio version of the article, read by synthetic voices
    (WCAG 1.2.1), with the byline, site and date when known; then the article's own summary;
    then the article's address; then the show's copyright line when set.
    """
    meta = script.meta
    label = f"Audio version of the article “{one_line(script.title)}”"
    if meta.author:
        label += f" by {one_line(meta.author)}"
    where = [one_line(meta.site) if meta.site else "", long_date(meta.date) if meta.date else ""]
    if any(where):
        label += " (" + ", ".join(part for part in where if part) + ")"
    paragraphs = [f"{label}, {_voices_phrase(len(script.speakers))}."]
    if meta.description:
        paragraphs.append(one_line(meta.description))
    if meta.url:
        paragraphs.append(f"Read the original article: {meta.url.strip()}")
    if show.copyright:
        paragraphs.append(one_line(show.copyright))
    return "\n\n".join(paragraphs)


TRANSCRIPT_SUFFIXES: dict[str, str] = {
    "vtt": ".vtt",
    "srt": ".srt",
    "txt": ".txt",
    "html": ".html",
    "chapters": ".chapters.json",
}
"""File name suffix of each role write_all writes (the MP3 is <stem>.mp3)."""


def write_all(script: Script, timeline: Timeline, out_dir: Path, stem: str, audio_file: str,
              cover_file: str | None, show: Show | None = None) -> dict[str, Path]:
    """Write every transcript and the chapters file as <stem>.<suffix>, each atomically.

    Returns role -> path for vtt, srt, txt, html and chapters. `audio_file` and `cover_file`
    are names relative to `out_dir` (the HTML page links them).
    """
    texts = {
        "vtt": to_vtt(script, timeline),
        "srt": to_srt(script, timeline),
        "txt": to_txt(script, timeline, show),
        "html": to_html(script, timeline, audio_file, cover_file, show),
        "chapters": to_chapters_json(timeline, script.title),
    }
    written: dict[str, Path] = {}
    for role, text in texts.items():
        path = inside(out_dir, stem + TRANSCRIPT_SUFFIXES[role])
        atomic_write_text(path, text)
        written[role] = path
    return written

