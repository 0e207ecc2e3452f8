"""Speech engines: a small Protocol and a plain registry (name -> module:class, imported lazily)."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Protocol

from readaloud.errors import ConfigError, DependencyError
from readaloud.model import Voice


@dataclass(frozen=True)
class EngineVoice:
    """A voice the engine offers on this machine."""

    id: str
    """Engine voice id ("gmw/en-us")."""
    name: str
    """Human name ("English (America)")."""
    language: str
    """Language tag ("en-us")."""
    gender: str | None
    """"male", "female" or None when the engine does not say."""


@dataclass(frozen=True)
class VoiceCatalog:
    """Everything an engine can say with: base voices and the variants that combine with them."""

    engine: str
    """Registry name of the engine."""
    voices: tuple[EngineVoice, ...]
    """Base voices."""
    variants: tuple[str, ...] = ()
    """Variant names, used as "<voice>+<variant>" ("gmw/en-us+f3")."""

    def has(self, voice_id: str) -> bool:
        """True when `voice_id` ("base" or "base+variant") exists here."""
        base, _, variant = voice_id.partition("+")
        if base not in {v.id for v in self.voices}:
            return False
        return not variant or variant in self.variants

    def all_ids(self) -> list[str]:
        """Base ids then every base+variant id (for "did you mean" suggestions)."""
        bases = [v.id for v in self.voices]
        return bases + [f"{b}+{v}" for b in bases for v in self.variants]


@dataclass(frozen=True)
class Audio:
    """Raw engine output: 16-bit signed little-endian mono PCM."""

    pcm: bytes
    """The samples."""
    sample_rate: int
    """Samples per second."""


class Engine(Protocol):
    """What readaloud needs from a speech engine."""

    name: str
    version: str

    def catalog(self) -> VoiceCatalog:
        """The voices this engine offers here."""
        ...

    def synthesize(self, text: str, voice: Voice) -> Audio:
        """Speak `text` in `voice`; raise SynthesisError on failure."""
        ...


ENGINES: dict[str, str] = {
    "pyttsx3": "readaloud.engines.pyttsx3_espeak:Pyttsx3Engine",
    "fake": "readaloud.engines.fake:FakeEngine",
}
"""Registry: engine name -> "module:Class". Only the chosen engine's module is imported."""


def load_engine(name: str) -> Engine:
    """Create the engine registered under `name`."""
    target = ENGINES.get(name)
    if target is None:
        raise ConfigError(f"unknown engine '{name}'; choose one of: {', '.join(ENGINES)}")
    module_name, _, cls_name = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as err:
        raise DependencyError(
            f"engine '{name}' is not installed ({err}); reinstall readaloud with pip"
        ) from err
    engine: Engine = getattr(module, cls_name)()
    return engine
