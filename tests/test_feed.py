"""Tests of feed.py: GUIDs, dates, episode records and the RSS feed, read by real parsers."""

from __future__ import annotations

import email.utils
import io
import json
import os
import re
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import podcastparser
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from PIL import Image

from readaloud import feed
from readaloud.errors import ConfigError, InputError
from readaloud.feed import ITUNES_NS, PODCAST_NS, RecordError
from readaloud.model import (
    ArticleMeta,
    Chapter,
    Cue,
    Episode,
    Line,
    Script,
    Segment,
    Show,
    Speaker,
    Timeline,
    Voice,
)
from readaloud.publish import description, one_line, write_all

VOICE = Voice("pyttsx3", "gmw/en-us")
NOW = datetime(2024, 6, 1, 9, 30, tzinfo=UTC)
SHOW = Show(title="Harbour Weekly", author="Harbour Desk", owner_email="desk@example.org",
            base_url="https://example.org/audio/", description="Local news, read aloud.")
ns = {"itunes": ITUNES_NS, "podcast": PODCAST_NS}


def make_script(title: str = "Ferry timetable changes", url: str | None = "https://example.org/f",
                stem: str = "ferry", date: str | None = None) -> Script:
    """A two-line script: the headline and one quote."""
    lines = (
        Line(Segment("title", 0, len(title), title, 0), VOICE, title, chapter=title),
        Line(Segment("quote", 0, 9, "“Sooner.”", 1, "Ola Brandt"), VOICE, "Sooner."),
    )
    meta = ArticleMeta(author="Kim Vale", url=url, site="Gazette", date=date)
    return Script(title, "a.txt", lines, (Speaker("Ola Brandt"),), VOICE, meta, stem)


def make_timeline(script: Script) -> Timeline:
    return Timeline(61_600, (Cue(0, 2000, script.title, None, 0, "title"),
                             Cue(2500, 61_000, "“Sooner.”", "Ola Brandt", 1, "quote")),
                    (Chapter(0, 61_600, script.title[:60]),))


def build(out: Path, script: Script, size: int = 4321, now: datetime = NOW,
          cover: bool = False) -> Episode:
    """What a build does after tagging: MP3 (fake bytes), transcripts, record."""
    mp3 = out / f"{script.stem}.mp3"
    mp3.write_bytes(b"\xff" * size)
    timeline = make_timeline(script)
    art = out / f"{script.stem}.cover.png" if cover else None
    if art:
        art.write_bytes(b"png")
    files = write_all(script, timeline, out, script.stem, mp3.name, art.name if art else None)
    episode = feed.episode_record(script=script, timeline=timeline, out_dir=out, mp3=mp3,
                                  files=files, cover=art,
                                  description=description(script, SHOW), now=now)
    feed.write_record(episode, out)
    return episode


def episode(title: str, date: str, guid: str | None = None, stem: str | None = None) -> Episode:
    stem = stem or "ep-" + re.sub(r"\W+", "-", title.lower())  # never the salted hash()
    return Episode(title=title, guid=guid or f"urn:uuid:{stem}", date=date, duration_ms=90_499,
                   size=1000, files=(("mp3", f"{stem}.mp3"), ("vtt", f"{stem}.vtt"),
                                     ("chapters", f"{stem}.chapters.json")),
                   description=f"About {title}.")


# --------------------------------------------------------------------------------------------
# Identity and dates
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.org/a", "https://example.org/a"),
    ("  https://example.org/a\n", "https://example.org/a"),
    ("HTTPS://Example.ORG/a", "https://example.org/a"),
    ("https://example.org/a#comments", "https://example.org/a"),
    ("https://example.org", "https://example.org/"),
    ("https://example.org/a?id=2", "https://example.org/a?id=2"),
])
def test_canonical_url(url: str, expected: str) -> None:
    assert feed.canonical_url(url) == expected


def test_guid_is_stable_and_follows_the_article() -> None:
    first = feed.guid_for(make_script(url="https://example.org/f", stem="ferry"))
    assert first.startswith("urn:uuid:")
    assert feed.guid_for(make_script(url="https://EXAMPLE.org/f#top", stem="other")) == first
    assert feed.guid_for(make_script(url="https://example.org/g")) != first
    by_stem = feed.guid_for(make_script(url=None, stem="ferry"))
    assert by_stem == feed.guid_for(make_script(url="  ", stem="ferry"))
    assert by_stem != feed.guid_for(make_script(url=None, stem="ferry-2"))


@pytest.mark.parametrize(("article", "previous", "expected"), [
    (None, None, "2024-06-01T09:30:00Z"),
    ("2024-05-03", None, "2024-05-03T12:00:00Z"),
    ("2024-05-03T08:00:00+02:00", None, "2024-05-03T12:00:00Z"),
    ("2024-06-01", None, "2024-06-01T09:30:00Z"),  # today: the build time
    ("2030-01-01", None, "2024-06-01T09:30:00Z"),  # future: the build time
    ("yesterday", None, "2024-06-01T09:30:00Z"),
    ("2024-05-03", "2024-05-20T07:00:00Z", "2024-05-20T07:00:00Z"),  # rebuild keeps its date
])
def test_episode_date(article: str | None, previous: str | None, expected: str) -> None:
    assert feed.episode_date(article, previous, NOW) == expected


@pytest.mark.parametrize(("ms", "seconds"), [(0, 0), (499, 0), (500, 1), (61_600, 62),
                                             (3_600_000, 3600)])
def test_itunes_seconds(ms: int, seconds: int) -> None:
    assert feed.itunes_seconds(ms) == seconds


def test_podcast_guid_matches_the_podcasting20_example() -> None:
    assert feed.podcast_guid("https://mp3s.nashownotes.com/pc20rss.xml") == (
        "917393e3-1b1e-5cef-ace4-edaa54e1f810")


# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------


def test_record_has_what_the_feed_needs(tmp_path: Path) -> None:
    ep = build(tmp_path, make_script(), size=4321, cover=True)
    assert ep.size == 4321 and ep.duration_ms == 61_600
    assert dict(ep.files) == {"mp3": "ferry.mp3", "vtt": "ferry.vtt", "srt": "ferry.srt",
                              "txt": "ferry.txt", "html": "ferry.html",
                              "chapters": "ferry.chapters.json", "cover": "ferry.cover.png"}
    assert ep.files[0] == ("mp3", "ferry.mp3")
    assert ep.description.startswith("Audio version of the article")
    data = json.loads((tmp_path / "ferry.episode.json").read_text(encoding="utf-8"))
    assert {"title", "guid", "date", "duration_ms", "size", "files", "description",
            "meta"} <= set(data)
    assert feed.load_records(tmp_path) == [ep]


def test_rebuild_keeps_guid_and_date_and_replaces_the_record(tmp_path: Path) -> None:
    first = build(tmp_path, make_script(), size=100)
    again = build(tmp_path, make_script(), size=200, now=datetime(2024, 7, 1, tzinfo=UTC))
    assert (again.guid, again.date) == (first.guid, first.date)
    assert feed.load_records(tmp_path) == [again]


def test_same_article_under_a_new_name_counts_once(tmp_path: Path) -> None:
    old = build(tmp_path, make_script(stem="ferry-old"))
    os.utime(tmp_path / "ferry-old.episode.json", (1_000_000, 1_000_000))
    new = build(tmp_path, make_script(stem="ferry-new"))
    assert new.guid == old.guid and new.date == old.date
    assert feed.load_records(tmp_path) == [new]


def test_output_folder_reached_through_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "link").symlink_to(real)
    ep = build(tmp_path / "link", make_script())
    assert dict(ep.files)["vtt"] == "ferry.vtt"
    assert feed.load_records(tmp_path / "link") == [ep]


def test_episode_record_refuses_files_outside_the_folder(tmp_path: Path) -> None:
    (tmp_path / "x.mp3").write_bytes(b"1")
    with pytest.raises(ValueError, match="not directly inside"):
        feed.episode_record(make_script(), make_timeline(make_script()), tmp_path,
                            tmp_path / "x.mp3", {"vtt": "../x.vtt"})


GOOD = json.loads(feed.record_json(episode("Good", "2024-05-01T10:00:00Z", stem="good")))


@pytest.mark.parametrize(("content", "problem"), [
    ("{not json", "broken episode record"),
    ("[1, 2]", "not a JSON object"),
    (json.dumps({**GOOD, "title": ""}), "'title'"),
    (json.dumps({**GOOD, "size": -1}), "'size'"),
    (json.dumps({**GOOD, "duration_ms": "long"}), "'duration_ms'"),
    (json.dumps({**GOOD, "date": "2024-05-01T10:00:00"}), "time zone"),
    (json.dumps({**GOOD, "files": {"mp3": "../../etc/x.mp3"}}), "'files'"),
    (json.dumps({**GOOD, "files": {"vtt": "a.vtt"}}), "no mp3"),
    (json.dumps({**GOOD, "readaloud_episode": 99}), "newer readaloud"),
    (json.dumps({k: v for k, v in GOOD.items() if k != "guid"}), "'guid'"),
    (json.dumps({**GOOD, "meta": {"author": 5}}), "'meta'"),
])
def test_broken_records_are_named(tmp_path: Path, content: str, problem: str) -> None:
    (tmp_path / "bad.episode.json").write_text(content, encoding="utf-8")
    (tmp_path / "good.episode.json").write_text(json.dumps(GOOD), encoding="utf-8")
    episodes, problems = feed.scan_records(tmp_path)
    assert [e.title for e in episodes] == ["Good"]
    assert len(problems) == 1 and problem in str(problems[0])
    assert "bad.episode.json" in str(problems[0]) and "rebuild" in str(problems[0])
    with pytest.raises(RecordError, match=r"bad\.episode\.json"):
        feed.load_records(tmp_path)


def test_unknown_meta_keys_are_ignored() -> None:
    text = json.dumps({**GOOD, "meta": {"author": "A", "mood": "calm"}})
    assert feed.parse_record(text).meta == ArticleMeta(author="A")


def test_load_records_of_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="folder not found"):
        feed.load_records(tmp_path / "nope")


# --------------------------------------------------------------------------------------------
# The feed
# --------------------------------------------------------------------------------------------


def _xml(text: str) -> etree._Element:
    return etree.fromstring(text.encode("utf-8"))


EPISODES = [
    episode("Middle", "2024-05-02T08:00:00Z"),
    episode("Newest", "2024-05-03T08:00:00+02:00"),
    episode("Oldest", "2024-05-01T23:00:00-05:00"),
]


def test_channel_has_apples_required_tags() -> None:
    channel = _xml(feed.build_feed(EPISODES, SHOW, SHOW.base_url))[0]
    assert channel.findtext("title") == "Harbour Weekly"
    assert channel.findtext("description") == "Local news, read aloud."
    assert channel.findtext("language") == "en"
    assert channel.findtext("link") == "https://example.org/audio/"
    assert channel.find("itunes:image", ns).get("href") == (
        "https://example.org/audio/show_cover.png")
    assert channel.find("itunes:category", ns).get("text") == "News"
    assert channel.findtext("itunes:explicit", namespaces=ns) == "false"
    assert channel.findtext("itunes:author", namespaces=ns) == "Harbour Desk"
    assert channel.findtext("itunes:owner/itunes:name", namespaces=ns) == "Harbour Desk"
    assert channel.findtext("itunes:owner/itunes:email", namespaces=ns) == "desk@example.org"
    assert channel.findtext("podcast:guid", namespaces=ns)
    assert channel.find("{http://www.w3.org/2005/Atom}link").get("href") == (
        "https://example.org/audio/feed.xml")


def test_items_have_apples_and_podcasting20_tags() -> None:
    channel = _xml(feed.build_feed(EPISODES, SHOW, SHOW.base_url))[0]
    items = channel.findall("item")
    assert [i.findtext("title") for i in items] == ["Newest", "Middle", "Oldest"]
    item = items[0]
    enclosure = item.find("enclosure")
    assert enclosure.attrib == {"url": "https://example.org/audio/" + EPISODES[1].files[0][1],
                                "length": "1000", "type": "audio/mpeg"}
    guid = item.find("guid")
    assert guid.text == EPISODES[1].guid and guid.get("isPermaLink") == "false"
    assert email.utils.parsedate_to_datetime(item.findtext("pubDate")) == datetime(
        2024, 5, 3, 6, 0, tzinfo=UTC)
    assert item.findtext("itunes:duration", namespaces=ns) == "90"
    assert item.findtext("description") == "<p>About Newest.</p>"
    chapters = item.find("podcast:chapters", ns)
    assert chapters.get("type") == "application/json+chapters"
    assert chapters.get("url").endswith(".chapters.json")
    transcripts = item.findall("podcast:transcript", ns)
    assert [(t.get("type"), t.get("rel")) for t in transcripts] == [("text/vtt", "captions")]


def test_explicit_true_and_subcategory() -> None:
    show = Show(title="T", author="A", base_url="https://x.org/p", explicit=True,
                category="society &  CULTURE > Documentary")
    channel = _xml(feed.build_feed(EPISODES, show, show.base_url))[0]
    assert channel.findtext("itunes:explicit", namespaces=ns) == "true"
    category = channel.find("itunes:category", ns)
    assert category.get("text") == "Society & Culture"
    assert category.find("itunes:category", ns).get("text") == "Documentary"
    assert channel.find("itunes:owner", ns) is None  # no email: no owner
    assert channel.find("item/enclosure").get("url").startswith("https://x.org/p/")


def test_real_parsers_read_the_feed() -> None:
    text = feed.build_feed(EPISODES, SHOW, SHOW.base_url)
    parsed = feedparser.parse(text)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.feed.title == "Harbour Weekly"
    assert [e.title for e in parsed.entries] == ["Newest", "Middle", "Oldest"]
    assert parsed.entries[0].enclosures[0]["length"] == "1000"
    assert parsed.entries[0].itunes_duration == "90"
    # feedparser 6 only knows yes/clean: Apple's "false" reads as None (not explicit)
    assert not parsed.feed.itunes_explicit
    pod = podcastparser.parse(SHOW.base_url + "feed.xml", io.BytesIO(text.encode("utf-8")))
    assert pod["title"] == "Harbour Weekly" and pod["explicit"] is False
    assert pod["cover_url"] == "https://example.org/audio/show_cover.png"
    assert [e["title"] for e in pod["episodes"]] == ["Newest", "Middle", "Oldest"]
    assert [e["total_time"] for e in pod["episodes"]] == [90, 90, 90]
    assert pod["episodes"][0]["enclosures"][0]["file_size"] == 1000


TRICKY = [
    "Q&A: <Tags> & \"quotes\" aren't 'special'",
    "東京の新しい橋が開通",
    "Ünïcödé — «guillemets» and emoji 🎧",
    "Ampersands &amp; entities &lt;b&gt; stay literal",
]


@pytest.mark.parametrize("title", TRICKY)
def test_titles_and_descriptions_are_escaped(title: str) -> None:
    eps = [Episode(title=title, guid="g1", date="2024-05-01T10:00:00Z", duration_ms=1000,
                   size=10, files=(("mp3", "a.mp3"),), description=f"{title}\n\nMore.",
                   meta=ArticleMeta(author=title))]
    show = Show(title=title, author=title, base_url="https://x.org/", description=title)
    text = feed.build_feed(eps, show, show.base_url)
    parsed = feedparser.parse(text)
    assert not parsed.bozo
    assert parsed.feed.title == title and parsed.entries[0].title == title
    pod = podcastparser.parse("https://x.org/feed.xml", io.BytesIO(text.encode("utf-8")))
    assert pod["title"] == title and pod["episodes"][0]["title"] == title
    if "&amp;" not in title:  # gPodder decodes entities twice in its text view
        assert pod["episodes"][0]["description"] == f"{title}\n\nMore."
    channel = _xml(text)[0]
    assert channel.findtext("itunes:author", namespaces=ns) == title


@settings(max_examples=50, deadline=None)
@given(st.text(min_size=1, max_size=80))
def test_any_title_gives_well_formed_xml(title: str) -> None:
    show = Show(title="T", author="A", base_url="https://x.org/")
    eps = [Episode(title=title, guid="g", date="2024-05-01T10:00:00Z", duration_ms=1,
                   size=1, files=(("mp3", "a.mp3"),), description=title)]
    item = _xml(feed.build_feed(eps, show, show.base_url))[0].find("item")
    assert item.findtext("title") == (one_line(feed.xml_text(title)) or "a")


def test_duplicate_guids_appear_once_first_given_wins() -> None:
    eps = [episode("A", "2024-05-01T10:00:00Z", guid="same"),
           episode("B", "2024-05-01T10:00:00Z", guid="same"),
           episode("C", "2024-05-02T10:00:00Z", guid="other")]
    channel = _xml(feed.build_feed(eps, SHOW, SHOW.base_url))[0]
    assert [i.findtext("title") for i in channel.findall("item")] == ["C", "A"]


def test_feed_is_reproducible() -> None:
    assert feed.build_feed(EPISODES, SHOW, SHOW.base_url) == feed.build_feed(
        list(reversed(EPISODES)), SHOW, SHOW.base_url)


@pytest.mark.parametrize(("show", "base_url", "key"), [
    (Show(author="A"), None, "show.base_url"),
    (Show(author="A"), "  ", "show.base_url"),
    (Show(author="A"), "ftp://example.org/", "show.base_url"),
    (Show(author="A"), "example.org/audio", "show.base_url"),
    (Show(), "https://x.org/", "show.author"),
    (Show(author="A", category="Cooking"), "https://x.org/", "show.category"),
    (Show(author="A", owner_email="nobody"), "https://x.org/", "show.owner_email"),
    (Show(author="A", language="english please"), "https://x.org/", "show.language"),
    (Show(author="A", title="  "), "https://x.org/", "show.title"),
    (Show(author="A", link="www.example.org"), "https://x.org/", "show.link"),
])
def test_missing_or_bad_show_settings_name_the_key(show: Show, base_url: str | None,
                                                   key: str) -> None:
    with pytest.raises(ConfigError, match=key.replace(".", r"\.")):
        feed.build_feed(EPISODES, show, base_url)


def test_owner_name_is_used_as_author_when_author_is_unset() -> None:
    show = Show(owner_name="Desk", owner_email="d@example.org", base_url="https://x.org/")
    channel = _xml(feed.build_feed(EPISODES, show, show.base_url))[0]
    assert channel.findtext("itunes:author", namespaces=ns) == "Desk"


@pytest.mark.parametrize(("text", "expected"), [
    ("One.", "<p>One.</p>"),
    ("One.\n\nTwo\nlines.", "<p>One.</p><p>Two lines.</p>"),
    ("A <b> & C", "<p>A &#60;b&#62; &#38; C</p>"),
    ("See https://x.org/a?b=1&c=2.", '<p>See <a href="https://x.org/a?b=1&#38;c=2">'
                                     'https://x.org/a?b=1&#38;c=2</a>.</p>'),
    ("", ""),
])
def test_html_description(text: str, expected: str) -> None:
    assert feed.html_description(text) == expected


# --------------------------------------------------------------------------------------------
# update_feed: from the folder alone
# --------------------------------------------------------------------------------------------


def test_update_feed_from_several_builds(tmp_path: Path) -> None:
    build(tmp_path, make_script("Ferry & <Canal>", "https://example.org/1", "ferry",
                                date="2024-05-01"), size=1111, cover=True)
    build(tmp_path, make_script("港の新しいフェリー", "https://example.org/2", "minato",
                                date="2024-05-02"), size=2222)
    build(tmp_path, make_script("No address", None, "no-address"), size=3333)
    path = feed.update_feed(tmp_path, SHOW, None)
    assert path == (tmp_path / "feed.xml").resolve()
    assert (tmp_path / "show_cover.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    parsed = feedparser.parse(path.read_text(encoding="utf-8"))
    assert not parsed.bozo
    assert [e.title for e in parsed.entries] == ["No address", "港の新しいフェリー",
                                                 "Ferry & <Canal>"]
    for entry in parsed.entries:
        name = entry.enclosures[0]["href"].rsplit("/", 1)[1]
        assert int(entry.enclosures[0]["length"]) == (tmp_path / name).stat().st_size
    item = _xml(path.read_text(encoding="utf-8"))[0].findall("item")[2]
    assert item.find("itunes:image", ns).get("href") == (
        "https://example.org/audio/ferry.cover.png")
    assert len(item.findall("podcast:transcript", ns)) == 4
    assert item.findtext("link") == "https://example.org/1"


def test_update_feed_uses_sizes_on_disk_and_skips_missing_files(tmp_path: Path) -> None:
    build(tmp_path, make_script(), size=100)
    (tmp_path / "ferry.mp3").write_bytes(b"\0" * 150)
    (tmp_path / "ferry.srt").unlink()
    channel = _xml(feed.update_feed(tmp_path, SHOW, None).read_text(encoding="utf-8"))[0]
    assert channel.find("item/enclosure").get("length") == "150"
    types = [t.get("type") for t in channel.findall("item/podcast:transcript", ns)]
    assert "application/x-subrip" not in types and "text/vtt" in types


def test_rebuilding_an_episode_updates_its_item(tmp_path: Path) -> None:
    build(tmp_path, make_script(), size=100)
    first = feed.update_feed(tmp_path, SHOW, None).read_text(encoding="utf-8")
    build(tmp_path, make_script(), size=200, now=datetime(2024, 8, 1, tzinfo=UTC))
    second = feed.update_feed(tmp_path, SHOW, None).read_text(encoding="utf-8")
    guids = [_xml(t)[0].findtext("item/guid") for t in (first, second)]
    assert guids[0] == guids[1]
    assert len(_xml(second)[0].findall("item")) == 1
    assert _xml(second)[0].find("item/enclosure").get("length") == "200"


def test_base_url_argument_overrides_the_show(tmp_path: Path) -> None:
    build(tmp_path, make_script())
    path = feed.update_feed(tmp_path, SHOW, "http://127.0.0.1:8000")
    url = _xml(path.read_text(encoding="utf-8"))[0].find("item/enclosure").get("url")
    assert url == "http://127.0.0.1:8000/ferry.mp3"


def test_update_feed_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"show\.base_url"):
        feed.update_feed(tmp_path, Show(author="A"), None)
    with pytest.raises(InputError, match="no episodes"):
        feed.update_feed(tmp_path, SHOW, None)
    build(tmp_path, make_script())
    (tmp_path / "ferry.mp3").unlink()
    with pytest.raises(RecordError, match=r"ferry\.mp3 is missing"):
        feed.update_feed(tmp_path, SHOW, None)
    assert not (tmp_path / "feed.xml").exists()


def test_configured_cover_is_published_as_jpg(tmp_path: Path) -> None:
    art = tmp_path / "art.jpeg"
    Image.new("RGB", (1400, 1400), (200, 30, 30)).save(art, format="JPEG")
    out = tmp_path / "out"
    out.mkdir()
    build(out, make_script())
    show = Show(title="T", author="A", base_url="https://x.org/", cover=art)
    channel = _xml(feed.update_feed(out, show, None).read_text(encoding="utf-8"))[0]
    assert channel.find("itunes:image", ns).get("href") == "https://x.org/show_cover.jpg"
    assert (out / "show_cover.jpg").read_bytes() == art.read_bytes()


def test_one_line_titles_in_records(tmp_path: Path) -> None:
    ep = build(tmp_path, make_script("Two\nlines  here"))
    assert ep.title == one_line("Two\nlines  here") == "Two lines here"
