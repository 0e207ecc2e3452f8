"""A fake engine for unit tests: a tone whose length follows the words; never for real builds.

For fault tests, $READALOUD_FAKE_FAULT makes it misbehave on chosen text, in the worker
processes that read it: a comma-separated list of MODE:WORD, where MODE is `hang` (never
return), `fail` (raise SynthesisError) or `crash` (the process dies), for any text containing
WORD (case-sensitive). Example: READALOUD_FAKE_FAULT=hang:Zebulon,fail:Quartz
"""

from __future__ import annotations

import math
import os
import struct
import time
import zlib

from readaloud.engines import Audio, EngineVoice, VoiceCatalog
from readaloud.errors import ConfigError, SynthesisError
from readaloud.model import Voice

SAMPLE_RATE = 22050
FAULT_ENV = "READALOUD_FAKE_FAULT"
FAULT_MODES = ("hang", "fail", "crash")


def faults() -> list[tuple[str, str]]:
    """(mode, word) pairs from $READALOUD_FAKE_FAULT; ConfigError for a malformed entry."""
    found = []
    for entry in os.environ.get(FAULT_ENV, "").split(","):
        mode, _, word = entry.strip().partition(":")
        if not mode and not word:
            continue
        if mode not in FAULT_MODES or not word:
            raise ConfigError(f"{FAULT_ENV}: expected MODE:WORD with MODE one of "
                              f"{', '.join(FAULT_MODES)}, got {entry.strip()!r}")
        found.append((mode, word))
    return found


def misbehave(text: str) -> None:
    """Hang, fail or crash as $READALOUD_FAKE_FAULT asks for `text`; else return."""
    for mode, word in faults():
        if word not in text:
            continue
        if mode == "hang":
            while True:
                time.sleep(3600)
        if mode == "crash":
            os._exit(70)
        raise SynthesisError(f"fake fault on {word!r}")


class FakeEngine:
    """Deterministic stand-in: 60/rate seconds of a voice-specific tone per word."""

    name = "fake"
    version = "fake 1"

    def catalog(self) -> VoiceCatalog:
        """Voices shaped like eSpeak NG's: a few accents, f1-f5, m1-m8, and every id the
        packaged default cast names (so the default voices.yaml validates against it)."""
        from readaloud.cast import roster
        from readaloud.config import load_config

        bases = {"gmw/en", "gmw/en-us", "gmw/en-gb-x-rp", "gmw/en-029", "gmw/en-gb-scotland"}
        variants = {f"f{i}" for i in range(1, 6)} | {f"m{i}" for i in range(1, 9)}
        for _, voice in roster(load_config(None)):
            base, _, variant = voice.id.partition("+")
            bases.add(base)
            if variant:
                variants.add(variant)
        voices = tuple(EngineVoice(id=b, name=b, language=b.split("/")[-1], gender=None)
                       for b in sorted(bases))
        return VoiceCatalog(engine=self.name, voices=voices, variants=tuple(sorted(variants)))

    def synthesize(self, text: str, voice: Voice) -> Audio:
        """A sine tone, 0.3 amplitude, pitch from the voice, length from the word count."""
        misbehave(text)
        words = max(1, len(text.split()))
        samples = int(SAMPLE_RATE * words * 60 / voice.rate)
        freq = 120 + (zlib.crc32(voice.id.encode()) % 200) + voice.pitch
        step = 2 * math.pi * freq / SAMPLE_RATE
        pcm = struct.pack(f"<{samples}h", *(int(9800 * math.sin(i * step)) for i in range(samples)))
        return Audio(pcm=pcm, sample_rate=SAMPLE_RATE)
