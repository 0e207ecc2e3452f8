"""A fake engine for unit tests: a tone whose length follows the words; never for real builds."""

from __future__ import annotations

import math
import struct
import zlib

from readaloud.engines import Audio, EngineVoice, VoiceCatalog
from readaloud.model import Voice

SAMPLE_RATE = 22050


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
        words = max(1, len(text.split()))
        samples = int(SAMPLE_RATE * words * 60 / voice.rate)
        freq = 120 + (zlib.crc32(voice.id.encode()) % 200) + voice.pitch
        step = 2 * math.pi * freq / SAMPLE_RATE
        pcm = struct.pack(f"<{samples}h", *(int(9800 * math.sin(i * step)) for i in range(samples)))
        return Audio(pcm=pcm, sample_rate=SAMPLE_RATE)
