"""The values passed between readaloud's stages: small frozen dataclasses with no behaviour.

Read this module after `pipeline.py` and you know the program. Every offset is a Python `str`
index into `Article.text`; every time is a whole number of milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

SegmentKind = Literal["title", "heading", "narration", "quote"]
BlockKind = Literal["title", "heading", "paragraph"]
Gender = Literal["female", "male", "unknown"]
AnnounceMode = Literal["auto", "always", "never"]


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleMeta:
    """What is known about an article besides its text (tags, description, feed)."""

    author: str | None = None
    """Byline: the writer(s), as printed."""
    date: str | None = None
    """Publication date, ISO 8601 (YYYY-MM-DD), when the source says it."""
    url: str | None = None
    """The article's address on the web, when known."""
    site: str | None = None
    """The publisher or site name, when known."""
    description: str | None = None
    """A one-paragraph summary from the source (front matter, meta description)."""
    language: str | None = None
    """BCP 47 language tag from the source (for example "en" or "en-US")."""


@dataclass(frozen=True)
class Block:
    """A run of article text read as one unit: the headline, a section heading or a paragraph."""

    kind: BlockKind
    """title: the headline (read once); heading: a section heading; paragraph: body text."""
    start: int
    """Offset of the first character in Article.text."""
    end: int
    """Offset just past the last character in Article.text."""
    quote: bool = False
    """True when the source marks the whole block as quoted (HTML blockquote, Markdown >)."""


@dataclass(frozen=True)
class Article:
    """An article as read from its source: the text every offset refers to, and its layout."""

    source: str
    """Where it came from: a file path, an address, or "-" for standard input."""
    text: str
    """The article text (file text decoded, or the text extracted from HTML/Markdown)."""
    title: str
    """The headline."""
    blocks: tuple[Block, ...]
    """What is read, in reading order; page furniture and repeated headlines are not here."""
    dropped: tuple[tuple[int, int], ...] = ()
    """Spans of Article.text deliberately left out (page furniture, repeated headline)."""
    meta: ArticleMeta = field(default_factory=ArticleMeta)
    """Byline, date, address and site when the source has them."""
    interview: bool = False
    """Read paragraphs that open with a speaker's label (`Q: …`, `TW: …`) as that speaker's
    turns (see segment.transcript_turns); asked for with `--interview`."""


# --------------------------------------------------------------------------------------------
# Planning: segments and speakers
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Speaker:
    """A person or organisation whose quoted words are read in their own voice."""

    name: str
    """Canonical name, the longest full form the article uses ("Jen Psaki")."""
    gender: Gender = "unknown"
    """From pronouns, honorifics and first names; feeds casting."""
    aliases: tuple[str, ...] = ()
    """Other forms the article uses ("Psaki", "Ms. Psaki", "the press secretary")."""
    organisation: bool = False
    """True for a speaking body ("the ministry", "the White House")."""


@dataclass(frozen=True)
class Segment:
    """A stretch of article text read in one voice: a sentence of narration or part of a quote."""

    kind: SegmentKind
    """title, heading, narration, or quote (quoted words, marks included)."""
    start: int
    """Offset of the first character in Article.text."""
    end: int
    """Offset just past the last character; text == Article.text[start:end]."""
    text: str
    """The written text, exactly as in the article."""
    block: int
    """Index of the Block this segment belongs to."""
    speaker: str | None = None
    """Speaker.name whose voice reads it; None for the narrator."""
    confidence: float | None = None
    """For quotes: how sure attribution is (0-1); None for other kinds."""
    cue: str | None = None
    """For quotes: the words that decided the speaker ("Sullivan said"), or None."""


@dataclass(frozen=True)
class Attribution:
    """The segmented article with a speaker decided for each quote."""

    segments: tuple[Segment, ...]
    """Every segment in reading order."""
    speakers: tuple[Speaker, ...]
    """Every speaker voiced in the segments, in order of first appearance."""


# --------------------------------------------------------------------------------------------
# Voices and configuration
# --------------------------------------------------------------------------------------------

DEFAULT_RATE = 175
"""Words per minute eSpeak NG speaks at when nothing else is said."""
DEFAULT_PITCH = 50
"""eSpeak NG's default pitch (0-100)."""
DEFAULT_VOLUME = 1.0
"""Full engine volume; loudness is normalised later anyway."""


@dataclass(frozen=True)
class Voice:
    """A complete voice setting: everything that changes how the engine sounds."""

    engine: str
    """Engine registry name ("pyttsx3")."""
    id: str
    """Engine voice id, variant included ("gmw/en-us+f3")."""
    rate: int = DEFAULT_RATE
    """Words per minute (80-450)."""
    pitch: int = DEFAULT_PITCH
    """Pitch, 0-100."""
    volume: float = DEFAULT_VOLUME
    """Engine volume, 0-1."""

    @property
    def name(self) -> str:
        """The whole setting as one string: equal strings sound the same, different ones differ."""
        extras = []
        if self.rate != DEFAULT_RATE:
            extras.append(f"rate={self.rate}")
        if self.pitch != DEFAULT_PITCH:
            extras.append(f"pitch={self.pitch}")
        if self.volume != DEFAULT_VOLUME:
            extras.append(f"volume={self.volume:g}")
        return self.id + (" " + ",".join(extras) if extras else "")


@dataclass(frozen=True)
class VoiceSpec:
    """A partial voice setting from voices.yaml; None fields fall back to the voice's defaults."""

    voice: str | None = None
    """Engine voice id with optional variant."""
    rate: int | None = None
    """Words per minute."""
    pitch: int | None = None
    """Pitch, 0-100."""
    volume: float | None = None
    """Engine volume, 0-1."""


@dataclass(frozen=True)
class SpeakerSpec:
    """A named speaker from voices.yaml: a fixed voice and the other names they go by."""

    name: str
    """The speaker's name as written in voices.yaml."""
    voice: VoiceSpec
    """Their voice setting."""
    aliases: tuple[str, ...] = ()
    """Other names that mean the same speaker."""
    gender: Gender | None = None
    """Overrides the gender guessed from the text."""


@dataclass(frozen=True)
class LexiconEntry:
    """A pronunciation: a word or phrase and how to say it."""

    word: str
    """The written form to replace (whole words only)."""
    say: str
    """A respelling, or eSpeak phonemes when phonemes is True."""
    phonemes: bool = False
    """True when `say` is eSpeak phoneme notation (sent as [[...]])."""
    case_sensitive: bool = True
    """False to match any capitalisation."""


@dataclass(frozen=True)
class Show:
    """Show metadata read by the tags and the feed."""

    title: str = "readaloud"
    """Show name (album tag, feed channel title)."""
    author: str | None = None
    """Author or publisher shown in podcast apps."""
    owner_name: str | None = None
    """itunes:owner name."""
    owner_email: str | None = None
    """itunes:owner email."""
    language: str = "en"
    """Language tag of the show."""
    description: str | None = None
    """Channel description."""
    category: str = "News"
    """Apple Podcasts category."""
    explicit: bool = False
    """itunes:explicit."""
    link: str | None = None
    """The show's website."""
    base_url: str | None = None
    """Where the output folder is published; enclosure URLs are built on it."""
    cover: Path | None = None
    """Cover image (JPEG or PNG, square, 1400-3000 px); generated when absent."""
    copyright: str | None = None
    """Copyright line for tags and feed."""


@dataclass(frozen=True)
class AudioSettings:
    """How the episode is encoded and paced."""

    bitrate: int = 64
    """MP3 bitrate in kbps (CBR)."""
    stereo: bool = False
    """Two channels instead of one (loudness target then -16 LUFS)."""
    loudness: float | None = None
    """Target integrated loudness in LUFS; None: -19 mono, -16 stereo."""
    intro: Path | None = None
    """Audio played before the article."""
    outro: Path | None = None
    """Audio played after the article."""
    announce: AnnounceMode = "auto"
    """Whether the narrator names a speaker before a quote (WCAG 1.3.3)."""


@dataclass(frozen=True)
class Config:
    """voices.yaml, loaded and validated once, passed down; never global."""

    engine: str = "pyttsx3"
    """Engine registry name."""
    narrator: VoiceSpec = field(default_factory=VoiceSpec)
    """The narrator's voice."""
    speakers: tuple[SpeakerSpec, ...] = ()
    """Named speakers with fixed voices."""
    pools: tuple[tuple[Gender, tuple[VoiceSpec, ...]], ...] = ()
    """Voices for automatic casting, per gender."""
    lexicon: tuple[LexiconEntry, ...] = ()
    """Pronunciations, applied last to the spoken text."""
    show: Show = field(default_factory=Show)
    """Show metadata."""
    audio: AudioSettings = field(default_factory=AudioSettings)
    """Encoding and pacing."""
    path: Path | None = None
    """The file it came from (None: the packaged default)."""


# --------------------------------------------------------------------------------------------
# The script: who reads what
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Line:
    """One segment as it will be heard: in which voice, saying what, after which pause."""

    segment: Segment
    """The written segment (kind, offsets, text, speaker, confidence, cue)."""
    voice: Voice
    """The voice that reads it."""
    spoken: str
    """The text sent to the engine after speech normalisation."""
    pause_ms: int = 0
    """Silence before this line."""
    announce: str | None = None
    """Words the narrator says just before this line ("Jake Sullivan:"), or None."""
    chapter: str | None = None
    """Title of the chapter that starts at this line, or None."""


@dataclass(frozen=True)
class Script:
    """The whole plan of an episode: everything a listener will hear, decided without audio."""

    title: str
    """The headline."""
    source: str
    """Where the article came from."""
    lines: tuple[Line, ...]
    """In reading order."""
    speakers: tuple[Speaker, ...]
    """Every voiced speaker."""
    narrator: Voice
    """The narrator's voice (announcements are read in it)."""
    meta: ArticleMeta = field(default_factory=ArticleMeta)
    """Byline, date, address, site."""
    stem: str = "episode"
    """Safe file name stem for the outputs (no folder, no extension)."""


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Clip:
    """Synthesised audio of one line (or announcement), stored in the clip cache."""

    path: Path
    """Cache file holding the PCM."""
    samples: int
    """Number of 16-bit mono samples."""
    sample_rate: int
    """Samples per second (22,050 for eSpeak NG)."""
    loudness: float | None
    """Integrated loudness in LUFS (None when too short to measure)."""

    @property
    def duration_ms(self) -> int:
        """Length in whole milliseconds."""
        return self.samples * 1000 // self.sample_rate


@dataclass(frozen=True)
class Cue:
    """A timed piece of transcript: one line as heard."""

    start_ms: int
    """When the line starts in the episode."""
    end_ms: int
    """When it ends."""
    text: str
    """The written text (the transcript shows what was written, not the spoken form)."""
    speaker: str | None
    """Who reads it; None for the narrator."""
    line: int
    """Index into Script.lines."""
    kind: SegmentKind = "narration"
    """The segment kind."""


@dataclass(frozen=True)
class Chapter:
    """A navigable part of the episode; the audio equivalent of a heading."""

    start_ms: int
    """Start, in the encoded MP3."""
    end_ms: int
    """End; the next chapter's start, or the MP3's duration."""
    title: str
    """Short title, meaningful by ear (60 characters at most)."""


@dataclass(frozen=True)
class Timeline:
    """Where everything is in the encoded episode, in plain milliseconds."""

    duration_ms: int
    """Duration of the encoded MP3 as players read it."""
    cues: tuple[Cue, ...]
    """One per line, in order."""
    chapters: tuple[Chapter, ...]
    """Contiguous from 0 to duration_ms."""


@dataclass(frozen=True)
class Episode:
    """What one build produced: the record the feed is rebuilt from."""

    title: str
    """Episode title (the headline)."""
    guid: str
    """Stable identifier: the same article always gets the same one."""
    date: str
    """Publication date, RFC 3339."""
    duration_ms: int
    """MP3 duration."""
    size: int
    """MP3 size in bytes."""
    files: tuple[tuple[str, str], ...]
    """(role, file name) pairs relative to the output folder (mp3, vtt, srt, txt, html, ...)."""
    description: str = ""
    """Episode description (plain text)."""
    meta: ArticleMeta = field(default_factory=ArticleMeta)
    """Byline, date, address, site of the article."""
