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
        """A few voices and variants shaped like eSpeak NG's."""
        voices = tuple(
            EngineVoice(id=f"gmw/{lang}", name=lang, language=lang, gender="male")
            for lang in ("en", "en-us", "en-gb-x-rp", "en-029", "en-gb-scotland")
        )
        variants = tuple([f"f{i}" for i in range(1, 6)] + [f"m{i}" for i in range(1, 8)])
        return VoiceCatalog(engine=self.name, voices=voices, variants=variants)

    def synthesize(self, text: str, voice: Voice) -> Audio:
        """A sine tone, 0.3 amplitude, pitch from the voice, length from the word count."""
        words = max(1, len(text.split()))
        samples = int(SAMPLE_RATE * words * 60 / voice.rate)
        freq = 120 + (zlib.crc32(voice.id.encode()) % 200) + voice.pitch
        step = 2 * math.pi * freq / SAMPLE_RATE
        pcm = struct.pack(f"<{samples}h", *(int(9800 * math.sin(i * step)) for i in range(samples)))
        return Audio(pcm=pcm, sample_rate=SAMPLE_RATE)
