"""Render a Script into an MP3 and its Timeline: clips, pauses, levels, chunked encoding, joining.

The episode is cut into chunks at silent line boundaries chosen by content (a paragraph edit
moves no other boundary). Each chunk is assembled as raw PCM on disk (bounded memory: one clip
at a time), encoded by its own ffmpeg process (several run at once, overlapping with synthesis),
and cached by a key over everything it contains. A rebuild re-encodes only the chunks that
changed; the chunks are then joined frame by frame (stream copy) into one MP3 with a fresh
Xing/Info header. MP3 frames of independently encoded chunks do not share a bit reservoir, so
the join is exact, and every position is known in samples.
"""

from __future__ import annotations

import subprocess
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from readaloud import audio, levels, tag
from readaloud.cache import Cache, make_key, read_pcm
from readaloud.engines import Engine
from readaloud.errors import OutputError
from readaloud.files import describe_os_error
from readaloud.model import Chapter, Clip, Cue, Script, Timeline, Voice
from readaloud.speech import printable
from readaloud.synth import ClipJob, Synthesizer, clip_key

SAMPLE_RATE = 22050
"""Working sample rate of assembly (eSpeak NG's native rate)."""
ENCODER_OFFSET = 576
"""Samples at 44.1 kHz between a chunk's first input sample and where a decoder plays it:
LAME's 1,105-sample delay less the 529 that decoders skip. Measured with ffmpeg 5.1 (Debian)
and 7 (imageio-ffmpeg), identical for every chunk."""
ASSEMBLY_LOSS_DB = 0.7
"""Each clip is normalised alone; in the assembled episode the 400 ms measurement blocks that
straddle pauses and the peak limiter lower the integrated loudness by about this much
(measured: -19.7 LUFS for a -19 target on the bundled example), so clips aim this much higher."""
ANNOUNCE_GAP_MS = 250
"""Silence between an announcement ("Jake Sullivan:") and the quote."""
MUSIC_GAP_MS = 600
"""Silence between the intro music and the headline, and before the outro."""
CHUNK_MIN_WORDS = 120
CHUNK_MAX_WORDS = 900
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Piece:
    """One step of assembly: silence, or a clip of a line (or of its announcement)."""

    line: int
    """Index of the line this piece belongs to (-1 for intro/outro)."""
    role: str
    """pause | announce | speech | file."""
    ms: int = 0
    """Length of a pause."""
    job: ClipJob | None = None
    """The clip to synthesise or fetch."""
    file: Path | None = None
    """An audio file (intro/outro)."""


@dataclass(frozen=True)
class Chunk:
    """A run of pieces encoded together; its key covers everything that shapes its sound."""

    pieces: tuple[Piece, ...]
    key: str


@dataclass
class _Encoded:
    path: Path
    frames: int
    starts: list[int] = field(default_factory=list)
    """Per line of the chunk, in order: where it begins (its announcement, else its speech),
    in samples at 22,050 Hz from the chunk's start. Positions are kept per line of the chunk,
    not per line of the script, because a cached chunk is reused wherever it falls."""
    spans: list[list[int]] = field(default_factory=list)
    """Per line of the chunk: [start, end] of its speech, same units."""


@dataclass(frozen=True)
class RenderSettings:
    """What rendering needs besides the script."""

    encoding: audio.Encoding
    target_lufs: float
    intro: Path | None = None
    outro: Path | None = None


def pieces_for(script: Script, engine: Engine, spoken_announce: Callable[[str], str]
               ) -> list[Piece]:
    """Every pause and clip of the episode in order (pure: no audio is touched)."""
    pieces: list[Piece] = []
    for i, line in enumerate(script.lines):
        if line.pause_ms and pieces:
            pieces.append(Piece(line=i, role="pause", ms=line.pause_ms))
        if line.announce:
            text = spoken_announce(line.announce)
            pieces.append(Piece(line=i, role="announce", job=_job(engine, script.narrator, text,
                                                               i, line.announce)))
            pieces.append(Piece(line=i, role="pause", ms=ANNOUNCE_GAP_MS))
        pieces.append(Piece(line=i, role="speech",
                            job=_job(engine, line.voice, line.spoken, i, line.segment.text)))
    return pieces


def _job(engine: Engine, voice: Voice, text: str, index: int, written: str) -> ClipJob:
    excerpt = written if len(written) <= 60 else written[:57] + "..."
    return ClipJob(key=clip_key(engine, voice, text), text=text, voice=voice,
                   label=f"line {index + 1} ({excerpt!r})")


def chunk(pieces: Sequence[Piece], script: Script, settings: RenderSettings) -> list[Chunk]:
    """Group pieces into chunks at content-chosen line boundaries (stable under local edits)."""
    groups: list[list[Piece]] = []
    current: list[Piece] = []
    words = 0
    previous_line = -1
    for piece in pieces:
        if piece.line != previous_line and current and _boundary(script, piece.line, words):
            groups.append(current)
            current, words = [], 0
        previous_line = piece.line
        current.append(piece)
        if piece.job is not None:
            words += len(piece.job.text.split())
    if current:
        groups.append(current)
    if settings.intro:
        groups.insert(0, [Piece(line=-1, role="file", file=settings.intro),
                          Piece(line=-1, role="pause", ms=MUSIC_GAP_MS)])
    if settings.outro:
        groups.append([Piece(line=-1, role="pause", ms=MUSIC_GAP_MS),
                       Piece(line=-1, role="file", file=settings.outro)])
    return [Chunk(pieces=tuple(g), key=_chunk_key(g, settings)) for g in groups]


def _boundary(script: Script, line: int, words: int) -> bool:
    """Cut before `line`? Only at silence; preferably between blocks, chosen by content."""
    if words >= CHUNK_MAX_WORDS:
        return True
    segment = script.lines[line].segment
    new_block = segment.block != script.lines[line - 1].segment.block
    if not new_block or words < CHUNK_MIN_WORDS:
        return False
    return zlib.crc32(segment.text.encode("utf-8")) % 4 == 0


def _chunk_key(pieces: Sequence[Piece], settings: RenderSettings) -> str:
    parts: list[object] = []
    for p in pieces:
        if p.role == "pause":
            parts.append(p.ms)
        elif p.job is not None:
            parts.append(p.job.key)
        elif p.file is not None:
            parts.append(["file", str(p.file), p.file.stat().st_size, p.file.stat().st_mtime_ns])
    return make_key("chunk", settings.encoding.args(), settings.target_lufs, SAMPLE_RATE,
                    ENCODER_OFFSET, parts)


class Renderer:
    """Runs synthesis and encoding for one episode inside a private work folder."""

    def __init__(self, synthesizer: Synthesizer, cache: Cache, workdir: Path,
                 settings: RenderSettings, jobs: int, progress: Progress | None = None) -> None:
        self.synth = synthesizer
        self.cache = cache
        self.workdir = workdir
        self.settings = settings
        self.jobs = max(1, jobs)
        self.progress = progress
        self._cache_ok = cache.writable()

    def render(self, script: Script, chunks: Sequence[Chunk], out: Path) -> Timeline:
        """Encode (or reuse) every chunk, join them into `out`, and time every line."""
        encoded: list[_Encoded | None] = [self._cached(c) for c in chunks]
        missing = [i for i, e in enumerate(encoded) if e is None]
        clip_jobs = [p.job for i in missing for p in chunks[i].pieces if p.job is not None]
        done = [0]

        def tick() -> None:
            done[0] += 1
            if self.progress:
                self.progress("synthesising", done[0], len(clip_jobs))

        clips = self.synth.clips(clip_jobs, on_clip=tick)
        running: list[tuple[int, subprocess.Popen[bytes], _Encoded]] = []
        try:
            for i in missing:
                while len(running) >= self.jobs:
                    self._collect(running.pop(0), chunks, encoded)
                running.append(self._start_chunk(i, chunks[i], clips))
            while running:
                self._collect(running.pop(0), chunks, encoded)
        except BaseException:  # error, Ctrl-C, SIGTERM: no encoder may outlive the build
            audio.stop([process for _, process, _ in running])
            raise
        final = [e for e in encoded if e is not None]
        audio.concat([e.path for e in final], out, self.workdir)
        return self._timeline(script, chunks, final, tag.duration_ms(out))

    # -- chunks ----------------------------------------------------------------------------

    def _cached(self, chunk_: Chunk) -> _Encoded | None:
        found = self.cache.get_chunk(chunk_.key)
        if found is None:
            return None
        path, meta = found
        frames, starts, spans = meta.get("frames"), meta.get("starts"), meta.get("spans")
        if not (isinstance(frames, int) and isinstance(starts, list) and isinstance(spans, list)):
            return None
        return _Encoded(path=path, frames=frames, starts=starts, spans=spans)

    def _start_chunk(self, index: int, chunk_: Chunk, clips: Iterator[Clip]
                     ) -> tuple[int, subprocess.Popen[bytes], _Encoded]:
        raw = self.workdir / f"chunk-{index:05d}.raw"
        mp3 = self.workdir / f"chunk-{index:05d}.mp3"
        result = _Encoded(path=mp3, frames=0)
        position = 0
        try:
            with raw.open("wb") as sink:
                for piece in chunk_.pieces:
                    data = self._piece_pcm(piece, clips)
                    samples = len(data) // 2
                    if (piece.role in ("announce", "speech")
                            and len(result.starts) == len(result.spans)):
                        result.starts.append(position)
                    if piece.role == "speech":
                        result.spans.append([position, position + samples])
                    sink.write(data)
                    position += samples
        except OSError as err:  # the work folder is in the output folder: disk full there
            raise OutputError(describe_os_error(err, raw)) from err
        process = audio.encode_raw(raw, SAMPLE_RATE, mp3, self.settings.encoding)
        return index, process, result

    def _piece_pcm(self, piece: Piece, clips: Iterator[Clip]) -> bytes:
        if piece.role == "pause":
            return audio.silence(piece.ms, SAMPLE_RATE)
        if piece.file is not None:
            pcm = audio.decode_to_pcm(piece.file, SAMPLE_RATE)
            lufs = levels.loudness(pcm, SAMPLE_RATE)
            return levels.shape(pcm, SAMPLE_RATE, levels.gain_db(lufs, self.settings.target_lufs),
                                audio.PEAK_LIMIT_DB)
        clip = next(clips)
        pcm = read_pcm(clip)
        if clip.sample_rate != SAMPLE_RATE:
            segment = audio.pydub()(data=pcm, sample_width=2, frame_rate=clip.sample_rate,
                                    channels=1)
            pcm = segment.set_frame_rate(SAMPLE_RATE).raw_data
        target = self.settings.target_lufs + ASSEMBLY_LOSS_DB
        return levels.shape(pcm, SAMPLE_RATE, levels.gain_db(clip.loudness, target),
                            audio.PEAK_LIMIT_DB)

    def _collect(self, item: tuple[int, subprocess.Popen[bytes], _Encoded],
                 chunks: Sequence[Chunk], encoded: list[_Encoded | None]) -> None:
        index, process, result = item
        audio.finish(process, f"chunk {index + 1} of the episode")
        (self.workdir / f"chunk-{index:05d}.raw").unlink(missing_ok=True)
        result.frames = audio.count_frames(result.path)
        if self._cache_ok:
            try:
                meta = {"frames": result.frames, "starts": result.starts, "spans": result.spans}
                result.path = self.cache.put_chunk(chunks[index].key, result.path, meta)
            except OSError:
                self._cache_ok = False
        encoded[index] = result
        if self.progress:
            self.progress("encoding", sum(e is not None for e in encoded), len(encoded))

    # -- timing ----------------------------------------------------------------------------

    def _timeline(self, script: Script, chunks: Sequence[Chunk], encoded: Sequence[_Encoded],
                  duration_ms: int) -> Timeline:
        """Line positions from chunk frame counts; the duration as read back from the MP3
        (they agree: frames x 1,152 samples, which is also how players count)."""
        starts: dict[int, float] = {}
        speech: dict[int, tuple[float, float]] = {}
        offset = 0
        for chunk_, enc in zip(chunks, encoded, strict=True):
            base = (offset + ENCODER_OFFSET) / audio.SAMPLE_RATE_OUT
            lines = [p.line for p in chunk_.pieces if p.role == "speech"]
            for line, position, (start, end) in zip(lines, enc.starts, enc.spans, strict=True):
                starts[line] = base + position / SAMPLE_RATE
                speech[line] = (base + start / SAMPLE_RATE, base + end / SAMPLE_RATE)
            offset += enc.frames * audio.FRAME_SAMPLES
        return build_timeline(script, starts, speech, duration_ms)


def build_timeline(script: Script, starts: dict[int, float],
                   speech: dict[int, tuple[float, float]], duration_ms: int) -> Timeline:
    """Cues from line positions (seconds) and chapters from the script's chapter marks."""
    cues = []
    for i, line in enumerate(script.lines):
        begin, end = speech[i]
        cue_start = round(begin * 1000)
        cues.append(Cue(start_ms=cue_start, end_ms=max(cue_start, round(end * 1000)),
                        text=printable(line.segment.text), speaker=line.segment.speaker, line=i,
                        kind=line.segment.kind))
    marks = [(round(starts[i] * 1000), line.chapter) for i, line in enumerate(script.lines)
             if line.chapter]
    return Timeline(duration_ms=duration_ms, cues=tuple(cues),
                    chapters=chapters_from(marks, duration_ms))


def chapters_from(marks: Sequence[tuple[int, str]], duration_ms: int) -> tuple[Chapter, ...]:
    """Contiguous chapters from (start, title) marks: the first starts at 0, the last ends at
    the duration; marks that would make an empty chapter are merged into the next."""
    kept: list[tuple[int, str]] = []
    for start, title in marks:
        start = 0 if not kept else min(max(start, kept[-1][0] + 1), duration_ms - 1)
        if kept and start <= kept[-1][0]:
            continue
        kept.append((start, title))
    if not kept:
        kept = [(0, "Episode")]
    ends = [s for s, _ in kept[1:]] + [duration_ms]
    return tuple(Chapter(start_ms=s, end_ms=e, title=t)
                 for (s, t), e in zip(kept, ends, strict=True))
