"""Pauses, announcements and chapter marks decided from the script alone."""

from __future__ import annotations

import pytest

from readaloud.model import Line, Segment, Speaker, Voice
from readaloud.pace import announcement, chapter_titles, pace, pause_before, short_title

NARRATOR = Voice("fake", "gmw/en-us")
JANE = Voice("fake", "gmw/en-us+f3")


def _lines(spec: list[tuple[str, str, str | None, int]]) -> list[Line]:
    """(kind, text, speaker, block) -> Lines with consecutive offsets."""
    lines, pos = [], 0
    for kind, text, speaker, block in spec:
        seg = Segment(kind=kind, start=pos, end=pos + len(text), text=text,  # type: ignore[arg-type]
                      block=block, speaker=speaker)
        pos += len(text) + 1
        lines.append(Line(segment=seg, voice=JANE if speaker else NARRATOR, spoken=text))
    return lines


STORY = _lines([
    ("title", "Ferry returns", None, 0),
    ("narration", "The ferry returned on Monday.", None, 1),
    ("narration", "It had been away for two years.", None, 1),
    ("quote", "“We are delighted,”", "Jane Doe", 2),
    ("narration", "Doe said.", None, 2),
    ("quote", "“It is a good day.”", "Jane Doe", 3),
    ("narration", "She then left", None, 4),
    ("quote", "“for the island.”", "Jane Doe", 4),
])


@pytest.mark.parametrize(("index", "expected"), [
    (0, 0),        # first line
    (1, 1000),     # after the title
    (2, 300),      # sentence in the same paragraph
    (3, 850),      # new paragraph + voice change
    (4, 270),      # quote then "Doe said." inside one sentence + voice change
    (5, 850),      # new paragraph + voice change
    (7, 270),      # "She then left" -> quote, same sentence, voice change
])
def test_pause_before(index: int, expected: int) -> None:
    assert pause_before(STORY, index) == expected


SPEAKERS = {"Jane Doe": Speaker("Jane Doe", "female", aliases=("Doe", "Ms. Doe"))}


@pytest.mark.parametrize(("index", "mode", "expected"), [
    (3, "auto", None),             # "Doe said." right after names her
    (5, "auto", "Jane Doe:"),      # follow-on paragraph: not named nearby
    (7, "auto", "Jane Doe:"),      # only a pronoun before it
    (3, "always", "Jane Doe:"),
    (5, "never", None),
    (1, "always", None),           # narration is never announced
])
def test_announcement(index: int, mode: str, expected: str | None) -> None:
    assert announcement(STORY, index, SPEAKERS, mode) == expected  # type: ignore[arg-type]


def test_consecutive_quotes_of_one_speaker_are_announced_once() -> None:
    lines = _lines([("quote", "“One.”", "Jane Doe", 1), ("quote", "“Two.”", "Jane Doe", 1)])
    assert announcement(lines, 0, SPEAKERS, "always") == "Jane Doe:"
    assert announcement(lines, 1, SPEAKERS, "always") is None


def test_chapters_follow_headings_when_there_are_some() -> None:
    lines = _lines([("title", "Report", None, 0), ("narration", "Intro text.", None, 1),
                    ("heading", "The money", None, 2), ("narration", "Money text.", None, 3),
                    ("heading", "The people", None, 4), ("narration", "People text.", None, 5)])
    assert chapter_titles(lines) == {0: "Report", 2: "The money", 4: "The people"}


def test_chapters_group_paragraphs_without_headings() -> None:
    spec = [("title", "Long story", None, 0)]
    spec += [("narration", f"Paragraph {b} " + "word " * 60 + ".", None, b) for b in range(1, 13)]
    marks = chapter_titles(_lines(spec))  # type: ignore[arg-type]
    assert marks[0] == "Long story"
    assert 1 in marks  # the body starts a chapter right after the headline
    assert 3 <= len(marks) <= 8
    assert all(len(t) <= 60 for t in marks.values())


def test_a_chapter_is_titled_by_a_transcript_s_line_not_its_label() -> None:
    """A chapter that opens with a speaker's label (`Clinton: “…”`) is titled by the line
    after it; the label alone told a listener nothing (`Clinton:`)."""
    spec = [("title", "Debate", None, 0)]
    for b in range(1, 13):
        spec += [("narration", "Clinton:", None, b),
                 ("quote", f"“Answer {b} " + "word " * 60 + ".”", "Hillary Clinton", b)]
    marks = chapter_titles(_lines(spec))  # type: ignore[arg-type]
    later = [t for i, t in marks.items() if i > 1]
    assert later and all(t.startswith("Hillary Clinton: Answer") for t in later)


def test_a_chapter_starts_at_narration_when_one_comes_soon() -> None:
    """A story's chapters start at a paragraph that opens with narration when one comes
    within half a chapter more (round 49: `== chapter: Danny`, a short line nobody voiced,
    titled a chapter); with none coming, a line still may (the transcript above)."""
    spec = [("title", "Story", None, 0)]
    for b in range(1, 61):
        if b % 3:
            spec.append(("quote", "“Danny.”", None, b))
        else:
            spec.append(("narration", f"Scene {b} " + "word " * 40 + ".", None, b))
    marks = chapter_titles(_lines(spec))  # type: ignore[arg-type]
    later = [t for i, t in marks.items() if i > 1]
    assert len(later) >= 2 and all(t.startswith("Scene") for t in later)


@pytest.mark.parametrize(("text", "kind", "speaker", "expected"), [
    ("Short headline", "title", None, "Short headline"),
    ("First sentence here. Second one.", "narration", None, "First sentence here"),
    ("“We will win.”", "quote", "Jane Doe", "Jane Doe: We will win"),
    # an abbreviation or an initial ends no sentence
    ("Mr. Vale read the paper. He sighed.", "narration", None, "Mr. Vale read the paper"),
    ("J. R. Holt spoke first! Then the others.", "narration", None, "J. R. Holt spoke first!"),
    ("A very long opening sentence that goes on and on well past the sixty character limit",
     "narration", None, "A very long opening sentence that goes on and on well past…"),
    # a cut title leaves no quote open and ends on a word that carries meaning (review 56a)
    ("In her filing, Fairbanks had described Brandt's drinking as “a disease he did not "
     "choose,” the judge said.", "narration", None,
     "In her filing, Fairbanks had described Brandt's drinking…"),
    ("In her filing, Fairbanks had described Brandt's drinking as \"a disease he did not "
     "choose,\" the judge said.", "narration", None,
     "In her filing, Fairbanks had described Brandt's drinking…"),
    ("The council voted on Tuesday night to close every one of the libraries in Ashby.",
     "narration", None, "The council voted on Tuesday night to close every one…"),
    # a dateline is no part of the title, and a quote that closes inside keeps its opening
    # mark (reviews 57e and 57h)
    ("MAPLE RIDGE — More than 200 parents packed the hall.", "narration", None,
     "More than 200 parents packed the hall"),
    ("WASHINGTON, Dec. 8 (UPI) — The Senate voted.", "narration", None, "The Senate voted"),
    ("NASA", "narration", None, "NASA"),
    # a sentence that goes on in its quote ends with an ellipsis (review 58a)
    ("Mitigating, Mr Kettering said his client had", "narration", None,
     "Mitigating, Mr Kettering said his client had…"),
    ("The inspector told the court:", "narration", None, "The inspector told the court…"),
    ("Minutes later, she replied with a warning that the", "narration", None,
     "Minutes later, she replied with a warning…"),
    ("“Never whole”: Tomas Brenner on clay, failure and his first memoir", "title", None,
     "“Never whole”: Tomas Brenner on clay, failure…"),
])
def test_short_title(text: str, kind: str, speaker: str | None, expected: str) -> None:
    line = _lines([(kind, text, speaker, 1)])[0]
    assert short_title(line) == expected
    assert len(short_title(line)) <= 60


def test_pace_sets_all_three() -> None:
    paced = pace(STORY, list(SPEAKERS.values()), "auto")
    assert [ln.pause_ms for ln in paced][:3] == [0, 1000, 300]
    assert paced[0].chapter == "Ferry returns"
    assert paced[5].announce == "Jane Doe:"
    assert [ln.segment for ln in paced] == [ln.segment for ln in STORY]


def test_a_quote_split_by_its_cue_is_announced_once() -> None:
    """`“Three nights ago,” she said, “something came over the wall.”`: one turn, so the
    second part is not announced again (round 49: a fantasy review heard `she said, High
    Magister Ilse Varro:` in the middle of a sentence)."""
    lines = _lines([("quote", "“Three nights ago,”", "Jane Doe", 1),
                    ("narration", "she said,", None, 1),
                    ("quote", "“something came over the wall.”", "Jane Doe", 1),
                    ("narration", "Later she left.", None, 2),
                    ("quote", "“Goodbye.”", "Jane Doe", 2)])
    assert announcement(lines, 0, SPEAKERS, "auto") == "Jane Doe:"
    assert announcement(lines, 2, SPEAKERS, "auto") is None
    assert announcement(lines, 4, SPEAKERS, "auto") == "Jane Doe:"  # a new paragraph's turn
