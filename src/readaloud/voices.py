"""Auditions: what the cast sounds like, as one short MP3 per voice, and the cast as a list."""

from __future__ import annotations

import tempfile
from pathlib import Path

from readaloud import audio, levels
from readaloud.cast import roster
from readaloud.engines import Engine, VoiceCatalog
from readaloud.files import TEMP_PREFIX, atomic_file, safe_stem
from readaloud.model import Config

SAMPLE_TEXT = ("This is {role}, reading the news. The council approved the budget on Tuesday, "
               "and the ferry will run every forty minutes.")


def cast_summary(config: Config, catalog: VoiceCatalog) -> list[tuple[str, str]]:
    """(role, voice name) for the narrator, each fixed speaker and each pool voice."""
    return [(role, voice.name) for role, voice in roster(config, catalog)]


def audition(config: Config, engine: Engine, catalog: VoiceCatalog, out_dir: Path
             ) -> list[Path]:
    """Write `voice-<role>.mp3` for every voice of the cast into out_dir; return the paths."""
    written = []
    target = -16.0 if config.audio.stereo else -19.0
    encoding = audio.Encoding(bitrate=config.audio.bitrate)
    for role, voice in roster(config, catalog):
        spoken = engine.synthesize(SAMPLE_TEXT.format(role=f"the {role} voice"), voice)
        pcm = levels.trim_silence(spoken.pcm, spoken.sample_rate)
        gain = levels.gain_db(levels.loudness(pcm, spoken.sample_rate), target)
        pcm = levels.shape(pcm, spoken.sample_rate, gain, audio.PEAK_LIMIT_DB)
        path = out_dir / f"voice-{safe_stem(role)}.mp3"
        out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=TEMP_PREFIX, dir=out_dir) as work:
            raw, mp3 = Path(work) / "clip.raw", Path(work) / "clip.mp3"
            raw.write_bytes(pcm)
            audio.finish(audio.encode_raw(raw, spoken.sample_rate, mp3, encoding), path.name)
            with atomic_file(path) as handle:
                handle.write(mp3.read_bytes())
        written.append(path)
    return written
