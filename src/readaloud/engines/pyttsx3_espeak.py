"""The pyttsx3 engine over eSpeak NG: the only module that imports pyttsx3.

pyttsx3 2.99's espeak driver is wrapped rather than driven through `save_to_file()` +
`runAndWait()` (GUIDE.md, "Facts about the parts"): that path starts eSpeak NG in asynchronous
retrieval mode and can return before synthesis ends, concatenates audio with `bytes +=`
(quadratic), sleeps 10 ms per loop turn, prints to stdout and silently keeps the previous voice
for an unknown id. Here pyttsx3 initialises eSpeak NG and sets the voice properties through its
driver; synthesis goes through pyttsx3's eSpeak binding with our own callback collecting
chunks in a list, and `espeak_Synchronize()` waits until the text is fully spoken.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import threading
from importlib import metadata
from typing import Any

from readaloud.engines import Audio, EngineVoice, VoiceCatalog
from readaloud.errors import DependencyError, SynthesisError
from readaloud.model import Voice

SAMPLE_RATE = 22050
_LOCK = threading.Lock()  # eSpeak NG has one global synthesiser per process


def _preload_espeak() -> str:
    """Make `libespeak-ng.so.1` loadable by name; return where it comes from.

    The system library wins when present (apt's espeak-ng); otherwise the one shipped by the
    espeakng-loader wheel is preloaded with RTLD_GLOBAL and ESPEAK_DATA_PATH points at its data,
    which is what pyttsx3 then finds when it loads the library by name.
    """
    if ctypes.util.find_library("espeak-ng"):
        try:
            ctypes.CDLL("libespeak-ng.so.1", mode=ctypes.RTLD_GLOBAL)
            return "system"
        except OSError:
            pass
    try:
        import espeakng_loader
    except ImportError as err:
        raise DependencyError(
            "eSpeak NG not found; install espeak-ng or `pip install espeakng-loader`"
        ) from err
    ctypes.CDLL(espeakng_loader.get_library_path(), mode=ctypes.RTLD_GLOBAL)
    os.environ["ESPEAK_DATA_PATH"] = espeakng_loader.get_data_path()
    return "espeakng-loader " + metadata.version("espeakng-loader")


class Pyttsx3Engine:
    """eSpeak NG through pyttsx3: offline, 22,050 Hz mono, deterministic enough to cache."""

    name = "pyttsx3"

    def __init__(self) -> None:
        origin = _preload_espeak()
        try:
            import pyttsx3
            from pyttsx3.drivers import _espeak
            from pyttsx3.drivers.espeak import EspeakDriver
        except (ImportError, RuntimeError, OSError) as err:
            raise DependencyError(f"pyttsx3 cannot start eSpeak NG: {err}") from err
        self._pyttsx3 = pyttsx3.init("espeak")
        self._espeak: Any = _espeak
        self._driver: Any = EspeakDriver
        self._chunks: list[bytes] = []
        _espeak.SetSynthCallback(self._on_synth)
        data_voices = self._data_path_variants()
        self._variants = tuple(sorted(data_voices))
        self.version = (f"pyttsx3 {metadata.version('pyttsx3')}; "
                        f"espeak-ng {self._espeak_version()} ({origin})")

    # -- catalog ---------------------------------------------------------------------------

    def catalog(self) -> VoiceCatalog:
        """Base voices from eSpeak NG's list, and the variants found in its data folder."""
        voices = []
        for v in self._driver.getProperty("voices"):
            gender = (v.gender or "").lower() or None
            language = v.languages[0] if v.languages else ""
            voices.append(EngineVoice(id=v.id, name=v.name, language=language, gender=gender))
        return VoiceCatalog(engine=self.name, voices=tuple(voices), variants=self._variants)

    def _data_path_variants(self) -> list[str]:
        for root in self._data_roots():
            folder = os.path.join(root, "voices", "!v")
            if os.path.isdir(folder):
                return [n for n in os.listdir(folder) if not n.startswith(".")]
        return []

    @staticmethod
    def _data_roots() -> list[str]:
        roots = [os.environ.get("ESPEAK_DATA_PATH", "")]
        roots += ["/usr/lib/x86_64-linux-gnu/espeak-ng-data", "/usr/share/espeak-ng-data",
                  "/usr/lib/aarch64-linux-gnu/espeak-ng-data", "/usr/local/share/espeak-ng-data"]
        return [r if r.endswith("espeak-ng-data") else os.path.join(r, "espeak-ng-data")
                for r in roots if r] + [r for r in roots if r]

    def _espeak_version(self) -> str:
        lib = self._espeak.dll
        lib.espeak_Info.restype = ctypes.c_char_p
        lib.espeak_Info.argtypes = [ctypes.c_void_p]
        raw = lib.espeak_Info(None)
        return raw.decode("ascii", "replace").split()[0] if raw else "unknown"

    # -- synthesis -------------------------------------------------------------------------

    def _on_synth(self, wav: Any, numsamples: int, events: Any) -> int:
        if numsamples > 0:
            self._chunks.append(ctypes.string_at(wav, numsamples * 2))
        return 0

    def synthesize(self, text: str, voice: Voice) -> Audio:
        """Speak `text` (phoneme input `[[...]]` allowed) and return all of its samples."""
        with _LOCK:
            try:
                self._driver.setProperty("voice", voice.id)
            except ValueError as err:
                raise SynthesisError(f"eSpeak NG has no voice '{voice.id}'") from err
            self._driver.setProperty("rate", voice.rate)
            self._driver.setProperty("pitch", voice.pitch)
            self._driver.setProperty("volume", voice.volume)
            self._chunks = []
            flags = self._espeak.ENDPAUSE | self._espeak.CHARS_UTF8 | self._espeak.PHONEMES
            self._espeak.Synth(text.encode("utf-8"), flags=flags)
            self._espeak.Synchronize()
            pcm = b"".join(self._chunks)
            self._chunks = []
        return Audio(pcm=pcm, sample_rate=SAMPLE_RATE)
