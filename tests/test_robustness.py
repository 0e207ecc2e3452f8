"""Issue 8, "never lose text, never write a broken file": the real command line against bad
input, a hostile environment, faults and interruptions; properties over generated text; the
library's error contract; security. Every failure must be one line on stderr with the
documented exit code and nothing under a final output name; every valid input must build.

Fault hooks used here (documented in the README): READALOUD_FAKE_FAULT makes the fake engine
hang, fail or crash on chosen words; READALOUD_CLIP_TIMEOUT shortens the per-clip time limit.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import html
import itertools
import json
import os
import random
import re
import resource
import signal
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import webvtt
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mutagen.id3 import ID3
from mutagen.mp3 import MP3

from readaloud import pipeline
from readaloud.audio import ffmpeg_path
from readaloud.cache import Cache
from readaloud.config import load_config
from readaloud.engines.fake import FakeEngine
from readaloud.errors import ConfigError, InputError, OutputError
from readaloud.extract import text_article
from readaloud.files import TEMP_PREFIX, atomic_write_text
from readaloud.model import Script
from readaloud.synth import clip_timeout

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parent.parent
EPISODE_SUFFIXES = (".mp3", ".vtt", ".srt", ".txt", ".html", ".chapters.json",
                    ".episode.json", ".cover.png")
SANE_STEM = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
BODY = ("The harbour board met on Tuesday to discuss the new ferry timetable. "
        '"We have waited long enough for this," said Mara Quill, who chairs the board. '
        "The first crossing is planned for the spring.")
SHOW_YAML = """engine: fake
show:
  title: Test Show
  author: Test Desk
  owner_email: desk@example.org
  description: A show for tests.
  link: https://example.org/
  base_url: https://example.org/audio/
"""


# -- running the real command ----------------------------------------------------------------


def environment(cache: Path, extra: dict[str, str] | None) -> dict[str, str]:
    """Ours, with a private cache and no fault hooks unless `extra` sets them."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("READALOUD_FAKE_FAULT", "READALOUD_CLIP_TIMEOUT")}
    return {**env, "READALOUD_CACHE_DIR": str(cache), **(extra or {})}


def run(*args: str, cache: Path, cwd: Path, stdin: bytes | None = None,
        env: dict[str, str] | None = None, preexec: Callable[[], None] | None = None,
        timeout: float = 180) -> subprocess.CompletedProcess[str]:
    """`python -m readaloud ARGS` in `cwd` (no ./voices.yaml there) with a private cache."""
    result = subprocess.run([sys.executable, "-m", "readaloud", *args], cwd=cwd,
                            env=environment(cache, env),
                            input=stdin, capture_output=True, timeout=timeout,
                            preexec_fn=preexec)
    return subprocess.CompletedProcess(result.args, result.returncode,
                                       result.stdout.decode("utf-8", "replace"),
                                       result.stderr.decode("utf-8", "replace"))


def start(*args: str, cache: Path, cwd: Path, env: dict[str, str] | None = None
          ) -> subprocess.Popen[str]:
    """The command in its own process group (so its children can be found and signalled)."""
    return subprocess.Popen([sys.executable, "-m", "readaloud", *args], cwd=cwd,
                            env=environment(cache, env),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)


def assert_one_error(result: subprocess.CompletedProcess[str], code: int,
                     says: str = "") -> str:
    """The documented exit code and exactly one line on stderr: the error."""
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("readaloud: error: "), result.stderr
    assert says.lower() in lines[0].lower(), lines[0]
    return lines[0]


def leftovers(out: Path) -> list[str]:
    """Anything in `out` but the hidden lock files: final names, partial files, temp folders."""
    if not out.exists():
        return []
    return sorted(p.name for p in out.iterdir()
                  if not (p.name.startswith(".") and p.name.endswith(".lock")))


def assert_episode(out: Path, stem: str) -> MP3:
    """A complete episode named `stem` directly in `out`, with no temporary files left."""
    assert SANE_STEM.match(stem), stem
    for suffix in EPISODE_SUFFIXES:
        assert (out / f"{stem}{suffix}").is_file(), f"{stem}{suffix} missing: {leftovers(out)}"
    assert not [n for n in os.listdir(out) if n.startswith(TEMP_PREFIX)]
    assert all(p.is_file() for p in out.iterdir()), "a folder inside the output folder"
    audio = MP3(str(out / f"{stem}.mp3"))
    assert audio.info.length > 0.5
    record = json.loads((out / f"{stem}.episode.json").read_text("utf-8"))
    assert all("/" not in name and name.startswith(stem) for name in record["files"].values())
    return audio


def drop_file_permission_override() -> None:
    """preexec_fn: as root, lose the capabilities that ignore file permissions (Linux), so that
    chmod means what it says for the child. Nothing to do for other users."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            os._exit(CANNOT_DROP)


CANNOT_DROP = 97
"""Exit status of a child that could not drop the capabilities (a container without
CAP_SETPCAP): then root reads every file whatever its mode, and the test cannot run."""


def skip_if_root_cannot_drop(result: subprocess.CompletedProcess[str]) -> None:
    if os.geteuid() == 0 and result.returncode == CANNOT_DROP and not result.stderr:
        pytest.skip("running as root without the right to drop CAP_DAC_OVERRIDE")


def file_size_limit(limit: int) -> Callable[[], None]:
    """preexec_fn: a full disk, simulated by a file-size limit (writes fail with EFBIG)."""
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def group_alive(pgid: int) -> list[str]:
    """Live (not zombie) processes of a process group, as command lines."""
    alive = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmdline = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[2]) == pgid:
            alive.append(cmdline.decode("utf-8", "replace"))
    return alive


def assert_no_orphans(pgid: int, grace: float = 5.0) -> None:
    """No worker or ffmpeg of the finished command is still running after a short grace."""
    deadline = time.monotonic() + grace
    while (alive := group_alive(pgid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert alive == [], alive


def wait_for(condition: Callable[[], bool], process: subprocess.Popen[str],
             limit: float = 60) -> bool:
    """Poll until `condition` holds (True) or the process ends first (False)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if condition():
            return True
        if process.poll() is not None:
            return False
        time.sleep(0.005)
    raise AssertionError("the build neither started its work nor ended")


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def clips_in(cache: Path) -> int:
    return Cache(cache).info().clips


@pytest.fixture()
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture()
def work(tmp_path: Path) -> Path:
    """The folder the command runs in: no voices.yaml, so the packaged configuration applies."""
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


# -- bad input: one line, the documented code, nothing written --------------------------------


def _unreadable(work: Path) -> list[str]:
    path = write(work, "locked.txt", f"Ferry News\n\n{BODY}\n")
    path.chmod(0)
    return [str(path)]


BAD_INPUTS: dict[str, tuple[Callable[[Path], list[str]], int, str]] = {
    "missing": (lambda w: [str(w / "nope.txt")], 3, "no such file"),
    "folder without articles": (lambda w: [str(write(w, "empty/notes.pdf", b"x").parent)], 3,
                                "no articles"),
    "unreadable": (_unreadable, 3, "permission denied"),
    "empty": (lambda w: [str(write(w, "empty.txt", b""))], 3, "nothing to read"),
    "whitespace only": (lambda w: [str(write(w, "blank.txt", b" \n\t\r\n \x0c\n"))], 3,
                        "nothing to read"),
    "only furniture": (lambda w: [str(write(w, "furniture.txt",
                                            "Skip to content\nShare this article\n"
                                            "All Rights Reserved\n"))], 3, "nothing to read"),
    "binary": (lambda w: [str(write(w, "photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8))],
               3, "binary"),
    "ambiguous encoding": (lambda w: [str(write(w, "cyrillic.txt", (
        "Новости порта\n\nМэр сказал, что паром вернётся весной.\n").encode("cp1251")))],
        3, "--encoding"),
    "utf-8 with a stray byte": (lambda w: [str(write(w, "mixed.txt", (
        f"Café News\n\n{BODY} Crème brûlée.\n").encode() + b"\xff\n"))], 3, "--encoding"),
    "wrong --encoding": (lambda w: [str(write(w, "wide.txt", f"Ferry\n\n{BODY}\n".encode(
        "utf-16"))), "--encoding", "utf-8"], 3, "--encoding"),
    "unknown --encoding": (lambda w: [str(write(w, "a.txt", f"Ferry\n\n{BODY}\n")),
                                      "--encoding", "klingon"], 2, "unknown encoding"),
    "not a web address": (lambda w: ["ftp://example.org/story.txt"], 3, "http"),
    "unknown engine": (lambda w: [str(write(w, "a.txt", f"Ferry\n\n{BODY}\n")), "--engine",
                                  "nope"], 2, "unknown engine"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_is_one_line_and_leaves_nothing(case: str, work: Path, cache: Path) -> None:
    make, code, says = BAD_INPUTS[case]
    args = make(work)
    preexec = drop_file_permission_override if case == "unreadable" else None
    engine = [] if "--engine" in args else ["--engine", "fake"]
    result = run("build", *args, *engine, "-o", str(work / "out"), cache=cache, cwd=work,
                 preexec=preexec)
    skip_if_root_cannot_drop(result)
    assert_one_error(result, code, says)
    assert leftovers(work / "out") == []


def test_empty_standard_input(work: Path, cache: Path) -> None:
    result = run("build", "-", "--engine", "fake", "-o", str(work / "out"), cache=cache,
                 cwd=work, stdin=b"")
    assert_one_error(result, 3, "nothing to read")
    assert leftovers(work / "out") == []


INVALID_CONFIG: dict[str, tuple[str, str]] = {
    "syntax": ("narrator: [unclosed\n", "voices.yaml:"),
    "no such voice": ("narrator: gmw/en-us+f99\n", "no voice"),
    "wrong type": ("audio:\n  bitrate: fast\n", "bitrate"),
    "not a mapping": ("- engine\n- narrator\n", "mapping"),
    "python object tag": ('engine: !!python/object/apply:os.system ["touch {sentinel}"]\n', ""),
    "not utf-8": ("\udcff", "UTF-8"),
}


@pytest.mark.parametrize("case", list(INVALID_CONFIG))
def test_invalid_voices_yaml(case: str, work: Path, cache: Path) -> None:
    text, says = INVALID_CONFIG[case]
    sentinel = work / "executed"
    voices = write(work, "voices.yaml", text.format(sentinel=sentinel).encode(
        "utf-8", "surrogateescape"))
    article = write(work, "a.txt", f"Ferry\n\n{BODY}\n")
    result = run("build", str(article), "--voices", str(voices), "--engine", "fake", "-o",
                 str(work / "out"), cache=cache, cwd=work)
    assert_one_error(result, 2, says)
    assert not sentinel.exists(), "a YAML tag constructed an object"
    assert leftovers(work / "out") == []


@pytest.mark.parametrize("value", ["soon", "0", "-3", "nan", "inf"])
def test_bad_clip_timeout_setting(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READALOUD_CLIP_TIMEOUT", value)
    with pytest.raises(ConfigError, match="READALOUD_CLIP_TIMEOUT"):
        clip_timeout()


# -- valid but unusual input: builds, with sane names inside the output folder ----------------


def _long_paragraph(chars: int) -> str:
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
             "juliet", "kilo", "lima"]
    rng = random.Random(8)
    text = ""
    while len(text) < chars:
        text += rng.choice(words) + " "
    return text[:chars].strip()


VALID_INPUTS: dict[str, bytes] = {
    "crlf": f"Ferry Returns\r\n\r\n{BODY}\r\n\r\nA second paragraph.\r\n".encode(),
    "lone-cr": f"Ferry Returns\r\r{BODY}\r\rA second paragraph.\r".encode(),
    "scripts": ("港口新闻 🎉 خبر\n\nThe crowd cheered 😀 as the ferry docked. 渡轮明天恢复运行。"
                "“我们等了很久，”市长说。\n\nقال الوزير إن العبارة ستعود قريبا. \"نحن سعداء\" قال "
                "الرئيس.\n\nהשירות יחזור באביב.\n").encode(),
    "long-line": f"Long Read\n\n{_long_paragraph(3000)}\n".encode(),
    "headline-500": f"{' '.join(['Harbour'] * 62)}\n\n{BODY}\n".encode(),
    "headline-punctuation": f"?!... --- !!!\n\n{BODY}\n".encode(),
    "cp1252": "Café Reopens\n\n“We are open,” said Renée Dubois. Coffee costs 3€.\n".encode(
        "cp1252"),
    "latin-1": "Café Reopens\n\nThe naïve owner of the café said it was fine. Olé.\n".encode(
        "latin-1"),
    "utf-16-bom": f"Café Reopens\n\n{BODY}\n".encode("utf-16"),
    "control-characters": f"Ferry\x07 Returns\n\nSome text\x00 with a NUL, a \x1bescape. {BODY}\n"
                          .encode(),
    "quotes": ('Quote Trouble\n\n"This opens and "nests "deeply" inside," said Ann Lee. Then '
               '"another opens.\n\nA new paragraph" closes here." And “curly ‘single” mixed’ '
               'marks.\n\n"This quote never closes, it runs through the sentence. And this one '
               "too. And more words here\n").encode(),
    "all-quotes": '"All Quotes"\n\n"First quote."\n\n"Second quote," "third."\n\n“Fourth.”\n'
                  .encode(),
}


@pytest.fixture(scope="module")
def valid_batch(tmp_path_factory: pytest.TempPathFactory
                ) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """Every valid input built in one run of the real command with the real engine."""
    root = tmp_path_factory.mktemp("valid")
    for name, data in VALID_INPUTS.items():
        write(root / "articles", f"{name}.txt", data)
    result = run("build", str(root / "articles"), "-o", str(root / "out"), "-j", "1",
                 cache=root / "cache", cwd=root)
    return root / "out", result


def test_valid_batch_builds(valid_batch: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    out, result = valid_batch
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert leftovers(out) == sorted([
        *(f"{name}{suffix}" for name in VALID_INPUTS for suffix in EPISODE_SUFFIXES), "cast.json"])


@pytest.mark.parametrize("name", list(VALID_INPUTS))
def test_valid_input_makes_an_episode(
        name: str, valid_batch: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    out, _ = valid_batch
    assert_episode(out, name)
    cues = list(webvtt.read(str(out / f"{name}.vtt")))
    assert cues and all(c.text.strip() for c in cues)


HEADLINES = ["../../etc/passwd", "a/b:c\\d", "con", "NUL", "..", "?!...", "x" * 500,
             "港口新闻", "<script>alert(1)</script>", "Com1: the ferry", " . "]


@pytest.mark.parametrize("headline", HEADLINES)
def test_output_names_from_headlines_are_sane(headline: str) -> None:
    article = text_article(f"{BODY}\n", "-", title=headline)
    stem = pipeline.output_stem(article)
    assert SANE_STEM.match(stem) and len(stem) <= 80, stem
    assert stem not in {"con", "nul", "com1", "aux", "prn"}


def test_standard_input_with_a_hostile_headline(work: Path, cache: Path) -> None:
    headline = "../../etc/passwd: con"
    out = work / "out"
    result = run("build", "-", "--title", headline, "--engine", "fake", "-o", str(out),
                 cache=cache, cwd=work, stdin=f"{BODY}\n".encode())
    assert result.returncode == 0, result.stderr
    (mp3,) = out.glob("*.mp3")
    assert_episode(out, mp3.stem)
    assert sorted(p.name for p in work.iterdir()) == ["out"], "wrote outside -o"


def test_plan_of_a_100000_character_paragraph(work: Path, cache: Path) -> None:
    text = f"Long Read\n\n{_long_paragraph(100_000)}\n"
    article = write(work, "long.txt", text)
    result = run("plan", str(article), "--json", "--engine", "fake", cache=cache, cwd=work)
    assert result.returncode == 0, result.stderr
    segments = json.loads(result.stdout)["segments"]
    assert all(s["text"] == text[s["start"]:s["end"]] for s in segments)
    assert sum(len(s["text"].split()) for s in segments) == len(text.split())
    assert max(len(s["text"]) for s in segments) <= 1000


def _speakers_article(count: int) -> str:
    first = ["Ada", "Ben", "Cleo", "Dev", "Edda", "Finn", "Gia", "Hal", "Ines", "Jon", "Kai",
             "Lena", "Milo", "Nia", "Otto", "Pia", "Quin", "Rhea", "Sol", "Tess", "Ugo", "Vera",
             "Wes", "Xena", "Yuri", "Zola"]
    last = ["Abbot", "Birch", "Crane", "Dale", "Eames", "Frost", "Gale", "Hart", "Irving", "Jett",
            "Knox", "Lark", "Moss", "Nash", "Oakes", "Pike", "Quill", "Reed", "Stone", "Thorn",
            "Underhill", "Vance", "Wren", "Yates", "Zane"]
    names = [f"{f} {s}" for f, s in itertools.product(first, last)]
    random.Random(3).shuffle(names)
    paragraphs = [f'"Point number {i} matters to us," said {n}.' for i, n in
                  enumerate(names[:count])]
    return "Town Hall Meeting\n\n" + "\n\n".join(paragraphs) + "\n"


def test_plan_with_two_hundred_speakers(work: Path, cache: Path) -> None:
    article = write(work, "town.txt", _speakers_article(200))
    result = run("plan", str(article), "--json", "--engine", "fake", cache=cache, cwd=work)
    assert result.returncode == 0, result.stderr
    plan = json.loads(result.stdout)
    voices = {s["speaker"]: s["voice"] for s in plan["segments"] if s["speaker"]}
    assert len(voices) == 200 and len(set(voices.values())) == 200


def test_plan_with_more_speakers_than_voices_shares_voices(work: Path, cache: Path) -> None:
    article = write(work, "town.txt", _speakers_article(400))
    result = run("plan", str(article), "--json", "--engine", "fake", cache=cache, cwd=work)
    assert result.returncode == 0, result.stderr
    assert "share voices" in result.stderr and "Traceback" not in result.stderr
    plan = json.loads(result.stdout)
    speakers = {s["speaker"]: s["voice"] for s in plan["segments"] if s["speaker"]}
    assert len(speakers) == 400
    assert plan["narrator"] not in speakers.values()


# -- environment: output folder, full disk, cache, ffmpeg ------------------------------------


def test_output_path_under_a_regular_file(work: Path, cache: Path) -> None:
    article = write(work, "a.txt", f"Ferry\n\n{BODY}\n")
    blocker = write(work, "blocker", b"a file, not a folder")
    for out in (blocker, blocker / "out"):
        result = run("build", str(article), "--engine", "fake", "-o", str(out), cache=cache,
                     cwd=work)
        assert_one_error(result, 6, "choose another folder")
    assert blocker.read_bytes() == b"a file, not a folder"


def test_output_folder_not_writable(work: Path, cache: Path) -> None:
    article = write(work, "a.txt", f"Ferry\n\n{BODY}\n")
    out = work / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        result = run("build", str(article), "--engine", "fake", "-o", str(out), cache=cache,
                     cwd=work, preexec=drop_file_permission_override)
    finally:
        out.chmod(0o755)
    skip_if_root_cannot_drop(result)
    assert_one_error(result, 6, "permission denied")
    assert leftovers(out) == []


@pytest.mark.parametrize("limit", [20_000, 200_000], ids=["cache-fills", "work-files-fill"])
def test_full_disk(limit: int, work: Path, cache: Path) -> None:
    article = write(work, "a.txt", f"Ferry Returns\n\n{BODY} {BODY}\n")
    out = work / "out"
    result = run("build", str(article), "--engine", "fake", "-o", str(out), "-j", "1",
                 cache=cache, cwd=work, preexec=file_size_limit(limit))
    assert_one_error(result, 6, "disk full")
    assert leftovers(out) == []
    if limit > 100_000:
        return
    again = run("build", str(article), "--engine", "fake", "-o", str(out), "-j", "1",
                cache=cache, cwd=work)
    assert again.returncode == 0, again.stderr
    assert_episode(out, "a")


def test_cache_folder_not_writable(work: Path) -> None:
    article = write(work, "a.txt", f"Ferry\n\n{BODY}\n")
    blocker = write(work, "blocker", b"")
    result = run("build", str(article), "--engine", "fake", "-o", str(work / "out"),
                 cache=blocker / "cache", cwd=work)
    assert result.returncode == 0, result.stderr
    assert "cache folder" in result.stderr and "not writable" in result.stderr
    assert "Traceback" not in result.stderr
    assert_episode(work / "out", "a")


def test_ffmpeg_missing(work: Path, cache: Path) -> None:
    article = write(work, "a.txt", f"Ferry\n\n{BODY}\n")
    empty = work / "bin"
    empty.mkdir()
    result = run("build", str(article), "--engine", "fake", "-o", str(work / "out"),
                 cache=cache, cwd=work,
                 env={"PATH": str(empty), "IMAGEIO_FFMPEG_EXE": str(empty / "ffmpeg")})
    assert_one_error(result, 4, "install ffmpeg")
    assert "imageio-ffmpeg" in result.stderr
    assert leftovers(work / "out") == []


# -- faults: engine failures, interruptions, concurrent builds -------------------------------


def test_engine_hang_and_failure_in_a_batch(work: Path, cache: Path) -> None:
    """One article hangs, one fails, one is fine: the fine one is built, each failure names
    its line and text within the (shortened) time limit, exit 7, nothing else left."""
    hangs = write(work, "a-hangs.txt", f"Ferry Returns\n\nZebulon waved from the pier. {BODY}\n")
    good = write(work, "b-good.txt", f"Ferry Returns\n\n{BODY}\n")
    fails = write(work, "c-fails.txt", f"Ferry Returns\n\n{BODY} The quartzite dock shone.\n")
    out = work / "out"
    process = start("build", str(hangs), str(good), str(fails), "--engine", "fake", "-o",
                    str(out), "-j", "1", cache=cache, cwd=work,
                    env={"READALOUD_CLIP_TIMEOUT": "0.5",
                         "READALOUD_FAKE_FAULT": "hang:Zebulon,fail:quartzite"})
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 7, stderr
    assert "Traceback" not in stderr
    assert re.search(r"hung or crashed on line \d+ \('Zebulon waved from the pier\.'\)", stderr)
    assert re.search(r"failed on line \d+ \('The quartzite dock shone\.'\)", stderr)
    assert stderr.strip().splitlines()[-1].startswith("readaloud: error: 2 of 3 articles failed")
    assert_episode(out, "b-good")
    assert sorted(leftovers(out)) == sorted([*(f"b-good{s}" for s in EPISODE_SUFFIXES),
                                             "cast.json"])
    assert_no_orphans(process.pid)


def test_engine_crash_is_reported(work: Path, cache: Path) -> None:
    article = write(work, "a.txt", f"Ferry\n\nXylophone. {BODY}\n")
    result = run("build", str(article), "--engine", "fake", "-o", str(work / "out"), "-j", "1",
                 cache=cache, cwd=work, env={"READALOUD_CLIP_TIMEOUT": "0.5",
                                             "READALOUD_FAKE_FAULT": "crash:Xylophone"})
    assert_one_error(result, 5, "('Xylophone.')")
    assert leftovers(work / "out") == []


def _two_minute_article() -> str:
    rng = random.Random(7)
    subjects = ["The council", "The harbour master", "A local trader", "The ferry company",
                "Residents", "Engineers", "The union"]
    findings = ["the new timetable would start in April", "repairs to the pier were late",
                "ticket prices would rise a little", "the night service would return",
                "more staff were needed at the terminal", "the old crane would be removed"]
    people = ["Maria Lopez", "Tom Baker", "Aisha Khan", "Peter Novak"]
    paragraphs = []
    for i in range(10):
        said = [f"{rng.choice(subjects)} said on Monday that {rng.choice(findings)}."
                for _ in range(2)]
        said.append('"We have waited for this for a very long time, and we are glad it is '
                    f'finally happening," said {people[i % 4]}.')
        paragraphs.append(" ".join(said))
    return "Ferry Service Changes\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.fixture(scope="module")
def long_article(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A ~2.5-minute article and a cache shared by the interruption tests (so later ones also
    interrupt builds that resume from clips made earlier)."""
    root = tmp_path_factory.mktemp("long")
    return write(root, "ferry.txt", _two_minute_article()), root / "cache"


INTERRUPTIONS = [  # signal, to the whole group (Ctrl-C in a terminal), when
    (signal.SIGTERM, False, "0.5 s"), (signal.SIGINT, False, "1.5 s"),
    (signal.SIGTERM, False, "work starts"), (signal.SIGINT, True, "work starts + 0.7 s"),
    (signal.SIGTERM, False, "work starts + 1.5 s"), (signal.SIGINT, True, "3 s"),
]


@pytest.mark.parametrize(("sig", "group", "when"), INTERRUPTIONS,
                         ids=[f"{s.name}{'-group' if g else ''}@{w}" for s, g, w in INTERRUPTIONS])
def test_interrupted_build_leaves_nothing(sig: signal.Signals, group: bool, when: str,
                                          long_article: tuple[Path, Path], tmp_path: Path) -> None:
    article, cache = long_article
    out = tmp_path / "out"
    process = start("build", str(article), "-o", str(out), cache=cache, cwd=tmp_path)
    if when.startswith("work starts"):
        started = wait_for(lambda: any(out.glob(TEMP_PREFIX + "*")), process)
        assert started, "the build ended before its work folder appeared"
        time.sleep(float(when.split("+")[1].split()[0]) if "+" in when else 0.0)
    else:
        time.sleep(float(when.split()[0]))
    (os.killpg if group else os.kill)(process.pid, sig)
    _, stderr = process.communicate(timeout=60)
    assert "Traceback" not in stderr, stderr
    expected = 128 + sig
    if when == "work starts":
        assert process.returncode == expected, stderr
    # else it may have finished first, or been killed while starting or exiting (-sig: the
    # shell shows 128 + sig too)
    assert process.returncode in (expected, 0, -sig), stderr
    if process.returncode == expected:
        assert stderr.strip().splitlines() == [
            f"readaloud: {'terminated' if sig == signal.SIGTERM else 'interrupted'}; "
            "nothing partial was left behind"]
    if process.returncode == 0 or leftovers(out):
        assert_episode(out, "ferry")
    assert_no_orphans(process.pid)


def test_next_build_resumes_after_an_interruption(long_article: tuple[Path, Path],
                                                  tmp_path: Path) -> None:
    """After the interruptions above (or one here, when run alone) the cache holds clips, and
    the next build completes a correct episode from them."""
    article, cache = long_article
    out = tmp_path / "out"
    if clips_in(cache) == 0:
        process = start("build", str(article), "-o", str(out), cache=cache, cwd=tmp_path)
        assert wait_for(lambda: clips_in(cache) > 0, process), "ended before making any clip"
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=60)
        assert process.returncode == 143 and leftovers(out) == []
    kept = clips_in(cache)
    assert kept > 0, "no clip kept from the interrupted builds"
    result = run("build", str(article), "-o", str(out), cache=cache, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    audio = assert_episode(out, "ferry")
    assert 100 < audio.info.length < 250
    assert_chapters_contiguous(out / "ferry.mp3")
    assert clips_in(cache) >= kept


def test_concurrent_builds(work: Path, cache: Path) -> None:
    """Two builds of one article and one of another, into one folder and feed, at once: the
    same article's builds take turns (lock), and the feed lists both episodes."""
    voices = write(work, "show.yaml", SHOW_YAML)
    a = write(work, "a.txt", f"Story A\n\n{BODY}\n\n{BODY}\n")
    b = write(work, "b.txt", f"Story B\n\n{BODY}\n")
    out = work / "out"
    runs = [start("build", str(article), "--voices", str(voices), "--feed", "--force", "-o",
                  str(out), "-j", "1", cache=cache, cwd=work) for article in (a, a, b)]
    for process in runs:
        _, stderr = process.communicate(timeout=120)
        assert process.returncode == 0, stderr
    for stem in "ab":
        assert_episode(out, stem)
        assert_chapters_contiguous(out / f"{stem}.mp3")
        record = json.loads((out / f"{stem}.episode.json").read_text("utf-8"))
        assert record["size"] == (out / f"{stem}.mp3").stat().st_size
    items = ElementTree.parse(out / "feed.xml").getroot().findall("./channel/item")
    assert len(items) == 2


# -- properties ------------------------------------------------------------------------------

CONFIG = load_config(None)
CATALOG = FakeEngine().catalog()
TOKENS = st.sampled_from([
    "The", "council", "said", "Mayor", "Jane", "Doe", "Dr.", "U.S.", "3.5", "$20", "it's",
    '"', '"', "“", "”", "‘", "’", "'", "«", "»", "„", ",", ".", "!", "?", "...", "—", "-", ":",
    ";", "(", ")", " ", " ", "\n", "\n\n", "\r\n", "\r", "\t", "🎉", "港口", "市长说", "שלום",
    "قال", "\x00", "\x07", "\u200b", "\ufeff", "Share this article", "Skip to content",
    "Advertisement", "Read more:", "© 2024 News Ltd. All rights reserved.", "By Ann Lee",
    "Updated 3 June 2024", "said Tom Baker", "she said", "he added", "according to",
])
ARTICLE_TEXTS = st.one_of(
    st.lists(TOKENS, min_size=3, max_size=120).map(
        lambda tokens: "".join(t if t.isspace() else t + " " for t in tokens)),
    st.text(min_size=1, max_size=400),
)


def _silent(char: str) -> bool:
    """Characters nobody reads: whitespace, control and format characters (kept out of
    blocks at their edges by design, see test_read)."""
    import unicodedata

    return char.isspace() or unicodedata.category(char) in ("Cc", "Cf")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLE_TEXTS)
def test_plan_reads_every_character_once(text: str) -> None:
    try:
        article = text_article(text, "a.txt")
    except InputError:
        return
    script = pipeline.plan_article(article, CONFIG, CATALOG)
    covered = [0] * len(article.text)
    previous_end = 0
    for line in script.lines:
        seg = line.segment
        assert seg.text == article.text[seg.start:seg.end]
        assert previous_end <= seg.start < seg.end
        previous_end = seg.end
        for i in range(seg.start, seg.end):
            covered[i] += 1
    for start, end in article.dropped:
        for i in range(start, end):
            covered[i] += 1
    for i, count in enumerate(covered):
        assert count == 1 or (count == 0 and _silent(article.text[i])), (i, article.text)


def assert_chapters_contiguous(mp3: Path) -> None:
    duration = round(MP3(str(mp3)).info.length * 1000)
    chapters = sorted((c.start_time, c.end_time) for c in ID3(str(mp3)).getall("CHAP"))
    assert chapters and chapters[0][0] == 0
    assert all(a[1] == b[0] for a, b in itertools.pairwise(chapters))
    assert abs(chapters[-1][1] - duration) <= 50


def _build_in_process(text: str, folder: Path, jobs: int = 1) -> tuple[Script, Path]:
    article = text_article(text, str(folder / "story.txt"))
    script = pipeline.plan_article(article, CONFIG, CATALOG)
    options = pipeline.BuildOptions(out_dir=folder / "out", cache_dir=folder / "cache",
                                    jobs=jobs)
    result = pipeline.build(script, CONFIG, FakeEngine(), options)
    return script, result.mp3


SHORT_TEXTS = st.lists(st.sampled_from([
    "The ferry is back.", '"It is about time," said Ann Lee.', "Crowds gathered.",
    "“Never again,” the mayor said.", "Ticket prices rose 5%.", "港口很忙。", "🎉",
    "Read more:", "Why?", "Dr. Smith disagreed.",
]), min_size=1, max_size=6).map(lambda parts: "Harbour News\n\n" + " ".join(parts) + "\n")


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SHORT_TEXTS)
def test_any_short_text_builds_a_correct_episode(text: str) -> None:
    with tempfile.TemporaryDirectory() as name:
        script, mp3 = _build_in_process(text, Path(name))
        assert_chapters_contiguous(mp3)
        decoded = subprocess.run([ffmpeg_path(), "-v", "error", "-i", str(mp3), "-f", "null",
                                  "-"], capture_output=True, text=True)
        assert decoded.returncode == 0 and decoded.stderr == ""
        cues = list(webvtt.read(str(mp3.with_suffix(".vtt"))))
        said = " ".join(html.unescape(c.text) for c in cues).split()
        position = 0
        for line in script.lines:  # every line, in order, in the transcript
            words = line.segment.text.split()
            while said[position:position + len(words)] != words:
                position += 1
                assert position < len(said), f"{line.segment.text!r} missing from the VTT"
        ends = [seconds(c.end) for c in cues]
        assert ends == sorted(ends) and ends[-1] <= MP3(str(mp3)).info.length + 0.05


def seconds(stamp: str) -> float:
    h, m, s = stamp.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


# -- the error contract: failures inside the library surface as ReadaloudError ----------------


@contextlib.contextmanager
def failing(monkeypatch: pytest.MonkeyPatch, target: str, when: Callable[..., bool],
            err: int) -> Iterator[None]:
    """Make `target` (module.attr) raise OSError(err) whenever `when(*args)` holds."""
    module_name, _, attr = target.rpartition(".")
    module = sys.modules[module_name]
    real = getattr(module, attr)

    def fake(*args: object, **kwargs: object) -> object:
        if when(*args):
            raise OSError(err, os.strerror(err))
        return real(*args, **kwargs)

    monkeypatch.setattr(module, attr, fake)
    yield


FAULTS = {
    "atomic rename, disk full": ("os.replace", lambda src, dst: TEMP_PREFIX in str(src),
                                 errno.ENOSPC),
    "fsync, I/O error": ("os.fsync", lambda fd: True, errno.EIO),
    "final move, permission": ("os.replace", lambda src, dst: Path(src).parent.name == "stage"
                               and not Path(src).name.startswith(TEMP_PREFIX), errno.EACCES),
}


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Clips and chunks of the contract tests' article, so their builds need no engine."""
    folder = tmp_path_factory.mktemp("warm")
    _build_in_process(f"Harbour News\n\n{BODY}\n", folder)
    return folder / "cache"


@pytest.mark.parametrize("fault", list(FAULTS))
def test_write_failures_are_output_errors(fault: str, warm_cache: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    target, when, err = FAULTS[fault]
    article = text_article(f"Harbour News\n\n{BODY}\n", str(tmp_path / "story.txt"))
    script = pipeline.plan_article(article, CONFIG, CATALOG)
    options = pipeline.BuildOptions(out_dir=tmp_path / "out", cache_dir=warm_cache, jobs=1)
    with failing(monkeypatch, target, when, err), pytest.raises(OutputError) as caught:
        pipeline.build(script, CONFIG, FakeEngine(), options)
    assert "cannot write" in str(caught.value) and "\n" not in str(caught.value)
    assert leftovers(tmp_path / "out") == []


def test_tagging_on_a_full_disk_is_an_output_error(warm_cache: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import mutagen.id3._file

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(mutagen.id3._file, "insert_bytes", full)
    article = text_article(f"Harbour News\n\n{BODY}\n", str(tmp_path / "story.txt"))
    script = pipeline.plan_article(article, CONFIG, CATALOG)
    options = pipeline.BuildOptions(out_dir=tmp_path / "out", cache_dir=warm_cache, jobs=1)
    with pytest.raises(OutputError, match="disk full"):
        pipeline.build(script, CONFIG, FakeEngine(), options)
    assert leftovers(tmp_path / "out") == []


def test_atomic_write_failure_keeps_the_old_file(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    target = write(tmp_path, "kept.txt", "old")
    with failing(monkeypatch, "os.replace", lambda src, dst: True, errno.ENOSPC), \
            pytest.raises(OutputError, match="disk full"):
        atomic_write_text(target, "new")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.txt"]


# -- security --------------------------------------------------------------------------------


def test_no_unsafe_loading_in_the_source() -> None:
    """YAML is only composed with the safe loader; nothing unpickles or evaluates input."""
    unsafe = re.compile(r"yaml\.(load|unsafe_load|full_load)\(|Loader=yaml\.(Loader|FullLoader|"
                        r"UnsafeLoader)|pickle\.loads?\(|\beval\(|\bexec\(")
    offenders = [f"{p.relative_to(ROOT)}:{m.group(0)}" for p in (ROOT / "src").rglob("*.py")
                 for m in unsafe.finditer(p.read_text("utf-8"))]
    assert offenders == []


NO_NETWORK = '''
import os, socket
_marker = os.environ["READALOUD_NET_MARKER"]
_real = socket.socket
class _Guarded(_real):
    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None and family in (socket.AF_INET, socket.AF_INET6, -1):
            open(_marker, "a").write("socket %d\\n" % os.getpid())
            raise PermissionError("network access during a test build")
        super().__init__(family, type, proto, fileno)
def _no_lookup(*args, **kwargs):
    open(_marker, "a").write("lookup %d\\n" % os.getpid())
    raise PermissionError("network access during a test build")
socket.socket = _Guarded
socket.getaddrinfo = _no_lookup
'''


def test_hostile_headline_no_network_escaped_outputs(work: Path, cache: Path) -> None:
    """A build from standard input with markup in the headline and the text, under a guard
    that records any network access (in the command and in its worker processes)."""
    guard = write(work, "guard/sitecustomize.py", NO_NETWORK)
    marker = work / "network-used"
    voices = write(work, "show.yaml", SHOW_YAML)
    headline = '<script>alert("x")</script> & Ferry ../../x'
    text = 'Intro <b>bold</b> & more. "Hello <i>there</i> & welcome," said Ann Lee.\n'
    out = work / "out"
    result = run("build", "-", "--title", headline, "--voices", str(voices), "--feed", "-o",
                 str(out), cache=cache, cwd=work, stdin=text.encode(),
                 env={"PYTHONPATH": str(guard.parent), "READALOUD_NET_MARKER": str(marker)})
    assert result.returncode == 0, result.stderr
    assert not marker.exists(), marker.read_text()
    stem = "script-alert-x-script-ferry-x"
    assert_episode(out, stem)
    assert sorted(p.name for p in work.iterdir()) == ["guard", "out", "show.yaml"]
    page = (out / f"{stem}.html").read_text("utf-8")
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Ferry" in page
    assert "<b>" not in page and "<i>" not in page
    assert page.count("<script") == page.count("</script>") <= 1  # the player's own, if any
    vtt = (out / f"{stem}.vtt").read_text("utf-8")
    assert "&lt;i&gt;there&lt;/i&gt; &amp; welcome" in vtt and "<i>" not in vtt
    feed = ElementTree.parse(out / "feed.xml").getroot()
    titles = [t.text for t in feed.iter("title")]
    assert headline in titles


def test_a_signal_inside_an_import_lock_callback_is_raised_just_after() -> None:
    """An exception raised inside importlib's module-lock weakref callback is printed and
    dropped by CPython; the handler must wait for the callback to return instead."""
    from types import FrameType

    from readaloud import cli

    scope: dict[str, object] = {}
    code = compile("def cb(f):\n    return f(sys._getframe())\n",
                   "<frozen importlib._bootstrap>", "exec")
    exec(code, {"sys": sys}, scope)
    callback = scope["cb"]
    assert callable(callback)

    def deliver(frame: FrameType) -> None:
        cli._raise_when_safe(cli._Terminated, frame)

    before = signal.getsignal(signal.SIGALRM)
    try:
        callback(deliver)  # inside the callback: nothing raised yet
        with pytest.raises(cli._Terminated):
            time.sleep(2)  # the alarm raises it once the callback has returned
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before)
    with pytest.raises(cli._Terminated):
        deliver(sys._getframe())  # anywhere else: at once


@pytest.fixture
def handlers_restored() -> Iterator[None]:
    """cli.main() installs its SIGTERM and SIGINT handlers; put pytest's back afterwards."""
    before = {s: signal.getsignal(s) for s in (signal.SIGTERM, signal.SIGINT)}
    yield
    for s, handler in before.items():
        signal.signal(s, handler)


@pytest.mark.usefixtures("handlers_restored")
@pytest.mark.parametrize(("signalled", "code", "word"), [
    ("_Terminated", 143, "terminated"), ("_Interrupted", 130, "interrupted")])
def test_a_signal_that_a_c_extension_turned_into_an_import_error_is_still_the_signal(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], signalled: str,
        code: int, word: str) -> None:
    """SIGTERM landing while scipy's compiled module initialises comes back as `ImportError:
    initialization failed` caused by our exception: one line and the signal's exit code, no
    traceback."""
    from readaloud import cli

    def import_dies(*args: object, **kwargs: object) -> None:
        try:
            raise getattr(cli, signalled)()
        except BaseException as err:
            raise ImportError("initialization failed") from err

    monkeypatch.setattr(cli.cli, "main", import_dies)
    with pytest.raises(SystemExit) as ended:
        cli.main(["build", "x.txt"])
    assert ended.value.code == code
    err = capsys.readouterr().err
    assert err.strip() == f"readaloud: {word}; nothing partial was left behind"


@pytest.mark.usefixtures("handlers_restored")
def test_an_error_with_no_signal_behind_it_is_not_taken_for_one(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        tmp_path: Path) -> None:
    """Reported as a bug (exit 1), not as an interruption (130/143)."""
    import tempfile

    from readaloud import cli

    def import_dies(*args: object, **kwargs: object) -> None:
        raise ImportError("initialization failed")

    monkeypatch.setattr(cli.cli, "main", import_dies)
    monkeypatch.delenv("READALOUD_TRACEBACK", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    with pytest.raises(SystemExit) as stop:
        cli.main(["build", "x.txt"])
    assert stop.value.code == 1
    err = capsys.readouterr().err
    assert "internal error" in err and "ImportError" in err and "interrupted" not in err
