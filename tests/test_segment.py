"""Tests of segment.py: quote marks, sentences, chunks, and the coverage invariant."""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readaloud.model import Article, Block, Segment
from readaloud.segment import (
    MAX_CHUNK,
    double_quotes,
    find_quotes,
    mark_shape,
    segment,
    sentence_ends,
    single_quotes,
    split_long,
)


def make_article(text: str, title: bool = True) -> Article:
    """Blocks from text: paragraphs split on blank lines; the first one is the title."""
    blocks: list[Block] = []
    for m in re.finditer(r"\S(?:.|\n(?!\s*\n))*", text):
        kind = "title" if title and not blocks else "paragraph"
        blocks.append(Block(kind, m.start(), m.end()))
    return Article("test", text, "", tuple(blocks))


def quote_texts(text: str) -> list[str]:
    art = make_article(text, title=False)
    return [art.text[q.start : q.end] for q in find_quotes(art)]


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in segment(make_article(text, title=False))]


# --------------------------------------------------------------------------------------------
# Quote marks
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "index", "shape"),
    [
        ('He said "no" twice', 8, "open"),
        ('He said "no" twice', 11, "close"),
        ('"Yes," she said', 0, "open"),
        ('she said "yes"', 13, "close"),
        ("a “b”c", 2, "open"),
        ('x"y', 1, "toggle"),
        ("a ”b", 2, "open"),
    ],
)
def test_mark_shape(text: str, index: int, shape: str) -> None:
    assert mark_shape(text, index, 0, len(text)) == shape


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("She said “we will win” and left.", ["“we will win”"]),
        ('She said "we will win" and left.', ['"we will win"']),
        ("“A long quote, he said, “with an inner one” inside.”", [
            "“A long quote, he said, “with an inner one” inside.”"]),
        ('“He told me "never" again,” she said.', ['“He told me "never" again,”']),
        ("“It never closes", ["“It never closes"]),
        ("A stray closer” here.", []),
        ("“First “Second”", ["“First ", "“Second”"]),
        ("Mixed “marks\" here.", ["“marks\""]),
    ],
)
def test_double_quotes(text: str, quotes: list[str]) -> None:
    assert [text[a:b] for a, b, _c in double_quotes(text, 0, len(text))] == quotes


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Don't stop; it's Russia’s turn.", []),
        ("In the ’90s we played rock ’n’ roll.", []),
        ("He said ‘not now’ and went.", ["‘not now’"]),
        ("She said 'not now' and went.", ["'not now'"]),
        ("The players’ union met; ‘we agree,’ one said.", ["‘we agree,’"]),
        ("Rock 'n' roll never dies.", []),
        ("''Typewriter quotes,'' he said.", []),
        ("'Em and 'tis are old words.", []),
        # a line of one or two letters is a quote all the same (review 23b), a grade is not
        ("‘Me?’ said the nurse. ‘No.’", ["‘Me?’", "‘No.’"]),
        ("She got an ‘A’ in maths.", []),
        # an opener left open after a cue's comma runs to the paragraph's end (British style:
        # the next paragraph reopens it); one left open elsewhere is no quote
        ("‘When I came,’ she said, ‘in 1971 we had nothing.", ["‘When I came,’",
                                                              "‘in 1971 we had nothing."]),
        ("He said the word ‘sorry and left.", []),
        # a dialect line's clipped word is no closer while a later mark closes the line
        # (review 24b's Scots scenes); a clipped-looking word before `said` closes
        ("‘He’ll be at the pier wi’ the Gunn lads.’ said Ina.",
         ["‘He’ll be at the pier wi’ the Gunn lads.’"]),
        ("'I'm tellin' ye, it's gone,' said Ina.", ["'I'm tellin' ye, it's gone,'"]),
        ("‘Now we begin’ said Ina, ‘and not before.’", ["‘Now we begin’",
                                                       "‘and not before.’"]),
        ("He called it ‘nothin’ doing and left.", ["‘nothin’"]),
    ],
)
def test_single_quotes(text: str, quotes: list[str]) -> None:
    assert [text[a:b] for a, b, _c in single_quotes(text, 0, len(text))] == quotes


def test_multi_paragraph_quote_has_one_quote_per_paragraph() -> None:
    text = "“The first part runs on\n\n“and the second part ends here,” she said.\n\nAfter."
    assert quote_texts(text) == ["“The first part runs on", "“and the second part ends here,”"]


def test_single_quotes_nest_inside_double() -> None:
    assert quote_texts("“He told me ‘no way’ today,” she said.") == [
        "“He told me ‘no way’ today,”"]


def test_british_style_single_quotes_are_the_main_quotes() -> None:
    text = "‘I told him “never”,’ she said. ‘Then I left.’"
    assert quote_texts(text) == ["‘I told him “never”,’", "‘Then I left.’"]


def test_single_quotes_are_secondary_in_double_quote_articles() -> None:
    art = make_article("He called it ‘the plan’ today. “We will see,” she said.", title=False)
    quotes = find_quotes(art)
    assert [q.secondary for q in quotes] == [True, False]


def test_dash_dialogue_lines_are_quotes() -> None:
    """A translated novel's dash dialogue (review 24b): each line runs from its dash to the
    mark before its cue, or to the next line's dash, or to its paragraph's end."""
    text = ("—Take the big jug, she said. —Not the clay one. It leaks.\n\n—Why can't Paco go?"
            "\n\n—Because Paco is four.\n\n—Why? asked Juan.\n\nHe took the jug —the big "
            "one— and went. —Not that way, she said.")
    assert quote_texts(text) == ["—Take the big jug,", "—Not the clay one. It leaks.",
                                 "—Why can't Paco go?", "—Because Paco is four.", "—Why?"]
    assert kinds(text)[1] == ("narration", "she said.")


@pytest.mark.parametrize("text", [
    # a list's spaced dashes are no lines
    "— The mayor opened the bridge.\n\n— The council met.\n\n— Rain is due.",
    # two dash paragraphs are too few
    "—Yes, she said.\n\n—No.\n\nThe rain went on.",
    # a text whose lines are in marks keeps them
    ("“Come in,” she said.\n\n“Thanks,” he said.\n\n“Sit.”\n\n—Not a line, a pause.\n\n"
     "—Another.\n\n—And a third.\n\n“Tea?”\n\n“Please.”"),
])
def test_dashes_that_are_no_dialogue(text: str) -> None:
    assert not any(q.startswith("—") for q in quote_texts(text))


def test_block_quote_is_one_quote() -> None:
    text = "Intro line.\n\nThe whole block is quoted."
    blocks = (Block("paragraph", 0, 11), Block("paragraph", 13, len(text), quote=True))
    quotes = find_quotes(Article("t", text, "", blocks))
    assert [(q.start, q.end, q.whole_block) for q in quotes] == [(13, len(text), True)]


# --------------------------------------------------------------------------------------------
# Sentences and chunks
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Mr. Smith went home. He slept.", ["Mr. Smith went home.", "He slept."]),
        ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
        ("Sen. Jones spoke on Jan. 5 about it.", ["Sen. Jones spoke on Jan. 5 about it."]),
        ("It rose 3.5 percent. Then fell.", ["It rose 3.5 percent.", "Then fell."]),
        ("“Why?” he asked. Nobody knew.", ["“Why?” he asked.", "Nobody knew."]),
        ("John F. Kennedy spoke.", ["John F. Kennedy spoke."]),
        # `I.` after a lower-case word is the pronoun; after a name it is an initial
        ("“No,” said I. “Never.”", ["“No,” said I.", "“Never.”"]),
        ("Neither do I. This must change.", ["Neither do I.", "This must change."]),
        ("Robert I. Smith spoke.", ["Robert I. Smith spoke."]),
        ("said former aide I. Lewis Libby.", ["said former aide I. Lewis Libby."]),
        ("by architect I. M. Pei.", ["by architect I. M. Pei."]),
        ("wrote the critic I. A. Richards.", ["wrote the critic I. A. Richards."]),
        ("He lives in the U.S. He likes it.", ["He lives in the U.S.", "He likes it."]),
        ("See No. 5 first. Then go.", ["See No. 5 first.", "Then go."]),
        # the rupee's `Rs.` before a number is no sentence's end (a review heard a pause)
        ("It cost Rs. 324 crore. Then it rose.", ["It cost Rs. 324 crore.", "Then it rose."]),
        ("Wait... what now? Yes!", ["Wait... what now?", "Yes!"]),
        ("日本語です。次の文です。", ["日本語です。", "次の文です。"]),
        # a space lost after a closing curly quote still ends the sentence
        ("He wrote “I love it!”Former senator Bush said no.",
         ["He wrote “I love it!”", "Former senator Bush said no."]),
        ("He said “no.”so what", ["He said “no.”so what"]),
        ("The “U.S.”Army", ["The “U.S.”Army"]),
        ("He scored “3.”5 times", ["He scored “3.”5 times"]),
        ("Il a dit «Non!»Puis il est parti.", ["Il a dit «Non!»", "Puis il est parti."]),
        # the t of a contraction is no initial: `didn’t.` ends its sentence (round 60: a
        # line and the beat after it had been read as one sentence)
        ("“I nearly didn’t.” He rolled up his sleeve.",
         ["“I nearly didn’t.”", "He rolled up his sleeve."]),
        ("I can't. He won't. Fine.", ["I can't.", "He won't.", "Fine."]),
        # a time's `p.m.` ends its sentence before a name, not before a day or a time zone
        ("The update is at 5 p.m. Whitlock left.", ["The update is at 5 p.m.", "Whitlock left."]),
        ("It opens at 5 p.m. Monday in Paris.", ["It opens at 5 p.m. Monday in Paris."]),
        ("It opens at 9 a.m. Eastern time.", ["It opens at 9 a.m. Eastern time."]),
        ("It opens at 9 a.m. EST today.", ["It opens at 9 a.m. EST today."]),
        ("We met at 9 a.m. A man came.", ["We met at 9 a.m.", "A man came."]),
    ],
)
def test_sentence_ends(text: str, sentences: list[str]) -> None:
    cuts = [0, *sentence_ends(text, 0, len(text)), len(text)]
    assert [text[a:b].strip() for a, b in itertools.pairwise(cuts)] == sentences


def test_split_long_cuts_at_clause_then_space_then_hard() -> None:
    clause = "word " * 60 + "end, " + "more " * 60
    pieces = split_long(clause, 0, len(clause))
    assert all(b - a <= MAX_CHUNK for a, b in pieces)
    assert clause[pieces[0][0] : pieces[0][1]].endswith("end,")
    dashed = "word " * 60 + "end -- " + "more " * 60  # a dash typed as two hyphens
    first = split_long(dashed, 0, len(dashed))[0]
    assert dashed[first[0] : first[1]].rstrip().endswith("end")
    blob = "x" * 1000
    assert split_long(blob, 0, 1000) == [(0, 400), (400, 800), (800, 1000)]


# --------------------------------------------------------------------------------------------
# Segments
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Maria Lopez said: “We will build it. It will be fast.” Then she left.",
            [
                ("narration", "Maria Lopez said:"),
                ("quote", "“We will build it."),
                ("quote", "It will be fast.”"),
                ("narration", "Then she left."),
            ],
        ),
        (
            "“We are ready,” he said, “and we will go.”",
            [
                ("quote", "“We are ready,”"),
                ("narration", "he said,"),
                ("quote", "“and we will go.”"),
            ],
        ),
        (
            "The plan is “a disaster”. Everyone agrees.",
            [
                ("narration", "The plan is"),
                ("quote", "“a disaster”."),
                ("narration", "Everyone agrees."),
            ],
        ),
    ],
)
def test_segment_paragraphs(text: str, expected: list[tuple[str, str]]) -> None:
    assert kinds(text) == expected


def test_title_and_heading_are_one_segment_each() -> None:
    text = "The Headline\n\nA Heading\n\nBody text. More text."
    blocks = (Block("title", 0, 12), Block("heading", 14, 23), Block("paragraph", 25, len(text)))
    segs = segment(Article("t", text, "The Headline", blocks))
    assert [(s.kind, s.text, s.block) for s in segs] == [
        ("title", "The Headline", 0),
        ("heading", "A Heading", 1),
        ("narration", "Body text.", 2),
        ("narration", "More text.", 2),
    ]


def test_long_paragraph_without_punctuation_is_cut_at_spaces() -> None:
    text = " ".join(["word"] * 20000)
    segs = segment(make_article(text, title=False))
    assert all(len(s.text) <= MAX_CHUNK for s in segs)
    assert all(not s.text.startswith("ord") for s in segs)
    check_invariant(make_article(text, title=False), segs)


def test_line_ends_inside_text_are_whitespace() -> None:
    text = "First line\r\nsecond “quoted\rline” end.\rLast."
    segs = segment(make_article(text, title=False))
    check_invariant(make_article(text, title=False), segs)
    assert [s.kind for s in segs][1] == "quote"


# --------------------------------------------------------------------------------------------
# The invariant, for any article
# --------------------------------------------------------------------------------------------


def check_invariant(article: Article, segs: tuple[Segment, ...]) -> None:
    """Every non-space character of every block in exactly one segment, in order, and
    nothing outside blocks; segment text equals the article slice and is stripped."""
    text = article.text
    owner = [0] * len(text)
    prev_end = 0
    for s in segs:
        assert s.text == text[s.start : s.end]
        assert s.text and not s.text[0].isspace() and not s.text[-1].isspace()
        assert s.start >= prev_end
        prev_end = s.end
        for i in range(s.start, s.end):
            owner[i] += 1
    inside = [False] * len(text)
    for b in article.blocks:
        for i in range(max(0, b.start), min(len(text), b.end)):
            inside[i] = True
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        assert owner[i] == (1 if inside[i] else 0), (i, ch)


ALPHABET = st.sampled_from([
    *"abc XYZ.,;:!?-—'’‘\"“”«»()\n\r\t",
    "Mr.", "U.S.", "3.5", "said", "😀", "中文", "עברית", "\x00", "\x07", "  ", "''",
])


@st.composite
def articles(draw: st.DrawFn) -> Article:
    text = "".join(draw(st.lists(ALPHABET, max_size=120)))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    blocks = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        kind = draw(st.sampled_from(["title", "heading", "paragraph", "paragraph"]))
        blocks.append(Block(kind, a, b, quote=draw(st.booleans())))
    return Article("prop", text, "", tuple(blocks))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_coverage_invariant(article: Article) -> None:
    check_invariant(article, segment(article))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_text_one_paragraph(text: str) -> None:
    article = Article("prop", text, "", (Block("paragraph", 0, len(text)),))
    check_invariant(article, segment(article))
