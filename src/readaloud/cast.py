"""Casting: the narrator's and each speaker's voice, distinct in an episode, stable across them.

How a voice is chosen (the guarantee the README states):

1. A speaker named in voices.yaml (by name, alias, or a lone surname only one entry has) with a
   `voice` gets exactly that voice.
2. Everyone else gets a *slot*: a pool voice at one pitch (and, beyond the first tier, rate).
   The pool is chosen by gender (organisations: unknown). Each pool entry gives three tier-1
   slots (its pitch, 25 lower, 25 higher) and six tier-2 slots (those pitches 25% slower and
   faster). A speaker's order of preference over the slots is fixed by their normalised name
   alone (rendezvous hashing: sha256 of name and slot), tier 1 of their pool first, then tier 2,
   then the unknown pool, then the other pools.
3. The narrator's voice and every fixed voice in voices.yaml are reserved, in every episode.
4. With a memory (the podcast's cast book: name -> the voice they got before), remembered
   speakers take their remembered voice first, in memory order, while it is still a slot of
   these pools and sounds distinct from the voices taken so far.
5. Newcomers then choose in an order fixed by sha256 of their name (not by order of
   appearance); each takes their first slot that sounds distinct from every voice taken and
   from the remembered voices of people absent from the episode (only from the voices taken
   when that leaves nothing).

Without a memory, a name gets the same voice in every episode unless a speaker who chooses
before them in the same episode takes (a voice that sounds like) their slot. With one,
remembered speakers never move (until the pools run out of distinct voices), and casting says
whom it cast afresh (`Casting.learned`) so that the caller can remember them.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from readaloud.config import (
    GENDERS,
    PACKAGED_LABEL,
    PITCH_GAP,
    PITCH_RANGE,
    RATE_RANGE,
    load_config,
    name_key,
    parse_voice_spec,
    resolve_voice_id,
)
from readaloud.engines import VoiceCatalog
from readaloud.errors import ConfigError
from readaloud.model import (
    DEFAULT_PITCH,
    DEFAULT_RATE,
    DEFAULT_VOLUME,
    Config,
    Gender,
    Speaker,
    SpeakerSpec,
    Voice,
    VoiceSpec,
)

PITCH_STEP = 25
"""Pitch offset of the extra slots of a pool voice (about 4 semitones: clearly different)."""
RATE_STEP = 1.25
"""Rate factor of the tier-2 slots (175 -> 140 and 219 words per minute)."""
RATE_GAP = 1.2
"""Two settings of one voice sound distinct when one is this much faster."""


log = logging.getLogger("readaloud")

@dataclass(frozen=True)
class Casting:
    """Who reads in which voice in one episode."""

    narrator: Voice
    """The narrator's voice."""
    voices: tuple[tuple[str, Voice], ...]
    """Speaker name -> voice, in the order the speakers were given."""
    learned: tuple[tuple[str, Voice], ...] = ()
    """What to remember: name key -> voice of each speaker cast afresh (newcomers, and
    remembered speakers whose voice could not be kept), in casting order; never fixed voices,
    nor voices shared because the pools ran out."""

    def voice_for(self, speaker: str | None) -> Voice:
        """The voice of `speaker` (None: the narrator); KeyError for a name never cast."""
        if speaker is None:
            return self.narrator
        for name, voice in self.voices:
            if name == speaker:
                return voice
        raise KeyError(f"speaker {speaker!r} was not cast")


def sounds_distinct(a: Voice, b: Voice) -> bool:
    """True when a listener tells `a` and `b` apart: another voice id, pitch or speed.

    Edge cases: the same id counts as distinct only with a pitch gap of PITCH_GAP or more, or
    one rate RATE_GAP times the other; volume never distinguishes (loudness is normalised).
    """
    if a.id != b.id or abs(a.pitch - b.pitch) >= PITCH_GAP:
        return True
    return max(a.rate, b.rate) >= RATE_GAP * min(a.rate, b.rate)


def voice_from_spec(spec: VoiceSpec, engine: str) -> Voice:
    """The full Voice of a spec that names a voice id; unset settings take the defaults."""
    if spec.voice is None:
        raise ValueError("voice_from_spec needs a spec with a voice id")
    return Voice(
        engine=engine,
        id=spec.voice,
        rate=DEFAULT_RATE if spec.rate is None else spec.rate,
        pitch=DEFAULT_PITCH if spec.pitch is None else spec.pitch,
        volume=DEFAULT_VOLUME if spec.volume is None else spec.volume,
    )


def parse_voice_name(name: str, engine: str) -> Voice:
    """The Voice whose `Voice.name` is `name` ("gmw/en-us+f3 rate=160,pitch=60"); ConfigError
    (without a location) when it is not one."""
    return voice_from_spec(parse_voice_spec(name), engine)


# --------------------------------------------------------------------------------------------
# Matching article speakers to voices.yaml speakers
# --------------------------------------------------------------------------------------------


def find_spec(speaker: Speaker, specs: Sequence[SpeakerSpec]) -> SpeakerSpec | None:
    """The voices.yaml entry for `speaker`, or None.

    Edge cases: names compare without case, dots and extra spaces; an entry named exactly as
    the speaker wins, then one whose name or alias is the speaker's name, then one matching
    any of the speaker's aliases (first in file order); a speaker known only by one word
    ("Psaki") matches the one entry whose full name ends with it, and no entry when several do.
    """
    name = name_key(speaker.name)
    aliases = {name_key(a) for a in speaker.aliases}
    forms = [(spec, {name_key(f) for f in (spec.name, *spec.aliases)}) for spec in specs]
    tests: tuple[Callable[[SpeakerSpec, set[str]], bool], ...] = (
        lambda s, f: name_key(s.name) == name,
        lambda s, f: name in f,
        lambda s, f: bool(aliases & f),
    )
    for wanted in tests:
        for spec, spec_forms in forms:
            if wanted(spec, spec_forms):
                return spec
    if " " not in name:
        by_surname = [s for s in specs if " " in name_key(s.name)
                      and name_key(s.name).rsplit(" ", 1)[1] == name]
        if len(by_surname) == 1:
            return by_surname[0]
    return None


# --------------------------------------------------------------------------------------------
# Casting
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Role:
    """A speaker to cast automatically: the name that picks the slot, and the pool."""

    key: str
    gender: Gender


def cast(config: Config, speakers: Sequence[Speaker], catalog: VoiceCatalog | None = None,
         memory: Mapping[str, str] | None = None) -> Casting:
    """The voices of one episode (see the module docstring for the exact rules).

    With a catalog, every voice id is checked (and completed) against it first. `memory` maps
    name keys (`name_key`) to the `Voice.name` each speaker got before, in the order they were
    first cast; it is only read. When more speakers need voices than the pools can give
    distinctly (hundreds), the rest share pool voices, never the narrator's or a fixed one,
    with a warning: the narrator's announcements and the transcripts still say who speaks.
    """
    config = _complete(config, catalog)
    narrator = voice_from_spec(config.narrator, config.engine)
    fixed = {spec.name: voice_from_spec(spec.voice, config.engine)
             for spec in config.speakers if spec.voice.voice is not None}
    plan: dict[str, Voice | _Role] = {}
    for speaker in speakers:
        if speaker.name in plan:
            continue
        spec = find_spec(speaker, config.speakers)
        if spec is not None and spec.name in fixed:
            plan[speaker.name] = fixed[spec.name]
        else:
            plan[speaker.name] = _role(speaker, spec)
    roles = {r.key: r for r in plan.values() if isinstance(r, _Role)}
    reserved = [narrator, *fixed.values()]
    remembered = _remembered(memory or {}, config, reserved)
    chosen, learned = _assign(roles, remembered, config, reserved)
    voices = tuple((name, v if isinstance(v, Voice) else chosen[v.key]) for name, v in plan.items())
    return Casting(narrator=narrator, voices=voices, learned=learned)


def _remembered(memory: Mapping[str, str], config: Config, reserved: Sequence[Voice]
                ) -> dict[str, Voice]:
    """The remembered voices that still hold, in memory order: name key -> voice.

    Edge cases: a voice that is no slot of these pools any more (pools edited, another engine)
    or that sounds like the narrator or a fixed voice is dropped, so its speaker is cast
    afresh; so is an entry for a name voices.yaml now gives a fixed voice (the file wins).
    """
    slots = {slot.name: slot for slot in all_slots(config)}
    fixed_keys = {name_key(form) for spec in config.speakers if spec.voice.voice is not None
                  for form in (spec.name, *spec.aliases)}
    held: dict[str, Voice] = {}
    for key, name in memory.items():
        slot = slots.get(name)
        if (slot is not None and key not in fixed_keys
                and all(sounds_distinct(slot, other) for other in reserved)):
            held[key] = slot
    return held


def _assign(roles: Mapping[str, _Role], remembered: Mapping[str, Voice], config: Config,
            reserved: Sequence[Voice]) -> tuple[dict[str, Voice], tuple[tuple[str, Voice], ...]]:
    """Voices for `roles` (name key -> voice), and those cast afresh, to remember.

    Edge cases: a remembered voice that sounds like one taken before it (two remembered
    speakers given alike voices by hand) is recast; a newcomer avoids the remembered voices
    of absent speakers while the pools allow; past every distinct slot, voices are shared.
    """
    taken = list(reserved)
    chosen: dict[str, Voice] = {}
    for key, voice in remembered.items():
        if key in roles and all(sounds_distinct(voice, other) for other in taken):
            chosen[key] = voice
            taken.append(voice)
    absent = [voice for key, voice in remembered.items() if key not in roles]
    learned: list[tuple[str, Voice]] = []
    shared = 0
    for role in sorted((r for r in roles.values() if r.key not in chosen),
                       key=lambda r: _digest(r.key)):
        found = _choose(role, config, [*taken, *absent]) or _choose(role, config, taken)
        if found is not None:
            learned.append((role.key, found))
        else:
            found = _shared(role, config, reserved)
            shared += 1
        chosen[role.key] = found
        taken.append(found)
    if shared:
        log.warning("%d speakers share voices with others: the pools hold no more distinct "
                    "voices (add voices to pools in voices.yaml)", shared)
    return chosen, tuple(learned)


def _shared(role: _Role, config: Config, reserved: Sequence[Voice]) -> Voice:
    """A voice for a speaker past every distinct slot: any but the narrator's or a fixed one."""
    voice = _choose(role, config, reserved)
    if voice is None:
        label = config.path or PACKAGED_LABEL
        raise ConfigError(f"the pools have no voice that sounds distinct from the narrator "
                          f"and the fixed speakers; add voices to pools in {label}")
    return voice


def _role(speaker: Speaker, spec: SpeakerSpec | None) -> _Role:
    """How an uncast speaker is cast: by the entry's name when voices.yaml knows them."""
    gender: Gender = "unknown" if speaker.organisation else speaker.gender
    if spec is not None and spec.gender is not None:
        gender = spec.gender
    return _Role(key=name_key(spec.name if spec else speaker.name), gender=gender)


def _choose(role: _Role, config: Config, taken: Sequence[Voice]) -> Voice | None:
    """The first slot in the role's preference order that sounds distinct from all taken."""
    for slot in preferences(role.key, role.gender, config):
        if all(sounds_distinct(slot, other) for other in taken):
            return slot
    return None


def preferences(key: str, gender: Gender, config: Config) -> Iterator[Voice]:
    """Every slot, in the order the name `key` prefers them (its gender's pool first)."""
    pools = dict(config.pools)
    unknown: Gender = "unknown"
    order: list[Gender] = list(dict.fromkeys((gender, unknown, *GENDERS)))
    for pool_gender in order:
        for tier in (1, 2):
            slots = [voice for spec in pools.get(pool_gender, ())
                     for voice in slots_of(spec, config.engine, tier)]
            yield from sorted(slots, key=lambda v: _digest(f"{key}\x1f{v.name}"))


def all_slots(config: Config) -> list[Voice]:
    """Every slot of every pool of `config`, tier 1 then tier 2 of each pool voice."""
    return [slot for _, specs in config.pools for spec in specs for tier in (1, 2)
            for slot in slots_of(spec, config.engine, tier)]


def slots_of(spec: VoiceSpec, engine: str, tier: int) -> list[Voice]:
    """The settings a pool voice offers in `tier` (1: three pitches; 2: those, slower/faster).

    Edge cases: pitches and rates are clamped to their ranges, and a clamped setting that
    sounds like an earlier one of the same voice is dropped (pitch 90 gives 90 and 65 only).
    """
    base = voice_from_spec(spec, engine)
    pitches = [base.pitch, base.pitch - PITCH_STEP, base.pitch + PITCH_STEP]
    rates = [round(base.rate / RATE_STEP), round(base.rate * RATE_STEP)]
    kept: list[tuple[int, Voice]] = []
    for slot_tier, rate in [(1, base.rate), *((2, r) for r in rates)]:
        for pitch in pitches:
            voice = replace(base, pitch=_clamp(pitch, PITCH_RANGE), rate=_clamp(rate, RATE_RANGE))
            if all(sounds_distinct(voice, other) for _, other in kept):
                kept.append((slot_tier, voice))
    return [voice for slot_tier, voice in kept if slot_tier == tier]


def _clamp(value: int, bounds: tuple[int, int]) -> int:
    return max(bounds[0], min(bounds[1], value))


def _digest(text: str) -> bytes:
    """A stable hash (never Python's salted hash()): same name, same order, on every machine."""
    return hashlib.sha256(text.encode("utf-8")).digest()


# --------------------------------------------------------------------------------------------
# Completing and checking a Config
# --------------------------------------------------------------------------------------------


def _complete(config: Config, catalog: VoiceCatalog | None) -> Config:
    """`config` with a narrator voice and all three pools (from the packaged default when a
    hand-made Config lacks them), every voice id checked against `catalog`."""
    pools = dict(config.pools)
    if config.narrator.voice is None or any(not pools.get(g) for g in GENDERS):
        default = load_config(None)
        narrator = config.narrator if config.narrator.voice else replace(
            config.narrator, voice=default.narrator.voice)
        pools = {g: pools.get(g) or dict(default.pools)[g] for g in GENDERS}
        config = replace(config, narrator=narrator, pools=tuple(pools.items()))
    if catalog is None:
        return config
    label = config.path or PACKAGED_LABEL
    return replace(
        config,
        narrator=_checked(config.narrator, catalog, f"{label} narrator"),
        speakers=tuple(replace(s, voice=_checked(s.voice, catalog, f"{label} speakers.{s.name!r}"))
                       for s in config.speakers),
        pools=tuple((g, tuple(_checked(s, catalog, f"{label} pools.{g}[{i}]")
                              for i, s in enumerate(specs))) for g, specs in config.pools),
    )


def _checked(spec: VoiceSpec, catalog: VoiceCatalog, where: str) -> VoiceSpec:
    """`spec` with its voice id completed from the catalog; ConfigError naming `where`."""
    if spec.voice is None:
        return spec
    try:
        return replace(spec, voice=resolve_voice_id(spec.voice, catalog))
    except ConfigError as err:
        raise ConfigError(f"{where}: {err}") from None


def roster(config: Config, catalog: VoiceCatalog | None = None) -> tuple[tuple[str, Voice], ...]:
    """Every voice of the cast, labelled: the narrator, each fixed speaker, each pool voice at
    its own setting ("female 1", ...); for `readaloud voices` and its audition clips."""
    config = _complete(config, catalog)
    rows = [("narrator", voice_from_spec(config.narrator, config.engine))]
    rows += [(spec.name, voice_from_spec(spec.voice, config.engine))
             for spec in config.speakers if spec.voice.voice is not None]
    rows += [(f"{gender} {i}", voice_from_spec(spec, config.engine))
             for gender, specs in config.pools for i, spec in enumerate(specs, 1)]
    return tuple(rows)
