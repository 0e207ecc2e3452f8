"""The whole program as two functions: plan() decides what is heard, build() makes the files.

    ARTICLE -read-> Article -segment-> [Segment] -attribute-> Attribution
    voices.yaml -load-> Config, cast.json -> CastBook -cast-> Casting;
        -> [Line] -speech/pace-> Script                                        (plan: pure)
    Script -synthesise/assemble/encode-> MP3 + Timeline -tag-> episode.mp3
    Timeline -publish-> .vtt .srt .txt .html .chapters.json; episode record -> feed.xml;
    speakers cast afresh -> cast.json                                                 (build)
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import signal
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from readaloud import __version__
from readaloud.cache import Cache, make_key
from readaloud.castbook import CAST_FILE, CastBook, CastUpdate, remember
from readaloud.engines import Engine, VoiceCatalog
from readaloud.errors import InputError, OutputError
from readaloud.files import TEMP_PREFIX, atomic_write_bytes, describe_os_error, safe_stem
from readaloud.model import Article, Config, Episode, Line, Script, Timeline

if TYPE_CHECKING:
    from readaloud.synth import Workers

log = logging.getLogger("readaloud")
Progress = Callable[[str, int, int], None]


# -- plan ----------------------------------------------------------------------------------


def load_article(source: str, *, encoding: str | None = None, title: str | None = None,
                 stdin: BinaryIO | None = None) -> Article:
    """Read an article from a file, "-" (standard input) or an address."""
    from readaloud.read import read_article

    return read_article(source, encoding=encoding, title=title, stdin=stdin)


@dataclass(frozen=True)
class Planned:
    """A script, and what its casting adds to the podcast's cast book once it is built."""

    script: Script
    """Everything a listener will hear."""
    update: CastUpdate
    """The speakers cast afresh, to remember (pass it to build)."""


def plan_article(article: Article, config: Config, catalog: VoiceCatalog | None) -> Script:
    """Decide everything a listener will hear, with no remembered cast (see plan_episode)."""
    return plan_episode(article, config, catalog, CastBook()).script


def plan_script_file(path: Path, config: Config, catalog: VoiceCatalog | None,
                     book: CastBook) -> Planned:
    """The script in an (edited) script file; speakers without a voice there are cast with
    `book`, as for an article."""
    from readaloud.scriptfile import read_script

    script, learned = read_script(path, config, catalog, book.memory())
    return Planned(script=script, update=book.learn(learned))


def plan_episode(article: Article, config: Config, catalog: VoiceCatalog | None,
                 book: CastBook) -> Planned:
    """Decide everything a listener will hear, without touching audio; speakers the cast book
    `book` remembers keep their voices."""
    from readaloud.attribute import attribute, story_opening
    from readaloud.cast import cast
    from readaloud.pace import pace
    from readaloud.segment import segment
    from readaloud.speech import printable, spoken

    article = story_opening(article)
    attribution = attribute(article, segment(article))
    casting = cast(config, attribution.speakers, catalog, book.memory())
    language = article.meta.language or config.show.language
    lines = tuple(
        Line(segment=s, voice=casting.voice_for(s.speaker),
             spoken=spoken(s.text, config.lexicon, language))
        for s in attribution.segments
    )
    script = Script(
        title=printable(article.title),
        source=article.source,
        lines=pace(lines, attribution.speakers, config.audio.announce),
        speakers=attribution.speakers,
        narrator=casting.narrator,
        meta=article.meta,
        stem=output_stem(article),
    )
    return Planned(script=script, update=book.learn(casting.learned))


def output_stem(article: Article) -> str:
    """The outputs' file name stem: the article file's own stem, else the headline's."""
    source = article.source
    if source != "-" and "://" not in source:
        return safe_stem(Path(source).name.split(".")[0] or article.title)
    return safe_stem(article.title)


# -- build ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class BuildOptions:
    """Per-run settings of a build, kept apart from the loaded configuration."""

    out_dir: Path
    """Where the episode files go."""
    cache_dir: Path
    """The clip and chunk cache."""
    jobs: int = 2
    """Worker processes for synthesis and parallel encoders."""
    force: bool = False
    """Rebuild even when the episode is up to date."""
    feed: bool = False
    """Add or update the episode in out_dir/feed.xml."""
    base_url: str | None = None
    """Overrides show.base_url for the feed."""


@dataclass(frozen=True)
class BuildResult:
    """What a build did."""

    mp3: Path
    """The episode."""
    episode: Episode | None
    """Its record (None when it was already up to date)."""
    up_to_date: bool = False
    """True when nothing needed rebuilding."""


def fingerprint(script: Script, config: Config, engine: Engine) -> str:
    """A hash of everything an episode's files are made from."""
    files = [config.show.cover, config.audio.intro, config.audio.outro]
    stats = [(str(p), p.stat().st_size, p.stat().st_mtime_ns) if p and p.exists() else None
             for p in files]
    return make_key("episode", __version__, engine.name, engine.version, repr(script),
                    repr(config.show), repr(config.audio), stats)


SIDE_FILES = (".vtt", ".srt", ".txt", ".html", ".chapters.json", ".episode.json")


def build(script: Script, config: Config, engine: Engine, options: BuildOptions,
          progress: Progress | None = None, cast_update: CastUpdate | None = None,
          workers: Workers | None = None) -> BuildResult:
    """Render a script into an episode in options.out_dir; skip it when it is up to date.

    Once the episode is in place (built or up to date), the speakers `cast_update` cast
    afresh are remembered in the folder's cast book; a failed build remembers nobody.
    `workers` (synth.Workers) lets the episodes of a batch share one pool of engine
    processes; without it the build starts and stops its own.
    """
    result = _build(script, config, engine, options, progress, workers)
    if cast_update is not None:
        remember_cast(options.out_dir, cast_update)
    return result


def remember_cast(out_dir: Path, update: CastUpdate) -> None:
    """Add the speakers `update` cast afresh to out_dir's cast book, one build at a time (two
    builds that each re-read and rewrite it unserialised could drop each other's entries)."""
    if update.learned:
        with _episode_lock(out_dir, CAST_FILE):
            remember(out_dir, update)


def _build(script: Script, config: Config, engine: Engine, options: BuildOptions,
           progress: Progress | None, workers: Workers | None) -> BuildResult:
    from readaloud import audio, tag

    out_dir = options.out_dir
    mp3 = out_dir / f"{script.stem}.mp3"
    stamp = fingerprint(script, config, engine)
    audio.ffmpeg_path()  # a missing encoder fails now, not after minutes of synthesis
    if options.feed:  # a missing show setting fails now, not after synthesis
        from readaloud.feed import channel

        channel(config.show, options.base_url or config.show.base_url)
    with _episode_lock(out_dir, script.stem):
        complete = all((out_dir / f"{script.stem}{s}").exists() for s in SIDE_FILES)
        if not options.force and complete and tag.read_fingerprint(mp3) == stamp:
            if options.feed:
                _update_feed(config, options)
            return BuildResult(mp3=mp3, episode=None, up_to_date=True)
        try:
            workdir = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX, dir=out_dir))
        except OSError as err:
            raise OutputError(describe_os_error(err, out_dir)) from err
        try:
            episode = _render(script, config, engine, options, workdir, stamp, progress,
                              workers)
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
    if options.feed:
        _update_feed(config, options)
    return BuildResult(mp3=mp3, episode=episode)


def _render(script: Script, config: Config, engine: Engine, options: BuildOptions,
            workdir: Path, stamp: str, progress: Progress | None,
            workers: Workers | None) -> Episode:
    from readaloud import audio
    from readaloud.render import Renderer, RenderSettings, chunk, pieces_for
    from readaloud.speech import spoken
    from readaloud.synth import Synthesizer

    cache = Cache(options.cache_dir)
    if not cache.writable():
        log.warning("cache folder %s is not writable; building without a cache (slower)",
                    options.cache_dir)
        cache = Cache(workdir / "cache")
    settings = RenderSettings(
        encoding=audio.Encoding(bitrate=config.audio.bitrate,
                                channels=2 if config.audio.stereo else 1),
        target_lufs=target_loudness(config),
        intro=config.audio.intro, outro=config.audio.outro,
    )
    language = script.meta.language or config.show.language
    pieces = pieces_for(script, engine, lambda text: spoken(text, config.lexicon, language))
    chunks = chunk(pieces, script, settings)
    # Every file of the episode is made in a staging folder and moved into place at the end,
    # so a full disk or an interruption never leaves a mix of new and missing (or old) files
    # under the final names.
    stage = workdir / "stage"
    try:
        stage.mkdir()
    except OSError as err:
        raise OutputError(describe_os_error(err, options.out_dir)) from err
    joined = stage / f"{script.stem}.mp3"
    with Synthesizer(engine, cache, options.jobs, workers=workers) as synthesizer:
        renderer = Renderer(synthesizer, cache, workdir, settings, options.jobs, progress)
        timeline = renderer.render(script, chunks, joined)
    return _publish(script, config, timeline, joined, stamp, options.out_dir)


def _publish(script: Script, config: Config, timeline: Timeline, mp3: Path, stamp: str,
             out_dir: Path) -> Episode:
    """Tag `mp3` and write the other files beside it (in the staging folder), then move them
    all into `out_dir`."""
    from readaloud import feed, publish, tag

    stage = mp3.parent
    cover_bytes, cover_mime = _cover(config, script)
    cover_name = f"{script.stem}.cover.{'png' if cover_mime == 'image/png' else 'jpg'}"
    atomic_write_bytes(stage / cover_name, cover_bytes)
    files = publish.write_all(script, timeline, stage, script.stem, mp3.name, cover_name,
                              show=config.show)
    description = publish.description(script, config.show)
    tag.write_tags(mp3, script, timeline, config.show, description=description,
                   transcript=publish.to_txt(script, timeline),
                   cover=(cover_bytes, cover_mime), fingerprint=stamp)
    episode = feed.episode_record(script=script, timeline=timeline, out_dir=stage, mp3=mp3,
                                  files=files, cover=stage / cover_name, description=description)
    # episode_record keeps an earlier record's date (a rebuild must not look new in podcast
    # apps), but looks for one in `stage`; look where the records really are.
    previous = next((ep.date for ep in feed.scan_records(out_dir)[0]
                     if ep.guid == episode.guid), None)
    if previous:
        episode = replace(episode, date=previous)
    record = feed.write_record(episode, stage)
    _commit([stage / n for n in (*(p.name for p in files.values()), cover_name, mp3.name)]
            + [record], out_dir)
    return episode


def _commit(staged: list[Path], out_dir: Path) -> None:
    """Move finished files into `out_dir` in order (the episode record last: it marks the
    episode complete), with Ctrl-C and SIGTERM held back until all are in place."""
    blocked = {signal.SIGINT, signal.SIGTERM}
    held = hasattr(signal, "pthread_sigmask")
    if held:
        signal.pthread_sigmask(signal.SIG_BLOCK, blocked)
    try:
        for path in staged:
            try:
                path.replace(out_dir / path.name)
            except OSError as err:
                raise OutputError(describe_os_error(err, out_dir / path.name)) from err
    finally:
        if held:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, blocked)


def target_loudness(config: Config) -> float:
    """Integrated loudness target: configured, else -19 LUFS mono / -16 LUFS stereo."""
    if config.audio.loudness is not None:
        return config.audio.loudness
    return -16.0 if config.audio.stereo else -19.0


def _cover(config: Config, script: Script) -> tuple[bytes, str]:
    """The configured cover image (checked), else a generated title card."""
    from readaloud.cover import cover_suffix, make_cover

    path = config.show.cover
    if path is not None:
        mime = "image/jpeg" if cover_suffix(path) == ".jpg" else "image/png"
        return path.read_bytes(), mime
    return make_cover(config.show.title, script.title), "image/png"


def _update_feed(config: Config, options: BuildOptions) -> None:
    rebuild_feed(options.out_dir, config, options.base_url)


def rebuild_feed(out_dir: Path, config: Config, base_url: str | None) -> Path:
    """Rewrite out_dir/feed.xml from the episodes in out_dir, one writer at a time; return it.

    Builds of different articles into one folder (and `readaloud feed`) each rewrite the feed
    from the records they find: unserialised, the last writer could drop an episode committed
    in the meantime. ("feed.xml" is no article's stem: stems have no dots.)
    """
    from readaloud.feed import update_feed

    if not out_dir.is_dir():
        raise InputError(f"no folder {out_dir}; build an episode into it first with "
                         f"`readaloud build ARTICLE -o {out_dir} --feed`")
    with _episode_lock(out_dir, "feed.xml"):
        return update_feed(out_dir, config.show, base_url)


@contextlib.contextmanager
def _episode_lock(out_dir: Path, stem: str) -> Iterator[None]:
    """Serialise builds of the same episode: a second build waits for the first to finish."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        handle = (out_dir / f".{stem}.lock").open("a+")
    except OSError as err:
        raise OutputError(describe_os_error(err, out_dir)) from err
    with handle:
        try:
            import fcntl
        except ImportError:  # not POSIX: no locking
            yield
            return
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.warning("another build of %s is running; waiting for it to finish", stem)
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
