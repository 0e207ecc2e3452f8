"""The editable script file: dump/load round trip, every edit honoured, line-numbered errors."""

from __future__ import annotations

import sys
import types
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readaloud.cast import cast
from readaloud.config import load_config
from readaloud.engines import EngineVoice, VoiceCatalog
from readaloud.errors import ConfigError
from readaloud.model import (
    ArticleMeta,
    Config,
    LexiconEntry,
    Line,
    Script,
    Segment,
    Speaker,
    Voice,
)
from readaloud.scriptfile import dump_script, is_script_file, load_script

CONFIG = load_config(None)
E = "pyttsx3"
SULLIVAN = Speaker("Ada Arden", "female", ("Arden", "the envoy"))
MINISTRY = Speaker("the ministry", organisation=True)
KEMP = Speaker("Bo Kemp", "male")


def fake_spoken(text: str, lexicon: Sequence[LexiconEntry] = (), language: str = "en") -> str:
    """A stand-in for speech.spoken: visible, deterministic, uses the lexicon and language."""
    for entry in lexicon:
        text = text.replace(entry.word, entry.say)
    return f"{text} ({language})" if language != "en" else text.replace("Dr.", "Doctor")


@pytest.fixture(autouse=True)
def speech(monkeypatch: pytest.MonkeyPatch) -> None:
    """speech.py is another engineer's: test against a stand-in with its signature."""
    module = types.ModuleType("readaloud.speech")
    module.spoken = fake_spoken  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "readaloud.speech", module)


def make_script(config: Config = CONFIG, speakers: Sequence[Speaker] = (SULLIVAN, MINISTRY),
                texts: Sequence[str] | None = None) -> Script:
    """A small synthetic script, planned the way pipeline.plan does it."""
    casting = cast(config, speakers)
    first, second = speakers[0].name, speakers[1].name
    rows: list[tuple[str, str | None, str]] = [
        ("title", None, "Talks resume in the capital"),
        ("narration", None, "Dr. Lee opened the session on Monday."),
        ("quote", first, "“We will keep talking,”"),
        ("narration", None, "the envoy said."),
        ("heading", None, "What comes next"),
        ("quote", second, "“No comment.”"),
    ]
    if texts is not None:
        rows = [(kind, who, t) for (kind, who, _), t in zip(rows, texts, strict=False)]
    lines = []
    for i, (kind, who, text) in enumerate(rows):
        segment = Segment(kind, i * 100, i * 100 + len(text), text, i // 2, who,
                          0.75 if kind == "quote" else None,
                          "the envoy said" if kind == "quote" and who == first else None)
        lines.append(Line(segment, casting.voice_for(who), fake_spoken(text), i * 250,
                          f"{who}:" if who else None, "What comes next" if kind == "heading"
                          else None))
    return Script("Talks resume", "talks.txt", tuple(lines), tuple(speakers), casting.narrator,
                  ArticleMeta(author="A. Writer", date="2024-05-02", site="Example"), "talks")


def save(tmp_path: Path, text: str, name: str = "talks.script.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def edit(tmp_path: Path, script: Script, old: str, new: str, count: int = 1) -> Script:
    """Dump `script`, replace `old` by `new` (it must be there), load it back."""
    text = dump_script(script)
    assert old in text, old
    return load_script(save(tmp_path, text.replace(old, new, count)), CONFIG)


# --------------------------------------------------------------------------------------------
# Writing and reading back
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "expected"), [
    ("talks.script.yaml", True), ("talks.SCRIPT.YML", True), ("a/b/x.script.yml", True),
    ("voices.yaml", False), ("talks.yaml", False), ("talks.txt", False), ("script.yaml", False),
])
def test_is_script_file(name: str, expected: bool) -> None:
    assert is_script_file(Path(name)) is expected


def test_round_trip(tmp_path: Path) -> None:
    script = make_script()
    assert load_script(save(tmp_path, dump_script(script)), CONFIG) == script


def test_the_file_explains_how_to_edit_it_and_reads_well() -> None:
    text = dump_script(make_script())
    assert text.startswith("# readaloud script: everything a listener will hear")
    for word in ("text", "say", "speaker", "voice", "pause_ms", "chapter", "announce"):
        assert f"#   {word} " in text
    assert "speakers:\n  Ada Arden: {gender: female, voice: " in text
    assert "  text: Dr. Lee opened the session on Monday.\n  # spoken: Doctor Lee opened" in text
    assert "  speaker: null\n" in text and "- kind: title\n" in text
    assert "cue: the envoy said\n" in text


TEXTS = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40).filter(
    lambda s: s.strip() != "")


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(TEXTS, min_size=6, max_size=6), name=TEXTS)
def test_any_text_and_name_survive_the_round_trip(tmp_path: Path, texts: list[str],
                                                  name: str) -> None:
    speakers = (Speaker(name.strip(), "male", (f"{name.strip()} x",)), MINISTRY)
    if MINISTRY.name.casefold() in {s.casefold() for s in (speakers[0].name,
                                                           *speakers[0].aliases)}:
        return
    script = make_script(speakers=speakers, texts=texts)
    assert load_script(save(tmp_path, dump_script(script)), CONFIG) == script


# --------------------------------------------------------------------------------------------
# Edits are honoured
# --------------------------------------------------------------------------------------------


def test_a_changed_speaker_takes_their_own_voice_and_announcement(tmp_path: Path) -> None:
    script = make_script()
    edited = edit(tmp_path, script, "  speaker: Ada Arden\n", "  speaker: the ministry\n")
    line = edited.lines[2]
    assert line.segment.speaker == "the ministry"
    assert line.voice == script.lines[5].voice                     # the ministry's voice
    assert line.announce == "the ministry:"
    assert [s.name for s in edited.speakers] == ["the ministry"]   # Ada Arden reads nothing now


def test_a_line_given_to_the_narrator_is_read_and_not_announced_by_them(tmp_path: Path) -> None:
    edited = edit(tmp_path, make_script(), "  speaker: Ada Arden\n", "  speaker: null\n")
    assert edited.lines[2].voice == edited.narrator
    assert edited.lines[2].announce is None
    assert edited.lines[2].segment.kind == "quote"


@pytest.mark.parametrize("name", ["The Envoy", "ada arden", "Arden", "ARDEN"])
def test_a_speaker_may_be_named_by_an_alias_or_surname(tmp_path: Path, name: str) -> None:
    edited = edit(tmp_path, make_script(speakers=(Speaker("Ada Arden", "female", ("the envoy",)),
                                                  MINISTRY)),
                  "  speaker: the ministry\n", f"  speaker: {name}\n")
    assert edited.lines[5].segment.speaker == "Ada Arden"
    assert edited.lines[5].voice == edited.lines[2].voice


def test_a_changed_text_is_spoken_again_and_say_overrides_it(tmp_path: Path) -> None:
    edited = edit(tmp_path, make_script(), "  text: Dr. Lee opened the session on Monday.\n",
                  "  text: Dr. Ng closed it.\n")
    assert (edited.lines[1].segment.text, edited.lines[1].spoken) == (
        "Dr. Ng closed it.", "Doctor Ng closed it.")
    said = edit(tmp_path, make_script(), "  text: Dr. Lee opened the session on Monday.\n",
                "  text: Dr. Ng closed it.\n  say: Doctor N G closed it.\n")
    assert (said.lines[1].segment.text, said.lines[1].spoken) == (
        "Dr. Ng closed it.", "Doctor N G closed it.")


def test_the_lexicon_and_language_of_the_build_apply(tmp_path: Path) -> None:
    config = CONFIG.__class__(lexicon=(LexiconEntry("Lee", "Lea"),))
    script = make_script()
    path = save(tmp_path, dump_script(script).replace("site: Example", "language: fr"))
    loaded = load_script(path, config)
    assert loaded.lines[1].spoken == "Dr. Lea opened the session on Monday. (fr)"


def test_an_explicit_voice_is_kept_for_that_line_only(tmp_path: Path) -> None:
    script = make_script()
    own = script.lines[2].voice.name
    edited = edit(tmp_path, script, f"  voice: {own}\n", "  voice: gmw/en-029+f5 pitch=40\n")
    assert edited.lines[2].voice == Voice(E, "gmw/en-029+f5", pitch=40)
    assert edited.speakers == script.speakers


def test_a_voice_changed_under_speakers_applies_to_all_their_lines(tmp_path: Path) -> None:
    script = make_script()
    own = script.lines[2].voice.name
    edited = edit(tmp_path, script, f"Ada Arden: {{gender: female, voice: {own},",
                  "Ada Arden: {gender: female, voice: gmw/en-us+f2 pitch=30,")
    assert edited.lines[2].voice == Voice(E, "gmw/en-us+f2", pitch=30)


def test_a_changed_narrator_reads_every_narrator_line(tmp_path: Path) -> None:
    edited = edit(tmp_path, make_script(), "narrator: gmw/en-us\n", "narrator: gmw/en-gb-x-rp\n")
    narrator = Voice(E, "gmw/en-gb-x-rp")
    assert edited.narrator == narrator
    assert all(line.voice == narrator for line in edited.lines if line.segment.speaker is None)


def test_a_new_speaker_added_to_the_table_gets_a_cast_voice(tmp_path: Path) -> None:
    script = make_script()
    text = dump_script(script).replace("lines:\n", "  Bo Kemp: {gender: male}\nlines:\n").replace(
        "  speaker: the ministry\n", "  speaker: Bo Kemp\n")
    edited = load_script(save(tmp_path, text), CONFIG)
    assert edited.lines[5].voice == cast(CONFIG, [*script.speakers, KEMP]).voice_for("Bo Kemp")
    assert [s.name for s in edited.speakers] == ["Ada Arden", "Bo Kemp"]


def test_lines_can_be_deleted_and_added_with_few_keys(tmp_path: Path) -> None:
    script = make_script()
    text = dump_script(script)
    head, _, body = text.partition("lines:\n")
    entries = body.split("- kind: ")
    kept = "- kind: ".join(entries[:2]) + "- text: A line of my own.\n- text: “Quoted.”\n" \
        "  speaker: Arden\n  pause_ms: 500\n"
    edited = load_script(save(tmp_path, head + "lines:\n" + kept), CONFIG)
    assert [line.segment.text for line in edited.lines] == [
        "Talks resume in the capital", "A line of my own.", "“Quoted.”"]
    added = edited.lines[2]
    assert (added.segment.kind, added.segment.speaker, added.pause_ms) == (
        "quote", "Ada Arden", 500)
    assert (added.segment.start, added.segment.end, added.segment.block) == (0, 0, 0)
    assert added.voice == script.lines[2].voice


def test_a_minimal_script_takes_everything_else_from_casting(tmp_path: Path) -> None:
    loaded = load_script(save(tmp_path, "lines:\n- text: Hello there.\n", "my-news.script.yml"),
                         CONFIG)
    assert (loaded.title, loaded.stem, loaded.narrator) == (
        "my-news", "my-news", cast(CONFIG, []).narrator)
    assert loaded.lines[0].segment.kind == "narration"


def test_voice_ids_are_checked_and_completed_with_a_catalog(tmp_path: Path) -> None:
    catalog = VoiceCatalog(E, (EngineVoice("gmw/en-us", "", "", None),
                               EngineVoice("gmw/en-029", "", "", None)), ("f3", "f5"))
    config = load_config(None).__class__(
        narrator=CONFIG.narrator,
        pools=tuple((g, (CONFIG.narrator.__class__("gmw/en-us+f3"),)) for g in
                    ("female", "male", "unknown")))
    script = make_script(config)
    own = script.lines[2].voice.name
    path = save(tmp_path, dump_script(script).replace(f"  voice: {own}\n", "  voice: en-029+f5\n"))
    assert load_script(path, config, catalog).lines[2].voice == Voice(E, "gmw/en-029+f5")
    path = save(tmp_path, dump_script(script).replace(f"  voice: {own}\n", "  voice: en-029+f9\n"))
    with pytest.raises(ConfigError, match=r"lines\[2\]\.voice: no voice 'en-029\+f9'; did you "
                                          r"mean 'gmw/en-029\+f3' or 'gmw/en-029\+f5'\?$"):
        load_script(path, config, catalog)


# --------------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------------

ERRORS = [
    ("unknown line key", "  pause_ms: 0\n", "  pause_ms: 0\n  colour: red\n",
     "lines[0]: unknown key 'colour' (allowed: kind, speaker, voice, text, say, pause_ms, "
     "chapter, announce, span, cue, confidence)"),
    ("misspelt key", "  pause_ms: 250\n", "  pasue_ms: 250\n",
     "lines[1]: unknown key 'pasue_ms'; did you mean 'pause_ms'? (allowed: kind, speaker, voice, "
     "text, say, pause_ms, chapter, announce, span, cue, confidence)"),
    ("unknown speaker", "  speaker: Ada Arden\n", "  speaker: Ada Ardent\n",
     "lines[2].speaker: no speaker 'Ada Ardent' under speakers; add them there first (Name: "
     "{gender: female}), or use null for the narrator; did you mean 'Ada Arden'?"),
    ("bad kind", "- kind: narration\n", "- kind: story\n",
     "lines[1].kind: expected one of title, heading, narration, quote, got 'story'"),
    ("bad voice", "  voice: gmw/en-us\n", "  voice: gmw/en-us pitch=500\n",
     "lines[0].voice: pitch=500 is not allowed; use a whole number from 0 to 100"),
    ("missing text", "  text: Talks resume in the capital\n", "",
     "lines[0]: missing key 'text'; every line needs the words it reads"),
    ("empty text", "  text: Talks resume in the capital\n", "  text: '  '\n",
     "lines[0].text: expected the text of the line, got an empty string"),
    ("pause out of range", "  pause_ms: 250\n", "  pause_ms: -1\n",
     "lines[1].pause_ms: -1 is out of range; use milliseconds of silence from 0 to 60000"),
    ("span backwards", "span: {start: 100,", "span: {start: 900,",
     "lines[1].span: end 137 is before start 900; fix or delete the span"),
    ("confidence too high", "  confidence: 0.75\n", "  confidence: 2\n",
     "lines[2].confidence: 2 is out of range; use a confidence from 0 to 1"),
    ("newer version", "version: 1\n", "version: 2\n",
     "version: this readaloud reads script version 1; write the script again with "
     "`readaloud plan`"),
    ("unsafe stem", "stem: talks\n", "stem: ../talks\n",
     "stem: '../talks' is not a safe file name stem; use lowercase letters, digits and '-', "
     "e.g. 'talks'"),
    ("unknown top key", "stem: talks\n", "stem: talks\nepisode: 3\n",
     "unknown key 'episode' (allowed: version, title, source, stem, meta, narrator, speakers, "
     "lines)"),
    ("bad gender", "{gender: female,", "{gender: woman,",
     "speakers.'Ada Arden'.gender: expected one of female, male, unknown, got 'woman'"),
    ("alias used twice", "aliases: [Arden, the envoy]", "aliases: [Arden, the ministry]",
     "speakers.'the ministry': 'the ministry' already names 'Ada Arden'; give each name to one "
     "speaker"),
]


@pytest.mark.parametrize(("case", "old", "new", "message"), ERRORS, ids=[e[0] for e in ERRORS])
def test_errors_name_the_file_line_and_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                           case: str, old: str, new: str, message: str) -> None:
    monkeypatch.chdir(tmp_path)
    text = dump_script(make_script())
    assert old in text
    text = text.replace(old, new, 1)
    Path("talks.script.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_script(Path("talks.script.yaml"), CONFIG)
    label, _, line = str(err.value).partition(" ")[0].partition(":")
    assert label == "talks.script.yaml" and line.isdigit(), str(err.value)
    assert str(err.value).partition(" ")[2] == message
    assert "\n" not in str(err.value)


def test_two_speakers_with_one_voice_is_an_error(tmp_path: Path) -> None:
    script = make_script()
    ada, ministry = script.lines[2].voice.name, script.lines[5].voice.name
    text = dump_script(script).replace(f"voice: {ministry}, organisation", f"voice: {ada}, "
                                                                           "organisation")
    with pytest.raises(ConfigError, match=r"talks.script.yaml:\d+ speakers.'the ministry': same "
                                          r"voice as 'Ada Arden' .*; give each speaker a voice of "
                                          r"their own$"):
        load_script(save(tmp_path, text), CONFIG)


@pytest.mark.parametrize(("text", "message"), [
    ("", "talks.script.yaml: the script is empty; write one with `readaloud plan ARTICLE -o "
         "NAME.script.yaml`"),
    ("title: x\n", "talks.script.yaml:1 lines: missing; a script needs at least one line"),
    ("lines: []\n", "talks.script.yaml:1 lines: no lines; a script needs at least one line"),
    ("lines: 3\n", "talks.script.yaml:1 lines[0]: expected a line {kind: ..., speaker: ..., "
                   "text: ...}, got '3'"),
    ("- text: hi\n", "talks.script.yaml:1 expected a script (title, speakers, lines, ...), got "
                     "a list"),
    ("lines:\n- text: 'unclosed\n", None),
])
def test_broken_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str,
                      message: str | None) -> None:
    monkeypatch.chdir(tmp_path)
    Path("talks.script.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_script(Path("talks.script.yaml"), CONFIG)
    if message is None:
        assert str(err.value).startswith("talks.script.yaml:3:1 YAML syntax error: ")
    else:
        assert str(err.value) == message
