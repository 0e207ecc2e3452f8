"""The command line: parse options, call one library function, show progress; errors end here.

`main()` is the one error boundary: a ReadaloudError becomes one line on stderr and its exit
code (errors.EXIT_CODES); Ctrl-C and SIGTERM become exit 130/143 after cleanup; anything else
is a bug: one line says so and names a report file with the traceback (exit 1).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, NoReturn

import click

from readaloud import __version__
from readaloud.errors import EXIT_CODES, BatchError, OutputError, ReadaloudError

if TYPE_CHECKING:
    from readaloud.castbook import CastBook
    from readaloud.engines import Engine, VoiceCatalog
    from readaloud.model import Article, Config, Script
    from readaloud.pipeline import BuildOptions, Planned
    from readaloud.synth import Workers

log = logging.getLogger("readaloud")
EPILOG_CODES = "Exit codes: " + "; ".join(f"{k} {v}" for k, v in EXIT_CODES.items()) + "."


class _Terminated(BaseException):
    """SIGTERM, raised in the main thread so that cleanup runs like for Ctrl-C."""


class _Interrupted(BaseException):
    """Ctrl-C (SIGINT), raised instead of KeyboardInterrupt. Why: a KeyboardInterrupt that
    lands in a Cython module's import (numpy) makes CPython kill itself with SIGINT at exit
    whatever sys.exit() said, and click turns KeyboardInterrupt into Abort after printing a
    blank line; this one reaches main() unchanged and always exits 130."""


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    _raise_when_safe(_Terminated, frame)


def _on_sigint(signum: int, frame: FrameType | None) -> None:
    _raise_when_safe(_Interrupted, frame)


_pending: list[type[BaseException]] = []


def _raise_when_safe(exc: type[BaseException], frame: FrameType | None) -> None:
    """Raise exc in the main thread, unless the signal landed in a weakref callback of the
    import machinery (a module lock's `cb`): an exception raised there is printed as
    "Exception ignored" with a traceback and then dropped, so the build would go on. Then
    try again in 10 ms, by which time the callback has returned (where there are no interval
    timers, as on Windows, it is raised at once)."""
    if frame is not None and frame.f_code.co_name == "cb" and hasattr(signal, "setitimer") and (
            frame.f_code.co_filename.startswith("<frozen importlib")):
        _pending.append(exc)
        signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, 0.01)
        return
    raise exc()


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    if _pending:
        _raise_when_safe(_pending.pop(), frame)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the `readaloud` command."""
    signal.signal(signal.SIGTERM, _on_sigterm)
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # not when ignored (nohup)
        signal.signal(signal.SIGINT, _on_sigint)
    try:
        code = cli.main(args=argv, prog_name="readaloud", standalone_mode=False)
    except (_Interrupted, KeyboardInterrupt, click.exceptions.Abort):
        _stopped(interrupted=True)
    except click.ClickException as err:
        err.show()
        sys.exit(err.exit_code)
    except click.exceptions.Exit as err:
        sys.exit(err.exit_code)
    except ReadaloudError as err:
        click.echo(f"readaloud: error: {err}", err=True)
        sys.exit(err.exit_code)
    except _Terminated:
        _stopped(interrupted=False)
    except BrokenPipeError:
        sys.exit(1)
    except Exception as err:
        signalled = _signal_behind(err)
        if signalled is None:
            _crashed(err, argv)
        _stopped(interrupted=signalled is _Interrupted)
    sys.exit(code if isinstance(code, int) else 0)


def _crashed(err: Exception, argv: Sequence[str] | None) -> NoReturn:
    """A bug (not the user's doing): one line that says so, and the traceback in a report file
    to attach to a bug report, exit 1. READALOUD_TRACEBACK=1 shows the traceback instead; so
    does a report that cannot be written."""
    if os.environ.get("READALOUD_TRACEBACK") == "1":
        raise err
    report = _crash_report(err, sys.argv[1:] if argv is None else list(argv))
    if report is None:
        raise err
    click.echo(f"readaloud: internal error (a bug in readaloud, not in your input): "
               f"{type(err).__name__}: {err}", err=True)
    click.echo(f"readaloud: details are in {report}; please attach it to a bug report",
               err=True)
    sys.exit(1)


def _crash_report(err: Exception, args: Sequence[str]) -> Path | None:
    """Write the traceback, the version and the command line to a new file in the temporary
    folder; None when that cannot be done."""
    import platform
    import shlex
    import tempfile
    import traceback

    text = (f"readaloud {__version__} on Python {platform.python_version()} "
            f"({platform.platform()})\ncommand: readaloud {shlex.join(args)}\n\n"
            + "".join(traceback.format_exception(err)))
    try:
        fd, name = tempfile.mkstemp(prefix="readaloud-crash-", suffix=".txt")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
    except OSError:
        return None
    return Path(name)


def _stopped(interrupted: bool) -> NoReturn:
    """The one line and exit code for a build stopped by Ctrl-C (130) or SIGTERM (143)."""
    click.echo(f"readaloud: {'interrupted' if interrupted else 'terminated'}; nothing partial "
               "was left behind", err=True)
    sys.exit(130 if interrupted else 143)


def _signal_behind(err: BaseException) -> type[BaseException] | None:
    """The signal exception an error was raised from, if any. Why: a signal that lands while a
    C extension initialises (scipy's, imported on first use) comes back as `ImportError:
    initialization failed` with our _Terminated as its cause; it is still the signal."""
    seen: set[int] = set()
    e: BaseException | None = err
    while e is not None and id(e) not in seen:
        if isinstance(e, (_Terminated, _Interrupted)):
            return type(e)
        seen.add(id(e))
        e = e.__cause__ or e.__context__
    return None


def _setup_logging(verbose: int, quiet: bool) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("readaloud: %(levelname)s: %(message)s"))
    log.handlers[:] = [handler]
    log.setLevel(logging.ERROR if quiet else logging.DEBUG if verbose else logging.INFO)
    log.propagate = False


def _set_verbosity(ctx: click.Context, param: click.Parameter, value: Any) -> None:
    if value:
        ctx.meta["readaloud." + str(param.name)] = value
    _setup_logging(int(ctx.meta.get("readaloud.verbose", 0)),
                   bool(ctx.meta.get("readaloud.quiet", False)))


def _verbosity(command: Callable[..., Any]) -> Callable[..., Any]:
    """-v/-q on the group and on every command (`readaloud build x.txt -q` works too)."""
    command = click.option("-v", "--verbose", count=True, expose_value=False,
                           callback=_set_verbosity, help="Say more about what happens.")(command)
    return click.option("-q", "--quiet", is_flag=True, expose_value=False,
                        callback=_set_verbosity, help="Only errors.")(command)


def _quiet() -> bool:
    return bool(click.get_current_context().meta.get("readaloud.quiet", False))


@click.group(epilog=EPILOG_CODES, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="readaloud")
@_verbosity
def cli() -> None:
    """Turn written articles into accessible, multi-voice podcast episodes, offline.

    \b
    Example:
      readaloud build story.txt            # -> output/story.mp3, .vtt, .html, ...
      readaloud plan story.txt             # who reads what, without audio
    """


# -- shared options --------------------------------------------------------------------------

_voices_opt = click.option(
    "--voices", "voices_file", type=click.Path(path_type=Path),
    help="voices.yaml to use (default: ./voices.yaml, else the built-in cast).")
_engine_opt = click.option(
    "--engine", help="Speech engine (default: from voices.yaml, pyttsx3).")
_encoding_opt = click.option(
    "--encoding", help="Text encoding of the article files (default: detect).")
_title_opt = click.option(
    "--title", help="Headline, for standard input or to override the article's.")
_interview_opt = click.option(
    "--interview", is_flag=True,
    help="Read paragraphs that open with a speaker's label (Q:, A:, TW:, Garnier:) as that "
         "speaker's turns (an interview or a transcript).")


def _load(voices_file: Path | None, engine_name: str | None) -> tuple[Config, Engine, VoiceCatalog]:
    from readaloud.config import find_config, load_config
    from readaloud.engines import load_engine

    path = find_config(voices_file)
    config = load_config(path, None)
    engine = load_engine(engine_name or config.engine)
    catalog = engine.catalog()
    config = load_config(path, catalog)
    return config, engine, catalog


def _plan(source: str, config: Config, catalog: VoiceCatalog, encoding: str | None,
          title: str | None, book: CastBook, interview: bool = False
          ) -> tuple[Article | None, Planned]:
    from readaloud.pipeline import load_article, plan_episode, plan_script_file
    from readaloud.scriptfile import is_script_file

    if source != "-" and "://" not in source and is_script_file(Path(source)):
        return None, plan_script_file(Path(source), config, catalog, book)
    stdin = sys.stdin.buffer if source == "-" else None
    article = load_article(source, encoding=encoding, title=title, stdin=stdin)
    if interview:
        article = replace(article, interview=True)
    return article, plan_episode(article, config, catalog, book)


# -- build -----------------------------------------------------------------------------------


@cli.command(epilog=EPILOG_CODES)
@_verbosity
@click.argument("articles", nargs=-1, required=True)
@click.option("-o", "--output-dir", type=click.Path(path_type=Path), default=Path("output"),
              show_default=True, help="Folder for the episode files.")
@_voices_opt
@_engine_opt
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None,
              help="Parallel synthesis/encoding processes (default: all cores).")
@click.option("--feed", is_flag=True, help="Add or update the episode in OUTPUT_DIR/feed.xml.")
@click.option("--base-url",
              help="Public address of OUTPUT_DIR, for the feed (overrides show.base_url).")
@click.option("--force", is_flag=True, help="Rebuild even when the episode is up to date.")
@click.option("--cache-dir", type=click.Path(path_type=Path),
              help="Clip cache folder (default: $READALOUD_CACHE_DIR or the user cache folder).")
@_encoding_opt
@_title_opt
@_interview_opt
def build(articles: tuple[str, ...], output_dir: Path,
          voices_file: Path | None, engine: str | None, jobs: int | None, feed: bool,
          base_url: str | None, force: bool, cache_dir: Path | None, encoding: str | None,
          title: str | None, interview: bool) -> None:
    """Build an episode (MP3 with chapters, transcripts, cover) from each ARTICLE.

    ARTICLE is a .txt, .md or .html file, a folder of them, a script file written by
    `readaloud plan -o`, "-" for standard input, or an http(s) address.

    \b
    Examples:
      readaloud build story.txt
      readaloud build articles/ -o episodes/ --feed --base-url https://example.org/audio/
      cat story.txt | readaloud build - --title "Budget passes"
    """
    from readaloud.cache import default_cache_dir
    from readaloud.pipeline import BuildOptions
    from readaloud.read import expand_sources
    from readaloud.synth import Workers

    config, eng, catalog = _load(voices_file, engine)
    sources = expand_sources(articles)
    options = BuildOptions(out_dir=output_dir, cache_dir=cache_dir or default_cache_dir(),
                           jobs=jobs or os.cpu_count() or 1, force=force, feed=feed,
                           base_url=base_url)
    show_progress = not _quiet() and sys.stderr.isatty()
    with Workers(eng, options.jobs) as workers:  # one pool of engine processes for the batch
        failed = _build_all(sources, config, eng, catalog, options, encoding, title,
                            show_progress, workers, interview)
    if len(sources) > 1 and not _quiet():
        click.echo(f"{len(sources) - len(failed)} built, {len(failed)} failed", err=True)
    if failed:
        raise BatchError(f"{len(failed)} of {len(sources)} articles failed: {', '.join(failed)}")


def _build_all(sources: Sequence[str], config: Config, eng: Engine, catalog: VoiceCatalog,
               options: BuildOptions, encoding: str | None, title: str | None,
               show_progress: bool, workers: Workers, interview: bool = False) -> list[str]:
    """Plan and build each source in turn; the sources that failed (a lone one raises)."""
    from readaloud.castbook import load_cast_book
    from readaloud.pipeline import build as build_episode

    output_dir = options.out_dir
    failed: list[str] = []
    stems: dict[str, str] = {}  # output stem -> the article of this batch that took it
    for source in sources:
        # read before each article: the next one of a batch keeps this one's newcomers; a
        # broken cast.json stops the batch (every article would fail alike)
        book = load_cast_book(output_dir)
        try:
            planned = _plan(source, config, catalog, encoding, title, book, interview)[1]
            script = planned.script
            if stems.setdefault(script.stem, source) != source:
                # two articles named alike (a/story.txt, b/story.txt) must not overwrite
                # each other's episode
                raise OutputError(f"{script.stem}.mp3 would overwrite the episode of "
                                  f"{stems[script.stem]}; rename one or build it with "
                                  "another -o")
            with _progress(show_progress, script.title) as progress:
                result = build_episode(script, config, eng, options, progress,
                                       planned.update, workers)
        except ReadaloudError as err:
            if len(sources) == 1:
                raise
            log.error("%s: %s", source, err)
            failed.append(source)
            continue
        state = "up to date" if result.up_to_date else "built"
        if not _quiet():
            click.echo(f"{state}: {result.mp3}")
    return failed


@contextmanager
def _progress(enabled: bool, label: str) -> Iterator[Callable[[str, int, int], None] | None]:
    if not enabled:
        yield None
        return
    bars: dict[str, Any] = {}

    def update(phase: str, done: int, total: int) -> None:
        bar = bars.get(phase)
        if bar is None:
            bar = click.progressbar(length=max(total, 1), label=f"{phase:<13}", file=sys.stderr)
            bar.__enter__()
            bars[phase] = bar
        bar.update(done - bar.pos)

    try:
        yield update
    finally:
        for bar in bars.values():
            bar.__exit__(None, None, None)


# -- plan ------------------------------------------------------------------------------------


@cli.command(epilog=EPILOG_CODES)
@_verbosity
@click.argument("article")
@click.option("--json", "as_json", is_flag=True,
              help="Print the plan as JSON (the documented contract).")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="Write an editable script file (NAME.script.yaml) to build from later.")
@click.option("--text-out", type=click.Path(path_type=Path),
              help="Write the article text that the offsets refer to.")
@click.option("-d", "--output-dir", type=click.Path(path_type=Path), default=Path("output"),
              show_default=True,
              help="The podcast's folder (build's -o): its remembered cast is used, not changed.")
@_voices_opt
@_engine_opt
@_encoding_opt
@_title_opt
@_interview_opt
def plan(article: str, as_json: bool, output: Path | None, text_out: Path | None,
         output_dir: Path, voices_file: Path | None, engine: str | None, encoding: str | None,
         title: str | None, interview: bool) -> None:
    """Show who reads what in ARTICLE, without synthesising anything.

    \b
    Examples:
      readaloud plan story.txt                       # a readable table
      readaloud plan story.txt --json                # machine-readable
      readaloud plan story.txt -o story.script.yaml  # edit, then: readaloud build story.script.yaml
      readaloud plan story.txt -d episodes/          # voices as `build -o episodes/` would cast
    """
    from readaloud.castbook import load_cast_book
    from readaloud.files import atomic_write_text

    config, _, catalog = _load(voices_file, engine)
    art, planned = _plan(article, config, catalog, encoding, title, load_cast_book(output_dir),
                         interview)
    script = planned.script
    if text_out and art is not None:
        atomic_write_text(text_out, art.text)
    if output:
        from readaloud.scriptfile import dump_script

        atomic_write_text(output, dump_script(script))
        click.echo(f"wrote {output}", err=True)
        return
    if as_json:
        click.echo(json.dumps(plan_json(script, art), ensure_ascii=False, indent=1))
    else:
        _print_table(script)


def plan_json(script: Script, article: Article | None) -> dict[str, Any]:
    """The `plan --json` contract (see README, "The plan")."""
    segments = []
    for line in script.lines:
        seg = line.segment
        item: dict[str, Any] = {
            "kind": seg.kind, "speaker": seg.speaker, "voice": line.voice.name,
            "text": seg.text, "spoken": line.spoken, "start": seg.start, "end": seg.end,
        }
        if seg.kind == "quote":
            item["confidence"] = seg.confidence
            item["cue"] = seg.cue
        item["pause_ms"] = line.pause_ms
        if line.announce:
            item["announce"] = line.announce
        if line.chapter:
            item["chapter"] = line.chapter
        segments.append(item)
    result: dict[str, Any] = {
        "title": script.title,
        "source": script.source,
        "narrator": script.narrator.name,
        "speakers": [{"name": s.name, "gender": s.gender, "aliases": list(s.aliases),
                      "organisation": s.organisation} for s in script.speakers],
        "segments": segments,
    }
    if article is not None:
        result["text"] = article.text
    return result


def _print_table(script: Script) -> None:
    width = max(60, min(160, shutil.get_terminal_size().columns if sys.stdout.isatty() else 120))
    click.echo(f"{script.title}\nnarrator: {script.narrator.name}\n")
    for i, line in enumerate(script.lines, 1):
        seg = line.segment
        who = seg.speaker or "(narrator)"
        if line.chapter:
            click.echo(f"== chapter: {line.chapter}")
        head = f"{i:>4} {seg.kind:<9} {who[:24]:<24} "
        text = " ".join(seg.text.split())
        room = max(20, width - len(head))
        click.echo(head + (text if len(text) <= room else text[: room - 1] + "…"))


# -- voices, init ----------------------------------------------------------------------------


@cli.command(epilog=EPILOG_CODES)
@_verbosity
@_voices_opt
@_engine_opt
@click.option("--sample", is_flag=True, help="Write an audition MP3 per voice of the cast.")
@click.option("-o", "--output-dir", type=click.Path(path_type=Path), default=Path("output"),
              show_default=True,
              help="The podcast's folder: its remembered cast is listed; --sample clips go here.")
def voices(voices_file: Path | None, engine: str | None, sample: bool, output_dir: Path) -> None:
    """List the voices the engine offers here, the voices of the current cast, and the
    speakers the podcast in OUTPUT_DIR remembers.

    \b
    Examples:
      readaloud voices
      readaloud voices -o episodes/
      readaloud voices --sample -o auditions/
    """
    from readaloud.castbook import cast_path, load_cast_book
    from readaloud.voices import audition, cast_summary

    config, eng, catalog = _load(voices_file, engine)
    click.echo(f"{'id':<28} {'language':<16} gender")
    for v in catalog.voices:
        click.echo(f"{v.id:<28} {v.language:<16} {v.gender or '-'}")
    click.echo(f"\nvariants (append as +name): {', '.join(catalog.variants)}\n")
    for role, voice in cast_summary(config, catalog):
        click.echo(f"{role:<28} {voice}")
    book = load_cast_book(output_dir)
    if book.voices:
        click.echo(f"\nremembered in {cast_path(output_dir)}:")
        for name, voice in book.voices:
            click.echo(f"{name:<28} {voice}")
    if sample:
        for path in audition(config, eng, catalog, output_dir):
            click.echo(f"wrote {path}")


@cli.command(epilog=EPILOG_CODES)
@_verbosity
@click.argument("path", type=click.Path(path_type=Path), default=Path("voices.yaml"))
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def init(path: Path, force: bool) -> None:
    """Write a commented voices.yaml to start from (default: ./voices.yaml).

    \b
    Example:
      readaloud init && $EDITOR voices.yaml
    """
    from readaloud.config import default_config_text
    from readaloud.errors import ConfigError
    from readaloud.files import atomic_write_text

    if path.exists() and not force:
        raise ConfigError(f"{path} exists; use --force to overwrite it")
    atomic_write_text(path, default_config_text())
    click.echo(f"wrote {path}")


# -- feed, serve, cache ----------------------------------------------------------------------


@cli.command(epilog=EPILOG_CODES)
@_verbosity
@click.argument("folder", type=click.Path(path_type=Path), default=Path("output"))
@click.option("--base-url", help="Public address of FOLDER (overrides show.base_url).")
@_voices_opt
def feed(folder: Path, base_url: str | None, voices_file: Path | None) -> None:
    """(Re)build FOLDER/feed.xml from the episodes built into FOLDER.

    \b
    Example:
      readaloud feed output/ --base-url https://example.org/audio/
    """
    from readaloud.config import find_config, load_config
    from readaloud.pipeline import rebuild_feed

    config = load_config(find_config(voices_file), None)
    click.echo(f"wrote {rebuild_feed(folder, config, base_url)}")


@cli.command(epilog=EPILOG_CODES)
@_verbosity
@click.argument("folder", type=click.Path(path_type=Path), default=Path("output"))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0: the local network).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
def serve(folder: Path, host: str, port: int) -> None:
    """Serve FOLDER over HTTP (with range requests) to preview the feed in a podcast app.

    \b
    Example:
      readaloud serve output/ --host 0.0.0.0
    """
    from readaloud.serve import serve as run

    run(folder, host, port, log=lambda line: click.echo(line, err=True))


@cli.group()
def cache() -> None:
    """Inspect or clear the clip cache."""


@cache.command("info")
@click.option("--cache-dir", type=click.Path(path_type=Path), help="Another cache folder.")
def cache_info(cache_dir: Path | None) -> None:
    """Where the clip cache is and how big it is.

    \b
    Example:
      readaloud cache info
    """
    from readaloud.cache import Cache, default_cache_dir

    info = Cache(cache_dir or default_cache_dir()).info()
    click.echo(f"path:   {info.path}\nclips:  {info.clips}\nchunks: {info.chunks}\n"
               f"size:   {info.bytes / 1e6:.1f} MB")


@cache.command("clear")
@click.option("--cache-dir", type=click.Path(path_type=Path), help="Another cache folder.")
def cache_clear(cache_dir: Path | None) -> None:
    """Delete every cached clip and chunk (the next build synthesises everything again).

    \b
    Example:
      readaloud cache clear
    """
    from readaloud.cache import Cache, default_cache_dir

    target = Cache(cache_dir or default_cache_dir())
    target.clear()
    click.echo(f"cleared {target.root}")
