"""The cast book: remembered speakers keep their voices in every later episode of a podcast."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from readaloud import pipeline
from readaloud.cast import Casting, cast, parse_voice_name, sounds_distinct
from readaloud.castbook import (
    CAST_FILE,
    CastBook,
    CastUpdate,
    dump_cast_book,
    load_cast_book,
    merge,
    parse_cast_book,
    remember,
)
from readaloud.config import load_config
from readaloud.errors import ConfigError, SynthesisError
from readaloud.model import (
    Article,
    Block,
    Config,
    Gender,
    Speaker,
    SpeakerSpec,
    Voice,
    VoiceSpec,
)
from readaloud.scriptfile import dump_script, read_script

DEFAULT = load_config(None)
E = "pyttsx3"
GENDERS: tuple[Gender, ...] = ("female", "male", "unknown")
FIRST = ["Ada", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal", "Ivy", "Jo", "Kit", "Lu", "Mo"]
LAST = ["Arden", "Brook", "Crane", "Dale", "Erring", "Frost", "Gale", "Hart", "Isles", "Kemp"]
NAMES = [f"{a} {b}" for a in FIRST for b in LAST]
# Alone, each of these two prefers gmw/en-us+f3; in one episode Ada Arden chooses first.
EARLIER, LATER = "Ada Brook", "Ada Arden"


def episode(config: Config, people: dict[str, Gender], book: CastBook) -> tuple[Casting, CastBook]:
    """Cast one episode with `book`, and the book after remembering it."""
    casting = cast(config, [Speaker(n, g) for n, g in people.items()], memory=book.memory())
    return casting, merge(book, book.learn(casting.learned))


def assert_distinct(casting: Casting) -> None:
    voices = [casting.narrator, *dict(casting.voices).values()]
    for i, a in enumerate(voices):
        for b in voices[i + 1:]:
            assert sounds_distinct(a, b), (a.name, b.name)


# --------------------------------------------------------------------------------------------
# Casting with a memory
# --------------------------------------------------------------------------------------------


def test_without_memory_a_newcomer_can_move_someone_and_with_it_never() -> None:
    alone, book = episode(DEFAULT, {EARLIER: "female"}, CastBook())
    together = cast(DEFAULT, [Speaker(EARLIER, "female"), Speaker(LATER, "female")])
    assert together.voice_for(EARLIER) != alone.voice_for(EARLIER)   # the old behaviour
    remembered, _ = episode(DEFAULT, {EARLIER: "female", LATER: "female"}, book)
    assert remembered.voice_for(EARLIER) == alone.voice_for(EARLIER)
    assert_distinct(remembered)
    assert dict(remembered.learned) == {"ada arden": remembered.voice_for(LATER)}


PEOPLE = st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(GENDERS)), min_size=1,
                  max_size=20, unique_by=lambda p: p[0]).map(dict)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(everyone=PEOPLE, data=st.data())
def test_remembered_speakers_keep_their_voices_when_others_join(
        everyone: dict[str, Gender], data: st.DataObject) -> None:
    names = list(everyone)
    first = data.draw(st.lists(st.sampled_from(names), unique=True, max_size=len(names)))
    before, book = episode(DEFAULT, {n: everyone[n] for n in first}, CastBook())
    after, _ = episode(DEFAULT, everyone, book)
    assert all(after.voice_for(n) == before.voice_for(n) for n in first)
    assert_distinct(after)
    shuffled = dict(random.Random(len(names)).sample(list(everyone.items()), len(everyone)))
    assert episode(DEFAULT, shuffled, book)[0].voices == tuple(
        (n, after.voice_for(n)) for n in shuffled)


@settings(max_examples=30, deadline=None, derandomize=True)
@given(everyone=PEOPLE, data=st.data())
def test_over_a_run_of_episodes_nobody_ever_changes_voice(
        everyone: dict[str, Gender], data: st.DataObject) -> None:
    names = list(everyone)
    episodes = data.draw(st.lists(st.lists(st.sampled_from(names), unique=True, min_size=1),
                                  min_size=1, max_size=5))
    heard: dict[str, str] = {}
    book = CastBook()
    for cast_list in episodes:
        casting, book = episode(DEFAULT, {n: everyone[n] for n in cast_list}, book)
        assert_distinct(casting)
        for name, voice in casting.voices:
            assert heard.setdefault(name, voice.name) == voice.name, name
    assert dict(book.voices) == {n.lower(): v for n, v in heard.items()}


def test_newcomers_avoid_the_voices_of_absent_remembered_speakers() -> None:
    _, book = episode(DEFAULT, {EARLIER: "female"}, CastBook())
    newcomer, _ = episode(DEFAULT, {LATER: "female"}, book)
    assert newcomer.voice_for(LATER).name != dict(book.voices)["ada brook"]
    assert newcomer.voice_for(LATER) != cast(DEFAULT, [Speaker(LATER, "female")]).voice_for(
        LATER)   # without memory it would take Ada Brook's voice


def test_when_remembered_voices_fill_the_pools_newcomers_still_get_distinct_voices() -> None:
    tiny = replace(DEFAULT, pools=tuple((g, (VoiceSpec("gmw/en-us+f3", pitch=90),))
                                        for g in GENDERS))   # six distinct slots in all
    _, book = episode(tiny, {n: "female" for n in NAMES[:6]}, CastBook())
    casting, _ = episode(tiny, {NAMES[10]: "female", NAMES[11]: "female"}, book)
    assert_distinct(casting)


def _without(config: Config, voice: Voice) -> Config:
    return replace(config, pools=tuple((g, tuple(s for s in specs if s.voice != voice.id))
                                       for g, specs in config.pools))


def _narrated_by(config: Config, voice: Voice) -> Config:
    return replace(config, narrator=VoiceSpec(voice.id, pitch=voice.pitch, rate=voice.rate))


def _fixed_for_another(config: Config, voice: Voice) -> Config:
    spec = VoiceSpec(voice.id, pitch=voice.pitch, rate=voice.rate)
    return replace(config, speakers=(SpeakerSpec("Someone Else", spec),))


@pytest.mark.parametrize("change", [_without, _narrated_by, _fixed_for_another])
def test_a_remembered_voice_that_no_longer_holds_is_recast_and_remembered(
        change: Callable[[Config, Voice], Config]) -> None:
    first, book = episode(DEFAULT, {EARLIER: "female"}, CastBook())
    old = first.voice_for(EARLIER)
    config = change(DEFAULT, old)
    casting, updated = episode(config, {EARLIER: "female"}, book)
    assert casting.voice_for(EARLIER) != old
    assert dict(casting.learned) == {"ada brook": casting.voice_for(EARLIER)}
    assert dict(updated.voices) == {"ada brook": casting.voice_for(EARLIER).name}
    assert episode(config, {EARLIER: "female"}, updated)[0].learned == ()


def test_voices_yaml_wins_over_the_memory_and_fixed_voices_are_never_remembered() -> None:
    _, book = episode(DEFAULT, {EARLIER: "female"}, CastBook())
    fixed = SpeakerSpec(EARLIER, VoiceSpec("gmw/en-gb-x-rp+f4"))
    config = replace(DEFAULT, speakers=(fixed,))
    casting, after = episode(config, {EARLIER: "female", LATER: "female"}, book)
    assert casting.voice_for(EARLIER).id == "gmw/en-gb-x-rp+f4"
    assert [key for key, _ in casting.learned] == ["ada arden"]
    assert dict(after.voices)["ada brook"] == dict(book.voices)["ada brook"]  # left as it was


def test_two_remembered_speakers_with_alike_voices_the_later_one_is_recast() -> None:
    voice = cast(DEFAULT, [Speaker(EARLIER, "female")]).voice_for(EARLIER).name
    book = CastBook((("ada brook", voice), ("ada arden", voice)))   # a hand edit
    casting, _ = episode(DEFAULT, {LATER: "female", EARLIER: "female"}, book)
    assert casting.voice_for(EARLIER).name == voice
    assert [key for key, _ in casting.learned] == ["ada arden"]
    assert_distinct(casting)


def test_speakers_voices_yaml_knows_without_a_voice_are_remembered_by_its_name() -> None:
    config = replace(DEFAULT, speakers=(SpeakerSpec("Ada Brook", VoiceSpec(), ("Brook",),
                                                    "female"),))
    casting = cast(config, [Speaker("Brook")])
    assert [key for key, _ in casting.learned] == ["ada brook"]


# --------------------------------------------------------------------------------------------
# The file
# --------------------------------------------------------------------------------------------

BOOK = CastBook((("ada brook", "gmw/en-us+f3"), ("bo kemp", "gmw/en-gb-x-rp+m7 rate=140,pitch=25"),
                 ("zoë ortiz", "gmw/en-us+ed pitch=75")))


def test_round_trip_keeps_order_and_is_readable(tmp_path: Path) -> None:
    text = dump_cast_book(BOOK)
    assert parse_cast_book(text, "x") == BOOK
    assert '\n  "voices": {\n    "ada brook": "gmw/en-us+f3",\n' in text
    assert "zoë" in text
    remember(tmp_path, CastUpdate(CastBook(), BOOK.voices))
    assert load_cast_book(tmp_path) == BOOK
    assert not [p for p in tmp_path.iterdir() if p.name != CAST_FILE]   # no temporary left


def test_a_missing_book_is_empty(tmp_path: Path) -> None:
    assert load_cast_book(tmp_path / "nowhere") == CastBook()


def test_hand_edits_are_normalised() -> None:
    text = '{"version": 1, "voices": {"Ms.  Ada BROOK": "gmw/en-us+f3  pitch = 75 "}}'
    assert parse_cast_book(text, "x").voices == (("ms ada brook", "gmw/en-us+f3 pitch=75"),)


@pytest.mark.parametrize(("text", "words"), [
    ("", "not valid JSON (line 1, column 1"),
    ('{"version": 1, "voices": {"a": "gmw/en-us",}}', "not valid JSON (line 1"),
    ("[]", "expected an object"),
    ('{"voices": {}}', "version: expected 1, got null"),
    ('{"version": true, "voices": {}}', "version: expected 1, got true"),
    ('{"version": 7, "voices": {}}', "written by a newer readaloud (format version 7)"),
    ('{"version": 1, "voice": {}}', "unknown key 'voice'"),
    ('{"version": 1, "voices": []}', "voices: expected an object"),
    ('{"version": 1, "voices": {"a": 3}}', "voices.'a': expected a voice"),
    ('{"version": 1, "voices": {"a": "gmw/en-us pitch=300"}}', "voices.'a': "),
    ('{"version": 1, "voices": {"a": "x", "a": "y"}}', "'a' is given twice"),
    ('{"version": 1, "voices": {"Ada": "gmw/en-us", "ada": "gmw/en-us"}}', "'ada' is given twice"),
    ('{"version": 1, "voices": {" . ": "gmw/en-us"}}', "empty speaker name"),
])
def test_a_broken_book_is_a_one_line_config_error(tmp_path: Path, text: str, words: str) -> None:
    (tmp_path / CAST_FILE).write_text(text)
    with pytest.raises(ConfigError) as err:
        load_cast_book(tmp_path)
    message = str(err.value)
    assert message.startswith(f"{tmp_path / CAST_FILE}: ") and words in message
    assert "\n" not in message and "delete the file" in message


def test_undecodable_book(tmp_path: Path) -> None:
    (tmp_path / CAST_FILE).write_bytes(b'{"version": 1, "voices": {"\xff": "x"}}')
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_cast_book(tmp_path)


@pytest.mark.parametrize(("current", "seen", "learned", "expected"), [
    ({}, {}, {"a": "v1"}, {"a": "v1"}),                                  # a newcomer
    ({"b": "v2"}, {}, {"a": "v1"}, {"b": "v2", "a": "v1"}),              # another build added b
    ({"a": "v9"}, {}, {"a": "v1"}, {"a": "v9"}),                         # ...or a first
    ({"a": "old", "b": "v2"}, {"a": "old"}, {"a": "v1"}, {"a": "v1", "b": "v2"}),  # recast
    ({"a": "v9"}, {"a": "old"}, {"a": "v1"}, {"a": "v9"}),               # edited meanwhile
    ({}, {"a": "old"}, {"a": "v1"}, {}),                                 # forgotten meanwhile
])
def test_merge_is_compare_and_set(current: dict[str, str], seen: dict[str, str],
                                  learned: dict[str, str], expected: dict[str, str]) -> None:
    update = CastUpdate(CastBook(tuple(seen.items())), tuple(learned.items()))
    assert merge(CastBook(tuple(current.items())), update).voices == tuple(expected.items())


def _remember_some(folder: str, names: list[str]) -> None:
    for name in names:
        pipeline.remember_cast(Path(folder), CastUpdate(CastBook(), ((name, "gmw/en-us+f3"),)))


def test_concurrent_builds_lose_no_entry(tmp_path: Path) -> None:
    groups = [[f"speaker {i} {j}" for j in range(6)] for i in range(4)]
    with ProcessPoolExecutor(4) as pool:
        list(pool.map(_remember_some, [str(tmp_path)] * 4, groups))
    assert {key for key, _ in load_cast_book(tmp_path).voices} == {n for g in groups for n in g}


# --------------------------------------------------------------------------------------------
# Planning and building (fake engine: no speech)
# --------------------------------------------------------------------------------------------


def article(*speakers: str) -> Article:
    """A short synthetic article in which each speaker says one sentence."""
    paragraphs = ["Harbour news", "The island council met on Tuesday evening."]
    paragraphs += [f"\u201cWe agreed on item {i},\u201d said {name}." for i, name in
                   enumerate(speakers, 1)]
    text, blocks, at = "", [], 0
    for i, para in enumerate(paragraphs):
        blocks.append(Block("title" if i == 0 else "paragraph", at, at + len(para)))
        text += para + "\n\n"
        at = len(text)
    return Article(source="harbour.txt", text=text, title=paragraphs[0], blocks=tuple(blocks))


def test_planning_again_after_remembering_gives_the_same_script(tmp_path: Path) -> None:
    book = load_cast_book(tmp_path)
    first = pipeline.plan_episode(article(EARLIER, "Bo Kemp"), DEFAULT, None, book)
    assert {s.name for s in first.script.speakers} == {EARLIER, "Bo Kemp"}
    assert len(first.update.learned) == 2
    pipeline.remember_cast(tmp_path, first.update)
    again = pipeline.plan_episode(article(EARLIER, "Bo Kemp"), DEFAULT, None,
                                  load_cast_book(tmp_path))
    assert again.script == first.script and again.update.learned == ()
    assert repr(again.script) == repr(first.script)   # so the episode is up to date


def _options(tmp_path: Path) -> pipeline.BuildOptions:
    return pipeline.BuildOptions(out_dir=tmp_path / "out", cache_dir=tmp_path / "cache", jobs=1)


def test_a_failed_build_remembers_nobody(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    from readaloud.engines import load_engine

    planned = pipeline.plan_episode(article(EARLIER), DEFAULT, None, CastBook())

    def fail(*args: object) -> None:
        raise SynthesisError("the engine failed")

    monkeypatch.setattr(pipeline, "_render", fail)
    with pytest.raises(SynthesisError):
        pipeline.build(planned.script, DEFAULT, load_engine("fake"), _options(tmp_path),
                       cast_update=planned.update)
    assert load_cast_book(tmp_path / "out") == CastBook()


def test_a_build_remembers_once_the_episode_is_in_place(tmp_path: Path) -> None:
    from readaloud.engines import load_engine

    engine = load_engine("fake")
    planned = pipeline.plan_episode(article(EARLIER), DEFAULT, None, CastBook())
    result = pipeline.build(planned.script, DEFAULT, engine, _options(tmp_path),
                            cast_update=planned.update)
    assert result.mp3.exists()
    assert [k for k, _ in load_cast_book(tmp_path / "out").voices] == ["ada brook"]
    again = pipeline.plan_episode(article(EARLIER), DEFAULT, None,
                                  load_cast_book(tmp_path / "out"))
    assert pipeline.build(again.script, DEFAULT, engine, _options(tmp_path),
                          cast_update=again.update).up_to_date


# --------------------------------------------------------------------------------------------
# Script files
# --------------------------------------------------------------------------------------------


def test_a_script_file_remembers_only_voices_casting_gave(tmp_path: Path) -> None:
    script = pipeline.plan_article(article(EARLIER, "Bo Kemp"), DEFAULT, None)
    text = dump_script(script)
    mine = parse_voice_name("gmw/en-gb-scotland+Jacky pitch=20", E)
    bo = next(line.voice.name for line in script.lines if line.segment.speaker == "Bo Kemp")
    entry = next(line for line in text.splitlines() if line.strip().startswith("Bo Kemp:"))
    assert f"voice: {bo}" in entry
    text = text.replace(entry, entry.replace(f"voice: {bo}", f"voice: {mine.name}"))
    text = text.replace("speakers:\n", "speakers:\n  Cy Crane: {gender: male}\n")
    text += "- speaker: Cy Crane\n  text: And one more thing.\n"
    path = tmp_path / "harbour.script.yaml"
    path.write_text(text)
    loaded, learned = read_script(path, DEFAULT, None, {})
    voices = {line.segment.speaker: line.voice for line in loaded.lines}
    assert voices["Bo Kemp"] == mine                               # the edit is honoured...
    assert {key for key, _ in learned} == {"ada brook", "cy crane"}  # ...never remembered
    assert dict(learned)["cy crane"] == voices["Cy Crane"]
    assert read_script(path, DEFAULT, None, {k: v.name for k, v in learned})[1] == ()


# --------------------------------------------------------------------------------------------
# End to end: two builds into one podcast folder with the real engine
# --------------------------------------------------------------------------------------------


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "readaloud", *args], cwd=cwd,
                          env={**os.environ}, capture_output=True, text=True, timeout=300)


def voices_of(plan: str) -> dict[str, str]:
    return {s["speaker"]: s["voice"] for s in json.loads(plan)["segments"] if s["speaker"]}


def write_article(path: Path, *speakers: str) -> Path:
    lines = [f"\u201cWe agreed on item {i},\u201d said {name}." for i, name in
             enumerate(speakers, 1)]
    path.write_text("Harbour news\n\nThe council met on Tuesday.\n\n" + "\n\n".join(lines) + "\n")
    return path


@pytest.mark.e2e
def test_a_remembered_speaker_keeps_their_voice_in_the_next_episode(tmp_path: Path) -> None:
    (tmp_path / "voices.yaml").write_text(  # genders, so that the two prefer one voice
        "speakers:\n  Ada Brook: {gender: female}\n  Ada Arden: {gender: female}\n")
    one = write_article(tmp_path / "one.txt", EARLIER, "Bo Kemp")
    two = write_article(tmp_path / "two.txt", LATER, EARLIER)
    built = run("build", str(one), "-o", "pod", "-q", "-j", "1", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    book = json.loads((tmp_path / "pod" / CAST_FILE).read_text())
    assert set(book["voices"]) == {"ada brook", "bo kemp"}
    first = voices_of(run("plan", str(one), "--json", "-d", "pod", cwd=tmp_path).stdout)
    assert first[EARLIER] == book["voices"]["ada brook"]

    fresh = voices_of(run("plan", str(two), "--json", "-d", "empty", cwd=tmp_path).stdout)
    assert fresh[EARLIER] != first[EARLIER]   # without the book, Ada Brook would move
    planned = voices_of(run("plan", str(two), "--json", "-d", "pod", cwd=tmp_path).stdout)
    assert planned[EARLIER] == first[EARLIER]
    built = run("build", str(two), "-o", "pod", "-q", "-j", "1", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    book = json.loads((tmp_path / "pod" / CAST_FILE).read_text())
    assert set(book["voices"]) == {"ada brook", "bo kemp", "ada arden"}
    assert book["voices"]["ada brook"] == first[EARLIER]
    assert book["voices"]["ada arden"] == planned[LATER]
    again = run("build", str(one), "-o", "pod", "-j", "1", cwd=tmp_path)
    assert "up to date" in again.stdout

    (tmp_path / "pod" / CAST_FILE).write_text("{broken")
    broken = run("plan", str(one), "-d", "pod", cwd=tmp_path)
    assert broken.returncode == 2 and "Traceback" not in broken.stderr
    assert len(broken.stderr.strip().splitlines()) == 1 and CAST_FILE in broken.stderr
