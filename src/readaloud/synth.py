"""Synthesis of clips: cache look-ups, a pool of engine processes, checks, retries, time limits.

pyttsx3 and eSpeak NG keep one global synthesiser per process and are not thread-safe, so
parallel synthesis uses worker processes (spawned, each initialising the engine once). Every
clip is checked (non-empty, length plausible for its words); a failing or hanging clip is
retried once in a fresh worker, then reported as a SynthesisError naming the line and its text.
"""

from __future__ import annotations

import contextlib
import math
import multiprocessing
import multiprocessing.pool
import os
import re
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readaloud import levels
from readaloud.cache import Cache, make_key
from readaloud.engines import Engine, load_engine
from readaloud.errors import (
    ConfigError,
    DependencyError,
    OutputError,
    ReadaloudError,
    SynthesisError,
)
from readaloud.files import describe_os_error
from readaloud.model import Clip, Voice

_WORD = re.compile(r"[^\W_]+")
CLIP_TIMEOUT_ENV = "READALOUD_CLIP_TIMEOUT"
DEFAULT_CLIP_TIMEOUT = 60.0
STARTUP_TIMEOUT = 120.0
"""Seconds a new worker process may take to start and load the engine."""


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
    """True when a clip's length fits its words (between 15% and 6x the expected time).

    Edge cases: no words (only emoji or punctuation) is always plausible; a character beyond
    U+02FF (Arabic, Thai, Ethiopic, CJK, emoji...) may be spelled out by a voice of another
    language ("Arabic letter alef": up to 1.8 s each, measured), so each counts as a word for
    the upper bound only; without that, any right-to-left or Asian text failed to build.
    """
    words = len(_WORD.findall(text))
    if words == 0:
        return True
    word_time = 60.0 / voice.rate
    spelled = sum(1 for char in text if ord(char) > 0x2FF and not char.isspace())
    seconds = samples / sample_rate
    return 0.15 * words * word_time <= seconds <= 6 * (words + spelled) * word_time + 3


def clip_timeout() -> float:
    """Seconds a clip may take (plus 1 s per 20 characters) before its worker is restarted:
    $READALOUD_CLIP_TIMEOUT, else 60. ConfigError for anything but a positive number."""
    value = os.environ.get(CLIP_TIMEOUT_ENV, "").strip()
    if not value:
        return DEFAULT_CLIP_TIMEOUT
    try:
        seconds = float(value)
    except ValueError:
        seconds = math.nan
    if not 0 < seconds < math.inf:
        raise ConfigError(f"{CLIP_TIMEOUT_ENV} must be a number of seconds above 0, got "
                          f"{value!r}; unset it for the default ({DEFAULT_CLIP_TIMEOUT:g} s)")
    return seconds


# -- worker side ---------------------------------------------------------------------------

_ENGINE: Engine | None = None


def _init_worker(engine_name: str) -> None:
    global _ENGINE
    # Ctrl-C reaches the whole process group: the parent stops the pool and cleans up; a
    # worker dying of KeyboardInterrupt mid-task would only print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _ENGINE = load_engine(engine_name)


def make_clip(engine: Engine, cache: Cache, job: ClipJob) -> Clip:
    """Synthesise, check, trim, measure and store one clip (one attempt; the Synthesizer
    retries a failed clip once, in a fresh worker when the engine hung)."""
    try:
        audio = engine.synthesize(job.text, job.voice)
    except SynthesisError as err:  # the engine does not know which line it was reading
        raise SynthesisError(f"the engine failed on {job.label}: {err}") from err
    pcm = levels.trim_silence(audio.pcm, audio.sample_rate)
    if not plausible(job.text, job.voice, len(pcm) // 2, audio.sample_rate):
        seconds = len(pcm) / 2 / audio.sample_rate
        raise SynthesisError(
            f"the engine produced {seconds:.1f} s of audio for {job.label}; "
            f"try another voice for it or report the text"
        )
    lufs = levels.loudness(pcm, audio.sample_rate)
    return cache.put_clip(job.key, pcm, audio.sample_rate, lufs)


def _ready() -> bool:
    """A no-op task: its answer means a worker has started and loaded the engine."""
    return _ENGINE is not None


def _work(job: ClipJob, cache_root: str) -> Clip | ReadaloudError:
    assert _ENGINE is not None, "worker not initialised"
    try:
        return make_clip(_ENGINE, Cache(Path(cache_root)), job)
    except ReadaloudError as err:  # sent back as a value, rebuilt from its message alone
        return type(err)(str(err))
    except OSError as err:  # the clip cannot be stored: disk full, permissions (exit 6, not 5)
        return OutputError(describe_os_error(err, Path(cache_root)))


# -- parent side ---------------------------------------------------------------------------


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Start worker processes immune to Ctrl-C: they inherit an ignored SIGINT (a Ctrl-C sent
    to the whole terminal group would otherwise kill each one mid-import, with a traceback).
    The parent's own Ctrl-C is held back meanwhile and arrives once the pool exists, and so
    does a SIGTERM: one that stopped the parent while the pool was starting would leave the
    half-started workers reading their start-up data from a closed pipe, each printing a
    traceback (`EOFError: Ran out of input`), and no pool to stop them with."""
    if not hasattr(signal, "pthread_sigmask") or (
            threading.current_thread() is not threading.main_thread()):
        yield
        return
    from multiprocessing import resource_tracker

    resource_tracker.ensure_running()  # starting it unblocks SIGINT: start it beforehand
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    terms: list[int] = []
    previous_term = signal.signal(signal.SIGTERM, lambda signum, _frame: terms.append(signum))
    if previous_term is None:  # a handler not set from Python: restore the default one
        previous_term = signal.SIG_DFL
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        signal.signal(signal.SIGTERM, previous_term)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        if terms:
            signal.raise_signal(signal.SIGTERM)  # now that the pool exists to be stopped


class Workers:
    """The engine processes: started on first use, kept until closed, so one pool can serve
    every episode of a batch (starting one costs about a second)."""

    def __init__(self, engine: Engine, jobs: int) -> None:
        self.engine = engine
        self.jobs = max(1, jobs)
        self._pool: multiprocessing.pool.Pool | None = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the worker processes (the next use starts new ones)."""
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def pool(self) -> multiprocessing.pool.Pool:
        """The running pool, started (and waited for) when needed."""
        if self._pool is None:
            ctx = multiprocessing.get_context("spawn")
            with _signals_held():
                self._pool = ctx.Pool(self.jobs, initializer=_init_worker,
                                      initargs=(self.engine.name,))
            # A clip's time limit starts when we wait for it: wait for a worker to be up first,
            # or a slow start (seconds on a busy machine) is taken for the engine hanging.
            try:
                self._pool.apply_async(_ready).get(timeout=STARTUP_TIMEOUT)
            except multiprocessing.TimeoutError:
                self.close()
                raise DependencyError(
                    f"the speech engine '{self.engine.name}' did not start in a worker process "
                    f"within {STARTUP_TIMEOUT:.0f} s; run `readaloud voices` to check it"
                ) from None
        return self._pool


class Synthesizer:
    """Turns ClipJobs into Clips, in order, from the cache or a pool of engine processes.

    With `workers` (shared by a batch) it uses those processes and leaves them running when it
    closes; without, it starts its own and stops them when it closes.
    """

    def __init__(self, engine: Engine, cache: Cache, jobs: int,
                 timeout: float | None = None, workers: Workers | None = None) -> None:
        self.engine = engine
        self.cache = cache
        self.jobs = max(1, jobs) if workers is None else workers.jobs
        self.timeout = clip_timeout() if timeout is None else timeout
        self._workers = workers if workers is not None else Workers(engine, self.jobs)
        self._owns_workers = workers is None

    def __enter__(self) -> Synthesizer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the worker processes this synthesizer started."""
        if self._owns_workers:
            self._workers.close()

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
        return self._workers.pool().apply_async(_work, (job, str(self.cache.root)))

    def _wait(self, job: ClipJob, future: Any,
              pending: deque[tuple[ClipJob, Clip | None, Any]]) -> Clip:
        limit = self.timeout + len(job.text) / 20
        for attempt in range(2):
            try:
                result = future.get(timeout=limit)
            except multiprocessing.TimeoutError:
                if attempt == 1:
                    self._workers.close()  # hung: never hand it to the next episode either
                    raise SynthesisError(
                        f"the engine hung or crashed on {job.label} (no audio after {limit:.0f} s)"
                    ) from None
                self._restart(pending)
                future = self._submit(job)
                continue
            if isinstance(result, ReadaloudError):
                if attempt == 1 or not isinstance(result, SynthesisError):
                    raise result  # a full disk is not helped by trying again
                future = self._submit(job)
                continue
            clip: Clip = result
            return clip
        raise SynthesisError(f"synthesis failed for {job.label}")  # pragma: no cover

    def _restart(self, pending: deque[tuple[ClipJob, Clip | None, Any]]) -> None:
        """Kill a hung pool and resubmit the jobs that were waiting on it."""
        self._workers.close()
        for i, (job, hit, future) in enumerate(pending):
            if future is not None:
                pending[i] = (job, hit, self._submit(job))
