"""voices.yaml: schema, packaged default, and every kind of validation error (message asserted)."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from readaloud.config import (
    PACKAGED_LABEL,
    default_config_text,
    find_config,
    load_config,
    parse_voice_spec,
    resolve_voice_id,
)
from readaloud.engines import EngineVoice, VoiceCatalog
from readaloud.errors import ConfigError
from readaloud.model import (
    AudioSettings,
    Config,
    LexiconEntry,
    Show,
    SpeakerSpec,
    VoiceSpec,
)

BASES = ("gmw/en-us", "gmw/en-gb-x-rp", "gmw/en-gb-scotland", "gmw/en-029", "gmw/en-us-nyc",
         "gmw/en", "gmw/de")
VARIANTS = ("f1", "f2", "f3", "f4", "f5", "m1", "m2", "m7", "Annie", "Mr serious", "klatt4")
DEFAULT_VARIANTS = ("Andrea", "Andy", "Jacky", "Nguyen", "anika", "antonio", "aunty", "belinda",
                    "ed", "gustave", "iven3", "michel", "sandro", "shelby", "steph", "travis",
                    "victor")
CATALOG = VoiceCatalog(
    engine="pyttsx3",
    voices=tuple(EngineVoice(b, b, b.partition("/")[2], None) for b in BASES),
    variants=tuple(sorted((*VARIANTS, *DEFAULT_VARIANTS))),
)
"""A small hand-made catalog: the voices of the default file and a few more."""


def write(folder: Path, body: str, name: str = "voices.yaml") -> Path:
    """Write a voices.yaml (dedented) into `folder` and return its relative name."""
    (folder / name).write_text(textwrap.dedent(body), encoding="utf-8")
    return Path(name)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run in an empty folder, so messages name the file "voices.yaml" as a user would."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def catalog_of(config: Config) -> VoiceCatalog:
    """A catalog with exactly the voices `config` names."""
    ids = [config.narrator.voice or ""]
    ids += [s.voice for _, specs in config.pools for s in specs if s.voice]
    ids += [s.voice.voice for s in config.speakers if s.voice.voice]
    bases = sorted({i.partition("+")[0] for i in ids})
    variants = sorted({i.partition("+")[2] for i in ids if "+" in i})
    return VoiceCatalog("pyttsx3", tuple(EngineVoice(b, b, b, None) for b in bases),
                        tuple(variants))


# --------------------------------------------------------------------------------------------
# Every kind of error, with its message
# --------------------------------------------------------------------------------------------

ERRORS = [
    ("unknown top-level key", "narator: gmw/en-us\n",
     "voices.yaml:1 unknown key 'narator'; did you mean 'narrator'? (allowed: engine, narrator, "
     "speakers, pools, lexicon, show, audio)"),
    ("unknown nested key", """\
        speakers:
          Jen Psaki: {voice: gmw/en-us+f3, pich: 60}
        """,
     "voices.yaml:2 speakers.'Jen Psaki': unknown key 'pich'; did you mean 'pitch'? (allowed: "
     "voice, rate, pitch, volume, aliases, gender)"),
    ("unknown key, nothing close", "show: {colour: red}\n",
     "voices.yaml:1 show: unknown key 'colour' (allowed: title, author, owner_name, owner_email, "
     "language, description, category, link, base_url, copyright, explicit, cover)"),
    ("unknown pool", "pools: {females: [gmw/en-us+f3]}\n",
     "voices.yaml:1 pools: unknown key 'females'; did you mean 'female'? (allowed: female, male, "
     "unknown)"),
    ("rate not a number", """\
        speakers:
          Jen Psaki: {voice: gmw/en-us+f3, rate: fast}
        """,
     "voices.yaml:2 speakers.'Jen Psaki'.rate: expected words per minute (80-450), got 'fast'"),
    ("rate quoted", "narrator: {voice: gmw/en-us, rate: '175'}\n",
     "voices.yaml:1 narrator.rate: expected words per minute (80-450), got '175'"),
    ("rate a decimal", "narrator: {voice: gmw/en-us, rate: 170.5}\n",
     "voices.yaml:1 narrator.rate: expected words per minute (80-450), got '170.5'"),
    ("rate out of range", "narrator: {voice: gmw/en-us, rate: 600}\n",
     "voices.yaml:1 narrator.rate: 600 is out of range; use words per minute from 80 to 450"),
    ("pitch out of range", """\
        speakers:
          Jen Psaki:
            voice: gmw/en-us+f3
            pitch: 150
        """,
     "voices.yaml:4 speakers.'Jen Psaki'.pitch: 150 is out of range; use a pitch from 0 to 100"),
    ("volume out of range", "narrator: {voice: gmw/en-us, volume: 2}\n",
     "voices.yaml:1 narrator.volume: 2 is out of range; use a volume from 0 to 1"),
    ("volume not finite", "narrator: {voice: gmw/en-us, volume: .nan}\n",
     "voices.yaml:1 narrator.volume: .nan is out of range; use a volume from 0 to 1"),
    ("setting in a voice string", "narrator: gmw/en-us pitch=high\n",
     "voices.yaml:1 narrator: pitch=high is not allowed; use a whole number from 0 to 100"),
    ("unknown setting in a voice string", "narrator: gmw/en-us speed=3\n",
     "voices.yaml:1 narrator: not a voice id: 'gmw/en-us speed=3'; voice ids look like "
     "'gmw/en-us' or 'gmw/en-us+f3', optionally followed by ' rate=160,pitch=60'"),
    ("setting given twice", "narrator: {voice: gmw/en-us pitch=60, pitch: 70}\n",
     "voices.yaml:1 narrator.pitch: pitch is also given in the voice string; keep one"),
    ("setting twice in a string", "narrator: gmw/en-us pitch=60,pitch=70\n",
     "voices.yaml:1 narrator: pitch is given twice in 'gmw/en-us pitch=60,pitch=70'"),
    ("unknown variant", """\
        engine: pyttsx3
        speakers:
          Jen Psaki: {voice: en-us+f9}
        """,
     "voices.yaml:3 speakers.'Jen Psaki'.voice: no voice 'en-us+f9'; did you mean "
     "'gmw/en-us+f1', 'gmw/en-us+f2' or 'gmw/en-us+f3'?"),
    ("unknown base", "narrator: gmw/en-uz\n",
     "voices.yaml:1 narrator: no voice 'gmw/en-uz'; did you mean 'gmw/en-us'?"),
    ("unknown base, valid variant", "narrator: en-uz+f3\n",
     "voices.yaml:1 narrator: no voice 'en-uz+f3'; did you mean 'gmw/en-us+f3'?"),
    ("nothing close", "narrator: zz-top\n",
     "voices.yaml:1 narrator: no voice 'zz-top'; run `readaloud voices` to list the voices"),
    ("pool voice unknown", "pools:\n  male: [gmw/en-us+m2, gmw/en-us+m9]\n",
     "voices.yaml:2 pools.male[1]: no voice 'gmw/en-us+m9'; did you mean 'gmw/en-us+m1', "
     "'gmw/en-us+m2' or 'gmw/en-us+m7'?"),
    ("voice missing in a mapping", "pools: {male: [{pitch: 40}]}\n",
     "voices.yaml:1 pools.male[0]: missing key 'voice'; give a voice id such as 'gmw/en-us'"),
    ("duplicate key", """\
        speakers:
          Jen Psaki: gmw/en-us+f3
          Jen Psaki: gmw/en-us+f4
        """,
     "voices.yaml:3 speakers: key 'Jen Psaki' appears twice (first on line 2); keep one"),
    ("duplicate top-level key", "engine: pyttsx3\nengine: fake\n",
     "voices.yaml:2 key 'engine' appears twice (first on line 1); keep one"),
    ("empty speaker name", 'speakers:\n  "": gmw/en-us+f3\n',
     "voices.yaml:2 speakers: empty speaker name; write the name before ':'"),
    ("null speaker", "speakers:\n  Jen Psaki:\n",
     "voices.yaml:2 speakers.'Jen Psaki': expected a voice id or a mapping {voice: ..., "
     "aliases: [...], gender: ...}, got nothing"),
    ("rate without a voice", "speakers:\n  Jen Psaki: {rate: 150}\n",
     "voices.yaml:2 speakers.'Jen Psaki': rate, pitch and volume need a voice; add voice: ... "
     "or remove them"),
    ("same voice as the narrator", "speakers:\n  Jen Psaki: gmw/en-us\n",
     "voices.yaml:2 speakers.'Jen Psaki': same voice as the narrator ('gmw/en-us'); choose "
     "another voice or a pitch at least 20 away"),
    ("same voice as another speaker", """\
        speakers:
          Jen Psaki: gmw/en-us+f3
          Liu Pengyu: {voice: gmw/en-us+f3, pitch: 50}
        """,
     "voices.yaml:3 speakers.'Liu Pengyu': same voice as 'Jen Psaki' ('gmw/en-us+f3'); choose "
     "another voice or a pitch at least 20 away"),
    ("alias names two speakers", """\
        speakers:
          Jen Psaki: {voice: gmw/en-us+f3, aliases: [the press secretary]}
          Karine Jean-Pierre: {voice: gmw/en-us+f4, aliases: [The Press Secretary]}
        """,
     "voices.yaml:3 speakers.'Karine Jean-Pierre': 'The Press Secretary' already names "
     "'Jen Psaki'; give each name to one speaker"),
    ("names differing only in case", "speakers:\n  Jen Psaki: gmw/en-us+f3\n"
     "  jen psaki: gmw/en-us+f4\n",
     "voices.yaml:3 speakers.'jen psaki': 'jen psaki' already names 'Jen Psaki'; give each name "
     "to one speaker"),
    ("aliases of the wrong type",
     "speakers:\n  Jen Psaki: {voice: gmw/en-us+f3, aliases: {a: b}}\n",
     "voices.yaml:2 speakers.'Jen Psaki'.aliases: expected a list of names, got a mapping"),
    ("gender misspelt", "speakers:\n  Jen Psaki: {gender: femal}\n",
     "voices.yaml:2 speakers.'Jen Psaki'.gender: expected one of female, male, unknown, got "
     "'femal'; did you mean 'female'?"),
    ("pool lists a voice twice", "pools:\n  female: [gmw/en-us+f3, gmw/en-us+f3]\n",
     "voices.yaml:2 pools.female[1]: 'gmw/en-us+f3' is listed twice in this pool; remove one or "
     "give it another pitch"),
    ("empty pool", "pools:\n  female: {}\n",
     "voices.yaml:2 pools.female: expected a list of voices, got a mapping"),
    ("lexicon with say and phonemes", "lexicon:\n  Kyiv: {say: keev, phonemes: k'i:v}\n",
     "voices.yaml:2 lexicon.'Kyiv': give exactly one of say (a respelling) or phonemes (eSpeak "
     "phonemes)"),
    ("lexicon with neither", "lexicon:\n  Kyiv: {case_sensitive: false}\n",
     "voices.yaml:2 lexicon.'Kyiv': give exactly one of say (a respelling) or phonemes (eSpeak "
     "phonemes)"),
    ("lexicon case not a bool", "lexicon:\n  US: {say: U S, case_sensitive: sometimes}\n",
     "voices.yaml:2 lexicon.'US'.case_sensitive: expected true or false, got 'sometimes'"),
    ("lexicon empty respelling", "lexicon:\n  Kyiv: ''\n",
     "voices.yaml:2 lexicon.'Kyiv': expected a respelling, got an empty string"),
    ("engine unknown", "engine: espeak\n",
     "voices.yaml:1 engine: expected one of pyttsx3, fake, got 'espeak'"),
    ("explicit not a bool", "show: {explicit: maybe}\n",
     "voices.yaml:1 show.explicit: expected true or false, got 'maybe'"),
    ("language malformed", "show: {language: English}\n",
     "voices.yaml:1 show.language: expected a language tag such as en, en-US or en-GB, got "
     "'English'"),
    ("email malformed", "show: {owner_email: someone}\n",
     "voices.yaml:1 show.owner_email: expected an e-mail address, got 'someone'"),
    ("address malformed", "show: {base_url: example.org/audio}\n",
     "voices.yaml:1 show.base_url: expected an address starting with https:// or http://, got "
     "'example.org/audio'"),
    ("title a list", "show: {title: [a, b]}\n",
     "voices.yaml:1 show.title: expected text, got a list"),
    ("missing cover", "show: {cover: art/cover.jpg}\n",
     "voices.yaml:1 show.cover: file not found: {here}/art/cover.jpg (relative paths start at "
     "the folder of voices.yaml)"),
    ("bitrate not an MP3 rate", "audio: {bitrate: 100}\n",
     "voices.yaml:1 audio.bitrate: 100 kbps is not an MP3 bitrate; use one of 32, 40, 48, 56, "
     "64, 80, 96, 112, 128, 160, 192, 224, 256, 320 (nearest: 96)"),
    ("bitrate out of range", "audio: {bitrate: 16}\n",
     "voices.yaml:1 audio.bitrate: 16 is out of range; use an MP3 bitrate in kbps from 32 to 320"),
    ("stereo not a bool", "audio: {stereo: 2}\n",
     "voices.yaml:1 audio.stereo: expected true or false, got '2'"),
    ("loudness out of range", "audio: {loudness: -5}\n",
     "voices.yaml:1 audio.loudness: -5 is out of range; use a loudness in LUFS from -30 to -10"),
    ("announce unknown", "audio: {announce: sometimes}\n",
     "voices.yaml:1 audio.announce: expected one of auto, always, never, got 'sometimes'"),
    ("announce as a YAML boolean", "audio: {announce: no}\n",
     "voices.yaml:1 audio.announce: expected one of auto, always, never, got 'no'"),
    ("missing intro", "audio: {intro: jingle.mp3}\n",
     "voices.yaml:1 audio.intro: file not found: {here}/jingle.mp3 (relative paths start at the "
     "folder of voices.yaml)"),
    ("top level is a list", "- gmw/en-us\n",
     "voices.yaml:1 expected a mapping of settings (engine, narrator, speakers, ...), got a list"),
    ("top level is text", "hello\n",
     "voices.yaml:1 expected a mapping of settings (engine, narrator, speakers, ...), got 'hello'"),
    ("section of the wrong type", "speakers: [Jen Psaki]\n",
     "voices.yaml:1 speakers: expected a mapping, got a list"),
    ("key that is a list", "? [a, b]\n: 1\n",
     "voices.yaml:1 a key must be plain text, got a list"),
]


@pytest.mark.parametrize(("case", "body", "message"), ERRORS, ids=[e[0] for e in ERRORS])
def test_each_error_is_one_line_with_file_line_and_key_path(
        here: Path, case: str, body: str, message: str) -> None:
    path = write(here, body)
    with pytest.raises(ConfigError) as err:
        load_config(path, CATALOG)
    assert str(err.value) == message.replace("{here}", str(here))
    assert "\n" not in str(err.value)
    assert err.value.exit_code == 2


SYNTAX_ERRORS = [
    ("bad indentation", "speakers:\n  Jen Psaki: gmw/en-us+f3\n bad: 1\n", "voices.yaml:3:2 "),
    ("unclosed flow mapping", "narrator: {voice: gmw/en-us\n", "voices.yaml:2:1 "),
    ("tab indentation", "speakers:\n\tJen: gmw/en-us+f3\n", "voices.yaml:2:1 "),
    ("unclosed quote", "narrator: 'gmw/en-us\n", "voices.yaml:2:1 "),
    ("two documents", "engine: pyttsx3\n---\nengine: fake\n", "voices.yaml:2:1 "),
]


@pytest.mark.parametrize(("case", "body", "start"), SYNTAX_ERRORS,
                         ids=[e[0] for e in SYNTAX_ERRORS])
def test_yaml_syntax_errors_name_line_and_column(here: Path, case: str, body: str,
                                                 start: str) -> None:
    with pytest.raises(ConfigError) as err:
        load_config(write(here, body))
    message = str(err.value)
    assert message.startswith(start + "YAML syntax error: ")
    assert message.endswith("; check the indentation and quoting there")
    assert "\n" not in message


@pytest.mark.parametrize(("body", "line", "tag"), [
    ('narrator: !!python/object/apply:os.system ["echo hi"]\n', 1,
     "tag:yaml.org,2002:python/object/apply:os.system"),
    ("narrator: gmw/en-us\nlexicon:\n  NATO: !respell nay-toe\n", 3, "!respell"),
])
def test_yaml_tags_are_rejected_not_ignored(here: Path, body: str, line: int, tag: str) -> None:
    with pytest.raises(ConfigError) as err:
        load_config(write(here, body))
    assert str(err.value) == (f"voices.yaml:{line} YAML tag {tag!r} is not allowed here; "
                              "write plain values (remove the tag)")


def test_unreadable_files_are_config_errors(here: Path) -> None:
    (here / "voices.yaml").write_bytes(b"narrator: \xff\xfe\n")
    with pytest.raises(ConfigError, match=r"^voices.yaml: not UTF-8 text \(byte 10\); save it as"):
        load_config(Path("voices.yaml"))
    (here / "folder.yaml").mkdir()
    with pytest.raises(ConfigError, match="is a folder"):
        load_config(Path("folder.yaml"))
    with pytest.raises(ConfigError, match="file not found"):
        load_config(Path("missing.yaml"))


def test_without_a_catalog_only_the_id_syntax_is_checked(here: Path) -> None:
    config = load_config(write(here, "narrator: en-us+f9\n"))
    assert config.narrator.voice == "en-us+f9"
    with pytest.raises(ConfigError, match=r"narrator: not a voice id: 'gmw/en us\+'"):
        load_config(write(here, "narrator: gmw/en us+\n"))


# --------------------------------------------------------------------------------------------
# Valid files
# --------------------------------------------------------------------------------------------

FULL = """\
engine: pyttsx3
narrator: {voice: gmw/en-gb-x-rp, rate: 165}
speakers:
  Jen Psaki: en-us+f4 pitch=60                     # bare id, completed from the catalog
  Jake Sullivan:
    voice: gmw/en-us+m7
    rate: 160
    volume: 0.9
    aliases: [Sullivan, the national security adviser]
    gender: male
  Liu Pengyu: {gender: female, aliases: Liu}
  The Ministry: {voice: gmw/en-029+klatt4}
pools:
  female: [gmw/en-us+f3, {voice: gmw/en-gb-x-rp+f1, pitch: 40}]
  male: gmw/en-us+m2
lexicon:
  Psaki: Sahkee
  kyiv: keev
  US: {say: U S}
  NO: {say: Norway, case_sensitive: false}
  Nguyen: {phonemes: "N'wIn"}
show:
  title: The Daily Read
  author: Example News
  owner_name: Jo Bloggs
  owner_email: jo@example.org
  language: en-GB
  description: Articles, read aloud.
  category: News > Politics
  explicit: no
  link: https://example.org
  base_url: https://example.org/audio/
  cover: art/cover.png
  copyright: 2025 Example News
audio:
  bitrate: 96
  stereo: true
  loudness: -16
  intro: intro.mp3
  outro: ~
  announce: always
"""


def test_a_full_valid_config(here: Path) -> None:
    (here / "art").mkdir()
    (here / "art" / "cover.png").write_bytes(b"png")
    (here / "intro.mp3").write_bytes(b"mp3")
    config = load_config(write(here, FULL), CATALOG)
    default = load_config(None)
    assert config == Config(
        engine="pyttsx3",
        narrator=VoiceSpec("gmw/en-gb-x-rp", rate=165),
        speakers=(
            SpeakerSpec("Jen Psaki", VoiceSpec("gmw/en-us+f4", pitch=60)),
            SpeakerSpec("Jake Sullivan", VoiceSpec("gmw/en-us+m7", rate=160, volume=0.9),
                        ("Sullivan", "the national security adviser"), "male"),
            SpeakerSpec("Liu Pengyu", VoiceSpec(), ("Liu",), "female"),
            SpeakerSpec("The Ministry", VoiceSpec("gmw/en-029+klatt4")),
        ),
        pools=(
            ("female", (VoiceSpec("gmw/en-us+f3"), VoiceSpec("gmw/en-gb-x-rp+f1", pitch=40))),
            ("male", (VoiceSpec("gmw/en-us+m2"),)),
            ("unknown", dict(default.pools)["unknown"]),
        ),
        lexicon=(
            LexiconEntry("Psaki", "Sahkee", case_sensitive=True),
            LexiconEntry("kyiv", "keev", case_sensitive=False),
            LexiconEntry("US", "U S", case_sensitive=True),
            LexiconEntry("NO", "Norway", case_sensitive=False),
            LexiconEntry("Nguyen", "N'wIn", phonemes=True, case_sensitive=True),
        ),
        show=Show(
            title="The Daily Read", author="Example News", owner_name="Jo Bloggs",
            owner_email="jo@example.org", language="en-GB", description="Articles, read aloud.",
            category="News > Politics", explicit=False, link="https://example.org",
            base_url="https://example.org/audio/", cover=here / "art" / "cover.png",
            copyright="2025 Example News",
        ),
        audio=AudioSettings(bitrate=96, stereo=True, loudness=-16.0, intro=here / "intro.mp3",
                            outro=None, announce="always"),
        path=Path("voices.yaml"),
    )


def test_a_short_file_keeps_the_default_narrator_and_pools(here: Path) -> None:
    default = load_config(None)
    config = load_config(write(here, "speakers:\n  Jen Psaki: gmw/en-us+f4\n"))
    assert config.narrator == default.narrator
    assert config.pools == default.pools
    assert config.show == Show() and config.audio == AudioSettings()


def test_narrator_settings_without_a_voice_keep_the_default_voice(here: Path) -> None:
    config = load_config(write(here, "narrator: {rate: 160}\n"), CATALOG)
    assert config.narrator == VoiceSpec(load_config(None).narrator.voice, rate=160)


@pytest.mark.parametrize("body", ["", "# only comments\n", "speakers:\nlexicon:\nshow:\naudio:\n"],
                         ids=["empty", "comments", "empty sections"])
def test_empty_files_and_sections_mean_the_defaults(here: Path, body: str) -> None:
    config = load_config(write(here, body))
    default = load_config(None)
    assert (config.narrator, config.pools, config.speakers, config.lexicon) == (
        default.narrator, default.pools, (), ())
    assert config.path == Path("voices.yaml")


def test_values_are_taken_as_written(here: Path) -> None:
    config = load_config(write(here, "show: {title: 1984, copyright: yes}\nlexicon: {NO: nay, "
                                     "1st: first}\n"))
    assert (config.show.title, config.show.copyright) == ("1984", "yes")
    assert [e.word for e in config.lexicon] == ["NO", "1st"]


@pytest.mark.parametrize(("given", "expected"), [
    ("gmw/en-us+f3", "gmw/en-us+f3"),
    ("en-us+f3", "gmw/en-us+f3"),
    ("GMW/EN-US+annie", "gmw/en-us+Annie"),
    ("en-gb-x-rp", "gmw/en-gb-x-rp"),
    ("en", "gmw/en"),
    ("gmw/en-us+Mr serious", "gmw/en-us+Mr serious"),
])
def test_ids_are_completed_from_the_catalog(given: str, expected: str) -> None:
    assert resolve_voice_id(given, CATALOG) == expected


@pytest.mark.parametrize(("given", "spec"), [
    ("gmw/en-us", VoiceSpec("gmw/en-us")),
    ("gmw/en-us+f3 pitch=60", VoiceSpec("gmw/en-us+f3", pitch=60)),
    ("gmw/en-us+f3 rate=160,pitch=60,volume=0.5", VoiceSpec("gmw/en-us+f3", 160, 60, 0.5)),
    ("gmw/en-us+f3  volume = 0.25 , rate=90", VoiceSpec("gmw/en-us+f3", 90, None, 0.25)),
    ("gmw/en-us+Mr serious pitch=10", VoiceSpec("gmw/en-us+Mr serious", pitch=10)),
])
def test_voice_strings(given: str, spec: VoiceSpec) -> None:
    assert parse_voice_spec(given) == spec


@pytest.mark.parametrize(("given", "message"), [
    ("gmw/en-us rate=20", "rate=20 is not allowed; use a whole number from 80 to 450"),
    ("gmw/en-us volume=loud", "volume=loud is not allowed; use a number from 0 to 1"),
    ("gmw/en-us pitch=-5", "pitch=-5 is not allowed; use a whole number from 0 to 100"),
    ("", "not a voice: ''"),
])
def test_bad_voice_strings(given: str, message: str) -> None:
    with pytest.raises(ConfigError) as err:
        parse_voice_spec(given)
    assert str(err.value) == message


# --------------------------------------------------------------------------------------------
# Finding the file; the packaged default
# --------------------------------------------------------------------------------------------


def test_find_config(here: Path) -> None:
    assert find_config(None) is None
    write(here, "engine: pyttsx3\n")
    assert find_config(None) == Path("voices.yaml")
    other = write(here, "engine: pyttsx3\n", "other.yaml")
    assert find_config(other) == other
    with pytest.raises(ConfigError, match=r"^voices file not found: nope.yaml; check the path, "
                                          r"or run `readaloud init`"):
        find_config(Path("nope.yaml"))


def test_the_default_file_is_complete_and_validates() -> None:
    config = load_config(None)
    assert config.path is None and config.engine == "pyttsx3"
    assert config.narrator.voice == "gmw/en-us"
    assert {g: len(specs) >= 7 for g, specs in config.pools} == {
        "female": True, "male": True, "unknown": True}
    assert load_config(None, catalog_of(config)) == config


def test_the_default_file_names_only_voices_espeak_ng_has() -> None:
    loader = pytest.importorskip("espeakng_loader")
    data = Path(loader.get_data_path())
    variants = tuple(sorted(os.listdir(data / "voices" / "!v")))
    bases = tuple(str(p.relative_to(data / "lang")).lower()
                  for p in (data / "lang").rglob("*") if p.is_file())
    real = VoiceCatalog("pyttsx3", tuple(EngineVoice(b, b, b, None) for b in bases), variants)
    assert load_config(None, real) == load_config(None)


def test_the_default_examples_are_valid_when_uncommented(here: Path) -> None:
    text = default_config_text()
    for example in ("  # Jen Psaki:", "  # Jake Sullivan:", "  # Liu Pengyu:",
                    "  # The White House:", "  # Psaki:", "  # kyiv:", "  # US:", "  # Nguyen:"):
        assert example in text
        text = text.replace(example, example.replace("# ", "", 1))
    (here / "voices.yaml").write_text(text, encoding="utf-8")
    config = load_config(Path("voices.yaml"), CATALOG)
    assert [s.name for s in config.speakers] == ["Jen Psaki", "Jake Sullivan", "Liu Pengyu",
                                                 "The White House"]
    assert len(config.lexicon) == 4


def test_default_config_text_is_the_packaged_file() -> None:
    packaged = Path(__file__).parents[1] / "src" / "readaloud" / "data" / "voices.yaml"
    assert default_config_text() == packaged.read_text(encoding="utf-8")
    assert "\t" not in default_config_text()


def test_defaults_missing_from_the_catalog_are_named(here: Path) -> None:
    tiny = VoiceCatalog("pyttsx3", (EngineVoice("gmw/en-gb-x-rp", "", "", None),), ("f3",))
    config = load_config(write(here, "narrator: gmw/en-gb-x-rp\npools:\n  female: "
                                     "[gmw/en-gb-x-rp+f3]\n"
                                     "  male: [{voice: gmw/en-gb-x-rp+f3, pitch: 10}]\n"
                                     "  unknown: [{voice: gmw/en-gb-x-rp+f3, pitch: 80}]\n"),
                         tiny)
    assert config.narrator.voice == "gmw/en-gb-x-rp"
    with pytest.raises(ConfigError) as err:
        load_config(write(here, "speakers: {}\n"), tiny)
    assert str(err.value).startswith(f"{PACKAGED_LABEL} narrator: no voice 'gmw/en-us'")
    assert str(err.value).endswith("; set narrator in voices.yaml")
