"""Tests of synth.py: the engine processes a batch shares, with the fake engine (real ones are
in test_e2e.py)."""

from __future__ import annotations

from pathlib import Path

from readaloud.cache import Cache
from readaloud.engines.fake import FakeEngine
from readaloud.model import Voice
from readaloud.synth import ClipJob, Synthesizer, Workers, clip_key

VOICE = Voice(engine="fake", id="fake")


def jobs(engine: FakeEngine, *texts: str) -> list[ClipJob]:
    return [ClipJob(key=clip_key(engine, VOICE, t), text=t, voice=VOICE, label=f"line {i}")
            for i, t in enumerate(texts, 1)]


def test_episodes_of_a_batch_share_one_pool(tmp_path: Path) -> None:
    """One pool serves several synthesizers (episodes) and outlives each of them."""
    engine = FakeEngine()
    with Workers(engine, 2) as workers:
        with Synthesizer(engine, Cache(tmp_path / "a"), 2, workers=workers) as first:
            assert len(list(first.clips(jobs(engine, "One sentence here.", "Two more.")))) == 2
        pool = workers.pool()
        with Synthesizer(engine, Cache(tmp_path / "b"), 2, workers=workers) as second:
            assert len(list(second.clips(jobs(engine, "A third sentence.")))) == 1
        assert workers.pool() is pool  # not restarted between episodes
    assert workers._pool is None  # closed with the batch


def test_a_synthesizer_without_workers_stops_its_own(tmp_path: Path) -> None:
    engine = FakeEngine()
    synthesizer = Synthesizer(engine, Cache(tmp_path), 1)
    with synthesizer:
        assert len(list(synthesizer.clips(jobs(engine, "Only one line.")))) == 1
        assert synthesizer._workers._pool is not None
    assert synthesizer._workers._pool is None


class _Stopped(Exception):
    pass


def test_a_sigterm_while_workers_start_arrives_once_they_exist() -> None:
    """A SIGTERM that lands while the pool starts is held back (half-started workers would
    print tracebacks, with no pool to stop them) and delivered as soon as the start is over."""
    import os
    import signal

    from readaloud.synth import _signals_held

    def stop(signum: int, frame: object) -> None:
        raise _Stopped

    previous = signal.signal(signal.SIGTERM, stop)
    started = False
    try:
        try:
            with _signals_held():
                os.kill(os.getpid(), signal.SIGTERM)
                started = True  # the body runs to its end: the signal waits
        except _Stopped:
            pass
        else:
            raise AssertionError("the held SIGTERM was never delivered")
        assert started
        assert signal.getsignal(signal.SIGTERM) is stop  # the caller's handler is back
    finally:
        signal.signal(signal.SIGTERM, previous)
