"""Pacing and signposting of a script: pauses, speaker announcements and chapter marks.

Pure decisions over Lines (no audio): they appear in `readaloud plan` and can be edited in a
script file. Times are decided later, when the audio exists.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from readaloud.model import AnnounceMode, Line, Speaker
from readaloud.segment import ABBREVIATIONS
from readaloud.speech import printable

PAUSE_AFTER_TITLE = 1000
PAUSE_BEFORE_HEADING = 1200
PAUSE_AFTER_HEADING = 700
PAUSE_PARAGRAPH = 700
PAUSE_SENTENCE = 300
PAUSE_CLAUSE = 120
"""Between two parts of one sentence (a quote and its "she said")."""
PAUSE_VOICE_CHANGE = 150
"""Added when the voice changes, so a new voice is not rushed in."""
CHAPTER_TITLE_MAX = 60
MAX_CHAPTERS = 255
_SENTENCE_END = re.compile(r"[.!?…]['\"’”)\]]*$")
_NAME_TOKEN = re.compile(r"[A-Z][\w’'-]+")


def pace(lines: Sequence[Line], speakers: Sequence[Speaker], announce: AnnounceMode
         ) -> tuple[Line, ...]:
    """Lines with pause_ms, announce and chapter decided."""
    by_name = {s.name: s for s in speakers}
    titles = chapter_titles(lines)
    paced = []
    for i, line in enumerate(lines):
        paced.append(replace(
            line,
            pause_ms=pause_before(lines, i),
            announce=announcement(lines, i, by_name, announce),
            chapter=titles.get(i),
        ))
    return tuple(paced)


def pause_before(lines: Sequence[Line], i: int) -> int:
    """Silence before line i: by the structure between it and the previous line.

    title -> 1 s; before a heading 1.2 s, after it 0.7 s; new paragraph 0.7 s; sentence 0.3 s;
    inside a sentence (a quote followed by "she said") 0.12 s; plus 0.15 s on a voice change.
    """
    if i == 0:
        return 0
    prev, line = lines[i - 1], lines[i]
    if prev.segment.kind == "title":
        pause = PAUSE_AFTER_TITLE
    elif line.segment.kind == "heading":
        pause = PAUSE_BEFORE_HEADING
    elif prev.segment.kind == "heading":
        pause = PAUSE_AFTER_HEADING
    elif line.segment.block != prev.segment.block:
        pause = PAUSE_PARAGRAPH
    elif _SENTENCE_END.search(prev.segment.text):
        pause = PAUSE_SENTENCE
    else:
        pause = PAUSE_CLAUSE
    if line.voice != prev.voice:
        pause += PAUSE_VOICE_CHANGE
    return pause


def announcement(lines: Sequence[Line], i: int, speakers: dict[str, Speaker],
                 mode: AnnounceMode) -> str | None:
    """"Name:" read by the narrator before a quote, so voice is not the only cue (WCAG 1.3.3).

    Only at the start of a speaker's turn (a quote split by its cue, `“…,” she said, “…”`,
    is one turn). "always": every turn. "auto": unless the narration
    right before or right after the quote, in the same paragraph, names the speaker (so
    `Psaki said: “…”` and `“…,” Psaki said.` are not announced; a follow-on paragraph or a
    pronoun cue is). "never": no announcements.
    """
    line = lines[i]
    name = line.segment.speaker
    if mode == "never" or name is None or line.segment.kind != "quote":
        return None
    if i > 0 and lines[i - 1].segment.speaker == name:
        return None
    if _same_turn(lines, i):
        return None  # `“Three nights ago,” she said, “something came…”`: one turn
    if mode == "auto" and _named_nearby(lines, i, speakers.get(name, Speaker(name=name))):
        return None
    return f"{name}:"


def _same_turn(lines: Sequence[Line], i: int) -> bool:
    """The quote at i goes on a turn of the same speaker's begun earlier in its paragraph,
    with only narration between (`“…,” she said, “…”`)."""
    block = lines[i].segment.block
    j = i - 1
    while j >= 0 and lines[j].segment.block == block and lines[j].segment.kind == "narration":
        j -= 1
    return j >= 0 and j < i - 1 and lines[j].segment.block == block and (
        lines[j].segment.kind == "quote" and lines[j].segment.speaker == lines[i].segment.speaker)


def _named_nearby(lines: Sequence[Line], i: int, speaker: Speaker) -> bool:
    tokens = {t for n in (speaker.name, *speaker.aliases) for t in _NAME_TOKEN.findall(n)}
    block = lines[i].segment.block
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines):
            seg = lines[j].segment
            if seg.block == block and seg.speaker is None and seg.kind == "narration" and \
                    tokens & set(_NAME_TOKEN.findall(seg.text)):
                return True
    return False


def chapter_titles(lines: Sequence[Line]) -> dict[int, str]:
    """Line index -> chapter title. Headings make chapters; without them the headline starts
    the first chapter and paragraphs are grouped into chapters of similar length, each titled
    by its opening words (a speaker's name first when it opens with a quote). A chapter
    starts at a paragraph that opens with narration when one comes within half a chapter
    more: a story's `“Danny.”` makes a poor title in a player's chapter list."""
    if not lines:
        return {}
    marks: dict[int, str] = {0: short_title(lines[0])}
    headings = [i for i, ln in enumerate(lines) if ln.segment.kind == "heading"]
    if headings:
        marks.update({i: short_title(lines[i]) for i in headings[: MAX_CHAPTERS - 1]})
        return marks
    words = [len(ln.segment.text.split()) for ln in lines]
    body = [i for i, ln in enumerate(lines) if ln.segment.kind != "title"]
    total = sum(words[i] for i in body)
    target = max(150, total // 40)
    count = 0
    for i in body:
        starts_block = i == body[0] or lines[i].segment.block != lines[i - 1].segment.block
        due = count >= target and (lines[i].segment.kind != "quote" or count >= target * 3 // 2)
        if starts_block and (i == body[0] or due) and len(marks) < MAX_CHAPTERS:
            marks.setdefault(i, short_title(lines[i + 1] if _label_only(lines, i) else lines[i]))
            count = 0
        count += words[i]
    return marks


def _label_only(lines: Sequence[Line], i: int) -> bool:
    """Line i is only a speaker's label (`Clinton:` in a transcript, `TW:` in an interview)
    before the quote of its paragraph: the quote titles the chapter (`Hillary Clinton: We
    will win`), not the label."""
    seg = lines[i].segment
    return seg.kind == "narration" and seg.text.rstrip().endswith(":") and len(
        seg.text.split()) <= 3 and i + 1 < len(lines) and lines[i + 1].segment.kind == (
        "quote") and lines[i + 1].segment.block == seg.block


def _first_sentence(text: str) -> str:
    """Text up to its first sentence end; `Mr.`, `Dr.` and initials end no sentence."""
    for m in re.finditer(r"[.!?](?=\s)", text):
        word = re.search(r"(\w+)\.$", text[: m.end()])
        if m.group() == "." and word and (word.group(1).lower() in ABBREVIATIONS
                                          or len(word.group(1)) == 1):
            continue
        return text[: m.end()]
    return text


def short_title(line: Line) -> str:
    """A chapter title of at most 60 characters from a line: its first sentence, else cut at
    a word boundary, before a quote the cut would leave open and past any small word it
    would end on (a player's chapter list shows `…described Brandt's drinking…`, not
    `…drinking as “a disease he…`); a dateline is left out (`MAPLE RIDGE — More than…`),
    and a quote that opens the line keeps its mark when it closes inside it. A narration line
    whose sentence goes on in a quote ends with an ellipsis too (review 58a)."""
    raw = re.sub(r"\s+", " ", printable(line.segment.text)).strip()
    text = _DATELINE.sub("", raw, count=1).strip(" \"“”‘’'") or raw.strip(" \"“”‘’'")
    if raw.startswith("“") and "”" in text and text.find("“") not in range(0, text.find("”")):
        text = "“" + text  # `“I was never good at keeping things whole”: Tomas Brenner on…`
    if line.segment.kind == "quote" and line.segment.speaker:
        text = f"{line.segment.speaker}: {text}"
    text = _first_sentence(text)
    unfinished = line.segment.kind == "narration" and bool(_UNFINISHED.search(text))
    text = text.rstrip(".")
    if len(text) <= CHAPTER_TITLE_MAX and not unfinished:
        return text or "Untitled"
    cut = text if len(text) <= CHAPTER_TITLE_MAX else text[: CHAPTER_TITLE_MAX - 1].rsplit(
        " ", 1)[0]  # `Mitigating, Mr Kettering said his client had` goes on in its quote
    opened = max(cut.rfind("“"), cut.rfind(' "') + 1 if cut.count('"') % 2 else -1)
    if opened >= 20 and "”" not in cut[opened:]:
        cut = cut[:opened]  # `…described his drinking as “a disease he`: no quote left open
    words = cut.rstrip(" ,;:—–-").split(" ")
    while len(words) > 3 and words[-1].lower() in _DANGLING:
        words.pop()  # `…described his drinking as…`: end on a word that carries meaning
    return " ".join(words).rstrip(" ,;:—–-") + "…"


_DATELINE = re.compile(
    r"^[A-Z]{2,}[A-Z'’.-]*(?: [A-Z]{2,}[A-Z'’.-]*)*(?:,[^—–\n]{0,40}?)? +[—–-]+ +")
"""A news dateline opening a paragraph (`MAPLE RIDGE — `, `WASHINGTON, Dec. 8 (UPI) — `): no
part of a chapter's title."""
_UNFINISHED = re.compile(r"(?:\b[a-z][\w’'-]*|[,;:—–-])$")
"""How a narration line ends when its sentence goes on in a quote (`…said his client had`,
`…told the court:`): its chapter title gets an ellipsis (see short_title)."""
_DANGLING = frozenset({
    "a", "an", "the", "as", "of", "to", "and", "or", "but", "in", "on", "at", "by", "for",
    "with", "from", "that", "which", "who", "whose", "his", "her", "its", "their", "our",
    "my", "your", "is", "was"})
"""Words a cut chapter title should not end on (see short_title)."""
