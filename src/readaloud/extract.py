"""Finding the article in decoded text, HTML or Markdown: blocks to read, furniture left out.

Plain text is laid out line by line (`text_article`); HTML and Markdown are first turned into
pieces of text (`html_article`, `markdown_article`), and all three share the furniture rules and
the headline logic, so a "Share this article" line is dropped whatever the format.
"""

from __future__ import annotations

import datetime
import itertools
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from xml.etree import ElementTree

from readaloud.errors import InputError
from readaloud.model import Article, ArticleMeta, Block, BlockKind
from readaloud.segment import ABBREVIATIONS

# --------------------------------------------------------------------------------------------
# Small text helpers
# --------------------------------------------------------------------------------------------

_INVISIBLE = (
    r"\s\x00-\x1f\x7f-\x9f"
    # every format character (Unicode category Cf, as of Unicode 14)
    r"\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f"
    r"\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    r"\U00013430-\U00013438\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    r"\U000e0020-\U000e007f"
)
"""Whitespace, control and format characters: never the first or last character of a Block."""
_VISIBLE_SPAN = re.compile(rf"[^{_INVISIBLE}](?:.*[^{_INVISIBLE}])?")
_LINE_END = re.compile(r"\r\n|\r|\n")
_FIRST_WORD = re.compile(r"\S+")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"',
                         "„": '"', "‟": '"', "–": "-", "—": "-", "―": "-"})
_TERMINAL = ".!?…"
_CLOSERS = "\"'”’)]»"

MAX_FURNITURE_CHARS = 200
"""Furniture is short: a longer line is never dropped as furniture (body text is never lost)."""
MAX_HEADLINE_CHARS = 300
"""A first line longer than this is a paragraph, not a headline."""


def collapse(text: str) -> str:
    """`text` with runs of whitespace made single spaces and the ends trimmed."""
    return " ".join(text.split())


def fold(text: str) -> str:
    """A comparison key: case, quote style, dashes, spacing and final punctuation ignored.

    Edge cases: "Now Reading" == "NOW READING"; "It’s here." == "It's here"; NFKC folds
    full-width letters; an all-punctuation string folds to itself minus final punctuation.
    """
    key = collapse(unicodedata.normalize("NFKC", text).casefold().translate(_QUOTES))
    return key.rstrip(".!?:;, ") or key


def words(text: str) -> int:
    """How many whitespace-separated words `text` has."""
    return len(text.split())


def ends_sentence(text: str) -> bool:
    """True when `text` ends with sentence punctuation, maybe followed by closing quotes."""
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def visible_span(text: str, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """The span of `text[start:end]` without leading/trailing invisible characters, or None."""
    match = _VISIBLE_SPAN.search(text, start, len(text) if end is None else end)
    return (match.start(), match.end()) if match else None


# --------------------------------------------------------------------------------------------
# Dates and bylines (metadata found in the text)
# --------------------------------------------------------------------------------------------

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_RE = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
             r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_WEEKDAY_RE = (r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?"
               r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?)")
_DATE_TOKEN = (
    rf"(?:{_MONTH_RE}\.?|{_WEEKDAY_RE}\.?|\d{{1,2}}(?:st|nd|rd|th)?|\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}(?:t[\d:.]+(?:z|[+-]\d{2}:?\d{2})?)?|\d{1,2}/\d{1,2}/\d{2,4}"
    r"|\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|[ap]\.?m\.?|at|on|of"
    r"|(?:et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|gmt|utc|bst|cet|cest|ist|jst|aest|aedt)"
    r"|(?:\d+|an?|one)\s+(?:second|minute|min|hour|hr|day|week|month|year)s?\s+ago|today|yesterday)"
)
_DATE_LABEL = (r"(?:published|updated|last\s+updated|first\s+published|posted|posted\s+on"
               r"|modified|last\s+modified|date|dated)")
_DATE_TOKENS = rf"{_DATE_TOKEN}(?:[\s,|•·\-–—]+{_DATE_TOKEN})*"
_DATE_ONLY = re.compile(rf"^{_DATE_TOKENS}$", re.IGNORECASE)
_LABELLED_DATE = re.compile(rf"^{_DATE_LABEL}\s*:?\s*{_DATE_TOKENS}\.?$", re.IGNORECASE)
_HAS_DATE = re.compile(rf"\b{_MONTH_RE}\b|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}",
                       re.IGNORECASE)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?!\d)")
_NAMED_DATE = re.compile(
    rf"(?:\b(\d{{1,2}})(?:st|nd|rd|th)?\s+)?\b({_MONTH_RE})\.?\s+(?:(\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?"
    r"(\d{4})\b",
    re.IGNORECASE,
)


def parse_date(text: str) -> str | None:
    """The first calendar date in `text` as YYYY-MM-DD, or None.

    Edge cases: "March 14, 2022", "14 March 2022", "Mon. Mar. 14th, 2022", "2022-03-14T10:00Z"
    are read; "March 2022" (no day), "03/14/2022" (day/month order unknown) and impossible
    dates ("February 30, 2022") give None.
    """
    iso = _ISO_DATE.search(text)
    if iso:
        return _valid_date(int(iso[1]), int(iso[2]), int(iso[3]))
    named = _NAMED_DATE.search(text)
    if named:
        day = named[1] or named[3]
        month = _MONTHS.get(named[2][:4].lower()) or _MONTHS.get(named[2][:3].lower())
        if day and month:
            return _valid_date(int(named[4]), month, int(day))
    return None


def _valid_date(year: int, month: int, day: int) -> str | None:
    """YYYY-MM-DD for a real calendar date, else None."""
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


_NAME_WORD = r"[A-ZÀ-ÞĀ-Ž][\w'’.\-]*"
_PARTICLE = r"(?:de|da|di|del|der|den|van|von|le|la|du|al|el|bin|ibn|y)"
_PERSON = rf"{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_NAME_WORD}){{0,3}}"
_BYLINE = re.compile(
    rf"^(?i:by|written\s+by|words\s+by|story\s+by|reporting\s+by|text\s+by|author:)\s+"
    rf"(?P<names>{_PERSON}(?:(?:\s*,\s*{_PERSON})*,?\s+(?:and|&)\s+{_PERSON})?)"
    r"(?:\s*(?:,|\||–|—|-|\bfor\b)\s*[A-Z][\w'’.&\- ]{0,50})?$"
)
_NOT_A_NAME = re.compile(rf"^(?:{_MONTH_RE}|{_WEEKDAY_RE}|the|then|now|far|this|that|these|those"
                         r"|early|late|last|next|election|contrast|comparison|noon|midnight)\b",
                         re.IGNORECASE)


def byline_author(line: str) -> str | None:
    """The author named by a byline ("By Jane Doe, Staff Writer" -> "Jane Doe"), else None.

    Edge cases: "By Jane Doe and John Roe | Reuters" -> "Jane Doe and John Roe"; sentences that
    start with "By" ("By Thursday, it was over.", "By contrast, ...", "By 2026 the deficit...")
    are not bylines; lines over 100 characters or ending in sentence punctuation are not either.
    """
    text = collapse(line)
    if len(text) > 100 or ends_sentence(text):
        return None
    match = _BYLINE.match(text)
    if not match or _NOT_A_NAME.match(match["names"]):
        return None
    return match["names"].strip(" ,")


# --------------------------------------------------------------------------------------------
# Page furniture: rules that recognise a whole line by its kind
# --------------------------------------------------------------------------------------------

_SOCIAL = (r"facebook|twitter|x|linkedin|whatsapp|reddit|pinterest|telegram|tumblr|flipboard"
           r"|messenger|threads|bluesky|mastodon|instagram|youtube|tiktok|pocket|e-?mail|sms")
_LABELS = (
    r"now\s+reading|(?:scroll|back|return|go)\s+to\s+(?:the\s+)?top|top|skip\s+to\s+(?:main\s+)?"
    r"(?:content|navigation|main)|skip\s+navigation|jump\s+to|read\s+more|read\s+next|read\s+on"
    r"|continue\s+reading|(?:show|load|see|view|read)\s+(?:more|all|less)|more"
    r"|share(?:\s+(?:this|the))?(?:\s+(?:article|story|post|page|video|link))?"
    rf"|share\s+(?:on|via|to)\s+(?:{_SOCIAL})|{_SOCIAL}|tweet|print|copy\s+link|link\s+copied"
    r"|save|saved|bookmark|gift\s+(?:this\s+)?article|advertisement|advertising|ad|ads|sponsored"
    r"|sponsored\s+content|paid\s+(?:content|post)|promoted|partner\s+content|subscribe"
    r"|subscribe\s+(?:now|today|here)|subscribers?\s+only|premium|sign\s+(?:in|up|out)"
    r"|log\s*(?:in|out)|register|create\s+(?:an\s+)?account|my\s+account|account|profile"
    r"|menu|main\s+menu|(?:open|close|toggle)\s+(?:menu|navigation|search)|navigation|search"
    r"|home|homepage|related|related\s+(?:articles?|stories|story|posts?|content|coverage|news"
    r"|topics|links|reading|videos?)|more\s+(?:stories|articles|news|videos)|recommended"
    r"|recommended\s+for\s+you|you\s+(?:may|might)\s+also\s+like|most\s+(?:read|popular|viewed"
    r"|shared|recent)|popular|trending|trending\s+now|top\s+stories|latest|latest\s+news"
    r"|comments?|(?:leave|post|add|write)\s+an?\s+(?:comment|reply)|(?:show|view|hide|load|read)"
    r"\s+(?:all\s+)?comments|join\s+the\s+(?:conversation|discussion)|discussion|replies|reply"
    r"|like|likes|report|flag|newsletters?|(?:sign\s+up\s+for|get)\s+(?:our|the)\s+newsletters?"
    r"|follow|follow\s+us|next|previous|prev|(?:next|previous|prev)\s+(?:article|story|post"
    r"|page)|close|dismiss|x|listen|listen\s+to\s+(?:this\s+)?(?:article|story)|play|pause"
    r"|watch|watch\s+(?:now|live|video)|video|videos|photos?|gallery|(?:photo|image)\s+gallery"
    r"|tags?|topics?|categories|filed\s+under|accept|accept\s+all(?:\s+cookies)?|accept\s+cookies"
    r"|reject|reject\s+all|(?:manage|customi[sz]e)\s+(?:cookies|preferences|settings|consent)"
    r"|cookies?|cookie\s+(?:settings|policy|preferences|notice)|privacy|privacy\s+policy"
    r"|terms(?:\s+of\s+(?:use|service))?|terms\s+(?:and|&)\s+conditions|contact(?:\s+us)?"
    r"|about(?:\s+us)?|faq|help|sitemap|rss|feedback|(?:download|get)\s+(?:the|our)\s+app"
    r"|open\s+in\s+app|loading|please\s+wait|continue|story\s+continues\s+below(?:\s+"
    r"advertisement)?|(?:article|story)\s+continues\s+(?:below|after\s+(?:the\s+)?advertisement)"
    r"|advertisement\s*-\s*(?:scroll|continue)\s+(?:to\s+continue|reading(?:\s+below)?)"
    r"|(?:click|tap)\s+to\s+(?:expand|enlarge|share|play)|enlarge\s+(?:this\s+)?image"
    r"|toggle\s+caption|hide\s+caption|caption|(?:image|photo)\s+credit|credits?"
)
_LABEL_RUN = re.compile(rf"(?:{_LABELS})(?:[\s|•·/,:]+(?:{_LABELS}))*", re.IGNORECASE)
_COUNTS = re.compile(r"\(\s*\d[\d,.]*\s*[km]?\s*\)|\b\d[\d,.]*[km]?\b", re.IGNORECASE)
_EDGE_SYMBOLS = re.compile(r"^[\W_]+|[\W_]+$")


def ui_label(line: str) -> bool:
    """Navigation and interface labels standing alone: "Now Reading", "Scroll To Top", "Menu".

    Edge cases: any case and surrounding arrows or bullets ("↑ Back to top", "» Read more");
    counts ("Comments (12)", "12 Comments"); several labels in a row ("Share Tweet Email",
    "Facebook | Twitter | LinkedIn"). A label inside a sentence ("Read more about the plan in
    our report.") is not furniture, nor is a one-word sentence in the story ("Pause.",
    "Next!"): a label ending in sentence punctuation counts only in capitals ("TWITTER."),
    and a word in quote marks is a line somebody says or writes (a text message `“help”`).
    """
    stripped = collapse(line)
    if words(stripped) > 16 or (ends_sentence(stripped) and not stripped.isupper()):
        return False
    if stripped[:1] in "“\"‘'«" and stripped[-1:] in "”\"’'»":
        return False  # a story's `“help”`, read out, is no page's Help link
    text = collapse(_EDGE_SYMBOLS.sub("", _COUNTS.sub(" ", stripped)))
    return bool(text) and _LABEL_RUN.fullmatch(text) is not None


_TEASER = re.compile(
    r"^[\W_]*(?:related|read\s+more|read\s+also|also\s+read|more|see\s+also|read|watch|listen"
    r"|recommended|related\s+(?:coverage|story|article|content|reading)|more\s+on\s+this"
    r"|more\s+from\s+[\w' ]{1,30}|don'?t\s+miss|must\s+read|trending|popular|editor'?s\s+picks?"
    r"|top\s+stories|latest|what\s+to\s+read\s+next|sponsored|advertisement)\s*[:|»›>]\s*\S",
    re.IGNORECASE,
)


def teaser_link(line: str) -> bool:
    """A link to another story, introduced by a label: "Related: Senate passes the bill".

    Edge cases: "READ MORE: …", "See also » …", "Watch: …", "More from Example News: …"; the
    label must be followed by ':', '|', '»', '›' or '>' ("Read the full text." is kept); what
    follows is one headline, so a line that goes on with another sentence is the story's own
    ("Watch: “The Orchard Keeper.” Its director told me…", a newsletter's pick).
    """
    m = _TEASER.match(line)
    return m is not None and _NEXT_SENTENCE.search(line, m.end() - 1) is None


_NEXT_SENTENCE = re.compile(r"[a-z\d]{2}[.!?][”\"’']?\s+[“\"‘']?[A-Z]")
"""A sentence end with another sentence after it (`U.S. Senate` is no sentence end)."""


_FOLLOW = re.compile(
    rf"^(?:follow|like|find|join|connect\s+with|subscribe\s+to)\b.{{0,80}}\b(?:on|at|via)\s+"
    rf"(?:{_SOCIAL}|social\s+media)\b.{{0,80}}$"
    r"|^(?:follow|like|find)\s+(?:us|me)\b.{0,60}$",
    re.IGNORECASE,
)


def follow_us(line: str) -> bool:
    """Social-media prompts: "Follow us on Twitter", "Like us on Facebook", "Follow @x on X".

    Edge cases: handles and addresses after the network ("Follow Jane on Twitter: @jane");
    "She follows the news on Twitter." is kept (the line must start with the prompt verb).
    """
    return _FOLLOW.match(collapse(line)) is not None


_CLICK_HERE = re.compile(r"^[\W_]*(?:click|tap)\s+(?:here|the\s+link|below)\b", re.IGNORECASE)


def click_here(line: str) -> bool:
    """Instructions to click: "Click here to read the full report", "Tap here for updates".

    Edge cases: any case; leading arrows; "Clicking here is easy, she said." is kept.
    """
    return _CLICK_HERE.match(line) is not None


_COPYRIGHT = re.compile(
    r"©\s*(?:\d{4}|[A-Z])|\([cC]\)\s*\d{4}|^\W*(?i:copyright)\s*(?:©|\([cC]\)|\d{4}|(?i:by)\b)"
    r"|(?i:all\s+rights\s+reserved)\W*$"
)


def copyright_line(line: str) -> bool:
    """Copyright and rights notices: "© 2024 Example News", "Example Co. All Rights Reserved.".

    Edge cases: "(c) 2024", "Copyright 2024 …", "Copyright © …"; © must be followed by a year
    or a name (mis-decoded text such as "clichÃ© that" is kept); a sentence about copyright
    ("Copyright law is changing, experts say.") is kept: it needs ©, a year or "by" right after
    the word, or to end with "All rights reserved".
    """
    return _COPYRIGHT.search(line) is not None


_COOKIES = re.compile(
    r"\b(?:we|this\s+(?:web)?site|our\s+(?:web)?site|this\s+page)\s+uses?\s+cookies\b"
    r"|\bby\s+(?:continuing|using|browsing)\b.{0,80}\b(?:cookies|you\s+(?:agree|consent|accept))"
    r"|\byou\s+(?:agree|consent)\s+to\s+(?:the|our)\s+use\s+of\s+cookies\b"
    r"|\bcookies?\s+(?:policy|settings|preferences|consent)\b.{0,40}$",
    re.IGNORECASE,
)


def cookie_notice(line: str) -> bool:
    """Cookie consent banners: "We use cookies to improve your experience. Accept".

    Edge cases: "By continuing to browse you agree to our use of cookies"; up to 400
    characters; a news sentence about cookie rules ("Regulators said sites must ask before
    setting cookies.") is kept.
    """
    return len(line) <= 2 * MAX_FURNITURE_CHARS and _COOKIES.search(line) is not None


_IMAGE_CREDIT = re.compile(
    r"^\[(?:illustration|image|photo|picture|figure|graphic|video|embed|map|chart)\b[^\]]*\]$"
    r"|^(?:photo|image|picture|illustration|graphic|video|photograph|photography|credit|source)s?"
    r"(?:\s+(?:credit|courtesy|by))?\s*:\s*\S.{0,120}$"
    r"|^\((?:photo|image|picture|video|credit)\b[^)]{0,120}\)$"
    r"|^(?:photo|image|picture)\s+(?:by|courtesy\s+of)\s+.{1,80}$"
    r"|^(?:produced|transcribed|digiti[sz]ed)\s+by\s+.{1,120}$",
    re.IGNORECASE,
)


def image_credit(line: str) -> bool:
    """Image placeholders and credits: "[Illustration]", "Photo: Jane Doe/Agency".

    Edge cases: "(Photo by Jane Doe)", "Image courtesy of the museum", "Produced by …" (e-book
    and video credits); "Photographs show the damage." is kept (no colon, not a credit form),
    and so is a caption that describes the picture ("Photo: Lena Marsh with her poster.").
    """
    text = collapse(line)
    if _IMAGE_CREDIT.match(text) is None:
        return False
    label = _CAPTION.match(_ABBREVIATED.sub(r"\1", text))
    return label is None or sum(1 for w in re.findall(r"(?<![\w'’])[a-z][a-z'’-]*", label.group(1))
                                if w not in _CREDIT_WORDS) < CAPTION_WORDS


_CAPTION = re.compile(r"^(?:photo|image|picture|photograph)s?\s*:\s*([^.]*)", re.IGNORECASE)
"""A label before the first sentence of what follows it (see image_credit)."""
_ABBREVIATED = re.compile(r"\b(" + "|".join(sorted(ABBREVIATIONS)) + r")\.", re.IGNORECASE)
"""A dot that ends no sentence (`Photo: Dr. Halima Osei speaks…`: the caption goes on)."""
_CREDIT_WORDS = frozenset(("by", "of", "courtesy", "via", "and", "for", "the", "supplied", "file",
                           "handout", "stock", "archive", "archives", "contributed", "provided",
                           "staff", "pool"))
CAPTION_WORDS = 1
"""Lower-case words (besides a credit's `by`, `courtesy of`) that make `Photo: …` a caption
describing the picture (`Photo: Lena Marsh with her winning poster.`), read: for a listener
who cannot see it, it is the picture; a credit (`Photo: Sam Reed/Harbour Times`) is not."""


_READING_TIME = re.compile(
    r"^(?:\d+\s*(?:-|to)\s*)?\d+\s*(?:min|mins|minutes?|m)\.?\s*(?:read|listen|watch)?$"
    r"|^(?:estimated\s+)?(?:reading|listening|read)\s+time\s*:?\s*.{0,30}$"
    r"|^listen\s+to\s+this\s+(?:article|story)\b.{0,40}$",
    re.IGNORECASE,
)


def reading_time(line: str) -> bool:
    """Reading-time and audio widgets: "5 min read", "Reading time: 4 minutes".

    Edge cases: "3-4 min read", "Listen to this article 6 min"; "It took 5 minutes to read the
    ruling." is kept.
    """
    return _READING_TIME.match(collapse(line)) is not None


def timestamp_line(line: str) -> bool:
    """Publication stamps: "Updated 10:32 AM ET, March 14, 2022", "Published: 2 hours ago".

    Edge cases: "Last updated: Mon 14 Mar 2022 10.00 GMT", "Posted on March 14, 2022 at 9:00
    am"; a label is required here (a bare date is a top-of-page rule); "Updated figures show a
    rise." is kept (not made of date words only).
    """
    return _LABELLED_DATE.match(collapse(line)) is not None


_RULE_CHARS = re.compile(r"^[*\-_=~#•·.+<>|/\\ ]{3,}$")
_BREAK_MARKS = re.compile(r"^[*#~•⁂§◆◇❖]{1,2}$")


def decorative_rule(line: str) -> bool:
    """Separator lines with nothing to say: "* * *", "------", "~~~", "• • •", and a story's
    scene break of one or two marks ("*", "#", "⁂").

    Edge cases: three characters at least, unless the marks are those of a scene break (not
    "-" or "." alone); a line of other punctuation ("?!?!") is kept (it may be a headline,
    however odd).
    """
    line = line.strip()
    return _RULE_CHARS.match(line) is not None or _BREAK_MARKS.match(line) is not None


_SEPARATORS = re.compile(r"\s+[|•·/]\s+|\s*[›»>→]\s*")


def nav_bar(line: str) -> bool:
    """Breadcrumbs and menus on one line: "Home › World › Asia", "News | Sport | Weather".

    Edge cases: arrows (› » > →) need one separator, bars and bullets (| • · /) two; every item
    must be short (three words, no sentence end). "Yes / no questions are hard." is kept.
    """
    if not any(sep in line for sep in "|•·/›»>→"):
        return False
    parts = _SEPARATORS.split(collapse(line))
    arrows = any(sep in line for sep in "›»>→")
    if len(parts) < (2 if arrows else 3):
        return False
    return all(0 < words(part) <= 3 and len(part) <= 30 and not ends_sentence(part)
               for part in parts)


FurnitureRule = Callable[[str], bool]

FURNITURE_RULES: tuple[FurnitureRule, ...] = (
    ui_label, teaser_link, follow_us, click_here, copyright_line, cookie_notice, image_credit,
    reading_time, timestamp_line, decorative_rule, nav_bar,
)
"""Rules that recognise page furniture anywhere in an article (a whole line each)."""

_SECTION_NAMES = re.compile(
    r"(?:news|world|world\s+news|u\.?s\.?(?:\s+news)?|uk(?:\s+news)?|politics|business|money"
    r"|markets|economy|tech|technology|science|health|sports?|entertainment|culture|arts|life"
    r"|lifestyle|style|travel|food|opinion|opinions|analysis|editorial|commentary|comment"
    r"|columns?|features?|investigations?|exclusive|breaking|breaking\s+news|live|live\s+updates"
    r"|local|national|international|europe|asia|africa|americas|middle\s+east|climate"
    r"|environment|education|media|books|music|film|movies|tv|television|podcasts?|weather|crime"
    r"|law|justice|religion|elections?|investigates|fact\s+check|explainer|interview|review"
    r"|reviews|obituaries|sponsored|partner\s+content)",
    re.IGNORECASE,
)


def section_kicker(line: str) -> bool:
    """A section name above the headline: "POLITICS", "World News", "Opinion | Analysis".

    Edge cases: only before the article body starts (a "Politics" heading later is kept); any
    case; two names with a separator. An unknown short line ("MARS LANDING") is kept: it may
    be the headline itself.
    """
    if words(line) > 6:
        return False
    text = collapse(_EDGE_SYMBOLS.sub("", line))
    parts = re.split(r"\s*[|/•·›»>:,]\s*", text)
    return all(_SECTION_NAMES.fullmatch(part) for part in parts) if text else False


def date_only(line: str) -> bool:
    """A bare date or time before the body: "March 14, 2022", "Mon 14 Mar 2022 10.00 GMT".

    Edge cases: only before the article body starts; must contain a month name or a numeric
    date ("12" alone, a list number, is kept); weekdays, times and time zones may surround it;
    a day with no year or time ("31 October", a diary's first entry) is kept.
    """
    text = collapse(line)
    return _DATE_ONLY.match(text) is not None and _HAS_DATE.search(text) is not None and (
        _DAY_OF_YEAR.match(text) is None)


_DAY_OF_YEAR = re.compile(
    rf"^(?:{_WEEKDAY_RE}\.?,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_RE}\.?"
    rf"|{_MONTH_RE}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)$", re.IGNORECASE)
"""A day with no year and no time (`31 October`, `Monday, May 3rd`): a diary's entry, read
(a page's date line has its year, and goes into the tags)."""


TOP_RULES: tuple[FurnitureRule, ...] = (section_kicker, date_only)
"""Rules that apply only before the article body starts (kickers and date lines)."""


def is_furniture(line: str, *, top: bool = False) -> bool:
    """True when the whole `line` is page furniture (`top`: before the article body starts)."""
    text = collapse(line)
    if not text or len(text) > 2 * MAX_FURNITURE_CHARS:
        return False
    if len(text) <= MAX_FURNITURE_CHARS and any(rule(text) for rule in FURNITURE_RULES):
        return True
    if cookie_notice(text):
        return True
    return top and len(text) <= MAX_FURNITURE_CHARS and any(rule(text) for rule in TOP_RULES)


# --------------------------------------------------------------------------------------------
# Headings
# --------------------------------------------------------------------------------------------

_NUMBER_WORDS = (r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
                 r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|first|second"
                 r"|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final")
_NUMBER = rf"(?:[IVXLCDM]+|[ivxlcdm]+|\d+|(?i:{_NUMBER_WORDS}))"
"""A chapter's number: Roman, Arabic or a word."""
_CHAPTER = re.compile(
    rf"^(?:CHAPTER|Chapter|BOOK|Book|PART|Part|SECTION|Section|CANTO|Canto|ACT|Act|VOLUME|Volume"
    rf"|Prologue|PROLOGUE|Epilogue|EPILOGUE)(?:\s+{_NUMBER})?"
    r"\b[.:]?(?:\s+\S.{0,70})?$"
)


_NUMBER_ONLY = re.compile(rf"{_NUMBER}\.?")
"""A line that is only a chapter's number."""


def chapter_heading(line: str) -> bool:
    """Book-style section lines: "CHAPTER I.", "Chapter 3: The Return", "PART TWO", "Prologue".

    Edge cases: the keyword must be capitalised and start the line; a number (Roman, Arabic or a
    word) may follow; a title of up to 70 characters may follow. "Chapter and verse were
    quoted at length by both sides in the long debate that followed the ruling." is kept.
    """
    text = collapse(line)
    if len(text) > 90:
        return False
    match = _CHAPTER.match(text)
    if not match:
        return False
    keyword_only = re.fullmatch(r"[A-Za-z]+\.?", text) is not None
    return not keyword_only or text.rstrip(".:").lower() in {"prologue", "epilogue"}


def heading_like(line: str) -> bool:
    """Short, title-like text: at most 10 words and 80 characters, no final punctuation.

    Edge cases: must start with a capital letter or digit and end with a letter or digit;
    quotes ("“We will win”") and sentence ends ("He left.") are not headings; two capitalised
    words (maybe with a middle initial) look like a person's name (a reporter's credit: "Jane
    Doe", "John Q. Public") and are not headings either; "Down the Rabbit-Hole", "The 2024
    Budget" and "HARBOUR NEWS" are.
    """
    text = collapse(line)
    if not text or len(text) > 80 or words(text) > 10:
        return False
    if not (text[0].isupper() or text[0].isdigit()) or not text[-1].isalnum():
        return False
    if any(mark in text for mark in "\"“”«»"):
        return False
    return not _NAME_LIKE.fullmatch(text)


_NAME_LIKE = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ'’\-]+\s+(?:[A-Z]\.\s+)?[A-ZÀ-Þ][a-zß-ÿ'’\-]+")


def chapter_title(line: str) -> bool:
    """The title line under a chapter line: short, capitalised, not a sentence of the story.

    Edge cases: "Down the Rabbit-Hole", "Who Stole the Tarts?" (a question is a fine title);
    "It was late." (ends with a full stop) and lines of more than 12 words or 80 characters
    are story text, not titles.
    """
    text = collapse(line)
    return (0 < len(text) <= 80 and words(text) <= 12 and (text[0].isupper() or text[0].isdigit())
            and not text.endswith("."))


# --------------------------------------------------------------------------------------------
# Plain text: lines -> units -> blocks
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    """A line with something visible on it: where it begins, and its visible span."""

    begin: int
    start: int
    end: int
    blank_before: bool


@dataclass(frozen=True)
class _Unit:
    """A candidate block: one or more lines read together."""

    start: int
    end: int
    lines: int
    alone: bool
    """Blank lines (or the text's ends) on both sides: a heading may stand like that."""
    chapter: bool = False


def _lines(text: str, begin: int, end: int) -> list[_Line]:
    """Every line of `text[begin:end]` with something visible; blank lines become gaps."""
    found: list[_Line] = []
    blank = True
    pos = begin
    for match in _LINE_END.finditer(text, begin, end):
        blank = _add_line(text, pos, match.start(), blank, found)
        pos = match.end()
    _add_line(text, pos, end, blank, found)
    return found


def _add_line(text: str, begin: int, end: int, blank_before: bool, found: list[_Line]) -> bool:
    """Append the line `text[begin:end]` if it has a visible character; True when it is blank."""
    span = visible_span(text, begin, end)
    if span is None:
        return True
    found.append(_Line(begin, span[0], span[1], blank_before))
    return False


def _groups(lines: list[_Line]) -> list[list[_Line]]:
    """Runs of consecutive lines without a blank line between them."""
    groups: list[list[_Line]] = []
    for line in lines:
        if line.blank_before or not groups:
            groups.append([])
        groups[-1].append(line)
    return groups


def _soft_break(text: str, line: _Line, following: _Line, width: int) -> bool:
    """True when the next line's first word would not have fitted: a wrap, not a line break."""
    word = _FIRST_WORD.match(text, following.start, following.end)
    length = word.end() - word.start() if word else 0
    return (line.end - line.begin) + 1 + length > width


MIN_WRAP_WIDTH = 40
"""Hard-wrapped text is wrapped at 40 to 120 columns (60-80 in practice); narrower uniform lines
are a list or verse, wider ones paragraphs."""
MAX_WRAP_WIDTH = 120


def wrap_width(text: str, groups: Sequence[Sequence[_Line]]) -> int | None:
    """The column a hard-wrapped text is wrapped at, or None when each line is a paragraph.

    Hard-wrapped text (e-books, e-mail) has lines of 40 to 120 columns at most, and at most
    breaks inside a paragraph the next word would not have fitted on the line (greedy
    wrapping): two thirds of them at least, not counting breaks after chapter lines. News
    copies with one paragraph per line fail one test or the other. Verse and headings inside
    wrapped text are the breaks that fail the fit test.
    """
    inner = [(a, b) for group in groups for a, b in itertools.pairwise(group)
             if not chapter_heading(text[a.start:a.end])]
    if len(inner) < 3:
        return None
    lengths = sorted(line.end - line.begin for group in groups for line in group)
    width = lengths[min(len(lengths) - 1, len(lengths) * 98 // 100)]
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return None
    soft = sum(1 for a, b in inner if _soft_break(text, a, b, width))
    return width if soft * 3 >= len(inner) * 2 else None


@dataclass(frozen=True)
class _Layout:
    """A text being cut into units, and the wrap width that decides how lines are joined."""

    text: str
    width: int | None

    def line_text(self, line: _Line) -> str:
        """The visible text of `line`."""
        return self.text[line.start:line.end]

    def hard_after(self, group: Sequence[_Line], index: int) -> bool:
        """True when the break after line `index` of `group` ends the line on purpose."""
        return index == len(group) - 1 or self.width is None or not _soft_break(
            self.text, group[index], group[index + 1], self.width)

    def chapter_pair(self, group: Sequence[_Line], index: int) -> bool:
        """A chapter line whose title is the next, last line of the group ("CHAPTER I." + title),
        or a chapter word whose number is that line ("CHAPTER" + centred "3")."""
        if index != len(group) - 2:
            return False
        line, below = self.line_text(group[index]), self.line_text(group[index + 1])
        return (chapter_heading(line) and chapter_title(below)) or (
            _NUMBER_ONLY.fullmatch(below.strip()) is not None
            and chapter_heading(f"{line.strip()} {below.strip()}"))

    def standalone(self, group: Sequence[_Line], index: int, headline: bool) -> bool:
        """A line that is a unit of its own: every line when each line is a paragraph; in wrapped
        text only a headline, chapter or furniture line with deliberate breaks on both sides."""
        if self.width is None:
            return True
        hard_before = index == 0 or self.hard_after(group, index - 1)
        if not (hard_before and self.hard_after(group, index)):
            return False
        line = self.line_text(group[index])
        return headline or chapter_heading(line) or is_furniture(line)

    def units(self, groups: Sequence[Sequence[_Line]]) -> list[_Unit]:
        """Candidate blocks in text order."""
        units: list[_Unit] = []
        seen_text = False
        for group in groups:
            pending: list[_Line] = []
            index = 0
            while index < len(group):
                line = group[index]
                headline = not seen_text and not is_furniture(self.line_text(line), top=True)
                seen_text = seen_text or headline
                if self.chapter_pair(group, index):
                    self._flush(pending, units, group)
                    units.append(_Unit(line.start, group[-1].end, 2, alone=index == 0,
                                       chapter=True))
                    index += 2
                elif self.standalone(group, index, headline):
                    self._flush(pending, units, group)
                    units.append(_Unit(line.start, line.end, 1, alone=len(group) == 1,
                                       chapter=chapter_heading(self.line_text(line))))
                    index += 1
                else:
                    pending.append(line)
                    index += 1
            self._flush(pending, units, group)
        return units

    @staticmethod
    def _flush(pending: list[_Line], units: list[_Unit], group: Sequence[_Line]) -> None:
        """Emit the joined lines collected so far as one unit."""
        if pending:
            units.append(_Unit(pending[0].start, pending[-1].end, len(pending),
                               alone=pending[-1] is group[-1] and pending[0] is group[0]))
            pending.clear()


# --------------------------------------------------------------------------------------------
# Deciding what each unit is: furniture, headline, repeat, byline, heading, paragraph
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Reading:
    """What is known while walking the units of a text in order (not the blocks themselves)."""

    title: str | None = None
    title_key: str | None = None
    """fold() of the headline while repeats of it are to be dropped."""
    headline_seen: bool = False
    body_seen: bool = False
    meta: ArticleMeta = field(default_factory=ArticleMeta)


BODY_WORDS = 8
"""A paragraph of at least this many words starts the article body (ends the top zone)."""

Decision = BlockKind | None
"""What a unit is: the kind of block it becomes, or None when it is dropped."""


def _decide(reading: _Reading, unit: _Unit, line: str, forced_title: bool
            ) -> tuple[_Reading, Decision]:
    """What `unit` (whose text is `line`) is, and the reading after it."""
    top = not reading.body_seen
    if is_furniture(line, top=top):
        return _dated(reading, line, top), None
    author = byline_author(line) if top else None
    if author is not None:
        reading = replace(reading, meta=_with(reading.meta, author=author))
    if not reading.headline_seen:
        if author is not None:  # a byline above the headline is metadata only
            return reading, None
        headline = _is_headline(reading, unit, line, forced_title)
        reading = replace(reading, headline_seen=True, title_key=fold(line) if headline else None)
        if headline:
            return replace(reading, title=reading.title or collapse(line)), "title"
    elif reading.title_key is not None and fold(line) == reading.title_key:
        return reading, None
    if not reading.body_seen and words(line) >= BODY_WORDS:
        reading = replace(reading, body_seen=True)
    return reading, "heading" if unit.chapter else "paragraph"


def _walk(units: Sequence[_Unit], text: str, reading: _Reading, forced_title: bool
          ) -> tuple[_Reading, list[Block], list[tuple[int, int]]]:
    """Decide every unit in order: the final reading, the blocks, and the dropped spans."""
    blocks: list[Block] = []
    dropped: list[tuple[int, int]] = []
    for unit in units:
        reading, kind = _decide(reading, unit, text[unit.start:unit.end], forced_title)
        if kind is None:
            dropped.append((unit.start, unit.end))
        else:
            blocks.append(Block(kind, unit.start, unit.end))
    return reading, blocks, dropped


def _is_headline(reading: _Reading, unit: _Unit, line: str, forced_title: bool) -> bool:
    """The first unit read is the headline when it looks like one (or matches --title)."""
    if forced_title:
        return fold(line) == reading.title_key
    return (unit.lines == 1 or unit.chapter) and len(collapse(line)) <= MAX_HEADLINE_CHARS


def _dated(reading: _Reading, line: str, top: bool) -> _Reading:
    """A date line at the top also dates the article."""
    if top and reading.meta.date is None and (date_only(line) or timestamp_line(line)):
        return replace(reading, meta=_with(reading.meta, date=parse_date(line)))
    return reading


def _with(meta: ArticleMeta, **fields: str | None) -> ArticleMeta:
    """`meta` with the given fields filled where they are still empty."""
    missing = {name: value for name, value in fields.items()
               if value and getattr(meta, name) is None}
    return replace(meta, **missing) if missing else meta


HEADING_NEXT_WORDS = 15
"""A plain-text heading must be followed by a paragraph of at least this many words."""


def _settle_headings(text: str, units: dict[int, _Unit], blocks: Sequence[Block]
                     ) -> tuple[Block, ...]:
    """Lone short lines before long paragraphs become headings; listed chapters do not.

    Promotion is conservative: the line stands between blank lines, is heading-like (short,
    capitalised, no final punctuation, no quotes, not a name), is not a byline, and is followed
    by a paragraph of at least HEADING_NEXT_WORDS words; and the text's paragraphs have that
    many words in the median. A chapter line followed directly by another chapter line (a
    table of contents) is read as a paragraph, so contents do not become empty chapters.
    """
    result = list(blocks)
    for index, (block, following) in enumerate(itertools.pairwise(blocks)):
        if units[block.start].chapter and units[following.start].chapter:
            result[index] = replace(block, kind="paragraph")
    lengths = sorted(words(text[b.start:b.end]) for b in blocks if b.kind == "paragraph")
    if not lengths or lengths[len(lengths) // 2] < HEADING_NEXT_WORDS:
        return tuple(result)
    for index, block in enumerate(blocks[:-1]):
        following = blocks[index + 1]
        line = text[block.start:block.end]
        if (block.kind == "paragraph" and units[block.start].alone
                and units[block.start].lines == 1 and heading_like(line)
                and byline_author(line) is None and following.kind == "paragraph"
                and words(text[following.start:following.end]) >= HEADING_NEXT_WORDS):
            result[index] = replace(block, kind="heading")
    return tuple(result)


# --------------------------------------------------------------------------------------------
# E-book front and back matter
# --------------------------------------------------------------------------------------------

_GUTENBERG_START = re.compile(
    r"^\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG E(?:BOOK|TEXT)[^\r\n]*$", re.M | re.I)
_GUTENBERG_END = re.compile(
    r"^\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG E(?:BOOK|TEXT)[^\r\n]*$", re.M | re.I)
_HEADER_FIELD = re.compile(r"^(Title|Author|Language):[ \t]*([^\r\n]+)$", re.M)
_LANGUAGES = {"english": "en", "french": "fr", "german": "de", "spanish": "es",
              "italian": "it", "portuguese": "pt", "dutch": "nl", "latin": "la"}


@dataclass(frozen=True)
class _Region:
    """The part of a text that holds the article, and what lies outside it."""

    begin: int
    end: int
    dropped: tuple[tuple[int, int], ...] = ()
    title: str | None = None
    meta: ArticleMeta = field(default_factory=ArticleMeta)


def gutenberg_region(text: str) -> _Region:
    """The book between Project Gutenberg's "*** START OF …" and "*** END OF …" lines.

    The header (with its Title:, Author: and Language: fields, used as metadata) and the
    licence after the end line are dropped. Text without the markers is whole.
    """
    start = _GUTENBERG_START.search(text)
    end = _GUTENBERG_END.search(text, start.end() if start else 0)
    if not start and not end:
        return _Region(0, len(text))
    begin = start.end() if start else 0
    finish = end.start() if end else len(text)
    dropped = [span for span in (visible_span(text, 0, begin) if start else None,
                                 visible_span(text, finish) if end else None) if span]
    fields = {m[1].lower(): collapse(m[2]) for m in _HEADER_FIELD.finditer(text, 0, begin)}
    language = _LANGUAGES.get(fields.get("language", "").lower())
    return _Region(begin, finish, tuple(dropped), fields.get("title"),
                   ArticleMeta(author=fields.get("author"), language=language))


# --------------------------------------------------------------------------------------------
# Plain text, assembled
# --------------------------------------------------------------------------------------------


def fallback_title(text: str, limit: int = 80) -> str:
    """A title from the first words of `text` when the article has no headline.

    Edge cases: stops at the first sentence end; cut at a word boundary to `limit` characters
    with an ellipsis; an empty text gives "Untitled".
    """
    flat = collapse(text)
    sentence = re.match(r".+?[.!?](?=\s|$)", flat)
    first = sentence.group() if sentence else flat
    if len(first) > limit:
        first = first[:limit].rsplit(" ", 1)[0].rstrip(",;:-—") + "…"
    return first or "Untitled"


def text_article(text: str, source: str, *, title: str | None = None,
                 meta: ArticleMeta | None = None) -> Article:
    """Lay out plain `text` (already decoded) as an Article; offsets are into `text` itself.

    The headline is the first line that is not page furniture (or, with `title`, the first
    line only if it says the same); repeats of the headline and furniture are dropped; lines
    are paragraphs, or joined when the text is hard-wrapped; chapter lines and lone short lines
    before long paragraphs are headings. Raises InputError when nothing is left to read.
    """
    region = gutenberg_region(text)
    groups = _groups(_lines(text, region.begin, region.end))
    layout = _Layout(text, wrap_width(text, groups))
    units = layout.units(groups)
    forced = title if title is not None else region.title
    reading = _Reading(title=forced, title_key=fold(forced) if forced else None,
                       meta=_merge(meta or ArticleMeta(), region.meta))
    reading, found, dropped = _walk(units, text, reading, forced is not None)
    if not found:
        raise InputError(f"nothing to read in {source}: it is empty or only page furniture; "
                         "check that this is the article file")
    blocks = _settle_headings(text, {unit.start: unit for unit in units}, found)
    name = reading.title or fallback_title(text[blocks[0].start:blocks[0].end])
    return Article(source, text, name, blocks, tuple(sorted((*region.dropped, *dropped))),
                   reading.meta)


def _merge(first: ArticleMeta, second: ArticleMeta) -> ArticleMeta:
    """`first`, with its empty fields taken from `second`."""
    return _with(first, author=second.author, date=second.date, url=second.url,
                 site=second.site, description=second.description, language=second.language)


# --------------------------------------------------------------------------------------------
# Markup (HTML, Markdown): pieces of text with a kind, assembled into the Article text
# --------------------------------------------------------------------------------------------

CODE_OMITTED = "A code example is omitted."
"""Read in place of a code block (Markdown fences, HTML <pre>/<code> blocks)."""
TABLE_OMITTED = "A table is omitted."
"""Read in place of a Markdown table (HTML tables are left out by the extractor)."""
PIECE_SEPARATOR = "\n\n"
"""Between two pieces in the assembled text of an HTML or Markdown article."""


@dataclass(frozen=True)
class Piece:
    """A unit of text found in markup: a heading or paragraph, maybe quoted."""

    kind: BlockKind
    text: str
    quote: bool = False


def assemble(source: str, pieces: Sequence[Piece], *, title: str | None,
             meta: ArticleMeta) -> Article:
    """An Article whose text is the pieces, one per paragraph, separated by blank lines.

    `title` (the headline from metadata or the caller) becomes the first line unless the first
    piece already says it. Furniture pieces and repeats of the headline stay in the text but
    are dropped (listed in Article.dropped), exactly as in plain text. Raises InputError when
    nothing is left to read.
    """
    kept = [replace(piece, text=_visible(piece.text)) for piece in pieces]
    kept = [piece for piece in kept if piece.text]
    if title and not (kept and fold(kept[0].text) == fold(title)):
        kept.insert(0, Piece("title", title))
    text, spans = _join(kept)
    reading = _Reading(title=title, title_key=fold(title) if title else None, meta=meta)
    units = [_Unit(start, end, 1, alone=True) for start, end in spans]
    reading, found, dropped = _walk(units, text, reading, True)
    kinds = {start: piece for (start, _end), piece in zip(spans, kept, strict=True)}
    blocks = tuple(_markup_block(block, kinds[block.start]) for block in found)
    if not any(block.kind != "title" for block in blocks):
        raise InputError(f"nothing to read in {source}: no article text was found; "
                         "check that this is the article page")
    name = reading.title or fallback_title(text[blocks[0].start:blocks[0].end])
    return Article(source, text, name, blocks, tuple(dropped), reading.meta)


def _visible(text: str) -> str:
    """`text` on one line, without invisible characters at its ends ("" when nothing shows)."""
    flat = collapse(text)
    span = visible_span(flat)
    return flat[span[0]:span[1]] if span else ""


def _join(pieces: Sequence[Piece]) -> tuple[str, list[tuple[int, int]]]:
    """The pieces' texts joined by PIECE_SEPARATOR, and the span of each."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in pieces:
        spans.append((pos, pos + len(piece.text)))
        pos += len(piece.text) + len(PIECE_SEPARATOR)
    return PIECE_SEPARATOR.join(piece.text for piece in pieces), spans


def _markup_block(block: Block, piece: Piece) -> Block:
    """`block` with the kind and quote flag its markup gave it (the headline stays the title)."""
    if block.kind == "title":
        return block
    kind: BlockKind = "heading" if piece.kind in ("heading", "title") else "paragraph"
    return replace(block, kind=kind, quote=piece.quote)


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------

_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)",
                        re.IGNORECASE)


def html_article(html: str, source: str, *, url: str | None = None,
                 title: str | None = None) -> Article:
    """The article in a saved or fetched web page: main text, headline, byline, date, site.

    trafilatura finds the main text (navigation, menus, share bars, related links, comments,
    cookie notices, footers, images and captions, tables left out); subheadings become
    headings and <blockquote> paragraphs quoted blocks. When it finds nothing, the page's <p>
    text is used; when it misses the headline, og:title, <h1> or <title> is.
    """
    found = _trafilatura(html)
    if found is None:
        found = _plain_html(html)
    pieces, info = found
    page_url = info.get("url") if is_web_url(info.get("url")) else None
    lang = _HTML_LANG.search(html[:8192])
    meta = ArticleMeta(author=info.get("author"), date=_iso(info.get("date")),
                       url=page_url or url, site=info.get("sitename"),
                       description=info.get("description"),
                       language=lang[1].replace("_", "-") if lang else None)
    headline = title or _own_headline(pieces, _clean_title(info.get("title"), meta.site)
                                      or _page_title(html, meta.site))
    return assemble(source, pieces, title=headline, meta=meta)


def _own_headline(pieces: Sequence[Piece], title: str | None) -> str | None:
    """The article's first heading when it is a fuller or shorter form of the page title.

    Edge cases: og:title "Bridge Reopens" with <h1> "Bridge Reopens After Repairs" (or the other
    way round) gives the <h1>, so the headline is read once; an unrelated first heading
    ("Introduction") leaves the page title as the headline.
    """
    if not title or not pieces or pieces[0].kind != "heading":
        return title
    first, key = fold(pieces[0].text), fold(title)
    return collapse(pieces[0].text) if first and (first.startswith(key)
                                                  or key.startswith(first)) else title


_WEB_URL = re.compile(r"(?i)^https?://\S")


def is_web_url(value: str | None) -> bool:
    """True for an http or https address."""
    return value is not None and _WEB_URL.match(value) is not None


def _iso(value: str | None) -> str | None:
    """A YYYY-MM-DD date from `value`, when it holds one."""
    return parse_date(value) if value else None


def _trafilatura(html: str) -> tuple[list[Piece], dict[str, str]] | None:
    """Pieces and metadata from trafilatura's XML output, or None when it finds no text."""
    import trafilatura

    try:
        xml = trafilatura.extract(
            html, output_format="xml", with_metadata=True, include_comments=False,
            include_tables=False, include_images=False, include_formatting=False,
            include_links=False)
    except Exception:  # a crash inside the extractor: fall back to the simple reader
        return None
    if not xml:
        return None
    try:
        doc = ElementTree.fromstring(xml)
    except ElementTree.ParseError:
        return None
    main = doc.find("main")
    pieces = _xml_pieces(main, quote=False) if main is not None else []
    if not any(piece.kind == "paragraph" for piece in pieces):
        return None
    info = {key: collapse(value) for key, value in doc.attrib.items() if collapse(value)}
    return pieces, info


def _xml_pieces(element: ElementTree.Element, quote: bool) -> list[Piece]:
    """Pieces from the children of a trafilatura <main> (or <quote>, <list>) element."""
    pieces: list[Piece] = []
    for child in element:
        tag = child.tag
        if tag == "head":
            pieces.append(Piece("heading", "".join(child.itertext())))
        elif tag in ("quote", "list"):
            inner = quote or tag == "quote"
            if (child.text or "").strip():
                pieces.append(Piece("paragraph", child.text or "", inner))
            pieces.extend(_xml_pieces(child, inner))
        elif tag == "item":
            pieces.append(Piece("paragraph", _own_text(child), quote))
            pieces.extend(_xml_pieces(child, quote))
        elif tag == "code":
            pieces.append(Piece("paragraph", CODE_OMITTED, quote))
        elif tag in ("p", "div", "span", "hi", "ref"):
            pieces.append(Piece("paragraph", "".join(child.itertext()), quote))
    return pieces


def _own_text(element: ElementTree.Element) -> str:
    """The text of a list item without its nested lists (those become pieces of their own)."""
    parts = [element.text or ""]
    for child in element:
        if child.tag != "list":
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return "".join(parts)


_BLOCK_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "pre", "title"}
_SKIPPED_TAGS = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript",
                 "figcaption", "figure", "button", "select", "template", "svg", "iframe"}
_VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
              "source", "track", "wbr"}


class _SimpleHTML(HTMLParser):
    """A forgiving pass over a page: heading, paragraph and list text outside page chrome."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[Piece] = []
        self.titles: list[str] = []
        self.h1: list[str] = []
        self.loose: list[str] = []
        self._open: list[str] = []
        self._block: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            values = dict(attrs)
            if values.get("property") == "og:title" and values.get("content"):
                self.titles.insert(0, values["content"] or "")
        if tag in _VOID_TAGS:
            return
        self._open.append(tag)
        if tag in _BLOCK_TAGS and not self._skipping():
            self._flush()
            self._block = tag

    def handle_endtag(self, tag: str) -> None:
        if tag in self._open:
            while self._open and self._open.pop() != tag:
                pass
        if tag == self._block:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._skipping():
            return
        (self._text if self._block else self.loose).append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    def _skipping(self) -> bool:
        return any(tag in _SKIPPED_TAGS for tag in self._open)

    def _flush(self) -> None:
        block, text = self._block, collapse("".join(self._text))
        self._block, self._text = None, []
        if block is None or not text:
            return
        quote = "blockquote" in self._open
        if block == "title":
            self.titles.append(text)
        elif block == "pre":
            self.pieces.append(Piece("paragraph", CODE_OMITTED, quote))
        elif block.startswith("h"):
            self.pieces.append(Piece("heading", text))
            if block == "h1":
                self.h1.append(text)
        else:
            self.pieces.append(Piece("paragraph", text, quote))


def _simple_html(html: str) -> _SimpleHTML:
    """The page read by _SimpleHTML."""
    parser = _SimpleHTML()
    parser.feed(html)
    parser.close()
    return parser


def _plain_html(html: str) -> tuple[list[Piece], dict[str, str]]:
    """A simple reading of a page trafilatura found nothing in: headings, <p> and <li> text."""
    parser = _simple_html(html)
    pieces = parser.pieces or [Piece("paragraph", line)
                               for line in "".join(parser.loose).splitlines()]
    return pieces, {}


_TITLE_SEPARATORS = re.compile(r"\s+[|–—:·•-]\s+")


def _clean_title(title: str | None, site: str | None) -> str | None:
    """A page title without the site name tacked on ("Story | Site" -> "Story")."""
    if not title:
        return None
    title = collapse(title)
    parts = _TITLE_SEPARATORS.split(title)
    if site and len(parts) > 1 and fold(parts[-1]) == fold(site):
        title = collapse(title[: title.rfind(parts[-1])]).rstrip(" |–—:·•-")
    return title or None


def _page_title(html: str, site: str | None) -> str | None:
    """The headline from og:title, the first <h1>, or <title>, when the extractor had none."""
    parser = _simple_html(html)
    og = parser.titles[:1] if len(parser.titles) > 1 else []
    for candidate in (*og, *parser.h1, *parser.titles):
        cleaned = _clean_title(candidate, site)
        if cleaned:
            return cleaned
    return None


# --------------------------------------------------------------------------------------------
# Markdown
# --------------------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)",
                           re.DOTALL)


def front_matter(text: str) -> tuple[dict[str, object], str]:
    """YAML front matter (a mapping between '---' lines at the very top) and the rest.

    Edge cases: front matter that is not valid YAML or not a mapping is not front matter (the
    text is read whole: a leading '---' may be a Markdown rule); "..." may close it; a
    byte-order mark may precede it.
    """
    import yaml

    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        data = yaml.safe_load(match[1])
    except yaml.YAMLError:
        return {}, text
    if not isinstance(data, dict):
        return {}, text
    return {str(key).lower(): value for key, value in data.items()}, text[match.end():]


def _field(data: dict[str, object], *names: str) -> str | None:
    """The first of `names` present in front matter, as text (lists joined, dates ISO)."""
    for name in names:
        value = data.get(name)
        if isinstance(value, list):
            value = ", ".join(str(_name_of(item)) for item in value if item)
        elif isinstance(value, dict):
            value = _name_of(value)
        elif hasattr(value, "isoformat"):
            value = str(value.isoformat())[:10]
        if value not in (None, ""):
            return collapse(str(value))
    return None


def _name_of(value: object) -> object:
    """A person given as a mapping ({name: …}) in front matter, as their name."""
    return value.get("name", "") if isinstance(value, dict) else value


def markdown_article(text: str, source: str, *, title: str | None = None) -> Article:
    """The article in a Markdown post: headings, paragraphs, lists, quotes; code announced.

    Front matter gives the title, author, date, description, address and language (and is not
    read); otherwise a first heading is the headline. Links are read as their text, images
    and raw HTML are left out, code blocks and tables are replaced by a short announcement.
    """
    data, body = front_matter(text)
    pieces = markdown_pieces(body)
    meta = ArticleMeta(author=_field(data, "author", "authors", "byline"),
                       date=_iso(_field(data, "date", "published", "pubdate")),
                       url=_field(data, "url", "link", "canonical_url", "permalink"),
                       site=_field(data, "site", "site_name", "publisher"),
                       description=_field(data, "description", "summary", "excerpt",
                                          "subtitle"),
                       language=_field(data, "lang", "language"))
    headline = title or _field(data, "title")
    if headline is None and pieces and pieces[0].kind == "heading":
        headline = collapse(pieces[0].text)
    return assemble(source, pieces, title=headline, meta=meta)


def markdown_pieces(text: str) -> list[Piece]:
    """Headings and paragraphs of Markdown `text`, in order (see markdown_article)."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable(["table", "strikethrough"]).parse(text)
    pieces: list[Piece] = []
    quote_depth = 0
    number: str | None = None
    skip_until: str | None = None
    for index, token in enumerate(tokens):
        if skip_until is not None:
            skip_until = None if token.type == skip_until else skip_until
            continue
        if token.type == "blockquote_open":
            quote_depth += 1
        elif token.type == "blockquote_close":
            quote_depth -= 1
        elif token.type == "list_item_open":
            number = f"{token.info}. " if token.info else None
        elif token.type in ("fence", "code_block"):
            pieces.append(Piece("paragraph", CODE_OMITTED, quote_depth > 0))
        elif token.type == "table_open":
            pieces.append(Piece("paragraph", TABLE_OMITTED, quote_depth > 0))
            skip_until = "table_close"
        elif token.type == "inline" and index > 0:
            opener = tokens[index - 1].type
            kind: BlockKind = "heading" if opener == "heading_open" else "paragraph"
            words_text = _inline_text(token.children or [])
            if kind == "paragraph" and number:
                words_text, number = number + words_text, None
            pieces.append(Piece(kind, words_text, quote_depth > 0))
    return pieces


def _inline_text(children: Sequence[object]) -> str:
    """The readable text of an inline token: text, code spans, link text; no images or HTML."""
    parts: list[str] = []
    for child in children:
        kind = getattr(child, "type", "")
        if kind in ("text", "code_inline"):
            parts.append(str(getattr(child, "content", "")))
        elif kind in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)
