"""Tests for reading articles: decoding, plain-text layout, furniture, HTML, Markdown, stdin, URLs.

Every text here is synthetic (written for these tests).
"""

from __future__ import annotations

import http.server
import io
import socket
import textwrap
import threading
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from readaloud import extract, read
from readaloud.errors import ConfigError, InputError
from readaloud.extract import (
    byline_author,
    chapter_heading,
    click_here,
    cookie_notice,
    copyright_line,
    date_only,
    decorative_rule,
    follow_us,
    heading_like,
    image_credit,
    is_furniture,
    nav_bar,
    parse_date,
    reading_time,
    section_kicker,
    teaser_link,
    text_article,
    timestamp_line,
    ui_label,
)
from readaloud.model import Article
from readaloud.read import decode, expand_sources, read_article, sniff_format

# A few synthetic paragraphs long enough to count as body text.
P1 = ("The harbour council voted on Tuesday to rebuild the old stone pier, ending a debate that "
      "had divided the fishing town for most of the decade.")
P2 = ("Members said the repairs would start in the spring and last about eighteen months, with "
      "the busiest berths kept open while the crews worked around them.")
P3 = ("Local skippers welcomed the decision but warned that a second winter of storms could "
      "push the costs well beyond what the council has set aside so far.")


def block_texts(article: Article) -> list[tuple[str, str]]:
    """(kind, collapsed text) of every block."""
    return [(b.kind, " ".join(article.text[b.start:b.end].split())) for b in article.blocks]


def dropped_texts(article: Article) -> list[str]:
    return [article.text[start:end] for start, end in article.dropped]


def from_bytes(data: bytes, **kwargs: object) -> Article:
    return read_article("-", stdin=io.BytesIO(data), **kwargs)  # type: ignore[arg-type]


def write(tmp_path: Path, name: str, data: bytes | str) -> str:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_bytes(data.encode("utf-8"))
    else:
        path.write_bytes(data)
    return str(path)


# --------------------------------------------------------------------------------------------
# Furniture rules, one table each
# --------------------------------------------------------------------------------------------

RULE_CASES: list[tuple[Callable[[str], bool], str, bool]] = [
    (ui_label, "Now Reading", True),
    (ui_label, "SCROLL TO TOP", True),
    (ui_label, "↑ Back to top", True),
    (ui_label, "Skip to main content", True),
    (ui_label, "Comments (12)", True),
    (ui_label, "12 Comments", True),
    (ui_label, "Share Tweet Email", True),
    (ui_label, "Facebook | Twitter | LinkedIn", True),
    (ui_label, "Advertisement", True),
    (ui_label, "TWITTER.", True),
    (ui_label, "Read more about the plan in our report.", False),
    (ui_label, "Pause.", False),
    (ui_label, "“help”", False),
    (ui_label, '"Share"', False),
    (ui_label, "Share prices fell sharply on Monday.", False),
    (teaser_link, "Related: Council approves the harbour budget", True),
    (teaser_link, "READ MORE: Storm closes the coast road", True),
    (teaser_link, "Read the full text.", False),
    (teaser_link, "Watch: U.S. Senate passes the harbour bill", True),
    (teaser_link, "Watch: “The Orchard Keeper.” Its director shot it in a farmhouse.", False),
    (follow_us, "Follow us on Twitter", True),
    (follow_us, "Follow Jane Roe on Twitter @janeroe", True),
    (follow_us, "She follows the news on Twitter.", False),
    (click_here, "Click here to read the full report", True),
    (click_here, "Clicking here is easy, she said.", False),
    (copyright_line, "Harbour Times Ltd. © 2024 All Rights Reserved.", True),
    (copyright_line, "Copyright 2023 Example Media", True),
    (copyright_line, "(c) 2022 The Gazette", True),
    (copyright_line, "Copyright law is changing, experts say.", False),
    (copyright_line, "It was a clichÃ© that nobody believed.", False),
    (cookie_notice, "We use cookies to improve your experience. Accept", True),
    (cookie_notice, "By continuing to browse you agree to our use of cookies.", True),
    (cookie_notice, "Regulators said sites must ask before setting cookies.", False),
    (image_credit, "[Illustration]", True),
    (image_credit, "Photo: Sam Reed/Harbour Times", True),
    (image_credit, "(Photo by Sam Reed)", True),
    (image_credit, "Photographs show the damage.", False),
    # a caption that describes the picture is the picture for a listener (review 17c)
    (image_credit, "Photo: Lena Marsh with her winning poster.", False),
    (image_credit, "Photo: Sam Reed for the Harbour Times", True),
    (image_credit, "Photo: supplied", True),
    # `Dr.` ends no sentence: the caption goes on to describe (review 21c lost this line)
    (image_credit, "Photo: Dr. Halima Osei speaks on the main stage in Hall B.", False),
    (image_credit, "Photo: Dr. Sam Reed/Harbour Times", True),
    (reading_time, "5 min read", True),
    (reading_time, "Reading time: 4 minutes", True),
    (reading_time, "It took 5 minutes to read the ruling.", False),
    (timestamp_line, "Updated 10:32 AM ET, March 14, 2022", True),
    (timestamp_line, "Published: 2 hours ago", True),
    (timestamp_line, "Updated figures show a rise.", False),
    (decorative_rule, "* * *", True),
    (decorative_rule, "-----", True),
    (decorative_rule, "?!?!", False),
    # a story's scene break of one mark was read aloud as narration (review 57c)
    (decorative_rule, "*", True),
    (decorative_rule, "⁂", True),
    (decorative_rule, "#", True),
    (decorative_rule, "-", False),
    (decorative_rule, "I", False),
    (nav_bar, "Home › World › Asia", True),
    (nav_bar, "News | Sport | Weather", True),
    (nav_bar, "Yes / no questions are hard.", False),
    (section_kicker, "POLITICS", True),
    (section_kicker, "Opinion | Analysis", True),
    (section_kicker, "MARS LANDING", False),
    (date_only, "March 14, 2022", True),
    (date_only, "Mon 14 Mar 2022 10.00 GMT", True),
    (date_only, "12", False),
    (date_only, "31 October", False),  # a diary's first entry (review 17c), read
    (date_only, "Monday, May 3rd", False),
]


@pytest.mark.parametrize(("rule", "line", "expected"), RULE_CASES,
                         ids=[f"{r.__name__}:{line[:25]}" for r, line, _ in RULE_CASES])
def test_furniture_rule(rule: Callable[[str], bool], line: str, expected: bool) -> None:
    assert rule(line) is expected


@pytest.mark.parametrize(("line", "top", "expected"), [
    ("POLITICS", True, True),
    ("POLITICS", False, False),  # a section name later on may be a heading
    ("March 14, 2022", False, False),
    ("Now Reading", False, True),
    ("Share " + "this article " * 30, False, False),  # long lines are never furniture
])
def test_is_furniture_zones(line: str, top: bool, expected: bool) -> None:
    assert is_furniture(line, top=top) is expected


@pytest.mark.parametrize(("line", "author"), [
    ("By Jane Doe", "Jane Doe"),
    ("By Jane Doe and John Roe | Reuters", "Jane Doe and John Roe"),
    ("By Ana de la Cruz, Staff Writer", "Ana de la Cruz"),
    ("By Jane Doe, John Roe and Ann Poe", "Jane Doe, John Roe and Ann Poe"),
    ("By Thursday, it was over.", None),
    ("By contrast, the port stayed open", None),
    ("By 2026 the deficit will grow", None),
    ("By March, the council had decided", None),
])
def test_byline_author(line: str, author: str | None) -> None:
    assert byline_author(line) == author


@pytest.mark.parametrize(("text", "iso"), [
    ("March 14, 2022", "2022-03-14"),
    ("14 March 2022", "2022-03-14"),
    ("Mon. Mar. 14th, 2022", "2022-03-14"),
    ("2022-03-14T10:00Z", "2022-03-14"),
    ("March 2022", None),
    ("03/14/2022", None),
    ("February 30, 2022", None),
])
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize(("line", "chapter", "heading"), [
    ("CHAPTER I.", True, False),
    ("Chapter 3: The Return", True, True),
    ("PART TWO", True, True),
    ("Prologue", True, True),
    ("Chapter and verse were quoted at length by both sides in the long debate that followed "
     "the ruling.", False, False),
    ("Down the Winding Stair", False, True),
    ("The 2024 Budget", False, True),
    ("Jane Doe", False, False),
    ("He left.", False, False),
    ("“We will win”", False, False),
])
def test_chapter_and_heading_shapes(line: str, chapter: bool, heading: bool) -> None:
    assert chapter_heading(line) is chapter
    assert heading_like(line) is heading


# --------------------------------------------------------------------------------------------
# Plain text: headline, repeats, furniture, paragraphs, headings
# --------------------------------------------------------------------------------------------

WEB_COPY = f"""Now Reading
Pier Repairs Approved

Pier Repairs Approved

{P1}

{P2}

Share this article

{P3}

Harbour Times Ltd. © 2024  All Rights Reserved.

Scroll To Top
"""


def test_web_copy_headline_read_once_and_furniture_dropped() -> None:
    article = text_article(WEB_COPY, "copy.txt")
    assert article.title == "Pier Repairs Approved"
    assert block_texts(article) == [("title", "Pier Repairs Approved"), ("paragraph", P1),
                                    ("paragraph", P2), ("paragraph", P3)]
    assert dropped_texts(article) == ["Now Reading", "Pier Repairs Approved", "Share this article",
                                      "Harbour Times Ltd. © 2024  All Rights Reserved.",
                                      "Scroll To Top"]


@pytest.mark.parametrize(("text", "title", "dropped"), [
    (f"Pier Repairs Approved\n\n{P1}\n", "Pier Repairs Approved", []),
    (f"Pier Repairs Approved\nPIER REPAIRS APPROVED\n\n{P1}\n", "Pier Repairs Approved",
     ["PIER REPAIRS APPROVED"]),
    (f"Pier Repairs Approved.\n\nPier repairs approved\n\n{P1}\n", "Pier Repairs Approved.",
     ["Pier repairs approved"]),
    (f"POLITICS\nPier Repairs Approved\n\n{P1}\n", "Pier Repairs Approved", ["POLITICS"]),
    (f"Home › News › Local\n\nPier Repairs Approved\nMarch 14, 2022\n\n{P1}\n",
     "Pier Repairs Approved", ["Home › News › Local", "March 14, 2022"]),
    (f"Pier Repairs Approved\n\n{P1}\n\nPier Repairs Approved\n", "Pier Repairs Approved",
     ["Pier Repairs Approved"]),
])
def test_headline_and_repeats(text: str, title: str, dropped: list[str]) -> None:
    article = text_article(text, "a.txt")
    assert article.title == title
    assert article.blocks[0].kind == "title"
    assert sum(1 for b in article.blocks if b.kind == "title") == 1
    assert dropped_texts(article) == dropped


def test_furniture_phrase_inside_sentence_is_kept() -> None:
    body = "Read more about the plan, the mayor said, and share this article with friends."
    article = text_article(f"Pier Plan\n\n{body}\n\n{P1}\n", "a.txt")
    assert ("paragraph", body) in block_texts(article)
    assert article.dropped == ()


def test_byline_is_read_and_recorded() -> None:
    article = text_article(f"Pier Plan\nBy Jane Doe\n\n{P1}\n", "a.txt")
    assert article.meta.author == "Jane Doe"
    assert ("paragraph", "By Jane Doe") in block_texts(article)


def test_byline_before_headline_is_metadata_only() -> None:
    article = text_article(f"By Jane Doe\nPier Plan\n\n{P1}\n", "a.txt")
    assert article.title == "Pier Plan"
    assert article.meta.author == "Jane Doe"
    assert dropped_texts(article) == ["By Jane Doe"]


def test_date_line_at_top_dates_the_article() -> None:
    article = text_article(f"Pier Plan\nUpdated 9:30 AM ET, March 14, 2022\n\n{P1}\n", "a.txt")
    assert article.meta.date == "2022-03-14"
    assert block_texts(article) == [("title", "Pier Plan"), ("paragraph", P1)]


@pytest.mark.parametrize(("title", "first_kind", "blocks"), [
    ("Pier Plan", "title", 2),        # the first line says the same: it is the headline
    ("A Better Name", "paragraph", 2),  # it does not: the first line is read as a paragraph
])
def test_title_argument(title: str, first_kind: str, blocks: int) -> None:
    article = text_article(f"Pier Plan\n\n{P1}\n", "-", title=title)
    assert article.title == title
    assert article.blocks[0].kind == first_kind
    assert len(article.blocks) == blocks


def test_no_blank_lines_each_line_is_a_paragraph() -> None:
    article = text_article(f"Pier Plan\n{P1}\n{P2}\n{P3}\n", "a.txt")
    assert [kind for kind, _ in block_texts(article)] == ["title", "paragraph", "paragraph",
                                                          "paragraph"]


def test_long_first_line_is_not_a_headline() -> None:
    long_line = " ".join([P1, P2, P3])
    article = text_article(f"{long_line}\n\n{P1}\n", "a.txt")
    assert article.blocks[0].kind == "paragraph"
    assert article.title.startswith("The harbour council voted on Tuesday")
    assert len(article.title) <= 81


def wrapped(*paragraphs: str, width: int = 60) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n"


def test_hard_wrapped_text_joins_paragraph_lines() -> None:
    text = "The Harbour Book\n\n" + wrapped(P1, P2, P3, P1 + " " + P2)
    article = text_article(text, "book.txt")
    assert block_texts(article) == [("title", "The Harbour Book"), ("paragraph", P1),
                                    ("paragraph", P2), ("paragraph", P3),
                                    ("paragraph", P1 + " " + P2)]


def test_hard_wrapped_chapters_and_verse() -> None:
    verse = "“The tide comes in,\n    The tide goes out,\nAnd nobody knows\n    What it's about.”"
    text = ("CHAPTER I.\nThe Long Road\n\n" + wrapped(P1, P2) + "\n" + verse + "\n\n"
            + wrapped(P3) + "\nCHAPTER II.\nA Quiet Harbour\n\n" + wrapped(P2, P1))
    article = text_article(text, "book.txt")
    kinds = block_texts(article)
    assert article.title == "CHAPTER I. The Long Road"
    assert kinds[0] == ("title", "CHAPTER I. The Long Road")
    assert ("paragraph", " ".join(verse.split())) in kinds  # a stanza stays one block
    assert ("heading", "CHAPTER II. A Quiet Harbour") in kinds
    assert sum(1 for kind, _ in kinds if kind == "paragraph") == 6


def test_a_chapter_word_with_its_number_centred_below_is_a_heading() -> None:
    """`CHAPTER` on one line and a centred `2` on the next (a common e-text layout) is the
    chapter's heading, as `CHAPTER 2` on one line would be."""
    centred = " " * 30
    text = ("The Harbour Book\n\n" + wrapped(P1) + f"\n{centred}CHAPTER\n{centred}   2\n\n"
            + wrapped(P2, P3))
    kinds = block_texts(text_article(text, "book.txt"))
    assert kinds[2:] == [("heading", "CHAPTER 2"), ("paragraph", P2), ("paragraph", P3)]


@pytest.mark.parametrize(("middle", "kind"), [
    ("Costs Keep Rising", "heading"),
    ("Jane Doe", "paragraph"),            # looks like a name: a credit, not a heading
    ("Costs keep rising.", "paragraph"),  # a sentence
])
def test_plain_text_headings_are_conservative(middle: str, kind: str) -> None:
    article = text_article(f"Pier Plan\n\n{P1}\n\n{middle}\n\n{P2}\n\n{P3}\n", "a.txt")
    assert (kind, middle) in block_texts(article)


def test_no_headings_among_short_paragraphs() -> None:
    article = text_article("Pier Plan\n\nIt rained.\n\nCosts Keep Rising\n\nThe end came.\n",
                           "a.txt")
    assert all(kind != "heading" for kind, _ in block_texts(article))


def test_table_of_contents_is_not_a_run_of_chapters() -> None:
    text = ("The Harbour Book\n\nContents\n\n CHAPTER I.   The Long Road\n"
            " CHAPTER II.  A Quiet Harbour\n CHAPTER III. Home Again\n\n"
            "CHAPTER I.\nThe Long Road\n\n" + wrapped(P1, P2, P3))
    article = text_article(text, "book.txt")
    headings = [t for kind, t in block_texts(article) if kind == "heading"]
    assert headings == ["CHAPTER I. The Long Road"]


def test_gutenberg_front_and_back_matter_dropped() -> None:
    text = ("The Project Gutenberg eBook of A Small Book\n\nTitle: A Small Book\n"
            "Author: Ann Writer\nLanguage: English\n\n"
            "*** START OF THE PROJECT GUTENBERG EBOOK A SMALL BOOK ***\n\n"
            "A SMALL BOOK\n\n" + wrapped(P1, P2, P3)
            + "\n*** END OF THE PROJECT GUTENBERG EBOOK A SMALL BOOK ***\n\n"
            "Licence text that nobody wants to hear read aloud at the end.\n")
    article = text_article(text, "book.txt")
    assert article.title == "A Small Book"
    assert article.meta.author == "Ann Writer"
    assert article.meta.language == "en"
    assert block_texts(article)[0] == ("title", "A SMALL BOOK")
    assert not any("Licence" in t or "Author" in t for _, t in block_texts(article))
    assert len(article.dropped) == 2


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_ends_are_kept_and_offsets_valid(newline: str) -> None:
    text = newline.join(["Pier Plan", "", P1, "", P2, ""])
    article = text_article(text, "a.txt")
    assert article.text == text
    assert block_texts(article) == [("title", "Pier Plan"), ("paragraph", P1), ("paragraph", P2)]


def test_control_characters_stay_in_text_but_not_at_block_edges() -> None:
    text = f"\x00Pier Plan\x07\n\n\x00\x00\n\n{P1}\x00\n"
    article = text_article(text, "a.txt")
    assert article.text == text
    assert block_texts(article) == [("title", "Pier Plan"), ("paragraph", P1)]
    assert all(not article.text[b.start].isspace() and article.text[b.start] != "\x00"
               for b in article.blocks)


def test_very_long_line() -> None:
    text = "Pier Plan\n\n" + ("word " * 40_000) + "\n"
    article = text_article(text, "a.txt")
    assert article.blocks[1].end - article.blocks[1].start == len("word " * 40_000) - 1


@pytest.mark.parametrize("text", ["", "   \n\n\t  \r\n", "Now Reading\n\nScroll To Top\n",
                                  "\x00\x00\n\u200b\n"])
def test_nothing_to_read(text: str) -> None:
    with pytest.raises(InputError, match="nothing to read"):
        text_article(text, "empty.txt")


# --------------------------------------------------------------------------------------------
# Files and decoding
# --------------------------------------------------------------------------------------------

ACCENTED = "Café Résumé\n\nThe naïve committee met at the façade of the old théâtre.\n"


@pytest.mark.parametrize(("data", "expected_text"), [
    (ACCENTED.encode("utf-8"), ACCENTED),
    (b"\xef\xbb\xbf" + ACCENTED.encode("utf-8"), "\ufeff" + ACCENTED),
    (ACCENTED.encode("utf-16"), ACCENTED),
    (ACCENTED.encode("utf-16-be"), ACCENTED),
    (ACCENTED.encode("utf-16-le"), ACCENTED),
    (ACCENTED.encode("utf-32"), ACCENTED),
    (ACCENTED.encode("latin-1"), ACCENTED),
    ("“Quoted” – Café\n\nA sentence with curly quotes and a dash – and more.\n".encode("cp1252"),
     "“Quoted” – Café\n\nA sentence with curly quotes and a dash – and more.\n"),
], ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-nobom", "utf16le-nobom", "utf32", "latin1",
        "cp1252"])
def test_encodings_decoded(tmp_path: Path, data: bytes, expected_text: str) -> None:
    article = read_article(write(tmp_path, "a.txt", data))
    assert article.text == expected_text
    first = article.blocks[0]
    assert article.text[first.start:first.end] in ("Café Résumé", "“Quoted” – Café")


def test_utf8_bom_offsets_match_plain_utf8_reading(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"\xef\xbb\xbfPier Plan\r\n\r\n" + P1.encode())
    article = read_article(path)
    with open(path, encoding="utf-8", newline="") as handle:
        assert article.text == handle.read()
    assert article.blocks[0].start == 1


@pytest.mark.parametrize(("data", "encoding", "error", "match"), [
    ("Привет мир\n\nЭто статья о погоде в городе.\n".encode("cp1251"), None, InputError,
     "--encoding"),
    (b"Title\n\nA \x81\x8d strange byte sequence here.\n", None, InputError, "--encoding"),
    (b"caf\xe9\n", "utf-8", InputError, "not valid utf-8"),
    (b"Title\n\nText.\n", "no-such-codec", ConfigError, "unknown encoding"),
    (b"Title\n\nText.\n", "base64", ConfigError, "unknown encoding"),
])
def test_encoding_errors(tmp_path: Path, data: bytes, encoding: str | None,
                         error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        read_article(write(tmp_path, "a.txt", data), encoding=encoding)


def test_forced_encoding(tmp_path: Path) -> None:
    text = "Привет мир\n\nЭто статья о погоде в городе.\n"
    article = read_article(write(tmp_path, "a.txt", text.encode("cp1251")), encoding="cp1251")
    assert article.title == "Привет мир"


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4,
    b"%PDF-1.7\n" + bytes(range(256)),
    b"\x00" * 200 + b"abc",
    bytes(range(256)) * 16,
])
def test_binary_refused(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(InputError, match="binary data"):
        read_article(write(tmp_path, "photo.txt", data))


def test_few_nuls_are_text(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "a.txt", f"Pier Plan\n\n{P1}\x00\n".encode()))
    assert len(article.blocks) == 2


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a folder"):
        read_article(str(tmp_path))


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "a.txt", "Pier Plan\n")

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(InputError, match="permission denied"):
        read_article(path)


def test_size_limit(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="larger than"):
        read_article(write(tmp_path, "a.txt", "x" * 2000), max_bytes=1000)


@pytest.mark.parametrize(("text", "fmt"), [
    ("<!DOCTYPE html><html><body></body></html>", "html"),
    ("\ufeff  <html lang='en'>", "html"),
    ("---\ntitle: A Post\n---\n\nBody.", "markdown"),
    ("---\n\nA rule, then text.", "text"),
    ("Plain text\n\nwith <b>tags</b> later.", "text"),
])
def test_sniff_format(text: str, fmt: str) -> None:
    assert sniff_format(text) == fmt


def test_decode_prefers_utf8_over_declared() -> None:
    assert decode("café".encode(), "x", declared="iso-8859-1") == "café"
    assert decode("café".encode("cp1252"), "x", declared="iso-8859-1") == "café"


# --------------------------------------------------------------------------------------------
# Sources: folders, stdin
# --------------------------------------------------------------------------------------------


def test_expand_sources(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ["b.md", "a.txt", "c.HTML", "d.htm", "e.markdown", "notes.jpg", ".hidden.txt"]:
        (folder / name).write_text("Title\n")
    (folder / "sub.txt").mkdir()
    single = write(tmp_path, "one.txt", "Title\n")
    found = expand_sources([single, str(folder), "-", "https://example.org/story"])
    assert found == [single, *(str(folder / n) for n in
                               ["a.txt", "b.md", "c.HTML", "d.htm", "e.markdown"]),
                     "-", "https://example.org/story"]


@pytest.mark.parametrize(("make", "match"), [
    (lambda p: str(p / "missing.txt"), "no such file or folder"),
    (lambda p: str(p), "no articles in folder"),
    (lambda p: "file:///etc/hostname", "only http and https"),
])
def test_expand_sources_errors(tmp_path: Path, make: Callable[[Path], str], match: str) -> None:
    (tmp_path / "picture.png").write_bytes(b"\x89PNG")
    with pytest.raises(InputError, match=match):
        expand_sources([make(tmp_path)])


def test_stdin_plain_text_with_title() -> None:
    article = from_bytes(f"{P1}\n\n{P2}\n".encode(), title="  Pier   Plan ")
    assert article.source == "-"
    assert article.title == "Pier Plan"
    assert [kind for kind, _ in block_texts(article)] == ["paragraph", "paragraph"]


def test_stdin_first_line_is_title() -> None:
    article = from_bytes(f"Pier Plan\n\n{P1}\n".encode("utf-16"))
    assert article.title == "Pier Plan"


def test_stdin_html_and_markdown_are_sniffed() -> None:
    html = from_bytes(PAGE.encode())
    assert html.title == "Harbour Bridge Reopens"
    markdown = from_bytes(POST.encode())
    assert markdown.title == "Night Trains Return"


def test_stdin_empty() -> None:
    with pytest.raises(InputError, match="nothing to read in -"):
        from_bytes(b"")


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------

PAGE = f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Harbour Bridge Reopens | The Coastal Herald</title>
<meta property="og:title" content="Harbour Bridge Reopens">
<meta property="og:site_name" content="The Coastal Herald">
<meta name="author" content="Mara Ellison">
<meta name="description" content="The old bridge carries traffic again.">
<meta property="article:published_time" content="2024-05-02T08:00:00Z">
<link rel="canonical" href="https://herald.example/2024/05/bridge">
</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/sport">Sport</a></li><li><a href="/menu">Menu</a></li></ul></nav>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
</header>
<main><article>
<h1>Harbour Bridge Reopens</h1>
<p>{P1}</p>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
<p>{P2}</p>
<h2>A Long Wait for Drivers</h2>
<p>{P3}</p>
<blockquote><p>We are proud of the crews who worked through two winters to get this done safely
and well, and we thank every neighbour for their patience.</p></blockquote>
<figure><img src="b.jpg" alt="The bridge at dawn"><figcaption>The bridge at dawn, seen from
the northern ramp. Photo: Sam Reed</figcaption></figure>
<h2>What Comes Next</h2>
<p>{P1.replace("Tuesday", "Friday")}</p>
<p>Advertisement</p>
</article>
<section class="comments"><h3>Comments</h3><p>Great news, finally! I have waited for this
for so long and my commute was awful every single day.</p></section>
<aside><h3>Related</h3><ul><li><a href="/x">Ferry timetable changes this summer for the
whole island service</a></li></ul></aside>
</main>
<footer><p>© 2024 The Coastal Herald. All rights reserved.</p><a href="#top">Back to top</a>
</footer></body></html>
"""


def test_html_page() -> None:
    article = extract.html_article(PAGE, "page.html")
    assert article.title == "Harbour Bridge Reopens"
    assert article.meta.author == "Mara Ellison"
    assert article.meta.date == "2024-05-02"
    assert article.meta.site == "The Coastal Herald"
    assert article.meta.url == "https://herald.example/2024/05/bridge"
    assert article.meta.language == "en-GB"
    assert article.meta.description == "The old bridge carries traffic again."
    kinds = block_texts(article)
    assert kinds[0] == ("title", "Harbour Bridge Reopens")
    assert [t for k, t in kinds if k == "heading"] == ["A Long Wait for Drivers",
                                                      "What Comes Next"]
    assert [t for k, t in kinds if k == "paragraph"][:3] == [P1, P2, P3]
    quoted = [article.text[b.start:b.end] for b in article.blocks if b.quote]
    assert len(quoted) == 1 and quoted[0].startswith("We are proud")
    read_text = " ".join(t for _, t in kinds)
    for furniture in ["cookies", "Menu", "Share", "Tweet", "Comments", "Great news", "Ferry",
                      "©", "Back to top", "Photo: Sam Reed", "Advertisement", "dawn"]:
        assert furniture not in read_text


@pytest.mark.parametrize(("og_title", "h1", "title", "read_as_heading"), [
    ("Bridge Reopens", "Bridge Reopens After Repairs", "Bridge Reopens After Repairs", []),
    ("Bridge Reopens After Repairs Today", "Bridge Reopens After Repairs",
     "Bridge Reopens After Repairs", []),
    ("Bridge Reopens", "Introduction", "Bridge Reopens", ["Introduction"]),
])
def test_html_headline_read_once(og_title: str, h1: str, title: str,
                                 read_as_heading: list[str]) -> None:
    page = (f'<html><head><meta property="og:title" content="{og_title}"></head><body>'
            f"<article><h1>{h1}</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article></body></html>")
    article = extract.html_article(page, "page.html")
    assert article.title == title
    assert [t for k, t in block_texts(article) if k == "heading"] == read_as_heading


def test_html_file_with_declared_charset(tmp_path: Path) -> None:
    page = PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "Harbour Bridge Reopens", "Harbour Bridge Reopens – Café")
    article = read_article(write(tmp_path, "page.htm", page.encode("cp1252")))
    assert article.title == "Harbour Bridge Reopens – Café"


def test_html_fallback_when_extractor_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract, "_trafilatura", lambda html: None)
    page = ("<html><head><title>Tiny Note | Example Site</title></head><body>"
            "<nav>Home</nav><h1>Tiny Note</h1><p>Just one short line.</p></body></html>")
    article = extract.html_article(page, "tiny.html")
    assert article.title == "Tiny Note"
    assert ("paragraph", "Just one short line.") in block_texts(article)


def test_html_without_text() -> None:
    with pytest.raises(InputError, match="nothing to read"):
        extract.html_article("<html><body><nav>Home</nav></body></html>", "empty.html")


# --------------------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------------------

POST = """---
title: "Night Trains Return"
author: [Ines Calder, Tom Reyes]
date: 2024-03-09
description: Sleeper services are back after a decade.
url: https://rail.example/night-trains
lang: en
---

# Night Trains Return

The first sleeper train in ten years left the valley station at nine, with **every cabin**
sold and a [brass band](https://example.org) on the platform.

## Why Now

Rail planners said demand had *grown steadily* since the line was rebuilt.

> We never stopped believing the route could pay its way.
> It finally does.

1. Tickets go on sale monthly.
2. Cabins sleep two people.

- Pets travel free
- Bikes need a booking

```python
print("hello")
```

| Route | Nights |
|-------|--------|
| North | 3      |

<div class="promo">Buy now</div>

![A train at dusk](train.jpg)

Share this article
"""


def test_markdown_post() -> None:
    article = extract.markdown_article(POST, "post.md")
    assert article.title == "Night Trains Return"
    assert article.meta.author == "Ines Calder, Tom Reyes"
    assert article.meta.date == "2024-03-09"
    assert article.meta.url == "https://rail.example/night-trains"
    assert article.meta.language == "en"
    assert "title:" not in article.text
    assert block_texts(article) == [
        ("title", "Night Trains Return"),
        ("paragraph", "The first sleeper train in ten years left the valley station at nine, "
                      "with every cabin sold and a brass band on the platform."),
        ("heading", "Why Now"),
        ("paragraph", "Rail planners said demand had grown steadily since the line was rebuilt."),
        ("paragraph", "We never stopped believing the route could pay its way. It finally does."),
        ("paragraph", "1. Tickets go on sale monthly."),
        ("paragraph", "2. Cabins sleep two people."),
        ("paragraph", "Pets travel free"),
        ("paragraph", "Bikes need a booking"),
        ("paragraph", extract.CODE_OMITTED),
        ("paragraph", extract.TABLE_OMITTED),
    ]
    assert [b.quote for b in article.blocks] == [False] * 4 + [True] + [False] * 6
    assert dropped_texts(article) == ["Share this article"]


@pytest.mark.parametrize(("text", "title"), [
    ("## First Heading\n\nSome words here.\n", "First Heading"),
    ("Words here, with no heading at all.\n", "Words here, with no heading at all."),
    ("---\njust words\n---\n\nBody text.\n", "just words"),  # not a mapping: not front matter
])
def test_markdown_titles(text: str, title: str) -> None:
    assert extract.markdown_article(text, "x.md").title == title


def test_markdown_file(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "post.markdown", POST))
    assert article.title == "Night Trains Return"


# --------------------------------------------------------------------------------------------
# Addresses (a local server on 127.0.0.1 only)
# --------------------------------------------------------------------------------------------

ROUTES: dict[str, tuple[int, dict[str, str], bytes]] = {
    "/story": (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE.encode()),
    "/moved": (302, {"Location": "/story"}, b""),
    "/to-file": (302, {"Location": "file:///etc/hostname"}, b""),
    "/to-ftp": (301, {"Location": "ftp://127.0.0.1/story"}, b""),
    "/data.json": (200, {"Content-Type": "application/json"}, b'{"a": 1}'),
    "/picture": (200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n"),
    "/big": (200, {"Content-Type": "text/html"}, b"<p>" + b"x" * 5000 + b"</p>"),
    "/gone": (404, {"Content-Type": "text/html"}, b"<p>Not here</p>"),
}


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status, headers, body = ROUTES.get(self.path, (404, {}, b""))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        if self.path != "/big":  # /big has no Content-Length: the reader must count
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Requests to the local test server never go through a proxy set in the environment."""
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.mark.parametrize("path", ["/story", "/moved"])
def test_url_article(server: str, path: str) -> None:
    article = read_article(server + path, timeout=5)
    assert article.source == server + path
    assert article.title == "Harbour Bridge Reopens"
    assert article.meta.url == "https://herald.example/2024/05/bridge"  # canonical link


@pytest.mark.parametrize(("path", "match"), [
    ("/to-file", "only http and https"),
    ("/to-ftp", "only http and https"),
    ("/data.json", "application/json, not a web page"),
    ("/picture", "image/png, not a web page"),
    ("/big", "larger than"),
    ("/gone", "HTTP 404"),
])
def test_url_refusals(server: str, path: str, match: str) -> None:
    with pytest.raises(InputError, match=match):
        read_article(server + path, timeout=5, max_bytes=1000)


def test_url_connection_refused() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(InputError, match="refused the connection"):
        read_article(f"http://127.0.0.1:{port}/story", timeout=5)


@pytest.mark.parametrize(("reason", "match"), [
    (socket.gaierror(-2, "Name or service not known"), "offline or the name is wrong"),
    (TimeoutError("timed out"), "no answer from example.org within 20 s"),
])
def test_network_problem_messages(reason: object, match: str) -> None:
    message = read._network_problem("https://example.org/x", "example.org", reason, 20.0)
    assert match in message


def test_other_schemes_refused() -> None:
    with pytest.raises(InputError, match="only http and https"):
        read_article("ftp://127.0.0.1/story")


# --------------------------------------------------------------------------------------------
# Invariants for any text
# --------------------------------------------------------------------------------------------


def check_invariants(article: Article) -> None:
    text = article.text
    spans = sorted([(b.start, b.end) for b in article.blocks] + list(article.dropped))
    previous_end = 0
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert start >= previous_end  # ordered, disjoint (blocks and dropped spans alike)
        previous_end = end
    for block in article.blocks:
        for char in (text[block.start], text[block.end - 1]):
            assert not char.isspace() and unicodedata.category(char) not in ("Cc", "Cf")
    assert [b.start for b in article.blocks] == sorted(b.start for b in article.blocks)
    assert all(b.kind != "title" for b in article.blocks[1:])
    covered = bytearray(len(text))
    for start, end in spans:
        covered[start:end] = b"\x01" * (end - start)
    for index, char in enumerate(text):
        if not covered[index]:
            assert char.isspace() or unicodedata.category(char) in ("Cc", "Cf")
    assert article.title == " ".join(article.title.split()) and article.title


LINES = st.sampled_from([
    "", " ", "\t", "Now Reading", "Pier Plan", "PIER PLAN", "By Jane Doe", "March 14, 2022",
    "Share this article", "© 2024 Harbour Times", "* * *", "CHAPTER I.", "The Long Road",
    "Costs Keep Rising", P1, P2, P3, P1[:58], P2[:61], "“Quoted words,” she said.", "\x00",
    "\ufeffBOM line", "\u200b", "Café", "?!?!", "- a list item", "# Not a heading",
])
SEPARATORS = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\n \n"])


@st.composite
def texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.one_of(LINES, st.text(max_size=40)), max_size=25))
    joined = ""
    for part in parts:
        joined += part + draw(SEPARATORS)
    return joined


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts())
def test_any_text_gives_valid_blocks(text: str) -> None:
    try:
        article = text_article(text, "x.txt")
    except InputError:
        return
    check_invariants(article)


@settings(max_examples=100, deadline=None)
@given(texts())
def test_any_markdown_gives_valid_blocks(text: str) -> None:
    try:
        article = extract.markdown_article(text, "x.md")
    except InputError:
        return
    check_invariants(article)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
@example(data=b"\xc2\x80\xd8\x80")  # U+0600, a format character, once ended a block
def test_any_bytes_read_or_refused_cleanly(data: bytes) -> None:
    try:
        article = from_bytes(data)
    except InputError:
        return
    check_invariants(article)
