"""Splitting an article's blocks into segments: headline, headings, narration sentences, quotes.

A quote segment covers quoted words with their quote marks; narration is split into sentences;
every chunk is kept short enough for the engine. The rules are small named functions; the one
invariant is that every non-whitespace character of every block lands in exactly one segment.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from readaloud.model import Article, Block, Segment, SegmentKind


def word_set(s: str) -> frozenset[str]:
    """The words of s, as a set (tables are written as plain text)."""
    return frozenset(s.split())


MAX_CHUNK = 400
"""Longest segment, in characters, before it is cut at a clause boundary or a space."""

DOUBLE_MARKS = "“”\"«»"
"""Double quote marks: curly, straight and guillemets."""
SINGLE_MARKS = "‘’'"
"""Single quote marks (also apostrophes)."""
ALL_MARKS = DOUBLE_MARKS + SINGLE_MARKS

_DOUBLE_RE = re.compile(r"[“”\"«»]")
_SINGLE_RE = re.compile(r"[‘’']")
_OPENING_LEFT = frozenset("([{—–-/“”\"«»‘’'")
_CLOSING_RIGHT = frozenset(")]},.;:!?…“”\"«»‘’'—–-")
_CLIPPED = frozenset({"wi", "o", "an", "th", "ol", "gi", "ha", "jus", "fro"})
"""Words a dialect line clips with a closing mark (`wi’ the`, `o’ course`; see _clipped)."""
_SAYS = frozenset({"said", "says", "asked", "asks", "cried", "replied", "called", "answered"})
"""Verbs right after a closing mark that show it closed a line (see _clipped)."""
_LAST_LETTERS = re.compile(r"[^\W\d_]+$")
_ELISIONS = frozenset(
    {"em", "tis", "twas", "n", "cause", "til", "till", "bout", "round", "nuff", "cept", "im"}
)


@dataclass(frozen=True)
class Quote:
    """A quoted stretch of one block: from its opening mark to its closing mark (or block end)."""

    start: int
    """Offset of the opening mark (or of the block's first character for a block quote)."""
    end: int
    """Offset just past the closing mark, or the end of the block's text when it never closes."""
    block: int
    """Index of the block."""
    closed: bool
    """False when the quote runs to the end of its paragraph without a closing mark."""
    single: bool = False
    """True for a quote in single marks (‘…’)."""
    secondary: bool = False
    """True for a single-quoted stretch in an article whose quotes are double: headlines and
    scare quotes in American style, never voiced."""
    whole_block: bool = False
    """True when the source marks the whole block as a quotation (Block.quote)."""
    label: str = ""
    """For a turn of an interview or a transcript (see transcript_turns), the label before it
    (`Q`, `A`, `TW`, `Garnier`); the turn runs from after the label to the end of its block,
    quote marks inside included."""


# --------------------------------------------------------------------------------------------
# Quote marks
# --------------------------------------------------------------------------------------------


def mark_shape(text: str, i: int, lo: int, hi: int) -> str:
    """Whether the quote mark at i opens, closes or could do either ("toggle").

    Edge cases: a mark at the start of a line (or block) always opens and one at its end always
    closes; a space or opening bracket/dash on the left and a letter on the right opens
    (`said “no`); a letter on the left and punctuation or space on the right closes (`no,”`);
    when both sides agree or neither does, the glyph decides (“ and « open, ” and » close) and a
    straight mark toggles.
    """
    left = text[i - 1] if i > lo else "\n"
    right = text[i + 1] if i + 1 < hi else "\n"
    if left in "\n\r":
        return "open"
    if right in "\n\r":
        return "close"
    opens = left.isspace() or left in _OPENING_LEFT
    closes = right.isspace() or right in _CLOSING_RIGHT
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    ch = text[i]
    if ch in "“«‘":
        return "open"
    if ch in "”»’":
        return "close"
    return "toggle"


def _style(ch: str) -> str:
    """The family of a double mark: straight, curly or guillemet."""
    return "s" if ch == '"' else ("g" if ch in "«»" else "c")


def _nested_same_style(text: str, marks: list[int], k: int, lo: int, hi: int) -> bool:
    """A curly opener while a curly quote is open is a nested quote when the next two curly
    marks on the same line both close (“ … “inner” … ”).

    Edge cases: looks at the next two curly marks only (linear overall); a line break between
    them ends the look-ahead (the opener then restarts the quote instead).
    """
    shapes: list[str] = []
    prev = marks[k]
    for j in range(k + 1, len(marks)):
        at = marks[j]
        if "\n" in text[prev:at]:
            break
        prev = at
        if text[at] in "“”":
            shapes.append(mark_shape(text, at, lo, hi))
            if len(shapes) == 2:
                break
    return shapes == ["close", "close"]


def double_quotes(text: str, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of every double-quoted stretch in text[lo:hi].

    Edge cases: a stray closing mark with no quote open is narration; a mark of another style
    that opens while a quote is open starts one nested level (`“he said "no" twice”`), and so
    does a curly opener followed by two closers; a sloppy closer of another style (“…") closes;
    an opener of the same style while a quote is open means the first never closed (it ends
    just before the new one); a quote still open at the end runs to the end.
    """
    marks = [m.start() for m in _DOUBLE_RE.finditer(text, lo, hi)]
    out: list[tuple[int, int, bool]] = []
    open_at = -1
    style = ""
    nested = False
    for k, i in enumerate(marks):
        st = _style(text[i])
        shape = mark_shape(text, i, lo, hi)
        if open_at < 0:
            if shape != "close":
                open_at, style, nested = i, st, False
        elif st != style or (nested and st == "c"):
            if nested:
                nested = shape == "open"
            elif shape == "close":
                out.append((open_at, i + 1, True))
                open_at = -1
            else:
                nested = True
        elif shape == "open" and st == "c" and _nested_same_style(text, marks, k, lo, hi):
            nested = True
        elif shape == "open":
            out.append((open_at, i, False))
            open_at, nested = i, False
        else:
            out.append((open_at, i + 1, True))
            open_at = -1
    if open_at >= 0:
        out.append((open_at, hi, False))
    return out


def _is_apostrophe(text: str, i: int, lo: int, hi: int) -> bool:
    """A single mark between two letters or digits is an apostrophe (don't, Russia’s, O'Neil).

    Edge cases: ’ followed by two digits and s (’90s), or by an elided word (’em, ’n’, 'tis,
    'til) is an apostrophe too; so is a mark with letters neither side (a lone ' in "5 ' 6").
    """
    left = text[i - 1] if i > lo else " "
    right = text[i + 1] if i + 1 < hi else " "
    if left.isalnum() and right.isalnum():
        return True
    if right.isdigit():
        return True
    if not left.isalnum() and right.isalpha():
        m = re.match(r"[^\W\d_]+", text[i + 1 : min(hi, i + 8)])
        word = m.group().lower() if m else ""
        return word in _ELISIONS
    return False


def _doubled(text: str, i: int, lo: int, hi: int) -> bool:
    """Two straight single marks in a row (`''like this''`, an old typewriter convention for
    double quotes) are neither an apostrophe nor a single quote: they are left to the narrator,
    as the scorer and the quote-mark rules of the brief do not count them as quotes."""
    return text[i] == "'" and (
        (i > lo and text[i - 1] == "'") or (i + 1 < hi and text[i + 1] == "'")
    )


def _single_opens(text: str, i: int, lo: int, hi: int) -> bool:
    """‘ or ' after a space, a bracket or a line start and before a letter or mark opens.

    Edge cases: ’ never opens (typographers write ’90s and ’n’ with it); a mark before a space
    does not open.
    """
    if text[i] == "’":
        return False
    left = text[i - 1] if i > lo else " "
    right = text[i + 1] if i + 1 < hi else " "
    return (left.isspace() or left in _OPENING_LEFT) and not right.isspace()


def _single_closes(text: str, i: int, lo: int, hi: int) -> bool:
    """’ or ' after a letter or punctuation and before a space, punctuation or the end closes.

    Edge cases: ‘ never closes; `players’ union` (after s, before a lower-case word) is a plural
    possessive, not a closer.
    """
    if text[i] == "‘":
        return False
    left = text[i - 1] if i > lo else " "
    right = text[i + 1] if i + 1 < hi else " "
    if left.isspace() or not (right.isspace() or right in _CLOSING_RIGHT):
        return False
    plural_possessive = left in "sS" and right == " " and i + 2 < hi and text[i + 2].islower()
    return not plural_possessive


def _closes_before_next(text: str, i: int, lo: int, hi: int) -> bool:
    """A plural-possessive-looking ’ (`days’ because`) closes the open quote when the next
    single mark in the block opens another one or there is none (`she had ‘stopped counting
    the days’ because each was ‘the same as the first’`), not `the ‘players’ union deal’`."""
    if text[i] == "‘" or i + 2 >= hi or text[i - 1] not in "sS" or text[i + 1] != " ":
        return False
    for m in _SINGLE_RE.finditer(text, i + 1, hi):
        k = m.start()
        if _is_apostrophe(text, k, lo, hi) or _doubled(text, k, lo, hi):
            continue
        return _single_opens(text, k, lo, hi)
    return True


def _clipped(text: str, i: int, lo: int, hi: int) -> bool:
    """The mark at i ends a clipped word inside a line (`‘He’ll be at the Anchor wi’ the
    Mackay boys.’`, `‘That’s whit I’m tellin’ ye,’`): after `wi`, `o`, `an`, a dropped-g
    `-in` word, before a lower-case word that is no speech verb (`‘Let us begin’ said Tom`
    closes), with a mark later in the block that closes the line."""
    if not (i + 2 < hi and text[i + 1] == " " and text[i + 2].islower()):
        return False
    found = _LAST_LETTERS.search(text, max(lo, i - 15), i)
    word = found.group().lower() if found else ""
    if word not in _CLIPPED and not (len(word) >= 5 and word.endswith("in")):
        return False
    after = re.match(r"[a-z]+", text[i + 2 : i + 12])
    if after is not None and after.group() in _SAYS:
        return False
    return any(_single_closes(text, m.start(), lo, hi) and not _is_apostrophe(
        text, m.start(), lo, hi) for m in _SINGLE_RE.finditer(text, i + 1, hi))


def single_quotes(text: str, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of the single-quoted stretches in text[lo:hi] (one level only).

    Edge cases: apostrophes never open or close; a quote must close within its block (an
    apostrophe-like opener left open is not a quote) unless it opens the block, the British
    convention for a multi-paragraph quote, or follows a comma or colon (`she said, ‘in
    1971, …` whose next paragraph goes on); one- or two-letter spans ('n') are not quotes
    unless they are a line (see _short_line).
    """
    out: list[tuple[int, int, bool]] = []
    open_at = -1
    for m in _SINGLE_RE.finditer(text, lo, hi):
        i = m.start()
        if _is_apostrophe(text, i, lo, hi) or _doubled(text, i, lo, hi):
            continue
        if open_at < 0:
            if _single_opens(text, i, lo, hi):
                open_at = i
        elif (_single_closes(text, i, lo, hi) or _closes_before_next(text, i, lo, hi)) and (
                not _clipped(text, i, lo, hi)):
            if sum(ch.isalnum() for ch in text[open_at:i]) > 2 or _short_line(text, open_at, i):
                out.append((open_at, i + 1, True))
            open_at = -1
    if open_at >= 0 and (not text[lo:open_at].strip() or text[lo:open_at].endswith((", ", ": "))
                         or (out and text[lo:open_at].endswith((". ", "! ", "? ")))):
        out.append((open_at, hi, False))  # `‘…,’ she said, ‘in 1971…` / `‘…,’ he said. ‘When
        # my dad…` runs on to the next paragraph
    return out


def _short_line(text: str, at: int, close: int) -> bool:
    """The one- or two-letter span text[at + 1:close] is a line all the same: a capital
    first and a stop or comma last (`‘Me?’ said the nurse.`, `‘No.’`, `‘Oh,’`), not `'n'`."""
    body = text[at + 1 : close]
    return len(body) >= 2 and body[0].isupper() and body[-1] in ".,!?…" and body[:-1].isalpha()


def _usable_blocks(article: Article) -> Iterator[tuple[int, Block, int, int]]:
    """(index, block, start, end) with offsets clamped into the text and after the previous block.

    Edge cases: blocks that overlap, run past the text or are empty are clamped or skipped, so
    no character is ever read twice.
    """
    n = len(article.text)
    floor = 0
    for index, block in enumerate(article.blocks):
        start = min(max(block.start, floor), n)
        end = min(max(block.end, start), n)
        if end > start:
            yield index, block, start, end
            floor = end


def _single_primary(doubles: int, singles: int) -> bool:
    """Single quotes are the article's main quote marks when they outnumber the double ones
    (British style: ‘He said “no”,’ she said.)."""
    return singles > doubles


def _overlaps(a: tuple[int, int, bool], spans: list[tuple[int, int, bool]]) -> bool:
    return any(s < a[1] and a[0] < e for s, e, _c in spans)


_TURN_LABEL = re.compile(
    r"(Q|A|[A-Z]{2,3}|[A-Z][\w’'.-]+(?: [A-Z][\w’'.-]+){0,2}) ?: +(?=[^\s“\"‘'])")
"""A paragraph that opens with a speaker's label (`Q: `, `TW: `, `Garnier: `), its words not
in quote marks."""
TURN_LABELS = 4
"""Labelled paragraphs that make a text an interview or a transcript (see transcript_turns)."""


def transcript_turns(article: Article) -> dict[int, tuple[int, int, str]]:
    """The paragraphs of an interview or a transcript that are one speaker's turn: block ->
    (where the turn's words start and end, the label). A label counts when it opens two
    paragraphs or more (`Photo:` once is a caption); the text must have two such labels and
    TURN_LABELS labelled paragraphs in all, and a one-word label that is neither `Q`, `A`
    nor initials must be written elsewhere in the text too (`Garnier: …` after `chef Lucie
    Garnier`; not `Pros:`/`Cons:`, a list's headings); a whole name seen once whose surname
    is such a label is that speaker's first turn (`Dana Whitfield: …` then `Whitfield: …`).
    {} for any other text."""
    text = article.text
    found: dict[int, tuple[int, int, str]] = {}
    for index, block, lo, hi in _usable_blocks(article):
        m = _TURN_LABEL.match(text, lo, hi) if block.kind == "paragraph" and not (
            block.quote) else None
        if m is not None:
            label = m.group(1)
            found[index] = (m.end(), hi, label.title() if len(label) > 3 and label.isupper()
                            else label)
    counts: dict[str, int] = {}
    for _at, _end, label in found.values():
        counts[label] = counts.get(label, 0) + 1
    starts = {article.blocks[i].start for i in found}
    speakers = {label for label, n in counts.items() if n >= 2 and (
        initials(label) or " " in label or _named_elsewhere(text, label, starts))}
    if len(speakers) < 2 or sum(counts[x] for x in speakers) < TURN_LABELS:
        return {}
    speakers |= {label for label in counts if " " in label and label.rsplit(" ", 1)[1] in (
        speakers)}  # `Dana Whitfield: …` once, then `Whitfield: …`: her first turn too
    return {i: turn for i, turn in found.items() if turn[2] in speakers}


def initials(label: str) -> bool:
    """`Q`, `A` or a speaker's initials (`TW`)."""
    return label in ("Q", "A") or (label.isupper() and 2 <= len(label) <= 3)


def _named_elsewhere(text: str, label: str, starts: set[int]) -> bool:
    """The label's words stand in the text somewhere else than at a labelled paragraph's
    start (`chef Lucie Garnier` for `Garnier:`)."""
    return any(m.start() not in starts for m in re.finditer(
        rf"\b{re.escape(label)}\b", text, re.IGNORECASE))


_DASH_LINE = re.compile(r"(?:^|(?<=[.!?…] ))—(?=\S)", re.MULTILINE)
"""A line of dash dialogue opens: a dash at its paragraph's start or after a sentence, and
no space after it (`—Take the big jug, she said. —Not the clay one.`); a spaced dash (`— The
governor said…`, a list's item) is no line."""
_DASH_CUE = re.compile(
    r"[,?!…] (?:(?:said|says|asked|asks|replied|answered|cried|called|shouted|whispered|"
    r"muttered|added|told|went on)\b|(?:he|she|I|they|we|[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?|"
    r"(?:his|her|my|the|their|our) [a-z]+) (?:said|says|asked|asks|replied|answered|cried|"
    r"called|shouted|whispered|muttered|added|told|went on)\b)")
"""Where a dash line ends and its cue begins (`—Yes, said Juan.`, `—Why? she asked.`)."""
DASH_STYLE_LINES = 3
"""How many paragraphs must open with a dash line for an article to be in dash dialogue."""


def dash_lines(text: str, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """(start, end, True) of the dash-dialogue lines of text[lo:hi] (see _DASH_LINE): each
    from its dash to the mark before its cue (`—Yes,` of `—Yes, said Juan.`), else to the
    next line's dash, else to the paragraph's end. Only paragraphs that open with a line
    hold any (`He said it —quietly— and left.` holds none)."""
    if not text.startswith("—", lo):
        return []
    starts = [m.start() for m in _DASH_LINE.finditer(text, lo, hi)]
    out: list[tuple[int, int, bool]] = []
    for k, at in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else hi
        while end > at and text[end - 1].isspace():
            end -= 1
        cue = _DASH_CUE.search(text, at, end)
        out.append((at, cue.start() + 1 if cue else end, True))
    return out


def dash_dialogue(article: Article) -> bool:
    """The article writes its dialogue with dashes (`—Yes, said Juan.`): DASH_STYLE_LINES
    paragraphs at least open with a dash line, more than hold quotes in marks."""
    text = article.text
    paras = [(lo, hi) for _i, b, lo, hi in _usable_blocks(article) if b.kind == "paragraph"]
    opened = sum(1 for lo, hi in paras if _DASH_LINE.match(text, lo, hi))
    if opened < DASH_STYLE_LINES:
        return False
    return opened > sum(1 for lo, hi in paras if double_quotes(text, lo, hi) or (
        single_quotes(text, lo, hi)))


def find_quotes(article: Article) -> tuple[Quote, ...]:
    """Every quote of the article's paragraphs, in reading order, never overlapping.

    Edge cases: titles and headings hold no quotes (they are read whole); a block the source
    marks as quoted is one quote, and so is an interview's or a transcript's turn after its
    label when the article asks for it (Article.interview, see transcript_turns); double
    marks win over single ones unless the article uses
    single marks as its main quotes, in which case double-quoted stretches inside them are
    nested (part of the outer quote); in an article written in dash dialogue (see
    dash_dialogue) a paragraph with no quote marks holds its dash lines (see dash_lines).
    """
    text = article.text
    per_block: list[tuple[int, Block, list[tuple[int, int, bool]], list[tuple[int, int, bool]]]]
    per_block = []
    bounds: dict[int, tuple[int, int]] = {}
    n_double = n_single = 0
    for index, block, lo, hi in _usable_blocks(article):
        if block.kind != "paragraph":
            continue
        bounds[index] = (lo, hi)
        if block.quote:
            per_block.append((index, block, [(lo, hi, False)], []))
            continue
        d = double_quotes(text, lo, hi)
        s = single_quotes(text, lo, hi)
        n_double += len(d) + text.count("''", lo, hi) // 2
        n_single += len(s)
        per_block.append((index, block, d, s))
    single_first = _single_primary(n_double, n_single)
    if dash_dialogue(article):
        per_block = [(i, b, d or dash_lines(text, *bounds[i]), s) for i, b, d, s in per_block]
    turns = transcript_turns(article) if article.interview else {}
    out: list[Quote] = []
    for index, block, d, s in per_block:
        if index in turns:  # an interview's answer: the marks inside are part of it
            at, end, label = turns[index]
            out.append(Quote(at, end, index, True, label=label))
            continue
        if block.quote:
            lo, hi, _c = d[0]
            out.append(Quote(lo, hi, index, False, whole_block=True))
            continue
        if single_first:
            spans = [(q, True) for q in s] + [(q, False) for q in d if not _overlaps(q, s)]
        else:
            spans = [(q, False) for q in d] + [(q, True) for q in s if not _overlaps(q, d)]
        spans.sort(key=lambda x: x[0][0])
        for (a, b, closed), single in spans:
            out.append(Quote(a, b, index, closed, single=single,
                             secondary=single and not single_first))
    return tuple(out)


# --------------------------------------------------------------------------------------------
# Sentences and chunks
# --------------------------------------------------------------------------------------------

ABBREVIATIONS = word_set(
    """mr mrs ms mx dr prof sen sens rep reps gov gen lt col sgt capt cmdr cmdt adm maj cpl pvt
    st jr sr rev hon pres supt det insp messrs mmes mme mlle msgr fr gens govs atty cdr brig cllr cr
    coun ald assoc asst adj emer rt engr smt sec usec
    jan feb mar apr jun jul aug sep sept oct nov dec vs v fig figs al approx dept est
    inc corp co ltd bros mt ft ave blvd rd univ assn natl intl"""
)
"""Words that end with a dot without ending a sentence (case-insensitive)."""

_END_RE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|[.!?…]+[”»](?=[^\W\d_])|[。！？]+[」』”’)]*")
_INITIALS_RE = re.compile(r"(?:(?<![’'])\b[^\W\d_]\.)+$")
"""Initials before a dot (`F.`, `U.S.`); not the t of `didn’t.`, which ends a sentence."""
_PRONOUN_I = re.compile(r"\b[a-z]+\s+I\.$|\bon\s+X\.$")
_LAST_WORD_RE = re.compile(r"([^\W\d_]+)\.$")
_CLAUSE_RE = re.compile(r"[,;:—–)](?=\s)|\s(?:[—–]|--)\s")


def _abbreviation_before(text: str, dot: int) -> bool:
    """True when the dot at `dot` ends an abbreviation or an initial, not a sentence.

    Edge cases: titles (Mr., Sen., Gov.), months (Jan., Sept.), initials and dotted acronyms
    (F., U.S., a.m.), "No." and the rupee's "Rs." before a number ("Rs. 324 crore"); "etc."
    and ordinary words do end sentences.
    """
    head = text[max(0, dot - 12) : dot + 1]
    if _INITIALS_RE.search(head):
        return True
    m = _LAST_WORD_RE.search(head)
    if not m:
        return False
    word = m.group(1).lower()
    if word in ("no", "nos", "rs"):
        rest = text[dot + 1 : dot + 4].lstrip()
        return rest[:1].isdigit()
    return word in ABBREVIATIONS


def _starts_sentence(text: str, i: int, hi: int) -> bool:
    """The first non-space character at or after i may start a new sentence.

    Edge cases: a lower-case letter continues the sentence (`“Why?” he asked`); digits,
    capitals, quote marks, brackets and non-Latin scripts may start one.
    """
    while i < hi and text[i].isspace():
        i += 1
    return i < hi and not text[i].islower()


_STARTERS = word_set(
    """The He She It They We I But And In A An This That His Her Their There When While If
    After As Its Our So Yet Still Meanwhile However"""
)


def _acronym_ends(text: str, dot: int, i: int, hi: int) -> bool:
    """A dotted acronym (`U.S.`, `D.C.`) ends the sentence when a quote mark or a word that
    only starts sentences (`The`, `He`, `But`) follows; before a name (`the U.S. Senate`) it
    does not. Titles (`Mr.`, `Sen.`) never end a sentence."""
    if not re.search(r"[^\W\d_]\.[^\W\d_]\.$", text[max(0, dot - 6) : dot + 1]):
        return False
    return _sentence_opens(text, i, hi, "“\"")


def _pronoun_i_ends(text: str, dot: int, i: int, hi: int) -> bool:
    """`said I.` ends the sentence (the pronoun) when a quote mark or a word that only starts
    sentences follows (`“No,” said I. “Never.”`, `Neither do I. This must change.`); before
    a name it is an initial (`said former aide I. Lewis Libby`, `architect I. M. Pei`). So
    does the platform in `wrote on X. “No one was hurt.”`."""
    if not _PRONOUN_I.search(text, max(0, dot - 12), dot + 1) or re.match(
            r"\s*[A-Z]\.", text[i : i + 4]):
        return False  # `the critic I. A. Richards`
    return _sentence_opens(text, i, hi, "“\"‘'")


def _company_ends(text: str, dot: int, i: int, hi: int) -> bool:
    """A company's `Co.`, `Inc.`, `Ltd.` ends the sentence when a quote mark or a word that
    only starts sentences follows (`said Ann Roe, chief economist at Stanhope & Co. ‘Boring is
    the goal.’`), as it usually ends the name it closes."""
    m = _LAST_WORD_RE.search(text, max(0, dot - 6), dot + 1)
    return m is not None and m.group(1).lower() in _COMPANY_ENDS and _sentence_opens(
        text, i, hi, "“\"‘'«")


def _clock_ends(text: str, dot: int, i: int, hi: int) -> bool:
    """A time's `a.m.` or `p.m.` ends the sentence before a capitalised word that is no day,
    month or time zone (`The agency will give its next update at 5 p.m. Whitlock closed the
    briefing…`; not `at 5 p.m. Monday`, `9 a.m. Eastern`)."""
    if not _CLOCK.search(text, max(0, dot - 4), dot + 1):
        return False
    word = _NEXT_WORD.match(text, i, hi)
    return word is not None and word.group(1).lower() not in _AFTER_CLOCK


_CLOCK = re.compile(r"(?<![\w.])[ap]\.m\.$")
"""`a.m.` or `p.m.` ending at a full stop (see _clock_ends)."""
_NEXT_WORD = re.compile(r"\s+([A-Z][a-z’'-]*)\b")
"""The capitalised word after a stop and its spaces (see _clock_ends)."""
_AFTER_CLOCK = word_set(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december eastern central pacific
    mountain atlantic local greenwich""")
"""Words that go on a time's sentence after `p.m.` (see _clock_ends)."""


_COMPANY_ENDS = word_set("co inc corp ltd bros")
"""Abbreviations that close a company's name (see _company_ends)."""


def _sentence_opens(text: str, i: int, hi: int, marks: str) -> bool:
    """After the spaces at text[i:], one of the quote marks or a word that only starts
    sentences (_STARTERS) comes."""
    while i < hi and text[i].isspace():
        i += 1
    if i < hi and text[i] in marks:
        return True
    m = re.match(r"[^\W\d_]+", text[i : min(hi, i + 12)])
    return m is not None and m.group() in _STARTERS


def sentence_ends(text: str, lo: int, hi: int) -> list[int]:
    """Offsets just past each sentence end strictly inside text[lo:hi].

    Edge cases: abbreviations, initials and decimals (3.5, no space) never end a sentence;
    closing quotes and brackets after the stop stay with the sentence; CJK stops (。！？) end a
    sentence without a following space, and so does a stop inside a closing curly quote or
    `»` (`I love it!”Former senator…`, a space lost when the page was copied); a stop followed by
    a lower-case word does not.
    """
    ends: list[int] = []
    for m in _END_RE.finditer(text, lo, hi):
        e = m.end()
        if e >= hi:
            continue
        stop = m.group()
        if stop[0] == "." and len(stop.rstrip("\"'”’»)]")) == 1 and _abbreviation_before(
            text, m.start()
        ) and not _acronym_ends(text, m.start(), e, hi) and not _pronoun_i_ends(
                text, m.start(), e, hi) and not _company_ends(text, m.start(), e, hi) and not (
                _clock_ends(text, m.start(), e, hi)):
            continue
        if stop[0] in "。！？" or _starts_sentence(text, e, hi):
            ends.append(e)
    return ends


def _cut_point(text: str, lo: int, hi: int) -> int:
    """Where to cut text[lo:hi] (longer than MAX_CHUNK): after the last clause punctuation in
    the allowed window, else at the last space, else hard at the limit.

    Edge cases: a cut never lands at lo (progress is guaranteed); a single "word" longer than
    the limit is cut mid-word.
    """
    limit = lo + MAX_CHUNK
    best = -1
    for m in _CLAUSE_RE.finditer(text, lo + MAX_CHUNK // 4, limit):
        best = m.end() if m.group()[0] not in " \t" else m.start() + 1
    if best > lo:
        return best
    space = max(text.rfind(c, lo + 1, limit) for c in " \t\n\r")
    if space > lo:
        return space
    return limit


def split_long(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Cut text[lo:hi] into pieces of at most MAX_CHUNK characters (before stripping).

    Edge cases: linear in the length (each cut looks at one window); pieces cover lo..hi
    exactly.
    """
    out: list[tuple[int, int]] = []
    while hi - lo > MAX_CHUNK:
        cut = _cut_point(text, lo, hi)
        out.append((lo, cut))
        lo = cut
    out.append((lo, hi))
    return out


def _strip(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Offsets of text[lo:hi] without surrounding whitespace."""
    while lo < hi and text[lo].isspace():
        lo += 1
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _chunks(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Sentences of text[lo:hi], each cut to MAX_CHUNK and stripped; empty pieces dropped."""
    out: list[tuple[int, int]] = []
    start = lo
    for end in [*sentence_ends(text, lo, hi), hi]:
        for a, b in split_long(text, start, end):
            a, b = _strip(text, a, b)
            if b > a:
                out.append((a, b))
        start = end
    return out


def _speakable(s: str) -> bool:
    return any(ch.isalnum() for ch in s)


def _merge_mute(segments: list[Segment], text: str) -> list[Segment]:
    """Punctuation-only pieces (the `.` after `“a concern”.`) join the segment before them.

    Edge cases: a mute first piece joins the one after it; a block with nothing speakable
    keeps its pieces as they are; the merged segment keeps the kind of the speakable one.
    """
    if not any(_speakable(s.text) for s in segments):
        return segments
    out: list[Segment] = []
    pending: Segment | None = None
    for seg in segments:
        if not _speakable(seg.text):
            if out:
                prev = out[-1]
                out[-1] = Segment(prev.kind, prev.start, seg.end, text[prev.start : seg.end],
                                  prev.block)
            elif pending is None:
                pending = seg
            else:
                pending = Segment(pending.kind, pending.start, seg.end,
                                  text[pending.start : seg.end], pending.block)
            continue
        if pending is not None:
            seg = Segment(seg.kind, pending.start, seg.end, text[pending.start : seg.end],
                          seg.block)
            pending = None
        out.append(seg)
    return out


def _block_runs(lo: int, hi: int, quotes: list[Quote]) -> list[tuple[int, int, SegmentKind]]:
    """The block cut into alternating narration runs and quotes."""
    runs: list[tuple[int, int, SegmentKind]] = []
    pos = lo
    for q in quotes:
        if q.start > pos:
            runs.append((pos, q.start, "narration"))
        runs.append((q.start, q.end, "quote"))
        pos = q.end
    if pos < hi:
        runs.append((pos, hi, "narration"))
    return runs


def _block_segments(article: Article, index: int, lo: int, hi: int,
                    quotes: list[Quote]) -> list[Segment]:
    text = article.text
    segs: list[Segment] = []
    for a, b, kind in _block_runs(lo, hi, quotes):
        for s, e in _chunks(text, a, b):
            segs.append(Segment(kind, s, e, text[s:e], index))
    return _merge_mute(segs, text)


def _heading_segments(article: Article, index: int, kind: SegmentKind, lo: int,
                      hi: int) -> list[Segment]:
    text = article.text
    segs: list[Segment] = []
    for a, b in split_long(text, lo, hi):
        a, b = _strip(text, a, b)
        if b > a:
            segs.append(Segment(kind, a, b, text[a:b], index))
    return segs


def segment(article: Article) -> tuple[Segment, ...]:
    """The article's blocks as segments in reading order.

    Titles and headings give one segment each (cut only if longer than MAX_CHUNK); paragraphs
    give narration sentences and quote segments (a long quote is cut at its sentence ends).
    """
    by_block: dict[int, list[Quote]] = {}
    for q in find_quotes(article):
        by_block.setdefault(q.block, []).append(q)
    out: list[Segment] = []
    for index, block, lo, hi in _usable_blocks(article):
        if block.kind == "paragraph":
            out += _block_segments(article, index, lo, hi, by_block.get(index, []))
        else:
            out += _heading_segments(article, index, block.kind, lo, hi)
    return tuple(out)
