"""Synthesis of clips: cache look-ups, a pool of engine processes, checks, retries, time limits.

pyttsx3 and eSpeak NG keep one global synthesiser per process and are not thread-safe, so
parallel synthesis uses worker processes (spawned, each initialising the engine once). Every
clip is checked (non-empty, length plausible for its words); a failing or hanging clip is
retried once in a fresh worker, then reported as a SynthesisError naming the line and its text.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.pool
import re
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readaloud import levels
from readaloud.cache import Cache, make_key
from readaloud.engines import Engine, load_engine
from readaloud.errors import ReadaloudError, SynthesisError
from readaloud.model import Clip, Voice

_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class ClipJob:
    """One piece of speech to make: text in a voice, and how to name it in errors."""

    key: str
    """Cache key (see clip_key)."""
    text: str
    """Spoken text sent to the engine."""
    voice: Voice
    """The voice setting."""
    label: str
    """Human description for errors: "line 12 ('I've never heard of that.')"."""


def clip_key(engine: Engine, voice: Voice, text: str) -> str:
    """Everything that changes a clip's sound: engine and version, voice setting, text."""
    return make_key("clip", engine.name, engine.version, voice.id, voice.rate, voice.pitch,
                    voice.volume, text)


def plausible(text: str, voice: Voice, samples: int, sample_rate: int) -> bool:
    """True when a clip's length fits its words (between 15% and 6x the expected time)."""
    words = len(_WORD.findall(text))
    if words == 0:
        return True
    expected = words * 60.0 / voice.rate
    seconds = samples / sample_rate
    return 0.15 * expected <= seconds <= 6 * expected + 3


# -- worker side ---------------------------------------------------------------------------

_ENGINE: Engine | None = None


def _init_worker(engine_name: str) -> None:
    global _ENGINE
    _ENGINE = load_engine(engine_name)


def make_clip(engine: Engine, cache: Cache, job: ClipJob) -> Clip:
    """Synthesise, check, trim, measure and store one clip (in a worker or in-process)."""
    for _attempt in range(2):
        audio = engine.synthesize(job.text, job.voice)
        pcm = levels.trim_silence(audio.pcm, audio.sample_rate)
        if plausible(job.text, job.voice, len(pcm) // 2, audio.sample_rate):
            lufs = levels.loudness(pcm, audio.sample_rate)
            return cache.put_clip(job.key, pcm, audio.sample_rate, lufs)
    seconds = len(pcm) / 2 / audio.sample_rate
    raise SynthesisError(
        f"the engine produced {seconds:.1f} s of audio for {job.label}; "
        f"try another voice for it or report the text"
    )


def _work(job: ClipJob, cache_root: str) -> Clip | ReadaloudError:
    assert _ENGINE is not None, "worker not initialised"
    try:
        return make_clip(_ENGINE, Cache(Path(cache_root)), job)
    except ReadaloudError as err:  # sent back as a value: exceptions with args pickle poorly
        return SynthesisError(str(err))
    except OSError as err:
        return SynthesisError(f"cannot store the clip for {job.label}: {err}")


# -- parent side ---------------------------------------------------------------------------


class Synthesizer:
    """Turns ClipJobs into Clips, in order, from the cache or a pool of engine processes."""

    def __init__(self, engine: Engine, cache: Cache, jobs: int, timeout: float = 60.0) -> None:
        self.engine = engine
        self.cache = cache
        self.jobs = max(1, jobs)
        self.timeout = timeout
        self._pool: multiprocessing.pool.Pool | None = None

    def __enter__(self) -> Synthesizer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the worker processes."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def _get_pool(self) -> multiprocessing.pool.Pool:
        if self._pool is None:
            ctx = multiprocessing.get_context("spawn")
            self._pool = ctx.Pool(self.jobs, initializer=_init_worker,
                                  initargs=(self.engine.name,))
        return self._pool

    def clips(self, jobs: Sequence[ClipJob],
              on_clip: Callable[[], None] | None = None) -> Iterator[Clip]:
        """Yield one Clip per job, in order; misses are synthesised ahead in parallel."""
        pending: deque[tuple[ClipJob, Clip | None, Any]] = deque()
        window = 8 * self.jobs
        index = 0
        while index < len(jobs) or pending:
            while index < len(jobs) and len(pending) < window:
                job = jobs[index]
                index += 1
                hit = self.cache.get_clip(job.key)
                future = None if hit else self._submit(job)
                pending.append((job, hit, future))
            job, hit, future = pending.popleft()
            clip = hit if hit is not None else self._wait(job, future, pending)
            if on_clip:
                on_clip()
            yield clip

    def _submit(self, job: ClipJob) -> Any:
        return self._get_pool().apply_async(_work, (job, str(self.cache.root)))

    def _wait(self, job: ClipJob, future: Any,
              pending: deque[tuple[ClipJob, Clip | None, Any]]) -> Clip:
        limit = self.timeout + len(job.text) / 20
        for attempt in range(2):
            try:
                result = future.get(timeout=limit)
            except multiprocessing.TimeoutError:
                if attempt == 1:
                    self.close()
                    raise SynthesisError(
                        f"the engine hung on {job.label} (no audio after {limit:.0f} s)"
                    ) from None
                self._restart(pending)
                future = self._submit(job)
                continue
            if isinstance(result, ReadaloudError):
                if attempt == 1:
                    raise result
                future = self._submit(job)
                continue
            clip: Clip = result
            return clip
        raise SynthesisError(f"synthesis failed for {job.label}")  # pragma: no cover

    def _restart(self, pending: deque[tuple[ClipJob, Clip | None, Any]]) -> None:
        """Kill a hung pool and resubmit the jobs that were waiting on it."""
        self.close()
        for i, (job, hit, future) in enumerate(pending):
            if future is not None:
                pending[i] = (job, hit, self._submit(job))
