"""Casting: distinct voices in an episode, stable across episodes, by gender, aliases honoured."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readaloud.cast import (
    PITCH_GAP,
    Casting,
    cast,
    find_spec,
    parse_voice_name,
    preferences,
    roster,
    slots_of,
    sounds_distinct,
    voice_from_spec,
)
from readaloud.config import load_config
from readaloud.engines import EngineVoice, VoiceCatalog
from readaloud.errors import ConfigError
from readaloud.model import Config, Gender, Speaker, SpeakerSpec, Voice, VoiceSpec

DEFAULT = load_config(None)
POOLS = dict(DEFAULT.pools)
E = "pyttsx3"


def v(name: str) -> Voice:
    return parse_voice_name(name, E)


def pool_ids(gender: Gender) -> set[str]:
    return {spec.voice or "" for spec in POOLS[gender]}


def names(n: int, seed: int = 0) -> list[str]:
    """`n` distinct synthetic full names."""
    rng = random.Random(seed)
    first = ["Ada", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal", "Ivy", "Jo", "Kit", "Lu", "Mo"]
    last = ["Arden", "Brook", "Crane", "Dale", "Erring", "Frost", "Gale", "Hart", "Isles",
            "Jarrow", "Kemp", "Lyle", "Marsh", "Nye", "Orme", "Pike"]
    pairs = [f"{a} {b}" for a in first for b in last]
    return rng.sample(pairs, n)


# --------------------------------------------------------------------------------------------
# Voices, names and distinctness
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("a", "b", "distinct"), [
    ("gmw/en-us", "gmw/en-us+f3", True),                # another variant
    ("gmw/en-us+f3", "gmw/en-gb-x-rp+f3", True),        # another accent
    ("gmw/en-us", "gmw/en-us pitch=70", True),          # pitch gap of 20
    ("gmw/en-us", "gmw/en-us pitch=65", False),         # too close
    ("gmw/en-us", "gmw/en-us rate=210", True),          # 20% faster
    ("gmw/en-us", "gmw/en-us rate=200", False),
    ("gmw/en-us", "gmw/en-us volume=0.5", False),       # volume is normalised away
    ("gmw/en-us pitch=30", "gmw/en-us pitch=30", False),
])
def test_sounds_distinct(a: str, b: str, distinct: bool) -> None:
    assert sounds_distinct(v(a), v(b)) is distinct
    assert sounds_distinct(v(b), v(a)) is distinct


@pytest.mark.parametrize(("name", "voice"), [
    ("gmw/en-us", Voice(E, "gmw/en-us")),
    ("gmw/en-us+f3 pitch=60", Voice(E, "gmw/en-us+f3", pitch=60)),
    ("gmw/en-us+f3 rate=160,pitch=60,volume=0.5", Voice(E, "gmw/en-us+f3", 160, 60, 0.5)),
    ("gmw/en-us+Mr serious rate=90", Voice(E, "gmw/en-us+Mr serious", rate=90)),
    ("gmw/en-us pitch=50", Voice(E, "gmw/en-us")),       # a default written out
])
def test_parse_voice_name(name: str, voice: Voice) -> None:
    assert parse_voice_name(name, E) == voice


@pytest.mark.parametrize("bad", ["", "gmw/en-us rate=fast", "gmw/en-us pitch=101",
                                 "gmw/en-us volume=1.5", "gmw/en us"])
def test_parse_voice_name_rejects(bad: str) -> None:
    with pytest.raises(ConfigError):
        parse_voice_name(bad, E)


VOICE_IDS = st.builds(
    lambda base, variant: base + (f"+{variant}" if variant else ""),
    st.sampled_from(["gmw/en-us", "gmw/en-gb-x-rp", "en", "roa/es-419"]),
    st.sampled_from(["", "f3", "m7", "Annie", "Mr serious", "klatt4"]),
)


@given(voice_id=VOICE_IDS, rate=st.integers(80, 450), pitch=st.integers(0, 100),
       volume=st.integers(0, 100))
def test_voice_name_round_trip(voice_id: str, rate: int, pitch: int, volume: int) -> None:
    voice = Voice(E, voice_id, rate, pitch, volume / 100)
    assert parse_voice_name(voice.name, E) == voice


def test_voice_from_spec_fills_defaults() -> None:
    assert voice_from_spec(VoiceSpec("gmw/en-us", pitch=0), E) == Voice(E, "gmw/en-us", pitch=0)
    with pytest.raises(ValueError):
        voice_from_spec(VoiceSpec(), E)


@pytest.mark.parametrize(("spec", "tier", "pitches_rates"), [
    (VoiceSpec("x"), 1, [(50, 175), (25, 175), (75, 175)]),
    (VoiceSpec("x"), 2, [(50, 140), (25, 140), (75, 140), (50, 219), (25, 219), (75, 219)]),
    (VoiceSpec("x", pitch=90), 1, [(90, 175), (65, 175)]),     # 115 clamps to 100: too close
    (VoiceSpec("x", pitch=10), 1, [(10, 175), (35, 175)]),
    (VoiceSpec("x", rate=420), 2, [(50, 336), (25, 336), (75, 336)]),  # 525 clamps to 450
])
def test_slots_of_a_pool_voice(spec: VoiceSpec, tier: int,
                               pitches_rates: list[tuple[int, int]]) -> None:
    assert [(s.pitch, s.rate) for s in slots_of(spec, E, tier)] == pitches_rates


# --------------------------------------------------------------------------------------------
# Matching voices.yaml speakers
# --------------------------------------------------------------------------------------------

SPECS = (
    SpeakerSpec("Jen Psaki", VoiceSpec("gmw/en-us+f4"), ("the press secretary",)),
    SpeakerSpec("Jake Sullivan", VoiceSpec("gmw/en-gb-x-rp+m7")),
    SpeakerSpec("Joe Biden", VoiceSpec("gmw/en-us+m2")),
    SpeakerSpec("Jill Biden", VoiceSpec("gmw/en-us+f2")),
    SpeakerSpec("Sullivan", VoiceSpec("gmw/en-029+m2")),
)


@pytest.mark.parametrize(("speaker", "expected"), [
    (Speaker("Jen Psaki"), "Jen Psaki"),
    (Speaker("jen  psaki"), "Jen Psaki"),                      # case and spacing
    (Speaker("The Press Secretary"), "Jen Psaki"),             # a voices.yaml alias
    (Speaker("Jennifer Psaki", aliases=("Jen Psaki",)), "Jen Psaki"),   # an article alias
    (Speaker("Psaki"), "Jen Psaki"),                           # a lone, unambiguous surname
    (Speaker("Biden"), None),                                  # two Bidens: no guess
    (Speaker("Sullivan"), "Sullivan"),                         # an exact name beats a surname
    (Speaker("J. Sullivan", aliases=("Jake Sullivan",)), "Jake Sullivan"),
    (Speaker("Hunter Biden"), None),                           # a full name is not a surname
    (Speaker("Ms. Psaki"), None),
])
def test_find_spec(speaker: Speaker, expected: str | None) -> None:
    found = find_spec(speaker, SPECS)
    assert (found.name if found else None) == expected


# --------------------------------------------------------------------------------------------
# Casting rules
# --------------------------------------------------------------------------------------------


def assert_distinct(casting: Casting) -> None:
    voices = [casting.narrator, *dict(casting.voices).values()]
    for a, b in itertools.combinations(voices, 2):
        assert sounds_distinct(a, b), (a.name, b.name)
        assert a.name != b.name


@pytest.mark.parametrize("count", [1, 2, 12, 13, 30])
def test_narrator_and_every_speaker_sound_different(count: int) -> None:
    genders: list[Gender] = ["female", "male", "unknown"]
    speakers = [Speaker(n, genders[i % 3]) for i, n in enumerate(names(count))]
    assert_distinct(cast(DEFAULT, speakers))


@pytest.mark.parametrize("gender", ["female", "male", "unknown"])
def test_twelve_speakers_of_one_gender_stay_in_their_pool(gender: Gender) -> None:
    casting = cast(DEFAULT, [Speaker(n, gender) for n in names(12)])
    assert_distinct(casting)
    assert {voice.id for _, voice in casting.voices} <= pool_ids(gender)


def test_beyond_the_pool_voices_are_reused_at_other_pitches_and_rates() -> None:
    tiny = replace(DEFAULT, pools=(("female", (VoiceSpec("gmw/en-us+f3"),)),
                                   ("male", (VoiceSpec("gmw/en-us+m7"),)),
                                   ("unknown", (VoiceSpec("gmw/en-us+ed"),))))
    casting = cast(tiny, [Speaker(n, "female") for n in names(9)])
    assert_distinct(casting)
    assert {voice.id for _, voice in casting.voices} == {"gmw/en-us+f3"}
    tenth = cast(tiny, [Speaker(n, "female") for n in names(10)])
    assert_distinct(tenth)
    assert "gmw/en-us+ed" in {voice.id for _, voice in tenth.voices}   # then the unknown pool


def test_when_every_pool_is_used_up_speakers_share_but_never_the_narrator(
        caplog: pytest.LogCaptureFixture) -> None:
    tiny = replace(DEFAULT, pools=tuple((g, (VoiceSpec("gmw/en-us+f3", pitch=90),))
                                        for g in ("female", "male", "unknown")))
    assert_distinct(cast(tiny, [Speaker(n, "female") for n in names(6)]))
    crowded = cast(tiny, [Speaker(n, "female") for n in names(7)])
    voices = [voice for _, voice in crowded.voices]
    assert len(set(voices)) == 6  # the seventh shares a voice
    assert all(sounds_distinct(voice, crowded.narrator) for voice in voices)
    assert "share voices" in caplog.text


def test_speakers_get_voices_by_gender_and_organisations_a_neutral_one() -> None:
    casting = cast(DEFAULT, [
        Speaker("Ada Arden", "female"), Speaker("Bo Brook", "male"), Speaker("Cy Crane"),
        Speaker("the ministry", "female", organisation=True),
    ])
    ids = {name: voice.id for name, voice in casting.voices}
    assert ids["Ada Arden"] in pool_ids("female")
    assert ids["Bo Brook"] in pool_ids("male")
    assert ids["Cy Crane"] in pool_ids("unknown")
    assert ids["the ministry"] in pool_ids("unknown")


def test_named_speakers_get_their_voice_through_any_alias() -> None:
    config = replace(DEFAULT, speakers=(
        *SPECS[:2], SpeakerSpec("Liu Pengyu", VoiceSpec(), ("Liu",), "female")))
    casting = cast(config, [Speaker("Psaki"), Speaker("the press secretary"),
                            Speaker("Jake Sullivan", "female"), Speaker("Liu", "male")])
    assert casting.voice_for("Psaki") == Voice(E, "gmw/en-us+f4")
    assert casting.voice_for("the press secretary") == Voice(E, "gmw/en-us+f4")
    assert casting.voice_for("Jake Sullivan") == Voice(E, "gmw/en-gb-x-rp+m7")
    assert casting.voice_for("Liu").id in pool_ids("female")      # the file's gender wins
    # A speaker known by another name in this article sounds as in every other episode.
    assert casting.voice_for("Liu") == cast(config, [Speaker("Liu Pengyu")]).voice_for(
        "Liu Pengyu")


def test_fixed_voices_are_reserved_even_when_their_speaker_is_absent() -> None:
    taken = [cast(DEFAULT, [Speaker(n, "female")]).voice_for(n) for n in names(40)]
    fixed = taken[0]
    config = replace(DEFAULT, speakers=(SpeakerSpec("Someone Else", VoiceSpec(
        fixed.id, pitch=fixed.pitch)),))
    assert cast(config, [Speaker(names(40)[0], "female")]).voice_for(names(40)[0]) != fixed


def test_the_narrator_is_reserved() -> None:
    config = replace(DEFAULT, narrator=VoiceSpec("gmw/en-us+f3"),
                     pools=(("female", (VoiceSpec("gmw/en-us+f3"),)), *DEFAULT.pools[1:]))
    casting = cast(config, [Speaker(n, "female") for n in names(3)])
    assert_distinct(casting)
    assert all(voice.pitch != 50 or voice.rate != 175 for _, voice in casting.voices)


def test_voice_for() -> None:
    casting = cast(DEFAULT, [Speaker("Ada Arden", "female")])
    assert casting.voice_for(None) == casting.narrator == Voice(E, "gmw/en-us")
    with pytest.raises(KeyError):
        casting.voice_for("Nobody")


def test_a_hand_made_config_falls_back_to_the_packaged_cast() -> None:
    casting = cast(Config(), [Speaker("Ada Arden", "female")])
    assert casting.narrator == Voice(E, "gmw/en-us")
    assert casting.voice_for("Ada Arden").id in pool_ids("female")


def test_a_catalog_completes_and_checks_every_voice() -> None:
    config = replace(DEFAULT, narrator=VoiceSpec("en-us"),
                     pools=(("female", (VoiceSpec("en-us+f3"),)), *DEFAULT.pools[1:]))
    catalog = VoiceCatalog(E, tuple(EngineVoice(b, b, b, None) for b in
                                    ("gmw/en-us", "gmw/en-gb-x-rp", "gmw/en-gb-scotland",
                                     "gmw/en-029", "gmw/en-us-nyc")),
                           ("f3", "f4", "m2", "m7", "Andy", "gustave", "travis", "michel",
                            "sandro", "antonio", "iven3", "victor", "shelby", "Nguyen", "ed",
                            "Jacky", "aunty"))
    casting = cast(config, [Speaker("Ada Arden", "female")], catalog)
    assert casting.narrator.id == "gmw/en-us"
    assert casting.voice_for("Ada Arden").id == "gmw/en-us+f3"
    with pytest.raises(ConfigError, match=r"^readaloud/data/voices.yaml pools.female\[1\]: no "
                                          r"voice 'gmw/en-gb-x-rp\+f1'; did you mean "
                                          r"'gmw/en-gb-x-rp\+f3'\?$"):
        cast(DEFAULT, [], replace(catalog, variants=("f3",)))


def test_roster_lists_every_voice_of_the_cast() -> None:
    config = replace(DEFAULT, speakers=SPECS[:1])
    rows = dict(roster(config))
    assert rows["narrator"] == Voice(E, "gmw/en-us")
    assert rows["Jen Psaki"] == Voice(E, "gmw/en-us+f4")
    assert rows["female 1"] == voice_from_spec(POOLS["female"][0], E)
    assert len(rows) == 2 + sum(len(specs) for specs in POOLS.values())


# --------------------------------------------------------------------------------------------
# Stability
# --------------------------------------------------------------------------------------------

NAMES = st.text(st.sampled_from("abcdefghij "), min_size=3, max_size=12).map(str.strip).filter(
    lambda s: len(s) >= 3)
GENDER = st.sampled_from(["female", "male", "unknown"])
PEOPLE = st.dictionaries(NAMES, GENDER, min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(people=PEOPLE, newcomer=NAMES, gender=GENDER)
def test_adding_a_speaker_never_changes_another_voice_unless_it_takes_that_voice(
        people: dict[str, Gender], newcomer: str, gender: Gender) -> None:
    """The exact guarantee: if the newcomer's voice sounds distinct from every voice of the
    episode without them, nobody else's voice changes."""
    if newcomer.casefold() in {n.casefold() for n in people}:
        return
    before = cast(DEFAULT, [Speaker(n, g) for n, g in people.items()])
    after = cast(DEFAULT, [Speaker(n, g) for n, g in people.items()] + [Speaker(newcomer, gender)])
    new = after.voice_for(newcomer)
    if all(sounds_distinct(new, voice) for _, voice in before.voices):
        assert dict(after.voices) == {**dict(before.voices), newcomer: new}


@settings(max_examples=30, deadline=None)
@given(people=PEOPLE, seed=st.integers(0, 1000))
def test_the_order_of_appearance_does_not_matter(people: dict[str, Gender], seed: int) -> None:
    speakers = [Speaker(n, g) for n, g in people.items()]
    shuffled = random.Random(seed).sample(speakers, len(speakers))
    assert dict(cast(DEFAULT, speakers).voices) == dict(cast(DEFAULT, shuffled).voices)


def test_a_speaker_keeps_their_voice_across_episodes() -> None:
    episode1 = cast(DEFAULT, [Speaker("Ada Arden", "female"), Speaker("Bo Brook", "male")])
    episode2 = cast(DEFAULT, [Speaker("Cy Crane"), Speaker("ada  arden", "female")])
    assert episode1.voice_for("Ada Arden") == episode2.voice_for("ada  arden")


def test_a_name_prefers_the_same_slots_whatever_else_is_in_the_episode() -> None:
    first = list(itertools.islice(preferences("ada arden", "female", DEFAULT), 5))
    assert first == list(itertools.islice(preferences("ada arden", "female", DEFAULT), 5))
    assert all(slot.id in pool_ids("female") for slot in first)


def test_how_often_a_twelfth_speaker_moves_someone() -> None:
    """Measured on a fixed sample: adding a 12th speaker moves another voice rarely (about
    1 addition in 20 with the default pools; 1 in 100 for a 3rd speaker)."""
    rng = random.Random(12)
    genders: list[Gender] = ["female", "male", "unknown"]
    moved = 0
    for trial in range(60):
        people = [Speaker(n, rng.choice(genders)) for n in names(12, seed=trial)]
        before = dict(cast(DEFAULT, people[:11]).voices)
        after = dict(cast(DEFAULT, people).voices)
        moved += any(before[n] != after[n] for n in before)
    assert moved / 60 <= 0.15
    assert PITCH_GAP <= 25
