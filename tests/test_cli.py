"""The command line: help with examples on every command, version, and one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from readaloud import __version__
from readaloud.cli import cli

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "harbour-ferry-returns.txt"


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    for name, command in group.commands.items():
        found.append((*prefix, name))
        if isinstance(command, click.Group):
            found += _commands(command, (*prefix, name))
    return found


COMMANDS = _commands(cli)


def test_every_command_is_listed() -> None:
    names = {c[0] for c in COMMANDS}
    assert {"build", "plan", "voices", "init", "feed", "serve", "cache"} <= names


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_every_command_has_help(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0
    assert len(result.output.splitlines()) > 3
    command = cli
    for name in path:
        command = command.commands[name]  # type: ignore[attr-defined]
    if not isinstance(command, click.Group):
        assert "Example" in result.output, f"{' '.join(path)} --help has no example"


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert __version__ in result.output


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "readaloud", *args], capture_output=True,
                          text=True, cwd=cwd, env={**os.environ}, timeout=120)


@pytest.mark.parametrize(("args", "code", "words"), [
    (("plan", "no-such-article.txt"), 3, "no-such-article.txt"),
    (("plan", str(EXAMPLE), "--engine", "nope"), 2, "unknown engine 'nope'"),
    (("plan", str(EXAMPLE), "--voices", "missing.yaml"), 2, "missing.yaml"),
    (("build",), 2, "Missing argument"),
    (("nonsense",), 2, "No such command"),
])
def test_errors_are_one_line_with_a_code(args: tuple[str, ...], code: int, words: str) -> None:
    result = run(*args)
    assert result.returncode == code, result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bug_is_one_line_naming_a_report_with_the_traceback(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    """An exception that is no ReadaloudError is a bug: the user sees one line saying so and
    where the traceback went (exit 1), not a wall of Python; READALOUD_TRACEBACK=1 shows it."""
    import tempfile

    import readaloud.attribute
    from readaloud.cli import main

    def broken(*_args: object) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr(readaloud.attribute, "attribute", broken)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.delenv("READALOUD_TRACEBACK", raising=False)
    with pytest.raises(SystemExit) as stop:
        main(["plan", str(EXAMPLE)])
    assert stop.value.code == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert "internal error (a bug in readaloud, not in your input): IndexError" in err
    reports = list(tmp_path.glob("readaloud-crash-*.txt"))
    assert len(reports) == 1 and str(reports[0]) in err
    report = reports[0].read_text(encoding="utf-8")
    assert "Traceback" in report and "in broken" in report and "command: readaloud plan" in report
    monkeypatch.setenv("READALOUD_TRACEBACK", "1")
    with pytest.raises(IndexError):
        main(["plan", str(EXAMPLE)])


def test_feed_of_a_missing_folder_is_an_error_and_creates_nothing(tmp_path: Path) -> None:
    result = run("feed", str(tmp_path / "episodes"))
    assert result.returncode == 3, result.stderr
    assert "no folder" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "episodes").exists()


def test_feed_takes_the_lock_builds_take(tmp_path: Path) -> None:
    """`readaloud feed` and `build --feed` rewrite feed.xml one at a time (same lock file)."""
    result = run("feed", str(tmp_path), "--base-url", "https://example.org/audio/")
    assert result.returncode != 0 and "Traceback" not in result.stderr  # nothing to publish
    assert (tmp_path / ".feed.xml.lock").exists()


def test_bad_voices_yaml_names_file_line_and_key(tmp_path: Path) -> None:
    voices = tmp_path / "voices.yaml"
    voices.write_text("narrator: gmw/en-us\nspeakers:\n  Jen Psaki:\n    voice: en-us+f9\n")
    result = run("plan", str(EXAMPLE), "--voices", str(voices))
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert "voices.yaml:4" in line and "speakers.'Jen Psaki'.voice" in line
    assert "did you mean" in line


def test_init_writes_a_config_that_loads(tmp_path: Path) -> None:
    assert run("init", cwd=tmp_path).returncode == 0
    assert (tmp_path / "voices.yaml").read_text().startswith("#")
    again = run("init", cwd=tmp_path)
    assert again.returncode == 2 and "--force" in again.stderr
    assert run("plan", str(EXAMPLE), cwd=tmp_path).returncode == 0


def test_plan_table_and_json_agree() -> None:
    table = run("plan", str(EXAMPLE))
    assert table.returncode == 0
    assert "Helen Okafor" in table.stdout and "(narrator)" in table.stdout


def test_batch_never_overwrites_an_episode_of_the_same_batch(tmp_path: Path) -> None:
    """Regression: a/story.txt and b/story.txt both became out/story.mp3, the second silently
    replacing the first."""
    for folder, headline in (("a", "Story A"), ("b", "Story B")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"{headline}\n\nA short paragraph.\n")
    result = run("build", str(tmp_path / "a" / "story.txt"), str(tmp_path / "b" / "story.txt"),
                 "-o", str(tmp_path / "out"), "--engine", "fake", cwd=tmp_path)
    assert result.returncode == 7
    assert "would overwrite the episode of" in result.stderr
    assert "Story A" in (tmp_path / "out" / "story.txt").read_text()


def test_plan_reads_an_interview_s_turns_when_asked(tmp_path: Path) -> None:
    """`--interview` reads labelled paragraphs (`HO: …`, `TW: …`) as their speakers' turns;
    without it their words are the narrator's."""
    import json

    article = tmp_path / "cellist.txt"
    article.write_text(
        "A conversation with a cellist\n\nTomasz Wierzbicki has played cello for eleven years. "
        "Our editor Hannah Oyelaran talked with him.\n\nHO: Is that a joke?\n\nTW: Only half."
        "\n\nHO: What do couples ask for?\n\nTW: Pachelbel, always.\n")
    runner = CliRunner()
    asked = runner.invoke(cli, ["plan", str(article), "--json", "--interview"])
    assert asked.exit_code == 0, asked.output
    turns = {s["text"]: s["speaker"] for s in json.loads(asked.output)["segments"]
             if s["kind"] == "quote"}
    assert turns == {"Is that a joke?": "Hannah Oyelaran", "Only half.": "Tomasz Wierzbicki",
                     "What do couples ask for?": "Hannah Oyelaran",
                     "Pachelbel, always.": "Tomasz Wierzbicki"}
    plain = runner.invoke(cli, ["plan", str(article), "--json"])
    assert [s for s in json.loads(plain.output)["segments"] if s["kind"] == "quote"] == []
