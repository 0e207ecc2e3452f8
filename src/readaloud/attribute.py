"""Deciding who speaks each quote: speech cues, names, pronouns and turn-taking, by plain rules.

A quote is voiced only when a rule finds its speaker with confidence; everything else (scare
quotes, titles, short fragments woven into a sentence, quotes nobody can be sure of) stays
with the narrator. The rules are small named functions tried in order (see RULES); the words
that name people are read by readaloud.names, and who they mean is settled by
readaloud.resolve.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import islice, pairwise
from typing import NamedTuple

from readaloud.extract import chapter_heading, decorative_rule
from readaloud.model import Article, Attribution, Gender, Segment, Speaker
from readaloud.names import (
    ASIDE_STOP,
    CALENDAR_WORDS,
    COMMON_CAPS,
    DEMONYMS,
    DETERMINERS,
    DOCUMENTS,
    FAMILY_HEADS,
    FAMILY_NAMES,
    FRAGMENT_VERBS,
    GENDERED_PRONOUNS,
    HOME_WORDS,
    HONORIFIC_GENDER,
    ISSUING,
    KIN_WORDS,
    LESSER_TITLES,
    MACHINE_WORDS,
    NO_LONGER,
    NOT_NAMES,
    OFFICE_OF,
    OPENING_MARKS,
    ORG_HEADS,
    ORG_NAMES,
    OWN_NOUNS,
    PARTICIPLE_VERBS,
    PARTY_OF_ADJECTIVE,
    PARTY_OF_LABEL,
    PARTY_WORDS,
    PHRASAL_THING,
    PLACES,
    PREPOSITIONS,
    PRONOUN_GENDER,
    QUOTE_TOKEN,
    ROLE_ADJ,
    ROLE_NOUNS,
    ROLE_QUALIFIERS,
    SPEAKER_RANK,
    SPEECH_VERBS,
    STORY_ROLES,
    SUBJECT_RANK,
    THE_CREATURE,
    TITLES,
    US_STATES,
    WORK_NOUNS,
    WORKS,
    Entity,
    Mention,
    Page,
    People,
    Tok,
    after_preposition,
    clause_tells_line,
    dateline_end,
    document_issuer,
    first_name_gender,
    given_words,
    is_adverb,
    is_cap,
    is_word,
    joined_to_object,
    main_subject,
    make_page,
    modifier_run,
    name_mention,
    nation_word,
    negation,
    office_holder,
    opening_clause_end,
    opening_subordinator,
    org_set_off,
    org_word_before,
    owner_of,
    participle,
    party_state,
    person_noun,
    person_set_off,
    place_modifier,
    possessive_at,
    pronoun_mention,
    report_roles,
    reporting_aside,
    role_back,
    role_words_back,
    run_end,
    run_start,
    short_form,
    skip_aside,
    skip_time,
    story_roles_named,
    story_titles,
    story_trades,
    subject_after,
    subject_before,
    surname_pet,
    time_stamp_end,
    titled_work,
    titles_gender,
    tokenize,
    whole_name,
)
from readaloud.resolve import (
    CALLINGS,
    DESCRIBED,
    GAVE_NAME,
    HE_SHE_OPENS,
    NAME_ALONE,
    NAME_ASKED,
    PARAGRAPH_SUBJECT_CONFIDENCE,
    PRESENTED_BY,
    PRONOUN_AT,
    QUESTION_WORDS,
    SPEAKS_TO,
    TELLER_CUE_AFTER_QUOTE,
    TELLER_VERBS,
    TURNED_TO_ME,
    WHOLE_NAME_CALL,
    State,
    asked_phrase_end,
    name_family_words,
    opening_phrase_end,
)
from readaloud.segment import (
    Quote,
    dash_dialogue,
    find_quotes,
    initials,
    sentence_ends,
    word_set,
)

MIN_FRAGMENT_WORDS = 6
"""A quote woven into a narrator's sentence is voiced only from this many words on."""
VOICE_THRESHOLD = 0.6
TURNS_BACK = 8
"""How many paragraphs before a run of bare lines tell the two people of the conversation
(see _turns_back)."""
"""Quotes whose best speaker is less sure than this stay with the narrator."""
WINDOW = 300
"""How far (characters) a cue is looked for around a quote, inside its sentence."""


def n_words(s: str) -> int:
    """Words as the scorer and a listener count them (`don't` is two)."""
    return len(re.findall(r"\w+", s))


# --------------------------------------------------------------------------------------------
# The article as the rules see it
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Utterance:
    """One quotation: one or more quotes (a multi-paragraph quote has one per paragraph)."""

    parts: tuple[Quote, ...]


@dataclass(frozen=True)
class Decision:
    """Who voices an utterance, how sure, and which words said so."""

    speaker: int | None
    """Entity key, or None for the narrator."""
    confidence: float
    """How sure the decision is (0-1)."""
    cue: str | None
    """The words that decided it (`Sullivan said`)."""
    rule: str
    """The rule that decided it."""
    at: int = -1
    """Offset of the speaker's mention in the cue (-1: none)."""


def _item_rule(gap: str) -> bool:
    """Text the reader kept out between two blocks is a rule of underscores (`___.`), as news
    agencies put between the items of a running story. Not `* * *`: a feature's or a story's
    scene break goes on following the same people."""
    line = gap.strip()
    return decorative_rule(line) and "_" in line and set(line) <= set("_. ")


WRITER_TELLS = 3
"""How many times the narration (not a quote) says `I`, `me` or `my` in a first-person essay."""
_I = re.compile(r"\b(?:I|me|my|My)\b")


class Doc:
    """Article text, its quotes and sentence ends per block, shared by every rule."""

    def __init__(self, article: Article, quotes: Sequence[Quote]) -> None:
        self.article = article
        self.text = article.text
        self.page: Page = make_page(article.text)
        self.quotes = list(quotes)
        self.quote_starts = [q.start for q in self.quotes]
        self.by_block: dict[int, list[Quote]] = {}
        for q in quotes:
            self.by_block.setdefault(q.block, []).append(q)
        n = len(self.text)
        self.bounds = [(min(b.start, n), min(max(b.end, b.start), n)) for b in article.blocks]
        self.block_starts = [lo for lo, _hi in self.bounds]
        self.section_starts = [hi for b, (_lo, hi) in zip(article.blocks, self.bounds, strict=True)
                               if b.kind != "paragraph"]
        self._ends: dict[int, list[int]] = {}
        self.nicknames = {q for q in self.quotes if self._nickname(q)}
        """Quoted nicknames: the name around them reads as one run; they neighbour no quote."""
        self.dialogue = dialogue_style(article)
        self.report_lines = self.dialogue and _report_lines(self.text)
        """A court or committee report read as dialogue for its questions and answers: a
        long speech there goes on in the next paragraph (see _speech_goes_on)."""
        self.told_by_i = self._writer_tells()
        """The narration says `I`, `me` or `my` (WRITER_TELLS times at least)."""
        self.first_person = not self.dialogue and self.told_by_i
        """A report or essay told in the first person (`When I was seven, a boy moved in…`):
        somebody its narration brings in unnamed may speak (see State._resolve_pronoun)."""
        if self.dialogue:  # `said the undertaker`: a story's trades name its people
            roles = STORY_ROLES | story_trades(article.text)
            self.page = self.page._replace(story_roles=roles,
                                           own_roles=story_roles_named(article.text, roles),
                                           story_titles=story_titles(article.text),
                                           given_words=given_words(article.text))
        else:  # a report's `___` between items (AP's "The Latest") ends one
            self.page = self.page._replace(own_roles=report_roles(article.text) - CALLINGS)
            self.section_starts = sorted(self.section_starts + [
                lo for (_a, hi), (lo, _b) in pairwise(self.bounds)
                if _item_rule(self.text[hi:lo])])

    def in_quote(self, pos: int) -> bool:
        """pos lies inside a quote (a character's line, not the narration)."""
        return self.quote_start(pos) is not None

    def quote_start(self, pos: int) -> int | None:
        """Where the quote pos lies inside starts (None in the narration)."""
        k = bisect.bisect_right(self.quote_starts, pos) - 1
        return self.quotes[k].start if k >= 0 and pos < self.quotes[k].end else None

    def _writer_tells(self) -> bool:
        """The narration outside quotes says `I`, `me` or `my` WRITER_TELLS times at least."""
        told = (w for w in _I.finditer(self.text) if not self.in_quote(w.start()))
        return next(islice(told, WRITER_TELLS - 1, None), None) is not None

    def section_start(self, pos: int) -> int:
        """Where the section holding pos starts: after the last heading before it (a new
        chapter: nobody named before it is a he/she after it), or in a report after the last
        rule between items (see _item_rule)."""
        k = bisect.bisect_right(self.section_starts, pos) - 1
        return self.section_starts[k] if k >= 0 else 0

    def ends(self, block: int) -> list[int]:
        """Sentence ends inside a block (computed once)."""
        if block not in self._ends:
            lo, hi = self.bounds[block]
            self._ends[block] = sentence_ends(self.text, lo, hi)
        return self._ends[block]

    def end_after(self, block: int, pos: int) -> int:
        """The first sentence end at or after pos in the block (or the block's end)."""
        ends = self.ends(block)
        k = bisect.bisect_left(ends, pos)
        return ends[k] if k < len(ends) else self.bounds[block][1]

    def sentence_of(self, block: int, pos: int) -> int:
        """Start offset of the sentence holding pos: an id for the sentence."""
        ends = self.ends(block)
        k = bisect.bisect_right(ends, pos)
        return ends[k - 1] if k > 0 else self.bounds[block][0]

    def sentence(self, q: Quote) -> tuple[int, int]:
        """Start and end of the sentence around q (a quote may hold several sentences)."""
        lo, hi = self.bounds[q.block]
        ends = self.ends(q.block)
        k = bisect.bisect_right(ends, q.start)
        start = ends[k - 1] if k > 0 else lo
        k = bisect.bisect_left(ends, q.end)
        end = ends[k] if k < len(ends) else hi
        return max(start, q.start - WINDOW, lo), min(end, q.end + WINDOW, hi)

    def _nickname(self, q: Quote) -> bool:
        t = self.text
        return (_NICKNAME.fullmatch(t, q.start, q.end) is not None
                and t[q.start - 1 : q.start] == " "
                and _NAME_END.search(t, max(0, q.start - 30), q.start - 1) is not None
                and t[q.end : q.end + 1] == " " and t[q.end + 1 : q.end + 2].isupper())

    def neighbours(self, q: Quote) -> tuple[Quote | None, Quote | None]:
        """The quotes before and after q in its block."""
        qs = [x for x in self.by_block.get(q.block, []) if x is q or x not in self.nicknames]
        k = qs.index(q)
        return (qs[k - 1] if k > 0 else None), (qs[k + 1] if k + 1 < len(qs) else None)

    def words_between(self, lo: int, hi: int) -> list[Tok]:
        """Tokens of text[lo:hi], a stretch between two lines, without the quoted nicknames
        in it (`said Northgate’s chairman, William “Bill” Haskard,` reads as `William
        Haskard`; see narration_tokens)."""
        if not any(lo <= n.start < hi for n in self.nicknames):
            return tokenize(self.text, lo, hi)
        return self.narration_tokens(lo, hi)

    def narration_tokens(self, lo: int, hi: int) -> list[Tok]:
        """Tokens of text[lo:hi] with every quote replaced by one QUOTE_TOKEN (also one that
        starts before lo: a sentence inside a quote is no narration)."""
        out: list[Tok] = []
        pos = lo
        k = bisect.bisect_left(self.quote_starts, lo)
        if k > 0 and self.quotes[k - 1].end > lo:
            k -= 1  # text[lo:] starts inside a quote: its words are not narration either
        while k < len(self.quotes) and self.quotes[k].start < hi:
            q = self.quotes[k]
            if q.start > pos:
                out += tokenize(self.text, pos, q.start)
            if q not in self.nicknames:
                out.append(Tok(QUOTE_TOKEN, q.start, q.end))
            pos = max(pos, q.end)
            k += 1
        if pos < hi:
            out += tokenize(self.text, pos, hi)
        return out


_NICKNAME = re.compile(r"[“\"‘'][A-Z][\w.’'-]{0,15}(?<![a-z]\.)[”\"’']")
_NAME_END = re.compile(r"\b[A-Z][\w.’'-]*(?<![a-z]\.)$")
"""A quoted nickname inside a name: `Marcia “Cia” Price`, `Juan "Chico" Manriquez`; not a
one-word line between sentences (`said Piglet. "Paw-marks." He gave…`: a word and a full stop
end a sentence, not a name)."""


_INVERTED_RE = re.compile(
    r"[,!?][\"”’'»] +(?:said|cried|asked|replied|answered|returned) +"
    r"(?:(?:the +)?[A-Z]|(?:he|she)\b)")
_NEWS_APPOSITIVE = re.compile(
    r"[A-Z][\w.’'-]*(?: +[A-Z][\w.’'-]*){0,3}, +(?:\d{1,3},|(?:(?:a|an|the) +)?(?:[\w-]+ +){0,4}"
    r"(?:at|of|for) +[A-Z])")
"""A name after an inverted cue set off with what news tells of its people, an age or a
post at a body (`said Jacqueline Moreau-Fitzgerald, chief investment strategist at Halberd
Wealth`, `said Tom Price, 45,`): a market report's cue, no sign of a story (see
dialogue_style)."""
_NORMAL_RE = re.compile(r"[,!?][\"”’'»] +[A-Z][\w’'-]* +(?:said|says|asked|replied)\b")
_STORY_CUE_RE = re.compile(
    r"[,!?][\"”’'»] +(?:said +(?:he|she|I)\b|(?:cried|replied|exclaimed|returned|answered|"
    r"whispered|rejoined|observed) +(?:he|she|I|the|[A-Z]))")
"""Cues that news never writes (`said he`, `cried Lydia`, `returned she`)."""


_FAMILY_WORDS = "Mom|Dad|Mum|Mam|Grandpa|Grandma|Gran|Nana|Papa|Mama|Daddy|Mommy|Mummy"
_FAMILY_CUE = re.compile(
    rf"[,!?—][”’\"'] +(?:(?:said|asked|called|replied|whispered|shouted) +(?:{_FAMILY_WORDS})|"
    rf"(?:{_FAMILY_WORDS}) +(?:said|asked|called|replied|whispered|shouted))\b")
"""A cue whose speaker is a family word used as a name (`“…,” said Dad.`): a story's, when
the narration is not the writer's own (see dialogue_style)."""


def _reads_as_memoir(text: str) -> bool:
    """The narration, quotes taken out, says I, me or my WRITER_TELLS times at least (see
    Doc.told_by_i): a memoir may call its parents `Mom` and `Dad` and still be an essay."""
    return len(_I.findall(_ANY_QUOTE.sub(" ", text))) >= WRITER_TELLS


_SPACE = re.compile(r"\s")


def one_line_blocks(article: Article) -> Article:
    """The article with every line break and other space inside a block made a plain space
    (offsets unchanged): a hard-wrapped novel breaks `“…,”\nsaid Tom` or `you,\nHastings` at
    any space, and the rules read words, not lines. Breaks between blocks stay."""
    text = article.text
    parts, pos = [], 0
    for b in sorted(article.blocks, key=lambda b: b.start):
        lo, hi = max(b.start, pos), min(b.end, len(text))
        if hi > lo:
            parts += [text[pos:lo], _SPACE.sub(" ", text[lo:hi])]
            pos = hi
    flat = "".join(parts) + text[pos:]
    return article if flat == text else replace(article, text=flat)


def story_opening(article: Article) -> Article:
    """A story with no headline: its first line, taken for the title because it stands
    alone, is the story's first paragraph (`The landlord, Mr. Osgood Pell, would not come
    further than the top step.`), so the people it brings in speak for the he and she after
    it. Only in a story (see dialogue_style), and only a line of six words or more that ends
    as a sentence does, is not a chapter's line (see extract.chapter_heading) and is not
    written in title case (a news
    headline ends with a full stop in some papers, but news is no story)."""
    blocks = article.blocks
    if not blocks or blocks[0].kind != "title":
        return article
    line = article.text[blocks[0].start : blocks[0].end].strip()
    words = line.split()
    if len(words) < 6 or not _SENTENCE_END.search(line) or chapter_heading(line) or 2 * sum(
            1 for w in words[1:] if w[:1].isupper()) >= len(words) - 1:
        return article
    if not dialogue_style(article):
        return article
    return replace(article, blocks=(replace(blocks[0], kind="paragraph"), *blocks[1:]))


_SENTENCE_END = re.compile(r"[a-z][.!?…][”’\"']?$")
"""A line that ends as a sentence does, after a word in lower case (not `11:40 P.M.`)."""


def dialogue_style(article: Article) -> bool:
    """Fiction-style dialogue: many short paragraphs that open with a quote, and cues written
    `said Alice` far more often than `Alice said` (news writes the other way round).

    Edge cases: needs five inverted cues at least (not counting those whose name is set off
    with an age or a post at a body, as news writes them: see _NEWS_APPOSITIVE), or three
    cues only stories write (`said he`, `cried Lydia`: then paragraphs may be long), or five
    first-person cues (`“…,” I said.`, a first-person novel), in double or single quotes
    (`‘…,’ said he.`); a news story full of quotes stays news. Lines that stand
    alone as paragraphs are a sign of a story only when three or more are short (see
    LONE_LINES: `“Anxiety.”` / `“That’s seven?”` / `“Count it.”`, a scene written with
    modern cues, `Wes said`): news sets out a speech or a quote's next sentences that way
    too, but long (a review found a conference speech, a sports report and a vox pop turned
    into dialogue by a test that took any length).
    """
    text = article.text
    if _reads_as_story(text) or dash_dialogue(article):
        return True  # `—Yes, said Juan.`: a translated novel's dashes
    paras = [b for b in article.blocks if b.kind == "paragraph" and b.end > b.start]
    single = _single_quoted(text)
    marks = "“\"‘'«" if single else "“\"‘«"
    led = [b.end - b.start for b in paras if b.start < len(text) and text[b.start] in marks]
    if not paras or len(led) < 0.3 * len(paras):
        return False
    led.sort()
    inverted = _inverted_cues(text)
    normal = len(_NORMAL_RE.findall(text))
    if len(_STORY_CUE_RE.findall(text)) >= 3 or len(TELLER_CUE_AFTER_QUOTE.findall(text)) >= 5 or (
            len(_FAMILY_CUE.findall(text)) >= 2 and not _reads_as_memoir(text)):
        return True  # a novel's long speeches may make the paragraphs long
    lone = _LONE if single else _LONE_DOUBLE
    if sum(1 for b in paras if _lone_line(text, b.start, b.end, lone)) >= LONE_LINES:
        return True  # `“Anxiety.”` / `“That’s seven?”` / `“Count it.”`
    return led[len(led) // 2] < 250 and inverted >= 5 and inverted >= 2 * normal


_REPORT_CUE = re.compile(
    r"\btold (?:the )?(?:court|jury|jurors|inquest|hearing|tribunal|reporters|committee|"
    r"magistrates|senators)\b|\bthe (?:court|jury|inquest|hearing|committee) (?:heard|was told)"
    r"\b|\bsaid in a statement\b|[,!?][”\"’'] +(?:Mr|Mrs|Ms|Miss|Dr|Judge|Justice|Det|Insp|Sgt|"
    r"Supt|Prof|Senator|Sen|Rep)\.? +[A-Z][\w’'-]+ +(?:said|told|added|asked|replied|says)\b")
"""Cues a report writes and a story does not: words told to a court, a jury or reporters, a
statement, an honorific and a surname after a quote (`,” Ms Moreau-Baines said`)."""
REPORT_CUES = 3
"""Report cues that make a text read as dialogue a report with questions and answers (a
court's or a committee's, set out as paragraphs; the most in a story of the review folders
was two): see Doc.report_lines."""


def _inverted_cues(text: str) -> int:
    """Inverted cues (`,” said Alice`) but those whose name is set off as news sets off its
    people (see _NEWS_APPOSITIVE)."""
    return sum(1 for m in _INVERTED_RE.finditer(text)
               if not _NEWS_APPOSITIVE.match(text, m.end() - 1))


def _asks(line: str) -> bool:
    """The quoted line (marks included or not) ends with a question mark."""
    return line.rstrip(" ”\"’'").endswith("?")


def _report_lines(text: str) -> bool:
    """A text read as dialogue that is a report setting out questions and answers: at least
    REPORT_CUES report cues and at most one inverted cue (see dialogue_style)."""
    inverted = _inverted_cues(text)
    return inverted <= 1 and len(_REPORT_CUE.findall(text)) >= REPORT_CUES


def _reads_as_story(text: str) -> bool:
    """A story told with few cues of the kinds dialogue_style counts (a fable's `said the
    Fox`, a ghost story's `I asked`): its narration has no date, no figures and no newsroom
    word (`on Monday`, `according to`, `Sen.`, `percent`, `interview`, `Twitter`), and of its
    STORY_LINES lines or more, many ask or exclaim (STORY_ASKED) or call somebody by name
    (STORY_CALLED): people talking to each other, not a report quoting what was said."""
    quoted = _ANY_SINGLE if _single_quoted(text) else _ANY_QUOTE
    lines = [m.group(1) or m.group(2) or "" for m in quoted.finditer(text)]
    if len(lines) < STORY_LINES:
        return False
    told = quoted.sub(" ", text)
    if len(_DIGIT.findall(told)) * 1000 > STORY_DIGITS * max(1, len(told)) or (
            _NEWSROOM.search(told)):
        return False
    asked = sum(1 for line in lines if line.rstrip(" ,").endswith(("?", "!")))
    called = sum(1 for line in lines if _CALLED.search(line))
    return asked >= STORY_ASKED * len(lines) or called >= STORY_CALLED * len(lines) or len(
        _INVERTED_RE.findall(text)) >= STORY_INVERTED


STORY_LINES = 4
STORY_DIGITS = 0.5
"""Digits per thousand characters of narration a story may have (a year, a room number)."""
STORY_ASKED = 0.15
STORY_CALLED = 0.1
STORY_INVERTED = 3
_ANY_QUOTE = re.compile(
    r"[“\"]([^”\"]{1,2000})[”\"]|(?:(?<=\s)|^)‘([^’]{1,2000}(?:’\w[^’]*)*)’(?=[\s,.;:!?—-]|$)",
    re.MULTILINE)
"""A quote in double marks, or in curly single ones (an apostrophe inside a word is none)."""
_ANY_SINGLE = re.compile(
    r"[“\"]([^”\"]{1,2000})[”\"]|(?:(?<=\s)|^)['‘]([^'’]{1,2000}(?:['’]\w[^'’]*)*)['’]"
    r"(?=[\s,.;:!?—-]|$)", re.MULTILINE)
"""_ANY_QUOTE for a text that quotes in straight single marks too (see _single_quoted)."""
_DIGIT = re.compile(r"\d")
_NEWSROOM = re.compile(
    r"\baccording to\b|\bin a statement\b|\btold reporters\b|\b(?:Sen|Rep|Gov|Gen)\.|%|"
    r"\b(?:percent|spokesm[ae]n|spokeswoman|officials?|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|Twitter|Facebook|CNN|MSNBC|tweet\w*|interview|statement|"
    r"reporters|campaign|[Cc]ourt|police|trial|council|government|minister|[Ss]enator|MPs?|"
    r"lawmakers?|[Pp]resident)\b")
"""Words of a report, not of a story's narration."""
_CALLED = re.compile(
    r",\s+(?:[A-Z][a-z]+|sir|madam|ma'am|mother|father|dear|my dear)[.?!,]|"
    r"^\s*(?:[A-Z][a-z]+|Sir|Madam|Mother|Father),\s")
"""A line that calls somebody (`…, Watson.`, `Mother, …`)."""


LONE_LINES = 3
"""Paragraphs that are one short line and nothing else (see _lone_line) that make a text
dialogue: news sets a speech's sentences or a vox pop's answers apart as whole paragraphs,
but long ones or cued ones (three or more such lines: no text of 924 PolNeAR articles, 600
review news and publishers' scenes but one; most fiction scenes)."""
LONE_LINE_WORDS = 12
"""The longest lone line, in words (a speech's sentences set apart are longer)."""
_LONE = re.compile(r"[“\"‘'«]((?:[^“”\"’'«»]|[’'](?=\w))+)[”\"’'»]")
"""One quote and nothing else, in curly or straight marks; an apostrophe inside a word
(`don’t`) is no closing mark, so `‘We are delighted,’ she said. ‘It is a great day.’` is no
lone line."""


_LONE_DOUBLE = re.compile(r"[“\"‘«]((?:[^“”\"’«»]|’(?=\w))+)[”\"’»]")
"""_LONE without straight single marks, for a text that quotes in double marks: there
`'Relationships that last.'` is a subheading set in quotes (a Washington Post report)."""


def _single_quoted(text: str) -> bool:
    """The text quotes in straight single marks (`'Let them hear.'`): more lines open with
    one than with a double mark (a quoted word inside may still be double: `'Put
    "ship,"' she whispered.`)."""
    single = len(re.findall(r"(?m)^[ \t]*'", text))
    return single > len(re.findall(r"(?m)^[ \t]*[“\"]", text))


def _lone_line(text: str, lo: int, hi: int, lone: re.Pattern[str] = _LONE_DOUBLE) -> bool:
    """text[lo:hi] (a paragraph) is one quote of two to LONE_LINE_WORDS words, with no
    narration and no cue (`“Count it.”`; a word alone is as often a crowd's shout in a
    speech: `“Nooooo!”`)."""
    m = lone.fullmatch(text, lo, hi)
    return m is not None and 2 <= n_words(m.group(1)) <= LONE_LINE_WORDS


@dataclass(frozen=True)
class Context:
    """What a rule may look at for one quote."""

    quote: Quote
    words: int
    """Words inside the quote."""
    inner: str
    """The quote's text, marks included."""
    left: list[Tok]
    """Narration between the sentence start (or the previous quote) and the quote."""
    right: list[Tok]
    """Narration between the quote and the sentence end (or the next quote)."""
    sentence: list[Tok]
    """The whole sentence, quotes as QUOTE_TOKEN."""
    index: int
    """Position of the quote's token in `sentence`."""
    direct: bool
    """Set off from the sentence: at its start, or after a colon, comma or dash."""
    whole: bool
    """The quote is the whole sentence (nothing but punctuation around it)."""
    prev: Quote | None
    next: Quote | None


_SET_OFF = (":", ",", "—", "–", "-", "(", ";", ".", "!", "?")


def make_context(doc: Doc, q: Quote) -> Context:
    """The context of one quote."""
    s, e = doc.sentence(q)
    prev, nxt = doc.neighbours(q)
    left_lo = max(s, prev.end) if prev is not None and prev.end > s else s
    right_hi = min(e, nxt.start) if nxt is not None and nxt.start < e else e
    left = doc.words_between(left_lo, q.start) if q.start > left_lo else []
    right = doc.words_between(q.end, right_hi) if right_hi > q.end else []
    lw = any(is_word(t) for t in left)
    if not right and not lw:
        right = _next_sentence(doc, q, nxt)
    sent = doc.narration_tokens(s, e)
    index = next((k for k, t in enumerate(sent) if t.start == q.start), 0)
    rw = right_hi > q.end and any(is_word(t) for t in right)
    inner = doc.text[q.start : q.end]
    direct = not left or (left[-1].text in _SET_OFF and not _list_item(left, right) and not (
        doc.dialogue and _set_off_phrase(left, right, inner)))
    whole = not lw and not rw and (prev is None or prev.end <= s)
    return Context(q, n_words(inner), inner, left, right, sent, index, direct, whole, prev, nxt)


def _set_off_phrase(left: Sequence[Tok], right: Sequence[Tok], inner: str) -> bool:
    """A quote of three words or fewer set off by commas inside a story's narration sentence,
    after a lower-case word that is no speech verb, the sentence going on in lower case with
    no speech or thought verb (`He thought of Halvard’s wall, “built for sheep,” and did not
    smile.`): a phrase of the narration, no line (see make_context); not `any minute, “and
    then,” thought she`. Only in a story: a report's `“no reasonable prosecutor” would…` may
    be a voiced short quote."""
    if n_words(inner) > 3 or len(left) < 2 or left[-1].text != "," or not right:
        return False
    before = left[-2]
    return before.text.islower() and is_word(before) and not is_speech_verb(before) and (
        not before.low.endswith("ing")) and right[0].text.islower() and not any(
            is_speech_verb(t) or is_thought_verb(t) for t in right)


def _list_item(left: Sequence[Tok], right: Sequence[Tok]) -> bool:
    """The quote after `left` is an item of a list a colon opened (`emailed back a list:
    better lighting, “enhanced enforcement,” and…`): a comma before it sets off no line,
    unless a speech verb follows it (`Cons: the camera, “which is a joke,” said one tester`)."""
    colon = next((k for k in range(len(left) - 1, -1, -1) if left[k].text == ":"), None)
    if colon is None or left[-1].text != "," or colon + 2 >= len(left) or any(
            t.text in SPEECH_VERBS for t in right[:3]):
        return False
    items = left[colon + 1 : -1]
    return all(t.text == "," or (is_word(t) and t.text.islower() and t.text not in SPEECH_VERBS)
               for t in items)


def _next_sentence(doc: Doc, q: Quote, nxt: Quote | None) -> list[Tok]:
    """The sentence after a quote that ends its own sentence (`“Why?” Trump asked.`)."""
    hi = doc.bounds[q.block][1]
    ends = doc.ends(q.block)
    k = bisect.bisect_right(ends, q.end)
    end = ends[k] if k < len(ends) else hi
    if nxt is not None:
        end = min(end, nxt.start)
    end = min(end, q.end + WINDOW)
    return tokenize(doc.text, q.end, end) if end > q.end else []


# --------------------------------------------------------------------------------------------
# Cues: the words that say who speaks
# --------------------------------------------------------------------------------------------


class Cue(NamedTuple):
    """A speaker mention found next to a speech verb."""

    mention: Mention
    start: int
    end: int
    confidence: float


def is_speech_verb(t: Tok) -> bool:
    """A lower-case speech verb (`said`, `told`, `tweeted`)."""
    return t.text in SPEECH_VERBS


def _a_noun(toks: Sequence[Tok], v: int) -> bool:
    """The speech verb at toks[v] is a noun there, after `the following` (`brought the
    following note for Elizabeth:`)."""
    return v > 1 and toks[v - 1].low == "following" and toks[v - 2].low == "the"


def _document_reads(toks: Sequence[Tok], v: int) -> bool:
    """`read` after a document is its speech verb (`the letter reads`, `the article read`)."""
    return toks[v].text in ("read", "reads") and v > 0 and toks[v - 1].low in DOCUMENTS


_GAP_WORDS = word_set(
    """in on at to during via with after before from for of a an the his her their its this
    that last next statement statements interview email e-mail tweet post posts message
    release speech conference press news rally call phone letter memo briefing hearing
    reporters journalists audience crowd supporters twitter facebook instagram television
    radio show appearance earlier later also then recently afterward afterwards again morning
    afternoon evening night week month year day ago weekend written emailed text remarks
    remark op-ed column blog video event meeting session testimony floor note simply once
    more recent separate brief prepared joint forum debate town hall interviews visit
    stop speaking stump campaign trail program broadcast podcast address addressing
    gathering luncheon dinner breakfast summit convention caucus hall room office house
    senate chamber outside inside near press-conference news conference sunday's followers it
    fans voters viewers listeners crowds attendees delegates members students"""
)


def gap_ok(toks: Sequence[Tok], verb: str = "said") -> bool:
    """Words between a speech verb and its quote that only say where, when, how or to whom
    (`said in a statement Tuesday`, `told reporters`, `wrote on Twitter that`, `told CNN`,
    `say, very clearly,`).

    Edge cases: a lower-case word outside the list (`said the plan was`) means a clause, so
    the quote is woven into it; a capitalised word right after `said` starts a clause too
    (`said Obama “understood…”`), unless it is a day or follows a preposition (`said on CNN`);
    after `told`/`asked` it is whom they spoke to; after `goes` only `on` may come between,
    and after `went` the words must start with `on`.
    """
    words = [t for t in toks if is_word(t)]
    if len(toks) > 24 or (verb in _BARE_VERBS and any(t.low != "on" for t in words)) or (
            verb == "went" and words and words[0].low != "on"):
        return False  # `she goes on: “…”`, `he went on, spreading…` speak; `Reagan went with…`
    in_phrase = False
    for k, t in enumerate(toks):
        if not is_word(t) or t.text.isdigit() or t.low in _ORDINALS:
            continue
        if t.text in PREPOSITIONS:
            in_phrase = True
            continue
        if t.text in _CLAUSE_WORDS and not (t.text == "that" and k == len(toks) - 1):
            return False
        if is_cap(t):
            if k == 0 and verb not in _OBJECT_VERBS and t.low not in CALENDAR_WORDS:
                return False
            continue
        if t.low not in _GAP_WORDS and not (in_phrase and _phrase_word(t)) and not (
                _manner_word(toks, k)):
            return False
    return True


def _manner_word(toks: Sequence[Tok], k: int) -> bool:
    """toks[k] says how the words were said, set off by commas (`say, very clearly, “…”`,
    `said, quietly, “…”`)."""
    t = toks[k]
    return (t.low.endswith("ly") or t.low in ("very", "quite", "so")) and toks[0].text == ","


_BARE_VERBS = word_set("goes")
"""Speech verbs only when the quote follows at once (`and he goes, “…”`, `she goes on: “…”`);
`went on` keeps its words (`he went on, spreading out the verses…, “…”`)."""


def _phrase_word(t: Tok) -> bool:
    """A word that can sit in a place-or-time phrase (`in an op-ed piece`), not a verb."""
    return t.text not in _AUXILIARIES and t.text not in SPEECH_VERBS and t.text.isalpha()


_OBJECT_VERBS = word_set(
    "told tells tell asked asks informed informs assured assures texted emailed")


_ORDINALS = word_set("first second third fourth fifth sixth 1st 2nd 3rd 4th")


def _soft_end(ctx: Context, k: int) -> bool:
    """The quote ends mid-sentence: `,”` `?”` `!”` `—”`, or a comma or dash after the marks."""
    if k == 1:
        return True
    inner = ctx.inner.rstrip(" \n”\"’'»_*")  # `…’Clinton,’ ”`: marks and spaces nest, and
    # a plain text's emphasis closes after them (`“_Stolen!_” the King exclaimed`)
    return ctx.quote.closed and inner[-1:] in (",", "?", "!", "—", "–", "-", "…")


def cue_after(ctx: Context, page: Page) -> Cue | None:
    """`“…,” Smith said.`, `“…,” said Smith, the senator.`, `“…,” she said, “…”`,
    `“…,” White House press secretary Jen Psaki told reporters.`

    Edge cases: the quote must end in `,` `?` `!` `—` (inside or just outside the marks) or the
    next words must be a short sentence of their own (`“….” Smith said.`), and then only a
    plain speech verb cues it (`“A white one.” Tom giggled.` is Tom laughing at it, and
    `Talks broke off` is nobody's cue) unless another line follows in the paragraph (`“It's
    nothing.” Yates smiled. “We're fine.”`); the verb must come
    within a short subject (an aside between commas allowed) that starts right after the quote;
    an old style sets an inverted cue off with a semicolon (`“No”; said Mr. Bumble`).
    """
    toks = _past_gloss(ctx, page) or ctx.right
    if not toks:
        return None
    voice = _voice_came_after(toks, page)
    if voice is not None:
        return voice
    k = _cue_start(toks, _verb_after_quote)
    soft = _soft_end(ctx, k)
    if not soft and not _short_tail(toks) and not _cue_clause(toks):
        return None
    loose = {t.start for v, t in enumerate(toks[:-1]) if _no_cue_verb(toks, v)}
    beat = soft or ctx.next is not None  # `“It's nothing.” Yates smiled. “We're fine.”`
    cue = _cue_after_tokens(toks, k, page, lambda t: (
        _verb_after_quote(t) if beat else is_speech_verb(t)) and t.start not in loose, beat)
    nxt = ctx.next
    if cue is None and nxt is not None and nxt.start < ctx.sentence[-1].end and n_words(
            page.text[nxt.start : nxt.end]) <= 3:
        # `“…,” Bill Eastland, wearing a cowboy hat and “Ted Cruz” pins, said`: a short quote
        # inside the cue does not end it
        cue = _cue_after_tokens(ctx.sentence[ctx.index + 1 :], k, page)
    return cue


def _voice_came_after(toks: Sequence[Tok], page: Page) -> Cue | None:
    """`“Conn, sonar,” came Dunleavy's voice, so quiet it was almost a breath.`: the one
    whose voice came right after the line."""
    if len(toks) < 4 or toks[0].low not in _COMES:
        return None
    m = _owner_at(toks[1:], page)
    voice = next((t for t in toks[2:5] if t.low == "voice"), None)
    return Cue(m, toks[0].start, voice.end, 0.9) if m is not None and voice is not None and (
        m.kind == "name") else None


def _past_gloss(ctx: Context, page: Page) -> list[Tok] | None:
    """The words after a translation in brackets right after the quote, to the end of their
    sentence (`“Huyu governor alijenga barabara zetu. Wacha wamuache amalize,” (This
    governor built our roads. Let them leave him to finish) said Samuel Kariuki Ndegwa`):
    the cue is there, whatever full stops the gloss holds; None with no such gloss."""
    if not ctx.right or ctx.right[0].text != "(":
        return None
    close = page.text.find(")", ctx.right[0].end, ctx.right[0].end + 300)
    if close < 0 or any(c in page.text[ctx.right[0].end : close] for c in "“”\"("):
        return None
    line = page.text.find("\n", close)
    hi = min(len(page.text) if line < 0 else line, close + 300)  # the paragraph's own words
    end = next(iter(sentence_ends(page.text, close + 1, hi)), hi)
    return [t for t in tokenize(page.text, close + 1, end) if t.text != QUOTE_TOKEN] or None


def _no_cue_verb(toks: Sequence[Tok], v: int) -> bool:
    """The verb at toks[v] (not the last) cues no line after a quote: an offering verb before
    a word of direction (`The boy ventured in.`), or `started`/`began` before a doing that is
    no speech (`Ada had started answering in proverbs`: a habit; see _reports_here), or
    `called` that names somebody brought in with `a` (`The sous, a Glaswegian called Dougie
    Rennick, was leaning…`)."""
    t = toks[v]
    if t.text in _OFFERING_VERBS:
        return toks[v + 1].text in _WHERE_TO
    if _names_somebody(toks, v):
        return True
    return t.low in ("started", "began") and not _reports_here(toks, v)


def _names_somebody(toks: Sequence[Tok], v: int) -> bool:
    """toks[v] is `called` or `named` that gives the name of somebody brought in with `a`
    (`a Glaswegian called Dougie Rennick`): no speech verb."""
    return toks[v].low in ("called", "named") and v + 1 < len(toks) and is_cap(
        toks[v + 1]) and any(x.low in ("a", "an") for x in toks[max(0, v - 3) : v])


def _cue_start(toks: Sequence[Tok], verb: Callable[[Tok], bool] | None = None) -> int:
    """Where a cue after a quote starts: after a comma or dash, or, given a verb test, after
    a semicolon when a cue verb comes right after it (`“No”; said Mr. Bumble`); else at the
    first word."""
    if toks[0].text in (",", "—", "–", "-") or (
            verb is not None and toks[0].text == ";" and len(toks) > 1 and verb(toks[1])):
        return 1
    return 0


def _verb_after_quote(t: Tok) -> bool:
    """A speech verb, or a verb that is one only right after a quote (`“…,” returned she`,
    `“…,” laughed Winterbourne`; `Smith returned to Ohio` is no cue)."""
    return is_speech_verb(t) or t.text in _STORY_VERBS or t.text in _OFFERING_VERBS


_STORY_VERBS = word_set(
    """returned resumed pursued laughed smiled giggled tittered sniffed snorted grunted wheezed
    whimpered wailed shrieked squealed screeched jeered taunted laughs smiles giggles sniffs
    snorts grunts wheezes whimpers wails shrieks squeals screeches squawked squawks hooted
    hoots chirped chirps squeaked squeaks read grinned grins deadpanned deadpans shrugged
    shrugs corrected corrects offered offers reckoned reckons""")
"""Verbs that cue a line only right after it (see _verb_after_quote): a sound anybody may make
(`Sirens wailed` is no cue), or a taunt that may name its words (`taunted the campaign for
“getting schooled”` is the narrator's)."""

_OFFERING_VERBS = word_set(
    """assented hazarded ventured remonstrated expostulated interposed persisted volunteered
    allowed owned averred vouchsafed""")
"""Verbs that say how a line was offered (`“…,” Winterbourne assented.`, `“Perhaps,” young
Thorley hazarded`, `“…,” he allowed;`): cues right after a line, but not before a word of
direction (`The boy ventured in.`, `Adele ventured into acting` say where somebody went)."""

_SOUND_CUES = _STORY_VERBS | _OFFERING_VERBS
"""Verbs that cue a line only right after it, both kinds (see rule_cue_after)."""

_WHERE_TO = word_set(
    """in into out on onto forth upon to off up down back across over through inside outside
    away forward along near towards toward further farther beyond""")


def _cue_after_tokens(toks: Sequence[Tok], k: int, page: Page,
                      verb: Callable[[Tok], bool] = is_speech_verb,
                      phrasal_ok: bool = True) -> Cue | None:
    """`said Smith` or `Smith, the senator, said` starting at toks[k]; `told Politico` names
    whom, never who; a verb with its particle (`she burst out`) only when phrasal_ok."""
    phrasal = phrasal_ok and _phrasal(toks, k, before=True)
    if k < len(toks) and (verb(toks[k]) or phrasal):
        if toks[k].low in _TOLD:
            return None
        m = subject_after(toks, k + 2 if phrasal else k + 1, page)
        return Cue(m, toks[k].start, m.end, 0.95) if m is not None else None
    for v in range(k + 1, min(len(toks), k + 30)):
        if toks[v].text in (".", ";", "!", "?", ":"):
            return None
        kept = _kept_saying(toks, v)
        if verb(toks[v]) or kept or _heard_saying_after(toks, v) or _document_reads(
                toks, v) or (phrasal_ok and _phrasal(toks, v)):
            if toks[v - 1].low in DETERMINERS:
                continue  # `one of the states suing the EPA`: a noun, not the verb
            m = subject_before(toks, v - 1 if kept else v, page)
            if m is not None and _only_qualifiers(toks, k, m.start):
                if toks[v].low in _QUOTING and _as_saying_after(toks, v):
                    return _quoted_one(toks, v, page)  # `IRNA quoted Rezaei as telling…`
                return Cue(m, m.start, toks[v].end, 0.95)
            return None
    return None


def _kept_saying(toks: Sequence[Tok], v: int) -> bool:
    """`“Mind the tin,” he kept saying.`: `kept` and `saying` or `asking` at toks[v], the
    words said over and over by the subject before it; or `is saying` (`“…,” Priya
    Vantongeren is saying.`, a podcast written up in the present). (`Mum was saying` is a cue
    too, but taking it sent the turns of the talk after it astray in an older review: not
    yet.)"""
    return v > 0 and toks[v].low in ("saying", "asking", "repeating") and (
        toks[v - 1].low in ("kept", "keeps") or (toks[v - 1].low == "is" and (
            toks[v].low == "saying")))


def _heard_saying_after(toks: Sequence[Tok], v: int) -> bool:
    """`saying` at toks[v] after a passive `heard` (`“You didn't have to do that, Ingrid,”
    Estrada could be heard saying.`, `…was overheard saying`): the subject spoke (see
    names._past_passive)."""
    return v > 1 and toks[v].low == "saying" and toks[v - 1].low in ("heard", "overheard") and (
        toks[v - 2].low in _BE)


def _as_saying_after(toks: Sequence[Tok], v: int) -> bool:
    """`as` and an -ing word follow the `quoted` at toks[v] within a dozen words (`IRNA
    quoted Rezaei as telling a meeting…`): the one quoted speaks (see _quoted_one); not
    the passive's (`Braynard is quoted as saying` is Braynard's)."""
    for k in range(v + 2, min(len(toks) - 1, v + 13)):
        if toks[k].text in (".", ";", QUOTE_TOKEN):
            return False
        if toks[k].low == "as" and toks[k + 1].low.endswith("ing"):
            return True
    return False


def _quoted_one(toks: Sequence[Tok], v: int, page: Page) -> Cue | None:
    """The one `quoted` at toks[v] names, as the cue (`IRNA quoted Rezaei as telling…`);
    nobody for a pronoun (`quoted him as saying`: see rule_participle)."""
    m = subject_after(toks, v + 1, page)
    if m is None or m.kind == "pronoun":
        return None
    return Cue(m, toks[v].start, m.end, 0.95)


_PHRASAL = {"put": ("in",), "broke": ("in", "off"), "chimed": ("in",), "cut": ("in",),
            "struck": ("in",), "burst": ("out",), "puts": ("in",), "breaks": ("in", "off"),
            "chimes": ("in",), "cuts": ("in",), "bursts": ("out",), "sang": ("out",),
            "sings": ("out",), "called": ("out",), "calls": ("out",), "cried": ("out",),
            "cries": ("out",), "piped": ("up",), "pipes": ("up",), "spoke": ("up",),
            "speaks": ("up",)}
"""Verbs that speak with their particle (`“…,” put in Cynthia`, `“…,” she burst out`, `“Since
her marriage, of course—” he broke off`, a profile's `“He’s not, actually,” Keane cuts in`,
`“Right full rudder, aye,” sang out the helmsman`)."""


def _phrasal(toks: Sequence[Tok], k: int, before: bool = False) -> bool:
    """toks[k] and the next word are a speech verb with its particle (see _PHRASAL); before
    the speaker's name a speaker follows (`put in Cynthia`), after it nothing but punctuation
    (`she burst out,`; not `John cut in half the loaf`)."""
    if k + 1 >= len(toks) or toks[k + 1].text not in _PHRASAL.get(toks[k].text, ()):
        return False
    return before or k + 2 >= len(toks) or not is_word(toks[k + 2])


_TOLD = _OBJECT_VERBS - word_set("asked asks")
"""Speech verbs whose next name is the one spoken to (`told Politico`); `asked Smith` after a
quote is still Smith asking."""
_CLAUSE_WORDS = word_set("and but or that which who when as if because while so")


def cue_sentence_tail(ctx: Context, page: Page) -> Cue | None:
    """A quote that opens a sentence the narrator completes, with the speaker named at the
    sentence's end: `“He can assert it, but it seems unlikely” that she wins, said Ann Roe.`,
    `“The politics are just so blatant” in the legislature, he said in an interview.`

    Edge cases: the quote must have MIN_FRAGMENT_WORDS words and nothing before it in its
    sentence; when it ends in `,` `?` `!` inside its marks (the American comma: `“…,” in the
    legislature, she said`) the continuation must be short and name nobody (`“…,” Mrs. Hale
    looked out at the one called Lett.` names nobody who spoke, see _SET_OFF_TAIL); the
    cue follows a comma after the continuation; what follows the cue is a short tail (`in
    an interview`) or an aside about the speaker (`, a pollster at…`), never a clause
    (`said that…`, `said the plan…`) or another speech verb.
    """
    toks = ctx.right
    if (ctx.words < MIN_FRAGMENT_WORDS or any(is_word(t) for t in ctx.left)
            or (ctx.prev is not None and ctx.prev.end > ctx.sentence[0].start)):
        return None
    set_off = ctx.inner.rstrip(" \n”\"’'»_*")[-1:] in (",", "?", "!")
    for c in range(len(toks) - 2, 0, -1):
        if toks[c].text != ",":
            continue
        cont = [t for t in toks[:c] if is_word(t)]
        if set_off and (len(cont) > _SET_OFF_TAIL or any(is_cap(t) for t in cont)):
            continue  # `“…,” Mrs. Braddocks looked out at … the one called Lett.`
        cue = _cue_after_tokens(toks, c + 1, page)
        if cue is None:
            continue
        rest = [t for t in toks if t.start >= cue.end]
        words = [t.low for t in rest if is_word(t)]
        if any(t.text == QUOTE_TOKEN or is_speech_verb(t) for t in rest):
            return None
        aside = len(rest) > 1 and rest[0].text == "," and (
            rest[1].low in _ASIDE_START or is_cap(rest[1]))
        if aside or not rest or rest[0].text in (".", "!", "?") or (
                len(words) <= 6 and rest[0].low in _TAIL_START and "that" not in words):
            return Cue(cue.mention, cue.start, cue.end, 0.85)
        return None
    return None


_SET_OFF_TAIL = 6
"""The most words a line ending in `,` `?` `!` may be continued by before its tail cue (`“…,”
since 1993, Mike Fenn said`)."""
_ASIDE_START = word_set("a an the who whose which one")
_TAIL_START = word_set("in on at during after before to from with while last this yesterday today")


def _only_qualifiers(toks: Sequence[Tok], k: int, start: int) -> bool:
    """Between the quote and the speaker's words there are at most nine words that can only
    qualify the name (`DoubleLine Capital portfolio manager Bonnie Baha said`, `Hunter’s chief
    of staff, Joe Kasper, told`), no clause (`stars an actor who says`)."""
    between = [t for t in toks[k:] if t.start < start]
    return len(between) <= 9 and all(_qualifier(t) or (
        t.low == "of" and n + 1 < len(between) and between[n + 1].low in OFFICE_OF)
        for n, t in enumerate(between))


def _qualifier(t: Tok) -> bool:
    """A word or mark that can stand in a description before a name (`his nephew`, `former
    George W. Bush speechwriter`, `Daily News opinion editor`, `co-Host`, the comma of an
    aside)."""
    if not is_word(t):
        return t.text not in _SET_OFF or t.text == ","
    w = t.text
    return is_cap(t) or w.isdigit() or any(p[:1].isupper() for p in w.split("-")) or (
        w.islower() and w not in _CLAUSE_WORDS and w not in _AUXILIARIES
        and w not in SPEECH_VERBS and w not in PREPOSITIONS)


def _cue_clause(toks: Sequence[Tok]) -> bool:
    """The words after the quote open with a short subject and a speech verb closed by a
    comma (`Smith tweeted, quoting a report…`, `Smith said, adding…`).

    Edge cases: at most four words before the verb, all capitalised (a name with its title);
    the verb must be followed by a comma, so `Smith said the plan…` is no cue clause.
    """
    for v in range(1, min(len(toks) - 1, 5)):
        if is_speech_verb(toks[v]):
            return toks[v + 1].text == "," and all(is_cap(t) for t in toks[:v])
    return False


def _short_tail(toks: Sequence[Tok]) -> bool:
    """The words after the quote are a short sentence of their own (`Smith said.`), or a short
    clause up to a semicolon (`“….” Alice said; but was dreadfully puzzled…`)."""
    semi = next((k for k, t in enumerate(toks) if t.text == ";"), len(toks))
    return 0 < sum(1 for t in toks[:semi] if is_word(t)) <= 10


def cue_before(ctx: Context, page: Page) -> Cue | None:
    """`Smith said: “…”`, `She told reporters, “…”`, `Psaki said in a statement, “…”`,
    `Smith said that “…”` (the fragment rule has already decided short ones).

    Edge cases: only place-and-time words may sit between the verb and the quote (gap_ok);
    the verb's subject is read backwards (asides, titles, pronouns).
    """
    return _cue_before_tokens(ctx.left, page)


_INVERTIBLE = word_set(
    """said says added adds wrote writes explained explains noted notes continued continues
    replied replies responded recalled declared insisted argued argues cried exclaimed
    observed remarked quipped joked countered interjected concluded stated states tweeted
    posted reported reports shouted whispered muttered murmured answered reacted
    remembered"""
)
"""Verbs that may come before their speaker (`said Smith, “…”`); `told`/`asked` never do
(`asked Smith` names who was asked)."""


def _cue_before_tokens(toks: Sequence[Tok], page: Page) -> Cue | None:
    end = len(toks)
    while end > 0 and not is_word(toks[end - 1]):
        end -= 1
    for v in range(max(0, end - 14), end):
        w = toks[v].text
        if toks[-1].text in (",", ":") and w.lower() in _INVERTIBLE and (
                v == 0 or (w.islower() and toks[v - 1].text in _SET_OFF)):
            m = subject_after(toks, v + 1, page)
            after = next((k for k in range(v + 1, len(toks)) if toks[k].start >= m.end),
                         len(toks)) if m is not None else end
            if m is not None and (m.end >= toks[end - 1].end or skip_aside(
                    toks, after) >= end) and not any(is_speech_verb(t) for t in toks[after:end]):
                return Cue(m, toks[v].start, m.end, 0.95)  # not `said Mom, at the same moment
                # Theo said, “…”`: the cue nearer the line is its own
    for v in range(end - 1, max(-1, end - 26), -1):
        t = toks[v]
        heard = _heard_saying(toks, v, page)
        if (is_speech_verb(t) and not _a_noun(toks, v)) or _document_reads(toks, v) or heard:
            if not gap_ok(toks[v + 1 : end], t.text) or _negated(toks, v):
                return None  # `He did not write, “…”`: words never said
            m = heard or _prompted(toks, v, page) or _cleft_before(toks, v, page) or (
                subject_before(toks, v, page))
            return Cue(m, m.start, t.end, 0.95) if m is not None else None
    return None


def _cleft_before(toks: Sequence[Tok], v: int, page: Page) -> Mention | None:
    """The name a cleft puts in focus as the subject of the speech verb at toks[v] (`He was
    in his shop…, and it was his wife Alys who came in from the street … and said, “…”`),
    or one that comes after its verb (`Inside, crouched over the body, was Dr Hilary Baird,
    the duty pathologist, who took the torch out long enough to say, “…”`): not the
    sentence's first subject. None when no `it was … NAME who` or `, was NAME who` comes
    before the verb in its sentence."""
    k = next((k for k in range(v - 1, 0, -1) if toks[k].low == "who" or toks[k].text in ".!?;"),
             0)
    end = k
    if k > 1 and toks[k].low == "who" and toks[k - 1].text == ",":
        end = next((n for n in range(k - 2, max(0, k - 8), -1) if toks[n].text == ","), 0)
    if end < 3 or toks[k].low != "who" or not is_cap(toks[end - 1]):
        return None
    r = run_start(toks, end - 1)
    w = next((w for w in range(r - 1, max(0, r - 4), -1) if toks[w].low == "was"), 0)
    if w < 1 or (toks[w - 1].low != "it" and toks[w - 1].text != ",") or not all(
            t.text.islower() for t in toks[w + 1 : r]):
        return None
    m = whole_name(toks, r, end, page)
    return m if m is not None and m.kind == "name" else None


def object_pronoun(word: str, start: int, end: int) -> Mention:
    """The he or she that `him`, `his` or `her` at start..end stands for (`heard him
    whisper`, `His note`, `By her own account`)."""
    g: Gender = "male" if word in ("him", "his") else "female"
    return Mention("pronoun", "he" if g == "male" else "she", start, end, gender=g)


def _heard_saying(toks: Sequence[Tok], v: int, page: Page) -> Mention | None:
    """The one heard saying the words, when toks[v] is a bare speech verb after `heard` and
    its object (`heard him whisper to the nurse, “…”`, `Ruth heard her mother mutter, “…”`):
    not the one who heard; a place after the object is no part of it (`I heard Mrs.
    Kessler in the stands say, very clearly, “…”`). A name as the object is left to
    subject_before (`heard Edwin say`)."""
    if toks[v].low not in _BARE_SPEECH or v < 2:
        return None
    p = next((k for k in range(v - 2, max(-1, v - 8), -1) if toks[k].low in _HEARD_SAY), None)
    if p is None:
        return None
    obj = toks[p + 1 : v]
    at = next((n for n, t in enumerate(obj) if n > 0 and t.low in ("in", "at", "on", "from")
               and all(x.text.islower() for x in obj[n:])), len(obj))
    if at < len(obj) and obj[at - 1].text[:1].isupper():
        obj = obj[:at]  # `Mrs. Kessler in the stands`
    if len(obj) == 1 and obj[0].low in ("him", "her"):
        return object_pronoun(obj[0].low, obj[0].start, obj[0].end)
    if all(t.text.islower() and is_word(t) for t in obj):
        m = role_back(toks, v - 1, page)
        return m if m is not None and m.kind == "role" and m.start == obj[0].start else None
    m = whole_name(toks, p + 1, p + 1 + len(obj), page)
    return m if m is not None and m.kind == "name" else None


_BARE_SPEECH = word_set(
    """say tell ask murmur whisper mutter mumble shout yell cry call scream answer reply add
    sigh hiss snap gasp exclaim sing remark announce declare insist""")
"""A speech verb in its bare form, after `heard` and who said it (see _heard_saying)."""
_HEARD_SAY = word_set("heard hear hears overheard overhear overhears")


def _prompted(toks: Sequence[Tok], v: int, page: Page) -> Mention | None:
    """The one a participle prompts to speak, named right before `to` and the speech verb at
    toks[v] (`Okafor said she could…, prompting Leckie to reply: “…”`): Leckie, not the
    sentence's subject."""
    if v < 3 or toks[v - 1].low != "to" or not is_cap(toks[v - 2]):
        return None
    i = run_start(toks, v - 2)
    if i == 0 or toks[i - 1].low not in _PROMPTING:
        return None
    return whole_name(toks, i, v - 1, page)


_PROMPTING = word_set("prompting prompted leading led forcing forced causing inviting")
"""Words by which a sentence hands the next words to somebody it names (see _prompted)."""


def _negated(toks: Sequence[Tok], v: int) -> bool:
    """The verb at toks[v] is negated (`did not write`, `never said`, `didn't say`)."""
    return any(_negative(t.low) for t in toks[max(0, v - 2) : v])


def _negative(w: str) -> bool:
    """`not`, `never` or a contraction with `not` (`didn't`)."""
    return w in ("not", "never") or negation(w)


def cue_label(ctx: Context, page: Page) -> Cue | None:
    """`Clinton: “…”` — a name and a colon, nothing else, before the quote (transcript style).

    Edge cases: role words may come before the name (`Former secretary of state Jane Roe:`);
    two names (`Smith and Jones:`) or any other word is no label, nor a word that names a
    thing (`Theme: “Winter Wonderland,” again.`, see _NOT_LABELS); the label must
    open its sentence, though an earlier sentence of the paragraph may hold a quote
    (`Clinton: “…” Bush: “…”`).
    """
    toks = list(ctx.left)
    while len(toks) > 2 and toks[-1].text == "*" and (toks[0].text == "*"):
        toks = toks[1:-1]  # `**Carvalho-Mendes:** “…”`: a label set in bold
    if len(toks) < 2 or toks[-1].text != ":" or QUOTE_TOKEN in (
            t.text for t in ctx.sentence[: ctx.index]):
        return None
    start = max((k + 1 for k, t in enumerate(toks) if t.text in ("-", "—", "–")), default=0)
    end = len(toks) - 1
    if toks[end - 1].text == ")":
        end = next((k for k in range(end - 1, start, -1) if toks[k].text == "("), end)
    m = whole_name(toks, start, end, page, firm=True) or _body_label(toks, start, end, page) or (
        _name_in_capitals(toks[start:end], page.text))
    if m is None and end > start and is_cap(toks[end - 1]):
        i = run_start(toks, end - 1)  # `Former secretary of state Hillary Rodham Clinton:`
        if i > start and len(role_words_back(toks, i)) == i - start:
            m = whole_name(toks, i, end, page)
    if m is None or (len(m.name) == 1 and m.name[0].lower() in _NOT_LABELS):
        return None  # `Theme: “Winter Wonderland,” again.`
    return Cue(m, m.start, toks[-1].end, 0.85)


def _name_in_capitals(toks: Sequence[Tok], text: str) -> Mention | None:
    """A label's name written in capitals, a transcript's way (`LUCÍA VASQUEZ-MORENO:`,
    `FERRANTE-OBI:`): the name as if written in the usual case, at the label's place, when
    the text names somebody so (not `THE CROWD:`)."""
    if not toks or not all(is_word(t) and t.text.isupper() and len(t.text) > 1 for t in toks):
        return None
    words = " ".join("-".join(p.capitalize() for p in t.text.split("-")) for t in toks)
    if not re.search(rf"\b{re.escape(words)}\b", text):
        return None
    page = make_page(words)
    m = whole_name(tokenize(words, 0, len(words)), 0, len(toks), page, firm=True)
    return None if m is None or m.kind != "name" else replace(
        m, start=toks[0].start, end=toks[-1].end)


def _body_label(toks: Sequence[Tok], start: int, end: int, page: Page) -> Mention | None:
    """An organisation's name of two words or more as a label, all of toks[start:end]
    (`Council of Plastics Producers (industry group): “…”`; see cue_label)."""
    if end - start < 2 or run_end(toks, start) != end:
        return None
    m = name_mention(toks, start, end, page)
    return m if m is not None and m.kind == "org" and len(m.name) > 1 else None


_NOT_LABELS = word_set("""theme note notes update location venue time date subject motto slogan
    title verdict tip tips warning reminder answer question result score summary topic
    message caption headline quote password menu dress moral lesson epigraph inscription
    sign label""")
"""Words before a colon that introduce a thing, not a speaker (`Theme: “…”`)."""

_CREDIT_DASHES = ("―", "—", "–", "-")


def cue_credit(toks: list[Tok] | None, page: Page) -> Cue | None:
    """`“…” ― Krystal Correa`, `“…” — Sen. Ann Roe, D-Ohio`: a pull quote or epigraph credited
    after a dash, the way readers' letters, vox pops and epigraphs are printed; toks are the
    credit's words after the dash (see _credit and _credit_below).

    Edge cases: the quote must open its sentence and end it; a dash then exactly one name
    follow, then nothing, a full stop, or a comma and a description without a speech verb or
    another quote (`― Ann Roe, 34, Ohio`); a reader's `— submitted by Ann Roe`. A dash then
    another lower-case word is the narrator going on (`“…” — a claim he denies`).
    """
    if toks is None:
        return None
    by = 2 if len(toks) > 2 and toks[0].low == "submitted" and toks[1].low == "by" else 0
    toks = toks[by:]  # `“…” — submitted by Olumide Bankole-Hart, who says…`
    end = run_end(toks, 0)
    m = whole_name(toks, 0, end, page)
    if m is None:
        return None
    rest = toks[end:]
    if (rest and rest[0].text not in (",", ".", "(")) or any(
            t.text == QUOTE_TOKEN for t in rest) or any(is_speech_verb(t) for t in rest[
                :_who_clause(rest)]):
        return None  # what a `, who says…` clause says of the person is no cue
    return Cue(m, toks[0].start, m.end, 0.9)


def _credit(ctx: Context, doc: Doc) -> list[Tok] | None:
    """The words of a dash credit after a quote that opens its sentence, or follows a label in
    capitals (`― Ann Roe, 34`, `— a reader`, `THE CLAIM: “…” — Gov. Rick Danvers`), when
    they are all that follows in the paragraph: at most twelve words, no speech verb, no
    quote."""
    if _opens_sentence(ctx):
        return _credit_words(ctx, ctx.right)
    if _after_caps_label(ctx):
        return _credit_words(ctx, ctx.right or _next_sentence(doc, ctx.quote, ctx.next))
    return None


def _after_caps_label(ctx: Context) -> bool:
    """The quote follows a label in capitals and a colon that open the paragraph's sentence
    (`THE CLAIM: “…” — Gov. Rick Danvers`, a fact-check's heading for the claim)."""
    words = [t for t in ctx.left if is_word(t)]
    return bool(words) and ctx.left[-1].text == ":" and len(words) <= 4 and all(
        t.text.isupper() and len(t.text) > 1 for t in words)


def _credit_below(ctx: Context, st: State) -> list[Tok] | None:
    """The words of a credit line that makes the whole next paragraph (a fact-check lists
    each claim, then `- Bernie Sanders.` under it), when the quote is its paragraph, alone."""
    q = ctx.quote
    hi = st.doc.bounds[q.block][1]
    if ctx.right or not _paragraph_opener(ctx, st) or st.doc.text[q.end : hi].strip(" .") or (
            q.block + 1 >= len(st.doc.bounds)):
        return None
    return _credit_words(ctx, st.doc.narration_tokens(*st.doc.bounds[q.block + 1]))


def _credit_words(ctx: Context, toks: list[Tok]) -> list[Tok] | None:
    """toks, a dash and a credit's words, without the dash (see _credit)."""
    if not toks or toks[0].text not in _CREDIT_DASHES:
        return None
    k = 1
    while k < len(toks) and toks[k].text in _CREDIT_DASHES:
        k += 1
    words = [t for t in toks[k:] if is_word(t)]
    if not words or len(words) > 12 or (
            ctx.next is not None and ctx.next.block == ctx.quote.block):
        return None
    if any(t.text == QUOTE_TOKEN for t in toks) or any(
            is_speech_verb(t) for t in toks[: _who_clause(toks)]):
        return None
    return toks[k:]


def _who_clause(toks: Sequence[Tok]) -> int:
    """Where a `, who` clause opens in a credit's words (`— Ann Roe, who says the driver was
    her grandmother`: what it says of her is no cue), else their end."""
    return next((n for n in range(1, len(toks)) if toks[n].low == "who" and toks[
        n - 1].text == ","), len(toks))


def cue_participle(ctx: Context, page: Page) -> Cue | None:
    """`Trump replied on Twitter, saying: “…”`, `…, telling Reuters, “…”`: the speaker is the
    sentence's subject.

    Edge cases: the participle must be the last verb before the quote (only gap words
    between, or a short reported clause: see _reported_clause); the subject must come before
    it and not be the object of a preposition; after `with Name -ing`, that name (see
    _with_subject); right after `, X said,` X (see _said_before); in a sentence that opens
    with a quote, the one its cue names (`“…,” said Smith, adding “…”`); `calling` with an
    object between is a naming (`calling it “a failure”`), no cue.
    """
    toks = ctx.sentence
    q = ctx.index
    end = q
    while end > 0 and not is_word(toks[end - 1]):
        end -= 1
    for v in range(end - 1, max(-1, end - 26), -1):
        if toks[v].text in PARTICIPLE_VERBS:
            gap = toks[v + 1 : end]
            if not gap_ok(gap) and not _reported_clause(gap, toks[v].text):
                return None
            if toks[v].text == "calling" and any(is_word(t) for t in gap):
                return None  # `calling it “surveillance…”` names a thing, says nothing
            if _with_someone(toks, v):
                return None  # `…jailed, with a judge saying attacks “strike at…”`
            k = _quoted_as(toks, v)
            heard = v >= 2 and toks[v - 1].low in ("heard", "overheard")
            m = subject_after(toks, k + 1, page) if k is not None else subject_before(
                toks, v, page) if heard else (  # `while a Congress member was heard saying`
                _recalled(toks, v, page) or _with_subject(toks, v, page)
                or _gerund_owner(toks, v, page) or _said_before(toks, v, page)
                or main_subject(toks, v, page) or _cue_after_quote(toks, v, page))
            return Cue(m, m.start, toks[v].end, 0.85) if m is not None else None
        if toks[v].text == QUOTE_TOKEN:
            return None
    return None


def _gerund_owner(toks: Sequence[Tok], v: int, page: Page) -> Mention | None:
    """`never did she go without Mr. Woodhouse's giving a gentle sigh, and saying, “…”`: the
    name whose possessive owns an -ing word before the participle at toks[v], joined to it
    by `and`, within ten words, is that participle's subject, not the sentence's (but
    `Sanders slammed Clinton's handling of Libya, saying` is Sanders's)."""
    if v < 1 or toks[v - 1].low != "and":
        return None
    for k in range(v - 2, max(-1, v - 12), -1):
        if toks[k].text == QUOTE_TOKEN:
            return None
        if possessive_at(toks, k) and toks[k + 1].text.islower() and toks[k + 1].text.endswith(
                "ing"):
            i = run_start(toks, k)
            m = name_mention([*toks[i:k], owner_of(toks[k])], 0, k - i + 1, page)
            return m if m is not None and m.kind == "name" and not m.weak else None
    return None


def _quoted_as(toks: Sequence[Tok], v: int) -> int | None:
    """Where `quoted` or `cited` stands before the `as saying` at toks[v] (`State news agency
    KCNA quoted Kim Yo Jong, the leader's sister, as saying: “…”`): the one quoted, the
    verb's object, speaks, not the subject (`quoted her as saying` gives no one: see
    rule_participle)."""
    if v < 3 or toks[v - 1].low != "as":
        return None
    for k in range(v - 2, max(-1, v - 21), -1):
        if toks[k].low in _QUOTING:
            return k
        if toks[k].text == QUOTE_TOKEN:
            break
    return None


_QUOTING = word_set("quoted cited quoting citing")


def _said_before(toks: Sequence[Tok], v: int, page: Page) -> Mention | None:
    """`Ryan and Trump will meet next week, Spicer said, adding, “…”`: a participle right after
    `, X said,` continues X's words, whoever opened the sentence."""
    if v < 3 or toks[v - 1].text != "," or not is_speech_verb(toks[v - 2]):
        return None
    m = subject_before(toks, v - 2, page)
    return m if m is not None and m.kind in ("name", "pronoun") and not m.weak else None


def _with_subject(toks: Sequence[Tok], v: int, page: Page, own: bool = False
                  ) -> Mention | None:
    """`…, with Donald Trump tweeting that … and asking, “…”`, `with Trump reportedly yelling:
    “…”`: the name after `with` is the subject of the participles that follow it (adverbs may
    come between; the nearest `with` before toks[v], in the same clause: no sentence mark
    between, nor a quote of more than three words). With own, toks[v] must be that name's
    own participle (`with Gorka noting`), not one after it (`Mayor Ann Roe, with Gov. Tom
    Hale standing beside her, opened the session, describing…` is the mayor's)."""
    for k in range(v - 1, max(-1, v - 30), -1):
        t = toks[k]
        if t.text in (".", ";", ":") or (
                t.text == QUOTE_TOKEN and n_words(page.text[t.start : t.end]) > 3):
            return None
        if t.low == "with" and k + 1 < v and is_cap(toks[k + 1]) and is_word(toks[k + 1]):
            j = run_end(toks, k + 1)
            ing = j
            while ing < v and is_adverb(toks[ing]):
                ing += 1  # `with Trump reportedly yelling`
            if (ing == v or (ing < v and not own)) and toks[ing].text.endswith(
                    "ing") and toks[ing].text.islower():
                m = name_mention(toks, k + 1, j, page, ())
                return m if m is not None and m.kind in ("name", "org") else None
            return None
    return None


def _participle_cue(toks: Sequence[Tok], v: int, page: Page) -> tuple[bool, Cue | None]:
    """For cue_in_sentence, the participle at toks[v] (`…, saying the plan was “…”`): whether
    it decides, and the cue: its own subject after `with`, the one quoted after `quoted X as
    saying` (nobody known for a `him`), else the sentence's; nobody after `with` and
    somebody unnamed (`with a judge describing her offending as “…”`)."""
    if _with_someone(toks, v):
        return True, None
    k = _quoted_as(toks, v)
    if k is not None:  # `The newspaper quoted an engineer, Carlos Mendonca, as saying the
        m = subject_after(toks, k + 1, page)  # line had “…”`: the one quoted, not the paper
        return True, (Cue(m, m.start, toks[v].end, 0.8) if m is not None and (
            m.kind != "pronoun") else None)
    m = _recalled(toks, v, page) or _with_subject(toks, v, page, own=True) or _clause_subject(
        toks, v, page) or main_subject(toks, v, page)
    if m is not None and m.kind in ("name", "pronoun", "role"):
        return True, Cue(m, m.start, toks[v].end, 0.8)
    return False, None


def _clause_subject(toks: Sequence[Tok], v: int, page: Page) -> Mention | None:
    """The subject of the last clause a `while`, `whereas` or `, but` opens before the
    participle at toks[v] (`Owen Marsh praised the film as “…,” while Lena Park was more
    skeptical, calling it “…”`): hers, not the sentence's first subject's."""
    c = max((k for k in range(v) if toks[k].low in ("while", "whereas") or (
        toks[k].low == "but" and k > 0 and toks[k - 1].text == ",")), default=-1)
    if c < 0:
        return None
    m = main_subject(toks[c + 1 : v], v - c - 1, page)
    return m if m is not None and m.kind == "name" else None


def _recalled(toks: Sequence[Tok], v: int, page: Page) -> Mention | None:
    """`he recalls Moreau-Adeyemi telling him, “…”`: the one remembered speaking, a name
    between a verb of remembering and the participle at toks[v], or a him or her (`recalled
    him telling her: “…”`), the man or woman it means."""
    if v >= 2 and toks[v - 1].low in ("him", "her") and toks[v - 2].low in _RECALLING:
        t = toks[v - 1]  # `recalled him telling her on her first day: “…”`: his
        return Mention("pronoun", "he" if t.low == "him" else "she", t.start, t.end, (), (),
                       "male" if t.low == "him" else "female")
    if v < 2 or not (is_cap(toks[v - 1]) and is_word(toks[v - 1])):
        return None
    i = run_start(toks, v - 1)
    if i < 1 or toks[i - 1].low not in _RECALLING:
        return None
    m = name_mention(toks, i, v, page, ())
    return m if m is not None and m.kind == "name" else None


_RECALLING = word_set("recalls recalled remembers remembered recall remember recalling")
"""Verbs of remembering somebody saying something (see _recalled)."""


def _with_someone(toks: Sequence[Tok], v: int) -> bool:
    """The participle at toks[v] has its own subject that nobody named: `with` and a phrase
    a determiner opens, right before it (`…has been jailed, with a judge describing her
    offending as “…”`): not the sentence's subject's words."""
    for k in range(v - 1, max(-1, v - 6), -1):
        if not (is_word(toks[k]) and toks[k].text.islower()):
            return False
        if toks[k].low == "with":
            return k + 2 < v and toks[k + 1].low in ("a", "an", "the", "one", "another")
    return False


def _reported_clause(gap: Sequence[Tok], verb: str) -> bool:
    """Two to eight words of a clause the quote completes, opened by `that`, a subject
    pronoun, or a name after a verb that reports a clause (`saying that Murphy owes “…”`,
    `saying Murphy owes “…”`, but `telling American University's class, “…”` names whom),
    with no speech verb of its own (`saying Smith called it “…”` is Smith's words)."""
    return 1 < len(gap) <= 8 and (gap[0].text in _CLAUSE_OPENERS or (
        is_cap(gap[0]) and is_word(gap[0]) and verb in _CLAUSE_PARTICIPLES)) and not any(
        t.text in SPEECH_VERBS or t.text in FRAGMENT_VERBS or t.text == QUOTE_TOKEN for t in gap)


_CLAUSE_PARTICIPLES = word_set(
    """saying adding writing noting arguing explaining declaring insisting warning stating
    claiming complaining predicting suggesting acknowledging conceding boasting recalling
    concluding joking stressing emphasizing countering lamenting promising vowing admitting
    tweeting posting""")
"""`-ing` forms that report a clause, not an object (`saying Murphy owes “…”`)."""
_CLAUSE_OPENERS = word_set("that he she they it we I")
"""Words that open a reported clause (`saying that…`, `saying he would…`); `calling them “…”`
names a thing, it reports nothing."""


def _cue_after_quote(toks: Sequence[Tok], v: int, page: Page) -> Mention | None:
    """The speaker a sentence's earlier quote names, for a participle after it: `“…,” said
    Rep. Bobby Scott (D-Va.) at the time, adding that “…”`; only place-and-time words may
    come between that cue and the participle."""
    k = max((k for k in range(v) if toks[k].text == QUOTE_TOKEN), default=-1)
    if k < 0:
        return None
    rest = toks[k + 1 : v]
    cue = _cue_after_tokens(rest, 1 if rest and rest[0].text in (",", "—", "–", "-") else 0,
                            page)
    if cue is None or not gap_ok([t for t in rest if t.start >= cue.end]):
        return None  # `“…” sighed the Lory; and an old Crab took the chance of saying “…”`
    return cue.mention


def cue_according(ctx: Context, page: Page) -> Cue | None:
    """`According to Smith, “…”`, `“…,” according to Smith.`, anywhere in the sentence.

    Edge cases: `according to a report` names a document, not a speaker (no person: None);
    `according to the ministry` is the organisation.
    """
    toks = ctx.sentence
    for k in range(len(toks) - 2):
        if toks[k].low == "according" and toks[k + 1].low == "to":
            m = subject_after(toks, k + 2, page)
            if m is not None and m.kind != "pronoun":
                return Cue(m, toks[k].start, m.end, 0.9)
    return None


def cue_in_sentence(ctx: Context, page: Page) -> Cue | None:
    """A quote woven into a sentence whose speaker is the verb's subject: `Smith said the plan
    was “…”`, `Smith called it “…”`, `The deal is “…” and must end, Smith said.`

    Edge cases: the nearest verb before the quote wins (`Smith said Jones called it “…”` is
    Jones's), and an inverted `, says Smith,` set off by commas is Smith's; a sentence-final
    `, Smith said.` or `, said Ohio professor Paul Beck.` after the quote counts; a quote
    between the verb and this one does not stop the search (both are that verb's words); an
    `-ing` form (`saying that …`) belongs to the sentence's subject, or to the name after
    `with` (`…, with Gorka noting the absurdity of “…”`, see _with_subject); a passive verb (`Smith
    was asked by the host “…”`) stops the search, the narrator keeps the quote; `goes` and
    `went` count only as `goes on to` and `went on` (see _reports_here); an `as X noted`
    aside credits a remark and says nothing (see _as_aside); an earlier quote followed by a
    new clause (`Mosman called “distasteful,” Santilli expressed…`) ends the search, and so
    does an opening clause (`When Trump suggested …, Rubio fired back: “…”`: its verb is
    not the quote's); `X's voice` before the quote is X's (`then Tamsin's voice somewhere in
    it, hoarse and enormous: “…”`).
    """
    toks, q = ctx.sentence, ctx.index
    main = opening_clause_end(toks, 0, q, page)
    for v in range(q - 1, -1, -1):
        t = toks[v]
        inverted = _inverted_aside(toks, v, q, page)
        if inverted is not None:
            return inverted
        if t.text == QUOTE_TOKEN and _new_clause_after(toks, v, page):
            return None  # `in a clip that Mosman called “distasteful,” Santilli expressed…`
        if v < main or (t.low in _QUOTING and _as_saying(toks, v, q)):
            return None  # `When Trump suggested …, Rubio fired back: “…”`; `The Gazette
            # quoted her at the time as saying: “…”`: hers, not the paper's (see _quoted_as)
        if t.low == "voice" and v > 0 and possessive_at(toks, v - 1) and is_cap(toks[v - 1]):
            return _voice_cue(toks, v, q, page)  # `then Tamsin's voice somewhere in it: “…”`
        if ((t.text in SPEECH_VERBS and _reports_here(toks, v)) or t.text in FRAGMENT_VERBS) and (
                not _reduced_passive(toks, v)) and not (  # not `a woman accused of…`
                v > 0 and reporting_aside(toks, v - 1, q)) and (  # `One, she recalled, … asked,
                not _in_who_aside(toks, v, q)):  # “…”`
            if _passive(toks, v) or _as_aside(toks, v) or _negated(toks, v):
                return _passive_agent(toks, v, q, page)  # `He did not write, “…”`: words
                # never said; `Smith was asked by the host, “…”`: the host's
            m = subject_before(toks, v, page)
            if m is not None and m.kind == "pronoun":
                m = _reported_by_name(toks, v, m, page) or m
            if m is not None:
                return Cue(m, m.start, t.end, 0.85)
        if t.text in PARTICIPLE_VERBS:
            decided, cue = _participle_cue(toks, v, page)
            if decided:
                return cue
    words = [k for k in range(q + 1, len(toks)) if toks[k].text not in (".", "!", "?")]
    if len(words) >= 2 and is_speech_verb(toks[words[-1]]):
        v = words[-1]
        m = subject_before(toks, v, page)
        if m is not None and m.start > toks[q].start:
            k = next(i for i in range(v, -1, -1) if toks[i].start <= m.start)
            if k > 0 and toks[k - 1].text in (",", "—", "–"):
                return Cue(m, m.start, toks[v].end, 0.85)
    tail = cue_inverted_tail(toks[q + 1 :], page) if len(words) >= 3 else None
    return tail if tail is not None and tail.start > toks[q].start else None


def _in_who_aside(toks: Sequence[Tok], v: int, q: int) -> bool:
    """The verb at toks[v] is in a `who` aside set off by commas that closes before the quote
    at toks[q] (`Bella, who has heard Anton Gruber say a great many things over seven series,
    turns to camera two … and mouths, “Wow.”`): the aside's words, not the quote's cue."""
    w = next((k for k in range(v - 1, max(-1, v - 12), -1)
              if toks[k].low == "who" or toks[k].text in ",.;:"), -1)
    if w < 1 or toks[w].low != "who" or toks[w - 1].text != ",":
        return False
    c = next((k for k in range(v + 1, q) if toks[k].text == ","), q)
    return c < q - 1 and toks[c + 1].text.islower() and is_word(toks[c + 1]) and (
        toks[c + 1].text not in SPEECH_VERBS)


def _as_saying(toks: Sequence[Tok], v: int, q: int) -> bool:
    """The quoting verb at toks[v] has its `as saying` before the quote at toks[q] (`quoted
    her at the time as saying: “…”`; see _quoted_as)."""
    return any(toks[k].low.endswith("ing") and _quoted_as(toks, k) == v
               for k in range(v + 2, min(q, v + 13)))


def _new_clause_after(toks: Sequence[Tok], v: int, page: Page) -> bool:
    """The quote at toks[v] ends with a comma and a new clause starts after it: a name and
    its verb (`Mosman called “distasteful,” Santilli expressed…`): what comes after is not
    the words of a verb before that quote."""
    k = v + 1
    if k < len(toks) and toks[k].text == ",":
        k += 1
    elif not page.text[toks[v].start : toks[v].end].rstrip("”\"’' ").endswith(","):
        return False
    if k >= len(toks) or not (is_cap(toks[k]) and is_word(toks[k])):
        return False
    j = run_end(toks, k)
    m = name_mention(toks, k, j, page)
    return m is not None and m.kind == "name" and _verb_like(toks, j)


def _as_aside(toks: Sequence[Tok], v: int) -> bool:
    """The verb at toks[v] sits in an `as X noted` aside (`which — as Chait noted — promises
    “…”`): it credits a remark, it does not say the quote."""
    k = v - 1
    while k >= 0 and (is_cap(toks[k]) or toks[k].low in ROLE_NOUNS or toks[k].low in TITLES
                      or is_adverb(toks[k])) and v - k < 8:
        k -= 1
    return 0 < k < v - 1 and toks[k].low == "as" and toks[k - 1].text in (",", "—", "–", "(")


def _inverted_aside(toks: Sequence[Tok], v: int, q: int, page: Page) -> Cue | None:
    """`The paradox of Nancy, says Carl Anthony, a historian, is that she was “…”`: an
    inverted verb and its named speaker set off by commas inside the narration (toks[v] is
    the verb, toks[q] the quote)."""
    if not (v > 0 and toks[v].text in _INVERTIBLE and toks[v - 1].text == ","):
        return None
    m = subject_after(toks, v + 1, page)
    if m is None or m.kind != "name":
        return None
    after = next((k for k in range(v + 1, q) if toks[k].start >= m.end), q)
    if after >= q or toks[after].text != ",":
        return None  # `…, says Smith` must be set off on both sides
    return Cue(m, toks[v].start, m.end, 0.85)


def _reports_here(toks: Sequence[Tok], v: int) -> bool:
    """The speech verb at toks[v] reports words in a woven sentence: `goes` only as `goes on
    to`, `went` only as `went on` (`Reagan went with a willingness “…”` reports nothing),
    `started` or `began` not before a doing that is no speech (`started driving so
    erratically, that I had to change my answer: “…”`)."""
    nxt = toks[v + 1].low if v + 1 < len(toks) else ""
    if toks[v].low in _BARE_VERBS:
        return nxt == "on" and v + 2 < len(toks) and toks[v + 2].low == "to"
    if toks[v].low in ("started", "began") and nxt.endswith("ing"):
        return nxt in _SPEAKING
    return toks[v].low != "went" or nxt == "on"


_SPEAKING = word_set("saying telling asking shouting yelling crying singing talking reading")
"""What `started` or `began` may go on with and still report a line (see _reports_here)."""


_BE = word_set("is was were are be been being")


def _passive(toks: Sequence[Tok], v: int) -> bool:
    """`Smith was asked by the host “…”`: the subject of a passive verb did not say it."""
    k = v - 1
    while k >= 0 and is_adverb(toks[k]):
        k -= 1
    return k >= 0 and toks[k].low in _BE and toks[v].text.endswith("ed")


_NOT_AGENT = frozenset({"whether", "if", "why", "how", "what", "when", "where", "and", "or",
                        "that", "who"})
"""Words after `asked by` that open what was asked, not who asked (see _passive_agent)."""


def _passive_agent(toks: Sequence[Tok], v: int, q: int, page: Page) -> Cue | None:
    """`Sanders was asked by host Bill Maher, “…?”`: the one named after `by` says the line
    that follows the passive verb's by-phrase (a comma or colon, at most an aside between);
    otherwise the narrator keeps it (`Smith was asked by reporters about “…”`)."""
    if not _passive(toks, v) or v + 2 >= q or toks[v + 1].low != "by":
        return None
    i = v + 2
    while i < min(q, v + 6) and toks[i].text.islower() and is_word(toks[i]) and (
            toks[i].low not in PREPOSITIONS and toks[i].low not in _NOT_AGENT):
        i += 1  # `by radio host`, `by the moderator`
    if i >= q or not is_cap(toks[i]):
        return None
    j = run_end(toks, i)
    m = name_mention(toks, i, j, page, role_words_back(toks, i))
    after = skip_aside(toks, j)  # an aside's closing comma is the one before the quote
    if m is None or m.kind != "name" or not (after == q > j or (
            after + 1 == q and toks[after].text in (",", ":"))):
        return None
    return Cue(m, toks[v].start, m.end, 0.8)


def _voice_cue(toks: Sequence[Tok], v: int, q: int, page: Page) -> Cue | None:
    """`Tamsin's voice` at toks[v - 1 : v + 1]: Tamsin's line at toks[q] (see
    cue_in_sentence), when no other line comes between (`the Rabbit's voice--“Catch him!”
    then… another confusion of voices--“…”` is not the Rabbit's)."""
    if any(t.text == QUOTE_TOKEN for t in toks[v + 1 : q]):
        return None
    i = run_start(toks, v - 1)
    m = name_mention([*toks[i : v - 1], owner_of(toks[v - 1])], 0, v - i, page)
    if m is None or m.kind != "name":
        return None
    return Cue(m, m.start, toks[v].end, 0.8)


def _reduced_passive(toks: Sequence[Tok], v: int) -> bool:
    """The verb at toks[v] only describes the noun before it (`a woman accused of…`,
    `those suspected of…`): a passive with no `was`, no speech of anybody's in this sentence
    (not `by`: `A Chinese official responded by saying…` is the official's); `called` that
    names the noun before it (`a young man called Ashraf`)."""
    if not (v > 0 and toks[v].text.endswith("ed") and v + 1 < len(toks) and toks[
            v - 1].text.isalpha() and toks[v - 1].text.islower() and pronoun_mention(
            toks[v - 1]) is None and toks[v - 1].low not in _BE):
        return False
    return toks[v + 1].low == "of" or (toks[v].low == "called" and is_cap(toks[v + 1]) and (
        is_word(toks[v + 1])) and person_noun(toks[v - 1]))


def _reported_by_name(toks: Sequence[Tok], v: int, m: Mention, page: Page) -> Mention | None:
    """`Smith said she thinks the plan is “…”`: a he/she subject of the verb at toks[v] is
    the named person whose speech verb earlier in the same sentence reports it.

    Edge cases: the name's known gender must agree with the pronoun; only the nearest earlier
    speech verb counts, and only when its subject is a name (`Smith told Jones he…` stays
    with the pronoun's own resolution when the subject is not a name).
    """
    for u in range(v - 1, -1, -1):
        if toks[u].text == QUOTE_TOKEN:
            return None
        if toks[u].text in SPEECH_VERBS:
            s = subject_before(toks, u, page)
            if s is None or s.kind != "name" or s.gender not in ("unknown", m.gender):
                return None
            return s
    return None


def cue_subject(ctx: Context, page: Page) -> Cue | None:
    """A long woven quote in a sentence whose subject is a person: `Smith thanked Obama for
    “…”`, `Huckabee is labeling it “…”` (the subject's words, with lower confidence).

    Edge cases: organisations and roles are not enough here; a pronoun subject is resolved as
    usual; a quote before the subject ends the search.
    """
    toks = ctx.sentence
    m = main_subject(toks, ctx.index, page)
    if m is None or m.kind not in ("name", "pronoun") or m.weak:
        return None
    if _reported_subject(toks, next(k for k, t in enumerate(toks) if t.start >= m.start)):
        return None  # `The magazine…, arguing he is “…”`: the subject of what is reported
    after = skip_aside(toks, next((k for k, t in enumerate(toks) if t.start >= m.end), len(toks)))
    if not _verb_like(toks, after) or (after < len(toks) and _as_aside(toks, after)):
        return None  # `…, which — as columnist Chait noted — promises “…”`
    k = after
    while k < ctx.index:
        t = toks[k]
        if is_cap(t) and is_word(t) and not after_preposition(toks, k) and (
                t.low not in CALENDAR_WORDS):  # `released a statement Thursday condemning`
            j = run_end(toks, k)
            other = name_mention(toks, k, j, page)
            if (other is None and j - k == 1 and t.low in PLACES) or (
                    other is not None and other.kind == "name"
                    and toks[k - 1].low in _OBJECT_VERBS):
                k = j  # `to demand wealthy Americans “…”`: a people is nobody's voice; `told
                continue  # Bill O'Reilly of Fox News, that “…”`: whom the subject told
            if other is None or other.kind != "org" or possessive_at(toks, j - 1):
                return None  # `He cited Smith’s remark that “…”`: maybe Smith's words
            k = j
            continue
        k += 1
    return Cue(m, m.start, m.end, 0.75)


def _reported_subject(toks: Sequence[Tok], k: int) -> bool:
    """toks[k] opens a clause that a participle or `that` reports (`…, arguing he is`,
    `warned that Smith is`), not `After that she is…`."""
    if k == 0:
        return False
    before = toks[k - 1].low
    return before in PARTICIPLE_VERBS or (before == "that" and not (
        k > 1 and toks[k - 2].low in PREPOSITIONS))


# --------------------------------------------------------------------------------------------
# Rules, in the order they are tried
# --------------------------------------------------------------------------------------------

Rule = Callable[[Context, State], "Decision | None"]


def _decide(cue: Cue | None, ctx: Context, st: State, rule: str) -> Decision | None:
    """The decision a cue leads to: its mention resolved to an entity, or the narrator."""
    if cue is None:
        return None
    m = cue.mention
    key, conf = st.resolve(m, m.start)
    words = st.doc.text[cue.start : cue.end]
    if rule == "after" and m.kind == "pronoun" and st.doc.dialogue and key is not None and (
            st.people.current(key) in st.calls(ctx.quote, set_off=True) | st.rank_addressed(
                ctx.quote)) and not (
                _NAME_OPENS_LINE.match(st.doc.text, ctx.quote.start)):
        key, conf = _the_other_one(st, key, m, ctx.quote)  # `Mrs. Gill came in…, and behind
        # her Florrie Bates, the maid,…` / `“…, Mrs. Gill,” she said`: Florrie's
    if key is None or (m.kind == "pronoun" and (
            _answers_self(key, words, ctx, st) or _told_to(key, cue, st)
            or st.people.current(key) in st.talked_of(ctx.quote))) or (
                m.kind == "role" and _role_talked_of(key, m, ctx, st)):
        return Decision(None, 0.6, words, rule + ":unresolved")
    if conf * cue.confidence >= VOICE_THRESHOLD:
        # only a sure cue names its speaker: an unsure `the MP declared` is no other name
        # of the historian who quotes him
        if m.kind in ("name", "role") and m.text not in ("he", "she"):
            st.people.note_alias(key, _alias_words(m))
        _learn_gender(st, key, m)
    return Decision(key, round(cue.confidence * conf, 2), words, rule, m.start)


def _the_other_one(st: State, key: int, m: Mention, q: Quote) -> tuple[int | None, float]:
    """A story's he/she tag taken for somebody its own line calls by name, or by the address
    of their rank (`“Your honour,” he said` is not the judge's): the one other
    person of that gender named in the narration since the paragraph before the line's
    (`Mrs. Gill came in with the kippers, and behind her Florrie Bates, the maid…` / `“Boy
    brought this to the area door, Mrs. Gill,” she said.`), or nobody known."""
    lo = st.doc.bounds[max(0, q.block - 1)][0]
    others = {st.people.current(mm.key) for mm in st.people.between(lo, q.start)
              if not PRONOUN_AT.match(st.doc.text, mm.pos) and not st.doc.in_quote(mm.pos)
              and not st.people.entities[mm.key].organisation
              and st.people.compatible(mm.key, m.gender)} - {st.people.current(key)}
    return (others.pop(), OTHER_ONE_CONFIDENCE) if len(others) == 1 else (None, 0.0)


_WHOLE_NAME_SET_OFF = (r"(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Aunt|Uncle)\b)([A-Z][\w’'-]+)"
                       r" [A-Z][\w’'-]+,")
"""A first name (group 1) and a surname, no title, and a comma (see _NAME_OPENS_LINE and
_NAME_AND_OUTLET)."""
_NAME_OPENS_LINE = re.compile(r"[“\"]?" + _WHOLE_NAME_SET_OFF)
"""A line that opens with a first name and a surname set off by a comma: the speaker's own
name (`“Grace Adeyemi, duty solicitor,” she said`), which _the_other_one leaves alone (a
call opens with one name or a title: `“Anne, my love,”`, `“Mrs. Gill, …`)."""

OTHER_ONE_CONFIDENCE = 0.8
"""A he/she tag read as the one person other than the one its line calls (see
_the_other_one): sure enough, on an `after` cue's 0.95, to voice."""


def _answers_self(key: int, words: str, ctx: Context, st: State) -> bool:
    """A pronoun's `replied` or `answered` would make the one who asked the line before answer
    their own question (`“So you could not see…?” Botha asked. “I saw it was heavy,” she
    replied.`), and so would any pronoun cue after a question by somebody met only there
    (`One reporter asked: “Can you say…?”` / `“We have confirmed 212,” she said.`): the
    pronoun means somebody else, whom it does not tell."""
    before = st.doc.by_block.get(ctx.quote.block - 1, [])
    prev = ctx.prev or (before[-1] if before else None)
    if prev is None:
        return False
    d = st.decided.get(prev)
    asked = st.doc.text[prev.start : prev.end].rstrip(" \n”\"’'»")[-1:] == "?"
    return d is not None and d.speaker == key and asked and (
        (ctx.prev is not None and bool(_REPLY_CUE.search(words))) or st.one_off(key))


def _told_to(key: int, cue: Cue, st: State) -> bool:
    """The name right after the pronoun's verb is the one it would mean (`“Pretty is for
    Instagram,” she told Kasia.`; `he said Smith was wrong`): the one told, or talked
    about, is not the speaker."""
    after = _TOLD_NAME.match(st.doc.text, cue.end)
    if after is None:
        return False
    e = st.named_in_line(after.group(1), after.start(1))
    return e is not None and st.people.current(e.key) == st.people.current(key)


_TOLD_NAME = re.compile(r" +(?:to +)?([A-Z][\w’'-]+)\b(?![’']s\b)")


def _spoken_to_turn(ctx: Context, st: State, last: tuple[int, float] | None, near: int
                    ) -> Decision | None:
    """In a text written as dialogue, a line right after a paragraph whose cue says whom
    its speaker spoke to (`“…,” she whispered to Oren.` / `“I said it didn’t have a name on
    the maps.”`): that person answers (see _spoken_to), unless the line calls them."""
    b = ctx.quote.block
    if not st.doc.dialogue or last is None or near != 1 or st.scene_break(b - 1):
        return None
    told = _spoken_to(st, b - 1)
    if told is None and st.narrator is None and st.doc.told_by_i and _ACTS_ON_ME.search(
            _narration_of(st, b - 1)):
        return Decision(None, 0.6, None, "turns:teller")  # `My mother picked me up… then she
        # said, “A flamingo.”` / `“It was for Spirit Week.”`: the teller nobody names answers
    if told is None or told == last[0] or told in st.calls(ctx.quote):
        return None
    return Decision(told, 0.7, None, "spoken to")


def _spoken_to(st: State, block: int) -> int | None:
    """The one person the cue of a paragraph's lines says they were spoken to (`“…,” she
    whispered to Oren.`, `he said to Mr. Dale`, `he told Nandra`): who answers next; None
    when the cues name nobody so, or two people."""
    found = set()
    for q in st.doc.by_block.get(block, []):
        d = st.decided.get(q)
        if d is None or d.speaker is None or not d.cue:
            continue
        at = st.doc.text.find(d.cue, q.end, q.end + 40 + len(d.cue))
        told = d.cue.split()[-1] in ("told", "tells")  # `he told Nandra`: the name after
        to = (_TOLD_NAME if told else _SPOKEN_TO).match(st.doc.text, at + len(d.cue)) if (
            at >= 0) else None
        e = st.named_in_line(to.group(1), to.start(1)) if to is not None else None
        if to is None and at >= 0 and not told:
            e = _joined_him(st, block, d.speaker, at + len(d.cue))
        if e is not None and not e.organisation and st.people.current(e.key) != (
                st.people.current(d.speaker)):
            found.add(st.people.current(e.key))
    if not found and st.narrator is not None and _TO_ME.search(_narration_of(st, block)):
        found.add(st.people.current(st.narrator))  # `Mum kissed the top of my head. “Ring
        # me if anything happens.”` / `“Like what?”`: the teller answers
    return found.pop() if len(found) == 1 else None


def _joined_him(st: State, block: int, speaker: int, at: int) -> Entity | None:
    """The him or her a cue's participle goes to (`“…,” Tyndale said, joining him.`): the one
    person of that gender other than the speaker whom the narration names in the paragraph
    before (`Harrow came down the steps.`) or in this one before the cue (see _spoken_to)."""
    to = _SPOKEN_TO_HIM.match(st.doc.text, at)
    if to is None or block == 0:
        return None
    gender = "male" if to.group(1) == "him" else "female"
    lo = st.doc.bounds[block - 1][0]
    keys = {st.people.current(m.key) for m in st.people.between(lo, at)
            if not st.doc.in_quote(m.pos)} - {st.people.current(speaker)}
    fits = [st.people.entities[k] for k in keys if not st.people.entities[k].organisation
            and st.people.entities[k].gender == gender]
    return fits[0] if len(fits) == 1 else None


_SPOKEN_TO_HIM = re.compile(r",? +(?:to|[a-z]+ing(?: +(?:at|to|toward|towards))?) +(him|her)\b"
                            r"[.,]")
"""After a cue, a him or her the line was said to (`Tyndale said, joining him.`; see
_joined_him)."""


def _narration_of(st: State, block: int) -> str:
    """The block's narration, its lines left out (for the checks that it acts on the
    teller: _TO_ME, _ACTS_ON_ME)."""
    return " ".join(t.text for t in st.doc.narration_tokens(*st.doc.bounds[block]))


_ACTS_ON_ME = re.compile(r"^(?!.*\bI\b).*\bme\b", re.DOTALL)
"""Narration whose subject acts on the teller nobody names (`My mother picked me up`; not
`said my mother`; see _spoken_to_turn)."""
_TO_ME = re.compile(r"^(?!.*\bI\b).*\b(?:me|my)\b", re.DOTALL)
"""Narration that acts on the teller, who is not its subject (`Mum kissed the top of my
head`; not `I gave him my hand`)."""


_SPOKEN_TO = re.compile(r",? +(?:to|[a-z]+ing(?: +(?:at|to|toward|towards))?) +([A-Z][\w’'-]+)\b"
                        r"(?![’']s\b)")
"""After a cue, whom the line was said to (`she whispered to Oren`, `June hissed, cornering
Kit`, `he said, turning to Ada`; see _spoken_to)."""


_REPLY_CUE = re.compile(r"\b(?:replied|replies|answered|answers|responded)\b")


def _learn_gender(st: State, key: int, m: Mention) -> None:
    """A cue that voices a speaker tells their gender when it says one: `she said` (a pronoun
    resolved to them), `the spokeswoman said` (a gendered role). Honorifics (`Ms. Nair`) and
    known first names (`Priya Nair`) vote through the name mention itself (People.add).

    Edge cases: organisations have no gender; a cue with no gender (`the mayor said`) tells
    nothing; a pronoun resolves only to a person of that gender or unknown gender, so its vote
    never contradicts earlier evidence; names vote when they are registered (People.add).
    """
    e = st.people.entities[key]
    if e.organisation or m.gender == "unknown" or m.kind == "name":
        return
    e.vote(m.gender)


def _role_talked_of(key: int, m: Mention, ctx: Context, st: State) -> bool:
    """A role cue taken for somebody who does not hold it, whom the line talks of (`“Delphine
    is saying the right things,” the investor said.`): not them."""
    e = st.people.entities[st.people.current(key)]
    return not (set(m.titles) - {"the", "a", "an"}) & e.titles and st.people.current(
        key) in st.talked_of(ctx.quote)


def _alias_words(m: Mention) -> str:
    """How a cue names its speaker, for the aliases: `Ms. Psaki`, `the press secretary`."""
    if m.kind == "role":
        return m.text
    honorific = [t for t in m.titles if t in _HONORIFICS]
    return " ".join([honorific[-1].capitalize() + ".", *m.name]) if honorific else " ".join(
        m.name)


_HONORIFICS = word_set("mr mrs ms dr mx")


def rule_turn(ctx: Context, st: State) -> Decision | None:
    """A turn of an interview or a transcript (see segment.transcript_turns): `Q:` is the
    publication's question, read by the narrator; `A:` is the one the interview is with (see
    _interviewee); initials (`TW:`) are the one person whose name has them (see
    _initialled). A name label (`Garnier:`) is read as any label is (see rule_label)."""
    label = ctx.quote.label
    if not label or not initials(label):
        return None
    if label == "Q":
        return Decision(None, 0.9, "Q:", "turn")
    key = _interviewee(st, ctx.quote.start) if label == "A" else _initialled(st, label)
    if key is None:
        return Decision(None, 0.6, label + ":", "turn:unresolved")
    return Decision(key, 0.9, label + ":", "turn")


def _initialled(st: State, label: str) -> int | None:
    """The one person the text names whose name's words start with the label's letters
    (`TW` for Tomasz Wierzbicki)."""
    found = {e.key for e in st.people.entities if not e.organisation and e.forms and any(
        "".join(w[:1] for w in form.split()).upper() == label for form in e.forms)}
    return found.pop() if len(found) == 1 else None


def _interviewee(st: State, pos: int) -> int | None:
    """The one an interview is with: the person the text before its first turn names most
    often, the first named of those tied (`Tomasz Wierzbicki has played…` / `Our editor
    Hannah Oyelaran talked with him`)."""
    first = st.doc.quotes[0].start if st.doc.quotes else pos
    counts: dict[int, int] = {}
    for m in reversed(list(st.people.before(first))):
        if not st.people.entities[m.key].organisation:
            counts[m.key] = counts.get(m.key, 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def rule_secondary(ctx: Context, st: State) -> Decision | None:
    """Single quotes in an article that quotes people in double quotes mark headlines, titles
    and scare terms (American style): the narrator reads them.

    Edge cases: in an article whose main quotes are single (British style) this never fires;
    a single-quoted line that opens its paragraph and is cued right after is somebody's
    line all the same (`'I have employed eleven hundred people,' he said.`: a writer's
    slip of marks, see _cued_opening).
    """
    return Decision(None, 0.8, None, "secondary") if ctx.quote.secondary and not (
        _cued_opening(ctx, st)) else None


def _cued_opening(ctx: Context, st: State) -> bool:
    """The quote opens its paragraph, ends with `,` `?` `!` inside its marks, and a speech
    cue follows it (see cue_after)."""
    q = ctx.quote
    return q.start == st.doc.bounds[q.block][0] and ctx.inner.rstrip("'’ ")[-1:] in ",?!" and (
        cue_after(ctx, st.doc.page) is not None)


def rule_fragment(ctx: Context, st: State) -> Decision | None:
    """A short quote woven into a narrator sentence stays with the narrator (`called the deal
    “a disaster”`, `is “indeed disconcerting”`, a scare quote).

    Edge cases: a quote set off by a colon or comma, or starting its sentence, is not woven;
    from MIN_FRAGMENT_WORDS words on a woven quote may be voiced by a later rule.
    """
    if not ctx.direct and ctx.words < MIN_FRAGMENT_WORDS and not (
            st.doc.dialogue and _line_after_verb(ctx)):
        shout = None if st.doc.dialogue else _shouted_by_name(ctx, st.doc.page)
        return Decision(None, 0.8, None, "fragment") if shout is None else _decide(
            shout, ctx, st, "shouted")
    return None


def rule_named_term(ctx: Context, st: State) -> Decision | None:
    """A quote in lower case right after a verb that names or labels, with nothing between,
    is the narrator's term whatever its length (`at a cost he described as “a year of
    profit, maybe two,” and`, `what the local paper was calling “head injuries consistent
    with a fall,”`, `what she called “the drop-in-the-bucket defense.”`): words put to a
    thing, not a line (a capital opens a line: `she called “Come in!”`). Stories only: a
    report's `Clinton, whom he called “the most divisive political figure in the past 25
    years,”` is his words, as PolNeAR's golds have it (see MIN_FRAGMENT_WORDS)."""
    body = ctx.inner.strip(" \n“”\"‘’'")
    left = ctx.left
    if not st.doc.dialogue or not body[:1].islower() or not left:
        return None
    if left[-1].low in _NAMING or (left[-1].low == "as" and len(left) > 1 and (
            left[-2].low in _NAMING_AS or (len(left) > 2 and left[-3].low in _NAMING_AS))):
        return Decision(None, 0.8, None, "fragment")  # `described it as`, `known as`
    return None


_NAMING = word_set("called calling calls dubbed dubbing termed labelled labeled branded "
                   "nicknamed christened")
"""Verbs that put a name or label on a thing (see rule_named_term)."""
_NAMING_AS = word_set("described describes describing known referred characterized "
                      "characterised portrayed dismissed labelled labeled billed")
"""Verbs that name a thing with `as` (`described as`, `dismissed it as`; see
rule_named_term)."""


def _shouted_by_name(ctx: Context, page: Page) -> Cue | None:
    """A report's short line right after a named subject's verb of shouting, with no comma,
    that opens with a capital (`The jury heard that Whitlock shouted “You’ve had this
    coming” before…`): the cue names who shouted it, so it is theirs, not a fragment (a
    `he yelled “…”` stays one: see _line_after_verb)."""
    body = ctx.inner.strip(" \n“”\"‘’'")
    if ctx.words < 2 or not body[:1].isupper() or not ctx.left or (
            ctx.left[-1].low not in _SHOUTS):
        return None
    m = subject_before(ctx.left, len(ctx.left) - 1, page)
    if m is None or m.kind != "name" or m.weak or len(ctx.left) < 2 or (
            m.end != ctx.left[-2].end):
        return None  # the name right before the verb (not `Wilson, who…, when he yelled`)
    return Cue(m, m.start, ctx.left[-1].end, 0.8)


_SHOUTS = word_set("shouted yelled screamed shrieked bellowed")
"""Verbs of shouting whose words follow them (see _shouted_by_name)."""


def _line_after_verb(ctx: Context) -> bool:
    """A short quote right after a speech verb, with no comma, that is a sentence of its own:
    a capital first and a full stop, `!` or `?` last (`the Gryphon only answered “Come
    on!”`, `then said “The fourth.”`): a story's line, not a woven phrase (`to say “Drink
    me,”`, `called it “a disaster”`), nor words never said (`Mary never said “Please.”`,
    `Tom did not say “Sorry.”`) or written (`Mary wrote “Closed.” on the door`). Stories
    only: a report's `when he yelled “You lie!”` recalls an old scene, often of somebody
    else than the one the report is about."""
    body = ctx.inner.strip(" \n“”\"‘’'")
    if not body[:1].isupper() or body[-1:] not in (".", "!", "?"):
        return False
    k = len(ctx.left) - 1
    while k > 0 and (is_adverb(ctx.left[k]) or ctx.left[k].low in ("out", "aloud")):
        k -= 1  # `said severely`, `called out`
    if k < 0 or not is_speech_verb(ctx.left[k]) or ctx.left[k].low in _WRITING:
        return False  # `wrote “Closed.” on the door` names the words
    before = [t.low for t in ctx.left[max(0, k - 3) : k]]
    return not (before[-1:] == ["to"] or any(  # `to say “No.”` names the words, and so
        _negative(w) or w in _ANYONE  # `never said`, `before anyone could say “I do.”`:
        for w in before))  # nobody's line


_ANYONE = word_set("anyone anybody everyone everybody nobody someone somebody")
"""Nobody in particular: the words they say or could say are nobody's line."""

_WRITING = word_set(
    "wrote write writes writing typed signed scrawled scrawls printed prints chalked painted")
"""Verbs that put words on paper: what follows is written, not a line (see _line_after_verb
and rule_written)."""


def rule_title(ctx: Context, st: State) -> Decision | None:
    """A short quote in title case is the title of a work wherever it stands, even right
    after a cue (`she wrote in her memoir, “Tough Choices.”`): the narrator reads it; so is
    a longer one right after a word for a work (`a new album, “Lanterns for the Drowned,”`)
    or a few words after it (`in its report last month, “Holding Back the Tide”,`).

    Edge cases: see _title_of_a_work; a line that is only a name (`“Donald Trump.”`) reads
    the same way, and stays with the narrator too, but not a story's greeting that opens its
    paragraph (`“Lady Pembury.” He bowed. “I hope I find you well.”`), nor a story's line,
    a sentence of its own, that quotes a title in single marks (`“‘Yellow Submarine’.”`)."""
    if st.doc.dialogue and ((_GREETING.fullmatch(ctx.inner.strip(" \n“”\"‘’'")) and (
            _paragraph_opener(ctx, st))) or (ctx.whole and ctx.inner.strip(" \n“”\"")[:1] in (
                "‘'"))):
        return None  # a story's `“Lady Pembury.” He bowed.`: a greeting, somebody's line;
        # `Felix thought about it. “‘Yellow Submarine’.”`: a title quoted in a line
    if st.doc.dialogue and _asked_name_before(ctx, st):
        return None  # `“…would you state your name for the tape, please.”` / `The young man
        # looked at the machine. “Liam Doyle.”`: an answer, his line
    named = _ITS_NAME.fullmatch(ctx.inner.strip(" \n“”\"‘’'"))
    if named is not None and named.group(1).lower() not in st.doc.page.common:
        return None  # `“I'm Booker.”`, `“It's Jack.”`: a sentence about a name (not `It's
        # Complicated` in a text that writes `complicated`)
    words = [t.low for t in ctx.left if is_word(t)]
    if st.doc.dialogue and words and words[-1] in _SPOKEN_BEFORE and not any(
            w in WORKS for w in words[-4:]):
        return None  # a story's `Carol said, “Tell Jamie.”`: a line, whatever its capitals
    work = next((k for k in range(len(words) - 1, max(-1, len(words) - 4), -1)
                 if words[k] in WORKS), None)  # `in its report last month, “Holding Back the
    # Tide”,`: a word for a work a few words before, and no speech verb since
    part = len(words) > 1 and words[-1] == "of" and words[-2] in _PART_OF_A_WORK
    called = work is not None and words[work + 1 :] in (["called"], ["named"])  # `a YouTube
    # video called “How To Nail Your Father Of The Bride Speech”`: its name, however long
    after_work = part or called or (work is not None and not any(
        w in SPEECH_VERBS for w in words[work + 1 :]))
    return Decision(None, 0.8, None, "title") if _title_of_a_work(ctx.inner) or (
        after_work and _title_cased(ctx.inner, 12 if called else 8)) else None


def _asked_name_before(ctx: Context, st: State) -> bool:
    """A line of the paragraph before the quote's asks somebody's name (see NAME_ASKED)."""
    b = ctx.quote.block
    return b > 0 and any(NAME_ASKED.search(st.doc.text, a.start, a.end)
                         for a in st.doc.by_block.get(b - 1, []))


_SPOKEN_BEFORE = word_set("said says asked replied answered whispered shouted muttered "
                          "cried snapped told")
"""A story's verbs of speaking right before a line (see rule_title)."""
_PART_OF_A_WORK = word_set("line lines verse verses chorus refrain bars tune strains")
"""A part of a song or poem whose title follows `of` (`sang the first line of “We Wish You a
Merry Christmas”`): a title in title case (see rule_title)."""

_ITS_NAME = re.compile(r"(?:I[’']m|It[’']s|He[’']s|She[’']s|That[’']s) ([A-Z][\w’'-]+)[.!]")
"""A two-word line that is a contraction and a name (`“I'm Booker.”`): no title of a work
(see rule_title)."""
_GREETING = re.compile(
    r"(?:Mr|Mrs|Miss|Ms|Dr|Lady|Lord|Sir|Madam|Captain|Inspector|Sergeant|Sister|Father|Doctor|"
    r"Professor|Aunt|Auntie|Uncle|Cousin|Nurse|Colonel|Major|Reverend)\.? [A-Z][\w’'-]+[.!?]")
"""A line that greets or names somebody by title and name (`“Lady Pembury.”`, `“Aunt
Rose.”` answering `Who’s that from?`): in a story, said by whoever the paragraph goes on
with (see rule_title)."""


def _title_of_a_work(inner: str) -> bool:
    """Two to four words, each capitalised, no comma, no question or exclamation, no full
    stop between two of them but after an abbreviation: the title of a book, film or show
    (`she wrote in her memoir, “Tough Choices.”`, `“Mrs. Doubtfire”`), not a line (`“And
    February. And March.”`, `“In March.”`)."""
    words = re.findall(r"[\w’'-]+", inner)
    if len(words) == 2 and words[0].lower() in PREPOSITIONS and words[1].lower() in (
            CALENDAR_WORDS):
        return False  # `“In March.”`, `“On Tuesday.”`: when, a line
    return 2 <= len(words) <= 4 and all(w[0].isupper() or w[0].isdigit() for w in words) and (
        not any(c in inner for c in ",?!")) and not inner.isupper() and not any(
        w not in _TITLE_ABBREVIATIONS for w in re.findall(r"\b([A-Z][a-z]+)\. +[A-Z]", inner))


def _title_cased(inner: str, most: int = 8) -> bool:
    """Up to eight words (or most) in title case, the small words inside in lower case, and
    no comma but the American one after it (`Lanterns for the Drowned,`)."""
    words = re.findall(r"[\w’'-]+", inner)
    bare = inner.strip(" \n“”\"‘’'«»").rstrip(",.")
    return 2 <= len(words) <= most and not any(c in bare for c in ",?!") and all(
        w[0].isupper() or w[0].isdigit() or (w in _TITLE_SMALL_WORDS and 0 < n < len(words) - 1)
        for n, w in enumerate(words))


_TITLE_ABBREVIATIONS = frozenset({"Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Jr", "Sr", "Vol", "No"})
"""Abbreviations a title may hold before another capitalised word (see _title_of_a_work)."""

_TITLE_SMALL_WORDS = word_set("a an the of for and or in on at to with from by nor but as")
"""Words a title in title case leaves in lower case inside it (`Lanterns for the Drowned`)."""


def rule_written(ctx: Context, st: State) -> Decision | None:
    """Words written out in capitals by the sentence's writer (`She wrote on the board, in
    capitals: “NOTHING WORKS.”`, `he started writing: “DEAR LAYLA.”`): a sign the narrator
    reads, not a line. Not a post (`wrote on Twitter: “…”` is its writer's words)."""
    letters = [c for c in ctx.inner if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return None
    before = [t.low for t in ctx.left]
    if not any(w in _WRITING for w in before) or any(w in _POSTED_ON for w in before):
        return None
    return Decision(None, 0.8, None, "written")


_POSTED_ON = word_set("twitter tweet facebook instagram post posted x truth social online")


def rule_sign(ctx: Context, st: State) -> Decision | None:
    """Words a sign, placard or plaque carries, brought in by its `reads`/`reading`/`saying`
    right before the quote (`A handwritten sign in the window now reads “WELCOME HOME”`,
    `the landlord put a chalkboard outside reading ‘Congratulations…’`): the narrator reads
    them, whoever put the sign up. A post's caption is its poster's words, and stays out."""
    left = [t for t in ctx.left if is_word(t)]
    while len(left) > 2 and left[-1].low in _SIGN_ASIDES:
        left.pop()  # `a notice that read, in full, “Drummer wanted.”`
    if len(left) < 2 or left[-1].low not in _SIGN_VERBS:
        return None
    if not any(t.low in _SIGNS for t in left[-16:-1]):
        return None
    if left[-1].low == "said" and left[-2].low != "that" and (not any(
            t.low in _SIGNS for t in left[-6:-1]) or any(
            t.low in _NOT_THE_SIGN for t in left[-8:-1])):
        return None  # `He read the notice twice and said, “…”`: he speaks (but `a notice on
        # the board, under the heading YOUR VOICE MATTERS, that said “…”` is the sign's)
    return Decision(None, 0.85, None, "written")


_NOT_THE_SIGN = word_set("and he she they i we who")
"""Words that show `said` after a sign word has a speaker of its own (see rule_sign)."""


_SIGN_ASIDES = word_set("in full simply only just")
"""Words of an aside between a sign's verb and its words (`that read, in full,`)."""


_SIGNS = word_set("""sign signs placard placards banner banners chalkboard blackboard whiteboard
    plaque plaques notice poster posters inscription slogan sticker billboard graffiti mural
    signpost""")
"""Things that carry words in public (see rule_sign); not `board`, which may be a company's
(`The board says: “…”`)."""
_SIGN_VERBS = word_set("reads read reading says saying said")
"""What a sign does with its words, right before them (see rule_sign; `said` only right
after the sign: `A banner over the door said “…”`)."""


def rule_passage(ctx: Context, st: State) -> Decision | None:
    """A quote set off by a colon after words that name a passage of a work, with no speech
    verb before it in its sentence (`The album’s title comes from a line in “Harbour
    Lights”: “Call it a salt year…”`, `The chorus runs:`): the work's words, which the
    narrator reads, not whoever the next sentence says spoke (`Costello says she nearly cut
    it.`); the work must be named in the sentence, by its title or a word for it (not `he
    returned to his familiar lines: “…”`, his own words)."""
    before = ctx.sentence[: ctx.index]
    if not before or before[-1].text != ":" or not any(
            t.text == QUOTE_TOKEN or t.low in WORKS for t in before):
        return None  # a work named (`“Harbour Lights”`, `the song`), not `his familiar lines`
    words = [t.low for t in before if is_word(t)]
    if any(w in SPEECH_VERBS for w in words) or not any(w in _PASSAGES for w in words[-8:]):
        return None
    return Decision(None, 0.8, None, "written")


_PASSAGES = word_set("line lines lyric lyrics verse chorus refrain couplet stanza passage")
"""Words for a passage of a song, poem or book (see rule_passage)."""


def rule_cue_after(ctx: Context, st: State) -> Decision | None:
    """The speaker is named right after the quote (see cue_after); a sound only a person's
    line is made with needs a person (`“Run!” Alarms shrieked.` is nobody's: one word like a
    plural, named nowhere else, see People.compatible; `returned Holmes` is Holmes); a cue
    that is another line's is not this one's (see _cue_of_another_line)."""
    cue = cue_after(ctx, st.doc.page)
    if cue is not None and (_cue_of_another_line(cue, ctx, st) or _reported_before(ctx)):
        return None
    d = _decide(cue, ctx, st, "after")
    if d is not None and d.speaker is None and d.cue in ("it read", "it reads"):
        issued = rule_unnamed_document(ctx, st)  # `he said the board had “full confidence”…
        # “Museums collect,” it read.`: the statement's words, its issuer's; an email nobody
        # is said to have sent stays unresolved (not its recipient's by a later rule)
        return issued if issued is not None and issued.speaker is not None else d
    if cue is not None and d is not None and d.speaker is not None and not (
            st.people.compatible(d.speaker, "unknown")) and cue.mention.start == cue.start and (
                len(st.people.named_at.get(d.speaker, [])) <= 1):
        words = set(st.doc.text[cue.start : cue.end].split())
        if words & _SOUND_CUES and not words & SPEECH_VERBS:
            return None
    return d


def rule_verdict_of(ctx: Context, st: State) -> Decision | None:
    """A whole quote the next sentence names as somebody's words (`“It is a shambles.” That
    was the verdict of one shopkeeper, who asked not to be named.`, `Those were the words of
    Pete Lyle, who runs the hardware shop.`), or in a story as the one who spoke (`“I did,
    sir.” It was the housekeeper, Mrs. Blount, who had followed them`, also after a line
    broken off with a dash: `“Inspector, I must object—” That was Petrosyan`): theirs, named
    or not, and never the last speaker's by the paragraph before."""
    broken = st.doc.dialogue and _broken_off(st, ctx.quote)  # `“Inspector, I must
    # object—” That was Petrosyan`
    if not (ctx.whole or broken):
        return None
    found = _VERDICT_OF.match(st.doc.text, ctx.quote.end) or (
        (_IT_WAS.match(st.doc.text, ctx.quote.end) or _CAME_FROM.match(
            st.doc.text, ctx.quote.end)) if st.doc.dialogue else None)
    if found is None:
        return None
    end = min((k for k in (st.doc.text.find(c, found.end()) for c in ".;!?\n") if k >= 0),
              default=len(st.doc.text))
    toks = tokenize(st.doc.text, found.end(), end)
    m = subject_after(toks, 0, st.doc.page) if toks else None
    if m is None or m.kind == "pronoun" or (found.re is not _VERDICT_OF and (
            m.kind not in ("name", "role") or not m.definite or not _IT_WAS_END.match(
                st.doc.text, m.end) or _own_line_after(st, ctx.quote, found.start(1)))):
        return None  # `“…” It was a lie.`, `It was Smith’s idea`: nobody named as the one
    return _decide(Cue(m, found.start(1), m.end, 0.85), ctx, st, "verdict")


def _own_line_after(st: State, q: Quote, at: int) -> bool:
    """A story's `It was…` that opens the next paragraph, which has a line of its own after
    it (`“Under another name.”` / `It was Miss Crouch who gave a small cry from the stairs.
    “Not—oh, you can't be…”`): it brings in that line's speaker, not this one's."""
    block = st.block_at(at)
    return block != q.block and any(o.start > at for o in st.doc.by_block.get(block, []))


_VERDICT_OF = re.compile(
    r"\s*((?:That|This|Those|These|Such) (?:was|is|were|are|has been|had been|remains) "
    r"(?:the |a )?(?:[a-z]+ )?(?:verdict|view|words|message|assessment|reaction|response|"
    r"opinion|warning|plea|advice|complaint|take|answer|reply|conclusion|prediction) "
    r"(?:of|from)) ")
"""`That was the verdict of`, `Those were the words of` right after a whole quote (see
rule_verdict_of): whose words they were follows."""
_IT_WAS = re.compile(r"\s*((?:It|That) was) ")
"""A story's `“I did, sir.” It was the housekeeper, Mrs. Blount, who…`, `“Teo.” It was
their mother, her eyes still shut.`, `“…wrong.” That was Bernadette Sloane, juror number
nine`: who spoke follows (see rule_verdict_of)."""
_CAME_FROM = re.compile(r"\s*((?:The|Those) (?:words?|question|answer|reply) (?:came|had come) "
                        r"from) ")
"""A story's `“You have seen him?” The words came from Eleanor, though…`: who spoke
follows (see rule_verdict_of)."""
_IT_WAS_END = re.compile(r"\s*(?:[,.;!]|—|who\b)")
"""What may follow the one `It was` names: the sentence ends, or an aside or `who` begins."""


def _reported_before(ctx: Context) -> bool:
    """The quote is what a speech verb before it in its sentence reports (`But even as Trump
    claimed on Tuesday that “General Petraeus got in trouble for far less,” one of the former
    prosecutors said…`), or that a `who` clause's verb brings in (`recalling a student who
    had told her, "…" Monroe said the conversation had stayed with her`): the verb after it
    starts a clause of its own (see rule_cue_after)."""
    left = [t for t in ctx.left if is_word(t)]
    if len(left) >= 3 and left[-1].low == "that" and any(
            is_speech_verb(t) for t in left[-4:-1]):
        return True
    who = next((k for k in range(len(ctx.left) - 1, max(-1, len(ctx.left) - 8), -1)
                if ctx.left[k].low == "who"), None)  # `a student who had told her, "…"`
    return who is not None and clause_tells_line([*ctx.left, ctx.sentence[ctx.index]], who)


def _cue_of_another_line(cue: Cue, ctx: Context, st: State) -> bool:
    """A cue after a quote that is not this quote's: an answer, after another action of its
    subject's, that leads into the next quote answers this one (`“And when shall you do
    it?” She hung her head and answered hesitatingly, “She did not know.”`: the question is
    somebody else's; but `“Will I run?” she responded, “No.”` asks and answers herself), and
    `started violently` is a start of fright, not speech (`“If you please, sir--” The Rabbit
    started violently, dropped the gloves…`)."""
    text = st.doc.text
    words = text[cue.start : cue.end].split()
    verb = words[-1].lower() if words else ""
    if verb == "started" and _STARTLED.match(text, cue.end):
        return True
    nxt = ctx.next
    if nxt is None or verb not in _ANSWER_VERBS or not _asks(
            text[ctx.quote.start : ctx.quote.end]) or " and " not in text[cue.start : cue.end]:
        return False  # `“Will I run?” she responded, “No.”`: her own question, answered
    between = text[cue.end : nxt.start]
    return not re.search(r"[.!?;]", between)  # the cue's sentence goes on into the next line


_STARTLED = re.compile(r"[\s,]+(?:violently|convulsively|visibly|as if)\b")
"""After `started`: a start of fright, not of speech (`started to say`, `started slowly`,
`started up, pointing` are speech)."""
_ANSWER_VERBS = word_set("answered replied rejoined responded retorted")
"""Verbs whose line answers the one before (see _cue_of_another_line)."""


def _sentence_before(ctx: Context, st: State) -> tuple[int, int, bool] | None:
    """(start, end, same paragraph) of the sentence right before the quote's own: the one
    before it in its paragraph, or the last of the paragraph before when the quote's sentence
    opens its paragraph; None when there is none (the first sentence of a paragraph with a
    quote inside it, the first block, a heading before)."""
    q = ctx.quote
    lo, _hi = st.doc.bounds[q.block]
    if st.doc.text[lo : q.start].strip():
        own = st.doc.sentence_of(q.block, q.start)
        return (st.doc.sentence_of(q.block, own - 1), own, True) if own > lo else None
    if q.block == 0 or st.doc.article.blocks[q.block - 1].kind != "paragraph":
        return None
    end = st.doc.bounds[q.block - 1][1]
    return st.doc.sentence_of(q.block - 1, end - 1), end, False


def _fragment_within(q: Quote, span: tuple[int, int, bool], st: State) -> bool:
    """The quote is a short fragment woven into the sentence span (`Beale said in a
    statement that the agency had “completely overhauled” its procedures.`): part of that
    sentence, no line of its own that would stand closer to the next quote."""
    inner = st.doc.text[q.start + 1 : q.end - 1] if q.closed else ""
    return span[0] < q.start and q.end < span[1] and 0 < n_words(inner) < MIN_FRAGMENT_WORDS


def rule_unnamed_document(ctx: Context, st: State) -> Decision | None:
    """`The Trump campaign on Tuesday responded that…` / `“…,” the statement said.`: a
    document with no author of its own and none named earlier (see role_back) is the one
    issued by the subject of the sentence right before the quote, when that sentence's verb
    says or issues something (`the Republican Party of Wyoming announced…`, `In a statement,
    the business mogul announced…`).

    Edge cases: only `the`/`this` + document + speech verb (or `read`) right after the quote;
    the same kind of document brought in by the sentence before speaks for its author there
    (`A statement from Ann Lee was read aloud.`, see _same_document); the
    sentence before must end where the quote's paragraph starts, or in the same paragraph;
    its first speech or issuing verb decides, and that verb's subject must be a name, an
    organisation or a definite role (`Palin was due in Casper, but on Thursday, the party
    announced…` is the party's); a quote before that verb ends the search; a sentence that
    only goes on with `It said…` passes to the one before it (`X said in a statement that…
    It said it was cooperating…` / `“…,” the statement said.`); an inverted `said the
    statement` is read only for a person named as its issuer after it (`, issued by managing
    director Simon Hale`).
    """
    toks = ctx.right
    k = 1 if toks and toks[0].text == "," else 0
    if len(toks) > k + 1 and toks[k].low == "it" and toks[k + 1].low in ("read", "reads"):
        return _it_read(ctx, st, toks[k].start, toks[k + 1].end)
    if len(toks) > k + 2 and is_speech_verb(toks[k]) and toks[k + 1].low in ("the", "this") and (
            toks[k + 2].low in DOCUMENTS):  # `“…,” said the statement, issued by managing
        m = document_issuer(toks, k + 2, st.doc.page)  # director Simon Hale.`: his
        if m is not None and m.kind == "name":
            return _decide(Cue(m, toks[k].start, toks[k + 2].end, 0.8), ctx, st, "document")
        return None
    if not (len(toks) > k + 2 and toks[k].low in ("the", "this")
            and toks[k + 1].low in DOCUMENTS and (is_speech_verb(toks[k + 2]) or (
                toks[k + 2].low in ("read", "reads")))):
        return None
    span = _sentence_before(ctx, st)
    if span is None or (span[2] and ctx.prev is not None and ctx.prev.end > st.doc.bounds[
            ctx.quote.block][0] and not _fragment_within(ctx.prev, span, st)):
        return None  # another quote earlier in the paragraph is closer than that sentence
    before = st.doc.narration_tokens(span[0], span[1])
    if len(before) > 1 and before[0].text == "It" and is_speech_verb(before[1]) and (
            span[0] > 0 and st.block_at(span[0] - 1) == st.block_at(span[0])):  # `X said in
        lo = st.sentence_at(span[0] - 1)  # a statement… It said it was cooperating…` / `“…,”
        # the statement said.`
        before = st.doc.narration_tokens(lo, span[0])
    same = _same_document(before, toks[k + 1].low, st.doc.page)
    if same is not None:  # `A statement from Ann Lee was read aloud.` / `“…,” the statement
        return _decide(Cue(same, toks[k].start, toks[k + 2].end, 0.8), ctx, st, "document")
    for v, t in enumerate(before):
        if t.text == QUOTE_TOKEN:
            return None
        if (is_speech_verb(t) or t.low in ISSUING) and not (v > 0 and before[v - 1].low in (
                DOCUMENTS)):  # `a statement released Tuesday`: the document's, no verb
            if v > 0 and before[v - 1].low in ("was", "were") and v + 1 < len(before) and (
                    before[v + 1].low == "by"):
                continue  # `His death was confirmed by his family, who said in a statement`
            m = subject_before(before, v, st.doc.page)
            if m is None or m.weak or m.kind not in ("name", "org", "role", "pronoun") or (
                    m.kind == "role" and not m.definite) or (
                    m.kind == "pronoun" and (m.gender == "unknown" or not any(
                        x.low in DOCUMENTS for x in before[:v]))):
                return None  # a he or she only when the sentence names the document
                # before the verb (`In a brief statement released Tuesday, she said…`)
            return _decide(Cue(m, toks[k].start, toks[k + 2].end, 0.8), ctx, st, "document")
    return None


_STUDY_AUTHORS = re.compile(
    r"the (?:(?:study|report|paper|analysis)[’']s )?(?:authors|researchers|scientists) "
    r"(?:wrote|write|said|say|concluded|conclude|added|warned|warn|noted|note)\b")
"""A cue that gives a study's words to its authors as a group (`the study's authors wrote`,
`the researchers wrote`; see rule_study_authors)."""
_STUDY_BY = re.compile(
    r"\b(?:study|analysis|report|paper|research|survey|review|assessment)\b[^.;“”\"]{0,60}?"
    r"\bby (?:the )?(?:[a-z-]+ ){0,3}(?=[A-Z])")
"""A study brought in with who made it (`A study by the Spanish research group Observatorio
del Agua`, `The rapid analysis by Global Weather Attribution`): its maker after the match."""
STUDY_REACH = 3000
"""How far before `the study's authors wrote` (in characters) the study is looked for."""
_LEAD_AUTHOR = re.compile(
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.? +)?[^.;“”\"]{0,160}?\b(?:lead|senior|first|co-?)[ -]?"
    r"author\b")
"""Words after a name (its `Dr.` too) that make the person a study's lead author (see
rule_study_authors)."""


def rule_study_authors(ctx: Context, st: State) -> Decision | None:
    """`“…,” the study's authors wrote.`, `the researchers wrote`: a study's words, read for
    whoever made it: the maker named with the last study brought in before (`The rapid
    analysis by Global Weather Attribution found…`), else the one person the article calls
    its lead author (`said Elif Demirci-Larsen, … and the study’s lead author`; else its
    one co-author); None when
    neither is known, or the cue is not right after the quote."""
    toks = ctx.right
    k = 1 if toks and toks[0].text == "," else 0
    authors = _STUDY_AUTHORS.match(st.doc.text, toks[k].start) if len(toks) > k else None
    if authors is None:
        return None
    start, end = authors.start(), authors.end()
    text = st.doc.text
    made = [f for f in _STUDY_BY.finditer(text, max(0, ctx.quote.start - STUDY_REACH),
                                          ctx.quote.start)
            if st.doc.quote_start(f.start()) is None]
    if made:
        at = made[-1].end()
        toks = tokenize(text, at, min(len(text), at + 120))
        i = next((i for i, t in enumerate(toks[:5]) if not (
            nation_word(t) or t.text.islower())), 0)  # `Spanish research group` before it
        m = name_mention(toks, i, run_end(toks, i), st.doc.page) if toks else None
        if m is not None and m.kind in ("name", "org"):
            return _decide(Cue(m, start, end, 0.8), ctx, st, "document")
    found = [(mm.key, lead) for mm in st.people.before(ctx.quote.start)
             if not st.people.entities[mm.key].organisation
             and (lead := _LEAD_AUTHOR.match(text, mm.pos)) is not None]
    leads = {k for k, lead in found if not lead.group().endswith((
        "co-author", "coauthor", "co author"))} or {
        k for k, _m in found}  # a lead author speaks for the co-authors named with them
    if len(leads) != 1:
        return None
    key = st.people.current(leads.pop())
    return Decision(key, 0.8, text[start:end], "document")


def _it_read(ctx: Context, st: State, start: int, end: int) -> Decision | None:
    """`Meridian issued a statement on Tuesday. “…,” it read.`: the document the sentence
    before brings in, read out for whoever issued it (see document_issuer)."""
    span = _sentence_before(ctx, st)
    if span is None or (span[2] and ctx.prev is not None and ctx.prev.end > st.doc.bounds[
            ctx.quote.block][0] and not _fragment_within(ctx.prev, span, st)):
        return None  # another quote earlier in the paragraph is closer than that sentence
        # (not a fragment inside it: `he said the board had “full confidence” in her.`)
    before = st.doc.narration_tokens(span[0], span[1])
    d = next((n for n in range(len(before) - 1, -1, -1) if before[n].low in DOCUMENTS), None)
    m = document_issuer(before, d, st.doc.page) if d is not None else None
    if m is None and d is not None:  # `In a brief statement issued through the museum’s press
        # office, he said… “…,” it read.`: whoever that sentence says issued it
        v = next((n for n in range(d + 1, len(before)) if is_speech_verb(before[n])), None)
        m = subject_before(before, v, st.doc.page) if v is not None else None
        if m is not None and (m.weak or m.kind not in ("name", "org", "pronoun") or (
                m.kind == "pronoun" and m.gender == "unknown")):
            m = None
    return _decide(Cue(m, start, end, 0.8), ctx, st, "document") if m is not None else None


def _same_document(toks: Sequence[Tok], noun: str, page: Page) -> Mention | None:
    """The author of the same kind of document the sentence before brings in: `A statement
    from Ann Lee, whose sons played, was read aloud by an advocate.`, `Frank Dale, the union's
    president, read a statement on behalf of its members.`, `His statement was read by an
    advocate.` (a he or she to resolve; see document_issuer)."""
    for d, t in enumerate(toks):
        if t.text == QUOTE_TOKEN:
            return None
        if t.low != noun:
            continue
        if d + 2 < len(toks) and toks[d + 1].low == "from" and is_cap(toks[d + 2]):
            j = run_end(toks, d + 2)
            m = name_mention(toks, d + 2, j, page, role_words_back(toks, d + 2))
        else:
            m = document_issuer(toks, d, page)  # `His statement was read by an advocate.`: the
            # he (see _document_back)
        return m if m is not None and not m.weak and (m.kind in ("name", "org") or (
            m.kind == "pronoun" and m.gender != "unknown")) else None
    return None


def is_thought_verb(t: Tok) -> bool:
    """`thought`, `wondered`: a verb that introduces a character's quoted thought."""
    return t.text in _QUOTED_THOUGHT


_QUOTED_THOUGHT = word_set("thought thinks wondered reflected")


def rule_thought(ctx: Context, st: State) -> Decision | None:
    """In fiction (see dialogue_style), a quoted thought is read in the thinker's voice, as
    audiobook readers do: `“What a curious feeling!” thought Alice`, `“…,” she thought.`

    Edge cases: news never gets here (`thought` after a quote in a report is rare and
    ambiguous); the quote must end softly, as for cue_after.
    """
    toks = ctx.right
    if not st.doc.dialogue or not toks:
        return None
    k = _cue_start(toks)
    if not _soft_end(ctx, k) and not _short_tail(toks):
        return None
    return _decide(_cue_after_tokens(toks, k, st.doc.page, is_thought_verb), ctx, st, "thought")


def rule_sentence_tail(ctx: Context, st: State) -> Decision | None:
    """The speaker is named at the end of the sentence the quote opens (see
    cue_sentence_tail)."""
    return _decide(cue_sentence_tail(ctx, st.doc.page), ctx, st, "tail")


def rule_cue_before(ctx: Context, st: State) -> Decision | None:
    """The speaker is named right before the quote (see cue_before); not for a term of three
    words or fewer, with no stop or comma of its own, that its sentence goes on after in
    lower case (`Because the disease is diagnosed late, she said, “travel-associated”
    clusters are hard to spot.`: a term in her reported words, read by the narrator)."""
    cue = cue_before(ctx, st.doc.page)
    if cue is not None and not ctx.whole and ctx.words <= 3 and ctx.inner.rstrip(
            " ”’\"'»")[-1:].isalnum():  # not `only answered “Come on!” and ran`, nor
        # `Sanders had previously said, “We’ll see,” when asked…`: words that end inside
        after = next((t for t in ctx.right if t.text != QUOTE_TOKEN), None)
        if after is not None and is_word(after) and after.text.islower() and not (
                is_speech_verb(after)):
            return Decision(None, 0.7, None, "term")
    if cue is not None and _ASKED_WHETHER.search(st.doc.text, max(0, cue.start - 20),
                                                 cue.mention.start):
        return Decision(None, 0.6, None, "before:asked")  # `rose to ask whether the Prime
        # Minister agreed that “the whole lot of them…”`: the asker's words, not hers
    d = _decide(cue, ctx, st, "before")
    if cue is not None and d is not None and d.speaker is not None and _unheld_before_aside(
            cue, d.speaker, st):
        return replace(d, speaker=None, confidence=0.6, rule="before:unheld")
    return d


_ASKED_WHETHER = re.compile(r"\b(?:ask|asked|asking|asks) +(?:whether|if) +(?:the +)?$")
"""`asked whether` right before a cue's name: what follows is the asker's question."""


def _unheld_before_aside(cue: Cue, key: int, st: State) -> bool:
    """A role set off by a `who` aside before its verb (`The judge, who has heard the case
    since March, said:`) speaks only for someone known to hold it (`Senator Mary Holt` for
    `The senator, who…, said`): read like a pronoun it would be the last one named, often
    the one the aside is about (Bill Hale, whom the judge sentenced)."""
    m = cue.mention
    if m.kind != "role" or not st.doc.text.startswith(", who", m.end):
        return False
    head = m.titles[-1] if m.titles else ""
    return head not in st.people.entities[st.people.current(key)].titles


def rule_label(ctx: Context, st: State) -> Decision | None:
    """`Name: “…”` (see cue_label)."""
    return _decide(cue_label(ctx, st.doc.page), ctx, st, "label")


def rule_qa_answer(ctx: Context, st: State) -> Decision | None:
    """A Q&A box: a paragraph that is all one uncued quote, right after a paragraph that
    asks with a `Q:` label, answers it for the one person the paragraph before the box's
    first question names (`We put your questions to H.J. Okonkwo, a registered dietitian.` /
    `Q: Are frozen vegetables really as good as fresh?` / `“Often better.”`).

    Edge cases: only in a report; the questions and answers between count as the box (each
    question paragraph opens with its label, each answer is a whole quote); the paragraph
    before them must name exactly one person (an organisation does not answer)."""
    b = ctx.quote.block
    if st.doc.dialogue or not ctx.whole or b < 2 or not _asks_by_label(st, b - 1):
        return None
    lo, _hi = st.doc.bounds[b]
    if st.doc.text[lo : ctx.quote.start].strip():
        return None
    k = b - 1
    while k > 0 and (_asks_by_label(st, k) or _whole_quote(st, k)):
        k -= 1
    if k == b - 1 or _asks_by_label(st, k) or st.doc.article.blocks[k].kind != "paragraph":
        return None
    lo, hi = st.doc.bounds[k]
    named = {st.people.current(mm.key) for mm in st.people.between(lo, hi)
             if not st.people.entities[mm.key].organisation}
    if len(named) != 1:
        return None
    return Decision(named.pop(), 0.8, None, "answer")


_QA_LABEL = re.compile(r"\s*(?:Q|Question)\s*[:.]\s")
"""The label a Q&A box's question opens with (see rule_qa_answer)."""


def _asks_by_label(st: State, block: int) -> bool:
    """The block is a paragraph that opens with a question label (`Q: …`)."""
    lo, _hi = st.doc.bounds[block]
    return st.doc.article.blocks[block].kind == "paragraph" and _QA_LABEL.match(
        st.doc.text, lo) is not None


def _whole_quote(st: State, block: int) -> bool:
    """The block is one quote with nothing around it but punctuation."""
    lo, hi = st.doc.bounds[block]
    quotes = st.doc.by_block.get(block, [])
    return len(quotes) == 1 and not st.doc.text[lo : quotes[0].start].strip() and not (
        st.doc.text[quotes[0].end : hi].strip(" .,;:!?\n"))


def rule_credit(ctx: Context, st: State) -> Decision | None:
    """`“…” ― Name`, or the name on a dash line of its own under a quote paragraph (see
    cue_credit); a capitalised credit in the quote's paragraph that is no name we can read
    (`― Reader in Leeds`) keeps the quote with the narrator: no later rule may guess past
    it. A dash then lower-case words is the narrator going on (`“…” - increasing
    his lead`), and later rules decide."""
    credit = _credit(ctx, st.doc)
    d = _decide(cue_credit(credit or _credit_below(ctx, st), st.doc.page), ctx, st, "credit")
    if d is None and credit and is_cap(credit[0]):
        return Decision(None, 0.6, None, "credit:unresolved")
    return d


def rule_participle(ctx: Context, st: State) -> Decision | None:
    """`…, saying: “…”` (see cue_participle); `KCNA quoted her as saying: “…”` is nobody we
    can tell (who she is, the subject would be the nearest and a wrong guess), and no later
    rule gives it to the subject; nor is `…, most of them saying, “…”`, a crowd's."""
    if _MANY_SAYING.search(st.doc.text, max(0, ctx.quote.start - 80), ctx.quote.start):
        return Decision(None, 0.6, None, "participle:crowd")  # `answered by forty people,
        # most of them saying, “Stop replying all.”`: many voices, not the subject's
    cue = cue_participle(ctx, st.doc.page)
    if cue is None and _QUOTED_PRONOUN.search(
            st.doc.text, ctx.sentence[0].start if ctx.sentence else ctx.quote.start,
            ctx.quote.start):
        return Decision(None, 0.6, None, "participle:unresolved")
    return _decide(cue, ctx, st, "participle")


_QUOTED_PRONOUN = re.compile(r"\b(?:quoted|cited|quoting|citing) (?:him|her|them) as saying\b")
_MANY_SAYING = re.compile(
    r"\b(?:[Mm]ost|[Mm]any|[Aa]ll|[Ss]ome|[Ss]everal|[Bb]oth|[Hh]alf|[Ee]ach) of (?:them|us|"
    r"those|whom)(?: [a-z]+)? (?:saying|chanting|shouting|writing|replying|asking)\W*\Z")
"""Many people's words brought in with a participle (see rule_participle)."""


def rule_according(ctx: Context, st: State) -> Decision | None:
    """`according to X` in the quote's sentence (see cue_according); an organisation named
    after the quote only reports it when a person's speech verb before it in the sentence
    has it (`Thanh told Jennings that Hanoi wanted “…,” according to the Vietnam News
    Agency` is Thanh's: see rule_woven)."""
    cue = cue_according(ctx, st.doc.page)
    if cue is not None and cue.mention.kind == "org" and cue.start > ctx.quote.start:
        said = cue_in_sentence(ctx, st.doc.page)
        if said is not None and said.mention.kind == "name" and said.end <= ctx.quote.start:
            return None
    return _decide(cue, ctx, st, "according")


def rule_woven(ctx: Context, st: State) -> Decision | None:
    """A long quote inside a sentence with a speech verb (see cue_in_sentence), or a short
    one set off as the verb's words; not a short one set off after the verb's own reported
    clause (`He said he did, “most days,” and told a story`: the writer's fragment), nor a
    word named (`the Tarosan word for home, “fale,”`)."""
    if ctx.whole or (ctx.words < MIN_FRAGMENT_WORDS and not ctx.direct):
        return None
    if ctx.words < MIN_FRAGMENT_WORDS and (_reported_clause_before(ctx.left) or (
            _word_named_before(ctx.left))):
        return None
    if ctx.left and _RECALLED_SAYING.search(st.doc.text, ctx.left[0].start, ctx.quote.start):
        return Decision(None, 0.8, None, "recalled")  # `…recalls the old man telling him:
        # “…”`: the old man's words, whom no name tells; never the one who recalls them
    return _decide(cue_in_sentence(ctx, st.doc.page), ctx, st, "sentence")


_RECALLED_SAYING = re.compile(
    r"\b(?:recall(?:s|ed|ing)?|remember(?:s|ed|ing)?|hear(?:s|d|ing)?) +(?:(?:his|her|their|my|"
    r"the|a|an|one|an old|some) +)?(?:[a-z’'-]+ +){0,3}?(?:man|woman|father|mother|dad|mum|mom|"
    r"teacher|coach|boss|friend|grandfather|grandmother|uncle|aunt|neighbou?r|doctor|priest|"
    r"sergeant|officer|stranger) +(?:telling|saying|warning|asking|shouting|yelling|"
    r"reminding)(?: +(?:him|her|them|me|us))?[,:]? *[“\"‘']?$")
"""A subject who recalls somebody unnamed saying the words that follow (`recalls the old man
telling him: “…”`, `remembers her mother saying, “…”`): see rule_woven."""


_WORD_NOUNS = word_set("word words term phrase expression name nickname slogan motto")


def _word_named_before(left: Sequence[Tok]) -> bool:
    """A noun for a word comes within the four words before a short quote (`She said the
    Tarosan word for home, “fale,” also means…`): the quote is the word itself, a term."""
    words = [t for t in left if is_word(t)]
    return any(t.low in _WORD_NOUNS for t in words[-4:])


def _reported_clause_before(left: Sequence[Tok]) -> bool:
    """The words before a quote hold a speech verb followed by a clause it reports (`He said
    he did,`, `She said it was,`): the verb has its words already."""
    words = [t for t in left if is_word(t)]
    for k, t in enumerate(words[:-1]):
        if t.low in ("said", "says", "told", "added") and words[k + 1].low in (
                "he", "she", "it", "they", "we", "i", "that") and len(words) - k <= 5:
            return True
    return False


def rule_interrupted(ctx: Context, st: State) -> Decision | None:
    """The second part of a quote interrupted by its cue: `“A,” said the Dodo, rising, “B.”`,
    `“A,” she said, “B.”` — B is the same speaker as A when the cue sits between them and no
    sentence ends there.

    Edge cases: only when the previous quote of the sentence was voiced through a cue placed
    between the two parts, and no later verb there has a subject of its own (`“A?” she
    asked the Gryphon, and the Gryphon answered, “B.”`).
    """
    prev = ctx.prev
    if prev is None or not ctx.direct:
        return None
    d = st.decided.get(prev)
    if d is None or d.speaker is None or not prev.end <= d.at < ctx.quote.start:
        return None
    if any(prev.end < e <= ctx.quote.start for e in st.doc.ends(prev.block)):
        return None
    if any(t.text in (".", "!", "?") for t in ctx.left):
        return None
    if _cue_of_its_own(ctx, st, d.at):
        return None  # `“A?” she asked the Gryphon, and the Gryphon answered, “B.”`
    return Decision(d.speaker, d.confidence, d.cue, "interrupted", d.at)


_VOICE_WAS = re.compile(r"\s*[Tt]he voice (?:was|belonged to) (?P<name>[A-Z][\w-]+)[’']s\b")
"""A beat right after a line that says whose voice spoke it (`The voice was Marta's`)."""


_ROLE_CUE_AFTER = re.compile(
    r"\s*,?\s*(?:said|asked|replied|answered|called|added|began|put in) +(?:the|a|an) +[a-z]")
"""A cue after a line whose speaker is a role (`said the young man across from her`)."""
_NAMED_NEXT = re.compile(r"\s*((?:[A-Z][\w’'-]+ +){1,2}[A-Z][\w’'-]+) +(?:was|had been)\b")
"""A sentence that opens with a full name and what that person was (see rule_named_next)."""


def rule_relayed(ctx: Context, st: State) -> Decision | None:
    """A line with no cue of its own that opens `He says:` or `She says` passes on somebody
    else's words: it is the interpreter's whom the narration just before names as
    translating (`He spoke in Russian…, and Fräulein Rautenberg translated a sentence behind
    him` / `“He says: I have a wife in Leningrad…”`), not the one it reports. The narration
    looked at runs from the start of the paragraph before to the line."""
    if not _RELAYED.match(st.doc.text, ctx.quote.start):
        return None
    block = ctx.quote.block
    lo = st.doc.bounds[max(0, block - 1)][0]
    found = max(_TRANSLATES.finditer(st.doc.text, lo, ctx.quote.start), key=lambda f: f.start(),
                default=None)  # the last one
    if found is None or st.doc.in_quote(found.start()) or rule_cue_after(ctx, st) is not None:
        return None
    words = found.group("who").split()
    honorific = (words.pop(0).lower(),) if len(words) > 1 and words[0].lower() in TITLES else ()
    e = st.named_in_line(" ".join(words), found.start("who"), honorific)  # `Fräulein Rautenberg`
    if e is None or e.organisation:
        return None
    return Decision(st.people.current(e.key), 0.8, found.group().strip(), "relayed",
                    found.start("who"))


_RELAYED = re.compile(r"[“\"](?:He|She) says\b")
"""A line that opens by passing on what a he or she says (see rule_relayed)."""
_TRANSLATES = re.compile(
    r"\b(?P<who>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?),? (?:translated|interpreted|translating"
    r"|interpreting|was translating|was interpreting)\b")
"""Somebody named as translating (`Fräulein Rautenberg translated`, `Memon, translating,`;
see rule_relayed)."""


def rule_named_next(ctx: Context, st: State) -> Decision | None:
    """A story's line cued by a role (`“That's a long conversation,” said the young man
    across from her.`) whose next sentence opens with a full name named there for the first
    time and what that person was (`Kwame Asante was the youngest on the panel`): theirs, not
    the role read as the nearest man's."""
    if not st.doc.dialogue or _ROLE_CUE_AFTER.match(st.doc.text, ctx.quote.end) is None:
        return None
    end = _sentence_end_after(st, ctx.quote.block, ctx.quote.end)
    found = _NAMED_NEXT.match(st.doc.text, end)
    first = next(iter(st.people.between(found.start(1), found.end(1))), None) if (
        found is not None) else None
    if first is None or found is None or st.people.entities[first.key].organisation or (
            st.people.first_named(first.key) != first.pos):
        return None
    return Decision(st.people.current(first.key), 0.8, found.group(1), "named next", first.pos)


def rule_voice_was(ctx: Context, st: State) -> Decision | None:
    """A story's line right before `The voice was Marta's, thin and broken up by static.`:
    hers, somebody the story names, heard rather than seen (a radio, a phone, the dark)."""
    if not st.doc.dialogue:
        return None
    m = _VOICE_WAS.match(st.doc.text, ctx.quote.end)
    e = st.named_in_line(m.group("name"), m.start("name")) if m is not None else None
    if m is None or e is None:
        return None
    return Decision(st.people.current(e.key), 0.8, m.group().strip(), "voice", m.start("name"))


def rule_heard_say(ctx: Context, st: State) -> Decision | None:
    """A story's uncued line that opens its paragraph right after a paragraph of narration
    that ends with somebody named heard to speak (`Behind her she heard Bunty lower her
    voice, though not by much.` / `“Frank. What's left in the shed?”`): theirs."""
    q = ctx.quote
    if not st.doc.dialogue or q.block == 0 or q.start != st.doc.bounds[q.block][0] or (
            st.doc.by_block.get(q.block - 1)) or _NAMED_CUE.match(st.doc.text, q.end) or (
                _HE_SHE_CUE.match(st.doc.text, q.end)):
        return None
    lo, hi = st.doc.bounds[q.block - 1]
    heard = _HEARD_SPEAK.search(st.doc.text, st.sentence_at(max(lo, hi - 1)), hi)
    if heard is None:
        return None
    named = [mm for mm in st.people.between(heard.start("name"), heard.end("name"))
             if not st.people.entities[mm.key].organisation]
    if len(named) != 1 or named[0].key in st.calls(q):
        return None
    return Decision(st.people.current(named[0].key), 0.75, heard.group().strip(), "heard",
                    named[0].pos)


_HEARD_SPEAK = re.compile(
    r"\b(?:heard|hears|could hear) (?P<name>[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+)?) (?:lower|raise|"
    r"drop|clear|say|ask|begin|start|call|mutter|whisper)\b")
"""Narration in which somebody named is heard to speak (see rule_heard_say)."""


_VOICE_CUE = re.compile(
    r"\s*,?\s*(?:(?:said|asked|called|came|whispered|answered|replied|cried|shouted|went on) "
    r"(?:a|an|the) (?:[a-z-]+ ){0,2}?(?:(?P<who>[a-z]+)[’']s )?voice"
    r"|(?:[Aa]n?|[Tt]he) (?:[a-z-]+ ){0,2}?(?:(?P<who2>[a-z]+)[’']s )?voice (?:said|asked|called|"
    r"came|whispered|answered|replied|went on)"
    r"|An? (?:[a-z-]+,? ){0,2}?voice, +an? (?:[a-z-]+ ){0,2}?(?P<who3>[a-z]+)[’']s"
    r" voice(?:, [a-z]+)?(?=\.))\b")
"""`said a woman’s voice`, `a voice asked`, `the voice went on` right after a line, or a
sentence of its own that says whose voice it was (`A deep voice, an older man’s voice,
unhurried.`; see rule_voice_cue)."""
_SELF_NAMED = re.compile(
    r"\b(?:[Tt]his is|[Ii]t[’']s|I[’']m|[Mm]y name is|[Ii]t is) (?:(?:Sister|Brother|Father|Nurse|"
    r"Doctor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Detective|Inspector|Sergeant|Officer|Constable) )?"
    r"(?P<name>[A-Z][\w-]+(?: [A-Z][\w-]+)?)")
"""A caller naming themselves inside their line (`This is Sister Agnes at St. Vincent’s.`)."""


_INTRODUCES = re.compile(
    r"[“\"](?:[A-Z][a-z]+(?:, +(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? +)?[A-Z][a-z]+)?[.,!] +)?"
    r"(?:[Mm]y name is|[Mm]y name[’']s) +(?P<name>(?:(?:Mr|Mrs|Ms|Miss|"
    r"Dr)\.? +)?[A-Z][\w’'-]+(?: +[A-Z][\w’'-]+)?)(?=[ ,.;!?—–”\"])")
"""A line that opens with its speaker's own name (`“My name is Ellen Marsh,” she said.`),
maybe after a greeting (`“Hello, Mr Reid. My name is Arthur Penhale.`)."""
_I_AM = re.compile(
    r"[“\"](?:[A-Z][a-z]+[.,!] +)?(?:I[’']m|I am) +(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? +)?"
    r"[A-Z][\w’'-]+(?: +[A-Z][\w’'-]+)+)(?=[ ,.;!?—–”\"])")
"""A line that opens with `I am` or `I’m` and a whole name, two words at least (`“I’m Lucius
Bell.`; not `I’m British`), maybe after a greeting (see rule_introduced)."""
_NAMED_CUE = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?!(?:he|she) )(?:[\w’'.-]+ +){0,3}(?:said|says|asked|replied|answered"
    r"|cried|added|whispered|began|went on)\b")
"""A cue after a line that is not a he or she (`said the little man`, `Tom said`): it
tells the speaker itself (see rule_introduced); in the line's own paragraph (not `“Yeah. I'm
Lenny. Lenny Shaw.”` / `Mr Pettigrew said nothing…`)."""


def rule_introduced(ctx: Context, st: State) -> Decision | None:
    """A line that opens with `My name is` and a name (`“My name is Ellen Marsh,” she
    said.`), or with `I am` or `I’m` and a whole name (`“I’m Lucius Bell. Mr. Dabney sent
    me.”`, `“I am Mrs. Cornelia Van Asch of Gramercy Park, …”`): that person's, whoever the
    he or she would be taken for (the landlady who showed her up); a cue that is no he or
    she decides itself (`“My name is Cox,” said the tall man.` names the tall man, see
    State._name_newcomer)."""
    found = _INTRODUCES.match(st.doc.text, ctx.quote.start) or _i_am(ctx, st)
    if found is None and not _NAMED_CUE.match(st.doc.text, ctx.quote.end):
        return _introduced_later(ctx, st) or _name_answered(ctx, st) or _introduced_inside(
            ctx, st) or _name_said_twice(ctx, st) or _own_name_opens(ctx, st)
    if found is None or _NAMED_CUE.match(st.doc.text, ctx.quote.end):
        return None
    name = found.group("name")
    words = tuple(w.rstrip(".") for w in name.split())
    honorific = words[:1] if words[0].lower() in ("mr", "mrs", "ms", "miss", "dr") else ()
    m = Mention("name", name, found.start("name"), found.end("name"),
                words[len(honorific):], tuple(w.lower() for w in honorific))
    if not m.name:
        return None
    key, _conf = st.resolve(m, found.start("name"))
    if key is None or st.people.entities[key].organisation:
        return None
    _introduced_was(ctx, st, st.people.current(key))
    return Decision(st.people.current(key), 0.85, None, "introduced", found.start("name"))


def _i_am(ctx: Context, st: State) -> re.Match[str] | None:
    """The whole name a line opens with after `I am` or `I’m` (see _I_AM), unless the line
    goes on from one in its paragraph whose cue is no he or she (`“I am here,” said the
    voice, very deep. “I am Running Water. I am guide.”`: the medium's voice, not a new
    person), or its sentence names somebody before it (`they could hear Gladys in the
    kitchen, … practising, … “I am Running Water.”`)."""
    text = st.doc.text
    found = _I_AM.match(text, ctx.quote.start)
    if found is None or any(not PRONOUN_AT.match(text, m.pos) for m in st.people.between(
            st.doc.sentence(ctx.quote)[0], ctx.quote.start)):
        return None  # `they could hear Gladys…practising…, “I am Running Water.”`
    if ctx.prev is None or ctx.prev.block != ctx.quote.block:
        return found
    return None if _NAMED_CUE.match(text, ctx.prev.end) else found


def _own_name_opens(ctx: Context, st: State) -> Decision | None:
    """A story's line with no cue of its own that opens with the whole name of somebody
    known, set off by a comma before a call by honorific and a full stop (`“Callum Reid, Mrs
    Bolton. From Fellside.”`, the vet at a client's door): that person, giving their name.
    Not a name before another kind of call (`“Sandra Danner, My Lady. She's on our list.”`
    names a witness), nor a radio's `“Tinker One-One, Hollis.”`."""
    found = _NAME_THEN_CALL.match(st.doc.text, ctx.quote.start, ctx.quote.end)
    if found is None or not st.doc.dialogue or first_name_gender(found.group(1).lower()) == (
            "unknown"):
        return None
    at = found.start(1)
    name = st.doc.text[at : st.doc.text.index(",", at)]
    e = st.named_in_line(name, at)
    if e is None or e.organisation or st.people.first_named(e.key) >= at or rule_cue_after(
            ctx, st) is not None:
        return None
    return Decision(st.people.current(e.key), 0.85, None, "introduced", at)


_NAME_THEN_CALL = re.compile(
    r"[“\"]" + _WHOLE_NAME_SET_OFF + r" (?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][\w’'-]+[.!]")
"""A first name (group 1) and a surname, a comma, and a call by honorific (see
_own_name_opens)."""


def _introduced_was(ctx: Context, st: State, key: int) -> None:
    """The he or she of a `My name is X` line's own tag, taken for somebody known so far only
    by words (`the stranger`, `the ronin`), is X: one person from then on, and their lines
    so far are X's (`“I can pay,” said the stranger.` … `“My name is Sakurai Tetsunosuke,” he
    said.`); not one of another gender, nor when X has spoken before."""
    tag = rule_cue_after(ctx, st)
    if tag is None or tag.speaker is None:
        return
    other = st.people.current(tag.speaker)
    e, named = st.people.entities[other], st.people.entities[key]
    if other == key or e.first or e.last or e.organisation or e.teller or st.has_spoken(key) or (
            "unknown" not in (e.gender, named.gender) and e.gender != named.gender):
        return
    st.people.merge(other, key)


_I_AM_NAMED = re.compile(r"\b(?:I[’']m|I am|[Mm]y name is|[Mm]y name[’']s) (?P<name>[A-Z][a-z]+"
                         r"(?: [A-Z][a-z]+)?)(?=[.,!?;—–”\"])")
"""A speaker giving their own name inside a line (`Sorry. Hello. I’m Imogen.`)."""
_NAME_ANSWER = re.compile(
    r"[“\"](?:[A-Z][a-z]+, +(?:sir|ma[’']am|madam|miss|[A-Z][a-z]+)[.!] +|(?P<first>[A-Z][a-z]+)"
    r"\. +(?=(?P=first) ))?(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? +)?[A-Z][a-z’'-]+ +[A-Z][\w’'-]+)"
    r"[.!,]")
"""A line that opens with a full name as a sentence of its own (`“Celia Marsh. I’m — I was —
his ward.`, `“Trott, sir. Elsie Trott. Housemaid.`, `“Owen. Owen Lacey. I’m the new junior
analyst.`): see _name_answered."""
def _named_with_role(text: str, q: Quote) -> re.Match[str] | None:
    """The line opens with a full name and, set off by a comma, the role it holds as a
    sentence of its own (`“Priya Chandra, duty solicitor.” She had a pen uncapped`): the
    speaker saying who they are (see _name_answered)."""
    found = _NAME_ROLE.match(text, q.start, q.end)
    return found if found is not None and found.group("role") in ROLE_NOUNS else None


_NAME_ROLE = re.compile(r"[“\"](?P<name>[A-Z][a-z’'-]+ +[A-Z][\w’'-]+), +(?:(?!my |his |her |"
                        r"our |their |your )[a-z]+ +){0,2}(?P<role>[a-z]+)[.]")
"""A full name and its role (`“Priya Chandra, duty solicitor.`; see _named_with_role)."""


def _name_said_twice(ctx: Context, st: State) -> Decision | None:
    """A line that is one name word alone, cued by a he or she, whose next line in the
    paragraph opens with a full name with that word (`“Quill,” he said. “Josiah Quill.
    Cooper, of the Hopewell.”`, `“Joyce,” she said. “Joyce Albrecht. Ward Three.”`): one
    giving their own name, both lines theirs, whoever the he or she would be taken for (and
    the full name no call of the one who says it, see _calls_its_speaker). Not when the
    line speaks to somebody: one known again (`“Len,” she said. “Len Abernathy. Nikos told
    me. Where is your Ellen?”`)."""
    text, q = st.doc.text, ctx.quote
    lines = st.doc.by_block.get(q.block, [])
    k = lines.index(q) if q in lines else 0
    if k and NAME_ALONE.fullmatch(text, lines[k - 1].start, lines[k - 1].end):
        q = lines[k - 1]  # the full name itself (`“Josiah Quill. Cooper…”`)
    else:
        k += 1
    word = NAME_ALONE.fullmatch(text, q.start, q.end)  # one word: it must be a word of the
    # full name below
    if word is None or k >= len(lines) or not _HE_SHE_CUE.match(text, q.end):
        return None
    full = _NAME_ANSWER.match(text, lines[k].start, lines[k].end)
    if full is None or word.group(1) not in full.group("name").split() or SPEAKS_TO.search(
            text, lines[k].start, lines[k].end):
        return None  # `“Ramona,” he said. “Ramona Denton. You told me this man was dead.”`:
        # one known again, spoken to
    toks = tokenize(text, full.start("name"), full.end("name"))
    m = whole_name(toks, 0, len(toks), st.doc.page)
    key = st.resolve(m, full.start("name"))[0] if m is not None else None
    if key is None or st.people.entities[key].organisation:
        return None
    return Decision(st.people.current(key), 0.85, None, "introduced", full.start("name"))


_NAME_SELF = re.compile(r"[“\"](?P<name>[A-Z][a-z’'-]+)\. +I[’']m (?:the|his|her|your|their)\b")
"""A line that gives a name and says who that is as the speaker (`“Tomek. I’m the
grandson.`): see _name_answered."""
_HE_SHE_CUE = re.compile(r"\s*,?\s*(he|she) +[a-z]+")
"""A he/she cue right after a line (see _introduced_later)."""


def _introduced_later(ctx: Context, st: State) -> Decision | None:
    """A story's line cued by a he/she whose paragraph goes on, naming nobody else, to a
    line of the same speaker that gives their name (`“Oh, hello, you,” she said to the dog,
    kneeling. Then, looking up at me: “Sorry. Hello, you too. I’m Imogen.”`): that person,
    who may be new to the story, not the woman the he/she would be taken for."""
    cue = _HE_SHE_CUE.match(st.doc.text, ctx.quote.end) if st.doc.dialogue else None
    if cue is None:
        return None
    gender = GENDERED_PRONOUNS[cue.group(1)]
    for q in st.doc.by_block.get(ctx.quote.block, []):
        if q.start <= ctx.quote.start:
            continue
        if st.people.persons_between(ctx.quote.end, q.start, 0) or _NAMED_CUE.match(
                st.doc.text, q.end):
            return None
        named = _I_AM_NAMED.search(st.doc.text, q.start, q.end)
        if named is None:
            continue
        words = tuple(named.group("name").split())
        if first_name_gender(words[0].lower()) not in (gender, "unknown"):
            return None
        m = Mention("name", named.group("name"), named.start("name"), named.end("name"), words)
        key, _conf = st.resolve(m, named.start("name"))
        if key is None or st.people.entities[key].organisation:
            return None
        return Decision(st.people.current(key), 0.8, cue.group().strip(" ,"), "introduced",
                        named.start("name"))
    return None


def _introduced_inside(ctx: Context, st: State) -> Decision | None:
    """A story's line with no cue naming anyone, one of whose sentences opens with the
    speaker giving their own name (`“Inspector Craddock? You are expected, sir. I am Dawlish,
    Sir Gerald's butler.”`, a caller's `“Béa? It's Thierry.`, see _its_name): that
    person's, of the he or she's gender if one cues it. Not a name of the common words (`I'm
    Sorry.`), nor a body."""
    text = st.doc.text
    named = next((n for n in _I_AM_NAMED.finditer(text, ctx.quote.start, ctx.quote.end)
                  if _SENTENCE_OPENS.search(text, max(0, n.start() - 2), n.start())), None)
    named = named or _its_name(ctx.quote, st)
    if not st.doc.dialogue or named is None or named.group("name").split()[0].lower() in (
            st.doc.page.common) or ctx.quote.start != st.doc.bounds[ctx.quote.block][0]:
        return None  # (`“Tucson,” Nana said. “… I'm Philomena Castellano, …”`: Nana's own
        # cue decides, and her full name is hers, see State._full_name_given)
    words = tuple(named.group("name").split())
    cue = _HE_SHE_CUE.match(text, ctx.quote.end)
    if cue is not None and first_name_gender(words[0].lower()) not in (
            GENDERED_PRONOUNS[cue.group(1)], "unknown"):
        return None
    m = Mention("name", named.group("name"), named.start("name"), named.end("name"), words)
    key, _conf = st.resolve(m, named.start("name"))
    if key is None or st.people.entities[key].organisation:
        return None
    return Decision(st.people.current(key), 0.8, None, "introduced", named.start("name"))


def _its_name(q: Quote, st: State) -> re.Match[str] | None:
    """A caller saying who they are after a call or `it's me` (`“Béa? It's Thierry.`, `“Béa,
    it's Thierry.`, `“Arthur, it's me. It's Peg.”`), with a known first name, the name of
    a person the story knows, or a family word after a call (`“Frances? Frances, it’s Mum.`;
    not `Quick, it's Mum!`, nor `It's Saturday.`, nor a place: see _introduced_inside)."""
    found = _ITS_NAMED.search(st.doc.text, q.start, q.end)
    if found is None:
        return None
    name = found.group("name")
    if name.lower() in FAMILY_NAMES:  # only after a call (`Frances? Frances, it’s Mum.`),
        # not a warning (`Quick, it's Mum!`)
        call = _CALLER_OPENS.match(st.doc.text, q.start, q.end)
        return found if call is not None and first_name_gender(
            call.group(1).lower()) != "unknown" else None
    known = st.people.find(Mention("name", name, found.start("name"), found.end("name"), (
        name,)), found.start("name"))
    return found if first_name_gender(name.lower()) != "unknown" or (
        known is not None and not known.organisation) else None


_CALLER_OPENS = re.compile(r"[“\"]([A-Z][a-z]+)[?,]")
"""A line that opens by calling somebody (`“Frances? …`; see _its_name)."""
_ITS_NAMED = re.compile(r"(?:[.!?] +I|, +i)t[’']s (?P<name>[A-Z][a-z]+)(?=[.!?])")
"""`It's` and a name as a sentence after another, or after a call's comma (see _its_name)."""
_SENTENCE_OPENS = re.compile(r"(?:[“\"]|[.!?] )\Z")
"""What comes right before a sentence's first word in a line (see _introduced_inside)."""


def _name_answered(ctx: Context, st: State) -> Decision | None:
    """A paragraph that is only a line opening with a full name, answering a line in the
    paragraph before that asks who the one spoken to is (`“I don’t believe we were properly
    introduced, my dear.”` / `“Celia Marsh. I’m — I was — his ward.”`; `“Who is it?”` / `“Ann
    Metcalfe. Shaw Gate.”`), or a line that gives a name and says who the speaker is
    (`“Tomek. I’m the grandson.`): that person's, whoever a beat or the turns would make
    it; an answer may come after a beat (`The young man looked at the machine. “Liam
    Doyle.”`, after `“…would you state your name for the tape, please.”`). Not a name of
    the common words (`“Good Lord.`), nor a body."""
    text, q = st.doc.text, ctx.quote
    lo, hi = st.doc.bounds[q.block]
    if q.start != lo and st.doc.by_block[q.block][0] != q:
        return None
    found = (_NAME_SELF.match(text, q.start, q.end) or _named_with_role(text, q)) if (
        q.start == lo) else None
    if found is None:
        if text[q.end : hi].strip():
            return None
        found = _NAME_ANSWER.match(text, q.start, q.end) if _asked_name_before(
            ctx, st) else None
    if found is None or found.group("name").split()[0].lower() in st.doc.page.common:
        return None
    toks = tokenize(text, found.start("name"), found.end("name"))
    m = whole_name(toks, 0, len(toks), st.doc.page)
    if m is None:
        return None
    key, _conf = st.resolve(m, found.start("name"))
    if key is None or st.people.entities[key].organisation:
        return None
    return Decision(st.people.current(key), 0.85, None, "introduced", found.start("name"))


def rule_voice_cue(ctx: Context, st: State) -> Decision | None:
    """A story's line cued by a voice, not a person (`“Mrs. Doyle?” said a woman’s voice.
    “This is Sister Agnes at St. Vincent’s.”`): the one the line's paragraph names as its
    caller, when the story knows them; else whoever the voice is said to be (`a woman`, a
    character of their own): never the one the beat before shows (Maggie, who picked up
    the phone). A bare `said a voice` is left to the later rules, which find a speaker
    revealed after it (round 54: a dragon, a ship's computer)."""
    m = _VOICE_CUE.match(st.doc.text, ctx.quote.end)
    shown = _voice_shown(ctx, st, m) if m is not None else None
    if shown is not None or not st.doc.dialogue:
        return shown
    owner = _voice_came(ctx, st) or _voice_heard_before(ctx, st)
    if owner is not None:
        return owner
    if m is None:
        return None
    for q in st.doc.by_block.get(ctx.quote.block, []):
        named = _SELF_NAMED.search(st.doc.text, q.start, q.end)
        if named is None:
            continue
        e = st.named_in_line(named.group("name"), named.start("name")) or st.named_in_line(
            named.group("name").split()[-1], named.start("name"))
        if e is not None and not e.organisation:
            return Decision(st.people.current(e.key), 0.8, m.group().strip(" ,"), "voice",
                            named.start("name"))
    said_of = _voice_owner(st, m)
    return Decision(said_of, 0.75, m.group().strip(" ,"), "voice") if said_of is not None else (
        None)


def _voice_owner(st: State, m: re.Match[str]) -> int | None:
    """The character a voice is said to be of (`a woman’s voice`: `a woman`, one of
    _VOICE_OWNERS), or None."""
    who = m.groupdict().get("who") or m.groupdict().get("who2") or m.groupdict().get("who3")
    if who is None or who not in _VOICE_OWNERS:
        return None
    return st.people.anonymous(Mention("role", f"a {who}", m.start(), m.end(), ("a", who),
                                       gender=titles_gender((who,)))).key


def _voice_shown(ctx: Context, st: State, m: re.Match[str]) -> Decision | None:
    """`“You have,” said a voice behind us. Isla had followed on the quad bike.`: the person
    the next sentence of the paragraph opens with, as its subject, owns the voice (in a
    report or a story)."""
    block = ctx.quote.block
    text = st.doc.text
    end = _sentence_end_after(st, block, m.end())
    start = end + len(text[end : end + 4]) - len(text[end : end + 4].lstrip())
    if start >= st.doc.bounds[block][1] or text[start] in OPENING_MARKS:
        return _voice_shown_next(ctx, st, m)
    first = next(iter(st.people.between(start, start + 1)), None)
    if first is None or st.people.entities[first.key].organisation or first.rank < SUBJECT_RANK:
        return None
    return Decision(st.people.current(first.key), 0.8, m.group().strip(" ,"), "voice", start)


def _voice_shown_next(ctx: Context, st: State, m: re.Match[str]) -> Decision | None:
    """`“It’s no good staring at it,” said a voice behind him. “…”` / `It was Pim, the otter
    from the mill pond, …`: the one the next paragraph says it was in one of its first
    VOICE_SHOWN_SENTENCES sentences (`That was Marcus Pontius Celer, twenty-nine…`; `They
    all jumped. One of the dinner ladies had come up… It was Mrs. Cartwright`), naming
    nobody before, when the line's own paragraph says no more after the voice."""
    block = ctx.quote.block
    if block + 1 >= len(st.doc.bounds) or st.doc.by_block.get(block + 1):
        return None
    last = st.doc.by_block.get(block, [])[-1]
    if st.doc.text[last.end : st.doc.bounds[block][1]].strip():
        return None  # narration after the last line says whose it was, or not
    lo, hi = st.doc.bounds[block + 1]
    for start in [lo, *sentence_ends(st.doc.text, lo, hi)][:VOICE_SHOWN_SENTENCES]:
        shown = _VOICE_WAS_WHO.match(st.doc.text, start)
        if shown is not None:
            break
    else:
        return _voice_then_shown(st, m, block)
    first = next(iter(st.people.between(shown.end(), shown.end() + 1)), None)
    if first is None or st.people.entities[first.key].organisation or st.people.persons_between(
            lo, shown.start(), 0):
        return None  # (`Tom turned. It was Ada`: Tom's no voice)
    at = m.end() - len(m.group().lstrip(" ,\n"))  # the cue, between a line's two parts
    return Decision(st.people.current(first.key), 0.8, m.group().strip(" ,"), "voice", at)


def _voice_then_shown(st: State, m: re.Match[str], block: int) -> Decision | None:
    """`“Good morning!”` / `The voice came from behind the tamarisk, pleasant, cultivated,
    and entirely unwelcome. Ambrose Vance rode round it on a tall white camel…`: the next
    paragraph opens with the voice, naming nobody, and its next sentence opens with a person
    as its subject, who owns the voice (see _voice_shown_next)."""
    lo, hi = st.doc.bounds[block + 1]
    if m.end() <= lo or st.doc.text[lo : m.start()].strip():
        return None
    end = _sentence_end_after(st, block + 1, m.end())
    start = end + len(st.doc.text[end : end + 4]) - len(st.doc.text[end : end + 4].lstrip())
    if start >= hi or st.people.persons_between(lo, start, 0):
        return None  # the voice's own sentence names somebody, or nothing follows it
    first = next(iter(st.people.between(start, start + 1)), None)
    if first is None or st.people.entities[first.key].organisation or first.rank < SUBJECT_RANK:
        return None
    return Decision(st.people.current(first.key), 0.75, None, "voice", start)


VOICE_SHOWN_SENTENCES = 4
"""How many sentences into the next paragraph a voice's owner may be shown (see
_voice_shown_next)."""
_VOICE_WAS_WHO = re.compile(r"\s*(?:It|That|This) was ")
"""`It was Pim`, `That was Marcus Pontius Celer`: who spoke, after a voice (see
_voice_shown_next)."""


def _voice_came(ctx: Context, st: State) -> Decision | None:
    """`Lady Vane’s voice came from the terrace. “Harriet! Breakfast!”`: the line after a
    sentence that only says whose voice sounded is theirs (`His voice carried across…`: the
    he resolved as usual)."""
    lo = max(st.doc.bounds[ctx.quote.block][0], ctx.prev.end if ctx.prev is not None else 0)
    found = _VOICE_CAME.search(st.doc.text, lo, ctx.quote.start)
    if found is None:
        return None
    who = found.group("who")
    a = found.start("who")
    m: Mention | None
    if who.lower() in ("his", "her"):
        m = object_pronoun(who.lower(), a, a + len(who))
    else:
        toks = tokenize(st.doc.text, a, found.end("who"))
        m = name_mention([*toks[:-1], owner_of(toks[-1])], 0, len(toks), st.doc.page)
    if m is None or m.kind not in ("name", "pronoun"):
        return None
    return _decide(Cue(m, a, found.end("who"), 0.8), ctx, st, "voice")


def _voice_heard_before(ctx: Context, st: State) -> Decision | None:
    """A line that opens its paragraph after one of narration whose last sentence hears a
    voice nobody is said to own (`…from the empty dark a boy’s voice spoke, hoarse, in a
    sing-song that Beatrice Hollins had not heard in fifteen years.`): the voice's, a
    character of their own when it is said whose (`a boy`), else nobody known; never a turn
    of the talk before, nor the one the sentence names as hearing it."""
    b = ctx.quote.block
    lo = st.doc.bounds[b][0]
    if b == 0 or st.doc.text[lo : ctx.quote.start].strip() or st.doc.by_block.get(b - 1):
        return None
    plo, phi = st.doc.bounds[b - 1]
    ends = [plo, *sentence_ends(st.doc.text, plo, phi)]
    last = max((e for e in ends if e < phi - 1), default=plo)
    heard = _VOICE_HEARD.search(st.doc.text, last, phi)
    if heard is None:
        return None
    owner = _voice_owner(st, heard)
    return Decision(owner, 0.7 if owner is not None else 0.6, heard.group().strip(), "voice")


_VOICE_HEARD = re.compile(
    r"\b(?:[Aa]n?|[Tt]he) (?:[a-z-]+ ){0,2}?(?:(?P<who>[a-z]+)[’']s )?voice,? (?:[a-z]+ )?"
    r"(?:spoke|said|called|came|whispered|answered|rose|sang|began|croaked|hissed|drifted|"
    r"floated)\b")
"""A voice heard in the narration (see _voice_heard_before)."""


_VOICE_CAME = re.compile(
    r"(?:\A|(?<=[.!?”] )|(?<=\n))(?P<who>[Hh]is|[Hh]er|(?:(?:[A-Z][a-z]{1,3}\. )?[A-Z][\w’'-]+ )"
    r"{0,2}[A-Z][\w-]+[’']s) (?:voice|whisper) (?:came|rang out|rang|called|floated|drifted|"
    r"carried|sounded|cut|boomed|echoed|broke in|found me|reached me)\b[^.!?“”]*[.!?:]\s*\Z")
"""A sentence that says whose voice sounded, right before the line (see _voice_came; also
`Hatcher's whisper found me anyway.`)."""
_VOICE_OWNERS = word_set("man woman girl boy child lady gentleman stranger")
"""Who a voice may be said to be of (`a woman’s voice`; see rule_voice_cue)."""


_RADIO_CALL = re.compile(
    r"[“\"]?(?:[A-Z][\w-]*(?: [\w-]+){0,2}, )+this is (?:the |yacht |(?:fishing |motor )?vessel"
    r" |(?:Sergeant|Constable|Inspector|Captain|Officer|Doctor|Nurse|Dr\.?) )?"
    r"(?P<name>[A-Z][\w-]+)(?=[.,!])")
"""A radio or phone call that names its caller (`“Base camp, this is Tenzin. I copy.”`,
`“Holyhead Coastguard, this is yacht Curlew, yacht Curlew…”`, `“Mulga Downs, this is
Sergeant Dunn.”`)."""


_ITS_ME = re.compile(
    r"[“\"](?P<lead>(?:(?:Hello|Hi|Hey|Morning|Evening)[,.!]? +|Is that [A-Z][\w-]+\? +"
    r"(?:[A-Z][a-z]+[.!] +)?|[A-Z][\w-]+(?: [A-Z][\w-]+)?, +(?=it[’']s )"
    r"|[A-Z][\w-]+\? +(?=[A-Z][\w-]+, +it[’']s )"
    r"|[\w ,]{0,40}\bmessage for [A-Z][\w-]+(?: [A-Z][\w-]+)?[?.!] +)*)(?:It[’']s|It is"
    r"|it[’']s) (?P<name>[A-Z][\w-]+(?: [A-Z][\w-]+)?)(?:[.!] +| (?=from\b))(?P<rest>[^”\"]*)"
    r"|[“\"](?:[A-Z][\w ]{0,30}, +(?:[\w ]{1,30}, +)?)?(?P<name2>[A-Z][\w-]+) speaking\b")
"""A caller who names themselves the telephone's way (`“Is that Priya? Lovely. It's
Marjorie. I'm on a terrace…”`, `“Ffion, it’s Gaz. We’ve got a walker…”`, `“Mum? Mum, it's
Daniel.”`, a voicemail's `“Hello, this is a message for Callum Reid? It's Dr Ferris from the
eye clinic, I'm calling…”`, `“IT Support, Gareth speaking…”`, `“Ashgrove, night staff, Tomasz
speaking.”`; see rule_radio_call)."""
_FIRST_PERSON = re.compile(r"\b(?:I|I[’'](?:m|ve|ll|d)|me|my)\b")
_CALLER_TITLES = frozenset({"Dr", "Mr", "Mrs", "Ms", "Miss", "Nurse", "Sister", "Father"})
"""Titles before the name a caller gives (`It's Dr Ferris from the eye clinic`: see
rule_radio_call)."""


_RADIO_WORDS = re.compile(r"\b(?:Over|over|Out|out)[.!]|\b(?:yacht|vessel|lifeboat)\b")
"""The radio's words in a call (`Over.`, `this is yacht Curlew`; see rule_radio_call)."""


def _its_me(ctx: Context, st: State) -> re.Match[str] | None:
    """The line names its caller the telephone's way (see _ITS_ME): `It's Marjorie.` after a
    greeting or a check of who answered, or followed by the caller's own I or my (not `It's
    Tom. He's back!` of somebody seen coming), or `Gareth speaking`."""
    m = _ITS_ME.match(st.doc.text, ctx.quote.start)
    if m is None or m.end() > ctx.quote.end or m.group("name2") or m.group("lead") or (
            _FIRST_PERSON.search(m.group("rest") or "")):
        return m
    return None


def rule_radio_call(ctx: Context, st: State) -> Decision | None:
    """A story's line that calls somebody and names its caller the radio's way (`“Base camp,
    this is Tenzin. I copy. Over.”`, `“Calloway, this is Brandt…”`), or the telephone's (see
    _its_me): the caller's, when the story knows that name as a person, and the line does
    not call them; a boat or a station calling the radio's way (`this is yacht Curlew`, `this
    is base camp`) is nobody the story has voiced, so no turn's either."""
    if not st.doc.dialogue:
        return None
    m = _RADIO_CALL.match(st.doc.text, ctx.quote.start) or _its_me(ctx, st)
    if m is None:
        return None
    speaking = m.re is _ITS_ME and m.group("name2") is not None
    name = "name2" if speaking else "name"
    e = st.named_in_line(m.group(name), m.start(name))
    words = m.group(name).split()
    titled = m.re is _ITS_ME and words[0] in _CALLER_TITLES and len(words) == 2
    if e is None and (speaking or titled):  # `Gareth speaking`, `It's Dr Ferris from the
        # clinic` bring the caller in, if need be
        key, _conf = st.resolve(Mention("name", m.group(name), m.start(name), m.end(name),
                                        tuple(words[titled:]), tuple(w.lower() for w in words[
                                            :titled])), m.start(name))
        e = st.people.entities[key] if key is not None else None
    if m.re is _RADIO_CALL and (e is None or e.organisation) and _RADIO_WORDS.search(
            st.doc.text, ctx.quote.start, ctx.quote.end):
        return Decision(None, 0.6, None, "radio")  # `this is yacht Curlew, … Over.`: a boat
        # or a station calling, whose voice the story has not told
    if e is None or e.organisation or st.people.current(e.key) in st.addressed(ctx.quote):
        return None
    return Decision(st.people.current(e.key), 0.8, None, "radio", -1)


def rule_then_louder(ctx: Context, st: State) -> Decision | None:
    """`“Sixpence?” Esme called. Then louder: “SIXPENCE!”`: a sentence of only how the words
    come (`Then louder:`, `And again, softer:`, `Then, after a pause:`) between two quotes of
    a paragraph, or opening the next paragraph (`“Twelve years,” he said, mostly to
    himself.` / `Then, a moment later: “Actually, I might.”`), or only whom they are said to
    (`“I'll fight her,” she said. Then, to Bell: “But we get eight weeks.”`, see _how_words),
    goes on with the speaker of the quote before, when that one was voiced through a cue
    between them."""
    k = bisect.bisect_left(st.doc.quote_starts, ctx.quote.start)
    prev = ctx.prev or (st.doc.quotes[k - 1] if k > 0 else None)
    words = _how_words([t for t in ctx.left if is_word(t)])
    if prev is None or prev.block not in (ctx.quote.block, ctx.quote.block - 1) or not words or (
            ctx.left[-1].text != ":") or not all(w in _HOW_SAID for w in words):
        return None
    if prev.block != ctx.quote.block and (set(words) <= {"then", "and"} or st.doc.text[
            st.doc.bounds[ctx.quote.block][0] : ctx.left[0].start].strip()):
        return None  # `A silence on the line. Then: “Which colonel?”`: the other end
    d = st.decided.get(prev)
    if d is not None and d.at < 0 and prev.block != ctx.quote.block:
        d = st.decided.get(st.doc.by_block[prev.block][0])  # `“…,” he said. “…”`: the cue
    lo = prev.end if prev.block == ctx.quote.block else st.doc.bounds[prev.block][0]
    if d is None or d.speaker is None or not lo <= d.at < ctx.quote.start:
        return None  # (the paragraph before: its own cue, anywhere in it)
    return Decision(d.speaker, d.confidence, d.cue, "then", d.at)


def _how_words(words: list[Tok]) -> list[str]:
    """The words of a sentence before a line, lower-cased, past whom the line is said to
    (`Then, to Bell:`, `to the mehndi-wali`, `not quite to me`) and `over his shoulder`:
    what is left says only how the words come (see rule_then_louder)."""
    out: list[str] = []
    k = 0
    while k < len(words):
        w = words[k].low
        if w == "to" and k + 1 < len(words):
            k += 1
            if words[k].low == "the" and k + 1 < len(words):
                k += 1
            elif is_cap(words[k]):
                while k + 1 < len(words) and is_cap(words[k + 1]):
                    k += 1
            elif words[k].low not in ("me", "him", "her", "them", "us", "nobody", "himself",
                                      "herself", "everyone", "no-one"):
                return [w, words[k].low]
        elif w == "over" and k + 2 < len(words) and words[k + 2].low == "shoulder":
            k += 2
        else:
            out.append(w)
        k += 1
    return out


_HOW_SAID = word_set("""then and again once more still even louder softer quieter lower
    higher faster slower loudly softly quietly urgently sharply desperately firmly gently
    after a pause beat moment later not quite""")
"""Words of a sentence that only says how the next words come (see rule_then_louder)."""


def _cue_of_its_own(ctx: Context, st: State, at: int) -> bool:
    """A later verb between the two parts of a quote introduces the second one, with a
    subject of its own (`…, and the Gryphon answered, very nearly…, “B.”`), set off by a
    comma or colon (not `…, who agreed to everything that Alice said; “B”`), and not in a
    clause that a subordinator opens (`…, and, as the Hare warned, “B”`); the writer's
    `I said` or `I’d said` is such a verb."""
    left = [t for t in ctx.left if t.start > at]
    if any(t.text in ("I", "I’d", "I'd") and is_speech_verb(n) for t, n in pairwise(left)):
        return True  # `“…,” he’d said, and I’d said, “Like what?”`: the writer's
    later = cue_in_sentence(ctx, st.doc.page)
    if later is None or later.start <= at:
        return False
    before = [t for t in ctx.left if t.end <= later.start]
    while before and before[-1].low in DETERMINERS:
        before.pop()  # `as the Hare`
    if before and (opening_subordinator(before[-1].text) or before[-1].low == "as"):
        return False  # `…, and, as the Hare warned, “B”` is still the first speaker's
    after = [t for t in ctx.left if t.start >= later.end]
    return bool(after) and after[0].text in (",", ":")


def rule_same_paragraph(ctx: Context, st: State) -> Decision | None:
    """A quote that is a whole sentence, or opens one, continues the last voiced quote's
    speaker in the same paragraph (`“A,” Smith said. “B.”`, `Smith said on “This Week.” “B.”`,
    `“A,” she said. “B--” (an aside)`).

    Edge cases: a quote that only opens its sentence needs four words (`“Non-paper” is a
    term…` is a term, not a line); quotes the narrator kept (a show's title) in between are
    skipped; a person
    named, or a pronoun that cannot be the speaker, in a sentence after the one that voiced
    the previous quote breaks the chain (an aside in that sentence does not).
    """
    if not (ctx.whole or (_opens_sentence(ctx) and ctx.words >= 4) or _then_to(ctx, st)) or (
            _shouted(ctx)) or (ctx.words < 2 and not _word_after_cue(ctx, st)):
        return None
    earlier = [q for q in st.doc.by_block.get(ctx.quote.block, []) if q.end <= ctx.quote.start]
    voiced = [q for q in earlier if st.decided.get(q, _NONE).speaker is not None]
    if not voiced:
        return None
    d = st.decided[voiced[-1]]
    assert d.speaker is not None
    start = _sentence_end_after(st, ctx.quote.block, max(voiced[-1].end, d.at))
    if start < ctx.quote.start and _other_person_between(st, start, ctx.quote.start, d.speaker):
        return None
    return Decision(d.speaker, round(d.confidence * 0.95, 2), d.cue, "continues")


def _then_to(ctx: Context, st: State) -> bool:
    """The line follows a colon after words that name no new speaker (`“Cut,” says Chidi.
    Then, to his brother: “That’s the film.”`, `Then, quietly: “…”`): the same speaker's."""
    prev = ctx.prev
    if prev is None or prev.block != ctx.quote.block:
        return False
    start = _sentence_end_after(st, ctx.quote.block, prev.end)
    return start < ctx.quote.start and _THEN_TO.fullmatch(
        st.doc.text, start, ctx.quote.start) is not None


_THEN_TO = re.compile(r"\s*(?:And )?(?:Then|Later|Finally|After a (?:moment|pause)),? *"
                      r"(?:(?:to|at) (?:his|her|their|the) [a-z]+|(?:more |less )?[a-z]+ly)?: *")
"""A lead that hands the next line to the one who just spoke (`Then, to his brother:`,
`Then, more seriously:`; see _then_to)."""


def _word_after_cue(ctx: Context, st: State) -> bool:
    """A one-word line right after the sentence that ends with the cue of the line before
    it (`“…,” he told CNN. “Again.”`, `“…,” Estrada-Kim said. “Literally.”`): the same
    speaker's afterthought."""
    prev = ctx.prev
    if not ctx.whole or prev is None or st.decided.get(prev, _NONE).speaker is None:
        return False
    between = st.doc.text[prev.end : ctx.quote.start]
    return "\n" not in between and between.count(".") == 1 and between.rstrip().endswith(".")


def _opens_sentence(ctx: Context) -> bool:
    """Nothing but punctuation comes before the quote in its sentence (words may follow:
    `“I must be near the centre--” (for, you see, …)`)."""
    return not any(is_word(t) for t in ctx.left) and (
        ctx.prev is None or ctx.prev.end <= ctx.sentence[0].start)


def _sentence_end_after(st: State, block: int, pos: int) -> int:
    """The first sentence end at or after pos in the block (or the block's end)."""
    return st.doc.end_after(block, pos)


def _other_person_between(st: State, a: int, b: int, key: int) -> bool:
    """A different person is named (or a pronoun is used that cannot be them) in text[a:b].

    Edge cases: people named only as objects do not count when the speaker is named again
    there as a subject (`Roe supports Smith.` keeps Roe as the next quote's speaker).
    """
    others = st.people.persons_between(a, b, 0) - {key}
    if others and (st.people.persons_between(a, b) - {key} or not _subject_again(st, a, b, key)):
        return True
    g = st.people.entities[key].gender
    toks = st.doc.narration_tokens(a, b)
    if any(_new_role_acts(toks, k, st.doc.page) for k in range(len(toks) - 2)):
        return True  # `Seconds later, a battalion chief broke in.`
    for k, t in enumerate(toks):
        pg = PRONOUN_GENDER.get(t.text.lower())
        if pg is not None and g != "unknown" and pg != g and not (
                k + 1 < len(toks) and possessive_at(toks, k + 1) and (
                    owner_of(toks[k + 1]).text.lower() in KIN_WORDS)):
            return True  # but `Her brother’s voice had gone quiet.` is the brother's
    return False


def _new_role_acts(toks: Sequence[Tok], k: int, page: Page) -> bool:
    """toks[k] opens a clause with somebody brought in by a role and a speaking verb right
    after it (`a battalion chief broke in`, `Another deputy said`): a person new here, not
    whoever spoke before."""
    if toks[k].low not in ("a", "an", "another") or (k > 0 and is_word(toks[k - 1]) and (
            toks[k - 1].low not in ("and", "but", "then", "when"))):
        return False
    n = next((n for n in range(k + 1, min(k + 4, len(toks) - 1)) if page.role_word(toks[n].low)),
             None)
    return n is not None and all(t.text.islower() and is_word(t) for t in toks[k + 1 : n]) and (
        is_speech_verb(toks[n + 1]) or toks[n + 1].low in _PHRASAL or (
            toks[n + 1].low in ("spoke", "took", "answered", "interrupted")))  # not `A chair
    # scraped.`


def _subject_again(st: State, a: int, b: int, key: int) -> bool:
    """The speaker is named again as a subject in text[a:b] (`Roe supports Smith.`), so other
    people named there only as objects do not take the next quote."""
    return any(m.key == key and m.rank >= SUBJECT_RANK for m in st.people.between(a, b))


def _lines_from(toks: Sequence[Tok], page: Page) -> Mention | None:
    """`Key lines from Treviño-Hale’s briefing:`, `Here are the key lines from the reply by
    the leader of the opposition, Sir Declan Ashworth-Mayhew:`: an intro to excerpts names
    whose they are, the last person it names."""
    f = next((k for k in range(1, min(len(toks), 7)) if toks[k].low == "from" and toks[
        k - 1].low in _EXCERPTS), None)
    if f is None:
        return None
    found = None
    k = f + 1
    while k < len(toks):
        if is_cap(toks[k]) and is_word(toks[k]):
            j = run_end(toks, k)
            last = owner_of(toks[j - 1]) if possessive_at(toks, j - 1) else toks[j - 1]
            m = name_mention([*toks[k : j - 1], last], 0, j - k, page)
            found = m if m is not None and m.kind == "name" and not m.weak else found
            k = j
        else:
            k += 1
    return found


_EXCERPTS = word_set("lines quotes highlights excerpts extracts moments remarks")
"""Nouns for excerpts of somebody's words (`Key lines from Smith’s briefing:`)."""


def _bullets_from(ctx: Context, st: State) -> int | None:
    """For a quote that opens a bullet (`• On rescues: “…”`, `• ‘…’`), the block before the
    list it belongs to: the first one before it that is not a bullet."""
    q = ctx.quote
    lo, hi = st.doc.bounds[q.block]
    if ctx.prev is not None or ctx.next is not None or st.doc.text[q.end : hi].strip(
            ".,;!? ") or not _BULLET.fullmatch(st.doc.text[lo : q.start]):
        return None
    block = q.block - 1
    while block >= 0 and st.doc.text[st.doc.bounds[block][0] :].startswith(_BULLETS):
        block -= 1
    return block


_BULLETS = ("•", "·", "▪", "‣", "* ", "- ", "– ")
_BULLET = re.compile(r"\s*[•·▪‣*–-]\s*(?:(?:And )?[Oo]n [^:“\"‘]{1,40}:\s*)?")
"""A bullet before a quote, with a topic label (`• On evacuations: “…”`)."""


def _paragraph_opener(ctx: Context, st: State) -> bool:
    """The quote is a whole sentence of two words or more at the very start of its
    paragraph, not in capitals (`NO WAY` is a sign or a headline); in a text written as
    dialogue a one-word line that is its whole paragraph counts too (`“No.”` is a turn), and
    so does one that is a whole sentence before a beat and more of the same person's words
    (`“Hannah.” Her brother’s voice had gone quiet. “Come to Germantown.”`)."""
    q = ctx.quote
    lo, hi = st.doc.bounds[q.block]
    alone = st.doc.dialogue and (not st.doc.text[q.end : hi].strip() or (
        ctx.whole and ctx.next is not None and ctx.next.block == q.block))
    opens = (ctx.whole and not st.doc.text[lo : q.start].strip()) or (
        not any(is_word(t) for t in ctx.right) and _nobody_beat(st, lo, q.start))
    return opens and ctx.prev is None and (ctx.words >= 2 or alone) and not _shouted(ctx)


def _nobody_beat(st: State, lo: int, hi: int) -> bool:
    """In a story, the narration at text[lo:hi] before a line is only a pause (`A silence on
    the line. Then: “Which colonel?”`, `A long pause. “…”`): the line still opens its
    paragraph's turn. Not `Moy frowned.`, `She paused.`, nor `The radio crackled.`, which
    bring in whoever speaks."""
    if not st.doc.dialogue:
        return False
    words = {w.lower() for w in re.findall(r"[\w’'-]+", st.doc.text[lo:hi])}
    return bool(words) and words <= _PAUSE_WORDS and bool(words & _PAUSES)


_PAUSES = word_set("pause silence beat then")
_PAUSE_WORDS = _PAUSES | word_set("a an the long short brief another on line")
"""A beat that is only a pause (see _nobody_beat): one of _PAUSES, and these words."""


def _shouted(ctx: Context) -> bool:
    """All the quote's letters are capitals (a headline, a sign, a chant)."""
    letters = [c for c in ctx.inner if c.isalpha()]
    return len(letters) > 3 and all(c.isupper() for c in letters)


def rule_colon_intro(ctx: Context, st: State) -> Decision | None:
    """The paragraph before ends with a colon after naming the speaker (`Cruz continued:`,
    `In a statement, the ministry said:`, `As Smith put it:`).

    Edge cases: a plain cue (`X said:`) decides with high confidence; otherwise the subject
    of that last sentence speaks, with lower confidence, when a verb follows a named one
    (`Cruz called them on it:`, but not `Partial transcript as follows:`), and of its last
    clause when it has its own (`Tom turned to the maid, and his wife addressed me:`, see
    _last_clause); no subject, no decision.
    """
    if ctx.quote.block == 0:
        return None
    block = ctx.quote.block - 1 if _paragraph_opener(ctx, st) else _bullets_from(ctx, st)
    if block is None or block < 0:
        return None
    lo, hi = st.doc.bounds[block]
    if not st.doc.text[lo:hi].rstrip().endswith(":"):
        return None
    last = lo + len(st.doc.text[lo:hi].rstrip()) - 1
    start = st.doc.sentence_of(block, last)
    toks = st.doc.narration_tokens(start, hi)
    if QUOTE_TOKEN in (t.text for t in toks):
        toks = toks[max(k for k, t in enumerate(toks) if t.text == QUOTE_TOKEN) + 1 :]
    d = _decide(_cue_before_tokens(toks, st.doc.page), ctx, st, "colon")
    if d is not None:
        return d
    owner = _owner_reply(toks, st.doc.page) or _lines_from(toks, st.doc.page)
    if owner is not None:
        return _decide(Cue(owner, owner.start, toks[-1].end, 0.8), ctx, st, "colon")
    clause = _last_clause(toks, st.doc.page)
    paper = _handed_paper(clause, st.doc.dialogue)
    if paper is not None:
        issuer = document_issuer(clause, paper, st.doc.page)  # `Tom brought Ann's letter:`
        if issuer is None:
            return Decision(None, 0.9, None, "document")  # `a servant brought the note:`
        return _decide(Cue(issuer, issuer.start, issuer.end, 0.8), ctx, st, "colon")
    m = main_subject(clause, len(clause), st.doc.page)
    if m is not None and m.kind == "name" and toks[0].start == st.doc.bounds[block][0] and (
            _label_aside(clause, m)):
        return _decide(Cue(m, m.start, m.end, 0.85), ctx, st, "colon")
    if m is None or (m.kind == "name" and not _verb_like(clause, _after_subject(clause, m))):
        return None  # `Partial transcript as follows:` names nobody who speaks
    return _decide(Cue(m, m.start, m.end, 0.8), ctx, st, "colon")


def rule_spoke_before(ctx: Context, st: State) -> Decision | None:
    """A story's paragraph of narration whose last sentence says somebody spoke (`…as she
    did so the Queen spoke without moving her lips, a trick all the women… learned.`): the
    line that opens the next paragraph is theirs. Not `spoke of` or `spoke about` (what
    was talked of), nor a paragraph that holds a line."""
    if not st.doc.dialogue or not _paragraph_opener(ctx, st) or ctx.quote.block == 0:
        return None
    block = ctx.quote.block - 1
    lo, hi = st.doc.bounds[block]
    if st.doc.by_block.get(block) or st.doc.article.blocks[block].kind != "paragraph":
        return None
    last = lo + len(st.doc.text[lo:hi].rstrip()) - 1
    toks = st.doc.narration_tokens(st.doc.sentence_of(block, last), hi)
    v = next((k for k, t in enumerate(toks) if t.low == "spoke" and not (
        k + 1 < len(toks) and toks[k + 1].low in ("of", "about"))), None)
    if v is None:
        return None
    m = subject_before(toks, v, st.doc.page)
    if m is None or not _beat_person(m):
        return None
    return _decide(Cue(m, m.start, toks[v].end, 0.8), ctx, st, "spoke")


def _label_aside(toks: Sequence[Tok], m: Mention) -> bool:
    """A round-up's label: the name opens it (after role words), and after the name only
    where or how they spoke (`Rep. Curtis Oyelowo (R-Nev.), on the social media platform
    X:`, `Gov. Jo Baek, speaking to reporters in Sacramento:`) or who they are (`Hazel
    Okonkwo, parent, Columbus:`, `Senator Lorraine Fitch, Republican, chair of the Senate
    Education Committee:`, `The Rev. Albert Cole, pastor of…, who was a plaintiff in the
    case:`), set off by a comma, then the colon; who they are has no verb but in a `who`
    clause."""
    k = next((i for i, t in enumerate(toks) if t.start >= m.end), len(toks))
    if k < len(toks) and toks[k].text == "(":
        k = next((i + 1 for i in range(k, len(toks)) if toks[i].text == ")"), len(toks))
    rest = toks[k:]
    if not (2 < len(rest) <= _LABEL_TOKENS and rest[0].text == "," and rest[-1].text == ":"):
        return False
    if rest[1].low in _LABEL_ASIDES:
        words = [t for t in rest if is_word(t)]
        return len(words) <= _LABEL_WORDS and not any(t.text == "," for t in rest[2:])
    for t in rest[1:-1]:
        if t.low in ("who", "whose"):
            return True
        if t.text == QUOTE_TOKEN or _verb_word(t) or is_speech_verb(t):
            return False
    return True


_LABEL_TOKENS = 25
_LABEL_WORDS = 12
_LABEL_ASIDES = word_set("on in at to via speaking writing posting testifying told")
"""Words that open a label's aside (see _label_aside)."""


def _handed_paper(clause: Sequence[Tok], story: bool) -> int | None:
    """Index of the paper a colon intro's clause hands over (`a servant brought the
    following note for Elizabeth:`, `Police found a note which read:`), whose words are its
    writer's, not the bearer's; None when there is none.

    Edge cases: not one the subject wrote or sent (`She sent a letter that read:`); a verb
    of handing over must come before it, unless it `read` (`found a note which read:`) or
    comes from somebody (`received a statement from the family:`); else, in a report, where
    people hand out their own words (`Klein handed reporters a statement:`, `Park delivered
    a blunt message:`), only a letter, note or telegram, and not given (`gave officers a
    note of thanks:`); in a story `gave` only a letter, note, telegram or message (`gave
    his statement:` is speech); not the subject's own paper
    (`handed reporters her resignation letter:`, `delivered his report:`); nothing may
    follow it but where it came from or went, or somebody reading it (`received the note
    with a frown, and turned to Henry:`, `received the message and turned to his men:`, `a
    letter he had written himself:`, `a note, smiling:` go on to the subject)."""
    paper = next((k for k, t in enumerate(clause) if t.low in _PAPERS), None)
    if paper is None or any(t.low in ISSUING for t in clause[:paper]):
        return None
    rest = [t for t in clause[paper + 1 :] if is_word(t) or t.text == ","]
    if [t.low for t in rest[:2]] in (["which", "read"], ["that", "read"]) or (
            rest and rest[0].low == "from"):
        return paper  # `found a note which read:`, `gave reporters a note from her doctor:`
    if not story and clause[paper].low not in _REPORT_LETTERS:
        return None
    if not any(t.low in _HANDED or (story and t.low in _GIVING and clause[paper].low in (
            _LETTERS)) for t in clause[:paper]):
        return None
    k = paper - 1
    while k > 0 and paper - k < 3 and is_word(clause[k]) and clause[k].text.islower() and (
            clause[k].low not in DETERMINERS | _OWNERS) and not possessive_at(clause, k):
        k -= 1  # `her resignation letter`
    if k >= 0 and clause[k].low in _OWNERS:
        return None  # the subject's own; but `his client's statement` is the client's, and
        # `handed her the letter` is nobody's
    if any(t.low in ("read", "reads") for t in rest):
        return paper  # `the letter, and she read it aloud:`
    if any(t.text == "," or t.low == "and" or t.low in SPEECH_VERBS or t.low in _AUXILIARIES
           for t in rest):
        return None
    return paper


_LETTERS = word_set("letter note telegram message")
"""Papers one gives (`gave Tom a letter:`; but `gave a statement:` is speech)."""
_REPORT_LETTERS = _LETTERS - {"message"}
"""Papers a report's people hand on that are somebody else's (a message is their own)."""
_GIVING = word_set("gave gives")
_PAPERS = DOCUMENTS | _LETTERS
"""What a colon intro may hand over instead of a speaker's words (see _handed_paper); a
message brought is read by the narrator too, though its bearer may tell it (`Dick brought
me a message from Anne:`): a line unvoiced is better than a wrong voice."""
_HANDED = word_set(
    "brought brings handed hands passed passes carried carries delivered delivers showed shows "
    "received receives found finds produced produces")
"""Verbs by which a paper changes hands (see _handed_paper): its bearer is not its writer."""


def _last_clause(toks: Sequence[Tok], page: Page) -> Sequence[Tok]:
    """The last main clause of a sentence joined by `, and` or `, but` (`Tom turned to the
    maid, and his wife addressed me:`) when its own subject is followed by a verb of speaking
    (not `, and Berg listened:`, whose line is still Tom's); else the whole sentence."""
    for c in range(len(toks) - 3, 0, -1):
        if toks[c].text == "," and toks[c + 1].low in ("and", "but"):
            tail = toks[c + 2 :]
            m = main_subject(tail, len(tail), page)
            if m is not None:
                v = _verb_at(tail, _after_subject(tail, m))
                if v < len(tail) and (tail[v].text in SPEECH_VERBS or tail[v].low in _ADDRESSING):
                    return tail
            break
    return toks


_ADDRESSING = word_set("addressed spoke")
"""Verbs of a clause that hands the line after a colon to its subject, with SPEECH_VERBS."""


def _after_subject(toks: Sequence[Tok], m: Mention) -> int:
    """Index of the first word after the mention m in toks, past an aside (`Smith, …,`)."""
    return skip_aside(toks, next((k for k, t in enumerate(toks) if t.start >= m.end), len(toks)))


def cue_inline_colon(ctx: Context, page: Page) -> Cue | None:
    """`Smith delivered a sharp retort: “…”`, `Jones resisted: “…”`, `Politico reveals a few
    facts: “…”`: a sentence whose subject is a named person or an organisation runs up to a
    colon (or a dash) and the quote completes it.

    Edge cases: `Here’s Smith in 1992:` and `More from Smith:` hand over to Smith (see
    _presented), and so does `Smith’s reply:` (see _owner_reply); the colon must sit right
    before the quote; a role subject is not enough here, a he or she only when it opens the
    sentence or its main clause (`He also played up his strength: “…”`, `Asked about it, he
    demurred: “…”`); the subject must be followed by a verb; a subject after a preposition
    (`On CNN:`) or a possessive (`Smith’s plan:`) is no subject, nor is a name that only
    qualifies an organisation noun (`The Smith campaign, …, put it:` is the campaign's);
    another quote earlier in the sentence ends the search; a subject who found
    something (`Claire found one in his coat pocket:`) does not speak it.
    """
    toks = ctx.left
    if len(toks) < 3 or toks[-1].text not in (":", "—", "–", "-"):
        return None
    if any(t.text == QUOTE_TOKEN for t in ctx.sentence[: ctx.index]):
        return None
    shown = _presented(toks, page) or _owner_reply(toks, page)
    if shown is not None:
        return Cue(shown, shown.start, toks[-1].end, 0.8)
    if _relative_speaks(toks):
        return None
    m = main_subject(toks, len(toks) - 1, page)
    blunt = _role_was_blunt(toks, m, page) if m is not None else None
    if blunt is not None:
        return Cue(blunt, blunt.start, toks[-1].end, 0.8)
    if m is None or m.weak or not (m.kind in ("name", "org") or (
            m.kind == "pronoun" and m.gender != "unknown" and _opens_clause(toks, m)
            and not any(t.text in (":", ";") or (t.text == "I" and t.start > m.end)
                        for t in toks[:-1]))):
        return None  # `She became so upset… that I had to change my answer:` is the writer's
    end = next((k for k, t in enumerate(toks) if t.start >= m.end), len(toks))
    vox = _age_and_place(toks, end) if m.kind == "name" else None
    if (vox == len(toks) - 1 and toks[-1].text == ":") or _headline_label(toks, end) or (
            m.start == toks[toks[0].low == "the"].start and _label_aside(toks, m)):
        return Cue(m, m.start, toks[-1].end, 0.8)  # `Agnieszka Wiśniewska, 45, Wrocław: “…”`,
        # `21:52 Evo Morales to TV: “…”`, `Hazel Okonkwo, parent, Columbus: “…”`
    after = skip_aside(toks, end) if vox is None else vox + 1
    if vox is None and end + 1 < len(toks) and toks[end].text == "," and m.start > toks[
            0].start and page.text[: m.start].rstrip().endswith(","):
        after = end + 1  # `The local MP, Tamsin Okafor-Reid, was less kind:`: her set-off ends
    if m.kind == "name" and after < len(toks) and toks[after].text in ORG_HEADS:
        group = role_back(toks, after, page, look_back=False)  # `The Clinton campaign, …,`
        if group is None or not (group.kind == "org" or group.definite):
            return None
        m, after = group, skip_aside(toks, after + 1)
    if after < len(toks) and toks[after].low in _FINDING:
        return None  # `My sister Claire found one in his coat pocket: “milk, Tuesday…”`:
        # what was found is read, not said
    if not _verb_like(toks, after) or (m.kind == "name" and len(m.name) == 1 and not (
            m.titles) and after < len(toks) and toks[after].low in ("are", "were")):
        return None  # `Desserts are a single line on the menu:`: a plural thing, nobody
    if any(t.low in _HEARING for t in toks[after:]) or _receives(toks, after) or any(
            t.low in _QUOTING and _as_saying(toks, k, len(toks)) for k, t in enumerate(toks)):
        return None  # `She heard a great many voices: “…”`: the quote is what was heard;
        # `The Gazette quoted her at the time as saying:`: hers (see _quoted_as)
    return Cue(m, m.start, toks[-1].end, 0.8)


def _headline_label(toks: Sequence[Tok], k: int) -> bool:
    """After the name ending before toks[k], only whom or what it was said to or on, in a
    headline's words, then the colon (`Morales to TV:`, `Ek on the budget:`): a label."""
    rest = toks[k:]
    return 2 < len(rest) <= 7 and rest[-1].text == ":" and rest[0].low in ("to", "on") and all(
        is_word(t) and not _verb_word(t) for t in rest[1:-1])


def _age_and_place(toks: Sequence[Tok], k: int) -> int | None:
    """Index of the mark after a vox pop's age and town set off after a name (`, 45,
    Wrocław:`, `, 29, Belfast, kept…`, `, 71,`), or None."""
    if not (k + 2 < len(toks) and toks[k].text == "," and toks[k + 1].text.isdigit() and len(
            toks[k + 1].text) <= 3 and toks[k + 2].text in (",", ":")):
        return None
    if toks[k + 2].text == "," and k + 3 < len(toks) and is_cap(toks[k + 3]):
        e = run_end(toks, k + 3)
        if e < len(toks) and toks[e].text in (",", ":"):
            return e
    return k + 2


def _receives(toks: Sequence[Tok], after: int) -> bool:
    """The subject's verb at toks[after] takes words from somebody else: a passive of
    speaking back with its agent (`she was answered by a heckler:`, `he was met with
    boos:`) or getting a reply (`she got a sharp reply from the mayor:`, `found a note`).
    Not any passive (`was asked by a reporter whether…:`, `was pleased with the result:`)
    nor `faced questions … and was defiant:`."""
    v = _verb_at(toks, after)
    if v + 2 >= len(toks):
        return False
    if toks[v].low in ("was", "were", "is", "are"):
        return toks[v + 1].low in _ANSWERED and toks[v + 2].low in ("by", "with")
    return toks[v].low in _RECEIVING and any(t.low in _REPLIES for t in toks[v + 1 : v + 5])


_ANSWERED = word_set("answered interrupted heckled confronted booed jeered met rebuked")
_RECEIVING = word_set("got gets received receives found finds")
_REPLIES = word_set("reply replies response answer note message letter")


def _presented(toks: Sequence[Tok], page: Page) -> Mention | None:
    """`Here’s Clinton in December 1992:`, `… - More from Jones:`, a live blog's `22:05
    Statement from the Met:`: a colon intro that hands over to a named person (or, for a
    statement, an organisation), with at most four words after the name (a time or a place)."""
    start = max((k + 1 for k, t in enumerate(toks) if t.text in ("-", "—", "–")),
                default=time_stamp_end(toks, dash=False))
    words = [t.low for t in toks[start : start + 2]]
    if words[:1] == ["here"] and toks[start].text.lower() != "here":
        k = start + 1  # `Here’s` (its `’s` is not part of the low form)
    elif words in (["here", "is"], ["more", "from"], ["statement", "from"]):
        k = start + 2
    elif words[:1] == ["from"] or (start + 2 < len(toks) and words[0] in ("a", "an") and (
            words[1] in DOCUMENTS or words[1] in _REPLY_NOUNS) and toks[start + 2].low == "from"):
        words = ["statement"]  # `From the Farm Coalition:`, `An email from Gareth in Swansea:`
        k = start + 1 if toks[start].low == "from" else start + 3
    else:
        return None
    if k < len(toks) and toks[k].low == "the" and words[0] == "statement":
        k += 1  # `Statement from the Met:`
    if k >= len(toks) or not (is_cap(toks[k]) and is_word(toks[k])):
        return None
    j = run_end(toks, k)
    m = name_mention(toks, k, j, page, ())
    if m is None or m.kind not in ("name", "org") or (
            m.kind == "org" and words[0] != "statement") or len(toks) - 1 - j > 4 or any(
            t.low in ("and", "&") for t in toks[j:]):
        return None  # `More from Blumenthal and Cohen:` is two people
    return m


def _opens_clause(toks: Sequence[Tok], m: Mention) -> bool:
    """m opens the sentence, or the main clause right after an opening phrase and its comma
    (`Asked which county he liked best, he demurred:`); not after `And` or `But` (`Rusk
    asked Bill Hale to step down. But he refused:` is Hale's line)."""
    k = next(n for n, t in enumerate(toks) if t.start >= m.start)
    return k == 0 or toks[k - 1].text == ","


def _owner_reply(toks: Sequence[Tok], page: Page) -> Mention | None:
    """`Clinton’s response was:`, `Trump’s reply:`, `Her advice to beginners:`, `Oskar's
    message from the factory floor was shorter:`: a colon intro whose subject is a named
    person's words, or a he's or she's; the owner speaks.

    Edge cases: the possessive must open the sentence and the words noun follow it (one
    word may qualify it: `His own verdict:`); after the noun only where or when the words
    went (see _reply_tail: `His words were drowned out by the crowd, which chanted:` is the
    crowd's; `Obama’s first five questioners ranged…:` are other people; `Smith’s plan:` is
    no reply).
    """
    k = next((n for n, t in enumerate(toks) if is_word(t)), len(toks))
    if k < len(toks) and toks[k].low in ("his", "her"):
        j, m = k + 1, Mention("pronoun", "she" if toks[k].low == "her" else "he", toks[k].start,
                              toks[k].end, gender="female" if toks[k].low == "her" else "male")
    else:
        j = run_end(toks, k) if k < len(toks) and is_cap(toks[k]) else k
        if j == k or not possessive_at(toks, j - 1):
            return None
        found = name_mention([*toks[k : j - 1], owner_of(toks[j - 1])], 0, j - k, page)
        if found is None or found.kind != "name" or found.weak:
            return None
        m = found
    if j + 1 < len(toks) and toks[j].text.islower() and toks[j + 1].low in _REPLY_NOUNS:
        j += 1  # `His own verdict:`
    if j >= len(toks) or toks[j].low not in _REPLY_NOUNS or not _reply_tail(toks[j + 1 : -1]):
        return None
    return m


def _reply_tail(rest: Sequence[Tok]) -> bool:
    """The words between a reply noun and its colon say only where or when the words went
    or came, and how they were (see _owner_reply): `to beginners`, `from the factory floor
    was shorter`, `on Monday was`, `was`; up to six words, no comma, and after `was` or `is`
    one word at most; an aside may open them (`Dlamini's answer, from the same meeting:`)."""
    if rest and rest[0].text == ",":
        rest = rest[1:]
    k = next((n for n, t in enumerate(rest) if t.low in ("was", "is")), len(rest))
    if k > 6 or not all(is_word(t) for t in rest[:k]):
        return False  # `His words were drowned out by the crowd, which chanted:`
    return len(rest) - k <= 2


_REPLY_NOUNS = word_set(
    """response reply answer retort rejoinder reaction message words comment comments verdict
    advice tip secret explanation warning plea prediction view opinion telling account rule
    motto mantra""")
"""Nouns for what someone said, whose owner speaks after a colon (`Clinton’s response was:`,
`Her rule is simple:`)."""


_HEARING = word_set(
    "heard hears hear overheard saw sees read reads noticed notices watched listened received")


_NOTES = (
    "letter|note|card|postcard|message|text|email|e-mail|telegram|reply|valentine|voicemail")
"""What a person writes to somebody and the story reads out (see rule_letter)."""
_LETTER_CUE = re.compile(
    rf"\s*,?\s*(?:(?:[Ii]t|[Tt]he (?:[a-z]+ )?(?:{_NOTES}))(?: +(?:had|simply|just|only))? +"
    rf"(?:read|reads|said|says|began|begins|ran|runs|went on|continued))\b")
"""`, it read`, `the card said`, `The note began` right after the quote (see rule_letter)."""
_LETTER_OPENS = re.compile(
    rf"(?:\A|(?<=[.!?”] )|(?<=\n))((?:[Ii]t|[Tt]he (?:[a-z]+ )?(?:{_NOTES})|(?:[Hh]is|[Hh]er) "
    rf"(?:[a-z]+ )?(?:{_NOTES})|(?:[A-Z][\w’'-]+ ){{0,2}}[A-Z][\w-]+[’']s (?:[a-z]+ )?"
    rf"(?:{_NOTES}))(?: +(?:had|simply|just|only))? +(?:read|reads|said|says|began|begins|ran"
    rf"|runs))(?:,? (?:simply|only|in full|in part))?[:,]?\s*\Z")
"""`It read: `, `The card said simply, `, `Her note said: `, `Dan’s text read: ` as the whole
narration before the quote in its sentence (see rule_letter)."""
_WHO = (r"(?:(?:Dr|Mr|Mrs|Ms|Mx|St|Gov|Sen|Rep|Lt|Col|Gen|Capt|Sgt|Prof|Rev|Fr|[A-Z])\. "
        r"|[A-Z][\w’'-]+ ){0,3}")
"""The words of a name before its last (see _WRITER)."""
_WRITER = re.compile(
    rf"\b(?:(?:{_NOTES})s? (?:[a-z]+ ){{0,2}}?from (?:(?:his|her|their|my|our) [a-z]+, )?"
    rf"(?P<from>{_WHO}[A-Z][\w-]+)(?![’'\w]| [A-Z])"
    rf"|(?P<own>{_WHO}[A-Z][\w-]+(?=[’']s )|\b[Hh]is|\b[Hh]er)(?:[’']s)? "
    rf"(?:[a-z-]+ ){{0,2}}"
    rf"(?:{_NOTES}|hand|handwriting|scrawl)\b"
    rf"|(?P<by>{_WHO}[A-Z][\w-]+|[Hh]e|[Ss]he) (?:had |has |then |later |"
    rf"also |finally )?(?:sent|left|wrote|written|scrawled|slipped|texted|emailed|mailed|"
    rf"pinned|tucked|penned|typed|signed)(?: [a-z]+){{0,3}}? (?:an?|the|one|another|his|her) "
    rf"(?:[a-z-]+ ){{0,2}}(?:{_NOTES})s?\b"
    rf"|\b(?:{_NOTES}) (?:that )?(?P<wrote>{_WHO}[A-Z][\w-]+) (?:had )?(?:written|wrote|sent)\b)")
"""Who wrote a note the narration brings in: `a card from Henry Blake`, `The letter was
from her grandmother, Ida Weiss`, `Dan’s text`, `her note`, `Ruth had left a note`, `a
letter Arthur Penrose had written`; not
`in her sister’s looping hand` (a kin word is no name) nor `Lena knew the handwriting`
(see rule_letter)."""
_NOTE_FROM = re.compile(rf"\b(?:{_NOTES})s? from (?P<from>{_WHO}[A-Z][\w-]+):\s*\Z")
"""A note brought in with its sender right before a colon and its words (`It was a text
from Marcus Webb: `, see rule_letter)."""
_NOTE_FROM_BEFORE = re.compile(
    rf"(?:\A|(?<=[.!?”] )|(?<=\n))[^.!?“”]*\b(?:{_NOTES})s? from (?P<from>{_WHO}[A-Z][\w-]+)"
    rf"\b[^.!?“”]*[.!?]\s*\Z")
"""The sentence right before a note's words brings it in with its sender (`There was a
voicemail from Hugh Tanner, left at six that morning.`, see _sender_before)."""
_SIGNED = re.compile(
    r"(?:[.!?,]\s+|\n\s*)[“\"]?(?:(?:[Ll]ove from +|(?:[Ww]ith |[Aa]ll )?(?:my )?(?:[Ll]ove|"
    r"[Yy]ours(?: truly| sincerely| ever| always)?|[Yy]our (?:[a-z]+ ){0,3}(?:sister|brother|"
    r"friend|son|daughter|mother|father|mum|mom|dad|niece|nephew|aunt|auntie|uncle|cousin|"
    r"grandson|granddaughter|wife|husband|servant|gran|nan)|"
    r"(?:[Kk]ind |[Ww]arm |[Bb]est )?[Rr]egards|"
    r"[Bb]est wishes|[Cc]heers|[Ss]incerely|[Ff]ondly|[Aa]ffectionately|[Xx]{1,3}|"
    r"[Ww]ith (?:all )?(?:due )?respect|[Rr]espectfully),?\s+)|[—–]\s*)"
    r"(?P<name>[A-Z][\w’'-]+(?: [A-Z0-9][\w’'-]+)?)(?:,(?: [A-Z][\w’'-]+| of| for| the| and)+)?"
    r"[.!]?\s*[’']?[”\"]?\s*\Z")
"""The close and name a letter is signed with, at the very end of its words (`…Your loving
sister, Joan.”`, `Love, Mum`, `Warm regards, Howard.`, `— R.`), maybe a paragraph of its
own (`“Your son, Okwudili.”`) or with the writer's post after it (`Yours sincerely, Graham
Pettit, Minister for Water.”`); `Thanks, Leo.` may thank the one it is written to."""


def rule_letter(ctx: Context, st: State) -> Decision | None:
    """A letter, card, note or message read out: its writer's words, not the narrator's nor
    the reader's. It is brought in by `it` or its own noun right after it (`“…,” it said.`,
    `“…,” the card read.`) or as the whole sentence before it (`It read: “…”`, `Her note
    said simply, “…”`), and its writer is the owner that cue names, else the one the
    narration before it says wrote, sent or left it (`Tucked among the lilies was a card
    from Henry Blake`, see _WRITER), else the name it is signed with (see _SIGNED). A note
    brought in with its sender before a colon is theirs (`It was a text from Marcus Webb:
    “…”`). A
    letter with no such cue is its signer's when it opens with `Dear` or the narration right
    before brings a note in (`She unfolded the letter. “Dear Tom, … Love, Ann.”`).

    Edge cases: the narration looked at runs from the start of the paragraph before (a
    quote in between ends it) to the quote; a kin word (`her sister`) or a name the letter
    is addressed to (`Dear Martha`) is no writer; a writer the cue or narration cannot
    resolve leaves the quote to the later rules, but a story's `Dear Nora.` read aloud with
    no writer named is nobody's (see _read_aloud_before)."""
    text = st.doc.text
    after = _LETTER_CUE.match(text, ctx.quote.end)
    s, _e = st.doc.sentence(ctx.quote)
    lo = max(s, ctx.prev.end if ctx.prev is not None else 0)
    before = _LETTER_OPENS.search(text, lo, ctx.quote.start)
    if before is None and ctx.quote.block > 0 and not text[
            st.doc.bounds[ctx.quote.block][0] : ctx.quote.start].strip():
        lo, hi = st.doc.bounds[ctx.quote.block - 1]
        before = _LETTER_OPENS.search(text, lo, hi) if text[lo:hi].rstrip().endswith(
            ":") else None  # `The letter was from her grandmother, Ida Weiss. It began:` /
        # `“My dear girl, …`
    sender = _sender_before(ctx, st, lo)
    if sender is not None:
        return _decide(Cue(sender, sender.start, sender.end, 0.85), ctx, st, "letter")
    read_out = _read_out(ctx, st)
    if read_out is not None:
        return read_out
    cue = after or before
    end = _letter_end(st, ctx.quote)
    aloud = _read_aloud_before(ctx, st)
    signed = _SIGNED.search(text, ctx.quote.start, end) or (
        _SIGNED_BARE.search(text, ctx.quote.start, end) if aloud else None)
    if cue is None and signed is None:
        return Decision(None, 0.6, None, "letter") if aloud and _DEAR_NAME.match(
            text, ctx.quote.start) else None
    if cue is not None:
        at, to = (cue.end() - len(cue.group().lstrip(" ,")), cue.end()) if cue is after else (
            cue.start(1), cue.end(1))
    else:
        at, to = ctx.quote.start, ctx.quote.start
    m = _letter_writer(ctx, st, at if cue is before else ctx.quote.start, cue is not None)
    if m is None and signed is not None and (cue is not None or _NOTE_BROUGHT_IN.search(
            text, _letter_lo(ctx, st), ctx.quote.start) or _DEAR.match(text, ctx.quote.start)
                                             or aloud):
        m = _signer(text, signed, ctx, st.doc.page)
        at, to = signed.start("name"), signed.end("name")
    if m is None:
        return None
    return _decide(Cue(m, at, to, 0.85), ctx, st, "letter")


def _read_aloud_before(ctx: Context, st: State) -> bool:
    """A story's line that opens its paragraph right after narration whose last sentence
    reads something aloud (`…she read them out loud, low.`, `She cleared her throat and read
    it out`): what is read. Signed at its end (`…God forgive me. Eamon Carlin.”`, see
    _SIGNED_BARE), it is its signer's; a letter that opens `Dear Nora.` with nothing to say
    who wrote it is nobody's line, not the reader's nor a turn of the talk around it (see
    rule_letter)."""
    b = ctx.quote.block
    if not st.doc.dialogue or b == 0 or not _paragraph_opener(ctx, st):
        return False
    hi = st.doc.bounds[b - 1][1]
    lo = max([st.doc.sentence_of(b - 1, hi - 1), *(q.end for q in st.doc.by_block.get(b - 1, []))])
    return _READ_ALOUD.search(st.doc.text, lo, hi) is not None  # (after the paragraph's lines:
    # `“It came by the first post.” He unfolded a single sheet… and read.`)


_SIGNED_BARE = re.compile(
    r"[.!?]\s+[“\"]?(?P<name>[A-Z][a-z’'-]+ [A-Z][\w’'-]+)[.!]?\s*[”\"]?\s*\Z")
"""A full name alone that ends what is read aloud (`…for waiting so long. Eamon Carlin.”`;
see _read_aloud_before)."""
_DEAR_NAME = re.compile(r"[“\"]\s*‘?(?:My )?(?:[Dd]ear|[Dd]earest) [A-Z]")
"""A line that opens a letter (see _read_aloud_before): _DEAR's salutations but `Hi` and
`Hello`, which open spoken greetings as often."""
_READ_ALOUD = re.compile(r"\bread(?:s|ing)?\b(?: [a-z]+){0,3} (?:aloud|out)\b"
                         r"|\b(?:and|then|began to) read[.:]")
"""Narration that reads something aloud (`she read them out loud`, `cleared his throat as if he
were in the pulpit, and read.`; see _read_aloud_before)."""


_READ_OUT = re.compile(r" *,? *(?:he|she|they|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) +read"
                       r"(?: +(?:aloud|out))?\b")
"""A reader's cue after the opening of a letter (`“Dear Theo,” she read.`, see _read_out), in
the line's paragraph (not the next one's `Mother read on`)."""


def _read_out(ctx: Context, st: State) -> Decision | None:
    """A letter read out by somebody (`“Dear Theo,” she read. “We miss you. … Love from Class
    4B.” Underneath…: “P.S.…”`; see _letter_read): the words are the one it is signed with
    at the end of a later part of the paragraph (see _SIGNED), else the writer the narration
    before names (`read out a letter Arthur Penrose had written`, see _letter_writer), else
    the narrator's — never the reader's; the decision sits at the cue, so the parts in
    between go with it."""
    text = st.doc.text
    cue = _READ_OUT.match(text, ctx.quote.end)
    if cue is None or not _letter_read(ctx, st):
        return None
    at = cue.end() - len(cue.group().lstrip(" ,"))
    for q in st.doc.by_block.get(ctx.quote.block, []):
        signed = _SIGNED.search(text, q.start, _letter_end(st, q)) if (
            q.start > ctx.quote.start) else None
        m = _signer(text, signed, ctx, st.doc.page) if signed is not None else None
        if m is not None:
            d = _decide(Cue(m, m.start, m.end, 0.85), ctx, st, "letter")
            return replace(d, at=at) if d is not None and d.speaker is not None else None
    writer = _letter_writer(ctx, st, ctx.quote.start, True)  # `read out a letter Arthur
    # Penrose had written`
    d = _decide(Cue(writer, writer.start, writer.end, 0.85), ctx, st, "letter") if (
        writer is not None and writer.kind == "name") else None
    if d is not None and d.speaker is not None:
        return replace(d, at=at)
    return Decision(None, 0.6, None, "letter", at=at)  # unsigned: not the reader's words


def _letter_read(ctx: Context, st: State) -> bool:
    """The quote a reader's cue follows is a letter's words (see _read_out): it, or a later
    part of its paragraph, opens with `Dear` (`“Camp near Falmouth, December 17th,” she
    read. “My dear Ruth, …”`), or the narration of its paragraph or the two before brings
    a letter in (`Mother read on… the letter` / `“Tell Nell,” she read`, see _READ_LETTERS), or
    a line of the paragraphs before opened with `Dear` (see _dear_before); not a list or a
    figure a witness reads out (`“Item one, gentleman’s wristwatch…,” Brannigan read`)."""
    text = st.doc.text
    if any(_DEAR.match(text, q.start) for q in st.doc.by_block.get(ctx.quote.block, [])
           if q.start >= ctx.quote.start):
        return True
    lo = st.doc.bounds[max(0, ctx.quote.block - 2)][0]
    return any(not st.doc.in_quote(n.start()) and n.group("noun") in _READ_LETTERS
               for n in _NOTE_BROUGHT_IN.finditer(text, lo, ctx.quote.start)) or (
        _dear_before(ctx, st))


def _dear_before(ctx: Context, st: State) -> bool:
    """A quote of the last _READING_BLOCKS paragraphs opened with `Dear` (`“Dear all of you.
    …”` some paragraphs before `“Arthur,” he read.`): a letter is being read out."""
    doc = st.doc
    first = max(0, ctx.quote.block - _READING_BLOCKS)
    lo = bisect.bisect_left(doc.quote_starts, doc.bounds[first][0])
    hi = bisect.bisect_left(doc.quote_starts, ctx.quote.start)
    return any(_DEAR.match(doc.text, q.start) for q in doc.quotes[lo:hi])


_READING_BLOCKS = 16
"""How many paragraphs back a letter's `Dear` still says a reading goes on (see
_dear_before)."""


def rule_reading_on(ctx: Context, st: State) -> Decision | None:
    """A story's paragraph that opens with a quote right after narration saying the reading
    goes on (`Pete kept reading, though his voice had gone a little thin.`, `Pete turned the
    page.`) while a letter is read out (see _dear_before): the letter's words, the narrator's
    to read, never the reader's (see _read_out for a signed one)."""
    q, doc = ctx.quote, st.doc
    if not doc.dialogue or q.block == 0 or doc.text[doc.bounds[q.block][0] : q.start].strip():
        return None
    lo, hi = doc.bounds[q.block - 1]
    if doc.by_block.get(q.block - 1) or not _READING_ON.search(doc.text, lo, hi) or not (
            _dear_before(ctx, st)):
        return None
    return Decision(None, 0.6, None, "letter")


_READING_ON = re.compile(r"\b(?:kept|went on|carried on|continued) reading\b|\bread on\b"
                         r"|\bturned (?:the|a|over the) (?:page|sheet)\b")
"""Narration that says a reading goes on (see rule_reading_on)."""


_READ_LETTERS = frozenset({"letter", "telegram", "postcard", "email", "e-mail", "message"})
"""The notes read out that are their writer's words, whoever reads them (see _letter_read);
a card or a note may be the reader's own (`Priya picked up the card and frowned. “A calming
presence,” she read out. “You sat in the coach for two hours.”`)."""


def _sender_before(ctx: Context, st: State, lo: int) -> Mention | None:
    """The sender named with a note right before its words: before a colon in the quote's
    sentence (`It was a text from Marcus Webb: “…”`), or in the sentence before a quote that
    is a whole sentence of the same paragraph (`There was a voicemail from Hugh Tanner,
    left at six that morning. “Nell, it’s me…”`)."""
    text = st.doc.text
    sent = _NOTE_FROM.search(text, lo, ctx.quote.start)
    if sent is None and ctx.whole:
        para = max(st.doc.bounds[ctx.quote.block][0], ctx.prev.end if ctx.prev else 0)
        sent = _NOTE_FROM_BEFORE.search(text, para, ctx.quote.start)
    if sent is None:
        return None
    toks = tokenize(text, sent.start("from"), sent.end("from"))
    m = name_mention(toks, 0, len(toks), st.doc.page)
    return m if m is not None and m.kind == "name" and not m.weak else None


_DEAR = re.compile(r"[“\"‘']\s*(?:My )?(?:[Dd]ear|[Dd]earest|Hi|Hello) ")
_NOTE_BROUGHT_IN = re.compile(
    rf"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Mm]y|[Tt]heir|[Yy]our|[Oo]ne|[Aa]nother)\s+(?:[a-z]+\s+)?(?P<noun>{_NOTES})s?\b")
"""A note the narration brings in as a thing (`She unfolded the letter.`; not `He didn't
reply.`; see rule_letter)."""


def _letter_lo(ctx: Context, st: State) -> int:
    """Where the narration about a note before the quote starts: the paragraph before's
    start, or the end of the last quote before (see rule_letter)."""
    block = ctx.quote.block
    lo = st.doc.bounds[block - 1 if block > 0 else block][0]
    return max(lo, ctx.prev.end if ctx.prev is not None else 0)


def _letter_end(st: State, q: Quote) -> int:
    """The end of the letter's last paragraph: a quote left open goes on in the next
    paragraph that opens with a quote mark (see utterances)."""
    k = bisect.bisect_left(st.doc.quote_starts, q.start)
    while not st.doc.quotes[k].closed and k + 1 < len(st.doc.quotes) and (
            st.doc.quotes[k + 1].block == st.doc.quotes[k].block + 1):
        k += 1
    return st.doc.quotes[k].end


def _letter_writer(ctx: Context, st: State, hi: int, cued: bool) -> Mention | None:
    """The writer the narration names with the last note it brings in before hi (see
    _WRITER); none when that note comes with no writer."""
    if not cued:
        return None
    lo = _letter_lo(ctx, st)
    last = max((n.start("noun") for n in _NOTE_BROUGHT_IN.finditer(st.doc.text, lo, hi)),
               default=-1)
    found = next((f for f in _WRITER.finditer(st.doc.text, lo, hi)
                  if f.start() <= last < f.end()), None)  # the last note brought in, not
    # `a letter from Gov. Dan Whitfield` before `a note from a constituent`
    if found is None:
        return None
    group = next(g for g in ("from", "own", "by", "wrote") if found.group(g))
    a, b = found.start(group), found.end(group)
    toks = tokenize(st.doc.text, a, b)
    if len(toks) == 1 and pronoun_mention(toks[0]) is not None:
        return pronoun_mention(toks[0])
    if toks and toks[-1].low in ("his", "her"):
        return object_pronoun(toks[-1].low, a, b)
    m = name_mention(toks, 0, len(toks), st.doc.page) if toks else None
    return m if m is not None and m.kind == "name" and not m.weak else None


def _signer(text: str, signed: re.Match[str], ctx: Context, page: Page) -> Mention | None:
    """The name a letter is signed with, unless it is the one the letter is addressed to."""
    name = signed.group("name")
    dear = _DEAR.match(text, ctx.quote.start)
    if dear is not None and text.startswith(name.split()[0], dear.end()):
        return None
    toks = tokenize(text, signed.start("name"), signed.end("name"))
    m = name_mention(toks, 0, len(toks), page) if toks else None
    return m if m is not None and m.kind in ("name", "role") else None


def rule_message(ctx: Context, st: State) -> Decision | None:
    """A message read out, quoted after the words that say who sent it (`Ashdown told the
    jury that Kieran Mulvey had sent a message reading: “…”`, `Kessler posted a note
    saying: “…”`): the sender's, not the teller's of the sentence."""
    s, _e = st.doc.sentence(ctx.quote)
    sent = _MESSAGE_READING.search(st.doc.text, s, ctx.quote.start)
    if sent is None:
        return None
    toks = tokenize(st.doc.text, sent.start(1), sent.end(1))
    if not toks:
        return None
    m = name_mention(toks, 0, len(toks), st.doc.page) if toks[0].low != "the" else Mention(
        "org" if toks[-1].low in ORG_HEADS else "role", sent.group(1), sent.start(1),
        sent.end(1), (), tuple(t.low for t in toks))  # `the company had sent a letter…`
    if m is None or m.kind not in ("name", "role", "org"):
        return None
    d = _decide(Cue(m, m.start, sent.end(), 0.85), ctx, st, "message")
    if d is not None and d.speaker is not None and any(
            st.people.current(mm.key) == d.speaker for mm in st.people.between(s, sent.start())):
        return replace(d, speaker=None, confidence=0.6, rule="message:unresolved")  # `Ashdown
        # told the jury that the defendant had sent…`: not the one who tells of it
    return d


_MESSAGE_READING = re.compile(
    r"\b((?:[A-Z][\w’'-]+ )*[A-Z][\w’'-]+|the [a-z]+) (?:had |has |then |later |also )?(?:sent|"
    r"posted|wrote|texted|left|shared|emailed)(?: [a-z]+){0,2}? (?:an?|the|one|another) "
    r"(?:[A-Za-z]+ )?(?:message|text|note|email|letter|post|tweet|voicemail|reply)"
    r"(?: [^.:;!?“”\"]{1,60}?)?,? (?:reading|saying|that read|which read|that said|which said)"
    r"[:,]?\s*\Z")
"""`Kieran Mulvey had sent a message reading:`, `the defendant had sent a WhatsApp message
to a colleague the evening before, reading:` right before a quote: the sender (see
rule_message)."""


def rule_inline_colon(ctx: Context, st: State) -> Decision | None:
    """`Name <verb> …: “…”` in the quote's own sentence (see cue_inline_colon), or `In his
    view, “…”` (see cue_in_view)."""
    page = st.doc.page
    return _decide(cue_inline_colon(ctx, page) or cue_in_view(ctx, page), ctx, st, "inline-colon")


_FINDING = word_set("found finds discovered discovers spotted spots noticed notices")
"""Verbs of finding a written thing (see cue_inline_colon): its words follow, unsaid."""


def _relative_speaks(toks: Sequence[Tok]) -> bool:
    """The words before the colon are a relative clause's speech (`He was nominated by a
    patient's family, who wrote:`): the one the relative means speaks, not the sentence's
    subject."""
    for k in range(len(toks) - 3, max(-1, len(toks) - 7), -1):
        if toks[k].text == "," and toks[k + 1].low in ("who", "which"):
            return any(is_speech_verb(t) for t in toks[k + 2 : -1])
    return False


def _role_was_blunt(toks: Sequence[Tok], m: Mention, page: Page) -> Mention | None:
    """A definite role that opens the sentence's main clause, said only to be how it
    answered right before the colon (`Asked whether his side had switched off, the
    Castleford manager was blunt:`, `The coach was less diplomatic:`): the role speaks
    there, as a he or she would (see cue_inline_colon); a name that qualifies the role
    (`Castleford`) is no subject of its own."""
    end = next((k for k, t in enumerate(toks) if t.start >= m.end), len(toks))
    if m.kind == "name" and end < len(toks) and page.role_word(toks[end].low):
        m = role_back(toks, end, page) or m
        end += 1
    if m.kind != "role" or not m.definite or not m.titles or m.titles[0] != "the" or not (
            _opens_clause(toks, m)):
        return None
    rest = [t.low for t in toks[end:-1]]
    return m if 2 <= len(rest) <= 4 and rest[0] in ("was", "is") and all(
        w.isalpha() for w in rest) and rest[-1] in _ANSWERED_SO else None


_ANSWERED_SO = word_set(
    """blunt clear emphatic adamant direct defiant frank candid succinct brief philosophical
    scathing withering diplomatic measured forthright unequivocal unrepentant unapologetic
    upbeat realistic pragmatic honest terse curt""")
"""How somebody answered, after `was` (see _role_was_blunt)."""


def cue_in_view(ctx: Context, page: Page) -> Cue | None:
    """`In his view, “…”`, `In Ferreira's words, “…”`, `By his own account, “…”`: the quote
    is the owner's, when those words open the sentence and nothing else stands before the
    quote (`own` may stand before the noun)."""
    toks = [t for n, t in enumerate(ctx.left) if n != 2 or t.low != "own"]
    if len(toks) != 4 or toks[0].low not in ("in", "by") or toks[2].low not in _VIEWS or (
            toks[3].text not in (",", ":")) or (toks[0].low == "by" and toks[2].low != "account"):
        return None
    # read as the colon intro `his view:` (the comma stands where _owner_reply wants a colon)
    m = _owner_reply([*toks[1:3], Tok(":", toks[3].start, toks[3].end)], page)
    return Cue(m, m.start, toks[3].end, 0.8) if m is not None else None


_VIEWS = word_set("view words opinion telling account")
"""Nouns of `In his view, “…”` (see cue_in_view)."""


_RULING = re.compile(
    r"[“\"](?:Sustained|Overruled|Rephrase|I[’']ll allow it|I will allow it|Withdrawn|Denied|"
    r"Granted|Move on|Proceed)\b")
"""A judge's ruling on an objection, opening a line (see rule_after_ruling)."""
_OBJECTION = re.compile(r"[“\"](?:Objection|I object)\b")
"""An objection, opening a line (see rule_after_ruling)."""


def rule_after_ruling(ctx: Context, st: State) -> Decision | None:
    """A story's uncued line that opens its paragraph right after a judge's ruling
    (`“Objection, Your Honor.”` / `“Rephrase,” the judge said.` / `“Was the lamp working that
    night?”`): the examination goes on, so the line is the examiner's, the one who asked the
    last question before the objection (else who spoke last before it), not the objector nor
    the judge, unless it calls them."""
    if not st.doc.dialogue or not _paragraph_opener(ctx, st):
        return None
    lines = st.doc.quotes  # the ruling is the line right before this one, the objection
    ruling = bisect.bisect_left(st.doc.quote_starts, ctx.quote.start) - 1  # before that
    if ruling < 1 or not _RULING.match(st.doc.text, lines[ruling].start) or not (
            _OBJECTION.match(st.doc.text, lines[ruling - 1].start)):
        return None
    judge, objector = (st.decided.get(lines[n], _NONE).speaker for n in (ruling, ruling - 1))
    if judge is None:
        return None
    people = {st.people.current(key) for key in (judge, objector) if key is not None}
    before = lines[max(0, ruling - 5) : ruling - 1]
    asked = [st.decided.get(q, _NONE).speaker for q in before
             if st.doc.text[q.start : q.end].rstrip("”\"’' ").endswith("?")]
    spoke = [st.decided.get(q, _NONE).speaker for q in before]
    examiner = next((sp for sp in [*reversed(asked), *reversed(spoke)] if sp is not None
                     and st.people.current(sp) not in people), None)
    if examiner is None or st.people.current(examiner) in st.addressed(ctx.quote):
        return None
    return Decision(st.people.current(examiner), 0.7, None, "after ruling")


def rule_resumed(ctx: Context, st: State) -> Decision | None:
    """A story's line that opens its paragraph with a dash and a lower-case word (`“—to his
    sister, Mrs. Letitia Foyle, the sum of two thousand pounds…”`) takes up the speech last
    broken off with a dash up to RESUME_REACH paragraphs before, past narration or somebody
    else's interjection between (`Her ladyship inclined her head.`, `“The portrait!” Mrs.
    Foyle's cheeks went pink.`): that speaker's, not the turn's. Not when the line broken
    off is the paragraph right before's (`“I was going to—”` / `“—say you were leaving?”`
    finishes it for them)."""
    text = st.doc.text
    if not st.doc.dialogue or not _RESUMES.match(text, ctx.quote.start) or not (
            _paragraph_opener(ctx, st)):
        return None
    b = ctx.quote.block
    for back in range(1, min(RESUME_REACH, b) + 1):
        broken = [q for q in st.doc.by_block.get(b - back, []) if _broken_off(st, q)]
        if broken and back == 1:
            return None
        if broken:
            d = st.decided.get(broken[-1])
            return Decision(d.speaker, 0.7, None, "resumed") if (
                d is not None and d.speaker is not None) else None
    return None


RESUME_REACH = 3
"""How many paragraphs back a line opening with a dash looks for the speech it takes up
(see rule_resumed)."""
_RESUMES = re.compile(r"[“\"][—–] ?[a-z]")
"""A line that opens with a dash and a lower-case word: a speech taken up (see
rule_resumed)."""


def rule_turn_taking(ctx: Context, st: State) -> Decision | None:
    """Dialogue: after two paragraphs that open with quotes by two different people (A, then
    B), a paragraph that opens with an uncued quote is A's turn again (fiction's one speaker
    per paragraph convention; it never collapses a conversation onto one voice).

    Edge cases: both earlier paragraphs must open with a quote and have one voiced speaker
    each, not credited after a dash (a list of vox pops); outside dialogue-style texts the
    three paragraphs must be short (_SHORT_TURN); a heading or a narration paragraph between
    breaks the exchange; a chain of uncued lines keeps alternating because each decided line
    becomes the next one's B. In a text written as dialogue (see dialogue_style) the other
    person may be found up to six paragraphs back, narration paragraphs between allowed (a
    heading or a scene break not: a new chapter is a new conversation), with less
    confidence, but the last sentence of narration right before B's line may hand the
    talk to the one it opens with (see _narrated_partner); when only B has spoken so far, the
    reply is the one B was talking to (see _addressee), also across one narration
    paragraph (`Mr. Bennet made no answer.`), and
    when a heading or a scene break ends the look-back, in a story told in the first person,
    the teller's; a line right after a heading or a scene break takes no turn, and past
    lines nobody was given a newcomer named since is answered by nobody from before (see
    _came_in_since). A line
    that calls somebody by name is never theirs (`“How good it was in you, my dear Mr.
    Bennet!”`, nor by a title only they hold, `“Colonel, I insist.”`, nor by the address of
    their rank, `“…, Majesty.”`: see State.addressed). When no one
    speaker is known for the paragraph before, in a text written as
    dialogue, a line there that calls one known person by name at the edge of a sentence
    (`“Is soldiering your regular profession, Mr. Hastings?”`) makes this line that
    person's answer, and the line after the answer takes no turn: it is the unknown
    caller's (see _answer_turn). A line that opens by calling somebody (`“Auntie Meera.
    Hi.…”`) is answered by them, and the line after that answer is the caller's again; a
    call nobody known answers to leaves the reply bare (see _called_first), as does a turn
    the teller takes (see _teller_answers); a one-off name that is never a subject (a place,
    `Gallow Crag`) takes no turn.
    """
    lines = st.doc.by_block.get(ctx.quote.block - 1, [])
    lo, hi = st.doc.bounds[ctx.quote.block]
    if lines and _paragraph_opener(ctx, st) and not st.addressed(ctx.quote) and not (
            st.people.between(lo, hi)):  # (`“…” Mum took the tulips.`: her beat decides)
        before = st.doc.by_block.get(ctx.quote.block - 2, [])
        if st.decided.get(lines[0], _NONE).rule == "turns:called" and before:
            caller = st.decided.get(before[0], _NONE).speaker  # `“Neil.”` / `“Yes, Mum?”` /
            return Decision(caller, 0.65, None, "turns:caller") if caller is not None else (
                _NO_TURN)  # `“The soup smell’s gone.”`: the caller's again, known or not
        introduced = any(_gives_name(st, q) for q in lines)
        called = _called_first(st, lines[0]) if not introduced else None  # (`“Samuel
        # Adeyemi,” he said… “Sam. Your solicitor rang me.”` calls nobody: his own name)
        known = st.decided.get(lines[-1], _NONE).speaker is not None
        if called is None and len(lines) > 1 and known and not introduced:
            called = _called_first(st, lines[-1])  # `“Understood.” Marsh squared the
            # folder. “Darren, you know why you’re here.”`
        if called is not None and called < 0:
            d = _turns(ctx, st)  # `“Tunde,” his wife said.` / `“What? It’s a good point.”`:
            return d if d is not None and d.speaker is not None and _first_name_may_be(
                st, d.speaker, lines[0]) else _NO_TURN  # Mr. Bello, whose first name it is
        if called is not None:
            return Decision(called, 0.7, None, "turns:called")
            # `“Auntie Meera. Hi.…”` / `“I taught her piano, beta.”`: the one called answers
            # (nobody known, when nobody knows her yet)
    hesitated = _called_hesitates(ctx, st)
    if hesitated is not None:
        return Decision(hesitated, 0.7, None, "turns:called")  # `“Sam,” she said, “what do
        # you do…?”` / `He hesitated.…` / `“I cook.”`: Sam answers
    if _relative_comes_in(st, ctx.quote.block - 1):
        return None  # `My mother took it harder than I did. She rang every evening…` /
        # `“Have you checked it?”`: hers (see rule_described_before), not the nurse's
    d = _turns(ctx, st)
    if d is not None and d.speaker is not None and _asked_other(st, ctx.quote.block - 1,
                                                                d.speaker):
        return _NO_TURN  # `“Going far?” the conductor asked him.` / `“Sjøvik.”`: not hers
    if d is not None and d.speaker is not None and _one_off(st, d.speaker) and not any(
            st.people.current(mm.key) == d.speaker and mm.rank >= SUBJECT_RANK
            for mm in st.people.mentions):
        return None  # `When the dragon settled on Gallow Crag, the King…`: a place, no turn
        # (but `Reporters pressed Supt Ruzzo…` ask in turn)
    return d


_NO_TURN = Decision(None, 0.5, None, "none")


def _called_hesitates(ctx: Context, st: State) -> int | None:
    """The line opens its paragraph after one of narration that opens with a he or she
    (`He hesitated.`), and the paragraph before that opens with a line calling somebody
    known of that gender (`“Sam,” she said, “what do you do…?”`): the one called, who
    answers after the pause."""
    b = ctx.quote.block
    if b < 2 or not _paragraph_opener(ctx, st) or st.doc.by_block.get(b - 1) or (
            st.addressed(ctx.quote)):
        return None
    before = st.doc.by_block.get(b - 2, [])
    called = _called_first(st, before[0]) if before else None
    pause = _PAUSE_OPENS.match(st.doc.text, st.doc.bounds[b - 1][0])
    if called is None or called < 0 or pause is None:
        return None
    gender = st.people.entities[st.people.current(called)].gender
    return called if gender == ("male" if pause.group(1) == "He" else "female") else None


_PAUSE_OPENS = re.compile(r"(He|She) (?:hesitated|paused|thought|considered|swallowed|"
                          r"shrugged|frowned|looked down|looked away)\b")
"""A paragraph that opens with the one just asked taking a moment (see _called_hesitates)."""


def _relative_comes_in(st: State, block: int) -> bool:
    """Block is narration with no line that opens with the teller's relative nobody named
    as its subject (`My mother took it harder than I did.`) and names nobody: the talk
    after it is with them, somebody no turn from before knows."""
    if block < 0 or st.doc.by_block.get(block) or not st.doc.told_by_i:
        return False
    lo, hi = st.doc.bounds[block]
    opening = _MY_RELATIVE.match(st.doc.text, lo, hi)
    return opening is not None and bool(KIN_WORDS & set(opening.groups())) and not any(
        not st.people.entities[mm.key].organisation and not PRONOUN_AT.match(
            st.doc.text, mm.pos) for mm in st.people.between(lo, hi))  # (her `She rang…`)


_MY_RELATIVE = re.compile(r"My ([a-z]+)(?: ([a-z]+))? (?!(?:and|or|of)\b)[a-z]+")
"""A paragraph that opens with the teller's relative doing something (`My mother took…`,
`My little brother ran…`; see _relative_comes_in)."""


def _asked_other(st: State, block: int, key: int) -> bool:
    """Block's one line is cued as said to a him or a her (`“Going far?” the conductor
    asked him.`) and key is known to be of the other gender: not the one who answers."""
    lines = st.doc.by_block.get(block, [])
    if len(lines) != 1:
        return False
    asked = _ASKED_HIM.match(st.doc.text, lines[0].end, st.doc.bounds[block][1])
    gender = st.people.entities[st.people.current(key)].gender
    return asked is not None and gender != "unknown" and gender != (
        "male" if asked.group(1) == "him" else "female")


_ASKED_HIM = re.compile(r"[^.!?“”]{0,40}?\b(?:asked|told|said to|answered|asks|tells) (him|her)"
                        r"\b(?! +(?:own|[a-z]+’s))")
"""A cue that says the line was put to a him or a her (see _asked_other)."""
"""No turn of anybody's: the line stays bare, as if no rule had spoken (see _turns_back,
which may still give it from a cue after it)."""
_CALLED_OPEN = re.compile(r"[“\"‘']((?:[A-Z][\w’'-]+ ){0,2}[A-Z][\w’'-]+)[.!?,]")
"""A line that opens by calling somebody (`“Auntie Meera. Hi.`; see _called_first)."""
_CALLING_WORDS = word_set(
    "auntie aunt uncle mr mrs ms miss dr doctor professor grandma grandpa granny nana cousin")


def _first_name_may_be(st: State, key: int, q: Quote) -> bool:
    """The one word the line opens by calling (see _called_first) may be key's first name:
    key is known with none, by a gender the name does not contradict (`Mr. Bello`, called
    `Tunde`)."""
    m = _CALLED_OPEN.match(st.doc.text, q.start)
    e = st.people.entities[key]
    if m is None or " " in m.group(1) or e.first or e.organisation:
        return False
    g = first_name_gender(m.group(1).lower())
    return e.gender == g or (e.gender == "unknown" and e.honorific == "")


def _called_first(st: State, q: Quote) -> int | None:
    """The line opens by calling somebody (`“Auntie Meera. Hi. I didn’t know you knew
    Claire.”`): the one person known by that name who did not say it, or -1 when nobody
    known answers to it (a family word or honorific and a name, or a known first name
    alone); None when it opens with no call."""
    m = _CALLED_OPEN.match(st.doc.text, q.start)
    if m is None:
        return None
    words = m.group(1).split()
    if words[-1].lower().endswith(("’s", "'s")) or words[0].lower() in NOT_NAMES:
        return None  # `“Auntie Sue’s,” Maya said.`: an answer; `“So Harris, the miller, came
        # by?”`: no call
    others = st.calls(q) - {st.decided.get(q, _NONE).speaker}
    name = words[-1].lower()
    called = {k for k in others if name in (
        st.people.entities[k].first.lower(), st.people.entities[k].last.lower())}
    if called:
        return called.pop() if len(called) == 1 else None
    if others:
        return None  # `“Goodbye, Mr. Reed!”`: the call is further in
    if len(words) == 1:
        known = first_name_gender(words[0].lower()) != "unknown" and words[0].lower() not in (
            NOT_NAMES)
        return -1 if known else None
    if not st.doc.text[m.end(1) : q.end].strip(" ,.!?”\"’"):
        return None  # `“Auntie Jo,” she said eventually.`: a line that is only a family word
        # and a name answers, and calls nobody
    return -1 if words[0].lower() in _CALLING_WORDS else None


def _turns(ctx: Context, st: State) -> Decision | None:
    """The turn rule_turn_taking gives, before the check that it is somebody's."""
    if _takes_no_turn(ctx, st):
        return None
    b = ctx.quote.block
    last, near = _paragraph_speaker(st, b - 1), 1
    if last is None and st.doc.dialogue and not _holds_lines(st, b - 1):
        last, near = _paragraph_speaker(st, b - 2), 2  # `Mr. Bennet made no answer.` between
    if near == 2 and last is not None and (
            _own_beat(st, b - 1, last[0]) or _silent_answer(st, b - 1, last[0])) and (
            last[0] not in st.addressed(ctx.quote)):
        return Decision(last[0], round(min(last[1], 0.65), 2), None, "turns:beat")
    answer = _answer_turn(ctx, st, last is None) or _spoken_to_turn(ctx, st, last, near)
    if answer is not None:
        return answer if answer.speaker is not None or answer.rule == "turns:teller" else None
    if last is None or any(st.scene_break(x) for x in range(b - near, b)) or _remembered(
            st, b - 1):
        return None  # the line opens a new chapter or scene; or it follows a line
        # remembered (`When she apologised, he had said, “…”`), whose speaker takes no turn
    called = _asked_answers(ctx, st, last[0]) if near == 1 else None
    if called is not None:
        return called
    reach = 6 if st.doc.dialogue else 2
    after_break = lost = False
    for back in range(2, min(reach, b) + 1) if near == 1 else ():
        if _new_scene(st, b - back):
            after_break = True  # a new chapter or scene: a new conversation
            break
        other = _came_in_here(st, b - back, last[0]) or _turn_before(
            st, b - back, back == 2, last[0])  # `Martin came in from the garden…` / `“Don't,”
        # his wife said.` / `“I haven't said anything.”`: his, not the niece's from before
        if other is None and back == 2 and _tellers_turn(st, b - 2):
            return Decision(None, 0.6, None, "turns:teller")  # `I laid the photograph on the
            # counter… “This came through here in September.”` / Feldstein's line / a bare
            # line: the teller's again, not Danny's from before
        if other is not None and other[0] != last[0]:
            if any(_remembered(st, x) for x in range(b - back, b)):
                break  # a line remembered between (`he’d said`, `Mum would say`) ends the
                # talk before it: the last speaker talks with somebody else
            if _no_turn_back(ctx, st, last[0], other[0], back, lost):
                return None
            return _turn(ctx, st, last[0], other, back)
        if other is None and not st.doc.dialogue:
            return None
        lost = lost or (other is None and back > 2 and bool(st.doc.by_block.get(b - back)))
    if st.doc.dialogue and not (near == 2 and st.brings_in(b - 1)):
        return _reply_to_last(ctx, st, last, near, after_break)
    return None


def _came_in_here(st: State, block: int, last: int) -> tuple[int, float] | None:
    """The person a paragraph of narration with no line opens with as somebody coming in
    (`Martin came in from the garden smelling of smoke…`), when that is not the last
    speaker: the one the last speaker talks to, whoever spoke before (see _turns); words it
    quotes that nobody says (`a “love marriage”`) do not make it a line."""
    if any(st.decided.get(q, _NONE).rule not in _NOBODYS_WORDS
           for q in st.doc.by_block.get(block, [])):
        return None
    lo, hi = st.doc.bounds[block]
    end = next((e for e in st.doc.ends(block) if e > lo), hi)
    if not _COMES_IN.search(st.doc.text, lo, end):
        return None
    first = [m for m in st.people.between(lo, end) if m.rank >= SUBJECT_RANK]
    if not first or first[0].pos != lo:
        return None
    key = st.people.current(first[0].key)
    return None if key == st.people.current(last) or st.people.entities[key].organisation else (
        key, 0.65)


_NOBODYS_WORDS = frozenset({"fragment", "term", "title", "written", "nickname", "document"})
"""Rules that leave quoted words to the narrator as nobody's line (see _came_in_here)."""
_COMES_IN = re.compile(r"\b(?:came|walked|stepped|hurried|wandered|strode|burst|comes|walks|steps"
                       r"|hurries|wanders|strides|bursts) (?:back )?(?:in|into)\b|\b(?:entered"
                       r"|arrived|appeared|enters|arrives|appears)\b")
"""Words of somebody coming in, in the past or the present (`Riya comes into the kitchen`;
see _came_in_here)."""


def _new_scene(st: State, block: int) -> bool:
    """The block is a heading or a scene break, or narration that moves the story on in time
    (see _time_moves_on): the talk before it is over."""
    return st.scene_break(block) or _time_moves_on(st, block)


def _time_moves_on(st: State, block: int) -> bool:
    """The block is narration with no line that opens by moving the story on in time (`That
    evening the head of station… read Crane's contact report.`, `The next morning…`, `Two
    days later,`): whoever talked before it talked in another scene (see _turns)."""
    lo, hi = st.doc.bounds[block]
    return not st.doc.by_block.get(block) and bool(_TIME_MOVES_ON.match(st.doc.text, lo, hi))


_TIME_MOVES_ON = re.compile(
    r"(?:That|The next|The following|Next|Later that|Early the next|Late that) +(?:evening|"
    r"night|morning|afternoon|day|week|month|spring|summer|autumn|winter)\b"
    r"|(?:An|One|Two|Three|Four|Five|Six|A few|Several) +(?:hours?|days?|weeks?|months?|years?)"
    r" +later\b|Later(?: that day| on)?,")
"""Words that open a paragraph by moving the story on in time (see _time_moves_on)."""


def _takes_no_turn(ctx: Context, st: State) -> bool:
    """The line is no turn in a talk: it does not open its paragraph, comes too early, goes
    on with a speech (see _speech_goes_on), or stands among long paragraphs outside a text
    written as dialogue (see _SHORT_TURN)."""
    b = ctx.quote.block
    return not _paragraph_opener(ctx, st) or b < 2 or _speech_goes_on(ctx, st) or (
        not st.doc.dialogue and any(
            hi - lo > _SHORT_TURN for lo, hi in st.doc.bounds[b - 2 : b + 1]))


def _no_turn_back(ctx: Context, st: State, last: int, other: int, back: int, lost: bool
                  ) -> bool:
    """The one who spoke `back` paragraphs before the last speaker takes no turn here: the
    line speaks to them or of them (`“How good it was in you, my dear Mr. Bennet!”` is not
    his), they went away since (`He goes away.` after the waiter's line), or somebody came
    in after a lost thread (see _came_in_since)."""
    b = ctx.quote.block
    return other in st.addressed(ctx.quote) or st.names_alone(other, ctx.quote) or (
        _spoken_of(st, b - 1, other)) or _gone_since(st, b - back + 1, b) or _gone_when(
            st, b - back + 1, b, other) or (lost and _came_in_since(st, last, b - back, b)) or (
                _left_after_line(st, b - back)) or _moved_off(st, b - back + 1, b, other)


def _moved_off(st: State, lo: int, hi: int, other: int) -> bool:
    """A paragraph of narration among blocks lo to hi shows `other` going off (`The woman in
    green touched her arm… and drifted away toward the music.` / `“Immy. Who was that?”`):
    they take no turn after it."""
    for n in range(lo, hi):
        a, z = st.doc.bounds[n]
        if st.doc.by_block.get(n):
            continue
        for off in _MOVES_OFF.finditer(st.doc.text, a, z):
            toks = st.doc.narration_tokens(st.doc.sentence_of(n, off.start()), off.start())
            m = main_subject(toks, len(toks), st.doc.page)
            key = st.resolve(m, m.start)[0] if m is not None else None
            if key is not None and st.people.current(key) == st.people.current(other):
                return True
    return False


_MOVES_OFF = re.compile(
    r"\b(?:drifted|wandered|walked|moved|slipped|stalked|strode|hurried|stomped|stumped"
    r"|went|headed) (?:back )?(?:away|off|out)\b|\bleft the (?:room|house|table|kitchen"
    r"|bar|office|tent|shop|yard|hall)\b")
"""Words of somebody going off (see _moved_off)."""


def _left_after_line(st: State, block: int) -> bool:
    """Block's paragraph ends with its speaker leaving after the cue (`“Mr. Havers,” said
    Simmons, and withdrew, with the air of a man who has done his duty.`): they take no
    turn in the talk that follows."""
    lines = st.doc.by_block.get(block, [])
    if not lines:
        return False
    a, z = lines[-1].end, st.doc.bounds[block][1]
    if _WITHDREW.match(st.doc.text, a, z) is not None:
        return True
    d = st.decided.get(lines[-1])
    gender = st.people.entities[st.people.current(d.speaker)].gender if (
        d is not None and d.speaker is not None) else None
    return any(gender == PRONOUN_GENDER.get(h.group(1).lower()) and _GOES.match(
        st.doc.text, h.start(), z) for h in HE_SHE_OPENS.finditer(st.doc.text, a, z))  # `“Tea,”
    # said his wife. “I’ll bring it.” She went out.`


_WITHDREW = re.compile(r"[^.!?“”]*,? (?:and|then) (?:[a-z]+ly )?(?:withdrew|left(?! (?:it|them"
                       r"|that|him|her|the matter)\b)|departed|retired|went out|went away"
                       r"|walked out|hurried out)\b")
"""A cue's going on with its speaker's leaving (see _left_after_line; not `and left it at
that`)."""
_TELLER_CUE = re.compile(r"(?:I (?:[a-z]+ly )?[a-z]+(?:ed)?|said I|asked I|replied I)$")
"""A cue of the teller's own (`I said`, `I quickly added`, `said I`): see _teller_line."""


_ME = re.compile(r"\b(?:me|my)\b")
"""The teller as somebody the narration turns to (see _teller_answers)."""


def _teller_answers(st: State, b: int) -> Decision | None:
    """The line of block b answers the last speaker's question to the teller: the
    paragraph before the last speaker's is a line of the teller's (`“I couldn’t sleep,” I
    said.` / `“Did you go near the glasshouse?” Hale asked.` / `“I walked past it.”`), or
    narration turned to the teller right after one (`Every head turned toward me. Julian
    laughed.`), or the last speaker's own paragraph turns to the teller (`“…,” he said,
    pointing at me`): mine, not Julian's (nobody's voice)."""
    if b < 2 or st.scene_break(b - 2):
        return None
    turned = TURNED_TO_ME.finditer(st.doc.text, *st.doc.bounds[b - 1])
    if st.doc.dialogue and st.doc.told_by_i and any(not st.doc.in_quote(m.start()) for m in turned):
        return Decision(None, 0.6, None, "turns:teller")  # `“…,” he said that night, pointing
        # at me with a slice of pizza, “…?”` / `“I also apologized.”`
    if _teller_line(st, b - 2) or (
            b >= 3 and not st.doc.by_block.get(b - 2) and _teller_line(st, b - 3) and bool(
                _ME.search(st.doc.text, *st.doc.bounds[b - 2]))):
        return Decision(None, 0.6, None, "turns:teller")
    return None


def _teller_line(st: State, block: int) -> bool:
    """The paragraph opens with a line the teller speaks (`“I couldn’t sleep,” I said.`): a
    turn of the teller's, whom no voice reads."""
    lines = st.doc.by_block.get(block, [])
    d = st.decided.get(lines[0], _NONE) if lines else _NONE
    return d.rule == "turns:teller" or (d.speaker is None and d.cue is not None and bool(
        _TELLER_CUE.fullmatch(d.cue)) and (d.cue.split()[-1] in SPEECH_VERBS or (
            d.cue.split()[0] in SPEECH_VERBS)))


_LINE_CLOSE = "”\"’' "
"""Closing marks and spaces at a line's end."""


def _called_to_answer(ctx: Context, st: State, last: int) -> Decision | None:
    """The paragraph before ends with a question of the last speaker's that calls one known
    person by name at its edge (`Mrs Oyelaran looks at him over her glasses. “Is that right,
    Mr Brennan?”` / `“Yes, ma’am.”`), or in a story with any line that ends by calling them
    (`“Today's Tuesday, Joe.”` / `“So it is.”`): the line is that person's answer, whoever
    spoke before (his solicitor had, in a woven quote); not when the line calls them
    itself."""
    lines = st.doc.by_block.get(ctx.quote.block - 1, [])
    said = st.doc.text[lines[-1].start : lines[-1].end].rstrip(_LINE_CLOSE) if lines else ""
    if not said.endswith("?") and not (st.doc.dialogue and _ENDS_CALLING.search(
            st.doc.text, lines[-1].start, lines[-1].end - 1)):  # (not a call inside words
        # quoted: `“…put ‘Many happy returns, with fondest regards, Malcolm.’”`)
        return None  # (`“Today's Tuesday, Joe.”` / `“So it is.”`: Joe's, in a story)
    asked = said.endswith("?")
    called = st.calls(lines[-1], set_off=True, asked=asked, heard=not asked) - {last}  # (a
    # thought's `“Well done, Mr. Carr!” thought Ann.` calls nobody absent)
    if len(called) != 1:
        return None
    key = called.pop()
    if key in st.addressed(ctx.quote):
        return None
    return Decision(key, 0.7, None, "turns:called")


_ENDS_CALLING = re.compile(r", (?:[A-Z][\w’'-]*\.? ){0,2}[A-Z][\w’'-]*[.!]\Z")
"""A line that ends by calling somebody (`“Today's Tuesday, Joe.”`, `“Sit down, Mr.
Vale!”`): in a story, like a question, it hands them the turn (see _called_to_answer)."""


def _asked_answers(ctx: Context, st: State, last: int) -> Decision | None:
    """The answer of the one the last speaker's question went to, when it says whom: called
    by name (known or a stranger), pressed in the narration, or the teller (see _turns)."""
    return _called_to_answer(ctx, st, last) or _stranger_answers(
        ctx, st, last) or _pressed_to_answer(ctx, st, last) or _teller_answers(
            st, ctx.quote.block)


def _stranger_answers(ctx: Context, st: State, last: int) -> Decision | None:
    """A story's question of the last speaker's calls somebody nobody has named by title or
    honorific and name (`“Detective Moss, you didn’t find the weapon, did you?”` / `“No,
    ma’am.”`): the line is that person's answer, a speaker of their own from then on (see
    State.stranger_called); not when it calls them itself."""
    lines = st.doc.by_block.get(ctx.quote.block - 1, [])
    if not st.doc.dialogue or not lines or st.decided.get(lines[-1], _NONE).speaker != last:
        return None
    c = st.stranger_called(lines[-1], last)
    if c is None or not (c.group(1) or len(c.group(2).split()) == 2):
        return None
    words = c.group(2).split()
    titles = (c.group(1).lower(),) if c.group(1) else (words[0].lower(),)
    name = tuple(words if c.group(1) else words[1:])
    text = st.doc.text[c.start(1) if c.group(1) else c.start(2) : c.end(2)]
    e = st.people.add(Mention("name", text, c.start(2), c.end(2), name, titles), c.start(2))
    if e.key in st.addressed(ctx.quote):
        return None
    return Decision(e.key, 0.65, None, "turns:called")


def _pressed_to_answer(ctx: Context, st: State, last: int) -> Decision | None:
    """The narration two paragraphs back says who was asked (`Reporters pressed Supt Ruzzo
    on whether…` / `“Are these the people at the top?”` / `“I don’t believe so, no.…”`): the
    line after the question, uncued, is the answer of the one asked, not of whoever spoke
    before the questions (see rule_turn_taking)."""
    b = ctx.quote.block
    lines = st.doc.by_block.get(b - 1, [])
    cue = st.decided.get(lines[0], _NONE).cue if lines else None
    if b < 2 or st.doc.by_block.get(b - 2) or not lines or (
            cue is not None and not _ASKED.search(cue)) or not st.doc.text[
                lines[-1].start : lines[-1].end].rstrip(_LINE_CLOSE).endswith("?"):
        return None  # (the question may go to the askers: `Reporters pressed…`)
    lo, hi = st.doc.bounds[b - 2]
    pressed = _PRESSED.search(st.doc.text, lo, hi)
    if pressed is None:
        return None
    asked = [m.key for m in st.people.between(pressed.start(1), pressed.end(1))]
    if not asked or asked[-1] == last or asked[-1] in st.addressed(ctx.quote):
        return None
    return Decision(st.people.current(asked[-1]), 0.7, None, "turns:asked")


_PRESSED = re.compile(
    r"\b(?:pressed|asked|questioned|quizzed|challenged|grilled) +((?:[A-Z][a-z]*\.? +)*"
    r"[A-Z][a-z’'-]+) +(?:on|about|over|whether|if|why|how|what|when)\b")
"""Narration that says whom questions were put to (see _pressed_to_answer)."""


def _reply_to_last(ctx: Context, st: State, last: tuple[int, float], near: int,
                   after_break: bool) -> Decision | None:
    """rule_turn_taking in a story when only the last speaker is known: the teller after
    their own beat, else the one the last speaker talked to (see _addressee), or the teller
    after a chapter break; not when the narration between reports that one's answer
    (`Mr. Fennick coloured … and said that he did not.`: the line is no reply to the call)."""
    b = ctx.quote.block
    if near == 2 and last[0] != st.narrator and _teller_beat(st, b - 1, last[0]) and (
            last[0] not in st.calls(ctx.quote)):
        return Decision(last[0], round(min(last[1], 0.65), 2), None, "turns")
    if _with_teller(st, b - near, last[0]) or (near == 2 and last[0] != st.narrator and (
            _teller_acts(st, b - 1)) and last[0] not in st.calls(ctx.quote)):
        return Decision(None, 0.6, None, "turns:teller")  # `I looked at the bills for a long
        # time. Then I put them in the drawer.` / `“Where was he living?”`: the teller's
    addressee = _addressee(st, b - near, ctx.quote.start, last[0])
    if addressee is not None and near == 2 and (_answered_in(st, b - 1) or _moved_off(
            st, b - 1, b, addressee)):
        return None  # (`The woman in green … drifted away toward the music.`: not hers)
    if addressee is None and after_break and st.narrator not in (None, last[0]):
        addressee = st.narrator  # a first-person story's teller opens its chapters
    if addressee is not None and near == 1 and any(
            st.calls_stranger(q, addressee) for q in _lines_of(ctx, st, last[0])):
        return Decision(None, 0.6, None, "turns")  # `“Detective Moss, you didn’t find the
        # weapon, did you?”` / `“No, ma’am.”`: the stranger's answer, not the judge's
    if addressee is not None and addressee not in st.calls(ctx.quote):
        return Decision(addressee, round(min(last[1], 0.65), 2), None, "turns")
    return None


def _with_teller(st: State, block: int, key: int) -> bool:
    """The two paragraphs before key's line (block) put key and the teller together as
    one subject, and nobody else there (`Eli Sandoval and I were sitting in both of them.` /
    `“…,” Eli said.` / `“It was a joint idea.”`): key was talking to the teller, who answers
    (nobody's voice)."""
    if block < 1:
        return False
    lo, hi = st.doc.bounds[max(0, block - 2)][0], st.doc.bounds[block][0]
    words = {w for form in st.people.entities[key].forms for w in form.split()
             if w[:1].isupper()}
    if not words or any(st.people.current(mm.key) != key for mm in st.people.between(lo, hi)
                        if mm.rank >= SUBJECT_RANK):
        return False
    names = "|".join(re.escape(w) for w in sorted(words))
    return re.search(rf"\b(?:(?:{names}) and (?:I|me)|I and (?:{names}))\b", st.doc.text[lo:hi]
                     ) is not None


def _answered_in(st: State, block: int) -> bool:
    """The narration paragraph reports somebody's words itself (`…and said that he did
    not.`, see _reported): that was the answer, so the next line is no reply to the line
    before it."""
    lo, hi = st.doc.bounds[block]
    return _reports_words(st.doc.narration_tokens(lo, hi))


def _reports_words(toks: Sequence[Tok]) -> bool:
    """A speech verb among toks reports its words itself (see _reported), or asks a
    reported question (`Mr Lindqvist asked what she had made of that.`, see _asks_what)."""
    return any((t.text in SPEECH_VERBS and _reported(toks, k)) or _asks_what(toks, k)
               for k, t in enumerate(toks))


_JOINED = re.compile(r"\b[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)* (?:and|or) \Z")
"""A name joined to the next one (`Kayla and Ozzie`): the two are talked to together (see
_addressee)."""


def _came_in_since(st: State, key: int, other: int, b: int) -> bool:
    """key, who spoke the paragraph before b, was first named in narration after paragraph
    other and before their own line, past lines nobody was given (`“He said twenty minutes an
    hour ago.”` / `“Then he’s nearly here.”` / `My mother arrived with Graham.` / `“Lovely
    banner,” he said.` / `“Thank you, Graham.”`): a newcomer, whom the aunt from before those
    lines does not answer (see rule_turn_taking)."""
    return st.doc.bounds[other][1] < st.people.first_named(key) < st.doc.bounds[b - 1][0]


def _gone_since(st: State, lo: int, hi: int) -> bool:
    """The paragraph right after block lo - 1 (the turn's other speaker's) is narration that
    opens with somebody leaving (`He goes away.`, `She left the room.`) or ends a call
    (`Maggie put the phone down and stood in the hall.`): whoever spoke there takes no more
    turns here."""
    if lo >= hi or st.doc.by_block.get(lo):
        return False
    a, z = st.doc.bounds[lo]
    return _GOES.match(st.doc.text, a, z) is not None or _HUNG_UP.search(
        st.doc.text, a, z) is not None


def _spoken_of(st: State, block: int, key: int) -> bool:
    """The short lines of block name key without calling them (`“That was Martin,” I said.`
    after the call with Martin ended): key is talked about, not talked to, and takes no turn
    after them (see rule_turn_taking)."""
    return any(st.names_alone(key, q) and key not in st.calls(q, heard=True)
               for q in st.doc.by_block.get(block, []))


def _remembered(st: State, block: int) -> bool:
    """Block's line was cued in the past perfect (`“I just think we want different
    things,” he’d said`) or as a habit (`Mum would say, “…”`): a line remembered, whose
    speaker takes no turn in the talk now."""
    lines = st.doc.by_block.get(block, [])
    d = st.decided.get(lines[0]) if lines else None
    return d is not None and d.cue is not None and _HAD_SAID.search(d.cue) is not None


_HAD_SAID = re.compile(
    r"(?:’d|'d|\bhad) (?:said|asked|told|replied|added|answered)\b|"
    r"\b(?:would|used to) (?:say|ask|tell)\b")
"""A cue in the past perfect, or of a habit (`Mum would say`, `he used to say`; see
_remembered)."""


def _gone_when(st: State, lo: int, hi: int, other: int) -> bool:
    """A paragraph of narration after the other speaker's line opens with them gone (`When
    he had gone, Lady Pembury did not speak…` / `“Well,” she said.` / `“Only a little,
    Aunt.”`): the he or she fits only them among the two (see rule_turn_taking)."""
    gender = st.people.entities[st.people.current(other)].gender
    for n in range(lo, hi):
        a, z = st.doc.bounds[n]
        gone = _GONE_WHEN.match(st.doc.text, a, z)
        if gone is not None and not st.doc.by_block.get(n) and gender == PRONOUN_GENDER.get(
                gone.group(1).lower()):
            return True
    return False


_GONE_WHEN = re.compile(r"(?:When|After|Once) (he|she)(?: had|’d|'d) (?:gone|left)\b")
"""A paragraph that opens with somebody gone (see _gone_when)."""
_GOES = re.compile(
    r"(?:He|She|[A-Z][a-z]+) (?:(?:goes|went|walks|walked|hurries|hurried|stalks|stalked) "
    r"(?:away|off|out|upstairs|downstairs|home|inside)\b|(?:leaves|left)(?: the (?:room|house|"
    r"kitchen|table|shop|office))?[.,])")
"""A paragraph that opens with somebody leaving (see _gone_since)."""
_HUNG_UP = re.compile(
    r"\b(?:put|puts|set|sets|slammed|replaced) (?:the|her|his) (?:phone|receiver) down\b|"
    r"\b(?:put|puts|set|sets|slammed) down the (?:phone|receiver)\b|\b(?:hung|hangs|hang) up\b|"
    r"\brang off\b|\bthe line went dead\b|\bended the call\b")
"""Narration that ends a phone call (see _gone_since)."""


def _teller_partner(ctx: Context, st: State, b: int) -> Decision | None:
    """After a paragraph that is the writer's own line (`“Okay,” I said.`, or one the turns
    gave the writer, see _teller_between), an uncued line is the one the writer answered:
    the speaker of the paragraph before it, unless the line calls them."""
    if b < 2 or not _tellers_paragraph(st, b - 1):
        return None
    partner = _paragraph_speaker(st, b - 2)
    before = b - 2
    if partner is None and b >= 3 and _teller_acts(st, b - 2):
        partner, before = _paragraph_speaker(st, b - 3), b - 3  # past the teller's beat
    if partner is None or partner[0] in st.addressed(ctx.quote) or any(
            st.scene_break(x) for x in range(before, b)):
        return None
    return Decision(partner[0], round(min(partner[1], 0.65), 2), None, "turns")


def _tellers_turn(st: State, block: int) -> bool:
    """The paragraph's lines, all read by the narrator, are the teller's: cued or given so
    (see _tellers_paragraph), or set in the teller's own deeds (`I laid the photograph on the
    counter, face up. “This came through here in September.”`)."""
    decided = [st.decided.get(q, _NONE) for q in st.doc.by_block.get(block, [])]
    if not decided or any(d.speaker is not None for d in decided):
        return False
    toks = [t for t in st.doc.narration_tokens(*st.doc.bounds[block]) if is_word(t)]
    return _tellers_paragraph(st, block) or any(
        t.text == "I" and k + 1 < len(toks) and toks[k + 1].text.islower()
        for k, t in enumerate(toks))


def _tellers_paragraph(st: State, block: int) -> bool:
    """The paragraph's lines are all the writer's, read by the narrator (see
    _teller_partner)."""
    decided = [st.decided.get(q, _NONE) for q in st.doc.by_block.get(block, [])]
    return bool(decided) and all(d.speaker is None for d in decided) and any(
        d.rule == "turns:teller" or bool(d.cue and _I_SAID.search(d.cue)) for d in decided)


_I_SAID = re.compile(rf"\bI (?:{TELLER_VERBS}|told|say|ask)\b|\bsaid I\b")
"""A cue by the writer (`I said`, `I told her`; see _tellers_paragraph)."""


def _teller_between(st: State, lo: int, hi: int) -> bool:
    """A paragraph of narration among blocks lo..hi-1 has the writer doing something
    (`Walking home, I told my mom about it on the phone.`): the talk after it is the
    writer's with the one who speaks next, not a turn of somebody from before it. For a
    writer the story never voices (a known teller takes turns of their own, see
    _narrated_partner)."""
    for b in range(lo, hi):
        if st.doc.by_block.get(b):
            continue
        a, z = st.doc.bounds[b]
        if _I_ACTS.search(st.doc.text, a, z):
            return True
    return False


_I_ACTS = re.compile(r"\bI\s+[a-z]")
"""The writer as a subject in narration (`I told my mom`, `when I came in from school`)."""


def _turn(ctx: Context, st: State, speaker: int, other: tuple[int, float], back: int
          ) -> Decision:
    """The turn of the one who spoke before the speaker (other, found `back` paragraphs
    before the line), less sure from further back; or of the one the speaker's lines called
    (see _called_by); or nobody's when they asked a stranger by name (see
    State.calls_stranger)."""
    b = ctx.quote.block
    if st.narrator is None and _teller_between(st, b - back + 1, b - 1):
        return Decision(None, 0.6, None, "turns:teller")  # the writer's line (see
        # _teller_between)
    called = _called_by(ctx, st, speaker)
    if called is not None:
        return Decision(called, round(min(other[1], 0.75), 2), None, "turns")
    if any(st.calls_stranger(q, other[0]) for q in _lines_of(ctx, st, speaker)):
        return Decision(None, 0.6, None, "turns")  # `“Bobby, you talk to the sister?”`
    conf = 0.75 if back == 2 else 0.65
    return Decision(other[0], round(min(other[1], conf), 2), None, "turns")


def _called_by(ctx: Context, st: State, speaker: int) -> int | None:
    """The one person the speaker's lines in the paragraph before call by name, not in an
    exclamation (see State.calls), or with no name called by a title the story's one named
    holder has (`“I do, Monsignor.”`, see _named_title_called), when they have had a line
    already (or were named before the call) and this line does not
    speak of them (one that calls them is never theirs anyway): the one to answer, whoever
    spoke before (`“They are wanted in the farm, Mr. Bennet, are not they?”` / `“They are
    wanted in the farm much oftener than I can get them.”` is Mr. Bennet's, though
    Elizabeth spoke before his wife)."""
    lines = _lines_of(ctx, st, speaker)
    called = set().union(*(st.calls(q, asked=True) for q in lines)) - {speaker} or set().union(
        *(_named_title_called(st, q) for q in lines)) - {speaker}  # a name before a title
    if len(called) != 1:
        return None
    key = called.pop()
    told = any(st.speaks_of(key, q, names=False) for q in lines)  # `“Put him back, Finn”`
    # / `“But what if he dies?”`: the he is the one the caller spoke of, not Finn
    if st.speaks_of(key, ctx.quote, pronouns=not told) or not (
            st.has_spoken(key) or _named_before_caller(st, ctx.quote.block - 2, key)):
        return None
    return key


def _named_title_called(st: State, q: Quote) -> set[int]:
    """The people a line calls by a title they alone hold (`“I do, Monsignor.”`, `“E kaaro,
    Mama.”` to Mama Agba; see State.title_called) when the story names them: not `the
    assistant coach` for `“Coach,”`, nor the family's Mum for `“It’s not your house, Mum,”
    Dad said` (his mother), nor Sir Aldric for `sir`, a word anybody is called by."""
    return {k for k in st.title_called(q, strict=True) if _named_person(st.people.entities[k])}


def _named_person(e: Entity) -> bool:
    """The entity has a name of its own, not only a title or family word (`Mum`, `the
    assistant coach`)."""
    return bool(e.first) or (bool(e.last) and e.last not in TITLES and (
        e.last not in FAMILY_NAMES) and e.last not in ROLE_NOUNS)


def _named_before_caller(st: State, block: int, key: int) -> bool:
    """Block is narration that names the one the next paragraph's line calls (`Ann Vark
    answered first. Tom Rusk cut in.` / `“With respect, Ann, …—”`): though they have not
    spoken yet, they are the one to answer (see _called_by)."""
    if block < 0 or st.doc.by_block.get(block):
        return False
    lo, hi = st.doc.bounds[block]
    return any(m.key == key for m in st.people.between(lo, hi))


def _lines_of(ctx: Context, st: State, speaker: int) -> list[Quote]:
    """The speaker's lines in the paragraph before the line's."""
    return [q for q in st.doc.by_block.get(ctx.quote.block - 1, [])
            if st.decided.get(q, _NONE).speaker == speaker]


def _turn_before(st: State, block: int, next_to_last: bool, last: int
                 ) -> tuple[int, float] | None:
    """The one speaker of a paragraph before the last speaker's (see _paragraph_speaker);
    in a text written as dialogue, for the paragraph right before theirs with no one
    speaker, the one its narration hands the talk to (see _narrated_partner) or who phones
    the last speaker there (see _caller), else the one it brings in (see _arrived)."""
    other = _paragraph_speaker(st, block)
    if other is None and next_to_last and st.doc.dialogue:
        return _narrated_partner(st, block, last) or _caller(st, block, last) or _arrived(
            st, block, last)
    return other


def _caller(st: State, block: int, last: int) -> tuple[int, float] | None:
    """The one who, in a narration paragraph right before the last speaker's first line
    after it, phones or calls that speaker (`she put the phone on speaker and called Director
    Alan Price at home.` / `“This had better be a fire,” Price said.` / `“It might be.”`),
    or else answers the phone last there (`Her phone buzzed… and she answered on speaker.` /
    `“You came back,” Price said.` / `“See what?”`): the one who answers them, named or
    a he/she; or the one the last speaker called in there (`she called Ruth into her
    office` / `“…,” Matron said.` / `“Yes, Matron.”`); with the confidence of a reply across
    narration (see _turn_before)."""
    if st.doc.by_block.get(block):
        return None
    lo, hi = st.doc.bounds[block]
    text = st.doc.text
    for mm in st.people.between(lo, hi):
        called = _CALLS_UP.search(text, max(lo, mm.pos - 30), mm.pos)
        if called is None or _NAMED_SO.search(text, max(lo, called.start() - 40),
                                              called.start() + len("called")):
            continue  # (not `a square Scotswoman called Agnes Fairlie`: her name)
        key, callee = _phone_subject(st, called.end()), st.people.current(mm.key)
        if callee == last and key is not None and key != last:
            return key, 0.65
        if key == last and callee != last:
            return callee, 0.65  # `she called Ruth into her office` / `“…,” Matron said.`
    answers = list(_ANSWERS_PHONE.finditer(text, lo, hi))  # `Her phone buzzed… and she
    # answered on speaker`
    key = _phone_subject(st, answers[-1].end()) if answers else None
    return (key, 0.65) if key is not None and key != last else None


def _phone_subject(st: State, end: int) -> int | None:
    """The subject of the verb of phoning, calling or answering that ends at `end`, a name
    or a he/she (see _caller)."""
    toks = st.doc.narration_tokens(st.sentence_at(end - 1), end)
    m = subject_before(toks, len(toks) - 1, st.doc.page) if toks else None
    if m is None or m.kind not in ("name", "pronoun") or (
            m.kind == "pronoun" and m.gender == "unknown"):
        return None
    key, _conf = st.resolve(m, m.start)
    return st.people.current(key) if key is not None else None


_CALLS_UP = re.compile(r"\b(?:called|phoned|rang|dialled|dialed|rung)(?: +[A-Z][\w.]*)*\s*$")
"""A verb of phoning right before the one phoned (`called Director Alan Price`; see
_caller)."""
_NAMED_SO = re.compile(r"\b(?:[Aa]n?|[Oo]ne) +(?:[\w’'-]+ +){1,3}called\Z")
"""`a square Scotswoman called`: what follows is a name, not one phoned (see _caller)."""
_ANSWERS_PHONE = re.compile(r"\b(?:answered|picked up)\b")
"""A verb of answering the phone (see _caller)."""


def _arrived(st: State, block: int, last: int) -> tuple[int, float] | None:
    """The one person a narration paragraph opens with, named there for the first time (in
    the lines too), who has not spoken yet (`Alasdair Muir had the knack of arriving…` /
    `‘Sir,’ said the DI.` / `‘Harriet. Team.’`: the newcomer answers the one who greeted
    him), with the confidence of a reply across narration (see _turn_before). Not somebody
    a story within the story names (`I heard the story: how a nursemaid named Hester Pyne
    had gone down…`), nor one a line named (`I'm Felix`)."""
    if st.doc.by_block.get(block):
        return None
    lo, hi = st.doc.bounds[block]
    there = [m for m in st.people.between(lo, hi) if not st.people.entities[m.key].organisation]
    if len({m.key for m in there}) != 1 or there[0].rank < SUBJECT_RANK or (
            st.doc.text[lo : there[0].pos].strip(OPENING_MARKS)):
        return None
    key = there[0].key
    word = re.compile(rf"\b{re.escape(st.people.canonical(key).split()[-1])}\b")
    if key == last or st.people.first_named(key) < lo or st.has_spoken(key) or (
            word.search(st.doc.text, 0, lo)):
        return None
    return key, 0.65


def _thing_owner(st: State, toks: Sequence[Tok], start: int, hi: int) -> int | None:
    """The one person whose thing a sentence with no other subject opens with, past an
    opening word (`Then Nora's handbag began to play “Greensleeves.”`): the talk after it
    is with them (see _narrated_partner)."""
    words = [k for k, t in enumerate(toks) if is_word(t)]
    k = 1 if words and toks[words[0]].low in _OPENING_WORDS else 0
    if len(words) < k + 2 or not possessive_at(toks, words[k]) or not is_cap(toks[words[k]]) or (
            not toks[words[k + 1]].text.islower()):
        return None
    named = {st.people.current(mm.key) for mm in st.people.between(start, hi)}
    at = [mm.key for mm in st.people.between(start, toks[words[k]].end)]
    return st.people.current(at[0]) if at and len(named) == 1 and not (
        st.people.entities[at[0]].organisation) else None


def _narrated_partner(st: State, block: int, last: int) -> tuple[int, float] | None:
    """Whom the speaker of the paragraph after block answers, when block has no one
    speaker's lines: the person block's last sentence opens with, acting there on their own
    (`Tom Reed looked out at the yard, where the mare stood saddled.` / `“She has cast a
    shoe, sir,” said Peter.` / an uncued line: Tom's), or the teller for a first-person story's
    `I` opening it (`I ordered him a drink.` / `“Thanks, I need one,” Harvey said.` /
    `“Have you eaten?”`), with the confidence of a reply across narration (see
    rule_turn_taking). None when that is nobody, or the speaker.

    Edge cases: only somebody with two lines at least already (`Styles St. Mary`, a place,
    people passing through the narration, a servant who spoke once have not); a sentence
    that opens with a he or she gives nobody (`He poured the wine.`); a last sentence (or
    two) with no person in it hands over to the one before (`Mrs Lambert was writing in her
    notebook. On its cover… someone had written “River Diary”.`); nobody else named or
    meant in that sentence (`Tom handed Ann the letter.`, `Joe, I saw, was getting angry.`,
    see _acts_alone), no state or leaving (`Tom had gone upstairs.`, `Tom left them to
    it.`), though `was writing` is a doing; a teller's `I` (who may well act on the
    speaker: `I ordered him a drink.`) not in `I said nothing`, `I noticed`, `I wished`, `I
    looked from one to the other` (see _NOT_A_TURN); not when the speaker's lines speak of
    that person (`“What did he say?”`) or call somebody else by name (`“It is very kind of
    you, Mr. Knightley,”` is answered by Knightley, whoever the narration followed)."""
    lo, hi = st.doc.bounds[block]
    start = st.doc.sentence_of(block, hi - 1)
    toks = st.doc.narration_tokens(start, hi)
    first = next((t for t in toks if is_word(t)), None)
    m = pronoun_mention(first) if first is not None and first.text == "I" else main_subject(
        toks, len(toks), st.doc.page)
    for _ in range(2):
        if (m is not None and m.kind in ("name", "pronoun") and (
                m.gender != "unknown" or m.text == "I")) or start <= lo or (
                    st.people.between(start, hi)):
            break
        hi, start = start, st.doc.sentence_of(block, start - 1)  # `Mrs Lambert was writing in
        # her notebook. On its cover… someone had written “River Diary, Vol. 4”.`: hers,
        # past a sentence (or two) that has nobody
        toks = st.doc.narration_tokens(start, hi)
        m = main_subject(toks, len(toks), st.doc.page)
    if m is None:
        owner = _thing_owner(st, toks, start, hi)  # `Then Nora's handbag began to play…`
        if owner is None:
            return None
        key = owner
    elif m.text == "I":
        if st.narrator is None or any(t.low in _NOT_A_TURN for t in toks):
            return None  # `I said nothing.`, `I kept my eyes on my plate.`
        key = st.narrator
    elif m.kind == "name" and _acts_alone(toks, m, doing=True) and not _another_acts(toks, m):
        named = [mm.key for mm in st.people.between(start, hi) if mm.pos == m.start]
        if not named or len({mm.key for mm in st.people.between(start, hi)}) > 1:
            return None
        key = named[0]
    elif m.kind == "pronoun" and m.gender != "unknown" and _acts_alone(toks, m):
        fits = {mm.key for mm in st.people.between(lo, hi)
                if st.people.entities[mm.key].gender == m.gender}
        if len(fits) != 1:
            return None  # `…Jane united… She mentioned this to her friend Miss Lucas.`
        key = fits.pop()
    else:
        return None
    lines = st.doc.by_block.get(block + 1, [])
    called = set().union(*(st.calls(q, heard=True) for q in lines))
    if called - {key} or any(st.speaks_of(key, q) for q in lines) or not st.has_spoken(key, 2):
        return None
    return key, 0.65


def _another_acts(toks: Sequence[Tok], m: Mention) -> bool:
    """A clause after the subject's opens with somebody else (`Mrs. Thornbury let fall her
    scissors, and her daughter sat down very suddenly upon the sofa.`, `…, and Tom laughed`):
    the sentence follows two people, and hands the talk to neither."""
    rest = [t for t in toks if t.start >= m.end]
    for k in range(len(rest) - 2):
        if rest[k].low not in ("and", "while", "but") or not (k and rest[k - 1].text == ","):
            continue
        who = rest[k + 1]
        if (is_cap(who) and who.text != "I" and who.low not in ("the", "a", "an")) or (
                who.low in ("his", "her", "their") and (
                    rest[k + 2].low in KIN_WORDS or rest[k + 2].low in ROLE_NOUNS)):
            return True
    return False


_NOT_A_TURN = word_set(
    "nothing noticed saw see could wished wish knew had was were felt kept pretended thought "
    "wondered watched heard listened supposed hoped other both")
"""Words by which a teller's sentence is no turn in the talk (see _narrated_partner)."""


def _own_beat(st: State, block: int, key: int) -> bool:
    """In a story, the block between key's line and an uncued one is a short paragraph of
    key acting, one sentence and no line in it, that opens with key's he or she (or name)
    and names nobody else (`“Hmm,” said Mother Hazel.` / `She spread her wide grey wings and
    dropped down…` / `“Listen to me, young Bramble.”`): key goes on, the other does not
    answer; not a sentence that ends with a colon (`Somebody called to him over the
    hedge:`)."""
    lo, hi = st.doc.bounds[block]
    e = st.people.entities[key]
    several = bool(st.doc.ends(block)) and _beat_pronoun(st, block) is not None
    if st.doc.by_block.get(block) or n_words(st.doc.text[lo:hi]) > (
            _SAME_SUBJECT_WORDS if several else _OWN_BEAT_WORDS) or (
            e.organisation or e.teller) or (st.doc.ends(block) and not several) or re.search(
                r":\W*$", st.doc.text[lo:hi]):
        return False  # one sentence, or several of one he or she (`She walked the length of
        # the bridge… Then she stopped beside Quill.`), that bring in nobody's words
        # (`…and went on again:--`)
    opens = re.match(r"(He|She)\b", st.doc.text[lo:hi])
    named = [st.people.current(mm.key) for mm in st.people.between(lo, hi)
             if mm.rank >= SUBJECT_RANK or (
                 not several and st.people.entities[mm.key].gender == e.gender)]
    # (not `next to Bramble's`, but `Alice quite jumped`; in several sentences of one she,
    # `Then she stopped beside Quill.` names Quill only as where she stopped)
    if opens is not None:
        return e.gender == PRONOUN_GENDER[opens.group(1).lower()] and all(
            k == key for k in named if st.people.entities[k].gender in ("unknown", e.gender))
    first = st.people.between(lo, hi)
    return bool(named) and named[0] == key and first[0].pos == lo and all(
        k == key for k in named)


def _silent_answer(st: State, block: int, key: int) -> bool:
    """In a story, the block between key's line and an uncued one is somebody else's answer
    with no words, one short sentence (`“Can I ask you one or two things?”` / `Lady Cray
    nodded.` / `“Did your husband have a visitor?”`): key, who asked, goes on."""
    lo, hi = st.doc.bounds[block]
    found = _NODDED.fullmatch(st.doc.text, lo, hi)
    if not st.doc.dialogue or st.doc.by_block.get(block) or found is None:
        return False
    who = found.group(1)
    e = st.people.entities[key]
    if who in ("He", "She"):
        return e.gender not in ("unknown", PRONOUN_GENDER[who.lower()])
    named = st.people.between(lo, lo + len(who))
    return bool(named) and st.people.current(named[0].key) != key


_NODDED = re.compile(
    r"((?:(?:Mr|Mrs|Ms|Miss|Dr|Lady|Sir|Lord)\.? +)?[A-Z][\w’'-]+(?: +[A-Z][\w’'-]+)?) +"
    r"(?:nodded|shook (?:his|her) head|shrugged|said nothing|did not answer|made no answer)"
    r"(?: (?:slowly|once|again|silently|mutely))?\.\s*")
"""A paragraph that is one wordless answer (see _silent_answer)."""


_OWN_BEAT_WORDS = 40
"""The longest paragraph of a speaker's action that keeps the next line theirs (see
_own_beat)."""


def _teller_beat(st: State, block: int, other: int) -> bool:
    """The block, a paragraph with no line, is the teller's turn taken without a line of
    their own, in one short sentence that names nobody else nor turns to anyone (see
    _AIMED): an answer with no words (`I nodded.`, `I made no answer.`) or words reported
    (`I told him.`, `I asked her what had happened.` after her line). The one they are
    talking to goes on (see rule_turn_taking). Other beats of the teller's (`I hesitated.`,
    `I took a deep breath.`, `I laughed.`, `I shook my head.` before `“No. Its name is
    Marmaduke.”`, `I said nothing for a moment; I could not remember.`) as often lead to a
    line of the teller's own."""
    lo, hi = st.doc.bounds[block]
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", st.doc.text[lo:hi])}
    aimed = _AIMED.get(st.people.entities[other].gender, set())
    return _SILENT_TURN.match(st.doc.text, lo, hi) is not None and all(
        m.key == st.narrator for m in st.people.between(lo, hi)) and not st.doc.ends(
            block) and n_words(st.doc.text[lo:hi]) <= _SILENT_WORDS and not words & aimed


def _teller_acts(st: State, block: int) -> bool:
    """The block, a paragraph with no line, is the teller doing things and nobody else
    (`I looked at the bills for a long time. Then I put them in the drawer.`): a beat that
    leads to the teller's own line (see _teller_beat for the beats that are turns). Nobody
    else is named there nor a subject as he, she or they, and the paragraph opens with `I`."""
    if st.doc.by_block.get(block) or st.doc.article.blocks[block].kind != "paragraph":
        return False
    lo, hi = st.doc.bounds[block]
    return _I_ACTS.match(st.doc.text, lo, hi) is not None and all(
        m.key == st.narrator for m in st.people.between(lo, hi)) and not _HE_SHE_THEY.search(
            st.doc.text, lo, hi)


_HE_SHE_THEY = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b")
"""Somebody other than the teller as a subject (see _teller_acts)."""


_AIMED = {"male": {"her", "she", "lady", "woman", "girl"},
          "female": {"him", "he", "gentleman", "man", "boy"}}
"""By the gender of the one the teller is talking to, words for somebody of the other gender
(`I asked her whether…` after Holmes's line; `I bowed, and turned to the lady.`): a beat
aimed at someone else is no turn in that talk (see _teller_beat)."""

_SILENT_WORDS = 10
"""The longest teller's beat that is a turn: one short sentence (`I nodded, and held it up.
Then a thought struck me.` goes on to the teller's own question)."""

_SILENT_TURN = re.compile(
    r"I +(?:\w+ly +)?(?:nodded|bowed|assented|made +no +(?:answer|reply)|(?:did|could) +not +"
    r"(?:answer|reply)|held +my +tongue|asked|told|answered|replied|inquired|enquired|"
    r"explained|pleaded|agreed|admitted|confessed|promised|assured)\b")
"""How a teller's beat opens when it is a turn of theirs (see _teller_beat)."""


def _answer_turn(ctx: Context, st: State, unknown: bool) -> Decision | None:
    """In a text written as dialogue, the turns around a line nobody is known to say that
    calls one known person (see _called_in_paragraph): when the paragraph before is such a
    line (unknown is True: no one speaker is known for it), this line is that person's
    answer; when it is that answer, this line is the unknown caller's and takes no turn (a
    Decision with no speaker; later rules may still find a cue for it); after the writer's
    own line, the one they answered (see _teller_partner). None when none holds."""
    if not st.doc.dialogue:
        return None
    before = st.doc.by_block.get(ctx.quote.block - 1, [])
    if any(st.decided.get(q, _NONE).rule == "answer" for q in before):
        return Decision(None, 0.5, None, "caller")  # the caller, unknown, goes on
    called = _called_in_paragraph(st, ctx.quote.block - 1) if unknown else None
    if called is not None and called not in st.calls(ctx.quote):
        return Decision(called, 0.65, None, "answer")
    return _teller_partner(ctx, st, ctx.quote.block) if unknown else None


def _called_in_paragraph(st: State, block: int) -> int | None:
    """The one known person the lines of a paragraph call by name, at an edge of a sentence
    (see State.calls): `“Is soldiering your regular profession, Mr. Hastings?”` after a cue
    that named no one, so the line after is Hastings's answer."""
    quotes = st.doc.by_block.get(block, [])
    called = set().union(*(st.calls(q, heard=True) for q in quotes))
    if len(called) != 1 or not set().union(*(st.calls(q, True, heard=True) for q in quotes)):
        return None  # two people called, or one named only in passing
    if any(_gives_name(st, q) for q in quotes):
        return None  # `“Samuel Adeyemi,” he said, holding out a hand. “Sam. Your solicitor
        # rang me.”`: he gives his name, and calls nobody
    return called.pop()


def _gives_name(st: State, q: Quote) -> bool:
    """A line that is only a whole name with no title, and a cue: the speaker giving theirs
    (`“Samuel Adeyemi,” he said, holding out a hand`) or answering with somebody's (`“Auntie
    Jo,” she said eventually.`), calling nobody (see _called_in_paragraph and
    rule_turn_taking); a mother's bare `“Ruby Cole.”` calls her girl, and `“Lady Pembury.”`
    greets."""
    outlet = _NAME_AND_OUTLET.match(st.doc.text, q.start, q.end)
    if outlet is not None and first_name_gender(outlet.group(1).lower()) != "unknown":
        return True  # `“Siobhan Reilly, Northern Herald. Dr Haddadin, are we going to…?”`
        # (not a radio's `“Camp Four, Base.`)
    body = st.doc.text[q.start : q.end].strip(" \n“”\"‘’',.!?")
    words = body.lower().split()
    return _FULL_NAME_LINE.fullmatch(body) is not None and words[0] not in TITLES and not any(
        w in NOT_NAMES or w.endswith(("’s", "'s")) for w in words) and (
            st.decided.get(q, _NONE).cue is not None)  # (not `“That’s Sergeant Wolak,”`)


_NAME_AND_OUTLET = re.compile(
    r"[“\"]" + _WHOLE_NAME_SET_OFF + r" (?:[A-Z][\w’'&-]+ ){0,3}[A-Z][\w’'&-]+\. ")
"""A line that opens as a questioner at a briefing gives their name: a first name (group 1)
and surname, a comma, and their paper or station (`“Ravi Menon, Campus Radio. Sorry.…`)."""
_FULL_NAME_LINE = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,3}")
"""Two to four capitalised words (see _gives_name)."""


_WONDERED_OF = re.compile(r"\b(?:(?:make|makes|made|making) sure|in case|whether|lest|if)"
                          r" (?:that )?$")
"""What comes before the subject of a clause that only wonders or checks about them (`he
glanced toward the front to make sure Doc wasn't coming`): somebody away, whom no line is
spoken to (see _addressee)."""


def _addressee(st: State, block: int, before: int, speaker: int) -> int | None:
    """Whom the speaker of a paragraph was talking to, when nobody else has spoken yet: the
    last other person the narration since their line names as a subject (`Mr. Bennet made no
    answer.`), else the person a line of theirs in the last six paragraphs calls by name
    (`“My dear Mr. Bennet,” said his lady`), else the one a short paragraph right before
    their line set them with (see _scene_partner), else, when the narration since names nobody and
    has no personal pronoun (he, his, she, her, they, I, my, we, you…: `This was invitation
    enough.`), the one who spoke before them.

    Edge cases: a call is a name set off in the line (see State.calls: `“Randolph, …`, `my
    dear Mr. Bennet`, `I can tell you, Hastings, …`); it must be someone the text already
    knows, and not the speaker; a line calling two people calls nobody in particular, and
    two people named together as the subject (`Kayla and Ozzie wriggled down`) were both
    talked to: the reply is either's, so nobody's."""
    quotes = st.doc.by_block.get(block, [])
    lo = quotes[-1].end if quotes else st.doc.bounds[block][0]
    named = [m for m in st.people.between(lo, before) if m.rank >= SUBJECT_RANK
             and m.key != speaker and not st.people.entities[m.key].organisation
             and not _WONDERED_OF.search(st.doc.text, max(lo, m.pos - 30), m.pos)]
    if named:
        joined = _JOINED.search(st.doc.text, max(lo, named[-1].pos - 60), named[-1].pos)
        return None if joined else named[-1].key  # `Kayla and Ozzie wriggled down`: either
    for b in range(block, max(-1, block - 6), -1):
        if b < block and st.scene_break(b):
            break  # calls from an earlier scene
        for q in reversed(st.doc.by_block.get(b, [])):
            if st.decided.get(q, _NONE).speaker != speaker:
                continue
            called = st.calls(q, heard=True) - {speaker}
            if len(called) == 1:
                return called.pop()
    partner = _scene_partner(st, block, speaker) if quotes and (
        st.decided.get(quotes[-1], _NONE).rule != "thought") else None
    if partner is not None:
        return partner  # not to a thought: nobody hears it
    if any(m.key != speaker for m in st.people.between(lo, before)) or _PERSON_WORD.search(
            st.doc.text, st.doc.bounds[block][1], before):
        return None  # the narration between brings somebody in
    if st.narrator is not None and _phone_went(st, block):
        return st.narrator
    for b in range(block - 1, max(-1, block - 6), -1):
        if _new_scene(st, b):
            break  # (`That evening…`: the one before talked in another scene)
        if _remembered(st, b):
            if st.people.first_named(speaker) > st.doc.bounds[b][1]:
                break  # a newcomer after a remembered talk: not in the talk before it
            continue  # `Jess had said, “…”` long ago: nobody to talk to now
        other = _paragraph_speaker(st, b)
        if other is not None and other[0] != speaker:
            return other[0]
    return None


def _phone_went(st: State, block: int) -> bool:
    """The paragraph before the speaker's line, with no line of its own, has the teller's
    phone ring (`My phone buzzed. Martin. I stepped out into the corridor.` / `“How is he?”
    Martin said.`): the caller talks to the teller (see _addressee)."""
    if block < 1 or st.doc.by_block.get(block - 1):
        return False
    lo, hi = st.doc.bounds[block - 1]
    return _PHONE_WENT.search(st.doc.text, lo, hi) is not None


_PHONE_WENT = re.compile(
    r"\b[Mm]y (?:phone|mobile|cell)(?: phone)? (?:buzzed|rang|went|vibrated|lit up)\b|"
    r"\bI (?:answered|picked up) (?:the|my) (?:phone|mobile|call)\b|\bI (?:rang|called) "
    r"(?:him|her)\b")
"""The teller's phone ringing or a call they make (see _phone_went)."""


def _scene_partner(st: State, block: int, speaker: int) -> int | None:
    """The one other person a short paragraph of narration (SETTING_WORDS at most) right
    before the speaker's line names as a subject (`Wes sat behind the counter and Nora mopped
    the floor.` / `“Seven letters,” Wes said.`), or the one before it when that one names only
    the speaker: the one the scene sets the speaker with. Not
    in a story told in the first person, where the teller is as often the one spoken to (and a
    long paragraph before tells of people, not of a scene: `…Sissy… Bitzer…` / `“Bitzer,”
    said Thomas Gradgrind.`)."""
    if st.narrator is not None:
        return None
    for b in (block - 1, block - 2):  # `Ruth had been in the kitchen an hour before her
        # brother arrived.` / `Daniel came in without knocking.` / `“…,” he said.`
        if b < 0 or st.doc.by_block.get(b) or st.scene_break(b):
            return None
        lo, hi = st.doc.bounds[b]
        if n_words(st.doc.text[lo:hi]) > SETTING_WORDS:
            # a longer paragraph's last two sentences set the scene (`Mari stayed on the
            # upper deck. After a while Kenji came up… and sat down beside her.`)
            starts = [lo, *(e for e in st.doc.ends(b) if lo < e < hi)]
            lo = starts[-2] if len(starts) >= 2 else lo
            if n_words(st.doc.text[lo:hi]) > SETTING_WORDS:
                return None
        here = st.people.between(lo, hi)
        named = [m for m in here if m.key != speaker and not (
            st.people.entities[m.key].organisation)]
        led = any(m.key == speaker and m.rank >= SUBJECT_RANK for m in here) and any(
            is_speech_verb(t) for t in st.doc.narration_tokens(lo, hi))  # `Undersheriff
        # Mike Tolliver, sitting in for Sheriff Dale Pruett, who was at a state conference,
        # said…`: the speaker's words reported set nobody with them but the subjects (but
        # `Ode took Nell Parry back through that night.` sets Nell Parry)
        others = {m.key for m in named if m.rank >= SUBJECT_RANK} or (
            set() if led else {m.key for m in named})
        if others:  # the one person named there, a subject, or in a clause of its own (`…
            # soup, and Teresa Quill had been awake for nineteen hours.`)
            return others.pop() if len(others) == 1 else None
    return None


SETTING_WORDS = 40
"""The longest paragraph of narration that sets a scene's two people (see _scene_partner)."""

_PERSON_WORD = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Hh]im|[Hh]is|[Hh]er|[Tt]hey|[Tt]hem|[Tt]heir|I|[Mm]e|[Mm]y|[Ww]e|[Uu]s|"
    r"[Oo]ur|[Yy]ou|[Yy]our)\b")


_SHORT_TURN = 200
"""Outside texts written as dialogue, turns are taken only between paragraphs this short
(characters): a quick exchange, not an interview's long answers."""


def _paragraph_speaker(st: State, block: int) -> tuple[int, float] | None:
    """The one voiced speaker of a paragraph that opens with a quote (in a text written as
    dialogue, of any paragraph that has quotes), and how sure that is."""
    if st.doc.article.blocks[block].kind != "paragraph":
        return None
    quotes = st.doc.by_block.get(block, [])
    lo, _hi = st.doc.bounds[block]
    if not quotes or (st.doc.text[lo : quotes[0].start].strip() and not st.doc.dialogue):
        return None
    voiced = {st.decided[q].speaker for q in quotes if st.decided.get(q, _NONE).speaker is not None}
    if len(voiced) != 1:
        return None
    d = st.decided[quotes[0]] if st.decided.get(quotes[0], _NONE).speaker else next(
        st.decided[q] for q in quotes if st.decided.get(q, _NONE).speaker is not None)
    assert d.speaker is not None
    if d.rule == "credit":
        return None  # a list of credited quotes is no conversation
    return d.speaker, d.confidence


_DEVICE_SOUNDS = re.compile(
    r"\b[Tt]he +(?:[a-z]+ +)?(radio|television|TV|telly|loudspeaker|tannoy|intercom|wireless|"
    r"speakers?)\b[^.!?“”\"]{0,60}?\b(?:crackled|came +on|came +back|announced|blared|buzzed|"
    r"sputtered|squawked|hissed|came +to +life|back +to +life|spoke)\b")
"""A radio or loudspeaker that sounds (see rule_device)."""


def rule_question_put(ctx: Context, st: State) -> Decision | None:
    """A bare line that opens its paragraph right after one of narration that reports a
    question put to somebody (`Marrow was asked whether the defending had been good
    enough.`, `Demirel asked Wierzbicki how much salt he uses. The chef paused.`, `The first
    question went to Vance: how did he feel…?`, `Sowerby pressed Brannigan on the
    penalties.`): the one asked answers (see _question_put_to), unless the line calls them
    or is itself a question (the question put, in the askers' words)."""
    if not _paragraph_opener(ctx, st) or ctx.quote.block == 0:
        return None
    asked = _question_put_to(st, ctx.quote.block - 1)
    if asked is None or asked in st.calls(ctx.quote) or st.doc.text[
            ctx.quote.start : ctx.quote.end].rstrip(_LINE_CLOSE).endswith("?"):
        return None  # `Reporters pressed Supt Ruzzo on whether…` / `“Are these the people at
        # the top?”`: the askers' words
    return Decision(asked, 0.75, None, "asked")


_PUT_WORDS = word_set("whether if how what why when where who which about")
"""Words that open a question reported after `asked X` or `X was asked` (see
_question_put_to)."""
_QUESTION_WENT = re.compile(r"\bquestions?(?: +[a-z]+){0,2} +(?:went|was +put|was +directed|"
                            r"turned|fell) +to +(?:[a-z-]+ +){0,2}$")
"""`The first question went to ` (`after that went to striker `) right before a name (see
_question_put_to)."""


def _question_put_to(st: State, block: int) -> int | None:
    """Whom the narration paragraph block (no line in it) last reports a question put to,
    in one of its last two sentences: the object of `asked` or `pressed` before a question
    word (`asked Wierzbicki how…`, `pressed him on…`), the subject of `was asked` (`She was
    asked about the defence`), or the one a question `went to`; any later sentence there
    must name nobody else as its subject (`The chef paused.` may be the one asked)."""
    if block < 0 or st.doc.by_block.get(block) or (
            st.doc.article.blocks[block].kind != "paragraph"):
        return None
    lo, hi = st.doc.bounds[block]
    starts = [lo] + [e for e in st.doc.ends(block) if e < hi]
    for s in reversed(starts[-2:]):
        e = st.doc.end_after(block, s + 1)
        pressed = _PRESSED.search(st.doc.text, s, e)  # `asked Wierzbicki how…`
        named = [mm.key for mm in st.people.between(pressed.start(1), pressed.end(1))] if (
            pressed is not None) else []
        key: int | None = named[-1] if named else None
        conf = 0.8
        if key is None:
            m = _asked_in(st.doc.narration_tokens(s, e), st)
            if m is None:
                continue
            key, conf = st.resolve(m, m.start)
        if key is None or conf < 0.7 or st.people.entities[key].organisation:
            return None
        key = st.people.current(key)
        if any(st.people.current(mm.key) != key and mm.rank >= SUBJECT_RANK and (
                st.doc.text[mm.pos : mm.pos + 1].isupper()) and not PRONOUN_AT.match(
                    st.doc.text, mm.pos) for mm in st.people.between(e, hi)):
            return None  # `Abernethy asked both guests… Oyelaran went first.`: not the asker
        return key
    return None


def _asked_in(toks: Sequence[Tok], st: State) -> Mention | None:
    """The one a sentence's tokens say a question was put to, when no name is its object
    (that is _PRESSED's): a him or her (`pressed him on…`), the subject of `was asked`, or
    the one a question `went to` (see _question_put_to)."""
    for k, t in enumerate(toks[:-2]):
        nxt = toks[k + 1]
        if t.low in ("asked", "pressed") and nxt.low in ("him", "her") and (
                toks[k + 2].low in _PUT_WORDS or (t.low == "pressed" and toks[k + 2].low in (
                    "on", "over"))):
            return object_pronoun(nxt.low, nxt.start, nxt.end)
        if t.low == "asked" and nxt.low in _PUT_WORDS and k >= 1 and (
                toks[k - 1].low in ("was", "is") or (
                    k >= 2 and toks[k - 2].low == "was" and is_adverb(toks[k - 1]))):
            return main_subject(toks, k, st.doc.page)
        if is_cap(t) and k >= 1 and _QUESTION_WENT.search(
                st.doc.text, max(0, t.start - 60), t.start):
            return name_mention(toks, k, run_end(toks, k), st.doc.page)
    return None


def rule_takes_floor(ctx: Context, st: State) -> Decision | None:
    """A bare line that opens its paragraph right after one of narration whose last
    sentence has somebody take the floor (`Judith Carew coloured, and her brother,
    observing it, came to her rescue…`, `Tom Rusk cut in.`, `Her father spoke up.`): the
    one who took it (`Oyelaran went first.`), named, a relative or a he/she resolved surely;
    not one the line calls."""
    b = ctx.quote.block
    if not _paragraph_opener(ctx, st) or b == 0 or st.doc.by_block.get(b - 1) or (
            st.doc.article.blocks[b - 1].kind != "paragraph"):
        return None
    hi = st.doc.bounds[b - 1][1]
    toks = st.doc.narration_tokens(st.doc.sentence_of(b - 1, hi - 1), hi)
    low = [t.low for t in toks]
    v = next((k for k in range(len(toks) - 1) if _FLOOR_TAKEN.match(" ".join(low[k : k + 4]))),
             None)
    m = _floor_subject(toks, v, st.doc.page) if v is not None else None
    if m is None:
        return None
    key, conf = st.resolve(m, m.start)
    if key is None or conf < 0.7 or st.people.entities[key].organisation or (
            key in st.calls(ctx.quote)):
        return None
    return Decision(st.people.current(key), 0.7, st.doc.text[m.start : m.end], "floor", m.start)


def _floor_subject(toks: Sequence[Tok], v: int, page: Page) -> Mention | None:
    """The subject of the verb at toks[v] (see subject_before), or the name or role right
    before it, past an aside set off by commas (`and her brother, observing it, came`)."""
    m = subject_before(toks, v, page)
    if m is not None or v < 2:
        return m
    j = v - 1
    if toks[j].text == ",":
        k = next((i for i in range(j - 1, max(-1, j - 12), -1) if toks[i].text == ","), None)
        if k is None:
            return None
        j = k - 1
    if j < 0:
        return None
    if is_cap(toks[j]):
        return name_mention(toks, run_start(toks, j), j + 1, page)
    return role_back(toks, j, page)


_FLOOR_TAKEN = re.compile(
    r"(?:came to (?:his|her|their|my|our) rescue|broke in\b|cut in\b|chimed in\b|"
    r"interposed\b|intervened\b|spoke up\b|interrupted\b|"
    r"(?:went|answered|spoke) first\b)")
"""Words that have somebody take the floor in a conversation (see rule_takes_floor)."""


def rule_writer_question(ctx: Context, st: State) -> Decision | None:
    """A report's bare line right after the writer's one-sentence question that follows
    somebody's line (`“…,” Whitcombe said.` / `Was it a matter of effort?` / `“No. I won’t
    say that.”`): the one asked answers (see State.questioned)."""
    if not _paragraph_opener(ctx, st):
        return None
    asked = st.questioned(ctx.quote.block)
    return Decision(asked, 0.75, None, "asked") if asked is not None and asked not in (
        st.calls(ctx.quote)) else None


def rule_device(ctx: Context, st: State) -> Decision | None:
    """A story's bare line right after narration whose last sentence has a radio, a
    television or a loudspeaker sound (`The radio on the counter crackled back to life just
    then, and everyone turned toward it.` / `“—advising all residents…”`): the device's, a
    voice of its own, not a turn of the people talking before."""
    if not st.doc.dialogue or not _paragraph_opener(ctx, st) or ctx.quote.block == 0:
        return None
    block = ctx.quote.block - 1
    hi = st.doc.bounds[block][1]
    if st.doc.article.blocks[block].kind != "paragraph" or st.doc.by_block.get(block):
        return None
    found = _DEVICE_SOUNDS.search(st.doc.text, st.doc.sentence_of(block, hi - 1), hi)
    if found is None:
        return None
    text = f"the {found.group(1).lower()}"
    key = next((e.key for e in st.people.entities if e.forms == [text]), None)
    if key is None:
        key = st.people.anonymous(Mention("role", text, found.start(), found.end(1),
                                          ("the", found.group(1).lower()))).key
    return Decision(key, 0.75, None, "device", found.start())


_I_ASKED_THEM = re.compile(
    r"I +(?:then +|also +|finally +)?(?:asked|pressed|put +it +to|put +the +question +to) +"
    r"(him|her)\b[^.!?“\"]*[.?]\s*$")
"""A paragraph that is the writer's one reported question to somebody (see
rule_asked_them)."""


def rule_asked_them(ctx: Context, st: State) -> Decision | None:
    """A report's bare line right after a paragraph that is only the writer's question to
    him or her (`I asked her what keeps her awake, exactly.` / `“Whether we’re asking too
    much of her.”`): the one asked answers, resolved as that him or her."""
    if st.doc.dialogue or not _paragraph_opener(ctx, st) or ctx.quote.block == 0:
        return None
    block = ctx.quote.block - 1
    lo, hi = st.doc.bounds[block]
    if st.doc.article.blocks[block].kind != "paragraph" or st.doc.by_block.get(block):
        return None
    asked = _I_ASKED_THEM.match(st.doc.text, lo, hi)
    if asked is None or n_words(st.doc.text[lo:hi]) > QUESTION_WORDS:
        return None
    key, conf = st.resolve(object_pronoun(asked.group(1), asked.start(1), asked.end(1)),
                           asked.start(1))
    if key is None or conf < 0.7:
        return None
    return Decision(st.people.current(key), 0.8, None, "asked", asked.start(1))


def rule_asker_again(ctx: Context, st: State) -> Decision | None:
    """A report's bare question right after a reply to somebody the narration says asked
    (`He asked how much the scheme would cost.` / `“About £95,000,” replied the finance
    officer, Gillian Pryce.` / `“So it will take you a year just to pay for itself?”`): the
    asker's follow-up, not more of the reply. The asker is the subject of the last sentence
    of the paragraph before the reply, which says `asked`, resolved surely and not the one
    who replied; a reply cued by any speech verb will do when that sentence says how an
    interview opened (`Abernethy opened by asking how she got started.` / `“By accident,
    honestly,” Fenwick said.` / `“And you kept them alive?”`)."""
    b = ctx.quote.block
    if st.doc.dialogue or not ctx.whole or not _paragraph_opener(ctx, st) or b < 2 or not (
            ctx.inner.rstrip(" ”’\"'").endswith("?")):
        return None
    before = st.doc.by_block.get(b - 1, [])
    if not before or st.doc.by_block.get(b - 2):
        return None
    reply = st.decided.get(before[0], _NONE)
    if reply.speaker is None or reply.cue is None:
        return None
    hi = st.doc.bounds[b - 2][1]
    start = st.doc.sentence_of(b - 2, hi - 1)
    toks = st.doc.narration_tokens(start, hi)
    asks = [k for k, t in enumerate(toks) if t.low in ("asked", "asking")]
    m = main_subject(toks, asks[0], st.doc.page) if asks and (
        _REPLY_VERB.search(reply.cue) or toks[asks[0] - 1].low == "by") else None
    if m is None:
        return None
    key, conf = st.resolve(m, m.start)
    if key is None or conf < 0.7 or st.people.current(key) == st.people.current(reply.speaker):
        return None
    return Decision(st.people.current(key), 0.7, None, "asker", m.start)


_REPLY_VERB = re.compile(r"\b(?:replied|answered|responded)\b")
"""A cue that makes its line an answer (see rule_asker_again)."""


def rule_paragraph_continues(ctx: Context, st: State) -> Decision | None:
    """A paragraph that opens with a whole quote and no cue continues the previous
    paragraph's last voiced speaker, when nothing after that quote names anyone else.

    Edge cases: only the paragraph right before counts; a heading between breaks it; a line
    that speaks to that speaker is somebody else's (see State.addressed), or speaks of them
    (`“Two glasses,” Bridget said.` / `“Bridget has been with me since…`), and so is one that
    answers a question asked or takes up the last line's words (see _echoes), or may answer
    one the last line calls (see _calls_one_who_spoke), nor a first-person writer's own short
    question (see _writer_asks), nor after a reply (see _REPLIED).
    """
    if not _paragraph_opener(ctx, st) or ctx.quote.block == 0:
        return None
    block = ctx.quote.block - 1
    if st.doc.article.blocks[block].kind != "paragraph":
        return None
    if st.doc.dialogue and _paragraph_speaker(st, block) is not None and not (
            _speech_goes_on(ctx, st)):
        return None
    voiced = [q for q in st.doc.by_block.get(block, [])
              if st.decided.get(q, _NONE).speaker is not None]
    if not voiced:
        return None
    d = st.decided[voiced[-1]]
    assert d.speaker is not None
    start = _sentence_end_after(st, block, max(voiced[-1].end, d.at))
    if _other_person_between(st, start, st.doc.bounds[block][1], d.speaker) or (
            d.speaker in st.addressed(ctx.quote) | st.talked_of(ctx.quote)) or _asked(
                st, voiced[-1], d) or (
                _replied(st, voiced[-1])) or (
                _writer_asks(ctx, st)) or _echoes(
                st.doc.text[voiced[-1].start : voiced[-1].end], ctx.inner) or (
                    _calls_one_who_spoke(st, voiced[-1], d.speaker)) or _broken_off(
                        st, voiced[-1]):
        return None  # `“…,” the Queen said.` / `“There are nine girls…, Majesty.”`
    return Decision(d.speaker, round(min(d.confidence, 0.85), 2), d.cue, "continues")


def _broken_off(st: State, q: Quote) -> bool:
    """The line breaks off with a dash (`“Majesty,” said Harcastle, “the book—”`): somebody
    else cuts in, so the next paragraph's line does not go on with it."""
    return st.doc.text[q.start : q.end].rstrip(_LINE_CLOSE + " ").endswith(("—", "–", "--"))


SPEECH_WORDS = 20
"""The fewest words of a line that a report's next whole-quote paragraph goes on with."""


def _speech_goes_on(ctx: Context, st: State) -> bool:
    """In a report read as dialogue for its questions and answers (Doc.report_lines), a
    whole-quote paragraph that asks nothing, after a paragraph whose last voiced line is a
    cued speech of SPEECH_WORDS words or more, no question, goes on with it (a closing address
    over several paragraphs: `“…,” Ms Moreau-Baines said.` / `“Ladies and gentlemen, an
    innocent man does not need three stories.”`), where a story's next line would be the
    other person's turn."""
    if not st.doc.report_lines or ctx.quote.block == 0 or _asks(ctx.inner):
        return False
    voiced = [q for q in st.doc.by_block.get(ctx.quote.block - 1, [])
              if st.decided.get(q, _NONE).speaker is not None]
    if not voiced:
        return False
    line = st.doc.text[voiced[-1].start : voiced[-1].end]
    return n_words(line) >= SPEECH_WORDS and not _asks(line) and (
        st.decided[voiced[-1]].cue is not None)  # not a cross-examiner's uncued statement


WRITER_QUESTION_WORDS = 8
"""The most words of a line alone in its paragraph that a first-person writer may ask."""


def _writer_asks(ctx: Context, st: State) -> bool:
    """In a text told in the first person, a short question alone in its paragraph (`“And in
    ten years?”` between two of the chef's answers) is the writer's own, asked of the one who
    spoke before: it does not go on with them."""
    _lo, hi = st.doc.bounds[ctx.quote.block]
    return st.doc.first_person and _asks(ctx.inner) and (
        ctx.words <= WRITER_QUESTION_WORDS) and not st.doc.text[ctx.quote.end : hi].strip()


def _calls_one_who_spoke(st: State, q: Quote, speaker: int | None) -> bool:
    """The line q calls by name somebody else who has had a line (`“We did drive here,
    Mama,” Ada said.` / `“I know. That is why.”`): the next line may be their answer, so it
    does not surely go on with q's speaker."""
    return any(k != speaker and st.has_spoken(k) for k in st.addressed(q))


def _echoes(before: str, line: str) -> bool:
    """The line opens by taking up the last line's own words and says yes or no to them
    (`“But not at the scene,” Ms Hughes said.` / `“Not at the scene, no.”`), or its opening
    subject to say not (see below): an answer, not
    the same speaker going on (who may take up their own words to say more: `“We were
    waiting for the money,” Tom Rusk said.` / `“We were waiting for the money because…”`)."""
    said = [w.lower() for w in _WORDS.findall(before)]
    words = [w.lower() for w in _WORDS.findall(line)]
    if len(words) > 1 and len(said) > 1 and said[0] == "i" and words[0] == "you" and (
            said[1] == words[1] and said[1] in _TURNED_AUXILIARIES):
        return True  # `“I did wait till after,” he protested.` / `“You did, darling.`: the
        # words turned back on the one who said them
    if len(words) > 2 and len(said) > 2 and [_bare(w) for w in words[:2]] == said[:2] and (
            words[2] != said[2]) and any(
            w == "not" or w.endswith(("n’t", "n't")) for w in words[1:4]):
        return True  # `“The doctor said no salt,” she says.` / `“The doctor’s not eating
        # these eggs.”`: the same subject taken up to say not, a retort (not `“I’m very
        # disappointed in the RNC,” Trump said.` / `“I’m very disappointed… I don’t…”`)
    if not any(w in ("no", "yes") for w in words):
        return False
    if words[0] in ("no", "yes", "but", "and", "well"):
        words = words[1:]
    head = words[:ECHO_WORDS]
    return len(head) == ECHO_WORDS and any(
        said[k : k + ECHO_WORDS] == head for k in range(len(said) - ECHO_WORDS + 1))


ECHO_WORDS = 3
_WORDS = re.compile(r"[\w’']+")
_TURNED_AUXILIARIES = word_set("did do does was were have had will would can could should")
"""Verbs a reply takes up from `I …` as `You …` (see _echoes)."""


def _bare(word: str) -> str:
    """A word without the `’s` it may carry (`doctor’s` of `the doctor’s not eating`)."""
    return word.removesuffix("’s").removesuffix("'s")


def _asked(st: State, q: Quote, d: Decision) -> bool:
    """The line q is a question its cue says was asked (`“Did the house float away?” Sam
    asked.`), or a challenge its cue says was pressed (`Sowerby pressed: “But both were in
    your own half.”`): the next paragraph's uncued line answers it, and is not the asker's."""
    cue = d.cue or ""
    line = st.doc.text[q.start : q.end]
    return (bool(_ASKED.search(cue)) and (_asks(line) or "pressed" in cue.split())) or (
        bool(_ASKS_YOU.search(line)) and n_words(line) <= ASKED_YOU_WORDS)


_ASKS_YOU = re.compile(r"(?:^|[.!?”\"] +|[“\"‘’'] ?)(?:Do|Did|Are|Were|Have|Will|Would|Can|Could)"
                       r" you\b[^.!?“”\"]*\?[’'”\"]*\s*$")
"""A line that ends by asking its listener a question (`“So,” he said. “‘Paper Crowns’. Do
you still sing it?”`): an interviewer's, answered by the one asked (see _asked)."""
ASKED_YOU_WORDS = 12
"""The most words of a line ending in a `Do you…?` for it to be a question put to somebody,
not a speech's rhetorical one (`…and I ask you, do you want that?`)."""


_ASKED = re.compile(r"\b(?:asked|asks|inquired|wondered|pressed|questioned|quizzed)\b")
def _replied(st: State, q: Quote) -> bool:
    """Line q opens its paragraph and its cue makes it a reply in an exchange (see
    _REPLIED); not words woven into a sentence (`Trump shot back in a statement, saying he’s
    “made a lot of money in down markets.”`, whose statement goes on in the next paragraph)."""
    cue = st.decided.get(q, _NONE).cue
    first = st.doc.by_block.get(q.block, [q])[0]
    return cue is not None and _REPLIED.search(cue) is not None and not st.doc.text[
        st.doc.bounds[q.block][0] : first.start].strip()


_REPLIED = re.compile(
    r"\b(?:replied|replies|answered|answers|retorted|retorts|countered|counters|responded|"
    r"shot back|fired back|hit back)\b")
"""A cue that makes its line one turn of an exchange: the next uncued paragraph is the
other side's (`“…,” Cllr Tait replied.` / `“I have. It’s in our amendment.”`), not his
going on (see rule_paragraph_continues)."""


def _asked_about(toks: Sequence[Tok], m: Mention) -> bool:
    """The he/she m opens a question that somebody asks (`Carys asks what she'd say`, `asked
    him how he would describe it`): it means the one asked, whom the pronoun does not tell."""
    k = next((n for n, t in enumerate(toks) if t.start >= m.start), 0)
    return m.kind == "pronoun" and k >= 2 and toks[k - 1].low in _WH_WORDS | {
        "whether", "if"} and any(_ASKED.fullmatch(t.low) for t in toks[max(0, k - 4) : k - 1])


_ASKED_OF = word_set("when if after before once being was were is been")
"""Words before an `asked` that make its subject the one asked (`When asked whether…`)."""


def _asks_what(toks: Sequence[Tok], v: int) -> bool:
    """The verb at toks[v] asks a reported question (`Mr Lindqvist asked what she had made
    of that.`, `asked him whether he had…`): the line after is its answer, somebody else's
    (see _reporter_at)."""
    if not _ASKED.fullmatch(toks[v].low) or v == 0 or toks[v - 1].low in _ASKED_OF:
        return False  # `Asked whether she ever thinks about retiring, Fontaine made a face`
    k = v + 1
    if k < len(toks) and toks[k].low in ("him", "her", "them", "me", "us"):
        k += 1
    return k < len(toks) and toks[k].low in _WH_WORDS | {"if", "when"}


def rule_previous_subject(ctx: Context, st: State) -> Decision | None:
    """A quote that is a sentence of its own with no cue, right after a sentence that reports
    what someone said, thinks or judged (`Carter said that for decades…` / `“…”`, `Bystrom
    agreed. “…”`, `Valastro praised Christie’s leadership.` / `“…”`, `…, since Trump spoke
    only in bromides.` / `“…”`): that person.

    Edge cases: the sentence before may close the previous paragraph when the quote opens its
    own; it must have a speech, thought or weaving verb and a person as its subject (a speech word
    with no subject is a noun, `continued his remarks`, and the search goes on); a he/she
    subject counts when it is the sentence's own (see _main_pronoun); in dialogue, a sentence
    in the paragraph before that holds a line of its own is that line's cue, and the new
    paragraph is a new turn (`“You’re late,” Tom said.` / `“The bus didn’t come.”`).
    """
    if not ctx.whole or _shouted(ctx) or ctx.words < 2:
        return None
    span = _sentence_before(ctx, st)
    if span is None:
        return None
    start, end, same_paragraph = span
    toks = st.doc.narration_tokens(start, end)
    if same_paragraph:
        if ctx.prev is not None and ctx.prev.end > start and (
                ctx.prev.start < start or st.decided.get(ctx.prev, _NONE).rule != "fragment"):
            return None
        inverted = cue_inverted_tail(toks, st.doc.page)
        if inverted is not None:
            return _decide(inverted, ctx, st, "previous")
    elif _new_turn(ctx, st, toks, start, end):
        return None
    for v in range(len(toks) - 1, -1, -1):
        if toks[v].low in DOCUMENTS and any(t.low in ISSUING for t in toks[max(0, v - 3) : v]):
            m = document_issuer(toks, v, st.doc.page)
            if m is not None:
                return _decide(Cue(m, m.start, toks[v].end, 0.8), ctx, st, "previous")
        if toks[v].text in PARTICIPLE_VERBS and v > 0 and toks[v - 1].low in _LEADS_PARTICIPLE:
            m = main_subject(toks, v, st.doc.page)
            if m is not None and m.kind == "name" and not m.weak:
                return _decide(Cue(m, m.start, toks[v].end, 0.8), ctx, st, "previous")
            return None
        if (toks[v].text in SPEECH_VERBS or toks[v].text in _THOUGHT_VERBS or (
                toks[v].text in FRAGMENT_VERBS)) and not _reports_no_words(toks, v) and not (
                    _phoned(toks, v)):
            reporter = _reporter_at(toks, v, st, same_paragraph)
            if reporter is True:
                continue
            if reporter is False:
                return None
            assert isinstance(reporter, Mention)
            return _decide(Cue(reporter, reporter.start, toks[v].end, 0.8), ctx, st, "previous")
    return None


def _phoned(toks: Sequence[Tok], v: int) -> bool:
    """`called` at toks[v] before a name and a word of when or where is a phone call, not
    words reported (`He said he had called Lindqvist before the press conference.`: the
    search for the one who said goes on to `He said`; see rule_previous_subject); not
    `called Trump a liar`, nor `Cruz called them on it:`."""
    if toks[v].low != "called" or v + 1 >= len(toks) or not is_cap(toks[v + 1]):
        return False
    j = run_end(toks, v + 1)
    return j < len(toks) and toks[j].low in _PHONE_AFTER


_PHONE_AFTER = word_set("before after at from last yesterday earlier again twice . , and")
"""Words after `called X` that make it a phone call (see _phoned)."""


_SUBORDINATE = word_set("if unless until whether because once after before")
"""Words that open a clause inside a reported sentence (see _reporter_at)."""


def _reporter_at(toks: Sequence[Tok], v: int, st: State, same_paragraph: bool
                 ) -> Mention | bool:
    """For rule_previous_subject, the speech verb at toks[v]: the subject whose words the
    line is; True to look for a verb further back (no subject: a noun, `his remarks`; a
    he/she inside a report's `that` clause, `He added that he had told Ellison as much`; the
    subject of an `if` clause in a report); False when the line answers what the sentence
    reports (`…and said that he did not.` / `“Then what do you do?”`, `Carys asks what she'd
    say to beginners.`) or nobody sure said it."""
    m = subject_before(toks, v, st.doc.page)
    if m is None:
        return True
    at = next((k for k, t in enumerate(toks) if t.start >= m.start), 0)
    if at > 0 and toks[at - 1].low in _SUBORDINATE and m.kind != "pronoun" and not (
            st.doc.dialogue):  # (but `…upbeat, in part because he sees Cruz as a uniter.`)
        return True  # `…said the branch had offered to suspend the action if the university
        # agreed to reopen talks`: the one who said it is further back
    answered = (st.doc.dialogue and not same_paragraph and _reported(toks, v)) or (
        _asked_about(toks, m)) or _asks_what(toks, v)
    if answered:
        return False
    if (m.kind == "name" and not _sentence_adverb(toks, m)) or (
            m.kind == "pronoun" and _main_pronoun(toks, v, m, st)):
        return m
    if m.kind == "role" and same_paragraph and not st.doc.dialogue and (
            m.text.split()[0].lower() in ("one", "another")):
        return m  # `One driver, who did not want to be named, said managers had warned
        # staff…` / `“They're trying to scare people.”`: the quote goes on in their words
    return m.kind == "pronoun" and not st.doc.dialogue and any(t.low == "that" for t in toks[:v])


def rule_described_before(ctx: Context, st: State) -> Decision | None:
    """A report: a paragraph that is all one uncued quote, right after a short paragraph of
    narration about one person, is theirs (`Grace Hale, 68, watched from the corner.` /
    `“My father worked in that mill for 31 years.”`, `He then turned to the cameras.` /
    `“Maya, we love you.”`).

    Edge cases: not in a text written as dialogue (stories hand lines by beats and turns);
    the narration paragraph holds no quote, at most DESCRIBED_WORDS words, and has no other
    person as a subject; its subject is a name of two words or with a title, or a he/she
    resolved with confidence, never an organisation (`Pause.` and `Often, …` are no
    names); a line that calls them or speaks of them is not theirs (see decide)."""
    b = ctx.quote.block
    if st.doc.dialogue or not ctx.whole or ctx.words < 4 or b < 1 or (
            ctx.prev is not None and ctx.prev.block == b) or st.doc.by_block.get(b - 1) or (
            st.doc.article.blocks[b - 1].kind != "paragraph"):
        return None
    lo, hi = st.doc.bounds[b - 1]
    if n_words(st.doc.text[lo:hi]) > DESCRIBED_WORDS or st.doc.text[lo:hi].rstrip().endswith(
            "?"):
        return None  # (`And the ex-husband — has he heard it?`: the writer's question, whose
        # answer is the one asked's)
    toks = st.doc.narration_tokens(st.doc.sentence_of(b - 1, hi - 1), hi)
    m = main_subject(toks, len(toks), st.doc.page)
    if m is None or m.weak or m.kind not in ("name", "pronoun") or (
            m.kind == "name" and len(m.name) < 2 and not m.titles):
        return None  # not `Pause.` nor `Often, …`: a one-word name needs a title
    if _subject_undergoes(toks, m):
        return None  # `John Smith, 45, was charged on Tuesday.`: what was done to him
    key, conf = st.resolve(m, m.start)
    if key is None or conf < 0.75 or st.people.entities[key].organisation or any(
            mm.key != key and not st.people.entities[mm.key].organisation and (
                mm.rank >= SUBJECT_RANK) for mm in st.people.between(lo, hi)) or (
            key in st.talked_of(ctx.quote)) or _other_spoke_before(st, b - 2, key, lo) or (
                _other_lead(ctx, st, key)):
        return None
    return Decision(key, 0.7, st.doc.text[m.start : m.end], "described", m.start)


def _other_lead(ctx: Context, st: State, key: int) -> bool:
    """The line's own paragraph opens with narration whose subject is a name or a role that
    is not key (`The judge turned to the defense table. “Mr. Gable, …”` is no line of the one
    the paragraph before was about; `She took a long time to answer. “…”` may be)."""
    lo = st.doc.bounds[ctx.quote.block][0]
    toks = st.doc.narration_tokens(lo, ctx.quote.start)
    m = main_subject(toks, len(toks), st.doc.page) if toks else None
    if m is None or m.kind not in ("name", "role"):
        return False
    e = st.people.entities[st.people.current(key)]  # (read, not resolved: no one new is made)
    if m.kind == "name":
        return not any(m.name[-1] in form.split() for form in e.forms)
    return bool(m.titles) and m.titles[-1] not in e.titles


def _other_spoke_before(st: State, block: int, key: int, lo: int) -> bool:
    """Somebody else has a line in block, and key is no newcomer at lo: an uncued line after
    a paragraph about key may go on with that speaker (`“…,” Royle said.` / `Smith pleaded
    guilty.` / `“…”`), so it is nobody's for sure (see rule_described_before)."""
    lines = st.doc.by_block.get(block, []) if block >= 0 else []
    spoke = {st.people.current(d.speaker) for q in lines
             if (d := st.decided.get(q, _NONE)).speaker is not None}
    return bool(spoke - {key}) and any(p < lo for p in st.people.named_at.get(key, []))


def _subject_undergoes(toks: Sequence[Tok], m: Mention) -> bool:
    """The verb after the subject m (past an aside) is passive: `John Smith, 45, was charged
    with burglary`, `She was found…` (see rule_described_before)."""
    k = next((n for n, t in enumerate(toks) if t.start >= m.end), len(toks))
    while k < len(toks) and (not is_word(toks[k]) or toks[k].text[0].isdigit() or is_cap(
            toks[k]) or toks[k].low in ("of", "from") or is_adverb(toks[k])):
        k += 1  # `, 45, of Elm Road,`
    return k + 1 < len(toks) and toks[k].low in _BE and toks[k + 1].low.endswith(("ed", "en"))


DESCRIBED_WORDS = 40
"""The longest paragraph of narration whose one person the next all-quote paragraph is
(see rule_described_before)."""


_PUT_THINGS = word_set("a an the his her their my your its our down out up away")
"""What follows `put` when it moves a thing, not words (`put a hand on`, `put down`; but
`she put in` may be a cue)."""


def _reports_no_words(toks: Sequence[Tok], v: int) -> bool:
    """The verb at toks[v] gives no words that a next line could be: a weaving verb (no
    speech verb) in a `who` clause (`Tommo, who applauded everything`: what somebody does),
    or a request (`asked for Psalm 121 to be read`), or `went`/`goes` but as `went on` (`He
    went straight for the mints.` is what he did), or `put` a thing somewhere."""
    nxt = toks[v + 1].low if v + 1 < len(toks) else ""
    if toks[v].low in ("asked", "asks") and nxt == "for":
        return True
    if toks[v].low in ("went", "goes") and nxt not in ("on", ""):
        return True
    if toks[v].low in ("put", "puts") and nxt in _PUT_THINGS:
        return True  # `…stopped at their table and put a hand on Sunil’s shoulder.`: no words
    return v > 0 and toks[v - 1].low == "who" and toks[v].text in FRAGMENT_VERBS and (
        toks[v].text not in SPEECH_VERBS)


def _new_turn(ctx: Context, st: State, toks: Sequence[Tok], start: int, end: int) -> bool:
    """The sentence text[start:end] that closes the paragraph before the quote holds a line
    of its own, so the quote is a new turn: in dialogue any line (`“You’re late,” Tom said.`
    / `“The bus didn’t come.”`), in a report a question asked (`“Did the house float away?”
    Sam asked.` / `“No. The house stayed.”`), a reply (`“…,” Cllr Tait replied.`), a line
    the quote takes up (see _echoes) or one
    that calls somebody who has spoken (see _calls_one_who_spoke)."""
    if st.doc.dialogue:
        return any(t.text == QUOTE_TOKEN for t in toks) or any(
            start - 3 <= q.end <= start for q in st.doc.by_block.get(ctx.quote.block - 1, []))
        # (`“…?” Castellanos asked.`: the sentence is the cue after the line)
    return any(_asked(st, q, st.decided.get(q, _NONE)) or _replied(st, q) or _echoes(
        st.doc.text[q.start : q.end], ctx.inner) or _calls_one_who_spoke(
            st, q, st.decided.get(q, _NONE).speaker) for q in st.doc.by_block.get(
        ctx.quote.block - 1, []) if start - 3 <= q.end <= end)


def _reported(toks: Sequence[Tok], v: int) -> bool:
    """The speech verb at toks[v] reports its words itself: an object or clause follows it
    (`said that he did not`, `He said it had been in the water two days`, `She said a
    word her mother would not have liked`, see _REPORTING), not a colon, a direction or the
    sentence's end (`He said:`, `she said quietly.`, `he called down to you again.`). A
    story's next paragraph is then somebody's answer."""
    if toks[v].low not in _REPORTING_VERBS:
        return False  # `Marjorie called her husband Teddy`, `called the boy in`
    k = v + 1
    while k < len(toks) and is_adverb(toks[k]):
        k += 1
    return k < len(toks) and toks[k].low in _REPORTING


_REPORTING_VERBS = word_set("said says told tells explained added answered replied")
_REPORTING = word_set(
    """that it a an so yes no something what how why whether if he she they we i you
    goodbye""")
"""Words that open what a speech verb reports (`said that…`, `said it…`, `said a word`,
`said he would`; not `said nothing`: a silence before the subject's line), see _reported."""


def _sentence_adverb(toks: Sequence[Tok], m: Mention) -> bool:
    """m is a weak name (a word the text also writes in lower case) that opens the sentence,
    set off by a comma: an adverb (`Rather, he said, continued struggles…`), not a person
    (`Manning said` is still Manning)."""
    first = next((t for t in toks if is_word(t)), None)
    after = next((t for t in toks if t.start >= m.end), None)
    return m.weak and first is not None and first.start == m.start and (
        after is not None and after.text == ",")


def _main_pronoun(toks: Sequence[Tok], v: int, m: Mention, st: State) -> bool:
    """The he/she subject of the verb at toks[v] is the sentence's main subject (`In response
    to…, she said she…`), or means the name that is (`Viguerie is upbeat…, because he sees`);
    not a he/she after someone else opened the sentence (`She said the last word so loudly
    that Alice jumped; but she saw…`, `Trump isn't a conservative, he said`); the pronoun
    must stand right before the verb, or open the sentence whose second verb it is (`He
    said he did, “most days,” and told a story about a pupil`)."""
    if m.gender == "unknown":
        return False
    main = main_subject(toks, v, st.doc.page)
    if toks[v - 1].start != m.start:
        return toks[v - 1].low == "and" and main is not None and main.start == m.start == (
            toks[0].start) and not any(t.low in (";", "but", "so") for t in toks[1:v])
        # but `She said…; but she saw…, so she took courage, and went on`: that `and` joins
        # the verb to another clause's subject
    if main is None or main.start == m.start:
        return main is not None
    return main.kind == "name" and st.resolve(main, main.start)[0] == st.resolve(m, m.start)[0]


def cue_inverted_tail(toks: Sequence[Tok], page: Page) -> Cue | None:
    """A sentence that ends `…, said Ohio professor Jane Roe.` (an inverted speech verb and
    its named speaker close the sentence): the speaker of a whole quote that follows it.

    Edge cases: the verb must follow a comma or a quote, its subject must be a name that runs
    to the sentence's end (`, said Roe, who…` and `, said the report.` are no cue).
    """
    end = len(toks)
    while end > 0 and not is_word(toks[end - 1]):
        end -= 1
    for v in range(max(1, end - 24), end):
        if toks[v].text in _INVERTIBLE and toks[v - 1].text in (",", QUOTE_TOKEN):
            m = subject_after(toks, v + 1, page)
            if m is not None and m.kind == "name" and (
                    m.end >= toks[end - 1].end or _aside_to_end(toks, m.end, end)):
                return Cue(m, toks[v].start, m.end, 0.8)
            return None
    return None


def _aside_to_end(toks: Sequence[Tok], after: int, end: int) -> bool:
    """What follows a name up to the sentence end is an aside about them (`, founder and CEO
    of Iraq and Afghanistan Veterans of America`, `, a pollster`), with no verb of its own."""
    rest = [t for t in toks[:end] if t.start >= after]
    if len(rest) < 2 or rest[0].text != "," or not (
            rest[1].low in _ASIDE_START or rest[1].low in ROLE_NOUNS or rest[1].low in TITLES
            or rest[1].low in ROLE_ADJ):
        return False
    return not any(t.text == QUOTE_TOKEN or is_speech_verb(t) or t.text in _AUXILIARIES
                   or t.text in (",", ";", ":") for t in rest[1:])


_LEADS_PARTICIPLE = word_set(", by")
"""What stands before a speech participle whose subject is the sentence's (`Bolton distanced
himself from the movement by saying he would help.`, `…, adding that he would help.`)."""

_THOUGHT_VERBS = word_set(
    """thinks thought believes believed feels felt argues argued contends sees saw hopes
    hoped fears feared worries worried knows knew wants wanted expects expected
    spoke speaks talked talks"""
)
"""Verbs of thinking, and of speaking with no quote of their own (`since Trump spoke only in
bromides`), whose subject may speak the bare quote that follows (see
rule_previous_subject)."""


def rule_action_beat(ctx: Context, st: State) -> Decision | None:
    """Fiction: a line with no cue after a beat of narration is the beat's subject's
    (`Winterbourne hesitated a moment. “I should much rather go with you.”`, `She looked up.
    “Is it late?”`), the way novels hand a paragraph to one person. The beat may be a short
    paragraph of its own just before the line's (`Mary Cavendish leant forward.` /
    `“What would you really choose…?”`, `John nodded gloomily.` / `“Yes; you see…”`).

    Edge cases: only in texts written as dialogue (see dialogue_style); the quote must open
    its sentence, and a line before it in its paragraph must end before the beat (`“Madame
    Brassard.” The Professor inclined his head. “We were…”`); the sentence right before it
    must have a person's name or a he/she as its main subject (never the teller: `I nodded.`
    hands the turn to the other), and hear or see nothing (what a subject hears is someone
    else's line); a paragraph before must hold no line and at most BEAT_WORDS words, and
    show its subject acting towards nobody else (see _acts_alone: `He had a hard, stubborn
    streak.` describes somebody the teller goes on talking to) and reporting no words of its
    own (`…and said that he did not.` was the subject's turn; see _reported).
    """
    if not st.doc.dialogue or not _opens_sentence(ctx) or _shouted(ctx):
        return None
    span = _sentence_before(ctx, st)
    entrance = _entrance(ctx, st) if span is not None and not span[2] else None
    held = span is not None and not span[2] and _one_subject_beat(ctx, st)
    if span is None or not (span[2] or _beat_paragraph(ctx, st) or entrance is not None or held):
        return None
    if ctx.prev is not None and ctx.prev.block == ctx.quote.block and ctx.prev.end > span[0]:
        return None  # but a beat may stand between two lines of one paragraph (`“Madame.”
        # The Professor inclined his head. “We were talking of you.”`)
    toks = st.doc.narration_tokens(span[0], span[1])
    if span[2] and toks and ((toks[0].low in _THING_SUBJECTS and not _cleft_subject(
            toks, st.doc.page)) or _had_been(toks)):
        span, toks = _beat_before_thing(ctx, st, span)  # `Kestrel crouched to run her
        # fingers over the letters. They were cold. “Have you got a coin?”`: Kestrel's; so
        # `Crane crouched beside the chalk outline. Sir Gerald had been a large man.`
    m = _but_subject(toks, _beat_subject(toks, st.doc.page), st.doc.page, span[2])
    if m is None or not _beat_person(m) or _listed_word(toks, m, st) or any(
            t.text == "I" and t.start < m.start for t in toks):
        return None  # (`On the carpet I found… a matchbook from a club called the Starlight
        # Room.`: the teller's beat, the name an object's)
    if any(t.low in _HEARING and not _reads_out(toks, k) for k, t in enumerate(toks)) or (
            _cut_off(toks)):
        return None  # `she heard her voice close to her ear. “You're thinking…”`: not hers
    if not span[2] and _reports_words(toks):
        return None  # `…and said that he did not.` was his turn: the line is an answer
    if _looks_back(toks, m) or _looks_away(toks, m):
        return None  # `He had practised them on the shuttle.`, `Odile looked at the ceiling.`
    long_entrance = entrance is not None and not _beat_paragraph(ctx, st)
    if not span[2] and not long_entrance and not _acts_alone(toks, m) and not (
            held and (st.calls(ctx.quote) or st.title_called(ctx.quote))):
        return None  # (`…Then she stopped beside Quill.` / `“Ensign, plot us…”`: hers)
    d = _decide(Cue(m, m.start, m.end, 0.75), ctx, st, "beat")
    if d is not None and d.speaker is not None and _one_off(st, d.speaker):
        return None  # `Glasses lifted.` / `“To Leah and Sunil.”`: no Glasses
    if d is not None and d.speaker is not None and span[2] and _known_role_beat(st, m, d):
        d = replace(d, confidence=ROLE_BEAT_CONFIDENCE)  # `The queen sighed and turned to
        # the goose girl. “And you?”`: the queen, who has spoken as `the queen` before
    if long_entrance and (d is None or d.speaker != entrance):
        return None  # a long paragraph hands the line only to the one it brings in
    if d is not None and d.speaker in st.addressed(ctx.quote) and span[2]:
        return _opening_beat(ctx, st, span[0], d.speaker)  # `Pellow turned to her. She was
        # perhaps twenty-three… “And you, Miss Ashcombe?”`: Pellow's
    if d is not None and (d.speaker in st.talked_of(ctx.quote) | st.addressed(ctx.quote) or (
            d.speaker is None and m.kind == "role")):
        return None  # `William, the eldest, …` / `“William did not like…”` is not his; a
    return d  # role's beat that means nobody known leaves the line to the turns


def _but_subject(toks: Sequence[Tok], m: Mention | None, page: Page, here: bool
                 ) -> Mention | None:
    """The beat's subject m, or, when the beat is in the line's own paragraph (here) and its
    sentence goes on after m with `, but` and somebody named doing something (`Mr Vance rose
    to object to the tone of the question, but Dame Helen waved him down. “Ms Doherty is
    entitled…”`), that somebody, who acts last. Not one who only is or has (`…, but Tom had
    gone`)."""
    if m is None or not here:
        return m
    for k in range(len(toks) - 3):
        if toks[k].start > m.end and toks[k].text == "," and toks[k + 1].low == "but":
            e = run_end(toks, k + 2)
            named = whole_name(toks, k + 2, e, page)
            if named is not None and e < len(toks) and toks[e].text.isalpha() and (
                    toks[e].text.islower() and toks[e].low not in _NOT_DOING):
                return named
    return m


_NOT_DOING = word_set(
    """was were is are had has have could would did does do might must should will can
    seemed kept still never""")
"""Words after a subject that tell what they are or have, not what they do (see
_but_subject)."""


def _reads_out(toks: Sequence[Tok], k: int) -> bool:
    """`read` at toks[k] reads out the words that follow (`Kelsey read from her card.`, `He
    read it out.`): the reader's line, where a letter read is its writer's (see
    rule_letter, which comes first)."""
    after = [t.low for t in toks[k + 1 : k + 3]]
    return toks[k].low in ("read", "reads") and bool(after) and (
        after[0] in ("from", "out", "aloud") or after == ["it", "out"])


def _cut_off(toks: Sequence[Tok]) -> bool:
    """The beat says its subject was cut off by somebody (`He was interrupted by a voice
    from the floor.`): the line is that somebody's, not the subject's."""
    return any(t.low in _CUT_OFF and k + 1 < len(toks) and toks[k + 1].low == "by" and k > 0
               and toks[k - 1].low in ("was", "were") for k, t in enumerate(toks))


_CUT_OFF = word_set("interrupted heckled stopped silenced")
"""Passive verbs whose agent, not their subject, speaks next (see _cut_off)."""


ROLE_BEAT_CONFIDENCE = 0.65
"""A beat's role that means somebody who has spoken under it (see _known_role_beat): sure
enough to voice, which a role's usual 0.75 on a beat's 0.75 is not."""


def _known_role_beat(st: State, m: Mention, d: Decision) -> bool:
    """The beat's subject is a role (`The queen sighed…`) that means somebody who has had
    two lines at least and holds that role: as sure as a name."""
    word = m.titles[-1] if m.titles else m.name[-1].lower() if m.name else ""
    if m.kind != "role" or d.speaker is None or d.confidence >= VOICE_THRESHOLD or not word:
        return False  # (`The King did not turn around.`: the word capitalised, as a name)
    e = st.people.entities[st.people.current(d.speaker)]
    return word in e.titles and st.has_spoken(d.speaker, 2)


def _opening_beat(ctx: Context, st: State, before: int, called: int) -> Decision | None:
    """The line's paragraph opens with a beat by somebody else than the one its last
    sentence shows and the line calls (`Pellow turned to her. She was perhaps twenty-three.
    “And you, Miss Ashcombe?”`): the opener's, when that is a named person or a he/she
    (never the teller) the line neither calls nor talks of, and nothing but narration stands
    between."""
    lo = st.doc.bounds[ctx.quote.block][0]
    if before <= lo or (ctx.prev is not None and ctx.prev.block == ctx.quote.block):
        return None
    toks = st.doc.narration_tokens(lo, next(e for e in st.doc.ends(ctx.quote.block)
                                            if e > lo))
    m = _beat_subject(toks, st.doc.page)
    if m is None or not _beat_person(m) or m.text == "I":
        return None
    d = _decide(Cue(m, m.start, m.end, 0.75), ctx, st, "beat")
    if d is None or d.speaker in (None, called) or d.speaker in (
            st.talked_of(ctx.quote) | st.addressed(ctx.quote)):
        return None
    return d


def _one_off(st: State, key: int) -> bool:
    """key is known only by words the story writes once, no known first name nor gender, a
    plural's one word (`Chairs scraped.`) or never a sentence's subject (`two-stroke oil and
    Imperial Leather`): a thing, no character."""
    e = st.people.entities[st.people.current(key)]
    words = e.forms[0] if len(e.forms) == 1 else ""
    if not words or e.titles or e.gender != "unknown" or first_name_gender(
            words.split()[0].lower()) != "unknown":
        return False
    plural = " " not in words and words.endswith("s") and not words.endswith("ss")
    return (plural or not any(mm.rank >= SUBJECT_RANK for mm in st.people.between(
        0, len(st.doc.text)) if st.people.current(mm.key) == e.key)) and len(re.findall(
            rf"\b{re.escape(words)}\b", st.doc.text)) == 1


def rule_called_in_scene(ctx: Context, st: State) -> Decision | None:
    """Fiction: an uncued line that opens its paragraph right after a paragraph of
    narration naming two people, and calls one of them (by name or by a title only they
    hold), is the other's (`Mrs Greaves herself appeared at the tape… Dobbs, to his credit,
    held firm.` / `“Those are my tins, Constable.”`: Mrs Greaves's, Dobbs being the
    constable).

    One person named there who is not the one called is the caller too (`The Reverend Alan
    Moss found her there… He was pale.` / `“Harriet. Thank God.”`).

    Edge cases: the narration paragraph holds no line; people count by name (organisations,
    owners and what a he/she was taken for do not); with two named, the line calls exactly
    one."""
    b = ctx.quote.block
    if not st.doc.dialogue or b < 1 or not _paragraph_opener(ctx, st) or st.doc.by_block.get(
            b - 1) or st.doc.article.blocks[b - 1].kind != "paragraph":
        return None
    lo, hi = st.doc.bounds[b - 1]
    there = {st.people.current(m.key) for m in st.people.between(lo, hi)
             if not st.people.entities[m.key].organisation
             and not PRONOUN_AT.match(st.doc.text, m.pos)
             and not _OWNER_NAME.match(st.doc.text, m.pos)  # not `He was Sir Edmund’s
             and not _one_off(st, m.key)}  # nephew`: an owner named is in no scene (Sir
    # Edmund was the dead man), nor a brand named once (`He smelled of… Imperial Leather`)
    called = {st.people.current(k) for k in st.addressed(ctx.quote)}
    if len(there) == 2 and len(called & there) == 1:
        other = next(iter(there - called))
    elif len(there) == 1 and called and not called & there:
        other = next(iter(there))  # `The Reverend Alan Moss found her there…` / `“Harriet.`
    else:
        return None
    if _moved_off(st, b - 1, b, other):
        return None  # `The woman in green touched her arm… and drifted away.` / `“Immy.`
    return Decision(other, 0.65, None, "called in scene")


_OWNER_NAME = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}?[’']s\b")
"""A name in the possessive (`Sir Edmund’s nephew`), read from its first word."""

_THING_SUBJECTS = word_set("they it this")
"""Subjects of a beat that are things the person before it handles (`They were cold.`)."""


def _beat_before_thing(ctx: Context, st: State, span: tuple[int, int, bool]
                       ) -> tuple[tuple[int, int, bool], list[Tok]]:
    """The beat before a sentence about a thing (`They were cold, colder than the air.`):
    the sentence before it in the quote's paragraph, from which the rest of the beat goes
    on, when the paragraph has one; else the sentence itself."""
    lo = st.doc.bounds[ctx.quote.block][0]
    if span[0] <= lo:
        return span, st.doc.narration_tokens(span[0], span[1])
    start = st.doc.sentence_of(ctx.quote.block, span[0] - 1)
    return (start, span[1], True), st.doc.narration_tokens(start, span[0])


def _had_been(toks: Sequence[Tok]) -> bool:
    """The sentence says what somebody or something had been, its verb the first words
    after a short subject (`Sir Gerald had been a large man.`): the past told, no beat of
    anybody's (see rule_action_beat, which looks at the sentence before)."""
    k = next((n for n, t in enumerate(toks[:5]) if t.low == "had"), None)
    return k is not None and k > 0 and k + 1 < len(toks) and toks[k + 1].low == "been" and (
        all(is_word(t) for t in toks[:k]))


def _listed_word(toks: Sequence[Tok], m: Mention, st: State) -> bool:
    """The beat's subject is a capitalised word nobody was called before, opening a list of
    lower-case words (`Tall, wet, a fisherman's jumper with a hole in the elbow.`): a
    description, not a name; not before an aside or a participle (`Tom, smiling, …`)."""
    if m.kind != "name" or len(m.name) != 1 or st.people.find(m, m.start) is not None:
        return False
    k = next((n for n, t in enumerate(toks) if t.start >= m.end), len(toks))
    return k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].text.islower() and (
        toks[k + 1].low not in _ASIDE_START | _OWNERS) and not toks[k + 1].low.endswith(
            ("ing", "ed"))



def rule_report_beat(ctx: Context, st: State) -> Decision | None:
    """A report: a line right after a short sentence that shows a named person's manner in
    the same paragraph is theirs (`Asked whether…, Kamau was blunt. "We trained doctors for
    export."`, `Li was candid. "…"`, `Kobayashi wasn't satisfied. "…"`, `Hale laughed. "…"`;
    an opening `Asked …,` phrase is no part of the short sentence, after which a he/she
    must mean somebody whose first name or honorific gives that gender: `Asked whether she
    had spoken with him, she smiled. "…"`), or that asks for or shows their words (`His
    verdict? "…"`, `Harlan’s reply was curt. "…"`, see _owner_reply).

    The short sentence may be a paragraph of its own right before the line's, with no line
    in it (`Halvorsen paused.` / `“I’m going to go up there this May anyway.”`).

    Edge cases: not in a text written as dialogue (rule_action_beat reads stories); the
    sentence must end on its word of manner (_ATTITUDES, _MANNER_VERBS) with at most a
    `not`, `less` or `more` before an attitude, and its subject must be a name or a
    he/she opening it (after an `Asked …,` phrase)."""
    if st.doc.dialogue or not _opens_sentence(ctx) or ctx.words < 2:
        return None
    span = _sentence_before(ctx, st)
    if span is None or not (span[2] or (  # or the last sentence of a paragraph with no line
            not st.doc.by_block.get(ctx.quote.block - 1))):  # in it: `Halvorsen paused.` /
        return None  # `“…”`, `…is cautious about goals. Asked whether…, she shook her head.`
    every = st.doc.narration_tokens(span[0], span[1])
    owner = _owner_reply(every, st.doc.page) if every and every[-1].text in ("?", ".") else None
    if owner is not None:  # `His verdict? “…”`, `Harlan’s reply was curt. “…”`
        return _decide(Cue(owner, owner.start, every[-1].end, 0.8), ctx, st, "manner")
    opening = asked_phrase_end(every) or opening_phrase_end(every)
    words = [t for t in _aside_dropped(every[opening:]) if is_word(t)]  # `Asked whether…,
    # she smiled.`; `Ferreira, when told of that answer, laughed.`
    if len(words) < 2 or len(words) > 20 or not _shows_manner(words):
        return None
    m = main_subject(every, len(every), st.doc.page)
    if opening and (m is None or m.start < every[opening].start):
        m = main_subject(every[opening:], len(every) - opening, st.doc.page)  # not `the
        # family` of `Asked why…, the usual engines of the family saga, she was emphatic.`
    m = _kin_then_name(every, m, st.doc.page)  # `Her sister Jean, who had baked…, was…`
    if m is None or m.weak or not (m.kind == "name" or (
            m.kind == "pronoun" and m.gender != "unknown") or (
                m.kind == "role" and m.titles[:1] == ("the",))):
        return None  # a role: `Asked whether…, the 54-year-old was blunt.`
    if opening and m.kind == "pronoun":
        key, _conf = st.resolve(m, m.start)
        e = st.people.entities[key] if key is not None else None
        if e is None or (m.gender not in (first_name_gender(e.first.lower()), HONORIFIC_GENDER.get(
                e.honorific)) and not _spoke_last(st, ctx.quote.block, e.key, m.gender, span)
                and not _named_subject_before(st, span[0], e.key)):
            return None  # `"She is tough," Lindqvist said.` / `Asked whether she had spoken
            # with Lindqvist, she smiled.`: the she may have been taken for Lindqvist; it must
            # be somebody whose first name or honorific says so
    return _decide(Cue(m, m.start, m.end, 0.8), ctx, st, "manner")


def _named_subject_before(st: State, start: int, key: int) -> bool:
    """The sentence before the one starting at start, in the same paragraph, opens with key
    named as its subject and names nobody else (`Moura, the match-winner, was
    characteristically calm. Asked what went through her mind…, she shrugged.`): the beat's
    he/she is surely key's (see rule_report_beat)."""
    block = st.block_at(start)
    lo = st.doc.bounds[block][0]
    if start <= lo:
        return False
    before = st.doc.sentence_of(block, start - 1)
    named = [mm for mm in st.people.between(before, start) if not PRONOUN_AT.match(
        st.doc.text, mm.pos)]
    return bool(named) and named[0].rank >= SUBJECT_RANK and all(
        st.people.current(mm.key) == st.people.current(key) for mm in named)


def _aside_dropped(toks: Sequence[Tok]) -> Sequence[Tok]:
    """toks without an aside set off by commas right after the capitalised name that opens
    them (`Ferreira, when told of that answer, laughed.`), so that the manner word is read
    on the short sentence around it (see rule_report_beat)."""
    j = run_end(toks, 0)
    if j == 0 or j >= len(toks) or toks[j].text != ",":
        return toks
    close = next((k for k in range(j + 1, min(len(toks), j + 14)) if toks[k].text == ","), None)
    return toks if close is None else [*toks[:j], *toks[close + 1 :]]


def _spoke_last(st: State, block: int, key: int, gender: Gender,
                span: tuple[int, int, bool]) -> bool:
    """key, known to be of that gender, voiced the last line of one of the two paragraphs
    before block (`“…,” Radek Sokol said.` / `Asked whether he had wanted her to stop, he
    shrugged. “…”`), and the beat's sentence (span) does not name them (`Asked whether she
    had spoken with Lindqvist, she smiled.`): the he/she of the beat is surely theirs,
    whatever the first name says."""
    if any(st.people.current(mm.key) == key and not PRONOUN_AT.match(st.doc.text, mm.pos)
           for mm in st.people.between(span[0], span[1])):
        return False
    for b in (block, block - 1, block - 2):
        lines = [q for q in st.doc.by_block.get(b, []) if q in st.decided]
        if lines:
            d = st.decided[lines[-1]]
            return d.speaker is not None and st.people.current(d.speaker) == st.people.current(
                key) and st.people.entities[key].gender == gender
    return False


def _kin_then_name(toks: Sequence[Tok], m: Mention | None, page: Page) -> Mention | None:
    """A relative's word right before their name (`Her sister Jean`): the name, the person
    meant; else m."""
    if m is None or m.kind != "role" or len(m.titles) != 2 or m.titles[0] not in (
            "her", "his", "their") or m.titles[1] not in KIN_WORDS:
        return m
    n = next((k for k, t in enumerate(toks) if t.start >= m.end), len(toks))
    if n >= len(toks) or not (is_cap(toks[n]) and is_word(toks[n])):
        return m
    named = name_mention(toks, n, run_end(toks, n), page, [])
    return named if named is not None and named.kind == "name" else m


def _shows_manner(words: Sequence[Tok]) -> bool:
    """The sentence's words end on a word of manner: `was blunt`, `wasn't satisfied`, `was
    less convinced` (about a short something: `was less amused by the language`), `laughed`,
    `hedged`, `didn't hesitate`, `would shrug` (see rule_report_beat), or a name opens them with a
    verb of manner and no other name follows in ten words at most (`Carrick laughs when
    this is put to her.`)."""
    if len(words) > 2 and words[-1].low in _STILL:
        words = words[:-1]  # `was blunter still`
    last = words[-1].low
    if _MANNER_ENDS.search(" ".join(t.low for t in words[-6:])) and len(words) <= 12:
        return True  # `Calloway did not hold back.`, `Balakin… nodded in agreement.`
    if last in _MANNER_VERBS or _checks_self(words) or _heads_shaken(words):
        return len(words) <= 6 or words[-2].low in ("then", "just", "only")
    verb = next((k for k in range(1, min(4, len(words))) if not is_cap(words[k])), 0)
    if verb > 0 and words[verb].low in _MANNER_VERBS and len(words) <= 10 and not any(
            is_cap(t) for t in words[verb + 1 :]):
        return True  # `Carrick laughs at that.`, `Carrick laughs when this is put to her.`
    at = next((k for k in range(len(words) - 3, max(0, len(words) - 7), -1)
               if words[k].low in _ATTITUDES and words[k + 1].low in _ABOUT), len(words) - 1)
    if words[at].low not in _ATTITUDES:  # `She was less amused by the language.`
        return False
    k = at - 1
    while k >= 0 and (words[k].low in ("not", "less", "more", "far", "equally", "very", "just")
                      or words[k].low.endswith("ly")):  # `was characteristically calm`
        k -= 1
    return k >= 0 and words[k].low in ("was", "is", "were", "wasn't", "isn't", "seemed", "sounded")


_ATTITUDES = word_set("""blunt blunter candid frank defiant adamant unapologetic emphatic direct
    succinct philosophical optimistic pessimistic sceptical skeptical cautious confident
    unrepentant unmoved unimpressed unconvinced convinced satisfied dismissive scathing
    upbeat bullish pragmatic realistic circumspect cagey evasive guarded defensive apologetic
    contrite forthright blunt-spoken diplomatic unfazed undeterred unbowed resigned wistful
    hopeful unbothered unworried unruffled sanguine relaxed calm serene measured combative
    bearish firm insistent amused unamused modest humble gracious magnanimous effusive
    emotional tearful downbeat gloomy brief terse curt""")
"""Words of attitude that set up the line after them (`Li was candid. "…"`)."""
_STILL = word_set("still again too")
"""Words that may close a sentence of manner after its attitude (`was blunter still`)."""
_MANNER_ENDS = re.compile(
    r"(?:(?:\bnot|n[’']t|\bnever) hold back|\bheld nothing back|\bpulled no punches|"
    r"\bminced no words|\bnot mince (?:his|her) words|\blost for words|\bfind the words|"
    r"\bnodded in agreement|\bpaid tribute to [a-z ]+|\bwiped (?:his|her) eyes|"
    r"\bcleared (?:his|her) throat|\btook a (?:deep )?breath|\bturned to (?:the |his |her )?"
    r"[a-z-]+(?: [a-z-]+)?|\blooked up|\bleaned forward|\bstood up|\bgot to (?:his|her) feet)$")
"""A sentence's last words that set up the line after them like a word of manner (see
_shows_manner)."""
_ABOUT = word_set("about by with on at over")
"""What an attitude may be about before the sentence ends (`was less amused by the
language`, `was blunt about the risks`; see _shows_manner)."""
_MANNER_VERBS = word_set("""laughed smiled shrugged sighed hedged demurred scoffed conceded
    grinned chuckled winced paused nodded hesitated laughs smiles shrugs sighs hedges demurs
    scoffs concedes grins chuckles winces pauses nods hesitates hesitate shrug""")
"""Verbs that show a person's manner before their line (`Hale laughed. "…"`), in the past
and in the present a profile is written in (`She laughs. "…"`)."""


def _heads_shaken(words: Sequence[Tok]) -> bool:
    """`Harri shook his head.`, `Winnie didn't hesitate.`: a manner that takes its own head
    or a `not` (see _shows_manner)."""
    if len(words) >= 3 and words[-1].low == "head" and words[-2].low in ("his", "her") and (
            words[-3].low in ("shook", "shakes", "nodded", "nods")):
        return True
    return len(words) >= 2 and words[-1].low == "hesitate" and words[-2].low.replace(
        "’", "'") in ("didn't", "not", "doesn't")


def _checks_self(words: Sequence[Tok]) -> bool:
    """`Then she corrects herself.` / `He caught himself.`: the words after it mend what the
    subject said (see _shows_manner)."""
    return len(words) >= 3 and words[-1].low in ("herself", "himself") and (
        words[-2].low in _MENDS)


_MENDS = word_set("corrects corrected catches caught checks checked")
"""Verbs that take `herself`/`himself` to mean mending one's own words (see _checks_self)."""


def rule_beat_after(ctx: Context, st: State) -> Decision | None:
    """Fiction: a line that opens its paragraph and is followed there by a beat of narration
    is the beat's subject's (`“Again.” Marek shrugged off his coat. “It's the winter.”`,
    `“Very funny.” He hung the coat on the hook.`): a paragraph is one person's.

    Edge cases: only in texts written as dialogue; the beat's subject must open its sentence
    (a name, a he/she, or the owner of a body part: `Holt’s thumb moved`), act alone (see
    _acts_alone) and not react (`Tom flinched.` is the one the line hit) nor hear; a line
    that talks of the subject is not theirs."""
    if not st.doc.dialogue or not ctx.whole or _shouted(ctx) or (
            ctx.prev is not None and ctx.prev.block == ctx.quote.block):
        return None
    lo, _hi = st.doc.bounds[ctx.quote.block]
    toks = [t for t in ctx.right if t.text != QUOTE_TOKEN]
    if st.doc.text[lo : ctx.quote.start].strip() or not toks or any(
            is_word(t) and t.end <= ctx.quote.end for t in toks):
        return None
    m = _beat_subject(toks, st.doc.page)
    first = next((t for t in toks if is_word(t)), None)
    if first is not None and first.low == "the" and m is not None and m.kind == "role" and (
            m.start > first.start):
        first = next((t for t in toks if is_word(t) and t.start > first.start), None)  # `The
        # King did not turn around.`: a title after its article
    if m is None or first is None or m.start != first.start or not _beat_person(m):
        return None
    on_phone = len(toks) <= 4 and toks[-1].text == "." and any(
        q.start > ctx.quote.end for q in st.doc.by_block.get(ctx.quote.block, []))
    if any((t.low in _HEARING and not (on_phone and t.low == "listened")) or (
            t.low in _REACTING) or (is_speech_verb(t) and t.low not in ("went", "goes") and (
                not _names_somebody(toks, n))) for n, t in enumerate(toks)):
        return None  # a speech verb the cue rules did not take (`“…” Tom said to her`); the
        # one who listens heard the line, unless lines of theirs go on after (`“She's
        # what?” Ruth listened. “Right. No, I understand.”`: a phone call)
    if not _acts_alone(toks, m, True):
        return None
    d = _decide(Cue(m, m.start, m.end, 0.7), ctx, st, "beat after")
    if d is not None and _known_role_beat(st, m, d):
        d = replace(d, confidence=ROLE_BEAT_CONFIDENCE)  # the King, who has spoken as such
    if m.kind == "role" and m.titles[:1] in (("his",), ("her",)) and (
            d is None or d.speaker is None):
        return Decision(None, 0.6, None, "beat:unresolved")  # `Her brother’s voice had gone
        # quiet.` with no brother known: somebody's line, not the next turn's
    if d is not None and d.speaker is not None and d.confidence < VOICE_THRESHOLD and (
            _newcomer_only(st, d.speaker)):
        return d  # `A nurse came by…` / `“Mm-hm.” She turned to me.`: hers, too unsure to
        # voice, and no turn of the two who talked before
    if d is None or d.speaker is None or d.confidence < VOICE_THRESHOLD or (
            d.speaker in st.talked_of(ctx.quote)) or _one_off(st, d.speaker):
        return None  # an unsure beat leaves the line to the turns (and `Chairs scraped.`
    return d  # is no beat of anybody's)


def _newcomer_only(st: State, key: int) -> bool:
    """key is somebody the narration brought in unnamed (`A nurse came by`) who has had no
    line yet (see rule_beat_after)."""
    e = st.people.entities[st.people.current(key)]
    return not (e.first or e.last or e.teller or e.organisation) and not st.has_spoken(key)


def _titled_subject(toks: Sequence[Tok], page: Page) -> Mention | None:
    """A beat that opens with `The` and a capitalised title and its verb (`The Captain drew
    a breath.`, `The Colonel nodded.`), or with the title alone as a name (`Coach blew the
    whistle`): a story's character called by rank (main_subject leaves bare titles out, for
    a report's `The President` is seldom in the scene)."""
    bare = len(toks) > 2 and toks[0].low in ROLE_NOUNS and is_cap(toks[0]) and (
        toks[1].text.islower())
    if not bare and (len(toks) < 3 or toks[0].low != "the" or not is_cap(toks[1])):
        return None
    j = 1 if bare else run_end(toks, 1)
    m = name_mention(toks, 0 if bare else 1, j, page)
    if bare and m is not None:
        m = replace(m, weak=False)  # a sentence's first word, but a title the story uses
    return m if m is not None and m.kind == "role" and (bare or _verb_like(toks, j) or (
        _verb_at(toks, j) > j and toks[j].low in _AUXILIARIES)) else None  # `The King did
    # not turn around.`


def _beat_subject(toks: Sequence[Tok], page: Page) -> Mention | None:
    """The one a beat shows (see rule_action_beat and rule_beat_after): its sentence's
    subject, the owner of a body part, or a character called by rank; a role set off with a
    name is that name (`The maid, Anouk, nodded from the corner.`), and so is a family word
    right before one (`Pip’s brother Bramble rolled his eyes.`), and so is a name an aside
    gives it (`The sous, a Glaswegian called Dougie Rennick, was leaning…`); a cleft's name
    is the subject (`It was Wolverton who broke the silence`)."""
    m = _cleft_subject(toks, page) or _family_opener(toks) or _titled_subject(toks, page) or (
        _owner_at(toks, page)) or main_subject(toks, len(toks), page) or _owner_of_body(
            toks, page)  # `Mrs Thistlewood's eyes travelled over the car… and the dog.`: hers;
    # `The Inspector glanced at the butler, who stood as though he had been carved there.`
    if m is not None and m.kind == "name" and len(toks) > 3 and toks[0].low == "the" and (
            toks[2].text == "," and _called_in_aside(toks, 3) > 3 and m.start > toks[2].start):
        return replace(m, start=toks[0].start)  # `The sous, a Glaswegian called Dougie
        # Rennick, was leaning…`: the sentence opens with him
    if m is None or m.kind != "role":
        return m
    k = next((n for n, t in enumerate(toks) if t.start >= m.end), len(toks))
    if k < len(toks) and toks[k].text == ",":
        e = run_end(toks, k + 1)
        named = whole_name(toks, k + 1, e, page)
        if named is not None and e < len(toks) and toks[e].text == ",":
            return replace(named, start=m.start)  # the phrase opens with the role
    if k < len(toks) and is_cap(toks[k]) and m.titles and m.titles[-1] in KIN_WORDS:
        e = run_end(toks, k)  # `Pip’s brother Bramble rolled his eyes.`, `His sister Ann`
        named = whole_name(toks, k, e, page)
        if named is not None and e < len(toks) and toks[e].text.islower():
            return named
    if m.gender == "unknown":
        own = next((t.low for t in toks[k:] if t.low in _OWN_FORMS), None)
        if own is not None:  # `The porter looked at his shoes.`: a man, whom no `she` means
            return replace(m, gender=GENDERED_PRONOUNS[own])
    return m


_OWN_FORMS = word_set("his himself herself")
"""The words after a role of no gender that tell its gender in a beat (`her` may be somebody
else's: `The porter looked at her.`; see _beat_subject)."""


def _called_in_aside(toks: Sequence[Tok], k: int) -> int:
    """Where the name starts in an aside that opens at toks[k] with `a` and at most three
    words before `called` or `named` (`a Glaswegian called Dougie Rennick,`); k itself when
    the aside is no such thing."""
    if k >= len(toks) or toks[k].low not in ("a", "an"):
        return k
    n = next((n for n in range(k + 1, min(k + 5, len(toks) - 1))
              if toks[n].low in ("called", "named")), None)
    return n + 1 if n is not None and is_cap(toks[n + 1]) else k


def _cleft_subject(toks: Sequence[Tok], page: Page) -> Mention | None:
    """A beat that puts a name in focus (`It was Wolverton who broke the silence, and his
    voice was very gentle.`): that name, the one who acts."""
    if len(toks) < 4 or toks[0].text != "It" or toks[1].low != "was" or not is_cap(toks[2]):
        return None
    e = run_end(toks, 2)
    if e >= len(toks) or toks[e].low != "who":
        return None
    m = whole_name(toks, 2, e, page)
    return m if m is not None and m.kind == "name" else None


def _family_opener(toks: Sequence[Tok]) -> Mention | None:
    """A beat that opens with a family word used as a name and its verb (`Mum pressed her
    fingers to her forehead.`): that family member, as a role the resolver knows (see
    State._family_name)."""
    if len(toks) < 2 or toks[0].low not in FAMILY_NAMES or not is_cap(toks[0]) or not (
            toks[1].text[:1].isalpha() and toks[1].text.islower()) or possessive_at(toks, 0):
        return None  # not `Mum’s voice filled the car` (see _owner_of_body)
    t = toks[0]
    return Mention("role", t.text, t.start, t.end, (t.text,), (), HONORIFIC_GENDER.get(
        t.low, "unknown"))


def _beat_person(m: Mention) -> bool:
    """The subject of a beat may be who speaks: a name, a he/she, or a role that means
    somebody (`The Captain drew a breath.`, `The surgeon nodded.`), not `a waiter`."""
    if m.weak:
        return False
    if m.kind == "role":
        return m.definite or (m.text[:1].isupper() and m.text.lower() in FAMILY_NAMES)  # `Mum
        # pressed her fingers to her forehead.`
    return m.kind == "name" or (m.kind == "pronoun" and m.gender != "unknown")


_REACTING = word_set("""flinched winced blinked gaped gasped froze stiffened paled blanched
    recoiled stared started jumped""")
"""Verbs of a beat that shows somebody struck by the line, not saying it (see
rule_beat_after)."""


def _owner_of_body(toks: Sequence[Tok], page: Page) -> Mention | None:
    """The person whose body part opens a beat (`Holt’s thumb moved across his knuckle.`,
    `Her hands shook.`): the beat shows them, as `Holt rubbed his knuckle.` would. Only a
    part right after the owner's name or his/her, at the sentence's start or a voice at the
    start of its last clause (`Downstairs, a cabinet banged shut, and Tom’s voice came up the
    stairwell.`) or of the main clause (`When he came back on, his voice had changed.`; `In
    his left ear, Carla Voss’s voice was flat`), or a voice that comes (`From the next room
    comes Biji's voice`), and a verb that shows (not `Her face was pale.`; but a named
    person's voice that was anything is heard: `Ferreira-Santos’s voice was softer now.`)."""
    found = _owner_at(toks, page)
    if found is not None:
        return found
    lead = next((n + 1 for n in range(1, min(8, len(toks))) if toks[n].text == "," or (
        toks[n].low in _COMES)), 0) if toks and toks[0].low in PREPOSITIONS else 0  # `In his
    # left ear, Carla Voss’s voice…`, `From the next room comes Biji's voice, high and…`
    if lead and toks[lead : lead + 1] and toks[lead].low in _COMES:
        lead += 1  # `Then, from the hall, came Ann's voice`
    elif not lead and toks and toks[0].low in _COMES:
        lead = 1  # `“Conn, sonar,” came Dunleavy's voice, so quiet…`
    found = _owner_at(toks[lead:], page) if lead else None
    if found is not None:
        return found
    opened = opening_clause_end(toks, 0, len(toks), page)
    found = _owner_at(toks[opened:], page) if opened > 0 else None
    if found is not None:
        return found  # `When he came back on, his voice had changed.`
    k = max((n for n in range(len(toks) - 2) if toks[n].text in (",", ";") and (
        toks[n + 1].low == "and")), default=None)
    if k is None or not any(t.low == "voice" for t in toks[k + 2 : k + 5]):
        return None
    return _owner_at(toks[k + 2 :], page)


_COMES = frozenset({"came", "comes"})
"""The verb of a voice that comes (see _owner_of_body)."""


def _owner_at(toks: Sequence[Tok], page: Page) -> Mention | None:
    """The owner of a body part that opens toks (see _owner_of_body), named in up to three
    words (`Mother Benedicta’s voice, when it came, was very mild.`)."""
    words = [k for k, t in enumerate(toks) if is_word(t)]
    kin = _kin_body(toks, words)
    if kin is not None:
        return kin
    b = next((k for k in (1, 2, 3) if k < len(words) and possessive_at(toks, words[k - 1]) and (
        toks[words[k]].low in _BODY)), 1)  # past an owner of two or three words
    if len(words) < b + 2 or toks[words[b]].low not in _BODY or (
            toks[words[b + 1]].low in _STATE_VERBS and (toks[words[b]].low != "voice" or (
                toks[words[0]].low in ("his", "her"))) and not _voice_changed(
                    toks, words[b - 1 :])):
        return None  # `Her face was pale.` describes her
    t = toks[words[0]]
    if t.low in ("his", "her"):
        return pronoun_mention(Tok("he" if t.low == "his" else "she", t.start, t.end))
    if words[b] != words[0] + b or not all(is_cap(toks[w]) for w in words[:b]) or not (
            possessive_at(toks, words[b - 1])):
        return None
    m = name_mention([*toks[words[0] : words[b - 1]], owner_of(toks[words[b - 1]])], 0, b, page)
    if m is not None and m.kind == "role" and m.name and m.name[0].lower() in FAMILY_NAMES:
        return replace(m, kind="name")  # `Mum’s voice filled the car.`: Mum, a family's name
    return m if m is not None and m.kind == "name" else None


def _voice_changed(toks: Sequence[Tok], words: list[int]) -> bool:
    """`His voice had changed.`, `Her voice has gone quiet.`: a voice that changed shows its
    owner speaking (see _owner_at), where `His voice was low.` only describes him."""
    return len(words) > 3 and toks[words[1]].low == "voice" and toks[words[2]].low in (
        "had", "has") and (toks[words[3]].low.endswith("ed") or toks[words[3]].low in (
            "gone", "become", "grown", "fallen", "risen", "dropped"))


def _kin_body(toks: Sequence[Tok], words: list[int]) -> Mention | None:
    """A beat that opens with his or her relative's body part or voice (`Her brother’s voice
    had gone quiet.`, `His mother’s hands shook.`): that relative, a role the resolver knows
    by kin (`her brother`)."""
    if len(words) < 3 or words[1] != words[0] + 1 or toks[words[0]].low not in ("his", "her"):
        return None
    t = toks[words[1]]
    if not possessive_at(toks, words[1]) or owner_of(t).text.lower() not in KIN_WORDS or (
            toks[words[2]].low not in _BODY):
        return None
    kin = owner_of(t)
    return Mention("role", f"{toks[words[0]].text} {kin.text}", toks[words[0]].start, kin.end,
                   (), (toks[words[0]].low, kin.text.lower()), titles_gender([kin.text.lower()]))


_BODY = word_set("""hand hands finger fingers thumb fist fists knuckles eyes eye gaze face voice
    mouth lips jaw chin brow brows eyebrow eyebrows forehead shoulders shoulder head""")
"""Body parts whose owner a beat shows acting (see _owner_of_body)."""


BEAT_WORDS = 25
"""The longest paragraph of narration that is a beat before the next paragraph's line (see
rule_action_beat)."""

_STATE_VERBS = word_set("was is were are had has seemed seems")
"""Verbs after which a sentence describes its subject rather than showing them act."""

BEAT_REACH = 5
"""How close after a beat's verb another person must be named for the beat to be aimed at
them (`looked sharply at Kitty`, `handed his daughter Kitty the letter`; not `flung herself
down on the ground beside John`)."""

_TURNING = word_set("turned addressed spoke leant leaned")
"""Verbs by which a beat's subject turns to somebody to speak (see _acts_alone)."""

_EXIT_VERBS = word_set("left went walked withdrew departed retired disappeared vanished")
"""Verbs by which a beat's subject leaves the talk (`Mr. Vale left the room.`)."""


def _acts_alone(toks: Sequence[Tok], m: Mention, doing: bool = False) -> bool:
    """A beat paragraph's sentence shows its subject acting, towards nobody else: its verb is
    no state (`He had a stubborn streak.`) nor a leaving (`Mr. Vale left the room.`), and no
    other person is named or meant right after it (`Mrs. Vale looked sharply at Kitty.`,
    `…handed him the letter`: the line may well be the other's; see BEAT_REACH), unless
    the subject turns to them (`She turned to Frances, …`). With doing, a `was` before a
    doing is no state (a beat right after the line: `“Well?” The sous … was leaning so far
    over the pass`; before a line, `Up close he was shaking` is the one who listens)."""
    rest = [t for t in toks if t.start >= m.end and is_word(t)]
    if doing and len(rest) > 1 and rest[0].low in ("was", "were") and rest[1].low.endswith(
            "ing"):
        rest = rest[1:]
    if not rest or rest[0].low in _STATE_VERBS or rest[0].low in _EXIT_VERBS:
        return False
    if rest[0].low in _TURNING:
        return True  # `She turned to Frances, …` / `“No, I don't like Paris.”`: hers
    return not any(t.low in ("him", "them") or (is_cap(t) and t.text != "I")
                   for t in rest[1:BEAT_REACH])


def _looks_back(toks: Sequence[Tok], m: Mention) -> bool:
    """The sentence tells what its subject had done before (`Deputy Hallam had been so
    pleased… He had practised them on the shuttle.`): a memory, no beat of the scene; not
    when it goes on to the scene (`Eugenio had looked at Winterbourne from head to foot; he
    now bowed gravely`)."""
    rest = [t for t in toks if t.start >= m.end and is_word(t)]
    return len(rest) > 1 and rest[0].low == "had" and (
        rest[1].low.endswith("ed") or rest[1].low in _PARTICIPLES) and not any(
            t.text == ";" or t.low == "now" for t in toks)


_PARTICIPLES = word_set("been done gone seen taken given made known thought said told written "
                        "spoken heard felt kept left brought bought won lost")


def _looks_away(toks: Sequence[Tok], m: Mention) -> bool:
    """The subject looks away or keeps silent (`Odile looked at the ceiling.`, `Tom stared
    out of the window.`, `He did not answer.`): the one listening, not the one who speaks
    next."""
    rest = [t.low for t in toks if t.start >= m.end and is_word(t)]
    if len(rest) < 2:
        return False
    if rest[0] in _GAZING:
        after = [w for w in rest[1:5] if w not in ("at", "the", "into", "out", "of", "up", "down")]
        return rest[1] == "away" or (bool(after) and after[0] in _ELSEWHERE)
    silent = " ".join(rest[:3])
    return any(silent.startswith(words) for words in _SILENT)


_SILENT = ("did not answer", "did not reply", "did not speak", "didn't answer",
           "didn't reply", "didn't speak", "made no answer", "made no reply", "was silent",
           "kept silent", "stayed silent")
"""How a beat keeps its subject silent (see _looks_away; not `did not look up from the
map`, said while answering, nor `said nothing for a long moment`, which a line of theirs
often ends)."""


_GAZING = word_set("looked stared gazed glanced")
_ELSEWHERE = word_set("ceiling floor window ground wall walls sky fire table door away")
"""Where one looks who is not the next to speak (see _looks_away)."""


_SAME_SUBJECT_WORDS = 60
"""The longest paragraph of one subject's actions that is a beat (see _one_subject_beat)."""
_OPENS_WITH = re.compile(r"\s*(?:(?:Then|Finally|Now|Slowly|At +last),? +(he|she)|(He|She)|"
                         r"(?:The +)?[A-Z][a-z]+(?: +[a-z]+)?) +[a-z]")
"""How a sentence of a one-subject beat opens: its he/she, or for the first a name or a
definite description (`The old woman did not flinch.`)."""


def _one_subject_beat(ctx: Context, st: State) -> bool:
    """The paragraph before the quote's is narration of up to _SAME_SUBJECT_WORDS words,
    two sentences or more, whose every sentence after the first opens with the same he or
    she (`She walked the length of the bridge and back, the way she did when… Then she
    stopped beside Quill.`, `The old woman did not flinch. She turned her head and looked at
    him for a long, level moment…`): one person's beat, however long (see
    rule_action_beat)."""
    b = ctx.quote.block - 1
    lo, hi = st.doc.bounds[b]
    return not _holds_lines(st, b) and n_words(st.doc.text[lo:hi]) <= _SAME_SUBJECT_WORDS and (
        _beat_pronoun(st, b) is not None)


def _beat_pronoun(st: State, block: int) -> str | None:
    """`he` or `she` when the block has two sentences or more and every one after the first
    opens with that pronoun, the first with it or with a name or description (see
    _one_subject_beat); else None."""
    lo, hi = st.doc.bounds[block]
    starts = [lo, *(e for e in st.doc.ends(block) if e < hi - 1)]
    if len(starts) < 2:
        return None
    opens = [_OPENS_WITH.match(st.doc.text, a, hi) for a in starts]
    if any(o is None for o in opens):
        return None
    said = [(o.group(1) or o.group(2) or "").lower() or None for o in opens if o is not None]
    pronouns = set(said[1:])
    first = said[0]
    if len(pronouns) != 1 or None in pronouns or first not in (None, *pronouns):
        return None
    return pronouns.pop()


def _beat_paragraph(ctx: Context, st: State) -> bool:
    """The paragraph before the quote's is short narration with no line in it (see
    rule_action_beat)."""
    lo, hi = st.doc.bounds[ctx.quote.block - 1]
    return n_words(st.doc.text[lo:hi]) <= BEAT_WORDS and not _holds_lines(
        st, ctx.quote.block - 1)


def _entrance(ctx: Context, st: State) -> int | None:
    """The one person a paragraph of narration before the quote's brings into the scene as a
    subject, who has had no line yet (`Down the hall, a door opened. Dr. Anand Mehta came
    toward them… He was holding his phone.` / `“Quill. Do you have a second?”`): however long
    the paragraph, its last sentence's subject may hand them the line (see
    rule_action_beat)."""
    b = ctx.quote.block - 1
    if b < 0 or _holds_lines(st, b):
        return None
    lo, hi = st.doc.bounds[b]
    subjects = {m.key for m in st.people.between(lo, hi) if m.rank >= SUBJECT_RANK and not (
        st.people.entities[m.key].organisation) and not PRONOUN_AT.match(st.doc.text, m.pos)}
    if len(subjects) != 1:
        return None
    key = subjects.pop()
    return None if st.has_spoken(key) else key


def _holds_lines(st: State, block: int) -> bool:
    """Paragraph block holds a quote that may be somebody's line: not only the narration's
    own short fragments and titles (`He thought of Halvard’s wall, “built for sheep,” and
    did not smile.` is narration, whose subject may answer next)."""
    return any(not _narrations_own(st, q) for q in st.doc.by_block.get(block, []))


def _narrations_own(st: State, q: Quote) -> bool:
    """The quote was kept in the narration: a fragment or a title, or a short one nobody
    was given inside a sentence of the narration (`He thought of Halvard’s wall, “built for
    sheep,” and did not smile.`)."""
    d = st.decided.get(q)
    if d is None or d.speaker is not None:
        return False
    before = st.doc.text[max(0, q.start - 3) : q.start].rstrip()
    return d.rule in _NARRATIONS_OWN or (
        n_words(st.doc.text[q.start : q.end]) < MIN_FRAGMENT_WORDS and (
            before[-1:].isalnum() or before[-1:] == ","))


_NARRATIONS_OWN = frozenset({"fragment", "title", "sign", "nickname"})
"""Rules that keep a quote in the narration's own words (see _holds_lines)."""


def rule_sentence_subject(ctx: Context, st: State) -> Decision | None:
    """A long woven quote whose sentence has a person as subject (see cue_subject)."""
    if ctx.direct:
        return None
    return _decide(cue_subject(ctx, st.doc.page), ctx, st, "subject")


_NONE = Decision(None, 0.0, None, "none")

RULES: tuple[Rule, ...] = (
    rule_turn,
    rule_secondary,
    rule_title,
    rule_written,
    rule_sign,
    rule_passage,
    rule_interrupted,
    rule_then_louder,
    rule_fragment,
    rule_named_term,
    rule_letter,
    rule_reading_on,
    rule_message,
    rule_study_authors,
    rule_introduced,
    rule_relayed,
    rule_named_next,
    rule_cue_after,
    rule_voice_was,
    rule_heard_say,
    rule_verdict_of,
    rule_voice_cue,
    rule_unnamed_document,
    rule_cue_before,
    rule_radio_call,
    rule_sentence_tail,
    rule_thought,
    rule_label,
    rule_qa_answer,
    rule_credit,
    rule_participle,
    rule_according,
    rule_woven,
    rule_same_paragraph,
    rule_colon_intro,
    rule_spoke_before,
    rule_report_beat,
    rule_inline_colon,
    rule_beat_after,
    rule_device,
    rule_question_put,
    rule_takes_floor,
    rule_writer_question,
    rule_after_ruling,
    rule_resumed,
    rule_turn_taking,
    rule_asked_them,
    rule_asker_again,
    rule_paragraph_continues,
    rule_previous_subject,
    rule_described_before,
    rule_action_beat,
    rule_called_in_scene,
    rule_sentence_subject,
)
"""The rules, tried in order; the first that decides wins."""


# --------------------------------------------------------------------------------------------
# The entity scan (names in the narration, before any quote is decided)
# --------------------------------------------------------------------------------------------


class _Named(NamedTuple):
    mention: Mention
    sentence: int
    rank: int
    person: bool
    """Registered even before it speaks: evidence that it is a person or organisation."""
    his: Gender = "unknown"
    """The gender of the first he/she/his/her after a subject in its sentence."""
    kin: str = ""
    """The kin word when brought in as somebody's relative (`wife`; see _kin_aside)."""
    leans: Gender = "unknown"
    """The gender of a subject's gesture with their own head, hat or shoulders (`Aziz lifted
    his hat`, see _gesture_gender)."""


def _followed_by_speech(toks: Sequence[Tok], j: int, i: int = 0) -> bool:
    """A speech verb follows the name toks[i:j], after adverbs, a parenthetical (`(R-Texas)`)
    or an aside between commas (`Smith, a senator from Ohio, said`); not after a verb of its
    own when the name is itself set off (`Julian Sandford-Reeve, who became chief executive
    after his predecessor, Nigel Barraclough, stepped down, said…`: the predecessor
    stepped down, Sandford-Reeve said)."""
    if i > 0 and toks[i - 1].text == "," and j + 1 < len(toks) and toks[j].text == "," and (
            toks[j + 1].text.islower() and toks[j + 1].low.endswith("ed")):
        return False
    if j < len(toks) and toks[j].text == "(":
        close = next((k for k in range(j, min(len(toks), j + 12)) if toks[k].text == ")"), -1)
        j = close + 1 if close > 0 else j
    if j < len(toks) and toks[j].text == ",":
        close = next((k for k in range(j + 1, min(len(toks), j + 26))
                      if toks[k].text in (",", ".", ";", ":", '"Q"')), -1)
        if close > 0 and toks[close].text == ",":
            if _name_only(toks[j + 1 : close]):
                return False  # `In her book, Living History, Clinton noted`: Clinton speaks
            j = close + 1
    while j < len(toks) and is_adverb(toks[j]):
        j += 1
    return j < len(toks) and is_speech_verb(toks[j])


def _who_said(toks: Sequence[Tok], j: int) -> bool:
    """A `who` clause whose verb reports words follows the name, maybe after an aside: the
    name spoke in this sentence (`supported by Sen. Dianne Feinstein of California, the
    ranking Democrat on the committee, who said none of the emails…`), or a he/she said in
    that clause (`chaired by Aoife Brennan, who opened with a line she said…`). Only for the
    sentence's subject or the object of a preposition (see _run_rank): the object of a verb
    (`Mary Ban criticized Ann Cole, who said…`) is not who the next he/she means."""
    if j + 1 >= len(toks) or toks[j].text != ",":
        return False
    k = j + 1
    if toks[k].low != "who":
        close = next((c for c in range(k, min(len(toks), k + 25))
                      if toks[c].text in (",", ".", ";", ":", QUOTE_TOKEN)), -1)
        if close < 0 or toks[close].text != "," or close + 1 >= len(toks):
            return False
        k = close + 1
    if toks[k].low != "who":
        return False
    if k + 1 < len(toks) and toks[k + 1].text in _WHO_SAID:
        return True  # not `who has called it…`
    end = next((c for c in range(k + 1, len(toks)) if toks[c].text in _CLAUSE_STOPS), len(toks))
    return any(t.text in _WHO_SAID and toks[n - 1].low in ("he", "she") for n, t in enumerate(
        toks[k + 2 : end], k + 2))  # `chaired by Aoife Brennan, who opened with a line she said…`


_CLAUSE_STOPS = (",", ".", ";", ":", "!", "?", QUOTE_TOKEN)


_WHO_SAID = word_set("said says told tells wrote writes added adds stated declared argued")
"""Verbs by which a `who` clause reports somebody's words (not `who continued working`)."""


def _named_aside(toks: Sequence[Tok], i: int, j: int) -> bool:
    """The run toks[i:j] is the name set off by commas after a role, and the speech verb comes
    right after it (`Bloomberg’s pollster, Douglas Schoen, says his man…`); the last words of
    a longer aside are no speaker (`a civilian employee of the Air Force, said`), nor is a
    place after the subject (`Mark Toll, 49, Waterloo, said`: see _run_rank)."""
    return i > 0 and j + 1 < len(toks) and toks[i - 1].text == "," and toks[j].text == "," and (
        is_speech_verb(toks[j + 1]))


def _name_only(toks: Sequence[Tok]) -> bool:
    """The words are one capitalised name and nothing else (no party tag like `R-Ky.`)."""
    return 0 < len(toks) <= 4 and all(
        is_cap(t) and is_word(t) and "-" not in t.text and "." not in t.text for t in toks)


_ORDINAL_WORDS = word_set("first second third fourth fifth sixth seventh eighth ninth tenth last"
                          " next final")
"""Ordinals before a capitalised run that make it a thing counted, no person (see _evidence)."""


def _evidence(m: Mention, toks: Sequence[Tok], i: int, j: int, rank: int, story: bool
              ) -> bool:
    """A run is a person worth registering when it has a title, a known first name, two or
    more name words with no `the` before them, or is a sentence's subject.

    Edge cases: `the Denver Broncos` (a `the`), one word the article also writes in lower
    case (`Officials`), a capitalised word before a preposition (`Footage of`), a run after
    an ordinal (`the 4th Ward`), what a title owns (`Prime Minister's Questions`), a title
    set in italics (`*Low Tide at Bahía*`) and a lone word opening a reported clause (`said
    Paylane was`) are not registered.
    """
    if m.weak and (rank != SPEAKER_RANK or m.name[0].lower() in COMMON_CAPS):
        return False  # not `Rather, he said, …`: an adverb
    if _played_part(toks, i):
        return False  # `who played his nemesis, Sheriff Martha Dunn,`: a character
    at_place = i > 0 and (toks[i - 1].low in _AT_A_PLACE or (
        toks[i - 1].low == "on" and i > 1 and toks[i - 2].low in _LIVES) or _second_place(
            toks, i))
    if at_place and m.kind == "name" and not m.titles and all(
            first_name_gender(w.lower()) == "unknown" for w in m.name):
        return False  # `In a brief speech in Del Rio, he thanked…`, `who lives on Tamarack
        # Crescent`, `in London and Los Angeles`: a place
    if _qualifying_run(toks, i, j) or (i > 0 and _ORDINAL.fullmatch(toks[i - 1].text)):
        return False  # `of the 4th Ward`, `the 3rd District`: a numbered place
    if i > 1 and toks[i - 1].low in _ORDINAL_WORDS and toks[i - 2].low in _OWN_DETERMINERS | {
            "the"} and not m.titles and all(first_name_gender(w.lower()) == "unknown"
                                            for w in m.name):
        return False  # `It was the first Grand Slam she had played`: an event (not `the
        # second Mrs. de Winter`, nor `her first Catherine`)
    if i > 0 and toks[i - 1].text in ("*", "_") and not (
            i > 1 and toks[i - 2].text == toks[i - 1].text):
        return False  # `*Low Tide at Bahía*`: a title set in italics (not `**Tess Whalen**`)
    if m.kind == "org":
        return len(m.name) > 1 or rank == SPEAKER_RANK or org_set_off(toks, j) is not None or (
            rank == SUBJECT_RANK and m.name[0].lower() in ORG_NAMES) or (
            org_word_before(toks, i) and (j >= len(toks) or not is_word(toks[j]) or (
                toks[j].low in PREPOSITIONS)))  # or set off as one (`Ledgerlight, a London
        # startup,`), or called one (`sued the pharmacy chain PillWise on Monday`; not `the
        # campaign Manafort was running`, a clause)
    if len(m.name) == 1 and i > 0 and possessive_at(toks, i - 1) and (
            owner_of(toks[i - 1]).text.lower() in ROLE_NOUNS):
        return False  # `Prime Minister's Questions`: what a title owns
    the = (i > 0 and toks[i - 1].low == "the") or toks[i].low == "the"
    if m.titles or m.gender != "unknown" or rank == SPEAKER_RANK:
        return True
    if len(m.name) > 1:
        return not the
    if _introduced(toks, i) or _set_off_after_role(toks, i, j, story) or _aged(toks, j) or (
            person_set_off(toks, j)):
        return True  # `I walked with Greta, a retired teacher from Hamburg.`
    if rank != SUBJECT_RANK or the or (i > 0 and toks[i - 1].low in _REPORTED_AFTER):
        return False  # `Tan Mei Ling said Paylane was…`: a word never seen as a name
    return _verb_like(toks, j) or (
        j + 1 < len(toks) and toks[j].text == "," and toks[j + 1].low in (
            "who", "whose", "a", "an", "the")) or _from_place(toks, j) or _aside_then_verb(
                toks, j)


def _first_name_acts(m: Mention, toks: Sequence[Tok], j: int, page: Page) -> bool:
    """In a report, a lone first name the tables know, a sentence's subject, before a
    lower-case word (`Grace had her eyes shut.`, after `Okafor’s parents, Grace and
    Emeka,`): a person (see _evidence), unless the text also writes the word in lower case
    (`Hope had faded`, `Bill had passed` beside `the bill`) or after another name (`Warren`
    of `Sen. Elizabeth Warren`)."""
    word = m.name[0].lower() if m.kind == "name" and len(m.name) == 1 and not m.titles else ""
    return bool(word) and first_name_gender(word) != "unknown" and word not in page.common and (
        j < len(toks) and toks[j].text.islower() and is_word(toks[j]) and (
            toks[j].low not in PREPOSITIONS) and not m.weak and j - 1 >= 0 and (
                toks[j - 1].start == m.start or toks[j - 1].end == m.end)) and not re.search(
        rf"\b[A-Z][\w’'-]*\.? {re.escape(m.name[0])}\b", page.text)  # `Warren may play
    # a role…` before `Sen. Elizabeth Warren`: a surname; searched last, only when all else holds


def _played_part(toks: Sequence[Tok], i: int) -> bool:
    """The run at toks[i] names a part somebody plays, not a person of the report: it
    follows `played`, `portrays`, `voiced` or `starred as` within five words of a noun
    phrase and nothing else (`who played his nemesis, Sheriff Martha Dunn,`, `starred as
    the scheming county commissioner Lyle Varga`; not `played golf with Tom Reed`)."""
    for k in range(i - 1, max(-1, i - 7), -1):
        t = toks[k]
        if t.low in _PLAYED or (t.low == "as" and k > 0 and toks[k - 1].low in _CAST_AS):
            return True
        if t.low in PREPOSITIONS or t.text in (".", "!", "?", ";", ":"):
            return False
    return False


_AT_A_PLACE = word_set("in at near outside")
"""Prepositions after which a name with no title and no known first name is a place (see
_evidence); `on` too after a word for living somewhere (_LIVES: `lives on Elm Street`)."""
_LIVES = word_set("lives live lived living based located")
_PLAYED = word_set("played plays playing portrayed portrays portraying voiced voices voicing")
_CAST_AS = word_set("starred stars starring cast appeared appears appearing")
"""Verbs before a part somebody plays (see _played_part)."""


def _aside_then_verb(toks: Sequence[Tok], j: int) -> bool:
    """A short aside in lower case set off by commas after a name, then a verb (`Jonah, on
    the other hand, saw his focaccia sink.`, `Reyes, however, said`)."""
    if j >= len(toks) or toks[j].text != ",":
        return False
    close = next((k for k in range(j + 1, min(len(toks), j + 6)) if toks[k].text == ","), None)
    return close is not None and close > j + 1 and all(
        toks[k].text.islower() for k in range(j + 1, close)) and _verb_like(toks, close + 1)


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_REPORTED_AFTER = word_set("said says that")
"""Words after which a lone capitalised word opens a reported clause (`said Paylane was`):
its subject may as well be a firm as a person (see _evidence)."""


def _from_place(toks: Sequence[Tok], j: int) -> bool:
    """`from` and a place's name follow the run ending before toks[j], then a verb: a
    caller's or a vox pop's way of naming somebody (`Marguerite from Lyon called in`)."""
    return j + 1 < len(toks) and toks[j].low == "from" and is_cap(toks[j + 1]) and (
        _verb_like(toks, run_end(toks, j + 1)))


def _qualifying_run(toks: Sequence[Tok], i: int, j: int) -> bool:
    """The run toks[i:j] only qualifies a person noun after an indefinite article (`A
    400-level Mass Communication student, who…`, `a Red Cross volunteer`): nobody's name."""
    if j >= len(toks) or toks[j].low not in ROLE_NOUNS or not toks[j].text.islower():
        return False
    k = i - 1
    while k >= 0 and i - k <= 3 and toks[k].text.islower() and toks[k].low not in ("a", "an"):
        k -= 1  # `400-level`
    return k >= 0 and toks[k].low in ("a", "an")


def _aged(toks: Sequence[Tok], j: int) -> bool:
    """The run ending before toks[j] is given an age set off after it (`Danylo, 71, stood by
    the bus`, `Rahim, 45, a farmer,`, `Meera, eight,`): a person."""
    return j + 2 < len(toks) and toks[j].text == "," and toks[j + 2].text == "," and ((
        toks[j + 1].text.isdigit() and len(toks[j + 1].text) <= 3) or (
            toks[j + 1].text in _AGES))


_AGES = word_set("""two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety""")
"""Ages written in words (`Meera, eight, has her own view.`; see _aged)."""


def _introduced(toks: Sequence[Tok], i: int) -> bool:
    """The run at toks[i] is brought in as somebody by `named` (`a 52-year-old resident
    named Caroline`)."""
    return i >= 1 and toks[i - 1].text == "named"


def _set_off_after_role(toks: Sequence[Tok], i: int, j: int, story: bool) -> bool:
    """The run toks[i:j] is set off after a word for a person (`Her husband, Emeka, spent
    the night`, `Our host, Batbayar, poured tea`, `The owner, Oyuna, fries`, `Their eldest,
    Jonas,`): the name of
    that person, whatever the name; also after one of the writer's people (`Her mum,
    Claudia,`, `a student of mine, Jonah,`) and after a possessive name right before the
    noun (`Adebayo’s mother, Joy,`). Not after a name in the narration before it (`Tom
    Reed sat by the fire. His wife, Jane,`): the relative's reading gives her the family's
    name there (`Jane Reed`), so that `said Jane Reed` is not a second voice; but a name
    before it with no family name gives nobody one (`Kemi laid the table. Her mother,
    Siobhan, at the end`); `the` owns nobody (`Volkova's English is brisk. When the aunt,
    Irina, surveys…`). A report names the relative so whatever came before the relative's
    own sentence (`Sandhu's family spoke. Her older brother, Manpreet, read a statement`) or
    owns them (`Garda Mac Donncha's wife, Niamh, thanked…`): it rarely gives them the
    family's name later, and the he or she of the next line means them (but `Ebeling and her
    husband, Tom,` is Tom Ebeling); and not in a `whose` clause about somebody just named
    (`Manuel Ferraz, whose son, Tiago, was on the train`), whom the next he still means."""
    if not (i >= 2 and j < len(toks) and toks[i - 1].text == "," and toks[j].text == ","):
        return False
    r = _set_off_word(toks, i)
    if r >= 2 and toks[r].low in _OF_MINE and toks[r - 1].low == "of":
        r -= 2  # `a student of mine, Jonah,`
    if not (toks[r].low in ROLE_NOUNS or toks[r].low in OWN_NOUNS or toks[r].low in _ELDEST):
        return False
    lo = 0
    if not story:  # a report: only a family name earlier in the relative's own sentence,
        lo = next((k + 1 for k in range(r - 1, -1, -1) if toks[k].text in ".!?"), 0)
        owner = r - 1  # and not the owner's name (`Garda Mac Donncha’s wife, Niamh,`)
        while owner > lo and is_cap(toks[owner - 1]) and possessive_at(toks, r - 1):
            owner -= 1
        if _in_whose(toks, r):
            return False
    else:
        owner = r - 1
    return toks[r - 1].low == "the" or not any(
        _family_named(toks, k) and not (
            owner <= k <= r - 1 and possessive_at(toks, r - 1))  # `Adebayo’s mother, Joy,`
        for k in range(lo, r))


def _set_off_word(toks: Sequence[Tok], i: int) -> int:
    """Where the word for a person is that a name at toks[i] is set off after: right before
    the comma, or before the years it has been so (`His wife of twenty-six years, Delphine,`)."""
    r = i - 2
    if r >= 3 and toks[r].low in ("years", "decades") and toks[r - 2].low == "of":
        r -= 3
    return r


def _in_whose(toks: Sequence[Tok], r: int) -> bool:
    """The word for a person at toks[r] is owned by `whose`, words between allowed (`Manuel
    Ferraz, whose 19-year-old son, Tiago,`)."""
    d = r - 1
    while d > 0 and is_word(toks[d]) and toks[d].text.islower() and toks[d].low != "whose":
        d -= 1
    return d >= 0 and toks[d].low == "whose"


def _family_named(toks: Sequence[Tok], k: int) -> bool:
    """toks[k] may be a word of a name with a family name: a capitalised word with another
    right before or after it (`Tom Reed`), or alone but no known first name (`Ebeling`; not
    `Kemi`, see _set_off_after_role)."""
    def name_word(n: int) -> bool:
        return 0 <= n < len(toks) and is_cap(toks[n]) and is_word(toks[n]) and (
            toks[n].low not in NOT_NAMES)
    return name_word(k) and (name_word(k - 1) or name_word(k + 1) or first_name_gender(
        toks[k].low) == "unknown")


_OF_MINE = word_set("mine ours hers his theirs yours")
_ELDEST = word_set("eldest youngest oldest elder younger")
"""Words for somebody's child by age (`Their eldest, Jonas,`)."""


_AUXILIARIES = word_set(
    """is was are were has had have will would can could should may might must does did
    says wants plans hopes believes thinks knows needs seems appears remains met made took
    gave got saw knew thought found left held ran won lost spoke wrote sent brought kept felt
    stood sat led read paid set began became went came told"""
)


def _verb_at(toks: Sequence[Tok], j: int) -> int:
    """Where the verb after a subject ending before toks[j] stands: past a time phrase and
    adverbs (`Cruz on Friday played`, `his wife quietly addressed me`)."""
    j = skip_time(toks, j)
    while j < len(toks) and is_adverb(toks[j]):
        j += 1
    return j


def _verb_like(toks: Sequence[Tok], j: int) -> bool:
    """The word after a name looks like a verb (`Calderón reacted`, `Smith has`, `Cruz on
    Friday played`, `Asked what he would miss, Nick Petrakis didn't hesitate.`)."""
    j = _verb_at(toks, j)
    if j >= len(toks) or not toks[j].text.islower():
        return False
    w = toks[j].text
    return w in SPEECH_VERBS or w in FRAGMENT_VERBS or w in _AUXILIARIES or w.endswith(
        ("ed", "n't", "n’t")) or w in _IRREGULAR_PAST or _present_verb(toks, j)


_IRREGULAR_PAST = word_set(
    """broke laid swore threw drew chose fought sought built bought caught taught sold grew
    shook took gave made kept held stood sat began""")
"""Past tenses without `-ed` that _AUXILIARIES does not hold (`Jeb Bush broke down what was
wrong with it:`, `Raghunathan shook her head:`, `Smith gave a blunt answer:`); not `hit`,
`rose` or `struck`, which news writes of prices and storms (`Inflation hit a forty-year
high:`)."""


def _present_verb(toks: Sequence[Tok], j: int) -> bool:
    """toks[j] reads as a present-tense verb: an `-s` word followed by an article or a
    possessive (`Politico reveals a few facts`, `Perez lobbies for…` is not enough; `Trump
    supporters chanted` is a noun)."""
    w = toks[j].text
    return (len(w) > 3 and w.endswith("s") and not w.endswith("ss") and j + 1 < len(toks)
            and toks[j + 1].low in DETERMINERS)


def _after_inverted_verb(toks: Sequence[Tok], i: int) -> bool:
    """The run at toks[i] is the speaker of an inverted verb set off by a comma (`…, noted
    NBC’s Dante Chinni.`, `…, said farm economist Tom Rusk`), its owner and role words
    between."""
    k = i - 1
    while k >= 0 and i - k <= 6 and is_word(toks[k]) and (
            is_cap(toks[k]) or toks[k].low in TITLES or toks[k].low in ROLE_NOUNS
            or toks[k].low in ROLE_ADJ):
        k -= 1
    return k >= 1 and toks[k].text in _INVERTIBLE and toks[k - 1].text in (",", QUOTE_TOKEN)


_POSSESSIVE_PRONOUNS = word_set("his her its their our my your")


def _owner_start(toks: Sequence[Tok], i: int) -> int:
    """Where the noun phrase of the run at toks[i] starts: at its owner when a possessive comes
    right before it (`North Carolina’s Ada Fisher`, `with HuffPost Live’s Alyona Minkovski`),
    else i."""
    k = i
    while k > 0 and possessive_at(toks, k - 1):
        k -= 1
        while k > 0 and is_cap(toks[k - 1]) and is_word(toks[k - 1]):
            k -= 1
        if k > 0 and toks[k - 1].low == "the":
            k -= 1
    return k


def _run_rank(toks: Sequence[Tok], i: int, j: int, subject_seen: bool) -> tuple[int, bool]:
    """(rank, free) of the run toks[i:j]: free when it is neither a possessive nor the object
    of a preposition; a name after its owner's possessive is free only when the owner opens
    the noun phrase before any subject (`North Carolina’s Ada Fisher, …, said`, but `with
    HuffPost Live’s Alyona Minkovski`, `that the paper’s Robert Costa had reported`); a name
    opening a who/how clause is no subject (`who Ali was`); a name after an inverted verb
    is its speaker (`…, said Tom Rusk.`), and so is one after a verb of arriving put first
    (see _arrives), unless a verb follows it (`said Trump continued…`: what was said is
    about him); a name after an opening clause's comma and before a modal
    is the subject (`Asked whether he…, Reyland would shrug.`)."""
    if _title_apposed(toks, i, j) or _role_apposed(toks, i, j):
        return (SPEAKER_RANK if is_speech_verb(toks[j + 1]) else SUBJECT_RANK), True
    if j < len(toks) and toks[j].low == "via":
        return 0, False  # `Neilson Barnard via Getty Images.`: a photo's credit
    if _qualifies_title(toks, j):
        return 0, False  # `Calderbridge head coach Petra Lindqvist was…`: the club only
        # says whose coach, and the name after it may still be the subject
    if _introduced_as(toks, i) != "unknown":
        return SUBJECT_RANK, True  # `She introduced herself as Dr. Amsel, …`: the she is her
    if i > 0 and toks[i - 1].low in ("a", "an") and j < len(toks) and is_word(toks[j]) and (
            toks[j].text.islower()):
        return 0, False  # `a Lumora staff member, a tall man…, was fielding questions`: the
        # firm only says whose staff
    if j + 1 < len(toks) and toks[j].text == "," and is_cap(toks[j + 1]) and _title_apposed(
            toks, j + 1, run_end(toks, j + 1)):
        return 0, False  # `Kerala Finance Minister, Meera Krishnan,`: the title is hers
    if not possessive_at(toks, j - 1) and (_after_inverted_verb(toks, i) or _arrives(toks, i)):
        if _verb_like(toks, j):  # `Murphy, for example, said Trump continued to hurt…`
            return 0, True  # the subject of what was said
        return SPEAKER_RANK, True  # also `behind her, on a stick, came Alfie Dunne`
    by = after_preposition(toks, _owner_start(toks, i))
    if _who_said(toks, j) and (by or not subject_seen):
        return SPEAKER_RANK, not by  # not the object: `Ban criticized Cole, who said…`
    if _framed_for(toks, i, j) and not subject_seen:
        return SUBJECT_RANK, True  # `For Haldane, it was the longest part.`: about him
    owner = _owner_start(toks, i)
    free = not possessive_at(toks, j - 1) and not after_preposition(toks, owner) and not (
        joined_to_object(toks, i)) and not (  # `The ministers of Moravenia and Kesh agreed`
        owner < i and subject_seen) and not (  # `that the paper’s Robert Costa had reported`
        j - i > 1 and toks[i].low in PREPOSITIONS) and not (  # `Like Makaeff, Roffman…`
        i > 0 and toks[i - 1].low in _POSSESSIVE_PRONOUNS)  # `his White House bid`
    if not free:
        return 0, False
    if i > 0 and toks[i - 1].low in _WHAT_WORDS and subject_seen:
        return 0, True  # `laughed when told what Adler had said`: what was said, not a speaker
    if _followed_by_speech(toks, j, i) or (not subject_seen and _named_aside(toks, i, j)):
        return SPEAKER_RANK, True
    if not subject_seen or (_verb_like(toks, j) and not (
            i > 0 and toks[i - 1].low in _WH_WORDS)) or (  # `to explain to her who Ali was`
            i > 0 and toks[i - 1].text == "," and j < len(toks) and toks[j].low in _MODALS):
        return SUBJECT_RANK, True
    return 0, True


def _arrives(toks: Sequence[Tok], i: int) -> bool:
    """The name at toks[i] comes after a verb of arriving, put before its subject (`and behind
    her, on a stick, came Alfie Dunne`; `out of it stepped, in a white suit and an
    impeccable panama, Monsieur Armand Duval`): the sentence's subject, who has come in (not
    `he walked Jones through it`)."""
    k = i - 1
    if k > 0 and toks[k].text == ",":
        k = next((n - 1 for n in range(k - 1, max(0, k - ARRIVAL_ASIDE), -1)
                  if toks[n].text == ","), 0)
    if k < 2 or toks[k].low not in _ARRIVALS:
        return False
    before = toks[k - 1]
    return before.text == "," or before.low in PREPOSITIONS or before.low in _ARRIVAL_LEADS or (
        toks[k - 2].low in PREPOSITIONS and not is_cap(before))


ARRIVAL_ASIDE = 16
"""How many words an aside between a verb of arriving and its subject may hold (see
_arrives)."""
_ARRIVALS = word_set("came stepped walked strode emerged appeared")
"""Verbs of arriving that may come before their subject (see _arrives)."""
_ARRIVAL_LEADS = word_set("then in out up down there here next back")
"""Words a verb of arriving may follow when its subject comes after it (`Then came Tom`,
`In walked Ada`; see _arrives); otherwise a comma or a place (`behind her`)."""


def _qualifies_title(toks: Sequence[Tok], j: int) -> bool:
    """The run ending before toks[j] qualifies a lower-case title and the name after it
    (`Calderbridge head coach Petra Lindqvist`): up to three lower-case words, the last a
    role noun, then a capitalised name."""
    k = j
    while k < len(toks) and k - j < 3 and toks[k].text.isalpha() and toks[k].text.islower() and (
            toks[k].low not in _NOT_A_TITLE):
        k += 1
    return j < k < len(toks) and toks[k - 1].low in ROLE_NOUNS and is_cap(toks[k]) and (
        is_word(toks[k]))


_NOT_A_TITLE = word_set("and or but with to of for by the a an his her their its")
"""Small words that join or own, never a title's (`Clinton and husband Bill`: two people)."""


_MODALS = word_set("would could will might")
"""Modals that may stand between a subject and its bare verb (see _run_rank)."""


def _framed_for(toks: Sequence[Tok], i: int, j: int) -> bool:
    """The run toks[i:j] is what a sentence opens with `For` and then talks about, with no
    person as the subject after the comma (`For Haldane, it was the longest part.`, `For Ms.
    Roe, the decision was personal.`; not `For Haldane, Baek had only contempt`)."""
    opens = toks[i].text == "For" or (i >= 1 and toks[i - 1].text == "For")  # the run may
    # hold the sentence's capital `For`
    return opens and j + 1 < len(toks) and toks[j].text == "," and (
        toks[j + 1].text.islower() or toks[j + 1].low in _FRAMED_SUBJECTS)


_FRAMED_SUBJECTS = word_set("it this that the there these those his her their its")
"""Words that open a subject which is no person's name, after `For X,` (see _framed_for)."""


_WHAT_WORDS = word_set("what whatever")
"""Words that open a clause about words said (`told what Adler had said`; see _run_rank)."""


def _introduced_as(toks: Sequence[Tok], i: int) -> Gender:
    """The gender of the he or she who introduces themself by the name at toks[i] (`She
    introduced herself as Dr. Amsel`) or whose name the narration gives there (`His name was
    Ernest.`): the name is the sentence's subject; unknown when no such words come before."""
    if i > 2 and toks[i - 1].low == "as" and toks[i - 3].low in _INTRODUCING_VERBS and (
            toks[i - 2].low in ("herself", "himself")):
        return GENDERED_PRONOUNS[toks[i - 2].low]
    if i > 2 and toks[i - 1].low in ("was", "is") and toks[i - 2].low == "name" and (
            toks[i - 3].low in ("her", "his")):
        return GENDERED_PRONOUNS[toks[i - 3].low]  # `She said her name was Nurcan`
    return "unknown"


_INTRODUCING_VERBS = word_set("introduced introduces identified identifies")
_INTRODUCED = re.compile(r"(?:[Ss]he|[Hh]e) +(?:" + "|".join(sorted(_INTRODUCING_VERBS)) + ") +"
                         r"(?:herself|himself) +as +")
"""A he or she who gives their own name next (see _pronoun_event, _introduced_as)."""
_TURNED_OUT = re.compile(r"(?:[Ss]he|[Hh]e) +(?:turned out|proved) +to +be +(?=(?:[A-Z][\w’'-]+ +)"
                         r"{1,2}[A-Z][\w’'-]+[,.;])")
"""A he or she whom the words after name (`She turned out to be Jackie Lomax, 69, who…`;
see _pronoun_event): the he or she is that person, and so the subject the next line's
`she said` means."""


def _title_apposed(toks: Sequence[Tok], i: int, j: int) -> bool:
    """The run toks[i:j] is a name set off by commas right after a capitalised title that
    opens the sentence's subject, and a verb follows (`Kerala's Finance Minister, Meera
    Krishnan, described the meeting…`): the name is the subject, not an aside."""
    return (i >= 2 and toks[i - 1].text == "," and is_cap(toks[i - 2])
            and toks[i - 2].low in TITLES | ROLE_NOUNS and j + 1 < len(toks)
            and toks[j].text == "," and _verb_like(toks, j + 1)
            and all(is_cap(t) or t.text in (",", "’s", "'s") or possessive_at(toks, k)
                    for k, t in enumerate(toks[: i - 1])))


def _writer_asked(toks: Sequence[Tok], start: int, i: int, clause_end: int) -> bool:
    """The name at toks[i] is the one person an opening clause of the writer's names, and a
    he/she opens the main clause (`When I put that to Ivan Wells, he was unmoved.`, `After I
    asked Rao about it, she laughed.`): that he/she is the name, whoever came before."""
    if not (start + 2 < i < clause_end < len(toks)) or toks[start + 1].low not in ("i", "we"):
        return False
    if toks[start].low not in ("when", "after", "as", "once", "before"):
        return False
    he = pronoun_mention(toks[clause_end]) if toks[clause_end - 1].text == "," else None
    others = [k for k in range(start, clause_end) if k != i and is_cap(toks[k]) and (
        is_word(toks[k])) and k > start + 1 and toks[k - 1].text != "-" and not (
        i < k < run_end(toks, i))]
    return he is not None and he.gender != "unknown" and not others


def _role_apposed(toks: Sequence[Tok], i: int, j: int) -> bool:
    """The run toks[i:j] is a name set off by commas right after a role that opens its
    sentence, or follows a short opening phrase (see _opening_phrase), with `a`, `an` or
    `the` and at most eight words more, its noun last or before an `of` phrase, and a verb
    follows (`A Halvorsen spokeswoman, Colette Ambrose, said…`, `The Stallions' director of
    cricket, Meenakshi Iyer-Sundaram, was…`, `Speaking afterwards, the general secretary of
    the Garda Representative Association, Séamus Ó Murchú, welcomed…`), or with an owner's
    `his`, `her` or `their` (`Her Keshi counterpart, Darius Hamidi, struck…`): the name is
    the subject."""
    if not (i >= 3 and toks[i - 1].text == "," and j + 1 < len(toks) and toks[j].text == ","
            and (_verb_like(toks, j + 1) or toks[j + 1].text in _PAST_AFTER_ASIDE)):
        return False
    k = i - 2
    while k >= 0 and (is_word(toks[k]) or toks[k].text in ("'", "’")) and i - 2 - k <= 9:
        k -= 1  # an owner's `Stallions'` too
    opens = k < 0 or toks[k].text in (".", "!", "?") or _opening_phrase(toks, k)
    words = toks[k + 1 : i - 1]
    nouns = [n for n, t in enumerate(words) if t.text.islower() and t.low in ROLE_NOUNS]
    if not (opens and words and words[0].low in ("a", "an", "the", "his", "her", "their")
            and nouns):  # `Her Keshi counterpart, Darius Hamidi, struck…`
        return False
    rest = words[nouns[-1] + 1 :]  # `of cricket`, `of the Garda Representative Association`
    return not rest or (rest[0].low == "of" and (len(rest) == 2 or all(
        is_cap(t) or t.low == "the" for t in rest[1:])))


_PAST_AFTER_ASIDE = word_set("struck hit rose led felt got went came saw ran set put")
"""Past tenses _verb_like leaves out (news writes them of prices and storms) that are verbs
after a role and a name set off by commas (`Her counterpart, Darius Hamidi, struck…`)."""


def _opening_phrase(toks: Sequence[Tok], k: int) -> bool:
    """toks[k] is the comma after a short phrase that opens its sentence and is no clause
    with a subject of its own: a participle's, a preposition's or an adverb's, six words at
    most (`Speaking afterwards,`, `Outside court,`, `Later,`, `Back at the Ilase camp,`)."""
    s = k
    while s > 0 and toks[s - 1].text not in (".", "!", "?", ":"):
        s -= 1
    phrase = toks[s:k]
    return toks[k].text == "," and 1 <= len(phrase) <= 6 and all(is_word(t) for t in phrase) and (
        participle(phrase[0]) or phrase[0].low in PREPOSITIONS or phrase[0].low in _OPENING_ADVERBS)


_OPENING_ADVERBS = word_set("afterwards afterward later earlier meanwhile separately back")
"""Adverbs that open a report's sentence before its subject (see _opening_phrase)."""


def _of_rank(toks: Sequence[Tok], start: int, i: int, rank: int, free: bool
             ) -> tuple[int, bool]:
    """(rank, free) of a run at toks[i] after `of` or `of the` that follows a plain noun (not
    a title: `the secretary of the Navy Ray Mabus`); start is where its sentence starts.
    After the sentence's verb it only qualifies the noun (`were quick to cast the attacks as
    … an indictment of the Obama administration`): an object. Before any verb it is part of
    the subject (`The death of Bob Cole shocked Tom Rusk.`): no subject of its own, and a name
    after it is one only when a verb follows it, for either could be the next he (see
    _verb_word); when the sentence names nobody else it is the subject after all (see
    _settle_topic)."""
    k = i - 2 if i >= 2 and toks[i - 1].low == "the" else i - 1
    if rank == 0 or not (k > start and toks[k].low == "of" and (
            toks[k - 1].low not in TITLES and toks[k - 1].low not in ROLE_NOUNS)):
        return rank, free
    return 0, not any(_verb_word(t) for t in toks[start:k])


def _verb_word(t: Tok) -> bool:
    """A lower-case word that is surely a verb (`were`, `said`, a past tense in `-ed` of five
    letters or more: `hired`, `voted`; not `speed`, `hundred`)."""
    w = t.text
    return w.islower() and (w in _AUXILIARIES or w in SPEECH_VERBS or w in _IRREGULAR_PAST or (
        len(w) > 4 and w.endswith("ed") and not w.endswith("eed") and w != "hundred"))


_WH_WORDS = word_set("who what where why how whether")
"""Words that open a clause whose subject is no subject of the sentence (`asked how Smith
would vote`)."""


def _family_run(toks: Sequence[Tok], i: int, j: int) -> bool:
    """The run toks[i:j] names a whole family (`the Park family`, `the Hussain household`):
    no mention of any one of its people, who share the surname."""
    return i > 0 and j < len(toks) and toks[i - 1].low == "the" and toks[j].low in FAMILY_HEADS


def _named_runs(doc: Doc) -> tuple[list[_Named], list[tuple[int, Mention, int]]]:
    """Every capitalised run of the narration with its sentence, and every he/she."""
    runs: list[_Named] = []
    pronouns: list[tuple[int, Mention, int]] = []
    for index, block in enumerate(doc.article.blocks):
        if block.kind != "paragraph":
            continue
        lo, hi = doc.bounds[index]
        toks = doc.narration_tokens(lo, hi)
        sids = [doc.sentence_of(index, t.start) for t in toks]
        sentence, subject_seen, clause_end, start = -1, False, 0, 0
        topic: tuple[int, int] | None = None  # see _of_rank
        i = dateline_end(toks, len(toks))  # `OSAKA, Japan (Wire) —` names no one who speaks
        while i < len(toks):
            t = toks[i]
            s = sids[i]
            if s != sentence:
                _settle_topic(runs, topic, toks, sids)
                sentence, subject_seen, start, topic = s, False, i, None
                stop = next((k for k in range(i + 1, len(toks)) if sids[k] != s), len(toks))
                clause_end = opening_clause_end(toks, i, stop, doc.page)
            p = pronoun_mention(t) if is_word(t) else None
            if p is not None and p.gender != "unknown":
                if not _cataphoric(toks, i, clause_end) and not (
                        _object_pronoun(toks, i) and runs and runs[-1].sentence == s):
                    pronouns.append((t.start, p, s))  # `Krishnan asks her`: not Krishnan
                subject_seen = True
            if not (is_cap(t) and is_word(t)) or p is not None or t.low.endswith("-year-old") or (
                    place_modifier(t)) or _of_place_and(toks, i) or PHRASAL_THING.match(t.text) or (
                        doc.dialogue and _listed_once(doc, toks, i)):
                i += 1  # `Fifteen-year-old Jamal Turner` is Jamal Turner, `the Athens-based
                continue  # operator, Kalliste Maritime,` Kalliste Maritime; `Craig Bellamy of
                # Tanefield Fire and Rescue said`: no Rescue
            m, j = _run_mention(toks, i, doc.page)
            m = _family_word_name(m, toks, i) if doc.dialogue or doc.first_person else m
            if m is not None and m.kind in ("name", "org") and not modifier_run(toks, j) and (
                    not _names_a_work(toks, i, j)) and not _heads_a_name(toks, i, j) and not (
                        _family_run(toks, i, j)) and not _kind_before_name(toks, i, j) and not (
                        doc.dialogue and _maker_of(toks, i)):
                # not `Young Player of the Year: Kwame Vandenberg, 19,`: an award's name; not
                # `his copy of Blue by Joni Mitchell`, somebody out of the scene
                if m.kind == "name":
                    m = _described_name(m, doc, toks, (i, j), start, i == clause_end > start)
                ranked = _run_rank(toks, i, j, subject_seen)
                rank, free = _of_rank(toks, start, i, *ranked)
                if ranked[0] and not rank and free:
                    topic = (len(runs), j)  # `The trial of Bill Hale began…`
                elif topic is not None and m.kind == "name":
                    topic = None  # `The death of Bob Cole shocked Tom Rusk.`: either
                m, person, kin = _run_person(m, toks, (i, j), rank, doc)
                if _writer_asked(toks, start, i, clause_end):
                    rank, free = SUBJECT_RANK, True  # `When I put that to Ivan, he…`
                elif i < clause_end or _subject_follows(toks, j):
                    rank, free = 0, False  # `When Maddow pointed out…, Clinton seized…`
                elif doc.dialogue and i == start and _owns_the_subject(toks, j):
                    rank, free = SUBJECT_RANK, True  # `Marilla's lips twitched. She…`
                his = _next_pronoun(toks, j, sids) if rank == SUBJECT_RANK or (
                    _owns_body_part(toks, j) and doc.dialogue) else "unknown"
                leans = _gesture_gender(toks, j, sids) if rank == SUBJECT_RANK else "unknown"
                runs.append(_Named(m, s, rank, person, his, kin, leans))
                subject_seen = subject_seen or (free and not (m.weak and (
                    _set_off(toks, j) or participle(t))))  # `Speaking in Harlem, Clinton…`
            i = max(j, i + 1)
        _settle_topic(runs, topic, toks, sids)
    return runs, pronouns


def _listed_once(doc: Doc, toks: Sequence[Tok], i: int) -> bool:
    """In a story, the capitalised run at toks[i] is an item of a list after a colon (`taking
    them out of the crate: Nat King Cole, Ella Fitzgerald, the Andy Williams Christmas
    album`) and the text names it nowhere else: a thing of the scene (a record, a book), no
    he or she in it (see _named_runs)."""
    if i < 2 or toks[i - 1].text not in (",", ":"):
        return False
    j = run_end(toks, i)
    if j >= len(toks) or (toks[j].text not in (",", ";") and toks[j].low != "and"):
        return False
    if toks[i - 1].text == ":" and toks[j].text == "," and not (
            j + 1 < len(toks) and is_cap(toks[j + 1])):
        return False  # `came the envoy herself: Siv Thorsen-Amari, tall and silver-haired`: an
        # aside after the name, no second item
    k = i - 1
    while k >= 0 and toks[k].text not in (":", ".", "!", "?", QUOTE_TOKEN):
        k -= 1
    if k < 0 or toks[k].text != ":":
        return False
    name = doc.text[toks[i].start : toks[j - 1].end]
    return doc.text.count(name) == 1


def _of_place_and(toks: Sequence[Tok], i: int) -> bool:
    """The capitalised word at toks[i], no known first name, follows `and` after the
    capitalised words of an `of` phrase (`Craig Bellamy of Tanefield Fire and Rescue said`):
    the end of the body's name, not somebody (see _named_runs)."""
    if i < 3 or toks[i - 1].low != "and" or first_name_gender(toks[i].low) != "unknown":
        return False
    k = i - 2
    while k > 0 and is_cap(toks[k]) and is_word(toks[k]):
        k -= 1
    return k < i - 2 and toks[k].low == "of"


def _maker_of(toks: Sequence[Tok], i: int) -> bool:
    """The run at toks[i] follows `by` after a work's title or a word for a work (`his copy
    of Blue by Joni Mitchell`, `a song by Nina Simone`): the one who made it, whom a story
    names without bringing them into the scene, so no he or she of its lines."""
    if i < 2 or toks[i - 1].low != "by":
        return False
    t = toks[i - 2]
    return t.low in WORK_NOUNS or t.low == "copy" or (
        is_cap(t) and is_word(t) and i >= 3 and is_word(toks[i - 3]))


def _run_mention(toks: Sequence[Tok], i: int, page: Page) -> tuple[Mention | None, int]:
    """The mention the capitalised run at toks[i] makes, and where the next run is looked
    for: past the run, or for an office set off by the one who holds it (`the President of
    Kenya, William Ruto,`: see office_holder), nothing and at the holder's name, who is the
    subject, not the office nor Kenya."""
    j = run_end(toks, i)
    m = name_mention(toks, i, j, page, role_words_back(toks, i, page.own_roles))
    holder = office_holder(toks, m, page) if m is not None else None
    if holder is not None:
        return None, next(k for k in range(j, len(toks)) if toks[k].start >= holder.start)
    return m, j


def _heads_a_name(toks: Sequence[Tok], i: int, j: int) -> bool:
    """The run toks[i:j], with the capitalised and small words that go on from it (`Young
    Player` … `of the Year`), ends at a colon that sets a person's name after it, as a list
    of awards or a line-up writes (`Young Player of the Year: Kwame Vandenberg, 19, who…`,
    `Spirit of Ashgrove: Oluwaseun Gbadamosi`): a heading, nobody. The name after the colon
    has two words at least and a known first name or a comma after it (`Clinton: “…”` is a
    label, see cue_label)."""
    while j < len(toks) and j - i < 8 and is_word(toks[j]) and (
            is_cap(toks[j]) or toks[j].low in ("of", "the", "and", "for", "in")):
        j += 1  # `Young Player` goes on `of the Year`
    if j + 2 >= len(toks) or toks[j].text != ":":
        return False
    e = run_end(toks, j + 1)
    return e - (j + 1) >= 2 and (first_name_gender(toks[j + 1].low) != "unknown" or (
        e < len(toks) and toks[e].text == ","))


def _second_place(toks: Sequence[Tok], i: int) -> bool:
    """The run at toks[i] follows `and`/`or` and a capitalised run that follows a word for
    where (`in London and Los Angeles`; see _AT_A_PLACE)."""
    if i < 3 or toks[i - 1].low not in ("and", "or") or not is_cap(toks[i - 2]):
        return False
    k = i - 2
    while k > 0 and is_cap(toks[k - 1]) and is_word(toks[k - 1]):
        k -= 1
    return k > 0 and toks[k - 1].low in _AT_A_PLACE


def _names_a_work(toks: Sequence[Tok], i: int, j: int) -> bool:
    """The run toks[i:j] is the title of a work, not anybody (`Mindelo, a slow waltz in
    which she…`, `The final track, Low Water, ends…`, `her album Salt Lines`, `the hit drama
    Saltmarsh`): a work noun right before it (a comma between or not) or set off right after
    it."""
    if titled_work(toks, i):
        return True  # not `kept it on track, Smith said`
    if j + 2 >= len(toks) or toks[j].text != "," or _framed_for(toks, i, j):
        return False  # `For Bramwell, the drama is a welcome problem`: no work's name
    k = j + 1
    reach = 1  # `Ann Roe, saw them play`: `play` is a verb's, not Ann Roe's
    if toks[k].low in ("a", "an", "the", "his", "her", "its", "their"):
        k += 1
        reach = 3
    for _ in range(reach):
        if k < len(toks) and toks[k].low in WORK_NOUNS and toks[k].text.islower() and not (
                k + 1 < len(toks) and (toks[k + 1].low in ROLE_NOUNS or toks[k + 1].low in (
                    KIN_WORDS))):  # `Nadia Kowalczuk, a single mother of two,` is a person
            return True
        if k >= len(toks) or not (toks[k].text.islower() and is_word(toks[k])) or (
                toks[k].low in ROLE_NOUNS or toks[k].low in _NOT_WORK_WORDS):
            return False  # `Lena Park, a singer whose song…` is a person
        k += 1
    return False



_NOT_WORK_WORDS = frozenset({"who", "whose", "which", "that", "of", "with", "and", "or", "by"})
"""Words after which a work noun describes something else than the name set off before it
(`Lena Park, a singer whose song…`; see _names_a_work)."""




def _described_name(m: Mention, doc: Doc, toks: Sequence[Tok], run: tuple[int, int],
                    start: int, after_clause: bool) -> Mention:
    """The name mention of the run toks[i:j] with what the words around it say: a gender
    from an aside (see _aside_gender), from a gendered word set off right before it (`Her
    older brother, Manpreet,`) or from who gives the name (see _introduced_as), a role (see
    _named_role: `Mr. Bumble, the beadle,`) and a state or a party (`Joni Ernst, R-Iowa`,
    `Hana Roe, a Kentucky Republican,`) among its titles."""
    i, j = run
    if titles_gender(m.titles) == "unknown":  # not `Mrs. Lee, the company's spokesman,`
        m = replace(m, gender=_aside_gender(toks, j, m.gender))  # `Regular customer Fergus
        # Lyle, a retired postman,` is a man
    if m.gender == "unknown" and _set_off_after_role(toks, i, j, doc.dialogue):
        word = toks[_set_off_word(toks, i)].low  # `Her older brother, Manpreet,`, `His
        m = replace(m, gender=titles_gender((word,)))  # girlfriend, Leonie,`: the word set off
        # before the name tells
    if m.gender == "unknown" and not doc.dialogue:
        m = replace(m, gender=_opening_role_gender(toks, i))
    role = _named_role(toks, i, j, start, after_clause, doc.dialogue, doc.page.own_roles)
    if role is not None:
        m = replace(m, titles=(*m.titles, *role.split()))
    state = _state_after(toks, i, j)
    if state is not None:
        m = replace(m, titles=(*m.titles, *state.split()))
    party = _party_before(toks, i)
    if party is not None and not doc.dialogue:
        m = replace(m, titles=(*m.titles, party))
    if m.gender == "unknown":
        m = replace(m, gender=_introduced_as(toks, i))  # `She introduced herself as Dr. Amsel`
    return m


def _opening_role_gender(toks: Sequence[Tok], i: int) -> Gender:
    """The gender of a gendered role that opens the sentence and is set off before the name
    at toks[i], with what it is for or of after it (`A spokesman for the emergency
    committee, Bakhtiyor Olimov, rejected…`: a man); else unknown."""
    if i < 3 or toks[i - 1].text != ",":
        return "unknown"
    k = i - 2
    while k >= 0 and is_word(toks[k]) and i - 2 - k < 9:
        k -= 1
    phrase = toks[k + 1 : i - 1]
    if not phrase or phrase[0].low not in ("a", "an", "the") or not (
            k < 0 or toks[k].text in (".", "!", "?") or _opening_phrase(toks, k)):
        return "unknown"
    n = next((n for n, t in enumerate(phrase) if t.text.islower() and titles_gender(
        (t.low,)) != "unknown"), None)
    if n is None or not (n + 1 == len(phrase) or phrase[n + 1].low in ("for", "of", "at")):
        return "unknown"
    return titles_gender((phrase[n].low,))


def _party_before(toks: Sequence[Tok], i: int) -> str | None:
    """The party a role set off before the name at toks[i] gives them (`his Democratic
    challenger, Attorney General Lucia Begay-Soto,` -> democrat): `the Democrat` is her."""
    k = i - 1
    if k < 3 or toks[k].text != "," or toks[k - 1].low not in ROLE_NOUNS:
        return None
    for x in range(k - 2, max(-1, k - 5), -1):
        party = PARTY_OF_ADJECTIVE.get(toks[x].text)
        if party is not None:
            return party if toks[x - 1].low in _OWN_DETERMINERS or possessive_at(
                toks, x - 1) else None
        if not (toks[x].text.isalpha() and toks[x].text.islower()):
            return None
    return None



def _cataphoric(toks: Sequence[Tok], i: int, clause_end: int) -> bool:
    """The he/she at toks[i] is in an opening clause whose main clause opens with a name
    (`Asked if he will miss Frank, Tyler shrugged`): it means that name, after it, so it is
    no mention of anybody named before. Not before a possessive (`As she left the room,
    Miss Howard's face changed.`: the face is the subject, the she somebody else)."""
    k = clause_end
    return i < k < len(toks) and is_cap(toks[k]) and is_word(toks[k]) and (
        pronoun_mention(toks[k]) is None) and not possessive_at(toks, run_end(toks, k) - 1)


def _owns_the_subject(toks: Sequence[Tok], j: int) -> bool:
    """A story's sentence opens with a name's possessive (`Marilla's lips twitched
    understandingly.`, `John's face hardened.`): the one the sentence is about, for a he/she
    after it; not when the possessive owns a person (`Diana's mother had come over too.` is
    about the mother)."""
    return possessive_at(toks, j - 1) and j < len(toks) and is_word(toks[j]) and (
        toks[j].low not in KIN_WORDS and toks[j].low not in ROLE_NOUNS)


def _settle_topic(runs: list[_Named], topic: tuple[int, int] | None, toks: Sequence[Tok],
                  sids: Sequence[int]) -> None:
    """An of-name before its sentence's verb (see _of_rank) whose sentence names nobody else
    is the subject after all (`The trial of Bill Hale began on Monday in Boston.`)."""
    if topic is not None:
        k, j = topic
        runs[k] = runs[k]._replace(rank=SUBJECT_RANK, his=_next_pronoun(toks, j, sids))


_OWNERS = word_set("his her their whose")


def _kin_aside(toks: Sequence[Tok], i: int, j: int) -> str:
    """The kin word when the name of the run toks[i:j] is set off as somebody's relative
    (else ""): after `whose husband,` or `his wife,` (`Dorothy Woods, whose husband, Navy
    SEAL Ty Woods,`), right after `his wife` or `Trump’s son` (`for his wife Hillary
    Clinton`), or before `, son of`, `, his son` or `, Mary's mother` (`Eric Trump, son of
    the front-runner,`)."""
    k = i
    while k > 0 and is_cap(toks[k - 1]) and is_word(toks[k - 1]):
        k -= 1  # `Navy SEAL` before the name
    comma = k >= 1 and toks[k - 1].text == ","
    k -= comma  # `his wife, Jane` as `his wife Jane`, when set off after too (not `Asked
    closed = j == len(toks) or toks[j].text in _SET_OFF  # about his sister, Dev laughed`)
    if comma and closed:
        k = _before_years(toks, k)  # `Mrs Ellison’s husband of 42 years, Peter,`
    if comma and _listed(toks, k - 2, j):
        return ""  # `the captain, his wife, Munro, the seven hands, and I`: a list
    if k >= 2 and toks[k - 1].low in KIN_WORDS and (not comma or closed) and (
            toks[k - 2].low in _OWNERS or (possessive_at(toks, k - 2) and (
                not comma or j - i == 1))):
        return toks[k - 1].low  # `for his wife Hillary Clinton`, `Trump’s son Eric Trump`,
        # `Mrs Ellison’s husband, Peter,` (not `Minho’s father, Joon-ho Park,`: his own)
    after = [t.low for t in toks[j : j + 3]]
    if len(after) < 3 or after[0] != ",":
        return ""
    owner = (after[1] in _OWNERS and after[1] != "whose") or possessive_at(toks, j + 1)
    if after[1] in KIN_WORDS and after[2] == "of":
        return after[1]  # `Eric Trump, son of the front-runner,`
    return after[2] if owner and after[2] in KIN_WORDS else ""  # `Eric Trump, his son,`


def _kind_before_name(toks: Sequence[Tok], i: int, j: int) -> bool:
    """The one capitalised word toks[i] is a kind of person that a name follows (`a long
    Scot named Alexander Munro`, `an Englishman called Hale`): the name is the person."""
    k = i - 1
    while k >= 0 and toks[k].text.replace("-", "").isalpha() and toks[k].text.islower() and (
            toks[k].low not in ("a", "an")):  # (`a red-faced Irishman named Denny Malloy`)
        k -= 1
    return j == i + 1 and k >= 0 and toks[k].low in ("a", "an") and i - k <= 3 and (
        j < len(toks) and toks[j].low in ("named", "called"))


def _listed(toks: Sequence[Tok], k: int, j: int) -> bool:
    """The phrase at toks[k] (`his wife`) and the name after it ending at toks[j] are items
    of a list: a comma before the phrase, and after the name a comma, another item and an
    `and` to come (`the captain, his wife, Munro, the seven hands, and I`)."""
    return k >= 1 and toks[k - 1].text == "," and j + 1 < len(toks) and toks[j].text == "," and (
        toks[j + 1].low in ("the", "a", "an", "his", "her", "their", "my", "our")) and any(
            t.low == "and" for t in toks[j + 1 : j + 10])


def _before_years(toks: Sequence[Tok], k: int) -> int:
    """Where a kin phrase ends before toks[k], past how long it has lasted (`husband of 42
    years`, `wife of three decades`: the end of `husband`); else k."""
    if k >= 4 and toks[k - 1].low in ("years", "decades") and toks[k - 3].low == "of":
        return k - 3
    return k


def _run_person(m: Mention, toks: Sequence[Tok], span: tuple[int, int], rank: int, doc: Doc
                ) -> tuple[Mention, bool, str]:
    """The run toks[i:j]'s mention, whether it is a person worth registering (see
    _evidence, _first_name_acts) and its kin word (see _kin_aside); a report's first name
    set off as a Mrs's husband is registered with her surname (see _family_of_owner)."""
    i, j = span
    kin = _kin_aside(toks, i, j)
    family = _family_of_owner(toks, i, m) if kin and not doc.dialogue else None
    if family is not None:
        return family, True, kin  # `Mrs Ellison’s husband of 42 years, Peter,`
    person = _evidence(m, toks, i, j, rank, doc.dialogue) or (
        rank == SUBJECT_RANK and not doc.dialogue and _first_name_acts(m, toks, j, doc.page)) or (
        bool(kin) and m.kind == "name")  # `Lyssa, Harkon's niece,`: somebody's relative
    if person and i >= 2 and toks[i - 1].low == "from" and toks[i - 2].text.islower() and (
            toks[i - 2].low in ROLE_NOUNS or toks[i - 2].low in _ELDEST):
        person = False  # `the elder from Kosaya Gora, Foma Lukich,`, `a retired teacher from
        # Lowestoft`: where somebody is from
    return m, person, kin


def _family_of_owner(toks: Sequence[Tok], i: int, m: Mention) -> Mention | None:
    """A report's first name set off as the relative of somebody called by an honorific
    and surname (`Mrs Ellison’s husband of 42 years, Peter,`): that first name with the
    owner's surname, a person of their own (see _kin_aside); None for any other run."""
    if m.kind != "name" or len(m.name) != 1 or m.titles or i < 4 or toks[i - 1].text != ",":
        return None
    k = _before_years(toks, i - 1) - 1  # the kin word
    if k < 2 or toks[k].low not in KIN_WORDS or not possessive_at(toks, k - 1) or (
            toks[k - 2].low.rstrip(".") not in _SURNAME_HONORIFICS):
        return None
    surname = owner_of(toks[k - 1]).text
    return replace(m, text=f"{m.name[0]} {surname}", name=(m.name[0], surname))


_SURNAME_HONORIFICS = word_set("mr mrs ms miss dr")
"""Honorifics before a surname alone (see _family_of_owner)."""


def _owns_body_part(toks: Sequence[Tok], j: int) -> bool:
    """The run ending at toks[j - 1] owns the body part after it (`Captain Hezekiah Trask's
    face as he stood`): the he or she that follows in its sentence is the owner's own."""
    return j + 1 < len(toks) and possessive_at(toks, j - 1) and toks[j].low in _BODY


def _next_pronoun(toks: Sequence[Tok], j: int, sids: Sequence[int]) -> Gender:
    """The gender of the first he/she/his/her after toks[j - 1] in the same sentence,
    before any quote (`Newland Archer, leaning against the wall, turned his eyes`); unknown
    when an object comes first (`Krishnan asks her about the moment she nearly quit`: the
    her and the she are somebody else)."""
    for k in range(j, len(toks)):
        if sids[k] != sids[j - 1] or toks[k].text == QUOTE_TOKEN:
            break
        if _object_pronoun(toks, k):
            break
        if toks[k].low in GENDERED_PRONOUNS:
            return GENDERED_PRONOUNS[toks[k].low]
    return "unknown"


def _object_pronoun(toks: Sequence[Tok], k: int) -> bool:
    """toks[k] is `him`, or `her` as an object (see _object_her)."""
    return toks[k].low == "him" or (toks[k].low == "her" and _object_her(toks, k))


def _object_her(toks: Sequence[Tok], k: int) -> bool:
    """The her at toks[k] is an object, not an owner: nothing it could own follows (`asks
    her about`, `told her that`, `thanked her.`; not `shook her head`)."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or not is_word(nxt) or nxt.low in PREPOSITIONS or nxt.low in (
        DETERMINERS) or nxt.low in _AFTER_OBJECT


_AFTER_OBJECT = word_set("that to if whether what how why where when not again")


def _gesture_gender(toks: Sequence[Tok], j: int, sids: Sequence[int]) -> Gender:
    """The gender of a gesture the subject makes with their own head, hat, shoulders, brows
    or lip, right after their name (`Aziz lifted his hat`, `Moira shook her head`), or
    holds one of their own in a way (`Adeyemi sat with his eyes shut`): the possessives that
    are nearly always the subject's. Other possessives are as often
    somebody else's (`Manchin and his staff`, `took her hand`, `touched her shoulder`,
    `lifted her chin`), and so is a gesture in a clause of its own (`looked at Tom, who
    shook his head`)."""
    if j + 2 >= len(toks) or sids[j + 2] != sids[j - 1]:
        return "unknown"
    verb, pronoun, noun = toks[j].low, toks[j + 1].low, toks[j + 2].low
    if verb.isalpha() and pronoun == "with" and j + 3 < len(toks) and sids[j + 3] == sids[j]:
        pronoun, noun = noun, toks[j + 3].low  # `Adeyemi sat with his eyes shut`
        return GENDERED_PRONOUNS[pronoun] if pronoun in ("his", "her") and (
            noun in _HELD_WITH) else "unknown"
    if pronoun not in ("his", "her") or verb not in _GESTURES.get(noun, ()):
        return "unknown"
    return GENDERED_PRONOUNS[pronoun]


_HELD_WITH = word_set("eyes hands arms head back face feet legs chin fists elbows knees")
"""What a subject holds somehow while doing something (`sat with his eyes shut`, `stood with
her arms folded`): their own, nearly always."""


_GESTURES = {
    "head": word_set("shook nodded bowed hung"),
    "shoulders": word_set("shrugged"),
    "brows": word_set("raised knitted arched"),
    "eyebrows": word_set("raised knitted arched"),
    "hat": word_set("lifted raised tipped doffed touched"),
    "cap": word_set("lifted raised tipped doffed touched"),
    "lip": word_set("bit"),
    "lips": word_set("pursed licked"),
    "throat": word_set("cleared"),
    "eyes": word_set("rolled closed shut narrowed rubbed"),
    "arms": word_set("folded crossed"),
    "watch": word_set("checked consulted"),
    "notebook": word_set("opened closed flipped"),
    "teeth": word_set("gritted clenched"),
    "breath": word_set("held caught"),
}
"""A gesture with one's own head, hat, brows, eyes, throat or notebook: the noun and the
verbs that make it (see _gesture_gender)."""


def _subject_follows(toks: Sequence[Tok], j: int) -> bool:
    """The run ending before toks[j] is set off by a comma from a name that has the verb (`In
    her book, Living History, Clinton noted`): that name is the subject, not this run."""
    if j + 1 >= len(toks) or toks[j].text != "," or not (is_cap(toks[j + 1]) and is_word(
            toks[j + 1])):
        return False
    e = run_end(toks, j + 1)
    return _name_only(toks[j + 1 : e]) and (_verb_like(toks, e) or _followed_by_speech(toks, e))


def _set_off(toks: Sequence[Tok], j: int) -> bool:
    """A comma follows: a lone capitalised word before it opens the sentence as an adverb or
    a participle (`Recently, Herman Cain…`), not as its subject."""
    return j < len(toks) and toks[j].text == ","


def _aside_gender(toks: Sequence[Tok], j: int, gender: Gender) -> Gender:
    """The gender an aside right after a name says (`Terry Strada, a 9/11 widow,`, `Lee Ames,
    the company's spokeswoman,`): it outweighs a guess from the first name.

    Edge cases: the aside must open with an article; only the words before a preposition, a
    possessive or a relative pronoun count (`Davis, the daughter of…`, `Roe, a mother whose
    son…`: who the aside goes on to name is someone else).
    """
    words = _aside(toks, j)
    said = titles_gender(words[1:]) if words else "unknown"
    return said if said != "unknown" else gender


def _aside(toks: Sequence[Tok], j: int) -> list[str]:
    """The words of an aside right after a name (see _description); none when there is no
    such aside, or when what follows it makes it the next item of a list."""
    if j >= len(toks) or toks[j].text != "," or j + 1 >= len(toks):
        return []
    words = _description(toks, j + 1)
    n = j + 1 + len(words)
    if n + 1 < len(toks) and toks[n].text == "," and toks[n + 1].low in ("and", "or"):
        return []  # `the Reverend Mr Fairfax, the Colonel, and …`: a list, no aside
    return words


def _description(toks: Sequence[Tok], k: int) -> list[str]:
    """The words of a description that opens with an article at toks[k], to before a
    preposition, possessive or relative pronoun (see _aside_gender); none when toks[k] is no
    article or the description names a second person (`the senator's wife`)."""
    if k >= len(toks) or toks[k].low not in ("a", "an", "the"):
        return []
    words = [toks[k].low]
    for n in range(k + 1, min(len(toks), k + 9)):
        t = toks[n]
        if t.text in _SET_OFF or t.text == QUOTE_TOKEN or t.low in ASIDE_STOP | _COMPARING:
            break  # `the same age as the housekeeper` is no housekeeper
        if possessive_at(toks, n):
            return []  # `the senator's wife`: the aside names a second person
        words.append(t.low)
    return words


def _named_role(toks: Sequence[Tok], i: int, j: int, start: int, after_clause: bool,
                story: bool, own: frozenset[str] = frozenset()) -> str | None:
    """The role the narration gives the name of the run toks[i:j], so that `said the
    beadle` later is them: in a story, in an aside after the name (see _aside_role), set off
    before it (see _role_before), or said of them (see _role_said); in a report set off
    before it (`The senator, Joan Avery, said`), or in an aside whose word for a person is
    in no list but the report's own (own, see names.report_roles: `Tom Baxter, a beekeeper
    from Kent,`; asides and `was the` with the listed roles name them in passing, measured
    and left out). start: where the sentence starts; after_clause: the name opens the main
    clause after an opening clause's comma (`When he saw the doctor, Tom…`: no
    apposition)."""
    before = None if after_clause else _role_before(toks, i, j, start)
    if not story:
        before = before or (None if after_clause else _role_for_before(toks, i))
        words = _aside(toks, j)
        last = words[-1] if len(words) > 1 else None
        return before or (last if last in own and last not in ROLE_NOUNS else None)
    opens = i == start and not opening_subordinator(toks[i].text)  # `If Mr. Lowe was…`
    return _aside_role(toks, j) or before or (
        None if after_clause else _role_for_before(toks, i)) or _role_said(toks, j, opens)


def _role_of(words: Sequence[str], anyone: bool = True) -> str | None:
    """The role a description names: `the`, words and a role noun or a story's trade (see
    STORY_ROLES) that ends it (`the parochial undertaker`, `the beadle of the next parish`;
    not `a beadle`, `the beadle's wife`, see _description); a word for any person (see
    DESCRIBED) only with anyone, and never one that is also an honorific (`Mrs. Mann, the
    good lady of the house,` is not `Lady Mann`, nor every `lady` after)."""
    if len(words) < 2 or words[0] != "the" or words[-1] not in ROLE_NOUNS | STORY_ROLES or (
            words[-1] in _RANKS or (words[-1] in DESCRIBED and not anyone)) or (
            _LESSER & set(words[1:-1])):
        return None  # `Jonah, the assistant director,` is not `the director`
    return words[-1] if all(w.isalpha() for w in words[1:-1]) else None


def _aside_role(toks: Sequence[Tok], j: int) -> str | None:
    """The role an aside after a name gives them (`Mr. Bumble, the beadle,`, `Mr.
    Sowerberry, the parochial undertaker.`; see _role_of)."""
    return _role_of(_aside(toks, j))


_LESSER = LESSER_TITLES | word_set("associate under")
"""Words that make a role a lesser one than its noun (`the assistant director`; see
_role_of)."""
_RANKS = word_set("sir lady lord dame madam madame")
"""Words for people that are also honorifics: no role a name takes (`Mrs. Mann, the good
lady of the house,` is not `Lady Mann`)."""
_COMPARING = word_set("as than like unlike")
"""Words after which a description goes on to somebody else (see _description)."""
_OWN_DETERMINERS = word_set("the his her its their my our")
"""Words that open a role set off before a name (`The housekeeper,`, `his tutor,`, `its chief
executive,`)."""
_FORMER = NO_LONGER | word_set("other")
"""Words that make a role one somebody no longer holds (`The former housekeeper, Mrs.
Grey,`), or one of two (`The other nurse, Bess,` is not `the nurse`)."""
_RANKING = word_set("last first next same")
"""Words that make `X was the … soldier` a description, not the post `the soldier` means
(`Tom was the best soldier in the company`, `the last passenger to board`; but `Lucy was
the only passenger` is the passenger; see _role_said)."""


def _role_for_before(toks: Sequence[Tok], i: int) -> str | None:
    """A report's role set off before the name at toks[i] with what it is for, of or in
    (`President Elaine Marsh's nominee for labor secretary, Cornelius Vance-Adeyemi,`, `The
    Minister for Education, Dr Abena Osei-Mensah,`, `the National President of UTAG, Prof.
    Kwame Asante-Boateng,`, `The Police Public Relations Officer in the state, SP Aminu
    Bello,`): the role noun before the qualifier, which an owner's determiner opens, with
    capitalised words between (not `a spokesman for …`, nor kin)."""
    k = i - 1
    if k < 4 or toks[k].text != ",":
        return None
    for x in range(k - 2, max(0, k - 7), -1):
        role = toks[x - 1].low
        if toks[x].low in ROLE_QUALIFIERS and (
                role in ROLE_NOUNS or role.rpartition("-")[2] in ROLE_NOUNS) and (
                role not in KIN_WORDS) and _owned_role(toks, x - 1):
            return role
        if not toks[x].text.replace("-", "").isalpha():
            return None  # (`The chair of the sub-committee, Councillor X,` goes on)
    return None


def _owned_role(toks: Sequence[Tok], r: int) -> bool:
    """The role at toks[r] opens with an owner's determiner or a possessive, past at most
    three capitalised words (`The National President`, `the Police Public Relations
    Officer`, `his deputy`)."""
    d = r - 1
    while d >= 0 and r - d <= 3 and is_cap(toks[d]) and toks[d].low not in _OWN_DETERMINERS and (
            not possessive_at(toks, d)):
        d -= 1
    return d >= 0 and (toks[d].low in _OWN_DETERMINERS or possessive_at(toks, d))


def _role_before(toks: Sequence[Tok], i: int, j: int, start: int) -> str | None:
    """The role set off before the name of the run toks[i:j] by a comma, the name closing
    the apposition (`The housekeeper, Mrs. Grey, came in.`, `his tutor, Mr. Lowe.`, `Jane's
    old nurse, Martha,`).

    Edge cases: only words between the article or owner and the role (not `a curate`), none
    that makes it a past role (`the former housekeeper`); not a list (`the curate, Mrs.
    Grey, and the boy`, `the curate, Mrs. Grey, Tom Hale`; but `her maid, Betty, and sat
    down` is one); not a role that is `of` somebody's (`The wife of the curate, Mrs.
    Grey,` is the wife; but `the forge of the blacksmith, Ben Hart.` is his); not in a
    phrase that opens the sentence with a preposition or `like`, the sentence going on
    (`Behind the nurse, Mary, waited` and `Unlike the curate, Mr. Lowe, never read` are two
    people, but `walked with his tutor, Mr. Lowe, along the river` is one); no kin, no
    honorific; a role with its `of` and one word (`The chief of staff, Walter Greaves,`) is
    the role's noun."""
    k = i - 1
    if k >= 4 and toks[k - 2].low == "of" and toks[k - 1].text.islower() and (
            toks[k - 3].low in ROLE_NOUNS) and toks[k - 1].low not in ROLE_NOUNS:
        k -= 2  # `The chief of staff, Walter Greaves,` is `the chief`
    if k < 2 or toks[i - 1].text != "," or toks[k - 1].low not in ROLE_NOUNS | STORY_ROLES or (
            toks[k - 1].low in KIN_WORDS | _RANKS):
        return None  # `his wife, Jane,`: kin is read as kin (see State.resolve_kin)
    if j < len(toks) and toks[j].text == ",":
        after = toks[j + 1] if j + 1 < len(toks) else None
        then = toks[j + 2] if j + 2 < len(toks) else None
        if after is None or is_cap(after) or (after.low in ("and", "or", "nor") and (
                then is None or is_cap(then) or then.low in DETERMINERS)):
            return None  # a list of people (not `her maid, Betty, and sat down`)
    elif j < len(toks) and toks[j].text not in (".", "!", "?", ";"):
        return None
    d = k - 2
    while d >= 0 and toks[d].text.isalpha() and (toks[d].text.islower() or (
            toks[d].low in _OFFICE_WORDS)) and toks[d].low not in _OWN_DETERMINERS | ASIDE_STOP:
        d -= 1  # `The old village nurse`, `The Prime Minister`
    if d < 0 or not (toks[d].low in _OWN_DETERMINERS or possessive_at(toks, d)):
        return None
    if any(t.low in _FORMER for t in toks[d + 1 : k - 1]):
        return None  # `The former housekeeper, Mrs. Grey, had left in May.`
    if d > 0 and ((toks[d - 1].low == "of" and d > 1 and toks[d - 2].low in (
            KIN_WORDS | ROLE_NOUNS | STORY_ROLES | DESCRIBED)) or (
            toks[d - 1].low in PREPOSITIONS | _COMPARING and d - 1 - start <= 1 and (
                _set_off(toks, j)))):
        return None  # `The wife of the curate, Mrs. Grey,`; `Behind the nurse, Mary, waited`
    return " ".join([t.low for t in toks[d + 1 : k - 1] if is_cap(t)] + [toks[k - 1].low])
    # `The Prime Minister, Caroline Stanier,`: both words are her title


_OFFICE_WORDS = word_set("""prime foreign home deputy vice chief first health finance defence
    defense justice education interior treasury shadow attorney solicitor culture transport
    business environment trade energy work pensions""")
"""Capitalised words that open an office set off before its holder's name (`The Prime
Minister, Caroline Stanier,`, `The Foreign Secretary, Ann Roe,`); not a party's (`the
Conservative candidate, Harriet Lowe,` keeps no role: `the Labour candidate` is not her)."""


_BEING = word_set("was is became")
"""Verbs that say what a name is (`Mr. Lowe was the curate.`, see _role_said)."""


def _role_said(toks: Sequence[Tok], j: int, opens: bool) -> str | None:
    """The role a `who was` clause right after a name gives them (`Martin, who was the
    village schoolmaster,`), or a sentence the name opens says they hold (`Martin was the
    curate.`, `had been the housekeeper for thirty years`); not a description that ranks
    them (`the best soldier`, `the last passenger`), nor a role they had been until
    somebody else came (`had been the curate until…`)."""
    if j + 2 < len(toks) and toks[j].text == "," and toks[j + 1].low == "who":
        k = j + 2
    elif opens:
        k = j
    else:
        return None
    if k + 1 < len(toks) and toks[k].low in ("had", "has") and toks[k + 1].low == "been":
        k += 1  # `Mrs. Pike had been the housekeeper at the Grange for thirty years.`
        end = next((n for n in range(k, len(toks)) if toks[n].text in (".", "!", "?")),
                   len(toks))
        if any(t.low == "until" for t in toks[k:end]):
            return None  # `had been the curate … until Mr. Finch arrived`, in its sentence
    elif k >= len(toks) or toks[k].low not in _BEING:
        return None
    words = _description(toks, k + 1)
    if any(w in _FORMER | _RANKING or w.endswith("est") for w in words[1:-1]):
        return None  # `Tom was the best soldier in the company`
    return _role_of(words, anyone=False)  # `Tom was the only man`


def _state_after(toks: Sequence[Tok], i: int, j: int) -> str | None:
    """The state a party label or `of` gives the name of the run toks[i:j] (`Sen. Joni Ernst,
    R-Iowa,`, `Rand Paul (R-Ky.)`, `Sen. Dianne Feinstein of California`: the run takes in
    `of` and the state)."""
    of = next((k for k in range(j - 1, i, -1) if toks[k].text == "of"), None)
    if of is not None:
        place = " ".join(t.low for t in toks[of + 1 : j])
        return place if place in US_STATES else None
    if j + 1 < len(toks) and toks[j].text in (",", "("):
        label = toks[j + 1].text.lstrip("(")
        state = party_state(label)
        if state is not None:  # `(R-Ky.)`: a Kentucky Republican
            return f"{state} {PARTY_OF_LABEL[label[0]]}" if label[:1] in PARTY_OF_LABEL else state
        return _party_aside(toks, j)
    return None



def _party_aside(toks: Sequence[Tok], j: int) -> str | None:
    """`Sen. Hana Sato-Whitmore, a Kentucky Republican,`: the state and the party, so that
    `the Kentucky Republican` (or `the Republican`) is her."""
    k = j + 2
    if not (k < len(toks) and toks[j].text == "," and toks[j + 1].low in ("a", "an")):
        return None
    end = next((n for n in range(k, min(len(toks), k + 4)) if toks[n].low in PARTY_WORDS), None)
    if end is None or not (end + 1 == len(toks) or toks[end + 1].text in (",", ".", ";")):
        return None
    place = " ".join(t.low for t in toks[k:end])
    return " ".join(w for w in (place, toks[end].low) if w) if (
        not place or place in US_STATES) else None


_CALLERS = (r"(?:children|kids|pupils|students|boys|girls|class|nurses|staff|crew|men|patients"
            r"|others|village|form|school|house|team|household|servants|family|regiment"
            r"|company|cast|squad|unit)")
"""The group that gives somebody a nickname, after `the` (`whom all the children called Dr
Segun`, `the students called him Mr O`; see _CALLED_AFTER and _EVERYONE_CALLED)."""
_CALLED_AFTER = re.compile(
    r"(?:, \d{1,3}(?=,))?(?:, (?:the|a|an|his|her) [a-z ’'-]{1,40}?)?(?:,|\s*[—–])? (?:whom|who)"
    r" (?:everybody"
    r"|everyone|people|friends|fans|colleagues|they|we|the others"
    r"|most people|his friends|her friends|(?:all )?the (?:whole )?(?:of the )?" + _CALLERS + r")"
    r"(?:, [\w ’'-]{1,40},)?(?: \w+){0,3} "
    r"(?:called|calls|call|knew as|know as) (?:simply |just |only )?(?:the )?"
    r"[“\"‘']?(?:(?:Dr|Mr|Mrs|Ms|Miss|Uncle|Auntie|Aunt)\.? )?([A-Z][\w’'-]+)"
    r"|,? (?:who (?:was|is) )?(?:better |also |universally |locally )?known "
    r"(?:to [\w ,’'-]{1,80}? )?"
    r"(?:simply |affectionately |fondly )?as [“\"‘']?([A-Z][\w’'-]+)[”\"’']?(?=[,.;]| (?:for"
    r"|because|since|after|by|to|in|at|on|from|among)\b)"
    r"|(?:\s*[—–]\s*|, )([A-Z][\w’'-]+),? to (?:anyone|everyone|everybody"
    r"|(?:his |her |their )?friends|most|all|the (?:whole|entire) [a-z]+)\b"
    r"(?:[^,—–]{0,30}, [“\"‘]?the ([A-Z][\w’'-]+)[”\"’]? to )?"
    r"|, (?:always |simply )?called [“\"‘]?([A-Z][\w’'-]+)[”\"’]?(?=,)"
    r"| (?:had|has) (?:always |long |since [a-z ]{1,20} )?been (?:called|known as) (?:simply "
    r"|just )?[“\"‘]?([A-Z][a-z’'-]+)\b(?![ -][A-Z])"
    r"|[^.;:!?“”\"]{0,160}?,? and (?:had|has) (?:always |long )?been ([A-Z][a-z’'-]+) (?=since"
    r"|for|to)\b"
    r"|, [^,.;:“”\"]{1,60}? and (?:was )?(?:called|known as) [“\"‘]([A-Z][\w’'-]+)[”\"’]")
"""A nickname given right after a full name (`Marcus Watts, whom everybody called Ace`, `Dr
Olusegun Adeyemi, the consultant, whom all the children called Dr Segun`, `Lou Kaminski,
called Kam, a short wide man`,
`Bartholomew Brock, whom everyone in the wood called simply the Badger,` (then `the Badger
said` is he), `Ann Lee, known as Nan,`, `Mrs Cole, known to everyone in the town simply as
Winnie.`, `Colette Vukovich, known to everyone, including the county health inspector, as
Lettie.`, `Siobhán Ní Bhriain — Shiv, to anyone who…`, `Eleni Kyriakou—Yiayia to everyone under
fifty—`, `Ellie Fairweather, who was known as Smudge for reasons…`, `Ben Biscoe — whom
everyone, including his own mother, called Biscuit —`, `Orrin Mabry had been called
Shorty since he was four`, the sentence's own subject's `Mrs Beryl Thwaite had farmed the next
holding…, and had been Bunty since…`, group 7; see People.nickname), one in quote marks
after an aside (`Able Seaman John Marchant, six feet four in his socks and called “Tiny” in
consequence`), and a title given after it (`Desmond — Des to his friends, “the Major” to the
rest of the street`; set off by a comma, `John Marchant, Tiny to the whole expedition,`)."""


def _nickname_after(people: People, doc: Doc, m: Mention, key: int) -> None:
    """A name mention's nickname given right after it (`Mrs Cole, known as Winnie,`, see
    _CALLED_AFTER; a dash aside's is _nicknames_set_off's) or in quote marks inside it
    (`Jamal “Juice” Price`), or in a story the capitalised post it is set off with (see
    _TITLED_AFTER): what finds the person from then on."""
    inside = _NICKNAME_INSIDE.search(doc.text, m.start, m.end)
    if inside is not None and len(m.name) > 1:
        people.nickname(key, inside.group(1))
    called = _CALLED_AFTER.match(doc.text, m.end)
    if called is not None and called.group(7) and (
            doc.page.role_word(called.group(7).lower()) or called.group(7).lower() in TITLES
            or doc.text[max(0, m.start - 2) : m.start].strip() not in ("", ".", "!", "?", "”")):
        called = None  # `Tom Hale … and had been Mayor since 2010`; only a sentence's subject
    if called is not None and not called.group(3) and (len(m.name) > 1 or m.titles):
        people.nickname(key, next(g for g in called.groups() if g))
    titled = _TITLED_AFTER.match(doc.text, m.end) if doc.dialogue else None
    post = next((g for g in titled.groups() if g), "") if titled is not None else ""
    if post and len(m.name) > 1 and not doc.page.role_word(post.lower()):
        people.nickname(key, post)


_NICKNAME_INSIDE = re.compile(r" [“\"‘]([A-Z][\w’'-]+)[”\"’] ")
"""A nickname in quote marks between a first name and a surname (`Jamal “Juice” Price`)."""
_TITLED_AFTER = re.compile(
    r", (?:the (?:[A-Z][\w’'-]+ )?([A-Z][\w’'-]+)(?: of [^,.;]{1,40})?"
    r"|(?:[A-Z][\w’'-]+ )?([A-Z][\w’'-]+) of [^,.;]{1,40}),")
"""A story's capitalised post set off after a full name (`Professor Dorothy Gale-Whitlock,
the Pro-Vice-Chancellor,`, `Dr. Hesper Quell, Senior Wrangler of the Collegium Arcanum,`):
its last word is what the story calls that person by (`said the Pro-Vice-Chancellor`, `the
Senior Wrangler`), when it is no role word the lists know (those find her by her titles)."""


def _nicknames_set_off(people: People, doc: Doc, runs: list[_Named]) -> None:
    """A name known already and, set off by a dash, what friends call them, and perhaps a
    title others do (`Desmond — Des to his friends, “the Major” to the rest of the street,
    … — regards the hedge as his`): one person, whatever the sentence makes its subject."""
    for r in runs:
        called = _CALLED_AFTER.match(doc.text, r.mention.end)
        if called is None or not called.group(3) or r.mention.kind != "name":
            continue
        e = people.find(r.mention, r.mention.start)
        if e is not None and not e.organisation:
            people.nickname(people.current(e.key), called.group(3))
            if called.group(4):
                people.describe(people.current(e.key), ("the", called.group(4).lower()))


_GIVES_NAME = re.compile(
    r"\b(?:gave|gives|giving|identified|identifies|identifying)\s+(?:only\s+)?(her|his|herself"
    r"|himself)\s+(?:(?:first\s+|full\s+)?name\s+)?(?:only\s+)?as\s+$"
    r"|\b([Ss]he|[Hh]e) (?:was|is) (?:an? [\w ,’'-]{1,40}? )?(?:called|named) $")
"""`who gave her name only as Amani`, `identified himself as Dato`, `Her badge said that she
was called Kerry`, `He was a thin, anxious dwarf named Pell`: the name's gender (see
scan_people)."""

_CALLED_NAME = re.compile(
    r"\b(?:[Ee]veryone|[Ee]verybody|They|they|[Ww]e|[Ff]riends) (?:always |just )?(?:called|"
    r"calls) ([A-Z][a-z’'-]+) [“\"‘]([A-Z][a-z’'-]+)[,.]?[”\"’]")
"""A nickname given to somebody by name, in quote marks (`Everyone called Marcus “Moose,”`;
see _nicknames_told)."""
_EVERYONE_CALLED = re.compile(
    r"\b(?:(?:[Ee]veryone|[Ee]verybody|[Pp]eople|They|they|[Ww]e|[Mm]ost people|[Ff]riends"
    r"|[Tt]he (?:whole )?" + _CALLERS + r")"
    r"(?:, [\w ’'-]{1,40},| (?:in|on|at|around|of) the [a-z]+| from [A-Z][a-z]+ to [A-Z][a-z]+"
    r"| from the [a-z]+ (?:down |up )?to the (?:[A-Za-z]+ )?[a-z]+"
    r"| (?:in|on|at) [A-Z][a-z]+(?: [A-Z][a-z]+)?| in [A-Z][a-z]+[’']s [a-z]+"
    r"| who [a-z’' ]{1,30}?)? (?:had |has |have )?(?:always |just |still )?(?:called|calls"
    r"|call)"
    r"|[Nn]o(?:body| one)(?: (?:in|on|at|around) (?:the )?[A-Za-z][a-z]+(?: [A-Z][a-z]+)?)?"
    r" (?:had |has )?(?:ever )?called) (him|her) "
    r"(?:anything (?:but|except|other than) )?(?:simply |just )?[“\"‘']?"
    r"(the |(?:Mr|Mrs|Ms|Miss|Dr)\.? )?([A-Z](?:[’'][A-Z])?[a-z’'-]*(?: [A-Z][a-z’'-]+)?)\b"
    r"(?![ -][A-Z])")
"""A sentence that gives somebody named before a nickname (`Everyone called him Boz`, `which
is why everyone called him Fingers`, `everybody called him the Professor`, `Everyone in
the room called her Mags`, `Everyone called him Mr. K`, `the students called him Mr O`,
`in Buckie, where he’d grown up, they called him Big Bert`, `nobody had called him anything
but Baba for thirty years`, `everyone from Philadelphia to Providence called him Pop`,
`everybody from the owner down to the Zamboni driver called him Pops`, `Everyone had called
her Tank since the under-fourteens`, `even the people who hadn’t voted for her called her
the Mayor`, `Everyone in Silver Fork calls him Buck`, `Everyone in Theo’s crowd called him
“Whit,”`, `The children of the camp call him Baba Rasool`, `Everyone in Issemdal calls him
L'Haj`, `nobody on Lantern Street had ever called him anything except Chef`, `Everybody on
Lenox Avenue called him Pru`)."""


_WHO_AFTER = re.compile(r"(?:[A-Z][\w’'.-]* )*[A-Z][\w’'-]*,? who\b")
"""A name and a relative clause right after it (see _nicknames_told)."""
NICKNAME_REACH = 4
"""How many paragraphs back a paragraph that opens `Everyone called him Whit` looks for the
last man named (`Priya Sharma had been seated next to Callum Whitford` and three paragraphs
of `he said`; see _nicknames_told)."""


def _nicknames_told(people: People, doc: Doc) -> None:
    """`said Gerald Bozeman, leaning on the counter. Everyone called him Boz`: the last
    person of that gender named before the sentence, in its paragraph, is also Boz (see
    People.nickname), so `Boz said` is one voice with him; with nobody named before, the
    name the paragraph gives next (`They called him Cupcake because… His real name was Leon
    Tate`). A nickname said to be a full name is theirs too (`Doc was Specialist Four Eddie
    Marsh, the platoon medic`), and so is one given by name (`Everyone called Marcus
    “Moose,”`, see _CALLED_NAME)."""
    for c in _EVERYONE_CALLED.finditer(doc.text):
        if doc.in_quote(c.start()):
            continue
        gender = GENDERED_PRONOUNS[c.group(1)]
        block = bisect.bisect_right(doc.block_starts, c.start()) - 1
        lo, hi = doc.bounds[block]
        nicked = {people.current(m.key) for m in people.between(c.start(3), c.end(3))}
        named = [m for m in people.before(c.start()) if m.pos >= lo and not (
            people.entities[m.key].organisation) and people.compatible(m.key, gender)
            and people.current(m.key) not in nicked]  # `we called him the Skipper, or Bert;
        # … they called him Big Bert`: not Bert
        real = _REAL_NAME.search(doc.text, c.end(), hi) if not named else None
        if real is not None:
            named = [m for m in people.between(real.start(1), real.end(1))
                     if people.compatible(m.key, gender)]
        elif not named and block and c.start() == lo:  # the paragraph opens with it: the
            # last of that gender named in the nearest of the NICKNAME_REACH before that
            # names one (`…except Mr. Kowalczyk, who laughed at all her jokes.` / `Everyone
            # called him Mr. K, because…`)
            named = next(([m] for m in people.before(lo) if m.pos >= doc.bounds[
                max(0, block - NICKNAME_REACH)][0] and not people.entities[m.key].organisation
                and people.compatible(m.key, gender)), [])
        if not named:
            _nicknamed_unnamed(people, doc, c, block)
            continue
        opens = max([lo, *sentence_ends(doc.text, lo, c.start())])
        subject = [m for m in named if m.pos >= opens][-1:]  # `Adebayo was the cleverest
        # person in Seahorse Class, … and so everybody called him the Professor`
        if named[0].pos >= opens and _WHO_AFTER.match(doc.text, named[0].pos):
            subject = named[:1]  # `Its members were Samira, …; and Ella Brennan, who was so
            # small and quiet that everybody… called her “Mouse.”`: Ella
        key = people.current((subject or named)[0].key)
        if named[0].pos < lo:  # the him or her stands for them in the paragraph (`Everyone
            # in Theo’s crowd called him “Whit,”… He had spent…`: not Theo)
            people.mention(c.start(1), key, doc.sentence_of(block, c.start(1)), SUBJECT_RANK)
        if " " in c.group(3):
            _known_by(people, doc.text, key, c.start(3), c.end(3))  # `they called him Big Bert`
        elif c.group(2) == "the ":
            people.describe(key, [c.group(3).lower()])  # `called him the Professor`
        else:
            people.nickname(key, c.group(3))
    for g in _CALLED_NAME.finditer(doc.text):
        holders = [m.key for m in people.between(g.start(1), g.end(1))
                   if not people.entities[m.key].organisation]
        if holders and not doc.in_quote(g.start()):
            people.nickname(people.current(holders[0]), g.group(2))  # `Everyone called Marcus
            # “Moose,” though nobody could remember why`
    for g in _NICKNAME_IS_NAME.finditer(doc.text):
        k = next(n for n in (1, 3, 5, 7) if g.group(n))
        nick = [people.entities[people.current(m.key)]
                for m in people.between(g.start(k), g.end(k))]
        if not nick or doc.in_quote(g.start()) or len(nick[0].forms) > 1 or (
                nick[0].first or nick[0].organisation):
            continue
        full = [m.key for m in people.between(g.start(k + 1), g.end(k + 1))] or (
            _real_name(people, g, k + 1) if k > 1 else [])  # `Mouse was really called Imogen`
        if full and nick[0].key != people.current(full[0]):
            people.nickname(people.current(full[0]), g.group(k))


_ALL = (r"(?:every ?one(?: of them)?|everybody|all of them|(?:all )?the (?:whole )?"
        + _CALLERS + r")")
_NICK_TO_ALL = (
    re.compile(r"\b([Hh]e|[Ss]he) (?:was|is) (?:simply |just |always |only )?"
               r"([A-Z][a-z’'-]+) to " + _ALL + r"\b"),
    re.compile(r"\b[Tt]o " + _ALL + r",? (he|she) (?:was|is) (?:simply |just |always |only )?"
               r"([A-Z][a-z’'-]+)\b(?![ -][A-Z])"))
"""A nickname the narration gives the last person of that gender it named, in a sentence of
its own (`He was Bram to everyone and had been since his first week`, `…, and to every one of
them he was simply Doc`; see _nicknames_to_all)."""


_ROLE_CALLED = re.compile(
    r"\b(?:[Ee]veryone|[Ee]verybody|[Tt]hey|[Tt]he (?:whole )?" + _CALLERS + r") (?:had |has )?"
    r"(?:always |all )?(?:called|calls) the ([a-z]+) the ([A-Z][a-z’'-]+)\b([^.!?;]*)")
"""A title a group gives somebody known only by a role word there (`everybody called the
bandleader the Professor, though nobody could say which college had ever given Cornelius
Tate anything`; see _role_called)."""


def _role_called(people: People, doc: Doc) -> None:
    """`…, and everybody called the bandleader the Professor, though nobody could say which
    college had ever given Cornelius Tate anything but a hard time`: the one person the rest
    of the sentence names is the bandleader, and `said the Professor` is them."""
    for c in _ROLE_CALLED.finditer(doc.text):
        named = {people.current(m.key) for m in people.between(c.start(3), c.end(3))
                 if not people.entities[m.key].organisation
                 and not PRONOUN_AT.match(doc.text, m.pos)}
        if len(named) == 1 and not doc.in_quote(c.start()):
            people.describe(named.pop(), (c.group(2).lower(),))


def _nicknames_to_all(people: People, doc: Doc) -> None:
    """`Petty Officer Danny Osei-Bramwell had his boots up… He was Bram to everyone`: the
    last person of that gender named before, in the paragraph, is also Bram (see
    People.nickname, _NICK_TO_ALL), unless Bram is the name of somebody else (a full name's
    own nickname right after it is _CALLED_AFTER's: `Orrin Mabry had been called Shorty`)."""
    for pattern in _NICK_TO_ALL:
        for c in pattern.finditer(doc.text):
            gender = GENDERED_PRONOUNS[c.group(1).lower()]
            if doc.in_quote(c.start()) or doc.page.role_word(c.group(2).lower()):
                continue
            lo = doc.bounds[bisect.bisect_right(doc.block_starts, c.start()) - 1][0]
            named = [m for m in people.before(c.start()) if m.pos >= lo and not (
                people.entities[m.key].organisation) and people.compatible(m.key, gender)]
            if named:  # nearest first
                people.nickname(people.current(named[0].key), c.group(2))


_REAL_NAME = re.compile(
    r"\b(?:His|Her|his|her) (?:real |full |proper |given )?name(?: on the [a-z]+)? was "
    r"((?:[A-Z][\w’'.-]* +){0,3}[A-Z][\w’'-]*)")
"""The name the narration gives after a nickname (`Everybody in the village called him Dod,
though his name on the door was George Ritchie`; see _nicknames_told)."""


def _nicknamed_unnamed(people: People, doc: Doc, c: re.Match[str], block: int) -> None:
    """`There was a woman who came in near the end… The crew called her the Contessa`, with
    nobody of her gender named in that paragraph or the one before: she is somebody new, known
    as the Contessa, and her she's are hers, not the last person whose gender the text has
    not told (see _nicknames_told)."""
    gender = GENDERED_PRONOUNS[c.group(1)]
    word = c.group(3)
    before = doc.bounds[block - 1][0] if block else doc.bounds[block][0]
    if c.group(2) != "the " or " " in word or doc.page.role_word(word.lower()) or any(
            people.compatible(m.key, gender) and not people.entities[m.key].organisation
            for m in people.between(before, c.start())):
        return
    e = people.add(Mention("name", word, c.start(3), c.end(3), (word,), ("the",), gender),
                   c.start(3))
    e.vote(gender)
    later = re.compile(rf"\b[Tt]he ({re.escape(word)})\b").finditer(doc.text, c.end(3))
    for at in [c.start(3), *(t.start(1) for t in later)]:
        if at == c.start(3) or not doc.in_quote(at):  # `It was the Contessa, without her…`
            opens = doc.sentence_of(bisect.bisect_right(doc.block_starts, at) - 1, at)
            people.mention(at, e.key, opens, SUBJECT_RANK if at == c.start(3) or (
                at - 4 == opens) else 0)


def _known_as_after_aside(people: People, doc: Doc) -> None:
    """A sentence that opens with a full name and, after an aside about them, says what they
    are known as (`Teodoro Ccama, 56, who has worked at Santa Filomena for eleven years and
    is known to everyone at the mine as Don Teo, was on the same night shift`; `Lucille
    Ferraro, who ran the Starlite… and was known to two generations of truckers… as Mama
    Lou, died`; `stood Margery Fitch-Holloway, chair of the show committee and known to the
    entire village, though never to her face, as “the Duchess.”`): the nickname is theirs
    (one word, see People.nickname; two, see _known_by). _CALLED_AFTER reads the nickname
    set off right after the name."""
    for g in _KNOWN_AS_AFTER.finditer(doc.text):
        key = people.person_in(g.start("who"), g.end("who"))
        if key is None or doc.in_quote(g.start()) or " " not in people.canonical(key):
            continue
        if " " in g.group("nick"):
            _known_by(people, doc.text, key, g.start("nick"), g.end("nick"))
        else:
            people.nickname(key, g.group("nick"))


_KNOWN_AS_AFTER = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=[a-z] ))(?P<who>(?:[A-Z][\w’'-]+ ){1,2}"
    r"[A-Z][\w’'-]+)(?:, \d{1,3})?, (?:[^.;:!?“”\"]{1,160}? and )?(?:(?:who )?(?:is|was|has "
    r"been|had been) |(?<= and ))(?:better |also |universally |locally |affectionately )?"
    r"known (?:to [^.;:!?“”\"]{1,90}? )?as [“\"]?(?:the )?[“\"]?"
    r"(?P<nick>[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)[,.]?[”\"]?(?=[,.;]| [a-z]|$)", re.MULTILINE)
"""A full name at a sentence's opening or after a lower-case word (`stood Margery
Fitch-Holloway,`), an aside and what they are known as (see _known_as_after_aside)."""


def _aliases_given(people: People, doc: Doc) -> None:
    """A stage name given after a name (`Callum Birch, a soft-spoken Glaswegian who records
    as Halfmoon`, `Ines Carvalho — who performs simply as Verse`, `Odu is better known as
    Kilo Sable`): whoever the text knows by the stage name is the last person its sentence
    named before it."""
    for a in _ALIAS_GIVEN.finditer(doc.text):
        opens = doc.sentence_of(bisect.bisect_right(doc.block_starts, a.start()) - 1, a.start())
        named = [m for m in people.between(max(opens, a.start() - 120), a.start())
                 if not people.entities[m.key].organisation]
        if not named or doc.in_quote(a.start()) or (a.group().startswith(("is ", "was ")) and (
                not _JUST_A_NAME.fullmatch(doc.text, named[-1].pos, a.start()))):
            continue  # `Odu is better known as`, but not `Rusk's law is known as`
        key = people.current(named[-1].key)
        if " " in a.group(1) or people.between(a.start(1), a.end(1)):
            _known_by(people, doc.text, key, a.start(1), a.end(1))
        else:
            people.nickname(key, a.group(1))


_ALIAS_GIVEN = re.compile(
    r"\b(?:(?:is|was) (?:better |also |best |now )?known as|(?:performs|performed|records"
    r"|recorded|raps|rapped|sings|sang|wrestles|wrestled|goes|went) (?:simply |professionally"
    r" |now |only )?(?:as|by)) [“\"]?((?:[A-Z][\w’'-]* ){0,2}[A-Z][\w’'-]*)")
"""A stage name given to somebody (see _aliases_given)."""
_JUST_A_NAME = re.compile(r"(?:[A-Z][\w’'.-]* )+")
"""A name and the space after it, nothing else (see _aliases_given)."""


def _known_by(people: People, text: str, key: int, lo: int, hi: int) -> None:
    """A nickname of two words (`they called him Big Bert`): whoever the text knows only by
    those words so far (`“Bert!”`, `Big Bert`) is the person it is given to (see
    _nicknames_told)."""
    words = set(re.findall(r"[\w’'-]+", text[lo:hi].lower()))
    for m in people.between(lo, hi):
        src = people.current(m.key)
        e = people.entities[src]
        if src != key and not e.organisation and all(
                set(f.lower().split()) <= words for f in e.forms):
            people.merge(src, key)


_NICK_DASH_NAME = re.compile(
    r"(?:^|(?<=[.!?] ))([A-Z][a-z’'-]+) ?[—–] ?((?:[A-Z][\w’'.-]* +){1,3}[A-Z][\w’'-]*),",
    re.MULTILINE)
"""A word a sentence opens with, a dash and a whole name (a journal's `Tiny—John Marchant,
A.B., six feet four of him—came to me after breakfast`; see _nickname_dashed)."""


def _nickname_dashed(people: People, doc: Doc) -> None:
    """A story's sentence that opens with one word, a dash and the whole name of a person
    (`Tiny—John Marchant, A.B., six feet four of him—came to me`): the word is what the
    story calls them (`roared Tiny`), unless it is a place, a title or a role, or somebody
    else's name."""
    if not doc.dialogue:
        return
    for g in _NICK_DASH_NAME.finditer(doc.text):
        word = g.group(1).lower()
        full = [m.key for m in people.between(g.start(2), g.end(2))
                if not people.entities[m.key].organisation]
        if not full or doc.in_quote(g.start()) or word in PLACES or word in TITLES or (
                doc.page.role_word(word) or people.by_first.get(word)):
            continue
        people.nickname(people.current(full[0]), g.group(1))


def _real_name(people: People, g: re.Match[str], k: int) -> list[int]:
    """The person a nickname is said to be really called, brought in under that name when
    the text names them nowhere else (`Mouse was really called Imogen`: see
    _nicknames_told); none when the name holds a title (then it is named elsewhere)."""
    words = tuple(g.group(k).split())
    if any(w.rstrip(".").lower() in TITLES for w in words):
        return []
    m = Mention("name", g.group(k), g.start(k), g.end(k), words)
    return [people.add(m, g.start(k)).key]


_NICKNAME_IS_NAME = re.compile(
    r"(?:^|(?<=[.!?] ))([A-Z][a-z’'-]+) (?:was|is) ((?:[A-Z][\w’'.-]* +){1,4}[A-Z][\w’'-]*)"
    r"(?=[,.;])"
    r"|(?:^|(?<=[.!?] ))([A-Z][a-z’'-]+)(?:’s|'s) (?:real|full|proper) name (?:was|is) "
    r"((?:[A-Z][\w’'.-]* +){0,4}[A-Z][\w’'-]*)(?=[,.;])"
    r"|\b([A-Z][a-z’'-]+),? [—–] whose (?:real|full|proper) "
    r"name(?:, [\w ’'-]{1,30},)? (?:was|is) ((?:[A-Z][\w’'.-]* +){0,4}[A-Z][\w’'-]*)(?=[,.;]| [—–])"
    r"|\b([A-Z][a-z’'-]+)(?: (?:was|is)| [—–] who (?:was|is)) really (?:called |named )?"
    r"((?:[A-Z][\w’'.-]* +){0,4}[A-Z][\w’'-]*)(?=[,.;]| [—–]| from\b)", re.MULTILINE)
"""A one-word name said to be somebody's full name (`Doc was Specialist Four Eddie Marsh,
the platoon medic`, `Toast’s real name was Tobias Ashby,`, `Mouse was really called Imogen,`,
`Baloo — who was really Mr Okoro from the chip shop —`, `Doc — whose real name, it turned out,
was Lyle Ames,`; see _nicknames_told)."""


def _kin_names_told(people: People, doc: Doc) -> None:
    """`My mother — Lupita to her sisters, Guadalupe to the IRS, Mami to me and my brother —`:
    the names a dash aside gives the teller's kin, each what somebody calls her, are one
    person, named by the longest that is no family word (Guadalupe; `my mother said` finds
    her, see resolve._kin_apposition)."""
    for g in _KIN_NAMES_TOLD.finditer(doc.text):
        if doc.in_quote(g.start()):
            continue
        names = list(_NAME_TO.finditer(doc.text, g.start(2), g.end(2)))
        keys = []
        for n in names:
            keys.append(people.current(_named_there(people, doc, n.group(1), n.start(1), 0).key))
        own = [k for n, k in zip(names, keys, strict=True)
               if n.group(1).lower() not in FAMILY_NAMES | HOME_WORDS]
        if not own:
            continue
        main = max(own, key=lambda k: len(people.canonical(k)))
        for k in keys:
            if people.current(k) != main:
                people.merge(people.current(k), main)
        people.entities[main].vote(HONORIFIC_GENDER[g.group(1)], 2)


def _named_there(people: People, doc: Doc, name: str, at: int, rank: int) -> Entity:
    """A name a pattern of the entity scan found at `at`, brought in as a person named
    there with that rank (SUBJECT_RANK for a sentence's subject), so that a he or she after
    it may mean them (see _kin_names_told, _names_given_as)."""
    e = people.add(Mention("name", name, at, at + len(name), tuple(name.split())), at)
    people.mention(at, e.key, doc.sentence_of(bisect.bisect_right(
        doc.block_starts, at) - 1, at), rank)
    return e


_KIN_NAMES_TOLD = re.compile(
    r"\b[Mm]y (mother|father|grandmother|grandfather|aunt|uncle|sister|brother|grandma"
    r"|grandpa) ?[—–] ?((?:[A-Z][\w’'-]+ to [^,—–.]+, ?)+(?:and )?[A-Z][\w’'-]+ to [^,—–.]+)"
    r" ?[—–]")
"""The teller's kin and, in a dash aside, what two people or more call them (see
_kin_names_told)."""
_NAME_TO = re.compile(r"(?:(?<=[—–])|(?<=[—–] )|(?<=, )|(?<=and ))([A-Z][\w’'-]+) to ")
"""One name in _KIN_NAMES_TOLD's list."""


def _whole_names_called(people: People, doc: Doc) -> None:
    """A story's line that opens by calling somebody by a whole name (`“Theodore Lowe. What
    is that on your chin?”`) whose first name is the long form of the one name of one
    person (`Theo`, see short_form), or of the first name of one person of that surname
    (`Toby Fenn`, `“Tobias Fenn, if you have moved that foot…”`): that person's whole name,
    one voice for both. Not a whole name somebody else goes by."""
    if not doc.dialogue:
        return
    for q in doc.quotes:
        found = WHOLE_NAME_CALL.match(doc.text, q.start, q.end)
        if found is None:
            continue
        toks = tokenize(doc.text, found.start(1), found.end(1))
        m = whole_name(toks, 0, len(toks), doc.page)
        if m is None or m.kind != "name" or len(m.name) < 2:
            continue
        first, last = m.name[0].lower(), m.name[-1].lower()
        fits = [e for e in people.entities if people.current(e.key) == e.key and e.last and not (
            e.organisation or e.kin or e.teller) and (short_form(e.last, first) if not e.first
                                                       else e.last == last and short_form(
                                                           e.first, first))]
        known = people.find(m, q.start)
        if len(fits) == 1 and known in (None, fits[0]):
            added = people.add(m, found.start(1))  # found already (`Theodore` agrees with
            if added.key != fits[0].key:  # `Theo`), the whole name is one of Theo's forms
                people.merge(fits[0].key, added.key)


def _short_names_joined(people: People, doc: Doc) -> None:
    """A story's person known by one word that is a short or pet form (see short_form) of
    the first name of exactly one person named whole (`Soph`, who spoke before `Sophie
    Kettering` was named; People._short_for joins them when the whole name comes first), or a
    pet form of the surname (`Michael Sullivan watched him` / `“…,” Sully said`; see
    surname_pet): one person, one voice. Not where the genders the text gives them differ."""
    if not doc.dialogue:
        return
    for e in people.entities:
        word = e.last.lower()
        if people.current(e.key) != e.key or e.first or not word or "." in word or (
                e.organisation or e.kin or e.teller or e.wife or e.honorific or e.titles):
            continue
        fits = [f for f in people.entities if people.current(f.key) == f.key and (
            f.key != e.key and f.first and f.last and (short_form(word, f.first) or (
                surname_pet(word, f.last)))) and not (
                f.organisation or f.kin or f.teller or f.wife)]
        if len(fits) == 1 and {e.gender, fits[0].gender} != {"male", "female"}:
            people.merge(e.key, fits[0].key)


def _names_given_as(people: People, doc: Doc) -> None:
    """`A retired teacher from Lowestoft, who gave her name only as Margaret, said she had
    been a child…`: the name is somebody's, the sentence's subject, of the gender the words
    tell, so that a `she said` after it means her (not the town; see resolve.GAVE_NAME)."""
    for who in _WHO_WORD.finditer(doc.text):
        g = GAVE_NAME.match(doc.text, who.start())
        at = g.start("name") if g is not None else 0
        if g is None or doc.in_quote(at) or not g["own"]:
            continue  # (`who posts under the name LanternGirl` is found when a cue needs it)
        keys = [m.key for m in people.between(at, g.end("name"))]
        e = people.entities[people.current(keys[0])] if keys else _named_there(
            people, doc, g["name"], at, SUBJECT_RANK)
        if not e.organisation:
            e.vote(GENDERED_PRONOUNS[g["own"]], 2)


_WHO_WORD = re.compile(r"\bwho\b")
"""Where GAVE_NAME may match (see _names_given_as)."""


def _role_was_name(people: People, doc: Doc) -> None:
    """`The poet was Lucius Arrius Macer, who had written…`, `It was the general — Stepan
    Kirillovich Obolyaninov`: a sentence of narration that says who holds a role names them
    by it (`said the poet` is Macer, `said the general` Obolyaninov, `said the Professor`
    Anand Rao after `The Professor — Anand Rao, who…`); so does a sentence
    that names the one the sentence before brought in by a role (`They brought the
    Spaniard’s servant up from the lower ward… He was a small, neat man named Diego
    Alarcón`: `The servant turned` is Diego), and a role set off with `a Mr.` and a name
    (`the vicar, a Mr. Penhallow,`), or a post written as a name, the next sentence opening
    with who holds it (`This time it was Madame.` / `Thérèse Aubert had been…`)."""
    for g in _ROLE_WAS.finditer(doc.text):
        holder = people.person_in(g.start(5), g.end(5))
        role = (g.group(1) or g.group(2) or g.group(3) or g.group(4)).lower()
        if holder is not None and not doc.in_quote(g.start()) and (
                not (g.group(3) or g.group(4)) or role in ROLE_NOUNS or role in TITLES):
            people.describe(holder, [role])
    for g in _NAME_WAS_ROLE.finditer(doc.text):
        holder = people.person_in(g.start(1), g.end(1))
        role = g.group(2)
        if holder is not None and not doc.in_quote(g.start()) and (
                role in ROLE_NOUNS or role in TITLES or role in STORY_ROLES):
            people.describe(holder, [role])  # `His name was Mortimer, and he had been judge
            # of Ashcombe`: `said the judge` is Mortimer
    for g in _IT_WAS_POST.finditer(doc.text):
        holder = people.person_in(g.start(2), g.end(2))
        post = g.group(1).lower()
        if holder is not None and not doc.in_quote(g.start()) and (
                post in TITLES or post in ROLE_NOUNS):
            people.describe(holder, [post])  # `This time it was Madame.` /
            # `Thérèse Aubert had been the company’s ballet mistress…`
    for g in _ROLE_A_MR.finditer(doc.text):
        holder = people.person_in(g.start(2), g.end(2))
        if holder is not None and not doc.in_quote(g.start()) and doc.page.role_word(
                g.group(1)):
            people.describe(holder, [g.group(1)])  # `the vicar, a Mr.
            # Penhallow, whom I had met at dinner`
    for g in _MAN_NAMED.finditer(doc.text):
        named = [m.key for m in people.between(g.start(1), g.end(1))
                 if not people.entities[m.key].organisation]
        before = doc.text[max(doc.text.rfind(".", 0, g.start() - 2) + 1, g.start() - 300) :
                          g.start()]
        roles = [r.group(1) for r in _ROLE_BROUGHT_IN.finditer(before)
                 if r.group(1) in ROLE_NOUNS]
        if named and len(roles) == 1 and not doc.in_quote(g.start()):
            people.describe(people.current(named[0]), roles)


_ROLE_WAS = re.compile(
    r"(?:^|(?<=[.!?] ))(?:The ([a-z]+) (?:was|is) |It (?:was|is) the ([a-z]+) ?[—–] ?"
    r"|The ([A-Z][a-z]+) [—–] |The ([A-Za-z][a-z]+)(?:’s|'s) (?:real )?name (?:was|is) )"
    r"((?:[A-Z][\w’'.-]* +){1,4}[A-Z][\w’'-]*)(?=[,.;]| who\b| ?[—–])", re.MULTILINE)
"""A role and the name of the one who holds it (`The poet was Lucius Arrius Macer,`, `It was
the general — Stepan Kirillovich Obolyaninov, a tall, stooped man…`, a post written as a
name: `The Professor — Anand Rao, who had taught…`, `The Professor’s name was Leonard Fisk.`;
see _role_was_name)."""
_NAME_WAS_ROLE = re.compile(
    r"(?:^|(?<=[.!?] ))(?:(?:His|Her) name was )?((?:[A-Z][\w’'-]+ ){0,2}[A-Z][\w’'-]+)"
    r"(?:,? and (?:he|she))? (?:was|had been|has been|is) (?:the )?([a-z]+)(?= of\b| to\b|[,.;])",
    re.MULTILINE)
"""A name and, in its own sentence, the post its bearer holds (`His name was Mortimer, and he
had been judge of Ashcombe…`, `Hesper was the chair of the council.`; see _role_was_name)."""
_IT_WAS_POST = re.compile(
    r"\b[Ii]t was (?:the )?([A-Z][a-z]+)\.\s+((?:[A-Z][\w’'-]+ ){1,2}[A-Z][\w’'-]+) (?:had|has|was"
    r"|is)\b")
"""Somebody come in, known by a post written as a name, and the next sentence, which opens with
the full name of the one who holds it (see _role_was_name)."""
_ROLE_A_MR = re.compile(r"\b[Tt]he ([a-z]+), an? ((?:Mr|Mrs|Miss|Ms|Dr)\.? [A-Z][\w’'-]+)")
"""A role and, set off after it, the person who holds it, named by an honorific (`the vicar, a
Mr. Penhallow,`; see _role_was_name)."""
_MAN_NAMED = re.compile(
    r"(?<=[.!?] )(?:He|She) was an? (?:(?!(?:of|with|to|for|and|by|from|who|whose|in|on|at)\b)"
    r"[\w’'-]+,? ){1,5}?(?:named|called) ((?:[A-Z][\w’'-]+ ){0,2}[A-Z][\w’'-]+)")
"""A sentence that names somebody brought in just before (`He was a small, neat man named
Diego Alarcón`, `said the woman to my left. She was an ICU nurse named Bernadette Sallis`;
see _role_was_name)."""
_ROLE_BROUGHT_IN = re.compile(r"\b(?:[Tt]he|[Aa]n?|[A-Z][\w-]*[’']s) ([a-z]+)\b")
"""A word after `the`, `a` or an owner, maybe a role (see _role_was_name)."""


def _who_was_to(people: People, doc: Doc) -> None:
    """A name and an aside that says what others call them. After a name in full, each
    one-word name the aside gives is theirs (`Lim Bee Hoon—who had been Madam Lim to the
    market for forty years and Ah-Ma to everyone else—`: `said Ah-Ma` is Lim Bee Hoon; see
    People.nickname). After one word (`Ammi, who was Rukhsana to Aunty Nighat next door`),
    the word the narration uses and the name somebody else uses are one person, named by the
    name (brought in here if the text gives it nowhere else); `Harold, who was Harry to his
    friends` keeps a first name the tables know, a family word after `was` (`Maggie, who was
    Mum to us`) stays a nickname, and a title (`Jenkins, who was Secretary to the Board`) is
    no name at all."""
    for g in _WHO_WAS.finditer(doc.text):
        subject = [m.key for m in people.between(g.start(1), g.end(1))
                   if not people.entities[m.key].organisation]
        if not subject or doc.in_quote(g.start()):
            continue
        key = people.current(subject[0])
        if " " in g.group(1):
            for c in _CALLED_TO.finditer(doc.text, g.start(3), g.end(3)):
                if " " not in c.group(1) and c.group(1).lower() not in TITLES:
                    people.nickname(people.current(key), c.group(1))
            continue
        called = _ONE_CALLED_TO.match(doc.text, g.start(3))
        if called is None or g.group(2) != ", " or called.group(1).lower() in TITLES:
            continue
        if first_name_gender(g.group(1).lower()) != "unknown" or (
                called.group(1).lower() in FAMILY_NAMES | HOME_WORDS):
            people.nickname(key, called.group(1))
            continue
        named = [m.key for m in people.between(called.start(1), called.end(1))
                 if not people.entities[m.key].organisation]
        brought = [people.current(named[0])] if named else _real_name(people, called, 1)
        if brought and brought[0] != key and not people.entities[key].first:
            people.merge(key, brought[0])


def _name_on_paper(people: People, doc: Doc) -> None:
    """`Spoons — Marcus Hale on his payslip, Spoons to everyone else —`: a one-word name and,
    set off by a dash, the full name some paper or somebody knows the person by, the word
    said again in the aside as what others call them: one person, named in full (see
    People.nickname; the family words' own case is resolve.name_family_words). Not `Arsenal
    — Mikel Arteta on the touchline —`, where nothing says the club is what he is called.
    The other order too: `Walter Pruitt on the license, Pop to everybody…`."""
    for found in _NAME_ON_PAPER.finditer(doc.text):
        word = found.group(1)
        aside = doc.text[found.end(2) : found.end(2) + 200].split("\n", 1)[0]
        if doc.in_quote(found.start()) or word.lower() in NOT_NAMES or (
                word.lower() in TITLES) or not re.search(rf"\b{word} to\b", aside):
            continue
        named = [m.key for m in people.between(found.start(2), found.end(2))
                 if not people.entities[m.key].organisation]
        e = people.entities[people.current(named[0])] if named else _named_there(
            people, doc, found.group(2), found.start(2), 0)
        if " " in people.canonical(e.key) and not e.organisation:
            people.nickname(e.key, word)
    for found in _PAPER_THEN_WORD.finditer(doc.text):
        holder = people.person_in(*found.span(1))
        word = found.group(2)
        if holder is not None and not doc.in_quote(found.start()) and (
                word.lower() not in NOT_NAMES) and word.lower() not in TITLES:
            people.nickname(holder, word)  # `Walter Pruitt on the
            # license, Pop to everybody who ever bled in his gym`


_PAPER_THEN_WORD = re.compile(
    r"\b((?:[A-Z][\w’'-]+ ){1,2}[A-Z][\w’'-]+) (?:on|in) (?:his|her|their|the) [a-z]+, "
    r"([A-Z][a-z]+) to (?:everybody|everyone|all|his|her|their|the|most|anybody|anyone)\b")
"""A full name on some paper, then the one word others call the person (see
_name_on_paper)."""
_NAME_ON_PAPER = re.compile(
    r"\b([A-Z][a-z]+) ?[—–] ?((?:[A-Z][\w’'-]+ ){1,2}[A-Z][\w’'-]+) (?:on|to|in) (?:his|her"
    r"|their|the) [a-z]")
"""A one-word name, a dash and a full name that somebody or some paper uses (see
_name_on_paper)."""


def _name_revealed(people: People, doc: Doc) -> None:
    """A story's person known so far by one word (a nickname, a post written as a name) and
    a sentence that gives their full name through a he/she or a `whose`: `Tiny is six foot
    five…, and his mother named him Bertram Moss`, `Pickles was the eldest… His mother had
    christened him Walter Dunn`, `Doc turned the volume knob down. She is a small woman,
    Alma Reyes, with…`, `the Lady Fatima, …, whose name was really Maggie Doyle`: one
    person, named in full (see People.nickname). A post written as a name holds the post
    (`Coach sat on an overturned milk crate… Leon Marsh, his name was`, `“So we walk half,”
    the Kid said. He was fifteen, Danny Ocampo,`). The one-word person is the subject of the
    sentence, or of the one before when the sentence opens with the pronoun or the name
    (`“Parking,” said Doc. His name was Leonard Abernathy, though…`)."""
    if not doc.dialogue:
        return
    for g in _NAME_REVEALED.finditer(doc.text):
        name = next(n for n in ("a", "b", "c", "d", "e") if g.group(n))
        full = g.span(name)
        at = g.start()
        if doc.in_quote(at):
            continue
        block = bisect.bisect_right(doc.block_starts, at) - 1
        opens = doc.sentence_of(block, at)
        if name == "d" or (opens < at and doc.text[opens:at].strip(OPENING_MARKS + " ")):
            lo = opens  # `Tiny is six foot five…, and his mother named him`
        elif opens > doc.bounds[block][0]:
            lo, at = doc.sentence_of(block, opens - 1), opens
        else:
            continue
        one = _one_word_subject(people, doc, lo, at)
        key = people.person_in(*full)
        if key is None:
            continue
        if one is None:
            post = _post_opening(doc, lo, at)
            if post:
                people.describe(key, [post])  # `Coach sat on…`, `“…,” the Kid said.`
            continue
        pro = (g.group("pro") or g.group("pro2") or g.group("pro3") or "").lower()
        e, gender = people.entities[one], GENDERED_PRONOUNS.get(pro, "unknown")
        if key != one and " " in people.canonical(key) and people.compatible(one, gender):
            people.nickname(key, e.last)


def _was_nickname(people: People, doc: Doc) -> None:
    """A story's sentence that opens with somebody named in full and the next, which says
    what he or she was called (`Stephen Miller was leaning in the hatchway… He was Dusty,
    of course; every Miller in the Navy was Dusty`): the one word is their
    nickname (see People.nickname). Not a word the text also writes in lower case, nor a
    people's or a place's (`She was English.`), nor a title (`He was Captain.`)."""
    if not doc.dialogue:
        return
    for g in _WAS_NICKNAME.finditer(doc.text):
        nick = g.group("nick")
        low = nick.lower()
        if doc.in_quote(g.start()) or any(low in words for words in (
                NOT_NAMES, PLACES, TITLES, DEMONYMS)) or re.search(rf"\b{low}\b", doc.text):
            continue
        block = bisect.bisect_right(doc.block_starts, g.start()) - 1
        opens = doc.sentence_of(block, g.start())
        if opens <= doc.bounds[block][0]:
            continue
        lo = doc.sentence_of(block, opens - 1)
        first = next((m for m in people.between(lo, opens) if not doc.in_quote(m.pos)), None)
        if first is None or not _TITLES_ONLY.fullmatch(doc.text[lo : first.pos]):
            continue
        key = people.current(first.key)
        e = people.entities[key]
        if e.first and e.last and not e.organisation and people.compatible(
                key, GENDERED_PRONOUNS[g.group("pro").lower()]):
            people.nickname(key, nick)


_WAS_NICKNAME = re.compile(r"(?:^|(?<=[.!?] ))(?P<pro>He|She) was (?P<nick>[A-Z][a-z’'-]+)"
                           r"(?=[,;:.—])", re.MULTILINE)
"""`He was Dusty, of course;`: what the person named before was called (see
_was_nickname)."""
_TITLES_ONLY = re.compile(r"\s*(?:[A-Z][\w’'.-]* )*")
"""Capitalised words only (`Able Seaman `), or nothing: what may stand before a sentence's
subject's name."""


def _pair_called(people: People, doc: Doc) -> None:
    """`Jon Okafor was the tall one and Leah Simms the one who did the jokes, though
    everybody at home called them Jonno and Leah`: the two names, in order, are what the two
    people the sentence named before are called (see People.nickname)."""
    for g in _PAIR_CALLED.finditer(doc.text):
        if doc.in_quote(g.start()):
            continue
        block = bisect.bisect_right(doc.block_starts, g.start()) - 1
        keys: list[int] = []
        for m in people.between(doc.sentence_of(block, g.start()), g.start()):
            key = people.current(m.key)
            if key not in keys and not people.entities[key].organisation:
                keys.append(key)
        if len(keys) == 2 and all(" " in people.canonical(k) for k in keys):
            people.nickname(keys[0], g.group(1))
            people.nickname(keys[1], g.group(2))


_PAIR_CALLED = re.compile(r"\b(?:called|call|calls) them ([A-Z][a-z’'-]+) and ([A-Z][a-z’'-]+)\b")
"""Two names given to the two people named before (see _pair_called)."""


def _succeeded_as(people: People, doc: Doc) -> None:
    """`Tom Ancrum — he had just succeeded as Lord Lowick —`: whoever the text calls by the
    title's name (`said Lowick`) is the person named before the aside."""
    for g in _SUCCEEDED_AS.finditer(doc.text):
        key = people.person_in(*g.span(1))
        if key is None or doc.in_quote(g.start()) or g.group(2).lower() in NOT_NAMES:
            continue
        for k in people.by_last.get(g.group(2).lower(), []):
            e = people.entities[people.current(k)]
            if e.key != key and not e.first and not e.organisation:
                people.merge(e.key, key)  # (not `Lowick Hall`, a place named after it)


_SUCCEEDED_AS = re.compile(
    r"\b((?:[A-Z][\w’'-]+ ){1,2}[A-Z][\w’'-]+) ?[—–,] ?(?:he|she) had (?:just |lately |recently )?"
    r"(?:succeeded|been made|been created|become) (?:as )?(?:Lord|Lady|Earl|Viscount|Baron"
    r"|Baroness|Duke|Duchess|Countess) ([A-Z][\w’'-]+)\b")
"""A name and an aside that gives the peerage the person now holds (see _succeeded_as)."""


def _one_word_subject(people: People, doc: Doc, lo: int, hi: int) -> int | None:
    """The person named at the opening of the sentence at lo, before hi, when the story
    knows them by one word only (`Doc turned…`, `“…,” the Kid said.`, `“…,” said Doc.`, `So
    the Lady Fatima,`; see _name_revealed), else None (not `Coach sat in front of Jerome.`:
    Jerome)."""
    first = next((m for m in people.between(lo, hi) if not doc.in_quote(m.pos)), None)
    if first is None:
        return None
    before = doc.text[_past_line(doc.text, lo, first.pos) : first.pos]
    if set(re.findall(r"[\w’']+", before.lower())) - _OPENING_WORDS:
        return None
    e = people.entities[people.current(first.key)]
    return e.key if not e.first and not e.organisation and e.last and " " not in e.last else None


def _past_line(text: str, lo: int, hi: int) -> int:
    """Where text[lo:hi] goes on after the line it opens with (`“So we walk half,” the Kid
    said.`: at `, the Kid`), or lo when it opens with none (see _one_word_subject,
    _post_opening)."""
    if not text[lo:hi].lstrip().startswith(("“", '"')):
        return lo
    return max(text.rfind("”", lo, hi), text.rfind('"', lo, hi), lo - 1) + 1


_OPENING_WORDS = frozenset({"so", "the", "then", "and", "but", "now", "said", "asked", "says"})
"""Words a sentence may open with before its subject, a line's inverted tag's verb among them
(`“Parking,” said Doc.`; see _one_word_subject)."""
_FULL = r"(?:[A-Z][\w’'-]+ ){1,2}[A-Z][\w’'-]+"
_NAME_REVEALED = re.compile(
    r"\b[Hh](?:is|er) (?:mother|father|parents|mum|mam|ma|mom|dad|da|pa) (?:had )?(?:christened"
    r"|named|called) (?P<pro>him|her) (?P<a>" + _FULL + r")\b(?! [A-Z])"
    r"|(?:^|(?<=[.!?] ))(?P<pro2>He|She) (?:is|was) (?:[a-z][a-z’'-]* ){0,4}[a-z][a-z’'-]*, "
    r"(?P<b>" + _FULL + r"),"
    r"|(?:^|(?<=[.!?] ))(?P<c>" + _FULL + r"), (?:his|her) name was\b"
    r"|\bwhose (?:real )?name was (?:really )?(?P<d>" + _FULL + r")\b(?! [A-Z])"
    r"|(?:^|(?<=[.!?] ))(?P<pro3>His|Her) (?:real |full |proper |given )?name (?:was|is) "
    r"(?P<e>" + _FULL + r")\b(?! [A-Z])", re.MULTILINE)
"""A sentence that names somebody known so far by one word (see _name_revealed)."""
_RANK_OPENING = re.compile(r"\s*(?:[Tt]he )?([A-Z][a-z]+) (?:[a-z]+ed|sat|stood|was|had|took|put"
                           r"|held|said)\b")
"""A sentence that opens with a post written as a name and its verb (`Coach sat on…`, `the
Kid said`; see _post_opening)."""


def _post_opening(doc: Doc, lo: int, hi: int) -> str:
    """The post, written as a name, that the sentence at lo opens with as its subject, past
    a line it may open with (`Coach sat on…`, `“So we walk half,” the Kid said.`), or ""."""
    start = _past_line(doc.text, lo, hi)
    if doc.text[lo:hi].lstrip().startswith(("“", '"')):
        start += len(doc.text[start:hi]) - len(doc.text[start:hi].lstrip(" ,"))
    rank = _RANK_OPENING.match(doc.text, start, hi)
    word = rank.group(1).lower() if rank is not None else ""
    return word if word in ROLE_NOUNS or word in TITLES else ""


def _family_word_answered(people: People, doc: Doc) -> None:
    """A story's two paragraphs in a row that open with a line, one of them named by a cue
    or a beat right after it (`“You're late,” Watanabe Haruko said`) and the other a bare
    line calling somebody by a family word (`“I stopped at the konbini, Obaachan.”`; or the
    call first: `“Halmeoni, you can't eat rice from home.”` / `“I don't want to eat it.” Yoon
    Soon-ja turned her head`): the one answered is the one called, so the word is what the
    story calls them (see People.nickname: not when it already names somebody else)."""
    if not doc.dialogue:
        return
    first = {}
    for q in doc.quotes:
        if q.block not in first and q.start == doc.bounds[q.block][0]:
            first[q.block] = q
    for block, q in first.items():
        nxt = first.get(block + 1)
        if nxt is None:
            continue
        for named_q, bare_q in ((q, nxt), (nxt, q)):
            word = _family_call(doc, bare_q)
            who = _NAMED_AFTER_LINE.match(doc.text, named_q.end)
            if not word or who is None or len(doc.by_block.get(bare_q.block, ())) != 1 or (
                    doc.bounds[bare_q.block][1] - bare_q.end > 2):
                continue
            keys = [m.key for m in people.between(who.start(1), who.end(1))]
            e = people.entities[people.current(keys[0])] if keys else None
            if e is not None and e.first and not e.organisation:
                people.nickname(e.key, word)


def _family_call(doc: Doc, q: Quote) -> str:
    """The family word a line calls somebody by, opening it or closing a sentence of it
    (`“Halmeoni, you…`, `…the konbini, Obaachan.”`), or ""."""
    inner = doc.text[q.start : q.end].strip("“”\"")
    found = _CALL_OPENS.match(inner) or _CALL_CLOSES.search(inner)
    word = found.group(1) if found else ""
    return word if word.lower() in FAMILY_NAMES | HOME_WORDS else ""


_CALL_OPENS = re.compile(r"([A-Z][\w’'-]+), ")
"""A word a line opens by calling somebody (see _family_call)."""
_CALL_CLOSES = re.compile(r", ([A-Z][\w’'-]+)[.!?](?= |$)")
"""A word a line ends a sentence by calling somebody (`…the konbini, Obaachan.”`, `“It
does, Grandpa. It's the same words.”`; see _family_call)."""
_NAMED_AFTER_LINE = re.compile(r" +((?:[A-Z][\w’'-]+ ){1,2}[A-Z][\w’'-]+) [a-z]")
"""A name of two or three words right after a line, then the verb of its cue or beat."""


_WHO_WAS = re.compile(
    r"\b((?:[A-Z][\w’'-]+ ){0,3}[A-Z][\w’'-]+)(, | ?[—–] ?)who (?:was|is|had been|has been"
    r"|had always been) ([^—–.;“”]{1,120})")
"""A name and an aside that says what people call them (see _who_was_to)."""
_CALLED_TO = re.compile(r"\b([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?) to\b")
"""One name in such an aside, and `to` (see _who_was_to)."""
_ONE_CALLED_TO = re.compile(
    r"([A-Z][a-z’'-]+) to (?:(?:me|us|him|her|them|everyone|everybody|all|his|their|my|our|the)"
    r"\b|[A-Z])")
"""The one word an aside opens with, said to be what somebody calls the one-word name before
it (`Ammi, who was Rukhsana to Aunty Nighat`; see _who_was_to)."""


_WORD_TO_OTHERS = re.compile(
    r"\b(?:([Ss]he|[Hh]e)|((?:[A-Z][\w’'-]+ ){0,2}[A-Z][\w’'-]+)) (?:(?:is|was|has always been"
    r"|had always been) ([A-Z][a-z]+) to (?:me|us|everyone|everybody|all|most|her|his|their|the)"
    r"\b|(?:had|has) (?:always )?been ([A-Z][a-z]+) (?:since|ever since|for years)\b)")
"""A person, named or `she`, and a word others call them by (see _word_to_others)."""



def _word_to_others(people: People, doc: Doc) -> None:
    """`Nasreen is Didi to me, and has been since I could talk`, `Gwenllian Hughes was
    eighty-three…, and she was Nain to the children`: the word is what the story calls the
    person named (after `she`, the one named last before it in that sentence), the word that
    finds them from then on (see People.nickname); so is a name somebody has had for a time
    (`Ellen Bird had been Birdie since her first week`). Not a post (`she was Secretary to
    the Board`), but a family word may be a title too (`Maggie was Mum to us all`)."""
    for found in _WORD_TO_OTHERS.finditer(doc.text):
        called = found.group(3) or found.group(4)
        word = called.lower()
        if doc.in_quote(found.start()) or ((word in TITLES or word in ROLE_NOUNS) and (
                word not in FAMILY_NAMES and word not in HOME_WORDS)):
            continue
        lo, hi = found.span(2) if found.group(2) else (
            doc.text.rfind(".", 0, found.start()) + 1, found.start())
        named = [mm.key for mm in people.between(lo, hi)
                 if not people.entities[mm.key].organisation]
        if named:
            people.nickname(people.current(named[-1]), called)


def _things_once(people: People, doc: Doc) -> None:
    """A story's one word written once, as a sentence's subject at its opening, that no
    table knows as a first name, with no title and no speech verb after it (`Cold came in
    like a fist.`): a thing, never the he or she of a line (see People.compatible)."""
    if not doc.dialogue:
        return
    for e in people.entities:
        word = e.forms[0] if len(e.forms) == 1 and not (e.first or e.titles) else ""
        if not word or " " in word or e.organisation or e.key in people.mid_sentence or (
                first_name_gender(word.lower()) != "unknown") or e.gender != "unknown":
            continue
        once = list(re.finditer(rf"\b{re.escape(word)}\b", doc.text))
        if len(once) == 1 and not _SPEECH_NEXT.match(doc.text, once[0].end()):
            people.things.add(e.key)


_SPEECH_NEXT = re.compile(r"\s+(?:\w+ly\s+)?(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b")
"""A speech verb right after a word (see _things_once)."""


def _nicknamed_what(people: People, doc: Doc) -> None:
    """`The Pope was what the whole coast had called Sandy Bruce since…`: the person named
    after is who the story means by `the Pope` (a role word of theirs) or by `Dod` (a
    nickname) from then on."""
    for g in _WHAT_CALLED.finditer(doc.text):
        full = [m.key for m in people.between(g.start(3), g.end(3))
                if not people.entities[m.key].organisation]
        if not full or doc.in_quote(g.start()):
            continue
        if g.group(1):
            people.describe(people.current(full[0]), [g.group(2).lower()])
        else:
            people.nickname(people.current(full[0]), g.group(2))


_WHAT_CALLED = re.compile(
    r"(?:^|(?<=[.!?] ))(The )?([A-Z][a-z’'-]+) (?:was|is) what [a-z ’'-]{1,40}? call(?:ed|s) "
    r"((?:[A-Z][\w’'.-]* +){0,3}[A-Z][\w’'-]*)\b", re.MULTILINE)
"""A nickname said to be what people call a person named after it (see _nicknamed_what)."""


_CALLS_ME = re.compile(
    r"\b(?:[Cc]alls|[Cc]all|called) me (?:(?:Dr|Mr|Mrs|Ms|Miss)\.? )?([A-Z][a-z’'-]*)\b"
    r"(?![ -][A-Z])")
"""A speaker's own nickname (`“Everyone calls me Harry.”`, `You can call me Dr. N.`; see
People.nickname)."""
_PLURAL_VERB = re.compile(r"(?:, who)? (?:have|are|were)\b(?! (?:you|we|they|I)\b)")
"""A plural verb right after a name (`City, who have now taken one point`, `Rovers are
bottom`): a team or a body, not one person (see _plural_subject)."""


def _plural_subject(doc: Doc, r: _Named) -> bool:
    """A one-word name with no title that is the whole subject of a plural verb, set off
    with `who` or opening its sentence (`City, who have now taken…`, `Rovers are bottom`; not
    `Tom and Jones have`, `attacks on Trump have`, `if Rubio were`): a team or a body, never a
    he or she (see People.plural)."""
    m = r.mention
    verb = _PLURAL_VERB.match(doc.text, m.end)
    if m.kind != "name" or len(m.name) != 1 or m.titles or verb is None:
        return False
    before = [w.lower() for w in doc.text[max(0, m.start - 16) : m.start].split()]
    while before and before[-1] in ("the", "a", "an"):
        before.pop()  # `the March Hare and the Hatter were`: not the Hatter alone
    if before and before[-1] in ("and", "&", "nor", "or"):
        return False
    return verb.group().startswith(",") or doc.text[r.sentence : m.start].strip(
        OPENING_MARKS + " ").lower() in ("", "the")


_COUNTED = re.compile(r"\b(?:[Ss]ome|[Mm]any|[Ss]everal|[Ff]ew|[Mm]ost)\s+$")
"""A word that counts the capitalised word after it (`some Hindus were drumming`): a plural,
never one person, unless a plural noun follows (`most Harris voters` counts the voters, see
_NOUN_COUNTED)."""
_NOUN_COUNTED = re.compile(r"\s+[a-z]+s\b")
"""A lower-case plural after a counted name: the name qualifies it (`many Davis voters`)."""


_INITIALS_AFTER = re.compile(
    r" ?\(([A-Z][A-Z0-9&]{1,7})\)|, (?:or|known as) ([A-Z][A-Z0-9&]{1,7}),")
"""An organisation's initials in brackets right after its name (`(NPA)`, `(TWC2)`), or set
off after `or` (`the National Liberation Army, or ELN,`: the Spanish initials)."""


_BODY_AS = re.compile(
    r"(?:[’']s)? (?:" + "|".join(sorted(_BODY)) + r") +(?:as|when|while) +(?:he|she)\b")
"""A story's name whose body part a he or she then moves (`Captain Hezekiah Trask's face as
he stood tapping it`): the pronoun is the owner's, and tells their gender."""


def _own_pronoun(doc: Doc, r: _Named) -> bool:
    """In a story, a one-word name no list knows is its sentence's subject, and the first
    his/her after it in the sentence owns a relative or a body part, not after a
    preposition, with no other capitalised word or quote before it (`Mara had been there
    forty minutes when her brother came in`, `Teo shook his head`): it is theirs, so it tells
    their gender (not `Mara told Teo his coffee was cold`, `Mara saw the corner of his mouth
    move`)."""
    m = r.mention
    if m.kind != "name" or len(m.name) != 1 or r.rank < SUBJECT_RANK or r.his == "unknown" or (
            m.titles) or first_name_gender(m.name[0].lower()) != "unknown":
        return False
    own = _PRONOUN_NEXT.match(doc.text, m.end)
    return own is not None and (own["self"] or own["own"].lower() in (KIN_WORDS | _BODY)) and (
        own["before"] or "").lower() not in PREPOSITIONS  # `her own heart` is hers


_PRONOUN_NEXT = re.compile(
    r"(?:[^A-Z“”\"\n.!?;:]{0,80}?\b(?P<before>[a-z]+) )?(?:his|her) (?P<self>own )?"
    r"(?P<own>[a-z]+)\b")
"""Lower-case words up to a his/her and the word it owns (see _own_pronoun; `Elspeth could
hear her own heart`)."""


def _family_word_name(m: Mention | None, toks: Sequence[Tok], i: int) -> Mention | None:
    """The run's mention, a name when it is a story's family word used as one (`Mom stood
    in the doorway`, `and Dad laughed`; not `Grandpa’s garage`, an owner): a person the
    he/she after may mean, the one `said Mom` makes (see State._family_name)."""
    if m is None or m.kind != "role" or len(m.name) != 1 or m.titles or not (
            m.text == m.name[0] or _LINKED_FAMILY_WORD.fullmatch(m.text)) or m.name[
                0].lower() not in FAMILY_NAMES or possessive_at(toks, i):
        return m
    word = m.name[0].lower()
    return replace(m, kind="name", titles=(word,), gender=HONORIFIC_GENDER.get(word, "unknown"),
                   text=m.name[0], start=m.end - len(m.name[0]))  # `Then Grandpa picked up…`


_LINKED_FAMILY_WORD = re.compile(r"(?:Then|But|And|So|Now|When|While|Still) [A-Z][a-z]+")
"""A family word run together with the capitalised link word that opens its sentence (`Then
Grandpa picked up his cocoa again.`)."""


def _kin_named_later(people: People, runs: list[_Named]) -> None:
    """A relative brought in by a first name alone (`Her mother, Vesna, a former handball
    player,`) and named in full later (`Vesna Horvat said`): the one person of that first
    name and a surname takes the kin word's gender when nothing else tells it."""
    for r in runs:
        said = HONORIFIC_GENDER.get(r.kin) if r.kin else None
        if said is None or r.mention.kind != "name" or len(r.mention.name) != 1:
            continue
        word = r.mention.name[0].lower()
        found = [e for e in people.entities if e.first == word and e.last and not (
            e.organisation)]
        if len(found) == 1 and found[0].gender == "unknown":
            found[0].vote(said)


def _note_around(people: People, doc: Doc, r: _Named, e: Entity) -> None:
    """What the words around a name say of the entity: a gender (`who gave her name only as
    Amani`, `Her husband, Kunle Adesina,`), a relative, a team (see _plural_subject), or
    initials (`the National Prosecuting Authority (NPA)`: `the NPA said` is it)."""
    own = _GIVES_NAME.search(doc.text, max(0, r.mention.start - 50), r.mention.start)
    if own is not None and own.group(2) and not e.organisation:
        e.vote(PRONOUN_GENDER[own.group(2).lower()], 3)  # said outright, against a first
        # name's lean
    elif own is not None and e.gender == "unknown" and not e.organisation:
        e.vote(PRONOUN_GENDER["her" if own.group(1).startswith("her") else "him"])
    if _plural_subject(doc, r):
        people.plural.add(e.key)  # `City, who have now taken…`: a team
    initials = _INITIALS_AFTER.match(doc.text, r.mention.end)
    if initials is not None and e.organisation:
        people.acronym(e.key, initials.group(1) or initials.group(2))
    if r.kin:
        people.relatives.add(e.key)
        said = HONORIFIC_GENDER.get(r.kin)
        if said is not None and e.gender == "unknown" and not e.organisation:
            e.vote(said)  # whatever his first name says


def _titles_held(people: People) -> None:
    """In a story, a capitalised title named alone (`The Vicar coughed`) is the one person
    named in full who holds it (`The Reverend Hugh Pellow arrived first`): one person, one
    voice. Not where two people hold it, nor a title nobody named holds (`the Queen`)."""
    if not people.story:
        return
    for e in list(people.entities):
        if e.first or e.honorific or e.organisation or e.kin or e.titles or (
                e.last not in TITLES | STORY_ROLES) or people.current(e.key) != e.key:
            continue
        holders = [o.key for o in people.entities if o.key != e.key and o.first and (
            e.last in o.titles) and not o.organisation and people.current(o.key) == o.key]
        if len(holders) == 1:
            people.merge(e.key, holders[0])


def _initials_in_use(people: People, doc: Doc) -> None:
    """An organisation of two words or more is also called by its initials when the text
    writes them as a word (`the Rural Fire Service said…` / `the RFS said:`), unless they
    already name somebody else; of two with the same initials, neither."""
    used = set(_CAPITALS_WORD.findall(doc.text))
    found: dict[str, list[int]] = {}
    for e in people.entities:
        words = [w for w in people.canonical(e.key).split() if w[:1].isupper()]
        if e.organisation and people.current(e.key) == e.key and len(words) >= 2:
            initials = "".join(w[0] for w in words)
            if initials in used:
                found.setdefault(initials, []).append(e.key)
    for initials, keys in found.items():
        if len(keys) == 1 and not any(
                people.entities[k].organisation or people.entities[k].first
                for k in people.by_last.get(initials.lower(), [])):
            people.acronym(keys[0], initials)


_CAPITALS_WORD = re.compile(r"\b[A-Z]{2,6}\b")
"""A word in capitals that may be an organisation's initials (see _initials_in_use)."""


_PARENTS_AFTER = re.compile(
    r"\b(?:between|beside|with) (?:her|his) parents\b|\b(?:[Hh]er|[Hh]is) (?:mother|father|mum|"
    r"mom|dad) (?!(?:died|lived|passed|moved|remarried|retired|divorced|worked)\b)(?:[a-z]+ed|"
    r"put|sat|said|came|drove|held|set|took|gave|stood|leant|got|made|let|kept|shook|read)\b")
"""The narration bringing in the parents of the one just named, there in the scene (`her
mother put down her fork`, `She sat between her parents`; not `her mother before her`, nor
`his father died`): see _children_named."""
CHILD_REACH = 400
"""How far after a full name (characters, in its paragraph or the next) `her mother` makes
the one named a child of the family (see _children_named)."""


def _children_named(doc: Doc, runs: Sequence[_Named]) -> frozenset[str]:
    """A story's people first named in full, with no honorific or title, whose parents the
    narration brings in right after (`Amara Bello had been dreading it for a week.` / `She
    sat between her parents…`): a child of the family, whose surname with `Mrs.` or `Mr.`
    is a parent (see People.children). First and last name, lower case."""
    if not doc.dialogue:
        return frozenset()
    seen: set[str] = set()
    children: set[str] = set()
    for r in runs:
        m = r.mention
        if m.kind != "name" or len(m.name) < 2:
            continue
        full = f"{m.name[0]} {m.name[-1]}".lower()
        if full in seen:
            continue
        seen.add(full)
        block = bisect.bisect_right(doc.block_starts, m.start) - 1
        end = doc.bounds[min(block + 1, len(doc.bounds) - 1)][1]
        stretch = doc.text[m.end : min(end, m.end + CHILD_REACH)]
        if not m.titles and any(not doc.in_quote(m.end + p.start())
                                for p in _PARENTS_AFTER.finditer(stretch)):
            children.add(full)
    return frozenset(children)


def scan_people(doc: Doc) -> tuple[People, list[tuple[int, Mention, int]]]:
    """Every person and organisation named in the narration, with where they are named, and
    the he/she pronouns to resolve on the way.

    Edge cases: names inside quotes are not mentions (a quoted name is not the speaker);
    runs with evidence (see _evidence) are registered first, so a bare surname earlier in the
    article still finds its person; other runs count only when they match a registered one.
    """
    people = People(story=doc.dialogue, common=doc.page.common)
    runs, pronouns = _named_runs(doc)
    if doc.dialogue:
        people.note_couples((r.mention, r.sentence) for r in runs)
    people.alone = frozenset(r.mention.name[0].lower() for r in runs if r.mention.kind == (
        "name") and len(r.mention.name) == 1 and not r.mention.titles)
    people.children = _children_named(doc, runs)
    for r in runs:
        if r.mention.kind == "name":
            people.note_his(r.mention, r.his)
    for r in runs:
        if r.person:
            added = people.add(r.mention, r.mention.start, bool(r.kin))
            own = _OWN_POSSESSIVE.match(doc.text, r.mention.end) if not doc.dialogue else None
            if own is not None and r.mention.kind == "name" and len(r.mention.name) == 1 and (
                    r.rank >= SUBJECT_RANK):
                added.vote(GENDERED_PRONOUNS[own.group(1)], 1)  # a report's `Annika, 38, a
                # nurse, remembers crying for most of her first session`: a woman, brought in
                # by her first name and an age or a description (not `Zsófia said he…`)
            if r.mention.kind == "name":
                _nickname_after(people, doc, r.mention, added.key)
    _nicknames_set_off(people, doc, runs)
    _birth_names(people, doc, runs)
    _given_names_alone(people)
    _initials_in_use(people, doc)
    _titles_held(people)
    leans: dict[int, int] = {}
    for r in runs:
        e = people.find(r.mention, r.mention.start)
        if e is not None:
            if r.leans != "unknown":
                leans[e.key] = leans.get(e.key, 0) + (1 if r.leans == "male" else -1)
            at = _named_at(r.mention)
            _mention_in_scene(people, doc, r, e.key, at)
            if doc.dialogue and (_own_pronoun(doc, r) or _BODY_AS.match(doc.text, r.mention.end)):
                e.vote(r.his, 1)  # a story's `Mara had been there an hour when her brother
                # came in`: a woman, whatever the name
            name = _name_word(r.mention, doc.text, at)
            if name > at:
                people.name_words[at] = name
            people.note_first_name(e.key, r.mention, r.mention.start)
            _note_around(people, doc, r, e)
            before = doc.text[r.sentence : r.mention.start]
            if before.strip(OPENING_MARKS):
                people.mid_sentence.add(e.key)
            if _COUNTED.search(before) and not _NOUN_COUNTED.match(doc.text, r.mention.end):
                people.counted.add(e.key)
    _kin_named_later(people, runs)
    _first_names_in_lines(people, doc)
    _whole_names_called(people, doc)
    _short_names_joined(people, doc)
    people.leaning = {key: ("male" if count > 0 else "female")
                      for key, count in leans.items() if count}
    _word_to_others(people, doc)
    _nicknames_told(people, doc)
    _nicknames_to_all(people, doc)
    _role_called(people, doc)
    _nickname_dashed(people, doc)
    _nicknamed_what(people, doc)
    _who_was_to(people, doc)
    _name_on_paper(people, doc)
    _name_revealed(people, doc)
    _was_nickname(people, doc)
    _pair_called(people, doc)
    _succeeded_as(people, doc)
    _family_word_answered(people, doc)
    _role_was_name(people, doc)
    _kin_names_told(people, doc)
    _names_given_as(people, doc)
    _aliases_given(people, doc)
    _known_as_after_aside(people, doc)
    _things_once(people, doc)
    name_family_words(people, doc)
    _title_initials(people, doc)
    _titles_in_lines(people, doc)
    _rank_as_name(people, doc)
    kinds = _kinds_given(people, doc) | _roles_named(people, doc)
    _creatures_named(people, doc)
    _machine_named(people, doc)
    _initials_are_bodies(people, doc)
    _which_bodies(people, doc)
    _ranks_in_scene(people, doc, kinds)
    return people, pronouns


_RANK_OPENS = re.compile(r"(?:^|(?<=[.!?”\"’] ))(?:[A-Z][a-z]+, +|(?:Then|But|And|Now|So) +)?"
                         r"[Tt]he +([A-Za-z][a-z]+)"
                         r"(?= +(?:[a-z]+ed|said|was|had|"
                         r"stood|sat|spoke|turned|looked|took|gave|made|came|went|rose|drew"
                         r"|held|let|kept|shook|seemed|did|would|could|lit|put|got|ran|read"
                         r"|began|felt|found|left|knew|saw|heard|set)\b)", re.MULTILINE)
"""A sentence of narration that opens with `The` and a rank and its verb (`The Magister
unrolled a scroll`, `Outside, the sergeant lit a cigarette`; see _ranks_in_scene)."""


def _ranks_in_scene(people: People, doc: Doc, kinds: frozenset[str]) -> None:
    """In a story, a sentence that opens with a character's rank (`The Magister unrolled a
    scroll across the table.`, `The Inspector sat down.`, `Outside, the sergeant lit a
    cigarette`) or kind (`The badger looked down at his paws.` after `Old Grimble the
    badger`, see _kinds_given) names the one person named before
    with that rank (`High Magister Ilse Varro`), as its subject: a he or she after it means
    them, not somebody named further back; so too in a report, for a role the narration set
    off after a name (`The Chancellor returned to his feet` after `Gregory Whitcombe,
    Chancellor of the Exchequer,`; not any title: `The senator thanked the workers` may be
    another senator)."""
    for m in _RANK_OPENS.finditer(doc.text):
        low = m.group(1).lower()
        if (low not in kinds and (not doc.dialogue or (
                low not in TITLES and low not in doc.page.story_titles))) or doc.in_quote(
                    m.start()):
            continue
        holders = {people.current(e.key) for e in people.entities
                   if low in e.titles and not e.organisation and (e.first or e.last)
                   and 0 <= people.first_named(e.key) < m.start()}
        if len(holders) == 1:
            at = m.start(1)
            block = bisect.bisect_right(doc.block_starts, at) - 1
            people.mention(at, holders.pop(), doc.sentence_of(block, at), SUBJECT_RANK)


_BODY_INITIALS = re.compile(r"[A-Z]{3,5}")
"""A word of three to five capitals that may be a body's initials (see _initials_are_bodies)."""
_PERSON_INITIALS = word_set("jfk lbj fdr mlk aoc mbs rfk dvf")
"""People a text may call by their initials alone (see _initials_are_bodies)."""
_POSTS_IN_CAPITALS = word_set("cto cmo cio cso evp svp qc kc")
"""A post's initials that no title list holds (`the CTO`)."""


def _machine_named(people: People, doc: Doc) -> None:
    """A story's one speaker named in capitals (`“…,” MERIDIAN said`) is the machine the
    story calls `the ship` or `the computer` (see story_trades): one voice, not a second one
    for the words, nor the nearest woman's."""
    words = MACHINE_WORDS & doc.page.story_roles
    if not words:
        return
    machines = {people.current(e.key) for e in people.entities if not e.organisation and len(
        e.forms) == 1 and len(e.forms[0]) >= 3 and e.forms[0].isupper()}
    if len(machines) == 1:
        people.describe(machines.pop(), ("the", *sorted(words)))


def _initials_are_bodies(people: People, doc: Doc) -> None:
    """In a report, somebody known only by a word of three to five capitals that is no post's
    initials nor a body's the text names in full (see _initials_in_use, _title_initials) is
    a body (`The ELN denies targeting civilians.`): never a he or a she (a conflict review
    heard the guerrilla group's voice read a rival commander's words), but `JFK` is a man,
    and a story's `TALLY` is its ship's computer, a voice."""
    if doc.dialogue:
        return
    for e in people.entities:
        word = e.forms[0] if len(e.forms) == 1 else ""
        if e.organisation or e.first or people.current(e.key) != e.key or not (
                _BODY_INITIALS.fullmatch(word)):
            continue
        low = word.lower()
        if low in _PERSON_INITIALS or low in TITLES or low in ROLE_NOUNS or (
                low in _POSTS_IN_CAPITALS) or any(
                low in d.initials for d in people.entities if d.key != e.key):
            continue
        e.organisation = True


def _which_bodies(people: People, doc: Doc) -> None:
    """In a report, somebody known only by one word that opens a sentence before `, which`
    (`Tidewell, which has raised roughly $48 million since 2021, had promised…`) and is never
    followed by `, who`: a company, never a he or a she (`Asked whether Tidewell would need
    to raise more, she paused.` gave the company its founder's lines)."""
    if doc.dialogue:
        return
    which = {m.group(1) for m in _OPENS_WHICH.finditer(doc.text)}
    if not which:
        return  # most reports: no entity needs looking at
    who = {m.group(1) for m in _NAME_WHO.finditer(doc.text)}
    for e in people.entities:
        word = e.forms[0] if len(e.forms) == 1 and not e.first and not e.organisation else ""
        if word in which and word not in who and people.current(e.key) == e.key:
            e.organisation = True


_OPENS_WHICH = re.compile(r"(?:^|[.!?]\s+)([A-Z][\w’'&-]*), which\b", re.MULTILINE)
_NAME_WHO = re.compile(r"\b([A-Z][\w’'&-]*), who\b")
"""A one-word name opening a sentence before `, which`, and one before `, who` anywhere (see
_which_bodies)."""


_KIND_GIVEN = re.compile(r"\b([A-Z][\w’'-]*)(, | )the ([a-z]+)\b(?![’'-])")
"""A name and the kind of being the story gives it (`Haskett the bear`, `Mistress
Pennywhistle, the wren,`): see _kinds_given."""
_GIVES_TO = word_set(
    "gave give gives handed hands showed shows brought brings sent sends offered offers passed "
    "passes threw throws fed feeds told tells called calls named names made makes")
"""Verbs whose object a name may be, the `the` phrase after it a second object (`gave Tom
the dog`): no kind given (see _kinds_given)."""


def _kinds_given(people: People, doc: Doc) -> frozenset[str]:
    """A story's name followed by `the` and a kind of being or trade (STORY_ROLES: `Old
    Grimble the badger sat at the head`, `Haskett the bear`, `Mistress Pennywhistle, the
    wren, who kept the minutes`): `the bear` is that person from then on (`“…,” said the
    bear` is Haskett's, not a second bear's voice). Only where one person is given the kind;
    not after a verb of giving (`gave Tom the dog`), nor a list's `Tom, the dog and…`. The
    kinds given, for _ranks_in_scene."""
    if not doc.dialogue:
        return frozenset()
    given: dict[str, set[int]] = {}
    for g in _KIND_GIVEN.finditer(doc.text):
        kind = g.group(3)
        if kind not in STORY_ROLES or doc.in_quote(g.start()):
            continue
        after = doc.text[g.end() : g.end() + 6]
        if g.group(2) == ", " and not re.match(r"(?:,|\.| who\b)", after):
            continue  # `Tom, the dog and the cat`: a list, or the comma ends a clause
        before = doc.text[max(0, g.start() - 20) : g.start()].split()
        if before and before[-1].lower() in _GIVES_TO:
            continue
        named = [mm for mm in people.between(max(0, g.start() - 40), g.end(1))
                 if _NAME_RUN.fullmatch(doc.text, mm.pos, g.end(1))]
        if named:
            given.setdefault(kind, set()).add(people.current(named[-1].key))
    one = _describe_sole_holders(people, given)
    people.kinds.update(one)
    return frozenset(one)


def _describe_sole_holders(people: People, given: dict[str, set[int]]) -> dict[str, int]:
    """Give each word the one person it was given to as `the` word (`the bear`, `the
    bartender`); words given to two people or more go to nobody. The words kept, each with
    its holder (see _kinds_given, _roles_named)."""
    one = {word: next(iter(keys)) for word, keys in given.items() if len(keys) == 1}
    for word, key in one.items():
        people.describe(key, ("the", word))
    return one


_ROLE_NAMED = re.compile(
    r"\b[Tt]he (?:[a-z-]+ ){0,2}?([a-z]+)(?: (?:in|of|at|on|from|behind) [a-z ]{1,25}?)? "
    r"(?:was|is) (?:a|an) [^.;:!?“”\"]{0,50}?\b(?:named|called) "
    r"((?:[A-Z][\w’'.-]* ){0,3}[A-Z][\w’'-]*)")
"""A role and the name the narration gives its holder (`The bartender was a wiry man named
Lou Baptiste`, `The detective in charge was a small, neat woman called Inspector Josephine
Hale`): see _roles_named."""


_A_ROLE_NAMED = re.compile(
    r"\b(?:a|an) (?:[a-z-]+ ){0,3}?([a-z]+)(?: (?:in|of|at|on|from|with) [\w ]{1,25}?)?,? "
    r"(?:who (?:had )?(?:gave|given) (?:his|her) name as|named|called|known as) "
    r"((?:[A-Z][\w’'.-]* ){0,3}[A-Z][\w’'-]*)")
"""A role brought in with its holder's name (`a soft-spoken stranger in a gray coat who had
given his name as Mr. Sayles`, `a cattle buyer from Abilene named Chester Greaves`)."""


_ROLE_THEN_NAMED = re.compile(
    r"\b(?:[Hh]e|[Ss]he) was (?:a|an) (?:[a-z-]+ ){0,2}?([a-z]+),? (?:and )?(?:his|her) name "
    r"(?:was|is) ((?:[A-Z][\w’'.-]* ){0,3}[A-Z][\w’'-]*)")
"""A role said of somebody, then their name (`He was a major, and his name was Leopold
Sauer`): `the major` is Leopold Sauer."""


_ROLE_THEN_NEWCOMER = re.compile(
    r"(?:^|(?<=[.!?] ))[Tt]he (?:[a-z-]+ ){0,2}?([a-z]+) [^.!?“”\"]{0,160}?[.!?] +"
    r"((?:[A-Z][\w’'.-]* +){0,2}[A-Z][\w’'-]*) +(?:had|was)\b", re.MULTILINE)
"""A sentence that opens with a role, then one that opens with a name first written there
and says what that person had done or was (`The agent was waiting on the porch… Delia Marsh
had sold houses in Callow County for twenty-two years`): the role is that person's (see
_roles_named, which checks the name is new)."""
_CUED_ROLE_THEN_NEWCOMER = re.compile(
    r"(?<=[”\"]),? +said the (?:[a-z-]+ ){0,2}?([a-z]+)(?=[,.!?])[^.!?“”\"]{0,160}?[.!?] +"
    r"((?:[A-Z][\w’'.-]* +){0,2}[A-Z][\w’'-]*) +(?:had|was)\b")
"""A line's cue by a role, then a sentence that opens with a name first written there (`“Forty-
one,” said the stage manager, without looking up. Lou Brannigan had a pencil behind each
ear`): the role is that person's, as after _ROLE_THEN_NEWCOMER."""
_ROLE_CALLED_SO = re.compile(
    r"\b[Tt]he (?:[a-z-]+ ){0,2}?([a-z]+)[.!?]\s+(?:She|He) (?:called (?:her|him)self|gave "
    r"(?:her|his) name as|introduced (?:her|him)self as) ((?:[A-Z][\w’'.-]* +){0,3}"
    r"[A-Z][\w’'-]*)")
"""A role that closes a sentence, then the name the next one says they go by (`…; and the
medium.` / `She called herself Madame Irina.`)."""


_ROLE_COLON_NAME = re.compile(
    r"\b[Tt]he (?:[a-z-]+ ){0,2}?([a-z]+)(?: (?:her|him)self)?: "
    r"((?:[A-Z][\w’'.-]* +){0,3}[A-Z][\w’'-]*)(?=[,.;—–])")
"""A role, then after a colon its holder's name (`behind them, unhurried, came the envoy
herself: Siv Thorsen-Amari, tall and silver-haired`)."""


_NAMED_WAS_ROLE = re.compile(
    r"(?:^|(?<=[.!?] ))((?:[A-Z][\w’'.-]* +){0,2}[A-Z][\w’'-]*) +(?:had been|was) +(?:a|an) +"
    r"((?:[a-z-]+ +){0,3}?[a-z]+)(?= +(?:on|in|at|of|for|with|from|to|who|and|since)\b|[,.;])",
    re.MULTILINE)
"""A sentence that opens with a name and says what that person was (`Felix Arden had been an
analyst on the Iberian desk for six years`, `Gideon Fairweather had been a consultant
colorectal surgeon for twenty-two years`): the last word is the role (see _roles_named)."""
_ANYBODY = word_set("man woman fellow boy girl guy lady gentleman chap person kid")
"""Words for anybody, which a name brought in with them does not make a role of."""


def _roles_named(people: People, doc: Doc) -> frozenset[str]:
    """A story's `The bartender was a wiry man named Lou Baptiste` (or `a stranger in a gray
    coat who had given his name as Mr. Sayles`, `He was a major, and his name was Leopold
    Sauer`, `Felix Arden had been an analyst…`, `The agent was waiting… Delia Marsh had
    sold houses…`, `…and the medium.` / `She called herself Madame Irina.`, `came the envoy
    herself: Siv Thorsen-Amari,`): `the bartender`
    is Lou Baptiste from then on, one voice, not a second one for the role. Only a word for a
    person (a role, trade or kind), and only where one person is named so; the roles, for
    _ranks_in_scene. A report gives only the roles set off after a name (`Sir Alan Pruett,
    the Speaker,`), and none that somebody else holds as a title."""
    given: dict[str, set[int]] = {}
    if not doc.dialogue:  # a report's `Sir Alan Pruett, the Speaker,` (not `Dan Gross,
        for key, role in _roles_set_off(people, doc):  # president of the Brady Campaign,`
            held = {people.current(e.key) for e in people.entities if role in e.titles}
            given.setdefault(role, set()).update({key} | held)  # beside President Obama)
        return frozenset(_describe_sole_holders(people, given))
    for g in [*_ROLE_NAMED.finditer(doc.text), *_A_ROLE_NAMED.finditer(doc.text),
              *_ROLE_THEN_NAMED.finditer(doc.text), *_ROLE_THEN_NEWCOMER.finditer(doc.text),
              *_CUED_ROLE_THEN_NEWCOMER.finditer(doc.text), *_ROLE_CALLED_SO.finditer(doc.text),
              *_ROLE_COLON_NAME.finditer(doc.text)]:
        role = g.group(1)
        if not (doc.page.role_word(role) or role in STORY_ROLES) or doc.in_quote(g.start()) or (
                g.re is not _ROLE_NAMED and role in _ANYBODY) or role in KIN_WORDS:
            continue  # (`a gaunt old fellow named Lem Suggs` gives no word `the old man` is not)
        named = people.between(g.start(2), g.end(2))
        if named and g.re in (_ROLE_THEN_NEWCOMER, _CUED_ROLE_THEN_NEWCOMER) and people.first_named(
                people.current(named[0].key)) < g.start(2):
            continue  # `The waiter brought the menus. Tom had been there before.`
        if named:
            given.setdefault(role, set()).add(people.current(named[0].key))
    for key, role in _roles_set_off(people, doc):
        given.setdefault(role, set()).add(key)
    for g in _NAMED_WAS_ROLE.finditer(doc.text):
        role = g.group(2).split()[-1]
        named = people.between(g.start(1), g.end(1))
        if named and doc.page.role_word(role) and role not in _ANYBODY and not doc.in_quote(
                g.start()) and not people.entities[named[0].key].organisation:
            given.setdefault(role, set()).add(people.current(named[0].key))
    return frozenset(_describe_sole_holders(people, given))


_SET_OFF_ROLE = re.compile(
    r"\b((?:[A-Z][\w’'.-]* +){0,3}[A-Z][\w’'-]*)(?:, +| ?[—–] ?(?=the ))((?:(?:the|a|an|his|her"
    r"|their) +)?[a-zA-Z][^,.;:!?“”\"()—–]{1,70}?)(?=,|\.| who\b| \(| ?[—–])")
"""A name and words set off after it (`Bertram Lusk, justice of the peace and acting coroner
for the district,`; see _roles_set_off), or after a dash, opening with `the` (`Lady Strathavon
— the Countess of Strathavon, to give her the whole of it —`)."""
_ROLE_ENDS = word_set("of for at in to and from on with since")
"""Words after which a role set off after a name has its head (see _roles_set_off)."""


def _roles_set_off(people: People, doc: Doc) -> Iterator[tuple[int, str]]:
    """A story's person and each role the narration sets off right after their name, a
    determiner or lower-case words first (`Bertram Lusk, justice of the peace and acting
    coroner for the district,` gives `the justice` and `the coroner`): a role word right
    before one of _ROLE_ENDS or the end. Not a word for anybody or a kin word (`Tom, her
    brother,`), nor a list (`Tom, the doctor and Mary`: the words must close with a comma,
    a full stop or `who`), nor a lesser one (`Jonah, the assistant director,`, see _LESSER)."""
    for g in _SET_OFF_ROLE.finditer(doc.text):
        if doc.in_quote(g.start()):
            continue
        named = [mm for mm in people.between(g.start(1), g.end(1))
                 if not people.entities[mm.key].organisation]
        words = g.group(2).split()
        if not named or words[0] in _NOT_A_ROLE or _LIST_GOES_ON.match(doc.text, g.end()):
            continue  # (`Mr Fairfax, the Colonel, and whichever of her granddaughters`)
        if any(w[:1].isupper() for w in words[:2]) and not _capital_role(words, doc.page):
            continue
        for k, w in enumerate(words):
            w = w.lower()  # (`the Speaker`)
            if (k + 1 == len(words) or words[k + 1] in _ROLE_ENDS) and w not in KIN_WORDS and (
                    w not in _ANYBODY) and (doc.page.role_word(w) or w in STORY_ROLES) and (
                    _heads_phrase(words, k)) and not (k and words[k - 1].lower() in _LESSER):
                yield people.current(named[-1].key), w


_LIST_GOES_ON = re.compile(r", +(?:and|or)\b")
"""A comma and `and` or `or` after words set off after a name: a list's item (see
_roles_set_off)."""


def _capital_role(words: Sequence[str], page: Page) -> bool:
    """Words set off after a name that open with an office in capitals, alone or before
    `of` (`the Speaker`, `Chancellor of the Exchequer`; not `Minister for Housing and Urban
    Development Sri K`, where a name goes on)."""
    k = 1 if words[0] == "the" else 0
    return k < len(words) and page.role_word(words[k].lower()) and (
        k + 1 == len(words) or words[k + 1] == "of")


_NOT_A_ROLE = word_set("who whom whose which that where when and or but with")
"""Words that open a clause set off after a name, or a list's next item (`the barber Otto
Veit, and a quiet stranger…`), no role of theirs (see _roles_set_off)."""


def _heads_phrase(words: Sequence[str], k: int) -> bool:
    """words[k] heads the first noun phrase of the words, or one joined on with `and`
    (`justice of the peace and acting coroner`): at most two describing words and a
    determiner before it (not `the same age as the curate`)."""
    start = max((n + 1 for n in range(k) if words[n] == "and"), default=0)
    before = [w for w in words[start:k] if w not in ("the", "a", "an", "his", "her", "their")]
    return len(before) <= 2 and not any(w in _ROLE_ENDS or w in NO_LONGER or w in (
        "as", "than") for w in before)  # (nor `a former teacher`: no longer hers)


_NAME_RUN = re.compile(r"(?:[A-Z][\w’'.-]* +){0,3}[A-Z][\w’'-]*")
"""A name's words, all capitalised (see _kinds_given)."""


_THE_FOLK = re.compile(
    r"\b[Tt]he (dwarf|elf|halfling|hobbit|gnome|orc|goblin|troll|giant|ogre|centaur|"
    r"sorceress|sorcerer|enchantress|witch|wizard|mage)\b(?!-)")
"""A fantasy story's folk and their crafts, as the narration calls one of its people
(`The dwarf tapped his broad nose.`): like a creature, the one name that takes over from
the word is theirs (see _creatures_named)."""


def _creatures_named(people: People, doc: Doc) -> None:
    """A story's creature that the narration calls both `the dragon` and by a name, the name
    first written after the creature is seen (`The dragon’s head came down out of the dark.
    It sniffed.` / `“Forty years,” Ashkarth said.`; `said the raven on Maren’s shoulder.
    Quill had been quiet since the marsh`): the name holds the creature's word, so that
    `the dragon said` is Ashkarth's voice, not a second one (see _one_creature). Only where
    one name fits one creature; a creature a name is already given (`Nib, the goblin`,
    `a fox named Juniper`) is left to that."""
    if not doc.dialogue:
        return
    seen: dict[str, list[int]] = {}
    for c in [*THE_CREATURE.finditer(doc.text), *_THE_FOLK.finditer(doc.text)]:
        if not doc.in_quote(c.start()):
            seen.setdefault(c.group(1).lower(), []).append(c.start())
    lines = {q.block for q in doc.quotes}
    picks: dict[str, list[int]] = {
        kind: [e.key for e in people.entities if _one_creature(
            people, doc, e.key, ats, lines, _THE_FOLK.match("the " + kind) is not None)]
        for kind, ats in seen.items()}
    for kind, keys in picks.items():
        if len(keys) == 1 and sum(keys[0] in other for other in picks.values()) == 1:
            people.describe(keys[0], (kind,))


_PLACE_BEFORE = re.compile(r"\b(?:in|to|at|from|into|towards?|near|of) +(?:the +)?$")
"""Words before a name that make it a place (see _one_creature)."""


def _one_creature(people: People, doc: Doc, key: int, ats: list[int], lines: set[int],
                  folk: bool = False) -> bool:
    """The entity may be the creature the narration calls by its kind at ats (lines: the
    blocks that hold a line): known by one
    word and no title, first named after the creature is first seen (not so for one of the
    folk, see _THE_FOLK), never in a sentence
    with it, never answering it (a line of each in paragraphs next to each other), and at
    least twice taking over from it (the next sentence of a paragraph, or a paragraph next to
    the other's with no line in one of the two: `The dragon was silent… it spoke again.` /
    `“Open it, child,” Ashkarth said.`)."""
    e = people.entities[key]
    named = people.named_at.get(key, [])
    if named and all(_PLACE_BEFORE.search(doc.text, max(0, at - 12), at) for at in named):
        return False  # `She lived alone in Bramble Hollow.`, `The path to Bramble Hollow`
    if e.organisation or e.teller or e.titles or e.honorific or not named or (
            people.current(key) != key) or (not folk and (
                len(e.forms) != 1 or " " in e.forms[0] or named[0] < ats[0])):
        return False  # (one of the folk may be named in full first: `Korrin Deepdelve`)
    events = sorted([(at, True) for at in ats] + [(at, False) for at in named])
    handovers = 0
    for (a, a_kind), (b, b_kind) in pairwise(events):
        if a_kind == b_kind:
            continue
        block_a, block_b = (bisect.bisect_right(doc.block_starts, at) - 1 for at in (a, b))
        if block_a == block_b and doc.sentence_of(block_a, a) == doc.sentence_of(block_b, b):
            return False  # `The dragon looked at Maren`: two beings
        if block_b == block_a + 1 and block_a in lines and block_b in lines:
            return False  # a line each, one after the other: they talk to each other
        handovers += block_b - block_a <= 1
    return handovers >= 2


def _mention_in_scene(people: People, doc: Doc, r: _Named, key: int, at: int) -> None:
    """Record the run as a mention of the entity, unless it names a work's author after a
    lower-case word of its sentence (`has just started on Raynor Winn’s “The Salt Path”`,
    see _AUTHORS_WORK): an author named for a work there is in no scene, and no he/she
    nearby means them (but `Gil Moreno's collection was longlisted` is about him)."""
    before = doc.text[r.sentence : r.mention.start].split()
    if not (before and before[-1].islower()) or not _AUTHORS_WORK.match(doc.text, r.mention.end):
        people.mention(at, key, r.sentence, r.rank)


_AUTHORS_WORK = re.compile(
    r"(?:(?<=[’']s)|[’']s) (?:[“\"‘]|(?:(?:new|latest|debut|first|last|best-selling|"
    r"bestselling) )?(?:book|novel|memoir|album|film|play|poem|song|essay|painting|opera|"
    r"symphony|collection)\b)")
"""A possessive that names a work right after an author's name (`Raynor Winn’s “The Salt
Path”`, `Atwood’s new novel`): see _mention_in_scene."""


def _birth_names(people: People, doc: Doc, runs: Sequence[_Named]) -> None:
    """`Born Margaret Ann Pryce in Cardiff in 1940, she was…` after `Margaret Ellison`: the
    name a sentence opens with after `Born` is an earlier name of the one person named
    before with that first name (an obituary's subject, married since), not somebody else."""
    for r in runs:
        m = r.mention
        if not r.person or m.kind != "name" or len(m.name) < 2 or m.titles[:1] != (
                "born",) or doc.text[r.sentence : m.start].strip(OPENING_MARKS + " "):
            continue
        e = people.find(m, m.start)
        if e is None:
            continue
        before = (people.find(rr.mention, rr.mention.start) for rr in runs
                  if rr.person and rr.mention.start < m.start)
        earlier = {people.current(x.key) for x in before if x is not None and x.first == e.first
                   and not x.organisation and people.current(x.key) != people.current(e.key)}
        if len(earlier) == 1:
            people.merge(people.current(e.key), earlier.pop())


def _given_names_alone(people: People) -> None:
    """`María Fernanda` after `María Fernanda Ríos`: two given names without the surname are
    the one person named with them and a surname, not somebody else (a two-word Spanish
    given name made a second voice for her). Only when the second word is a first name too
    (not `Bernie Sanders` before a headline's `Bernie Sanders Pins…`), and when one person's
    name opens so."""
    for e in people.entities:
        if e.organisation or len(e.forms) != 1 or len(e.forms[0].split()) != 2 or (
                first_name_gender(e.forms[0].split()[1]) == "unknown"):
            continue
        opens = e.forms[0] + " "
        whole = [d.key for d in people.entities if d.key != e.key and not d.organisation and any(
            f.startswith(opens) and len(f.split()) == 3 for f in d.forms)]
        if len(whole) == 1:
            people.merge(e.key, people.current(whole[0]))


def _first_names_in_lines(people: People, doc: Doc) -> None:
    """A surname the narration uses alone, whose whole name only a line gives (`“Present
    are myself, Detective Sergeant Tom Brannigan, Mr Walsh…”` / `Brannigan leaned against
    the wall.`): the first name tells the gender, as strongly as if the narration had named
    him so (names inside lines are no mentions, see scan_people). Only when every such name
    in the lines gives that surname one gender, and for no organisation or honorific."""
    told: dict[str, set[Gender]] = {}
    for q in doc.quotes:
        for w in _WHOLE_NAME_IN_LINE.finditer(doc.text, q.start, q.end):
            g = first_name_gender(w.group(1))
            if g != "unknown":
                told.setdefault(w.group(2).lower(), set()).add(g)
    for e in people.entities:
        genders = told.get(e.last, set())
        if len(genders) == 1 and not e.first and not e.organisation and not e.honorific:
            e.vote(next(iter(genders)), 2)


_WHOLE_NAME_IN_LINE = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
"""A first name and a surname (see _first_names_in_lines)."""

_THE_INITIALS = re.compile(r"\b[Tt]he ([A-Z]{2,5})\b(?![’']s?\b)")
"""Capitals used as a role (`The PPRO urged residents…`, `the CEC said`)."""
_TITLE_WORD = re.compile(r"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b|\b(?:of|for|and|the)\b")
"""A capitalised word of a title, or a small word inside one (`Commissioner of Police`)."""
TITLE_HOLDER_REACH = 60
"""How far after a spelled-out title (characters) its holder's name may come (`The Police
Public Relations Officer in the state, SP Aminu Bello,`)."""


_TITLED_IN_LINE = re.compile(
    r"\b((?:(?:Detective|Chief|Police|Deputy|Assistant|Acting|Superintendent|Inspector|"
    r"Sergeant|Constable) +)+)(?:[A-Z][a-z]+ +)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
"""Police ranks before a name, in a line (`Present are Detective Inspector Alan Marsh,`)."""


def _rank_as_name(people: People, doc: Doc) -> None:
    """In a story, a title written as a name in the narration (`Then the door banged open
    and Coach came in with her clipboard`) names the one person of the story who holds it
    (Coach Theresa Okafor, however late the story names her), so that the she after it means
    her; a subject when a lower-case word follows. Not after `the` or an owner (`the
    Coach`, `Dani's coach`), nor before a name (`Coach Okafor`)."""
    if not doc.dialogue:
        return
    for found in _RANK_WORD.finditer(doc.text):
        word = found.group(1).lower()
        if (word not in ROLE_NOUNS and word not in TITLES) or doc.in_quote(found.start(1)):
            continue
        keys = {people.current(e.key) for e in people.entities
                if word in e.titles and not e.organisation}
        if len(keys) != 1:
            continue
        at = found.start(1)
        block = bisect.bisect_right(doc.block_starts, at) - 1
        people.mention(at, keys.pop(), doc.sentence_of(block, at),
                       SUBJECT_RANK if found.group(2) else 0)


_RANK_WORD = re.compile(r"(?<![Tt]he )(?<![’']s )(?<![Hh]is )(?<![Hh]er )(?<![Aa] )\b([A-Z][a-z]+)"
                        r"\b(?! [A-Z])(?:( [a-z]+)|(?=[ ,.;]))")
"""A capitalised word not after `the` or an owner nor before another capitalised word, and
the lower-case word after it if any (see _rank_as_name)."""


def _titles_in_lines(people: People, doc: Doc) -> None:
    """In a story, a police rank a line gives a character the narration names by surname
    only (`“Present are Detective Inspector Alan Marsh, Detective Sergeant Kettering…”`, a
    tape's introduction) is theirs: `said the inspector` is Marsh. Only for a surname one
    person of the story holds, who has no rank of that kind from the narration."""
    if not doc.dialogue:
        return
    for q in doc.quotes:
        for m in _TITLED_IN_LINE.finditer(doc.text, q.start, q.end):
            keys = {people.current(k) for k in people.by_last.get(m.group(2).lower(), [])
                    if not people.entities[k].organisation}
            ranks = m.group(1).lower().split()
            if len(keys) == 1 and ranks[-1] in TITLES:
                key = keys.pop()
                if not people.entities[key].titles & _POLICE_RANKS:
                    people.describe(key, ranks)


_POLICE_RANKS = frozenset({"inspector", "sergeant", "constable", "superintendent"})
"""Ranks a character the narration already gives one of keeps (see _titles_in_lines)."""


def _title_initials(people: People, doc: Doc) -> None:
    """A title spelled out before a name and later called by its initials is that person
    (`The Police Public Relations Officer in the state, SP Aminu Bello, confirmed…` / `The
    PPRO urged…`; `Chief Election Commissioner Kazi Habibul Awal-Chowdhury` / `the CEC
    said`): the initials find the holder, the first person named within TITLE_HOLDER_REACH
    after the title in its sentence. Only initials that no organisation or full name owns,
    and a title with a role word in it (`Cabinet Secretary`; not `Election Commission`)."""
    text = doc.text
    for letters in dict.fromkeys(f.group(1) for f in _THE_INITIALS.finditer(text)):
        if any(people.entities[k].organisation or people.entities[k].first
               for k in people.by_last.get(letters.lower(), [])):
            continue
        first = re.search(rf"\b{letters}\b", text)  # where they are first used
        for at, end in _spelled_out(text[: first.start() if first else 0], letters):
            holder = next((mm.key for mm in people.between(at, end + TITLE_HOLDER_REACH)
                           if mm.sentence <= at and not people.entities[mm.key].organisation),
                          None)
            if holder is not None:
                people.nickname(people.current(holder), letters)
                break


def _spelled_out(text: str, initials: str) -> Iterator[tuple[int, int]]:
    """Where text spells out a title those initials abbreviate, in order: capitalised words
    (each part of a hyphenated one counts) with `of`, `for`, `and`, `the` between them, one of
    them a role word (`Police Public Relations Officer`, `Commissioner of Police`)."""
    words = list(_TITLE_WORD.finditer(text))
    for n, w in enumerate(words):
        if not w.group()[0].isupper():
            continue
        got, role, last = "", False, w.start()
        for x in words[n:]:
            if text[last : x.start()].strip():
                break  # something else between: the title has ended
            last, word = x.end(), x.group()
            if word[0].isupper():
                got += "".join(part[0] for part in word.split("-"))
                role = role or word.lower().rpartition("-")[2] in ROLE_NOUNS
            if not initials.startswith(got):
                break
            if got == initials and role:
                yield w.start(), x.end()
                break


_OWN_POSSESSIVE = re.compile(
    r", (?:\d+,|an? |the )(?:(?!\b(?:he|she|him)\b)[^A-Z.!?;“”\"])*?\b(his|her)\b")
"""An age or a description set off right after a name (`Annika, 38, a nurse,`), and the
sentence going on to a his or her with no other name nor pronoun before it (`…, remembers
crying for most of her first session`): the person's own (see scan_people); not `Davis, a
longtime liberal, lashed out…, telling Trump that whatever he meant`."""


def _named_at(m: Mention) -> int:
    """Where a run's person is named: past an owner it opens with (`Courier’s Bernadette
    Roe`: the Courier is named there too), else where the run starts."""
    own = max(m.text.rfind("’s "), m.text.rfind("'s "))
    return m.start + own + 3 if own >= 0 and m.kind == "name" else m.start


def _name_word(m: Mention, text: str, at: int) -> int:
    """Where a named run's name words begin, at or past at: past the role words that open it
    (`retired teacher Ffion Hughes`)."""
    if m.kind != "name" or not m.name or not m.titles:
        return at
    found = re.compile(rf"\b{re.escape(m.name[0])}\b").search(text, at, m.end)
    return found.start() if found else at


# --------------------------------------------------------------------------------------------
# Putting it together
# --------------------------------------------------------------------------------------------


def utterances(doc: Doc) -> list[Utterance]:
    """Quotes grouped into utterances: a paragraph that ends inside a quote and a next
    paragraph that opens with a quote mark make one utterance, unless that next quote names
    its own speaker right after it (`“…,” added Rep. Jim Clyburn.`: the first quote was left
    open by mistake)."""
    out: list[list[Quote]] = []
    for q in doc.quotes:
        if out:
            prev = out[-1][-1]
            lo, _hi = doc.bounds[q.block]
            if (not prev.closed and not prev.whole_block and q.block == prev.block + 1
                    and not doc.text[lo : q.start].strip()
                    and cue_after(make_context(doc, q), doc.page) is None):
                out[-1].append(q)
                continue
        out.append([q])
    return [Utterance(tuple(u)) for u in out]


def decide(utt: Utterance, st: State) -> Decision:
    """The first rule that decides the utterance's first part decides all of it; later parts
    may still name the speaker (`“…” [paragraph] “…,” Smith said.`). A nickname inside a
    name (`Marcia “Cia” Price`) is nobody's line."""
    if utt.parts[0] in st.doc.nicknames:
        return Decision(None, 0.9, None, "nickname")
    st.note_newcomers(utt.parts[0].start)
    first = make_context(st.doc, utt.parts[0])
    for rule in RULES:
        d = rule(first, st)
        if d is not None and not _calls_its_speaker(d, first, st):
            return d
    for part in utt.parts[1:]:
        ctx = make_context(st.doc, part)
        for rule in (rule_cue_after, rule_cue_before):
            d = rule(ctx, st)
            if d is not None and d.speaker is not None:
                return d
    return Decision(None, 0.5, None, "none")


def _calls_its_speaker(d: Decision, ctx: Context, st: State) -> bool:
    """An uncued line is not given to the one it calls (`“Where do you want the sofa?”
    Marcus asked.` / `“In the van, Marcus.”`, `“It’s no trouble, Colonel.”`): a line carried
    on from a paragraph before (see rule_paragraph_continues), the sentence before
    (rule_previous_subject) or a beat (rule_action_beat) passes to the next rule. A line
    that only names them may be theirs (`“The best taco bowls are made in Trump Tower
    Grill.”`, `William hesitated. “William will not come, I never do.”`), but not one that
    speaks of them as he or she (`“Bridget has been with me since… She knows everything.”`,
    see State.talked_of)."""
    return d.speaker is not None and d.rule in _UNCUED and (
        d.speaker in st.calls(ctx.quote) or d.speaker in st.title_called(ctx.quote)
        or d.speaker in st.talked_of(ctx.quote))


_UNCUED = frozenset({"continues", "previous", "beat", "turns", "described"})


def _record(st: State, d: Decision) -> None:
    """A voiced speaker is a mention (a subject) where the cue names them; not a letter's
    signature in the words read out (`… Your loving brother, Jaswant.”` / `He folded the
    letter`: the reader, not the writer far away)."""
    if d.speaker is None or d.at < 0 or (d.rule == "letter" and st.doc.in_quote(d.at)):
        return
    st.people.mention(d.at, d.speaker, st.sentence_at(d.at), SPEAKER_RANK)
    st.resolved_pronouns.add(d.at)


def _pronoun_event(st: State, pos: int, m: Mention, sentence: int) -> None:
    """Resolve a he/she of the narration; it becomes a mention of that person."""
    if pos in st.resolved_pronouns:
        return
    st.note_newcomers(pos)
    key, conf = st.topic(m.gender, pos), PARAGRAPH_SUBJECT_CONFIDENCE  # `As for Trump, he…`
    if key is None:  # `When she raised it with Allingham by email, he replied`
        key = st.clause_opener(m.gender, pos)
    named = _INTRODUCED.match(st.doc.text, pos) or _TURNED_OUT.match(st.doc.text, pos)
    if named is not None:  # `She introduced herself as Dr. Amsel`: the she is Dr. Amsel
        key = next((mm.key for mm in st.people.between(named.end(), named.end() + 5)), key)
    if key is None:
        key, conf = st.people.resolve_pronoun(pos, m.gender, sentence, True,
                                              st.doc.section_start(pos))
        if key is not None and conf < 0.75 and st.paragraph_subject(key, m.gender, pos):
            conf = PARAGRAPH_SUBJECT_CONFIDENCE  # `Trump eased his tone. Asked…, he said`
    if key is None or conf < 0.75 or (not st.doc.dialogue and st.newcomer_after(
            key, m.gender, pos)) or (st.doc.dialogue and (
                st.people.entities[key].first or st.people.entities[key].last) and (
                    st.newcomer_opens_near(m.gender, pos))):
        return  # (`Then a man at the back… He was grey-haired`: not the one named before)
    if not st.doc.dialogue:
        held, _sure = st.role_subject(key, m.gender, pos)
        if held is None:
            return  # one of several who hold the title the sentence opens with
        key = held  # `Closing the exchange, the Tánaiste said he would…`: the Tánaiste's he
    e = st.people.entities[key]
    if (e.gender == "unknown" or (st.doc.dialogue and _PRESENTED_HERE.search(
            st.doc.text, st.doc.sentence_of(bisect.bisect_right(st.doc.block_starts, pos) - 1,
                                            pos), pos))) and st.described_since(
                key, m.gender, pos):
        return  # `The boat put Wren Abernethy ashore…` / `A tall old man was waiting. He did
        # not offer…`: the man, not Wren (see State._resolve_pronoun); `It was a woman, and
        # she was close enough…`: not the woman named before
    if e.gender == "unknown":
        e.vote(m.gender)
    st.people.mention(pos, key, sentence, 0 if _subordinate_he(st, pos, sentence) else (
        SUBJECT_RANK))


_PRESENTED_HERE = re.compile(PRESENTED_BY + "an? ")
"""A sentence that brings somebody in as `It was a woman` (see _pronoun_event)."""


def _subordinate_he(st: State, pos: int, sentence: int) -> bool:
    """A story's he/she that opens a subordinate clause before a named subject (`When he had
    gone Marcus sat with his elbows on his knees.` / `“I liked him,” he said`): no subject
    of the sentence, which is Marcus's."""
    if not st.doc.dialogue or not opening_subordinator(st.doc.text[sentence:pos]):
        return False
    hi = st.doc.bounds[st.block_at(pos)][1]
    end = next(iter(sentence_ends(st.doc.text, pos, hi)), hi)
    return any(mm.rank >= SUBJECT_RANK and not PRONOUN_AT.match(st.doc.text, mm.pos)
               for mm in st.people.between(pos + 1, end))


def attribute(article: Article, segments: tuple[Segment, ...]) -> Attribution:
    """The segments with a speaker on every quote that can be attributed with confidence, and
    the speakers voiced, in order of first appearance.

    On quote segments, `confidence` is how sure the decision is (the speaker, or the narrator
    when the quote stays with the narrator) and `cue` the words that decided it (also kept
    when a cue was found but not trusted, so an editor sees why); other segments get None.
    """
    doc = Doc(one_line_blocks(article), find_quotes(article))
    people, pronouns = scan_people(doc)
    st = State(doc, people)
    events: list[tuple[int, int, object]] = [(p, 0, (m, s)) for p, m, s in pronouns]
    events += [(u.parts[0].start, 1, u) for u in utterances(doc)]
    events.sort(key=lambda e: (e[0], e[1]))
    for _pos, kind, item in events:
        if kind == 0:
            assert isinstance(item, tuple)
            _pronoun_event(st, _pos, item[0], item[1])
            continue
        assert isinstance(item, Utterance)
        d = decide(item, st)
        if d.speaker is not None and d.confidence < VOICE_THRESHOLD:
            d = replace(d, speaker=None, confidence=round(1 - d.confidence, 2))
        _record(st, d)
        for part in item.parts:
            st.decided[part] = d
        if d.speaker is not None:
            st.self_named(item.parts[0], d.speaker)
            st.named_by_other(item.parts[0], d.speaker)
            st.named_by_call(item.parts[0], d.speaker)
            for part in item.parts if doc.dialogue else ():
                called = _CALLS_ME.search(doc.text, part.start, part.end)
                if called is not None:
                    st.people.nickname(st.people.current(d.speaker), called.group(1))
    if doc.dialogue:
        _lines_before_beat(st)
        _turns_back(st)
    st.revealed_later()
    st.named_his_name()
    return _result(segments, doc, st)


def _lines_before_beat(st: State) -> None:
    """Fiction: a line that opens its paragraph and no rule could give is the speaker of a
    later line of the same paragraph whose beat or cue, after it, decided them (`“Word's got
    nothing else to do around here.” She wiped the bar in a slow circle. “You a cop?”`: a
    story hands one paragraph to one person).

    This is rule_beat_after's reading, for a beat whose he/she only the line after it made
    sure of. Edge cases: the narration between them names nobody else (`“…” Tom turned to
    Mary. “…,” she said.` stays) and shows nobody struck by the line or hearing it (`Marek
    flinched.`), and the line does not call that speaker by name."""
    for block, quotes in st.doc.by_block.items():
        first = quotes[0]
        d = st.decided.get(first)
        if len(quotes) < 2 or d is None or d.rule != "none" or st.doc.text[
                st.doc.bounds[block][0] : first.start].strip():
            continue
        later = next((q for q in quotes[1:] if (dd := st.decided.get(q)) is not None
                      and dd.speaker is not None and dd.at > first.end), None)
        if later is None:
            continue
        given = st.decided[later]
        assert given.speaker is not None
        speaker = st.people.current(given.speaker)
        named = {st.people.current(m.key) for m in st.people.between(first.end, later.start)}
        if named - {speaker} or speaker in {st.people.current(k) for k in st.calls(first)} or any(
                t.low in _HEARING or t.low in _REACTING
                for t in st.doc.narration_tokens(first.end, later.start)):
            continue
        for q in quotes[: quotes.index(later)]:
            if st.decided.get(q, _NONE).rule == "none":
                st.decided[q] = Decision(given.speaker, 0.6, given.cue, "beat after", given.at)


def _turns_back(st: State) -> None:
    """Fiction: a run of bare lines nobody could be given, each a paragraph of its own, right
    before a paragraph whose speaker a cue or beat gave (`“Say it, then.”` / `“Say what?”` /
    … / `“Lindqvist. You have three.”` / `He unfolded the jacket… “All right,” he said.`):
    the turns run back from that paragraph between the two people of the conversation, the
    line right before it the other one's.

    Edge cases: two lines at least (one bare line may be a chorus: `CHORUS.` / `“Wow! wow!
    wow!”` / `“Here! you may nurse it…” the Duchess said to Alice`); the conversation must
    have exactly those two speakers in the TURNS_BACK paragraphs before the run, with no
    heading or scene break; the turns must fit a line
    right before the run (never the same speaker twice), and no line in it may be given to
    the one it calls by name or talks of (then the run stays with the narrator)."""
    blocks = st.doc.article.blocks
    b = 0
    while b < len(blocks):
        run = []
        while b < len(blocks) and _bare_line(st, b):
            run.append(b)
            b += 1
        if len(run) > 1 and b < len(blocks) and not st.scene_break(b):
            _fill_back(st, run, b)
        b += 1


def _bare_line(st: State, block: int) -> bool:
    """The paragraph is one quote and nothing else, and no rule decided it."""
    quotes = st.doc.by_block.get(block, [])
    if st.doc.article.blocks[block].kind != "paragraph" or len(quotes) != 1:
        return False
    lo, hi = st.doc.bounds[block]
    q = quotes[0]
    d = st.decided.get(q)
    return d is not None and d.rule == "none" and not (
        st.doc.text[lo : q.start].strip() or st.doc.text[q.end : hi].strip())


def _fill_back(st: State, run: list[int], anchor: int) -> None:
    """Give the run the turns back from the anchor paragraph (see _turns_back)."""
    after = _paragraph_speaker(st, anchor)
    if after is None or not st.decided[st.doc.by_block[anchor][0]].cue:
        return
    lo = run[0]
    seen: set[int] = set()
    for x in range(run[0] - 1, max(-1, run[0] - 1 - TURNS_BACK), -1):
        if st.scene_break(x):
            break
        lo = x
        seen |= {d.speaker for q in st.doc.by_block.get(x, [])
                 if (d := st.decided.get(q)) is not None and d.speaker is not None}
    seen = {st.people.current(k) for k in seen}
    speaker = st.people.current(after[0])
    if len(seen) != 2 or speaker not in seen:
        return
    came = _newcomers_before(st, lo, run[0], seen)
    if len(came) > 1 or _role_arrives(st, run[0] - 1):
        return
    other = came.pop() if came else next(k for k in seen if k != speaker)
    turns = {blk: (other if (run[-1] - blk) % 2 == 0 else speaker) for blk in run}
    before = _paragraph_speaker(st, run[0] - 1) if run[0] > lo else None
    if before is not None and st.people.current(before[0]) == turns[run[0]]:
        return
    lines = {blk: st.doc.by_block[blk][0] for blk in run}
    if any(turns[blk] in {st.people.current(k) for k in st.calls(lines[blk])
                          | st.talked_of(lines[blk])} for blk in run):
        return  # nor to one it talks of (`“Walt said it was mandatory.”` is not Walt's)
    for blk in run:
        st.decided[lines[blk]] = Decision(turns[blk], 0.6, None, "turns back")


def _role_arrives(st: State, block: int) -> bool:
    """The paragraph is narration in which somebody arrives known only by a word for them
    nobody known holds (`At the second hour the herald came.`): the run of bare lines after
    it may be theirs, not the turns of the two who talked before (see _fill_back)."""
    if block < 0 or st.doc.by_block.get(block):
        return False
    held = st.held_titles()
    lo, hi = st.doc.bounds[block]
    return any(a.group(1) not in held and (
        a.group(1) in ROLE_NOUNS or a.group(1) in STORY_ROLES) and not st.doc.in_quote(a.start())
               for a in _ROLE_ARRIVES.finditer(st.doc.text, lo, hi))


_ROLE_ARRIVES = re.compile(r"\b[Tt]he ([a-z]+) (?:came|arrived|appeared|entered|returned)\b")
"""`the herald came`: somebody arriving by a word for them (see _role_arrives)."""


def _newcomers_before(st: State, lo: int, hi: int, seen: set[int]) -> set[int]:
    """Who the last paragraph of narration after the last voiced line among blocks
    lo..hi-1 names, other than the two who spoke there (`Margery slipped along the wall…
    Rowe saw her coming` / `“Mistress Fenwick.”`): one of them is the other one of the
    run's talk, not the one who spoke before it (see _fill_back)."""
    last = max((b for b in range(lo, hi) if any(st.decided.get(q, _NONE).speaker is not None
                                                   for q in st.doc.by_block.get(b, []))),
               default=lo - 1)
    told = [b for b in range(last + 1, hi) if any(
        is_word(t) for t in st.doc.narration_tokens(*st.doc.bounds[b]))]
    if not told:
        return set()
    a, z = st.doc.bounds[told[-1]]
    came = {st.people.current(m.key) for m in st.people.between(a, z)
            if not st.people.entities[m.key].organisation}
    return came - seen - {st.narrator}


def _result(segments: Sequence[Segment], doc: Doc, st: State) -> Attribution:
    starts = [q.start for q in doc.quotes]
    names: dict[int, str] = {}
    order: list[int] = []
    labels: set[str] = set()
    out: list[Segment] = []
    for seg in segments:
        if seg.kind != "quote":
            out.append(replace(seg, speaker=None, confidence=None, cue=None))
            continue
        # the quote the segment holds: a segment may open before its quote mark (`(“…`)
        k = bisect.bisect_right(starts, max(seg.start, seg.end - 1)) - 1
        q = doc.quotes[k] if k >= 0 and seg.start < doc.quotes[k].end else None
        d = st.decided.get(q, _NONE) if q is not None else _NONE
        speaker = None
        key = st.people.current(d.speaker) if d.speaker is not None else None  # the child
        # who was then named Randolph; the narrator reads the lines of a teller with no name
        if key is not None and key != st.unnamed_teller:
            if key not in names:
                names[key] = st.people.canonical(key)
                if names[key] not in labels:  # two the text calls by one name are one speaker
                    labels.add(names[key])
                    order.append(key)
            speaker = names[key]
        out.append(replace(seg, speaker=speaker, confidence=d.confidence or 0.5, cue=d.cue))
    return Attribution(tuple(out), tuple(_speaker(st.people, key, names) for key in order))


def _speaker(people: People, key: int, names: dict[int, str]) -> Speaker:
    """The speaker of an entity, with the aliases of any other the text calls by its name (a
    story's `the gentleman in the white waistcoat` met twice)."""
    e = people.entities[key]
    aliases = [a for k, name in names.items() if name == names[key]
               for a in people.aliases(k) if a != name]
    return Speaker(names[key], e.gender, tuple(dict.fromkeys(aliases)), e.organisation)
