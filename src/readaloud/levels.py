"""Sound levels of clips: silence trimming, BS.1770 loudness (pyloudnorm) and matching gains."""

from __future__ import annotations

import math

import numpy as np
import pyloudnorm
from scipy.ndimage import minimum_filter1d, uniform_filter1d

SILENCE_THRESHOLD = 64
"""Samples below this magnitude (about -54 dBFS) count as silence when trimming."""
KEEP_MS = 20
"""Silence kept at each end of a trimmed clip, so onsets and releases are not cut."""
MIN_MEASURE_S = 0.5
"""Clips shorter than this are tiled to this length before measuring (BS.1770 needs 400 ms)."""


def trim_silence(pcm: bytes, sample_rate: int) -> bytes:
    """Drop leading and trailing silence, keeping KEEP_MS of it; all-silent input gives b""."""
    samples = np.frombuffer(pcm, dtype="<i2")
    loud = np.flatnonzero(np.abs(samples.astype(np.int32)) > SILENCE_THRESHOLD)
    if loud.size == 0:
        return b""
    keep = sample_rate * KEEP_MS // 1000
    start = max(0, int(loud[0]) - keep)
    end = min(samples.size, int(loud[-1]) + 1 + keep)
    return samples[start:end].tobytes()


def loudness(pcm: bytes, sample_rate: int) -> float | None:
    """Integrated loudness in LUFS, or None for silence. Short clips are tiled to measure."""
    samples = np.frombuffer(pcm, dtype="<i2").astype(np.float64) / 32768.0
    if samples.size == 0:
        return None
    minimum = int(MIN_MEASURE_S * sample_rate)
    if samples.size < minimum:
        samples = np.tile(samples, minimum // samples.size + 1)[:minimum]
    value = float(pyloudnorm.Meter(sample_rate).integrated_loudness(samples))
    return value if math.isfinite(value) else None


def gain_db(measured: float | None, target: float) -> float:
    """The gain that brings a clip measured at `measured` LUFS to `target`; 0 for silence.

    Capped at +24 dB so a near-silent clip is never blown up into noise.
    """
    if measured is None:
        return 0.0
    return min(24.0, target - measured)


LIMIT_LOOKAHEAD_MS = 5
"""A gain reduction starts this long before a peak and ends this long after it."""


def shape(pcm: bytes, sample_rate: int, gain: float, ceiling_db: float) -> bytes:
    """Apply `gain` dB, then keep every sample under `ceiling_db` dBFS with a look-ahead
    limiter: the gain needed at each peak is spread over +-5 ms (a minimum then a moving
    average over the same window, which never exceeds the gain any sample needs), so
    peaks are turned down smoothly instead of clipped."""
    if not pcm:
        return pcm
    x = np.frombuffer(pcm, dtype="<i2").astype(np.float32) * np.float32(10 ** (gain / 20))
    ceiling = np.float32(32767 * 10 ** (ceiling_db / 20))
    magnitude = np.abs(x)
    if magnitude.max() > ceiling:
        need = np.minimum(np.float32(1.0), ceiling / np.maximum(magnitude, np.float32(1.0)))
        window = 2 * (sample_rate * LIMIT_LOOKAHEAD_MS // 1000) + 1
        x *= uniform_filter1d(minimum_filter1d(need, size=window), size=window)
    return bytes(np.clip(np.rint(x), -32768, 32767).astype("<i2").tobytes())
