"""The podcast feed: an episode record next to each MP3, and feed.xml rebuilt from the records."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from feedgen.feed import FeedGenerator
from feedgen.util import xml_elem

from readaloud.cover import cover_suffix, make_cover
from readaloud.errors import ConfigError, InputError
from readaloud.files import atomic_write_bytes, atomic_write_text, inside
from readaloud.model import ArticleMeta, Episode, Script, Show, Timeline
from readaloud.publish import one_line

ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST_NS = "https://podcastindex.org/namespace/1.0"
FEED_NAME = "feed.xml"
"""The feed's file name in the output folder."""
RECORD_SUFFIX = ".episode.json"
"""Episode records are <stem>.episode.json, next to <stem>.mp3."""
RECORD_VERSION = 1
"""Format version written into every record; newer versions are refused, not misread."""
SHOW_COVER_STEM = "show_cover"
"""Channel artwork is show_cover.png or .jpg; output stems never contain "_", so no episode
file can take this name."""

PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
"""The Podcasting 2.0 namespace for podcast:guid (uuid5 of the feed address)."""
STEM_NAMESPACE = uuid.UUID("8504c097-8d22-437e-9ca9-6e38ecc042c4")
"""readaloud's namespace for GUIDs of articles without a known address (uuid5 of the stem)."""

APPLE_CATEGORIES = (
    "Arts", "Business", "Comedy", "Education", "Fiction", "Government", "Health & Fitness",
    "History", "Kids & Family", "Leisure", "Music", "News", "Religion & Spirituality",
    "Science", "Society & Culture", "Sports", "Technology", "True Crime", "TV & Film",
)
"""Apple Podcasts' top-level categories (a subcategory may follow: "News > Politics")."""

TRANSCRIPTS: tuple[tuple[str, str, str | None], ...] = (
    ("vtt", "text/vtt", "captions"),
    ("srt", "application/x-subrip", "captions"),
    ("html", "text/html", None),
    ("txt", "text/plain", None),
)
"""(file role, MIME type, rel) of each transcript advertised with podcast:transcript."""


class RecordError(InputError):
    """An episode record in the output folder is broken, stale or from a newer readaloud."""


# --------------------------------------------------------------------------------------------
# Identity and dates
# --------------------------------------------------------------------------------------------


def canonical_url(url: str) -> str:
    """The article address in one spelling, so the same article always gets the same GUID.

    Edge cases: surrounding spaces; scheme and host case ("HTTPS://Example.org" equals
    "https://example.org"); a "#fragment" (same page); an empty path ("https://x.org" equals
    "https://x.org/"). The query is kept: it can select a different article.
    """
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/",
                       parts.query, ""))


def guid_for(script: Script) -> str:
    """A GUID that stays the same across rebuilds: "urn:uuid:" + a name-based UUID (uuid5).

    From the article's address when known (canonical_url), so a renamed output keeps its
    GUID; otherwise from the output stem.
    """
    if script.meta.url and script.meta.url.strip():
        return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, canonical_url(script.meta.url))}"
    return f"urn:uuid:{uuid.uuid5(STEM_NAMESPACE, script.stem)}"


def rfc3339(moment: datetime) -> str:
    """A UTC timestamp "2024-05-03T12:00:00Z" (whole seconds)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_date(text: str) -> datetime:
    """An RFC 3339 timestamp with its offset; ValueError when it has none or is not one."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"no time zone in {text!r}")
    return moment


def episode_date(article_date: str | None, previous: str | None, now: datetime) -> str:
    """The episode's publication date (RFC 3339) for the feed.

    Rules, first match wins:
    - a record of the same GUID already has a date: keep it (a rebuild does not move the
      episode to the top of the feed, or make apps think it is new);
    - the article's date is known and before today (UTC): that day at 12:00 UTC (noon UTC is
      the same calendar day from UTC-11 to UTC+11), so a back catalogue sorts by article;
    - otherwise now (an article of today, unknown or future date).
    Edge cases: an unparsable article date counts as unknown.
    """
    if previous:
        return previous
    if article_date:
        try:
            day = date.fromisoformat(article_date.strip()[:10])
        except ValueError:
            day = None
        if day is not None and day < now.astimezone(UTC).date():
            return rfc3339(datetime.combine(day, time(12), UTC))
    return rfc3339(now)


# --------------------------------------------------------------------------------------------
# Episode records
# --------------------------------------------------------------------------------------------


def _file_name(out_dir: Path, file: str | Path) -> str:
    """The name of an output file directly inside `out_dir` (ValueError otherwise: a bug).

    Edge cases: the folder reached through a symlink (publish.write_all returns resolved
    paths); a file that is itself a symlink keeps its own name (only its folder is resolved).
    """
    given = Path(file)
    # a bare name lives in out_dir; a path with a folder is taken as given (it may already
    # start with a relative out_dir: "output/x.mp3" must not become "output/output/x.mp3")
    path = Path(os.path.abspath(out_dir / given if given.parent == Path(".") else given))
    if path.parent.resolve() != out_dir.resolve() or not _plain_name(path.name):
        raise ValueError(f"{file} is not directly inside {out_dir}")
    return path.name


def episode_record(script: Script, timeline: Timeline, out_dir: Path, mp3: Path,
                   files: Mapping[str, str | Path], cover: Path | None = None,
                   description: str = "", now: datetime | None = None) -> Episode:
    """The record of a finished episode, from its script, timeline and the files written.

    `mp3` is the final, tagged MP3 in `out_dir` (its size is read now); `files` maps the
    other roles (vtt, srt, txt, html, chapters: what publish.write_all returns) to files in
    `out_dir`; `cover` is the episode's artwork there, if any. `description` is
    publish.description(). The date is kept from an earlier record of the same article (see
    episode_date); `now` is for tests.
    """
    named = {"mp3": mp3, **files, **({"cover": cover} if cover is not None else {})}
    names = {role: _file_name(out_dir, file) for role, file in named.items()}
    size = (out_dir / names["mp3"]).stat().st_size
    guid = guid_for(script)
    previous = next((ep.date for ep in scan_records(out_dir)[0] if ep.guid == guid), None)
    roles = ["mp3", *sorted(role for role in names if role != "mp3")]
    return Episode(
        title=one_line(script.title),
        guid=guid,
        date=episode_date(script.meta.date, previous, now or datetime.now(UTC)),
        duration_ms=timeline.duration_ms,
        size=size,
        files=tuple((role, names[role]) for role in roles),
        description=description,
        meta=script.meta,
    )


def record_name(episode: Episode) -> str:
    """ "<stem>.episode.json" for an episode whose MP3 is "<stem>.mp3"."""
    return Path(dict(episode.files)["mp3"]).stem + RECORD_SUFFIX


def record_json(episode: Episode) -> str:
    """The record as JSON text (UTF-8, readable, stable key order)."""
    data = {
        "readaloud_episode": RECORD_VERSION,
        "title": episode.title,
        "guid": episode.guid,
        "date": episode.date,
        "duration_ms": episode.duration_ms,
        "size": episode.size,
        "files": dict(episode.files),
        "description": episode.description,
        "meta": dataclasses.asdict(episode.meta),
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_record(episode: Episode, out_dir: Path) -> Path:
    """Write <stem>.episode.json next to the MP3, atomically; a rebuild replaces it."""
    path = inside(out_dir, record_name(episode))
    atomic_write_text(path, record_json(episode))
    return path


def _get(data: Mapping[str, Any], key: str, kind: type, check: Callable[[Any], bool] | None = None
         ) -> Any:
    value = data.get(key)
    if not isinstance(value, kind) or isinstance(value, bool) or (check and not check(value)):
        raise ValueError(f"field {key!r} is missing or invalid")
    return value


def _plain_name(name: object) -> bool:
    """True for a bare file name: no folder, no "..", not hidden."""
    return (isinstance(name, str) and bool(name) and "/" not in name and "\\" not in name
            and not name.startswith("."))


def _files(value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict) or not all(
            isinstance(role, str) and _plain_name(name) for role, name in value.items()):
        raise ValueError("field 'files' must map roles to file names in the same folder")
    if not str(value.get("mp3", "")).endswith(".mp3"):
        raise ValueError("field 'files' has no mp3")
    return tuple(value.items())


def _meta(value: Any) -> ArticleMeta:
    if value is None:
        return ArticleMeta()
    if not isinstance(value, dict):
        raise ValueError("field 'meta' must be an object")
    known = {f.name for f in dataclasses.fields(ArticleMeta)}
    fields = {k: v for k, v in value.items() if k in known}
    if not all(v is None or isinstance(v, str) for v in fields.values()):
        raise ValueError("field 'meta' must hold text values")
    return ArticleMeta(**fields)


def parse_record(text: str) -> Episode:
    """An Episode from record JSON; ValueError saying what is wrong.

    Edge cases: not JSON; not an object; a newer format version; a date without time zone;
    negative sizes; file names with folders (records never point outside their folder);
    unknown meta keys are ignored (written by a later version).
    """
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    version = _get(data, "readaloud_episode", int)
    if version > RECORD_VERSION:
        raise ValueError(f"written by a newer readaloud (format {version}); upgrade readaloud")
    date_text = _get(data, "date", str)
    parse_date(date_text)
    return Episode(
        title=_get(data, "title", str, lambda v: bool(v.strip())),
        guid=_get(data, "guid", str, lambda v: bool(v.strip())),
        date=date_text,
        duration_ms=_get(data, "duration_ms", int, lambda v: v >= 0),
        size=_get(data, "size", int, lambda v: v >= 0),
        files=_files(data.get("files")),
        description=_get(data, "description", str) if "description" in data else "",
        meta=_meta(data.get("meta")),
    )


def _read_record(path: Path) -> Episode:
    try:
        return parse_record(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as err:
        raise RecordError(f"{path}: broken episode record ({err}); rebuild that episode "
                          "or delete the file") from err


def scan_records(out_dir: Path) -> tuple[list[Episode], list[RecordError]]:
    """Every readable record in `out_dir` (newest first) and a RecordError for each broken one.

    Two records with the same GUID (an article rebuilt under a new file name) count once:
    the record written last wins.
    """
    found: dict[str, tuple[float, Episode]] = {}
    problems: list[RecordError] = []
    for path in sorted(out_dir.glob("*" + RECORD_SUFFIX)):
        try:
            episode = _read_record(path)
            written = path.stat().st_mtime
        except RecordError as err:
            problems.append(err)
            continue
        except OSError:  # removed while we looked
            continue
        if episode.guid not in found or found[episode.guid][0] <= written:
            found[episode.guid] = (written, episode)
    return sort_episodes([episode for _, episode in found.values()]), problems


def load_records(out_dir: Path) -> list[Episode]:
    """The episodes recorded in `out_dir`, newest first; RecordError if any record is broken.

    A broken record is an error rather than skipped: a feed silently missing an episode is
    worse than a message naming the file to rebuild or delete.
    """
    if not out_dir.is_dir():
        raise InputError(f"folder not found: {out_dir}; give the output folder of "
                         "`readaloud build`")
    episodes, problems = scan_records(out_dir)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise RecordError(f"{problems[0]}{more}")
    return episodes


def sort_episodes(episodes: Sequence[Episode]) -> list[Episode]:
    """Newest first; equal dates by GUID so the order never depends on the file system."""
    by_guid = sorted(episodes, key=lambda ep: ep.guid)
    return sorted(by_guid, key=lambda ep: parse_date(ep.date), reverse=True)


# --------------------------------------------------------------------------------------------
# Channel settings: Show + base address, checked
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Channel:
    """The feed's channel settings, complete and checked."""

    title: str
    description: str
    language: str
    link: str
    base_url: str
    author: str
    category: str
    subcategory: str | None
    explicit: bool
    image: str
    owner_name: str | None
    owner_email: str | None
    copyright: str | None

    @property
    def feed_url(self) -> str:
        """Where feed.xml will be."""
        return self.base_url + FEED_NAME


def _web_address(value: str, key: str) -> str:
    """An http(s) address from the config, else ConfigError naming `key`.

    Edge cases: surrounding spaces are dropped; spaces or control characters inside (write
    them as %20) and addresses without a scheme ("example.org/audio") are refused.
    """
    parts = urlsplit(value.strip())
    if any(ch.isspace() or not ch.isprintable() for ch in value.strip()):
        raise ConfigError(f"{key} must not contain spaces or control characters (write a "
                          f"space as %20), got {value!r}")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ConfigError(f"{key} must be an http(s) address like https://example.org/audio/, "
                          f"got {value!r}")
    return value.strip()


def check_base_url(base_url: str | None) -> str:
    """The address where the output folder is published, ending in "/".

    Required: enclosures and transcripts need absolute addresses, and nothing else can say
    where the files will be. Edge cases: unset or blank; not http(s); no trailing slash
    (added, so "https://x.org/audio" means the folder "audio").
    """
    if not base_url or not base_url.strip():
        raise ConfigError(
            "show.base_url is not set: the feed needs the address where the output folder is "
            "published; set show.base_url in voices.yaml or pass --base-url (for a local "
            "preview with `readaloud serve`: --base-url http://127.0.0.1:8000/)")
    url = _web_address(base_url, "show.base_url")
    return url if url.endswith("/") else url + "/"


def check_author(show: Show) -> str:
    """itunes:author: show.author, else show.owner_name; required (apps display it under the
    title, and readaloud cannot invent who publishes)."""
    author = one_line(show.author or show.owner_name or "")
    if not author:
        raise ConfigError("show.author is not set: podcast apps show who publishes the "
                          "podcast; set show.author in voices.yaml")
    return author


def check_category(category: str) -> tuple[str, str | None]:
    """(Apple category, subcategory or None) from "News" or "News > Politics".

    Edge cases: case and spacing are forgiven ("society &  culture"); an unknown top-level
    category is a ConfigError listing the choices; the subcategory is not checked.
    """
    top, _, sub = category.partition(">")
    wanted = one_line(top).casefold()
    for known in APPLE_CATEGORIES:
        if known.casefold() == wanted:
            return known, one_line(sub) or None
    raise ConfigError(f"show.category: {category!r} is not an Apple Podcasts category; choose "
                      f"one of: {', '.join(APPLE_CATEGORIES)}")


_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")


def check_owner_email(email: str | None) -> str | None:
    """itunes:owner email, optional: Apple uses it only to confirm who owns the feed when the
    podcast is submitted, and it is public in the feed, so a local preview needs none.
    Edge cases: unset or blank (no itunes:owner); not an address (ConfigError)."""
    if not email or not email.strip():
        return None
    if not _EMAIL.fullmatch(email.strip()):
        raise ConfigError(f"show.owner_email: {email!r} is not an email address")
    return email.strip()


def check_language(language: str) -> str:
    """A language tag like "en" or "en-GB" (RSS <language>)."""
    if not _LANGUAGE.fullmatch(language.strip()):
        raise ConfigError(f"show.language: {language!r} is not a language tag like en or en-GB")
    return language.strip()


def show_cover_name(show: Show) -> str:
    """File name of the channel artwork in the output folder (see SHOW_COVER_STEM)."""
    jpeg = show.cover is not None and show.cover.suffix.lower() in (".jpg", ".jpeg")
    return SHOW_COVER_STEM + (".jpg" if jpeg else ".png")


def channel(show: Show, base_url: str | None) -> Channel:
    """The checked channel settings; ConfigError naming the voices.yaml key of the first
    problem. Required: show.title, show.base_url (or --base-url), show.author (or
    show.owner_name). The rest have defaults or are optional."""
    title = one_line(show.title)
    if not title:
        raise ConfigError("show.title is empty; set the podcast's name in voices.yaml")
    base = check_base_url(base_url)
    category, subcategory = check_category(show.category)
    owner_email = check_owner_email(show.owner_email)
    author = check_author(show)
    return Channel(
        title=title,
        description=one_line(show.description or "")
        or f"{title}: articles read aloud by synthetic voices, with transcripts.",
        language=check_language(show.language),
        link=_web_address(show.link, "show.link") if show.link else base,
        base_url=base,
        author=author,
        category=category,
        subcategory=subcategory,
        explicit=show.explicit,
        image=base + quote(show_cover_name(show)),
        owner_name=(one_line(show.owner_name or "") or author) if owner_email else None,
        owner_email=owner_email,
        copyright=one_line(show.copyright) if show.copyright else None,
    )


# --------------------------------------------------------------------------------------------
# feedgen extension for what feedgen lacks: explicit true/false and the podcast: namespace
# --------------------------------------------------------------------------------------------


class Podcasting20Extension:
    """feedgen channel extension: itunes:explicit as "true"/"false" (feedgen only writes
    yes/no/clean) and podcast:guid."""

    def __init__(self) -> None:
        self.explicit = False
        self.guid: str | None = None

    def extend_ns(self) -> dict[str, str]:
        """The podcast: prefix on the root element."""
        return {"podcast": PODCAST_NS}

    def extend_rss(self, rss: Any) -> Any:
        """Add the channel tags to the <rss> root built by feedgen."""
        channel_element = rss[0]
        xml_elem(f"{{{ITUNES_NS}}}explicit", channel_element).text = (
            "true" if self.explicit else "false")
        if self.guid:
            xml_elem(f"{{{PODCAST_NS}}}guid", channel_element).text = self.guid
        return rss

    def extend_atom(self, feed: Any) -> Any:
        """Nothing for Atom (readaloud writes RSS only)."""
        return feed


class Podcasting20EntryExtension:
    """feedgen item extension: podcast:transcript and podcast:chapters links."""

    def __init__(self) -> None:
        self.links: list[tuple[str, dict[str, str]]] = []

    def add(self, tag: str, **attributes: str) -> None:
        """Add a <podcast:tag attributes.../> to the item."""
        self.links.append((tag, attributes))

    def extend_ns(self) -> dict[str, str]:
        """The podcast: prefix (declared on the root)."""
        return {"podcast": PODCAST_NS}

    def extend_rss(self, item: Any) -> Any:
        """Append the podcast: elements to the <item>."""
        for tag, attributes in self.links:
            element = xml_elem(f"{{{PODCAST_NS}}}{tag}", item)
            for key, value in attributes.items():
                element.set(key, value)
        return item

    def extend_atom(self, entry: Any) -> Any:
        """Nothing for Atom."""
        return entry


# --------------------------------------------------------------------------------------------
# The feed
# --------------------------------------------------------------------------------------------

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """Text XML 1.0 can carry: control characters (other than tab and newlines) and lone
    surrogates removed. Escaping of &, < and quotes is left to the XML writer."""
    return _NOT_XML.sub("", text)


_ADDRESS = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]”’]")


_NUMERIC = str.maketrans({"&": "&#38;", "<": "&#60;", ">": "&#62;", '"': "&#34;"})


def html_escape(text: str) -> str:
    """&, <, > and " as numeric character references.

    Numeric rather than named: gPodder's text view decodes "&amp; &lt;" as one unknown entity
    and drops it, but decodes numeric references first and correctly.
    """
    return text.translate(_NUMERIC)


def _linked(paragraph: str) -> str:
    out, done = [], 0
    for match in _ADDRESS.finditer(paragraph):
        address = html_escape(match.group())
        out += [html_escape(paragraph[done:match.start()]), f'<a href="{address}">{address}</a>']
        done = match.end()
    out.append(html_escape(paragraph[done:]))
    return "".join(out)


def html_description(text: str) -> str:
    """Plain text as the HTML podcast apps expect in <description>: one <p> per paragraph,
    web addresses as links.

    Apps render descriptions as HTML (gPodder strips the tags), so plain text with "<" would
    lose words; escaped first, "<Bridge>" shows as written everywhere. Edge cases: blank-line
    separated paragraphs; an address followed by a full stop or closing quote (not part of
    the link); "&" in addresses.
    """
    paragraphs = [one_line(part) for part in re.split(r"\n\s*\n", text) if part.strip()]
    return "".join(f"<p>{_linked(paragraph)}</p>" for paragraph in paragraphs)


def podcast_guid(feed_url: str) -> str:
    """podcast:guid: uuid5 of the feed address without scheme and trailing slashes."""
    bare = re.sub(r"^[A-Za-z][A-Za-z0-9+.-]*://", "", feed_url.strip()).rstrip("/")
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, bare))


def itunes_seconds(duration_ms: int) -> int:
    """itunes:duration in whole seconds, rounded to the nearest (half up)."""
    return (duration_ms + 500) // 1000


def _setup_channel(fg: Any, ch: Channel, newest: datetime | None) -> None:
    fg.title(xml_text(ch.title))
    fg.description(xml_text(ch.description))
    # feedgen uses the last link given as the RSS <link>: the show's site, after atom:self.
    fg.link(href=ch.feed_url, rel="self", type="application/rss+xml")
    fg.link(href=ch.link, rel="alternate")
    fg.language(ch.language)
    fg.generator("readaloud")
    fg.image(url=ch.image, title=xml_text(ch.title), link=ch.link)
    if ch.copyright:
        fg.copyright(xml_text(ch.copyright))
    if newest is not None:
        fg.lastBuildDate(newest)
        fg.pubDate(newest)
    fg.podcast.itunes_author(xml_text(ch.author))
    fg.podcast.itunes_image(ch.image)
    category = {"cat": ch.category, **({"sub": xml_text(ch.subcategory)} if ch.subcategory else {})}
    fg.podcast.itunes_category(category)
    fg.podcast.itunes_type("episodic")
    if ch.owner_email and ch.owner_name:
        fg.podcast.itunes_owner(name=xml_text(ch.owner_name), email=ch.owner_email)
    fg.readaloud.explicit = ch.explicit
    fg.readaloud.guid = podcast_guid(ch.feed_url)


def _add_item(fg: Any, episode: Episode, ch: Channel) -> None:
    files = dict(episode.files)
    fe = fg.add_entry(order="append")
    # a title that is only control characters would leave the item without one
    fe.title(one_line(xml_text(episode.title)) or Path(files["mp3"]).stem)
    fe.guid(xml_text(episode.guid), permalink=False)
    fe.enclosure(ch.base_url + quote(files["mp3"]), str(episode.size), "audio/mpeg")
    fe.pubDate(parse_date(episode.date))
    if episode.description:
        fe.description(xml_text(html_description(episode.description)))
    if episode.meta.url and urlsplit(episode.meta.url.strip()).scheme in ("http", "https"):
        fe.link(href=xml_text(episode.meta.url.strip()))
    fe.podcast.itunes_duration(itunes_seconds(episode.duration_ms))
    if episode.meta.author:
        fe.podcast.itunes_author(xml_text(one_line(episode.meta.author)))
    cover = files.get("cover", "")
    if cover.lower().endswith((".jpg", ".png")):
        fe.podcast.itunes_image(ch.base_url + quote(cover))
    language = xml_text(episode.meta.language or ch.language)
    for role, mime, rel in TRANSCRIPTS:
        if role in files:
            extra = {"rel": rel} if rel else {}
            fe.readaloud.add("transcript", url=ch.base_url + quote(files[role]), type=mime,
                             language=language, **extra)
    if "chapters" in files:
        fe.readaloud.add("chapters", url=ch.base_url + quote(files["chapters"]),
                         type="application/json+chapters")


def build_feed(episodes: Sequence[Episode], show: Show, base_url: str | None) -> str:
    """The RSS 2.0 feed (itunes: and podcast: namespaces) of `episodes`, newest first.

    Pure: addresses are `base_url` + file name; enclosure lengths are the recorded sizes.
    Episodes sharing a GUID appear once (the first given). ConfigError when a required show
    setting is missing (see channel).
    """
    ch = channel(show, base_url)
    ordered: list[Episode] = []
    seen: set[str] = set()
    for episode in sort_episodes(episodes):
        if episode.guid not in seen:
            seen.add(episode.guid)
            ordered.append(episode)
    fg = FeedGenerator()
    fg.load_extension("podcast")
    fg.register_extension("readaloud", Podcasting20Extension, Podcasting20EntryExtension,
                          atom=False, rss=True)
    _setup_channel(fg, ch, parse_date(ordered[0].date) if ordered else None)
    for episode in ordered:
        _add_item(fg, episode, ch)
    xml: bytes = fg.rss_str(pretty=True, encoding="UTF-8", xml_declaration=True)
    return xml.decode("utf-8")


def _on_disk(episode: Episode, out_dir: Path) -> Episode:
    """The episode with its MP3 size read from the file and files that are gone left out.

    A record whose MP3 is gone is a RecordError (the feed would point at nothing).
    """
    files = dict(episode.files)
    try:
        size = (out_dir / files["mp3"]).stat().st_size
    except OSError as err:
        raise RecordError(f"{out_dir / record_name(episode)}: its audio {files['mp3']} is "
                          "missing; rebuild that episode or delete the record") from err
    present = tuple((role, name) for role, name in episode.files
                    if role == "mp3" or (out_dir / name).is_file())
    return dataclasses.replace(episode, size=size, files=present)


def write_show_cover(out_dir: Path, show: Show) -> Path:
    """The channel artwork in `out_dir`: show.cover copied, or a generated show card.

    Written only when missing or different, so rebuilding the feed leaves it untouched.
    """
    path = inside(out_dir, show_cover_name(show))
    if show.cover is not None:
        if cover_suffix(show.cover) != path.suffix:
            raise ConfigError(f"show.cover: {show.cover} holds a {cover_suffix(show.cover)[1:]} "
                              f"image but is named {show.cover.suffix}; rename it")
        data = show.cover.read_bytes()
    else:
        data = make_cover(show.title, "")
    try:
        unchanged = path.read_bytes() == data
    except OSError:
        unchanged = False
    if not unchanged:
        atomic_write_bytes(path, data)
    return path


def update_feed(out_dir: Path, show: Show, base_url: str | None) -> Path:
    """Rebuild out_dir/feed.xml from the episode records in `out_dir`; return its path.

    `base_url` (--base-url) overrides show.base_url. Checks the show settings first, then the
    records (InputError when there are none, RecordError for a broken or stale one); sizes
    are read from the MP3s on disk; writes the channel artwork when needed.
    """
    url = base_url or show.base_url
    channel(show, url)
    episodes = [_on_disk(episode, out_dir) for episode in load_records(out_dir)]
    if not episodes:
        raise InputError(f"no episodes in {out_dir} (no *{RECORD_SUFFIX} files); build one "
                         f"first with `readaloud build ARTICLE -o {out_dir} --feed`")
    write_show_cover(out_dir, show)
    path = inside(out_dir, FEED_NAME)
    atomic_write_text(path, build_feed(episodes, show, url))
    return path
